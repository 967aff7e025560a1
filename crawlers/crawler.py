"""One crawl run: every due source polled concurrently (feeds and listing pages), pages fetched and
extracted, and the events handed to the caller as they happen.

The crawler never touches the store. It is told which URLs are already known (``known``), and it
reports, in this order for each source: a :class:`Found` per new article (complete, or only the feed
item when its page failed — nothing is dropped), then one :class:`Done` with the source's new state.
The caller stores the articles first and the state after, so a crash in between makes the next run
poll the source again (no ETag saved yet) and find the stored articles already known: nothing lost,
nothing twice. Pages due for another try come back as :class:`Retried`.

The async work runs in a thread of its own (:meth:`Crawler.run`), so fetching goes on while the
caller analyses and stores what arrived; the host clock and the robots cache are kept between runs.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any, Callable, Collection, Iterable, Iterator, Sequence, Union

import httpx

from crawlers.dates import plausible
from crawlers.encoding import decode_html
from crawlers.extract import ExtractionError, NotAnArticle, extract_article, in_case
from crawlers.feeds import FeedError, FeedItem, parse_feed
from crawlers.fetcher import (FetchError, Fetcher, FetchPolicy, FetchStats, HostClock, RateLimited, Response, RobotsCache,
                              RobotsDenied, RobotsUnreadable)
from crawlers.listing import ListingError, Walk, walk_listing
from crawlers.outlets import Outlet, default_outlets, outlet_for
from crawlers.safety import BlockedAddress
from crawlers.sitemap import Sitemap, SitemapEntry, SitemapError, parse_sitemap
from crawlers.urls import canonical_url, fetch_url, host_of, site_of, slug_title
from diemnong.config import Source
from diemnong.domain import TZ, Article, SourceState, doc_id, local_time
from diemnong.reasons import source_error
from diemnong.text import number

log = logging.getLogger(__name__)
# The log's words (read by the office's IT staff) for a feed's and a sitemap's skip reasons (crawlers/feeds.py,
# crawlers/sitemap.py) and for why a listing walk stopped (crawlers/listing.py: Walk.stopped); one not here is logged
# as it is.
SKIPPED_VI = {"item without a usable link": "mục không có liên kết dùng được",
              "repeated GUID in the same feed": "GUID lặp lại trong cùng nguồn tin",
              "entry without a usable <loc>": "mục không có địa chỉ dùng được",
              "child sitemap without a usable <loc>": "sơ đồ trang con không có địa chỉ dùng được",
              "child sitemap on another site": "sơ đồ trang con ở trang web khác",
              "older child sitemap left for later": "sơ đồ trang con cũ hơn, để lần sau",
              "entry on another site": "mục ở trang web khác"}
STOPPED_VI = {"seen": "gặp liên kết đã đọc lần trước", "max_pages": "đã đủ số trang được đọc (max_pages)",
              "no next page": "không còn trang sau", "no new links": "trang không có liên kết mới",
              "error": "một trang lỗi"}

RECENT_POLLS = 20
CURSOR_GUIDS = 1000
CURSOR_SEEN = 300
# A sitemap source's cursor keeps, besides its newest CURSOR_GUIDS and CURSOR_SEEN, every address its sitemap still lists
# in its window (up to this many), so a sitemap listing hundreds of section pages does not fetch the ones forgotten again
# and again, whatever its max_entries.
CURSOR_LISTED = 20_000
LISTING_BACKOFF_MAX = timedelta(days=1)  # a listing page that keeps failing is asked at least once a day
# A sitemap source's defaults (its window_days and max_entries: diemnong.config.SITEMAP_FIELDS)
SITEMAP_WINDOW = timedelta(days=Source.window_days)  # entries older than this are not taken
SITEMAP_ENTRIES = Source.max_entries  # the newest entries taken per poll
HTML_TYPES = ("text/html", "application/xhtml", "text/plain")


# --------------------------------------------------------------------------- events

@dataclass
class PollResult:
    source: Source
    state: SourceState
    articles: list[Article] = field(default_factory=list)
    outcomes: dict[str, int] = field(default_factory=dict)
    error: str = ""

    def count(self, outcome: str, n: int = 1) -> None:
        if n:
            self.outcomes[outcome] = self.outcomes.get(outcome, 0) + n


@dataclass(frozen=True)
class Found:
    """A new article of a source, complete or (when `page_error`) known only from its feed item."""

    source_url: str
    article: Article
    page_error: str = ""
    permanent: bool = False  # the page will not become readable by trying again (410, robots, not HTML)
    also_at: str = ""  # the canonical address its link redirected to, whose page failed: the same article
    other_urls: tuple[str, ...] = ()  # other links its feed gave it under its GUID (another section's path)

    @property
    def aliases(self) -> tuple[str, ...]:
        """The article's other canonical addresses, for the store to know it by (never its own)."""
        urls = ((self.also_at,) if self.also_at else ()) + self.other_urls
        return tuple(u for u in dict.fromkeys(urls) if doc_id(u) != self.article.id)


