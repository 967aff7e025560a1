"""The polite fetcher against real loopback servers: politeness, retries, robots.txt, caps, redirects, safety."""
from __future__ import annotations

import asyncio
import gzip
import threading
import time
import tracemalloc
import zlib
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from typing import Any, Awaitable, Callable

import pytest

from crawlers.fetcher import (BlockedAddress, FetchError, Fetcher, FetchPolicy, HostClock, RateLimited, RobotsCache,
                              RobotsDenied, TooManyRedirects, retry_after)
from tests.conftest import LoopbackServer

FAST = FetchPolicy(user_agent="DiemNong/0.1 (test)", timeout=2.0, host_delay=0.0, max_retries=2, backoff=0.05,
                   max_wait=2.0, allow_private=True, respect_robots=False)


def run(policy: FetchPolicy, work: Callable[[Fetcher], Awaitable[Any]], **kw: Any) -> tuple[Any, Fetcher]:
    async def main() -> Any:
        async with Fetcher(policy, **kw) as fetcher:
            return await work(fetcher), fetcher

    return asyncio.run(main())


def sequence(*answers: tuple[int, dict[str, str], bytes]) -> Callable:
    """A route handler answering with each of these in turn (the last one repeats)."""
    calls = {"n": 0}

    def handler(server: LoopbackServer, request: Any) -> tuple[int, dict[str, str], bytes]:
        i = min(calls["n"], len(answers) - 1)
        calls["n"] += 1
        return answers[i]

    return handler


def timed(server: LoopbackServer, path: str, body: bytes = b"ok", delay: float = 0.0) -> list[float]:
    """Serve a path, recording when each request arrived (and how many were in flight at once)."""
    stamps: list[float] = []

    def handler(_: LoopbackServer, request: Any) -> tuple[int, dict[str, str], bytes]:
        stamps.append(time.monotonic())
        time.sleep(delay)
        return 200, {"Content-Type": "text/plain"}, body

    server.route(path, handler=handler)
    return stamps


def test_conditional_get_costs_one_304(http_server: LoopbackServer) -> None:
    def handler(_: LoopbackServer, request: Any) -> tuple[int, dict[str, str], bytes]:
        if request.headers.get("If-None-Match") == '"v1"' and request.headers.get("If-Modified-Since"):
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"ETag": '"v1"', "Last-Modified": "Fri, 05 Sep 2025 01:00:00 GMT"}, b"<rss/>"

    http_server.route("/rss", handler=handler)
    first, _ = run(FAST, lambda f: f.get(http_server.url + "/rss"))
    second, fetcher = run(FAST, lambda f: f.get(http_server.url + "/rss", etag=first.headers["etag"],
                                                last_modified=first.headers["last-modified"]))
    assert first.status == 200 and second.not_modified and second.content == b""
    assert fetcher.stats.requests == 1 and fetcher.stats.statuses[304] == 1


def test_one_host_is_asked_one_request_at_a_time_at_least_the_delay_apart(http_server: LoopbackServer) -> None:
    stamps = timed(http_server, "/p", delay=0.05)
    policy = FetchPolicy(**{**FAST.__dict__, "host_delay": 0.3})
    run(policy, lambda f: asyncio.gather(*(f.get(http_server.url + "/p") for _ in range(4))))
    gaps = [b - a for a, b in zip(stamps, stamps[1:])]
    # Server-side stamps carry the network jitter of each request; the fetcher spaces request starts.
    assert len(stamps) == 4 and min(gaps) >= 0.2 and stamps[-1] - stamps[0] >= 0.85, gaps


def test_the_host_clock_keeps_politeness_across_runs(http_server: LoopbackServer) -> None:
    stamps = timed(http_server, "/p")
    policy, clock = FetchPolicy(**{**FAST.__dict__, "host_delay": 0.4}), HostClock()
    run(policy, lambda f: f.get(http_server.url + "/p"), clock=clock)
    run(policy, lambda f: f.get(http_server.url + "/p"), clock=clock)
    assert stamps[1] - stamps[0] >= 0.3


