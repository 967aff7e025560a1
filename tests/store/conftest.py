"""Fixtures of the store tests: the contract's `store` over both backends, and a loopback Elasticsearch.

The Elasticsearch run of the contract needs a real server: set ELASTICSEARCH_URL (with user and
password when security is on). Each test gets its own index prefix and its indices are deleted after.
"""
from __future__ import annotations

import itertools
import os
import uuid
from pathlib import Path
from typing import Iterator

import pytest

from store.base import Store
from store.sqlite import SQLiteStore
from tests.store.es_loopback import EsLoopback

ES_URL = os.environ.get("ELASTICSEARCH_URL", "")
NO_SERVER = "ELASTICSEARCH_URL is not set: the Elasticsearch run of the store contract needs a real server"
RUN_ID = uuid.uuid4().hex[:8]
_COUNTER = itertools.count()


def drop_prefix(es, prefix: str) -> None:  # noqa: ANN001 - the official client
    """Delete the indices and the template of one test prefix (by name: wildcard deletes may be refused)."""
    names = list(es.indices.get(index=f"{prefix}-*", expand_wildcards="all"))
    if names:
        es.indices.delete(index=",".join(names))
    es.options(ignore_status=404).indices.delete_index_template(name=f"{prefix}-articles")


def open_es_store() -> Iterator[Store]:
    from store.elasticsearch import ElasticsearchStore

    if not ES_URL:
        pytest.skip(NO_SERVER)
    prefix = f"dntest-{RUN_ID}-{next(_COUNTER)}"
    store = ElasticsearchStore(ES_URL, prefix=prefix)
    try:
        yield store
    finally:
        drop_prefix(store.es, prefix)
        store.close()


@pytest.fixture(params=["sqlite", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        s = SQLiteStore(tmp_path / "store.sqlite3")
        yield s
        s.close()
    else:
        yield from open_es_store()


@pytest.fixture
def es_store() -> Iterator[Store]:
    yield from open_es_store()


@pytest.fixture
def es_loopback() -> Iterator[EsLoopback]:
    server = EsLoopback()
    yield server
    server.close()
