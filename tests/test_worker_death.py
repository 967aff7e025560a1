"""An article an analysis worker process dies on is found and stored unanalysed, the rest of its batch analysed.

Before, a worker's death (a fault of a C extension on one article's text, the OOM killer) broke the pool: the batch's
round failed, the feed's state was not saved, and the next interval the same feed brought the same article and the
round failed again, for ever.

The worker dies for real: the models folder (setting nlp.models, env DIEMNONG_NLP_MODELS) holds a damaged bundle whose
nearest-neighbour pool names, for the feature «xyzzy», a pool row far outside the pool; scipy's sparse product reads
past its array and the process that analyses such an article ends with SIGSEGV. No code of ours is replaced. An article
that may kill its process is never analysed in the service's own (pytest's, here): it would end the service."""
from __future__ import annotations

import faulthandler
import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest
import yaml

from diemnong.pipeline import Service, Stopped, analysed_apart, article_from_record, now_local
from nlp.bundle import Bundle, shipped
from store import Filters
from store.sqlite import SQLiteStore
from tests.conftest import ROOT
from tests.faults import check_store, child_env, diemnong, write_jsonl
from tests.test_poison_pill import LEAD, serve
from tests.test_service_run import wait_for

PILL = "Trường Xyzzy thu tiền sai quy định"


def crashing_bundle(folder: Path) -> Path:
    """A models folder whose bundle kills the process that analyses an article with «xyzzy» (SIGSEGV in scipy)."""
    Bundle(vocabulary={"s:xyzzy": 0}, idf=np.ones(1, np.float32), weights=np.zeros((1, 20), np.float32),
           bias=np.zeros(20, np.float32), topic_thresholds=np.full(16, 0.5, np.float32), gate_threshold=0.5,
           negative_threshold=0.5, pool_indptr=np.array([0, 1], np.int32), pool_rows=np.array([2**31 - 1], np.int32),
           pool_values=np.ones(1, np.float32), pool_topics=np.zeros((2, 16), np.float32), knn_weight=0.5).save(folder)
    return folder


@pytest.fixture
def crashing_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    folder = crashing_bundle(tmp_path / "models")
    monkeypatch.setenv("DIEMNONG_NLP_MODELS", str(folder))
    shipped.cache_clear()
    dumping = faulthandler.is_enabled()  # pytest's: each dead worker would print its stack and 30 modules
    faulthandler.disable()
    yield folder
    if dumping:
        faulthandler.enable(file=sys.__stderr__)
    shipped.cache_clear()


def lines(n: int, pill_at: int, day: str = "2025-09-05") -> list[dict]:
    return [{"id": f"b{i}", "title": PILL if i == pill_at else f"Phụ huynh phản ánh lạm thu tại trường số {i}",
             "summary": LEAD, "url": f"https://baothu.vn/{day}/bai-{i}.html", "source": "Báo Thử",
             "published": f"{day}T{i % 24:02d}:00:00+07:00"} for i in range(n)]


def test_the_damaged_bundle_kills_the_process_that_analyses_the_article(crashing_models) -> None:
    probe = "from nlp.analysis import analyse; analyse({!r}, 'x'); print('alive')"
    env = {**child_env(crashing_models.parent), "DIEMNONG_NLP_MODELS": str(crashing_models)}
    ok = subprocess.run([sys.executable, "-c", probe.format("Phụ huynh phản ánh lạm thu")], env=env, cwd=ROOT,
                        capture_output=True, text=True, timeout=120)
    dead = subprocess.run([sys.executable, "-c", probe.format(PILL)], env=env, cwd=ROOT, capture_output=True, timeout=120)
    assert ok.stdout.strip() == "alive" and dead.returncode == -signal.SIGSEGV
    [one] = analysed_apart([(PILL, "x", "")], 2)
    assert isinstance(one, str) and one.endswith("SIGSEGV"), one


