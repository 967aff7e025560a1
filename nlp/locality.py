"""Is an article about Hậu Giang? Gazetteer matching with guards against common words.

Hậu Giang's eight district-level units before 1 July 2025 and the wards and communes that replaced
them under the new TP Cần Thơ (../shared/data/vn-admin-gazetteer, Resolution 1668/NQ-UBTVQH15).
Names that are unique to the province count on their own; names shared with other provinces (Châu
Thành, Tân Bình, Long Phú, Hòa An…) count only beside an anchor (Hậu Giang or one of its unique names,
or "Cần Thơ" for the post-merger names). Matching is case-sensitive on capitalised names, so the
common phrase "ngã bảy" (a seven-way junction) is not the city of Ngã Bảy.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from diemnong.text import nfc

# Unique to Hậu Giang (old) and its successors: enough on their own.
UNIQUE = (
    "Hậu Giang", "Vị Thanh", "Ngã Bảy", "Phụng Hiệp", "Vị Thủy", "Vị Thuỷ", "Châu Thành A", "Long Mỹ",
    "Vị Tân", "Hỏa Lựu", "Hoả Lựu", "Long Phú 1", "Vị Thanh 1", "Nàng Mau", "Cây Dương", "Búng Tàu",
    "Kinh Cùng", "Xà Phiên", "Rạch Gòi", "Một Ngàn", "Bảy Ngàn", "Cái Tắc", "Mái Dầm",
    "Trà Lồng", "Lái Hiếu", "Tân Phước Hưng", "Trường Long Tây",
)
# Shared with other provinces: need an anchor in the same text.
SHARED = (
    "Châu Thành", "Long Bình", "Đại Thành", "Hiệp Hưng", "Hòa An", "Hoà An", "Lương Tâm", "Phú Hữu",
    "Thạnh Hòa", "Thạnh Xuân", "Tân Bình", "Tân Hòa", "Thuận Hòa", "Vĩnh Thuận Đông", "Vĩnh Tường",
    "Đông Phước", "Long Phú", "Hiệp Thành", "Tân Tiến", "Hỏa Tiến", "Ngã Sáu", "Vĩnh Viễn", "Phương Bình",
)
# Pre-merger places that do not belong to Hậu Giang but share a name with places in it.
OTHER_ANCHORS = ("Tiền Giang", "Long An", "Bến Tre", "Trà Vinh", "Tây Ninh", "An Giang", "Kiên Giang", "Sóc Trăng", "Đồng Tháp", "Cà Mau", "Bạc Liêu", "Vĩnh Long", "TP.HCM", "TP HCM", "Hồ Chí Minh", "Sài Gòn")
ANCHOR = ("Hậu Giang",)
POST_MERGER_ANCHOR = ("Cần Thơ",)
NAME_TAIL = r"(?![\wÀ-ỹ])"  # a name ends at a word boundary (no following letter, incl. Vietnamese)


def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted({nfc(n) for n in names}, key=len, reverse=True)
    return re.compile(r"(?<![\wÀ-ỹ])(" + "|".join(re.escape(a) for a in alts) + ")" + NAME_TAIL)


UNIQUE_RE = _pattern(UNIQUE)
SHARED_RE = _pattern(SHARED)
OTHER_RE = _pattern(OTHER_ANCHORS)
CHAU_THANH_A = re.compile(r"Châu Thành A" + NAME_TAIL)


@dataclass(frozen=True)
class Locality:
    local: bool
    places: tuple[str, ...]


def detect_locality(text: str) -> Locality:
    """Find Hậu Giang place names in a text and decide whether it is local coverage."""
    text = nfc(text or "")
    unique = [m.group(1) for m in UNIQUE_RE.finditer(text)]
    shared = [m.group(1) for m in SHARED_RE.finditer(text) if not CHAU_THANH_A.match(text, m.start())]
    anchored = bool(unique) or (bool(re.search("|".join(POST_MERGER_ANCHOR), text)) and not OTHER_RE.search(text))
    places = unique + (shared if anchored else [])
    return Locality(local=bool(places), places=tuple(dict.fromkeys(places)))
