"""Text clean-up before anything reads an article: NFC, tone-mark placement, whitespace, bylines."""
from __future__ import annotations

import re
import unicodedata

from underthesea import text_normalize

SPACES = re.compile(r"[ \t\u00a0\u200b\u2009\u202f]+")
BLANK_LINES = re.compile(r"\n\s*\n+")
SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?%)\]])")
# A trailing byline ("Nguyễn Văn A", "THEO VNEXPRESS", "(TTXVN)") or a photo caption ("Ảnh: …").
CAPTION = re.compile(r"^\s*(?:\(?\s*)?(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Clip|Video)\s*:.*$", re.I | re.M)
# underthesea's URL pattern backtracks exponentially over punctuation that ends a URL-like token
# ("goo.gl/x......" took minutes): such a run is split off with a space, and long runs are shortened.
URL_TAIL = re.compile(r"(\S*/\S*?)([`!()\[\]{};:'\".,<>?«»“”‘’]{2,})(?=\s|$)")
PUNCT_RUN = re.compile(r"([^\w\s])\1{3,}")
BYLINE = re.compile(r"^\s*(?:Theo\s+[^\n]{2,40}|\(?\s*(?:TTXVN|PV|CTV|GD&TĐ|VOV|VTV)\s*\)?|[A-ZĐÂĂÊÔƠƯ][A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ .\-]{2,40})\s*$", re.M)


def clean(text: str) -> str:
    """NFC, one space between words, no space before punctuation, paragraphs kept."""
    text = unicodedata.normalize("NFC", text or "").replace("\r\n", "\n").replace("\r", "\n")
    text = SPACES.sub(" ", text)
    text = SPACE_BEFORE_PUNCT.sub(r"\1", PUNCT_RUN.sub(r"\1\1\1", text))
    text = URL_TAIL.sub(r"\1 \2", text)
    text = BLANK_LINES.sub("\n\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def strip_bylines(text: str) -> str:
    """Remove photo captions anywhere and an all-caps byline or 'Theo …' credit in the last lines."""
    text = CAPTION.sub("", text)
    lines = text.rstrip().split("\n")
    while lines and (not lines[-1].strip() or BYLINE.fullmatch(lines[-1])):
        lines.pop()
    return "\n".join(lines)


def tidy(text: str) -> str:
    """The text as shown to people: clean-up, without photo captions and trailing bylines."""
    return strip_bylines(clean(text)).strip()


def normalize(text: str) -> str:
    """The text as read by models: tidy, then underthesea's tone-mark placement (hoà → hòa)."""
    text = tidy(text)
    return "\n".join(text_normalize(line) for line in text.split("\n") if line.strip())


def phrase(text: str) -> str:
    """A short phrase (a seed phrase, a watched theme's phrase) written as ``normalize`` writes the text it is
    looked for in: NFC, single spaces, underthesea's tone-mark placement — without the byline rules, which
    would take an all-caps phrase such as "SGK" for a byline."""
    text = clean(text)
    return text_normalize(text) if text else ""
