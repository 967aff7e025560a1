"""Chủ đề / Đơn vị: one topic, or one lead department's topics — what each đầu mối sees."""
from __future__ import annotations


import pandas as pd
import streamlit as st

from dashboard import auth, charts, data
from dashboard.scope import scope_for
from diemnong.domain import Status
from store import Filters

auth.require()
scope = auth.scope()
topics, departments = data.catalog()
st.title("🗂️ Chủ đề / Đơn vị", anchor=False)

if scope.everything:
    mode = st.segmented_control("Xem theo", ["topic", "department"], default="topic", key="cd_mode",
                                format_func={"topic": "Chủ đề", "department": "Đơn vị đầu mối"}.get, required=True) or "topic"
else:
    mode = "department"
if mode == "topic":
    wanted = st.query_params.get("topic", "")
    ids = sorted(topics)
    topic_id = st.selectbox("Chủ đề", ids, index=ids.index(int(wanted)) if wanted.isdigit() and int(wanted) in ids else 0,
                            format_func=data.topic_label, key="cd_topic", placeholder=data.CHOOSE)
    topic = topics[topic_id]
    chosen = (topic_id,)
    given_to = None
    dep = departments.get(topic.department)
    st.markdown(f"**{data.md(topic.name)}** — {data.md(topic.description)}")
    st.caption(f"Đầu mối: **{data.md(dep.name if dep else topic.department)}** · Cụm từ gốc: "
               + ", ".join(f"`{s}`" for s in topic.seeds))
else:
    leading = sorted({t.department for t in topics.values()})
    if not scope.everything:
        leading = [scope.department]
    dep_id = st.selectbox("Đơn vị đầu mối", leading, format_func=lambda d: departments[d].name if d in departments else d,
                          key="cd_dep", disabled=not scope.everything, placeholder=data.CHOOSE)
    chosen = tuple(sorted(t.id for t in topics.values() if t.department == dep_id))
    given_to = scope_for("department", dep_id, topics, departments)  # the issues the office gave it are its own too
    st.markdown(f"**{data.md(departments[dep_id].name if dep_id in departments else dep_id)}** phụ trách: "
                + ("; ".join(data.md(data.topic_label(t)) for t in chosen) or "chưa có chủ đề nào"))

days = st.segmented_control("Khoảng thời gian", [7, 30, 90], default=30, format_func=lambda d: f"{d} ngày", key="cd_days",
                           required=True) or 30
if not chosen:
    st.info("Đơn vị này chưa phụ trách chủ đề nào.")
    st.stop()
since = data.window_start(days)
frame = data.volume(days, chosen)
# The chosen topics' issues asked of the store: the 200 hottest of every topic, filtered here, left out most of a
# topic's issues of 90 days once the office had a few hundred issues in them (two years, 2,000 issues).
# And those the office gave the department («Giao cho»), whatever their topic: asked of the store too, not kept from the
# 200 hottest of all.
whose = {"topics": chosen, "assignees": given_to.names if given_to else ()}
issues = data.hot_issues(days=max(days, 14), limit=200, **whose)
counts = data.issue_counts(days=max(days, 14), **whose)  # all of them, counted by the store: the table stops at 200
total = data.count(Filters(since=since, topics=chosen))
negative = data.count(Filters(since=since, topics=chosen, sentiments=("negative",)))  # articles, not article × topic
m = st.columns(4)
m[0].metric(f"Bài {days} ngày", data.number(total))
m[1].metric("Tỷ lệ tiêu cực", f"{negative / max(1, total):.0%}")
m[2].metric("Về Hậu Giang", data.number(data.count(Filters(since=since, topics=chosen, local=True))))
m[3].metric(f"Vấn đề đang mở ({max(days, 14)} ngày)", data.number(sum(counts.values()) - counts[Status.CLOSED]),
            help="Vấn đề nóng của các chủ đề này xuất hiện trong khoảng thời gian đã chọn (ít nhất 14 ngày) và chưa đóng; "
                 "trang Tổng quan đếm trong 14 ngày qua.")

window = max(days, 14)
st.subheader(f"Vấn đề nóng trong {window} ngày qua", anchor=False)
if issues:
    table, columns = data.issue_table(issues)
    data.table(table, columns)
else:
    st.caption(f"Không có vấn đề nóng nào trong {window} ngày qua.")

signals = [s for s in data.early_signals() if set(s.topics) & set(chosen)]
st.subheader(f"Tín hiệu sớm ({len(signals)})", anchor=False)
if signals:
    data.table(data.named_outlets(pd.DataFrame([{
        "Tín hiệu": s.label, "So với ngưỡng": min(1.0, s.share), "Số tin": len(s.article_ids),
        **data.outlet_cells(s.outlets, s.outlets_total), "Từ lúc": data.local_time(s.first_seen), "Vì sao": s.reason}
        for s in signals])),
        {"So với ngưỡng": st.column_config.ProgressColumn("So với ngưỡng", format="percent", min_value=0, max_value=1,
                                                          step=0.01), **data.OUTLET_COLUMNS})
else:
    st.caption("Không có tín hiệu sớm nào: chưa có nhóm tin nào đang tăng gần ngưỡng cảnh báo.")

if frame.empty:
    st.info("Không có bài nào trong khoảng thời gian này.")
    st.stop()
left, right = st.columns([3, 2])
with left:
    st.subheader("Số bài theo ngày", anchor=False)
    st.altair_chart(charts.topic_volume(frame), width="stretch")
with right:
    st.subheader("Sắc thái", anchor=False)
    st.altair_chart(charts.tone_bars(data.volume(days, chosen, by_topic=False), weekly=days > 30), width="stretch")
if len(chosen) > 1:
    st.subheader("Chủ đề × tuần", anchor=False)
    st.altair_chart(charts.topic_week_heatmap(data.volume(max(days, 84), chosen)), width="stretch")

st.subheader("Bài mới nhất", anchor=False)
latest = data.search("", Filters(topics=chosen), "newest", 10, "")
data.table(pd.DataFrame([{
    "Thời điểm": data.local_time(h.article.published), "Báo": data.outlet(h.article.source), "Tiêu đề": h.article.title,
    "Sắc thái": data.SENTIMENT.get(h.article.classification.sentiment, "") if h.article.classification else "",
    "Hậu Giang": "🏠" if h.article.classification and h.article.classification.local else "",
    "Đường dẫn": h.article.url} for h in latest.hits]),
    {"Đường dẫn": st.column_config.LinkColumn("Đường dẫn", display_text="Mở bài")})
