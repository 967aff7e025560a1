"""Backups of a home: `diemnong backup` and `diemnong restore`.

A backup is one file, ``diemnong-backup-YYYY-MM-DD-HHMM.tar.gz`` (Vietnamese time), holding:

- ``manifest.json``: when, from which home (its path, and its id: home_id), by whom (``"made": "nightly"`` by the
  service, ``"by hand"`` by `diemnong backup`), the rows of the store and a SHA-256 of every file;
- ``diemnong.sqlite3``: a consistent copy of the embedded store made while the service goes on writing
  (SQLiteStore.copy_to: SQLite's online backup API), checked before it is archived (store.sqlite.check_copy);
- ``home/…``: the files of the home the office made and nothing can make again (HOME_FILES, HOME_FOLDERS): accounts,
  local settings, the files Cấu hình writes and their history, the monthly reports written and the schedule's notes on
  them, the demo's mark (its time kept on restore), the home's id. Not the logs, caches, locks, the reindex checkpoint
  or earlier backups: they are made again, or belong to this machine.

It is written under a hidden temporary name in the output folder and renamed when complete, so a backup under its
final name is always whole. It holds the accounts file (bcrypt hashes and the sign-in cookie's key) and maybe an
SMTP password in settings.yaml: it is created readable by its owner only.

A restore checks the whole archive (gzip's checksum, every file's SHA-256, the store's integrity and its full-text
index) in a folder inside the home before it moves anything into place; a damaged archive leaves the home as it was.
The restored settings.yaml loses a general.home that names the home backed up (unbind_home): the new home works at once.
The restored home gets a new id (_new_home_id): a copy of a home (a trial server restored from the office's backup)
pruning nightly into the same folder never removes the office's archives. Restored with --moved (the same home on a
new server), it keeps the archive's id and prunes its old server's nightly archives as its own.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tarfile
import tempfile
import threading
import time
import uuid
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from datetime import time as dtime
from pathlib import Path, PurePosixPath
from typing import IO, Iterator

from diemnong import __version__
from diemnong.config import Settings
from diemnong.domain import TZ
from diemnong.jsonl import not_a_file
from diemnong.text import number

PREFIX = "diemnong-backup-"
SUFFIX = ".tar.gz"
FORMAT = 1
STORE = "diemnong.sqlite3"  # the store's name inside an archive, whatever store.sqlite_path says
MANIFEST = "manifest.json"
# What a home holds that the office made: accounts (and the first administrator's password while it is the one in
# use), local settings, the files Cấu hình writes, their previous versions, the monthly reports written; and the mark
# of the demo loaded into its store (pipeline.DEMO_MARK, dated when loaded: its months' reports are not mailed).
# And the home's id (HOME_ID), by which the nightly prune tells its archives from another home's.
HOME_ID = "home-id"
# report-rounds.json (report.ROUNDS): why a month's report was not sent when due, said when it goes late
HOME_FILES = ("users.yaml", "initial-admin-password", "settings.yaml", "departments.yaml", "topics.yaml", "themes.yaml",
              "seasons.yaml", "sources.yaml", "demo-loaded", "report-rounds.json", HOME_ID)
HOME_FOLDERS = ("config-history", "reports")
COMPRESSION = 1  # gzip level: at 100k articles level 1 took 4.4 s for 155 MiB, level 6 12.8 s for 126 MiB


class BackupError(RuntimeError):
    """A backup cannot be made, or an archive cannot be restored; the message says why, in one line."""


@dataclass(frozen=True)
class Backup:
    path: Path
    size: int
    rows: dict[str, int]
    files: int
    seconds: float


@dataclass(frozen=True)
class Restored:
    home: Path
    rows: dict[str, int]
    files: int
    created: str
    aside: Path | None = None  # where --force moved what the home had
    replaced: list[str] = field(default_factory=list)
    old_home: str | None = None  # the general.home of the restored settings.yaml, the home backed up ('': none named)
    home_commented: bool = False  # its line made a comment (else its value rewritten as the home)


def backup_folder(settings: Settings) -> Path:
    """backup.folder, else $DIEMNONG_HOME/backups."""
    folder = str(settings["backup.folder"]).strip()
    return Path(folder).expanduser().resolve() if folder else settings.home / "backups"


def backup_name(now: datetime) -> str:
    return f"{PREFIX}{now.astimezone(TZ):%Y-%m-%d-%H%M}{SUFFIX}"


def home_files(home: Path) -> Iterator[tuple[Path, str]]:
    """(file, name in the archive) of every file of the home that a backup keeps."""
    for name in HOME_FILES:
        if (home / name).is_file():
            yield home / name, f"home/{name}"
    for folder in HOME_FOLDERS:
        if (home / folder).is_dir():
            for path in sorted((home / folder).rglob("*")):
                if path.is_file() and not path.is_symlink():
                    yield path, f"home/{path.relative_to(home).as_posix()}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _free_name(folder: Path, now: datetime) -> Path:
    """The archive's name in `folder`; a second backup within the same minute gets -2, -3…"""
    path = folder / backup_name(now)
    n = 1
    while path.exists():
        n += 1
        path = folder / backup_name(now).replace(SUFFIX, f"-{n}{SUFFIX}")
    return path


