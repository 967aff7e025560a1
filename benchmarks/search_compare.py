"""Search at scale, this checkout's store against another checkout's (a baseline), interleaved in one process.

    python benchmarks/search_compare.py --store benchmarks/out/scale/store-1000000.sqlite3 \
        --baseline ../main [--rounds 3] [--only search]

Opens the store read-only twice — once with this checkout's ``store.sqlite.SQLiteStore``, once with the
baseline checkout's — and runs ``benchmarks/scale.py``'s search and aggregation timings (the dashboard's
12 queries × filter sets) on each in turn, ROUNDS times, alternating which goes first. Prints, per
measure, the median over rounds of each p50 and p95 (ms), and first checks that both return the same totals and
first pages for every query × 4 filter sets × 3 orders (156 searches; minutes at 1M: the baseline is slow). The store's end time comes from its ``.json`` next to it (``scale.py fill``).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "benchmarks"))
import scale  # noqa: E402  (benchmarks/scale.py)
from diemnong.domain import parse_time  # noqa: E402


def baseline_store_class(checkout: Path) -> type:
    """The baseline's SQLiteStore, loaded under another module name (it imports this checkout's store.base)."""
    spec = importlib.util.spec_from_file_location("baseline_sqlite", checkout / "store" / "sqlite.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["baseline_sqlite"] = module
    spec.loader.exec_module(module)
    return module.SQLiteStore


def same_answers(new: object, old: object, end) -> list[str]:  # noqa: ANN001
    """Queries whose total or first page differ between the two stores."""
    from datetime import timedelta

    from store import Filters, SearchQuery

    differ = []
    d90 = end - timedelta(days=90)
    filter_sets = (Filters(), Filters(since=d90), Filters(sources=("Báo Hậu Giang", "VnExpress"), local=True),
                   Filters(since=d90, topics=(8, 3), sentiments=("negative",)))
    for q in [*scale.QUERIES, ""]:
        for f in filter_sets:
            for sort in ("newest", "oldest", "relevance"):
                a = new.search(SearchQuery(text=q, filters=f, sort=sort, limit=20))  # type: ignore[attr-defined]
                b = old.search(SearchQuery(text=q, filters=f, sort=sort, limit=20))  # type: ignore[attr-defined]
                ka = (a.total, [h.article.id for h in a.hits], [round(h.score, 6) for h in a.hits])
                kb = (b.total, [h.article.id for h in b.hits], [round(h.score, 6) for h in b.hits])
                if ka != kb:
                    # Relevance ties may come in another order in the baseline (it had no tie-break): compare as sets.
                    if sort == "relevance" and ka[0] == kb[0] and ka[2] == kb[2] and set(ka[1]) == set(kb[1]):
                        continue
                    differ.append(f"{q!r} {f} {sort}: {ka[0]} vs {kb[0]}")
    return differ


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--store", type=Path, required=True)
    p.add_argument("--baseline", type=Path, required=True, help="a checkout of the baseline (its store/sqlite.py)")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--only", choices=("search", "aggregate", "both"), default="both")
    p.add_argument("--no-check", action="store_true", help="skip the same-answers check")
    args = p.parse_args()
    from store.sqlite import SQLiteStore

    meta = json.loads(args.store.with_suffix(".json").read_text())
    end = parse_time(meta["end"])
    stores = {"new": SQLiteStore(args.store, readonly=True), "baseline": baseline_store_class(args.baseline)(args.store, readonly=True)}
    if not args.no_check:
        differ = same_answers(stores["new"], stores["baseline"], end)
        print(json.dumps({"same_answers": not differ, "differ": differ}, ensure_ascii=False), flush=True)
    runs: dict[str, list[dict]] = {"new": [], "baseline": []}
    for r in range(args.rounds):
        order = ["baseline", "new"] if r % 2 == 0 else ["new", "baseline"]
        for name in order:
            out = {}
            if args.only in ("search", "both"):
                out.update(scale.searches(stores[name], end))
            if args.only in ("aggregate", "both"):
                out.update(scale.aggregations(stores[name], end))
            runs[name].append(out)
            print(json.dumps({"round": r, "store": name, **{k: [round(v["p50_ms"], 1), round(v["p95_ms"])] for k, v in out.items()}},
                             ensure_ascii=False), flush=True)
    print("| measure | baseline p50 / p95 ms | new p50 / p95 ms |")
    print("|---|---|---|")
    for measure in runs["new"][0]:
        cells = []
        for name in ("baseline", "new"):
            p50 = statistics.median(run[measure]["p50_ms"] for run in runs[name])
            p95 = statistics.median(run[measure]["p95_ms"] for run in runs[name])
            cells.append(f"{p50:,.1f} / {p95:,.0f}")
        print(f"| {measure} | {cells[0]} | {cells[1]} |", flush=True)
    for s in stores.values():
        s.close()


if __name__ == "__main__":
    main()
