"""Entities a feed or sitemap declares in its own DOCTYPE (crawlers/doctype.py through feeds.repaired_xml): expanded as
an XML parser expands them, simple internal ones only and within bounds; served on a loopback server and crawled through
the service into a real SQLite store, and read alone."""
from __future__ import annotations

import time
from datetime import datetime

import pytest

from crawlers.doctype import EXPANSION_BUDGET, as_content
from crawlers.feeds import parse_feed, repaired_xml
from crawlers.sitemap import parse_sitemap
from diemnong.config import Settings, Source
from diemnong.domain import TZ, doc_id
from diemnong.pipeline import Service
from store.sqlite import SQLiteStore
from tests.conftest import LoopbackServer
from tests.crawl_samples import gdtd_page
from tests.test_crawl_sitemap import URLSET, page_path

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=TZ)
GDTD = "Giáo dục và Thời đại"
ONE_LINE = f'<!DOCTYPE rss [<!ENTITY gddt "{GDTD}">]>'
MULTI_LINE = f"<!DOCTYPE rss [\n  <!-- the paper's name -->\n  <!ENTITY gddt '{GDTD}'>\n  <!ENTITY sgd \"Sở GD&#38;ĐT\">\n]>"


def rss(doctype: str, items: list[tuple[str, str]]) -> str:
    body = "".join(f"<item><title>{title}</title><link>{link}</link><pubDate>Fri, 27 Nov 2026 08:15:00 +0700</pubDate>"
                   "</item>" for title, link in items)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{doctype}\n<rss version="2.0"><channel><title>Báo &gddt;</title>'
            f"<link>https://gd.vn/</link>{body}</channel></rss>")


def lol(levels: int = 10) -> str:
    """A «billion laughs»: lol9 is 10⁹ × «lol» (3 GB) once expanded."""
    return '<!ENTITY lol0 "lol">' + "".join(f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">' for i in range(1, levels))


@pytest.mark.parametrize("doctype", [ONE_LINE, MULTI_LINE])
def test_an_entity_declared_in_the_feeds_doctype_is_expanded(doctype: str) -> None:
    feed = parse_feed(rss(doctype, [("Báo &gddt; đưa tin", "https://gd.vn/a.html")]).encode(), "https://gd.vn/rss")
    assert [i.title for i in feed.items] == [f"Báo {GDTD} đưa tin"], "it read «Báo &gddt; đưa tin»"
    assert feed.problem == "", "a feed's own entities are no fault of its format (the log said «lỗi định dạng»)"


def test_entities_within_entities_in_attributes_and_beside_other_repairs() -> None:
    """One entity naming another, one used in an Atom link's address (its quotes escaped there), a bare «&» and
    «&nbsp;» repaired as before, a CDATA section and an undeclared name left as written."""
    atom = ('<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY site "https://gd.vn"><!ENTITY q \'"day-them"\'>'
            '<!ENTITY so "Sở &gddt;"><!ENTITY gddt "GD&amp;ĐT">]><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>'
            '<entry><title>&so; &amp; &q; &nbsp;Hà Nội & TP.HCM &khac;</title><link href="&site;/bai-1.html?a=&q;"/>'
            "<id>1</id><summary><![CDATA[&so; viết]]></summary><updated>2026-11-27T08:15:00+07:00</updated></entry></feed>")
    item, = parse_feed(atom.encode(), "https://gd.vn/atom").items
    assert item.title == 'Sở GD&ĐT & "day-them" Hà Nội & TP.HCM &khac;'
    assert item.url == 'https://gd.vn/bai-1.html?a="day-them"' and item.summary == "&so; viết"


def test_external_and_parameter_entities_are_not_read() -> None:
    doc = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % p "pe"><!ENTITY xxe SYSTEM "file:///etc/passwd">'
           '<!ENTITY pub PUBLIC "-//x//y" "http://169.254.169.254/">%p;<!ENTITY ok "được">]>'
           '<rss version="2.0"><channel><item><title>&xxe; &pub; &p; %p; &ok;</title><link>https://gd.vn/a</link>'
           "</item></channel></rss>")
    item, = parse_feed(doc.encode(), "https://gd.vn/rss").items
    assert item.title == "&xxe; &pub; &p; %p; được"


