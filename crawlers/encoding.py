"""Bytes of a page or feed into text: the declared encoding when it is true, UTF-8 when it is not, NFC always.

Vietnamese sites mostly send UTF-8, some still declare (or actually use) windows-1258, whose tone marks
are combining characters — hence NFC after decoding. A declaration that contradicts the bytes is common
(``charset=iso-8859-1`` in a header on a UTF-8 page), so bytes that are valid UTF-8 are read as UTF-8
whatever is declared: a legacy Vietnamese page is practically never valid UTF-8 by accident.
"""
from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from collections import Counter

HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]+encoding\s*=\s*[\"']([\w.:-]+)[\"']", re.I)
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Every label browsers read as windows-1252 (WHATWG Encoding Standard), and Python's spellings of them («latin-1»,
# «iso8859_1»): a page behind any of them is weighed as a windows-1252 one (see decode_bytes), not taken at its word.
WINDOWS_1252_LABELS = ("ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
                       "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
                       "us-ascii", "windows-1252", "x-cp1252", "latin-1", "iso8859_1")
# What browsers do with the labels that lie most often (WHATWG Encoding Standard).
ALIASES = dict.fromkeys(WINDOWS_1252_LABELS, "cp1252") | {
    "windows-1258": "cp1258", "x-cp1258": "cp1258", "iso-8859-9": "cp1254", "gb2312": "gbk", "gb_2312-80": "gbk",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "big5": "big5hkscs"}
