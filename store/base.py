"""The store interface every backend implements, and the query language they share.

Exceptions::

    StoreError                 the store cannot do what was asked
    ├── QuerySyntaxError       a search query cannot be understood (message in Vietnamese for users)
    └── StoreUnavailable       the backend cannot be reached or written (disk full, read-only, down)

The query language: words are all required (``hoc phi``), ``"quoted phrases"`` match in order,
``-word`` or ``-"phrase"`` excludes, ``a OR b`` accepts either, ``truon*`` (``"giao duc*"``) takes the syllable before
the star as a prefix. As boolean search is often typed, ``AND``
between words changes nothing and ``NOT word`` is ``-word`` (in capitals; ``and``/``not`` are words). Matching ignores case and accents
(``dao tao`` finds ``đào tạo``) while exact accents rank higher where the backend can rank.
"""
from __future__ import annotations

import abc
import base64
import hashlib
import html
import json
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence, TypeVar

from diemnong.domain import Alert, Article, HotIssue, IssueEvent, Signal, SourceState, Status
from diemnong.text import fold, name_key, nfc


class StoreError(RuntimeError):
    """The store cannot do what was asked."""


class QuerySyntaxError(StoreError, ValueError):
    """A search query cannot be understood."""


class StoreUnavailable(StoreError):
    """The backend cannot be reached or written."""


# What both stores refuse, in one wording each (the dashboard and the command line show them): they cannot drift.
def no_issue(issue_id: str) -> str:
    """A change asked of an issue the store does not hold."""
    return f"không có vấn đề nóng '{issue_id}' trong kho; tải lại danh sách vấn đề nóng rồi chọn lại"


def unknown_step(step: object) -> str:
    """A story timeline asked by a step that is not one of STEPS."""
    return f"không có bước thời gian {step!r} cho diễn biến; dùng một trong {', '.join(STEPS)}"


def not_a_status_change(issue_id: str, kind: str) -> str:
    """Store.set_issue_status_if asked to record an event that is no status change."""
    return f"vấn đề {issue_id}: chỉ ghi có điều kiện được sự kiện đổi trạng thái, không phải sự kiện {kind!r}"


def alert_key_changed(key: str, new_key: str) -> str:
    """A change of an alert that would store it under another key (Store.change_alert)."""
    return f"cảnh báo {key}: thay đổi không được đổi khóa của cảnh báo (thành {new_key}); giữ khóa cũ hoặc xếp cảnh báo mới"


# --------------------------------------------------------------------------- queries

@dataclass(frozen=True)
class Filters:
    """Restrictions shared by search, counts and aggregates."""

    since: datetime | None = None
    until: datetime | None = None
    topics: tuple[int, ...] = ()  # any of these; 0 means "no focus topic"
    sentiments: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    local: bool | None = None
    story_id: str = ""
    ids: tuple[str, ...] = ()


PAGE_MAX = 1000  # the most results one search page holds (both stores)


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    filters: Filters = field(default_factory=Filters)
    sort: str = "newest"  # "newest" | "oldest" | "relevance"
    limit: int = 20
    cursor: str = ""  # opaque, from SearchPage.next_cursor
    highlight: bool = True  # False: hits without highlights (an export or the command line shows none; 3/4 of the cost)
    total: int | None = None  # the total already counted by a walk's first page (pages): the later ones do not count it


@dataclass(frozen=True)
class Hit:
    article: Article
    score: float = 0.0
    highlights: dict[str, str] = field(default_factory=dict)  # HTML-escaped text with <mark>…</mark>


@dataclass(frozen=True)
class SearchPage:
    total: int
    hits: list[Hit]
    next_cursor: str = ""


@dataclass(frozen=True)
class Bucket:
    day: str  # YYYY-MM-DD in Asia/Ho_Chi_Minh
    topic: int | None  # 0 = no focus topic; None in a count by day × tone alone (aggregate(by_topic=False))
    sentiment: str
    count: int


