"""Choose, once and reproducibly, which items of ../shared/data/news are labelled.

Writes nlp/labels/selection.tsv (id, file, part). Texts are never copied: labellers read them
from the shared data folder by id.
"""
from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOCAL_HINT = re.compile(r"Hậu Giang|Cần Thơ|Vị Thanh|Ngã Bảy|Long Mỹ|Phụng Hiệp|Vị Thủy|Vị Thuỷ|Châu Thành A|Sóc Trăng")
EDU_HINT = re.compile(r"sinh viên|tốt nghiệp|cử nhân|thạc sĩ|thất nghiệp|giáo viên|học sinh|trường|đào tạo", re.I)
PLAN = {"baomoi_education.jsonl": 1350, "baomoi_jobs.jsonl": 220, "baomoi_other_topics.jsonl": 250}
PARTS = 4


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def text_of(item: dict) -> str:
    return unicodedata.normalize("NFC", f"{item['title']} {item.get('summary', '')}")


def choose(name: str, items: list[dict], n: int, rng: random.Random) -> list[str]:
    local = [i["id"] for i in items if LOCAL_HINT.search(text_of(i))]
    if name == "baomoi_jobs.jsonl":  # half of the jobs items look like they touch education
        edu = [i["id"] for i in items if EDU_HINT.search(text_of(i)) and i["id"] not in local]
        rest = [i["id"] for i in items if i["id"] not in set(edu) | set(local)]
        picked = local[:40] + rng.sample(edu, (n - 40) // 2) + rng.sample(rest, (n - 40) - (n - 40) // 2)
        return picked
    rest = [i["id"] for i in items if i["id"] not in set(local)]
    return local + rng.sample(rest, n - len(local))


def main(data_dir: Path) -> None:
    rng = random.Random(84)
    rows = []
    for name, n in PLAN.items():
        for item_id in choose(name, read(data_dir / name), n, rng):
            rows.append((item_id, name))
    rng.shuffle(rows)
    with (HERE / "selection.tsv").open("w", encoding="utf-8") as out:
        out.write("id\tfile\tpart\n")
        for k, (item_id, name) in enumerate(rows):
            out.write(f"{item_id}\t{name}\t{k % PARTS + 1}\n")
    print(f"{len(rows)} items selected into {PARTS} parts")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "data" / "news")
