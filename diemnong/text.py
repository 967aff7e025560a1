"""Small Vietnamese text helpers every stage may use: NFC and accent folding.

Folding maps each NFC character to one character (``đ`` → ``d``, ``ờ`` → ``o``), so offsets in
the folded text are offsets in the original: search highlights rely on that.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache


def nfc(text: str) -> str:
    """Return the text in Unicode NFC."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    return base.lower() if len(base.lower()) == 1 else ch.lower()[:1] or ch


def fold(text: str) -> str:
    """Lowercase and strip Vietnamese diacritics, one output character per NFC input character."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in nfc(text))
