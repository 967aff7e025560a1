"""Health of each source as the crawler left it: last success, error rate, articles per day.

Read through the store only (the crawler's saved states and the articles' counts), so the dashboard
can call :func:`source_health` like any other query.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Sequence

from diemnong.config import Source
from diemnong.domain import SourceState
from store.base import Store

STALE_FACTOR = 3  # a source is stale when it has not succeeded for this many poll intervals


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
