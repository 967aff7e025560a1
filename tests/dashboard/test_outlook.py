"""Tổng quan's «Sắp tới» block: the moments of data/seasons.yaml (or the home's edited copy) in the four weeks from
today on the clock, with what the store holds of the same weeks a year earlier, only where it watched them, and only
of the user's own topics."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from dashboard import data
from diemnong.domain import TZ
from store.sqlite import SQLiteStore
from tests.conftest import at, make_article
from tests.dashboard.conftest import END, open_app, texts

HEADING = "🗓️ Sắp tới (dự báo theo mùa)"


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Today is the demo's last day (20/09/2025) unless a test says otherwise."""
    monkeypatch.setattr(data, "now", lambda: END)


def seed_2024(home, fetched: str | None) -> None:
    """Three articles on lạm thu of 10/09/2024, taken by the store at `fetched` (None: no time of taking, as an
    archive line the store was never said to have read then)."""
    store = SQLiteStore(home / "diemnong.sqlite3")
    store.upsert_articles([make_article(900 + i, f"Phụ huynh bức xúc vì lạm thu đầu năm {i}", "2024-09-10T08:00:00+07:00",
                                        topics=(8,), sentiment="negative" if i < 2 else "neutral",
                                        fetched=at(fetched) if fetched else None) for i in range(3)])
    store.close()


def test_the_overview_shows_the_moments_of_the_coming_weeks_below_what_is_hot(home) -> None:
    seed_2024(home, "2024-07-01T08:00:00+07:00")  # the store watched from July 2024: its same weeks are real numbers
    at_ = open_app("views/tong_quan.py")
    subheaders = [s.value for s in at_.subheader]
    assert HEADING in subheaders
    assert subheaders.index(HEADING) > subheaders.index(next(s for s in subheaders if s.startswith("📡 Tín hiệu sớm")))
    page = texts(at_)
    assert "**Tựu trường, khai giảng và các khoản thu đầu năm học** · đang diễn ra, 01/08–31/10" in page
    assert "Phòng Kế hoạch – Tài chính" in page and "cùng kỳ năm 2024: 3 bài, 2 tiêu cực" in page
    assert "Mùa mưa bão" in page and "cùng kỳ năm 2024: 0 bài, 0 tiêu cực" in page  # watched, none on topics 5, 10
    assert "Ngày Nhà giáo" not in page  # 01/11: more than four weeks after 20/09


def test_a_year_the_store_did_not_watch_is_no_calm_year(home) -> None:
    seed_2024(home, None)  # 2024 articles, but the store took its first article on 20/09/2025
    page = texts(open_app("views/tong_quan.py"))
    assert "cùng kỳ các năm trước: chưa có số liệu" in page
    assert "cùng kỳ năm 2024" not in page


def test_a_year_the_store_began_within_says_so(home) -> None:
    seed_2024(home, "2024-09-10T06:00:00+07:00")  # 23:00 UTC on 09/09; within 01/08–31/10/2024: no numbers
    page = texts(open_app("views/tong_quan.py")).replace("\\", "")  # markdown's escapes
    assert "cùng kỳ năm 2024: chưa theo dõi đủ (kho có bài từ ngày 10/09/2024)" in page
    assert "3 bài" not in page


def test_the_outlook_runs_on_the_clock_not_on_the_newest_article(home, monkeypatch) -> None:
    monkeypatch.setattr(data, "now", lambda: datetime(2025, 11, 5, 9, tzinfo=TZ))  # the crawler stalled on 20/09
    page = texts(open_app("views/tong_quan.py"))
    assert "**Ngày Nhà giáo Việt Nam 20/11** · đang diễn ra, 01/11–25/11" in page
    assert "Sách giáo khoa" not in page


def test_a_department_sees_only_its_own_topics_moments_and_issues(home) -> None:
    store = SQLiteStore(home / "diemnong.sqlite3")
    store.upsert_articles([make_article(950 + i, f"Chuyện trường tiểu học {i}", "2024-09-10T08:00:00+07:00", topics=(2,),
                                        sentiment="negative", fetched=at("2024-07-01T08:00:00+07:00")) for i in range(4)])
    some = store.list_issues(limit=1)[0]
    store.save_issue(replace(some, id="secret-issue", title="BÍ MẬT CỦA PHÒNG TIỂU HỌC", topics=(2,),
                             first_seen=datetime(2024, 9, 10, 9, tzinfo=TZ), last_seen=datetime(2024, 9, 12, tzinfo=TZ)))
    store.close()
    assert "BÍ MẬT CỦA PHÒNG TIỂU HỌC" in texts(open_app("views/tong_quan.py"))  # the analyst's: every topic
    page = texts(open_app("views/tong_quan.py", user="mamnon"))  # Phòng Mầm non leads topic 1 only
    assert "Tựu trường" in page and "cùng kỳ năm 2024: 0 bài, 0 tiêu cực" in page  # of topic 1, not the 4 of topic 2
    assert "BÍ MẬT CỦA PHÒNG TIỂU HỌC" not in page


def test_a_department_with_no_moment_of_its_own_is_told_so(home) -> None:
    (home / "seasons.yaml").write_text(
        'seasons:\n  - {name: Hội khỏe Phù Đổng của tỉnh, start: "15/09", end: "30/09", topics: [10], prepare: Lịch.}\n',
        encoding="utf-8")
    page = texts(open_app("views/tong_quan.py", user="mamnon"))
    assert "Không có thời điểm nào thuộc chủ đề của đơn vị rơi vào 4 tuần tới." in page
    assert "Hội khỏe Phù Đổng" not in page


def test_a_department_sees_the_moments_of_its_topics_and_the_homes_copy_is_read(home) -> None:
    (home / "seasons.yaml").write_text(
        'seasons:\n  - {name: Hội khỏe Phù Đổng của tỉnh, start: "15/09", end: "30/09", topics: [10], prepare: Lịch thi đấu.}\n'
        '  - {name: Thu quỹ lớp, start: "01/10", end: "10/10", topics: [8], prepare: Nhắc các trường.}\n', encoding="utf-8")
    page = texts(open_app("views/tong_quan.py", user="khtc"))  # Phòng KH-TC leads topic 8
    assert "Thu quỹ lớp" in page and "từ 01/10 đến 10/10" in page
    assert "cùng kỳ các năm trước: chưa có số liệu" in page  # the store starts in August 2025
    assert "Hội khỏe Phù Đổng" not in page and "Tựu trường" not in page


def test_a_broken_copy_is_said_and_the_rest_of_the_page_shows(home) -> None:
    (home / "seasons.yaml").write_text('seasons:\n  - {name: X, start: "31/02", end: "10/03", topics: [5], prepare: Y}\n',
                                       encoding="utf-8")
    at_ = open_app("views/tong_quan.py")
    said = " ".join(w.value.replace("\\", "") for w in at_.warning)
    assert "Chưa đọc được danh mục thời điểm" in said and "seasons.yaml:2: seasons.0.start" in said
    assert "Bản đồ nhiệt chủ đề × tuần (12 tuần)" in [s.value for s in at_.subheader]
