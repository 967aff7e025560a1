"""Word segmentation with underthesea: syllables of one word joined by '_' (``học_phí``)."""
from __future__ import annotations

from underthesea import word_tokenize


def segment(text: str) -> str:
    """Return the text with multi-syllable words joined by underscores, line by line."""
    return "\n".join(word_tokenize(line, format="text") for line in text.split("\n") if line.strip())
