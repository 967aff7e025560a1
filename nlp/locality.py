"""Is an article about Hậu Giang? Gazetteer matching with guards against common words and other places.

Names come from ``nlp/data/hau_giang_places.json`` (built from ../shared/data/vn-admin-gazetteer by
``python -m nlp.gazetteer``): the province, its eight district-level units and 75 communes before
1 July 2025, and the 28 wards and communes of the new TP Cần Thơ that took their place. A mention
counts as local when:

- it is "Hậu Giang" itself, unless it is a company's name (Dược Hậu Giang), a street (đường Hậu
  Giang, số 288 Hậu Giang — a year or a date before it is no house number), or one province in a
  list of several, Cần Thơ one of them ("Cà Mau, Sóc Trăng, Hậu Giang, Bạc Liêu…");
- it is a district-level name found nowhere else in the country (Vị Thanh, Ngã Bảy, Phụng Hiệp,
  Vị Thủy, Châu Thành A) and is not part of a person's name (Nguyễn Vị Thanh; "Từ" opening a
  sentence is "from");
- it is a commune or ward name written with its unit (xã Lương Tâm, thị trấn Một Ngàn, phường Vị Tân)
  and either found nowhere else or anchored: Hậu Giang is named too, or for the post-merger names,
  Cần Thơ is and the unit written is the new one (xã Thạnh Hòa; phường Thạnh Hòa is Thốt Nốt's); or a
  name found nowhere else that names a school (trường tiểu học Vị Tân); a commune whose district, written
  right after it, is not one of the province's (xã Tân Hòa, huyện Lai Vung) never counts;
- a district name that other provinces use only for communes, written as a district (huyện Long Mỹ,
  thị xã Long Mỹ), counts; one that other provinces use for districts too (huyện Châu Thành) needs
  the same anchor.

Any mention followed closely by another province's name as its address (huyện Châu Thành, tỉnh Tiền
Giang) or paired with it by «và» is about that province (the province has no other for its address: «Hậu Giang,
Sóc Trăng: …» and «Hậu Giang và Sóc Trăng sáp nhập …» name two, as «Sóc Trăng, Hậu Giang» and «Sóc Trăng và Hậu
Giang» do) («học sinh Hậu Giang đoạt giải ở Hà Nội» is not; the dot of "TP.HCM" or "Q.12" ends no clause). A
name inside a longer one (Châu Thành in "huyện Châu Thành A") is not a place of its own. A long article is local
when the title, lead or first lines of the body name the province, or when its body names it at least three times
(twice, if once by a district or commune) and more often than any other province (Cần Thơ
included): a passing mention deep in a national story does not make it local. Matching is
case-sensitive on capitalised names (or all capitals), so the common phrases "ngã bảy", "vĩnh viễn",
"lương tâm" and "một ngàn" never count; unit and school words are read in any case (THỊ XÃ LONG MỸ
in a headline in capitals). Where the capitals say nothing (a headline in capitals, or With Every Word
Capitalised), Vị Thanh, Vị Thủy and Ngã Bảy between two words («CÁC VỊ THANH TRA», «ĐƠN VỊ THỦY LỢI») count
only after their unit word (TP VỊ THANH), before a punctuation mark (VỊ THANH: …), for Vị Thanh and Vị Thủy
after a preposition (TỪ VỊ THANH ĐẾN …), or beside another place of the province.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from diemnong.text import nfc
from nlp.gazetteer import canonical, places, variants

PROVINCE = "Hậu Giang"
POST_MERGER_ANCHOR = "Cần Thơ"
WORD_START = r"(?<![\wÀ-ỹ])"
WORD_END = r"(?![\wÀ-ỹ])"
UNIT_WORDS = {  # a unit word in any case ("THỊ XÃ LONG MỸ" in a headline in capitals) or abbreviated, then a dot or spaces
    "district": WORD_START + r"(?:(?i:huyện|thị xã|thành phố)|H|TX|TP|Tp)(?:\.\s*|\s+)",
    "commune": WORD_START + r"(?:(?i:xã|phường|thị trấn)|P|TT)(?:\.\s*|\s+)",
}
SCHOOL_KIND = (r"(?:(?:(?i:tiểu học|trung học cơ sở|trung học phổ thông|mầm non|mẫu giáo|tiểu học và THCS|THCS và THPT|"
               r"chuyên)|THCS|THPT|TH|MN|PTDTNT|PTDTBT|TH&THCS|THCS&THPT)\s+)")
SCHOOL_WORDS = WORD_START + r"(?i:trường)\s+" + SCHOOL_KIND + "*"
SCHOOL_BEFORE = re.compile(SCHOOL_WORDS + "$")
UNIT_ABBREVIATIONS = {"p": "phường", "tt": "thị trấn"}
ROMAN = re.compile(r"^[IVX]+$")  # Phường I, III, IV, V, VII of Vị Thanh: too ambiguous alone
# Other provinces' names as the press writes them, beyond the official list.
PROVINCE_ALIASES = ("TP.HCM", "TPHCM", "TP HCM", "TP. HCM", "Sài Gòn", "Huế", "Vũng Tàu", "Bà Rịa", "Hà Nội")
# Words that, right before "Hậu Giang", make it something other than the province.
# Any case: an all-capitals headline writes "ĐƯỜNG HẬU GIANG".
NOT_PROVINCE_BEFORE = re.compile(r"(?:Dược|đường|phố|số \d+[A-Za-z]?|\d+[A-Za-z]?|miệt|vùng|rạch|rối nước)\s*$", re.I)
# … but a date or a year is no house number: "Năm 2025 Hậu Giang có…", "Ngày 5/9 Hậu Giang…", "THPT 2025 Hậu Giang".
DATE_BEFORE = re.compile(r"(?:(?:năm|tháng|ngày|quý|đợt|kỳ|khóa|khoá)\s+[\d/]+|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)\s*$", re.I)
NOT_PROVINCE_AFTER = re.compile(r"^\s*\(?\s*DHG\b|^\s+Pharma")
# … and the region («miệt Hậu Giang») is the former province when «cũ» follows: «giáo viên vùng Hậu Giang cũ».
REGION_BEFORE = re.compile(r"(?:miệt|vùng)\s*$", re.I)
FORMER_AFTER = re.compile(r"\s*\(?\s*(?:cũ|trước đây)\b", re.I)
# A capitalised word typical of personal names right before a place name makes it a person's name.
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Văn", "Thị", "Đinh", "Trương", "Lâm", "Mai", "Tô", "Tạ", "Cao", "Lương", "Đoàn", "Hà",
            "Trịnh", "Châu", "Thái", "Quách", "Kiều", "Hứa", "Đào", "La", "Từ", "Triệu", "Hữu", "Đức", "Công", "Minh")
# In capitals too («ÔNG NGUYỄN VỊ THANH»), but for TỪ: in a headline in capitals it is "from" («HỌC SINH TỪ VỊ THANH»).
PERSON_BEFORE = re.compile(r"(?:" + "|".join(SURNAMES + tuple(s.upper() for s in SURNAMES if s != "Từ")) + r")\s+$")
# … but a sentence that starts "Từ Vị Thanh …" says "from Vị Thanh".
PREPOSITION_START = re.compile(r"(?:^|[.!?:\n]\s*)Từ\s+$")
# District names that are common words once the case is lost: «CÁC VỊ THANH TRA», «ĐƠN VỊ THANH TOÁN», «HƯƠNG VỊ THANH
# MÁT», «ĐƠN VỊ THỦY LỢI», «ĐẾN NGÃ BẢY THÌ RẼ» (a headline in capitals or With Every Word Capitalised).
COMMON_WORD_NAMES = frozenset({"Vị Thanh", "Vị Thủy", "Ngã Bảy"})
# "vị" read as a word (a person, a taste, a unit) never follows a preposition: «TỪ VỊ THANH ĐẾN THỦ ĐÔ» is the city;
# a junction (ngã bảy) is a place word, so «ĐẾN NGÃ BẢY THÌ RẼ» stays unsettled.
PLACE_PREPOSITION = re.compile(WORD_START + r"(?i:từ|tại|ở|về)\s+$")
# … nor a quantifier, which makes it a person's classifier: «CÁC VỊ THỦY THẦN», «HAI VỊ THANH TRA».
QUANTIFIER_BEFORE = re.compile(WORD_START + r"(?i:các|những|mấy|vài|mọi|một|hai|ba|quý)\s+$")
CLAUSE_BREAK = re.compile(r"[^\w\s]|_")  # the words a segmenter reads with a name: those of its clause
# Its unit word, its people's council or committee, or its party committee settle any of them: «TP VỊ THANH», «UBND NGÃ BẢY».
OWNER_BEFORE = re.compile(UNIT_WORDS["district"] + r"$|" + WORD_START + r"(?:UBND|HĐND|(?i:thành ủy|thị ủy|huyện ủy))\s+$")
WORD = re.compile(r"[^\W\d_]+")
# Lower-case words of an address between a place and its province: «huyện Châu Thành (cũ), nay thuộc tỉnh Đồng Tháp».
PROVINCE_UNIT_WORDS = frozenset({"tỉnh", "thành", "phố", "tp"})  # «tỉnh Hậu Giang, tỉnh Sóc Trăng»
PAIR_WORDS = PROVINCE_UNIT_WORDS | {"và"}  # «tỉnh Hậu Giang và tỉnh Sóc Trăng»: two provinces side by side
ADDRESS_WORDS = frozenset("tỉnh thành phố quận huyện thị xã trấn phường ấp khu cũ mới nay thuộc là".split())
# A district-level unit written with its unit word (any case) or its abbreviation; a numbered one (TP.HCM's quận 3)
# only after «quận» or «Q.» («Q3» is a quarter), and not in a count of units: «TP Cần Thơ có 5 quận 4 huyện».
DISTRICT_UNIT = WORD_START + r"(?:(?i:quận|huyện|thị xã|thành phố)|Q|H|TX|TP|Tp)(?:\.\s*|\s+)"
# «5 quận …» (a number of one or two digits), but for a date («ngày 5/9 quận 3») or a ward's number («phường 5 quận 3»,
# «P.5 Q.3»): those are TP.HCM's
COUNT_BEFORE = r"(?:(?<!(?<![\d/.,:])\d )(?<!(?<![\d/.,:])\d\d )|(?<=(?i:phường) \d )|(?<=(?i:phường) \d\d ))"
COUNT_AFTER = r"(?!\s+(?i:huyện|quận|thị xã)" + WORD_END + ")"  # «… quận 4 huyện» («quận 10 phường 12» an address)
NUMBERED_DISTRICT = WORD_START + COUNT_BEFORE + r"(?:(?i:quận)\s*|Q\.\s*)({})(?![\d\wÀ-ỹ])" + COUNT_AFTER
WARD_UNIT = WORD_START + r"(?:(?i:phường)\s+|P\.\s*)"  # a ward's name of two syllables or more («phường Bưởi» is no ward)
COMMON_DISTRICT_NAMES = frozenset({"Thống Nhất"})  # «huyện Thống Nhất» (Đồng Nai), but «thống nhất» is a common word
# Chinese cities written as districts here are: «thành phố Trùng Khánh» is Chongqing (huyện Trùng Khánh is Cao Bằng's),
# «thành phố Đông Hưng» Dongxing (huyện Đông Hưng is Thái Bình's).
FOREIGN_CITIES = frozenset({"Trùng Khánh", "Đông Hưng"})
CITY_UNIT = re.compile(r"(?i:thành phố)|T[Pp]\b")
CAPITAL_AFTER = re.compile(r"[ \t]+([^\W\d_])")
CASE_SPAN = 80  # characters of its line read each side of such a name
# A full stop ends a sentence, not the dot of an abbreviation: "TP.HCM", "Q.12", "H.Lai Vung", "TP. Hồ Chí Minh".
SENTENCE_END = re.compile(r"[!?\n]|(?<!\bTP)(?<!\bTp)(?<!\bTX)(?<!\bTT)(?<!\b[QHTPX])\.(?!\S)")
SENTENCE_SPAN = 1000      # characters read each side of a mention for its sentence (a real one is far shorter)
LEAD_CHARS = 300          # the first characters of a body count as part of the lead
BODY_MENTIONS = 3         # mentions a body needs, beyond the lead, to make an article local
# A province as an item of a list: «tỉnh Sóc Trăng», «TP Cần Thơ», «Hậu Giang».
LIST_UNIT = r"(?:(?i:tỉnh|thành phố)\s+|TP\.?\s*)"
LIST_ITEM = WORD_START + LIST_UNIT + "?(?:{})" + WORD_END
LIST_SEPARATOR = re.compile(r"\s*(?:,|(?i:và)|;|-|–)\s*")  # «… BẠC LIÊU VÀ HẬU GIANG» in a headline in capitals


@dataclass(frozen=True)
class Locality:
    local: bool
    places: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    name: str
    start: int
    end: int
    kind: str  # province | district | district-unit | shared-district | commune | school
    unit: str = ""  # a commune's unit as written: phường, xã or thị trấn


def _alternation(names: set[str]) -> str:
    forms = {f for n in names for v in variants(n) for f in (v, v.upper())}
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = places()
    unique_districts = {d["name"] for d in data["districts"] if d["unique"]}
    shared_districts = {d["name"] for d in data["districts"] if not d["unique"]}
    district_only = {d["name"] for d in data["districts"] if not d["unique"] and d["unique_as_district"]}
    communes = {c["name"] for c in data["communes"]}
    new_units = {u["name"] for u in data["new_units"]}
    unique_units = {c["name"] for c in data["communes"] if c["unique"] and not ROMAN.match(c["name"])} | \
        {u["name"] for u in data["new_units"] if u["unique"]}
    others = {p for p in data["provinces"] if canonical(p) not in (PROVINCE, POST_MERGER_ANCHOR)} | set(PROVINCE_ALIASES)
    item = LIST_ITEM.format(_alternation(set(data["provinces"]) | set(PROVINCE_ALIASES)))  # any province, in a list
    return {
        # any Hậu Giang name at all (a superset of every pattern below): most articles have none, one pass
        "any-name": re.compile(_alternation({PROVINCE} | unique_districts | shared_districts | {
            n for n in communes | new_units if not ROMAN.match(n)})),
        "province": re.compile(WORD_START + "(" + _alternation({PROVINCE}) + ")" + WORD_END),
        "district": re.compile(WORD_START + "(" + _alternation(unique_districts) + ")" + WORD_END),
        "shared-district": re.compile(UNIT_WORDS["district"] + "(" + _alternation(shared_districts - district_only) + ")" + WORD_END),
        "district-unit": re.compile(UNIT_WORDS["district"] + "(" + _alternation(district_only) + ")" + WORD_END),
        "commune": re.compile(UNIT_WORDS["commune"] + "(" + _alternation({n for n in communes | new_units if not ROMAN.match(n)}) + ")" + WORD_END),
        "school": re.compile(SCHOOL_WORDS + "(" + _alternation(unique_units) + ")" + WORD_END),
        "other-province": re.compile(WORD_START + "(" + _alternation(others) + ")" + WORD_END),
        "any-province": re.compile(WORD_START + "(" + _alternation(set(data["provinces"]) | set(PROVINCE_ALIASES)) + ")" + WORD_END),
        "anchor-new": re.compile(WORD_START + "(" + _alternation({POST_MERGER_ANCHOR}) + ")" + WORD_END),
        "list-item": re.compile(item),
        # «xã Tân Hòa, huyện Lai Vung»: a commune's district right after it, not one of the province's (nor Cần Thơ)
        "other-district-after": re.compile(r"\s*[,(–-]\s*(?:(?i:huyện|quận|thị xã|thành phố)|H|Q|TX|TP|Tp)(?:\.\s*|\s+)(?!(?:"
                                           + _alternation({d["name"] for d in data["districts"]} | {PROVINCE, POST_MERGER_ANCHOR})
                                           + ")" + WORD_END + r")[^\W_]"),
        "list-item-before": re.compile("(" + item + r")\s*(?:,|(?i:\bvà\b)|;|-|–)\s*" + LIST_UNIT + "?$"),
        # «quận Cầu Giấy», «TP Vị Thanh», «Q.3», «phường Bến Nghé»: a district-level unit of one province only (its
        # name in group 1, its number in group 2) or a big city's ward of a name found nowhere else (group 3)
        "unit-of-a-province": re.compile(DISTRICT_UNIT + "(" + _alternation({
            n for n in data["district_provinces"] if not n.isdigit() and n not in COMMON_DISTRICT_NAMES
            and n not in set(data["provinces"]) | set(PROVINCE_ALIASES)}) + ")" + WORD_END + "|" + NUMBERED_DISTRICT.format(
            "|".join(sorted((n for n in data["district_provinces"] if n.isdigit()), key=len, reverse=True)))
            + "|" + WARD_UNIT + "(" + _alternation({n for n in data["ward_provinces"] if " " in n}) + ")" + WORD_END),
    }


@lru_cache(maxsize=1)
def _name_sets() -> tuple[set[str], dict[str, str], set[str]]:
    """(communes unique in the country, new-unit names with their unit (phường, xã), all names of Hậu Giang units)."""
    data = places()
    unique = {c["name"] for c in data["communes"] if c["unique"]} | {u["name"] for u in data["new_units"] if u["unique"]}
    new = {u["name"]: u["type"].lower() for u in data["new_units"]}
    return unique, new, {d["name"] for d in data["districts"]} | {c["name"] for c in data["communes"]} | set(new)


NAME_EDGE = r"(?<![^\W_])"  # a name starts after a non-letter or a segmentation underscore…
NAME_END = r"(?![^\W_])"    # … and ends before one


@lru_cache(maxsize=1)
def _own_names() -> re.Pattern[str]:
    """Hậu Giang, Cần Thơ and every unit of Hậu Giang before and after the merger (Roman-numeral wards aside),
    capitalised or all capitals, with a space or the segmenter's underscore between syllables."""
    data = places()
    names = {PROVINCE, POST_MERGER_ANCHOR} | {d["name"] for d in data["districts"]} | {
        c["name"] for c in data["communes"] + data["new_units"] if not ROMAN.match(c["name"])}
    forms = {f for n in names for v in variants(n) for f in (v, v.upper())}
    alternation = "|".join("[ _]".join(map(re.escape, f.split(" "))) for f in sorted(forms, key=len, reverse=True))
    return re.compile(NAME_EDGE + "_?(" + alternation + ")_?" + NAME_END)