def test_an_article_a_worker_dies_on_is_stored_unanalysed_and_the_rest_of_its_batch_analysed(
        settings, store, crashing_models, caplog) -> None:
    service = Service(settings, store, workers=2)
    try:
        with caplog.at_level(logging.WARNING, logger="diemnong.pipeline"):
            report = service.ingest([article_from_record(rec, "x") for rec in lines(12, pill_at=7)])
        assert report.inserted == 12
        stored = {a.external_id: a for a in store.iter_articles(Filters())}
        pill = stored["b7"]
        assert pill.classification is None and pill.segmented == "" and pill.story_id, "stored unanalysed, in a story"
        assert all(a.classification is not None and a.segmented for k, a in stored.items() if k != "b7"), "the rest analysed"
        said = [r.getMessage() for r in caplog.records if pill.url in r.getMessage()]
        assert len(said) == 1 and "bị dừng đột ngột khi phân tích bài này: SIGSEGV" in said[0], said
        assert any("một tiến trình phân tích bị dừng đột ngột (SIGSEGV)" in r.getMessage() for r in caplog.records)
        # The next batch gets a pool of its own, as before.
        assert service.ingest([article_from_record(rec, "x") for rec in lines(6, -1, "2025-09-06")]).inserted == 6
        assert service._pool is not None
    finally:
        service.close()


def test_a_batch_with_two_articles_that_kill_their_worker_finds_both(settings, store, crashing_models) -> None:
    records = lines(40, pill_at=3)
    records[31]["title"] = "Xyzzy: học sinh nghỉ học"
    service = Service(settings, store, workers=2)
    try:
        assert service.ingest([article_from_record(rec, "x") for rec in records]).inserted == 40
    finally:
        service.close()
    unanalysed = sorted(a.external_id for a in store.iter_articles(Filters()) if a.classification is None)
    assert unanalysed == ["b3", "b31"]


def test_a_feed_with_an_article_that_kills_its_worker_is_stored_and_its_round_goes_on(tmp_path, http_server) -> None:
    # `diemnong run`, its NLP on two workers: the round failed on the feed each interval, nothing of it stored.
    feed = serve(http_server, [*(f"Phụ huynh phản ánh lạm thu tại trường số {i}" for i in range(19)), PILL])
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.yaml").write_text("general:\n  log_level: INFO\ncrawler:\n  fetch_pages: false\n", encoding="utf-8")
    (home / "sources.yaml").write_text(yaml.safe_dump({"sources": [{"name": feed.name, "kind": "rss", "url": feed.url,
                                                                   "section": "Giáo dục", "interval_minutes": 1}]},
                                                     allow_unicode=True), encoding="utf-8")
    env = {**child_env(home), "DIEMNONG_NLP_WORKERS": "2", "DIEMNONG_NLP_MODELS": str(crashing_bundle(tmp_path / "models"))}
    proc = subprocess.Popen([sys.executable, "-m", "diemnong", "run", "--no-dashboard", "--no-demo", "--interval", "2"],
                            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    log, db = home / "logs" / "diemnong.log", home / "diemnong.sqlite3"
    scanned = "đã quét 1 nguồn: 20 bài mới hoặc cập nhật"
    try:
        wait_for(lambda: (log.is_file() and scanned in log.read_text(encoding="utf-8")) or proc.poll() is not None, timeout=90)
        time.sleep(5)  # two more rounds
        assert proc.poll() is None, "the service goes on"
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    text = log.read_text(encoding="utf-8")
    assert "lỗi không lường trước trong vòng quét" not in text, "no round failed"
    assert check_store(db)["articles"] == 20
    store = SQLiteStore(db)
    try:
        [pill] = [a for a in store.iter_articles(Filters()) if a.title == PILL]
        assert pill.classification is None
        assert store.get_source_state(feed.url).etag == '"v1"', "the feed's state saved after its articles"
    finally:
        store.close()
    said = [line for line in text.splitlines() if pill.url in line]
    assert len(said) == 1 and " WARNING " in said[0] and "bị dừng đột ngột khi phân tích bài này: SIGSEGV" in said[0], said


def test_an_article_stored_unanalysed_is_never_analysed_again_in_the_command_s_own_process(tmp_path, crashing_models) -> None:
    # One process, no pool (--workers 1, or a batch of up to four): the article a worker died on, read again or
    # analysed again by the service's hourly pass, ended the command (SIGSEGV) — at each restart.
    home = tmp_path / "home"
    env = {**child_env(home), "DIEMNONG_NLP_MODELS": str(crashing_models)}
    records = lines(8, pill_at=5, day=(now_local() - timedelta(days=1)).date().isoformat())
    batch = write_jsonl(tmp_path / "in.jsonl", records)
    first = diemnong(["ingest", "--input", str(batch), "--workers", "2"], home, env=env)
    assert first.returncode == 0, first.stderr
    again = diemnong(["ingest", "--input", str(write_jsonl(tmp_path / "pill.jsonl", records[5:6])), "--workers", "1"],
                     home, env=env)
    assert again.returncode == 0, again.stderr
    # An hour later: its next try due (the store keeps it, a restart no longer tries it at once: tests/test_restart.py).
    db = sqlite3.connect(home / "diemnong.sqlite3")
    try:
        with db:
            db.execute("UPDATE analysis_failures SET data = json_set(data, '$.due', ?)",
                       [(now_local() - timedelta(minutes=1)).isoformat()])
    finally:
        db.close()
    hourly = diemnong(["run", "--once", "--no-crawl", "--no-dashboard", "--no-demo"], home, env=env)
    assert hourly.returncode == 0, hourly.stderr
    store = SQLiteStore(home / "diemnong.sqlite3")
    try:
        assert [a.external_id for a in store.iter_articles(Filters()) if a.classification is None] == ["b5"]
        assert store.count() == 8
    finally:
        store.close()
    assert "phân tích lại 1 bài" in (home / "logs" / "diemnong.log").read_text(encoding="utf-8")


def with_a_worker_killed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]) -> int:
    """`diemnong ARGS` on 2,000 lines with two NLP workers, one of which is killed (as the OOM killer does) once it runs."""
    import multiprocessing
    import os
    import threading

    from diemnong.cli import main

    monkeypatch.setenv("DIEMNONG_HOME", str(tmp_path / "home"))
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": f"k{i}", "title": f"Phụ huynh phản ánh lạm thu tại trường số {i}",
                                        "summary": LEAD, "url": f"https://baothu.vn/k{i}.html",
                                        "published": f"2025-09-05T08:{i % 60:02d}:00+07:00"}, ensure_ascii=False) + "\n"
                        for i in range(2000)), encoding="utf-8")
    killed: list[int] = []
    others = {p.pid for p in multiprocessing.active_children()}  # an earlier test's, still ending

    def kill_a_worker() -> None:
        deadline = time.monotonic() + 120
        while not killed and time.monotonic() < deadline:
            workers = [p for p in multiprocessing.active_children() if p.pid not in others]
            if workers:
                os.kill(workers[0].pid, signal.SIGKILL)
                killed.append(workers[0].pid)
            time.sleep(0.05)

    killer = threading.Thread(target=kill_a_worker, daemon=True)
    killer.start()
    try:
        return main([*args, "--input", str(path), "--workers", "2"])
    finally:
        killer.join(5)
        for child in multiprocessing.active_children():
            child.kill()
        assert killed


