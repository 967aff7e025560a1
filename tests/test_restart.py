"""A restart of `diemnong run` (an update, a power cut, `systemctl restart`, a crash and systemd's Restart=) behaves as if
the service had kept running: real `diemnong run` children, stopped (SIGTERM) or killed (SIGKILL) and started again on
the same home, against loopback feeds and a real SQLite store."""
from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import numpy as np
import pytest
import yaml

from crawlers.crawler import Crawler
from crawlers.fetcher import COOL_AT_MOST, FetchPolicy
from crawlers.urls import host_of
from diemnong.domain import TZ, SourceState
from diemnong.health import ROUNDS_FILE, STALE_FACTOR, RoundLog, ServiceRounds, read_rounds, rounds_problem
from nlp.bundle import Bundle
from tests.conftest import ROOT
from tests.faults import child_env
from tests.test_pipeline import ITEM, RSS, serve_feed
from tests.test_poison_pill import LEAD, serve
from store.sqlite import SQLiteStore
from tests.test_service_run import start, wait_for

COOL_AT_MOST_DELTA = timedelta(seconds=COOL_AT_MOST, minutes=5)  # the cap, and the time a test takes


def sources_file(home: Path, *sources: tuple[str, str, int]) -> None:
    """Sources as (name, url, interval_minutes)."""
    home.mkdir(exist_ok=True)
    (home / "sources.yaml").write_text(yaml.safe_dump({"sources": [
        {"name": name, "kind": "rss", "url": url, "section": "Giáo dục", "interval_minutes": minutes}
        for name, url, minutes in sources]}, allow_unicode=True), encoding="utf-8")


def a_round_done(home: Path) -> bool:
    """Whether the service now running on the home finished a round (one_round removes service-rounds.json before each
    start: a start after a kill carries the last success over)."""
    try:
        return bool(json.loads((home / "service-rounds.json").read_text(encoding="utf-8")).get("succeeded"))
    except (OSError, ValueError):
        return False


def one_round(home: Path, **env: str) -> None:
    """`diemnong run` started on the home, left for one round, and stopped (SIGTERM)."""
    (home / "service-rounds.json").unlink(missing_ok=True)
    proc = start(home, "--interval", "1", **env)
    try:
        wait_for(lambda: a_round_done(home) or proc.poll() is not None, timeout=120)
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err


def damaged(folder: Path) -> Path:
    """A models folder (setting nlp.models) whose bundle knows the feature «xyzzy» but lacks its row of weights: the
    analysis fails on a text with that word (tests/test_poison_pill.py: damaged_models)."""
    Bundle(vocabulary={"s:xyzzy": 0}, idf=np.ones(1, np.float32), weights=np.zeros((0, 20), np.float32),
           bias=np.zeros(20, np.float32), topic_thresholds=np.full(16, 0.5, np.float32), gate_threshold=0.5,
           negative_threshold=0.5).save(folder)
    return folder


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_a_restart_polls_no_source_before_its_interval_and_a_new_source_at_once(tmp_path, http_server, sig) -> None:
    # next_poll was the process's: each start polled every source at once, so a restart loop (Restart=on-failure every
    # 30 s, an admin restarting to try a setting) asked each site every 30 s whatever its interval_minutes.
    source = serve_feed(http_server, 3)
    home = tmp_path / "home"
    sources_file(home, (source.name, source.url, 60))
    proc = start(home, "--interval", "1")
    try:
        wait_for(lambda: a_round_done(home) or proc.poll() is not None, timeout=120)
    finally:
        proc.send_signal(sig)
        proc.communicate(timeout=60)
    http_server.route("/moi.xml", "<rss/>")
    sources_file(home, (source.name, source.url, 60), ("Báo Mới", http_server.url + "/moi.xml", 60))
    one_round(home)
    polled = [path for _, path, _ in http_server.requests if path in ("/rss.xml", "/moi.xml")]
    assert polled == ["/rss.xml", "/moi.xml"], polled  # the feed polled an hour apart; the source added since, at once


