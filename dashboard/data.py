"""Everything the pages read, as cached functions over the store (one connection per process)."""
from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd
import streamlit as st

from diemnong.config import Settings, default_catalog, load_settings
from diemnong.domain import TZ, HotIssue
from store import Filters, SearchPage, SearchQuery, Store, open_store


@st.cache_resource
def settings() -> Settings:
    return load_settings()


@st.cache_resource
def store() -> Store:
    return open_store(settings())


def topic_names() -> dict[int, str]:
    topics, _ = default_catalog()
    return {t.id: t.name for t in topics.values()}


def department_names() -> dict[str, str]:
    _, deps = default_catalog()
    return {d.id: d.name for d in deps.values()}


def now() -> datetime:
    return datetime.now(TZ)


@st.cache_data(ttl=60)
def latest_time() -> datetime | None:
    page = store().search(SearchQuery(limit=1))
    return page.hits[0].article.published if page.hits else None


@st.cache_data(ttl=60)
def hot_issues(days: int = 14, limit: int = 50) -> list[HotIssue]:
    since = (latest_time() or now()) - timedelta(days=days)
    return store().list_issues(since=since, limit=limit)


@st.cache_data(ttl=60)
def volume(days: int = 90) -> pd.DataFrame:
    since = (latest_time() or now()) - timedelta(days=days)
    rows = [b.__dict__ for b in store().aggregate(Filters(since=since))]
    frame = pd.DataFrame(rows, columns=["day", "topic", "sentiment", "count"])
    names = topic_names()
    frame["topic_name"] = frame["topic"].map(lambda t: names.get(t, "Ngoài 16 chủ đề"))
    frame["day"] = pd.to_datetime(frame["day"])
    return frame


@st.cache_data(ttl=30)
def search(text: str, filters: Filters, sort: str, limit: int, cursor: str) -> SearchPage:
    return store().search(SearchQuery(text=text, filters=filters, sort=sort, limit=limit, cursor=cursor))