@dataclass(frozen=True)
class Done:
    """A source is finished for this run; its state may be saved once its articles are stored."""

    result: PollResult


@dataclass(frozen=True)
class Retried:
    """Another try at a stored article's page: the completed article, or why it failed again."""

    article: Article
    ok: bool
    error: str = ""
    permanent: bool = False


Event = Union[Found, Done, Retried]


class PageError(ValueError):
    """An article page could not be used (the message says why)."""

    def __init__(self, message: str, permanent: bool = False, not_article: bool = False):
        super().__init__(message)
        self.permanent, self.not_article = permanent, not_article
        self.moved_to = ""  # the canonical address the link redirected to, when the page failed there


# --------------------------------------------------------------------------- pure helpers

def load_cursor(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        data = {}
    return data if isinstance(data, dict) else {}


def remember_guids(cursor: dict[str, Any], pairs: Iterable[tuple[str, str, str]],
                   keep: int = CURSOR_GUIDS) -> dict[str, Any]:
    """The cursor with these GUID → URL pairs added last (oldest forgotten beyond `keep`), each with a
    fingerprint of the headline it was last taken with (`titles`, to see an item changed in place)."""
    guids, titles = dict(cursor.get("guids", {})), dict(cursor.get("titles", {}))
    for guid, url, title in pairs:
        guids.pop(guid, None)
        guids[guid] = url
        titles[guid] = title
    kept = dict(list(guids.items())[-keep:])
    return {**cursor, "guids": kept, "titles": {g: titles[g] for g in kept if titles.get(g)}}


def title_mark(title: str) -> str:
    """A short fingerprint of a feed item's headline, as kept in the cursor."""
    return hashlib.sha1(" ".join(title.split()).encode("utf-8")).hexdigest()[:12] if title.strip() else ""


def retitled(cursor: dict[str, Any], item: FeedItem) -> bool:
    """Whether a known item now has another headline than the one it was taken with (an article changed in place).
    A cursor written before headlines were kept says nothing."""
    before, now = cursor.get("titles", {}).get(item.guid, ""), title_mark(item.title)
    return bool(before and now and before != now)


def remember_seen(cursor: dict[str, Any], urls: Sequence[str]) -> dict[str, Any]:
    """The cursor with these listing URLs first (newest first, at most CURSOR_SEEN)."""
    old = [u for u in cursor.get("seen", []) if u not in set(urls)]
    return {**cursor, "seen": (list(urls) + old)[:CURSOR_SEEN]}


def held_page(cursor: dict[str, Any], now: datetime) -> int:
    """The listing page left alone now because it kept failing (its back-off not over), or 0."""
    failing = cursor.get("failing") or {}
    try:
        until = datetime.fromisoformat(str(failing.get("until")))
        return int(failing["page"]) if now < until else 0
    except (KeyError, TypeError, ValueError):  # no back-off, or a cursor that cannot say
        return 0


def listing_backoff(cursor: dict[str, Any], walk: Walk, held: int, interval_minutes: int, now: datetime) -> dict[str, Any]:
    """The cursor after a walk: a page that failed is asked again at the next poll; failing again, it is left alone for
    twice the source's interval, doubled at each failure in a row (at most a day); a walk cut before a held page keeps
    its back-off; any other walk ends it."""
    failing = cursor.get("failing") or {}
    rest = {k: v for k, v in cursor.items() if k != "failing"}
    if held and walk.stopped != "error":
        return {**rest, "failing": failing}
    if walk.stopped != "error":
        return rest
    page = walk.pages + 1  # pages are read in order: the first one not read is the one that failed
    failures = int(failing.get("failures", 0)) + 1 if failing.get("page") == page else 1
    wait = min(timedelta(minutes=interval_minutes * 2 ** (failures - 1)), LISTING_BACKOFF_MAX) if failures > 1 else timedelta(0)
    return {**rest, "failing": {"page": page, "failures": failures, "until": (now + wait).isoformat()}}


def believable(when: datetime | None, now: datetime) -> datetime | None:
    """A publication time as it can be true: none before 1995, none in the future.

    A time about seven hours ahead is Vietnamese local time labelled as UTC (a common feed bug) and is
    moved back; any other future time is not believed.
    """
    if when is None or not plausible(when, now):
        return None
    ahead = when - now
    if ahead <= timedelta(minutes=10):
        return when
    if timedelta(hours=6, minutes=30) <= ahead <= timedelta(hours=7, minutes=30):
        return when - timedelta(hours=7)
    return None


def item_time(item: FeedItem, now: datetime) -> datetime | None:
    """The feed's time of an item when it is believable (see `believable`)."""
    return believable(item.published, now)


def article_from_item(item: FeedItem, source: Source, now: datetime) -> Article:
    """An article known only from its feed item (its page still to be fetched at the item's link as published).

    Without a believable feed time it gets the time it was first read (``published == fetched`` marks
    that, so the page's own time can replace it later).
    """
    url = canonical_url(item.url)
    return Article(
        url=url, title=item.title or slug_title(url), source=source.name, published=item_time(item, now) or now,
        summary=item.summary, image=item.image, author=item.author, fetched=now, status="feed-only", link=fetch_url(item.url),
    )


def entry_item(entry: SitemapEntry) -> FeedItem:
    """A sitemap entry as a feed item (its address its GUID): the headline and publication time are the sitemap's,
    kept when the page cannot be read. A lastmod is no publication time (the page's own time is taken)."""
    return FeedItem(url=entry.url, title=entry.title, summary="", published=entry.published, guid=entry.url, image=entry.image)


def recent_entries(entries: Sequence[SitemapEntry], now: datetime, window: timedelta = SITEMAP_WINDOW,
                   limit: int = SITEMAP_ENTRIES) -> tuple[list[SitemapEntry], int, int]:
    """The entries to take: each address once, none with a believable time (its publication's, else its lastmod)
    older than `window`, the newest `limit` (those without a time after the dated ones, as listed); with how many were
    too old and how many were beyond that number."""
    first = {canonical_url(e.url): e for e in reversed(entries)}  # an address listed twice: its first entry
    kept = [e for e in entries if first.get(canonical_url(e.url)) is e]
    times = [believable(e.published or e.lastmod, now) for e in kept]
    fresh = [(e, t) for e, t in zip(kept, times) if t is None or now - t <= window]
    ordered = [e for e, t in sorted(fresh, key=lambda et: (et[1] is None, -(et[1].timestamp() if et[1] else 0)))]
    return ordered[:limit], len(kept) - len(fresh), max(0, len(ordered) - limit)


def unseen_entries(entries: Sequence[SitemapEntry], cursor: dict[str, Any]) -> list[SitemapEntry]:
    """The entries a sitemap's earlier polls did not take: not kept (under their address or the one they led to) and
    not found to be no article."""
    done = set(cursor.get("guids", {})) | set(cursor.get("no_article", []))
    return [e for e in entries if canonical_url(e.url) not in done]


def still_listed(addresses: Sequence[str], listed: Collection[str] | None, keep: int) -> list[str]:
    """The first `keep` addresses (newest first), and any after them the sitemap still lists (CURSOR_LISTED of these at
    most); `listed` None (a poll that read only part of the sitemap): any after them, as many."""
    held = set([u for u in addresses if listed is None or u in listed][:CURSOR_LISTED])
    return [u for n, u in enumerate(addresses) if n < keep or u in held]


def remember_entries(cursor: dict[str, Any], kept: dict[str, str], listed: Collection[str] | None = ()) -> dict[str, Any]:
    """The cursor with a poll's entries added: address → address kept under (`guids`, as a feed's GUIDs), and the
    addresses that proved no article (`no_article`, newest first); the newest CURSOR_GUIDS and CURSOR_SEEN of each,
    and those still `listed` in the sitemap's window (still_listed) — all of them, CURSOR_LISTED at most, when
    `listed` is None: a child sitemap that failed this poll still lists its own, which are not asked again."""
    none = [url for url, at in kept.items() if not at]
    drop = set(none)
    no_article = none + [u for u in cursor.get("no_article", []) if u not in drop]
    cursor = remember_guids(cursor, [(url, at, "") for url, at in kept.items() if at], len(cursor.get("guids", {})) + len(kept))
    guids = set(still_listed(list(reversed(cursor["guids"])), listed, CURSOR_GUIDS))
    return {**cursor, "guids": {g: u for g, u in cursor["guids"].items() if g in guids},
            "titles": {g: t for g, t in cursor.get("titles", {}).items() if g in guids},
            "no_article": still_listed(no_article, listed, CURSOR_SEEN)}


def has_own_time(article: Article) -> bool:
    return article.fetched is None or article.published != article.fetched


def day_only(when: datetime) -> bool:
    """Whether a feed's time is a date without its time of day (00:00:00 in Vietnam: a feed that writes «27/11/2026»)."""
    return local_time(when).time() == time(0)


def complete_article(article: Article, page: Response, outlets: Sequence[Outlet] | None = None,
                     now: datetime | None = None) -> Article:
    """Fill an article with its page's text; the feed's title and time win where they exist. `now`: when the page was
    read (a retry's is later than the article's first sight), which a dateline such as «2 giờ trước» counts from."""
    if page.status >= 400:
        raise PageError(f"HTTP {page.status}", permanent=page.status in (410, 451))
    ctype = page.content_type.split(";")[0].strip().lower()
    if ctype and not ctype.startswith(HTML_TYPES):
        raise PageError(f"not an HTML page ({ctype})", permanent=True)
    try:
        ex = extract_article(decode_html(page.content, page.content_type), page.url,
                             outlet_for(site_of(page.url), outlets), now=now or article.fetched)
    except NotAnArticle as exc:
        raise PageError(str(exc), permanent=True, not_article=True) from exc
    except ExtractionError as exc:
        raise PageError(str(exc)) from exc
    title = article.title if article.title and article.title != slug_title(article.url) else (ex.title or article.title)
    title = in_case(title, ex.title)  # a feed's or listing's headline in capitals: the page's, when it is that headline
    published = article.published
    page_time = believable(ex.published, article.fetched or datetime.now(TZ))
    if not has_own_time(article) and page_time is not None:
        # A page date without a time of day on the day it was first seen says less than the first-seen time.
        if ex.time_of_day or page_time.date() != article.published.date():
            published = page_time
    elif page_time is not None and ex.time_of_day and day_only(published) and page_time.date() == local_time(published).date():
        published = page_time  # the feed gave the day only; the page tells its time of day
    return article.with_(
        text=ex.text, summary=article.summary or ex.lead, author=article.author or ex.author,
        image=article.image or ex.image, title=title, published=published, status="complete",
    )


def close_state(result: PollResult, now: datetime, ok: bool, **changes: Any) -> SourceState:
    """The source's state after a poll: outcome counts added, success or failure recorded."""
    old = result.state
    counts = dict(old.counts)
    for key, n in result.outcomes.items():
        counts[key] = counts.get(key, 0) + n
    recent = (old.recent + ("1" if ok else "0"))[-RECENT_POLLS:]
    if ok:
        return old.with_(last_success=now, last_error="", counts=counts, recent=recent,
                         articles=old.articles + len(result.articles), **changes)
    return old.with_(last_error=result.error, failures=old.failures + 1, counts=counts, recent=recent, **changes)


# --------------------------------------------------------------------------- the crawler

class Crawler:
    """Polls sources with one polite fetcher per run; keeps the host clock and robots cache between runs."""

    def __init__(self, policy: FetchPolicy, fetch_pages: bool = True, listing_timeout: float = 600.0,
                 outlets: Sequence[Outlet] | None = None, transport: httpx.AsyncBaseTransport | None = None):
        self.policy, self.fetch_pages, self.listing_timeout = policy, fetch_pages, listing_timeout
        self.outlets = tuple(outlets) if outlets is not None else default_outlets()
        self.clock, self.robots = HostClock(), RobotsCache(policy.robots_ttl)
        self.transport = transport
        self.stats = FetchStats()

    # -------------------------------------------------------------- sync driver
    def run(self, sources: Sequence[Source], states: dict[str, SourceState], known: Callable[[list[str]], set[str]],
            retries: Sequence[Article] = (), now: datetime | None = None) -> Iterator[list[Event]]:
        """Crawl in a background thread, yielding the events that have arrived each time (oldest first)."""
        events: queue.Queue = queue.Queue()
        end = object()
        box: dict[str, Any] = {}

        def work() -> None:
            try:
                asyncio.run(self._main(sources, states, known, retries, now, events.put, box))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                events.put(exc)
            finally:
                events.put(end)

        thread = threading.Thread(target=work, name="diemnong-crawler", daemon=True)
        thread.start()
        finished = False
        try:
            while not finished:
                batch = [events.get()]
                while True:
                    try:
                        batch.append(events.get_nowait())
                    except queue.Empty:
                        break
                for item in batch:
                    if isinstance(item, BaseException):
                        raise item
                finished = batch[-1] is end
                ready = [e for e in batch if e is not end]
                if ready:
                    yield ready
        finally:
            if not finished and "loop" in box:
                try:
                    box["loop"].call_soon_threadsafe(box["task"].cancel)
                except RuntimeError:  # the crawl had already ended and closed its loop: nothing left to cancel
                    pass
            thread.join(timeout=30)

    async def _main(self, sources: Sequence[Source], states: dict[str, SourceState], known: Callable[[list[str]], set[str]],
                    retries: Sequence[Article], now: datetime | None, emit: Callable[[Event], None], box: dict[str, Any]) -> None:
        box["loop"], box["task"] = asyncio.get_running_loop(), asyncio.current_task()
        now = now or datetime.now(TZ)
        async with Fetcher(self.policy, self.clock, self.robots, self.transport) as fetcher:
            self.stats = fetcher.stats
            run = _Run(self, fetcher, known, now, emit)
            for state in states.values():
                self.hold_again(state)
            jobs = [run.poll(s, states.get(s.url) or SourceState(name=s.url)) for s in sources]
            jobs += [run.retry(a) for a in retries]
            try:
                await asyncio.gather(*jobs)
            finally:
                run.extractor.shutdown(wait=False, cancel_futures=True)

    def hold_again(self, state: SourceState) -> None:
        """A host's wait (Retry-After) that a source's stored state remembers, in the host clock again: a restarted
        service (a new clock) leaves the host alone until then, as the running one did. The clock caps it
        (COOL_AT_MOST): a wait stored long ago, or with the system clock set back since, holds no longer than that."""
        left = (state.held_until - datetime.now(TZ)).total_seconds() if state.held_until else 0.0
        if left > 0:
            self.clock.cool(state.held_host or host_of(state.name), left)

    def crawl(self, sources: Sequence[Source], states: dict[str, SourceState] | None = None,
              known: Callable[[list[str]], set[str]] = lambda urls: set(), retries: Sequence[Article] = (),
              now: datetime | None = None) -> list[Event]:
        """All events of one run at once (benchmarks and tests; the pipeline consumes :meth:`run`)."""
        return [e for batch in self.run(sources, states or {}, known, retries, now) for e in batch]


class _Run:
    """The state of one crawl run: its fetcher, the URLs claimed so far, the event sink."""

    def __init__(self, crawler: Crawler, fetcher: Fetcher, known: Callable[[list[str]], set[str]], now: datetime,
                 emit: Callable[[Event], None]):
        self.crawler, self.fetcher, self.known, self.now, self.emit = crawler, fetcher, known, now, emit
        self.claimed: set[str] = set()  # document ids (http and https alike), see `claimed_by_now`
        self.extractor = ThreadPoolExecutor(1, thread_name_prefix="diemnong-extract")

    def claimed_by_now(self, url: str) -> bool:
        """Whether a source took this article earlier in the run (one document for http and https, as in the store)."""
        return doc_id(url) in self.claimed

    def claim(self, url: str) -> None:
        self.claimed.add(doc_id(url))

    def taken_elsewhere(self, url: str, ours: set[str]) -> bool:
        """Whether another item of this run, or the store, has the article at this address (where its link led);
        else the address is claimed for it. Its own addresses (`ours`, document ids) are not another's."""
        if doc_id(url) in ours:
            return False
        if self.claimed_by_now(url) or url in self.known([url]):
            return True
        self.claim(url)
        return False

    async def poll(self, source: Source, state: SourceState) -> None:
        """Poll one source; never raises for the source's own failure (it is in the Done event)."""
        result = PollResult(source, state.with_(last_attempt=self.now, attempts=state.attempts + 1))
        held = host_of(source.url)  # the host whose wait the state keeps: the one that asked, if one did
        try:
            if source.kind == "html":
                await self._poll_listing(source, result)
            elif source.kind == "sitemap":
                await self._poll_sitemap(source, result)
            else:
                await self._poll_feed(source, result)
        except (FetchError, FeedError, ListingError, SitemapError) as exc:
            held = (exc.host or held) if isinstance(exc, RateLimited) else held
            result.error = str(exc)
            result.count("failed")
            result.state = close_state(result, self.now, ok=False)
            log.info("bỏ qua nguồn %s: %s", source.url, source_error(str(exc)))  # the caller reports result.error in its own words
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - one broken source must not stop the others
            result.error = f"{type(exc).__name__}: {exc}"
            result.count("failed")
            result.state = close_state(result, self.now, ok=False)
            log.exception("nguồn %s gặp lỗi ngoài dự kiến", source.url)
        until = self.held_until(held)
        result.state = result.state.with_(held_until=until, held_host=held if until and held != host_of(source.url) else "")
        self.emit(Done(result))

    def held_until(self, host: str) -> datetime | None:
        """Until when the host clock leaves this host alone (a long Retry-After), for the source's state."""
        left = self.fetcher.clock.cooling_left(host)
        return datetime.now(TZ) + timedelta(seconds=left) if left > 0 else None

    async def _unless_unchanged(self, source: Source, result: PollResult, what: str) -> Response | None:
        """The source fetched conditionally (its ETag, Last-Modified); None when unchanged since the last poll (304),
        its state closed as a success."""
        state = result.state
        resp = await self.fetcher.get(source.url, etag=state.etag, last_modified=state.last_modified)
        if not resp.not_modified:
            return resp
        result.count("not-modified")
        result.state = close_state(result, self.now, ok=True)
        log.info("%s %s không đổi từ lần quét trước (HTTP 304)", what, source.url)
        return None

    async def _poll_feed(self, source: Source, result: PollResult) -> None:
        state = result.state
        resp = await self._unless_unchanged(source, result, "nguồn")
        if resp is None:
            return
        if resp.status >= 400:
            raise FetchError(f"HTTP {resp.status} for {source.url}")
        if resp.truncated:
            raise FeedError(f"feed larger than {self.crawler.policy.max_bytes} bytes (crawler.max_response_bytes)")
        feed = parse_feed(resp.content, resp.url, resp.content_type)
        if feed.problem:
            log.info("nguồn %s lỗi định dạng nhưng vẫn đọc được — chi tiết: %s", source.url, feed.problem)
            result.count("feed-repaired")
        for reason, n in feed.skipped.items():
            result.count(f"skipped: {reason}", n)
            log.info("bỏ qua %s mục của %s: %s", number(n), source.url, SKIPPED_VI.get(reason, reason))
        cursor = load_cursor(state.cursor)
        guids = cursor.get("guids", {})
        fresh, changed = [], []
        for item in feed.items:
            if item.guid not in guids:
                fresh.append(item)
            elif retitled(cursor, item):
                changed.append(item)
            else:
                result.count("already-seen")
        await self._take(source, result, [(article_from_item(i, source, self.now), i) for i in fresh])
        done = await asyncio.gather(*(self._update(source, result, i, guids[i.guid]) for i in changed))
        failed = {i.guid for i, ok in zip(changed, done) if not ok}  # kept with its old headline: tried at the next change
        pairs = [(i.guid, guids.get(i.guid) or canonical_url(i.url),
                  cursor["titles"][i.guid] if i.guid in failed else title_mark(i.title)) for i in feed.items]
        result.state = close_state(result, self.now, ok=True, etag=resp.headers.get("etag", ""),
                                   last_modified=resp.headers.get("last-modified", ""),
                                   cursor=json.dumps(remember_guids(cursor, pairs), ensure_ascii=False))

    async def _poll_listing(self, source: Source, result: PollResult) -> None:
        cursor = load_cursor(result.state.cursor)
        held = held_page(cursor, self.now)  # a page that kept failing is not asked until its back-off is over
        held = held if 1 < held <= source.max_pages else 0
        limit = held - 1 if held else source.max_pages
        try:
            walk = await walk_listing(source, list(cursor.get("seen", [])), self.crawler.policy, self.crawler.listing_timeout,
                                      max_pages=limit)
        finally:
            self.fetcher.clock.started(host_of(source.url), self.crawler.policy.host_delay)
        result.count("listing-pages", walk.pages)
        for error in walk.errors:
            result.count("listing-page-failed")
            log.info("trang chuyên mục của %s không tải được: %s", source.url, source_error(error))
        if held:
            result.count("listing-page-held")
            log.info("trang chuyên mục số %d của %s lỗi nhiều lần liền: tạm để yên đến %s", held, source.url,
                     f"{local_time(datetime.fromisoformat(cursor['failing']['until'])):%H:%M ngày %d/%m/%Y}")
        log.info("đã đọc %s trang chuyên mục của %s, dừng vì %s", number(walk.pages), source.url,
                 STOPPED_VI.get(walk.stopped, walk.stopped))
        items = [(Article(url=link.url, title=link.title or slug_title(link.url), source=source.name, published=self.now,
                          fetched=self.now, status="feed-only", link=link.href), None) for link in walk.links]
        await self._take(source, result, items)
        # A walk cut short by a page that failed (or held) keeps the cursor as it was: the links it took would stop the
        # next walk before the page it could not read (the store still knows them, so they are not taken twice).
        cut = walk.stopped == "error" or (held and walk.stopped == "max_pages")
        seen = cursor if cut else remember_seen(cursor, [link.url for link in walk.links])
        seen = listing_backoff(seen, walk, held, source.interval_minutes, self.now)
        result.state = close_state(result, self.now, ok=True, cursor=json.dumps(seen, ensure_ascii=False))

    async def _poll_sitemap(self, source: Source, result: PollResult) -> None:
        """A sitemap (or an index and its newest child sitemaps): its recent entries taken as feed items. A child that
        fails is counted and the others' entries are kept; an index is asked in full each time (its children change
        under it), a sitemap conditionally."""
        state = result.state
        resp = await self._unless_unchanged(source, result, "sơ đồ trang")
        if resp is None:
            return
        sitemap = self._sitemap(source.url, resp, result)
        entries, errors = list(sitemap.entries), []
        for url in sitemap.children:
            try:
                child = self._sitemap(url, await self.fetcher.get(url), result)
            except (FetchError, SitemapError) as exc:
                errors.append(str(exc))
                result.count("child-sitemap-failed")
                log.info("bỏ qua sơ đồ trang con %s của %s: %s", url, source.url, source_error(str(exc)))
                continue
            result.count("skipped: sitemap index inside an index", int(child.index))  # not followed further
            entries += child.entries
        if sitemap.children and len(errors) == len(sitemap.children):
            raise SitemapError(f"no child sitemap of {source.url} could be read; the first: {errors[0]}")
        cursor = load_cursor(state.cursor)
        unseen = unseen_entries(entries, cursor)
        result.count("already-seen", len(entries) - len(unseen))  # taken by an earlier poll: not asked again
        taken, old, beyond = recent_entries(unseen, self.now, timedelta(days=source.window_days), source.max_entries)
        result.count("too-old", old)
        if old and not taken:  # an index whose children are years old, a sitemap no longer written: the office is told
            result.count("nothing-recent")
            log.info("sơ đồ trang %s không có mục nào trong %s ngày gần nhất (%s mục đều cũ hơn)", source.url,
                     number(source.window_days), number(old))
        result.count("beyond-the-newest", beyond)  # the source's max_entries taken, the rest left
        # An entry with a headline (a news sitemap's) is an article as a feed item is; one without is a link, as a listing
        # page's: a page that proves to be no article (a section a plain sitemap lists) is not kept.
        kept = await self._take(source, result, [(article_from_item(entry_item(e), source, self.now),
                                                  entry_item(e) if e.title else None) for e in taken])
        validators = {} if sitemap.index else {"etag": resp.headers.get("etag", ""),
                                               "last_modified": resp.headers.get("last-modified", "")}
        window = recent_entries(entries, self.now, timedelta(days=source.window_days), len(entries))[0]
        cursor = remember_entries(cursor, kept, None if errors else {canonical_url(e.url) for e in window})
        result.state = close_state(result, self.now, ok=True, cursor=json.dumps(cursor, ensure_ascii=False), **validators)

    def _sitemap(self, url: str, resp: Response, result: PollResult) -> Sitemap:
        """A fetched sitemap read (a cut or malformed one keeps the entries before the fault); raises for an HTTP error
        or a document with nothing readable."""
        if resp.status >= 400:
            raise FetchError(f"HTTP {resp.status} for {url}")
        sitemap = parse_sitemap(resp.content, resp.url, self.crawler.policy.max_bytes, resp.truncated, resp.content_type,
                                asked=url)
        if sitemap.cut:  # it breaks off where it was cut: that is no fault of its own
            result.count("sitemap-cut")
            log.info("sơ đồ trang %s bị cắt còn %s byte (crawler.max_response_bytes), đọc các mục trong phần đã tải", url,
                     number(self.crawler.policy.max_bytes))
        elif sitemap.problem:
            result.count("sitemap-broken-off")
            log.info("sơ đồ trang %s lỗi định dạng, chỉ đọc các mục trước chỗ lỗi — chi tiết: %s", url, sitemap.problem)
        for reason, n in sitemap.skipped.items():
            result.count(f"skipped: {reason}", n)
            log.info("bỏ qua %s mục của sơ đồ trang %s: %s", number(n), url, SKIPPED_VI.get(reason, reason))
        return sitemap

    async def _take(self, source: Source, result: PollResult, items: list[tuple[Article, FeedItem | None]]) -> dict[str, str]:
        """Keep the items not known yet, fetch their pages, and emit each article; returns each item's address → the
        address it is kept under ('' when it proved no article)."""
        result.count("items", len(items))
        stored = self.known([u for a, i in items for u in (a.url, *(i.other_urls if i else ()))]) if items else set()
        todo = []
        for article, item in items:
            urls = (article.url, *(item.other_urls if item else ()))  # one GUID's links: one article
            if any(u in stored or self.claimed_by_now(u) for u in urls):
                result.count("already-seen")
                continue
            for url in urls:
                self.claim(url)
            if item is not None and item.published is None:
                result.count("no-date")
            elif item is not None and item_time(item, self.now) is None:
                result.count("implausible-date")
                log.info("bỏ qua giờ đăng không thể đúng %s mà nguồn tin ghi cho %s", item.published, article.url)
            todo.append((article, item))
        kept = await asyncio.gather(*(self._one(source, result, a, i is not None, i.other_urls if i else ()) for a, i in todo))
        return {**{a.url: a.url for a, _ in items}, **{a.url: url for (a, _), url in zip(todo, kept)}}

    async def _one(self, source: Source, result: PollResult, article: Article, from_feed: bool = True,
                   other_urls: tuple[str, ...] = ()) -> str:
        """The address the article is kept under (its page's, where another source or the store may have it), or ''
        for a link that is no article."""
        error, permanent, known_as, also_at = "", False, article.url, ""
        ours = {doc_id(u) for u in (article.url, *other_urls)}  # its addresses, claimed by `_take`
        if self.crawler.fetch_pages:
            try:
                article = await self.page(article, moved=True)
                result.count("page-fetched")
            except PageError as exc:
                if exc.not_article and not from_feed:
                    # A listing selector caught a section or home page: not an article, nothing to keep.
                    result.count("not-an-article")
                    log.info("bỏ qua %s, liên kết trên %s: không phải trang bài báo — chi tiết: %s", article.url,
                             source.url, exc)
                    return ""
                error, permanent = str(exc), exc.permanent
                # Kept under its link; where the link led (an article's page that failed there) is its other address.
                if exc.moved_to and not exc.not_article and doc_id(exc.moved_to) != doc_id(article.url):
                    also_at = exc.moved_to
                    # As for a page read there (below): another source of this run, or the store, has it at that address.
                    if self.taken_elsewhere(also_at, ours):
                        result.count("already-seen")
                        log.info("%s chuyển hướng tới %s, bài này đã có", known_as, also_at)
                        return also_at
                result.count("page-failed")
                log.info("không đọc được trang bài %s, chỉ giữ %s: %s", article.url,
                         "mục trong nguồn tin" if from_feed else "liên kết trên trang chuyên mục", source_error(str(exc)))
            # The link redirected to the article's own address: the article is known by that address, once.
            if doc_id(article.url) != doc_id(known_as) and self.taken_elsewhere(article.url, ours):
                result.count("already-seen")
                log.info("%s chuyển hướng tới %s, bài này đã có", known_as, article.url)
                return article.url
        result.articles.append(article)
        result.count("new")
        self.emit(Found(source.url, article, error, permanent, also_at, other_urls))
        return article.url

    async def _update(self, source: Source, result: PollResult, item: FeedItem, url: str) -> bool:
        """A stored article whose feed item came back with another headline: read again and emitted as its new
        version (same address, so stored in place); False when it could not be read (kept as it was)."""
        article = article_from_item(item, source, self.now).with_(url=url)
        if self.claimed_by_now(url):  # another feed of the outlet has it in this run
            result.count("already-seen")
            return True
        self.claim(url)
        try:
            if self.crawler.fetch_pages:
                article = await self.page(article, moved=True)
        except PageError as exc:
            result.count("update-failed")
            log.info("bài %s đổi tiêu đề nhưng không đọc được trang, giữ nguyên bản cũ: %s", url, source_error(str(exc)))
            return False
        moved = doc_id(article.url) != doc_id(url)
        if (moved and self.claimed_by_now(article.url)) or article.url not in self.known([article.url]):
            result.count("already-seen")
            return True
        self.claim(article.url)
        result.count("updated")
        log.info("bài %s đã cập nhật, tiêu đề mới: «%s»", article.url, article.title)
        self.emit(Found(source.url, article))
        return True

    async def page(self, article: Article, moved: bool = False) -> Article:
        """Fetch and extract an article's page (raises PageError). The page is requested at the link as published
        (`Article.page_url`), never at the canonical `url`, which a site need not answer at (only www., a parameter
        the canonical form drops). With `moved`, an article whose link redirected (a 301 chain, a feed's
        click-through host) takes the canonical form of the address it was read at, and that address as its link."""
        try:
            resp = await self.fetcher.get(article.page_url)
        except RobotsUnreadable as exc:  # the host's robots.txt failed just now (5xx, no answer): try again later
            raise PageError(str(exc)) from exc
        except (BlockedAddress, RobotsDenied) as exc:
            raise PageError(str(exc), permanent=True) from exc
        except (RateLimited, FetchError) as exc:
            raise PageError(str(exc)) from exc
        if resp.truncated:
            log.info("trang %s bị cắt còn %s byte (crawler.max_response_bytes), lấy bài từ phần đã đọc", resp.url,
                     number(self.crawler.policy.max_bytes))
        # Extraction is CPU work (tens of ms a page): off the event loop, so timers and politeness stay exact.
        try:
            done = await asyncio.get_running_loop().run_in_executor(self.extractor, complete_article, article, resp,
                                                                    self.crawler.outlets, self.now)
        except PageError as exc:
            exc.moved_to = canonical_url(resp.url) if resp.redirects else ""
            raise
        return done.with_(url=canonical_url(resp.url), link=fetch_url(resp.url)) if moved and resp.redirects else done

    async def retry(self, article: Article) -> None:
        """Another try at a stored feed-only article's page."""
        try:
            done = await self.page(article)
            self.emit(Retried(done, True))
        except PageError as exc:
            log.info("trang bài %s vẫn chưa đọc được: %s", article.url, source_error(str(exc)))
            self.emit(Retried(article, False, str(exc), exc.permanent))


def next_retry(attempts: int, hours: Sequence[float], now: datetime, permanent: bool = False) -> datetime | None:
    """When to try a failed page again after `attempts` failures (None: give up)."""
    if permanent or attempts > len(hours):
        return None
    return now + timedelta(hours=float(hours[attempts - 1]))
