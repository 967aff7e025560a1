"""Health of each source as the crawler left it: last success, error rate, articles per day; and of the service's rounds.

Read through the store only (the crawler's saved states and the articles' counts), so the dashboard
can call :func:`source_health` like any other query. The rounds of `diemnong run` are kept in a small file of the home
(:data:`ROUNDS_FILE`), which the dashboard, sharing the home, reads as it reads users.yaml: a round that fails in the
store is recorded there all the same.
"""
from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Sequence

from diemnong.config import Source
from diemnong.domain import SourceState
from diemnong.text import redact_secrets
from store.base import Store

log = logging.getLogger(__name__)

STALE_FACTOR = 3  # a source is stale when it has not succeeded for this many poll intervals; the service likewise
# A round may take this long of itself (a first crawl of every source, a listing walk of crawler.listing_timeout):
# no round finished within it is no sign of a hang yet.
LONGEST_ROUND = timedelta(minutes=20)
ROUNDS_FILE = "service-rounds.json"


@dataclass(frozen=True)
class SourceHealth:
    url: str
    name: str  # the outlet's name (several feeds can share one)
    section: str
    status: str  # "ok" | "failing" | "stale" | "never polled" | "not configured"
    last_success: datetime | None
    last_attempt: datetime | None
    last_error: str
    error_rate: float  # failed share of the last polls (up to 20)
    polls: int
    articles: int  # articles this source brought since its first poll
    articles_per_day: float  # the outlet's stored articles per day over the window
    counts: dict[str, int]  # outcomes since the first poll (page-failed, already-seen, not-modified…)


def error_rate(state: SourceState) -> float:
    """Failed share of the recent polls (all polls when no recent history was kept)."""
    if state.recent:
        return state.recent.count("0") / len(state.recent)
    return state.failures / state.attempts if state.attempts else 0.0


def status_of(state: SourceState | None, interval_minutes: int, now: datetime) -> str:
    if state is None or not state.attempts:
        return "never polled"
    if state.recent.endswith("0") or (not state.recent and state.last_error):
        return "failing"
    if state.last_success is None or now - state.last_success > timedelta(minutes=interval_minutes * STALE_FACTOR):
        return "stale"
    return "ok"


def source_health(store: Store, sources: Sequence[Source], now: datetime, days: int = 7) -> list[SourceHealth]:
    """One line per configured source (and per source polled once but no longer configured)."""
    states = {s.name: s for s in store.list_source_states()}
    per_day = store.source_counts(now - timedelta(days=days))
    out = []
    configured = {s.url for s in sources}
    for source in sources:
        state = states.get(source.url)
        total = sum(per_day.get(source.name, {}).values())
        out.append(_line(source.url, source.name, source.section, state, status_of(state, source.interval_minutes, now),
                         total / days))
    for url, state in states.items():
        if url not in configured:
            out.append(_line(url, url, "", state, "not configured", 0.0))
    return out


def _line(url: str, name: str, section: str, state: SourceState | None, status: str, per_day: float) -> SourceHealth:
    state = state or SourceState(name=url)
    return SourceHealth(
        url=url, name=name, section=section, status=status, last_success=state.last_success,
        last_attempt=state.last_attempt, last_error=state.last_error, error_rate=round(error_rate(state), 3),
        polls=state.attempts, articles=state.articles, articles_per_day=round(per_day, 2), counts=dict(state.counts),
    )


