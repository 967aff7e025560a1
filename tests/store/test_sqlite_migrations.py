"""Migrations of the embedded store: a store made by an earlier version opens with its rows searchable as new ones."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import store.sqlite as sqlite_store
from store import SearchQuery
from store.sqlite import SQLiteStore
from tests.conftest import make_article


def test_articles_with_an_eth_stored_before_migration_005_are_found_and_the_index_stays_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store.sqlite3"
    with monkeypatch.context() as m:  # the store as versions before 005 made and filled it
        m.setattr(sqlite_store, "MIGRATIONS", [mig for mig in sqlite_store.MIGRATIONS if mig[0] < "005"])
        old = SQLiteStore(path)
        old.upsert_articles([make_article(1, "Ðào tạo giáo viên", text="ðiểm chuẩn"), make_article(2, "Đào tạo nghề"),
                             make_article(3, "Học phí")])
        assert old.count(text="dao tao") == 1
        old.close()
    with SQLiteStore(path) as store:
        assert {a.id for a in store.get_articles([make_article(n).id for n in (1, 2)])} \
            == {h.article.id for h in store.search(SearchQuery(text="dao tao")).hits}
        assert store.count(text="diem chuan") == 1 and store.count(text="hoc phi") == 1
        store.upsert_articles([make_article(1, "Ðào tạo lại", text="ðiểm sàn")])  # the new triggers delete what 005 indexed
        assert store.count(text="diem chuan") == 0 and store.count(text="diem san") == 1
    db = sqlite3.connect(path)
    try:  # the index holds exactly what the folded view gives (FTS5 compares them)
        db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        db.close()


def test_the_commands_that_read_upgrade_a_store_made_before_its_signals_and_window_index(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # They open a store read-only when they can; one an earlier version made is upgraded first, as it was before
    from tests.faults import diemnong

    home = tmp_path / "home"
    home.mkdir()
    with monkeypatch.context() as m:
        m.setattr(sqlite_store, "MIGRATIONS", [mig for mig in sqlite_store.MIGRATIONS if mig[0][:3] not in ("002", "003")])
        with SQLiteStore(home / "diemnong.sqlite3") as old:
            old.upsert_articles([make_article(i, f"Học phí {i}", topics=(8,)) for i in range(3)])
    signals = diemnong(["signals", "--all"], home)
    assert signals.returncode == 0 and "Không có tín hiệu sớm" in signals.stdout, signals.stderr
    found = diemnong(["search", "hoc phi", "--topic", "8", "--json"], home)
    assert found.returncode == 0 and len(found.stdout.splitlines()) == 3, found.stderr
