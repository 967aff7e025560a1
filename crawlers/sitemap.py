"""Sitemaps (Google News sitemaps, plain sitemaps, sitemap indexes) into entries: pure functions over bytes.

A news sitemap gives each article's exact time and headline (``<news:publication_date>``, ``<news:title>``); a plain
one only its address and ``<lastmod>``. An index names child sitemaps: only the newest few on the same site are read
(CHILDREN). Elements are matched by their local names, so a sitemap written without its namespace, or with an old
one, reads the same. What a feed's reader repairs is repaired first (crawlers.feeds.repaired_xml: a wrong declared
encoding, a bare «&», HTML's entities, the document's own simple entities expanded within bounds and its DOCTYPE's
internal subset taken out). The parser is safe (no entities expanded, no DTD, no network, no huge trees)
and reads in order: a document that breaks off or turns malformed keeps every entry read before the fault
(``Sitemap.problem`` says where); one with nothing readable raises SitemapError.
"""
from __future__ import annotations

import io
import re
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from lxml import etree

from crawlers.dates import parse_iso
from crawlers.feeds import repaired_xml, strip_html
from crawlers.urls import site_of
from diemnong.domain import TZ

CHILDREN = 3  # child sitemaps of an index read per poll: the newest (lastmod, else their address's date), else the last
ROOTS = ("urlset", "sitemapindex")
GZIP_MAGIC = b"\x1f\x8b"
# A year (1990–2099), its month and maybe its day in a child sitemap's address, joined by - / _ . or nothing.
URL_DATE = re.compile(r"(?<!\d)(?P<year>19[89]\d|20\d\d)([-/_.]?)(?P<month>0[1-9]|1[0-2])"
                      r"(?:\2(?P<day>0[1-9]|[12]\d|3[01]))?(?!\d)")


class SitemapError(ValueError):
    """A document is not a sitemap that can be read at all (the message says why)."""


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    title: str = ""  # <news:title>, its entities decoded
    published: datetime | None = None  # <news:publication_date>: the article's time
    lastmod: datetime | None = None  # <lastmod>: when the page last changed (an old article edited today), not its time
    image: str = ""  # the first <image:loc>


@dataclass
class Sitemap:
    entries: list[SitemapEntry] = field(default_factory=list)
    children: list[str] = field(default_factory=list)  # an index's child sitemaps to read, newest first (at most CHILDREN)
    index: bool = False
    skipped: dict[str, int] = field(default_factory=dict)  # reason → entries not usable
    problem: str = ""  # where a malformed document broke off (what came before it is kept)
    cut: bool = False  # the document went on beyond the size limit (max_bytes): read up to it

    def skip(self, reason: str, n: int = 1) -> None:
        if n:
            self.skipped[reason] = self.skipped.get(reason, 0) + n


def gunzipped(content: bytes, max_bytes: int) -> tuple[bytes, bool]:
    """A .xml.gz sitemap's XML (the bytes as they are when not gzip): its first `max_bytes`, and whether it went on
    beyond them (then read as a sitemap cut at the size limit is)."""
    if not content.startswith(GZIP_MAGIC):
        return content, False
    unzip = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = unzip.decompress(content, max_bytes)
    except zlib.error as exc:
        raise SitemapError(f"not a readable sitemap: broken gzip ({exc})") from exc
    return data, bool(unzip.unconsumed_tail)


