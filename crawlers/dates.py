"""Publication times as Vietnamese pages write them, into aware datetimes in Asia/Ho_Chi_Minh.

Pure functions over strings. Forms seen on the national press:
``Thứ Hai, 24/12/2012, 03:04 AM (GMT+7)``, ``Thứ Ba, 25/12/2012 - 10:03``, ``26/12/2012 17:14``,
``Cập nhật thứ hai, ngày 24/12/12 11:05 tối``, ``10h30 ngày 5/9/2025``, ``ngày 5 tháng 9 năm 2025``,
``27 tháng 11, 2026``, ``08:15 (GMT+7) | 27/11/2026``, ISO 8601 in metadata (``2025-09-05T08:30:00+07:00``,
``2025-09-05T08:30+07:00``, ``2025-09-05``) and English-locale RFC 822 (``Thu, 27 Nov 2026 01:15:00 GMT``).
Numeric dates are day first (AM/PM or not) unless only month first can be true or a weekday says so. Datelines
written against the day they are read (``2 giờ trước``, ``Hôm qua, 20:15``) or without a year (``Thứ Sáu, 27/11``,
``Fri, 27/11 08:15``) need that time: :func:`parse_relative`.
"""
from __future__ import annotations

import calendar
import email.utils
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from diemnong.domain import TZ, local_time

# Each run of spaces is taken whole («\s*+», «[\s,\-–|]*+»: possessive): a <time datetime> or a feed's pubDate keeps its
# spaces, and trying each split of a long run between the optional parts took seconds (a clock and 150 spaces: 13.7 s).
# Two digits are no year where a clock's hour («27/11 - 08:15», a dateline without its year) or another date («từ
# 27/11-28/11/2026», a range of days) goes on from them, and a date does not start inside another one («11-28/11» of
# «27/11-28/11»); «11-12/2025» after «tháng» is a range of months, not 11 December.
NOT_A_YEAR = r"(?!\s*+(?:[:hg]|giờ)\s*+\d|\s*+/|\s*+[.-]\s*+\d{1,2}\s*+[/.-]\s*+\d)"
DMY = (r"(?<!\d)(?<!\d[/.])(?<!tháng\s)(?P<d>\d{1,2})\s*+[/.-]\s*+(?P<m>\d{1,2})\s*+[/.-]\s*+"
       rf"(?P<y>\d{{4}}|\d{{2}}{NOT_A_YEAR})(?!\d)")
# «ngày 27 tháng 11 năm 2026», also without «ngày» or «năm», or with a comma before the year («27 tháng 11, 2026»)
WORDS_DATE = (r"(?:ngày\s++)?(?<!\d)(?P<d2>\d{1,2})\s++tháng\s++(?P<m2>\d{1,2})(?:\s*+,\s*+|\s++)(?:năm\s++)?"
              r"(?P<y2>\d{4})(?!\d)")
# «AM», «PM», «SA», «CH» as words, not a word's first letters: «08:15 Chia sẻ», «08:15 CHIẾN SỰ» (a share button, a
# section's name after the dateline) and «9:00 Chủ tịch …» are morning times, not 20:15 and 21:00. «AM» and «PM» in
# capitals run together with the next word («10:53 PMGửi tới:», «3:51 PMCHIA SẺ»: a header's text) still count: no
# Vietnamese word starts so; «SA» and «CH» do («CHIẾN», «SAI»).
CLOCK = (r"(?P<H>\d{1,2})\s*+(?::|h|giờ|g(?=\d{2}))\s*+(?P<M>\d{2})?(?:\s*+phút\b)?(?:\s*+:\s*+(?P<S>\d{2}))?\s*+"
         r"(?P<ampm>(?:AM|PM|SA|CH)\b|(?-i:AM|PM)(?=[^\W\d_])|sáng|trưa|chiều|tối|đêm)?")
