"""Vietnamese datelines (crawlers/dates.py): the hour a 12-hour clock means with the part of the day written after
it, a year-less date after an English weekday, and two digits that are no year."""
from __future__ import annotations

import time

import pytest

from crawlers.dates import find_time, parse_any, parse_relative, parse_rfc822
from crawlers.extract import _times_in, extract_article
from crawlers.feeds import vietnamese_feed_time
from tests.conftest import at
from tests.crawl_samples import vnexpress_page

NOW = at("2026-11-27T12:00:00+07:00")  # a Friday

# What a Vietnamese reader means by each hour with each part of the day (and AM/PM, SA/CH as Windows writes them).
CLOCKS = {
    "sáng": {**{h: h for h in range(1, 12)}, 12: 0, 0: 0},
    "trưa": {11: 11, 12: 12, 1: 13, 2: 14},
    "chiều": {12: 12, **{h: h + 12 for h in range(1, 7)}},
    "tối": {h: h + 12 for h in range(6, 12)} | {12: 0},
    "đêm": {9: 21, 10: 22, 11: 23, 12: 0, 0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5},
    "AM": {12: 0, 1: 1, 11: 11}, "PM": {12: 12, 1: 13, 11: 23}, "SA": {12: 0, 9: 9}, "CH": {12: 12, 9: 21},
}
TABLE = [(f"{h} giờ {part}" if part.islower() else f"{h}:00 {part}", f"{hour:02d}:00")
         for part, hours in CLOCKS.items() for h, hour in hours.items()]
TABLE += [("12h đêm", "00:00"), ("12:00 đêm", "00:00"), ("12:30 đêm", "00:30"), ("12h15 tối", "00:15"),
          ("0h30 đêm", "00:30"), ("12:30 AM", "00:30"), ("12:30 PM", "12:30"), ("23 giờ 30 đêm", "23:30"),
          ("14 giờ chiều", "14:00")]


@pytest.mark.parametrize("clock, time", TABLE, ids=[clock for clock, _ in TABLE])
def test_a_twelve_hour_clock_is_the_hour_a_vietnamese_reader_means(clock: str, time: str) -> None:
    # «12 giờ đêm 27/11» was read as noon (12:00), «5 giờ đêm» as 17:00: midnight, then 00:xx of the date written.
    for text in (f"{clock} 27/11/2026", f"27/11/2026 {clock}", f"{clock} ngày 27 tháng 11 năm 2026"):
        found = parse_any(text)
        assert found is not None and found.when == at(f"2026-11-27T{time}:00+07:00") and found.has_time, text


def test_midnight_in_a_dateline_against_the_day() -> None:
    for dateline, expected in (("Hôm qua, 12 giờ đêm", "2026-11-26T00:00:00+07:00"),
                               ("Thứ Sáu, 27/11 12:30 đêm", "2026-11-27T00:30:00+07:00")):
        found = parse_relative(dateline, NOW)
        assert found is not None and found.when == at(expected) and found.has_time, dateline


@pytest.mark.parametrize("dateline, expected", [
    ("Friday, 27/11", "2026-11-27T00:00:00+07:00"),
    ("Fri, 27/11 08:15", "2026-11-27T08:15:00+07:00"),
    ("Fri. 27/11, 08:15", "2026-11-27T08:15:00+07:00"),
    ("Thursday, 27/11", "2025-11-27T00:00:00+07:00"),  # the weekday says which year
    ("Thu 27/11 08:15 PM", "2025-11-27T20:15:00+07:00"),
    ("Friday, 28/11", "2025-11-28T00:00:00+07:00"),  # 28/11/2026 is a Saturday
    ("Saturday, 28/11 08:15", "2026-11-28T08:15:00+07:00"),  # tomorrow: within the day ahead a dateline may be
])
def test_a_year_less_date_after_an_english_weekday_opening_the_dateline_takes_the_year_of_that_weekday(
        dateline: str, expected: str) -> None:
    # None was read (the Vietnamese «Thứ Sáu, 27/11» was).
    found = parse_relative(dateline, NOW)
    assert found is not None and found.when == at(expected) and found.has_time == (":" in dateline)
    ex = extract_article(vnexpress_page(0, date=dateline), "https://bao.example.vn/bai-0.html", now=NOW)
    assert ex.published == at(expected) and ex.time_of_day == (":" in dateline)


