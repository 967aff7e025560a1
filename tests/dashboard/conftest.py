"""A small real store for the dashboard: synthetic Vietnamese coverage run through the whole pipeline
(real NLP, real detector) once per session, copied for each test, plus accounts of every role."""
from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard import synthetic
from dashboard.users import add_user, make_user, users_path
from diemnong.config import load_settings
from diemnong.domain import TZ, SourceState
from diemnong.pipeline import Service, article_from_record
from store.sqlite import SQLiteStore
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")
END = datetime(2025, 9, 20, 16, 0, tzinfo=TZ)
PASSWORD = "mat-khau-thu-1"
HOSTILE = {"id": "hostile", "title": "<img src=x onerror=alert(1)> Học phí **tăng** [bấm](javascript:alert(1))",
           "summary": "<script>alert('học phí')</script> phụ huynh hỏi về học phí", "source": "Báo <b>Lạ</b>",
           "url": "https://example.vn/hoc-phi-la.html", "published": "2025-09-20T07:00:00+07:00"}
USERS = (("quantri", "Quản trị Thử", "admin", ""), ("lan", "Nguyễn Thị Lan", "analyst", ""),
         ("khtc", "Phòng KH-TC", "department", "ke-hoach-tai-chinh"), ("mamnon", "Phòng Mầm non", "department", "mam-non"))


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with a store of 130 synthetic articles (one local hot story) and accounts of every role."""
    home = tmp_path_factory.mktemp("dash-template")
    settings = load_settings(env={"DIEMNONG_HOME": str(home), "DIEMNONG_NLP_WORKERS": "1"})
    store = SQLiteStore(home / "diemnong.sqlite3")
    service = Service(settings, store, workers=1)
    articles = [article_from_record(r, f"synthetic:{i}", now=END) for i, r in enumerate(synthetic.records(120, END, days=40))]
    # The hostile article as a store may hold it (an older version's, Elasticsearch's), its tags kept: input lines are
    # made plain text on the way in (diemnong.records), but the dashboard must escape whatever it reads.
    hostile = article_from_record(HOSTILE, "hostile", now=END)
    service.ingest([*articles, hostile.with_(title=HOSTILE["title"], summary=HOSTILE["summary"], source=HOSTILE["source"])])
    now = datetime.now(TZ)  # source health is judged against the clock
    store.save_source_state(SourceState(name="https://vnexpress.net/rss/giao-duc.rss", last_attempt=now,
                                        last_success=now - timedelta(minutes=5), attempts=12, articles=40))
    store.save_source_state(SourceState(name="https://tuoitre.vn/rss/giao-duc.rss", last_attempt=now,
                                        last_success=now - timedelta(days=2), last_error="HTTP 503", attempts=9,
                                        failures=3))
    service.close()
    store.close()
    for username, name, role, dep in USERS:
        add_user(users_path(home), make_user(username, name, role, PASSWORD, dep))
    return home


@pytest.fixture
def home(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the template home, set as DIEMNONG_HOME, with Streamlit's caches emptied."""
    home = tmp_path / "home"
    shutil.copytree(template, home)
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    st.cache_resource.clear()
    st.cache_data.clear()
    yield home
    st.cache_resource.clear()
    st.cache_data.clear()


def open_app(page: str | None = None, user: str | None = "lan", **params: str) -> AppTest:
    """Run the app as a signed-in user (the session the sign-in form leaves), optionally on one page."""
    at = AppTest.from_file(APP, default_timeout=60)
    if user:
        at.session_state["authentication_status"] = True
        at.session_state["username"] = user
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    assert not at.exception, at.exception
    return at


def texts(at: AppTest) -> str:
    """Every text the page showed, joined (markdown, captions, titles, headers, alerts, metrics)."""
    parts: list[str] = []
    for kind in ("markdown", "caption", "title", "subheader", "header", "info", "warning", "error", "success"):
        parts += [str(e.value) for e in getattr(at, kind)]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    return "\n".join(parts)


def shown(table) -> pd.DataFrame:  # noqa: ANN001 - an AppTest dataframe element
    """The text a table shows in each cell (a pandas Styler's display values), beside its values (`table.value`)."""
    from streamlit import dataframe_util

    raw = table.proto.arrow_data.styler.display_values
    assert raw, "the table has no display text of its own: it shows its raw values"
    return dataframe_util.convert_arrow_bytes_to_pandas_df(raw)
