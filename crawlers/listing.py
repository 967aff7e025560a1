"""Sites without feeds: a scrapy spider walks a section's listing pages and reports the article links.

Per-site CSS selectors come from data/sources.yaml (``selectors.article_links``, and
``selectors.next_page`` or a ``selectors.page_url`` template with ``{n}``). The walk goes newest
first, at most ``max_pages`` pages, and stops at the first page that shows an article already seen
(the source's cursor), since everything after it is older.

Twisted's reactor cannot be started twice in one process, and `diemnong run` polls forever, so each
walk runs in a child process (``python -m crawlers.listing``) that reads its job as JSON on stdin and
writes one JSON line per event on stdout; :func:`walk_listing` starts it from the async crawler, with
a time limit. The spider obeys the same rules as the feed fetcher: robots.txt, one request at a time
per host and ``host_delay`` apart (no jitter below it), retries with backoff honouring Retry-After,
redirect and size limits (scrapy applies DOWNLOAD_MAXSIZE to decompressed bodies too), and refusal of
private addresses on every request, redirects and robots.txt included.
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawlers.encoding import decode_html
from crawlers.fetcher import FetchPolicy
from crawlers.safety import FetchError, check_address
from crawlers.urls import canonical_url, fetch_url

ROOT = Path(__file__).resolve().parents[1]


class ListingError(FetchError):
    """A listing walk could not run or returned nothing usable."""


@dataclass(frozen=True)
class Link:
    url: str  # canonical: the article's identity
    title: str
    page: int
    href: str = ""  # the link as the page gave it (fragment removed): where the article is fetched


@dataclass
class Walk:
    """What one walk of a section found."""

    links: list[Link] = field(default_factory=list)
    pages: int = 0
    stopped: str = ""  # "seen" | "max_pages" | "no next page" | "error"
    errors: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- parent side

def job(source: Any, seen: list[str], policy: FetchPolicy, max_pages: int | None = None) -> dict[str, Any]:
    """The JSON job for one walk (at most `max_pages` pages, else the source's own limit)."""
    return {"url": source.url, "selectors": dict(source.selectors), "max_pages": max_pages or source.max_pages, "seen": seen,
            "policy": policy.__dict__}


def read_events(lines: list[str]) -> Walk:
    """A walk from the child's JSON lines (lines that are not JSON are ignored)."""
    walk = Walk()
    for line in lines:
        try:
            event = json.loads(line)
        except ValueError:
            continue
        kind = event.get("type")
        if kind == "link":
            walk.links.append(Link(event["url"], event.get("title", ""), int(event.get("page", 1)), event.get("href", "")))
        elif kind == "page":
            walk.pages += 1
        elif kind == "error":
            walk.errors.append(f"{event.get('url')}: {event.get('reason')}")
        elif kind == "done":
            walk.stopped = event.get("stopped", "")
    return walk


async def walk_listing(source: Any, seen: list[str], policy: FetchPolicy, timeout: float, max_pages: int | None = None) -> Walk:
    """Run the listing spider for one source in a child process; raises ListingError when it fails outright."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "crawlers.listing", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE, cwd=str(ROOT), env=env,
    )
    try:
        out, err = await asyncio.wait_for(proc.communicate(json.dumps(job(source, seen, policy, max_pages)).encode()), timeout)
    except asyncio.TimeoutError:
        proc.kill()
        await proc.wait()
        raise ListingError(f"listing walk of {source.url} took longer than {timeout:g} s and was stopped") from None
    except asyncio.CancelledError:
        proc.kill()
        await proc.wait()
        raise
    walk = read_events(out.decode("utf-8", "replace").splitlines())
    if proc.returncode != 0 and not walk.pages:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit code {proc.returncode}"]
        raise ListingError(f"listing walk of {source.url} failed: {tail[0]}")
    if not walk.pages:
        raise ListingError(f"no listing page of {source.url} could be read: {'; '.join(walk.errors) or 'no answer'}")
    return walk


# --------------------------------------------------------------------------- child side (scrapy)

def _emit(event: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def scrapy_settings(policy: FetchPolicy) -> dict[str, Any]:
    """Scrapy settings equivalent to the feed fetcher's policy."""
    return {
        "USER_AGENT": policy.user_agent,
        "ROBOTSTXT_OBEY": policy.respect_robots,
        "ROBOTSTXT_USER_AGENT": policy.robots_agent,
        "DOWNLOAD_DELAY": policy.host_delay,
        "RANDOMIZE_DOWNLOAD_DELAY": False,
        "CONCURRENT_REQUESTS": policy.concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "DOWNLOAD_TIMEOUT": policy.timeout,
        "DOWNLOAD_MAXSIZE": policy.max_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "REDIRECT_MAX_TIMES": policy.max_redirects,
        "RETRY_TIMES": policy.max_retries,
        "RETRY_HTTP_CODES": [408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524],
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "LOG_INSTALL_ROOT_HANDLER": False,
        "DEFAULT_REQUEST_HEADERS": {"Accept-Language": "vi,en;q=0.5"},
        "DOWNLOADER_MIDDLEWARES": {
            "crawlers.listing.AddressMiddleware": 50,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "crawlers.listing.PoliteRetryMiddleware": 550,
        },
        "DIEMNONG_POLICY": policy.__dict__,
    }


def _spider_classes() -> tuple[Any, Any, Any]:
    """The spider and its middlewares (scrapy is imported only in the child process)."""
    import scrapy
    from scrapy.downloadermiddlewares.retry import RetryMiddleware
    from scrapy.exceptions import IgnoreRequest

    class AddressMiddleware:
        """Refuse requests (redirect hops and robots.txt included) to non-public addresses."""

        def __init__(self, allow_private: bool, allow_networks: tuple[str, ...]):
            self.allow_private, self.allow_networks = allow_private, allow_networks

        @classmethod
        def from_crawler(cls, crawler: Any) -> AddressMiddleware:
            policy = crawler.settings.getdict("DIEMNONG_POLICY")
            return cls(bool(policy.get("allow_private")), tuple(policy.get("allow_networks") or ()))

        def process_request(self, request: Any, spider: Any = None) -> None:
            try:
                check_address(request.url, self.allow_private, allow_networks=self.allow_networks)
            except FetchError as exc:
                raise IgnoreRequest(str(exc)) from exc

    class PoliteRetryMiddleware(RetryMiddleware):
        """Scrapy's retries, waiting between attempts: Retry-After when given (bounded), else exponential backoff."""

        def __init__(self, settings: Any):
            super().__init__(settings)
            policy = settings.getdict("DIEMNONG_POLICY")
            self.backoff, self.max_wait = float(policy.get("backoff", 2.0)), float(policy.get("max_wait", 60.0))

        async def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
            if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
                return response
            from crawlers.fetcher import retry_after

            tries = request.meta.get("retry_times", 0)
            header = response.headers.get(b"Retry-After")
            wanted = retry_after({"retry-after": header.decode("latin-1")} if header else {})
            if tries >= self.max_retry_times or (wanted is not None and wanted > self.max_wait):
                return response
            await asyncio.sleep(min(max(wanted or 0.0, self.backoff * 2**tries), self.max_wait))
            return self._retry(request, f"HTTP {response.status}") or response

    class ListingSpider(scrapy.Spider):
        name = "listing"

        def __init__(self, job: dict[str, Any], **kw: Any):
            super().__init__(**kw)
            self.job = job
            self.seen = set(job.get("seen", ()))
            self.emitted: set[str] = set()
            self.stopped = "max_pages"

        async def start(self) -> Any:
            yield scrapy.Request(self.job["url"], callback=self.parse, errback=self.failed, meta={"page": 1})

        def parse(self, response: Any) -> Any:
            sel, page = self.job["selectors"], response.meta["page"]
            # Read as article pages are (crawlers.encoding): a UTF-8 page whose header says iso-8859-1 is UTF-8.
            content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
            html = scrapy.Selector(text=decode_html(response.body, content_type))
            titles: dict[str, str] = {}
            hrefs: dict[str, str] = {}  # canonical URL -> the first link to it, as given (where it is fetched)
            order: list[str] = []
            hit_seen = False
            for a in html.css(sel["article_links"]):
                href = a.attrib.get("href")
                if not href or href.startswith(("javascript:", "mailto:", "#")):
                    continue
                given = fetch_url(response.urljoin(href))
                url = canonical_url(given)
                if not url.startswith(("http://", "https://")):
                    continue
                if url in self.seen:
                    hit_seen = True
                    continue
                text = " ".join(" ".join(a.css("::text").getall()).split()) or (a.attrib.get("title") or "").strip()
                if url not in titles:
                    order.append(url)
                    hrefs[url] = given
                if len(text) > len(titles.get(url, "")):
                    titles[url] = text
            new = [u for u in order if u not in self.emitted]
            for url in new:
                self.emitted.add(url)
                _emit({"type": "link", "url": url, "href": hrefs[url], "title": titles[url], "page": page})
            _emit({"type": "page", "url": response.url, "page": page, "links": len(new)})
            if hit_seen:
                self.stopped = "seen"
                return
            if page >= int(self.job.get("max_pages", 3)):
                self.stopped = "max_pages"
                return
            nxt = html.css(sel["next_page"]).attrib.get("href") if sel.get("next_page") else None
            if not nxt and sel.get("page_url"):
                nxt = sel["page_url"].replace("{n}", str(page + 1))
            if not nxt or not new:
                self.stopped = "no next page" if not nxt else "no new links"
                return
            yield response.follow(nxt, callback=self.parse, errback=self.failed, meta={"page": page + 1})

        def failed(self, failure: Any) -> None:
            request = getattr(failure, "request", None)
            response = getattr(failure.value, "response", None)
            reason = f"HTTP {response.status}" if response is not None else str(failure.value) or failure.type.__name__
            _emit({"type": "error", "url": request.url if request is not None else self.job["url"], "reason": reason})
            self.stopped = "error"

        def closed(self, reason: str) -> None:
            _emit({"type": "done", "stopped": self.stopped, "reason": reason})

    return ListingSpider, AddressMiddleware, PoliteRetryMiddleware


def __getattr__(name: str) -> Any:
    """Scrapy finds the middlewares by dotted path; build them on first use (child process only)."""
    classes = dict(zip(("ListingSpider", "AddressMiddleware", "PoliteRetryMiddleware"), _spider_classes()))
    if name in classes:
        globals().update(classes)
        return classes[name]
    raise AttributeError(name)


def main() -> int:
    """Run one walk: job as JSON on stdin, events as JSON lines on stdout."""
    from scrapy.crawler import CrawlerProcess

    job_data = json.loads(sys.stdin.read())
    policy = FetchPolicy(**{**job_data["policy"], "allow_networks": tuple(job_data["policy"].get("allow_networks") or ())})
    spider_cls = __getattr__("ListingSpider")
    process = CrawlerProcess(scrapy_settings(policy))
    process.crawl(spider_cls, job=job_data)
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