@pytest.mark.parametrize("dateline, now, expected", [
    # On New Year's Eve a dateline of 1/1 a few minutes ahead is next year's (a year-less date was read only in this
    # year or the last: a year back, or none where the weekday says next year)
    ("1/1 00:05", "2025-12-31T23:50:00+07:00", "2026-01-01T00:05:00+07:00"),  # was 2025-01-01
    ("Thứ Năm, 1/1", "2025-12-31T23:50:00+07:00", "2026-01-01T00:00:00+07:00"),  # was none
    ("Fri, 1/1 00:05", "2026-12-31T23:50:00+07:00", "2027-01-01T00:05:00+07:00"),  # was none
    ("Thứ Năm, 1/1", "2026-12-31T23:50:00+07:00", "2026-01-01T00:00:00+07:00"),  # 1/1/2027 is a Friday
    ("Thứ Năm, 31/12", "2027-01-01T00:10:00+07:00", "2026-12-31T00:00:00+07:00"),  # last year's, as before
    ("Thứ Sáu, 27/11 08:15", "2026-11-27T12:00:00+07:00", "2026-11-27T08:15:00+07:00"),
    ("28/11 08:15", "2026-11-27T12:00:00+07:00", "2026-11-28T08:15:00+07:00"),  # tomorrow
    ("29/11 08:15", "2026-11-27T12:00:00+07:00", "2025-11-29T08:15:00+07:00"),  # two days ahead: last year's
])
def test_a_year_less_dateline_takes_the_nearest_year_not_over_a_day_ahead(dateline: str, now: str,
                                                                          expected: str) -> None:
    found = parse_relative(dateline, at(now))
    assert found is not None and found.when == at(expected) and found.has_time == (":" in dateline)


@pytest.mark.parametrize("dateline", ["Monday, 27/11", "Mon, 27/11 08:15",  # no nearby year puts 27/11 on a Monday
                                      "Sunday, 29/11",  # 29/11/2026 is two days ahead, 29/11/2025 a Saturday
                                      "Friends, 27/11", "Anh Thu, 27/11 08:15", "Cập nhật Friday, 27/11"])
def test_an_english_weekday_no_year_fits_or_not_opening_the_dateline_gives_no_date(dateline: str) -> None:
    assert parse_relative(dateline, NOW) is None


def test_a_year_less_dateline_with_a_dash_before_its_clock_is_not_a_two_digit_year() -> None:
    # «27/11 - 08:15» was 27/11/2008 at midnight («08» a year): the page was dated 18 years back.
    assert parse_any("27/11 - 08:15") is None and parse_any("Thứ Sáu, 27/11-08h15") is None
    ex = extract_article(vnexpress_page(0, date="Thứ Sáu, 27/11 - 08:15"), "https://bao.example.vn/bai-0.html", now=NOW)
    assert ex.published == at("2026-11-27T08:15:00+07:00") and ex.time_of_day
    for dateline, expected in (("24/12/12 - 11:05", "2012-12-24T11:05:00+07:00"),  # a two-digit year is still one
                               ("Cập nhật thứ hai, ngày 24/12/12 11:05 tối", "2012-12-24T23:05:00+07:00"),
                               ("10:03-27/11/2026", "2026-11-27T10:03:00+07:00"),  # no range of days before these
                               ("8 giờ 15 - 27/11/2026", "2026-11-27T08:15:00+07:00"),
                               ("Thứ 6 - 27/11/2026 08:15", "2026-11-27T08:15:00+07:00"),
                               ("T6 - 27/11/2026 08:15", "2026-11-27T08:15:00+07:00"),
                               ("Thứ 2 - 01/12/2025 03:04 AM", "2025-12-01T03:04:00+07:00")):
        found = parse_any(dateline)
        assert found is not None and found.when == at(expected), dateline


