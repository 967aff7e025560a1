"""Altair charts with Vietnamese labels and dd/mm/yyyy dates, built from plain data frames."""
from __future__ import annotations

import math

import altair as alt
import pandas as pd

from dashboard.data import SENTIMENT_COLORS

DATE = "%d/%m/%Y"
TONE_SCALE = alt.Scale(domain=list(SENTIMENT_COLORS), range=list(SENTIMENT_COLORS.values()))


# Numbers as the office writes them (Vega's config.locale, which the chart's view applies): an axis of a few articles a
# day read «0.5, 1.0, 1.5» and one of thousands «1,000», the English way.
NUMBERS = {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", " ₫"]}
COUNT_AXIS = alt.Axis(tickMinStep=1)  # articles are whole: a topic of one or two a day had ticks at half an article


def _described(chart: alt.TopLevelMixin, description: str) -> alt.TopLevelMixin:
    """A chart with its name for screen readers and Chromium's accessibility tree (Vega's own: «Vega visualization»), and
    without the English descriptions Vega-Lite makes up for each mark and axis («X-axis titled 'Ngày' for a time scale
    with values from…», «day: Sep 09, 2025; count: 2»): config.aria false leaves them out. Its numbers: NUMBERS."""
    return chart.properties(description=description).configure(aria=False, locale={"number": NUMBERS})


def _weekly(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["week"] = out["day"] - pd.to_timedelta(out["day"].dt.day_of_week, unit="D")
    return out


def topic_volume(frame: pd.DataFrame, top: int = 8) -> alt.Chart:
    """Articles a day by topic (the biggest topics; the rest grouped), stacked areas."""
    totals = frame.groupby("topic_name")["count"].sum().sort_values(ascending=False)
    keep = set(totals.index[:top])
    data = frame.assign(topic_name=frame["topic_name"].where(frame["topic_name"].isin(keep), "Chủ đề khác"))
    data = data.groupby(["day", "topic_name"], as_index=False)["count"].sum()
    order = [t for t in totals.index if t in keep] + ["Chủ đề khác"]
    return _described(alt.Chart(data).mark_area(opacity=0.85).encode(
        x=alt.X("day:T", title="Ngày", axis=alt.Axis(format="%d/%m", labelAngle=0)),
        y=alt.Y("count:Q", stack="zero", title="Số bài", axis=COUNT_AXIS),
        color=alt.Color("topic_name:N", title="Chủ đề", sort=order, scale=alt.Scale(scheme="tableau10"),
                        # one a line: whole names in a 3/5 column (420 px); on a phone, as wide as the plot (it starts
                        # where the plot does), a long name ending in «…» rather than cut in a letter at the chart's edge
                        legend=alt.Legend(orient="bottom", columns=1, labelLimit=alt.ExprRef("min(420, width - 30)"))),
        order=alt.Order("topic_name:N"),
        tooltip=[alt.Tooltip("day:T", title="Ngày", format=DATE), alt.Tooltip("topic_name:N", title="Chủ đề"),
                 alt.Tooltip("count:Q", title="Số bài")],
    ).properties(height=260 + 18 * len(order)), "Biểu đồ số bài mỗi ngày theo chủ đề")  # Streamlit fits the legend inside the height: one line a topic


def tone_bars(frame: pd.DataFrame, weekly: bool = False) -> alt.Chart:
    """Share of negative / neutral / positive coverage per day (or week), stacked to 100%."""
    data = _weekly(frame) if weekly else frame.assign(week=frame["day"])
    data = data.groupby(["week", "tone"], as_index=False)["count"].sum()
    return _described(alt.Chart(data).mark_bar().encode(
        x=alt.X("week:T", title="Tuần bắt đầu" if weekly else "Ngày", axis=alt.Axis(format="%d/%m", labelAngle=0)),
        y=alt.Y("count:Q", stack="normalize", title="Tỷ lệ", axis=alt.Axis(format="%")),
        color=alt.Color("tone:N", title="Sắc thái", scale=TONE_SCALE, legend=alt.Legend(orient="bottom")),
        order=alt.Order("tone_order:Q"),
        tooltip=[alt.Tooltip("week:T", title="Từ ngày", format=DATE), alt.Tooltip("tone:N", title="Sắc thái"),
                 alt.Tooltip("count:Q", title="Số bài")],
    ).transform_calculate(
        tone_order="datum.tone == 'Tiêu cực' ? 0 : datum.tone == 'Trung tính' ? 1 : 2"
    ).properties(height=TONE_HEIGHT), "Biểu đồ tỷ lệ sắc thái bài báo")


TONE_HEIGHT = 300  # Streamlit fits the legend and the axis inside it: at 220 the bars themselves were 60 px high


def topic_week_heatmap(frame: pd.DataFrame) -> alt.Chart:
    """Articles per topic per week as a heat map, with the count written in each cell, a row of set height a topic.
    A window that starts in mid-week leaves that first week out: its few days made a column of near-zeros that read
    as a quiet week (and a thirteenth column under «12 tuần»)."""
    weekly = _weekly(frame)
    if len(weekly) and weekly["day"].min().day_of_week:
        full = weekly[weekly["week"] > weekly["week"].min()]
        weekly = full if len(full) else weekly
    data = weekly.groupby(["week", "topic_name"], as_index=False)["count"].sum()
    data["label"] = data["week"].dt.strftime("%d/%m")
    weeks = [w.strftime("%d/%m") for w in sorted(data["week"].unique())] if len(data) else []
    topics = sorted(data["topic_name"].unique(), key=lambda t: (t == "Ngoài 16 chủ đề", int(t.split(".")[0]) if t[0].isdigit() else 99))
    base = alt.Chart(data).encode(
        x=alt.X("label:O", title="Tuần bắt đầu", sort=weeks, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("topic_name:N", title=None, sort=topics, axis=alt.Axis(labelLimit=320, labelOverlap=False)),
    )
    cells = base.mark_rect(stroke="white", strokeWidth=1).encode(
        color=alt.Color("count:Q", title="Số bài", scale=alt.Scale(scheme="orangered")),
        tooltip=[alt.Tooltip("week:T", title="Tuần từ", format=DATE), alt.Tooltip("topic_name:N", title="Chủ đề"),
                 alt.Tooltip("count:Q", title="Số bài")],
    )
    half = float(data["count"].max()) / 2 if len(data) else 0.0
    text = base.mark_text(fontSize=11).encode(
        text="count:Q", color=alt.condition(alt.datum.count > half, alt.value("white"), alt.value("#333")))
    return _described((cells + text).properties(height=alt.Step(24)), "Bản đồ nhiệt số bài theo chủ đề và tuần")  # five topics in a fixed 160 px were 12 px strips


LOCAL_SERIES = {"Tất cả bài": "#d9d9d9", "Bài về Hậu Giang": "#ff7f0e"}


def local_trend(frame: pd.DataFrame, local: pd.DataFrame) -> alt.Chart:
    """All coverage a day as grey bars, Hậu Giang coverage as an orange line (and orange points) on top, with a legend
    that says which is which."""
    all_, mine_ = LOCAL_SERIES
    total = frame.groupby("day", as_index=False)["count"].sum().assign(kind=all_)
    mine = total[["day"]].merge(local.groupby("day", as_index=False)["count"].sum(), how="left")
    mine = mine.fillna({"count": 0}).assign(kind=mine_)  # 0 on days with coverage but none local
    x = alt.X("day:T", title="Ngày", axis=alt.Axis(format="%d/%m", labelAngle=0))
    colour = alt.Color("kind:N", title=None, scale=alt.Scale(domain=list(LOCAL_SERIES), range=list(LOCAL_SERIES.values())),
                       legend=alt.Legend(orient="top"))
    bars = alt.Chart(total).mark_bar().encode(
        x=x, y=alt.Y("count:Q", title="Số bài", axis=COUNT_AXIS), color=colour,
        tooltip=[alt.Tooltip("day:T", title="Ngày", format=DATE), alt.Tooltip("count:Q", title=all_)])
    line = alt.Chart(mine).mark_line(point=True, strokeWidth=3).encode(
        x=x, y="count:Q", color=colour,
        tooltip=[alt.Tooltip("day:T", title="Ngày", format=DATE), alt.Tooltip("count:Q", title=mine_)])
    return _described((bars + line).properties(height=260), "Biểu đồ số bài mỗi ngày, bài về Hậu Giang")  # the legend's line comes out of it


def sparkline(articles: pd.DataFrame) -> alt.Chart:
    """A small daily count line of an issue's articles (column 'day'; or so many articles a day, with a column 'count'),
    0 on the days between without any."""
    counts = articles.groupby("day")["count"].sum() if "count" in articles else articles.groupby("day").size()
    days = pd.date_range(counts.index.min(), counts.index.max(), freq="D")
    data = counts.reindex(days, fill_value=0).rename_axis("day").reset_index(name="count")
    return _described(alt.Chart(data).mark_area(line={"color": "#d62728"}, color="#f4b6b6").encode(
        x=alt.X("day:T", axis=None), y=alt.Y("count:Q", axis=None),
        tooltip=[alt.Tooltip("day:T", title="Ngày", format=DATE), alt.Tooltip("count:Q", title="Số bài")],
    ).properties(height=60), "Biểu đồ số bài mỗi ngày của vấn đề")


TIMELINE_OUTLETS = 25  # outlets with a row of their own on an issue's timeline; the others share one
TIMELINE_POINTS = 200  # at most this many points, if a coarser time step allows
TIMELINE_READ = 5 * TIMELINE_POINTS  # the most outlet × step cells a story's timeline reads from the store (read_step)
TIMELINE_STEPS = (("h", "Giờ", "Giờ (mỗi điểm: một giờ)", "%H:00 " + DATE),
                  ("6h", "6 giờ từ", "Thời điểm (mỗi điểm: 6 giờ)", "%H:00 " + DATE),
                  ("D", "Ngày", "Ngày (mỗi điểm: một ngày)", DATE),
                  ("W", "Tuần từ", "Tuần (mỗi điểm: một tuần)", DATE))  # pandas' step, the tooltip's name and time, the axis
STEP_LENGTH = {"h": pd.Timedelta(hours=1), "6h": pd.Timedelta(hours=6), "D": pd.Timedelta(days=1), "W": pd.Timedelta(weeks=1)}


def _floor(times: pd.Series, step: str) -> pd.Series:
    return times.dt.floor("D") - pd.to_timedelta(times.dt.day_of_week, unit="D") if step == "W" else times.dt.floor(step)


def read_step(span: pd.Timedelta, articles: int, outlets: int) -> str:
    """The finest step at which a story of so many articles and outlets over that span has at most TIMELINE_READ
    outlet × step cells, however they fall: the store counts the story by it, and timeline_cells draws it or a coarser one
    (hourly cells of a 2,000-article story were 2,000 rows to read for a chart of at most 200 points)."""
    for step, *_ in TIMELINE_STEPS:
        if min(articles, outlets * (math.ceil(span / STEP_LENGTH[step]) + 1)) <= TIMELINE_READ:
            return step
    return "W"


def timeline_cells(articles: pd.DataFrame, finest: str = "h") -> tuple[pd.DataFrame, tuple[str, str, str, str]]:
    """An issue's articles (published, source, title, tone; or, with a column `count`, so many articles of a cell whose
    first is published then: what the store counts a story by at the step `finest`) counted by outlet × hour, or by the
    first coarser step (6 hours, a day, a week) that makes at most TIMELINE_POINTS cells: a point a cell, however many
    articles (a 500-article issue sent 500 dots). The outlets after the TIMELINE_OUTLETS busiest share a row. A cell
    takes its most common tone (a tie: the more negative) and keeps each tone's count and its first title."""
    frame = articles if "count" in articles else articles.assign(count=1)
    sizes = frame.groupby("source")["count"].sum().sort_values(ascending=False, kind="stable")  # a tie: by name, however read
    others = sizes.index[TIMELINE_OUTLETS:]
    frame = frame.assign(source=frame["source"].where(~frame["source"].isin(others), f"Các báo khác ({len(others)} báo)"))
    for step in TIMELINE_STEPS[[s[0] for s in TIMELINE_STEPS].index(finest):]:
        frame = frame.assign(at=_floor(frame["published"], step[0]))
        if len(frame[["source", "at"]].drop_duplicates()) <= TIMELINE_POINTS:
            break
    frame = frame.sort_values("published", kind="stable")
    tones = pd.crosstab([frame["source"], frame["at"]], frame["tone"], values=frame["count"], aggfunc="sum").fillna(0).astype(int)
    tones = tones[sorted(tones.columns, key=lambda t: list(SENTIMENT_COLORS).index(t) if t in SENTIMENT_COLORS else 9)]
    cells = frame.groupby(["source", "at"]).agg(count=("count", "sum"), title=("title", "first"))
    cells["tone"] = tones.idxmax(axis=1)
    cells["tones"] = [", ".join(f"{n} {t.lower()}" for t, n in row.items() if n) for _, row in tones.iterrows()]
    return cells.reset_index(), step


# Under the chart, the two keys side by side, each in a row, as on a computer; where the plot is narrower (a phone's,
# ~200 px after the outlets' names) they ran ~450 px past its edge («Tích cực», the sizes): there one entry a line.
# `width` is the plot's, from the container's width Streamlit gives the chart.
KEY_COLUMNS = alt.ExprRef("width < 480 ? 1 : 0")


def size_key(most: int) -> list[int]:
    """The size key's values: articles a point can have (up to `most`, the busiest cell's), whose circles differ: every
    one up to 3; past that 1, half and the most (1 and 2 of 500 were the same dot)."""
    return list(range(1, most + 1)) if most <= 3 else sorted({1, (most + 1) // 2, most})


def timeline(articles: pd.DataFrame, finest: str = "h") -> alt.Chart:
    """An issue's articles (or a story's counts: timeline_cells) as points: when (x, by hour or a coarser step), which
    outlet (y), how many (size), their tone (colour)."""
    cells, (step, when, axis, moment) = timeline_cells(articles, finest)
    most = int(cells["count"].max())
    return _described(alt.Chart(cells).mark_circle(opacity=0.85).encode(
        x=alt.X("at:T", title=axis, axis=alt.Axis(format="%H:%M %d/%m" if "h" in step else "%d/%m", labelAngle=0)),
        y=alt.Y("source:N", title="Cơ quan báo chí", sort=alt.EncodingSortField("at", op="min"),
                axis=alt.Axis(labelOverlap=False, labelLimit=240)),
        size=alt.Size("count:Q", title="Số bài", scale=alt.Scale(domain=[1, max(4, most)], range=[100, 900]),
                      legend=alt.Legend(orient="bottom", columns=KEY_COLUMNS, format="d", values=size_key(most))),
        color=alt.Color("tone:N", title="Sắc thái", scale=TONE_SCALE, legend=alt.Legend(orient="bottom", columns=KEY_COLUMNS)),
        tooltip=[alt.Tooltip("at:T", title=when, format=moment), alt.Tooltip("source:N", title="Báo"),
                 alt.Tooltip("count:Q", title="Số bài"), alt.Tooltip("tones:N", title="Sắc thái"),
                 alt.Tooltip("title:N", title="Bài đầu tiên")],
    ).properties(height=alt.Step(28)), "Diễn biến: số bài của vấn đề theo thời gian và cơ quan báo chí")  # a row per outlet, every name shown (the legend comes on top of this)


def outlet_days(counts: pd.DataFrame) -> alt.Chart:
    """Articles per outlet per day as a heat map (source health at a glance): one cell a day, every outlet named."""
    return _described(alt.Chart(counts).mark_rect(stroke="white", strokeWidth=1).encode(
        x=alt.X("yearmonthdate(day):O", title="Ngày", axis=alt.Axis(format="%d/%m", formatType="time", labelAngle=0)),
        y=alt.Y("source:N", title=None, axis=alt.Axis(labelLimit=240, labelOverlap=False)),
        color=alt.Color("count:Q", title="Số bài", scale=alt.Scale(scheme="blues")),
        tooltip=[alt.Tooltip("day:T", title="Ngày", format=DATE), alt.Tooltip("source:N", title="Nguồn"),
                 alt.Tooltip("count:Q", title="Số bài")],
    ).properties(height=alt.Step(24)), "Bản đồ nhiệt số bài theo nguồn và ngày")  # 24 px an outlet, whatever the legend and axis take
