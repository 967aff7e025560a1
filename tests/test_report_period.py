"""The report of a period other than a month (sơ kết học kỳ I, a quarter, tổng kết năm học): `diemnong report --from
YYYY-MM-DD --to YYYY-MM-DD` and the Báo cáo page's «Theo kỳ» tab, over a real SQLite store."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from docx import Document

from diemnong.domain import TZ
from diemnong.report import BadMonth, ReportError, Span, build, check_span, write_report
from diemnong.report_render import Figure, Table, by_week, chart_daily, day_ticks, week_ticks
from store import Filters
from store.sqlite import SQLiteStore
from tests.conftest import at
from tests.report_data import article, fill
from tests import test_report as monthly
from tests.test_report import body_text, cli, env_settings, report_page, rows, table_with

dash_home = monthly.dash_home  # the monthly page's home: fill()'s store and an analyst

NOW = at("2025-10-15T08:00:00+07:00")
FIRST, LAST = date(2025, 8, 31), date(2025, 9, 10)  # 11 days across two months; compared with the same days of 2024
INSIDE = (at("2025-08-31T00:00:00+07:00"), at("2025-09-11T00:00:00+07:00"))
BEFORE = (at("2024-08-31T00:00:00+07:00"), at("2024-09-11T00:00:00+07:00"))


def edges() -> list:
    """Articles on each side of both periods' ends, to the minute."""
    return [
        article(40, "2025-09-10T23:59:00+07:00", "Tuổi Trẻ", (3,), "negative"),  # the period's last minute: in
        article(41, "2025-09-11T00:00:00+07:00", "Dân trí", (3,), "negative"),  # the day after: out
        article(42, "2024-08-30T23:59:00+07:00", "VnExpress", (3,), "neutral"),  # before the comparison: in neither
        article(43, "2024-08-31T00:00:00+07:00", "Tuổi Trẻ", (3,), "negative", local=True),  # the comparison's first minute
        article(44, "2025-08-30T12:00:00+07:00", "Dân trí", (3,), "neutral"),  # the 11 days just before: in neither
    ]


@pytest.fixture(scope="module")
def period_store(tmp_path_factory):
    root = tmp_path_factory.mktemp("period")
    store = SQLiteStore(root / "home" / "diemnong.sqlite3")
    fill(store)  # August and September 2025; issues of 5/9 (in), 12/9 (after) and July (before)
    store.upsert_articles(edges())
    yield store, env_settings(root / "home")
    store.close()


def truth(store, span: tuple[datetime, datetime]) -> dict:
    """A period's numbers counted here from every stored article, without the report's code or the store's counts."""
    arts = [a for a in store.iter_articles(Filters()) if span[0] <= a.published < span[1]]
    tones = {t: sum(1 for a in arts if a.classification.sentiment == t) for t in ("negative", "neutral", "positive")}
    return {"total": len(arts), "tones": tones, "local": sum(1 for a in arts if a.classification.local)}


def test_a_period_report_counts_its_days_and_compares_with_the_same_days_a_year_earlier(period_store) -> None:
    store, settings = period_store
    path = write_report(settings, store, Span.of_days(FIRST, LAST), "docx", None, None, now=NOW)
    assert path == settings.home / "reports" / "bao-cao-du-luan-2025-08-31-den-2025-09-10.docx"
    now, before = truth(store, INSIDE), truth(store, BEFORE)
    assert (now["total"], before["total"]) == (10, 1), "the fixture: both ends of both periods count right"
    doc = Document(str(path))
    got = {r[0]: r[1:3] for r in rows(table_with(doc, "Chỉ tiêu"))}
    assert got["Tổng số bài"] == [str(before["total"]), str(now["total"])]
    for tone, label in zip(("negative", "neutral", "positive"), ("Bài tiêu cực", "Bài trung tính", "Bài tích cực")):
        assert got[label] == [str(before["tones"][tone]), str(now["tones"][tone])]
    assert got["Bài liên quan Hậu Giang"] == [str(before["local"]), str(now["local"])]
    text = body_text(doc)
    everything = " ".join(" ".join(p.text for p in doc.paragraphs).split())  # the subject is broken into lines
    assert "Tình hình dư luận về giáo dục trên báo chí từ ngày 31/08/2025 đến ngày 10/09/2025 và kết quả xử lý" in everything
    assert ("Trong kỳ từ ngày 31/08/2025 đến ngày 10/09/2025, hệ thống Điểm Nóng ghi nhận 10 bài viết" in text
            and "so với cùng kỳ năm trước (từ ngày 31/08/2024 đến ngày 10/09/2024: 1 bài)" in text), text
    assert "báo chí từ ngày 31/08/2025 đến ngày 10/09/2025 và kết quả xử lý của" in everything, "the closing line"
    issues = rows(table_with(doc, "TT", "Tình trạng"))
    assert [r[1] for r in issues] == ["Phụ huynh phản ánh lạm thu ở trường Vị Tân"], "not 12/9's issue, nor July's"
    assert "Trong kỳ từ ngày 31/08/2025 đến ngày 10/09/2025, hệ thống phát hiện 1 vấn đề nóng" in text
    assert [c.text for c in table_with(doc, "TT", "Đơn vị đầu mối").rows[0].cells][3] == "Cùng kỳ năm trước"
    assert [c.text for c in table_with(doc, "Chỉ tiêu").rows[0].cells][1] == "Cùng kỳ năm trước"


