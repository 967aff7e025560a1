"""What is normal: the stream's own rhythm over the last weeks, by hour of day, weekday and topic.

Counts kept over a sliding window of ``days`` (the same window a restarted service replays):

- articles by hour of day and by weekday: the share of a day's flow expected in any time window, so
  three articles at night or on a Sunday weigh more than three on a Monday morning;
- per topic, new stories started and articles: how many stories a topic normally gets in a window, and
  how big a story on that topic normally grows (articles per story);
- per other surge key (a title pair, a seed phrase, a group of phrases, a pair of topics), new stories.

``surprise`` turns an observed count against an expected one into -log10 of the Poisson tail
probability: 2 means "as rare as 1 in 100", 4 "1 in 10,000".
"""
from __future__ import annotations

import math
from collections import Counter, deque
from datetime import datetime, timedelta
from typing import Any

NO_TOPIC = 0


def surprise(observed: float, expected: float, shape: float = 0.0) -> float:
    """-log10 P(X >= observed) for X ~ Poisson(expected); 0 when the count is not above what is expected.

    With ``shape`` > 0, X is negative binomial with that mean and variance expected + expected² / shape: counts
    that are large anyway (a common word) swing more than Poisson allows, rare ones hardly more."""
    if observed <= 0:
        return 0.0
    expected = max(expected, 1e-6)
    if observed <= expected:
        return 0.0
    k = int(math.ceil(observed))
    if shape > 0:
        from scipy.stats import nbinom

        return float(-nbinom.logsf(k - 1, shape, shape / (shape + expected)) / math.log(10))
    # P(X >= k) = 1 - sum_{i<k} e^-l l^i / i!, computed from the upper terms for precision.
    term = math.exp(-expected + k * math.log(expected) - math.lgamma(k + 1))
    total, i = term, k
    while term > total * 1e-12 and i < k + 1000:
        i += 1
        term *= expected / i
        total += term
    return -math.log10(max(total, 1e-300))


class Baseline:
    """Sliding counts of articles and story starts (see module docstring)."""

    def __init__(self, days: float = 28, min_days: float = 7, prior_story_size: float = 1.3, prior_weight: float = 30):
        self.span = timedelta(days=days)
        self.min_span = timedelta(days=min_days)
        self.prior_story_size, self.prior_weight = prior_story_size, prior_weight
        self.events: deque[tuple[datetime, str, tuple]] = deque()  # (time, "a"rticle | "s"tory | other "w"atched keys, keys)
        self.hours: Counter[int] = Counter()
        self.weekdays: Counter[int] = Counter()
        self.days_seen: Counter[int] = Counter()  # distinct dates per weekday in the window
        self.dates: Counter[str] = Counter()
        self.articles: Counter[int] = Counter()
        self.starts: Counter[int] = Counter()
        self.terms: Counter[tuple[str, Any]] = Counter()  # stories started with each surge key but topics
        self.first: datetime | None = None
        self._hourly: list[float] | None = None  # cleared whenever the counts change

    # ------------------------------------------------------------------ updates
    def add_article(self, at: datetime, topics: tuple[int, ...], starts_story: bool, keys: tuple[tuple[str, Any], ...] = ()) -> None:
        """Count one article (and the story it starts with its surge keys other than topics, if it does)."""
        self.first = self.first or at
        self._hourly = None
        counted = topics or (NO_TOPIC,)
        self._push(at, "a", counted)
        if starts_story:
            self._push(at, "s", counted)
            if keys:
                self._push(at, "w", keys)
        while self.events and self.events[0][0] < at - self.span:
            self._pop()

    def _push(self, at: datetime, kind: str, keys: tuple[Any, ...]) -> None:
        """Count one event: an article or a story start (its topics), or a story start's other surge keys."""
        self.events.append((at, kind, keys))
        if kind == "a":
            self.hours[at.hour] += 1
            self.weekdays[at.weekday()] += 1
            date = at.date().isoformat()
            if not self.dates[date]:
                self.days_seen[at.weekday()] += 1
            self.dates[date] += 1
            self.articles.update(keys)
        elif kind == "s":
            self.starts.update(keys)
        else:
            self.terms.update(keys)

    def _pop(self) -> None:
        at, kind, keys = self.events.popleft()
        if kind == "a":
            self.hours[at.hour] -= 1
            self.weekdays[at.weekday()] -= 1
            date = at.date().isoformat()
            self.dates[date] -= 1
            if not self.dates[date]:
                del self.dates[date]
                self.days_seen[at.weekday()] -= 1
            self.articles.subtract(keys)
        elif kind == "s":
            self.starts.subtract(keys)
        else:
            self.terms.subtract(keys)
            for k in keys:
                if self.terms[k] <= 0:
                    del self.terms[k]

    # ------------------------------------------------------------------ reads
    def ready(self, now: datetime) -> bool:
        """Whether the window holds enough history to judge topic volumes."""
        return self.first is not None and now - self.first >= self.min_span

    def days(self, now: datetime) -> float:
        if self.first is None:
            return 1.0
        return max(1.0, min(self.span, now - self.first) / timedelta(days=1))

    def _week(self) -> list[float]:
        """Expected share of an average day's articles in each hour of the week (Monday 0:00 first)."""
        if self._hourly is None:
            total = sum(self.hours.values())
            days = sum(self.days_seen.values())
            per_day = total / days if total and days else 0.0
            hour_share = [(self.hours[h] + 2.0) / (total + 48.0) for h in range(24)]
            weekday = [1.0] * 7 if not per_day else [
                (self.weekdays[d] + 3 * per_day) / (self.days_seen[d] + 3) / per_day for d in range(7)]
            self._hourly = [hour_share[h] * weekday[d] for d in range(7) for h in range(24)]
        return self._hourly

    def flow(self, start: datetime, end: datetime) -> float:
        """Expected share of an average day's articles published between start and end (hour and weekday aware)."""
        if end <= start:
            return 0.0
        week = self._week()
        hours = (end - start) / timedelta(hours=1)
        first = start.weekday() * 24 + start.hour
        into = (start.minute * 60 + start.second + start.microsecond / 1e6) / 3600
        share, done, k = 0.0, 0.0, 0
        while done < hours:
            take = min(1.0 - (into if k == 0 else 0.0), hours - done)
            share += week[(first + k) % 168] * take
            done += take
            k += 1
        return share

    def story_size(self, topic: int) -> float:
        """Articles a story on this topic usually gets (smoothed towards the prior)."""
        a, s = self.articles.get(topic, 0), self.starts.get(topic, 0)
        return (a + self.prior_story_size * self.prior_weight) / (s + self.prior_weight)

    def usual(self, key: tuple[str, Any]) -> int:
        """Stories started in the window on a topic (key ("t", id)), or with another surge key (a title term or
        seed phrase ("w", term), a pair of topics ("p", (id, id)) or a group of phrases ("g", name))."""
        kind, value = key
        return self.starts.get(value, 0) if kind == "t" else self.terms.get(key, 0)
