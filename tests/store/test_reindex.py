"""`diemnong reindex`: copying a store resumes after an interruption and duplicates nothing.

The copy itself runs between two real SQLite stores (it only uses the store interface); the command
runs against the loopback Elasticsearch to check what it sends, its progress bar and its checkpoint.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Iterator

import pytest

from diemnong.cli import main
from diemnong.domain import Alert, HotIssue, IssueEvent, SourceState
from store import Filters
from store.reindex import Checkpoint, CheckpointError, copy_store
from store.sqlite import SQLiteStore
from tests.conftest import ROOT, at, make_article
from tests.store.es_loopback import EsLoopback, bulk_answer

T = at("2025-09-05T08:00:00+07:00")


def fill(store: SQLiteStore, n: int = 120) -> None:
    # three articles per second of publication, so batches end inside a second
    store.upsert_articles([make_article(i, f"Tin {i}", (T + timedelta(seconds=i // 3)).isoformat(), topics=(i % 16 + 1,)) for i in range(n)])
    issue = HotIssue(id="st-1", title="Lạm thu", topics=(8,), lead_departments=("kh-tc",), first_seen=T, last_seen=T, score=7,
                     reason="r", article_ids=("a",), events=(IssueEvent(T, "phase", "new"),))
    store.save_issue(issue)
    store.add_issue_event("st-1", IssueEvent(T + timedelta(minutes=5), "status", "acknowledged", who="Lan", note="Đã báo"))
    store.add_issue_event("st-1", IssueEvent(T + timedelta(minutes=6), "assign", "hung@sgd.vn", who="Lan"))
    sent = Alert(key="st-1|a@x.vn|0", issue_id="st-1", department="vp", recipient="a@x.vn", channel="email", kind="new",
                 subject="S", body="B", raised_at=T, next_attempt=T)
    store.enqueue_alerts([sent, sent.with_(key="st-1|b@x.vn|0", recipient="b@x.vn")])
    store.update_alert(sent.with_(state="sent", sent_at=T, attempts=1))
    store.save_source_state(SourceState(name="https://a.vn/rss", etag='"e"', last_success=T, articles=3))
    store.save_analysis_failures({"a": {"published": T.isoformat(), "failure": "IndexError: x", "tries": 2,
                                        "due": (T + timedelta(hours=4)).isoformat(), "given_up": False}})


def snapshot(store: SQLiteStore) -> tuple:
    articles = sorted((a.id, a.title, a.published, a.classification) for a in store.iter_articles())
    issue = store.get_issue("st-1")
    return (articles, issue, sorted(store.list_alerts(), key=lambda a: a.key), store.list_source_states(),
            store.analysis_failures())


def test_an_interrupted_copy_resumes_and_duplicates_nothing(tmp_path: Path) -> None:
    source, target = SQLiteStore(tmp_path / "a.sqlite3"), SQLiteStore(tmp_path / "b.sqlite3")
    fill(source)
    checkpoint, seen = tmp_path / "ck.json", []

    def stop_after_two_batches(p) -> None:  # noqa: ANN001
        seen.append((p.stage, p.done, p.total))
        if p.stage == "articles" and p.done >= 50:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        copy_store(source, target, checkpoint, "a", "b", batch=25, progress=stop_after_two_batches)
    point = json.loads(checkpoint.read_text())
    assert (point["stage"], point["articles"]) == ("articles", 50) and target.count() == 50
    assert point["after_ts"] == int((T + timedelta(seconds=49 // 3)).timestamp())

    resumed = []
    final = copy_store(source, target, checkpoint, "a", "b", batch=25, progress=lambda p: resumed.append((p.stage, p.done, p.total)))
    assert resumed[0] == ("articles", 48, 120), "resumes at the second of the last article copied (48 before it)"
    assert resumed[-4:] == [("articles", 120, 120), ("issues", 0, 0), ("alerts", 0, 0), ("sources", 0, 0)]
    assert (final.stage, final.articles, final.issues, final.alerts, final.sources) == ("done", 120, 1, 2, 1)
    assert snapshot(target) == snapshot(source) and target.count() == 120
    assert target.get_issue("st-1").status.value == "acknowledged" and target.get_issue("st-1").assignee == "hung@sgd.vn"
    assert [a.key for a in target.due_alerts(T + timedelta(days=1))] == ["st-1|b@x.vn|0"]

    copy_store(source, target, checkpoint, "a", "b", batch=25)  # done: a new run copies again, changing nothing
    assert snapshot(target) == snapshot(source) and len(target.get_issue("st-1").events) == 3
    assert target.aggregate() == source.aggregate() and target.count(Filters(topics=(8,))) == source.count(Filters(topics=(8,)))
    with pytest.raises(CheckpointError, match="--restart"):
        copy_store(source, target, checkpoint, "a", "elsewhere")
    assert Checkpoint.load(checkpoint, "a", "elsewhere", restart=True).stage == "articles"


def test_reindex_command_against_loopback_elasticsearch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    src = SQLiteStore(home / "diemnong.sqlite3")
    fill(src, 60)
    src.close()
    es = EsLoopback()
    try:
        monkeypatch.setenv("DIEMNONG_HOME", str(home))
        monkeypatch.setenv("ELASTICSEARCH_URL", es.url.replace("http://", "http://diemnong:pw@"))
        monkeypatch.setenv("DIEMNONG_ES_PREFIX", "dn")
        # the second bulk is refused for good: the command stops with a reason and a checkpoint
        calls = {"n": 0}

        def second_fails(req):  # noqa: ANN001, ANN202
            calls["n"] += 1
            return 200, bulk_answer(req, lambda op, meta: 400 if calls["n"] == 2 else 201)

        es.reply("PUT", "^/_bulk$", second_fails)
        assert main(["reindex", "--to", "elasticsearch", "--batch", "20"]) == 1
        err = capsys.readouterr().err
        assert "Elasticsearch từ chối ghi 20 trong số 20 tài liệu: " in err and "chạy lại đúng lệnh này để chép tiếp từ" in err and "pw@" not in err
        point = json.loads((home / "reindex" / "elasticsearch-dn.json").read_text())
        assert point["articles"] == 20 and point["stage"] == "articles"
        first_ids = [line["create"]["_id"] for line in es.find("PUT", "^/_bulk$")[0].ndjson[::2]]

        es.scripts.clear()
        es.clear()
        stored = {**HotIssue(id="st-1", title="Lạm thu", topics=(8,), lead_departments=(), first_seen=T, last_seen=T, score=7, reason="r").to_dict(), "events": []}
        es.reply("GET", "^/dn-issues/_doc/st-1$", (200, {"_index": "dn-issues", "_id": "st-1", "found": True, "_seq_no": 1, "_primary_term": 1, "_source": stored}))
        es.reply("HEAD", "^/dn-issues/_doc/st-1$", (200, None))
        assert main(["reindex", "--to", "elasticsearch", "--batch", "20"]) == 0
        out, err = capsys.readouterr()
        assert "đã chép 60 bài, 1 vấn đề, 2 cảnh báo, trạng thái của 1 nguồn vào Elasticsearch (dn-*)" in out and "60/60" in err
        assert "đang chép các vấn đề…" in err and "đang chép trạng thái các nguồn…" in err
        bulks = [b for b in es.find("PUT", "^/_bulk$") if b.ndjson and "create" in b.ndjson[0] and b.ndjson[1].get("url")]
        sent = [line["create"]["_id"] for b in bulks for line in b.ndjson[::2]]
        assert len(sent) == len(set(sent)) and set(first_ids) & set(sent) <= set(first_ids[-2:]), "resumed after the first batch"
        assert all(b.params == {"refresh": "false"} for b in bulks) and len(es.find("POST", r"^/dn-\*/_refresh$")) == 1
        assert [r.json["doc"].get("status") for r in es.find("POST", "^/dn-issues/_update/st-1$")] == [None, "acknowledged", None]
        events = es.find("PUT", "^/dn-issue-events/_(doc|create)/")
        assert [(e.json["kind"], e.params["op_type"]) for e in events] == [("status", "create"), ("assign", "create")], "the analysts' events"
        [state] = es.find("PUT", "^/dn-sources/_doc/")
        assert state.json["etag"] == '"e"'
        last = es.requests[-1]  # the analysis failures' next tries, after the sources
        assert (last.method, last.path) == ("PUT", "/_bulk") and last.ndjson[1]["id"] == "a" and last.ndjson[1]["data"]["tries"] == 2
        assert json.loads((home / "reindex" / "elasticsearch-dn.json").read_text())["stage"] == "done"
    finally:
        es.close()
    assert main(["reindex", "--to", "elasticsearch", "--from", str(tmp_path / "none.sqlite3")]) == 2


def holding(home: Path, lock: str) -> subprocess.Popen:
    """Another process holding one of the command line's locks on `home` (lock: a with-statement over diemnong.cli)
    until its standard input closes."""
    code = f"import sys; from pathlib import Path; from diemnong import cli\nhome = Path(sys.argv[1])\nwith {lock}:\n" \
           "    print('held', flush=True); sys.stdin.read()"
    proc = subprocess.Popen([sys.executable, "-c", code, str(home)], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held", proc.communicate(timeout=30)
    return proc


def release(proc: subprocess.Popen) -> None:
    proc.stdin.close()
    proc.wait(30)


@pytest.fixture
def reindex_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, EsLoopback]]:
    """A home with an embedded store to copy, and the settings that copy it to the loopback Elasticsearch (prefix dn)."""
    home = tmp_path / "home"
    src = SQLiteStore(home / "diemnong.sqlite3")
    fill(src, 30)
    src.close()
    es = EsLoopback()
    for prefix in ("dn", "dn2"):  # the issue is read back after it is written
        stored = {**HotIssue(id="st-1", title="Lạm thu", topics=(8,), lead_departments=(), first_seen=T, last_seen=T, score=7,
                             reason="r").to_dict(), "events": []}
        es.reply("GET", f"^/{prefix}-issues/_doc/st-1$", (200, {"_index": f"{prefix}-issues", "_id": "st-1", "found": True,
                                                               "_seq_no": 1, "_primary_term": 1, "_source": stored}))
        es.reply("HEAD", f"^/{prefix}-issues/_doc/st-1$", (200, None))  # and found before its events are written
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    monkeypatch.setenv("ELASTICSEARCH_URL", es.url)
    monkeypatch.setenv("DIEMNONG_ES_PREFIX", "dn")
    try:
        yield home, es
    finally:
        es.close()


def test_reindex_runs_beside_the_service_holding_the_home(reindex_home, capsys: pytest.CaptureFixture[str]) -> None:
    # docker-compose.yml's way to move an embedded store across: `docker compose exec worker diemnong reindex`, in the
    # worker's home, while its `diemnong run` (on Elasticsearch) holds the home's lock. The copy only reads the
    # embedded store, so the home's lock is not its to take.
    home, es = reindex_home
    service = holding(home, 'cli.home_lock(home, "run")')
    try:
        assert main(["reindex", "--to", "elasticsearch", "--batch", "20"]) == 0, capsys.readouterr().err
    finally:
        release(service)
    assert "đã chép 30 bài" in capsys.readouterr().out


def test_a_second_reindex_of_the_same_copy_is_refused_in_one_line(reindex_home, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    # Two copies at once wrote the same checkpoint (and its temporary file): each overwrote the other's progress.
    home, es = reindex_home
    checkpoint = home / "reindex" / "elasticsearch-dn.json"
    first = holding(home, f"cli.copy_lock(Path({str(checkpoint)!r}))")
    try:
        assert main(["reindex", "--to", "elasticsearch", "--batch", "20"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith(f"diemnong reindex: `diemnong reindex` (pid {first.pid}) đang chép vào Elasticsearch"), err
        assert str(checkpoint) in err and not checkpoint.exists() and not es.find("PUT", "^/_bulk$"), "nothing was copied"
        monkeypatch.setenv("DIEMNONG_ES_PREFIX", "dn2")  # a copy to other indices has its own checkpoint: not held
        assert main(["reindex", "--to", "elasticsearch", "--batch", "20"]) == 0, capsys.readouterr().err
        monkeypatch.setenv("DIEMNONG_ES_PREFIX", "dn")
    finally:
        release(first)
    assert main(["reindex", "--to", "elasticsearch", "--batch", "20"]) == 0, "free again once the first ends"
