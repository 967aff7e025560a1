"""`diemnong classify --explain`, `diemnong train` and `diemnong evaluate` from the command line."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_cli import ROWS, diemnong, write_jsonl


def test_classify_explain_writes_places_and_the_terms_behind_each_decision(tmp_path: Path) -> None:
    inp, out = write_jsonl(tmp_path / "in.jsonl", ROWS), tmp_path / "out.jsonl"
    diemnong("classify", "--input", str(inp), "--output", str(out), "--explain", "--workers", "2", home=tmp_path, check=True)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    first = lines[0]
    assert first["places"] == ["Vị Thanh"]
    assert set(first["explanations"]) == {f"topic:{t}" for t in first["topics"]} | {"sentiment"}
    assert all(first["explanations"].values()) and "lạm thu" in " ".join(first["explanations"]["topic:8"])


def test_evaluate_without_models_fails_with_one_line(tmp_path: Path) -> None:
    proc = diemnong("evaluate", "--models", str(tmp_path / "none"), home=tmp_path)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert proc.stderr.strip().endswith("nlp-models.joblib: chưa có mô hình đã huấn luyện (chạy `diemnong train`)")


def test_train_without_shared_data_fails_with_one_line(tmp_path: Path) -> None:
    proc = diemnong("train", "--shared", str(tmp_path / "nowhere"), "--output", str(tmp_path / "m"), home=tmp_path)
    assert proc.returncode == 2 and proc.stderr.strip().splitlines()[-1] == (
        f"diemnong train: {tmp_path / 'nowhere'}: không thấy các bộ dữ liệu dùng chung ở đây (đặt general.shared_data hoặc "
        "DIEMNONG_SHARED_DATA)"), proc.stderr


@pytest.mark.timeout(300)
def test_train_and_evaluate_a_small_model_from_the_command_line(shared_data: Path, tmp_path: Path) -> None:
    """A relative DIEMNONG_SHARED_DATA is read from the repository root, whatever the working directory."""
    relative = os.path.relpath(shared_data, ROOT)
    env_home = tmp_path / "home"
    env = {**os.environ, "DIEMNONG_HOME": str(env_home), "PYTHONPATH": str(ROOT), "DIEMNONG_SHARED_DATA": relative}
    proc = subprocess.run([sys.executable, "-m", "diemnong", "train", "--limit", "200", "--output", str(tmp_path / "m")],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert proc.returncode == 0, proc.stderr
    said = proc.stderr.splitlines()  # the progress lines, in Vietnamese, numbers written the Vietnamese way
    expected = [r"Đọc nhãn \(.*/nlp/labels\) và văn bản \(.+\)…",
                r"  200 bài đã gán nhãn; để riêng \d+ bài chưa gán nhãn gần trùng với bài kiểm tra",
                r"  tách từ \d+ văn bản trên \d+ tiến trình…", r"  tách từ xong trong \d+ giây",
                r"  dự đoán chéo \(out-of-fold\) trên 1\d\d bài, 5 phần chia theo nhóm…", "  huấn luyện trên toàn bộ các bài này…",
                "Chấm điểm trên phần dữ liệu kiểm tra để riêng…", r"Mô hình → .*/m/nlp-models\.joblib \(\d+,\d MB\) trong \d+ giây"]
    assert len(said) == len(expected) and all(re.fullmatch(e, line) for e, line in zip(expected, said)), said
    assert "| chủ đề: micro-F1 |" in proc.stdout and "topics" not in proc.stdout and (tmp_path / "m" / "nlp-models.joblib").is_file()
    proc = diemnong("evaluate", "--models", str(tmp_path / "m"), "--no-long", "--json", "--shared", relative, home=env_home)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["test_items"] > 100 and set(report["systems"]) == {"model", "seed-phrase baseline", "majority class"}
    assert report["fulltext"]["items"] > 100 and set(report["fulltext"]["systems"]) == set(report["systems"])


def small_evaluation() -> tuple[dict, dict]:
    """The model bundle's metadata and a report shaped as `evaluate_shipped` makes it, over a few made-up items."""
    from nlp.evaluate import headline, locality_metrics, tone_metrics, topic_metrics

    def figures(pred_topics: list, pred_tones: list, pred_local: list) -> dict[str, float]:
        return headline(topic_metrics([(1,), (), (2, 8)], pred_topics, [False, True, False]),
                        tone_metrics(["negative", "neutral", "positive"], pred_tones),
                        locality_metrics([True, False, False], pred_local))

    systems = {"model": figures([(1,), (3,), (8,)], ["negative", "negative", "positive"], [True, True, False]),
               "seed-phrase baseline": figures([(1,), (), ()], ["neutral"] * 3, [False, True, False]),
               "majority class": figures([()] * 3, ["neutral"] * 3, [False] * 3)}
    whole = {name: {k: v for k, v in h.items() if "locality" not in k and "non-education" not in k} for name, h in systems.items()}
    report = {"test_items": 3, "locality_items": 3, "systems": {name: {"headline": h} for name, h in systems.items()},
              "fulltext": {"items": 3, "systems": whole,
                           "by_kind": {"education sections (2)": whole["model"], "other sections (1)": whole["majority class"]}},
              "long_articles": {"non_education_articles": 3586, "median_chars": 1642, "non_education_rate": 0.0193,
                                "non_education_with_topic_by_category": {"The gioi tre": 27, "Hinh su": 11},
                                "education_articles": 248, "education_any_topic_full": 0.6371,
                                "education_any_topic_head_only": 0.5161, "head_vs_full_same_topics": 0.6613,
                                "head_vs_full_overlapping_topics": 0.7863, "head_vs_full_same_tone": 0.8185}}
    return {"trained_at": "2026-11-27T02:27:08+00:00", "labels": "e4bfcea7a7f6"}, report


