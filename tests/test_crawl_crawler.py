"""Crawl runs on loopback, without a store: every hostile case ends in a clear, logged outcome and no item is lost."""
from __future__ import annotations

import dataclasses
import gzip
import json
import logging
import re
import time
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from crawlers.crawler import Crawler, Done, Found, PollResult, Retried
from crawlers.fetcher import FetchPolicy
from crawlers.outlets import Outlet
from diemnong.config import Source
from diemnong.domain import TZ, Article, SourceState, doc_id
from tests.conftest import LoopbackServer, at
from tests.crawl_samples import cp1258, gdtd_page, gdtd_rss, legacy_page, listing_page, story, vnexpress_rss

NOW = datetime(2025, 9, 5, 12, 0, tzinfo=TZ)
POLICY = FetchPolicy(user_agent="DiemNong/0.1 (test)", timeout=1.0, host_delay=0.0, max_retries=1, backoff=0.05,
                     max_wait=2.0, allow_private=True, respect_robots=True)
LOCAL_GDTD = Outlet(name="GD&TĐ (test)", domains=("127.0.0.1",), title="h1.article__title", lead="div.article__sapo",
                    body="div.article__body", time="time.time", author=".article__author .name", drop="figure, .article__related")


def crawler(**kw: Any) -> Crawler:
    return Crawler(kw.pop("policy", POLICY), outlets=kw.pop("outlets", [LOCAL_GDTD]), **kw)


def page_path(n: int) -> str:
    return f"/giao-duc/bai-{n}-post{700000 + n}.html"


def serve_gdtd(server: LoopbackServer, numbers: list[int], **kw: Any) -> Source:
    server.route("/rss/giao-duc.rss", gdtd_rss(server.url, numbers, **kw), content_type="application/rss+xml; charset=utf-8",
                 headers={"ETag": '"e1"', "Last-Modified": "Fri, 05 Sep 2025 04:00:00 GMT"})
    for n in numbers:
        server.route(page_path(n), gdtd_page(n))
    return Source(name="Giáo dục và Thời đại", kind="rss", url=server.url + "/rss/giao-duc.rss", section="Giáo dục")


def found(events: list[Any]) -> list[Found]:
    return [e for e in events if isinstance(e, Found)]


def done(events: list[Any]) -> list[PollResult]:
    return [e.result for e in events if isinstance(e, Done)]


def test_a_feed_poll_gives_complete_articles_then_the_source_state(http_server: LoopbackServer) -> None:
    source = serve_gdtd(http_server, [0, 1, 2])
    events = crawler().crawl([source], now=NOW)
    assert isinstance(events[-1], Done) and len(found(events)) == 3, "articles first, the state last"
    by_url = {f.article.url: f.article for f in found(events)}
    a = by_url[http_server.url + page_path(1)]
    assert a.status == "complete" and a.title == story(1).title and a.source == "Giáo dục và Thời đại"
    assert a.published == at("2025-09-05T09:30:00+07:00"), "the feed's time wins"
    assert a.text.split("\n") == list(story(1).paragraphs) and a.author == "Minh Anh"
    assert a.image == http_server.url + "/img/1.jpg" and a.summary == story(1).lead
    result = done(events)[0]
    assert result.outcomes == {"items": 3, "page-fetched": 3, "new": 3}
    state = result.state
    assert state.etag == '"e1"' and state.last_modified and state.last_success == NOW and state.recent == "1"
    assert set(json.loads(state.cursor)["guids"]) == {"post700000", "post700001", "post700002"}


