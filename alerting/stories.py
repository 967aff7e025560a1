"""Stories: articles about one event, grouped as they arrive, so ten outlets reprinting one story are one story.

An article joins the recent story it is most similar to, judged on the words of its title (counted
twice) and lead, weighted by their rarity (idf) over the last days of the stream:

- a syndicated copy joins at once: same ``duplicate_of`` as a member (set by the crawlers when they know
  it), or the same title once accents, case and punctuation are ignored;
- otherwise it joins when its cosine similarity to one member reaches ``link_similarity`` (near-duplicate
  or close follow-up) or to the story's centroid reaches ``story_similarity`` (same event, other words);
- but by title or likeness, an article about the office's province does not join a story whose titles and leads
  name only other provinces, nor the other way round (``Story.elsewhere``): a «quỹ lớp» complaint in Hà Nội and one
  in Vị Thanh worded alike are two events.

Candidate stories are found through an inverted index of their uncommon words, so the cost of an
article does not grow with the number of open stories. Member vectors are frozen when they join (idf of
that moment), which keeps the grouping a deterministic function of the stream: a restarted service that
replays the same recent articles rebuilds the same stories with the same ids.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable, Iterable, Mapping

from diemnong.domain import UNKNOWN_OUTLET, Article, Reposts, distinct_outlets, repost_keys
from diemnong.text import fold, split_lead

TOKEN = re.compile(r"\w+(?:[.,]\d+)*", re.U)
FOLDED_WORD = re.compile(r"[a-z0-9]+")
STOP = frozenset(
    "và của là có các những được cho với trong khi này đã để không một tại từ theo về như đến cũng ra lại sẽ "
    "nhiều đó thì trên sau bị do năm ngày hơn nhưng vào mới còn đang nên tới vì nay rất ông bà đây đều "
    "mà hay hoặc nếu cần phải việc vẫn chỉ qua gì ai nào sao đi làm bởi the".split()
)
Vector = dict[str, float]


def title_and_lead(article: Article) -> tuple[str, str]:
    """An article's title and lead (sapo; without one, the first paragraph as the models read it:
    ``diemnong.text.split_lead``), from its segmented text when present. The rest of the body is left out:
    it is where boilerplate lives."""
    seg = article.segmented or "\n".join(p for p in (article.title, article.summary, article.text) if p)
    lines = [line for line in seg.split("\n") if line.strip()]
    if not lines:
        return "", ""
    lead_lines = sum(1 for line in article.summary.split("\n") if line.strip())
    if lead_lines:
        return lines[0], " ".join(lines[1:1 + lead_lines])
    return lines[0], split_lead("\n".join(lines[1:]))[0]


def words(article: Article, lead_chars: int = 600) -> Counter[str]:
    """Content words of an article's title (counted twice) and lead (see title_and_lead)."""
    head, lead = title_and_lead(article)
    lead = lead[:lead_chars]
    found = [w.lower() for w in TOKEN.findall(head)] * 2 + [w.lower() for w in TOKEN.findall(lead)]
    return Counter(w for w in found if w not in STOP and (len(w) >= 3 if w.isdigit() else len(w) > 1))


SYLLABLE = re.compile(r"[^\W\d_]+", re.U)
WORD = re.compile(r"\w+", re.U)


def title_terms(article: Article) -> tuple[str, ...]:
    """Pairs of neighbouring syllables of the title (``lạm thu``, ``dạy thêm``, ``đuối nước``), read the same
    however the segmenter split them: the themes a topic-free surge is counted on."""
    head = (article.segmented or article.title).split("\n", 1)[0].lower()
    syllables = SYLLABLE.findall(head.replace("_", " "))
    pairs = (f"{a} {b}" for a, b in zip(syllables, syllables[1:]) if a not in STOP and b not in STOP)
    return tuple(dict.fromkeys(pairs))


