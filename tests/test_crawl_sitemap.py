"""Sitemap sources (kind: sitemap): a Google News sitemap, a sitemap index with gzip children and a malformed sitemap,
served on a loopback server and crawled through the service into a real SQLite store."""
from __future__ import annotations

import dataclasses
import gzip
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from crawlers.crawler import CURSOR_GUIDS, CURSOR_LISTED, CURSOR_SEEN, SITEMAP_ENTRIES, recent_entries, remember_entries
from crawlers.sitemap import SitemapEntry, SitemapError, parse_sitemap
from diemnong.cli import OUTCOMES_VI
from diemnong.config import ConfigError, Settings, Source, load_sources
from diemnong.domain import TZ, doc_id, parse_time
from diemnong.pipeline import Service
from diemnong.reasons import describe_error
from store.sqlite import SQLiteStore
from tests.conftest import LoopbackServer
from tests.crawl_samples import gdtd_page, story, topic_page

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=TZ)
URLSET = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
          'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n')


@pytest.fixture
def fast(settings: Settings) -> Settings:
    return settings.override(crawler__retry_backoff_seconds=0.01, crawler__max_retries=1, crawler__timeout_seconds=2.0)


def page_path(n: int) -> str:
    return f"/giao-duc/bai-{n}-post{700000 + n}.html"


def headline(n: int) -> str:
    return f"Sơ đồ trang: {story(n).title}"


def news_url(base: str, n: int, when: str) -> str:
    """One Google News entry: the headline differs from the page's, the time from the page's (08:30 on 05/09/2025)."""
    return (f"<url><loc>{base}{page_path(n)}</loc><lastmod>2026-11-27T11:59:00+07:00</lastmod><news:news><news:publication>"
            f"<news:name>Giáo dục và Thời đại</news:name><news:language>vi</news:language></news:publication>"
            f"<news:publication_date>{when}</news:publication_date><news:title>{headline(n)}</news:title></news:news>"
            f"<image:image><image:loc>{base}/anh/{n}.jpg</image:loc><image:title>Ảnh {n}</image:title></image:image></url>\n")


def news_sitemap(base: str, entries: dict[int, str]) -> str:
    return URLSET + "".join(news_url(base, n, when) for n, when in entries.items()) + "</urlset>\n"


def serve_pages(server: LoopbackServer, numbers: range | list[int]) -> None:
    for n in numbers:
        server.route(page_path(n), gdtd_page(n))


def page_requests(server: LoopbackServer) -> list[str]:
    return [path for method, path, _ in server.requests if path.startswith("/giao-duc/")]


def sitemap_source(server: LoopbackServer, path: str = "/sitemaps/news.xml") -> Source:
    return Source(name="Giáo dục và Thời đại", kind="sitemap", url=server.url + path, section="Giáo dục")


