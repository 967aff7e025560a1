"""Helpers for the fault tests: the service in a child process, and checks that a store file is consistent."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable, Iterable

from tests.conftest import ROOT


def child_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a `diemnong` child: its own home, one NLP process, loopback allowed, no host delay."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DIEMNONG_", "ELASTICSEARCH_"))}
    env.update(PYTHONPATH=str(ROOT), DIEMNONG_HOME=str(home), DIEMNONG_NLP_WORKERS="1", DIEMNONG_HOST_DELAY="0",
               DIEMNONG_ALLOW_PRIVATE_ADDRESSES="1", PYTHONUNBUFFERED="1", **extra)
    return env


def diemnong(args: list[str], home: Path, timeout: float = 120, preexec: Callable[[], None] | None = None,
             **kw: Any) -> subprocess.CompletedProcess:
    """Run `python -m diemnong ARGS` to completion."""
    env = kw.pop("env", None) or child_env(home)
    return subprocess.run([sys.executable, "-m", "diemnong", *args], capture_output=True, text=True, timeout=timeout, env=env,
                          cwd=ROOT, preexec_fn=preexec, **kw)


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def check_store(path: Path) -> dict[str, int]:
    """Assert a store file is consistent: SQLite's integrity check, the FTS index checked against its content
    (FTS5 'integrity-check' with rank 1) and indexing exactly the stored articles, and one row per document id.
    Returns row counts."""
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)")  # raises when out of sync
        db.execute("CREATE VIRTUAL TABLE temp.fts_rows USING fts5vocab(main, articles_fts, instance)")
        indexed = {r[0] for r in db.execute("SELECT DISTINCT doc FROM temp.fts_rows")}
        stored = {r[0] for r in db.execute("SELECT rowid FROM articles")}
        assert indexed == stored, f"FTS index and table differ: {len(indexed ^ stored)} rows"
        ids = [r[0] for r in db.execute("SELECT id FROM articles")]
        assert len(ids) == len(set(ids))
        topics_orphans = db.execute("SELECT COUNT(*) FROM article_topics WHERE article_rowid NOT IN (SELECT rowid FROM articles)").fetchone()[0]
        assert topics_orphans == 0
        return {"articles": len(ids), "issues": db.execute("SELECT COUNT(*) FROM issues").fetchone()[0],
                "alerts": db.execute("SELECT COUNT(*) FROM alerts").fetchone()[0]}
    finally:
        db.close()