# A zone written after a date or time: «GMT+7», «(UTC+07:00)», «GMT» or «UTC» alone, «+0000», «+00:00», «Z».
ZONE = (r"(?:\(?\s*+(?P<utc>GMT|UTC)\b(?:\s*+(?P<off>[+-]\s*+\d{1,2})(?::?(?P<offm>\d{2}))?)?\s*+\)?"
        r"|(?P<num>[+-](?:0\d|1[0-4])):?(?P<numm>[0-5]\d)(?![\d:])|(?<=\d)(?P<z>Z)\b)")
OFFSET = rf"(?:{ZONE})?"
SEP = r"[\s,\-–|(]*+(?:lúc\s++)?"
DATE_THEN_CLOCK = re.compile(rf"(?:{DMY}|{WORDS_DATE})(?:{SEP}{CLOCK})?\s*+{OFFSET}", re.I)
# The zone may also follow the clock, before the date («08:15 (GMT+7) | 27/11/2026»): its groups are named «c…»; and
# the weekday («08:15 - Thứ Sáu, 27/11/2026», as «08:15 - Thứ Sáu, 27/11» without the year).
CLOCK_ZONE = re.sub(r"\(\?P<(\w+)>", r"(?P<c\1>", ZONE)
VN_WEEKDAY = r"thứ\s*+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s++nhật|cn|t[2-7]"  # Thứ Hai … Thứ Bảy, Thứ 2, T2 …, Chủ nhật
CLOCK_THEN_DATE = re.compile(rf"{CLOCK}\s*+(?:{CLOCK_ZONE})?\s*+[,\-–|]?\s*+(?:(?:{VN_WEEKDAY})\b[\s,\-–|]*+)?"
                             rf"(?:ngày\s++)?(?:{DMY}|{WORDS_DATE})\s*+{OFFSET}", re.I)
# ISO 8601 also writes an offset of whole hours («+07», «-03»): after an ISO time it is one, never a school year.
ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?\s*+"
                 rf"(?:{ZONE}|(?P<isoh>[+-](?:0\d|1[0-4]))(?![\d:hHgG]))?)?")
