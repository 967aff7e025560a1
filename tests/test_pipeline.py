"""The stages wired together on loopback: crawl a feed, store, detect, alert by SMTP and webhook."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller

from diemnong.config import Source, default_catalog
from diemnong.pipeline import Service, article_from_record
from store import Filters
from tests.conftest import ROOT, at, free_port

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Giáo dục - Báo Thử</title><link>{base}/</link>
{items}
</channel></rss>"""
ITEM = """<item><title>{title}</title><link>{base}/bai-{n}.html?utm_source=rss</link>
<description><![CDATA[<img src="{base}/a.jpg"/>{summary}]]></description><pubDate>{date}</pubDate><guid>{base}/bai-{n}.html</guid></item>"""
PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body><nav>Trang chủ | Giáo dục</nav>
<article><h1>{title}</h1><p class="sapo">{summary}</p>
<p>Theo phản ánh của nhiều phụ huynh tại trường, từ đầu năm học nhà trường đã thu nhiều khoản tiền ngoài quy định như quỹ
phòng học, tiền máy lạnh, tiền vệ sinh với tổng số tiền lên tới hàng triệu đồng mỗi học sinh.</p>
<p>Sở Giáo dục và Đào tạo cho biết đã yêu cầu nhà trường báo cáo, trả lại các khoản thu sai quy định cho phụ huynh.</p>
</article><footer>Bản quyền thuộc Báo Thử</footer></body></html>"""


def feed(base: str, n: int) -> str:
    items = "\n".join(
        ITEM.format(base=base, n=i, title=f"Phụ huynh phản ánh lạm thu đầu năm học tại trường số {i}",
                    summary="Phụ huynh bức xúc vì nhiều khoản thu", date=f"Fri, 05 Sep 2025 0{i}:00:00 +0700")
        for i in range(n)
    )
    return RSS.format(base=base, items=items)


def serve_feed(http_server, n: int = 3) -> Source:
    base = http_server.url
    http_server.route("/rss.xml", feed(base, n), content_type="application/rss+xml; charset=utf-8", headers={"ETag": '"v1"'})
    for i in range(n):
        http_server.route(f"/bai-{i}.html", PAGE.format(title=f"Phụ huynh phản ánh lạm thu đầu năm học tại trường số {i}",
                                                        summary="Phụ huynh bức xúc vì nhiều khoản thu"))
    return Source(name="Báo Thử", kind="rss", url=base + "/rss.xml", section="Giáo dục")


def test_crawl_stores_full_articles_and_then_costs_one_304(settings, store, http_server) -> None:
    source = serve_feed(http_server)

    def conditional(server, handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": '"v1"'}, feed(server.url, 3).encode()

    http_server.routes["/rss.xml"].handler = conditional
    service = Service(settings, store, workers=1)
    first = service.crawl_once([source])
    assert not first[0].error and first[0].outcomes.get("page-fetched") == 3
    assert store.count() == 3
    article = store.search(__import__("store").SearchQuery(text="lam thu", limit=1)).hits[0].article
    assert "utm_source" not in article.url and article.status == "complete" and "hàng triệu đồng" in article.text
    assert article.published == at("2025-09-05T02:00:00+07:00") or article.published.tzinfo is not None
    assert 8 in article.classification.topics
    before = len(http_server.requests)
    second = service.crawl_once([source])
    assert second[0].outcomes == {"not-modified": 1, "stored": 0}
    assert len(http_server.requests) - before == 1 and store.count() == 3
    state = store.get_source_state(source.url)
    assert state.etag == '"v1"' and state.last_success is not None and state.attempts == 2


SPOILT = "Gi&shy;áo d&#8288;ục"  # a soft hyphen and a word joiner inside the words, as pages write them


def test_invisible_characters_inside_words_are_dropped_so_a_crawled_article_is_found(settings, store, http_server) -> None:
    """«Gi\u00adáo d\u2060ục» was stored as it came: the index read «gi», «áo», «d», «ục» and a search for
    «giáo dục» missed the article."""
    from store import SearchQuery

    base = http_server.url
    title = f"Sở {SPOILT} Hậu Giang họp về học phí"
    item = ITEM.format(base=base, n=0, title=title, summary=f"Ngành {SPOILT} bàn học phí", date="Fri, 05 Sep 2025 08:00:00 +0700")
    http_server.route("/rss.xml", RSS.format(base=base, items=item), content_type="application/rss+xml; charset=utf-8")
    http_server.route("/bai-0.html", f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body><article>
<h1>{title}</h1><p class="sapo">Ngành {SPOILT} bàn học phí năm học mới.</p><p>Hội nghị của ngành {SPOILT} tỉnh Hậu Giang
bàn mức học phí năm học mới cho các trường công lập, sau khi phụ huynh góp ý về khoản thu.</p></article></body></html>""")
    Service(settings, store, workers=1).crawl_once([Source(name="Báo Thử", kind="rss", url=base + "/rss.xml", section="GD")])
    hits = store.search(SearchQuery(text="giáo dục")).hits
    assert len(hits) == 1 and hits[0].article.title == "Sở Giáo dục Hậu Giang họp về học phí"
    assert "ngành Giáo dục tỉnh Hậu Giang" in hits[0].article.text