def mask_places(text: str, gap: str = " ") -> str:
    """`text` without the province's own place names (each replaced by `gap`).

    The labelled items that name Hậu Giang's places were chosen for locality and are nearly all education
    news, so models reading "Phụng Hiệp" or "Hậu Giang" learn them as signs of a focus topic and pull any
    local news (a toll-booth dispute) towards one, its tone shifting with the place named. Locality is judged
    apart (``detect_locality``). Other provinces' names stay: across the national news they carry no such
    bias and help tell crime and land disputes from school news. The names are dropped, not replaced by a
    token: such a token would stand for "a local item" and learn the same bias. A common-word name where the
    capitals say nothing and locality reads it as words (``_case_blind``: «CÁC VỊ THANH TRA», «ĐƠN VỊ THỦY LỢI»)
    is no place name: it stays, or the models would read «các tra», «đơn lợi».
    """
    plain = text.replace("_", " ")  # the same offsets, the words as locality reads them
    return _own_names().sub(lambda m: m.group(0) if _common_words(plain, m) else gap, text)


def _common_words(plain: str, found: re.Match[str]) -> bool:
    """Whether a match of ``_own_names`` in a segmented text (`plain`: the same without underscores) is a common-word
    name read as words."""
    name = _title(found.group(1).replace("_", " "))
    return name in COMMON_WORD_NAMES and _case_blind(plain, Mention(name, found.start(1), found.end(1), "district"))


