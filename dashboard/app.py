"""Điểm Nóng dashboard: the entry file only lists the pages."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import streamlit as st  # noqa: E402

st.set_page_config(page_title="Điểm Nóng", page_icon="🔥", layout="wide")
pages = [
    st.Page("pages/tong_quan.py", title="Tổng quan", icon="🔥", url_path="tong_quan", default=True),
    st.Page("pages/van_de.py", title="Vấn đề", icon="📌", url_path="van_de"),
    st.Page("pages/tra_cuu.py", title="Tra cứu", icon="🔎", url_path="tra_cuu"),
    st.Page("pages/nguon_tin.py", title="Nguồn tin", icon="📡", url_path="nguon_tin"),
    st.Page("pages/bao_cao.py", title="Báo cáo", icon="📄", url_path="bao_cao"),
]
st.navigation(pages).run()
