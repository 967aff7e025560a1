"""Split the labelled items into train / dev / test once: near-duplicates together, labels stratified.

Baomoi carries the same story from several papers, so items whose headline + lead are near-duplicates
(TF-IDF cosine ≥ 0.5 over accent-folded words and word pairs) form one group and go to one split.
Groups are then dealt to the splits by iterative stratification (Sechidis et al., 2011) over every
topic, "no topic", each tone, locality and the source file, so rare labels reach every split.

``python -m nlp.split`` writes ``nlp/labels/split.tsv`` (id, split, group); with ``--extend`` it only
places ids labelled since, keeping every committed assignment. ``--fulltext`` does the same for the
labelled full-length articles (``fulltext-split.tsv``: 2/3 train, 1/3 held-out test, always extending).
"""
from __future__ import annotations

import argparse
import random
from dataclasses import replace
from pathlib import Path
from typing import Callable, Sequence

from sklearn.feature_extraction.text import TfidfVectorizer

from diemnong.text import fold
from nlp.corpus import (FULLTEXT_SPLIT, LABELS_DIR, Item, Label, baomoi_items, fulltext_articles, fulltext_label_files,
                        fulltext_split, load_labels, parse_label, read_jsonl, require_shared)

FRACTIONS = {"train": 0.6, "dev": 0.2, "test": 0.2}
NEAR_DUPLICATE = 0.5


def near_duplicate_groups(texts: Sequence[str], threshold: float = NEAR_DUPLICATE) -> list[int]:
    """Group number of each text; texts linked by cosine ≥ threshold (transitively) share one."""
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit_transform([fold(t) for t in texts])
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for start in range(0, len(texts), 1000):
        sims = (vec[start:start + 1000] @ vec.T).tocoo()
        for i, j, s in zip(sims.row + start, sims.col, sims.data):
            if i < j and s >= threshold:
                parent[find(i)] = find(j)
    roots: dict[int, int] = {}
    return [roots.setdefault(find(i), len(roots)) for i in range(len(texts))]


def strata(label: Label, origin: str) -> set[str]:
    """The stratification keys of one labelled item."""
    keys = {f"topic:{t}" for t in label.topics} or {"topic:none"}
    return keys | {f"tone:{label.sentiment}", f"local:{label.local}", f"file:{origin}"}


def stratified_groups(group_keys: list[set[str]], fractions: dict[str, float], seed: int = 84) -> list[str]:
    """Split name of each group, by iterative stratification of the keys it carries."""
    rng = random.Random(seed)
    names = list(fractions)
    totals: dict[str, float] = {}
    for keys in group_keys:
        for k in keys:
            totals[k] = totals.get(k, 0) + 1
    want = {s: {k: n * fractions[s] for k, n in totals.items()} for s in names}
    size = {s: len(group_keys) * fractions[s] for s in names}
    todo = set(range(len(group_keys)))
    out = [""] * len(group_keys)
    while todo:
        left: dict[str, int] = {}
        for g in todo:
            for k in group_keys[g]:
                left[k] = left.get(k, 0) + 1
        rarest = min(left, key=lambda k: (left[k], k))
        groups = sorted(g for g in todo if rarest in group_keys[g])
        rng.shuffle(groups)
        for g in groups:
            best = max(names, key=lambda s: (want[s][rarest], size[s], rng.random()))
            out[g] = best
            size[best] -= 1
            for k in group_keys[g]:
                want[best][k] -= 1
            todo.discard(g)
    return out


def _head_text(item: Item) -> str:
    return f"{item.title} {item.summary} {item.text[:300]}"


def make_split(items: list[Item], labels: dict[str, Label], seed: int = 84, fractions: dict[str, float] = FRACTIONS,
               text: Callable[[Item], str] = _head_text) -> list[tuple[str, str, int]]:
    """(id, split, group) for every labelled item."""
    groups = near_duplicate_groups([text(i) for i in items])
    keys: dict[int, set[str]] = {}
    for item, g in zip(items, groups):
        keys.setdefault(g, set()).update(strata(labels[item.id], item.origin))
    order = sorted(keys)
    splits = dict(zip(order, stratified_groups([keys[g] for g in order], fractions, seed)))
    return [(item.id, splits[g], g) for item, g in zip(items, groups)]