def test_invisible_characters_inside_words_are_dropped_from_an_ingested_line(settings, store) -> None:
    from store import SearchQuery

    spoilt = "gi\u00adáo d\u2060ục \ufeffHậu\u200c Giang\u200d\u180e"
    rec = {"id": "x", "title": f"Ngành {spoilt} bàn học phí", "text": f"Hội nghị ngành {spoilt}.", "published": "2025-09-05T08:00:00+07:00"}
    Service(settings, store, workers=1).ingest([article_from_record(rec, "t.jsonl:1")])
    hits = store.search(SearchQuery(text="giáo dục hậu giang")).hits
    assert [h.article.title for h in hits] == ["Ngành giáo dục Hậu Giang bàn học phí"]
    assert hits[0].article.text == "Hội nghị ngành giáo dục Hậu Giang."


def test_failing_source_is_reported_and_feed_items_kept_when_pages_fail(settings, store, http_server) -> None:
    base = http_server.url
    http_server.route("/rss.xml", feed(base, 2), content_type="application/rss+xml")  # pages are 404
    good = Source(name="Báo Thử", kind="rss", url=base + "/rss.xml", section="GD")
    bad = Source(name="Hỏng", kind="rss", url=base + "/missing.rss", section="GD")
    service = Service(settings, store, workers=1)
    results = service.crawl_once([bad, good])
    assert "HTTP 404" in results[0].error and not results[1].error
    assert store.count() == 2, "feed items are stored even when their pages cannot be fetched"
    assert all(a.status == "feed-only" for a in store.iter_articles())
    assert len(store.pending_pages(at("2030-01-01T00:00:00+07:00"))) == 2
    assert store.get_source_state(bad.url).failures == 1


def test_private_addresses_refused_unless_allowed(settings, store, http_server) -> None:
    source = serve_feed(http_server, 1)
    strict = Service(settings.override(crawler__allow_private_addresses=False), store, workers=1)
    result = strict.crawl_once([source])[0]
    assert "non-public address 127.0.0.1" in result.error and store.count() == 0


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], str]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001 - aiosmtpd handler protocol
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content.decode("utf-8", "replace")))
        return "250 OK"


def burst(n: int) -> list:
    from diemnong.domain import Article

    outlets = ["VnExpress", "Tuổi Trẻ", "Dân trí", "Thanh Niên", "Giáo dục và Thời đại", "Báo Hậu Giang"]
    t0 = at("2025-09-05T09:00:00+07:00")
    title = "Phụ huynh bức xúc vì lạm thu ở trường tiểu học Vị Tân"  # an outlet's next article, a series' «Bài 2: …»:
    # its first headline again would be a re-listing, counted once
    return [Article(url=f"https://o{i}.vn/lam-thu-vi-tan.html", title=f"Bài {i // 6 + 1}: {title}" if i >= 6 else title,
                    summary="Trường thu hàng chục khoản ngoài quy định, Sở GD&ĐT yêu cầu trả lại tiền", source=outlets[i % 6],
                    published=t0 + timedelta(hours=i)) for i in range(n)]


