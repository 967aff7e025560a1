"""Hot-issue detection: articles grouped into stories, stories and topics scored, hot ones turned into issues.

``observe`` takes one classified article (in time order) and returns its story and the issues it created
or changed; ``tick`` replays the issues' lifecycles up to a time without articles. Both are deterministic
functions of what they were fed — the live service and ``diemnong backtest`` give the same answers, and
a restarted service that replays the stored articles of the last ``baseline_days`` rebuilds the same state.

Two kinds of issue:

- a story (alerting/stories.py) becomes an issue when it has ``min_articles`` articles from
  ``min_outlets`` outlets and its hotness (alerting/hotness.py) reaches ``hot_score``;
- a topic surge when a topic gets ``surge_min_stories`` distinct new stories in ``surge_hours`` from
  ``min_outlets`` outlets and that count's surprise against the topic's own baseline reaches ``surge_score`` (e.g. many unrelated
  lạm thu stories at the start of the school year). The same is done for themes finer than a topic:
  pairs of syllables of titles at ``term_surge_score`` and the office's seed phrases (data/topics.yaml)
  found in a title or lead at ``theme_surge_score`` (``đuối nước`` inside the busy safety topic), as are the
  office's groups of phrases that mean one thing (data/themes.yaml: «gian lận thi cử» is gian lận, lộ đề,
  quay cóp, thi hộ…); the fewer keys watched, the lower the threshold (topics 16, seed phrases ~170 and
  groups ~10, title pairs thousands). A topic's negative new stories are watched on their own, at
  ``negative_surge_score``: a topic turning negative (many separate accidents, many run-down schools) stands out
  while its whole volume, mostly neutral news, does not. Pairs of topics an article has together surge at
  ``pair_surge_score``: a wave worded many ways but classified alike (school fights: «an toàn trường học»
  and «công tác HSSV»; exam cheating: «Trung học» and «Thanh tra») stands out there while each topic alone
  is busy. An episode continues while the key stays high.

Topics, tone and locality from the classifier only weigh and route; grouping reads the text alone.
The detector never sets an analyst's status, assignee or notes: the store keeps those.
"""
from __future__ import annotations

import hashlib
import itertools
from bisect import insort
from collections import Counter, deque
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from typing import Any, Callable, Iterable, Mapping

from alerting.baseline import NO_TOPIC, Baseline
from alerting.hotness import Hotness, Prominence, Weights, story_hotness, surge_hotness, topic_label
from alerting.lifecycle import Life, LifeParams, advance, begin
from alerting.stories import Member, Story, StoryIndex, Themes, count_outlets
from diemnong.domain import Article, HotIssue, IssueEvent, Phase, Signal


@dataclass(frozen=True)
class DetectorParams:
    window_hours: float = 72
    story_similarity: float = 0.3
    link_similarity: float = 0.4
    title_only_scale: float = 1.3  # both similarities × this for an article without a lead (a title alone)
    min_articles: int = 3
    min_outlets: int = 2
    hot_score: float = 7.0
    escalation_factor: float = 2.0
    outlet_weight: float = 1.0
    local_weight: float = 1.5
    negative_weight: float = 1.3
    surge_score: float = 7.0
    term_surge_score: float = 8.0
    theme_surge_score: float = 7.0
    pair_surge_score: float = 6.5
    negative_surge_score: float = 7.0
    term_dispersion: float = 0.0   # title pairs' and seed phrases' counts as negative binomial with this shape (0: Poisson)
    surge_min_stories: int = 5
    group_min_stories: int = 4     # the same for a watched group of phrases (the office's own list)
    signal_share: float = 0.7      # an early signal from this share of a surge threshold (0: none)
    signal_min_stories: int = 3
    surge_hours: float = 24
    baseline_days: float = 28
    peak_hours: float = 6
    fading_share: float = 0.5
    fading_hours: float = 48
    revival_share: float = 0.75
    # a story without a focus topic is raised only when its articles' mean education relevance reaches this, and only
    # articles that reach it count in title-word surges (0: every story and article, as before the relevance model)
    education_min: float = 0.5

    @classmethod
    def from_settings(cls, settings: Any) -> DetectorParams:
        """Values of the detector.* settings (a field missing from the settings keeps its default)."""
        values = {}
        for f in fields(cls):
            value = settings.get(f"detector.{f.name}") if hasattr(settings, "get") else settings[f"detector.{f.name}"]
            if value is not None:
                values[f.name] = type(getattr(cls, f.name))(value)
        return cls(**values)

    @property
    def history_hours(self) -> float:
        """How far back a restarted service must replay articles to rebuild the same state."""
        return max(self.baseline_days * 24, self.window_hours + self.fading_hours)


