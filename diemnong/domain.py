"""Domain types shared by every stage: what an article, its classification, a hot issue and an alert are.

These are plain dataclasses with no behaviour beyond conversion to and from JSON-ready dicts, so the
store, the crawlers, the NLP functions and the alerting layer can exchange them without importing
one another.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime
from enum import Enum
from typing import Any, Generic, Iterable, Mapping, Sequence, TypeVar
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
SENTIMENTS = ("negative", "neutral", "positive")
UNKNOWN_OUTLET = "(không rõ)"  # an article whose outlet neither its source nor its url tells
TOPIC_IDS = tuple(range(1, 17))


def distinct_outlets(names: Iterable[str]) -> int:
    """How many outlets some articles came from, by their outlets' names; each article whose outlet is unknown counts
    as its own (a stream given without sources or links: most such articles come from different outlets, and one for
    all of them would never let a story reach two)."""
    names = list(names)
    return len({n for n in names if n != UNKNOWN_OUTLET}) + names.count(UNKNOWN_OUTLET)


def outlets_and_unnamed(articles_by_outlet: Mapping[str, int]) -> tuple[int, int]:
    """How many outlets have a name, and how many articles have none (stored as UNKNOWN_OUTLET, or blank by an older
    version), in some articles by outlet: a month's coverage, or one story's, as the monthly report says them. Those
    articles are no outlets to count there: ten unnamed articles are not ten more outlets, so they are said apart (the
    detector counts each as its own outlet, to let a story without sources reach two: distinct_outlets)."""
    named = sum(1 for s, n in articles_by_outlet.items() if n and s.strip() not in ("", UNKNOWN_OUTLET))
    return named, sum(n for s, n in articles_by_outlet.items() if s.strip() in ("", UNKNOWN_OUTLET))


TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng (NFD)
HEADLINE_CHARS = 12  # a shorter headline («Tin mới», «Thông báo») may be an outlet's label for anything


def _syllable_key(word: str) -> str:
    """A syllable with its tone mark at the end, wherever it was written (hoà and hòa are «hoa» and a grave)."""
    chars = unicodedata.normalize("NFD", word)
    tone = "".join(c for c in chars if c in TONE_MARKS)
    return unicodedata.normalize("NFC", "".join(c for c in chars if c not in TONE_MARKS)) + tone


def headline_key(title: str) -> str:
    """A headline as an outlet re-lists it: its words in NFC, case, punctuation and where the tone marks sit ignored
    («Hoà Bình: HỌC SINH…» is «Hòa Bình – học sinh…»); letters and marks otherwise kept («thu» is not «thủ»). Empty for a
    headline too short to tell an article by."""
    words = re.findall(r"\w+", unicodedata.normalize("NFC", title).lower())
    key = " ".join(_syllable_key(w) for w in words)
    return key if len(key) >= HEADLINE_CHARS else ""


def repost_keys(outlet: str, text_id: str, title: str = "") -> frozenset[tuple[str, str, str]]:
    """What an outlet's article counts once under: its outlet and the article whose text it is (its copy detection's
    ``duplicate_of``, else its own id), and its outlet and its headline (headline_key), so the outlet posting that text
    again under a new URL or headline, or that headline again with no text or a short lead (a feed's title-only item,
    too short for copy detection), is no second article. Two articles are one when they share a key; other outlets'
    copies share none (syndication spreads a story). No key for an unknown outlet (each such article its own, as in
    distinct_outlets, and one given none)."""
    outlet = outlet.strip()
    if outlet in ("", UNKNOWN_OUTLET):
        return frozenset()
    head = headline_key(title)
    return frozenset(k for k in ((outlet, "text", text_id), (outlet, "headline", head)) if k[2])


RepostKey = tuple[str, str, str]
T = TypeVar("T")


class Reposts(Generic[T]):
    """An outlet's article counted once however often it posted it: items whose keys (repost_keys) connect them, one
    shared key at a time (A's headline is B's, B's text is C's: A and C are one too), are one group, and the group's
    first post, the earliest (its time, then its id: the ``rank`` given), is the one that counts. The same groups and
    the same firsts whatever order the items come in: a feed read late, a restarted service replaying in another
    order."""

    def __init__(self) -> None:
        self._parent: dict[RepostKey, RepostKey] = {}  # union-find over the keys
        self._first: dict[RepostKey, tuple[Any, T]] = {}  # a group's root key → its first post's rank and the post

    def add(self, item: T, keys: Iterable[RepostKey], rank: Any) -> list[T]:
        """Add an item by its keys and its rank (the lowest is its group's first post). Returns the items that no longer
        count, the item itself among them when it is not its group's first post; an item with no key always counts."""
        roots = list(dict.fromkeys(self._root(k) for k in sorted(keys)))
        if not roots:
            return []
        posts = [self._first.pop(r) for r in roots if r in self._first] + [(rank, item)]
        for r in roots[1:]:
            self._parent[r] = roots[0]
        first = min(posts, key=lambda p: p[0])
        self._first[roots[0]] = first
        return [p[1] for p in posts if p is not first]

    def _root(self, key: RepostKey) -> RepostKey:
        root = self._parent.setdefault(key, key)
        while self._parent[root] != root:
            root = self._parent[root]
        while key != root:  # path compression
            self._parent[key], key = root, self._parent[key]
        return root


def outlets_total(outlets: Sequence[str], count: int = 0) -> int:
    """How many outlets covered an issue or signal: the count the detector gave (alerting/stories.py: count_outlets, in
    which each article that no source or link names is an outlet of its own), else the names (kept before it was)."""
    return count or len(outlets)


UNNAMED = "không rõ cơ quan đăng"  # an article no outlet's name came with, in every message, page and monthly report


def outlet_counts(outlets: Sequence[str], total: int = 0) -> tuple[int, int]:
    """How many of an issue's (or signal's) outlets have a name, and how many of its articles have none: the detector
    counts each such article as an outlet of its own (``total``, see outlets_total), the alerts, their reasons and the
    dashboard count them apart."""
    named = sum(1 for o in dict.fromkeys(outlets) if o.strip() not in ("", UNKNOWN_OUTLET))
    return named, max(0, outlets_total(outlets, total) - named)


def doc_id(canonical_url: str) -> str:
    """Return the stable document id of an article: a hash of its canonical URL, http and https alike."""
    key = canonical_url.split("://", 1)[1] if canonical_url.startswith(("http://", "https://")) else canonical_url
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def local_time(value: datetime) -> datetime:
    """Return an aware datetime in Asia/Ho_Chi_Minh (naive input is taken as local time)."""
    return value.replace(tzinfo=TZ) if value.tzinfo is None else value.astimezone(TZ)


class TimeOutOfRange(ValueError):
    """A time written correctly but outside what a datetime holds (or, for an input line, 1990–2100 as seconds)."""


def parse_time(value: str | datetime | None) -> datetime | None:
    """Parse an ISO 8601 timestamp into an aware local datetime; None stays None. A time past what a local datetime
    holds raises TimeOutOfRange, any other text ValueError."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return local_time(value)
    if not isinstance(value, str):
        raise TypeError(f"not an ISO 8601 time: {value!r}")
    text = value.strip().replace("Z", "+00:00")
    if text.endswith("z"):  # RFC 3339 allows a lower-case z for UTC; fromisoformat does not
        text = text[:-1] + "+00:00"
    try:
        return local_time(datetime.fromisoformat(text))
    except OverflowError:  # e.g. 9999-12-31T23:59:59+00:00, past the last local time
        raise TimeOutOfRange(f"time out of range: {value!r}") from None


@dataclass(frozen=True)
class Classification:
    """What the NLP stage says about one article."""

    topics: tuple[int, ...] = ()
    topic_scores: dict[int, float] = field(default_factory=dict)
    sentiment: str = "neutral"
    sentiment_scores: dict[str, float] = field(default_factory=dict)
    local: bool = False
    places: tuple[str, ...] = ()
    explanations: dict[str, list[str]] = field(default_factory=dict)
    # Probability that the article is about education at all (nlp/relevance.py); 1.0 without the model, and for
    # rows stored before it: a store's history reads as it did.
    education: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        # "education" only when the model says less than sure: the rows (and content hashes) of articles judged
        # without it stay as they were
        sure = {} if self.education >= 1.0 else {"education": round(self.education, 4)}
        return sure | {
            "topics": list(self.topics),
            "topic_scores": {str(k): round(v, 4) for k, v in self.topic_scores.items()},
            "sentiment": self.sentiment,
            "sentiment_scores": {k: round(v, 4) for k, v in self.sentiment_scores.items()},
            "local": self.local,
            "places": list(self.places),
            "explanations": self.explanations,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Classification:
        return cls(
            topics=tuple(int(t) for t in data.get("topics", ())),
            topic_scores={int(k): float(v) for k, v in data.get("topic_scores", {}).items()},
            sentiment=data.get("sentiment", "neutral"),
            sentiment_scores={k: float(v) for k, v in data.get("sentiment_scores", {}).items()},
            local=bool(data.get("local", False)),
            places=tuple(data.get("places", ())),
            explanations=dict(data.get("explanations", {})),
            education=float(data.get("education", 1.0)),
        )


@dataclass(frozen=True)
class Article:
    """One news article as stored: identity, text, provenance and (once processed) classification."""

    url: str
    title: str
    source: str
    published: datetime
    summary: str = ""
    text: str = ""
    author: str = ""
    image: str = ""
    external_id: str = ""
    fetched: datetime | None = None
    segmented: str = ""
    story_id: str = ""
    duplicate_of: str = ""
    status: str = "complete"  # "complete", or "feed-only" while the page is still to be fetched
    classification: Classification | None = None
    link: str = ""  # where the page is fetched: the link as published (``url`` is its canonical form); "" = at ``url``

    @property
    def page_url(self) -> str:
        """The address the article's page is requested at."""
        return self.link or self.url

    @property
    def id(self) -> str:
        return doc_id(self.url)

    @property
    def ref(self) -> str:
        """The id a user gave this article (input id), else the document id."""
        return self.external_id or self.id

    def with_(self, **changes: Any) -> Article:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "classification"}
        data["id"] = self.id
        data["published"] = self.published.isoformat()
        data["fetched"] = self.fetched.isoformat() if self.fetched else None
        data["classification"] = self.classification.to_dict() if self.classification else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        kwargs["published"] = parse_time(data["published"])
        kwargs["fetched"] = parse_time(data.get("fetched"))
        if data.get("classification"):
            kwargs["classification"] = Classification.from_dict(data["classification"])
        return cls(**kwargs)


