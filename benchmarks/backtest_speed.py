"""How long ``diemnong backtest`` takes on 60 days × 50 articles a day, classification included.

Two streams, each run through the real command (a subprocess, so start-up and model loading count):

- ``leads``: the Baomoi evaluation stream (titles and leads, ~3,300 articles), as evaluated in notes/issue-5.md;
- ``full``: 60 × 50 real full-text VNTC articles (~2,300 characters each; title, lead and body), the
  size of a real crawl, with one story reprinted by ten outlets every few days so that stories grow.

    python benchmarks/backtest_speed.py [--runs 3]

Prints the wall-clock seconds of each run and the median; the bar is < 60 s on the 2-core machine.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_stream import Outlets, build, random_time  # noqa: E402

from diemnong.domain import TZ  # noqa: E402


def full_text_stream(shared: Path, days: int = 60, per_day: int = 50, seed: int = 7) -> list[dict]:
    """60 days of full VNTC articles with local times; every fifth day one of them is reprinted by ten outlets."""
    rows = [json.loads(line) for line in (shared / "vntc-10topics-sample" / "test_full_sample.jsonl").open(encoding="utf-8")]
    rnd = random.Random(seed)
    rnd.shuffle(rows)
    outlets = Outlets()
    start = datetime(2025, 8, 4, tzinfo=TZ)
    out, k = [], 0
    for d in range(days):
        day = start + timedelta(days=d)
        for _ in range(per_day):
            lines = [x for x in rows[k % len(rows)]["text"].split("\n") if x.strip()]
            k += 1
            copies = 10 if d % 5 == 2 and _ == 0 else 1
            at = random_time(rnd, day)
            for c in range(copies):
                outlet = outlets.draw(rnd)
                out.append({"id": f"vntc-{k}-{c}", "title": lines[0], "summary": lines[1] if len(lines) > 1 else "",
                            "text": "\n".join(lines[2:]), "published": (at + timedelta(minutes=40 * c)).isoformat(),
                            "source": outlet, "url": f"https://{outlets.domain[outlet]}/{k}-{c}.html"})
    return out


def run(stream: Path, out: Path) -> tuple[float, float]:
    """Wall-clock seconds of one backtest, and the CPU seconds it and its worker processes used."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "diemnong", "backtest", "--input", str(stream), "--output", str(out)],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    with tempfile.TemporaryDirectory() as tmp:
        leads, _ = build("test", 2, 63, 50, shared / "news")
        full = full_text_stream(shared)
        streams = {"leads": leads, "full": full}
        for name, rows in streams.items():
            path = Path(tmp) / f"{name}.jsonl"
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            chars = sum(len(r["title"]) + len(r.get("summary", "")) + len(r.get("text", "")) for r in rows) / len(rows)
            runs = [run(path, Path(tmp) / f"{name}.alerts.jsonl") for _ in range(args.runs)]
            times, cpu = [w for w, _ in runs], [c for _, c in runs]
            alerts = sum(1 for _ in (Path(tmp) / f"{name}.alerts.jsonl").open())
            load = os.getloadavg()[0]
            print(f"{name}: {len(rows)} articles ({chars:.0f} chars each), {alerts} alerts; wall "
                  f"{', '.join(f'{t:.1f}' for t in times)} s, median {statistics.median(times):.1f} s; CPU "
                  f"{statistics.median(cpu):.1f} s = {statistics.median(cpu) / (os.cpu_count() or 1):.1f} s on "
                  f"{os.cpu_count()} idle cores; load average {load:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
