"""The seasonal outlook («dự báo theo mùa»): which recurring moments of the school year (data/seasons.yaml) start or are
under way in the next weeks, who leads their topics, and what the store holds of the same weeks in earlier years.

Two steps: `read_history` asks the store for the windows `windows` names (the caller's I/O: the dashboard's, the
report's `collect`), and `forecast` (pure, no I/O) writes the outlook from a day, the moments and that history.
It sits beside the report, reading the store's counts only: no stage imports another.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Mapping, Sequence

from diemnong.config import Season
from diemnong.domain import SENTIMENTS, TZ
from diemnong.text import number
from store import Filters, Store

HORIZON_DAYS = 28  # «the next ~4 weeks»
YEARS = 3  # earlier years looked at
ISSUES_NAMED = 2  # titles of earlier issues quoted per year
NO_HISTORY = "chưa có dữ liệu cùng kỳ năm trước"

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


def windows(day: date, seasons: Sequence[Season], horizon: int = HORIZON_DAYS, years: int = YEARS) -> list[Window]:
    """What the history must hold: each upcoming moment in each earlier year, and the coming weeks themselves in each
    earlier year (every topic: what was hot then although no moment names it)."""
    out: list[Window] = []
    for k in range(1, years + 1):
        for occ in upcoming(day, seasons, horizon):
            out.append((*occ.earlier(k), occ.season.topics))
        out.append((same_weeks(day, k), same_weeks(day, k) + timedelta(days=horizon - 1), ()))
    return list(dict.fromkeys(out))


def same_weeks(day: date, years: int) -> date:
    return on(day.year - years, (day.month, day.day))


# --------------------------------------------------------------------------- history (read by the caller)

@dataclass(frozen=True)
class Past:
    """What the store holds of one window of an earlier year."""

    total: int  # every article then: 0 is a year the store has nothing of (not watched, nothing ingested)
    articles: int  # articles of the window's topics, each once
    tones: Mapping[str, int]  # of those, by tone
    topics: Mapping[int, Mapping[str, int]]  # topic × tone (an article in two topics counts in both)
    issues: tuple[tuple[str, tuple[int, ...]], ...] = ()  # issues first seen then, hottest first: title, topics


def _bounds(first: date, last: date) -> tuple[datetime, datetime]:
    return datetime.combine(first, time(), TZ), datetime.combine(last + timedelta(days=1), time(), TZ)


def read_past(store: Store, window: Window) -> Past:
    """One window's counts and issues, through the store's counts and aggregates."""
    first, last, topics = window
    since, until = _bounds(first, last)
    total = store.count(Filters(since=since, until=until))
    if not total:
        return Past(0, 0, {}, {})
    chosen = Filters(since=since, until=until, topics=topics)
    by_topic: dict[int, dict[str, int]] = {}
    for bucket in store.aggregate(chosen):
        if bucket.topic and (not topics or bucket.topic in topics):
            tones = by_topic.setdefault(bucket.topic, {})
            tones[bucket.sentiment] = tones.get(bucket.sentiment, 0) + bucket.count
    issues = [i for i in store.list_issues(since=since, until=until, limit=200, topics=topics)
              if since <= i.first_seen < until]
    return Past(total=total, articles=store.count(chosen) if topics else total,
                tones={s: store.count(Filters(since=since, until=until, topics=topics, sentiments=(s,))) for s in SENTIMENTS},
                topics=by_topic, issues=tuple((i.title, tuple(i.topics)) for i in issues))


def read_history(store: Store, day: date, seasons: Sequence[Season], horizon: int = HORIZON_DAYS,
                 years: int = YEARS) -> dict[Window, Past]:
    return {w: read_past(store, w) for w in windows(day, seasons, horizon, years)}


# --------------------------------------------------------------------------- the outlook (pure)

@dataclass(frozen=True)
class Evidence:
    year: int  # the year the window started in
    past: Past

    def said(self) -> str:
        """«cùng kỳ năm 2025: 41 bài, 12 tiêu cực, 2 vấn đề nóng: “…”; “…”»."""
        p = self.past
        text = f"cùng kỳ năm {self.year}: {number(p.articles)} bài, {number(p.tones.get('negative', 0))} tiêu cực"
        if p.issues:
            text += f", {number(len(p.issues))} vấn đề nóng: " + "; ".join(f"“{t}”" for t, _ in p.issues[:ISSUES_NAMED])
            text += "…" if len(p.issues) > ISSUES_NAMED else ""
        return text


@dataclass(frozen=True)
class Moment:
    season: Season
    first: date
    last: date
    under_way: bool
    departments: tuple[str, ...]  # lead department ids of its topics, in the order of its topics
    evidence: tuple[Evidence, ...]  # the earlier years the store holds, the latest first

    @property
    def when(self) -> str:
        """«đang diễn ra, 01/09–30/11», «từ 01/11 đến 25/11»."""
        if self.under_way:
            return f"đang diễn ra, {self.first:%d/%m}–{self.last:%d/%m}"
        return f"từ {self.first:%d/%m} đến {self.last:%d/%m}"

    @property
    def history(self) -> str:
        return "; ".join(e.said() for e in self.evidence) or NO_HISTORY


@dataclass(frozen=True)
class Outlook:
    day: date
    horizon: int
    moments: tuple[Moment, ...]
    also_hot: tuple[tuple[int, int, str], ...] = ()  # topic, year, an issue's title: hot in the same weeks then, no moment's

    @property
    def last(self) -> date:
        return self.day + timedelta(days=self.horizon - 1)


def forecast(day: date, seasons: Sequence[Season], history: Mapping[Window, Past], leads: Mapping[int, str],
             horizon: int = HORIZON_DAYS, years: int = YEARS) -> Outlook:
    """The outlook for the `horizon` days from `day`: the moments starting or under way, their lead departments
    (`leads`: topic → department id) and what `history` (read_history) holds of them in earlier years."""
    moments = tuple(moment(day, occ, history, leads, years) for occ in upcoming(day, seasons, horizon))
    return Outlook(day, horizon, moments, also_hot(day, moments, history, horizon, years))


def moment(day: date, occ: Occurrence, history: Mapping[Window, Past], leads: Mapping[int, str], years: int) -> Moment:
    evidence = []
    for k in range(1, years + 1):
        first, last = occ.earlier(k)
        past = history.get((first, last, occ.season.topics))
        if past and past.total:  # a year the store holds nothing of is no evidence, not «0 bài»
            evidence.append(Evidence(first.year, past))
    departments = tuple(dict.fromkeys(leads[t] for t in occ.season.topics if t in leads))
    return Moment(occ.season, occ.first, occ.last, occ.first <= day, departments, tuple(evidence))


def also_hot(day: date, moments: Sequence[Moment], history: Mapping[Window, Past], horizon: int,
             years: int) -> tuple[tuple[int, int, str], ...]:
    """Topics of the issues first seen in the same weeks of an earlier year that no coming moment names: the latest
    year's issue, hottest first, for each."""
    named = {t for m in moments for t in m.season.topics}
    found: dict[int, tuple[int, int, str]] = {}
    for k in range(1, years + 1):
        first = same_weeks(day, k)
        past = history.get((first, first + timedelta(days=horizon - 1), ()))
        for title, topics in past.issues if past else ():
            for t in topics:
                if t not in named and t not in found:
                    found[t] = (t, first.year, title)
    return tuple(found.values())


def outlook_of(store: Store, day: date, seasons: Sequence[Season], leads: Mapping[int, str],
               horizon: int = HORIZON_DAYS) -> Outlook:
    """The outlook from the store (the callers' one line)."""
    return forecast(day, seasons, read_history(store, day, seasons, horizon), leads, horizon)

