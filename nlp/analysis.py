"""The facade: one call per article, one model load per process, bulk work over both cores.

An article is tidied (captions and bylines out), then segmented once by underthesea, title + lead and
body apart. Segmentation already applies underthesea's tone-mark normalisation to every token, so the
segmented text with its underscores turned back into spaces *is* the normalised text: nothing is
tokenised twice. Topics and tone come from the trained models in ``nlp/models`` when they are there,
else from the seed-phrase matcher and the cue lexicon; locality from the gazetteer rules.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

import numpy as np

from diemnong.config import default_catalog
from diemnong.domain import Classification
from nlp.locality import detect_locality
from nlp.bundle import Bundle, shipped, threshold_scale
from nlp.explain import read
from nlp.features import model_parts
from nlp.normalize import tidy
from nlp.relevance import THRESHOLD as EDUCATION_THRESHOLD
from nlp.seeds import match_seeds
from nlp.segment import segment
from nlp.tone import cue_tone

_BASELINE = object()  # pass as `bundle` to force the seed/cue baseline


def education(bundle: Bundle, idx: np.ndarray, val: np.ndarray) -> float:
    """Probability that an article is about education, from its head's row (title + lead, as tone reads it);
    1.0 without the relevance model."""
    return 1.0 if bundle.relevance is None else round(bundle.relevance.probability(idx, val), 4)


@dataclass(frozen=True)
class Analysis:
    title: str
    summary: str
    text: str
    segmented: str
    classification: Classification


@lru_cache(maxsize=1)
def _seeds() -> dict[int, tuple[str, ...]]:
    topics, _ = default_catalog()
    return {t.id: t.seeds for t in topics.values()}


def classify_topic(text: str) -> tuple[tuple[int, ...], dict[int, float], dict[str, list[str]]]:
    """Topics of a normalised text by seed phrases: (ids, scores, explanations by topic id)."""
    found = match_seeds(text, _seeds())
    scores = {t: min(1.0, 0.5 + 0.15 * len(hits)) for t, hits in found.items()}
    ranked = sorted(scores, key=lambda t: (-scores[t], t))[:3]
    return tuple(sorted(ranked)), scores, {str(t): found[t] for t in ranked}


def classify_sentiment(text: str) -> tuple[str, dict[str, float], list[str]]:
    """Tone of a normalised text for the education sector by cue phrases: (label, scores, cues)."""
    return cue_tone(text)


def _baseline(flat: str) -> tuple[tuple[int, ...], dict[int, float], str, dict[str, float], dict[str, list[str]]]:
    topics, topic_scores, topic_terms = classify_topic(flat)
    tone, tone_scores, tone_terms = classify_sentiment(flat)
    return topics, topic_scores, tone, tone_scores, {**{f"topic:{k}": v for k, v in topic_terms.items()}, "sentiment": tone_terms}


def _modelled(bundle: Bundle, head: str, body: str,
              explain: bool = True) -> tuple[tuple[int, ...], dict[int, float], str, dict[str, float], dict[str, list[str]], float]:
    """Topics from the head and the start of the body (the linear models and the nearest labelled items'
    vote, ``Bundle.votes``); tone from the head (title + lead) alone. A head that is only a title takes the
    body's first paragraph as its lead (``model_parts``).

    Tone is what the news is ("the problem or the fix", ANNOTATION.md), which the headline and lead say;
    its labels and its recall-first threshold were made on headlines and leads only. Read with the body,
    the model called two in three full-length demo articles negative (43 % are).
    """
    head, body = model_parts(head, body)
    idx, val = bundle.features(head, body)
    raw = bundle.scores(idx, val)
    tidx, tval = idx, val
    if body:
        tidx, tval = bundle.features(head)
        raw[17:20] = bundle.scores(tidx, tval)[17:20]
    topics, topic_scores, tone, tone_scores, _ = bundle.decide(raw, threshold_scale(), bundle.votes(idx, val))
    relevance = education(bundle, tidx, tval)  # the head's row, already made for tone
    if relevance < EDUCATION_THRESHOLD:
        topics = ()  # news that is not about education has no focus topic (ANNOTATION.md), whatever its words
    if not explain:
        return topics, topic_scores, tone, tone_scores, {}, relevance
    said = read(head)  # the words behind the tone; the topics read the start of the body too
    read_all = read(head, body, bundle.body_tokens) if body and bundle.body_weight > 0 else said
    terms = {f"topic:{t}": bundle.explain(idx, val, t, read_all) for t in topics}
    c = 17 + ("negative", "neutral", "positive").index(tone)
    terms["sentiment"] = bundle.explain(tidx, tval, c, said, contrast=[k for k in (17, 18, 19) if k != c])
    return topics, topic_scores, tone, tone_scores, terms, relevance


def classify_segmented(head: str, body: str = "", bundle: Bundle | object | None = None, explain: bool = True) -> Classification:
    """Classify an article from its segmented title + lead and segmented body (shipped models by default);
    ``explain=False`` skips the terms behind each decision (a quarter of the cost after segmentation)."""
    model = shipped() if bundle is None else (None if bundle is _BASELINE else bundle)
    if isinstance(model, Bundle):
        topics, topic_scores, tone, tone_scores, explain_terms, relevance = _modelled(model, head, body, explain)
    else:
        relevance = 1.0
        topics, topic_scores, tone, tone_scores, explain_terms = _baseline("\n".join(p for p in (head, body) if p).replace("_", " "))
    place = detect_locality(head.replace("_", " "), body.replace("_", " "))
    return Classification(topics=topics, topic_scores=topic_scores, sentiment=tone, sentiment_scores=tone_scores,
                          local=place.local, places=place.places, explanations=explain_terms if explain else {},
                          education=relevance)


def analyse(title: str, summary: str = "", text: str = "", explain: bool = True) -> Analysis:
    """Normalise, segment and classify one article (``explain``: with the terms behind each decision)."""
    title, summary, text = tidy(title), tidy(summary), tidy(text)
    head = "\n".join(segment(p) for p in (title, summary) if p)
    body = segment(text) if text else ""
    segmented = "\n".join(p for p in (head, body) if p)
    return Analysis(title, summary, text, segmented, classify_segmented(head, body, explain=explain))


def analyse_triple(item: tuple[str, str, str]) -> Analysis:
    """analyse() over a (title, summary, text) tuple, for process pools."""
    return analyse(*item)


def classify_chunk(items: list[tuple[str, str, str]], explain: bool = True) -> list[Classification]:
    """Classifications of (title, summary, text) triples, for process pools (small results to send back)."""
    return [analyse(*item, explain=explain).classification for item in items]


def warm() -> None:
    """Load the models and underthesea's segmenter now (in a parent, before worker processes fork)."""
    shipped()
    segment("khởi động")


def analyse_many(items: Iterable[tuple[str, str, str]], workers: int = 0, chunk: int = 16) -> Iterator[Analysis]:
    """Analyse (title, summary, text) triples in order, on `workers` processes (0 = one per core)."""
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        yield from map(analyse_triple, items)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(analyse_triple, items, chunksize=chunk)
