"""The monthly public-opinion report: "báo cáo tổng hợp tình hình dư luận về giáo dục và kết quả xử lý"; the same
report of another period (a Span of days: sơ kết học kỳ, a quarter, tổng kết năm học) on demand.

Three steps, each testable alone: `collect` reads the month's (the period's) numbers, hot issues (with the responses
analysts recorded in the dashboard) and articles from the store; `compose` writes them up in
Vietnamese as blocks (paragraphs, tables, charts) with an annex of the articles cited; and
`diemnong.report_render` lays the blocks out as Word (Nghị định 30/2020/NĐ-CP), HTML or PDF.
Every number in the text is read from the store by `collect`, never computed twice.

`schedule_monthly_report` is the automatic run: on report.auto_day, last month's report is written
and queued in the alert outbox for the Văn phòng, once (the outbox key makes it so across restarts).
"""
from __future__ import annotations

import argparse
import calendar
import json
import logging
import math
import os
import re
import sys
import textwrap
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping, Sequence

from alerting.messages import UNLINKED, UNNAMED, spread, report_link as month_link
from diemnong.config import ConfigError, Department, Settings, Topic, default_catalog, load_seasons, no_department
from diemnong.domain import (SENTIMENTS, TZ, UNKNOWN_OUTLET, Alert, Article, HotIssue, IssueEvent, Reposts, Signal,
                             outlets_and_unnamed, repost_keys)
from diemnong.jsonl import atomic_path
from diemnong.report_render import (
    WEEKLY_PAST, Block, Cited, Figure, Heading, Letterhead, Para, Report, ReportError, Table, chart_daily, chart_tones,
    chart_topics, docx_to_pdf, render_docx, render_html,
)
from diemnong.text import bad_month, fold, nfc, number, redact_secrets
from store import Filters, Store

if TYPE_CHECKING:  # diemnong.outlook reads this module's periods (Span, unwatched): imported where used
    from diemnong.outlook import Outlook

__all__ = ["ReportError", "collect", "compose", "write_report", "schedule_monthly_report", "cmd_report"]

log = logging.getLogger(__name__)

FORMATS = ("docx", "pdf", "html")
TONE_VI = {"negative": "tiêu cực", "neutral": "trung tính", "positive": "tích cực"}
STATUS_VI = {"new": "Chưa xử lý", "acknowledged": "Đã ghi nhận", "responding": "Đang xử lý", "closed": "Đã đóng"}
PHASE_VI = {"new": "phát hiện vấn đề nóng", "rising": "số bài đang tăng", "peak": "ở đỉnh điểm", "fading": "hạ nhiệt"}
ALERT_STATE_VI = {"sent": "đã gửi", "pending": "chờ gửi", "failed": "gửi không thành công",
                  "replaced": "gửi lại tới địa chỉ mới", "withheld": "không gửi, dữ liệu minh họa"}
DETAILED_ISSUES = 5  # issues written up with their timeline
LISTED_ISSUES = 30  # issues in the summary table
SIGNAL_HOURS = 48  # early signals with a story this recent when the report is made are named in its proposals
CITED_PER_ISSUE = 4
LOCAL_LISTED = 20
LOCAL_PER_STORY = 3  # Bảng 4 lists at most this many articles of one story before it takes more of any
TIMELINE_DAYS = 10
UNNAMED_NOTE = f"Ghi chú: (+N) là số bài {UNNAMED}, không tính vào số cơ quan báo chí."  # under Bảng 3


# --------------------------------------------------------------------------- months and numbers

def month_bounds(month: str) -> tuple[datetime, datetime]:
    """First instant of the month and of the next one, in Asia/Ho_Chi_Minh."""
    start = datetime.strptime(month, "%Y-%m").replace(tzinfo=TZ)
    end = start.replace(year=start.year + (start.month == 12), month=start.month % 12 + 1)
    return start, end


def month_of(at: datetime) -> str:
    return f"{at.astimezone(TZ):%Y-%m}"


def previous_month(month: str) -> str:
    start, _ = month_bounds(month)
    return month_of(start - timedelta(days=1))


def month_label(month: str) -> str:
    """'tháng 9/2025'."""
    return f"tháng {int(month[5:])}/{month[:4]}"


def day_label(d: date) -> str:
    """'01/09/2026': as the rest of the report writes a day (the busiest day, the issues' times, Bảng 4)."""
    return f"{d:%d/%m/%Y}"


MAX_DAYS = 366  # the longest period of days reported on, one with a 29/02 (a school year fits); else 365


def longest(first: date, last: date) -> int:
    """The most days a period from `first` may have: 366 when it holds a 29/02, else 365 (366 days without one would
    reach the first of them a year later: its comparison would overlap it by a day)."""
    leap = any(calendar.isleap(y) and first <= date(y, 2, 29) <= last for y in range(first.year, last.year + 1))
    return MAX_DAYS if leap else MAX_DAYS - 1


def year_before(d: date) -> date:
    """The same day a year earlier; 29/02 → 28/02."""
    return d.replace(year=d.year - 1, day=28 if (d.month, d.day) == (2, 29) else d.day)


@dataclass(frozen=True)
class Span:
    """What a report covers: from `start` up to `end` (excluded), in Hậu Giang time. A calendar month keeps its name
    (`month`, YYYY-MM): it is worded «tháng 9/2026» and compared with the month before; any other period (a term, a
    quarter, a school year: `of_days`) is worded by its dates and compared with the same dates a year earlier
    («cùng kỳ năm trước»: a term is not compared with the summer before it)."""

    start: datetime
    end: datetime
    month: str | None = None
    typed: bool = field(default=False, compare=False)  # a month typed as its first and last days: checked as a period

    @classmethod
    def of_month(cls, month: str) -> Span:
        start, end = month_bounds(month)
        return cls(start, end, month)

    @classmethod
    def of_days(cls, first: date, last: date) -> Span:
        """The days from `first` to `last`, both whole; exactly a calendar month is that month's report."""
        if first.day == 1 and last == (first + timedelta(days=31)).replace(day=1) - timedelta(days=1):
            start, end = month_bounds(f"{first:%Y-%m}")
            return cls(start, end, f"{first:%Y-%m}", typed=True)
        return cls.whole_days(first, last)

    @classmethod
    def whole_days(cls, first: date, last: date) -> Span:
        """The days from `first` to `last` as a period of days, even when they make a calendar month."""
        return cls(datetime.combine(first, time(), TZ), datetime.combine(last + timedelta(days=1), time(), TZ))

    @property
    def last_day(self) -> date:
        return (self.end - timedelta(days=1)).date()

    def before(self) -> Span:
        """The period it is compared with: the month before a month; other days, the same dates a year earlier."""
        if self.month:
            return Span.of_month(previous_month(self.month))
        return Span.whole_days(year_before(self.start.date()), year_before(self.last_day))  # «cùng kỳ năm trước»

    @property
    def one_day(self) -> bool:
        return not self.month and self.end - self.start <= timedelta(days=1)

    @property
    def key(self) -> str:
        """The month, or «2026-09-01-den-2027-01-31»: in the file's name."""
        return self.month or f"{self.start:%Y-%m-%d}-den-{self.last_day:%Y-%m-%d}"

    @property
    def dates(self) -> str:
        """'từ ngày 01/09/2026 đến ngày 31/01/2027'; one day: 'ngày 01/09/2026'."""
        if self.one_day:
            return f"ngày {day_label(self.last_day)}"
        return f"từ ngày {day_label(self.start.date())} đến ngày {day_label(self.last_day)}"

    @property
    def label(self) -> str:
        """What the text calls it after «Trong», «so với»: 'tháng 9/2026', 'kỳ từ ngày 01/09/2026 đến ngày 31/01/2027',
        'ngày 01/09/2026'."""
        return month_label(self.month) if self.month else self.dates if self.one_day else f"kỳ {self.dates}"

    @property
    def title(self) -> str:
        """In the subject and the closing line: 'tháng 9/2026', 'từ ngày 01/09/2026 đến ngày 31/01/2027'."""
        return month_label(self.month) if self.month else self.dates

    @property
    def noun(self) -> str:
        """What the text calls it after «trong»: «tháng», «kỳ báo cáo», «ngày»."""
        return "tháng" if self.month else "ngày" if self.one_day else "kỳ báo cáo"


def num(n: int) -> str:
    """An integer with Vietnamese thousands separators: 1.234."""
    return number(n)


def pct(part: int, whole: int) -> str:
    """A share with a decimal comma: 12,5%; of nothing, 0,0% (as a share of zero articles among some is written)."""
    return f"{100 * part / whole:.1f}%".replace(".", ",") if whole else "0,0%"


def change(now: int, before: int) -> str:
    """'tăng 12 bài (+25,0%)', 'giảm 3 bài (-10,0%)' or 'không đổi'."""
    if now == before:
        return "không đổi"
    word = "tăng" if now > before else "giảm"
    rel = f" ({'+' if now > before else '-'}{pct(abs(now - before), before)})" if before else ""
    return f"{word} {num(abs(now - before))} bài{rel}"


def signed(n: int) -> str:
    """'+12', '-3' or '0'."""
    return ("+" if n > 0 else "-" if n < 0 else "") + num(abs(n))


