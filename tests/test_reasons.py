"""Why a source failed, in the office's words, for the errors a first day meets: a site moved to an https address that
does not answer (its robots.txt cannot be read, which is not a robots.txt that forbids), a web page given as an RSS
source, a site that answers 403. Each crawled from a loopback server through the service into a real SQLite store."""
from __future__ import annotations

from datetime import datetime

import pytest

from diemnong.config import Settings, Source
from diemnong.domain import TZ
from diemnong.pipeline import Service
from diemnong.reasons import describe_error, source_error
from store.sqlite import SQLiteStore
from tests.conftest import LoopbackServer, free_port
from tests.crawl_samples import gdtd_rss

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=TZ)


@pytest.fixture
def fast(settings: Settings) -> Settings:
    return settings.override(crawler__retry_backoff_seconds=0.01, crawler__max_retries=1, crawler__timeout_seconds=2.0)


def crawl(settings: Settings, store: SQLiteStore, server: LoopbackServer, path: str, kind: str = "rss") -> str:
    """The error the service keeps for one source at `path` after one poll."""
    source = Source(name="Báo Thử", kind=kind, url=server.url + path, section="Giáo dục")
    result = Service(settings, store, workers=1).crawl_once([source], now=NOW)[0]
    assert result.error and store.get_source_state(source.url).last_error == result.error
    return result.error


def test_a_feed_moved_to_an_https_address_that_does_not_answer_is_not_said_as_robots_txt_forbidding(
        fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    port = free_port()  # nothing listens there: the https address the site moved to does not answer
    http_server.route("/rss", status=301, headers={"Location": f"https://127.0.0.1:{port}/rss"})
    raw = crawl(fast, store, http_server, "/rss")
    assert "could not be read" in raw
    said = describe_error(raw)
    assert "không cho phép" not in said, "nobody forbade anything: the address did not answer"
    assert said.startswith(f"không truy cập được trang https://127.0.0.1:{port} hoặc robots.txt của nó")
    assert "sẽ thử lại sau" in said and "chuyển sang https" in said and "sửa địa chỉ nguồn" in said
    assert source_error(raw).endswith(f"— chi tiết: {raw}")


def test_a_robots_txt_that_forbids_is_still_said_as_forbidding(fast: Settings, store: SQLiteStore,
                                                                 http_server: LoopbackServer) -> None:
    http_server.route("/robots.txt", "User-agent: *\nDisallow: /\n", content_type="text/plain")
    http_server.route("/rss", gdtd_rss(http_server.url, [0]), content_type="application/rss+xml")
    assert describe_error(crawl(fast, store, http_server, "/rss")) == "robots.txt của trang không cho phép thu thập"


def test_a_web_page_given_as_an_rss_source_says_which_kind_to_choose(fast: Settings, store: SQLiteStore,
                                                                     http_server: LoopbackServer) -> None:
    http_server.route("/giao-duc", "<html><head><title>Giáo dục</title></head><body><p>Tin giáo dục</p></body></html>")
    said = describe_error(crawl(fast, store, http_server, "/giao-duc"))
    assert said == ("nguồn không phải RSS/Atom hợp lệ — nếu đây là trang web thường, chọn loại «html» (với bộ chọn CSS) "
                    "hoặc «sitemap»")


def test_a_403_names_the_user_agent_setting(fast: Settings, store: SQLiteStore, http_server: LoopbackServer) -> None:
    http_server.route("/rss", "Forbidden", status=403)
    said = describe_error(crawl(fast, store, http_server, "/rss"))
    assert said.startswith("máy chủ trả lỗi HTTP 403 (bị chặn truy cập) — ")
    assert "crawler.user_agent" in said and "DIEMNONG_USER_AGENT" in said
    assert "crawler.user_agent" not in describe_error("HTTP 404 for https://a.vn/rss"), "only a refusal asks about it"


REFUSED_AT = "email to vanphong@sogddt-haugiang.example failed: the server refused the sender (alerts.smtp_sender) <diemnong@localhost>: "


@pytest.mark.parametrize("reply, about_sender", [
    ("553 5.7.1 <diemnong@localhost>: Sender address rejected: not owned by user diemnong", True),
    ("550 5.7.1 Sender address rejected: Access denied", True),
    ("550 5.1.8 Bad sender's system address", True),
    ("553 Requested action not taken: mailbox name not allowed", True),
    ("554 5.7.1 Daily sending quota exceeded", False),
    ("550 5.7.1 Client host [203.0.113.5] blocked using zen.spamhaus.org", False),
    ("550 5.7.23 The message was rejected because of Sender Policy Framework violation", False),  # the domain's DNS
    ("550 5.7.1 SPF check failed", False),
])
def test_a_refusal_at_mail_from_asks_to_fix_the_sender_only_when_the_server_speaks_of_the_sender(reply: str,
                                                                                               about_sender: bool) -> None:
    from diemnong.reasons import describe_delivery

    said = describe_delivery(REFUSED_AT + reply, "pending")
    assert ("sẽ gửi lại sau khi sửa alerts.smtp_sender thành" in said) is about_sender, said
    assert (f"«{reply}»" in said and "người quản trị máy chủ thư" in said) is not about_sender, said
