"""One poll of one source: feed → items → article pages → articles, with the source's new state."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from crawlers.extract import ExtractionError, extract_article
from crawlers.feeds import FeedError, FeedItem, parse_feed
from crawlers.fetcher import FetchError, Fetcher, Response
from crawlers.urls import canonical_url
from diemnong.config import Source
from diemnong.domain import Article, SourceState

log = logging.getLogger(__name__)


@dataclass
class PollResult:
    source: Source
    state: SourceState
    articles: list[Article] = field(default_factory=list)
    outcomes: dict[str, int] = field(default_factory=dict)
    error: str = ""

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1


def decode(resp: Response) -> str:
    """Text of a page in the encoding its headers or meta declare (UTF-8 when none)."""
    from trafilatura.utils import decode_file

    return decode_file(resp.content)


def article_from_item(item: FeedItem, source: Source, now: datetime) -> Article:
    """An article known only from its feed item (its page still to be fetched)."""
    return Article(
        url=canonical_url(item.url), title=item.title, source=source.name, published=item.published or now,
        summary=item.summary, image=item.image, author=item.author, fetched=now, status="feed-only",
    )


def complete_article(article: Article, page: Response) -> Article:
    """Fill an article with its page's text; the feed's title and time win where they exist."""
    ex = extract_article(decode(page), page.url)
    return article.with_(
        text=ex.text, summary=article.summary or ex.lead, author=article.author or ex.author,
        image=article.image or ex.image, title=article.title or ex.title, status="complete",
    )


def fetch_page(article: Article, fetcher: Fetcher) -> Article:
    """Fetch and extract an article's page (raises FetchError or ExtractionError)."""
    page = fetcher.get(article.url)
    if page.status >= 400:
        raise FetchError(f"HTTP {page.status} for {article.url}")
    return complete_article(article, page)


def poll_feed(source: Source, state: SourceState, fetcher: Fetcher, now: datetime, fetch_pages: bool = True,
              seen: Callable[[str], bool] = lambda url: False) -> PollResult:
    """Poll one feed source once; never raises for a source's own failure (it is in the result)."""
    result = PollResult(source, state.with_(last_attempt=now, attempts=state.attempts + 1))
    try:
        resp = fetcher.get(source.url, etag=state.etag, last_modified=state.last_modified)
        if resp.not_modified:
            result.count("not-modified")
            result.state = result.state.with_(last_success=now, last_error="")
            return result
        if resp.status >= 400:
            raise FetchError(f"HTTP {resp.status}")
        items = parse_feed(resp.content, resp.url)
    except (FetchError, FeedError) as exc:
        result.error = str(exc)
        result.state = result.state.with_(last_error=str(exc), failures=state.failures + 1)
        log.warning("skipped source %s because %s", source.url, exc)
        return result
    for item in items:
        article = article_from_item(item, source, now)
        if seen(article.url):
            result.count("already-seen")
            continue
        if fetch_pages:
            try:
                article = fetch_page(article, fetcher)
                result.count("page-fetched")
            except (FetchError, ExtractionError) as exc:
                result.count("page-failed")
                log.info("kept feed item only for %s because %s", article.url, exc)
        result.articles.append(article)
    result.state = result.state.with_(
        etag=resp.headers.get("etag", ""), last_modified=resp.headers.get("last-modified", ""),
        last_success=now, last_error="", articles=state.articles + len(result.articles),
    )
    return result
