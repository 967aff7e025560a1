"""The command-line contract: classify, backtest, ingest, search, and clear errors on bad input."""
from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.conftest import ROOT

COMMANDS = ["classify", "backtest", "ingest", "search", "signals", "alerts", "crawl", "run", "dashboard", "report", "settings", "train", "evaluate", "backup", "restore"]


def diemnong(*args: str, home: Path, check: bool = False, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DIEMNONG_HOME": str(home), "PYTHONPATH": str(ROOT), "DIEMNONG_NLP_WORKERS": "1"}
    proc = subprocess.run([sys.executable, "-m", "diemnong", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=600,
                          input=stdin if stdin is not None else "")
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


ROWS = [
    {"id": "x1", "title": "Phụ huynh bức xúc vì lạm thu đầu năm học ở Vị Thanh", "summary": "Trường thu nhiều khoản ngoài quy định.",
     "published": "2025-09-05T08:00:00+07:00", "url": "https://a.vn/x1.html", "source": "Báo Hậu Giang"},
    {"id": "x2", "title": "Giá vàng hôm nay tăng nhẹ", "published": "2025-09-05T09:00:00+07:00"},
    {"id": "x3", "title": "Học sinh đuối nước khi tắm sông", "text": "Hai em học sinh lớp 6 bị đuối nước thương tâm."},
]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(tmp_path: Path, command: str) -> None:
    proc = diemnong(command, "--help", home=tmp_path)
    assert proc.returncode == 0 and "Cách dùng: diemnong" in proc.stdout and len(proc.stdout) > 100


def test_every_option_of_every_command_says_what_it_is_for() -> None:
    """`diemnong user --help` listed --role with no word of what the roles are or that analyst is the default; search's
    --sort and --limit and dashboard's --port said nothing either."""
    import argparse

    from diemnong.cli import build_parser

    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
    bare = [f"{name} {a.option_strings or a.dest}" for name, sp in commands.items() for a in sp._actions
            if not a.help and not isinstance(a, argparse._HelpAction)]
    assert not bare, bare


ENGLISH = ("the ", " of ", " to ", " and ", "show this help", "usage:", "positional arguments", "options:", "default")


def test_the_help_of_the_command_and_of_every_subcommand_is_in_vietnamese() -> None:
    """`diemnong --help` had its first line in Vietnamese and everything else in English: each command's description,
    each option's help and argparse's own words (usage, options, show this help message and exit)."""
    import argparse

    from diemnong.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    for name, sp in {"diemnong": parser, **commands}.items():
        text = " ".join(sp.format_help().split())
        assert text.startswith("Cách dùng: diemnong") and "-h, --help in phần trợ giúp này rồi thoát" in text, name
        assert not [word for word in ENGLISH if word in text.lower()], (name, text)


@pytest.mark.parametrize("args, message", [
    (["classify"], "diemnong classify: lỗi: thiếu các đối số bắt buộc: --input, --output"),
    (["nope"], "diemnong: lỗi: đối số LỆNH: lựa chọn không hợp lệ: 'nope' (chọn một trong: 'classify',"),
    (["run", "--port", "x"], "diemnong run: lỗi: đối số --port: giá trị không hợp lệ: 'x'"),
    (["search", "--sort"], "diemnong search: lỗi: đối số --sort: cần một giá trị"),
    (["report", "--month", "2025-13"], "diemnong report: lỗi: đối số --month: tháng phải có dạng YYYY-MM, nhận được '2025-13'"),
], ids=["missing", "unknown-command", "not-a-number", "no-value", "bad-month"])
def test_a_command_line_argparse_refuses_is_refused_in_vietnamese(capsys: pytest.CaptureFixture[str], args: list[str],
                                                                  message: str) -> None:
    from diemnong.cli import main

    with pytest.raises(SystemExit) as exited:
        main(args)
    err = capsys.readouterr().err
    assert exited.value.code == 2 and err.startswith("Cách dùng: diemnong") and message in err, err


def test_classify_contract(tmp_path: Path) -> None:
    inp, out = write_jsonl(tmp_path / "in.jsonl", ROWS), tmp_path / "out.jsonl"
    diemnong("classify", "--input", str(inp), "--output", str(out), home=tmp_path, check=True)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == ["x1", "x2", "x3"]
    for src, r in zip(ROWS, lines):
        assert {k: r[k] for k in src} == src, "input fields are repeated unchanged"
        assert all(isinstance(t, int) and 1 <= t <= 16 for t in r["topics"])
        assert set(r["topic_scores"]) <= {str(t) for t in range(1, 17)}
        assert r["sentiment"] in ("negative", "neutral", "positive") and isinstance(r["local"], bool)
        assert set(r["sentiment_scores"]) == {"negative", "neutral", "positive"}
    assert 8 in lines[0]["topics"] and lines[0]["sentiment"] == "negative" and lines[0]["local"] is True
    assert lines[1]["topics"] == [] and lines[1]["local"] is False
    assert 10 in lines[2]["topics"] and lines[2]["sentiment"] == "negative"


def on_a_terminal(*args: str, home: Path) -> str:
    """What a command writes to standard error when it is a terminal (a pty: «\\n» reads «\\r\\n» there)."""
    import pty

    main, terminal = pty.openpty()
    env = {**os.environ, "DIEMNONG_HOME": str(home), "PYTHONPATH": str(ROOT), "DIEMNONG_NLP_WORKERS": "1"}
    proc = subprocess.run([sys.executable, "-m", "diemnong", *args], stderr=terminal, stdout=subprocess.DEVNULL,
                          stdin=subprocess.DEVNULL, env=env, cwd=ROOT, timeout=600)
    os.close(terminal)
    said = b""
    with contextlib.suppress(OSError):  # the end of what the terminal got
        while chunk := os.read(main, 65536):
            said += chunk
    os.close(main)
    assert proc.returncode == 0, said
    return said.decode()


def test_classify_of_a_long_file_says_how_far_it_is_and_reads_a_line_without_a_title(tmp_path: Path) -> None:
    """100,000 lines classify for minutes: it said nothing until the end (an evaluator took it for hung). An archive's
    line whose title the scraper missed (title "", the article in text) refused the whole file."""
    rows = [{"id": i, "title": f"Trường số {i} thu sai quy định", "published": "2025-09-01"} for i in range(249)]
    rows.append({"id": 249, "title": "", "text": "<p>Thanh tra Sở vào cuộc vụ lạm thu. Phụ huynh bức xúc.</p>\r\n<p>…</p>"})
    inp, out = write_jsonl(tmp_path / "in.jsonl", rows), tmp_path / "out.jsonl"
    # standard error on a terminal, as the evaluator ran it (a pipe keeps one line)
    said = on_a_terminal("classify", "--input", str(inp), "--output", str(out), home=tmp_path)
    assert "\r  200 bài đã phân loại\r\nđã phân loại 250 bài → " in said
    last = json.loads(out.read_text(encoding="utf-8").splitlines()[-1])
    assert last["id"] == 249 and last["title"] == "" and 8 in last["topics"]


@pytest.mark.parametrize("command, progress, result", [
    pytest.param("backtest", "3 bài đã phát lại", "đã phát lại 3 bài trong ", id="backtest"),
    pytest.param("ingest", "3 bài đã xử lý", None, id="ingest"),
])
def test_ingest_and_backtest_say_how_far_they_are_on_a_terminal_only(tmp_path: Path, command: str, progress: str,
                                                                   result: str | None) -> None:
    """A backtest's standard error kept in a log or read by a script got a «\\r  N bài đã phát lại» update every batch
    before its one result line (classify says it on a terminal only since c409e35); ingest's the same «bài đã xử lý»."""
    inp = write_jsonl(tmp_path / "in.jsonl", [{"published": "2025-09-05T10:00:00+07:00", **row} for row in ROWS])
    args = (command, "--input", str(inp), *(("--output", str(tmp_path / "alerts.jsonl")) if command == "backtest" else ()))
    said = on_a_terminal(*args, home=tmp_path / "tty")
    assert f"\r  {progress}\r\n" in said and (result is None or result in said.split("\r\n")[1]), said
    piped = diemnong(*args, home=tmp_path / "pipe", check=True)
    assert "\r" not in piped.stderr and progress not in piped.stderr
    if result:
        assert len(piped.stderr.splitlines()) == 1 and piped.stderr.startswith(result), piped.stderr
    else:
        assert piped.stderr == "" and piped.stdout.startswith("đã nạp 3 bài: 3 mới")


@pytest.mark.parametrize(
    "content, message",
    [
        pytest.param('{"id": "a", "title": "T"}\n{"id": "b", "title": \n', "in.jsonl:2: JSON sai cú pháp", id="malformed"),
        pytest.param('{"id": "a"}\n', "in.jsonl:1: thiếu 'title' (một 'summary' hay 'text' cũng được: câu đầu của nó làm "
                     "tiêu đề)", id="no-title"),
        pytest.param('[1, 2]\n', "in.jsonl:1: cần một đối tượng JSON, không phải một mảng", id="not-object"),
    ],
)
def test_classify_bad_input_names_the_line(tmp_path: Path, content: str, message: str) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text(content, encoding="utf-8")
    proc = diemnong("classify", "--input", str(inp), "--output", str(tmp_path / "o.jsonl"), home=tmp_path)
    assert proc.returncode == 2 and message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_missing_file_and_unknown_topic_fail_with_reason(tmp_path: Path) -> None:
    proc = diemnong("classify", "--input", str(tmp_path / "nope.jsonl"), "--output", str(tmp_path / "o"), home=tmp_path)
    assert proc.returncode == 2 and f"diemnong classify: {tmp_path / 'nope.jsonl'}: không có tệp này" in proc.stderr
    proc = diemnong("search", "hoc phi", "--topic", "17", home=tmp_path)
    assert proc.returncode == 2 and "đối số --topic: không có chủ đề mã 17" in proc.stderr
    proc = diemnong("report", "--month", "2025-13", home=tmp_path)
    assert proc.returncode == 2 and "YYYY-MM" in proc.stderr


def test_ingest_then_search_accent_insensitive(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "a.jsonl", ROWS)
    proc = diemnong("ingest", "--input", str(inp), home=tmp_path, check=True)
    assert "đã nạp 3 bài: 3 mới" in proc.stdout
    again = diemnong("ingest", "--input", str(inp), home=tmp_path, check=True)
    assert "đã nạp 3 bài: 0 mới, 0 cập nhật, 3 không đổi" in again.stdout
    found = diemnong("search", "lam thu", "--json", home=tmp_path, check=True)
    hits = [json.loads(line) for line in found.stdout.splitlines()]
    assert [h["id"] for h in hits] == ["x1"] and hits[0]["local"] is True
    neg = diemnong("search", "hoc sinh", "--sentiment", "negative", "--json", home=tmp_path, check=True)
    assert [json.loads(line)["id"] for line in neg.stdout.splitlines()] == ["x3"]
    unquoted = diemnong("search", "hoc", "sinh", "--sentiment", "Negative", "--json", home=tmp_path, check=True)
    assert unquoted.stdout == neg.stdout, "the query's words may be given unquoted"
    phrase = diemnong("search", "--json", "--", "-vang", '"lam thu"', "phu", home=tmp_path, check=True)
    assert [json.loads(line)["id"] for line in phrase.stdout.splitlines()] == ["x1"]
    # README and `search --help`: a -word anywhere in the query needs -- before the query, not only a leading one
    bare = diemnong("search", "--json", "lam", "thu", "-vang", home=tmp_path)
    assert bare.returncode == 2 and "diemnong: lỗi: không nhận ra các đối số: -vang" in bare.stderr
    after = diemnong("search", "--json", "--", "lam", "thu", "-vang", home=tmp_path, check=True)
    assert after.stdout == found.stdout
    assert "truy vấn có -từ ở bất kỳ chỗ nào phải có -- đứng trước" in " ".join(diemnong("search", "--help", home=tmp_path).stdout.split())
    assert (tmp_path / "diemnong.sqlite3").exists(), "state lives under DIEMNONG_HOME"


def test_search_source_is_the_outlet_whatever_the_case_and_accents_typed(tmp_path: Path) -> None:
    """`--source` was compared byte for byte: `--source "bao hau giang"`, `--source vnexpress` or a terminal's NFD
    «Báo Hậu Giang» printed «0 bài khớp» for an outlet with coverage, while the query's words ignore case and accents."""
    import unicodedata

    diemnong("ingest", "--input", str(write_jsonl(tmp_path / "a.jsonl", ROWS)), home=tmp_path, check=True)
    for typed in ("Báo Hậu Giang", "bao hau giang", "BÁO HẬU GIANG ", unicodedata.normalize("NFD", "Báo Hậu Giang")):
        found = diemnong("search", "--source", typed, "--json", home=tmp_path, check=True)
        assert [json.loads(line)["id"] for line in found.stdout.splitlines()] == ["x1"], typed
    other = diemnong("search", "--source", "Hau Giang", home=tmp_path, check=True)
    assert other.stdout.startswith("0 bài khớp"), "a part of a name is not that outlet"


def test_search_limit_past_one_store_page_gives_that_many_results(tmp_path: Path) -> None:
    """A store page holds at most 1000 results: `search --limit 1200 --json` wrote 1000 lines and said nothing."""
    from store.sqlite import SQLiteStore
    from tests.conftest import make_article

    base = datetime(2025, 9, 1, 8, 0, tzinfo=timezone(timedelta(hours=7)))
    with SQLiteStore(tmp_path / "diemnong.sqlite3") as store:
        store.upsert_articles([make_article(n, f"Học phí kỳ {n}", (base + timedelta(minutes=n)).isoformat()) for n in range(1100)])
    every = diemnong("search", "hoc phi", "--limit", "1200", "--json", "--sort", "oldest", home=tmp_path, check=True).stdout.splitlines()
    assert [json.loads(line)["title"] for line in every] == [f"Học phí kỳ {n}" for n in range(1100)]
    some = diemnong("search", "hoc phi", "--limit", "1050", home=tmp_path, check=True).stdout.splitlines()
    assert some[0] == "1.100 bài khớp" and len(some) == 1 + 2 * 1050 and "Học phí kỳ 1099" in some[1]


def test_search_asks_the_store_for_no_highlights_it_does_not_print(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from diemnong.cli import main
    from store.sqlite import SQLiteStore
    from tests.conftest import make_article

    with SQLiteStore(tmp_path / "diemnong.sqlite3") as store:
        store.upsert_articles([make_article(n, f"Học phí kỳ {n}", f"2025-09-01T08:{n:02d}:00+07:00") for n in range(30)])
    asked, real = [], SQLiteStore.search
    monkeypatch.setattr(SQLiteStore, "search", lambda self, query: asked.append(query) or real(self, query))
    monkeypatch.setenv("DIEMNONG_HOME", str(tmp_path))
    assert main(["search", "hoc phi", "--limit", "25"]) == 0
    assert capsys.readouterr().out.startswith("30 bài khớp") and asked and not any(q.highlight for q in asked)


def test_signals_lists_the_current_early_signals_in_words_or_json(tmp_path: Path) -> None:
    from datetime import timedelta

    from diemnong.domain import UNKNOWN_OUTLET, Signal
    from store.sqlite import SQLiteStore
    from tests.conftest import at

    diemnong("ingest", "--input", str(write_jsonl(tmp_path / "a.jsonl", ROWS[:2])), home=tmp_path, check=True)
    assert "Không có tín hiệu sớm nào" in diemnong("signals", home=tmp_path, check=True).stdout
    newest = at("2025-09-05T09:00:00+07:00")  # the newest article's time

    def sig(key: str, label: str, hours_ago: float) -> Signal:
        return Signal(key=key, label=label, topics=(8,), lead_departments=("ke-hoach-tai-chinh", "van-phong"), score=5.6,
                      threshold=7.0, first_seen=newest - timedelta(hours=hours_ago + 5), last_seen=newest - timedelta(hours=hours_ago),
                      reason="4 câu chuyện khác nhau về «học phí»", article_ids=("d1", "d2", "d3", "d4"), outlets=("VnExpress", UNKNOWN_OUTLET),
                      outlet_count=3)  # two of its stories' articles came with no outlet's name

    with SQLiteStore(tmp_path / "diemnong.sqlite3") as store:
        store.save_signals([sig("wbeef01", "«học phí»", 2), sig("wbeef02", "«sĩ số»", 30)])
    out = diemnong("signals", home=tmp_path, check=True).stdout
    assert "80% ngưỡng  «học phí»  (4 tin, 1 báo, 2 tin không rõ cơ quan đăng, từ 02:00 05/09/2025)" in out and "Phòng Kế hoạch – Tài chính" in out
    assert "«sĩ số»" not in out, "no story within the surge window: not current"
    rows = [json.loads(line) for line in diemnong("signals", "--json", "--all", home=tmp_path, check=True).stdout.splitlines()]
    assert [r["label"] for r in rows] == ["«học phí»", "«sĩ số»"] and rows[0]["share"] == 0.8 and rows[0]["topics"] == [8]
    assert f"Mã: {rows[0]['id']}" in out

    # Forwarding one to its lead departments (as the dashboard's «Báo đầu mối»): once, then never again.
    sent = diemnong("signals", "--forward", rows[0]["id"], "--by", "Nguyễn Thị Lan", home=tmp_path, check=True).stdout
    assert "đã xếp 2 thư/tin nhắn về «học phí»" in sent
    assert "đã báo đầu mối trước đó" in diemnong("signals", "--forward", rows[0]["id"], home=tmp_path, check=True).stdout
    with SQLiteStore(tmp_path / "diemnong.sqlite3") as store:
        queued = store.list_alerts(issue_id=rows[0]["id"])
    assert len(queued) == 2 and {a.kind for a in queued} == {"signal"} and "Nguyễn Thị Lan chuyển" in queued[0].body
    unknown = diemnong("signals", "--forward", "sig-nope", home=tmp_path)
    assert unknown.returncode == 2 and "không có tín hiệu sớm nào mang mã 'sig-nope'" in unknown.stderr


def burst(n: int = 10) -> list[dict]:
    """One story on six outlets, an article an hour, in time order."""
    outlets = ["VnExpress", "Tuổi Trẻ", "Dân trí", "Thanh Niên", "Giáo dục và Thời đại", "Báo Hậu Giang"]
    return [
        {"id": f"b{i}", "title": "Phụ huynh bức xúc vì lạm thu ở trường tiểu học Vị Tân", "source": outlets[i % 6],
         "summary": "Trường thu hàng chục khoản ngoài quy định, Sở GD&ĐT yêu cầu trả lại tiền cho phụ huynh",
         "published": f"2025-09-0{5 + i // 6}T{8 + i % 6:02d}:00:00+07:00", "url": f"https://o{i}.vn/lam-thu.html"}
        for i in range(n)
    ]


def test_backtest_writes_alerts_with_contract_fields(tmp_path: Path) -> None:
    rows = burst()
    inp, out = write_jsonl(tmp_path / "stream.jsonl", list(reversed(rows))), tmp_path / "alerts.jsonl"
    diemnong("backtest", "--input", str(inp), "--output", str(out), home=tmp_path / "h", check=True)
    alerts = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert alerts, "a story on six outlets must be alerted"
    first = alerts[0]
    for key in ("issue_id", "raised_at", "title", "topics", "lead_departments", "article_ids", "score", "reason"):
        assert key in first
    assert 8 in first["topics"] and "ke-hoach-tai-chinh" in first["lead_departments"] and "van-phong" in first["lead_departments"]
    assert set(first["article_ids"]) <= {r["id"] for r in rows}
    assert first["raised_at"] >= "2025-09-05T" and not (tmp_path / "h" / "diemnong.sqlite3").exists()

    # The same stream saved by a Windows editor (a byte-order mark on a line of its own, CRLF line ends)
    # replays to the same alerts.
    windows = tmp_path / "windows.jsonl"
    windows.write_bytes(b"\xef\xbb\xbf\r\n" + inp.read_bytes().replace(b"\n", b"\r\n"))
    diemnong("backtest", "--input", str(windows), "--output", str(tmp_path / "w.jsonl"), home=tmp_path / "w", check=True)
    assert (tmp_path / "w.jsonl").read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_output_to_a_fifo_is_written_straight_and_a_symlink_keeps_pointing_at_its_target(tmp_path: Path) -> None:
    import stat
    import threading

    inp = write_jsonl(tmp_path / "in.jsonl", ROWS[:1])
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    diemnong("classify", "--input", str(inp), "--output", str(fifo), home=tmp_path, check=True)
    reader.join(30)
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "a FIFO (or a device such as /dev/null) is never replaced by a file"
    assert got and json.loads(got[0])["id"] == "x1"

    target, link = tmp_path / "real" / "out.jsonl", tmp_path / "link.jsonl"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    link.symlink_to(target)
    diemnong("classify", "--input", str(inp), "--output", str(link), home=tmp_path, check=True)
    assert link.is_symlink() and json.loads(target.read_text(encoding="utf-8"))["id"] == "x1"
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.jsonl"], "nothing left beside the target"


def stored(home: Path) -> tuple[int, list[tuple[str, str, str]]]:
    """How many articles a home's store holds, and its alerts' issue, time and kind."""
    from store.sqlite import SQLiteStore

    with SQLiteStore(home / "diemnong.sqlite3") as store:
        return store.count(), sorted({(a.issue_id, a.raised_at.isoformat(), a.kind) for a in store.list_alerts()})


def test_ingest_takes_a_file_in_time_order_and_checks_every_line_before_storing(tmp_path: Path) -> None:
    rows = burst()
    forward = diemnong("ingest", "--input", str(write_jsonl(tmp_path / "f.jsonl", rows)), "--batch", "2", home=tmp_path / "f", check=True)
    backward = diemnong("ingest", "--input", str(write_jsonl(tmp_path / "b.jsonl", rows[::-1])), "--batch", "2", home=tmp_path / "b",
                        check=True)
    assert "10 mới" in forward.stdout and backward.stdout == forward.stdout
    assert stored(tmp_path / "b") == stored(tmp_path / "f"), "a newest-first file raises the same alerts, new before escalation"

    bad = write_jsonl(tmp_path / "bad.jsonl", rows)
    bad.write_text(bad.read_text(encoding="utf-8") + '{"id": "z", "title": \n', encoding="utf-8")
    proc = diemnong("ingest", "--input", str(bad), "--batch", "2", home=tmp_path / "bad")
    assert proc.returncode == 2 and "bad.jsonl:11: JSON sai cú pháp" in proc.stderr
    assert stored(tmp_path / "bad")[0] == 0, "nothing stored from a file with a bad line"


def test_ingest_and_backtest_read_standard_input_once(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "s.jsonl", burst()[::-1])
    text = inp.read_text(encoding="utf-8")
    proc = diemnong("ingest", "--input", "-", "--shift-to-now", home=tmp_path / "i", check=True, stdin=text)
    assert "đã nạp 10 bài: 10 mới" in proc.stdout
    diemnong("backtest", "--input", str(inp), "--output", str(tmp_path / "f.jsonl"), home=tmp_path / "h", check=True)
    diemnong("backtest", "--input", "-", "--output", str(tmp_path / "s.out"), home=tmp_path / "h", check=True, stdin=text)
    assert (tmp_path / "s.out").read_text(encoding="utf-8") == (tmp_path / "f.jsonl").read_text(encoding="utf-8") != ""
    bad = diemnong("backtest", "--input", "-", "--output", str(tmp_path / "x"), home=tmp_path / "h", stdin='{"title": "T"}\n')
    assert bad.returncode == 2 and "<stdin>:1: phát lại cần 'published'" in bad.stderr


@pytest.mark.parametrize("args, message", [
    (["classify", "--input", "in.jsonl", "--output", "o.jsonl", "--workers", "-1"], "--workers: phải từ 0 trở lên, nhận được -1"),
    (["ingest", "--input", "in.jsonl", "--workers", "-1"], "--workers: phải từ 0 trở lên"),
    (["ingest", "--input", "in.jsonl", "--batch", "-5"], "--batch: phải từ 1 trở lên, nhận được -5"),
    (["backtest", "--input", "in.jsonl", "--output", "o.jsonl", "--batch", "0"], "--batch: phải từ 1 trở lên"),
    (["search", "hoc", "--limit", "0"], "--limit: phải từ 1 trở lên"),
    (["search", "hoc", "--limit", "x"], "--limit: không phải số nguyên"),
    # a service polling and delivering in a loop at full CPU (--once and the rest: one quick round if it is not refused)
    (["run", "--once", "--no-demo", "--no-crawl", "--no-dashboard", "--interval", "0"], "--interval: phải lớn hơn 0 giây, nhận được 0"),
    (["run", "--once", "--no-demo", "--no-crawl", "--no-dashboard", "--interval", "-60"], "--interval: phải lớn hơn 0 giây"),
    (["run", "--once", "--no-demo", "--no-crawl", "--no-dashboard", "--interval", "nan"], "--interval: phải lớn hơn 0 giây"),
])
def test_counts_out_of_range_are_refused_by_the_parser(tmp_path: Path, args: list[str], message: str) -> None:
    write_jsonl(tmp_path / "in.jsonl", ROWS)
    proc = diemnong(*[str(tmp_path / a) if a.endswith(".jsonl") else a for a in args], home=tmp_path)
    assert proc.returncode == 2 and message in proc.stderr and not (tmp_path / "o.jsonl").exists()


def test_a_lone_surrogate_escape_becomes_a_replacement_character(tmp_path: Path) -> None:
    from diemnong.jsonl import read_jsonl

    inp = tmp_path / "in.jsonl"
    inp.write_text('{"id": "s1", "title": "Học sinh \\ud800 đuối nước \\ud83d\\ude00", "text": "\\udfff", '
                   '"published": "2025-09-05T08:00:00+07:00"}\n', encoding="utf-8")
    assert [r for _, r in read_jsonl(inp)][0]["title"] == "Học sinh \ufffd đuối nước 😀"
    diemnong("classify", "--input", str(inp), "--output", str(tmp_path / "o.jsonl"), home=tmp_path, check=True)
    out = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
    assert out["title"] == "Học sinh \ufffd đuối nước 😀" and out["text"] == "\ufffd"
    assert "1 mới" in diemnong("ingest", "--input", str(inp), home=tmp_path, check=True).stdout
    diemnong("backtest", "--input", str(inp), "--output", str(tmp_path / "a.jsonl"), home=tmp_path / "b", check=True)


@pytest.mark.parametrize("published, message", [
    ("0001-01-01T00:00:00", "trước năm 1990"),
    ("9999-12-31T23:59:59+00:00", "nằm ngoài khoảng cho phép"),
    ("2999-01-01T00:00:00+07:00", "sau năm 2100"),
])
def test_published_out_of_range_is_an_input_error_naming_the_line(tmp_path: Path, published: str, message: str) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", ROWS[:1] + [{"id": "d", "title": "Tin", "published": published}])
    for args in (["ingest", "--input", str(inp)], ["backtest", "--input", str(inp), "--output", str(tmp_path / "o.jsonl")]):
        proc = diemnong(*args, home=tmp_path / "h")
        assert proc.returncode == 2 and f"in.jsonl:2: 'published' {message}: {published!r}" in proc.stderr, proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1
    assert stored(tmp_path / "h")[0] == 0


def test_a_future_date_is_refused_on_ingest_but_replayed_by_backtest(tmp_path: Path) -> None:
    """A live store takes nothing dated more than a day ahead; a backtest stream may be dated in the future."""
    ahead = (datetime.now(timezone.utc) + timedelta(days=400)).isoformat(timespec="seconds")
    inp = write_jsonl(tmp_path / "in.jsonl", [{"id": "d", "title": "Tin", "published": ahead}])
    proc = diemnong("ingest", "--input", str(inp), home=tmp_path / "h")
    assert proc.returncode == 2 and "'published' muộn hơn hiện tại quá một ngày" in proc.stderr
    replayed = diemnong("backtest", "--input", str(inp), "--output", str(tmp_path / "o.jsonl"), home=tmp_path / "b")
    assert replayed.returncode == 0 and "đã phát lại 1 bài" in replayed.stderr, replayed.stderr


@pytest.mark.parametrize("args", [
    ["search", "x", "--until", "9999-12-31"], ["search", "x", "--since", "0001-01-01T00:00:00+07:00"],
    ["search", "x", "--since", "2101-01-01"], ["report", "--month", "0001-01"],
])
def test_command_line_dates_out_of_range_are_refused_by_the_parser(tmp_path: Path, args: list[str]) -> None:
    proc = diemnong(*args, home=tmp_path)
    assert proc.returncode == 2 and "nằm ngoài khoảng 1990–2100" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("value, message", [
    ("9999-12-31", "ngày nằm ngoài khoảng 1990–2100: '9999-12-31'"),
    ("2025-02-30", "không phải ngày (YYYY-MM-DD hoặc ISO 8601): '2025-02-30'"),  # «day is out of range for month»
])
def test_a_command_line_date_out_of_range_and_one_that_is_no_date_are_told_apart(value: str, message: str) -> None:
    import argparse

    from diemnong.cli import _date

    with pytest.raises(argparse.ArgumentTypeError, match=re.escape(message)):
        _date(value)


def test_until_with_a_time_is_that_time_and_a_bare_date_its_whole_day(tmp_path: Path) -> None:
    diemnong("ingest", "--input", str(write_jsonl(tmp_path / "a.jsonl", ROWS[:1])), home=tmp_path, check=True)  # 2025-09-05 08:00

    def found(until: str) -> int:
        return len(diemnong("search", "lam thu", "--until", until, "--json", home=tmp_path, check=True).stdout.splitlines())

    assert (found("2025-09-05T00:30"), found("2025-09-05T08:30"), found("2025-09-05"), found("2025-09-04")) == (0, 1, 1, 0)


def test_ingest_counts_lines_repeating_an_article_as_merged(tmp_path: Path) -> None:
    rows = [{"id": f"u{i}", "title": f"Tin một, bản {i}", "url": "https://a.vn/1.html"} for i in range(3)]
    rows += [{"id": "k", "title": f"Tin hai, bản {i}"} for i in range(2)] + ROWS[:2]
    inp = write_jsonl(tmp_path / "d.jsonl", rows)
    first = diemnong("ingest", "--input", str(inp), home=tmp_path, check=True).stdout
    assert "đã nạp 7 bài: 4 mới, 0 cập nhật, 0 không đổi, 3 bài gộp lại (url hoặc id lặp lại trong tệp: giữ dòng sau cùng)" in first
    assert "0 mới, 0 cập nhật, 4 không đổi, 3 bài gộp lại" in diemnong("ingest", "--input", str(inp), home=tmp_path, check=True).stdout


def test_a_huge_text_is_cut_at_the_page_size_with_a_warning(tmp_path: Path) -> None:
    from store.sqlite import SQLiteStore

    (tmp_path / "settings.yaml").write_text("crawler:\n  max_response_bytes: 1000\n", encoding="utf-8")
    huge = {**ROWS[0], "text": "Học sinh đuối nước. " * 400}  # 10 400 bytes
    inp = write_jsonl(tmp_path / "in.jsonl", [ROWS[1], huge])
    proc = diemnong("ingest", "--input", str(inp), home=tmp_path, check=True)
    assert f"lưu ý: {inp}:2: 'text' bị cắt còn 1000 byte (crawler.max_response_bytes)" in proc.stderr
    assert "1 bài bị cắt bớt nội dung;" in proc.stdout
    with SQLiteStore(tmp_path / "diemnong.sqlite3") as store:
        text = store.get_articles([a.id for a in store.iter_articles() if a.external_id == "x1"])[0].text
    assert 500 < len(text.encode("utf-8")) <= 1000 and huge["text"].startswith(text.strip())
    proc = diemnong("classify", "--input", str(inp), "--output", str(tmp_path / "o.jsonl"), home=tmp_path, check=True)
    assert "in.jsonl:2: 'text' bị cắt" in proc.stderr and "1 bài bị cắt bớt nội dung" in proc.stderr
    assert json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()[1])["text"] == huge["text"], "output unchanged"
    proc = diemnong("backtest", "--input", str(inp), "--output", str(tmp_path / "a.jsonl"), home=tmp_path, check=True)
    assert "in.jsonl:2: 'text' bị cắt" in proc.stderr and "1 bài bị cắt bớt nội dung" in proc.stderr


def test_small_refusals_crawl_with_every_source_failing_a_directory_as_input_an_unknown_tone(tmp_path: Path) -> None:
    proc = diemnong("crawl", "--source", "http://127.0.0.1:9/feed.xml", home=tmp_path)  # a private address: refused
    assert proc.returncode == 1 and "1 nguồn, 1 lỗi" in proc.stdout and "diemnong crawl: mọi nguồn đều lỗi (1)" in proc.stderr
    for args in (["classify", "--output", str(tmp_path / "o.jsonl")], ["ingest"], ["backtest", "--output", str(tmp_path / "o.jsonl")]):
        proc = diemnong(*args, "--input", str(tmp_path), home=tmp_path)
        assert proc.returncode == 2 and f"{tmp_path}: là một thư mục, không phải tệp" in proc.stderr
    proc = diemnong("search", "x", "--sentiment", "bad", home=tmp_path)
    assert proc.returncode == 2 and "đối số --sentiment: lựa chọn không hợp lệ: 'bad'" in proc.stderr


def test_a_stream_without_sources_replays_to_the_same_alerts(tmp_path: Path) -> None:
    """The backtest contract asks for id, title, published (url optional), not 'source'. The demo stream without its
    'source' fields raised 13 alerts only because each outlet is now read from the article's link; before, every article
    of such a stream came from one unknown outlet and stories could not alert."""
    demo = ROOT / "data" / "demo" / "stream.jsonl"
    rows = [json.loads(line) for line in demo.read_text(encoding="utf-8").splitlines() if line.strip()]
    bare = write_jsonl(tmp_path / "bare-stream.jsonl", [{k: v for k, v in r.items() if k != "source"} for r in rows])
    runs = {}
    for name, path in (("full", demo), ("bare", bare)):
        diemnong("backtest", "--input", str(path), "--output", str(tmp_path / f"{name}.jsonl"), home=tmp_path / name, check=True)
        runs[name] = [(a["issue_id"], a["raised_at"]) for a in map(json.loads, (tmp_path / f"{name}.jsonl").read_text().splitlines())]
    assert runs["bare"] == runs["full"] and len(runs["full"]) >= 10


def test_the_dashboard_is_served_without_streamlits_english_menu() -> None:
    # "viewer" left Streamlit's ⋮ menu (theme, Print, Record a screencast) in English; tests/dashboard/test_browser.py
    # opens the page in Chromium and finds no menu at all.
    from diemnong.cli import dashboard_command

    command = dashboard_command(None, 8501)  # type: ignore[arg-type]
    assert command[command.index("--client.toolbarMode") + 1] == "minimal"
LEAD = "Phụ huynh bức xúc vì nhà trường lạm thu nhiều khoản đầu năm học, Sở GD&ĐT yêu cầu hoàn trả."


def test_a_lead_or_a_text_under_another_name_is_read(tmp_path: Path) -> None:
    """The contract's "summary/lead", and the names RSS, scrapers and newsrooms give them (sapo, description,
    content, body), were ignored: the line was classified on its title alone, with no word said."""
    base = {"title": "Trường học thu tiền sai quy định", "published": "2025-09-05T08:00:00+07:00"}
    rows = [{**base, "id": "summary", "summary": LEAD}, {**base, "id": "text", "text": LEAD}, {**base, "id": "none"}]
    rows += [{**base, "id": key, key: LEAD} for key in ("lead", "sapo", "description", "content", "body")]
    rows += [{**base, "id": "paragraphs", "content": [LEAD]}, {**base, "id": "empty-summary", "summary": "", "lead": LEAD}]
    inp, out = write_jsonl(tmp_path / "in.jsonl", rows), tmp_path / "out.jsonl"
    diemnong("classify", "--input", str(inp), "--output", str(out), home=tmp_path, check=True)
    got = {r["id"]: (r["topic_scores"], r["sentiment_scores"]) for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert got["summary"] != got["none"]
    for key in ("lead", "sapo", "description", "empty-summary"):
        assert got[key] == got["summary"], key
    for key in ("content", "body", "paragraphs"):
        assert got[key] == got["text"], key
    kept = json.loads(out.read_text(encoding="utf-8").splitlines()[6])
    assert kept["content"] == LEAD and "text" not in kept, "the output keeps the line's own fields"

    bad = write_jsonl(tmp_path / "bad.jsonl", [{**base, "id": "b", "sapo": {"a": 1}}])
    proc = diemnong("classify", "--input", str(bad), "--output", str(out), home=tmp_path)
    assert proc.returncode == 2 and "bad.jsonl:1: 'sapo' phải là văn bản, không phải một đối tượng" in proc.stderr


def test_link_outlet_and_pubdate_are_read_as_url_source_and_published(tmp_path: Path) -> None:
    """A feed turned into JSON lines names its fields link, pubDate, description: the link was lost (the article
    stored under its id), the time taken as now, and a backtest refused the stream for want of 'published'."""
    from store.sqlite import SQLiteStore

    rows = [{"title": "Học sinh đuối nước khi tắm sông", "link": "https://vnexpress.net/hoc-sinh-duoi-nuoc-1.html",
             "outlet": "Báo Thử", "pubDate": "Fri, 05 Sep 2025 08:00:00 +0700", "description": LEAD},
            {"id": "p2", "title": "Giá vàng hôm nay tăng nhẹ", "published_at": "2025-09-05T09:00:00+07:00"},
            {"id": "p3", "title": "Tuyển sinh lớp 10", "date": "2025-09-05"},
            {"title": "Học phí đại học tăng", "url": "https://a.vn/4.html", "source": {"id": None, "name": "Báo API"},  # a news API's
             "publishedAt": "2025-09-05T03:00:00Z", "description": LEAD, "content": "Học phí tăng [+1234 chars]"}]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    diemnong("ingest", "--input", str(inp), home=tmp_path, check=True)
    with SQLiteStore(tmp_path / "diemnong.sqlite3") as store:
        got = {a.title: a for a in store.iter_articles()}
    first = got[rows[0]["title"]]
    assert first.url == rows[0]["link"] and first.source == "Báo Thử" and first.summary.startswith("Phụ huynh bức xúc")
    assert first.published.isoformat() == "2025-09-05T08:00:00+07:00"
    assert got[rows[1]["title"]].published.isoformat() == "2025-09-05T09:00:00+07:00"
    assert got[rows[2]["title"]].published.isoformat() == "2025-09-05T00:00:00+07:00"
    api = got[rows[3]["title"]]
    assert (api.source, api.published.isoformat(), api.summary[:10]) == ("Báo API", "2025-09-05T10:00:00+07:00", LEAD[:10])
    proc = diemnong("backtest", "--input", str(inp), "--output", str(tmp_path / "a.jsonl"), home=tmp_path / "b")
    assert proc.returncode == 0 and "đã phát lại 4 bài" in proc.stderr, proc.stderr


@pytest.mark.parametrize("published", [
    "Fri, 05 Sep 2025 08:00:00 +0700", "Fri, 05 Sep 2025 01:00:00 GMT", "Thứ Sáu, 05 Tháng 9 2025 08:00:00 GMT+7",
    "05/09/2025 08:00", 1757034000, 1757034000000, 1757034000.0, "2025-09-05T01:00:00Z", "2025-09-05T08:00:00+0700",
    "2025-09-05 08:00:00", "2025-09-05T08:00:00", "2025/09/05 08:00:00", "2025-09-05T01:00:00z",
])
def test_published_as_feeds_pages_and_pandas_write_it(tmp_path: Path, published: object) -> None:
    """RSS's pubDate (RFC 822), a Vietnamese page's date (day first) and pandas' epoch milliseconds were refused as
    'not an ISO 8601 time'; they are read as the crawler reads them, and seconds and milliseconds since 1970."""
    from store.sqlite import SQLiteStore

    inp = write_jsonl(tmp_path / "in.jsonl", [{"id": "t", "title": "Học sinh đuối nước", "published": published}])
    diemnong("ingest", "--input", str(inp), home=tmp_path, check=True)
    with SQLiteStore(tmp_path / "diemnong.sqlite3") as store:
        assert [a.published.isoformat() for a in store.iter_articles()] == ["2025-09-05T08:00:00+07:00"]


@pytest.mark.parametrize("published, message", [
    ("hôm qua", "'published' không phải thời điểm (ISO 8601, RFC 822 hoặc dd/mm/yyyy): 'hôm qua'"),
    (12, "'published' nằm ngoài khoảng cho phép: 12"), (True, "'published' không phải thời điểm"),
    ("Fri, 05 Sep 1985 08:00:00 +0700", "'published' trước năm 1990"),
])
def test_a_time_that_is_none_of_these_names_its_line(tmp_path: Path, published: object, message: str) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", [ROWS[0], {"id": "t", "title": "Tin", "pubDate": published}])
    proc = diemnong("backtest", "--input", str(inp), "--output", str(tmp_path / "o.jsonl"), home=tmp_path)
    assert proc.returncode == 2 and f"in.jsonl:2: {message.replace('published', 'pubDate')}" in proc.stderr, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and not (tmp_path / "o.jsonl").exists()


def test_html_and_control_characters_left_in_a_line_are_read_and_stored_as_plain_text(tmp_path: Path) -> None:
    """A feed's description (<a><img></a></br>…), a scraped page's <p>s and entities (&quot;), a NUL or a unit
    separator were stored and classified as they were: tags and "quot" in the dashboard, the search and the models'
    words, control characters written to the terminal by `diemnong search`."""
    from store.sqlite import SQLiteStore

    clean = {"id": "c", "title": 'Phụ huynh "bức xúc" vì lạm thu', "summary": "Trường thu nhiều khoản ngoài quy định & phụ huynh phản ánh.",
             "text": "Học sinh phải nộp tiền.\nSở vào cuộc."}
    dirty = {"id": "d", "title": "Phụ huynh &quot;bức xúc&quot;\x00 vì lạm thu",
             "summary": '<a href="https://a.vn/1.html"><img width=130 src="https://a.vn/1.jpg" ></a></br>Trường thu nhiều khoản '
                        "ngoài quy định &amp; phụ huynh phản ánh.",
             "text": "<p>Học sinh phải <b>nộp tiền</b>.</p><script>var x = 1;</script><p>Sở vào\x1f cuộc.</p>"}
    inp = write_jsonl(tmp_path / "in.jsonl", [clean, dirty])
    diemnong("classify", "--input", str(inp), "--output", str(tmp_path / "o.jsonl"), home=tmp_path, check=True)
    out = [json.loads(line) for line in (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()]
    assert out[1]["topic_scores"] == out[0]["topic_scores"] and out[1]["sentiment_scores"] == out[0]["sentiment_scores"]
    assert out[1]["summary"] == dirty["summary"], "the output keeps the line as it was"
    diemnong("ingest", "--input", str(inp), home=tmp_path, check=True)
    with SQLiteStore(tmp_path / "diemnong.sqlite3") as store:
        got = {a.external_id: a for a in store.iter_articles()}
    assert (got["d"].title, got["d"].summary, got["d"].text) == (got["c"].title, got["c"].summary, got["c"].text)
    plain_text = write_jsonl(tmp_path / "p.jsonl", [{"id": "p", "title": "Điểm < 5 và > 3 ở GD&ĐT", "text": "R&D <3"}])
    diemnong("ingest", "--input", str(plain_text), home=tmp_path, check=True)
    with SQLiteStore(tmp_path / "diemnong.sqlite3") as store:
        p = next(a for a in store.iter_articles() if a.external_id == "p")
    assert (p.title, p.text) == ("Điểm < 5 và > 3 ở GD&ĐT", "R&D <3"), "a < or & of plain text stays"


def test_a_line_written_decomposed_is_stored_in_nfc(tmp_path: Path) -> None:
    """An NFD line (as some exporters on macOS write it) was stored as written: its outlet listed twice on Tra cứu beside
    the same outlet in NFC, its words found only through the folded index."""
    import unicodedata

    from store.sqlite import SQLiteStore

    line = {"id": "n", "title": "Trường Hậu Giang khen thưởng", "source": "Báo Hậu Giang", "author": "Nguyễn Văn Đức",
            "summary": "Học sinh giỏi được tuyên dương.", "published": "2025-09-05T08:00:00+07:00"}
    inp = write_jsonl(tmp_path / "in.jsonl", [{k: unicodedata.normalize("NFD", v) for k, v in line.items()}])
    diemnong("ingest", "--input", str(inp), home=tmp_path, check=True)
    with SQLiteStore(tmp_path / "diemnong.sqlite3") as store:
        [got] = list(store.iter_articles())
    assert (got.title, got.source, got.author, got.summary) == (line["title"], line["source"], line["author"], line["summary"])


def test_a_backtest_never_writes_its_alerts_over_its_stream(tmp_path: Path) -> None:
    """`backtest --input s.jsonl --output s.jsonl` (or a link to it) replaced the stream with its alerts."""
    inp = write_jsonl(tmp_path / "s.jsonl", ROWS)
    before = inp.read_bytes()
    (tmp_path / "link.jsonl").symlink_to(inp)
    for out in (inp, tmp_path / "link.jsonl", tmp_path / "." / "s.jsonl"):
        proc = diemnong("backtest", "--input", str(inp), "--output", str(out), home=tmp_path)
        assert proc.returncode == 2 and f"--output {out} chính là luồng đầu vào" in proc.stderr, proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1 and inp.read_bytes() == before


def test_a_json_array_a_pretty_printed_or_a_utf16_file_is_named_for_what_it_is(tmp_path: Path) -> None:
    """Such files were refused as «line 1: malformed JSON: Expecting value» or «not UTF-8 text (invalid start byte)»,
    which does not tell what to do. (A gzip file is read: test_a_gzip_file_or_stream_is_read_as_it_is_decompressed;
    UTF-16 inside it is named too.)"""
    import gzip

    line = json.dumps(ROWS[0], ensure_ascii=False)
    files = {
        "array.json": (json.dumps(ROWS, ensure_ascii=False, indent=2).encode(), "array.json:1: JSON sai cú pháp: Expecting value "
                       "(cột 2); tệp có vẻ là một mảng JSON: hãy ghi mỗi đối tượng trên một dòng (JSON Lines), ví dụ jq -c '.[]' "
                       "FILE"),
        "array1.json": (json.dumps(ROWS, ensure_ascii=False).encode(), "array1.json:1: cần một đối tượng JSON, không phải một mảng; "
                        "tệp có vẻ là một mảng JSON"),
        "pretty.jsonl": (json.dumps(ROWS[0], ensure_ascii=False, indent=2).encode(), "pretty.jsonl:1: JSON sai cú pháp: Expecting "
                         "property name enclosed in double quotes (cột 2); mỗi bài phải là một đối tượng JSON trên một dòng"),
        "notepad.jsonl": (line.encode("utf-16"), "notepad.jsonl: văn bản UTF-16 («Unicode» của Notepad), không phải UTF-8: hãy lưu "
                          "lại dưới dạng UTF-8"),
        "notepad.jsonl.gz": (gzip.compress(line.encode("utf-16")), "notepad.jsonl.gz: văn bản UTF-16 («Unicode» của Notepad)"),
    }
    for name, (content, message) in files.items():
        (tmp_path / name).write_bytes(content)
        for args in (["classify", "--output", str(tmp_path / "o.jsonl")], ["ingest"], ["backtest", "--output", str(tmp_path / "o.jsonl")]):
            proc = diemnong(*args, "--input", str(tmp_path / name), home=tmp_path)
            assert proc.returncode == 2 and message in proc.stderr, (args, proc.stderr)
            assert len(proc.stderr.strip().splitlines()) == 1
    # The same on standard input (classify read it as text: «malformed JSON» for UTF-16).
    env = {**os.environ, "DIEMNONG_HOME": str(tmp_path), "PYTHONPATH": str(ROOT), "DIEMNONG_NLP_WORKERS": "1"}
    for name in ("notepad.jsonl.gz", "notepad.jsonl"):
        message = files[name][1].replace(name, "<stdin>")
        for args in (["classify", "--output", str(tmp_path / "o.jsonl")], ["ingest"], ["backtest", "--output", str(tmp_path / "o.jsonl")]):
            proc = subprocess.run([sys.executable, "-m", "diemnong", *args, "--input", "-"], input=files[name][0],
                                  capture_output=True, env=env, cwd=ROOT, timeout=600)
            err = proc.stderr.decode()
            assert proc.returncode == 2 and message in err and len(err.strip().splitlines()) == 1, (args, err)
    # A UTF-8 stream on standard input is read as UTF-8 whatever the locale says.
    proc = subprocess.run([sys.executable, "-m", "diemnong", "classify", "--input", "-", "--output", "-"],
                          input=(line + "\n").encode("utf-8"), capture_output=True, timeout=600,
                          env={**env, "LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": ""}, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout.decode("utf-8"))["title"] == ROWS[0]["title"]


def test_a_backtest_says_how_many_lines_repeated_an_earlier_article(tmp_path: Path) -> None:
    """«replayed 4 articles» of a stream whose lines gave two articles twice: the replay kept two, silently."""
    rows = [{"id": "a", "title": "Tin một", "published": "2025-09-05T08:00:00+07:00"},
            {"id": "a", "title": "Tin một, cập nhật", "published": "2025-09-05T09:00:00+07:00"},
            {"id": "b", "title": "Tin hai", "url": "https://a.vn/2.html", "published": "2025-09-05T10:00:00+07:00"},
            {"id": "c", "title": "Tin hai, bản khác", "url": "https://a.vn/2.html", "published": "2025-09-06T10:00:00+07:00"}]
    inp = write_jsonl(tmp_path / "s.jsonl", rows)
    proc = diemnong("backtest", "--input", str(inp), "--output", str(tmp_path / "o.jsonl"), "--batch", "1", home=tmp_path, check=True)
    assert ("đã phát lại 4 bài, 2 dòng lặp lại url hoặc id của một dòng trước (cùng một bài: dòng sau cập nhật nó) trong "
            in proc.stderr)
    proc = diemnong("backtest", "--input", str(write_jsonl(tmp_path / "r.jsonl", ROWS[:2])), "--output", str(tmp_path / "o.jsonl"),
                    home=tmp_path, check=True)
    assert "đã phát lại 2 bài trong " in proc.stderr


def test_a_huge_text_given_as_paragraphs_is_cut_too(tmp_path: Path) -> None:
    """A 'content' or 'text' list of paragraphs (a scraper's export) went to the models and the store whole."""
    from store.sqlite import SQLiteStore

    (tmp_path / "settings.yaml").write_text("crawler:\n  max_response_bytes: 1000\n", encoding="utf-8")
    huge = {k: v for k, v in ROWS[0].items() if k != "text"} | {"content": ["Học sinh đuối nước."] * 400}  # 8 000 bytes
    inp = write_jsonl(tmp_path / "in.jsonl", [ROWS[1], huge])
    proc = diemnong("ingest", "--input", str(inp), home=tmp_path, check=True)
    assert "in.jsonl:2: 'content' bị cắt còn 1000 byte (crawler.max_response_bytes)" in proc.stderr
    assert "1 bài bị cắt bớt nội dung;" in proc.stdout
    with SQLiteStore(tmp_path / "diemnong.sqlite3") as store:
        text = store.get_articles([a.id for a in store.iter_articles() if a.external_id == ROWS[0]["id"]])[0].text
    assert 500 < len(text.encode("utf-8")) <= 1000 and text.startswith("Học sinh đuối nước.")
    proc = diemnong("classify", "--input", str(inp), "--output", str(tmp_path / "o.jsonl"), home=tmp_path, check=True)
    assert "in.jsonl:2: 'content' bị cắt" in proc.stderr
    assert json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()[1])["content"] == huge["content"]


def test_ctrl_c_midway_twice_stops_at_once_leaves_the_old_output_and_says_so_in_one_line(tmp_path: Path) -> None:
    """Ctrl-C (the terminal's SIGINT to the whole command), pressed twice, during a classify on worker processes:
    the second one came while the command waited for its workers, and it then waited for ever (or died with
    tracebacks of each worker)."""
    import contextlib
    import signal
    import time

    inp = write_jsonl(tmp_path / "big.jsonl", [{**ROWS[2], "id": i} for i in range(20_000)])
    out = tmp_path / "out.jsonl"
    out.write_text("kết quả lần trước\n", encoding="utf-8")
    part = tmp_path / "out.jsonl.part"
    env = {**os.environ, "DIEMNONG_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    # Ctrl-C as a terminal gives it, even when this test runs in the background of a script (Ctrl-C ignored there,
    # and by every command it starts).
    proc = subprocess.Popen([sys.executable, "-m", "diemnong", "classify", "--input", str(inp), "--output", str(out),
                             "--workers", "2"], stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 120
        while not (part.exists() and part.stat().st_size > 0) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)  # the workers are classifying once the first results are written
        assert proc.poll() is None, ("the run ended before it could be interrupted", proc.returncode, proc.stderr.read())
        time.sleep(0.5)
        for _ in range(2):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGINT)
            time.sleep(0.3)
        _, err = proc.communicate(timeout=60)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130 and err.strip() == "diemnong classify: đã bị ngắt", (proc.returncode, err)
    assert out.read_text(encoding="utf-8") == "kết quả lần trước\n" and not part.exists()


def test_a_gzip_file_or_stream_is_read_as_it_is_decompressed(tmp_path: Path) -> None:
    """A news archive's .jsonl.gz was refused («a gzip file, not JSON Lines: decompress it first»); it is read, by its
    first bytes whatever its name, from a file or standard input, with the lines' numbers and the same checks."""
    import gzip

    env = {**os.environ, "DIEMNONG_HOME": str(tmp_path / "h"), "PYTHONPATH": str(ROOT), "DIEMNONG_NLP_WORKERS": "1"}

    def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-m", "diemnong", *args], input=stdin, capture_output=True, env=env,
                              cwd=ROOT, timeout=600)

    plain = write_jsonl(tmp_path / "s.jsonl", burst()[::-1])
    packed = gzip.compress(b"\xef\xbb\xbf" + plain.read_bytes().replace(b"\n", b"\r\n"))  # as a Windows export, then gzip
    (tmp_path / "s.jsonl.gz").write_bytes(packed)
    (tmp_path / "archive").write_bytes(packed)
    for command in ("classify", "backtest"):
        expected = run(command, "--input", str(plain), "--output", "-")
        assert expected.returncode == 0 and expected.stdout, expected.stderr.decode()
        for args, stdin in ((["--input", str(tmp_path / "s.jsonl.gz")], b""), (["--input", str(tmp_path / "archive")], b""),
                            (["--input", "-"], packed)):
            proc = run(command, *args, "--output", "-", stdin=stdin)
            assert proc.returncode == 0 and proc.stdout == expected.stdout, (command, args, proc.stderr.decode())
    proc = run("ingest", "--input", str(tmp_path / "s.jsonl.gz"))
    assert proc.returncode == 0 and "đã nạp 10 bài: 10 mới" in proc.stdout.decode(), proc.stderr.decode()

    bad = gzip.compress(plain.read_bytes() + b'{"id": "z", "title": \n')
    (tmp_path / "bad.jsonl.gz").write_bytes(bad)
    (tmp_path / "cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])  # a download stopped halfway
    for command in ("classify", "backtest"):
        for name, message in (("bad.jsonl.gz", "bad.jsonl.gz:11: JSON sai cú pháp"),
                              ("cut.jsonl.gz", "cut.jsonl.gz: tệp gzip bị hỏng hoặc không trọn vẹn")):
            out = tmp_path / f"{command}-{name}.jsonl"
            proc = run(command, "--input", str(tmp_path / name), "--output", str(out))
            err = proc.stderr.decode()
            assert proc.returncode == 2 and message in err and len(err.strip().splitlines()) == 1, (command, err)
            assert not out.exists()


def test_a_backtest_names_articles_by_their_ids_as_the_stream_gave_them(tmp_path: Path) -> None:
    """A stream with numbers for ids ({"id": 17}) got alerts with "article_ids": ["17"]: an evaluation matching them
    against its stream's ids found none."""
    rows = [{**r, "id": 100 + i} for i, r in enumerate(burst())]
    rows[1]["id"] = "b-hai"  # ids of both kinds in one stream
    inp, out = write_jsonl(tmp_path / "s.jsonl", rows), tmp_path / "alerts.jsonl"
    diemnong("backtest", "--input", str(inp), "--output", str(out), home=tmp_path, check=True)
    alerts = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    named = [i for a in alerts for i in a["article_ids"]]
    assert named and set(named) <= {r["id"] for r in rows}, named
    assert 100 in named and "b-hai" in named


def test_files_joined_each_with_a_byte_order_mark_are_read_whole(tmp_path: Path) -> None:
    """`cat a.jsonl b.jsonl` of two files a Windows tool saved: b's byte-order mark opens a line in the middle, which
    was refused as «malformed JSON: Unexpected UTF-8 BOM»."""
    rows = burst()
    plain = write_jsonl(tmp_path / "s.jsonl", rows)
    parts = [write_jsonl(tmp_path / f"{n}.jsonl", part).read_bytes() for n, part in (("a", rows[:5]), ("b", rows[5:]))]
    joined = tmp_path / "joined.jsonl"
    joined.write_bytes(b"".join(b"\xef\xbb\xbf" + part.replace(b"\n", b"\r\n") for part in parts))
    for command in ("classify", "backtest"):
        expected = diemnong(command, "--input", str(plain), "--output", "-", home=tmp_path, check=True).stdout
        assert diemnong(command, "--input", str(joined), "--output", "-", home=tmp_path, check=True).stdout == expected != ""


def test_an_outlet_written_decomposed_or_with_spaces_is_one_outlet(tmp_path: Path) -> None:
    """«Tuổi Trẻ» in NFD (macOS, some exporters) or with a trailing space counted as an outlet of its own: a replay
    raised alerts naming one outlet several times, its issues looked covered by more outlets than they were."""
    import unicodedata

    rows = burst()
    mixed = [{**r, "source": unicodedata.normalize("NFD", r["source"]) + " " if i >= 6 else r["source"]} for i, r in enumerate(rows)]
    expected = diemnong("backtest", "--input", str(write_jsonl(tmp_path / "s.jsonl", rows)), "--output", "-", home=tmp_path,
                        check=True).stdout
    got = diemnong("backtest", "--input", str(write_jsonl(tmp_path / "m.jsonl", mixed)), "--output", "-", home=tmp_path,
                   check=True).stdout
    assert got == expected != ""



def test_backtest_gives_the_same_alerts_whatever_the_order_of_lines_of_the_same_time(tmp_path: Path) -> None:
    """Feeds dated to the minute give several articles one time; their lines went in file order, so the same stream
    exported in another order started its story on another article (another issue id, title and article order)."""
    rows = burst()
    for i, row in enumerate(rows[:3]):  # three outlets at 08:00, each with its own wording of the headline
        row.update(published="2025-09-05T08:00:00+07:00", title=["Hậu Giang: ", "", "NÓNG: "][i] + row["title"])
    outputs = []
    for name, order in (("a", rows), ("b", rows[2::-1] + rows[3:])):
        out = tmp_path / f"{name}.jsonl"
        diemnong("backtest", "--input", str(write_jsonl(tmp_path / f"in-{name}.jsonl", order)), "--output", str(out),
                 home=tmp_path / name, check=True)
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] and outputs[0] == outputs[1]


def test_a_second_command_writing_the_same_output_is_refused_and_the_first_writes_it_whole(tmp_path: Path) -> None:
    """Two classify runs with one --output (a job started twice, two analysts) wrote into the same file beside it: the
    output came out with both runs' lines mixed, one cut in the middle, and the first ended in an error."""
    import time

    out, part = tmp_path / "out.jsonl", tmp_path / "out.jsonl.part"
    env = {**os.environ, "DIEMNONG_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    first = subprocess.Popen([sys.executable, "-m", "diemnong", "classify", "--input", "-", "--output", str(out), "--workers", "1"],
                             stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        first.stdin.write(json.dumps(ROWS[0], ensure_ascii=False) + "\n")
        first.stdin.flush()
        deadline = time.monotonic() + 120
        while not part.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)  # the first is writing its output (and waits for more input)
        other = write_jsonl(tmp_path / "other.jsonl", ROWS[1:])
        second = diemnong("classify", "--input", str(other), "--output", str(out), "--workers", "1", home=tmp_path)
        first.stdin.write(json.dumps(ROWS[2], ensure_ascii=False) + "\n")
        _, err = first.communicate(timeout=120)
    finally:
        first.kill()
    assert second.returncode == 1 and len(second.stderr.strip().splitlines()) == 1, second.stderr
    assert str(out) in second.stderr and "một lệnh khác đang ghi tệp này" in second.stderr, second.stderr
    assert first.returncode == 0, err
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["x1", "x3"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.jsonl", "out.jsonl"]


def test_a_line_cut_short_in_the_middle_names_its_line_and_the_column_where_it_stops(tmp_path: Path) -> None:
    """A line without its closing brace (an export cut short, a hand edit) was reported at «column 1»: the parser read
    the line's own end of line as a second line of the object and counted the column there."""
    cut = '{"id": "x2", "title": "Giá vàng hôm nay tăng nhẹ", "published": "2025-09-05T09:00:00+07:00"'
    for ending in ("\n", "\r\n"):
        inp = tmp_path / "in.jsonl"
        inp.write_text(json.dumps(ROWS[0], ensure_ascii=False) + ending + cut + ending + json.dumps(ROWS[2], ensure_ascii=False)
                       + ending, encoding="utf-8", newline="")
        out = tmp_path / "o.jsonl"
        out.write_text("kết quả lần trước\n", encoding="utf-8")
        for command in ("classify", "backtest"):
            proc = diemnong(command, "--input", str(inp), "--output", str(out), home=tmp_path / "h")
            assert proc.returncode == 2 and proc.stderr.strip() == (
                f"diemnong {command}: {inp}:2: JSON sai cú pháp: Expecting ',' delimiter (cột {len(cut) + 1})"), proc.stderr
            assert out.read_text(encoding="utf-8") == "kết quả lần trước\n" and not list(tmp_path.glob("o.jsonl?*"))


def test_sigterm_stops_a_command_as_ctrl_c_does_and_leaves_its_output_as_it_was(tmp_path: Path) -> None:
    """`timeout 600 diemnong classify …`, a scheduler's or a container's stop send SIGTERM: the command died on the spot
    and left the half-written file beside its output (here 100 MB after a 15-minute timeout) and no word
    of why; its worker processes, given it too, each printed a traceback."""
    import contextlib
    import signal
    import time

    out, part = tmp_path / "out.jsonl", tmp_path / "out.jsonl.part"
    out.write_text("kết quả lần trước\n", encoding="utf-8")
    env = {**os.environ, "DIEMNONG_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    # Started as a script starts a command in the background (`diemnong classify … &`): Ctrl-C ignored from its start.
    # SIGTERM then found no handler and killed it on the spot, its half-written output left behind.
    proc = subprocess.Popen([sys.executable, "-m", "diemnong", "classify", "--input", "-", "--output", str(out), "--workers", "2"],
                            stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        proc.stdin.write("".join(json.dumps({**ROWS[0], "id": i}, ensure_ascii=False) + "\n" for i in range(100)))
        proc.stdin.flush()
        deadline = time.monotonic() + 120
        while not (part.exists() and part.stat().st_size) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)  # its workers have classified the first lines; it waits for more input
        assert proc.poll() is None, ("the command ended before its first lines were classified", proc.returncode, proc.stderr.read())
        workers = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        assert len(workers) == 2, workers
        for pid in [*workers, proc.pid]:  # as `timeout` does, to the worker processes too (first here, while idle)
            os.kill(int(pid), signal.SIGTERM)
            time.sleep(0.5)
        _, err = proc.communicate(timeout=60)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 128 + signal.SIGTERM and err.strip() == "diemnong classify: đã bị dừng (SIGTERM)", (proc.returncode, err)
    assert out.read_text(encoding="utf-8") == "kết quả lần trước\n" and not part.exists()


def test_the_help_of_each_reading_command_says_that_dash_is_standard_input_and_output(tmp_path: Path) -> None:
    """`backtest --help` said neither, though it reads standard input and writes standard output as classify does."""
    for command, outputs in (("classify", True), ("backtest", True), ("ingest", False)):
        text = " ".join(diemnong(command, "--help", home=tmp_path, check=True).stdout.split())
        assert "('-' = stdin)" in text and (("('-' = stdout)" in text) == outputs), (command, text)


def test_home_given_before_or_after_the_command_is_the_home_of_every_command(tmp_path: Path) -> None:
    """`diemnong --home H user add …` wrote the account into $DIEMNONG_HOME (./var by default), not H: `user` read the
    settings afresh, without --home. And `--home` after the command (`diemnong restore --home /srv/new ARCHIVE`, as
    restore's help words it) was refused as an unknown argument."""
    home, other = tmp_path / "h", tmp_path / "elsewhere"
    added = diemnong("--home", str(home), "user", "add", "bich", "--role", "analyst", "--password-stdin", home=other,
                     stdin="mat-khau-du-dai-42\n")
    assert added.returncode == 0 and str(home / "users.yaml") in added.stdout, added.stderr
    assert not (other / "users.yaml").exists()
    listed = diemnong("user", "list", "--home", str(home), home=other, check=True)
    assert [line.split("\t")[:2] for line in listed.stdout.splitlines()] == [["bich", "analyst"]]
    shown = diemnong("--home", str(other), "settings", "--home", str(home), home=other, check=True)
    assert f"general.home = {home.resolve()}    #" in shown.stdout
