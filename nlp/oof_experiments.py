"""Round-2 ideas for the topic and tone decisions, measured out of fold over train + dev (never test).

``python -m nlp.oof_experiments [--shared DIR] [--repeats N]`` prints one line per variant. Each
variant's models are fitted in the same grouped folds as ``diemnong train``; two figures are given:

* "OOF": decision rules tuned on all out-of-fold predictions and scored on them (what training reports);
* "nested": rules tuned on four folds' predictions and applied to the fifth — an honest figure for a
  change of *rule*, since the OOF figure rewards any extra freedom in the rule.

``--repeats`` re-deals the near-duplicate groups into folds N more times (fold-to-fold noise is about
±0.01 micro-F1, so a variant has to win on every deal to count).

The variants are the linear models alone: "shipped" here is the shipped configuration without the neighbours'
vote on topics that stop 16 added (``TrainConfig.knn_weight``; its own measure is in notes/issue-4.md).
"""
from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Callable, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.model_selection import GroupKFold

from nlp.evaluate import TONES, tone_metrics, topic_metrics
from nlp.train import (TrainConfig, Trainer, _f1, _lr, _micro, decide_tone, decide_topics, fit_tone, load_data,
                       tune_negative_threshold, tune_topic_thresholds)

GRID = np.arange(0.05, 0.951, 0.025)
Rule = Callable[[np.ndarray, np.ndarray, np.ndarray], Callable[[np.ndarray, np.ndarray], list]]


# ------------------------------------------------------------------------------------ decision rules


def rule_shipped(g: np.ndarray, p: np.ndarray, y: np.ndarray):
    gt, th = tune_topic_thresholds(g, p, y, 3)
    return lambda g2, p2: decide_topics(g2, p2, gt, th, 3)


def _per_topic(p: np.ndarray, y: np.ndarray) -> np.ndarray:
    has = y.sum(1) > 0
    return np.array([GRID[int(np.argmax([_f1(y[has, k], p[has, k] >= t) for t in GRID]))] if y[has, k].sum() else 0.95
                     for k in range(16)])


def _decide(g: np.ndarray, p: np.ndarray, th: np.ndarray, gate: float, product: bool, at_least_one: bool) -> list:
    out = []
    for gi, pi in zip(g, p):
        r = pi / th
        order = np.argsort(-r)
        if (gi * r[order[0]] if product else gi) < gate:
            out.append(())
            continue
        on = [int(k) for k in order if r[k] >= 1.0][:3] or ([int(order[0])] if at_least_one else [])
        out.append(tuple(sorted(k + 1 for k in on)))
    return out


def rule_variant(product: bool, at_least_one: bool):
    gates = np.exp(np.linspace(np.log(0.05), np.log(3), 60)) if product else GRID

    def tune(g: np.ndarray, p: np.ndarray, y: np.ndarray):
        th = _per_topic(p, y)
        gold = [tuple(np.flatnonzero(r) + 1) for r in y]
        best = max((_micro(gold, _decide(g, p, th, t, product, at_least_one)), float(t)) for t in gates)
        return lambda g2, p2: _decide(g2, p2, th, best[1], product, at_least_one)
    return tune


def rule_coordinate(g: np.ndarray, p: np.ndarray, y: np.ndarray):
    """Per-topic thresholds re-tuned one at a time for micro-F1 over all rows, then the gate (2 rounds)."""
    gt, th = tune_topic_thresholds(g, p, y, 3)
    gold = [tuple(np.flatnonzero(r) + 1) for r in y]
    for _ in range(2):
        for k in np.flatnonzero(y.sum(0)):
            scores = []
            for t in GRID:
                th2 = th.copy()
                th2[k] = t
                scores.append(_micro(gold, decide_topics(g, p, gt, th2, 3)))
            th[k] = GRID[int(np.argmax(scores))]
        gt = float(GRID[int(np.argmax([_micro(gold, decide_topics(g, p, t, th, 3)) for t in GRID]))])
    return lambda g2, p2: decide_topics(g2, p2, gt, th, 3)


# ------------------------------------------------------------------------------------------ harness


