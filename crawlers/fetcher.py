"""Polite, bounded HTTP for the crawlers (httpx, async).

One :class:`Fetcher` per crawl run shares a connection pool and obeys, for every request and every
redirect hop:

- a global limit of requests in flight (``crawler.concurrency``) and one request at a time per host,
  at least ``crawler.host_delay_seconds`` apart (or the host's robots.txt Crawl-delay, if longer);
- robots.txt (fetched once per host and cached, :class:`RobotsCache`);
- refusal of private, loopback and link-local addresses, checked on the resolved addresses before
  connecting and on the peer address after (see :mod:`crawlers.safety`);
- a time limit per request (connect, headers and body together), a size cap counted on the
  *decompressed* body (a gzip bomb is cut, not inflated), a limit on redirects;
- retries of timeouts, connection errors, 429 and 5xx with exponential backoff, honouring
  Retry-After up to ``crawler.max_retry_wait_seconds`` (a longer wait is not slept: the host is
  left alone until then and the request fails with :class:`RateLimited`);
- a host whose last ``UNANSWERED_IN_A_ROW`` requests timed out or could not connect is not asked again in
  this run (:class:`HostNotAnswering`): a hung site costs a minute, not each page's timeout and retries.

The host clock and the robots cache outlive a run (the scheduler keeps them), so politeness holds
across polls. Exceptions::

    FetchError                 a URL could not be fetched (the message says why)
    ├── BlockedAddress         the URL resolves to an address the settings do not allow
    ├── RobotsDenied           robots.txt forbids the URL to our user agent
    │   └── RobotsUnreadable   robots.txt could not be read just now (5xx, no answer): try again later
    ├── RateLimited            the host asked us to wait longer than we may wait now
    ├── HostNotAnswering       the host's last requests in this run all timed out or failed to connect
    └── TooManyRedirects       more redirects than allowed (or a loop)
"""
from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import logging
import time
import zlib
from collections import Counter
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, AsyncIterator, Awaitable, Callable, Mapping
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from crawlers.safety import BlockedAddress, FetchError, check_address, check_ip
from crawlers.urls import host_of
from diemnong.reasons import describe_error, source_error
from diemnong.text import decimal, number

log = logging.getLogger(__name__)

RETRY_STATUSES = {408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524}
REDIRECTS = {301, 302, 303, 307, 308}
ROBOTS_MAX_BYTES = 500_000
UNANSWERED_IN_A_ROW = 3  # requests to one host that timed out or failed to connect, one after another

__all__ = [
    "BlockedAddress", "FetchError", "FetchPolicy", "FetchStats", "Fetcher", "HostClock", "HostNotAnswering", "RateLimited",
    "Response", "RobotsCache", "RobotsDenied", "RobotsUnreadable", "TooManyRedirects",
]


class RobotsDenied(FetchError):
    """robots.txt forbids the URL to our user agent."""


class RobotsUnreadable(RobotsDenied):
    """robots.txt could not be read (5xx, no answer): the host is left alone for a while, not for good."""


class RateLimited(FetchError):
    """The host asked us (Retry-After) to wait longer than we may wait now."""

    def __init__(self, message: str, host: str = "") -> None:
        super().__init__(message)
        self.host = host  # the host that asked (after a redirect, not the source's own)


class HostNotAnswering(FetchError):
    """The host's last requests in this run all timed out or could not connect: it is not asked again in this run."""


class TooManyRedirects(FetchError):
    """More redirects than allowed for one request."""


