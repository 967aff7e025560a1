"""Vấn đề: one issue — its articles and outlets over time, why it was classified so, syndicated copies,
and what the office has done (status changes and notes: who, when). Stable URL: /van_de?id=<issue id>."""
from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd
import streamlit as st

from dashboard import auth, charts, data
from diemnong.domain import UNNAMED, Alert, Article, IssueEvent, Status, outlet_counts
from diemnong.text import decimal, fold, redact_secrets

user = auth.require()
scope = auth.scope()
names, deps = data.topic_names(), data.department_names()

choices = {i.id: i for i in data.hot_issues(days=365, limit=300, **scope.issue_filter) if scope.sees(i)}
# Without an id: the issue Tổng quan ranks first now (its 14-day window), not the year's best score (a July story).
hot_now = (i.id for i in data.hot_issues(**scope.issue_filter) if scope.sees(i))
issue_id = st.query_params.get("id", "") or next(hot_now, "") or next(iter(choices), "")
if not issue_id:
    st.title("📌 Vấn đề", anchor=False)
    st.info("Chưa có vấn đề nóng nào.")
    st.stop()
ids = list(choices) if issue_id in choices else [issue_id, *choices]  # an older issue stays selectable
asked = data.issue(issue_id) if issue_id not in choices else None  # a link to an issue older than the year's
named = {**choices, **({issue_id: asked} if asked is not None and scope.sees(asked) else {})}  # not another's title
issue_id = st.selectbox("Chọn vấn đề", ids, index=ids.index(issue_id), key="chon_van_de",
                        format_func=lambda i: f"{named[i].title} ({decimal(named[i].score)})" if i in named else i,
                        placeholder=data.CHOOSE)
if st.query_params.get("id") != issue_id:
    st.query_params["id"] = issue_id  # the address names the issue shown, for sharing
issue = data.issue(issue_id)
if issue is None:
    st.title("📌 Vấn đề", anchor=False)
    st.error(f"Không tìm thấy vấn đề có mã «{data.md(issue_id)}».")
    st.stop()
if not scope.sees(issue):
    st.error("Vấn đề này không thuộc phạm vi đơn vị của bạn.")
    st.stop()

st.title(f"📌 {data.md(issue.title)}", anchor=False)
badges = [f"{data.STATUS_ICON[issue.status.value]} **{data.STATUS[issue.status.value]}**",
          data.phase_badge(issue.phase.value), f"Mã `{issue.id}`"]
if issue.local:
    badges.insert(0, "🏠 **Hậu Giang**")
if issue.assignee:
    badges.append(f"Giao cho: {data.md(issue.assignee)}")
st.markdown(" · ".join(badges))
st.caption(f"**Vì sao nóng:** {data.md(issue.reason)} *(tính đến {data.moment(issue.last_seen)})*")
st.markdown("**Chủ đề:** " + ("; ".join(data.md(names.get(t, str(t))) for t in issue.topics) or "—")
            + " · **Đầu mối:** " + (", ".join(data.md(deps.get(d, d)) for d in issue.lead_departments) or "—"))

articles = data.issue_articles(issue.id, issue.article_ids, issue.kind)
cut = issue.kind == "story" and len(articles) >= data.ISSUE_ARTICLES  # a story's newest ISSUE_ARTICLES, not all of it
# a row that wraps, each figure as wide as its text: five columns cut the date to «23/…» beside a tablet's sidebar, and
# stacked one under another (Streamlit's columns on a phone) they took a whole screen before the timeline; on a
# computer's screen spread over the row as columns are (the app's FIGURES style, by this key)
row = st.container(horizontal=True, gap="medium", key="figures")
row.metric("Điểm nóng", decimal(issue.score), width="content")
row.metric("Số bài", len(issue.article_ids) or len(articles), width="content")  # as the alert, the lists and the report count: an
# article its outlet posted again is listed below with its copies but counted once
# As the alert's «Quy mô» and its reason count them: the outlets that have a name, the articles no outlet's name came
# with apart (the detector counts each such article as an outlet of its own).
outlets_named, articles_unnamed = outlet_counts(issue.outlets, issue.outlets_total)
row.metric("Số báo", data.number(outlets_named) + (f" (+{data.number(articles_unnamed)})" if articles_unnamed else ""),
           help=f"Không tính {data.number(articles_unnamed)} bài {UNNAMED}" if articles_unnamed else None, width="content")
row.metric("Tiêu cực", f"{issue.negative_share:.0%}", width="content")
row.metric("Xuất hiện", data.day(issue.first_seen), width="content",
           help=f"Lần đầu {data.moment(issue.first_seen)}, gần nhất {data.moment(issue.last_seen)}")


