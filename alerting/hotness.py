"""How hot a story or a topic is now, as a number and in Vietnamese words.

A story's score starts from how surprising its recent volume is against what a story on its topic
usually gets (``baseline.surprise`` of its articles in the last 6, 24 and 72 hours, hour-of-day and
weekday aware), adds the spread over distinct outlets (``outlet_weight`` × log2 of their number), and is
multiplied by the prominence of its most prominent outlet, by up to ``negative_weight`` for negative
coverage (the full weight from half of its articles negative, proportionally less below: one article's
tone never flips a score across a step) and by ``local_weight`` when it concerns Hậu Giang. A topic
surge scores the surprise of the number of distinct stories on the topic in the last ``surge_hours``
against the topic's usual number.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterable, Mapping, Sequence
from urllib.parse import urlsplit

from alerting.baseline import NO_TOPIC, Baseline, surprise
from alerting.messages import covered
from alerting.stories import Member, Story, count_outlets
from diemnong.config import OutletWeight
from diemnong.domain import outlet_counts
from diemnong.text import fold, number

WINDOWS = ((6, "6 giờ qua"), (24, "24 giờ qua"), (72, "3 ngày qua"))


def vn_number(value: float, digits: int = 1) -> str:
    """A number written the Vietnamese way (decimal comma)."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:.0f}"
    return text.replace(".", ",")


MEMO_SIZE = 50_000


class Prominence:
    """Outlet weights from data/prominence.yaml, matched by source name (accents ignored) or URL host."""

    def __init__(self, outlets: Iterable[OutletWeight] = ()):
        self.by_name: dict[str, float] = {}
        self.by_domain: dict[str, float] = {}
        self._memo: dict[tuple[str, str], float] = {}
        for o in outlets:
            for n in o.names:
                self.by_name[fold(n).strip()] = o.prominence
            for d in o.domains:
                self.by_domain[d.lower().removeprefix("www.")] = o.prominence

    def of(self, source: str, url: str = "") -> float:
        """The weight of an article's outlet. Remembered: a story's score weighs every article it has each time one
        joins, so a story of a thousand articles asked this half a million times (minutes of a replay)."""
        key = (source, url)
        if (known := self._memo.get(key)) is not None:
            return known
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()  # bounded in a service that runs for years; refilled by the stories open now
        self._memo[key] = weight = self._weigh(source, url)
        return weight

    def _weigh(self, source: str, url: str) -> float:
        name = fold(source or "").strip()
        if name in self.by_name:
            return self.by_name[name]
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
        while host:
            if host in self.by_domain:
                return self.by_domain[host]
            host = host.partition(".")[2]
        return 1.0


@dataclass(frozen=True)
class Weights:
    outlet_weight: float = 1.0
    negative_weight: float = 1.3
    local_weight: float = 1.5


@dataclass(frozen=True)
class Hotness:
    score: float
    reason: str
    recent: int  # articles in the window that made the score
    outlets: int
    negative_share: float
    local: bool


def _negative_share(members: Sequence[Member]) -> float:
    return sum(m.sentiment == "negative" for m in members) / max(1, len(members))


def topic_label(topic: int, names: Mapping[int, str]) -> str:
    """«Topic name» for a message (a topic without a name: "chủ đề này")."""
    return f"«{names[topic]}»" if topic in names else "chủ đề này"


def story_kind(topic: int, names: Mapping[int, str]) -> str:
    """How a story of this topic is named in a reason: "về «…»", or outside the focus topics."""
    return "ngoài các chủ đề trọng tâm" if topic == NO_TOPIC else f"về {topic_label(topic, names)}"


