"""Article pages into text and metadata with trafilatura: pure functions over HTML."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import trafilatura

from diemnong.domain import parse_time
from diemnong.text import nfc


class ExtractionError(ValueError):
    """A page has no article text that can be extracted."""


@dataclass(frozen=True)
class Extracted:
    title: str
    text: str
    lead: str
    author: str
    published: datetime | None
    image: str


def extract_article(html: str, url: str = "") -> Extracted:
    """Title, body, lead, author, date and image of an article page."""
    doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False, favor_precision=True)
    if doc is None:
        raise ExtractionError(f"no article text found in {url or 'page'}")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = nfc((data.get("text") or "").strip())
    if len(text) < 80:
        raise ExtractionError(f"article text too short ({len(text)} characters) in {url or 'page'}")
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    published = None
    if data.get("date"):
        try:
            published = parse_time(str(data["date"]))
        except ValueError:
            published = None
    return Extracted(
        title=nfc((data.get("title") or "").strip()),
        text=text,
        lead=nfc((data.get("description") or (paragraphs[0] if paragraphs else "")).strip()),
        author=nfc((data.get("author") or "").strip()),
        published=published,
        image=(data.get("image") or "").strip(),
    )
