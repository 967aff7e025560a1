"""Does labelled modern text help on modern text? The demo stream's items (data/demo: 2025-style, full
length, labelled with ANNOTATION.md, written for this project) in two halves by story: models fitted
on the Baomoi train + dev labels alone, and on those plus one half of the demo, are both scored on the
other half (and the other way round). The Baomoi test split is not read.

    python -m nlp.demo_transfer [--shared ../shared/data] [--cache var/cache] [--seeds 1 2]

Decision rules (thresholds) are tuned on the Baomoi rows only, as ``diemnong train`` does; the demo rows
teach the models words. Result with the round-3 labels, the gate negatives and the 587 full-length VNTC
training rows of rounds 4-5 (mean of four halves, two seeds): topics micro-F1 0.755 → 0.804, macro-F1
0.745 → 0.799, "no topic" accuracy 0.907 → 0.905, tone macro-F1 0.710 → 0.791 (round 4's 319 rows only:
0.750 → 0.788 micro-F1, 0.721 → 0.790 tone; no VNTC rows: 0.741 → 0.772, 0.695 → 0.779).
"""
from __future__ import annotations

import argparse
import random
from dataclasses import replace
from pathlib import Path
from typing import Sequence

import numpy as np

from nlp.corpus import DEMO_ORIGIN, Label, demo_items
from nlp.evaluate import headline, locality_metrics, tone_metrics, topic_metrics
from nlp.analysis import classify_segmented
from nlp.train import Data, Fitted, TrainConfig, Trainer, load_data, segment_items, to_bundle

ROOT = Path(__file__).resolve().parents[1]


def halves(ids: Sequence[str], story: dict[str, str], seed: int) -> tuple[list[str], list[str]]:
    keys = sorted(set(story[i] for i in ids))
    random.Random(seed).shuffle(keys)
    first = set(keys[::2])
    return [i for i in ids if story[i] in first], [i for i in ids if story[i] not in first]


def predict(f: Fitted, data: Data, ids: Sequence[str], cfg: TrainConfig) -> tuple[list[tuple[int, ...]], list[str]]:
    """Topics and tone as the service gives them: the fitted models as a shipped bundle, through
    ``classify_segmented`` (topics from head + body, tone from the head)."""
    bundle = to_bundle(f, cfg, {})
    out = [classify_segmented(*data.seg[i], bundle=bundle) for i in ids]
    return [c.topics for c in out], [c.sentiment for c in out]


def score(gold: dict[str, Label], ids: Sequence[str], topics: list, tones: list) -> dict[str, float]:
    g = [gold[i] for i in ids]
    t = topic_metrics([x.topics for x in g], topics, [False] * len(ids))
    s = tone_metrics([x.sentiment for x in g], tones)
    return {k: round(v, 3) for k, v in headline(t, s, locality_metrics([], [])).items()
            if "locality" not in k and "non-education" not in k}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--cache", type=Path, default=ROOT / "var" / "cache")
    ap.add_argument("--seeds", type=int, nargs="*", default=[1, 2])
    args = ap.parse_args(argv)
    cfg = TrainConfig(demo_items=False)  # the demo's halves are added here, one at a time
    data = load_data(args.shared, cfg, args.cache)
    items, demo_labels, story = demo_items()
    data.seg.update(segment_items(items, args.cache))
    data.labels.update(demo_labels)
    data.origin.update({i.id: DEMO_ORIGIN for i in items})
    demo_ids = [i.id for i in items]
    base_ids = data.ids("train", "dev")
    base, base_oof = Trainer(data, cfg, base_ids).run()
    rows = []
    for seed in args.seeds:
        first, second = halves(demo_ids, story, seed)
        for k, (fit_half, eval_half) in enumerate([(first, second), (second, first)]):
            groups = dict(data.groups)
            top = max(groups.values(), default=0) + 1
            keys = sorted(set(story[i] for i in fit_half))
            groups.update({i: top + keys.index(story[i]) for i in fit_half})
            with_demo, _ = Trainer(replace(data, groups=groups), cfg, base_ids + fit_half).run()
            for name, f in (("Baomoi labels only", base), ("+ the other half of the demo", with_demo)):
                r = score(demo_labels, eval_half, *predict(f, data, eval_half, cfg))
                rows.append((seed, k, name, len(eval_half), r))
                print(seed, k, name, len(eval_half), r, flush=True)
    print("\nmean over halves:")
    for name in ("Baomoi labels only", "+ the other half of the demo"):
        rs = [r for _, _, n, _, r in rows if n == name]
        print(name, {key: round(float(np.mean([r[key] for r in rs])), 3) for key in rs[0]})


if __name__ == "__main__":
    main()
