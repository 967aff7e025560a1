"""The SQLite store runs a search one of two ways — rows of the matches read directly (few matches) or the
covering window index walked in time order (many matches, `store.sqlite.SMALL_MATCH_SET`). Both must give the
same totals, the same pages in the same order and the same cursors; these tests force each way on one store.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from itertools import islice

import pytest

import store.sqlite as sqlite_store
from dashboard import synthetic
from diemnong.domain import Article
from store import Filters, SearchQuery
from store.sqlite import SQLiteStore
from tests.conftest import at, make_article
from tests.store.test_contract import same_story

END = at("2025-09-30T12:00:00+07:00")
QUERIES = ["hoc phi", "giao vien", "lam thu dau nam", '"phong hoc tam"', "day them -hoc them", "tuyen sinh lop 10",
           "Hậu Giang", "bao luc OR danh nhau", "sach giao khoa", "chuyen doi so", "khen thuong", "khong co tu nay", ""]
FILTERS = [
    Filters(),
    Filters(since=END - timedelta(days=20)),
    Filters(since=END - timedelta(days=40), until=END - timedelta(days=10), topics=(8, 3), sentiments=("negative",)),
    Filters(sources=("Báo Hậu Giang", "VnExpress"), local=True),
    Filters(topics=(0,)),
    Filters(topics=(8, 3), since=END - timedelta(days=30)),
    Filters(story_id="s-1"),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    s = SQLiteStore(tmp_path_factory.mktemp("plans") / "store.sqlite3")
    arts: list[Article] = list(islice(synthetic.articles(900, END, days=60, seed=5), 900))
    # Ties on the publication time (the keyset's second key) and a story to filter by.
    ties = [make_article(10_000 + i, f"Học phí giáo viên kỳ {i}", (END - timedelta(days=3)).isoformat(),
                         topics=(8,), sentiment="negative", local=i % 2 == 0, source="Báo Hậu Giang") for i in range(30)]
    ties = [a.__class__(**{**a.__dict__, "story_id": "s-1"}) if i % 3 == 0 else a for i, a in enumerate(ties)]
    s.upsert_articles(arts + ties)
    yield s
    s.close()


def pages(store: SQLiteStore, query: SearchQuery) -> tuple[list[int], list[tuple[str, float]], list[str]]:
    totals, hits, cursors = [], [], []
    cursor = ""
    for _ in range(200):
        page = store.search(SearchQuery(text=query.text, filters=query.filters, sort=query.sort, limit=query.limit, cursor=cursor))
        totals.append(page.total)
        hits += [(h.article.id, round(h.score, 9)) for h in page.hits]
        cursors.append(page.next_cursor)
        cursor = page.next_cursor
        if not cursor:
            break
    ids = [i for i, _ in hits]
    assert len(ids) == len(set(ids)) == totals[0], "every match once, and as many as the total says"
    return totals, hits, cursors


@pytest.mark.parametrize("sort", ["newest", "oldest", "relevance"])
def test_both_ways_give_the_same_pages(store: SQLiteStore, sort: str, monkeypatch: pytest.MonkeyPatch) -> None:
    windowed_somewhere = False
    for text in QUERIES:
        for filters in FILTERS:
            query = SearchQuery(text=text, filters=filters, sort=sort, limit=37)
            monkeypatch.setattr(sqlite_store, "SMALL_MATCH_SET", 10**9)
            monkeypatch.setattr(sqlite_store, "UNBOUNDED_MATCH_SET", 10**9)
            direct = pages(store, query), store.count(filters, text)
            monkeypatch.setattr(sqlite_store, "SMALL_MATCH_SET", 0)
            monkeypatch.setattr(sqlite_store, "UNBOUNDED_MATCH_SET", 0)
            windowed = pages(store, query), store.count(filters, text)
            windowed_somewhere |= store._plan(text, filters).windowed
            assert windowed == direct, (text, filters, sort)
            assert direct[0][0][0] == direct[1]  # the page's total is the count
    assert windowed_somewhere


@pytest.mark.parametrize("small", [10**9, 0], ids=["direct", "windowed"])
def test_equal_scores_are_newest_first_either_way_across_pages(tmp_path, monkeypatch: pytest.MonkeyPatch, small: int) -> None:
    monkeypatch.setattr(sqlite_store, "SMALL_MATCH_SET", small)
    s = SQLiteStore(tmp_path / "store.sqlite3")
    s.upsert_articles(same_story([4, 12, 2, 8, 10, 6]))
    for size in (1, 2, 4, 7):
        days, cursor = [], ""
        while True:
            page = s.search(SearchQuery(text="du thao", sort="relevance", limit=size, cursor=cursor))
            days += [h.article.published.day for h in page.hits]
            cursor = page.next_cursor
            if not cursor:
                break
        assert days == [12, 10, 8, 6, 4, 2], size
    assert s._plan("du thao", Filters()).windowed == (small == 0)
    s.close()


def test_totals_are_exact(store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Against a plain scan of every article: the words (folded) and the filters."""
    everything = list(store.iter_articles())
    monkeypatch.setattr(sqlite_store, "SMALL_MATCH_SET", 0)
    monkeypatch.setattr(sqlite_store, "UNBOUNDED_MATCH_SET", 0)
    since = END - timedelta(days=20)
    for word in ("giao", "phi", "hau"):
        expected_all = sum(1 for a in everything if word in _words(a))
        expected_recent = sum(1 for a in everything if word in _words(a) and a.published >= since)
        assert store.count(Filters(), word) == expected_all > 0
        assert store.count(Filters(since=since), word) == expected_recent > 0
        assert store.search(SearchQuery(text=word, filters=Filters(since=since))).total == expected_recent


def _words(article: Article) -> set[str]:
    from store.base import WORD
    from diemnong.text import fold

    return set(WORD.findall(fold(" ".join((article.title, article.summary, article.text)))))


@pytest.mark.parametrize("sort", ["newest", "relevance"])
def test_a_walk_counts_its_matches_once_not_on_every_page(store: SQLiteStore, sort: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """An export walks up to 50 pages of 1,000: each counted the filtered matches again (a third of a 50,000-row walk)."""
    import store.base as base

    monkeypatch.setattr(base, "PAGE_MAX", 50)
    query = SearchQuery(text="giao vien", filters=Filters(since=END - timedelta(days=40)), sort=sort, limit=10_000, highlight=False)
    counted: list[str] = []
    store.db.set_trace_callback(lambda sql: counted.append(sql) if sql.startswith("SELECT COUNT(*) FROM articles a") else None)
    try:
        walked = list(store.pages(query))
    finally:
        store.db.set_trace_callback(None)
    _, hits, _ = pages(store, replace(query, limit=50))  # page by page, each counted: the same results
    assert len(walked) > 3 and [h.article.id for p in walked for h in p.hits] == [i for i, _ in hits]
    assert {p.total for p in walked} == {len(hits)} and len(counted) == 1


def test_first_fetched_reads_one_entry_of_an_index_not_every_article(store: SQLiteStore) -> None:
    plan = " ".join(str(r[-1]) for r in store.db.execute("EXPLAIN QUERY PLAN SELECT MIN(fetched_ts) FROM articles"))
    assert "USING COVERING INDEX articles_fetched" in plan, plan
