"""No HTML from articles is rendered in the dashboard: a hot issue whose articles carry <script>, <img onerror>,
<svg onload>, <iframe> and Markdown links to javascript: in their titles, leads, bodies and outlet names is
shown — escaped — on every page that lists articles or issues, search highlights included."""
from __future__ import annotations

from datetime import timedelta

from streamlit.testing.v1 import AppTest

from diemnong.config import load_settings
from diemnong.domain import Article
from diemnong.pipeline import Service
from store import Filters
from store.sqlite import SQLiteStore
from tests.dashboard.conftest import END, open_app

TITLE = "<img src=x onerror=alert(1)> Lạm thu đầu năm <script>alert('xss')</script> ở trường [bấm](javascript:alert(1))"
SUMMARY = "<b onmouseover=alert(2)>Phụ huynh</b> bức xúc vì lạm thu <iframe src=//evil.example></iframe>"
TEXT = ("Trường thu nhiều khoản ngoài quy định <svg onload=alert(3)>, phụ huynh phản ánh lạm thu.\n"
        "![ảnh](https://evil.example/track.png) Sở GD&ĐT yêu cầu trả lại tiền <a href=\"javascript:alert(4)\">tại đây</a>.")
OUTLETS = ["<script>alert(5)</script> Báo Lạ", "Báo <img src=x onerror=alert(6)>", "VnExpress", "Tuổi Trẻ"]
RAW_TAGS = ("<img src=x", "<script>", "<svg onload", "<iframe", "<b onmouseover", "<a href=\"javascript", "<b>Lạ")
KINDS = ("markdown", "caption", "title", "header", "subheader", "info", "warning", "error", "success", "page_link", "metric",
         "expander", "tabs", "toast")


def hostile_issue(home) -> str:
    """Six articles of one hostile story from four outlets: a hot issue; returns its id."""
    settings = load_settings(env={"DIEMNONG_HOME": str(home), "DIEMNONG_NLP_WORKERS": "1"})
    with SQLiteStore(home / "diemnong.sqlite3") as store:
        service = Service(settings, store, workers=1)
        t0 = END - timedelta(hours=10)
        report = service.ingest([Article(url=f"https://la{i}.example.vn/lam-thu-{i}.html", title=TITLE, summary=SUMMARY, text=TEXT,
                                         source=OUTLETS[i % 4], published=t0 + timedelta(hours=i)) for i in range(6)])
        service.close()
        assert report.raised, "the hostile story must become a hot issue for the test to mean anything"
        assert store.count(Filters(), "lam thu dau nam") >= 6
        return report.raised[0].issue.id


def shown(at: AppTest) -> list[tuple[str, str, bool]]:
    """(kind, text, whether HTML is allowed) of every text element the page rendered."""
    out = []
    for kind in KINDS:
        for el in at.get(kind):
            proto = getattr(el, "proto", None)
            allow = bool(getattr(proto, "allow_html", False)) if proto is not None else False
            parts = [getattr(el, name, None) for name in ("value", "label", "body")]
            if proto is not None:
                parts += [getattr(proto, name, None) for name in ("body", "label", "value")]
            out += [(kind, str(p), allow) for p in parts if isinstance(p, str) and p]
    return out


def assert_escaped(at: AppTest, where: str) -> list[tuple[str, str, bool]]:
    assert not at.exception, f"{where}: {at.exception}"
    elements = shown(at)
    for kind, text, allow in elements:
        if allow:
            assert not any(tag in text for tag in RAW_TAGS), f"{where}: raw HTML in a {kind} that allows HTML: {text[:200]}"
        assert "](javascript" not in text and "](https://evil" not in text, f"{where}: a live Markdown link in a {kind}: {text[:200]}"
    return elements


def test_hostile_articles_are_shown_escaped_on_every_page(home) -> None:
    issue_id = hostile_issue(home)
    overview = assert_escaped(open_app(), "Tổng quan")
    assert any("onerror" in text for _, text, _ in overview), "the hostile issue is listed (escaped), not dropped"
    issue = assert_escaped(open_app("views/van_de.py", id=issue_id), "Vấn đề")
    assert any("xss" in text for _, text, _ in issue), "the hostile articles are listed on the issue page"
    search = open_app("views/tra_cuu.py")
    search.text_input(key="tc_text").input("lam thu dau nam").run()
    found = assert_escaped(search, "Tra cứu")
    marked = [text for _, text, allow in found if allow and "<mark>" in text]
    assert marked, "search highlights are HTML (<mark>) and must be built from escaped text"
    assert any("&lt;" in text for text in marked), "the hostile tags arrive as entities inside highlighted text"
    topic = open_app("views/chu_de.py")
    topic.selectbox(key="cd_topic").set_value(8).run()
    assert_escaped(topic, "Chủ đề / Đơn vị")
    assert_escaped(open_app("views/nguon_tin.py"), "Nguồn tin")
    assert_escaped(open_app("views/bao_cao.py"), "Báo cáo")


def test_the_html_report_escapes_article_text(home) -> None:
    from diemnong.report import collect, compose, letterhead
    from diemnong.report_render import render_html

    hostile_issue(home)
    settings = load_settings(env={"DIEMNONG_HOME": str(home)})
    with SQLiteStore(home / "diemnong.sqlite3") as store:
        report = compose(collect(store, "2025-09", END + timedelta(days=20)), letterhead(settings, END + timedelta(days=20)))
    page = render_html(report)
    assert "onerror" in page or "Lạm thu đầu năm" in page, "the hostile issue is in the report"
    for tag in RAW_TAGS:
        assert tag not in page, f"raw {tag} from an article in the HTML report"
