"""What an office analyst saw wrong on the dashboard (a bug hunt on a real store): counts, filters, exports."""
from __future__ import annotations

import json
from datetime import timedelta

import pandas as pd
import pyarrow as pa

from store import Filters, SearchQuery
from dashboard.data import md
from store.sqlite import SQLiteStore
from tests.dashboard.conftest import open_app, texts


def heat_map(at) -> pd.DataFrame:  # noqa: ANN001 - an AppTest
    """The data of the page's first chart, as Streamlit sent it."""
    chart = at.get("vega_lite_chart")[0]
    spec, data = json.loads(chart.proto.spec), {d.name: d.data.data for d in chart.proto.datasets}
    return pa.ipc.open_stream(data[spec["data"]["name"]]).read_pandas()


def test_the_sources_page_counts_the_14_local_days_its_heat_map_draws(home) -> None:
    """«Bài 14 ngày» counted from the newest article's time 14 days before: part of a fifteenth day no cell of the heat map
    (nor any bar of the table) showed, 51 articles beside a map of 49."""
    with SQLiteStore(home / "diemnong.sqlite3") as store:
        newest = store.search(SearchQuery(limit=1)).hits[0].article.published
        first = newest.replace(hour=0, minute=0) - timedelta(days=13)
        whole, more = store.count(Filters(since=first)), store.count(Filters(since=newest - timedelta(days=14)))
    assert more > whole, "the template has articles on the fifteenth day back, after the newest one's hour"
    at = open_app("views/nguon_tin.py")
    drawn = heat_map(at)
    assert drawn["day"].min() == pd.Timestamp(first.date()) and drawn["count"].sum() == whole
    assert {m.label: m.value for m in at.metric}["Bài 14 ngày"] == str(whole)


def test_the_filters_of_a_page_are_kept_while_another_page_or_mode_is_open(home) -> None:
    """Streamlit forgets a widget's value once a run does not draw it: the topic chosen on Chủ đề went back to the first
    after a look at «Đơn vị đầu mối», and every page's filters (Tổng quan's period, Tra cứu's search) to their defaults
    after a look at an issue."""
    at = open_app("views/chu_de.py")
    at.selectbox(key="cd_topic").set_value(8).run()
    at.segmented_control(key="cd_days").set_value(90).run()
    at.segmented_control(key="cd_mode").set_value("department").run()
    at.segmented_control(key="cd_mode").set_value("topic").run()
    assert at.selectbox(key="cd_topic").value == 8 and "Tài chính – Kế hoạch" in texts(at)
    at.switch_page("views/tong_quan.py")
    at.run()
    at.segmented_control(key="tq_days").set_value(7).run()
    at.switch_page("views/tra_cuu.py")
    at.run()
    at.text_input(key="tc_text").input("hoc phi").run()
    at.multiselect(key="tc_tones").set_value(["negative"]).run()
    found = at.caption[0].value
    at.switch_page("views/van_de.py")
    at.run()
    at.switch_page("views/tra_cuu.py")
    at.run()
    assert (at.text_input(key="tc_text").value, at.multiselect(key="tc_tones").value) == ("hoc phi", ["negative"])
    assert at.caption[0].value == found
    at.switch_page("views/chu_de.py")
    at.run()
    assert (at.selectbox(key="cd_topic").value, at.segmented_control(key="cd_days").value) == (8, 90)
    at.switch_page("views/tong_quan.py")
    at.run()
    assert at.segmented_control(key="tq_days").value == 7 and "Bài báo 7 ngày" in texts(at)
    assert not at.exception


def test_filters_kept_across_pages_are_forgotten_at_sign_out(home) -> None:
    """Whoever signs in next in the same browser starts from the defaults, not from the search of the one before."""
    at = open_app("views/tra_cuu.py")
    at.text_input(key="tc_text").input("hoc phi").run()
    at.button(key="dang_xuat").click().run()
    assert "Đăng nhập" in texts(at) and "tc_text" not in at.session_state
    assert not [k for k in ("tc_key", "tc_cursors", "tc_total") if k in at.session_state], "nor the query Tra cứu ran"
    at.session_state["authentication_status"] = True
    at.session_state["username"] = "lan"
    at.run()
    at.switch_page("views/tra_cuu.py")
    at.run()
    assert at.text_input(key="tc_text").value == ""


