"""How long the monthly report takes on a store of realistic size (prints figures; not a test).

    PYTHONPATH=. python benchmarks/report_speed.py [ARTICLES_PER_MONTH] [ISSUES]

Fills a temporary SQLite store with two months of synthetic classified articles (random topics, tones,
outlets, 10% local) and hot issues with analysts' events, then times each step of the report.
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from diemnong.config import load_settings  # noqa: E402
from diemnong.domain import Article, Classification, HotIssue, IssueEvent, Status, parse_time  # noqa: E402
from diemnong.report import build, collect, compose, letterhead  # noqa: E402
from diemnong.report_render import docx_to_pdf, libreoffice, render_docx, render_html  # noqa: E402
from store.sqlite import SQLiteStore  # noqa: E402

OUTLETS = ["VnExpress", "Tuổi Trẻ", "Dân trí", "Thanh Niên", "Giáo dục và Thời đại", "Báo Hậu Giang", "VietNamNet", "Lao Động"]


def fill(store: SQLiteStore, per_month: int, issues: int, rng: random.Random) -> None:
    start = parse_time("2025-08-01T00:00:00+07:00")
    assert start is not None
    articles = []
    for n in range(2 * per_month):
        story = f"st-{n // 4 % issues}" if n % 4 == 0 else ""
        topics = tuple(sorted(rng.sample(range(1, 17), rng.choice((0, 1, 1, 1, 2)))))
        articles.append(Article(
            url=f"https://bao.example.vn/bai-{n}.html", title=f"Bài thử số {n} về giáo dục", source=rng.choice(OUTLETS),
            published=start + timedelta(seconds=rng.randrange(61 * 86400)), summary="Tóm tắt " * 20, text="Nội dung bài viết. " * 150,
            story_id=story, classification=Classification(topics=topics, sentiment=rng.choice(("negative", "neutral", "neutral", "positive")),
                                                          local=rng.random() < 0.1)))
    for i in range(0, len(articles), 2000):
        store.upsert_articles(articles[i:i + 2000])
    sept = parse_time("2025-09-01T08:00:00+07:00")
    assert sept is not None
    for i in range(issues):
        first = sept + timedelta(hours=13 * i)
        store.save_issue(HotIssue(id=f"st-{i}", title=f"Vấn đề thử {i}", topics=(1 + i % 16,), lead_departments=("van-phong",),
                                  first_seen=first, last_seen=first + timedelta(days=2), score=5 + i % 10, reason="thử",
                                  events=(IssueEvent(first, "phase", "new"),)))
        store.add_issue_event(f"st-{i}", IssueEvent(first + timedelta(hours=3), "status", Status.ACKNOWLEDGED.value, who="Chuyên viên", note="Đã ghi nhận"))


def main() -> None:
    per_month = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    issues = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "bench.sqlite3")
        t = time.perf_counter()
        fill(store, per_month, issues, random.Random(8))
        print(f"store: {store.count():,} articles, {issues} issues (filled in {time.perf_counter() - t:.1f} s)")
        settings = load_settings(env={"DIEMNONG_HOME": tmp})
        now = parse_time("2025-10-15T08:00:00+07:00")
        assert now is not None
        build(settings, store, "2025-07", now=now)  # warm imports (matplotlib, python-docx) outside the timings
        t = time.perf_counter()
        data = collect(store, "2025-09", now)
        t_collect = time.perf_counter() - t
        t = time.perf_counter()
        report = compose(data, letterhead(settings, now))
        t_compose = time.perf_counter() - t
        t = time.perf_counter()
        docx = render_docx(report)
        t_docx = time.perf_counter() - t
        t = time.perf_counter()
        page = render_html(report)
        t_html = time.perf_counter() - t
        print(f"collect (store reads): {t_collect:.2f} s · compose (text + 3 charts): {t_compose:.2f} s · "
              f"Word: {t_docx:.2f} s ({len(docx) / 1e3:.0f} kB) · HTML: {t_html:.2f} s ({len(page) / 1e3:.0f} kB)")
        print(f"cited articles in the annex: {len(report.annex)}; September articles: {data.current.total:,}")
        if libreoffice():
            t = time.perf_counter()
            pdf = docx_to_pdf(docx)
            print(f"PDF via LibreOffice: {time.perf_counter() - t:.2f} s ({len(pdf) / 1e3:.0f} kB)")
        else:
            print("PDF: LibreOffice not installed")
        store.close()


if __name__ == "__main__":
    main()
