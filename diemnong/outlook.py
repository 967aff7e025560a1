"""The seasonal outlook («dự báo theo mùa»): which recurring moments of the school year (data/seasons.yaml) start or are
under way in the next weeks, who leads their topics, and what the store holds of the same weeks in earlier years.

Two steps: `read_history` asks the store for the windows `windows` names (the caller's I/O: the dashboard's, the
report's `collect`), and `forecast` (pure, no I/O) writes the outlook from a day, the moments and that history.
It sits beside the report, reading the store's counts only: no stage imports another.
"""
from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Mapping, Sequence

from diemnong.config import Season
from diemnong.domain import TZ
from diemnong.report import Span, unwatched, year_before
from diemnong.text import number
from store import Filters, Store

HORIZON_DAYS = 28  # «the next ~4 weeks»
YEARS = 3  # earlier years looked at
ISSUES_NAMED = 2  # titles of earlier issues quoted per year
NO_HISTORY = "cùng kỳ các năm trước: chưa có số liệu"  # report.unwatched's words: the store took nothing then

Window = tuple[date, date, tuple[int, ...]]  # first and last day, topics (() for every topic)


def on(year: int, month_day: tuple[int, int]) -> date:
    """A (month, day) in a year; 29/02 is 28/02 in a year without one."""
    month, day = month_day
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Occurrence:
    """A moment in one year: its first and last day (the last in the next year when it crosses the new year)."""

    season: Season
    first: date
    last: date

    def earlier(self, years: int) -> tuple[date, date]:
        """The same moment `years` earlier, by its own dates (29/02 → 28/02)."""
        start_year = self.first.year - years
        return on(start_year, self.season.start), on(start_year + (self.last.year - self.first.year), self.season.end)


def occurrence(season: Season, start_year: int) -> Occurrence:
    last_year = start_year + (season.end < season.start)
    return Occurrence(season, on(start_year, season.start), on(last_year, season.end))


def upcoming(day: date, seasons: Sequence[Season], horizon: int = HORIZON_DAYS) -> list[Occurrence]:
    """The moments under way on `day` or starting in the `horizon` days from it, those under way first, then by start."""
    end = day + timedelta(days=horizon - 1)
    found = {}
    for season in seasons:
        for year in (day.year - 1, day.year, day.year + 1):
            occ = occurrence(season, year)
            if occ.first <= end and occ.last >= day and season not in found:
                found[season] = occ
    return sorted(found.values(), key=lambda o: (o.first > day, o.first, o.season.name))


def moment_windows(day: date, seasons: Sequence[Season], horizon: int = HORIZON_DAYS, years: int = YEARS) -> list[Window]:
    """Each upcoming moment in each earlier year: counted (articles by tone) and its issues."""
    return list(dict.fromkeys((*occ.earlier(k), occ.season.topics)
                              for k in range(1, years + 1) for occ in upcoming(day, seasons, horizon)))


def windows(day: date, seasons: Sequence[Season], horizon: int = HORIZON_DAYS, years: int = YEARS,
            topics: tuple[int, ...] = ()) -> list[Window]:
    """What the history must hold: the moments' windows, and the coming weeks themselves in each earlier year (the
    issues of `topics`, () every topic: what was hot then although no moment names it)."""
    weeks = [(same_weeks(day, k), same_weeks(day, k) + timedelta(days=horizon - 1), topics) for k in range(1, years + 1)]
    return list(dict.fromkeys(moment_windows(day, seasons, horizon, years) + weeks))


def same_weeks(day: date, years: int) -> date:
    """The same day `years` earlier (29/02 → 28/02)."""
    for _ in range(years):
        day = year_before(day)
    return day


def narrowed(seasons: Sequence[Season], topics: tuple[int, ...]) -> list[Season]:
    """The moments as a department sees them: only its `topics` (() every topic), those with none of them left out."""
    if not topics:
        return list(seasons)
    return [replace(s, topics=mine) for s in seasons if (mine := tuple(t for t in s.topics if t in topics))]


# --------------------------------------------------------------------------- history (read by the caller)