@pytest.mark.parametrize("text, expected", [
    ("Kỳ thi diễn ra từ 15/11-16/11 tại trường", None),  # was 15/11/2016
    ("Từ 27/11-28/11, học sinh nghỉ học", None),  # was 27/11/2028
    ("Trong tháng 11-12/2025, Sở sẽ kiểm tra", None),  # was 11/12/2025
    ("Trong tháng 9 - 10/2025, Sở sẽ kiểm tra", None),  # was 9/10/2025
    ("Bộ số trúng thưởng kỳ này là 01-17-24-25-33-35.", None),  # was 17/1/2024
    ("Xảy ra đêm 10/7. 22h30, công an có mặt", None),  # was 10/7/2022
    ("Từ ngày 31/10- 3/11/2026, đoàn kiểm tra làm việc", "2026-11-03T00:00:00+07:00"),  # was 10/3/2011
    ("Đợt thi từ 1/9-5/9/2025 tại trường", "2025-09-05T00:00:00+07:00"),  # the range's last day, as before
    # The last day of a range of days of one month is a real date, read as the range's last day of other months is:
    # refusing it (so that «18-19/11/2017» stayed unread, as when «19» was taken for a month) also refused a number and
    # a dash before any date («Phiên 2 – 27/11/2026 09:00» was no date at all).
    ("Trong hai ngày 18-19/11/2026, tại Lào Cai", "2026-11-19T00:00:00+07:00"),
    ("Từ ngày 3 - 7/7/2026, trường tổ chức", "2026-07-07T00:00:00+07:00"),
    ("Từ ngày 6 -12/2/2018, trường tổ chức", "2018-02-12T00:00:00+07:00"),  # none was read
    ("Hội thi diễn ra từ ngày 17- 19/5/2017", "2017-05-19T00:00:00+07:00"),  # none
    ("Tuần lễ 6 – 13/5/2017", "2017-05-13T00:00:00+07:00"),  # none
    ("Phiên 2 – 27/11/2026 09:00", "2026-11-27T09:00:00+07:00"),  # none
])
def test_two_digits_going_on_into_a_clock_or_a_date_in_a_sentence_are_no_year(text: str, expected: str | None) -> None:
    found = find_time(text)
    assert (found is None) if expected is None else (found is not None and found.when == at(expected))


def test_a_page_whose_lead_gives_a_range_of_days_is_not_dated_years_back() -> None:
    page = vnexpress_page(0, date="").replace('<p class="description">',
                                              '<p class="description">Kỳ thi diễn ra từ 15/11-16/11 tại trường. ')
    assert extract_article(page, "https://bao.example.vn/bai-0.html", now=NOW).published is None


@pytest.mark.parametrize("text, expected", [
    ("Sáng 27/11/2026 lúc 9:00 Chủ tịch UBND tỉnh đến thăm trường", "09:00"),  # was 21:00 («Ch» read as «CH», PM)
    ("Ngày 27/11/2026 lúc 8:15 cho biết", "08:15"),  # was 20:15
    ("27/11/2026 08:15 CHIA SẺ", "08:15"),  # was 20:15
    ("Sáng 27/11/2026 lúc 8:15 Sau đó", "08:15"),
    ("27/11/2026 8:15 CH", "20:15"), ("27/11/2026 8:15PM", "20:15"), ("08:15 CHIỀU 27/11/2026", "20:15"),
    ("Gửi lúc: 27/11/2026 3:51 PMGửi tới: Ban biên tập", "15:51"),  # a mail's header run together: still PM
    ("27/11/2026 3:51 PMCHIA SẺ", "15:51"),  # run together with a word in capitals: still PM (was 03:51)
    ("27/11/2026 08:15 CHIẾN SỰ", "08:15"), ("27/11/2026 08:15 Chiến sự", "08:15"),  # «CH» starting a word (20:15)
    ("27/11/2026 08:15 CHĐ", "08:15"), ("27/11/2026 08:15 SAI SÓT", "08:15"),
])
def test_am_pm_sa_ch_are_read_as_words_not_as_a_words_first_letters(text: str, expected: str) -> None:
    found = find_time(text)
    assert found is not None and found.when == at(f"2026-11-27T{expected}:00+07:00") and found.has_time


def test_a_share_button_after_the_dateline_does_not_make_its_morning_time_evening() -> None:
    page = vnexpress_page(0, date="27/11/2026 08:15").replace("</span></div>", '</span> <a href="#">Chia sẻ</a></div>', 1)
    ex = extract_article(page, "https://bao.example.vn/bai-0.html", now=at("2026-11-27T22:00:00+07:00"))
    assert ex.published == at("2026-11-27T08:15:00+07:00") and ex.time_of_day  # was 20:15


@pytest.mark.parametrize("text, expected", [
    ("15:30 - Thứ Năm, 27/11/2026", "15:30"), ("08:15 AM Thứ Năm, 27/11/2026", "08:15"),
    ("08:15 | T5, 27/11/2026", "08:15"), ("08:15 Thứ Năm ngày 27 tháng 11 năm 2026", "08:15"),
    ("Lễ khai mạc vào lúc 9h30, thứ Năm, ngày 27/11/2026 tại hội trường", "09:30"),
])
def test_a_weekday_between_the_clock_and_the_date_keeps_the_clock(text: str, expected: str) -> None:
    # The date alone was read (midnight, no time of day), as «08:15 - Thứ Năm, 27/11» without its year was not.
    found = find_time(text)
    assert found is not None and found.when == at(f"2026-11-27T{expected}:00+07:00") and found.has_time