@dataclass(frozen=True)
class FetchPolicy:
    """The crawler's limits, from the settings (see data/settings.yaml)."""

    user_agent: str = "DiemNong/0.1"
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_private: bool = False
    host_delay: float = 1.0
    concurrency: int = 8
    max_retries: int = 3
    backoff: float = 2.0
    max_wait: float = 60.0
    respect_robots: bool = True
    robots_ttl: float = 24 * 3600
    allow_networks: tuple[str, ...] = ()  # non-public networks allowed all the same (tests aim at 127.0.0.1 only)

    @classmethod
    def from_settings(cls, s: Any) -> FetchPolicy:
        from diemnong.config import ConfigError

        networks = tuple(str(n).strip() for n in s.get("crawler.allowed_networks") or () if str(n).strip())
        for net in networks:
            try:
                ipaddress.ip_network(net, strict=False)
            except ValueError:
                raise ConfigError(f"crawler.allowed_networks: không phải một mạng (viết dạng CIDR, ví dụ 10.20.0.0/16): {net!r}") from None
        return cls(allow_networks=networks,
            user_agent=s["crawler.user_agent"], timeout=float(s["crawler.timeout_seconds"]),
            max_bytes=int(s["crawler.max_response_bytes"]), max_redirects=int(s["crawler.max_redirects"]),
            allow_private=bool(s["crawler.allow_private_addresses"]), host_delay=float(s["crawler.host_delay_seconds"]),
            concurrency=max(1, int(s["crawler.concurrency"])), max_retries=max(0, int(s["crawler.max_retries"])),
            backoff=float(s["crawler.retry_backoff_seconds"]), max_wait=float(s["crawler.max_retry_wait_seconds"]),
            respect_robots=bool(s["crawler.respect_robots"]), robots_ttl=float(s["crawler.robots_cache_hours"]) * 3600,
        )

    @property
    def robots_agent(self) -> str:
        """The product token robots.txt rules are matched against ("DiemNong")."""
        return self.user_agent.split("/")[0].split()[0] or "*"


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int
    content: bytes
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names
    truncated: bool = False  # the body was longer than the cap and was cut
    redirects: int = 0

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


@dataclass
class FetchStats:
    """What a run cost: requests by status, retries, bytes, refusals."""

    requests: int = 0
    statuses: Counter = field(default_factory=Counter)
    retries: int = 0
    bytes: int = 0
    robots_fetched: int = 0
    refused: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        return {"requests": self.requests, "statuses": dict(self.statuses), "retries": self.retries, "bytes": self.bytes,
                "robots_fetched": self.robots_fetched, "refused": dict(self.refused)}


COOL_AT_MOST = 24 * 3600.0  # the longest wait a host's Retry-After gets (HostClock.cool, a restart's stored wait)


class HostClock:
    """When each host may be asked again (monotonic seconds); kept between runs by the scheduler."""

    def __init__(self) -> None:
        self.next_start: dict[str, float] = {}
        self.cooling: dict[str, float] = {}  # host → time before which it is left alone (long Retry-After)

    def wait_for(self, host: str) -> float:
        return max(0.0, self.next_start.get(host, 0.0) - time.monotonic())

    def started(self, host: str, delay: float) -> None:
        self.next_start[host] = max(self.next_start.get(host, 0.0), time.monotonic() + delay)

    def hold(self, host: str, seconds: float) -> None:
        """Make the next request to a host wait at least this long from now."""
        self.next_start[host] = max(self.next_start.get(host, 0.0), time.monotonic() + seconds)

    def cool(self, host: str, seconds: float) -> None:
        """Leave a host alone this long, COOL_AT_MOST at most: a Retry-After of years (99999999) held its feeds for good."""
        self.cooling[host] = max(self.cooling.get(host, 0.0), time.monotonic() + min(seconds, COOL_AT_MOST))

    def cooling_left(self, host: str) -> float:
        return max(0.0, self.cooling.get(host, 0.0) - time.monotonic())


@dataclass
class _Robots:
    parser: Protego | None  # None: everything allowed
    deny_all: bool
    expires: float


class RobotsCache:
    """robots.txt per origin, parsed with Protego; 4xx means "no rules", 5xx or no answer means "stay out" for a while."""

    def __init__(self, ttl: float = 24 * 3600, failure_ttl: float = 600):
        self.ttl, self.failure_ttl = ttl, failure_ttl
        self.entries: dict[str, _Robots] = {}

    @staticmethod
    def origin(url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc.lower()}"

    def get(self, url: str) -> _Robots | None:
        entry = self.entries.get(self.origin(url))
        return entry if entry and entry.expires > time.monotonic() else None

    def store(self, url: str, status: int | None, body: bytes) -> _Robots:
        """Remember a robots.txt answer (status None: the host could not be reached)."""
        now = time.monotonic()
        if status is not None and 200 <= status < 300:
            entry = _Robots(Protego.parse(body.decode("utf-8", "replace")), False, now + self.ttl)
        elif status is not None and 400 <= status < 500:
            entry = _Robots(None, False, now + self.ttl)
        else:
            entry = _Robots(None, True, now + self.failure_ttl)
        self.entries[self.origin(url)] = entry
        return entry

    @staticmethod
    def allowed(entry: _Robots, url: str, agent: str) -> bool:
        if entry.deny_all:
            return False
        return entry.parser is None or bool(entry.parser.can_fetch(url, agent))

    @staticmethod
    def crawl_delay(entry: _Robots | None, agent: str) -> float:
        if entry is None or entry.parser is None:
            return 0.0
        return float(entry.parser.crawl_delay(agent) or 0.0)


