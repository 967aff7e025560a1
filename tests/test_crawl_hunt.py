"""Real-format crawl cases served from a loopback HTTP server through the service into SQLite: what is stored."""
from __future__ import annotations

from datetime import datetime

import pytest

from diemnong.config import Settings, Source
from diemnong.domain import TZ, doc_id
from diemnong.pipeline import Service
from store.sqlite import SQLiteStore
from tests.conftest import LoopbackServer
from tests.crawl_samples import story

NOW = datetime(2025, 9, 5, 12, 0, tzinfo=TZ)
RELATED = "Hà Nội công bố kế hoạch tuyển sinh lớp 10 năm học 2025 - 2026"


@pytest.fixture
def fast(settings: Settings) -> Settings:
    return settings.override(crawler__retry_backoff_seconds=0.01, crawler__max_retries=1, crawler__timeout_seconds=2.0)


def article_page(n: int, middle: str = "", h1: str = "", og_title: str = "") -> str:
    """A news page of no known outlet: menu, headline, dateline, lead, body with `middle` after its first paragraph."""
    s = story(n)
    first, *rest = s.paragraphs
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{og_title or s.title} - Báo Dân Sinh</title>
<meta property="og:title" content="{og_title or s.title}"><meta property="og:type" content="article"></head>
<body><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gd/">Giáo dục</a></li></ul></nav>
<div class="main"><h1 class="detail-title">{h1 or s.title}</h1><div class="meta">Thứ sáu, 05/09/2025 08:30 (GMT+7)</div>
<div class="sapo">{s.lead}</div><div class="detail-content"><p>{first}</p>{middle}{''.join(f'<p>{p}</p>' for p in rest)}</div></div>
<footer>Bản quyền thuộc về Báo Dân Sinh. Giấy phép số 123/GP-BTTTT.</footer></body></html>"""


def rss(base: str, items: list[tuple[str, str]]) -> str:
    """RSS 2.0 of (title, path) items."""
    body = "".join(f"<item><title><![CDATA[{title}]]></title><link>{base}{path}</link><guid>{base}{path}</guid>"
                   f"<pubDate>Fri, 05 Sep 2025 08:30:00 +0700</pubDate></item>" for title, path in items)
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Báo Dân Sinh</title>"
            f"<link>{base}/</link>{body}</channel></rss>")


def crawl(settings: Settings, store: SQLiteStore, server: LoopbackServer, items: list[tuple[str, str]]) -> None:
    server.route("/rss/gd.rss", rss(server.url, items), content_type="application/rss+xml; charset=utf-8")
    source = Source(name="Báo Dân Sinh", kind="rss", url=server.url + "/rss/gd.rss", section="Giáo dục")
    result = Service(settings, store, workers=1).crawl_once([source], now=NOW)[0]
    assert result.error == "" and result.outcomes["stored"] == len(items)


def test_related_links_in_the_body_are_not_the_articles_text(fast: Settings, store: SQLiteStore,
                                                            http_server: LoopbackServer) -> None:
    """«Tin liên quan:» followed by paragraphs that are each only a link to another article (as Dân Việt, VietNamNet and
    Tiền Phong put them between an article's paragraphs): the heading was dropped, the linked headlines were kept."""
    related = (f"<p><strong>Tin liên quan:</strong></p><p><a href=\"/gd/tuyen-sinh-10.html\">{RELATED}</a></p>"
               "<p><strong><a href=\"/gd/lo-lang.html\">Phụ huynh lo lắng trước kỳ thi vào lớp 10 công lập</a></strong></p>")
    http_server.route("/gd/bai-0.html", article_page(0, related))
    crawl(fast, store, http_server, [(story(0).title, "/gd/bai-0.html")])
    stored = store.get_article(doc_id(http_server.url + "/gd/bai-0.html"))
    assert stored.status == "complete"
    assert stored.text == story(0).text, "the three paragraphs, nothing of the related links"


def test_a_paragraph_that_links_inside_a_sentence_is_kept(fast: Settings, store: SQLiteStore,
                                                         http_server: LoopbackServer) -> None:
    linked = (f"<p>Trước đó, Sở đã ban hành <a href=\"/gd/ke-hoach.html\">{RELATED}</a> với nhiều điểm mới so với "
              "năm trước, trong đó có việc xét tuyển bổ sung.</p>")
    http_server.route("/gd/bai-1.html", article_page(1, linked))
    crawl(fast, store, http_server, [(story(1).title, "/gd/bai-1.html")])
    stored = store.get_article(doc_id(http_server.url + "/gd/bai-1.html"))
    assert RELATED in stored.text and stored.text.count("\n") == 3