@pytest.mark.parametrize("case", ["billion laughs", "quadratic", "circular", "deep"])
def test_a_hostile_doctype_is_cut_at_once_and_its_items_kept(case: str) -> None:
    """A billion laughs (3 GB), one 100,000-character entity used 1,000 times (100 MB), entities naming each other and a
    chain 40 deep: the references beyond the bounds are left as written, in well under a second."""
    subset, title = {
        "billion laughs": (lol(), "&lol9;"),
        "quadratic": ('<!ENTITY big "' + "x" * 100_000 + '">', "&big;" * 1000),
        "circular": ('<!ENTITY a "&b;"><!ENTITY b "&a;"><!ENTITY c "&c;">', "&a;&b;&c;"),
        "deep": ("".join(f'<!ENTITY e{i} "&e{i + 1};">' for i in range(40)) + '<!ENTITY e40 "sâu">', "&e0;"),
    }[case]
    doc = (f'<?xml version="1.0"?><!DOCTYPE rss [{subset}]><rss version="2.0"><channel><item><title>{title}</title>'
           "<link>https://gd.vn/a</link></item></channel></rss>")
    started = time.perf_counter()
    document, repairs = repaired_xml(doc.encode())
    item, = parse_feed(doc.encode(), "https://gd.vn/rss").items
    assert time.perf_counter() - started < 1.0
    assert len(document) < 2 * len(doc) + EXPANSION_BUDGET and len(item.title) <= EXPANSION_BUDGET + len(title)
    assert "left unexpanded" in repairs and item.title.endswith(";")
    entries = parse_sitemap((f"<!DOCTYPE urlset [{subset}]>" + URLSET.split("\n", 1)[1]
                             + f"<url><loc>https://gd.vn/a.html</loc><news:news><news:title>{title}</news:title>"
                             "</news:news></url></urlset>").encode(), "https://gd.vn/sitemap.xml").entries
    assert [e.url for e in entries] == ["https://gd.vn/a.html"]
    assert len(entries[0].title) <= EXPANSION_BUDGET + len(title)



def news_sitemap(subset: str, titles: list[str]) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE urlset [{subset}]>\n' + URLSET.split("\n", 1)[1]
            + "".join(f"<url><loc>https://gd.vn/bai-{n}.html</loc><news:news><news:publication_date>2026-11-27T08:15:00"
                      f"+07:00</news:publication_date>{title}</news:news></url>" for n, title in enumerate(titles, 1))
            + "</urlset>")


@pytest.mark.parametrize("value", ["lớp 10 < 30 học sinh", "<b>GD", "a ]]> b"])
def test_an_entity_that_is_no_well_formed_markup_is_put_in_as_text(value: str) -> None:
    """Pasted in as markup, «lớp 10 < 30 học sinh» made the sitemap unreadable (every entry lost) and flagged the feed
    malformed: it goes in as text, read as the value written escaped in its place. A value that is well-formed markup,
    its prefix declared by the root, stays markup."""
    as_text = value.replace("<", "&lt;").replace(">", "&gt;")

    def sitemap_titles(subset: str, first: str) -> list[tuple[str, str]]:
        doc = news_sitemap(subset, [f"<news:title>Sĩ số {first}</news:title>", "<news:title>Bài hai</news:title>", "&t;"])
        return [(e.url[-10:], e.title) for e in parse_sitemap(doc.encode(), "https://gd.vn/sitemap.xml").entries]

    title = '<!ENTITY t "<news:title>Bài ba</news:title>">'
    titles = sitemap_titles(f'<!ENTITY ss "{value}">{title}', "&ss;")
    assert titles == sitemap_titles(title, as_text) and titles[1:] == [("bai-2.html", "Bài hai"), ("bai-3.html", "Bài ba")]

    def feed(subset: str, first: str) -> tuple[list[str], str]:
        read = parse_feed(rss(f'<!DOCTYPE rss [<!ENTITY gddt "GDĐT">{subset}]>', [(f"Sĩ số {first}", "https://gd.vn/a.html"),
                                                                               ("Bài hai", "https://gd.vn/b.html")]).encode(),
                          "https://gd.vn/rss")
        return [i.title for i in read.items], read.problem

    assert feed(f'<!ENTITY ss "{value}">', "&ss;") == feed("", as_text) and feed("", as_text)[1] == ""


def test_only_the_prologs_doctype_counts_not_one_in_a_comment() -> None:
    commented = '<!-- cũ: <!DOCTYPE rss [<!ENTITY gddt "Báo cũ">]> -->'
    feed = parse_feed(rss(f'{commented}\n<?xml-stylesheet href="rss.xsl"?>\n{ONE_LINE}', [("&gddt; đưa tin", "https://gd.vn/a.html")]).encode(),
                      "https://gd.vn/rss")
    assert [i.title for i in feed.items] == [f"{GDTD} đưa tin"], "the commented-out DOCTYPE's value was used"
    document, _ = repaired_xml(rss(commented, [("&gddt; đưa tin", "https://gd.vn/a.html")]).encode())
    assert commented.encode() in document and "Báo cũ đưa tin".encode() not in document, "a comment is no DOCTYPE"


