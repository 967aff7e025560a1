"""Early signals on evaluation streams: how many planted topic waves the detector misses show up as early signals,
how much sooner than their alert the alerted ones do, and how many signals the background makes.

Each stream is replayed through the detector alone (benchmarks/tune_detector.py) with each setting of
``signal_share`` and ``signal_min_stories``; after every article the detector's early signals are read. A signal or an
alert belongs to a planted burst by the rule of evaluate_alerts.py (half of its stories, or three, from the burst).

    python benchmarks/eval_signals.py --stream var/eval/tunewave7.jsonl --grid 0.6:3 0.7:3 0.8:3
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evaluate_alerts import burst_of, evaluate, owners  # noqa: E402
from tune_detector import analysed, replay  # noqa: E402

from alerting.detector import Detector, DetectorParams  # noqa: E402
from alerting.routing import AlertPolicy  # noqa: E402
from diemnong.config import load_settings  # noqa: E402
from diemnong.domain import Article  # noqa: E402


def run(articles: list[Article], truth: dict[str, Any], params: DetectorParams, policy: AlertPolicy) -> dict[str, Any]:
    ref = {a.id: a.ref for a in articles}
    owner = owners(truth)
    first_signal: dict[int, datetime] = {}
    background: set[tuple[str, datetime]] = set()
    shown: list[int] = []

    def watch(det: Detector, article: Article) -> None:
        signals = det.signals(article.published)
        shown.append(len(signals))
        for s in signals:
            burst = burst_of(owner, (ref.get(d, d) for d in s.article_ids))
            if burst is None:
                background.add((s.key, s.first_seen))
            else:
                first_signal.setdefault(burst, article.published)

    alerts = replay(articles, params, policy, watch=watch)
    ev = evaluate(alerts, truth)
    first_alert = {}
    for alert in sorted(alerts, key=lambda a: a["raised_at"]):
        burst = burst_of(owner, alert["article_ids"]) if alert["kind"] == "new" else None
        if burst is not None:
            first_alert.setdefault(burst, datetime.fromisoformat(alert["raised_at"]))
    waves = [k for k, b in enumerate(truth["bursts"]) if b["role"] == "topic" and b["bar"]]
    missed = [k for k in waves if not ev.bursts[k].alerted]
    leads = [(first_alert[k] - first_signal[k]).total_seconds() / 3600 for k in waves
             if ev.bursts[k].alerted and k in first_signal and k in first_alert]
    return {"waves": len(waves), "missed": len(missed), "missed_signalled": sum(k in first_signal for k in missed),
            "leads": leads, "background": len(background), "weeks": ev.weeks, "shown": shown,
            "rows": {truth["bursts"][k]["name"]: "A" if ev.bursts[k].alerted else ("S" if k in first_signal else "-")
                     for k in waves}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stream", required=True, action="append", help="evaluation stream (repeat to sum several)")
    ap.add_argument("--grid", nargs="*", default=["0.7:3"], help="signal_share:signal_min_stories settings")
    ap.add_argument("--details", action="store_true", help="per wave: A alerted, S an early signal only, - neither")
    args = ap.parse_args(argv)
    settings = load_settings(env={})
    base, policy = DetectorParams.from_settings(settings), AlertPolicy.from_settings(settings)
    data = [(analysed(Path(s)), json.loads(Path(s + ".truth.json").read_text(encoding="utf-8"))) for s in args.stream]
    print("| signal_share | min stories | missed waves seen as signals | alerted waves signalled first | median lead (h) "
          "| background signals a week | signals on the list (mean) |")
    print("|---|---|---|---|---|---|---|")
    for item in args.grid:
        share, _, fewest = item.partition(":")
        params = replace(base, signal_share=float(share), signal_min_stories=int(fewest or 3))
        runs = [run(arts, truth, params, policy) for arts, truth in data]
        leads = [h for r in runs for h in r["leads"]]
        alerted = sum(r["waves"] - r["missed"] for r in runs)
        print(f"| {share} | {params.signal_min_stories} | {sum(r['missed_signalled'] for r in runs)}/{sum(r['missed'] for r in runs)} | "
              f"{sum(h > 0 for h in leads)}/{alerted} | {statistics.median(leads) if leads else 0:.1f} | "
              f"{sum(r['background'] for r in runs) / sum(r['weeks'] for r in runs):.2f} | "
              f"{statistics.mean([n for r in runs for n in r['shown']]):.2f} |", flush=True)
        if args.details:
            for stream, r in zip(args.stream, runs):
                for name, mark in r["rows"].items():
                    print(f"    {Path(stream).stem}: {mark} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
