"""The embedded store: idempotent upserts, accent-insensitive search, filters, aggregates, paging, state."""
from __future__ import annotations

from datetime import timedelta

import pytest

from diemnong.domain import Alert, HotIssue, IssueEvent, SourceState, Status
from store import Filters, QuerySyntaxError, SearchQuery
from store.base import highlight, parse_query
from tests.conftest import at, make_article


@pytest.fixture
def filled(store):
    store.upsert_articles([
        make_article(1, "Phụ huynh bức xúc vì lạm thu đầu năm học", "2025-09-05T08:00:00+07:00", topics=(8,), sentiment="negative", local=True, source="Báo Hậu Giang"),
        make_article(2, "Đào tạo giáo viên tiếng Anh cho tiểu học", "2025-09-06T09:00:00+07:00", topics=(4, 14), source="VnExpress"),
        make_article(3, "Học phí đại học năm 2025 tăng mạnh", "2025-09-07T10:00:00+07:00", topics=(8,), sentiment="negative", source="Dân trí"),
        make_article(4, "Học sinh Hậu Giang đạt giải quốc gia", "2025-08-20T10:00:00+07:00", topics=(3,), sentiment="positive", local=True, source="Báo Hậu Giang"),
        make_article(5, "Giá vàng hôm nay", "2025-09-07T11:00:00+07:00", topics=(), source="VnExpress", summary="Hòa bình hoà nhập"),
    ])
    return store


def test_upsert_is_idempotent_and_keyed_by_url(store) -> None:
    a = make_article(1, "Tin A")
    first = store.upsert_articles([a])
    again = store.upsert_articles([a])
    changed = store.upsert_articles([a.with_(summary="Tóm tắt mới")])
    assert (len(first.inserted), len(again.unchanged), len(changed.updated)) == (1, 1, 1)
    assert store.count() == 1 and store.get_article(a.id).summary == "Tóm tắt mới"
    assert store.count(text="tom tat") == 1, "the index follows updates"


@pytest.mark.parametrize(
    "query, expected",
    [
        pytest.param("hoc phi", {3}, id="no-accents"),
        pytest.param("học phí", {3}, id="accents"),
        pytest.param("dao tao", {2}, id="d-finds-đ"),
        pytest.param("ĐÀO TẠO", {2}, id="uppercase"),
        pytest.param('"lam thu"', {1}, id="phrase"),
        pytest.param('"thu lam"', set(), id="phrase-order"),
        pytest.param("hau giang -giai", set(), id="exclusion-title-only"),
        pytest.param('"lam thu" OR "tieng anh"', {1, 2}, id="or-phrases"),
        pytest.param("hoc phi OR gia", {3, 4}, id="or-binds-neighbours"),
        pytest.param("hoà", {5}, id="old-tone-mark"),
        pytest.param("hòa", {5}, id="new-tone-mark"),
        pytest.param("", {1, 2, 3, 4, 5}, id="empty-means-all"),
    ],
)
def test_search_is_accent_insensitive_with_syntax(filled, query: str, expected: set[int]) -> None:
    page = filled.search(SearchQuery(text=query, limit=50))
    found = {int(h.article.url.split("-")[-1].split(".")[0]) for h in page.hits}
    assert found == expected and page.total == len(expected)


def test_filters(filled) -> None:
    def ids(**kw):
        return {int(h.article.url.split("-")[-1].split(".")[0]) for h in filled.search(SearchQuery(filters=Filters(**kw), limit=50)).hits}

    assert ids(topics=(8,)) == {1, 3}
    assert ids(topics=(0,)) == {5}
    assert ids(sentiments=("negative",)) == {1, 3}
    assert ids(local=True) == {1, 4}
    assert ids(sources=("VnExpress",)) == {2, 5}
    assert ids(since=at("2025-09-06T00:00:00+07:00"), until=at("2025-09-07T10:30:00+07:00")) == {2, 3}
    assert filled.count(Filters(topics=(8,), local=True), text="lam thu") == 1