def initials(name: str) -> str:
    """Abbreviation of a unit's name for the number line (acronyms kept whole, 'và' skipped)."""
    words = [w for w in re.findall(r"\w+", nfc(name)) if w.lower() != "và"]
    return "".join(w if len(w) > 1 and w.isupper() else w[0].upper() for w in words)


# --------------------------------------------------------------------------- what the store says

@dataclass(frozen=True)
class Volume:
    """A period's coverage counted by the store."""

    span: Span
    total: int
    tones: dict[str, int]
    topics: dict[int, dict[str, int]]  # topic (0 = none of the 16) → tone → articles
    topic_totals: dict[int, int]
    local: int
    local_tones: dict[str, int]
    local_topics: dict[int, int]
    daily: dict[str, int]  # every day of the period, YYYY-MM-DD → articles
    daily_negative: dict[str, int]
    outlets: dict[str, int]  # outlet → articles, most first

    @property
    def outlets_spread(self) -> str:
        """« trên 3 cơ quan báo chí (trong đó 10 bài không rõ cơ quan đăng)»: the month's outlets (see spread)."""
        return spread(*outlets_and_unnamed(self.outlets))

    @property
    def named_outlets(self) -> list[tuple[str, int]]:
        """The outlets with a name and their articles, most first («(không rõ)» is no outlet to name)."""
        return [(s, n) for s, n in self.outlets.items() if not unnamed(s)]


def unnamed(source: str) -> bool:
    """Whether an article came with no outlet's name: UNKNOWN_OUTLET, or blank as an older version stored it (as
    domain.outlets_and_unnamed counts them)."""
    return source.strip() in ("", UNKNOWN_OUTLET)


def outlet_cell(source: str) -> str:
    """An article's outlet in a table (Bảng 4, the annex): its name, or «Không rõ cơ quan đăng»."""
    return UNNAMED.capitalize() if unnamed(source) else source


def volume(store: Store, span: Span, until: datetime | None = None) -> Volume:
    """Count a period's articles by tone, topic, locality, day and outlet (all through the store); with `until`,
    only those published before it (a period not yet over, or the same days of the period before)."""
    start, end = span.start, min(span.end, until) if until else span.end

    def count(**kw: object) -> int:
        return store.count(Filters(since=start, until=end, **kw))  # type: ignore[arg-type]

    topic_ids = range(0, 17)
    days = [(start + timedelta(days=i)).date().isoformat() for i in range(math.ceil((end - start) / timedelta(days=1)))]
    per_source = store.source_counts(start)
    daily = {d: sum(by_day.get(d, 0) for by_day in per_source.values()) for d in days}
    outlets = {s: sum(n for d, n in by_day.items() if d in daily) for s, by_day in per_source.items()}
    day_start = {d: datetime.fromisoformat(d).replace(tzinfo=TZ) for d in days}
    return Volume(
        span=span,
        total=count(),
        tones={s: count(sentiments=(s,)) for s in SENTIMENTS},
        topics={t: {s: count(topics=(t,), sentiments=(s,)) for s in SENTIMENTS} for t in topic_ids},
        topic_totals={t: count(topics=(t,)) for t in topic_ids},
        local=count(local=True),
        local_tones={s: count(local=True, sentiments=(s,)) for s in SENTIMENTS},
        local_topics={t: count(local=True, topics=(t,)) for t in topic_ids},
        daily=daily,
        daily_negative={d: store.count(Filters(since=day_start[d], until=day_start[d] + timedelta(days=1), sentiments=("negative",)))
                        if daily[d] else 0 for d in days},
        outlets=dict(sorted(((s, n) for s, n in outlets.items() if n), key=lambda x: (-x[1], x[0]))),
    )


@dataclass(frozen=True)
class Coverage:
    """A hot issue of the month with its articles in the store and the alerts sent about it."""

    issue: HotIssue
    articles: tuple[Article, ...]  # oldest first
    alerts: tuple[Alert, ...]

    @property
    def outlets(self) -> list[tuple[str, int]]:
        return Counter(a.source for a in self.articles).most_common()

    @property
    def outlet_counts(self) -> tuple[int, int]:
        """The story's outlets with a name, and its articles no outlet's name came with (see spread)."""
        return outlets_and_unnamed(dict(self.outlets))

    def outlets_cell(self) -> str:
        """Bảng 3's «Số cơ quan báo chí»: «12», or «12 (+1)» with its articles no outlet's name came with (UNNAMED_NOTE)."""
        named, unknown = self.outlet_counts
        return num(named) + (f" (+{num(unknown)})" if unknown else "")

    def outlets_named(self) -> str:
        """«Tuổi Trẻ (3), VnExpress (1) và 2 bài không rõ cơ quan đăng»: the named outlets with their articles, then the
        articles no outlet's name came with (see outlet_list)."""
        return outlet_list([f"{s} ({num(n)})" for s, n in self.outlets if not unnamed(s)], self.outlet_counts[1])

    @property
    def negatives(self) -> int:
        return sum(1 for a in self.articles if a.classification and a.classification.sentiment == "negative")

    @property
    def responses(self) -> list[IssueEvent]:
        """What analysts recorded in the dashboard: status changes, assignments and notes (not the detector's phases,
        nor alerts re-sent, which the timeline shows)."""
        return [e for e in self.issue.events if e.kind not in ("phase", "resend")]


def outlet_list(named: Sequence[str], unknown: int) -> str:
    """«Tuổi Trẻ, VnExpress và 2 bài không rõ cơ quan đăng»: outlets by name, then the articles no outlet's name came
    with, said apart (see spread); «không rõ cơ quan đăng» when there are only those."""
    if not named:
        return UNNAMED if unknown else ""
    return ", ".join(named) + (f" và {num(unknown)} bài {UNNAMED}" if unknown else "")


def sources_named(articles: Iterable[Article]) -> str:
    """The outlets of some articles, each named once in the order they came (see outlet_list)."""
    sources = [a.source for a in articles]
    return outlet_list([s for s in dict.fromkeys(sources) if not unnamed(s)], sum(map(unnamed, sources)))


def issue_articles(store: Store, issue: HotIssue) -> list[Article]:
    """A story's articles, each outlet's article once (as the detector counts them: alerting/stories.py,
    Member.keys); for a surge, the articles of the stories that make it (see named_articles)."""
    if issue.kind == "story":
        return first_posts(store.iter_articles(Filters(story_id=issue.id)))
    return named_articles(store, issue.article_ids, issue)


def first_posts(articles: Iterable[Article]) -> list[Article]:
    """The articles without an outlet's posts of an article it had already posted (the same text, its copy detection's
    ``duplicate_of``, under a new URL and headline; or the same headline: domain.repost_keys): the first post of each
    counts, as in the alert and on Vấn đề (domain.Reposts: posts connected through their keys are one)."""
    ordered = sorted(articles, key=lambda a: a.published)
    reposts: Reposts[Article] = Reposts()
    later = {id(b) for a in ordered
             for b in reposts.add(a, repost_keys(a.source, a.duplicate_of or a.id, a.title), (a.published, a.id))}
    return [a for a in ordered if id(a) not in later]


def named_articles(store: Store, ids: Sequence[str], seen: HotIssue | None = None) -> list[Article]:
    """The articles the detector named as an issue's or a signal's (its article ids), oldest first: a surge's stories,
    not its topics' whole coverage (a title term's surge has no topic of its own, a topic's negative turn is not the
    topic's good news). Vấn đề shows these too. Ids an ingested file gave its lines (not document ids) are found among
    the articles of the issue's own time (`seen`: its first_seen and last_seen)."""
    found = store.get_articles(list(ids))
    missing = set(ids) - {a.id for a in found}
    if missing and seen is not None:
        window = Filters(since=seen.first_seen, until=seen.last_seen + timedelta(seconds=1))
        found += [a for a in store.iter_articles(window) if a.ref in missing]
    return sorted(found, key=lambda a: a.published)


def span_issues(store: Store, span: Span) -> list[HotIssue]:
    """Issues with coverage in the period, hottest first."""
    return store.list_issues(since=span.start, until=span.end, limit=1000)


@dataclass(frozen=True)
class ReportData:
    span: Span
    generated: datetime
    current: Volume
    previous: Volume
    issues: tuple[Coverage, ...]  # the month's hot issues (the hottest LISTED_ISSUES), hottest first
    issue_count: int  # all of the month's hot issues
    local_issue_count: int  # of those detected in the month, about Hậu Giang
    status_counts: dict[str, int]  # over all of them
    local_articles: tuple[Article, ...]  # the month's Hậu Giang coverage, oldest first
    topic_names: dict[int, str]
    topic_departments: dict[int, str]  # topic → lead department's name
    department_names: dict[str, str]
    signals: tuple[Signal, ...] = ()  # early signals current when the report is made, closest to an alert first
    forwarded: frozenset[str] = frozenset()  # ids of those an analyst has already sent to their lead departments
    through: datetime | None = None  # a period not yet over: counted up to this moment, and the one before as far in
    carried_issue_count: int = 0  # of the period's hot issues, those detected before it and still running
    unwatched: str = ""  # a period of days' comparison not (fully) watched: «chưa có số liệu», «chưa theo dõi đủ»
    watched_since: datetime | None = None  # when the store first took an article (Store.first_fetched)
    outlook: Outlook | None = None  # the seasonal outlook for the month after (a period: the weeks after its end)
    outlook_problem: str = ""  # why there is none: the home's seasons.yaml does not load (the report goes out all the same)

    @property
    def month(self) -> str:
        """The month of a monthly report (YYYY-MM; the schedule's and the outbox's key), a period's key otherwise."""
        return self.span.key

    @property
    def new_issue_count(self) -> int:
        """The hot issues detected in the month: each issue counts in one month only (its first_seen's)."""
        return self.issue_count - self.carried_issue_count


