"""Build an evaluation stream for the hot-issue detector from real Baomoi titles and leads.

The stream is ``--days`` of background news (about ``--per-day`` items a day, fewer at weekends and at
night) with the planted bursts of benchmarks/eval_bursts.json of one split placed in it: real items about
one event (``story``: within 12–48 h, reprinted by more outlets up to 8–14 articles; ``small``: 4–5 items
within a day; ``slow``: 8+ articles over five days) or many unrelated items sharing a topic (``topic``:
10–12 within 48 h). The background never holds two items of one real story: items that belong to a
pair alike (title+lead TF-IDF cosine ≥ 0.35, the criterion that made the story clusters) is represented
by one of them, and no item alike a planted one is in it. So an alert whose articles are not mostly one
burst's is a false alert.

``--background natural`` draws the background as a naive evaluator would: every item but the planted ones and
those alike them, so real stories of the corpus (a controversy covered by a dozen outlets over weeks) recur at
random times. An alert on such a recurrence counts as false too, which is stricter than the default.

Texts are read from ../shared/data/news at run time and written only to the output file (never commit it).

    python benchmarks/eval_stream.py --split tune --seed 1 --output var/eval/tune.jsonl
    python benchmarks/eval_stream.py --split test --seed 2 --output var/eval/test.jsonl

Writes STREAM (JSONL for ``diemnong backtest``) and STREAM.truth.json (the bursts with their article ids
and times) beside it.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from diemnong.config import load_prominence  # noqa: E402
from diemnong.domain import TZ  # noqa: E402

BURSTS = ROOT / "benchmarks" / "eval_bursts.json"
# Publishing rhythm of Vietnamese news sites: share of a day's articles by hour (local time), and by weekday.
HOURS = [0.2, 0.1, 0.1, 0.1, 0.2, 0.6, 1.2, 1.6, 1.8, 1.8, 1.7, 1.5, 1.0, 1.0, 1.4, 1.5, 1.5, 1.3, 1.0, 0.9, 0.9, 0.7, 0.5, 0.3]
WEEKDAYS = [1.1, 1.1, 1.1, 1.1, 1.05, 0.8, 0.7]
MIX = (("baomoi_education", 0.80), ("baomoi_jobs", 0.12), ("baomoi_other_topics", 0.08))


def load_items(news: Path) -> dict[str, list[dict[str, Any]]]:
    """Baomoi items by file; very long leads (ads, listicles) are left out, as a feed would cut them."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name, _ in MIX:
        rows = [json.loads(line) for line in (news / f"{name}.jsonl").open(encoding="utf-8")]
        out[name] = [r for r in rows if r.get("title") and len(r.get("summary", "")) <= 400 and len(r["title"]) <= 200]
    return out


