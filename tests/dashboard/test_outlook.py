"""Tổng quan's «Sắp tới» block: the moments of data/seasons.yaml (or the home's edited copy) in the next four weeks, with
what the store holds of the same weeks a year earlier."""
from __future__ import annotations

from store.sqlite import SQLiteStore
from tests.conftest import make_article
from tests.dashboard.conftest import open_app, texts

HEADING = "🗓️ Sắp tới (dự báo theo mùa)"


def test_the_overview_shows_the_moments_of_the_coming_weeks_below_what_is_hot(home) -> None:
    store = SQLiteStore(home / "diemnong.sqlite3")  # a year before the demo's 20/09/2025: the same weeks of 2024
    store.upsert_articles([make_article(900 + i, f"Phụ huynh bức xúc vì lạm thu đầu năm {i}", "2024-09-10T08:00:00+07:00",
                                        topics=(8,), sentiment="negative" if i < 2 else "neutral") for i in range(3)])
    store.close()
    at = open_app("views/tong_quan.py")
    subheaders = [s.value for s in at.subheader]
    assert HEADING in subheaders
    assert subheaders.index(HEADING) > subheaders.index(next(s for s in subheaders if s.startswith("📡 Tín hiệu sớm")))
    page = texts(at)
    assert "**Tựu trường, khai giảng và các khoản thu đầu năm học** · đang diễn ra, 01/08–31/10" in page
    assert "Phòng Kế hoạch – Tài chính" in page and "cùng kỳ năm 2024: 3 bài, 2 tiêu cực" in page
    assert "Mùa mưa bão" in page and "cùng kỳ năm 2024: 0 bài, 0 tiêu cực" in page  # the store holds 2024, none on 5, 10
    assert "Ngày Nhà giáo" not in page  # 01/11: more than four weeks after 20/09


def test_a_department_sees_the_moments_of_its_topics_and_the_homes_copy_is_read(home) -> None:
    (home / "seasons.yaml").write_text(
        'seasons:\n  - {name: Hội khỏe Phù Đổng của tỉnh, start: "15/09", end: "30/09", topics: [10], prepare: Lịch thi đấu.}\n'
        '  - {name: Thu quỹ lớp, start: "01/10", end: "10/10", topics: [8], prepare: Nhắc các trường.}\n', encoding="utf-8")
    page = texts(open_app("views/tong_quan.py", user="khtc"))  # Phòng KH-TC leads topic 8
    assert "Thu quỹ lớp" in page and "từ 01/10 đến 10/10" in page
    assert "chưa có dữ liệu cùng kỳ năm trước" in page  # the store starts in August 2025
    assert "Hội khỏe Phù Đổng" not in page and "Tựu trường" not in page


def test_a_broken_copy_is_said_and_the_rest_of_the_page_shows(home) -> None:
    (home / "seasons.yaml").write_text('seasons:\n  - {name: X, start: "31/02", end: "10/03", topics: [5], prepare: Y}\n',
                                       encoding="utf-8")
    at = open_app("views/tong_quan.py")
    said = " ".join(w.value.replace("\\", "") for w in at.warning)
    assert "Chưa đọc được danh mục thời điểm" in said and "seasons.yaml:2: seasons.0.start" in said
    assert "Bản đồ nhiệt chủ đề × tuần (12 tuần)" in [s.value for s in at.subheader]
