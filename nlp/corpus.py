"""The labelled items and the shared datasets they point to, read by id (texts are never committed).

Labels live in ``nlp/labels`` as ``id → label`` records; the texts come from the shared data folder
(``general.shared_data``): Baomoi headlines and leads in ``news/``, full VNTC articles in
``vntc-27topics-test-education/`` and ``vntc-10topics-sample/``.

Exceptions::

    CorpusError        a label file or a shared dataset is missing or inconsistent
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from diemnong.text import nfc, number

LABELS_DIR = Path(__file__).resolve().parent / "labels"
DEMO_DIR = Path(__file__).resolve().parents[1] / "data" / "demo"
DEMO_ORIGIN = "demo"
WRITTEN_DIR = LABELS_DIR / "written"  # modern items written and labelled for the project (text and label together)
WRITTEN_ORIGIN = "written"
FULLTEXT_ORIGIN = "vntc-fulltext"  # labelled full-length VNTC articles (label rounds 4-6)
FULLTEXT_LABELS = "fulltext-p*.jsonl"  # rounds 4 and later (not the second annotators' files)
FULLTEXT_SPLIT = "fulltext-split.tsv"
FULLTEXT_SOURCES = (("vntc-27topics-test-education", "education_full.jsonl"),  # rounds 4-5
                    ("vntc-10topics-sample", "train_full_sample.jsonl"),        # round 6
                    ("vntc-10topics-sample", "test_full_sample.jsonl"))
FULLTEXT_OTHER_SECTIONS = ("fulltext-p9.jsonl",)  # rounds drawn from VNTC-10's other sections (articles that mention schooling)
FULLTEXT_SPLITS = ("train", "test")
FULLTEXT_TEST = "fulltext-test"  # how training data names the held-out third of the full-length articles
NEWS_FILES = ("baomoi_education.jsonl", "baomoi_jobs.jsonl", "baomoi_other_topics.jsonl")
SPLITS = ("train", "dev", "test")


class CorpusError(ValueError):
    """A label file or a shared dataset is missing or inconsistent."""


@dataclass(frozen=True)
class Item:
    """One news text: a Baomoi headline + lead, or a VNTC article (title line + body)."""

    id: str
    title: str
    summary: str
    text: str
    origin: str  # file name it came from (baomoi_education.jsonl, education_full.jsonl, …)
    category: str = ""


@dataclass(frozen=True)
class Label:
    """What the annotators said about one item (ANNOTATION.md)."""

    topics: tuple[int, ...]
    sentiment: str
    local: bool


def read_jsonl(path: Path) -> Iterator[dict]:
    """Objects of a JSON Lines file; a missing file is a CorpusError."""
    if not path.is_file():
        raise CorpusError(f"{path}: không có tệp này")
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CorpusError(f"{path}:{lineno}: dòng không phải JSON hợp lệ ({exc.msg})") from exc


def parse_label(rec: dict, where: str) -> Label:
    """A Label from a record, checked against the guide's value sets."""
    topics = rec.get("topics")
    if not isinstance(topics, list) or not all(isinstance(t, int) and 1 <= t <= 16 for t in topics):
        raise CorpusError(f"{where}: 'topics' phải là danh sách mã chủ đề từ 1 đến 16, nhận được {topics!r}")
    if rec.get("sentiment") not in ("negative", "neutral", "positive"):
        raise CorpusError(f"{where}: 'sentiment' không hợp lệ: {rec.get('sentiment')!r} (dùng negative, neutral hoặc positive)")
    if not isinstance(rec.get("local"), bool):
        raise CorpusError(f"{where}: 'local' phải là true hoặc false")
    return Label(tuple(sorted(set(topics))), rec["sentiment"], rec["local"])


