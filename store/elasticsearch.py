"""The Elasticsearch store: the same interface and the same answers as the embedded store, for
deployments that outgrow one machine.

Layout (every name starts with the prefix, ``diemnong`` by default)::

    {prefix}-articles            alias over the monthly indices; every read goes through it
    {prefix}-articles-YYYY.MM    one index per month of publication (Asia/Ho_Chi_Minh), created from
                                 the index template {prefix}-articles, which also adds it to the alias
    {prefix}-issues              hot issues (detector fields; analysts' status and assignee)
    {prefix}-issue-events        phase changes, status changes, assignments and notes
    {prefix}-alerts              the alert outbox, one document per alert key
    {prefix}-sources             the crawler's state of each source

Vietnamese on a stock server (no plugins): ``title``, ``summary`` and ``text`` are split into
syllables, lowercased and folded with ``asciifolding`` (``đ`` → ``d``) keeping the original token at
the same position (``preserve_original``), so a folded query finds every spelling while the accented
original ranks higher. ``segmented`` (underthesea's output, ``học_phí``) keeps each word whole and
also emits its syllables. Source, topics, sentiment, story id are keywords, ``local`` a boolean.

Queries are built from :func:`store.base.parse_query` exactly as the embedded store's FTS5 queries
are; highlights are made by :func:`store.base.highlight` on the returned text, so they are HTML-safe
and identical in both stores. Paging is keyset (``search_after``) for every sort, so it never meets
the 10,000-hit window. Writes wait for a refresh so that a read after a write sees it, as in SQLite.

Server versions: the official client (8.x or 9.x) is made to speak REST compatibility 8
(``compatible-with=8``), which 8.x servers require and 9.x servers accept; only APIs present and
unchanged in both (index templates, bulk, mget, composite aggregations, ``search_after``,
``if_seq_no`` concurrency control) are used.
"""
from __future__ import annotations

import hashlib
import logging
import re
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from diemnong.domain import (TZ, Alert, Article, Classification, HotIssue, IssueEvent, Signal, SourceState, Status, local_time,
                             parse_time)
from diemnong.text import nfc, number, redact_url, tone_placements
from store.base import (
    PREFIX,
    WORD,
    Bucket,
    Filters,
    Handling,
    Hit,
    ParsedQuery,
    QuerySyntaxError,
    SearchPage,
    SearchQuery,
    Store,
    StoreError,
    StoreUnavailable,
    TimelineCell,
    UpsertResult,
    alert_key_changed,
    by_status,
    content_hash,
    decode_cursor,
    encode_cursor,
    given_to,
    highlights,
    no_issue,
    not_a_status_change,
    once,
    parse_query,
    query_tokens,
    unknown_step,
)

log = logging.getLogger(__name__)

COMPAT_MAJOR = 8
SCHEMA_VERSION = 1
RETRY_STATUS = (429, 503)
MAX_WINDOW = 10_000
UPSERT_CHUNK = 1000  # articles decided and written together (the id lookup stays within one window)
PREFIX_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,100}$")

# --------------------------------------------------------------------------- analysis and mappings

ANALYSIS: dict[str, Any] = {
    "char_filter": {
        # NFD input (combining marks) folds like NFC: the marks are dropped before tokenising.
        "vi_strip_marks": {"type": "pattern_replace", "pattern": r"\p{M}+", "replacement": ""},
    },
    "tokenizer": {
        # Runs of letters and digits, as SQLite's unicode61 tokenizer cuts them.
        "vi_syllables": {"type": "pattern", "pattern": r"[^\p{L}\p{N}]+"},
        # The same, but '_' joins the syllables of one word (underthesea's output).
        "vi_words": {"type": "pattern", "pattern": r"[^\p{L}\p{N}_]+"},
    },
    "filter": {
        "vi_fold": {"type": "asciifolding", "preserve_original": True},
        "vi_word_syllables": {"type": "pattern_capture", "preserve_original": True, "patterns": ["([^_]+)"]},
    },
    "analyzer": {
        "vi_folded": {"type": "custom", "char_filter": ["vi_strip_marks"], "tokenizer": "vi_syllables",
                      "filter": ["lowercase", "vi_fold"]},
        "vi_words": {"type": "custom", "char_filter": ["vi_strip_marks"], "tokenizer": "vi_words",
                     "filter": ["lowercase", "vi_fold", "vi_word_syllables"]},
        "vi_words_search": {"type": "custom", "char_filter": ["vi_strip_marks"], "tokenizer": "vi_words",
                            "filter": ["lowercase", "vi_fold"]},
    },
}

INDEX_SETTINGS: dict[str, Any] = {"number_of_shards": 1, "auto_expand_replicas": "0-1"}
DATE = {"type": "date", "format": "strict_date_optional_time||epoch_second"}
KEYWORD = {"type": "keyword"}
STORED_ONLY = {"type": "keyword", "index": False, "doc_values": False}
FOLDED_TEXT = {"type": "text", "analyzer": "vi_folded"}

ARTICLE_MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "id": KEYWORD,
        "url": KEYWORD,
        "external_id": KEYWORD,
        "source": KEYWORD,
        "title": FOLDED_TEXT,
        "summary": FOLDED_TEXT,
        "text": FOLDED_TEXT,
        "segmented": {"type": "text", "analyzer": "vi_words", "search_analyzer": "vi_words_search"},
        "author": STORED_ONLY,
        "image": STORED_ONLY,
        "published": DATE,
        "fetched": DATE,
        "story_id": KEYWORD,
        "duplicate_of": KEYWORD,
        "status": KEYWORD,
        "topics": KEYWORD,  # "1".."16"; "0" = classified without a focus topic; absent = not classified
        "sentiment": KEYWORD,
        "local": {"type": "boolean"},
        "classification": {"type": "object", "enabled": False},
        "content_hash": KEYWORD,
        "updated": DATE,
        "page_attempts": {"type": "integer"},
        "page_next": DATE,
        "link": STORED_ONLY,  # where the page is fetched (the link as published); added after schema 1
    },
}
# Article fields added since the first schema: put into the mappings of month indices made before them.
ADDED_ARTICLE_FIELDS = ("link",)

ISSUE_MAPPINGS: dict[str, Any] = {
    "dynamic": False,
    "properties": {
        "id": KEYWORD, "title": FOLDED_TEXT, "topics": {"type": "integer"}, "lead_departments": KEYWORD,
        "first_seen": DATE, "last_seen": DATE, "score": {"type": "double"}, "reason": STORED_ONLY,
        "article_ids": STORED_ONLY, "outlets": KEYWORD, "negative_share": {"type": "float"},
        "local": {"type": "boolean"}, "kind": KEYWORD, "phase": KEYWORD, "status": KEYWORD, "assignee": KEYWORD,
        "alert_level": {"type": "integer"}, "alerted_size": {"type": "integer"},
    },
}

EVENT_MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "eid": KEYWORD, "issue_id": KEYWORD, "at": DATE, "at_iso": STORED_ONLY, "seq": {"type": "long"},
        "kind": KEYWORD, "value": KEYWORD, "who": KEYWORD, "note": {"type": "text", "analyzer": "vi_folded"},
    },
}