@pytest.mark.parametrize("before", ["\n", "\r\n\r\n  \t", "\ufeff\n", "\n\ufeff"])
def test_blank_lines_before_the_xml_declaration_are_no_fault(before: str) -> None:
    """A WordPress site often sends a blank line before «<?xml»: a sitemap was unreadable («XML declaration allowed
    only at the start of the document»), a feed flagged malformed."""
    sitemap = news_sitemap(f'<!ENTITY gddt "{GDTD}">', ["<news:title>&gddt;</news:title>", ""])
    entries = parse_sitemap((before + sitemap).encode(), "https://gd.vn/sitemap.xml").entries
    assert [(e.url[-10:], e.title) for e in entries] == [("bai-1.html", GDTD), ("bai-2.html", "")]
    feed = parse_feed((before + rss(ONE_LINE, [("&gddt; đưa tin", "https://gd.vn/a.html")])).encode(), "https://gd.vn/rss")
    assert ([i.title for i in feed.items], feed.problem) == ([f"{GDTD} đưa tin"], "")


def test_a_stray_word_before_the_feed_does_not_stop_its_entities() -> None:
    """feedparser reads a feed past a word printed before it («ok»): its DOCTYPE's entities are expanded as well."""
    feed = parse_feed(("ok\n" + rss(ONE_LINE, [("&gddt; đưa tin", "https://gd.vn/a.html")])).encode(), "https://gd.vn/rss")
    assert [i.title for i in feed.items] == [f"{GDTD} đưa tin"], "it read «&gddt; đưa tin»"


def test_an_entity_nested_too_deep_goes_in_as_text() -> None:
    """A well-formed value 300 elements deep went in as markup, and lxml (which stops at 256) refused the sitemap:
    every entry lost. Beyond 64 levels it goes in as text (the headline's tags then taken out, as any); 64 stay markup."""
    def titles(levels: int) -> list[tuple[str, str]]:
        value = "<b>" * levels + "x" + "</b>" * levels
        doc = news_sitemap(f'<!ENTITY e "{value}">', ["<news:title>Sĩ số &e;</news:title>", "<news:title>Bài hai</news:title>"])
        return [(e.url[-10:], e.title) for e in parse_sitemap(doc.encode(), "https://gd.vn/sitemap.xml").entries]

    assert titles(300) == titles(64) == [("bai-1.html", "Sĩ số x"), ("bai-2.html", "Bài hai")]
    assert as_content("<b>" * 65 + "</b>" * 65) == "&lt;b&gt;" * 65 + "&lt;/b&gt;" * 65
    assert as_content("<b>" * 64 + "</b>" * 64) == "<b>" * 64 + "</b>" * 64


def test_the_budget_is_charged_once_for_each_character_made() -> None:
    """A 600,000-character entity used once is well within the 1,000,000 characters (it was refused: charged when
    made and again when used); a second use of it is not."""
    big = "x" * 600_000
    doc = rss(f'<!DOCTYPE rss [<!ENTITY gddt "GDĐT"><!ENTITY big "{big}">]>', [("&big;", "https://gd.vn/a.html")])
    document, repairs = repaired_xml(doc.encode())
    assert repairs == "" and document.count(b"x" * 600_000) == 1
    document, repairs = repaired_xml(doc.replace("<title>&big;", "<title>&big;&big;").encode())
    assert "left unexpanded ×1" in repairs and document.count(b"x" * 600_000) == 1


def test_a_feed_and_a_sitemap_with_their_own_entities_are_stored_with_them(settings: Settings, store: SQLiteStore,
                                                                             http_server: LoopbackServer) -> None:
    fast = settings.override(crawler__retry_backoff_seconds=0.01, crawler__max_retries=1, crawler__timeout_seconds=2.0)
    base = http_server.url
    for n in range(2):
        http_server.route(page_path(n), gdtd_page(n))
    feed = rss(MULTI_LINE, [("&sgd; Hà Nội: học sinh nghỉ học tránh rét", base + page_path(0))])
    http_server.route("/rss.xml", feed, content_type="application/rss+xml; charset=utf-8")
    sitemap = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE urlset [<!ENTITY gddt "{GDTD}"><!ENTITY site "{base}">]>\n'
               + URLSET.split("\n", 1)[1] + f"<url><loc>&site;{page_path(1)}</loc><news:news><news:publication_date>"
               "2026-11-27T08:15:00+07:00</news:publication_date><news:title>Báo &gddt;: tuyển sinh lớp 10</news:title>"
               "</news:news></url></urlset>")
    http_server.route("/sitemap.xml", sitemap, content_type="application/xml")
    sources = [Source(name=GDTD, kind="rss", url=base + "/rss.xml", section="Giáo dục"),
               Source(name=GDTD, kind="sitemap", url=base + "/sitemap.xml", section="Giáo dục")]
    results = Service(fast, store, workers=1).crawl_once(sources, now=NOW)
    assert [(r.error, r.outcomes["stored"]) for r in results] == [("", 1), ("", 1)]
    from_feed, from_sitemap = (store.get_article(doc_id(base + page_path(n))) for n in range(2))
    assert from_sitemap.title == f"Báo {GDTD}: tuyển sinh lớp 10" and from_sitemap.status == "complete"
    assert from_feed.status == "complete"
    assert from_feed.title == "Sở GD&ĐT Hà Nội: học sinh nghỉ học tránh rét", "it read «&sgd; Hà Nội: …»"
