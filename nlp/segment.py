"""Word segmentation with underthesea's CRF segmenter: syllables of one word joined by '_' (``học_phí``).

underthesea's ``word_tokenize`` splits a line into syllables (its regex tokenizer), writes 43 feature
strings for every syllable (``T[0,1].lower=học phí``…, its ``CRFFeaturizer``) and tags each syllable B-W or
I-W with a CRFsuite model. Writing those strings is about 85 % of its time. ``CrfSegmenter`` reads the same
model file, feature templates and dictionary and sums the same weights, but once per distinct syllable,
syllable pair and triple (a bounded cache): each feature template reads one, two or three neighbouring
syllables, so what a window of them adds to the score of its neighbours does not depend on where it occurs.
Same tokenizer, same weights, same Viterbi decoding: the output is byte-identical to ``word_tokenize``
(checked on 253,006 lines of the shared corpus and in tests/test_segment.py) at 2–3 times its speed.

If the installed underthesea keeps its model elsewhere or in another form, ``segment`` falls back to
``word_tokenize`` itself and logs why once.
"""
from __future__ import annotations

import itertools
import logging
import re
import struct
from functools import lru_cache
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

MODEL_DIR = Path("pipeline") / "word_tokenize" / "models" / "ws_crf_vlsp2013_20230727"
CACHE_LIMIT = 100_000  # distinct windows kept per width (about 15 MB; then that cache starts again)
_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(\w+))?\Z")
_INT32 = re.compile(r"[+-]?[0-9]+\Z")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


def _cqdb(buf: bytes, base: int) -> list[str]:
    """The strings of a CQDB chunk (CRFsuite's label and attribute dictionaries), by id."""
    magic, _size, _flag, _order, count, backward = struct.unpack_from("<4sIIIII", buf, base)
    if magic != b"CQDB":
        raise ValueError("not a CQDB chunk")
    out = []
    for k, offset in enumerate(struct.unpack_from(f"<{count}I", buf, base + backward)):
        key_id, size = struct.unpack_from("<II", buf, base + offset)
        if key_id != k:
            raise ValueError("CQDB ids out of order")
        out.append(buf[base + offset + 8: base + offset + 7 + size].decode("utf-8"))
    return out


def read_crfsuite(path: Path) -> tuple[list[str], dict[str, tuple[float, ...]], np.ndarray]:
    """(labels, attribute → weight per label, label-to-label transition weights) of a CRFsuite 1-d model file."""
    buf = path.read_bytes()
    magic, _size, kind, _version, _nf, n_labels, _na, off_feat, off_labels, off_attrs = struct.unpack_from("<4sI4sI6I", buf)
    chunk, _chunk_size, n_feat = struct.unpack_from("<4sII", buf, off_feat)
    if (magic, kind, chunk) != (b"lCRF", b"FOMC", b"FEAT"):
        raise ValueError(f"{path} is not a CRFsuite 1-d model")
    labels, attrs = _cqdb(buf, off_labels), _cqdb(buf, off_attrs)
    feats = np.frombuffer(buf, _FEATURE, n_feat, off_feat + 12)
    state = np.zeros((len(attrs), n_labels))
    is_state = feats["type"] == 0
    np.add.at(state, (feats["src"][is_state], feats["dst"][is_state]), feats["weight"][is_state])
    trans = np.zeros((n_labels, n_labels))
    np.add.at(trans, (feats["src"][~is_state], feats["dst"][~is_state]), feats["weight"][~is_state])
    return labels, dict(zip(attrs, map(tuple, state.tolist()))), trans


def _istitle(text: str) -> bool:  # underthesea_core's: every space-separated part starts with an unchanged-by-upper() character
    for part in text.split(" "):
        first = part[:1]
        if first != first.upper():
            return False
    return True


def _isdigit(text: str) -> bool:  # what underthesea_core's featurizer means: the text parses as a 32-bit integer
    return _INT32.match(text) is not None and -2**31 <= int(text) < 2**31


