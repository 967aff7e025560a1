"""Quality measures of topics, tone and locality, and the table that compares models with baselines."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

TOPIC_IDS = tuple(range(1, 17))
TONES = ("negative", "neutral", "positive")

# The bars of issue 4, on the held-out test split: (metric, at least / at most, value).
BARS: dict[str, tuple[str, float]] = {
    "topics micro-F1": (">=", 0.80),
    "topics macro-F1 (topics with ≥10 test items)": (">=", 0.70),
    "'no focus topic' accuracy": (">=", 0.90),
    "non-education news given a topic": ("<=", 0.03),
    "tone macro-F1": (">=", 0.70),
    "tone negative recall": (">=", 0.80),
    "locality F1": (">=", 0.95),
}

# The tables' words as `diemnong evaluate` prints them; the report's keys (--json) and the model card keep the English.
VIETNAMESE = {
    "metric": "chỉ số", "bar": "ngưỡng", "met": "đạt", "yes": "có", "**no**": "**không**",
    "model": "mô hình", "seed-phrase baseline": "so sánh: dò cụm từ khóa",
    "majority class": "so sánh: luôn đoán lớp phổ biến nhất",
    "education sections": "mục Giáo dục", "other sections": "các mục khác",
    "topics micro-F1": "chủ đề: micro-F1",
    "topics macro-F1 (topics with ≥10 test items)": "chủ đề: macro-F1 (các chủ đề có ≥10 bài kiểm tra)",
    "'no focus topic' accuracy": "tỷ lệ đúng «không có chủ đề trọng tâm»",
    "non-education news given a topic": "tỷ lệ tin ngoài giáo dục bị gán chủ đề",
    "tone macro-F1": "sắc thái: macro-F1",
    "tone negative recall": "sắc thái: độ phủ (recall) tin tiêu cực",
    "locality F1": "địa phương (Hậu Giang): F1",
}


def vietnamese(word: str) -> str:
    """A table's word in Vietnamese; a column with its count, «other sections (103)», keeps the count."""
    name, count = re.fullmatch(r"(.*?)((?: \(\d+\))?)", word).groups()  # type: ignore[union-attr]
    return VIETNAMESE.get(name, name) + count


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def topic_metrics(gold: Sequence[Sequence[int]], pred: Sequence[Sequence[int]], non_education: Sequence[bool],
                  min_support: int = 10) -> dict:
    """Micro-F1, macro-F1 over well-supported topics, 'no topic' accuracy and the non-education topic rate."""
    per: dict[int, dict[str, float]] = {}
    tp_all = fp_all = fn_all = 0
    for t in TOPIC_IDS:
        tp = sum(1 for g, p in zip(gold, pred) if t in g and t in p)
        fp = sum(1 for g, p in zip(gold, pred) if t not in g and t in p)
        fn = sum(1 for g, p in zip(gold, pred) if t in g and t not in p)
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        p, r, f = _prf(tp, fp, fn)
        per[t] = {"precision": p, "recall": r, "f1": f, "support": tp + fn}
    supported = [t for t in TOPIC_IDS if per[t]["support"] >= min_support]
    non_edu = [bool(p) for p, ne in zip(pred, non_education) if ne]
    return {
        "micro_f1": _prf(tp_all, fp_all, fn_all)[2],
        "macro_f1": float(np.mean([per[t]["f1"] for t in supported])) if supported else 0.0,
        "macro_topics": supported,
        "none_accuracy": float(np.mean([(not g) == (not p) for g, p in zip(gold, pred)])) if gold else 0.0,
        "non_education_rate": float(np.mean(non_edu)) if non_edu else 0.0,
        "non_education_n": len(non_edu),
        "per_topic": per,
        "n": len(gold),
    }


def tone_metrics(gold: Sequence[str], pred: Sequence[str]) -> dict:
    """Macro-F1 over the three tones, per-tone precision/recall/F1 and accuracy."""
    per = {}
    for c in TONES:
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        p, r, f = _prf(tp, fp, fn)
        per[c] = {"precision": p, "recall": r, "f1": f, "support": tp + fn}
    return {"macro_f1": float(np.mean([per[c]["f1"] for c in TONES])), "negative_recall": per["negative"]["recall"],
            "accuracy": float(np.mean([g == p for g, p in zip(gold, pred)])) if gold else 0.0, "per_tone": per, "n": len(gold)}


def locality_metrics(gold: Sequence[bool], pred: Sequence[bool]) -> dict:
    """Precision, recall and F1 of the 'about Hậu Giang' decision."""
    tp = sum(1 for g, p in zip(gold, pred) if g and p)
    fp = sum(1 for g, p in zip(gold, pred) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred) if g and not p)
    p, r, f = _prf(tp, fp, fn)
    return {"precision": p, "recall": r, "f1": f, "positives": tp + fn, "n": len(gold)}


@dataclass(frozen=True)
class Row:
    metric: str
    values: tuple[float | None, ...]


def headline(topics: dict, tone: dict, locality: dict) -> dict[str, float]:
    """The figures the bars are about, by bar name."""
    return {
        "topics micro-F1": topics["micro_f1"],
        "topics macro-F1 (topics with ≥10 test items)": topics["macro_f1"],
        "'no focus topic' accuracy": topics["none_accuracy"],
        "non-education news given a topic": topics["non_education_rate"],
        "tone macro-F1": tone["macro_f1"],
        "tone negative recall": tone["negative_recall"],
        "locality F1": locality["f1"],
    }


def meets(metric: str, value: float) -> bool:
    """Whether a figure meets its bar."""
    op, bar = BARS[metric]
    return value >= bar if op == ">=" else value <= bar


def table(columns: dict[str, dict[str, float]], title: str = "", words: Callable[[str], str] = str) -> str:
    """A Markdown table: one row per bar, one column per system, the bar and whether the first system meets it;
    `words` names the headers, systems and bars (`vietnamese` for the administrator), the figures stay as they are."""
    names = list(columns)
    lines = [title] if title else []
    lines.append(f"| {words('metric')} | " + " | ".join(map(words, names)) + f" | {words('bar')} | {words('met')} |")
    lines.append("|---|" + "---:|" * len(names) + "---:|:---:|")
    for metric, (op, bar) in BARS.items():
        vals = [columns[n].get(metric) for n in names]
        cells = ["–" if v is None else f"{v:.3f}" for v in vals]
        first = vals[0]
        met = "–" if first is None else words("yes" if meets(metric, first) else "**no**")
        lines.append(f"| {words(metric)} | " + " | ".join(cells) + f" | {'≥' if op == '>=' else '≤'} {bar:.2f} | {met} |")
    return "\n".join(lines)
