"""The fields of an input line (classify, ingest, backtest): the names people and tools give them, the times they
write, and plain text out of what a scraper or a feed left in them.

Light on purpose (no model, no store): `diemnong classify` reads its lines through it before loading anything.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta, timezone
from typing import Any

from diemnong.domain import TZ, TimeOutOfRange, local_time, parse_time
from diemnong.jsonl import json_kind
from diemnong.text import CONTROL, first_sentence, html_text, nfc


class RecordError(ValueError):
    """A field of an input line that cannot be read; the message names the field as the line wrote it."""


# Other names of a field, in the order they are looked for when the line has no (or an empty) field of the
# contract's name: RSS and scrapers' exports (link, description, pubDate, content), Vietnamese newsroom words (sapo
# is the lead), news APIs' (publishedAt), and the contract's own "summary/lead".
ALIASES: dict[str, tuple[str, ...]] = {
    "summary": ("lead", "sapo", "description"),
    "text": ("content", "body"),
    "url": ("link",),
    "source": ("outlet",),
    "published": ("published_at", "publishedAt", "pubDate", "date"),
}


def pick(rec: dict[str, Any], name: str) -> tuple[str, Any]:
    """(key, value) of a field: the contract's name when it holds something, else its first alias that does, else
    (name, None)."""
    for key in (name, *ALIASES.get(name, ())):
        value = rec.get(key)
        if value is not None and value != "":
            return key, value
    return name, None


def text_field(rec: dict[str, Any], name: str) -> str:
    """A text field (aliases read): a string (a number is taken as its digits), or empty when absent. A lead or a
    text given as a list of paragraphs (strings) is those paragraphs, one per line; a source given as an object, its
    "name"."""
    key, value = pick(rec, name)
    if value is None:
        return ""
    if name in PARAGRAPHS and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    if name == "source" and isinstance(value, dict) and isinstance(value.get("name"), str):
        return value["name"]  # a news API's {"id": …, "name": "VnExpress"}
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise RecordError(f"'{key}' phải là văn bản, không phải {json_kind(value)}")
    return str(value)


PARAGRAPHS = ("summary", "text")
EPOCH_SECONDS = range(631_152_000, 4_133_980_800)  # 1990-01-01 … 2101-01-01 UTC in seconds; × 1000 in milliseconds


def read_time(value: Any) -> datetime | None:
    """A publication time as an input line may write it: ISO 8601 (a missing zone is Vietnamese time), RFC 822 as
    feeds write it (``Fri, 05 Sep 2025 08:00:00 +0700``, also with ``GMT+7`` or Vietnamese day and month names), the
    date forms of Vietnamese pages (``05/09/2025 08:00``, day first), or a number of seconds or milliseconds since
    1970 (pandas writes its dates so). None or "" is None; a time past what a datetime holds (or seconds outside
    1990–2100) raises TimeOutOfRange, anything else ValueError."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"not a time: {value!r}")
        seconds = value if abs(value) < 1e11 else value / 1000
        if int(seconds) not in EPOCH_SECONDS:
            raise TimeOutOfRange(f"time out of range: {value!r}")
        return local_time(datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=seconds))
    if not isinstance(value, str):
        raise ValueError(f"not a time: {value!r}")
    if year_first := YEAR_FIRST.fullmatch(value.strip()):
        return parse_time(year_first_iso(year_first))
    try:
        return parse_time(value)
    except TimeOutOfRange:
        raise
    except ValueError:
        pass
    from crawlers.feeds import vietnamese_feed_time  # the crawler's reading of a feed's or a page's date

    when = vietnamese_feed_time(value) if len(value) <= 100 else None
    if when is None:
        raise ValueError(f"not a time: {value!r}")
    return when.astimezone(TZ)


YEAR_FIRST = re.compile(r"(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?!\d)(?P<rest>.*)", re.S)
CLOCK = re.compile(r"[ T]+(?P<H>\d{1,2})(?P<rest>:.*)", re.S)


def year_first_iso(m: re.Match[str]) -> str:
    """A year-first date with slashes or dots as exporters and spreadsheets write it (``2025/09/05 08:00:00``,
    ``2025/9/5 8:00``) in ISO 8601: the day-first reading of the Vietnamese pages took ``25/09/05`` out of it (2005)."""
    rest = m["rest"]
    if clock := CLOCK.fullmatch(rest):
        rest = f"T{clock['H']:0>2}{clock['rest']}"
    return f"{m['y']}-{m['m']:0>2}-{m['d']:0>2}{rest}"


def plain(text: str) -> str:
    """Text as the crawler stores it: control characters dropped and, when the text holds HTML (tags such as
    ``<p>``, ``</br>``, ``<img …>`` or entities such as ``&quot;``), the tags dropped (a paragraph's or a line break's
    as one line end, bold and the like as nothing, scripts and styles with their content) and the entities decoded.
    Text without either keeps its ``<`` and ``&`` (``điểm < 5``, ``GD&ĐT``). In Unicode NFC, as every stage stores text."""
    return nfc(CONTROL.sub("", html_text(CONTROL.sub("", text))))


NO_TITLE = "thiếu 'title' (một 'summary' hay 'text' cũng được: câu đầu của nó làm tiêu đề)"


def texts(rec: dict[str, Any]) -> tuple[str, str, str]:
    """(title, lead, text) of an input line, as plain text, aliases read; RecordError when the title is missing or a
    field is not text. What classify, ingest and backtest read of a line."""
    title = rec.get("title")
    if title is not None and not isinstance(title, str):
        raise RecordError(f"'title' phải là văn bản, không phải {json_kind(title)}")
    title, lead, text = plain(title or ""), plain(text_field(rec, "summary")), plain(text_field(rec, "text"))
    if blank(title):
        title = next((made for made in (headline_of(lead), headline_of(text)) if not blank(made)), "")
    if not title:
        raise RecordError(NO_TITLE)
    return title, lead, text


HEADLINE_CHARS = 200


def headline_of(text: str) -> str:
    """A title for a line that has none but a lead or a text (an archive's page whose title the scraper missed):
    the first sentence of its first non-empty line by the crawler's lead rule, at most HEADLINE_CHARS cut before a
    word as the alerts' subjects are; '' when it is empty."""
    return first_sentence(text, HEADLINE_CHARS)


def blank(text: str) -> bool:
    """Whether a text shows nothing: only spaces, zero-width or other format characters (U+200B, U+FEFF)."""
    return all(unicodedata.category(ch)[0] in "ZC" for ch in text)
