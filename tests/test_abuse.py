"""SSRF and abuse through the public crawl path (`Service.crawl_once`, as `diemnong crawl --once` runs it):
feed and page URLs that point at private, loopback or link-local addresses — directly, by a redirect, or
spelled as a decimal or hex number — are refused unless a setting allows that network, and a gzip bomb
is cut at the size cap without being inflated.

The loopback test server stands for a public outlet: `crawler.allowed_networks` lets 127.0.0.1 through,
the one explicit allowance; a second server on 127.0.0.2 stands for the private network and must never
receive a request.
"""
from __future__ import annotations

import resource
import zlib
from typing import Any

import pytest

from diemnong.config import ConfigError, Source
from diemnong.pipeline import Service
from store import Filters
from tests.conftest import LoopbackServer, at
from tests.test_pipeline import PAGE, RSS

ITEM = """<item><title>{title}</title><link>{link}</link><description>Phụ huynh phản ánh về học phí</description>
<pubDate>Fri, 05 Sep 2025 0{n}:00:00 +0700</pubDate><guid>{link}</guid></item>"""


@pytest.fixture
def private():
    try:
        server = LoopbackServer("127.0.0.2")  # the internal network the crawler must not reach
    except OSError as exc:
        pytest.skip(f"cannot listen on 127.0.0.2 here: {exc}")
    server.route("/secret.html", PAGE.format(title="Bí mật nội bộ", summary="không được lấy"))
    server.route("/rss.xml", RSS.format(base=server.url, items=""), content_type="application/rss+xml")
    yield server
    server.close()


def strict(settings: Any, *networks: str) -> Any:
    return settings.override(crawler__allow_private_addresses=False, crawler__allowed_networks=list(networks or ["127.0.0.1/32"]),
                             crawler__respect_robots=False)


def hostile_feed(public: LoopbackServer, private: LoopbackServer) -> Source:
    port = private.httpd.server_address[1]
    links = {
        "ok": f"{public.url}/ok.html",
        "private-ip": f"{private.url}/secret.html",
        "redirect": f"{public.url}/go.html",
        "decimal": f"http://2130706434:{port}/secret.html",  # 127.0.0.2 written as one number
        "hex": f"http://0x7f000002:{port}/secret.html",
        "ipv6-loopback": f"http://[::1]:{port}/secret.html",
        "metadata": "http://169.254.169.254/latest/meta-data/",
        "lan": "http://10.0.0.1/admin.html",
        "unspecified": f"http://0.0.0.0:{port}/secret.html",
    }
    items = "".join(ITEM.format(title=f"Bài {name}", link=link, n=i % 10) for i, (name, link) in enumerate(links.items()))
    public.route("/rss.xml", RSS.format(base=public.url, items=items), content_type="application/rss+xml")
    public.route("/ok.html", PAGE.format(title="Bài ok", summary="Phụ huynh phản ánh về học phí"))
    public.route("/go.html", "", status=302, headers={"Location": f"{private.url}/secret.html"})
    return Source(name="Báo Thử", kind="rss", url=public.url + "/rss.xml", section="Giáo dục")


def test_article_urls_that_reach_private_addresses_are_refused(settings, store, http_server, private) -> None:
    source = hostile_feed(http_server, private)
    result = Service(strict(settings), store, workers=1).crawl_once([source], now=at("2025-09-05T12:00:00+07:00"))[0]
    assert not result.error
    assert private.requests == [], "nothing reached the private network"
    articles = {a.title: a for a in store.iter_articles(Filters())}
    assert len(articles) == 9, "the feed items are kept (their feed text is harmless), only the pages are refused"
    assert articles["Bài ok"].status == "complete" and "hàng triệu đồng" in articles["Bài ok"].text
    refused = [a for t, a in articles.items() if t != "Bài ok"]
    assert all(a.status == "feed-only" and not a.text for a in refused)
    assert store.pending_pages(at("2030-01-01T00:00:00+07:00"), 100) == [], "a refusal is final: never retried"
    assert result.outcomes.get("page-failed") == 8


