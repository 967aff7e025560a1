"""Understanding articles: pure functions over text.

``analyse(title, summary, text)`` tidies and segments the text once, then gives the topics (1–16),
the tone for the education sector and the locality (Hậu Giang), with the terms that drove each
decision. Trained models in ``nlp/models`` are used when present; otherwise the seed-phrase matcher
and cue lexicon of the first implementation. Names are imported lazily so that ``python -m nlp.…``
tools start without loading the models.
"""
from __future__ import annotations

from typing import Any

__all__ = ["Analysis", "analyse", "analyse_many", "classify_sentiment", "classify_topic"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from nlp import analysis

        return getattr(analysis, name)
    raise AttributeError(f"module 'nlp' has no attribute {name!r}")
