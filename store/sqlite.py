"""The embedded store: one SQLite file in WAL mode with an FTS5 index folded for Vietnamese.

Search folds accents with FTS5's ``remove_diacritics 2``; ``đ`` is not folded by it, so the index
reads its text through a view that maps ``đ``/``Đ`` (and the eth ``ð``/``Ð`` some converters write for
them) to ``d``/``D`` (no extra storage), and queries are folded the same way. Full-text matches are found first (``rowid IN (SELECT … MATCH …)``) and
filters applied after, which stays fast at a million rows (see ../shared/MEASURED.md).

Reading an article's row costs its overflow pages (the time and the filtered columns come after the
text, about 7 kB), so a search never reads the rows of more matches than SMALL_MATCH_SET: counts without
filters come from the FTS index alone, counts with filters and newest/oldest pages walk the covering
``articles_window`` index (time order, tone, locality, outlet) testing each entry against the match set,
and relevance ranks in the FTS index alone, restricted to the filters' rowids. Only the page's rows are
read. Totals stay exact.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

from diemnong.domain import (Alert, Article, Classification, HotIssue, IssueEvent, Signal, SourceState, Status, local_time,
                             parse_time)
from diemnong.text import nfc, number
from store.base import (
    PREFIX,
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
    parse_query,
    unknown_step,
)

# What FTS5's remove_diacritics leaves: đ/Đ, and the eth ð/Ð that text from legacy-encoding converters has in their
# place («Ðào tạo»), as diemnong.text.fold maps them for queries. Stores made before migration 005 folded only đ/Đ.
FOLD_SQL = "replace(replace(replace(replace({0}, 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D')"
FOLD_SQL_001 = "replace(replace({0}, 'đ', 'd'), 'Đ', 'D')"
ARTICLE_COLUMNS = (
    "id", "url", "external_id", "source", "title", "summary", "text", "author", "image", "published_ts", "day",
    "fetched_ts", "segmented", "story_id", "duplicate_of", "status", "topics", "sentiment", "local",
    "classification", "content_hash", "updated_ts", "link",
)


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction (executescript would commit it)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise StoreError(f"một bước nâng cấp kho có câu lệnh SQL chưa trọn: «{' '.join(pending.split())[:80]}»; "
                         "kho chưa bị đổi, báo lỗi này cho người bảo trì Điểm Nóng")


def _folded_index(fold: str) -> str:
    """The view the full-text index reads the articles through, and the triggers that keep the index in step, with
    `fold` (an SQL expression of {0}) applied to the title, summary and text."""
    return f"""
        CREATE VIEW articles_folded AS
            SELECT rowid, {fold.format('title')} AS title, {fold.format('summary')} AS summary,
                   {fold.format('text')} AS text FROM articles;
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, summary, text) VALUES (
                new.rowid, {fold.format('new.title')}, {fold.format('new.summary')}, {fold.format('new.text')});
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, summary, text) VALUES ('delete',
                old.rowid, {fold.format('old.title')}, {fold.format('old.summary')}, {fold.format('old.text')});
        END;
        CREATE TRIGGER articles_au AFTER UPDATE OF title, summary, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, summary, text) VALUES ('delete',
                old.rowid, {fold.format('old.title')}, {fold.format('old.summary')}, {fold.format('old.text')});
            INSERT INTO articles_fts(rowid, title, summary, text) VALUES (
                new.rowid, {fold.format('new.title')}, {fold.format('new.summary')}, {fold.format('new.text')});
        END;
        """


def _m001_initial(db: sqlite3.Connection) -> None:
    _run_script(db, 
        f"""
        CREATE TABLE articles (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL,
            external_id TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL,
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            image TEXT NOT NULL DEFAULT '',
            published_ts INTEGER NOT NULL,
            day TEXT NOT NULL,
            fetched_ts INTEGER,
            segmented TEXT NOT NULL DEFAULT '',
            story_id TEXT NOT NULL DEFAULT '',
            duplicate_of TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'complete',
            topics TEXT NOT NULL DEFAULT '[]',
            sentiment TEXT,
            local INTEGER,
            classification TEXT,
            content_hash TEXT NOT NULL DEFAULT '',
            updated_ts INTEGER NOT NULL,
            page_attempts INTEGER NOT NULL DEFAULT 0,
            page_next_ts INTEGER
        );
        CREATE INDEX articles_published ON articles(published_ts);
        CREATE INDEX articles_source ON articles(source, published_ts);
        CREATE INDEX articles_day ON articles(day);
        CREATE INDEX articles_external ON articles(external_id);
        CREATE INDEX articles_story ON articles(story_id);
        CREATE INDEX articles_pages ON articles(page_next_ts) WHERE page_next_ts IS NOT NULL;
        CREATE TABLE article_topics (
            topic INTEGER NOT NULL,
            article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
            PRIMARY KEY (topic, article_rowid)
        ) WITHOUT ROWID;
        CREATE INDEX article_topics_rowid ON article_topics(article_rowid);
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, summary, text, content='articles_folded', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'
        );
        {_folded_index(FOLD_SQL_001)}
        CREATE TABLE issues (
            id TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            score REAL NOT NULL,
            first_seen_ts INTEGER NOT NULL,
            last_seen_ts INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'new',
            assignee TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX issues_last_seen ON issues(last_seen_ts);
        CREATE TABLE issue_events (
            seq INTEGER PRIMARY KEY,
            issue_id TEXT NOT NULL REFERENCES issues(id),
            at_ts REAL NOT NULL,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            who TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX issue_events_issue ON issue_events(issue_id, seq);
        CREATE TABLE alerts (
            key TEXT PRIMARY KEY,
            issue_id TEXT NOT NULL,
            data TEXT NOT NULL,
            state TEXT NOT NULL,
            raised_ts REAL NOT NULL,
            next_ts REAL
        );
        CREATE INDEX alerts_due ON alerts(state, next_ts);
        CREATE INDEX alerts_issue ON alerts(issue_id);
        CREATE TABLE source_states (name TEXT PRIMARY KEY, data TEXT NOT NULL);
        """
    )


def _m002_window_index(db: sqlite3.Connection) -> None:
    # The dashboard's charts and counters read (time, day, tone, locality, outlet) of every article in a window.
    # From the table, each of those rows costs its overflow pages (the text comes first, about 7 kB an article),
    # so a 30-day chart grew with the whole store; from this covering index it grows with the window only.
    db.execute("CREATE INDEX IF NOT EXISTS articles_window ON articles(published_ts, day, sentiment, local, source)")


def _m003_signals(db: sqlite3.Connection) -> None:
    # The detector's early signals: replaced as a whole after each batch, so one row per signal and no history.
    db.execute("CREATE TABLE IF NOT EXISTS signals (key TEXT PRIMARY KEY, data TEXT NOT NULL, share REAL NOT NULL)")


def _m004_article_link(db: sqlite3.Connection) -> None:
    # Where a crawled article's page is fetched: the link as published (a site may answer only on www., or need a
    # parameter the canonical url drops). Rows from before keep '' and are fetched at their url, as they were.
    db.execute("ALTER TABLE articles ADD COLUMN link TEXT NOT NULL DEFAULT ''")


def _m005_fold_eth(db: sqlite3.Connection) -> None:
    # The index now folds ð/Ð as d/D, as the query side always did: «Ðào tạo» was not found by «dao tao» (nor by
    # «đào tạo»). New view and triggers; only the articles with an eth are indexed again (a rebuild would tokenize all).
    # Finding them reads every article's text once, at the first start after the upgrade, with writers held: 2.1 s for
    # 20,000 articles (116 MiB) here, so about 12 s at 100,000 and two minutes or more at a million.
    for name in ("TRIGGER articles_ai", "TRIGGER articles_ad", "TRIGGER articles_au", "VIEW articles_folded"):
        db.execute(f"DROP {name}")
    _run_script(db, _folded_index(FOLD_SQL))
    has_eth = " OR ".join(f"instr({c}, '{e}')" for c in ("title", "summary", "text") for e in "ðÐ")
    old = ", ".join(FOLD_SQL_001.format(c) for c in ("title", "summary", "text"))
    new = ", ".join(FOLD_SQL.format(c) for c in ("title", "summary", "text"))
    db.execute(f"INSERT INTO articles_fts(articles_fts, rowid, title, summary, text) "
               f"SELECT 'delete', rowid, {old} FROM articles WHERE {has_eth}")
    db.execute(f"INSERT INTO articles_fts(rowid, title, summary, text) SELECT rowid, {new} FROM articles WHERE {has_eth}")


def _m006_article_aliases(db: sqlite3.Connection) -> None:
    # Another address of a stored article, by document id: a feed link that redirected to a page that failed is stored
    # under the link; the page's own address, when it comes later as a direct link, is this article (not a new one).
    db.execute("CREATE TABLE IF NOT EXISTS article_aliases (alias_id TEXT PRIMARY KEY, article_id TEXT NOT NULL)")


def _m007_article_fetched(db: sqlite3.Connection) -> None:
    # When the store first took in an article (first_fetched, the report schedule's «watched» months): from the table,
    # its minimum read every row and its overflow pages (fetched_ts comes after the text); from this index, one entry.
    db.execute("CREATE INDEX IF NOT EXISTS articles_fetched ON articles(fetched_ts)")


def _m008_analysis_failures(db: sqlite3.Connection) -> None:
    # What the service remembers of the articles the analysis failed on (their tries and next try): in memory, a restart
    # analysed each again at once, warned of it again and began its schedule anew.
    db.execute("CREATE TABLE IF NOT EXISTS analysis_failures (id TEXT PRIMARY KEY, data TEXT NOT NULL)")


# Migrations a store can be read without (a read-only copy an earlier version made, which cannot be upgraded where it
# is): its articles, issues and signals read the same; only what the migration adds is empty (no aliases).
READ_WITHOUT = frozenset({"006_article_aliases", "007_article_fetched", "008_analysis_failures"})

MIGRATIONS: list[tuple[str, Callable[[sqlite3.Connection], None]]] = [
    ("001_initial", _m001_initial), ("002_window_index", _m002_window_index), ("003_signals", _m003_signals),
    ("004_article_link", _m004_article_link), ("005_fold_eth", _m005_fold_eth), ("006_article_aliases", _m006_article_aliases),
    ("007_article_fetched", _m007_article_fetched), ("008_analysis_failures", _m008_analysis_failures),
]


# SQLite's own words for what went wrong, as the Vietnamese lines that carry them say it; another is kept as SQLite says it
SQLITE_WORDS = {
    "file is not a database": "tệp không phải cơ sở dữ liệu SQLite",
    "database or disk is full": "ổ đĩa đầy hoặc kho đã tới giới hạn dung lượng",
    "disk I/O error": "lỗi đọc ghi ổ đĩa",
    "attempt to write a readonly database": "kho chỉ cho đọc",
    "unable to open database file": "không mở được tệp",
    "database disk image is malformed": "tệp kho bị hỏng",
    "database is locked": "kho đang bị một tiến trình khác khóa",
}


def sqlite_said(exc: Exception) -> str:
    """An sqlite3 error's message in Vietnamese where it is one SQLite often gives (SQLITE_WORDS), else as it is."""
    return SQLITE_WORDS.get(str(exc), str(exc))


def _room(path: str) -> str:
    """What the file system says about a store that cannot be written: free space, write permission."""
    if path == ":memory:":
        return ""
    folder = Path(path).resolve().parent
    notes = []
    try:
        free = shutil.disk_usage(folder).free
        notes.append(f"ổ đĩa còn trống {number(free / 2**20, 1)} MiB")
    except OSError:
        pass
    if os.geteuid() != 0:  # root may write anywhere, so the bits say nothing then
        if not os.access(folder, os.W_OK):
            notes.append(f"không có quyền ghi vào {folder}")
        elif Path(path).exists() and not os.access(path, os.W_OK):
            notes.append("tệp chỉ cho đọc")
    return f" ({'; '.join(notes)})" if notes else ""


def readonly_uri(path: str | Path, immutable: bool = False) -> str:
    """The file: URI that opens a store read-only: its path %-escaped, so that a folder named «sao lưu #2», «bản sao?» or
    «100% …» is that folder (written as it is, «#» and «?» cut the path short and another, empty file was read)."""
    return Path(path).resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def _ts(value: datetime | None) -> float | None:
    return value.timestamp() if value else None


def _dt(value: float | None) -> datetime | None:
    return local_time(datetime.fromtimestamp(value, timezone.utc)) if value is not None else None


def _row(article: Article) -> dict[str, Any]:
    c = article.classification
    return {
        "id": article.id,
        "url": article.url,
        "external_id": article.external_id,
        "source": article.source,
        "title": article.title,
        "summary": article.summary,
        "text": article.text,
        "author": article.author,
        "image": article.image,
        "published_ts": int(article.published.timestamp()),
        "day": local_time(article.published).date().isoformat(),
        "fetched_ts": int(article.fetched.timestamp()) if article.fetched else None,
        "segmented": article.segmented,
        "story_id": article.story_id,
        "duplicate_of": article.duplicate_of,
        "status": article.status,
        "topics": json.dumps(list(c.topics) if c else []),
        "sentiment": c.sentiment if c else None,
        "local": int(c.local) if c else None,
        "classification": json.dumps(c.to_dict(), ensure_ascii=False) if c else None,
        "content_hash": content_hash(article),
        "updated_ts": int(time.time()),
        "link": article.link,
    }


def _article(row: sqlite3.Row) -> Article:
    cls = Classification.from_dict(json.loads(row["classification"])) if row["classification"] else None
    return Article(
        url=row["url"], title=row["title"], source=row["source"],
        published=_dt(row["published_ts"]),  # type: ignore[arg-type]
        summary=row["summary"], text=row["text"], author=row["author"], image=row["image"],
        external_id=row["external_id"], fetched=_dt(row["fetched_ts"]), segmented=row["segmented"],
        story_id=row["story_id"], duplicate_of=row["duplicate_of"], status=row["status"], classification=cls,
        link=_link(row),
    )


def _add_event(db: sqlite3.Connection, issue_id: str, event: IssueEvent) -> None:
    """One event of an issue's history, at the end of it (within the caller's transaction)."""
    db.execute("INSERT INTO issue_events (issue_id, at_ts, kind, value, who, note) VALUES (?, ?, ?, ?, ?, ?)",
               (issue_id, event.at.timestamp(), event.kind, event.value, event.who, event.note))


def _link(row: Any) -> str:
    """The row's link; '' from a store opened read-only before migration 004 added the column."""
    try:
        return row["link"] or ""
    except (IndexError, KeyError):
        return ""


def fts_expression(parsed: ParsedQuery) -> str:
    """Translate a parsed query into an FTS5 MATCH expression."""
    def phrase(words: tuple[str, ...]) -> str:  # a prefix only ever ends a phrase: FTS5's "giao duc" *
        star = " *" if words[-1].endswith(PREFIX) else ""
        return '"' + " ".join(w.removesuffix(PREFIX).replace('"', "") for w in words) + '"' + star

    clauses = []
    for clause in parsed.must:
        alts = [phrase(p) for p in clause]
        clauses.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    expr = " AND ".join(clauses)
    if parsed.exclude:
        expr += " NOT (" + " OR ".join(phrase(p) for p in parsed.exclude) + ")"
    return expr


def rank_expression(parsed: ParsedQuery, expr: str) -> str:
    """The MATCH expression relevance ranks by: the query's (`expr`), and, when it starts with two to four single words
    («lam thu», «hoc phi tang»), those words as a phrase that need not match (``AND ("lam thu" OR "lam")``): bm25 counts
    the phrase too, so «… lạm thu …» ranks above «lạm phát … thu nhập», as Elasticsearch's compounds rank it. The same
    articles match."""
    words = []
    for clause in parsed.must:
        if len(clause) > 1 or len(clause[0]) > 1 or clause[0][0].endswith(PREFIX):
            break
        words.append(clause[0][0])
    if not 2 <= len(words) <= 4:
        return expr
    return f'({expr}) AND ("{" ".join(words)}" OR "{words[0]}")'


LOCAL_OFFSET = 7 * 3600  # Asia/Ho_Chi_Minh: UTC+7 since 1975, without daylight saving
STEP_SECONDS = {"h": 3600, "6h": 6 * 3600, "D": 86400}


def step_sql(step: str, column: str = "a.published_ts") -> str:
    """The unix time of the local step (store.base.STEPS) a unix time falls in: its hour, six hours (from 00, 06, 12,
    18 local), day, or week from Monday (1 January 1970, day 0, was a Thursday)."""
    local = f"({column} + {LOCAL_OFFSET})"
    if step == "W":
        return f"(({local} / 86400) - ({local} / 86400 + 3) % 7) * 86400 - {LOCAL_OFFSET}"
    if step not in STEP_SECONDS:
        raise StoreError(unknown_step(step))
    return f"({local} / {STEP_SECONDS[step]}) * {STEP_SECONDS[step]} - {LOCAL_OFFSET}"


def filter_sql(filters: Filters, alias: str = "a") -> tuple[str, list[Any]]:
    """WHERE conditions (joined with AND) and parameters for the shared filters."""
    where: list[str] = []
    params: list[Any] = []
    if filters.since:
        where.append(f"{alias}.published_ts >= ?")
        params.append(int(filters.since.timestamp()))
    if filters.until:
        where.append(f"{alias}.published_ts < ?")
        params.append(int(filters.until.timestamp()))
    if filters.sentiments:
        where.append(f"{alias}.sentiment IN ({','.join('?' * len(filters.sentiments))})")
        params.extend(filters.sentiments)
    if filters.sources:
        where.append(f"{alias}.source IN ({','.join('?' * len(filters.sources))})")
        params.extend(filters.sources)
    if filters.local is not None:
        where.append(f"{alias}.local = ?")
        params.append(int(filters.local))
    if filters.story_id:
        where.append(f"{alias}.story_id = ?")
        params.append(filters.story_id)
    if filters.ids:
        where.append(f"{alias}.id IN ({','.join('?' * len(filters.ids))})")
        params.extend(filters.ids)
    if filters.topics:
        where.append(
            f"{alias}.rowid IN (SELECT article_rowid FROM article_topics WHERE topic IN ({','.join('?' * len(filters.topics))}))"
        )
        params.extend(filters.topics)
    return " AND ".join(where) or "1", params


# A search whose words are in more articles than this walks the covering window index (time order, filters
# read from the index) rather than reading each match's row, which costs its overflow pages (MEASURED: ranking
# or ordering every match is what costs at 1M). Below it, the match set is small enough to read directly.
SMALL_MATCH_SET = 5000
# With filters but no time bound the window is the whole store, and counting through it (about 0.15–0.4 s at
# 1M) costs more than reading up to this many matches' rows directly.
UNBOUNDED_MATCH_SET = 50_000


@dataclass(frozen=True)
class _Plan:
    """A search or count: the parsed words, their FTS5 expression and number of matches (None without words),
    the filters' WHERE, and whether to drive it by the window index (many matches, filters the index covers)."""

    parsed: ParsedQuery
    expr: str
    matches: int | None
    fwhere: str
    fparams: list[Any]
    windowed: bool

    @property
    def where(self) -> str:
        if self.matches is None:
            return self.fwhere
        return f"a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) AND {self.fwhere}"

    @property
    def params(self) -> list[Any]:
        return self.fparams if self.matches is None else [self.expr, *self.fparams]


class _ScoredRow:
    """An article row with the score of a ranking done elsewhere."""

    def __init__(self, row: sqlite3.Row, score: float):
        self._row, self._score = row, score

    def __getitem__(self, key: str) -> Any:
        return self._score if key == "score" else self._row[key]


class SQLiteStore(Store):
    """The embedded default store (see module docstring)."""

    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        try:
            self.db = self._open_readonly() if readonly else self._connect(self.path)
        except sqlite3.Error as exc:
            raise StoreUnavailable(f"không mở được kho {self.path}: {sqlite_said(exc)}") from exc
        self.db.row_factory = sqlite3.Row
        with self._errors():
            self.db.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                self._migrate()

    @classmethod
    def for_reading(cls, path: str | Path) -> SQLiteStore:
        """The store opened by a command that only reads: read-only (a read-only home or store file is read), unless
        it is not made yet (made, empty) or an earlier version made it (upgraded first, as a writer opens it)."""
        if Path(path).exists():
            store = cls(path, readonly=True)
            pending = store.pending_migrations()
            if not pending:
                return store
            try:
                upgraded = cls(path)
            except StoreUnavailable:  # a read-only home or file: read as it is if reading needs none of what it lacks
                if set(pending) <= READ_WITHOUT:
                    return store
                store.close()
                raise
            store.close()
            return upgraded
        return cls(path)

    def pending_migrations(self) -> list[str]:
        """The migrations this store has not had."""
        with self._lock:
            try:
                done = {r[0] for r in self.db.execute("SELECT name FROM migrations")}
            except sqlite3.OperationalError:  # no migrations table
                done = set()
        return [name for name, _ in MIGRATIONS if name not in done]

    # -------------------------------------------------------------- plumbing
    @staticmethod
    def _connect(target: str, uri: bool = False) -> sqlite3.Connection:
        return sqlite3.connect(target, uri=uri, check_same_thread=False, isolation_level=None, timeout=30)

    def _open_readonly(self) -> sqlite3.Connection:
        """A connection that never writes the store. A store in WAL mode is read with its -shm beside it, which SQLite
        makes when the folder allows; in a read-only folder (a read-only mount, an auditor's copy) with no -wal, all
        of the store is in its file and it is read as immutable (no -shm, no locks: as the file is when it opens);
        with a -wal but no -shm its last changes cannot be read, and that is said in one line."""
        db = self._connect(readonly_uri(self.path), uri=True)
        try:
            db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.OperationalError as exc:
            db.close()
            if getattr(exc, "sqlite_errorname", "") not in ("SQLITE_READONLY_DIRECTORY", "SQLITE_CANTOPEN"):
                raise
        wal = Path(f"{Path(self.path).resolve()}-wal")  # beside the file a link points to, where SQLite looks
        if wal.exists() and wal.stat().st_size:
            raise StoreUnavailable(
                f"không đọc được kho {self.path}: thư mục {wal.parent} chỉ đọc, và tệp {wal.name} (những thay đổi cuối "
                f"chưa gộp vào kho) cần tệp -shm bên cạnh mà ở đó không tạo được; chép kho sang thư mục ghi được, hoặc "
                f"đọc bản sao lưu của `diemnong backup`")
        return self._connect(readonly_uri(self.path, immutable=True), uri=True)

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as exc:
            message = str(exc)
            if any(s in message for s in ("disk is full", "readonly", "read-only", "unable to open", "locked", "disk I/O")):
                raise StoreUnavailable(f"không ghi được vào kho {self.path}: {sqlite_said(exc)}{_room(self.path)}") from exc
            if "fts5" in message or "syntax error" in message:
                raise QuerySyntaxError(f"Không hiểu câu truy vấn: {message}") from exc
            raise StoreError(f"kho {self.path}: {sqlite_said(exc)}") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreUnavailable(f"kho {self.path} bị hỏng hoặc không đọc được: {sqlite_said(exc)}") from exc

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock, self._errors():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                if self.db.in_transaction:  # SQLite has already rolled back after some errors (a full disk)
                    self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock, self._errors():
            return self.db.execute(sql, params).fetchall()

    def _migrate(self) -> None:
        with self._tx() as db:
            db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            done = {r[0] for r in db.execute("SELECT name FROM migrations")}
            for name, apply in MIGRATIONS:
                if name not in done:
                    apply(db)
                    db.execute("INSERT INTO migrations VALUES (?, datetime('now'))", (name,))

    def close(self) -> None:
        with self._lock:
            self.db.close()

    # -------------------------------------------------------------- articles
    def upsert_articles(self, articles: Sequence[Article]) -> UpsertResult:
        result = UpsertResult()
        cols = ", ".join(ARTICLE_COLUMNS)
        marks = ", ".join(f":{c}" for c in ARTICLE_COLUMNS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in ARTICLE_COLUMNS if c != "id")
        with self._tx() as db:
            for article in articles:
                row = _row(article)
                old = db.execute("SELECT rowid, content_hash FROM articles WHERE id = ?", (row["id"],)).fetchone()
                if old and old["content_hash"] == row["content_hash"]:
                    result.unchanged.append(row["id"])
                    continue
                db.execute(
                    f"INSERT INTO articles ({cols}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {updates}", row
                )
                rowid = old["rowid"] if old else db.execute("SELECT rowid FROM articles WHERE id = ?", (row["id"],)).fetchone()[0]
                if article.status == "complete":
                    db.execute("UPDATE articles SET page_next_ts = NULL WHERE rowid = ?", (rowid,))
                elif not old:
                    db.execute("UPDATE articles SET page_next_ts = ? WHERE rowid = ?", (int(time.time()), rowid))
                db.execute("DELETE FROM article_topics WHERE article_rowid = ?", (rowid,))
                if article.classification is not None:
                    topics = article.classification.topics or (0,)
                    db.executemany("INSERT INTO article_topics VALUES (?, ?)", [(t, rowid) for t in topics])
                (result.updated if old else result.inserted).append(row["id"])
        return result

    def get_articles(self, ids: Sequence[str]) -> list[Article]:
        found: dict[str, Article] = {}
        for i in range(0, len(ids), 500):
            chunk = list(ids[i : i + 500])
            rows = self._query(f"SELECT * FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            found.update({r["id"]: _article(r) for r in rows})
        return [found[i] for i in ids if i in found]

    def add_aliases(self, aliases: Mapping[str, str]) -> None:
        with self._tx() as db:
            db.executemany("INSERT OR IGNORE INTO article_aliases VALUES (?, ?)", list(aliases.items()))

    def aliases(self, ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for i in range(0, len(ids), 500):
            chunk = list(ids[i : i + 500])
            try:
                rows = self._query(f"SELECT alias_id, article_id FROM article_aliases WHERE alias_id IN ({','.join('?' * len(chunk))})",
                                   chunk)
            except StoreError as exc:  # a store opened read-only before migration 006: no aliases yet
                if "no such table" not in str(exc) or isinstance(exc, StoreUnavailable):
                    raise
                return found
            found.update({r[0]: r[1] for r in rows})
        return found

    def _plan(self, text: str, filters: Filters) -> _Plan:
        """How to run a search or count: see _Plan."""
        parsed = parse_query(text)
        fwhere, fparams = filter_sql(filters)
        if parsed.empty:
            # Browsing a topic: the planner reads the row of every article of the topic to sort them by time.
            windowed = False
            if filters.topics and not (filters.story_id or filters.ids):
                marks = ",".join("?" * len(filters.topics))
                in_topics = self._query(f"SELECT COUNT(*) FROM article_topics WHERE topic IN ({marks})", list(filters.topics))
                windowed = int(in_topics[0][0]) > SMALL_MATCH_SET
            return _Plan(parsed, "", None, fwhere, fparams, windowed)
        expr = fts_expression(parsed)
        matches = int(self._query("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?", [expr])[0][0])
        bounded = fwhere == "1" or filters.since is not None or filters.until is not None
        windowed = matches > (SMALL_MATCH_SET if bounded else max(SMALL_MATCH_SET, UNBOUNDED_MATCH_SET)) \
            and not (filters.story_id or filters.ids)
        return _Plan(parsed, expr, matches, fwhere, fparams, windowed)

    def search(self, query: SearchQuery) -> SearchPage:
        plan = self._plan(query.text, query.filters)
        parsed = plan.parsed
        total = self._count(plan) if query.total is None else query.total
        limit = max(1, min(query.limit, 1000))
        if total == 0:
            rows: list[sqlite3.Row] = []
            next_cursor = ""
        elif query.sort == "relevance" and not parsed.empty:
            offset = int(decode_cursor(query.cursor)[0]) if query.cursor else 0
            if plan.windowed:
                rows = self._rows_by_rowid(self._ranked(plan, limit, offset))
            else:
                # Equal scores (the same story word for word in several outlets) newest first, as Elasticsearch sorts them.
                rows = self._query(
                    f"SELECT a.*, bm25(articles_fts, 10.0, 4.0, 1.0) AS score FROM articles_fts "
                    f"JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? AND {plan.where} "
                    f"ORDER BY score, a.published_ts DESC, a.rowid DESC LIMIT ? OFFSET ?",
                    [rank_expression(parsed, plan.expr), *plan.params, limit, offset],
                )
            next_cursor = encode_cursor([offset + limit]) if offset + limit < total else ""
        else:
            desc = query.sort != "oldest"
            op, order = ("<", "DESC") if desc else (">", "ASC")
            keyset, kparams = "", []
            if query.cursor:
                ts, rowid = decode_cursor(query.cursor)
                # The same condition as (ts op ? OR (ts = ? AND rowid op ?)), written so an index can seek to it.
                keyset = f" AND a.published_ts {op}= ? AND (a.published_ts {op} ? OR a.rowid {op} ?)"
                kparams = [ts, ts, rowid]
            if plan.windowed:
                # Many matches: walk the covering window index in time order and stop after a page, instead of
                # reading every match's row (the time comes after the text, in its overflow pages) to sort them.
                found = self._query(
                    f"SELECT a.rowid FROM articles a INDEXED BY articles_window WHERE {plan.where}{keyset} "
                    f"ORDER BY a.published_ts {order}, a.rowid {order} LIMIT ?",
                    [*plan.params, *kparams, limit + 1],
                )
                rows = self._rows_by_rowid([(r[0], 0.0) for r in found])
            else:
                rows = self._query(
                    f"SELECT a.*, 0.0 AS score FROM articles a WHERE {plan.where}{keyset} "
                    f"ORDER BY a.published_ts {order}, a.rowid {order} LIMIT ?",
                    [*plan.params, *kparams, limit + 1],
                )
            more = len(rows) > limit
            rows = rows[:limit]
            next_cursor = encode_cursor([rows[-1]["published_ts"], rows[-1]["rowid"]]) if more and rows else ""
        words = parsed.phrases
        hits = [Hit(article=_article(r), score=-float(r["score"]),
                    highlights=highlights(r["title"], r["summary"], r["text"], words) if query.highlight else {})
                for r in rows]
        return SearchPage(total=total, hits=hits, next_cursor=next_cursor)

    def _ranked(self, plan: _Plan, limit: int, offset: int) -> list[tuple[int, float]]:
        """(rowid, score) of a relevance page ranked in the FTS index alone, in the direct plan's order: best score
        first, equal scores newest first. Only the times of the page's matches and of those with a score equal to one
        of theirs (the same story in several outlets) are read, from their rows."""
        restrict, rparams = "", []
        if plan.fwhere != "1":
            # "+rowid": a plain rowid constraint would be handed to FTS5, which then runs the MATCH once
            # for every rowid of the filters (50 s at 1M); this way the set is built once and probed.
            restrict = f" AND +rowid IN (SELECT a.rowid FROM articles a INDEXED BY articles_window WHERE {plan.fwhere})"
            rparams = plan.fparams
        end, extra = offset + limit, limit
        while True:  # up to the page's end, and on while the last score of the page goes on
            ranked = [(int(r[0]), float(r[1])) for r in self._query(
                f"SELECT rowid, bm25(articles_fts, 10.0, 4.0, 1.0) AS score FROM articles_fts "
                f"WHERE articles_fts MATCH ?{restrict} ORDER BY score, rowid LIMIT ?",
                [rank_expression(plan.parsed, plan.expr), *rparams, end + extra])]
            if len(ranked) < end + extra or ranked[-1][1] != ranked[end - 1][1]:
                break
            extra *= 4
        if len(ranked) <= offset:
            return []
        first, last = ranked[offset][1], ranked[min(end, len(ranked)) - 1][1]
        start = next(i for i in range(offset, -1, -1) if i == 0 or ranked[i - 1][1] != first)
        near = [r for r in ranked[start:] if r[1] <= last]
        if len({score for _, score in near}) < len(near):
            marks = ",".join("?" * len(near))
            times = dict(self._query(f"SELECT rowid, published_ts FROM articles WHERE rowid IN ({marks})", [r for r, _ in near]))
            near.sort(key=lambda r: (r[1], -times[r[0]], -r[0]))
        return near[offset - start : offset - start + limit]

    def _rows_by_rowid(self, order: list[tuple[int, float]]) -> list[sqlite3.Row]:
        """Whole article rows (with a score column) in the order given."""
        if not order:
            return []
        scores = dict(order)
        rows = self._query(
            f"SELECT a.*, 0.0 AS score FROM articles a WHERE a.rowid IN ({','.join('?' * len(order))})", [r for r, _ in order]
        )
        by_rowid = {r["rowid"]: r for r in rows}
        out = []
        for rowid, _ in order:
            if rowid in by_rowid:
                row = by_rowid[rowid]
                out.append(_ScoredRow(row, scores[rowid]))
        return out  # type: ignore[return-value]

    def _count(self, plan: _Plan) -> int:
        if plan.matches is not None and (plan.matches == 0 or plan.fwhere == "1"):
            return plan.matches  # every article has exactly one row in the FTS index
        hint = " INDEXED BY articles_window" if plan.windowed else ""
        return int(self._query(f"SELECT COUNT(*) FROM articles a{hint} WHERE {plan.where}", plan.params)[0][0])

    def count(self, filters: Filters = Filters(), text: str = "") -> int:
        return self._count(self._plan(text, filters))

    def aggregate(self, filters: Filters = Filters(), by_topic: bool = True) -> list[Bucket]:
        where, params = filter_sql(filters)
        # The planner would walk the whole table in day order (articles_day) to save a sort; the window index is far cheaper.
        indexed = "" if filters.story_id or filters.ids else " INDEXED BY articles_window"
        if not by_topic:  # filter_sql holds the topic filter; classified articles only, as below
            rows = self._query(
                f"SELECT a.day, COALESCE(a.sentiment, 'neutral') AS sentiment, COUNT(*) AS n FROM articles a{indexed} "
                f"WHERE {where} AND EXISTS (SELECT 1 FROM article_topics t WHERE t.article_rowid = a.rowid) "
                f"GROUP BY a.day, sentiment ORDER BY a.day, sentiment",
                params,
            )
            return [Bucket(r["day"], None, r["sentiment"], r["n"]) for r in rows]
        topic_where = ""
        if filters.topics:
            topic_where = f" AND t.topic IN ({','.join('?' * len(filters.topics))})"
            params = [*params, *filters.topics]
        rows = self._query(
            f"SELECT a.day, t.topic, COALESCE(a.sentiment, 'neutral') AS sentiment, COUNT(*) AS n "
            f"FROM articles a{indexed} JOIN article_topics t ON t.article_rowid = a.rowid WHERE {where}{topic_where} "
            f"GROUP BY a.day, t.topic, sentiment ORDER BY a.day, t.topic, sentiment",
            params,
        )
        return [Bucket(r["day"], r["topic"], r["sentiment"], r["n"]) for r in rows]

    def story_timeline(self, story_id: str, step: str = "h") -> list[TimelineCell]:
        where, params = filter_sql(Filters(story_id=story_id))
        # One pass over the story's rows (articles_story); SQLite takes a bare column (title) from the row of MIN().
        rows = self._query(
            f"SELECT a.source, {step_sql(step)} AS start, COALESCE(a.sentiment, '') AS tone, COUNT(*) AS n, a.title, "
            f"MIN(a.published_ts) AS first FROM articles a WHERE {where} GROUP BY a.source, start, tone "
            f"ORDER BY a.source, start, tone",
            params,
        )
        return [TimelineCell(r["source"], _dt(r["start"]), r["tone"], int(r["n"]), r["title"], _dt(r["first"]))  # type: ignore[arg-type]
                for r in rows]

    def iter_articles(self, filters: Filters = Filters(), batch: int = 1000) -> Iterator[Article]:
        where, params = filter_sql(filters)
        last = (-(2**62), -1)
        while True:
            rows = self._query(
                f"SELECT * FROM articles a WHERE {where} AND (a.published_ts > ? OR (a.published_ts = ? AND a.rowid > ?)) "
                f"ORDER BY a.published_ts, a.rowid LIMIT ?",
                [*params, last[0], last[0], last[1], batch],
            )
            if not rows:
                return
            yield from (_article(r) for r in rows)
            last = (rows[-1]["published_ts"], rows[-1]["rowid"])

    def source_counts(self, since: datetime) -> dict[str, dict[str, int]]:
        rows = self._query(
            "SELECT source, day, COUNT(*) AS n FROM articles INDEXED BY articles_window WHERE published_ts >= ? GROUP BY source, day",
            [int(since.timestamp())],
        )
        out: dict[str, dict[str, int]] = {}
        for r in rows:
            out.setdefault(r["source"], {})[r["day"]] = r["n"]
        return out

    def first_fetched(self) -> datetime | None:
        # The min of the articles_fetched index (no row read); a store read before migration 007 reads the table.
        return _dt(self._query("SELECT MIN(fetched_ts) FROM articles")[0][0])

    def source_totals(self) -> dict[str, int]:
        # Grouped in the order of the (source, published_ts) index: no temporary tree, no day per row.
        rows = self._query("SELECT source, COUNT(*) AS n FROM articles INDEXED BY articles_source GROUP BY source")
        return {r["source"]: int(r["n"]) for r in rows}

    def pending_pages(self, now: datetime, limit: int = 100) -> list[Article]:
        rows = self._query(
            "SELECT * FROM articles WHERE page_next_ts IS NOT NULL AND page_next_ts <= ? AND status != 'complete' "
            "ORDER BY page_next_ts LIMIT ?",
            [int(now.timestamp()), limit],
        )
        return [_article(r) for r in rows]

    def unanalysed(self, since: datetime, limit: int = 100) -> list[Article]:
        rows = self._query("SELECT * FROM articles WHERE classification IS NULL AND published_ts >= ? "
                           "ORDER BY published_ts DESC, id LIMIT ?", [int(since.timestamp()), limit])
        return [_article(r) for r in rows]

    def page_attempts(self, article_id: str) -> int:
        rows = self._query("SELECT page_attempts FROM articles WHERE id = ?", [article_id])
        return int(rows[0][0]) if rows else 0

    def schedule_page_retry(self, article_id: str, attempts: int, next_attempt: datetime | None) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE articles SET page_attempts = ?, page_next_ts = ? WHERE id = ?",
                (attempts, int(next_attempt.timestamp()) if next_attempt else None, article_id),
            )

    # -------------------------------------------------------------- issues
    def save_issue(self, issue: HotIssue) -> None:
        data = issue.to_dict()
        for key in ("status", "assignee", "events"):
            data.pop(key)
        with self._tx() as db:
            db.execute(
                "INSERT INTO issues (id, data, score, first_seen_ts, last_seen_ts) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET data = excluded.data, score = excluded.score, "
                "first_seen_ts = excluded.first_seen_ts, last_seen_ts = excluded.last_seen_ts",
                (issue.id, json.dumps(data, ensure_ascii=False), issue.score, issue.first_seen.timestamp(), issue.last_seen.timestamp()),
            )
            known = {(r[0], r[1], r[2]) for r in db.execute("SELECT at_ts, kind, value FROM issue_events WHERE issue_id = ?", (issue.id,))}
            for e in issue.events:
                if e.kind == "phase" and (e.at.timestamp(), e.kind, e.value) not in known:
                    db.execute(
                        "INSERT INTO issue_events (issue_id, at_ts, kind, value, who, note) VALUES (?, ?, ?, ?, ?, ?)",
                        (issue.id, e.at.timestamp(), e.kind, e.value, e.who, e.note),
                    )

    def _issue(self, row: sqlite3.Row) -> HotIssue:
        data = json.loads(row["data"])
        events = [
            IssueEvent(at=_dt(e["at_ts"]), kind=e["kind"], value=e["value"], who=e["who"], note=e["note"])  # type: ignore[arg-type]
            for e in self._query("SELECT * FROM issue_events WHERE issue_id = ? ORDER BY at_ts, seq", [row["id"]])
        ]
        data.update(status=row["status"], assignee=row["assignee"], events=[e.to_dict() for e in events])
        return HotIssue.from_dict(data)

    def get_issue(self, issue_id: str) -> HotIssue | None:
        rows = self._query("SELECT * FROM issues WHERE id = ?", [issue_id])
        return self._issue(rows[0]) if rows else None

    def list_issues(self, since: datetime | None = None, statuses: Sequence[Status] = (), limit: int = 100,
                    until: datetime | None = None, topics: Sequence[int] = (), departments: Sequence[str] = (),
                    assignees: Sequence[str] = ()) -> list[HotIssue]:
        where, params = self._issues_where(since, until, topics, departments, assignees)
        if statuses:
            where += f" AND status IN ({','.join('?' * len(statuses))})"
            params.extend(Status(s).value for s in statuses)
        rows = self._query(f"SELECT * FROM issues WHERE {where} ORDER BY score DESC, last_seen_ts DESC LIMIT ?", [*params, limit])
        return [self._issue(r) for r in rows]

    def count_issues(self, since: datetime | None = None, until: datetime | None = None, topics: Sequence[int] = (),
                     departments: Sequence[str] = (), assignees: Sequence[str] = ()) -> dict[Status, int]:
        where, params = self._issues_where(since, until, topics, departments, assignees)
        return by_status((r[0], r[1]) for r in self._query(f"SELECT status, COUNT(*) FROM issues WHERE {where} GROUP BY status", params))

    def _issues_where(self, since: datetime | None, until: datetime | None, topics: Sequence[int], departments: Sequence[str],
                      assignees: Sequence[str]) -> tuple[str, list[Any]]:
        """The condition of list_issues' and count_issues' times, topics, departments and assignees, with its parameters."""
        where, params = ["1"], []
        if since:
            where.append("last_seen_ts >= ?")
            params.append(since.timestamp())
        if until:
            where.append("first_seen_ts < ?")
            params.append(until.timestamp())
        if topics or departments or assignees:
            whose, whose_params = self._whose_issues(topics, departments, assignees)
            where.append(whose)
            params.extend(whose_params)
        return " AND ".join(where), params

    def _whose_issues(self, topics: Sequence[int], departments: Sequence[str], assignees: Sequence[str]) -> tuple[str, list[Any]]:
        """The condition of list_issues' topics, departments and assignees (any of them), with its parameters."""
        spellings = given_to((r[0] for r in self._query("SELECT DISTINCT assignee FROM issues WHERE assignee != ''")),
                             assignees) if assignees else []
        anyof, params = [], []
        for path, values in (("$.topics", [int(t) for t in topics]), ("$.lead_departments", list(departments))):
            if values:
                marks = ",".join("?" * len(values))
                anyof.append(f"EXISTS (SELECT 1 FROM json_each(issues.data, '{path}') WHERE value IN ({marks}))")
                params.extend(values)
        if spellings:
            anyof.append(f"assignee IN ({','.join('?' * len(spellings))})")
            params.extend(spellings)
        return f"({' OR '.join(anyof) or '0'})", params

    def add_issue_event(self, issue_id: str, event: IssueEvent) -> HotIssue:
        with self._tx() as db:
            if not db.execute("SELECT 1 FROM issues WHERE id = ?", (issue_id,)).fetchone():
                raise StoreError(no_issue(issue_id))
            if event.kind == "status":
                db.execute("UPDATE issues SET status = ? WHERE id = ?", (Status(event.value).value, issue_id))
            elif event.kind == "assign":
                db.execute("UPDATE issues SET assignee = ? WHERE id = ?", (event.value, issue_id))
            _add_event(db, issue_id, event)
        issue = self.get_issue(issue_id)
        assert issue is not None
        return issue

    def set_issue_status_if(self, issue_id: str, event: IssueEvent, seen: Handling) -> bool:
        if event.kind != "status":
            raise StoreError(not_a_status_change(issue_id, event.kind))
        with self._tx() as db:  # BEGIN IMMEDIATE: the comparison and the write are one step
            changed = db.execute(
                "UPDATE issues SET status = ? WHERE id = ? AND status = ? AND assignee = ? AND "
                "(SELECT COUNT(*) FROM issue_events WHERE issue_id = issues.id AND kind != 'phase') = ?",
                (Status(event.value).value, issue_id, seen.status.value, seen.assignee, seen.events),
            ).rowcount
            if not changed and not db.execute("SELECT 1 FROM issues WHERE id = ?", (issue_id,)).fetchone():
                raise StoreError(no_issue(issue_id))
            if changed:
                _add_event(db, issue_id, event)
        return bool(changed)

    # -------------------------------------------------------------- early signals
    def save_signals(self, signals: Sequence[Signal]) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM signals")
            db.executemany("INSERT OR REPLACE INTO signals (key, data, share) VALUES (?, ?, ?)",
                           [(s.key, json.dumps(s.to_dict(), ensure_ascii=False), s.share) for s in signals])

    def list_signals(self, since: datetime | None = None) -> list[Signal]:
        found = [Signal.from_dict(json.loads(r[0])) for r in self._query("SELECT data FROM signals ORDER BY share DESC, key")]
        return [s for s in found if since is None or s.last_seen >= since]

    # -------------------------------------------------------------- outbox
    def enqueue_alerts(self, alerts: Sequence[Alert]) -> int:
        new = 0
        with self._tx() as db:
            for alert in alerts:
                cur = db.execute(
                    "INSERT OR IGNORE INTO alerts (key, issue_id, data, state, raised_ts, next_ts) VALUES (?, ?, ?, ?, ?, ?)",
                    (alert.key, alert.issue_id, json.dumps(alert.to_dict(), ensure_ascii=False), alert.state,
                     alert.raised_at.timestamp(), _ts(alert.next_attempt) or alert.raised_at.timestamp()),
                )
                new += cur.rowcount
        return new

    def due_alerts(self, now: datetime, limit: int = 50) -> list[Alert]:
        rows = self._query(
            # 'sending': claimed by a delivery that never finished (a crash); it is due again.
            "SELECT data FROM alerts WHERE state IN ('pending', 'sending') AND next_ts <= ? ORDER BY next_ts, raised_ts LIMIT ?",
            [now.timestamp(), limit],
        )
        return [Alert.from_dict(json.loads(r[0])) for r in rows]

    def update_alert(self, alert: Alert) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE alerts SET data = ?, state = ?, next_ts = ? WHERE key = ?",
                (json.dumps(alert.to_dict(), ensure_ascii=False), alert.state, _ts(alert.next_attempt), alert.key),
            )

    def list_alerts(self, issue_id: str = "", limit: int = 200, state: str = "") -> list[Alert]:
        where, params = ["1"], []
        for column, value in (("issue_id", issue_id), ("state", state)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        rows = self._query(f"SELECT data FROM alerts WHERE {' AND '.join(where)} ORDER BY raised_ts DESC LIMIT ?", [*params, limit])
        return [Alert.from_dict(json.loads(r[0])) for r in rows]

    def change_alert(self, key: str, change: Callable[[Alert], Alert | None]) -> Alert | None:
        with self._tx() as db:  # BEGIN IMMEDIATE: no other writer between this read and the write
            row = db.execute("SELECT data FROM alerts WHERE key = ?", (key,)).fetchone()
            changed = change(Alert.from_dict(json.loads(row[0]))) if row else None
            if changed is None:
                return None
            if changed.key != key:
                raise StoreError(alert_key_changed(key, changed.key))
            db.execute("UPDATE alerts SET data = ?, state = ?, next_ts = ? WHERE key = ?",
                       (json.dumps(changed.to_dict(), ensure_ascii=False), changed.state, _ts(changed.next_attempt), key))
        return changed

    # -------------------------------------------------------------- crawler state
    def get_source_state(self, name: str) -> SourceState:
        rows = self._query("SELECT data FROM source_states WHERE name = ?", [name])
        if not rows:
            return SourceState(name=name)
        data = json.loads(rows[0][0])
        for key in ("last_attempt", "last_success", "held_until"):
            data[key] = parse_time(data.get(key))
        return SourceState(**data)

    def save_source_state(self, state: SourceState) -> None:
        data = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in state.__dict__.items()}
        with self._tx() as db:
            db.execute(
                "INSERT INTO source_states (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data",
                (state.name, json.dumps(data, ensure_ascii=False)),
            )

    def list_source_states(self) -> list[SourceState]:
        return [self.get_source_state(r[0]) for r in self._query("SELECT name FROM source_states ORDER BY name")]

    # -------------------------------------------------------------- analysis failures
    def analysis_failures(self) -> dict[str, dict[str, Any]]:
        return {r[0]: json.loads(r[1]) for r in self._query("SELECT id, data FROM analysis_failures ORDER BY id")}

    def save_analysis_failures(self, failures: Mapping[str, Mapping[str, Any] | None]) -> None:
        with self._tx() as db:
            for article_id, data in failures.items():
                if data is None:
                    db.execute("DELETE FROM analysis_failures WHERE id = ?", (article_id,))
                else:
                    db.execute("INSERT INTO analysis_failures (id, data) VALUES (?, ?) "
                               "ON CONFLICT(id) DO UPDATE SET data = excluded.data", (article_id, json.dumps(data, ensure_ascii=False)))

    # -------------------------------------------------------------- backups
    def copy_to(self, target: str | Path) -> None:
        """A consistent copy of the whole store into a new file `target`, made while other processes go on writing.

        SQLite's online backup API in one step (pages=-1): the copy is read inside one read transaction, so it is the
        store as of one commit, page for page (the FTS5 index's shadow tables as they are, not rebuilt). In WAL mode
        that transaction blocks no writer; a backup in several steps would start again after each commit of another
        process and might never end beside a busy service. The copy is left in rollback-journal mode: one
        self-contained file, no -wal beside it (SQLiteStore puts it back into WAL when it opens it)."""
        target = Path(target)
        if target.exists():
            raise StoreError(f"{target}: tệp này đã có; bản sao chỉ được chép vào một tệp mới")
        try:
            dest = sqlite3.connect(target, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreUnavailable(f"không tạo được bản sao {target}: {sqlite_said(exc)}{_room(str(target))}") from exc
        try:
            with self._lock:
                try:
                    self.db.backup(dest, pages=-1)
                except sqlite3.OperationalError as exc:
                    message = str(exc)
                    if any(s in message for s in ("disk is full", "disk I/O", "readonly", "unable to open")):  # the target's
                        raise StoreUnavailable(f"không ghi được bản sao {target}: {sqlite_said(exc)}{_room(str(target))}") from exc
                    raise StoreError(f"không chép được kho {self.path}: {sqlite_said(exc)}") from exc
                except sqlite3.DatabaseError as exc:
                    raise StoreUnavailable(f"kho {self.path} bị hỏng hoặc không đọc được: {sqlite_said(exc)}") from exc
            try:
                dest.execute("PRAGMA journal_mode = DELETE")
            except sqlite3.Error as exc:
                raise StoreUnavailable(f"không ghi được bản sao {target}: {sqlite_said(exc)}{_room(str(target))}") from exc
        finally:
            dest.close()


def check_copy(path: str | Path) -> dict[str, int]:
    """Check a copy of a store before it is trusted: SQLite's integrity check, and the full-text index answering a
    query for a word of its newest article's title with that article. Returns the rows it holds (articles, issues,
    issue_events, alerts, signals, source_states); StoreError saying what is wrong otherwise."""
    path = Path(path)
    try:
        db = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: không mở được bản sao: {sqlite_said(exc)}") from exc
    try:
        problems = [r[0] for r in db.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            raise StoreError(f"{path}: bản sao không qua được bước kiểm tra toàn vẹn của SQLite: {'; '.join(problems)}")
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"articles", "articles_fts", "issues", "alerts"} <= tables:
            raise StoreError(f"{path}: không phải kho dữ liệu Điểm Nóng (thiếu bảng articles, issues hoặc alerts)")
        counts = {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608 - fixed names
                  for table in ("articles", "issues", "issue_events", "alerts", "signals", "source_states") if table in tables}
        newest = db.execute("SELECT rowid, title FROM articles ORDER BY rowid DESC LIMIT 1").fetchone()
        if newest is not None:
            # NFC first: a decomposed title's combining marks are not alphanumeric, and «Trường» split into «Tru», «o», «ng»
            words = [w for w in "".join(ch if ch.isalnum() else " " for ch in nfc(newest[1])).split()]
            if words:
                word = max(words, key=len)
                expr = fts_expression(parse_query(f'"{word}"'))  # as a search asks for it (folded, đ as d)
                found = db.execute("SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?",
                                   (expr, newest[0])).fetchone() if expr else True
                if found is None:
                    raise StoreError(f"{path}: chỉ mục tìm kiếm của bản sao không tìm ra bài mới nhất của nó theo từ {word!r}")
        return counts
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: bản sao bị hỏng hoặc không phải kho dữ liệu: {sqlite_said(exc)}") from exc
    finally:
        db.close()
