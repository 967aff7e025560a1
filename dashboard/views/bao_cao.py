"""Báo cáo: the monthly public-opinion report — choose the month, the unit and the format, generate, download."""
from datetime import datetime
from pathlib import Path

import streamlit as st

from dashboard import auth, data
from diemnong.config import ConfigError
from diemnong.domain import TZ
from diemnong.report import (FORMATS, ReportError, default_path, letterhead, month_label, month_of, previous_month,
                             write_report)

MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "html": "text/html",
}
FORMAT_LABELS = {"docx": "Word (.docx)", "pdf": "PDF (cần LibreOffice)", "html": "HTML (xem trên trình duyệt)"}

auth.require(can_edit=True)
st.title("📄 Báo cáo dư luận hằng tháng", anchor=False)
settings = data.settings()
st.caption(
    "Báo cáo tổng hợp tình hình dư luận về giáo dục trên báo chí và kết quả xử lý, trình bày theo Nghị định 30/2020/NĐ-CP. "
    f"Hệ thống tự tạo báo cáo tháng trước vào ngày {settings['report.auto_day']} hằng tháng và gửi Văn phòng qua thư điện tử."
    if settings["report.auto_day"] > 0 else  # 0 or below: never (report.due_month)
    "Báo cáo tổng hợp tình hình dư luận về giáo dục trên báo chí và kết quả xử lý, trình bày theo Nghị định 30/2020/NĐ-CP."
)



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

with st.form("report"):
    month = st.selectbox("Tháng báo cáo", months, index=months.index(default), format_func=lambda m: month_label(m).capitalize(),
                         placeholder=data.CHOOSE)
    unit = st.text_input("Đơn vị ban hành (tiêu đề báo cáo)", value=settings["general.unit_name"])
    fmt = st.radio("Định dạng", FORMATS, format_func=FORMAT_LABELS.get, horizontal=True)
    submitted = st.form_submit_button("Tạo báo cáo", type="primary")


def made_at(path: Path) -> str:
    """When a report file was written, as the dashboard writes times (14:05 03/10/2025)."""
    return data.moment(datetime.fromtimestamp(path.stat().st_mtime, TZ))


if submitted:
    target = default_path(settings, month, fmt, letterhead(settings, data.now(), unit).unit)
    before = made_at(target) if target.is_file() else ""
    st.session_state.pop("report_made", None)  # a try that fails shows its error, not the success of the one before
    try:
        with st.spinner("Đang tạo báo cáo…"):
            path = write_report(settings, data.store(), month, fmt, None, unit)
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
