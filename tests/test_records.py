"""diemnong/records.py: reading HTML left in an input line as plain text without damaging real text."""
from __future__ import annotations

import time

import pytest

from diemnong.records import RecordError, plain, texts


def test_angle_brackets_of_plain_text_are_not_taken_for_tags() -> None:
    # «<<…>>» for a title and a comparison were taken for tags and removed, with or without real HTML beside them.
    for text in ["Cuộc thi <<Em yêu khoa học>> năm 2025 thu hút 300 học sinh.", "Nếu a<b và b>c thì a<c.",
                 "Chương trình <<Vui hoc>> phát sóng tối nay."]:
        assert plain(text) == text, text
        assert plain(f"<p>{text}</p>") == text, text
    assert plain('<p class="lead">Học sinh <b>nộp</b> tiền</p><br/><o:p></o:p><IMG SRC=x.jpg>Sở') == "Học sinh nộp tiền\nSở"


def test_only_entities_are_decoded_not_letters_after_an_ampersand() -> None:
    # html.unescape also reads "&GT" (no semicolon) as ">", and did so in the whole text once one entity was in it.
    assert plain("Bộ KH&GTVT &amp; Sở GD&ĐT, R&D, Q&A, AT&T &quot;x&quot;") == 'Bộ KH&GTVT & Sở GD&ĐT, R&D, Q&A, AT&T "x"'
    assert plain("&amp;quot;lạm thu&amp;quot;") == '"lạm thu"'


def test_unclosed_scripts_and_comments_take_linear_time() -> None:
    # "<script>" or "<!--" without their end, thousands of times: each scanned to the end of the text (minutes).
    for unit in ("<script> abc ", "<!-- abc "):
        text = "<p>x</p>" + unit * 40_000
        started = time.perf_counter()
        plain(text)
        assert time.perf_counter() - started < 5, unit
    assert plain("<p>a</p><script>var x = '<b>';</script><style>p{}</style><!-- c --><p>b</p>") == "a\nb"


def test_text_written_decomposed_is_read_in_nfc() -> None:
    # `diemnong ingest` stored an NFD line as written: an outlet listed twice, a title that no NFC comparison matched.
    import unicodedata

    title = "Trường Hậu Giang khen thưởng học sinh giỏi"
    assert plain(unicodedata.normalize("NFD", title)) == title
    assert plain(unicodedata.normalize("NFD", f"<p>{title}</p>")) == title


def test_year_first_dates_and_a_lower_case_z_are_read_as_written() -> None:
    # «2025/09/05 08:00:00» (an exporter's or a spreadsheet's year-first date) was read day first inside it, as
    # 25/09/05: 2005-09-25; «…T01:00:00z» (RFC 3339's lower-case UTC) as 01:00 Vietnamese time, 7 hours early.
    from diemnong.records import read_time

    expected = "2025-09-05T08:00:00+07:00"
    for value in ("2025/09/05 08:00:00", "2025/9/5 8:00", "2025.09.05 08:00", "2025/09/05T01:00:00Z",
                  "2025-09-05T01:00:00z", "2025-09-05t01:00:00.5z"):
        assert read_time(value).replace(microsecond=0).isoformat() == expected, value
    assert read_time("2025/09/05").isoformat() == "2025-09-05T00:00:00+07:00"
    for bad in ("2025/13/05", "2025/09/05 lúc 8h"):
        with pytest.raises(ValueError):
            read_time(bad)


def test_a_time_with_a_misprinted_hour_is_refused_not_read_as_midnight() -> None:
    # «2025-09-10T010:00:00+07:00» (an hour with three digits) was read as 00:00 of that day, by ingest and by the
    # crawler's feed reader: the article went ten hours back, into another day's count, without a word.
    from crawlers.feeds import vietnamese_feed_time
    from diemnong.records import read_time

    for bad in ("2025-09-10T010:00:00+07:00", "2025-09-10T10:000:00+07:00", "2025-09-10 010:00"):
        assert vietnamese_feed_time(bad) is None, bad
        with pytest.raises(ValueError, match="not a time"):
            read_time(bad)
    assert read_time("2025-09-10 10:00").isoformat() == "2025-09-10T10:00:00+07:00"
    assert vietnamese_feed_time("2025-09-10").isoformat() == "2025-09-10T00:00:00+07:00"
    assert vietnamese_feed_time("2025-09-10 08:30:00 GMT+7").isoformat() == "2025-09-10T08:30:00+07:00"


