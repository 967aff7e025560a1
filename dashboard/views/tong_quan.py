"""Tổng quan: what is hot right now, for whom, what has been done — and coverage by topic and tone."""
from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from dashboard import auth, charts, data
from diemnong.config import ConfigError
from diemnong.domain import UNKNOWN_OUTLET, UNNAMED, HotIssue, Signal, Status, outlet_counts
from diemnong.text import decimal
from store import Filters

CARDS = 10
user = auth.require()
scope = auth.scope()
st.title("🔥 Điểm Nóng — Tổng quan", anchor=False)
if problem := data.service_problem():  # rounds failing: the page looks as usual, and no alert goes out
    st.error(problem)
# the month's report not made: only the log said so, the 20th went by. To the Văn phòng's people (admin, analysts): a
# department's user can do nothing about it (no Báo cáo page), and the server's paths are none of theirs
if user.can_edit_issues and (problem := data.report_problem()):
    st.error(problem)
latest = data.latest_time()
if latest is None:
    st.info("Chưa có bài báo nào trong kho. Chạy `diemnong crawl --once` hoặc `diemnong ingest`.")
    st.stop()
names, deps = data.topic_names(), data.department_names()
if not scope.everything:
    st.info(f"Bạn đang xem phạm vi của **{data.md(deps.get(scope.department, scope.department))}**: "
            + ("; ".join(data.md(names[t]) for t in scope.topics) or "chưa có chủ đề nào"))


def explain(issue: HotIssue) -> str:
    """Why an issue is hot, in words, with the weights of the formula."""
    s = data.settings()
    parts = [f"**Vì sao nóng:** {data.md(issue.reason)} *(tính đến {data.moment(issue.last_seen)})*"]
    if issue.kind == "story":
        out, neg, loc = (f"{s[k]:g}".replace(".", ",")
                         for k in ("detector.outlet_weight", "detector.negative_weight", "detector.local_weight"))
        parts.append(f"(điểm = độ bất thường của số bài so với mức thường của chủ đề + {out} × log₂(số báo, mỗi bài không rõ cơ quan đăng tính là một báo), "
                     f"× uy tín của báo lớn nhất; × {neg} nếu từ một nửa số bài tiêu cực, ít hơn thì giảm dần; "
                     f"× {loc} nếu liên quan Hậu Giang)")
    else:
        parts.append("(chủ đề tăng đột biến so với mức thường ngày)")
    return " ".join(parts)


def outlets_line(issue: HotIssue) -> str:
    """«**3 báo:** Tuổi Trẻ, VnExpress, Dân trí», its articles no outlet's name came with said after the names
    («· 2 bài không rõ cơ quan đăng»), not as one more outlet «(không rõ)»: as its alert's «Quy mô» says them."""
    names = [o for o in issue.outlets if o.strip() not in ("", UNKNOWN_OUTLET)]
    named, unnamed = outlet_counts(issue.outlets, issue.outlets_total)
    if not names:
        return f"**{data.outlets_said(issue.outlets, issue.outlets_total)}**"
    return (f"**{data.number(named)} báo:** " + data.md(", ".join(names[:6])) + (" …" if len(names) > 6 else "")
            + (f" · {data.number(unnamed)} bài {UNNAMED}" if unnamed else ""))


def card(issue: HotIssue) -> None:
    with st.container(border=True):
        left, middle, right = st.columns([5, 2, 2])
        badges = [f"{data.STATUS_ICON[issue.status.value]} {data.STATUS[issue.status.value]}",
                  data.phase_badge(issue.phase.value)]
        if issue.local:
            badges.insert(0, "🏠 **Hậu Giang**")
        left.page_link("views/van_de.py", label=f"**{data.md(issue.title)}**", query_params={"id": issue.id})
        left.markdown(" · ".join(badges))
        left.caption(explain(issue))
        left.caption("**Chủ đề:** " + ("; ".join(data.md(names.get(t, str(t))) for t in issue.topics) or "—")
                     + " · **Đầu mối:** " + (", ".join(data.md(deps.get(d, d)) for d in issue.lead_departments) or "—")
                     + " · " + outlets_line(issue))
        found = data.issue_articles(issue.id, issue.article_ids, issue.kind)
        if found:  # a big story's every article, not the newest ISSUE_ARTICLES read, counted as Vấn đề counts them
            middle.altair_chart(charts.sparkline(data.issue_days(issue, found)), width="stretch")
            middle.caption(f"{data.number(len(issue.article_ids) or len(found))} bài · {data.day(issue.first_seen)} → "
                           f"{data.day(issue.last_seen)}")
        right.metric("Điểm nóng", decimal(issue.score))
        tone = round(issue.negative_share * 100)
        right.markdown(f"Sắc thái: :{'red' if tone >= 50 else 'gray'}[**{tone}% tiêu cực**]")