# Letters only Vietnamese uses among the Latin scripts, upper and lower case, after NFC.
VIETNAMESE = set("ăâđêôơưĂÂĐÊÔƠƯ" "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                 "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ")


# TCVN3 (TCVN 5712:1993 VN3, the «.VnTime» fonts' «ABC» code): Vietnamese letters in 0xA0–0xFF (glibc's TCVN5712-1
# there), windows-1252 below. Old pages and documents of provincial offices still use it, declaring windows-1252 or
# nothing; read as windows-1252 they are mojibake («Phô huynh ph¶n ¸nh l¹m thu» for «Phụ huynh phản ánh lạm thu»).
TCVN3 = "".join(chr(b) for b in range(0x80)) + bytes(range(0x80, 0xA0)).decode("cp1252", "replace") + (
    "\xa0\u0102\xc2\xca\xd4\u01a0\u01af\u0110\u0103\xe2\xea\xf4\u01a1\u01b0\u0111\u1eb0\u0300\u0309\u0303\u0301\u0323"
    "\xe0\u1ea3\xe3\xe1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf\u1eb4\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7\u1ea9"
    "\u1eab\u1ea5\u1ead\xe8\u1ec2\u1ebb\u1ebd\xe9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\xec\u1ec9\u1ec4\u1ebe\u1ed2\u0129"
    "\xed\u1ecb\xf2\u1ed4\u1ecf\xf5\xf3\u1ecd\u1ed3\u1ed5\u1ed7\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\xf9\u1ed6"
    "\u1ee7\u0169\xfa\u1ee5\u1eeb\u1eed\u1eef\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\xfd\u1ef5\u1ed0")
# VNI (the «VNI-Times» fonts' code): windows-1252 bytes where a Vietnamese letter is its base letter followed by a
# mark's byte («Vieät» for «Việt», «ñ» for «đ»), a few letters one byte of their own. Capitals take capital marks.
VNI_MARKS = {"": "", "\u0300": "ø", "\u0301": "ù", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
# â ê ô, then ă: the hat alone, then with each mark in VNI_MARKS' order
VNI_HATS = {("\u0302", "aeo"): "âàáåãä", ("\u0306", "a"): "êèéúüë"}
VNI_OWN = {"ơ": "ô", "ư": "ö", "đ": "ñ", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î", "ì": "ì", "í": "í"}


def _vni_table() -> dict[str, str]:
    """VNI spelling → Vietnamese letter, lower and upper case."""
    table: dict[str, str] = {}
    for base in "aeiouyơư":
        lead = VNI_OWN.get(base, base)
        for i, (mark, code) in enumerate(VNI_MARKS.items()):
            table.setdefault(unicodedata.normalize("NFC", base + mark), lead + code)
            for (hat, bases), codes in VNI_HATS.items():
                if base in bases:
                    table[unicodedata.normalize("NFC", base + hat + mark)] = base + codes[i]
    table.update(VNI_OWN)
    table = {letter: code for letter, code in table.items() if code != letter}
    table.update({letter.upper(): code.upper() for letter, code in list(table.items())})
    return {code: letter for letter, code in table.items()}


VNI = _vni_table()
VNI_SPELLING = re.compile("|".join(sorted(map(re.escape, VNI), key=len, reverse=True)))
VNI_SHARE = 0.5  # of the characters beyond ASCII in a windows-1252 reading, VNI's spellings at least (see _vni)
VNI_EVIDENCE = 10  # two-character VNI spellings («aï», «eá», «öô»…) a VNI reading needs before it is believed …
VNI_KINDS = 5  # … of so many kinds at least (windows-1258 read as windows-1252 gives 3 at most on the saved pages)
MOJIBAKE = 0.5  # a reading whose non-ASCII letters are less than half Vietnamese ones is not Vietnamese text
TCVN3_EVIDENCE = 20  # letters beyond Latin-1 (ạ, đ, ư …) a TCVN3 reading must give before it is believed
GOOD_READING = 0.9  # of a legacy reading's words with letters beyond ASCII, Vietnamese syllables at least …
BETTER_READING = 0.3  # … and that much more than of the other readings' (see syllable_score)
FAIR_READING = 0.5  # a guess over a declared code of another script: this at least, BETTER_READING above the declared
SCORED_CHARS = 200_000  # how much of a page the readings are scored on

# Vietnamese syllables, tone marks left out: an onset, then one of the rhymes the language has. «ẵ», «Tớnh», «Mỹnchen»
# (Latin-1 text read as TCVN3) or «Nińo» are none; «học», «nghiêng», «quyết», «giữa» are.
ONSETS = "ngh ng nh ch gh gi kh ph th tr qu b c d đ g h k l m n p q r s t v x".split()
RHYMES = frozenset("""a ai ao au ay ac am an ang anh ap at ach ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
e eo ec em en eng ep et ê êu êch êm ên ênh êp êt i ia iu ic im in inh ip it ich iêc iêm iên iêng iêp iêt iêu
o oa oai oao oay oac oach oam oan oang oanh oap oat oăc oăm oăn oăng oăp oăt oe oeo oen oet oi oc om on ong op ot ooc
oong ô ôi ôc ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt u ua uân uâng uât uây uê uêch uênh uy uya uych uyên uyêt uyn uynh uyp
uyt uyu ui uc um un ung up ut uôc uôi uôm uôn uông uôt uơ ư ưa ưi ưu ưc ưm ưn ưng ưt ươc ươi ươm ươn ương ươp ươt
ươu y yêm yên yêt yêu""".split())
# The Central Highlands' place and people's names, Vietnamese in Vietnamese text (an education department's notices
# name them in every line): «Đắk Lắk», «Krông Búk», «M'Đrắk», «Chư Prông», «Chư Păh», «Đạ Tẻh», «Cư Jút», «H'Hen Niê».
HIGHLAND_ONSETS = "kr đr pr pl gl gr br j".split()
HIGHLAND_RHYMES = frozenset("ak ăk âk ok ôk uk ăh eh iê".split())
ONSETS += HIGHLAND_ONSETS
RHYMES |= HIGHLAND_RHYMES
TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
# A word of letters and digits: one that has a digit («Ơ800», ¥800 read as TCVN3; «COVID-19»'s «19») is no syllable.
WORD = re.compile(r"[^\W_]+")
ASCII_OR_SPACE = re.compile(r"[\x00-\x7f\s]+")


@functools.lru_cache(maxsize=1 << 16)  # a language has a few thousand syllables; pages repeat their words
def _syllable(word: str) -> bool:
    """Whether a word (lower case) is a Vietnamese syllable: one tone mark at most, an onset and a rhyme."""
    parts = unicodedata.normalize("NFD", word)
    bare = parts.translate(TONE_MARKS)
    if len(parts) - len(bare) > 1:
        return False
    bare = unicodedata.normalize("NFC", bare)
    return bare in RHYMES or any(bare.startswith(onset) and bare[len(onset):] in RHYMES for onset in ONSETS)


def _words(text: str) -> list[str]:
    """The words a reading is judged on: two letters or more and no digit. A lone letter («Ơ», «ộ»: «¥», «¶» read as
    TCVN3) or a word stuck to a number is what any sign beyond ASCII reads as in one code or another."""
    return [w for w in WORD.findall(text) if len(w) > 1 and w.isalpha()]


def _abbreviation(word: str) -> bool:
    """«QĐ», «HĐND», «SGDĐT», «TRƯỜNG»: capitals without a tone mark, an abbreviation (or a capital headline) no
    syllable check can tell."""
    parts = unicodedata.normalize("NFD", word)
    return word.isupper() and len(parts.translate(TONE_MARKS)) == len(parts)


def syllable_score(text: str) -> float:
    """Share of the words with letters beyond ASCII that are Vietnamese syllables (1.0 when there are none): text in
    the code it was written in scores near 1, text read in another code far less. Abbreviations are left out."""
    words: Counter[str] = Counter()
    for word, n in Counter(w for w in _words(text[:SCORED_CHARS]) if not w.isascii()).items():
        if not _abbreviation(word):
            words[word.lower()] += n
    total = sum(words.values())
    return sum(n for w, n in words.items() if _syllable(w)) / total if total else 1.0


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = ALIASES.get(label.strip().lower(), label.strip().lower())
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_encodings(content: bytes, content_type: str = "") -> list[str]:
    """Encodings the response declares: HTTP header first, then <meta> or the XML declaration."""
    found = []
    m = HEADER_CHARSET.search(content_type or "")
    if m:
        found.append(m.group(1))
    head = content[:4096]
    for pattern in (XML_ENCODING, META_CHARSET):
        m = pattern.search(head)
        if m:
            found.append(m.group(1).decode("ascii", "replace"))
    names = list(dict.fromkeys(c for c in (_codec(label) for label in found) if c))
    # A page that names windows-1258 anywhere is a legacy Vietnamese page; a header's latin-1 is a server default.
    return sorted(names, key=lambda n: n != "cp1258")


def vietnamese_score(text: str) -> float:
    """Share of non-ASCII letters that are Vietnamese ones (mojibake scores low)."""
    others = ASCII_OR_SPACE.sub("", text)
    if not others:
        return 1.0
    return sum(n for c, n in Counter(others).items() if c in VIETNAMESE) / len(others)


def _beyond_ascii(text: str) -> int:
    """How many characters of a text are beyond ASCII (a pass in C: a generator over 5 MB took 0.15 s)."""
    return len(text) - len(text.encode("ascii", "ignore"))


def _reads_as_vietnamese(text: str, declared: str) -> bool:
    """Whether a reading has words beyond ASCII that syllable_score weighs (not capitals alone: EUC-KR read as
    windows-1258 gives «ÇÏ ÇĐ») and they are Vietnamese syllables: GOOD_READING of them, or FAIR_READING and
    BETTER_READING more than of the `declared` reading's. A short page is scored on a few words, and a place name the
    syllable tables lack («Ea H'Leo», «Niê») weighs much there, while Russian, Chinese or Polish read in windows-1258
    gives hardly a syllable («Ìèíèñòåðñòâî»)."""
    start = text[:SCORED_CHARS]
    weighed = any(not w.isascii() and not _abbreviation(w) for w in _words(start))
    score = syllable_score(start)
    return weighed and (score >= GOOD_READING or score >= max(FAIR_READING, syllable_score(declared) + BETTER_READING))


def _guess(content: bytes, declared: str = "") -> str:
    """Best decoding of bytes that are not UTF-8 and whose declaration failed: the most Vietnamese-looking. A page in
    TCVN3 or VNI is read so only when no other reading (nor the `declared` one) is Vietnamese already, that reading
    is garbled (_garbled) and the legacy one is good Vietnamese, clearly better (see _legacy)."""
    candidates = ["cp1258", "cp1252"]
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(content[:200_000]).best()
        if best is not None and best.encoding:
            candidates.insert(0, best.encoding)
    except ImportError:  # pragma: no cover - charset_normalizer comes with requests/httpx
        pass
    scored = []
    for name in dict.fromkeys(candidates):
        try:
            text = unicodedata.normalize("NFC", content.decode(name))
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((vietnamese_score(text), -len(scored), text))
    if scored:
        score, _, best = max(scored)
    else:
        best = unicodedata.normalize("NFC", content.decode("utf-8", "replace"))
        score = vietnamese_score(best)
    return _legacy(content, best, declared, score) or best


def _legacy(content: bytes, best: str, declared: str, best_score: float) -> str:
    """The bytes read as VNI or TCVN3, or "": not when the best reading (or the declared one) reads as Vietnamese, nor
    over a declared reading that is not garbled; the legacy reading must itself be good Vietnamese (GOOD_READING),
    BETTER_READING above the others. `best_score` is the best reading's vietnamese_score (_guess has it)."""
    others = max(syllable_score(best), syllable_score(declared) if declared else 0.0)
    if others >= GOOD_READING or (declared and not _garbled(declared)):
        return ""
    sample = content[:SCORED_CHARS]  # the whole page is read so only when its start reads well
    for read in (_vni, _tcvn3) if best_score < MOJIBAKE else (_vni,):
        reading = read(sample)
        score = syllable_score(reading) if reading else 0.0
        if score >= GOOD_READING and score >= others + BETTER_READING:
            return reading if len(content) <= len(sample) else read(content)
    return ""


# «ph¶n»: a sign between letters; not an apostrophe («Tokyo’s», «l‘école»), which TCVN3 and VNI do not give there
IN_WORD_SIGN = re.compile(r"(?<=[^\W\d_])[^\w\s\x00-\x7f\u2018\u2019](?=[^\W\d_])")
GARBLED_SIGNS = 0.05  # of a reading's characters beyond ASCII, signs between letters (TCVN3 as windows-1252: 14-19 %)


def _garbled(text: str) -> bool:
    """Whether a reading looks like TCVN3 or VNI read as windows-1252: signs inside words («ph¶n ¸nh»), or VNI's
    spellings of many kinds («Vieät», «Tröôøng»); or like VNI read in a Cyrillic or Greek code: words half Latin, half
    of that script («Vieдt», «Trцфшng», see _mixed_scripts). «Schüler», «El Niño», «Samsung®», «3 × 4», Russian or
    Greek text with a Latin name beside its words («iPhone», «Wi-Fi») are not garbled."""
    text = text[:SCORED_CHARS]
    beyond = _beyond_ascii(text)
    signs = len(IN_WORD_SIGN.findall(text))
    return (signs >= 3 and signs >= GARBLED_SIGNS * beyond) or _vni_kinds(text) >= VNI_KINDS or _mixed_scripts(text)


# A word with an ASCII letter and a Cyrillic or Greek one: VNI's marks after their Latin letter, read in windows-1251,
# KOI8-R, ISO-8859-5 or -7 («Vieдt», «Tröôøng» as «Trцфшng», «Ngheä» as «Ngheδ»).
MIXED_WORD = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[\u0370-\u03ff\u0400-\u04ff])\w+")
NON_LATIN_WORD = re.compile(r"\b(?=\w*[\u0370-\u03ff\u0400-\u04ff])\w+")
# Of the words with a Cyrillic or Greek letter, mixed with Latin ones at least. Real text can pass it too: Russian
# written with Latin look-alikes («Москвa», «cтудент»: 22 of 24 words) or Kazakh with a Latin «i» (14 of 32). That
# is no harm: it only lets a VNI reading be tried (_legacy), and that reading must still score as good Vietnamese,
# which such text read as VNI does not (none of 42 Russian, Ukrainian, Kazakh, Greek … pages tried).
MIXED_SHARE = 0.3
MIXED_EVIDENCE = 5  # such words a reading needs at least


def _mixed_scripts(text: str) -> bool:
    """Whether a Cyrillic or Greek reading is Latin text whose marks became letters of that script: many of its words
    with such letters also have ASCII ones (see MIXED_WORD). Russian or Greek as written mostly has few, but not
    always (see MIXED_SHARE)."""
    if not NON_LATIN_WORD.search(text):
        return False
    mixed = len(MIXED_WORD.findall(text))
    return mixed >= MIXED_EVIDENCE and mixed >= MIXED_SHARE * len(NON_LATIN_WORD.findall(text))


def _vni_kinds(text: str) -> int:
    """How many distinct two-character VNI spellings («aï», «eá», «öô») a windows-1252 reading holds."""
    return len({found for found in VNI_SPELLING.findall(text) if len(found) == 2})


def _vni(content: bytes) -> str:
    """Bytes in VNI as text (see VNI), or "" when they are not: in VNI most of the characters beyond ASCII windows-1252
    shows are a mark after its letter («aï», «eá»), which Vietnamese in windows-1258 or TCVN3 hardly gives (under 1 %
    and 8 % of them on the saved pages, against 77 % or more in VNI), in many kinds (55 or more on a saved page in VNI,
    3 at most in windows-1258, none in TCVN3). A lone «ñ» or «ö» («El Niño», «Köln») is no evidence."""
    text = content.decode("cp1252", "replace")
    spelt = VNI_SPELLING.findall(text)
    pairs = sum(len(found) == 2 for found in spelt)
    covered = _beyond_ascii("".join(spelt))
    if pairs < VNI_EVIDENCE or covered < VNI_SHARE * _beyond_ascii(text) or _vni_kinds(text) < VNI_KINDS:
        return ""
    return unicodedata.normalize("NFC", VNI_SPELLING.sub(lambda m: VNI[m.group()], text))


def _tcvn3(content: bytes) -> str:
    """Bytes in TCVN3 as text (see TCVN3), or "" when they do not read as Vietnamese in it: every byte of 0xA0–0xFF
    is a Vietnamese letter in TCVN3, so the reading must also give many letters that no Latin-1 text has, in words
    (see _words: a «¥800» read as «Ơ800» is no evidence). Judged on the page's start, as the syllables are."""
    text = unicodedata.normalize("NFC", codecs.charmap_decode(content, "strict", TCVN3)[0])
    start = text[:SCORED_CHARS]
    letters = Counter("".join(w for w in _words(start) if not w.isascii()))
    beyond_latin1 = sum(n for c, n in letters.items() if ord(c) > 0xFF and c in VIETNAMESE)
    return text if vietnamese_score(start) >= 0.9 and beyond_latin1 >= TCVN3_EVIDENCE else ""


STRAY_SHARE = 10  # characters read as UTF-8 for each stray byte, at least, in a UTF-8 page with stray bytes


def _stray_as_cp1258(exc: UnicodeError) -> tuple[str, int]:
    """A codecs error handler: the bytes UTF-8 cannot read, read as windows-1258 (a Vietnamese footer or include kept
    in the legacy code: «Tr\\xfd\\xf5\\xccng» is «Trường»), which agrees with windows-1252 on a smart quote «\\x93»
    pasted from Word or an «\\xe9»; a byte windows-1258 lacks («\\x8a») as windows-1252."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(_stray_byte(b) for b in exc.object[exc.start:exc.end]), exc.end


def _stray_byte(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1258")
    except UnicodeDecodeError:
        return bytes([byte]).decode("cp1252", "replace")


codecs.register_error("diemnong-stray-cp1258", _stray_as_cp1258)


def _mostly_utf8(content: bytes) -> str:
    """The text of a UTF-8 page with a few stray bytes in another code (an advertiser's snippet, a smart quote pasted
    from Word), or "": read as a whole in the guessed code it was mojibake from the first line on. A page in a legacy
    code reads as far fewer UTF-8 characters than stray bytes."""
    text = codecs.getincrementaldecoder("utf-8")("replace").decode(content)
    stray = text.count("\ufffd") - content.count("\ufffd".encode())
    read = _beyond_ascii(text) - stray
    if not 0 < stray * STRAY_SHARE <= read:
        return ""
    return unicodedata.normalize("NFC", codecs.getincrementaldecoder("utf-8")("diemnong-stray-cp1258").decode(content))


def decode_bytes(content: bytes, content_type: str = "") -> tuple[str, str]:
    """Text of a response and the encoding used: BOM, valid UTF-8, declared, else the best guess. NFC."""
    for bom, name in BOMS:
        if content.startswith(bom):
            return unicodedata.normalize("NFC", content.decode(name, "replace")), name
    try:
        # Not final: a page cut at crawler.max_response_bytes inside a character is still UTF-8 (its last bytes dropped).
        return unicodedata.normalize("NFC", codecs.getincrementaldecoder("utf-8")().decode(content)), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(content)
    if mostly:
        return mostly, "utf-8"
    for name in declared_encodings(content, content_type):
        if name in ("utf-8", "utf-16"):
            continue  # already shown false (or not ASCII-compatible)
        try:
            text = unicodedata.normalize("NFC", content.decode(name))
        except UnicodeDecodeError:
            continue
        score = vietnamese_score(text)
        if score == 1.0:
            return text, name
        # windows-1258 read as the windows-1252 a page or server claims scores high (its tone marks come out as ò, Ì,
        # ý, õ): a declaration short of a perfect reading is weighed against the best guess, which wins only if better.
        # A code of another script or language (windows-1251, GBK, EUC-KR, ISO-8859-2 …) is no Vietnamese page's lie:
        # its reading stands unless the guess is Vietnamese text (see _reads_as_vietnamese): windows-1258 behind any
        # such label, TCVN3 too (a page with TCVN3_EVIDENCE), VNI too: behind a Latin code's (windows-1250,
        # ISO-8859-2) its reading is garbled as windows-1252's is, behind a Cyrillic or Greek one its marks read as
        # that script's letters inside Latin words («Vieät» as «Vieдt» in windows-1251: _mixed_scripts).
        guessed = _guess(content, text)
        if name != "cp1252" and not _reads_as_vietnamese(guessed, text):
            return text, name
        return (guessed, "guessed") if vietnamese_score(guessed) > score else (text, name)
    text = _guess(content)
    return text, "guessed"


def decode_html(content: bytes, content_type: str = "") -> str:
    """Text of an HTML page (see decode_bytes)."""
    return decode_bytes(content, content_type)[0].replace("\x00", "")


def as_utf8_xml(content: bytes, content_type: str = "") -> bytes:
    """A feed document re-encoded as UTF-8 with its XML declaration saying so (for feedparser), without
    the spaces, blank lines and byte-order marks before it (a WordPress site's often: lxml refuses an XML declaration
    after them, the whole document unreadable)."""
    text, _ = decode_bytes(content, content_type)
    text = re.sub(r"^[\s\ufeff]+", "", text)
    text = re.sub(r"^(<\?xml[^>]*?encoding\s*=\s*[\"'])[\w.:-]+([\"'])", r"\1utf-8\2", text, count=1)
    return text.replace("\x00", "").encode("utf-8")
