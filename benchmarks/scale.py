"""How the service's costs grow with the size of the store: one measurement per call, printed as one JSON line.

    python benchmarks/scale.py fill     --size 100000 [--dir benchmarks/out/scale]
    python benchmarks/scale.py measure  --size 100000 [--sample 240]
    python benchmarks/scale.py backtest --stream 1000

``fill`` builds (once; later runs reuse it) a store of SIZE synthetic articles of full length
(dashboard/synthetic.py, ``full_text=True``: about 2,700 characters with title and lead, two years of
coverage, one in eight a syndicated copy) through the store's bulk path, ``upsert_articles`` in
transactions of 5,000, with their classification given (no NLP: at a million articles the NLP would
take hours on two cores). ``measure`` opens that store and times, in one process:

- the whole pipeline, ``Service.ingest`` (normalise, segment, classify, detect, alert, store and
  index) of SAMPLE new full-length articles arriving after the store's newest, against underthesea's
  ``word_tokenize`` alone on the same texts in the same process, interleaved in three rounds — the ratio
  is the pipeline's throughput against that reference segmenter (the pipeline segments with
  ``nlp.segment``, the same output about three times faster); the sample is deleted afterwards so the
  store keeps its size;
- the detector's warm-up (rebuilding the recent stories from the store, what a restart costs);
- searches as the dashboard runs them (count, first page of 20, highlights), 12 typical queries ×
  filter sets, and the aggregations behind the dashboard's charts;

and reports the peak resident memory of the process (``resource.getrusage``). ``backtest`` runs
``diemnong backtest`` in-process on a synthetic stream of STREAM short articles (title, lead and a
three-sentence body), with the default workers (one per core). benchmarks/run_all.py calls these in
child processes, one per measurement, so each peak memory is its own.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard import synthetic  # noqa: E402
from diemnong.domain import TZ, parse_time  # noqa: E402

DEFAULT_DIR = ROOT / "benchmarks" / "out" / "scale"
QUERIES = ["hoc phi", "giao vien", "lam thu dau nam", '"phong hoc tam"', "day them -hoc them", "tuyen sinh lop 10",
           "Hậu Giang", "bao luc OR danh nhau", "sach giao khoa", "ngo doc thuc pham", "chuyen doi so", "khen thuong"]
FILL_BATCH = 5000
DAYS = 730


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident memory of this process (and of its finished children) in MiB."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if children:
        kb += resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return kb / 1024


def store_path(directory: Path, size: int) -> Path:
    return directory / f"store-{size}.sqlite3"


def meta_path(directory: Path, size: int) -> Path:
    return directory / f"store-{size}.json"


def quantiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {"p50_ms": statistics.median(ordered) * 1000, "p95_ms": ordered[max(0, round(0.95 * (len(ordered) - 1)))] * 1000,
            "n": len(ordered)}


# --------------------------------------------------------------------------- fill

def fill(size: int, directory: Path) -> dict[str, Any]:
    """Build the store of `size` articles through the bulk path (once) and return how it went."""
    from store.sqlite import SQLiteStore

    meta = meta_path(directory, size)
    if meta.exists():
        return {**json.loads(meta.read_text()), "reused": True}
    directory.mkdir(parents=True, exist_ok=True)
    path = store_path(directory, size)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    end = datetime.now(TZ).replace(microsecond=0)
    store = SQLiteStore(path)
    started = time.perf_counter()
    tail_from, tail_start, batch, done, chars = int(size * 0.9), 0.0, [], 0, 0
    for article in synthetic.articles(size, end, days=DAYS, full_text=True):
        batch.append(article)
        chars += len(article.title) + len(article.summary) + len(article.text)
        if len(batch) == FILL_BATCH:
            store.upsert_articles(batch)
            done += len(batch)
            batch = []
            if done >= tail_from and not tail_start:
                tail_start, tail_done = time.perf_counter(), done
            print(f"\r  fill {size:,}: {done:,}", end="", file=sys.stderr, flush=True)
    if batch:
        store.upsert_articles(batch)
        done += len(batch)
    for issue in synthetic.issues(end, count=60):
        store.save_issue(issue)
    seconds = time.perf_counter() - started
    tail_rate = (done - tail_done) / (time.perf_counter() - tail_start) if tail_start and done > tail_done else done / seconds
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    print(file=sys.stderr)
    result = {"size": size, "end": end.isoformat(), "fill_s": seconds, "fill_rate": done / seconds, "fill_tail_rate": tail_rate,
              "bytes": path.stat().st_size, "chars_per_article": chars / max(1, done), "fill_peak_rss_mb": peak_rss_mb()}
    meta.write_text(json.dumps(result))
    return {**result, "reused": False}


# --------------------------------------------------------------------------- measure

def sample_records(n: int, end: datetime, seed: int = 23) -> list[dict[str, Any]]:
    """n full-length input lines published in the two days after `end`, with URLs no stored article has."""
    out = []
    for i, rec in enumerate(synthetic.records(n, end + timedelta(days=2), days=2, seed=seed, full_text=True)[:n]):
        out.append({**rec, "id": f"bench-{seed}-{i}", "url": f"https://bench.example.vn/{seed}/{i}.html"})
    return out


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    fn()  # warm: first call pays caches and page-ins
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return times


def searches(store: Any, end: datetime) -> dict[str, dict[str, float]]:
    """Latency of the searches the dashboard runs (count + first page of 20 + highlights)."""
    from store import Filters, SearchQuery

    d90 = end - timedelta(days=90)
    variants = {
        "search: words only": lambda q: SearchQuery(text=q, limit=20),
        "search: + last 90 days": lambda q: SearchQuery(text=q, filters=Filters(since=d90), limit=20),
        "search: + 90 days, 2 topics, negative": lambda q: SearchQuery(
            text=q, filters=Filters(since=d90, topics=(8, 3), sentiments=("negative",)), limit=20),
        "search: + 2 outlets, Hậu Giang only": lambda q: SearchQuery(
            text=q, filters=Filters(sources=("Báo Hậu Giang", "VnExpress"), local=True), limit=20),
        "search: by relevance": lambda q: SearchQuery(text=q, sort="relevance", limit=20),
    }
    out = {}
    for name, make in variants.items():
        for q in QUERIES:  # warm pass
            store.search(make(q))
        times = []
        for _ in range(2):
            for q in QUERIES:
                t = time.perf_counter()
                store.search(make(q))
                times.append(time.perf_counter() - t)
        out[name] = quantiles(times)
    browse = [SearchQuery(limit=20), SearchQuery(filters=Filters(since=d90, topics=(8,)), limit=20)]
    out["browse: newest 20, no words (± topic)"] = quantiles(
        [t for q in browse for t in timed(lambda q=q: store.search(q), 12)])
    return out


def aggregations(store: Any, end: datetime) -> dict[str, dict[str, float]]:
    """Latency of the store calls behind the dashboard's charts and counters (Tổng quan, Chủ đề, Nguồn tin)."""
    from store import Filters

    calls: dict[str, Callable[[], Any]] = {
        "chart: day × topic × tone, 30 days": lambda: store.aggregate(Filters(since=end - timedelta(days=30))),
        "chart: heat map, 84 days": lambda: store.aggregate(Filters(since=end - timedelta(days=84))),
        "chart: day × topic × tone, 365 days": lambda: store.aggregate(Filters(since=end - timedelta(days=365))),
        "chart: one topic, 90 days": lambda: store.aggregate(Filters(since=end - timedelta(days=90), topics=(8,))),
        "counter: articles, 30 days (+ Hậu Giang)": lambda: (store.count(Filters(since=end - timedelta(days=30))),
                                                          store.count(Filters(since=end - timedelta(days=30), local=True))),
        "chart: articles per outlet per day, 30 days": lambda: store.source_counts(end - timedelta(days=30)),
        # What the search page's outlet list calls (dashboard.data.outlets); before source_totals it summed
        # store.source_counts over all time, which is what the Store's default source_totals still does.
        "list: outlets, all time": lambda: (store.source_totals() if hasattr(store, "source_totals")
                                            else store.source_counts(datetime(2000, 1, 1, tzinfo=TZ))),
        "list: hot issues, 14 days": lambda: store.list_issues(since=end - timedelta(days=14), limit=50),
    }
    return {name: quantiles(timed(fn, 5)) for name, fn in calls.items()}