def tone(a: Article) -> str:
    return data.SENTIMENT.get(a.classification.sentiment, "") if a.classification else ""


def groups(found: list[Article]) -> list[list[Article]]:
    """Syndicated copies together: by the store's duplicate_of, else by the same title; first published first."""
    by_id = {a.id: a for a in found}
    by_root: dict[str, list[Article]] = defaultdict(list)
    for a in found:
        by_root[a.duplicate_of or a.id].append(a)
    out: dict[str, list[Article]] = defaultdict(list)
    for root, g in by_root.items():
        head = by_id.get(root) or g[0]
        out[" ".join(fold(head.title).split())].extend(g)
    return sorted((sorted(g, key=lambda a: a.published) for g in out.values()), key=lambda g: g[0].published)


def event_value(e: IssueEvent) -> str:
    """What an event set: a phase or a status in words, else its raw value (an assignee; an assignment taken back
    says so, not an empty cell)."""
    if e.kind == "phase":
        return data.PHASE.get(e.value, e.value).capitalize()
    if e.kind == "status":
        return data.STATUS.get(e.value, e.value)
    if e.kind == "assign" and not e.value:
        return "Bỏ giao, chưa ai phụ trách"
    return e.value


def event_row(e: IssueEvent) -> dict[str, object]:
    return {"Thời điểm": data.local_time(e.at), "Loại": data.EVENT.get(e.kind, e.kind), "Nội dung": event_value(e),
            "Người thực hiện": e.who or ("Hệ thống" if e.kind == "phase" else ""),
            "Ghi chú": redact_secrets(e.note) if e.kind == "resend" else e.note}  # a resend names webhooks


def alert_row(a: Alert) -> dict[str, object]:
    """An alert's row; its webhook's address with its token masked wherever it is named (every role reads this page;
    Cấu hình, the administrators', shows it whole)."""
    earlier = a.resends[-1].get("error", "") if a.resends else ""
    raw = [a.error] if a.error and a.state not in ("sent", "digested") else []
    return {"Thời điểm": data.local_time(a.raised_at), "Đơn vị": deps.get(a.department, a.department),
            "Người nhận": redact_secrets(a.recipient), "Kênh": data.CHANNEL.get(a.channel, a.channel),
            "Loại": data.ALERT_KIND.get(a.kind, a.kind), "Tình trạng": data.ALERT_STATE.get(a.state, a.state),
            "Gửi lúc": data.local_time(a.sent_at), "Số lần gửi": a.attempts, "Lý do": redact_secrets(data.describe_alert(a)),
            "Chi tiết kỹ thuật": redact_secrets(" | ".join(raw + ([f"lần trước: {earlier}"] if earlier and earlier != a.error else [])))}


def resend_plan(alert: Alert) -> str:
    """Where a given-up alert goes if re-sent now, by the departments as configured now (Cấu hình); webhooks' tokens
    masked."""
    return redact_secrets(_resend_plan(alert))


def _resend_plan(alert: Alert) -> str:
    from diemnong.config import current_departments
    from diemnong.pipeline import no_target, resend_targets  # the wiring module: routing lives in alerting/

    now = current_departments(data.settings().home)
    to, name = resend_targets(alert, now), deps.get(alert.department, alert.department)
    if not to:
        return f"{name}: {alert.recipient} — không gửi lại được, {no_target(alert, now)}"
    if to == [alert.recipient]:
        return f"{name}: gửi lại tới {alert.recipient}"
    if to[0] == alert.recipient:  # another department still lists it; the department's new addresses get copies
        return f"{name}: gửi lại tới {alert.recipient} (đơn vị khác vẫn dùng) và tới địa chỉ mới {', '.join(to[1:])}"
    return f"{name}: gửi tới địa chỉ mới {', '.join(to)} thay cho {alert.recipient} (đã đổi trên trang Cấu hình)"


