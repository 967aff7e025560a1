"""`diemnong classify` against underthesea's word_tokenize alone, on the same full-length articles, in one run.

    python benchmarks/classify_speed.py [--articles 1000] [--runs 3] [--memory 100000]

Articles are VNTC news (../shared/data/vntc-10topics-sample, median ≈ 1,900 characters): the first line
is the title, the rest the body. Each round times, interleaved:

- word_tokenize alone: underthesea ``word_tokenize(line, format="text")`` on every line of every article,
  on one process and on a pool of one process per core (the fair comparison: classify uses every core);
- our segmentation alone (``nlp.segment.segment``: underthesea's tokenizer and CRF model, decoded with the
  weights summed per syllable window; byte-identical output) on the same pool: what classify's other work
  costs on top of the segmentation it really does;
- text_normalize alone on the same lines (what the segmentation already does inside);
- the real command, ``diemnong classify --input … --output …`` (one worker per core, models loaded).

Then ``diemnong classify`` runs on ``--memory`` articles (Baomoi headlines and leads, cycled) while the
resident memory of its whole process tree is sampled; the peak is printed. Texts are only read from the
shared folder; the temporary files are deleted.
"""
from __future__ import annotations

import argparse
import itertools
import resource
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("DIEMNONG_SHARED_DATA", ROOT.parent / "shared" / "data"))


def segment_only(text: str) -> int:
    from nlp.segment import segment, word_tokenize_line

    return len(segment(text, word_tokenize_line))


def our_segment_only(text: str) -> int:
    from nlp.segment import segment

    return len(segment(text))


def normalize_only(text: str) -> int:
    from underthesea import text_normalize

    return sum(len(text_normalize(line)) for line in text.split("\n") if line.strip())


def articles(n: int) -> list[dict]:
    out = []
    for name in ("test_full_sample.jsonl", "train_full_sample.jsonl"):
        for line in (SHARED / "vntc-10topics-sample" / name).open(encoding="utf-8"):
            rec = json.loads(line)
            title, _, body = rec["text"].strip().partition("\n")
            out.append({"id": rec["id"], "title": title.strip(), "text": body.strip()})
            if len(out) >= n:
                return out
    return out