SPACES = [  # a <time datetime="…"> or a feed's pubDate as written: its spaces are not collapsed as an element's text is
    "1:11" + " " * 150,  # CLOCK_THEN_DATE: 13.7 s (each split of the spaces between its optional parts was tried)
    "12 -" + " " * 10_000 + "x",  # parse_rfc822's VN_ZONE «\(?\s*…$» from each space: 8 s
    "12 -" + " " * 100_000 + "x",  # never ended
    "1:11" + " " * 100_000 + "x", "27/11/2026" + " " * 100_000 + "x", "2025-09-05T08:30" + " " * 100_000 + "x",
    "2025/09/05 08:30" + " " * 100_000 + "x", "Thu, 27 Nov 2026 01:15 GMT" + " " * 100_000 + "x",
    "27 Nov 2026 01:15 (a" + " " * 100_000 + "x", "Thứ Sáu," + " " * 100_000 + "27/11", "Hôm qua" + " " * 100_000 + "x",
    "1:11 (" + " " * 100_000 + "x", "1 - " * 25_000 + "27/11/2026", "12/ -" * 20_000,
]


@pytest.mark.timeout(120, method="thread")  # a regex stuck in C ignores signals
@pytest.mark.parametrize("text", SPACES, ids=[f"{t[:12]!r}+{len(t)}" for t in SPACES])
def test_a_date_field_with_long_runs_of_spaces_is_read_in_under_a_second(text: str) -> None:
    for read in (find_time, parse_any, parse_rfc822, vietnamese_feed_time, lambda t: parse_relative(t, NOW),
                 lambda t: list(_times_in(t))):
        start = time.perf_counter()
        read(text)
        assert time.perf_counter() - start < 1, read


@pytest.mark.parametrize("dateline, expected, has_time", [
    ("Hôm kia", "2026-11-25T00:00:00+07:00", False),  # the day before yesterday
    ("Hôm kia, 20:15", "2026-11-25T20:15:00+07:00", True),
    ("Hôm kia lúc 20:15", "2026-11-25T20:15:00+07:00", True),
    ("20:15 hôm kia", "2026-11-25T20:15:00+07:00", True),
    ("2 tuần trước", "2026-11-13T00:00:00+07:00", False),
    ("45 giây trước", "2026-11-27T11:59:15+07:00", True),
    ("1 tháng trước", "2026-10-28T00:00:00+07:00", False),  # a month read as 30 days, the day only
    ("2 giờ 30 phút trước", "2026-11-27T09:30:00+07:00", True),
    ("Cập nhật: 1 ngày 3 giờ trước", "2026-11-26T09:00:00+07:00", True),
    ("1 tuần 2 ngày trước", "2026-11-18T00:00:00+07:00", False),
    ("Vừa xong", "2026-11-27T12:00:00+07:00", True),
    ("Vừa đăng", "2026-11-27T12:00:00+07:00", True),
    ("Mới đây", "2026-11-27T12:00:00+07:00", True),
])
def test_vietnamese_datelines_counting_back_in_other_units_or_just_now(dateline: str, expected: str,
                                                                      has_time: bool) -> None:
    # None of these was read: the crawler dated the article when it first saw it (two days, two weeks, a month late).
    found = parse_relative(dateline, NOW)
    assert found is not None and found.when == at(expected) and found.has_time is has_time, dateline


@pytest.mark.parametrize("text", [
    "2 giờ trước khi thi", "Hôm kia, học sinh nghỉ học", "Vừa xong bài thi", "Mới đây, Bộ GD-ĐT công bố",
    "Thi 2 tuần trước", "2 giờ 30 phút trước khi thi", "1 ngày 3 giờ trước giờ thi", "45 giây trước khi nộp bài",
    "30 phút 2 giờ trước", "2 giờ 2 giờ trước", "Hôm kia, 20:15 học sinh đến trường",
])
def test_the_new_relative_forms_in_a_sentence_are_no_dateline(text: str) -> None:
    assert parse_relative(text, NOW) is None


def test_the_new_relative_forms_in_a_lead_do_not_date_the_article() -> None:
    page = vnexpress_page(0, date="Vừa xong bài thi 2 tuần trước khi nghỉ").replace(
        '<p class="description">', '<p class="description">Hôm kia, ')
    assert extract_article(page, "https://bao.example.vn/bai-0.html", now=NOW).published is None