def test_a_feed_that_redirects_to_a_private_address_is_refused(settings, store, http_server, private) -> None:
    http_server.route("/feed", "", status=301, headers={"Location": f"{private.url}/rss.xml"})
    source = Source(name="Báo Thử", kind="rss", url=http_server.url + "/feed", section="Giáo dục")
    result = Service(strict(settings), store, workers=1).crawl_once([source])[0]
    assert "refused" in result.error and "non-public address 127.0.0.2" in result.error
    assert private.requests == [] and store.count() == 0


def test_a_private_network_is_fetched_only_when_the_settings_name_it(settings, store, http_server, private) -> None:
    items = ITEM.format(title="Tin nội bộ", link=f"{private.url}/secret.html", n=1)
    http_server.route("/rss.xml", RSS.format(base=http_server.url, items=items), content_type="application/rss+xml")
    source = Source(name="Mạng nội bộ", kind="rss", url=http_server.url + "/rss.xml", section="Giáo dục")
    Service(strict(settings, "127.0.0.1/32", "127.0.0.2/32"), store, workers=1).crawl_once([source])
    assert [r[1] for r in private.requests] == ["/secret.html"]
    assert next(store.iter_articles()).status == "complete"
    with pytest.raises(ConfigError, match=r"^crawler.allowed_networks: không phải một mạng \(viết dạng CIDR, ví dụ 10.20.0.0/16\): "
                                          r"'10.0.0.0/33'$"):
        Service(strict(settings, "10.0.0.0/33"), store, workers=1).crawl_once([source])


def test_a_listing_page_that_leads_to_a_private_address_is_refused(settings, store, http_server, private) -> None:
    from tests.crawl_samples import listing_page

    http_server.route("/giao-duc", listing_page(http_server.url, [], f"{private.url}/giao-duc?page=2")
                      .replace("<section></section>", f"<section><article class=\"item\"><h3><a href=\"{private.url}/secret.html\">"
                                                       "Bài nội bộ</a></h3></article></section>"))
    source = Source(name="Lao Động", kind="html", url=http_server.url + "/giao-duc", section="Giáo dục", max_pages=3,
                    selectors={"article_links": "article.item h3 a", "next_page": "a[rel=next]"})
    result = Service(strict(settings), store, workers=1).crawl_once([source])[0]
    assert private.requests == [], "neither the link nor the next page was fetched"
    assert result.outcomes.get("listing-pages") == 1


# --------------------------------------------------------------------------- decompression bombs

def gzip_bomb(inflated: int) -> bytes:
    """A gzip body of `inflated` zero bytes (about a thousandth of that on the wire)."""
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b"\0" * 2**20
    return b"".join(z.compress(chunk) for _ in range(inflated // len(chunk))) + z.flush()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return gzip_bomb(2**30)  # 1 GiB inflated, about 1 MB sent


def test_a_gzip_bomb_page_and_feed_are_cut_at_the_cap_without_being_inflated(settings, store, http_server, bomb) -> None:
    items = ITEM.format(title="Bài bom", link=f"{http_server.url}/bomb.html", n=1)
    http_server.route("/rss.xml", RSS.format(base=http_server.url, items=items), content_type="application/rss+xml")
    http_server.route("/bomb.html", bomb, headers={"Content-Encoding": "gzip"})
    http_server.route("/bomb.rss", bomb, content_type="application/rss+xml", headers={"Content-Encoding": "gzip"})
    s = settings.override(crawler__max_response_bytes=2_000_000)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    results = Service(s, store, workers=1).crawl_once([
        Source(name="Báo Thử", kind="rss", url=http_server.url + "/rss.xml", section="GD"),
        Source(name="Bom", kind="rss", url=http_server.url + "/bomb.rss", section="GD")])
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) / 1024
    assert grown_mb < 300, f"peak memory grew by {grown_mb:.0f} MiB: the bomb was inflated"
    assert "larger than 2000000 bytes" in results[1].error
    article = next(store.iter_articles())
    assert article.title == "Bài bom" and article.status == "feed-only", "the cut page had no article in it"
