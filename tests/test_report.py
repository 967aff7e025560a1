"""The monthly report: Word laid out per Nghị định 30/2020/NĐ-CP with the store's numbers, HTML, PDF pages, schedule."""
from __future__ import annotations

import email
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta
from email import policy
from pathlib import Path
from typing import Any, Iterator

import pytest
from aiosmtpd.controller import Controller
from docx import Document
from docx.shared import Pt

from diemnong.config import ConfigError, default_catalog, load_settings
from diemnong.domain import TZ
from diemnong.pipeline import Service, now_local
from diemnong.report import (FORMATS, ReportError, build, due_month, initials, month_of, previous_month, render, report_department,
                             report_id, write_report)
from diemnong.report_render import Figure
from store import Filters
from store.sqlite import SQLiteStore
from tests.conftest import ROOT, at, free_port, make_article, run_once_here
from tests.report_data import NASTY, drowning_surge, fill

NOW = at("2025-10-15T08:00:00+07:00")  # the report on September 2025, written on the 15th of October
SECTIONS = ["I. TÌNH HÌNH CHUNG", "II. TÌNH HÌNH DƯ LUẬN THEO CHỦ ĐỀ", "III. VẤN ĐỀ NÓNG VÀ KẾT QUẢ XỬ LÝ",
            "IV. THÔNG TIN LIÊN QUAN HẬU GIANG", "V. DỰ BÁO TÌNH HÌNH THỜI GIAN TỚI", "VI. ĐỀ XUẤT, KIẾN NGHỊ"]
TONES = ("negative", "neutral", "positive")


def env_settings(home: Path, **overrides: object):
    s = load_settings(env={"DIEMNONG_HOME": str(home), "DIEMNONG_NLP_WORKERS": "1"})
    return s.override(**overrides) if overrides else s


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """A store with known data, and the September report written from it once for all the reading tests."""
    root = tmp_path_factory.mktemp("report")
    store = SQLiteStore(root / "home" / "diemnong.sqlite3")
    fill(store)
    settings = env_settings(root / "home")
    path = write_report(settings, store, "2025-09", "docx", None, None, now=NOW)
    yield store, settings, path
    store.close()


def month_truth(store, month: str) -> dict:
    """The month's numbers computed here, from every stored article, without the report's code or store counts."""
    arts = [a for a in store.iter_articles(Filters()) if f"{a.published.astimezone(TZ):%Y-%m}" == month]
    tones = Counter(a.classification.sentiment for a in arts)
    topics: Counter[int] = Counter()
    topic_tones: Counter[tuple[int, str]] = Counter()
    for a in arts:
        for t in a.classification.topics or (0,):
            topics[t] += 1
            topic_tones[t, a.classification.sentiment] += 1
    return {"total": len(arts), "tones": tones, "topics": topics, "topic_tones": topic_tones,
            "local": sum(1 for a in arts if a.classification.local), "outlets": len({a.source for a in arts}), "articles": arts}


def table_with(doc, first_header: str, contains: str = ""):
    for t in doc.tables:
        cells = [c.text for c in t.rows[0].cells]
        if cells[0] == first_header and contains in " ".join(cells):
            return t
    raise AssertionError(f"no table starting with {first_header!r}")


def rows(table) -> list[list[str]]:
    return [[c.text for c in r.cells] for r in table.rows[1:]]


def body_text(doc) -> str:
    return "\n".join(p.text for p in doc.paragraphs)