def resend(given_up: list[Alert]) -> None:
    """«Gửi lại»: the issue's alerts the outbox gave up on, all or chosen, back in the queue after a confirmation that
    says where each goes now; the issue's history records who and when (administrators and analysts only)."""
    st.markdown("**Gửi lại cảnh báo không gửi được**")
    if data.catalog_state()[1] is not None:  # recipients are read from the home's departments.yaml, which does not load
        st.info("Chưa gửi lại được: tệp chủ đề hoặc đơn vị đầu mối đang có lỗi (xem thông báo đầu trang).")
        return
    st.caption("Sau khi sửa địa chỉ nhận của đơn vị trên trang Cấu hình, hoặc khi máy chủ thư đã hoạt động lại, gửi lại các "
               "cảnh báo đã thôi gửi. Người nhận lấy theo cấu hình hiện tại; hệ thống gửi ở vòng gửi kế tiếp, trong ít phút.")
    labels = {a.key: f"{deps.get(a.department, a.department)} — {redact_secrets(a.recipient)} · {data.ALERT_KIND.get(a.kind, a.kind)} "
                     f"{data.moment(a.raised_at)}" for a in given_up}  # why each failed: in the table above
    chosen = st.multiselect("Cảnh báo cần gửi lại", list(labels), default=list(labels), format_func=labels.get,
                            key=f"gui_lai_chon_{issue.id}", placeholder=data.CHOOSE)
    asked_key = f"gui_lai_hoi_{issue.id}"
    asked = [a for a in given_up if a.key in st.session_state.get(asked_key, ())]
    if not asked:
        st.session_state.pop(asked_key, None)
        if st.button("🔁 Gửi lại", key="gui_lai", disabled=not chosen,
                     help="Xếp các cảnh báo đã chọn vào hàng gửi lại; sẽ hỏi xác nhận trước"):
            st.session_state[asked_key] = list(chosen)
            st.rerun()
        return
    st.warning(f"Gửi lại {len(asked)} cảnh báo?  \n" + "  \n".join(f"- {data.md(resend_plan(a))}" for a in asked))
    yes, no, _ = st.columns([2, 1, 5])
    if yes.button("Xác nhận gửi lại", type="primary", key="gui_lai_dong_y"):
        from diemnong.pipeline import resend_failed

        done = resend_failed(data.settings(), data.store(), asked, f"{user.name} ({user.username})")
        st.session_state.pop(asked_key, None)
        data.refresh()
        moved = done.to_new_addresses
        said = ([f"Đã xếp lại {done.queued} cảnh báo vào hàng gửi" + (f" ({moved} tới địa chỉ mới)" if moved else "")
                 + "; hệ thống sẽ gửi trong ít phút."] if done.queued else [])
        said += [redact_secrets(f"{deps.get(a.department, a.department)} — {a.recipient}: không gửi lại được, {why}.")
                 for a, why in done.skipped]
        if not said:
            said = ["Không có gì để gửi thêm: các cảnh báo này vừa được người khác gửi lại, hoặc địa chỉ hiện tại đã nhận."]
        st.session_state[f"gui_lai_xong_{issue.id}"] = ("success" if done.queued and not done.skipped else "warning", " ".join(said))
        st.rerun()
    if no.button("Hủy", key="gui_lai_huy"):
        st.session_state.pop(asked_key, None)
        st.rerun()


ROWS = 50  # a table's page: a big issue's hundreds of articles or contents are shown 50 more at a time, on request
GROUPS = 50  # contents drawn one box each; a big issue's hundreds more go in one table, ROWS at a time


def show_more(key: str) -> None:
    st.session_state[key] = st.session_state.get(key, ROWS) + ROWS


def more_groups(rest: list[list[Article]]) -> None:
    """The contents after the first GROUPS, one row each (a box each was hundreds on a big issue's page), ROWS of them,
    then ROWS more at each «Xem thêm» (the table of all sent hundreds of rows)."""
    key = f"vd_groups_{issue.id}"
    shown = rest[:st.session_state.get(key, ROWS)]
    st.markdown(f"**Còn {data.number(len(rest))} nội dung khác** (xếp theo thời điểm đăng đầu tiên, mới nhất trước):")
    data.table(pd.DataFrame([{
        "Thời điểm": data.local_time(g[0].published), "Báo": data.outlet(g[0].source), "Tiêu đề": g[0].title, "Đăng lại": len(g) - 1,
        "Nơi đăng lại": "; ".join(data.outlet(a.source) for a in g[1:]), "Đường dẫn": g[0].url} for g in shown]),
        {"Tiêu đề": st.column_config.TextColumn("Tiêu đề", width=360),
         "Đường dẫn": st.column_config.LinkColumn("Đường dẫn", display_text="Mở bài")})
    if len(rest) > len(shown):
        left = len(rest) - len(shown)
        st.markdown(f"**Chưa hiện {data.number(left)} nội dung**, đăng trước các nội dung trên.")
        st.button(f"Xem thêm {data.number(min(ROWS, left))} nội dung", key=f"vd_more_groups_{issue.id}", on_click=show_more,
                  args=(key,))