def test_a_day_first_date_with_a_misprinted_hour_is_refused_not_read_as_midnight() -> None:
    # «10/09/2025 010:00» (the page form, day first) was read as 00:00 on 10/09/2025: the clock was written, not read.
    from crawlers.feeds import vietnamese_feed_time
    from diemnong.records import read_time

    for bad in ("10/09/2025 010:00", "Thứ Tư, 10/09/2025 - 010:00"):
        assert vietnamese_feed_time(bad) is None, bad
        with pytest.raises(ValueError, match="not a time"):
            read_time(bad)
    assert read_time("10/09/2025 10:00").isoformat() == "2025-09-10T10:00:00+07:00"
    for date_only in ("Thứ Tư, 10/09/2025 (GMT+7)", "10/09/2025 (GMT+07:00)", "10/09/2025 GMT-0:00"):
        assert read_time(date_only).date().isoformat() == "2025-09-10", date_only


@pytest.mark.parametrize("rec, message", [
    pytest.param({"title": "T", "summary": ["a", 1]}, "'summary' phải là văn bản, không phải một mảng", id="array"),
    pytest.param({"title": "T", "summary": True}, "'summary' phải là văn bản, không phải true", id="bool"),
    pytest.param({"title": "T", "text": {"p": "a"}}, "'text' phải là văn bản, không phải một đối tượng", id="object"),
    pytest.param({"title": ["Tiêu đề"]}, "'title' phải là văn bản, không phải một mảng", id="title-array"),
    pytest.param({"title": None}, "thiếu 'title' (một 'summary' hay 'text' cũng được: câu đầu của nó làm tiêu đề)",
                 id="title-null"),
])
def test_a_field_of_the_wrong_kind_is_named_in_json_s_terms(rec: dict, message: str) -> None:
    with pytest.raises(RecordError) as refused:
        texts(rec)
    assert str(refused.value) == message


@pytest.mark.parametrize("rec, title", [
    pytest.param({"title": "", "text": "<p>TP. HCM: GS. Lê An nói về học phí. Câu sau.</p>\r\n<p>Đoạn hai</p>"},
                 "TP. HCM: GS. Lê An nói về học phí.", id="text-html-abbreviations"),
    pytest.param({"summary": "\n  Thanh tra vào cuộc vụ lạm thu\nđầu năm học"}, "Thanh tra vào cuộc vụ lạm thu", id="lead-only"),
    pytest.param({"title": " ", "sapo": "", "content": "chữ " * 100}, ("chữ " * 49).strip() + "…", id="long-cut-at-a-word"),
    # The crawler's lead rule (sentence_ends), not a splitter of its own: an ellipsis, «v.v.» or «TP.» before a word
    # in lowercase or a name ends no sentence; «TP.HCM.» before a capital does.
    pytest.param({"summary": "Hơn 1.000 học sinh... nghỉ học vì mưa lũ. Câu hai."}, "Hơn 1.000 học sinh... nghỉ học vì mưa lũ.",
                 id="ellipsis-mid-sentence"),
    pytest.param({"summary": "Sách vở, bút v.v. đều tăng giá. Câu hai."}, "Sách vở, bút v.v. đều tăng giá.", id="v.v."),
    pytest.param({"summary": "Học phí tăng ở TP.HCM. Phụ huynh lo lắng."}, "Học phí tăng ở TP.HCM.", id="TP.HCM-ends"),
    pytest.param({"summary": "x" * 300}, "x" * 199 + "…", id="no-space-at-most-200"),
    pytest.param({"title": "\u200b \ufeff", "summary": "Lead một. Hai."}, "Lead một.", id="zero-width-title-is-empty"),
    pytest.param({"title": "", "summary": "\u200b", "text": "Thân bài. Hai."}, "Thân bài.", id="zero-width-lead-is-empty"),
])
def test_a_line_without_a_title_takes_its_lead_s_or_text_s_first_sentence(rec: dict, title: str) -> None:
    """An archive's page whose title the scraper missed (title "", the article in text) is read, not refused: one
    such line refused a whole file, as every line is checked before any is stored."""
    assert texts(rec)[0] == title
    assert len(title) <= 200


def test_a_line_whose_title_lead_and_text_show_nothing_is_refused_naming_what_would_do() -> None:
    with pytest.raises(RecordError) as refused:
        texts({"title": "\u200b", "summary": " \u200c", "text": "\ufeff\n"})
    assert "'summary' hay 'text' cũng được" in str(refused.value)
