"""Everything the pages read, as cached functions over the store (one connection per process)."""
from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Iterable, Sequence
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from dashboard import export
from diemnong.config import (DATA_DIR, ConfigError, Department, Settings, Source, Topic, data_file, default_catalog,
                             load_departments, load_seasons, load_settings, load_sources, load_topics)
from diemnong.domain import TZ, UNKNOWN_OUTLET, UNNAMED, Alert, Article, HotIssue, Signal, Status, outlet_counts
from diemnong import reasons
from diemnong.backup import hold_for_reading
from diemnong import health
from diemnong.health import read_rounds, rounds_problem
from diemnong.outlook import Outlook, outlook_of
from diemnong.text import fold, nfc, number
from store import Filters, SearchPage, SearchQuery, Store, open_store
from store.base import WORD

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler

SENTIMENT = {"negative": "Tiêu cực", "neutral": "Trung tính", "positive": "Tích cực"}
SENTIMENT_COLORS = {"Tiêu cực": "#d62728", "Trung tính": "#b0b0b0", "Tích cực": "#2ca02c"}
STATUS = {"new": "Chưa xử lý", "acknowledged": "Đã ghi nhận", "responding": "Đang xử lý", "closed": "Đã đóng"}
STATUS_ICON = {"new": "🔴", "acknowledged": "🟠", "responding": "🔵", "closed": "⚪"}
PHASE = {"new": "mới xuất hiện", "rising": "đang lên", "peak": "đỉnh điểm", "fading": "lắng xuống"}
def phase_badge(phase: str) -> str:
    """'📈 đang lên', '📉 lắng xuống': the phase in words with an icon that points the right way."""
    return f"{'📉' if phase == 'fading' else '📈'} {PHASE.get(phase, phase)}"


EVENT = {"phase": "Diễn biến", "status": "Trạng thái", "note": "Ghi chú", "assign": "Giao cho", "resend": "Gửi lại cảnh báo"}
ALERT_KIND = {"new": "Mới", "escalation": "Leo thang", "digest": "Tổng hợp", "report": "Báo cáo", "signal": "Tín hiệu sớm"}
CHANNEL = {"email": "Thư điện tử", "webhook": "Webhook"}
ALERT_STATE = {"pending": "Chờ gửi", "sending": "Đang gửi", "sent": "Đã gửi", "failed": "Lỗi", "digested": "Gộp vào bản tổng hợp",
               "replaced": "Đã chuyển địa chỉ mới", "withheld": "Không gửi (dữ liệu minh họa)"}
NO_TOPIC = "Ngoài 16 chủ đề"
UNANALYSED = export.UNANALYSED  # an article the analysis failed on: «chưa phân tích» where its topics and tone go
CHOOSE = "Chọn…"  # a selectbox's or multiselect's empty text (Streamlit's own: «Choose an option», «Choose options»)
# Why a source or an alert failed, in the office's words (diemnong/reasons.py, which the service's log uses too).
describe_error, describe_delivery, describe_alert = reasons.describe_error, reasons.describe_delivery, reasons.describe_alert


@st.cache_resource
def settings() -> Settings:
    return load_settings()


@st.cache_resource
def store() -> Store:
    hold_for_reading(settings().home)  # `diemnong restore` is refused while this process has the store open
    return open_store(settings())


@st.cache_resource
def shipped_catalog() -> tuple[dict[int, Topic], dict[str, Department]]:
    """The reviewed topics and departments of data/, whatever the home has."""
    departments = load_departments(DATA_DIR / "departments.yaml")
    return load_topics(DATA_DIR / "topics.yaml", departments=departments), departments


