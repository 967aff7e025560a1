"""The terms behind a decision as an analyst reads them: the features that pushed it, put back into the text.

The models read words, word pairs, syllables and syllable pairs (``grams``), so the features that pushed a
decision most are often pieces no one would write: «bức» of «bức xúc», «thêm học» between «dạy thêm» and
«học thêm», «vì» alone. Each feature is mapped back to the places in the text where it was read as whole
words of underthesea's segmentation (``Text``): a syllable of a longer word («bức» of «bức_xúc») or a syllable
pair across two words («thu đầu» of «lạm_thu đầu») has none, nor has a pair across punctuation, a line break or
a dropped place name (the models read «xã tp» where the text says «xã Vĩnh Thuận Đông, TP Cần Thơ»), nor the
outlet's tag that opens a lead («GD&TĐ - », «(Dân trí) - »). Overlapping spans become one phrase as the text
writes it («lạm thu đầu» + «đầu năm học» → «lạm thu đầu năm học»), at most ``LONGEST`` syllables; function words
are trimmed from its ends; a feature made only of function words or numbers is left out, and a phrase inside a
longer one is not repeated. Every shown phrase holds, whole, a feature that pushed the decision (trimming or
shortening never cuts it away), ranked by the strongest of them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from nlp.features import WORDY
from nlp.locality import mask_places

ENDS = frozenset(".!?:…;")  # a sentence (or a headline's label «Hà Nội:») ends: the next word's capital says nothing
OPENS = frozenset("-–—“\"«‘'([")  # a mark that opens a quote, an aside or a line's text: the same
DASHES = frozenset("-–—")
GAP = "\x00"  # a dropped place name (mask_places): the words either side were never written side by side
LONGEST = 6  # syllables in a shown phrase («lạm thu đầu năm học»): merged spans run on through a headline otherwise
NUMBER = re.compile(r"[\d.,/%:-]+")
# Function words that never explain a decision alone, trimmed from a phrase's ends. Written here, short on purpose:
# words that carry the news's tone are not in it — «bị», «không», «chưa», «mất», «tốt», «phải» drive a negative or a
# positive reading («bị đánh», «không đạt»), and a broad stopword list hid them in a third of real items.
FUNCTION = frozenset("""và của là các những một mỗi này đó kia ấy nào gì theo với cho ở tại trong ngoài về từ đến tới
khi lúc thì mà để do vì bởi nên như cũng đã đang sẽ vừa được có rằng nếu hay hoặc nhưng tuy dù vẫn còn nhằm đối_với
qua sau trước rất hơn nhất cùng chỉ lại vào ra lên xuống đây nhiều việc điều có_thể cần""".split())
# Tone words that read poorly alone: when one pushed, the pair that holds it is shown if that pair pushed too.
TONE_WORDS = frozenset("bị không chưa mất tốt phải".split())


@dataclass
class Text:
    """A segmented text as the models read it, word by word: where each feature was read as whole words."""

    shown: list[str] = field(default_factory=list)   # each word as written («Phụ huynh»)
    words: list[str] = field(default_factory=list)   # each word as the features name it («phụ_huynh»)
    joined: list[bool] = field(default_factory=list)  # whether a word follows the one before with nothing between
    opens: list[bool] = field(default_factory=list)   # whether a word starts a sentence (its capital says nothing)
    at: dict[str, list[int]] = field(default_factory=dict)  # word → where it is
    lines: int = 0
    _spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def add(self, segmented: str, limit: int = 0) -> Text:
        """Read one more part (the head, then the body's first `limit` words, as ``tokens`` does)."""
        count = 0
        for line in mask_places(segmented, gap=f" {GAP} ").split("\n"):
            toks = line.split()
            if self.lines:  # a lead's (not the headline's) outlet tag is the outlet's name, not the news
                tag = _tag_end(toks)
                count += sum(1 for t in toks[:tag] if t != GAP and WORDY.search(t))  # the models read it: it counts
                toks = toks[tag:]
            self.lines += 1
            caps = _in_capitals(toks)
            joined, opens = False, True
            for tok in toks:
                if tok == GAP or not WORDY.search(tok):
                    joined = False  # punctuation, a dropped name: no pair across it was written
                    opens = opens or any(ch in ENDS or ch in OPENS for ch in tok)
                    continue
                if limit and count >= limit:
                    return self
                count += 1
                tok = tok.strip("_")
                self.at.setdefault(tok.lower(), []).append(len(self.words))
                self.shown.append((tok.lower() if caps else tok).replace("_", " "))
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

    def syllables(self, start: int, end: int) -> int:
        return sum(w.count("_") + 1 for w in self.words[start:end])

    def phrase(self, start: int, end: int) -> str:
        """Words as written; at a sentence's start (a headline's, a lead's, after an outlet's tag or an opening mark)
        «Phụ huynh» is read «phụ huynh» when the rest is lowercase, and a word alone («Sáng», «Vụ», «Phó», «Bị») is
        lowered unless the text writes it with its capital in mid-sentence too: a name («Sở … , Sở cho biết»)."""
        shown = " ".join(self.shown[start:end])
        rest = shown.split(" ", 1)[1:]
        if not self.opens[start] or not shown[1:2].islower():
            return shown
        lower = shown[:1].lower() + shown[1:]
        if rest:
            return lower if rest[0] == rest[0].lower() else shown
        named = any(self.shown[k] == shown and not self.opens[k] for k in self.at[self.words[start]])
        return shown if named else lower


def _tag_end(toks: list[str]) -> int:
    """Where a lead's text starts after the outlet's tag that opens it («GD&TĐ - », «(Dân trí) – »): one word, or
    one name in brackets, before a dash; 0 when there is none («Ông Nguyễn Văn A - hiệu trưởng …» is the news)."""
    dash = next((i for i, t in enumerate(toks[:6]) if t in DASHES), -1)
    if dash < 1:
        return 0
    before = toks[:dash]
    words = [t for t in before if WORDY.search(t)]
    bracketed = before[0] == "(" and before[-1] == ")" and len(words) == 1
    single = len(before) == 1 and "_" not in before[0]
    return dash + 1 if words and words[0][:1].isupper() and (bracketed or single) else 0


def _in_capitals(toks: list[str]) -> bool:
    """A line in capitals (a headline as some outlets write it, «DẠY THÊM» too): its capitals say nothing of its
    words. One word alone («UBND», «GD&ĐT») is an abbreviation, not a line in capitals."""
    syllables = [s for t in toks for s in t.split("_") if s.isalpha()]
    return "".join(toks).isupper() and len(syllables) >= 2


def read(head: str, body: str = "", body_tokens: int = 0) -> Text:
    """A head (and the body's first `body_tokens` words) as the models read them."""
    text = Text().add(head)
    return text.add(body, body_tokens) if body else text


def _says_nothing(text: Text, span: tuple[int, int]) -> bool:
    """Function words or numbers only («các», «2018», «1.500»): nothing an analyst reads as a reason."""
    return all(w in FUNCTION or NUMBER.fullmatch(w) for w in text.words[span[0]:span[1]])


def _holds(spans: list[tuple[int, int, float]], start: int, end: int) -> bool:
    return any(start <= a and b <= end for a, b, _ in spans)


def _trim(text: Text, start: int, end: int, spans: list[tuple[int, int, float]]) -> tuple[int, int] | None:
    """A span without the function words at its ends, so long as it still holds a feature that pushed: «vì lạm thu»
    read alone stays whole («lạm thu» alone did not push), and a phrase that ends on a function word it cannot lose
    («Hà Nội vừa», «Sở đã»: «Sở» alone pushed against) is not shown (None), unless it holds a tone word («không có»)."""
    a, b = start, end
    while b - a > 1 and text.words[b - 1] in FUNCTION:
        b -= 1
    if not _holds(spans, a, b):
        return (start, end) if any(w in TONE_WORDS for w in text.words[start:end]) else None
    end = b
    while b - a > 1 and text.words[a] in FUNCTION:
        a += 1
    return (a, b) if _holds(spans, a, b) else (start, end)


def _shortened(text: Text, start: int, end: int, spans: list[tuple[int, int, float]]) -> tuple[int, int]:
    """At most ``LONGEST`` syllables: of the spans that hold the strongest feature, the one holding the most weight
    (the strongest feature alone when it is longer)."""
    if text.syllables(start, end) <= LONGEST:
        return start, end
    top = max(spans, key=lambda s: s[2])
    windows = [(x, y) for x in range(max(start, top[0] - LONGEST), top[0] + 1)
               for y in range(top[1], min(end, top[1] + LONGEST) + 1) if text.syllables(x, y) <= LONGEST]
    return max(windows or [top[:2]], key=lambda wd: (sum(w for a, b, w in spans if wd[0] <= a and b <= wd[1]), -wd[0]))


def _phrases(text: Text, chosen: list[tuple[float, list[tuple[int, int]]]]) -> list[str]:
    """Overlapping spans merged, shortened, trimmed, a phrase inside a longer one dropped; strongest feature first."""
    spans = sorted((a, b, w) for w, where in chosen for a, b in where)
    merged: list[list] = []  # first word, end, the feature spans it holds
    for a, b, w in spans:
        if merged and a < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
            merged[-1][2].append((a, b, w))
        else:
            merged.append([a, b, [(a, b, w)]])
    best: dict[str, tuple[float, int, str, bool]] = {}  # weight, first word, as shown, shown from a sentence's start
    for a, b, held in merged:
        trimmed = _trim(text, *_shortened(text, a, b, held), held)
        if trimmed is None:
            continue
        a, b = trimmed
        w = max(s[2] for s in held if a <= s[0] and s[1] <= b)
        shown, opens = text.phrase(a, b), text.opens[a]
        key = shown.lower()
        if key in best:  # the strongest weight, the first place, the case as written mid-sentence if it is
            old = best[key]
            w, a = max(w, old[0]), min(a, old[1])
            shown, opens = (shown, opens) if old[3] and not opens else old[2:]
        best[key] = (w, a, shown, opens)
    keys = [k for k in best if not any(k != o and f" {k} " in f" {o} " for o in best)]
    return [best[k][2] for k in sorted(keys, key=lambda k: (-best[k][0], best[k][1]))]


def _tone_pair(text: Text, word: str, where: list[tuple[int, int]], pushed: dict[str, float]) -> list[tuple[int, int]]:
    """For a tone word that pushed («bị»), where the pushing pair that holds it was read: the strongest that starts
    with it («bị đánh», «không đủ»), else the strongest that ends on it after a word that says something («học sinh
    bị»), else the word alone; «con bị» reads worse than «bị đánh», and «đã bị», «vẫn chưa» say no more than «bị»."""
    after: list[tuple[float, str]] = []
    before: list[tuple[float, str]] = []
    for k, _ in where:
        if k + 1 < len(text.words) and text.joined[k + 1]:
            after += _pushing(f"{word} {text.words[k + 1]}", pushed)
        if k and text.joined[k] and text.words[k - 1] not in FUNCTION:
            before += _pushing(f"{text.words[k - 1]} {word}", pushed)
    pairs = after or before
    if not pairs:
        return where
    return text.spans(max(pairs)[1]) or where


def _pushing(pair: str, pushed: dict[str, float]) -> list[tuple[float, str]]:
    """The features that read a pair of words («bị đánh») and pushed, with their contribution."""
    syllables = pair.replace("_", " ")
    return [(pushed[f], f) for f in (f"w:{pair}", f"s:{syllables}") if f in pushed]


def readable(ranked: Iterable[tuple[str, float]], text: Text, top: int = 5) -> list[str]:
    """At most `top` phrases of `text` from the features that pushed a decision (`ranked`: name and positive
    contribution, strongest first): the first twice `top` of them read as whole words that say something (not only
    function words or numbers), a tone word alone as the pushing pair that holds it, merged into phrases
    (``_phrases``), the strongest `top` phrases shown."""
    queue, seen = iter(ranked), []  # read lazily: most decisions need their first dozen features, not all
    pushed: dict[str, float] | None = None
    chosen: list[tuple[float, list[tuple[int, int]]]] = []
    while (item := next(queue, None)) is not None:
        name, weight = item
        seen.append(item)
        where = text.spans(name)
        if not where or _says_nothing(text, where[0]):
            continue
        word = name[2:]
        if word in TONE_WORDS:
            if pushed is None:  # every feature that pushed, once: the pairs that hold the tone word are among them
                rest = list(queue)
                pushed, queue = dict(seen + rest), iter(rest)
            where = _tone_pair(text, word, where, pushed)
        chosen.append((weight, where))
        if len(chosen) == 2 * top:
            break
    return _phrases(text, chosen)[:top]
