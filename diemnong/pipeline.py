"""The one place where the stages meet: crawl → extract → understand → detect → alert → store.

Every side effect is idempotent and ordered so that a crash at any point loses nothing and
duplicates nothing on restart: issues and alerts (keyed) are written before the articles that
caused them, and a source's state (its ETag, its cursor) only after its articles are stored. On
start, the detector is rebuilt from the stored recent articles, so replaying an article that was
not stored yet gives the same issue and the same alert keys.
"""
from __future__ import annotations

import json
import logging
import math
import multiprocessing.connection
import os
import signal
import ssl
import time
import traceback
from concurrent.futures import Executor
from concurrent.futures.process import BrokenProcessPool
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Collection, Iterable, Iterator, Mapping, Sequence, TypeVar

from alerting.detector import Detector, DetectorParams
from alerting.digest import (copy_keys, digest_day, digest_for, digest_issue_id, digest_shares, fold_digests, issue_at,
                             narrowed, widened)
from alerting.messages import as_first, linked, outlet_counts, spread
from alerting.hotness import Prominence
from alerting.notifiers import (DeliveryError, MailSession, Refused, SessionRefused, SmtpConfig, Throttled, Unfilled,
                                Unreachable, send_email, send_webhook)
from alerting.routing import (AlertPolicy, in_quiet_hours, kept_and_copies, next_digest, next_level, plan_alerts,
                              mailbox, plan_signal_alerts, readdressed, resend_targets, same_key, same_mailbox)
from crawlers.crawler import Crawler, Done, Found, PollResult, Retried, next_retry
from crawlers.fetcher import COOL_AT_MOST, FetchPolicy, retry_after
from crawlers.fingerprint import SyndicationIndex, fingerprint
from crawlers.outlets import outlet_for
from crawlers.urls import canonical_url, host_of, site_of
from diemnong.config import (ConfigError, Department, Settings, Source, Topic, current_departments, data_file,
                             default_catalog, default_themes, departments_file, load_departments, load_prominence,
                             load_sources)
from diemnong.domain import (TZ, UNKNOWN_OUTLET, Alert, Article, HotIssue, IssueEvent, Signal, SourceState, Status,
                             TimeOutOfRange, doc_id)
from diemnong.health import (clear_report_failure, give_up_report_failure, note_report_failure, read_report_failure,
                             retry_report_failure)
from diemnong.jsonl import InputError
from diemnong.records import RecordError, pick, read_time, text_field, texts
from diemnong.reasons import NO_ADDRESS, delivery_cause, describe_delivery, session_fix, session_refused, unfilled
from diemnong.text import nfc, number
from diemnong.workers import model_pool, stop_workers
from nlp.analysis import Analysis, analyse_triple
from nlp.analysis import warm as warm_models
from nlp.locality import POST_MERGER_ANCHOR, provinces_named
from nlp.normalize import phrase, tidy
from store import Filters, Store, StoreUnavailable
from store.base import Handling, StoreError

log = logging.getLogger(__name__)
T = TypeVar("T")
EARLIEST_YEAR = 1990  # an article 'published' before it is a mistake in the input (e.g. 0001-01-01)
LATEST_YEAR = 2100    # … or after it (a replayed stream may be dated in the future, not that far)
SYSTEM = "Hệ thống"  # who the service's own changes of an issue's handling are by
DEMO_MARK = "demo-loaded"  # in DIEMNONG_HOME once `diemnong run` loaded the demo there
LONG_ISSUES = 10_000  # the most issues begun before a restart's replay and still followed that it replays whole
# An alert not sent yet: 'pending', or 'sending', claimed by a delivery a crash cut short (sent again at the next start
# under its key, the same Message-ID / Idempotency-Key, for a receiver that took it to drop). A digest claimed so whose
# address a department left meanwhile is narrowed to the issues that address should still hear of, like a pending one:
# its key then carries no issue the message it may have sent lacked (a receiver that took the whole drops the narrower
# one, one that did not gets no issue of a department that left it), and the issues narrowed away go as copies to the
# departments' addresses now. Sent whole, the mailbox a department left heard again of its issues.
WAITING = ("pending", "sending")
DEMO_WITHHELD = "not sent: about the demo's made-up stories (data/demo), queued by an older version as it loaded the demo"


def now_local() -> datetime:
    return datetime.now(TZ)


def demo_articles(store: Store, demo: Path) -> list[Article]:
    """The articles of the bundled demo (data/demo/stream.jsonl) that a store holds: each line's, found by its url,
    still under the line's id."""
    lines = [json.loads(line) for line in demo.read_text(encoding="utf-8").splitlines() if line.strip()]
    want = {doc_id(canonical_url(r["url"])): r["id"] for r in lines if r.get("url") and r.get("id")}
    return [a for a in store.get_articles(list(want)) if a.external_id == want[a.id]]


def _field(rec: dict[str, Any], name: str, where: str) -> str:
    """A text field of an input line under its name or an alias (diemnong/records.py), empty when absent."""
    try:
        return nfc(text_field(rec, name))
    except RecordError as exc:
        raise InputError(f"{where}: {exc}") from None


def _name(rec: dict[str, Any], name: str, where: str) -> str:
    """A name field (source, author) in NFC with single spaces: «Tuổi Trẻ» written decomposed (NFD, as macOS and
    some exporters write it) or with a trailing space was another outlet than «Tuổi Trẻ», so one outlet's articles
    counted as several (hotness, the two outlets an issue needs) and `search --source` did not find them."""
    return " ".join(_field(rec, name, where).split())


def outlet_of(url: str) -> str:
    """The outlet of a line given without 'source': the Vietnamese name of its site when data/outlets.yaml or the
    configured sources know it (vnexpress.net → VnExpress, baohaugiang.com.vn → Báo Hậu Giang), else the site
    itself, else UNKNOWN_OUTLET. Without it every such article came from one outlet, and no story could reach two."""
    site = site_of(url) if url else ""
    if not site:
        return UNKNOWN_OUTLET
    known = outlet_for(site)
    return known.name if known else _source_names().get(site, site)


@lru_cache(maxsize=1)
def _source_names() -> dict[str, str]:
    """Site → name of the configured sources (data/sources.yaml, or the home's copy)."""
    try:
        return {site_of(s.url): s.name for s in reversed(load_sources())}
    except ConfigError:
        return {}


def article_from_record(rec: dict[str, Any], where: str, now: datetime | None = None, replay: bool = False) -> Article:
    """An Article from an input line (id, title, summary, text, published, url, source). A time more than a day
    ahead of `now` is refused, except in a replay (a backtest stream may be dated anywhere after 1990)."""
    try:
        title, summary, text = texts(rec)
    except RecordError as exc:
        raise InputError(f"{where}: {exc}") from None
    rid, url = _field(rec, "id", where), _field(rec, "url", where)
    url_key = pick(rec, "url")[0]
    if not url and not rid:
        raise InputError(f"{where}: cần có 'id' hoặc 'url'")
    now = now or now_local()
    key, published = pick(rec, "published")
    try:
        when = read_time(published) or now
    except TimeOutOfRange:
        raise InputError(f"{where}: '{key}' nằm ngoài khoảng cho phép: {published!r}") from None
    except ValueError:
        raise InputError(f"{where}: '{key}' không phải thời điểm (ISO 8601, RFC 822 hoặc dd/mm/yyyy): {published!r}") from None
    why = (f"trước năm {EARLIEST_YEAR}" if when.year < EARLIEST_YEAR else f"sau năm {LATEST_YEAR}" if when.year > LATEST_YEAR
           else "muộn hơn hiện tại quá một ngày" if when > now + timedelta(days=1) and not replay else "")
    if why:
        raise InputError(f"{where}: '{key}' {why}: {published!r}")
    try:
        canonical = canonical_url(url) if url else f"urn:diemnong:{rid}"
    except ValueError as exc:
        raise InputError(f"{where}: '{url_key}' không phải URL: {url!r}") from exc
    return Article(
        url=canonical, title=title, summary=summary, text=text,
        source=_name(rec, "source", where) or outlet_of(url), published=when, external_id=rid,
        author=_name(rec, "author", where), image=_field(rec, "image", where), fetched=now,
    )


def apply_analysis(article: Article, a: Analysis) -> Article:
    return article.with_(title=a.title or article.title, summary=a.summary, text=a.text, segmented=a.segmented,
                         classification=a.classification)


def _analysed(triple: tuple[str, str, str]) -> Analysis | str:
    """analyse_triple, or the traceback of its failure as text (on a process pool, one article's exception ended the
    whole batch's map)."""
    try:
        return analyse_triple(triple)
    except Exception:
        return traceback.format_exc()


def _deaths(pool: Executor) -> str:
    """How a broken pool's dead workers ended, as the system says it: «SIGSEGV», «SIGKILL», «mã thoát 1». The pool can
    say it is broken a moment before the system has the dead one's status, or its own thread be reaping it: the dead
    one (its pipe closed) is waited for, a second at most."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    ended = set(multiprocessing.connection.wait([p.sentinel for p in processes], timeout=0)) if processes else set()
    deadline = time.monotonic() + 1
    for process in processes:
        while process.sentinel in ended and process.exitcode is None and time.monotonic() < deadline:
            process.join(0.05)
    return ", ".join(dict.fromkeys(_ending(p.exitcode) for p in processes if p.exitcode))


def _ending(code: int) -> str:
    """A process's exit code as _deaths says it."""
    try:
        return signal.Signals(-code).name if code < 0 else f"mã thoát {code}"
    except ValueError:
        return f"tín hiệu {-code}"


class Stopped(BaseException):
    """A stop asked (Service.stopping: a signal to `diemnong run`) while the analysis went on apart: the batch is dropped
    with the states of its sources, as at a stop while the service waits for the crawler; the next start polls them
    again."""


def analysed_apart(triples: Sequence[tuple[str, str, str]], workers: int,
                   stopping: Callable[[], bool] = lambda: False) -> list[Analysis | str]:
    """The analyses of the triples on a fresh pool of worker processes, never in this process. A worker that dies breaks
    the pool: the triples it had not answered are halved, each half on a fresh pool, until the one a worker dies on
    alone, which comes back a failure (as an exception's traceback does) and the others analysed. Only after a worker
    died, or for articles stored unanalysed: a fork per pool, log2 of the batch's size pools per article that kills.
    A stop asked (``stopping``) is heeded before each pool, raising Stopped: with many such articles a stop waited for
    the whole batch (a minute and more; `docker stop` kills after 10 s)."""
    if not triples:
        return []
    if stopping():
        raise Stopped
    warm_models()  # the workers fork with the models loaded
    pool = model_pool(min(workers, len(triples)))
    done: list[Analysis | str] = []
    try:
        for result in pool.map(_analysed, triples):
            done.append(result)
    except BrokenProcessPool:
        ended = _deaths(pool)
        stop_workers(pool)
        rest = triples[len(done):]
        if len(rest) == 1:
            return done + [f"tiến trình phân tích bị dừng đột ngột khi phân tích bài này: {ended or 'không rõ lý do'}"]
        half = len(rest) // 2
        return done + analysed_apart(rest[:half], workers, stopping) + analysed_apart(rest[half:], workers, stopping)
    except BaseException:  # a stop (Ctrl-C): its workers ignore it (diemnong.workers), and would go on with their work
        stop_workers(pool)
        raise
    pool.shutdown()
    return done


def _said(exc: BaseException) -> str:
    """An exception in one line, as a traceback ends: «KeyError: 'huyện kbang'»."""
    return "".join(traceback.format_exception_only(exc)).strip().splitlines()[-1]


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
    merged: int = 0  # lines repeating an article (its url or id) given earlier in the same batch: the last one is kept
    raised: list[Raised] = field(default_factory=list)

    def add(self, other: IngestReport) -> None:
        self.received += other.received
        self.inserted += other.inserted
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.merged += other.merged
        self.raised.extend(other.raised)