def test_an_ingest_whose_analysis_worker_is_killed_goes_on(tmp_path, monkeypatch, capsys) -> None:
    # It ended, «chạy lại lệnh». Its batch is analysed again on fresh workers.
    code = with_a_worker_killed(tmp_path, monkeypatch, ["ingest", "--batch", "10"])
    assert code == 0, capsys.readouterr().err
    store = SQLiteStore(tmp_path / "home" / "diemnong.sqlite3")
    try:
        assert store.count() == 2000 and all(a.classification is not None for a in store.iter_articles(Filters()))
    finally:
        store.close()


def test_a_classification_whose_worker_is_killed_says_so_in_one_line(tmp_path, monkeypatch, capsys) -> None:
    # `diemnong classify` writes a file in the input's order, with no store to keep what was done: it ends, in one line,
    # without waiting for its other worker (which ignores SIGTERM: it hung, about one run in four).
    code = with_a_worker_killed(tmp_path, monkeypatch, ["classify", "--output", str(tmp_path / "out.jsonl")])
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert (code, err) == (1, "diemnong classify: một tiến trình phân tích bị dừng đột ngột (có thể do thiếu bộ nhớ); "
                              "chạy lại lệnh")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_feed_s_few_new_articles_one_of_which_kills_its_process_leave_the_service_running(tmp_path, http_server,
                                                                                            workers) -> None:
    # A round of up to four articles (most rounds) was analysed in the service's own process: `diemnong run` died of
    # SIGSEGV, at each restart. With nlp.workers 1 too, the analysis runs on a worker process of its own.
    feed = serve(http_server, ["Phụ huynh phản ánh lạm thu tại trường số 1", PILL])
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.yaml").write_text("general:\n  log_level: INFO\ncrawler:\n  fetch_pages: false\n", encoding="utf-8")
    (home / "sources.yaml").write_text(yaml.safe_dump({"sources": [{"name": feed.name, "kind": "rss", "url": feed.url,
                                                                   "section": "Giáo dục", "interval_minutes": 1}]},
                                                     allow_unicode=True), encoding="utf-8")
    env = {**child_env(home), "DIEMNONG_NLP_WORKERS": workers,
           "DIEMNONG_NLP_MODELS": str(crashing_bundle(tmp_path / "models"))}
    proc = subprocess.Popen([sys.executable, "-m", "diemnong", "run", "--no-dashboard", "--no-demo", "--interval", "2"],
                            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    log = home / "logs" / "diemnong.log"
    try:
        wait_for(lambda: (log.is_file() and "đã quét 1 nguồn: 2 bài" in log.read_text(encoding="utf-8"))
                 or proc.poll() is not None, timeout=90)
        assert proc.poll() is None, "the service goes on"
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    store = SQLiteStore(home / "diemnong.sqlite3")
    try:
        assert sorted((a.title, a.classification is None) for a in store.iter_articles(Filters())) == [
            ("Phụ huynh phản ánh lạm thu tại trường số 1", False), (PILL, True)]
    finally:
        store.close()


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_the_workers_die_with_their_command(tmp_path) -> None:
    # A command killed (SIGKILL; the service dead of an article) left its workers for ever (they ignore SIGTERM), each
    # with the models in memory, blocked on a pipe nobody writes to.
    script = ("import time\nfrom diemnong.workers import model_pool\npool = model_pool(2)\nlist(pool.map(abs, range(8)))\n"
              "print(' '.join(str(p) for p in pool._processes), flush=True)\ntime.sleep(120)\n")
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=child_env(tmp_path), stdout=subprocess.PIPE,
                            text=True)
    try:
        workers = [int(p) for p in proc.stdout.readline().split()]
        assert len(workers) == 2 and all(_alive(p) for p in workers)
    finally:
        proc.kill()
        proc.wait(10)
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [p for p in workers if _alive(p)]
    for pid in left:  # (without the fix: not to leave them to the next tests)
        os.kill(pid, signal.SIGKILL)
    assert not left, "the workers die with their command"


