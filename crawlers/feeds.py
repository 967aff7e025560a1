"""Feed documents (RSS 2.0, RSS 1.0, Atom) into items: pure functions over bytes.

Real feeds are read leniently: a raw ``&`` (VnExpress enclosures), entities in titles (even double
encoded), a declared encoding that is not the one used, items without dates, repeated GUIDs. What
cannot be used is counted by reason in ``Feed.skipped``, never silently dropped.
"""
from __future__ import annotations

import calendar
import html
import html.entities
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin

import feedparser

from crawlers.dates import HAS_ZONE, VN_ZONE, parse_any, parse_rfc822
from crawlers.doctype import expand_entities
from crawlers.encoding import as_utf8_xml
from crawlers.urls import canonical_url
from diemnong.domain import TZ, headline_key, local_time
from diemnong.text import CONTROL, html_text, nfc

# What an XML parser refuses in a real feed or sitemap: a bare «&» («?a=1&b=2», «KH&GTVT»), HTML's named entities
# («&nbsp;», «&hellip;»), a character reference that names no character (or one XML forbids) or lacks its «;». CDATA is
# taken as written.
# (an unclosed CDATA runs to the end, as XML reads it, in one scan; a named entity without its «;» as HTML reads it)
AMPERSAND = re.compile(rb"<!\[CDATA\[.*?(?:\]\]>|\Z)|&(#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)?", re.S)
XML_ENTITIES = (b"amp;", b"lt;", b"gt;", b"quot;", b"apos;")
# What feedparser misreads in an English-locale date: an AM/PM clock (read as a zone, the offset after it dropped), an
# offset after «GMT» («GMT+0700»), a zone's name after the offset (so the zone looked unwritten): ours first.
MISREAD_ZONE = re.compile(r"\d\s*(?:AM|PM|SA|CH)\b|\b(?:GMT|UTC)\s*[+-]|\)\s*$", re.I)
VN_WEEKDAY = re.compile(r"^\s*(?:Thứ\s+\S+|Chủ\s+nhật|CN|T[2-7])\s*,?\s*", re.I)
VN_MONTHS = ("mười một", "mười hai", "một", "giêng", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")
VN_MONTH_NUMBER = {"mười một": 11, "mười hai": 12, "một": 1, "giêng": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5,
                   "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
# A date written with numbers only, day first (27/11/2026, 27-11-2026) or year first with slashes: feedparser's lenient
# ISO 8601 reader takes «27-11-2026 08:15» for 2027-11-20 and «2026/11/27» for 2026-11-01, so it is read as pages are.
NUMERIC_DATE = re.compile(r"^\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}\s*/\s*\d{1,2}\s*/)")
# Year first with dashes: feedparser reads «2026-11-27 01:15:00 GMT» as 00:00 UTC (the time of day lost); ours first.
ISO_DATE = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}")
VN_MONTH = re.compile(r"\btháng\s+(\d{1,2}|" + "|".join(VN_MONTHS) + r")\b,?", re.I)
# An entity reference in a link, complete with its «;»: «&sect» of «&section=2» is a query parameter, not «§».
URL_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


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
    other_urls: tuple[str, ...] = ()  # canonical links the feed also gives this item under its GUID (another section's path)


@dataclass
class Feed:
    items: list[FeedItem] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # reason → items not usable
    problem: str = ""  # what the lenient parser had to forgive (malformed XML, wrong encoding), if anything

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


def unescape_url(url: str) -> str:
    """A link with the entities a feed left in it decoded (also twice: «&amp;amp;»), only those ending in «;»:
    HTML's reading of «&sect», «&reg», «&not», «&times» … without it would turn query parameters into symbols."""
    for _ in range(3):
        decoded = URL_ENTITY.sub(lambda m: html.unescape(m.group(0)), url)
        if decoded == url:
            break
        url = decoded
    return url


def strip_html(text: str) -> str:
    """Plain text from an HTML fragment: tags dropped, entities decoded (twice: a summary whose HTML was escaped once
    more, «&lt;p&gt;…», loses those tags too), spaces collapsed, NFC. Only HTML is dropped (diemnong.text.html_text):
    a title «Cuộc thi <<Em yêu khoa học>>» or «Bộ KH&GTVT» stays as it is. Control characters go, as from a page."""
    return nfc(re.sub(r"\s+", " ", CONTROL.sub("", html_text(html_text(text or "")))).strip())


def _month(m: re.Match[str]) -> str:
    word = nfc(m.group(1)).lower()
    number = int(word) if word.isdigit() else VN_MONTH_NUMBER[word]
    return MONTH_ABBR[number - 1] if 1 <= number <= 12 else m.group(0)


CLOCK_WRITTEN = re.compile(r"(?<![+-])(?<![+-]\d)\d:\d{2}")  # a time of day in a date field (not its zone's +07:00)


def vietnamese_feed_time(raw: str) -> datetime | None:
    """A feed date that feedparser cannot read or misreads: RFC 822 with ``GMT+7``/``ICT`` or Vietnamese day and
    month names (``Thứ Sáu, 05 Tháng 9 2025 08:30:00 GMT+7``), or the page forms (``05/09/2025 08:30:00``)."""
    english = parse_rfc822(VN_MONTH.sub(_month, VN_WEEKDAY.sub("", nfc(raw.strip()))), any_year=True)
    if english is not None:
        return english.when
    found = parse_any(raw, any_year=True)  # a year outside 1990–2100 is refused by the reader, with the year named
    if found and not found.has_time and CLOCK_WRITTEN.search(raw):
        return None  # «10/09/2025 010:00»: a time of day written but not read is not midnight
    return found.when if found else None


def _time(entry: dict) -> datetime | None:
    for key in ("published", "updated", "created"):
        value = entry.get(f"{key}_parsed")
        raw = str(entry.get(key) or "")
        numeric = bool(NUMERIC_DATE.match(VN_WEEKDAY.sub("", nfc(raw))))
        if raw and (not value or numeric or VN_ZONE.search(raw) or MISREAD_ZONE.search(raw) or ISO_DATE.match(raw)):
            when = vietnamese_feed_time(raw)
            if when is not None:
                return when
        if not value or numeric:  # feedparser's reading of a numeric date is a misreading, never a fallback
            continue
        if raw and not HAS_ZONE.search(raw):
            # A time written without a zone by a Vietnamese outlet is Vietnamese time, not UTC.
            return datetime(*value[:6], tzinfo=TZ)
        try:
            return local_time(datetime.fromtimestamp(calendar.timegm(value), timezone.utc))
        except (OverflowError, ValueError):  # «31 Dec 9999 23:59:59 GMT», past the last local time: read with its year
            return vietnamese_feed_time(raw)
    return None


def _image(entry: dict, base_url: str) -> str:
    """The item's picture: an image enclosure, media content or thumbnail, else the first <img> of its summary;
    made absolute against the feed's address (an RSS enclosure's «/i/2.jpg» is not resolved by feedparser)."""
    found = ""
    for enc in entry.get("enclosures", []) or []:
        if str(enc.get("type", "")).startswith("image") and enc.get("href"):
            found = found or enc["href"]
    for media in (entry.get("media_content", []) or []) + (entry.get("media_thumbnail", []) or []):
        found = found or media.get("url") or ""
    m = re.search(r"<img[^>]+src=[\"']([^\"']+)", entry.get("summary", "") or "")
    found = unescape_url(found or (m.group(1) if m else "")).strip()
    try:
        return urljoin(base_url, found) if found else ""
    except ValueError:  # an unparsable address: kept as written
        return found


def _author(entry: dict, outlet: str) -> str:
    """The item's author by name: RSS 2.0's «email (name)» gives the name, an address alone or the outlet's own name
    (the channel's title) gives none."""
    detail = entry.get("author_detail") or {}
    name = strip_html(detail.get("name", "") if detail else entry.get("author", ""))
    return "" if "@" in name or name.casefold() == outlet.casefold() else name


def _link(entry: dict, base_url: str) -> str:
    link = re.sub(r"\s+", "", entry.get("link") or "")
    if not link:
        guid = re.sub(r"\s+", "", entry.get("id") or "")
        link = guid if guid.startswith(("http://", "https://")) else ""
    try:
        return urljoin(base_url, unescape_url(link)) if link else ""
    except ValueError:  # an unparsable link ("http://[…"): the item is skipped as having no usable link
        return ""


def _xml_char(code: int) -> bool:
    return code in (0x9, 0xA, 0xD) or 0x20 <= code < 0xD800 or 0xE000 <= code <= 0xFFFD or 0x10000 <= code < 0x110000


def _reference(m: re.Match[bytes]) -> tuple[bytes, str]:
    """One «&…» as XML reads it, with what was repaired ('' for nothing)."""
    whole, ref = m.group(0), m.group(1)
    if whole.startswith(b"<!") or (ref and ref in XML_ENTITIES):
        return whole, ""
    if ref is None:
        return b"&amp;", "bare &"
    if ref.startswith(b"#"):
        digits = ref[1:].rstrip(b";").decode()
        long = len(digits.lstrip("xX0")) > 8  # beyond any code point (and int()'s 4,300 digits)
        code = -1 if long else int(digits[1:], 16) if digits[0] in "xX" else int(digits)
        fixed = b"&#%d;" % code if _xml_char(code) else b"&#65533;"  # feedparser's chr() would raise
        return fixed, "" if fixed == whole else "character reference"
    # «&nbsp 2027», «&copy 2026»: HTML's legacy names read without «;» — but not before «=» (a link's «&sect=2»)
    bare_name = not ref.endswith(b";") and m.string[m.end(): m.end() + 1] == b"="
    chars = None if bare_name else html.entities.html5.get(ref.decode())
    return (b"".join(b"&#%d;" % ord(c) for c in chars), "HTML entity") if chars else (b"&amp;" + ref, "bare &")


def repaired_xml(content: bytes, content_type: str = "") -> tuple[bytes, str]:
    """A feed's or sitemap's bytes as an XML parser reads them: UTF-8 whatever its declaration says (as_utf8_xml), the
    entities its own DOCTYPE declares expanded (crawlers.doctype: simple internal ones, bounded), its other «&»s as
    XML has them (see AMPERSAND); with what had to be repaired or could not be expanded ('' when nothing)."""
    repairs: dict[str, int] = {}
    document, unexpanded = as_utf8_xml(content, content_type), ""
    if b"<!DOCTYPE" in document:
        text, unexpanded = expand_entities(document.decode("utf-8"))
        document = text.encode("utf-8")

    def one(m: re.Match[bytes]) -> bytes:
        fixed, what = _reference(m)
        if what:
            repairs[what] = repairs.get(what, 0) + 1
        return fixed

    document = AMPERSAND.sub(one, document)
    return document, ", ".join([unexpanded] * bool(unexpanded) + [f"{what} repaired ×{n}" for what, n in repairs.items()])


def _guid(entry: dict, link: str) -> str:
    return re.sub(r"\s+", " ", entry.get("id") or "").strip() or link


def _headline(entry: dict) -> str:
    """The item's headline as the outlet re-lists it (punctuation, case and tone placement aside: headline_key), or
    its words casefolded when too short for that key."""
    title = strip_html(entry.get("title", ""))
    return headline_key(title) or " ".join(title.casefold().split())


def _shared_guids(linked: list[tuple[dict, str]]) -> set[str]:
    """GUIDs one feed gives to different articles: items with different links and different headlines, as a broken CMS
    writes «1», or the channel's address, on every item. Those items are identified by their links. One headline under
    one GUID at two paths (the article listed in two sections) is one article; the same link twice is a repeat."""
    links: dict[str, set[str]] = {}
    headlines: dict[str, set[str]] = {}
    for entry, link in linked:
        guid = _guid(entry, link)
        links.setdefault(guid, set()).add(canonical_url(link))
        headlines.setdefault(guid, set()).add(_headline(entry))
    return {guid for guid, urls in links.items() if len(urls) > 1 and (len(headlines[guid]) > 1 or "" in headlines[guid])}


def _other_urls(linked: list[tuple[dict, str]], shared: set[str]) -> dict[str, tuple[str, ...]]:
    """For each GUID that is one article, the canonical links after its first one: its other addresses."""
    urls: dict[str, list[str]] = {}
    for entry, link in linked:
        guid = _guid(entry, link)
        if guid not in shared and canonical_url(link) not in urls.setdefault(guid, []):
            urls[guid].append(canonical_url(link))
    return {guid: tuple(found[1:]) for guid, found in urls.items() if len(found) > 1}


def parse_feed(content: bytes, base_url: str = "", content_type: str = "") -> Feed:
    """Items of a feed document, leniently; raises FeedError when it is not a feed at all."""
    document, repairs = repaired_xml(content, content_type)
    try:
        parsed = feedparser.parse(document, response_headers={"content-location": base_url,
                                                              "content-type": "application/xml; charset=utf-8"})
    except (ValueError, TypeError, IndexError, KeyError, AttributeError, RecursionError) as exc:
        # feedparser's lenient parser has crashed on hostile documents before (see tests/test_fuzz.py)
        raise FeedError(f"not a readable feed: the parser failed with {type(exc).__name__}: {exc}") from exc
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception") or "no RSS, RDF or Atom root element"
        raise FeedError(f"not a readable feed: {reason}")
    feed = Feed(problem=str(parsed.get("bozo_exception") or "") if parsed.get("bozo") else repairs)
    guids: set[str] = set()
    outlet = strip_html(parsed.feed.get("title", ""))
    linked: list[tuple[dict, str]] = []
    for entry in parsed.entries:
        link = _link(entry, base_url)
        if not link.startswith(("http://", "https://")):
            feed.skip("item without a usable link")
            continue
        linked.append((entry, link))
    shared = _shared_guids(linked)
    others = _other_urls(linked, shared)
    for entry, link in linked:
        guid = canonical_url(link) if _guid(entry, link) in shared else _guid(entry, link)
        if guid in guids:
            feed.skip("repeated GUID in the same feed")
            continue
        guids.add(guid)
        feed.items.append(_item(entry, link, guid, base_url, outlet, others.get(guid, ())))
    return feed


def _item(entry: dict, link: str, guid: str, base_url: str, outlet: str, other_urls: tuple[str, ...] = ()) -> FeedItem:
    return FeedItem(url=link, title=strip_html(entry.get("title", "")), summary=strip_html(entry.get("summary", "")),
                    published=_time(entry), guid=guid, image=_image(entry, base_url), author=_author(entry, outlet),
                    other_urls=other_urls)