def test_hot_issue_is_alerted_once_per_recipient_by_email(settings, store) -> None:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
        service = Service(s, store, workers=1)
        report = service.ingest(burst(6))
        assert [r.level for r in report.raised] == [0]
        issue = store.get_issue(report.raised[0].issue.id)
        assert issue and 8 in issue.topics and issue.local
        sent = service.deliver(at("2025-09-05T15:00:00+07:00"))
        assert sent["sent"] == len(inbox.messages) >= 2
        recipients = sorted(r for _, rcpt, _ in inbox.messages for r in rcpt)
        departments = default_catalog()[1].values()
        assert recipients == sorted({e for d in departments if d.always_copied or d.id in issue.lead_departments for e in d.emails})
        assert "vanphong@sogddt-haugiang.example" in recipients and "khtc@sogddt-haugiang.example" in recipients
        body = inbox.messages[0][2]
        assert "Vì sao nóng" in body or "=?utf-8?" in body
        assert service.deliver(at("2025-09-05T16:00:00+07:00"))["sent"] == 0, "each alert is sent once"
        service.ingest(burst(6))  # the same articles again: no new alert
        assert service.deliver(at("2025-09-05T17:00:00+07:00"))["sent"] == 0
    finally:
        controller.stop()


def test_alert_waits_in_outbox_while_smtp_is_down(settings, store) -> None:
    port = free_port()
    s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
    service = Service(s, store, workers=1)
    service.ingest(burst(6))
    down = service.deliver(at("2025-09-05T15:00:00+07:00"))
    assert down["sent"] == 0 and down["retry"] >= 2
    pending = store.due_alerts(at("2025-09-06T15:00:00+07:00"))
    # one try (the server refused it), the others wait untried for the same retry time
    assert pending and [a.attempts for a in pending].count(1) == 1 and all("failed" in a.error for a in pending)
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        up = service.deliver(at("2025-09-06T15:00:00+07:00"))
        assert up["sent"] == len(pending) == len(inbox.messages)
        assert service.deliver(at("2025-09-07T15:00:00+07:00"))["sent"] == 0
    finally:
        controller.stop()


def test_webhook_receives_json(settings, store, http_server) -> None:
    http_server.route("/hook", "ok", content_type="text/plain")
    service = Service(settings, store, workers=1)
    dep = service.departments["van-phong"]
    service.departments = {**service.departments, "van-phong": dep.__class__(**{**dep.__dict__, "webhooks": (http_server.url + "/hook",)})}
    service.ingest(burst(6))
    service.deliver(at("2025-09-05T15:00:00+07:00"))
    posts = [r for r in http_server.requests if r[0] == "POST"]
    assert len(posts) == 1
    payload = json.loads(posts[0][2]["_body"])
    assert payload["kind"] == "new" and 8 in payload["topics"] and payload["articles"] >= 3
    assert posts[0][2]["Idempotency-Key"] == payload["key"]


def test_restart_rebuilds_detector_without_duplicate_alerts(settings, tmp_path) -> None:
    from store.sqlite import SQLiteStore

    path = tmp_path / "s.sqlite3"
    articles = burst(10)
    first = Service(settings, SQLiteStore(path), workers=1)
    r1 = first.ingest(articles[:5])
    first.store.close()
    second = Service(settings, SQLiteStore(path), workers=1)  # a new process: detector state from the store
    r2 = second.ingest(articles)  # the first five again, then five new ones
    assert r2.inserted == 5 and r2.unchanged == 5
    levels = [r.level for r in r1.raised + r2.raised]
    assert levels == [0, 1], "first alert once, one escalation when the story doubled"
    keys = [a.key for a in second.store.list_alerts()]
    assert len(keys) == len(set(keys))
    stories = {a.story_id for a in second.store.iter_articles(Filters())}
    assert len(stories) == 1


