"""Text clean-up before anything reads an article: NFC, tone-mark placement, whitespace, bylines, photo captions and
links to other articles."""
from __future__ import annotations

import re
import unicodedata

from underthesea import text_normalize

from diemnong.text import is_furniture

SPACES = re.compile(r"[ \t\u00a0\u200b\u2009\u202f]+")
# Invisible characters that are not spaces, inside a word («gi\u00adáo», «d\u2060ục») they split it for the search index and
# the models: soft hyphen, zero-width (non-)joiner, word joiner, a byte order mark, the Mongolian vowel separator.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200c\u200d\u2060\ufeff\u180e"))
BLANK_LINES = re.compile(r"\n\s*\n+")
SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?%)\]])")
# A photo caption ("Ảnh: …").
CAPTION = re.compile(r"^\s*(?:\(?\s*)?(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Clip|Video|Photo|Đồ họa|Đồ hoạ)\s*:.*$", re.I | re.M)
# A caption line ends with the photo's credit: "Thí sinh làm thủ tục dự thi. Ảnh: Như Ý", "… trong giờ học (Ảnh: TL)",
# "… xuống cấp. Ảnh minh họa", "… tát học sinh. Ảnh cắt từ clip", and as Tuổi Trẻ and Thanh Niên write it,
# "… tại TP.HCM - Ảnh: NHƯ HÙNG", "… ẢNH: BBC".
# Up to CAPTION_MAX_CHARS the whole line is the caption; a longer paragraph keeps its text. A credit names someone
# ("Như Ý", "TL", "123RF"): "… bản sao học bạ. Ảnh: 2 tấm 3x4." is a list of papers to hand in, not a caption.
# A picture made by AI, as outlets mark it since 2024: «Ảnh minh họa do AI tạo», «Ảnh minh họa tạo bằng AI», «Ảnh AI minh họa».
AI_MADE = r"(?: (?:do AI (?:tạo|vẽ)(?: ra)?|(?:được )?(?:tạo|vẽ) (?:bằng|bởi|từ) AI|AI))"
CREDIT_TAIL = re.compile(r"(?:^|(?<=[.!?…\"”’])\s+|\s*\(\s*|\s+[-–—]\s+(?=(?i:ả))|\s+(?=ẢNH\b))"
                         r"(?:(?i:Ảnh (?:minh họa|minh hoạ|tư liệu|chụp màn hình|(?:cắt|chụp|trích) từ (?:clip|video))" + AI_MADE + "?|"
                         r"Ảnh (?:AI minh (?:họa|hoạ)|(?:do|bằng) AI (?:tạo|vẽ)(?: ra)?))|"
                         r"(?:(?i:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh)|Photo|Đồ họa|Đồ hoạ)\s*:(?!\s*\d[\d.,]*\s)\s*[^\n()]{1,60}?)"
                         r"\s*\)?\s*\.?$")
