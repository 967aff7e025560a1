"""`diemnong run` as an operator sees it: a real child process against loopback feeds and a real SQLite store.
It stops promptly on SIGTERM / SIGINT even in the middle of a slow poll, refuses a second instance on the same home,
and says what each round did (console and a log file under the home, times in Vietnamese time) and nothing when
nothing happened."""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
import yaml

from diemnong.domain import TZ
from tests.conftest import ROOT
from tests.faults import check_store, child_env
from tests.test_pipeline import serve_feed


def write_sources(home: Path, *sources: tuple[str, ...]) -> None:
    """Sources as (name, url) or (name, url, section); the section is «Giáo dục» unless given."""
    home.mkdir(exist_ok=True)
    (home / "sources.yaml").write_text(yaml.safe_dump({"sources": [
        {"name": s[0], "kind": "rss", "url": s[1], "section": s[2] if len(s) > 2 else "Giáo dục", "interval_minutes": 1}
        for s in sources]}, allow_unicode=True), encoding="utf-8")


def start(home: Path, *args: str, **env: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "diemnong", "run", "--no-dashboard", "--no-demo", *args],
                            env=child_env(home, **env), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)


def wait_for(condition, timeout: float = 60) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.1)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_in_the_middle_of_a_slow_poll_stops_the_service_at_once_and_loses_nothing(tmp_path, http_server, sig) -> None:
    source = serve_feed(http_server, 3)
    http_server.route("/cham.xml", "<rss/>", delay=40)  # a source that answers after the 20 s request time limit
    home = tmp_path / "home"
    write_sources(home, (source.name, source.url), ("Báo chậm", http_server.url + "/cham.xml"))
    proc = start(home, "--interval", "1")
    try:
        wait_for(lambda: any(path == "/cham.xml" for _, path, _ in http_server.requests) or proc.poll() is not None)
        time.sleep(0.5)
        started = time.monotonic()
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
        took = time.monotonic() - started
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert took < 10, f"stopped {took:.1f} s after the signal (docker stop waits 10 s before it kills)"
    assert "Traceback" not in err and "đã dừng" in err
    check_store(home / "diemnong.sqlite3")
    # The interrupted round's sources are polled again next time: everything arrives, once.
    http_server.route("/cham.xml", "<rss/>")
    again = subprocess.run([sys.executable, "-m", "diemnong", "run", "--once", "--no-dashboard", "--no-demo"],
                           env=child_env(home), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert check_store(home / "diemnong.sqlite3")["articles"] == 3


def test_a_second_service_on_the_same_home_is_refused_and_the_lock_does_not_outlive_a_kill(tmp_path) -> None:
    home = tmp_path / "home"
    write_sources(home)
    first = start(home, "--interval", "1", "--no-crawl")
    try:
        wait_for(lambda: (home / "run.lock").is_file() and (home / "run.lock").read_text().split()[:1] == [str(first.pid)]
                 or first.poll() is not None)
        second = subprocess.run([sys.executable, "-m", "diemnong", "run", "--once", "--no-dashboard", "--no-demo", "--no-crawl"],
                                env=child_env(home), cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert second.returncode == 1
        assert second.stderr.strip().splitlines()[-1] == (f"diemnong run: một `diemnong run` khác (pid {first.pid}) đang "
                                                          f"dùng {home}; hãy dừng nó trước, hoặc cho lệnh này DIEMNONG_HOME riêng")
        assert first.poll() is None, "the running one goes on"
    finally:
        first.kill()  # SIGKILL: no clean-up, the system drops the lock
        first.wait()
    third = subprocess.run([sys.executable, "-m", "diemnong", "run", "--once", "--no-dashboard", "--no-demo", "--no-crawl"],
                           env=child_env(home), cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert third.returncode == 0, third.stderr


def diemnong(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "diemnong", *args], env=child_env(home), cwd=ROOT, capture_output=True,
                          text=True, timeout=120, input=stdin)


def test_a_crawl_or_ingest_by_hand_is_refused_while_the_service_runs_on_the_home_and_reads_still_work(
        tmp_path, http_server) -> None:
    # `crawl --once` beside `run` fetched every source a second time and stored and alerted alongside the service.
    source = serve_feed(http_server, 3)
    home = tmp_path / "home"
    write_sources(home, (source.name, source.url))
    line = json.dumps({"id": "tay", "title": "Phụ huynh phản ánh lạm thu", "url": "https://a.example.vn/tay.html",
                       "published": "2025-09-05T09:00:00+07:00"}, ensure_ascii=False) + "\n"
    service = start(home, "--interval", "1", "--no-crawl")
    try:
        wait_for(lambda: (home / "run.lock").is_file() and (home / "run.lock").read_text().split()[:1] == [str(service.pid)]
                 or service.poll() is not None)
        crawl = diemnong(home, "crawl", "--once")
        assert crawl.returncode == 1 and crawl.stdout == ""
        assert crawl.stderr.strip().splitlines() == [f"diemnong crawl: `diemnong run` (pid {service.pid}) đang quét nguồn và ghi "
                                                     f"vào thư mục dữ liệu {home}; hãy dừng nó trước, hoặc cho lệnh này "
                                                     "DIEMNONG_HOME riêng"]
        ingest = diemnong(home, "ingest", "--input", "-", stdin=line)
        assert ingest.returncode == 1 and ingest.stderr.strip().splitlines() == [
            f"diemnong ingest: `diemnong run` (pid {service.pid}) đang quét nguồn và ghi vào thư mục dữ liệu {home}; hãy dừng nó "
            "trước, hoặc cho lệnh này DIEMNONG_HOME riêng"]
        assert not [r for r in http_server.requests if r[1] == "/rss.xml"], "no source fetched a second time"
        search = diemnong(home, "search", "lam thu")
        assert search.returncode == 0 and search.stdout.startswith("0 bài khớp"), search.stderr
        assert diemnong(home, "settings").returncode == 0
        assert service.poll() is None, "the service goes on"
    finally:
        service.terminate()
        service.wait(30)
    crawl = diemnong(home, "crawl", "--once")  # released: a crawl by hand works again
    assert crawl.returncode == 0, crawl.stderr
    assert check_store(home / "diemnong.sqlite3")["articles"] == 3
    assert diemnong(home, "ingest", "--input", "-", stdin=line).returncode == 0


def test_a_service_started_during_a_crawl_by_hand_names_the_crawl(tmp_path, http_server) -> None:
    source = serve_feed(http_server, 3)
    http_server.route("/cham.xml", "<rss/>", delay=15)  # holds the crawl (under the 20 s request limit) while run starts
    home = tmp_path / "home"
    write_sources(home, (source.name, source.url), ("Báo chậm", http_server.url + "/cham.xml"))
    crawl = subprocess.Popen([sys.executable, "-m", "diemnong", "crawl", "--once"], env=child_env(home), cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: any(path == "/cham.xml" for _, path, _ in http_server.requests) or crawl.poll() is not None)
        run = diemnong(home, "run", "--once", "--no-dashboard", "--no-demo")
        assert run.returncode == 1
        assert run.stderr.strip().splitlines()[-1] == (f"diemnong run: một `diemnong crawl` khác (pid {crawl.pid}) đang "
                                                       f"dùng {home}; hãy dừng nó trước, hoặc cho lệnh này DIEMNONG_HOME riêng")
    finally:
        crawl.wait(60)
    assert crawl.returncode == 0, crawl.stderr.read()
    crawl.stderr.close()


def test_each_round_is_one_line_in_vietnamese_time_on_the_console_and_in_the_log_file_and_a_quiet_round_says_nothing(
        tmp_path, http_server) -> None:
    source = serve_feed(http_server, 3)
    home = tmp_path / "home"
    write_sources(home, (source.name, source.url))
    (home / "settings.yaml").write_text("general:\n  log_level: INFO\n  dashboard_url: https://sgd.example/diemnong/\n",
                                        encoding="utf-8")  # a public address: no warning that links will not open

    def once() -> list[str]:
        done = subprocess.run([sys.executable, "-m", "diemnong", "run", "--once", "--no-dashboard", "--no-demo"],
                              env=child_env(home, TZ="UTC"), cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stderr.splitlines()

    first = once()
    rounds = [line for line in first if "đã quét" in line]
    assert len(rounds) == 1 and "đã quét 1 nguồn: 3 bài mới hoặc cập nhật, 0 nguồn lỗi" in rounds[0], first
    assert rounds[0][19:24] == "+0700", "the time is Vietnamese time, with its offset, whatever TZ says"
    assert not [line for line in first if "HTTP Request" in line], "no line per HTTP request below DEBUG"
    logged = (home / "logs" / "diemnong.log").read_text(encoding="utf-8")
    assert rounds[0] in logged.splitlines()
    second = once()  # the feed answers 304: nothing to say
    assert not [line for line in second if "đã quét" in line or "cảnh báo" in line], second


def stored(home: Path) -> int:
    """Articles in a home's store as another process sees them (0 before it exists)."""
    path = home / "diemnong.sqlite3"
    if not path.exists():
        return 0
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        return db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
    finally:
        db.close()


def test_a_demo_load_cut_short_goes_on_at_the_next_start(tmp_path) -> None:
    """Ctrl-C while the first start loads the demo left a store that was no longer empty, so the rest never loaded."""
    home = tmp_path / "home"
    write_sources(home)
    first = subprocess.Popen([sys.executable, "-m", "diemnong", "run", "--once", "--no-dashboard", "--no-crawl"],
                             env=child_env(home), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
    demo = sum(1 for line in (ROOT / "data" / "demo" / "stream.jsonl").read_text(encoding="utf-8").splitlines() if line.strip())
    try:
        wait_for(lambda: stored(home) > 0 or first.poll() is not None)  # the first batch is in
    finally:
        first.kill()  # as hard as it gets: the load stops wherever it is
        first.wait()
    assert 0 < stored(home) < demo, "the first start was cut short in the middle of the demo"
    again = subprocess.run([sys.executable, "-m", "diemnong", "run", "--once", "--no-dashboard", "--no-crawl"],
                           env=child_env(home), cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert check_store(home / "diemnong.sqlite3")["articles"] == demo and not (home / "demo-loading").exists()


def run_once_with_mail(home: Path):  # noqa: ANN201 - (the finished `diemnong run --once`, the inbox)
    """One round of `diemnong run` (no crawl, no dashboard) on a home, its mail going to an SMTP server on loopback."""
    from aiosmtpd.controller import Controller

    from tests.test_delivery import Inbox, free_port

    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        run = subprocess.run([sys.executable, "-m", "diemnong", "run", "--once", "--no-dashboard", "--no-crawl"],
                             env=child_env(home, DIEMNONG_SMTP_HOST="127.0.0.1", DIEMNONG_SMTP_PORT=str(port),
                                           DIEMNONG_SMTP_STARTTLS="0"),
                             cwd=ROOT, capture_output=True, text=True, timeout=600)
    finally:
        controller.stop()
    return run, inbox


def test_the_demo_loaded_at_the_first_start_raises_no_alert_to_the_departments(tmp_path) -> None:
    """The bundled demo, moved to this week, went through the detector like news: the first start of an office that had
    set its mail server and recipients emailed every lead department some thirty «Vấn đề nóng» about demo stories, and
    the Văn phòng last month's report, counted from the demo's made-up articles (written now, not mailed)."""
    home = tmp_path / "home"
    write_sources(home)
    (home / "settings.yaml").write_text("report:\n  auto_day: 1\n", encoding="utf-8")  # last month's report is due
    run, inbox = run_once_with_mail(home)
    assert run.returncode == 0, run.stderr
    assert [m["Subject"] for m in inbox.messages] == [], "no alert about the demo's stories, no report of them"
    assert [p.suffix for p in (home / "reports").iterdir()] == [".docx"], "the report is written, for the demo to show"
    assert "không gửi Văn phòng: kho dữ liệu này có dữ liệu minh họa" in run.stderr
    db = sqlite3.connect(f"file:{home / 'diemnong.sqlite3'}?mode=ro", uri=True)
    try:
        assert db.execute("SELECT COUNT(*) FROM alerts").fetchone()[0] == 0
        levels = [json.loads(data)["alert_level"] for (data,) in db.execute("SELECT data FROM issues")]
    finally:
        db.close()
    assert levels and all(level >= 0 for level in levels), "its issues count as told: a later article escalates, not re-raises"


@pytest.mark.parametrize("cut_short", [False, True])
def test_the_demo_an_older_version_loaded_alerts_no_one_after_the_upgrade(tmp_path, cut_short: bool) -> None:
    """Older versions loaded the demo into an empty home with its stories alerting like news, held in the outbox while
    no mail server was set, and wrote no mark of the demo. The office set its mail server with the upgrade, and the
    first round mailed the departments «Vấn đề nóng» about made-up stories and the Văn phòng a report counting them.
    A load cut short (demo-loading left) goes on at that start, alerting no one: what was queued before neither."""
    from diemnong.cli import ingest_file
    from diemnong.config import load_settings
    from diemnong.pipeline import DEMO_MARK, Service, now_local
    from diemnong.report import month_of, previous_month, queue_report, report_department
    from store.sqlite import SQLiteStore

    home = tmp_path / "home"
    write_sources(home)
    (home / "settings.yaml").write_text("report:\n  auto_day: 1\n", encoding="utf-8")  # last month's report is due
    demo = [line for line in (ROOT / "data" / "demo" / "stream.jsonl").read_text(encoding="utf-8").splitlines()
            if "Vị Tân" in json.loads(line)["title"]]  # one of its stories is enough to raise alerts
    (tmp_path / "demo.jsonl").write_text("\n".join(demo) + "\n", encoding="utf-8")
    settings = load_settings(env={"DIEMNONG_HOME": str(home), "DIEMNONG_NLP_WORKERS": "1"})
    before = time.time()
    with SQLiteStore(home / "diemnong.sqlite3") as store:  # the home as an older version left it
        service = Service(settings, store, workers=1)
        ingest_file(service, str(tmp_path / "demo.jsonl"), shift_to_now=True, quiet=True)
        # its schedule queued last month's report counting the demo (this version makes none of a month before the
        # home first took in an article: the demo, loaded now)
        month, now = previous_month(month_of(now_local())), now_local()
        queue_report(settings, store, report_department(settings, service.departments), month, now)
        service.close()
    after = time.time()
    if cut_short:
        (home / "demo-loading").touch()
    queued = outbox(home)
    assert {kind for kind, _ in queued} == {"new", "report"} and {state for _, state in queued} == {"pending"}
    run, inbox = run_once_with_mail(home)
    assert run.returncode == 0, run.stderr
    assert [m["Subject"] for m in inbox.messages] == [], "no alert about the demo's stories, no report of them"
    assert outbox(home) == [(kind, "withheld") for kind, _ in queued], "kept in the outbox, never sent"
    assert f"{len(queued)} cảnh báo về các câu chuyện minh họa" in run.stderr
    if cut_short:
        assert not (home / "demo-loading").exists() and stored(home) > len(demo), "the rest of the demo is loaded"
        return
    assert before - 1 <= (home / DEMO_MARK).stat().st_mtime <= after + 1, "marked as loaded when it was"
    assert stored(home) == len(demo), "the demo is not loaded again"


def outbox(home: Path) -> list[tuple[str, str]]:
    """(kind, state) of every alert in a home's outbox, in key order."""
    db = sqlite3.connect(f"file:{home / 'diemnong.sqlite3'}?mode=ro", uri=True)
    try:
        return [(json.loads(data)["kind"], state) for data, state in db.execute("SELECT data, state FROM alerts ORDER BY key")]
    finally:
        db.close()


def test_a_failing_source_is_one_vietnamese_line_a_round(tmp_path, http_server) -> None:
    """The crawler's own English «skipped source … because …» came on top of the service's line, every round."""
    http_server.route("/hong.rss", "", status=404)
    http_server.route("/hong-2.rss", "", status=410)
    home = tmp_path / "home"
    # Two feeds of one outlet (as Giáo dục và Thời đại's five): each line says which.
    write_sources(home, ("Báo Thử", http_server.url + "/hong.rss"), ("Báo Thử", http_server.url + "/hong-2.rss", "Tuyển sinh"))
    done = subprocess.run([sys.executable, "-m", "diemnong", "run", "--once", "--no-dashboard", "--no-demo"],
                          env=child_env(home), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    about = [line for line in done.stderr.splitlines() if "hong" in line or "Báo Thử" in line]
    assert len(about) == 2, about
    assert any("nguồn Báo Thử (Giáo dục) lỗi: máy chủ trả lỗi HTTP 404 (không tìm thấy trang) — chi tiết: HTTP 404" in line
               for line in about), about
    assert any("nguồn Báo Thử (Tuyển sinh) lỗi: máy chủ trả lỗi HTTP 410 (trang đã bị gỡ) — chi tiết: HTTP 410" in line
               for line in about), about


def test_a_recipient_corrected_on_cau_hinh_is_read_by_the_running_service_at_its_next_round(tmp_path) -> None:
    from dataclasses import replace

    from dashboard.config_edit import current_departments, save_departments

    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.yaml").write_text("general:\n  log_level: INFO\n", encoding="utf-8")
    log = home / "logs" / "diemnong.log"
    service = start(home, "--no-crawl", "--interval", "0.2")
    try:
        wait_for(lambda: log.is_file() and "bắt đầu" in log.read_text(encoding="utf-8"))
        new = "vanphong.moi@sogddt-haugiang.example"
        save_departments(home, [replace(d, emails=(new,)) if d.id == "van-phong" else d
                                for d in current_departments(home).values()])
        wait_for(lambda: "người nhận cảnh báo" in log.read_text(encoding="utf-8"))
        time.sleep(0.5)  # a few more rounds: the file is read once
    finally:
        service.send_signal(signal.SIGTERM)
        service.communicate(timeout=60)
    [line] = [x for x in log.read_text(encoding="utf-8").splitlines() if "người nhận cảnh báo" in x]
    assert "INFO" in line and f"Văn phòng Sở: thêm {new}, bỏ vanphong@sogddt-haugiang.example" in line


def test_a_sources_file_broken_by_hand_while_the_service_runs_keeps_the_last_good_sources_and_says_so_once(
        tmp_path, http_server) -> None:
    # A hand edit that left sources.yaml invalid stopped the running service at its next round (exit 2).
    home = tmp_path / "home"
    write_sources(home, ("Báo Thử", http_server.url + "/khong-co.xml"))  # a 404: one line when the first round is done
    (home / "settings.yaml").write_text("general:\n  log_level: INFO\n", encoding="utf-8")
    log = home / "logs" / "diemnong.log"
    service = start(home, "--interval", "0.2")
    try:
        wait_for(lambda: log.is_file() and "nguồn Báo Thử" in log.read_text(encoding="utf-8") or service.poll() is not None)
        (home / "sources.yaml").write_text("sources:\n  - name: [Báo Thử\n", encoding="utf-8")
        wait_for(lambda: "danh sách nguồn tin" in log.read_text(encoding="utf-8") or service.poll() is not None)
        time.sleep(1)  # a few more rounds: said once
        assert service.poll() is None, "the service goes on"
    finally:
        service.send_signal(signal.SIGTERM)
        _, err = service.communicate(timeout=60)
    assert service.returncode == 0, err
    said = [x for x in log.read_text(encoding="utf-8").splitlines() if "danh sách nguồn tin" in x]
    assert len(said) == 1 and "WARNING" in said[0] and "vẫn quét theo danh sách cũ" in said[0], said


# The system clock of the child set back an hour once the file CLOCK_BACK is in its home (NTP correcting a fast clock,
# an operator's mistake): the service's wall clock, and only it, jumps.
SET_BACK = """
import os, sys
from datetime import timedelta
from pathlib import Path
import diemnong.pipeline as pipeline
from diemnong.cli import main
mark, real = Path(os.environ["DIEMNONG_HOME"]) / "CLOCK_BACK", pipeline.now_local
pipeline.now_local = lambda: real() - timedelta(hours=1) if mark.exists() else real()
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.slow
def test_the_system_clock_set_back_an_hour_does_not_hold_the_polls_back_for_that_hour(tmp_path, http_server) -> None:
    # Each source's next poll was a wall-clock time: set back an hour, no source was polled for an hour and a minute.
    source = serve_feed(http_server, 3)
    home = tmp_path / "home"
    write_sources(home, (source.name, source.url))  # polled every minute
    service = subprocess.Popen([sys.executable, "-c", SET_BACK, "run", "--no-dashboard", "--no-demo", "--interval", "1"],
                               env=child_env(home), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    polls = lambda: [r for r in http_server.requests if r[1] == "/rss.xml"]  # noqa: E731
    try:
        wait_for(lambda: polls() or service.poll() is not None)
        (home / "CLOCK_BACK").touch()
        wait_for(lambda: len(polls()) > 1 or service.poll() is not None, timeout=100)
        assert service.poll() is None
    finally:
        service.send_signal(signal.SIGTERM)
        _, err = service.communicate(timeout=60)
    assert service.returncode == 0, err


def urgent_alerts_for(home: Path, port: int, n: int) -> None:
    """A home whose service mails the SMTP server on loopback `port` (plain, at any hour), with `n` urgent alerts due."""
    from diemnong.domain import Alert
    from store.sqlite import SQLiteStore
    from tests.test_delivery import VP

    write_sources(home)
    (home / "settings.yaml").write_text(yaml.safe_dump({"alerts": {
        "smtp_host": "127.0.0.1", "smtp_port": port, "smtp_starttls": False, "quiet_hours": ""}}), encoding="utf-8")
    store = SQLiteStore(home / "diemnong.sqlite3")
    store.enqueue_alerts([Alert(key=f"st-{i}|{VP}|0", issue_id=f"st-{i}", department="van-phong", recipient=VP,
                                channel="email", kind="new", subject=f"Vấn đề nóng {i}", body="Phụ huynh phản ánh lạm thu",
                                raised_at=datetime(2025, 9, 5, 9, tzinfo=TZ), payload={"urgent": True}) for i in range(n)])
    store.close()


def test_a_stop_signal_during_a_long_delivery_sends_no_message_more_and_leaves_the_rest_waiting(tmp_path) -> None:
    # The delivery of a round (up to 1,000 due alerts, each a session with the mail server) went on to its end after
    # SIGTERM: minutes with a slow server, and `docker stop` kills the service after 10 s.
    from aiosmtpd.controller import Controller

    from store.sqlite import SQLiteStore
    from tests.conftest import free_port
    from tests.test_delivery import Inbox

    inbox, port = Inbox(hold="data"), free_port()  # the server holds each message until released
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    home = tmp_path / "home"
    urgent_alerts_for(home, port, 50)
    service = start(home, "--no-crawl", "--interval", "1")
    try:
        assert inbox.reached.wait(60), "the first message reaches the server"
        service.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        inbox.release.set()
        _, err = service.communicate(timeout=30)
    finally:
        if service.poll() is None:
            service.kill()
            service.wait()
        controller.stop()
    assert service.returncode == 0 and "đã dừng" in err, err
    alerts = SQLiteStore(home / "diemnong.sqlite3").list_alerts(limit=100)  # with the monthly report's, if one is due
    assert len(inbox.messages) == 1 and [a.state for a in alerts].count("sent") == 1
    assert all(a.state == "pending" for a in alerts if a.state != "sent"), "the rest wait for the next start"


def test_a_slow_mail_server_holds_a_round_for_about_one_interval_not_for_the_whole_queue(tmp_path) -> None:
    # A mail server that takes its time over each message (20 s on some office relays) held the round, and so the next
    # polls, until the whole queue had gone: up to 1,000 messages. A round now delivers for about one --interval and
    # leaves the rest, pending, to the next round, after the polls that fell due meanwhile.
    import asyncio

    from aiosmtpd.controller import Controller

    from store.sqlite import SQLiteStore
    from tests.conftest import free_port
    from tests.test_delivery import Inbox

    class SlowInbox(Inbox):
        async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802 - aiosmtpd protocol
            await asyncio.sleep(1.0)
            return await super().handle_DATA(server, session, envelope)

    inbox, port = SlowInbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    home = tmp_path / "home"
    urgent_alerts_for(home, port, 12)
    ours = lambda: [m["Message-ID"] for m in inbox.messages if m["Subject"].startswith("Vấn đề nóng")]  # noqa: E731
    try:  # (the monthly report, if one is due, goes too)
        for sent_by_then in (range(1, 5), range(2, 9)):
            done = diemnong(home, "run", "--once", "--no-dashboard", "--no-demo", "--no-crawl", "--interval", "2")
            assert done.returncode == 0, done.stderr
            assert len(ours()) in sent_by_then, f"{len(ours())} alerts of 12 after one round more"
    finally:
        controller.stop()
    alerts = [a for a in SQLiteStore(home / "diemnong.sqlite3").list_alerts(limit=100) if a.issue_id.startswith("st-")]
    assert [a.state for a in alerts].count("sent") == len(ours()) == len(set(ours()))
    assert all(a.state == "pending" and a.attempts == 0 for a in alerts if a.state != "sent"), "the rest wait, untried"


def test_a_log_level_in_lower_case_is_that_level_and_a_name_that_is_no_level_is_refused_in_one_line(tmp_path) -> None:
    """DIEMNONG_LOG_LEVEL=debug (as .env files are often written) made every command, `diemnong settings` included, end
    in a traceback («Unknown level: 'debug'»), and the compose worker restart for ever; general.log_level: verbose was
    taken as INFO without a word."""
    home = tmp_path / "home"
    write_sources(home)

    def once(**env: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "diemnong", "run", "--once", "--no-dashboard", "--no-demo"],
                              env=child_env(home, **env), cwd=ROOT, capture_output=True, text=True, timeout=120)

    shown = subprocess.run([sys.executable, "-m", "diemnong", "settings"], env=child_env(home, DIEMNONG_LOG_LEVEL="debug"),
                           cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0 and "general.log_level = debug    #" in shown.stdout, shown.stderr
    ran = once(DIEMNONG_LOG_LEVEL="info")
    assert ran.returncode == 0 and "INFO diemnong: Điểm Nóng bắt đầu" in ran.stderr, ran.stderr
    (home / "settings.yaml").write_text("general:\n  log_level: verbose\n", encoding="utf-8")
    refused = once()
    assert refused.returncode == 2 and refused.stderr.splitlines() == [
        "diemnong run: general.log_level (DIEMNONG_LOG_LEVEL): cần DEBUG, INFO, WARNING hoặc ERROR, nhận được 'verbose'"]


@pytest.mark.parametrize("setting, line", [
    ("quiet_hours: 22h-6h", "alerts.quiet_hours: cần giờ dạng HH:MM-HH:MM, ví dụ 22:00-06:00, hoặc để trống nếu không có giờ "
                            "nghỉ (đã nhập '22h-6h')"),
    ("quiet_hours: '22:00'", "alerts.quiet_hours: cần giờ dạng HH:MM-HH:MM, ví dụ 22:00-06:00, hoặc để trống nếu không có giờ "
                             "nghỉ (đã nhập '22:00')"),
    ("digest_time: 7h30", "alerts.digest_time: cần giờ dạng HH:MM, ví dụ 07:30 (đã nhập '7h30')"),
])
def test_a_mistyped_quiet_hours_or_digest_time_stops_the_start_in_one_line_naming_the_setting(tmp_path, setting, line) -> None:
    """alerts.quiet_hours: 22h-6h ended `diemnong run` in a ValueError traceback («Invalid isoformat string: '22h'»)."""
    home = tmp_path / "home"
    write_sources(home)
    (home / "settings.yaml").write_text(f"alerts:\n  {setting}\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "diemnong", "run", "--once", "--no-dashboard", "--no-demo"],
                          env=child_env(home), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stderr.splitlines() == [f"diemnong run: {line}"], done.stderr


def test_a_mistyped_environment_variable_is_named_in_a_warning_at_the_start(tmp_path) -> None:
    """DIEMNONG_SMTP_HOTS=mail.so.example (for DIEMNONG_SMTP_HOST) in a systemd EnvironmentFile or a compose .env was
    ignored without a word: the service ran with no mail server and the alerts waited in the outbox."""
    home = tmp_path / "home"
    write_sources(home)
    done = subprocess.run([sys.executable, "-m", "diemnong", "run", "--once", "--no-dashboard", "--no-demo"],
                          env=child_env(home, DIEMNONG_SMTP_HOTS="mail.so.example"), cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    warned = [line for line in done.stderr.splitlines() if "WARNING" in line and "không phải cài đặt nào" in line]
    assert len(warned) == 1 and "DIEMNONG_SMTP_HOTS" in warned[0], done.stderr
