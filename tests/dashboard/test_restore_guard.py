"""`diemnong restore` and a dashboard running on its own (`diemnong dashboard`): the dashboard keeps its connection to
the store, so a restore --force moved the store it reads (and writes analysts' changes into) aside under it."""
from __future__ import annotations

import hashlib
from pathlib import Path

from diemnong.backup import make_backup
from diemnong.config import load_settings
from tests.dashboard.conftest import open_app
from tests.faults import diemnong
from tests.test_storage_faults import one_line


def test_a_restore_is_refused_while_a_dashboard_has_the_store_open_and_goes_ahead_once_none_has(home: Path, tmp_path: Path) -> None:
    archive = make_backup(load_settings(), tmp_path / "archives").path
    open_app("views/tra_cuu.py")  # a signed-in analyst: this process is now a dashboard with the store open
    before = hashlib.sha256((home / "diemnong.sqlite3").read_bytes()).hexdigest()
    refused = diemnong(["restore", str(archive), "--force"], home)
    assert refused.returncode == 1, refused.stdout
    line = one_line(refused.stderr)
    assert line.startswith(f"diemnong restore: một dashboard đang mở kho dữ liệu của {home} (") \
        and "hãy dừng nó trước" in line, line
    assert hashlib.sha256((home / "diemnong.sqlite3").read_bytes()).hexdigest() == before, "the store left as it was"
    assert not [p for p in home.iterdir() if p.name.startswith(("before-restore-", ".restore-"))], "nothing moved"
    other = tmp_path / "other"  # a home whose dashboard has ended: its lock file is left, held by no one
    other.mkdir()
    (other / "dashboard.lock").write_text("")
    done = diemnong(["restore", str(archive)], other)
    assert done.returncode == 0, done.stderr
