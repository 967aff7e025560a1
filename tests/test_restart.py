"""A restart of `diemnong run` (an update, a power cut, `systemctl restart`, a crash and systemd's Restart=) behaves as if
the service had kept running: real `diemnong run` children, stopped (SIGTERM) or killed (SIGKILL) and started again on
the same home, against loopback feeds and a real SQLite store."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import numpy as np
import pytest
import yaml

from diemnong.domain import TZ
from diemnong.health import STALE_FACTOR, read_rounds, rounds_problem
from nlp.bundle import Bundle
from tests.conftest import ROOT
from tests.faults import child_env
from tests.test_pipeline import ITEM, RSS, serve_feed
from tests.test_poison_pill import LEAD, serve
from tests.test_service_run import start, wait_for


def sources_file(home: Path, *sources: tuple[str, str, int]) -> None:
    """Sources as (name, url, interval_minutes)."""
    home.mkdir(exist_ok=True)
    (home / "sources.yaml").write_text(yaml.safe_dump({"sources": [
        {"name": name, "kind": "rss", "url": url, "section": "Giáo dục", "interval_minutes": minutes}
        for name, url, minutes in sources]}, allow_unicode=True), encoding="utf-8")


def a_round_done(home: Path) -> bool:
    """Whether the service now running on the home finished a round (service-rounds.json, written anew at each start)."""
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


def test_a_host_that_asked_to_be_left_alone_for_an_hour_is_not_asked_again_after_a_restart(tmp_path, http_server) -> None:
    # The wait (a Retry-After over crawler.max_retry_wait_seconds) was the host clock's, in memory: the running service
    # left the host alone for the hour, a restarted one asked it again at once.
    feed = http_server.route("/rss.xml", "", status=429, headers={"Retry-After": "3600"})
    home = tmp_path / "home"
    sources_file(home, ("Báo Thử", feed, 1))
    for _ in range(2):
        done = subprocess.run([sys.executable, "-m", "diemnong", "run", "--once", "--no-dashboard", "--no-demo"],
                              env=child_env(home), cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "nguồn Báo Thử (Giáo dục) lỗi" in done.stderr, done.stderr  # each round says it, as the running service
    # Another feed of the same site, polled on its own (another interval; here by hand): the site's wait holds for it.
    other = http_server.route("/tuyen-sinh.xml", "<rss/>")
    sources_file(home, ("Báo Thử", feed, 1), ("Báo Thử", other, 5))
    alone = subprocess.run([sys.executable, "-m", "diemnong", "crawl", "--once", "--source", other], env=child_env(home),
                           cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert alone.returncode == 1, alone.stderr  # its one source failed: the site asked to be left alone
    assert [path for _, path, _ in http_server.requests if path in ("/rss.xml", "/tuyen-sinh.xml")] == ["/rss.xml"]


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


def this_round_failed(home: Path, launched: datetime) -> bool:
    """Whether the rounds file says a round failed since `launched`."""
    rounds = read_rounds(home)
    return rounds is not None and rounds.finished is not None and rounds.finished >= launched and rounds.succeeded is None