def test_highlights_are_escaped_and_marked(store) -> None:
    store.upsert_articles([make_article(9, "<script>x</script> Đào tạo nghề")])
    hit = store.search(SearchQuery(text="dao tao")).hits[0]
    assert hit.highlights["title"] == "&lt;script&gt;x&lt;/script&gt; <mark>Đào</mark> <mark>tạo</mark> nghề"
    assert highlight("Giáo dục", ["giao"]) == "<mark>Giáo</mark> dục"


def test_aggregate_by_day_topic_tone(filled) -> None:
    buckets = {(b.day, b.topic, b.sentiment): b.count for b in filled.aggregate()}
    assert buckets[("2025-09-06", 4, "neutral")] == 1 and buckets[("2025-09-06", 14, "neutral")] == 1
    assert buckets[("2025-09-07", 8, "negative")] == 1 and buckets[("2025-09-07", 0, "neutral")] == 1
    assert sum(buckets.values()) == 6  # article 2 counts once per topic
    only = filled.aggregate(Filters(topics=(8,)))
    assert {b.topic for b in only} == {8}


def test_cursor_paging_visits_every_article_once(store) -> None:
    base = at("2025-01-01T00:00:00+07:00")
    store.upsert_articles([make_article(i, published=(base + timedelta(minutes=i // 3)).isoformat()) for i in range(250)])
    seen, cursor = [], ""
    while True:
        page = store.search(SearchQuery(limit=40, cursor=cursor))
        seen += [h.article.id for h in page.hits]
        cursor = page.next_cursor
        if not cursor:
            break
    assert len(seen) == 250 == len(set(seen))
    times = [a.published for a in store.get_articles(seen)]
    assert times == sorted(times, reverse=True)


def test_query_errors_are_clear() -> None:
    with pytest.raises(QuerySyntaxError, match="ít nhất một từ khóa"):
        parse_query("-abc")
    with pytest.raises(QuerySyntaxError, match="OR"):
        parse_query("OR hoc")
    assert parse_query('"hoc phi" -"tuyen sinh" a OR b').must == ((("hoc", "phi"),), (("a",), ("b",)))


def test_issues_keep_analyst_changes_when_detector_saves(store) -> None:
    t = at("2025-09-05T08:00:00+07:00")
    issue = HotIssue(id="st-1", title="Lạm thu", topics=(8,), lead_departments=("ke-hoach-tai-chinh",), first_seen=t,
                     last_seen=t, score=7, reason="5 bài", article_ids=("a", "b"), events=(IssueEvent(t, "phase", "new"),))
    store.save_issue(issue)
    store.add_issue_event("st-1", IssueEvent(t + timedelta(hours=1), "status", "acknowledged", who="Lan", note="Đã báo lãnh đạo"))
    store.save_issue(issue.with_(score=9, article_ids=("a", "b", "c")))
    got = store.get_issue("st-1")
    assert got.status == Status.ACKNOWLEDGED and got.score == 9 and len(got.article_ids) == 3
    assert [(e.kind, e.value, e.who) for e in got.events] == [("phase", "new", ""), ("status", "acknowledged", "Lan")]
    assert [i.id for i in store.list_issues(statuses=[Status.ACKNOWLEDGED])] == ["st-1"]


def test_outbox_ignores_repeated_alerts_and_tracks_delivery(store) -> None:
    t = at("2025-09-05T08:00:00+07:00")
    alert = Alert(key="st-1|a@x.vn|0", issue_id="st-1", department="van-phong", recipient="a@x.vn", channel="email",
                  kind="new", subject="S", body="B", raised_at=t, next_attempt=t)
    assert store.enqueue_alerts([alert, alert]) == 1 and store.enqueue_alerts([alert]) == 0
    assert [a.key for a in store.due_alerts(t)] == [alert.key]
    store.update_alert(alert.with_(state="sent", sent_at=t))
    assert store.due_alerts(t + timedelta(days=1)) == []
    assert store.list_alerts("st-1")[0].state == "sent"


def test_source_state_round_trip(store) -> None:
    t = at("2025-09-05T08:00:00+07:00")
    store.save_source_state(SourceState(name="https://a.vn/rss", etag='"x"', last_success=t, articles=4))
    got = store.get_source_state("https://a.vn/rss")
    assert got.etag == '"x"' and got.last_success == t and got.articles == 4
    assert store.get_source_state("new").attempts == 0
