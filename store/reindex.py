"""Copy one store into another (the embedded store into Elasticsearch), resumable after interruption.

Articles go oldest first in batches; after each batch the time of its last article is written to a
checkpoint file, and a later run starts again from that second (the few articles of that second are
sent again and come back unchanged, so nothing is duplicated). Issues with their events, the alert
outbox and the crawler's source states follow, through the public store interface only, each step
idempotent: an analyst's event already in the target is not added twice.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from contextlib import nullcontext
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, ContextManager, Iterator

from diemnong.domain import TZ, Article
from store.base import Filters, Store, StoreError

STAGES = ("articles", "issues", "alerts", "sources", "done")
EVERYTHING = 10**9


class CheckpointError(StoreError):
    """The checkpoint belongs to another copy or cannot be read."""


@dataclass
class Checkpoint:
    """How far a copy from `source` to `target` has gone."""

    source: str
    target: str
    stage: str = "articles"
    after_ts: int | None = None  # articles published before this second are copied
    articles: int = 0  # articles copied (those of the second after_ts are sent again on resume)
    issues: int = 0
    alerts: int = 0
    sources: int = 0

    @classmethod
    def load(cls, path: Path, source: str, target: str, restart: bool = False) -> Checkpoint:
        if restart or not path.exists():
            return cls(source, target)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            point = cls(**data)
        except (ValueError, TypeError) as exc:
            raise CheckpointError(f"{path}: unreadable checkpoint ({exc}); run again with --restart") from exc
        if (point.source, point.target) != (source, target):
            raise CheckpointError(f"{path} is the checkpoint of a copy from {point.source} to {point.target}; "
                                  f"run again with --restart to copy from {source} to {target}")
        return point

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves the old or the new checkpoint, never half of one."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")
        os.replace(tmp, path)


@dataclass
class CopyProgress:
    """What a progress display needs: where the copy is and how much there is."""

    stage: str
    done: int
    total: int


def _batches(source: Store, since: datetime | None, size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in source.iter_articles(Filters(since=since), batch=size):
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def copy_articles(source: Store, target: Store, point: Checkpoint, path: Path, batch: int,
                  progress: Callable[[CopyProgress], None]) -> None:
    since = datetime.fromtimestamp(point.after_ts, TZ) if point.after_ts is not None else None
    total = source.count()
    done = source.count(Filters(until=since)) if since else 0
    progress(CopyProgress("articles", done, total))
    loading: ContextManager[object] = getattr(target, "bulk_loading", nullcontext)()
    with loading:
        for articles in _batches(source, since, batch):
            target.upsert_articles(articles)
            done += len(articles)
            point.articles, point.after_ts = done, int(articles[-1].published.timestamp())
            point.save(path)
            progress(CopyProgress("articles", done, total))


def copy_issues(source: Store, target: Store) -> int:
    """Issues, their phases and the analysts' events (only those the target lacks)."""
    issues = source.list_issues(limit=EVERYTHING)
    for issue in issues:
        target.save_issue(issue.with_(events=tuple(e for e in issue.events if e.kind == "phase")))
        stored = target.get_issue(issue.id)
        have = Counter((e.at, e.kind, e.value, e.who, e.note) for e in (stored.events if stored else ()))
        for e in issue.events:
            if e.kind == "phase":
                continue
            key = (e.at, e.kind, e.value, e.who, e.note)
            if have[key]:
                have[key] -= 1
                continue
            target.add_issue_event(issue.id, e)
    return len(issues)


def copy_alerts(source: Store, target: Store) -> int:
    alerts = source.list_alerts(limit=EVERYTHING)
    for alert in alerts:
        target.enqueue_alerts([alert])
        if alert.state != "pending" or alert.attempts:
            target.update_alert(alert)
    return len(alerts)


def copy_sources(source: Store, target: Store) -> int:
    """Sources' crawl states, and the service's record of the articles the analysis failed on (their next tries)."""
    states = source.list_source_states()
    for state in states:
        target.save_source_state(state)
    failures = source.analysis_failures()
    if failures:
        target.save_analysis_failures(failures)
    return len(states)


def copy_store(source: Store, target: Store, checkpoint: Path, source_name: str, target_name: str, batch: int = 500,
               restart: bool = False, progress: Callable[[CopyProgress], None] = lambda p: None) -> Checkpoint:
    """Copy everything from source to target, resuming from the checkpoint file; returns the final checkpoint."""
    point = Checkpoint.load(checkpoint, source_name, target_name, restart)
    if point.stage == "done":
        point = Checkpoint(source_name, target_name)
    steps: dict[str, Callable[[], None]] = {
        "articles": lambda: copy_articles(source, target, point, checkpoint, batch, progress),
        "issues": lambda: setattr(point, "issues", copy_issues(source, target)),
        "alerts": lambda: setattr(point, "alerts", copy_alerts(source, target)),
        "sources": lambda: setattr(point, "sources", copy_sources(source, target)),
    }
    for stage in STAGES[STAGES.index(point.stage) : -1]:
        if stage != "articles":
            progress(CopyProgress(stage, 0, 0))
        steps[stage]()
        point.stage = STAGES[STAGES.index(stage) + 1]
        point.save(checkpoint)
    return point