class CrfSegmenter:
    """underthesea's word segmenter, decoded from its own model with the features summed per syllable window."""

    # Windows of 1, 2 and 3 syllables: the offsets (from the position being tagged) where a window may start.
    STARTS = {1: range(-2, 3), 2: range(-2, 2), 3: range(-2, 1)}
    FLAGS = ("is_in_dict", "isdigit", "istitle")  # templates whose value is True or False

    def __init__(self, model_dir: Path) -> None:
        import joblib
        from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

        self.tokenize = tokenize
        labels, state, trans = read_crfsuite(model_dir / "models.bin")
        if labels != ["B-W", "I-W"]:
            raise ValueError(f"unexpected labels {labels}")
        self.trans = tuple(trans.ravel().tolist())  # B→B, B→I, I→B, I→I
        self.dictionary = joblib.load(model_dir / "dictionary.bin")
        where = {}  # template → (window width, slot = index of its start offset, function)
        for syntax in joblib.load(model_dir / "features.bin"):
            m = _TEMPLATE.match(syntax)
            if m is None:
                raise ValueError(f"unexpected feature template {syntax!r}")
            first, last = int(m.group(1)), int(m.group(2) or m.group(1))
            width = last - first + 1
            if width not in self.STARTS or first not in self.STARTS[width] or m.group(3) not in (None, "lower") + self.FLAGS:
                raise ValueError(f"unexpected feature template {syntax!r}")
            where[syntax] = (width, self.STARTS[width].index(first), m.group(3))
        rows = {w: {} for w in self.STARTS}  # width → {None | "lower" | flag values: row}; a row holds B, I per slot

        def add(width: int, key: object, slot: int, weights: tuple[float, ...] | None) -> None:
            row = rows[width].setdefault(key, [0.0] * 2 * len(self.STARTS[width]))
            if weights is not None:
                row[2 * slot] += weights[0]
                row[2 * slot + 1] += weights[1]

        # The words a template may read are those the model has a weight for: invert the model once.
        for attr, weights in state.items():
            syntax, _, value = attr.partition("=")
            width, slot, func = where.get(syntax, (0, 0, "?"))
            if func in (None, "lower"):
                add(width, (func, value), slot, weights)
        self.flags = {w: tuple(sorted({f for w2, _, f in where.values() if w2 == w and f in self.FLAGS})) for w in self.STARTS}
        for syntax, (width, slot, func) in where.items():
            add(width, "BOS", slot, state.get(syntax + "=BOS"))
            add(width, "EOS", slot, state.get(syntax + "=EOS"))
            for values in itertools.product((False, True), repeat=len(self.flags[width])):
                add(width, values, slot, None)
                if func in self.FLAGS:
                    on = values[self.flags[width].index(func)]
                    add(width, values, slot, state.get(f"{syntax}={on}"))
        self.rows = {w: {k: tuple(v) for k, v in r.items()} for w, r in rows.items()}
        self.bos, self.eos = ({w: self.rows[w][edge] for w in self.STARTS} for edge in ("BOS", "EOS"))
        self.cache = {w: {} for w in self.STARTS}

    def _compute(self, width: int, text: str) -> tuple[float, ...]:
        """What one window of syllables adds to the B-W / I-W score of each position that reads it."""
        low, rows = text.lower(), self.rows[width]
        flags = []
        for func in self.flags[width]:
            flags.append(low in self.dictionary if func == "is_in_dict" else _isdigit(text) if func == "isdigit" else _istitle(text))
        row = rows[tuple(flags)]
        for key in ((None, text), ("lower", low)):
            extra = rows.get(key)
            if extra is not None:
                row = tuple(a + b for a, b in zip(row, extra))
        return row

    def _row(self, width: int, text: str) -> tuple[float, ...]:
        cache = self.cache[width]
        row = cache.get(text)
        if row is None:
            if len(cache) >= CACHE_LIMIT:
                cache.clear()
            row = cache[text] = self._compute(width, text)
        return row

    def _emissions(self, toks: list[str]) -> tuple[list[float], list[float]]:
        n, row = len(toks), self._row
        uni = [self.bos[1]] * 2 + [row(1, t) for t in toks] + [self.eos[1]] * 2
        bi = [self.bos[2]] * 2 + [row(2, f"{toks[j]} {toks[j + 1]}") for j in range(n - 1)] + [self.eos[2]] * 2
        tri = ([self.bos[3]] * 2 + [row(3, f"{toks[j]} {toks[j + 1]} {toks[j + 2]}") for j in range(n - 2)]
               + [self.eos[3]] * min(n, 2))
        begin, inside = [], []
        for i in range(n):  # position i reads syllables i-2 … i+2: padded index i … i+4
            a0, a1, a2, a3, a4 = uni[i:i + 5]
            b0, b1, b2, b3 = bi[i:i + 4]
            c0, c1, c2 = tri[i:i + 3]
            begin.append(a0[0] + a1[2] + a2[4] + a3[6] + a4[8] + b0[0] + b1[2] + b2[4] + b3[6] + c0[0] + c1[2] + c2[4])
            inside.append(a0[1] + a1[3] + a2[5] + a3[7] + a4[9] + b0[1] + b1[3] + b2[5] + b3[7] + c0[1] + c1[3] + c2[5])
        return begin, inside

    def tags(self, toks: list[str]) -> list[bool]:
        """Viterbi over B-W / I-W: True where a syllable continues the word before it."""
        if not toks:
            return []
        begin, inside = self._emissions(toks)
        bb, bi, ib, ii = self.trans
        b, i, back = begin[0], inside[0], []
        for t in range(1, len(toks)):
            to_b, from_i_b = (i + ib, True) if i + ib > b + bb else (b + bb, False)
            to_i, from_i_i = (i + ii, True) if i + ii > b + bi else (b + bi, False)
            b, i = to_b + begin[t], to_i + inside[t]
            back.append((from_i_b, from_i_i))
        label = i > b
        out = [label]
        for from_i_b, from_i_i in reversed(back):
            label = from_i_i if label else from_i_b
            out.append(label)
        out.reverse()
        return out

    def segment_line(self, line: str) -> str:
        toks = self.tokenize(line, use_token_normalize=True, fixed_words=[])
        words: list[str] = []
        for k, (joins, tok) in enumerate(zip(self.tags(toks), toks)):
            if joins and k:
                words[-1] += " " + tok
            else:
                words.append(tok)
        return " ".join(w.replace(" ", "_") for w in words)


def word_tokenize_line(line: str) -> str:
    """underthesea's own ``word_tokenize`` of one line: the reference the decoder equals, and its fallback."""
    from underthesea import word_tokenize

    return word_tokenize(line, format="text")


@lru_cache(maxsize=1)
def segmenter():  # noqa: ANN201 - a CrfSegmenter's bound method, or word_tokenize_line
    """The line segmenter: the fast decoder when underthesea's model reads as expected, else word_tokenize."""
    try:
        import underthesea

        return CrfSegmenter(Path(underthesea.__file__).parent / MODEL_DIR).segment_line
    except (OSError, ValueError, ImportError, struct.error) as exc:
        log.warning("không đọc được mô hình tách từ của underthesea như dự kiến, tách từ bằng word_tokenize (chậm hơn) — "
                    "chi tiết: %s", exc)
        return word_tokenize_line


def segment(text: str, line_segment=None) -> str:  # noqa: ANN001 - a str -> str callable
    """Return the text with multi-syllable words joined by underscores, line by line (blank lines dropped);
    ``line_segment=word_tokenize_line`` gives underthesea's own output, the benchmarks' reference."""
    line_segment = line_segment or segmenter()
    return "\n".join(line_segment(line) for line in text.split("\n") if line.strip())
