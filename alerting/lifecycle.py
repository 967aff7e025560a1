"""The life of a hot issue, new → rising → peak → fading, read from the times of its articles.

The volume of an issue at time t is the number of its articles in the 24 hours before t. It only changes
when an article arrives or leaves that window, so the phase is replayed exactly at those moments (and at
the two timers below), whatever the times at which it is asked: the live service (asked every minute)
and a backtest (asked at each article) record the same changes at the same times.

- new: when the issue is raised;
- rising: each time the volume reaches a new maximum;
- peak: once the volume has made no new maximum for ``peak_hours``;
- fading: once the volume fell below ``fading_share`` of its maximum, or nothing came for ``fading_hours``;
- back to rising from fading when a new article takes the volume back to ``revival_share`` of its maximum
  (a second wave). The bar to come back is higher than the one to fade: with one bar, a story that runs on at
  about half its best day flapped between fading and rising with every article that came or left the window.

An article read after the moment already replayed (published before a newer article of any story was seen: a feed
polled a few minutes after another, a page fetched on a retry) counts as arriving at that moment, when it became
known: before, it was no arrival at all, so a second wave read that way never brought a fading issue back to rising,
and a new maximum it made was noted only at the next timer, hours later.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Sequence

from diemnong.domain import Phase

DAY = timedelta(hours=24)


@dataclass(frozen=True)
class LifeParams:
    peak_hours: float = 6
    fading_share: float = 0.5
    fading_hours: float = 48
    revival_share: float = 0.75


@dataclass(frozen=True)
class Life:
    """Where an issue's life stands after ``at``."""

    phase: Phase
    at: datetime  # the last moment already replayed
    peak: int  # highest 24-hour volume so far
    peak_at: datetime
    seen: int = 0  # articles published up to ``at`` when it was replayed (more now: some were read late)


def volume(times: Sequence[datetime], t: datetime) -> int:
    """Articles in the 24 hours up to and including t (times sorted)."""
    return bisect_right(times, t) - bisect_right(times, t - DAY)


def begin(times: Sequence[datetime], at: datetime) -> Life:
    """The life of an issue raised at ``at``: new, with the highest volume reached so far."""
    seen = [t for t in times if t <= at]
    best, best_at = 0, at
    for t in seen:
        v = volume(times, t)
        if v > best:
            best, best_at = v, t
    return Life(Phase.NEW, at, best, best_at, len(seen))


def advance(life: Life, times: Sequence[datetime], now: datetime, p: LifeParams) -> tuple[Life, list[tuple[datetime, Phase]]]:
    """Replay the phase from life.at to now; return the new state and each change with its exact time."""
    changes: list[tuple[datetime, Phase]] = []
    late = bisect_right(times, life.at) > life.seen
    if now < life.at or (now == life.at and not late):
        return life, changes
    if late:  # read after their time was replayed: they arrive now, at life.at
        life, phase = _step(life, times, life.at, p, arrived=True)
        if phase is not None:
            changes.append((life.at, phase))
    arrivals = times[bisect_right(times, life.at): bisect_right(times, now)]
    leaving = [t + DAY for t in times[bisect_left(times, life.at - DAY): bisect_right(times, now - DAY)] if life.at < t + DAY <= now]
    moments = sorted(set(arrivals) | set(leaving))
    state = life
    i = 0
    while True:
        timers = [state.peak_at + timedelta(hours=p.peak_hours)] if state.phase in (Phase.NEW, Phase.RISING) else []
        last = times[bisect_right(times, state.at) - 1] if bisect_right(times, state.at) else None
        if last is not None and state.phase != Phase.FADING:
            timers.append(last + timedelta(hours=p.fading_hours))
        timers = [t for t in timers if state.at < t <= now]
        nxt_moment = moments[i] if i < len(moments) else None
        candidates = [t for t in [nxt_moment, *timers] if t is not None]
        if not candidates:
            break
        t = min(candidates)
        if nxt_moment is not None and t == nxt_moment:
            i += 1
        state, phase = _step(state, times, t, p)
        if phase is not None:
            changes.append((t, phase))
    return replace(state, at=now, seen=bisect_right(times, now)), changes


def _step(state: Life, times: Sequence[datetime], t: datetime, p: LifeParams,
          arrived: bool = False) -> tuple[Life, Phase | None]:
    v = volume(times, t)
    arrived = arrived or bisect_right(times, t) > bisect_right(times, state.at)
    last_i = bisect_right(times, t) - 1
    quiet = last_i < 0 or t - times[last_i] >= timedelta(hours=p.fading_hours)
    phase = state.phase
    peak, peak_at = state.peak, state.peak_at
    if v > peak:
        peak, peak_at = v, t
        phase = Phase.RISING
    elif phase == Phase.FADING and arrived and v >= max(2, p.revival_share * peak, p.fading_share * peak):
        phase = Phase.RISING
        peak_at = t
    elif phase in (Phase.NEW, Phase.RISING) and t - peak_at >= timedelta(hours=p.peak_hours):
        phase = Phase.PEAK
    if phase != Phase.FADING and (quiet or v < p.fading_share * peak):
        phase = Phase.FADING
    new = Life(phase, t, peak, peak_at, state.seen)
    return new, (phase if phase != state.phase else None)