class Phase(str, Enum):
    """Where a hot issue is in its life, as measured from its coverage."""

    NEW = "new"
    RISING = "rising"
    PEAK = "peak"
    FADING = "fading"


class Status(str, Enum):
    """What the office has done about an issue."""

    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    RESPONDING = "responding"
    CLOSED = "closed"


@dataclass(frozen=True)
class IssueEvent:
    """One change in an issue's life: a phase change by the detector or a status change by an analyst."""

    at: datetime
    kind: str  # "phase" | "status" | "note" | "assign" | "resend" (given-up alerts put back in the queue)
    value: str
    who: str = ""
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "at": self.at.isoformat()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IssueEvent:
        return cls(**{**data, "at": parse_time(data["at"])})


@dataclass(frozen=True)
class HotIssue:
    """A story (or a topic-wide surge) judged hot, with why, how big and what has been done."""

    id: str
    title: str
    topics: tuple[int, ...]
    lead_departments: tuple[str, ...]
    first_seen: datetime
    last_seen: datetime
    score: float
    reason: str
    article_ids: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()  # distinct names: UNKNOWN_OUTLET once however many articles nothing names
    negative_share: float = 0.0
    local: bool = False
    kind: str = "story"  # "story" or "surge"
    phase: Phase = Phase.NEW
    status: Status = Status.NEW
    assignee: str = ""
    alert_level: int = -1  # -1: never alerted; 0: first alert sent; n: n escalations
    alerted_size: int = 0  # articles in the issue when it was last alerted
    events: tuple[IssueEvent, ...] = ()
    outlet_count: int = 0  # distinct outlets as the reason counts them (see outlets_total); 0: stored before it was kept

    @property
    def outlets_total(self) -> int:
        return outlets_total(self.outlets, self.outlet_count)

    def with_(self, **changes: Any) -> HotIssue:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(
            first_seen=self.first_seen.isoformat(),
            last_seen=self.last_seen.isoformat(),
            topics=list(self.topics),
            lead_departments=list(self.lead_departments),
            article_ids=list(self.article_ids),
            outlets=list(self.outlets),
            phase=self.phase.value,
            status=self.status.value,
            events=[e.to_dict() for e in self.events],
        )
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HotIssue:
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        kwargs.update(
            first_seen=parse_time(data["first_seen"]),
            last_seen=parse_time(data["last_seen"]),
            topics=tuple(data.get("topics", ())),
            lead_departments=tuple(data.get("lead_departments", ())),
            article_ids=tuple(data.get("article_ids", ())),
            outlets=tuple(data.get("outlets", ())),
            phase=Phase(data.get("phase", "new")),
            status=Status(data.get("status", "new")),
            events=tuple(IssueEvent.from_dict(e) for e in data.get("events", ())),
        )
        return cls(**kwargs)