def test_global_concurrency_limit_over_hosts() -> None:
    servers = [LoopbackServer() for _ in range(4)]
    in_flight, peak = [0], [0]
    lock = threading.Lock()

    def handler(_: LoopbackServer, request: Any) -> tuple[int, dict[str, str], bytes]:
        with lock:
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])
        time.sleep(0.2)
        with lock:
            in_flight[0] -= 1
        return 200, {}, b"ok"

    try:
        for s in servers:
            s.route("/x", handler=handler)
        for limit, expected in ((2, 2), (4, 4)):
            peak[0] = 0
            policy = FetchPolicy(**{**FAST.__dict__, "concurrency": limit})
            run(policy, lambda f: asyncio.gather(*(f.get(s.url + "/x") for s in servers)))
            assert peak[0] == expected, f"concurrency {limit}: peak {peak[0]}"
    finally:
        for s in servers:
            s.close()


def test_5xx_are_retried_with_exponential_backoff(http_server: LoopbackServer) -> None:
    http_server.route("/flaky", handler=sequence((500, {}, b"oops"), (503, {}, b"busy"), (200, {}, b"fine")))
    policy = FetchPolicy(**{**FAST.__dict__, "backoff": 0.2})
    started = time.monotonic()
    resp, fetcher = run(policy, lambda f: f.get(http_server.url + "/flaky"))
    assert resp.status == 200 and resp.content == b"fine" and fetcher.stats.retries == 2
    assert time.monotonic() - started >= 0.2 + 0.4 - 0.02, "waits 0.2 s, then 0.4 s"


def test_persistent_5xx_gives_the_last_answer_after_the_retries(http_server: LoopbackServer) -> None:
    http_server.route("/down", status=502, body="bad gateway")
    resp, fetcher = run(FAST, lambda f: f.get(http_server.url + "/down"))
    assert resp.status == 502 and fetcher.stats.requests == FAST.max_retries + 1


def test_429_retry_after_is_honoured(http_server: LoopbackServer) -> None:
    http_server.route("/busy", handler=sequence((429, {"Retry-After": "1"}, b""), (200, {}, b"ok")))
    started = time.monotonic()
    resp, _ = run(FAST, lambda f: f.get(http_server.url + "/busy"))
    assert resp.status == 200 and time.monotonic() - started >= 0.99


def test_a_retry_after_beyond_the_limit_is_not_slept_and_the_host_is_left_alone(http_server: LoopbackServer) -> None:
    http_server.route("/busy", status=429, headers={"Retry-After": "3600"})
    http_server.route("/other", body="ok")
    clock = HostClock()
    started = time.monotonic()
    with pytest.raises(RateLimited, match="asked to wait 3600 s"):
        run(FAST, lambda f: f.get(http_server.url + "/busy"), clock=clock)
    assert time.monotonic() - started < 1.5
    before = len(http_server.requests)
    with pytest.raises(RateLimited, match="left before it is asked again"):
        run(FAST, lambda f: f.get(http_server.url + "/other"), clock=clock)
    assert len(http_server.requests) == before, "no request to a host that asked us to wait"


def test_retry_after_forms() -> None:
    now = datetime(2025, 9, 5, 1, 0, tzinfo=timezone.utc)
    assert retry_after({"retry-after": "120"}) == 120
    assert retry_after({"retry-after": format_datetime(now + timedelta(seconds=30), usegmt=True)}, now) == 30
    assert retry_after({"retry-after": "soon"}) is None and retry_after({}) is None
    assert retry_after({"retry-after": "²"}) is None and retry_after({"retry-after": "١٢"}) is None, "not ASCII digits"


def test_slow_responses_time_out_and_are_retried(http_server: LoopbackServer) -> None:
    http_server.route("/slow", body="late", delay=1.5)
    policy = FetchPolicy(**{**FAST.__dict__, "timeout": 0.3, "max_retries": 1})
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        run(policy, lambda f: f.get(http_server.url + "/slow"))
    assert len(http_server.requests) == 2 and time.monotonic() - started < 1.5


