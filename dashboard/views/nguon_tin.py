"""Nguồn tin: health of each configured source (last success, errors) and articles per day per outlet."""
from __future__ import annotations

from datetime import timedelta

import pandas as pd
import streamlit as st

from dashboard import auth, charts, config_edit, data
from diemnong.config import ConfigError
from diemnong.health import source_health

auth.require(can_edit=True)
st.title("📡 Nguồn tin", anchor=False)
DAYS = 14
now = data.now()
try:
    configured = data.configured_sources()
except ConfigError as exc:  # sources.yaml edited by hand and left invalid: the polls stored are still worth seeing
    st.error(config_edit.unreadable("tệp nguồn tin (sources.yaml)", exc) + " Bảng dưới đây là các nguồn đã thu thập, "
             "chưa đối chiếu được với cấu hình.")
    configured = []
if problem := data.service_problem():  # the sources' states are saved before the round's failing steps: they look well
    st.error(problem)
if data.mail_problem():  # the alerts' side of the service's health: a setting only an administrator can fix
    st.error(data.mail_problem())
counts = data.source_counts(DAYS)
newest = data.reference_time()  # once: each call asks the store (fourteen on every rerun, at 300,000 articles 0,1–0,5 s)
days = [(newest - timedelta(days=d)).date().isoformat() for d in range(DAYS - 1, -1, -1)]
STATUS = {"ok": "🟢 Tốt", "failing": "🔴 Lỗi", "stale": "🟠 Chậm", "never polled": "⚪ Chưa thu thập",
          "not configured": "❔ Ngoài cấu hình"}
kinds = {src.url: src for src in configured}

rows = []
for h in source_health(data.store(), configured, now, days=DAYS):
    src = kinds.get(h.url)
    rows.append({
        "Tình trạng": "⏸️ Tạm dừng" if src and not src.enabled else STATUS.get(h.status, h.status), "Nguồn": h.name,
        "Chuyên mục": h.section or "(ngoài cấu hình)", "Loại": src.kind.upper() if src else "",
        "Lần thành công cuối": data.local_time(h.last_success), "Lần thử cuối": data.local_time(h.last_attempt),
        "Số lần thử": h.polls, "Tỷ lệ lỗi": h.error_rate, "Lỗi gần nhất": data.describe_error(h.last_error), "Bài đã lưu": h.articles,
        f"Bài/ngày ({DAYS} ngày, cả báo)": [counts.get(h.name, {}).get(d, 0) for d in days], "Địa chỉ": h.url,
        "Chi tiết kỹ thuật": h.last_error,
    })
table = pd.DataFrame(rows)
bad = int(table["Tình trạng"].str.startswith("🔴").sum()) if len(table) else 0
m = st.columns(4)
m[0].metric("Nguồn cấu hình", len(configured))
m[1].metric("Đang lỗi", bad)
m[2].metric("Chưa thu thập", int(table["Tình trạng"].str.startswith("⚪").sum()) if len(table) else 0)
m[3].metric(f"Bài {DAYS} ngày", data.number(sum(sum(v.values()) for v in counts.values())))
if not any(s.last_attempt for s in data.store().list_source_states()):
    st.info("Chưa nguồn nào được thu thập: chạy `diemnong crawl --once` hoặc `diemnong run`.")
data.table(table, {
    f"Bài/ngày ({DAYS} ngày, cả báo)": st.column_config.BarChartColumn(f"Bài/ngày ({DAYS} ngày)", y_min=0),
    "Địa chỉ": st.column_config.LinkColumn("Địa chỉ"),
    "Lỗi gần nhất": st.column_config.TextColumn("Lỗi gần nhất", width=320),  # whole; sized from empty first rows, it was cut
}, percent=("Tỷ lệ lỗi",))

st.subheader("Số bài mỗi ngày theo báo", anchor=False)
per_day = pd.DataFrame([{"source": s, "day": pd.Timestamp(d), "count": v.get(d, 0)} for s, v in counts.items() for d in days])
if per_day.empty:
    st.caption(f"Không có bài nào trong {DAYS} ngày gần nhất.")
else:
    st.altair_chart(charts.outlet_days(per_day), width="stretch")
