"""One poll of 30 feeds on loopback, cold and warm: time and requests made.

Each feed is its own host (127.0.0.2 … 127.0.0.31, so per-host politeness applies as it would to 30
outlets), serves 20 items in GD&TĐ's RSS format with ETag/Last-Modified, and answers 304 to a
conditional GET. Cold: robots.txt, the feed and 20 article pages per host. Warm: the same crawler a
little later, with the saved states; 3 of the 30 feeds have one new item, the others are unchanged.

    python benchmarks/crawl_feeds.py [--delay 1.0] [--pipeline]

--pipeline also runs the cold and warm polls through the whole service (NLP, detection, SQLite).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawlers.crawler import Crawler, Done  # noqa: E402
from crawlers.fetcher import FetchPolicy  # noqa: E402
from diemnong.config import Source, load_settings  # noqa: E402
from diemnong.domain import TZ  # noqa: E402
from tests.crawl_samples import gdtd_page, gdtd_rss  # noqa: E402

FEEDS, ITEMS, CHANGED = 30, 20, 3


class Outlet:
    """One loopback host serving a feed (conditional) and its pages; counts what it was asked."""

    def __init__(self, k: int):
        self.k, self.version, self.requests, self.statuses = k, 1, 0, {}
        outlet = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                status, body, headers = outlet.answer(self.path, self.headers)
                outlet.requests += 1
                outlet.statuses[status] = outlet.statuses.get(status, 0) + 1
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer((f"127.0.0.{k + 2}", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        self.base = f"http://127.0.0.{k + 2}:{self.httpd.server_address[1]}"

    def numbers(self) -> list[int]:
        first = self.k * 100 + (self.version - 1)
        return list(range(first, first + ITEMS))

    def answer(self, path: str, headers: Any) -> tuple[int, bytes, dict[str, str]]:
        etag = f'"v{self.version}"'
        if path == "/rss.xml":
            if headers.get("If-None-Match") == etag:
                return 304, b"", {"ETag": etag}
            return 200, gdtd_rss(self.base, self.numbers()).encode(), {"Content-Type": "application/rss+xml", "ETag": etag,
                                                                         "Last-Modified": "Fri, 05 Sep 2025 01:00:00 GMT"}
        if path.startswith("/giao-duc/bai-"):
            n = int(path.split("-post")[1].split(".")[0]) - 700000
            return 200, gdtd_page(n).encode(), {"Content-Type": "text/html; charset=utf-8"}
        return 404, b"not found", {"Content-Type": "text/plain"}

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def crawl(crawler: Crawler, sources: list[Source], states: dict[str, Any], now: datetime) -> tuple[float, list[Any]]:
    started = time.perf_counter()
    events = crawler.crawl(sources, states, now=now)
    return time.perf_counter() - started, events


def totals(outlets: list[Outlet]) -> tuple[int, dict[int, int]]:
    statuses: dict[int, int] = {}
    for o in outlets:
        for s, n in o.statuses.items():
            statuses[s] = statuses.get(s, 0) + n
        o.requests, o.statuses = 0, {}
    return sum(statuses.values()), statuses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--delay", type=float, default=1.0, help="crawler.host_delay_seconds (default: the shipped 1.0)")
    parser.add_argument("--pipeline", action="store_true", help="also poll through the whole service into SQLite")
    args = parser.parse_args()
    outlets = [Outlet(k) for k in range(FEEDS)]
    sources = [Source(name=f"Báo {k}", kind="rss", url=o.base + "/rss.xml", section="Giáo dục") for k, o in enumerate(outlets)]
    policy = FetchPolicy(host_delay=args.delay, allow_private=True, concurrency=8, user_agent="DiemNong/0.1 (bench)")
    now = datetime.now(TZ)
    try:
        crawler = Crawler(policy)
        cold, events = crawl(crawler, sources, {}, now)
        requests, statuses = totals(outlets)
        states = {e.result.source.url: e.result.state for e in events if isinstance(e, Done)}
        articles = sum(e.result.outcomes.get("new", 0) for e in events if isinstance(e, Done))
        print(f"crawler only, host delay {args.delay:g} s, concurrency {policy.concurrency}")
        print(f"  cold: {cold:6.2f} s  {requests:4d} requests {statuses}  {articles} articles")
        for o in outlets[:CHANGED]:
            o.version += 1
        warm, events = crawl(crawler, sources, states, now + timedelta(minutes=15))
        requests, statuses = totals(outlets)
        articles = sum(e.result.outcomes.get("new", 0) for e in events if isinstance(e, Done))
        print(f"  warm: {warm:6.2f} s  {requests:4d} requests {statuses}  {articles} new articles "
              f"({FEEDS - CHANGED} feeds unchanged, {CHANGED} with one new item)")
        if args.pipeline:
            from diemnong.pipeline import Service
            from store.sqlite import SQLiteStore

            for o in outlets[:CHANGED]:
                o.version -= 1
            with tempfile.TemporaryDirectory() as tmp:
                settings = load_settings(env={"DIEMNONG_HOME": tmp, "DIEMNONG_ALLOW_PRIVATE_ADDRESSES": "1",
                                              "DIEMNONG_HOST_DELAY": str(args.delay)})
                store = SQLiteStore(Path(tmp) / "bench.sqlite3")
                service = Service(settings, store)
                try:
                    started = time.perf_counter()
                    service.crawl_once(sources, now=now)
                    cold = time.perf_counter() - started
                    requests, statuses = totals(outlets)
                    print(f"whole service (NLP {service.workers} worker(s), SQLite)")
                    print(f"  cold: {cold:6.2f} s  {requests:4d} requests {statuses}  {store.count()} articles stored")
                    for o in outlets[:CHANGED]:
                        o.version += 1
                    started = time.perf_counter()
                    service.crawl_once(sources, now=now + timedelta(minutes=15))
                    warm = time.perf_counter() - started
                    requests, statuses = totals(outlets)
                    print(f"  warm: {warm:6.2f} s  {requests:4d} requests {statuses}  {store.count()} articles stored")
                finally:
                    service.close()
                    store.close()
    finally:
        for o in outlets:
            o.close()


if __name__ == "__main__":
    main()
