"""Tổng quan: what is hot now, and coverage by topic and tone."""
import altair as alt
import streamlit as st

from dashboard import data

st.title("🔥 Điểm Nóng — Tổng quan")
latest = data.latest_time()
if latest is None:
    st.info("Chưa có bài báo nào trong kho. Chạy `diemnong crawl --once` hoặc `diemnong ingest`.")
    st.stop()
st.caption(f"Bài mới nhất: {latest:%H:%M %d/%m/%Y}")
names, deps = data.topic_names(), data.department_names()
issues = data.hot_issues()
st.subheader(f"Vấn đề nóng ({len(issues)})")
PHASE = {"new": "mới", "rising": "đang lên", "peak": "đỉnh điểm", "fading": "lắng xuống"}
STATUS = {"new": "chưa xử lý", "acknowledged": "đã ghi nhận", "responding": "đang xử lý", "closed": "đã đóng"}
for issue in issues[:15]:
    with st.container(border=True):
        left, right = st.columns([4, 1])
        left.markdown(f"**[{issue.title}](/van_de?id={issue.id})**" + ("  🏠 Hậu Giang" if issue.local else ""))
        left.caption(f"{issue.reason} · {len(issue.article_ids)} bài · " + ", ".join(issue.outlets[:5]))
        left.caption("Chủ đề: " + ("; ".join(names.get(t, str(t)) for t in issue.topics) or "—")
                     + " · Đầu mối: " + ", ".join(deps.get(d, d) for d in issue.lead_departments))
        right.metric("Điểm nóng", f"{issue.score:.1f}")
        right.caption(f"{PHASE.get(issue.phase.value, issue.phase.value)} · {STATUS.get(issue.status.value, issue.status.value)}")
frame = data.volume()
if not frame.empty:
    st.subheader("Số bài theo chủ đề")
    st.altair_chart(
        alt.Chart(frame).mark_bar().encode(
            x=alt.X("yearmonthdate(day):T", title="Ngày", axis=alt.Axis(format="%d/%m")),
            y=alt.Y("sum(count):Q", title="Số bài"), color=alt.Color("topic_name:N", title="Chủ đề"),
        ),
        use_container_width=True,
    )
    st.subheader("Sắc thái theo ngày")
    st.altair_chart(
        alt.Chart(frame).mark_bar().encode(
            x=alt.X("yearmonthdate(day):T", title="Ngày", axis=alt.Axis(format="%d/%m")),
            y=alt.Y("sum(count):Q", stack="normalize", title="Tỷ lệ"),
            color=alt.Color("sentiment:N", title="Sắc thái",
                            scale=alt.Scale(domain=["negative", "neutral", "positive"], range=["#d62728", "#bbbbbb", "#2ca02c"])),
        ),
        use_container_width=True,
    )
