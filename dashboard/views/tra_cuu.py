"""Tra cứu: search the whole coverage history — accents optional, "phrases", -exclusions, OR — with
filters, highlights, cursor paging over any number of results, and CSV / Excel export."""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta

import streamlit as st

from dashboard import auth, data, export
from diemnong.domain import TZ, Article
from store import Filters, QuerySyntaxError
from store.base import QUOTES

auth.require()
scope = auth.scope()
names = data.topic_names()
st.title("🔎 Tra cứu", anchor=False)
text = st.text_input("Từ khóa", placeholder='vd: hoc phi "lam thu" -"tuyen sinh"', key="tc_text",
                     help='Không cần gõ dấu. "cụm từ" tìm đúng thứ tự; -từ (hoặc NOT từ) để loại trừ; a OR b chấp nhận một trong hai; '
                          'dấu * sau ít nhất 3 chữ cái tìm các tiếng bắt đầu như thế: truon* tìm «trường», «trưởng».')
row1 = st.columns([1.3, 1.3, 2, 2])  # room for «dd/mm/yyyy» at 1280 px
since = row1[0].date_input("Từ ngày", value=None, format="DD/MM/YYYY", key="tc_since")
until = row1[1].date_input("Đến ngày", value=None, format="DD/MM/YYYY", key="tc_until")
topics = row1[2].multiselect("Chủ đề", scope.topic_choices({t: None for t in names}), format_func=data.topic_label,  # type: ignore[arg-type]
                             key="tc_topics", placeholder="Tất cả chủ đề")
tones = row1[3].multiselect("Sắc thái", list(data.SENTIMENT), format_func=data.SENTIMENT.get, key="tc_tones",
                            placeholder="Mọi sắc thái")
row2 = st.columns([2, 3, 1.2, 1])
sources = row2[0].multiselect("Nguồn", data.outlets(), key="tc_sources", placeholder="Mọi nguồn")
locality = row2[1].segmented_control("Địa bàn", ["all", "local", "other"], default="all", key="tc_local",
                                     format_func={"all": "Tất cả", "local": "🏠 Hậu Giang", "other": "Ngoài Hậu Giang"}.get,
                                     wrap=True)  # a narrow window: the options go onto a second row, never cut
sort = row2[2].selectbox("Sắp xếp", ["newest", "oldest", "relevance"], key="tc_sort",
                         format_func={"newest": "Mới nhất", "oldest": "Cũ nhất", "relevance": "Phù hợp nhất"}.get, placeholder=data.CHOOSE)
size = row2[3].selectbox("Số bài/trang", [20, 50, 100], key="tc_size", placeholder=data.CHOOSE)


def start(d: object) -> datetime | None:
    return datetime.combine(d, time.min, TZ) if d else None  # type: ignore[arg-type]


if since and until and until < since:
    st.error("Ngày kết thúc phải sau ngày bắt đầu.")
    st.stop()
filters = scope.filters(Filters(
    since=start(since), until=start(until) + timedelta(days=1) if until else None, topics=tuple(topics),
    sentiments=tuple(tones), sources=tuple(sources),
    local={"local": True, "other": False}.get(locality or "all"),
))
sort = sort if sort != "relevance" or text.strip() else "newest"
key = repr((text, filters, sort, size))
if st.session_state.get("tc_key") != key:
    st.session_state["tc_key"], st.session_state["tc_cursors"] = key, [""]
cursors: list[str] = st.session_state["tc_cursors"]
try:  # the first page counts the matches; the next ones say the same total and do not count again
    page = data.search(text, filters, sort, size, cursors[-1], st.session_state.get("tc_total") if len(cursors) > 1 else None)
except QuerySyntaxError as exc:
    st.error(str(exc))
    st.stop()
if len(cursors) == 1:
    st.session_state["tc_total"] = page.total

pages = max(1, math.ceil(page.total / size))
if page.total:
    st.caption(f"{data.number(page.total)} bài khớp · trang {len(cursors)}/{data.number(pages)}")