def signal_card(sig: Signal) -> None:
    with st.container(border=True):
        left, right = st.columns([5, 2])
        left.markdown(f"**{data.md(sig.label)}** · từ {data.moment(sig.first_seen)}" + (" · 🏠 **Hậu Giang**" if sig.local else ""))
        left.caption(f"{data.md(sig.reason)}  \n**Chủ đề:** "
                     + ("; ".join(data.md(names.get(t, str(t))) for t in sig.topics) or "—")
                     + " · **Đầu mối:** " + (", ".join(data.md(deps.get(d, d)) for d in sig.lead_departments) or "—"))
        right.progress(min(1.0, sig.share), text=f"{sig.share:.0%} ngưỡng cảnh báo" if sig.share < 1
                       else f"đủ điểm, cần ít nhất {sig.min_stories} tin khác nhau")
        right.caption(f"{data.number(len(sig.article_ids))} tin · {data.outlets_said(sig.outlets, sig.outlets_total, 'tin')} · "
                      f"{round(sig.negative_share * 100)}% tiêu cực")
        forward(sig, right)
        with left.expander("Các tin"):
            for a in data.issue_articles(sig.key, sig.article_ids, "signal")[-12:]:
                st.markdown(f"[{data.md(a.title)}]({a.url}) :gray[{data.moment(a.published)} · {data.md(data.outlet(a.source))}]")


def forward(sig: Signal, place: DeltaGenerator) -> None:
    """Whether the signal was forwarded to its lead departments, by whom and when; a button to do it (analysts)."""
    sent = sorted((a for a in data.alerts(sig.id) if a.kind == "signal"), key=lambda a: a.raised_at)
    if sent:
        by = sent[0].payload.get("sent_by", "")
        place.caption(f"📣 Đã báo đầu mối lúc {data.moment(sent[0].raised_at)}" + (f" · {data.md(by)}" if by else ""))
        return
    if not user.can_edit_issues:
        return
    if place.button("📣 Báo đầu mối", key=f"forward-{sig.id}",
                    help="Gửi tín hiệu này tới đơn vị đầu mối (thư, webhook) để theo dõi trước; mỗi đơn vị nhận một lần"):
        from diemnong.pipeline import forward_signal  # the wiring module: routing and message text live in alerting/

        try:
            queued = forward_signal(data.settings(), data.store(), sig, f"{user.name} ({user.username})")
        except ConfigError:  # the home's topics.yaml or departments.yaml: said at the top of the page
            place.error("Chưa báo được: tệp chủ đề hoặc đơn vị đầu mối đang có lỗi (xem thông báo đầu trang).")
            return
        data.refresh()
        if queued:
            place.success(f"Đã xếp {queued} thư/tin nhắn vào hàng gửi; hệ thống sẽ gửi trong ít phút.")
        elif data.alerts(sig.id):
            place.info("Tín hiệu này vừa được người khác báo đầu mối.")
        else:
            place.warning("Đơn vị đầu mối chưa có địa chỉ nhận: thêm trên trang Cấu hình.")


def early_signals() -> None:
    found = [s for s in data.early_signals() if scope.sees(s)]
    share = float(data.settings()["detector.signal_share"])
    st.subheader(f"📡 Tín hiệu sớm ({len(found)})", anchor=False)
    st.caption(f"Chủ đề, cụm từ hoặc nhóm theo dõi có nhiều tin khác nhau đang tăng, đã tới {share:.0%} ngưỡng cảnh báo "
               "nhưng chưa đến: chưa gửi cảnh báo, để theo dõi và dự báo vấn đề có thể nóng lên.")
    if not found:
        st.caption("Không có tín hiệu sớm nào lúc này.")
    for sig in found[:CARDS]:
        signal_card(sig)


def run_every() -> int | None:
    seconds = int(data.settings()["dashboard.refresh_seconds"])
    return seconds if seconds > 0 else None


@st.fragment(run_every=run_every())
def hot_now() -> None:
    # a department's 50 hottest issues, asked of the store: not its own among the 50 hottest of all
    issues = [i for i in data.hot_issues(**scope.issue_filter) if scope.sees(i)]
    open_ = [i for i in issues if i.status.value != "closed"]
    counts = data.issue_counts(**scope.issue_filter)  # all of them, counted by the store: the list stops at 50
    total, closed = sum(counts.values()), counts[Status.CLOSED]
    st.subheader(f"Vấn đề nóng trong 14 ngày qua ({data.number(total - closed)} đang mở, {data.number(closed)} đã đóng)",
                 anchor=False)
    st.caption(f"Bài mới nhất: {data.moment(data.latest_time())} · tự làm mới mỗi "
               f"{data.settings()['dashboard.refresh_seconds']} giây"
               + (f" · dưới đây là {len(issues)} vấn đề nóng nhất trong số {data.number(total)}" if total > len(issues) else ""))
    if not issues:
        st.success("Không có vấn đề nóng nào trong 14 ngày qua.")
        return
    for issue in open_[:CARDS]:
        card(issue)
    rest = open_[CARDS:] + [i for i in issues if i.status.value == "closed"]
    if rest:
        st.markdown("**Các vấn đề khác**")
        table, columns = data.issue_table(rest, deps)
        data.table(table, columns)


