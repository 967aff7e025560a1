"""The benchmark suite (`make bench`): how ingest, search, the dashboard's aggregations and backtests grow
with the size of the store, printed as one table, then the dependency audit.

    python benchmarks/run_all.py [--sizes 10k,100k] [--sample 240] [--streams 500,1000] [--extras] [--save]
    make bench BENCH_SIZES=10k,100k,1M

Each measurement runs in its own child process (benchmarks/scale.py, which says exactly what is
measured), so the peak memory reported is that measurement's own. Stores are built once under
benchmarks/out/scale/ (or --dir) and reused; a 1M store takes about 7 GB and half an hour to build.
The table is written to benchmarks/out/latest.md; with --save also to benchmarks/RESULTS.md with the
machine and the date. --extras also runs the older single-purpose benchmarks (feed polling, page
extraction, report, Elasticsearch client) and prints what they print.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
EXTRAS = [("crawl_feeds.py", []), ("extract_pages.py", []), ("report_speed.py", []), ("es_client_overhead.py", [])]


def parse_size(text: str) -> int:
    text = text.strip().lower().replace("_", "")
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * factor)


def label(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 and n % 1_000_000 == 0 else f"{n // 1000}k" if n % 1000 == 0 else str(n)


def child(args: list[str], timeout: float) -> dict[str, Any]:
    """Run benchmarks/scale.py with these arguments and return the JSON it prints last."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, str(HERE / "scale.py"), *args], stdout=subprocess.PIPE, text=True,
                          timeout=timeout, env=env, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"bench: scale.py {' '.join(args)} failed (exit {proc.returncode})")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem = int(next(x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")).split()[1]) / 2**20
    except (OSError, StopIteration):
        mem = 0.0
    try:
        from importlib.metadata import version

        useg = version("underthesea")
    except Exception:  # noqa: BLE001 - informational only
        useg = "?"
    load = ", load average %.1f at the start" % os.getloadavg()[0] if hasattr(os, "getloadavg") else ""
    return (f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB RAM{load}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, underthesea {useg}")


# --------------------------------------------------------------------------- the table

def row(name: str, values: list[str], growth: str = "") -> str:
    return f"| {name} | " + " | ".join(values) + f" | {growth} |"


def growth(first: float, last: float, size_factor: float) -> str:
    """How much a cost grew from the smallest to the largest store, next to how much the store grew."""
    if not first or size_factor <= 1:
        return ""
    ratio = last / first
    return f"×{ratio:,.0f} (size ×{size_factor:,.0f})" if ratio >= 10 else f"×{ratio:.2g} (size ×{size_factor:,.0f})"


def table(fills: list[dict[str, Any]], measures: list[dict[str, Any]], backtests: list[dict[str, Any]]) -> str:
    sizes = [m["size"] for m in measures]
    factor = sizes[-1] / sizes[0] if sizes else 1
    head = "| measure | " + " | ".join(label(s) for s in sizes) + " | growth, smallest → largest |"
    lines = [head, "|" + "---|" * (len(sizes) + 2)]

    def per(key: str, src: list[dict[str, Any]], fmt: str, grow: str = "cost") -> None:
        values = [s.get(key) for s in src]
        cells = [format(v, fmt) if isinstance(v, (int, float)) else "—" for v in values]
        g = ""
        if grow and all(isinstance(v, (int, float)) for v in values) and len(values) > 1:
            g = growth(values[0], values[-1], factor) if grow == "cost" else f"×{values[-1] / values[0]:.2g} per article"
        lines.append(row(NAMES[key], cells, g))

    per("fill_rate", fills, ",.0f", "")
    per("fill_tail_rate", fills, ",.0f", "")
    per("fill_s", fills, ",.0f")
    lines.append(row("store file (MiB) / bytes per article", [f"{m['bytes'] / 2**20:,.0f} / {m['bytes'] / m['articles']:,.0f}"
                                                              for m in measures], growth(measures[0]["bytes"], measures[-1]["bytes"], factor) if len(measures) > 1 else ""))
    per("fill_peak_rss_mb", fills, ",.0f")
    per("seg_rate", measures, ",.1f", "")
    per("pipeline_rate", measures, ",.1f", "")
    lines.append(row("**pipeline ÷ segmentation alone** (same texts, same run)", [f"**{m['ratio']:.2f}**" for m in measures]))
    lines.append(row("full-NLP ingest of the whole store at that rate, 1 process (h, extrapolated)",
                     [f"{m['size'] / m['pipeline_rate'] / 3600:,.2f}" for m in measures],
                     growth(measures[0]["size"] / measures[0]["pipeline_rate"], measures[-1]["size"] / measures[-1]["pipeline_rate"], factor)
                     if len(measures) > 1 else ""))
    per("open_s", measures, ".2f", "")
    per("warm_s", measures, ".2f")
    per("ingest_peak_rss_mb", measures, ",.0f")
    per("peak_rss_mb", measures, ",.0f")
    for group in ("search", "aggregate"):
        for name in measures[0][group]:
            cells, p50s = [], []
            for m in measures:
                q = m[group][name]
                cells.append(f"{q['p50_ms']:,.1f} / {q['p95_ms']:,.0f}")
                p50s.append(q["p50_ms"])
            lines.append(row(f"{name} — p50 / p95 ms", cells, growth(p50s[0], p50s[-1], factor) + " p50" if len(p50s) > 1 else ""))
    out = "\n".join(lines)
    if backtests:
        out += ("\n\n| `diemnong backtest` stream (articles) | " + " | ".join(f"{b['stream']:,}" for b in backtests) + " |\n|"
                + "---|" * (len(backtests) + 1) + "\n")
        out += "| seconds | " + " | ".join(f"{b['seconds']:.1f}" for b in backtests) + " |\n"
        out += "| articles/s | " + " | ".join(f"{b['rate']:.1f}" for b in backtests) + " |\n"
        out += "| alerts written | " + " | ".join(str(b["alerts"]) for b in backtests) + " |\n"
        out += "| peak RSS, process + workers (MiB) | " + " | ".join(f"{b['peak_rss_mb']:,.0f}" for b in backtests) + " |"
    return out


NAMES = {
    "fill_rate": "bulk index rate, classified articles (articles/s, whole fill)",
    "fill_tail_rate": "bulk index rate over the last 10% of the fill (articles/s)",
    "fill_s": "bulk fill time (s)",
    "fill_peak_rss_mb": "peak RSS while filling (MiB)",
    "seg_rate": "underthesea segmentation alone (articles/s, 1 process)",
    "pipeline_rate": "ingest → NLP → detect → index, `Service.ingest` (articles/s, 1 process)",
    "open_s": "opening the store (s; includes a pending migration once)",
    "warm_s": "detector warm-up from the store at start (s)",
    "ingest_peak_rss_mb": "peak RSS after the pipeline sample (MiB)",
    "peak_rss_mb": "peak RSS of the whole measurement (MiB)",
}


def audit() -> str:
    proc = subprocess.run([sys.executable, str(HERE / "audit.py")], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          cwd=ROOT, timeout=900)
    return proc.stdout.strip() + ("" if proc.returncode == 0 else f"\n(audit exit {proc.returncode})")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default=os.environ.get("BENCH_SIZES") or "10k,100k", help="store sizes, e.g. 10k,100k,1M")
    p.add_argument("--sample", type=int, default=int(os.environ.get("BENCH_SAMPLE") or 240),
                   help="new articles run through the whole pipeline at each size")
    p.add_argument("--streams", default=os.environ.get("BENCH_STREAMS") or "500,1000", help="backtest stream lengths ('' = none)")
    p.add_argument("--dir", type=Path, default=HERE / "out" / "scale", help="where the stores are built and kept")
    p.add_argument("--extras", action="store_true", default=bool(os.environ.get("BENCH_EXTRAS")), help="also run the older benchmarks")
    p.add_argument("--no-audit", action="store_true", help="skip the dependency audit")
    p.add_argument("--save", action="store_true", default=bool(os.environ.get("BENCH_SAVE")), help="write benchmarks/RESULTS.md")
    args = p.parse_args()
    sizes = sorted({parse_size(s) for s in args.sizes.split(",") if s.strip()})
    host = machine()
    started = time.time()
    fills, measures = [], []
    for n in sizes:
        print(f"bench: store of {label(n)} articles…", file=sys.stderr, flush=True)
        fills.append(child(["fill", "--size", str(n), "--dir", str(args.dir)], timeout=6 * 3600))
        measures.append(child(["measure", "--size", str(n), "--dir", str(args.dir), "--sample", str(args.sample)], timeout=3 * 3600))
    backtests = []
    for s in [int(x) for x in args.streams.split(",") if x.strip()]:
        print(f"bench: backtest of {s} articles…", file=sys.stderr, flush=True)
        backtests.append(child(["backtest", "--stream", str(s)], timeout=3600))
    stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    if hasattr(os, "getloadavg"):
        stamp += f" (load average at the end: {os.getloadavg()[0]:.1f})"
    body = table(fills, measures, backtests)
    reused = [label(f["size"]) for f in fills if f.get("reused")]
    note = (f"Machine: {host}.\nDate: {stamp}. Command: `python benchmarks/run_all.py --sizes {args.sizes} --sample {args.sample} "
            f"--streams {args.streams}` ({time.time() - started:,.0f} s).\n"
            + (f"The {', '.join(reused)} store{'s were' if len(reused) > 1 else ' was'} built by an earlier run "
               "(the fill figures are from that run).\n" if reused else ""))
    print("\n" + note + "\n" + body + "\n")
    (HERE / "out").mkdir(exist_ok=True)
    (HERE / "out" / "latest.md").write_text(note + "\n" + body + "\n", encoding="utf-8")
    if args.save:
        header = (HERE / "RESULTS.md").read_text(encoding="utf-8").split("<!-- table -->")[0] if (HERE / "RESULTS.md").exists() else ""
        (HERE / "RESULTS.md").write_text((header or "# Benchmark results\n\n") + "<!-- table -->\n" + note + "\n" + body + "\n",
                                         encoding="utf-8")
    if args.extras:
        for script, extra in EXTRAS:
            print(f"\n## {script}", flush=True)
            subprocess.run([sys.executable, str(HERE / script), *extra], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                           timeout=1800)
    if not args.no_audit:
        print("\n## Dependency audit\n" + audit())
    return 0


if __name__ == "__main__":
    sys.exit(main())