def cpu_seconds() -> float:
    """User + system CPU time of this process and of every descendant it has waited for."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def pooled(fn, texts: list[str], workers: int) -> tuple[float, float]:  # noqa: ANN001
    """(wall seconds, CPU seconds) of fn over the texts on `workers` processes."""
    started, cpu = time.perf_counter(), cpu_seconds()
    if workers == 1:
        for t in texts:
            fn(t)
    else:
        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(fn, texts, chunksize=8))
    return time.perf_counter() - started, cpu_seconds() - cpu


def classify(path: Path, out: Path, workers: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of the real command, its worker processes included."""
    started, cpu = time.perf_counter(), cpu_seconds()
    subprocess.run([sys.executable, "-m", "diemnong", "classify", "--input", str(path), "--output", str(out),
                    "--workers", str(workers)], check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started, cpu_seconds() - cpu


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            pass
    return total


def memory_run(n: int, workers: int, tmp: Path) -> tuple[float, int]:
    """Classify n Baomoi items (cycled) streamed from a file; return (seconds, peak RSS of the tree)."""
    src = [json.loads(line) for line in (SHARED / "news" / "baomoi_education.jsonl").open(encoding="utf-8")]
    path = tmp / "many.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for k, rec in zip(range(n), itertools.cycle(src)):
            fh.write(json.dumps({"id": f"{rec['id']}-{k}", "title": rec["title"], "summary": rec["summary"]}, ensure_ascii=False) + "\n")
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "diemnong", "classify", "--input", str(path), "--output", str(tmp / "many.out"),
                             "--workers", str(workers)], cwd=ROOT, stderr=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(0.5)
    if proc.returncode:
        raise SystemExit(f"classify failed with exit code {proc.returncode}")
    return time.perf_counter() - started, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--memory", type=int, default=100_000, help="articles for the memory run (0 = skip)")
    args = parser.parse_args()
    if not (SHARED / "vntc-10topics-sample").is_dir():
        sys.exit(f"no VNTC sample at {SHARED} (set DIEMNONG_SHARED_DATA)")
    docs = articles(args.articles)
    texts = [f"{d['title']}\n{d['text']}" for d in docs]
    chars = sum(map(len, texts))
    print(f"{len(docs)} VNTC articles, {chars / len(docs):.0f} characters each on average; {args.workers} workers")
    segment_only(texts[0]), normalize_only(texts[0]), our_segment_only(texts[0])  # load the CRF model before timing
    names = ("word_tokenize, 1 process", f"word_tokenize, {args.workers} processes", "text_normalize, 1 process", "diemnong classify",
             f"nlp.segment, {args.workers} processes")
    wall: dict[str, list[float]] = {k: [] for k in names}
    cpu: dict[str, list[float]] = {k: [] for k in names}
    with tempfile.TemporaryDirectory(prefix="diemnong-bench-") as tmp_name:
        tmp = Path(tmp_name)
        path = tmp / "in.jsonl"
        path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        for run in range(args.runs):
            steps = {names[1]: lambda: pooled(segment_only, texts, args.workers),
                     names[3]: lambda: classify(path, tmp / "out.jsonl", args.workers),
                     names[0]: lambda: pooled(segment_only, texts, 1),
                     names[2]: lambda: pooled(normalize_only, texts, 1),
                     names[4]: lambda: pooled(our_segment_only, texts, args.workers)}
            for name, step in steps.items():
                w, c = step()
                wall[name].append(w)
                cpu[name].append(c)
            print(f"  round {run + 1}: " + ", ".join(f"{k} {wall[k][-1]:.1f} s ({cpu[k][-1]:.1f} s CPU)" for k in names), flush=True)
        print(f"\n| step (median of {args.runs}) | wall s | articles/s | CPU s | articles per CPU-s |\n|---|---:|---:|---:|---:|")
        for k in names:
            w, c = statistics.median(wall[k]), statistics.median(cpu[k])
            print(f"| {k} | {w:.1f} | {len(docs) / w:.1f} | {c:.1f} | {len(docs) / c:.1f} |")
        base, ours = names[1], names[3]
        rounds = [a / b for a, b in zip(wall[base], wall[ours])]
        print(f"\nclassify / word_tokenize throughput, {args.workers} processes each (bar ≥ 0.80): "
              f"wall-clock {statistics.median(wall[base]) / statistics.median(wall[ours]):.2f} "
              f"(per round {', '.join(f'{r:.2f}' for r in rounds)}); "
              f"CPU time {statistics.median(cpu[base]) / statistics.median(cpu[ours]):.2f} (not disturbed by other load)")
        seg = names[4]
        print(f"nlp.segment / word_tokenize throughput (same output): wall-clock "
              f"{statistics.median(wall[base]) / statistics.median(wall[seg]):.2f}, CPU {statistics.median(cpu[base]) / statistics.median(cpu[seg]):.2f}")
        print(f"classify / nlp.segment throughput (what everything but segmentation costs): wall-clock "
              f"{statistics.median(wall[seg]) / statistics.median(wall[ours]):.2f}, CPU {statistics.median(cpu[seg]) / statistics.median(cpu[ours]):.2f}")
        print(f"text_normalize costs {statistics.median(cpu[names[2]]) / statistics.median(cpu[names[0]]):.0%} of word_tokenize "
              "(classify does not call it: segmentation normalises tone marks itself)")
        if args.memory:
            seconds, peak = memory_run(args.memory, args.workers, tmp)
            print(f"\nclassify on {args.memory} headline+lead items streamed: {seconds:.0f} s "
                  f"({args.memory / seconds:.0f} articles/s), peak memory of the process tree {peak / 2**20:.0f} MiB (bar < 1024)")


if __name__ == "__main__":
    main()