class Themes:
    """The office's seed phrases (data/topics.yaml) found in an article's title or lead: finer themes than
    its topics (``đuối nước`` inside the broad safety topic), counted by the same surge as title pairs.

    ``groups`` (data/themes.yaml) name themes worded many ways: an article with any phrase of a group counts
    for the group («bạo lực, xâm hại học sinh»: bạo hành, xâm hại, đánh bạn, bắt nạt…), so a wave of unrelated
    stories that share a meaning but no phrase still adds up.
    """

    def __init__(self, phrases: Iterable[str] = (), groups: Mapping[str, Iterable[str]] | None = None):
        self.phrases = tuple(dict.fromkeys(p.strip().lower() for p in phrases if p.strip()))
        self.phrase_set = frozenset(self.phrases)
        self.group_of: dict[str, list[str]] = {}
        for name, members in (groups or {}).items():
            for p in dict.fromkeys(m.strip().lower() for m in members if m.strip()):
                self.group_of.setdefault(p, []).append(name)
        every = tuple(dict.fromkeys(self.phrases + tuple(self.group_of)))
        self._pattern = (re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in every) + r")(?!\w)", re.U)
                         if every else None)
        self._one = {p: re.compile(r"(?<!\w)" + re.escape(p) + r"(?!\w)", re.U) for p in every}
        # A phrase can only match where its first word is a whole word of the text: only those are tried.
        self._by_first: dict[str, list[str]] = {}
        for p in every:
            first = WORD.match(p)
            self._by_first.setdefault(first.group() if first else "", []).append(p)

    def match(self, article: Article) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The seed phrases and the groups found in the title or lead (segmented, tone marks normalised, when
        present), in catalog order."""
        if self._pattern is None:
            return (), ()
        head = " ".join(title_and_lead(article)).replace("_", " ").lower()
        if not self._pattern.search(head):
            return (), ()
        words = set(WORD.findall(head)) | {""}
        tried = {p for w in words for p in self._by_first.get(w, ())}
        hits = [p for p, rx in self._one.items() if p in tried and rx.search(head)]
        groups = tuple(dict.fromkeys(g for p in hits for g in self.group_of.get(p, ())))
        return tuple(p for p in hits if p in self.phrase_set), groups


def _folded_key(text: str) -> str:
    key = " ".join(FOLDED_WORD.findall(fold(text)))
    return hashlib.sha1(key.encode()).hexdigest()[:16] if len(key) >= 12 else ""


def split_label(title: str) -> tuple[str, str]:
    """A title's leading label and the rest ("Hà Nội: Học sinh …" → "Hà Nội", "Học sinh …"); no label: "", the title."""
    if ":" in title[:30]:
        label, body = title.split(":", 1)
        return label, body
    return "", title


def title_key(title: str) -> str:
    """The title without accents, case, punctuation or a leading place label ("Hà Nội: ..."): reprints share it."""
    return _folded_key(split_label(title)[1])


