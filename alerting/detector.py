"""Hot-issue detection: articles grouped into stories, stories scored, hot ones turned into issues.

The detector keeps a sliding window of recent stories in memory. ``observe`` takes one classified
article (in time order) and returns the issues it created or changed; ``tick`` ages issues
(fading) when time passes without articles. Both are deterministic functions of what they are fed,
so the live service and ``diemnong backtest`` give the same answers.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Iterable, Mapping

from diemnong.domain import Article, HotIssue, IssueEvent, Phase

WORD = re.compile(r"[^\W\d_][\w]*", re.U)
STOP = frozenset(
    "và của là có các những được cho với trong khi này đã để không một người tại từ theo về như đến cũng "
    "ra lại sẽ nhiều đó thì trên sau bị do năm ngày hơn nhưng vào mới còn đang nên tới vì nay rất ông bà".split()
)


@dataclass(frozen=True)
class DetectorParams:
    window_hours: float = 72
    story_similarity: float = 0.35
    min_articles: int = 4
    min_outlets: int = 2
    hot_score: float = 6.0
    escalation_factor: float = 2.0
    local_weight: float = 2.0
    negative_weight: float = 1.5
    surge_z: float = 4.0
    fading_hours: float = 48

    @classmethod
    def from_settings(cls, settings: object) -> DetectorParams:
        get = getattr(settings, "__getitem__")
        return cls(**{f: type(getattr(cls, f))(get(f"detector.{f}")) for f in cls.__dataclass_fields__})


def tokens(article: Article) -> Counter[str]:
    """Content words of an article's title (counted twice) and lead, from its segmented text when present."""
    seg = article.segmented or f"{article.title}\n{article.summary}"
    lines = seg.split("\n")
    head = " ".join(lines[:1])
    lead = " ".join(lines[1:3])[:600]
    words = [w.lower() for w in WORD.findall(head)] * 2 + [w.lower() for w in WORD.findall(lead)]
    return Counter(w for w in words if w not in STOP and len(w) > 1)


@dataclass
class Story:
    id: str
    title: str
    first: datetime
    last: datetime
    vector: Counter[str] = field(default_factory=Counter)
    article_ids: list[str] = field(default_factory=list)
    times: list[datetime] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    topics: Counter[int] = field(default_factory=Counter)
    negatives: int = 0
    locals: int = 0

    def add(self, article: Article, vec: Counter[str]) -> None:
        self.vector.update(vec)
        self.article_ids.append(article.ref)
        self.times.append(article.published)
        self.outlets.append(article.source)
        self.last = max(self.last, article.published)
        c = article.classification
        if c:
            self.topics.update(c.topics)
            self.negatives += c.sentiment == "negative"
            self.locals += c.local