STEPS = ("h", "6h", "D", "W")  # a story timeline's steps: an hour, six hours, a day, a week from Monday (local time)


@dataclass(frozen=True)
class TimelineCell:
    """A story's articles of one outlet, in one time step, of one tone (Store.story_timeline)."""

    source: str
    start: datetime  # the step's first instant, in Asia/Ho_Chi_Minh
    sentiment: str  # "" for articles not classified
    count: int
    first_title: str  # the title of the earliest of these articles
    first_published: datetime


@dataclass(frozen=True)
class UpsertResult:
    inserted: list[str] = field(default_factory=list)  # document ids new to the store
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- query language

Phrase = tuple[str, ...]  # folded words; the last may end with PREFIX ("truon*": any word beginning with «truon»)
PREFIX = "*"
# The fewest letters before a star. Two are an initial consonant (th, tr, ng) and one is a letter: each matches nearly
# every article, and counting them took 1.5 s (th*) and 3.2 s (c*) at 100,000 articles (benchmarks/scale.py's store,
# load 8–12), ten times that at a million; three (tha*, ngh*, tru*) took 0.2–0.5 s, and a whole word 0.05 s.
PREFIX_MIN = 3


@dataclass(frozen=True)
class ParsedQuery:
    must: tuple[tuple[Phrase, ...], ...] = ()  # each clause: any of its phrases
    exclude: tuple[Phrase, ...] = ()

    @property
    def words(self) -> set[str]:
        return {w for clause in self.must for phrase in clause for w in phrase}

    @property
    def phrases(self) -> set[Phrase]:
        """What a match shows: each wanted word, and each quoted phrase (or «GD&ĐT», «lạm-thu») as a whole."""
        return {phrase for clause in self.must for phrase in clause}

    @property
    def empty(self) -> bool:
        return not self.must and not self.exclude


TOKEN = re.compile(r'(-?)"([^"]*)"?\*?|(\S+)')  # a star after a closing quote belongs to its phrase
WORD = re.compile(r"[^\W_]+")  # letters and digits: «_» parts words, as both indices read it («học_phí» is «học phí»)
# The quotes a phone keyboard's smart punctuation types, and text pasted from news or Word carries: a phrase all the same.
QUOTES = str.maketrans({q: '"' for q in "\u201c\u201d\u201e\u201f\u2033\u301d\u301e\uff02"})
# What a pasted text may hold that shows nothing: zero-width spaces and joiners, a word joiner, a byte order mark, a soft
# hyphen. A box holding only these looks empty, and is taken as empty (every article), not as a query with no word.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def query_tokens(text: str) -> Iterator[re.Match[str]]:
    """The query's tokens: -sign, quoted phrase, bare word (TOKEN's groups), with “typographic” quotes as "straight"."""
    return TOKEN.finditer((text or "").translate(QUOTES))


# The examples the errors give mean what they seem to: OR and NOT take one word or one "quoted phrase" each side.
OR_HELP = 'Từ OR phải đứng giữa hai từ khóa, ví dụ: "lạm thu" OR "học phí"'
NOT_HELP = 'Sau NOT cần từ cần loại trừ, ví dụ: học phí NOT "tuyển sinh"'
GROUP_HELP = ('Dấu ngoặc đơn không nhóm từ khóa: OR chỉ nối hai từ hoặc hai "cụm từ" đứng kề nó, '
              'ví dụ: "học phí" OR "lạm thu" Hậu Giang')


def _grouped_or(text: str) -> bool:
    """Whether a query joins with OR and has (parentheses) around words: «(học phí OR lạm thu)» is read as
    học AND (phí OR lạm) AND thu, not what it shows (without OR, parentheses of a pasted text are punctuation)."""
    bare = [m.group(3).lstrip("-") for m in query_tokens(text) if m.group(3)]
    return "OR" in bare and any(b.startswith("(") or b.endswith(")") for b in bare)