@lru_cache(maxsize=4096)
def _title(name: str) -> str:
    """A matched form back to the gazetteer's spelling (all capitals → title case, new-style marks)."""
    return canonical(name.title() if name.isupper() else name)


def mentions(text: str) -> Iterator[Mention]:
    """Every candidate mention of a Hậu Giang place, before the guards."""
    pats = _patterns()
    if not pats["any-name"].search(text):
        return
    for kind in ("province", "district", "district-unit", "shared-district", "commune", "school"):
        for m in pats[kind].finditer(text):
            written = text[m.start():m.start(1)].strip(" .").lower() if kind == "commune" else ""
            yield Mention(_title(m.group(1)), m.start(1), m.end(1), kind, UNIT_ABBREVIATIONS.get(written, written))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], at most SENTENCE_SPAN characters each side of it: a scan from the start of
    the text for each mention took minutes on a page of a few hundred kilobytes (quadratic)."""
    lo = max(0, start - SENTENCE_SPAN)
    left = max((m.end() for m in SENTENCE_END.finditer(text, lo, start)), default=lo)
    return left, _sentence_end(text, end, SENTENCE_SPAN)


def _sentence_end(text: str, end: int, span: int) -> int:
    """Where the sentence that goes on at `end` stops, looking at most `span` characters ahead."""
    right = SENTENCE_END.search(text, end, end + span)
    return right.start() if right else min(len(text), end + span)


def _followed_by_other_province(text: str, m: Mention) -> bool:
    """'huyện Châu Thành, tỉnh Tiền Giang': another province named right after, in the same clause, as the place's
    address or its pair (_tied); in «Học sinh Hậu Giang đoạt giải ở Hà Nội» it names where they went."""
    window = text[m.end: _sentence_end(text, m.end, 60)]
    other = _patterns()["other-province"].search(window)
    own = _patterns()["province"].search(window)
    if not other or (own and own.start() < other.start()) or _two_provinces(text, m, window[:other.start()]):
        return False
    return _tied(window[:other.start()])


def _two_provinces(text: str, m: Mention, gap: str) -> bool:
    """«Hậu Giang, Sóc Trăng: …», «Hậu Giang - Sóc Trăng», «Hậu Giang và Sóc Trăng sáp nhập …»: the province right before
    another names two provinces, as «Sóc Trăng, Hậu Giang» and «Sóc Trăng và Hậu Giang» do (a list of three or more is
    _in_province_list's); a province is no province's address. A pair with words between («ở tỉnh Hậu Giang và một ở
    tỉnh Trà Vinh») is _tied's. A school, a business or a ward named Hậu Giang is: «Trường THCS Hậu Giang, TP.HCM»,
    «Co.opmart Hậu Giang, TP.HCM» (see _part_of_a_name)."""
    return m.kind == "province" and all(w.lower() in PAIR_WORDS for w in WORD.findall(gap)) and not (
        SCHOOL_BEFORE.search(text, max(0, m.start - 60), m.start) or _part_of_a_name(text, m))


# Words right before a province's name that leave it the province: its own unit («tỉnh Hậu Giang», «TP»), a preposition
# or a conjunction, capitalised at a sentence's start too («Tại Hậu Giang, Sóc Trăng …»).
PROVINCE_STANDS_AFTER = PROVINCE_UNIT_WORDS | frozenset("tại ở từ về và với cùng của cho đến là nay thuộc".split())
# A smaller place, a street or a business, in any case, before it: «phường Hậu Giang, TP.HCM» is a ward of that city,
# «Khách sạn Hậu Giang, TP.HCM» a hotel there.
NAMED_THINGS = frozenset({"quận", "huyện", "xã", "thị trấn", "phường", "ấp", "khu", "khu phố", "đường", "chợ", "trường",
                          "học viện", "đại học", "cao đẳng", "khách sạn", "chung cư", "công ty", "tập đoàn", "siêu thị",
                          "bệnh viện", "phòng khám", "nhà hàng", "ngân hàng", "trung tâm", "bến xe", "cửa hàng",
                          "nhà sách", "tòa nhà", "toà nhà"})
LAST_WORDS = re.compile(r"(?:(\S+)[ \t]+)?(\S+)[ \t]+$")
# … but a province's own authority or paper is named with it: «Sở GD&ĐT Hậu Giang, Sóc Trăng» are two provinces' offices.
AUTHORITY_BEFORE = re.compile(WORD_START + r"(?:Sở|SỞ|UBND|HĐND|(?i:công an|tỉnh ủy|tỉnh uỷ|tỉnh đoàn|báo|đài))"
                              + WORD_END + r"[^\n,.;:!?()]{0,40}$")


def _part_of_a_name(text: str, m: Mention) -> bool:
    """Whether the name ends a longer one: after the word of a smaller place or a business («phường Hậu Giang»,
    «Khách sạn Hậu Giang», «KHÁCH SẠN HẬU GIANG», «Trường Đại học Hậu Giang») or after a capitalised word inside a
    sentence («Siêu thị Co.opmart Hậu Giang», «TRƯỜNG THCS HẬU GIANG»): then what follows it is that thing's address,
    not a second province. «Học sinh Hậu Giang, Sóc Trăng», «Sáng 5/9, Hậu Giang, Sóc Trăng», «Sở GD&ĐT Hậu Giang, Sóc
    Trăng» name two provinces."""
    last = LAST_WORDS.search(text, max(0, m.start - 40), m.start)
    if not last or not last.group(2)[-1].isalnum():  # the start of the text or of a clause
        return False
    before, word = (last.group(1) or ""), last.group(2)
    if word.lower() in PROVINCE_STANDS_AFTER:
        return False
    if word.lower() in NAMED_THINGS or f"{before} {word}".lower() in NAMED_THINGS:
        return True
    if AUTHORITY_BEFORE.search(text, max(0, m.start - 50), m.start):
        return False
    return word[0].isupper() and bool(before) and before[-1].isalnum()  # a capital inside a sentence begins no sentence


def _tied(gap: str) -> bool:
    """Whether the words between a place and the next province tie them: an address (names, numbers, unit words:
    «xã Long Mỹ, huyện Giồng Trôm, tỉnh Bến Tre»), or a pair («một bệnh nhân ở tỉnh Hậu Giang và một ở tỉnh Trà Vinh»)."""
    words = WORD.findall(gap)
    return any(w.lower() == "và" for w in words) or _address_words(words)


def _address_words(words: list[str]) -> bool:
    """Whether the words between a place and a province are those of an address: names, unit words (ADDRESS_WORDS)."""
    return all(w[0].isupper() or w.lower() in ADDRESS_WORDS for w in words)


def _in_province_list(text: str, m: Mention) -> bool:
    """Hậu Giang as one item of a list of three or more other provinces in its sentence (Cần Thơ one of them), or of
    three provinces in a row («hợp nhất Cần Thơ, Sóc Trăng và Hậu Giang»)."""
    left, right = _sentence(text, m.start, m.end)
    sentence = text[left:right]
    others = {x.group(1) for kind in ("other-province", "anchor-new") for x in _patterns()[kind].finditer(sentence)}
    if len(others) < 2:
        return False
    before, after = text[max(left, m.start - 3): m.start], text[m.end: min(right, m.end + 3)]
    if len(others) >= 3 and (LIST_SEPARATOR.search(before) or LIST_SEPARATOR.match(after)):
        return True
    return _in_a_row(text, m, left, right) >= 3


def _in_a_row(text: str, m: Mention, left: int, right: int) -> int:
    """How many provinces the run of names joined by commas or «và» around the mention holds."""
    item, previous = _patterns()["list-item"], _patterns()["list-item-before"]
    start, count = m.start, 1
    while before := previous.search(text, max(left, start - 40), start):
        start, count = before.start(1), count + 1
    end = m.end
    while (after := LIST_SEPARATOR.match(text, end, right)) and (found := item.match(text, after.end(), right)):
        end, count = found.end(), count + 1
    return count


def _province_counts(text: str, m: Mention) -> bool:
    before = text[max(0, m.start - 12): m.start]
    former = REGION_BEFORE.search(before) and FORMER_AFTER.match(text, m.end)
    street = NOT_PROVINCE_BEFORE.search(before) and not (DATE_BEFORE.search(before) or former)
    return not (street or NOT_PROVINCE_AFTER.match(text[m.end: m.end + 12])
                or _in_province_list(text, m) or _school_elsewhere(text, m))


def _school_elsewhere(text: str, m: Mention) -> bool:
    """«TP.HCM: Trường THCS Hậu Giang khai giảng»: a school named Hậu Giang after another province in its sentence (one
    after it is its address, _followed_by_other_province, or where it goes: «… Hậu Giang tiếp đoàn học sinh TP.HCM»)."""
    if not SCHOOL_BEFORE.search(text, max(0, m.start - 60), m.start):
        return False
    return bool(_patterns()["other-province"].search(text, _sentence(text, m.start, m.end)[0], m.start))


def _person_before(text: str, m: Mention) -> bool:
    """"Nguyễn Vị Thanh", "ông Từ Vị Thanh": the place name is part of a person's name."""
    before = text[max(0, m.start - 12): m.start]
    return bool(PERSON_BEFORE.search(before)) and not PREPOSITION_START.search(text[max(0, m.start - 16): m.start])


def _case_blind(text: str, m: Mention) -> bool:
    """A common-word name (COMMON_WORD_NAMES) written where its capitals say nothing: in capitals, or among words that
    are all capitalised, with a word glued on each side («CÁC VỊ THANH TRA», «Các Vị Thanh Tra Làm Việc»). The words
    read are those of its line up to CASE_SPAN characters each side."""
    if m.name not in COMMON_WORD_NAMES:
        return False
    left = text.rfind("\n", max(0, m.start - CASE_SPAN), m.start) + 1 or max(0, m.start - CASE_SPAN)
    right = text.find("\n", m.end, m.end + CASE_SPAN)
    right = right if right >= 0 else min(len(text), m.end + CASE_SPAN)
    before, after = WORD.findall(text, left, m.start), text[m.end:right]
    if not text[m.start:m.end].isupper() and not all(w[0].isupper() for w in before + WORD.findall(after)):
        return False
    settled = OWNER_BEFORE.search(text, left, m.start) or (m.name.startswith("Vị ") and (
        PLACE_PREPOSITION.search(text, left, m.start) or _reads_as_a_name(text[left:m.start], m.name, after)))
    return bool(before and WORD.match(after.lstrip(" "))) and not settled


def _reads_as_a_name(before: str, name: str, after: str) -> bool:
    """«HỌC SINH VỊ THANH ĐƯỢC MIỄN HỌC PHÍ»: «vị» read as a word binds to the words beside it («đơn vị», «hương vị»,
    «vị thanh tra») or follows a quantifier («các vị»); a place name stands apart. Whether it does is read by the
    segmenter on the clause in lower case, where the name's capitals cannot sway it."""
    if QUANTIFIER_BEFORE.search(before):
        return False
    words_before = CLAUSE_BREAK.split(before)[-1].lower().split()
    words_after = CLAUSE_BREAK.split(after)[0].lower().split()
    return _stands_apart(tuple(words_before), name.lower(), tuple(words_after))


@lru_cache(maxsize=4096)
def _stands_apart(before: tuple[str, ...], name: str, after: tuple[str, ...]) -> bool:
    """Whether the segmenter joins none of `name`'s syllables to a word before or after it."""
    from nlp.segment import segmenter

    edges, at = set(), 0
    for token in segmenter()(" ".join(before + (name,) + after)).split():
        edges.add(at)
        at += token.count("_") + 1
    return {len(before), len(before) + len(name.split())} <= edges | {at}


def _local_mentions(text: str) -> list[Mention]:
    """Mentions that pass the guards and, for shared names, have their anchor."""
    found = [m for m in mentions(text) if not _followed_by_other_province(text, m)]
    unique_communes, new_units, _ = _name_sets()
    province = [m for m in found if m.kind == "province" and _province_counts(text, m)]
    districts = [m for m in found if m.kind == "district-unit"
                 or (m.kind == "district" and not _person_before(text, m))]
    is_blind = [_case_blind(text, m) for m in districts]
    blind = [m for m, b in zip(districts, is_blind) if b]
    districts = [m for m, b in zip(districts, is_blind) if not b]
    anchored = bool(province or districts)
    post_merger_anchor = bool(_patterns()["anchor-new"].search(text))
    other_district = _patterns()["other-district-after"]
    local: list[Mention] = province + districts
    for m in found:
        if m.kind == "shared-district" and anchored:
            local.append(m)
        elif m.kind == "school":
            local.append(m)
        elif m.kind == "commune" and (m.name in unique_communes or anchored or (
                post_merger_anchor and new_units.get(m.name) == m.unit)) and not other_district.match(text, m.end):
            local.append(m)
    local += blind if local else []  # a common-word name in capitals counts beside another place of the province
    return sorted(_outermost(local), key=lambda m: m.start)


def _outermost(found: list[Mention]) -> list[Mention]:
    """Without a mention that lies inside a longer one: "huyện Châu Thành A" names Châu Thành A, not also the
    district of Châu Thành (nor "xã Vĩnh Viễn A" the town of Vĩnh Viễn). One sweep in (start, longest first) order:
    a mention is inside another when a different span before it reaches as far (pairwise, a long page took seconds)."""
    inner: set[int] = set()
    reach = reach_before = -1
    span = None
    for m in sorted(found, key=lambda m: (m.start, -m.end)):
        if (m.start, m.end) != span:
            span, reach_before = (m.start, m.end), reach
        if reach_before >= m.end:
            inner.add(id(m))
        reach = max(reach, m.end)
    return [m for m in found if id(m) not in inner]


def detect_locality(text: str, body: str = "") -> Locality:
    """Whether an article is local coverage: `text` is its title and lead, `body` the rest (optional)."""
    head = nfc(text or "")
    body = nfc(body or "")
    full = f"{head}\n{body}" if body else head
    found = _local_mentions(full)
    lead_end = len(head) + 1 + LEAD_CHARS
    in_lead = [m for m in found if m.start < lead_end]
    in_body = [m for m in found if m.start >= lead_end]
    local = bool(in_lead)
    specific = any(m.kind != "province" for m in in_body)
    if not local and (len(in_body) >= BODY_MENTIONS or (specific and len(in_body) >= 2)):
        others = Counter(x.group(1) for x in _patterns()["other-province"].finditer(full, lead_end))
        others.update(x.group(1) for x in _patterns()["anchor-new"].finditer(full, lead_end))
        local = len(in_body) > max(others.values(), default=0)
    names = [m.name for m in (found if local else [])]
    return Locality(local=local, places=tuple(dict.fromkeys(names)))


# The provinces and cities as they stand since 1 July 2025 (34; Resolution 202/2025/QH15): an old name is the new
# province it is part of, so a Vị Thanh story and its «TP Cần Thơ» follow-up name one place.
MERGED_2025 = {
    "Hà Giang": "Tuyên Quang", "Yên Bái": "Lào Cai", "Bắc Kạn": "Thái Nguyên", "Vĩnh Phúc": "Phú Thọ",
    "Hòa Bình": "Phú Thọ", "Bắc Giang": "Bắc Ninh", "Thái Bình": "Hưng Yên", "Hải Dương": "Hải Phòng",
    "Hà Nam": "Ninh Bình", "Nam Định": "Ninh Bình", "Quảng Bình": "Quảng Trị", "Quảng Nam": "Đà Nẵng",
    "Kon Tum": "Quảng Ngãi", "Bình Định": "Gia Lai", "Ninh Thuận": "Khánh Hòa", "Đắk Nông": "Lâm Đồng",
    "Bình Thuận": "Lâm Đồng", "Phú Yên": "Đắk Lắk", "Bình Dương": "Hồ Chí Minh", "Bà Rịa - Vũng Tàu": "Hồ Chí Minh",
    "Bình Phước": "Đồng Nai", "Long An": "Tây Ninh", "Sóc Trăng": "Cần Thơ", "Hậu Giang": "Cần Thơ",
    "Bến Tre": "Vĩnh Long", "Trà Vinh": "Vĩnh Long", "Tiền Giang": "Đồng Tháp", "Bạc Liêu": "Cà Mau",
    "Kiên Giang": "An Giang",
}
ALIAS_OF = {"TP.HCM": "Hồ Chí Minh", "TPHCM": "Hồ Chí Minh", "TP HCM": "Hồ Chí Minh", "TP. HCM": "Hồ Chí Minh",
            "Sài Gòn": "Hồ Chí Minh", "Vũng Tàu": "Hồ Chí Minh", "Bà Rịa": "Hồ Chí Minh"}
# «Hồ Chí Minh» alone is the president (Đoàn TNCS Hồ Chí Minh, tư tưởng Hồ Chí Minh): the city is written with its unit.
CITY_BEFORE = re.compile(r"(?:\bTP\.?\s*|\bTp\.?\s*|(?i:thành phố)\s+)$")
# «Thái Bình Dương» is the Pacific («châu Á - Thái Bình Dương» of university rankings, APEC), neither Thái Bình nor Bình Dương.
PACIFIC = re.compile(r"(?i:thái\s+bình\s+dương)" + WORD_END)


# «Giải Nobel Hòa Bình», «giải thưởng Hòa Bình», «Đại hội vì Hòa Bình» are peace: a word, not the province.
WORD_BEFORE = {"Hòa Bình": re.compile(WORD_START + r"(?i:nobel|giải(?:\s+thưởng)?|vì)\s+$")}
# «Điện Biên Phủ» is Điện Biên's city only after its unit word or a word of place («TP Điện Biên Phủ», «T.P Điện Biên
# Phủ», «ở Điện Biên Phủ»); else the battle: «chiến dịch Điện Biên Phủ», «70 năm Điện Biên Phủ», «kỷ niệm Điện Biên
# Phủ», a street «đường Điện Biên Phủ» in any city; «Điện Biên Phủ trên không» is Hà Nội's battle of 1972 wherever.
# «về», «từ» are no words of place here: «tìm hiểu về Điện Biên Phủ» (about), «bài học từ Điện Biên Phủ» (from);
# «trở về Điện Biên Phủ» (back to) is the city.
PHU_AFTER = re.compile(r"\s+(?i:phủ)" + WORD_END)
IN_THE_AIR_AFTER = re.compile(r"\s+(?i:phủ\s+trên\s+không)" + WORD_END)
AT_THE_CITY_BEFORE = re.compile(r"(?:\bT\.?P\.?\s*|\bTp\.?\s*|" + WORD_START + r"(?i:thành phố|ở|tại|đến|lên|thăm|trở về|quay về)\s+)$")
# A street or a school named after a province: «đường Hà Nội», «đại lộ Bình Dương», «phố Huế» («thành phố Huế» is the
# city), «Trường THCS Long An»; a school needs its kind written, or «thị trường Hà Nội» (the market) would be one.
NAMED_AFTER_BEFORE = re.compile(WORD_START + r"(?:(?i:đường|đại lộ)|(?<!(?i:thành) )(?<!(?i:khu) )(?i:phố)|(?i:trường)\s+"
                                + SCHOOL_KIND + r"+)\s*$")


def _province_of(found: re.Match[str]) -> str:
    """The province a match of a province's name (its group 1) names since the merger: «TP.HCM» and «Bình Dương» are
    «Hồ Chí Minh», «Sóc Trăng» and «Hậu Giang» «Cần Thơ»."""
    written = _title(found.group(1))
    name = ALIAS_OF.get(found.group(1), ALIAS_OF.get(written, written))
    return MERGED_2025.get(name, name)


def _a_word(text: str, found: re.Match[str]) -> bool:
    """Whether a province's name is a word here: peace («Giải Nobel Hòa Bình», WORD_BEFORE) or a battle («chiến thắng
    Điện Biên Phủ», «70 năm Điện Biên Phủ»: AT_THE_CITY_BEFORE)."""
    name = _title(found.group(1))
    if name == "Điện Biên" and PHU_AFTER.match(text, found.end(1)):
        return bool(IN_THE_AIR_AFTER.match(text, found.end(1))) or not AT_THE_CITY_BEFORE.search(
            text, max(0, found.start(1) - 20), found.start(1))
    before = WORD_BEFORE.get(name)
    return bool(before and before.search(text, max(0, found.start(1) - 20), found.start(1)))


def _named_after_elsewhere(text: str, found: re.Match[str]) -> bool:
    """«Trường THCS Long An, TP.HCM», «đường Hà Nội, TP Thủ Đức, TP.HCM», «phố Huế (Hà Nội)»: a street or a school
    named after a province (NAMED_AFTER_BEFORE) with another province as its address, right after it in its clause.
    «Trường THCS Long An, tỉnh Long An» and «đường Hà Nội bị ngập» still name the province."""
    if not NAMED_AFTER_BEFORE.search(text, max(0, found.start(1) - 40), found.start(1)):
        return False
    end = _sentence_end(text, found.end(1), 60)
    province = _patterns()["any-province"].search(text, found.end(1), end)
    district = _patterns()["unit-of-a-province"].search(text, found.end(1), end)
    if district and not (province and province.start() < district.start()):
        gap, where = text[found.end(1): district.start()], _unit_province(district)
    elif province:
        gap, where = text[found.end(1): province.start(1)], _province_of(province)
    else:
        return False
    return bool(re.search(r"[,(]", gap)) and _address_words(WORD.findall(gap)) and where != _province_of(found)


def _unit_province(found: re.Match[str], merged: bool = True) -> str:
    """The province of a match of ``unit-of-a-province`` (since the merger unless not `merged`): «quận Cầu Giấy» and
    «phường Trúc Bạch» are Hà Nội's, «TP Vị Thanh» Cần Thơ's (Hậu Giang's before)."""
    if found.group(3):
        name = _province_of_unit("ward_provinces", _title(found.group(3)))
    else:
        name = _province_of_unit("district_provinces", found.group(2) or _title(found.group(1)))
    return MERGED_2025.get(name, name) if merged else name


@lru_cache(maxsize=2)
def _units_case_blind(table: str) -> dict[str, str]:
    return {name.casefold(): province for name, province in places()[table].items()}


def _province_of_unit(table: str, name: str) -> str:
    """A unit's province, its name as written or in capitals: «HUYỆN KBANG» is title-cased «Kbang», the gazetteer's
    «KBang» (so «Cư M'gar», «Ea H'leo»); empty for a name the gazetteer lacks."""
    return places()[table].get(name) or _units_case_blind(table).get(name.casefold(), "")


def _units_named(text: str) -> set[str]:
    """The provinces of the units of other provinces a text names with their unit word («ở quận Cầu Giấy», «huyện Mỹ
    Xuyên», «phường Bến Nghé»), but for a person's name («Chủ tịch huyện Mai Sơn Hà»: a surname, a capital after it)
    and a Chinese city (FOREIGN_CITIES). Hậu Giang's own are ``_local_mentions``'."""
    found = set()
    for x in _patterns()["unit-of-a-province"].finditer(text):
        name = x.group(1) or x.group(3) or ""
        after = CAPITAL_AFTER.match(text, x.end())
        if name.split(" ")[0] in SURNAMES and after and after.group(1).isupper() and not name.isupper():
            continue
        if _title(name) in FOREIGN_CITIES and CITY_UNIT.match(text, x.start()):
            continue
        if _unit_province(x, merged=False) != PROVINCE:
            found.add(_unit_province(x))
    return found


def provinces_named(text: str) -> frozenset[str]:
    """The provinces and cities a text names, as they stand since the July 2025 merger (MERGED_2025): Hậu Giang's own
    places (``_local_mentions``) and Cần Thơ are «Cần Thơ»; another province's name after a personal name is a person,
    one that is a word (peace, a battle: _a_word) or the name of a street or a school elsewhere (_named_after_elsewhere)
    no province. A district of one province only or a big city's ward, with its unit word, names its province
    (_units_named: «ở quận Cầu Giấy» is Hà Nội)."""
    text = nfc(text or "")
    found: set[str] = set()
    ocean = [o.span() for o in PACIFIC.finditer(text)]
    for x in _patterns()["other-province"].finditer(text):
        if any(a <= x.start(1) < b for a, b in ocean) or _a_word(text, x) or _named_after_elsewhere(text, x):
            continue
        president = _title(x.group(1)) == "Hồ Chí Minh" and not CITY_BEFORE.search(text, max(0, x.start() - 12), x.start())
        if not president and not PERSON_BEFORE.search(text, max(0, x.start() - 12), x.start()):
            found.add(_province_of(x))
    found |= _units_named(text)
    if _patterns()["anchor-new"].search(text) or (_patterns()["any-name"].search(text) and _local_mentions(text)):
        found.add(POST_MERGER_ANCHOR)
    return frozenset(found)
