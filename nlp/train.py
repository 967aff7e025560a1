"""Train the topic, tone and "any focus topic" models from the labels and the shared data, and measure them.

``train(shared, out)`` is what ``diemnong train`` runs:

1. read the labels and the committed split; fetch each labelled text by id from ``shared/news``;
2. segment every text once with underthesea (cached by content hash, two processes);
3. learn the TF-IDF vocabulary and IDF over the labelled train+dev items and the unlabelled Baomoi
   items (never the test split nor near-duplicates of it);
4. fit a "has a focus topic" gate (labelled items + unlabelled other-topic news as negatives), one
   logistic regression per topic on the items that have a topic, and a three-way tone model;
5. tune the per-topic thresholds, the gate threshold and the negative-tone threshold on out-of-fold
   predictions over train+dev (grouped folds) — never on test;
6. score the held-out test split against the seed-phrase and majority baselines, write the bundle,
   ``metrics.json`` and the model card.

Everything is seeded and single-threaded inside scikit-learn, so the same inputs give the same models.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from diemnong.text import decimal, number
from nlp.corpus import (DEMO_DIR, DEMO_ORIGIN, FULLTEXT_ORIGIN, FULLTEXT_SPLIT, FULLTEXT_TEST, LABELS_DIR, WRITTEN_DIR,
                        WRITTEN_ORIGIN, CorpusError, Item, Label, baomoi_items, demo_items, fulltext_round, load_fulltext,
                        load_groups, load_labels, load_split, require_shared, written_items)
from nlp.features import Featurizer
from nlp.bundle import TONES, Bundle, blend, neighbour_votes
from nlp.normalize import tidy
from nlp.segment import segment
from nlp.split import near_duplicate_groups

Log = Callable[[str], None]
FULLTEXT_SPARE = "fulltext-spare"  # train-part articles of label rounds not in TrainConfig.fulltext_rounds
# Training rows beside Baomoi: not where the thresholds are tuned.
EXTRA_ORIGINS = frozenset({DEMO_ORIGIN, WRITTEN_ORIGIN, FULLTEXT_ORIGIN})
# Jobs news that names schools, pupils, teachers, graduates or training may be about a focus topic (12 % of
# the labelled jobs items are: 16 and 4 mostly), so only the rest serve as unlabelled "no topic" examples.
EDUCATION_WORDS = re.compile(r"sinh viên|tốt nghiệp|cử nhân|thạc sĩ|thất nghiệp|giáo viên|học sinh|trường|đào tạo|"
                             r"giáo dục|nhà giáo|tuyển dụng", re.I)


@dataclass(frozen=True)
class TrainConfig:
    """Choices of the training run; the defaults are what the shipped models use."""

    c_gate: float = 30.0           # inverse regularisation of the "has a focus topic" gate
    c_topic: float = 30.0          # … of each topic model
    c_tone: float = 3.0            # … of the tone model
    balanced_topics: bool = True   # weight each topic's rare positives up (class_weight="balanced")
    negatives: int = 6000          # unlabelled other-topic Baomoi items added to the gate as "no topic"
    negatives_jobs: int = 1000     # unlabelled jobs items without education words (EDUCATION_WORDS) added the same way
    idf_unlabelled: bool = True    # learn vocabulary and IDF over unlabelled Baomoi items too
    seed_weak: float = 0.0         # weight of seed-phrase weak labels on unlabelled education items (0 = off)
    self_train: float = 0.0        # weight of confident self-labels on unlabelled education items (0 = off)
    body_weight: float = 0.5       # weight of an article body against its title + lead
    body_tokens: int = 250         # body tokens read (about the first two or three paragraphs)
    max_features: int = 150_000
    min_df: int = 2
    folds: int = 5
    negative_recall: float = 0.82  # negative-tone recall the threshold is tuned for (out of fold; bar 0.80)
    max_topics: int = 3
    knn_k: int = 30                # topic decisions also hear the k labelled items (or negatives) most like the article…
    knn_weight: float = 0.45       # …at this weight against the linear models (0 = the linear models alone)…
    knn_power: float = 2.0         # …each neighbour's vote weighted by its cosine to this power
    seed: int = 84
    demo_items: bool = True        # the project's demo stream (modern full-length texts) as extra training rows
    written_items: bool = True     # modern items written and labelled for the project (nlp/labels/written) as training rows
    fulltext_items: bool = True    # the train part of the labelled full-length VNTC articles as extra training rows…
    fulltext_rounds: tuple[str, ...] = ("fulltext-p7.jsonl", "fulltext-p8.jsonl")  # …from these label files (rounds 4-5)


@dataclass
class Data:
    """Segmented texts by id, the labels, the split and the unlabelled pools."""

    seg: dict[str, tuple[str, str]]          # id → (segmented head, segmented body)
    labels: dict[str, Label]
    split: dict[str, str]
    origin: dict[str, str]
    negatives: list[str] = field(default_factory=list)   # unlabelled other-topic news, in a seeded random order
    jobs: list[str] = field(default_factory=list)        # unlabelled jobs news without education words, seeded order
    unlabelled: list[str] = field(default_factory=list)  # unlabelled education news
    idf_pool: list[str] = field(default_factory=list)    # unlabelled items whose text may shape the IDF
    groups: dict[str, int] = field(default_factory=dict)  # near-duplicate group of each labelled item

    def ids(self, *splits: str) -> list[str]:
        return sorted(i for i, s in self.split.items() if s in splits)


# ---------------------------------------------------------------------------------------------- text


def _segment_item(item: tuple[str, str, str]) -> tuple[str, str]:
    title, summary, text = (tidy(x) for x in item)
    head = "\n".join(segment(x) for x in (title, summary) if x)
    return head, segment(text) if text else ""


def _key(item: Item) -> str:
    return hashlib.sha1(f"{item.title}\x00{item.summary}\x00{item.text}".encode()).hexdigest()[:20]


def _rules() -> str:
    """A digest of the code that turns an item into its segmented text (clean-up, captions, bylines, segmentation):
    a cache written before a change of those rules is not read, or train and evaluate would read the old texts."""
    import diemnong.text
    import nlp.normalize
    import nlp.segment

    code = b"".join(Path(m.__file__).read_bytes() for m in (diemnong.text, nlp.normalize, nlp.segment))
    return hashlib.sha1(code).hexdigest()[:12]


def segment_items(items: Sequence[Item], cache: Path | None, workers: int = 2, log: Log = print) -> dict[str, tuple[str, str]]:
    """Segmented (head, body) of each item, from the cache where possible, else with a process pool."""
    import underthesea

    known: dict[str, tuple[str, str]] = {}
    path = cache / f"segmented-underthesea-{underthesea.__version__}-{_rules()}.jsonl" if cache else None
    if path and path.is_file():
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            known[rec["k"]] = (rec["h"], rec["b"])
    todo = list({_key(i): i for i in items if _key(i) not in known}.items())
    if todo:
        started = time.monotonic()
        log(f"  tách từ {number(len(todo))} văn bản trên {number(workers)} tiến trình…")
        triples = [(i.title, i.summary, i.text) for _, i in todo]
        if workers > 1:
            with ProcessPoolExecutor(workers) as pool:
                done = list(pool.map(_segment_item, triples, chunksize=32))
        else:
            done = [_segment_item(t) for t in triples]
        for (k, _), hb in zip(todo, done):
            known[k] = hb
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as fh:
                for (k, _), (h, b) in zip(todo, done):
                    fh.write(json.dumps({"k": k, "h": h, "b": b}, ensure_ascii=False) + "\n")
        log(f"  tách từ xong trong {number(time.monotonic() - started)} giây")
    return {i.id: known[_key(i)] for i in items}


def near_duplicates_of(pool: Sequence[Item], reference: Sequence[Item]) -> set[str]:
    """Ids of pool items that are near-duplicates of some reference item (same rule as the split)."""
    both = list(reference) + list(pool)
    groups = near_duplicate_groups([f"{i.title} {i.summary} {i.text[:300]}" for i in both])
    ref_groups = set(groups[: len(reference)])
    return {i.id for i, g in zip(pool, groups[len(reference):]) if g in ref_groups}


def _with_rows(labels: dict[str, Label], split: dict[str, str], groups: dict[str, int], new_labels: dict[str, Label],
               new_split: dict[str, str], new_groups: dict[str, int]) -> tuple[dict[str, Label], dict[str, str], dict[str, int]]:
    """Labels, split and near-duplicate groups with extra labelled rows added; their groups (numbered from 0)
    are renumbered after the existing ones, so no extra row shares a group with another source's."""
    top = max(groups.values(), default=0) + 1
    return {**labels, **new_labels}, {**split, **new_split}, {**groups, **{i: top + g for i, g in new_groups.items()}}


