"""The terms behind a decision as an analyst reads them: the features that pushed it, put back into the text.

The models read words, word pairs, syllables and syllable pairs (``grams``), so the features that pushed a
decision most are often pieces no one would write: «bức» of «bức xúc», «thêm học» between «dạy thêm» and
«học thêm», «vì» alone. Each feature is mapped back to the places in the text where it was read as whole
words of underthesea's segmentation (``Text``): a syllable of a longer word («bức» of «bức_xúc») or a syllable
pair across two words («thu đầu» of «lạm_thu đầu») has none, nor has a pair across punctuation, a line break or
a dropped place name (the models read «xã tp» where the text says «xã Vĩnh Thuận Đông, TP Cần Thơ»). Overlapping spans become one phrase as the text
writes it («lạm thu đầu» + «đầu năm học» → «lạm thu đầu năm học»), linking words are trimmed from its
ends, a feature made only of function words is left out, and a phrase inside a longer one is not repeated.
Every shown phrase is made of features that pushed the decision, ranked by the strongest of them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from nlp.features import WORDY
from nlp.locality import mask_places

STOPWORDS = Path(__file__).resolve().parent / "data" / "vietnamese-stopwords.txt"
ENDS = frozenset(".!?:…;")  # a sentence (or a headline's label «Hà Nội:») ends: the next word's capital says nothing
GAP = "\x00"  # a dropped place name (mask_places): the words either side were never written side by side
# The stopword list is broad (1.9k items); these of its words name things in education news (the Bộ, a score,
# a shortage, pupils) and pushed decisions on real headlines: they are shown alone and kept at a phrase's ends.
CONTENT = frozenset("""bộ em điểm tuổi thiếu bài mức bỏ gây đạt chọn chuyển vùng tăng giảm cao mới khó_khăn yêu_cầu
thực_hiện chuẩn_bị làm_việc sự_việc""".split())
# Trimmed from a phrase's ends: words that only link (prepositions, conjunctions, markers), a narrower set than
# the stopwords, which count adverbs that make a compound («dạy thêm») and negators («không đạt» is not «đạt»).
LINKS = frozenset("""vì theo của và ở tại cho với về từ trong ngoài là thì mà nhưng hay hoặc các những một này đó kia
khi đã đang sẽ được bị do nên để bởi tới đến sau trước lúc ra vào lên xuống như cũng vẫn còn rằng nếu tuy dù mới_đây
vừa có_thể cần phải nhằm đối_với""".split())


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Function words, underscore form ("bắt_đầu_từ"), less the content words of ``CONTENT``."""
    lines = STOPWORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#")) - CONTENT


@dataclass
class Text:
    """A segmented text as the models read it, word by word: where each feature was read as whole words."""

    shown: list[str] = field(default_factory=list)   # each word as written («Phụ huynh»)
    words: list[str] = field(default_factory=list)   # each word as the features name it («phụ_huynh»)
    joined: list[bool] = field(default_factory=list)  # whether a word follows the one before with nothing between
    opens: list[bool] = field(default_factory=list)   # whether a word starts a sentence (its capital says nothing)
    at: dict[str, list[int]] = field(default_factory=dict)  # word → where it is
    _spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def add(self, segmented: str, limit: int = 0) -> Text:
        """Read one more part (the head, then the body's first `limit` words, as ``tokens`` does)."""
        count = 0
        for line in mask_places(segmented, gap=f" {GAP} ").split("\n"):
            joined, opens = False, True
            for tok in line.split():
                if tok == GAP or not WORDY.search(tok):
                    joined = False  # punctuation, a dropped name: no pair across it was written
                    opens = opens or any(ch in ENDS for ch in tok)
                    continue
                if limit and count == limit:
                    return self
                count += 1
                tok = tok.strip("_")
                self.at.setdefault(tok.lower(), []).append(len(self.words))
                self.shown.append(tok.replace("_", " "))
                self.words.append(tok.lower())
                self.joined.append(joined)
                self.opens.append(opens)
                joined, opens = True, False
        return self

    def spans(self, feature: str) -> list[tuple[int, int]]:
        """Where a feature was read as whole words: (first word, end) spans; a syllable that is part of a word
        («s:bức» of «bức_xúc») or a syllable pair across two words («s:thu đầu») has none."""
        found = self._spans.get(feature)
        if found is None:
            found = self._spans[feature] = self._find(feature[0], feature[2:].split(" "))
        return found

    def _find(self, kind: str, parts: list[str]) -> list[tuple[int, int]]:
        if len(parts) == 1:  # a word; a syllable that is a whole word
            return [(k, k + 1) for k in self.at.get(parts[0], ())]
        a, b = parts
        out = []
        if kind == "s":  # a two-syllable word («s:lạm thu»), or two one-syllable words as below
            out = [(k, k + 1) for k in self.at.get(f"{a}_{b}", ())]
        n = len(self.words)
        out += [(k, k + 2) for k in self.at.get(a, ()) if k + 1 < n and self.joined[k + 1] and self.words[k + 1] == b]
        return sorted(out)

    def phrase(self, start: int, end: int) -> str:
        """Words as written; at a sentence's start «Phụ huynh» is read «phụ huynh» when the rest is lowercase."""
        shown = " ".join(self.shown[start:end])
        rest = shown.split(" ", 1)[1:]
        if self.opens[start] and rest and rest[0] == rest[0].lower() and shown[1:2].islower():
            return shown[:1].lower() + shown[1:]
        return shown