@dataclass(frozen=True)
class ServiceRounds:
    """How the rounds of `diemnong run` went since it started (times in local time)."""
    interval: float  # seconds between two rounds
    since: datetime  # when the service started
    started: datetime | None = None  # the last round's start
    finished: datetime | None = None  # the last round's end, successful or not
    succeeded: datetime | None = None  # the end of the last round without error
    failures: int = 0  # rounds failed in a row
    failing_since: datetime | None = None  # the start of the first of them
    error: str = ""  # the last failure, one line
    stopped: datetime | None = None  # when the service stopped of itself (a stop signal)

    def to_json(self) -> str:
        return json.dumps({k: v.isoformat() if isinstance(v, datetime) else v for k, v in asdict(self).items()},
                          ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ServiceRounds:
        times = ("since", "started", "finished", "succeeded", "failing_since", "stopped")
        return cls(**{k: datetime.fromisoformat(v) if k in times and v else v for k, v in data.items()
                      if k in cls.__dataclass_fields__})


class RoundLog:
    """The service's rounds as they go, written whole to the home's ROUNDS_FILE at each start and end of a round. A
    file that cannot be written (a full disk) is said in the log and the rounds go on: the dashboard, seeing no round
    end, says the service is failing once the last success is STALE_FACTOR intervals old."""

    def __init__(self, home: Path, interval: float, now: datetime) -> None:
        self.path = home / ROUNDS_FILE
        self.rounds = ServiceRounds(interval=interval, since=now)
        before = read_rounds(home)
        if before is not None and before.stopped is None:
            # The last service ended without stopping (killed, crashed, the power cut): its failing rounds and its last
            # success go on. Each start made a service restarted again and again (systemd's Restart=) look new, so one
            # that failed or died in every round was never said failing, and its alerts were not going out.
            self.rounds = replace(self.rounds, since=before.since if before.succeeded is None else now,
                                  succeeded=before.succeeded, failures=before.failures,
                                  failing_since=before.failing_since, error=before.error)
            if before.started and (before.finished is None or before.finished < before.started):
                # Killed mid-round (OOM, a signal it could not catch): that round never called fail(), so a service
                # killed in every round would look fresh at each start. It counts as a failed round.
                self.rounds = replace(self.rounds, failures=before.failures + 1,
                                      failing_since=before.failing_since or before.started,
                                      error="vòng quét bị ngắt giữa chừng (dịch vụ bị dừng đột ngột)")
        self._unwritable = False
        self._save()

    def start(self, now: datetime) -> None:
        self._set(started=now)

    def succeed(self, now: datetime) -> None:
        self._set(finished=now, succeeded=now, failures=0, failing_since=None, error="")

    def fail(self, now: datetime, error: str) -> None:
        r = self.rounds
        self._set(finished=now, failures=r.failures + 1, failing_since=r.failing_since or r.started or now,
                  error=" ".join(error.split())[:300])

    def stop(self, now: datetime) -> None:
        self._set(stopped=now)

    def _set(self, **changes: Any) -> None:
        self.rounds = replace(self.rounds, **changes)
        self._save()

    def _save(self) -> None:
        try:
            _replace(self.path, self.rounds.to_json())
        except OSError as exc:
            if not self._unwritable:  # once until it can be written again, not twice a round
                log.warning("không ghi được tình trạng vòng quét vào %s: %s", self.path, exc)
            self._unwritable = True
        else:
            self._unwritable = False


def _replace(path: Path, text: str) -> None:
    """Write a small file whole (a reader, the dashboard, never sees half of it); OSError when it cannot be written."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".new")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def read_rounds(home: Path) -> ServiceRounds | None:
    """The rounds as the service last wrote them; None when it never ran with this home (or the file is unreadable)."""
    try:
        rounds = ServiceRounds.from_dict(json.loads((home / ROUNDS_FILE).read_text(encoding="utf-8")))
        rounds_problem(rounds, datetime.now(timezone.utc))  # a file written by hand or broken («[]», a time without its zone)
        return rounds
    except Exception:  # noqa: BLE001 - the page is shown whatever the file holds
        return None


def rounds_problem(rounds: ServiceRounds | None, now: datetime) -> str:
    """What to tell the office when the service's rounds fail (STALE_FACTOR in a row, or no round succeeded for that
    many intervals), in Vietnamese; "" when they go well, when the service stopped of itself or never ran here."""
    if rounds is None or rounds.stopped:
        return ""
    # Counted from this start too: a restart after a kill or crash keeps the last success (RoundLog), hours old when the
    # service was down that long, and its first round has not ended yet. A crash loop is said by its failures.
    last = max(rounds.succeeded or rounds.since, rounds.since)
    quiet = max(timedelta(seconds=rounds.interval * STALE_FACTOR), LONGEST_ROUND)
    if rounds.failures < STALE_FACTOR and now - last <= quiet:
        return ""
    tail = "; cảnh báo có thể không được gửi — báo bộ phận kỹ thuật"
    if rounds.failures:
        error = f": {rounds.error}" if rounds.error else ""
        return (f"Dịch vụ gặp lỗi ở {rounds.failures} vòng quét liên tiếp từ "
                f"{_clock(rounds.failing_since or last, now)}{error}{tail}.")
    return f"Dịch vụ chưa hoàn tất vòng quét nào từ {_clock(last, now)} (vòng quét bị treo hoặc dịch vụ đã dừng){tail}."


def _clock(value: datetime, now: datetime) -> str:
    """HH:MM in now's time zone, with the day when it is not today."""
    local = value.astimezone(now.tzinfo)
    return f"{local:%H:%M}" + ("" if local.date() == now.date() else f" ngày {local:%d/%m/%Y}")


REPORT_FAILURE_FILE = "report-failure.json"  # in the home: the automatic monthly report that could not be made