def test_a_stop_asked_while_articles_kill_their_workers_is_heeded_before_the_next_pool(settings, store,
                                                                                        crashing_models) -> None:
    # The batch went on pool after pool to its end (a minute and more with many such articles), then the hourly pass
    # analysed the failed ones again: `docker stop` killed the service after 10 s. Now it stops after the pool it is on;
    # the batch is not stored, and read again at the next start.
    records = lines(12, pill_at=7)
    service = Service(settings, store, workers=2)
    service.stopping = lambda: True  # (`diemnong run` sets this: a SIGTERM came)
    try:
        with pytest.raises(Stopped):
            service.ingest([article_from_record(rec, "x") for rec in records])
    finally:
        service.close()
    assert store.count() == 0, "the batch dropped"
    service = Service(settings, store, workers=2)
    try:
        assert service.ingest([article_from_record(rec, "x") for rec in records]).inserted == 12
    finally:
        service.close()
    assert [a.external_id for a in store.iter_articles(Filters()) if a.classification is None] == ["b7"]


def test_a_service_asked_to_stop_does_not_analyse_again(settings, store, crashing_models, caplog) -> None:
    service = Service(settings, store, workers=2)
    try:
        service.ingest([article_from_record(rec, "x") for rec in lines(6, pill_at=2)])
        pill = next(a for a in store.iter_articles(Filters()) if a.classification is None)
        service.stopping = lambda: True
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="diemnong.pipeline"):
            service.tick(pill.published + timedelta(hours=5))
        assert not any("phân tích lại" in r.getMessage() for r in caplog.records)
    finally:
        service.close()


def test_an_article_that_just_failed_is_analysed_again_an_hour_later_not_at_the_pass_after_its_round(
        settings, store, crashing_models, caplog) -> None:
    # The pass after the round (each restart's first, or the hourly one) bisected it again seconds after it failed.
    service = Service(settings, store, workers=2)
    try:
        service.ingest([article_from_record(rec, "x") for rec in lines(6, pill_at=2)])
        pill = next(a for a in store.iter_articles(Filters()) if a.classification is None)
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="diemnong.pipeline"):
            service.tick(pill.published + timedelta(minutes=1))  # the round's pass
            assert not any("phân tích lại" in r.getMessage() for r in caplog.records)
            service.tick(pill.published + timedelta(minutes=61))
        assert any("phân tích lại 1 bài" in r.getMessage() for r in caplog.records)
    finally:
        service.close()