class Detector:
    """Stories and hot issues over a stream of classified articles (see module docstring)."""

    def __init__(self, params: DetectorParams, departments_of: Mapping[int, str], always: Iterable[str] = ()):
        self.p = params
        self.departments_of = dict(departments_of)
        self.always = tuple(always)
        self.stories: dict[str, Story] = {}
        self.df: Counter[str] = Counter()
        self.docs = 0
        self.issues: dict[str, HotIssue] = {}
        self.topic_days: dict[int, Counter[str]] = defaultdict(Counter)
        self.recent: deque[tuple[datetime, str]] = deque()
        self.started: datetime | None = None

    # -------------------------------------------------------------- similarity
    def _idf(self, word: str) -> float:
        return math.log((1 + self.docs) / (1 + self.df[word])) + 1.0

    def _cosine(self, a: Counter[str], b: Counter[str]) -> float:
        if not a or not b:
            return 0.0
        dot = sum(a[w] * b[w] * self._idf(w) ** 2 for w in a if w in b)
        na = math.sqrt(sum((v * self._idf(w)) ** 2 for w, v in a.items()))
        nb = math.sqrt(sum((v * self._idf(w)) ** 2 for w, v in b.items()))
        return dot / (na * nb) if na and nb else 0.0

    def _expire(self, now: datetime) -> None:
        horizon = now - timedelta(hours=self.p.window_hours)
        while self.recent and self.recent[0][0] < horizon:
            _, sid = self.recent.popleft()
            story = self.stories.get(sid)
            if story and story.last < horizon:
                del self.stories[sid]

    def assign(self, article: Article) -> Story:
        """Put an article in the most similar recent story, or start a new one."""
        self._expire(article.published)
        vec = tokens(article)
        self.docs += 1
        self.df.update(set(vec))
        best, best_sim = None, self.p.story_similarity
        for story in self.stories.values():
            sim = self._cosine(vec, story.vector)
            if sim >= best_sim:
                best, best_sim = story, sim
        if best is None:
            sid = "st-" + hashlib.sha1(article.ref.encode()).hexdigest()[:12]
            best = Story(sid, article.title, article.published, article.published)
            self.stories[sid] = best
        best.add(article, vec)
        self.recent.append((article.published, best.id))
        return best

    # -------------------------------------------------------------- scoring
    def score(self, story: Story, now: datetime) -> tuple[float, str]:
        """Hotness of a story now, and the reason in Vietnamese."""
        since = now - timedelta(hours=48)
        recent = [i for i, t in enumerate(story.times) if t >= since]
        n = len(recent)
        outlets = len({story.outlets[i] for i in recent})
        neg_share = story.negatives / max(1, len(story.article_ids))
        local = story.locals > 0
        score = n + 1.5 * max(0, outlets - 1)
        reasons = [f"{n} bài trong 48 giờ", f"{outlets} cơ quan báo chí"]
        if neg_share >= 0.5:
            score *= self.p.negative_weight
            reasons.append(f"{round(neg_share * 100)}% bài mang sắc thái tiêu cực")
        if local:
            score *= self.p.local_weight
            reasons.append("liên quan Hậu Giang")
        return round(score, 2), ", ".join(reasons)

    def _phase(self, story: Story, now: datetime, previous: Phase) -> Phase:
        day = timedelta(hours=24)
        last_day = sum(1 for t in story.times if t > now - day)
        day_before = sum(1 for t in story.times if now - 2 * day < t <= now - day)
        if now - story.last > timedelta(hours=self.p.fading_hours):
            return Phase.FADING
        if previous == Phase.NEW and last_day <= day_before and day_before:
            return Phase.PEAK
        if last_day > day_before and previous in (Phase.NEW, Phase.RISING):
            return Phase.RISING
        if last_day < day_before:
            return Phase.PEAK if previous in (Phase.NEW, Phase.RISING) else previous
        return previous

    def _departments(self, topics: Iterable[int]) -> tuple[str, ...]:
        deps = [self.departments_of[t] for t in topics if t in self.departments_of]
        return tuple(dict.fromkeys([*deps, *self.always]))

    # -------------------------------------------------------------- the stream
    def observe(self, article: Article) -> tuple[Story, list[HotIssue]]:
        """Take one article (in time order); return its story and the issues that changed."""
        story = self.assign(article)
        now = article.published
        self.started = self.started or now
        changed = []
        issue = self._story_issue(story, now)
        if issue:
            changed.append(issue)
        surge = self._surge(article, now)
        if surge:
            changed.append(surge)
        return story, changed

    def _story_issue(self, story: Story, now: datetime) -> HotIssue | None:
        score, reason = self.score(story, now)
        existing = self.issues.get(story.id)
        outlets = tuple(dict.fromkeys(story.outlets))
        if existing is None:
            if len(story.article_ids) < self.p.min_articles or len(set(story.outlets)) < self.p.min_outlets or score < self.p.hot_score:
                return None
            topics = tuple(t for t, _ in story.topics.most_common(3) if story.topics[t] * 3 >= len(story.article_ids))
            issue = HotIssue(
                id=story.id, title=story.title, topics=tuple(sorted(topics)), lead_departments=self._departments(topics),
                first_seen=story.first, last_seen=story.last, score=score, reason=reason,
                article_ids=tuple(story.article_ids), outlets=outlets,
                negative_share=round(story.negatives / len(story.article_ids), 3), local=story.locals > 0,
                events=(IssueEvent(now, "phase", Phase.NEW.value),),
            )
        else:
            phase = self._phase(story, now, existing.phase)
            events = existing.events + ((IssueEvent(now, "phase", phase.value),) if phase != existing.phase else ())
            issue = existing.with_(
                last_seen=story.last, score=max(score, existing.score if existing.phase != Phase.FADING else 0), reason=reason,
                article_ids=tuple(story.article_ids), outlets=outlets, phase=phase, events=events,
                negative_share=round(story.negatives / len(story.article_ids), 3), local=story.locals > 0,
            )
        self.issues[story.id] = issue
        return issue

    def _surge(self, article: Article, now: datetime) -> HotIssue | None:
        """A topic whose volume today far exceeds its own recent daily baseline."""
        if not article.classification or self.started is None or now - self.started < timedelta(days=7):
            return None  # no baseline yet
        day = now.date().isoformat()
        for topic in article.classification.topics:
            days = self.topic_days[topic]
            days[day] += 1
            history = [days.get((now - timedelta(days=d)).date().isoformat(), 0) for d in range(1, 29)]
            mean = sum(history) / len(history)
            z = (days[day] - mean) / math.sqrt(mean + 1.0)
            if days[day] >= 6 and z >= self.p.surge_z:
                iid = f"sg-{topic}-{day}"
                if iid in self.issues:
                    issue = self.issues[iid].with_(last_seen=now, article_ids=self.issues[iid].article_ids + (article.ref,),
                                                   score=round(max(self.issues[iid].score, z * 2), 2))
                else:
                    issue = HotIssue(
                        id=iid, title=f"Tin về chủ đề {topic} tăng đột biến ngày {now:%d/%m/%Y}", topics=(topic,),
                        lead_departments=self._departments((topic,)), first_seen=now, last_seen=now,
                        score=round(z * 2, 2), reason=f"{days[day]} bài trong ngày, gấp {days[day] / max(mean, 0.5):.1f} lần mức thường ({mean:.1f}/ngày)",
                        article_ids=(article.ref,), outlets=(article.source,), kind="surge",
                        events=(IssueEvent(now, "phase", Phase.NEW.value),),
                    )
                self.issues[iid] = issue
                return issue
        return None

    def tick(self, now: datetime) -> list[HotIssue]:
        """Age issues without new articles; return those whose phase changed."""
        changed = []
        for iid, issue in list(self.issues.items()):
            if issue.phase != Phase.FADING and now - issue.last_seen > timedelta(hours=self.p.fading_hours):
                issue = issue.with_(phase=Phase.FADING, events=issue.events + (IssueEvent(now, "phase", Phase.FADING.value),))
                self.issues[iid] = issue
                changed.append(issue)
        return changed
