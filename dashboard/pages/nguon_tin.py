"""Nguồn tin: health of each source from the crawler."""
import pandas as pd
import streamlit as st

from dashboard import data

st.title("📡 Nguồn tin")
states = data.store().list_source_states()
if not states:
    st.info("Chưa nguồn nào được thu thập.")
else:
    st.dataframe(pd.DataFrame([{
        "Nguồn": s.name, "Lần thành công cuối": s.last_success.strftime("%H:%M %d/%m/%Y") if s.last_success else "—",
        "Số lần": s.attempts, "Lỗi": s.failures, "Lỗi gần nhất": s.last_error, "Bài": s.articles} for s in states]))
