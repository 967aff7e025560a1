"""A service whose rounds fail every interval is said on Tổng quan and Nguồn tin, in Vietnamese: its sources' states are
saved before the round's failing steps (they showed 🟢 Tốt), no alert went out and only the log said so. `diemnong run`
records each round's outcome in the home (diemnong.health.ROUNDS_FILE), which the dashboard reads.

The failing rounds are real: a `diemnong run` child under RLIMIT_FSIZE (a full disk, as tests/test_storage_faults.py
makes one) cannot store the feed's articles, every round, until the limit is lifted."""
from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import yaml

from diemnong.domain import TZ
from diemnong.health import ROUNDS_FILE, STALE_FACTOR, RoundLog, read_rounds, rounds_problem
from store.sqlite import SQLiteStore
from tests.conftest import ROOT
from tests.dashboard.conftest import open_app
from tests.faults import child_env
from tests.test_pipeline import serve_feed
from tests.test_service_run import wait_for
from tests.test_storage_faults import fsize_limit

ADVICE = "cảnh báo có thể không được gửi — báo bộ phận kỹ thuật"


def rounds_of(home: Path) -> dict:
    try:
        return json.loads((home / ROUNDS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def errors_on(page: str | None) -> list[str]:
    return [str(e.value) for e in open_app(page).error]


def test_rounds_failing_every_interval_are_said_on_the_overview_and_sources_and_no_more_once_one_succeeds(
        home, tmp_path, http_server) -> None:
    source = serve_feed(http_server, 4)
    service_home = tmp_path / "service"
    service_home.mkdir()
    (service_home / "sources.yaml").write_text(yaml.safe_dump({"sources": [
        {"name": source.name, "kind": "rss", "url": source.url, "section": "Giáo dục", "interval_minutes": 1}]},
        allow_unicode=True), encoding="utf-8")
    SQLiteStore(service_home / "diemnong.sqlite3").close()  # made before the limit: its first articles are not
    proc = subprocess.Popen([sys.executable, "-m", "diemnong", "run", "--no-dashboard", "--no-demo", "--interval", "5"],
                            env=child_env(service_home), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=(tmp_path / "err").open("w"),
                            preexec_fn=fsize_limit(64 * 1024), start_new_session=True)
    try:
        wait_for(lambda: rounds_of(service_home).get("failures", 0) >= STALE_FACTOR or proc.poll() is not None, 120)
        assert proc.poll() is None, "the service goes on: " + (tmp_path / "err").read_text()[-3000:]
        failing = rounds_of(service_home)
        assert failing["succeeded"] is None and failing["error"].startswith("kho dữ liệu không ghi được: "), failing
        shutil.copy(service_home / ROUNDS_FILE, home / ROUNDS_FILE)  # the dashboard's home, as the two share one
        since = datetime.fromisoformat(failing["failing_since"]).astimezone(TZ)
        for page in (None, "views/nguon_tin.py"):
            said = [e for e in errors_on(page) if e.startswith("Dịch vụ gặp lỗi ở ")]
            assert len(said) == 1, (page, said)
            assert f"vòng quét liên tiếp từ {since:%H:%M}: kho dữ liệu không ghi được: " in said[0] and ADVICE in said[0]

        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.prlimit(proc.pid, resource.RLIMIT_FSIZE, (hard, hard))  # space returns: the next round succeeds
        wait_for(lambda: rounds_of(service_home).get("succeeded") or proc.poll() is not None, 120)
        assert rounds_of(service_home)["failures"] == 0
        shutil.copy(service_home / ROUNDS_FILE, home / ROUNDS_FILE)
        for page in (None, "views/nguon_tin.py"):
            assert not [e for e in errors_on(page) if "Dịch vụ" in e], page
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
    assert proc.returncode == 0
    assert read_rounds(service_home).stopped, "stopped on purpose: recorded"
    assert rounds_problem(read_rounds(service_home), datetime.now(TZ) + timedelta(days=1)) == ""


def test_a_service_that_finished_no_round_for_three_intervals_is_said_and_one_stopped_on_purpose_is_not(tmp_path) -> None:
    start = datetime(2026, 11, 28, 8, 0, tzinfo=TZ)
    rounds = RoundLog(tmp_path, 60, start)
    rounds.start(start)
    rounds.succeed(start + timedelta(seconds=5))
    rounds.start(start + timedelta(seconds=65))  # a round that hangs (or a service killed in it)
    assert rounds_problem(read_rounds(tmp_path), start + timedelta(minutes=3)) == ""
    # three intervals of a minute, but a first crawl of every source may take a while: 20 minutes before it is a hang
    assert rounds_problem(read_rounds(tmp_path), start + timedelta(minutes=19)) == ""
    late = rounds_problem(read_rounds(tmp_path), start + timedelta(minutes=21))
    assert late.startswith("Dịch vụ chưa hoàn tất vòng quét nào từ 08:00 ") and ADVICE in late
    assert "ngày 28/11/2026" in rounds_problem(read_rounds(tmp_path), start + timedelta(days=1))
    rounds.fail(start + timedelta(minutes=5), "lỗi không lường trước trong vòng quét: KeyError: 'boom'\n  dòng hai")
    assert read_rounds(tmp_path).error == "lỗi không lường trước trong vòng quét: KeyError: 'boom' dòng hai"
    rounds.stop(start + timedelta(minutes=6))
    assert rounds_problem(read_rounds(tmp_path), start + timedelta(days=1)) == ""
    assert rounds_problem(read_rounds(tmp_path / "nowhere"), start) == ""


def test_a_file_written_by_hand_or_broken_is_no_message_and_an_unwritable_home_is_said_once(tmp_path, caplog) -> None:
    # «[]», «null», an interval in quotes, a time without its zone raised out of Tổng quan and Nguồn tin; a home that
    # cannot be written warned twice a round, every round.
    import logging

    start = datetime(2026, 11, 28, 8, 0, tzinfo=TZ)
    good = json.loads(RoundLog(tmp_path, 60, start).rounds.to_json())
    for broken in ([], None, {**good, "interval": "300"}, {**good, "since": "2026-11-28T08:00:00"}):
        (tmp_path / ROUNDS_FILE).write_text(json.dumps(broken), encoding="utf-8")
        assert read_rounds(tmp_path) is None, broken
    log = RoundLog(tmp_path / "nowhere", 60, start)
    with caplog.at_level(logging.WARNING, logger="diemnong.health"):
        for minute in range(3):
            log.start(start + timedelta(minutes=minute))
            log.succeed(start + timedelta(minutes=minute, seconds=5))
    assert len([r for r in caplog.records if "không ghi được tình trạng vòng quét" in r.getMessage()]) == 1


def test_one_round_asked_for_and_done_is_no_hang_later(tmp_path) -> None:
    # `diemnong run --once` done: the dashboard said «chưa hoàn tất vòng quét nào» 20 minutes later, for ever.
    home = tmp_path / "home"
    proc = subprocess.run([sys.executable, "-m", "diemnong", "run", "--once", "--no-dashboard", "--no-demo", "--no-crawl"],
                          env=child_env(home), cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    rounds = read_rounds(home)
    assert rounds is not None and rounds.succeeded and rounds_problem(rounds, rounds.since + timedelta(days=1)) == ""
