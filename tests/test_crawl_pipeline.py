"""Crawling through the whole service into a real SQLite store: nothing lost, nothing twice, copies grouped,
pages retried with backoff, listing walks in the scheduler's loop, source health, the command, a crash."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from diemnong.cli import main
from diemnong.config import Settings, Source
from diemnong.domain import TZ, SourceState, doc_id
from diemnong.health import source_health
from diemnong.pipeline import Service
from store.sqlite import SQLiteStore
from tests.conftest import ROOT, LoopbackServer
from tests.crawl_samples import gdtd_page, gdtd_rss, listing_page, story

NOW = datetime(2025, 9, 5, 12, 0, tzinfo=TZ)


@pytest.fixture
def fast(settings: Settings) -> Settings:
    return settings.override(crawler__retry_backoff_seconds=0.01, crawler__max_retries=1, crawler__timeout_seconds=2.0)


def feed_source(server: LoopbackServer, name: str, path: str, numbers: list[int], page_prefix: str = "/giao-duc") -> Source:
    xml = gdtd_rss(server.url, numbers).replace("/giao-duc/bai-", f"{page_prefix}/bai-")
    server.route(path, xml, content_type="application/rss+xml; charset=utf-8")
    for n in numbers:
        server.route(f"{page_prefix}/bai-{n}-post{700000 + n}.html", gdtd_page(n))
    return Source(name=name, kind="rss", url=server.url + path, section="Giáo dục")


def page_url(server: LoopbackServer, n: int, prefix: str = "/giao-duc") -> str:
    return f"{server.url}{prefix}/bai-{n}-post{700000 + n}.html"


def test_failed_pages_are_kept_and_retried_with_backoff(fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    source = feed_source(http_server, "Báo A", "/a.rss", [0, 1, 2])
    http_server.route("/giao-duc/bai-0-post700000.html", status=503)
    http_server.route("/giao-duc/bai-2-post700002.html", status=410)
    service = Service(fast, store, workers=1)
    result = service.crawl_once([source], now=NOW)[0]
    assert result.outcomes["stored"] == 3 and result.outcomes["page-failed"] == 2
    first, gone = store.get_article(doc_id(page_url(http_server, 0))), store.get_article(doc_id(page_url(http_server, 2)))
    assert first.status == "feed-only" and first.title == story(0).title and first.classification is not None
    assert gone.status == "feed-only" and store.page_attempts(gone.id) == 1
    assert store.pending_pages(NOW + timedelta(minutes=59)) == [], "the first retry waits an hour"
    assert [a.id for a in store.pending_pages(NOW + timedelta(minutes=61))] == [first.id], "410 Gone is not retried"
    before = len(http_server.requests)
    service.crawl_once([], now=NOW + timedelta(minutes=30))
    assert len(http_server.requests) == before, "nothing due yet"
    later = NOW + timedelta(minutes=61)
    service.crawl_once([], now=later)
    assert store.page_attempts(first.id) == 2 and store.pending_pages(later + timedelta(hours=3, minutes=59)) == []
    assert len(store.pending_pages(later + timedelta(hours=4, minutes=1))) == 1, "then four hours"
    http_server.route("/giao-duc/bai-0-post700000.html", gdtd_page(0))
    service.crawl_once([], now=later + timedelta(hours=4, minutes=1))
    done = store.get_article(first.id)
    assert done.status == "complete" and done.text.startswith(story(0).paragraphs[0][:40])
    assert done.published == first.published, "the feed's time is kept"
    assert store.pending_pages(NOW + timedelta(days=30)) == [] and store.count() == 3


def test_retries_give_up_after_the_last_step(fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    source = feed_source(http_server, "Báo A", "/a.rss", [0])
    http_server.route("/giao-duc/bai-0-post700000.html", status=500)
    service = Service(fast.override(crawler__page_retry_hours=[1]), store, workers=1)
    service.crawl_once([source], now=NOW)
    service.crawl_once([], now=NOW + timedelta(hours=2))
    assert store.pending_pages(NOW + timedelta(days=365)) == [] and store.count() == 1
    assert store.get_article(doc_id(page_url(http_server, 0))).status == "feed-only", "kept, not deleted"


def test_syndicated_copies_are_grouped_under_the_first_and_exact_duplicates_dropped(
        fast: Settings, tmp_path: Path, http_server: LoopbackServer) -> None:
    a = feed_source(http_server, "Báo A", "/a.rss", [0, 1], "/a")
    b = feed_source(http_server, "Báo B", "/b.rss", [0, 2], "/b")
    http_server.route("/b/bai-0-post700000.html", gdtd_page(0).replace("</div>\n</article>", "<p>Theo Báo A</p></div>\n</article>"))
    # Báo C links Báo A's article itself (AMP variant, tracking parameters): the same document, not a copy.
    c_xml = gdtd_rss(http_server.url, [1]).replace("/giao-duc/bai-1-post700001.html", "/a/bai-1-post700001.html/amp?utm_source=rss")
    http_server.route("/c.rss", c_xml, content_type="application/rss+xml")
    c = Source(name="Báo C", kind="rss", url=http_server.url + "/c.rss", section="x")
    path = tmp_path / "s.sqlite3"
    store = SQLiteStore(path)
    Service(fast, store, workers=1).crawl_once([a], now=NOW)
    store.close()
    store = SQLiteStore(path)  # a restart: the fingerprints of stored articles are rebuilt from the store
    results = Service(fast, store, workers=1).crawl_once([b, c], now=NOW + timedelta(hours=1))
    original = store.get_article(doc_id(page_url(http_server, 0, "/a")))
    copy = store.get_article(doc_id(page_url(http_server, 0, "/b")))
    other = store.get_article(doc_id(page_url(http_server, 2, "/b")))
    assert copy.duplicate_of == original.id and original.duplicate_of == "" and other.duplicate_of == ""
    assert store.count() == 4, "two stories of A, the copy and another story of B; C brought nothing new"
    assert results[1].outcomes.get("already-seen") == 1 and results[1].outcomes.get("new") is None
    store.close()


def test_state_is_saved_after_the_articles_and_the_next_poll_costs_a_304(fast: Settings, store: SQLiteStore,
                                                                          http_server: LoopbackServer) -> None:
    source = feed_source(http_server, "Báo A", "/a.rss", [0, 1])

    def conditional(server: LoopbackServer, request: Any) -> tuple[int, dict[str, str], bytes]:
        if request.headers.get("If-None-Match") == '"v2"':
            return 304, {}, b""
        return 200, {"ETag": '"v2"', "Content-Type": "application/rss+xml"}, gdtd_rss(server.url, [0, 1]).encode()

    http_server.route("/a.rss", handler=conditional)
    service = Service(fast, store, workers=1)
    service.crawl_once([source], now=NOW)
    service.crawl_once([source], now=NOW + timedelta(minutes=15))
    state = store.get_source_state(source.url)
    assert state.etag == '"v2"' and state.recent == "11" and state.articles == 2
    assert state.counts["not-modified"] == 1 and state.counts["page-fetched"] == 2 and state.counts["stored"] == 2


def test_listing_sources_poll_again_and_again_in_one_process(fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    """The scheduler of `diemnong run` calls crawl_once forever; scrapy's reactor cannot restart, the child process can."""
    http_server.route("/giao-duc", listing_page(http_server.url, [0, 1]))
    for n in range(4):
        http_server.route(f"/giao-duc/bai-{n}-{1000000 + n}.ldo", gdtd_page(n))
    source = Source(name="Lao Động", kind="html", url=http_server.url + "/giao-duc", section="Giáo dục", max_pages=1,
                    selectors={"article_links": "article.item h3 a"})
    service = Service(fast, store, workers=1)
    for round_, numbers in enumerate(([0, 1], [2, 0, 1], [3, 2, 0])):
        http_server.route("/giao-duc", listing_page(http_server.url, numbers))
        result = service.crawl_once([source], now=NOW + timedelta(minutes=30 * round_))[0]
        assert not result.error and result.outcomes["stored"] == (2 if round_ == 0 else 1)
    assert store.count() == 4 and all(a.status == "complete" and a.source == "Lao Động" for a in store.iter_articles())


