"""Datelines counted back in years («2 năm trước») and English datelines of Vietnamese outlets' English pages and feeds
(crawlers/dates.py), read alone and through the service from a loopback HTTP server into SQLite."""
from __future__ import annotations

import pytest

from crawlers.dates import parse_any, parse_relative
from crawlers.extract import extract_article
from crawlers.feeds import parse_feed
from diemnong.config import Settings, Source
from diemnong.domain import doc_id
from diemnong.pipeline import Service
from store.sqlite import SQLiteStore
from tests.conftest import LoopbackServer, at
from tests.crawl_samples import story, vnexpress_page

NOW = at("2026-11-27T21:00:00+07:00")  # a Friday evening


@pytest.mark.parametrize("dateline, expected", [
    ("2 năm trước", "2024-11-27"),  # the same day two years before, the day only
    ("1 năm trước", "2025-11-27"),
    ("Cập nhật: 2 năm trước", "2024-11-27"),
    ("1 năm 2 tháng trước", "2025-09-28"),
])
def test_a_dateline_counting_back_in_years_is_that_day(dateline: str, expected: str) -> None:
    # None was read: the crawler dated a two-year-old article when it first saw it.
    found = parse_relative(dateline, NOW)
    assert found is not None and found.when == at(f"{expected}T00:00:00+07:00") and not found.has_time, dateline


@pytest.mark.parametrize("now, dateline, expected", [
    ("2028-03-01T09:00:00+07:00", "1 năm trước", "2027-03-01"),  # 365 days back was 2 March: 2028 is a leap year
    ("2028-02-29T09:00:00+07:00", "1 năm trước", "2027-02-28"),  # no 29 February in 2027
    ("2028-02-29T09:00:00+07:00", "4 năm trước", "2024-02-29"),
    ("2026-11-27T09:00:00+07:00", "10 năm trước", "2016-11-27"),  # 365 days ten times back was 29 November
    ("2028-03-01T09:00:00+07:00", "1 năm 2 ngày trước", "2027-02-27"),
])
def test_a_year_counted_back_is_the_same_calendar_day(now: str, dateline: str, expected: str) -> None:
    found = parse_relative(dateline, at(now))
    assert found is not None and found.when == at(f"{expected}T00:00:00+07:00"), found


@pytest.mark.parametrize("text", ["2 năm trước khi thi", "Thi 2 năm trước", "năm trước", "Thứ năm trước",
                                  "2 tháng 1 năm trước"])
def test_years_counted_back_in_a_sentence_or_out_of_order_are_no_dateline(text: str) -> None:
    assert parse_relative(text, NOW) is None


def test_years_counted_back_in_a_lead_do_not_date_the_article() -> None:
    page = vnexpress_page(0, date="Học sinh thi 2 năm trước khi vào lớp 10").replace(
        '<p class="description">', '<p class="description">2 năm trước, ')
    assert extract_article(page, "https://bao.example.vn/bai-0.html", now=NOW).published is None


ENGLISH = [
    ("November 27, 2026", "2026-11-27T00:00:00+07:00", False),
    ("Nov 27, 2026 08:15", "2026-11-27T08:15:00+07:00", True),
    ("27 November 2026", "2026-11-27T00:00:00+07:00", False),
    ("Friday, November 27, 2026 - 08:15 AM", "2026-11-27T08:15:00+07:00", True),
    ("Friday, November 27, 2026 - 08:15 PM", "2026-11-27T20:15:00+07:00", True),  # a 12-hour clock
    ("Friday, November 27, 2026 - 12:15 AM", "2026-11-27T00:15:00+07:00", True),
    ("Friday, November 27, 2026 - 12:15 PM", "2026-11-27T12:15:00+07:00", True),
    ("Nov. 27, 2026, 8:15 pm", "2026-11-27T20:15:00+07:00", True),
    ("November 27, 2026 01:15 GMT", "2026-11-27T08:15:00+07:00", True),  # a zone written is kept
    ("27th November 2026 at 08:15 (GMT+7)", "2026-11-27T08:15:00+07:00", True),
]


@pytest.mark.parametrize("dateline, expected, has_time", ENGLISH, ids=[d for d, _, _ in ENGLISH])
def test_an_english_dateline_is_read_in_vietnamese_time(dateline: str, expected: str, has_time: bool) -> None:
    # «November 27, 2026» and «Friday, November 27, 2026 - 08:15 AM» were not read at all (as a field, a feed's date or
    # a dateline beside the headline); «27 November 2026» only in a feed.
    for found in (parse_any(dateline), parse_relative(dateline, NOW)):
        assert found is not None and found.when == at(expected) and found.has_time is has_time, dateline


@pytest.mark.parametrize("text", ["Published on November 27, 2026 by the school", "Mayor 27, 2026",
                                  "November 31, 2026", "November 2026", "November 27, 2026 - 08"])
def test_an_english_date_in_a_sentence_or_impossible_is_no_dateline(text: str) -> None:
    assert parse_relative(text, NOW) is None and parse_any(text) is None


HEADLINE = "Ministry tightens rules on extra classes and school fees"