CAPTION_MAX_CHARS = 300
# underthesea's URL pattern backtracks exponentially over punctuation that ends a URL-like token
# ("goo.gl/x......" took minutes; a tail of 14 took 15 ms, 20 took 0.25 s, 30 took 140 s, one of 6 under 1 ms): such
# a run of four or more is split off with a space, and long runs are shortened. Prose's own short tails stay as written
# («(5/1/2013).», «(lớp 10/2).»): they cost nothing, and a space there would show in the stored text.
URL_TAIL = re.compile(r"(\S*/\S*?)([`!()\[\]{};:'\".,<>?«»“”‘’]{4,})(?=\s|$)")
PUNCT_RUN = re.compile(r"([^\w\s])\1{3,}")
# A trailing byline or credit, as the outlets write them:
# "THEO VNEXPRESS", "Theo Infonet", "Theo Sầm Hoa (Vietnamnet/Reuters)", "(TTXVN)", "Nhóm PV",
# "Quang Phong - Tùng Nguyên", "K. Miên", "Thu Hằng/VOV.VN", "Bài và ảnh: Minh Anh", "Hoài Nam (t/h)".
_UP = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_CAPS = f"[{_UP}][{_UP} .\\-]{{2,40}}"
_NAME_WORD = f"(?:[{_UP}]\\.|[{_UP}][^\\W\\d_]*(?:-[^\\W\\d_{_UP}]+)?)"
# An initial may be glued to the name that follows it: «T.Nguyên - H.Anh», «M.C. (theo Reuters)».
_NAME = f"{_NAME_WORD}(?:(?: |(?<=\\.)){_NAME_WORD}){{0,3}}"
# Outlets as a byline names them: «Trung Kiên (Dân trí)», «Hoàng Hà/Báo Tin tức», «Nhóm PV Dân trí».
# A place's paper needs its word «Báo»: «Lê Văn C (Cần Thơ)» closing a list of winners is no byline.
_OUTLET = (r"(?:[Bb]áo (?:Cần Thơ|Hậu Giang)|(?:[Bb]áo )?(?i:Dân trí|VnExpress|VietNamNet|Tuổi Trẻ|Thanh Niên|Tiền Phong|"
           r"(?:Người )?Lao Động|Tin tức|Giáo dục (?:và|&) Thời đại|Giáo dục Việt Nam|Nhân Dân|Vietnam\+|VietnamPlus|Znews|VTC News|"
           r"Sài Gòn Giải Phóng|SGGP|Pháp Luật TP\.HCM|PLO))")
_AGENCY = (r"(?:TTXVN|PV|CTV|GD&TĐ|VOV|VTV|(?:Nhóm PV|Nhóm phóng viên)(?: (?:[Bb]an )?" + f"(?:{_OUTLET}|[{_UP}]"
           + r"[^\W\d_]*(?: [^\W\d_]+)?))?|Nhóm tác giả)")
_NOTE = (r"\((?:t/h|th|tổng hợp|thực hiện|lược dịch|biên dịch|dịch|TTXVN|[Tt]heo [^()\n]{1,30}|[^()\n,]{1,30}/[^()\n]{1,30}|"
         + _OUTLET + r")\)|\s(?:thực hiện|tổng hợp)")  # «Như Trang thực hiện»
_JOIN = r"(?:\s+(?:-|–|&|và)\s+|\s*[,/]\s*)"
_PEOPLE = f"(?:{_AGENCY}|{_NAME})(?:{_JOIN}(?:{_AGENCY}|{_NAME}))*"
_SITE = r"(?:\s*/\s*(?:[\w.-]{2,25}|" + _OUTLET + "))?"
_CREDIT = f"Theo (?:(?:báo|Báo|trang|tạp chí|Tạp chí|đài|Đài) )?[{_UP}]\\S*(?: [^\\s,.;:!?]+){{0,5}}(?: ?\\([^()\\n]{{1,40}}\\))?"
# "Nguồn: VnExpress", "Nguồn: Bộ GD&ĐT", "Nguồn: Báo Tuổi Trẻ" under the last line: names and the
# words of an outlet's name, not a sentence ("Nguồn: Sở GD&ĐT cho biết sẽ kiểm tra.")
_SOURCE_WORD = f"(?:[{_UP}0-9]\\S*|\\S+\\.(?:vn|com|net|org)\\S*|thông|tin|điện|tử|báo|tạp|chí|đài|trang|tổng|hợp|và|&|-|–)"
_SOURCE = f"\\(?Nguồn(?: tin)?\\s*:\\s*{_SOURCE_WORD}(?: {_SOURCE_WORD}){{0,7}}\\)?"  # «(Nguồn tin: TTXVN)»
_ROLE = r"(?:Bài|Bài và ảnh|Bài, ảnh|Bài & ảnh|Ảnh và bài|Tin|Tin, ảnh|Tin và ảnh|Thực hiện|Nhóm)\s*:\s*"
BYLINE = re.compile(f"\\s*(?:{_CAPS}|\\(\\s*(?:{_AGENCY}|{_CREDIT})\\s*\\)|(?:{_ROLE})?{_PEOPLE}{_SITE}(?:\\s*{_NOTE})?|{_CREDIT}|{_SOURCE})"
                    f"\\s*\\.?\\s*")
