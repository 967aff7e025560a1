"""Every parser that reads outside input, fed generated input with hypothesis: each input ends in a result or
the parser's own specific error, never another exception, within a time limit (hypothesis' deadline);
the big hostile cases (entity and alias bombs, deep nesting, megabytes of one line) run in a child
process under memory and CPU limits.

The runs are derandomized (the same examples on every run, so CI is repeatable). To explore further:
``DIEMNONG_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz.py`` draws that many fresh random examples per test.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawlers.dates import find_time, parse_any
from crawlers.encoding import decode_bytes, decode_html
from crawlers.extract import ExtractionError, extract_article
from crawlers.feeds import Feed, FeedError, parse_feed
from crawlers.urls import canonical_url
from diemnong.config import ConfigError, load_departments, load_settings, load_sources, load_topics
from diemnong.domain import Article
from diemnong.jsonl import InputError, read_jsonl
from diemnong.pipeline import article_from_record
from store.base import ParsedQuery, QuerySyntaxError, SearchQuery, decode_cursor, parse_query
from store.sqlite import SQLiteStore, fts_expression
from tests.conftest import ROOT, make_article

EXAMPLES = int(os.environ.get("DIEMNONG_FUZZ_EXAMPLES") or 0)


def fuzz(examples: int, deadline_s: float = 3.0) -> settings:
    """Hypothesis settings: `examples` fixed examples (or DIEMNONG_FUZZ_EXAMPLES random ones), each under the deadline."""
    return settings(max_examples=EXAMPLES or examples, deadline=timedelta(seconds=deadline_s), derandomize=not EXAMPLES,
                    database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                                          HealthCheck.data_too_large, HealthCheck.filter_too_much])


# --------------------------------------------------------------------------- building blocks

VIET = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ"
NASTY = ["&", "&amp;", "&amp;quot;", "&#x0;", "&#1114112;", "&bogus;", "<", "]]>", "<![CDATA[", "\x00", "\x1b", "\ufeff",
         "\u202e", "\ud7ff", "o\u0301", "\u0300", "\r\n", "\t", " ", "\"", "'", "<script>", "-->", "javascript:", "%",
         "%ZZ", "//", "..", "http://", "https://[", "::", "@", "#", "?", "10/13/2025", "25/12/2024 08:30", "Thứ Hai, 24/12/2012, 03:04 AM"]
text = st.text(alphabet=st.one_of(st.characters(codec="utf-8", exclude_categories=("Cs",)), st.sampled_from(VIET)), max_size=60)
messy = st.lists(st.one_of(text, st.sampled_from(NASTY)), max_size=6).map("".join)
url_like = st.one_of(
    messy,
    st.builds(lambda s, h, p: f"{s}{h}/{p}", st.sampled_from(["http://", "https://", "HTTP://", "ftp://", "", "//", "javascript:"]),
              st.sampled_from(["example.vn", "EXAMPLE.vn:80", "xn--bcher-kva.vn", "[::1]", "127.0.0.1", "a..b", "vn", "ví-dụ.vn", ""]),
              messy),
)
ENCODINGS = ["utf-8", "windows-1258", "iso-8859-1", "utf-16", "ascii", "bogus-enc", "cp1252", "latin1"]


def encode(doc: str, encoding: str) -> bytes:
    try:
        return doc.encode(encoding, errors="xmlcharrefreplace")
    except LookupError:
        return doc.encode("utf-8", errors="surrogatepass")


# --------------------------------------------------------------------------- article text (NLP)

# What made underthesea's own regular expressions backtrack for minutes: a URL followed by a run of
# punctuation (a Baomoi advert with "goo.gl/x ......"), emoji and symbol runs, long unbroken tokens.
PUNCT_TAILS = ["." * 40, "…" * 30, "!?" * 20, "-" * 60, "=" * 50, ")" * 30, "⚠" * 10, "🐶⚡" * 8, "," * 45]
article_text = st.lists(st.one_of(messy, url_like, st.sampled_from(PUNCT_TAILS),
                                  st.builds(lambda u, p: u + p, url_like, st.sampled_from(PUNCT_TAILS)),
                                  st.sampled_from(["Học phí tăng", "huyện Vị Thủy, tỉnh Hậu Giang", "HOÀ BÌNH", "hoà", "x" * 300])),
                        max_size=8).map(" ".join)


@pytest.mark.timeout(120, method="thread")  # a regex stuck in C ignores signals: end the run, do not hang CI
@fuzz(80, deadline_s=5.0)
@given(article_text, article_text, article_text)
def test_article_text_is_analysed_in_bounded_time(title: str, summary: str, text: str) -> None:
    from nlp.analysis import analyse
    result = analyse(title, summary, text)
    assert unicodedata.is_normalized("NFC", result.segmented)
    assert set(result.classification.topics) <= set(range(1, 17))
    assert result.classification.sentiment in ("negative", "neutral", "positive")


# --------------------------------------------------------------------------- feeds

@st.composite
def feed_documents(draw: st.DrawFn) -> tuple[bytes, str]:
    """An RSS 2.0, RSS 1.0 or Atom document with hostile fields, in a declared (maybe wrong) encoding."""
    kind = draw(st.sampled_from(["rss", "atom", "rdf", "garbage-root"]))
    encoding = draw(st.sampled_from(ENCODINGS))
    items = []
    for _ in range(draw(st.integers(0, 4))):
        title, link, summary, date, guid = (draw(messy), draw(url_like), draw(messy), draw(messy), draw(st.one_of(messy, url_like)))
        cdata = draw(st.booleans())
        summary = f"<![CDATA[{summary}]]>" if cdata else summary
        if kind == "atom":
            items.append(f"<entry><title>{title}</title><link href=\"{link}\"/><id>{guid}</id><summary>{summary}</summary>"
                         f"<updated>{date}</updated></entry>")
        else:
            items.append(f"<item><title>{title}</title><link>{link}</link><description>{summary}</description>"
                         f"<pubDate>{date}</pubDate><guid>{guid}</guid><enclosure url=\"{draw(url_like)}\" type=\"image/jpeg\"/></item>")
    body = "".join(items)
    root = {"rss": f"<rss version=\"2.0\"><channel><title>{draw(messy)}</title>{body}</channel></rss>",
            "atom": f"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>{draw(messy)}</title>{body}</feed>",
            "rdf": f"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">{body}</rdf:RDF>",
            "garbage-root": f"<html><body>{body}</body></html>"}[kind]
    declared = draw(st.sampled_from(ENCODINGS + [""]))
    decl = f"<?xml version=\"1.0\" encoding=\"{declared}\"?>" if declared else ""
    header = draw(st.sampled_from(["", "application/rss+xml", f"text/xml; charset={draw(st.sampled_from(ENCODINGS))}"]))
    return encode(decl + root, encoding), header


def check_feed(feed: Feed) -> None:
    for item in feed.items:
        assert item.url.startswith(("http://", "https://")), item.url
        assert unicodedata.is_normalized("NFC", item.title)
        assert item.published is None or item.published.tzinfo is not None


@fuzz(150)
@given(feed_documents(), st.sampled_from(["", "https://example.vn/rss/giao-duc.rss", "not a url"]))
def test_feeds_give_items_or_a_feed_error(doc: tuple[bytes, str], base: str) -> None:
    content, header = doc
    try:
        feed = parse_feed(content, base, header)
    except FeedError:
        return
    check_feed(feed)


@fuzz(150)
@given(st.binary(max_size=3000), st.sampled_from(["", "text/xml", "application/rss+xml; charset=windows-1258", "text/html; charset=bogus"]))
def test_arbitrary_bytes_as_a_feed(content: bytes, header: str) -> None:
    try:
        feed = parse_feed(content, "https://example.vn/rss", header)
    except FeedError:
        return
    check_feed(feed)


# --------------------------------------------------------------------------- HTML pages

TAGS = ["div", "p", "span", "article", "h1", "h2", "section", "time", "a", "ul", "li", "table", "td", "script", "style",
        "noscript", "figure", "figcaption", "header", "footer", "nav", "b", "i", "br", "img", "iframe", "svg", "template"]


def element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    attrs = st.lists(st.tuples(st.sampled_from(["class", "id", "href", "src", "datetime", "content", "property", "onerror", "style"]),
                               messy), max_size=3).map(lambda kv: "".join(f" {k}=\"{v.replace(chr(34), '')}\"" for k, v in kv))
    return st.builds(lambda tag, a, inner, close: f"<{tag}{a}>{inner}" + (f"</{tag}>" if close else ""),
                     st.sampled_from(TAGS), attrs, st.lists(children, max_size=4).map("".join), st.booleans())


html_fragment = st.recursive(messy, element, max_leaves=25)


@st.composite
def pages(draw: st.DrawFn) -> str:
    head = ""
    if draw(st.booleans()):
        head += f"<title>{draw(messy)}</title><meta property=\"og:title\" content=\"{draw(messy).replace(chr(34), '')}\">"
    if draw(st.booleans()):
        head += f"<meta property=\"article:published_time\" content=\"{draw(messy).replace(chr(34), '')}\">"
    if draw(st.booleans()):
        ld = draw(st.one_of(messy, st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), messy),
                                                lambda c: st.one_of(st.lists(c, max_size=3), st.dictionaries(
                                                    st.sampled_from(["@type", "headline", "datePublished", "author", "name",
                                                                     "articleBody", "@graph", "image"]), c, max_size=4)),
                                                max_leaves=12).map(json.dumps)))
        head += f"<script type=\"application/ld+json\">{ld}</script>"
    body = draw(html_fragment)
    if draw(st.booleans()):  # something that looks like an article, so extraction goes past the early exits
        body += f"<article><h1>{draw(messy)}</h1>" + "".join(f"<p>{draw(messy)} " + "Nội dung bài viết về giáo dục. " * 4 + "</p>"
                                                              for _ in range(draw(st.integers(1, 3)))) + "</article>"
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


@fuzz(120, deadline_s=10.0)
@given(pages(), url_like)
def test_pages_give_an_article_or_an_extraction_error(page: str, url: str) -> None:
    try:
        ex = extract_article(page, url)
    except ExtractionError:
        return
    assert ex.text and isinstance(ex.title, str)
    assert ex.published is None or ex.published.tzinfo is not None


@fuzz(150)
@given(st.binary(max_size=3000), st.sampled_from(["", "text/html", "text/html; charset=windows-1258", "text/html; charset=x-bogus",
                                                  "text/html; charset=utf-16"]))
def test_any_bytes_decode_to_nfc_text(content: bytes, header: str) -> None:
    text, encoding = decode_bytes(content, header)
    assert unicodedata.is_normalized("NFC", text) and encoding
    assert "\x00" not in decode_html(content, header)
    try:
        extract_article(decode_html(content, header), "https://example.vn/a.html")
    except ExtractionError:
        pass


@fuzz(200)
@given(messy)
def test_dates_and_urls_from_pages(value: str) -> None:
    for found in (parse_any(value), find_time(value)):
        assert found is None or found.when.tzinfo is not None
    try:
        url = canonical_url(value)
    except ValueError:
        return
    assert isinstance(url, str)


# --------------------------------------------------------------------------- JSON Lines input

json_value = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), messy),
                          lambda c: st.one_of(st.lists(c, max_size=3), st.dictionaries(messy, c, max_size=3)), max_leaves=10)
FIELDS = ["id", "title", "summary", "text", "published", "url", "source", "author", "image"]
records = st.dictionaries(st.one_of(st.sampled_from(FIELDS), messy),
                          st.one_of(json_value, messy, url_like, st.sampled_from(["2025-09-05T08:00:00+07:00", "2025-13-40", "hôm qua"])),
                          max_size=8)


@fuzz(250)
@given(records)
def test_input_records_give_an_article_or_an_input_error(rec: dict) -> None:
    try:
        article = article_from_record(rec, "fuzz.jsonl:1")
    except InputError as exc:
        assert str(exc).startswith("fuzz.jsonl:1: ")
        return
    assert isinstance(article, Article) and article.title.strip() and article.published.tzinfo is not None
    assert article.id and isinstance(article.url, str)


@fuzz(150)
@given(st.lists(st.one_of(st.binary(max_size=200), records.map(lambda r: json.dumps(r).encode()),
                          st.sampled_from([b"", b"   ", b"[1,2]", b"\xef\xbb\xbf{}", b"{\"a\": 1", b"\xff\xfe", b"null", b"{}"])),
                max_size=6))
def test_jsonl_files_give_records_or_an_error_naming_the_line(tmp_path_factory: pytest.TempPathFactory, lines: list[bytes]) -> None:
    from diemnong.cli import sort_stream

    path = tmp_path_factory.mktemp("jsonl") / "in.jsonl"
    path.write_bytes(b"\n".join(lines))
    for reader in (read_jsonl, sort_stream):
        try:
            for lineno, rec in reader(str(path)):
                assert isinstance(rec, dict) and lineno >= 1
        except InputError as exc:
            assert str(exc).startswith(f"{path}:"), exc


# --------------------------------------------------------------------------- configuration

SOURCE_KEYS = ["name", "kind", "url", "section", "interval_minutes", "enabled", "selectors", "max_pages"]
yaml_scalar = st.one_of(st.none(), st.booleans(), st.integers(-5, 2000), st.floats(allow_nan=False), messy, url_like,
                        st.sampled_from(["rss", "html", "a.link", "{n}", "https://x.vn/p/{n}", "div[", "van-phong"]))
yaml_value = st.recursive(yaml_scalar, lambda c: st.one_of(st.lists(c, max_size=3), st.dictionaries(
    st.one_of(st.sampled_from(SOURCE_KEYS + ["id", "seeds", "department", "emails", "webhooks", "article_links", "next_page",
                                             "page_url", "description", "always_copied"]), messy), c, max_size=5)), max_leaves=20)


@st.composite
def config_documents(draw: st.DrawFn) -> str:
    top = draw(st.sampled_from(["sources", "topics", "departments", "other"]))
    entries = draw(st.lists(yaml_value, max_size=4))
    doc = {top: entries} if draw(st.booleans()) else draw(yaml_value)
    try:
        text = yaml.safe_dump(doc, allow_unicode=True)
    except yaml.YAMLError:
        text = str(doc)
    if draw(st.booleans()):  # damage it
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.sampled_from(["\t", ": :", "- [", "&a", "*a", "!!python/object:os.system", "%YAML 9",
                                                  "\x00", "{", "'"])) + text[cut:]
    return text


@fuzz(200)
@given(config_documents())
def test_configuration_files_load_or_name_the_problem(tmp_path_factory: pytest.TempPathFactory, doc: str) -> None:
    path = tmp_path_factory.mktemp("cfg") / "file.yaml"
    path.write_bytes(doc.encode("utf-8", errors="surrogatepass"))
    departments = load_departments(ROOT / "data" / "departments.yaml")
    for load in (load_sources, load_departments, lambda p: load_topics(p, departments)):
        try:
            load(path)
        except ConfigError as exc:
            assert str(exc).startswith(str(path)), exc


@fuzz(150)
@given(st.dictionaries(st.sampled_from(["general", "store", "crawler", "alerts", "detector", "nlp", "report", "dashboard", "x"]),
                       st.one_of(yaml_value, st.dictionaries(st.sampled_from(["home", "concurrency", "quiet_hours", "smtp_port",
                                                                             "page_retry_hours", "backend", "hot_score", "x"]),
                                                             yaml_value, max_size=4)), max_size=4),
       st.dictionaries(st.sampled_from(["DIEMNONG_SMTP_PORT", "DIEMNONG_HOST_DELAY", "DIEMNONG_SMTP_STARTTLS", "DIEMNONG_STORE",
                                        "DIEMNONG_NLP_WORKERS", "DIEMNONG_ALLOW_PRIVATE_ADDRESSES"]), messy, max_size=3))
def test_settings_files_and_environment_load_or_name_the_problem(tmp_path_factory: pytest.TempPathFactory, doc: dict,
                                                                  env: dict) -> None:
    home = tmp_path_factory.mktemp("home")
    try:
        (home / "settings.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    except (yaml.YAMLError, UnicodeEncodeError):
        return
    try:
        s = load_settings(env={"DIEMNONG_HOME": str(home), **env})
    except ConfigError:
        return
    assert isinstance(s["crawler.concurrency"], int) and isinstance(s["alerts.smtp_port"], int)


# --------------------------------------------------------------------------- search queries

@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory):
    store = SQLiteStore(tmp_path_factory.mktemp("q") / "q.sqlite3")
    store.upsert_articles([make_article(i, title=t, summary="Phụ huynh phản ánh về học phí và lạm thu", topics=(8,))
                           for i, t in enumerate(["Học phí tăng", "Đào tạo giáo viên", "Hòa nhập, hoà giải", "NEAR AND OR NOT"])])
    yield store
    store.close()


query_text = st.lists(st.one_of(messy, st.sampled_from(['"', "-", "OR", "AND", "NOT", "NEAR", "*", "^", "(", ")", ":", "+",
                                                        "hoc phi", '"dao tao"', "-hoa", "title:", "\u0301", "_", "'"])),
                      max_size=8).map(" ".join)


@fuzz(300)
@given(query_text)
def test_search_queries_parse_and_run_or_give_a_syntax_error(small_store: SQLiteStore, text: str) -> None:
    try:
        parsed = parse_query(text)
    except QuerySyntaxError as exc:
        assert str(exc)
        return
    assert isinstance(parsed, ParsedQuery)
    if not parsed.empty:
        expr = fts_expression(parsed)
        small_store.db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (expr,)).fetchall()
    page = small_store.search(SearchQuery(text=text, limit=5))
    assert page.total >= len(page.hits)
    assert small_store.count(text=text) == page.total


@fuzz(150)
@given(st.one_of(messy, st.binary(max_size=60).map(lambda b: b.decode("latin-1"))))
def test_search_cursors_from_users_are_checked(small_store: SQLiteStore, cursor: str) -> None:
    try:
        decode_cursor(cursor)
        small_store.search(SearchQuery(text="hoc phi", cursor=cursor))
        small_store.search(SearchQuery(text="hoc phi", cursor=cursor, sort="relevance"))
    except QuerySyntaxError:
        pass


@fuzz(200)
@given(query_text, st.sampled_from(["newest", "oldest", "relevance"]), st.one_of(st.just(""), messy))
def test_elasticsearch_request_bodies_from_any_query(text: str, sort: str, cursor: str) -> None:
    from store.elasticsearch import search_body

    try:
        body, parsed, used = search_body(SearchQuery(text=text, sort=sort, cursor=cursor))
    except QuerySyntaxError:
        return
    assert json.loads(json.dumps(body)) == body and used in ("newest", "oldest", "relevance")
    assert parsed.empty or "bool" in body["query"]


# --------------------------------------------------------------------------- big hostile inputs, in a bounded child

BIG_CASES = {
    "xml entity bomb feed": """
        lol = '<!ENTITY lol0 "lollollollollollollollollollol">' + "".join(
            f'<!ENTITY lol{i} "' + f"&lol{i-1};" * 10 + '">' for i in range(1, 10))
        doc = f'<?xml version="1.0"?><!DOCTYPE rss [{lol}]><rss version="2.0"><channel><item><title>&lol9;</title>'\\
              '<link>https://example.vn/a</link></item></channel></rss>'
        try:
            feed = parse_feed(doc.encode(), "https://example.vn/rss")
            assert all(len(i.title) < 10_000_000 for i in feed.items)
            print("result", len(feed.items))
        except FeedError as exc:
            print("FeedError", exc)
    """,
    "external entity feed": """
        doc = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'\\
              '<rss version="2.0"><channel><item><title>&xxe;</title><link>https://example.vn/a</link></item></channel></rss>'
        try:
            feed = parse_feed(doc.encode(), "https://example.vn/rss")
            assert not any("root:" in i.title for i in feed.items), "a feed must not read local files"
            print("result", len(feed.items))
        except FeedError as exc:
            print("FeedError", exc)
    """,
    "deeply nested page": """
        page = "<html><body>" + "<div>" * 200_000 + "Nội dung " * 50 + "</div>" * 200_000 + "</body></html>"
        try:
            print("result", len(extract_article(page, "https://example.vn/a.html").text))
        except ExtractionError as exc:
            print("ExtractionError", exc)
    """,
    "five megabytes on one line": """
        page = "<html><body><article><h1>Tiêu đề</h1><p>" + "học phí " * 650_000 + "</p></article></body></html>"
        try:
            print("result", len(extract_article(page, "https://example.vn/a.html").text))
        except ExtractionError as exc:
            print("ExtractionError", exc)
    """,
    "yaml alias bomb": """
        lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
        lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 9) + "]" for i in range(1, 10)]
        path = Path(sys.argv[1]) / "sources.yaml"
        path.write_text("\\n".join(lines) + "\\nsources: *a9\\n")
        try:
            load_sources(path)
            print("result")
        except ConfigError as exc:
            print("ConfigError", exc)
    """,
    "deeply nested json line": """
        path = Path(sys.argv[1]) / "deep.jsonl"
        path.write_text('{"title": ' + "[" * 200_000 + "]" * 200_000 + "}\\n")
        try:
            print("result", len(list(read_jsonl(path))))
        except InputError as exc:
            print("InputError", exc)
    """,
    "search query of 20000 words": """
        store = SQLiteStore(Path(sys.argv[1]) / "q.sqlite3")
        try:
            print("result", store.search(SearchQuery(text=" OR ".join(["hoc phi"] * 10_000))).total)
        except QuerySyntaxError as exc:
            print("QuerySyntaxError", exc)
    """,
}
PRELUDE = """
import resource, sys
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))
resource.setrlimit(resource.RLIMIT_CPU, (40, 40))
sys.setrecursionlimit(10_000)
from crawlers.extract import ExtractionError, extract_article
from crawlers.feeds import FeedError, parse_feed
from diemnong.config import ConfigError, load_sources
from diemnong.jsonl import InputError, read_jsonl
from store.base import QuerySyntaxError, SearchQuery
from store.sqlite import SQLiteStore
"""


@pytest.mark.parametrize("case", list(BIG_CASES))
def test_big_hostile_inputs_end_in_a_result_or_a_clear_error_within_limits(case: str, tmp_path: Path) -> None:
    script = PRELUDE + textwrap.dedent(BIG_CASES[case])
    proc = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=90,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
    assert proc.returncode == 0, f"{case}: exit {proc.returncode}\n{proc.stderr[-2000:]}"
    outcome = proc.stdout.strip().splitlines()[-1]
    assert outcome.split()[0] in ("result", "FeedError", "ExtractionError", "ConfigError", "InputError", "QuerySyntaxError"), outcome
