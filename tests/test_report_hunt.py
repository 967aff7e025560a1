"""The monthly report as the office uses it: month boundaries in Vietnam's time, odd text, re-made reports, the page."""
from __future__ import annotations

import io
from datetime import timedelta

import pytest
from docx import Document

from diemnong.domain import UNKNOWN_OUTLET
from diemnong.report import write_report
from tests.conftest import at, make_article
from tests import test_report
from tests.test_report import report_page

dash_home = test_report.dash_home  # the Báo cáo page's home, a fixture


@pytest.fixture
def media(monkeypatch):
    """The files Streamlit's test runtime was given to serve (a download button's bytes), by their address."""
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    storages: list[MemoryMediaFileStorage] = []
    init = MemoryMediaFileStorage.__init__

    def keep(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        init(self, *args, **kwargs)
        storages.append(self)

    monkeypatch.setattr(MemoryMediaFileStorage, "__init__", keep)

    def served(url: str) -> bytes:
        name = url.rsplit("/", 1)[-1]
        for s in reversed(storages):
            try:
                return bytes(s.get_file(name).content)
            except Exception:  # noqa: BLE001 - another run's storage
                continue
        raise AssertionError(f"no file served at {url}")

    return served


def test_the_page_s_download_button_gives_the_word_file_it_wrote(dash_home, media) -> None:
    page = report_page(month="2025-09")
    page.radio[0].set_value("docx")
    page.button[0].click().run()
    assert not page.exception, page.exception
    written = dash_home / "reports" / "bao-cao-du-luan-2025-09.docx"
    button = page.get("download_button")[0]
    got = media(button.proto.url)
    assert got == written.read_bytes()
    doc = Document(io.BytesIO(got))
    assert "ghi nhận 14 bài viết về giáo dục" in "\n".join(p.text for p in doc.paragraphs)


def report_text(settings, store, tmp_path, month: str = "2025-09", now: str = "2025-10-15T08:00:00+07:00") -> str:
    path = write_report(settings, store, month, "docx", tmp_path / f"{month}.docx", None, now=at(now))
    doc = Document(str(path))
    return "\n".join([*(p.text for p in doc.paragraphs), *(c.text for t in doc.tables for c in t._cells)])


def test_articles_no_outlet_names_are_not_one_outlet_nor_the_busiest_in_the_general_section(settings, store, tmp_path) -> None:
    """Section I counted «(không rõ)» as one outlet («8 bài … trên 2 cơ quan báo chí») and named it the busiest
    outlet («(không rõ) (6 bài)»); then each such article as an outlet of its own («trên 7 cơ quan báo chí»). They are
    said apart, articles no outlet's name came with, not «của cơ quan không rõ tên» (one outlet without a name)."""
    store.upsert_articles([make_article(i, published=f"2025-09-1{i}T10:00:00+07:00", topics=(1,),
                                        source="VnExpress" if i < 2 else UNKNOWN_OUTLET) for i in range(8)])
    text = report_text(settings, store, tmp_path)
    assert ("ghi nhận 8 bài viết về giáo dục trên 1 cơ quan báo chí (trong đó 6 bài không rõ cơ quan đăng), "
            "tăng 8 bài so với") in text
    assert "Các cơ quan báo chí đưa tin nhiều nhất: VnExpress (2 bài)." in text and "(không rõ)" not in text


def test_a_month_counts_its_named_outlets_and_says_its_unnamed_articles_apart(settings, store, tmp_path) -> None:
    """40 articles from 3 named outlets and 10 that no source or link names (two also stored with a blank outlet, as an
    older version or Elasticsearch kept them) are «trên 3 cơ quan báo chí», not 13 nor 14: ten unnamed articles over a
    month are not ten more outlets."""
    named = [make_article(i, published=f"2025-09-{1 + i % 28:02d}T10:00:00+07:00", topics=(1,),
                          source=("VnExpress", "Tuổi Trẻ", "Dân trí")[i % 3]) for i in range(30)]
    unnamed = [make_article(100 + i, published=f"2025-09-{1 + i:02d}T11:00:00+07:00", topics=(1,),
                            source=UNKNOWN_OUTLET if i < 8 else "") for i in range(10)]
    store.upsert_articles(named + unnamed)
    text = report_text(settings, store, tmp_path)
    assert "ghi nhận 40 bài viết về giáo dục trên 3 cơ quan báo chí (trong đó 10 bài không rõ cơ quan đăng)," in text
    assert "Các cơ quan báo chí đưa tin nhiều nhất: Dân trí (10 bài), Tuổi Trẻ (10 bài), VnExpress (10 bài)." in text


def test_a_month_whose_articles_no_outlet_names_says_so_without_counting_outlets(settings, store, tmp_path) -> None:
    """«ghi nhận 3 bài viết về giáo dục của cơ quan không rõ tên» read as one outlet without a name."""
    store.upsert_articles([make_article(i, published=f"2025-09-1{i}T10:00:00+07:00", source=UNKNOWN_OUTLET)
                           for i in range(3)])
    text = report_text(settings, store, tmp_path)
    assert "ghi nhận 3 bài viết về giáo dục, đều không rõ cơ quan đăng, tăng 3 bài" in text
    assert "cơ quan báo chí đưa tin nhiều nhất" not in text


def test_a_story_counts_its_named_outlets_as_its_month_does_and_says_its_unnamed_articles_apart(settings, store,
                                                                                                  tmp_path) -> None:
    """Section I gave the month «trên 12 cơ quan báo chí (chưa kể 11 bài …)» while one of its stories had 13 in Bảng 3
    and «Quy mô»: there each article no outlet's name came with was an outlet (a blank outlet a named one). Every count
    of outlets in the report is of named ones, those articles said apart; the alert's reason is quoted as it was."""
    from diemnong.domain import HotIssue
    from tests.test_report import rows, table_with

    sources = {"st-a": ["", "VnExpress", UNKNOWN_OUTLET, "Tuổi Trẻ"], "st-b": ["VnExpress", "Dân trí"]}
    store.upsert_articles([make_article(10 * k + i, title=f"Tin {story} số {i}", source=src, story_id=story,
                                        published=f"2025-09-1{k}T{8 + i:02d}:00:00+07:00")
                           for k, (story, srcs) in enumerate(sources.items()) for i, src in enumerate(srcs)])
    for k, story in enumerate(sources):
        store.save_issue(HotIssue(id=story, title=f"Vấn đề {story}", topics=(8,), lead_departments=(), score=6.0 - k,
                                  reason=f"{len(sources[story])} cơ quan báo chí đưa tin",
                                  first_seen=at(f"2025-09-1{k}T08:00:00+07:00"), last_seen=at(f"2025-09-1{k}T11:00:00+07:00")))
    text = report_text(settings, store, tmp_path)
    assert "ghi nhận 6 bài viết về giáo dục trên 3 cơ quan báo chí (trong đó 2 bài không rõ cơ quan đăng)," in text
    doc = Document(str(tmp_path / "2025-09.docx"))
    assert [r[3:5] for r in rows(table_with(doc, "TT", "Tình trạng"))] == [["4", "2 (+2)"], ["2", "2"]]
    assert [p.text for p in doc.paragraphs if p.text.startswith("Ghi chú:")] == [
        "Ghi chú: (+N) là số bài không rõ cơ quan đăng, không tính vào số cơ quan báo chí."]
    assert "Quy mô: 4 bài trên 2 cơ quan báo chí (trong đó 2 bài không rõ cơ quan đăng), từ 08:00 10/09/2025" in text
    assert "Cơ quan báo chí đưa tin: VnExpress (1), Tuổi Trẻ (1) và 2 bài không rõ cơ quan đăng." in text
    assert "Quy mô: 2 bài trên 2 cơ quan báo chí, từ" in text
    assert "Vì sao nóng (tính đến 11:00 10/09/2025): 4 cơ quan báo chí đưa tin." in text, "the alert's words, as they were"
    assert ("4 bài (VnExpress, Tuổi Trẻ và 2 bài không rõ cơ quan đăng). Bài đầu tiên (không rõ cơ quan đăng): "
            "“Tin st-a số 0” [1]") in text
    assert "(không rõ)" not in text and "không rõ tên" not in text


def test_a_story_whose_articles_no_outlet_names_says_so_without_naming_outlets(settings, store, tmp_path) -> None:
    from diemnong.domain import HotIssue

    store.upsert_articles([make_article(i, source=UNKNOWN_OUTLET, story_id="st-u", published=f"2025-09-10T{8 + i:02d}:00:00+07:00")
                           for i in range(3)])
    store.save_issue(HotIssue(id="st-u", title="Vấn đề không nguồn", topics=(8,), lead_departments=(), score=5.0, reason="r",
                              first_seen=at("2025-09-10T08:00:00+07:00"), last_seen=at("2025-09-10T10:00:00+07:00")))
    text = report_text(settings, store, tmp_path)
    assert "Quy mô: 3 bài, đều không rõ cơ quan đăng, từ 08:00 10/09/2025 đến 10:00 10/09/2025; 0 bài tiêu cực (0,0%)." in text
    assert "Cơ quan báo chí đưa tin" not in text
    assert "3 bài (không rõ cơ quan đăng). Bài đầu tiên (không rõ cơ quan đăng): “Bài số 0” [1]" in text


def test_a_month_without_articles_says_none_were_found_not_zero_on_zero_outlets(settings, store, tmp_path) -> None:
    """«ghi nhận 0 bài viết về giáo dục trên 0 cơ quan báo chí, giảm 2 bài (-100,0%) so với tháng 8/2025 (2 bài)»."""
    store.upsert_articles([make_article(i, published=f"2025-08-1{i}T10:00:00+07:00") for i in range(2)])
    text = report_text(settings, store, tmp_path)
    assert "Trong tháng 9/2025, hệ thống Điểm Nóng chưa ghi nhận bài viết nào về giáo dục (tháng 8/2025: 2 bài).\n" in text
    assert "0 bài viết" not in text and "0 cơ quan" not in text


def test_an_article_no_outlet_names_is_said_alike_in_the_local_table_and_the_annex(settings, store, tmp_path) -> None:
    """Bảng 4 and the annex printed the stored «(không rõ)» (and a blank cell for an outlet stored blank) where the
    lines of the report said «cơ quan không rõ tên»: one wording for it everywhere."""
    from tests.test_report import rows, table_with

    store.upsert_articles([make_article(i, published=f"2025-09-1{i}T10:00:00+07:00", local=True, sentiment="negative",
                                        source=(UNKNOWN_OUTLET, "", "VnExpress")[i]) for i in range(3)])
    text = report_text(settings, store, tmp_path)
    doc = Document(str(tmp_path / "2025-09.docx"))
    cell = "Không rõ cơ quan đăng"
    assert [r[1] for r in rows(table_with(doc, "Ngày", "Sắc thái"))] == [cell, cell, "VnExpress"]
    assert [r[2] for r in rows(table_with(doc, "TT", "Đường dẫn"))] == [cell, cell, "VnExpress"]
    assert "ghi nhận 3 bài viết về giáo dục trên 1 cơ quan báo chí (trong đó 2 bài không rõ cơ quan đăng)," in text
    assert "(không rõ)" not in text


def test_a_report_that_could_not_be_made_is_not_shown_beside_the_last_one_made(dash_home, monkeypatch) -> None:
    """After a Word report, a PDF on a server without LibreOffice said «Không tạo được báo cáo» and, below it,
    «Đã tạo báo cáo: ….docx» with its download button, as if the second try had given a file after all."""
    page = report_page(month="2025-09")
    page.radio[0].set_value("docx")
    page.button[0].click().run()
    assert [s.value for s in page.success] == ["Đã tạo báo cáo: bao-cao-du-luan-2025-09.docx"]
    monkeypatch.setenv("PATH", str(dash_home))  # no soffice on this PATH
    page.radio[0].set_value("pdf")
    page.button[0].click().run()
    assert not page.exception, page.exception
    assert page.error and "LibreOffice" in page.error[0].value
    assert not page.success
    assert [d.proto.label for d in page.get("download_button")] == ["Tải"], "the reports made earlier stay listed"


@pytest.mark.parametrize(("month", "now", "inside", "outside", "days"), [
    pytest.param("2025-09", "2025-10-15T08:00:00+07:00", ["2025-08-31T17:30:00Z", "2025-09-30T16:30:00Z"],
                 ["2025-08-31T16:30:00Z", "2025-09-30T17:30:00Z"], 30, id="23h30-last-day-and-00h30-first-day-stored-in-utc"),
    pytest.param("2024-02", "2024-03-15T08:00:00+07:00", ["2024-02-29T16:59:59Z", "2024-01-31T17:00:00Z"],
                 ["2024-02-29T17:00:00Z"], 29, id="february-of-a-leap-year"),
    pytest.param("2026-01", "2026-02-15T08:00:00+07:00", ["2025-12-31T17:00:00Z"], ["2025-12-31T16:59:59Z"], 31,
                 id="december-to-january"),
])
def test_a_month_is_counted_in_vietnam_s_time_and_made_again_says_the_same(settings, store, tmp_path, month: str, now: str,
                                                                            inside: list[str], outside: list[str],
                                                                            days: int) -> None:
    """Articles an hour either side of a month's edge in Vietnam (UTC+7) count in the month their local time is in;
    the report made twice is one file with the same text."""
    from diemnong.report import collect

    store.upsert_articles([make_article(i, published=when, topics=(3,), sentiment="negative", source=f"Báo {i}")
                           for i, when in enumerate(inside + outside)])
    data = collect(store, month, at(now))
    assert (data.current.total, len(data.current.daily)) == (len(inside), days)
    assert sum(data.current.daily.values()) == data.current.total == data.current.topic_totals[3]
    first = report_text(settings, store, tmp_path, month, now)
    assert f"ghi nhận {len(inside)} bài viết về giáo dục trên {len(inside)} cơ quan báo chí" in first
    assert report_text(settings, store, tmp_path, month, now) == first
    assert [p.name for p in tmp_path.glob("*.docx")] == [f"{month}.docx"]


def test_an_early_signal_without_a_lead_department_is_named_without_an_empty_one(settings, store, tmp_path) -> None:
    """A title term's signal (no topic) in an office whose departments.yaml copies no department on every alert has no
    lead department: the proposals said ««đuối nước» (, 82% ngưỡng cảnh báo)»."""
    from diemnong.domain import Signal

    now = at("2025-10-15T08:00:00+07:00")
    store.upsert_articles([make_article(1, published="2025-09-10T08:00:00+07:00", topics=(10,))])
    store.save_signals([Signal(key="wa1", label="«đuối nước»", topics=(), lead_departments=(), score=5.74, threshold=7.0,
                               first_seen=now - timedelta(hours=11), last_seen=now - timedelta(hours=3), article_ids=("d1",))])
    text = report_text(settings, store, tmp_path)
    assert "cảnh báo: «đuối nước» (82% ngưỡng cảnh báo). Đề nghị" in text


def test_a_hot_issue_without_a_lead_department_says_none_is_set_not_an_empty_name(settings, store, tmp_path) -> None:
    """A story outside the 16 topics, in an office that copies no department on every alert, has no lead department:
    its write-up said «Đơn vị đầu mối: . Vì sao nóng» and Bảng 3 left the cell blank."""
    from diemnong.domain import HotIssue

    store.upsert_articles([make_article(i, published=f"2025-09-10T0{8 + i}:00:00+07:00", source=f"Báo {i}", story_id="st-x")
                           for i in range(2)])
    store.save_issue(HotIssue(id="st-x", title="Tin ngoài chủ đề", topics=(), lead_departments=(), score=5.0, reason="r",
                              first_seen=at("2025-09-10T08:00:00+07:00"), last_seen=at("2025-09-10T09:00:00+07:00")))
    text = report_text(settings, store, tmp_path)
    assert "Chủ đề: chưa xác định. Đơn vị đầu mối: chưa xác định. Vì sao nóng" in text
    path = tmp_path / "2025-09.docx"
    [row] = [[c.text for c in r.cells] for t in Document(str(path)).tables if t.rows[0].cells[-1].text == "Tình trạng"
             for r in t.rows[1:]]
    assert row[2] == row[5] == "—", row


@pytest.mark.parametrize("day", [0, -1])
def test_the_page_does_not_promise_a_monthly_report_on_a_day_the_service_never_makes_it(dash_home, day: int) -> None:
    """report.auto_day 0 or below makes no report (report.due_month); with -1 the page said «… tự tạo báo cáo tháng
    trước vào ngày -1 hằng tháng»."""
    (dash_home / "settings.yaml").write_text(f"report:\n  auto_day: {day}\n", encoding="utf-8")
    page = report_page(month="2025-09")
    assert not [c.value for c in page.caption if "tự tạo báo cáo" in c.value]