def test_a_term_is_compared_with_the_same_term_a_year_earlier_not_the_summer_before(period_store) -> None:
    """«sơ kết học kỳ I»: 01/9 to 31/01, compared with 01/9 to 31/01 a year earlier (not 01/4 to 31/8: the summer)."""
    store, settings = period_store
    data, report = build(settings, store, Span.of_days(date(2025, 9, 1), date(2026, 1, 31)), now=at("2026-02-03T08:00:00+07:00"))
    assert report.subject == "Tình hình dư luận về giáo dục trên báo chí từ ngày 01/09/2025 đến ngày 31/01/2026 và kết quả xử lý"
    assert (data.previous.span.start, data.previous.span.last_day) == (at("2024-09-01T00:00:00+07:00"), date(2025, 1, 31))
    assert data.current.total == 17 and data.previous.total == 0, "September: 14 and the 2 edges; 01/10; 2024: none"
    assert len(data.current.daily) == 153 and data.through is None


def test_a_month_is_still_reported_as_a_month(period_store) -> None:
    store, settings = period_store
    data, report = build(settings, store, "2025-09", now=NOW)
    assert data.span == Span.of_month("2025-09") and data.month == "2025-09"
    assert report.subject == "Tình hình dư luận về giáo dục trên báo chí tháng 9 năm 2025 và kết quả xử lý"
    assert data.previous.span.month == "2025-08"


def test_a_period_ending_today_is_counted_so_far(period_store) -> None:
    store, settings = period_store
    data, report = build(settings, store, Span.of_days(FIRST, LAST), now=at("2025-09-10T12:00:00+07:00"))
    assert data.through == at("2025-09-10T12:00:00+07:00")
    assert data.current.total == 9, "not 10/9's 23:59, not yet published"
    assert data.previous.total == truth(store, (BEFORE[0], BEFORE[1] - timedelta(hours=12)))["total"]
    topics = next(b for b in report.blocks if isinstance(b, Table) and b.caption.startswith("Bảng 2."))
    assert topics.header[3] == "Cùng kỳ năm trước", "not «Cùng kỳ tháng trước», nor «Kỳ trước (cùng thời điểm)»"


@pytest.mark.parametrize(("first", "last", "said"), [
    (date(2025, 9, 10), date(2025, 8, 31), r"^ngày bắt đầu 10/09/2025 sau ngày kết thúc 31/08/2025$"),
    (date(2025, 10, 1), date(2025, 10, 16), r"^kỳ báo cáo từ ngày 01/10/2025 đến ngày 16/10/2025 chưa kết thúc \(hôm nay là 15/10/2025\)"),
], ids=["from-after-to", "future"])
def test_a_period_that_cannot_be_reported_is_refused(period_store, tmp_path, first, last, said) -> None:
    store, settings = period_store
    with pytest.raises(ReportError, match=said):
        write_report(settings, store, Span.of_days(first, last), "html", tmp_path / "x.html", None, now=NOW)
    assert not (tmp_path / "x.html").exists()


