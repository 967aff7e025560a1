"""The terms behind each decision, as an analyst reads them: whole words of the text, merged into phrases."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from nlp.analysis import classify_segmented
from nlp.bundle import Bundle
from nlp.explain import FUNCTION, read, readable
from nlp.locality import mask_places
from nlp.normalize import tidy
from nlp.segment import segment

# Headlines and leads written for these tests, each with a word the models split into pieces before.
STORIES = [
    ("Phụ huynh bức xúc vì lạm thu đầu năm học ở Vị Thanh",
     "Nhiều phụ huynh phản ánh trường thu thêm các khoản ngoài quy định khi con vào lớp một."),
    ("Dạy thêm học thêm theo Thông tư 29 khiến phụ huynh băn khoăn",
     "Từ năm học này, giáo viên không được dạy thêm có thu tiền với học sinh đang dạy trên lớp."),
    ("Trường mầm non thu tiền sai quy định, hiệu trưởng bị kỷ luật",
     "Thanh tra kết luận trường đã lạm thu hơn 200 triệu đồng của phụ huynh trong hai năm học."),
    ("Học sinh Hậu Giang đoạt giải nhất cuộc thi khoa học kỹ thuật toàn quốc",
     "Em Nguyễn Văn An, lớp 11 Trường THPT chuyên, giành giải nhất với đề tài xử lý nước thải."),
    ("Sở Giáo dục yêu cầu chấn chỉnh tình trạng lạm thu trong các trường học",
     "Các trường phải công khai các khoản thu và trả lại tiền đã thu sai cho phụ huynh."),
]


def _segmented(title: str, lead: str) -> str:
    return "\n".join(segment(tidy(p)) for p in (title, lead))


def _word_runs(segmented: str) -> list[list[str]]:
    """The words the models read, lowercased, in runs that punctuation, line breaks and dropped place names cut."""
    runs: list[list[str]] = []
    for line in mask_places(segmented, gap=" \x00 ").split("\n"):
        run: list[str] = []
        for tok in line.split():
            if tok == "\x00" or not re.search(r"\w", tok):
                runs.append(run)
                run = []
            else:
                run.append(tok.strip("_").lower())
        runs.append(run)
    return [r for r in runs if r]


def _whole_words(term: str, runs: list[list[str]]) -> list[list[str]]:
    """Each run of whole words of the text that reads as `term` (the words, underscored)."""
    want = term.lower().split()
    found = []
    for run in runs:
        for i in range(len(run)):
            for j in range(i + 1, len(run) + 1):
                if " ".join(run[i:j]).replace("_", " ").split() == want:
                    found.append(run[i:j])
    return found


def _pushed(bundle: Bundle, segmented: str, column: int, contrast: list[int]) -> set[str]:
    """The features that pushed a model's score up in a text, as words ('lạm thu')."""
    idx, val = bundle.features(segmented)
    w = bundle.weights[idx, column] - (bundle.weights[idx][:, contrast].mean(axis=1) if contrast else 0)
    return {bundle.names[int(j)][2:].replace("_", " ") for j, c in zip(idx, val * w) if c > 0}


@pytest.mark.parametrize("story", STORIES, ids=lambda s: s[0][:30])
def test_each_shown_term_is_whole_words_that_pushed_the_decision(shipped: Bundle, story: tuple[str, str]) -> None:
    head = _segmented(*story)
    c = classify_segmented(head, "", shipped)
    runs = _word_runs(head)
    tone = 17 + ("negative", "neutral", "positive").index(c.sentiment)
    for key, terms in c.explanations.items():
        column, contrast = (tone, [k for k in (17, 18, 19) if k != tone]) if key == "sentiment" else (int(key[6:]), [])
        pushed = _pushed(shipped, head, column, contrast)
        assert terms and len(terms) <= 5, (key, terms)
        for term in terms:
            spans = _whole_words(term, runs)
            assert spans, f"{term!r} ({key}) is not whole words of the text"
            assert not all(set(s) <= FUNCTION for s in spans), f"{term!r} ({key}) is function words alone"
            assert not any(term != o and f" {term.lower()} " in f" {o.lower()} " for o in terms), (key, terms)
            assert any(f" {p} " in f" {term.lower()} " for p in pushed), f"{term!r} ({key}) holds no feature that pushed"