def newest(limit: int) -> tuple[list[Article], int]:
    """The issue's newest `limit` articles and how many it has in all: from those read above, unless they are a story's
    newest ISSUE_ARTICLES, cut, when the store (which holds every one, and counts them) is asked."""
    if cut:
        page = data.story_page(issue.id, limit)
        if page.total:
            return [h.article for h in page.hits], page.total
    return sorted(articles, key=lambda a: a.published, reverse=True)[:limit], len(articles)


def article_table() -> None:
    """The newest ROWS articles, then «Còn N bài khác» and «Xem thêm» for ROWS more (a 500-article issue sent 500 rows)."""
    key = f"vd_rows_{issue.id}"
    shown, total = newest(st.session_state.get(key, ROWS))
    st.caption("Các bài của vấn đề, mới nhất trước (kể cả bài đăng lại):")
    data.table(pd.DataFrame([{
        "Thời điểm": data.local_time(a.published), "Báo": data.outlet(a.source), "Tiêu đề": a.title,
        "Sắc thái": tone(a) if a.classification else data.UNANALYSED,  # the analysis failed on it
        "Hậu Giang": "🏠" if a.classification and a.classification.local else "", "Đường dẫn": a.url}
        for a in shown]), {"Đường dẫn": st.column_config.LinkColumn("Đường dẫn", display_text="Mở bài")})
    rest = total - len(shown)
    if rest > 0:
        st.markdown(f"**Còn {data.number(rest)} bài khác**, đăng trước các bài trên.")
        st.button(f"Xem thêm {data.number(min(ROWS, rest))} bài", key=f"vd_more_{issue.id}", on_click=show_more, args=(key,))


def story_total() -> int:
    """How many articles the issue has: a cut story's as the store counts them, else those read above."""
    return data.story_page(issue.id, ROWS).total if cut else len(articles)  # the articles table's first page: one query


def counted() -> str:
    """Which articles the two tabs below count: those read, a bigger story's newest ISSUE_ARTICLES of all its articles."""
    n, total = data.number(len(articles)), story_total()
    return f"{n} bài mới nhất (trong số {data.number(total)} bài của vấn đề)" if total > len(articles) else f"{n} bài"


def timeline_frame() -> tuple[pd.DataFrame, str]:
    """What the timeline draws, and the finest step it may: a story's every article as the store counts them at the
    step charts.read_step chooses (the 500 read left a big story's newest out), another issue's articles read above."""
    if issue.kind == "story":
        step = charts.read_step(issue.last_seen - issue.first_seen, len(issue.article_ids) or len(articles),
                                issue.outlets_total)
        cells = data.story_timeline(issue.id, step)
        if len(cells):
            return cells, step
    return pd.DataFrame([{"published": a.published.astimezone(data.TZ).replace(tzinfo=None), "source": data.outlet(a.source),
                          "title": a.title, "tone": tone(a)} for a in articles]), "h"


tab_time, tab_terms, tab_copies, tab_work = st.tabs(["Diễn biến", "Vì sao được phân loại", "Bài đăng lại", "Xử lý"])
with tab_time:
    if not articles:
        st.info("Chưa lấy được bài nào của vấn đề này từ kho.")
    else:
        st.altair_chart(charts.timeline(*timeline_frame()), width="stretch")
        article_table()

with tab_terms:
    topic_terms: dict[str, list[list[str]]] = defaultdict(list)
    tone_terms: list[list[str]] = []
    places: Counter[str] = Counter()
    for a in articles:
        c = a.classification
        if not c:
            continue
        for key, terms in c.explanations.items():
            if key.startswith("topic:"):
                topic_terms[key.split(":", 1)[1]].append(terms)
            elif key == "sentiment":
                tone_terms.append(terms)
        places.update(set(c.places))
    if not topic_terms and not any(tone_terms):
        st.info("Các bài chưa có giải thích phân loại.")
    seeds = {fold(s): s for t in data.catalog()[0].values() for s in t.seeds}  # matched terms are folded
    for key, lists in sorted(topic_terms.items(), key=lambda kv: -sum(map(len, kv[1]))):
        label = names.get(int(key), key) if key.isdigit() else key
        st.markdown(f"**Chủ đề {data.md(label)}** — "
                    + ", ".join(f"`{seeds.get(t, t)}` ({n} bài)" for t, n in data.term_counts(lists)))
    if any(tone_terms):
        st.markdown("**Sắc thái** — " + ", ".join(f"`{t}` ({n} bài)" for t, n in data.term_counts(tone_terms)))
    if places:
        st.markdown("**Địa danh** — " + ", ".join(f"`{t}` ({n} bài)" for t, n in places.most_common(12)))
    st.caption("Các cụm từ của bài đã đưa bài vào chủ đề và quyết định sắc thái; số bài là số bài mà lời giải thích "
               "phân loại nêu cụm từ đó, không phân biệt chữ hoa («lạm thu» không đếm bài chỉ ghi «lạm thu đầu năm học»), "
               f"trong {counted()}.")