def test_an_article_changed_in_place_stays_one_article_and_its_issue_follows_its_headline(settings, tmp_path) -> None:
    """An outlet retitles its article as the story develops (same URL): it was stored anew but the detector kept the old
    headline, so the issue, its alert links and the dashboard showed a title the article no longer had, until a restart
    rebuilt the issue with the new one."""
    from store.sqlite import SQLiteStore

    path = tmp_path / "s.sqlite3"
    articles = burst(6)
    live = Service(settings, SQLiteStore(path), workers=1)
    iid = live.ingest(articles).raised[0].issue.id
    retitled = articles[0].with_(title="Trường tiểu học Vị Tân trả lại tiền lạm thu cho phụ huynh",
                                 summary="Sau phản ánh, nhà trường hoàn trả các khoản thu sai quy định")
    report = live.ingest([retitled])
    assert (report.updated, report.raised) == (1, []), "an update, not a new article: no alert"
    issue = live.store.get_issue(iid)
    assert issue.title == retitled.title and len(issue.article_ids) == 6
    assert live.detector.links(iid)[0] == (retitled.title, retitled.url)
    live.store.close()
    restarted = Service(settings, SQLiteStore(path), workers=1)
    restarted.warm(articles[-1].published)
    again = restarted.detector.issues[iid]
    assert (again.title, again.topics, again.article_ids) == (issue.title, issue.topics, issue.article_ids)
    restarted.store.close()


def test_the_service_watches_seed_phrases_and_groups_written_as_the_analysed_text_writes_them(settings, store) -> None:
    from diemnong.config import Topic, default_themes
    from diemnong.pipeline import watched

    topic = Topic(1, "Mầm non", "…", "mam-non", ("Hoà nhập", "SGK"))
    assert watched([topic], {"Sức khoẻ": ("khoẻ mạnh", "thuỷ đậu")}) == {
        "themes": ["Hòa nhập", "SGK"], "groups": {"Sức khoẻ": ["khỏe mạnh", "thủy đậu"]}}
    themes = Service(settings, store).detector.index.themes
    assert set(default_themes()) <= {g for groups in themes.group_of.values() for g in groups}
    assert "gian lận thi cử" in themes.group_of["quay cóp"] and "lạm thu" in themes.phrase_set


def test_the_demos_slow_drowning_series_is_kept_as_an_early_signal_and_goes_when_it_ages(settings, store) -> None:
    """The demo's series (b): five separate drownings, 1–3 articles a day, too slow for an alert. Ingested up to its third
    day, the store holds it as an early signal on «đuối nước» for the safety topic's department; a day without news on
    it later, the service's tick drops it."""
    from diemnong.pipeline import article_from_record

    demo = ROOT / "data" / "demo" / "stream.jsonl"
    cut = at("2025-07-16T12:00:00+07:00")
    records = [json.loads(line) for line in demo.open(encoding="utf-8")]
    service = Service(settings, store, workers=1)
    report = service.ingest(article_from_record(r, f"demo:{n}") for n, r in enumerate(records) if at(r["published"]) <= cut)
    assert not [r for r in report.raised if "đuối nước" in r.issue.title], "not an alert"
    found = [s for s in store.list_signals() if s.label == "«đuối nước»"]
    assert found, [s.label for s in store.list_signals()]
    topics, _ = default_catalog()
    drowning = found[0]
    assert 0.7 <= drowning.share < 1 and len(drowning.article_ids) >= 3 and drowning.last_seen <= cut
    assert topics[10].department in drowning.lead_departments
    titles = [a.title.lower() for a in store.get_articles(list(drowning.article_ids))]
    assert len(titles) == len(drowning.article_ids) and sum("đuối nước" in t for t in titles) >= 3
    service.tick(cut + timedelta(days=2))
    assert store.list_signals() == []