def similar_pairs(items: list[dict[str, Any]], threshold: float = 0.35) -> list[set[int]]:
    """For each item, the other items whose title+lead TF-IDF cosine with it is ≥ threshold."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{r['title']} {r['summary']}" for r in items]
    x = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True).fit_transform(texts).tocsr()
    near: list[set[int]] = [set() for _ in items]
    for start in range(0, x.shape[0], 2000):
        block = (x[start:start + 2000] @ x.T).tocoo()
        for i, j, v in zip(block.row, block.col, block.data):
            if v >= threshold and i + start != j:
                near[i + start].add(int(j))
    return near


def background_pool(items: list[dict[str, Any]], planted: set[str], distinct: bool = True) -> list[dict[str, Any]]:
    """Items none alike a planted item and, when ``distinct``, no two of which are alike (cosine ≥ 0.35, the
    criterion of the planted story clusters): any story the detector finds in the background is then a false one."""
    near = similar_pairs(items)
    chosen: set[int] = set()
    pool = []
    order = sorted(range(len(items)), key=lambda i: items[i]["id"])
    for i in order:
        if items[i]["id"] in planted or any(items[j]["id"] in planted for j in near[i]) or (distinct and near[i] & chosen):
            continue
        chosen.add(i)
        pool.append(items[i])
    return pool


def random_time(rnd: random.Random, day: datetime) -> datetime:
    hour = rnd.choices(range(24), weights=HOURS)[0]
    return day + timedelta(hours=hour, minutes=rnd.random() * 60)


class Outlets:
    """Outlet names and domains from data/prominence.yaml, drawn with a weight that grows with prominence."""

    def __init__(self) -> None:
        table = load_prominence()
        self.names = [o.names[0] for o in table]
        self.domain = {o.names[0]: o.domains[0] for o in table}
        self.weights = [o.prominence for o in table]

    def draw(self, rnd: random.Random) -> str:
        return rnd.choices(self.names, weights=self.weights)[0]

    def distinct(self, rnd: random.Random, n: int) -> list[str]:
        order = rnd.sample(self.names, len(self.names))
        return [order[i % len(order)] for i in range(n)]


def record(item: dict[str, Any], rid: str, at: datetime, outlet: str, outlets: Outlets) -> dict[str, Any]:
    slug = hashlib.sha1(rid.encode()).hexdigest()[:10]
    return {"id": rid, "title": item["title"], "summary": item["summary"], "published": at.isoformat(timespec="seconds"),
            "source": outlet, "url": f"https://{outlets.domain[outlet]}/giao-duc/{slug}.html"}


def burst_times(rnd: random.Random, start: datetime, n: int, span_h: float, shape: str) -> list[datetime]:
    """Arrival times of n articles over span_h hours: 'breaking' (front-loaded), 'steady' or 'building'."""
    power = {"breaking": 1.8, "steady": 1.0, "building": 0.7}[shape]
    fracs = sorted(min(1.0, (k / (n - 1)) ** power * (0.85 + 0.3 * rnd.random())) for k in range(n))
    times = []
    for f in fracs:
        t = start + timedelta(hours=f * span_h, minutes=rnd.random() * 20)
        if t.hour < 6 and rnd.random() < 0.7:  # few articles are published at night
            t = t.replace(hour=6) + timedelta(minutes=rnd.random() * 90)
        times.append(t)
    times.sort()
    return times


def plan(split: str, seed: int, days: int, start: datetime) -> list[dict[str, Any]]:
    """Where and how each burst of the split is placed: start time, span, shape, size."""
    rnd = random.Random(seed * 7919 + 1)
    bursts = [b for b in json.loads(BURSTS.read_text(encoding="utf-8"))["bursts"] if b["split"] == split]
    rnd.shuffle(bursts)
    first_day, last_day = 10, days - 4
    gap = (last_day - first_day) / max(1, len(bursts))
    plans = []
    for k, b in enumerate(bursts):
        day = first_day + k * gap + rnd.random() * gap * 0.5
        at = start + timedelta(days=math.floor(day))
        at = random_time(rnd, at)
        role = b["role"]
        if role == "story":
            n, span = min(14, max(8, len(b["ids"]))), rnd.choice([12, 24, 36, 48])
        elif role == "topic":
            n, span = len(b["ids"]), rnd.choice([24, 36, 48])
        elif role == "small":
            n, span = rnd.choice([4, 5]), 24
        else:  # slow
            n, span = max(8, len(b["ids"])), 120
        shape = rnd.choice(["breaking", "steady", "building"]) if role != "slow" else "steady"
        plans.append({**b, "n": n, "span_hours": span, "shape": shape, "start": at})
    return plans


def build(split: str, seed: int, days: int, per_day: float, news: Path,
          distinct: bool = True) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The stream (sorted by time) and the truth (one entry per planted burst)."""
    rnd = random.Random(seed)
    outlets = Outlets()
    items = load_items(news)
    by_id = {r["id"]: r for rows in items.values() for r in rows}
    bursts = json.loads(BURSTS.read_text(encoding="utf-8"))["bursts"]
    planted = {i for b in bursts for i in b["ids"]}
    pools = {name: background_pool(rows, planted, distinct) for name, rows in items.items()}
    for pool in pools.values():
        rnd.shuffle(pool)
    start = datetime(2025, 8, 4, tzinfo=TZ)  # a Monday; the school year starts inside the window
    stream: list[dict[str, Any]] = []
    used: dict[str, int] = {name: 0 for name in pools}
    mean_weekday = sum(WEEKDAYS) / 7
    for d in range(days):
        day = start + timedelta(days=d)
        n = max(0, round(rnd.gauss(per_day * WEEKDAYS[day.weekday()] / mean_weekday, math.sqrt(per_day) * 0.7)))
        for _ in range(n):
            name = rnd.choices([m for m, _ in MIX], weights=[w for _, w in MIX])[0]
            item = pools[name][used[name] % len(pools[name])]
            used[name] += 1
            stream.append(record(item, item["id"], random_time(rnd, day), outlets.draw(rnd), outlets))
    truth = []
    for p in plan(split, seed, days, start):
        ids = [i for i in p["ids"] if i in by_id]
        if p["role"] == "small":
            ids = ids[: p["n"]]
        # Reprints by more outlets when the real items are fewer than the planned size.
        chosen = ids + [ids[k % len(ids)] for k in range(max(0, p["n"] - len(ids)))]
        chosen = sorted(chosen[: p["n"]], key=lambda i: int(i[3:].split("_")[0]))
        times = burst_times(rnd, p["start"], len(chosen), p["span_hours"], p["shape"])
        names = outlets.distinct(rnd, len(chosen))
        seen: dict[str, int] = {}
        arts = []
        for item_id, at, outlet in zip(chosen, times, names):
            seen[item_id] = seen.get(item_id, 0) + 1
            rid = item_id if seen[item_id] == 1 else f"{item_id}-r{seen[item_id]}"
            stream.append(record(by_id[item_id], rid, at, outlet if p["role"] != "topic" else outlets.draw(rnd), outlets))
            arts.append({"id": rid, "published": at.isoformat(timespec="seconds")})
        within48 = sum(1 for a in arts if datetime.fromisoformat(a["published"]) - times[0] <= timedelta(hours=48))
        truth.append({"name": p["name"], "role": p["role"], "shape": p["shape"], "span_hours": p["span_hours"],
                      "articles": arts, "bar": within48 >= 8 and p["role"] in ("story", "topic"),
                      "keywords": p.get("keywords", [])})
    stream.sort(key=lambda r: r["published"])
    truth.sort(key=lambda t: t["articles"][0]["published"])
    return stream, truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("tune", "test"), required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=63)
    ap.add_argument("--per-day", type=float, default=50)
    ap.add_argument("--news", default=str(ROOT.parent / "shared" / "data" / "news"))
    ap.add_argument("--background", choices=("distinct", "natural"), default="distinct",
                    help="distinct: no two background items alike (default); natural: real stories recur")
    ap.add_argument("--output", required=True)
    args = ap.parse_args(argv)
    news = Path(args.news)
    if not (news / "baomoi_education.jsonl").is_file():
        print(f"no Baomoi data at {news} (pass --news)", file=sys.stderr)
        return 2
    stream, truth = build(args.split, args.seed, args.days, args.per_day, news, args.background == "distinct")
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for rec in stream:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    meta = {"split": args.split, "seed": args.seed, "days": args.days, "per_day": args.per_day,
            "background": args.background, "articles": len(stream),
            "start": stream[0]["published"], "end": stream[-1]["published"], "bursts": truth}
    Path(str(out) + ".truth.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    bar = sum(t["bar"] for t in truth)
    print(f"{len(stream)} articles over {args.days} days, {len(truth)} planted bursts ({bar} in the bar) → {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
