"""The shipped models on the bundled demo stream (data/demo): 541 items written for this project in 2025
style, labelled with ANNOTATION.md in data/demo/truth.jsonl. Since the demo items became training rows
(`TrainConfig.demo_items`), this is a fit, not a held-out figure — the script says so when the bundle
was trained on them; `python -m nlp.demo_transfer` gives the held-out figure on modern text (halves of
the demo by story).

    python benchmarks/eval_demo_nlp.py            # title + lead + body, as the service reads them
    python benchmarks/eval_demo_nlp.py --head     # title + lead only
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.analysis import analyse_many  # noqa: E402

TONES = ("negative", "neutral", "positive")


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--head", action="store_true", help="classify from title + lead only")
    args = ap.parse_args(argv)
    from nlp.bundle import Bundle, models_dir

    trained_on = Bundle.load(models_dir()).meta.get("demo_items", 0)
    if trained_on:
        print(f"note: the shipped models were trained on {trained_on} demo items — a fit, not a held-out figure "
              "(held out: python -m nlp.demo_transfer)")
    stream = [json.loads(line) for line in (ROOT / "data/demo/stream.jsonl").open(encoding="utf-8")]
    truth = {t["id"]: t for t in map(json.loads, (ROOT / "data/demo/truth.jsonl").open(encoding="utf-8"))}
    items = ((r["title"], r.get("summary", ""), "" if args.head else r.get("text", "")) for r in stream)
    tp = fp = fn = 0
    tone: Counter[tuple[str, str]] = Counter()
    local: Counter[tuple[bool, bool]] = Counter()
    for r, a in zip(stream, analyse_many(items)):
        gold, c = truth[r["id"]], a.classification
        tp, fp, fn = tp + len(set(c.topics) & set(gold["topics"])), fp + len(set(c.topics) - set(gold["topics"])), \
            fn + len(set(gold["topics"]) - set(c.topics))
        tone[(gold["sentiment"], c.sentiment)] += 1
        local[(gold["local"], c.local)] += 1
    per = {t: f1(tone[(t, t)], sum(tone[(g, t)] for g in TONES if g != t), sum(tone[(t, p)] for p in TONES if p != t))
           for t in TONES}
    n = len(stream)
    print(f"demo items: {n} ({'title + lead' if args.head else 'title + lead + body'})")
    print(f"topics micro-F1 {f1(tp, fp, fn):.3f} (precision {tp / max(1, tp + fp):.3f}, recall {tp / max(1, tp + fn):.3f})")
    print(f"tone macro-F1 {sum(per.values()) / 3:.3f}; negative recall {tone[('negative', 'negative')] / max(1, sum(tone[('negative', p)] for p in TONES)):.3f}; "
          f"share predicted negative {sum(tone[(g, 'negative')] for g in TONES) / n:.2f} against {sum(tone[('negative', p)] for p in TONES) / n:.2f} labelled")
    print("tone confusion (rows labelled, columns predicted: negative / neutral / positive)")
    for g in TONES:
        print(f"  {g:9} " + " ".join(f"{tone[(g, p)]:4}" for p in TONES))
    hits, wrong, missed = local[(True, True)], local[(False, True)], local[(True, False)]
    print(f"locality F1 {f1(hits, wrong, missed):.3f} ({hits} found, {wrong} false, {missed} missed)")


if __name__ == "__main__":
    main()