@dataclass(frozen=True)
class ReportFailure:
    """The automatic monthly report that failed (Service.monthly_report), until an attempt after it succeeds."""
    month: str  # YYYY-MM; "" when the failure came before a month was known (a broken setting)
    error: str  # the last failure, one line
    since: datetime  # the first failure of this month's report in a row
    retry: datetime  # when the service tries again
    given_up: datetime | None = None  # when an attempt went through without this month's: the schedule makes it no more


GIVEN_UP_SHOWN = timedelta(days=31)  # a month given up is said this long: made by hand meanwhile, its box would stay


def note_report_failure(home: Path, month: str, error: str, now: datetime, retry: datetime) -> None:
    """Keep the failure for the dashboard and for after a restart (the retry time is the process's only); a home that
    cannot be written (the full disk the report failed on) is said in the log."""
    before = read_report_failure(home)
    since = before.since if before is not None and before.month == month else now
    _keep_failure(home, ReportFailure(month=month, error=" ".join(error.split())[:300], since=since, retry=retry))


def give_up_report_failure(home: Path, failure: ReportFailure, now: datetime) -> None:
    """An attempt went through, and the failed month's report is still not made: the schedule makes it no more (a month
    too late, see report.late_months), so the box says so instead of a retry that will not come."""
    _keep_failure(home, replace(failure, given_up=now))


def retry_report_failure(home: Path, failure: ReportFailure, retry: datetime) -> None:
    """An attempt went through before the failed month's report falls due again (report.auto_day moved later): the box
    says the schedule's next try, not the hour's, nor a given up month."""
    if failure.retry != retry or failure.given_up is not None:
        _keep_failure(home, replace(failure, retry=retry, given_up=None))


def _keep_failure(home: Path, failure: ReportFailure) -> None:
    try:
        _replace(home / REPORT_FAILURE_FILE, json.dumps({k: v.isoformat() if isinstance(v, datetime) else v
                                                         for k, v in asdict(failure).items()}, ensure_ascii=False))
    except OSError as exc:
        log.warning("không ghi được lỗi báo cáo tháng vào %s: %s", home / REPORT_FAILURE_FILE, exc)


def clear_report_failure(home: Path) -> None:
    """The automatic report made (or none due): no failure to show any more."""
    try:
        (home / REPORT_FAILURE_FILE).unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("không xóa được %s: %s", home / REPORT_FAILURE_FILE, exc)


def read_report_failure(home: Path) -> ReportFailure | None:
    """The failure the service last kept; None when the last attempt succeeded (or the file is unreadable)."""
    try:
        data = json.loads((home / REPORT_FAILURE_FILE).read_text(encoding="utf-8"))
        since, retry = datetime.fromisoformat(data["since"]), datetime.fromisoformat(data["retry"])
        month = str(data["month"]) if re.fullmatch(r"\d{4}-(?:0[1-9]|1[0-2])", str(data["month"])) else ""
        if since.tzinfo is None or retry.tzinfo is None:  # written by hand: compared with an aware now, it would raise
            return None
        given_up = datetime.fromisoformat(data["given_up"]) if data.get("given_up") else None
        if given_up is not None and given_up.tzinfo is None:
            return None
        return ReportFailure(month=month, error=str(data["error"]), since=since, retry=retry, given_up=given_up)
    except Exception:  # noqa: BLE001 - the page is shown whatever the file holds
        return None


def report_problem(failure: ReportFailure | None, now: datetime, stopped: bool = False) -> str:
    """What to tell the office when the automatic monthly report could not be made, in Vietnamese; "" when none. With
    the service `stopped` (of itself, see ServiceRounds.stopped) no retry comes at its hour: at its next start."""
    if failure is None or (failure.given_up is not None and now - failure.given_up > GIVEN_UP_SHOWN):
        return ""
    which = f"tháng {int(failure.month[5:])}/{failure.month[:4]}" if failure.month else "tháng"
    said = (f"Báo cáo {which} chưa lập được tự động (lỗi từ {_clock(failure.since, now)}): "
            f"{redact_secrets(failure.error)}.")
    if failure.given_up is not None:
        return (f"{said} Điểm Nóng không thử lại tháng này nữa: báo bộ phận kỹ thuật, và lập báo cáo ở trang Báo cáo "
                "rồi gửi Văn phòng.")
    retry = ("khi được chạy lại" if stopped else
             f"lúc {_clock(failure.retry, now)}" if failure.retry > now else "ở vòng quét tới")
    return f"{said} Điểm Nóng sẽ thử lại {retry}; báo bộ phận kỹ thuật, hoặc lập báo cáo ở trang Báo cáo và gửi Văn phòng."