@pytest.mark.parametrize("rec, outlet", [
    ({"url": "https://vnexpress.net/giao-duc/hoc-phi-1.html"}, "VnExpress"),
    ({"url": "https://m.giaoducthoidai.vn/bai-2.html"}, "Giáo dục và Thời đại"),
    ({"url": "https://baohaugiang.com.vn/giao-duc/bai-5.html"}, "Báo Hậu Giang"),  # a configured source's site
    ({"url": "https://www.truong-thu.edu.vn/tin/3"}, "truong-thu.edu.vn"),
    ({"id": "x4"}, "(không rõ)"),
    ({"url": "https://vnexpress.net/a.html", "source": "Báo của tôi"}, "Báo của tôi"),
])
def test_a_line_without_source_takes_its_outlet_from_its_link(rec: dict, outlet: str) -> None:
    """A stream given in the classify contract (id, title, url, no 'source') put every article in one outlet, and a
    backtest then alerted 3 of 14 planted bursts instead of 14."""
    article = article_from_record({"title": "Tin thử", "published": "2025-09-01T08:00:00+07:00", **rec}, "t.jsonl:1")
    assert article.source == outlet


@pytest.mark.parametrize("published, why", [
    ("Fri, 31 Dec 9999 23:59:59 GMT", "sau năm 2100"),  # was an OverflowError's traceback (.NET's maximum date)
    ("Mon, 01 Jan 0001 00:00:00 GMT", "trước năm 1990"),  # was read as 2001
    ("27/11/1989 08:15", "trước năm 1990"),  # was «không phải thời điểm (ISO 8601, RFC 822 hoặc dd/mm/yyyy)»
    ("27 tháng 11, 1989", "trước năm 1990"),
    ("08:15 27/11/1989", "trước năm 1990"),
    ("Thu, 27 Nov 1989 08:15:00 GMT", "trước năm 1990"),
    ("27/11/2101 08:15", "sau năm 2100"),
    ("2999-01-01T00:00:00+07:00", "sau năm 2100"),
])
def test_a_line_dated_outside_1990_2100_is_refused_with_the_year_named_in_every_form(published: str, why: str) -> None:
    from diemnong.jsonl import InputError

    with pytest.raises(InputError) as refused:
        article_from_record({"id": "x", "title": "Tin thử", "published": published}, "t.jsonl:1")
    assert str(refused.value) == f"t.jsonl:1: 'published' {why}: {published!r}"


@pytest.mark.parametrize("published, why", [
    ("9999-12-31T23:59:59+00:00", "nằm ngoài khoảng cho phép"),  # past the last local time
    (10**13, "nằm ngoài khoảng cho phép"),  # milliseconds past 2100
    ("out of range", "không phải thời điểm (ISO 8601, RFC 822 hoặc dd/mm/yyyy)"),
    ("2025-02-30", "không phải thời điểm (ISO 8601, RFC 822 hoặc dd/mm/yyyy)"),  # «day is out of range for month»
    ("30/02/2025", "không phải thời điểm (ISO 8601, RFC 822 hoặc dd/mm/yyyy)"),
])
def test_a_time_out_of_range_and_a_text_that_is_no_time_are_told_apart_by_type(published: object, why: str) -> None:
    """The message was picked by finding "out of range" in the error's text: a line whose date read «out of range»,
    or «2025-02-30» (Python's «day is out of range for month»), was told its time was out of range."""
    from diemnong.jsonl import InputError

    with pytest.raises(InputError) as refused:
        article_from_record({"id": "x", "title": "Tin thử", "published": published}, "t.jsonl:1")
    assert str(refused.value) == f"t.jsonl:1: 'published' {why}: {published!r}"


def test_a_line_dated_more_than_a_day_ahead_is_refused_in_plain_words() -> None:
    from diemnong.jsonl import InputError

    now = at("2026-11-27T08:00:00+07:00")
    with pytest.raises(InputError, match="'published' muộn hơn hiện tại quá một ngày: '2026-12-01'"):
        article_from_record({"id": "x", "title": "Tin thử", "published": "2026-12-01"}, "t.jsonl:1", now=now)
