"""Features of an article from its segmented text: words, word pairs, syllables and syllable pairs.

The models read what ``segment`` already produced (``học_phí tăng``), so nothing is tokenised twice.
An article is two parts: the head (title and lead, what every news item has) and the body. Each part
is TF-IDF weighted on its own; the body counts ``body_weight`` as much as the head and only its first
``body_tokens`` tokens are read, so a long article is judged mostly by what its headline and lead say.
An article given with a title but no lead (a file, a feed without a sapo) gets the first paragraph of its
body as its lead (``model_parts``), in training and in service alike.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Sequence

import numpy as np

from diemnong.text import split_lead
from nlp.locality import mask_places

if TYPE_CHECKING:  # scikit-learn is needed to train, not to score
    import scipy.sparse as sp

WORDY = re.compile(r"\w")
DIGITS = re.compile(r"\d")


def model_parts(head: str, body: str) -> tuple[str, str]:
    """The (head, body) the models read: a head that is only a title (one line) takes the body's first
    paragraph as its lead, the way the crawler takes "the first text block after the headline"."""
    if not body or "\n" in head.strip():
        return head, body
    lead, rest = split_lead(body)
    return f"{head.strip()}\n{lead}" if head.strip() else lead, rest


def tokens(segmented: str, limit: int = 0) -> list[str]:
    """Lowercased word tokens of a segmented text (punctuation dropped, place names as one token:
    ``mask_places``), the first `limit` if set."""
    words = mask_places(segmented).split()
    if not limit:
        return [t.strip("_").lower() for t in words if WORDY.search(t)]
    out: list[str] = []
    for t in words:  # a long body: stop reading at the limit
        if WORDY.search(t):
            out.append(t.strip("_").lower())
            if len(out) == limit:
                break
    return out


def grams(words: Sequence[str]) -> list[str]:
    """Features of a token list: w: words and word pairs, s: syllables and syllable pairs."""
    feats = [f"w:{w}" for w in words]
    feats += [f"w:{a} {b}" for a, b in zip(words, words[1:])]
    syllables = [s for w in words for s in w.split("_") if s]
    feats += [f"s:{s}" for s in syllables]
    feats += [f"s:{a} {b}" for a, b in zip(syllables, syllables[1:])]
    return feats


def analyzer(doc: str) -> list[str]:
    """The vectoriser's analyser: a document is a segmented text."""
    return grams(tokens(doc))


@dataclass
class Featurizer:
    """TF-IDF over the head and (down-weighted, truncated) body of articles."""

    body_weight: float = 0.5
    body_tokens: int = 250
    min_df: int = 2
    max_features: int = 150_000
    vectorizer: Any = None  # a fitted sklearn TfidfVectorizer

    def fit(self, docs: Iterable[str]) -> Featurizer:
        """Learn vocabulary and IDF from segmented documents."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.vectorizer = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=self.min_df,
                                          max_features=self.max_features, dtype=np.float32)
        self.vectorizer.fit(docs)
        return self

    def transform(self, heads: Sequence[str], bodies: Sequence[str] | None = None) -> sp.csr_matrix:
        """Rows for (segmented head, segmented body) pairs, L2-normalised."""
        from sklearn.preprocessing import normalize

        assert self.vectorizer is not None, "fit first"
        if bodies is not None:
            heads, bodies = zip(*(model_parts(h, b) for h, b in zip(heads, bodies))) if heads else ((), ())
        x = self.vectorizer.transform(heads)
        if bodies is not None and self.body_weight > 0 and any(bodies):
            cut = [" ".join(tokens(b, self.body_tokens)) for b in bodies]
            x = x + self.body_weight * self.vectorizer.transform(cut)
        return normalize(x).tocsr()

    @property
    def names(self) -> np.ndarray:
        assert self.vectorizer is not None
        return self.vectorizer.get_feature_names_out()