def test_a_news_sitemap_gives_the_times_and_headlines_and_a_second_poll_adds_only_new_urls(
        fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    base = http_server.url
    entries = {0: "2026-11-27T08:15:00+07:00", 1: "2026-11-27T09:40:00", 2: "2026-11-27T03:05:00Z",
               3: "2026-11-20T08:00:00+07:00"}  # 1: no zone, Vietnamese time; 3: a week old, outside the window
    http_server.route("/sitemaps/news.xml", news_sitemap(base, entries), content_type="application/xml; charset=utf-8")
    serve_pages(http_server, range(5))
    source = sitemap_source(http_server)
    service = Service(fast, store, workers=1)
    result = service.crawl_once([source], now=NOW)[0]
    assert not result.error and result.outcomes["stored"] == 3 and result.outcomes["too-old"] == 1
    times = {0: "2026-11-27T08:15:00+07:00", 1: "2026-11-27T09:40:00+07:00", 2: "2026-11-27T10:05:00+07:00"}
    for n, when in times.items():
        article = store.get_article(doc_id(base + page_path(n)))
        assert article.status == "complete" and article.text.startswith(story(n).paragraphs[0][:40])
        assert article.title == headline(n), "the sitemap's headline"
        assert article.published == parse_time(when), "the sitemap's time, not the page's"
        assert article.image == f"{base}/anh/{n}.jpg" and article.source == "Giáo dục và Thời đại"
    assert store.get_article(doc_id(base + page_path(3))) is None and page_path(3) not in page_requests(http_server)
    before = len(page_requests(http_server))
    http_server.route("/sitemaps/news.xml", news_sitemap(base, {4: "2026-11-27T12:10:00+07:00", **entries}),
                      content_type="application/xml")
    result = service.crawl_once([source], now=NOW + timedelta(minutes=15))[0]
    assert page_requests(http_server)[before:] == [page_path(4)], "only the new URL's page is read"
    assert result.outcomes["stored"] == 1 and result.outcomes["already-seen"] == 3 and store.count() == 4
    assert store.get_article(doc_id(base + page_path(4))).title == headline(4)


def test_a_sitemap_index_is_read_through_its_newest_children_gzip_ones_too(
        fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    base = http_server.url
    children = [("/sitemaps/2026-11-24.xml", "2026-11-24T23:00:00+07:00"),  # the oldest of four: left for later
                ("/sitemaps/2026-11-27.xml.gz", "2026-11-27T11:00:00+07:00"),
                ("/sitemaps/2026-11-26.xml.gz", "2026-11-26T23:00:00+07:00"),
                ("/sitemaps/2026-11-25.xml", "2026-11-25T23:00:00+07:00")]
    index = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             + "".join(f"<sitemap><loc>{base}{path}</loc><lastmod>{at}</lastmod></sitemap>" for path, at in children)
             + "<sitemap><loc>https://quangcao.example/sitemap.xml</loc><lastmod>2026-11-27T12:00:00Z</lastmod></sitemap>"
             + "</sitemapindex>")
    http_server.route("/sitemap.xml", index, content_type="text/xml")
    gz = {"/sitemaps/2026-11-27.xml.gz": news_sitemap(base, {0: "2026-11-27T10:00:00+07:00", 1: "2026-11-27T09:00:00+07:00"}),
          "/sitemaps/2026-11-26.xml.gz": news_sitemap(base, {2: "2026-11-26T20:00:00+07:00"})}
    for path, xml in gz.items():
        http_server.route(path, gzip.compress(xml.encode()), content_type="application/x-gzip")
    # A plain sitemap (loc + lastmod, no namespace prefix) that breaks off in its third entry: the two before it are kept.
    broken = (URLSET + f"<url><loc>{base}{page_path(3)}</loc><lastmod>2026-11-25T21:00:00+07:00</lastmod></url>"
              f"<url><loc>{base}{page_path(1)}</loc><lastmod>2026-11-25T20:00:00+07:00</lastmod></url>"
              f"<url><loc>{base}{page_path(5)}</loc><lastmod>2026-11-25T1")
    http_server.route("/sitemaps/2026-11-25.xml", broken, content_type="application/xml")
    serve_pages(http_server, range(6))
    result = Service(fast, store, workers=1).crawl_once([sitemap_source(http_server, "/sitemap.xml")], now=NOW)[0]
    assert not result.error and result.outcomes["stored"] == 4 and result.outcomes["sitemap-broken-off"] == 1
    assert result.outcomes["skipped: child sitemap on another site"] == 1
    assert result.outcomes["skipped: older child sitemap left for later"] == 1
    assert set(result.outcomes) <= set(OUTCOMES_VI), "`diemnong crawl` says each count in Vietnamese"
    asked = [path for _, path, _ in http_server.requests]
    assert "/sitemaps/2026-11-24.xml" not in asked and sorted(page_requests(http_server)) == [page_path(n) for n in range(4)]
    assert store.get_article(doc_id(base + page_path(2))).published == parse_time("2026-11-26T20:00:00+07:00")
    plain = store.get_article(doc_id(base + page_path(3)))
    # A plain sitemap's lastmod (when the page last changed) only places it in the window: the time is the page's.
    assert plain.title == story(3).title and plain.published == parse_time("2025-09-05T08:30:00+07:00")
    assert store.get_article(doc_id(base + page_path(1))).title == headline(1), "listed twice: the news entry's headline"
    state = store.get_source_state(sitemap_source(http_server, "/sitemap.xml").url)
    assert state.recent == "1" and state.etag == "", "an index is asked in full each time: its children change under it"


def test_a_malformed_sitemap_is_the_sources_error_in_the_offices_words(
        fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    http_server.route("/sitemaps/news.xml", "<urlset><url><loc>https://x.vn/a.html</loc><url></urlset", content_type="text/xml")
    http_server.route("/trang.xml", "<html><body><p>Không có gì</p></body></html>", content_type="text/html")
    results = Service(fast, store, workers=1).crawl_once([sitemap_source(http_server), sitemap_source(http_server, "/trang.xml")],
                                                         now=NOW)
    for result in results:
        assert "not a readable sitemap" in result.error and store.count() == 0
        assert describe_error(result.error) == "nguồn không phải sơ đồ trang (sitemap) hợp lệ"
        assert store.get_source_state(result.source.url).recent == "0"
    assert "<html>, not <urlset> or <sitemapindex>" in results[1].error


def test_robots_txt_is_honoured_for_the_sitemap_and_its_pages(fast: Settings, store: SQLiteStore,
                                                               http_server: LoopbackServer) -> None:
    base = http_server.url
    http_server.route("/sitemaps/news.xml", news_sitemap(base, {0: "2026-11-27T08:15:00+07:00", 1: "2026-11-27T09:15:00+07:00"}),
                      content_type="application/xml")
    http_server.route("/an/sitemap.xml", news_sitemap(base, {2: "2026-11-27T08:15:00+07:00"}), content_type="application/xml")
    serve_pages(http_server, range(3))
    http_server.route("/robots.txt", f"User-agent: *\nDisallow: {page_path(1)}\nDisallow: /an/\n", content_type="text/plain")
    service = Service(fast, store, workers=1)
    kept, refused = service.crawl_once([sitemap_source(http_server), sitemap_source(http_server, "/an/sitemap.xml")], now=NOW)
    assert "robots.txt" in refused.error and store.get_article(doc_id(base + page_path(2))) is None
    assert page_path(1) not in page_requests(http_server), "a disallowed page is not asked for"
    held = store.get_article(doc_id(base + page_path(1)))
    assert held.status == "feed-only" and held.title == headline(1), "kept from its entry, as a feed item"
    assert store.pending_pages(NOW + timedelta(days=30)) == [], "robots.txt's refusal is not retried"
    assert store.get_article(doc_id(base + page_path(0))).status == "complete" and kept.outcomes["stored"] == 2


def test_the_parser_is_safe_and_reads_real_namespaces() -> None:
    secret = '<!DOCTYPE urlset [<!ENTITY s SYSTEM "file:///etc/passwd">]>'
    found = parse_sitemap((secret + '<urlset><url><loc>https://a.vn/bai-1.html</loc></url>'
                           '<url><loc>https://a.vn/&s;.html</loc></url></urlset>').encode(), "https://a.vn/sitemap.xml")
    assert all("root:" not in e.url for e in found.entries), "no external entity is read"
    old_ns = ('<urlset xmlns="http://www.google.com/schemas/sitemap/0.84"><url><loc>/bai-2.html</loc>'
              '<lastmod>2026-11-27</lastmod></url><url><loc>ftp://a.vn/x</loc></url></urlset>')
    entry, = parse_sitemap(old_ns.encode(), "https://a.vn/sitemap.xml").entries
    assert entry.url == "https://a.vn/bai-2.html" and entry.lastmod == datetime(2026, 11, 27, tzinfo=TZ) and not entry.published
    forgot = ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.vn/bai-3.html</loc><news:news>'
              '<news:publication_date>2026-11-27T08:15:00+07:00</news:publication_date><news:title>Tin mới</news:title>'
              '</news:news></url></urlset>')  # no xmlns:news: read all the same
    entry, = parse_sitemap(forgot.encode(), "https://a.vn/sitemap.xml").entries
    assert entry.title == "Tin mới" and entry.published == datetime(2026, 11, 27, 8, 15, tzinfo=TZ)
    with pytest.raises(SitemapError, match="larger than 10000 bytes .* nothing readable before the cut"):
        parse_sitemap(gzip.compress(b"<urlset>" + b" " * 20_000 + b"</urlset>"), "https://a.vn/s.xml.gz", max_bytes=10_000)


def test_a_gzip_sitemap_larger_than_the_limit_once_unzipped_keeps_its_first_entries_as_a_cut_one() -> None:
    xml = news_sitemap("https://a.vn", {n: "2026-11-27T08:00:00+07:00" for n in range(200)}).encode()
    limit = len(xml) // 2
    sitemap = parse_sitemap(gzip.compress(xml), "https://a.vn/s.xml.gz", max_bytes=limit)
    assert sitemap.cut and 90 <= len(sitemap.entries) <= 100 and sitemap.entries[0].url == "https://a.vn" + page_path(0)
    assert not parse_sitemap(gzip.compress(xml), "https://a.vn/s.xml.gz", max_bytes=len(xml)).cut


def test_sources_yaml_takes_kind_sitemap(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text('sources:\n  - {name: Báo Giáo dục Thủ đô, kind: sitemap, url: "https://giaoducthudo.vn/sitemaps/news.xml", '
                    'section: Giáo dục, interval_minutes: 15}\n', encoding="utf-8")
    assert load_sources(path)[0].kind == "sitemap"
    path.write_text('sources:\n  - {name: Báo X, kind: atom, url: "https://x.vn/feed", section: Giáo dục}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="«sitemap»"):
        load_sources(path)


def test_an_unchanged_sitemap_costs_a_304_and_a_cut_one_keeps_what_came(fast: Settings, store: SQLiteStore,
                                                                         http_server: LoopbackServer) -> None:
    base = http_server.url
    xml = news_sitemap(base, {n: f"2026-11-27T0{n}:00:00+07:00" for n in range(1, 4)}).encode()

    def conditional(server: LoopbackServer, request: Any) -> tuple[int, dict[str, str], bytes]:
        if request.headers.get("If-None-Match") == '"s1"':
            return 304, {}, b""
        return 200, {"ETag": '"s1"', "Content-Type": "application/xml"}, xml

    http_server.route("/sitemaps/news.xml", handler=conditional)
    serve_pages(http_server, range(1, 4))
    service = Service(fast, store, workers=1)
    service.crawl_once([sitemap_source(http_server)], now=NOW)
    before = len(http_server.requests)
    result = service.crawl_once([sitemap_source(http_server)], now=NOW + timedelta(minutes=15))[0]
    assert result.outcomes["not-modified"] == 1 and "items" not in result.outcomes and len(http_server.requests) == before + 1 and store.count() == 3
    # Over crawler.max_response_bytes: the entries that came whole before the cut are taken, the rest is not guessed.
    small = fast.override(crawler__max_response_bytes=len(URLSET) + len(news_url(base, 1, "x")) * 2 + 300)
    big = news_sitemap(base, {n: f"2026-11-27T0{n % 10}:00:00+07:00" for n in range(4, 12)})
    http_server.route("/cut.xml", big, content_type="application/xml")
    serve_pages(http_server, range(4, 12))
    result = Service(small, store, workers=1).crawl_once([sitemap_source(http_server, "/cut.xml")], now=NOW)[0]
    assert not result.error and result.outcomes["sitemap-cut"] == 1 and result.outcomes["stored"] == 2
    assert "sitemap-broken-off" not in result.outcomes  # cut by us, not malformed by the site
    assert set(result.outcomes) <= set(OUTCOMES_VI)
    http_server.route("/cut.xml", URLSET + "<url><loc>" + base + "/x" * 1000 + "</loc></url></urlset>", content_type="application/xml")
    result = Service(small, store, workers=1).crawl_once([sitemap_source(http_server, "/cut.xml")], now=NOW)[0]
    assert "larger than" in result.error and describe_error(result.error) == "trang hoặc nguồn tin quá lớn"


def entry(n: int, at: str | None) -> SitemapEntry:
    return SitemapEntry(url=f"https://a.vn/bai-{n}.html", published=parse_time(at) if at else None)


@pytest.mark.parametrize("entries, taken, old, beyond", [
    pytest.param([entry(1, "2026-11-27T08:00:00+07:00"), entry(2, "2026-11-27T10:00:00+07:00")], [2, 1], 0, 0, id="newest-first"),
    pytest.param([entry(1, "2026-11-23T08:00:00+07:00"), entry(2, "2026-11-25T08:00:00+07:00")], [2], 1, 0, id="older-than-the-window"),
    pytest.param([entry(1, None), entry(2, "2026-11-27T08:00:00+07:00")], [2, 1], 0, 0, id="undated-after-dated"),
    pytest.param([entry(1, "2026-11-27T08:00:00+07:00"), entry(1, "2026-11-27T09:00:00+07:00")], [1], 0, 0, id="listed-twice"),
    pytest.param([entry(1, "2027-01-01T00:00:00+07:00")], [1], 0, 0, id="future-time-is-no-time"),
    pytest.param([entry(n, None) for n in range(SITEMAP_ENTRIES + 5)], list(range(SITEMAP_ENTRIES)), 0, 5, id="capped"),
])
def test_recent_entries(entries: list[SitemapEntry], taken: list[int], old: int, beyond: int) -> None:
    kept, too_old, cut = recent_entries(entries, NOW)
    assert [int(e.url.split("-")[1].split(".")[0]) for e in kept] == taken and (too_old, cut) == (old, beyond)


def test_entries_that_redirect_or_are_no_article_are_not_asked_again(fast: Settings, store: SQLiteStore,
                                                                      http_server: LoopbackServer) -> None:
    base = http_server.url
    plain = "".join(f"<url><loc>{base}/a/{n}</loc><lastmod>2026-11-27T0{n}:00:00+07:00</lastmod></url>" for n in (1, 2))
    http_server.route("/sitemaps/news.xml", URLSET + plain + f"<url><loc>{base}/giao-duc/</loc></url></urlset>",
                      content_type="application/xml")
    for n in (1, 2):  # a short address that leads to the article's page
        http_server.route(f"/a/{n}", b"", status=301, headers={"Location": base + page_path(n)})
    serve_pages(http_server, [1, 2])
    http_server.route("/giao-duc/", topic_page(list(range(12))))  # a section page the plain sitemap lists
    service = Service(fast, store, workers=1)
    first = service.crawl_once([sitemap_source(http_server)], now=NOW)[0]
    assert first.outcomes["stored"] == 2 and first.outcomes["not-an-article"] == 1, first.outcomes
    before = len(http_server.requests)
    second = service.crawl_once([sitemap_source(http_server)], now=NOW + timedelta(minutes=15))[0]
    assert [path for _, path, _ in http_server.requests[before:]] == ["/sitemaps/news.xml"]
    assert second.outcomes["already-seen"] == 3 and "items" not in second.outcomes and store.count() == 2



def test_a_sitemap_with_more_section_pages_than_the_old_cursor_kept_asks_none_again(
        fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    """The cursor kept 300 addresses found to be no article, then twice max_entries: a plain sitemap listing 500 section
    pages (window 30 days, max_entries 200) had 100 of them fetched again on every poll, forever. An address stays
    known while the sitemap lists it in the window: the third poll takes the last ones, the fourth asks none."""
    sections = 500
    http_server.route("/sitemaps/news.xml", URLSET + "".join(
        f"<url><loc>{http_server.url}/chuyen-muc/{n}/</loc><lastmod>2026-11-2{n % 7}T08:00:00+07:00</lastmod></url>"
        for n in range(sections)) + "</urlset>", content_type="application/xml")
    for n in range(sections):
        http_server.route(f"/chuyen-muc/{n}/", topic_page([n]))
    source = dataclasses.replace(sitemap_source(http_server), window_days=30, max_entries=200)
    service = Service(fast, store, workers=1)
    taken = [service.crawl_once([source], now=NOW + timedelta(minutes=30 * n))[0].outcomes.get("not-an-article", 0)
             for n in range(3)]
    assert taken == [200, 200, 100]
    before = len(http_server.requests)
    last = service.crawl_once([source], now=NOW + timedelta(minutes=90))[0]
    assert [path for _, path, _ in http_server.requests[before:]] == ["/sitemaps/news.xml"], "sections asked again"
    assert last.outcomes["already-seen"] == sections


def test_a_child_sitemap_failing_once_keeps_its_addresses_known(
        fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    """The cursor kept only the addresses the poll read: a child sitemap of an index failing once (a 503, a timeout on a
    big generated one) made its section pages forgotten, all fetched again when it came back."""
    base, sections = http_server.url, 400
    http_server.route("/sitemap_index.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
                      'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                      f'<sitemap><loc>{base}/post-sitemap.xml</loc></sitemap>'
                      f'<sitemap><loc>{base}/tag-sitemap.xml</loc></sitemap></sitemapindex>', content_type="application/xml")
    http_server.route("/post-sitemap.xml", URLSET + f"<url><loc>{base}/giao-duc/bai-1.html</loc>"
                      "<lastmod>2026-11-26T08:00:00+07:00</lastmod></url></urlset>", content_type="application/xml")
    http_server.route("/giao-duc/bai-1.html", gdtd_page(1))
    tags = URLSET + "".join(f"<url><loc>{base}/tag/{n}/</loc><lastmod>2026-11-2{n % 7}T08:00:00+07:00</lastmod></url>"
                            for n in range(sections)) + "</urlset>"
    http_server.route("/tag-sitemap.xml", tags, content_type="application/xml")
    for n in range(sections):
        http_server.route(f"/tag/{n}/", topic_page([n]))
    source = dataclasses.replace(sitemap_source(http_server), url=base + "/sitemap_index.xml", window_days=30,
                                 max_entries=500)
    service = Service(fast, store, workers=1)
    asked = []
    for poll in range(3):
        http_server.route("/tag-sitemap.xml", *(("quá tải", 503) if poll == 1 else (tags, 200)),
                          content_type="text/plain" if poll == 1 else "application/xml")
        before = len(http_server.requests)
        service.crawl_once([source], now=NOW + timedelta(minutes=30 * poll))
        asked.append(sum(path.startswith("/tag/") for _, path, _ in http_server.requests[before:]))
    assert asked == [sections, 0, 0], "a failed child's section pages asked again when it came back"


def test_the_cursor_forgets_what_the_sitemap_no_longer_lists_and_is_bounded() -> None:
    """Addresses no longer listed in the window: only the newest CURSOR_SEEN (no article) and CURSOR_GUIDS (kept) stay;
    listed ones stay, CURSOR_LISTED at most. Built in one pass: the old cursor's list was searched again for each new
    address (20,000 old, 5,000 new took seconds)."""
    old = [f"https://gd.vn/cu/{n}" for n in range(20_000)]
    cursor = {"no_article": old, "guids": {u: u for u in old[:5000]}}
    new = {f"https://gd.vn/moi/{n}": "" for n in range(5000)} | {"https://gd.vn/bai-1.html": "https://gd.vn/bai-1.html"}
    started = time.perf_counter()
    after = remember_entries(cursor, new, listed=set(old[10_000:12_000]) | {"https://gd.vn/moi/4999"})
    assert time.perf_counter() - started < 0.5
    assert after["no_article"] == [*new][:CURSOR_SEEN] + ["https://gd.vn/moi/4999"] + old[10_000:12_000]
    assert list(after["guids"]) == [*old[5000 - CURSOR_GUIDS + 1:5000], "https://gd.vn/bai-1.html"]
    everything = remember_entries({}, {f"https://gd.vn/{n}": "" for n in range(CURSOR_LISTED + 500)},
                                  listed={f"https://gd.vn/{n}" for n in range(CURSOR_LISTED + 500)})
    assert len(everything["no_article"]) == CURSOR_LISTED


@pytest.mark.parametrize("written, title", [
    ("Bộ GD&amp;amp;ĐT: học sinh &amp;quot;bị phạt&amp;quot;", 'Bộ GD&ĐT: học sinh "bị phạt"'),
    ("<![CDATA[Thầy giáo &quot;vượt khó&quot; &amp; trò]]>", 'Thầy giáo "vượt khó" & trò'),
    ("<![CDATA[Cuộc thi <<Em yêu khoa học>> của Bộ KH&GTVT]]>", "Cuộc thi <<Em yêu khoa học>> của Bộ KH&GTVT"),
])
def test_a_news_titles_entities_are_decoded_as_a_feeds_are(written: str, title: str) -> None:
    xml = (URLSET + "<url><loc>https://a.vn/bai-1.html</loc><news:news><news:title>" + written
           + "</news:title></news:news></url></urlset>")
    assert parse_sitemap(xml.encode()).entries[0].title == title


def test_what_a_feeds_reader_forgives_a_sitemaps_reader_forgives() -> None:
    """A stray «&nbsp;», a bare «&» in an address, a UTF-8 document declared UTF-16: repaired as a feed is
    (crawlers.feeds.repaired_xml), every entry kept."""
    xml = (URLSET.replace("UTF-8", "UTF-16") + "<url><loc>https://a.vn/bai-1.html</loc><news:news><news:title>Hà Nội&nbsp;mưa lớn"
           "</news:title></news:news></url><url><loc>https://a.vn/tim?muc=1&trang=2</loc></url>"
           "<url><loc>https://a.vn/bai-3.html</loc><news:news><news:title>Bộ KH&GTVT &hellip;</news:title></news:news></url></urlset>")
    sitemap = parse_sitemap(xml.encode("utf-8"), "https://a.vn/sitemap.xml")
    assert [(e.url, e.title) for e in sitemap.entries] == [
        ("https://a.vn/bai-1.html", "Hà Nội mưa lớn"), ("https://a.vn/tim?muc=1&trang=2", ""), ("https://a.vn/bai-3.html", "Bộ KH&GTVT …")]
    assert not sitemap.problem


def test_a_reference_too_long_an_unclosed_cdata_and_entities_without_semicolons_are_read_as_xml_and_html_read_them() -> None:
    """A decimal reference of 5,000 digits raised ValueError (int()'s limit) out of the poll; an unclosed CDATA was
    scanned to the end again for each one (0.4 MB: 8 s, 1.6 MB: 139 s); «&nbsp 2027» stayed «&nbsp 2027» in a title,
    though HTML reads its legacy names without «;» (not before «=»: a link's «&sect=2» stays)."""
    import time

    from crawlers.feeds import parse_feed, repaired_xml

    xml = (URLSET + "<url><loc>https://a.vn/bai-1.html</loc><news:news><news:title>Học phí &#" + "9" * 5000
           + "; đồng</news:title></news:news></url></urlset>")
    assert parse_sitemap(xml.encode(), "https://a.vn/sitemap.xml").entries[0].title == "Học phí \ufffd đồng"
    started = time.monotonic()
    repaired_xml(b"<rss><channel>" + b"<![CDATA[ ch\xc6\xb0a \xc4\x91\xc3\xb3ng " * 40_000)
    assert time.monotonic() - started < 3, "one scan, not one for each unclosed CDATA"
    feed = parse_feed(('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title><item>'
                       "<title>Điểm chuẩn&nbsp 2027 &copy 2026 &quot chính thức&quot</title>"
                       "<link>https://a.vn/tin?id=5&sect=2&reg=1</link></item></channel></rss>").encode())
    [item] = feed.items
    assert (item.title, item.url) == ("Điểm chuẩn 2027 © 2026 \" chính thức\"", "https://a.vn/tin?id=5&sect=2&reg=1")


def test_a_sitemap_asked_at_the_outlet_and_served_from_another_host_keeps_the_outlet_s_entries() -> None:
    xml = URLSET + "<url><loc>https://a.vn/bai-1.html</loc><news:news><news:title>Tin một</news:title></news:news></url></urlset>"
    served = parse_sitemap(xml.encode(), "https://cdn.example.net/a/sitemap.xml", asked="https://a.vn/sitemap.xml")
    assert [e.url for e in served.entries] == ["https://a.vn/bai-1.html"]
    elsewhere = parse_sitemap(xml.encode(), "https://cdn.example.net/a/sitemap.xml")
    assert not elsewhere.entries and elsewhere.skipped == {"entry on another site": 1}


def index_of(locs: list[str]) -> bytes:
    return ('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<sitemap><loc>https://a.vn{loc}</loc></sitemap>" for loc in locs) + "</sitemapindex>").encode()


@pytest.mark.parametrize("locs, children", [
    pytest.param([f"/sitemaps/{y}-{m:02d}.xml" for y in range(2015, 2027) for m in range(1, 13) if (y, m) <= (2026, 11)],
                 ["/sitemaps/2026-11.xml", "/sitemaps/2026-10.xml", "/sitemaps/2026-09.xml"], id="monthly-oldest-first"),
    pytest.param(["/sm/news-2026-11-25.xml", "/sm/news-2026-11-27.xml", "/sm/news-2026-11-26.xml", "/sm/news-2026-11-24.xml"],
                 ["/sm/news-2026-11-27.xml", "/sm/news-2026-11-26.xml", "/sm/news-2026-11-25.xml"], id="daily"),
    pytest.param(["/2026/11/25/sitemap.xml", "/2026/11/27/sitemap.xml", "/2026/11/26/sitemap.xml", "/2026/11/01/sitemap.xml"],
                 ["/2026/11/27/sitemap.xml", "/2026/11/26/sitemap.xml", "/2026/11/25/sitemap.xml"], id="path"),
    pytest.param(["/sm/posts-1.xml", "/sm/posts-2.xml", "/sm/posts-3.xml", "/sm/posts-4.xml"],
                 ["/sm/posts-4.xml", "/sm/posts-3.xml", "/sm/posts-2.xml"], id="undated-the-last-listed"),
])
def test_an_index_without_lastmod_is_read_through_the_children_its_addresses_date_newest(locs: list[str],
                                                                                          children: list[str]) -> None:
    sitemap = parse_sitemap(index_of(locs), "https://a.vn/sitemap.xml")
    assert sitemap.children == ["https://a.vn" + c for c in children]


def test_a_sitemap_whose_entries_are_all_too_old_says_so(fast: Settings, store: SQLiteStore,
                                                        http_server: LoopbackServer) -> None:
    http_server.route("/sitemaps/news.xml", news_sitemap(http_server.url, {1: "2026-10-01T08:00:00+07:00",
                                                                           2: "2026-09-01T08:00:00+07:00"}),
                      content_type="application/xml")
    result = Service(fast, store, workers=1).crawl_once([sitemap_source(http_server)], now=NOW)[0]
    assert not result.error and result.outcomes["too-old"] == 2 and result.outcomes["nothing-recent"] == 1
    assert set(result.outcomes) <= set(OUTCOMES_VI) and store.count() == 0


def test_a_plain_sitemaps_lastmod_is_no_publication_time_and_entries_on_other_sites_are_skipped(
        fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    base, other = http_server.url, http_server.url.replace("127.0.0.1", "localhost")
    plain = "".join(f"<url><loc>{base}{page_path(n)}</loc><lastmod>{at}</lastmod></url>"
                    for n, at in ((1, "2026-11-27T11:40:00+07:00"), (2, "2026-11-27")))
    foreign = f"<url><loc>{other}{page_path(3)}</loc></url><url><loc>https://vnexpress.net/bai-4.html</loc></url>"
    http_server.route("/sitemap.xml", URLSET + plain + foreign + "</urlset>", content_type="application/xml")
    http_server.route(page_path(1), gdtd_page(1, date="12/03/2024 08:30", meta_time="2024-03-12T08:30:00+07:00"))
    http_server.route(page_path(2), gdtd_page(2, date="27/11/2026 09:45", meta_time="2026-11-27T09:45:00+07:00"))
    http_server.route(page_path(3), gdtd_page(3))
    result = Service(fast, store, workers=1).crawl_once([sitemap_source(http_server, "/sitemap.xml")], now=NOW)[0]
    assert result.outcomes["stored"] == 2 and result.outcomes["skipped: entry on another site"] == 2
    assert set(result.outcomes) <= set(OUTCOMES_VI) and page_path(3) not in page_requests(http_server)
    published = {n: store.get_article(doc_id(base + page_path(n))).published for n in (1, 2)}
    assert published == {1: parse_time("2024-03-12T08:30:00+07:00"), 2: parse_time("2026-11-27T09:45:00+07:00")}


def test_a_sitemap_sources_window_and_number_of_entries_are_its_own_settings(fast: Settings, store: SQLiteStore,
                                                                            http_server: LoopbackServer,
                                                                            tmp_path: Path) -> None:
    """A sitemap source of sources.yaml with `window_days: 7` and `max_entries: 2`: an entry five days old is taken (it
    was too old at the fixed three days), and two entries a poll, the newest first (it took 200); another source
    keeps the defaults (3 days, 200)."""
    base = http_server.url
    days = {0: "2026-11-27T11:00:00+07:00", 1: "2026-11-22T08:00:00+07:00", 2: "2026-11-26T08:00:00+07:00",
            3: "2026-11-18T08:00:00+07:00"}  # 0 today, 1 five days old, 2 yesterday, 3 nine days old
    http_server.route("/sitemaps/news.xml", news_sitemap(base, days), content_type="application/xml")
    http_server.route("/other/news.xml", news_sitemap(base, {n + 4: when for n, when in days.items()}),
                      content_type="application/xml")
    serve_pages(http_server, range(8))
    path = tmp_path / "sources.yaml"
    path.write_text(f'sources:\n  - {{name: Báo A, kind: sitemap, url: "{base}/sitemaps/news.xml", section: Giáo dục, '
                    f'window_days: 7, max_entries: 2}}\n  - {{name: Báo B, kind: sitemap, url: "{base}/other/news.xml", '
                    'section: Giáo dục}\n', encoding="utf-8")
    own, default = load_sources(path)
    assert (own.window_days, own.max_entries, default.window_days, default.max_entries) == (7, 2, 3, 200)
    service = Service(fast, store, workers=1)
    first, other = service.crawl_once([own, default], now=NOW)
    assert (first.outcomes["stored"], first.outcomes["too-old"], first.outcomes["beyond-the-newest"]) == (2, 1, 1)
    assert [n for n in range(4) if store.get_article(doc_id(base + page_path(n)))] == [0, 2], "the newest two"
    assert (other.outcomes["stored"], other.outcomes["too-old"]) == (2, 2), "3 days: the five days old one is left"
    second = service.crawl_once([own], now=NOW + timedelta(minutes=30))[0]
    assert second.outcomes["stored"] == 1 and store.get_article(doc_id(base + page_path(1))).status == "complete"


@pytest.mark.parametrize("line, said", [
    ("kind: sitemap, window_days: 0", "sources.0.window_days: phải từ 1 đến 30"),
    ("kind: sitemap, window_days: 31", "sources.0.window_days: phải từ 1 đến 30"),
    ("kind: sitemap, max_entries: 0", "sources.0.max_entries: phải từ 1 đến 2000"),
    ("kind: sitemap, max_entries: 5000", "sources.0.max_entries: phải từ 1 đến 2000"),
    ('kind: sitemap, window_days: "ba"', "sources.0.window_days: cần một số nguyên \\(đã nhập 'ba'\\)"),
    ("kind: rss, window_days: 7", "sources.0.window_days: chỉ dùng cho nguồn loại «sitemap» \\(sơ đồ trang\\)"),
    ("kind: rss, max_entries: 200", "sources.0.max_entries: chỉ dùng cho nguồn loại «sitemap»"),
])
def test_a_sitemap_sources_settings_are_checked_in_vietnamese(tmp_path: Path, line: str, said: str) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(f'sources:\n  - {{name: Báo X, {line}, url: "https://x.vn/sitemap.xml", section: Giáo dục}}\n',
                    encoding="utf-8")
    with pytest.raises(ConfigError, match=f"sources.yaml:2: {said}"):
        load_sources(path)