NIGHTLY, BY_HAND = "nightly", "by hand"  # the manifest's "made": prune removes only the service's own


def home_id(home: Path, make: bool = False) -> str:
    """The home's id, the first line of HOME/home-id ('' when it has none): random, made (when `make`) by its first
    nightly backup, the only kind pruned; a backup by hand changes nothing in the home. It goes with the home where its
    path does not: a renamed folder keeps it; and two servers with the same path have two. A restore gives the home a
    new one (_new_home_id)."""
    path = home / HOME_ID
    if make and not path.exists():
        try:
            with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644), "w") as fh:
                fh.write(f"{uuid.uuid4().hex}\n")
        except OSError:  # made meanwhile by a backup by hand; or a read-only home: its archives are told by its path
            pass
    try:
        words = path.read_text(encoding="utf-8").split()
    except (OSError, UnicodeDecodeError):
        return ""
    return words[0] if words else ""


def _new_home_id(home: Path) -> None:
    """A new id for a restored home. Whether the archive's home still runs (a copy on a trial server) or is gone (a
    move) cannot be told from here: by default the restored home counts none of that home's archives as its own, so a
    copy never prunes the original's; `diemnong restore --moved` says it is the same home on a new server, which keeps
    the archive's id and prunes the old server's nightly archives as its own."""
    part = home / f".{HOME_ID}.part"
    part.write_text(f"{uuid.uuid4().hex}\n", encoding="utf-8")
    os.replace(part, home / HOME_ID)


