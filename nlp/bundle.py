"""The trained models as shipped: plain arrays read without scikit-learn, one load per process.

A bundle holds the TF-IDF vocabulary and IDF weights, one weight matrix for every linear model (the
"any focus topic" gate, the 16 topics, the three tones) and the decision rules tuned when training:
per-topic thresholds, the gate threshold, and the negative-tone threshold that keeps negative recall
high. Scoring an article is a sum over the rows of the features it has, so the explanation of a
decision — the terms that pushed it most — comes for free.

The topic decisions also hear the labelled items most like the article (its nearest neighbours by
cosine over the same TF-IDF rows, among the training items and the unlabelled non-education
negatives): the share of them that have a focus topic, and the share of each topic among those, are
blended into the gate and topic probabilities (``neighbour_votes``, the same function in training).
The bundle keeps that pool as postings, feature by feature (the rows of a features × pool matrix), so an
article's similarities to the whole pool are one sparse product over the postings of the features it has.

Exceptions::

    ModelError          the bundle is missing a part or was built for another format
"""
from __future__ import annotations

import json
import logging
import math
import platform
import warnings
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from nlp.explain import Text, readable
from nlp.features import grams, model_parts, tokens

MODELS_DIR = Path(__file__).resolve().parent / "models"
BUNDLE_NAME = "nlp-models.joblib"
FORMAT = 2  # 2: the nearest-neighbour pool and its weight
TONES = ("negative", "neutral", "positive")

log = logging.getLogger(__name__)


def neighbour_votes(sims: np.ndarray, labels: np.ndarray, k: int, power: float) -> tuple[np.ndarray, np.ndarray]:
    """Votes of the `k` pool items most similar to each row of `sims` (rows × pool cosines), each weighted
    by its similarity to the power `power`: the share of them with a focus topic (rows,), and each topic's
    share among those that have one (rows × 16). `labels` is pool × 16, 0/1. An item that shares nothing
    with the article has no say; a row like no pool item at all gets votes of 0 (no evidence of a topic)."""
    k = max(1, min(k, sims.shape[1]))
    top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    w = np.clip(np.take_along_axis(sims, top, 1), 0.0, None).astype(np.float64) ** power
    y = labels[top].astype(np.float64)  # rows × k × 16
    with_topic = (w * (y.sum(2) > 0)).sum(1)
    gate = with_topic / np.maximum(w.sum(1), 1e-12)
    share = (w[:, :, None] * y).sum(1) / np.maximum(with_topic, 1e-12)[:, None]
    return gate, share


def blend(gate: np.ndarray, probs: np.ndarray, votes: tuple[np.ndarray, np.ndarray], weight: float) -> tuple[np.ndarray, np.ndarray]:
    """Gate and topic probabilities of the linear models, moved `weight` of the way to the neighbours' votes."""
    return (1 - weight) * gate + weight * votes[0], (1 - weight) * probs + weight * votes[1]


class ModelError(ValueError):
    """The model bundle is missing a part or was built for another format."""


