"""Does unlabelled or external data help? Each variant is fitted on the train split, its decision rules
tuned out of fold on train, and scored on the dev split (the test split is never read here).

``diemnong train --experiments`` runs these and writes ``experiments.json`` next to the models; the
model card shows the tables.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from nlp.evaluate import headline, locality_metrics, tone_metrics, topic_metrics
from nlp.features import WORDY
from nlp.split import near_duplicate_groups
from nlp.train import Data, TrainConfig, Trainer, decide_tone, fit_tone, to_bundle, tune_negative_threshold

Log = Callable[[str], None]
TOPIC_METRICS = ("topics micro-F1", "topics macro-F1 (topics with ≥10 test items)", "'no focus topic' accuracy",
                 "non-education news given a topic")
TONE_METRICS = ("tone macro-F1", "tone negative recall")


def topic_variants(base: TrainConfig) -> list[tuple[str, TrainConfig]]:
    """The ways of using unlabelled news that are compared, cumulative where it makes sense."""
    return [
        ("labelled items only (vocabulary and IDF from them)", replace(base, negatives=0, negatives_jobs=0, idf_unlabelled=False, seed_weak=0, self_train=0)),
        ("+ vocabulary and IDF from 27,000 unlabelled Baomoi items", replace(base, negatives=0, negatives_jobs=0, seed_weak=0, self_train=0)),
        ("+ 2,000 unlabelled other-topic items as 'no topic' (gate)", replace(base, negatives=2000, negatives_jobs=0, seed_weak=0, self_train=0)),
        ("+ 6,000 unlabelled other-topic items", replace(base, negatives=6000, negatives_jobs=0, seed_weak=0, self_train=0)),
        ("+ 2,000 other-topic and 1,000 unlabelled jobs items", replace(base, negatives=2000, negatives_jobs=1000, seed_weak=0, self_train=0)),
        ("+ seed-phrase weak labels on unlabelled education items (weight 0.3)", replace(base, seed_weak=0.3, self_train=0)),
        ("+ self-training on unlabelled education items (weight 0.5)", replace(base, seed_weak=0, self_train=0.5)),
    ]


def score_dev(data: Data, cfg: TrainConfig, log: Log = print) -> dict[str, float]:
    """Fit on train (rules tuned out of fold), score topics and tone on dev as analyse() would."""
    from nlp.report import predictions

    fitted, _ = Trainer(data, cfg, data.ids("train"), log=lambda _m: None).run()
    bundle = to_bundle(fitted, cfg, {})
    ids = data.ids("dev")
    pred = predictions(bundle, data.seg, ids)
    gold = [data.labels[i] for i in ids]
    non_edu = [data.origin.get(i) != "baomoi_education.jsonl" and not data.labels[i].topics for i in ids]
    t = topic_metrics([g.topics for g in gold], pred["topics"], non_edu)
    s = tone_metrics([g.sentiment for g in gold], pred["tone"])
    return {k: round(v, 4) for k, v in headline(t, s, locality_metrics([], [])).items() if "locality" not in k}


def topic_ablation(data: Data, base: TrainConfig, log: Log = print) -> list[dict]:
    """Dev figures of each way of using unlabelled news."""
    rows = []
    for name, cfg in topic_variants(base):
        log(f"  topics: {name}")
        rows.append({"variant": name, **{k: v for k, v in score_dev(data, cfg).items() if k in TOPIC_METRICS + TONE_METRICS}})
    return rows


# ------------------------------------------------------------------------------------------- tone resources


def _syllables(text: str) -> list[str]:
    s = [t for t in text.lower().replace("_", " ").split() if WORDY.search(t)]
    return s + [f"{a} {b}" for a, b in zip(s, s[1:])]


def external_model(texts: Sequence[str], labels: Sequence[int], seed: int) -> tuple[TfidfVectorizer, LogisticRegression]:
    """A syllable TF-IDF logistic regression trained on an external sentiment corpus."""
    vec = TfidfVectorizer(analyzer=_syllables, sublinear_tf=True, min_df=2, dtype=np.float32)
    x = vec.fit_transform(texts)
    return vec, LogisticRegression(C=3.0, class_weight="balanced", max_iter=2000, random_state=seed).fit(x, labels)


def read_vsfc(shared: Path) -> tuple[list[str], list[int]]:
    """UIT-VSFC sentences and tones (0 negative, 1 neutral, 2 positive), all three splits."""
    texts, tones = [], []
    for part in ("train", "dev", "test"):
        base = shared / "uit-vsfc" / part
        sents = (base / "sents.txt").read_text(encoding="utf-8").splitlines()
        labs = (base / "sentiments.txt").read_text(encoding="utf-8").splitlines()
        for t, y in zip(sents, labs):
            if t.strip() and y.strip():
                texts.append(t)
                tones.append(int(y))
    return texts, tones


def read_aivivn(shared: Path) -> tuple[list[str], list[int]]:
    """AIVIVN 2019 product reviews: (text, 0 negative / 1 positive)."""
    texts, tones = [], []
    for line in (shared / "aivivn-2019-sentiment" / "train.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        texts.append(rec["text"])
        tones.append(1 - int(rec["label"]))  # the file's 1 is negative
    return texts, tones


def read_vietsentiwordnet(shared: Path) -> tuple[dict[str, tuple[float, float]], set[str]]:
    """VietSentiWordNet: segmented word → (mean positive, mean negative score), and the negators."""
    scores: dict[str, list[tuple[float, float]]] = defaultdict(list)
    base = shared / "vietsentiwordnet"
    for line in (base / "VietSentiWordnet_Ver1.3.5.txt").open(encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(parts) < 5:
            continue
        for term in parts[4].split():
            scores[term.split("#")[0].lower()].append((float(parts[2]), float(parts[3])))
    negators = {w.strip().lstrip("\ufeff").lower() for w in (base / "NegDict.txt").read_text(encoding="utf-8").splitlines() if w.strip()}
    return {k: (float(np.mean([a for a, _ in v])), float(np.mean([b for _, b in v]))) for k, v in scores.items()}, negators


def lexicon_features(texts: Sequence[str], lexicon: dict[str, tuple[float, float]], negators: set[str]) -> np.ndarray:
    """Per text: summed positive and negative lexicon scores and counts (negation flips), squashed to [0, 1)."""
    rows = []
    for text in texts:
        toks = text.lower().split()
        pos = neg = 0.0
        npos = nneg = 0
        for k, t in enumerate(toks):
            if t in lexicon:
                p, n = lexicon[t]
                if k and toks[k - 1] in negators:
                    p, n = n, p
                pos, neg, npos, nneg = pos + p, neg + n, npos + (p > n), nneg + (n > p)
        rows.append([pos, neg, npos, nneg])
    a = np.asarray(rows, dtype=np.float32)
    return a / (1.0 + a)


def tone_ablation(data: Data, base: TrainConfig, shared: Path, log: Log = print) -> list[dict]:
    """Dev figures of the tone model alone and with each external resource (as extra features or rows)."""
    trainer = Trainer(data, base, data.ids("train"), log=lambda _m: None)
    dev = data.ids("dev")
    x_dev = trainer.x(dev)
    y_dev = [data.labels[i].sentiment for i in dev]
    heads_train = [data.seg[i][0] for i in trainer.ids]
    heads_dev = [data.seg[i][0] for i in dev]
    extras: dict[str, tuple[np.ndarray, np.ndarray] | None] = {"tone model alone": None}
    log("  tone: VietSentiWordNet features")
    lex, negators = read_vietsentiwordnet(shared)
    extras["+ VietSentiWordNet lexicon scores"] = (lexicon_features(heads_train, lex, negators), lexicon_features(heads_dev, lex, negators))
    log("  tone: UIT-VSFC model")
    vs_text, vs_y = read_vsfc(shared)
    vec, model = external_model(vs_text, vs_y, base.seed)
    extras["+ UIT-VSFC model scores"] = tuple(model.predict_proba(vec.transform(h)) for h in (heads_train, heads_dev))  # type: ignore[assignment]
    log("  tone: AIVIVN model")
    av_text, av_y = read_aivivn(shared)
    vec_a, model_a = external_model(av_text, av_y, base.seed)
    extras["+ AIVIVN model scores"] = tuple(model_a.predict_proba(vec_a.transform(h)) for h in (heads_train, heads_dev))  # type: ignore[assignment]
    groups = near_duplicate_groups(heads_train)
    rows = []
    for name, extra in extras.items():
        xa, xb = trainer.x_fit, x_dev
        if extra is not None:
            xa = sp.hstack([xa, sp.csr_matrix(extra[0])]).tocsr()
            xb = sp.hstack([xb, sp.csr_matrix(extra[1])]).tocsr()
        rows.append({"variant": name, **_tone_dev(xa, trainer.y_tone, xb, y_dev, groups, base)})
    log("  tone: UIT-VSFC sentences as extra training rows (weight 0.2)")
    xs = trainer.fz.transform([" ".join(t.split()) for t in vs_text])
    rows.append({"variant": "+ UIT-VSFC sentences as training rows (weight 0.2)",
                 **_tone_dev(trainer.x_fit, trainer.y_tone, x_dev, y_dev, groups, base, extra_rows=(xs, np.asarray(vs_y), 0.2))})
    return rows


def _tone_dev(xa: sp.csr_matrix, ya: np.ndarray, xb: sp.csr_matrix, gold: Sequence[str], groups: Sequence[int],
              cfg: TrainConfig, extra_rows: tuple[sp.csr_matrix, np.ndarray, float] | None = None) -> dict[str, float]:
    def fit(rows: np.ndarray) -> LogisticRegression:
        if extra_rows is None:
            return fit_tone(xa[rows], ya[rows], cfg)
        ex, ey, w = extra_rows
        x = sp.vstack([xa[rows], ex]).tocsr()
        y = np.concatenate([ya[rows], ey])
        weights = np.concatenate([np.ones(len(rows)), np.full(ex.shape[0], w)])
        return LogisticRegression(C=cfg.c_tone, class_weight="balanced", max_iter=3000, random_state=cfg.seed).fit(x, y, sample_weight=weights)

    oof = np.zeros((xa.shape[0], 3))
    for a, b in GroupKFold(cfg.folds).split(np.arange(xa.shape[0]), groups=groups):
        oof[b] = fit(a).predict_proba(xa[b])
    th = tune_negative_threshold(oof, ya, cfg.negative_recall)
    pred = decide_tone(fit(np.arange(xa.shape[0])).predict_proba(xb), th)
    m = tone_metrics(list(gold), pred)
    return {"tone macro-F1": round(m["macro_f1"], 4), "tone negative recall": round(m["negative_recall"], 4)}


def run(data: Data, base: TrainConfig, shared: Path, out: Path, log: Log = print) -> dict:
    """Both ablations; written to out/experiments.json."""
    result = {"protocol": "fit on train, decision rules tuned out of fold on train, scored on dev",
              "dev_items": len(data.ids("dev")), "topics": topic_ablation(data, base, log),
              "tone": tone_ablation(data, base, shared, log)}
    (out / "experiments.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return result


def markdown(result: dict) -> str:
    """The two ablation tables as Markdown."""
    lines = [f"Protocol: {result['protocol']} ({result['dev_items']} dev items).", "",
             "| topics: data used | micro-F1 | macro-F1 | 'no topic' acc. | non-education with a topic |", "|---|---:|---:|---:|---:|"]
    for r in result["topics"]:
        lines.append(f"| {r['variant']} | " + " | ".join(f"{r[m]:.3f}" for m in TOPIC_METRICS) + " |")
    lines += ["", "| tone: resources used | macro-F1 | negative recall |", "|---|---:|---:|"]
    for r in result["tone"]:
        lines.append(f"| {r['variant']} | {r['tone macro-F1']:.3f} | {r['tone negative recall']:.3f} |")
    return "\n".join(lines)