ALERT_MAPPINGS: dict[str, Any] = {
    "dynamic": False,
    "properties": {
        "key": KEYWORD, "issue_id": KEYWORD, "department": KEYWORD, "recipient": KEYWORD, "channel": KEYWORD,
        "kind": KEYWORD, "subject": STORED_ONLY, "body": {"type": "text", "index": False},
        "raised_at": DATE, "payload": {"type": "object", "enabled": False}, "state": KEYWORD,
        "attempts": {"type": "integer"}, "next_attempt": DATE, "sent_at": DATE, "error": {"type": "text", "index": False},
        "next": DATE,
    },
}

SOURCE_MAPPINGS: dict[str, Any] = {
    "dynamic": False,
    "properties": {"name": KEYWORD, "last_attempt": DATE, "last_success": DATE, "failures": {"type": "integer"}},
}

# What the service remembers of the articles the analysis failed on (Store.analysis_failures): one document each.
FAILURE_MAPPINGS: dict[str, Any] = {"dynamic": False, "properties": {"id": KEYWORD}}

# The detector's current early signals: one document, replaced whole, so readers never see half a set.
SIGNAL_MAPPINGS: dict[str, Any] = {
    "dynamic": False,
    "properties": {"updated": DATE, "signals": {"type": "object", "enabled": False}},
}
SIGNALS_DOC = "current"

# Fields of the articles searched by the query language, weighted as in the embedded store's bm25.
SEARCH_FIELDS = ("title^10", "summary^4", "text")


def article_template(prefix: str) -> dict[str, Any]:
    """The index template of the monthly article indices (arguments of put_index_template)."""
    return {
        "name": f"{prefix}-articles",
        "index_patterns": [f"{prefix}-articles-*"],
        "priority": 200,
        "template": {
            "settings": {"index": INDEX_SETTINGS, "analysis": ANALYSIS},
            "mappings": ARTICLE_MAPPINGS,
            "aliases": {f"{prefix}-articles": {}},
        },
        "meta": {"owner": "diemnong", "schema_version": SCHEMA_VERSION},
    }


def side_indices(prefix: str) -> dict[str, dict[str, Any]]:
    """Settings and mappings of the indices that are not time-based."""
    settings = {"index": INDEX_SETTINGS, "analysis": ANALYSIS}
    return {
        f"{prefix}-issues": {"settings": settings, "mappings": ISSUE_MAPPINGS},
        f"{prefix}-issue-events": {"settings": settings, "mappings": EVENT_MAPPINGS},
        f"{prefix}-alerts": {"settings": {"index": INDEX_SETTINGS}, "mappings": ALERT_MAPPINGS},
        f"{prefix}-sources": {"settings": {"index": INDEX_SETTINGS}, "mappings": SOURCE_MAPPINGS},
        f"{prefix}-signals": {"settings": {"index": INDEX_SETTINGS}, "mappings": SIGNAL_MAPPINGS},
        f"{prefix}-analysis-failures": {"settings": {"index": INDEX_SETTINGS}, "mappings": FAILURE_MAPPINGS},
    }


# --------------------------------------------------------------------------- documents

def _iso(value: datetime | None) -> str | None:
    """Whole seconds, as the embedded store keeps them, with the local offset."""
    return local_time(value).replace(microsecond=0).isoformat() if value else None


def month_of(published: datetime) -> str:
    """The monthly index suffix of a publication time (local month)."""
    return f"{local_time(published):%Y.%m}"


def article_doc(article: Article, page_attempts: int = 0, page_next: str | None = None) -> dict[str, Any]:
    """The stored document of an article."""
    c = article.classification
    return {
        "id": article.id,
        "url": article.url,
        "external_id": article.external_id,
        "source": article.source,
        "title": article.title,
        "summary": article.summary,
        "text": article.text,
        "segmented": article.segmented,
        "author": article.author,
        "image": article.image,
        "published": _iso(article.published),
        "fetched": _iso(article.fetched),
        "story_id": article.story_id,
        "duplicate_of": article.duplicate_of,
        "status": article.status,
        "topics": [str(t) for t in (c.topics or (0,))] if c else [],
        "sentiment": c.sentiment if c else None,
        "local": c.local if c else None,
        "classification": c.to_dict() if c else None,
        "content_hash": content_hash(article),
        "updated": _iso(datetime.now(timezone.utc)),
        "page_attempts": page_attempts,
        "page_next": page_next,
        "link": article.link,
    }


def article_from_doc(src: Mapping[str, Any]) -> Article:
    """An Article from its stored document."""
    cls = Classification.from_dict(src["classification"]) if src.get("classification") else None
    return Article(
        url=src["url"], title=src["title"], source=src["source"], published=parse_time(src["published"]),  # type: ignore[arg-type]
        summary=src.get("summary", ""), text=src.get("text", ""), author=src.get("author", ""), image=src.get("image", ""),
        external_id=src.get("external_id", ""), fetched=parse_time(src.get("fetched")), segmented=src.get("segmented", ""),
        story_id=src.get("story_id", ""), duplicate_of=src.get("duplicate_of", ""), status=src.get("status", "complete"),
        classification=cls, link=src.get("link") or "",
    )


