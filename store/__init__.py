"""Where articles, issues, alerts and crawler state are kept: the embedded SQLite store by default,
Elasticsearch when a deployment grows. Both implement :class:`store.base.Store`."""
from __future__ import annotations

from pathlib import Path

from diemnong.config import ConfigError, Settings
from store.base import (
    Bucket,
    Filters,
    Hit,
    QuerySyntaxError,
    SearchPage,
    SearchQuery,
    Store,
    StoreError,
    StoreUnavailable,
    UpsertResult,
    parse_query,
)

__all__ = [
    "Bucket", "Filters", "Hit", "QuerySyntaxError", "SearchPage", "SearchQuery", "Store", "StoreError",
    "StoreUnavailable", "UpsertResult", "open_store", "parse_query", "sqlite_path",
]


def sqlite_path(settings: Settings) -> Path:
    """The embedded store's file under $DIEMNONG_HOME unless a path is set (`~` is the user's home, as in general.home
    and backup.folder)."""
    return Path(settings["store.sqlite_path"] or settings.home / "diemnong.sqlite3").expanduser()


def open_store(settings: Settings, readonly: bool = False) -> Store:
    """Open the store the settings choose."""
    backend = settings["store.backend"]
    if backend == "sqlite":
        from store.sqlite import SQLiteStore

        return SQLiteStore(sqlite_path(settings), readonly=readonly)
    if backend == "elasticsearch":
        url = settings["store.elasticsearch_url"]
        if not url:
            raise ConfigError("store.backend is 'elasticsearch' but ELASTICSEARCH_URL (store.elasticsearch_url) is not set")
        from store.elasticsearch import ElasticsearchStore

        return ElasticsearchStore(url, prefix=settings["store.elasticsearch_prefix"], ca_certs=settings["store.elasticsearch_ca_certs"])
    raise ConfigError(f"store.backend: unknown backend '{backend}' (use 'sqlite' or 'elasticsearch')")