def test_source_health(fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    good = feed_source(http_server, "Báo A", "/a.rss", [0, 1])
    bad = Source(name="Báo Hỏng", kind="rss", url=http_server.url + "/missing.rss", section="x", interval_minutes=15)
    never = Source(name="Báo Mới", kind="rss", url=http_server.url + "/new.rss", section="x")
    service = Service(fast, store, workers=1)
    service.crawl_once([good, bad], now=NOW)
    http_server.route("/missing.rss", gdtd_rss(http_server.url, []), content_type="application/rss+xml")
    service.crawl_once([bad], now=NOW + timedelta(minutes=15))
    http_server.routes.pop("/missing.rss")
    service.crawl_once([bad], now=NOW + timedelta(minutes=30))
    health = {h.name: h for h in source_health(store, [good, bad, never], NOW + timedelta(minutes=31), days=7)}
    assert health["Báo A"].status == "ok" and health["Báo A"].error_rate == 0 and health["Báo A"].articles == 2
    assert health["Báo A"].articles_per_day == round(2 / 7, 2) and health["Báo A"].last_success == NOW
    hurt = health["Báo Hỏng"]
    assert hurt.status == "failing" and hurt.error_rate == round(2 / 3, 3) and "HTTP 404" in hurt.last_error
    assert hurt.last_success == NOW + timedelta(minutes=15) and hurt.polls == 3
    assert health["Báo Mới"].status == "never polled"
    stale = {h.name: h for h in source_health(store, [good], NOW + timedelta(hours=3))}
    assert stale["Báo A"].status == "stale", "no success for three poll intervals"


def test_crawl_prints_a_feeds_skip_reasons_and_a_polls_counts_in_vietnamese() -> None:
    from diemnong.cli import _outcomes

    said = _outcomes({"new": 3, "already-seen": 2, "skipped: repeated GUID in the same feed": 1})
    assert said == "đã có 2, bài mới 3, bỏ qua: GUID lặp lại trong cùng nguồn tin 1"
    assert _outcomes({}) == "không có bài mới"


def test_crawl_command(tmp_path: Path, http_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch,
                       capsys: pytest.CaptureFixture[str]) -> None:
    feed_source(http_server, "Báo A", "/a.rss", [0, 1])
    for key, value in {"DIEMNONG_ALLOW_PRIVATE_ADDRESSES": "1", "DIEMNONG_HOST_DELAY": "0", "DIEMNONG_NLP_WORKERS": "1"}.items():
        monkeypatch.setenv(key, value)
    home = str(tmp_path / "home")
    assert main(["--home", home, "crawl", "--once", "--source", http_server.url + "/a.rss"]) == 0
    out = capsys.readouterr().out
    assert "bài mới 2" in out and "đã lưu 2" in out and "1 nguồn, 0 lỗi" in out and "new 2" not in out, out
    monkeypatch.setenv("DIEMNONG_ALLOW_PRIVATE_ADDRESSES", "0")
    assert main(["--home", home, "crawl", "--once", "--source", http_server.url + "/a.rss"]) == 1, "every source failed"
    assert "non-public address 127.0.0.1" in capsys.readouterr().out


def _count(db: Path) -> list[str]:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return [r[0] for r in con.execute("SELECT id FROM articles")]
        finally:
            con.close()
    except sqlite3.Error:
        return []


def test_a_crawl_killed_midway_loses_nothing_and_duplicates_nothing(tmp_path: Path) -> None:
    server = LoopbackServer()
    try:
        urls = []
        for f in range(3):
            numbers = [f * 4 + i for i in range(4)]
            xml = gdtd_rss(server.url, numbers).replace("/giao-duc/bai-", f"/s{f}/bai-")
            server.route(f"/s{f}.rss", xml, content_type="application/rss+xml")
            for n in numbers:
                server.route(f"/s{f}/bai-{n}-post{700000 + n}.html", gdtd_page(n), delay=0.4)
            urls.append(server.url + f"/s{f}.rss")
        home = tmp_path / "home"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "DIEMNONG_ALLOW_PRIVATE_ADDRESSES": "1", "DIEMNONG_HOST_DELAY": "0",
               "DIEMNONG_NLP_WORKERS": "1", "DIEMNONG_LOG_LEVEL": "WARNING"}
        command = [sys.executable, "-m", "diemnong", "--home", str(home), "crawl", "--once"] + [a for u in urls for a in ("--source", u)]
        db = home / "diemnong.sqlite3"
        child = subprocess.Popen(command, env=env, cwd=str(ROOT), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        stored: list[str] = []
        while time.monotonic() < deadline and len(stored) < 3 and child.poll() is None:
            time.sleep(0.1)
            stored = _count(db)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        stored = _count(db)
        assert 3 <= len(stored) < 12, f"killed with {len(stored)} articles stored"
        killed_at = len(server.requests)
        done = subprocess.run(command, env=env, cwd=str(ROOT), capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, done.stderr[-2000:]
        assert "3 nguồn, 0 lỗi" in done.stdout
        store = SQLiteStore(db)
        try:
            articles = list(store.iter_articles())
            assert len(articles) == 12 and len({a.url for a in articles}) == 12, "nothing lost, nothing twice"
            assert all(a.status == "complete" for a in articles)
            refetched = {p for _, p, _ in server.requests[killed_at:]}
            for a in articles:
                if a.id in stored:
                    assert a.url.replace(server.url, "") not in refetched, f"{a.url} was stored before the crash and fetched again"
            assert all(store.get_source_state(u).last_success is not None for u in urls)
        finally:
            store.close()
    finally:
        server.close()


def test_feed_dates_as_vietnamese_feeds_write_them(fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    """feedparser refuses GMT+7, d/m/y and Vietnamese month names and reads ICT as UTC; each item is stored at its
    own time in Asia/Ho_Chi_Minh, not at the time it was first seen (or seven hours late)."""
    forms = {
        "Fri, 05 Sep 2025 08:30:00 +0700": "2025-09-05T08:30:00+07:00",
        "Fri, 05 Sep 2025 08:31:00 GMT+7": "2025-09-05T08:31:00+07:00",
        "Fri, 05 Sep 2025 08:32:00 ICT": "2025-09-05T08:32:00+07:00",
        "Fri, 5 Sep 2025 08:33:00": "2025-09-05T08:33:00+07:00",
        "05/09/2025 08:34:00": "2025-09-05T08:34:00+07:00",
        "Thứ Sáu, 05/09/2025 08:35 (GMT+7)": "2025-09-05T08:35:00+07:00",
        "Thứ Sáu, 05 Tháng 9 2025 08:36:00 GMT+7": "2025-09-05T08:36:00+07:00",
        "Thứ sáu, 05 tháng Chín 2025 08:37:00 +0700": "2025-09-05T08:37:00+07:00",
        "Fri, 05 Sep 2025 01:38:00 GMT": "2025-09-05T08:38:00+07:00",
    }
    items = "".join(f"<item><title>Bài {i}</title><link>{http_server.url}/d/{i}.html</link><pubDate>{raw}</pubDate></item>"
                    for i, raw in enumerate(forms))
    http_server.route("/dates.rss", f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>T</title>{items}</channel></rss>",
                      content_type="application/rss+xml; charset=utf-8")
    result = Service(fast, store, workers=1).crawl_once([Source(name="Báo A", kind="rss", url=http_server.url + "/dates.rss", section="")],
                                                       now=NOW)[0]
    assert result.outcomes["stored"] == len(forms) and "no-date" not in result.outcomes
    for i, (raw, expected) in enumerate(forms.items()):
        article = store.get_article(doc_id(f"{http_server.url}/d/{i}.html"))
        assert article.published == datetime.fromisoformat(expected), raw
        assert article.published.utcoffset() == timedelta(hours=7), raw


def test_a_redirected_link_is_stored_at_the_address_it_leads_to(fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    """A feed linking through a 301 chain or another host's click-through address gets the article stored once, under
    its own canonical address, whichever feed is read first and whether in one run or the next."""
    other = LoopbackServer("127.0.0.2")
    try:
        direct = feed_source(http_server, "Báo A", "/a.rss", [0, 1])
        http_server.route("/r/1", status=301, headers={"Location": "/r/2"})
        http_server.route("/r/2", status=302, headers={"Location": "/giao-duc/bai-0-post700000.html?utm_source=rss"})
        other.route("/click/1", status=301, headers={"Location": page_url(http_server, 1) + "?utm_medium=feed"})
        other.route("/click/2", status=301, headers={"Location": page_url(http_server, 2)})
        http_server.route("/giao-duc/bai-2-post700002.html", gdtd_page(2))
        items = "".join(f"<item><title>{story(n).title}</title><link>{link}</link><guid>g{n}</guid>"
                        f"<pubDate>Fri, 05 Sep 2025 08:00:00 +0700</pubDate></item>"
                        for n, link in ((0, http_server.url + "/r/1"), (1, other.url + "/click/1"), (2, other.url + "/click/2")))
        other.route("/b.rss", f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>B</title>{items}</channel></rss>",
                    content_type="application/rss+xml")
        redirecting = Source(name="Báo B", kind="rss", url=other.url + "/b.rss", section="")
        service = Service(fast, store, workers=1)
        first = service.crawl_once([redirecting], now=NOW)[0]
        assert first.outcomes["stored"] == 3
        urls = {a.url for a in store.get_articles([doc_id(page_url(http_server, n)) for n in (0, 1, 2)])}
        assert urls == {page_url(http_server, n) for n in (0, 1, 2)}, "stored at the pages' own canonical addresses"
        assert all(a.status == "complete" for a in store.get_articles([doc_id(u) for u in urls]))
        second = service.crawl_once([direct], now=NOW + timedelta(minutes=30))[0]
        assert second.outcomes.get("stored", 0) == 0 and second.outcomes["already-seen"] == 2
        assert store.count() == 3, "no second copy of an article reached directly"
    finally:
        other.close()


def test_a_page_retry_after_a_restart_asks_for_the_link_as_published(fast: Settings, tmp_path: Path,
                                                                       http_server: LoopbackServer) -> None:
    """The canonical address drops the `from` parameter the site's router needs: the stored article keeps the feed's
    link, and the retry, by a new service on the reopened store, asks for that link, not for the canonical address."""
    up = {"now": False}

    def needs_section(server: LoopbackServer, request: Any) -> tuple[int, dict[str, str], bytes]:
        if not up["now"]:
            return 503, {"Content-Type": "text/plain"}, b"busy"
        if parse_qs(urlsplit(request.path).query).get("from") != ["giao-duc"]:
            return 404, {"Content-Type": "text/plain"}, b"no such section"
        return 200, {"Content-Type": "text/html; charset=utf-8"}, gdtd_page(0).encode()

    http_server.route("/tin.php", handler=needs_section)
    link, canonical = http_server.url + "/tin.php?id=700000&from=giao-duc", http_server.url + "/tin.php?id=700000"
    item = f"<item><title>{story(0).title}</title><link>{link.replace('&', '&amp;')}#top</link><guid>g0</guid></item>"
    http_server.route("/s.rss", f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>S</title>{item}</channel></rss>",
                      content_type="application/rss+xml")
    path = tmp_path / "s.sqlite3"
    store = SQLiteStore(path)
    first = Service(fast, store, workers=1).crawl_once([Source(name="Sở", kind="rss", url=http_server.url + "/s.rss", section="")],
                                                       now=NOW)[0]
    assert first.outcomes["stored"] == 1 and first.outcomes["page-failed"] == 1
    kept = store.get_article(doc_id(canonical))
    assert (kept.url, kept.link, kept.status) == (canonical, link, "feed-only")
    store.close()
    up["now"] = True
    store = SQLiteStore(path)  # a restart: what is retried comes from the store alone
    try:
        before = len(http_server.requests)
        Service(fast, store, workers=1).crawl_once([], now=NOW + timedelta(minutes=61))
        done = store.get_article(doc_id(canonical))
        assert (done.url, done.link, done.status) == (canonical, link, "complete") and done.title == story(0).title
        assert [r[1] for r in http_server.requests[before:] if r[1].startswith("/tin.php")] == ["/tin.php?id=700000&from=giao-duc"]
        assert store.pending_pages(NOW + timedelta(days=30)) == [] and store.count() == 1
    finally:
        store.close()


def test_a_page_stored_before_links_were_kept_is_still_read_and_retried_at_its_url(fast: Settings, tmp_path: Path,
                                                                                   http_server: LoopbackServer) -> None:
    source = feed_source(http_server, "Báo A", "/a.rss", [0])
    http_server.route("/giao-duc/bai-0-post700000.html", status=503)
    path = tmp_path / "old.sqlite3"
    store = SQLiteStore(path)
    Service(fast, store, workers=1).crawl_once([source], now=NOW)
    store.close()
    db = sqlite3.connect(path)  # the store as it was before migration 004: no link column
    with db:
        db.execute("ALTER TABLE articles DROP COLUMN link")
        db.execute("DELETE FROM migrations WHERE name = '004_article_link'")
    db.close()
    readonly = SQLiteStore(path, readonly=True)
    try:
        old = readonly.get_article(doc_id(page_url(http_server, 0)))
        assert (old.link, old.page_url, old.status) == ("", page_url(http_server, 0), "feed-only")
    finally:
        readonly.close()
    http_server.route("/giao-duc/bai-0-post700000.html", gdtd_page(0))
    store = SQLiteStore(path)  # migrated: the old row gets an empty link and is fetched at its url, as before
    try:
        Service(fast, store, workers=1).crawl_once([], now=NOW + timedelta(minutes=61))
        done = store.get_article(doc_id(page_url(http_server, 0)))
        assert done.status == "complete" and done.link == ""
    finally:
        store.close()


def test_a_redirected_link_met_in_the_same_run_is_stored_once(fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    direct = feed_source(http_server, "Báo A", "/a.rss", [0])
    http_server.route("/r/0", status=301, headers={"Location": "/giao-duc/bai-0-post700000.html"})
    item = f"<item><title>{story(0).title}</title><link>{http_server.url}/r/0</link><guid>x0</guid></item>"
    http_server.route("/b.rss", f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>B</title>{item}</channel></rss>",
                      content_type="application/rss+xml")
    results = Service(fast, store, workers=1).crawl_once([direct, Source(name="Báo B", kind="rss", url=http_server.url + "/b.rss",
                                                                           section="")], now=NOW)
    assert sum(r.outcomes.get("stored", 0) for r in results) == 1 and store.count() == 1
    assert store.get_article(doc_id(page_url(http_server, 0))).status == "complete"



def test_the_lead_stored_for_a_real_dantri_page_has_no_related_headline(fast: Settings, store: SQLiteStore,
                                                                        http_server: LoopbackServer) -> None:
    """Dân trí's sapo ends with ">> <a related article's headline>"; the stored lead stops before it."""
    page = Path(os.environ.get("DIEMNONG_SHARED_DATA", ROOT.parent / "shared" / "data")) / "feeds-and-pages" / "html" / "dantri1.html"
    if not page.is_file():
        pytest.skip(f"the real saved page {page} is not there (set DIEMNONG_SHARED_DATA to the shared data folder)")
    http_server.route("/xa-hoi/chot-lich-677789.htm", page.read_bytes())
    item = f"<item><title></title><link>{http_server.url}/xa-hoi/chot-lich-677789.htm</link></item>"
    http_server.route("/d.rss", f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>D</title>{item}</channel></rss>",
                      content_type="application/rss+xml")
    Service(fast, store, workers=1).crawl_once([Source(name="Dân trí", kind="rss", url=http_server.url + "/d.rss", section="")], now=NOW)
    article = store.get_article(doc_id(f"{http_server.url}/xa-hoi/chot-lich-677789.htm"))
    assert article.status == "complete" and article.title == "Chốt lịch nghỉ lễ Tết 2013 của công chức, viên chức"
    assert article.summary.startswith("UBND Hà Nội vừa thông báo") and article.summary.endswith("đến hết ngày 17/2/2013.")
    assert ">>" not in article.summary and "nghỉ 9 ngày dịp Tết Âm lịch" not in article.summary


CAPTIONED = """<html><head><meta charset="utf-8"><title>Trường học mới khánh thành ở vùng sâu - Báo Thử</title></head><body>
<h1>Trường học mới khánh thành ở vùng sâu</h1>
<p>Sáng nay, ngôi trường mới với mười hai phòng học đã được khánh thành, đón hơn bốn trăm học sinh của ba ấp lân cận.</p>
<div align=center><img src="/a.jpg" alt="Học sinh vui mừng trong ngày khánh thành trường"></div>
<div align=center><span style="font-size:10pt">Học sinh vui mừng trong ngày khánh thành trường</span></div>
<p>Công trình có tổng vốn hơn mười tỷ đồng, gồm phòng học, thư viện, nhà vệ sinh và sân chơi cho học sinh.</p>
<p style="text-align: center"><img src="/b.jpg"></p><p style="text-align: center; font-style: italic">Lãnh đạo huyện cắt băng khánh thành</p>
<figure><img src="/c.jpg"><figcaption>Thư viện mới của trường</figcaption></figure>
<p>Ngành giáo dục huyện cho biết năm học tới sẽ tiếp tục sửa chữa các điểm trường xuống cấp ở vùng sâu.</p></body></html>"""


@pytest.mark.parametrize("real", [False, True])
def test_photo_captions_are_not_stored_as_article_text(fast: Settings, store: SQLiteStore, http_server: LoopbackServer, real: bool) -> None:
    if real:
        folder = Path(os.environ.get("DIEMNONG_SHARED_DATA", ROOT.parent / "shared" / "data")) / "feeds-and-pages" / "html"
        if not (folder / "dantri1.html").is_file():
            pytest.skip(f"the real saved pages are not in {folder} (set DIEMNONG_SHARED_DATA to the shared data folder)")
        pages = {"/dantri1.htm": (folder / "dantri1.html").read_bytes(), "/nld1.htm": (folder / "nld1.html").read_bytes()}
        captions = ["Hoa đào đem không khí Tết đến mọi nhà", "Tết Dương lịch năm nay, hầu hết cán bộ viên chức thành phố sẽ được nghỉ đến 4 ngày",
                    "Đặng Văn Trung trong phiên phúc thẩm"]
        kept = ["Dịp Tết Âm lịch năm 2013, công chức", "Trung chạy đến đâm anh Việt một nhát"]
    else:
        pages = {"/truong-moi.htm": CAPTIONED.encode()}
        captions = ["Học sinh vui mừng trong ngày khánh thành trường", "Lãnh đạo huyện cắt băng khánh thành", "Thư viện mới của trường"]
        kept = ["Công trình có tổng vốn", "Ngành giáo dục huyện cho biết"]
    items = ""
    for path, body in pages.items():
        http_server.route(path, body)
        items += f"<item><title></title><link>{http_server.url}{path}</link></item>"
    http_server.route("/c.rss", f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>C</title>{items}</channel></rss>",
                      content_type="application/rss+xml")
    Service(fast, store, workers=1).crawl_once([Source(name="Báo Thử", kind="rss", url=http_server.url + "/c.rss", section="")], now=NOW)
    texts = "\n".join(store.get_article(doc_id(http_server.url + path)).text for path in pages)
    lines = texts.split("\n")
    assert all(any(line.startswith(k) for line in lines) for k in kept), texts
    assert not [c for c in captions if c in lines], texts


def test_an_article_whose_headline_the_outlet_changed_in_place_is_stored_with_the_new_one(
        fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    """Same GUID, same link, a corrected headline in the feed (and on the page): the stored article follows it, still
    one article; a feed that changed nothing else costs no page request."""
    source = feed_source(http_server, "Báo A", "/a.rss", [0, 1])
    service = Service(fast, store, workers=1)
    service.crawl_once([source], now=NOW)
    corrected = "Phụ huynh phản ánh lạm thu: Sở GD&ĐT yêu cầu trường trả lại tiền"
    http_server.route("/a.rss", gdtd_rss(http_server.url, [0, 1]).replace(story(0).title, corrected),
                      content_type="application/rss+xml; charset=utf-8")
    http_server.route("/giao-duc/bai-0-post700000.html", gdtd_page(0).replace(story(0).title, corrected))
    second = service.crawl_once([source], now=NOW + timedelta(minutes=30))[0]
    article = store.get_article(doc_id(page_url(http_server, 0)))
    assert article.title == corrected and article.status == "complete"
    assert store.count() == 2 and second.outcomes["stored"] == 1 and second.outcomes["updated"] == 1
    assert store.get_article(doc_id(page_url(http_server, 1))).title == story(1).title
    before = len(http_server.requests)
    third = service.crawl_once([source], now=NOW + timedelta(minutes=60))[0]
    assert [r[1] for r in http_server.requests[before:]] == ["/a.rss"] and third.outcomes["already-seen"] == 2
    assert store.get_source_state(source.url).articles == 2, "an update is not a new article"


def click_through_to_a_failing_page(http_server: LoopbackServer) -> tuple[Source, Source]:
    """Báo B's feed links through a click-through address to Báo A's article, whose page answers 503; Báo A's own feed
    gives the direct link. Returns (Báo B, Báo A)."""
    http_server.route("/click/0", status=302, headers={"Location": "/giao-duc/bai-0-post700000.html?utm_source=b"})
    item = (f"<item><title>{story(0).title}</title><link>{http_server.url}/click/0</link><guid>c0</guid>"
            "<pubDate>Fri, 05 Sep 2025 08:00:00 +0700</pubDate></item>")
    http_server.route("/b.rss", f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>B</title>{item}</channel></rss>",
                      content_type="application/rss+xml")
    direct = feed_source(http_server, "Báo A", "/a.rss", [0])
    http_server.route("/giao-duc/bai-0-post700000.html", status=503)
    return Source(name="Báo B", kind="rss", url=http_server.url + "/b.rss", section=""), direct


def test_an_article_whose_redirect_target_first_failed_is_not_stored_again_under_its_direct_link(
        fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    """A feed links through a click-through address; the article's page answers 503 at first, so the article is kept
    under the click-through link. When the outlet's own feed later gives the direct link, it is that article, not a
    second one (it was stored twice: the store knew one address of it)."""
    clicked, direct = click_through_to_a_failing_page(http_server)
    service = Service(fast, store, workers=1)
    first = service.crawl_once([clicked], now=NOW)[0]
    assert first.outcomes["stored"] == 1 and first.outcomes["page-failed"] == 1
    http_server.route("/giao-duc/bai-0-post700000.html", gdtd_page(0))
    before = len(http_server.requests)
    second = service.crawl_once([direct], now=NOW + timedelta(minutes=30))[0]
    assert second.outcomes.get("stored", 0) == 0 and second.outcomes["already-seen"] == 1
    assert store.count() == 1, "one article, known at both its addresses"
    assert not any(r[1].startswith("/giao-duc/bai-0") for r in http_server.requests[before:]), "not fetched as new either"
    service.crawl_once([], now=NOW + timedelta(minutes=61))  # its page retry, at the link it was stored with
    assert store.count() == 1 and store.get_article(doc_id(http_server.url + "/click/0")).status == "complete"


def test_a_store_from_before_article_aliases_is_migrated_and_readable(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    SQLiteStore(path).close()
    db = sqlite3.connect(path)  # the store as it was before migration 006
    with db:
        db.execute("DROP TABLE article_aliases")
        db.execute("DELETE FROM migrations WHERE name = '006_article_aliases'")
    db.close()
    readonly = SQLiteStore(path, readonly=True)
    try:
        assert readonly.aliases(["a" * 20]) == {}, "a read-only old store has no aliases, and says so without failing"
    finally:
        readonly.close()
    store = SQLiteStore(path)
    try:
        store.add_aliases({"a" * 20: "b" * 20})
        assert store.aliases(["a" * 20, "c" * 20]) == {"a" * 20: "b" * 20}
    finally:
        store.close()


def test_an_article_whose_redirect_target_fails_is_stored_once_when_another_feed_gives_its_direct_link_in_the_same_poll(
        fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    """Báo B links through a click-through address that redirects to Báo A's article, whose page answers 503; Báo A's
    own feed gives the direct link in the same poll. The article was stored twice (under the click-through link and
    under its own address): the address the link led to was neither looked up nor claimed for the run."""
    clicked, direct = click_through_to_a_failing_page(http_server)
    service = Service(fast, store, workers=1)
    service.crawl_once([clicked, direct], now=NOW)
    assert store.count() == 1, "one article, whichever address was taken first"
    service.crawl_once([direct, clicked], now=NOW + timedelta(minutes=30))
    assert store.count() == 1


def test_one_guid_at_two_paths_of_one_feed_is_one_article_also_after_a_crash_and_in_another_feed(
        fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    """A feed lists one article twice under its one GUID, at its section's path and at another section's: it was
    stored twice (copy detection counting it once). One article, fetched once; its other path is an alias, so a poll
    after a crash (no state saved, the feed's order changed) and another feed giving that path alone bring nothing."""
    other = f"{http_server.url}/tuyen-sinh/bai-1-post700001.html"
    twice = (f"<item><title><![CDATA[{story(1).title}]]></title><link>{other}</link>"
             "<guid isPermaLink=\"false\">post700001</guid></item>")
    http_server.route("/a.rss", gdtd_rss(http_server.url, [0, 1], extra_items=twice), content_type="application/rss+xml")
    for n in (0, 1):
        http_server.route(f"/giao-duc/bai-{n}-post{700000 + n}.html", gdtd_page(n))
    http_server.route("/tuyen-sinh/bai-1-post700001.html", gdtd_page(1))
    source = Source(name="Báo A", kind="rss", url=http_server.url + "/a.rss", section="Giáo dục")
    service = Service(fast, store, workers=1)
    assert service.crawl_once([source], now=NOW)[0].outcomes["stored"] == 2 and store.count() == 2
    assert not any(r[1].startswith("/tuyen-sinh/") for r in http_server.requests), "one article, one page"
    store.save_source_state(SourceState(name=source.url))  # as after a crash before the state was saved
    http_server.route("/a.rss", gdtd_rss(http_server.url, [], extra_items=twice + twice.replace(other, page_url(http_server, 1))),
                      content_type="application/rss+xml")
    again = service.crawl_once([source], now=NOW + timedelta(minutes=30))[0]
    assert again.outcomes.get("stored", 0) == 0 and store.count() == 2
    alone = Source(name="Báo A", kind="rss", url=http_server.url + "/b.rss", section="Tuyển sinh")
    http_server.route("/b.rss", gdtd_rss(http_server.url, [], extra_items=twice.replace("post700001<", "ts-1<")),
                      content_type="application/rss+xml")
    assert service.crawl_once([alone], now=NOW + timedelta(minutes=60))[0].outcomes.get("stored", 0) == 0
    assert store.count() == 2 and not any(r[1].startswith("/tuyen-sinh/") for r in http_server.requests)


def test_a_retried_page_whose_dateline_counts_hours_back_is_read_against_the_time_of_the_retry(
        fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    """A feed item without a date whose page failed (503) is stored at the time it was first seen, 12:00. An hour later
    the page answers «5 giờ trước»: 08:01, counted from the retry (13:01), not from the first sight (07:00), nor left
    unread (12:00, the time it was first seen)."""
    http_server.route("/a.rss", gdtd_rss(http_server.url, [0], dates=False), content_type="application/rss+xml")
    http_server.route("/giao-duc/bai-0-post700000.html", status=503)
    source = Source(name="Báo A", kind="rss", url=http_server.url + "/a.rss", section="Giáo dục")
    service = Service(fast, store, workers=1)
    service.crawl_once([source], now=NOW)
    article_id = doc_id(page_url(http_server, 0))
    assert store.get_article(article_id).published == NOW
    http_server.route("/giao-duc/bai-0-post700000.html", gdtd_page(0, date="5 giờ trước", meta_time=""))
    service.crawl_once([], now=NOW + timedelta(minutes=61))
    done = store.get_article(article_id)
    assert done.status == "complete" and done.published == NOW + timedelta(minutes=61) - timedelta(hours=5)
