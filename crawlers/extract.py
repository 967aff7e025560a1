"""Article pages into title, body, lead, author, time and image: pure functions over HTML.

Each field is read from the most reliable place that has it:

=========  ===========================================================================================
title      the outlet's selector; else the page headline (h1) that the og:title/<title> starts with;
           else og:title / JSON-LD headline / <title> without the site name
time       the outlet's selector; JSON-LD / meta published time; the date written next to the headline
           (``Thứ Hai, 24/12/2012, 03:04 AM``); trafilatura's date last (it gives days, not times,
           and sometimes a site's founding date). A date without a time of day is completed by a
           later source giving the same day with a time.
body       the outlet's selector; else trafilatura (recall mode, no tables), then cleaned of the
           headline, date lines, the lead, ``>>`` related links and "[Quay lại]" navigation
lead       the outlet's selector; the first text block after the headline; the meta description
=========  ===========================================================================================

The crawler prefers the feed's title and time where they exist (trafilatura's are wrong on some real
pages, see MEASURED.md); these are for listing sources and pages whose feed says nothing.

Exceptions::

    ExtractionError            a page has no article text that can be extracted
    └── NotAnArticle           the page is a home, section or listing page, not one article
"""
from __future__ import annotations

import json
import re
from html import unescape
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Any, Iterable, Iterator, Sequence
from urllib.parse import urljoin, urlsplit

import lxml.html
import trafilatura
from lxml import etree
from lxml.cssselect import CSSSelector

from crawlers.dates import Found, find_time, parse_any, parse_relative, plausible, time_at
from crawlers.outlets import Outlet
from diemnong.text import CONTROL, ENTITY, NAV_LINE, html_text, is_furniture, nfc

MIN_TEXT = 80
SPACE = re.compile(r"\s+")
LEAD_PREFIX = re.compile(r"^\s*(?:\([^()]{1,40}\)|[A-ZĐ][A-ZĐ&.]{1,14}(?:\.VN)?)\s*[-–—:]\s+")
RELATED_TAIL = re.compile(r"(?<=\S)\s*>>\s*\S.*$")  # "… lead. >> Headline of a related article" (Dân trí's sapo)
HANDLE = re.compile(r"[a-z0-9_.@-]+")  # an account name or a domain ("baodantridientu", "thanhnien.vn"), not a byline
SLUG_PREFIX = re.compile(r"^[a-z0-9 ]{8,}\s+-\s+(?=[^\x00-\x7f]|[A-Z])")
DATE_ONLY = re.compile(r"^(?:(?:Thứ\s+\w+|Chủ\s+nhật|Cập nhật|Đăng|Ngày đăng|Ngày)\s*[,:]?\s*)?[\d/:\s,\-–|()GMTUTC+APMapm.hgiờtốisángchiều]*$", re.I)
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ")
DATE_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.created", "date", "sailthru.date",
)


class ExtractionError(ValueError):
    """A page has no article text that can be extracted."""


class NotAnArticle(ExtractionError):
    """The page is a home, section or listing page rather than one article."""


@dataclass(frozen=True)
class Extracted:
    title: str
    text: str
    lead: str
    author: str
    published: datetime | None
    image: str
    time_of_day: bool = False  # whether `published` came with a time of day (not just a date)


# --------------------------------------------------------------------------- small helpers

def _clean(text: str | None) -> str:
    """Text of an element or a <meta>, with the HTML a CMS escaped once more read too (see escaped_once_more)."""
    return nfc(SPACE.sub(" ", escaped_once_more(text or "")).strip())


# What lxml decoded is the page's text: its «<», «>» and «&» are kept through the second decoding.
LITERAL = str.maketrans({"<": "\ue000", ">": "\ue001", "&": "\ue002"})
RESTORED = {0xE000: "<", 0xE001: ">", 0xE002: "&"}


def escaped_once_more(text: str) -> str:
    """Text lxml (or trafilatura) read from a page, with the HTML a CMS escaped once more in it read too
    (``GD&amp;amp;ĐT``, ``&amp;quot;``, ``content="&amp;lt;p&amp;gt;…"``: «GD&amp;ĐT», «&lt;p&gt;…» after lxml): the
    entities still there are decoded once, and only the tags that decoding makes are dropped (diemnong.text.html_text).
    What the page writes as text («thẻ &lt;br&gt;», «x&lt;i khi i&gt;0», read «thẻ <br>», «x<i khi i>0») stays."""
    if "&" not in text or not ENTITY.search(text):
        return text
    pieces, last = [], 0
    for m in ENTITY.finditer(text):
        pieces += [text[last:m.start()].translate(LITERAL), unescape(m.group()).replace("&", "\ue002")]
        last = m.end()
    pieces.append(text[last:].translate(LITERAL))
    return html_text("".join(pieces)).translate(RESTORED)