PREFIX_HELP = "Cần ít nhất {n} chữ cái trước dấu * (ví dụ: truon* tìm «trường», «trưởng»); «{typed}» khớp gần như mọi bài"


def _phrase(text: str) -> Phrase:
    """The folded words of a token; a star after its last word (``truon*``, ``"giao duc*"``, ``"giao duc"*``) makes
    that word a prefix."""
    folded = fold(text)
    words = [(m.group(0), m.end()) for m in WORD.finditer(folded)]
    if not words or PREFIX not in folded[words[-1][1]:]:
        return tuple(w for w, _ in words)
    if len(words[-1][0]) < PREFIX_MIN:
        raise QuerySyntaxError(PREFIX_HELP.format(n=PREFIX_MIN, typed=text.strip(' -"')))
    return (*(w for w, _ in words[:-1]), words[-1][0] + PREFIX)


def word_fits(word: str, wanted: str) -> bool:
    """Whether a folded word of a text is a query's word: the same, or beginning with a prefix («truong» fits «truon*»)."""
    return word.startswith(wanted[:-1]) if wanted.endswith(PREFIX) else word == wanted


T = TypeVar("T")


def once(items: Iterable[T]) -> list[T]:
    """Each item once, where it first comes: a pasted paragraph repeats its words (634 words, 181 different), and
    searching each again costs time (3.4 s → 1 s at 100k on SQLite) and clauses (Elasticsearch's limit) for the same
    matches. Both stores' queries are de-duplicated by this."""
    return list(dict.fromkeys(items))


def parse_query(text: str) -> ParsedQuery:
    """Parse the user's search syntax into required clauses and exclusions."""
    if _grouped_or(text):
        raise QuerySyntaxError(GROUP_HELP)
    must: list[list[Phrase]] = []
    exclude: list[Phrase] = []
    join_next = negate_next = False
    for m in query_tokens(text):
        neg, quoted, bare = m.group(1), m.group(2), m.group(3)
        if bare in ("AND", "NOT"):  # AND: every word is required anyway; NOT: the next word or phrase is excluded
            negate_next = negate_next or bare == "NOT"
            continue
        if bare is not None and bare == "OR":
            if not must or join_next:
                raise QuerySyntaxError(OR_HELP)
            join_next = True
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            neg, bare = "-", bare[1:]
        neg, negate_next = neg or ("-" if negate_next else ""), False
        phrase = _phrase(m.group(0) if quoted is not None else bare)  # the quotes, and a star after them
        if not phrase:
            continue
        if neg:
            exclude.append(phrase)
        elif join_next:
            must[-1].append(phrase)
        else:
            must.append([phrase])
        join_next = False
    if join_next:
        raise QuerySyntaxError(OR_HELP)
    if negate_next:
        raise QuerySyntaxError(NOT_HELP)
    if exclude and not must:
        raise QuerySyntaxError("Cần ít nhất một từ khóa cần tìm bên cạnh từ loại trừ (-từ)")
    if not must and (text or "").translate(INVISIBLE).strip():  # «?», «😡», «*»: not every article, as if nothing were typed
        raise QuerySyntaxError("Từ khóa không có chữ hay số nào để tìm; để trống ô từ khóa để xem mọi bài")
    return ParsedQuery(tuple(once(tuple(c) for c in must)), tuple(once(exclude)))