def test_cli_writes_a_period_report(period_store, tmp_path) -> None:
    _, settings = period_store
    out = tmp_path / "hk1.html"
    proc = cli(settings.home, "--from", "2025-08-31", "--to", "2025-09-10", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(out)
    assert "từ ngày 31/08/2025 đến ngày 10/09/2025" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "said"), [
    (("--from", "2025-09-10", "--to", "2025-08-31"), "ngày bắt đầu 10/09/2025 sau ngày kết thúc 31/08/2025"),
    (("--from", "2099-01-02", "--to", "2099-01-31"), "kỳ báo cáo từ ngày 02/01/2099 đến ngày 31/01/2099 chưa kết thúc"),
    (("--from", "1990-01-01", "--to", "2025-12-31"), "kỳ báo cáo từ ngày 01/01/1990 đến ngày 31/12/2025 dài 13.149 ngày, "
                                                      "quá 366 ngày"),
    (("--from", "2099-01-01", "--to", "2099-01-31"), "kỳ báo cáo từ ngày 01/01/2099 đến ngày 31/01/2099 chưa kết thúc"),
    (("--from", "2025-02-30", "--to", "2025-03-10"), "ngày phải có dạng YYYY-MM-DD (ví dụ 2026-09-01), nhận được '2025-02-30'"),
    (("--from", "2025-09-01", "--to", "10/9/2025"), "ngày phải có dạng YYYY-MM-DD (ví dụ 2026-09-01), nhận được '10/9/2025'"),
    (("--from", "2025-09-01"), "cần --month YYYY-MM, hoặc cả --from và --to dạng YYYY-MM-DD"),
    ((), "cần --month YYYY-MM, hoặc cả --from và --to dạng YYYY-MM-DD"),
    (("--month", "2025-09", "--to", "2025-09-10"), "dùng --month hoặc --from/--to, không dùng cả hai"),
], ids=["from-after-to", "future", "too-long", "future-month-as-dates", "no-such-day", "not-iso", "from-alone", "nothing",
        "month-and-period"])
def test_cli_refuses_a_period_in_one_vietnamese_line(period_store, tmp_path, args, said) -> None:
    _, settings = period_store
    proc = cli(settings.home, *args, "--output", str(tmp_path / "x.html"))
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stderr.startswith(f"diemnong report: {said}"), proc.stderr
    assert not (tmp_path / "x.html").exists()


def test_the_report_page_makes_a_period_report(dash_home) -> None:
    page = report_page()
    assert page.selectbox[0].label == "Tháng báo cáo", "the monthly choice stays"
    today = datetime.now(TZ).date()
    assert page.date_input(key="r_from").value == date(today.year if today.month >= 9 else today.year - 1, 9, 1)
    assert page.date_input(key="r_to").value == today
    page.date_input(key="r_from").set_value(FIRST)
    page.date_input(key="r_to").set_value(LAST)
    page.radio(key="days_fmt").set_value("html")
    next(b for b in page.button if b.label == "Tạo báo cáo của kỳ").click().run()
    assert not page.exception and not page.error, [e.value for e in page.error]
    written = dash_home / "reports" / "bao-cao-du-luan-2025-08-31-den-2025-09-10.html"
    assert written.is_file() and "ghi nhận 9 bài viết" in written.read_text(encoding="utf-8")
    assert [s.value for s in page.success] == ["Đã tạo báo cáo: bao-cao-du-luan-2025-08-31-den-2025-09-10.html"]
    downloads = page.get("download_button")
    assert downloads[0].proto.label == "⬇️ Tải báo cáo" and downloads[0].proto.url.endswith(".html")
    page.date_input(key="r_from").set_value(None)  # a date cleared in its box: this try fails
    next(b for b in page.button if b.label == "Tạo báo cáo của kỳ").click().run()
    assert [e.value for e in page.error] == ["Không tạo được báo cáo: chọn cả «Từ ngày» và «Đến ngày» của kỳ báo cáo."]
    assert not page.success, "not the success of the try before"
    assert all(b.proto.label != "⬇️ Tải báo cáo" for b in page.get("download_button"))


def test_the_report_page_says_why_a_period_cannot_be_reported(dash_home) -> None:
    page = report_page()
    page.date_input(key="r_from").set_value(LAST)
    page.date_input(key="r_to").set_value(FIRST)
    next(b for b in page.button if b.label == "Tạo báo cáo của kỳ").click().run()
    assert not page.exception and not page.success
    assert [e.value for e in page.error] == ["Không tạo được báo cáo: ngày bắt đầu 10/09/2025 sau ngày kết thúc 31/08/2025."]
    assert not (dash_home / "reports").exists() or not list((dash_home / "reports").iterdir())


