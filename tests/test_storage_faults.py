"""A full disk and a read-only store: a clear one-line error, nothing half-written or corrupted, and the
work completed once space or rights return.

How the faults are made without a special file system:

- *Full database* (in process): ``PRAGMA max_page_count`` caps the file at its current size, so the next
  write fails exactly as on a full disk (SQLITE_FULL, "database or disk is full"); raising it is space
  returning.
- *Full disk* (a real `diemnong` child): the child runs under ``RLIMIT_FSIZE`` (``ulimit -f``), so the
  kernel refuses every write past that offset in any file — the WAL, the database, an output file — as
  it refuses them on a full disk (EFBIG where a full disk gives ENOSPC; SQLite reports a disk I/O error).
  For the running service, the parent raises the child's limit with ``prlimit`` while it runs: space
  returns without a restart.
- *Read-only store*: the store file and its folder lose their write bits; as root, who ignores them, the
  child starts without the capabilities that let it (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH dropped from
  its bounding set), so it meets the bits as any service user would.
"""
from __future__ import annotations

import ctypes
import hashlib
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Callable

import pytest
import yaml

from dashboard import synthetic
from diemnong.domain import TZ
from diemnong.pipeline import Service, article_from_record
from store.base import StoreUnavailable
from store.sqlite import SQLiteStore
from tests.conftest import ROOT
from tests.faults import check_store, child_env, diemnong, write_jsonl

END = datetime(2025, 9, 20, 16, 0, tzinfo=TZ)


def recs(n: int, seed: int, full: bool = False) -> list[dict]:
    return [{**r, "id": f"s{seed}-{i}", "url": f"https://bao.example.vn/{seed}/{i}.html"}
            for i, r in enumerate(synthetic.records(n, END, days=10, seed=seed, full_text=full)[:n])]


def articles(records: list[dict]) -> list:
    return [article_from_record(r, f"test:{i}", now=END) for i, r in enumerate(records)]