def title_index_keys(title: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys a title is indexed under and the keys it looks up, so that a reprint with a label added or dropped
    ("Hà Nội: X" and "X") finds its story while two titles that differ only by their labels do not: the label is often
    the event and the rest a common phrase («Vụ cô giáo đánh học sinh: Sở GD&ĐT vào cuộc», «Vụ lạm thu ở Cầu Giấy: Sở
    GD&ĐT vào cuộc»)."""
    label, body = split_label(title)
    whole, rest = _folded_key(title), _folded_key(body)
    if not label:
        return (("f" + whole,), ("f" + whole, "b" + whole)) if whole else ((), ())
    own = tuple(k for k in ("f" + whole if whole else "", "b" + rest if rest else "") if k)
    return own, tuple(k for k in ("f" + whole if whole else "", "f" + rest if rest else "") if k)


class DocFreq:
    """Document frequencies over a sliding window of days, for idf weights that forget old news."""

    def __init__(self, days: float):
        self.span = timedelta(days=days)
        self.df: Counter[str] = Counter()
        self.docs: deque[tuple[datetime, frozenset[str]]] = deque()

    def add(self, at: datetime, terms: Iterable[str]) -> None:
        terms = frozenset(terms)
        self.docs.append((at, terms))
        self.df.update(terms)
        while self.docs and self.docs[0][0] < at - self.span:
            _, old = self.docs.popleft()
            self.df.subtract(old)
            for t in old:
                if self.df[t] <= 0:
                    del self.df[t]

    @property
    def n(self) -> int:
        return len(self.docs)

    def idf(self, term: str) -> float:
        """BM25's idf: a word in most recent articles (an outlet's boilerplate, "học sinh") weighs almost nothing."""
        df = self.df.get(term, 0)
        return math.log(1.0 + (self.n - df + 0.5) / (df + 0.5))


def unit(counts: Counter[str], df: DocFreq) -> Vector:
    """A tf·idf vector of length one (sublinear tf)."""
    vec = {w: (1.0 + math.log(c)) * df.idf(w) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {w: v / norm for w, v in vec.items()} if norm else {}


def dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[w] for w, v in a.items() if w in b)


def count_outlets(members: Iterable[Member]) -> int:
    """Distinct outlets among some members, each one whose outlet is unknown counted as its own (distinct_outlets)."""
    return distinct_outlets(m.outlet for m in members)


@dataclass
class Member:
    ref: str
    doc_id: str
    title: str
    url: str
    outlet: str
    at: datetime
    vector: Vector
    topics: tuple[int, ...] = ()
    sentiment: str = "neutral"
    local: bool = False
    terms: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    text_of: str = ""  # the article whose text this one is: its ``duplicate_of`` (a copy), else its own id
    repeat: bool = False  # its outlet already had this article in the story (see keys)
    places: frozenset[str] = frozenset()  # the provinces its title and lead name (StoryIndex's ``places_of``)
    education: float = 1.0  # probability that it is about education (Classification.education)

    @property
    def keys(self) -> frozenset[tuple[str, str, str]]:
        """What it counts once under in its story (domain.repost_keys): one outlet's article posted again under another
        URL with the same text (the crawler's copy detection gave both one ``duplicate_of``: an outlet re-posting its
        story every hour under a new headline, an http and an https link), or under the same headline (a title-only
        feed re-listing it, with no text or a short lead to detect a copy by)."""
        return repost_keys(self.outlet, self.text_of, self.title)


@dataclass
class Story:
    """Articles about one event, in the order they arrived. An outlet's article posted again (``Member.repeat``) stays a
    member, but counts once: one outlet re-posting its story every hour does not make it bigger or hotter."""

    id: str
    first: datetime
    last: datetime
    members: list[Member] = field(default_factory=list)
    centroid: Vector = field(default_factory=dict)
    norm2: float = 0.0
    places: set[str] = field(default_factory=set)  # the provinces its members name
    reposts: Reposts[Member] = field(default_factory=Reposts)  # its members by their keys (Member.keys)

    @property
    def title(self) -> str:
        return self.members[0].title if self.members else ""

    @property
    def counted(self) -> list[Member]:
        """The members that count: each outlet's article once, however often it was posted."""
        return [m for m in self.members if not m.repeat]

    @property
    def size(self) -> int:
        return len(self.counted)

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(m.ref for m in self.counted)

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.outlet for m in self.members))

    @property
    def outlet_count(self) -> int:
        return count_outlets(self.members)

    def times(self) -> list[datetime]:
        """Its articles' times in time order (the lifecycle bisects them), whatever order they arrived in: an outlet's
        feed read after another's, a restarted service replaying in any order."""
        return sorted(m.at for m in self.counted)

    def topics(self) -> tuple[int, ...]:
        """Topics of at least a third of the members that count (at most three, most common first)."""
        counts = Counter(t for m in self.counted for t in m.topics)
        ranked = sorted(counts, key=lambda t: (-counts[t], t))
        return tuple(t for t in ranked[:3] if counts[t] * 3 >= self.size)

    def add(self, member: Member) -> None:
        self._count(member)
        for w, v in member.vector.items():
            self.norm2 += 2 * self.centroid.get(w, 0.0) * v + v * v
            self.centroid[w] = self.centroid.get(w, 0.0) + v
        self.members.append(member)
        self.places |= member.places
        self.first, self.last = min(self.first, member.at), max(self.last, member.at)

    def _count(self, member: Member) -> None:
        """Mark the repeats: a member is one when its outlet posted its article in the story earlier (a key in common,
        directly or through its other posts: domain.Reposts), and a member that counted is one once an earlier post of
        it arrives (a feed read late), so a story counts the same whatever order its members came in."""
        member.repeat = False
        for m in self.reposts.add(member, member.keys, (member.at, member.doc_id)):
            m.repeat = True

    def recount(self) -> None:
        """Mark the repeats again (a member's headline changed in place)."""
        self.reposts = Reposts()
        for m in self.members:
            self._count(m)

    def elsewhere(self, places: frozenset[str], home: str = "") -> bool:
        """Whether an article naming `places` is about another place: both name provinces, none in common, and (given
        the office's `home` province) one of them is home. One that names none (a reprint without its place label) or a
        story that names none fits either way; with a home, so do one province's and another's take on a national
        event («Hà Nội khai giảng», «TP.HCM khai giảng»), which concern the office alike."""
        apart = bool(places) and bool(self.places) and not self.places & places
        return apart and (not home or home in places or home in self.places)

    def centroid_cosine(self, vec: Vector) -> float:
        return dot(vec, self.centroid) / math.sqrt(self.norm2) if self.norm2 > 0 else 0.0

    def member_cosine(self, vec: Vector, recent: int = 30) -> float:
        return max((dot(vec, m.vector) for m in self.members[-recent:]), default=0.0)


