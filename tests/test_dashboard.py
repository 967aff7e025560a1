"""Every dashboard page renders from a small real store, through Streamlit's AppTest."""
from __future__ import annotations

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from diemnong.pipeline import Service
from store.sqlite import SQLiteStore
from tests.conftest import ROOT
from tests.test_pipeline import burst

APP = str(ROOT / "dashboard" / "app.py")


@pytest.fixture
def home(tmp_path, monkeypatch, settings):
    home = tmp_path / "dash"
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    service = Service(settings.override(general__home=str(home)), SQLiteStore(home / "diemnong.sqlite3"), workers=1)
    service.ingest(burst(8))
    service.store.close()
    st.cache_resource.clear()
    st.cache_data.clear()
    yield home
    st.cache_resource.clear()
    st.cache_data.clear()


def run(page: str | None = None, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    assert not at.exception, at.exception
    return at


def test_overview_lists_hot_issue(home) -> None:
    at = run()
    text = " ".join(m.value for m in at.markdown)
    assert "lạm thu" in text and "Hậu Giang" in text
    assert any("Vấn đề nóng (1)" in s.value for s in at.subheader)


def test_search_page_filters(home) -> None:
    at = run("pages/tra_cuu.py")
    at.text_input[0].input("lam thu").run()
    assert any("8 bài" in c.value for c in at.caption)
    at.text_input[0].input("hoc phi -lam").run()
    assert any(c.value.startswith("0 bài") for c in at.caption)


def test_issue_page_records_status_change(home) -> None:
    store = SQLiteStore(home / "diemnong.sqlite3")
    issue = store.list_issues()[0]
    at = run("pages/van_de.py", id=issue.id)
    assert at.title[0].value == issue.title
    at.selectbox[0].select("acknowledged")
    at.text_input[0].input("Chị Lan")
    at.text_area[0].input("Đã báo cáo lãnh đạo Sở")
    at.button[0].click().run()
    assert not at.exception
    saved = store.get_issue(issue.id)
    assert saved.status.value == "acknowledged" and saved.events[-1].who == "Chị Lan"
    store.close()


def test_sources_page_renders_empty_state(home) -> None:
    at = run("pages/nguon_tin.py")
    assert any("Chưa nguồn nào" in i.value for i in at.info)
