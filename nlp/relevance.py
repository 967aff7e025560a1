"""Education relevance: the probability that an article is about education at all, focus topic or not.

The detector raises a story without a focus topic only when its articles are about education (the school year's
opening, a professor's spelling reform): an evaluator's general-news stream, or a national outlet's section that
carries other news, must not alert a Sở GD&ĐT on petrol prices or tennis. The model is one logistic regression
over the shipped bundle's TF-IDF row of the title + lead (``Bundle.features(head)``, as the gate reads it), so it
adds one weight column and never changes the topic and tone models.

It is kept as its own artefact beside the bundle (``relevance.npz`` + ``relevance.json``), built by
``diemnong train`` after the bundle (or alone: ``python -m nlp.relevance``). Retraining the whole bundle takes long
on two cores and would have to reproduce the shipped topic and tone models to the figure; a separate artefact keeps
them byte for byte. The artefact records a digest of the bundle's vocabulary: against another bundle it is not used
(every article then reads as education, the behaviour before the model).

Training rows (``shared/data``): positives are Baomoi education items, VNTC education articles and labelled items
with a focus topic; negatives are Baomoi other-topic items (without a focus topic), VNTC's other sections and jobs
news that names no school, pupil, graduate, training or hiring (``nlp.train.EDUCATION_WORDS``, the words the bundle's gate
uses for the same choice: civil-service staffing, wages, cadres' appointments). Jobs items count as positives when
labelled with a topic (vocational training, graduate hiring: topic 16); the other jobs items are left out (teachers'
pay, graduates' jobs: either way is possible), and so are other-topic items and VNTC's other sections that name pupils,
teachers or schools (``SCHOOL_WORDS``). Today's news, which those 2005–18 corpora never name, comes from the
items written for the project (each judged education or not) and the demo stream's items with a focus topic.

It also decides topics: an article it judges not about education (below ``THRESHOLD``) gets no focus topic
(``nlp.analysis``), as ANNOTATION.md asks — the topic models read words, and a crime or civil-service story can share
them with a focus topic. Held out, never trained on: the committed test split for labelled items, a stable hash of the id for the
rest (one in five).
"""
from __future__ import annotations

import hashlib
import json
import re
import logging
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from nlp.bundle import Bundle

ARTEFACT = "relevance.npz"
REPORT = "relevance.json"
THRESHOLD = 0.5  # "judged education" for the held-out figures and the detector's share of articles
Log = Callable[[str], None]
log = logging.getLogger(__name__)
# What a damaged artefact raises from np.load and the reading of its arrays: a truncated zip (BadZipFile), an empty
# file (EOFError, ValueError), a missing array (KeyError), a lone .npy or a pickle (TypeError, ValueError).
DAMAGED = (OSError, EOFError, ValueError, KeyError, TypeError, zipfile.BadZipFile)
NOT_USED = "không dùng, mọi bài được coi là tin giáo dục như trước khi có mô hình; chạy `diemnong train` để tạo lại"