else:
    hints = []
    if '"' in text.translate(QUOTES):  # “typographic” ones too
        hints.append("bỏ dấu ngoặc kép để tìm các từ không cần liền nhau")
    if len(text.split()) > 1:
        hints.append("bớt từ khóa")
    if since or until:
        hints.append("mở rộng khoảng thời gian")
    if topics or tones or sources or (locality or "all") != "all":
        hints.append("bỏ bớt bộ lọc (chủ đề, sắc thái, nguồn, địa bàn)")
    st.info("**Không tìm thấy bài nào khớp.**" + (" Thử " + "; ".join(hints) + "." if hints else
                                                  " Thử từ khóa khác hoặc mở rộng khoảng thời gian."))


def pager(where: str) -> None:
    prev, _, nxt = st.columns([1, 4, 1])
    if prev.button("← Trang trước", disabled=len(cursors) == 1, key=f"tc_prev_{where}", width="stretch"):
        cursors.pop()
        st.rerun()
    if nxt.button("Trang sau →", disabled=not page.next_cursor, key=f"tc_next_{where}", width="stretch"):
        cursors.append(page.next_cursor)
        st.rerun()


def safe_url(url: str) -> str:
    return url if url.startswith(("http://", "https://")) and not any(c in url for c in " <>\n\"'") else ""


pager("top")
for hit in page.hits:
    a = hit.article
    c = a.classification
    with st.container(border=True):
        # The store's highlights are HTML-escaped text with <mark> only: the one place HTML is allowed.
        st.markdown(f"**{data.highlighted(hit.highlights.get('title') or '') or data.md(a.title)}**", unsafe_allow_html=True)
        meta = [data.moment(a.published), data.md(a.source)]
        if c:
            meta.append("; ".join(data.md(names.get(t, str(t))) for t in c.topics) or data.NO_TOPIC)
            colour = {"negative": "red", "positive": "green"}.get(c.sentiment, "gray")
            meta.append(f":{colour}[{data.SENTIMENT.get(c.sentiment, c.sentiment)}]")
            if c.local:
                meta.append("🏠 Hậu Giang")
        else:  # the analysis failed on it: in no topic's or tone's filter
            meta.append(f":orange[{data.UNANALYSED}]")
        url = safe_url(a.url)
        if url:
            meta.append(f"[Mở bài ↗](<{url}>)")
        st.markdown(" · ".join(meta))
        snippet = data.best_snippet(hit.highlights.get("summary") or "", hit.highlights.get("text") or "")
        if snippet:
            st.markdown(data.highlighted(snippet), unsafe_allow_html=True)
if page.hits:
    pager("bottom")

st.divider()
cap = int(data.settings()["dashboard.export_limit"])
st.markdown(f"**Xuất kết quả** (tối đa {data.number(cap)} bài, theo thứ tự đang chọn)")
stamp = data.now().strftime("%Y%m%d-%H%M")
n = min(page.total, cap)


def made_on_click(to_file: Callable[[Sequence[Article], dict[int, str]], bytes]) -> Callable[[], bytes]:
    """The file of this search, walked and written when its button is clicked (in Streamlit's download thread): both
    files made before the buttons showed kept the analyst waiting 15 s for 50,000 rows, and most want one of them."""
    return lambda: to_file(data.export_hits(text, filters, sort, cap), names)


left, right = st.columns(2)
left.download_button(f"⬇️ CSV ({n} bài)", made_on_click(export.to_csv), f"tra-cuu-{stamp}.csv", "text/csv", key="tc_csv",
                     disabled=n == 0, on_click="ignore",
                     help="Ngày đăng ghi theo giờ Việt Nam, dạng năm-tháng-ngày giờ:phút (2025-09-05 08:30): Excel ở "
                          "mọi ngôn ngữ đều đọc đúng là ngày.")
right.download_button(f"⬇️ Excel ({n} bài)", made_on_click(export.to_xlsx), f"tra-cuu-{stamp}.xlsx",
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="tc_xlsx", disabled=n == 0,
                      on_click="ignore", help="Ngày đăng và giờ là ô ngày, giờ của Excel (giờ Việt Nam), lọc và sắp xếp được.")
