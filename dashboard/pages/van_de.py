"""Vấn đề: one issue — its articles, why it is hot, and what the office has done."""
import streamlit as st

from dashboard import data
from diemnong.domain import IssueEvent, Status
from store import Filters

issue_id = st.query_params.get("id", "")
issues = data.hot_issues(days=365, limit=200)
if not issue_id and issues:
    choice = st.selectbox("Chọn vấn đề", issues, format_func=lambda i: i.title)
    issue_id = choice.id if choice else ""
issue = data.store().get_issue(issue_id) if issue_id else None
if issue is None:
    st.info("Không tìm thấy vấn đề." if issue_id else "Chưa có vấn đề nóng nào.")
    st.stop()
st.title(issue.title)
st.caption(f"Mã: {issue.id} · {issue.reason}")
names = data.topic_names()
st.write("**Chủ đề:** " + ("; ".join(names.get(t, str(t)) for t in issue.topics) or "—"))
found = [h.article for h in data.search("", Filters(story_id=issue.id), "oldest", 200, "").hits] if issue.kind == "story" else []
st.subheader(f"Diễn biến ({len(issue.article_ids)} bài)")
for a in found:
    st.markdown(f"- {a.published:%H:%M %d/%m/%Y} · **{a.source}** · [{a.title}]({a.url})")
st.subheader("Xử lý")
labels = {"new": "Chưa xử lý", "acknowledged": "Đã ghi nhận", "responding": "Đang xử lý", "closed": "Đã đóng"}
with st.form("status"):
    status = st.selectbox("Trạng thái", [s.value for s in Status], index=[s.value for s in Status].index(issue.status.value), format_func=labels.get)
    who = st.text_input("Người ghi nhận")
    note = st.text_area("Ghi chú xử lý")
    if st.form_submit_button("Lưu"):
        data.store().add_issue_event(issue.id, IssueEvent(data.now(), "status", status, who=who, note=note))
        st.cache_data.clear()
        st.success("Đã lưu.")
        st.rerun()
for e in reversed(issue.events):
    st.caption(f"{e.at:%H:%M %d/%m/%Y} · {e.kind} → {e.value} {('· ' + e.who) if e.who else ''} {('· ' + e.note) if e.note else ''}")