def _key(text: str) -> str:
    """Comparison key of a line: case, spaces and surrounding punctuation ignored."""
    return re.sub(r"^[\W_]+|[\W_]+$", "", SPACE.sub(" ", nfc(text or "")).casefold())


def _select(tree: Any, selector: str) -> list[Any]:
    if not selector:
        return []
    try:
        return CSSSelector(selector)(tree)
    except (etree.XPathError, ValueError):
        return []


def _text_of(el: Any) -> str:
    if el is None:
        return ""
    if el.tag == "meta":
        return _clean(el.get("content"))
    return _clean(" ".join(el.itertext()))


def _first_text(tree: Any, selector: str) -> str:
    for el in _select(tree, selector):
        text = _text_of(el)
        if text:
            return text
    return ""


def parse_html(html: str) -> Any:
    """An lxml tree of a page without scripts, styles and comments."""
    if not html or not html.strip():
        raise ExtractionError("empty page")
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"not an HTML page: {exc}") from exc
    for bad in tree.xpath("//script[not(@type='application/ld+json')]|//style|//noscript|//comment()"):
        if bad.getparent() is not None:
            bad.drop_tree()
    return tree


# --------------------------------------------------------------------------- metadata

def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            node = stack.pop(0)
            if isinstance(node, dict):
                if isinstance(node.get("@graph"), list):
                    stack.extend(node["@graph"])
                kind = node.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(str(k).endswith(("Article", "BlogPosting", "NewsArticle")) for k in kinds):
                    yield node


def _ld_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(t for t in (_ld_text(v) for v in value) if t)
    if isinstance(value, dict):
        return _ld_text(value.get("name") or value.get("url") or "")
    return _clean(str(value)) if value else ""


@dataclass(frozen=True)
class Metadata:
    og_title: str = ""
    doc_title: str = ""
    headline: str = ""
    description: str = ""
    image: str = ""
    og_type: str = ""
    author: str = ""
    times: tuple[str, ...] = ()
    site: frozenset[str] = frozenset()  # names of the site and its CMS (casefolded): never the author


def page_metadata(tree: Any) -> Metadata:
    """What the page says about itself in <head>: titles, description, image, type, author, times."""
    metas: dict[str, str] = {}
    for m in tree.iter("meta"):
        name = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        if name and m.get("content") and name not in metas:
            metas[name] = _clean(m.get("content"))
    times = [metas[n] for n in DATE_META if metas.get(n)]
    times += [t.get("datetime") or _text_of(t) for t in tree.xpath("//*[@itemprop='datePublished'][not(self::meta)]|//time[@pubdate]")]
    headline = author = image = description = ""
    for node in _json_ld(tree):
        headline = headline or _ld_text(node.get("headline"))
        author = author or _ld_text(node.get("author"))
        image = image or _ld_text(node.get("image"))
        description = description or _ld_text(node.get("description"))
        if node.get("datePublished"):
            times.insert(0, str(node["datePublished"]))
    titles = tree.xpath("//title")
    site = frozenset(metas.get(k, "").casefold() for k in ("generator", "og:site_name", "application-name")) - {""}
    return Metadata(
        og_title=metas.get("og:title") or metas.get("twitter:title", ""),
        doc_title=_text_of(titles[0]) if titles else "",
        headline=headline,
        description=description or metas.get("og:description") or metas.get("description", ""),
        image=image or metas.get("og:image") or metas.get("twitter:image", ""),
        og_type=metas.get("og:type", "").lower(),
        author=next((a for a in (author, metas.get("author", ""), metas.get("article:author", "")) if _byline(a, site)), ""),
        site=site,
        times=tuple(t for t in times if t),
    )


def _byline(value: str, site: Iterable[str]) -> bool:
    """Whether an author given in <head> names someone: not the site or its CMS (`site`: og:site_name, the generator,
    as VCCorp's «Công nghệ ChannelVN»), a profile link or an account handle."""
    return bool(value) and value.casefold() not in site and "://" not in value and not HANDLE.fullmatch(value)


