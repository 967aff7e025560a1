"""The facade: one call per article, one model load per process, bulk work over both cores."""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from diemnong.config import default_catalog
from diemnong.domain import Classification
from nlp.locality import detect_locality
from nlp.normalize import normalize, tidy
from nlp.seeds import match_seeds
from nlp.segment import segment
from nlp.tone import cue_tone


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
    """Topics of a normalised text: (ids, scores, explanations by topic id)."""
    found = match_seeds(text, _seeds())
    scores = {t: min(1.0, 0.5 + 0.15 * len(hits)) for t, hits in found.items()}
    ranked = sorted(scores, key=lambda t: (-scores[t], t))[:3]
    return tuple(sorted(ranked)), scores, {str(t): found[t] for t in ranked}


def classify_sentiment(text: str) -> tuple[str, dict[str, float], list[str]]:
    """Tone of a normalised text for the education sector: (label, scores, cues)."""
    return cue_tone(text)


def analyse(title: str, summary: str = "", text: str = "") -> Analysis:
    """Normalise, segment and classify one article."""
    title, summary, text = tidy(title), tidy(summary), tidy(text)
    joined = normalize("\n".join(p for p in (title, summary, text) if p))
    segmented = segment(joined)
    topics, topic_scores, topic_terms = classify_topic(joined)
    tone, tone_scores, tone_terms = classify_sentiment(joined)
    place = detect_locality(joined)
    cls = Classification(
        topics=topics,
        topic_scores=topic_scores,
        sentiment=tone,
        sentiment_scores=tone_scores,
        local=place.local,
        places=place.places,
        explanations={**{f"topic:{k}": v for k, v in topic_terms.items()}, "sentiment": tone_terms},
    )
    return Analysis(title, summary, text, segmented, cls)


def analyse_triple(item: tuple[str, str, str]) -> Analysis:
    """analyse() over a (title, summary, text) tuple, for process pools."""
    return analyse(*item)


def analyse_many(items: Iterable[tuple[str, str, str]], workers: int = 0, chunk: int = 16) -> Iterator[Analysis]:
    """Analyse (title, summary, text) triples in order, on `workers` processes (0 = one per core)."""
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        yield from map(analyse_triple, items)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(analyse_triple, items, chunksize=chunk)