def doc_key(name: str) -> str:
    """A document id for a free-form key (a URL, an alert key): short, safe, stable."""
    return hashlib.sha1(name.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- query bodies

def filter_clauses(filters: Filters) -> list[dict[str, Any]]:
    """Filter-context clauses for the shared filters (the embedded store's filter_sql)."""
    out: list[dict[str, Any]] = []
    if filters.since or filters.until:
        bounds: dict[str, Any] = {}
        if filters.since:
            bounds["gte"] = int(filters.since.timestamp())
        if filters.until:
            bounds["lt"] = int(filters.until.timestamp())
        out.append({"range": {"published": {**bounds, "format": "epoch_second"}}})
    if filters.sentiments:
        out.append({"terms": {"sentiment": list(filters.sentiments)}})
    if filters.sources:
        out.append({"terms": {"source": list(filters.sources)}})
    if filters.local is not None:
        out.append({"term": {"local": bool(filters.local)}})
    if filters.story_id:
        out.append({"term": {"story_id": filters.story_id}})
    if filters.ids:
        out.append({"terms": {"id": list(filters.ids)}})
    if filters.topics:
        out.append({"terms": {"topics": [str(t) for t in filters.topics]}})
    return out


# The most words a phrase's last prefix stands for ("giao duc*": the first in order of the words beginning «duc»): Lucene
# expands it into a phrase of alternatives, and a query's alternatives count towards the server's clause limit (1,024 at
# the least) for each of the three fields. A prefix alone (truon*) is a prefix query: every word, as in SQLite.
PREFIX_EXPANSIONS = 300


def _phrase(words: Sequence[str]) -> dict[str, Any]:
    """A parsed phrase (store.base.Phrase) as a query over the searched fields: a word, a phrase, a prefix."""
    if words[-1].endswith(PREFIX) and len(words) == 1:
        boosted = [(f.partition("^")[0], float(f.partition("^")[2] or 1)) for f in SEARCH_FIELDS]
        return {"bool": {"should": [{"prefix": {f: {"value": words[0][:-1], "boost": b}}} for f, b in boosted],
                         "minimum_should_match": 1}}
    if words[-1].endswith(PREFIX):
        return {"multi_match": {"query": " ".join(words)[:-1], "type": "phrase_prefix", "fields": list(SEARCH_FIELDS),
                                "max_expansions": PREFIX_EXPANSIONS}}
    return {"multi_match": {"query": " ".join(words), "type": "phrase", "fields": list(SEARCH_FIELDS)}}


def raw_words(text: str) -> list[str]:
    """The wanted words of a query as typed (accents kept, lowercased): what ranks exact spellings higher. The operators
    (OR, AND, NOT in capitals, as parse_query reads them) and the words excluded (-word, NOT word) are not among them."""
    words: list[str] = []
    negated = False
    for m in query_tokens(nfc(text or "")):
        neg, quoted, bare = m.group(1), m.group(2), m.group(3)
        skip = negated or bare in ("OR", "AND", "NOT") or neg or (bare is not None and bare.startswith("-") and len(bare) > 1)
        negated = bare == "NOT" or (negated and bare == "AND")
        if not skip:
            words += WORD.findall((quoted if quoted is not None else bare).lower())
    return words


def text_query(parsed: ParsedQuery, text: str = "", rank: bool = False) -> dict[str, Any]:
    """The bool query of a parsed search: every clause required (any of its phrases), exclusions out.

    With rank, ``should`` clauses add the typed accents (matched against the preserved originals)
    and whole Vietnamese words (two or three neighbouring syllables joined as underthesea joins them).
    """
    must: list[dict[str, Any]] = []
    for clause in parsed.must:
        alts = [_phrase(p) for p in clause]
        must.append(alts[0] if len(alts) == 1 else {"bool": {"should": alts, "minimum_should_match": 1}})
    query: dict[str, Any] = {"must": must}
    if parsed.exclude:
        query["must_not"] = [_phrase(p) for p in parsed.exclude]
    if rank:
        typed = raw_words(text)  # in the order typed: a compound is of neighbours; then each word and compound once
        spellings = once(w for t in typed for w in tone_placements(t))  # hoà typed ranks an outlet's hòa as exact too
        words = [tone_placements(t)[0] for t in typed]  # the segmented text's placement
        should: list[dict[str, Any]] = []
        if words:
            should.append({"multi_match": {"query": " ".join(spellings), "type": "most_fields", "fields": list(SEARCH_FIELDS)}})
        compounds = once("_".join(words[i : i + n]) for n in (2, 3) for i in range(len(words) - n + 1))
        if compounds:
            should.append({"match": {"segmented": {"query": " ".join(compounds)}}})
        if should:
            query["should"] = should
    return query


def search_query(parsed: ParsedQuery, filters: Filters, text: str = "", rank: bool = False) -> dict[str, Any]:
    """The whole query of a search or count: text clauses scored, filters not."""
    body: dict[str, Any] = text_query(parsed, text, rank) if not parsed.empty else {}
    clauses = filter_clauses(filters)
    if clauses:
        body["filter"] = clauses
    return {"bool": body} if body else {"match_all": {}}


SORTS: dict[str, list[dict[str, Any]]] = {
    "newest": [{"published": {"order": "desc"}}, {"id": {"order": "desc"}}],
    "oldest": [{"published": {"order": "asc"}}, {"id": {"order": "asc"}}],
    "relevance": [{"_score": {"order": "desc"}}, {"published": {"order": "desc"}}, {"id": {"order": "desc"}}],
}


def search_body(query: SearchQuery) -> tuple[dict[str, Any], ParsedQuery, str]:
    """Keyword arguments of the search call for a SearchQuery, the parsed query and the sort used."""
    parsed = parse_query(query.text)
    sort = "relevance" if query.sort == "relevance" and not parsed.empty else ("oldest" if query.sort == "oldest" else "newest")
    limit = max(1, min(query.limit, 1000))
    body: dict[str, Any] = {
        "query": search_query(parsed, query.filters, query.text, rank=sort == "relevance"),
        "sort": SORTS[sort],
        "size": limit + 1,
        "track_total_hits": query.total is None,  # a walk's later pages: counted by its first
    }
    if query.cursor:
        after = decode_cursor(query.cursor)
        if len(after) != len(SORTS[sort]):
            raise QuerySyntaxError("Con trỏ phân trang không hợp lệ")
        body["search_after"] = after
    return body, parsed, sort


def aggregate_body(filters: Filters, after: Mapping[str, Any] | None = None, size: int = 1000,
                   by_topic: bool = True) -> dict[str, Any]:
    """A page of the day × topic × sentiment composite aggregation (classified articles only); without the topic
    source when by_topic is False, so that an article in several topics counts once."""
    clauses = [*filter_clauses(filters), {"exists": {"field": "topics"}}]
    topic = [{"topic": {"terms": {"field": "topics"}}}] if by_topic else []
    composite: dict[str, Any] = {
        "size": size,
        "sources": [
            {"day": {"date_histogram": {"field": "published", "calendar_interval": "1d", "time_zone": str(TZ),
                                        "format": "yyyy-MM-dd"}}},
            *topic,
            {"sentiment": {"terms": {"field": "sentiment", "missing_bucket": True}}},
        ],
    }
    if after:
        composite["after"] = dict(after)
    return {"size": 0, "track_total_hits": False, "query": {"bool": {"filter": clauses}},
            "aggs": {"cube": {"composite": composite}}}


def source_counts_body(since: datetime, after: Mapping[str, Any] | None = None, size: int = 1000) -> dict[str, Any]:
    """A page of the source × local day composite aggregation."""
    composite: dict[str, Any] = {
        "size": size,
        "sources": [
            {"source": {"terms": {"field": "source"}}},
            {"day": {"date_histogram": {"field": "published", "calendar_interval": "1d", "time_zone": str(TZ),
                                        "format": "yyyy-MM-dd"}}},
        ],
    }
    if after:
        composite["after"] = dict(after)
    return {"size": 0, "track_total_hits": False,
            "query": {"bool": {"filter": filter_clauses(Filters(since=since))}},
            "aggs": {"cube": {"composite": composite}}}


# A story timeline's steps (store.base.STEPS) as date_histogram intervals: calendar weeks start on Monday.
STEP_INTERVALS = {"h": {"fixed_interval": "1h"}, "6h": {"fixed_interval": "6h"}, "D": {"calendar_interval": "1d"},
                  "W": {"calendar_interval": "1w"}}


def story_timeline_body(story_id: str, step: str, after: Mapping[str, Any] | None = None, size: int = 1000) -> dict[str, Any]:
    """A page of the outlet × local time step × tone composite aggregation of a story, with each bucket's earliest
    article (its title and time)."""
    if step not in STEP_INTERVALS:
        raise StoreError(unknown_step(step))
    composite: dict[str, Any] = {
        "size": size,
        "sources": [
            {"source": {"terms": {"field": "source"}}},
            {"start": {"date_histogram": {"field": "published", **STEP_INTERVALS[step], "time_zone": str(TZ)}}},
            {"sentiment": {"terms": {"field": "sentiment", "missing_bucket": True}}},
        ],
    }
    if after:
        composite["after"] = dict(after)
    first = {"top_hits": {"size": 1, "sort": [{"published": "asc"}], "_source": ["title", "published"]}}
    return {"size": 0, "track_total_hits": False, "query": {"bool": {"filter": filter_clauses(Filters(story_id=story_id))}},
            "aggs": {"cube": {"composite": composite, "aggs": {"first": first}}}}


def timeline_cells_from(response: Mapping[str, Any]) -> list[TimelineCell]:
    """The cells of one page of story_timeline_body's aggregation (a bucket's start: epoch milliseconds)."""
    out = []
    for b in response["aggregations"]["cube"]["buckets"]:
        key, first = b["key"], b["first"]["hits"]["hits"][0]["_source"]
        start = local_time(datetime.fromtimestamp(int(key["start"]) / 1000, timezone.utc))
        out.append(TimelineCell(key["source"], start, key["sentiment"] or "", int(b["doc_count"]), first["title"],
                                parse_time(first["published"])))  # type: ignore[arg-type]
    return out


def buckets_from(response: Mapping[str, Any], topics: Sequence[int] = ()) -> list[Bucket]:
    """Buckets of one composite page; topics (when given) keep only those topics, as the embedded store does."""
    out = []
    for b in response["aggregations"]["cube"]["buckets"]:
        key = b["key"]
        topic = int(key["topic"]) if "topic" in key else None
        if topics and topic is not None and topic not in topics:
            continue
        out.append(Bucket(key["day"], topic, key["sentiment"] or "neutral", int(b["doc_count"])))
    return out


# --------------------------------------------------------------------------- the client

def _compat(mimetype: str) -> str:
    return re.sub(r"application/(json|x-ndjson)", rf"application/vnd.elasticsearch+\1; compatible-with={COMPAT_MAJOR}", mimetype)


def make_client(url: str, ca_certs: str = "", timeout: float = 30.0, max_retries: int = 3) -> Any:
    """The official client, pinned to REST compatibility 8 (accepted by 8.x and 9.x servers)."""
    from elasticsearch import Elasticsearch

    class Client(Elasticsearch):  # type: ignore[misc]
        """Elasticsearch whose JSON requests ask for compatible-with=8 whatever the client's major version."""

        def perform_request(self, method: str, path: str, *, headers: Mapping[str, str] | None = None, **kw: Any) -> Any:
            if headers:
                headers = {k: _compat(v) if k.lower() in ("accept", "content-type") else v for k, v in headers.items()}
            return super().perform_request(method, path, headers=headers, **kw)

    options: dict[str, Any] = {
        "request_timeout": timeout, "max_retries": max_retries, "retry_on_timeout": True,
        "retry_on_status": (429, 502, 503, 504),
    }
    if ca_certs:
        options["ca_certs"] = ca_certs
    return Client(url, **options)


def concurrent_alert(key: str) -> str:
    """An alert other writers kept changing between a read and a write, five times running."""
    return f"cảnh báo {key} liên tục bị tiến trình khác sửa trong lúc ghi; hãy thử lại"


def concurrent_issue(issue_id: str) -> str:
    """An issue other writers kept changing between a conditional status change's read and its write, five times."""
    return f"vấn đề nóng {issue_id} liên tục bị tiến trình khác sửa trong lúc ghi; hãy thử lại"


class BulkWriteError(StoreError):
    """Some documents of a bulk write were refused; errors lists (id, status, reason) for each."""

    def __init__(self, errors: list[tuple[str, int, str]], total: int):
        self.errors = errors
        shown = "; ".join(f"{i}: {s} {r}" for i, s, r in errors[:5])
        more = f" (và {number(len(errors) - 5)} tài liệu khác)" if len(errors) > 5 else ""
        super().__init__(f"Elasticsearch từ chối ghi {number(len(errors))} trong số {number(total)} tài liệu: {shown}{more}")


@dataclass(frozen=True)
class Located:
    """Where a stored article is, its concurrency token and what the upsert needs of it."""

    index: str
    seq_no: int
    primary_term: int
    source: Mapping[str, Any]


LOOKUP_FIELDS = ["content_hash", "page_attempts", "page_next", "updated"]


class ElasticsearchStore(Store):
    """The store on an Elasticsearch 8.x or 9.x cluster (see module docstring)."""

    def __init__(self, url: str, prefix: str = "diemnong", ca_certs: str = "", client: Any = None, setup: bool = True):
        if not PREFIX_RE.match(prefix):
            raise StoreError(f"tiền tố Elasticsearch {prefix!r} (store.elasticsearch_prefix) không dùng được: chỉ gồm chữ "
                             "thường không dấu, chữ số, '-', '_', '.' và bắt đầu bằng chữ hoặc số")
        self.url, self.prefix = redact_url(url), prefix
        self.alias = f"{prefix}-articles"
        self.issues, self.events = f"{prefix}-issues", f"{prefix}-issue-events"
        self.alerts, self.sources = f"{prefix}-alerts", f"{prefix}-sources"
        self.signals, self.failures = f"{prefix}-signals", f"{prefix}-analysis-failures"
        self.refresh: str | bool = "wait_for"
        self.backoff = 1.0
        self.bulk_passes = 4
        self._months: set[str] = set()
        with self._errors():
            self.es = client or make_client(url, ca_certs)
        if setup:
            self.setup()

    # -------------------------------------------------------------- plumbing
    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Translate the client's exceptions into the store's, once."""
        import elastic_transport
        from elasticsearch import ApiError, UnsupportedProductError

        try:
            yield
        except UnsupportedProductError as exc:
            raise StoreUnavailable(f"{self.url} không phải máy chủ Elasticsearch: {exc}; kiểm tra ELASTICSEARCH_URL "
                                   "(store.elasticsearch_url)") from exc
        except ApiError as exc:
            status = exc.meta.status
            reason = _reason(exc.body) or str(exc)
            if status in (401, 403):
                raise StoreUnavailable(f"Elasticsearch tại {self.url} từ chối yêu cầu ({status}): {reason}; kiểm tra tên, mật "
                                       "khẩu và quyền của tài khoản trong ELASTICSEARCH_URL") from exc
            if status == 429 or status >= 500:
                raise StoreUnavailable(f"Elasticsearch tại {self.url} đang quá tải hoặc ngừng chạy ({status}): {reason}; "
                                       "thử lại sau ít phút") from exc
            raise StoreError(f"Elasticsearch tại {self.url} báo lỗi {status}: {reason}") from exc
        except elastic_transport.TransportError as exc:
            raise StoreUnavailable(f"không kết nối được Elasticsearch tại {self.url}: {exc}; xem máy chủ đã chạy chưa "
                                   "và ELASTICSEARCH_URL (store.elasticsearch_url) có đúng không") from exc

    def _month_index(self, month: str) -> str:
        return f"{self.alias}-{month}"

    def setup(self) -> None:
        """Check the server, install the template, make sure every index and the alias exist."""
        with self._errors():
            info = self.es.info()
            major = int(str(info["version"]["number"]).split(".")[0])
            if major < 8:
                raise StoreUnavailable(f"Elasticsearch {info['version']['number']} tại {self.url} quá cũ: cần bản 8.x hoặc 9.x")
            if major > 9:
                log.warning("Elasticsearch %s chưa được thử với Điểm Nóng (đã thử các bản 8.x và 9.x)", info["version"]["number"])
            self.es.indices.put_index_template(**article_template(self.prefix))
            for name, body in side_indices(self.prefix).items():
                self._create_index(name, body)
        self._ensure_months([month_of(datetime.now(TZ))])
        with self._errors():
            # Month indices made before a field was added would refuse it (strict mappings): add it to them.
            self.es.indices.put_mapping(index=f"{self.alias}-*", allow_no_indices=True, ignore_unavailable=True,
                                        properties={f: ARTICLE_MAPPINGS["properties"][f] for f in ADDED_ARTICLE_FIELDS})

    def _create_index(self, name: str, body: Mapping[str, Any] | None = None) -> None:
        from elasticsearch import BadRequestError

        if self.es.indices.exists(index=name):
            return
        try:
            self.es.indices.create(index=name, **(body or {}))
        except BadRequestError as exc:  # another process created it in between
            if "resource_already_exists" not in str(exc.body):
                raise

    def _ensure_months(self, months: Iterable[str]) -> None:
        with self._errors():
            for month in sorted(set(months) - self._months):
                self._create_index(self._month_index(month))
                self._months.add(month)

    def close(self) -> None:
        with self._errors():
            self.es.close()

    @contextmanager
    def bulk_loading(self) -> Iterator[None]:
        """Write without waiting for refreshes (a reindex); refresh once at the end."""
        self.refresh = False
        try:
            yield
        finally:
            self.refresh = "wait_for"
            with self._errors():
                self.es.indices.refresh(index=f"{self.prefix}-*")

    def _search(self, index: str, **body: Any) -> Mapping[str, Any]:
        with self._errors():
            return self.es.search(index=index, ignore_unavailable=True, allow_no_indices=True, **body).body

    def _collect(self, index: str, query: Mapping[str, Any], sort: list[Any], limit: int) -> list[Mapping[str, Any]]:
        """Up to limit hits (source with _index, _seq_no…), paging with search_after past any window."""
        hits: list[Mapping[str, Any]] = []
        after: list[Any] | None = None
        while len(hits) < limit:
            body: dict[str, Any] = {"query": query, "sort": sort, "size": min(limit - len(hits), 1000), "track_total_hits": False}
            if after is not None:
                body["search_after"] = after
            page = self._search(index, **body)["hits"]["hits"]
            hits += page
            if len(page) < body["size"]:
                break
            after = page[-1]["sort"]
        return hits

    # -------------------------------------------------------------- bulk
    def _bulk(self, actions: list[dict[str, Any]], refresh: str | bool | None = None) -> dict[tuple[str, str, str], dict[str, Any]]:
        """Send actions with streaming_bulk; items refused with 429/503 are sent again with backoff.

        Returns each action's result item keyed by (op, index, id). `refresh`: the store's own (self.refresh) unless given.
        """
        from elasticsearch.helpers import streaming_bulk

        results: dict[tuple[str, str, str], dict[str, Any]] = {}
        todo = actions
        for attempt in range(self.bulk_passes):
            by_key = {(a["_op_type"], a["_index"], a["_id"]): a for a in todo}
            retry: list[dict[str, Any]] = []
            with self._errors():
                for _ok, item in streaming_bulk(self.es, todo, chunk_size=500, max_retries=2, initial_backoff=self.backoff,
                                                raise_on_error=False,
                                                refresh=self.refresh if refresh is None else refresh):
                    op, info = next(iter(item.items()))
                    key = (op, info.get("_index", ""), info.get("_id", ""))
                    results[key] = info
                    if info.get("status") in RETRY_STATUS and key in by_key:
                        retry.append(by_key[key])
            if not retry or attempt == self.bulk_passes - 1:
                break
            log.warning("Elasticsearch đang bận: gửi lại %s tài liệu", number(len(retry)))
            time.sleep(self.backoff * 2**attempt)
            todo = retry
        return results

    # -------------------------------------------------------------- articles
    def _locate(self, targets: Mapping[str, str]) -> dict[str, list[Located]]:
        """Every stored copy of each id: in its target index (real-time mget) and elsewhere (alias search)."""
        found: dict[str, list[Located]] = {}
        if not targets:
            return found
        with self._errors():
            docs = [{"_index": index, "_id": i, "_source": LOOKUP_FIELDS} for i, index in targets.items()]
            for d in self.es.mget(docs=docs).body["docs"]:
                if d.get("found") and d["_id"] in targets:
                    found.setdefault(d["_id"], []).append(Located(d["_index"], d["_seq_no"], d["_primary_term"], d["_source"]))
        hits = self._search(self.alias, query={"ids": {"values": list(targets)}}, size=min(2 * len(targets), MAX_WINDOW),
                            seq_no_primary_term=True, source=LOOKUP_FIELDS, track_total_hits=False)["hits"]["hits"]
        for h in hits:
            if h["_id"] in targets and h["_index"] != targets[h["_id"]]:
                found.setdefault(h["_id"], []).append(Located(h["_index"], h["_seq_no"], h["_primary_term"], h["_source"]))
        return found

    def upsert_articles(self, articles: Sequence[Article]) -> UpsertResult:
        result = UpsertResult()
        for i in range(0, len(articles), UPSERT_CHUNK):
            pending = list(articles[i : i + UPSERT_CHUNK])
            for _ in range(5):  # a round hands back the articles another writer changed meanwhile
                outcomes, pending = self._upsert_round(pending)
                for article_id, outcome in outcomes:
                    getattr(result, outcome).append(article_id)
                if not pending:
                    break
            if pending:
                raise StoreError(f"{number(len(pending))} bài liên tục bị tiến trình khác sửa trong lúc ghi; hãy chạy lại")
        return result

    def _upsert_round(self, articles: Sequence[Article]) -> tuple[list[tuple[str, str]], list[Article]]:
        """Decide inserted/updated/unchanged against the stored hashes, write, and hand back conflicts."""
        targets = {a.id: self._month_index(month_of(a.published)) for a in articles}
        self._ensure_months({month_of(a.published) for a in articles})
        stored = self._locate(targets)
        known: dict[str, Mapping[str, Any]] = {}
        for article_id, copies in stored.items():
            best = next((c for c in copies if c.index == targets[article_id]), None) or max(copies, key=lambda c: c.source.get("updated") or "")
            known[article_id] = best.source
        outcomes: list[tuple[str, str]] = []
        final: dict[str, dict[str, Any]] = {}
        for article in articles:
            old = known.get(article.id)
            doc = article_doc(article)
            if old is not None and old.get("content_hash") == doc["content_hash"]:
                outcomes.append((article.id, "unchanged"))
                continue
            doc["page_attempts"] = int(old.get("page_attempts") or 0) if old is not None else 0
            if article.status != "complete":
                doc["page_next"] = old.get("page_next") if old is not None else _iso(datetime.now(TZ))
            outcomes.append((article.id, "updated" if old is not None else "inserted"))
            final[article.id] = doc
            known[article.id] = doc
        actions = []
        for article_id, doc in final.items():
            target = targets[article_id]
            same = next((c for c in stored.get(article_id, []) if c.index == target), None)
            if same:
                actions.append({"_op_type": "index", "_index": target, "_id": article_id, "_source": doc,
                                "if_seq_no": same.seq_no, "if_primary_term": same.primary_term})
            else:
                actions.append({"_op_type": "create", "_index": target, "_id": article_id, "_source": doc})
            for c in stored.get(article_id, []):
                if c.index != target:  # its month changed: the old copy goes
                    actions.append({"_op_type": "delete", "_index": c.index, "_id": article_id,
                                    "if_seq_no": c.seq_no, "if_primary_term": c.primary_term})
        results = self._bulk(actions) if actions else {}
        conflicts, errors = set(), []
        for a in actions:
            info = results.get((a["_op_type"], a["_index"], a["_id"]), {"status": 0, "error": "không có trả lời cho tài liệu này"})
            status = int(info.get("status") or 0)
            if 200 <= status < 300 or (a["_op_type"] == "delete" and status in (404, 409)):
                continue
            if status == 409:
                conflicts.add(a["_id"])
                continue
            log.error("Elasticsearch từ chối bài %s trong %s: %s %s", a["_id"], a["_index"], status, _reason(info.get("error")))
            errors.append((a["_id"], status, _reason(info.get("error"))))
        if errors:
            raise BulkWriteError(errors, len(actions))
        retry = [a for a in articles if a.id in conflicts]
        return [(i, o) for i, o in outcomes if i not in conflicts], retry

    def get_articles(self, ids: Sequence[str]) -> list[Article]:
        found: dict[str, tuple[str, Article]] = {}
        wanted = list(dict.fromkeys(ids))
        for i in range(0, len(wanted), 1000):
            chunk = wanted[i : i + 1000]
            for h in self._collect(self.alias, {"ids": {"values": chunk}}, [{"id": "asc"}, {"updated": "asc"}], 2 * len(chunk)):
                updated = h["_source"].get("updated") or ""
                if h["_id"] not in found or updated >= found[h["_id"]][0]:
                    found[h["_id"]] = (updated, article_from_doc(h["_source"]))
        return [found[i][1] for i in ids if i in found]

    def search(self, query: SearchQuery) -> SearchPage:
        body, parsed, sort = search_body(query)
        res = self._search(self.alias, **body)
        raw = res["hits"]["hits"]
        limit = body["size"] - 1
        more, rows = len(raw) > limit, raw[:limit]
        words = parsed.phrases
        hits = []
        for h in rows:
            src = h["_source"]
            hits.append(Hit(article=article_from_doc(src), score=float(h.get("_score") or 0.0),
                            highlights=highlights(src["title"], src.get("summary", ""), src.get("text", ""), words)
                            if query.highlight else {}))
        cursor = encode_cursor(rows[-1]["sort"]) if more and rows else ""
        total = int(res["hits"]["total"]["value"]) if query.total is None else query.total
        return SearchPage(total=total, hits=hits, next_cursor=cursor)

    def count(self, filters: Filters = Filters(), text: str = "") -> int:
        query = search_query(parse_query(text), filters)
        with self._errors():
            return int(self.es.count(index=self.alias, query=query, ignore_unavailable=True, allow_no_indices=True)["count"])

    def _composite(self, body_for: Any) -> Iterator[Mapping[str, Any]]:
        after = None
        while True:
            res = self._search(self.alias, **body_for(after))
            yield res
            after = res.get("aggregations", {}).get("cube", {}).get("after_key")
            if not after or not res["aggregations"]["cube"]["buckets"]:
                return

    def aggregate(self, filters: Filters = Filters(), by_topic: bool = True) -> list[Bucket]:
        out: list[Bucket] = []
        for res in self._composite(lambda after: aggregate_body(filters, after, by_topic=by_topic)):
            out += buckets_from(res, filters.topics)
        return sorted(out, key=lambda b: (b.day, b.topic or 0, b.sentiment))

    def story_timeline(self, story_id: str, step: str = "h") -> list[TimelineCell]:
        out: list[TimelineCell] = []
        for res in self._composite(lambda after: story_timeline_body(story_id, step, after)):
            out += timeline_cells_from(res)
        return sorted(out, key=lambda c: (c.source, c.start, c.sentiment))

    def iter_articles(self, filters: Filters = Filters(), batch: int = 1000) -> Iterator[Article]:
        query = search_query(ParsedQuery(), filters)
        after: list[Any] | None = None
        while True:
            body: dict[str, Any] = {"query": query, "sort": SORTS["oldest"], "size": batch, "track_total_hits": False}
            if after is not None:
                body["search_after"] = after
            hits = self._search(self.alias, **body)["hits"]["hits"]
            yield from (article_from_doc(h["_source"]) for h in hits)
            if len(hits) < batch:
                return
            after = hits[-1]["sort"]

    def first_fetched(self) -> datetime | None:
        res = self._search(self.alias, size=0, track_total_hits=False, aggs={"first": {"min": {"field": "fetched"}}})
        ms = res.get("aggregations", {}).get("first", {}).get("value")
        return local_time(datetime.fromtimestamp(ms / 1000, timezone.utc)) if ms is not None else None

    def source_counts(self, since: datetime) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for res in self._composite(lambda after: source_counts_body(since, after)):
            for b in res["aggregations"]["cube"]["buckets"]:
                out.setdefault(b["key"]["source"], {})[b["key"]["day"]] = int(b["doc_count"])
        return out

    def pending_pages(self, now: datetime, limit: int = 100) -> list[Article]:
        query = {"bool": {"filter": [{"range": {"page_next": {"lte": int(now.timestamp()), "format": "epoch_second"}}}],
                          "must_not": [{"term": {"status": "complete"}}]}}
        hits = self._collect(self.alias, query, [{"page_next": "asc"}, {"id": "asc"}], limit)
        return [article_from_doc(h["_source"]) for h in hits]

    def unanalysed(self, since: datetime, limit: int = 100) -> list[Article]:
        query = {"bool": {"filter": filter_clauses(Filters(since=since)), "must_not": [{"exists": {"field": "sentiment"}}]}}
        hits = self._collect(self.alias, query, [{"published": "desc"}, {"id": "asc"}], limit)
        return [article_from_doc(h["_source"]) for h in hits]

    def _find(self, article_id: str) -> Mapping[str, Any] | None:
        hits = self._collect(self.alias, {"ids": {"values": [article_id]}}, [{"updated": "desc"}], 1)
        return hits[0] if hits else None

    def page_attempts(self, article_id: str) -> int:
        hit = self._find(article_id)
        return int(hit["_source"].get("page_attempts") or 0) if hit else 0

    def schedule_page_retry(self, article_id: str, attempts: int, next_attempt: datetime | None) -> None:
        hit = self._find(article_id)
        if hit is None:
            return
        with self._errors():
            self.es.update(index=hit["_index"], id=article_id, doc={"page_attempts": attempts, "page_next": _iso(next_attempt)},
                           retry_on_conflict=5, refresh=self.refresh)

    # -------------------------------------------------------------- issues
    def _event_doc(self, issue_id: str, e: IssueEvent, eid: str) -> dict[str, Any]:
        return {"eid": eid, "issue_id": issue_id, "at": e.at.isoformat(), "at_iso": e.at.isoformat(), "seq": time.time_ns(),
                "kind": e.kind, "value": e.value, "who": e.who, "note": e.note}

    def save_issue(self, issue: HotIssue) -> None:
        data = issue.to_dict()
        for key in ("status", "assignee", "events"):
            data.pop(key)
        with self._errors():
            # The update API reads, merges and writes with the document's version (retried on conflict):
            # the detector's fields are replaced, an analyst's status and assignee are kept.
            self.es.update(index=self.issues, id=issue.id, doc=data, upsert={**data, "status": Status.NEW.value, "assignee": ""},
                           retry_on_conflict=5, refresh=self.refresh)
        actions = []
        for e in issue.events:
            if e.kind == "phase":
                eid = doc_key(f"{issue.id}\x1f{e.at.timestamp()!r}\x1f{e.kind}\x1f{e.value}")
                actions.append({"_op_type": "create", "_index": self.events, "_id": eid, "_source": self._event_doc(issue.id, e, eid)})
        if actions:
            results = self._bulk(actions)
            bad = [(k[2], int(v.get("status") or 0), _reason(v.get("error"))) for k, v in results.items()
                   if not (200 <= int(v.get("status") or 0) < 300 or v.get("status") == 409)]
            if bad:
                raise BulkWriteError(bad, len(actions))

    def _events_of(self, issue_ids: Sequence[str]) -> dict[str, list[IssueEvent]]:
        out: dict[str, list[IssueEvent]] = {i: [] for i in issue_ids}
        if not issue_ids:
            return out
        hits = self._collect(self.events, {"terms": {"issue_id": list(issue_ids)}},
                             [{"at": "asc"}, {"seq": "asc"}, {"eid": "asc"}], 1_000_000)
        for h in hits:
            s = h["_source"]
            out.setdefault(s["issue_id"], []).append(
                IssueEvent(at=parse_time(s["at_iso"]), kind=s["kind"], value=s["value"], who=s.get("who", ""), note=s.get("note", "")))  # type: ignore[arg-type]
        return out

    def _issue(self, src: Mapping[str, Any], events: list[IssueEvent]) -> HotIssue:
        return HotIssue.from_dict({**src, "events": [e.to_dict() for e in events]})

    def get_issue(self, issue_id: str) -> HotIssue | None:
        with self._errors():
            res = self.es.options(ignore_status=404).get(index=self.issues, id=issue_id)
        if not res.body.get("found"):
            return None
        return self._issue(res["_source"], self._events_of([issue_id])[issue_id])

    def list_issues(self, since: datetime | None = None, statuses: Sequence[Status] = (), limit: int = 100,
                    until: datetime | None = None, topics: Sequence[int] = (), departments: Sequence[str] = (),
                    assignees: Sequence[str] = ()) -> list[HotIssue]:
        clauses = self._issues_filter(since, until, topics, departments, assignees)
        if statuses:
            clauses.append({"terms": {"status": [Status(s).value for s in statuses]}})
        hits = self._collect(self.issues, {"bool": {"filter": clauses}},
                             [{"score": "desc"}, {"last_seen": "desc"}, {"id": "asc"}], limit)
        events = self._events_of([h["_source"]["id"] for h in hits])
        return [self._issue(h["_source"], events[h["_source"]["id"]]) for h in hits]

    def count_issues(self, since: datetime | None = None, until: datetime | None = None, topics: Sequence[int] = (),
                     departments: Sequence[str] = (), assignees: Sequence[str] = ()) -> dict[Status, int]:
        res = self._search(self.issues, size=0, track_total_hits=False,
                           query={"bool": {"filter": self._issues_filter(since, until, topics, departments, assignees)}},
                           aggs={"statuses": {"terms": {"field": "status", "size": len(Status)}}})
        return by_status((b["key"], b["doc_count"]) for b in res.get("aggregations", {}).get("statuses", {}).get("buckets", []))

    def _issues_filter(self, since: datetime | None, until: datetime | None, topics: Sequence[int],
                       departments: Sequence[str], assignees: Sequence[str]) -> list[dict[str, Any]]:
        """The clauses of list_issues' and count_issues' times, topics, departments and assignees."""
        clauses: list[dict[str, Any]] = []
        if since:
            clauses.append({"range": {"last_seen": {"gte": since.isoformat()}}})
        if until:
            clauses.append({"range": {"first_seen": {"lt": until.isoformat()}}})
        if topics or departments or assignees:
            clauses.append(self._whose_issues(topics, departments, assignees))
        return clauses

    def _whose_issues(self, topics: Sequence[int], departments: Sequence[str], assignees: Sequence[str]) -> dict[str, Any]:
        """The clause of list_issues' topics, departments and assignees (any of them)."""
        spellings: list[str] = []
        if assignees:
            given = self._search(self.issues, size=0, track_total_hits=False,
                                 aggs={"assignees": {"terms": {"field": "assignee", "size": MAX_WINDOW}}})
            spellings = given_to((b["key"] for b in given.get("aggregations", {}).get("assignees", {}).get("buckets", [])
                                  if b["key"]), assignees)
        anyof = [{"terms": {field: values}} for field, values in (
            ("topics", [int(t) for t in topics]), ("lead_departments", list(departments)), ("assignee", spellings)) if values]
        if len(anyof) < 2:
            return anyof[0] if anyof else {"match_none": {}}  # a department given nothing and leading nothing
        return {"bool": {"should": anyof, "minimum_should_match": 1}}

    def add_issue_event(self, issue_id: str, event: IssueEvent) -> HotIssue:
        from elasticsearch import NotFoundError

        change: dict[str, Any] = {}
        if event.kind == "status":
            change["status"] = Status(event.value).value
        elif event.kind == "assign":
            change["assignee"] = event.value
        try:
            with self._errors():
                if not self.es.exists(index=self.issues, id=issue_id):
                    raise StoreError(no_issue(issue_id))
                eid = self._add_event(issue_id, event)
                # The event first, then the issue, changed even by a note (`handled`: a new version): a conditional
                # status change (set_issue_status_if) that read the issue before this counts the event, or fails.
                self.es.update(index=self.issues, id=issue_id, doc={**change, "handled": eid}, retry_on_conflict=5,
                               refresh=self.refresh)
        except StoreError as exc:
            if isinstance(exc.__cause__, NotFoundError):
                raise StoreError(no_issue(issue_id)) from exc
            raise
        issue = self.get_issue(issue_id)
        if issue is None:
            raise StoreError(no_issue(issue_id))
        return issue

    def _add_event(self, issue_id: str, event: IssueEvent) -> str:
        """One event of an issue's history; returns its id."""
        eid = uuid.uuid4().hex
        self.es.index(index=self.events, id=eid, document=self._event_doc(issue_id, event, eid), op_type="create",
                      refresh=self.refresh)
        return eid

    def set_issue_status_if(self, issue_id: str, event: IssueEvent, seen: Handling) -> bool:
        from elasticsearch import ConflictError

        if event.kind != "status":
            raise StoreError(not_a_status_change(issue_id, event.kind))
        status = Status(event.value).value
        for _ in range(5):
            with self._errors():
                res = self.es.options(ignore_status=404).get(index=self.issues, id=issue_id)
                if not res.body.get("found"):
                    raise StoreError(no_issue(issue_id))
                if self._handling(issue_id, res["_source"]) != seen:
                    return False
                try:  # written only over the version read: another writer in between means read it again
                    self.es.update(index=self.issues, id=issue_id, doc={"status": status, "handled": uuid.uuid4().hex},
                                   if_seq_no=res["_seq_no"], if_primary_term=res["_primary_term"], refresh=self.refresh)
                except ConflictError:
                    continue
                self._add_event(issue_id, event)
                return True
        raise StoreError(concurrent_issue(issue_id))

    def _handling(self, issue_id: str, src: Mapping[str, Any]) -> Handling:
        """An issue's handling: the status and assignee of its document, the office's events counted — after a refresh
        of the events: a count is a search, and sees an analyst's note or closing saved a moment ago only then."""
        self.es.indices.refresh(index=self.events)
        office = {"bool": {"filter": [{"term": {"issue_id": issue_id}}], "must_not": [{"term": {"kind": "phase"}}]}}
        events = int(self.es.count(index=self.events, query=office)["count"])
        return Handling(Status(src.get("status") or Status.NEW.value), src.get("assignee") or "", events)

    # -------------------------------------------------------------- outbox
    def _alert_doc(self, alert: Alert, next_at: datetime | None) -> dict[str, Any]:
        return {**alert.to_dict(), "next": next_at.isoformat() if next_at else None}

    def enqueue_alerts(self, alerts: Sequence[Alert]) -> int:
        if not alerts:
            return 0
        actions = [{"_op_type": "create", "_index": self.alerts, "_id": doc_key(a.key),
                    "_source": self._alert_doc(a, a.next_attempt or a.raised_at)} for a in alerts]
        # The same key twice in one call is ignored like an already stored one: the first is kept.
        first: dict[str, dict[str, Any]] = {}
        for a in actions:
            first.setdefault(a["_id"], a)
        unique = list(first.values())
        new = 0
        results = self._bulk(unique)
        bad = []
        for a in unique:
            info = results.get(("create", a["_index"], a["_id"]), {"status": 0})
            status = int(info.get("status") or 0)
            if 200 <= status < 300:
                new += 1
            elif status != 409:
                bad.append((a["_source"]["key"], status, _reason(info.get("error"))))
        if bad:
            raise BulkWriteError(bad, len(unique))
        return new

    def due_alerts(self, now: datetime, limit: int = 50) -> list[Alert]:
        # 'sending': claimed by a delivery that never finished (a crash); it is due again.
        query = {"bool": {"filter": [{"terms": {"state": ["pending", "sending"]}}, {"range": {"next": {"lte": now.isoformat()}}}]}}
        hits = self._collect(self.alerts, query, [{"next": "asc"}, {"raised_at": "asc"}, {"key": "asc"}], limit)
        return [_alert(h["_source"]) for h in hits]

    def update_alert(self, alert: Alert) -> None:
        from elasticsearch import ConflictError

        for _ in range(5):
            with self._errors():
                res = self.es.options(ignore_status=404).get(index=self.alerts, id=doc_key(alert.key), source=False)
                if not res.body.get("found"):
                    return  # like an UPDATE of a missing row: nothing
                try:
                    self.es.index(index=self.alerts, id=doc_key(alert.key), document=self._alert_doc(alert, alert.next_attempt),
                                  if_seq_no=res["_seq_no"], if_primary_term=res["_primary_term"], refresh=self.refresh)
                    return
                except ConflictError:
                    continue
        raise StoreError(concurrent_alert(alert.key))

    def list_alerts(self, issue_id: str = "", limit: int = 200, state: str = "") -> list[Alert]:
        terms = [{"term": {name: value}} for name, value in (("issue_id", issue_id), ("state", state)) if value]
        query = {"bool": {"filter": terms}} if terms else {"match_all": {}}
        hits = self._collect(self.alerts, query, [{"raised_at": "desc"}, {"key": "asc"}], limit)
        return [_alert(h["_source"]) for h in hits]

    def change_alert(self, key: str, change: Callable[[Alert], Alert | None]) -> Alert | None:
        from elasticsearch import ConflictError

        for _ in range(5):
            with self._errors():
                res = self.es.options(ignore_status=404).get(index=self.alerts, id=doc_key(key))
                if not res.body.get("found"):
                    return None
                changed = change(_alert(res["_source"]))
                if changed is None:
                    return None
                if changed.key != key:
                    raise StoreError(alert_key_changed(key, changed.key))
                try:  # written only over the version read: another writer in between means read it again
                    self.es.index(index=self.alerts, id=doc_key(key), document=self._alert_doc(changed, changed.next_attempt),
                                  if_seq_no=res["_seq_no"], if_primary_term=res["_primary_term"], refresh=self.refresh)
                    return changed
                except ConflictError:
                    continue
        raise StoreError(concurrent_alert(key))

    # -------------------------------------------------------------- early signals
    def save_signals(self, signals: Sequence[Signal]) -> None:
        doc = {"updated": datetime.now(TZ).isoformat(timespec="seconds"), "signals": [s.to_dict() for s in signals]}
        with self._errors():
            self.es.index(index=self.signals, id=SIGNALS_DOC, document=doc, refresh=self.refresh)

    def list_signals(self, since: datetime | None = None) -> list[Signal]:
        with self._errors():
            res = self.es.options(ignore_status=404).get(index=self.signals, id=SIGNALS_DOC)
        if not res.body.get("found"):
            return []
        found = [Signal.from_dict(d) for d in res["_source"].get("signals", [])]
        return sorted((s for s in found if since is None or s.last_seen >= since), key=lambda s: (-s.share, s.key))

    # -------------------------------------------------------------- crawler state
    def get_source_state(self, name: str) -> SourceState:
        with self._errors():
            res = self.es.options(ignore_status=404).get(index=self.sources, id=doc_key(name))
        return _source_state(res["_source"]) if res.body.get("found") else SourceState(name=name)

    def save_source_state(self, state: SourceState) -> None:
        data = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in state.__dict__.items()}
        with self._errors():
            self.es.index(index=self.sources, id=doc_key(state.name), document=data, refresh=self.refresh)

    def list_source_states(self) -> list[SourceState]:
        return [_source_state(h["_source"]) for h in self._collect(self.sources, {"match_all": {}}, [{"name": "asc"}], 1_000_000)]

    # -------------------------------------------------------------- analysis failures
    def analysis_failures(self) -> dict[str, dict[str, Any]]:
        hits = self._collect(self.failures, {"match_all": {}}, [{"id": "asc"}], 1_000_000)
        return {h["_source"]["id"]: dict(h["_source"]["data"]) for h in hits}

    def save_analysis_failures(self, failures: Mapping[str, Mapping[str, Any] | None]) -> None:
        # One request, not one a record; not waited on (refresh): read back only at a later start, after a refresh.
        actions = [{"_op_type": "delete", "_index": self.failures, "_id": doc_key(i)} if data is None else
                   {"_op_type": "index", "_index": self.failures, "_id": doc_key(i), "_source": {"id": i, "data": dict(data)}}
                   for i, data in failures.items()]
        results = self._bulk(actions, refresh=False) if actions else {}
        bad = [(k[2], int(v.get("status") or 0), _reason(v.get("error"))) for k, v in results.items()
               if not (200 <= int(v.get("status") or 0) < 300 or (k[0] == "delete" and v.get("status") == 404))]
        if bad:
            raise BulkWriteError(bad, len(actions))


def _alert(src: Mapping[str, Any]) -> Alert:
    return Alert.from_dict({k: v for k, v in src.items() if k != "next"})


def _source_state(src: Mapping[str, Any]) -> SourceState:
    data = dict(src)
    for key in ("last_attempt", "last_success", "held_until"):
        data[key] = parse_time(data.get(key))
    return SourceState(**data)


def _reason(error: Any) -> str:
    """One line from an Elasticsearch error body or bulk item error."""
    if isinstance(error, Mapping):
        inner = error.get("error", error)
        if isinstance(inner, Mapping):
            cause = (inner.get("root_cause") or [{}])[0]
            kind = inner.get("type") or cause.get("type") or ""
            reason = inner.get("reason") or cause.get("reason") or ""
            return f"{kind}: {reason}".strip(": ")
        return str(inner)
    return str(error or "")