def library_versions() -> dict[str, str]:
    """Versions of what training and scoring depend on (read from package metadata, nothing imported)."""
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": platform.python_version()}
    for name in ("numpy", "scipy", "scikit-learn", "joblib", "underthesea"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "absent"
    return out


def version_mismatches(recorded: dict[str, str]) -> list[str]:
    """Libraries whose major.minor version differs from the one the models were trained with."""
    now = library_versions()
    out = []
    for name, then in sorted(recorded.items()):
        if name == "python":
            continue
        if name in now and then.split(".")[:2] != now[name].split(".")[:2]:
            out.append(f"{name} {then} (lúc huấn luyện) ≠ {now[name]} (đang cài)")
    return out


@dataclass
class Bundle:
    """Everything needed to score an article, as arrays."""

    vocabulary: dict[str, int]
    idf: np.ndarray                 # (V,) float32
    weights: np.ndarray             # (V, 1 + 16 + 3) float32: gate, topics 1–16, tones
    bias: np.ndarray                # (1 + 16 + 3,)
    topic_thresholds: np.ndarray    # (16,)
    gate_threshold: float
    negative_threshold: float
    body_weight: float = 0.5
    body_tokens: int = 250
    max_topics: int = 3
    meta: dict[str, Any] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)
    # The nearest-neighbour pool, feature by feature (CSC): pool rows and L2-normalised TF-IDF values of
    # each feature's postings; pool_topics is pool × 16 (0/1). knn_weight 0: the linear models alone.
    pool_indptr: np.ndarray | None = None
    pool_rows: np.ndarray | None = None
    pool_values: np.ndarray | None = None
    pool_topics: np.ndarray | None = None
    knn_k: int = 30
    knn_power: float = 2.0
    knn_weight: float = 0.0
    _postings: Any = field(default=None, init=False, repr=False, compare=False)  # built on first use
    # the education-relevance model made for this vocabulary (nlp/relevance.py), read beside the bundle; None: none
    relevance: Any = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.names:
            self.names = [""] * len(self.vocabulary)
            for name, j in self.vocabulary.items():
                self.names[j] = name

    # ------------------------------------------------------------------ features
    def vector(self, segmented: str, limit: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """Sparse TF-IDF row of one segmented text: (feature indices, L2-normalised values)."""
        counts = Counter(map(self.vocabulary.get, grams(tokens(segmented, limit))))
        counts.pop(None, None)
        if not counts:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        idx = np.fromiter(counts.keys(), np.int64, len(counts))
        tf = 1.0 + np.log(np.fromiter(counts.values(), np.float32, len(counts)))
        val = tf * self.idf[idx]
        return idx, val / np.float32(np.linalg.norm(val))

    def features(self, head: str, body: str = "") -> tuple[np.ndarray, np.ndarray]:
        """Row of an article: head, plus the body's first tokens at a lower weight, L2-normalised (a head that
        is only a title takes the body's first paragraph as its lead, as in training: ``model_parts``)."""
        head, body = model_parts(head, body)
        idx, val = self.vector(head)
        if body and self.body_weight > 0:
            bidx, bval = self.vector(body, self.body_tokens)
            if len(bidx):
                merged: dict[int, float] = dict(zip(idx.tolist(), val.tolist()))
                for j, v in zip(bidx.tolist(), bval.tolist()):
                    merged[j] = merged.get(j, 0.0) + self.body_weight * v
                idx = np.fromiter(merged.keys(), np.int64, len(merged))
                val = np.fromiter(merged.values(), np.float32, len(merged))
        norm = float(np.linalg.norm(val))
        return idx, (val / norm if norm else val)

    def votes(self, idx: np.ndarray, val: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
        """The nearest labelled items' votes on the gate and the topics (``neighbour_votes``) for one
        feature row, or None without a pool."""
        if not self.knn_weight or self.pool_indptr is None or self.pool_topics is None:
            return None
        import scipy.sparse as sp

        if self._postings is None:  # the stored postings are the rows of a features × pool matrix, as they are
            self._postings = sp.csr_matrix((self.pool_values, self.pool_rows, self.pool_indptr),
                                           shape=(len(self.pool_indptr) - 1, len(self.pool_topics)))
        row = sp.csr_matrix((val, idx, np.array([0, len(idx)])), shape=(1, self._postings.shape[0]))
        sims = (row @ self._postings).toarray()
        gate, share = neighbour_votes(sims, self.pool_topics, self.knn_k, self.knn_power)
        return gate[0], share[0]

    # ------------------------------------------------------------------ decisions
    def scores(self, idx: np.ndarray, val: np.ndarray) -> np.ndarray:
        """Raw linear scores of every model for one feature row."""
        return val @ self.weights[idx] + self.bias if len(idx) else self.bias.astype(np.float32)

    def decide(self, raw: np.ndarray, threshold_scale: float = 1.0, votes: tuple[np.ndarray, np.ndarray] | None = None,
               ) -> tuple[tuple[int, ...], dict[int, float], str, dict[str, float], float]:
        """(topics, topic probabilities, tone, tone probabilities, gate probability) from raw scores and,
        when the bundle has a pool, the neighbours' votes (``votes``)."""
        gate = 1.0 / (1.0 + math.exp(-float(raw[0])))
        probs = 1.0 / (1.0 + np.exp(-raw[1:17].astype(np.float64)))
        if votes is not None:
            g, probs = blend(gate, probs, votes, self.knn_weight)
            gate = float(g)
        th = np.minimum(self.topic_thresholds * threshold_scale, 0.99)
        ratio = probs / th
        on = [int(k) for k in np.argsort(-ratio) if ratio[k] >= 1.0][: self.max_topics] if gate >= self.gate_threshold else []
        topics = tuple(sorted(k + 1 for k in on))
        topic_scores = {k + 1: round(float(p * gate), 4) for k, p in enumerate(probs)}
        t = raw[17:20].astype(np.float64)
        e = np.exp(t - t.max())
        tp = e / e.sum()
        tone = "negative" if tp[0] >= self.negative_threshold else ("neutral" if tp[1] >= tp[2] else "positive")
        return topics, topic_scores, tone, {c: round(float(p), 4) for c, p in zip(TONES, tp)}, gate

    def explain(self, idx: np.ndarray, val: np.ndarray, column: int, text: Text, contrast: Sequence[int] = (),
                top: int = 5) -> list[str]:
        """The words of `text` behind model `column`'s decision (minus the mean of `contrast` columns): the
        features that pushed it up, strongest first, as the phrases of the text they were read in (``readable``)."""
        if not len(idx):
            return []
        w = self.weights[idx, column]
        if contrast:
            w = w - self.weights[idx][:, list(contrast)].mean(axis=1)
        contrib = val * w
        up = np.flatnonzero(contrib > 0)
        up = up[np.argsort(-contrib[up], kind="stable")]
        ranked = zip((self.names[j] for j in idx[up].tolist()), contrib[up].tolist())
        return readable(ranked, text, top)

    # ------------------------------------------------------------------ storage
    def save(self, directory: Path) -> Path:
        """Write the bundle (joblib, compressed) and its metadata (JSON) into a folder."""
        import joblib

        directory.mkdir(parents=True, exist_ok=True)
        meta = {**self.meta, "format": FORMAT, "libraries": library_versions()}
        payload = {
            "format": FORMAT, "names": "\n".join(self.names), "idf": self.idf.astype(np.float32),
            "weights": self.weights.astype(np.float32), "bias": self.bias.astype(np.float32),
            "topic_thresholds": self.topic_thresholds.astype(np.float32), "gate_threshold": float(self.gate_threshold),
            "negative_threshold": float(self.negative_threshold), "body_weight": self.body_weight,
            "body_tokens": self.body_tokens, "max_topics": self.max_topics, "meta": meta,
            "pool_indptr": self.pool_indptr, "pool_rows": self.pool_rows, "pool_values": self.pool_values,
            "pool_topics": self.pool_topics, "knn_k": self.knn_k, "knn_power": self.knn_power, "knn_weight": self.knn_weight,
        }
        path = directory / BUNDLE_NAME
        joblib.dump(payload, path, compress=("zlib", 3))
        (directory / "metadata.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return path

    @classmethod
    def load(cls, directory: Path) -> Bundle:
        """Read a bundle written by save(); warns when library versions differ from training."""
        import joblib

        path = directory / BUNDLE_NAME
        if not path.is_file():
            raise ModelError(f"{path}: chưa có mô hình đã huấn luyện (chạy `diemnong train`)")
        data = joblib.load(path)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ModelError(f"{path}: mô hình ở định dạng {data.get('format') if isinstance(data, dict) else '?'}, không phải "
                             f"{FORMAT}; chạy `diemnong train` để huấn luyện lại")
        meta = data["meta"]
        mismatch = version_mismatches(meta.get("libraries", {}))
        if mismatch:
            warnings.warn(f"{path}: mô hình được huấn luyện với phiên bản thư viện khác: {'; '.join(mismatch)}. "
                          "Điểm phân loại có thể lệch; chạy `diemnong train` để huấn luyện lại.", RuntimeWarning,
                          stacklevel=2)
        names = data["names"].split("\n") if isinstance(data["names"], str) else list(data["names"])
        bundle = cls(
            vocabulary={n: j for j, n in enumerate(names)}, idf=data["idf"], weights=data["weights"], bias=data["bias"],
            topic_thresholds=data["topic_thresholds"], gate_threshold=data["gate_threshold"],
            negative_threshold=data["negative_threshold"], body_weight=data["body_weight"],
            body_tokens=data["body_tokens"], max_topics=data["max_topics"], meta=meta, names=names,
            pool_indptr=data["pool_indptr"], pool_rows=data["pool_rows"], pool_values=data["pool_values"],
            pool_topics=data["pool_topics"], knn_k=data["knn_k"], knn_power=data["knn_power"], knn_weight=data["knn_weight"],
        )
        from nlp.relevance import Relevance

        bundle.relevance = Relevance.load(directory, bundle)
        return bundle


def models_dir() -> Path:
    """Where the models are read from: setting nlp.models (env DIEMNONG_NLP_MODELS), else the shipped folder."""
    from diemnong.config import ROOT, load_settings

    configured = str(load_settings().get("nlp.models", "") or "")
    if not configured:
        return MODELS_DIR
    path = Path(configured).expanduser()
    return path if path.is_absolute() else ROOT / path


@lru_cache(maxsize=1)
def shipped() -> Bundle | None:
    """The bundle in use (loaded once per process), or None when none is there: the baseline then runs."""
    directory = models_dir()
    try:
        return Bundle.load(directory)
    except ModelError as exc:
        log.info("phân loại chủ đề và sắc thái bằng cách dò cụm từ khóa, không dùng mô hình: %s", exc)
        return None


@lru_cache(maxsize=1)
def threshold_scale() -> float:
    """Setting nlp.topic_threshold_scale, read once per process."""
    from diemnong.config import load_settings

    return float(load_settings().get("nlp.topic_threshold_scale", 1.0) or 1.0)