def period(d: ReportData) -> str:
    """'tháng 11/2026', with ' (tính đến ngày 27/11/2026)' when not yet over; 'kỳ từ ngày 01/09/2026 đến ngày
    31/01/2027', ending today: 'kỳ từ ngày 01/09/2026 đến 10:00 ngày 28/11/2026' (its last day said once)."""
    if d.span.month or not d.through:
        return d.span.label + (f" (tính đến ngày {d.through.astimezone(TZ):%d/%m/%Y})" if d.through else "")
    return dates_until(d.span, d.through) if d.span.one_day else f"kỳ {dates_until(d.span, d.through)}"


def dates_until(span: Span, until: datetime | None) -> str:
    """A period of days' dates, counted up to `until` on its last day when not over: 'từ ngày 01/09/2026 đến 10:00
    ngày 28/11/2026', 'ngày 28/11/2026 tính đến 10:00'; over: its dates."""
    if not until:
        return span.dates
    hour = f"{until.astimezone(TZ):%H:%M}"
    if span.one_day:
        return f"{span.dates} tính đến {hour}"
    return f"từ ngày {day_label(span.start.date())} đến {hour} ngày {day_label(span.last_day)}"


def previous_period(d: ReportData) -> str:
    """'tháng 10/2026', 'cùng kỳ tháng 10/2026' (the same days) when the month is not yet over; a period of days:
    'cùng kỳ năm trước' (ending today, counted to the same time of its last day a year earlier)."""
    before = d.previous.span
    if not before.month:
        return "cùng kỳ năm trước"
    return f"cùng kỳ {before.label}" if d.through else before.label


def previous_until(span: Span, before: Span, through: datetime | None) -> datetime | None:
    """How far the period compared with is counted when `span` is not yet over: as far into it (a month), or to the
    same time of its last day (a period of days ends today at the latest: check_span)."""
    if not through:
        return None
    return before.start + (through - span.start) if span.month else before.end - (span.end - through)


def unwatched(first: datetime | None, before: Span, until: datetime | None) -> str:
    """Whether the service watched the period compared with (`first`: Store.first_fetched, as the schedule's «watched»
    months): not at all, «chưa có số liệu»; from within it, «chưa theo dõi đủ»; else "". Its zero articles in the
    first year of service are no news: «tăng 261 bài» against them would say coverage grew."""
    if first is None or first >= (until or before.end):
        return "chưa có số liệu"
    return "chưa theo dõi đủ" if first > before.start else ""


def collect(store: Store, month: str | Span, now: datetime) -> ReportData:
    """Everything the report says about a month or another period, read from the store."""
    topics, departments = default_catalog()
    span = as_span(month)
    start, end = span.start, span.end
    through = now if start < now < end else None
    before = span.before()
    issues = span_issues(store, span)
    signals = tuple(store.list_signals(since=now - timedelta(hours=SIGNAL_HOURS)))
    coverage = tuple(
        Coverage(i, tuple(issue_articles(store, i)), tuple(sorted(store.list_alerts(issue_id=i.id), key=lambda a: a.raised_at)))
        for i in issues[:LISTED_ISSUES]
    )
    first = None if span.month else store.first_fetched()  # a month is compared with the month before, as it was
    outlook, outlook_problem = seasonal(store, span, topics)
    return ReportData(
        span=span, generated=now, current=volume(store, span, through),
        previous=volume(store, before, previous_until(span, before, through)), through=through,
        unwatched="" if span.month else unwatched(first, before, previous_until(span, before, through)),
        watched_since=first,
        issues=coverage, issue_count=len(issues), local_issue_count=sum(1 for i in issues if i.local and i.first_seen >= start),
        carried_issue_count=sum(1 for i in issues if i.first_seen < start),
        status_counts=dict(Counter(i.status.value for i in issues)),
        local_articles=tuple(store.iter_articles(Filters(since=start, until=end, local=True))),
        topic_names={t.id: t.name for t in topics.values()},
        topic_departments={t.id: departments[t.department].name for t in topics.values()},
        department_names={d.id: d.name for d in departments.values()},
        signals=signals,
        forwarded=frozenset(sig.id for sig in signals if store.list_alerts(issue_id=sig.id, limit=1)),
        outlook=outlook, outlook_problem=outlook_problem,
    )


def seasonal(store: Store, span: Span, topics: Mapping[int, Topic]) -> tuple[Outlook | None, str]:
    """The outlook after the report's end, or why the seasons file does not load: a month's report is not held back
    for it."""
    from diemnong.outlook import outlook_of

    try:
        seasons = load_seasons(topics=topics)
    except ConfigError as exc:
        return None, str(exc)
    leads = {t.id: t.department for t in topics.values()}
    return outlook_of(store, span.end.date(), seasons, leads, outlook_days(span)), ""


def outlook_days(span: Span) -> int:
    """The days the outlook covers after the report's end: the next month, or the weeks after a period of days."""
    from diemnong.outlook import HORIZON_DAYS

    if not span.month:
        return HORIZON_DAYS
    start, end = month_bounds(month_of(span.end))
    return (end - start).days


# --------------------------------------------------------------------------- the text

class Citations:
    """Numbers the articles cited in the text, in order of first citation, for the annex."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.cited: list[Cited] = []

    def __call__(self, article: Article) -> str:
        if article.id not in self.numbers:
            n = len(self.cited) + 1
            self.numbers[article.id] = n
            self.cited.append(Cited(n, article.published, outlet_cell(article.source), article.title, article.url))
        return f"[{self.numbers[article.id]}]"


def _tone(a: Article) -> str:
    return a.classification.sentiment if a.classification else "neutral"


def _top(items: Iterable[tuple[str, int]], k: int = 3) -> str:
    return ", ".join(f"{name} ({num(n)} bài)" for name, n in list(items)[:k])


def section_general(d: ReportData) -> list[Block]:
    cur, prev = d.current, d.previous
    m, pm = period(d), previous_period(d)
    blocks: list[Block] = [Heading("I. TÌNH HÌNH CHUNG")]
    blocks.append(Para(month_volume(d)))
    tones = ", ".join(f"{num(cur.tones[s])} bài {TONE_VI[s]} ({pct(cur.tones[s], cur.total)})" for s in SENTIMENTS)
    neg_now, neg_before = cur.tones["negative"], prev.tones["negative"]
    share = (f"Tỷ lệ bài tiêu cực là {pct(neg_now, cur.total)} ({pm}: {pct(neg_before, prev.total)}); "
             f"số bài tiêu cực {change(neg_now, neg_before)}." if not d.unwatched
             else f"Tỷ lệ bài tiêu cực là {pct(neg_now, cur.total)} ({pm}: {d.unwatched}).")
    blocks.append(Para(f"Về sắc thái: {tones}. {share}"))
    unanalysed = cur.total - sum(cur.tones.values())  # no classification: the analysis failed on them (pipeline)
    if unanalysed:  # each tone's share is of every article: these are in none of the tones
        blocks.append(Para(f"{num(unanalysed)} bài chưa phân tích (lỗi khi phân tích): "
                           "chưa được tính vào sắc thái nào ở trên."))
    if cur.total and not d.span.one_day:  # one day: it is the busiest
        busiest = max(cur.daily.items(), key=lambda x: (x[1], x[0]))
        named = cur.named_outlets
        blocks.append(Para(
            f"Ngày có nhiều bài nhất là {datetime.fromisoformat(busiest[0]):%d/%m/%Y} ({num(busiest[1])} bài)."
            + (f" Các cơ quan báo chí đưa tin nhiều nhất: {_top(named)}." if named else "")
        ))
    elif cur.total and cur.named_outlets:
        blocks.append(Para(f"Các cơ quan báo chí đưa tin nhiều nhất: {_top(cur.named_outlets)}."))
    rows = [
        ("Tổng số bài", prev.total, cur.total),
        *[(f"Bài {TONE_VI[s]}", prev.tones[s], cur.tones[s]) for s in SENTIMENTS],
        ("Bài liên quan Hậu Giang", prev.local, cur.local),
    ]
    blocks.append(Table(
        f"Bảng 1. Số bài và sắc thái {m}" + (gap_note(d) or f" so với {pm}"),
        ("Chỉ tiêu", pm.capitalize(), m.capitalize(), "Tăng, giảm"),
        tuple((label, before_cell(d, b), num(a), "—" if d.unwatched else signed(a - b)) for label, b, a in rows),
        (6.5, 3.0, 3.0, 4.0), align="lrrr",
    ))
    if not cur.total:
        blocks.append(Para(f"Trong {m}, hệ thống chưa ghi nhận bài viết nào nên báo cáo không có biểu đồ; "
                           "đề nghị kiểm tra tình trạng thu thập tin tại trang Nguồn tin.", italic=True))
        return blocks + [_generated(d)]
    days = list(cur.daily)
    if not d.span.one_day:  # one bar says nothing the text does not
        blocks.append(Figure(chart_daily(days, [cur.daily[x] for x in days], [cur.daily_negative[x] for x in days]),
                             f"Hình 1. Số bài theo {'tuần' if len(days) > WEEKLY_PAST else 'ngày'} trong {m} "
                             f"(phần màu đỏ: bài tiêu cực{last_week(len(days))})"))
    if d.unwatched:  # no bars of zeros beside the period's
        blocks.append(Figure(chart_tones([m.capitalize()], [cur.tones], TONE_VI),
                             f"Hình {figure(d, 2)}. Sắc thái các bài viết {m}"))
    else:
        blocks.append(Figure(chart_tones([pm.capitalize(), m.capitalize()], [prev.tones, cur.tones], TONE_VI),
                             f"Hình {figure(d, 2)}. Sắc thái các bài viết {m} so với {pm}"))
    return blocks + [_generated(d)]


def gap_note(d: ReportData) -> str:
    """' (cùng kỳ năm trước: chưa có số liệu)' after a table's caption when its comparison was not watched."""
    return f" ({previous_period(d)}: {d.unwatched})" if d.unwatched else ""