@st.fragment(run_every=run_every())
def signals_now() -> None:
    early_signals()


def coming() -> None:
    """«Sắp tới»: what usually heats up in the next weeks (data/seasons.yaml) and what the same weeks held last years,
    of this user's topics only; one line a moment (the report has the full evidence)."""
    found, problem = data.outlook(scope.topic_filter)
    st.subheader("🗓️ Sắp tới (dự báo theo mùa)", anchor=False)
    if found is None:
        st.warning(f"Chưa đọc được danh mục thời điểm trong năm học: {data.md(problem)}")
        return
    st.caption(f"Các thời điểm của năm học thường làm dư luận quan tâm trong 4 tuần tới (đến {found.last:%d/%m/%Y}), "
               "theo danh mục data/seasons.yaml, và số bài cùng kỳ năm trước trong kho.")
    if not found.moments:
        st.caption("Không có thời điểm nào trong danh mục rơi vào 4 tuần tới." if scope.everything else
                   "Không có thời điểm nào thuộc chủ đề của đơn vị rơi vào 4 tuần tới.")
    for m in found.moments:
        st.markdown(f"**{data.md(m.season.name)}** · {m.when} · **Đầu mối:** "
                    + (", ".join(data.md(deps.get(x, x)) for x in m.departments) or "—")
                    + f"  \n:gray[{data.md(m.brief)} · **Chuẩn bị:** {data.md(m.season.prepare)}]")
    if found.also_hot:
        st.caption("Cùng kỳ các năm trước cũng nóng: " + "; ".join(
            f"{data.md(names.get(t, str(t)))} (năm {y}: “{data.md(title)}”)" for t, y, title in found.also_hot[:3]))


hot_now()
signals_now()
upcoming = st.container()  # «Sắp tới» shows here, below what is hot now, but is read last: nothing above waits for it

# required: a click on the chosen period cleared it, and the page went back to 30 days with no period highlighted
days = st.segmented_control("Khoảng thời gian", [7, 30, 90], default=30, format_func=lambda d: f"{d} ngày",
                            key="tq_days", required=True) or 30
topics = scope.topic_filter  # () is every topic: a department leading none must see none
frame = data.volume(days, topics)
if frame.empty:
    st.info("Không có bài nào trong khoảng thời gian này.")
    with upcoming:
        coming()
    st.stop()
articles = data.volume(days, topics, by_topic=False)  # each article once: an article in two topics is not two
local = data.volume(days, topics, True, by_topic=False)
since = data.window_start(days)
total = int(data.count(scope.filters(Filters(since=since))))
n_local = int(data.count(scope.filters(Filters(since=since, local=True))))
n_negative = int(data.count(scope.filters(Filters(since=since, sentiments=("negative",)))))  # articles, not article × topic
c1, c2, c3 = st.columns(3)
c1.metric(f"Bài báo {days} ngày", data.number(total))
c2.metric("Về Hậu Giang", data.number(n_local), help="Bài nói về Hậu Giang (kể cả các đơn vị thuộc TP Cần Thơ sau sáp nhập)")
c3.metric("Tỷ lệ tiêu cực", f"{n_negative / max(1, total):.0%}")

left, right = st.columns([3, 2])
with left:
    st.subheader("Số bài theo chủ đề", anchor=False)
    st.altair_chart(charts.topic_volume(frame), width="stretch")
with right:
    st.subheader("Sắc thái theo thời gian", anchor=False)
    st.altair_chart(charts.tone_bars(articles, weekly=days > 30), width="stretch")

st.subheader("🏠 Hậu Giang trên báo chí", anchor=False)
lc, rc = st.columns([3, 2])
with lc:
    st.altair_chart(charts.local_trend(articles, local), width="stretch")
with rc:
    recent = data.search("", scope.filters(Filters(local=True)), "newest", 6, "")
    if not recent.hits:
        st.caption("Chưa có bài nào về Hậu Giang.")
    for hit in recent.hits:
        a = hit.article
        st.markdown(f"**{data.md(a.title)}**  \n:gray[{data.moment(a.published)} · {data.md(data.outlet(a.source))}]")

st.subheader("Bản đồ nhiệt chủ đề × tuần (12 tuần)", anchor=False)
st.altair_chart(charts.topic_week_heatmap(data.volume(max(days, 84), topics)), width="stretch")

with upcoming:
    coming()