# --------------------------------------------------------------------------- fields

def strip_site_name(title: str) -> str:
    """A <title> without the site name around it ("Bài - VnExpress", "Tin | Báo X")."""
    for sep in TITLE_SEPARATORS:
        if sep in title:
            head, tail = title.split(sep, 1)
            if len(head) >= len(tail) and len(head) >= 15:
                return head.strip()
    return title.strip()


def shouting(title: str) -> bool:
    """Whether a headline is written all in capitals («HỌC SINH ĐUỐI NƯỚC…», as some pages and feeds write them)."""
    return sum(c.isalpha() for c in title) >= 10 and title == title.upper()


def in_case(title: str, other: str) -> str:
    """`title`, or `other` when `title` is the same headline all in capitals and `other` is not (its words as the
    outlet writes them in running text). An `other` all in small letters («học sinh … ở hà nội») has lost the capitals
    of its names: the headline in capitals is kept."""
    if not (shouting(title) and other and not shouting(other) and other != other.lower()):
        return title
    return other if _key(other) == _key(title) else title


def _as_written(headline: str, meta: Metadata) -> str:
    """A page's headline element, or its metadata's title when the element is in capitals (by CSS or by hand)."""
    for other in (meta.headline, meta.og_title, strip_site_name(meta.doc_title)):
        headline = in_case(headline, other)
    return headline


def pick_title(tree: Any, meta: Metadata, outlet: Outlet | None = None) -> tuple[str, Any]:
    """The headline and its element (None when it came from metadata)."""
    if outlet and outlet.title:
        for el in _select(tree, outlet.title):
            if _text_of(el):
                return _as_written(_text_of(el), meta), el
    reference = _key(meta.og_title or meta.headline or meta.doc_title)
    headings = [(el, _text_of(el)) for el in tree.xpath("//h1|//h2")]
    matching = [(el, t) for el, t in headings if len(t) >= 10 and reference.startswith(_key(t))]
    if matching:
        el, text = max(matching, key=lambda pair: len(pair[1]))
        return _as_written(text, meta), el
    for title in (meta.headline, meta.og_title, strip_site_name(meta.doc_title)):
        if title:
            el = next((e for e, t in headings if _key(t) == _key(title)), None)
            return title, el
    h1 = next(((e, t) for e, t in headings if e.tag == "h1" and len(t) >= 10), None)
    return (h1[1], h1[0]) if h1 else ("", None)


MARK = "\u2063\u2063"


def _times_in(text: str) -> Iterator[tuple[int, Found]]:
    """Each date written in a text, with its time of day when written next to it, and where it starts."""
    for m in re.finditer(r"(\d{1,2})\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|(?<!\d)(\d{1,2})\s+tháng", text):
        start = m.start(1) if m.group(1) else m.start(2)
        hit = time_at(text, start)
        if hit:
            yield start, hit


TEASER_START, TEASER_END = "\u2062\u2062", "\u2061\u2061"  # around a teaser's text while the page's text is read


def _near_headline(tree: Any, title_el: Any, teasers: Sequence[Any] = (), before: int = 300,
                   after: int = 300) -> list[Found]:
    """Dates written next to the headline (pages put them just above or just below), nearest first; not those written
    inside the `teasers` (blocks of other articles a related box lists there: their times are theirs). A teaser is left
    out where it stands, not by its time: another article published the same minute leaves the page's dateline."""
    if title_el is None:
        return []
    body = tree.find("body") if tree.find("body") is not None else tree
    unique = {id(b): b for b in teasers}
    blocks = [b for b in unique.values() if not any(id(up) in unique for up in b.iterancestors())]  # outermost only
    texts, ends = [b.text for b in blocks], []
    title_el.text = MARK + (title_el.text or "")
    for block in blocks:
        block.text = TEASER_START + (block.text or "")
        ends.append(etree.SubElement(block, "span"))
        ends[-1].text = TEASER_END
    try:
        text = SPACE.sub(" ", " ".join(body.itertext()))
    finally:
        title_el.text = title_el.text[len(MARK):]
        for block, end, was in zip(blocks, ends, texts):
            block.remove(end)
            block.text = was
    text = re.sub(f"{TEASER_START}.*?{TEASER_END}", " ", text, flags=re.S)
    at = text.find(MARK)
    if at < 0:
        return []
    end = at + len(MARK) + len(_text_of(title_el)) + 1
    windows = [(text[end : end + after], 0), (text[max(0, at - before) : at], 1)]
    found: list[tuple[int, Found]] = []
    for window, is_before in windows:
        for start, hit in _times_in(window):
            found.append(((len(window) - start) if is_before else start, hit))
    return [f for _, f in sorted(found, key=lambda pair: (not pair[1].has_time, pair[0]))]