def test_a_period_that_is_a_calendar_month_is_the_monthly_report(period_store, tmp_path) -> None:
    store, settings = period_store
    assert Span.of_days(date(2025, 9, 1), date(2025, 9, 30)) == Span.of_month("2025-09")
    assert Span.of_days(date(2024, 2, 1), date(2024, 2, 29)) == Span.of_month("2024-02")
    assert not Span.of_days(date(2025, 9, 1), date(2025, 9, 29)).month
    path = write_report(settings, store, Span.of_days(date(2025, 9, 1), date(2025, 9, 30)), "html", tmp_path, None, now=NOW)
    assert path.name == "bao-cao-du-luan-2025-09.html"
    assert "tháng 9/2025" in path.read_text(encoding="utf-8") and "so với tháng 8/2025" in path.read_text(encoding="utf-8")


def test_a_period_ending_on_29_february_is_compared_with_28_february() -> None:
    before = Span.of_days(date(2024, 2, 10), date(2024, 2, 29)).before()
    assert (before.start.date(), before.last_day) == (date(2023, 2, 10), date(2023, 2, 28))
    before = Span.of_days(date(2024, 2, 29), date(2024, 3, 10)).before()
    assert (before.start.date(), before.last_day) == (date(2023, 2, 28), date(2023, 3, 10))


def texts(report) -> list[str]:
    """Every sentence, caption and header the report's body says."""
    out = [report.subject, report.closing]
    for b in report.blocks:
        out += [b.caption, *b.header] if isinstance(b, Table) else [getattr(b, "text", "") or getattr(b, "caption", "")]
    return out