def remove_sample(path: Path, issues_before: set[str], alerts_before: set[str]) -> None:
    """Delete the sample's articles (the FTS triggers follow), issues and alerts, so the store keeps its size."""
    db = sqlite3.connect(path)
    with db:
        db.execute("DELETE FROM articles WHERE external_id LIKE 'bench-%'")
        new_issues = [r[0] for r in db.execute("SELECT id FROM issues") if r[0] not in issues_before]
        for iid in new_issues:
            db.execute("DELETE FROM issue_events WHERE issue_id = ?", (iid,))
            db.execute("DELETE FROM issues WHERE id = ?", (iid,))
        for (key,) in db.execute("SELECT key FROM alerts").fetchall():
            if key not in alerts_before:
                db.execute("DELETE FROM alerts WHERE key = ?", (key,))
    db.close()


def measure(size: int, directory: Path, sample: int, rounds: int = 3) -> dict[str, Any]:
    """Pipeline vs segmentation on a sample, detector warm-up, searches and aggregations at this size."""
    from diemnong.config import load_settings
    from diemnong.pipeline import Service, article_from_record
    from nlp.analysis import analyse
    from nlp.segment import segment as nlp_segment, word_tokenize_line
    from store.sqlite import SQLiteStore

    def segment(text: str) -> str:  # underthesea alone, the reference (the pipeline's own decoder caches; this does not)
        return nlp_segment(text, word_tokenize_line)

    meta = json.loads(meta_path(directory, size).read_text())
    end = parse_time(meta["end"])
    assert end is not None
    path = store_path(directory, size)
    out: dict[str, Any] = {"size": size, "sample": sample}
    with tempfile.TemporaryDirectory(prefix="diemnong-bench-") as home:
        settings = load_settings(env={"DIEMNONG_HOME": home, "DIEMNONG_NLP_WORKERS": "1"})
        t = time.perf_counter()
        store = SQLiteStore(path)  # applies pending migrations (a new index on an older store) once
        out["open_s"] = time.perf_counter() - t
        issues_before = {r[0] for r in store.db.execute("SELECT id FROM issues")}
        alerts_before = {r[0] for r in store.db.execute("SELECT key FROM alerts")}
        try:
            service = Service(settings, store, workers=1)
            records = sample_records(sample, end)
            t = time.perf_counter()
            service.warm(parse_time(records[0]["published"]))
            out["warm_s"] = time.perf_counter() - t
            segment("Khởi động bộ tách từ.")
            analyse("Khởi động", "bộ phân tích", "")
            seg_s = pipe_s = 0.0
            chars = 0
            parts = [records[i::rounds] for i in range(rounds)]
            for part in parts:
                texts = ["\n".join((r["title"], r["summary"], r["text"])) for r in part]
                chars += sum(len(x) for x in texts)
                t = time.perf_counter()
                for text in texts:
                    segment(text)
                seg_s += time.perf_counter() - t
                articles = [article_from_record(r, f"bench:{i}") for i, r in enumerate(part)]
                t = time.perf_counter()
                report = service.ingest(articles)
                pipe_s += time.perf_counter() - t
                assert report.inserted == len(part), report
            out.update(seg_rate=sample / seg_s, pipeline_rate=sample / pipe_s, ratio=(sample / pipe_s) / (sample / seg_s),
                       seg_chars_per_s=chars / seg_s, chars_per_article=chars / sample)
            out["ingest_peak_rss_mb"] = peak_rss_mb()
            service.close()
        finally:
            store.close()
            remove_sample(path, issues_before, alerts_before)
        store = SQLiteStore(path)
        try:
            out["articles"] = store.count()
            out["bytes"] = path.stat().st_size
            out["search"] = searches(store, end)
            out["aggregate"] = aggregations(store, end)
        finally:
            store.close()
    out["peak_rss_mb"] = peak_rss_mb()
    return out


