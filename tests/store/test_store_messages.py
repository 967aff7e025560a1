"""The store's refusals are Vietnamese lines, as every other line of the command line and the dashboard (SQLite's own
words for the common faults included)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from diemnong.config import ConfigError, load_settings
from store import open_store
from store.base import StoreError
from store.sqlite import SQLiteStore, check_copy


def settings_for(home: Path, **overrides: object):
    return load_settings(env={"DIEMNONG_HOME": str(home), "ELASTICSEARCH_URL": ""}).override(**overrides)


def test_a_backend_the_settings_cannot_open_is_said_in_vietnamese(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as refused:
        open_store(settings_for(tmp_path, store__backend="elasticsearch"))
    assert str(refused.value) == "store.backend là 'elasticsearch' nhưng chưa đặt ELASTICSEARCH_URL (store.elasticsearch_url)"
    with pytest.raises(ConfigError) as refused:
        open_store(settings_for(tmp_path, store__backend="mongo"))
    assert str(refused.value) == "store.backend: không có loại kho 'mongo' (dùng 'sqlite' hoặc 'elasticsearch')"


def test_a_file_that_is_no_store_and_a_copy_that_is_none_are_named_in_vietnamese(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"khong phai co so du lieu " * 200)
    with pytest.raises(StoreError) as refused:
        SQLiteStore(junk)
    assert str(refused.value) == f"kho {junk} bị hỏng hoặc không đọc được: tệp không phải cơ sở dữ liệu SQLite"
    with pytest.raises(StoreError) as refused:
        check_copy(junk)
    assert str(refused.value) == f"{junk}: bản sao bị hỏng hoặc không phải kho dữ liệu: tệp không phải cơ sở dữ liệu SQLite"
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StoreError) as refused:
        check_copy(empty)
    assert str(refused.value) == f"{empty}: không phải kho dữ liệu Điểm Nóng (thiếu bảng articles, issues hoặc alerts)"
    store = SQLiteStore(tmp_path / "s.sqlite3")
    try:
        with pytest.raises(StoreError) as refused:
            store.copy_to(empty)
        assert str(refused.value) == f"{empty}: tệp này đã có; bản sao chỉ được chép vào một tệp mới"
    finally:
        store.close()


def test_a_migration_with_an_unfinished_statement_is_refused_in_vietnamese() -> None:
    from store.sqlite import _run_script

    db = sqlite3.connect(":memory:")
    with pytest.raises(StoreError) as refused:
        _run_script(db, "CREATE TABLE t (a);\nCREATE TABLE u (\n    b TEXT,\n")
    assert str(refused.value) == ("một bước nâng cấp kho có câu lệnh SQL chưa trọn: «CREATE TABLE u ( b TEXT,»; kho chưa bị đổi, "
                                  "báo lỗi này cho người bảo trì Điểm Nóng")
