"""`diemnong backup` and `diemnong restore` on real homes: articles through the real pipeline, a backup taken while
another process keeps writing the store, and the failures an office meets (an unwritable or full output folder, a
home that already has a store, a home in use, a damaged archive), each a one-line reason with nothing changed."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from diemnong.config import load_settings
from diemnong.domain import TZ
from diemnong.text import number
from store.sqlite import SQLiteStore
from tests.conftest import ROOT
from tests.faults import check_store, child_env, diemnong, write_jsonl
from tests.test_storage_faults import fsize_limit, obeying_permissions, one_line

OUTLETS = ["VnExpress", "Tuổi Trẻ", "Dân trí", "Thanh Niên", "Giáo dục và Thời đại", "Báo Hậu Giang"]


def burst(n: int = 12) -> list[dict]:
    """One hot story on six outlets (an issue and its alerts), and quieter articles beside it."""
    rows = [{"id": f"b{i}", "title": "Phụ huynh bức xúc vì lạm thu ở trường tiểu học Vị Tân", "source": OUTLETS[i % 6],
             "summary": "Trường thu hàng chục khoản ngoài quy định, Sở GD&ĐT yêu cầu trả lại tiền cho phụ huynh",
             "published": f"2025-09-0{5 + i // 6}T{8 + i % 6:02d}:00:00+07:00", "url": f"https://o{i}.vn/lam-thu.html"}
            for i in range(n)]
    rows += [{"id": "q1", "title": "Học sinh đuối nước khi tắm sông", "text": "Hai em học sinh lớp 6 bị đuối nước thương tâm.",
              "published": "2025-09-06T10:00:00+07:00", "url": "https://q.vn/1.html", "source": "Dân trí"},
             {"id": "q2", "title": "Miễn học phí cho học sinh công lập từ năm học mới", "published": "2025-09-06T11:00:00+07:00",
              "url": "https://q.vn/2.html", "source": "Tuổi Trẻ"}]
    return rows


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


LOCKS = ("dashboard.lock", "run.lock")  # what a restore leaves in a home it refused: its locks, empty or a pid


def tree(folder: Path) -> dict[str, str]:
    """Every file under a folder with its checksum (what 'untouched' means)."""
    return {p.relative_to(folder).as_posix(): sha(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def archive_of(stdout: str) -> Path:
    """The archive a successful `diemnong backup` names on its one line: 'PATH  SIZE  (…)'."""
    lines = stdout.strip().splitlines()
    assert len(lines) == 1, stdout
    path = Path(lines[0].split("  ")[0])
    assert path.is_file(), stdout
    return path


def outcome(home: Path) -> tuple[list, list, list]:
    """Issues (id, title, status, articles), alerts (key, state, recipient) and issue events, as the store gives them."""
    with SQLiteStore(home / "diemnong.sqlite3", readonly=True) as store:
        issues = sorted((i.id, i.title, i.status, tuple(i.article_ids)) for i in store.list_issues(limit=1000))
        alerts = sorted((a.key, a.state, a.recipient, a.subject) for a in store.list_alerts(limit=10_000))
        events = sorted((i.id, tuple((e.kind, e.value, e.who) for e in store.get_issue(i.id).events))  # type: ignore[union-attr]
                        for i in store.list_issues(limit=1000))
    return issues, alerts, events


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home as an office has it after a while: coverage ingested through the whole pipeline (issues, alerts), an
    analyst's account, a department list and a threshold edited on Cấu hình with its history, a report; and what a
    backup must leave out: logs, a cache, the lock."""
    tmp = tmp_path_factory.mktemp("office")
    home = tmp / "home"
    src = write_jsonl(tmp / "stream.jsonl", burst())
    ingest = diemnong(["ingest", "--input", str(src)], home, timeout=600)
    assert ingest.returncode == 0 and "; phát ra " in ingest.stdout, ingest.stderr
    user = diemnong(["user", "add", "lan", "--role", "analyst", "--name", "Nguyễn Thị Lan", "--password-stdin"], home,
                    input="mat-khau-rat-dai\n")
    assert user.returncode == 0, user.stderr
    with SQLiteStore(home / "diemnong.sqlite3") as store:
        issue = store.list_issues(limit=1)[0]
        from diemnong.domain import IssueEvent
        store.add_issue_event(issue.id, IssueEvent(at=datetime(2025, 9, 7, 9, 0, tzinfo=TZ), kind="note",
                                                   value="Đã liên hệ nhà trường", who="lan"))
    (home / "departments.yaml").write_text((ROOT / "data" / "departments.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (home / "settings.yaml").write_text("detector:\n  hot_score: 6.5\n", encoding="utf-8")
    (home / "config-history").mkdir()
    (home / "config-history" / "settings-2025-09-07.yaml").write_text("detector:\n  hot_score: 7.0\n", encoding="utf-8")
    (home / "reports").mkdir()
    (home / "reports" / "bao-cao-du-luan-2025-08.docx").write_bytes(b"PK\x03\x04 a report")
    for junk in ("logs/diemnong.log", "cache/segments.pkl", "reindex/elasticsearch-diemnong.json"):
        (home / junk).parent.mkdir(parents=True, exist_ok=True)
        (home / junk).write_text("junk", encoding="utf-8")
    (home / "run.lock").write_text("123 run\n", encoding="utf-8")
    return home


# --------------------------------------------------------------------------- the round trip

def test_backup_then_restore_into_a_new_home_gives_the_same_searches_issues_alerts_and_accounts(office: Path, tmp_path: Path) -> None:
    from dashboard.users import check_password, load_accounts

    before = tree(office)
    made = diemnong(["backup", "--output", str(tmp_path / "backups")], office)
    assert made.returncode == 0, made.stderr
    archive = archive_of(made.stdout)
    assert archive.parent == tmp_path / "backups" and archive.name.startswith("diemnong-backup-")
    stamp = datetime.strptime(archive.name[len("diemnong-backup-"):-len(".tar.gz")], "%Y-%m-%d-%H%M").replace(tzinfo=TZ)
    assert abs((datetime.now(TZ) - stamp).total_seconds()) < 180, "named with the Vietnamese local time"
    size = archive.stat().st_size
    assert f"  {number(size / 2**10, 1)} KiB  " in made.stdout, "the line gives the size, as Vietnamese writes it"
    counts = check_store(office / "diemnong.sqlite3")
    rows = f"{counts['articles']} bài, {counts['issues']} vấn đề, {counts['alerts']} cảnh báo"
    assert re.fullmatch(rf"{re.escape(str(archive))}  \d+,\d KiB  \({rows}, 5 tệp của thư mục dữ liệu; \d+,\d giây\)",
                        made.stdout.strip()), made.stdout
    assert archive.stat().st_mode & 0o077 == 0, "it holds the accounts file: readable by its owner only"
    assert sorted(p.name for p in archive.parent.iterdir()) == [archive.name], "no temporary file left beside it"
    wal = ("diemnong.sqlite3-wal", "diemnong.sqlite3-shm")  # a reader of a WAL store may leave them (empty); SQLite's own
    assert {k: v for k, v in tree(office).items() if k not in wal} == {k: v for k, v in before.items() if k not in wal}, \
        "a backup changes nothing in the home"
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    assert {"manifest.json", "diemnong.sqlite3", "home/users.yaml", "home/departments.yaml", "home/settings.yaml",
            "home/config-history/settings-2025-09-07.yaml", "home/reports/bao-cao-du-luan-2025-08.docx"} == names, \
        "the store and the office's own files; no logs, cache, reindex checkpoint or lock"

    fresh = tmp_path / "fresh"
    done = diemnong(["restore", str(archive)], fresh)
    assert done.returncode == 0, done.stderr
    created = json.loads(tarfile.open(archive).extractfile("manifest.json").read())["created"]  # type: ignore[union-attr]
    when = datetime.fromisoformat(created).strftime("%d/%m/%Y %H:%M")
    assert done.stdout == f"đã khôi phục bản sao lưu tạo lúc {when} vào {fresh}: {rows}, 5 tệp của thư mục dữ liệu\n"
    assert rows.startswith("14 bài, ")
    for query in (["lam", "thu"], ["hoc", "sinh"], ["hoc", "phi"], ["Vi", "Tan"]):
        old = diemnong(["search", *query, "--json", "--limit", "50"], office)
        new = diemnong(["search", *query, "--json", "--limit", "50"], fresh)
        assert old.returncode == new.returncode == 0 and old.stdout.strip(), old.stderr
        assert new.stdout == old.stdout, f"search {query} finds the same articles"
    issues, alerts, events = outcome(fresh)
    assert issues and alerts, "the stream raised an issue and queued alerts"
    assert any(("note", "Đã liên hệ nhà trường", "lan") in ev for _, ev in events), "the analyst's note is there"
    assert (issues, alerts, events) == outcome(office), "the same issues, analysts' notes and alert outbox"
    check_store(fresh / "diemnong.sqlite3")
    for name in ("departments.yaml", "settings.yaml", "config-history/settings-2025-09-07.yaml", "reports/bao-cao-du-luan-2025-08.docx"):
        assert sha(fresh / name) == sha(office / name), name
    accounts = load_accounts(fresh / "users.yaml")
    lan = accounts.users["lan"]
    assert check_password("mat-khau-rat-dai", lan.password) and not check_password("sai", lan.password), \
        "the analyst signs in with the same password"
    assert accounts.cookie_key == load_accounts(office / "users.yaml").cookie_key, "sign-in cookies stay valid"
    assert (fresh / "users.yaml").stat().st_mode & 0o777 == 0o600
    assert not (fresh / "logs").exists() and not (fresh / "cache").exists() and not (fresh / "reindex").exists()
    assert [p.name for p in fresh.iterdir() if p.name.startswith(".")] == [], "no staging folder left"
    settings = diemnong(["settings"], fresh)
    assert "detector.hot_score = 6.5" in settings.stdout, "the restored local settings are in force"


# --------------------------------------------------------------------------- while another process writes

WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from datetime import datetime, timedelta
    from diemnong.domain import TZ, Alert
    from store.sqlite import SQLiteStore
    from tests.conftest import make_article
    path, stop, start = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    store = SQLiteStore(path)
    body = "Giáo viên và học sinh trường vùng sâu chuẩn bị năm học mới, sửa chữa phòng học và bàn ghế. " * 60
    i = start
    t0 = datetime(2025, 9, 1, tzinfo=TZ)
    while not stop.exists() and i < start + 100000:
        store.upsert_articles([make_article(i, title=f"Tin giáo dục số {i} về lạm thu", text=body,
                                            published=(t0 + timedelta(minutes=i)).isoformat())])
        store.enqueue_alerts([Alert(key=f"k{i}", issue_id=f"is{i}", department="van-phong", recipient="vp@so.example",
                                    channel="email", kind="new", subject=f"Tin {i}", body="", raised_at=t0)])
        i += 1
    store.close()
    print(i)
""")


def test_a_backup_taken_while_another_process_keeps_writing_is_whole_and_a_consistent_prefix(tmp_path: Path) -> None:
    home = tmp_path / "home"
    db = home / "diemnong.sqlite3"
    stop = tmp_path / "stop"
    env = child_env(home)
    # a store of some size first (3000 articles of ~6 kB), so the copy takes a while
    with SQLiteStore(db) as store:
        from tests.conftest import make_article
        body = "Giáo viên và học sinh trường vùng sâu chuẩn bị năm học mới. " * 100
        store.upsert_articles([make_article(100_000 + n, title=f"Bài cũ {n}", text=body) for n in range(3000)])
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(stop), "0"], env=env, cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        def written() -> int:
            with SQLiteStore(db, readonly=True) as s:
                return s.count() - 3000

        deadline = time.monotonic() + 60
        while written() < 20 and time.monotonic() < deadline:
            time.sleep(0.1)
        at_start = written()
        assert at_start >= 20, "the writer is writing"
        made = diemnong(["backup", "--output", str(tmp_path / "out")], home, timeout=300)
        at_end = written()
    finally:
        stop.touch()
        out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, f"the writer was never blocked or refused: {err[-2000:]}"
    assert made.returncode == 0, made.stderr
    assert at_end > at_start, "the writer went on committing while the backup ran"
    archive = archive_of(made.stdout)
    with tarfile.open(archive) as tar:
        tar.extract("diemnong.sqlite3", tmp_path / "x", filter="data")
    copy = tmp_path / "x" / "diemnong.sqlite3"
    counts = check_store(copy)  # integrity_check, FTS5 index in step with the table
    conn = __import__("sqlite3").connect(copy)
    ids = {r[0] for r in conn.execute("SELECT url FROM articles WHERE url LIKE 'https://example.vn/bai-%'")}
    keys = {r[0] for r in conn.execute("SELECT key FROM alerts")}
    conn.close()
    new = sorted(int(u.rsplit("-", 1)[1].split(".")[0]) for u in ids if int(u.rsplit("-", 1)[1].split(".")[0]) < 100_000)
    k = len(new)
    assert at_start <= k <= int(out.strip()), (at_start, k, out)
    assert new == list(range(k)), "the articles written are a prefix: none missing in the middle"
    assert keys in ({f"k{i}" for i in range(k)}, {f"k{i}" for i in range(k - 1)}), \
        "the alerts are those of the articles copied (the one being written may lack its alert), never more"
    assert counts["articles"] == 3000 + k
    fts = __import__("sqlite3").connect(copy).execute(
        "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH '\"lam thu\"'").fetchone()[0]
    assert fts == k, "the full-text index holds exactly the copied articles"


# --------------------------------------------------------------------------- failures

def test_backup_failures_are_one_line_and_leave_no_archive(office: Path, tmp_path: Path) -> None:
    missing = diemnong(["backup", "--output", str(tmp_path / "o1")], tmp_path / "no-home")
    assert missing.returncode == 1
    assert one_line(missing.stderr) == (f"diemnong backup: không có kho dữ liệu ở {tmp_path / 'no-home' / 'diemnong.sqlite3'}: "
                                        "không có gì để sao lưu (DIEMNONG_HOME "
                                        f"{tmp_path / 'no-home'} có đúng là thư mục dữ liệu cần sao lưu không?)")

    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    not_dir = diemnong(["backup", "--output", str(a_file / "sub")], office)
    assert not_dir.returncode == 1 and one_line(not_dir.stderr).startswith("diemnong backup: không ghi hoặc đọc được")

    full = tmp_path / "full"
    full.mkdir()
    on_full = diemnong(["backup", "--output", str(full)], office, preexec=fsize_limit(32 * 1024))  # the store: 200 kB
    assert on_full.returncode == 1, on_full.stdout
    line = one_line(on_full.stderr)
    assert line.startswith("diemnong backup: ") and ("không ghi được bản sao" in line), line
    assert list(full.iterdir()) == [], "no archive, no part file, no copy left behind"


def test_backup_into_a_folder_it_may_not_write_is_one_line(office: Path, tmp_path: Path) -> None:
    preexec = obeying_permissions(tmp_path)
    locked = tmp_path / "ro"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        ro = diemnong(["backup", "--output", str(locked)], office, preexec=preexec)
    finally:
        locked.chmod(0o755)
    assert ro.returncode == 1
    line = one_line(ro.stderr)
    assert line.startswith("diemnong backup: không ghi hoặc đọc được") and "Permission denied" in line, line
    assert list(locked.iterdir()) == []


@pytest.fixture(scope="module")
def archive(office: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    made = diemnong(["backup", "--output", str(tmp_path_factory.mktemp("archives"))], office)
    assert made.returncode == 0, made.stderr
    return archive_of(made.stdout)


def test_restore_over_a_home_with_a_store_needs_force_and_keeps_what_it_had(office: Path, archive: Path, tmp_path: Path) -> None:
    home = tmp_path / "busy"
    ingest = diemnong(["ingest", "--input", str(write_jsonl(tmp_path / "one.jsonl", burst(1)))], home)
    assert ingest.returncode == 0, ingest.stderr
    before = tree(home)
    refused = diemnong(["restore", str(archive)], home)
    assert refused.returncode == 1
    assert one_line(refused.stderr) == (f"diemnong restore: {home} đã có kho dữ liệu; hãy khôi phục vào một thư mục dữ liệu "
                                        "trống hoặc mới, hoặc thêm --force để thay (những gì đang có được chuyển vào "
                                        f"{home}/before-restore-…/)")
    assert {k: v for k, v in tree(home).items() if k not in LOCKS} == {k: v for k, v in before.items() if k not in LOCKS}, \
        "nothing changed"
    forced = diemnong(["restore", str(archive), "--force"], home)
    assert forced.returncode == 0, forced.stderr
    aside = [p for p in home.iterdir() if p.name.startswith("before-restore-")]
    assert len(aside) == 1 and sha(aside[0] / "diemnong.sqlite3") == before["diemnong.sqlite3"], "the old store is kept aside"
    assert forced.stdout.startswith("đã khôi phục bản sao lưu tạo lúc ") and \
        forced.stdout.endswith(f"; những gì thư mục dữ liệu có trước đó nằm ở {aside[0]}\n"), forced.stdout
    assert outcome(home) == outcome(office)
    check_store(home / "diemnong.sqlite3")


def test_a_dashboard_started_during_a_restore_into_a_new_home_waits_for_it_to_end(archive: Path, tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """No dashboard had opened the new home's store, so there was no dashboard.lock to hold: one started during the
    restore took its shared lock at once and opened (and made) the store the restore was about to move in over it."""
    from diemnong import backup
    from diemnong.config import load_settings

    home = tmp_path / "new"
    settings = load_settings(env={"DIEMNONG_HOME": str(home)})
    started = []
    real = backup._restore

    def with_a_dashboard_starting(*args):  # noqa: ANN002, ANN202
        started.append(subprocess.Popen(
            [sys.executable, "-c", "import sys; from pathlib import Path; from diemnong.backup import hold_for_reading; "
             "hold_for_reading(Path(sys.argv[1])); print('store opened')", str(home)],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, text=True))
        with pytest.raises(subprocess.TimeoutExpired):
            started[0].wait(timeout=5)  # waiting for the restore (its imports take a second, not five)
        return real(*args)

    monkeypatch.setattr(backup, "_restore", with_a_dashboard_starting)
    try:
        done = backup.restore(settings, archive)
        assert done.rows["articles"] > 0
        out, _ = started[0].communicate(timeout=60)
        assert out.strip() == "store opened", "and it opens the restored store once the restore has ended"
    finally:
        for child in started:
            child.kill()
            child.wait()


def test_restore_while_the_home_is_in_use_is_refused(archive: Path, tmp_path: Path) -> None:
    from diemnong.cli import home_lock

    home = tmp_path / "running"
    home.mkdir()
    with home_lock(home, "run"):  # as `diemnong run` holds it
        busy = diemnong(["restore", str(archive)], home)
    assert busy.returncode == 1
    line = one_line(busy.stderr)
    assert line.startswith("diemnong restore: `diemnong run` (pid ") and f"{os.getpid()}" in line, line
    assert sorted(p.name for p in home.iterdir()) == ["run.lock"], "nothing restored"


@pytest.mark.parametrize("damage", ["cut", "flipped", "foreign", "tampered"])
def test_a_damaged_archive_is_one_line_and_the_home_is_untouched(archive: Path, office: Path, tmp_path: Path, damage: str) -> None:
    bad = tmp_path / "bad.tar.gz"
    data = archive.read_bytes()
    if damage == "cut":
        bad.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":  # one byte inside the compressed store: gzip's CRC (or inflate) fails
        middle = len(data) // 2
        bad.write_bytes(data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1:])
    elif damage == "foreign":  # a tar.gz of something else, with a path escaping the home
        evil = tmp_path / "evil.txt"
        evil.write_text("x")
        with tarfile.open(bad, "w:gz") as tar:
            tar.add(evil, arcname="../evil.txt")
    else:  # a store whose checksum no longer matches the manifest
        with tarfile.open(archive) as src, tarfile.open(bad, "w:gz") as dst:
            for member in src.getmembers():
                body = src.extractfile(member).read()
                if member.name == "diemnong.sqlite3":
                    body = body[:-1] + b"\x01"
                import io
                dst.addfile(member, io.BytesIO(body))
    home = tmp_path / "home"
    home.mkdir()
    (home / "users.yaml").write_text("users: {}\n")
    before = tree(home)
    for args in (["restore", str(bad)], ["restore", str(bad), "--force"]):
        failed = diemnong(args, home)
        assert failed.returncode == 1, failed.stdout
        line = one_line(failed.stderr)
        if "--force" in args:
            assert line.startswith(f"diemnong restore: {bad}: không phải một bản sao lưu Điểm Nóng nguyên vẹn ("), line
        else:
            assert line.startswith(f"diemnong restore: {home} đã có users.yaml; hãy khôi phục vào"), line
        assert {k: v for k, v in tree(home).items() if k not in LOCKS} == before, "the home is untouched"
        assert sorted(p.name for p in home.iterdir()) == [*LOCKS, "users.yaml"], "no staging or before-restore folder"
    assert json.loads(tarfile.open(archive).extractfile("manifest.json").read())["format"] == 1


# --------------------------------------------------------------------------- the service's nightly backup

def test_the_nightly_backup_runs_once_a_day_from_its_time_and_keeps_the_newest(settings, tmp_path: Path) -> None:
    from diemnong.backup import Nightly
    from diemnong.config import ConfigError
    from tests.conftest import make_article

    folder = tmp_path / "nightly"
    folder.mkdir()
    for day in ("2025-09-01", "2025-09-02", "2025-09-03"):  # earlier nights
        (folder / f"diemnong-backup-{day}-0230.tar.gz").write_bytes(b"old")
    (folder / "notes.txt").write_text("not a backup")
    with SQLiteStore(settings.home / "diemnong.sqlite3") as store:
        store.upsert_articles([make_article(n, title=f"Học phí bài {n}") for n in range(5)])
    nightly = Nightly(settings.override(backup__time="02:30", backup__folder=str(folder), backup__keep=2))
    assert nightly.tick(datetime(2025, 9, 4, 1, 0, tzinfo=TZ)) is None, "started before its time"
    assert nightly.tick(datetime(2025, 9, 4, 2, 29, tzinfo=TZ)) is None, "not before its time"
    thread = nightly.tick(datetime(2025, 9, 4, 2, 31, tzinfo=TZ))
    assert thread is not None, "02:30 passed while it ran"
    thread.join(60)
    assert nightly.last is not None and nightly.last.path.name == "diemnong-backup-2025-09-04-0231.tar.gz"
    assert sorted(p.name for p in folder.iterdir()) == ["diemnong-backup-2025-09-03-0230.tar.gz",
                                                        "diemnong-backup-2025-09-04-0231.tar.gz", "notes.txt"], \
        "the newest two kept; nothing else in the folder touched"
    assert nightly.tick(datetime(2025, 9, 4, 23, 0, tzinfo=TZ)) is None, "once a night"
    again = nightly.tick(datetime(2025, 9, 5, 3, 0, tzinfo=TZ))
    assert again is not None, "and the next night again"
    again.join(60)
    late = Nightly(settings.override(backup__time="02:30", backup__folder=str(tmp_path / "late")))
    assert late.tick(datetime(2025, 9, 4, 11, 0, tzinfo=TZ)) is None and late.tick(datetime(2025, 9, 4, 11, 1, tzinfo=TZ)) is None, \
        "a service started after 02:30 makes none until the next night (not one at every start)"
    with tarfile.open(nightly.last.path) as tar:
        assert json.loads(tar.extractfile("manifest.json").read())["rows"]["articles"] == 5  # type: ignore[union-attr]
    off = Nightly(settings.override(backup__time=""))
    assert off.tick(datetime(2025, 9, 4, 1, 0, tzinfo=TZ)) is None and off.tick(datetime(2025, 9, 5, 3, 0, tzinfo=TZ)) is None, "'' = none"
    with pytest.raises(ConfigError, match=r"backup.time: cần giờ dạng HH:MM, ví dụ 07:30, hoặc để trống nếu không sao lưu hằng đêm \(đã nhập '2h30'\)"):
        Nightly(settings.override(backup__time="2h30"))


def test_a_restore_killed_while_it_copies_the_store_to_another_disk_never_leaves_a_cut_store(tmp_path: Path) -> None:
    """With store.sqlite_path on another disk than the home, the checked store was copied straight into its name
    (shutil.move across disks): a full disk or a stop midway left a cut store there, which the next restore refuses
    as "already has a store" and `diemnong run` opens."""
    import shutil
    import signal

    from store.sqlite import check_copy

    shm = Path("/dev/shm")
    if not shm.is_dir() or os.stat(shm).st_dev == os.stat(tmp_path).st_dev or not os.access(shm, os.W_OK):
        pytest.skip("needs /dev/shm on another filesystem than the test's temporary folder")
    src = tmp_path / "src"
    made = diemnong(["ingest", "--input", str(write_jsonl(tmp_path / "in.jsonl", burst(2)))], src)
    assert made.returncode == 0, made.stderr
    import sqlite3

    with sqlite3.connect(src / "diemnong.sqlite3") as db:  # a store big enough for its copy to take a while
        db.execute("CREATE TABLE padding (b BLOB)")
        db.executemany("INSERT INTO padding VALUES (randomblob(?))", [(1 << 20,)] * 64)
    made = diemnong(["backup", "--output", str(tmp_path / "archives")], src)
    assert made.returncode == 0, made.stderr
    archive = archive_of(made.stdout)
    other = Path(tempfile.mkdtemp(prefix="diemnong-restore-test-", dir=shm))
    try:
        dest = other / "store.sqlite3"
        env = child_env(tmp_path / "home", DIEMNONG_SQLITE_PATH=str(dest))
        proc = subprocess.Popen([sys.executable, "-m", "diemnong", "restore", str(archive)], env=env, cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        while proc.poll() is None and not dest.exists():
            time.sleep(0.0005)
        proc.send_signal(signal.SIGKILL)  # as a stop or a full disk would cut it
        proc.wait(timeout=60)
        if dest.exists():
            with tarfile.open(archive) as tar:
                whole = tar.getmember("diemnong.sqlite3").size
            assert dest.stat().st_size == whole, "a cut store under the store's name"
            check_copy(dest)
        shutil.rmtree(tmp_path / "home")
        (other / "store.sqlite3").unlink(missing_ok=True)
        done = diemnong(["restore", str(archive)], tmp_path / "home", env=env)  # and whole when not stopped
        assert done.returncode == 0, done.stderr
        assert check_copy(dest)["articles"] == 4 and sorted(p.name for p in other.iterdir()) == ["store.sqlite3"]
    finally:
        shutil.rmtree(other, ignore_errors=True)


def test_prune_keeps_the_newest_of_backups_made_within_one_minute(tmp_path: Path) -> None:
    """«…-0230-2.tar.gz» (the second backup of 02:30) sorted before «…-0230.tar.gz» by name: prune removed it."""
    from diemnong.backup import prune

    names = ["diemnong-backup-2025-09-04-0230.tar.gz", "diemnong-backup-2025-09-05-0230.tar.gz",
             "diemnong-backup-2025-09-05-0230-2.tar.gz", "diemnong-backup-2025-09-05-0230-10.tar.gz"]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    removed = prune(tmp_path, 2)
    assert sorted(p.name for p in removed) == sorted(names[:2])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names[2:])


def test_the_system_clock_set_back_across_the_backup_time_makes_no_second_backup_that_night(settings, tmp_path: Path) -> None:
    # Set back an hour after 02:30 (NTP, an operator), the clock passed 02:30 again: a second nightly backup, and
    # backup.keep then held one night fewer.
    from diemnong.backup import Nightly
    from tests.conftest import make_article

    folder = tmp_path / "nightly"
    folder.mkdir()
    with SQLiteStore(settings.home / "diemnong.sqlite3") as store:
        store.upsert_articles([make_article(n, title=f"Học phí bài {n}") for n in range(3)])
    nightly = Nightly(settings.override(backup__time="02:30", backup__folder=str(folder)))
    nightly.tick(datetime(2025, 9, 4, 2, 29, tzinfo=TZ))
    nightly.tick(datetime(2025, 9, 4, 2, 31, tzinfo=TZ)).join(60)  # type: ignore[union-attr]
    assert nightly.tick(datetime(2025, 9, 4, 1, 32, tzinfo=TZ)) is None  # set back an hour
    assert nightly.tick(datetime(2025, 9, 4, 2, 32, tzinfo=TZ)) is None, "02:30 passed again: tonight's is made"
    assert len(list(folder.iterdir())) == 1
    again = nightly.tick(datetime(2025, 9, 5, 2, 31, tzinfo=TZ))
    assert again is not None, "the next night as always"
    again.join(60)


def test_nightly_pruning_neither_counts_nor_removes_backups_made_by_hand_in_its_folder(settings, tmp_path: Path) -> None:
    """backup.keep counted `diemnong backup` archives in backup.folder too: a few made by hand on an upgrade day pushed
    the week's nightly ones out, and a nightly prune deleted the office's own «before the upgrade» backup."""
    from diemnong.backup import Nightly, make_backup
    from tests.conftest import make_article

    folder = tmp_path / "backups"
    folder.mkdir()
    for day in ("2025-09-02", "2025-09-03"):  # earlier nights, from a version whose manifests did not say who made them
        (folder / f"diemnong-backup-{day}-0230.tar.gz").write_bytes(b"old")
    with SQLiteStore(settings.home / "diemnong.sqlite3") as store:
        store.upsert_articles([make_article(n, title=f"Học phí bài {n}") for n in range(3)])
    kept = settings.override(backup__time="02:30", backup__folder=str(folder), backup__keep=2)
    by_hand = [make_backup(kept, folder, datetime(2025, 9, d, h, 0, tzinfo=TZ)).path for d, h in ((1, 9), (4, 1))]
    nightly = Nightly(kept)
    nightly.tick(datetime(2025, 9, 4, 2, 0, tzinfo=TZ))
    nightly.tick(datetime(2025, 9, 4, 2, 31, tzinfo=TZ)).join(60)  # type: ignore[union-attr]
    assert nightly.last is not None
    assert sorted(p.name for p in folder.iterdir()) == sorted([
        "diemnong-backup-2025-09-03-0230.tar.gz", nightly.last.path.name, *(p.name for p in by_hand)]), \
        "the newest two nightly ones kept, and every one made by hand"
    with tarfile.open(nightly.last.path) as tar, tarfile.open(by_hand[0]) as mine:
        made = [json.loads(t.extractfile("manifest.json").read())["made"] for t in (tar, mine)]  # type: ignore[union-attr]
    assert made == ["nightly", "by hand"]


def test_a_backup_whose_newest_title_has_an_eth_for_đ_passes_its_index_check(tmp_path: Path) -> None:
    """check_copy looks the newest title's longest word up as a search folds it (Ð → d); the index kept «ðieu», so every
    backup was refused while that article was the newest."""
    from store.sqlite import check_copy
    from tests.conftest import make_article

    with SQLiteStore(tmp_path / "store.sqlite3") as store:
        store.upsert_articles([make_article(1, "Học phí"), make_article(2, "Ðiều tra vụ", "2025-09-02T08:00:00+07:00")])
        store.copy_to(tmp_path / "copy.sqlite3")
    assert check_copy(tmp_path / "copy.sqlite3")["articles"] == 2


def test_a_backup_whose_newest_title_is_stored_decomposed_passes_its_index_check(tmp_path: Path) -> None:
    """`diemnong ingest` keeps a line's text as written, NFD («Unicode tổ hợp») too; check_copy split the newest title at
    its combining marks and looked «Tru» of «Trường» up: every backup was refused while that article was the newest."""
    import unicodedata

    from store.sqlite import check_copy
    from tests.conftest import make_article

    with SQLiteStore(tmp_path / "store.sqlite3") as store:
        store.upsert_articles([make_article(1, "Học phí"), make_article(2, unicodedata.normalize("NFD", "Trường học mở cửa"),
                                                                       "2025-09-02T08:00:00+07:00")])
        store.copy_to(tmp_path / "copy.sqlite3")
    assert check_copy(tmp_path / "copy.sqlite3")["articles"] == 2


def test_a_restored_home_still_knows_its_demo_months_and_does_not_mail_their_reports(office: Path, tmp_path: Path) -> None:
    """`diemnong run` marks a home it loaded the demo into (pipeline.DEMO_MARK, dated when loaded): the reports of the
    months the demo's made-up articles fall in are written, not mailed. The backup left the mark out, so the home restored
    on a new machine mailed the Văn phòng a report counted from the demo."""
    from diemnong.pipeline import DEMO_MARK, Service
    from diemnong.report import ROUNDS, report_id

    home = tmp_path / "home"
    shutil.copytree(office, home)
    (home / ROUNDS).write_text('{"2025-08": "off"}', encoding="utf-8")  # why a month went unsent: said when it goes late
    loaded = datetime(2025, 9, 10, 8, 0, tzinfo=TZ).timestamp()
    (home / DEMO_MARK).touch()
    os.utime(home / DEMO_MARK, (loaded, loaded))
    made = diemnong(["backup", "--output", str(tmp_path / "backups")], home)
    assert made.returncode == 0, made.stderr
    fresh = tmp_path / "fresh"
    done = diemnong(["restore", str(archive_of(made.stdout))], fresh)
    assert done.returncode == 0, done.stderr
    assert (fresh / DEMO_MARK).is_file(), "the demo's mark is restored"
    assert (fresh / DEMO_MARK).stat().st_mtime == loaded, "with the time the demo was loaded, not the restore's"
    assert (fresh / ROUNDS).read_text(encoding="utf-8") == '{"2025-08": "off"}', "the schedule's notes on each month"
    settings = load_settings(env={"DIEMNONG_HOME": str(fresh), "DIEMNONG_NLP_WORKERS": "1"})
    with SQLiteStore(fresh / "diemnong.sqlite3") as store:
        service = Service(settings, store, workers=1)
        assert service.counts_demo("2025-09") and not service.counts_demo("2025-10")
        assert service.monthly_report(datetime(2025, 10, 15, 9, 0, tzinfo=TZ)) is not None
        assert store.list_alerts(issue_id=report_id("2025-09")) == [], "the demo month's report is not mailed"
        service.close()


def test_a_report_waiting_in_the_outbox_goes_with_its_file_from_a_home_restored_elsewhere(tmp_path: Path) -> None:
    """The outbox keeps the report to attach as its path in the home that wrote it. Restored on another machine (another
    DIEMNONG_HOME), the report waiting to go failed «attachment … cannot be read» at every try until given up, and so
    did a «Gửi lại» of it: the file was restored, under the new home."""
    from aiosmtpd.controller import Controller

    from diemnong.domain import Alert
    from diemnong.pipeline import Service
    from tests.test_delivery import Inbox, free_port

    old, new = tmp_path / "old", tmp_path / "new"
    report = old / "reports" / "bao-cao-du-luan-2025-09.docx"
    report.parent.mkdir(parents=True)
    report.write_bytes(b"PK\x03\x04 b\xc3\xa1o c\xc3\xa1o th\xc3\xa1ng 9")
    raised = datetime(2025, 10, 15, 9, 0, tzinfo=TZ)
    with SQLiteStore(old / "diemnong.sqlite3") as store:  # queued as the service does, the mail server down since
        store.enqueue_alerts([Alert(key="bao-cao-2025-09|vanphong@sogddt-haugiang.example", issue_id="bao-cao-2025-09",
                                    department="van-phong", recipient="vanphong@sogddt-haugiang.example", channel="email",
                                    kind="report", subject="[Điểm Nóng] Báo cáo tháng 9/2025", body="Kính gửi: Văn phòng Sở",
                                    raised_at=raised, next_attempt=raised, payload={"month": "2025-09",
                                                                                    "attachments": [str(report)]})])
    made = diemnong(["backup", "--output", str(tmp_path / "backups")], old)
    assert made.returncode == 0, made.stderr
    content = report.read_bytes()
    shutil.rmtree(old)  # the old machine
    done = diemnong(["restore", str(archive_of(made.stdout))], new)
    assert done.returncode == 0, done.stderr
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        settings = load_settings(env={"DIEMNONG_HOME": str(new), "DIEMNONG_NLP_WORKERS": "1", "DIEMNONG_SMTP_HOST": "127.0.0.1",
                                      "DIEMNONG_SMTP_PORT": str(port), "DIEMNONG_SMTP_STARTTLS": "0"})
        with SQLiteStore(new / "diemnong.sqlite3") as store:
            counts = Service(settings, store, workers=1).deliver(raised + timedelta(hours=1))
            errors = [a.error for a in store.list_alerts()]
    finally:
        controller.stop()
    assert counts["sent"] == 1, errors
    [message] = inbox.messages
    assert [(p.get_filename(), p.get_content()) for p in message.iter_attachments()] == [(report.name, content)]


@pytest.mark.parametrize("folder", ["sao lưu #2", "100% ok", "bản sao?"])
def test_a_store_in_a_folder_whose_name_has_a_hash_percent_or_question_mark_is_checked_and_read(tmp_path: Path, folder: str) -> None:
    """The read-only opens wrote the path into a file: URI as it was: «#2» and «?» cut it short (another, empty file was
    read: «not a Điểm Nóng store») and «% o» was read as an escape (unable to open)."""
    from store.sqlite import check_copy
    from tests.conftest import make_article

    (tmp_path / folder).mkdir()
    with SQLiteStore(tmp_path / "store.sqlite3") as store:
        store.upsert_articles([make_article(1, "Học phí")])
        store.copy_to(tmp_path / folder / "copy.sqlite3")
    assert check_copy(tmp_path / folder / "copy.sqlite3")["articles"] == 1
    with SQLiteStore(tmp_path / folder / "copy.sqlite3", readonly=True) as copy:
        assert copy.count(text="hoc phi") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([folder, "store.sqlite3"]), "no file made elsewhere"


def test_two_homes_backing_up_nightly_into_one_folder_each_keep_their_own_newest(tmp_path: Path) -> None:
    """backup.folder on a NAS shared by two services (the office's and a test home, two units): each nightly prune counted
    the other's archives as its own and removed them, so with backup.keep 2 each home was left with one night, or none."""
    from diemnong.backup import Nightly
    from tests.conftest import make_article

    folder = tmp_path / "nas"
    nightlies = []
    for name in ("office", "test"):
        home = tmp_path / name
        home.mkdir()
        with SQLiteStore(home / "diemnong.sqlite3") as store:
            store.upsert_articles([make_article(n, title=f"Học phí bài {n}") for n in range(3)])
        settings = load_settings(env={"DIEMNONG_HOME": str(home)})
        nightlies.append(Nightly(settings.override(backup__time="02:30", backup__folder=str(folder), backup__keep=2)))
    for day in (4, 5, 6):
        for n, nightly in enumerate(nightlies):
            nightly.tick(datetime(2025, 9, day, 2, 0, tzinfo=TZ))
            nightly.tick(datetime(2025, 9, day, 2, 31 + n, tzinfo=TZ)).join(60)  # type: ignore[union-attr]
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"diemnong-backup-2025-09-{d}-023{n}.tar.gz" for d in ("05", "06") for n in (1, 2)], \
        "the newest two nights of each home"


def test_a_store_kept_on_another_disk_is_restored_where_the_restored_settings_read_it(tmp_path: Path) -> None:
    """A home whose settings.yaml keeps the store on another disk (store.sqlite_path), restored into a new home on a new
    machine: the store was put in the new home (where the home's settings said before the restore), the restored
    settings.yaml then sent `search` and `diemnong run` to the other disk's path, and they found an empty store there."""
    disk, old, new = tmp_path / "disk" / "diemnong", tmp_path / "old", tmp_path / "new"
    old.mkdir()
    (old / "settings.yaml").write_text(f"store:\n  sqlite_path: {disk / 'store.sqlite3'}\n", encoding="utf-8")
    assert diemnong(["ingest", "--input", str(write_jsonl(tmp_path / "in.jsonl", burst(6)))], old).returncode == 0
    found = diemnong(["search", "--json", "lam thu"], old).stdout.splitlines()
    made = diemnong(["backup", "--output", str(tmp_path / "archives")], old)
    assert made.returncode == 0 and len(found) == 6, made.stderr
    shutil.rmtree(tmp_path / "disk")  # the new machine: that disk is there, empty
    done = diemnong(["restore", str(archive_of(made.stdout))], new)
    assert done.returncode == 0, done.stderr
    assert (disk / "store.sqlite3").is_file() and not (new / "diemnong.sqlite3").exists()
    assert diemnong(["search", "--json", "lam thu"], new).stdout.splitlines() == found


@pytest.mark.parametrize("style", ["block", "flow", "same path"])
def test_a_restored_settings_yaml_naming_the_home_it_was_backed_up_from_no_longer_stops_the_new_home(
        office: Path, tmp_path: Path, style: str) -> None:
    """general.home in a home's own settings.yaml is accepted when it names that home; restored into a new home (a new
    server), the file named the old one and every command there stopped on it («the home cannot be moved from its own
    settings.yaml») until someone edited it by hand; the restore said nothing."""
    old = tmp_path / "old"
    shutil.copytree(office, old)
    text = {"block": f"# Thiết lập riêng của Sở\ngeneral:\n  home: {old}  # máy chủ cũ\n  log_level: INFO\n\n"
                     "detector:\n  hot_score: 6.5  # đã bàn với Văn phòng\n",
            "flow": f"general: {{home: {old}, log_level: INFO}}\ndetector:\n  hot_score: 6.5\n",
            "same path": f"general:\n  home: {old}\ndetector:\n  hot_score: 6.5\n"}[style]
    (old / "settings.yaml").write_text(text, encoding="utf-8")
    made = diemnong(["backup", "--output", str(tmp_path / "backups")], old)
    assert made.returncode == 0, made.stderr
    new = tmp_path / "new"
    if style == "same path":  # the new server keeps the home where the old one had it
        shutil.rmtree(old)
        new = old
    done = diemnong(["restore", str(archive_of(made.stdout))], new)
    assert done.returncode == 0, done.stderr
    restored = (new / "settings.yaml").read_text(encoding="utf-8")
    expected = {"block": text.replace(f"  home: {old}", f"  # home: {old}"),
                "flow": text.replace(f"home: {old}", f'home: "{new}"'), "same path": text}[style]
    assert restored == expected, "only the line (or value) of general.home changed; comments and the rest kept"
    if style == "same path":
        assert "general.home" not in done.stdout, done.stdout
    else:
        did = {"block": "đã biến dòng đó thành chú thích", "flow": f"đã đặt lại thành {new}"}[style]
        assert f"; settings.yaml đặt general.home là thư mục dữ liệu cũ «{old}»: {did} (giờ thư mục dữ liệu là {new})\n" \
            in done.stdout, done.stdout
    shown = diemnong(["settings"], new)
    assert shown.returncode == 0, shown.stderr
    assert "detector.hot_score = 6.5" in shown.stdout and f"general.home = {new}    #" in shown.stdout


def nightly_of(home: Path, folder: Path, keep: int):  # noqa: ANN201 - a Nightly
    """The nightly backup of a home with a few articles in its store, into `folder`, keeping `keep`."""
    from diemnong.backup import Nightly
    from tests.conftest import make_article

    with SQLiteStore(home / "diemnong.sqlite3") as store:
        store.upsert_articles([make_article(n, title=f"Học phí bài {n}") for n in range(3)])
    settings = load_settings(env={"DIEMNONG_HOME": str(home)})
    return Nightly(settings.override(backup__time="02:30", backup__folder=str(folder), backup__keep=keep))


def night(nightly, day: int, minute: int = 31) -> str:  # noqa: ANN001
    """That night's backup made (at 02:`minute`); its archive's name."""
    nightly.tick(datetime(2025, 9, day, 2, 0, tzinfo=TZ))
    nightly.tick(datetime(2025, 9, day, 2, minute, tzinfo=TZ)).join(60)
    return nightly.last.path.name


def pre_id_archive(path: Path, home: Path) -> str:
    """A nightly archive of `home` as the version before the home's id wrote it (its manifest names the home's path
    only): all prune reads of it."""
    import io

    body = json.dumps({"format": 1, "made": "nightly", "home": str(home)}).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(path, "w:gz") as tar:
        member = tarfile.TarInfo("manifest.json")
        member.size = len(body)
        tar.addfile(member, io.BytesIO(body))
    return path.name


def test_a_home_restored_on_a_new_server_prunes_its_own_nightly_archives_made_before_under_its_old_path(tmp_path: Path) -> None:
    """The prune told a home's archives by the home's path: the office restored on a new server (another path), or its
    folder renamed, no longer counted its earlier nightly archives in the shared folder, and they were never removed.
    The restore says it is the same home (`--moved`): it keeps the home's id."""
    from diemnong.backup import home_id, make_backup

    folder, old, new = tmp_path / "nas", tmp_path / "srv" / "diemnong", tmp_path / "data" / "diemnong-moi"
    old.mkdir(parents=True)
    first = nightly_of(old, folder, keep=2)
    earlier = [pre_id_archive(folder / "diemnong-backup-2025-09-01-0230.tar.gz", new),  # a home once at the new path
               pre_id_archive(folder / "diemnong-backup-2025-09-02-0230.tar.gz", tmp_path / "khac")]  # another home
    made = [night(first, 4), night(first, 5)]
    moving = make_backup(first.settings, tmp_path / "by-hand").path  # the day of the move: a backup, then restore
    done = diemnong(["restore", "--moved", str(moving)], new)
    assert done.returncode == 0 and home_id(new) == home_id(old), done.stderr
    again = nightly_of(new, folder, keep=2)
    made.append(night(again, 6))
    assert sorted(p.name for p in folder.iterdir()) == [earlier[1], *made[1:]], \
        "the newest two of the home, old path or new; the one of the path before the id, its own then, counted too; " \
        "the other home's left"
    renamed = new.with_name("diemnong")  # the folder renamed: the same home
    new.rename(renamed)
    made.append(night(nightly_of(renamed, folder, keep=2), 7))
    assert sorted(p.name for p in folder.iterdir()) == [earlier[1], *made[2:]]


def test_two_servers_whose_homes_have_the_same_path_keep_each_its_own_nightly_archives_in_one_folder(tmp_path: Path) -> None:
    """Two services backing up into one NAS folder, each with its home at /var/lib/diemnong on its own machine: the
    same path, so each prune took the other's archives for its own and removed them."""
    folder, home = tmp_path / "nas", tmp_path / "var" / "lib" / "diemnong"
    home.mkdir(parents=True)
    first = [night(nightly_of(home, folder, keep=2), day) for day in (4, 5)]
    home.rename(tmp_path / "first-server")  # the first server's disk; the second has its own home there
    home.mkdir()
    second = night(nightly_of(home, folder, keep=1), 6)
    assert sorted(p.name for p in folder.iterdir()) == [*first, second], "the second server removed none of the first's"
    with tarfile.open(folder / second) as tar, tarfile.open(folder / first[0]) as other:
        ids = [json.loads(t.extractfile("manifest.json").read())["home_id"] for t in (tar, other)]  # type: ignore[union-attr]
    assert ids[0] and ids[1] and ids[0] != ids[1]


@pytest.mark.parametrize("text, kept, old, commented", [
    pytest.param("general:\r\n  home: /srv/cu\r\n  log_level: INFO\r\n", "general:\r\n  # home: /srv/cu\r\n  log_level: INFO\r\n",
                 "/srv/cu", True, id="windows line ends"),
    pytest.param("general:\n  home: >-\n    /srv/cu\n  log_level: INFO\n", 'general:\n  home: "/srv/mới"\n  log_level: INFO\n',
                 "/srv/cu", False, id="a folded value over two lines"),
    pytest.param("general:\n  home:\n", "general:\n  # home:\n", "", True, id="an empty value (refused too)"),
    pytest.param("general:\n  home: ~\n", "general:\n  # home: ~\n", "", True, id="~, no value (refused too)"),
    pytest.param("general:\n  home: /srv/cu\n  home: /srv/mới\n", "general:\n  home: /srv/cu\n  home: /srv/mới\n", None,
                 False, id="the last of two is read, and names this home"),
    pytest.param("detector:\n  hot_score: 6.5\n", "detector:\n  hot_score: 6.5\n", None, False, id="no general.home"),
    pytest.param("general: [\n", "general: [\n", None, False, id="not YAML: left for load_settings to name the line"),
])
def test_unbinding_the_home_in_settings_yaml_as_people_write_it(text: str, kept: str, old: str | None,
                                                                 commented: bool) -> None:
    from diemnong.backup import unbind_home

    assert unbind_home(text, Path("/srv/mới")) == (kept, old, commented)


def test_a_copy_of_a_home_restored_on_a_trial_server_never_removes_the_offices_later_nightly_archives(tmp_path: Path) -> None:
    """A trial server restored from the office's nightly backup, both backing up nightly into one folder: the restore
    gave the trial home the office's id, so each prune counted the other's archives as its own (keep 3: the office's
    three nights, then two of the trial's, and the office was left with one)."""
    from diemnong.backup import home_id, restore

    folder, office, trial = tmp_path / "nas", tmp_path / "office", tmp_path / "trial"
    office.mkdir()
    kept = nightly_of(office, folder, keep=3)
    made = [night(kept, day) for day in (4, 5, 6)]
    restore(load_settings(env={"DIEMNONG_HOME": str(trial)}), folder / made[-1])
    assert home_id(trial) and home_id(trial) != home_id(office), "the copy is a home of its own"
    copy, tried = nightly_of(trial, folder, keep=3), []
    for day in (7, 8):
        made.append(night(kept, day))
        tried.append(night(copy, day, minute=32))
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([*made[-3:], *tried]), "the office's newest three nights; the trial removed none made after it"


def test_a_copy_restored_before_the_office_backs_up_again_removes_none_of_its_archives(tmp_path: Path) -> None:
    """The reviewer's case: the office's three nights, the trial restored from the newest, two trial nights before the
    office's next (keep 3; then keep 1 on the trial). Counting the office's archives up to the restored one as the
    trial's own left the office one archive, or none with the trial's keep 1. A restored home counts none of them."""
    from diemnong.backup import home_id, restore

    for keep in (3, 1):
        folder, office, trial = tmp_path / f"nas{keep}", tmp_path / f"office{keep}", tmp_path / f"trial{keep}"
        office.mkdir()
        made = [night(nightly_of(office, folder, keep=3), day) for day in (4, 5, 6)]
        restore(load_settings(env={"DIEMNONG_HOME": str(trial)}), folder / made[-1])
        assert home_id(trial) not in ("", home_id(office))
        copy = nightly_of(trial, folder, keep=keep)
        tried = [night(copy, day, minute=32) for day in (7, 8)]
        assert sorted(p.name for p in folder.iterdir()) == sorted([*made, *tried[-keep:]]), keep


def test_the_restore_line_gives_the_time_as_the_cli_does_and_an_empty_general_home_without_a_name(tmp_path: Path) -> None:
    """The line read «tạo lúc 2026-11-28T02:15:16+07:00» and, for a general.home left empty, «thư mục dữ liệu cũ «»»."""
    from diemnong.backup import make_backup
    from tests.conftest import make_article

    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    with SQLiteStore(old / "diemnong.sqlite3") as store:
        store.upsert_articles([make_article(n, title=f"Học phí bài {n}") for n in range(3)])
    settings = load_settings(env={"DIEMNONG_HOME": str(old)})
    (old / "settings.yaml").write_text("general:\n  home: ~\n", encoding="utf-8")
    archive = make_backup(settings, tmp_path / "backups", now=datetime(2026, 11, 28, 2, 15, 16, tzinfo=TZ)).path
    done = diemnong(["restore", str(archive)], new)
    assert done.returncode == 0, done.stderr
    assert done.stdout == (f"đã khôi phục bản sao lưu tạo lúc 28/11/2026 02:15 vào {new}: 3 bài, 0 vấn đề, 0 cảnh báo, "
                           "1 tệp của thư mục dữ liệu; settings.yaml đặt general.home không có giá trị: đã biến dòng đó "
                           f"thành chú thích (giờ thư mục dữ liệu là {new})\n")


@pytest.mark.parametrize("what", ["folder", "nothing"])
def test_restoring_a_folder_or_nothing_says_so_as_every_input_does(tmp_path: Path, what: str) -> None:
    """The restore wrote its own «là thư mục, không phải tệp», beside jsonl.not_a_file's «là một thư mục…»."""
    from diemnong.backup import BackupError, restore

    archive = tmp_path / "archive.tar.gz"
    if what == "folder":
        archive.mkdir()
    with pytest.raises(BackupError) as caught:
        restore(load_settings(env={"DIEMNONG_HOME": str(tmp_path / "new")}), archive)
    assert str(caught.value) == f"{archive}: " + {"folder": "là một thư mục, không phải tệp", "nothing": "không có tệp này"}[what]