def load_data(shared: Path, cfg: TrainConfig, cache: Path | None, workers: int = 2, labels_dir: Path = LABELS_DIR,
              limit: int = 0, log: Log = print) -> Data:
    """Labelled and unlabelled texts, segmented; `limit` keeps a small stratum for smoke runs."""
    labels = load_labels(labels_dir)
    split = load_split(labels_dir)
    missing = sorted(set(labels) - set(split))
    if missing:
        raise CorpusError(f"{labels_dir / 'split.tsv'}: {number(len(missing))} bài đã gán nhãn chưa được chia train/dev/test "
                          f"(đầu tiên: {missing[0]}); chạy python -m nlp.split --extend")
    items = {i.id: i for i in baomoi_items(require_shared(shared))}
    absent = sorted(set(labels) - set(items))
    if absent:
        raise CorpusError(f"{shared}/news: không tìm thấy {number(len(absent))} bài đã gán nhãn (đầu tiên: {absent[0]})")
    if limit:
        rng = random.Random(cfg.seed)
        keep = set(rng.sample(sorted(labels), min(limit, len(labels))))
        labels = {i: lab for i, lab in labels.items() if i in keep}
        split = {i: s for i, s in split.items() if i in keep}
    test = [items[i] for i in sorted(split) if split[i] == "test"]
    rng = random.Random(cfg.seed)
    other = [i for i in items.values() if i.id not in labels and i.origin == "baomoi_other_topics.jsonl"]
    edu = [i for i in items.values() if i.id not in labels and i.origin == "baomoi_education.jsonl"]
    jobs = [i for i in items.values() if i.id not in labels and i.origin == "baomoi_jobs.jsonl"]
    if limit:
        other, edu, jobs = rng.sample(other, min(200, len(other))), rng.sample(edu, min(100, len(edu))), []
    unl = other + edu + jobs
    dup = near_duplicates_of(unl, test)
    log(f"  {number(len(labels))} bài đã gán nhãn; để riêng {number(len(dup))} bài chưa gán nhãn gần trùng với bài kiểm tra")
    other = [i for i in other if i.id not in dup]
    edu = [i for i in edu if i.id not in dup]
    jobs = [i for i in jobs if i.id not in dup]
    negatives = sorted(i.id for i in other)
    rng.shuffle(negatives)
    jobs_ids = sorted(i.id for i in jobs if not EDUCATION_WORDS.search(f"{i.title} {i.summary}"))
    rng.shuffle(jobs_ids)
    use = [items[i] for i in sorted(labels)] + [i for i in other + edu + jobs]
    groups = load_groups(labels_dir)
    if cfg.demo_items and not limit:
        demo, demo_labels, story = demo_items()
        log(f"  + {number(len(demo))} bài demo đã gán nhãn (data/demo, bài toàn văn hiện nay) làm dữ liệu huấn luyện")
        keys = sorted(set(story.values()))
        labels, split, groups = _with_rows(labels, split, groups, demo_labels, {i.id: "train" for i in demo},
                                           {i.id: keys.index(story[i.id]) for i in demo})
        use += demo
    if cfg.written_items and not limit:
        written, written_labels = written_items()
        if written:
            log(f"  + {number(len(written))} bài hiện nay viết riêng cho dự án, đã gán nhãn (nlp/labels/written), "
                "làm dữ liệu huấn luyện")
            labels, split, groups = _with_rows(labels, split, groups, written_labels, {i.id: "train" for i in written},
                                               {i.id: k for k, i in enumerate(written)})
            use += written
    if cfg.fulltext_items and not limit:
        full, full_labels, full_split, full_groups = load_fulltext(shared)
        if full:
            rounds = fulltext_round()
            placed = {i: FULLTEXT_TEST if s == "test" else "train" if rounds[i] in cfg.fulltext_rounds else FULLTEXT_SPARE
                      for i, s in full_split.items()}
            n = Counter(placed.values())
            log(f"  + {number(n['train'])} bài toàn văn VNTC đã gán nhãn làm dữ liệu huấn luyện ({number(n[FULLTEXT_TEST])} "
                f"bài để riêng để kiểm tra, {number(n[FULLTEXT_SPARE])} bài của các đợt khác không dùng để huấn luyện)")
            labels, split, groups = _with_rows(labels, split, groups, full_labels, placed, full_groups)
            use += full
    seg = segment_items(use, cache, workers, log)
    return Data(seg=seg, labels=labels, split=split, origin={i.id: i.origin for i in use}, negatives=negatives, jobs=jobs_ids,
                unlabelled=sorted(i.id for i in edu), idf_pool=sorted(i.id for i in other + edu + jobs), groups=groups)