def fsize_limit(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    return apply


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected a one-line reason, got:\n{stderr}"
    return lines[0]


# --------------------------------------------------------------------------- full database, in process

def test_a_full_database_is_a_clear_error_nothing_half_written_and_work_completes_when_space_returns(settings, tmp_path) -> None:
    path = tmp_path / "store.sqlite3"
    first, more = recs(30, 1), recs(40, 2, full=True)
    store = SQLiteStore(path)
    Service(settings, store, workers=1).ingest(articles(first))
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full
    with pytest.raises(StoreUnavailable) as failed:
        Service(settings, store, workers=1).ingest(articles(more))
    assert "không ghi được vào kho" in str(failed.value) and "ổ đĩa đầy" in str(failed.value) and "ổ đĩa còn trống" in str(failed.value)
    assert "\n" not in str(failed.value)
    assert store.count() == 30, "the failed batch left nothing behind"
    store.close()
    assert check_store(path)["articles"] == 30
    store = SQLiteStore(path)  # space returns (a new connection has no page cap); a restarted service finishes the work
    report = Service(settings, store, workers=1).ingest(articles(first + more))
    assert (report.inserted, report.unchanged) == (40, 30)
    keys = [a.key for a in store.list_alerts(limit=1000)]
    assert len(keys) == len(set(keys))
    store.close()
    assert check_store(path)["articles"] == 70


# --------------------------------------------------------------------------- full disk, a real child

def test_ingest_on_a_full_disk_says_so_in_one_line_and_a_rerun_completes_without_duplicates(tmp_path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    first = write_jsonl(tmp_path / "first.jsonl", recs(20, 3))
    more = write_jsonl(tmp_path / "more.jsonl", recs(60, 4, full=True))
    assert diemnong(["ingest", "--input", str(first)], home).returncode == 0
    full = diemnong(["ingest", "--input", str(more)], home, preexec=fsize_limit(64 * 1024))
    assert full.returncode == 1, full.stderr
    line = one_line(full.stderr)
    assert line.startswith("diemnong ingest: không ghi được vào kho ") and ": lỗi đọc ghi ổ đĩa" in line
    assert check_store(home / "diemnong.sqlite3")["articles"] < 80
    again = diemnong(["ingest", "--input", str(more)], home)
    assert again.returncode == 0, again.stderr
    counts = check_store(home / "diemnong.sqlite3")
    assert counts["articles"] == 80


def test_an_output_file_on_a_full_disk_is_a_one_line_error(tmp_path) -> None:
    home = tmp_path / "home"
    src = write_jsonl(tmp_path / "in.jsonl", recs(40, 5, full=True))
    out = diemnong(["classify", "--input", str(src), "--output", str(tmp_path / "out.jsonl"), "--workers", "1"], home,
                   preexec=fsize_limit(16 * 1024))
    assert out.returncode == 1
    line = one_line(out.stderr)
    assert line.startswith("diemnong classify: không ghi hoặc đọc được") and "too large" in line.lower()
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "out.jsonl.part").exists(), "nothing half-written left"


def test_a_full_disk_names_the_file_it_could_not_write(tmp_path) -> None:
    """«diemnong classify: cannot write or read: No space left on device» said not which file: the output, or (for a
    backtest of standard input) the temporary copy of the stream in TMPDIR, which the analyst had not asked for."""
    home, out = tmp_path / "home", tmp_path / "out.jsonl"
    src = write_jsonl(tmp_path / "in.jsonl", recs(40, 5, full=True))
    full = diemnong(["classify", "--input", str(src), "--output", str(out), "--workers", "1"], home,
                    preexec=fsize_limit(16 * 1024))
    assert one_line(full.stderr).startswith(f"diemnong classify: không ghi hoặc đọc được {out}: "), full.stderr
    env = {**child_env(home), "TMPDIR": str(tmp_path)}  # where the backtest's store and its copy of standard input go
    stream = write_jsonl(tmp_path / "in.jsonl", recs(200, 5, full=True))  # 750 kB: its copy passes the limit first
    with stream.open("rb") as stdin:
        copy = subprocess.run([sys.executable, "-m", "diemnong", "backtest", "--input", "-", "--output", str(out)], stdin=stdin,
                              capture_output=True, text=True, timeout=120, env=env, cwd=ROOT, preexec_fn=fsize_limit(256 * 1024))
    line = one_line(copy.stderr)
    assert copy.returncode == 1 and line.startswith(f"diemnong backtest: không ghi hoặc đọc được {tmp_path}/diemnong-input-"), line
    assert [p.name for p in tmp_path.iterdir() if p.name != "home"] == ["in.jsonl"], "nothing half-written left"


def test_the_running_service_waits_out_a_full_disk_and_resumes_when_space_returns(tmp_path, http_server) -> None:
    from tests.test_pipeline import serve_feed

    source = serve_feed(http_server, 4)
    home = tmp_path / "home"
    home.mkdir()
    (home / "sources.yaml").write_text(yaml.safe_dump({"sources": [
        {"name": source.name, "kind": "rss", "url": source.url, "section": "Giáo dục", "interval_minutes": 1}]},
        allow_unicode=True), encoding="utf-8")
    path = home / "diemnong.sqlite3"
    SQLiteStore(path).close()
    proc = subprocess.Popen([sys.executable, "-m", "diemnong", "run", "--no-dashboard", "--no-demo", "--interval", "1"],
                            env=child_env(home), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=fsize_limit(64 * 1024), start_new_session=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stderr.readline, "")), daemon=True)
    reader.start()
    errors: list[str] = []
    try:
        deadline = time.monotonic() + 90
        while len(errors) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            errors = [line for line in lines if "kho dữ liệu không ghi được" in line]
        assert proc.poll() is None, "the service must keep running while the disk is full: " + "".join(lines[-15:])
        assert len(errors) >= 2, "one clear line per round while the disk is full"
        assert all("không ghi được vào kho" in line for line in errors)
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.prlimit(proc.pid, resource.RLIMIT_FSIZE, (hard, hard))  # space returns
        deadline = time.monotonic() + 90
        stored = 0
        while time.monotonic() < deadline and stored < 4:
            time.sleep(0.3)
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as db:
                stored = db.execute("SELECT COUNT(*) FROM articles WHERE status = 'complete'").fetchone()[0]
        assert stored == 4, "the articles are stored once space returns, without a restart"
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as db:
            assert db.execute("SELECT data FROM source_states").fetchall(), "and the source's state after them"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
    assert check_store(path)["articles"] == 4


# --------------------------------------------------------------------------- read-only store

