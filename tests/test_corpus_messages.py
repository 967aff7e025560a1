"""What `diemnong train` and `diemnong evaluate` tell the administrator about a label file or a shared dataset that
is missing or wrong: Vietnamese lines that name the file (and line, and id) and say what to do."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.corpus import CorpusError, demo_items, load_fulltext, load_labels, load_split, read_jsonl, require_shared, written_items

GOOD = {"topics": [8], "sentiment": "negative", "local": True}


def lines(path: Path, *rows: object) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def refusal(call, *args: object) -> str:  # noqa: ANN001
    with pytest.raises(CorpusError) as refused:
        call(*args)
    return str(refused.value)


@pytest.mark.parametrize("row, said", [
    pytest.param({**GOOD, "topics": [0, 8]}, "'topics' phải là danh sách mã chủ đề từ 1 đến 16, nhận được [0, 8]", id="topics"),
    pytest.param({**GOOD, "sentiment": "bad"}, "'sentiment' không hợp lệ: 'bad' (dùng negative, neutral hoặc positive)",
                 id="sentiment"),
    pytest.param({**GOOD, "local": "yes"}, "'local' phải là true hoặc false", id="local"),
])
def test_a_label_out_of_the_guide_names_its_file_line_and_field(tmp_path: Path, row: dict, said: str) -> None:
    path = lines(tmp_path / "labels-p1.jsonl", {"id": "a", **GOOD}, {"id": "b", **row})
    assert refusal(load_labels, tmp_path) == f"{path}:2: {said}"


def test_label_files_missing_broken_or_labelling_an_id_twice_are_named(tmp_path: Path) -> None:
    assert refusal(load_labels, tmp_path) == f"{tmp_path}: không có tệp nhãn nào (labels-*.jsonl)"
    path = lines(tmp_path / "labels-p1.jsonl", {"id": "a", **GOOD}, "{khong phai json")
    assert refusal(load_labels, tmp_path) == f"{path}:2: dòng không phải JSON hợp lệ (Expecting property name enclosed in double quotes)"
    lines(path, {"id": "a", **GOOD}, {"id": "a", **GOOD})
    assert refusal(load_labels, tmp_path) == f"{path}:2: id a được gán nhãn hai lần; chỉ giữ một dòng"
    assert refusal(lambda p: list(read_jsonl(p)), tmp_path / "x.jsonl") == f"{tmp_path / 'x.jsonl'}: không có tệp này"


def test_a_missing_or_wrong_split_says_how_to_make_it(tmp_path: Path) -> None:
    split = tmp_path / "split.tsv"
    assert refusal(load_split, tmp_path) == f"{split}: chưa chia các bài đã gán nhãn thành train/dev/test (chạy python -m nlp.split một lần)"
    split.write_text("id\tsplit\tgroup\na\ttrain\t1\nb\tvalidation\t2\n", encoding="utf-8")
    assert refusal(load_split, tmp_path) == f"{split}: b: không có phần chia 'validation' (dùng train, dev hoặc test)"


def test_shared_data_that_is_not_there_names_the_settings(tmp_path: Path) -> None:
    assert refusal(require_shared, tmp_path) == (f"{tmp_path}: không thấy các bộ dữ liệu dùng chung ở đây (đặt general.shared_data "
                                                 "hoặc DIEMNONG_SHARED_DATA)")


def test_demo_and_written_items_name_the_id_that_is_wrong(tmp_path: Path) -> None:
    row = {"title": "T", "summary": "", "text": "x", "topics": [8], "sentiment": "negative", "local": False}
    lines(tmp_path / "stream.jsonl", {"id": "demo-0001", **row}, {"id": "demo-0002", **row})
    lines(tmp_path / "truth.jsonl", {"id": "demo-0001", **row, "planted": None})
    assert refusal(demo_items, tmp_path) == (f"{tmp_path}/truth.jsonl: thiếu nhãn của 1 bài (đầu tiên: demo-0002); "
                                             "chạy lại python data/demo/generate.py")
    (tmp_path / "written").mkdir()
    written = lines(tmp_path / "written" / "w.jsonl", {"id": "w-1", **row}, {"id": "w-1", **row})
    assert refusal(written_items, tmp_path / "written") == f"{written}: id w-1 xuất hiện hai lần; chỉ giữ một dòng"


def test_full_length_labels_without_their_split_or_articles_say_what_to_run(tmp_path: Path) -> None:
    labels, shared = tmp_path / "labels", tmp_path / "shared"
    labels.mkdir()
    lines(labels / "fulltext-p4.jsonl", {"id": "vntc-1", **GOOD}, {"id": "vntc-2", **GOOD})
    (shared / "vntc-27topics-test-education").mkdir(parents=True)
    lines(shared / "vntc-27topics-test-education" / "education_full.jsonl", {"id": 1, "text": "Tiêu đề\nThân bài"})
    split = labels / "fulltext-split.tsv"
    assert refusal(load_fulltext, shared, labels) == (f"{split}: chưa chia các bài toàn văn đã gán nhãn "
                                                      "(chạy python -m nlp.split --fulltext)")
    split.write_text("id\tsplit\tgroup\nvntc-1\ttrain\t1\n", encoding="utf-8")
    assert refusal(load_fulltext, shared, labels) == (f"{split}: không khớp với nhãn các bài toàn văn (đầu tiên: vntc-2); "
                                                      "chạy lại python -m nlp.split --fulltext")
    split.write_text("id\tsplit\tgroup\nvntc-1\ttrain\t1\nvntc-2\ttest\t2\n", encoding="utf-8")
    assert refusal(load_fulltext, shared, labels) == (
        f"{shared}: không tìm thấy 1 bài toàn văn đã gán nhãn trong vntc-27topics-test-education/education_full.jsonl, "
        "vntc-10topics-sample/train_full_sample.jsonl, vntc-10topics-sample/test_full_sample.jsonl")


def test_training_on_labels_without_a_split_or_a_text_names_the_file_and_the_first_id(tmp_path: Path) -> None:
    from nlp.train import TrainConfig, load_data

    labels, shared = tmp_path / "labels", tmp_path / "shared"
    (shared / "news").mkdir(parents=True)
    labels.mkdir()
    lines(labels / "labels-p1.jsonl", {"id": "a", **GOOD}, {"id": "b", **GOOD})
    split = labels / "split.tsv"
    split.write_text("id\tsplit\tgroup\na\ttrain\t1\n", encoding="utf-8")
    assert refusal(load_data, shared, TrainConfig(), None, 1, labels) == (
        f"{split}: 1 bài đã gán nhãn chưa được chia train/dev/test (đầu tiên: b); chạy python -m nlp.split --extend")
    split.write_text("id\tsplit\tgroup\na\ttrain\t1\nb\ttest\t2\n", encoding="utf-8")
    lines(shared / "news" / "baomoi_education.jsonl", {"id": "a", "title": "Tin"})
    for name in ("baomoi_jobs.jsonl", "baomoi_other_topics.jsonl"):
        lines(shared / "news" / name)
    assert refusal(load_data, shared, TrainConfig(), None, 1, labels) == (
        f"{shared}/news: không tìm thấy 1 bài đã gán nhãn (đầu tiên: b)")