def local(element: etree._Element) -> str:
    """An element's name without its namespace, declared («{uri}title») or not («news:title», a sitemap that forgot
    its xmlns:news)."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1] if isinstance(tag, str) else ""


def child(element: etree._Element, name: str) -> etree._Element | None:
    return next((c for c in element if local(c) == name), None)


def text_of(element: etree._Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def when(text: str) -> datetime | None:
    """An ISO 8601 time (W3C datetime, as sitemaps write it); one without a zone is Vietnamese time."""
    found = parse_iso(text) if text else None
    return found.when if found else None


def address(text: str, base_url: str) -> str:
    """An http(s) address as written in <loc> (relative ones made absolute), or ''."""
    try:
        url = urljoin(base_url, text.strip()) if text.strip() else ""
    except ValueError:  # an unparsable address
        return ""
    return url if url.startswith(("http://", "https://")) else ""


def url_entry(element: etree._Element, base_url: str) -> SitemapEntry | None:
    url = address(text_of(child(element, "loc")), base_url)
    if not url:
        return None
    news = child(element, "news")
    # Entities a CMS escaped once more («&amp;quot;», «&quot;» in CDATA) decoded as a feed's headline's are.
    title = strip_html(text_of(child(news, "title"))) if news is not None else ""
    published = when(text_of(child(news, "publication_date"))) if news is not None else None
    image = child(element, "image")
    return SitemapEntry(url=url, title=title, published=published, lastmod=when(text_of(child(element, "lastmod"))),
                        image=address(text_of(child(image, "loc")), base_url) if image is not None else "")


def url_date(url: str) -> datetime | None:
    """The day (or month) a child sitemap's address names: «/2026-11.xml», «-2026-11-27», «/2026/11/27/»,
    «20261127»; the last one written, or None."""
    for m in reversed(list(URL_DATE.finditer(urlsplit(url).path))):
        year, month, day = int(m["year"]), int(m["month"]), int(m["day"] or 1)
        try:
            return datetime(year, month, day, tzinfo=TZ)
        except ValueError:  # «2026-13», «2026-02-30»: no date
            continue
    return None


def newest_children(found: list[tuple[str, datetime | None]], sites: set[str], sitemap: Sitemap) -> list[str]:
    """The index's child sitemaps to read: same site only, the newest CHILDREN by lastmod, else by the date their
    address names; those with neither after, the last listed first (an index without dates lists oldest first as
    often as not, and a monthly one's first is years old)."""
    same = [(url, at or url_date(url)) for url, at in found if site_of(url) in sites]
    sitemap.skip("child sitemap on another site", len(found) - len(same))
    order = sorted(range(len(same)), key=lambda i: (same[i][1] is None, -(same[i][1].timestamp() if same[i][1] else i)))
    picked = list(dict.fromkeys(same[i][0] for i in order))
    sitemap.skip("older child sitemap left for later", len(picked[CHILDREN:]))
    return picked[:CHILDREN]


def parse_sitemap(content: bytes, base_url: str = "", max_bytes: int = 5_000_000, cut: bool = False,
                  content_type: str = "", asked: str = "") -> Sitemap:
    """Entries (a <urlset>) or child sitemaps (a <sitemapindex>) of a sitemap document, gzip or not. `cut`: the
    download stopped at `max_bytes` (a document cut there, or unzipped beyond it, keeps what came before the cut).
    What a feed's reader forgives is forgiven (repaired_xml: a wrong declared encoding, a bare «&», «&nbsp;»). Entries
    and child sitemaps are of the site of `base_url` (where it was read) or of `asked` (the address asked for, which
    redirected there: an outlet's sitemap served from its CDN's host lists the outlet's own pages)."""
    sites = {site_of(u) for u in (base_url, asked) if u}
    data, beyond = gunzipped(content, max_bytes)
    sitemap, found = Sitemap(cut=cut or beyond), []
    try:
        read_document(repaired_xml(data, content_type)[0], base_url, sitemap, found, sites)
    except SitemapError as exc:
        if sitemap.cut:
            raise SitemapError(f"sitemap larger than {max_bytes} bytes (crawler.max_response_bytes), nothing readable "
                               f"before the cut: {exc}") from exc
        raise
    sitemap.children = newest_children(found, sites, sitemap) if sitemap.index else []
    return sitemap


def read_document(data: bytes, base_url: str, sitemap: Sitemap, found: list[tuple[str, datetime | None]],
                  sites: set[str] | None = None) -> None:
    """Read a sitemap's XML into `sitemap` (entries) and `found` (an index's children), in order, up to a fault."""
    root = ""
    events = etree.iterparse(io.BytesIO(data), events=("start", "end"), resolve_entities=False,
                             no_network=True, load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True)
    depth = 0
    try:
        for event, element in events:
            if event == "start":
                depth += 1
                if depth == 1:
                    root = local(element)
                    if root not in ROOTS:
                        raise SitemapError(f"not a readable sitemap: the root element is <{root}>, not <urlset> or <sitemapindex>")
                continue
            depth -= 1
            if depth != 1:
                continue
            if root == "urlset" and local(element) == "url":
                entry = url_entry(element, base_url)
                if entry is None:
                    sitemap.skip("entry without a usable <loc>")
                elif sites and site_of(entry.url) not in sites:  # as a child sitemap on another site
                    sitemap.skip("entry on another site")
                else:
                    sitemap.entries.append(entry)
            elif root == "sitemapindex" and local(element) == "sitemap":
                loc = address(text_of(child(element, "loc")), base_url)
                if loc:
                    found.append((loc, when(text_of(child(element, "lastmod")))))
                else:
                    sitemap.skip("child sitemap without a usable <loc>")
            element.clear()
    except etree.XMLSyntaxError as exc:
        if not root or not (sitemap.entries or found):
            raise SitemapError(f"not a readable sitemap: malformed XML ({exc})") from exc
        sitemap.problem = f"malformed XML after {len(sitemap.entries) or len(found)} entries ({exc})"
    if not root:
        raise SitemapError("not a readable sitemap: the document is empty")
    sitemap.index = root == "sitemapindex"