def before_cell(d: ReportData, n: int) -> str:
    """A table's count of the period compared with: «—» when it was not watched (not a 0)."""
    return "—" if d.unwatched else num(n)


def compared_count(d: ReportData, n: int) -> str:
    """«0 bài», or «chưa có số liệu» when the period compared with was not watched."""
    return d.unwatched if d.unwatched else f"{num(n)} bài"


def last_week(days: int) -> str:
    """'; tuần cuối 2 ngày': a weekly chart's last bar is short when the days are not whole weeks (by_week)."""
    return f"; tuần cuối {days % 7} ngày" if days > WEEKLY_PAST and days % 7 else ""


def figure(d: ReportData, n: int) -> int:
    """A figure's number: one less past Hình 1 when a one-day period has no daily chart."""
    return n - 1 if d.span.one_day else n


def month_volume(d: ReportData) -> str:
    """Section I's first sentence: the month's articles and outlets against the month before's articles."""
    cur, prev, m, pm = d.current, d.previous, period(d), previous_period(d)
    if not cur.total:
        return (f"Trong {m}, hệ thống Điểm Nóng chưa ghi nhận bài viết nào về giáo dục "
                f"({pm}: {compared_count(d, prev.total)}).{since(d)}")
    if d.unwatched:
        return (f"Trong {m}, hệ thống Điểm Nóng ghi nhận {num(cur.total)} bài viết về giáo dục{cur.outlets_spread} "
                f"({pm}, {compared_dates(d)}{d.unwatched}).{since(d)}")
    return (f"Trong {m}, hệ thống Điểm Nóng ghi nhận {num(cur.total)} bài viết về giáo dục{cur.outlets_spread}, "
            f"{change(cur.total, prev.total)} so với {pm} ({compared_dates(d)}{num(prev.total)} bài).")


def since(d: ReportData) -> str:
    """' Hệ thống bắt đầu thu thập tin từ ngày 01/09/2026.': why the comparison has no numbers, said once."""
    if not d.unwatched or d.watched_since is None:
        return ""
    return f" Hệ thống bắt đầu thu thập tin từ ngày {d.watched_since.astimezone(TZ):%d/%m/%Y}."


def compared_dates(d: ReportData) -> str:
    """«từ ngày 01/09/2024 đến ngày 31/05/2025: »: which days «cùng kỳ năm trước» are, said once, to the hour they
    are counted to when the period ends today; a month: nothing."""
    if d.previous.span.month:
        return ""
    return f"{dates_until(d.previous.span, previous_until(d.span, d.previous.span, d.through))}: "


def _generated(d: ReportData) -> Para:
    return Para(
        f"Số liệu do hệ thống Điểm Nóng tổng hợp tự động lúc {d.generated:%H:%M} {d.generated:%d/%m/%Y} từ các cơ quan báo chí "
        "được theo dõi; sắc thái được đánh giá theo tác động đối với ngành giáo dục.", italic=True)


def section_topics(d: ReportData) -> list[Block]:
    cur, prev = d.current, d.previous
    m = period(d)
    ranked = sorted(((t, cur.topic_totals[t]) for t in range(1, 17)), key=lambda x: (-x[1], x[0]))
    blocks: list[Block] = [Heading("II. TÌNH HÌNH DƯ LUẬN THEO CHỦ ĐỀ")]
    most = [(f"{d.topic_names[t]}", n) for t, n in ranked if n]
    blocks.append(Para(
        "Phân theo 16 chủ đề trọng tâm của Kế hoạch truyền thông (một bài có thể thuộc nhiều chủ đề), "
        + (f"các chủ đề có nhiều bài nhất là {_top(most)}." if most else "chưa có bài nào thuộc các chủ đề trọng tâm.")
        + (f" Có {num(cur.topic_totals[0])} bài không thuộc chủ đề trọng tâm nào." if cur.topic_totals[0] else "")
    ))
    negative = sorted(((t, cur.topics[t]["negative"]) for t in range(1, 17) if cur.topics[t]["negative"]), key=lambda x: (-x[1], x[0]))
    if negative:
        blocks.append(Para("Các chủ đề có nhiều bài tiêu cực: " + "; ".join(
            f"{d.topic_names[t]} ({num(n)}/{num(cur.topic_totals[t])} bài, đầu mối: {d.topic_departments[t]})" for t, n in negative[:3]) + "."))
    else:
        blocks.append(Para(f"Trong {d.span.noun} không có chủ đề trọng tâm nào có bài tiêu cực."))
    rows = [
        (str(t), d.topic_names[t], num(cur.topic_totals[t]), before_cell(d, prev.topic_totals[t]),
         *(num(cur.topics[t][s]) for s in SENTIMENTS), d.topic_departments[t])
        for t in range(1, 17)
    ]
    rows.append(("", "Ngoài 16 chủ đề", num(cur.topic_totals[0]), before_cell(d, prev.topic_totals[0]),
                 *(num(cur.topics[0][s]) for s in SENTIMENTS), ""))
    blocks.append(Table(
        f"Bảng 2. Số bài, sắc thái và đơn vị đầu mối theo chủ đề, {m}{gap_note(d)}",
        ("TT", "Chủ đề", "Số bài", previous_column(d), "Tiêu cực", "Trung tính",
         "Tích cực", "Đơn vị đầu mối"),
        tuple(rows), (1.0, 3.7, 1.4, 1.7, 1.5, 1.7, 1.5, 4.0), align="clrrrrrl",
    ))
    if not cur.total:
        return blocks
    labels = [textwrap.fill(f"{t}. {d.topic_names[t]}", 34) for t in range(1, 17)]  # whole names, on two lines if long
    blocks.append(Figure(chart_topics(labels, {s: [cur.topics[t][s] for t in range(1, 17)] for s in SENTIMENTS}, TONE_VI),
                         f"Hình {figure(d, 3)}. Số bài theo chủ đề và sắc thái, {m}"))
    return blocks


def previous_column(d: ReportData) -> str:
    """Bảng 2's column of the period compared with: «Tháng trước» («Cùng kỳ tháng trước» when not yet over); a period
    of days: «Cùng kỳ năm trước»."""
    if not d.span.month:
        return "Cùng kỳ năm trước"
    return "Cùng kỳ tháng trước" if d.through else "Tháng trước"


USER_SUFFIX = re.compile(r"\s*\([a-z0-9][a-z0-9._-]{1,31}\)$")  # "Trần Văn Quản (admin)": the dashboard adds the account


def person(who: str) -> str:
    """Who did something, as a reader of the report knows them: the display name without the account name."""
    return USER_SUFFIX.sub("", who.strip()) or who.strip()