def story_hotness(story: Story, now: datetime, baseline: Baseline, w: Weights, prominence: Prominence,
                  names: Mapping[int, str]) -> Hotness:
    """The score of a story now and why, in words (see module docstring)."""
    topics = story.topics()
    topic = topics[0] if topics else NO_TOPIC
    size = baseline.story_size(topic)
    per_day = max(0.05, size - 1.0)  # extra articles a story usually gets in a day
    times = story.times()
    best, best_window, best_n = 0.0, WINDOWS[1], 0
    for hours, label in WINDOWS:
        start = now - timedelta(hours=hours)
        n = sum(1 for t in times if t > start)
        extra = n - (1 if story.first > start else 0)
        s = surprise(extra, per_day * baseline.flow(start, now))
        if s > best or (hours == 24 and best == 0):
            best, best_window, best_n = s, (hours, label), n
    members = story.counted
    weights = sorted(((prominence.of(m.outlet, m.url), m.outlet) for m in members), reverse=True)
    prom = weights[0][0] if weights else 1.0
    neg = _negative_share(members)
    local = any(m.local for m in members)
    score = (best + w.outlet_weight * math.log2(max(1, story.outlet_count))) * prom
    in_window = f"{number(best_n)} bài trong {best_window[1]}"
    volume = in_window if best_n == story.size else f"{number(story.size)} bài, {in_window}"
    reasons = [f"{volume}, trong khi một câu chuyện {story_kind(topic, names)} thường chỉ có {vn_number(size)} bài"]
    big = list(dict.fromkeys(o for p, o in weights if p >= 1.3))[:3]
    reasons.append(_carried(story.outlets, story.outlet_count) + (f", có {', '.join(big)}" if big else ""))
    score = _tone_and_place(score, neg, local, w, reasons)
    return Hotness(round(score, 2), "; ".join(reasons), best_n, story.outlet_count, round(neg, 3), local)


def _carried(outlets: Sequence[str], count: int, unit: str = "bài") -> str:
    """«3 cơ quan báo chí đưa tin», with the articles no outlet's name came with said apart as the alert's «Quy mô» says
    them («1 cơ quan báo chí và 2 bài không rõ cơ quan đăng đưa tin»): ``count`` (each such article an outlet of its
    own, see count_outlets) is what min_outlets and the score weigh, unchanged."""
    return f"{covered(*outlet_counts(outlets, count), unit)} đưa tin"


def tone_factor(neg: float, weight: float) -> float:
    """The multiplier for a share of negative articles: ``weight`` from one half up, linear from 1 below."""
    return 1.0 + (weight - 1.0) * min(1.0, max(0.0, neg) / 0.5)


def _tone_and_place(score: float, neg: float, local: bool, w: Weights, reasons: list[str]) -> float:
    """The score multiplied for negative coverage and for Hậu Giang, each with its reason added."""
    score *= tone_factor(neg, w.negative_weight)
    if neg >= 0.25:
        reasons.append(f"{round(neg * 100)}% bài mang sắc thái tiêu cực")
    if local:
        score *= w.local_weight
        reasons.append("liên quan Hậu Giang")
    return score


def surge_hotness(label: str, starts: Sequence[Member], usual: int, now: datetime, hours: float, baseline: Baseline,
                  w: Weights, shape: float = 0.0) -> Hotness:
    """The score of a topic or title term from the distinct stories it got lately (their first articles).

    ``usual`` is the number of such stories over the baseline window; the expected number in a window
    follows the stream's hour-of-day and weekday rhythm, and the surge itself is not its own baseline.
    The count is judged over ``hours`` and over half and twice that window; the most surprising counts.
    """
    per_day = max(0, usual - sum(1 for m in starts if m.at > now - timedelta(hours=2 * hours))) / baseline.days(now)
    best: tuple[float, float, list[Member], float] = (-1.0, hours, [], 0.1)
    for span in (hours / 2, hours, 2 * hours):
        start = now - timedelta(hours=span)
        recent = [m for m in starts if m.at > start]
        expected = max(0.1, per_day * baseline.flow(start, now))
        s = surprise(len(recent), expected, shape)
        if s > best[0]:
            best = (s, span, recent, expected)
    score, span, recent, expected = best
    neg = _negative_share(recent)
    local = any(m.local for m in recent)
    outlets = count_outlets(recent)
    reasons = [f"{number(len(recent))} câu chuyện khác nhau về {label} trong {vn_number(span, 0)} giờ qua, "
               f"gấp {vn_number(len(recent) / expected)} lần mức thường ({vn_number(expected)} vào khoảng thời gian này)",
               _carried([m.outlet for m in recent], outlets, "tin")]
    score = _tone_and_place(score, neg, local, w, reasons)
    return Hotness(round(score, 2), "; ".join(reasons), len(recent), outlets, round(neg, 3), local)