def make_backup(settings: Settings, output: Path, now: datetime | None = None, made: str = BY_HAND) -> Backup:
    """A checked backup of the home's store and files in `output` (created if needed); see the module docstring."""
    from store import sqlite_path
    from store.base import StoreError
    from store.sqlite import SQLiteStore, check_copy

    started = time.monotonic()
    if settings["store.backend"] != "sqlite":
        raise BackupError(f"store.backend là {settings['store.backend']!r}: hãy sao lưu Elasticsearch bằng snapshot của "
                          "chính nó (diemnong backup chỉ chép kho nhúng)")
    home, db = settings.home, sqlite_path(settings)
    if not db.is_file():
        raise BackupError(f"không có kho dữ liệu ở {db}: không có gì để sao lưu (DIEMNONG_HOME {home} có đúng là thư mục "
                          "dữ liệu cần sao lưu không?)")
    output = output.expanduser().resolve()
    output.mkdir(parents=True, exist_ok=True)
    if not output.is_dir():
        raise BackupError(f"{output} không phải là thư mục")
    now = now or datetime.now(TZ)
    final = _free_name(output, now)
    work = Path(tempfile.mkdtemp(prefix=".diemnong-backup-", dir=output))  # beside the archive: a failure leaves neither
    part = output / f".{final.name}.part"
    try:
        store = SQLiteStore(db, readonly=True)
        try:
            store.copy_to(work / STORE)
        finally:
            store.close()
        try:
            rows = check_copy(work / STORE)
        except StoreError as exc:
            raise BackupError(f"bản sao của kho không qua được bước kiểm tra, không ghi bản sao lưu nào: {exc}") from exc
        files: dict[str, str] = {STORE: _sha256(work / STORE)}
        ident = home_id(home, make=made == NIGHTLY)  # before the home's files are copied: the first archive holds it
        for path, arcname in home_files(home):  # copied first, so the archive holds what the checksums say
            (work / arcname).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, work / arcname)
            files[arcname] = _sha256(work / arcname)
        manifest = {
            "format": FORMAT, "created": now.astimezone(TZ).isoformat(timespec="seconds"), "made": made, "home": str(home),
            "home_id": ident, "store": str(db), "rows": rows, "files": files, "diemnong": __version__,
            "sqlite": sqlite3.sqlite_version,
        }
        (work / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        with os.fdopen(fd, "wb") as raw:
            with tarfile.open(fileobj=raw, mode="w:gz", compresslevel=COMPRESSION, format=tarfile.PAX_FORMAT) as tar:
                for arcname in (MANIFEST, *files):
                    tar.add(work / arcname, arcname=arcname, recursive=False)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(part, final)
        _fsync_dir(output)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        part.unlink(missing_ok=True)
    return Backup(final, final.stat().st_size, rows, len(files) - 1, time.monotonic() - started)


def _age_order(path: Path) -> tuple[str, int]:
    """A backup's place in time: its name's minute, then its number within that minute (-2 after none, -10 after -9);
    by name alone «…-0230-2.tar.gz» sorted before «…-0230.tar.gz», and prune removed the newer of the two."""
    stem = path.name[len(PREFIX):-len(SUFFIX)]
    minute, n = stem[:15], stem[16:]
    return minute, int(n) if n.isdigit() else 1


def _manifest(path: Path) -> dict:
    """An archive's manifest (its first member); {} for a file that is not an archive or has none."""
    try:
        with tarfile.open(path, mode="r:gz") as tar:
            first = tar.next()
            if first is None or first.name != MANIFEST:
                return {}
            manifest = json.loads(tar.extractfile(first).read().decode("utf-8"))  # type: ignore[union-attr]
    except (OSError, tarfile.TarError, EOFError, zlib.error, UnicodeDecodeError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def _pruned_with(path: Path, home: Path | None, ident: str) -> bool:
    """Whether the nightly prune of `home` (whose id is `ident`) counts, and may remove, an archive: a nightly one of
    that home. Those made by hand are not, nor, in a folder several homes share (a NAS), another home's: told apart by
    the home's id (home_id); an archive from before the manifest held one, by the home's path. Archives from before the
    manifest said who made them, and files that are not archives, count as nightly ones of this home, as they did."""
    manifest = _manifest(path)
    if manifest.get("made") == BY_HAND:
        return False
    if home is not None and manifest.get("home_id"):
        return manifest["home_id"] == ident
    return home is None or manifest.get("home") in (None, str(home))


def prune(folder: Path, keep: int, home: Path | None = None) -> list[Path]:
    """Remove all but the newest `keep` nightly backups of `home` in `folder` (by the time in their names), and what a
    backup cut short (a service stopped in the middle of one) left there over a day ago; returns the backups removed.
    Backups made by hand (`diemnong backup`) are neither counted nor removed: the office removes those itself; nor are
    those of another home sharing the folder (see _pruned_with)."""
    for left in [*folder.glob(".diemnong-backup-*"), *folder.glob(f".{PREFIX}*.part")]:
        try:
            if time.time() - left.stat().st_mtime > 86400:
                shutil.rmtree(left) if left.is_dir() else left.unlink()
        except OSError:
            pass
    ident = home_id(home) if home is not None else ""
    found = sorted((p for p in folder.glob(f"{PREFIX}*{SUFFIX}") if p.is_file() and _pruned_with(p, home, ident)),
                   key=_age_order)
    old = found[:-keep] if keep > 0 else []
    for path in old:
        path.unlink(missing_ok=True)
    return old


# --------------------------------------------------------------------------- restore

def _member_path(name: str) -> PurePosixPath | None:
    """The archive member's path when it is one a backup writes (manifest, store, a home file), else None."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        return None
    if name in (MANIFEST, STORE):
        return path
    if path.parts[0] != "home" or len(path.parts) < 2:
        return None
    if (len(path.parts) == 2 and path.parts[1] in HOME_FILES) or (len(path.parts) > 2 and path.parts[1] in HOME_FOLDERS):
        return path
    return None


def _copy_out(src: IO[bytes], dest: Path, mode: int) -> str:
    digest = hashlib.sha256()
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, mode & 0o777 or 0o600)
    with os.fdopen(fd, "wb") as out:
        for block in iter(lambda: src.read(1 << 20), b""):
            digest.update(block)
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def _unpack(archive: Path, into: Path) -> dict:
    """Every file of the archive into `into`, each checked against the manifest; returns the manifest."""
    damaged = f"{archive}: không phải một bản sao lưu Điểm Nóng nguyên vẹn"
    try:
        with tarfile.open(archive, mode="r:gz") as tar:
            members = tar.getmembers()  # reads the whole archive: a cut or damaged one fails here (gzip's CRC)
            names = {m.name: m for m in members}
            if MANIFEST not in names or STORE not in names:
                raise BackupError(f"{damaged} (trong đó không có {MANIFEST} hoặc {STORE})")
            bad = next((m.name for m in members if not m.isfile() or _member_path(m.name) is None), None)
            if bad is not None:
                raise BackupError(f"{damaged} (có mục lạ trong đó: {bad!r})")
            manifest = json.loads(tar.extractfile(names[MANIFEST]).read().decode("utf-8"))  # type: ignore[union-attr]
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or not isinstance(manifest.get("files"), dict):
                raise BackupError(f"{archive}: bản sao lưu ở định dạng mà phiên bản này không đọc được (định dạng "
                                  f"{manifest.get('format') if isinstance(manifest, dict) else '?'}, cần {FORMAT})")
            expected: dict[str, str] = manifest["files"]
            missing = sorted(set(expected) - set(names))
            if missing or set(names) - set(expected) - {MANIFEST}:
                raise BackupError(f"{damaged} (các tệp trong đó không khớp với danh sách trong {MANIFEST}: "
                                  f"{'thiếu ' + ', '.join(missing) if missing else 'có tệp thừa'})")
            for name, digest in expected.items():
                member = names[name]
                got = _copy_out(tar.extractfile(member), into / name, member.mode)  # type: ignore[arg-type]
                if got != digest:
                    raise BackupError(f"{damaged} ({name} không khớp với mã kiểm tra SHA-256 của nó)")
                os.utime(into / name, (member.mtime, member.mtime))  # the demo's mark says when by its time
            return manifest
    except BackupError:
        raise
    except (tarfile.TarError, EOFError, zlib.error, UnicodeDecodeError, json.JSONDecodeError, KeyError) as exc:
        raise BackupError(f"{damaged} (tệp bị hỏng hoặc bị cắt cụt: {exc or type(exc).__name__})") from exc


def _targets(settings: Settings) -> dict[str, Path]:
    """Where each archive name goes in this home."""
    from store import sqlite_path

    db = sqlite_path(settings)
    return {STORE: db, f"{STORE}-wal": Path(f"{db}-wal"), f"{STORE}-shm": Path(f"{db}-shm"),
            **{f"home/{name}": settings.home / name for name in (*HOME_FILES, *HOME_FOLDERS)}}


def _move_into(src: Path, dest: Path) -> None:
    """`src` to `dest` whole or not at all: a rename on the same disk; else (a store set on another disk) a copy under a
    hidden name beside `dest`, renamed when complete, so that a full disk or a stop midway never leaves a cut store
    under its name (shutil.move copied straight into it)."""
    try:
        os.replace(src, dest)
        return
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
    part = dest.with_name(f".{dest.name}.restore-part")
    try:
        shutil.copy2(src, part)
        with part.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(part, dest)
        _fsync_dir(dest.parent)
    finally:
        part.unlink(missing_ok=True)
    src.unlink()


READERS = "dashboard.lock"  # each dashboard process holds a shared lock on it; a restore takes it exclusively
_reading: dict[Path, int] = {}  # home → the descriptor holding this process's shared lock (never closed)


def hold_for_reading(home: Path) -> None:
    """Say, for as long as this process lives, that it has the home's store open: the dashboard keeps one connection
    (run by `diemnong run` or alone by `diemnong dashboard`). A shared POSIX lock on HOME/dashboard.lock, which
    `diemnong restore` cannot take while any is held; started during a restore, this waits for the restore to end.
    Nothing when the file cannot be made (a read-only home cannot be restored into either) or locked."""
    import fcntl

    home = home.resolve()
    if home in _reading:
        return
    try:
        home.mkdir(parents=True, exist_ok=True)  # the store is about to be made there too
        fd = os.open(home / READERS, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError:
        return
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH)  # released by the system when the process ends, however it ends
    except OSError:  # a file system without locks (ENOLCK): the dashboard still opens, unannounced
        os.close(fd)
        return
    _reading[home] = fd


@contextmanager
def _no_readers(home: Path) -> Iterator[None]:
    """Hold HOME/dashboard.lock exclusively for the restore's length: BackupError while a dashboard has the store open
    (see hold_for_reading). The file is made when missing (a new home, or one no dashboard has opened yet): a dashboard
    started during the restore then waits for it, rather than opening a store about to be replaced. Nothing when it
    cannot be made (a read-only home: the restore fails on its own)."""
    import fcntl

    try:
        home.mkdir(parents=True, exist_ok=True)
        fd = os.open(home / READERS, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError:
        yield
        return
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN):
                raise
            raise BackupError(f"một dashboard đang mở kho dữ liệu của {home} (`diemnong dashboard`, hoặc dashboard do "
                              "`diemnong run` khởi động); hãy dừng nó trước: nếu không, nó vẫn hiển thị kho sắp bị thay "
                              "và lưu các thay đổi của người phân tích vào đó") from None
        yield
    finally:
        os.close(fd)


def restore(settings: Settings, archive: Path, force: bool = False, moved: bool = False) -> Restored:
    """The archive's store and files into the home of `settings`. The caller holds the home's lock (no service
    running); no dashboard may have the store open (see hold_for_reading). A home with a store or any file the archive
    would replace is refused unless `force`; then those are moved (renamed, not copied) into HOME/before-restore-TIME/
    first. The home gets a new id unless `moved` (it replaces the home backed up: see _new_home_id)."""
    with _no_readers(settings.home):
        return _restore(_as_restored(settings, archive), archive, force, moved)


def _as_restored(settings: Settings, archive: Path) -> Settings:
    """The settings with store.sqlite_path as the home will read it once restored: the environment's, else the
    archive's settings.yaml's (which replaces the home's), else none (the store in the home). The store went where the
    home's settings *before* the restore put it, so a store kept on another disk (store.sqlite_path in settings.yaml)
    restored into a new home was left unread, and the service started on a new, empty store there."""
    import yaml

    spec = settings.specs["store.sqlite_path"]
    if os.environ.get(spec.env):
        return settings
    value: object = ""
    try:
        with tarfile.open(archive, mode="r:gz") as tar:
            member = tar.extractfile("home/settings.yaml")
            data = yaml.safe_load(member.read().decode("utf-8")) if member else None
    except (OSError, KeyError, tarfile.TarError, EOFError, zlib.error, UnicodeDecodeError, yaml.YAMLError):
        data = None  # no settings.yaml in it, or an archive _unpack will refuse
    store = data.get("store") if isinstance(data, dict) else None
    if isinstance(store, dict) and store.get("sqlite_path"):
        value = store["sqlite_path"]
    return settings.override(store__sqlite_path=str(value))


def _entry(node: object, key: str) -> tuple:
    """The (key, value) YAML nodes of the last `key` of a mapping node (load_settings keeps the last); () when none."""
    import yaml

    pairs = node.value if isinstance(node, yaml.MappingNode) else []
    return next((pair for pair in reversed(pairs) if isinstance(pair[0], yaml.ScalarNode) and pair[0].value == key), ())


def unbind_home(text: str, home: Path) -> tuple[str, str | None, bool]:
    """A settings.yaml's text without a general.home naming another home than `home` (the home on the machine the
    backup was made on: load_settings refuses it), the value it had (None when the text names no other home; '' when
    it is empty or ~, which load_settings refuses too) and whether its line was made a comment: so when it holds that
    entry alone; else (a flow mapping, a value over several lines) the value is rewritten as `home`. The rest of the
    text is kept byte for byte."""
    import yaml

    try:
        general = _entry(yaml.compose(text, Loader=yaml.SafeLoader), "general")
    except yaml.YAMLError:  # load_settings names the line
        return text, None, False
    key, value = (_entry(general[1], "home") if general else ()) or (None, None)
    if not isinstance(value, yaml.ScalarNode) or Path(value.value).expanduser().resolve() == home.resolve():
        return text, None, False
    old = "" if value.tag == "tag:yaml.org,2002:null" else value.value
    line, at, stop = key.start_mark.index - key.start_mark.column, key.start_mark.index, value.end_mark.index
    after = re.match(r"[^\r\n]*", text[stop:]).group().strip()  # type: ignore[union-attr]
    if value.end_mark.line == key.start_mark.line and not text[line:at].strip() and after[:1] in ("", "#"):
        return f"{text[:at]}# {text[at:]}", old, True
    span = text[value.start_mark.index:stop]  # a block scalar's ends with its line break: kept
    return (text[:value.start_mark.index] + json.dumps(str(home), ensure_ascii=False) + span[len(span.rstrip("\r\n")):]
            + text[stop:], old, False)


def _unbind_home(settings_file: Path, home: Path) -> tuple[str | None, bool]:
    """unbind_home on a restored settings.yaml, in place; the value dropped (or None) and whether made a comment."""
    try:
        text = settings_file.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):  # none in the archive, or not UTF-8 (load_settings says so)
        return None, False
    kept, old, commented = unbind_home(text, home)
    if old is not None:
        settings_file.write_bytes(kept.encode("utf-8"))
    return old, commented


def _restore(settings: Settings, archive: Path, force: bool, moved: bool = False) -> Restored:
    from store.base import StoreError
    from store.sqlite import check_copy

    home = settings.home
    if not archive.is_file():
        raise BackupError(str(not_a_file(archive)))
    targets = _targets(settings)
    present = [name for name, path in targets.items() if path.exists() or path.is_symlink()]
    if present and not force:
        what = "kho dữ liệu" if STORE in present else ", ".join(targets[n].name for n in present)
        raise BackupError(f"{home} đã có {what}; hãy khôi phục vào một thư mục dữ liệu trống hoặc mới, hoặc thêm --force "
                          f"để thay (những gì đang có được chuyển vào {home}/before-restore-…/)")
    home.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=home))
    try:
        manifest = _unpack(archive, staging)
        try:
            rows = check_copy(staging / STORE)
        except StoreError as exc:
            raise BackupError(f"{archive}: kho dữ liệu trong đó không qua được bước kiểm tra, chưa khôi phục gì: {exc}") from exc
        old_home, commented = _unbind_home(staging / "home" / "settings.yaml", home)
        aside = None
        if present:  # --force: what the home has goes aside, whole (the store with its -wal: never a foreign WAL)
            aside = home / f"before-restore-{datetime.now(TZ):%Y-%m-%d-%H%M%S}"
            aside.mkdir()
            for name in present:
                shutil.move(str(targets[name]), aside / targets[name].name)
        for name in manifest["files"]:
            dest = targets[name] if name in targets else home / PurePosixPath(name).relative_to("home")
            dest.parent.mkdir(parents=True, exist_ok=True)
            _move_into(staging / name, dest)  # a rename on the home's disk; a copy when the store lives elsewhere
        if not moved or not (home / HOME_ID).exists():
            _new_home_id(home)
        _fsync_dir(home)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Restored(home, rows, len(manifest["files"]) - 1, str(manifest.get("created", "")), aside, present, old_home,
                    commented)


# --------------------------------------------------------------------------- the service's nightly backup

class Nightly:
    """`diemnong run`'s nightly backup: each time backup.time (Vietnamese time) passes while the service runs, a backup
    as `diemnong backup` makes it, in backup.folder, then all but the newest backup.keep nightly ones removed (see
    prune). As cron does: a service started after that time makes none until the next night (no backup at every
    start). It runs in a thread, so the service's rounds (crawling, alerts) go on meanwhile. A failure is logged and
    tried again an hour later. A service stopped during one leaves its temporary files, which a later one removes."""

    def __init__(self, settings: Settings):
        import logging

        from diemnong.config import not_a_time

        self.settings, self.log = settings, logging.getLogger("diemnong.backup")
        value = str(settings["backup.time"]).strip()
        try:
            self.at = dtime.fromisoformat(value) if value else None
        except ValueError:
            raise not_a_time("backup.time", value, blank="nếu không sao lưu hằng đêm") from None
        if settings["store.backend"] != "sqlite":
            self.at = None  # Elasticsearch is backed up with its own snapshots
        self.folder = backup_folder(settings)
        self.thread: threading.Thread | None = None
        self.seen: datetime | None = None  # the last time looked at
        self.owed = False  # backup.time passed since, and no backup made yet
        self.covered: datetime | None = None  # the last backup.time passed: the clock set back across it, not owed again
        self.retry_at: datetime | None = None
        self.last: Backup | None = None

    def tick(self, now: datetime) -> threading.Thread | None:
        """Start tonight's backup when backup.time has passed since the last call; returns its thread."""
        if self.at is None:
            return None
        now = now.astimezone(TZ)
        moment = datetime.combine(now.date(), self.at, TZ)
        if moment > now:
            moment -= timedelta(days=1)
        if self.seen is not None and self.seen < moment and (self.covered is None or moment > self.covered):
            self.owed, self.covered = True, moment
        self.seen = now
        if not self.owed or (self.thread and self.thread.is_alive()) or (self.retry_at and now < self.retry_at):
            return None
        self.owed = False
        self.thread = threading.Thread(target=self._backup, args=(now,), name="nightly-backup", daemon=True)
        self.thread.start()
        return self.thread

    def _backup(self, now: datetime) -> None:
        try:
            done = make_backup(self.settings, self.folder, now, made=NIGHTLY)
            removed = prune(self.folder, int(self.settings["backup.keep"]), self.settings.home)
        except Exception as exc:  # noqa: BLE001 - a thread's end: logged, tried again in an hour
            self.owed, self.retry_at = True, now + timedelta(hours=1)
            self.log.error("sao lưu hằng đêm không thành (thử lại sau một giờ): %s", exc)
            return
        self.last, self.retry_at = done, None
        self.log.info("đã sao lưu: %s (%s MiB, %s giây)%s", done.path, number(done.size / 2**20, 1), number(done.seconds),
                      f"; xóa {len(removed)} bản cũ" if removed else "")