with tab_copies:
    grouped = groups(articles)[::-1]  # the newest first, as the articles table: what an analyst opens the page for
    st.caption(f"{counted()} thành {len(grouped)} nội dung khác nhau, mới nhất trước; bài đăng lại được gom dưới bài đăng "
               "đầu tiên.")
    for g in grouped[:GROUPS]:
        first = g[0]
        with st.container(border=True):
            st.markdown(f"**{data.md(first.title)}**  \n:gray[{data.moment(first.published)} · {data.md(data.outlet(first.source))}]")
            if len(g) > 1:
                st.caption(f"Đăng lại {len(g) - 1} lần: " + "; ".join(f"{data.md(data.outlet(a.source))} ({data.moment(a.published)})" for a in g[1:]))
    if len(grouped) > GROUPS:
        more_groups(grouped[GROUPS:])


def changed_meanwhile(seen: tuple[str, str]) -> str:
    """What another user saved on the issue since this form was drawn, that this form's choice of it was dropped for
    (Streamlit draws a field whose starting value changed as a new one, at the issue's new value); '' if nothing. Said
    rather than lost in silence: «Đã ghi nhận» chosen while a colleague set «Đang xử lý» was saved as a bare note, with
    «Đã lưu.»."""
    status = data.STATUS[issue.status.value]
    dropped = ([f"trạng thái (nay là «{status}»)"] if seen[0] != issue.status.value else []) + \
        ([f"người được giao (nay là «{data.md(issue.assignee) or 'chưa giao ai'}»)"] if seen[1] != issue.assignee else [])
    if not dropped:
        return ""
    return (f"Trong lúc bạn nhập, người khác đã cập nhật vấn đề này: {' và '.join(dropped)} bạn chọn **chưa được lưu**; "
            "ghi chú (nếu có) đã lưu. Xem lịch sử xử lý bên dưới rồi chọn lại và lưu nếu cần.")


with tab_work:
    said = st.session_state.pop(f"xu_ly_doi_{issue.id}", "")
    if said:
        st.warning(said)
    seen_key = f"xu_ly_da_thay_{issue.id}"  # the status and assignee the form was last drawn with, in this session
    seen = st.session_state.get(seen_key, (issue.status.value, issue.assignee))
    st.session_state[seen_key] = (issue.status.value, issue.assignee)
    if user.can_edit_issues:
        statuses = [s.value for s in Status]
        with st.form("xu_ly", clear_on_submit=True):
            status = st.selectbox("Trạng thái", statuses, index=statuses.index(issue.status.value), format_func=data.STATUS.get,
                                  placeholder=data.CHOOSE)
            assignee = st.text_input("Giao cho (đơn vị hoặc người phụ trách)", value=issue.assignee)
            note = st.text_area("Ghi chú xử lý, nội dung phản hồi")
            if st.form_submit_button("Lưu", type="primary"):
                who = f"{user.name} ({user.username})"
                at = data.now()
                if status != issue.status.value:
                    data.store().add_issue_event(issue.id, IssueEvent(at, "status", status, who=who, note=note))
                    note = ""
                if assignee.strip() != issue.assignee:
                    data.store().add_issue_event(issue.id, IssueEvent(at, "assign", assignee.strip(), who=who))
                if note.strip():
                    data.store().add_issue_event(issue.id, IssueEvent(at, "note", "", who=who, note=note.strip()))
                data.refresh()
                dropped = changed_meanwhile(seen)
                if dropped:
                    st.session_state[f"xu_ly_doi_{issue.id}"] = dropped
                else:
                    st.toast("Đã lưu.")
                st.rerun()
    else:
        st.caption("Đơn vị đầu mối xem được diễn biến xử lý; chuyên viên Văn phòng ghi nhận trạng thái.")
    st.markdown("**Lịch sử xử lý**")
    if issue.events:
        data.table(pd.DataFrame([event_row(e) for e in reversed(issue.events)]))
    sent = data.alerts(issue.id)
    if sent:
        st.markdown("**Cảnh báo**")
        done = st.session_state.pop(f"gui_lai_xong_{issue.id}", None)
        if done:
            getattr(st, done[0])(done[1])
        data.table(pd.DataFrame([alert_row(a) for a in sent]))
    given_up = [a for a in sent if a.state == "failed"]
    if given_up and user.can_edit_issues:
        resend(given_up)