def load_labels(labels_dir: Path = LABELS_DIR, pattern: str = "labels-*.jsonl") -> dict[str, Label]:
    """Every primary label (files matching `pattern`, second-annotator files excluded), by item id."""
    out: dict[str, Label] = {}
    files = sorted(p for p in labels_dir.glob(pattern) if "second-annotator" not in p.name)
    if not files:
        raise CorpusError(f"{labels_dir}: không có tệp nhãn nào ({pattern})")
    for path in files:
        for n, rec in enumerate(read_jsonl(path), 1):
            item_id = str(rec.get("id", ""))
            if item_id in out:
                raise CorpusError(f"{path}:{n}: id {item_id} được gán nhãn hai lần; chỉ giữ một dòng")
            out[item_id] = parse_label(rec, f"{path}:{n}")
    return out


def load_split(labels_dir: Path = LABELS_DIR) -> dict[str, str]:
    """The committed split: item id → train / dev / test."""
    path = labels_dir / "split.tsv"
    if not path.is_file():
        raise CorpusError(f"{path}: chưa chia các bài đã gán nhãn thành train/dev/test (chạy python -m nlp.split một lần)")
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        item_id, split = line.split("\t")[:2]
        if split not in SPLITS:
            raise CorpusError(f"{path}: {item_id}: không có phần chia {split!r} (dùng train, dev hoặc test)")
        out[item_id] = split
    return out


def load_groups(labels_dir: Path = LABELS_DIR) -> dict[str, int]:
    """The near-duplicate group of each labelled item, as committed with the split."""
    lines = (labels_dir / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {p[0]: int(p[2]) for p in (line.split("\t") for line in lines) if len(p) > 2}


def baomoi_items(shared: Path, files: Iterable[str] = NEWS_FILES) -> Iterator[Item]:
    """Baomoi items (headline + lead) of the shared news folder."""
    for name in files:
        for rec in read_jsonl(shared / "news" / name):
            yield Item(rec["id"], nfc(rec["title"]), nfc(rec.get("summary") or ""), "", name, rec.get("source_label", ""))


def vntc_items(path: Path) -> Iterator[Item]:
    """VNTC articles: the first line is the title, the rest the body."""
    for rec in read_jsonl(path):
        title, _, body = nfc(rec["text"]).strip().partition("\n")
        yield Item(f"vntc-{rec['id']}", title.strip(), "", body.strip(), path.name, rec.get("label", ""))


def require_shared(shared: Path) -> Path:
    """The shared data folder, or a CorpusError that says how to point at it."""
    if not (shared / "news").is_dir():
        raise CorpusError(f"{shared}: không thấy các bộ dữ liệu dùng chung ở đây (đặt general.shared_data hoặc "
                          "DIEMNONG_SHARED_DATA)")
    return shared


def demo_items(folder: Path = DEMO_DIR) -> tuple[list[Item], dict[str, Label], dict[str, str]]:
    """The project's demo stream (modern full-length texts written for the project, labelled in
    ``truth.jsonl``): its items, their labels, and a story key for each (the same body, or the same
    planted series), so that grouped folds keep a story on one side."""
    rows = list(read_jsonl(folder / "stream.jsonl"))
    truth = {t["id"]: t for t in read_jsonl(folder / "truth.jsonl")}
    missing = [r["id"] for r in rows if r["id"] not in truth]
    if missing:
        raise CorpusError(f"{folder}/truth.jsonl: thiếu nhãn của {number(len(missing))} bài (đầu tiên: {missing[0]}); "
                          "chạy lại python data/demo/generate.py")
    items = [Item(r["id"], nfc(r["title"]), nfc(r.get("summary", "")), nfc(r.get("text", "")), DEMO_ORIGIN) for r in rows]
    labels = {r["id"]: Label(tuple(truth[r["id"]]["topics"]), truth[r["id"]]["sentiment"], bool(truth[r["id"]]["local"]))
              for r in rows}
    story = {r["id"]: f"planted-{truth[r['id']]['planted']}" if truth[r["id"]].get("planted") else r.get("text", "")[:200]
             for r in rows}
    return items, labels, story


def written_items(folder: Path = WRITTEN_DIR) -> tuple[list[Item], dict[str, Label]]:
    """The modern (2024–26) news items written by hand for the project and labelled with ANNOTATION.md, in
    ``nlp/labels/written/*.jsonl``: each line holds its text (ours to commit) and its label."""
    items: list[Item] = []
    labels: dict[str, Label] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for r in read_jsonl(path):
            if r["id"] in labels:
                raise CorpusError(f"{path}: id {r['id']} xuất hiện hai lần; chỉ giữ một dòng")
            items.append(Item(r["id"], nfc(r["title"]), nfc(r.get("summary", "")), nfc(r.get("text", "")), WRITTEN_ORIGIN))
            labels[r["id"]] = Label(tuple(r["topics"]), r["sentiment"], bool(r["local"]))
    return items, labels


def fulltext_split(labels_dir: Path = LABELS_DIR) -> dict[str, tuple[str, int]]:
    """The committed split of the full-length articles: id → (train / test, near-duplicate group); {} if none."""
    path = labels_dir / FULLTEXT_SPLIT
    if not path.is_file():
        return {}
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:])
    return {r[0]: (r[1], int(r[2])) for r in rows}


