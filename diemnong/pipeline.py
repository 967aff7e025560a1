"""The one place where the stages meet: crawl → extract → understand → detect → alert → store.

Every side effect is idempotent and ordered so that a crash at any point loses nothing and
duplicates nothing on restart: issues and alerts (keyed) are written before the articles that
caused them, and a source's state (its ETag, its cursor) only after its articles are stored. On
start, the detector is rebuilt from the stored recent articles, so replaying an article that was
not stored yet gives the same issue and the same alert keys.
"""
from __future__ import annotations

import logging
import os
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from alerting.detector import Detector, DetectorParams
from alerting.notifiers import DeliveryError, SmtpConfig, send_email, send_webhook
from alerting.routing import AlertPolicy, alert_level, plan_alerts
from crawlers.crawler import PollResult, fetch_page, poll_feed
from crawlers.extract import ExtractionError
from crawlers.fetcher import FetchError, Fetcher
from crawlers.urls import canonical_url
from diemnong.config import ConfigError, Settings, Source, default_catalog
from diemnong.domain import TZ, Alert, Article, HotIssue, parse_time
from diemnong.jsonl import InputError
from nlp.analysis import Analysis, analyse_triple
from nlp.normalize import tidy
from store import Filters, Store

log = logging.getLogger(__name__)


def now_local() -> datetime:
    return datetime.now(TZ)


def article_from_record(rec: dict[str, Any], where: str, now: datetime | None = None) -> Article:
    """An Article from an input line (id, title, summary, text, published, url, source)."""
    title = rec.get("title")
    if not isinstance(title, str) or not title.strip():
        raise InputError(f"{where}: missing 'title'")
    rid = str(rec.get("id", "") or "")
    url = rec.get("url") or ""
    if not url and not rid:
        raise InputError(f"{where}: needs an 'id' or a 'url'")
    now = now or now_local()
    try:
        published = parse_time(rec.get("published")) or now
    except (ValueError, TypeError) as exc:
        raise InputError(f"{where}: 'published' is not an ISO 8601 time: {rec.get('published')!r}") from exc
    return Article(
        url=canonical_url(url) if url else f"urn:diemnong:{rid}",
        title=title, summary=str(rec.get("summary") or ""), text=str(rec.get("text") or ""),
        source=str(rec.get("source") or "(không rõ)"), published=published, external_id=rid,
        author=str(rec.get("author") or ""), image=str(rec.get("image") or ""), fetched=now,
    )


def apply_analysis(article: Article, a: Analysis) -> Article:
    return article.with_(title=a.title or article.title, summary=a.summary, text=a.text, segmented=a.segmented,
                         classification=a.classification)


@dataclass
class Raised:
    """An alert decision: the issue, its level (0 first, n-th escalation) and when."""

    issue: HotIssue
    level: int
    at: datetime


@dataclass
class IngestReport:
    received: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    raised: list[Raised] = field(default_factory=list)

    def add(self, other: IngestReport) -> None:
        self.received += other.received
        self.inserted += other.inserted
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.raised.extend(other.raised)


