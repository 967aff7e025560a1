"""Báo cáo: the public-opinion report — choose the month (or a period of days: a term, a quarter, a school year), the
unit and the format, generate, download."""
from datetime import date, datetime
from pathlib import Path

import streamlit as st

from dashboard import auth, data
from diemnong.config import ConfigError
from diemnong.domain import TZ
from diemnong.report import (FORMATS, BadMonth, ReportError, Span, default_path, letterhead, month_label, month_of,
                             previous_month, write_report)

MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "html": "text/html",
}
FORMAT_LABELS = {"docx": "Word (.docx)", "pdf": "PDF (cần LibreOffice)", "html": "HTML (xem trên trình duyệt)"}

auth.require(can_edit=True)
st.title("📄 Báo cáo dư luận", anchor=False)
settings = data.settings()
st.caption(
    "Báo cáo tổng hợp tình hình dư luận về giáo dục trên báo chí và kết quả xử lý, trình bày theo Nghị định 30/2020/NĐ-CP. "
    f"Hệ thống tự tạo báo cáo tháng trước vào ngày {settings['report.auto_day']} hằng tháng và gửi Văn phòng qua thư điện tử."
    if settings["report.auto_day"] > 0 else  # 0 or below: never (report.due_month)
    "Báo cáo tổng hợp tình hình dư luận về giáo dục trên báo chí và kết quả xử lý, trình bày theo Nghị định 30/2020/NĐ-CP."
)
if problem := data.report_problem():  # the caption says it is sent by itself: not this month, say so here too
    st.error(problem)



def last_months(month: str, n: int = 13) -> list[str]:
    out = [month]
    while len(out) < n:
        out.append(previous_month(out[-1]))
    return out


latest = data.latest_time()
this_month = month_of(data.now())
months = sorted({*last_months(this_month), *(last_months(month_of(latest)) if latest else [])}, reverse=True)
wanted = st.query_params.get("month", "")
default = wanted if wanted in months else previous_month(this_month)


def school_year_start(today: date) -> date:
    """1 September of the school year `today` is in: the period's first day offered (sơ kết học kỳ I, tổng kết năm học)."""
    return date(today.year if today.month >= 9 else today.year - 1, 9, 1)


def unit_and_format(key: str) -> tuple[str, str]:
    unit = st.text_input("Đơn vị ban hành (tiêu đề báo cáo)", value=settings["general.unit_name"], key=f"{key}_unit")
    fmt = st.radio("Định dạng", FORMATS, format_func=FORMAT_LABELS.get, horizontal=True, key=f"{key}_fmt")
    return unit, fmt


today = data.now().date()
by_month, by_days = st.tabs(["Theo tháng", "Theo kỳ (học kỳ, quý, năm học)"])
with by_month, st.form("report"):
    month = st.selectbox("Tháng báo cáo", months, index=months.index(default), format_func=lambda m: month_label(m).capitalize(),
                         placeholder=data.CHOOSE)
    month_unit, month_fmt = unit_and_format("month")
    month_asked = st.form_submit_button("Tạo báo cáo", type="primary")
with by_days, st.form("report_days"):
    st.caption("Báo cáo của một kỳ bất kỳ, tối đa 365 ngày (366 ngày nếu có ngày 29/02; tính cả ngày đầu và ngày cuối), "
               "so sánh với cùng kỳ năm trước; "
               "đúng một tháng dương lịch là báo cáo của tháng đó.")
    col_from, col_to = st.columns(2)
    first = col_from.date_input("Từ ngày", value=school_year_start(today), max_value=today, format="DD/MM/YYYY", key="r_from")
    last = col_to.date_input("Đến ngày", value=today, max_value=today, format="DD/MM/YYYY", key="r_to")
    days_unit, days_fmt = unit_and_format("days")
    days_asked = st.form_submit_button("Tạo báo cáo của kỳ", type="primary")

submitted = month_asked or days_asked
if submitted:
    st.session_state.pop("report_made", None)  # a try that fails shows its error, not the success of the one before
asked: str | Span = month
unit, fmt = month_unit, month_fmt
if days_asked and not (isinstance(first, date) and isinstance(last, date)):  # a date cleared in its box
    st.error("Không tạo được báo cáo: chọn cả «Từ ngày» và «Đến ngày» của kỳ báo cáo.")
    submitted = False
elif days_asked:
    asked, unit, fmt = Span.of_days(first, last), days_unit, days_fmt


def made_at(path: Path) -> str:
    """When a report file was written, as the dashboard writes times (14:05 03/10/2025)."""
    return data.moment(datetime.fromtimestamp(path.stat().st_mtime, TZ))


if submitted:
    target = default_path(settings, asked, fmt, letterhead(settings, data.now(), unit).unit)
    before = made_at(target) if target.is_file() else ""
    try:
        with st.spinner("Đang tạo báo cáo…"):
            path = write_report(settings, data.store(), asked, fmt, None, unit)
    except BadMonth as exc:  # «Từ ngày» after «Đến ngày»: the words say it all, nothing technical to show
        st.error(f"Không tạo được báo cáo: {exc}.")
    except ConfigError:  # the home's topics.yaml or departments.yaml: said at the top of the page
        st.error("Không tạo được báo cáo: tệp chủ đề hoặc đơn vị đầu mối đang có lỗi (xem thông báo đầu trang).")
    except ReportError as exc:
        st.error(f"Không tạo được báo cáo: {data.describe_report_error(str(exc))}.")
        with st.expander("Chi tiết kỹ thuật (cho người quản trị máy chủ)"):
            st.code(str(exc), language=None)
    else:
        st.session_state["report_made"] = (str(path), before if path == target else "")

made, replaced = st.session_state.get("report_made") or ("", "")
if made and Path(made).is_file():
    path = Path(made)
    st.success(f"Đã tạo báo cáo: {path.name}" + (f" (đã thay bản trước tạo lúc {replaced})" if replaced else ""))
    st.download_button("⬇️ Tải báo cáo", data=path.read_bytes(), file_name=path.name,
                       mime=MIME.get(path.suffix.lstrip("."), "application/octet-stream"), type="primary")

folder = settings.home / "reports"
made_ones = [p for p in folder.glob("bao-cao-du-luan-*") if p.suffix.lstrip(".") in FORMATS] if folder.is_dir() else []
earlier = sorted(made_ones, key=lambda p: p.stat().st_mtime, reverse=True)[:12]  # not a «….docx.4242.tmp» being written
if earlier:
    st.subheader("Báo cáo đã tạo", anchor=False)
    for i, path in enumerate(earlier):
        left, right = st.columns([4, 1])
        left.write(f"{path.name} · tạo lúc {made_at(path)} · {max(1, round(path.stat().st_size / 1024))} KB")
        right.download_button("Tải", data=path.read_bytes(), file_name=path.name, key=f"earlier-{i}",
                              mime=MIME.get(path.suffix.lstrip("."), "application/octet-stream"))