def fulltext_round(labels_dir: Path = LABELS_DIR) -> dict[str, str]:
    """Which label file (round) each full-length article's label comes from."""
    return {str(r["id"]): p.name for p in fulltext_label_files(labels_dir) for r in read_jsonl(p)}


def fulltext_articles(shared: Path, ids: set[str]) -> list[Item]:
    """The VNTC articles with these ids, from whichever full-length source holds them (ids are unique across them)."""
    return [i for d, f in FULLTEXT_SOURCES if (shared / d / f).is_file() for i in vntc_items(shared / d / f) if i.id in ids]


def fulltext_label_files(labels_dir: Path = LABELS_DIR) -> list[Path]:
    """The full-length articles' label files, in order (second annotators' files are for agreement only)."""
    return sorted(p for p in labels_dir.glob(FULLTEXT_LABELS) if "second-annotator" not in p.name)


def load_fulltext(shared: Path, labels_dir: Path = LABELS_DIR) -> tuple[list[Item], dict[str, Label], dict[str, str], dict[str, int]]:
    """The labelled full-length articles (rounds 4–6: VNTC, ``fulltext-p*.jsonl``) with their own
    split (``fulltext-split.tsv``: train / test, near-duplicate group): items, labels, split, groups.
    Empty when the labels are not there; a CorpusError when the labels and the split or texts disagree."""
    files = fulltext_label_files(labels_dir)
    if not files or not any((shared / d / f).is_file() for d, f in FULLTEXT_SOURCES):
        return [], {}, {}, {}  # no labels, or a shared folder without the VNTC sets: nothing to train or score
    labels: dict[str, Label] = {}
    for path in files:
        for n, r in enumerate(read_jsonl(path), 1):
            if str(r["id"]) in labels:
                raise CorpusError(f"{path}:{n}: id {r['id']} được gán nhãn hai lần; chỉ giữ một dòng")
            labels[str(r["id"])] = parse_label(r, f"{path}:{n}")
    split_path = labels_dir / FULLTEXT_SPLIT
    if not split_path.is_file():
        raise CorpusError(f"{split_path}: chưa chia các bài toàn văn đã gán nhãn (chạy python -m nlp.split --fulltext)")
    placed = fulltext_split(labels_dir)
    split = {i: s for i, (s, _) in placed.items()}
    groups = {i: g for i, (_, g) in placed.items()}
    bad = sorted(set(labels) ^ set(split)) or [i for i, s in split.items() if s not in FULLTEXT_SPLITS]
    if bad:
        raise CorpusError(f"{split_path}: không khớp với nhãn các bài toàn văn (đầu tiên: {bad[0]}); "
                          "chạy lại python -m nlp.split --fulltext")
    items = fulltext_articles(shared, set(labels))
    if len(items) != len(labels):
        raise CorpusError(f"{shared}: không tìm thấy {number(len(labels) - len(items))} bài toàn văn đã gán nhãn trong "
                          f"{', '.join('/'.join(s) for s in FULLTEXT_SOURCES)}")
    items = [Item(i.id, i.title, i.summary, i.text, FULLTEXT_ORIGIN, i.category) for i in items]
    return items, labels, split, groups