def sentence(text: str) -> str:
    """Text ending with one full stop (no "..", no "?." ): what a user typed, made a sentence."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else text + "."


def _event_text(e: IssueEvent) -> str:
    """One response as a sentence (ending with its full stop): who did what, and their note."""
    who = person(e.who) if e.who else "(không ghi tên)"
    note = f": {e.note.strip()}" if e.note.strip() else ""
    if e.kind == "status":
        return sentence(f"{who} chuyển trạng thái xử lý sang “{STATUS_VI.get(e.value, e.value)}”{note}")
    if e.kind == "assign":
        return sentence(f"{who} giao xử lý cho {e.value}{note}" if e.value else f"{who} bỏ giao xử lý{note}")
    if e.kind == "resend":  # alerts the outbox had given up on, put back in the queue; the note names their addresses
        return sentence(f"{who} gửi lại {e.value} không gửi được{redact_secrets(note)}")
    return sentence(f"{who} ghi chú{note or ': ' + e.value}")


def timeline(c: Coverage, cite: Citations, departments: Mapping[str, str]) -> list[tuple[datetime, str]]:
    """The issue's life in time order: coverage per day, the detector's phases, alerts and analysts' responses."""
    rows: list[tuple[datetime, str]] = []
    by_day: dict[str, list[Article]] = {}
    for a in c.articles:
        by_day.setdefault(a.published.astimezone(TZ).date().isoformat(), []).append(a)
    days = list(by_day.items())
    shown = days if len(days) <= TIMELINE_DAYS else days[: TIMELINE_DAYS - 1]
    for i, (_, arts) in enumerate(shown):
        first = arts[0]
        lead = "Bài đầu tiên" if i == 0 else "Bài đầu tiên trong ngày"
        by = f" ({UNNAMED}): " if unnamed(first.source) else f": {first.source} – "
        rows.append((first.published, f"{num(len(arts))} bài ({sources_named(arts)}). {lead}{by}“{first.title}” {cite(first)}"))
    if len(shown) < len(days):
        rest = [a for _, arts in days[len(shown):] for a in arts]
        rows.append((rest[0].published, f"Từ {rest[0].published:%d/%m} đến {rest[-1].published:%d/%m}: thêm {num(len(rest))} bài "
                                        f"({sources_named(rest)})."))
    for e in c.issue.events:
        if e.kind == "phase":
            rows.append((e.at, f"Hệ thống: {PHASE_VI.get(e.value, e.value)}" + (f" ({c.issue.reason})" if e.value == "new" else "") + "."))
        else:
            rows.append((e.at, _event_text(e)))
    first_alerts: dict[tuple[str, int], Alert] = {}
    alerts = [a for a in c.alerts if a.state != "replaced"]  # re-sent to a new address: the new alert counts, once
    for a in alerts:
        first_alerts.setdefault((a.department, int(a.payload.get("level", 0))), a)
    for (dep, level), a in first_alerts.items():
        n = sum(1 for x in alerts if x.department == dep and int(x.payload.get("level", 0)) == level)
        what = "Cảnh báo lần đầu" if level == 0 else f"Cảnh báo vấn đề tiếp tục nóng lên (lần {level})"
        rows.append((a.raised_at, f"{what} tới {departments.get(dep, dep)} ({num(n)} địa chỉ, {ALERT_STATE_VI.get(a.state, a.state)})."))
    return sorted(rows, key=lambda r: r[0])


def section_issues(d: ReportData, cite: Citations) -> list[Block]:
    m = period(d)
    blocks: list[Block] = [Heading("III. VẤN ĐỀ NÓNG VÀ KẾT QUẢ XỬ LÝ")]
    if not d.issue_count:
        blocks.append(Para(f"Trong {m}, hệ thống không phát hiện vấn đề nóng nào."))
        return blocks
    blocks.append(Para(issues_found(d)))
    rows = []
    for i, c in enumerate(d.issues, start=1):
        topics = "; ".join(f"{t}. {d.topic_names.get(t, '')}" for t in c.issue.topics) or "—"
        deps = ", ".join(d.department_names.get(x, x) for x in c.issue.lead_departments) or "—"
        rows.append((str(i), c.issue.title, topics, num(len(c.articles)), c.outlets_cell(), deps, STATUS_VI[c.issue.status.value]))
    caption = f"Bảng 3. Các vấn đề nóng {'' if d.span.month else 'trong '}{m}" + (f" ({num(len(d.issues))} vấn đề nóng nhất)" if d.issue_count > len(d.issues) else "")
    blocks.append(Table(caption, ("TT", "Vấn đề", "Chủ đề", "Số bài", "Số cơ quan báo chí", "Đơn vị đầu mối", "Tình trạng"),
                        tuple(rows), (1.0, 4.3, 2.8, 1.3, 1.7, 3.3, 2.1), align="cllrrll"))
    if any(c.outlet_counts[1] for c in d.issues):
        blocks.append(Para(UNNAMED_NOTE, italic=True))
    for i, c in enumerate(d.issues[:DETAILED_ISSUES], start=1):
        issue = c.issue
        blocks.append(Heading(f"{i}. {issue.title}", level=2))
        topics = "; ".join(d.topic_names.get(t, str(t)) for t in issue.topics) or "chưa xác định"
        deps = ", ".join(d.department_names.get(x, x) for x in issue.lead_departments) or "chưa xác định"
        blocks.append(Para(f"Chủ đề: {topics}. Đơn vị đầu mối: {deps}. Vì sao nóng (tính đến {issue.last_seen.astimezone(TZ):%H:%M %d/%m/%Y}): {issue.reason}."))
        if c.articles:
            span = f"từ {c.articles[0].published:%H:%M %d/%m/%Y} đến {c.articles[-1].published:%H:%M %d/%m/%Y}"
            blocks.append(Para(
                f"Quy mô: {num(len(c.articles))} bài{spread(*c.outlet_counts)}, {span}; "
                f"{num(c.negatives)} bài tiêu cực ({pct(c.negatives, len(c.articles))})"
                + (", có liên quan Hậu Giang" if issue.local else "")
                + (f". Cơ quan báo chí đưa tin: {c.outlets_named()}." if c.outlet_counts[0] else ".")
            ))
        rows = tuple((f"{at:%H:%M %d/%m/%Y}", text) for at, text in timeline(c, cite, d.department_names))
        blocks.append(Table(f"Diễn biến vấn đề “{issue.title}”", ("Thời gian", "Diễn biến"), rows, (3.3, 13.2), align="cl"))
        responses = c.responses
        if responses:
            last = responses[-1]
            blocks.append(Para(
                f"Kết quả xử lý: {STATUS_VI[issue.status.value].lower()}"
                + (f", giao cho {issue.assignee}" if issue.assignee else "")
                + f"; {num(len(responses))} lần ghi nhận trên hệ thống. Gần nhất, lúc {last.at.astimezone(TZ):%H:%M %d/%m/%Y}, "
                + _event_text(last)
            ))
        else:
            blocks.append(Para("Kết quả xử lý: chưa có ghi nhận xử lý trên hệ thống Điểm Nóng."))
    return blocks


def issues_found(d: ReportData) -> str:
    """How many hot issues were detected in the month, how many earlier ones still ran in it (a year's reports add up
    to the issues there were), and how they are handled."""
    m, local, carried = period(d), d.local_issue_count, d.carried_issue_count
    statuses = ", ".join(f"{num(d.status_counts.get(s, 0))} {STATUS_VI[s].lower()}" for s in ("closed", "responding", "acknowledged", "new"))
    where = f" ({num(local)} vấn đề có liên quan Hậu Giang)" if local else ""
    if not carried:
        return f"Trong {m}, hệ thống phát hiện {num(d.issue_count)} vấn đề nóng{where}; tình trạng xử lý: {statuses}."
    found = (f"phát hiện {num(d.new_issue_count)} vấn đề nóng mới{where}" if d.new_issue_count
             else "không phát hiện vấn đề nóng mới nào")
    earlier = "từ các tháng trước" if d.span.month else "từ trước"
    return (f"Trong {m}, hệ thống {found}; {num(carried)} vấn đề nóng phát hiện {earlier} vẫn tiếp diễn trong "
            f"{d.span.noun}. Tình trạng xử lý của {num(d.issue_count)} vấn đề: {statuses}.")


def representative(articles: Sequence[Article], k: int) -> list[Article]:
    """Up to k articles, negative ones first and oldest first within a tone, at most LOCAL_PER_STORY of one story
    (one event reprinted by ten outlets would fill the table) before any story gets more."""
    order = {"negative": 0, "neutral": 1, "positive": 2}
    taken: Counter[str] = Counter()
    first, rest = [], []
    for a in sorted(articles, key=lambda a: (order.get(_tone(a), 1), a.published)):
        story = a.story_id or a.id
        (first if taken[story] < LOCAL_PER_STORY else rest).append(a)
        taken[story] += 1
    return (first + rest)[:k]


def section_local(d: ReportData, cite: Citations) -> list[Block]:
    cur, prev = d.current, d.previous
    m = period(d)
    blocks: list[Block] = [Heading("IV. THÔNG TIN LIÊN QUAN HẬU GIANG")]
    if not cur.local:
        blocks.append(Para(f"Trong {m}, không có bài viết nào liên quan đến giáo dục Hậu Giang "
                           f"({previous_period(d)}: {compared_count(d, prev.local)})."))
        return blocks
    tones = ", ".join(f"{num(cur.local_tones[s])} {TONE_VI[s]}" for s in SENTIMENTS)
    topics = sorted(((d.topic_names[t], n) for t, n in cur.local_topics.items() if t and n), key=lambda x: (-x[1], x[0]))
    blocks.append(Para(
        f"Trong {m} có {num(cur.local)} bài viết liên quan đến giáo dục Hậu Giang ({pct(cur.local, cur.total)} tổng số bài), "
        + (f"{change(cur.local, prev.local)} so với {previous_period(d)}" if not d.unwatched
           else f"{previous_period(d)}: {d.unwatched}") + f"; gồm {tones}."
        + (f" Chủ đề được nhắc nhiều: {_top(topics)}." if topics else "")
    ))
    local_issues = [c.issue.title for c in d.issues if c.issue.local]
    if local_issues:
        blocks.append(Para("Vấn đề nóng có liên quan Hậu Giang: " + "; ".join(f"“{t}”" for t in local_issues) + " (xem mục III)."))
    listed = representative(d.local_articles, LOCAL_LISTED)
    rows = tuple((f"{a.published:%d/%m/%Y}", outlet_cell(a.source), f"{a.title} {cite(a)}",
                  TONE_VI.get(_tone(a), _tone(a)).capitalize()) for a in sorted(listed, key=lambda a: a.published))
    more = len(d.local_articles) - len(listed)
    caption = "Bảng 4. Bài viết liên quan Hậu Giang" + (
        f" ({num(len(listed))}/{num(len(d.local_articles))} bài: tiêu cực trước, mỗi sự việc không quá {LOCAL_PER_STORY} bài)"
        if more else "")
    blocks.append(Table(caption, ("Ngày", "Cơ quan báo chí", "Tiêu đề", "Sắc thái"), rows, (2.4, 3.3, 8.6, 2.2), align="cllc"))
    return blocks