def _without_file_override() -> None:
    """In the child: drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, so even root obeys file permissions."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP; the caps go at exec
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def obeying_permissions(tmp_path: Path) -> Callable[[], None] | None:
    """A preexec function under which a child cannot write a read-only file (None: none needed); skip if impossible."""
    if os.geteuid() != 0:
        return None
    probe = tmp_path / "probe"
    probe.write_text("x")
    probe.chmod(0o444)
    try:
        tried = subprocess.run([sys.executable, "-c", f"open({str(probe)!r}, 'a')"], preexec_fn=_without_file_override,
                               capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot run a child that obeys file permissions as root here: {exc}")
    if tried.returncode == 0:
        pytest.skip("cannot run a child that obeys file permissions as root here (capabilities cannot be dropped)")
    return _without_file_override


def test_a_read_only_store_is_a_clear_error_left_unchanged_and_writable_again_later(tmp_path) -> None:
    preexec = obeying_permissions(tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    first = write_jsonl(tmp_path / "first.jsonl", recs(15, 6))
    more = write_jsonl(tmp_path / "more.jsonl", recs(15, 7))
    assert diemnong(["ingest", "--input", str(first)], home).returncode == 0
    db = home / "diemnong.sqlite3"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    try:
        db.chmod(0o444)
        home.chmod(0o555)
        ro = diemnong(["ingest", "--input", str(more)], home, preexec=preexec)
        assert ro.returncode == 1, ro.stderr
        line = one_line(ro.stderr)
        assert line.startswith("diemnong ingest: không ghi được vào kho ") and "\n" not in line
        assert "kho chỉ cho đọc" in line or "không mở được tệp" in line, line
        assert hashlib.sha256(db.read_bytes()).hexdigest() == before, "the store is untouched"
    finally:
        home.chmod(0o755)
        db.chmod(0o644)
    done = diemnong(["ingest", "--input", str(more)], home)
    assert done.returncode == 0, done.stderr
    assert check_store(db)["articles"] == 30


def _read_commands(tmp_path: Path) -> list[list[str]]:
    report = tmp_path / "bao-cao.html"
    return [["search", "--json", "--limit", "3"], ["signals", "--all"],
            ["report", "--month", "2025-09", "--format", "html", "--output", str(report)]]


def test_the_commands_that_only_read_work_on_a_read_only_home_or_a_read_only_store_file(tmp_path) -> None:
    """An auditor's backup copy, a home on a read-only mount: search, signals and report read it (the report goes where
    --output says) and leave it as it was, with the folder read-only too (no -wal or -shm can be made there)."""
    preexec = obeying_permissions(tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    assert diemnong(["ingest", "--input", str(write_jsonl(tmp_path / "in.jsonl", recs(15, 8)))], home).returncode == 0
    db = home / "diemnong.sqlite3"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for folder_too in (True, False):  # the folder first: a read of the file alone may leave a -shm beside it
        try:
            db.chmod(0o444)
            if folder_too:
                home.chmod(0o555)
            for args in _read_commands(tmp_path):
                done = diemnong(args, home, preexec=preexec)
                assert done.returncode == 0, (folder_too, args, done.stderr)
                assert done.stdout.strip(), args
            assert (tmp_path / "bao-cao.html").stat().st_size > 0
            assert hashlib.sha256(db.read_bytes()).hexdigest() == before, "the store is untouched"
        finally:
            home.chmod(0o755)
            db.chmod(0o644)


def test_a_read_only_folder_whose_store_has_a_wal_without_its_shm_is_one_line_in_vietnamese(tmp_path) -> None:
    """Changes not yet checkpointed (a -wal) can only be read with the -shm beside them, which a read-only folder
    cannot give: one line saying what to do, not a traceback."""
    preexec = obeying_permissions(tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    assert diemnong(["ingest", "--input", str(write_jsonl(tmp_path / "in.jsonl", recs(5, 9)))], home).returncode == 0
    db = home / "diemnong.sqlite3"
    writer = sqlite3.connect(db)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("INSERT INTO source_states VALUES ('x', '{}')")
        writer.commit()
        copy = tmp_path / "copy"
        copy.mkdir()
        for name in (db.name, db.name + "-wal"):  # as a copy of a running service's files without its -shm
            (copy / name).write_bytes((home / name).read_bytes())
    finally:
        writer.close()
    try:
        copy.chmod(0o555)
        failed = diemnong(["search", "hoc"], copy, preexec=preexec)
        assert failed.returncode == 1, failed.stderr
        line = one_line(failed.stderr)
        assert line.startswith("diemnong search: ") and "-wal" in line and "chỉ đọc" in line, line
    finally:
        copy.chmod(0o755)


def test_a_read_only_store_an_earlier_version_made_is_read_not_refused(tmp_path) -> None:
    """An auditor's read-only copy of a store made before migration 006 (article aliases, which reading does without):
    search, signals and report read it as it is; it cannot be upgraded there, and need not be."""
    preexec = obeying_permissions(tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    assert diemnong(["ingest", "--input", str(write_jsonl(tmp_path / "in.jsonl", recs(15, 8)))], home).returncode == 0
    db = home / "diemnong.sqlite3"
    old = sqlite3.connect(db)
    try:  # as version 005 left it
        old.execute("DROP TABLE article_aliases")
        old.execute("DELETE FROM migrations WHERE name = '006_article_aliases'")
        old.commit()
        old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        old.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    try:
        db.chmod(0o444)
        home.chmod(0o555)
        for args in _read_commands(tmp_path):
            done = diemnong(args, home, preexec=preexec)
            assert done.returncode == 0, (args, done.stderr)
            assert done.stdout.strip(), args
        assert hashlib.sha256(db.read_bytes()).hexdigest() == before, "the store is untouched"
    finally:
        home.chmod(0o755)
        db.chmod(0o644)
    assert diemnong(["search", "--json", "--limit", "3"], home).returncode == 0
    assert "006_article_aliases" in {r[0] for r in sqlite3.connect(db).execute("SELECT name FROM migrations")}, \
        "upgraded where it can be"