SurgeKey = tuple[str, Any]  # ("t", topic), ("n", topic: negative stories), ("p", (topic, topic)), ("w", title pair or
#                             seed phrase) or ("g", group of phrases)


def mostly_in(part: set[str], whole: set[str]) -> bool:
    """Whether at least half of ``part`` is in ``whole``: the same stories, for merging surges and signals."""
    return len(part & whole) * 2 >= len(part)


@dataclass
class Surge:
    """A surge episode: the distinct stories (their first articles) that made a topic or a title term jump."""

    issue_id: str
    key: SurgeKey
    members: list[Member]
    last_hot: datetime
    signalled: datetime | None = None  # since when its stories were an early signal, if they were

    def refs(self) -> set[str]:
        return {m.ref for m in self.members}


class Detector:
    """Stories and hot issues over a stream of classified articles (see module docstring)."""

    def __init__(self, params: DetectorParams, departments_of: Mapping[int, str], always: Iterable[str] = (),
                 topic_names: Mapping[int, str] | None = None, prominence: Prominence | None = None,
                 themes: Iterable[str] = (), groups: Mapping[str, Iterable[str]] | None = None,
                 places_of: Callable[[str], frozenset[str]] | None = None, home: str = ""):
        """``places_of`` gives the provinces a title and lead name, ``home`` the one this office watches (see
        StoryIndex: two stories naming different provinces, one of them home, are two); the pipeline wires in nlp's."""
        self.p = params
        self.departments_of = dict(departments_of)
        self.always = tuple(always)
        self.names = dict(topic_names or {})
        self.prominence = prominence or Prominence()
        self.weights = Weights(params.outlet_weight, params.negative_weight, params.local_weight)
        self.life_params = LifeParams(params.peak_hours, params.fading_share, params.fading_hours, params.revival_share)
        self.index = StoryIndex(params.window_hours, params.story_similarity, params.link_similarity, params.baseline_days,
                                themes=Themes(themes, groups), title_only_scale=params.title_only_scale,
                                places_of=places_of, home=home)
        self.baseline = Baseline(params.baseline_days)
        self.issues: dict[str, HotIssue] = {}
        self.lives: dict[str, Life] = {}
        self.stories: dict[str, Story] = {}  # stories that became issues, kept after they close for their lifecycle
        self.surges: dict[str, Surge] = {}
        self.surge_of: dict[SurgeKey, str] = {}
        self._signals: dict[SurgeKey, Signal] = {}
        self.starts: dict[SurgeKey, deque[Member]] = {}
        self.now: datetime | None = None
        self._swept: datetime | None = None

    # ------------------------------------------------------------------ the stream
    def observe(self, article: Article, replay: bool = False) -> tuple[Story, list[HotIssue]]:
        """Take one article (in time order); return its story and the issues that changed.

        An article published before the latest one seen (read late: another outlet's feed, a page fetched on a retry)
        counts at its own time, and the issues it changes are judged as of the latest time seen: judged at its own
        time, the story's later articles all counted as «trong 6 giờ qua» and a backfill of old articles made an old
        story the hottest of the day.

        ``replay``: the article was stored with its story (``story_id``) and goes back to it.

        An article whose text the grouping fails on (StoryIndex.assign reads it first) raises with nothing changed.
        """
        now = max(self.now, article.published) if self.now else article.published
        match = self.index.assign(article, article.story_id if replay else "")
        self.now = now
        story, member = match.story, match.story.members[-1]
        topics = member.topics
        others = () if match.joined else self._other_keys(member)  # only a new story counts for a surge
        self.baseline.add_article(article.published, topics, starts_story=not match.joined, keys=others)
        changed: dict[str, HotIssue] = {}
        issue = self._story_issue(story, now)
        if issue:
            changed[issue.id] = issue
        if not match.joined:
            keys: list[SurgeKey] = [("t", t) for t in topics] + list(others)
            for key in keys:
                starts = self.starts.setdefault(key, deque())
                insort(starts, member, key=lambda m: m.at)  # in time order, read late or not
                while starts and starts[0].at <= now - timedelta(hours=2 * self.p.surge_hours):
                    starts.popleft()
            for key in keys:
                surge = self._surge(key, now)
                if surge:
                    changed[surge.id] = surge
            if self._swept is None or now - self._swept >= timedelta(hours=1):
                horizon = now - timedelta(hours=2 * self.p.surge_hours)
                for key in [k for k, q in self.starts.items() if not q or q[-1].at <= horizon]:
                    del self.starts[key]  # nothing recent: forget the key
                for key in [k for k, s in self._signals.items() if not self._live(s, now)]:
                    del self._signals[key]  # an early signal with no new story in the window has gone
                self._swept = now
        for moved in self.tick(now):
            changed[moved.id] = moved
        return story, list(changed.values())

    def revise(self, article: Article) -> list[HotIssue]:
        """Take an article already observed that its outlet changed in place (same URL, a new headline, text or
        classification, or one analysed again): its place in its story keeps, its headline and classification follow, as a
        restarted service replaying the stored article would have them. Returns its story's issue, changed or new."""
        story = self._story_of(article)
        member = next((m for m in story.members if m.doc_id == article.id), None) if story else None
        if story is None or member is None:
            return []
        c = article.classification
        member.title, member.url = article.title, article.url
        story.recount()  # its new headline may be one its outlet posted in the story already, or no longer
        if c is not None:
            member.topics, member.sentiment, member.local = c.topics, c.sentiment, bool(c.local)
            member.education = c.education
        # a story none of whose articles could be analysed when they came, analysed now, may be an issue now (as a
        # restart's replay would make it)
        issue = self._story_issue(story, self.now or article.published)
        return [issue] if issue else []

    def _story_of(self, article: Article) -> Story | None:
        """The story an observed article is in: an open one, or one whose issue is still followed."""
        sid = self.index.by_ref.get(article.id) or article.story_id
        return self.index.open.get(sid) or self.stories.get(sid)

    def tick(self, now: datetime) -> list[HotIssue]:
        """Replay the lifecycle of every open issue up to ``now``; return those whose phase changed."""
        changed = []
        for iid in list(self.lives):
            issue = self.issues[iid]
            life, moves = advance(self.lives[iid], self._times(iid), now, self.life_params)
            self.lives[iid] = life
            if moves:
                events = issue.events + tuple(IssueEvent(at, "phase", phase.value) for at, phase in moves)
                issue = issue.with_(phase=life.phase, events=events)
                self.issues[iid] = issue
                changed.append(issue)
            if life.phase == Phase.FADING and issue.last_seen < now - timedelta(hours=self.p.history_hours):
                self._forget(iid)
        return changed

    def resume(self, iid: str, recorded: Iterable[IssueEvent]) -> None:
        """Take up a rebuilt issue's life where the store recorded it (a restarted service, after its replay).

        The replay raises an issue when its articles, in time order, make it hot; live, it was raised when they were
        read, later for articles read late (another outlet's feed, a page fetched on a retry), so the replay's changes
        came at other times and a restart added them to the stored timeline beside the recorded ones («mới xuất hiện»
        twice). The recorded changes stand; the life goes on from the last of them."""
        phases = [e for e in recorded if e.kind == "phase"]
        if iid not in self.lives or not phases or phases[0].value != Phase.NEW.value:
            return
        times, last = self._times(iid), phases[-1]
        life, _ = advance(begin(times, phases[0].at), times, last.at, self.life_params)
        life = replace(life, phase=Phase(last.value), **({"peak_at": last.at} if last.value == Phase.RISING.value else {}))
        life, moves = advance(life, times, self.now or last.at, self.life_params)
        self.lives[iid] = life
        events = (*phases, *(IssueEvent(at, "phase", phase.value) for at, phase in moves))
        self.issues[iid] = self.issues[iid].with_(phase=life.phase, events=events)

    def _forget(self, iid: str) -> None:
        for table in (self.lives, self.issues, self.stories, self.surges):
            table.pop(iid, None)  # type: ignore[attr-defined]

    def _times(self, iid: str) -> list[datetime]:
        if iid in self.stories:
            return self.stories[iid].times()
        return [m.at for m in self.surges[iid].members]

    # ------------------------------------------------------------------ stories
    def _departments(self, topics: Iterable[int]) -> tuple[str, ...]:
        deps = [self.departments_of[t] for t in topics if t in self.departments_of]
        return tuple(dict.fromkeys([*deps, *self.always]))

    @staticmethod
    def education(story: Story) -> float:
        """Mean education relevance of the story's articles that count (1.0 for articles judged without the model)."""
        counted = story.counted
        return sum(m.education for m in counted) / len(counted) if counted else 1.0

    def hotness(self, story: Story, now: datetime) -> Hotness:
        return story_hotness(story, now, self.baseline, self.weights, self.prominence, self.names)

    def _story_issue(self, story: Story, now: datetime) -> HotIssue | None:
        existing = self.issues.get(story.id)
        if existing is None and (story.size < self.p.min_articles or story.outlet_count < self.p.min_outlets):
            return None
        topics = tuple(sorted(story.topics()))
        if existing is None and not topics and self.education(story) < self.p.education_min:
            return None  # not about education: gold prices, a tennis final (a general-news section or stream)
        hot = self.hotness(story, now)
        if existing is None and hot.score < self.p.hot_score:
            return None
        common: dict[str, Any] = dict(
            title=story.title, topics=topics, lead_departments=self._departments(topics), first_seen=story.first,
            last_seen=story.last, score=hot.score, reason=hot.reason, article_ids=story.article_ids, outlets=story.outlets,
            outlet_count=story.outlet_count, negative_share=hot.negative_share, local=hot.local,
        )
        if existing is None:
            self.stories[story.id] = story
            self.lives[story.id] = begin(story.times(), now)
            issue = HotIssue(id=story.id, events=(IssueEvent(now, "phase", Phase.NEW.value),), **common)
        else:
            issue = existing.with_(**common)
        self.issues[story.id] = issue
        return issue

    # ------------------------------------------------------------------ surges
    def _pairs(self, topics: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """The article's pairs of topics (exam cheating: «Trung học» and «Thanh tra»), watched when
        ``pair_surge_score`` is set."""
        if self.p.pair_surge_score <= 0:
            return ()
        return tuple(itertools.combinations(sorted(t for t in topics if t != NO_TOPIC), 2))

    def _other_keys(self, member: Member) -> tuple[SurgeKey, ...]:
        """A new story's surge keys besides its topics: its topics' negative turn, its pairs of topics, its title
        pairs and seed phrases, and its groups of phrases."""
        negative = tuple(("n", t) for t in member.topics if t != NO_TOPIC) \
            if member.sentiment == "negative" and self.p.negative_surge_score > 0 else ()
        # title pairs of an article not about education do not count («hà nội», «giá vàng» in a general-news stream); the
        # office's seed phrases do (a drowning told as general news is still one of the «đuối nước» the office watches)
        terms = member.terms if member.education >= self.p.education_min else \
            tuple(t for t in member.terms if t in self.index.themes.phrase_set)
        return (*negative, *(("p", pair) for pair in self._pairs(member.topics)), *(("w", w) for w in terms),
                *(("g", g) for g in member.groups))

    def _label(self, key: SurgeKey) -> str:
        kind, value = key
        if kind == "t":
            return topic_label(value, self.names)
        if kind == "n":
            return f"{topic_label(value, self.names)} (tiêu cực)"
        if kind == "p":
            return " và ".join(topic_label(t, self.names) for t in value)
        return f"«{value}»"  # a title pair, a seed phrase or a group's name

    @staticmethod
    def _tag(key: SurgeKey) -> str:
        """The key as it appears in a surge's id: the topic, "p" and the pair, or "w" (a term) or "g" (a group)
        and a hash of its text."""
        kind, value = key
        if kind == "t":
            return str(value)
        if kind == "n":
            return f"n{value}"
        if kind == "p":
            return f"p{value[0]}-{value[1]}"
        return kind + hashlib.sha1(str(value).encode()).hexdigest()[:6]

    def _threshold(self, key: SurgeKey) -> float:
        """Topics and their negative stories (16 keys each), the office's seed phrases and groups (curated lists)
        and title pairs (thousands of keys, so more chance hits) each have their own surge threshold."""
        kind, value = key
        if kind == "t":
            return self.p.surge_score
        if kind == "n":
            return self.p.negative_surge_score
        if kind == "p":
            return self.p.pair_surge_score
        if kind == "g":
            return self.p.theme_surge_score
        return self.p.theme_surge_score if value in self.index.themes.phrase_set else self.p.term_surge_score

    def _min_stories(self, key: SurgeKey) -> int:
        """Distinct new stories a surge needs: fewer for a watched group, whose phrases an office chose because
        they mean one thing, than for a topic or a title word."""
        return self.p.group_min_stories if key[0] == "g" else self.p.surge_min_stories

    def _shape(self, key: SurgeKey) -> float:
        """Title pairs and seed phrases are counted as negative binomial (``term_dispersion``): a common word
        («kiểm tra», «giáo viên») swings a lot from day to day without meaning anything, a rare one hardly more than
        Poisson allows. Topics, their pairs and the office's groups stay Poisson."""
        return self.p.term_dispersion if key[0] == "w" else 0.0

    def _surge(self, key: SurgeKey, now: datetime) -> HotIssue | None:
        """Create or extend the surge of a topic or title term when its count of new stories is surprising;
        note an early signal when the count climbs towards that point."""
        kind, value = key
        if (kind == "t" and value == NO_TOPIC) or not self.baseline.ready(now):
            return None
        starts = list(self.starts.get(key, ()))
        fewest = min(self._min_stories(key), self.p.signal_min_stories) if self.p.signal_share > 0 \
            else self._min_stories(key)
        if len(starts) < fewest and key not in self.surge_of:
            return None  # too few stories to be a surge or a signal (the common case): no need to score
        hot = surge_hotness(self._label(key), starts, self.baseline.usual(key), now, self.p.surge_hours, self.baseline,
                            self.weights, self._shape(key))
        threshold = self._threshold(key)
        issue = self._surge_episode(key, hot, threshold, starts, now)
        self._note_signal(key, hot, threshold, starts, now, surging=issue is not None)
        return issue

    def _surge_episode(self, key: SurgeKey, hot: Hotness, threshold: float, starts: list[Member],
                       now: datetime) -> HotIssue | None:
        # From ``min_outlets`` outlets, as a story: one outlet's series (a rubric, live updates) is its agenda, not a wave.
        is_hot = hot.recent >= self._min_stories(key) and hot.outlets >= self.p.min_outlets and hot.score >= threshold
        recent = timedelta(hours=self.p.surge_hours)
        surge = self.surges.get(self.surge_of.get(key, ""))
        if surge and now - surge.last_hot > recent:
            surge = None  # that episode has ended: a new one is a new issue
        if surge is None:
            if not is_hot:
                return None
            refs = {m.ref for m in starts}
            # The same stories already make another surge (a topic and its key word): one issue, not two.
            surge = next((other for other in self.surges.values() if now - other.last_hot <= recent
                          and mostly_in(refs, other.refs())), None)
            if surge is None:
                first = min(m.at for m in starts)
                surge = Surge(f"sg-{self._tag(key)}-{first:%Y%m%d%H%M}", key, [], now, self._signalled({m.doc_id for m in starts}))
                self.surges[surge.issue_id] = surge
            self.surge_of[key] = surge.issue_id
        elif hot.score < threshold / 2:
            return None
        known = surge.refs()
        surge.members.extend(m for m in starts if m.ref not in known)
        surge.members.sort(key=lambda m: (m.at, m.ref))
        surge.last_hot = now
        return self._surge_issue(surge, hot, now)

    def _surge_issue(self, surge: Surge, hot: Hotness, now: datetime) -> HotIssue:
        members = surge.members
        topics = self._key_topics(surge.key, members)
        reason = hot.reason + (f"; là tín hiệu sớm từ {surge.signalled:%H:%M %d/%m/%Y}" if surge.signalled else "")
        common: dict[str, Any] = dict(
            last_seen=members[-1].at, score=hot.score, reason=reason,
            article_ids=tuple(m.ref for m in members), outlets=tuple(dict.fromkeys(m.outlet for m in members)),
            outlet_count=count_outlets(members),
            negative_share=round(sum(m.sentiment == "negative" for m in members) / len(members), 3),
            local=any(m.local for m in members),
        )
        sid = surge.issue_id
        existing = self.issues.get(sid)
        if existing is None:
            self.lives[sid] = begin([m.at for m in members], now)
            title = f"Nhiều tin khác nhau về {self._label(surge.key)} từ {members[0].at:%d/%m/%Y}"
            issue = HotIssue(id=sid, title=title, topics=topics, lead_departments=self._departments(topics),
                             first_seen=members[0].at, kind="surge", events=(IssueEvent(now, "phase", Phase.NEW.value),),
                             **common)
        else:
            issue = existing.with_(**common)
        self.issues[sid] = issue
        return issue

    @staticmethod
    def _key_topics(key: SurgeKey, members: list[Member]) -> tuple[int, ...]:
        """A surge's topics: its key's own, or for a term or group those of at least a third of its stories."""
        kind, value = key
        if kind in ("t", "n", "p"):
            return tuple(value) if kind == "p" else (value,)
        counts = Counter(t for m in members for t in m.topics)
        return tuple(sorted(t for t, c in counts.most_common(3) if c * 3 >= len(members)))

    # ------------------------------------------------------------------ early signals
    def _note_signal(self, key: SurgeKey, hot: Hotness, threshold: float, starts: list[Member], now: datetime,
                     surging: bool) -> None:
        """Keep a key as an early signal while its score is at least ``signal_share`` of its threshold, on at least
        ``signal_min_stories`` stories, and it is not (yet, or any more) a surge."""
        share = self.p.signal_share
        if surging or share <= 0 or hot.recent < self.p.signal_min_stories or hot.score < share * threshold:
            self._signals.pop(key, None)
            return
        before = self._signals.get(key)
        first = before.first_seen if before and self._live(before, now) else now
        topics = self._key_topics(key, starts)
        self._signals[key] = Signal(
            key=self._tag(key), label=self._label(key), topics=topics, lead_departments=self._departments(topics),
            score=hot.score, threshold=threshold, first_seen=first, last_seen=now, reason=hot.reason,
            article_ids=tuple(m.doc_id for m in starts), outlets=tuple(dict.fromkeys(m.outlet for m in starts)),
            outlet_count=count_outlets(starts), negative_share=hot.negative_share, local=hot.local,
            min_stories=self._min_stories(key))

    def _live(self, sig: Signal, now: datetime) -> bool:
        """Whether a signal has had a story within the surge window (else it has gone, or a new episode begins)."""
        return now - sig.last_seen <= timedelta(hours=self.p.surge_hours)

    def _signalled(self, doc_ids: set[str]) -> datetime | None:
        """Since when stories that now surge were an early signal (a signal mostly made of them), if ever."""
        seen = [s.first_seen for s in self._signals.values() if mostly_in(set(s.article_ids), doc_ids)]
        return min(seen, default=None)

    def signals(self, now: datetime | None = None) -> list[Signal]:
        """The early signals of the last ``surge_hours``, strongest first: one per set of stories (a topic, its
        negative turn and a phrase often rise on the same stories), none for stories already in a surge issue."""
        now = now or self.now
        if now is None:
            return []
        recent = timedelta(hours=self.p.surge_hours)
        hot = [{m.doc_id for m in s.members} for s in self.surges.values() if now - s.last_hot <= recent]
        kept: list[Signal] = []
        for sig in sorted(self._signals.values(), key=lambda s: (-s.share, s.key)):
            if not self._live(sig, now):
                continue
            refs = set(sig.article_ids)
            if not any(mostly_in(refs, other) for other in [*hot, *(set(k.article_ids) for k in kept)]):
                kept.append(sig)
        return kept

    # ------------------------------------------------------------------ for messages
    def links(self, issue_id: str, n: int = 5) -> list[tuple[str, str]]:
        """The issue's most telling articles (title, url): the first one, then the most prominent outlets; an article its
        outlet posted again (a new URL and headline) once."""
        if issue_id in self.stories:
            members = self.stories[issue_id].counted
        elif issue_id in self.surges:
            members = self.surges[issue_id].members
        else:
            return []
        first, rest = members[0], members[1:]
        rest = sorted(rest, key=lambda m: (-self.prominence.of(m.outlet, m.url), m.at))
        seen, out = set(), []
        for m in [first, *rest]:
            if m.title not in seen and m.url:
                seen.add(m.title)
                out.append((m.title, m.url))
        return out[:n]