def section_outlook(d: ReportData) -> list[Block]:
    """What usually heats up after the report's end (data/seasons.yaml), with the store's same weeks of earlier years."""
    o = d.outlook
    if o is None:
        return [Heading("V. DỰ BÁO TÌNH HÌNH THỜI GIAN TỚI"),
                Para(f"Chưa lập được dự báo theo mùa: {d.outlook_problem}")] if d.outlook_problem else []
    after = month_label(month_of(d.span.end)) if d.span.month else f"các tuần tới ({o.dates})"
    blocks: list[Block] = [Heading("V. DỰ BÁO TÌNH HÌNH THỜI GIAN TỚI")]
    if not o.moments:
        blocks.append(Para(f"Trong {after}, không có thời điểm nào của năm học thường làm dư luận quan tâm "
                           "(theo danh mục thời điểm của Văn phòng)."))
    else:
        known = " và số liệu cùng kỳ các năm trước" if o.covered else ""  # none watched: the calendar alone
        blocks.append(Para(f"Theo lịch năm học{known}, trong {after} dư luận thường quan tâm "
                           f"{num(len(o.moments))} nội dung sau:"))
    for i, m in enumerate(o.moments, start=1):
        leads = ", ".join(d.department_names.get(x, x) for x in m.departments) or "—"
        topics = "; ".join(f"“{d.topic_names.get(t, t)}”" for t in m.season.topics)
        blocks.append(Para(f"{i}. {m.season.name} ({m.when}): chủ đề {topics}; đầu mối: {leads}. "
                           f"{sentence(m.history[:1].upper() + m.history[1:])} Chuẩn bị: {m.season.prepare}"))
    if o.also_hot:
        named = "; ".join(f"“{d.topic_names.get(t, t)}” (năm {y}: “{title}”)" for t, y, title in o.also_hot[:5])
        blocks.append(Para(f"Cùng kỳ các năm trước còn có vấn đề nóng thuộc các chủ đề: {named}."))
    return blocks


def section_proposals(d: ReportData, unit: str) -> list[Block]:
    cur = d.current
    blocks: list[Block] = [Heading(("VI" if d.outlook or d.outlook_problem else "V") + ". ĐỀ XUẤT, KIẾN NGHỊ")]
    items: list[str] = []
    negative = sorted(((t, cur.topics[t]["negative"]) for t in range(1, 17) if cur.topics[t]["negative"]), key=lambda x: (-x[1], x[0]))
    for t, n in negative[:3]:
        items.append(f"Đề nghị {d.topic_departments[t]} theo dõi sát, chủ động cung cấp thông tin và phản hồi báo chí về chủ đề "
                     f"“{d.topic_names[t]}” ({num(n)} bài tiêu cực trong {d.span.noun}).")
    open_issues = [c.issue.title for c in d.issues if c.issue.status.value != "closed"]
    if open_issues:
        items.append(f"Đề nghị các đơn vị đầu mối hoàn tất xử lý và cập nhật kết quả trên hệ thống Điểm Nóng đối với "
                     f"{num(len(open_issues))} vấn đề nóng chưa kết thúc: " + "; ".join(f"“{t}”" for t in open_issues[:5])
                     + ("…" if len(open_issues) > 5 else "") + ".")
    if d.signals:
        named = "; ".join(f"{sig.label} ({signal_note(d, sig)})" for sig in d.signals[:5])
        items.append(f"Tại thời điểm lập báo cáo, hệ thống ghi nhận {num(len(d.signals))} tín hiệu sớm — nhiều tin khác nhau "
                     f"đang tăng nhưng chưa đến ngưỡng cảnh báo: {named}" + ("…" if len(d.signals) > 5 else "")
                     + ". Đề nghị các đơn vị đầu mối theo dõi, chuẩn bị thông tin để chủ động phản hồi nếu vấn đề nóng lên.")
    if cur.local_tones["negative"]:
        items.append(f"Đề nghị kiểm tra, xác minh và phản hồi kịp thời {num(cur.local_tones['negative'])} bài viết tiêu cực "
                     "liên quan đến giáo dục Hậu Giang (Bảng 4).")
    items.append(f"{unit} tiếp tục theo dõi thông tin báo chí hằng ngày, cảnh báo sớm vấn đề nóng tới các đơn vị đầu mối "
                 "và tổng hợp báo cáo định kỳ.")
    blocks.extend(Para(f"{i}. {text}") for i, text in enumerate(items, start=1))
    return blocks


def signal_note(d: ReportData, sig: Signal) -> str:
    """«Phòng Pháp chế – Công tác tư tưởng, 82% ngưỡng cảnh báo, đã báo đầu mối»: its first lead department (a title
    term's signal in an office that copies no department on every alert has none), how near it is, whether forwarded."""
    parts = [d.department_names.get(x, x) for x in sig.lead_departments[:1]] + [f"{round(100 * sig.share)}% ngưỡng cảnh báo"]
    return ", ".join(parts + (["đã báo đầu mối"] if sig.id in d.forwarded else []))


def compose(d: ReportData, letterhead: Letterhead) -> Report:
    """The report's text, tables and charts from the month's data."""
    cite = Citations()
    blocks = [*section_general(d), *section_topics(d), *section_issues(d, cite), *section_local(d, cite),
              *section_outlook(d), *section_proposals(d, letterhead.unit)]
    return Report(
        letterhead=letterhead,
        title="BÁO CÁO",
        subject=f"Tình hình dư luận về giáo dục trên báo chí {subject_period(d.span)} và kết quả xử lý",
        blocks=tuple(blocks),
        closing=f"Trên đây là báo cáo tình hình dư luận về giáo dục trên báo chí {d.span.title} "
                f"và kết quả xử lý của {letterhead.unit}./.",
        annex_title="Danh mục bài viết được trích dẫn",
        annex=tuple(cite.cited),
    )


def subject_period(span: Span) -> str:
    """The period in the report's subject line: «tháng 9 năm 2026», «từ ngày 01/09/2026 đến ngày 31/01/2027»."""
    return f"tháng {int(span.month[5:])} năm {span.month[:4]}" if span.month else span.dates


# --------------------------------------------------------------------------- writing files

def letterhead(settings: Settings, now: datetime, unit: str | None = None, parent: str | None = None) -> Letterhead:
    """Heading and signature details from the settings; --unit names another issuing unit."""
    default_unit = settings["general.unit_name"]
    unit = nfc(unit.strip()) if unit and unit.strip() else default_unit
    return Letterhead(
        parent=nfc(parent.strip()) if parent and parent.strip() else settings["report.parent_unit"],
        unit=unit,
        symbol=settings["report.symbol"] if unit == default_unit else initials(unit),
        place=settings["report.place"],
        date=now,
        signer_title=settings["report.signer_title"],
        signer_name=settings["report.signer_name"],
        recipients=tuple(settings["report.recipients"]),
    )


def default_path(settings: Settings, month: str | Span, fmt: str, unit: str | None) -> Path:
    """reports/bao-cao-du-luan-2026-09.docx; a period of days: bao-cao-du-luan-2026-09-01-den-2027-01-31.docx."""
    slug = "" if not unit or unit == settings["general.unit_name"] else "-" + "-".join(re.findall(r"[a-z0-9]+", fold(unit)))[:60]
    key = month.key if isinstance(month, Span) else month
    return settings.home / "reports" / f"bao-cao-du-luan-{key}{slug}.{fmt}"


class BadMonth(ReportError):
    """A month or period that cannot be reported on: malformed, or not begun yet (a period: not over by today)."""


def check_month(month: str, now: datetime) -> None:
    try:
        start, _ = month_bounds(month)
    except ValueError:
        raise BadMonth(bad_month(month)) from None
    if start > now:
        raise BadMonth(f"tháng {month} chưa bắt đầu (hôm nay là {now.astimezone(TZ):%d/%m/%Y})")


