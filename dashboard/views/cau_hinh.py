"""Cấu hình (administrators only): topics' seed phrases, watched groups of phrases, sources, alert recipients,
alert thresholds and accounts — every change checked by the service's own loaders and saved under $DIEMNONG_HOME."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import auth, config_edit, data
from dashboard.users import ROLE_NAMES, ROLES, Remedies, add_user, confirmed, make_user, remove_user, users_path
from diemnong.config import (KINDS, SITEMAP_FIELDS, ConfigError, Department, Source, Theme, dashboard_url_problem,
                             unfilled_variables)

auth.require(admin=True)
home = data.settings().home
st.title("⚙️ Cấu hình", anchor=False)
st.caption(f"Thay đổi được kiểm tra trước khi lưu vào `{home}` (tệp trong `data/` giữ nguyên; bản cũ lưu ở "
           "`config-history/`). Nguồn tin có hiệu lực ở vòng thu thập kế tiếp; chủ đề, nhóm theo dõi, người nhận và ngưỡng cảnh báo "
           "có hiệu lực khi khởi động lại dịch vụ (`diemnong run`).")

KIND_NAMES = {"rss": "RSS", "html": "Trang web (html)", "sitemap": "Sơ đồ trang (sitemap)"}  # KINDS in words
KIND_HELP = ("RSS: địa chỉ tệp RSS/Atom. Trang web (html): trang danh sách bài, cần bộ chọn CSS. Sơ đồ trang (sitemap): "
             "sơ đồ trang tin tức của báo (thường là /sitemaps/news.xml, hoặc sơ đồ trang chỉ mục: đọc ba sơ đồ con mới nhất), "
             "cho giờ đăng và tiêu đề chính xác của từng bài trong ba ngày gần nhất (đổi ở cột «Số ngày (sitemap)»).")
SITEMAP_COLUMNS = {name: config_edit.FIELD_NAMES[name] for name in SITEMAP_FIELDS}  # a sitemap source's own settings
SITEMAP_HELP = {"window_days": "Chỉ nguồn sitemap: bỏ qua các bài cũ hơn số ngày này (mặc định 3).",
                "max_entries": "Chỉ nguồn sitemap: mỗi lần đọc lấy nhiều nhất chừng này bài mới nhất (mặc định 200)."}


def lines(text: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in text.replace(",", "\n").splitlines() if s.strip())


def saved(action: str, call, form: str = "") -> bool:  # noqa: ANN001 - a zero-argument function returning the saved path
    """Save, saying so; whether it was saved. A form kept in step with the file (fresh_form) then counts what it holds
    as shown: the file has it tidied (phrases split at commas, spaces and blank lines dropped, NFC), and the next
    drawing takes that, not this administrator's own save for another's."""
    try:
        path = call()
    except ConfigError as exc:
        st.error(f"Chưa lưu — {config_edit.as_the_form_says(str(exc))}")
        return False
    if form:
        shown = st.session_state.get(f"{form}_shown", {})
        st.session_state[f"{form}_shown"] = {f: st.session_state.get(f"{form}_{f}", v) for f, v in shown.items()}
    data.refresh()
    data.settings.clear()  # every session's settings, or the next one shows (and saves back) the old thresholds
    st.success(f"Đã lưu {action} vào `{path}`.")
    return True


def readable(files: str, call):  # noqa: ANN001, ANN201 - a zero-argument loader, and what it read
    """What call() reads from the saved files, or None after saying in Vietnamese that one of them is broken (edited by
    hand): only that tab is closed, the others (accounts above all) stay usable, and no form saves over the file; its
    text is offered to correct instead (mend)."""
    try:
        return call()
    except ConfigError as exc:
        path = Path(config_edit.broken_file(exc)[0])
        offered = path.parent.resolve() == home and path.name in config_edit.MENDABLE and path.is_file()
        where = "ô dưới đây" if path.name not in mending else "ô «Nội dung tệp» của thẻ «Chủ đề»"  # departments.yaml: 2 tabs
        st.error(config_edit.unreadable(files, exc) + (f" Hoặc sửa nội dung tệp ở {where} rồi bấm «Lưu tệp {path.name}»."
                                                       if offered else " Phần này chưa sửa được trên trang cho tới khi đó."))
        if offered:
            mend(path)
        return None


def mend(path: Path) -> None:
    """The text of a home's configuration file that no longer loads, to correct and save (once a page, though two tabs
    read departments.yaml)."""
    if path.name in mending:
        return
    mending.add(path.name)
    with st.form(f"ch_mend_{path.name}"):
        text = st.text_area(f"Nội dung tệp {path.name}", path.read_text(encoding="utf-8"), height=320)
        if st.form_submit_button(f"Lưu tệp {path.name}", type="primary"):
            saved(f"tệp {path.name}", lambda: config_edit.save_text(home, path.name, text))


mending: set[str] = set()


def selectors_of(text: str, row: int) -> dict:
    """A source row's «Bộ chọn CSS (JSON)»: {} when empty, else a JSON object; anything else (not JSON, or a bare
    "h3 a" or a list) a ConfigError that says in Vietnamese what is wanted."""
    if not text.strip():
        return {}
    value, where = None, ""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f" (lỗi ở ký tự thứ {exc.pos + 1})"
    if not isinstance(value, dict):
        raise ConfigError(f"nguồn dòng {row} — Bộ chọn CSS (JSON): cần dạng {{\"article_links\": \"h3 a\"}}, tên và "
                          f"bộ chọn trong ngoặc kép{where}")
    return value


def fresh_form(form: str, current: dict[str, object]) -> dict[str, object]:
    """Keep a form's fields (session keys f"{form}_{field}") in step with the file: a field another administrator saved
    since this form was drawn takes the saved value where this admin left it as shown; where this admin changed it too,
    their input stays and the field is returned with the other's value (a conflict, for the save to refuse once instead
    of silently writing over the other's change). Called before the form's widgets are drawn."""
    shown: dict = st.session_state.get(f"{form}_shown", {})
    conflicts = {}
    for field, value in current.items():
        key = f"{form}_{field}"
        if key not in st.session_state or (field in shown and shown[field] != value and st.session_state[key] == shown[field]):
            st.session_state[key] = value
        elif field in shown and shown[field] != value and st.session_state[key] != value:
            conflicts[field] = value
    st.session_state[f"{form}_shown"] = dict(current)
    return conflicts


def say_conflicts(what: str, conflicts: dict[str, object], labels: dict[str, str], button: str) -> None:
    """Why a save was refused: the fields another administrator saved meanwhile, with their values."""
    theirs = "; ".join(f"«{labels[f]}»: {data.md(str(v).replace(chr(10), ', ')) or '(để trống)'}" for f, v in conflicts.items())
    st.error(f"Chưa lưu — trong lúc bạn sửa, một quản trị khác đã lưu {what} với {theirs}. Nội dung bạn nhập vẫn còn trong "
             f"ô: xem lại, rồi bấm «{button}» lần nữa nếu vẫn muốn ghi nội dung của bạn thay cho nội dung đó.")


unlinked = dashboard_url_problem(data.settings()["general.dashboard_url"])
if unlinked:
    st.warning(f"Liên kết trong cảnh báo: {data.md(unlinked)} (trong `settings.yaml` của `{home}`, rồi khởi động lại dịch vụ).")

tab_topics, tab_themes, tab_sources, tab_recipients, tab_thresholds, tab_users = st.tabs(
    ["Chủ đề", "Nhóm theo dõi", "Nguồn tin", "Người nhận cảnh báo", "Ngưỡng cảnh báo", "Tài khoản"])

with tab_topics:
    catalog = readable("tệp chủ đề (topics.yaml) hoặc đơn vị (departments.yaml)",
                       lambda: (config_edit.current_topics(home), config_edit.current_departments(home)))
    if catalog:
        topics, departments = catalog
        tid = st.selectbox("Chủ đề", sorted(topics), format_func=lambda t: f"{t}. {topics[t].name}", key="ch_topic",
                           placeholder=data.CHOOSE)
        topic, form = topics[tid], f"ch_t{tid}"
        conflicts = fresh_form(form, {"name": topic.name, "description": topic.description, "department": topic.department,
                                      "seeds": "\n".join(topic.seeds)})
        with st.form(f"ch_topic_form_{tid}"):
            name = st.text_input("Tên", key=f"{form}_name")
            description = st.text_area("Mô tả", height=80, key=f"{form}_description")
            department = st.selectbox("Đơn vị đầu mối", list(departments), format_func=lambda d: departments[d].name,
                                      key=f"{form}_department", placeholder=data.CHOOSE)
            seeds = st.text_area("Cụm từ gốc (mỗi dòng một cụm; không phân biệt dấu, hoa thường)", height=200, key=f"{form}_seeds")
            submitted = st.form_submit_button("Lưu chủ đề", type="primary")
        if submitted and conflicts:
            say_conflicts(f"chủ đề {tid}", {f: departments[v].name if f == "department" and v in departments else v
                                            for f, v in conflicts.items()},
                          {"name": "Tên", "description": "Mô tả", "department": "Đơn vị đầu mối", "seeds": "Cụm từ gốc"}, "Lưu chủ đề")
        elif submitted:
            changed = replace(topic, name=name.strip(), description=description.strip(), department=department, seeds=lines(seeds))
            saved(f"chủ đề {tid}", lambda: config_edit.save_topics(home, [changed if t.id == tid else t for t in topics.values()]),
                  form)

with tab_themes:
    st.caption("Mỗi nhóm gồm những cụm từ cùng một ý (ví dụ «gian lận thi cử»: gian lận, lộ đề, quay cóp, thi hộ…). Một bài "
               "có bất kỳ cụm nào trong tiêu đề hoặc sa-pô thì được tính cho nhóm; nhiều câu chuyện khác nhau của cùng một "
               "nhóm trong thời gian ngắn thành một vấn đề nóng, theo «Ngưỡng tăng đột biến của cụm từ theo dõi».")
    themes = readable("tệp nhóm theo dõi (themes.yaml)", lambda: config_edit.current_themes(home))
    if themes is not None:
        new_theme = "➕ Nhóm mới"
        choice = st.selectbox("Nhóm", [t.name for t in themes] + [new_theme], key="ch_theme", placeholder=data.CHOOSE)
        current = next((t for t in themes if t.name == choice), Theme("", ()))
        with st.form(f"ch_theme_form_{choice}"):
            theme_name = st.text_input("Tên nhóm", current.name)
            phrases = st.text_area("Cụm từ của nhóm (mỗi dòng một cụm; không phân biệt hoa thường, hoà/hòa như nhau)",
                                   "\n".join(current.phrases), height=200)
            c1, c2 = st.columns(2)
            save_theme = c1.form_submit_button("Lưu nhóm", type="primary")
            drop_theme = c2.form_submit_button("Xóa nhóm", disabled=choice == new_theme)
        if save_theme:
            edited_theme = Theme(theme_name.strip(), lines(phrases))
            kept = [edited_theme if t.name == choice else t for t in themes]
            saved(f"nhóm «{edited_theme.name}»", lambda: config_edit.save_themes(home, kept if choice != new_theme else themes + [edited_theme]))
        if drop_theme:
            saved(f"danh sách nhóm (đã xóa «{choice}»)", lambda: config_edit.save_themes(home, [t for t in themes if t.name != choice]))

with tab_sources:
    sources = readable("tệp nguồn tin (sources.yaml)", lambda: config_edit.current_sources(home))
    if sources is not None:
        frame = pd.DataFrame([{"Tên": s.name, "Loại": s.kind, "Địa chỉ": s.url, "Chuyên mục": s.section,
                               "Chu kỳ (phút)": s.interval_minutes, "Bật": s.enabled,
                               "Bộ chọn CSS (JSON)": json.dumps(s.selectors, ensure_ascii=False) if s.selectors else "",
                               "Số trang": s.max_pages, **{SITEMAP_COLUMNS[name]: getattr(s, name) for name in SITEMAP_FIELDS}}
                              for s in sources])
        edited = st.data_editor(frame, num_rows="dynamic", width="stretch", hide_index=True, key="ch_sources",
                                column_config={"Loại": st.column_config.SelectboxColumn("Loại", options=list(KINDS), required=True,
                                                                                 format_func=lambda k: KIND_NAMES.get(k, k), help=KIND_HELP),
                                               "Bật": st.column_config.CheckboxColumn("Bật", default=True),  # a new row: polled
                                               "Chu kỳ (phút)": st.column_config.NumberColumn(min_value=1, max_value=1440, step=1),
                                               "Số trang": st.column_config.NumberColumn(min_value=1, max_value=100, step=1),
                                               **{SITEMAP_COLUMNS[name]: st.column_config.NumberColumn(
                                                   min_value=least, max_value=most, step=1, help=SITEMAP_HELP[name])
                                                  for name, (_, least, most) in SITEMAP_FIELDS.items()}})
        st.caption("Nguồn HTML (không có RSS) cần bộ chọn CSS, ví dụ `{\"article_links\": \"h3 a\", \"next_page\": \"a.next\"}`.")
        if st.button("Lưu nguồn tin", type="primary", key="ch_sources_save"):
            built: list[Source] = []

            def build() -> list[Source]:
                out = built
                for i, row in enumerate(edited.astype(object).fillna("").to_dict("records"), start=1):
                    selectors = selectors_of(str(row["Bộ chọn CSS (JSON)"]), i)
                    out.append(Source(name=str(row["Tên"]).strip(), kind=str(row["Loại"]), url=str(row["Địa chỉ"]).strip(),
                                      section=str(row["Chuyên mục"]).strip(), interval_minutes=int(row["Chu kỳ (phút)"] or 30),
                                      enabled=row["Bật"] == "" or bool(row["Bật"]), selectors=selectors, max_pages=int(row["Số trang"] or 3),
                                      **{name: int(row[SITEMAP_COLUMNS[name]] or default)
                                         for name, (default, _, _) in SITEMAP_FIELDS.items()}))
                return out
            if saved("danh sách nguồn", lambda: config_edit.save_sources(home, build())) and (
                    dropped := config_edit.sitemap_settings_dropped(built)):
                st.info(f"Số ngày/Số bài chỉ dùng cho nguồn sitemap; đã bỏ qua ở dòng {', '.join(map(str, dropped))}.")

with tab_recipients:
    departments = readable("tệp đơn vị (departments.yaml)", lambda: config_edit.current_departments(home))
    if departments is not None:
        did = st.selectbox("Đơn vị", list(departments), format_func=lambda d: departments[d].name, key="ch_dep",
                           placeholder=data.CHOOSE)
        dep, form = departments[did], f"ch_d{did}"
        if unset := unfilled_variables(dep.webhooks):  # ${DIEMNONG_…} in an address: its alerts would wait in the outbox
            said = "; ".join(f"{n} {why}" for n, why in unset.items())
            st.warning(f"Webhook của {data.md(dep.name)} dùng biến môi trường {data.md(said)} "
                       "(trên máy chạy bảng điều khiển): đặt biến trong tệp biến môi trường của dịch vụ rồi khởi động lại; "
                       "chưa đặt thì cảnh báo tới webhook đó nằm lại trong hộp thư đi. Lệnh diemnong check cũng kiểm tra.")
        conflicts = fresh_form(form, {"name": dep.name, "emails": "\n".join(dep.emails), "webhooks": "\n".join(dep.webhooks),
                                      "always": dep.always_copied})
        with st.form(f"ch_dep_form_{did}"):
            dname = st.text_input("Tên đơn vị", key=f"{form}_name")
            emails = st.text_area("Email nhận cảnh báo (mỗi dòng một địa chỉ)", key=f"{form}_emails")
            hooks = st.text_area("Webhook (Zalo OA, Telegram…; mỗi dòng một địa chỉ http/https)", key=f"{form}_webhooks")
            always = st.checkbox("Luôn nhận bản sao mọi cảnh báo", key=f"{form}_always")
            submitted = st.form_submit_button("Lưu người nhận", type="primary")
        if submitted and conflicts:
            say_conflicts(f"đơn vị «{dep.name}»", {f: ("có" if v else "không") if f == "always" else v for f, v in conflicts.items()},
                          {"name": "Tên đơn vị", "emails": "Email nhận cảnh báo", "webhooks": "Webhook",
                           "always": "Luôn nhận bản sao mọi cảnh báo"}, "Lưu người nhận")
        elif submitted:
            changed_dep = Department(did, dname.strip(), lines(emails), lines(hooks), always)
            saved(f"người nhận của {dname}", lambda: config_edit.save_departments(
                home, [changed_dep if d.id == did else d for d in departments.values()]), form)

with tab_thresholds:
    s = data.settings()
    labels = config_edit.THRESHOLD_LABELS
    conflicts = fresh_form("th", {name: kind(s[name]) for name, (kind, _, _) in config_edit.THRESHOLDS.items()})
    with st.form("ch_thresholds"):
        values = {}
        cols = st.columns(2)
        for i, (name, (kind, low, high)) in enumerate(config_edit.THRESHOLDS.items()):
            where = cols[i % 2]
            help_ = s.specs[name].help  # the setting's own, as `diemnong settings` prints it
            current = kind(s[name])
            if kind is str:
                values[name] = where.text_input(labels[name], help=help_, key=f"th_{name}")
            else:  # a value set on the server outside this page's range is shown as it is; saving says what is allowed
                values[name] = where.number_input(labels[name], min(kind(low), current), max(kind(high), current),
                                                  step=1 if kind is int else 0.1, help=help_, key=f"th_{name}")
        submitted = st.form_submit_button("Lưu ngưỡng", type="primary")
    if submitted and conflicts:
        say_conflicts("ngưỡng cảnh báo", conflicts, labels, "Lưu ngưỡng")
    elif submitted:
        saved("ngưỡng cảnh báo", lambda: config_edit.save_thresholds(home, values), "th")

with tab_users:
    path = users_path(home)
    accounts = auth.accounts()
    st.dataframe(pd.DataFrame([{"Tên đăng nhập": u.username, "Họ tên": u.name, "Vai trò": ROLE_NAMES[u.role],
                                "Đơn vị": data.department_names().get(u.department, u.department), "Email": u.email}
                               for u in accounts.users.values()]), hide_index=True, width="stretch")
    deps = data.department_names()
    with st.form("ch_user_add", clear_on_submit=True):
        st.markdown("**Thêm hoặc đổi tài khoản**")
        c1, c2 = st.columns(2)
        username = c1.text_input("Tên đăng nhập", key="u_name")
        fullname = c2.text_input("Họ tên", key="u_full")
        role = c1.selectbox("Vai trò", ROLES, format_func=ROLE_NAMES.get, placeholder=data.CHOOSE)
        department = c2.selectbox("Đơn vị (với vai trò đơn vị đầu mối)", [""] + list(deps), format_func=lambda d: deps.get(d, "—"),
                                  placeholder=data.CHOOSE)
        password = c1.text_input("Mật khẩu (ít nhất 8 ký tự)", type="password", key="u_pw")
        again = c2.text_input("Nhập lại mật khẩu", type="password", key="u_pw2")
        replace_ = st.checkbox("Thay tài khoản đã có (đổi mật khẩu, vai trò)")
        if st.form_submit_button("Lưu tài khoản"):
            how = Remedies(department="chọn «Đơn vị»", replace="đánh dấu «Thay tài khoản đã có» để đổi mật khẩu hoặc vai trò")
            try:
                add_user(path, make_user(username.strip(), fullname, role, confirmed(password, again), department,
                                         departments=config_edit.current_departments(home), how=how), replace_, how)
                auth.unlock(username.strip())
                st.success(f"Đã lưu tài khoản {username}.")
            except ConfigError as exc:
                st.error(f"Chưa lưu — {config_edit.as_the_form_says(str(exc))}")
    others = [u for u in accounts.users if u != st.session_state.get("username")]
    removed = st.session_state.pop("ch_user_removed", "")  # said after the page is drawn again without that account
    if removed:
        st.success(f"Đã xóa tài khoản {removed}.")
    if others:
        c1, c2 = st.columns([3, 1])
        gone = c1.selectbox("Xóa tài khoản", others, key="ch_user_remove", placeholder=data.CHOOSE)
        if c2.button("Xóa", key="ch_user_remove_btn"):
            try:
                remove_user(path, gone)
                st.session_state["ch_user_removed"] = gone
                st.rerun()
            except ConfigError as exc:
                st.error(f"Chưa xóa — {config_edit.as_the_form_says(str(exc))}")
