"""The shipped models on a labelled set of modern news written blind to them (2024–2026 style).

The models learnt from 2016–18 headlines (and the demo); the office reads news of today. This scores the
shipped bundle, the seed-phrase baseline and the majority class on a set written by hand for this project
by someone who read only ../shared/ANNOTATION.md (not the models, labels, demo or phrase lists), with the
same measures and bars as `diemnong evaluate`. The set is never trained on.

Each line: id, title, summary (text optional), topics, sentiment, local, education (false for news outside
education: the "non-education given a topic" measure).

    python benchmarks/eval_modern.py                      # benchmarks/data/modern-blind.jsonl
    python benchmarks/eval_modern.py --input other.jsonl --errors
    python benchmarks/eval_modern.py --unlike nlp/labels/written   # only items about events no training item covers
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.evaluate import headline, locality_metrics, table, tone_metrics, topic_metrics  # noqa: E402

DEFAULT = ROOT / "benchmarks" / "data" / "modern-blind.jsonl"


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def unlike(items: list[dict], folder: Path, cosine: float) -> list[dict]:
    """The items whose title + lead has no item of `folder`/*.jsonl at TF-IDF cosine ≥ `cosine` (word 1–2-grams): the
    same event told by another writer is left out, so what remains asks the models about events they never read of."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    others = [json.loads(line) for p in sorted(folder.glob("*.jsonl")) for line in p.open(encoding="utf-8") if line.strip()]
    text = [f"{r['title']} {r.get('summary', '')}" for r in items + others]
    m = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit_transform(text)
    nearest = (m[: len(items)] @ m[len(items):].T).max(axis=1).toarray().ravel() if others else [0.0] * len(items)
    return [r for r, c in zip(items, nearest) if c < cosine]


def figures(items: list[dict], pred: dict[str, list]) -> dict[str, float]:
    topics = topic_metrics([r["topics"] for r in items], pred["topics"], [not r.get("education", True) for r in items],
                           min_support=5)
    tone = tone_metrics([r["sentiment"] for r in items], pred["tone"])
    local = locality_metrics([bool(r["local"]) for r in items], pred["local"])
    return headline(topics, tone, local)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", type=Path, default=DEFAULT)
    ap.add_argument("--errors", action="store_true", help="list the items whose topics or tone the model got wrong")
    ap.add_argument("--unlike", type=Path, metavar="DIR", help="leave out items with a near neighbour in DIR/*.jsonl")
    ap.add_argument("--cosine", type=float, default=0.4, help="what --unlike counts as a near neighbour (default 0.4)")
    args = ap.parse_args(argv)
    from nlp.analysis import _BASELINE, analyse_many, classify_segmented
    from nlp.segment import segment

    items = load(args.input)
    if args.unlike:
        kept = unlike(items, args.unlike, args.cosine)
        print(f"{len(items) - len(kept)} of {len(items)} items left out: an item of {args.unlike} is at cosine ≥ {args.cosine}")
        items = kept
    analyses = list(analyse_many((r["title"], r.get("summary", ""), r.get("text", "")) for r in items))
    model = {"topics": [list(a.classification.topics) for a in analyses],
             "tone": [a.classification.sentiment for a in analyses], "local": [a.classification.local for a in analyses]}
    base = [classify_segmented("\n".join(segment(p) for p in (a.title, a.summary) if p), segment(a.text) if a.text else "",
                               bundle=_BASELINE) for a in analyses]
    seed = {"topics": [list(c.topics) for c in base], "tone": [c.sentiment for c in base], "local": [c.local for c in base]}
    majority_tone = Counter(r["sentiment"] for r in items).most_common(1)[0][0]
    majority = {"topics": [[] for _ in items], "tone": [majority_tone] * len(items), "local": [False] * len(items)}
    edu = sum(1 for r in items if r.get("education", True))
    print(f"{args.input.name}: {len(items)} items ({edu} education, {len(items) - edu} other news; "
          f"{sum(1 for r in items if r['local'])} local); macro-F1 over topics with ≥ 5 items")
    print(table({"model": figures(items, model), "seed-phrase baseline": figures(items, seed),
                 "majority class": figures(items, majority)}))
    per = topic_metrics([r["topics"] for r in items], model["topics"], [not r.get("education", True) for r in items],
                        min_support=1)["per_topic"]
    print("\nper topic (support, precision, recall, F1): " + "; ".join(
        f"{t}: {int(v['support'])}, {v['precision']:.2f}, {v['recall']:.2f}, {v['f1']:.2f}" for t, v in per.items()))
    if args.errors:
        for r, t, s in zip(items, model["topics"], model["tone"]):
            if sorted(t) != sorted(r["topics"]) or s != r["sentiment"]:
                print(f"{r['id']}: topics {r['topics']} → {t}; tone {r['sentiment']} → {s}: {r['title']}")


if __name__ == "__main__":
    main()