def extend_split(items: list[Item], labels: dict[str, Label], placed: dict[str, tuple[str, int]],
                 seed: int = 84, fractions: dict[str, float] = FRACTIONS,
                 text: Callable[[Item], str] = _head_text) -> list[tuple[str, str, int]]:
    """Place new labelled items without moving placed ones: a near-duplicate of a placed item joins its
    split (and group); the other new groups are dealt by the same stratification."""
    groups = near_duplicate_groups([text(i) for i in items])
    split_of: dict[int, list[str]] = {}
    old_group: dict[int, int] = {}
    for item, g in zip(items, groups):
        if item.id in placed:
            split_of.setdefault(g, []).append(placed[item.id][0])
            old_group.setdefault(g, placed[item.id][1])
    next_group = max((g for _, g in placed.values()), default=-1) + 1
    keys: dict[int, set[str]] = {}
    for item, g in zip(items, groups):
        if item.id not in placed and g not in split_of:
            keys.setdefault(g, set()).update(strata(labels[item.id], item.origin))
    order = sorted(keys)
    dealt = dict(zip(order, stratified_groups([keys[g] for g in order], fractions, seed)))
    rows = []
    for item, g in zip(items, groups):
        if item.id in placed:
            rows.append((item.id, *placed[item.id]))
        elif g in split_of:
            votes = split_of[g]
            rows.append((item.id, max(sorted(set(votes)), key=votes.count), old_group[g]))
        else:
            rows.append((item.id, dealt[g], next_group + order.index(g)))
    return rows


FULLTEXT_FRACTIONS = {"train": 2 / 3, "test": 1 / 3}


def _fulltext_text(item: Item) -> str:
    return f"{item.title} {item.text[:600]}"


def split_fulltext(shared: Path, labels_dir: Path = LABELS_DIR) -> None:
    """Write fulltext-split.tsv: the labelled full-length articles' near-duplicate groups dealt 2/3 train,
    1/3 test by the same stratification (their test third is scored, never trained or tuned on). When the
    file exists, only articles labelled since are placed; no placed article moves."""
    labels = {r["id"]: parse_label(r, p.name) for p in fulltext_label_files(labels_dir) for r in read_jsonl(p)}
    # stratified by the VNTC category ("Giao duc", "Du hoc", "Chinh tri Xa hoi"…) where the headline split uses the file
    items = [replace(i, origin=i.category) for i in fulltext_articles(shared, set(labels))]
    path = labels_dir / FULLTEXT_SPLIT
    placed = fulltext_split(labels_dir)
    if placed:
        rows = extend_split(items, labels, placed, seed=4, fractions=FULLTEXT_FRACTIONS, text=_fulltext_text)
    else:
        rows = make_split(items, labels, seed=4, fractions=FULLTEXT_FRACTIONS, text=_fulltext_text)
    with path.open("w", encoding="utf-8") as fh:
        fh.write("id\tsplit\tgroup\n")
        fh.writelines(f"{i}\t{s}\t{g}\n" for i, s, g in rows)
    print(f"{len(rows)} full-length articles: {sum(r[1] == 'test' for r in rows)} test")


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--shared", type=Path, default=LABELS_DIR.parents[2] / "shared" / "data")
    p.add_argument("--extend", action="store_true", help="place only ids not yet in split.tsv")
    p.add_argument("--fulltext", action="store_true", help="split (or extend the split of) the full-length articles' labels")
    args = p.parse_args(argv)
    if args.fulltext:
        split_fulltext(require_shared(args.shared))
        return
    labels = load_labels()
    by_id = {i.id: i for i in baomoi_items(require_shared(args.shared))}
    items = [by_id[i] for i in sorted(labels) if i in by_id]
    path = LABELS_DIR / "split.tsv"
    if args.extend:
        placed = {r[0]: (r[1], int(r[2])) for r in (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:])}
        rows = extend_split(items, labels, placed)
    else:
        rows = make_split(items, labels)
    with path.open("w", encoding="utf-8") as fh:
        fh.write("id\tsplit\tgroup\n")
        fh.writelines(f"{i}\t{s}\t{g}\n" for i, s, g in rows)
    counts = {s: sum(1 for _, x, _ in rows if x == s) for s in FRACTIONS}
    print(f"{len(rows)} items, {len(set(g for _, _, g in rows))} groups → {path}: {counts}")


if __name__ == "__main__":
    main()
