"""An article the analysis failed on is stored unanalysed (diemnong.pipeline: no topics, tone or locality): it falls
out of every topic and tone filter, so wherever it is listed it says «chưa phân tích» where its topics and tone go —
Tra cứu's rows, Vấn đề's articles table, the CSV and Excel exports — rather than an empty cell read as «none»."""
from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from dashboard.export import COLUMNS
from store.sqlite import SQLiteStore
from tests.dashboard.conftest import open_app
from tests.dashboard.test_pages import deferred_files, the_issue

TITLE = "Trường ở Kbang thu quỹ lớp trái quy định"
MARK = "chưa phân tích"


@pytest.fixture
def unanalysed(home):
    """One article of the «lạm thu» story stored again as the pipeline stores one its analysis failed on."""
    issue = the_issue(home)
    with SQLiteStore(home / "diemnong.sqlite3") as store:
        article = next(a for a in store.iter_articles() if a.story_id == issue.id)
        store.upsert_articles([article.with_(title=TITLE, segmented="", classification=None)])
    return issue


def test_search_rows_and_exports_say_an_unanalysed_article_is_not_analysed(unanalysed, monkeypatch) -> None:
    files = deferred_files(monkeypatch)
    at = open_app("views/tra_cuu.py")
    at.text_input(key="tc_text").input("Kbang").run()
    titles = [i for i, m in enumerate(at.markdown) if "thu quỹ lớp trái quy định**" in m.value]  # «Kbang» highlighted
    assert titles, [m.value for m in at.markdown]
    assert MARK in at.markdown[titles[0] + 1].value  # the row's line of date, outlet, topics and tone
    at.text_input(key="tc_text").input("lạm thu").run()
    assert sum(MARK in m.value for m in at.markdown) <= 1, "the analysed rows say their topics and tone"

    rows = list(csv.DictReader(io.StringIO(files["csv"]().decode("utf-8-sig"))))
    [row] = [r for r in rows if r["Tiêu đề"] == TITLE]
    assert (row["Chủ đề"], row["Sắc thái"], row["Hậu Giang"]) == (MARK, MARK, MARK)
    assert all(MARK not in (r["Sắc thái"], r["Chủ đề"]) for r in rows if r["Tiêu đề"] != TITLE)
    sheet = openpyxl.load_workbook(io.BytesIO(files["xlsx"]())).active
    cells = {c: i for i, c in enumerate(COLUMNS)}
    [line] = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[cells["Tiêu đề"]] == TITLE]
    assert (line[cells["Chủ đề"]], line[cells["Sắc thái"]]) == (MARK, MARK)


def test_the_issue_s_articles_table_says_an_unanalysed_article_is_not_analysed(unanalysed) -> None:
    at = open_app("views/van_de.py", id=unanalysed.id)
    [table] = [d.value for d in at.dataframe if "Sắc thái" in d.value.columns]
    tones = dict(zip(table["Tiêu đề"], table["Sắc thái"]))
    assert tones[TITLE] == MARK
    assert all(t != MARK and t for title, t in tones.items() if title != TITLE), tones