class Bench:
    def __init__(self, trainer: Trainer, non_edu: Sequence[bool], seeds: np.ndarray, seeds_neg: np.ndarray):
        self.t = trainer
        self.x, self.xn, self.y = trainer.x_fit, trainer.x_neg, trainer.y
        self.non_edu = list(non_edu)
        self.seeds, self.seeds_neg = seeds, seeds_neg
        self.groups = np.array([trainer.data.groups.get(i, -k - 1) for k, i in enumerate(trainer.ids)])
        self.gold = [tuple(np.flatnonzero(r) + 1) for r in self.y]
        self.deal(0)

    def deal(self, repeat: int) -> None:
        groups = self.groups
        if repeat:
            uniq = np.unique(groups)
            perm = dict(zip(uniq, np.random.RandomState(repeat).permutation(len(uniq))))
            groups = np.array([perm[g] for g in groups])
        self.folds = list(GroupKFold(5).split(np.arange(len(self.gold)), groups=groups))

    def oof(self, c_gate: float = 30.0, c_topic: float = 30.0, nb: bool = False, gate_balanced: bool = False,
            extra: np.ndarray | None = None, extra_neg: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        x, xn = self.x, self.xn
        xt = sp.hstack([x, sp.csr_matrix(extra)]).tocsr() if extra is not None else x
        n = len(self.gold)
        gate, probs = np.zeros(n), np.zeros((n, 16))
        for a, b in self.folds:
            xs = sp.vstack([x[a], xn]).tocsr()
            ys = np.concatenate([(self.y[a].sum(1) > 0).astype(int), np.zeros(xn.shape[0], int)])
            m = _lr(c_gate, 84)
            if gate_balanced:
                m.set_params(class_weight="balanced")
            gate[b] = m.fit(xs, ys).predict_proba(x[b])[:, 1]
            ia = a[self.y[a].sum(1) > 0]
            for k in range(16):
                col = self.y[ia, k]
                if col.min() == col.max():
                    probs[b, k] = float(col[0])
                    continue
                xa, xb = xt[ia], xt[b]
                if nb:  # NB-SVM style log-count ratio scaling
                    pos = np.asarray(xa[col == 1].sum(0)).ravel() + 1.0
                    neg = np.asarray(xa[col == 0].sum(0)).ravel() + 1.0
                    r = np.log((pos / pos.sum()) / (neg / neg.sum()))
                    xa, xb = xa.multiply(r).tocsr(), xb.multiply(r).tocsr()
                probs[b, k] = _lr(c_topic, 84, True).fit(xa, col).predict_proba(xb)[:, 1]
        return gate, probs

    def score(self, gate: np.ndarray, probs: np.ndarray, rule: Rule = rule_shipped) -> str:
        y = self.y
        m = topic_metrics(self.gold, rule(gate, probs, y)(gate, probs), self.non_edu)
        pred: list = [()] * len(self.gold)
        for a, b in self.folds:
            decide = rule(gate[a], probs[a], y[a])
            for i, p in zip(b, decide(gate[b], probs[b])):
                pred[i] = p
        n = topic_metrics(self.gold, pred, self.non_edu)
        f = lambda d: (f"micro {d['micro_f1']:.4f} macro {d['macro_f1']:.4f} no-topic {d['none_accuracy']:.4f} "
                       f"non-edu {d['non_education_rate']:.4f}")
        return f"OOF {f(m)} | nested {f(n)}"

    def tone(self, recall: float) -> str:
        yt = self.t.y_tone
        gold = [TONES[k] for k in yt]
        probs = np.zeros((len(yt), 3))
        for a, b in self.folds:
            probs[b] = fit_tone(self.x[a], yt[a], self.t.cfg).predict_proba(self.x[b])
        th = tune_negative_threshold(probs, yt, recall)
        m = tone_metrics(gold, decide_tone(probs, th))
        pred: list = [""] * len(yt)
        for a, b in self.folds:
            t = tune_negative_threshold(probs[a], yt[a], recall)
            for i, p in zip(b, decide_tone(probs[b], t)):
                pred[i] = p
        n = tone_metrics(gold, pred)
        return (f"OOF macro-F1 {m['macro_f1']:.4f} neg. recall {m['negative_recall']:.4f} | "
                f"nested macro-F1 {n['macro_f1']:.4f} neg. recall {n['negative_recall']:.4f}")


def seed_matrix(data, ids: Sequence[str]) -> np.ndarray:
    """One column per topic: 1 where one of its seed phrases (data/topics.yaml) occurs in the head."""
    from nlp.analysis import _seeds
    from nlp.seeds import match_seeds

    seeds = _seeds()
    out = np.zeros((len(ids), 16), np.float32)
    for r, i in enumerate(ids):
        for t in match_seeds(data.seg[i][0].replace("_", " "), seeds):
            out[r, t - 1] = 1.0
    return out


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", help="folder of the shared datasets (default: setting general.shared_data)")
    ap.add_argument("--repeats", type=int, default=0)
    args = ap.parse_args(argv)
    from diemnong.cli import shared_data
    from diemnong.config import load_settings

    settings = load_settings()
    cfg = TrainConfig()
    data = load_data(shared_data(settings, args.shared), cfg, settings.home / "cache", log=lambda _m: None)
    ids = data.ids("train", "dev")
    trainer = Trainer(data, replace(cfg), ids, log=lambda _m: None)
    non_edu = [data.origin[i] != "baomoi_education.jsonl" and not data.labels[i].topics for i in ids]
    bench = Bench(trainer, non_edu, seed_matrix(data, ids), seed_matrix(data, data.negatives[: cfg.negatives]))
    for rep in range(args.repeats + 1):
        bench.deal(rep)
        print(f"## deal {rep}" + (" (the folds of diemnong train)" if rep == 0 else ""), flush=True)
        g, p = bench.oof()
        rows = [
            ("shipped: gate + per-topic thresholds", g, p, rule_shipped),
            ("rule: at least the arg-max topic when gated in", g, p, rule_variant(False, True)),
            ("rule: gate x best topic ratio, at least one topic", g, p, rule_variant(True, True)),
            ("rule: per-topic thresholds re-tuned for micro-F1", g, p, rule_coordinate),
        ]
        for name, gg, pp, rule in rows:
            print(f"{name:52s} {bench.score(gg, pp, rule)}", flush=True)
        for name, kw in [("gate classes balanced", {"gate_balanced": True}), ("NB log-count ratio topics", {"nb": True}),
                         ("topic C 100", {"c_topic": 100.0}),
                         ("seed-phrase topic features x0.1", {"extra": bench.seeds * 0.1}),
                         ("seed-phrase topic features x0.3", {"extra": bench.seeds * 0.3})]:
            print(f"{name:52s} {bench.score(*bench.oof(**kw))}", flush=True)
        for recall in (0.85, 0.82):
            print(f"{'tone: negative recall target ' + str(recall):52s} {bench.tone(recall)}", flush=True)


if __name__ == "__main__":
    main()
