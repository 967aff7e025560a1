"""Dashboard speed on a store of 200,000 synthetic Vietnamese articles (targets: each page's first render
≤ 2 s, a search ≤ 1 s).

    python benchmarks/dashboard_speed.py [--articles 200000] [--home /tmp/diemnong-bench-200k] [--rounds 3]

The store is filled once from our own templates (dashboard/synthetic.py: two years of articles, one in
eight a syndicated copy, 60 hot issues) and reused on later runs. Page times are Streamlit AppTest
runs of the real app as a signed-in analyst, with every Streamlit cache emptied before each page (a
first render; the server process's imports are paid once before timing), then the same page again
(warm). Search times are the store's search as the Tra cứu page calls it, and the page itself with a
query typed in.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from diemnong.domain import TZ, SourceState  # noqa: E402

PAGES = [("Tổng quan", None), ("Vấn đề", "views/van_de.py"), ("Tra cứu", "views/tra_cuu.py"),
         ("Chủ đề / Đơn vị", "views/chu_de.py"), ("Nguồn tin", "views/nguon_tin.py"), ("Cấu hình", "views/cau_hinh.py")]
QUERIES = ["hoc phi", "giao vien", "lam thu dau nam", '"phong hoc tam"', "day them -hoc them", "tuyen sinh lop 10",
           "Hậu Giang", "bao luc OR danh nhau", "sach giao khoa", "ngo doc thuc pham", "chuyen doi so", "khen thuong"]


def build(home: Path, n: int) -> None:
    """Fill home's store with n synthetic articles and 60 issues (once)."""
    from dashboard import synthetic
    from dashboard.users import add_user, make_user, users_path
    from store.sqlite import SQLiteStore

    marker = home / f".filled-{n}"
    if marker.exists():
        return
    home.mkdir(parents=True, exist_ok=True)
    (home / "diemnong.sqlite3").unlink(missing_ok=True)
    end = datetime.now(TZ).replace(microsecond=0)
    store = SQLiteStore(home / "diemnong.sqlite3")
    started, batch = time.perf_counter(), []
    for article in synthetic.articles(n, end, days=730):
        batch.append(article)
        if len(batch) == 5000:
            store.upsert_articles(batch)
            batch = []
            print(f"\r  {store.count():,} articles", end="", file=sys.stderr)
    store.upsert_articles(batch)
    for issue in synthetic.issues(end, count=60):
        store.save_issue(issue)
    for i, name in enumerate(synthetic.OUTLETS):
        store.save_source_state(SourceState(name=name, last_attempt=end, last_success=end - timedelta(minutes=10 * i),
                                            attempts=100, failures=i % 3, last_error="HTTP 503" if i % 3 else "",
                                            articles=n // len(synthetic.OUTLETS)))
    print(f"\r  filled {store.count():,} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    store.close()
    if not users_path(home).exists():
        add_user(users_path(home), make_user("bench", "Benchmark", "admin", "benchmark-password"))
    marker.touch()


def page_times(rounds: int) -> list[tuple[str, list[float], list[float]]]:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    app = str(ROOT / "dashboard" / "app.py")

    def fresh() -> AppTest:
        at = AppTest.from_file(app, default_timeout=120)
        at.session_state["authentication_status"], at.session_state["username"] = True, "bench"
        return at

    warmup = fresh()
    warmup.run()  # imports (pandas, altair, the store) once, as a running server has them
    out = []
    for name, page in PAGES:
        cold, warm = [], []
        for _ in range(rounds):
            at = fresh()
            at.run() if page else None
            if page:
                at.switch_page(page)
            st.cache_data.clear()
            st.cache_resource.clear()
            t = time.perf_counter()
            at.run()
            cold.append(time.perf_counter() - t)
            assert not at.exception, at.exception
            t = time.perf_counter()
            at.run()
            warm.append(time.perf_counter() - t)
        out.append((name, cold, warm))
    return out


def search_times() -> tuple[list[float], list[float], float, float]:
    """Store searches (first page, with count and highlights), a deep cursor walk, and the page with a query."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from diemnong.config import load_settings
    from store import Filters, SearchQuery, open_store

    store = open_store(load_settings())
    plain, filtered = [], []
    since = datetime.now(TZ) - timedelta(days=90)
    for q in QUERIES * 2:
        t = time.perf_counter()
        store.search(SearchQuery(text=q, limit=20))
        plain.append(time.perf_counter() - t)
        t = time.perf_counter()
        store.search(SearchQuery(text=q, filters=Filters(since=since, topics=(8, 3), sentiments=("negative",)), limit=20))
        filtered.append(time.perf_counter() - t)
    cursor, t = "", time.perf_counter()
    for _ in range(50):  # page 50 of everything, newest first
        cursor = store.search(SearchQuery(limit=20, cursor=cursor)).next_cursor
    deep = (time.perf_counter() - t) / 50
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120)
    at.session_state["authentication_status"], at.session_state["username"] = True, "bench"
    at.run()
    at.switch_page("views/tra_cuu.py")
    at.run()
    st.cache_data.clear()
    t = time.perf_counter()
    at.text_input(key="tc_text").input("hoc phi").run()
    page = time.perf_counter() - t
    store.close()
    return plain, filtered, deep, page


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=200_000)
    p.add_argument("--home", default="/tmp/diemnong-bench-200k")
    p.add_argument("--rounds", type=int, default=3)
    args = p.parse_args()
    home = Path(args.home)
    os.environ["DIEMNONG_HOME"] = str(home)
    build(home, args.articles)
    import logging

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    from store.sqlite import SQLiteStore

    with SQLiteStore(home / "diemnong.sqlite3") as s:
        print(f"store: {s.count():,} articles, {len(s.list_issues(limit=1000))} issues, "
              f"{(home / 'diemnong.sqlite3').stat().st_size / 2**20:.0f} MiB")
    print(f"\n{'page (AppTest, analyst/admin)':<30}{'first render median':>22}{'max':>8}{'warm median':>14}   target ≤ 2 s")
    for name, cold, warm in page_times(args.rounds):
        ok = "ok" if max(cold) <= 2 else "SLOW"
        print(f"{name:<30}{statistics.median(cold):>20.2f} s{max(cold):>7.2f}s{statistics.median(warm):>12.2f} s   {ok}")
    plain, filtered, deep, page = search_times()
    q = lambda xs: (statistics.median(xs) * 1000, sorted(xs)[int(0.95 * (len(xs) - 1))] * 1000)  # noqa: E731
    print(f"\n{'search':<44}{'p50':>9}{'p95':>10}   target ≤ 1 s")
    print(f"{'store.search, 12 queries × 2':<44}{q(plain)[0]:>7.0f} ms{q(plain)[1]:>7.0f} ms")
    print(f"{'  + last 90 days, 2 topics, negative':<44}{q(filtered)[0]:>7.0f} ms{q(filtered)[1]:>7.0f} ms")
    print(f"{'cursor paging to page 50 (per page)':<44}{deep * 1000:>7.0f} ms")
    print(f"{'Tra cứu page, query typed (cold cache)':<44}{page * 1000:>7.0f} ms")


if __name__ == "__main__":
    main()