def watched(topics: Iterable[Topic], groups: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    """The detector's phrase themes: every topic's seed phrases and the watched groups (data/themes.yaml),
    written as the analysed text writes them (tone-mark placement), so "hoà nhập" finds "hòa nhập"."""
    return {"themes": [phrase(s) for t in topics for s in t.seeds],
            "groups": {name: [phrase(p) for p in phrases] for name, phrases in groups.items()}}


REANALYSE_EVERY = timedelta(hours=1)  # Service._reanalyse: how often, how far back and how many articles at a time
REANALYSE_WITHIN = timedelta(days=3)
REANALYSE_AT_MOST = 200
REANALYSED_AT: dict[str, datetime] = {}  # when each home's unanalysed articles were last tried (_reanalyse)
REANALYSE_WAIT_AT_MOST = timedelta(days=1)  # the longest wait between two tries of one article (Unanalysed.failed_again)


@dataclass
class Unanalysed:
    """An article the analysis failed on, as the service remembers it: in memory, for each home (it outlives the
    Services `diemnong run` builds afresh), and in the store (Store.analysis_failures), so that a restart keeps its
    schedule and says it no more; in memory only, each was tried again at each start and said once more."""

    published: datetime
    failure: str  # the last failure, in one line
    tries: int = 0  # times analysed again, and failed again
    # The next try. None: failed since _reanalyse's last pass, which tried it again seconds later (the pass after a
    # round, each restart's first one): the next pass gives it an hour, so it comes at the pass after, one to two hours
    # after the failure as the hourly passes fall.
    due: datetime | None = None
    given_up: bool = False

    def failed_again(self, now: datetime) -> bool:
        """One more failed try: the next waits twice as long as the last (2 h, 4 h, … a day; the first try came one to
        two hours after the failure); given up when it would fall after the days re-analysis looks back on. Returns whether it was
        given up now."""
        self.tries += 1
        self.due = now + min(REANALYSE_EVERY * 2 ** self.tries, REANALYSE_WAIT_AT_MOST)
        self.given_up = self.due > self.published + REANALYSE_WITHIN
        return self.given_up

    def to_dict(self) -> dict[str, Any]:
        return {"published": self.published.isoformat(), "failure": self.failure, "tries": self.tries,
                "due": self.due.isoformat() if self.due else None, "given_up": self.given_up}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Unanalysed:
        due = data.get("due")
        return cls(datetime.fromisoformat(data["published"]), data.get("failure", ""), int(data.get("tries", 0)),
                   datetime.fromisoformat(due) if due else None, bool(data.get("given_up")))


UNANALYSED: dict[str, dict[str, Unanalysed]] = {}  # each home's, by article id (Service._unanalysed, _reanalyse)


class Service:
    """The whole service over one store; the CLI, the scheduler, the dashboard and backtests use it."""

    def __init__(self, settings: Settings, store: Store, workers: int | None = None, isolated: bool = False):
        self.settings, self.store = settings, store
        self.topics, self.departments = default_catalog()
        # Not yet read by this service: its departments are the catalog of the process start, and a service built
        # afresh after a store failure must still read the recipients corrected on Cấu hình since (reload_departments).
        self._departments_seen: tuple[str, int, int, int] | None = None
        self._dropped: dict[str, set[str]] = {}  # department → addresses a reload took away (see _readdress)
        self._outbox_checked = False  # see _unlisted_waiting: once, at this service's first delivery
        self._dropped_checked = True  # see _no_wait_for_dropped: after each reload that took addresses away
        self._session_refusals = 0  # rounds in a row the mail server refused our session (see _session_refused)
        self._unfilled_said: set[str] = set()  # the variables a webhook's address names that the log said unset
        # The mail server judged at `diemnong run`'s start (diemnong/mailcheck.py: mail_at_start), which says why it is not
        # reached; else (run --once) a round's delivery says it, once (see _failed): the server not reached, or its TLS.
        self.mail_checked = False
        self.mail_tried = False  # whether a round tried an email, so logged in (mailcheck.py: login_after_first_round)
        self.policy = AlertPolicy.from_settings(settings)
        self.detector = Detector(
            DetectorParams.from_settings(settings),
            {t.id: t.department for t in self.topics.values()},
            always=[d.id for d in self.departments.values() if d.always_copied],
            topic_names={t.id: t.name for t in self.topics.values()},
            prominence=Prominence(load_prominence()),
            **watched(self.topics.values(), default_themes()),
            places_of=provinces_named, home=POST_MERGER_ANCHOR,
        )
        self.workers = workers if workers is not None else (settings["nlp.workers"] or os.cpu_count() or 1)
        self._pool: Executor | None = None
        # Whether no article is analysed in this process, even on one worker (`diemnong run`: see _pooled), and whether
        # a stop was asked (set by `diemnong run`: heeded between the pools of analysed_apart, and by tick).
        self.isolated = isolated
        self.stopping: Callable[[], bool] = lambda: False
        self._warm = False
        self._report_retry_at: datetime | None = None
        self.copies = SyndicationIndex(settings["crawler.syndication_similarity"],
                                       timedelta(days=settings["crawler.syndication_window_days"]))
        self._crawler: Crawler | None = None
        self.waiting_for_crawl = False  # see crawl_once: the one moment a stop signal may interrupt
        self.cut_short = False  # whether the last delivery left due alerts for want of time (see deliver's `until`)
        # Whether raised issues queue alerts: off while `diemnong run` loads the demo, whose stories are no news for the
        # departments (its issues still count as alerted, so a later article escalates one rather than raising it anew).
        self.alerting = True

    # -------------------------------------------------------------- configuration
    def reload_departments(self) -> bool:
        """Read the departments and their alert recipients again when their file (the home's departments.yaml, else
        data/'s) changed since last read (its size, time or inode): `diemnong run` calls this at the start of each round,
        so a recipient corrected on Cấu hình is used without a restart. The file is checked by the same loader, and the
        running topics must still find their lead departments in it; a file that fails keeps the departments in use
        (one warning, until the file changes again). Topics, themes and thresholds still need a restart. Returns
        whether the departments were replaced."""
        path = departments_file(self.settings.home)
        seen = _file_signature(path)
        if seen == self._departments_seen:
            return False
        self._departments_seen = seen
        try:
            new = load_departments(path)
            lost = sorted({t.department for t in self.topics.values()} - set(new))
            if lost:
                raise ConfigError(f"{path}: thiếu các phòng ban đầu mối của chủ đề: {', '.join(lost)}")
        except (ConfigError, OSError) as exc:
            log.warning("danh sách đơn vị nhận cảnh báo (%s) không hợp lệ, vẫn dùng danh sách cũ: %s", path, exc)
            return False
        old, self.departments = self.departments, new
        for dep_id, dep in old.items():
            listed = _addresses(new.get(dep_id))
            self._dropped[dep_id] = {a for a in self._dropped.get(dep_id, set()) | set(_addresses(dep)) if a not in listed}
        self._dropped_checked = False
        self.detector.always = tuple(d.id for d in new.values() if d.always_copied)  # who is copied on new issues
        changes = _recipient_changes(old, new)
        if changes:
            log.info("đã nạp lại người nhận cảnh báo (%s): %s", path, "; ".join(changes))
        return True

    # -------------------------------------------------------------- NLP
    def analyse(self, articles: Sequence[Article], apart: Collection[str] = ()) -> list[Article]:
        """Normalise, segment and classify articles (on a process pool when there are several). An article the analysis
        fails on (a fault of nlp/ on odd text) comes back unanalysed, as an older version stored articles: no topics,
        tone or locality, still searchable and grouped by its words; the others are analysed as usual. Raised, it ended
        `diemnong run`, which met it again in its feed at each restart. The log names it once (the traceback at DEBUG).

        So does one a worker process dies on (a fault of a C extension on its text, the memory it takes): see _pooled.
        The articles whose ids are in ``apart`` (stored unanalysed: one may be such an article) are analysed again on
        worker processes of their own, never in this one, whose death would be the service's (analysed_apart)."""
        triples = [(a.title, a.summary, a.text) for a in articles]
        aside = {i for i, a in enumerate(articles) if a.id in apart} if apart else set()
        usual = iter(self._pooled([t for i, t in enumerate(triples) if i not in aside]))
        kept = iter(analysed_apart([triples[i] for i in sorted(aside)], self.workers, self.stopping))
        results = [next(kept) if i in aside else next(usual) for i in range(len(triples))]
        return [apply_analysis(a, r) if isinstance(r, Analysis) else self._unanalysed(a, r) for a, r in zip(articles, results)]

    def _pooled(self, triples: list[tuple[str, str, str]]) -> list[Analysis | str]:
        """The analyses of the triples on the service's pool (of several workers, or one when isolated), else here. A
        worker that dies (the OOM killer; a fault of a C extension on one article's text) breaks the pool: the batch's
        round failed, and the next interval the same feed brought the same article and failed it again. The pool is
        given up, and the triples it had not answered analysed again apart (analysed_apart): the one that killed it
        comes back a failure. Small batches go to the pool too (a round trip: 0.3 to 3 ms on 1 to 4 articles): a feed's
        round of up to four articles was analysed here, and such an article ended `diemnong run` at each restart."""
        if not triples:
            return []
        if not (self.workers > 1 or self.isolated):
            return [_analysed(t) for t in triples]
        if self._pool is None:
            warm_models()  # loaded once here, shared by the forked workers
            self._pool = model_pool(self.workers)
        results: list[Analysis | str] = []
        try:
            for result in self._pool.map(_analysed, triples, chunksize=max(1, len(triples) // (self.workers * 4))):
                results.append(result)
        except BrokenProcessPool:  # the next batch gets a new pool
            self._pool, broken = None, self._pool
            log.warning("một tiến trình phân tích bị dừng đột ngột (%s); phân tích lại %s bài còn lại của lô, trên các "
                        "tiến trình mới", _deaths(broken) or "không rõ lý do", len(triples) - len(results))
            stop_workers(broken)
            results += analysed_apart(triples[len(results):], self.workers, self.stopping)
        return results

    def _unanalysed(self, article: Article, failure: str) -> Article:
        """An article the analysis failed on (``failure``: the traceback), as an older version stored one: no
        classification, no segmented text. Said once in the log, the traceback at DEBUG; failing again (analysed again
        by _reanalyse, or read again), it is said at DEBUG."""
        said = failure.strip().splitlines()[-1]
        known = self._analysis_failures().get(article.id)
        if known is None:
            log.warning("bài %s: lỗi khi phân tích (%s), bài được lưu chưa có chủ đề, sắc thái, địa bàn", article.url, said)
            self._analysis_failures()[article.id] = Unanalysed(article.published, said)
        else:
            log.debug("bài %s: lại lỗi khi phân tích (%s)", article.url, said)
            known.failure = said
        self._remember([article.id])
        log.debug("lỗi khi phân tích bài %s:\n%s", article.url, failure)
        return article.with_(segmented="", classification=None)

    def _analysis_failures(self) -> dict[str, Unanalysed]:
        """The articles of this home the analysis failed on, by id (UNANALYSED), read from the store at the process's
        first need: what a service stopped, killed or crashed remembered."""
        home = str(self.settings.home)
        if home not in UNANALYSED:
            UNANALYSED[home] = {i: Unanalysed.from_dict(d) for i, d in self.store.analysis_failures().items()}
        return UNANALYSED[home]

    def _remember(self, ids: Iterable[str]) -> None:
        """These articles' records written to the store as they are now in memory (forgotten there when forgotten here)."""
        failed = self._analysis_failures()
        changed = {i: failed[i].to_dict() if i in failed else None for i in ids}
        if changed:
            self.store.save_analysis_failures(changed)

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
        # Each stored article goes back to the story it was given (order-proof); bodies are not needed.
        for article in self._replayed(now - timedelta(hours=self.detector.p.history_hours)):
            self._detected(self.detector.observe, article.with_(text="") if article.segmented else article, replay=True)
        for iid in list(self.detector.issues):
            self._as_stored(iid)
        for article in self.store.iter_articles(Filters(since=now - self.copies.window)):
            signature = fingerprint(article.text) if article.text else None
            if signature:
                self.copies.add(article.id, signature, article.published, root=article.duplicate_of or article.id)
        self._warm = True

    def _replayed(self, since: datetime) -> Iterator[Article]:
        """The stored articles a restart replays, in time order: those since ``since`` (``history_hours`` back), after the
        earlier articles of the stories still followed (seen since then) that began before. A story that ran on for longer
        (an article every day or two for weeks) was rebuilt from its last weeks only: not hot on those, it was no issue any
        more, so its next articles were left out of the issue (or, hot again, they made it afresh, its earlier articles and
        first day lost). Only those stories' own articles: a whole month more would slow every restart."""
        running = [i.id for i in self.store.list_issues(since=since, until=since, limit=LONG_ISSUES) if i.kind == "story"]
        earlier = [a for iid in running for a in self.store.iter_articles(Filters(until=since, story_id=iid))]
        yield from sorted(earlier, key=lambda a: (a.published, a.id))
        yield from self.store.iter_articles(Filters(since=since))

    def _as_stored(self, iid: str) -> HotIssue:
        """The detector's issue taken up where the store left it, when the store has it: its alert level (escalations
        go on from the last one sent) and its recorded timeline (not the replay's times). For the issues a restart
        rebuilds, and for one it raises afresh: a restart with a higher bar (more articles, a higher score) did not
        rebuild it, and raised later it started again at the first alert, whose keys were taken, so its next growth
        was «told» under an escalation key already sent (no one heard) and «mới xuất hiện» came twice."""
        stored = self.store.get_issue(iid)
        if stored is not None:
            self.detector.resume(iid, stored.events)
            self.detector.issues[iid] = self.detector.issues[iid].with_(alert_level=stored.alert_level,
                                                                        alerted_size=stored.alerted_size)
        return self.detector.issues[iid]

    def group_copies(self, articles: list[Article], existing: dict[str, Article]) -> list[Article]:
        """Mark syndicated copies (same text, another URL) with the id of the earliest stored copy."""
        out = []
        for article in articles:
            known = existing.get(article.id)
            if known is not None and known.duplicate_of:
                out.append(article.with_(duplicate_of=known.duplicate_of))
                continue
            signature = fingerprint(article.text) if article.text else None
            if signature is None:
                out.append(article)
                continue
            root = self.copies.match(signature, exclude=article.id)
            if root and root != article.id:
                article = article.with_(duplicate_of=root)
            self.copies.add(article.id, signature, article.published, root=root or article.id)
            out.append(article)
        return out

    def _raise(self, issue: HotIssue, at: datetime) -> tuple[HotIssue, Raised | None]:
        """Decide whether an issue is alerted (first time or material growth) and queue its alerts (see alerting)."""
        level = next_level(issue, self.policy)
        if level is None:
            return issue, None
        previous = issue.alerted_size
        issue = issue.with_(alert_level=level, alerted_size=len(issue.article_ids))
        names = {t.id: t.name for t in self.topics.values()}
        links = self.detector.links(issue.id)
        if self.alerting:
            planned = plan_alerts(issue, level, self.departments, names, links, self.policy, at, previous)
            if not planned:
                self._nobody_told(issue)
            self.store.enqueue_alerts(as_keyed(self.store, planned))
        return issue, Raised(issue, level, at)

    def _nobody_told(self, issue: HotIssue) -> None:
        """An issue raised with no address for any department concerned (none entered on Cấu hình yet, or all taken
        away): it counts as alerted, so the operator is told that no one was."""
        names = [getattr(self.departments.get(d), "name", d) for d in issue.lead_departments]
        log.warning("vấn đề «%s» không có ai nhận cảnh báo: %s chưa có địa chỉ thư điện tử hay webhook; thêm trên trang "
                    "Cấu hình", issue.title, ", ".join(names) or "không đơn vị nào")

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
        report.unchanged += len(unique) - len(todo)
        report.merged += len(chunk) - len(unique)
        # one stored unanalysed may be one a worker died on: analysed again apart (analyse)
        analysed = self.analyse(todo, apart={a.id for a in todo if a.id in existing and existing[a.id].classification is None})
        fresh = sorted((a for a in analysed if a.id not in existing), key=lambda a: a.published)
        fresh = self.group_copies(fresh, existing)  # the detector sees duplicate_of (syndicated copies)
        changed: dict[str, HotIssue] = {}
        stored_story = {a.id: a.story_id for a in existing.values()}
        final: list[Article] = []
        for article in fresh:
            observed = self._detected(self.detector.observe, article)
            if observed is None:
                final.append(article)  # stored without a story
                continue
            story, issues = observed
            article = article.with_(story_id=story.id)
            final.append(article)
            self._take(issues, self.detector.now or article.published, changed, report)
        revised = [a.with_(story_id=stored_story.get(a.id, "")) for a in analysed if a.id in existing]
        for article in revised:  # changed in place by its outlet: its story's issue follows its headline and topics
            self._take(self._detected(self.detector.revise, article) or [], article.published, changed, report)
        final += self.group_copies(revised, existing)
        self._reopen(report.raised)  # before the issues: saved at its new alert level, it is not raised again on a retry
        for issue in changed.values():
            self.store.save_issue(issue)
        if fresh:
            self.store.save_signals(self.detector.signals())
        result = self.store.upsert_articles(final)
        report.inserted += len(result.inserted)
        report.updated += len(result.updated)
        report.unchanged += len(result.unchanged)
        return report

    def _detected(self, step: Callable[..., T], article: Article, **kw: Any) -> T | None:
        """The detector's step (observe, revise) on one article, or None when it fails on it (a fault of alerting/ or
        nlp/ on odd text: a headline in capitals once made locality raise KeyError): the article is stored without a
        story (a revised one keeps the story it was stored in), the rest go on, and a restart's replay skips it the same
        way. Its text is read before the detector changes (StoryIndex.assign), so it leaves it as it was. The log names
        it once, the traceback at DEBUG. The detector never reaches the store; a store error is no article's fault."""
        try:
            return step(article, **kw)
        except StoreError:
            raise
        except Exception as exc:
            log.warning("bài %s: lỗi khi nhóm bài vào câu chuyện (%s), bài được lưu không thuộc câu chuyện nào",
                        article.url, _said(exc))
            log.debug("lỗi khi nhóm bài %s vào câu chuyện", article.url, exc_info=True)
            return None

    def _take(self, issues: list[HotIssue], at: datetime, changed: dict[str, HotIssue], report: IngestReport) -> None:
        """Issues the detector changed: alerted when they call for it (see _raise), kept for saving."""
        for issue in issues:
            issue = self._as_stored(issue.id) if issue.alert_level < 0 else issue  # never alerted by this process
            issue, raised = self._raise(issue, at)
            self.detector.issues[issue.id] = issue
            changed[issue.id] = issue
            if raised:
                report.raised.append(raised)

    def _reopen(self, raised: Sequence[Raised]) -> None:
        """An issue the office closed that grows enough to be alerted again is open again («Chưa xử lý»): its lead
        departments were just told it goes on, and closed it stayed among the closed ones on Tổng quan and Chủ đề, out
        of the open count. The closing and its response note stay in its history; the reopening says why.

        Reopened only as it was read: an analyst who handled it meanwhile (a status, an assignment, a note: closed
        again with a newer answer) made a decision this one did not see, and it stands (see _handled_meanwhile)."""
        for r in raised:
            stored = self.store.get_issue(r.issue.id) if r.level > 0 else None
            if stored is None or stored.status != Status.CLOSED:
                continue
            closed = max((e.at for e in stored.events if e.kind == "status"), default=r.at)
            counts = outlet_counts(r.issue.outlets, r.issue.outlets_total)  # as its alert's «Quy mô» counts them
            grown = f"vấn đề tiếp tục nóng lên sau khi đã đóng, nay {number(len(r.issue.article_ids))} bài{spread(*counts)}"
            reopening = IssueEvent(max(r.at, closed), "status", Status.NEW.value, who=SYSTEM, note=f"Tự động mở lại: {grown}")
            if not self.store.set_issue_status_if(r.issue.id, reopening, Handling.of(stored)):
                self._handled_meanwhile(stored, grown)

    def _handled_meanwhile(self, seen: HotIssue, grown: str) -> None:
        """A closed issue to reopen that an analyst handled between the read and the write: their change is kept, and
        the log says why it was not reopened. Still closed (closed again, or given to someone), its history says it too,
        as the reopening would have: its departments were told it goes on. Its next escalation reads it afresh."""
        now = self.store.get_issue(seen.id)
        if now is None:
            return
        new = [e for e in now.events if e.kind != "phase" and e not in seen.events]
        who = ", ".join(dict.fromkeys(e.who for e in new if e.who)) or "người khác"
        why = (f"Không tự động mở lại dù {grown}: trong lúc đó {who} đã cập nhật vấn đề ({_what_was_done(new)}); "
               "giữ nguyên cập nhật đó")
        log.info("vấn đề «%s»: %s", now.title, why)
        if now.status == Status.CLOSED:
            at = max((e.at for e in now.events), default=seen.last_seen)
            self.store.add_issue_event(now.id, IssueEvent(at, "note", "", who=SYSTEM, note=why))

    def tick(self, now: datetime | None = None) -> int:
        """Age issues (fading) and save those that changed; early signals older than the surge window go."""
        now = now or now_local()
        self.warm(now)
        changed = self.detector.tick(now)
        for issue in changed:
            self.store.save_issue(issue)
        self.store.save_signals(self.detector.signals(now))
        self._reanalyse(now)
        return len(changed)

    def _reanalyse(self, now: datetime) -> None:
        """The articles of the last days stored unanalysed (the analysis failed on them: a fault of nlp/, since fixed, or a
        worker short of memory), analysed again, a bounded number at a time, at most once an hour. They are no new
        articles: each keeps its place in its story, whose issue takes its topics, tone and locality (the detector's
        revise, as an article changed in place by its outlet), then stored with its analysis. One the analysis fails on
        again stays as it was and waits longer each time (Unanalysed.failed_again), said at DEBUG; once given up, in one
        line «bỏ qua». It was tried every hour for three days, a warning each time."""
        if self.stopping():  # a stop asked during the round: the pass waits for the next start
            return
        home = str(self.settings.home)  # a Service is built afresh after a failed round: the hour is the process's
        last = REANALYSED_AT.get(home)
        if last is not None and timedelta(0) <= now - last < REANALYSE_EVERY:
            return
        REANALYSED_AT[home] = now
        todo = self._due_again(now)
        if todo:
            report = self.ingest(todo)
            log.info("phân tích lại %s bài đã lưu chưa có chủ đề, sắc thái, địa bàn: %s bài đã phân tích được",
                     len(todo), report.updated)
            self._tried_again(todo, now)

    def _due_again(self, now: datetime) -> list[Article]:
        """The articles of the last days stored unanalysed whose next try is due (not given up), newest first, at most
        REANALYSE_AT_MOST; those the service remembers from before these days are forgotten."""
        since, failed = now - REANALYSE_WITHIN, self._analysis_failures()
        gone = [i for i, f in failed.items() if f.published < since]
        for article_id in gone:
            del failed[article_id]
        new = [i for i, f in failed.items() if f.due is None]
        for article_id in new:  # failed since the last pass: tried in an hour
            failed[article_id].due = now + REANALYSE_EVERY
        self._remember(gone + new)
        waiting = {i for i, f in failed.items() if f.given_up or (f.due is not None and f.due > now)}
        stored = self.store.unanalysed(since, limit=REANALYSE_AT_MOST + len(waiting))
        return [a for a in stored if a.id not in waiting][:REANALYSE_AT_MOST]

    def _tried_again(self, tried: Sequence[Article], now: datetime) -> None:
        """After a pass of _reanalyse: the articles analysed now are forgotten, the others wait longer; one given up is
        said once, «bỏ qua»."""
        failed = self._analysis_failures()
        still = {a.id for a in self.store.get_articles([a.id for a in tried]) if a.classification is None}
        for article in tried:
            if article.id not in still:
                failed.pop(article.id, None)
                continue
            known = failed.setdefault(article.id, Unanalysed(article.published, ""))
            if known.failed_again(now):
                log.warning("bài %s: phân tích lại %s lần vẫn lỗi (%s); bỏ qua, không phân tích lại nữa: bài vẫn được lưu, "
                            "chưa có chủ đề, sắc thái, địa bàn", article.url, known.tries, known.failure or "không rõ lý do")
        self._remember(a.id for a in tried)

    def counts_demo(self, month: str) -> bool:
        """Whether a month's report would count the demo's made-up articles: `diemnong run` loaded the demo into this
        home (HOME/demo-loaded, touched when the load began) no earlier than the month's first day. The demo is dated
        up to the moment it is loaded (cli.shift_for), so the months after that one hold none of it."""
        try:
            loaded = datetime.fromtimestamp((self.settings.home / DEMO_MARK).stat().st_mtime, TZ)
        except OSError:
            return False
        year, number = (int(part) for part in month.split("-"))
        return loaded >= datetime(year, number, 1, tzinfo=TZ)

    def adopt_demo(self, demo: Path) -> int:
        """A home an older version loaded the demo into: it wrote no DEMO_MARK, and the demo's stories queued alerts like
        news, held in the outbox until a mail server is set. The mark is written now, dated when the demo was loaded,
        and the alerts still waiting about the demo's stories, or with the report of a month that counts them, are
        withheld (state 'withheld', never sent), as this version queues none. Nothing is done in a home with the mark or
        without the demo. Returns how many alerts were withheld."""
        mark = self.settings.home / DEMO_MARK
        found = [] if mark.exists() else demo_articles(self.store, demo)
        if not found:
            return 0
        loaded = max(a.fetched or a.published for a in found).timestamp()
        mark.touch()
        os.utime(mark, (loaded, loaded))
        refs = {a.ref for a in found} | {a.id for a in found}  # an issue lists its articles by the input's id
        held = 0
        waiting = [a for state in ("pending", "sending") for a in self.store.list_alerts(state=state, limit=100_000)]
        for alert in waiting:  # 'sending': claimed by an older version stopped in the middle of a delivery
            if self._about_demo(alert, refs):
                self.store.update_alert(alert.with_(state="withheld", next_attempt=None, error=DEMO_WITHHELD))
                held += 1
            elif alert.kind == "digest":
                held += self._unfold_demo(alert, refs)
        return held

    def _about_demo(self, alert: Alert, demo: set[str]) -> bool:
        """Whether a queued alert tells of the demo only: the report of a month that counts it, or issues (one, or a
        digest's) all of whose articles are the demo's."""
        if alert.kind == "report":
            return bool(alert.payload.get("month")) and self.counts_demo(str(alert.payload["month"]))
        issue_ids = ([str(i.get("issue_id", "")) for i in alert.payload.get("issues", ())] if alert.kind == "digest"
                     else [alert.issue_id] if alert.kind in ("new", "escalation") else [])
        return bool(issue_ids) and all(self._demo_issue(i, demo) for i in issue_ids)

    def _demo_issue(self, issue_id: str, demo: set[str]) -> bool:
        """Whether a stored issue is made of the demo's articles only."""
        issue = self.store.get_issue(issue_id)
        return issue is not None and set(issue.article_ids) <= demo

    def _unfold_demo(self, digest: Alert, demo: set[str]) -> bool:
        """A waiting digest that lists the demo's stories beside news (folded on a morning both were due): withheld, as
        are its members about the demo; its other members wait again, for the next delivery to fold them into a digest
        of their own. Returns whether it listed any of the demo's."""
        items = dict(zip(digest.payload.get("members", ()), digest.payload.get("issues", ())))
        made_up = {key for key, item in items.items() if self._demo_issue(str(item.get("issue_id", "")), demo)}
        if not made_up:
            return False

        def unfold(member: Alert) -> Alert | None:
            if member.state != "digested" or member.payload.get("digest_key") != digest.key:
                return None
            if member.key in made_up:
                return member.with_(state="withheld", next_attempt=None, error=DEMO_WITHHELD)
            payload = {k: v for k, v in member.payload.items() if k != "digest_key"}
            return member.with_(state="pending", next_attempt=digest.next_attempt, payload=payload)

        self.store.update_alert(digest.with_(state="withheld", next_attempt=None, error=DEMO_WITHHELD))
        for key in items:
            self.store.change_alert(key, unfold)
        return True

    def monthly_report(self, now: datetime | None = None) -> Path | None:
        """On report.auto_day, write last month's report and queue it for the Văn phòng (once; errors are logged); for a
        month that holds the demo's articles (see counts_demo), written and not queued."""
        from diemnong.report import ReportError, due_month, schedule_monthly_report

        now = now or now_local()
        if self._report_retry_at and now < self._report_retry_at:
            return None
        try:
            month = due_month(self.settings, now)
            send = month is None or not self.counts_demo(month)
            path = schedule_monthly_report(self.settings, self.store, self.departments, now, send=send,
                                           held_back=self.counts_demo)
        except (ReportError, ConfigError, OSError) as exc:
            self._report_failed(now, str(exc), exc)
            log.error("chưa ghi được báo cáo tháng (thử lại sau một giờ): %s", exc)
        except StoreUnavailable:
            raise  # the run loop waits for the store and starts afresh
        except Exception as exc:  # a fault of the report's own: polling and alerts go on, the report is tried again
            self._report_failed(now, f"lỗi ngoài dự kiến: {type(exc).__name__}: {exc}", exc)
            log.exception("chưa lập được báo cáo tháng (thử lại sau một giờ), lỗi ngoài dự kiến: %s", exc)
        else:
            self._report_went_through(now)
            return path
        return None

    def _report_went_through(self, now: datetime) -> None:
        """An attempt went through: the failure kept is cleared only when its month's report is now made (queued, or a
        demo's month's file written) or it named none. A month the schedule makes later (report.auto_day moved later
        this month) is said to be tried then; one it no longer makes (due now or before, and not late: late_months
        finds none before a month that was never reported) is said as given up, and logged once: were it cleared, the
        office would never hear it was not sent."""
        failure = read_report_failure(self.settings.home)
        if failure is None:
            return
        if not failure.month or self._report_made(failure.month):
            clear_report_failure(self.settings.home)
            return
        retry = self._report_tried_again(failure.month, now)
        if retry is not None:
            retry_report_failure(self.settings.home, failure, retry)
        elif failure.given_up is None:
            give_up_report_failure(self.settings.home, failure, now)
            log.error("báo cáo tháng %s chưa lập được tự động và lịch không lập lại tháng đó nữa: lập ở trang Báo cáo "
                      "(hoặc `diemnong report --month %s`) rồi gửi Văn phòng", failure.month, failure.month)

    def _report_made(self, month: str) -> bool:
        """Whether the schedule made a month's report: queued, or for a demo's month (never queued) its file written."""
        from diemnong.report import default_path, reported

        if reported(self.store, month):
            return True
        return self.counts_demo(month) and default_path(self.settings, month, "docx", None).exists()

    def _report_tried_again(self, month: str, now: datetime) -> datetime | None:
        """When the schedule next makes a month's report not made yet: on report.auto_day when that is later this month
        (moved later after it failed), at the next round when it is late (late_months); None when never."""
        from diemnong.report import due_date, due_month, late_months, month_of, previous_month

        if int(self.settings["report.auto_day"]) <= 0:
            return None
        if month == previous_month(month_of(now)) and due_month(self.settings, now) is None:
            return due_date(self.settings, month)
        return now if month in late_months(self.settings, self.store, now, self.counts_demo) else None

    def _report_failed(self, now: datetime, error: str, exc: Exception) -> None:
        """Try again in an hour, and keep the failure in the home: the log alone told no one, and an office whose report
        did not go out before the 20th heard of it from no one (Tổng quan says it until an attempt succeeds)."""
        from diemnong.report import REPORT_MONTH

        self._report_retry_at = now + timedelta(hours=1)
        note_report_failure(self.settings.home, getattr(exc, REPORT_MONTH, ""), error, now, self._report_retry_at)

    # -------------------------------------------------------------- crawling
    def crawler(self) -> Crawler:
        """The crawler of this service (its host clock and robots cache last as long as the service)."""
        if self._crawler is None:
            s = self.settings
            self._crawler = Crawler(FetchPolicy.from_settings(s), fetch_pages=s["crawler.fetch_pages"],
                                    listing_timeout=s["crawler.listing_timeout_seconds"])
        return self._crawler

    def known_urls(self, urls: list[str]) -> set[str]:
        """Which of these canonical URLs are already stored, as an article's own address or as its other one."""
        ids = {doc_id(u): u for u in urls}
        found = {a.id for a in self.store.get_articles(list(ids))} | set(self.store.aliases(list(ids)))
        return {ids[i] for i in found if i in ids}

    def crawl_once(self, sources: Sequence[Source], now: datetime | None = None, despite_waits: bool = False) -> list[PollResult]:
        """Poll sources once (and retry due pages): store each new article as it arrives, then each source's state.

        `diemnong crawl --once` and the scheduler of `diemnong run` both call this. A failing source is
        reported in its result, never raised. `despite_waits`: the waits these sources' hosts asked for (Retry-After)
        that the stored states keep are not applied (`crawl --once --source`, an admin's test of one source); other
        hosts' waits are (their due page retries are not fetched).
        """
        now = now or now_local()
        s = self.settings
        # Every source's state, not only those polled: one (of several feeds on one site) may hold the site's wait
        # (Retry-After, Crawler.hold_again) for them all, as the running crawler's host clock did.
        states = {state.name: state for state in self.store.list_source_states()}
        if despite_waits:
            states = let_go(states, sources)
        retries = self.store.pending_pages(now, s["crawler.page_retries_per_poll"]) if s["crawler.fetch_pages"] else []
        results: dict[str, PollResult] = {}
        stored: dict[str, int] = {}
        events = self.crawler().run(sources, states, self.known_urls, retries, now)
        try:
            while True:
                # While it waits for the crawler, and only then, the service may be interrupted (a stop signal): the
                # batch being handed over is dropped with the states of its sources, so the next run polls them again.
                self.waiting_for_crawl = True
                try:
                    batch = next(events, None)
                finally:
                    self.waiting_for_crawl = False
                if batch is None:
                    break
                self._store_events(batch, now, results, stored)
        finally:
            events.close()  # an interrupted run: the crawl is cancelled (and a listing's scrapy child stopped)
        order = {src.url: i for i, src in enumerate(sources)}
        return sorted(results.values(), key=lambda r: order.get(r.source.url, len(order)))

    def _store_events(self, batch: list[Any], now: datetime, results: dict[str, PollResult], stored: dict[str, int]) -> None:
        """Articles first (grouped by source, to count what each stored), page retries, then finished sources' states."""
        hours = self.settings["crawler.page_retry_hours"]
        by_source: dict[str, list[Found]] = {}
        for event in batch:
            if isinstance(event, Found):
                by_source.setdefault(event.source_url, []).append(event)
        for url, found in by_source.items():
            report = self.ingest([f.article for f in found])
            stored[url] = stored.get(url, 0) + report.inserted + report.updated
            for f in found:
                if f.page_error:
                    self.store.schedule_page_retry(f.article.id, 1, next_retry(1, hours, now, f.permanent))
            aliases = {doc_id(url): f.article.id for f in found for url in f.aliases}
            if aliases:  # (a write: not for every batch)
                self.store.add_aliases(aliases)
        retried = [e for e in batch if isinstance(e, Retried)]
        if any(e.ok for e in retried):
            self.ingest([e.article for e in retried if e.ok])
        for e in retried:
            if not e.ok:
                attempts = getattr(self.store, "page_attempts", lambda _id: 0)(e.article.id) + 1
                self.store.schedule_page_retry(e.article.id, attempts, next_retry(attempts, hours, now, e.permanent))
        for event in batch:
            if isinstance(event, Done):
                result = event.result
                n = result.outcomes["stored"] = stored.pop(result.source.url, 0)
                counts = dict(result.state.counts)
                counts["stored"] = counts.get("stored", 0) + n
                result.state = result.state.with_(counts=counts)
                self.store.save_source_state(result.state)
                results[result.source.url] = result

    # -------------------------------------------------------------- delivery
    def smtp_config(self) -> SmtpConfig | None:
        s = self.settings
        if not s["alerts.smtp_host"]:
            return None
        return SmtpConfig(s["alerts.smtp_host"], s["alerts.smtp_port"], s["alerts.smtp_user"], s["alerts.smtp_password"],
                          s["alerts.smtp_starttls"], s["alerts.smtp_sender"], ca_file=s.get("alerts.smtp_ca_file") or "",
                          ssl=bool(s.get("alerts.smtp_ssl")))

    def _to_same_recipient(self, alert: Alert) -> list[tuple[int, Alert]]:
        """(level, alert) of the other alerts of the same issue to the same recipient (digests aside), its mailbox however
        its address is written in each (routing.same_mailbox, as recipients() and the digest judge it)."""
        return [(a.payload.get("level", 0), a) for a in self.store.list_alerts(issue_id=alert.issue_id)
                if same_mailbox(a, alert) and a.kind != "digest" and a.key != alert.key]

    def _newer_alert(self, alert: Alert) -> str:
        """The key of a higher-level alert of the same issue to the same recipient (not given up), or ''."""
        level = alert.payload.get("level", 0)
        newer = [(lv, a) for lv, a in self._to_same_recipient(alert) if lv > level and a.state not in ("failed", "replaced")]
        return max(newer, key=lambda x: x[0])[1].key if newer else ""

    def _outgrown(self, alert: Alert, due_now: set[str]) -> bool:
        """Whether a waiting alert of an issue is left out because a higher level of it to the same recipient goes in the
        same round (an issue raised and escalated in one batch: a service catching up): the recipient hears of it once,
        as it is now, as the digest does (state 'digested', superseded_by)."""
        if alert.kind not in ("new", "escalation") or alert.state != "pending":
            return False
        newer = self._newer_alert(alert)
        if newer not in due_now:
            return False
        self.store.update_alert(alert.with_(state="digested", next_attempt=None, payload={**alert.payload, "superseded_by": newer}))
        return True

    def _first_told(self, alert: Alert) -> str:
        """The key of the first message that told this recipient of the alert's issue at a lower level: the alert itself
        when it went, the digest that listed it when that went; '' when none reached them."""
        level = alert.payload.get("level", 0)
        told = [(lv, key) for lv, a in self._to_same_recipient(alert) if lv < level and (key := self._delivered_as(a))]
        return min(told)[1] if told else ""

    def _delivered_as(self, alert: Alert) -> str:
        """The key of the message that brought this alert to its recipient (its own, or its digest's), '' if none did."""
        if alert.state == "sent":
            return alert.key
        key = alert.payload.get("digest_key", "") if alert.state == "digested" else ""
        digests = self.store.list_alerts(issue_id=digest_issue_id(key)) if key else []
        return key if any(d.key == key and d.state == "sent" for d in digests) else ""

    def _unlisted_waiting(self) -> None:
        """At a service's first delivery: the addresses of waiting alerts (pending, or 'sending' after a crash) that
        their department no longer lists count as taken away, as a reload would have found them had the file been
        changed while this service ran: it was changed while the service was stopped (or the store was moved to a
        home with other recipients). _readdress then moves each of those alerts when it comes due."""
        self._outbox_checked, self._dropped_checked = True, False
        for state in ("pending", "sending"):
            for alert in self.store.list_alerts(state=state, limit=1_000_000):
                for dep_id in _concerning(alert):  # a digest: its issues' departments too (_share_digest)
                    if alert.recipient not in _addresses(self.departments.get(dep_id)):
                        self._dropped.setdefault(dep_id, set()).add(alert.recipient)

    def _no_wait_for_dropped(self, now: datetime) -> None:
        """Webhook alerts waiting out their address's answer (a Retry-After, a backoff of up to 6 h) when that address
        was taken away are due now: _readdress moves them this round, as the wait was the old server's, not the new
        one's. (An email's wait is most often the mail server's, which the new address shares.) One whose address
        another department still lists stays there (resend_targets) and keeps its wait: posted again at once, and at
        each change of the departments file, it was what the server had asked us not to do; its department's addresses
        now get their copies at once."""
        self._dropped_checked = True
        for alert in self.store.list_alerts(state="pending", limit=1_000_000):
            if (alert.channel == "webhook" and self._taken_away(alert)
                    and alert.error and alert.next_attempt and alert.next_attempt > now):
                if not self._kept_with_copies(alert, now):
                    self.store.update_alert(alert.with_(next_attempt=now))

    def _taken_away(self, alert: Alert) -> bool:
        """Whether a reload took the alert's address from its department (a digest's: from one of its issues' too)."""
        return any(alert.recipient in self._dropped.get(dep_id, ()) for dep_id in _concerning(alert))

    def _kept_with_copies(self, alert: Alert, now: datetime) -> bool:
        """Whether an alert whose address was taken away stays there (a department that should hear of it still lists
        it); if so, the copies for its departments' addresses now are queued, due at once."""
        if alert.kind == "digest" and alert.payload.get("issues"):  # decided per issue
            kept = bool(digest_shares(alert, self.departments)[0])
            if kept:
                self._share_digest(alert, now, due=now)
            return kept
        kept, copies = kept_and_copies(alert, resend_targets(alert, self.departments))
        if kept:
            self._copied(alert, copies, now)
        return kept

    def _copied(self, alert: Alert, targets: Sequence[str], due: datetime | None) -> int:
        """Copies of an alert that stays at its address (another department still lists it: resend_targets) for the
        addresses its department lists now, keyed as their own (one that has its alert gets nothing more), due with it
        (or at ``due``); a digest's copies list only the issues its department should hear of (digest_for). Returns how
        many were queued."""
        base = digest_for(alert.with_(state="pending", attempts=0, sent_at=None, error="", next_attempt=due or alert.next_attempt),
                          alert.department, self.departments, self.policy.dashboard_url)  # a digest: its issues only
        queued = _queue_at(self.store, [readdressed(base, target) for target in targets]) if targets and base else 0
        if queued:
            log.info("cảnh báo tới %s gửi thêm tới %s (địa chỉ mới của đơn vị; đơn vị khác vẫn dùng địa chỉ cũ)",
                     alert.recipient, ", ".join(targets))
        return queued

    def _readdress(self, due: Sequence[Alert], now: datetime) -> tuple[int, int]:
        """Due alerts to an address a reload of the departments took away (corrected on Cấu hình while they waited):
        each goes to the addresses the department lists now on the same channel, keyed as resend_failed keys them (so an
        address that already has its own copy gets nothing more), and the old one is marked 'replaced' (queued first,
        marked after: a crash in between is finished by the next round). One whose department has no address left
        on that channel is given up, with why. Returns (alerts re-addressed, alerts given up)."""
        moved = failed = 0
        for alert in due:
            # Only an address taken away while this service ran, or before it started (_unlisted_waiting): an alert a
            # person re-sent to an address the file lists now, before this service's next round reads it, is left to go there.
            if not self._taken_away(alert):
                continue
            if alert.kind == "digest" and alert.payload.get("issues"):
                shared, gone = self._share_digest(alert, now)
                moved, failed = moved + shared, failed + gone
                continue
            targets = resend_targets(alert, self.departments)
            kept, copies = kept_and_copies(alert, targets)
            if kept:  # it stays where another department still lists it; its department's new addresses get copies
                moved += self._copied(alert, copies, None) > 0
                continue
            if not targets:
                why = no_target(alert, self.departments)
                self.store.update_alert(alert.with_(state="failed", next_attempt=None, error=f"{NO_ADDRESS}{why}"))
                log.warning("cảnh báo tới %s không gửi: %s; sửa trên trang Cấu hình rồi gửi lại bằng «Gửi lại» trên trang "
                            "Vấn đề hoặc `diemnong alerts --retry-failed`", alert.recipient, why)
                failed += 1
                continue
            base = alert.with_(state="pending", attempts=0, sent_at=None, error="")
            _queue_at(self.store, [readdressed(base, target) for target in targets])
            self.store.change_alert(alert.key, lambda a: a.moved(now, "", targets) if a.state in ("pending", "sending") else None)
            log.info("cảnh báo tới %s chuyển sang %s (địa chỉ đã đổi trong cấu hình)", alert.recipient, ", ".join(targets))
            moved += 1
        return moved, failed

    def _share_digest(self, alert: Alert, now: datetime, due: datetime | None = None) -> tuple[int, int]:
        """A waiting digest whose address a reload took from a department it concerns, shared out per issue by the
        departments now (digest_shares): its own address keeps the issues of the departments that still list it (it is
        narrowed to them, or 'replaced' when none); every other address of a department that should hear of an issue
        gets a copy listing those it had no alert of its own for, keyed as resend_failed keys it: each address hears of
        each issue once, from the digest, a copy or its own alert. The copies are due with it, or at ``due``. Read again
        first: a copy shared back to its address earlier in the round may have widened it. Returns (1 when shared or
        moved, 1 when given up)."""
        alert = _stored(self.store, alert) or alert.with_(state="replaced")
        if alert.state not in WAITING:
            return 0, 0
        base = alert.with_(state="pending", attempts=0, sent_at=None, error="", next_attempt=due or alert.next_attempt)
        kept, shares = shared_digest(self.store, base, self.departments, self.policy.dashboard_url)
        copies = _queue_copies(self.store, [readdressed(copy, target) for target, copy in shares.items() if copy],
                               self.policy.dashboard_url)
        if kept:
            own = narrowed(alert, kept, self.policy.dashboard_url) or alert
            changed = own.payload != alert.payload
            if changed:  # only what its mailbox should hear of: not sent yet, or claimed by a round cut short (WAITING)
                narrow = {"subject": own.subject, "body": own.body, "payload": own.payload}
                self.store.change_alert(alert.key, lambda a: a.with_(**narrow) if a.state in WAITING else None)
            if copies:
                log.info("cảnh báo tới %s gửi thêm tới %s (địa chỉ mới của đơn vị; đơn vị khác vẫn dùng địa chỉ cũ)",
                         alert.recipient, ", ".join(c.recipient for c in copies))
            return int(bool(copies) or changed), 0
        if not shares:
            why = no_target(alert, self.departments)
            self.store.update_alert(alert.with_(state="failed", next_attempt=None, error=f"{NO_ADDRESS}{why}"))
            log.warning("cảnh báo tới %s không gửi: %s; sửa trên trang Cấu hình rồi gửi lại bằng «Gửi lại» trên trang "
                        "Vấn đề hoặc `diemnong alerts --retry-failed`", alert.recipient, why)
            return 0, 1
        to = [c.recipient for c in copies]
        self.store.change_alert(alert.key, lambda a: a.moved(now, "", to) if a.state in ("pending", "sending") else None)
        if to:
            log.info("cảnh báo tới %s chuyển sang %s (địa chỉ đã đổi trong cấu hình)", alert.recipient, ", ".join(to))
        else:
            log.info("cảnh báo tới %s không gửi nữa (địa chỉ đã đổi trong cấu hình): địa chỉ hiện nay của các đơn vị đã "
                     "có các vấn đề của nó", alert.recipient)
        return 1, 0

    def _wait_out_quiet_hours(self, due: list[Alert], now: datetime, listed: dict[str, set[str]]) -> int:
        """Non-urgent first alerts due in the quiet hours wait for the next digest, as if raised now: one detected after
        quiet hours began on an article published before (read late, or by a service catching up after a stop), or a
        retry of one that failed in the evening. So does a digest, or what it would list, that missed its time (a
        service down at 07:30 and started at night). Urgent alerts, and what a person sent (a forwarded signal, «Gửi
        lại»), go at once. Returns how many were held (taken out of ``due``). ``listed``: see _listed."""
        if not in_quiet_hours(now, self.policy):
            return 0
        held = [a for a in due if self._waits_for_digest(a, now) and not self._listed(a, listed)]
        for alert in held:
            payload = alert.payload if alert.kind == "digest" else {**alert.payload, "digest": True}
            self.store.update_alert(alert.with_(next_attempt=next_digest(now, self.policy), payload=payload))
            due.remove(alert)
        return len(held)

    def _missed_digests_to_today(self, due: list[Alert], now: datetime, listed: dict[str, set[str]]) -> None:
        """Alerts held for the digest of an earlier day that went without them (the service was down then) go in
        today's, dated today: one message listing all that was held, not one a day missed, dated days ago. One digest a
        day: they go with today's own digest-bound alerts, now when those are due (they were due at 07:30 and the
        digest time was changed to 09:00: today's went at 08:00, the missed ones at 09:00), else when the first of them
        is (the time changed to 07:00 or 09:00 before today's 07:30: two digests that day), else at today's digest time
        (before it: sent at once, today's own followed at 07:30, two digests within the hour)."""
        today = now.date().isoformat()
        missed = [a for a in due if self._bound_for(a) and digest_day(a) < today and not self._listed(a, listed)]
        if not missed:
            return
        when, keys = self._todays_digest(due, now), {a.key for a in missed}
        for alert in missed:
            self.store.update_alert(alert.with_(next_attempt=when))
        due[:] = [a.with_(next_attempt=when) if a.key in keys else a for a in due if a.key not in keys or when <= now]

    @staticmethod
    def _bound_for(alert: Alert) -> bool:
        """Whether an alert waits to be listed in a digest (not yet folded into one)."""
        return alert.kind != "digest" and bool(alert.payload.get("digest")) and alert.state == "pending"

    def _todays_digest(self, due: Sequence[Alert], now: datetime) -> datetime:
        """When today's digest goes: now when alerts bound for it are due, else the first time one of them is, else
        today's digest time (now when it has passed)."""
        today = now.date().isoformat()
        if any(self._bound_for(a) and digest_day(a) == today for a in due):
            return now
        waiting = [a.next_attempt for a in self.store.list_alerts(state="pending", limit=1_000_000)
                   if self._bound_for(a) and a.next_attempt and digest_day(a) == today]
        slot = next_digest(now, self.policy)
        return max(now, min(waiting)) if waiting else slot if slot.date() == now.date() else now

    def _listed(self, alert: Alert, listed: dict[str, set[str]]) -> bool:
        """Whether a digest in the outbox already lists this alert (the round that queued it stopped before marking it):
        the next fold marks it, and that digest goes as it is. ``listed`` keeps, per day, the keys that day's digests in
        the outbox list, read once a delivery round."""
        if alert.kind == "digest" or not alert.payload.get("digest"):
            return False
        day = digest_day(alert)
        if day not in listed:
            listed[day] = {k for d in self.store.list_alerts(issue_id=f"digest|{day}") for k in d.payload.get("members", ())}
        return alert.key in listed[day]

    def _waits_for_digest(self, alert: Alert, now: datetime) -> bool:
        """Whether an alert due in the quiet hours waits for the next digest (see _wait_out_quiet_hours). One bound for
        the digest is due in them only when it missed its digest, unless the digest's own time is in the quiet hours."""
        if alert.state != "pending" or alert.resends or alert.payload.get("urgent"):
            return False
        if alert.kind == "new" and not alert.payload.get("digest"):
            return True
        missed = alert.kind == "digest" or bool(alert.payload.get("digest"))
        return missed and not in_quiet_hours(datetime.combine(now.date(), self.policy.digest_time, now.tzinfo), self.policy)

    def _attached_here(self, alert: Alert) -> Alert:
        """The alert with each file to attach (a monthly report, queued as its path in the home that wrote it) read from
        this home's reports folder when it is not at that path but is there: a home restored on another machine, or
        moved to another DIEMNONG_HOME."""
        files = [str(p) for p in alert.payload.get("attachments", ())]
        here = [str(self.settings.home / "reports" / Path(p).name) for p in files]
        found = [h if not Path(p).is_file() and Path(h).is_file() else p for p, h in zip(files, here)]
        return alert.with_(payload={**alert.payload, "attachments": found}) if found != files else alert

    def deliver(self, now: datetime | None = None, stopping: Callable[[], bool] = lambda: False,
                until: float = math.inf) -> dict[str, int]:
        """Send due alerts from the outbox, each claimed ('sending') before it goes and marked 'sent' after; none more
        once ``stopping()`` says the service is asked to stop (the rest wait, pending, for its next start), nor after
        the ``until`` of time.monotonic() once one was tried: a slow server (20 s a message) held the service's loop,
        and so its polls, for as long as the whole queue took; the rest wait for the next round (``cut_short``).

        Non-urgent alerts due at the digest time are first folded into one digest per recipient. An alert
        left 'sending' by a crash is sent again with the same Message-ID / Idempotency-Key, so a receiver
        that already got it can drop the copy; failures are retried later with backoff, up to alerts.max_attempts,
        except a refusal for good (Refused: an SMTP 5xx, an HTTP 4xx), marked failed at once. Once a server does not
        answer (the SMTP server, or one webhook's address), the rest of its alerts wait for the same retry time
        instead of each waiting out its own timeout, so a silent server never holds up the round; so do the SMTP
        server's once it refused our login (one wrong password a round at most, not one per alert: servers lock
        accounts), and a refused login burns none of their tries: a setting to fix, not a reason to give an alert up.
        """
        now = now or now_local()
        smtp = self.smtp_config()
        counts = {"sent": 0, "retry": 0, "failed": 0, "held": 0, "digested": 0}
        if not self._outbox_checked:
            self._unlisted_waiting()
            self._setting_fixed(now)
        if not self._dropped_checked:
            self._no_wait_for_dropped(now)
        due = self.store.due_alerts(now, limit=1000)
        moved, counts["failed"] = self._readdress(due, now)
        if moved or counts["failed"]:
            due = self.store.due_alerts(now, limit=1000)
        listed: dict[str, set[str]] = {}  # day → keys a digest of that day lists (queued before a crash: not moved)
        counts["held"] = self._wait_out_quiet_hours(due, now, listed)
        self._missed_digests_to_today(due, now, listed)
        folded = fold_digests(due, lambda day: self.store.list_alerts(issue_id=f"digest|{day}"), self.policy.dashboard_url,
                              self._newer_alert, self._first_told)
        if folded.digests:
            self.store.enqueue_alerts(folded.digests)
        for member in folded.members:
            self.store.update_alert(member)
        counts["digested"] = len(folded.members)
        if folded.members or folded.digests:
            due = self.store.due_alerts(now, limit=1000)
        with MailSession(smtp) if smtp else nullcontext() as mail:  # one SMTP session for the round's messages
            self._send_due(due, smtp, mail, counts, now, until, stopping)
        return counts

    def _send_due(self, due: Sequence[Alert], smtp: SmtpConfig | None, mail: MailSession | None, counts: dict[str, int],
                  now: datetime, until: float, stopping: Callable[[], bool]) -> None:
        """Send the round's due alerts, in order, until ``stopping()`` or ``until`` (see deliver)."""
        down: dict[str, tuple[str, datetime]] = {}  # "smtp" or a webhook's address → (why, when to try again)
        due_now = {a.key for a in due}
        tried, self.cut_short = 0, False
        for alert in due:
            if stopping():
                break
            if tried and time.monotonic() >= until:
                self.cut_short = True
                break
            if alert.payload.get("digest") and alert.kind != "digest":
                continue  # folded above; never sent on its own
            if self._outgrown(alert, due_now):
                counts["digested"] += 1
                continue
            if alert.channel == "email" and smtp is None:
                counts["held"] += 1
                continue
            server = "smtp" if alert.channel == "email" else alert.recipient
            if server in down:
                why, retry_at = down[server]
                self.store.update_alert(alert.with_(state="pending", error=why, next_attempt=retry_at))
                counts["retry"] += 1
                continue
            if alert.kind == "escalation":
                told = self._first_told(alert)  # a reply to what told them; none: its first alert was held for the digest
                alert = alert.with_(payload={**alert.payload, "in_reply_to": told}) if told else as_first(alert)
            alert = linked(alert, self.policy.dashboard_url)  # the dashboard's address now, not when it was planned
            if alert.kind == "report":
                from diemnong.report import deadline_as_sent

                alert = deadline_as_sent(alert, now)
            attempt = alert.with_(state="sending", attempts=alert.attempts + 1)
            self.store.update_alert(attempt)
            tried += 1
            try:
                if alert.channel == "email":
                    self.mail_tried = True
                    send_email(smtp, self._attached_here(attempt), mail)  # type: ignore[arg-type]
                else:
                    send_webhook(attempt)
            except SessionRefused as exc:  # a setting to fix, not this alert's fault: no try counted, never given up
                down[server] = self._session_refused(exc, now)
                self.store.update_alert(alert.with_(state="pending", error=str(exc), next_attempt=down[server][1]))
                counts["retry"] += 1
                continue
            except Unfilled as exc:  # its address's variable unset: a setting to fix, as above (nothing was posted)
                self.store.update_alert(alert.with_(state="pending", error=str(exc), next_attempt=self._unfilled(exc, now)))
                counts["retry"] += 1
                continue
            except DeliveryError as exc:
                counts[self._failed(exc, attempt, server, down, now)] += 1
                continue
            self.store.update_alert(attempt.with_(state="sent", sent_at=now, error=""))
            counts["sent"] += 1
            if alert.channel == "email" and self._session_refusals:
                self._session_refusals = 0
                log.info("máy chủ thư đã nhận phiên gửi trở lại: gửi tiếp các cảnh báo đang chờ")

    def _failed(self, exc: DeliveryError, attempt: Alert, server: str, down: dict[str, tuple[str, datetime]],
                now: datetime) -> str:
        """An alert that did not go: given up at once when refused for good (with the server's reason) or past
        alerts.max_attempts, else retried later with backoff (not before a Retry-After); a server that did not answer or
        asked us to wait holds its other alerts of the round (``down``). Returns 'failed' or 'retry'."""
        gave_up = isinstance(exc, Refused) or attempt.attempts >= self.settings["alerts.max_attempts"]
        delay = max(timedelta(minutes=min(60 * 6, 2 ** min(attempt.attempts, 9))), asked_wait(exc))
        if isinstance(exc, (Unreachable, Throttled)) and not gave_up:
            why = "the server did not answer" if isinstance(exc, Unreachable) else "the server asked us to wait"
            down[server] = (f"not tried, {why}: {exc}", now + delay)
        if server == "smtp" and not self.mail_checked and (isinstance(exc, Unreachable)  # or its TLS: a setting to fix
                                                           or isinstance(exc.__cause__, ssl.SSLError)):
            self.mail_checked = True
            log.warning("máy chủ thư %s:%s chưa gửi được: %s — chi tiết: %s", self.settings["alerts.smtp_host"],
                        self.settings["alerts.smtp_port"], delivery_cause(str(exc)), exc)
        self.store.update_alert(attempt.with_(error=str(exc), state="failed" if gave_up else "pending",
                                              next_attempt=None if gave_up else now + delay))
        if gave_up:  # an operator must act (fix the address or the server, then re-send): one line says what
            dep = self.departments.get(attempt.department)
            log.warning("cảnh báo tới %s (%s) không gửi được: %s; sửa xong, gửi lại bằng «Gửi lại» trên trang Vấn đề "
                        "hoặc `diemnong alerts --retry-failed`", dep.name if dep else attempt.department,
                        attempt.recipient, describe_delivery(str(exc), "failed"))
        return "failed" if gave_up else "retry"

    def _session_refused(self, exc: SessionRefused, now: datetime) -> tuple[str, datetime]:
        """The mail server refused our session (535 a wrong password, no STARTTLS, 553 our sender): a setting to fix.
        Its alerts wait untried, none counts a try or is given up (they would all be, one a round, after
        alerts.max_attempts); the server is tried again after 2 minutes, doubling to an hour (servers lock an account
        after repeated wrong passwords).
        The first refusal is said once in the log, with what to fix. Returns (the waiting alerts' error, retry time)."""
        self._session_refusals += 1
        if self._session_refusals == 1:
            waiting = sum(a.channel == "email" for state in ("pending", "sending")  # the one tried now is 'sending'
                          for a in self.store.list_alerts(state=state, limit=1_000_000))
            log.warning("máy chủ thư %s từ chối phiên gửi của Điểm Nóng (đăng nhập, STARTTLS, địa chỉ người gửi): %s; %d "
                        "cảnh báo qua thư điện tử đang chờ, không tính vào số lần thử; %s: chúng sẽ tự gửi",
                        self.settings["alerts.smtp_host"], delivery_cause(str(exc)), waiting, session_fix(str(exc)))
        delay = timedelta(minutes=min(60, 2 ** min(self._session_refusals, 6)))
        return f"not tried, the server refused our session: {exc}", now + delay

    def _unfilled(self, exc: Unfilled, now: datetime) -> datetime:
        """A webhook's address names a variable the service has not (unset, empty, not allowed): its alert waits for
        the fix, which takes a restart (the environment is read at the start; _setting_fixed), no try counted; tried
        again hourly meanwhile, which posts nothing. Said once per variable in the log, in Vietnamese. Returns when
        to try again."""
        new = [n for n in exc.names if n not in self._unfilled_said]
        if new:
            self._unfilled_said.update(new)
            log.warning("cảnh báo qua webhook chưa gửi được: %s; cảnh báo nằm lại trong hộp thư đi, không tính vào số lần "
                        "thử, và tự gửi sau đó", delivery_cause(str(exc)))
        return now + UNFILLED_WAIT

    def _setting_fixed(self, now: datetime) -> None:
        """At a service's first delivery: email alerts held because the mail server refused our session, and webhook
        alerts held for a variable their address names, are due at once. Settings and the environment change only
        with a restart, so this is the moment they may have been fixed."""
        for alert in self.store.list_alerts(state="pending", limit=1_000_000):
            held = session_refused(alert.error) if alert.channel == "email" else unfilled(alert.error)
            if alert.next_attempt and alert.next_attempt > now and held:
                self.store.update_alert(alert.with_(next_attempt=now))


UNFILLED_WAIT = timedelta(hours=1)  # a webhook's variable unset: only a restart sets it (see Service._unfilled)


def asked_wait(exc: DeliveryError) -> timedelta:
    """How long a server that asked us to slow down wants us to wait (its Retry-After, up to six hours: the longest
    retry delay); nothing for other failures."""
    seconds = retry_after({"retry-after": exc.wait}) if isinstance(exc, Throttled) else None
    return timedelta(seconds=min(seconds or 0.0, 6 * 3600))


def forward_signal(settings: Settings, store: Store, sig: Signal, sender: str, now: datetime | None = None) -> int:
    """Queue an early signal for its lead departments (an analyst's choice: signals are never alerted on their own);
    the service's delivery sends it like any alert. Returns how many messages were queued: none when it was
    forwarded before."""
    topics, departments = default_catalog()
    found = {a.id: a for a in store.get_articles(list(sig.article_ids))}
    links = [(found[i].title, found[i].url) for i in sig.article_ids if i in found]
    alerts = plan_signal_alerts(sig, departments, {t.id: t.name for t in topics.values()}, links,
                                AlertPolicy.from_settings(settings), now or now_local(), sender)
    return store.enqueue_alerts(as_keyed(store, alerts))


@dataclass
class Resent:
    """What a re-send of alerts the outbox gave up on did."""

    requeued: list[Alert] = field(default_factory=list)  # back in the queue at their own address (same key)
    # (the given-up alert, now 'replaced', and what was queued for its department's new addresses: none when they had it)
    moved: list[tuple[Alert, list[Alert]]] = field(default_factory=list)
    # (a requeued alert whose address another department still lists, and the copies queued for its own department's
    # addresses now: none when they had it)
    copied: list[tuple[Alert, list[Alert]]] = field(default_factory=list)
    skipped: list[tuple[Alert, str]] = field(default_factory=list)  # not re-sent: the department has no address for it now

    @property
    def queued(self) -> int:
        """Messages put in the queue (an address that already had the alert gets none)."""
        return len(self.requeued) + self.to_new_addresses

    @property
    def to_new_addresses(self) -> int:
        """Messages queued for addresses the alerts' departments list now in place of theirs."""
        return sum(len(new) for _, new in self.moved + self.copied)


def failed_alerts(store: Store, issue_id: str = "", department: str = "") -> list[Alert]:
    """The alerts the outbox gave up on (of one issue, of one department), newest first."""
    return [a for a in store.list_alerts(issue_id=issue_id, state="failed", limit=1_000_000)
            if not department or a.department == department]


def no_target(alert: Alert, departments: Mapping[str, Department]) -> str:
    """Why an alert cannot be re-sent: its department has no address on its channel now (Vietnamese)."""
    dep = departments.get(alert.department)
    if dep is None:
        return f"đơn vị «{alert.department}» không còn trong cấu hình"
    return f"{dep.name} không còn địa chỉ {'thư điện tử' if alert.channel == 'email' else 'webhook'} nào trong cấu hình"


def resend_failed(settings: Settings, store: Store, alerts: Sequence[Alert], by: str, now: datetime | None = None,
                  departments: Mapping[str, Department] | None = None) -> Resent:
    """Put alerts the outbox gave up on back in the queue, for the service's next delivery round to send, at once
    (quiet hours or not: a person chose to). Recipients are read from the departments as configured now (the home's
    departments.yaml, else data/'s; not the catalog the running service loaded at its start):

    * an address the department still lists gets the same alert again under the same key — a server that was down,
      a mailbox since created; the same Message-ID / Idempotency-Key, so a receiver that did get it drops the copy;
    * an address the department no longer lists (it was corrected) is not tried again, where it would be refused
      again: the alert goes to each address the department lists now on that channel, as that address's own alert
      (keyed issue|address|level), so an address that already has it gets nothing (its own copy given up too goes
      again) and one that gets it gets it once however often this runs; the given-up alert is marked 'replaced'
      (queued first, marked after: a crash in between is finished by the next re-send);
    * a department with no address on that channel now: skipped, with why.

    An alert re-sent by someone else meanwhile is left out. The issue's history records who did it, when, and what
    (an event 'resend')."""
    departments = current_departments(settings.home) if departments is None else departments
    now = now or now_local()
    done = Resent()
    for alert in alerts:
        if alert.kind == "digest" and alert.payload.get("issues"):  # per issue: each to its departments' addresses now
            _resend_digest(store, alert, departments, settings["general.dashboard_url"], now, by, done)
            continue
        targets = resend_targets(alert, departments)
        kept, copies = kept_and_copies(alert, targets)
        if not targets:
            done.skipped.append((alert, no_target(alert, departments)))
        elif kept:
            again = store.requeue_failed_alert(alert.key, now, by)
            if again is not None:
                done.requeued.append(again)
                own = digest_for(alert, alert.department, departments, settings["general.dashboard_url"])
                if copies and own:  # another department still lists its address; its own department's addresses get
                    done.copied.append((again, _queue_as_own(store, own, copies, now, by, done)))  # copies (its issues)
        else:
            current = next((a for a in store.list_alerts(alert.issue_id, state="failed", limit=1_000_000) if a.key == alert.key), None)
            if current is None:
                continue  # re-sent by someone else meanwhile
            new = _queue_as_own(store, current, targets, now, by, done)
            replaced = store.change_alert(current.key, lambda a: a.moved(now, by, targets) if a.state == "failed" else None)
            done.moved.append((replaced or current, new))
    _record_resend(store, done, departments, by, now)
    return done


def _resend_digest(store: Store, alert: Alert, departments: Mapping[str, Department], dashboard_url: str,
                   now: datetime, by: str, done: Resent) -> None:
    """resend_failed for a given-up digest, decided per issue (shared_digest): again at its own address while a
    department that should hear of one of its issues lists it, and to every other address of its issues' departments
    now, each listing the issues that address should hear of and had no alert of its own of."""
    kept, shares = shared_digest(store, alert, departments, dashboard_url)
    if not kept and not shares:
        done.skipped.append((alert, no_target(alert, departments)))
        return
    if kept:
        again = store.requeue_failed_alert(alert.key, now, by)
        if again is not None:
            done.requeued.append(again)
            if any(shares.values()):
                done.copied.append((again, _queue_shares(store, shares, now, by, dashboard_url)))
        return
    current = next((a for a in store.list_alerts(alert.issue_id, state="failed", limit=1_000_000)
                    if a.key == alert.key), None)
    if current is None:
        return  # re-sent by someone else meanwhile
    new = _queue_shares(store, shared_digest(store, current, departments, dashboard_url)[1], now, by, dashboard_url)
    to = [a.recipient for a in new]  # only those that got a copy: the others had every issue of it
    replaced = store.change_alert(current.key, lambda a: a.moved(now, by, to) if a.state == "failed" else None)
    done.moved.append((replaced or current, new))


def _queue_shares(store: Store, shares: Mapping[str, Alert | None], now: datetime, by: str,
                  dashboard_url: str) -> list[Alert]:
    """A given-up digest's narrowed copies queued each for its address, due now (_queue_copies). Returns what was
    queued or widened."""
    return _queue_copies(store, [readdressed(copy.requeued(now, by), target) for target, copy in shares.items() if copy],
                         dashboard_url)


def _queue_copies(store: Store, copies: Sequence[Alert], dashboard_url: str) -> list[Alert]:
    """A digest's narrowed copies queued, each under its own key (readdressed); where a row of that key is already in
    the outbox, its address written in any case (as_keyed: the copy goes back to an address it was shared away from),
    that digest lists the copy's issues too while it waits untried (widened), else the copy goes under a key of its own
    (copy_keys): a digest once tried may have reached its receiver, which may drop what comes again under its key.
    Returns what was queued or widened."""
    out = []
    for copy in copies:
        for key in copy_keys(copy):
            [mine] = as_keyed(store, [copy.with_(key=key)])
            if store.enqueue_alerts([mine]):
                out.append(mine)
                break
            # never tried: a receiver may keep what came under a key (Idempotency-Key, Message-ID) and drop the rest
            wider = store.change_alert(mine.key, lambda a: widened(a, mine, dashboard_url)
                                       if a.state == "pending" and not a.attempts else None)
            if wider is not None:
                out.append(wider)
                break
    return out


def _queue_as_own(store: Store, alert: Alert, targets: Sequence[str], now: datetime, by: str, done: Resent) -> list[Alert]:
    """A given-up alert queued for each of ``targets`` as that address's own (readdressed); an address whose own copy
    was given up too gets that one again (in ``done.requeued``), one that has it nothing. Returns what was queued."""
    new = []
    for copy in as_keyed(store, [readdressed(alert.requeued(now, by), target) for target in targets]):
        if store.enqueue_alerts([copy]):
            new.append(copy)
        elif (again := store.requeue_failed_alert(copy.key, now, by)) is not None:
            done.requeued.append(again)  # that address's own copy had been given up too: it goes again
        elif (back := _brought_back(store, copy)) is not None:
            new.append(back)
    return new


def _record_resend(store: Store, done: Resent, departments: Mapping[str, Department], by: str, now: datetime) -> None:
    """One 'resend' event per issue whose alerts went back in the queue: how many, to whom, why they had failed."""
    said: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for alert, new in [(a, [a]) for a in done.requeued] + done.moved:
        last = alert.resends[-1] if alert.resends else {}
        to = [a.recipient for a in new] or list(last.get("moved_to", ()))
        where = alert.recipient if to == [alert.recipient] else f"{alert.recipient} → {', '.join(to)}"
        why = delivery_cause(str(last.get("error", "")))
        dep = departments.get(alert.department)
        said.setdefault(alert.issue_id, []).append(f"{dep.name if dep else alert.department}: {where}"
                                                   + (f" (lần trước: {why})" if why else "") + ("" if new else " — đã có, không gửi thêm"))
        counts[alert.issue_id] = counts.get(alert.issue_id, 0) + len(new)
    for alert, new in done.copied:  # the alert itself is among the requeued, said above
        dep = departments.get(alert.department)
        said[alert.issue_id].append(f"{dep.name if dep else alert.department}: bản sao tới địa chỉ mới "
                                    + (", ".join(a.recipient for a in new) if new else "— đã có, không gửi thêm"))
        counts[alert.issue_id] += len(new)
    for issue_id, lines in said.items():
        if store.get_issue(issue_id) is not None:  # alerts of a forwarded signal, a digest or a report have no issue
            store.add_issue_event(issue_id, IssueEvent(now, "resend", f"{counts[issue_id]} cảnh báo", who=by, note="; ".join(lines)))


class LiveSources:
    """The sources `diemnong run` polls, read again each round when their file (the home's sources.yaml, else data/'s)
    changed since last read. A file edited by hand into one that fails keeps the last good sources, with one warning in
    Vietnamese until the file changes again; the first read's error goes up (the start fails, in one line)."""

    def __init__(self) -> None:
        self.sources: list[Source] | None = None
        self.seen: tuple[str, int, int, int] | None = None

    def __call__(self) -> list[Source]:
        path = data_file("sources.yaml")
        seen = _file_signature(path)
        if self.sources is not None and seen == self.seen:
            return self.sources
        self.seen = seen
        try:
            self.sources = load_sources(path)
        except (ConfigError, OSError) as exc:
            if self.sources is None:
                raise
            log.warning("danh sách nguồn tin (%s) không hợp lệ, vẫn quét theo danh sách cũ: %s", path, exc)
        return self.sources


# A source whose last poll failed is polled at a restart, unless it was tried this recently: a restart loop (Restart= every
# 30 s) does not ask a failing site twice a minute.
FAILED_AGAIN_AFTER = timedelta(minutes=5)


def let_go(states: dict[str, SourceState], sources: Sequence[Source]) -> dict[str, SourceState]:
    """The states with the waits of these sources' hosts dropped (their own, and the host a redirect took them to):
    only those. Dropping every wait fetched the due page retries of other sites that had asked to be left alone."""
    hosts = {host_of(s.url) for s in sources}
    hosts |= {states[s.url].held_host for s in sources if s.url in states and states[s.url].held_host}
    return {name: state.with_(held_until=None) if (state.held_host or host_of(name)) in hosts else state
            for name, state in states.items()}


def waits_asked(store: Store, sources: Sequence[Source], now: datetime) -> dict[str, datetime]:
    """Until when the host each of these sources reaches asked to be left alone (a long Retry-After kept in any
    source's state: another feed of the site, the host a redirect led to), by source url; those asked no wait left out.
    COOL_AT_MOST from now at most, as the crawler holds it (a wait stored by an older version, or the clock set back)."""
    until: dict[str, datetime] = {}
    for state in store.list_source_states():
        if state.held_until is None or state.held_until <= now:
            continue
        held = min(state.held_until, now + timedelta(seconds=COOL_AT_MOST))
        host = state.held_host or host_of(state.name)
        for source in sources:
            if source.url == state.name or host_of(source.url) == host:
                until[source.url] = max(until.get(source.url, held), held)
    return until


def resumed_polls(store: Store, sources: Sequence[Source], now: datetime, clock: float) -> dict[str, float]:
    """When each source is next due at `diemnong run`'s start, on the monotonic clock (now `clock`): one interval after
    its last stored poll, as if the service had kept running. A restart polled every source at once: systemd's
    Restart= every 30 s asked each site twice a minute whatever its interval_minutes. A source never polled, or whose
    last round was cut short (its state not saved), is due at once; one whose last poll failed, FAILED_AGAIN_AFTER
    after it; a last poll in the future (the clock set back) waits one interval at most."""
    due: dict[str, float] = {}
    for source in sources:
        state = store.get_source_state(source.url)
        last = state.last_attempt
        if last is not None:
            every = timedelta(minutes=source.interval_minutes)
            if state.last_success != last:  # failed: an admin fixed a setting and restarts, expecting a poll
                every = min(every, FAILED_AGAIN_AFTER)
            due[source.url] = clock + min(max(last + every - now, timedelta(0)), every).total_seconds()
    return due


def _file_signature(path: Path) -> tuple[str, int, int, int] | None:
    """What tells that a file changed without reading it: its path, size, modification time and inode."""
    try:
        st = path.stat()
    except OSError:
        return None
    return str(path), st.st_size, st.st_mtime_ns, st.st_ino


def _addresses(dep: Department | None) -> list[str]:
    return [*dep.emails, *dep.webhooks] if dep else []


def shared_digest(store: Store, alert: Alert, departments: Mapping[str, Department],
                  dashboard_url: str) -> tuple[list[int], dict[str, Alert | None]]:
    """A digest shared out per issue by the departments now (digest_shares): the positions of the issues its own
    address keeps, and for each other address the digest narrowed to the issues it should hear of and had no alert of
    its own of (None when it had them all), so that each address hears of each issue once."""
    kept, shares = digest_shares(alert, departments)
    issues, seen = list(alert.payload.get("issues", ())), _Outbox(store)
    return kept, {target: narrowed(alert, [n for n in at if not _has_own(store, issues[n], alert.channel, target)
                                           and not seen.in_digest(issues[n], alert, target)], dashboard_url)
                  for target, at in shares.items()}


def _has_own(store: Store, item: Mapping[str, Any], channel: str, target: str) -> bool:
    """Whether an address has (or had) an alert of its own of a digest's issue at the level listed (planned for it),
    not 'replaced'; one folded into a digest counts only while that digest lists it (_Outbox.in_digest)."""
    reaches, level = mailbox(channel, target), item.get("level", 0)
    return any(a.kind != "digest" and a.state != "replaced" and a.channel == channel
               and not (a.state == "digested" and a.payload.get("digest_key"))
               and mailbox(channel, a.recipient) == reaches and a.payload.get("level", 0) == level
               for a in store.list_alerts(issue_id=str(item.get("issue_id", "")), limit=1_000_000))


class _Outbox:
    """The digests in the outbox as one sharing out of a digest reads them (each day's read once): whether a mailbox
    gets or got an issue of it in a digest, one folded for it or a copy queued for it (this round or call too)."""

    def __init__(self, store: Store) -> None:
        self.store, self.days = store, {}  # type: dict[str, list[Alert]]

    def in_digest(self, item: Mapping[str, Any], digest: Alert, target: str) -> bool:
        """Whether a digest to ``target``'s mailbox that is not replaced nor withheld (sent, waiting, or given up:
        «Gửi lại» sends that one again) lists the item's issue at its level. Looked for on the digest's day and on
        those of the digests that listed the issue's alerts (a copy keeps its original's day)."""
        reaches, listed = mailbox(digest.channel, target), issue_at(item)
        keys = [a.payload.get("digest_key", "") for a in self.store.list_alerts(issue_id=listed[0], limit=1_000_000)]
        days = dict.fromkeys([digest.issue_id, *(digest_issue_id(k) for k in keys if k)])
        return any(d.kind == "digest" and d.channel == digest.channel and d.state not in ("replaced", "withheld")
                   and mailbox(d.channel, d.recipient) == reaches and listed in map(issue_at, d.payload.get("issues", ()))
                   for day in days for d in self._of(day))

    def _of(self, day: str) -> list[Alert]:
        if day not in self.days:
            self.days[day] = self.store.list_alerts(issue_id=day, limit=1_000_000)
        return self.days[day]


def as_keyed(store: Store, alerts: Sequence[Alert]) -> list[Alert]:
    """Alerts about to be queued, each that the outbox already holds under its address written in another case (an
    email address: one mailbox, routing.same_key) taking that row's key, so that it is the row already there (queued,
    sent, given up or replaced) and no second message: a department's «vanphong@soGD…» typed back as «VanPhong@sogd…».
    The address stays as written; a webhook's is as written."""
    rows: dict[str, list[Alert]] = {}
    out = []
    for alert in alerts:
        if alert.channel == "email":
            if alert.issue_id not in rows:
                rows[alert.issue_id] = store.list_alerts(issue_id=alert.issue_id, limit=1_000_000)
            if all(a.key != alert.key for a in rows[alert.issue_id]):
                alert = next((alert.with_(key=a.key) for a in rows[alert.issue_id] if same_key(a, alert)), alert)
        out.append(alert)
    return out


def _queue_at(store: Store, alerts: Sequence[Alert]) -> int:
    """Alerts readdressed to their department's addresses now, queued (as_keyed); one whose row is already there,
    'replaced', waits there again (_brought_back). Returns how many were queued or brought back."""
    return sum(1 for alert in as_keyed(store, alerts)
               if store.enqueue_alerts([alert]) or _brought_back(store, alert) is not None)


def _brought_back(store: Store, alert: Alert) -> Alert | None:
    """An alert (not a digest) moved away from an address before it was sent there ('replaced') whose address is listed
    again (A → B → A, or «A» typed back in another case): it waits there again under its key, due with ``alert``, its
    tries afresh, rather than nobody hearing of it (the copy for B moved back finds A's key taken). A digest's copies
    take keys of their own (copy_keys). None when the row is not 'replaced'."""
    if alert.kind == "digest":
        return None
    return store.change_alert(alert.key, lambda a: a.with_(state="pending", attempts=0, sent_at=None, error="",
                                                         next_attempt=alert.next_attempt) if a.state == "replaced" else None)


def _stored(store: Store, alert: Alert) -> Alert | None:
    """The alert as the outbox has it now (None when it is not there)."""
    return next((a for a in store.list_alerts(alert.issue_id, limit=1_000_000) if a.key == alert.key), None)


def _concerning(alert: Alert) -> list[str]:
    """The departments whose taking the alert's address away moves it: its own; a digest's, those of its issues too."""
    issues = alert.payload.get("issues", ()) if alert.kind == "digest" else ()
    return list(dict.fromkeys([alert.department, *(d for item in issues for d in item.get("lead_departments") or ())]))


def _recipient_changes(old: Mapping[str, Department], new: Mapping[str, Department]) -> list[str]:
    """What changed in who gets alerts, one phrase per department (Vietnamese), in the new file's order."""
    out = []
    for dep_id in [*new, *(d for d in old if d not in new)]:
        before, after = old.get(dep_id), new.get(dep_id)
        if after is None:
            out.append(f"bỏ {before.name}")  # type: ignore[union-attr]
            continue
        had, has = _addresses(before), _addresses(after)
        said = [f"thêm {a}" for a in has if a not in had] + [f"bỏ {a}" for a in had if a not in has]
        if before is None:
            said.insert(0, "đơn vị mới")
        if before is not None and before.always_copied != after.always_copied:
            said.append("nhận bản sao mọi vấn đề" if after.always_copied else "thôi nhận bản sao mọi vấn đề")
        if said:
            out.append(f"{after.name}: {', '.join(said)}")
    return out


def _what_was_done(events: Sequence[IssueEvent]) -> str:
    """The office's events in a few words, each kind of change once: «trạng thái «Đã đóng», ghi chú»."""
    from diemnong.report import STATUS_VI

    said = {"status": lambda e: f"trạng thái «{STATUS_VI.get(e.value, e.value)}»",
            "assign": lambda e: f"giao cho «{e.value}»" if e.value else "bỏ giao xử lý",
            "note": lambda e: "ghi chú", "resend": lambda e: "gửi lại cảnh báo"}
    return ", ".join(dict.fromkeys(said.get(e.kind, lambda e: e.kind)(e) for e in events)) or "thay đổi khác"


def _same_content(old: Article, new: Article) -> bool:
    """Whether an incoming article brings nothing the stored one lacks (compared as displayed). One stored unanalysed
    (the analysis failed on it) lacks its analysis: read again, it is analysed again."""
    return old.classification is not None and (old.title, old.summary, old.text, old.published, old.source) == (
        tidy(new.title) or old.title, tidy(new.summary), tidy(new.text), new.published, new.source)


def iter_records(rows: Iterable[tuple[int, dict[str, Any]]], name: str, replay: bool = False) -> Iterator[Article]:
    """Articles from numbered JSON records, with errors naming the line."""
    for lineno, rec in rows:
        yield article_from_record(rec, f"{name}:{lineno}", replay=replay)