def _matches(folded: str, phrases: Iterable[str | Phrase]) -> list[tuple[int, int, Phrase]]:
    """(start, end, phrase) of each place a phrase (a word alone, or words one after another) is in a folded text: a
    phrase is found whole, never its words apart («lạm thu» is not the «thu» of «thu nhập»); the longest first."""
    wanted: dict[str, list[Phrase]] = {}
    prefixed: list[Phrase] = []  # those beginning with a prefix (a word alone, «truon*»)
    for p in {(p,) if isinstance(p, str) else tuple(p) for p in phrases if p}:
        (prefixed if p[0].endswith(PREFIX) else wanted.setdefault(p[0], [])).append(p)
    for alts in wanted.values():
        alts.sort(key=len, reverse=True)
    prefixed.sort(key=len, reverse=True)
    tokens = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(folded)]

    def fits(i: int, p: Phrase) -> bool:
        return len(tokens) - i >= len(p) and all(word_fits(t[2], w) for t, w in zip(tokens[i : i + len(p)], p))

    found, i = [], 0
    while i < len(tokens):
        hit = next((p for p in (*wanted.get(tokens[i][2], ()), *prefixed) if fits(i, p)), None)
        if hit:
            found.append((tokens[i][0], tokens[i + len(hit) - 1][1], hit))
        i += len(hit) if hit else 1
    return found