def test_lam_thu_is_still_shown_and_pieces_are_not(shipped: Bundle) -> None:
    c = classify_segmented(_segmented(*STORIES[0]), "", shipped)
    assert 8 in c.topics and c.sentiment == "negative"
    for key in ("topic:8", "sentiment"):
        assert any("lạm thu" in t.lower() for t in c.explanations[key]), c.explanations
        assert not {"bức", "vì", "lạm thu đầu", "vì lạm thu"} & {t.lower() for t in c.explanations[key]}, c.explanations
    taught = classify_segmented(_segmented(*STORIES[1]), "", shipped)
    shown = {t.lower() for ts in taught.explanations.values() for t in ts}
    assert any("dạy thêm" in t for t in shown) and not {"thêm học", "thêm theo", "theo"} & shown, taught.explanations


def test_overlapping_features_make_one_phrase_as_written_strongest_first() -> None:
    text = read("Phụ_huynh bức_xúc vì lạm_thu đầu năm_học")
    ranked = [("s:bức", 3.0), ("w:phụ_huynh", 2.0), ("w:vì", 1.8), ("w:vì lạm_thu", 1.6), ("w:lạm_thu đầu", 1.5),
              ("s:lạm thu", 1.2), ("w:đầu năm_học", 1.0), ("s:thu đầu", 0.9)]
    # «bức» is part of «bức xúc», «thu đầu» straddles two words, «vì» is a function word alone; the rest overlap.
    assert readable(ranked, text) == ["phụ huynh", "lạm thu đầu năm học"]
    # a function word is trimmed from a phrase's ends only when what is left still holds a feature that pushed:
    # «lạm thu» alone did not push here, «vì lạm thu» did
    assert readable([("w:vì lạm_thu", 1.0)], text) == ["vì lạm thu"]
    assert readable([("w:vì lạm_thu", 1.0), ("w:lạm_thu", 0.5)], text) == ["lạm thu"]


def test_a_capital_that_only_starts_a_sentence_is_not_shown() -> None:
    text = read("Học_phí tăng ở Hà_Nội\nSở GD&ĐT : Học_phí Hà_Nội giữ nguyên , Sở cho biết")
    ranked = [("w:học_phí", 2.0), ("w:hà_nội", 1.5), ("w:sở", 1.0)]
    assert readable(ranked, text) == ["học phí", "Hà Nội", "Sở"]  # «Sở» is written so in mid-sentence: a name
    assert readable([("w:nhiều", 1.0), ("w:trường học", 0.5)], read("Trường học vùng lũ")) == ["trường học"]


def test_no_phrase_across_punctuation_lines_or_a_dropped_place_name() -> None:
    text = read("Trường học ngập , học_sinh nghỉ\nPhụ_huynh lo", "xã Vĩnh_Thuận_Đông , TP Cần_Thơ có 30 học_sinh", 250)
    assert readable([("w:ngập học_sinh", 2.0), ("w:nghỉ phụ_huynh", 1.5), ("w:xã tp", 1.2)], text) == []
    assert readable([("w:tp có", 1.0), ("w:học_sinh", 0.5)], text) == ["học sinh"]  # «TP có» is across the name


def test_the_body_is_read_only_as_far_as_the_models_read_it() -> None:
    text = read("Tin giáo_dục", "một hai ba lạm_thu", 3)
    assert readable([("w:lạm_thu", 1.0), ("w:giáo_dục", 0.5)], text) == ["giáo dục"]


def test_real_headlines_show_no_piece_of_a_word(shipped: Bundle, shared_data: Path) -> None:
    """Over real education headlines and leads, no shown term cuts a word of the segmentation."""
    lines = (shared_data / "news" / "baomoi_education.jsonl").read_text(encoding="utf-8").splitlines()[:300]
    shown = fragments = 0
    for line in lines:
        item = json.loads(line)
        head = _segmented(item["title"], item.get("summary", ""))
        runs = _word_runs(head)
        for terms in classify_segmented(head, "", shipped).explanations.values():
            shown += len(terms)
            fragments += sum(not _whole_words(t, runs) for t in terms)
    assert shown > 1000 and fragments == 0, f"{fragments} of {shown} shown terms cut a word"



