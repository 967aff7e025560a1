#!/usr/bin/env python3
"""Build the demo stream for Điểm Nóng from the hand-written stories in stories.py.

    python data/demo/generate.py            # writes stream.jsonl and truth.jsonl next to this file
    python data/demo/generate.py --check    # also prints the summary counts

The output is deterministic (fixed seed, no wall-clock input): two runs give identical files.

* Background stories are spread over 2025-07-01 … 2025-09-28, one day per story chosen inside the
  story's window so that every day gets a realistic load (fewer items on Saturdays, fewer still on
  Sundays). Each extra title of a story becomes a reprint in another outlet on the same or the next
  one or two days, with the outlet's house style and light rewording (syndication).
* Planted hot-issue articles keep the outlet and time written in stories.py.
* Every item gets a plausible, unique article URL in the outlet's real URL scheme.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Iterable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parents[1]))  # the repository, for diemnong's Vietnamese argument parser

import stories  # noqa: E402  (local module next to this script)

from diemnong.text import number  # noqa: E402  (1.234 and 5,22, as Vietnamese writes them; the standard library only)

try:
    from diemnong.cli import VietnameseParser as Parser  # noqa: E402  (needs PyYAML, as the service does)
except ImportError:  # a bare Python without the project's packages: the same options, argparse's own headings
    Parser = argparse.ArgumentParser

SEED = 20250701
FIRST_DAY = date(2025, 7, 1)
LAST_DAY = date(2025, 9, 28)
YEAR = 2025
TZ = timezone(timedelta(hours=7))  # Asia/Ho_Chi_Minh has no DST

GDTD, VNE, TT, TN, DT, VNN = ("Giáo dục và Thời đại", "VnExpress", "Tuổi Trẻ", "Thanh Niên",
                              "Dân trí", "VietNamNet")
NLD, LD, TP, BTT, BHG, BCT = ("Người Lao Động", "Lao Động", "Tiền Phong", "Báo Tin tức",
                              "Báo Hậu Giang", "Báo Cần Thơ")
OUTLETS = (GDTD, VNE, TT, TN, DT, VNN, NLD, LD, TP, BTT, BHG, BCT)

# Relative chance that an outlet carries a background story.
WEIGHTS_NATIONAL = {GDTD: 24, VNE: 10, TT: 10, TN: 10, DT: 10, VNN: 9, NLD: 7, LD: 7, TP: 7,
                    BTT: 6, BHG: 1.0, BCT: 1.5}
WEIGHTS_MEKONG = {**WEIGHTS_NATIONAL, BCT: 26, BHG: 2}
WEIGHTS_LOCAL = {GDTD: 16, VNE: 3, TT: 3, TN: 3, DT: 3, VNN: 2, NLD: 2, LD: 2, TP: 2, BTT: 2,
                 BHG: 34, BCT: 24}

# Publication hour profile (local time): newsroom rhythm, quiet at night.
HOUR_WEIGHTS = [0.03, 0.01, 0.01, 0.01, 0.02, 0.25, 1.2, 1.6, 1.6, 1.5, 1.4, 1.2, 0.8, 1.0,
                1.3, 1.3, 1.2, 1.0, 0.8, 0.9, 0.9, 0.7, 0.25, 0.08]
DAY_CAPACITY = {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0, 4: 1.0, 5: 0.8, 6: 0.55}  # Mon … Sun


# ----------------------------------------------------------------------------------- text
def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def slugify(title: str, max_words: int = 12) -> str:
    text = nfc(title).replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn").lower()
    words = re.findall(r"[a-z0-9]+", text)
    return "-".join(words[:max_words])


def house_style(text: str, outlet: str) -> str:
    """Spell abbreviations and city names the way each outlet does."""
    if outlet in (TT, TN):
        text = text.replace("GD&ĐT", "GD-ĐT")
    if outlet == VNE:
        text = (text.replace("Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo")
                .replace("Sở GD&ĐT", "Sở Giáo dục và Đào tạo")
                .replace("sở GD&ĐT", "sở Giáo dục và Đào tạo")
                .replace("TP.HCM", "TP HCM"))
    if outlet == BTT:
        text = text.replace("Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo", 1)
    if outlet in (DT, GDTD):
        text = text.replace("TP.HCM", "TPHCM")
    return text


# Light rewording used for reprints (same facts, different wording).
REWORDINGS = [
    (" cho biết ", " cho hay "),
    ("Theo đó, ", "Cụ thể, "),
    ("Tuy nhiên, ", "Dù vậy, "),
    ("Ngoài ra, ", "Bên cạnh đó, "),
]


def reword(text: str, rng: random.Random) -> str:
    for old, new in REWORDINGS:
        if old in text and rng.random() < 0.7:
            text = text.replace(old, new)
    return text


# ----------------------------------------------------------------------------------- urls
class UrlMaker:
    """Article URLs in each outlet's real scheme, with ids that grow with time."""

    NUMERIC = {  # outlet: (host path prefix, id prefix, suffix, base id on 2025-07-01, ids per day)
        GDTD: ("https://giaoducthoidai.vn/", "post", ".html", 736200, 140),
        VNE: ("https://vnexpress.net/", "", ".html", 4908300, 420),
        VNN: ("https://vietnamnet.vn/", "", ".html", 2417500, 330),
        LD: ("https://laodong.vn/giao-duc/", "", ".ldo", 1531200, 230),
        TP: ("https://tienphong.vn/", "post", ".tpo", 1756400, 260),
        BHG: ("https://baohaugiang.com.vn/giao-duc/", "", ".html", 148600, 35),
        BCT: ("https://baocantho.com.vn/", "a", ".html", 188900, 65),
    }
    STAMPED = {  # outlet: (prefix, stamp prefix, long stamp?)
        TT: ("https://tuoitre.vn/", "", True),
        DT: ("https://dantri.com.vn/giao-duc/", "", True),
        BTT: ("https://baotintuc.vn/giao-duc/", "", True),
        TN: ("https://thanhnien.vn/", "185", False),
        NLD: ("https://nld.com.vn/", "196", False),
    }

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.seen: set[str] = set()

    def make(self, outlet: str, title: str, when: datetime) -> str:
        slug = slugify(title)
        while True:
            url = self._candidate(outlet, slug, when)
            if url not in self.seen:
                self.seen.add(url)
                return url

    def _candidate(self, outlet: str, slug: str, when: datetime) -> str:
        if outlet in self.NUMERIC:
            prefix, idp, suffix, base, per_day = self.NUMERIC[outlet]
            day = (when.date() - FIRST_DAY).days
            frac = (when.hour * 60 + when.minute) / 1440
            number = base + int((day + frac) * per_day) + self.rng.randint(0, max(2, per_day // 12))
            return f"{prefix}{slug}-{idp}{number}{suffix}"
        prefix, stamp_prefix, long_stamp = self.STAMPED[outlet]
        ms = self.rng.randint(0, 999)
        sec = self.rng.randint(0, 59)
        if long_stamp:  # yyyymmddHHMMSS + 3 digits
            stamp = when.strftime("%Y%m%d%H%M") + f"{sec:02d}{ms:03d}"
        else:  # yymmddHHMMSS + 3 digits
            stamp = when.strftime("%y%m%d%H%M") + f"{sec:02d}{ms:03d}"
        return f"{prefix}{slug}-{stamp_prefix}{stamp}.htm"


# ----------------------------------------------------------------------------------- schedule
def parse_md(md: str) -> date:
    month, day = (int(x) for x in md.split("-"))
    return date(YEAR, month, day)


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def pick_time(day: date, rng: random.Random, not_before: datetime | None = None) -> datetime:
    """A publication time on `day` (or, if the day is already over, on the next one)."""
    for _ in range(2):
        for _ in range(60):
            hour = rng.choices(range(24), weights=HOUR_WEIGHTS)[0]
            when = datetime.combine(day, time(hour, rng.randint(0, 59)), TZ)
            if not_before is None or when >= not_before + timedelta(minutes=35):
                return when
        if day >= LAST_DAY:
            break
        day += timedelta(days=1)
    base = not_before + timedelta(minutes=rng.randint(40, 120))
    return base.replace(second=0, microsecond=0)


def pick_outlets(story: stories.Story, rng: random.Random) -> list[str]:
    if story.local:
        weights = WEIGHTS_LOCAL
    elif story.region == "mekong":
        weights = WEIGHTS_MEKONG
    else:
        weights = WEIGHTS_NATIONAL
    pool = dict(weights)
    chosen: list[str] = []
    for _ in range(len(story.titles)):
        names = list(pool)
        outlet = rng.choices(names, weights=[pool[n] for n in names])[0]
        chosen.append(outlet)
        del pool[outlet]
    return chosen


def schedule_background(rng: random.Random) -> list[dict]:
    load: Counter[date] = Counter()
    order = sorted(stories.BACKGROUND,
                   key=lambda s: ((parse_md(s.end) - parse_md(s.start)).days, rng.random()))
    items = []
    for story in order:
        first, last = parse_md(story.start), min(parse_md(story.end), LAST_DAY)
        candidates = days_between(max(first, FIRST_DAY), last)
        day = min(candidates, key=lambda d: (load[d] + 1) / DAY_CAPACITY[d.weekday()]
                  + rng.random() * 0.35)
        outlets = pick_outlets(story, rng)
        previous = None
        for n, (outlet, title) in enumerate(zip(outlets, story.titles)):
            if n == 0:
                when_day = day
            else:
                offset = rng.choices([0, 1, 2], weights=[0.45, 0.45, 0.10])[0]
                when_day = min(day + timedelta(days=offset), LAST_DAY)
            when = pick_time(when_day, rng, not_before=previous)
            if when.date() > LAST_DAY:
                when = datetime.combine(LAST_DAY, time(22, rng.randint(0, 50)), TZ)
            previous = when
            load[when.date()] += 1
            items.append({"story": story, "n": n, "outlet": outlet, "title": title, "when": when})
    return items


# ----------------------------------------------------------------------------------- build
def background_article(item: dict, rng: random.Random) -> tuple[str, str]:
    story, n = item["story"], item["n"]
    paragraphs = list(story.paragraphs)
    summary = story.summary
    if n > 0:  # reprint: reword lightly; the third outlet trims the closing paragraph
        summary = reword(summary, rng)
        paragraphs = [reword(p, rng) for p in paragraphs]
        if n >= 2 and len(paragraphs) >= 4:
            paragraphs = paragraphs[:-1]
    return summary, "\n\n".join(paragraphs)


def build(rng: random.Random) -> tuple[list[dict], list[dict]]:
    urls = UrlMaker(rng)
    rows = []
    for item in schedule_background(rng):
        story = item["story"]
        summary, text = background_article(item, rng)
        rows.append({"outlet": item["outlet"], "title": item["title"], "summary": summary,
                     "text": text, "when": item["when"], "topics": list(story.topics),
                     "sentiment": story.sentiment, "local": story.local, "planted": None,
                     "story": story.key})
    for art in stories.PLANTED:
        when = datetime.fromisoformat(art.published).replace(tzinfo=TZ)
        rows.append({"outlet": art.source, "title": art.title, "summary": art.summary,
                     "text": "\n\n".join(art.paragraphs), "when": when,
                     "topics": list(art.topics), "sentiment": art.sentiment, "local": art.local,
                     "planted": art.issue, "story": f"planted-{art.issue}"})
    rows.sort(key=lambda r: (r["when"], r["outlet"], r["title"]))

    stream, truth = [], []
    for i, row in enumerate(rows, 1):
        outlet = row["outlet"]
        item_id = f"demo-{i:04d}"
        summary = house_style(row["summary"], outlet)
        if outlet == GDTD:
            summary = "GD&TĐ - " + summary
        stream.append({
            "id": item_id,
            "source": outlet,
            "url": urls.make(outlet, row["title"], row["when"]),
            "title": nfc(house_style(row["title"], outlet)),
            "summary": nfc(summary),
            "text": nfc(house_style(row["text"], outlet)),
            "published": row["when"].isoformat(timespec="seconds"),
        })
        truth.append({"id": item_id, "topics": sorted(row["topics"]),
                      "sentiment": row["sentiment"], "local": row["local"],
                      "planted": row["planted"]})
    return stream, truth


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------------- checks
WEEKDAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")  # Monday … Sunday, as Vietnamese calendars write them
TONES = {"negative": "tiêu cực", "neutral": "trung tính", "positive": "tích cực"}


def dmy(day: str) -> str:
    """An ISO date (2025-09-09) as Vietnamese writes it (09/09/2025)."""
    return "/".join(reversed(day.split("-")))


def listed(pairs: Iterable[tuple[object, float]], places: int = 0) -> str:
    """«name n; name n; …»: a count per name, numbers as Vietnamese writes them (1.234, 5,22)."""
    return "; ".join(f"{name} {number(n, places)}" for name, n in pairs)


def report(stream: list[dict], truth: list[dict]) -> None:
    """The summary `--check` prints (data/demo/README.md quotes it)."""
    print(f"số bài: {number(len(stream))}")
    per_day = Counter(r["published"][:10] for r in stream)
    background_day = Counter(r["published"][:10] for r, t in zip(stream, truth)
                             if t["planted"] is None)
    all_days = days_between(FIRST_DAY, LAST_DAY)
    background = [background_day[str(d)] for d in all_days]
    print(f"số ngày có bài: {len(per_day)}/{len(all_days)}; bài nền mỗi ngày: ít nhất {min(background)}, "
          f"nhiều nhất {max(background)}, trung bình {number(sum(background) / len(all_days), 2)}")
    by_weekday = defaultdict(list)
    for d in all_days:
        by_weekday[d.weekday()].append(background_day[str(d)])
    print("bài nền trung bình theo thứ:",
          listed(((WEEKDAYS[k], sum(v) / len(v)) for k, v in sorted(by_weekday.items())), 2))
    hours = Counter(int(r["published"][11:13]) for r in stream)
    night = sum(c for h, c in hours.items() if h < 6 or h >= 22)
    print(f"giờ đăng: {number(len(stream) - night)} bài trong 06:00–21:59, {number(night)} bài ngoài khung giờ đó")
    print("theo báo:", listed(Counter(r["source"] for r in stream).most_common()))
    week = Counter((date.fromisoformat(r["published"][:10]) - FIRST_DAY).days // 7 for r in stream)
    print("theo tuần (mọi bài):", "; ".join(number(week[w]) for w in sorted(week)))
    for issue in "abcd":
        rows = [(r, t) for r, t in zip(stream, truth) if t["planted"] == issue]
        days = Counter(r["published"][:10] for r, _ in rows)
        outlets = Counter(r["source"] for r, _ in rows)
        print(f"vấn đề nóng cài sẵn {issue}: {len(rows)} bài, {len(outlets)} báo, {dmy(rows[0][0]['published'][:10])} – "
              f"{dmy(rows[-1][0]['published'][:10])}; theo ngày: {listed((dmy(d)[:5], n) for d, n in sorted(days.items()))}")
    topics = Counter(t for row in truth for t in row["topics"])
    print("theo chủ đề:", listed((f"{k}:", topics[k]) for k in range(1, 17)),
          "| không chủ đề nào:", number(sum(1 for r in truth if not r["topics"])))
    tones = Counter(r["sentiment"] for r in truth)
    print("sắc thái:", listed((TONES[k], tones[k]) for k in TONES),
          "| địa phương:", number(sum(r["local"] for r in truth)))
    fields = ("title", "summary", "text", "source")
    not_nfc = sum(1 for r in stream for f in fields if unicodedata.normalize("NFC", r[f]) != r[f])
    print("trường không ở dạng NFC:", number(not_nfc))
    titles = Counter(r["title"] for r in stream)
    dup = {t: c for t, c in titles.items() if c > 1}
    print(f"tiêu đề trùng nhau: {number(len(dup))}" + "".join(f"; «{t}» {c} lần" for t, c in dup.items()))
    print("url trùng nhau:", number(len(stream) - len({r["url"] for r in stream})))


def main() -> None:
    parser = Parser(description="Tạo luồng dữ liệu minh họa của Điểm Nóng (stream.jsonl, truth.jsonl) từ các câu chuyện "
                    "viết sẵn trong stories.py; hai lần chạy cho ra hai tệp giống hệt nhau.")
    parser.add_argument("--out", type=Path, default=HERE, help="thư mục ghi hai tệp (mặc định: thư mục chứa script này, "
                        "data/demo)")
    parser.add_argument("--check", action="store_true", help="in thêm các số liệu tóm tắt (số bài, số ngày, theo báo, "
                        "theo chủ đề…)")
    args = parser.parse_args()
    stream, truth = build(random.Random(SEED))
    args.out.mkdir(parents=True, exist_ok=True)
    write_jsonl(args.out / "stream.jsonl", stream)
    write_jsonl(args.out / "truth.jsonl", truth)
    print(f"đã ghi {len(stream)} bài vào {args.out / 'stream.jsonl'} và truth.jsonl")
    if args.check:
        report(stream, truth)


if __name__ == "__main__":
    main()