def _best_window(found: list[tuple[int, int, Phrase]], limit: int) -> int:
    """Of the windows of `limit` characters starting a third of it before a match, the one (its match's index) showing
    the most different words; of those, the one where they are all found closest to its match; then the earliest.
    The matches are in order and apart, so each window's are a run of them (two pointers: linear, not quadratic)."""
    runs, lo, hi = [], 0, 0
    for a, _, _ in found:
        begin = max(0, a - limit // 3)
        while hi < len(found) and found[hi][1] <= begin + limit:
            hi += 1
        while found[lo][0] < begin:
            lo += 1
        runs.append((lo, hi, {w for _, _, w in found[lo:hi]}))
    most = max(len(words) for _, _, words in runs)

    def spread(i: int) -> int:  # from the window's match to where its words are all found
        seen: set[Phrase] = set()
        for _, b, w in found[i : runs[i][1]]:
            seen.add(w)
            if seen == runs[i][2]:
                return b - found[i][0]
        return limit + 1 if runs[i][2] else 0

    return min((i for i, run in enumerate(runs) if len(run[2]) == most), key=lambda i: (spread(i), i))


def highlight(text: str, words: Iterable[str | Phrase], limit: int = 0) -> str:
    """HTML-escape text and wrap the words and phrases of the query (matched without accents) in <mark>.

    With limit > 0, return a window of about that many characters around the matches: the window that
    shows the most different query words, so that a word found further on is not left out; of those, the one where
    they stand closest together («lạm thu» rather than «lạm phát … thu nhập»), then the earliest.
    """
    text = nfc(text or "")  # fold's offsets are those of the NFC text: a decomposed (NFD) one was marked askew
    folded = fold(text)
    found = _matches(folded, words)
    spans = [(a, b) for a, b, _ in found]
    if limit and len(text) > limit:
        near = found[:200]  # windows starting at one of the first matches (a long text: enough, and quick)
        best = _best_window(near, limit) if near else 0
        start = max(0, (found[best][0] if found else 0) - limit // 3)
        start = text.rfind(" ", 0, start) + 1 if start else 0
        end = min(len(text), start + limit)
        # a phrase longer than the window (a quoted sentence) is marked as far as it is shown
        spans = [(max(a, start) - start, min(b, end) - start) for a, b in spans if a < end and b > start]
        prefix, suffix = ("… " if start else ""), (" …" if end < len(text) else "")
        text = text[start:end]
    else:
        prefix = suffix = ""
    out, last = [], 0
    for a, b in spans:
        out.append(html.escape(text[last:a]))
        out.append(f"<mark>{html.escape(text[a:b])}</mark>")
        last = b
    out.append(html.escape(text[last:]))
    return prefix + "".join(out) + suffix


def highlights(title: str, summary: str, text: str, words: Iterable[str | Phrase]) -> dict[str, str]:
    """A hit's highlights: its title whole, windows of its summary and (for a query with words) its text."""
    return {"title": highlight(title, words), "summary": highlight(summary, words, limit=300),
            "text": highlight(text, words, limit=300) if words else ""}


def content_hash(article: Article) -> str:
    """Fingerprint of everything stored about an article: re-sending the same article changes nothing."""
    cls = json.dumps(article.classification.to_dict(), sort_keys=True) if article.classification else ""
    parts = (article.title, article.summary, article.text, article.author, article.image, article.status,
             article.story_id, article.duplicate_of, article.published.isoformat(), cls, article.external_id)
    parts += (article.link,) if article.link else ()  # added later: the hashes of rows without one stay as they were
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def given_to(spellings: Iterable[str], assignees: Sequence[str]) -> list[str]:
    """Of the «Giao cho» texts written on issues, those that name one of the assignees (as name_key compares them):
    an office writes a department's name a few ways, and a store matches the texts exactly."""
    wanted = {name_key(a) for a in assignees} - {""}
    return sorted(s for s in spellings if name_key(s) in wanted)


def by_status(counts: Iterable[tuple[str, int]]) -> dict[Status, int]:
    """Counts of issues keyed by their status, every status present (0 where the store counted none)."""
    found = {Status(status): int(n) for status, n in counts}
    return {s: found.get(s, 0) for s in Status}


@dataclass(frozen=True)
class Handling:
    """What the office has done about an issue, as one read saw it: its status, its assignee and how many of its events
    are the office's (status changes, assignments, notes, re-sends: all but the detector's phases). Events are only ever
    added, so any change of its handling since that read shows here (Store.set_issue_status_if)."""

    status: Status
    assignee: str
    events: int

    @classmethod
    def of(cls, issue: HotIssue) -> Handling:
        return cls(issue.status, issue.assignee, sum(e.kind != "phase" for e in issue.events))


def encode_cursor(values: Sequence[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(values)).encode()).decode()


def decode_cursor(cursor: str) -> list[Any]:
    try:
        return list(json.loads(base64.urlsafe_b64decode(cursor.encode())))
    except (ValueError, TypeError) as exc:
        raise QuerySyntaxError("Con trỏ phân trang không hợp lệ") from exc


# --------------------------------------------------------------------------- the interface

class Store(abc.ABC):
    """Articles, issues, the alert outbox and crawler state, behind one interface."""

    # articles ---------------------------------------------------------------
    @abc.abstractmethod
    def upsert_articles(self, articles: Sequence[Article]) -> UpsertResult:
        """Insert or update articles keyed by canonical URL; re-sending the same article changes nothing."""

    @abc.abstractmethod
    def get_articles(self, ids: Sequence[str]) -> list[Article]:
        """Articles by document id, in the order asked (missing ids are skipped)."""

    def get_article(self, article_id: str) -> Article | None:
        found = self.get_articles([article_id])
        return found[0] if found else None

    @abc.abstractmethod
    def search(self, query: SearchQuery) -> SearchPage:
        """Full-text search with filters, highlights and cursor paging."""

    def pages(self, query: SearchQuery) -> Iterator[SearchPage]:
        """The pages of a search, one after another by the cursor, until query.limit results in all (one page holds
        at most PAGE_MAX) or the last."""
        left, cursor = query.limit, query.cursor
        while left > 0:
            page = self.search(replace(query, limit=min(PAGE_MAX, left), cursor=cursor))
            yield page
            query = replace(query, total=page.total)  # counted once: each of an export's 50 pages was a third of its walk
            left -= len(page.hits)
            if not page.next_cursor or not page.hits:
                return
            cursor = page.next_cursor

    @abc.abstractmethod
    def count(self, filters: Filters = Filters(), text: str = "") -> int:
        """Number of articles matching."""

    @abc.abstractmethod
    def aggregate(self, filters: Filters = Filters(), by_topic: bool = True) -> list[Bucket]:
        """Classified articles counted by local day × topic × sentiment (an article counts once per topic); with
        by_topic False, by local day × sentiment, each article once (topic None): what a share of coverage needs."""

    @abc.abstractmethod
    def story_timeline(self, story_id: str, step: str = "h") -> list[TimelineCell]:
        """A story's articles counted by outlet × time step (one of STEPS, in Asia/Ho_Chi_Minh) × tone, each cell with
        its earliest article's title and time, ordered by outlet, step and tone: a big story's timeline without
        reading its articles."""

    @abc.abstractmethod
    def iter_articles(self, filters: Filters = Filters(), batch: int = 1000) -> Iterator[Article]:
        """All matching articles, oldest first, streamed."""

    @abc.abstractmethod
    def source_counts(self, since: datetime) -> dict[str, dict[str, int]]:
        """Articles per source per local day since a time: {source: {day: n}}."""

    def source_totals(self) -> dict[str, int]:
        """Articles per source, all time: {source: n} (the outlet list of the search page)."""
        from datetime import timezone

        return {src: sum(days.values()) for src, days in self.source_counts(datetime(1970, 1, 2, tzinfo=timezone.utc)).items()}

    @abc.abstractmethod
    def first_fetched(self) -> datetime | None:
        """When the store first took in an article: the earliest `fetched` of its articles (crawled, or ingested: the
        time it was read), None while it holds none with one. Read by the report schedule at every round of a home
        not reporting yet, so from an index in both stores, not by reading the articles."""

    def add_aliases(self, aliases: Mapping[str, str]) -> None:
        """Remember other addresses of stored articles: {document id of the other address: the article's id} (a link
        that redirected to a page that failed, the article stored under the link). A store without them forgets."""

    def aliases(self, ids: Sequence[str]) -> dict[str, str]:
        """Of these document ids, those that are another address of a stored article: {id: the article's id}."""
        return {}

    @abc.abstractmethod
    def pending_pages(self, now: datetime, limit: int = 100) -> list[Article]:
        """Feed-only articles whose page is due for another fetch."""

    @abc.abstractmethod
    def unanalysed(self, since: datetime, limit: int = 100) -> list[Article]:
        """Articles published since ``since`` stored without their analysis (no classification: the analysis failed on
        them), newest first."""

    @abc.abstractmethod
    def schedule_page_retry(self, article_id: str, attempts: int, next_attempt: datetime | None) -> None:
        """Remember a failed page fetch and when to try again (None: give up)."""

    # issues -----------------------------------------------------------------
    @abc.abstractmethod
    def save_issue(self, issue: HotIssue) -> None:
        """Insert or update the detector's view of an issue; analysts' status, assignee and notes are kept."""

    @abc.abstractmethod
    def get_issue(self, issue_id: str) -> HotIssue | None:
        """One issue with all its events."""

    @abc.abstractmethod
    def list_issues(self, since: datetime | None = None, statuses: Sequence[Status] = (), limit: int = 100,
                    until: datetime | None = None, topics: Sequence[int] = (), departments: Sequence[str] = (),
                    assignees: Sequence[str] = ()) -> list[HotIssue]:
        """Issues seen since a time (and first seen before `until`: a month's), hottest first. Given any of `topics`,
        `departments` or `assignees`, only the issues of one of the topics, led by one of the departments (ids) or
        given to one of the assignees («Giao cho», compared as name_key: words, accents and case optional)."""

    @abc.abstractmethod
    def count_issues(self, since: datetime | None = None, until: datetime | None = None, topics: Sequence[int] = (),
                     departments: Sequence[str] = (), assignees: Sequence[str] = ()) -> dict[Status, int]:
        """How many issues list_issues finds with the same arguments and no limit, by status (every status, 0 for none):
        the counts beside a list that shows only the hottest."""

    @abc.abstractmethod
    def add_issue_event(self, issue_id: str, event: IssueEvent) -> HotIssue:
        """Record an analyst's status change, assignment or note (who, when) and return the issue."""

    @abc.abstractmethod
    def set_issue_status_if(self, issue_id: str, event: IssueEvent, seen: Handling) -> bool:
        """Record a status change (``event``, of kind "status") as add_issue_event does, only if the issue's handling is
        still ``seen`` (Handling.of the issue as it was read): no analyst's status change, assignment or note comes
        between that read and this write. Returns whether it was recorded; an issue handled meanwhile is left as it is."""

    # early signals ------------------------------------------------------------
    @abc.abstractmethod
    def save_signals(self, signals: Sequence[Signal]) -> None:
        """Replace the detector's current early signals with these, at once."""

    @abc.abstractmethod
    def list_signals(self, since: datetime | None = None) -> list[Signal]:
        """The current early signals (those with a story since a time), closest to their threshold first."""

    def current_signals(self, hours: float) -> list[Signal]:
        """The early signals with a story within ``hours`` of the newest article (an archive's clock is its own)."""
        newest = self.search(SearchQuery(limit=1)).hits
        return self.list_signals(since=newest[0].article.published - timedelta(hours=hours) if newest else None)

    # outbox -----------------------------------------------------------------
    @abc.abstractmethod
    def enqueue_alerts(self, alerts: Sequence[Alert]) -> int:
        """Add alerts to the outbox; an alert whose key is already there is ignored. Returns how many were new."""

    @abc.abstractmethod
    def due_alerts(self, now: datetime, limit: int = 50) -> list[Alert]:
        """Pending alerts whose next attempt is due, and alerts left 'sending' by a delivery that never finished."""

    @abc.abstractmethod
    def update_alert(self, alert: Alert) -> None:
        """Store the delivery state of an alert."""

    @abc.abstractmethod
    def list_alerts(self, issue_id: str = "", limit: int = 200, state: str = "") -> list[Alert]:
        """Alerts (of one issue, in one state when given), newest first."""

    @abc.abstractmethod
    def change_alert(self, key: str, change: Callable[[Alert], Alert | None]) -> Alert | None:
        """Store what ``change`` makes of the stored alert (same key) as one step: no other write to it comes between
        the read and the write (after a conflict it is read again and ``change`` asked again). ``change`` returning None
        leaves the alert as it is. Returns the alert stored, or None (no such key, or left as it was)."""

    def requeue_failed_alert(self, key: str, now: datetime, by: str = "") -> Alert | None:
        """Put an alert the outbox gave up on ('failed') back in the queue, at its own address and under its own key (so
        with the same Message-ID / Idempotency-Key: a receiver that did get it after all can drop the copy): pending,
        no attempts, due now, its error kept in ``resends`` with who (``by``) and when. Returns it, or None when it is
        not failed (any more: someone else re-sent it meanwhile, or there is no such alert)."""
        return self.change_alert(key, lambda a: a.requeued(now, by) if a.state == "failed" else None)

    # crawler state ------------------------------------------------------------
    @abc.abstractmethod
    def get_source_state(self, name: str) -> SourceState:
        """What the crawler remembers about a source (a blank state when new)."""

    @abc.abstractmethod
    def save_source_state(self, state: SourceState) -> None:
        """Persist a source's crawl state."""

    @abc.abstractmethod
    def list_source_states(self) -> list[SourceState]:
        """All sources' crawl states."""

    # analysis failures --------------------------------------------------------
    @abc.abstractmethod
    def analysis_failures(self) -> dict[str, dict[str, Any]]:
        """What the service remembers of each article the analysis failed on (diemnong.pipeline.Unanalysed as a dict),
        by article id: kept here, a restart neither analyses them all again at once nor warns of each again."""

    @abc.abstractmethod
    def save_analysis_failures(self, failures: Mapping[str, Mapping[str, Any] | None]) -> None:
        """Write these articles' records (by article id); None forgets one."""

    # lifecycle ----------------------------------------------------------------
    def close(self) -> None:
        """Release connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
