"""What the Elasticsearch store sends, checked without a server: the official client runs against a
loopback HTTP server that answers in Elasticsearch's shapes and records every request.

These tests pin the mappings, the analysis settings and every request body (search, count,
aggregations, search_after, bulk actions, issue and outbox updates) and how answers are read back.
They do not show that a real server accepts or ranks them: that is the contract suite's
Elasticsearch run (ELASTICSEARCH_URL).
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from diemnong.domain import TZ, Alert, HotIssue, IssueEvent, Signal, Status
from diemnong.text import redact_url
from store import Filters, QuerySyntaxError, SearchQuery, StoreError, StoreUnavailable
from store.base import Handling, content_hash, decode_cursor, encode_cursor
from store.elasticsearch import BulkWriteError, ElasticsearchStore, article_doc, article_from_doc, doc_key
from tests.conftest import at, make_article
from tests.store.es_loopback import EsLoopback, bulk_answer


@pytest.fixture
def es(es_loopback: EsLoopback) -> ElasticsearchStore:
    store = ElasticsearchStore(es_loopback.url, prefix="t")
    store.backoff = 0.01
    es_loopback.clear()
    return store


def hit(article, index: str = "t-articles-2025.09", sort=None, score=None) -> dict:  # noqa: ANN001
    return {"_index": index, "_id": article.id, "_score": score, "_source": article_doc(article), "sort": sort or []}


def search_answer(hits: list[dict], total: int | None = None) -> tuple[int, dict]:
    return 200, {"took": 1, "timed_out": False, "hits": {"total": {"value": len(hits) if total is None else total, "relation": "eq"}, "hits": hits}}


# --------------------------------------------------------------------------- setup and mappings

def test_setup_installs_template_indices_and_alias_with_compat_headers(es_loopback: EsLoopback) -> None:
    ElasticsearchStore(es_loopback.url, prefix="t")
    template = es_loopback.find("PUT", r"^/_index_template/t-articles$")[0].json
    assert template["index_patterns"] == ["t-articles-*"] and template["template"]["aliases"] == {"t-articles": {}}
    settings, props = template["template"]["settings"], template["template"]["mappings"]["properties"]
    analysis = settings["analysis"]
    assert analysis["filter"]["vi_fold"] == {"type": "asciifolding", "preserve_original": True}
    assert analysis["analyzer"]["vi_folded"]["filter"] == ["lowercase", "vi_fold"]
    assert analysis["analyzer"]["vi_words"]["tokenizer"] == "vi_words" and "vi_word_syllables" in analysis["analyzer"]["vi_words"]["filter"]
    assert all(props[f] == {"type": "text", "analyzer": "vi_folded"} for f in ("title", "summary", "text"))
    assert props["segmented"] == {"type": "text", "analyzer": "vi_words", "search_analyzer": "vi_words_search"}
    assert {f: props[f]["type"] for f in ("source", "topics", "sentiment", "story_id", "local", "published")} == {
        "source": "keyword", "topics": "keyword", "sentiment": "keyword", "story_id": "keyword", "local": "boolean", "published": "date"}
    assert template["template"]["mappings"]["dynamic"] == "strict" and settings["index"]["number_of_shards"] == 1
    created = [r.path for r in es_loopback.requests if r.method == "PUT" and not r.path.startswith("/_")]
    assert created[:6] == ["/t-issues", "/t-issue-events", "/t-alerts", "/t-sources", "/t-signals", "/t-analysis-failures"]
    assert created[6].startswith("/t-articles-")
    assert es_loopback.find("PUT", "^/t-alerts$")[0].json["mappings"]["properties"]["payload"] == {"type": "object", "enabled": False}
    assert es_loopback.find("PUT", "^/t-signals$")[0].json["mappings"]["properties"]["signals"] == {"type": "object", "enabled": False}
    # Month indices made before the article's fetch link existed learn the field (strict mappings refuse unknown fields).
    assert props["link"] == {"type": "keyword", "index": False, "doc_values": False}
    added = es_loopback.find("PUT", r"^/t-articles-\*/_mapping$")
    assert [r.json for r in added] == [{"properties": {"link": props["link"]}}] and added[0].params["allow_no_indices"] == "true"
    for r in es_loopback.requests:
        assert r.headers["accept"] == "application/vnd.elasticsearch+json; compatible-with=8"
        assert r.headers.get("content-type", "application/vnd.elasticsearch+json; compatible-with=8").endswith("compatible-with=8")


@pytest.mark.parametrize("version, ok", [("8.13.0", True), ("9.1.2", True), ("7.17.9", False)])
def test_server_versions(es_loopback: EsLoopback, version: str, ok: bool) -> None:
    es_loopback.version = version
    if ok:
        ElasticsearchStore(es_loopback.url, prefix="t")
    else:
        with pytest.raises(StoreUnavailable) as refused:
            ElasticsearchStore(es_loopback.url, prefix="t")
        assert str(refused.value) == f"Elasticsearch 7.17.9 tại {es_loopback.url} quá cũ: cần bản 8.x hoặc 9.x"


def test_failures_become_store_errors_without_the_password(es_loopback: EsLoopback) -> None:
    url = es_loopback.url.replace("http://", "http://diemnong:s3cret@")
    es_loopback.reply("GET", "^/$", (401, {"error": {"type": "security_exception", "reason": "unable to authenticate user [diemnong]"}, "status": 401}))
    with pytest.raises(StoreUnavailable) as caught:
        ElasticsearchStore(url, prefix="t")
    said = str(caught.value)
    assert said == (f"Elasticsearch tại {redact_url(url)} từ chối yêu cầu (401): security_exception: unable to authenticate "
                    "user [diemnong]; kiểm tra tên, mật khẩu và quyền của tài khoản trong ELASTICSEARCH_URL")
    assert "s3cret" not in said and "diemnong:***@" in said
    assert es_loopback.requests[0].headers["authorization"].startswith("Basic ")
    es_loopback.product = False
    es_loopback.scripts.clear()
    with pytest.raises(StoreUnavailable) as caught:
        ElasticsearchStore(es_loopback.url, prefix="t")
    assert str(caught.value).startswith(f"{es_loopback.url} không phải máy chủ Elasticsearch: ")
    assert str(caught.value).endswith("; kiểm tra ELASTICSEARCH_URL (store.elasticsearch_url)")
    with pytest.raises(StoreUnavailable) as caught:
        ElasticsearchStore("http://127.0.0.1:9", prefix="t")
    assert str(caught.value).startswith("không kết nối được Elasticsearch tại http://127.0.0.1:9: ")
    assert str(caught.value).endswith("; xem máy chủ đã chạy chưa và ELASTICSEARCH_URL (store.elasticsearch_url) có đúng không")
    with pytest.raises(StoreError) as caught:
        ElasticsearchStore(es_loopback.url, prefix="Bad*Prefix")
    assert str(caught.value) == ("tiền tố Elasticsearch 'Bad*Prefix' (store.elasticsearch_prefix) không dùng được: chỉ gồm chữ "
                                 "thường không dấu, chữ số, '-', '_', '.' và bắt đầu bằng chữ hoặc số")
    assert redact_url("https://u:p@h:9200/x") == "https://u:***@h:9200/x" and redact_url("http://h:9200") == "http://h:9200"


# --------------------------------------------------------------------------- bulk upserts

def test_new_articles_are_created_in_their_month_index(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    a = make_article(1, "Học phí", "2025-09-30T23:30:00+07:00", topics=(8, 14), sentiment="negative", local=True)
    b = make_article(2, "Tin không chủ đề", "2025-10-01T01:00:00+07:00", status="feed-only")
    result = es.upsert_articles([a, b])
    assert result.inserted == [a.id, b.id]
    assert {r.path for r in es_loopback.find("PUT", r"^/t-articles-")} == {"/t-articles-2025.09", "/t-articles-2025.10"}
    mget = es_loopback.find("POST", "^/_mget$")[0].json
    assert mget["docs"][0] == {"_index": "t-articles-2025.09", "_id": a.id, "_source": ["content_hash", "page_attempts", "page_next", "updated"]}
    lookup = es_loopback.find("POST", "^/t-articles/_search$")[0].json
    assert lookup["query"] == {"ids": {"values": [a.id, b.id]}} and lookup["seq_no_primary_term"] is True
    bulk = es_loopback.find("PUT", "^/_bulk$")[0]
    assert bulk.params == {"refresh": "wait_for"} and bulk.headers["content-type"] == "application/vnd.elasticsearch+x-ndjson; compatible-with=8"
    lines = bulk.ndjson
    assert lines[0] == {"create": {"_index": "t-articles-2025.09", "_id": a.id}}
    doc = lines[1]
    assert (doc["topics"], doc["sentiment"], doc["local"], doc["published"]) == (["8", "14"], "negative", True, "2025-09-30T23:30:00+07:00")
    assert doc["content_hash"] == content_hash(a) and doc["page_next"] is None and doc["classification"]["topics"] == [8, 14]
    assert lines[2] == {"create": {"_index": "t-articles-2025.10", "_id": b.id}} and lines[3]["topics"] == ["0"]
    assert lines[3]["page_next"] is not None, "a feed-only article is due for a page fetch"


def found(article, index: str = "t-articles-2025.09", seq: int = 7, **source) -> dict:  # noqa: ANN001
    return {"_index": index, "_id": article.id, "found": True, "_seq_no": seq, "_primary_term": 2,
            "_source": {"content_hash": content_hash(article), "page_attempts": 0, "page_next": None, "updated": "2025-09-01T00:00:00+07:00", **source}}


def test_unchanged_articles_send_nothing_and_changed_ones_are_conditional(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    a, b = make_article(1, "Tin A"), make_article(2, "Tin B")
    es_loopback.reply("POST", "^/_mget$", (200, {"docs": [found(a), found(b, seq=9, page_attempts=3)]}))
    assert es.upsert_articles([a]).unchanged == [a.id] and not es_loopback.find("PUT", "^/_bulk$")
    result = es.upsert_articles([a, b.with_(summary="Mới")])
    assert (result.unchanged, result.updated) == ([a.id], [b.id])
    lines = es_loopback.find("PUT", "^/_bulk$")[0].ndjson
    assert lines[0] == {"index": {"_index": "t-articles-2025.09", "_id": b.id, "if_seq_no": 9, "if_primary_term": 2}}
    assert lines[1]["summary"] == "Mới" and lines[1]["page_attempts"] == 3 and len(lines) == 2


def test_a_month_change_moves_the_document(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    a = make_article(1, "Tin", "2025-08-31T23:00:00+07:00")
    moved = a.with_(published=at("2025-09-01T01:00:00+07:00"))
    es_loopback.reply("POST", "^/t-articles/_search$", search_answer([{"_index": "t-articles-2025.08", "_id": a.id, "_seq_no": 4,
                                                                       "_primary_term": 1, "_source": found(a)["_source"], "sort": []}]))
    assert es.upsert_articles([moved]).updated == [a.id]
    lines = es_loopback.find("PUT", "^/_bulk$")[0].ndjson
    assert lines[0] == {"create": {"_index": "t-articles-2025.09", "_id": a.id}}
    assert lines[2] == {"delete": {"_index": "t-articles-2025.08", "_id": a.id, "if_seq_no": 4, "if_primary_term": 1}}


def test_busy_items_are_sent_again_and_refusals_name_the_document(es: ElasticsearchStore, es_loopback: EsLoopback,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    arts = [make_article(i, f"Tin {i}") for i in range(4)]
    busy = {arts[1].id: 429, arts[2].id: 503}
    es_loopback.reply("PUT", "^/_bulk$", lambda req: (200, bulk_answer(req, lambda op, meta: busy.get(meta["_id"], 201))), times=1)
    assert es.upsert_articles(arts).inserted == [a.id for a in arts]
    sent = [[line["create"]["_id"] for line in b.ndjson[::2]] for b in es_loopback.find("PUT", "^/_bulk$")]
    # the 429 is sent again by streaming_bulk itself, the 503 by the store's next pass
    assert sent[0] == [a.id for a in arts] and sorted(sent[1:]) == sorted([[arts[1].id], [arts[2].id]])
    es_loopback.clear()
    es_loopback.reply("PUT", "^/_bulk$", lambda req: (200, bulk_answer(req, lambda op, meta: 400 if meta["_id"] == arts[3].id else 201)))
    with pytest.raises(BulkWriteError) as caught:
        es.upsert_articles(arts)
    assert str(caught.value) == (f"Elasticsearch từ chối ghi 1 trong số 4 tài liệu: {arts[3].id}: 400 "
                                 "mapper_parsing_exception: loopback status 400")
    assert caught.value.errors == [(arts[3].id, 400, "mapper_parsing_exception: loopback status 400")]
    logged = [r.getMessage() for r in caplog.records if r.name == "store.elasticsearch"]
    assert "Elasticsearch đang bận: gửi lại 1 tài liệu" in logged
    assert f"Elasticsearch từ chối bài {arts[3].id} trong t-articles-2025.09: 400 mapper_parsing_exception: loopback status 400" in logged


def test_a_refusal_of_many_documents_counts_them_as_vietnamese_writes_numbers() -> None:
    refused = BulkWriteError([(f"id-{i}", 400, "mapper_parsing_exception") for i in range(1200)], 1500)
    assert str(refused).startswith("Elasticsearch từ chối ghi 1.200 trong số 1.500 tài liệu: id-0: 400 mapper_parsing_exception; ")
    assert str(refused).endswith("id-4: 400 mapper_parsing_exception (và 1.195 tài liệu khác)")


def test_an_overloaded_server_and_an_alert_that_keeps_changing_say_what_to_do(es: ElasticsearchStore,
                                                                              es_loopback: EsLoopback) -> None:
    es_loopback.reply("POST", "^/t-articles/_search$", (503, {"error": {"type": "unavailable_shards_exception",
                                                                        "reason": "no shard"}, "status": 503}))
    with pytest.raises(StoreUnavailable) as refused:
        es.search(SearchQuery())
    assert str(refused.value) == (f"Elasticsearch tại {es_loopback.url} đang quá tải hoặc ngừng chạy (503): "
                                  "unavailable_shards_exception: no shard; thử lại sau ít phút")
    t = at("2025-09-05T08:00:00+07:00")
    alert = Alert(key="st-1|a@x.vn|0", issue_id="st-1", department="vp", recipient="a@x.vn", channel="email", kind="new",
                  subject="S", body="B", raised_at=t)
    es_loopback.reply("GET", "^/t-alerts/_doc/", (200, {"_index": "t-alerts", "_id": "x", "found": True, "_seq_no": 5,
                                                        "_primary_term": 3, "_source": alert.to_dict()}))
    es_loopback.reply("PUT", "^/t-alerts/_doc/", (409, {"error": {"type": "version_conflict_engine_exception", "reason": "c"},
                                                       "status": 409}))
    with pytest.raises(StoreError) as refused:
        es.change_alert(alert.key, lambda a: a.with_(state="sent"))
    assert str(refused.value) == "cảnh báo st-1|a@x.vn|0 liên tục bị tiến trình khác sửa trong lúc ghi; hãy thử lại"
    assert len(es_loopback.find("PUT", "^/t-alerts/_doc/")) == 5, "read and written again five times before giving up"


def test_a_concurrent_change_is_looked_up_again(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    a = make_article(1, "Tin")
    es_loopback.reply("PUT", "^/_bulk$", lambda req: (200, bulk_answer(req, lambda op, meta: 409)), times=1)
    es_loopback.reply("POST", "^/_mget$", (200, {"docs": [found(a)]}), times=1)  # second round: the other writer's copy
    es_loopback.reply("POST", "^/_mget$", (200, {"docs": [{"_index": "t-articles-2025.09", "_id": a.id, "found": False}]}), times=1)
    result = es.upsert_articles([a])
    assert (result.inserted, result.unchanged) == ([], [a.id])
    assert len(es_loopback.find("POST", "^/_mget$")) == 2 and len(es_loopback.find("PUT", "^/_bulk$")) == 1


# --------------------------------------------------------------------------- search, count, aggregations

def test_search_body_translates_syntax_and_filters(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    since, until = at("2025-09-01T00:00:00+07:00"), at("2025-09-08T00:00:00+07:00")
    filters = Filters(since=since, until=until, topics=(8, 0), sentiments=("negative",), sources=("VnExpress",), local=True, story_id="st-1", ids=("x",))
    es.search(SearchQuery(text='Học phí "lạm thu" -"tuyển sinh" a OR b', filters=filters, limit=5))
    body = es_loopback.find("POST", "^/t-articles/_search$")[0].json
    fields = ["title^10", "summary^4", "text"]
    phrase = lambda q: {"multi_match": {"query": q, "type": "phrase", "fields": fields}}  # noqa: E731
    assert body["query"]["bool"]["must"] == [phrase("hoc"), phrase("phi"), phrase("lam thu"),
                                             {"bool": {"should": [phrase("a"), phrase("b")], "minimum_should_match": 1}}]
    assert body["query"]["bool"]["must_not"] == [phrase("tuyen sinh")] and "should" not in body["query"]["bool"]
    assert body["query"]["bool"]["filter"] == [
        {"range": {"published": {"gte": int(since.timestamp()), "lt": int(until.timestamp()), "format": "epoch_second"}}},
        {"terms": {"sentiment": ["negative"]}}, {"terms": {"source": ["VnExpress"]}}, {"term": {"local": True}},
        {"term": {"story_id": "st-1"}}, {"terms": {"id": ["x"]}}, {"terms": {"topics": ["8", "0"]}}]
    assert body["sort"] == [{"published": {"order": "desc"}}, {"id": {"order": "desc"}}]
    assert (body["size"], body["track_total_hits"], "search_after" in body) == (6, True, False)
    es.search(SearchQuery())
    assert es_loopback.find("POST", "^/t-articles/_search$")[1].json["query"] == {"match_all": {}}


def test_a_star_asks_for_the_syllables_beginning_so_as_sqlite_does(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    # «trườn*» asked for the word «truon»: a word alone is a prefix query on every field (every word that begins so, as
    # FTS5's), a phrase ending in one a phrase_prefix; folded as the index's twin tokens are (đ → d)
    es.search(SearchQuery(text='Trườn* "giáo dục*" -đức* covid* OR "lam thu"'))
    body = es_loopback.find("POST", "^/t-articles/_search$")[0].json["query"]["bool"]
    fields = ["title^10", "summary^4", "text"]

    def prefix(value: str) -> dict:
        return {"bool": {"should": [{"prefix": {"title": {"value": value, "boost": 10.0}}},
                                    {"prefix": {"summary": {"value": value, "boost": 4.0}}},
                                    {"prefix": {"text": {"value": value, "boost": 1.0}}}], "minimum_should_match": 1}}

    phrase_prefix = {"multi_match": {"query": "giao duc", "type": "phrase_prefix", "fields": fields, "max_expansions": 300}}
    phrase = {"multi_match": {"query": "lam thu", "type": "phrase", "fields": fields}}
    assert body["must"] == [prefix("truon"), phrase_prefix, {"bool": {"should": [prefix("covid"), phrase], "minimum_should_match": 1}}]
    assert body["must_not"] == [prefix("duc")]


def test_a_search_without_highlights_reads_the_same_hits_and_asks_the_same(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    arts = [make_article(i, f"Đào tạo số {i}", f"2025-09-0{i}T08:00:00+07:00", summary="Nói về đào tạo nghề") for i in range(1, 4)]
    hits = [hit(a, sort=[1756688400000 + i, a.id]) for i, a in enumerate(arts)]
    for wanted in (True, False):
        es_loopback.reply("POST", "^/t-articles/_search$", search_answer(hits, total=3), times=1)
        page = es.search(SearchQuery(text="dao tao", limit=2, highlight=wanted))
        assert [h.article for h in page.hits] == arts[:2] and decode_cursor(page.next_cursor) == hits[1]["sort"]
        assert ("<mark>" in page.hits[0].highlights["title"]) if wanted else all(h.highlights == {} for h in page.hits)
    full, bare = (r.json for r in es_loopback.find("POST", "^/t-articles/_search$"))
    assert bare == full


def test_search_reads_hits_pages_with_search_after_and_escapes_highlights(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    arts = [make_article(i, f"<b>Đào tạo</b> số {i}", f"2025-09-0{i}T08:00:00+07:00", summary="Nói về đào tạo nghề") for i in range(1, 5)]
    hits = [hit(a, sort=[1756688400000 + i, a.id]) for i, a in enumerate(arts)]
    es_loopback.reply("POST", "^/t-articles/_search$", search_answer(hits[:3], total=12_345), times=1)
    page = es.search(SearchQuery(text="dao tao", limit=2))
    assert page.total == 12_345 and [h.article for h in page.hits] == arts[:2]
    assert page.hits[0].highlights["title"] == "&lt;b&gt;<mark>Đào</mark> <mark>tạo</mark>&lt;/b&gt; số 1"
    assert page.hits[0].highlights["summary"] == "Nói về <mark>đào</mark> <mark>tạo</mark> nghề"
    assert decode_cursor(page.next_cursor) == hits[1]["sort"]
    es_loopback.reply("POST", "^/t-articles/_search$", search_answer(hits[2:3]), times=1)
    last = es.search(SearchQuery(text="dao tao", limit=2, cursor=page.next_cursor))
    assert es_loopback.find("POST", "^/t-articles/_search$")[1].json["search_after"] == hits[1]["sort"]
    assert last.next_cursor == "" and len(last.hits) == 1
    with pytest.raises(QuerySyntaxError, match="Con trỏ"):
        es.search(SearchQuery(text="dao tao", sort="relevance", cursor=page.next_cursor))


def test_a_walk_asks_for_the_total_on_its_first_page_only(es: ElasticsearchStore, es_loopback: EsLoopback,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # an export's 50 pages each had Elasticsearch count every match again (track_total_hits)
    import store.base as base

    monkeypatch.setattr(base, "PAGE_MAX", 2)
    arts = [make_article(i, f"Đào tạo số {i}", f"2025-09-0{i}T08:00:00+07:00") for i in range(1, 6)]
    hits = [hit(a, sort=[1756688400000 - i, a.id]) for i, a in enumerate(arts)]
    for n, part in reversed(list(enumerate((hits[0:3], hits[2:5], hits[4:5])))):  # the newest script answers first
        es_loopback.reply("POST", "^/t-articles/_search$", search_answer(part, total=5 if n == 0 else 0), times=1)
    walked = list(es.pages(SearchQuery(text="dao tao", limit=10, highlight=False)))
    assert [h.article for p in walked for h in p.hits] == arts and [p.total for p in walked] == [5, 5, 5]
    asked = [r.json for r in es_loopback.find("POST", "^/t-articles/_search$")]
    assert [b["track_total_hits"] for b in asked] == [True, False, False]


def test_relevance_ranks_typed_accents_and_whole_words(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    es.search(SearchQuery(text="Học phí tăng -giảm", sort="relevance", cursor=encode_cursor([3.5, 1756688400000, "abc"])))
    body = es_loopback.find("POST", "^/t-articles/_search$")[0].json
    assert body["sort"][0] == {"_score": {"order": "desc"}} and body["search_after"] == [3.5, 1756688400000, "abc"]
    assert body["query"]["bool"]["should"] == [
        {"multi_match": {"query": "học phí tăng", "type": "most_fields", "fields": ["title^10", "summary^4", "text"]}},
        {"match": {"segmented": {"query": "học_phí phí_tăng học_phí_tăng"}}}]
    es.search(SearchQuery(sort="relevance"))
    assert es_loopback.find("POST", "^/t-articles/_search$")[1].json["sort"][0] == {"published": {"order": "desc"}}, "no words: newest first"


def test_a_pasted_paragraph_ranks_by_each_word_and_each_compound_once(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    """A paragraph pasted from an article repeats its words: each is asked once, as the embedded store asks them (the
    same de-duplication), so that a long paste stays within the server's clause limit."""
    paste = "Học phí tăng. Phụ huynh lo học phí tăng, học phí tăng mãi; học phí năm nay tăng."
    es.search(SearchQuery(text=paste, sort="relevance"))
    body = es_loopback.find("POST", "^/t-articles/_search$")[0].json["query"]["bool"]
    ranked, compounds = body["should"][0]["multi_match"]["query"].split(), body["should"][1]["match"]["segmented"]["query"].split()
    assert ranked == ["học", "phí", "tăng", "phụ", "huynh", "lo", "mãi", "năm", "nay"]
    assert len(compounds) == len(set(compounds)) and {"học_phí", "phí_tăng", "học_phí_tăng", "năm_nay"} <= set(compounds)
    assert len(body["must"]) == 9, "the wanted words once each, as before"


