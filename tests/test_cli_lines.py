"""The commands' own result and error lines, in Vietnamese with their counts and paths: the office's staff read them.
Run through `diemnong.cli.main`, as a command line runs them (`classified 3 articles → out`, `ingested 3 articles:
3 new, …`, `no early signal …` were English)."""
from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from diemnong.cli import main, merged_note, seconds
from diemnong.domain import TZ
from tests.conftest import ROOT
from tests.test_cli import ROWS, burst, write_jsonl


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DIEMNONG_HOME", str(tmp_path / "home"))  # main() sets it from --home: restored after the test
    monkeypatch.setenv("DIEMNONG_NLP_WORKERS", "1")
    return tmp_path / "home"


def test_classify_ingest_and_backtest_say_what_they_did(tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp, out = write_jsonl(tmp_path / "in.jsonl", ROWS), tmp_path / "out.jsonl"
    assert main(["classify", "--input", str(inp), "--output", str(out), "--workers", "1"]) == 0
    assert capsys.readouterr().err == f"đã phân loại 3 bài → {out}\n"

    assert main(["ingest", "--input", str(inp)]) == 0
    assert capsys.readouterr().out == "đã nạp 3 bài: 3 mới, 0 cập nhật, 0 không đổi; phát ra 0 cảnh báo\n"
    assert main(["ingest", "--input", str(inp)]) == 0
    assert capsys.readouterr().out == "đã nạp 3 bài: 0 mới, 0 cập nhật, 3 không đổi; phát ra 0 cảnh báo\n"

    stream, alerts = write_jsonl(tmp_path / "stream.jsonl", burst()), tmp_path / "alerts.jsonl"
    assert main(["backtest", "--input", str(stream), "--output", str(alerts)]) == 0
    # the result's line alone: how far it is goes to a terminal only (test_cli: on_a_terminal_only)
    said = re.fullmatch(rf"đã phát lại 10 bài trong \d+,\d giây: (\d+) cảnh báo → "
                        rf"{re.escape(str(alerts))}\n", capsys.readouterr().err)
    assert said and int(said[1]) == len(alerts.read_text(encoding="utf-8").splitlines()) > 0


def test_a_crawl_whose_every_source_failed_says_so(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["crawl", "--source", "http://127.0.0.1:9/feed.xml"]) == 1  # a private address: refused, no network
    out, err = capsys.readouterr()
    assert out.splitlines()[-1] == "1 nguồn, 1 lỗi" and err.splitlines()[-1] == "diemnong crawl: mọi nguồn đều lỗi (1)"
    assert out.splitlines()[-2].startswith("http://127.0.0.1:9/feed.xml (http://127.0.0.1:9/feed.xml): LỖI: địa chỉ trong "
                                           "mạng nội bộ, không được thu thập (thêm mạng đó vào crawler.allowed_networks "
                                           "nếu đúng là nguồn của đơn vị) — chi tiết: refused http://127.0.0.1:9/feed.xml")


@pytest.mark.parametrize("args, code, line", [
    pytest.param(["alerts", "--department", "khong-co"], 2, "diemnong alerts: không có đơn vị nào mã «khong-co» (các mã có: ",
                 id="department"),
    pytest.param(["alerts", "--issue", "st-khong-co"], 2, "diemnong alerts: không có vấn đề hay cảnh báo nào mang mã "
                 "'st-khong-co' (Mã của một vấn đề có trên trang Vấn đề)", id="issue"),
    pytest.param(["signals", "--forward", "sig-khong-co"], 2, "diemnong signals: không có tín hiệu sớm nào mang mã "
                 "'sig-khong-co' (các mã: `diemnong signals --all`)", id="signal"),
    pytest.param(["crawl", "--source", "Báo không có"], 2, "diemnong crawl: không có nguồn đã cấu hình nào khớp với Báo "
                 "không có", id="source"),
    pytest.param(["ingest", "--input", "{tmp}/khong-co.jsonl"], 2, "diemnong ingest: {tmp}/khong-co.jsonl: không có tệp này",
                 id="no-file"),
    pytest.param(["backtest", "--input", "{tmp}", "--output", "{tmp}/a.jsonl"], 2, "diemnong backtest: {tmp}: là một thư "
                 "mục, không phải tệp", id="folder"),
    pytest.param(["backtest", "--input", "{tmp}/s.jsonl", "--output", "{tmp}/s.jsonl"], 2, "diemnong backtest: --output "
                 "{tmp}/s.jsonl chính là luồng đầu vào: các cảnh báo sẽ ghi đè lên nó; hãy ghi chúng ra tệp khác", id="same"),
    pytest.param(["backtest", "--input", "{tmp}/t.jsonl", "--output", "{tmp}/a.jsonl"], 2, "diemnong backtest: {tmp}/t.jsonl:1: "
                 "phát lại cần 'published' (thời điểm đăng) ở mọi dòng", id="no-time"),
    pytest.param(["reindex", "--to", "elasticsearch", "--from", "{tmp}/khong-co.sqlite3"], 2, "diemnong reindex: "
                 "{tmp}/khong-co.sqlite3: không có kho nhúng nào để chép", id="no-store"),
    pytest.param(["report", "--month", "2099-01"], 2, "diemnong report: tháng 2099-01 chưa bắt đầu (hôm nay là {today})",
                 id="month"),
])
def test_a_refusal_is_one_vietnamese_line(tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                          code: int, line: str) -> None:
    write_jsonl(tmp_path / "s.jsonl", burst(2))
    write_jsonl(tmp_path / "t.jsonl", [{"id": "t", "title": "Tin không ghi giờ đăng"}])
    given = {"tmp": str(tmp_path), "today": f"{datetime.now(TZ):%d/%m/%Y}"}
    assert main([a.format(**given) for a in args]) == code
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(line.format(**given)), err


def test_the_demo_generators_help_is_vietnamese() -> None:
    """`python data/demo/generate.py --help` was argparse's English («usage:», «options:», «output folder»)."""
    shown = subprocess.run([sys.executable, str(ROOT / "data" / "demo" / "generate.py"), "--help"], capture_output=True,
                           text=True, timeout=60, cwd=ROOT)
    text = " ".join(shown.stdout.split())
    assert shown.returncode == 0 and text.startswith("Cách dùng: generate.py"), shown.stdout + shown.stderr
    assert "tùy chọn:" in text and "--out OUT thư mục ghi hai tệp" in text and "--check in thêm các số liệu tóm tắt" in text
    refused = subprocess.run([sys.executable, str(ROOT / "data" / "demo" / "generate.py"), "--bad"], capture_output=True,
                             text=True, timeout=60, cwd=ROOT)
    assert refused.returncode == 2 and "generate.py: lỗi: không nhận ra các đối số: --bad" in refused.stderr


def test_the_demo_generators_summary_is_vietnamese_and_is_what_its_readme_quotes(tmp_path: Path) -> None:
    """`generate.py --check` printed «items: 541», «planted a: 24 articles, 12 outlets, 2025-09-09 .. 2025-09-15»,
    «unique urls: True», and data/demo/README.md quoted them."""
    shown = subprocess.run([sys.executable, str(ROOT / "data" / "demo" / "generate.py"), "--check", "--out", str(tmp_path)],
                           capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert shown.returncode == 0, shown.stderr
    said = shown.stdout.splitlines()
    assert said[0] == f"đã ghi 541 bài vào {tmp_path / 'stream.jsonl'} và truth.jsonl"
    assert said[1:4] == ["số bài: 541", "số ngày có bài: 90/90; bài nền mỗi ngày: ít nhất 3, nhiều nhất 8, trung bình 5,22",
                         "bài nền trung bình theo thứ: T2 5,83; T3 5,62; T4 5,69; T5 5,69; T6 5,46; T7 4,85; CN 3,46"]
    assert "vấn đề nóng cài sẵn a: 24 bài, 12 báo, 09/09/2025 – 15/09/2025; theo ngày: 09/09 2; 10/09 7; 11/09 8; 12/09 4; " \
           "13/09 2; 15/09 1" in said and said[-2:] == ["tiêu đề trùng nhau: 0", "url trùng nhau: 0"]
    readme = (ROOT / "data" / "demo" / "README.md").read_text(encoding="utf-8")
    quoted = readme.split("## Check (output of `generate.py --check`)")[1].split("```\n")[1]
    assert quoted.splitlines() == said[1:], "data/demo/README.md quotes the summary as generate.py --check prints it"


def test_counts_and_seconds_are_written_as_vietnamese_writes_them() -> None:
    assert [seconds(60), seconds(0.5), seconds(2.25), seconds(0.004), seconds(1.999)] == ["60", "0,5", "2,25", "0", "2"]
    assert merged_note(1234) == ", 1.234 bài gộp lại (url hoặc id lặp lại trong tệp: giữ dòng sau cùng)"