def english_page(dateline: str) -> str:
    """An article of an outlet's English edition: the dateline beside the headline, no metadata."""
    paragraphs = "".join(f"<p>{p}</p>" for p in (
        "The Ministry of Education and Training on Friday announced new rules on extra classes for students in "
        "public schools, after parents in many provinces complained about fees collected outside the regulations.",
        "Under the rules, teachers may not hold paid extra classes for the students they teach in regular hours, and "
        "schools must publish every fee they collect at the start of the school year on their websites.",
        "Provincial departments of education will inspect schools twice a year and report violations to the ministry."))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE} - Dan Sinh English</title></head>
<body><nav><a href="/">Home</a> <a href="/society/">Society</a></nav><div class="main">
<h1 class="detail-title">{HEADLINE}</h1>
<div class="meta"><span class="date">{dateline}</span></div><div class="detail-content">{paragraphs}</div></div>
<footer>Copyright Báo Dân Sinh English.</footer></body></html>"""


def rss(base: str, items: list[tuple[str, str, str]]) -> str:
    """RSS 2.0 of (title, path, pubDate) items; an empty pubDate is left out."""
    body = "".join(f"<item><title>{title}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
                   + (f"<pubDate>{date}</pubDate>" if date else "") + "</item>" for title, path, date in items)
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Dan Sinh English</title>"
            f"<link>{base}/</link>{body}</channel></rss>")


def test_english_and_year_old_datelines_date_the_stored_articles(settings: Settings, store: SQLiteStore,
                                                                  http_server: LoopbackServer) -> None:
    """An English page's dateline beside its headline (12-hour clock), an English feed date, and a Vietnamese page's
    «2 năm trước»: each article was stored as published when the crawler first saw it (21:00 the day it was read)."""
    fast = settings.override(crawler__retry_backoff_seconds=0.01, crawler__max_retries=1, crawler__timeout_seconds=2.0)
    http_server.route("/en/a.html", english_page("Friday, November 27, 2026 - 08:15 PM"))
    http_server.route("/en/b.html", english_page(""))
    http_server.route("/vi/c.html", vnexpress_page(2, date="2 năm trước"))
    items = [("Ministry tightens rules on extra classes", "/en/a.html", ""),
             ("Ministry tightens rules on school fees", "/en/b.html", "Friday, November 27, 2026 - 08:15 AM"),
             (story(2).title, "/vi/c.html", "")]
    http_server.route("/rss/en.rss", rss(http_server.url, items), content_type="application/rss+xml; charset=utf-8")
    source = Source(name="Báo Dân Sinh", kind="rss", url=http_server.url + "/rss/en.rss", section="Giáo dục")
    result = Service(fast, store, workers=1).crawl_once([source], now=NOW)[0]
    assert result.error == "" and result.outcomes["stored"] == 3
    stored = {path: store.get_article(doc_id(http_server.url + path)) for _, path, _ in items}
    assert all(a.status == "complete" for a in stored.values())
    assert stored["/en/a.html"].published == at("2026-11-27T20:15:00+07:00")
    assert stored["/en/b.html"].published == at("2026-11-27T08:15:00+07:00")
    assert stored["/vi/c.html"].published == at("2024-11-27T00:00:00+07:00")


def test_an_english_feed_date_of_each_form_is_the_items_time() -> None:
    items = [(f"Item {n}", f"/a-{n}.html", date) for n, (date, _, _) in enumerate(ENGLISH[:5])]
    feed = parse_feed(rss("https://en.example.vn", items).encode())
    assert [i.published for i in feed.items] == [at(expected) for _, expected, _ in ENGLISH[:5]]


@pytest.mark.parametrize("date, expected", [
    ("November 27, 2026 08:15 +07:00", "2026-11-27T08:15:00+07:00"),  # was 15:15: «+07:00» read as UTC
    ("Fri, 27 Nov 2026 08:15:00 +07:00", "2026-11-27T08:15:00+07:00"),
    ("Fri, 27 Nov 2026 08:15:00 -05:00", "2026-11-27T20:15:00+07:00"),
    ("Nov 27, 2026 8:15 tối", "2026-11-27T20:15:00+07:00"),  # was 08:15: the part of the day left out
    ("Nov 27, 2026 08:15 chiều", "2026-11-27T20:15:00+07:00"),
    ("Nov 27, 2026 12:30 đêm", "2026-11-27T00:30:00+07:00"),
    ("Nov 27, 2026 9:15 sáng", "2026-11-27T09:15:00+07:00"),
])
def test_a_feed_date_with_a_colon_in_its_offset_or_a_vietnamese_part_of_the_day_is_read_so(date: str,
                                                                                         expected: str) -> None:
    """The feed's reader tries RFC 822 first (crawlers/feeds.py vietnamese_feed_time), which read «+07:00» as UTC and
    left out «tối», «chiều»: the items were dated 7 hours late or 12 hours early."""
    feed = parse_feed(rss("https://en.example.vn", [("Item", "/a.html", date)]).encode())
    assert [i.published for i in feed.items] == [at(expected)]
    assert parse_any(date) is not None and parse_any(date).when == at(expected)
