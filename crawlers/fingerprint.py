"""Text fingerprints for syndicated copies: the same story published by several outlets under different URLs.

A fingerprint is a MinHash signature of the article's word 4-grams (lower-cased, NFC, punctuation
dropped); two signatures agree on a share of positions that estimates the Jaccard similarity of the
two texts. Copies of one agency story (a changed lead, a byline, a photo caption) stay above 0.5;
two different stories on one subject share almost no 4-grams. The index finds candidates by LSH
banding (16 bands of 4 rows) instead of comparing with every stored article.
"""
from __future__ import annotations

import re
import unicodedata
import zlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 4
PRIME = np.uint64((1 << 31) - 1)
_rng = np.random.RandomState(20250905)
_A = _rng.randint(1, (1 << 31) - 1, size=NUM_PERM).astype(np.uint64)
_B = _rng.randint(0, (1 << 31) - 1, size=NUM_PERM).astype(np.uint64)
WORD = re.compile(r"\w+")

Fingerprint = tuple[int, ...]


def words(text: str) -> list[str]:
    """Lower-cased NFC words of a text, punctuation and spacing ignored."""
    return WORD.findall(unicodedata.normalize("NFC", text or "").lower())


def fingerprint(text: str, min_words: int = 40) -> Fingerprint | None:
    """MinHash signature of a text's word 4-grams; None for texts too short to tell copies apart."""
    tokens = words(text)
    if len(tokens) < max(min_words, SHINGLE):
        return None
    grams = {" ".join(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}
    hashes = np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64, count=len(grams)) % PRIME
    signature = ((_A[:, None] * hashes[None, :] + _B[:, None]) % PRIME).min(axis=1)
    return tuple(int(v) for v in signature)


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated Jaccard similarity of the two texts (share of equal signature positions)."""
    return sum(x == y for x, y in zip(a, b)) / NUM_PERM


@dataclass(frozen=True)
class Entry:
    article_id: str
    root: str  # the earliest stored copy of this text (itself when it is the first)
    at: datetime
    signature: Fingerprint


class SyndicationIndex:
    """Recent fingerprints in memory; answers "is this text a copy of one already stored, and of which?"."""

    def __init__(self, threshold: float = 0.5, window: timedelta = timedelta(days=7)):
        self.threshold, self.window = threshold, window
        self.entries: dict[str, Entry] = {}
        self.buckets: dict[tuple[int, Fingerprint], list[str]] = defaultdict(list)
        self.latest: datetime | None = None
        self._adds = 0

    def __len__(self) -> int:
        return len(self.entries)

    def _bands(self, signature: Fingerprint) -> list[tuple[int, Fingerprint]]:
        return [(b, signature[b * ROWS : (b + 1) * ROWS]) for b in range(BANDS)]

    def match(self, signature: Fingerprint, exclude: str = "") -> str | None:
        """The root id of the most similar indexed text at or above the threshold, or None."""
        candidates = {i for key in self._bands(signature) for i in self.buckets.get(key, ()) if i != exclude}
        best: tuple[float, datetime, str] | None = None
        for cid in candidates:
            entry = self.entries[cid]
            score = similarity(signature, entry.signature)
            if score >= self.threshold and (best is None or (score, -entry.at.timestamp()) > (best[0], -best[1].timestamp())):
                best = (score, entry.at, entry.root)
        return best[2] if best else None

    def add(self, article_id: str, signature: Fingerprint, at: datetime, root: str = "") -> None:
        """Index an article's fingerprint under its group's root (its own id when it starts a group)."""
        if article_id in self.entries:
            return
        self.entries[article_id] = Entry(article_id, root or article_id, at, signature)
        for key in self._bands(signature):
            self.buckets[key].append(article_id)
        self.latest = at if self.latest is None else max(self.latest, at)
        self._adds += 1
        if self._adds % 500 == 0:
            self.prune(self.latest - self.window)

    def prune(self, before: datetime) -> int:
        """Forget fingerprints of articles published before a time; returns how many."""
        old = {i for i, e in self.entries.items() if e.at < before}
        if not old:
            return 0
        for i in old:
            for key in self._bands(self.entries.pop(i).signature):
                ids = self.buckets.get(key)
                if ids is not None:
                    ids[:] = [x for x in ids if x != i]
                    if not ids:
                        del self.buckets[key]
        return len(old)
