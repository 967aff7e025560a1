"""Search results as CSV (UTF-8 with BOM, for Excel) and Excel workbooks (openpyxl), safe to open."""
from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from diemnong.domain import TZ, Article
from diemnong.text import CONTROL

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

COLUMNS = ("Ngày đăng", "Giờ", "Nguồn", "Tiêu đề", "Tóm tắt", "Chủ đề", "Sắc thái", "Hậu Giang", "Đường dẫn", "Mã")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TONE = {"negative": "Tiêu cực", "neutral": "Trung tính", "positive": "Tích cực"}
UNANALYSED = "chưa phân tích"  # an article the analysis failed on (diemnong.pipeline): no topic, tone or locality yet


def safe_cell(value: str) -> str:
    """Neutralise text a spreadsheet would run as a formula (CSV/formula injection)."""
    return "'" + value if value.startswith(FORMULA_START) else value


CSV_DAY = "%Y-%m-%d %H:%M"  # ISO 8601, local time without its zone: Excel reads it as a date in every locale


def rows(articles: Iterable[Article], topic_names: dict[int, str]) -> Iterable[list[str]]:
    """One list of cell texts per article, in COLUMNS order: «Ngày đăng» as «2025-09-05 08:30» and «Giờ» as «08:30»
    (Asia/Ho_Chi_Minh): an Excel set to US English (month first) read the CSV's «05/09/2025» as 9 May and left
    «27/11/2025» as text. The Excel file's date and time cells are its own (when_cells)."""
    for a in articles:
        c = a.classification
        published = a.published.astimezone(TZ)
        yield [
            published.strftime(CSV_DAY), published.strftime("%H:%M"), a.source, a.title, a.summary,
            "; ".join(f"{t}. {topic_names.get(t, '')}" for t in c.topics) if c else UNANALYSED,
            TONE.get(c.sentiment, c.sentiment) if c else UNANALYSED, ("Có" if c.local else "Không") if c else UNANALYSED,
            a.url, a.ref,
        ]


def to_csv(articles: Sequence[Article], topic_names: dict[int, str]) -> bytes:
    """CSV bytes (UTF-8 with BOM so Excel shows Vietnamese correctly)."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    for row in rows(articles, topic_names):
        writer.writerow([safe_cell(v) for v in row])
    return buf.getvalue().encode("utf-8-sig")


def when_cells(sheet: WriteOnlyWorksheet, article: Article) -> list[WriteOnlyCell]:
    """«Ngày đăng» and «Giờ» as an Excel date and time, written 05/09/2025 and 08:30 (local time): as text, a click on
    the column's filter sorted them by day of the month (01/10 before 20/09) and a date filter saw no dates."""
    published = article.published.astimezone(TZ)
    day = WriteOnlyCell(sheet, value=published.date())
    day.number_format = "dd/mm/yyyy"
    hour = WriteOnlyCell(sheet, value=published.time().replace(second=0, microsecond=0))
    hour.number_format = "hh:mm"
    return [day, hour]


def to_xlsx(articles: Sequence[Article], topic_names: dict[int, str], title: str = "Kết quả tra cứu") -> bytes:
    """An Excel workbook (one sheet, bold header; the date and time as Excel's, every other cell text) as bytes."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    for width, col in zip((12, 7, 22, 60, 80, 30, 12, 10, 50, 22), "ABCDEFGHIJ"):
        sheet.column_dimensions[col].width = width
    sheet.freeze_panes = "A2"
    header = []
    for name in COLUMNS:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for article, row in zip(articles, rows(articles, topic_names)):
        cells = when_cells(sheet, article)
        for value in row[len(cells):]:
            cell = WriteOnlyCell(sheet, value=CONTROL.sub(" ", value))  # a feed's stray \x08: a cell cannot hold it
            cell.data_type = "s"  # never a formula, whatever the text starts with
            cells.append(cell)
        sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
