"""What the Elasticsearch store costs on the client side, measured against a loopback server that
answers instantly (no server work): building documents and bulk bodies, and a full upsert round trip.

It bounds the client's share of indexing time; it says nothing about a real cluster's speed.
Run: PYTHONPATH=. python benchmarks/es_client_overhead.py
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from store.elasticsearch import ElasticsearchStore, article_doc  # noqa: E402
from tests.conftest import make_article  # noqa: E402
from tests.store.es_loopback import EsLoopback  # noqa: E402

TEXT = "Sở Giáo dục và Đào tạo yêu cầu các trường rà soát các khoản thu đầu năm học. " * 30  # ≈ 2,300 chars


def main() -> None:
    articles = [make_article(i, f"Phụ huynh phản ánh lạm thu tại trường số {i}", summary=TEXT[:300], text=TEXT,
                             segmented=TEXT.replace(" ", "_", 40), topics=(8,)) for i in range(5_000)]
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        for a in articles:
            article_doc(a)
        runs.append(time.perf_counter() - t)
    print(f"article_doc (content hash included): {statistics.median(runs) / len(articles) * 1e6:.1f} µs an article")
    server = EsLoopback()
    try:
        store = ElasticsearchStore(server.url, prefix="bench")
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            with store.bulk_loading():
                for i in range(0, len(articles), 500):
                    store.upsert_articles(articles[i : i + 500])
            runs.append(time.perf_counter() - t)
        bulk_bytes = sum(len(q.text.encode()) for q in server.find("PUT", "^/_bulk$")) / 3 / len(articles)
        print(f"upsert through the loopback, batches of 500: {len(articles) / statistics.median(runs):,.0f} articles/s "
              f"(mget + ids search + bulk per batch); {bulk_bytes:,.0f} bulk bytes an article")
    finally:
        server.close()


if __name__ == "__main__":
    main()