DATELINE_REACH = 200  # elements read in each block beside the headline for a dateline (a dateline sits at its top)


def _nearby(el: Any, reach: int = 3) -> Iterator[Any]:
    """The elements up to `reach` siblings before and after `el`."""
    for siblings in (el.itersiblings(preceding=True), el.itersiblings()):
        for _, sibling in zip(range(reach), siblings):
            yield sibling


def _datelines_near_headline(tree: Any, title_el: Any, teasers: Sequence[Any], now: datetime | None) -> list[Found]:
    """Datelines beside the headline or beside its block, never in a teaser, that its text around cannot tell: a <time>
    element's machine-readable `datetime` (its text may say «2 giờ trước»), and, read against `now`, an element whose
    whole text is written against the day («2 giờ trước», «Hôm qua, 20:15») or without a year («27/11 08:15»)."""
    if title_el is None:
        return []
    around = [title_el, *([title_el.getparent()] if title_el.getparent() is not None else [])]
    blocked = {id(b) for b in teasers}
    exact: list[Found | None] = []
    counted: list[Found | None] = []
    for sibling in (s for el in around for s in _nearby(el)):
        for el in islice(sibling.iter(), DATELINE_REACH) if isinstance(sibling.tag, str) else ():
            # a dateline is a small element: its children (if any) hold only text («Hôm qua, <b>20:15</b>»)
            if any(len(child) for child in el) or any(id(up) in blocked for up in (el, *el.iterancestors())):
                continue
            text = _text_of(el)
            exact.append(parse_any(el.get("datetime") or "") if el.tag == "time" else None)
            counted.append(parse_relative(text, now) if now and len(text) <= 60 else None)
    return [f for f in exact + counted if f is not None]


def pick_time(candidates: list[Found | None], now: datetime | None = None) -> Found | None:
    """The first plausible time; a bare date is completed by a later candidate of the same day with a time."""
    found = [c for c in candidates if c is not None and plausible(c.when, now)]
    if not found:
        return None
    first = found[0]
    if not first.has_time:
        for other in found[1:]:
            if other.has_time and other.when.date() == first.when.date():
                return other
    return first


def _lead_after(title_el: Any, title: str) -> str:
    """The first block of text after the headline long enough to be a lead paragraph."""
    if title_el is None:
        return ""
    seen = 0
    for el in title_el.itersiblings():
        seen += 1
        if seen > 8:
            break
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "iframe", "ul", "ol", "table", "a"):
            continue
        text = _text_of(el)
        links = " ".join(" ".join(a.itertext()) for a in el.iter("a"))
        if len(text) >= 60 and len(links) < len(text) / 2 and _key(text) != _key(title):
            return text
    return ""


def clean_lead(text: str) -> str:
    """A lead without the outlet's tag ("(Dân trí) - ", "TTO - ") or a URL slug stuck in front, nor a related
    article's headline after ">>" at its end."""
    text = SLUG_PREFIX.sub("", text.strip())
    text = LEAD_PREFIX.sub("", text).strip()
    cut = RELATED_TAIL.sub("", text).strip()
    return cut if len(cut) >= 40 else text


def _outlet_body(tree: Any, outlet: Outlet | None) -> list[str]:
    if not outlet or not outlet.body:
        return []
    for el in _select(tree, outlet.body):
        for bad in _select(el, outlet.drop):
            if bad.getparent() is not None:
                bad.getparent().remove(bad)
        blocks = [_text_of(p) for p in el.xpath(".//p|.//h2|.//h3|.//li|.//blockquote[not(.//p)]")]
        lines = [b for b in blocks if b]
        if sum(len(b) for b in lines) >= 200:
            return lines
    return []


BLOCKS = {"p", "h2", "h3", "h4", "li", "blockquote", "div", "td", "section", "article"}
TABLE_DUMP = re.compile(r"(^|\n)\s*\|")