def test_endless_redirects_stop_at_the_limit(http_server: LoopbackServer) -> None:
    def endless(_: LoopbackServer, request: Any) -> tuple[int, dict[str, str], bytes]:
        n = int(request.path.rsplit("/", 1)[1])
        return 302, {"Location": f"/r/{n + 1}"}, b""

    for n in range(20):
        http_server.route(f"/r/{n}", handler=endless)
    policy = FetchPolicy(**{**FAST.__dict__, "max_redirects": 3})
    with pytest.raises(TooManyRedirects, match="more than 3 redirects"):
        run(policy, lambda f: f.get(http_server.url + "/r/0"))
    assert len(http_server.requests) == 4
    http_server.route("/a", status=301, headers={"Location": "/b"})
    http_server.route("/b", status=301, headers={"Location": "/a"})
    with pytest.raises(TooManyRedirects, match="loop"):
        run(policy, lambda f: f.get(http_server.url + "/a"))


def test_redirects_are_followed_and_reported(http_server: LoopbackServer) -> None:
    http_server.route("/old", status=301, headers={"Location": "/new?x=1"})
    http_server.route("/new", body="here")
    resp, _ = run(FAST, lambda f: f.get(http_server.url + "/old"))
    assert resp.url == http_server.url + "/new?x=1" and resp.redirects == 1 and resp.content == b"here"


STRICT = FetchPolicy(**{**FAST.__dict__, "allow_private": False, "allow_networks": ("127.0.0.1/32",)})


