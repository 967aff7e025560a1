"""Hậu Giang time whatever the process's TZ: a server in UTC (Docker's default), or set to another zone by an admin,
reads and writes the same days and hours as one in Asia/Ho_Chi_Minh. Each test runs under zones 7 and 12 hours off,
at the boundaries where a wrong zone shows: 00:30 on the 1st in Hậu Giang (17:30 UTC on the last day), 23:30 Hậu
Giang time (the next day in Tokyo, the same morning in New York), December → January, 29 February."""
from __future__ import annotations

import time
from datetime import datetime, timezone

import feedparser
import pytest

from crawlers.dates import parse_any, parse_relative
from crawlers.feeds import _time
from dashboard.export import rows
from diemnong.cli import _date, _until
from diemnong.domain import TZ
from diemnong.records import read_time
from diemnong.report import deadline, due_month, previous_month
from store import Filters, SearchQuery
from tests.conftest import make_article
from tests.test_report import env_settings


@pytest.fixture(params=["UTC", "America/New_York", "Asia/Tokyo"], autouse=True)
def machine_zone(request, monkeypatch):
    """The process's clock zone, as the server's TZ sets it."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


@pytest.mark.parametrize(("now", "day", "due"), [
    pytest.param("2026-11-30T17:30", 1, "2026-11", id="0030-on-the-1st-reports-last-month"),
    pytest.param("2026-11-30T16:59", 1, "2026-10", id="2359-on-the-30th-is-still-november"),
    pytest.param("2026-12-31T17:30", 1, "2026-12", id="new-year-reports-december"),
    pytest.param("2028-02-28T17:30", 31, "2028-01", id="29-february-is-the-last-day"),
    pytest.param("2028-02-27T17:30", 31, None, id="28-february-of-a-leap-year-is-not"),
])
def test_the_month_due_is_counted_in_hau_giang_days(tmp_path, now: str, day: int, due: str | None) -> None:
    assert due_month(env_settings(tmp_path, report__auto_day=day), utc(now)) == due


def test_before_the_20th_ends_at_midnight_in_hau_giang() -> None:
    assert previous_month("2027-01") == "2026-12"
    assert "trước ngày 20/01/2027" in deadline(utc("2027-01-19T16:59"), "2026-12")
    assert deadline(utc("2027-01-19T17:00"), "2026-12").startswith("Hạn gửi Văn phòng (trước ngày 20/01/2027) đã qua")


def test_dates_typed_on_the_command_line_are_hau_giang_days() -> None:
    assert _date("2026-11-27") == datetime(2026, 11, 27, tzinfo=TZ)
    assert _until("2026-11-27") == datetime(2026, 11, 28, tzinfo=TZ)
    assert _until("2026-11-27T08:00") == datetime(2026, 11, 27, 8, tzinfo=TZ)


def test_a_2330_article_is_on_its_hau_giang_day_in_buckets_search_and_exports(store) -> None:
    late, early = (make_article(1, published="2026-11-27T23:30:00+07:00", topics=(1,)),
                   make_article(2, published="2026-11-28T00:10:00+07:00", topics=(1,)))
    store.upsert_articles([late, early])
    assert {(b.day, b.count) for b in store.aggregate(by_topic=False)} == {("2026-11-27", 1), ("2026-11-28", 1)}
    assert store.source_counts(_date("2026-11-27")) == {"VnExpress": {"2026-11-27": 1, "2026-11-28": 1}}
    found = store.search(SearchQuery(filters=Filters(since=_date("2026-11-27"), until=_until("2026-11-27")), limit=10))
    assert [h.article.id for h in found.hits] == [late.id]
    assert [r[:2] for r in rows([late], {})] == [["2026-11-27 23:30", "23:30"]]


def test_crawled_times_without_a_zone_are_hau_giang_time_and_relative_ones_count_from_its_now() -> None:
    now = utc("2026-11-30T17:30")  # 00:30 on 1 December in Hậu Giang
    assert parse_any("27/11/2026 08:00").when == datetime(2026, 11, 27, 8, tzinfo=TZ)
    assert read_time("27/11/2026 08:00") == datetime(2026, 11, 27, 8, tzinfo=TZ)
    assert parse_relative("Hôm qua, 20:15", now).when == datetime(2026, 11, 30, 20, 15, tzinfo=TZ)
    assert parse_relative("2 giờ trước", now).when == datetime(2026, 11, 30, 22, 30, tzinfo=TZ)
    assert parse_relative("1 ngày trước", now).when == datetime(2026, 11, 30, tzinfo=TZ)
    feed = feedparser.parse(
        "<rss><channel><item><title>a</title><link>http://a.vn/1</link><pubDate>Fri, 27 Nov 2026 17:30:00 GMT</pubDate>"
        "</item><item><title>b</title><link>http://a.vn/2</link><pubDate>Fri, 27 Nov 2026 08:00:00</pubDate></item>"
        "</channel></rss>")
    assert [_time(e) for e in feed.entries] == [datetime(2026, 11, 28, 0, 30, tzinfo=TZ), datetime(2026, 11, 27, 8, tzinfo=TZ)]