class Service:
    """The whole service over one store; the CLI, the scheduler, the dashboard and backtests use it."""

    def __init__(self, settings: Settings, store: Store, workers: int | None = None):
        self.settings, self.store = settings, store
        self.topics, self.departments = default_catalog()
        self.policy = AlertPolicy.from_settings(settings)
        self.detector = Detector(
            DetectorParams.from_settings(settings),
            {t.id: t.department for t in self.topics.values()},
            always=[d.id for d in self.departments.values() if d.always_copied],
        )
        self.workers = workers if workers is not None else (settings["nlp.workers"] or os.cpu_count() or 1)
        self._pool: Executor | None = None
        self._warm = False
        self._report_retry_at: datetime | None = None

    # -------------------------------------------------------------- NLP
    def analyse(self, articles: Sequence[Article]) -> list[Article]:
        """Normalise, segment and classify articles (on a process pool when there are several)."""
        triples = [(a.title, a.summary, a.text) for a in articles]
        if self.workers > 1 and len(triples) > 4:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(self.workers)
            results = list(self._pool.map(analyse_triple, triples, chunksize=max(1, len(triples) // (self.workers * 4))))
        else:
            results = [analyse_triple(t) for t in triples]
        return [apply_analysis(a, r) for a, r in zip(articles, results)]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    # -------------------------------------------------------------- detection
    def warm(self, now: datetime | None = None) -> None:
        """Rebuild the detector from recently stored articles and the stored alert levels of issues."""
        if self._warm:
            return
        now = now or now_local()
        since = now - timedelta(hours=self.detector.p.window_hours + 48)
        for article in self.store.iter_articles(Filters(since=since)):
            self.detector.observe(article)
        for iid, issue in list(self.detector.issues.items()):
            stored = self.store.get_issue(iid)
            if stored:
                self.detector.issues[iid] = issue.with_(alert_level=stored.alert_level, alerted_size=stored.alerted_size)
        self._warm = True

    def _raise(self, issue: HotIssue, at: datetime, links: list[tuple[str, str]]) -> tuple[HotIssue, Raised | None]:
        """Decide whether an issue is alerted (first time or escalation) and queue its alerts."""
        if issue.alert_level < 0:
            level = 0
        else:
            grown = len(issue.article_ids) >= max(1, issue.alerted_size) * self.policy.escalation_factor
            if not grown:
                return issue, None
            level = issue.alert_level + 1
        issue = issue.with_(alert_level=level, alerted_size=len(issue.article_ids))
        names = {t.id: t.name for t in self.topics.values()}
        self.store.enqueue_alerts(plan_alerts(issue, level, self.departments, names, links, self.policy, at))
        return issue, Raised(issue, level, at)

    def ingest(self, articles: Iterable[Article], batch: int = 256, on_batch: Callable[[IngestReport], None] | None = None) -> IngestReport:
        """Analyse, detect, alert and store articles (taken in time order within each batch)."""
        report = IngestReport()
        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) >= batch:
                part = self._ingest_batch(chunk)
                report.add(part)
                if on_batch:
                    on_batch(part)
                chunk = []
        if chunk:
            part = self._ingest_batch(chunk)
            report.add(part)
            if on_batch:
                on_batch(part)
        return report

    def _ingest_batch(self, chunk: list[Article]) -> IngestReport:
        self.warm(min(a.published for a in chunk))
        report = IngestReport(received=len(chunk))
        # The same URL twice in one batch: keep the last (most complete) version.
        unique = list({a.id: a for a in chunk}.values())
        existing = {a.id: a for a in self.store.get_articles([a.id for a in unique])}
        # An article without its own time got the time it was read; a known one keeps its first time.
        unique = [a.with_(published=existing[a.id].published) if a.id in existing and a.published == a.fetched else a for a in unique]
        todo = [a for a in unique if not (a.id in existing and existing[a.id].status == "complete" and a.status != "complete")]
        todo = [a for a in todo if not (a.id in existing and _same_content(existing[a.id], a))]
        report.unchanged += len(unique) - len(todo) + (len(chunk) - len(unique))
        analysed = self.analyse(todo)
        fresh = sorted((a for a in analysed if a.id not in existing), key=lambda a: a.published)
        by_ref: dict[str, Article] = {}
        changed: dict[str, HotIssue] = {}
        stored_story = {a.id: a.story_id for a in existing.values()}
        final: list[Article] = []
        for article in fresh:
            story, issues = self.detector.observe(article)
            article = article.with_(story_id=story.id)
            by_ref[article.ref] = article
            final.append(article)
            for issue in issues:
                links = [(by_ref[r].title, by_ref[r].url) for r in issue.article_ids[-5:] if r in by_ref]
                issue, raised = self._raise(issue, article.published, links)
                self.detector.issues[issue.id] = issue
                changed[issue.id] = issue
                if raised:
                    report.raised.append(raised)
        final += [a.with_(story_id=stored_story.get(a.id, "")) for a in analysed if a.id in existing]
        for issue in changed.values():
            self.store.save_issue(issue)
        result = self.store.upsert_articles(final)
        report.inserted += len(result.inserted)
        report.updated += len(result.updated)
        report.unchanged += len(result.unchanged)
        return report

    def tick(self, now: datetime | None = None) -> int:
        """Age issues (fading) and save those that changed."""
        changed = self.detector.tick(now or now_local())
        for issue in changed:
            self.store.save_issue(issue)
        return len(changed)

    def monthly_report(self, now: datetime | None = None) -> Path | None:
        """On report.auto_day, write last month's report and queue it for the Văn phòng (once; errors are logged)."""
        from diemnong.report import ReportError, schedule_monthly_report

        now = now or now_local()
        if self._report_retry_at and now < self._report_retry_at:
            return None
        try:
            return schedule_monthly_report(self.settings, self.store, self.departments, now)
        except (ReportError, ConfigError, OSError) as exc:
            self._report_retry_at = now + timedelta(hours=1)
            log.error("monthly report not written (next try in an hour): %s", exc)
            return None

    # -------------------------------------------------------------- crawling
    def fetcher(self) -> Fetcher:
        s = self.settings
        return Fetcher(
            s["crawler.user_agent"], timeout=s["crawler.timeout_seconds"], max_bytes=s["crawler.max_response_bytes"],
            max_redirects=s["crawler.max_redirects"], allow_private=s["crawler.allow_private_addresses"],
        )

    def crawl_once(self, sources: Sequence[Source], now: datetime | None = None, fetcher: Fetcher | None = None) -> list[PollResult]:
        """Poll each source once: store its new articles, then its state. A failing source is reported, not fatal."""
        own = fetcher is None
        fetcher = fetcher or self.fetcher()
        results = []
        try:
            for source in sources:
                if source.kind != "rss":
                    log.info("skipped source %s because html listing sources are not crawled yet", source.url)
                    continue
                now_ = now or now_local()
                state = self.store.get_source_state(source.url)
                result = poll_feed(source, state, fetcher, now_, fetch_pages=self.settings["crawler.fetch_pages"],
                                   seen=lambda url: bool(self.store.get_articles([_doc_id(url)])))
                report = self.ingest(result.articles)
                result.outcomes["stored"] = report.inserted + report.updated
                self.store.save_source_state(result.state)
                results.append(result)
            self.retry_pages(fetcher, now or now_local())
        finally:
            if own:
                fetcher.close()
        return results

    def retry_pages(self, fetcher: Fetcher, now: datetime, limit: int = 50) -> int:
        """Fetch again the pages of stored feed-only articles whose retry is due."""
        hours = self.settings["crawler.page_retry_hours"]
        done = 0
        for article in self.store.pending_pages(now, limit):
            attempts = getattr(self.store, "page_attempts", lambda _id: 0)(article.id) + 1
            try:
                self.ingest([fetch_page(article, fetcher)])
                done += 1
            except (FetchError, ExtractionError) as exc:
                due = now + timedelta(hours=hours[attempts - 1]) if attempts <= len(hours) else None
                self.store.schedule_page_retry(article.id, attempts, due)
                log.info("page of %s still unavailable (%s); next try %s", article.url, exc, due or "never")
        return done

    # -------------------------------------------------------------- delivery
    def smtp_config(self) -> SmtpConfig | None:
        s = self.settings
        if not s["alerts.smtp_host"]:
            return None
        return SmtpConfig(s["alerts.smtp_host"], s["alerts.smtp_port"], s["alerts.smtp_user"], s["alerts.smtp_password"],
                          s["alerts.smtp_starttls"], s["alerts.smtp_sender"])

    def deliver(self, now: datetime | None = None) -> dict[str, int]:
        """Send due alerts from the outbox; failures are retried later with backoff."""
        now = now or now_local()
        smtp = self.smtp_config()
        counts = {"sent": 0, "retry": 0, "failed": 0, "held": 0}
        for alert in self.store.due_alerts(now):
            if alert.channel == "email" and smtp is None:
                counts["held"] += 1
                continue
            try:
                if alert.channel == "email":
                    send_email(smtp, alert)  # type: ignore[arg-type]
                else:
                    send_webhook(alert)
            except DeliveryError as exc:
                attempts = alert.attempts + 1
                gave_up = attempts >= self.settings["alerts.max_attempts"]
                delay = timedelta(minutes=min(60 * 6, 2 ** min(attempts, 9)))
                self.store.update_alert(alert.with_(attempts=attempts, error=str(exc), state="failed" if gave_up else "pending",
                                                    next_attempt=None if gave_up else now + delay))
                counts["failed" if gave_up else "retry"] += 1
                continue
            self.store.update_alert(alert.with_(state="sent", sent_at=now, attempts=alert.attempts + 1, error=""))
            counts["sent"] += 1
        return counts


def _doc_id(url: str) -> str:
    from diemnong.domain import doc_id

    return doc_id(canonical_url(url))


def _same_content(old: Article, new: Article) -> bool:
    """Whether an incoming article brings nothing the stored one lacks (compared as displayed)."""
    return (old.title, old.summary, old.text, old.published, old.source) == (
        tidy(new.title) or old.title, tidy(new.summary), tidy(new.text), new.published, new.source)


def iter_records(rows: Iterable[tuple[int, dict[str, Any]]], name: str) -> Iterator[Article]:
    """Articles from numbered JSON records, with errors naming the line."""
    for lineno, rec in rows:
        yield article_from_record(rec, f"{name}:{lineno}")