def vocabulary_digest(bundle: Bundle) -> str:
    """A short hash of the bundle's feature names, in order: the relevance weights are indexed by them."""
    return hashlib.sha1("\n".join(bundle.names).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Relevance:
    """One weight per bundle feature and a bias: P(education) = sigmoid(row · weights + bias)."""

    weights: np.ndarray
    bias: float
    digest: str

    def probability(self, idx: np.ndarray, val: np.ndarray) -> float:
        z = float(val @ self.weights[idx]) + self.bias if len(idx) else self.bias
        return float(1.0 / (1.0 + np.exp(-z)))

    def save(self, directory: Path) -> Path:
        """Written whole or not at all (a temporary file in the same folder, then renamed over the old one): an
        interrupted `diemnong train` left a truncated relevance.npz that the next start could not read."""
        path = directory / ARTEFACT
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{ARTEFACT}.", suffix=".new")
        try:
            with os.fdopen(fd, "wb") as fh:
                np.savez_compressed(fh, weights=self.weights.astype(np.float32), bias=np.float32(self.bias),
                                    digest=np.array(self.digest))
            os.chmod(tmp, 0o644)  # mkstemp makes it 0600: the service may run as another user, as the bundle's file
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    @classmethod
    def load(cls, directory: Path, bundle: Bundle) -> Relevance | None:
        """The artefact in `directory` when it is there and made for this bundle's vocabulary, else None: silently
        when there is none, with a warning in the log when it is damaged or made for another bundle (every article
        then reads as education, never a traceback at start)."""
        path = directory / ARTEFACT
        if not path.is_file():
            return None
        try:
            rel = cls._read(path)
        except DAMAGED as exc:
            log.warning("mô hình độ liên quan giáo dục %s hỏng, không đọc được (%s: %s): %s", path, type(exc).__name__,
                        exc, NOT_USED)
            return None
        if rel.digest != vocabulary_digest(bundle) or len(rel.weights) != len(bundle.names):
            log.warning("mô hình độ liên quan giáo dục %s được tạo cho một bộ mô hình khác: %s", path, NOT_USED)
            return None
        return rel

    @classmethod
    def _read(cls, path: Path) -> Relevance:
        with np.load(path, allow_pickle=False) as data:
            weights, bias, digest = data["weights"], data["bias"], data["digest"]
        if weights.ndim != 1 or not np.issubdtype(weights.dtype, np.floating) or not np.isfinite(weights).all():
            raise ValueError("trọng số không phải một dãy số")
        return cls(weights, float(bias), str(digest))


# ---------------------------------------------------------------------------------------------- training rows


# Words of schooling. Another section's news that names them may be about education (pupils drowned, teachers' pay,
# a school's dyke): a negative only by the section it came from, so it is left out of the rows rather than taught as
# other news — the model decides focus topics too, and must not learn to take them from such news.
SCHOOL_WORDS = re.compile(r"học sinh|giáo viên|sinh viên|nhà giáo|cô giáo|thầy giáo|trường học|mầm non|tiểu học|THCS|"
                          r"THPT|đại học|học phí|giáo dục|thí sinh|học đường|nhà trường|trẻ em|học bổng|lớp học|"
                          r"phòng học", re.I)


def _held_out(item_id: str) -> bool:
    return int(hashlib.sha1(item_id.encode()).hexdigest()[:8], 16) % 5 == 0


def training_rows(shared: Path, log: Log = print) -> tuple[list, list[int], list[bool], list[bool]]:
    """(items, 1 = education, held out?, labelled education item without a focus topic?)."""
    from diemnong.text import split_lead
    from nlp.corpus import Item, baomoi_items, load_labels, load_split, require_shared, vntc_items
    from nlp.train import EDUCATION_WORDS

    labels, split = load_labels(), load_split()
    items, y, held, bare = [], [], [], []
    for it in baomoi_items(require_shared(shared)):
        lab = labels.get(it.id)
        topical = bool(lab and lab.topics)
        if it.origin == "baomoi_jobs.jsonl" and not topical and EDUCATION_WORDS.search(f"{it.title} {it.summary}"):
            continue  # jobs news naming schools, graduates or hiring may be about education (teachers' pay): not sure
        if it.origin == "baomoi_other_topics.jsonl" and not topical and SCHOOL_WORDS.search(f"{it.title} {it.summary}"):
            continue  # another section's news of pupils or schools (a pupil drowned, a school's dyke): not sure either
        edu = it.origin == "baomoi_education.jsonl" or topical
        items.append(it)
        y.append(int(edu))
        held.append(split.get(it.id) == "test" if lab else _held_out(it.id))
        bare.append(bool(lab) and it.origin == "baomoi_education.jsonl" and not topical)
    base = shared / "vntc-27topics-test-education"
    for name, edu in (("education_full.jsonl", 1), ("other_topics_sample.jsonl", 0)):
        for it in vntc_items(base / name):
            lead = split_lead(it.text)[0] if it.text else ""
            if not edu and SCHOOL_WORDS.search(f"{it.title} {lead}"):
                continue
            items.append(Item(it.id, it.title, lead[:400], "", it.origin))
            y.append(edu)
            held.append(_held_out(it.id))
            bare.append(False)
    for it, edu in modern_rows():
        items.append(it)
        y.append(edu)
        held.append(_held_out(it.id))
        bare.append(False)
    log(f"  độ liên quan giáo dục: {len(items)} bài ({sum(y)} về giáo dục), để riêng {sum(held)} bài")
    return items, y, held, bare


def modern_rows() -> list[tuple[object, int]]:
    """Today's news, which the 2005–18 corpora never name (Thông tư 29, school mergers, the 2025 reform): the items
    written for the project (``nlp/labels/written``, each judged education or not) and the demo stream's items that
    have a focus topic (its others are not judged either way)."""
    from nlp.corpus import WRITTEN_DIR, demo_items, read_jsonl, written_items

    flags = {r["id"]: bool(r["education"]) for path in sorted(WRITTEN_DIR.glob("*.jsonl")) for r in read_jsonl(path)
             if "education" in r}
    rows: list[tuple[object, int]] = [(it, int(flags[it.id])) for it in written_items()[0] if it.id in flags]
    items, labels, _story = demo_items()
    return rows + [(it, 1) for it in items if labels[it.id].topics]


def head_of(seg: tuple[str, str]) -> str:
    """The segmented head the model reads, as classifying reads it (a title alone takes the body's first paragraph)."""
    from nlp.features import model_parts

    return model_parts(*seg)[0]


def _matrix(bundle: Bundle, heads: Sequence[str]):
    import scipy.sparse as sp

    rows = [bundle.features(h) for h in heads]
    indptr = np.cumsum([0] + [len(r[0]) for r in rows])
    idx = np.concatenate([r[0] for r in rows]) if rows else np.zeros(0, np.int64)
    val = np.concatenate([r[1] for r in rows]) if rows else np.zeros(0, np.float32)
    return sp.csr_matrix((val, idx, indptr), shape=(len(rows), len(bundle.names)))


def _figures(p: np.ndarray, y: np.ndarray, bare: np.ndarray) -> dict:
    on = p >= THRESHOLD
    tp, fp, fn = int((on & (y == 1)).sum()), int((on & (y == 0)).sum()), int((~on & (y == 1)).sum())
    return {"items": int(len(y)), "education": int(y.sum()),
            "precision": round(tp / max(tp + fp, 1), 4), "recall": round(tp / max(tp + fn, 1), 4),
            "accuracy": round(float((on == (y == 1)).mean()), 4),
            "no_topic_education_items": int(bare.sum()),
            "no_topic_education_recall": round(float(on[bare].mean()), 4) if bare.any() else None}


def held_out_figures(bundle: Bundle, rel: Relevance, shared: Path, cache: Path | None = None, workers: int = 2,
                     log: Log = print) -> dict:
    """Precision, recall and accuracy of `rel` on the held-out rows (segmenting only those), and the share of held-out
    labelled education items without a focus topic judged education: the stories the detector must still raise."""
    from nlp.train import segment_items

    items, y, held, bare = training_rows(shared, log)
    keep = [k for k, h in enumerate(held) if h]
    seg = segment_items([items[k] for k in keep], cache, workers, log)
    p = np.array([rel.probability(*bundle.features(head_of(seg[items[k].id]))) for k in keep])
    return _figures(p, np.array([y[k] for k in keep]), np.array([bare[k] for k in keep], dtype=bool))


def train_relevance(bundle: Bundle, shared: Path, out: Path, cache: Path | None = None, workers: int = 2,
                    c: float = 10.0, seed: int = 84, log: Log = print) -> dict:
    """Fit the relevance model on the bundle's features, write it and its held-out figures into `out`."""
    rel, report = fit_relevance(bundle, shared, cache, workers, c, seed, log)
    save_relevance(rel, report, out)
    return report


def save_relevance(rel: Relevance, report: dict, out: Path) -> None:
    """The artefact and its figures, written beside the bundle they were made for (after it: an interrupted `diemnong
    train` must not leave a relevance model for a bundle it never saved)."""
    out.mkdir(parents=True, exist_ok=True)
    rel.save(out)
    (out / REPORT).write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def fit_relevance(bundle: Bundle, shared: Path, cache: Path | None = None, workers: int = 2, c: float = 10.0,
                  seed: int = 84, log: Log = print) -> tuple[Relevance, dict]:
    """The relevance model fitted on the bundle's features, and its held-out figures (nothing written)."""
    from sklearn.linear_model import LogisticRegression

    from nlp.train import segment_items

    items, y, held, bare = training_rows(shared, log)
    seg = segment_items(items, cache, workers, log)
    x = _matrix(bundle, [head_of(seg[i.id]) for i in items])
    y_, held_, bare_ = np.array(y), np.array(held), np.array(bare)
    model = LogisticRegression(C=c, solver="liblinear", dual=True, max_iter=5000, random_state=seed,
                               class_weight="balanced").fit(x[~held_], y_[~held_])
    rel = Relevance(model.coef_[0].astype(np.float32), float(model.intercept_[0]), vocabulary_digest(bundle))
    p = np.array([rel.probability(x.indices[a:b], x.data[a:b]) for a, b in
                  zip(x.indptr[:-1][held_], x.indptr[1:][held_])])  # as scored in use (float32 weights)
    report = {"held_out": _figures(p, y_[held_], bare_[held_]), "trained_items": int((~held_).sum()), "c": c,
              "threshold": THRESHOLD, "bundle_vocabulary": rel.digest}
    log(f"  độ liên quan giáo dục, phần để riêng: {report['held_out']}")
    return rel, report


CARD_HEADING = "## Education relevance (nlp/relevance.py)"


def write_card_section(out: Path, report: dict) -> None:
    """The relevance model's section at the end of the model card (replaced when there)."""
    card = out / "MODEL_CARD.md"
    text = card.read_text(encoding="utf-8") if card.is_file() else ""
    text = text.split(f"\n{CARD_HEADING}")[0].rstrip("\n") + "\n"
    h = report["held_out"]
    text += f"""
{CARD_HEADING}

Probability that an article is about education at all, focus topic or not (`Classification.education`, `classify`'s
`education`): one logistic regression (C={report["c"]}, classes balanced) over the bundle's TF-IDF row of the title + lead,
kept beside the bundle in `{ARTEFACT}` (figures in `{REPORT}`), built by `diemnong train` before the bundle is scored or
alone by `python -m nlp.relevance`. An article it judges below {report["threshold"]} gets no focus topic (the figures
above are scored so). The detector raises a story without a focus topic only when its articles' mean reaches
`detector.education_min`. Positives: Baomoi education items, VNTC education articles, labelled items with a focus
topic (jobs items too); negatives: Baomoi other-topic items, VNTC's other sections and jobs items without a focus topic
that name no school, pupil, graduate, training or hiring (civil-service staffing, wages, appointments); the other jobs
items are left out, and so is other sections' news that names pupils, teachers or schools (a pupil drowned, teachers'
pay: education by what it tells, other news only by its section); today's news from the items written for the project
(judged education or not) and the demo's items with a focus topic. Trained on {report["trained_items"]:,} items; held out (the committed test split for labelled items, one in
five by a hash of the id for the rest), judged education at ≥ {report["threshold"]}:

| held-out items | about education | precision | recall | accuracy | labelled education items without a focus topic judged education |
|---:|---:|---:|---:|---:|---:|
| {h["items"]:,} | {h["education"]:,} | {h["precision"]:.3f} | {h["recall"]:.3f} | {h["accuracy"]:.3f} | {h["no_topic_education_recall"]:.3f} of {h["no_topic_education_items"]} |

Of the topic-less items of Baomoi's education section judged other news, most are not about schooling (Tết gifts
to policy families, traffic fines, a hospital row: the section carries them); a few are (a foreign teacher of a
language centre insulting a general). A story is judged by its articles' mean, so one such article among education
ones does not sink it.
"""
    card.write_text(text, encoding="utf-8")


def main() -> None:
    """Build the relevance artefact for the bundle in the shipped folder (``python -m nlp.relevance [shared]``)."""
    import sys

    from diemnong.cli import shared_data
    from diemnong.config import load_settings
    from nlp.bundle import MODELS_DIR

    settings = load_settings()
    shared = shared_data(settings, sys.argv[1] if len(sys.argv) > 1 else None)
    report = train_relevance(Bundle.load(MODELS_DIR), shared, MODELS_DIR, cache=settings.home / "cache")
    write_card_section(MODELS_DIR, report)


if __name__ == "__main__":
    main()
