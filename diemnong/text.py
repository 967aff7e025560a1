"""Small Vietnamese text helpers every stage may use: NFC, accent folding and the lead of an article.

Folding maps each NFC character to one character (``đ`` → ``d``, ``ờ`` → ``o``), so offsets in
the folded text are offsets in the original: search highlights rely on that.
"""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from typing import Iterable


def nfc(text: str) -> str:
    """Return the text in Unicode NFC."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "đĐðÐ":  # ð/Ð (eth) stand in for đ/Đ in text from some legacy-encoding converters
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    return base.lower() if len(base.lower()) == 1 else ch.lower()[:1] or ch


def number(value: float, places: int = 0) -> str:
    """A number as Vietnamese writes it: 1.234 and 15,2 (thousands with a point, decimals with a comma)."""
    return f"{value:,.{places}f}".translate({ord(","): ".", ord("."): ","})


def decimal(x: float, places: int = 1) -> str:
    """A number with a decimal comma, as Vietnamese is written: 15,2."""
    return f"{x:.{places}f}".replace(".", ",")


URL_PASSWORD = re.compile(r"(?P<user>[A-Za-z][A-Za-z0-9+.-]*://[^:@/]*:).*@", re.S)


def redact_url(url: str) -> str:
    """The URL with its password as *** (http://elastic:***@es.local:9200), for what is printed or logged: all between
    «scheme://user:» and the last «@», so a password with # / ? or @ in it, not percent-encoded, is hidden whole
    (urlsplit ends the host part at the first of them and saw no password, or only its start). An @ further on, in
    a path, hides more than the password, never less."""
    return URL_PASSWORD.sub(r"\g<user>***@", url, count=1)


# A web address in a text, up to what ends it in our messages (a space, «<…>», quotes, «…»). The scheme is at most 32
# letters and starts after anything but a letter («1.https://…», «2025-09-05-https://…» are addresses): a long run of
# letters is no scheme, and trying each of its letters as one was quadratic.
WEB_ADDRESS = re.compile(r"""(?<![A-Za-z])[A-Za-z][A-Za-z0-9+.-]{0,31}://[^\s<>"'«»]+""")
# What ends a sentence or a bracket after an address («(xem …?token=abc), rồi», «a, b.», «…:»): not the address's.
AFTER_ADDRESS = "),.:;!?"
# A user's password in an address, anywhere in what was matched as one («https://a.vn/x,https://u:PASSWORD@…»,
# «?url=https://u:PASSWORD@…»): hidden from «user:» to the last «@», as redact_url does. Found from «://», not from the
# scheme's letters (each tried as a scheme's start was quadratic).
USER_COLON = re.compile(r"(?<=[A-Za-z0-9+.-])://[^:@/]*:")
# A query's (or fragment's) parameter is a secret when the last word of its name (split at _ - . and camelCase) is one
# of these: ?token=, ?api_key=, ?apiToken=, ?x-api-key=, ?X-Amz-Signature=, ?passwd=; not ?keywords=, ?author=,
# ?code=, ?passage=, ?monkey=.
SECRET_WORDS = "token|key|secret|sig|signature|pass|passwd|password|pwd|passphrase|auth|credential"
PASSWORD_WORDS = {"pass", "passwd", "password", "pwd", "passphrase"}  # shown as *** only, never an end of them
SECRET_PARAMETER = (r"[?&;#](?:[^=&#;?/\s]*?(?:[_.\-]|(?-i:(?<=[a-z0-9])(?=[A-Z]))))?"
                    rf"(?P<word>{SECRET_WORDS})=")
# Teams' address, its host's port if any (:443), any case: a host is, and Teams takes its path so. Its «tenant@team» is
# no password's «@» (see _masked).
TEAMS = re.compile(r"(\.office(?:365)?\.com(?::\d+)?/webhook(?:b2)?/[^/?#]+/IncomingWebhook/)([^?#]+)", re.I)
# The secrets chat services put in a webhook's address: Telegram's bot token in the path (/bot123456:AA…/sendMessage;
# the bot's number before the colon is no secret and tells bots apart), Slack's and Discord's last path parts, Teams'
# path after /IncomingWebhook/ (its tenant's and team's ids before it are none), Feishu's and Lark's hook id,
# Rocket.Chat's token after its hook's id, Mattermost's 26-letter hook id; and a query value whose name says it is one
# (?token=, ?access_token= of DingTalk, ?key= of WeCom, Google Chat's ?key=…&token=, Power Automate's ?sig=). A
# /hooks/ path is a news site's page as often: only the services' exact shapes (ids of their length, nothing after).
ADDRESS_SECRETS = (
    re.compile(r"(/bot\d+(?::|%3A))([^/?#@]+)", re.I),  # not past «@»: a password before a host
    re.compile(r"(//hooks\.slack\.com/services/[^/?#]+/[^/?#]+/)([^/?#]+)"),
    re.compile(r"(/api/webhooks/\d+/)([^/?#]+)"),
    TEAMS,
    re.compile(r"(/open-apis/bot/v2/hook/)([^/?#]+)", re.I),
    re.compile(r"(/hooks/[A-Za-z0-9]{17}/)([A-Za-z0-9]{24,})(?![^?#])"),  # Rocket.Chat: before Mattermost's, at its id
    re.compile(r"(/hooks/)([a-z0-9]{26})(?![^?#])"),
    re.compile(rf"({SECRET_PARAMETER})([^&#;]+)", re.I),
)
# A Telegram bot's token outside an address of its own (a webhook typed without https://, quoted by a loader's error):
# the bot's number, a colon, 35 letters, digits, _ and -.
BOT_TOKEN = re.compile(r"(?:(?<=[bB][oO][tT])|(?<![\w:]))(\d{5,}:)([A-Za-z0-9_-]{30,})")
SHOWN_END = 24  # a secret this long keeps its last 4 characters: after a new token, the old and new addresses differ
# A webhook's secret written as a reference to an environment variable (${DIEMNONG_TELEGRAM_TOKEN}, diemnong/config.py:
# fill_variables): no secret, shown as written.
REFERENCE = re.compile(r"\$\{[A-Z_][A-Z0-9_]*\}")
# The values of environment variables put into a webhook's address when an alert was posted (value → «${NAME}»): they
# are hidden wherever redact_secrets is used (an error's text, the HTTP client's DEBUG lines), whatever their shape.
FILLED: dict[str, str] = {}


# A value shorter than this is no secret, and not hidden: DIEMNONG_X=10 would turn every «10» of the log into ${…}.
FILLED_HIDDEN = 8
PERCENT = re.compile(r"%[0-9A-F]{2}")


def remember_filled(name: str, value: str, forms: Iterable[str] = ()) -> None:
    """Remember a variable's value put into an address, to hide it as ${NAME} (see FILLED): as written, as quote()
    and a form (+ for a space) encode it, and in ``forms``: as the HTTP client wrote it in the request's address
    (alerting/notifiers.py), which a server's reply quotes; each percent-escape also in small letters (%3a), as a server
    may write it back, and each form also as a web page writes it (&amp; &lt; &quot; &#39; or &#x27;)."""
    from urllib.parse import quote, quote_plus

    if len(value) < FILLED_HIDDEN:
        return
    for form in {value, quote(value, safe=""), quote(value), quote_plus(value), value.replace(" ", "+"), *forms} - {""}:
        for shown in {form, PERCENT.sub(lambda m: m.group(0).lower(), form)}:
            escaped = html.escape(shown)
            for each in {shown, escaped, escaped.replace("&#x27;", "&#39;"), html.escape(shown, quote=False)}:
                FILLED[each] = f"${{{name}}}"


def hide_cut(text: str, limit: int) -> str:
    """A server's words as shown (an error's text, stored and shown): masked (redact_secrets), then cut to ``limit``
    characters — masked first, since a cut through a value filled in leaves a start that hide_filled no longer
    knows; a ${NAME} the cut goes through dropped; then each start of a value (FILLED_HIDDEN characters or more) left
    anywhere, by this cut or the reply's own (a server's «…», «...», «</p>» after its cut echo), hidden."""
    text = redact_secrets(text)
    through = next((m for m in REFERENCE.finditer(text) if m.start() < limit < m.end()), None)
    text = text[:through.start() if through else limit]
    for value, reference in FILLED.items():
        text = hide_starts(text, value, reference)
    return text


def hide_starts(text: str, value: str, reference: str) -> str:
    """The text with each start of ``value`` (FILLED_HIDDEN characters or more) as ``reference``. Linear: each place
    its first FILLED_HIDDEN characters are found is compared on only as far as it matches, then passed."""
    head, parts, at = value[:FILLED_HIDDEN], [], 0
    while (found := text.find(head, at)) >= 0:
        end = found + FILLED_HIDDEN
        while end < len(text) and end - found < len(value) and text[end] == value[end - found]:
            end += 1
        parts += [text[at:found], reference]
        at = end
    return "".join(parts) + text[at:] if parts else text


def hide_filled(text: str) -> str:
    """The text with each value of FILLED as its reference (the longest first: one value inside another)."""
    for value, reference in sorted(list(FILLED.items()), key=lambda kv: -len(kv[0])):
        if value in text:
            text = text.replace(value, reference)
    return text


def _hidden(m: re.Match[str]) -> str:
    secret = m.group(m.re.groups)  # the last group; the first is what stays before it
    if REFERENCE.fullmatch(secret):
        return m.group(0)
    word = (m.groupdict().get("word") or "").lower()
    return m.group(1) + "***" + (secret[-4:] if len(secret) >= SHOWN_END and word not in PASSWORD_WORDS else "")


def _password_at(address: str) -> tuple[int, int]:
    """The «@» ending a password (-1 for none), and where its «user:» is looked for: the last «@», not one inside a
    Teams address (its tenant@team is the path's; with a port, office.com:443/…, it looked like «user:pass@»). One
    after it is another address's, joined by a comma (…/IncomingWebhook/…?x=1,https://u:PASSWORD@host)."""
    teams = TEAMS.search(address)
    if teams is None:
        return address.rfind("@"), 0
    after = address.rfind("@", teams.end())
    return (after, teams.end()) if after >= 0 else (address.rfind("@", 0, teams.start()), 0)


def _masked(m: re.Match[str]) -> str:
    """One address with its secrets masked; the punctuation after it is left as written."""
    address = m.group()
    address = address.rstrip(AFTER_ADDRESS)  # not a regex searched at each character: quadratic on a run of dots
    rest = m.group()[len(address):]
    at, start = _password_at(address)
    user = USER_COLON.search(address, start) if at >= 0 else None
    if user and user.end() <= at:
        address = address[:user.end()] + "***" + address[at:]
    for pattern in ADDRESS_SECRETS:
        address = pattern.sub(_hidden, address)
    return address + rest


def redact_secrets(text: str) -> str:
    """A webhook's address, or a text naming addresses (an error, a log line), with each address's secrets as ***
    (ADDRESS_SECRETS, the last 4 characters of a long one kept; a password as redact_url hides it), for what is
    printed, logged or shown: a Telegram address carries the bot's token, which anyone who reads it can send as the
    bot with. The address stored stays whole (it is the alerts' key); an email address or a text without a web
    address is given back as it is. Linear in the text's length (a hostile feed's address in a DEBUG line). A value
    filled in from the environment (FILLED) is shown as the ${NAME} it came from."""
    text = hide_filled(text) if FILLED else text
    if ":" not in text:
        return text
    return BOT_TOKEN.sub(_hidden, WEB_ADDRESS.sub(_masked, text) if "://" in text else text)


def bad_month(value: str) -> str:
    """The refusal of a month not written YYYY-MM, said alike by the command line and the report."""
    return f"tháng phải có dạng YYYY-MM, nhận được {value!r}"


def fold(text: str) -> str:
    """Lowercase and strip Vietnamese diacritics, one output character per NFC input character."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in nfc(text))


TONE = "[\u0300\u0301\u0303\u0309\u0323]"  # huyền, sắc, ngã, hỏi, nặng as NFD writes them
# A word ending in «oa», «oe» or «uy» (not «quy»: its «u» belongs to «qu») with a tone mark on either vowel: the only
# place the old and the new placement differ (hoà/hòa, khoẻ/khỏe, thuỷ/thủy; never hoàng, toàn, khoái, uyên, quỳnh).
TONED_PAIR = re.compile(rf"(?<![qQ])(?:([oO])({TONE}?)([aAeE])|([uU])({TONE}?)([yY]))({TONE}?)$")
QU_TONED = re.compile(rf"(?<=[qQ])([uU])({TONE})([yY])$")  # «qúy» for «quý»: the mark belongs on the y


def tone_placements(word: str) -> list[str]:
    """A word as the new placement writes its tone mark (hòa, khỏe, thủy: as the segmented text, underthesea's, has it),
    then as the old one (hoà, khoẻ, thuỷ) where that differs: outlets, keyboards (Unikey's «oà, uý» setting) and the
    gazetteer write either, and a typed accent is exact in both («qúy», a slip, is «quý» alone). One word, NFC; a word
    with no such ending is given back in NFC."""
    d = unicodedata.normalize("NFD", word)
    if qu := QU_TONED.search(d):
        return [nfc(d[: qu.start()] + qu[1] + qu[3] + qu[2])]
    m = TONED_PAIR.search(d)
    if not m or bool(m[2] or m[5]) == bool(m[7]):  # no tone mark (or two: not a word)
        return [nfc(word)]
    first, second, tone = m[1] or m[4], m[3] or m[6], m[2] or m[5] or m[7]
    head = d[: m.start()]
    return list(dict.fromkeys([nfc(head + first + tone + second), nfc(head + first + second + tone)]))


def name_key(text: str) -> str:
    """A department's id or name (or an issue's «Giao cho») as compared: its words, accents, case and dashes optional
    («Phòng Kế hoạch - Tài chính» is «Phòng Kế hoạch – Tài chính», «mam non» is «mam-non»)."""
    return " ".join(re.findall(r"\w+", fold(text)))


# C0 controls other than tab and line ends, and DEL: no page or input line means them, and lxml refuses them in text it
# is given back (the crawler's pages, records.plain's input lines).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# A page's furniture, not its article: navigation ("Quay lại", "Chia sẻ", "Tin liên quan") and links to other articles
# (">> Headline", "> Headline", "Xem thêm: Headline"); "> 8 điểm: 1.234 thí sinh", a score table's line, is text.
# The crawler drops them from a page's body; the NLP stage from a text it is given.
NAV_LINE = re.compile(r"^\[?\s*(?:Quay lại|Về đầu trang|Xem tiếp|Trở về|Bình luận|Chia sẻ|In bài|Gửi bài|Tin liên quan|"
                      r"Bài liên quan|Xem thêm|Đọc thêm)\s*\]?\s*[.:…]*$", re.I)
# "+ Xem: …", "+ Xem thêm …" link; "+ Xem xét hồ sơ …" is a list item of the article.
RELATED_LINE = re.compile(r"^(?:>>|»|>\s+(?=[^\W\d_])|\+\s*(?:Xem|Đọc)(?:\s+thêm\b|\s*:)|(?:Xem thêm|Đọc thêm|Tin liên quan|Bài liên quan)\s*:)", re.I)
RELATED_MAX_CHARS = 200  # a longer paragraph starting so is the article's own text


def is_furniture(line: str) -> bool:
    """Whether a line is a page's navigation or a link to another article (see NAV_LINE, RELATED_LINE)."""
    line = line.strip()
    return bool(NAV_LINE.match(line)) or (bool(RELATED_LINE.match(line)) and len(line) < RELATED_MAX_CHARS)


LEAD_CHARS = 400
SENTENCE_END = re.compile(r"([.!?…][\"”’)\]]*)\s+[\"“‘(]*(?=\w)")
# A title or a unit abbreviated before a name ends no sentence: «theo TS. Nguyễn Văn An», «PGS.TS. Lê Hà», «TP. Hồ Chí Minh».
ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:TS|ThS|Ths|PGS|GS|BS|BSCKI|BSCKII|KS|CN|NGƯT|NGND|TP|Tp|TX|TT|Q|P)\s*\.$")


def sentence_ends(text: str, limit: int) -> list[int]:
    """Offsets just after each sentence that ends before `limit` and is followed by a capitalised word or a number."""
    return [m.end(1) for m in SENTENCE_END.finditer(text, 0, limit + 1) if m.end(1) <= limit
            and (text[m.end()].isupper() or text[m.end()].isdigit())
            and not ABBREVIATION.search(text, max(0, m.start(1) - 8), m.start(1) + 1)]


def one_line(text: str) -> str:
    """A title on one line, single-spaced: a headline given with a line break (an input line's «title») broke the
    numbered list of the digest and the lines of a message, and went as a two-line subject to a webhook while the
    email's Subject showed it on one."""
    return " ".join(str(text).split())


def clip(text: str, limit: int = 200) -> str:
    """A subject line (on one line) of at most ``limit`` characters, cut before a word rather than inside it, with «…»
    when cut. The alerts' subjects and the titles records make from a lead are cut so."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    word = cut.rsplit(" ", 1)[0]  # a word cut in half is dropped, unless the text is one long word
    return (word if len(word) > limit // 2 else cut).rstrip(" ,;:-–") + "…"


def first_sentence(text: str, limit: int) -> str:
    """The first sentence of a text's first non-empty line, by the lead's rule (sentence_ends: «TP.», «GS.», «1.000»,
    «v.v.», an ellipsis in mid-sentence end none), clipped to at most ``limit`` characters; '' for an empty text."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    ends = sentence_ends(line, limit)
    return clip(line[:ends[0]] if ends else line, limit)


def split_lead(text: str) -> tuple[str, str]:
    """(lead, rest) of an article given without a lead: its first paragraph, the way the crawler takes "the
    first text block after the headline" (a first paragraph longer than LEAD_CHARS is cut after its last
    sentence that ends before that, else kept whole). The text is tidy (or segmented: the rule reads the
    same on ``học_sinh .``); the lead is never empty for a text. The models (nlp/features.py) and the story
    grouping (alerting/stories.py) read the same lead."""
    text = text.strip()
    first, _, rest = text.partition("\n")
    if len(first) > LEAD_CHARS:
        ends = sentence_ends(first, LEAD_CHARS)
        if ends:
            first, rest = first[:ends[-1]], (first[ends[-1]:].strip() + "\n" + rest).strip()
    return first.strip(), rest.strip()


# Each opening scans no further than the next opening of the same element (a text with thousands of unclosed "<script>"
# was quadratic), and an unclosed comment not past the next one.
HIDDEN = re.compile(r"<(script|style|noscript|template)\b[^<>]*>(?:(?!<\1\b).)*?</\1\s*>|<!--(?:(?!<!--).)*?-->", re.I | re.S)
# What may follow a tag's name: attributes as HTML writes them (name, name=value, name="value"), so that text between a
# "<" and a ">" is not taken for a tag (cuộc thi <<Em yêu khoa học>>, nếu a<b và b>c).
ATTRS = r"""(?:\s+[a-zA-Z_:@][-a-zA-Z0-9_:.@]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'=<>`]+))?)*\s*/?>"""
ELEMENTS = ("a|abbr|address|area|article|aside|audio|b|base|bdi|bdo|big|blockquote|body|br|button|canvas|caption|center|"
            "cite|code|col|colgroup|data|dd|del|details|dfn|dialog|div|dl|dt|em|embed|fieldset|figcaption|figure|font|"
            "footer|form|frame|h[1-6]|head|header|hgroup|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|link|main|map|"
            "mark|meta|nav|noscript|object|ol|optgroup|option|output|p|param|picture|pre|q|rp|rt|ruby|s|samp|script|"
            "section|select|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|"
            "tfoot|th|thead|time|title|tr|track|tt|u|ul|var|video|wbr|[a-zA-Z][a-zA-Z0-9]*:[a-zA-Z][a-zA-Z0-9:-]*")
BLOCK = re.compile(r"<\s*(?:br|/?p|/?div|/?li|/?h[1-6]|/?tr|/?blockquote|/?section|/?article)\b" + ATTRS, re.I)
INLINE = re.compile(r"</?(?:b|i|u|em|strong|span|font|sup|sub|mark|small|abbr)\b" + ATTRS, re.I)  # within a word's letters
TAG = re.compile(rf"</?(?:{ELEMENTS})(?![a-zA-Z0-9:-]){ATTRS}|<!DOCTYPE[^<>]*>|<!\[CDATA\[|\]\]>", re.I)
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")

def html_text(text: str) -> str:
    """Text out of what HTML left in it, when it holds any (tags such as ``<p>``, ``</br>``, ``<img …>``; entities such
    as ``&quot;``): the tags dropped (a paragraph's or a line break's as one line end, bold and the like as nothing,
    scripts and styles with their content) and the entities decoded, twice for a feed that escaped them once more
    (``&amp;quot;``). Text without either keeps its ``<`` and ``&`` (``điểm < 5``, ``GD&ĐT``, ``<<Em yêu khoa học>>``)."""
    if "<" in text and TAG.search(text):
        text = TAG.sub(" ", INLINE.sub("", BLOCK.sub("\n", HIDDEN.sub(" ", text))))
        text = "\n".join(line for line in (" ".join(line.split()) for line in text.split("\n")) if line)
    if "&" in text and ENTITY.search(text):
        for _ in range(2):
            text = ENTITY.sub(lambda m: html.unescape(m.group()), text)  # not "&GT" of "KH&GTVT"
    return text