def read(head: str, body: str = "", body_tokens: int = 0) -> Text:
    """A head (and the body's first `body_tokens` words) as the models read them."""
    text = Text().add(head)
    return text.add(body, body_tokens) if body else text


def _function_words(text: Text, span: tuple[int, int]) -> bool:
    stop = stopwords()
    return all(w in stop for w in text.words[span[0]:span[1]])


def _trim(text: Text, start: int, end: int) -> tuple[int, int]:
    """A span without the linking words at its ends (``LINKS``); never empty."""
    while end - start > 1 and text.words[start] in LINKS:
        start += 1
    while end - start > 1 and text.words[end - 1] in LINKS:
        end -= 1
    return start, end


def _phrases(text: Text, chosen: list[tuple[float, list[tuple[int, int]]]]) -> list[str]:
    """Overlapping spans merged, trimmed, a phrase inside a longer one dropped; strongest feature first."""
    spans = sorted((a, b, w) for w, where in chosen for a, b in where)
    merged: list[list] = []
    for a, b, w in spans:
        if merged and a < merged[-1][1]:
            merged[-1][1], merged[-1][2] = max(merged[-1][1], b), max(merged[-1][2], w)
        else:
            merged.append([a, b, w])
    best: dict[str, tuple[float, int, str, bool]] = {}  # weight, first word, as shown, shown from a sentence's start
    for a, b, w in merged:
        a, b = _trim(text, a, b)
        shown, opens, key = text.phrase(a, b), text.opens[a], text.phrase(a, b).lower()
        if key in best:  # the strongest weight, the first place, the case as written mid-sentence if it is
            old = best[key]
            w, a = max(w, old[0]), min(a, old[1])
            shown, opens = (shown, opens) if old[3] and not opens else old[2:]
        best[key] = (w, a, shown, opens)
    keys = [k for k in best if not any(k != o and f" {k} " in f" {o} " for o in best)]
    return [best[k][2] for k in sorted(keys, key=lambda k: (-best[k][0], best[k][1]))]


def readable(ranked: Iterable[tuple[str, float]], text: Text, top: int = 5) -> list[str]:
    """At most `top` phrases of `text` from the features that pushed a decision (`ranked`: name and positive
    contribution, strongest first): the first twice `top` of them read as whole words and not only as function
    words, merged into phrases (``_phrases``), the strongest `top` phrases shown."""
    chosen: list[tuple[float, list[tuple[int, int]]]] = []
    for name, weight in ranked:
        where = text.spans(name)
        if where and not _function_words(text, where[0]):
            chosen.append((weight, where))
            if len(chosen) == 2 * top:
                break
    return _phrases(text, chosen)[:top]