@dataclass(frozen=True)
class Signal:
    """An early signal: a topic, theme or term whose new stories are climbing towards its surge threshold but
    have not reached it. Shown to analysts as a forecast; never alerted."""

    key: str  # the surge key's tag, as in a surge issue's id ("4", "n10", "p3-13", "g…", "w…")
    label: str
    topics: tuple[int, ...]
    lead_departments: tuple[str, ...]
    score: float
    threshold: float
    first_seen: datetime  # when the key first reached the signal level in this episode
    last_seen: datetime
    reason: str = ""
    article_ids: tuple[str, ...] = ()  # the document id of each recent story's first article
    outlets: tuple[str, ...] = ()
    negative_share: float = 0.0
    local: bool = False
    min_stories: int = 5  # distinct new stories its key needs to surge (fewer for a watched group)
    outlet_count: int = 0  # as HotIssue's

    @property
    def outlets_total(self) -> int:
        return outlets_total(self.outlets, self.outlet_count)

    @property
    def id(self) -> str:
        """Stable for one episode of the key: what an analyst forwards to the lead departments, once."""
        return f"sig-{self.key}-{self.first_seen.astimezone(TZ):%Y%m%d%H%M}"

    @property
    def share(self) -> float:
        """How far along to an alert: score ÷ threshold."""
        return self.score / self.threshold if self.threshold > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(first_seen=self.first_seen.isoformat(), last_seen=self.last_seen.isoformat(), topics=list(self.topics),
                    lead_departments=list(self.lead_departments), article_ids=list(self.article_ids),
                    outlets=list(self.outlets))
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Signal:
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        kwargs.update(first_seen=parse_time(data["first_seen"]), last_seen=parse_time(data["last_seen"]),
                      topics=tuple(data.get("topics", ())), lead_departments=tuple(data.get("lead_departments", ())),
                      article_ids=tuple(data.get("article_ids", ())), outlets=tuple(data.get("outlets", ())))
        return cls(**kwargs)