def check_span(span: Span, now: datetime) -> None:
    """A period of days ends on its last day: on or before today (a report made on it counts up to now)."""
    today = now.astimezone(TZ).date()
    if span.end <= span.start:
        raise BadMonth(f"ngày bắt đầu {day_label(span.start.date())} sau ngày kết thúc {day_label(span.last_day)}")
    days, most = (span.end - span.start).days, longest(span.start.date(), span.last_day)
    if days > most:
        raise BadMonth(f"kỳ báo cáo {span.dates} dài {num(days)} ngày, quá {num(most)} ngày"
                       + ("" if most == MAX_DAYS else " (366 ngày chỉ khi có ngày 29/02)")
                       + ": chia thành các kỳ ngắn hơn (một năm học vừa một kỳ)")
    if span.last_day > today:
        raise BadMonth(f"kỳ báo cáo {span.dates} chưa kết thúc (hôm nay là {day_label(today)}): "
                       "ngày kết thúc không được sau hôm nay")


def as_span(month: str | Span) -> Span:
    return month if isinstance(month, Span) else Span.of_month(month)


def build(settings: Settings, store: Store, month: str | Span, unit: str | None = None, parent: str | None = None,
          now: datetime | None = None) -> tuple[ReportData, Report]:
    """Collect and compose a month's report (YYYY-MM), or a period's (a Span)."""
    now = (now or datetime.now(TZ)).astimezone(TZ)
    if isinstance(month, Span) and (not month.month or month.typed):  # typed as dates: checked as dates
        check_span(month, now)
    else:
        check_month(month.key if isinstance(month, Span) else month, now)
    data = collect(store, month, now)
    return data, compose(data, letterhead(settings, now, unit, parent))


def render(report: Report, fmt: str) -> bytes:
    """The report's bytes in a format: docx, pdf or html."""
    if fmt == "html":
        return render_html(report).encode("utf-8")
    if fmt == "docx":
        return render_docx(report)
    if fmt == "pdf":
        return docx_to_pdf(render_docx(report))
    raise unknown_format(fmt)


def unknown_format(fmt: str) -> ReportError:
    """A report format we do not write, said alike by `render` and `write_report`."""
    return ReportError(f"không có định dạng báo cáo {fmt!r} (dùng {', '.join(FORMATS)})")


def _write(path: Path, content: bytes) -> None:
    """Write a file atomically (a reader never sees half a report)."""
    try:
        with atomic_path(path, f".{os.getpid()}.tmp") as target:
            target.write_bytes(content)
    except OSError as exc:
        raise ReportError(f"không ghi được {path}: {exc.strerror or exc}") from exc


def write_report(settings: Settings, store: Store, month: str | Span, fmt: str, output: Path | None, unit: str | None,
                 parent: str | None = None, now: datetime | None = None) -> Path:
    """Write a month's report (YYYY-MM) or a period's (a Span) as docx, pdf or html and return its path; `output` a
    folder: in it, under its usual name."""
    if fmt not in FORMATS:
        raise unknown_format(fmt)
    if fmt == "pdf":
        from diemnong.report_render import NO_LIBREOFFICE, libreoffice

        if libreoffice() is None:
            raise ReportError(NO_LIBREOFFICE)  # before the work, not after
    _, report = build(settings, store, month, unit, parent, now)
    usual = default_path(settings, month, fmt, report.letterhead.unit)
    path = (Path(output) / usual.name if Path(output).is_dir() else Path(output)) if output else usual
    _write(path, render(report, fmt))
    return path


# --------------------------------------------------------------------------- the monthly schedule

def report_id(month: str) -> str:
    """The outbox's issue id of a month's report."""
    return f"bao-cao-{month}"


def due_month(settings: Settings, now: datetime) -> str | None:
    """The month whose report is due at `now` (the previous one, from report.auto_day on), or None."""
    day = int(settings["report.auto_day"])
    if day <= 0:
        return None
    now = now.astimezone(TZ)
    if now.day < min(day, calendar.monthrange(now.year, now.month)[1]):
        return None
    return previous_month(month_of(now))


def due_date(settings: Settings, month: str) -> datetime:
    """The day a month's report falls due: report.auto_day of the next month (its last day in a shorter month)."""
    _, nxt = month_bounds(month)
    return nxt.replace(day=min(int(settings["report.auto_day"]), calendar.monthrange(nxt.year, nxt.month)[1]))


def reported(store: Store, month: str) -> bool:
    """Whether a month's report is in the outbox (queued, sent or given up on)."""
    return bool(store.list_alerts(issue_id=report_id(month), limit=1))


def first_month(store: Store) -> str | None:
    """The month the store first took in an article (crawled, or an archive ingested: Store.first_fetched), None for an
    empty store: the first month the service watched in this home. Not its oldest article's: a new home's first crawl
    brings feed items of last month, an archive ingested later articles of years ago, and it watched neither month."""
    first = store.first_fetched()
    return month_of(first) if first is not None else None


def watched(store: Store, month: str) -> bool:
    """Whether the store took in an article by the end of `month` (see first_month): not so in a new home."""
    first = first_month(store)
    return first is not None and first <= month


def late_months(settings: Settings, store: Store, now: datetime, held_back: Callable[[str], bool]) -> list[str]:
    """Months whose report fell due (from report.auto_day to the month's end) and was never queued, oldest first: back
    from the month before the one due now to the newest one reported or held back by the demo rule (`held_back`: every
    earlier one is too). Not those that fell due while report.auto_day was 0 («không bao giờ», see ROUNDS): the office
    had said it wanted none then. None when the service never made a report in this store before them: nothing shows
    it ran then (an archive ingested into a new home would be mailed month by month), and none before the month the
    store first took in an article (first_month)."""
    if int(settings["report.auto_day"]) <= 0:
        return []
    missed: list[str] = []
    month, first, seen = previous_month(previous_month(month_of(now))), None, None
    while not (held_back(month) or reported(store, month)):
        first = first or first_month(store)  # read only when a month is missing: not at every round
        if first is None or month < first:
            return []
        seen = rounds_seen(settings) if seen is None else seen
        if seen.get(month) != "off":
            missed.append(month)
        month = previous_month(month)
    return missed[::-1]


ROUNDS = "report-rounds.json"  # in DIEMNONG_HOME: what the schedule last saw of each month's report in the month it is due


