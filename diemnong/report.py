"""The monthly public-opinion report (first version: volume, tone and topics of a month, Word or HTML)."""
from __future__ import annotations

import argparse
import html
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from diemnong.config import Settings, default_catalog, load_settings
from diemnong.domain import TZ
from store import Filters, Store, open_store


@dataclass(frozen=True)
class MonthFigures:
    month: str
    total: int
    by_tone: dict[str, int]
    by_topic: dict[int, int]
    local: int


def month_bounds(month: str) -> tuple[datetime, datetime]:
    start = datetime.strptime(month, "%Y-%m").replace(tzinfo=TZ)
    end = start.replace(year=start.year + (start.month == 12), month=start.month % 12 + 1)
    return start, end


def figures(store: Store, month: str) -> MonthFigures:
    """The month's numbers, straight from the store."""
    start, end = month_bounds(month)
    window = Filters(since=start, until=end)
    tones: Counter[str] = Counter()
    for tone in ("negative", "neutral", "positive"):
        tones[tone] = store.count(Filters(since=start, until=end, sentiments=(tone,)))
    topics = {t: store.count(Filters(since=start, until=end, topics=(t,))) for t in range(1, 17)}
    return MonthFigures(month, store.count(window), dict(tones), topics, store.count(Filters(since=start, until=end, local=True)))


def render_html(f: MonthFigures, unit: str) -> str:
    names = {t.id: t.name for t in default_catalog()[0].values()}
    rows = "".join(f"<tr><td>{t}</td><td>{html.escape(names[t])}</td><td>{n}</td></tr>" for t, n in f.by_topic.items())
    return (
        f"<!doctype html><html lang='vi'><meta charset='utf-8'><title>Báo cáo dư luận {f.month}</title><body>"
        f"<p>{html.escape(unit.upper())}</p><h1>BÁO CÁO Tình hình dư luận về giáo dục tháng {f.month[5:]}/{f.month[:4]}</h1>"
        f"<p>Tổng số bài: {f.total}; tiêu cực: {f.by_tone['negative']}; trung tính: {f.by_tone['neutral']}; "
        f"tích cực: {f.by_tone['positive']}; liên quan Hậu Giang: {f.local}.</p>"
        f"<table><tr><th>Mã</th><th>Chủ đề</th><th>Số bài</th></tr>{rows}</table></body></html>"
    )


def render_docx(f: MonthFigures, unit: str, path: Path) -> None:
    from docx import Document

    names = {t.id: t.name for t in default_catalog()[0].values()}
    doc = Document()
    doc.add_paragraph(unit.upper())
    doc.add_heading(f"BÁO CÁO Tình hình dư luận về giáo dục tháng {f.month[5:]}/{f.month[:4]}", level=1)
    doc.add_paragraph(
        f"Tổng số bài: {f.total}; tiêu cực: {f.by_tone['negative']}; trung tính: {f.by_tone['neutral']}; "
        f"tích cực: {f.by_tone['positive']}; liên quan Hậu Giang: {f.local}."
    )
    table = doc.add_table(rows=1, cols=3)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text, table.rows[0].cells[2].text = "Mã", "Chủ đề", "Số bài"
    for t, n in f.by_topic.items():
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = str(t), names[t], str(n)
    doc.save(str(path))


def write_report(settings: Settings, store: Store, month: str, fmt: str, output: Path | None, unit: str | None) -> Path:
    unit = unit or settings["general.unit_name"]
    path = output or settings.home / "reports" / f"bao-cao-du-luan-{month}.{fmt}"
    path.parent.mkdir(parents=True, exist_ok=True)
    f = figures(store, month)
    if fmt == "html":
        path.write_text(render_html(f, unit), encoding="utf-8")
    elif fmt == "docx":
        render_docx(f, unit, path)
    else:
        from diemnong.cli import UsageError

        raise UsageError("PDF output needs LibreOffice, which this version does not use yet; use --format docx or html")
    return path


def cmd_report(args: argparse.Namespace) -> int:
    settings = load_settings()
    if args.home:
        settings = settings.override(general__home=args.home)
    with open_store(settings) as store:
        path = write_report(settings, store, args.month, args.format, Path(args.output) if args.output else None, args.unit)
    print(path)
    return 0
