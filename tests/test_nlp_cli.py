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
    assert "| topics micro-F1 |" in proc.stdout and (tmp_path / "m" / "nlp-models.joblib").is_file()
    proc = diemnong("evaluate", "--models", str(tmp_path / "m"), "--no-long", "--json", "--shared", relative, home=env_home)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["test_items"] > 100 and set(report["systems"]) == {"model", "seed-phrase baseline", "majority class"}
    assert report["fulltext"]["items"] > 100 and set(report["fulltext"]["systems"]) == set(report["systems"])