def test_trimming_never_leaves_a_word_that_did_not_push() -> None:
    # «các trường» pushed; «trường» alone pushed against (it is not among the features that pushed)
    text = read("Hà_Nội nghiêm_cấm các trường tự_ý tuyển_sinh")
    assert readable([("w:các trường", 0.3), ("w:tuyển_sinh", 0.2)], text) == ["các trường", "tuyển sinh"]


def test_numbers_alone_and_the_outlets_tag_are_not_shown() -> None:
    text = read("Học_phí năm 2018 tăng", "GD&TĐ - Học_phí tăng 1.500 đồng")
    ranked = [("w:2018", 3.0), ("w:1.500", 2.5), ("w:gd&tđ", 2.0), ("w:học_phí", 1.0), ("w:năm 2018", 0.5)]
    assert readable(ranked, text) == ["học phí", "năm 2018"]  # a number inside a phrase stays
    bracketed = read("Tin", "( Dân_trí ) - Sáng nay học_sinh nghỉ")
    assert readable([("w:dân_trí", 2.0), ("w:sáng nay", 1.0)], bracketed) == ["sáng nay"]
    person = read("Tin", "Ông Nguyễn_Văn_A - hiệu_trưởng")  # a name before a dash is the news, not a tag
    assert readable([("w:nguyễn_văn_a", 1.0)], person) == ["Nguyễn Văn A"]


def test_a_capital_after_an_opening_mark_or_in_a_headline_in_capitals_is_not_shown() -> None:
    text = read("Tin", "Cô nói : “ Học_sinh nghỉ ” – Lạm_thu tràn_lan")
    assert readable([("w:học_sinh", 2.0), ("w:lạm_thu", 1.0)], text) == ["học sinh", "lạm thu"]
    assert readable([("w:dạy thêm", 1.0)], read("CẤM DẠY THÊM TRÀN_LAN")) == ["dạy thêm"]
    assert readable([("w:giúp học_sinh", 1.0)], read("Tin", "GD&TĐ - Giúp học_sinh")) == ["giúp học sinh"]
    assert readable([("w:trường", 1.0)], read("Trường nghỉ học , trường khác học")) == ["trường"]


@pytest.mark.parametrize("head, lead, word", [
    ("Sáng nay học_sinh nghỉ", "", "sáng"),
    ("Vụ học_sinh bị đánh", "", "vụ"),
    ("Tin", "GD&TĐ - Phó hiệu_trưởng bị kỷ_luật", "phó"),
    ("Tin", "( Dân_trí ) - Hàng trăm giáo_viên bị nợ lương", "hàng"),
    ("Tin", "Cô nói : “ Anh ấy không đến ”", "anh"),
])
def test_a_common_word_alone_at_a_sentence_s_start_is_shown_in_lowercase(head: str, lead: str, word: str) -> None:
    """A word alone at the start of the headline or the lead, or after an outlet's tag or an opening mark, kept its
    capital («Sáng», «Vụ», «Phó», «Hàng», «Anh») unless the text also wrote it in lowercase."""
    assert readable([(f"w:{word}", 1.0)], read(head, lead, 250)) == [word]


def test_a_word_alone_keeps_its_capital_when_the_text_writes_it_so_in_mid_sentence() -> None:
    text = read("Huế mưa lớn", "Nhiều trường ở Huế cho học_sinh nghỉ", 250)
    assert readable([("w:huế", 1.0)], text) == ["Huế"]


def test_a_short_headline_in_capitals_is_shown_in_lowercase() -> None:
    """«DẠY THÊM» (7 letters) was too short to be told a line in capitals; one abbreviation alone still is not one."""
    assert readable([("w:dạy thêm", 1.0)], read("DẠY THÊM")) == ["dạy thêm"]
    assert readable([("w:ubnd", 1.0)], read("UBND", "UBND huyện họp", 250)) == ["UBND"]