def _blocks_after(title_el: Any) -> list[str]:
    """Text blocks that follow the headline inside its container: the body of pages trafilatura cannot read
    (legacy table layouts). Line breaks (<br>) separate paragraphs."""
    if title_el is None:
        return []
    container = title_el.getparent()
    while container is not None and len(_text_of(container)) < 400 and container.getparent() is not None:
        container = container.getparent()
    if container is None:
        return []
    lines: list[str] = []
    started = False
    for el in container.iter():
        if el is title_el:
            started = True
            continue
        if not started or not isinstance(el.tag, str) or el.tag not in BLOCKS:
            continue
        if any(isinstance(c.tag, str) and c.tag in BLOCKS for c in el):
            continue  # only the innermost blocks
        if title_el in el.iterancestors():
            continue
        for br in el.iter("br"):
            br.tail = "\n" + (br.tail or "")
        links = sum(len(" ".join(a.itertext())) for a in el.iter("a"))
        for part in "".join(el.itertext()).split("\n"):
            part = _clean(part)
            if len(part) >= 30 and links < len(part) / 2:
                lines.append(part)
    return lines


def clean_body(lines: list[str], title: str, lead: str) -> list[str]:
    """Body paragraphs without the headline, date lines, the lead, related-link lines and navigation."""
    title_key, lead_key = _key(title), _key(clean_lead(lead))
    out: list[str] = []
    for line in lines:
        line = line.strip()
        key = _key(line)
        if not key or key == title_key or is_furniture(line):
            continue
        if not out and (DATE_ONLY.fullmatch(line) or (find_time(line) and _key(_without_date(line)) in ("", title_key))):
            continue
        if not out and lead_key and _key(clean_lead(line)) == lead_key:
            continue
        out.append(line)
    while out and (_key(out[-1]) == title_key or NAV_LINE.match(out[-1])):
        out.pop()
    return out


def _without_date(line: str) -> str:
    return re.sub(r"^.*?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[^A-ZĐa-zđ]*(?:AM|PM|GMT\+?\d*)?\s*", "", line)


def looks_like_listing(tree: Any, url: str, meta: Metadata) -> bool:
    """Whether a page is a home or section page: many headline links and almost no paragraphs."""
    from urllib.parse import urlsplit

    if url and urlsplit(url).path in ("", "/") and not urlsplit(url).query:
        return True
    if meta.og_type == "article":
        return False
    headline_links = sum(1 for a in tree.iter("a") if len(_text_of(a)) >= 30)
    paragraph_text = sum(len(t) for t in (_text_of(p) for p in tree.iter("p")) if len(t) >= 80)
    return headline_links >= 60 and paragraph_text < 400


CENTERED = re.compile(r"text-align\s*:\s*center", re.I)
CAPTION_CLASS = re.compile(r"caption|image-desc|img-desc|photo-desc|expnote|pic-desc", re.I)


def _centered(el: Any) -> bool:
    return (el.get("align") or "").lower() == "center" or bool(CENTERED.search(el.get("style") or ""))


def photo_captions(tree: Any) -> set[str]:
    """Comparison keys of the page's photo captions: <figcaption> and caption classes, an image's alt text written
    out again under it, and (legacy pages) a short centred line just after a centred image."""
    keys = {_key(_text_of(el)) for el in tree.iter("figcaption")}
    keys |= {_key(_text_of(el)) for el in tree.xpath("//*[@class]") if CAPTION_CLASS.search(el.get("class") or "")}
    keys |= {_key(img.get("alt") or "") for img in tree.iter("img") if len(img.get("alt") or "") >= 15}
    for img in tree.iter("img"):
        block = img.getparent()
        while block is not None and block.tag not in ("p", "div", "td", "center") and block.getparent() is not None:
            block = block.getparent()
        if block is None or not (_centered(block) or block.tag == "center"):
            continue
        nxt = block.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is not None and (_centered(nxt) or nxt.tag == "center") and not list(nxt.iter("img")):
            text = _text_of(nxt)
            if 0 < len(text) <= 250:
                keys.add(_key(text))
    keys.discard("")
    return keys


TEASER_EXTRA = 300  # what a teaser holds beside its headline link: a summary, a time, a section name