def test_private_addresses_are_refused_on_every_hop(http_server: LoopbackServer) -> None:
    http_server.route("/to-metadata", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    http_server.route("/to-lan", status=302, headers={"Location": "http://10.1.2.3/admin"})
    for path, address in (("/to-metadata", "169.254.169.254"), ("/to-lan", "10.1.2.3")):
        with pytest.raises(BlockedAddress, match=f"non-public address {address}"):
            run(STRICT, lambda f: f.get(http_server.url + path))
    with pytest.raises(BlockedAddress, match="127.0.0.1"):
        run(FetchPolicy(**{**FAST.__dict__, "allow_private": False}), lambda f: f.get(http_server.url + "/to-lan"))


def test_an_address_that_changes_after_the_check_is_refused(http_server: LoopbackServer) -> None:
    """DNS said public when checked, the connection went to loopback: the answer is refused."""
    http_server.route("/page", body="secret")

    async def public(host: str, port: int | None) -> list[str]:
        return ["93.184.216.34"]

    policy = FetchPolicy(**{**FAST.__dict__, "allow_private": False})
    url = http_server.url.replace("127.0.0.1", "localhost") + "/page"
    with pytest.raises(BlockedAddress, match="non-public address"):
        run(policy, lambda f: f.get(url), resolver=public)


def test_gzip_and_deflate_bodies_are_decompressed(http_server: LoopbackServer) -> None:
    page = "<p>Học phí năm học mới</p>".encode() * 100
    http_server.route("/gz", body=gzip.compress(page), headers={"Content-Encoding": "gzip"})
    http_server.route("/zlib", body=zlib.compress(page), headers={"Content-Encoding": "deflate"})
    raw = zlib.compressobj(wbits=-15)
    http_server.route("/raw", body=raw.compress(page) + raw.flush(), headers={"Content-Encoding": "deflate"})
    for path in ("/gz", "/zlib", "/raw"):
        resp, _ = run(FAST, lambda f: f.get(http_server.url + path))
        assert resp.content == page and not resp.truncated, path


def test_a_gzip_bomb_is_cut_at_the_cap_without_being_inflated(http_server: LoopbackServer) -> None:
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # 49 KB on the wire, 50 MB inflated
    http_server.route("/bomb", body=bomb, headers={"Content-Encoding": "gzip"})
    policy = FetchPolicy(**{**FAST.__dict__, "max_bytes": 1_000_000})
    tracemalloc.start()
    try:
        resp, _ = run(policy, lambda f: f.get(http_server.url + "/bomb"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert resp.truncated and len(resp.content) == 1_000_000
    assert peak < 15_000_000, f"peak memory {peak} bytes: the body was inflated past the cap"


def test_big_pages_are_cut_at_the_cap(http_server: LoopbackServer) -> None:
    http_server.route("/big", body=b"a" * 2_000_000)
    resp, _ = run(FetchPolicy(**{**FAST.__dict__, "max_bytes": 500_000}), lambda f: f.get(http_server.url + "/big"))
    assert resp.truncated and len(resp.content) == 500_000
    resp, _ = run(FAST, lambda f: f.get(http_server.url + "/big"))
    assert not resp.truncated and len(resp.content) == 2_000_000, "2 MB is under the default 5 MB cap"


def test_unknown_content_encoding_is_an_error(http_server: LoopbackServer) -> None:
    http_server.route("/br", body=b"\x1b\x00", headers={"Content-Encoding": "br"})
    with pytest.raises(FetchError, match="unsupported Content-Encoding 'br'"):
        run(FAST, lambda f: f.get(http_server.url + "/br"))


ROBOTS = FetchPolicy(**{**FAST.__dict__, "respect_robots": True})


def test_robots_txt_is_asked_first_with_our_user_agent(http_server: LoopbackServer) -> None:
    http_server.route("/p", body="ok")
    run(ROBOTS, lambda f: f.get(http_server.url + "/p"))
    assert [r[1] for r in http_server.requests] == ["/robots.txt", "/p"]
    assert all(r[2]["User-Agent"] == "DiemNong/0.1 (test)" for r in http_server.requests)


def test_robots_txt_is_obeyed_and_read_once_per_host(http_server: LoopbackServer) -> None:
    http_server.route("/robots.txt", "User-agent: *\nDisallow: /private/\n\nUser-agent: DiemNong\nDisallow: /no-bots/\n",
                      content_type="text/plain")
    http_server.route("/news/1.html", body="ok")
    http_server.route("/private/1.html", body="ok")
    http_server.route("/no-bots/1.html", body="ok")
    robots = RobotsCache()
    for _ in range(3):
        resp, _ = run(ROBOTS, lambda f: f.get(http_server.url + "/news/1.html"), robots=robots)
        assert resp.status == 200
    with pytest.raises(RobotsDenied, match="forbids"):
        run(ROBOTS, lambda f: f.get(http_server.url + "/no-bots/1.html"), robots=robots)
    assert [r[1] for r in http_server.requests].count("/robots.txt") == 1
    assert "/no-bots/1.html" not in [r[1] for r in http_server.requests]
    resp, _ = run(ROBOTS, lambda f: f.get(http_server.url + "/private/1.html"), robots=robots)
    assert resp.status == 200, "our group replaces the * group"


def test_robots_crawl_delay_is_respected(http_server: LoopbackServer) -> None:
    http_server.route("/robots.txt", "User-agent: *\nCrawl-delay: 0.5\n", content_type="text/plain")
    stamps = timed(http_server, "/p")
    run(ROBOTS, lambda f: asyncio.gather(*(f.get(http_server.url + "/p") for _ in range(3))))
    assert min(b - a for a, b in zip(stamps, stamps[1:])) >= 0.4 and stamps[-1] - stamps[0] >= 0.95


def test_missing_robots_allows_and_unreachable_robots_forbids_for_now(http_server: LoopbackServer) -> None:
    http_server.route("/p", body="ok")
    resp, _ = run(ROBOTS, lambda f: f.get(http_server.url + "/p"))
    assert resp.status == 200, "404 robots.txt: no rules"
    http_server.route("/robots.txt", status=503, body="down")
    with pytest.raises(RobotsDenied, match="could not be read"):
        run(ROBOTS, lambda f: f.get(http_server.url + "/p"))