# ---------------------------------------------------------------------------------------------- models


def _lr(c: float, seed: int, balanced: bool = False) -> LogisticRegression:
    return LogisticRegression(C=c, solver="liblinear", dual=True, max_iter=5000, random_state=seed,
                              class_weight="balanced" if balanced else None)


@dataclass
class TopicFit:
    gate: LogisticRegression
    topics: list[LogisticRegression | float]  # a constant probability where a topic has no positive example

    def predict(self, x: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
        gate = self.gate.predict_proba(x)[:, 1]
        cols = [np.full(x.shape[0], m) if isinstance(m, float) else m.predict_proba(x)[:, 1] for m in self.topics]
        return gate, np.column_stack(cols)


def topic_matrix(labels: Sequence[Label]) -> np.ndarray:
    """Rows of 0/1 over topics 1–16."""
    y = np.zeros((len(labels), 16), dtype=np.int8)
    for r, lab in enumerate(labels):
        for t in lab.topics:
            y[r, t - 1] = 1
    return y


def fit_topics(x: sp.csr_matrix, y: np.ndarray, x_neg: sp.csr_matrix | None, cfg: TrainConfig,
               extra: tuple[sp.csr_matrix, np.ndarray, np.ndarray] | None = None) -> TopicFit:
    """Gate over all rows (+ negatives); each topic over the rows that have a topic (+ weighted extra rows)."""
    has = y.sum(1) > 0
    xs, gs, ws = [x], [has.astype(int)], [np.ones(x.shape[0])]
    if x_neg is not None and x_neg.shape[0]:
        xs.append(x_neg), gs.append(np.zeros(x_neg.shape[0], int)), ws.append(np.ones(x_neg.shape[0]))
    xt, yt, wt = x[has], y[has], np.ones(int(has.sum()))
    if extra is not None and extra[0].shape[0]:
        ex, ey, ew = extra
        e_has = ey.sum(1) > 0
        xs.append(ex), gs.append(e_has.astype(int)), ws.append(ew)
        xt, yt, wt = sp.vstack([xt, ex[e_has]]).tocsr(), np.vstack([yt, ey[e_has]]), np.concatenate([wt, ew[e_has]])
    gate = _lr(cfg.c_gate, cfg.seed).fit(sp.vstack(xs).tocsr(), np.concatenate(gs), sample_weight=np.concatenate(ws))
    topics: list[LogisticRegression | float] = []
    for k in range(16):
        col = yt[:, k]
        if col.min() == col.max():
            topics.append(float(col[0]) if len(col) else 0.0)
        else:
            topics.append(_lr(cfg.c_topic, cfg.seed, cfg.balanced_topics).fit(xt, col, sample_weight=wt))
    return TopicFit(gate, topics)


def decide_topics(gate: np.ndarray, probs: np.ndarray, gate_th: float, th: np.ndarray, cap: int = 3) -> list[tuple[int, ...]]:
    """Topics of each row: none when the gate is under its threshold, else those over theirs (at most `cap`)."""
    out = []
    for g, p in zip(gate, probs):
        ratio = p / th
        on = [int(k) for k in np.argsort(-ratio) if ratio[k] >= 1.0][:cap] if g >= gate_th else []
        out.append(tuple(sorted(k + 1 for k in on)))
    return out


def tune_topic_thresholds(gate: np.ndarray, probs: np.ndarray, y: np.ndarray, cap: int) -> tuple[float, np.ndarray]:
    """Per-topic thresholds (F1 on rows that have a topic), then the gate threshold (micro-F1 over all rows)."""
    has = y.sum(1) > 0
    grid = np.arange(0.05, 0.951, 0.025)
    th = np.full(16, 0.5)
    for k in range(16):
        yk, pk = y[has, k], probs[has, k]
        if yk.sum() == 0:
            th[k] = 0.95
            continue
        f1s = [_f1(yk, pk >= t) for t in grid]
        th[k] = grid[int(np.argmax(f1s))]
    gold = [tuple(np.flatnonzero(r) + 1) for r in y]
    best = (-1.0, 0.5)
    for t in grid:
        pred = decide_topics(gate, probs, t, th, cap)
        f = _micro(gold, pred)
        if f > best[0] + 1e-12:
            best = (f, float(t))
    return best[1], th


def _f1(y: np.ndarray, p: np.ndarray) -> float:
    tp = int((y & p).sum())
    fp = int((~y.astype(bool) & p).sum())
    fn = int((y.astype(bool) & ~p).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _micro(gold: Sequence[Sequence[int]], pred: Sequence[Sequence[int]]) -> float:
    tp = sum(len(set(g) & set(p)) for g, p in zip(gold, pred))
    fp = sum(len(set(p) - set(g)) for g, p in zip(gold, pred))
    fn = sum(len(set(g) - set(p)) for g, p in zip(gold, pred))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def fit_tone(x: sp.csr_matrix, y: np.ndarray, cfg: TrainConfig) -> LogisticRegression:
    """Multinomial logistic regression over the three tones, classes balanced."""
    return LogisticRegression(C=cfg.c_tone, class_weight="balanced", max_iter=3000, random_state=cfg.seed).fit(x, y)


def decide_tone(probs: np.ndarray, neg_th: float) -> list[str]:
    """Negative when its probability reaches the threshold, else the likelier of neutral and positive."""
    return ["negative" if p[0] >= neg_th else ("neutral" if p[1] >= p[2] else "positive") for p in probs]


def tune_negative_threshold(probs: np.ndarray, y: np.ndarray, recall: float) -> float:
    """The threshold with the best macro-F1 among those whose negative recall reaches `recall`."""
    from nlp.evaluate import tone_metrics

    gold = [TONES[k] for k in y]
    best: tuple[float, float] | None = None
    for t in np.arange(0.05, 0.8, 0.01):
        m = tone_metrics(gold, decide_tone(probs, t))
        if m["negative_recall"] >= recall and (best is None or m["macro_f1"] > best[0] + 1e-12):
            best = (m["macro_f1"], float(t))
    return best[1] if best else 0.05


# ---------------------------------------------------------------------------------------------- weak data


def seed_weak_labels(data: Data, ids: Iterable[str]) -> tuple[list[str], np.ndarray]:
    """Weak topic labels of unlabelled education items: the topics whose seed phrases occur (≤3)."""
    from nlp.analysis import _seeds
    from nlp.seeds import match_seeds

    seeds = _seeds()
    keep, rows = [], []
    for i in ids:
        found = match_seeds(data.seg[i][0].replace("_", " "), seeds)
        if found:
            top = sorted(found, key=lambda t: (-len(found[t]), t))[:3]
            row = np.zeros(16, np.int8)
            row[[t - 1 for t in top]] = 1
            keep.append(i)
            rows.append(row)
    return keep, (np.array(rows) if rows else np.zeros((0, 16), np.int8))


def self_labels(fit: TopicFit, x: sp.csr_matrix, sure: float = 0.85) -> tuple[np.ndarray, np.ndarray]:
    """Confident predictions on unlabelled rows: (row mask, 0/1 topic rows)."""
    gate, probs = fit.predict(x)
    no_topic = gate <= 1 - sure
    topical = (gate >= sure) & (probs.max(1) >= sure) & (((probs >= sure) | (probs <= 1 - sure)).all(1))
    y = (probs >= sure).astype(np.int8)
    y[no_topic] = 0
    return no_topic | topical, y


# ---------------------------------------------------------------------------------------------- runs


@dataclass
class Fitted:
    featurizer: Featurizer
    topics: TopicFit
    tone: LogisticRegression
    gate_threshold: float
    topic_thresholds: np.ndarray
    negative_threshold: float
    pool: tuple[sp.csr_matrix, np.ndarray] | None = None  # nearest-neighbour pool: rows and their topics (0/1)


class Trainer:
    """Fits and cross-validates the models of one configuration over one Data.

    The vocabulary and IDF are learnt once over every text the run may read (unsupervised: no label is
    used), and every fold slices the same matrices, so cross-validation costs only the model fits.
    """

    def __init__(self, data: Data, cfg: TrainConfig, fit_ids: Sequence[str], log: Log = print):
        self.data, self.cfg, self.log = data, cfg, log
        self.ids = list(fit_ids)
        pool = self.ids + (data.idf_pool if cfg.idf_unlabelled else [])
        self.fz = Featurizer(body_weight=cfg.body_weight, body_tokens=cfg.body_tokens, min_df=cfg.min_df,
                             max_features=cfg.max_features).fit(data.seg[i][0] for i in pool)
        self.x_fit = self.x(self.ids)
        self.y = topic_matrix([data.labels[i] for i in self.ids])
        self.y_tone = np.array([TONES.index(data.labels[i].sentiment) for i in self.ids])
        neg = data.negatives[: cfg.negatives] + data.jobs[: cfg.negatives_jobs]
        self.x_neg = self.x(neg) if neg else None
        self.weak = seed_weak_labels(data, data.unlabelled) if cfg.seed_weak > 0 else ([], np.zeros((0, 16), np.int8))
        self.x_weak = self.x(self.weak[0]) if self.weak[0] else None
        self.x_unl = self.x(data.unlabelled) if cfg.self_train > 0 and data.unlabelled else None

    def x(self, ids: Sequence[str]) -> sp.csr_matrix:
        return self.fz.transform([self.data.seg[i][0] for i in ids], [self.data.seg[i][1] for i in ids])

    def extra(self, base: TopicFit) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray] | None:
        cfg = self.cfg
        parts = []
        if self.x_weak is not None:
            parts.append((self.x_weak, self.weak[1], np.full(self.x_weak.shape[0], cfg.seed_weak)))
        if self.x_unl is not None:
            mask, y = self_labels(base, self.x_unl)
            if mask.any():
                parts.append((self.x_unl[mask], y[mask], np.full(int(mask.sum()), cfg.self_train)))
        if not parts:
            return None
        return sp.vstack([p[0] for p in parts]).tocsr(), np.vstack([p[1] for p in parts]), np.concatenate([p[2] for p in parts])

    def fit_rows(self, rows: np.ndarray) -> tuple[TopicFit, LogisticRegression]:
        """Topic and tone models fitted on some rows of the fit items (plus unlabelled data per config)."""
        x, y = self.x_fit[rows], self.y[rows]
        base = fit_topics(x, y, self.x_neg, self.cfg)
        extra = self.extra(base) if (self.x_weak is not None or self.x_unl is not None) else None
        topics = fit_topics(x, y, self.x_neg, self.cfg, extra) if extra is not None else base
        return topics, fit_tone(x, self.y_tone[rows], self.cfg)

    def pool(self, rows: np.ndarray) -> tuple[sp.csr_matrix, np.ndarray]:
        """The nearest-neighbour pool of models fitted on `rows`: those fit items and the negatives ("no topic")."""
        if self.x_neg is None or not self.x_neg.shape[0]:
            return self.x_fit[rows], self.y[rows]
        return (sp.vstack([self.x_fit[rows], self.x_neg]).tocsr(),
                np.vstack([self.y[rows], np.zeros((self.x_neg.shape[0], 16), np.int8)]))

    def votes(self, x: sp.csr_matrix, pool: tuple[sp.csr_matrix, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """``neighbour_votes`` of rows `x` among a pool (in slices, so the similarities stay small)."""
        out = [neighbour_votes((x[k:k + 500] @ pool[0].T).toarray(), pool[1], self.cfg.knn_k, self.cfg.knn_power)
               for k in range(0, x.shape[0], 500)]
        return np.concatenate([o[0] for o in out]), np.vstack([o[1] for o in out])

    def out_of_fold(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Gate, topic and tone probabilities of each fit item from models (and a neighbour pool) that did not
        see its group."""
        groups = ([self.data.groups.get(i, -k - 1) for k, i in enumerate(self.ids)] if self.data.groups
                  else near_duplicate_groups([self.data.seg[i][0] for i in self.ids]))
        n = len(self.ids)
        gate, probs, tone = np.zeros(n), np.zeros((n, 16)), np.zeros((n, 3))
        for a, b in GroupKFold(self.cfg.folds).split(self.ids, groups=groups):
            topics, tone_m = self.fit_rows(a)
            gate[b], probs[b] = topics.predict(self.x_fit[b])
            if self.cfg.knn_weight:
                gate[b], probs[b] = blend(gate[b], probs[b], self.votes(self.x_fit[b], self.pool(a)), self.cfg.knn_weight)
            tone[b] = tone_m.predict_proba(self.x_fit[b])
        return gate, probs, tone

    def run(self) -> tuple[Fitted, dict]:
        """Tune decision rules out of fold, then fit on all fit items; also return the out-of-fold decisions."""
        self.log(f"  dự đoán chéo (out-of-fold) trên {number(len(self.ids))} bài, {number(self.cfg.folds)} phần chia theo nhóm…")
        gate, probs, tone = self.out_of_fold()
        # Decision rules are tuned on the Baomoi items only: extra rows (the demo's modern texts, full-length
        # articles) teach the models words, not where the thresholds of the headline population lie.
        rows = np.array([self.data.origin.get(i, "") not in EXTRA_ORIGINS for i in self.ids])
        gate_th, th = tune_topic_thresholds(gate[rows], probs[rows], self.y[rows], self.cfg.max_topics)
        neg_th = tune_negative_threshold(tone[rows], self.y_tone[rows], self.cfg.negative_recall)
        oof = {"topics": decide_topics(gate, probs, gate_th, th, self.cfg.max_topics), "tone": decide_tone(tone, neg_th)}
        self.log("  huấn luyện trên toàn bộ các bài này…")
        every = np.arange(len(self.ids))
        topics, tone_m = self.fit_rows(every)
        return Fitted(self.fz, topics, tone_m, gate_th, th, neg_th, self.pool(every)), oof


def to_bundle(f: Fitted, cfg: TrainConfig, meta: dict) -> Bundle:
    """The arrays of a fitted run, as shipped."""
    vec = f.featurizer.vectorizer
    assert vec is not None
    vocab = vec.vocabulary_
    n = len(vocab)
    weights = np.zeros((n, 20), np.float32)
    bias = np.zeros(20, np.float32)
    weights[:, 0], bias[0] = f.topics.gate.coef_[0], f.topics.gate.intercept_[0]
    for k, m in enumerate(f.topics.topics):
        if isinstance(m, float):
            bias[1 + k] = -30.0 if m < 0.5 else 30.0
        else:
            weights[:, 1 + k], bias[1 + k] = m.coef_[0], m.intercept_[0]
    assert list(f.tone.classes_) == [0, 1, 2]
    weights[:, 17:20], bias[17:20] = f.tone.coef_.T, f.tone.intercept_
    names = [""] * n
    for term, j in vocab.items():
        names[j] = term
    knn: dict = {}
    if f.pool is not None and cfg.knn_weight:
        postings = f.pool[0].tocsc()
        postings.sort_indices()
        knn = dict(pool_indptr=postings.indptr.astype(np.int64), pool_rows=postings.indices.astype(np.int32),
                   pool_values=postings.data.astype(np.float32), pool_topics=f.pool[1].astype(np.int8),
                   knn_k=cfg.knn_k, knn_power=cfg.knn_power, knn_weight=cfg.knn_weight)
    return Bundle(vocabulary=dict(vocab), idf=vec.idf_.astype(np.float32), weights=weights, bias=bias,
                  topic_thresholds=f.topic_thresholds.astype(np.float32), gate_threshold=f.gate_threshold,
                  negative_threshold=f.negative_threshold, body_weight=cfg.body_weight, body_tokens=cfg.body_tokens,
                  max_topics=cfg.max_topics, meta=meta, names=names, **knn)


def label_digest(labels_dir: Path = LABELS_DIR, demo: bool = False, written: bool = False) -> str:
    """A short hash of the label and split files (and the demo's labels and the written items when used),
    recorded with the models."""
    h = hashlib.sha1()
    splits = [labels_dir / "split.tsv", labels_dir / FULLTEXT_SPLIT]
    extra = ([DEMO_DIR / "truth.jsonl"] if demo else []) + (sorted(WRITTEN_DIR.glob("*.jsonl")) if written else [])
    for p in sorted(labels_dir.glob("*.jsonl")) + splits + extra:
        if p.is_file():
            h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:12]


def train(shared: Path, out: Path, cfg: TrainConfig = TrainConfig(), cache: Path | None = None, workers: int = 2,
          limit: int = 0, experiments: bool = False, log: Log = print) -> dict:
    """Rebuild the models from the labels and the shared data into `out`; return the test metrics."""
    from nlp.report import evaluate_bundle, extra_locality_seg, long_articles, write_card

    started = time.monotonic()
    log(f"Đọc nhãn ({LABELS_DIR}) và văn bản ({shared})…")
    data = load_data(shared, cfg, cache, workers, limit=limit, log=log)
    fit_ids = data.ids("train", "dev")
    fitted, oof = Trainer(data, cfg, fit_ids, log).run()
    meta = {
        "trained_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "config": asdict(cfg), "labels": label_digest(demo=cfg.demo_items and not limit,
                                                                written=cfg.written_items and not limit),
        "fit_items": len(fit_ids), "demo_items": sum(1 for i in fit_ids if data.origin.get(i) == DEMO_ORIGIN),
        "written_items": sum(1 for i in fit_ids if data.origin.get(i) == WRITTEN_ORIGIN),
        "fulltext_items": sum(1 for i in fit_ids if data.origin.get(i) == FULLTEXT_ORIGIN),
        "negatives": min(cfg.negatives, len(data.negatives)) + min(cfg.negatives_jobs, len(data.jobs)),
        "unlabelled_education": len(data.unlabelled), "limit": limit,
    }
    bundle = to_bundle(fitted, cfg, meta)
    relevance = None
    if not limit:  # before the scoring: an article judged not about education gets no focus topic (nlp.analysis)
        from nlp.relevance import fit_relevance

        log("Huấn luyện mô hình độ liên quan giáo dục trên các đặc trưng của gói mô hình…")
        bundle.relevance, relevance = fit_relevance(bundle, shared, cache, workers, log=log)
    log("Chấm điểm trên phần dữ liệu kiểm tra để riêng…")
    report = evaluate_bundle(bundle, data, extra_locality_seg(shared, cache, workers, log) if not limit else None)
    report["out_of_fold"] = _oof_summary(data, fit_ids, oof)  # over the Baomoi items (the bars' population)
    if not limit:
        log("Kiểm tra trên các bài toàn văn (VNTC)…")
        report["long_articles"] = long_articles(bundle, shared, cache, workers, log)
    report["train_seconds"] = round(time.monotonic() - started, 1)
    if experiments:
        from nlp import experiments as exp

        log("So sánh các cách dùng dữ liệu chưa gán nhãn và dữ liệu bên ngoài trên phần dev…")
        out.mkdir(parents=True, exist_ok=True)
        exp.run(data, cfg, shared, out, log)
    bundle.meta["metrics"] = {k: report[k] for k in ("test_items", "locality_items", "bars_met", "out_of_fold", "fulltext")
                              if report.get(k) is not None}
    bundle.meta["metrics"]["headline"] = report["systems"]["model"]["headline"]
    path = bundle.save(out)
    (out / "metrics.json").write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    if not limit:
        write_card(out, json.loads((out / "metadata.json").read_text(encoding="utf-8")), report)
        from nlp.relevance import save_relevance, write_card_section

        save_relevance(bundle.relevance, relevance, out)  # after the bundle it was made for
        write_card_section(out, relevance)
    log(f"Mô hình → {path} ({decimal(path.stat().st_size / 1e6)} MB) trong {number(report['train_seconds'])} giây")
    return report


def _oof_summary(data: Data, ids: Sequence[str], oof: dict) -> dict:
    from nlp.evaluate import headline, locality_metrics, tone_metrics, topic_metrics

    keep = [k for k, i in enumerate(ids) if data.origin.get(i) not in EXTRA_ORIGINS]
    ids, oof = [ids[k] for k in keep], {name: [v[k] for k in keep] for name, v in oof.items()}
    gold = [data.labels[i] for i in ids]
    non_edu = [data.origin[i] != "baomoi_education.jsonl" and not data.labels[i].topics for i in ids]
    t = topic_metrics([g.topics for g in gold], oof["topics"], non_edu)
    s = tone_metrics([g.sentiment for g in gold], oof["tone"])
    return {k: round(v, 4) for k, v in headline(t, s, locality_metrics([], [])).items() if "locality" not in k}
