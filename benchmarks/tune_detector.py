"""Sweep the detector's thresholds on an evaluation stream and print one row of figures per setting.

The stream is classified once (cached beside it as STREAM.analysed.jsonl, never committed) and then
replayed through the detector alone with each combination of values; first alerts and escalations
are decided by the same functions as the service (alerting.routing.next_level), so a row's figures are
those ``diemnong backtest`` gives with these settings (check the chosen one with the real backtest).

    python benchmarks/tune_detector.py --stream var/eval/tune.jsonl --grid hot_score=4,5,6 min_articles=3,4
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evaluate_alerts import evaluate, report  # noqa: E402

from alerting.detector import Detector, DetectorParams  # noqa: E402
from alerting.hotness import Prominence  # noqa: E402
from alerting.routing import AlertPolicy, next_level  # noqa: E402
from nlp.locality import POST_MERGER_ANCHOR, provinces_named  # noqa: E402
from diemnong.config import default_catalog, default_themes, load_prominence, load_settings  # noqa: E402
from diemnong.domain import Article  # noqa: E402
from diemnong.pipeline import apply_analysis, article_from_record, watched  # noqa: E402


def analysed(stream: Path, refresh: bool = False) -> list[Article]:
    """The stream's articles, classified by the live NLP stage (cached)."""
    cache = Path(str(stream) + ".analysed.jsonl")
    if cache.exists() and cache.stat().st_mtime >= stream.stat().st_mtime and not refresh:
        return [Article.from_dict(json.loads(line)) for line in cache.open(encoding="utf-8")]
    from nlp.analysis import analyse_many

    records = [json.loads(line) for line in stream.open(encoding="utf-8")]
    arts = [article_from_record(r, f"{stream}:{n}") for n, r in enumerate(records, 1)]
    started = time.monotonic()
    out = [apply_analysis(a, r) for a, r in zip(arts, analyse_many(((a.title, a.summary, a.text) for a in arts), chunk=32))]
    print(f"classified {len(out)} articles in {time.monotonic() - started:.1f} s", file=sys.stderr)
    with cache.open("w", encoding="utf-8") as fh:
        for a in out:
            fh.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
    return out


def replay(articles: list[Article], params: DetectorParams, policy: AlertPolicy, themes: bool = True,
           groups: bool = True, watch: Callable[[Detector, Article], None] | None = None) -> list[dict[str, Any]]:
    """The alert records ``diemnong backtest`` would write, from the detector alone; ``watch`` is called with the
    detector after each article."""
    topics, departments = default_catalog()
    det = Detector(params, {t.id: t.department for t in topics.values()},
                   always=[d.id for d in departments.values() if d.always_copied],
                   topic_names={t.id: t.name for t in topics.values()}, prominence=Prominence(load_prominence()),
                   **(watched(topics.values(), default_themes() if groups else {}) if themes else {}),
                   places_of=provinces_named, home=POST_MERGER_ANCHOR)
    out = []
    for article in sorted(articles, key=lambda a: a.published):
        _, issues = det.observe(article)
        if watch:
            watch(det, article)
        for issue in issues:
            level = next_level(issue, policy)
            if level is None:
                continue
            det.issues[issue.id] = issue.with_(alert_level=level, alerted_size=len(issue.article_ids))
            out.append({"issue_id": issue.id, "raised_at": article.published.isoformat(), "kind": "new" if level == 0 else "escalation",
                        "level": level, "title": issue.title, "article_ids": list(issue.article_ids), "score": issue.score,
                        "reason": issue.reason, "issue_kind": issue.kind})
    return out


def parse_grid(items: list[str]) -> dict[str, list[Any]]:
    grid: dict[str, list[Any]] = {}
    for item in items:
        name, _, values = item.partition("=")
        kind = type(getattr(DetectorParams, name))
        grid[name] = [kind(v) for v in values.split(",")]
    return grid


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stream", required=True, action="append", help="evaluation stream (repeat to sum several)")
    ap.add_argument("--grid", nargs="*", default=[], help="name=v1,v2 … over DetectorParams fields")
    ap.add_argument("--details", action="store_true", help="print the per-burst table of each row")
    ap.add_argument("--refresh", action="store_true", help="classify again even if a cache exists")
    ap.add_argument("--no-themes", action="store_true", help="surges on topics and title pairs only (no seed-phrase themes)")
    ap.add_argument("--no-groups", action="store_true", help="seed phrases alone, without the watched groups of data/themes.yaml")
    args = ap.parse_args(argv)
    settings = load_settings(env={})
    base = DetectorParams.from_settings(settings)
    policy = AlertPolicy.from_settings(settings)
    data = []
    for s in args.stream:
        path = Path(s)
        data.append((analysed(path, args.refresh), json.loads(Path(str(path) + ".truth.json").read_text(encoding="utf-8"))))
    grid = parse_grid(args.grid)
    names = list(grid)
    print("| " + " | ".join(names) + " | bar alerted | median delay after 3rd (h) | max delay (h) | false/week | of them surges | split bursts | all alerted | s |")
    print("|" + "---|" * (len(names) + 8))
    for combo in itertools.product(*grid.values()) if grid else [()]:
        params = replace(base, **dict(zip(names, combo)))
        started = time.monotonic()
        evs = [evaluate(replay(arts, params, policy, not args.no_themes, not args.no_groups), truth) for arts, truth in data]
        took = time.monotonic() - started
        bar = [b for ev in evs for b in ev.bar_bursts]
        delays = sorted(b.delay_third_h for b in bar if b.delay_third_h is not None)
        median = delays[len(delays) // 2] if len(delays) % 2 else (sum(delays[len(delays) // 2 - 1: len(delays) // 2 + 1]) / 2 if delays else None)
        false = sum(len(ev.false_alerts) for ev in evs) / sum(ev.weeks for ev in evs)
        false_surges = sum(a.get("issue_kind") == "surge" for ev in evs for a in ev.false_alerts) / sum(ev.weeks for ev in evs)
        split = sum(len(b.issues) > 1 for ev in evs for b in ev.bursts)
        every = [b for ev in evs for b in ev.bursts]
        print(f"| {' | '.join(str(v) for v in combo)} | {sum(b.alerted for b in bar)}/{len(bar)} | "
              f"{median if median is None else round(median, 2)} | {delays[-1] if delays else None} | {false:.2f} | {false_surges:.2f} | {split} | "
              f"{sum(b.alerted for b in every)}/{len(every)} | {took:.1f} |", flush=True)
        if args.details:
            for ev, s in zip(evs, args.stream):
                print(report(ev, f"{s} {dict(zip(names, combo))}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
