"""What an office analyst saw wrong on the dashboard (a bug hunt on a real store): counts, filters, exports."""
from __future__ import annotations

import json
from datetime import timedelta

import pandas as pd
import pyarrow as pa

from store import Filters, SearchQuery
from store.sqlite import SQLiteStore
from tests.dashboard.conftest import open_app


def heat_map(at) -> pd.DataFrame:  # noqa: ANN001 - an AppTest
    """The data of the page's first chart, as Streamlit sent it."""
    chart = at.get("vega_lite_chart")[0]
    spec, data = json.loads(chart.proto.spec), {d.name: d.data.data for d in chart.proto.datasets}
    return pa.ipc.open_stream(data[spec["data"]["name"]]).read_pandas()


def test_the_sources_page_counts_the_14_local_days_its_heat_map_draws(home) -> None:
    """«Bài 14 ngày» counted from the newest article's time 14 days before: part of a fifteenth day no cell of the heat map
    (nor any bar of the table) showed, 51 articles beside a map of 49."""
    with SQLiteStore(home / "diemnong.sqlite3") as store:
        newest = store.search(SearchQuery(limit=1)).hits[0].article.published
        first = newest.replace(hour=0, minute=0) - timedelta(days=13)
        whole, more = store.count(Filters(since=first)), store.count(Filters(since=newest - timedelta(days=14)))
    assert more > whole, "the template has articles on the fifteenth day back, after the newest one's hour"
    at = open_app("views/nguon_tin.py")
    drawn = heat_map(at)
    assert drawn["day"].min() == pd.Timestamp(first.date()) and drawn["count"].sum() == whole
    assert {m.label: m.value for m in at.metric}["Bài 14 ngày"] == str(whole)
