"""Feed documents (RSS 2.0, RSS 1.0, Atom) into items: pure functions over bytes."""
from __future__ import annotations

import calendar
import html
import re
from dataclasses import dataclass
from datetime import datetime, timezone

import feedparser

from diemnong.domain import local_time
from diemnong.text import nfc

TAGS = re.compile(r"<[^>]+>")


class FeedError(ValueError):
    """A document is not a feed that can be read at all."""


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str
    summary: str
    published: datetime | None
    guid: str = ""
    image: str = ""
    author: str = ""


def strip_html(text: str) -> str:
    """Plain text from an HTML fragment: tags dropped, entities decoded, spaces collapsed."""
    return nfc(re.sub(r"\s+", " ", html.unescape(TAGS.sub(" ", text or ""))).strip())


def _time(entry: dict) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return local_time(datetime.fromtimestamp(calendar.timegm(value), timezone.utc))
    return None


def _image(entry: dict) -> str:
    for enc in entry.get("enclosures", []) or []:
        if str(enc.get("type", "")).startswith("image") and enc.get("href"):
            return enc["href"]
    for media in entry.get("media_content", []) or entry.get("media_thumbnail", []) or []:
        if media.get("url"):
            return media["url"]
    m = re.search(r"<img[^>]+src=[\"']([^\"']+)", entry.get("summary", "") or "")
    return html.unescape(m.group(1)) if m else ""


def parse_feed(content: bytes | str, base_url: str = "") -> list[FeedItem]:
    """Items of a feed document, leniently (raw '&', wrong encodings); raises FeedError if none can be read."""
    parsed = feedparser.parse(content, response_headers={"content-location": base_url} if base_url else None)
    if not parsed.entries and parsed.get("bozo"):
        raise FeedError(f"not a readable feed: {parsed.get('bozo_exception')}")
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        title = strip_html(entry.get("title", ""))
        if not link or not title:
            continue
        items.append(
            FeedItem(
                url=link.strip(),
                title=title,
                summary=strip_html(entry.get("summary", "")),
                published=_time(entry),
                guid=entry.get("id", "") or link,
                image=_image(entry),
                author=strip_html(entry.get("author", "")),
            )
        )
    return items
