"""The fast segmentation decoder gives exactly underthesea's word_tokenize output (nlp/segment.py)."""
from __future__ import annotations

import itertools
import json
import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from underthesea import word_tokenize

import nlp.segment as seg
from nlp.segment import CrfSegmenter, read_crfsuite, segment, segmenter

SHARED = Path(os.environ.get("DIEMNONG_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))

LINES = [
    "Phụ huynh bức xúc vì lạm thu đầu năm học 2025-2026 tại Trường THCS Vị Thanh",
    "Bộ GD&ĐT: 1.065.000 thí sinh đăng ký thi tốt nghiệp THPT, tăng 2,5% so với năm trước",
    "Hoà bình, thuỷ lợi, hòa thuận", unicodedata.normalize("NFD", "Hòa Bình – Đắk Lắk, giáo dục"),
    "A", "học", "học sinh", "HỌC SINH TIỂU HỌC", "Xem thêm tại https://vnexpress.net/giao-duc-123.html hoặc email a@b.vn",
    "Số 2147483647, 2147483648, -12, +5, 007 và 3x4 v.v... 25°C ==> kết thúc", "COVID-19 và iPhone 17 Pro Max ở TP.HCM",
    "“Trích dẫn” (ngoặc) [vuông] {nhọn} — gạch … ba chấm!!! ???", "ǅemal ßtraße ΣΑΣ Ολυμπία 😀 ①②", "   khoảng   trắng   ",
]


@pytest.fixture(scope="module")
def decoder() -> CrfSegmenter:
    import underthesea

    return CrfSegmenter(Path(underthesea.__file__).parent / seg.MODEL_DIR)


def test_the_service_uses_the_fast_decoder_with_underthesea_installed() -> None:
    assert getattr(segmenter(), "__self__", None).__class__ is CrfSegmenter


@pytest.mark.parametrize("line", LINES)
def test_each_line_is_segmented_as_word_tokenize_does(decoder: CrfSegmenter, line: str) -> None:
    assert decoder.segment_line(line) == word_tokenize(line, format="text")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["giáo", "dục", "học", "sinh", "Hậu", "Giang", "trường", "thi", "tốt", "nghiệp", "lạm",
                                 "thu", "Sở", "GD&ĐT", "2025", "12,5%", ",", ".", "-", "(", ")", "\"", "TP.HCM", "x", "Ñ", "ok"]),
                min_size=0, max_size=40))
def test_random_word_sequences_are_segmented_as_word_tokenize_does(decoder: CrfSegmenter, words: list[str]) -> None:
    line = " ".join(words)
    assert decoder.segment_line(line) == word_tokenize(line, format="text")


def test_a_full_cache_restarts_and_decisions_do_not_change(decoder: CrfSegmenter, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(seg, "CACHE_LIMIT", 5)
    for width in decoder.cache:
        decoder.cache[width].clear()
    for line in LINES:
        assert decoder.segment_line(line) == word_tokenize(line, format="text")
        assert all(len(c) <= 5 for c in decoder.cache.values())


def test_segment_keeps_lines_and_drops_blank_ones() -> None:
    assert segment("Học sinh Hậu Giang\n\n  \nlạm thu") == "Học_sinh Hậu_Giang\nlạm_thu"


def test_a_file_that_is_not_a_crfsuite_model_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "models.bin"
    bad.write_bytes(b"\x00" * 64)
    with pytest.raises(ValueError, match="not a CRFsuite"):
        read_crfsuite(bad)
    with pytest.raises(OSError):
        CrfSegmenter(tmp_path / "missing")


@pytest.mark.skipif(not (SHARED / "news").is_dir(), reason=f"shared news data not found at {SHARED}")
def test_real_news_is_segmented_as_word_tokenize_does(decoder: CrfSegmenter) -> None:
    sources = [SHARED / "news" / "baomoi_education.jsonl", SHARED / "news" / "baomoi_other_topics.jsonl",
               SHARED / "vntc-10topics-sample" / "test_full_sample.jsonl"]
    lines = []
    for path in sources:
        for rec in itertools.islice(map(json.loads, path.open(encoding="utf-8")), 150):
            text = rec.get("text") or f"{rec.get('title', '')}\n{rec.get('summary', '')}"
            lines += [ln for ln in text.split("\n") if ln.strip()]
    assert len(lines) > 600
    assert [decoder.segment_line(ln) for ln in lines] == [word_tokenize(ln, format="text") for ln in lines]


def test_a_missing_or_changed_model_falls_back_to_word_tokenize(monkeypatch: pytest.MonkeyPatch,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(seg, "MODEL_DIR", Path("no") / "such" / "model")
    segmenter.cache_clear()
    try:
        with caplog.at_level("WARNING", logger="nlp.segment"):
            assert segmenter() is seg.word_tokenize_line
            assert segment(LINES[0]) == word_tokenize(LINES[0], format="text")
        assert "không đọc được mô hình tách từ của underthesea như dự kiến, tách từ bằng word_tokenize" in caplog.text
    finally:
        segmenter.cache_clear()