@dataclass(frozen=True)
class Alert:
    """One message to one recipient about one issue, kept in the outbox until delivered."""

    key: str  # issue id + recipient + kind + level: the same alert is never queued twice
    issue_id: str
    department: str
    recipient: str
    channel: str  # "email" | "webhook"
    kind: str  # "new" | "escalation" | "digest" | "report" | "signal" (an early signal an analyst forwarded)
    subject: str
    body: str
    raised_at: datetime
    payload: dict[str, Any] = field(default_factory=dict)
    # "pending" | "sending" (claimed) | "sent" | "failed" (given up) | "digested" (folded into a digest) | "replaced"
    # (given up, then re-sent to its department's new address as another alert: see resent()) | "withheld" (about the
    # demo's made-up stories, queued by an older version: never sent, see Service.adopt_demo)
    state: str = "pending"
    attempts: int = 0
    next_attempt: datetime | None = None
    sent_at: datetime | None = None
    error: str = ""
    # Each time it was given up and put back in the queue by a person: {"at", "by", "attempts", "error", "recipient",
    # "key", and "moved_to" (addresses) on a replaced alert}; oldest first. The outbox's own retries are not listed.
    resends: list[dict[str, Any]] = field(default_factory=list)

    def with_(self, **changes: Any) -> Alert:
        return replace(self, **changes)

    def given_up(self, now: datetime, by: str) -> dict[str, Any]:
        """What a re-send by a person keeps of this alert as it was given up (an entry of ``resends``)."""
        return {"at": now.isoformat(), "by": by, "attempts": self.attempts, "error": self.error,
                "recipient": self.recipient, "key": self.key}

    def requeued(self, now: datetime, by: str = "") -> Alert:
        """This given-up alert back in the queue as if new (pending, no attempts, due now), the way it was given up kept
        in ``resends``. Same key, so the same Message-ID / Idempotency-Key."""
        return self.with_(state="pending", attempts=0, next_attempt=now, sent_at=None, error="",
                          resends=[*self.resends, self.given_up(now, by)])

    def moved(self, now: datetime, by: str, targets: Sequence[str]) -> Alert:
        """This alert once it went to its department's new addresses as their own alerts: 'replaced', not due any more,
        the way it was left and where it went kept in ``resends``."""
        return self.with_(state="replaced", next_attempt=None,
                          resends=[*self.resends, {**self.given_up(now, by), "moved_to": list(targets)}])

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("raised_at", "next_attempt", "sent_at"):
            value = getattr(self, name)
            data[name] = value.isoformat() if value else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Alert:
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}  # a field a later version added is left out
        for name in ("raised_at", "next_attempt", "sent_at"):
            kwargs[name] = parse_time(data.get(name))
        return cls(**kwargs)


@dataclass(frozen=True)
class SourceState:
    """What the crawler remembers about one source between runs."""

    name: str
    etag: str = ""
    last_modified: str = ""
    cursor: str = ""
    last_attempt: datetime | None = None
    last_success: datetime | None = None
    last_error: str = ""
    attempts: int = 0
    failures: int = 0
    articles: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # outcomes since the first poll, by reason
    recent: str = ""  # the last polls, oldest first: "1" succeeded, "0" failed (for the error rate)
    # Until when its host asked (a Retry-After longer than crawler.max_retry_wait_seconds) to be left alone, as the last
    # poll saw it: a restart forgot the wait (crawlers/fetcher.py: HostClock.cooling) and asked the host again at once.
    held_until: datetime | None = None
    held_host: str = ""  # the host that asked it: after a redirect (apex → www, a CDN) not the source's own ("": its own)

    def with_(self, **changes: Any) -> SourceState:
        return replace(self, **changes)