def test_the_excel_export_writes_the_day_and_hour_as_dates_and_times_an_office_sorts_and_filters() -> None:
    """«Ngày đăng» and «Giờ» were text: sorted in Excel, 01/10/2025 came before 20/09/2025, and a date filter found none.
    Now an Excel date and time in local time, shown 20/09/2025 and 23:30 whatever the computer's language."""
    import io
    from datetime import date, datetime, time, timezone

    import openpyxl

    from dashboard.export import to_xlsx
    from diemnong.domain import TZ, Article

    made = [Article(url=f"https://example.vn/{n}.html", title=f"Bài {n}", source="VnExpress", published=when)
            for n, when in enumerate((datetime(2025, 9, 20, 16, 30, 45, tzinfo=timezone.utc),  # 23:30 local
                                      datetime(2025, 10, 1, 8, 5, tzinfo=TZ)))]
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(made, {}))).active
    assert [sheet["A1"].value, sheet["B1"].value] == ["Ngày đăng", "Giờ"]
    days, hours = [sheet[f"A{r}"] for r in (2, 3)], [sheet[f"B{r}"] for r in (2, 3)]
    assert [c.value.date() for c in days] == [date(2025, 9, 20), date(2025, 10, 1)] and sorted(c.value for c in days) == [c.value for c in days]
    assert all(c.is_date and c.number_format == "dd/mm/yyyy" for c in days)
    assert [c.value for c in hours] == [time(23, 30), time(8, 5)] and all(c.number_format == "hh:mm" for c in hours)
    assert sheet["C2"].value == "VnExpress" and sheet["C2"].data_type == "s"


def work_form(at):  # noqa: ANN001, ANN201 - an AppTest on Vấn đề: the «Xử lý» form's fields and its button
    return (next(s for s in at.selectbox if s.label == "Trạng thái"), next(t for t in at.text_input if t.label.startswith("Giao cho")),
            at.text_area[0], next(b for b in at.button if b.label == "Lưu"))


def test_a_status_chosen_while_a_colleague_changed_it_is_said_not_saved_rather_than_lost_in_silence(home) -> None:
    """Lan opened an issue; meanwhile the administrator set it «Đang xử lý» and gave it to Phòng KH-TC. Lan chose «Đã ghi
    nhận», wrote a note and saved: her status was dropped without a word (Streamlit drew the field anew at the issue's new
    status), the note kept as a bare note, and the page said «Đã lưu.»."""
    from tests.dashboard.test_pages import the_issue

    issue = the_issue(home)
    lan = open_app("views/van_de.py", id=issue.id)
    admin = open_app("views/van_de.py", user="quantri", id=issue.id)
    status, assignee, _, save = work_form(admin)
    status.select("responding")
    assignee.input("Phòng KH-TC")
    save.click().run()
    status, _, note, save = work_form(lan)
    status.select("acknowledged")
    note.input("Đã gọi điện cho nhà trường")
    save.click().run()
    assert not lan.exception
    with SQLiteStore(home / "diemnong.sqlite3") as store:
        saved = store.get_issue(issue.id)
    assert (saved.status.value, saved.assignee) == ("responding", "Phòng KH-TC")
    assert [(e.kind, e.who, e.note) for e in saved.events][-1] == ("note", "Nguyễn Thị Lan (lan)", "Đã gọi điện cho nhà trường")
    warned = " ".join(w.value for w in lan.warning)
    assert "trạng thái (nay là «Đang xử lý»)" in warned and "người được giao (nay là «Phòng KH\\-TC»)" in warned
    assert "chưa được lưu" in warned and work_form(lan)[0].value == "responding"
    status, _, _, save = work_form(lan)  # chosen again, it is saved, and nothing more is said
    status.select("acknowledged")
    save.click().run()
    with SQLiteStore(home / "diemnong.sqlite3") as store:
        assert store.get_issue(issue.id).status.value == "acknowledged"
    assert not lan.warning and "Đã ghi nhận" in texts(lan)


def test_a_big_story_s_card_on_the_overview_counts_and_draws_all_its_articles(home) -> None:
    """The card of a 600-article story said «500 bài» (the newest 500 the page reads) beside «Số bài 600» on Vấn đề, and
    its sparkline began a day late: the first hundred articles were not in it."""
    from tests.dashboard.test_pages import a_big_story

    a_big_story(home, minutes=7, count=600)  # 600 articles from 17/09 16:00 to 20/09 13:53, seven minutes apart
    at = open_app()
    assert any(c.value.startswith("600 bài · 17/09/2025 → 20/09/2025") for c in at.caption)
    sparklines = []
    for chart in at.get("vega_lite_chart"):
        spec, data = json.loads(chart.proto.spec), {d.name: d.data.data for d in chart.proto.datasets}
        if spec.get("description") == "Biểu đồ số bài mỗi ngày của vấn đề":
            days = pa.ipc.open_stream(data[spec["data"]["name"]]).read_pandas()
            sparklines.append((int(days["count"].sum()), days["day"].min()))
    assert (600, pd.Timestamp("2025-09-17")) in sparklines