def test_a_merged_phrase_is_at_most_six_syllables_and_holds_the_strongest_feature() -> None:
    text = read("hiệu_trưởng trường tiểu_học xã an bị kỷ_luật vì lạm_thu")
    ranked = [("w:lạm_thu", 3.0), ("w:vì lạm_thu", 2.0), ("w:kỷ_luật vì", 1.0), ("w:bị kỷ_luật", 0.9),
              ("w:an bị", 0.8), ("w:xã an", 0.7), ("w:tiểu_học xã", 0.6), ("w:trường tiểu_học", 0.5)]
    shown = readable(ranked, text)
    assert shown == ["bị kỷ luật vì lạm thu"]  # the window of the most weight that holds «lạm thu»


def test_a_tone_word_is_shown_with_the_pair_that_holds_it() -> None:
    text = read("Học_sinh bị đánh , trường không đạt chuẩn")
    assert readable([("w:bị", 2.0), ("w:bị đánh", 0.4), ("w:không", 1.0)], text) == ["bị đánh", "không"]
    assert readable([("w:bị", 1.0)], read("Bị đánh vì đi học muộn")) == ["bị"]  # no pair pushed: the word, as mid-sentence


def test_a_tone_word_is_shown_with_the_pair_it_starts_before_the_one_it_ends() -> None:
    """A tone word that pushed with both neighbours was shown with the stronger pair: «con bị» over «bị đánh»,
    «học sinh không» over «không đủ». (One phrase is shown: the pairs themselves are not read on their own.)"""
    text = read("Con bị đánh , học_sinh không đủ sách")
    assert readable([("w:bị", 2.0), ("w:sách", 1.0), ("w:con bị", 0.6), ("w:bị đánh", 0.4)], text, 1) == ["bị đánh"]
    ranked = [("w:không", 2.0), ("w:sách", 1.0), ("w:học_sinh không", 0.6), ("s:không đủ", 0.4)]
    assert readable(ranked, text, 1) == ["không đủ"]
    # with no pair it starts, the pair it ends after a word that says something
    assert readable([("w:bị", 2.0), ("w:sách", 1.0), ("w:con bị", 0.6)], text, 1) == ["con bị"]


@pytest.mark.parametrize("head, before, after", [
    ("Học_sinh đã bị đánh", "đã bị", "bị đánh"), ("Trường vẫn chưa trả tiền", "vẫn chưa", "chưa trả"),
    ("Phụ_huynh cần phải nộp tiền", "cần phải", "phải nộp"),
])
def test_a_tone_word_after_a_function_word_is_shown_alone_or_with_the_word_after_it(head, before, after) -> None:
    """«đã bị», «vẫn chưa», «cần phải» were shown for the tone word: the function word says nothing more."""
    tone = after.split()[0]
    text = read(head)
    assert readable([(f"w:{tone}", 2.0), ("w:tiền", 1.0), (f"w:{before}", 0.6)], text, 1) == [tone]
    ranked = [(f"w:{tone}", 2.0), ("w:tiền", 1.0), (f"w:{before}", 0.6), (f"w:{after}", 0.3)]
    assert readable(ranked, text, 1) == [after]


def test_a_phrase_that_only_pushed_with_a_function_word_at_its_end_is_not_shown() -> None:
    text = read("Hà_Nội vừa cấm dạy thêm , học_sinh không có sách")
    assert readable([("w:hà_nội vừa", 2.0), ("w:dạy thêm", 1.0)], text) == ["dạy thêm"]  # «Hà Nội» alone did not push
    assert readable([("w:không có", 1.0)], text) == ["không có"]  # a tone word's pair stays


def test_the_outlets_tag_counts_among_the_body_words_the_models_read() -> None:
    text = read("Tin", "GD&TĐ - Học_phí tăng lạm_thu", 3)  # the models read «gd&tđ học_phí tăng»
    assert readable([("w:lạm_thu", 1.0), ("w:học_phí", 0.5)], text) == ["học phí"]