@dataclass(frozen=True)
class Match:
    story: Story
    joined: bool  # False: the article started this story
    similarity: float
    how: str  # "new", "duplicate_of", "title", "member", "centroid"


class StoryIndex:
    """Open stories of the last ``window_hours`` and the article → story lookups that group new articles."""

    def __init__(self, window_hours: float, story_similarity: float, link_similarity: float, idf_days: float = 28,
                 common_share: float = 0.05, themes: Themes | None = None, title_only_scale: float = 1.0,
                 places_of: Callable[[str], frozenset[str]] | None = None, home: str = ""):
        self.places_of = places_of  # the provinces a title and lead name (``nlp.locality.provinces_named``), if given
        self.home = home  # the office's province: only a story of home and one of elsewhere are kept apart
        self.themes = themes or Themes()
        self.title_only_scale = title_only_scale  # both thresholds × this for an article given with its title alone
        self.window = timedelta(hours=window_hours)
        self.story_similarity, self.link_similarity = story_similarity, link_similarity
        self.df = DocFreq(idf_days)
        self.common_share = common_share
        self.open: dict[str, Story] = {}
        self.by_term: dict[str, set[str]] = {}
        self.by_ref: dict[str, str] = {}
        self.by_title: dict[str, str] = {}

    def _close_old(self, now: datetime) -> list[Story]:
        closed = [s for s in self.open.values() if s.last < now - self.window]
        for story in closed:
            del self.open[story.id]
            for w in story.centroid:
                ids = self.by_term.get(w)
                if ids is not None:
                    ids.discard(story.id)
                    if not ids:
                        del self.by_term[w]
            for m in story.members:
                self.by_ref.pop(m.ref, None)
                self.by_ref.pop(m.doc_id, None)
                for key in title_index_keys(m.title)[0]:
                    if self.by_title.get(key) == story.id:
                        del self.by_title[key]
        return closed

    def _candidates(self, vec: Vector) -> list[str]:
        """Open stories that share an uncommon word with the article and could reach a threshold.

        By Cauchy-Schwarz, the cosine of the article with any vector is at most the length of the article's
        part on the words they share; words too common to be indexed are counted as if shared.
        """
        limit = max(3, self.common_share * self.df.n)
        common = 0.0
        shared: dict[str, float] = {}
        for w, v in vec.items():
            if self.df.df.get(w, 0) <= limit:
                for sid in self.by_term.get(w, ()):
                    shared[sid] = shared.get(sid, 0.0) + v * v
            else:
                common += v * v
        floor = min(self.story_similarity, self.link_similarity) ** 2
        return sorted(sid for sid, mass in shared.items() if mass + common >= floor)

    def assign(self, article: Article, story_id: str = "") -> Match:
        """Put an article in its story (joining the most similar open one, or starting one).

        With ``story_id`` (a restarted service replaying what it stored), the article goes to that story
        whatever the order it is replayed in: the grouping it got the first time is kept.

        What is read from the article's text (its words, themes, provinces, title keys) is read before the index
        changes: an article whose text one of them fails on (a fault on odd text) leaves the index as it was.
        """
        now = article.published
        counts, (phrases, groups), terms = words(article), self.themes.match(article), title_terms(article)
        places, (own_keys, lookups) = self._places(article), title_index_keys(article.title)
        self._close_old(now)
        self.df.add(now, counts)
        vec = unit(counts, self.df)
        c = article.classification
        member = Member(article.ref, article.id, article.title, article.url, article.source.strip() or UNKNOWN_OUTLET, now, vec,
                        c.topics if c else (), c.sentiment if c else "neutral", bool(c and c.local),
                        tuple(dict.fromkeys(terms + phrases)), groups, article.duplicate_of or article.id, places=places,
                        education=c.education if c else 1.0)
        if story_id:
            match = Match(self.open[story_id], True, 1.0, "stored") if story_id in self.open else None
            story = match.story if match else Story(story_id, now, now)
        else:
            match = self._find(article, vec, places, 1.0 if title_and_lead(article)[1] else self.title_only_scale, lookups)
            story = match.story if match else Story("st-" + hashlib.sha1(article.ref.encode()).hexdigest()[:12], now, now)
        story.add(member)
        self.open[story.id] = story
        for w in vec:
            self.by_term.setdefault(w, set()).add(story.id)
        self.by_ref[article.ref] = self.by_ref[article.id] = story.id
        for key in own_keys:
            self.by_title.setdefault(key, story.id)
        return match or Match(story, False, 1.0, "new")

    def _places(self, article: Article) -> frozenset[str]:
        return self.places_of(" ".join(title_and_lead(article)).replace("_", " ")) if self.places_of else frozenset()

    def _find(self, article: Article, vec: Vector, places: frozenset[str] = frozenset(), scale: float = 1.0,
              lookups: tuple[str, ...] = ()) -> Match | None:
        """The open story the article belongs to, if any. A title alone is a short vector in which one shared name
        («Bộ trưởng Phùng Xuân Nhạ», «thi THPT quốc gia») weighs as much as a whole lead, so its thresholds are
        ``scale`` times higher. A story about another province (``Story.elsewhere``) is joined only as a known copy."""
        story_similarity, link_similarity = self.story_similarity * scale, self.link_similarity * scale
        if article.duplicate_of and self.by_ref.get(article.duplicate_of) in self.open:
            story = self.open[self.by_ref[article.duplicate_of]]
            original = next((m for m in story.members if article.duplicate_of in (m.ref, m.doc_id)), None)
            # Trusted with a little agreement of title and lead: a shared body template is not a copy.
            if original is not None and dot(vec, original.vector) >= self.story_similarity / 2:
                return Match(story, True, 1.0, "duplicate_of")
        for key in lookups:  # the title's lookup keys (title_index_keys)
            if self.by_title.get(key) in self.open and not self.open[self.by_title[key]].elsewhere(places, self.home):
                return Match(self.open[self.by_title[key]], True, 1.0, "title")
        best: Match | None = None
        for sid in self._candidates(vec):
            story = self.open[sid]
            if story.elsewhere(places, self.home):
                continue
            member, centroid = story.member_cosine(vec), story.centroid_cosine(vec)
            # Through the centroid only with some likeness to one member too: a big, diffuse story must
            # not swallow every article that shares its common words (chaining).
            if member >= link_similarity or (centroid >= story_similarity and member >= story_similarity / 2):
                sim, how = max((member, "member"), (centroid, "centroid"))
                if best is None or sim > best.similarity:
                    best = Match(story, True, sim, how)
        return best
