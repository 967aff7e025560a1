"""Where articles, issues, alerts and crawler state are kept: the embedded SQLite store by default,
Elasticsearch when a deployment grows. Both implement :class:`store.base.Store`."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

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
    "StoreUnavailable", "UpsertResult", "elasticsearch_url", "open_store", "parse_query", "sqlite_path",
]


def sqlite_path(settings: Settings) -> Path:
    """The embedded store's file under $DIEMNONG_HOME unless a path is set (`~` is the user's home, as in general.home
    and backup.folder)."""
    return Path(settings["store.sqlite_path"] or settings.home / "diemnong.sqlite3").expanduser()


ES_URL_FORM = ("http(s)://[tên:mật-khẩu@]máy:cổng, ví dụ https://diemnong:PASSWORD@es.example:9200 (với https có thể bỏ "
               "cổng: 443, qua proxy)")


def elasticsearch_url(settings: Settings, why: str = "") -> str:
    """store.elasticsearch_url, checked: a ConfigError in one line (the address not repeated: it may hold a password)
    for one the client cannot use, which it refused with a ValueError traceback (`localhost:9200`, http without a
    port). An https address without a port is one it uses (on 443: Elasticsearch behind a proxy, Elastic Cloud)."""
    url = str(settings["store.elasticsearch_url"]).strip()
    if not url:
        raise ConfigError(f"{why}chưa đặt ELASTICSEARCH_URL (store.elasticsearch_url)")
    try:
        parts = urlsplit(url)
        usable = parts.scheme in ("http", "https") and bool(parts.hostname) and (parts.port is not None or parts.scheme == "https")
    except ValueError:  # a port that is no number
        usable = False
    if not usable:
        raise ConfigError(f"ELASTICSEARCH_URL (store.elasticsearch_url): cần dạng {ES_URL_FORM}")
    return url


def open_store(settings: Settings, readonly: bool = False) -> Store:
    """Open the store the settings choose; readonly: for a command that only reads (SQLiteStore.for_reading)."""
    backend = settings["store.backend"]
    if backend == "sqlite":
        from store.sqlite import SQLiteStore

        path = sqlite_path(settings)
        return SQLiteStore.for_reading(path) if readonly else SQLiteStore(path)
    if backend == "elasticsearch":
        url = elasticsearch_url(settings, "store.backend là 'elasticsearch' nhưng ")
        from store.elasticsearch import ElasticsearchStore

        return ElasticsearchStore(url, prefix=settings["store.elasticsearch_prefix"], ca_certs=settings["store.elasticsearch_ca_certs"])
    raise ConfigError(f"store.backend: không có loại kho '{backend}' (dùng 'sqlite' hoặc 'elasticsearch')")
