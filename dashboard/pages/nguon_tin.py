"""Nguồn tin: health of each configured source (last success, errors) and articles per day per outlet."""
from __future__ import annotations

from datetime import timedelta

import pandas as pd
import streamlit as st

from dashboard import auth, charts, data
from diemnong.domain import SourceState

auth.require(can_edit=True)
st.title("📡 Nguồn tin")
DAYS = 14
now = data.now()
states = {s.name: s for s in data.store().list_source_states()}
configured = data.configured_sources()
counts = data.source_counts(DAYS)
days = [(data.reference_time() - timedelta(days=d)).date().isoformat() for d in range(DAYS - 1, -1, -1)]


def health(state: SourceState | None, interval: int, enabled: bool) -> str:
    if not enabled:
        return "⏸️ Tạm dừng"
    if state is None or state.last_attempt is None:
        return "⚪ Chưa thu thập"
    if state.last_error and (state.last_success is None or state.last_attempt > state.last_success):
        return "🔴 Lỗi"
    if state.last_success and now - state.last_success > timedelta(minutes=max(3 * interval, 180)):
        return "🟠 Chậm"
    return "🟢 Tốt"


rows = []
for src in configured:
    state = states.pop(src.url, None) or states.pop(src.name, None)
    rows.append({
        "Tình trạng": health(state, src.interval_minutes, src.enabled), "Nguồn": src.name, "Chuyên mục": src.section,
        "Loại": src.kind.upper(), "Lần thành công cuối": data.moment(state.last_success) if state else "—",
        "Lần thử cuối": data.moment(state.last_attempt) if state else "—", "Số lần thử": state.attempts if state else 0,
        "Số lần lỗi": state.failures if state else 0, "Lỗi gần nhất": state.last_error if state else "",
        "Bài đã lưu": state.articles if state else 0,
        f"Bài/ngày ({DAYS} ngày, cả báo)": [counts.get(src.name, {}).get(d, 0) for d in days], "Địa chỉ": src.url,
    })
for state in states.values():  # sources crawled once but no longer configured (e.g. `crawl --source URL`)
    rows.append({"Tình trạng": health(state, 30, True), "Nguồn": state.name, "Chuyên mục": "(ngoài cấu hình)", "Loại": "",
                 "Lần thành công cuối": data.moment(state.last_success), "Lần thử cuối": data.moment(state.last_attempt),
                 "Số lần thử": state.attempts, "Số lần lỗi": state.failures, "Lỗi gần nhất": state.last_error,
                 "Bài đã lưu": state.articles, f"Bài/ngày ({DAYS} ngày, cả báo)": [0] * DAYS, "Địa chỉ": state.name})
table = pd.DataFrame(rows)
bad = int(table["Tình trạng"].str.startswith("🔴").sum()) if len(table) else 0
m = st.columns(4)
m[0].metric("Nguồn cấu hình", len(configured))
m[1].metric("Đang lỗi", bad)
m[2].metric("Chưa thu thập", int(table["Tình trạng"].str.startswith("⚪").sum()) if len(table) else 0)
m[3].metric(f"Bài {DAYS} ngày", f"{sum(sum(v.values()) for v in counts.values()):,}".replace(",", "."))
if not any(s.last_attempt for s in data.store().list_source_states()):
    st.info("Chưa nguồn nào được thu thập: chạy `diemnong crawl --once` hoặc `diemnong run`.")
st.dataframe(table, hide_index=True, width="stretch", column_config={
    f"Bài/ngày ({DAYS} ngày, cả báo)": st.column_config.BarChartColumn(f"Bài/ngày ({DAYS} ngày)", y_min=0),
    "Địa chỉ": st.column_config.LinkColumn("Địa chỉ"),
})

st.subheader("Số bài mỗi ngày theo báo")
per_day = pd.DataFrame([{"source": s, "day": pd.Timestamp(d), "count": n} for s, v in counts.items() for d, n in v.items()])
if per_day.empty:
    st.caption(f"Không có bài nào trong {DAYS} ngày gần nhất.")
else:
    st.altair_chart(charts.outlet_days(per_day), width="stretch")