def catalog_state() -> tuple[tuple[dict[int, Topic], dict[str, Department]], ConfigError | None]:
    """The topics and departments the service of this home reads, with no problem; or, while the home's topics.yaml or
    departments.yaml (edited by hand) does not load, data/'s and why — so that every page still opens, saying so
    (catalog_warning), and nothing done on the service's behalf (an alert, a report) uses topics it does not have.
    Read again when either file changes (a page names topics hundreds of times)."""
    files = [data_file(name) for name in ("topics.yaml", "departments.yaml")]
    return _catalog_of(tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files))


@st.cache_resource
def _catalog_of(stamps: tuple) -> tuple[tuple[dict[int, Topic], dict[str, Department]], ConfigError | None]:
    del stamps  # the cache key
    default_catalog.cache_clear()  # loaded once a process: files changed since (by hand on the server) are read again
    try:
        return default_catalog(), None
    except ConfigError as exc:
        return shipped_catalog(), exc


def catalog() -> tuple[dict[int, Topic], dict[str, Department]]:
    """Topics and departments to show (see catalog_state)."""
    return catalog_state()[0]


def topic_names() -> dict[int, str]:
    topics, _ = catalog()
    return {t.id: t.name for t in topics.values()}


def department_names() -> dict[str, str]:
    _, deps = catalog()
    return {d.id: d.name for d in deps.values()}


def topic_label(t: int) -> str:
    return f"{t}. {topic_names().get(t, NO_TOPIC)}" if t else NO_TOPIC


def outlet(name: str) -> str:
    """An article's outlet as the pages name it: «(không rõ)», as the pipeline names one nothing tells (UNKNOWN_OUTLET),
    for an article stored without one (by an older version, or in Elasticsearch): «13:39 20/09/2025 · » ended its line, and
    the timeline drew its articles on a row with no name."""
    return name.strip() or UNKNOWN_OUTLET


def now() -> datetime:
    return datetime.now(TZ)


def day(value: datetime | None) -> str:
    """dd/mm/yyyy in local time ('—' for none)."""
    return value.astimezone(TZ).strftime("%d/%m/%Y") if value else "—"


def moment(value: datetime | None) -> str:
    """HH:MM dd/mm/yyyy in local time ('—' for none)."""
    return value.astimezone(TZ).strftime("%H:%M %d/%m/%Y") if value else "—"


MARKDOWN = "\\`*_{}[]()<>#+-.!|~$"


def md(text: str, keep: str = "") -> str:
    """Escape Markdown (and so any HTML) in text from articles before st.markdown shows it."""
    special = MARKDOWN.translate({ord(c): None for c in keep})
    return "".join("\\" + ch if ch in special else ch for ch in text or "")


def highlighted(fragment: str) -> str:
    """A store highlight (HTML-escaped text with <mark>) made safe from Markdown too, for unsafe_allow_html."""
    safe = md(fragment, keep="<>#")  # '#' stays for entities such as &#x27;
    return "\\" + safe if safe.startswith("#") else safe


