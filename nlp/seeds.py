"""The seed-phrase matcher: topics whose seed phrases occur in the text (baseline and weak labels)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping, Sequence

from diemnong.text import fold


@lru_cache(maxsize=8)
def _compile(seeds: tuple[tuple[int, tuple[str, ...]], ...]) -> list[tuple[int, re.Pattern[str]]]:
    out = []
    for topic, phrases in seeds:
        alts = sorted({fold(p) for p in phrases}, key=len, reverse=True)
        out.append((topic, re.compile(r"(?<!\w)(" + "|".join(re.escape(a) for a in alts) + r")(?!\w)")))
    return out


def match_seeds(text: str, seeds: Mapping[int, Sequence[str]]) -> dict[int, list[str]]:
    """Topic id → seed phrases found (accent- and case-insensitive, whole syllables)."""
    folded = fold(text)
    key = tuple(sorted((t, tuple(p)) for t, p in seeds.items()))
    found: dict[int, list[str]] = {}
    for topic, pattern in _compile(key):
        hits = list(dict.fromkeys(m.group(1) for m in pattern.finditer(folded)))
        if hits:
            found[topic] = hits
    return found
