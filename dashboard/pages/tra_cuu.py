"""Tra cứu: search the whole coverage history."""
import streamlit as st

from dashboard import data
from store import Filters, QuerySyntaxError

st.title("🔎 Tra cứu")
text = st.text_input("Từ khóa", placeholder='vd: hoc phi "lam thu" -tuyen sinh')
names = data.topic_names()
cols = st.columns(3)
topics = cols[0].multiselect("Chủ đề", list(names), format_func=lambda t: f"{t}. {names[t]}")
tones = cols[1].multiselect("Sắc thái", ["negative", "neutral", "positive"], format_func={"negative": "Tiêu cực", "neutral": "Trung tính", "positive": "Tích cực"}.get)
local = cols[2].checkbox("Chỉ Hậu Giang")
filters = Filters(topics=tuple(topics), sentiments=tuple(tones), local=True if local else None)
try:
    page = data.search(text, filters, "newest", 20, "")
except QuerySyntaxError as exc:
    st.error(str(exc))
    st.stop()
st.caption(f"{page.total} bài")
for hit in page.hits:
    a = hit.article
    st.markdown(f"**[{a.title}]({a.url})**  \n{a.published:%d/%m/%Y %H:%M} · {a.source}")
    if hit.highlights.get("summary"):
        st.markdown(hit.highlights["summary"], unsafe_allow_html=True)
