"""Place names of Hậu Giang, before and after the July 2025 merger, derived once from the shared gazetteer.

``python -m nlp.gazetteer`` reads ``vn-admin-gazetteer`` (dvhcvn pre-2025 data, the 2025 Cần Thơ
mapping from Resolution 1668/NQ-UBTVQH15) and writes ``nlp/data/hau_giang_places.json``, which ships
with the package so that locality needs no shared data at run time. For every name it records whether
the same name exists anywhere else in the country (then it needs context to count). It also records, for every
district-level name of the country found in one province only («Cầu Giấy», «3» of TP.HCM's quận 3), and for every
ward of a centrally-run city whose name no other unit of the country has («Bến Nghé»), that province.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from diemnong.text import nfc, tone_placements

DATA = Path(__file__).resolve().parent / "data" / "hau_giang_places.json"
UNIT_TYPES = ("Thành phố", "Thị xã", "Huyện", "Quận", "Thị trấn", "Thị Trấn", "Phường", "Xã", "Tỉnh")
WORD = re.compile(r"\w+")


def canonical(name: str) -> str:
    """A name with new-style tone marks (Hoà → Hòa, word by word: Hoàng is Hoàng), NFC."""
    return WORD.sub(lambda m: tone_placements(m.group())[0], nfc(name))


def variants(name: str) -> set[str]:
    """The name in both tone-mark placements (Hòa Thủy, Hoà Thuỷ): old-style and new-style are the same name."""
    new = canonical(name)
    return {new, WORD.sub(lambda m: tone_placements(m.group())[-1], new)}


def bare(full: str) -> tuple[str, str]:
    """('Xã', 'Vị Tân') from 'Xã Vị Tân'."""
    for t in UNIT_TYPES:
        if full.startswith(t + " "):
            return t.capitalize() if t == "Thị Trấn" else t, full[len(t) + 1:]
    return "", full


def build(gazetteer: Path) -> dict[str, Any]:
    """The Hậu Giang name lists with a national uniqueness flag for each name."""
    country = json.loads((gazetteer / "dvhcvn_pre2025_63provinces_20250301.json").read_text(encoding="utf-8"))["data"]
    where: dict[str, set[str]] = defaultdict(set)
    district_where: dict[str, set[str]] = defaultdict(set)
    city_wards: dict[str, str] = {}
    provinces = []
    for p in country:
        provinces.append(canonical(bare(p["name"])[1]))
        for l2 in p["level2s"]:
            where[canonical(bare(l2["name"])[1])].add(p["name"])
            written = l2["name"].replace("Thành Phố ", "Thành phố ").replace("Thị Xã ", "Thị xã ")  # «Thị Xã Buôn Hồ»
            district_where[canonical(bare(written)[1].strip())].add(canonical(bare(p["name"])[1]))
            for l3 in l2.get("level3s", []):
                where[canonical(bare(l3["name"])[1])].add(p["name"])
                if p["type"] == "Thành phố Trung ương" and bare(l3["name"])[0] == "Phường":
                    city_wards[canonical(bare(l3["name"])[1])] = canonical(bare(p["name"])[1])
    hg = json.loads((gazetteer / "hau_giang_pre2025_districts_communes.json").read_text(encoding="utf-8"))
    hg_name = hg["name"]
    districts, communes, hg_ids = [], [], set()
    for l2 in hg["level2s"]:
        t2, n2 = bare(l2["name"])
        n2 = canonical(n2)
        districts.append({"name": n2, "type": t2, "unique": where[n2] <= {hg_name},
                          "unique_as_district": district_where[n2] <= {canonical(bare(hg_name)[1])}})
        for l3 in l2["level3s"]:
            t3, n3 = bare(l3["name"])
            n3 = canonical(n3)
            hg_ids.add(l3["level3_id"])
            communes.append({"name": n3, "type": t3, "district": n2, "unique": where[n3] <= {hg_name}})
    mapping = json.loads((gazetteer / "mapping_2025_new_to_old_CanTho.json").read_text(encoding="utf-8"))
    new_units = []
    for l2 in mapping[0]["level2s"]:
        olds = l2["merges"]
        share = sum(o["old_id"] in hg_ids for o in olds) / len(olds)
        if share >= 0.5:
            t, n = bare(l2["name"])
            n = canonical(n)
            new_units.append({"name": n, "type": t, "from": [canonical(o["name"]) for o in olds],
                              "unique": not (where[n] - {hg_name})})
    return {
        "source": "vn-admin-gazetteer: dvhcvn pre-2025 (01/03/2025) and the 2025 Cần Thơ mapping (Resolution 1668/NQ-UBTVQH15)",
        "province": canonical(bare(hg_name)[1]),
        "districts": districts, "communes": communes, "new_units": new_units,
        "provinces": sorted(set(provinces)),
        "district_provinces": {n: min(ps) for n, ps in sorted(district_where.items()) if len(ps) == 1},
        "ward_provinces": {n: p for n, p in sorted(city_wards.items()) if len(where[n]) == 1},
    }


@lru_cache(maxsize=1)
def places() -> dict[str, Any]:
    """The shipped name lists."""
    return json.loads(DATA.read_text(encoding="utf-8"))


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    args = p.parse_args(argv)
    data = build(args.shared / "vn-admin-gazetteer")
    DATA.parent.mkdir(parents=True, exist_ok=True)
    DATA.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(data['districts'])} districts, {len(data['communes'])} communes, {len(data['new_units'])} new units → {DATA}")


if __name__ == "__main__":
    main()

