"""Article extraction on the real saved pages in ../shared/data/feeds-and-pages/html: time per page, and the
fields to check by hand (title, body start, body end, date), for our extractor and for plain trafilatura
(the foundation's call: ``bare_extraction(favor_precision=True, with_metadata=True)``).

    python benchmarks/extract_pages.py [--runs 5] [--quiet]

The texts are printed for checking, never saved (they are the publishers').
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from crawlers.encoding import decode_html  # noqa: E402
from crawlers.extract import ExtractionError, extract_article  # noqa: E402

PAGES = Path(os.environ.get("DIEMNONG_SHARED_DATA", ROOT.parent / "shared" / "data")) / "feeds-and-pages" / "html"


def baseline(html: str) -> dict[str, str]:
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    data = doc.as_dict() if doc is not None else {}
    text = (data.get("text") or "").strip()
    return {"title": data.get("title") or "", "date": str(data.get("date") or ""), "text": text}


def ours(html: str) -> dict[str, str]:
    try:
        ex = extract_article(html, "")
    except ExtractionError as exc:
        return {"title": "", "date": "", "text": "", "error": f"{type(exc).__name__}: {exc}"}
    return {"title": ex.title, "date": ex.published.isoformat() if ex.published else "", "text": ex.text, "lead": ex.lead}


def timed(fn, html: str, runs: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn(html)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quiet", action="store_true", help="times only")
    args = parser.parse_args()
    if not PAGES.is_dir():
        sys.exit(f"no saved pages at {PAGES} (set DIEMNONG_SHARED_DATA)")
    rows = []
    for path in sorted(PAGES.glob("*.html")):
        html = decode_html(path.read_bytes())
        t_base, t_ours = timed(baseline, html, args.runs), timed(ours, html, args.runs)
        rows.append((path.name, t_base, t_ours))
        if args.quiet:
            continue
        for name, result in (("trafilatura", baseline(html)), ("ours", ours(html))):
            text = result["text"].replace("\n", " / ")
            print(f"[{path.name}] {name}: {result.get('error', '')}")
            print(f"   title: {result['title']}\n   date:  {result['date']}")
            print(f"   start: {text[:110]}\n   end:   {text[-110:]}")
    print(f"\n{'page':26} {'trafilatura ms':>15} {'ours ms':>8}   (median of {args.runs})")
    for name, t_base, t_ours in rows:
        print(f"{name:26} {t_base:15.1f} {t_ours:8.1f}")
    print(f"{'median':26} {statistics.median(r[1] for r in rows):15.1f} {statistics.median(r[2] for r in rows):8.1f}")


if __name__ == "__main__":
    main()