def test_hostile_pages_each_get_an_outcome_and_every_item_is_kept(http_server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    numbers = list(range(12))
    source = serve_gdtd(http_server, numbers)
    big = gdtd_page(4, padding="<div>" + "<p>Quảng cáo và tin khác trong chuyên mục giáo dục.</p>" * 38000 + "</div>")
    assert len(big.encode()) > 2_000_000
    http_server.route(page_path(1), status=404, body="không tìm thấy")
    for i in range(10):
        http_server.route(f"/loop/{i}", status=302, headers={"Location": f"/loop/{i + 1}"})
    http_server.route(page_path(2), status=302, headers={"Location": "/loop/0"})
    http_server.route(page_path(3), gdtd_page(3), delay=3.0)
    http_server.route(page_path(4), big)
    http_server.route(page_path(5), b"%PDF-1.4 ...", content_type="application/pdf")
    http_server.route("/robots.txt", "User-agent: *\nDisallow: /giao-duc/bai-6-\n", content_type="text/plain")
    calls: dict[int, int] = {}

    def flaky(status: int, headers: dict[str, str]) -> Any:
        def handler(server: LoopbackServer, request: Any) -> tuple[int, dict[str, str], bytes]:
            n = int(request.path.split("-post")[1].split(".")[0]) - 700000
            calls[n] = calls.get(n, 0) + 1
            if calls[n] == 1:
                return status, headers, b"wait"
            return 200, {"Content-Type": "text/html; charset=utf-8"}, gdtd_page(n).encode()
        return handler

    http_server.route(page_path(7), handler=flaky(429, {"Retry-After": "1"}))
    http_server.route(page_path(8), handler=flaky(500, {}))
    http_server.route(page_path(9), gzip.compress(gdtd_page(9).encode()), headers={"Content-Encoding": "gzip"})
    http_server.route(page_path(10), cp1258(legacy_page(10).replace("windows-1258", "utf-8")), content_type="text/html; charset=utf-8")
    http_server.route(page_path(11), "<html><body><p>Đang cập nhật</p></body></html>")
    caplog.set_level(logging.INFO, logger="crawlers")
    policy = FetchPolicy(**{**POLICY.__dict__, "max_redirects": 4})
    events = crawler(policy=policy).crawl([source], now=NOW)
    by_n = {int(f.article.url.split("-post")[1].split(".")[0]) - 700000: f for f in found(events)}
    assert sorted(by_n) == numbers, "nothing lost: every feed item is stored, complete or not"
    complete = {n for n, f in by_n.items() if f.article.status == "complete"}
    assert complete == {0, 4, 7, 8, 9, 10}
    expected_errors = {1: "HTTP 404", 2: "more than 4 redirects", 3: "timed out", 5: "not an HTML page (application/pdf)",
                       6: "robots.txt", 11: "too short"}
    for n, reason in expected_errors.items():
        f = by_n[n]
        assert f.article.status == "feed-only" and reason in f.page_error, (n, f.page_error)
        assert f.article.title == story(n).title and f.article.summary == story(n).lead, "the feed item is all there"
        assert f"không đọc được trang bài {f.article.url}, chỉ giữ mục trong nguồn tin: " in caplog.text
    assert {n for n, f in by_n.items() if f.permanent} == {5, 6}
    assert by_n[4].article.text.split("\n")[0] == story(4).paragraphs[0], "a 2 MB page is read whole"
    assert by_n[10].article.text.startswith(story(10).paragraphs[0][:30]), "windows-1258 declared as utf-8"
    assert calls == {7: 2, 8: 2}
    result = done(events)[0]
    assert result.outcomes["page-failed"] == 6 and result.outcomes["page-fetched"] == 6 and result.outcomes["new"] == 12


def test_a_utf8_page_cut_at_the_cap_inside_a_letter_is_still_read_as_utf8(http_server: LoopbackServer) -> None:
    source = serve_gdtd(http_server, [0])
    page = gdtd_page(0, padding="<div>" + "<p>Quảng cáo và tin khác trong chuyên mục giáo dục.</p>" * 300 + "</div>").encode()
    cap = page.rindex("ả".encode()) + 1  # the cap falls between the two bytes of «ả»
    http_server.route(page_path(0), page)
    events = crawler(policy=FetchPolicy(**{**POLICY.__dict__, "max_bytes": cap})).crawl([source], now=NOW)
    article = found(events)[0].article
    assert article.status == "complete" and article.text == story(0).text, "not read as windows-125x mojibake"


def test_a_host_that_stopped_answering_is_not_asked_for_every_page(http_server: LoopbackServer) -> None:
    numbers = list(range(8))
    source = serve_gdtd(http_server, numbers)
    for n in numbers:
        http_server.route(page_path(n), gdtd_page(n), delay=1.5)  # over the 1 s limit: the site hangs after its feed
    events = crawler().crawl([source], now=NOW)
    asked = [path for _, path, _ in http_server.requests if "-post" in path]
    assert len(asked) == 3, "three requests in a row without an answer, then the host is left alone for this run"
    articles = found(events)
    assert len(articles) == 8 and all(f.article.status == "feed-only" and not f.permanent for f in articles), \
        "nothing lost: every item is kept for the page retries"
    assert all("did not answer its last 3 requests" in f.page_error for f in articles)


def test_items_without_dates_take_the_page_time_or_the_first_seen_time(http_server: LoopbackServer) -> None:
    source = serve_gdtd(http_server, [0, 1], dates=False)
    http_server.route(page_path(1), status=503)
    events = crawler().crawl([source], now=NOW)
    by_n = {f.article.title: f.article for f in found(events)}
    assert by_n[story(0).title].published == at("2025-09-05T08:30:00+07:00"), "the page's own time"
    unknown = by_n[story(1).title]
    assert unknown.published == NOW == unknown.fetched, "first-seen time, marked as such"
    assert done(events)[0].outcomes["no-date"] == 2


@pytest.mark.parametrize("written", ["05/09/2025", "Fri, 05 Sep 2025", "2025-09-05"])
def test_a_feed_that_gives_the_day_only_takes_the_time_of_day_from_the_page(http_server: LoopbackServer, written: str) -> None:
    # The feed's «05/09/2025» won over the page's 08:30 of that day: the article was stored at midnight.
    source = serve_gdtd(http_server, [0, 1], dates=False)
    item = (f"<item><title>{story(2).title}</title><link>{http_server.url}{page_path(2)}</link><pubDate>{written}</pubDate>"
            "<guid>p2</guid></item><item><title>Hôm trước</title><link>{http_server.url}/hom-truoc.html</link>"
            f"<pubDate>{written.replace('05', '04', 1)}</pubDate><guid>p3</guid></item>").replace("{http_server.url}", http_server.url)
    http_server.route("/rss/giao-duc.rss", gdtd_rss(http_server.url, [], dates=False, extra_items=item), content_type="application/rss+xml")
    http_server.route(page_path(2), gdtd_page(2, date="05/09/2025 10:45", meta_time="2025-09-05T10:45:00+07:00"))
    http_server.route("/hom-truoc.html", gdtd_page(3, date="05/09/2025 10:45", meta_time="2025-09-05T10:45:00+07:00"))
    by_url = {f.article.url: f.article.published for f in found(crawler().crawl([source], now=NOW))}
    assert by_url[http_server.url + page_path(2)] == at("2025-09-05T10:45:00+07:00")
    assert by_url[http_server.url + "/hom-truoc.html"] == at("2025-09-04T00:00:00+07:00"), "another day: the feed's day stands"


def test_a_guid_already_seen_is_not_taken_again_even_under_a_new_link(http_server: LoopbackServer) -> None:
    source = serve_gdtd(http_server, [0, 1])
    c = crawler()
    first = c.crawl([source], now=NOW)
    state = done(first)[0].state
    moved = gdtd_rss(http_server.url, [1, 2]).replace(page_path(1), "/giao-duc/bai-1-da-sua-post700001.html")
    http_server.route("/rss/giao-duc.rss", moved, content_type="application/rss+xml")
    http_server.route(page_path(2), gdtd_page(2))
    second = c.crawl([source], {source.url: state}, now=NOW)
    assert [f.article.title for f in found(second)] == [story(2).title]
    assert done(second)[0].outcomes["already-seen"] == 1


def test_a_feed_that_gives_every_item_one_guid_brings_every_item_poll_after_poll(http_server: LoopbackServer) -> None:
    """A broken CMS writes <guid>1</guid> on every item: the first poll took one article («repeated GUID» for the rest)
    and every later poll none («already seen»). Items sharing a GUID over different links are known by their links."""
    def serve(numbers: list[int]) -> None:
        feed = gdtd_rss(http_server.url, numbers)
        for n in numbers:
            feed = feed.replace(f">post{700000 + n}</guid>", ">1</guid>")
            http_server.route(page_path(n), gdtd_page(n))
        http_server.route("/rss/giao-duc.rss", feed, content_type="application/rss+xml")

    source = serve_gdtd(http_server, [])
    serve([1, 0])
    c = crawler()
    first = c.crawl([source], now=NOW)
    assert sorted(f.article.title for f in found(first)) == sorted(story(n).title for n in (0, 1))
    serve([2, 1, 0])
    second = c.crawl([source], {source.url: done(first)[0].state}, now=NOW)
    assert [f.article.title for f in found(second)] == [story(2).title]
    assert done(second)[0].outcomes["already-seen"] == 2


def test_one_guid_at_two_paths_is_one_article_even_when_one_path_redirects_to_the_other(http_server: LoopbackServer) -> None:
    """One article listed at two paths under its one GUID is taken once, its other path claimed with it: when its
    link redirects to that other path, the page read there is still its own (not «already seen» and lost)."""
    source = serve_gdtd(http_server, [1])
    other = http_server.url + "/tuyen-sinh/bai-1-post700001.html"
    twice = (f"<item><title><![CDATA[{story(1).title}]]></title><link>{other}</link>"
             "<guid isPermaLink=\"false\">post700001</guid></item>")
    http_server.route("/rss/giao-duc.rss", gdtd_rss(http_server.url, [1], extra_items=twice), content_type="application/rss+xml")
    http_server.route(page_path(1), status=301, headers={"Location": "/tuyen-sinh/bai-1-post700001.html"})
    http_server.route("/tuyen-sinh/bai-1-post700001.html", gdtd_page(1))
    events = crawler().crawl([source], now=NOW)
    assert [(f.article.url, f.article.status, f.aliases) for f in found(events)] == [(other, "complete", ())]
    assert done(events)[0].outcomes == {"items": 1, "page-fetched": 1, "new": 1, "skipped: repeated GUID in the same feed": 1}
    # A store that knows the article at one path only (a store keeping no aliases; no state saved), the feed now giving
    # the other path first: still the article it has.
    first = twice.replace(other, http_server.url + page_path(1))
    http_server.route("/rss/giao-duc.rss", gdtd_rss(http_server.url, [], extra_items=twice + first), content_type="application/rss+xml")
    again = crawler().crawl([source], known=lambda urls: {u for u in urls if u.endswith(page_path(1))}, now=NOW)
    assert found(again) == [] and done(again)[0].outcomes["already-seen"] == 1


def test_known_urls_and_urls_claimed_by_another_feed_are_not_fetched(http_server: LoopbackServer) -> None:
    source = serve_gdtd(http_server, [0, 1, 2])
    other = Source(name="Giáo dục và Thời đại", kind="rss", url=http_server.url + "/rss/dia-phuong.rss", section="Địa phương")
    http_server.route("/rss/dia-phuong.rss", gdtd_rss(http_server.url, [2]).replace("post700002.html", "post700002.html?utm_source=rss"))
    known = {http_server.url + page_path(0)}
    events = crawler().crawl([source, other], known=lambda urls: {u for u in urls if u in known}, now=NOW)
    assert sorted(f.article.url for f in found(events)) == [http_server.url + page_path(1), http_server.url + page_path(2)]
    requested = [r[1].split("?")[0] for r in http_server.requests]  # each page is read at its link as given, query and all
    assert page_path(0) not in requested and requested.count(page_path(2)) == 1


def test_an_article_linked_with_http_in_one_feed_and_https_in_another_is_taken_once(http_server: LoopbackServer) -> None:
    """One document for http and https (doc_id), so one claim in a run: the second section's feed, written with https
    links, does not fetch the page again nor bring the article a second time."""
    source = serve_gdtd(http_server, [0])
    other = Source(name="Giáo dục và Thời đại", kind="rss", url=http_server.url + "/rss/tuyen-sinh.rss", section="Tuyển sinh")
    http_server.route("/rss/tuyen-sinh.rss", gdtd_rss(http_server.url.replace("http://", "https://"), [0]),
                      content_type="application/rss+xml")
    events = crawler().crawl([source, other], now=NOW)
    assert [doc_id(f.article.url) for f in found(events)] == [doc_id(http_server.url + page_path(0))]
    assert sum(r.outcomes.get("already-seen", 0) for r in done(events)) == 1


def test_feed_failures_are_reported_in_the_state(http_server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    http_server.route("/down.rss", status=500, body="lỗi máy chủ")
    http_server.route("/html.rss", "<html><body><p>Trang chủ</p></body></html>")
    http_server.route("/huge.rss", gdtd_rss(http_server.url, list(range(40))), content_type="application/rss+xml")
    http_server.route("/raw-amp.rss", vnexpress_rss(http_server.url, [0]), content_type="application/rss+xml")
    http_server.route("/giao-duc/bai-0-4900000.html", gdtd_page(0))
    sources = [Source(name=p, kind="rss", url=http_server.url + p, section="x") for p in ("/down.rss", "/html.rss", "/huge.rss", "/raw-amp.rss")]
    caplog.set_level(logging.INFO, logger="crawlers")
    policy = FetchPolicy(**{**POLICY.__dict__, "max_bytes": 10_000})
    states = {sources[0].url: SourceState(name=sources[0].url, attempts=4, failures=1, recent="1101")}
    results = {r.source.name: r for r in done(crawler(policy=policy).crawl(sources, states, now=NOW))}
    assert results["/down.rss"].error.startswith("HTTP 500") and results["/down.rss"].state.failures == 2
    assert results["/down.rss"].state.recent == "11010" and results["/down.rss"].state.attempts == 5
    assert "not a readable feed" in results["/html.rss"].error
    assert "feed larger than 10000 bytes" in results["/huge.rss"].error
    repaired = results["/raw-amp.rss"]
    assert not repaired.error and repaired.outcomes["feed-repaired"] == 1 and repaired.outcomes["new"] == 1
    assert (f"bỏ qua nguồn {sources[0].url}: máy chủ trả lỗi HTTP 500 (máy chủ gặp sự cố) — chi tiết: HTTP 500"
            in caplog.text)
    assert f"nguồn {sources[3].url} lỗi định dạng nhưng vẫn đọc được — chi tiết: " in caplog.text


def test_the_crawls_log_lines_are_vietnamese(http_server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    """The log of `diemnong run` is read by the office's IT staff, in Vietnamese like the service's own lines; the
    crawler's were English («kept the feed item only for … because HTTP 404», «retrying … in 0.2 s because HTTP 503»,
    «source … not modified»). URLs, numbers and the raw error stay; the setting a size comes from is named."""
    feed = gdtd_rss(http_server.url, [0, 1, 2]).encode()

    def conditional(server: LoopbackServer, request: Any) -> tuple[int, dict[str, str], bytes]:
        if request.headers.get("If-None-Match") == '"e1"':
            return 304, {}, b""
        return 200, {"Content-Type": "application/rss+xml; charset=utf-8", "ETag": '"e1"'}, feed

    busy: list[str] = []

    def busy_once(server: LoopbackServer, request: Any) -> tuple[int, dict[str, str], bytes]:
        busy.append(request.path)
        if len(busy) == 1:
            return 503, {"Content-Type": "text/plain"}, b"busy"
        return 200, {"Content-Type": "text/html; charset=utf-8"}, gdtd_page(2).encode()

    http_server.route("/rss/giao-duc.rss", handler=conditional)
    http_server.route(page_path(0), gdtd_page(0, padding="<div>" + "<p>Quảng cáo và tin khác.</p>" * 2000 + "</div>"))
    http_server.route(page_path(1), status=404, body="không tìm thấy")
    http_server.route(page_path(2), handler=busy_once)
    source = Source(name="Giáo dục và Thời đại", kind="rss", url=http_server.url + "/rss/giao-duc.rss", section="Giáo dục")
    caplog.set_level(logging.INFO, logger="crawlers")
    run = crawler(policy=FetchPolicy(**{**POLICY.__dict__, "backoff": 0.2, "max_bytes": 20_000}))
    first = run.crawl([source], now=NOW)
    assert len(found(first)) == 3 and busy == [page_path(2)] * 2
    assert not found(run.crawl([source], {source.url: done(first)[0].state}, now=NOW))
    url = http_server.url
    for line in (f"không đọc được trang bài {url + page_path(1)}, chỉ giữ mục trong nguồn tin: máy chủ trả lỗi HTTP 404 "
                 "(không tìm thấy trang) — chi tiết: HTTP 404",
                 f"thử lại {url + page_path(2)} sau 0,2 giây: máy chủ trả lỗi HTTP 503 (máy chủ gặp sự cố)",
                 f"trang {url + page_path(0)} bị cắt còn 20.000 byte (crawler.max_response_bytes), lấy bài từ phần đã đọc",
                 f"nguồn {source.url} không đổi từ lần quét trước (HTTP 304)"):
        assert line in caplog.messages, (line, caplog.messages)
    # A sitemap index: a child missing, one cut at the size limit, one broken off, one on another site; then a 304.
    urlset = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    entry = f"<url><loc>{url}{page_path(0)}</loc></url>"
    index = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in (
        url + "/sm/missing.xml", url + "/sm/big.xml", url + "/sm/broken.xml", "https://vnexpress.net/sitemap.xml"))
    http_server.route("/sitemap.xml", f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>',
                      content_type="application/xml")
    http_server.route("/sm/missing.xml", status=404, body="không có")
    http_server.route("/sm/big.xml", urlset + entry + "<!--" + "x" * 30_000 + "--></urlset>", content_type="application/xml")
    http_server.route("/sm/broken.xml", urlset + entry + "<url><loc>x</url></urlset>", content_type="application/xml")
    http_server.route("/plain.xml", handler=lambda server, request: (304, {}, b"") if request.headers.get("If-None-Match")
                      else (200, {"ETag": '"s1"', "Content-Type": "application/xml"}, (urlset + entry + "</urlset>").encode()))
    sitemaps = [Source(name=name, kind="sitemap", url=url + path, section="Giáo dục")
                for name, path in (("Sơ đồ", "/sitemap.xml"), ("Sơ đồ thường", "/plain.xml"))]
    states = {r.source.url: r.state for r in done(run.crawl(sitemaps, now=NOW))}
    run.crawl(sitemaps[1:], states, now=NOW)
    for line in (f"bỏ qua sơ đồ trang con {url}/sm/missing.xml của {url}/sitemap.xml: máy chủ trả lỗi HTTP 404 "
                 f"(không tìm thấy trang) — chi tiết: HTTP 404 for {url}/sm/missing.xml",
                 f"sơ đồ trang {url}/sm/big.xml bị cắt còn 20.000 byte (crawler.max_response_bytes), đọc các mục trong phần đã tải",
                 f"bỏ qua 1 mục của sơ đồ trang {url}/sitemap.xml: sơ đồ trang con ở trang web khác",
                 f"sơ đồ trang {url}/plain.xml không đổi từ lần quét trước (HTTP 304)"):
        assert line in caplog.messages, (line, caplog.messages)
    assert any(m.startswith(f"sơ đồ trang {url}/sm/broken.xml lỗi định dạng, chỉ đọc") for m in caplog.messages)
    english = [r.getMessage() for r in caplog.records if r.name.startswith("crawlers") and not re.search("[à-ỹÀ-Ỹ]", r.msg)]
    assert len(caplog.records) >= 5 and not english, english


def test_page_retries_come_back_as_retried_events(http_server: LoopbackServer) -> None:
    http_server.route(page_path(3), gdtd_page(3))
    http_server.route(page_path(4), status=410)
    waiting = [Article(url=http_server.url + page_path(n), title=story(n).title, source="GD&TĐ", published=NOW,
                       fetched=NOW, status="feed-only") for n in (3, 4)]
    events = crawler().crawl([], retries=waiting, now=NOW)
    retried = {e.article.url: e for e in events if isinstance(e, Retried)}
    ok, gone = retried[waiting[0].url], retried[waiting[1].url]
    assert ok.ok and ok.article.status == "complete" and ok.article.published == at("2025-09-05T08:30:00+07:00")
    assert not gone.ok and gone.permanent and "HTTP 410" in gone.error


def test_a_page_refused_because_robots_txt_could_not_be_read_is_tried_again_later(http_server: LoopbackServer) -> None:
    http_server.route(page_path(3), gdtd_page(3))
    http_server.route("/robots.txt", status=503, body="quá tải")
    waiting = Article(url=http_server.url + page_path(3), title=story(3).title, source="GD&TĐ", published=NOW, fetched=NOW,
                      status="feed-only")
    failed = [e for e in crawler().crawl([], retries=[waiting], now=NOW) if isinstance(e, Retried)][0]
    assert not failed.ok and "could not be read" in failed.error
    assert not failed.permanent, "a robots.txt that failed for a moment does not give the page up for good"
    http_server.route("/robots.txt", "User-agent: *\nDisallow: /giao-duc/\n", content_type="text/plain")
    assert [e for e in crawler().crawl([], retries=[waiting], now=NOW) if isinstance(e, Retried)][0].permanent


def needs_section(server: LoopbackServer, request: Any) -> tuple[int, dict[str, str], bytes]:
    """A site whose router needs the section in `from`, a name canonical_url drops as a tracking parameter."""
    query = parse_qs(urlsplit(request.path).query)
    if query.get("from") != ["giao-duc"]:
        return 404, {"Content-Type": "text/plain"}, "Không tìm thấy chuyên mục".encode()
    return 200, {"Content-Type": "text/html; charset=utf-8"}, gdtd_page(int(query["id"][0]) - 700000).encode()


class Names(httpx.AsyncBaseTransport):
    """Real HTTP over loopback with a hosts file of its own: a mapped name connects to its address (the Host header
    keeps the name), any other name fails as DNS does for a name nobody serves."""

    def __init__(self, hosts: dict[str, str]):
        self.hosts, self.inner = hosts, httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        address = self.hosts.get(request.url.host)
        if address is None:
            raise httpx.ConnectError(f"[Errno -2] Name or service not known: {request.url.host}", request=request)
        request.url = request.url.copy_with(host=address)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_pages_are_fetched_at_the_link_as_published_and_known_by_its_canonical_address(http_server: LoopbackServer) -> None:
    """A school's site that answers only on www., and one whose pages need a parameter the canonical form drops: the
    page is read at the feed's link; the article is still named (and deduplicated) by the canonical address."""
    port = http_server.httpd.server_address[1]
    www = f"http://www.truong.test:{port}"

    def www_only(n: int) -> Any:
        def handler(server: LoopbackServer, request: Any) -> tuple[int, dict[str, str], bytes]:
            if request.headers.get("Host") != f"www.truong.test:{port}":
                return 404, {"Content-Type": "text/plain"}, b"no such site"
            return 200, {"Content-Type": "text/html; charset=utf-8"}, gdtd_page(n).encode()
        return handler

    http_server.route(page_path(0), handler=www_only(0))
    http_server.route("/r/2", status=301, headers={"Location": page_path(2) + "?utm_source=rss"})
    http_server.route(page_path(2), handler=www_only(2))
    http_server.route("/tin.php", handler=needs_section)
    links = {0: www + page_path(0) + "#binh-luan", 1: http_server.url + "/tin.php?id=700001&from=giao-duc", 2: www + "/r/2"}
    items = "".join(f"<item><title>{story(n).title}</title><link>{link.replace('&', '&amp;')}</link><guid>g{n}</guid>"
                    f"<pubDate>Fri, 05 Sep 2025 08:00:00 +0700</pubDate></item>" for n, link in links.items())
    http_server.route("/truong.rss", f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>{items}</channel></rss>",
                      content_type="application/rss+xml")
    source = Source(name="Trường THPT (test)", kind="rss", url=http_server.url + "/truong.rss", section="Giáo dục")
    outlet = dataclasses.replace(LOCAL_GDTD, domains=("127.0.0.1", "truong.test"))
    names = Names({"127.0.0.1": "127.0.0.1", "www.truong.test": "127.0.0.1"})
    events = crawler(outlets=[outlet], transport=names).crawl([source], now=NOW)
    by_title = {f.article.title: f for f in found(events)}
    assert set(by_title) == {story(n).title for n in links}
    for f in by_title.values():
        assert f.article.status == "complete" and not f.page_error, (f.article.url, f.page_error)
    first, second, moved = (by_title[story(n).title].article for n in (0, 1, 2))
    assert (first.url, first.link) == (f"http://truong.test:{port}{page_path(0)}", www + page_path(0))
    assert first.text.split("\n") == list(story(0).paragraphs)
    assert (second.url, second.link) == (http_server.url + "/tin.php?id=700001", links[1]), "identity canonical, link as given"
    assert (moved.url, moved.link) == (f"http://truong.test:{port}{page_path(2)}", www + page_path(2) + "?utm_source=rss"), \
        "a redirect: known by the canonical form of where it was read, and fetched there next time"
    requested = [(r[2].get("Host"), r[1]) for r in http_server.requests]
    assert (f"www.truong.test:{port}", page_path(0)) in requested and ("127.0.0.1:%d" % port, "/tin.php?id=700001&from=giao-duc") in requested
    assert not any(path == "/tin.php?id=700001" or host == f"truong.test:{port}" for host, path in requested)
    assert done(events)[0].outcomes == {"items": 3, "page-fetched": 3, "new": 3}


# --------------------------------------------------------------------------- listing pages (scrapy)

def serve_listing(server: LoopbackServer, pages: list[list[int]]) -> Source:
    for i, numbers in enumerate(pages, start=1):
        nxt = f"{server.url}/giao-duc?page={i + 1}" if i < len(pages) else ""
        server.route(f"/giao-duc?page={i}" if i > 1 else "/giao-duc", listing_page(server.url, numbers, nxt))
        for n in numbers:
            server.route(f"/giao-duc/bai-{n}-{1000000 + n}.ldo", gdtd_page(n))
    return Source(name="Lao Động", kind="html", url=server.url + "/giao-duc", section="Giáo dục", max_pages=2,
                  selectors={"article_links": "article.item h3 a, article.item > a", "next_page": "a[rel=next]"})


def test_listing_walk_paginates_then_stops_at_what_it_has_seen(http_server: LoopbackServer) -> None:
    source = serve_listing(http_server, [[0, 1], [2, 3], [4, 5]])
    c = crawler()
    first = c.crawl([source], now=NOW)
    titles = sorted(f.article.title for f in found(first))
    assert titles == sorted(story(n).title for n in (0, 1, 2, 3)), "max_pages = 2: page 3 is not walked"
    assert all(f.article.status == "complete" for f in found(first))
    result = done(first)[0]
    assert result.outcomes["listing-pages"] == 2 and not result.error
    assert "?page=3" not in " ".join(r[1] for r in http_server.requests)
    # A new article on top: the second walk (same process: the reactor is never restarted here) stops at page 1.
    http_server.route("/giao-duc", listing_page(http_server.url, [6, 0, 1], f"{http_server.url}/giao-duc?page=2"))
    http_server.route("/giao-duc/bai-6-1000006.ldo", gdtd_page(6))
    before = len(http_server.requests)
    second = c.crawl([source], {source.url: result.state}, now=NOW)
    assert [f.article.title for f in found(second)] == [story(6).title]
    assert done(second)[0].outcomes["listing-pages"] == 1
    assert not any("page=2" in r[1] for r in http_server.requests[before:])


def test_a_listing_page_that_failed_is_walked_again_at_the_next_poll(http_server: LoopbackServer) -> None:
    """Page 2 of a busy section fails (HTTP 500): its articles were never read. The next walk must reach it even though
    page 1 now shows articles the first walk took; the cursor said «seen» for them and stopped the walk at page 1."""
    source = serve_listing(http_server, [[0, 1], [2, 3]])
    http_server.route("/giao-duc?page=2", status=500, body="lỗi")
    c = crawler()
    first = c.crawl([source], now=NOW)
    assert sorted(f.article.title for f in found(first)) == sorted(story(n).title for n in (0, 1))
    stored = {f.article.url for f in found(first)}
    http_server.route("/giao-duc", listing_page(http_server.url, [6, 0, 1], f"{http_server.url}/giao-duc?page=2"))
    http_server.route("/giao-duc?page=2", listing_page(http_server.url, [2, 3]))
    http_server.route("/giao-duc/bai-6-1000006.ldo", gdtd_page(6))
    second = c.crawl([source], {source.url: done(first)[0].state}, known=lambda urls: {u for u in urls if u in stored}, now=NOW)
    assert sorted(f.article.title for f in found(second)) == sorted(story(n).title for n in (6, 2, 3))


def test_a_listing_page_that_keeps_failing_is_asked_less_and_less_often(http_server: LoopbackServer,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    """Page 2 answers 500 at every poll: it was asked again (with its retries) every 30 minutes for good. After a second
    failure in a row it is left alone for twice the source's interval, then twice as long after each further failure;
    page 1 is still read at every poll. Once page 2 answers, its articles are taken and the back-off is over."""
    from datetime import timedelta

    source = serve_listing(http_server, [[0, 1], [2, 3]])
    http_server.route("/giao-duc?page=2", status=500, body="lỗi")
    c, state, stored = crawler(), None, set()

    def poll(minutes: int) -> tuple[list[Any], bool]:
        nonlocal state
        before = len(http_server.requests)
        events = c.crawl([source], {source.url: state} if state else {}, known=lambda urls: {u for u in urls if u in stored},
                         now=NOW + timedelta(minutes=minutes))
        state = done(events)[0].state
        stored.update(f.article.url for f in found(events))
        asked = [r[1] for r in http_server.requests[before:]]
        assert "/giao-duc" in asked, "page 1 is read at every poll"
        return events, "/giao-duc?page=2" in asked

    caplog.set_level(logging.INFO, logger="crawlers")
    assert poll(0)[1]
    assert poll(30)[1], "one failure may be a passing one: asked at the next poll"
    assert not poll(60)[1], "two in a row: left alone for 2 × 30 minutes"
    url = http_server.url + "/giao-duc"
    for line in (f"trang chuyên mục của {url} không tải được: máy chủ trả lỗi HTTP 500 (máy chủ gặp sự cố) — chi tiết: "
                 f"{url}?page=2: HTTP 500", f"đã đọc 1 trang chuyên mục của {url}, dừng vì một trang lỗi",
                 f"trang chuyên mục số 2 của {url} lỗi nhiều lần liền: tạm để yên đến 13:30 ngày 05/09/2025",
                 f"đã đọc 1 trang chuyên mục của {url}, dừng vì đã đủ số trang được đọc (max_pages)"):
        assert line in caplog.messages, (line, caplog.messages)
    assert poll(91)[1], "asked again when its wait is over, and fails again"
    assert not poll(91 + 110)[1], "then left alone twice as long"
    http_server.route("/giao-duc?page=2", listing_page(http_server.url, [2, 3]))
    events, asked = poll(91 + 121)
    assert asked and sorted(f.article.title for f in found(events)) == sorted(story(n).title for n in (2, 3))
    assert "failing" not in json.loads(state.cursor), "it answered: no back-off any more"


def test_listing_walk_keeps_the_safety_rules(http_server: LoopbackServer) -> None:
    source = serve_listing(http_server, [[0]])
    strict = FetchPolicy(**{**POLICY.__dict__, "allow_private": False})
    result = done(crawler(policy=strict).crawl([source], now=NOW))[0]
    assert "non-public address 127.0.0.1" in result.error and not result.articles
    http_server.route("/robots.txt", "User-agent: *\nDisallow: /giao-duc\n", content_type="text/plain")
    result = done(crawler().crawl([source], now=NOW))[0]
    assert "robots.txt" in result.error.lower() or "Forbidden" in result.error


def test_listing_walk_waits_for_retry_after(http_server: LoopbackServer) -> None:
    source = serve_listing(http_server, [[0]])
    answers = iter([(429, {"Retry-After": "1"}, b"")])

    def handler(server: LoopbackServer, request: Any) -> tuple[int, dict[str, str], bytes]:
        return next(answers, (200, {"Content-Type": "text/html; charset=utf-8"}, listing_page(server.url, [0]).encode()))

    http_server.route("/giao-duc", handler=handler)
    started = time.monotonic()
    events = crawler().crawl([source], now=NOW)
    assert [f.article.title for f in found(events)] == [story(0).title]
    assert time.monotonic() - started >= 1.0


def test_listing_page_url_template_and_links_that_are_not_articles(http_server: LoopbackServer) -> None:
    section = http_server.url + "/giao-duc/tuyen-sinh"
    http_server.route("/giao-duc", listing_page(http_server.url, [0]).replace(
        "</section>", f"<article class=\"item\"><h3><a href=\"{section}\">Tuyển sinh: tất cả các bài của chuyên mục</a></h3></article></section>"))
    http_server.route("/giao-duc/tuyen-sinh", listing_page(http_server.url, list(range(40))))
    http_server.route("/giao-duc/trang/2", listing_page(http_server.url, [1]))
    for n in (0, 1):
        http_server.route(f"/giao-duc/bai-{n}-{1000000 + n}.ldo", gdtd_page(n))
    source = Source(name="Lao Động", kind="html", url=http_server.url + "/giao-duc", section="Giáo dục", max_pages=2,
                    selectors={"article_links": "article.item h3 a", "page_url": http_server.url + "/giao-duc/trang/{n}"})
    events = crawler().crawl([source], now=NOW)
    assert sorted(f.article.title for f in found(events)) == sorted([story(0).title, story(1).title])
    result = done(events)[0]
    assert result.outcomes["not-an-article"] == 1 and result.outcomes["listing-pages"] == 2


def test_a_utf8_listing_page_whose_header_says_latin1_gives_the_titles_in_vietnamese(http_server: LoopbackServer) -> None:
    http_server.route("/giao-duc", listing_page(http_server.url, [0, 1]), content_type="text/html; charset=iso-8859-1")
    http_server.route("/giao-duc/bai-0-1000000.ldo", gdtd_page(0))
    http_server.route("/giao-duc/bai-1-1000001.ldo", status=503, body="bảo trì")
    source = Source(name="Lao Động", kind="html", url=http_server.url + "/giao-duc", section="Giáo dục", max_pages=1,
                    selectors={"article_links": "article.item h3 a"})
    titles = sorted(f.article.title for f in found(crawler().crawl([source], now=NOW)))
    assert titles == sorted([story(0).title, story(1).title]), "not «Phá»¥ huynh pháº£n Ã¡nh…», even when the page is read"


def test_listing_links_are_fetched_as_the_page_gives_them(http_server: LoopbackServer) -> None:
    rows = "".join(f"<article class=\"item\"><h3><a href=\"/tin.php?id={700000 + n}&amp;from=giao-duc#top\">{story(n).title}</a></h3>"
                   "</article>" for n in (0, 1))
    http_server.route("/giao-duc", f"<html><head><meta charset=\"utf-8\"><title>Giáo dục</title></head><body><section>{rows}</section></body></html>")
    http_server.route("/tin.php", handler=needs_section)
    source = Source(name="Sở GD&ĐT (test)", kind="html", url=http_server.url + "/giao-duc", section="Giáo dục", max_pages=1,
                    selectors={"article_links": "article.item h3 a"})
    events = crawler().crawl([source], now=NOW)
    articles = sorted((f.article for f in found(events)), key=lambda a: a.url)
    assert [(a.url, a.link, a.status) for a in articles] == [
        (f"{http_server.url}/tin.php?id={700000 + n}", f"{http_server.url}/tin.php?id={700000 + n}&from=giao-duc", "complete")
        for n in (0, 1)], "known by the canonical address, read at the link as the page gave it (fragment removed)"
    assert json.loads(done(events)[0].state.cursor)["seen"] == [a.url for a in articles], "the walk's cursor stays canonical"


@pytest.mark.parametrize("given, expected", [
    pytest.param("2025-09-05T11:00:00+07:00", "2025-09-05T11:00:00+07:00", id="past"),
    pytest.param("2025-09-05T12:05:00+07:00", "2025-09-05T12:05:00+07:00", id="clock-skew"),
    pytest.param("2025-09-05T18:50:00+07:00", "2025-09-05T11:50:00+07:00", id="local-time-labelled-utc"),
    pytest.param("2025-09-05T15:00:00+07:00", None, id="future"),
    pytest.param("1970-01-01T07:00:00+07:00", None, id="epoch"),
])
def test_feed_times_are_believed_only_when_they_can_be_true(given: str, expected: str | None) -> None:
    from crawlers.crawler import believable

    assert believable(at(given), NOW) == (at(expected) if expected else None)


def test_a_consumer_that_stops_after_the_crawl_ended_closes_cleanly(http_server: LoopbackServer) -> None:
    """The service stops reading mid-run (a full disk while storing a batch) while the crawl thread has already
    finished: closing the events then met a closed event loop, and 'Event loop is closed' replaced the store's own
    error, so `diemnong run` exited instead of waiting out the full disk."""
    source = serve_gdtd(http_server, [0, 1])
    events = crawler().run([source], {}, lambda urls: set(), now=NOW)
    assert next(events)  # a first batch, then the consumer stops reading
    time.sleep(1.5)  # the crawl ends and its event loop is closed
    events.close()


def test_a_headline_changed_in_two_feeds_of_one_outlet_is_read_once(http_server: LoopbackServer) -> None:
    source = serve_gdtd(http_server, [0])
    other = Source(name="Giáo dục và Thời đại", kind="rss", url=http_server.url + "/rss/tuyen-sinh.rss", section="Tuyển sinh")
    http_server.route("/rss/tuyen-sinh.rss", gdtd_rss(http_server.url, [0]), content_type="application/rss+xml")
    c = crawler()
    first = c.crawl([source, other], now=NOW)
    assert len(found(first)) == 1
    states = {r.source.url: r.state for r in done(first)}
    corrected = story(0).title + " (cập nhật)"
    for path in ("/rss/giao-duc.rss", "/rss/tuyen-sinh.rss"):
        http_server.route(path, gdtd_rss(http_server.url, [0]).replace(story(0).title, corrected), content_type="application/rss+xml")
    http_server.route(page_path(0), gdtd_page(0).replace(story(0).title, corrected))
    stored = {http_server.url + page_path(0)}
    before = len(http_server.requests)
    second = c.crawl([source, other], states, known=lambda urls: {u for u in urls if u in stored}, now=NOW)
    assert [f.article.title for f in found(second)] == [corrected]
    assert [r[1] for r in http_server.requests[before:]].count(page_path(0)) == 1