BYLINE_MAX_CHARS = 80
# At most this many lines are taken off the end ("Nhóm PV", "Theo Infonet"): a longer run of short capitalised
# lines is a list (team names, storms, people), not a byline.
BYLINE_MAX_LINES = 3
# The article's tags under its text, as pages and copied articles end: «Từ khóa: học phí, Cần Thơ», «Tags: …».
TAGS = re.compile(r"(?:Từ khóa|Từ khoá|Tags?)\s*:\s*\S[^\n]{0,200}", re.I)


def clean(text: str) -> str:
    """NFC, invisible characters out, one space between words, no space before punctuation, paragraphs kept."""
    text = unicodedata.normalize("NFC", (text or "").translate(INVISIBLE)).replace("\r\n", "\n").replace("\r", "\n")
    text = SPACES.sub(" ", text)
    text = SPACE_BEFORE_PUNCT.sub(r"\1", PUNCT_RUN.sub(r"\1\1\1", text))
    text = URL_TAIL.sub(r"\1 \2", text)
    text = BLANK_LINES.sub("\n\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def is_byline(line: str) -> bool:
    """Whether a line, alone, reads as a byline or a credit (a name, an agency, "Theo <outlet>")."""
    line = line.strip()
    return 0 < len(line) <= BYLINE_MAX_CHARS and BYLINE.fullmatch(line) is not None


def uncaptioned(line: str) -> str:
    """A line without the photo caption it is (empty), or without the credit that ends a long paragraph."""
    found = CREDIT_TAIL.search(line)
    if found is None or (found.start() and line[:found.start()].isupper()):
        return line  # a heading in capitals that holds the word («CUỘC THI ẢNH: NỤ CƯỜI HỌC ĐƯỜNG») is no caption
    return "" if len(line) <= CAPTION_MAX_CHARS else line[:found.start()].rstrip()


def strip_bylines(text: str) -> str:
    """Remove photo captions and links to other articles ("Xem thêm: …", ">> …") anywhere, and bylines, credits and
    tags ("Từ khóa: …") in the last lines. The first line always stays but for a caption: a title or a one-paragraph
    lead ("Theo dõi …", "HỌC PHÍ TĂNG", "Xem thêm …", "Clip: Nam sinh bị đánh …") is never taken for a byline, a link
    or a caption, and is never emptied."""
    kept = []
    given = text.split("\n")
    for n, line in enumerate(given):
        if line.strip() and ((CAPTION.match(line) and (n or len(given) > 1)) or (n and is_furniture(line))):
            continue  # a caption or a link: its line goes with it
        if line.strip() and (n or len(given) > 1) and not (line := uncaptioned(line)):
            continue  # a caption that ends with its credit, the first line too when text follows (a photo at the top)
        kept.append(line)
    lines = BLANK_LINES.sub("\n\n", "\n".join(kept)).rstrip().split("\n")
    dropped = 0
    while len(lines) > 1 and dropped < BYLINE_MAX_LINES and (
            not lines[-1].strip() or is_byline(lines[-1]) or TAGS.fullmatch(lines[-1].strip())):
        dropped += bool(lines.pop().strip())
    return "\n".join(lines)


def tidy(text: str) -> str:
    """The text as shown to people: clean-up, without photo captions and trailing bylines."""
    return strip_bylines(clean(text)).strip()


def normalize(text: str) -> str:
    """The text as read by models: tidy, then underthesea's tone-mark placement (hoà → hòa)."""
    text = tidy(text)
    return "\n".join(text_normalize(line) for line in text.split("\n") if line.strip())


def phrase(text: str) -> str:
    """A short phrase (a seed phrase, a watched theme's phrase) written as ``normalize`` writes the text it is
    looked for in: NFC, single spaces, underthesea's tone-mark placement — without the byline rules, which
    would take an all-caps phrase such as "SGK" for a byline."""
    text = clean(text)
    return text_normalize(text) if text else ""
