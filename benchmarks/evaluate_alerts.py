"""Score the alerts of a backtest against the planted bursts of an evaluation stream.

    python benchmarks/evaluate_alerts.py --truth var/eval/test.jsonl.truth.json --alerts var/eval/test.alerts.jsonl

A first alert (``kind`` new) belongs to a burst when at least half of its articles, or at least three of
them, are the burst's; any other first alert is a false alert. Per burst: whether it was alerted, the
delay of its first alert after the burst's first and third articles, and how many distinct issues it
raised (one is right; more means a split story). False alerts are counted per week of stream.
Prints Markdown tables.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable


@dataclass
class BurstResult:
    name: str
    role: str
    shape: str
    size: int
    span_hours: float
    bar: bool
    alerted: bool = False
    issues: list[str] = field(default_factory=list)
    delay_first_h: float | None = None
    delay_third_h: float | None = None
    at_article: int | None = None  # how many of the burst's articles were out when it was alerted


@dataclass
class Evaluation:
    bursts: list[BurstResult]
    false_alerts: list[dict[str, Any]]
    escalations: int
    false_escalations: int
    weeks: float

    @property
    def bar_bursts(self) -> list[BurstResult]:
        return [b for b in self.bursts if b.bar]

    @property
    def recall(self) -> float:
        bar = self.bar_bursts
        return sum(b.alerted for b in bar) / len(bar) if bar else 1.0

    @property
    def median_delay_third(self) -> float | None:
        delays = [b.delay_third_h for b in self.bar_bursts if b.delay_third_h is not None]
        return statistics.median(delays) if delays else None

    @property
    def false_per_week(self) -> float:
        return len(self.false_alerts) / self.weeks

    def passes(self) -> bool:
        delay = self.median_delay_third
        return self.recall == 1.0 and delay is not None and delay <= 3.0 and self.false_per_week <= 1.0


def _t(text: str) -> datetime:
    return datetime.fromisoformat(text)


def owners(truth: dict[str, Any]) -> dict[str, int]:
    """Each planted article's burst (its index in the truth file)."""
    return {a["id"]: k for k, b in enumerate(truth["bursts"]) for a in b["articles"]}


def burst_of(owner: dict[str, int], ids: Iterable[str]) -> int | None:
    """The burst a set of articles belongs to: the one most of them come from, if it gives half of them or three."""
    ids = list(ids)
    counts: dict[int, int] = {}
    for i in ids:
        if i in owner:
            counts[owner[i]] = counts.get(owner[i], 0) + 1
    best = max(counts, key=lambda k: counts[k]) if counts else None
    return best if best is not None and (counts[best] * 2 >= len(ids) or counts[best] >= 3) else None


def evaluate(alerts: Iterable[dict[str, Any]], truth: dict[str, Any]) -> Evaluation:
    """Match alerts (backtest records) to the planted bursts of a truth file."""
    bursts = truth["bursts"]
    owner = owners(truth)
    results = [BurstResult(b["name"], b["role"], b.get("shape", ""), len(b["articles"]), b.get("span_hours", 0), b["bar"])
               for b in bursts]
    false, escalations, false_escalations = [], 0, 0
    matched_issue: dict[str, int | None] = {}
    for alert in sorted(alerts, key=lambda a: a["raised_at"]):
        best = burst_of(owner, alert["article_ids"])
        hit = best is not None
        if alert.get("kind", "new") != "new":
            escalations += 1
            false_escalations += matched_issue.get(alert["issue_id"]) is None
            continue
        matched_issue[alert["issue_id"]] = best if hit else None
        if not hit:
            false.append(alert)
            continue
        r, b = results[best], bursts[best]  # type: ignore[index]
        r.issues.append(alert["issue_id"])
        if r.alerted:
            continue
        raised = _t(alert["raised_at"])
        times = [_t(a["published"]) for a in b["articles"]]
        r.alerted = True
        r.delay_first_h = round((raised - times[0]).total_seconds() / 3600, 2)
        r.delay_third_h = round((raised - times[min(2, len(times) - 1)]).total_seconds() / 3600, 2)
        r.at_article = sum(1 for t in times if t <= raised)
    days = (_t(truth["end"]) - _t(truth["start"])).total_seconds() / 86400
    return Evaluation(results, false, escalations, false_escalations, max(days, 1) / 7)


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _h(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def report(ev: Evaluation, title: str = "") -> str:
    """Markdown: one row per burst, then the summary against the bars."""
    lines = [f"### {title}" if title else "", "",
             "| burst | role | shape | articles | span h | in bar | alerted | at article | delay after 1st (h) | after 3rd (h) | issues |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for b in ev.bursts:
        lines.append(f"| {b.name} | {b.role} | {b.shape} | {b.size} | {b.span_hours:g} | {'yes' if b.bar else 'no'} | "
                     f"{'yes' if b.alerted else '**no**'} | {b.at_article or '–'} | {_h(b.delay_first_h)} | {_h(b.delay_third_h)} | {len(b.issues)} |")
    bar = ev.bar_bursts
    delays = sorted(b.delay_third_h for b in bar if b.delay_third_h is not None)
    lines += ["",
              f"- bar bursts alerted: {sum(b.alerted for b in bar)}/{len(bar)}; all bursts: {sum(b.alerted for b in ev.bursts)}/{len(ev.bursts)}",
              f"- median delay after the 3rd article (bar bursts): {_h(ev.median_delay_third)} h "
              f"(max {_h(delays[-1] if delays else None)} h); after the 1st: "
              f"{_h(statistics.median([b.delay_first_h for b in bar if b.delay_first_h is not None]) if delays else None)} h",
              f"- false alerts: {len(ev.false_alerts)} in {ev.weeks:.1f} weeks = {ev.false_per_week:.2f}/week; "
              f"escalations: {ev.escalations} ({ev.false_escalations} of false issues)",
              f"- bursts raising more than one issue: {sum(len(b.issues) > 1 for b in ev.bursts)}",
              f"- **bars {'met' if ev.passes() else 'NOT met'}**"]
    if ev.false_alerts:
        lines += ["", "False alerts (issue, time, articles, score):", ""]
        lines += [f"- `{a['issue_id']}` {a['raised_at']} {len(a['article_ids'])} articles, score {a['score']}" for a in ev.false_alerts]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--truth", required=True, help="STREAM.truth.json written by eval_stream.py")
    ap.add_argument("--alerts", required=True, help="ALERTS.jsonl written by `diemnong backtest`")
    ap.add_argument("--title", default="")
    args = ap.parse_args(argv)
    truth = json.loads(Path(args.truth).read_text(encoding="utf-8"))
    ev = evaluate(read_jsonl(args.alerts), truth)
    print(report(ev, args.title))
    return 0 if ev.passes() else 1


if __name__ == "__main__":
    sys.exit(main())