@dataclass(frozen=True)
class Past:
    """What the store holds of one window of an earlier year."""

    unwatched: str = ""  # report.unwatched's: «chưa có số liệu» (nothing taken yet then), «chưa theo dõi đủ» (began within)
    articles: int = 0  # articles of the window's topics, each once
    tones: Mapping[str, int] = field(default_factory=dict)  # of those, by tone
    issues: tuple[tuple[str, tuple[int, ...]], ...] = ()  # issues first seen then, hottest first: title, topics
    since: datetime | None = None  # when the store took its first article (Store.first_fetched), said when not watched


def _bounds(first: date, last: date) -> tuple[datetime, datetime]:
    span = Span.whole_days(first, last)
    return span.start, span.end


def read_past(store: Store, window: Window, first_fetched: datetime | None, counted: bool = True) -> Past:
    """One window's articles by tone (one aggregate; `counted` False: its issues only) and the issues first seen in
    it; none of them when the store did not watch it throughout: its zeros would read as a calm year."""
    first, last, topics = window
    since, until = _bounds(first, last)
    gap = unwatched(first_fetched, Span.whole_days(first, last), None)
    if gap:
        return Past(gap, since=first_fetched)
    tones: Counter[str] = Counter()
    for bucket in store.aggregate(Filters(since=since, until=until, topics=topics), by_topic=False) if counted else ():
        tones[bucket.sentiment] += bucket.count
    return Past(articles=sum(tones.values()), tones=dict(tones), issues=first_seen(store, since, until, topics))