# --------------------------------------------------------------------------- backtest

def backtest(stream: int) -> dict[str, Any]:
    """`diemnong backtest` on a synthetic stream of `stream` short articles (default workers)."""
    from diemnong.cli import main

    end = datetime(2025, 9, 20, 18, 0, tzinfo=TZ)
    with tempfile.TemporaryDirectory(prefix="diemnong-bench-bt-") as tmp:
        src, dst = Path(tmp) / "stream.jsonl", Path(tmp) / "alerts.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for rec in synthetic.records(stream, end, days=max(3, stream // 150), seed=5)[:stream]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        os.environ["DIEMNONG_HOME"] = tmp
        t = time.perf_counter()
        rc = main(["backtest", "--input", str(src), "--output", str(dst)])
        seconds = time.perf_counter() - t
        assert rc == 0
        alerts = sum(1 for _ in dst.open(encoding="utf-8"))
    return {"stream": stream, "seconds": seconds, "rate": stream / seconds, "alerts": alerts, "workers": os.cpu_count(),
            "peak_rss_mb": peak_rss_mb(children=True)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("what", choices=("fill", "measure", "backtest"))
    p.add_argument("--size", type=int, default=10_000)
    p.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    p.add_argument("--sample", type=int, default=240)
    p.add_argument("--stream", type=int, default=1000)
    args = p.parse_args()
    import logging

    logging.basicConfig(level=logging.WARNING)
    if args.what == "fill":
        result = fill(args.size, args.dir)
    elif args.what == "measure":
        result = measure(args.size, args.dir, args.sample)
    else:
        result = backtest(args.stream)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