# --------------------------------------------------------------------------- pure helpers

def retry_after(headers: Mapping[str, str], now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date), or None."""
    value = (headers.get("retry-after") or "").strip()
    if not value:
        return None
    if value.isascii() and value.isdigit():  # «²» (a Latin-1 byte read as a header) is a digit to str, not to float
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class BoundedDecoder:
    """Decompress a body (gzip, deflate or none) without ever producing more than `limit` bytes."""

    def __init__(self, encoding: str, limit: int):
        encoding = (encoding or "identity").strip().lower()
        if encoding in ("gzip", "x-gzip"):
            self._z: Any = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = None
            self._deflate = True
        elif encoding in ("identity", ""):
            self._z = None
            self._deflate = False
        else:
            raise FetchError(f"unsupported Content-Encoding {encoding!r}")
        self.encoding, self.limit = encoding, limit
        self.size = 0
        self.truncated = False

    def _make_deflate(self, chunk: bytes) -> Any:
        # "deflate" is zlib-wrapped by the standard, raw by some servers; the first byte tells which.
        return zlib.decompressobj(zlib.MAX_WBITS if chunk[:1] and (chunk[0] & 0x0F) == 8 else -zlib.MAX_WBITS)

    def feed(self, chunk: bytes) -> bytes:
        """Bytes decoded from a chunk, never past the limit (then `truncated` is set)."""
        if self.truncated or not chunk:
            return b""
        if self._z is None and self.encoding == "deflate":
            self._z = self._make_deflate(chunk)
        out = []
        if self._z is None:
            data = chunk
            room = self.limit - self.size
            if len(data) > room:
                data, self.truncated = data[:room], True
            self.size += len(data)
            return data
        data = chunk
        try:
            while data and not self.truncated:
                room = self.limit - self.size
                piece = self._z.decompress(data, room + 1)
                if len(piece) > room:
                    piece, self.truncated = piece[:room], True
                self.size += len(piece)
                out.append(piece)
                data = self._z.unconsumed_tail
        except zlib.error as exc:
            raise FetchError(f"corrupt {self.encoding} body: {exc}") from exc
        return b"".join(out)


# --------------------------------------------------------------------------- the fetcher

class Fetcher:
    """Async HTTP with the crawler's limits (see module docstring); use as `async with Fetcher(...) as f`."""

    def __init__(self, policy: FetchPolicy, clock: HostClock | None = None, robots: RobotsCache | None = None,
                 transport: httpx.AsyncBaseTransport | None = None,
                 resolver: Callable[[str, int | None], Awaitable[list[str]]] | None = None):
        self.policy = policy
        self.resolver = resolver or _resolve
        self.clock = clock or HostClock()
        self.robots = robots or RobotsCache(policy.robots_ttl)
        self.stats = FetchStats()
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._sem: asyncio.Semaphore | None = None
        self._host_locks: dict[str, asyncio.Lock] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self._dns: dict[str, list[str]] = {}
        self._unanswered: Counter = Counter()  # host → requests in a row that timed out or failed to connect (this run)

    async def __aenter__(self) -> Fetcher:
        p = self.policy
        self._client = httpx.AsyncClient(
            headers={"User-Agent": p.user_agent, "Accept-Language": "vi,en;q=0.5", "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(p.timeout), follow_redirects=False, trust_env=False, transport=self._transport,
            limits=httpx.Limits(max_connections=p.concurrency * 2, max_keepalive_connections=p.concurrency * 2),
        )
        self._sem = asyncio.Semaphore(p.concurrency)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    # -------------------------------------------------------------- public
    async def get(self, url: str, etag: str = "", last_modified: str = "") -> Response:
        """GET a URL politely (conditionally when validators are given); raises FetchError subclasses."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        p = self.policy
        for attempt in range(p.max_retries + 1):
            last = attempt == p.max_retries
            try:
                resp = await self._follow(url, headers)
            except (BlockedAddress, RobotsDenied, RateLimited, TooManyRedirects):
                raise
            except FetchError as exc:
                if last or not getattr(exc, "transient", False):
                    raise
                await self._pause(url, p.backoff * 2**attempt, source_error(str(exc)))
                continue
            if resp.status not in RETRY_STATUSES or last:
                return resp
            wanted = retry_after(resp.headers)
            wait = max(wanted or 0.0, p.backoff * 2**attempt)
            if wanted is not None and wanted > p.max_wait:
                self.clock.cool(host_of(resp.url), wanted)
                raise RateLimited(f"HTTP {resp.status} from {resp.url}: asked to wait {wanted:.0f} s (Retry-After), "
                                  f"more than the {p.max_wait:.0f} s allowed; left alone until then", host_of(resp.url))
            await self._pause(resp.url, min(wait, p.max_wait), describe_error(f"HTTP {resp.status}"))
        raise AssertionError("unreachable")  # pragma: no cover

    # -------------------------------------------------------------- internals
    async def _pause(self, url: str, seconds: float, why: str) -> None:
        """Wait before another try at `url`; `why` in the office's words (diemnong/reasons.py), for the log."""
        self.stats.retries += 1
        log.info("thử lại %s sau %s giây: %s", url, decimal(seconds), why)
        self.clock.hold(host_of(url), seconds)
        await asyncio.sleep(seconds)

    async def _check_address(self, url: str) -> None:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if self.policy.allow_private or not host:
            check_address(url, True)
            return
        try:
            ipaddress.ip_address(host)
            addresses = [host]
        except ValueError:
            addresses = self._dns.get(host)
            if addresses is None:
                addresses = self._dns[host] = await self.resolver(host, parts.port)
        check_address(url, False, addresses, self.policy.allow_networks)

    @asynccontextmanager
    async def _turn(self, url: str, crawl_delay: float = 0.0) -> AsyncIterator[None]:
        """Wait for this host's turn (one at a time, delay apart), then for a global slot."""
        host = host_of(url)
        cooling = self.clock.cooling_left(host)
        if cooling > 0:
            raise RateLimited(f"{host} asked us to wait; {cooling:.0f} s left before it is asked again", host)
        self._check_answering(host)
        lock = self._host_locks.setdefault(host, asyncio.Lock())
        async with lock:
            self._check_answering(host)  # checked again: the requests queued before this one may have found it hung
            wait = self.clock.wait_for(host)
            if wait > 0:
                await asyncio.sleep(wait)
            assert self._sem is not None, "use the Fetcher as an async context manager"
            async with self._sem:
                self.clock.started(host, max(self.policy.host_delay, min(crawl_delay, self.policy.max_wait)))
                yield

    def _check_answering(self, host: str) -> None:
        if self._unanswered[host] >= UNANSWERED_IN_A_ROW:
            raise HostNotAnswering(f"{host} did not answer its last {self._unanswered[host]} requests (timeouts, no "
                                   "connection): not asked again in this run")

    def _unanswered_by(self, url: str, message: str) -> FetchError:
        """A transient failure of a request that got no answer, counted against its host."""
        self._unanswered[host_of(url)] += 1
        return _transient(message)

    async def _robots_entry(self, url: str) -> Any:
        entry = self.robots.get(url)
        if entry is not None:
            return entry
        origin = self.robots.origin(url)
        async with self._robots_locks.setdefault(origin, asyncio.Lock()):
            entry = self.robots.get(url)
            if entry is not None:
                return entry
            self.stats.robots_fetched += 1
            try:
                resp = await self._follow(origin + "/robots.txt", {}, robots=False, max_bytes=ROBOTS_MAX_BYTES)
                entry = self.robots.store(url, resp.status, resp.content)
            except (RateLimited, BlockedAddress, HostNotAnswering):
                raise
            except FetchError as exc:
                log.info("không đọc được robots.txt của %s, tạm chưa thu thập trang web này — chi tiết: %s", origin, exc)
                entry = self.robots.store(url, None, b"")
            return entry

    async def _follow(self, url: str, headers: dict[str, str], robots: bool = True, max_bytes: int | None = None) -> Response:
        """One request with its redirects, each hop checked (address, robots, politeness)."""
        p = self.policy
        seen: set[str] = set()
        for hops in range(p.max_redirects + 1):
            if url in seen:
                raise TooManyRedirects(f"redirect loop at {url}")
            seen.add(url)
            await self._check_address(url)
            delay = 0.0
            if robots and p.respect_robots:
                entry = await self._robots_entry(url)
                if not self.robots.allowed(entry, url, p.robots_agent):
                    self.stats.refused["robots"] += 1
                    refusal = RobotsUnreadable if entry.deny_all else RobotsDenied
                    raise refusal(f"robots.txt of {self.robots.origin(url)} forbids {url}"
                                  + (" (it could not be read)" if entry.deny_all else ""))
                delay = self.robots.crawl_delay(entry, p.robots_agent)
            status, resp_headers, body, truncated = await self._once(url, headers, delay, max_bytes or p.max_bytes)
            location = resp_headers.get("location")
            if status in REDIRECTS and location:
                url = urljoin(url, location.strip())
                continue
            return Response(url, status, body, resp_headers, truncated, hops)
        self.stats.refused["redirects"] += 1
        raise TooManyRedirects(f"more than {p.max_redirects} redirects from {url}")

    async def _once(self, url: str, headers: dict[str, str], crawl_delay: float, max_bytes: int) -> tuple[int, dict[str, str], bytes, bool]:
        assert self._client is not None, "use the Fetcher as an async context manager"
        async with self._turn(url, crawl_delay):
            self.stats.requests += 1
            try:
                async with asyncio.timeout(self.policy.timeout):
                    async with self._client.stream("GET", url, headers=headers) as r:
                        self._check_peer(url, r)
                        self._unanswered.pop(host_of(url), None)
                        self.stats.statuses[r.status_code] += 1
                        resp_headers = {k.lower(): v for k, v in r.headers.items()}
                        if r.status_code in REDIRECTS or r.status_code == 304:
                            return r.status_code, resp_headers, b"", False
                        decoder = BoundedDecoder(resp_headers.get("content-encoding", ""), max_bytes)
                        chunks = []
                        async for raw in r.aiter_raw():
                            self.stats.bytes += len(raw)
                            chunks.append(decoder.feed(raw))
                            if decoder.truncated:
                                log.info("phản hồi của %s bị cắt còn %s byte (crawler.max_response_bytes)", url, number(max_bytes))
                                break
                        return r.status_code, resp_headers, b"".join(chunks), decoder.truncated
            except TimeoutError as exc:
                raise self._unanswered_by(url, f"timed out after {self.policy.timeout:g} s fetching {url}") from exc
            except httpx.TimeoutException as exc:
                raise self._unanswered_by(url, f"timed out fetching {url}") from exc
            except httpx.TransportError as exc:
                raise self._unanswered_by(url, f"cannot fetch {url}: {exc.__class__.__name__} {exc}".strip()) from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"cannot fetch {url}: {exc}") from exc

    def _check_peer(self, url: str, r: httpx.Response) -> None:
        """Refuse the answer when the connection went to a non-public address (DNS changed since the check)."""
        if self.policy.allow_private:
            return
        stream = r.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if peer:
            check_ip(url, str(peer[0]), False, self.policy.allow_networks)


async def _resolve(host: str, port: int | None) -> list[str]:
    """The addresses of a host, resolved without blocking the event loop."""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, proto=6)
    except OSError as exc:
        raise FetchError(f"cannot resolve {host}: {exc}") from exc
    return sorted({i[4][0] for i in infos})


def _transient(message: str) -> FetchError:
    exc = FetchError(message)
    exc.transient = True  # type: ignore[attr-defined]
    return exc