def first_seen(store: Store, since: datetime, until: datetime, topics: tuple[int, ...]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The issues first seen from `since` to `until`, hottest first: every one (list_issues stops at its limit)."""
    seen = sum(store.count_issues(since=since, until=until, topics=topics).values())
    issues = store.list_issues(since=since, until=until, limit=seen, topics=topics) if seen else []
    return tuple((i.title, tuple(i.topics)) for i in issues if since <= i.first_seen < until)


def read_history(store: Store, day: date, seasons: Sequence[Season], horizon: int = HORIZON_DAYS,
                 years: int = YEARS, topics: tuple[int, ...] = ()) -> dict[Window, Past]:
    first = store.first_fetched()
    counted = set(moment_windows(day, seasons, horizon, years))
    return {w: read_past(store, w, first, w in counted) for w in windows(day, seasons, horizon, years, topics)}


# --------------------------------------------------------------------------- the outlook (pure)

@dataclass(frozen=True)
class Evidence:
    year: int  # the year the window started in
    past: Past

    def said(self, named: int = ISSUES_NAMED) -> str:
        """«cùng kỳ năm 2025: 41 bài, 12 tiêu cực, 2 vấn đề nóng: “…”; “…”», naming `named` issues; a year the
        store began within: «cùng kỳ năm 2025: chưa theo dõi đủ (kho có bài từ ngày 28/08/2025)»."""
        p = self.past
        if p.unwatched:
            return f"cùng kỳ năm {self.year}: {p.unwatched}" + (f" (kho có bài từ ngày {p.since.astimezone(TZ):%d/%m/%Y})" if p.since else "")
        text = f"cùng kỳ năm {self.year}: {number(p.articles)} bài, {number(p.tones.get('negative', 0))} tiêu cực"
        if p.issues:
            text += f", {number(len(p.issues))} vấn đề nóng: " + "; ".join(f"“{t}”" for t, _ in p.issues[:named])
            text += "…" if len(p.issues) > named else ""
        return text


@dataclass(frozen=True)
class Moment:
    season: Season
    first: date
    last: date
    under_way: bool
    departments: tuple[str, ...]  # lead department ids of its topics, in the order of its topics
    evidence: tuple[Evidence, ...]  # the earlier years the store (partly) watched, the latest first

    @property
    def when(self) -> str:
        """«đang diễn ra, 01/09–30/11», «từ 01/11 đến 25/11»."""
        if self.under_way:
            return f"đang diễn ra, {self.first:%d/%m}–{self.last:%d/%m}"
        return f"từ {self.first:%d/%m} đến {self.last:%d/%m}"

    @property
    def covered(self) -> tuple[Evidence, ...]:
        """The earlier years the store watched throughout: real numbers."""
        return tuple(e for e in self.evidence if not e.past.unwatched)

    @property
    def history(self) -> str:
        return "; ".join(e.said() for e in self.evidence) or NO_HISTORY

    @property
    def brief(self) -> str:
        """Tổng quan's line: the latest year watched throughout with one issue, else what the store lacks."""
        if self.covered:
            return self.covered[0].said(1)
        return self.evidence[0].said() if self.evidence else NO_HISTORY

    @property
    def quoted(self) -> set[str]:
        """The titles of the issues its evidence counts."""
        return {title for e in self.evidence for title, _ in e.past.issues}


@dataclass(frozen=True)
class Outlook:
    day: date
    horizon: int
    moments: tuple[Moment, ...]
    also_hot: tuple[tuple[int, int, str], ...] = ()  # topic, year, an issue's title: hot in the same weeks then, no moment's

    @property
    def last(self) -> date:
        return self.day + timedelta(days=self.horizon - 1)

    @property
    def dates(self) -> str:
        """«từ ngày 21/08/2026 đến ngày 17/09/2026»."""
        return Span.of_days(self.day, self.last).dates

    @property
    def covered(self) -> bool:
        """Whether any moment has an earlier year the store watched throughout."""
        return any(m.covered for m in self.moments)


def forecast(day: date, seasons: Sequence[Season], history: Mapping[Window, Past], leads: Mapping[int, str],
             horizon: int = HORIZON_DAYS, years: int = YEARS, topics: tuple[int, ...] = ()) -> Outlook:
    """The outlook for the `horizon` days from `day`: the moments starting or under way, their lead departments
    (`leads`: topic → department id) and what `history` (read_history) holds of them in earlier years; `topics`, a
    department's (() every topic): only its moments, counts and issues."""
    seasons = narrowed(seasons, topics)
    moments = tuple(moment(day, occ, history, leads, years) for occ in upcoming(day, seasons, horizon))
    return Outlook(day, horizon, moments, also_hot(day, moments, history, horizon, years, topics))


NOT_WATCHED = unwatched(None, Span.whole_days(date(2000, 1, 1), date(2000, 1, 1)), None)  # «chưa có số liệu»


def moment(day: date, occ: Occurrence, history: Mapping[Window, Past], leads: Mapping[int, str], years: int) -> Moment:
    evidence = []
    for k in range(1, years + 1):
        first, last = occ.earlier(k)
        past = history.get((first, last, occ.season.topics))
        if past and past.unwatched != NOT_WATCHED:  # a year the store took nothing of is no evidence, not «0 bài»
            evidence.append(Evidence(first.year, past))
    departments = tuple(dict.fromkeys(leads[t] for t in occ.season.topics if t in leads))
    return Moment(occ.season, occ.first, occ.last, occ.first <= day, departments, tuple(evidence))


def also_hot(day: date, moments: Sequence[Moment], history: Mapping[Window, Past], horizon: int, years: int,
             topics: tuple[int, ...] = ()) -> tuple[tuple[int, int, str], ...]:
    """Topics (of `topics`, () every one) of the issues first seen in the same weeks of an earlier year that no coming
    moment names: the latest year's issue, hottest first, for each; never an issue a moment's evidence already counts,
    nor one issue twice."""
    named = {t for m in moments for t in m.season.topics}
    quoted = set().union(*(m.quoted for m in moments))
    found: dict[int, tuple[int, int, str]] = {}
    for k in range(1, years + 1):
        first = same_weeks(day, k)
        past = history.get((first, first + timedelta(days=horizon - 1), topics))
        for title, issue_topics in past.issues if past else ():
            fresh = [t for t in issue_topics if t not in named and t not in found and (not topics or t in topics)]
            if fresh and title not in quoted:
                found[fresh[0]] = (fresh[0], first.year, title)
                quoted.add(title)
    return tuple(found.values())


def outlook_of(store: Store, day: date, seasons: Sequence[Season], leads: Mapping[int, str],
               horizon: int = HORIZON_DAYS, topics: tuple[int, ...] = ()) -> Outlook:
    """The outlook from the store (the callers' one line); `topics`, a department's (() every topic)."""
    seasons = narrowed(seasons, topics)
    history = read_history(store, day, seasons, horizon, topics=topics)
    return forecast(day, seasons, history, leads, horizon, topics=topics)