def test_and_and_not_are_not_ranked_as_words_nor_the_word_not_wanted(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    # «Học AND phí NOT tăng» ranked by «and», «not» and «tăng», and lost «học_phí» (its syllables were not neighbours)
    es.search(SearchQuery(text="Học AND phí NOT tăng", sort="relevance"))
    es.search(SearchQuery(text="Học phí -tăng", sort="relevance"))
    first, second = (r.json["query"]["bool"]["should"] for r in es_loopback.find("POST", "^/t-articles/_search$"))
    assert first == second == [
        {"multi_match": {"query": "học phí", "type": "most_fields", "fields": ["title^10", "summary^4", "text"]}},
        {"match": {"segmented": {"query": "học_phí"}}}]


def test_a_tone_mark_typed_in_either_placement_ranks_both_as_exact(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    # «hoà» typed (Unikey's old placement) ranked an outlet's «Hòa» as «Hoa», no accent at all, and the segmented text's
    # «hòa_nhập» (underthesea's placement) as «hoa_nhap»; «qúy» is «quý»
    es.search(SearchQuery(text="Hoà nhập qúy khoẻ", sort="relevance"))
    es.search(SearchQuery(text="hòa nhập quý khỏe", sort="relevance"))
    first, second = (r.json["query"]["bool"] for r in es_loopback.find("POST", "^/t-articles/_search$"))
    assert first["should"] == second["should"] == [
        {"multi_match": {"query": "hòa hoà nhập quý khỏe khoẻ", "type": "most_fields", "fields": ["title^10", "summary^4", "text"]}},
        {"match": {"segmented": {"query": "hòa_nhập nhập_quý quý_khỏe hòa_nhập_quý nhập_quý_khỏe"}}}]
    assert first["must"] == second["must"], "the same articles match"


def test_count_body(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    es_loopback.reply("POST", "^/t-articles/_count$", (200, {"count": 42}))
    assert es.count(Filters(topics=(3,)), text="hoc") == 42
    assert es_loopback.requests[-1].json == {"query": {"bool": {"must": [{"multi_match": {
        "query": "hoc", "type": "phrase", "fields": ["title^10", "summary^4", "text"]}}], "filter": [{"terms": {"topics": ["3"]}}]}}}


def test_first_fetched_is_a_min_aggregation_of_every_month_s_articles(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    answers = [{"aggregations": {"first": {"value": 1764295200000.0, "value_as_string": "2025-11-28T02:00:00.000Z"}}},
               {"aggregations": {"first": {"value": None}}}]
    es_loopback.reply("POST", "^/t-articles/_search$", lambda req: (200, {"hits": {"hits": []}, **answers.pop(0)}))
    assert es.first_fetched() == datetime(2025, 11, 28, 9, 0, tzinfo=TZ)
    assert es.first_fetched() is None, "no article with a fetched time"
    body = es_loopback.find("POST", "^/t-articles/_search$")[0].json
    assert body["aggs"] == {"first": {"min": {"field": "fetched"}}} and body["size"] == 0


def test_aggregate_pages_the_composite_and_keeps_the_bucket_shape(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    def bucket(day: str, topic: str, sentiment: str | None, n: int) -> dict:
        return {"key": {"day": day, "topic": topic, "sentiment": sentiment}, "doc_count": n}

    pages = [
        {"aggregations": {"cube": {"after_key": {"day": "2025-09-06", "topic": "14", "sentiment": "neutral"},
                                   "buckets": [bucket("2025-09-06", "8", "negative", 2), bucket("2025-09-06", "14", "neutral", 1)]}}},
        {"aggregations": {"cube": {"buckets": [bucket("2025-09-05", "0", None, 3)]}}},
    ]
    es_loopback.reply("POST", "^/t-articles/_search$", lambda req: (200, {"hits": {"hits": []}, **pages.pop(0)}))
    got = es.aggregate(Filters(topics=(8, 0)))
    assert [(b.day, b.topic, b.sentiment, b.count) for b in got] == [("2025-09-05", 0, "neutral", 3), ("2025-09-06", 8, "negative", 2)]
    first, second = (r.json for r in es_loopback.find("POST", "^/t-articles/_search$"))
    comp = first["aggs"]["cube"]["composite"]
    assert comp["sources"][0]["day"]["date_histogram"] == {"field": "published", "calendar_interval": "1d", "time_zone": "Asia/Ho_Chi_Minh", "format": "yyyy-MM-dd"}
    assert comp["sources"][1:] == [{"topic": {"terms": {"field": "topics"}}}, {"sentiment": {"terms": {"field": "sentiment", "missing_bucket": True}}}]
    assert first["size"] == 0 and {"exists": {"field": "topics"}} in first["query"]["bool"]["filter"]
    assert "after" not in comp and second["aggs"]["cube"]["composite"]["after"] == {"day": "2025-09-06", "topic": "14", "sentiment": "neutral"}


def test_aggregate_by_day_and_tone_alone_asks_no_topic_source(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    page = {"aggregations": {"cube": {"buckets": [{"key": {"day": "2025-09-06", "sentiment": "negative"}, "doc_count": 4}]}}}
    es_loopback.reply("POST", "^/t-articles/_search$", lambda req: (200, {"hits": {"hits": []}, **page}))
    got = es.aggregate(Filters(topics=(8,)), by_topic=False)
    assert [(b.day, b.topic, b.sentiment, b.count) for b in got] == [("2025-09-06", None, "negative", 4)]
    body = es_loopback.find("POST", "^/t-articles/_search$")[-1].json
    assert [next(iter(s)) for s in body["aggs"]["cube"]["composite"]["sources"]] == ["day", "sentiment"]
    assert {"terms": {"topics": ["8"]}} in body["query"]["bool"]["filter"]


def test_a_story_timeline_pages_one_composite_of_outlet_local_step_and_tone_with_each_cell_s_first_article(
        es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    def bucket(source: str, start: str, sentiment: str | None, n: int, title: str, published: str) -> dict:
        first = {"hits": {"hits": [{"_index": "t-articles-2025.09", "_id": title, "_source": {"title": title, "published": published}}]}}
        return {"key": {"source": source, "start": int(at(start).timestamp() * 1000), "sentiment": sentiment},
                "doc_count": n, "first": first}

    pages = [
        {"aggregations": {"cube": {"after_key": {"source": "Dân trí", "start": 1, "sentiment": "negative"}, "buckets": [
            bucket("VnExpress", "2025-09-08T00:00:00+07:00", "negative", 4, "Bài 2", "2025-09-08T01:10:00+07:00"),
            bucket("Dân trí", "2025-09-07T18:00:00+07:00", "negative", 2, "Bài 1", "2025-09-07T22:10:00+07:00")]}}},
        {"aggregations": {"cube": {"buckets": [
            bucket("VnExpress", "2025-09-08T00:00:00+07:00", None, 1, "Bài 3", "2025-09-08T05:59:00+07:00")]}}},
    ]
    es_loopback.reply("POST", "^/t-articles/_search$", lambda req: (200, {"hits": {"hits": []}, **pages.pop(0)}), times=2)
    cells = es.story_timeline("st-1", "6h")
    assert [(c.source, c.start, c.sentiment, c.count, c.first_title, c.first_published) for c in cells] == [
        ("Dân trí", at("2025-09-07T18:00:00+07:00"), "negative", 2, "Bài 1", at("2025-09-07T22:10:00+07:00")),
        ("VnExpress", at("2025-09-08T00:00:00+07:00"), "", 1, "Bài 3", at("2025-09-08T05:59:00+07:00")),
        ("VnExpress", at("2025-09-08T00:00:00+07:00"), "negative", 4, "Bài 2", at("2025-09-08T01:10:00+07:00"))]
    assert cells[0].start.utcoffset() == timedelta(hours=7)
    first, second = (r.json for r in es_loopback.find("POST", "^/t-articles/_search$"))
    cube = first["aggs"]["cube"]
    assert cube["composite"]["sources"] == [
        {"source": {"terms": {"field": "source"}}},
        {"start": {"date_histogram": {"field": "published", "fixed_interval": "6h", "time_zone": "Asia/Ho_Chi_Minh"}}},
        {"sentiment": {"terms": {"field": "sentiment", "missing_bucket": True}}}]
    assert cube["aggs"] == {"first": {"top_hits": {"size": 1, "sort": [{"published": "asc"}], "_source": ["title", "published"]}}}
    assert first["size"] == 0 and first["query"] == {"bool": {"filter": [{"term": {"story_id": "st-1"}}]}}
    assert "after" not in cube["composite"]
    assert second["aggs"]["cube"]["composite"]["after"] == {"source": "Dân trí", "start": 1, "sentiment": "negative"}
    for step, interval in [("h", {"fixed_interval": "1h"}), ("D", {"calendar_interval": "1d"}), ("W", {"calendar_interval": "1w"})]:
        assert es.story_timeline("st-1", step) == []  # the loopback's default answer: no buckets
        histogram = es_loopback.requests[-1].json["aggs"]["cube"]["composite"]["sources"][1]["start"]["date_histogram"]
        assert histogram == {"field": "published", **interval, "time_zone": "Asia/Ho_Chi_Minh"}, step
    with pytest.raises(StoreError) as refused:
        es.story_timeline("st-1", "2h")
    assert str(refused.value) == "không có bước thời gian '2h' cho diễn biến; dùng một trong h, 6h, D, W"


def test_iter_articles_and_pending_pages_use_search_after(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    arts = [make_article(i, published=f"2025-09-0{i}T08:00:00+07:00") for i in range(1, 4)]
    pages = [[hit(arts[0], sort=[1, arts[0].id]), hit(arts[1], sort=[2, arts[1].id])], [hit(arts[2], sort=[3, arts[2].id])]]
    es_loopback.reply("POST", "^/t-articles/_search$", lambda req: search_answer(pages.pop(0)))
    assert list(es.iter_articles(Filters(sources=("VnExpress",)), batch=2)) == arts
    first, second = (r.json for r in es_loopback.find("POST", "^/t-articles/_search$"))
    assert first["sort"] == [{"published": {"order": "asc"}}, {"id": {"order": "asc"}}] and first["size"] == 2
    assert "search_after" not in first and second["search_after"] == [2, arts[1].id]
    es_loopback.scripts.clear()
    es.pending_pages(at("2025-09-10T00:00:00+07:00"), limit=5)
    body = es_loopback.requests[-1].json
    assert body["query"] == {"bool": {"filter": [{"range": {"page_next": {"lte": int(at("2025-09-10T00:00:00+07:00").timestamp()), "format": "epoch_second"}}}],
                                      "must_not": [{"term": {"status": "complete"}}]}} and body["size"] == 5
    es_loopback.scripts.clear()
    es.unanalysed(at("2025-09-07T00:00:00+07:00"), limit=200)  # no classification: no sentiment field (article_doc)
    body = es_loopback.requests[-1].json
    assert body["query"] == {"bool": {"filter": [{"range": {"published": {"gte": int(at("2025-09-07T00:00:00+07:00").timestamp()),
                                                                             "format": "epoch_second"}}}],
                                      "must_not": [{"exists": {"field": "sentiment"}}]}}
    assert body["sort"] == [{"published": "desc"}, {"id": "asc"}] and body["size"] == 200


# --------------------------------------------------------------------------- issues, outbox, sources

def test_issue_updates_keep_analyst_fields_and_events_are_idempotent(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    t = at("2025-09-05T08:00:00+07:00")
    issue = HotIssue(id="st-1", title="Lạm thu", topics=(8,), lead_departments=("kh-tc",), first_seen=t, last_seen=t, score=7,
                     reason="5 bài", events=(IssueEvent(t, "phase", "new"),), assignee="ignored")
    es.save_issue(issue)
    es.save_issue(issue)
    updates = es_loopback.find("POST", "^/t-issues/_update/st-1$")
    body = updates[0].json
    assert updates[0].params == {"refresh": "wait_for", "retry_on_conflict": "5"}
    assert "status" not in body["doc"] and "assignee" not in body["doc"] and "events" not in body["doc"] and body["doc"]["score"] == 7
    assert (body["upsert"]["status"], body["upsert"]["assignee"]) == ("new", "")
    creates = [b.ndjson[0]["create"]["_id"] for b in es_loopback.find("PUT", "^/_bulk$")]
    assert len(creates) == 2 and creates[0] == creates[1], "the same phase event gets the same id: stored once"
    es_loopback.clear()
    es_loopback.reply("POST", "^/t-issues/_update/st-9$", (404, {"error": {"type": "document_missing_exception", "reason": "[st-9]: document missing"}, "status": 404}))
    with pytest.raises(StoreError) as refused:
        es.add_issue_event("st-9", IssueEvent(t, "status", "acknowledged"))
    assert str(refused.value) == "không có vấn đề nóng 'st-9' trong kho; tải lại danh sách vấn đề nóng rồi chọn lại"
    assert not es_loopback.find("PUT", "^/t-issue-events/_(doc|create)/"), "no event for a missing issue"
    with pytest.raises(ValueError):
        es.add_issue_event("st-1", IssueEvent(t, "status", "not-a-status"))


def test_an_event_is_written_before_its_issue_is_and_changes_its_version(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    """Every event, a note too, writes the issue after it (a new `handled`, so never a no-op): a conditional status
    change that read the issue before the event finds the document changed; one that read it after counts the event."""
    t = at("2025-09-05T08:00:00+07:00")
    src = HotIssue(id="st-1", title="X", topics=(8,), lead_departments=(), first_seen=t, last_seen=t, score=1, reason="").to_dict()
    es_loopback.reply("HEAD", "^/t-issues/_doc/st-1$", (200, None))
    es_loopback.reply("GET", "^/t-issues/_doc/st-1$", (200, {"_index": "t-issues", "_id": "st-1", "found": True, "_seq_no": 1,
                                                           "_primary_term": 1, "_source": {**src, "handled": "e"}}))
    es.add_issue_event("st-1", IssueEvent(t, "note", "", who="Lan", note="Đã gọi điện"))
    es.add_issue_event("st-1", IssueEvent(t, "assign", "Phòng KH-TC", who="Lan"))
    writes = [r for r in es_loopback.requests if r.method in ("PUT", "POST") and "_search" not in r.path]
    assert [r.path.split("/")[1:3] for r in writes] == [["t-issue-events", "_doc"], ["t-issues", "_update"]] * 2
    assert all(w.params["op_type"] == "create" for w in writes[::2])
    eids = [w.path.rsplit("/", 1)[1] for w in writes[::2]]
    assert [w.json["doc"] for w in writes[1::2]] == [{"handled": eids[0]}, {"assignee": "Phòng KH-TC", "handled": eids[1]}]
    assert "handled" not in es.get_issue("st-1").to_dict(), "the version is the store's, not the issue's"


def test_a_status_is_set_over_the_issue_version_read_with_the_office_s_events_counted(es: ElasticsearchStore,
                                                                                      es_loopback: EsLoopback) -> None:
    t = at("2025-09-05T08:00:00+07:00")
    src = HotIssue(id="st-1", title="X", topics=(8,), lead_departments=(), first_seen=t, last_seen=t, score=1, reason="",
                   status=Status.CLOSED).to_dict()
    src.pop("events")
    versions = iter([5, 6])
    es_loopback.reply("GET", "^/t-issues/_doc/st-1$", lambda req: (200, {"_index": "t-issues", "_id": "st-1", "found": True,
                                                                        "_seq_no": next(versions), "_primary_term": 2,
                                                                        "_source": src}))
    es_loopback.reply("POST", "^/t-issue-events/_count$", (200, {"count": 1}))
    es_loopback.reply("POST", "^/t-issues/_update/st-1$", (409, {"error": {"type": "version_conflict_engine_exception",
                                                                           "reason": "c"}, "status": 409}), times=1)
    reopen = IssueEvent(t, "status", "new", who="Hệ thống", note="Tự động mở lại")
    assert es.set_issue_status_if("st-1", reopen, Handling(Status.CLOSED, "", 1)) is True
    counts = es_loopback.find("POST", "^/t-issue-events/_count$")
    order = [r.path for r in es_loopback.requests if re.search(r"^/t-issue-events/_(count|refresh)$", r.path)]
    assert order == ["/t-issue-events/_refresh", "/t-issue-events/_count"] * 2, \
        "the events refreshed before each count: a note saved a moment ago is not yet searchable otherwise"
    assert len(counts) == 2 and counts[0].json == {"query": {"bool": {"filter": [{"term": {"issue_id": "st-1"}}],
                                                                      "must_not": [{"term": {"kind": "phase"}}]}}}
    updates = es_loopback.find("POST", "^/t-issues/_update/st-1$")
    assert [u.params for u in updates] == [{"if_seq_no": str(n), "if_primary_term": "2", "refresh": "wait_for"} for n in (5, 6)], \
        "over the version read, read again after a conflict"
    assert updates[1].json["doc"]["status"] == "new" and updates[1].json["doc"]["handled"]
    [event] = es_loopback.find("PUT", "^/t-issue-events/_doc/")
    assert (event.json["kind"], event.json["value"], event.json["who"]) == ("status", "new", "Hệ thống")
    es_loopback.clear()
    versions = iter([7])
    assert es.set_issue_status_if("st-1", reopen, Handling(Status.CLOSED, "", 0)) is False, "a note since the read"
    assert not es_loopback.find("POST", "^/t-issues/_update/") and not es_loopback.find("PUT", "^/t-issue-events/")
    es_loopback.reply("POST", "^/t-issues/_update/st-1$", (409, {"error": {"type": "version_conflict_engine_exception",
                                                                           "reason": "c"}, "status": 409}))
    versions = iter(range(8, 13))
    with pytest.raises(StoreError) as refused:
        es.set_issue_status_if("st-1", reopen, Handling(Status.CLOSED, "", 1))
    assert str(refused.value) == "vấn đề nóng st-1 liên tục bị tiến trình khác sửa trong lúc ghi; hãy thử lại"


def test_events_are_read_in_order_with_their_issue(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    t = at("2025-09-05T08:00:00+07:00")
    src = HotIssue(id="st-1", title="X", topics=(8,), lead_departments=(), first_seen=t, last_seen=t, score=1, reason="").to_dict()
    src.pop("events")
    src["status"] = "responding"
    es_loopback.reply("GET", "^/t-issues/_doc/st-1$", (200, {"_index": "t-issues", "_id": "st-1", "found": True, "_seq_no": 1, "_primary_term": 1, "_source": src}))
    ev = {"eid": "e1", "issue_id": "st-1", "at": t.isoformat(), "at_iso": t.isoformat(), "seq": 1, "kind": "status", "value": "responding", "who": "Lan", "note": ""}
    es_loopback.reply("POST", "^/t-issue-events/_search$", search_answer([{"_index": "t-issue-events", "_id": "e1", "_source": ev, "sort": [1, 1, "e1"]}]))
    got = es.get_issue("st-1")
    assert got.status.value == "responding" and [(e.kind, e.value, e.who, e.at) for e in got.events] == [("status", "responding", "Lan", t)]
    body = es_loopback.find("POST", "^/t-issue-events/_search$")[0].json
    assert body["query"] == {"terms": {"issue_id": ["st-1"]}} and body["sort"] == [{"at": "asc"}, {"seq": "asc"}, {"eid": "asc"}]


def test_an_issue_list_of_some_topics_asks_for_them(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    t = at("2025-09-05T08:00:00+07:00")
    src = HotIssue(id="st-2", title="X", topics=(3, 8), lead_departments=(), first_seen=t, last_seen=t, score=1, reason="").to_dict()
    src.pop("events")
    es_loopback.reply("POST", "^/t-issues/_search$", search_answer([{"_index": "t-issues", "_id": "st-2", "_source": src,
                                                                      "sort": [1, 1, "st-2"]}]))
    es_loopback.reply("POST", "^/t-issue-events/_search$", search_answer([]))
    assert [i.id for i in es.list_issues(since=t, topics=(8, 5), limit=10)] == ["st-2"]
    body = es_loopback.find("POST", "^/t-issues/_search$")[0].json
    assert body["query"] == {"bool": {"filter": [{"range": {"last_seen": {"gte": t.isoformat()}}}, {"terms": {"topics": [8, 5]}}]}}
    assert body["size"] == 10
    es.list_issues(since=t)
    assert es_loopback.find("POST", "^/t-issues/_search$")[1].json["query"] == {
        "bool": {"filter": [{"range": {"last_seen": {"gte": t.isoformat()}}}]}}


def test_a_department_s_issue_list_asks_for_its_topics_its_lead_and_the_assignee_texts_naming_it(
        es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    t = at("2025-09-05T08:00:00+07:00")
    src = HotIssue(id="st-4", title="X", topics=(3,), lead_departments=(), first_seen=t, last_seen=t, score=1, reason="").to_dict()
    src.pop("events")
    spelled = [{"key": k, "doc_count": 1} for k in ("Phòng Kế hoạch - Tài chính", "phong ke hoach – tai chinh", "Phòng Kế hoạch", "")]

    def issues(req):  # noqa: ANN001, ANN202 - the assignee texts, then the list
        if "aggs" in req.json:
            return 200, {"took": 1, "timed_out": False, "hits": {"hits": []}, "aggregations": {"assignees": {"buckets": spelled}}}
        return search_answer([{"_index": "t-issues", "_id": "st-4", "_source": src, "sort": [1, 1, "st-4"]}])

    es_loopback.reply("POST", "^/t-issues/_search$", issues)
    es_loopback.reply("POST", "^/t-issue-events/_search$", search_answer([]))
    found = es.list_issues(since=t, topics=(8,), departments=("ke-hoach-tai-chinh",), limit=50,
                           assignees=("ke-hoach-tai-chinh", "Phòng Kế hoạch – Tài chính"))
    assert [i.id for i in found] == ["st-4"]
    asked = [r.json for r in es_loopback.find("POST", "^/t-issues/_search$")]
    assert asked[0]["aggs"] == {"assignees": {"terms": {"field": "assignee", "size": 10_000}}} and asked[0]["size"] == 0
    assert asked[1]["query"] == {"bool": {"filter": [{"range": {"last_seen": {"gte": t.isoformat()}}}, {"bool": {"should": [
        {"terms": {"topics": [8]}}, {"terms": {"lead_departments": ["ke-hoach-tai-chinh"]}},
        {"terms": {"assignee": ["Phòng Kế hoạch - Tài chính", "phong ke hoach – tai chinh"]}}], "minimum_should_match": 1}}]}}
    assert asked[1]["size"] == 50


def test_issue_counts_ask_one_terms_aggregation_over_the_list_s_filters_and_read_every_status(
        es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    t = at("2025-09-05T08:00:00+07:00")
    buckets = [{"key": "new", "doc_count": 70}, {"key": "closed", "doc_count": 12}, {"key": "responding", "doc_count": 3}]
    es_loopback.reply("POST", "^/t-issues/_search$", (200, {"took": 1, "timed_out": False, "hits": {"hits": []},
                                                           "aggregations": {"statuses": {"buckets": buckets}}}), times=1)
    counted = es.count_issues(since=t, until=t + timedelta(days=30), topics=(8,), departments=("ke-hoach-tai-chinh",))
    assert counted == {Status.NEW: 70, Status.ACKNOWLEDGED: 0, Status.RESPONDING: 3, Status.CLOSED: 12}
    [asked] = [r.json for r in es_loopback.find("POST", "^/t-issues/_search$")]
    assert asked["size"] == 0 and "sort" not in asked
    assert asked["aggs"] == {"statuses": {"terms": {"field": "status", "size": 4}}}
    es.list_issues(since=t, until=t + timedelta(days=30), topics=(8,), departments=("ke-hoach-tai-chinh",))
    assert asked["query"] == es_loopback.find("POST", "^/t-issues/_search$")[-1].json["query"] == {"bool": {"filter": [
        {"range": {"last_seen": {"gte": t.isoformat()}}}, {"range": {"first_seen": {"lt": (t + timedelta(days=30)).isoformat()}}},
        {"bool": {"should": [{"terms": {"topics": [8]}}, {"terms": {"lead_departments": ["ke-hoach-tai-chinh"]}}],
                  "minimum_should_match": 1}}]}}
    es_loopback.clear()
    assert es.count_issues() == dict.fromkeys(Status, 0)  # the default answer: no aggregation of that name
    assert es_loopback.requests[-1].json["query"] == {"bool": {"filter": []}}


def test_outbox_creates_once_and_updates_with_the_seen_version(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    t = at("2025-09-05T08:00:00+07:00")
    a = Alert(key="st-1|a@x.vn|0", issue_id="st-1", department="vp", recipient="a@x.vn", channel="email", kind="new",
              subject="S", body="B", raised_at=t)
    b = a.with_(key="st-1|b@x.vn|0", recipient="b@x.vn")
    es_loopback.reply("PUT", "^/_bulk$", lambda req: (200, bulk_answer(req, lambda op, meta: 409 if len(req.ndjson) and meta["_id"] == req.ndjson[0]["create"]["_id"] else 201)), times=1)
    assert es.enqueue_alerts([a, b, a]) == 1
    lines = es_loopback.find("PUT", "^/_bulk$")[0].ndjson
    assert [next(iter(x))for x in lines[::2]] == ["create", "create"] and lines[1]["next"] == t.isoformat() and lines[1]["key"] == a.key
    es_loopback.reply("GET", "^/t-alerts/_doc/", (200, {"_index": "t-alerts", "_id": "x", "found": True, "_seq_no": 5, "_primary_term": 3}))
    es_loopback.reply("PUT", "^/t-alerts/_doc/", (409, {"error": {"type": "version_conflict_engine_exception", "reason": "conflict"}, "status": 409}), times=1)
    es.update_alert(a.with_(state="sent", sent_at=t + timedelta(minutes=1)))
    puts = es_loopback.find("PUT", "^/t-alerts/_doc/")
    assert len(puts) == 2 and puts[1].params == {"if_seq_no": "5", "if_primary_term": "3", "refresh": "wait_for"}
    assert puts[1].json["state"] == "sent" and puts[1].json["next"] is None
    es.due_alerts(t, limit=3)
    body = es_loopback.requests[-1].json
    assert body["query"] == {"bool": {"filter": [{"terms": {"state": ["pending", "sending"]}}, {"range": {"next": {"lte": t.isoformat()}}}]}}
    assert body["sort"] == [{"next": "asc"}, {"raised_at": "asc"}, {"key": "asc"}] and body["size"] == 3


def test_a_failed_alert_is_requeued_over_the_version_read_and_read_again_after_a_conflict(es: ElasticsearchStore,
                                                                                          es_loopback: EsLoopback) -> None:
    t = at("2025-09-05T08:00:00+07:00")
    failed = Alert(key="st-1|a@x.vn|0", issue_id="st-1", department="vp", recipient="a@x.vn", channel="email", kind="new",
                   subject="S", body="B", raised_at=t, state="failed", attempts=2, error="550 no such user")
    versions = iter([(5, failed), (6, failed.with_(attempts=3)), (7, failed.with_(state="pending", attempts=0))])

    def stored(req):  # noqa: ANN001, ANN202 - each read finds the next version
        seq, alert = next(versions)
        return 200, {"_index": "t-alerts", "_id": "x", "found": True, "_seq_no": seq, "_primary_term": 1,
                     "_source": {**alert.to_dict(), "next": None}}

    es_loopback.reply("GET", "^/t-alerts/_doc/", stored)
    es_loopback.reply("PUT", "^/t-alerts/_doc/", (409, {"error": {"type": "version_conflict_engine_exception", "reason": "c"},
                                                       "status": 409}), times=1)
    later = t + timedelta(days=1)
    again = es.requeue_failed_alert(failed.key, later, by="Lan")
    puts = es_loopback.find("PUT", "^/t-alerts/_doc/")
    assert len(puts) == 2 and puts[1].params == {"if_seq_no": "6", "if_primary_term": "1", "refresh": "wait_for"}
    assert puts[1].json["state"] == "pending" and puts[1].json["next"] == later.isoformat() and puts[1].json["attempts"] == 0
    assert puts[1].json["resends"][0]["attempts"] == 3, "built from the version read again, not the first"
    assert again.state == "pending" and again.resends[0]["by"] == "Lan"
    assert es.requeue_failed_alert(failed.key, later) is None and len(es_loopback.find("PUT", "^/t-alerts/_doc/")) == 2, \
        "no longer failed: nothing written"
    es.list_alerts("st-1", state="failed")
    body = es_loopback.requests[-1].json
    assert body["query"] == {"bool": {"filter": [{"term": {"issue_id": "st-1"}}, {"term": {"state": "failed"}}]}}


def test_early_signals_are_one_document_replaced_whole(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    t = at("2025-09-05T08:00:00+07:00")
    sig = Signal(key="n10", label="«An toàn» (tiêu cực)", topics=(10,), lead_departments=("ct-hssv",), score=5.6, threshold=7.0,
                 first_seen=t, last_seen=t + timedelta(hours=2), article_ids=("a", "b", "c"))
    es.save_signals([sig])
    put = es_loopback.find("PUT", "^/t-signals/_doc/current$")[0]
    assert put.params == {"refresh": "wait_for"} and put.json["signals"] == [sig.to_dict()]
    assert es.list_signals() == []  # the loopback has no such document: none yet
    es_loopback.reply("GET", "^/t-signals/_doc/current$", (200, {"_index": "t-signals", "_id": "current", "found": True,
                                                                 "_source": put.json}))
    assert es.list_signals() == [sig]


def test_bulk_loading_skips_refresh_waits_then_refreshes(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    with es.bulk_loading():
        es.upsert_articles([make_article(1)])
    assert es_loopback.find("PUT", "^/_bulk$")[0].params == {"refresh": "false"}
    assert es_loopback.requests[-1].method == "POST" and es_loopback.requests[-1].path == "/t-*/_refresh"
    es.upsert_articles([make_article(2)])
    assert es_loopback.find("PUT", "^/_bulk$")[1].params == {"refresh": "wait_for"}


def test_large_upserts_are_decided_in_chunks_within_the_lookup_window(es: ElasticsearchStore, es_loopback: EsLoopback) -> None:
    arts = [make_article(i, "Tin") for i in range(2_500)]
    assert len(es.upsert_articles(arts).inserted) == 2_500
    assert [len(r.json["docs"]) for r in es_loopback.find("POST", "^/_mget$")] == [1000, 1000, 500]
    assert all(r.json["size"] <= 10_000 for r in es_loopback.find("POST", "^/t-articles/_search$"))


def test_one_setting_switches_the_store(settings, es_loopback: EsLoopback) -> None:  # noqa: ANN001
    from diemnong.config import ConfigError
    from store import open_store

    chosen = settings.override(store__backend="elasticsearch", store__elasticsearch_url=es_loopback.url, store__elasticsearch_prefix="sgd")
    with open_store(chosen) as store:
        assert isinstance(store, ElasticsearchStore) and store.alias == "sgd-articles"
    assert es_loopback.find("PUT", "^/_index_template/sgd-articles$")
    with pytest.raises(ConfigError, match="ELASTICSEARCH_URL"):
        open_store(settings.override(store__backend="elasticsearch"))


def test_an_article_keeps_its_fetch_link_and_documents_from_before_it_read_without_one() -> None:
    article = make_article(1).with_(link="https://www.example.vn/bai-1.html?from=rss", status="feed-only")
    doc = article_doc(article)
    assert doc["url"] == "https://example.vn/bai-1.html" and article_from_doc(doc) == article
    old = {k: v for k, v in doc.items() if k != "link"}
    assert article_from_doc(old).link == "" and article_from_doc(old).page_url == article.url
    assert content_hash(article.with_(link="")) != content_hash(article), "a new link is a change to store"


def test_analysis_failures_are_one_document_each_written_forgotten_and_read_back(es, es_loopback: EsLoopback) -> None:
    record = {"published": "2025-09-05T08:00:00+07:00", "failure": "IndexError: x", "tries": 1,
              "due": "2025-09-05T11:00:00+07:00", "given_up": False}
    es_loopback.clear()
    es.save_analysis_failures({"a1": record, "a2": None})
    # One request for them all (a pass over many articles), not waited on: read back only at a later start.
    [bulk] = [r for r in es_loopback.requests if r.path != "/"]
    assert (bulk.method, bulk.path) == ("PUT", "/_bulk") and bulk.params.get("refresh") != "wait_for", bulk.params
    assert bulk.ndjson == [{"index": {"_index": "t-analysis-failures", "_id": doc_key("a1")}}, {"id": "a1", "data": record},
                           {"delete": {"_index": "t-analysis-failures", "_id": doc_key("a2")}}]
    es_loopback.reply("POST", "^/t-analysis-failures/_search$", search_answer(
        [{"_index": "t-analysis-failures", "_id": "k", "_source": {"id": "a1", "data": record}, "sort": ["a1"]}]))
    assert es.analysis_failures() == {"a1": record}