def term_counts(lists: Iterable[Sequence[str]], limit: int = 12) -> list[tuple[str, int]]:
    """The terms of articles' explanations of one decision (one list an article), most articles first: each counts
    the articles whose list holds that very term. The stored strings do not say where a word ends («học» is a word
    of «học sinh» and «năm học»; «thu» of «lạm thu», «thu phí»), so a term never counts the longer phrases that
    hold its syllables: «bị» and «học» would top every list. One term whatever its case («Trường Tiểu học»,
    «trường tiểu học», «DẠY THÊM», and the lowercase terms stored before explanations kept the text's capitals),
    shown as most articles wrote it; tone marks are kept (``fold`` would make «lạm thu» and «lâm thu» one)."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    counts: Counter[str] = Counter()
    for terms in lists:
        keys = {" ".join(nfc(t).lower().split()): t for t in terms}
        keys.pop("", None)
        for key, term in keys.items():
            forms[key][term] += 1
        counts.update(keys.keys())
    ranked = sorted(counts, key=lambda k: (-counts[k], -len(k.split()), k))[:limit]
    return [(forms[k].most_common(1)[0][0], counts[k]) for k in ranked]


@st.cache_data(ttl=60)
def best_snippet(summary: str, text: str) -> str:
    """Of an article's highlighted summary and text fragment, the one that shows more different query words
    (the summary when as many): words as the search matches them («Hòa», «hoà» and «HOA» are one; a marked
    phrase counts its words)."""
    def words(fragment: str) -> int:
        return len({w for m in re.findall(r"<mark>(.*?)</mark>", fragment) for w in WORD.findall(fold(html.unescape(m)))})

    return text if text and words(text) > words(summary) else summary


def vietnamese(frame: pd.DataFrame, percent: tuple[str, ...] = (), decimals: dict[str, int] | None = None) -> Styler:
    """A table whose numbers and times stay numbers and times, so that a click on a column header sorts them
    (9,5 before 10,2; 33% before 100%; 09:00 02/10 after 14:00 01/10), and read as the office writes them: 15,2 ·
    1.234 · 33% · 13:00 01/09/2025. st.dataframe shows a pandas Styler's text in number and date columns that
    have no format of their own in column_config; Streamlit's own number formats cannot write a decimal comma
    (printf and named formats write a point, "localized" follows each browser's language). Whole numbers get no
    decimals, other numbers one unless `decimals` says otherwise; `percent` columns hold shares (0–1)."""
    def missing(v: object) -> bool:
        return v is None or (not isinstance(v, (list, tuple)) and bool(pd.isna(v)))

    def formatter(kind: str, places: int = 0):  # noqa: ANN202 - a cell formatter for Styler.format
        def show(v: object) -> str:
            if missing(v):
                return "—"
            if kind == "percent":
                return f"{float(v):.0%}"  # type: ignore[arg-type]
            if kind == "time":
                return moment(pd.Timestamp(v).to_pydatetime())  # type: ignore[arg-type]
            return number(float(v), places)  # type: ignore[arg-type]
        return show

    decimals = decimals or {}
    formats = {}
    for name, dtype in frame.dtypes.items():
        if name in percent:
            formats[name] = formatter("percent")
        elif pd.api.types.is_bool_dtype(dtype):
            continue
        elif pd.api.types.is_integer_dtype(dtype):
            formats[name] = formatter("number", decimals.get(str(name), 0))
        elif pd.api.types.is_float_dtype(dtype):
            formats[name] = formatter("number", decimals.get(str(name), 1))
        elif pd.api.types.is_datetime64_any_dtype(dtype):
            formats[name] = formatter("time")
    return frame.style.format(na_rep="").format(formats)


TIME_WIDTH = 125  # pixels a table's «13:00 01/09/2025» needs


def table(frame: pd.DataFrame, columns: dict | None = None, percent: tuple[str, ...] = (),
          decimals: dict[str, int] | None = None) -> None:
    """A read-only table the width of the page, numbers and times sortable and written the Vietnamese way (a progress
    column's share as a percent, as its bar says)."""
    columns = dict(columns or {})
    bars = tuple(name for name, c in columns.items() if isinstance(c, dict) and c.get("type_config", {}).get("type") == "progress")
    for name, dtype in frame.dtypes.items():  # sized from the header and first rows, «—» left «08:52 27/11/20» cut
        if pd.api.types.is_datetime64_any_dtype(dtype) and name not in columns:
            columns[name] = st.column_config.DatetimeColumn(str(name), width=max(TIME_WIDTH, 7 * len(str(name)) + 16))
    st.dataframe(vietnamese(frame, percent + bars, decimals), hide_index=True, width="stretch", column_config=columns,
                 placeholder="—")  # a missing time or number: Streamlit would write «None»


def local_time(value: datetime | None) -> datetime | None:
    """A time for a table cell: in local time, so that its column is one of Vietnamese times (None stays None)."""
    return value.astimezone(TZ) if value else None


def issue_href(issue_id: str) -> str:
    """The Vấn đề page of an issue, relative to the page that links to it (every page is one level under the app's
    root), so that behind a reverse proxy's path (https://sgd.example/diemnong/, server.baseUrlPath) it stays under
    that path: a table's link is opened by the browser as written, and '/van_de' went to the proxy's own root."""
    return f"van_de?{urlencode({'id': issue_id})}"


UNNAMED_COLUMN = "Bài không rõ cơ quan"  # beside «Báo», in a table where some articles came with no outlet's name
OUTLET_COLUMNS = {
    "Báo": st.column_config.NumberColumn("Báo", width="small", help="Số cơ quan báo chí có tên đưa tin"),
    UNNAMED_COLUMN: st.column_config.NumberColumn(UNNAMED_COLUMN, help=f"Số bài {UNNAMED}: không tính vào cột «Báo»"),
}


def outlet_cells(outlets: tuple[str, ...], total: int) -> dict[str, int]:
    """A table row's «Báo»: the outlets that have a name, as the alert's «Quy mô» counts them (outlet_counts), and its
    articles no outlet's name came with apart (the detector's count makes each its own outlet); see named_outlets."""
    named, unnamed = outlet_counts(outlets, total)
    return {"Báo": named, UNNAMED_COLUMN: unnamed}


def named_outlets(frame: pd.DataFrame) -> pd.DataFrame:
    """The table without its UNNAMED_COLUMN when every article in it came with an outlet's name."""
    return frame.drop(columns=UNNAMED_COLUMN) if UNNAMED_COLUMN in frame and not frame[UNNAMED_COLUMN].any() else frame


def outlets_said(outlets: tuple[str, ...], total: int, unit: str = "bài") -> str:
    """«3 báo», «3 báo, 2 bài không rõ cơ quan đăng», «2 bài không rõ cơ quan đăng»: an issue's or a signal's outlets
    on a card or a metric, counted as its alert counts them (outlet_counts)."""
    named, unnamed = outlet_counts(outlets, total)
    said = [f"{number(named)} báo"] * bool(named or not unnamed) + [f"{number(unnamed)} {unit} {UNNAMED}"] * bool(unnamed)
    return ", ".join(said)


def issue_table(issues: list[HotIssue], departments: dict[str, str] | None = None) -> tuple[pd.DataFrame, dict]:
    """Hot issues as a table and its column settings: the link to open one, the status and when it was last seen
    come right after the title (of a set width), so that a half-width window shows them without scrolling sideways.
    The score, counts and time are numbers and times (shown by `table` as 15,2 and 13:00 01/09/2025), so that the
    table sorts by them."""
    frame = pd.DataFrame([{
        "Vấn đề": i.title, "Mở": issue_href(i.id), "Trạng thái": STATUS[i.status.value], "Lần cuối": local_time(i.last_seen),
        "Điểm": i.score, "Số bài": len(i.article_ids), **outlet_cells(i.outlets, i.outlets_total),
        "Tiêu cực": i.negative_share, "Hậu Giang": "🏠" if i.local else "",
        **({"Đầu mối": ", ".join(departments.get(d, d) for d in i.lead_departments)} if departments is not None else {}),
    } for i in issues])
    config = {
        "Vấn đề": st.column_config.TextColumn("Vấn đề", width=360),
        "Mở": st.column_config.LinkColumn("Mở", display_text="Xem", width="small"),
        "Điểm": st.column_config.NumberColumn("Điểm", width="small", help="Điểm nóng"),  # no format: the Styler's 15,2
        "Số bài": st.column_config.NumberColumn("Số bài", width="small"),
        **OUTLET_COLUMNS,
        "Tiêu cực": st.column_config.ProgressColumn("Tiêu cực", format="percent", min_value=0, max_value=1, step=0.01,
                                                    width="small"),  # step: whole percents (67%, not 66.67%)
        "Hậu Giang": st.column_config.TextColumn("Hậu Giang", width="small"),
    }
    return named_outlets(frame), config


def latest_time() -> datetime | None:
    page = store().search(SearchQuery(limit=1))
    return page.hits[0].article.published if page.hits else None


def reference_time() -> datetime:
    """'Now' for windows: the newest article's time (the demo may be old), else the clock."""
    return latest_time() or now()


def window_start(days: int) -> datetime:
    """The first instant of the last `days` local days up to the reference time, today so far the last of them: the
    7/30/90-day charts draw whole days, and the counts beside them are of the same days."""
    first = reference_time().astimezone(TZ).date() - timedelta(days=days - 1)
    return datetime.combine(first, time.min, TZ)


@st.cache_data(ttl=60)
def hot_issues(days: int = 14, limit: int = 50, topics: tuple[int, ...] = (), departments: tuple[str, ...] = (),
               assignees: tuple[str, ...] = ()) -> list[HotIssue]:
    """The hottest issues seen in the last days (given any of them, of one of `topics`, led by one of `departments` or
    given to one of `assignees`: Store.list_issues)."""
    since = reference_time() - timedelta(days=days)
    return store().list_issues(since=since, limit=limit, topics=topics, departments=departments, assignees=assignees)


@st.cache_data(ttl=60)
def issue_counts(days: int = 14, topics: tuple[int, ...] = (), departments: tuple[str, ...] = (),
                 assignees: tuple[str, ...] = ()) -> dict[Status, int]:
    """How many issues hot_issues would list with no limit, by status: the counts beside a list of the hottest."""
    since = reference_time() - timedelta(days=days)
    return store().count_issues(since=since, topics=topics, departments=departments, assignees=assignees)


@st.cache_data(ttl=60)
def early_signals() -> list[Signal]:
    """The detector's early signals still inside its surge window (a stopped service leaves old ones behind)."""
    return store().current_signals(float(settings()["detector.surge_hours"]))


def outlook(topics: tuple[int, ...] = ()) -> tuple[Outlook | None, str]:
    """The seasonal outlook from today, on the clock (a stalled crawler must not forecast weeks already past), for
    `topics` (a scope's topic_filter; () every topic), or why data/seasons.yaml (or the home's copy) cannot be read.
    Kept for the day while the store's newest article and the file stay the same: the calendar moves once a day."""
    path = data_file("seasons.yaml")
    stat = path.stat()
    return _outlook(now().date(), topics, latest_time(), (str(path), stat.st_mtime_ns, stat.st_size))


@st.cache_data(ttl=6 * 3600, max_entries=64)
def _outlook(day: date, topics: tuple[int, ...], newest: datetime | None, stamp: tuple) -> tuple[Outlook | None, str]:
    del newest, stamp  # the cache key
    catalogue, _ = catalog()
    try:
        seasons = load_seasons(topics=catalogue)
    except ConfigError as exc:  # the home's seasons.yaml edited by hand: the rest of the page still shows
        return None, str(exc)
    return outlook_of(store(), day, seasons, {t.id: t.department for t in catalogue.values()}, topics=topics), ""


@st.cache_data(ttl=60)
def issue(issue_id: str) -> HotIssue | None:
    return store().get_issue(issue_id)


ISSUE_ARTICLES = 500  # the most articles of an issue read for its page (story_page pages through a bigger story)


@st.cache_data(ttl=60)
def issue_articles(issue_id: str, article_ids: tuple[str, ...], kind: str) -> list[Article]:
    """The articles of an issue, oldest first, at most ISSUE_ARTICLES: a story's newest by story id (what an analyst
    opens a big story for; its oldest 500 left the last days out), a surge's by its article ids."""
    from diemnong.report import named_articles

    found: list[Article] = []
    if kind == "story":
        query = SearchQuery(filters=Filters(story_id=issue_id), sort="newest", limit=ISSUE_ARTICLES)
        found = [h.article for h in reversed(store().search(query).hits)]
    if not found and article_ids:  # a surge's or a signal's stories, by document ids or input ids, as the report counts them
        found = named_articles(store(), article_ids[:ISSUE_ARTICLES], store().get_issue(issue_id) if kind != "signal" else None)
    return found


@st.cache_data(ttl=60)
def story_page(story_id: str, limit: int) -> SearchPage:
    """A story's newest `limit` articles and how many it has in all (Vấn đề's table shows a page, not the whole)."""
    return store().search(SearchQuery(filters=Filters(story_id=story_id), sort="newest", limit=limit, highlight=False))


@st.cache_data(ttl=60)
def story_timeline(story_id: str, step: str) -> pd.DataFrame:
    """A story's articles as the store counts them by outlet × step × tone, all of them (Vấn đề reads 500): a row a
    cell, its first article's time and title (charts.timeline_cells' `count` form; empty if the store has none)."""
    return pd.DataFrame([{"published": c.first_published.astimezone(TZ).replace(tzinfo=None), "source": outlet(c.source),
                          "title": c.first_title, "tone": SENTIMENT.get(c.sentiment, ""), "count": c.count}
                         for c in store().story_timeline(story_id, step)])


def issue_days(issue: HotIssue, found: list[Article]) -> pd.DataFrame:
    """An issue's articles a local day (day, count) for its sparkline: those read, or, for a story cut at the newest
    ISSUE_ARTICLES (which left a big story's first days out), every article as the store counts them (asked only then,
    as Vấn đề asks: not one more query per card on Tổng quan)."""
    if issue.kind == "story" and len(found) >= ISSUE_ARTICLES:
        cells = story_timeline(issue.id, "D")
        if len(cells):
            return cells.assign(day=cells["published"].dt.floor("D")).groupby("day", as_index=False)["count"].sum()
    days = pd.Series(pd.to_datetime([a.published.astimezone(TZ).date() for a in found]), name="day")
    return days.groupby(days).size().rename_axis("day").reset_index(name="count")


@st.cache_data(ttl=60)
def volume(days: int, topics: tuple[int, ...] = (), local: bool | None = None, by_topic: bool = True) -> pd.DataFrame:
    """Articles by day × topic × tone over the last local days (see window_start; an article counts once per topic), 0 on days without; with
    by_topic False, by day × tone, each article once (a share of coverage, a count of articles a day)."""
    since = window_start(days)
    rows = [b.__dict__ for b in store().aggregate(Filters(since=since, topics=topics, local=local), by_topic=by_topic)]
    return volume_frame(rows, since.date(), since.date() + timedelta(days=days - 1), by_topic)


def volume_frame(rows: list[dict], first: date, last: date, by_topic: bool = True) -> pd.DataFrame:
    """Store buckets (day, topic, sentiment, count) as a frame with every day from first to last for every
    topic × tone (or tone, without by_topic) that has articles: a day without articles counts 0 rather than vanishing
    from the charts."""
    keys = ["topic", "sentiment"] if by_topic else ["sentiment"]
    found = pd.DataFrame(rows, columns=["day", "topic", "sentiment", "count"])[["day", *keys, "count"]]
    found["day"] = pd.to_datetime(found["day"])
    grid = found[keys].drop_duplicates().merge(pd.DataFrame({"day": pd.date_range(first, last, freq="D")}), how="cross")
    frame = grid.merge(found, on=["day", *keys], how="left").fillna({"count": 0})
    frame = frame.astype({"count": int}).sort_values(["day", *keys], ignore_index=True)
    if by_topic:  # each topic named once, not once a row: each name reads the catalog's files' times (thousands a page)
        frame["topic_name"] = frame["topic"].map({t: topic_label(t) for t in frame["topic"].unique()})
    frame["tone"] = frame["sentiment"].map(lambda s: SENTIMENT.get(s, s))
    return frame[["day", *keys, "count", *(["topic_name"] if by_topic else []), "tone"]]


@st.cache_data(ttl=30)
def search(text: str, filters: Filters, sort: str, limit: int, cursor: str, total: int | None = None) -> SearchPage:
    """A page of results (`total`: the first page's, which the store then does not count again)."""
    return store().search(SearchQuery(text=text, filters=filters, sort=sort, limit=limit, cursor=cursor, total=total))


@st.cache_data(ttl=30)
def count(filters: Filters, text: str = "") -> int:
    return store().count(filters, text)


@st.cache_data(ttl=600)
def outlets() -> list[str]:
    """Every outlet with articles in the store, most prolific first."""
    return [s for s, _ in Counter(store().source_totals()).most_common()]


@st.cache_data(ttl=60)
def source_counts(days: int) -> dict[str, dict[str, int]]:
    """Articles by outlet and local day over the last `days` local days (window_start), the days Nguồn tin draws: from the
    newest article's time `days` days before, its «Bài 14 ngày» counted part of a fifteenth day that no bar showed."""
    return store().source_counts(window_start(days))


@st.cache_data(ttl=60)
def alerts(issue_id: str) -> list[Alert]:
    return store().list_alerts(issue_id=issue_id)


def service_problem() -> str:
    """Why the service's rounds are failing (several in a row, or none finished for a while), in Vietnamese; '' when
    they go well. Read from the home at each run of a page: the service writes it at each round."""
    return rounds_problem(read_rounds(settings().home), now())


def report_problem() -> str:
    """Why the automatic monthly report could not be made (which month, the error, the next try), in Vietnamese; '' when
    the last attempt succeeded. Read from the home, as service_problem: kept there until then, across restarts."""
    home = settings().home
    rounds = read_rounds(home)  # a service stopped tries again at its start, not at the hour it had set
    return health.report_problem(health.read_report_failure(home), now(), stopped=bool(rounds and rounds.stopped))


@st.cache_data(ttl=60)
def mail_problem() -> str:
    """Why the mail server refuses the service's session (a wrong password…), with the alerts it holds ('' if none)."""
    return reasons.mail_setting_problem(store().list_alerts(state="pending", limit=1_000_000))


@st.cache_data(ttl=60)
def configured_sources() -> list[Source]:
    return load_sources()


def export_hits(text: str, filters: Filters, sort: str, cap: int) -> list[Article]:
    """All results of a search up to cap, walked page by page with the store's cursor (without highlights, which a file
    does not show and which cost three quarters of the walk)."""
    query = SearchQuery(text=text, filters=filters, sort=sort, limit=cap, highlight=False)
    return [h.article for page in store().pages(query) for h in page.hits]


def refresh() -> None:
    """Forget cached queries after a write."""
    st.cache_data.clear()


REPORT_ERRORS = (  # what a report error says (diemnong/report*.py, worded for the command line), in the office's words
    (r"cần LibreOffice", "máy chủ chưa cài LibreOffice, cần để tạo PDF: chọn Word (.docx) hoặc HTML, hoặc nhờ quản trị "
                           "cài gói libreoffice-writer"),
    (r"LibreOffice không chuyển xong .* trong", "LibreOffice chuyển báo cáo sang PDF quá lâu: thử lại sau, hoặc chọn Word "
                                               "(.docx) hoặc HTML"),
    (r"LibreOffice không (?:chuyển|khởi động) được", "LibreOffice không chuyển được báo cáo sang PDF: chọn Word (.docx) hoặc HTML"),
    (r"không ghi được", "không ghi được tệp báo cáo (ổ đĩa đầy hoặc không có quyền ghi vào thư mục reports)"),
)


def describe_report_error(raw: str) -> str:
    """A report that could not be made, in Vietnamese; the raw text stays available beside it."""
    return next((words for pattern, words in REPORT_ERRORS if re.search(pattern, raw)), "lỗi khác (xem chi tiết kỹ thuật)")