# What cannot follow an ISO date or time read as a whole field: more digits, a colon or a T («2025-09-10T010:00», an
# hour of three digits), or a three-digit number after a space. The date alone, at 00:00, would be an invented time.
ISO_BROKEN_TAIL = re.compile(r"[\d:T]| \d{3}")
# Year first with slashes (``2025/09/05 08:30``), as some CMSs write a whole date field; read only as a field's start.
YMD = re.compile(r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?!\d)(?:[T ]++(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*+"
                 rf"{OFFSET})?")

# RFC 822 as English-locale feeds and <head> tags write it («Thu, 27 Nov 2026 01:15:00 GMT»), and as JavaScript's
# Date.toString() does («Thu Nov 27 2026 08:15:00 GMT+0700 (Indochina Time)»).
# A zone in brackets after the clock («01:15:00 (UTC)», «(GMT-5)»): the zone, not a zone's name.
BRACKETED_ZONE = re.compile(r"\(\s*+((?:GMT|UTC|UT)(?:\s*+[+-]\s*+\d{1,2}(?::?\d{2})?)?|[ECMP][SD]T)\s*+\)\s*+$", re.I)
HAS_ZONE = re.compile(r"(?:[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|UT|Z|[ECMP][SD]T)\b|\dZ)\s*+$", re.I)
# Vietnam's zone as feeds of Vietnamese CMSs write it and feedparser misreads (ICT as UTC) or refuses (GMT+7).
# It and ZONE_NAME start only where a run of spaces starts: searched from each of its spaces, 10,000 took 8 s.
VN_ZONE = re.compile(r"(?<!\s)\s*+\(?\s*+(?:\bICT\b|(?:GMT|UTC)\s*+\+\s*+0?7(?::?00)?)\s*+\)?\s*+$", re.I)
ZONE_NAME = re.compile(r"(?<!\s)\s*+\([^\W\d_][^()]*+\)\s*+$")  # «(Indochina Time)», «(ICT)», «(Giờ Đông Dương)»
GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*+([+-])\s*+(\d{1,2})(?::?(\d{2}))?\s*+$", re.I)
# parsedate takes «AM», and Vietnamese Windows' «SA»/«CH», for a zone, and leaves out the part of the day a Vietnamese
# feed writes («8:15 tối»): each read as _hour reads it
CLOCK_AMPM = re.compile(r"\b(\d{1,2})(:\d{2}(?::\d{2})?)\s*+(AM|PM|SA|CH|sáng|trưa|chiều|tối|đêm)\b", re.I)
# A numeric offset with a colon after the clock («08:15 +07:00»), which parsedate_tz misreads (08:15 UTC): as «+0700»
COLON_OFFSET = re.compile(r"(?:(?<=\s)|(?<=\d:\d\d))([+-])(\d{2}):(\d{2})\s*+$")
WRITTEN_YEAR = re.compile(r"(?<![\d:+-])\d{4}(?![\d:])")  # parsedate_tz reads «0001» as 2001: the year as written
ENGLISH_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+\b", re.I)

WEEKDAYS = ("hai", "ba", "tư", "năm", "sáu", "bảy")  # Thứ Hai (Monday) … Thứ Bảy; Thứ 2, T2 … T7 by number
# «Thứ Sáu, », «Thứ 6, », «T6 », «Thứ sáu - », «Thứ 6 | », «Thứ Sáu, ngày » (Dân trí, Người Lao Động …), «Thứ Bẩy»
# and in English («Friday, 12/05/2025 08:15 AM», «Fri 12/05/2025»)
WEEKDAY_BEFORE = re.compile(rf"\b({VN_WEEKDAY})\b[\s,\-–|]*+(?:ngày\s*+)?$", re.I)
# An English weekday only where it opens the dateline: «Thu» after another word is a name («Minh Thu - 01/08/2026»).
ENGLISH_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ENGLISH_WEEKDAY = (r"(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?"
                   r"|sun(?:day)?)\b\.?")
ENGLISH_WEEKDAY_FIRST = re.compile(rf"\W*+({ENGLISH_WEEKDAY})[\s,\-–|]*+", re.I)

# A dateline in English as Vietnamese outlets' English pages and feeds write it, read as a whole field: «November 27,
# 2026», «Nov 27, 2026 08:15», «27 November 2026», «Friday, November 27, 2026 - 08:15 AM» (a 12-hour clock), a zone
# after the clock or Vietnamese time. Not searched in text: «May 5, 2026» in a sentence is no dateline.
MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_NAME = (r"(?P<{}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
              r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
ORDINAL = r"(?:st|nd|rd|th)?\b"
ENGLISH_DATE = re.compile(
    rf"(?:{ENGLISH_WEEKDAY}[\s,\-–|]*+)?(?:{MONTH_NAME.format('mon')}\s*+(?P<ed>\d{{1,2}}){ORDINAL}"
    rf"|(?P<ed2>\d{{1,2}}){ORDINAL}\s*+(?:of\s++)?{MONTH_NAME.format('mon2')})\s*+,?\s*+(?P<ey>\d{{4}})(?!\d)"
    rf"(?:[\s,\-–|]*+(?:at\s++)?{CLOCK})?\s*+{OFFSET}", re.I)


@dataclass(frozen=True)
class Found:
    """A time read from text, and whether the text gave the time of day (not just the date)."""

    when: datetime
    has_time: bool


def _hour(hour: int, ampm: str | None) -> int:
    """The hour of the day a 12-hour clock means with the part of the day written after it, as a Vietnamese reader
    means it: «sáng» (AM, SA) 1–11 as written, 12 for midnight (as 12 AM); «trưa» 11 and 12 as written, 1–5 for 13–17;
    «chiều» (PM, CH) 12 for noon, 1–11 for 13–23; «tối» 6–11 for 18–23; «đêm» 1–5 for the small hours, 6–11 for
    18–23. «12 giờ đêm» (and «12 giờ tối») is midnight: 00:xx of the date written beside it, the simplest reading the
    date gives and how a CMS that names the part of the day writes a publication time (27/11 00:30 as «12:30 đêm
    27/11»), not the midnight that ends that date's evening (the next date). An hour of 0 or over 12 is as written."""
    marker = (ampm or "").lower()
    if not marker or hour == 0 or hour > 12:
        return hour
    if hour == 12:
        return 12 if marker in ("pm", "ch", "chiều", "trưa") else 0
    if marker in ("am", "sa", "sáng") or (marker == "đêm" and hour < 6) or (marker == "trưa" and hour >= 6):
        return hour
    return hour + 12


def _zone(g: dict[str, str | None], prefix: str = "") -> timezone | None:
    """The zone a match wrote («GMT+7», «GMT», «+0000», «Z»), or None when it wrote none (Vietnamese time); `prefix`:
    the one written with these group names' prefix."""
    if prefix:
        g = {k[len(prefix):]: v for k, v in g.items() if k.startswith(prefix)}
    off, offm = ((g.get("off"), g.get("offm")) if g.get("off") else (g.get("num"), g.get("numm")) if g.get("num")
                 else (g.get("isoh"), None))
    if not off:
        return timezone.utc if g.get("utc") or g.get("z") else None
    hours = int(off.replace(" ", ""))
    sign = -1 if hours < 0 or off.strip().startswith("-") else 1
    return timezone(sign * timedelta(hours=abs(hours), minutes=int(offm or 0)))


def _build(y: str, m: str, d: str, H: str | None, M: str | None, S: str | None, ampm: str | None,
           zone: timezone | None, any_year: bool = False) -> Found | None:
    """A date and time; a year outside 1990–2100 none unless any_year (see parse_rfc822)."""
    year = int(y) + (2000 if len(y) == 2 else 0)
    try:
        hour = _hour(int(H), ampm) if H else 0
        naive = datetime(year, int(m), int(d), hour, int(M or 0), int(S or 0))
    except ValueError:
        return None
    if not (any_year or 1990 <= year <= 2100):
        return None
    try:
        when = naive.replace(tzinfo=zone).astimezone(TZ) if zone else naive.replace(tzinfo=TZ)
    except OverflowError:  # past the last (or before the first) local time: refused by its year
        when = naive.replace(tzinfo=TZ)
    return Found(when, H is not None)


def parse_iso(text: str, any_year: bool = False) -> Found | None:
    """An ISO 8601 date or time (a missing zone means Vietnamese local time)."""
    m = ISO.search(text or "")
    if not m:
        return None
    return _build(m.group("y"), m.group("m"), m.group("d"), m.group("H"), m.group("M"), m.group("S"), None,
                  _zone(m.groupdict()), any_year)


def _weekday_before(text: str, start: int) -> int | None:
    """The weekday (Monday 0) written just before a date («Thứ Sáu, 27/11/2026»), if any."""
    if english := ENGLISH_WEEKDAY_FIRST.fullmatch(text, 0, start):
        return ENGLISH_WEEKDAYS.index(english.group(1)[:3].casefold())
    m = WEEKDAY_BEFORE.search(text[max(0, start - 26):start])
    if not m:
        return None
    word = m.group(1).casefold()
    if word.startswith("ch") or word == "cn":
        return 6
    day = word.removeprefix("thứ").strip() if word.startswith("thứ") else word[1:]
    return int(day) - 2 if day.isdigit() else WEEKDAYS.index(day.replace("bẩy", "bảy"))


def _month_first(m: re.Match[str]) -> bool:
    """Whether a numeric date is month first, as ASP.NET writes it («11/27/2026 8:15:00 AM», M/d/yyyy h:mm:ss tt): when
    its second number cannot be a month and its first can, or when the weekday written before it («Thứ 4, 3/4/2026 8:15
    PM») fits only that reading. Otherwise day first, as Vietnamese outlets write dates, AM/PM or not («05/12/2025 08:15
    AM» is 5 December; a first number over 12 can only be a day)."""
    d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
    if mo > 12 >= d:
        return True
    if d > 12 or d == mo:
        return False
    weekday = _weekday_before(m.string, m.start())
    year = y + (2000 if y < 100 else 0)
    return weekday is not None and year > 0 and date(year, d, mo).weekday() == weekday != date(year, mo, d).weekday()


def _date_then_clock(m: re.Match[str], any_year: bool = False) -> Found | None:
    g = m.groupdict()
    day, month = (g["m"], g["d"]) if g["d"] and _month_first(m) else (g["d"] or g["d2"], g["m"] or g["m2"])
    found = _build(g["y"] or g["y2"], month, day, g["H"], g["M"], g["S"], g["ampm"], _zone(g), any_year)
    if found and g["H"] and not g["M"] and not g["ampm"]:
        found = Found(found.when, False)  # "… 2025, 5 …" is not a clock
    return found


def _clock_then_date(m: re.Match[str], any_year: bool = False) -> Found | None:
    g = m.groupdict()
    if not (g["M"] or g["ampm"]):
        return None
    return _build(g["y"] or g["y2"], g["m"] or g["m2"], g["d"] or g["d2"], g["H"], g["M"], g["S"], g["ampm"],
                  _zone(g) or _zone(g, "c"), any_year)


def _day_at(m: re.Match[str]) -> int:
    """Where the day of a matched date is written."""
    return m.start("d") if m.group("d") is not None else m.start("d2")


def time_at(text: str, start: int) -> Found | None:
    """The date whose day is written at `start` in text, with the time of day written just after or just before it."""
    m = DATE_THEN_CLOCK.match(text, start)
    found = _date_then_clock(m) if m else None
    if found and found.has_time:
        return found
    lo = max(0, start - 30)
    for c in CLOCK_THEN_DATE.finditer(text, lo, start + 40):
        if _day_at(c) == start:
            return _clock_then_date(c) or found
    return found


def find_time(text: str, any_year: bool = False) -> Found | None:
    """The first date (with its time of day when written next to it) in Vietnamese text; any_year: see parse_rfc822."""
    text = text or ""
    best: tuple[int, Found] | None = None
    m = DATE_THEN_CLOCK.search(text)
    if m:
        found = _date_then_clock(m, any_year)
        if found:
            best = (m.start(), found)
    m = CLOCK_THEN_DATE.search(text)
    if m:
        found = _clock_then_date(m, any_year)
        if found and (best is None or m.start() <= best[0] or not best[1].has_time):
            best = (m.start(), found)
    return best[1] if best else parse_iso(text, any_year)


def _clock_24h(m: re.Match[str]) -> str:
    return f"{_hour(int(m.group(1)), m.group(3))}{m.group(2)}"


def parse_rfc822(text: str, any_year: bool = False) -> Found | None:
    """An English-locale date with its month's name (RFC 822 and its variants: AM/PM, «GMT+7», «ICT», a zone's name in
    brackets); without a zone written it is Vietnamese time. A year outside 1990–2100 is no date unless any_year (a
    feed's or an input line's time, which its reader refuses with the year named)."""
    text = BRACKETED_ZONE.sub(r" \1", text.strip())
    text, named = text.strip(), ZONE_NAME.sub("", text).strip()
    if named != text and (HAS_ZONE.search(named) or GMT_OFFSET.search(named)):
        text = named  # the name after the offset it names («GMT+0700 (ICT)»): the offset says it
    text = CLOCK_AMPM.sub(_clock_24h, VN_ZONE.sub(" +0700", text))
    text = GMT_OFFSET.sub(lambda m: f" {m.group(1)}{int(m.group(2)):02d}{m.group(3) or '00'}", text).strip()
    text = COLON_OFFSET.sub(r" \1\2\3", text).strip()
    parts = email.utils.parsedate_tz(text) if ENGLISH_MONTH.search(text) else None
    if parts is None:
        return None
    if (year := WRITTEN_YEAR.search(text)) and int(year.group(0)) < 100:
        parts = (int(year.group(0)), *parts[1:])
    try:
        naive = datetime(*parts[:6])
    except ValueError:
        return None
    if not (any_year or 1990 <= naive.year <= 2100):
        return None
    zoned = parts[9] is not None and HAS_ZONE.search(text)
    try:
        when = (naive - timedelta(seconds=parts[9])).replace(tzinfo=timezone.utc).astimezone(TZ) if zoned else naive.replace(tzinfo=TZ)
    except OverflowError:  # «31 Dec 9999 23:59:59 GMT» is past the last local time: refused by its year
        when = naive.replace(tzinfo=TZ)
    return Found(when, bool(re.search(r"\d:\d{2}", text)))


def parse_english(text: str, any_year: bool = False) -> Found | None:
    """A whole dateline in English (see ENGLISH_DATE); without a zone written it is Vietnamese time."""
    m = ENGLISH_DATE.fullmatch(" ".join((text or "").split()))
    if not m or (m.group("H") and not (m.group("M") or m.group("ampm"))):
        return None
    month = MONTH_NAMES.index((m.group("mon") or m.group("mon2"))[:3].lower()) + 1
    return _build(m.group("ey"), str(month), m.group("ed") or m.group("ed2"), m.group("H"), m.group("M"), m.group("S"),
                  m.group("ampm"), _zone(m.groupdict()), any_year)


def parse_any(text: str, any_year: bool = False) -> Found | None:
    """ISO 8601 first (metadata), then a year-first date with slashes, then Vietnamese forms, then English ones (a
    whole English dateline, then RFC 822); any_year: see parse_rfc822."""
    text = (text or "").strip()
    if not text:
        return None
    if m := ISO.match(text):
        return None if ISO_BROKEN_TAIL.match(text, m.end()) else parse_iso(text, any_year)
    m = YMD.match(text)
    if m:
        return _build(m.group("y"), m.group("m"), m.group("d"), m.group("H"), m.group("M"), m.group("S"), None,
                      _zone(m.groupdict()), any_year)
    return find_time(text, any_year) or parse_english(text, any_year) or parse_rfc822(text, any_year)


# A dateline written relative to the day it is read, or without its year: «2 giờ trước», «30 phút trước», «3 ngày trước»,
# «2 giờ 30 phút trước», «Vừa xong», «Hôm qua», «Hôm kia, 20:15», «Hôm nay, 08:15», «08:15 hôm qua», «Thứ Năm, 27/11
# 08:15», «08:15 - 27/11». Read only as a whole dateline (an element's own text): in a sentence «2 giờ trước khi thi» is
# «2 hours before the exam», «20/11» a holiday.
LABEL = r"(?:(?:cập\s++nhật|đăng|xuất\s++bản)(?:\s++lúc)?\s*+:?\s*+)?"
# Units counted back, largest first, each at most once («1 ngày 3 giờ trước»). A month is read as 30 days, a year as the
# same day so many years before (29/2 as 28/2; see _years_back), a date without its time: a page that says only «1 tháng
# trước» (or «2 năm trước») was not written today, and unread it would be dated when first seen.
AGO_UNITS = {"nam": ("năm", timedelta()),  # years: see _years_back
             "thang": ("tháng", timedelta(days=30)), "tuan": ("tuần", timedelta(weeks=1)),
             "ngay": ("ngày", timedelta(days=1)), "gio": ("giờ|tiếng", timedelta(hours=1)),
             "phut": ("phút", timedelta(minutes=1)), "giay": ("giây", timedelta(seconds=1))}
AGO = re.compile(LABEL + r"(?=\d)" + "".join(rf"(?:(?P<{name}>\d{{1,3}})\s++(?:{words})\s++)?"
                                             for name, (words, _) in AGO_UNITS.items()) + "trước", re.I)
JUST_NOW = re.compile(rf"{LABEL}(?:vừa\s++xong|vừa\s++đăng|mới\s++đây)", re.I)
DAY_WORD = r"(?P<day>hôm\s++nay|hôm\s++qua|hôm\s++kia)"
DAYS_BACK = {"nay": 0, "qua": 1, "kia": 2}
DAY_CLOCK = (re.compile(rf"{LABEL}{DAY_WORD}(?:[\s,\-–|]*+(?:lúc\s++)?{CLOCK})?", re.I),
             re.compile(rf"{LABEL}{CLOCK}[\s,\-–|]*+{DAY_WORD}", re.I))
DM = r"(?<!\d)(?P<d>\d{1,2})\s*+[/.-]\s*+(?P<m>\d{1,2})(?![\d/.-])"
WEEKDAY = rf"(?:(?:{VN_WEEKDAY})[\s,\-–|]*+)?(?:ngày\s++)?"
# An English weekday only where it opens the dateline («Fri, 28/11 08:15»), as in a dateline with its year.
OPENING = rf"(?:{ENGLISH_WEEKDAY}[\s,\-–|]*+|{LABEL}{WEEKDAY})"
NO_YEAR = (re.compile(rf"{OPENING}{DM}{SEP}{CLOCK}", re.I),
           re.compile(rf"{LABEL}{CLOCK}[\s,\-–|]*+{WEEKDAY}{DM}", re.I))
WEEKDAY_DM = re.compile(rf"{OPENING}{DM}", re.I)  # «Thứ Năm, 27/11», «Friday, 27/11»: the weekday says which year


def _without_year(g: dict[str, str | None], now: datetime, weekday: int | None = None) -> Found | None:
    """A day and month (with a clock, or with the `weekday` written before it), in the latest year that does not put it
    ahead of `now` by more than a day (and where it falls on that weekday): the nearest to `now` that fits, next year's
    included («1/1 00:05» read at 23:50 on 31 December is five minutes ahead, not a year ago)."""
    for year in (now.year + 1, now.year, now.year - 1):
        found = _build(str(year), g["m"] or "", g["d"] or "", g.get("H"), g.get("M"), g.get("S"), g.get("ampm"), None)
        if found and found.when <= now + timedelta(days=1) and weekday in (None, found.when.weekday()):
            return found
    return None


def _years_back(now: datetime, years: int) -> datetime:
    """The same day and time `years` calendar years before `now`; 29 February, in a year without it, as the 28th."""
    year = now.year - years
    return now.replace(year=year, day=min(now.day, calendar.monthrange(year, now.month)[1]))


def _counted_back(m: re.Match[str], now: datetime) -> Found:
    """«2 giờ 30 phút trước» before `now`; counted in days, weeks, months or years only, that day without its time."""
    back = sum((int(m.group(name) or 0) * unit for name, (_, unit) in AGO_UNITS.items()), timedelta())
    now = _years_back(now, int(m.group("nam") or 0))
    if any(m.group(name) for name in ("gio", "phut", "giay")):
        return Found(now - back, True)
    return Found((now - back).replace(hour=0, minute=0, second=0, microsecond=0), False)


def parse_relative(text: str, now: datetime) -> Found | None:
    """A whole dateline read against the time it was read (`now`): «2 giờ trước», «Hôm qua, 20:15», «27/11 08:15»; or
    one in English, which needs no `now` («Friday, November 27, 2026 - 08:15 AM»: see parse_english), as an element's
    whole text beside the headline of an outlet's English page writes it."""
    text, now = " ".join((text or "").split()), local_time(now)
    if m := AGO.fullmatch(text):
        return _counted_back(m, now)
    if JUST_NOW.fullmatch(text):
        return Found(now, True)
    for m in filter(None, (p.fullmatch(text) for p in DAY_CLOCK)):
        g = m.groupdict()
        day = (now - timedelta(days=DAYS_BACK[g["day"].split()[-1].lower()])).date()
        if g["H"] and not (g["M"] or g["ampm"]):
            return None
        return _build(str(day.year), str(day.month), str(day.day), g["H"], g["M"], g["S"], g["ampm"], None)
    for m in filter(None, (p.fullmatch(text) for p in NO_YEAR)):
        weekday = _weekday_before(text, m.start("d"))
        return _without_year(m.groupdict(), now, weekday) if m.group("M") or m.group("ampm") else None
    weekday = _weekday_before(text, m.start("d")) if (m := WEEKDAY_DM.fullmatch(text)) else None
    return _without_year(m.groupdict(), now, weekday) if m and weekday is not None else parse_english(text)


def plausible(when: datetime, now: datetime | None = None) -> bool:
    """Whether a publication time can be true: not before 1995 and not more than a day ahead."""
    now = local_time(now) if now else datetime.now(TZ)
    return datetime(1995, 1, 1, tzinfo=TZ) <= when <= now + timedelta(days=1)
