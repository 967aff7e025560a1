"""The seasonal outlook: data/seasons.yaml validated at load, the forecast on hand-made histories (a window across the
new year, 29/02, none), its evidence read from a real SQLite store, and the report's section «DỰ BÁO TÌNH HÌNH THỜI
GIAN TỚI»."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from diemnong.config import ConfigError, Season, load_seasons
from dataclasses import replace
from datetime import datetime, timedelta

from diemnong.domain import TZ
from diemnong.outlook import NO_HISTORY, Past, forecast, outlook_of, read_history, upcoming, windows
from diemnong.backup import home_files
from diemnong.report import Span, write_report
from store import Filters
from store.sqlite import SQLiteStore
from tests.conftest import ROOT, at, make_article
from tests.report_data import fill
from tests.test_report import env_settings

LEADS = {t: f"dv-{t}" for t in range(1, 17)}
EXAMS = Season("Kiểm tra cuối học kỳ I", (12, 15), (1, 15), (2, 3), "Nắm lịch kiểm tra.")
TEACHERS = Season("Ngày Nhà giáo Việt Nam 20/11", (11, 1), (11, 25), (4,), "Khen thưởng nhà giáo.")
LEAP = Season("Ngày cuối tháng 2", (2, 29), (3, 10), (5,), "Nước sạch.")


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "seasons.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_shipped_seasons_load_and_name_known_topics():
    seasons = load_seasons()
    assert len(seasons) >= 10 and all(s.topics and s.prepare for s in seasons)
    assert any(s.end < s.start for s in seasons)  # one crosses the new year


@pytest.mark.parametrize(("entry", "line", "field", "words"), [
    ('    topics: [4, 17]', 6, "seasons.0.topics", "không có chủ đề mã 17"),
    ('    topics: []', 6, "seasons.0.topics", "không được để trống"),
    ('    start: "31/02"', 4, "seasons.0.start", "cần ngày dạng DD/MM"),
    ('    start: 11-20', 4, "seasons.0.start", "cần ngày dạng DD/MM"),
    ('    colour: red', 7, "seasons.0.colour", "không có trường này"),
    ('    topics: [4, 8, 4]', 6, "seasons.0.topics", "chủ đề mã 4 ghi hai lần"),
    ('    start: 1', 4, "seasons.0.start", 'cần ngày dạng DD/MM trong ngoặc kép, ví dụ "20/11" (đã nhập \'1\')'),
    ('    start: 2025-11-20', 4, "seasons.0.start", 'cần ngày dạng DD/MM trong ngoặc kép, ví dụ "20/11" (đã nhập \'2025-11-20\')'),
])
def test_a_bad_entry_is_refused_naming_file_line_and_field(tmp_path, entry, line, field, words):
    lines = ["seasons:", "  - name: Ngày Nhà giáo", "    prepare: Khen thưởng", '    start: "01/11"', '    end: "25/11"',
             "    topics: [4]"]
    key = entry.split(":")[0]
    lines = [entry if x.split(":")[0] == key else x for x in lines] + ([entry] if key not in "".join(lines) else [])
    path = write(tmp_path, "\n".join(lines) + "\n")
    with pytest.raises(ConfigError) as err:
        load_seasons(path)
    assert str(err.value).startswith(f"{path}:{line}: {field}: ") and words in str(err.value)


def test_two_moments_of_one_name_are_refused(tmp_path):
    path = write(tmp_path, 'seasons:\n  - {name: Ngày Nhà giáo, start: "01/11", end: "25/11", topics: [4], prepare: A}\n'
                           '  - {name: ngày nhà giáo, start: "10/11", end: "20/11", topics: [8], prepare: B}\n')
    with pytest.raises(ConfigError, match=f"^{path}:3: seasons.1.name: đã có thời điểm tên «ngày nhà giáo»"):
        load_seasons(path)


def test_29_february_is_a_day_of_the_year(tmp_path):
    path = write(tmp_path, 'seasons:\n  - {name: Cuối tháng 2, start: "29/02", end: "10/03", topics: [5], prepare: Nước}\n')
    assert load_seasons(path)[0].start == (2, 29)


def test_a_window_across_the_new_year_is_under_way_on_both_sides():
    december, january = upcoming(date(2026, 12, 20), [EXAMS]), upcoming(date(2027, 1, 10), [EXAMS])
    assert [(o.first, o.last) for o in december] == [(date(2026, 12, 15), date(2027, 1, 15))]
    assert [(o.first, o.last) for o in january] == [(date(2026, 12, 15), date(2027, 1, 15))]
    assert upcoming(date(2027, 1, 16), [EXAMS]) == []
    assert [o.first for o in upcoming(date(2026, 11, 20), [EXAMS])] == [date(2026, 12, 15)]  # starts in 25 days


def past(articles: int, negative: int, issues: tuple = ()) -> Past:
    return Past(articles=articles, tones={"negative": negative}, issues=issues)


def test_evidence_of_earlier_years_across_the_new_year():
    day = date(2027, 1, 5)
    history = {(date(2025, 12, 15), date(2026, 1, 15), (2, 3)): past(41, 12, (("Lộ đề kiểm tra", (3,)), ("Đề sai", (2,)))),
               (date(2024, 12, 15), date(2025, 1, 15), (2, 3)): past(7, 1)}
    assert set(history) <= set(windows(day, [EXAMS]))  # the windows the caller reads are the ones used
    moment, = forecast(day, [EXAMS], history, LEADS).moments
    assert moment.under_way and moment.departments == ("dv-2", "dv-3")
    assert moment.history == ("cùng kỳ năm 2025: 41 bài, 12 tiêu cực, 2 vấn đề nóng: “Lộ đề kiểm tra”; “Đề sai”; "
                              "cùng kỳ năm 2024: 7 bài, 1 tiêu cực")


def test_29_february_in_a_year_without_one():
    day = date(2025, 2, 20)  # 2025 has no 29/02: the window opens on 28/02; a year earlier (2024) on 29/02
    moment, = forecast(day, [LEAP], {(date(2024, 2, 29), date(2024, 3, 10), (5,)): past(3, 0)}, LEADS).moments
    assert (moment.first, moment.under_way) == (date(2025, 2, 28), False)
    assert moment.history == "cùng kỳ năm 2024: 3 bài, 0 tiêu cực"
    assert (date(2024, 2, 29), date(2024, 3, 10), (5,)) in windows(day, [LEAP])
    assert (date(2023, 2, 28), date(2023, 3, 10), (5,)) in windows(day, [LEAP])


def test_no_history_is_said_plainly():
    empty = Past("chưa có số liệu")
    day = date(2026, 11, 1)
    outlook = forecast(day, [TEACHERS], {w: empty for w in windows(day, [TEACHERS])}, LEADS)
    assert outlook.moments[0].history == NO_HISTORY == "cùng kỳ các năm trước: chưa có số liệu"
    assert forecast(day, [TEACHERS], {}, LEADS).moments[0].history == NO_HISTORY
    assert forecast(date(2026, 6, 1), [TEACHERS], {}, LEADS).moments == ()


def test_topics_hot_in_the_same_weeks_that_no_moment_names():
    day = date(2026, 11, 1)
    weeks = (date(2025, 11, 1), date(2025, 11, 28), ())
    outlook = forecast(day, [TEACHERS], {weeks: past(9, 2, (("Thầy giáo bị đánh", (4,)), ("Ngộ độc bếp ăn", (10, 4))))}, LEADS)
    assert outlook.also_hot == ((10, 2025, "Ngộ độc bếp ăn"),)  # topic 4 is the moment's own


def test_a_moment_names_no_issue_again_among_the_topics_also_hot():
    day = date(2026, 11, 1)
    fee = ("Lạm thu quỹ lớp dịp 20/11", (4, 6))  # counted under the moment (topic 4) and hot in the weeks (topic 6)
    history = {(date(2025, 11, 1), date(2025, 11, 25), (4,)): past(9, 2, (fee,)),
               (date(2025, 11, 1), date(2025, 11, 28), ()): past(0, 0, (fee, ("Ngộ độc bếp ăn", (10, 11))))}
    outlook = forecast(day, [TEACHERS], history, LEADS)
    assert "Lạm thu quỹ lớp" in outlook.moments[0].history
    assert outlook.also_hot == ((10, 2025, "Ngộ độc bếp ăn"),)  # and that one once, though it has two topics


def test_a_department_sees_only_its_topics_moments_counts_and_issues():
    day = date(2026, 12, 20)  # EXAMS (topics 2, 3) under way, TEACHERS not
    both = Season("Thi và thu", (12, 15), (1, 15), (2, 8), "X.")
    history = {(date(2025, 12, 15), date(2026, 1, 15), (8,)): past(4, 1, (("Thu sai", (8,)),)),
               (date(2025, 12, 15), date(2026, 1, 15), (2, 8)): past(40, 9, (("Đề lộ", (2,)),)),
               (date(2025, 12, 20), date(2026, 1, 16), (8,)): past(0, 0, (("Quỹ lớp", (8, 2)),))}
    outlook = forecast(day, [EXAMS, both], history, LEADS, topics=(8,))
    moment, = outlook.moments
    assert (moment.season.name, moment.season.topics, moment.departments) == ("Thi và thu", (8,), ("dv-8",))
    assert moment.history == "cùng kỳ năm 2025: 4 bài, 1 tiêu cực, 1 vấn đề nóng: “Thu sai”"
    assert outlook.also_hot == ()  # «Quỹ lớp»'s other topic (2) is not this department's
    assert set(history) - {(date(2025, 12, 15), date(2026, 1, 15), (2, 8))} <= \
        set(windows(day, [replace(both, topics=(8,))], topics=(8,)))  # the moment's window of all topics: never read


@pytest.fixture
def filled(tmp_path):
    store = SQLiteStore(tmp_path / "home" / "diemnong.sqlite3")
    fill(store)  # August–October 2025
    yield store, tmp_path / "home"
    store.close()


SCHOOL_YEAR = Season("Tựu trường, khai giảng và các khoản thu đầu năm học", (8, 1), (10, 31), (8, 5, 1, 2), "Công khai.")


def watched_from_july(store: SQLiteStore) -> None:
    """The store took an article on 01/07/2025: the same weeks of 2025 from August on were watched throughout."""
    store.upsert_articles([make_article(700, "Bài đầu tiên kho nhận", "2025-07-01T08:00:00+07:00", topics=(15,),
                                        fetched=at("2025-07-01T08:05:00+07:00"))])


def test_evidence_equals_the_stores_articles_of_an_earlier_year(filled):
    store, _ = filled
    watched_from_july(store)
    day = date(2026, 9, 1)
    moment, = forecast(day, [SCHOOL_YEAR], read_history(store, day, [SCHOOL_YEAR]), LEADS).moments
    first, last = at("2025-08-01T00:00:00+07:00"), at("2025-11-01T00:00:00+07:00")
    mine = [a for a in store.iter_articles(Filters())
            if first <= a.published < last and set(a.classification.topics) & {8, 5, 1, 2}]  # counted here, not by the store
    issues = [i for i in store.list_issues(limit=100) if first <= i.first_seen < last and set(i.topics) & {8, 5, 1, 2}]
    negative = sum(a.classification.sentiment == "negative" for a in mine)
    assert (len(mine), negative, len(issues)) == (13, 5, 2)
    evidence, = moment.evidence
    assert (evidence.year, evidence.past.articles, evidence.past.tones["negative"], len(evidence.past.issues)) == \
        (2025, len(mine), negative, len(issues))
    assert moment.history.startswith(f"cùng kỳ năm 2025: {len(mine)} bài, {negative} tiêu cực, 2 vấn đề nóng: “")


def test_a_year_the_store_began_within_gives_no_numbers(filled):
    store, _ = filled  # the first article taken on 03/08/2025: of 01/08–31/10/2025, not the first two days
    day = date(2026, 9, 1)
    moment, = outlook_of(store, day, [SCHOOL_YEAR], LEADS).moments
    assert moment.history == "cùng kỳ năm 2025: chưa theo dõi đủ (kho có bài từ ngày 03/08/2025)"
    assert moment.brief == moment.history and not moment.covered


def test_a_stray_old_article_is_no_history(tmp_path):
    store = SQLiteStore(tmp_path / "x.sqlite3")  # this year's crawl, and a 2025 page a feed listed again in 2026
    taken = at("2026-08-10T08:00:00+07:00")
    store.upsert_articles([make_article(i, f"Tin {i}", f"2026-08-{10 + i}T08:00:00+07:00", topics=(8,),
                                        sentiment="negative", fetched=taken) for i in range(5)])
    store.upsert_articles([make_article(99, "Bài cũ về học phí", "2025-09-15T08:00:00+07:00", topics=(3,), fetched=taken)])
    outlook = outlook_of(store, date(2026, 9, 1), [SCHOOL_YEAR], LEADS)
    assert outlook.moments[0].history == NO_HISTORY
    store.close()


def test_every_issue_of_a_window_is_counted_past_a_page(filled):
    store, _ = filled
    watched_from_july(store)
    some = store.list_issues(limit=1)[0]
    for n in range(230):  # more than one list_issues page of 200
        store.save_issue(replace(some, id=f"extra-{n}", title=f"Vấn đề {n}", topics=(8,), score=1.0,
                                 first_seen=datetime(2025, 9, 2, 8, tzinfo=TZ) + timedelta(minutes=n),
                                 last_seen=datetime(2025, 9, 3, tzinfo=TZ)))
    moment, = outlook_of(store, date(2026, 9, 1), [SCHOOL_YEAR], LEADS).moments
    assert len(moment.evidence[0].past.issues) == 232


def test_the_report_holds_the_outlook_before_the_proposals(filled):
    store, home = filled
    watched_from_july(store)
    path = write_report(env_settings(home), store, "2026-08", "docx", None, None, now=at("2026-09-10T08:00:00+07:00"))
    paragraphs = [p.text for p in Document(str(path)).paragraphs]
    headings = [p.text for p in Document(str(path)).paragraphs if p.style.name == "Heading 1"]
    assert headings[-2:] == ["V. DỰ BÁO TÌNH HÌNH THỜI GIAN TỚI", "VI. ĐỀ XUẤT, KIẾN NGHỊ"]
    section = paragraphs[paragraphs.index(headings[-2]) + 1:paragraphs.index(headings[-1])]
    text = "\n".join(section)
    assert "Theo lịch năm học và số liệu cùng kỳ các năm trước, trong tháng 9/2026 dư luận thường quan tâm" in text
    assert "Tựu trường, khai giảng và các khoản thu đầu năm học (đang diễn ra, 01/08–31/10)" in text
    assert "Cùng kỳ năm 2025: 13 bài, 5 tiêu cực, 2 vấn đề nóng: “Phụ huynh phản ánh lạm thu ở trường Vị Tân”" in text
    assert "Phòng Kế hoạch – Tài chính" in text and "Chuẩn bị: Công khai các khoản thu" in text
    assert "Ngày Nhà giáo" not in text  # 01/11: after September


def section_of(path: Path) -> tuple[list[str], str]:
    paragraphs = [p.text for p in Document(str(path)).paragraphs]
    headings = [p.text for p in Document(str(path)).paragraphs if p.style.name == "Heading 1"]
    return headings, "\n".join(paragraphs[paragraphs.index(headings[-2]) + 1:paragraphs.index(headings[-1])])


def test_a_period_report_looks_at_the_weeks_after_its_end(filled):
    store, home = filled
    span = Span.of_days(date(2026, 8, 1), date(2026, 8, 20))
    path = write_report(env_settings(home), store, span, "docx", None, None, now=at("2026-09-10T08:00:00+07:00"))
    headings, text = section_of(path)
    assert headings[-2:] == ["V. DỰ BÁO TÌNH HÌNH THỜI GIAN TỚI", "VI. ĐỀ XUẤT, KIẾN NGHỊ"]
    assert "trong các tuần tới (từ ngày 21/08/2026 đến ngày 17/09/2026) dư luận thường quan tâm" in text
    assert "(đang diễn ra, 01/08–31/10)" in text and \
        "Cùng kỳ năm 2025: chưa theo dõi đủ (kho có bài từ ngày 03/08/2025)" in text  # the store began on 03/08/2025
    assert "Mùa mưa bão, triều cường, sạt lở ở Đồng bằng sông Cửu Long (từ 01/09 đến 30/11)" in text
    assert "Sách giáo khoa cho năm học mới (đang diễn ra, 01/07–31/08)" in text


def test_the_report_does_not_claim_earlier_years_when_the_store_has_none(tmp_path):
    home = tmp_path / "home"
    store = SQLiteStore(home / "diemnong.sqlite3")
    taken = at("2026-08-01T08:00:00+07:00")
    store.upsert_articles([make_article(i, f"Tin {i}", f"2026-08-{10 + i}T08:00:00+07:00", topics=(8,), fetched=taken)
                           for i in range(5)])
    path = write_report(env_settings(home), store, "2026-08", "docx", None, None, now=at("2026-09-10T08:00:00+07:00"))
    store.close()
    _, text = section_of(path)
    assert text.startswith("Theo lịch năm học, trong tháng 9/2026 dư luận thường quan tâm")
    assert "Cùng kỳ các năm trước: chưa có số liệu." in text and "0 bài" not in text


def test_a_broken_seasons_file_is_said_in_the_report_which_is_still_written(filled, monkeypatch):
    store, home = filled
    (home / "seasons.yaml").write_text('seasons:\n  - {name: X, start: "01/09", end: "10/09", topics: [99], prepare: Y}\n',
                                       encoding="utf-8")
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    path = write_report(env_settings(home), store, "2026-08", "docx", None, None, now=at("2026-09-10T08:00:00+07:00"))
    headings, text = section_of(path)
    assert headings[-1] == "VI. ĐỀ XUẤT, KIẾN NGHỊ"
    assert text.startswith(f"Chưa lập được dự báo theo mùa: {home / 'seasons.yaml'}:2: seasons.0.topics: không có chủ đề mã 99")


def test_the_homes_seasons_file_is_backed_up_and_checked(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "seasons.yaml").write_text('seasons:\n  - {name: X, start: "30/02", end: "10/03", topics: [5], prepare: Y}\n',
                                       encoding="utf-8")
    assert ("home/seasons.yaml" in [name for _, name in home_files(home)])
    env = {**os.environ, "DIEMNONG_HOME": str(home)}
    out = subprocess.run([sys.executable, "-m", "diemnong", "check"], env=env, capture_output=True, text=True, timeout=120,
                         cwd=ROOT).stdout
    assert (f"  thời điểm trong năm học (dự báo theo mùa): LỖI: {home / 'seasons.yaml'}:2: seasons.0.start: cần ngày dạng "
            "DD/MM, ví dụ 20/11 (đã nhập '30/02')") in out.splitlines()
