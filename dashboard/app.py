"""Điểm Nóng dashboard: sign in, then the pages the user's role may open.

The pages live in views/, not pages/: a pages/ folder next to this script would make Streamlit run a
page file directly (skipping the sign-in) until some session calls st.navigation."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import streamlit as st  # noqa: E402

from dashboard import auth  # noqa: E402
from dashboard.users import User  # noqa: E402
from streamlit.navigation.page import StreamlitPage  # noqa: E402


def pages_for(user: User | None) -> list[StreamlitPage]:
    """The pages a user may open; signed out, all of them, so that the page and query a link asked for
    (/van_de?id=… in an alert e-mail) stay in the address bar through the sign-in."""
    pages = [
        st.Page("views/tong_quan.py", title="Tổng quan", icon="🔥", url_path="tong_quan", default=True),
        st.Page("views/van_de.py", title="Vấn đề", icon="📌", url_path="van_de"),
        st.Page("views/tra_cuu.py", title="Tra cứu", icon="🔎", url_path="tra_cuu"),
        st.Page("views/chu_de.py", title="Chủ đề / Đơn vị", icon="🗂️", url_path="chu_de"),
    ]
    if user is None or user.can_edit_issues:
        pages.append(st.Page("views/nguon_tin.py", title="Nguồn tin", icon="📡", url_path="nguon_tin"))
        pages.append(st.Page("views/bao_cao.py", title="Báo cáo", icon="📄", url_path="bao_cao"))
    if user is None or user.is_admin:
        pages.append(st.Page("views/cau_hinh.py", title="Cấu hình", icon="⚙️", url_path="cau_hinh"))
    return pages


st.set_page_config(page_title="Điểm Nóng", page_icon="🔥", layout="wide")
user = auth.sign_in()
page = st.navigation(pages_for(user), position="sidebar" if user else "hidden")
if user is None:
    st.stop()
auth.sign_out_button(user)
page.run()
