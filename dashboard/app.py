"""Điểm Nóng dashboard: sign in, then the pages the user's role may open."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import streamlit as st  # noqa: E402

from dashboard import auth  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"

st.set_page_config(page_title="Điểm Nóng", page_icon="🔥", layout="wide")
user = auth.sign_in()
if user is None:
    st.stop()

pages = [
    st.Page("pages/tong_quan.py", title="Tổng quan", icon="🔥", url_path="tong_quan", default=True),
    st.Page("pages/van_de.py", title="Vấn đề", icon="📌", url_path="van_de"),
    st.Page("pages/tra_cuu.py", title="Tra cứu", icon="🔎", url_path="tra_cuu"),
    st.Page("pages/chu_de.py", title="Chủ đề / Đơn vị", icon="🗂️", url_path="chu_de"),
]
if user.can_edit_issues:
    pages.append(st.Page("pages/nguon_tin.py", title="Nguồn tin", icon="📡", url_path="nguon_tin"))
    pages.append(st.Page("pages/bao_cao.py", title="Báo cáo", icon="📄", url_path="bao_cao"))
if user.is_admin:
    pages.append(st.Page("pages/cau_hinh.py", title="Cấu hình", icon="⚙️", url_path="cau_hinh"))
auth.sign_out_button(user)
st.navigation(pages).run()
