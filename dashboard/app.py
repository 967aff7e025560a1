"""Điểm Nóng dashboard: sign in, then the pages the user's role may open.

The pages live in views/, not pages/: a pages/ folder next to this script would make Streamlit run a
page file directly (skipping the sign-in) until some session calls st.navigation."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import streamlit as st  # noqa: E402

from dashboard import auth, config_edit, data  # noqa: E402
from dashboard.users import User  # noqa: E402
from diemnong.text import fold  # noqa: E402
from streamlit.navigation.page import StreamlitPage  # noqa: E402
from streamlit.runtime.scriptrunner import get_script_run_ctx  # noqa: E402

UNKNOWN = "dia_chi_khong_co"  # session key: the address typed by hand that no page has, to say so signed in
# The pages' filters (widget keys), kept while another page, or another mode of the page, is open: Streamlit forgets a
# widget's value at the end of a run that does not draw it, so a search typed on Tra cứu, the period of Tổng quan or the
# topic chosen on Chủ đề came back empty or at its default after a look at an issue (or at «Đơn vị đầu mối» and back).
FILTERS = ("tq_days", "cd_mode", "cd_topic", "cd_dep", "cd_days", "tc_text", "tc_since", "tc_until", "tc_topics",
           "tc_tones", "tc_sources", "tc_local", "tc_sort", "tc_size")
SEARCH_STATE = ("tc_key", "tc_cursors", "tc_total")  # Tra cứu's last query, its pages' cursors and total: not a widget's


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


def page_asked(pages: list[StreamlitPage]) -> str:
    """Of an address typed by hand (or bookmarked) that names no page of this user, the name it asked for; '' otherwise.

    On a new page load the browser sends the path it was opened at; when no page has that url_path, st.navigation
    (streamlit/commands/navigation.py: set_pages_and_resolve finds nothing, send_page_not_found) opens the default
    page and makes the browser show Streamlit's own English «Page not found» dialog, whose words are in its frontend.
    So the name is looked up here first: a spelling of a page's name (accents, capitals, '-' for '_', a trailing
    '/': /Tong-Quan/) opens that page, and any other name is forgotten, so that st.navigation opens Tổng quan with
    no dialog and the page says in Vietnamese what happened. The asked name is Streamlit's PagesManager intent (no
    public API gives it before st.navigation); without it (another Streamlit version) nothing changes."""
    manager = getattr(get_script_run_ctx(), "pages_manager", None)
    asked = getattr(manager, "intended_page_name", None) or ""
    if not asked or getattr(manager, "intended_page_script_hash", None) or not hasattr(manager, "set_script_intent"):
        return ""
    if asked in {p.url_path for p in pages}:
        return ""
    # the default page's url_path is "" (Streamlit serves it at /, and /tong_quan names no page): its title spells it
    spelled = {fold(p.title).replace(" ", "_"): p for p in pages} | {fold(p.url_path): p for p in pages if p.url_path}
    near = spelled.get(fold(asked).strip("/").replace("-", "_"))
    manager.set_script_intent("", near.url_path if near else "")  # no name: the default page
    return "" if near else asked


def keep_filters(user: User | None) -> None:
    """Each filter's value set again as the session's own, which Streamlit keeps whether or not the run draws its widget
    (its documented way across pages); the widget shows it when drawn again. Signed out, they are forgotten: whoever
    signs in next in this browser starts from the pages' defaults, not from another's search."""
    for key in FILTERS:
        if key in st.session_state:
            if user is None:
                del st.session_state[key]
            else:
                st.session_state[key] = st.session_state[key]
    if user is None:  # nor the last search's query, cursors and count
        for key in SEARCH_STATE:
            st.session_state.pop(key, None)


def say_unknown(asked: str) -> None:
    """The Vietnamese words for an address that names no page (instead of Streamlit's English dialog)."""
    known = {p.url_path: p.title for p in pages_for(None)}
    if asked in known:
        st.warning(f"Tài khoản của bạn không mở được trang «{known[asked]}»; đây là trang Tổng quan.")
    else:
        st.warning(f"Không có trang nào ở địa chỉ «/{data.md(asked)}» (có thể gõ sai hoặc trang đã đổi tên); "
                   "đây là trang Tổng quan, các trang khác ở thanh bên trái.")


# An alert's link is often opened on a phone, Tổng quan on a tablet. On a phone (Streamlit stacks columns under 640 px)
# its 2.75rem titles made an issue's title five lines, the whole first screen. On a tablet, beside the sidebar, side-by-side
# columns were 120-200 px wide: a chart's legend and the issue cards' figures were cut off at their edge; a column
# narrower than 16rem goes below the others instead. On a computer's wider screen, Vấn đề's five figures (a row that
# wraps, each as wide as its text, for the phone and the tablet) were packed at its left: spread, equal, as columns
# are, each no narrower than its text (a narrow window wraps them as before). On any screen, a link
# to a page (the issue cards' titles on Tổng quan) wraps its words: Streamlit keeps it on one line, cut at the card's edge
# («Phụ huynh phản ánh nhiều khoản thu đầu năm tại Tr»).
NARROW = """<style>
[data-testid="stPageLink-NavLink"], [data-testid="stPageLink-NavLink"] * { white-space: normal !important; }
@media (max-width: 640px) { h1 { font-size: 1.9rem !important; } }
@media (min-width: 641px) and (max-width: 1024px) {
  [data-testid="stHorizontalBlock"] { flex-wrap: wrap !important; }
  [data-testid="stColumn"] { min-width: min(100%, 16rem) !important; }
}
@media (min-width: 1025px) {
  .st-key-figures > [data-testid="stElementContainer"] { flex: 1 1 0 !important; min-width: max-content !important; }
}
</style>"""
st.set_page_config(page_title="Điểm Nóng", page_icon="🔥", layout="wide")
st.html(NARROW)
user = auth.sign_in()
pages = pages_for(user)
asked = page_asked(pages)
if asked:
    st.session_state[UNKNOWN] = asked
page = st.navigation(pages, position="sidebar" if user else "hidden")
keep_filters(user)
if user is None:
    st.stop()
auth.sign_out_button(user)
broken = data.catalog_state()[1]
if broken is not None:  # the home's topics.yaml or departments.yaml edited by hand: every page says so, and opens
    st.warning(config_edit.catalog_warning(broken, user.is_admin))
if UNKNOWN in st.session_state:  # said on Tổng quan (signing in reruns it a few times) until another page is opened
    if page.url_path == "":
        say_unknown(st.session_state[UNKNOWN])
    else:
        del st.session_state[UNKNOWN]
page.run()