ENGLISH = re.compile(r"\b(metric|model|seed|phrase|baseline|majority|class|bar|met|yes|no|topics?|accuracy|focus|education|"
                     r"tone|negative|locality|sections?|trained|labels|split|items|held|full|length|never|kind|articles?|"
                     r"given|median|characters|category|same|overlapping|from|title|lead|alone|with|for|on)\b", re.I)


def test_evaluate_prints_its_tables_and_sentences_in_vietnamese_with_the_same_figures() -> None:
    """`diemnong evaluate` printed «| metric | model | seed-phrase baseline | majority class | bar | met |», «Models
    trained …», «By kind of article:» and a Python dict of categories: the office reads Vietnamese. The figures are
    those of the report's English tables (--json's, the model card's) number for number; micro-F1, macro-F1, F1 and
    recall are the field's own names. The sentences then kept English numbers («1.9%», «3586 bài»), the training time
    in UTC ISO, VNTC's section names without their marks («The gioi tre») and a line without its subject: they are
    written as the office writes (1,9%, 3.586, «09:27 ngày 27/11/2026» in Vietnam time, «Thế giới trẻ»); the tables
    keep 0.792, beside the English ones."""
    from nlp.evaluate import table, vietnamese
    from nlp.report import evaluate_text, local_when, long_text, long_text_vi

    meta, report = small_evaluation()
    text = evaluate_text(meta, report)
    assert text.startswith("Mô hình huấn luyện lúc 09:27 ngày 27/11/2026; bộ nhãn e4bfcea7a7f6; phần kiểm tra: 3 bài "
                           "(3 bài khi xét địa phương).\n")
    assert local_when("?") == "?"
    assert "| chỉ số | mô hình | so sánh: dò cụm từ khóa | so sánh: luôn đoán lớp phổ biến nhất | ngưỡng | đạt |" in text
    assert "| chỉ số | mục Giáo dục (2) | các mục khác (1) | ngưỡng | đạt |" in text
    assert "| tỷ lệ tin ngoài giáo dục bị gán chủ đề |" in text
    assert "(theo mục: Thế giới trẻ 27, Hình sự 11)" in text and "{" not in text
    assert "(25 mục, 3.586 bài, trung vị 1.642 ký tự) bị gán chủ đề: 1,9% " in text
    assert "\n- bài Giáo dục cho cùng các chủ đề khi đọc toàn văn và khi chỉ đọc tiêu đề (và sa-pô): 66,1% " in text
    assert not ENGLISH.findall(text), ENGLISH.findall(text)
    figure = re.compile(r"\d(?:[\d.,]*\d)?%?")
    full = report["fulltext"]
    for columns in ({n: s["headline"] for n, s in report["systems"].items()}, full["systems"], full["by_kind"]):
        english, printed = table(columns), table(columns, words=vietnamese)
        assert printed in text and ENGLISH.search(english), "the English words are those the test looks for"
        assert figure.findall(printed) == figure.findall(english)
    assert long_text_vi(report["long_articles"]) in text
    assert [f.replace(".", "").replace(",", ".") for f in figure.findall(long_text_vi(report["long_articles"]))] == \
        figure.findall(long_text(report["long_articles"])), "the same figures, 3.586 and 1,9% for 3586 and 1.9%"