def vn(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# --------------------------------------------------------------------------- layout (Nghị định 30/2020/NĐ-CP)

def test_docx_heading_follows_nd30(filled) -> None:
    _, _, path = filled
    assert path.name == "bao-cao-du-luan-2025-09.docx" and path.parent.name == "reports"
    doc = Document(str(path))
    section = doc.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    margins = {k: round(getattr(section, f"{k}_margin").cm, 2) for k in ("top", "bottom", "left", "right")}
    assert 2.0 <= margins["top"] <= 2.5 and 2.0 <= margins["bottom"] <= 2.5, margins
    assert 3.0 <= margins["left"] <= 3.5 and 1.5 <= margins["right"] <= 2.0, margins
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman" and Pt(13) <= normal.font.size <= Pt(14)
    assert round(normal.paragraph_format.first_line_indent.cm, 2) in (1.0, 1.27)
    head = doc.tables[0]
    left, right = head.rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == ["UBND TỈNH HẬU GIANG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO HẬU GIANG"]
    assert left.paragraphs[1].runs[0].bold and not left.paragraphs[0].runs[0].bold
    assert [p.text for p in right.paragraphs if p.text] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert all(p.runs[0].bold for p in right.paragraphs if p.text)
    for cell in (left, right):  # the solid rule under the unit's name and under the motto
        rule = cell.paragraphs[-1]
        assert rule.text == "" and rule._p.xpath("./w:pPr/w:pBdr/w:top[@w:val='single']")
    motto_rule = right.paragraphs[-1].paragraph_format
    assert 4.5 < 9.1 - motto_rule.left_indent.cm - motto_rule.right_indent.cm < 7.0, "the motto's rule is as long as the motto"
    number, place = head.rows[1].cells
    assert re.fullmatch(r"Số:\s+/BC-SGDĐT", number.text)
    assert place.text == "Hậu Giang, ngày 15 tháng 10 năm 2025" and place.paragraphs[0].runs[0].italic
    texts = [p.text for p in doc.paragraphs]
    title = texts.index("BÁO CÁO")
    assert texts[title + 1] == "Tình hình dư luận về giáo dục trên báo chí tháng 9 năm 2025 và kết quả xử lý"
    assert doc.paragraphs[title].runs[0].bold and doc.paragraphs[title + 1].runs[0].bold
    assert [p.text for p in doc.paragraphs if p.style.name == "Heading 1"] == SECTIONS
    closing = [t for t in texts if t.startswith("Trên đây là báo cáo")]
    assert len(closing) == 1 and closing[0].endswith("của Sở Giáo dục và Đào tạo Hậu Giang./.")
    sign = next(t for t in doc.tables if t.rows[0].cells[0].text.startswith("Nơi nhận:"))
    nhan, ky = sign.rows[0].cells
    assert nhan.paragraphs[0].runs[0].bold and nhan.paragraphs[0].runs[0].italic
    assert [p.text for p in nhan.paragraphs][-1] == "- Lưu: VT." and "- Văn phòng Sở (để tổng hợp);" in nhan.text
    assert ky.paragraphs[0].text == "GIÁM ĐỐC" and ky.paragraphs[0].runs[0].bold
    header = section.header.paragraphs[0]._p.xml
    assert "PAGE" in header and section.different_first_page_header_footer, "page numbers from the second page, top centre"


def test_docx_properties_name_the_report_its_unit_and_its_date(filled) -> None:
    """Word's File › Info (and Explorer, and the PDF made from it) showed python-docx's template: author «python-docx»,
    created 23/12/2013, comment «generated by python-docx», no title."""
    _, _, path = filled
    props = Document(str(path)).core_properties
    assert props.title == "Báo cáo tình hình dư luận về giáo dục trên báo chí tháng 9 năm 2025 và kết quả xử lý"
    assert props.author == props.last_modified_by == "Sở Giáo dục và Đào tạo Hậu Giang"
    assert props.created == props.modified == NOW and props.comments == "" and props.language == "vi-VN"


def test_docx_elements_follow_the_schema_order(filled) -> None:
    """Word refuses or "repairs" files whose properties are out of the ECMA-376 order; LibreOffice does not care."""
    import zipfile

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    order = {
        "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
               "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd "
               "snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
               "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
        "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing tblInd "
                 "tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription tblPrChange",
        "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid vanish "
               "webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang",
    }
    _, _, path = filled
    checked = 0
    with zipfile.ZipFile(path) as z:
        for name in ("word/document.xml", "word/styles.xml", "word/header1.xml", "word/header2.xml"):
            if name not in z.namelist():
                continue
            root = etree.fromstring(z.read(name))
            for tag, names in order.items():
                seq = names.split()
                for el in root.iter(w + tag):
                    kids = [seq.index(c.tag[len(w):]) for c in el if c.tag[len(w):] in seq]
                    assert kids == sorted(kids), (name, tag, [c.tag[len(w):] for c in el])
                    checked += 1
    assert checked > 100


def test_vietnamese_date_line_pads_day_and_january_february() -> None:
    from diemnong.report_render import nd30_date

    assert nd30_date(at("2026-02-05T10:00:00+07:00")) == "ngày 05 tháng 02 năm 2026"
    assert nd30_date(at("2025-09-15T10:00:00+07:00")) == "ngày 15 tháng 9 năm 2025"
    assert nd30_date(at("2025-12-01T10:00:00+07:00")) == "ngày 01 tháng 12 năm 2025"


# --------------------------------------------------------------------------- numbers equal the store

def test_overall_numbers_match_the_store(filled) -> None:
    store, _, path = filled
    doc = Document(str(path))
    sep, aug = month_truth(store, "2025-09"), month_truth(store, "2025-08")
    assert sep["total"] == 14 and aug["total"] == 4, "the fixture: boundaries of the month count right"
    t1 = table_with(doc, "Chỉ tiêu")
    got = {r[0]: r[1:3] for r in rows(t1)}
    assert got["Tổng số bài"] == [vn(aug["total"]), vn(sep["total"])]
    for tone, label in zip(TONES, ("Bài tiêu cực", "Bài trung tính", "Bài tích cực")):
        assert got[label] == [vn(aug["tones"][tone]), vn(sep["tones"][tone])]
    assert got["Bài liên quan Hậu Giang"] == [vn(aug["local"]), vn(sep["local"])]
    text = body_text(doc)
    assert f"ghi nhận {sep['total']} bài viết về giáo dục trên {sep['outlets']} cơ quan báo chí" in text
    assert f"so với tháng 8/2025 ({aug['total']} bài)" in text
    assert f"{sep['tones']['negative']} bài tiêu cực ({100 * sep['tones']['negative'] / sep['total']:.1f}%)".replace(".", ",") in text
    assert f"có {sep['local']} bài viết liên quan đến giáo dục Hậu Giang" in text


def test_a_month_not_yet_over_is_counted_so_far_and_compared_with_the_same_days_before(filled, tmp_path) -> None:
    """A report made on 16/09 says so, and sets September's first 15 days beside August's, not a whole August."""
    store, settings, _ = filled
    now = at("2025-09-16T08:00:00+07:00")
    path = write_report(settings, store, "2025-09", "docx", tmp_path / "so-far.docx", None, now=now)
    arts = month_truth(store, "2025-09")["articles"] + month_truth(store, "2025-08")["articles"]
    sep = sum(1 for a in arts if at("2025-09-01T00:00:00+07:00") <= a.published < now)
    aug = sum(1 for a in arts if at("2025-08-01T00:00:00+07:00") <= a.published < at("2025-08-16T08:00:00+07:00"))
    assert 0 < sep < month_truth(store, "2025-09")["total"], "the fixture has September articles on both sides of the 16th"
    text = body_text(Document(str(path)))
    assert f"Trong tháng 9/2025 (tính đến ngày 16/09/2025), hệ thống Điểm Nóng ghi nhận {sep} bài viết" in text
    assert f"so với cùng kỳ tháng 8/2025 ({aug} bài)" in text


def test_the_topic_table_of_a_month_not_yet_over_names_its_comparison_the_same_days_before(filled, tmp_path) -> None:
    """Bảng 2 of a report made on 16/09 sets August's first days beside September's: its column said «Tháng trước»
    (a whole August: 1 article on Mầm non, published 31/08) over the counts of the same days (0)."""
    store, settings, _ = filled
    path = write_report(settings, store, "2025-09", "docx", tmp_path / "so-far.docx", None, now=at("2025-09-16T08:00:00+07:00"))
    table = table_with(Document(str(path)), "TT", "Đơn vị đầu mối")
    assert [c.text for c in table.rows[0].cells][3] == "Cùng kỳ tháng trước"
    body = rows(table)
    assert body[0][1] == "Giáo dục Mầm non" and body[0][3] == "0"
    assert body[7][1] == "Tài chính – Kế hoạch" and body[7][3] == "1"


def test_topic_table_matches_the_store(filled) -> None:
    store, _, path = filled
    doc = Document(str(path))
    sep, aug = month_truth(store, "2025-09"), month_truth(store, "2025-08")
    table = table_with(doc, "TT", "Đơn vị đầu mối")
    body = rows(table)
    assert [r[0] for r in body] == [str(t) for t in range(1, 17)] + [""]
    for r in body:
        t = int(r[0]) if r[0] else 0
        assert r[2:7] == [vn(sep["topics"][t]), vn(aug["topics"][t]), *(vn(sep["topic_tones"][t, s]) for s in TONES)], r
    assert body[7][1] == "Tài chính – Kế hoạch" and body[7][7] == "Phòng Kế hoạch – Tài chính"
    assert body[16][1] == "Ngoài 16 chủ đề"


def test_an_old_month_keeps_its_hot_issues_after_a_thousand_hotter_ones_later(settings, store, tmp_path) -> None:
    """A service running for years: the month's issues were read among the 1000 hottest seen since its first day, so
    September 2025 written up two years on said «không phát hiện vấn đề nóng nào» once later months had more."""
    from diemnong.domain import HotIssue

    fill(store)
    later = at("2025-10-02T08:00:00+07:00")
    for i in range(1000):
        seen = later + timedelta(hours=17 * i)
        store.save_issue(HotIssue(id=f"st-sau-{i}", title=f"Vấn đề sau {i}", topics=(3,), lead_departments=("van-phong",),
                                  first_seen=seen, last_seen=seen, score=20.0 + i % 7, reason="r"))
    doc = Document(str(write_report(settings, store, "2025-09", "docx", tmp_path / "r.docx", None,
                                    now=at("2027-11-10T08:00:00+07:00"))))
    assert [r[1] for r in rows(table_with(doc, "TT", "Tình trạng"))] == ["Phụ huynh phản ánh lạm thu ở trường Vị Tân",
                                                                       "Sách giáo khoa mới năm học 2025-2026"]
    assert "hệ thống phát hiện 2 vấn đề nóng" in body_text(doc)


def test_hot_issues_with_timeline_outlets_and_responses(filled) -> None:
    store, _, path = filled
    doc = Document(str(path))
    issues = table_with(doc, "TT", "Tình trạng")
    listed = rows(issues)
    assert [r[1] for r in listed] == ["Phụ huynh phản ánh lạm thu ở trường Vị Tân", "Sách giáo khoa mới năm học 2025-2026"]
    for r, story in zip(listed, ("st-lamthu", "st-sgk")):
        arts = list(store.iter_articles(Filters(story_id=story)))
        assert r[3:5] == [vn(len(arts)), vn(len({a.source for a in arts}))]
    assert [r[6] for r in listed] == ["Đã đóng", "Chưa xử lý"]
    assert "Vấn đề của tháng 7" not in body_text(doc) + " ".join(c.text for t in doc.tables for c in t._cells)
    text = body_text(doc)
    assert ("phát hiện 2 vấn đề nóng (1 vấn đề có liên quan Hậu Giang); "
            "tình trạng xử lý: 1 đã đóng, 0 đang xử lý, 0 đã ghi nhận, 1 chưa xử lý") in text
    assert [p.text for p in doc.paragraphs if p.style.name == "Heading 2"] == [f"{i}. {r[1]}" for i, r in enumerate(listed, 1)]
    assert "Cơ quan báo chí đưa tin: VnExpress (2), Tuổi Trẻ (2), Dân trí (1), Báo Hậu Giang (1)." in text
    timeline = rows(table_with(doc, "Thời gian", "Diễn biến"))
    assert [r[0] for r in timeline] == sorted((r[0] for r in timeline), key=lambda s: (s[6:], s[:5]))
    lines = {r[0]: r[1] for r in timeline}
    assert lines["14:00 05/09/2025"] == "Nguyễn Thị Lan chuyển trạng thái xử lý sang “Đã ghi nhận”: Đã báo cáo lãnh đạo Sở."
    assert lines["16:30 08/09/2025"].startswith("Trần Văn Minh chuyển trạng thái xử lý sang “Đã đóng”: Trường đã hoàn trả")
    assert lines["08:00 05/09/2025"].startswith("3 bài (VnExpress, Tuổi Trẻ, Dân trí). Bài đầu tiên: VnExpress")
    assert any("Cảnh báo lần đầu tới Văn phòng Sở (1 địa chỉ, đã gửi)" in r[1] for r in timeline)
    assert any(r[1].startswith("Hệ thống: phát hiện vấn đề nóng") for r in timeline)
    assert ("Kết quả xử lý: đã đóng; 2 lần ghi nhận trên hệ thống. Gần nhất, lúc 16:30 08/09/2025, Trần Văn Minh chuyển "
            "trạng thái xử lý sang “Đã đóng”: Trường đã hoàn trả") in text
    assert "Kết quả xử lý: chưa có ghi nhận xử lý trên hệ thống Điểm Nóng." in text


def test_an_issue_running_across_two_months_is_detected_once_and_carried_over_in_the_second(settings, store, tmp_path) -> None:
    """Each month counted every issue with coverage in it as «phát hiện»: one running from late September into October
    was found twice, and a year's reports summed to more issues than there were."""
    from diemnong.domain import HotIssue

    fill(store)
    store.upsert_articles([make_article(i, title=f"Trường Vị Thanh thiếu giáo viên (bài {i})", source="VnExpress",
                                        published=f"2025-{'09-29' if i < 2 else '10-02'}T{8 + i:02d}:00:00+07:00",
                                        story_id="st-giaovien") for i in range(4)])
    store.upsert_articles([make_article(9, title="Học sinh đi học muộn vì ngập", source="Dân trí",
                                        published="2025-10-20T07:00:00+07:00", story_id="st-ngap")])
    for id_, first, last, title in (("st-giaovien", "2025-09-29T08:00:00+07:00", "2025-10-02T11:00:00+07:00", "Thiếu giáo viên"),
                                    ("st-ngap", "2025-10-20T07:00:00+07:00", "2025-10-20T07:00:00+07:00", "Ngập")):
        store.save_issue(HotIssue(id=id_, title=title, topics=(3,), lead_departments=("van-phong",), first_seen=at(first),
                                  last_seen=at(last), score=5.0, reason="r"))
    september = body_text(Document(str(write_report(settings, store, "2025-09", "docx", tmp_path / "9.docx", None, now=NOW))))
    assert "Trong tháng 9/2025, hệ thống phát hiện 3 vấn đề nóng (1 vấn đề có liên quan Hậu Giang); " in september
    october = body_text(Document(str(write_report(settings, store, "2025-10", "docx", tmp_path / "10.docx", None,
                                                  now=at("2025-11-15T08:00:00+07:00")))))
    assert ("Trong tháng 10/2025, hệ thống phát hiện 1 vấn đề nóng mới; 1 vấn đề nóng phát hiện từ các tháng trước "
            "vẫn tiếp diễn trong tháng. Tình trạng xử lý của 2 vấn đề: 0 đã đóng, 0 đang xử lý, 0 đã ghi nhận, 2 chưa xử lý.") in october
    store.save_issue(store.get_issue("st-ngap").with_(first_seen=at("2025-09-30T07:00:00+07:00")))
    october = body_text(Document(str(write_report(settings, store, "2025-10", "docx", tmp_path / "10.docx", None,
                                                  now=at("2025-11-15T08:00:00+07:00")))))
    assert "Trong tháng 10/2025, hệ thống không phát hiện vấn đề nóng mới nào; 2 vấn đề nóng phát hiện từ các tháng trước" in october
    service = Service(settings, store, workers=1)
    service.monthly_report(at("2025-11-15T09:00:00+07:00"))
    [alert] = store.list_alerts(issue_id=report_id("2025-10"))
    assert "0 vấn đề nóng mới, 2 từ các tháng trước còn tiếp diễn, 2 chưa đóng" in alert.body
    assert (alert.payload["issues"], alert.payload["carried_issues"]) == (0, 2)


def test_the_result_of_an_issue_names_people_and_the_assignee_in_plain_sentences(settings, store, tmp_path) -> None:
    """The dashboard records "Name (account)"; the report says the name, who the issue was given to, and ends each
    sentence with one full stop even when the note already has one or ends in brackets (no "..", no ".).")."""
    from diemnong.domain import IssueEvent
    from tests.test_pipeline import burst

    Service(settings, store, workers=1).ingest(burst(8))
    issue = store.list_issues()[0]
    who = "Trần Văn Quản (admin)"
    store.add_issue_event(issue.id, IssueEvent(at("2025-09-05T18:00:00+07:00"), "assign", "Phòng Kế hoạch – Tài chính", who=who))
    store.add_issue_event(issue.id, IssueEvent(at("2025-09-06T09:00:00+07:00"), "status", "responding", who=who,
                                               note="Trường đã hoàn trả khoản thu sai (Công văn 123/THPT)."))
    doc = Document(str(write_report(settings, store, "2025-09", "docx", tmp_path / "r.docx", None, now=NOW)))
    text = body_text(doc)
    timeline = [r[1] for r in rows(table_with(doc, "Thời gian", "Diễn biến"))]
    assert "Trần Văn Quản giao xử lý cho Phòng Kế hoạch – Tài chính." in timeline
    assert ("Trần Văn Quản chuyển trạng thái xử lý sang “Đang xử lý”: Trường đã hoàn trả khoản thu sai "
            "(Công văn 123/THPT).") in timeline
    assert ("Kết quả xử lý: đang xử lý, giao cho Phòng Kế hoạch – Tài chính; 2 lần ghi nhận trên hệ thống. "
            "Gần nhất, lúc 09:00 06/09/2025, Trần Văn Quản chuyển trạng thái xử lý sang “Đang xử lý”: "
            "Trường đã hoàn trả khoản thu sai (Công văn 123/THPT).") in text
    everything = text + "\n".join(timeline)
    assert "(admin)" not in everything and ".." not in everything and ".)." not in everything


def test_a_note_pasted_from_word_with_its_control_characters_does_not_stop_the_report(settings, store, tmp_path) -> None:
    """Word copies a line break (Shift+Enter) as a vertical tab, which a browser's text box keeps: the note the analyst
    saved on Vấn đề made python-docx refuse the whole Word report (and the PDF, and the monthly one by e-mail)."""
    from diemnong.domain import IssueEvent
    from tests.test_pipeline import burst

    Service(settings, store, workers=1).ingest(burst(8))
    issue = store.list_issues()[0]
    store.add_issue_event(issue.id, IssueEvent(at("2025-09-06T09:00:00+07:00"), "note", "", who="Nguyễn Thị Lan (lan)",
                                               note="Đã làm việc với trường:\x0bhoàn trả tiền\x0cngày 08/9"))
    doc = Document(str(write_report(settings, store, "2025-09", "docx", tmp_path / "r.docx", "Phòng GD\x0bĐT", now=NOW)))
    timeline = [r[1] for r in rows(table_with(doc, "Thời gian", "Diễn biến"))]
    assert "Nguyễn Thị Lan ghi chú: Đã làm việc với trường: hoàn trả tiền ngày 08/9." in timeline
    assert "Phòng GD ĐT./." in body_text(doc)
    page = (tmp_path / "r.html")
    write_report(settings, store, "2025-09", "html", page, None, now=NOW)
    assert "trường: hoàn trả tiền ngày 08/9." in page.read_text(encoding="utf-8")


def test_a_note_typed_with_a_decomposed_keyboard_is_written_in_nfc(settings, store, tmp_path) -> None:
    """UniKey's «Unicode tổ hợp» and a Mac type Vietnamese decomposed (a letter, then its marks); the dashboard stores the
    note as typed, and the Word and HTML reports carried it so: «hoàn trả» that Word's Find does not find, marks apart."""
    import unicodedata

    from diemnong.domain import IssueEvent

    fill(store)
    note = unicodedata.normalize("NFD", "Phòng Kế hoạch – Tài chính đã yêu cầu trường hoàn trả học phí")
    store.add_issue_event("st-sgk", IssueEvent(at("2025-09-16T09:00:00+07:00"), "note", "", who="Lê Thị Hoà (hoa)", note=note))
    doc = Document(str(write_report(settings, store, "2025-09", "docx", tmp_path / "nfd.docx", None, now=NOW)))
    texts = [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert any("đã yêu cầu trường hoàn trả học phí." in t for t in texts)
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)
    page = write_report(settings, store, "2025-09", "html", tmp_path / "nfd.html", None, now=NOW).read_text(encoding="utf-8")
    assert "đã yêu cầu trường hoàn trả học phí." in page and unicodedata.is_normalized("NFC", page)


def test_a_title_with_a_unicode_noncharacter_does_not_stop_the_report(settings, store, tmp_path) -> None:
    """A feed in a broken encoding leaves U+FFFF in a title, which the store keeps: python-docx refused the whole Word
    report with a traceback, and `diemnong run` died on report.auto_day at each restart (a ValueError, not a
    ReportError, left its loop)."""
    fill(store)
    store.upsert_articles([make_article(90, "Trường ở Vị Thủy\uffff thu sai\ufffe quy định", "2025-09-25T08:00:00+07:00",
                                        source="Báo Hậu Giang", topics=(8,), sentiment="negative", local=True)])
    assert Service(settings, store, workers=1).monthly_report(at("2025-10-15T09:00:00+07:00")) is not None
    doc = Document(str(settings.home / "reports" / "bao-cao-du-luan-2025-09.docx"))
    assert "Trường ở Vị Thủy thu sai quy định [" in " ".join(c.text for t in doc.tables for c in t._cells)


def test_alerts_re_sent_to_a_new_address_are_one_line_of_the_timeline_and_counted_once(settings, store, tmp_path) -> None:
    from dataclasses import replace

    from diemnong.config import current_departments
    from diemnong.pipeline import failed_alerts, resend_failed
    from tests.test_pipeline import burst

    Service(settings, store, workers=1).ingest(burst(8))
    issue = store.list_issues()[0]
    [vp] = [a for a in store.list_alerts(issue_id=issue.id) if a.department == "van-phong" and a.payload.get("level") == 0]
    store.update_alert(vp.with_(state="failed", next_attempt=None, error=f"email to {vp.recipient} refused, not retried: 550 x"))
    departments = current_departments(settings.home)
    moved = {**departments, "van-phong": replace(departments["van-phong"], emails=("vp.moi@sogddt-haugiang.example",))}
    resend_failed(settings, store, failed_alerts(store), "Trần Văn Quản (admin)", at("2025-09-06T08:00:00+07:00"), moved)
    doc = Document(str(write_report(settings, store, "2025-09", "docx", tmp_path / "r.docx", None, now=NOW)))
    timeline = [r[1] for r in rows(table_with(doc, "Thời gian", "Diễn biến"))]
    assert ("Trần Văn Quản gửi lại 1 cảnh báo không gửi được: Văn phòng Sở: vanphong@sogddt-haugiang.example → "
            "vp.moi@sogddt-haugiang.example (lần trước: máy chủ thư trả lỗi 550 (hộp thư người nhận không tồn tại hoặc "
            "không nhận thư)).") in timeline
    assert any(line.startswith("Cảnh báo lần đầu tới Văn phòng Sở (1 địa chỉ, chờ gửi)") for line in timeline)
    assert "Kết quả xử lý: chưa có ghi nhận xử lý trên hệ thống Điểm Nóng." in body_text(doc), "a re-send is not a response"


def test_local_coverage_charts_and_annex_of_cited_articles(filled) -> None:
    store, _, path = filled
    doc = Document(str(path))
    sep = month_truth(store, "2025-09")
    local = [a for a in sep["articles"] if a.classification.local]
    table = rows(table_with(doc, "Ngày", "Sắc thái"))
    assert len(table) == len(local) == 4
    assert {r[2].rsplit(" [", 1)[0] for r in table} == {a.title for a in local}
    shapes = doc.inline_shapes
    assert len(shapes) == 3, "daily volume, tone against last month, topics"
    for shape in shapes:
        blob = doc.part.related_parts[shape._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
        assert blob[:8] == b"\x89PNG\r\n\x1a\n" and len(blob) > 5000
    captions = [p.text for p in doc.paragraphs if p.text.startswith("Hình ")]
    assert [c[:6] for c in captions] == ["Hình 1", "Hình 2", "Hình 3"]
    texts = [p.text for p in doc.paragraphs]
    assert "DANH MỤC BÀI VIẾT ĐƯỢC TRÍCH DẪN" in texts
    annex = table_with(doc, "TT", "Đường dẫn")
    cited = rows(annex)
    assert [r[0] for r in cited] == [str(i) for i in range(1, len(cited) + 1)]
    links = [h.url for r in annex.rows[1:] for h in r.cells[4].paragraphs[0].hyperlinks]
    by_url = {a.url: a for a in store.iter_articles(Filters())}
    assert len(links) == len(cited) and all(u in by_url for u in links)
    for r, url in zip(cited, links):
        a = by_url[url]
        assert r[1:4] == [f"{a.published:%d/%m/%Y}", a.source, a.title]
    everything = body_text(doc) + "\n".join(c.text for t in doc.tables for c in t._cells)
    used = {int(n) for n in re.findall(r"\[(\d+)\]", everything)}
    assert used == set(range(1, len(cited) + 1)), "every [n] in the text is in the annex and the reverse"
    assert any(a.title == NASTY for a in local) and NASTY in everything, "Word keeps the title as written"


def test_report_on_an_issue_found_by_the_pipeline(settings, store, tmp_path) -> None:
    """Articles through Service.ingest: the detector's issue, its alerts and an analyst's note reach section III."""
    from diemnong.domain import IssueEvent
    from tests.test_pipeline import burst

    Service(settings, store, workers=1).ingest(burst(8))
    issue = store.list_issues()[0]
    store.add_issue_event(issue.id, IssueEvent(at("2025-09-05T18:00:00+07:00"), "note", "", who="Chị Lan", note="Đã liên hệ nhà trường"))
    doc = Document(str(write_report(settings, store, "2025-09", "docx", tmp_path / "r.docx", None, now=NOW)))
    listed = rows(table_with(doc, "TT", "Tình trạng"))
    assert [r[1] for r in listed] == [issue.title]
    assert listed[0][3] == vn(store.count(Filters(story_id=issue.id))) == "8" and listed[0][4] == "6"
    timeline = [r[1] for r in rows(table_with(doc, "Thời gian", "Diễn biến"))]
    assert "Chị Lan ghi chú: Đã liên hệ nhà trường." in timeline
    alerted = {a.department for a in store.list_alerts(issue_id=issue.id)}
    from diemnong.config import default_catalog

    names = {d.id: d.name for d in default_catalog()[1].values()}
    assert alerted and all(any(f"Cảnh báo lần đầu tới {names[d]}" in line for line in timeline) for d in alerted)
    start, end = at("2025-09-01T00:00:00+07:00"), at("2025-10-01T00:00:00+07:00")
    local = store.count(Filters(since=start, until=end, local=True))
    assert local > 0 and f"có {local} bài viết liên quan đến giáo dục Hậu Giang" in body_text(doc)


def test_articles_no_source_names_are_said_apart_from_the_story_s_outlets(settings, store, tmp_path) -> None:
    """Lines given without source or link are stored as «(không rõ)»: Bảng 3 and «Quy mô» counted them as one outlet,
    then each as its own (8, as the alert does), so that one story had more outlets than its month in Section I. They
    are its articles no outlet's name came with, said apart as the month says them; the alert's 8 stays its own."""
    from dataclasses import replace

    from diemnong.domain import UNKNOWN_OUTLET
    from tests.test_pipeline import burst

    arts = [a if i < 2 else replace(a, source=UNKNOWN_OUTLET) for i, a in enumerate(burst(8))]
    Service(settings, store, workers=1).ingest(arts)
    issue = store.list_issues()[0]
    doc = Document(str(write_report(settings, store, "2025-09", "docx", tmp_path / "r.docx", None, now=NOW)))
    listed = rows(table_with(doc, "TT", "Tình trạng"))
    assert issue.outlets_total == 8 and listed[0][3:5] == ["8", "2 (+6)"]
    assert "Ghi chú: (+N) là số bài không rõ cơ quan đăng, không tính vào số cơ quan báo chí." in body_text(doc)
    assert "Quy mô: 8 bài trên 2 cơ quan báo chí (trong đó 6 bài không rõ cơ quan đăng), từ" in body_text(doc)
    assert "Cơ quan báo chí đưa tin: VnExpress (1), Tuổi Trẻ (1) và 6 bài không rõ cơ quan đăng." in body_text(doc)
    assert "ghi nhận 8 bài viết về giáo dục trên 2 cơ quan báo chí (trong đó 6 bài không rõ cơ quan đăng)" in body_text(doc)


def test_the_timeline_names_the_outlets_of_a_day_as_the_report_counts_them(settings, store, tmp_path) -> None:
    """The timeline listed «(không rõ)» as an outlet, once whatever the articles: «8 bài ((không rõ), Tuổi Trẻ, Dân
    trí)» beside «8 bài trên 8 cơ quan báo chí»; it names the outlets and counts the articles no outlet's name came with,
    as «Quy mô» does («8 bài trên 2 cơ quan báo chí (trong đó 6 bài không rõ cơ quan đăng)»)."""
    from diemnong.domain import UNKNOWN_OUTLET
    from tests.test_pipeline import burst

    arts = [a if i in (1, 2) else replace(a, source=UNKNOWN_OUTLET) for i, a in enumerate(burst(8))]
    Service(settings, store, workers=1).ingest(arts)
    doc = Document(str(write_report(settings, store, "2025-09", "docx", tmp_path / "r.docx", None, now=NOW)))
    timeline = [row[1] for row in rows(table_with(doc, "Thời gian"))]
    assert not [line for line in timeline if UNKNOWN_OUTLET in line], timeline
    assert any(line.startswith("8 bài (Tuổi Trẻ, Dân trí và 6 bài không rõ cơ quan đăng). Bài đầu tiên (không rõ cơ quan "
                               "đăng): “Phụ huynh bức xúc") for line in timeline), timeline


def test_an_empty_month_writes_its_shares_as_every_other_share(filled) -> None:
    """An empty month wrote «0 bài tiêu cực (0%)» and «Tỷ lệ bài tiêu cực là 0% (tháng 10/2025: 0,0%)»: one share, two
    styles. Every share of the report has its decimal comma, a zero too."""
    store, settings, _ = filled
    _, report = build(settings, store, "2025-11", now=at("2025-12-15T08:00:00+07:00"))
    text = "\n".join(getattr(b, "text", "") for b in report.blocks)
    assert "hệ thống Điểm Nóng chưa ghi nhận bài viết nào về giáo dục (tháng 10/2025: " in text
    shares = re.findall(r"[\d,]+%", text)
    assert shares and all(re.fullmatch(r"\d+,\d%", share) for share in shares), shares
    assert "0 bài tiêu cực (0,0%)" in text


# --------------------------------------------------------------------------- HTML, unit, command line

def test_html_escapes_titles_and_keeps_numbers(filled, tmp_path) -> None:
    store, settings, _ = filled
    path = write_report(settings, store, "2025-09", "html", tmp_path / "r.html", None, now=NOW)
    page = path.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;b&gt;“lạm thu”&lt;/b&gt;" in page and "<b>“lạm thu”</b>" not in page
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in page and "Hậu Giang, ngày 15 tháng 10 năm 2025" in page
    assert all(s in page for s in SECTIONS)
    assert page.count("src='data:image/png;base64,") == 3
    sep = month_truth(store, "2025-09")
    assert f"ghi nhận {sep['total']} bài viết" in page
    assert "href='https://bao" in page


def test_proposals_name_the_early_signals_current_when_the_report_is_made(filled, tmp_path) -> None:
    from diemnong.domain import Signal
    from diemnong.pipeline import forward_signal

    store, settings, _ = filled
    before = write_report(settings, store, "2025-09", "html", tmp_path / "a.html", None, now=NOW).read_text(encoding="utf-8")
    assert "tín hiệu sớm" not in before

    def sig(key: str, label: str, score: float, hours_ago: float) -> Signal:
        return Signal(key=key, label=label, topics=(10,), lead_departments=("phap-che-cttt", "van-phong"), score=score,
                      threshold=7.0, first_seen=NOW - timedelta(hours=hours_ago + 8), last_seen=NOW - timedelta(hours=hours_ago),
                      article_ids=("d1", "d2", "d3"))
    signals = [sig("wa1", "«đuối nước»", 5.74, 3), sig("wa2", "«sạt lở»", 5.0, 12), sig("wa3", "«bão»", 6.0, 80)]
    try:
        store.save_signals(signals)
        assert forward_signal(settings, store, signals[1], "Nguyễn Thị Lan (lan)", NOW) == 2
        page = write_report(settings, store, "2025-09", "html", tmp_path / "b.html", None, now=NOW).read_text(encoding="utf-8")
    finally:
        store.save_signals([])
    assert ("hệ thống ghi nhận 2 tín hiệu sớm — nhiều tin khác nhau đang tăng nhưng chưa đến ngưỡng cảnh báo: «đuối nước» "
            "(Phòng Pháp chế – Công tác tư tưởng, 82% ngưỡng cảnh báo); «sạt lở» (Phòng Pháp chế – Công tác tư tưởng, 71% ngưỡng "
            "cảnh báo, đã báo đầu mối)") in page, "the two with a story in the last 48 hours, closest to an alert first"
    assert "«bão»" not in page


def test_unit_option_changes_heading_symbol_and_file_name(filled, tmp_path) -> None:
    store, settings, _ = filled
    unit = "Phòng Giáo dục và Đào tạo thành phố Vị Thanh"
    path = write_report(settings, store, "2025-09", "docx", None, unit, parent="UBND thành phố Vị Thanh", now=NOW)
    assert path.name == "bao-cao-du-luan-2025-09-phong-giao-duc-va-dao-tao-thanh-pho-vi-thanh.docx"
    doc = Document(str(path))
    left = doc.tables[0].rows[0].cells[0]
    assert [p.text for p in left.paragraphs if p.text] == ["UBND THÀNH PHỐ VỊ THANH", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ VỊ THANH"]
    assert doc.tables[0].rows[1].cells[0].text.endswith("/BC-PGDĐTTPVT")
    assert f"và kết quả xử lý của {unit}./." in body_text(doc)
    assert initials("Trường THPT Vị Thanh") == "TTHPTVT"


def test_unknown_format_and_month_are_refused(filled, tmp_path) -> None:
    store, settings, _ = filled
    with pytest.raises(ReportError, match=r"không có định dạng báo cáo 'odt' \(dùng docx, pdf, html\)"):
        write_report(settings, store, "2025-09", "odt", tmp_path / "x", None)
    with pytest.raises(ReportError, match=r"^không có định dạng báo cáo 'odt' \(dùng docx, pdf, html\)$"):
        render(build(settings, store, "2025-09", now=NOW)[1], "odt")
    with pytest.raises(ReportError, match="tháng phải có dạng YYYY-MM, nhận được '2025-9x'"):
        write_report(settings, store, "2025-9x", "html", tmp_path / "x", None)
    assert FORMATS == ("docx", "pdf", "html")


def test_a_month_not_begun_is_refused_and_an_empty_month_says_so_without_charts(filled, tmp_path) -> None:
    store, settings, _ = filled
    with pytest.raises(ReportError, match="tháng 2025-11 chưa bắt đầu"):
        write_report(settings, store, "2025-11", "html", tmp_path / "x.html", None, now=NOW)
    assert not (tmp_path / "x.html").exists()
    _, report = build(settings, store, "2024-03", now=NOW)
    assert not [b for b in report.blocks if isinstance(b, Figure)]
    assert any("chưa ghi nhận bài viết nào" in getattr(b, "text", "") for b in report.blocks)
    proc = cli(settings.home, "--month", "2099-01", "--format", "html")
    assert proc.returncode == 2 and proc.stderr.strip() == proc.stderr.strip().splitlines()[0]
    assert proc.stderr.startswith("diemnong report: tháng 2099-01 chưa bắt đầu (hôm nay là "), proc.stderr


def test_output_naming_a_folder_writes_the_report_in_it_under_its_usual_name(filled, tmp_path) -> None:
    """`diemnong report --output FOLDER` failed «không ghi được FOLDER: Is a directory»: a folder is where to put the
    report (as `diemnong backup --output DIR`), under the name it has in reports/."""
    store, settings, _ = filled
    folder = tmp_path / "gui-van-phong.html"  # a folder's name says no format
    folder.mkdir()
    path = write_report(settings, store, "2025-09", "docx", folder, None, now=NOW)
    assert path == folder / "bao-cao-du-luan-2025-09.docx" and path.read_bytes()[:2] == b"PK"
    proc = cli(settings.home, "--month", "2025-09", "--output", str(folder))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(folder / "bao-cao-du-luan-2025-09.docx") and path.read_bytes()[:2] == b"PK"


def test_a_month_not_begun_says_today_as_the_report_writes_dates(filled) -> None:
    store, settings, _ = filled
    with pytest.raises(ReportError, match=r"^tháng 2025-11 chưa bắt đầu \(hôm nay là 15/10/2025\)$"):
        build(settings, store, "2025-11", now=NOW)


def cli(home: Path, *args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DIEMNONG_HOME": str(home), "PYTHONPATH": str(ROOT)}
    if path is not None:
        env["PATH"] = path
    return subprocess.run([sys.executable, "-m", "diemnong", "report", *args], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=300)


def test_cli_writes_report_and_prints_path(tmp_path) -> None:
    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    store.close()
    out = tmp_path / "out" / "bc.html"
    proc = cli(home, "--month", "2025-09", "--format", "html", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(out) and "ghi nhận 14 bài viết" in out.read_text(encoding="utf-8")
    proc = cli(home, "--month", "2025-08", "--unit", "Phòng GD&ĐT huyện Châu Thành")
    assert proc.returncode == 0, proc.stderr
    written = Path(proc.stdout.strip())
    assert written.parent == home / "reports" and written.suffix == ".docx"
    assert "PHÒNG GD&ĐT HUYỆN CHÂU THÀNH" in Document(str(written)).tables[0].rows[0].cells[0].text


def test_cli_month_written_without_its_leading_zero_is_the_same_month_and_file(tmp_path) -> None:
    """`--month 2025-9` was taken as given: it wrote bao-cao-du-luan-2025-9.html beside the dashboard's
    bao-cao-du-luan-2025-09.html for the same month (two «Báo cáo đã tạo» for one month)."""
    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    store.close()
    proc = cli(home, "--month", "2025-9", "--format", "html")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(home / "reports" / "bao-cao-du-luan-2025-09.html")
    assert "ghi nhận 14 bài viết" in Path(proc.stdout.strip()).read_text(encoding="utf-8")


def test_cli_output_named_html_without_format_is_html(tmp_path) -> None:
    """`diemnong report --month 2025-09 --output bao-cao.html` wrote a Word file (a zip) under the name .html."""
    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    store.close()
    out = tmp_path / "bao-cao.html"
    proc = cli(home, "--month", "2025-09", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    upper, word = tmp_path / "BAO-CAO.HTML", tmp_path / "bao-cao"
    assert cli(home, "--month", "2025-09", "--output", str(upper)).returncode == 0
    assert upper.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert cli(home, "--month", "2025-09", "--output", str(word)).returncode == 0 and word.read_bytes()[:2] == b"PK"  # Word


def test_pdf_without_libreoffice_is_one_clear_line(tmp_path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    proc = cli(tmp_path / "home", "--month", "2025-09", "--format", "pdf", "--output", str(tmp_path / "r.pdf"), path=str(empty))
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and proc.stderr.startswith("diemnong report: xuất PDF cần LibreOffice nhưng "
                                                                       "máy này chưa cài: hãy cài gói Debian libreoffice-writer")
    assert "hoặc dùng --format docx hay html" in proc.stderr
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftoppm") and shutil.which("pdftotext")),
                    reason="needs LibreOffice (Debian libreoffice-writer) and poppler-utils (pdftoppm, pdftotext)")
def test_pdf_renders_pages_to_png(filled, tmp_path) -> None:
    store, settings, _ = filled
    pdf = write_report(settings, store, "2025-09", "pdf", tmp_path / "bao-cao.pdf", None, now=NOW)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=120)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 4, "heading and four sections, tables, three charts and an annex take several A4 pages"
    from PIL import Image

    first = Image.open(pages[0])
    assert abs(first.width / first.height - 21.0 / 29.7) < 0.01, "A4 portrait"
    ink = first.convert("L").histogram()[:128]
    ink = sum(ink)
    assert ink > 0.01 * first.width * first.height, "the first page is not blank"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for part in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "Hậu Giang, ngày 15 tháng 10 năm 2025",
                 *SECTIONS, "DANH MỤC BÀI VIẾT ĐƯỢC TRÍCH DẪN", "Nơi nhận:"):
        assert part in text, part


# --------------------------------------------------------------------------- the monthly schedule

@pytest.mark.parametrize(("now", "day", "due"), [
    pytest.param("2025-10-14T23:59:00+07:00", 15, None, id="day-before"),
    pytest.param("2025-10-14T17:30:00+00:00", 15, "2025-09", id="utc-evening-is-the-15th-in-vietnam"),
    pytest.param("2025-10-15T00:00:00+07:00", 15, "2025-09", id="on-the-day"),
    pytest.param("2025-10-28T10:00:00+07:00", 15, "2025-09", id="later-in-the-month"),
    pytest.param("2026-01-15T08:00:00+07:00", 15, "2025-12", id="january-reports-december"),
    pytest.param("2025-09-30T08:00:00+07:00", 31, "2025-08", id="day-31-in-a-30-day-month"),
    pytest.param("2025-10-20T08:00:00+07:00", 0, None, id="disabled"),
])
def test_due_month(tmp_path, now: str, day: int, due: str | None) -> None:
    assert due_month(env_settings(tmp_path, report__auto_day=day), at(now)) == due


def test_schedule_queues_one_report_for_the_previous_month(tmp_path) -> None:
    home = tmp_path / "home"
    settings = env_settings(home)
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    service = Service(settings, store, workers=1)
    assert service.monthly_report(at("2025-10-14T23:59:00+07:00")) is None
    assert store.list_alerts(issue_id=report_id("2025-09")) == [] and not (home / "reports").exists()
    path = service.monthly_report(at("2025-10-15T09:00:00+07:00"))
    assert path == home / "reports" / "bao-cao-du-luan-2025-09.docx" and path.is_file()
    queued = store.list_alerts(issue_id=report_id("2025-09"))
    vanphong = service.departments["van-phong"]
    assert [a.recipient for a in queued] == list(vanphong.emails) and len(queued) == 1
    alert = queued[0]
    assert alert.kind == "report" and alert.channel == "email" and alert.payload["attachments"] == [str(path)]
    assert alert.subject == "[Điểm Nóng] Báo cáo tình hình dư luận về giáo dục tháng 9/2025"
    assert "14 bài" in alert.body and "bao_cao?month=2025-09" in alert.body and "trước ngày 20/10/2025" in alert.body
    assert service.monthly_report(at("2025-10-15T09:01:00+07:00")) is None
    store.close()
    restarted = Service(settings, SQLiteStore(home / "diemnong.sqlite3"), workers=1)  # a new process on the same store
    assert restarted.monthly_report(at("2025-10-16T09:00:00+07:00")) is None
    assert len(restarted.store.list_alerts(issue_id=report_id("2025-09"))) == 1
    assert restarted.monthly_report(at("2025-11-15T09:00:00+07:00")) == home / "reports" / "bao-cao-du-luan-2025-10.docx"
    assert len(restarted.store.list_alerts(issue_id=report_id("2025-10"))) == 1
    report_alerts = [a for a in restarted.store.list_alerts() if a.kind == "report"]
    assert len(report_alerts) == 2
    restarted.store.close()


def test_a_late_month_s_report_that_fails_is_the_month_named_and_a_later_success_clears_it(tmp_path) -> None:
    """The failure kept for Tổng quan (diemnong.health) names the month whose report failed: a late one, made after the
    month due now, not the due one that went out."""
    from diemnong.health import read_report_failure, report_problem

    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    service = Service(env_settings(home), store, workers=1)
    assert service.monthly_report(at("2025-10-15T09:00:00+07:00")) is not None  # September's: a report was made here
    (home / "reports" / "bao-cao-du-luan-2025-10.docx").mkdir()  # October's cannot be written (the service was down)
    assert service.monthly_report(at("2025-12-15T09:00:00+07:00")) is None
    assert len(store.list_alerts(issue_id=report_id("2025-11"))) == 1, "the month due now went out"
    failure = read_report_failure(home)
    assert failure is not None and failure.month == "2025-10" and failure.retry == at("2025-12-15T10:00:00+07:00")
    said = report_problem(failure, at("2025-12-15T09:30:00+07:00"))
    assert said.startswith("Báo cáo tháng 10/2025 chưa lập được tự động (lỗi từ 09:00): không ghi được "), said
    assert "thử lại lúc 10:00;" in said, said
    assert service.monthly_report(at("2025-12-15T09:59:00+07:00")) is None and read_report_failure(home) == failure
    (home / "reports" / "bao-cao-du-luan-2025-10.docx").rmdir()
    assert service.monthly_report(at("2025-12-15T10:00:00+07:00")) is not None
    assert read_report_failure(home) is None and len(store.list_alerts(issue_id=report_id("2025-10"))) == 1
    store.close()


def test_a_first_report_that_fails_into_the_next_month_stays_said_as_given_up(tmp_path, caplog) -> None:
    """A home's first report (September's) fails through October; on 1 November nothing is due and no month is late
    (late_months: none was ever reported), so the attempt went through and the failure was cleared as if sent: the
    month never went out and Tổng quan said nothing. Now kept, said as given up (no retry will come)."""
    from diemnong.health import read_report_failure, report_problem

    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    service = Service(env_settings(home), store, workers=1)
    (home / "reports").mkdir(parents=True, exist_ok=True)
    (home / "reports" / "bao-cao-du-luan-2025-09.docx").mkdir()  # September's cannot be written
    assert service.monthly_report(at("2025-10-15T09:00:00+07:00")) is None
    assert service.monthly_report(at("2025-11-01T00:31:00+07:00")) is None  # went through: nothing to make
    failure = read_report_failure(home)
    assert failure is not None and failure.month == "2025-09" and failure.given_up == at("2025-11-01T00:31:00+07:00")
    said = report_problem(failure, at("2025-11-10T08:00:00+07:00"))
    assert said.startswith("Báo cáo tháng 9/2025 chưa lập được tự động (lỗi từ 09:00 ngày 15/10/2025)"), said
    assert "không thử lại tháng này nữa" in said and "sẽ thử lại" not in said, said
    assert "báo bộ phận kỹ thuật" in said, "the cause (a folder that cannot be written) may be there still"
    assert [r.message for r in caplog.records if "không lập lại tháng đó nữa" in r.message] == [
        "báo cáo tháng 2025-09 chưa lập được tự động và lịch không lập lại tháng đó nữa: lập ở trang Báo cáo "
        "(hoặc `diemnong report --month 2025-09`) rồi gửi Văn phòng"], "said once in the log"
    assert service.monthly_report(at("2025-11-16T09:00:00+07:00")) is not None  # October's goes out
    assert len(store.list_alerts(issue_id=report_id("2025-10"))) == 1 and not store.list_alerts(issue_id=report_id("2025-09"))
    assert read_report_failure(home) == failure, "September's was not sent: still said"
    assert report_problem(failure, at("2025-12-03T00:00:00+07:00")) == "", "said for a month after giving up"
    store.close()


def test_a_failed_report_whose_auto_day_is_moved_later_is_said_to_be_tried_on_that_day_not_given_up(tmp_path) -> None:
    """September's report fails on its day (15 October); the administrator moves report.auto_day to the 25th and
    restarts: the attempt at the start went through (nothing due before the 25th), and the box said the month given up,
    no retry coming. The schedule makes it on the 25th: said so, and made then."""
    from diemnong.health import read_report_failure, report_problem

    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    assert Service(env_settings(home), store, workers=1).monthly_report(at("2025-09-15T09:00:00+07:00")) is not None
    blocked = home / "reports" / "bao-cao-du-luan-2025-09.docx"
    blocked.mkdir()  # September's cannot be written
    assert Service(env_settings(home), store, workers=1).monthly_report(at("2025-10-15T09:00:00+07:00")) is None
    restarted = Service(env_settings(home, report__auto_day=25), store, workers=1)
    assert restarted.monthly_report(at("2025-10-15T11:00:00+07:00")) is None  # went through: nothing due before the 25th
    failure = read_report_failure(home)
    assert failure is not None and failure.given_up is None and failure.retry == at("2025-10-25T00:00:00+07:00")
    said = report_problem(failure, at("2025-10-15T11:05:00+07:00"))
    assert "sẽ thử lại lúc 00:00 ngày 25/10/2025;" in said and "không thử lại" not in said, said
    blocked.rmdir()
    assert restarted.monthly_report(at("2025-10-25T00:31:00+07:00")) == blocked
    assert len(store.list_alerts(issue_id=report_id("2025-09"))) == 1 and read_report_failure(home) is None
    store.close()


@pytest.mark.parametrize("fixed", [True, False])
def test_a_demo_month_s_failed_report_is_cleared_only_once_its_file_is_written(tmp_path, fixed: bool) -> None:
    """A month holding the demo's articles is written, never queued: its failure was cleared at the next attempt that
    went through, though its file was never written (on the 1st after, the schedule makes it no more). Now cleared
    when the file is there; otherwise said as given up."""
    from diemnong.health import read_report_failure

    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    mark = home / "demo-loaded"
    mark.touch()
    loaded = at("2025-09-20T10:00:00+07:00").timestamp()
    os.utime(mark, (loaded, loaded))
    service = Service(env_settings(home), store, workers=1)
    (home / "reports").write_text("không phải thư mục", encoding="utf-8")  # September's cannot be written
    assert service.monthly_report(at("2025-10-15T09:00:00+07:00")) is None
    written = home / "reports" / "bao-cao-du-luan-2025-09.docx"
    if fixed:
        (home / "reports").unlink()
        assert service.monthly_report(at("2025-10-15T10:00:00+07:00")) == written and read_report_failure(home) is None
    else:
        assert service.monthly_report(at("2025-11-01T00:31:00+07:00")) is None
        failure = read_report_failure(home)
        assert failure is not None and failure.month == "2025-09" and failure.given_up is not None, failure
        assert not written.exists()
    store.close()


def test_a_home_that_once_loaded_the_demo_mails_the_reports_of_the_months_after_it(tmp_path) -> None:
    """The demo's mark made every later monthly report «written, not mailed», for good: the Docker worker
    (`diemnong run --no-dashboard`) loads the demo into its empty store at the first start, so the Văn phòng of such an
    office never got a report. Only the months the demo's articles fall in (up to the one it was loaded in) hold them."""
    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    service = Service(env_settings(home), store, workers=1)
    mark = home / "demo-loaded"
    mark.touch()
    loaded = at("2025-09-10T08:00:00+07:00").timestamp()  # the demo, dated up to then, loaded on 10/09/2025
    os.utime(mark, (loaded, loaded))
    assert service.counts_demo("2025-09") and service.counts_demo("2025-08") and not service.counts_demo("2025-10")
    september = service.monthly_report(at("2025-10-15T09:00:00+07:00"))
    assert september is not None and september.is_file(), "written, for the demo to show"
    assert store.list_alerts(issue_id=report_id("2025-09")) == [], "not mailed: it counts the demo's articles"
    october = service.monthly_report(at("2025-11-15T09:00:00+07:00"))
    assert october == home / "reports" / "bao-cao-du-luan-2025-10.docx"
    assert [a.kind for a in store.list_alerts(issue_id=report_id("2025-10"))] == ["report"], "mailed: no demo in it"
    store.close()


def test_a_month_missed_while_the_service_was_down_is_reported_late_once(tmp_path) -> None:
    """due_month named only last month: a service stopped from the 15th of October to its end (a holiday shutdown, a
    broken server) never wrote September's report; the Văn phòng never got it. Now it is written and mailed at the
    next start, saying it is late, once."""
    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    service = Service(env_settings(home), store, workers=1)
    assert service.monthly_report(at("2025-09-15T09:00:00+07:00"))  # August's, on time
    assert service.monthly_report(at("2025-10-10T09:00:00+07:00")) is None  # running, September not due yet
    path = service.monthly_report(at("2025-11-02T09:00:00+07:00"))  # the first round after the shutdown
    assert path == home / "reports" / "bao-cao-du-luan-2025-09.docx" and path.is_file()
    [alert] = store.list_alerts(issue_id=report_id("2025-09"))
    assert alert.subject == "[Điểm Nóng] Báo cáo tình hình dư luận về giáo dục tháng 9/2025 (gửi muộn)"
    assert ("Báo cáo gửi muộn: theo lịch, báo cáo tháng 9/2025 được lập ngày 15/10/2025 nhưng khi đó hệ thống Điểm Nóng "
            "không hoạt động.") in alert.body
    assert "Hạn gửi Văn phòng (trước ngày 20/10/2025) đã qua" in alert.body and alert.payload["late"] is True
    assert service.monthly_report(at("2025-11-02T09:01:00+07:00")) is None
    store.close()
    restarted = Service(env_settings(home), SQLiteStore(home / "diemnong.sqlite3"), workers=1)
    assert restarted.monthly_report(at("2025-11-15T09:00:00+07:00")) == home / "reports" / "bao-cao-du-luan-2025-10.docx"
    october = restarted.store.list_alerts(issue_id=report_id("2025-10"))
    assert len(october) == 1 and "gửi muộn" not in october[0].subject and "late" not in october[0].payload
    assert [a.issue_id for a in restarted.store.list_alerts() if a.kind == "report"] == [
        "bao-cao-2025-10", "bao-cao-2025-09", "bao-cao-2025-08"]
    restarted.store.close()


def mails(inbox: Inbox) -> list[tuple[str, str]]:
    """(subject, text) of each message the loopback server received."""
    got = [email.message_from_bytes(m, policy=policy.default) for m in inbox.messages]
    return [(str(m["Subject"]), m.get_body(("plain",)).get_content()) for m in got]


def test_months_that_fell_due_while_the_report_was_turned_off_are_not_mailed_as_missed(tmp_path) -> None:
    """report.auto_day set to 0 («không bao giờ») in October and back to 15 in December: at the next report, September
    and October were mailed as «gửi muộn», «khi đó hệ thống Điểm Nóng không hoạt động», while it ran every day. The
    office had asked for none then: only the month due now is mailed."""
    with mailing_home(tmp_path) as (inbox, settings, store):
        assert Service(settings, store, workers=1).monthly_report(at("2025-09-15T09:00:00+07:00"))  # August's, on time
        off = Service(settings.override(report__auto_day=0), store, workers=1)
        for day in ("2025-10-15", "2025-10-28", "2025-11-15"):
            assert off.monthly_report(at(f"{day}T09:00:00+07:00")) is None
        service = Service(settings, store, workers=1)
        assert service.monthly_report(at("2025-12-15T09:00:00+07:00")) == settings.home / "reports" / "bao-cao-du-luan-2025-11.docx"
        assert service.deliver(at("2025-12-15T09:01:00+07:00"))["sent"] == 2
        assert [subject for subject, _ in mails(inbox)] == [
            "[Điểm Nóng] Báo cáo tình hình dư luận về giáo dục tháng 8/2025",
            "[Điểm Nóng] Báo cáo tình hình dư luận về giáo dục tháng 11/2025"]
        assert not any("gửi muộn" in text for _, text in mails(inbox))


def test_a_month_the_running_service_could_not_send_is_mailed_late_without_saying_it_was_down(tmp_path) -> None:
    """The Văn phòng had no address from the 15th of October to November: September's report, mailed when it was set,
    said «khi đó hệ thống Điểm Nóng không hoạt động» though the service ran and logged why every hour."""
    with mailing_home(tmp_path) as (inbox, settings, store):
        service = Service(settings, store, workers=1)
        assert service.monthly_report(at("2025-09-15T09:00:00+07:00"))  # August's, on time
        vanphong = service.departments["van-phong"]
        service.departments = {**service.departments, "van-phong": replace(vanphong, emails=(), webhooks=())}
        for day in ("2025-10-15", "2025-10-31"):
            assert service.monthly_report(at(f"{day}T09:00:00+07:00")) is None  # refused: nobody to send it to
        service.departments = {**service.departments, "van-phong": vanphong}
        assert service.monthly_report(at("2025-11-15T09:00:00+07:00")) == settings.home / "reports" / "bao-cao-du-luan-2025-09.docx"
        assert service.deliver(at("2025-11-15T09:01:00+07:00"))["sent"] == 3
        by_subject = dict(mails(inbox))
        late = by_subject["[Điểm Nóng] Báo cáo tình hình dư luận về giáo dục tháng 9/2025 (gửi muộn)"]
        assert ("Báo cáo gửi muộn: theo lịch, báo cáo tháng 9/2025 được lập ngày 15/10/2025 nhưng khi đó hệ thống Điểm "
                "Nóng chưa lập hoặc chưa gửi được (lý do ghi trong nhật ký).") in late
        assert "không hoạt động" not in late
        assert "gửi muộn" not in by_subject["[Điểm Nóng] Báo cáo tình hình dư luận về giáo dục tháng 10/2025"]


def test_an_archive_ingested_into_a_new_home_is_not_reported_month_by_month(tmp_path) -> None:
    """A new home given an archive first (README: «diemnong ingest an archive first») has never made a report: only the
    month due now is written and mailed, not each month of the archive as a late one."""
    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)  # August and September 2025
    service = Service(env_settings(home), store, workers=1)
    assert service.monthly_report(at("2025-11-20T09:00:00+07:00")) == home / "reports" / "bao-cao-du-luan-2025-10.docx"
    assert [a.issue_id for a in store.list_alerts() if a.kind == "report"] == ["bao-cao-2025-10"]
    store.close()


def test_a_late_month_that_keeps_failing_does_not_hold_back_the_month_due_now(tmp_path, monkeypatch) -> None:
    import diemnong.report

    collect = diemnong.report.collect

    def september_fails(store, month, now):  # noqa: ANN001, ANN202 - collect's own signature
        if month == "2025-09":
            raise ValueError(WORD_REFUSES)
        return collect(store, month, now)

    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    service = Service(env_settings(home), store, workers=1)
    assert service.monthly_report(at("2025-09-15T09:00:00+07:00"))  # August's, on time
    monkeypatch.setattr(diemnong.report, "collect", september_fails)
    service.monthly_report(at("2025-11-15T09:00:00+07:00"))  # stopped from 15 October to 14 November
    assert [a.issue_id for a in store.list_alerts() if a.kind == "report"] == ["bao-cao-2025-10", "bao-cao-2025-08"]
    monkeypatch.undo()
    assert service.monthly_report(at("2025-11-15T10:00:00+07:00")) == home / "reports" / "bao-cao-du-luan-2025-09.docx"
    assert len(store.list_alerts(issue_id=report_id("2025-10"))) == 1
    store.close()


def test_a_missed_month_that_holds_the_demo_is_not_reported_late(tmp_path) -> None:
    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    (home / "demo-loaded").touch()
    loaded = at("2025-09-10T08:00:00+07:00").timestamp()
    os.utime(home / "demo-loaded", (loaded, loaded))
    service = Service(env_settings(home), store, workers=1)
    assert service.monthly_report(at("2025-11-02T09:00:00+07:00")) is None
    assert not (home / "reports").exists() and [a for a in store.list_alerts() if a.kind == "report"] == []
    store.close()


def test_a_report_sent_after_the_20th_does_not_give_the_passed_20th_as_its_deadline(tmp_path) -> None:
    """The Văn phòng wants the report before the 20th; one made later (report.auto_day after it, or a service that was
    stopped over the 15th) said «cần … gửi Văn phòng trước ngày 20/10/2025» on the 28th of October."""
    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    service = Service(env_settings(home), store, workers=1)
    assert service.monthly_report(at("2025-10-28T09:00:00+07:00"))
    [alert] = store.list_alerts(issue_id=report_id("2025-09"))
    assert "cần hoàn thiện, trình ký và gửi Văn phòng trước ngày" not in alert.body
    assert "Hạn gửi Văn phòng (trước ngày 20/10/2025) đã qua: đề nghị hoàn thiện, trình ký và gửi sớm." in alert.body
    store.close()


@pytest.mark.parametrize("now, month, day", [
    pytest.param("2025-10-19T23:59:00+07:00", "2025-09", "20/10/2025", id="september-at-23-59-on-the-19th"),
    pytest.param("2027-01-19T23:59:00+07:00", "2026-12", "20/01/2027", id="december-across-the-year-end"),
])
def test_a_report_made_in_the_night_before_the_20th_arrives_saying_its_deadline_has_passed(tmp_path, now: str, month: str,
                                                                                          day: str) -> None:
    """A service stopped over the 15th and started at 23:59 on the 19th queued the report for 06:00 on the 20th (the
    quiet hours), and the mail that came then still asked for it «trước ngày 20»: the deadline is as of its sending."""
    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    service = Service(env_settings(home), store, workers=1)
    assert service.monthly_report(at(now))
    [alert] = store.list_alerts(issue_id=report_id(month))
    assert alert.next_attempt == at(now).replace(hour=6, minute=0) + timedelta(days=1)
    assert f"Báo cáo tình hình dư luận về giáo dục tháng {int(month[5:])}/{month[:4]}" in alert.subject
    assert "cần hoàn thiện, trình ký và gửi Văn phòng trước ngày" not in alert.body
    assert f"Hạn gửi Văn phòng (trước ngày {day}) đã qua: đề nghị hoàn thiện, trình ký và gửi sớm." in alert.body
    store.close()


def watched_since(store: SQLiteStore, month: str) -> SQLiteStore:
    """A store that took in an article in `month`: the service watched it (an empty store's report is never made)."""
    store.upsert_articles([make_article(1, published=f"{month}-10T08:00:00+07:00", fetched=at(f"{month}-10T08:05:00+07:00"))])
    return store


def test_schedule_waits_for_the_end_of_quiet_hours(tmp_path) -> None:
    home = tmp_path / "home"
    service = Service(env_settings(home), watched_since(SQLiteStore(home / "s.sqlite3"), "2025-09"), workers=1)
    service.monthly_report(at("2025-10-15T00:30:00+07:00"))
    alert = service.store.list_alerts(issue_id=report_id("2025-09"))[0]
    assert alert.next_attempt == at("2025-10-15T06:00:00+07:00")
    assert service.store.due_alerts(at("2025-10-15T05:59:00+07:00")) == []
    service.store.close()


def test_an_unknown_report_department_is_named_as_on_the_dashboard(tmp_path) -> None:
    departments = {k: v for k, v in default_catalog()[1].items() if k != "van-phong"}
    with pytest.raises(ConfigError) as refused:
        report_department(env_settings(tmp_path / "home"), departments)
    assert str(refused.value).startswith("report.department: không có đơn vị nào mã «van-phong» (các mã có: ")


def test_schedule_without_recipients_logs_and_waits_an_hour(tmp_path, caplog) -> None:
    home = tmp_path / "home"
    service = Service(env_settings(home), watched_since(SQLiteStore(home / "s.sqlite3"), "2025-09"), workers=1)
    dep = service.departments["van-phong"]
    service.departments = {**service.departments, "van-phong": dep.__class__(**{**dep.__dict__, "emails": (), "webhooks": ()})}
    assert service.monthly_report(at("2025-10-15T09:00:00+07:00")) is None
    assert "report.department: đơn vị «van-phong» không có email hay webhook nào" in caplog.text and not (home / "reports").exists()
    service.departments = {**service.departments, "van-phong": dep}
    assert service.monthly_report(at("2025-10-15T09:30:00+07:00")) is None, "not retried before an hour"
    assert service.monthly_report(at("2025-10-15T10:00:00+07:00")) is not None
    service.store.close()


WORD_REFUSES = "All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control characters"


def refuse_word(*_args: object) -> bytes:
    """python-docx's own refusal (a character Word cannot hold, before it was cleaned), raised while laying out."""
    raise ValueError(WORD_REFUSES)


def test_an_unexpected_report_failure_is_logged_and_retried_an_hour_later(tmp_path, caplog, monkeypatch) -> None:
    """Only ReportError, ConfigError and OSError were caught: any other error of the report (python-docx refusing a
    character) went up through `diemnong run`, which stopped, and stopped again at each restart that month."""
    import diemnong.report

    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    service = Service(env_settings(home), store, workers=1)
    monkeypatch.setattr(diemnong.report, "render_docx", refuse_word)
    assert service.monthly_report(at("2025-10-15T09:00:00+07:00")) is None
    assert "chưa lập được báo cáo tháng (thử lại sau một giờ)" in caplog.text and WORD_REFUSES in caplog.text
    monkeypatch.undo()
    assert service.monthly_report(at("2025-10-15T09:30:00+07:00")) is None, "not retried before an hour"
    assert service.monthly_report(at("2025-10-15T10:00:00+07:00")) == home / "reports" / "bao-cao-du-luan-2025-09.docx"
    assert len(store.list_alerts(issue_id=report_id("2025-09"))) == 1
    store.close()


def test_a_report_failure_does_not_stop_the_run_loop(tmp_path, monkeypatch) -> None:
    import diemnong.report

    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.yaml").write_text("report:\n  auto_day: 1\n", encoding="utf-8")
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    watched_since(SQLiteStore(home / "diemnong.sqlite3"), previous_month(previous_month(month_of(now_local())))).close()
    monkeypatch.setattr(diemnong.report, "render_docx", refuse_word)
    assert run_once_here() == 0
    assert "chưa lập được báo cáo tháng (thử lại sau một giờ)" in (home / "logs" / "diemnong.log").read_text(encoding="utf-8")


class Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001 - aiosmtpd handler protocol
        self.messages.append(envelope.content)
        return "250 OK"


@contextmanager
def mailing_home(tmp_path: Path) -> Iterator[tuple[Inbox, Any, SQLiteStore]]:
    """A home filled with the known data, its mail going to an SMTP server on loopback: (inbox, settings, store)."""
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    try:
        fill(store)
        yield inbox, env_settings(home, alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False), store
    finally:
        store.close()
        controller.stop()


def test_report_email_carries_the_docx(tmp_path) -> None:
    with mailing_home(tmp_path) as (inbox, settings, store):
        service = Service(settings, store, workers=1)
        path = service.monthly_report(at("2025-10-15T09:00:00+07:00"))
        assert service.deliver(at("2025-10-15T09:01:00+07:00"))["sent"] == 1
        assert service.deliver(at("2025-10-15T10:00:00+07:00"))["sent"] == 0, "sent once"
        msg = email.message_from_bytes(inbox.messages[0], policy=policy.default)
        assert msg["To"] == "vanphong@sogddt-haugiang.example"
        assert "Báo cáo tình hình dư luận" in str(msg["Subject"])
        files = [(p.get_filename(), p.get_content()) for p in msg.iter_attachments()]
        assert files == [(path.name, path.read_bytes())]
        assert "application/vnd.openxmlformats-officedocument.wordprocessingml.document" in str(next(msg.iter_attachments())["Content-Type"])
        assert "Kính gửi: Văn phòng Sở" in msg.get_body(("plain",)).get_content()


def test_a_report_queued_before_the_dashboard_moved_links_its_new_address(tmp_path) -> None:
    """The month's report queued while general.dashboard_url was the shipped localhost and sent after the office set the
    dashboard's public address behind its reverse proxy (a restart before the round that sends it): «Xem, tạo lại
    hoặc tải» links Báo cáo at the new address, in the text and the payload."""
    with mailing_home(tmp_path) as (inbox, settings, store):
        Service(settings, store, workers=1).monthly_report(at("2025-10-15T09:00:00+07:00"))
        moved = settings.override(general__dashboard_url="https://sgd.example/diemnong")
        assert Service(moved, store, workers=1).deliver(at("2025-10-15T09:30:00+07:00"))["sent"] == 1
        text = email.message_from_bytes(inbox.messages[0], policy=policy.default).get_body(("plain",)).get_content()
        assert "Xem, tạo lại hoặc tải ở định dạng khác: https://sgd.example/diemnong/bao_cao?month=2025-09\n" in text
        assert "localhost" not in text
        [sent] = store.list_alerts(issue_id=report_id("2025-09"))
        assert sent.payload["link"] == "https://sgd.example/diemnong/bao_cao?month=2025-09"


def test_a_report_without_a_public_dashboard_address_names_the_page_not_a_relative_link(tmp_path) -> None:
    """general.dashboard_url empty: «Xem, tạo lại hoặc tải…: /bao_cao?month=2025-09» opened nothing from an e-mail."""
    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    Service(env_settings(home, general__dashboard_url=""), store, workers=1).monthly_report(at("2025-10-15T09:00:00+07:00"))
    [alert] = store.list_alerts(issue_id=report_id("2025-09"))
    assert "Xem, tạo lại hoặc tải ở định dạng khác: trang Báo cáo của Điểm Nóng" in alert.body
    assert "bao_cao?month=" not in alert.body and alert.payload["link"] == ""
    store.close()


def test_missing_attachment_is_a_delivery_error(tmp_path) -> None:
    from alerting.notifiers import DeliveryError, SmtpConfig, send_email
    from diemnong.domain import Alert

    alert = Alert(key="k", issue_id="bao-cao-2025-09", department="van-phong", recipient="a@b.example", channel="email",
                  kind="report", subject="s", body="b", raised_at=NOW, payload={"attachments": [str(tmp_path / "gone.docx")]})
    with pytest.raises(DeliveryError, match="gone.docx"):
        send_email(SmtpConfig("127.0.0.1", free_port(), starttls=False), alert)


def test_run_loop_writes_and_queues_the_report(tmp_path, monkeypatch) -> None:
    """`diemnong run --once` calls the schedule: with auto_day 1 the previous month's report is due on any day (in a
    home whose store holds articles of that month or before: see the test below)."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.yaml").write_text("report:\n  auto_day: 1\n", encoding="utf-8")
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    before = previous_month(month_of(now_local()))
    watched_since(SQLiteStore(home / "diemnong.sqlite3"), previous_month(before)).close()
    assert run_once_here() == 0
    after = previous_month(month_of(now_local()))  # the same month, unless the round ran across the first of a month
    store = SQLiteStore(home / "diemnong.sqlite3")
    [month] = [m for m in dict.fromkeys((before, after)) if store.list_alerts(issue_id=report_id(m))]
    assert [a.kind for a in store.list_alerts(issue_id=report_id(month))] == ["report"]
    assert (home / "reports" / f"bao-cao-du-luan-{month}.docx").is_file()
    store.close()


def test_a_brand_new_home_started_after_the_report_day_mails_no_report_of_the_month_before_it(tmp_path, monkeypatch) -> None:
    """A fresh `diemnong run --no-demo` home started after report.auto_day wrote last month's report from its empty store
    at once and queued it for the Văn phòng («0 bài»), a month it never watched; the README sends a month's report
    late only from a home that had made one. Its first report is of the first month it watched."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.yaml").write_text("report:\n  auto_day: 1\n", encoding="utf-8")
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    assert run_once_here() == 0
    store = SQLiteStore(home / "diemnong.sqlite3")
    assert [a for a in store.list_alerts() if a.kind == "report"] == [] and not (home / "reports").exists()
    store.close()
    # The same in the schedule's own time: started on the 28th, the first articles crawled that day, then a month on.
    store = SQLiteStore(tmp_path / "new" / "diemnong.sqlite3")
    service = Service(env_settings(tmp_path / "new"), store, workers=1)
    assert service.monthly_report(at("2025-11-28T09:00:00+07:00")) is None
    store.upsert_articles([make_article(1, published="2025-11-28T08:00:00+07:00", fetched=at("2025-11-28T08:05:00+07:00"))])
    assert service.monthly_report(at("2025-11-28T10:00:00+07:00")) is None, "October: before its first article"
    assert service.monthly_report(at("2025-12-15T09:00:00+07:00")) == tmp_path / "new" / "reports" / "bao-cao-du-luan-2025-11.docx"
    assert [a.issue_id for a in store.list_alerts() if a.kind == "report"] == ["bao-cao-2025-11"]
    store.close()


def test_a_new_home_whose_first_crawl_brings_last_month_s_feed_items_mails_no_report_of_that_month(tmp_path) -> None:
    """A new `--no-demo` home started on the 28th crawled its feeds: their items reach back into October, and the
    «watched» month, read from the oldest article's publication date, made October's report at once, from a few feed
    items, for the Văn phòng. The month the home first took in an article (its fetched time) is the first it watched;
    an archive of older months ingested later does not make them watched either."""
    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    service = Service(env_settings(home), store, workers=1)
    crawled = at("2025-11-28T09:00:00+07:00")
    store.upsert_articles([make_article(n, published=f"2025-10-{20 + n}T08:00:00+07:00", fetched=crawled) for n in range(1, 4)])
    assert service.monthly_report(at("2025-11-28T09:30:00+07:00")) is None, "October: watched from the 28th of November"
    archive = at("2025-12-03T10:00:00+07:00")
    store.upsert_articles([make_article(10 + n, published=f"2024-0{n}-10T08:00:00+07:00", fetched=archive) for n in range(1, 4)])
    assert service.monthly_report(at("2025-12-15T09:00:00+07:00")) == home / "reports" / "bao-cao-du-luan-2025-11.docx"
    assert [a.issue_id for a in store.list_alerts() if a.kind == "report"] == ["bao-cao-2025-11"], "no month of the archive"
    store.close()


# --------------------------------------------------------------------------- the dashboard page

@pytest.fixture
def dash_home(tmp_path, monkeypatch):
    import streamlit as st

    home = tmp_path / "dash"
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    store.close()
    from dashboard.users import add_user, make_user, users_path

    add_user(users_path(home), make_user("lan", "Nguyễn Thị Lan", "analyst", "mat-khau-thu-1"))
    st.cache_resource.clear()
    st.cache_data.clear()
    yield home
    st.cache_resource.clear()
    st.cache_data.clear()


def report_page(**params: str):
    from streamlit.testing.v1 import AppTest

    at_ = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120)
    at_.session_state["authentication_status"], at_.session_state["username"] = True, "lan"
    for k, v in params.items():
        at_.query_params[k] = v
    at_.run()
    at_.switch_page("views/bao_cao.py")
    at_.run()
    assert not at_.exception, at_.exception
    return at_


def test_dashboard_page_generates_and_offers_download(dash_home) -> None:
    page = report_page(month="2025-09")
    assert page.title[0].value.endswith("Báo cáo dư luận")
    assert page.selectbox[0].value == "2025-09", "the month asked for in the link of the email"
    assert page.text_input[0].value == "Sở Giáo dục và Đào tạo Hậu Giang"
    page.radio[0].set_value("html")
    page.button[0].click().run()
    assert not page.exception, page.exception
    written = dash_home / "reports" / "bao-cao-du-luan-2025-09.html"
    assert written.is_file() and "ghi nhận 14 bài viết" in written.read_text(encoding="utf-8")
    assert any("bao-cao-du-luan-2025-09.html" in s.value for s in page.success)
    downloads = page.get("download_button")
    assert downloads[0].proto.label == "⬇️ Tải báo cáo" and downloads[0].proto.url.endswith(".html")
    assert [d.proto.label for d in downloads[1:]] == ["Tải"], "and the list of reports already written"


@pytest.mark.parametrize("input_ids", [False, True], ids=["crawled", "ingested-with-ids"])
def test_a_surge_counts_its_own_stories_as_the_dashboard_does(dash_home, tmp_path, input_ids: bool) -> None:
    """A surge of a title term (no topic of its own) took every article of its days as its coverage in Bảng 3 and its
    write-up (13 articles, 6 outlets, «Bài đầu tiên» a sports day's), where Vấn đề shows its 5 stories on 5 outlets;
    named by the ids of an ingested file, Vấn đề too took every article of its hours (10)."""
    from tests.dashboard.conftest import open_app

    store = SQLiteStore(dash_home / "diemnong.sqlite3")
    surge = drowning_surge(store, input_ids)
    path = write_report(env_settings(dash_home), store, "2025-09", "docx", tmp_path / "r.docx", None, now=NOW)
    store.close()
    doc = Document(str(path))
    row = next(r for r in rows(table_with(doc, "TT", "Tình trạng")) if r[1] == surge.title)
    page = open_app("views/van_de.py", id=surge.id)
    metrics = {m.label: m.value for m in page.metric}
    assert row[3:5] == [metrics["Số bài"], metrics["Số báo"]] == ["5", "5"]
    assert "Quy mô: 5 bài trên 5 cơ quan báo chí, từ 08:00 21/09/2025 đến 12:00 22/09/2025; 5 bài tiêu cực" in body_text(doc)
    assert "Hội khỏe Phù Đổng" not in body_text(doc) + " ".join(c.text for t in doc.tables for c in t._cells)


def test_a_surge_of_an_ingested_file_finds_its_stories_by_the_file_s_ids(store) -> None:
    """`diemnong ingest` of lines with an `id` gives the detector those ids (not document ids) as a surge's articles."""
    from diemnong.domain import HotIssue
    from diemnong.report import issue_articles

    arts = [make_article(i, published=f"2025-09-21T{8 + i:02d}:00:00+07:00", topics=(10,), sentiment="negative",
                         source=f"Báo {i}", external_id=f"dong-{i}") for i in range(5)]
    store.upsert_articles([*arts, make_article(9, published="2025-09-21T10:30:00+07:00", topics=(10,))])
    surge = HotIssue(id="sg-n10-1", title="t", topics=(10,), lead_departments=(), first_seen=arts[0].published,
                     last_seen=arts[-1].published, score=8.0, reason="r", kind="surge", article_ids=tuple(a.ref for a in arts))
    assert [a.ref for a in issue_articles(store, surge)] == [f"dong-{i}" for i in range(5)]


def test_dashboard_page_says_why_pdf_is_unavailable(dash_home, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(dash_home))  # no soffice on this PATH
    page = report_page(month="2025-09")
    page.radio[0].set_value("pdf")
    page.button[0].click().run()
    assert not page.exception
    assert page.error and "libreoffice-writer" in page.error[0].value
    assert not (dash_home / "reports" / "bao-cao-du-luan-2025-09.pdf").exists()


def test_cli_output_through_a_symlink_replaces_its_target_not_the_link(tmp_path) -> None:
    target, link = tmp_path / "real" / "bc.html", tmp_path / "bc.html"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link.symlink_to(target)
    proc = cli(tmp_path / "home", "--month", "2025-09", "--format", "html", "--output", str(link))
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in target.read_text(encoding="utf-8")


def test_the_local_table_takes_negative_articles_first_and_a_few_of_each_story() -> None:
    from diemnong.report import LOCAL_PER_STORY, representative

    big = [make_article(i, published=f"2025-09-0{1 + i % 9}T08:00:00+07:00", sentiment="negative", story_id="st-big")
           for i in range(12)]
    others = [make_article(100 + i, published="2025-09-20T08:00:00+07:00", sentiment=s, story_id=f"st-{i}")
              for i, s in enumerate(("negative", "positive", "neutral", "positive"))]
    listed = representative(big + others, 8)
    assert sum(1 for a in listed if a.story_id == "st-big") == LOCAL_PER_STORY + 1  # 3 first, then one of the rest
    assert [a.classification.sentiment for a in listed[:LOCAL_PER_STORY + 1]] == ["negative"] * (LOCAL_PER_STORY + 1)
    assert {a.story_id for a in listed} >= {"st-0", "st-1", "st-2", "st-3"}, "every story has its place before a fourth of one"


def test_a_long_subject_is_set_on_even_lines_and_the_unit_rule_is_measured_on_the_whole_name(tmp_path) -> None:
    """«…và kết quả xử / lý»: Word broke the subject leaving one word alone; the rule under a two-line unit name
    was 0.4 of one line, the width of «HẬU GIANG» alone (ND 30: 1/3 to 1/2 of the name, centred)."""
    from diemnong.report_render import balanced_lines, text_width_cm, wrap_cm

    subject = "Tình hình dư luận về giáo dục trên báo chí tháng 12 năm 2025 và kết quả xử lý"
    lines = balanced_lines(subject, 14, True, 16.4)
    assert len(lines) == 2 == len(wrap_cm(subject, 14, True, 16.4)) and " ".join(lines) == subject
    assert all(len(line.split()) >= 4 for line in lines)
    widths = [text_width_cm(line, 14, True) for line in lines]
    assert max(widths) - min(widths) < 2.5, widths
    assert balanced_lines(subject.replace("12", "9"), 14, True, 16.4) == [subject.replace("12", "9")]
    doc = Document(str(write_report(env_settings(tmp_path), SQLiteStore(tmp_path / "s.sqlite3"), "2025-09", "docx",
                                    tmp_path / "r.docx", None, now=NOW)))
    rule = doc.tables[0].rows[0].cells[0].paragraphs[-1].paragraph_format
    length = 6.6 - rule.left_indent.cm - rule.right_indent.cm
    assert length > text_width_cm("HẬU GIANG", 13, True) + 1.0, length


def test_report_charts_are_drawn_at_their_printed_size_with_whole_topic_names() -> None:
    from diemnong.report_render import FIGURE_CM, TICK_PT, _png_width_cm, chart_topics

    labels = [f"{t}. Giáo dục chính trị, công tác học sinh sinh viên" for t in range(1, 17)]
    png = chart_topics(labels, {s: [t for t in range(16)] for s in TONES}, {s: s for s in TONES})
    assert abs(_png_width_cm(png) - FIGURE_CM) < 0.1 and TICK_PT >= 9


def test_an_article_its_outlet_posted_again_counts_once_in_the_report_as_in_the_alert(settings, store, tmp_path) -> None:
    """GD&TĐ posted its article three times (same text, new URLs and headlines) in a story four other outlets carried:
    the alert and Vấn đề count each outlet's article once; Bảng 3 and «Quy mô» counted every stored post."""
    from diemnong.pipeline import article_from_record
    from tests.test_backtest_eval import reposts

    gdtd = "Giáo dục và Thời đại"
    records = reposts([gdtd, gdtd, "VnExpress", "Tuổi Trẻ", "Dân trí", gdtd, "Thanh Niên"], "2025-09-20T10:30:00+07:00")
    Service(settings, store, workers=1).ingest([article_from_record(r, f"r:{i}", now=NOW) for i, r in enumerate(records)])
    issue = next(i for i in store.list_issues() if "r0" in i.article_ids)
    n, stored = len(issue.article_ids), store.count(Filters(story_id=issue.id))
    assert n == issue.outlets_total and stored > n, (issue.article_ids, stored)
    doc = Document(str(write_report(settings, store, "2025-09", "docx", tmp_path / "r.docx", None, now=NOW)))
    listed = next(r for r in rows(table_with(doc, "TT", "Tình trạng")) if r[1] == issue.title)
    assert listed[3:5] == [vn(n), vn(n)], listed
    assert f"Quy mô: {vn(n)} bài trên {vn(n)} cơ quan báo chí" in body_text(doc)
    assert f"{gdtd} (1)" in body_text(doc), "each outlet's article once among the outlets too"


@pytest.mark.parametrize("published", [pytest.param("ABC", id="in-time-order"),
                                       pytest.param("ACB", id="the-post-that-joins-them-last")])
def test_an_outlets_posts_joined_through_a_headline_and_a_text_count_once_in_the_report_as_in_the_alert(
        published: str) -> None:
    """One outlet's A and C share no key but both share one with B (A's headline, C's text): one article, as the story
    counts it (tests/test_detector.py). Counted greedily in time order, B published last made A and C two."""
    from diemnong.report import first_posts
    from tests.test_detector import cold_posts

    posts = cold_posts(published)
    for given in ("ABC", "CBA", "BAC"):
        assert [a.ref for a in first_posts(posts[k] for k in given)] == ["a1"], given


def test_a_headline_its_outlet_listed_again_without_text_counts_once_in_the_report_as_in_the_alert(settings, store,
                                                                                                 tmp_path) -> None:
    """A title-only feed listed GD&TĐ's headline three times (new URLs, a one-line lead, no text for copy detection; its
    case, punctuation and tone marks as the feed wrote them) in a story four other outlets carried with that headline:
    the alert counts GD&TĐ's once, and so do Bảng 3 and «Quy mô»; the other outlets' same headline counts each."""
    from diemnong.pipeline import article_from_record
    from tests.test_backtest_eval import HEADLINES

    gdtd, t0 = "Giáo dục và Thời đại", at("2025-09-20T10:30:00+07:00")
    heads = [HEADLINES[0], HEADLINES[0].upper() + "!", HEADLINES[0].replace("Khiêm", "Khiêm:")]
    outlets = [gdtd, gdtd, "VnExpress", "Tuổi Trẻ", "Dân trí", gdtd, "Thanh Niên"]
    records = [{"id": f"r{i}", "title": heads[i % 3] if o == gdtd else HEADLINES[0], "published": (t0 + timedelta(hours=i)).isoformat(),
                "summary": "Trường lấy ý kiến về dự thảo tuyển sinh lớp 10 chuyên.", "source": o,
                "url": f"https://r.example.vn/tuyen-sinh-chuyen-{700 + i}.html"} for i, o in enumerate(outlets)]
    Service(settings, store, workers=1).ingest([article_from_record(r, f"r:{i}", now=NOW) for i, r in enumerate(records)])
    issue = next(i for i in store.list_issues() if "r0" in i.article_ids)
    n, stored = len(issue.article_ids), store.count(Filters(story_id=issue.id))
    assert n == issue.outlets_total == 5 and stored == 7, (issue.article_ids, stored)
    doc = Document(str(write_report(settings, store, "2025-09", "docx", tmp_path / "r.docx", None, now=NOW)))
    listed = next(r for r in rows(table_with(doc, "TT", "Tình trạng")) if r[1] == issue.title)
    assert listed[3:5] == [vn(n), vn(n)], listed
    assert f"Quy mô: {vn(n)} bài trên {vn(n)} cơ quan báo chí" in body_text(doc)
    assert f"{gdtd} (1)" in body_text(doc), "each outlet's headline once among the outlets too"


def test_a_report_queued_before_the_20th_that_goes_after_it_says_its_deadline_has_passed(tmp_path) -> None:
    """Queued on the 15th, the report went on the 21st (the service stopped in between, or the mail server refused our
    login until the password was fixed): the mail still asked for it «trước ngày 20/10/2025». The line is judged as
    it goes; one that goes in time keeps asking for it."""
    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    fill(store)
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        s = env_settings(home, alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
        assert Service(s, store, workers=1).monthly_report(at("2025-10-15T08:00:00+07:00"))
        [queued] = store.list_alerts(issue_id=report_id("2025-09"))
        assert "gửi Văn phòng trước ngày 20/10/2025." in queued.body
        assert Service(s, store, workers=1).deliver(at("2025-10-21T09:00:00+07:00"))["sent"] >= 1
    finally:
        controller.stop()
    bodies = [email.message_from_bytes(m, policy=policy.default).get_body(("plain",)).get_content() for m in inbox.messages]
    assert bodies and all("Hạn gửi Văn phòng (trước ngày 20/10/2025) đã qua" in b for b in bodies), bodies
    assert not any("cần hoàn thiện, trình ký và gửi Văn phòng trước ngày" in b for b in bodies)
    [sent] = store.list_alerts(issue_id=report_id("2025-09"))
    assert sent.state == "sent" and "đã qua" in sent.body, "the outbox keeps what went"
    store.close()


def test_section_one_says_how_many_articles_are_not_analysed_so_the_tone_shares_are_not_read_as_covering_them(
        filled, settings, store, tmp_path) -> None:
    """An article the analysis failed on is stored without topics, tone or locality (diemnong.pipeline): it counts in
    the month's total, in none of its tones. Section I says so, in one line, when there is one; otherwise nothing."""
    assert "chưa phân tích" not in body_text(Document(str(filled[2])))
    fill(store)
    store.upsert_articles([make_article(91, "Trường ở Kbang thu quỹ lớp", "2025-09-24T08:00:00+07:00").with_(
        classification=None), make_article(92, "Trường ở Kbang thu quỹ lớp lần hai", "2025-09-25T08:00:00+07:00").with_(
        classification=None)])
    path = write_report(settings, store, "2025-09", "docx", None, None, now=NOW)
    text = body_text(Document(str(path)))
    general = text.split("I. TÌNH HÌNH CHUNG", 1)[1].split("II. TÌNH HÌNH DƯ LUẬN", 1)[0]
    assert "\n2 bài chưa phân tích (lỗi khi phân tích)" in general, general