def run_once(home: Path, *args: str) -> subprocess.CompletedProcess:
    """`diemnong run --once` (or, args given, `diemnong crawl --once` with them) on the home, finished."""
    command = ["crawl", "--once", *args] if args else ["run", "--once", "--no-dashboard", "--no-demo"]
    return subprocess.run([sys.executable, "-m", "diemnong", *command], env=child_env(home), cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def stored_state(home: Path, url: str) -> SourceState:
    store = SQLiteStore(home / "diemnong.sqlite3")
    try:
        return store.get_source_state(url)
    finally:
        store.close()


def set_state(home: Path, url: str, **changes: object) -> None:
    store = SQLiteStore(home / "diemnong.sqlite3")
    try:
        store.save_source_state(store.get_source_state(url).with_(**changes))
    finally:
        store.close()


def test_a_host_that_asked_to_be_left_alone_for_an_hour_is_not_asked_again_after_a_restart(tmp_path, http_server) -> None:
    # The wait (a Retry-After over crawler.max_retry_wait_seconds) was the host clock's, in memory: the running service
    # left the host alone for the hour, a restarted one asked it again at once.
    feed = http_server.route("/rss.xml", "", status=429, headers={"Retry-After": "3600"})
    home = tmp_path / "home"
    sources_file(home, ("Báo Thử", feed, 1))
    for _ in range(2):
        done = run_once(home)
        assert done.returncode == 0, done.stderr
        assert "nguồn Báo Thử (Giáo dục) lỗi" in done.stderr, done.stderr  # each round says it, as the running service
    # Another feed of the same site, polled on its own (another interval): the site's wait holds for it.
    other = http_server.route("/tuyen-sinh.xml", "<rss/>")
    sources_file(home, ("Báo Thử", feed, 1), ("Báo Thử", other, 5))
    assert run_once(home).returncode == 0
    assert [path for _, path, _ in http_server.requests if path in ("/rss.xml", "/tuyen-sinh.xml")] == ["/rss.xml"]
    # An admin's test of that one source (crawl --once --source) goes ahead, saying until when the site asked to wait.
    alone = run_once(home, "--source", other)
    assert alone.returncode == 0, alone.stderr
    until = stored_state(home, feed).held_until
    local = until.astimezone(TZ) if until else None  # an hour from 23:xx is tomorrow: the day is said then
    said = (f"trang đã đề nghị chờ đến {local:%H:%M}; vẫn lấy thử", f"chờ đến {local:%H:%M} ngày {local:%d/%m/%Y}; vẫn lấy thử")
    assert local is not None and any(s in alone.stdout for s in said), alone.stdout
    assert [path for _, path, _ in http_server.requests if path in ("/rss.xml", "/tuyen-sinh.xml")] == ["/rss.xml", "/tuyen-sinh.xml"]


def test_an_admins_test_of_one_source_lets_go_only_its_own_sites_wait(tmp_path, http_server) -> None:
    # `crawl --once --source A` dropped every host's stored wait: the due page retries of another site, which had asked
    # (Retry-After) to be left alone for two hours, were fetched all the same.
    other = f"http://localhost:{http_server.httpd.server_address[1]}"  # another host, the same loopback server
    assert host_of(other) != host_of(http_server.url)
    item = ITEM.format(title="Tin tuyển sinh lớp 10 năm nay", base=other, n=1, date=format_datetime(datetime.now(TZ)),
                       summary="Sở Giáo dục công bố điểm chuẩn tuyển sinh lớp 10 của các trường trung học phổ thông.")
    own = http_server.route("/a.xml", RSS.format(base=http_server.url, items=item), content_type="application/rss+xml")
    http_server.route("/bai-1.html", "", status=500)  # its page, on the other site, fails: tried again later
    http_server.route("/b.xml", "", status=429, headers={"Retry-After": "7200"})
    home = tmp_path / "home"
    sources_file(home, ("Báo A", own, 60), ("Báo B", other + "/b.xml", 60))
    assert run_once(home).returncode == 0
    assert stored_state(home, other + "/b.xml").held_until is not None
    db = sqlite3.connect(home / "diemnong.sqlite3")
    try:
        with db:  # the page's retry due now
            assert db.execute("UPDATE articles SET page_next_ts = 1 WHERE page_next_ts IS NOT NULL").rowcount == 1
    finally:
        db.close()

    def asked() -> list[str]:
        paths = [path.split("?")[0] for _, path, _ in http_server.requests]
        return [path for path in paths if path in ("/a.xml", "/b.xml", "/bai-1.html")]

    before = asked()
    alone = run_once(home, "--source", own)
    assert alone.returncode == 0, alone.stderr
    assert asked() == before + ["/a.xml"], asked()


def test_a_wait_of_years_is_kept_a_day_at_most_even_with_the_clock_set_back(tmp_path, http_server) -> None:
    # `Retry-After: 99999999` (three years) held both feeds of the site until then, across restarts, nothing clearing it.
    feed = http_server.route("/rss.xml", "", status=429, headers={"Retry-After": "99999999"})
    home = tmp_path / "home"
    sources_file(home, ("Báo Thử", feed, 1))
    assert run_once(home).returncode == 0
    until = stored_state(home, feed).held_until
    assert until is not None and until <= datetime.now(TZ) + COOL_AT_MOST_DELTA, until
    # A wait stored far ahead (the system clock set back since, or kept by an earlier version): a day at most from now.
    crawler = Crawler(FetchPolicy())
    crawler.hold_again(SourceState(name=feed, held_until=datetime.now(TZ) + timedelta(days=1000)))
    assert 0 < crawler.clock.cooling_left(host_of(feed)) <= COOL_AT_MOST_DELTA.total_seconds()


def test_the_wait_said_by_crawl_source_is_a_day_at_most_and_names_the_feed_of_an_outlet_with_several(tmp_path, http_server) -> None:
    # The line said a stored wait of years whole («chờ đến … 24/08/2029») though the crawler holds a day at most, and
    # named the outlet only: with two feeds of one name it did not say which had the wait.
    feed = http_server.route("/rss.xml", "", status=429, headers={"Retry-After": "3600"})
    other = http_server.route("/tuyen-sinh.xml", "<rss/>")
    home = tmp_path / "home"
    sources_file(home, ("Báo Thử", feed, 1), ("Báo Thử", other, 60))
    assert run_once(home).returncode == 0
    far = datetime.now(TZ) + timedelta(days=1000)  # stored by an older version, or with the clock set back since
    set_state(home, feed, held_until=far)
    alone = run_once(home, "--source", "Báo Thử")
    assert alone.returncode == 0, alone.stderr
    said = re.findall(r"^(.*): trang đã đề nghị chờ đến (\d\d:\d\d)( ngày \d\d/\d\d/\d{4})?;", alone.stdout, re.M)
    assert sorted(name for name, _, _ in said) == [f"Báo Thử ({feed})", f"Báo Thử ({other})"], alone.stdout
    for _, clock, day in said:
        until = datetime.strptime(f"{day.strip()[5:] or f'{datetime.now(TZ):%d/%m/%Y}'} {clock}", "%d/%m/%Y %H:%M")
        assert until.replace(tzinfo=TZ) <= datetime.now(TZ) + COOL_AT_MOST_DELTA, alone.stdout


def test_a_wait_said_by_the_host_a_redirect_led_to_is_kept_for_the_source(tmp_path, http_server) -> None:
    # The wait was kept under the host that said it (www., a CDN) but looked up under the source's own: lost at a restart.
    port = http_server.httpd.server_address[1]
    hold = http_server.route("/hold.xml", "", status=429, headers={"Retry-After": "7200"})
    http_server.route("/r.xml", "", status=301, headers={"Location": hold})
    source = f"http://localhost:{port}/r.xml"
    assert host_of(source) != host_of(hold)
    home = tmp_path / "home"
    sources_file(home, ("Báo R", source, 1))
    for _ in range(2):
        assert run_once(home).returncode == 0
    assert [path for _, path, _ in http_server.requests].count("/hold.xml") == 1, http_server.requests
    assert stored_state(home, source).held_host == host_of(hold)


def test_an_article_the_analysis_failed_on_is_neither_tried_again_nor_said_again_at_a_restart(tmp_path, http_server) -> None:
    # Its tries and next try were the process's (pipeline.UNANALYSED, REANALYSED_AT): each start analysed again at once
    # every such article of the last three days, warned of each again and began its schedule anew (1 h, 2 h, … a day).
    base = http_server.url
    item = ITEM.format(base=base, n="xyzzy", title="Trường Xyzzy thu tiền sai quy định", summary=LEAD,
                       date=format_datetime(datetime.now(TZ) - timedelta(hours=1)))
    http_server.route("/rss.xml", RSS.format(base=base, items=item), content_type="application/rss+xml; charset=utf-8")
    home = tmp_path / "home"
    sources_file(home, ("Báo Thử", base + "/rss.xml", 60))
    (home / "settings.yaml").write_text("general:\n  log_level: INFO\ncrawler:\n  fetch_pages: false\n", encoding="utf-8")
    models = damaged(tmp_path / "models")
    said = []
    for _ in range(2):
        one_round(home, DIEMNONG_NLP_MODELS=str(models))
        said.append((home / "logs" / "diemnong.log").read_text(encoding="utf-8").count("lỗi khi phân tích"))
    text = (home / "logs" / "diemnong.log").read_text(encoding="utf-8")
    assert said == [1, 1], said  # said once, at the first start
    assert "phân tích lại" not in text, "its first try again comes an hour after the failure, not at the restart"


def test_a_service_that_dies_in_every_round_and_is_restarted_each_time_is_said_failing(tmp_path, http_server) -> None:
    # service-rounds.json began anew at each start: a service failing its round and killed (or crashing) before the next
    # one, restarted by systemd each time, showed one failed round at most, and the dashboard never said that alerts
    # may not be going out.
    from nlp.bundle import BUNDLE_NAME

    feed = serve(http_server, [f"Học sinh đuối nước khi tắm sông ở xã số {i}" for i in range(20)], "/b.xml", "Báo B")
    home = tmp_path / "home"
    sources_file(home, (feed.name, feed.url, 1))
    models = tmp_path / "models"
    models.mkdir()
    (models / BUNDLE_NAME).write_bytes(b"\x78\x9c cut short")  # the round fails as the NLP pool reads it
    for _ in range(STALE_FACTOR):
        launched = datetime.now(TZ)
        proc = subprocess.Popen([sys.executable, "-m", "diemnong", "run", "--no-dashboard", "--no-demo", "--interval", "600"],
                                env={**child_env(home), "DIEMNONG_NLP_WORKERS": "2", "DIEMNONG_NLP_MODELS": str(models)},
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
        try:
            wait_for(lambda: this_round_failed(home, launched) or proc.poll() is not None, timeout=120)
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        finally:
            os.killpg(proc.pid, signal.SIGKILL)  # the service and its NLP workers, as a crash ends them
            proc.communicate(timeout=60)
    rounds = read_rounds(home)
    assert rounds is not None and rounds.failures == STALE_FACTOR, rounds
    said = rounds_problem(rounds, datetime.now(TZ))
    assert said.startswith(f"Dịch vụ gặp lỗi ở {STALE_FACTOR} vòng quét liên tiếp từ "), said


def test_a_service_killed_in_the_middle_of_every_round_is_said_failing(tmp_path, http_server) -> None:
    # A round killed mid-way (OOM, a segfault) never called fail(), and each start after a success counted from now:
    # under systemd's Restart= the service was killed in every round and never said failing.
    http_server.route("/slow.xml", "<rss/>", delay=60)  # each round is still polling when the kill comes
    home = tmp_path / "home"
    sources_file(home, ("Báo S", http_server.url + "/slow.xml", 1))
    now = datetime.now(TZ)
    done = now - timedelta(hours=3)  # its last round went well
    (home / ROUNDS_FILE).write_text(ServiceRounds(interval=60, since=now - timedelta(days=2), started=done, finished=done,
                                                  succeeded=done).to_json(), encoding="utf-8")
    failures = []
    for _ in range(STALE_FACTOR + 1):
        launched = datetime.now(TZ)
        proc = start(home, "--interval", "60")
        try:
            wait_for(lambda: round_started(home, launched) or proc.poll() is not None, timeout=120)
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        finally:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate(timeout=60)
        rounds = read_rounds(home)
        assert rounds is not None
        failures.append(rounds.failures)
        if len(failures) == 1:  # a single unclean restart is not said at once
            assert rounds_problem(rounds, datetime.now(TZ)) == ""
    assert failures == list(range(STALE_FACTOR + 1)), failures  # the first start found a round that had ended
    said = rounds_problem(read_rounds(home), datetime.now(TZ))
    assert said.startswith(f"Dịch vụ gặp lỗi ở {STALE_FACTOR} vòng quét liên tiếp từ "), said


def round_started(home: Path, launched: datetime) -> bool:
    """Whether the service started on the home began a round since `launched` (and has not ended it)."""
    rounds = read_rounds(home)
    return (rounds is not None and rounds.started is not None and rounds.started >= launched
            and (rounds.finished is None or rounds.finished < rounds.started))


def this_round_failed(home: Path, launched: datetime) -> bool:
    """Whether the rounds file says a round failed since `launched`."""
    rounds = read_rounds(home)
    return rounds is not None and rounds.finished is not None and rounds.finished >= launched and rounds.succeeded is None


def test_a_source_whose_last_poll_failed_is_polled_at_a_restart_unless_it_was_tried_minutes_ago(tmp_path, http_server) -> None:
    # A failed source waited its whole interval after a restart: an admin who fixed a setting (or whose site came back)
    # and restarted to see it work saw nothing for an hour. A restart loop still must not ask it every 30 s.
    feed = http_server.route("/rss.xml", "", status=404)  # a wrong address an admin then fixes
    home = tmp_path / "home"
    sources_file(home, ("Báo Thử", feed, 60))
    one_round(home)
    assert stored_state(home, feed).last_error, "its poll failed"
    http_server.route("/rss.xml", "<rss/>")
    one_round(home)  # restarted at once (a restart loop): not asked again yet

    def polls() -> list[str]:
        return [path for _, path, _ in http_server.requests if path == "/rss.xml"]

    assert len(polls()) == 1, polls()
    last = stored_state(home, feed).last_attempt
    assert last is not None
    set_state(home, feed, last_attempt=last - timedelta(minutes=10))  # its failed poll ten minutes ago
    one_round(home)
    assert len(polls()) == 2 and not stored_state(home, feed).last_error, polls()


def test_an_unclean_restart_after_a_long_stop_is_not_said_failing_before_its_first_round_but_a_crash_loop_is(tmp_path) -> None:
    # The last success (3 h old: the machine was off) counted on, so Tổng quan said the service failing the moment it
    # came back, until its first round ended. Counted from this start, only failures carried over say a crash loop.
    home = tmp_path / "home"
    home.mkdir()
    now = datetime.now(TZ)
    crashed = ServiceRounds(interval=60, since=now - timedelta(hours=4), succeeded=now - timedelta(hours=3))
    (home / ROUNDS_FILE).write_text(crashed.to_json(), encoding="utf-8")
    RoundLog(home, 60, now)
    assert rounds_problem(read_rounds(home), now + timedelta(minutes=2)) == ""
    assert rounds_problem(read_rounds(home), now + timedelta(hours=1)).startswith("Dịch vụ chưa hoàn tất vòng quét nào từ ")
    looping = replace(crashed, failures=STALE_FACTOR, failing_since=now - timedelta(minutes=5), error="RuntimeError: x")
    (home / ROUNDS_FILE).write_text(looping.to_json(), encoding="utf-8")
    RoundLog(home, 60, now)
    assert rounds_problem(read_rounds(home), now + timedelta(minutes=2)).startswith(f"Dịch vụ gặp lỗi ở {STALE_FACTOR} vòng")
