"""Understanding articles: pure functions over text.

``analyse(title, summary, text)`` normalises and segments the text once, then gives the topics
(1–16), the tone for the education sector and the locality (Hậu Giang), with the terms that drove
each decision. Trained models in ``nlp/models`` are used when present; otherwise the seed-phrase
matcher and cue lexicon of the first implementation.
"""
from __future__ import annotations

from nlp.analysis import Analysis, analyse, analyse_many, classify_sentiment, classify_topic

__all__ = ["Analysis", "analyse", "analyse_many", "classify_sentiment", "classify_topic"]