def rounds_seen(settings: Settings) -> dict[str, str]:
    """Month → what the last round of the schedule in the month its report falls due saw (see note_round); a month
    without one had no round then (the service was stopped, or ran a version that kept none)."""
    try:
        seen = json.loads((settings.home / ROUNDS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in seen.items()} if isinstance(seen, dict) else {}


def note_round(settings: Settings, now: datetime) -> None:
    """Remember, for the month whose report falls due in `now`'s month, that the service ran then and what it saw:
    «off» (report.auto_day 0: no report wanted), «before» (before its day) or «due» (on its day or later: a report not
    queued since could not be made or sent while the service ran). Written when it changes: a few times a month; a
    home that cannot be written only loses the difference (see why_late)."""
    month = previous_month(month_of(now))
    state = "off" if int(settings["report.auto_day"]) <= 0 else "due" if due_month(settings, now) == month else "before"
    seen = rounds_seen(settings)
    if seen.get(month) == state:
        return
    try:
        _write(settings.home / ROUNDS, json.dumps(dict(sorted({**seen, month: state}.items())[-36:])).encode("utf-8"))
    except ReportError as exc:
        log.warning("%s", exc)


def why_late(settings: Settings, month: str) -> str:
    """The line of a report sent after the month it fell due in: the service stopped on its day, unless a round of the
    schedule ran on it or later (note_round) and could not make or send it (the department without recipients, an
    error): the log says which."""
    when = f"theo lịch, báo cáo {month_label(month)} được lập ngày {due_date(settings, month):%d/%m/%Y}"
    if rounds_seen(settings).get(month) == "due":
        return f"Báo cáo gửi muộn: {when} nhưng khi đó hệ thống Điểm Nóng chưa lập hoặc chưa gửi được (lý do ghi trong nhật ký)."
    return f"Báo cáo gửi muộn: {when} nhưng khi đó hệ thống Điểm Nóng không hoạt động."


def report_link(settings: Settings, month: str) -> str:
    return month_link(settings["general.dashboard_url"], month)


def deadline(now: datetime, month: str) -> str:
    """The line on the Văn phòng's deadline for a month's report, the 20th of the next month: while it is ahead at
    `now` (when the message goes), else that it has passed."""
    day = month_bounds(month)[1].replace(day=20)
    if now < day:
        return f"Báo cáo cần hoàn thiện, trình ký và gửi Văn phòng trước ngày {day:%d/%m/%Y}."
    return f"Hạn gửi Văn phòng (trước ngày {day:%d/%m/%Y}) đã qua: đề nghị hoàn thiện, trình ký và gửi sớm."


DEADLINE_LINES = ("Báo cáo cần hoàn thiện, trình ký và gửi Văn phòng trước ngày ", "Hạn gửi Văn phòng (trước ngày ")


def deadline_as_sent(alert: Alert, now: datetime) -> Alert:
    """A report's message with its deadline line judged at `now`, when it goes (see deadline): one queued before the
    20th that went after it (the mail server refused our login until the settings were fixed, or the service was
    stopped in between) still asked for the report «trước ngày 20». Other alerts as they are."""
    month = alert.payload.get("month") if alert.kind == "report" else None
    if not isinstance(month, str):
        return alert
    lines = alert.body.split("\n")
    judged = [deadline(now, month) if line.startswith(DEADLINE_LINES) else line for line in lines]
    return alert if judged == lines else alert.with_(body="\n".join(judged))


def issues_summary(data: ReportData) -> str:
    """'3 vấn đề nóng', or '1 vấn đề nóng mới, 2 từ các tháng trước còn tiếp diễn' (see issues_found)."""
    if not data.carried_issue_count:
        return f"{num(data.issue_count)} vấn đề nóng"
    return f"{num(data.new_issue_count)} vấn đề nóng mới, {num(data.carried_issue_count)} từ các tháng trước còn tiếp diễn"


def report_alerts(settings: Settings, department: Department, data: ReportData, path: Path, now: datetime) -> list[Alert]:
    """One outbox entry per recipient of the department: email with the report attached, webhook with a link."""
    from alerting.routing import AlertPolicy, after_quiet_hours, in_quiet_hours

    policy = AlertPolicy.from_settings(settings)
    due = after_quiet_hours(now, policy) if in_quiet_hours(now, policy) else now
    cur, m = data.current, month_label(data.month)
    open_issues = sum(n for s, n in data.status_counts.items() if s != "closed")
    late = data.month != due_month(settings, now)
    subject = f"[Điểm Nóng] Báo cáo tình hình dư luận về giáo dục {m}" + (" (gửi muộn)" if late else "")
    body = "\n".join([
        f"Kính gửi: {department.name}",
        "",
        f"Điểm Nóng gửi kèm dự thảo Báo cáo tình hình dư luận về giáo dục trên báo chí {m} và kết quả xử lý (tệp {path.name}).",
        *([why_late(settings, data.month)] if late else []),
        "",
        f"Tóm tắt: {num(cur.total)} bài ({data.previous.span.label}: {num(data.previous.total)} bài); "
        f"{num(cur.tones['negative'])} bài tiêu cực; {issues_summary(data)}, {num(open_issues)} chưa đóng; "
        f"{num(cur.local)} bài liên quan Hậu Giang.",
        "",
        deadline(due, data.month),  # as of when it goes: made at 23:59 on the 19th, it reaches them at 06:00 on the 20th
        f"Xem, tạo lại hoặc tải ở định dạng khác: {report_link(settings, data.month) or UNLINKED['report']}",
    ])
    alerts = []
    targets = [("email", e) for e in department.emails] + [("webhook", w) for w in department.webhooks]
    for channel, target in targets:
        payload: dict[str, object] = {"month": data.month, "report": path.name, "link": report_link(settings, data.month),
                                      "articles": cur.total, "negative": cur.tones["negative"], "issues": data.new_issue_count,
                                      **({"carried_issues": data.carried_issue_count} if data.carried_issue_count else {}),
                                      **({"late": True} if late else {})}
        if channel == "email":
            payload["attachments"] = [str(path)]
        alerts.append(Alert(
            key=f"{report_id(data.month)}|{target}", issue_id=report_id(data.month), department=department.id, recipient=target,
            channel=channel, kind="report", subject=subject, body=body, raised_at=now, next_attempt=due, payload=payload,
        ))
    return alerts


def schedule_monthly_report(settings: Settings, store: Store, departments: Mapping[str, Department], now: datetime,
                            send: bool = True, held_back: Callable[[str], bool] = lambda month: False) -> Path | None:
    """On report.auto_day (or later in the month), write last month's report and queue it for the Văn phòng, once.
    Without send (a month that holds the demo's made-up articles, see Service.counts_demo), written once and not queued.
    Then the months missed (see late_months), saying they are late and why (why_late): after the month due now, so
    that one of them failing again and again holds back no other month's.

    Returns the path of the last report written now, None when nothing was due or it was already queued.
    """
    note_round(settings, now)
    with making(due_month(settings, now)):
        path = due_report(settings, store, departments, now, send)
    for late in late_months(settings, store, now, held_back):
        with making(late):
            path = queue_report(settings, store, report_department(settings, departments), late, now)
    return path


REPORT_MONTH = "report_month"  # the attribute of an error raised in making a month's report: the month (YYYY-MM)


@contextmanager
def making(month: str | None) -> Iterator[None]:
    """Tag an error raised while a month's report is made with that month (REPORT_MONTH), for the failure shown on
    Tổng quan to name it: the month due now or a late one."""
    try:
        yield
    except Exception as exc:
        if month and not hasattr(exc, REPORT_MONTH):
            setattr(exc, REPORT_MONTH, month)
        raise


def due_report(settings: Settings, store: Store, departments: Mapping[str, Department], now: datetime,
               send: bool) -> Path | None:
    """The report of the month due now (see schedule_monthly_report), when not made yet. None for a month before the
    one the store first took in an article, as for a late one (late_months): a new home started after report.auto_day
    never watched that month (its store empty, or its first crawl's feed items of it), and would mail the Văn phòng a
    report of nothing or of a few. A month that holds the demo (not `send`) is written, never mailed, for the demo to
    show, though the demo was loaded after it."""
    month = due_month(settings, now)
    if month is None or reported(store, month) or (send and not watched(store, month)):
        return None
    if not send:
        path = default_path(settings, month, "docx", None)
        if path.exists():
            return None
        _write(path, render_docx(build(settings, store, month, now=now)[1]))
        log.info("báo cáo tháng %s đã ghi vào %s, không gửi Văn phòng: kho dữ liệu này có dữ liệu minh họa (data/demo) "
                 "trong tháng đó; báo cáo các tháng sau được gửi như thường. Dùng thật từ đầu: một DIEMNONG_HOME mới và "
                 "`diemnong run --no-demo`", month, path)
        return path
    return queue_report(settings, store, report_department(settings, departments), month, now)


def report_department(settings: Settings, departments: Mapping[str, Department]) -> Department:
    """The department the monthly report goes to (report.department), with somewhere to send it."""
    dep_id = settings["report.department"]
    department = departments.get(dep_id)
    if department is None:
        raise ConfigError(f"report.department: {no_department(dep_id, departments)}")
    if not department.emails and not department.webhooks:
        raise ConfigError(f"report.department: đơn vị «{dep_id}» không có email hay webhook nào để gửi báo cáo tới")
    return department


def queue_report(settings: Settings, store: Store, department: Department, month: str, now: datetime) -> Path:
    """Write a month's report as Word and queue it for the department."""
    data, report = build(settings, store, month, now=now)
    path = default_path(settings, month, "docx", None)
    _write(path, render_docx(report))
    store.enqueue_alerts(report_alerts(settings, department, data, path, now.astimezone(TZ)))
    log.info("báo cáo tháng %s đã ghi vào %s và xếp hàng gửi %s", month, path, department.name)
    return path


# --------------------------------------------------------------------------- command line

def output_format(fmt: str | None, output: str | None) -> str:
    """The format asked for, else the one the output file's name ends with (bao-cao.html: HTML), else Word."""
    suffix = Path(output).suffix.lower().lstrip(".") if output and not Path(output).is_dir() else ""
    return fmt or (suffix if suffix in FORMATS else "docx")


def read_day(value: str) -> date:
    """A day written YYYY-MM-DD (--from, --to), else BadMonth saying what was given."""
    from diemnong.cli import YEARS

    try:
        day = date.fromisoformat(value.strip()) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()) else None
    except ValueError:  # 2026-02-30
        day = None
    if day is None:
        raise BadMonth(f"ngày phải có dạng YYYY-MM-DD (ví dụ 2026-09-01), nhận được {value!r}")
    if day.year not in YEARS:
        raise BadMonth(f"ngày nằm ngoài khoảng {YEARS[0]}–{YEARS[-1]}: {value!r}")
    return day


def asked_span(args: argparse.Namespace) -> str | Span:
    """What `diemnong report` is asked for: --month, or --from and --to (a period of days, both whole)."""
    first, last = getattr(args, "from_day", None), getattr(args, "to_day", None)
    if args.month and (first or last):
        raise BadMonth("dùng --month hoặc --from/--to, không dùng cả hai")
    if args.month:
        return str(args.month)
    if not (first and last):
        raise BadMonth("cần --month YYYY-MM, hoặc cả --from và --to dạng YYYY-MM-DD")
    return Span.of_days(read_day(first), read_day(last))


def cmd_report(args: argparse.Namespace) -> int:
    """`diemnong report (--month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD) [--unit NAME] [--format docx|pdf|html]
    [--output PATH]`: prints the path."""
    from diemnong.cli import EXIT_BAD_INPUT, EXIT_FAILURE, _settings
    from store import open_store

    settings = _settings(args)
    try:
        span = asked_span(args)
        with open_store(settings, readonly=True) as store:  # the report is written where --output says, not the store
            path = write_report(settings, store, span, output_format(args.format, args.output),
                                Path(args.output) if args.output else None, args.unit, parent=getattr(args, "parent", None))
    except ReportError as exc:
        print(f"diemnong report: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT if isinstance(exc, BadMonth) else EXIT_FAILURE
    print(path)
    return 0