def nested(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth > 1:
            return True
    return False


def test_a_period_ending_today_is_worded_once_in_one_date_style(period_store) -> None:
    store, settings = period_store
    _, report = build(settings, store, Span.of_days(FIRST, LAST), now=at("2025-09-10T12:00:00+07:00"))
    said = texts(report)
    assert "Trong kỳ từ ngày 31/08/2025 đến 12:00 ngày 10/09/2025, hệ thống Điểm Nóng ghi nhận 9 bài viết" in said[3], said[3]
    for line in said:
        assert not re.search(r"\b\d{1,2}/\d/\d{4}", line), line  # 10/9/2025 beside 10/09/2025
        assert "tính đến ngày" not in line and ") (" not in line and not nested(line), line
        assert line.count("kỳ báo cáo") <= 1, line
    table3 = next(line for line in said if line.startswith("Bảng 3."))
    assert table3.startswith("Bảng 3. Các vấn đề nóng trong kỳ từ ngày 31/08/2025"), table3


def test_a_one_day_period_is_worded_as_a_day_with_no_busiest_day_nor_daily_chart(period_store) -> None:
    store, settings = period_store
    _, report = build(settings, store, Span.of_days(date(2025, 9, 5), date(2025, 9, 5)), now=NOW)
    said = texts(report)
    assert report.subject == "Tình hình dư luận về giáo dục trên báo chí ngày 05/09/2025 và kết quả xử lý"
    assert said[3].startswith("Trong ngày 05/09/2025, hệ thống Điểm Nóng ghi nhận"), said[3]
    assert not any("Ngày có nhiều bài nhất" in line for line in said)
    figures = [b.caption for b in report.blocks if isinstance(b, Figure)]
    assert [f.split(".")[0] for f in figures] == ["Hình 1", "Hình 2"] and "theo ngày" not in figures[0], figures


@pytest.mark.parametrize(("first", "n", "ticks", "title"), [
    (date(2025, 9, 1), 30, ["01", "02"], "Ngày trong tháng"),
    (date(2025, 12, 20), 20, ["20/12", "27/12", "03/01"], "Ngày (2025–2026)"),
    (date(2025, 9, 25), 40, ["25/09", "02/10", "09/10"], "Ngày (2025)"),
], ids=["month", "two-months", "forty-days"])
def test_the_daily_chart_labels_days_past_one_month_by_date(first, n, ticks, title) -> None:
    days = [(first + timedelta(days=i)).isoformat() for i in range(n)]
    where, labels, said = day_ticks(days)
    assert labels[:len(ticks)] == ticks and said == title
    assert [days[i][8:10] + "/" + days[i][5:7] for i in where][1:] == labels[1:] or title == "Ngày trong tháng"


def test_a_school_years_chart_has_a_bar_a_week_labelled_by_date() -> None:
    days = [(date(2025, 9, 1) + timedelta(days=i)).isoformat() for i in range(366)]
    weeks, totals = by_week(days, [1] * 366)
    assert (len(weeks), weeks[:2], totals[:1], totals[-1], sum(totals)) == (53, ["2025-09-01", "2025-09-08"], [7], 2, 366)
    where, labels, said = week_ticks(weeks)
    assert labels[:3] == ["01/09", "29/09", "27/10"] and len(labels) == 14 and said == "Tuần, tính từ ngày (2025–2026)"
    assert chart_daily(days, [1] * 366, [0] * 366).startswith(b"\x89PNG")


def test_a_term_reports_its_chart_by_week(period_store) -> None:
    store, settings = period_store
    _, report = build(settings, store, Span.of_days(date(2025, 9, 1), date(2026, 1, 31)), now=at("2026-02-03T08:00:00+07:00"))
    figures = [b.caption for b in report.blocks if isinstance(b, Figure)]
    assert figures[0].startswith("Hình 1. Số bài theo tuần trong kỳ từ ngày 01/09/2025 đến ngày 31/01/2026"), figures


def test_a_calendar_month_typed_as_dates_is_checked_as_dates(period_store, tmp_path) -> None:
    """--from 2025-10-01 --to 2025-10-31 on 15/10: a period ending after today, refused with the dates typed (not
    written as October's report so far); on 31/10 it is October's report so far."""
    store, settings = period_store
    with pytest.raises(BadMonth, match=r"^kỳ báo cáo từ ngày 01/10/2025 đến ngày 31/10/2025 chưa kết thúc "
                                       r"\(hôm nay là 15/10/2025\)"):
        write_report(settings, store, Span.of_days(date(2025, 10, 1), date(2025, 10, 31)), "html", tmp_path, None, now=NOW)
    assert not list(tmp_path.iterdir())
    with pytest.raises(BadMonth, match=r"^kỳ báo cáo từ ngày 01/01/2099 đến ngày 31/01/2099 chưa kết thúc"):
        build(settings, store, Span.of_days(date(2099, 1, 1), date(2099, 1, 31)), now=NOW)
    data, _ = build(settings, store, Span.of_days(date(2025, 10, 1), date(2025, 10, 31)), now=at("2025-10-31T10:00:00+07:00"))
    assert data.month == "2025-10" and data.through == at("2025-10-31T10:00:00+07:00")
    build(settings, store, "2025-10", now=NOW)  # --month: the month so far, as ever


@pytest.mark.parametrize(("first", "last", "most"), [
    (date(2025, 1, 1), date(2025, 12, 31), None),  # 365 days, no 29/02
    (date(2025, 1, 1), date(2026, 1, 1), 365),  # 366 days, no 29/02: its comparison would end on its first day
    (date(2024, 3, 1), date(2025, 3, 1), 365),  # 366 days, a leap year's but after its 29/02
    (date(2024, 1, 1), date(2024, 12, 30), None),  # 365 days with a 29/02
    (date(2023, 3, 1), date(2024, 2, 29), None),  # 366 days with a 29/02 (its last)
    (date(2024, 2, 29), date(2025, 2, 28), None),  # 366 days with a 29/02 (its first)
    (date(2023, 3, 1), date(2024, 3, 1), 366),  # 367 days with a 29/02
    (date(2025, 1, 1), date(2026, 1, 2), 365),  # 367 days without
], ids=["365", "366-no-leap", "366-after-29-02", "365-leap", "366-to-29-02", "366-from-29-02", "367-leap", "367"])
def test_a_period_is_at_most_a_year_and_never_overlaps_its_comparison(first, last, most) -> None:
    span = Span.of_days(first, last)
    days = (last - first).days + 1
    if most is None:
        check_span(span, at("2030-01-01T00:00:00+07:00"))
        assert span.before().end <= span.start, "cùng kỳ năm trước ends before the period begins"
    else:
        with pytest.raises(BadMonth, match=rf"dài {days} ngày, quá {most} ngày"):
            check_span(span, at("2030-01-01T00:00:00+07:00"))


def test_a_leap_february_that_is_not_a_whole_month_is_compared_with_the_same_days(period_store) -> None:
    """01/02/2028–28/02/2028 (February 2028 has 29 days) against 01/02/2027–28/02/2027: a whole month, yet «cùng kỳ
    năm trước», never «tháng 2/2027»."""
    store, settings = period_store
    before = Span.of_days(date(2028, 2, 1), date(2028, 2, 28)).before()
    assert not before.month and (before.start.date(), before.last_day) == (date(2027, 2, 1), date(2027, 2, 28))
    data, report = build(settings, store, Span.of_days(date(2028, 2, 1), date(2028, 2, 28)), now=at("2028-03-05T09:00:00+07:00"))
    said = texts(report)
    assert not any("tháng 2/2027" in line or "Tháng 2/2027" in line for line in said), said
    assert "(cùng kỳ năm trước:" in said[3], said[3]


def test_a_period_ending_today_says_its_comparison_to_the_same_hour(period_store) -> None:
    store, settings = period_store
    data, report = build(settings, store, Span.of_days(FIRST, LAST), now=at("2025-09-10T12:00:00+07:00"))
    said = texts(report)[3]
    assert f"so với cùng kỳ năm trước (từ ngày 31/08/2024 đến 12:00 ngày 10/09/2024: {data.previous.total} bài)" in said, said


def test_a_weekly_chart_says_its_last_week_is_short(period_store) -> None:
    store, settings = period_store
    _, report = build(settings, store, Span.of_days(date(2025, 9, 1), date(2026, 1, 31)), now=at("2026-02-03T08:00:00+07:00"))
    figures = [b.caption for b in report.blocks if isinstance(b, Figure)]
    assert figures[0].endswith("(phần màu đỏ: bài tiêu cực; tuần cuối 6 ngày)"), figures  # 153 days: 21 weeks and 6 days
    _, report = build(settings, store, Span.of_days(date(2025, 9, 1), date(2026, 1, 25)), now=at("2026-02-03T08:00:00+07:00"))
    figures = [b.caption for b in report.blocks if isinstance(b, Figure)]
    assert figures[0].endswith("(phần màu đỏ: bài tiêu cực)"), figures  # 147 days: 21 whole weeks


@pytest.fixture(scope="module")
def young_store(tmp_path_factory):
    """A home whose service began on 01/09/2025 at 09:00: an article each day since."""
    root = tmp_path_factory.mktemp("young")
    store = SQLiteStore(root / "home" / "diemnong.sqlite3")
    start = datetime(2025, 9, 1, 9, tzinfo=TZ)
    store.upsert_articles([article(100 + i, (start + timedelta(days=i)).isoformat(), ("Tuổi Trẻ", "Dân trí")[i % 2],
                                   (1 + i % 3,), ("negative", "neutral")[i % 2], local=i % 10 == 0) for i in range(450)])
    yield store, env_settings(root / "home")
    store.close()


@pytest.mark.parametrize(("first", "last", "note"), [
    (date(2026, 6, 1), date(2026, 8, 20), "chưa có số liệu"),  # 2025's days: before the service began
    (date(2026, 8, 15), date(2026, 9, 15), "chưa theo dõi đủ"),  # it began within them
], ids=["not-watched", "partly-watched"])
def test_a_comparison_the_service_did_not_watch_says_so_not_zero(young_store, first, last, note) -> None:
    store, settings = young_store
    data, report = build(settings, store, Span.of_days(first, last), now=at("2026-11-28T10:00:00+07:00"))
    said = texts(report)
    text = " ".join(said)
    assert f"cùng kỳ năm trước, {data.previous.span.dates}: {note}). Hệ thống bắt đầu thu thập tin từ ngày 01/09/2025." in said[3]
    assert not re.search(r"(tăng|giảm|không đổi) \d|cùng kỳ năm trước: 0", text), text
    assert re.search(rf"Tỷ lệ bài tiêu cực là [\d,]+% \(cùng kỳ năm trước: {note}\)\.", text), text
    for caption in ("Bảng 1.", "Bảng 2."):
        table = next(b for b in report.blocks if isinstance(b, Table) and b.caption.startswith(caption))
        assert table.caption.endswith(f"(cùng kỳ năm trước: {note})"), table.caption
        column = table.header.index("Cùng kỳ năm trước")
        assert {r[column] for r in table.rows} == {"—"}, table.rows
    table1 = next(b for b in report.blocks if isinstance(b, Table) and b.caption.startswith("Bảng 1."))
    assert {r[3] for r in table1.rows} == {"—"}, "no «+N» against a period not watched"
    tones = next(b for b in report.blocks if isinstance(b, Figure) and "Sắc thái" in b.caption)
    assert "so với" not in tones.caption


def test_a_comparison_the_service_watched_is_counted(young_store) -> None:
    store, settings = young_store
    data, report = build(settings, store, Span.of_days(date(2026, 10, 2), date(2026, 10, 31)), now=at("2026-11-28T10:00:00+07:00"))
    assert (data.current.total, data.previous.total, data.unwatched) == (30, 30, "")
    assert "không đổi so với cùng kỳ năm trước (từ ngày 02/10/2025 đến ngày 31/10/2025: 30 bài)" in texts(report)[3]