def _link_elsewhere(a: Any, url: str) -> str:
    """The text of a link with a headline's length to another page; else ""."""
    href = (a.get("href") or "").strip()
    text = _text_of(a)
    if len(text) < 30 or not href or href.startswith(("#", "javascript:")):
        return ""
    return "" if url and _join(url, href).split("#")[0] == url.split("#")[0] else text


def _standalone(a: Any, text: str) -> bool:
    """Whether a link stands on its own (``h3 > a``), not inside a sentence or beside a time (``li > a + span``)."""
    parent = a.getparent()
    return parent is not None and not _longer(parent, len(text) + 10) and _key(_text_of(parent)) == _key(text)


def _longer(el: Any, limit: int) -> bool:
    """Whether an element's text is longer than `limit` (read only that far: a page's whole text is not)."""
    size = 0
    for piece in el.itertext():
        size += len(piece.strip())
        if size > 2 * limit:  # pieces' inner runs of spaces count here, not in the exact measure below
            return True
    return len(_text_of(el)) > limit


def _links_elsewhere(el: Any, href: str | None) -> bool:
    """Whether an element holds a headline link to another address than `href` (a section's name is no headline)."""
    return any(x.get("href") != href and len(_text_of(x)) >= 30 for x in el.iter("a"))


def _teaser_block(a: Any, text: str, title_el: Any) -> Any:
    """The largest block around a headline link that holds only its teaser (that link, a summary, a time)."""
    block, el = None, a.getparent()
    for _ in range(4):
        if el is None or el.tag in ("body", "html", "main", "article") or _longer(el, len(text) + TEASER_EXTRA):
            break
        if _links_elsewhere(el, a.get("href")) or (title_el is not None and title_el in el.iter()):
            break
        block, el = el, el.getparent()
    return block


Teaser = tuple[Any, str, Any]  # a headline link to another article, its text, the block that holds only its teaser


def teaser_blocks(tree: Any, url: str = "", title_el: Any = None) -> list[Teaser]:
    """Other articles' teasers on a page: each headline-length link to another page in a block of its own."""
    found = []
    for a in tree.iter("a"):
        text = _link_elsewhere(a, url)
        block = _teaser_block(a, text, title_el) if text else None
        if block is not None:
            found.append((a, text, block))
    return found


def teasers(found: list[Teaser]) -> set[str]:
    """Comparison keys of the teasers' text when a page shows three or more standing on their own (``h3 > a``): their
    headlines and the summaries beside them (a section or topic page's items, a «Tin cùng chuyên mục» block)."""
    keys: set[str] = set()
    blocks = 0
    for a, text, block in found:
        if not _standalone(a, text):
            continue
        blocks += 1
        keys.add(_key(text))
        keys |= {_key(_text_of(el)) for el in block.iter() if isinstance(el.tag, str) and el is not block
                 and a not in el.iter() and el not in a.iterancestors()}
    keys.discard("")
    return keys if blocks >= 3 else set()


RELATED_HEADING = re.compile(r"\s*(?:(?:Tin|Bài|Tin bài)\s+(?:liên quan|cùng chuyên mục|cùng chủ đề|khác)|(?:Xem|Đọc)\s+thêm)"
                             r"\s*:?\s*", re.I)
DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?)(?:$|[?#])", re.I)


def link_texts(tree: Any) -> set[str]:
    """Comparison keys of the texts of a page's links, but those to a document (a Sở's «Quyết định số …» PDF)."""
    keys = {_key(_text_of(a)) for a in tree.iter("a") if not DOCUMENT.search((a.get("href") or "").strip())}
    keys.discard("")
    return keys


def without_related(lines: list[str], links: set[str]) -> list[str]:
    """The lines without each line that is wholly a related-articles heading («Tin liên quan», «Xem thêm:»…) and the
    run of lines right after it that are each exactly a link's text (`links`, see link_texts); the run ends at the
    first line that is not (a blank line ends nothing)."""
    out: list[str] = []
    dropping = False
    for line in lines:
        if RELATED_HEADING.fullmatch(line):
            dropping = True
        elif not (dropping and (_key(line) in links or not line.strip())):
            dropping = False
            out.append(line)
    return out


def _mostly_links(tree: Any, body: list[str]) -> bool:
    """Whether most of the "body" is the text of links (headlines of other articles)."""
    if len(body) < 3:
        return False
    links = {_key(_text_of(a)) for a in tree.iter("a")}
    return sum(_key(line) in links for line in body) / len(body) >= 0.5


# --------------------------------------------------------------------------- the whole page

def extract_article(html: str, url: str = "", outlet: Outlet | None = None, now: datetime | None = None) -> Extracted:
    """Title, body, lead, author, time and image of an article page (raises ExtractionError)."""
    html = CONTROL.sub("", html or "")
    url = url if _valid_url(url) else ""
    tree = parse_html(html)
    meta = page_metadata(tree)
    if looks_like_listing(tree, url, meta):
        raise NotAnArticle(f"{url or 'page'} is a home or listing page, not an article")
    title, title_el = pick_title(tree, meta, outlet)
    doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_recall=True)
    data = (doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)) if doc is not None else {}
    lead = _first_text(tree, outlet.lead) if outlet else ""
    lead = lead or _lead_after(title_el, title) or meta.description
    related = teaser_blocks(tree, url, title_el)
    captions, others, links = photo_captions(tree), teasers(related), link_texts(tree)

    def uncaptioned(lines: list[str]) -> list[str]:
        """The lines without a related-articles heading and its links (without_related), other articles' teasers, and
        without photo captions unless the captions are the story (a photo essay)."""
        lines = [l for l in without_related(lines, links) if _key(l) not in others]
        kept = [l for l in lines if _key(l) not in captions]
        return kept if sum(len(l) for l in clean_body(kept, title, lead)) >= MIN_TEXT else lines

    lines = _outlet_body(tree, outlet) or escaped_once_more(data.get("text") or "").split("\n")
    body = clean_body(uncaptioned(lines), title, lead)
    if not body or TABLE_DUMP.search("\n".join(body)):
        fallback = clean_body(uncaptioned(_blocks_after(title_el)), title, lead)
        if sum(len(b) for b in fallback) >= MIN_TEXT:
            body = fallback
    if _mostly_links(tree, body):
        raise NotAnArticle(f"{url or 'page'} is a list of links (a section page), not an article")
    text = nfc("\n".join(body))
    if len(text) < MIN_TEXT and others:
        raise NotAnArticle(f"{url or 'page'} shows other articles' teasers, not an article")
    if len(text) < MIN_TEXT:
        raise ExtractionError(f"article text too short ({len(text)} characters) in {url or 'page'}")
    title = title or _clean(data.get("title"))
    outlet_time = None
    if outlet and outlet.time:
        el = next(iter(_select(tree, outlet.time)), None)
        if el is not None:
            written = el.get("datetime") or el.get("content") or el.get("data-time") or _text_of(el)
            outlet_time = parse_any(written) or (parse_relative(written, now) if now else None)
    blocks = [block for _, _, block in related]
    candidates = [outlet_time, *(parse_any(t) for t in meta.times), *_near_headline(tree, title_el, blocks),
                  *_datelines_near_headline(tree, title_el, blocks, now), parse_any(str(data.get("date") or ""))]
    when = pick_time(candidates, now)
    author = (_first_text(tree, outlet.author) if outlet else "") or meta.author or _person(data.get("author"), meta.site)
    image = (_first_text(tree, outlet.image) if outlet and outlet.image else "") or meta.image or (data.get("image") or "")
    return Extracted(
        title=nfc(title), text=text, lead=nfc(clean_lead(lead) or (body[0] if body else "")), author=nfc(author),
        published=when.when if when else None, image=_join(url, image.strip()),
        time_of_day=bool(when and when.has_time),
    )


def _valid_url(url: str) -> bool:
    try:
        urlsplit(url or "")
        return True
    except ValueError:  # e.g. "http://[" (an unclosed IPv6 host)
        return False


def _join(base: str, link: str) -> str:
    """A link made absolute against the page's address; left as written when either cannot be parsed."""
    if not base or not link:
        return link
    try:
        return urljoin(base, link)
    except ValueError:
        return link


def _person(value: Any, site: Iterable[str] = ()) -> str:
    """trafilatura's author when it looks like a person's name (it often returns site names or credits)."""
    text = _clean(str(value or ""))
    words = text.split()
    if not _byline(text, site) or len(words) > 5 or any(ch.isdigit() for ch in text) or ";" in text or text.lower().startswith("theo "):
        return ""
    return text if all(w[:1].isupper() for w in words) else ""