def test_articles_stored_without_an_outlet_are_named_as_the_pipeline_names_them_not_left_blank(home) -> None:
    """A store written by an older version (or Elasticsearch) holds articles with no outlet: their lines ended
    «13:39 20/09/2025 · », the timeline drew them on a row with no name, and the tables left «Báo» empty."""
    from dataclasses import replace

    from diemnong.domain import UNKNOWN_OUTLET, HotIssue
    from tests.conftest import make_article
    from tests.dashboard.conftest import END

    start = END - timedelta(hours=6)  # the newest articles: Tổng quan lists the six newest about Hậu Giang
    found = [replace(make_article(7000 + n, f"Trường không rõ báo số {n} thu tiền", source="" if n % 2 else "Tuổi Trẻ",
                                  topics=(8,), local=True), published=start + timedelta(hours=n), story_id="st-khong-bao")
             for n in range(6)]
    with SQLiteStore(home / "diemnong.sqlite3") as store:
        store.upsert_articles(found)
        store.save_issue(HotIssue(id="st-khong-bao", title="Thu tiền ở trường không rõ báo", topics=(8,),
                                  lead_departments=("van-phong",), first_seen=start, last_seen=found[-1].published, score=99,
                                  reason="r", article_ids=tuple(a.id for a in found), outlets=("Tuổi Trẻ", UNKNOWN_OUTLET)))
    for at in (open_app("views/van_de.py", id="st-khong-bao"), open_app()):
        lines = [m.value for m in at.markdown if ":gray[" in m.value]
        assert any(line.endswith(f"· {md(UNKNOWN_OUTLET)}]") for line in lines) and not any(" · ]" in line for line in lines)
    at = open_app("views/van_de.py", id="st-khong-bao")
    assert "" not in set(at.dataframe[0].value["Báo"]) and UNKNOWN_OUTLET in set(at.dataframe[0].value["Báo"])
    chart = at.get("vega_lite_chart")[0]
    spec, data = json.loads(chart.proto.spec), {d.name: d.data.data for d in chart.proto.datasets}
    rows = set(pa.ipc.open_stream(data[spec["data"]["name"]]).read_pandas()["source"])
    assert rows == {"Tuổi Trẻ", UNKNOWN_OUTLET}


def test_a_click_on_the_chosen_period_or_view_does_not_clear_it(home) -> None:
    """A second click on «90 ngày» cleared the control: the page went back to 30 days, with no period highlighted (and on
    Chủ đề, a cleared «Xem theo» went back to «Chủ đề»). A choice is now required: the browser keeps the one chosen."""
    overview, topic = open_app(), open_app("views/chu_de.py")
    controls = [overview.segmented_control(key="tq_days"), topic.segmented_control(key="cd_days"),
                topic.segmented_control(key="cd_mode")]
    assert all(c.proto.required for c in controls)


def test_chart_numbers_are_written_the_vietnamese_way_and_article_counts_are_whole(home) -> None:
    """The count axis of a topic of one or two articles a day read «0.0, 0.5, 1.0, 1.5» (half an article, a decimal
    point), one of thousands «1,000». Every chart now carries Vega's number locale (decimal comma, thousands point; seen
    applied in Chromium: «0,5», «1,0»), and the count axes step by whole articles."""
    for at in (open_app(), open_app("views/chu_de.py"), open_app("views/van_de.py"), open_app("views/nguon_tin.py")):
        specs = [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]
        numbers = [s["config"].get("locale", {}).get("number", {}) for s in specs]
        assert specs and all((n.get("decimal"), n.get("thousands")) == (",", ".") for n in numbers)
    overview = [json.loads(c.proto.spec) for c in open_app().get("vega_lite_chart")]
    counts = [layer["encoding"]["y"] for s in overview for layer in [s, *s.get("layer", [])]
              if layer.get("encoding", {}).get("y", {}).get("title") == "Số bài"]
    assert len(counts) == 2 and all(y["axis"]["tickMinStep"] == 1 for y in counts)  # by topic; all and Hậu Giang
