"""Laying out the monthly report: charts (matplotlib), Word following Nghị định 30/2020/NĐ-CP, HTML and PDF.

This module knows nothing of the store: `diemnong.report` composes a `Report` (letterhead, blocks of
text, tables and figures, cited articles) and the functions here turn it into bytes. The layout
follows Phụ lục I of Nghị định 30/2020/NĐ-CP: A4, Times New Roman 13–14, margins top/bottom 20 mm,
left 30 mm, right 15 mm, the national heading and motto with their rules, "Số: …/BC-…", the place
and date line in italics, the type and summary of the document, and the signature block.

Exceptions::

    ReportError    the report cannot be written (LibreOffice missing or failing, unreadable font…)
"""
from __future__ import annotations

import base64
import html
import io
import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass, field, fields, is_dataclass, replace
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Sequence, TypeVar, Union

from diemnong.text import CONTROL, nfc

FONT = "Times New Roman"
PAGE_CM = (21.0, 29.7)  # A4
MARGIN_CM = {"top": 2.0, "bottom": 2.0, "left": 3.0, "right": 1.5}
TEXT_CM = PAGE_CM[0] - MARGIN_CM["left"] - MARGIN_CM["right"]  # 16.5
HEAD_CM = (7.0, 9.5)  # the two columns of the heading: issuing unit | national heading
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
TONE_COLORS = {"negative": "#c0392b", "neutral": "#95a5a6", "positive": "#27ae60"}


# Elements that follow w:pBdr in w:pPr and w:tblCellMar in w:tblPr (ECMA-376 order, which Word enforces).
AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
              "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
              "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
AFTER_TBLCELLMAR = ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")


class ReportError(RuntimeError):
    """The report cannot be written; the message says why in one line."""


# --------------------------------------------------------------------------- the document model

@dataclass(frozen=True)
class Heading:
    """A section title: level 1 "I. TÌNH HÌNH CHUNG", level 2 "1. …"."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Para:
    """A body paragraph (justified, first line indented); `italic` for notes."""

    text: str
    italic: bool = False


@dataclass(frozen=True)
class Table:
    """A captioned table; `widths` in cm add up to the text width; `align` per column: l, c or r."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    align: str = ""
    bold_last: bool = False


@dataclass(frozen=True)
class Figure:
    """A chart as PNG bytes with its caption below."""

    png: bytes
    caption: str


Block = Union[Heading, Para, Table, Figure]


@dataclass(frozen=True)
class Cited:
    """An article cited in the text as [n] and listed in the annex."""

    n: int
    published: datetime
    source: str
    title: str
    url: str


@dataclass(frozen=True)
class Letterhead:
    """Who issues the report, where and when, and who signs it (Nghị định 30/2020/NĐ-CP, Điều 8)."""

    parent: str  # cơ quan, tổ chức chủ quản
    unit: str  # cơ quan, tổ chức ban hành
    symbol: str  # chữ viết tắt tên cơ quan in "Số: …/BC-<symbol>"
    place: str
    date: datetime
    signer_title: str
    signer_name: str = ""
    recipients: tuple[str, ...] = ()

    @property
    def number(self) -> str:
        """The number line; the number itself is given by the văn thư when the report is registered."""
        return f"Số:        /BC-{self.symbol}"

    @property
    def place_date(self) -> str:
        return f"{self.place}, {nd30_date(self.date)}"


@dataclass(frozen=True)
class Report:
    letterhead: Letterhead
    title: str  # tên loại: BÁO CÁO
    subject: str  # trích yếu nội dung
    blocks: tuple[Block, ...]
    closing: str
    annex_title: str
    annex: tuple[Cited, ...] = field(default_factory=tuple)


T = TypeVar("T")


NONCHARACTER = re.compile("[\ufffe\uffff]")


def printable(value: T) -> T:
    """A report (or any part of it) with each C0 control character in its texts made a space: Word's XML cannot hold
    them (python-docx refused the whole report), and a note pasted from Word into the dashboard brings its line breaks
    as vertical tabs. The noncharacters U+FFFE and U+FFFF (a feed in a broken encoding), which XML cannot hold either,
    are dropped. In Unicode NFC: a note typed with a decomposed keyboard (UniKey's «Unicode tổ hợp», a Mac) is stored
    as typed."""
    if isinstance(value, str):
        return nfc(NONCHARACTER.sub("", CONTROL.sub(" ", value)))  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(printable(v) for v in value)  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: printable(getattr(value, f.name)) for f in fields(value)})  # type: ignore[return-value]
    return value


def nd30_date(d: datetime) -> str:
    """'ngày 05 tháng 02 năm 2025': days below 10 and months 1 and 2 get a leading zero (ND30, Phụ lục I)."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def linkable(url: str) -> bool:
    """Only web addresses become links; internal ids (urn:…) stay plain text."""
    return url.startswith(("http://", "https://"))


# --------------------------------------------------------------------------- text widths (for the rules)

@lru_cache(maxsize=4)
def _font_file(bold: bool) -> str | None:
    """A font with the metrics of Times New Roman (Liberation Serif), if installed."""
    from matplotlib import font_manager

    for family in (FONT, "Liberation Serif"):
        try:
            return font_manager.findfont(font_manager.FontProperties(family=family, weight="bold" if bold else "normal"),
                                         fallback_to_default=False)
        except ValueError:
            continue
    return None


def text_width_cm(text: str, size: float, bold: bool = False) -> float:
    """Printed width of a line of text in Times New Roman (measured when the font is present, else estimated)."""
    path = _font_file(bold)
    if path is None:
        base = unicodedata.normalize("NFD", text)
        letters = sum(1 for ch in base if not unicodedata.combining(ch))
        upper = sum(1 for ch in base if ch.isupper())
        return (letters * 0.47 + upper * 0.2) * size / 72 * 2.54
    from matplotlib.ft2font import FT2Font

    try:
        from matplotlib.ft2font import LoadFlags

        NO_HINTING = LoadFlags.NO_HINTING
    except ImportError:  # matplotlib before 3.10
        from matplotlib.ft2font import LOAD_NO_HINTING as NO_HINTING  # type: ignore[attr-defined,no-redef]

    font = FT2Font(path)
    font.set_size(size, 72)
    font.set_text(text, flags=NO_HINTING)  # hinted widths run ~8% long: a line that fits was measured too wide
    return font.get_width_height()[0] / 64 / 72 * 2.54


def wrap_cm(text: str, size: float, bold: bool, width_cm: float) -> list[str]:
    """Greedy word wrap of a line of text into lines no wider than width_cm (as Word would break it)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width_cm(f"{lines[-1]} {word}", size, bold) <= width_cm:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [""]


def balanced_lines(text: str, size: float, bold: bool, width_cm: float) -> list[str]:
    """The text in as few lines as Word needs at width_cm, but of even lengths (ND 30's trích yếu is set so,
    never leaving one word alone on the last line): the narrowest width that still needs no more lines."""
    lines = wrap_cm(text, size, bold, width_cm)
    if len(lines) == 1:
        return lines
    low, high = width_cm / len(lines), width_cm
    for _ in range(20):
        mid = (low + high) / 2
        if len(wrap_cm(text, size, bold, mid)) <= len(lines):
            high = mid
        else:
            low = mid
    return wrap_cm(text, size, bold, high)


# --------------------------------------------------------------------------- charts

FIGURE_CM = 15.0  # charts are drawn at the size they are printed, so that their type sizes are the printed ones
FIGURE_IN = FIGURE_CM / 2.54
TICK_PT, LABEL_PT = 9, 10  # the smallest type in a chart (ND 30's body text is 13–14 pt; a chart's labels 9–10)


def _png_width_cm(png: bytes) -> float:
    """The printed width of a chart drawn by _png (200 dpi)."""
    return int.from_bytes(png[16:20], "big") / 200 * 2.54


def _png(fig: object) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=200)  # type: ignore[attr-defined] - the figure's own size: placed at 1:1
    return buf.getvalue()


def _figure(width: float, height: float):  # noqa: ANN202 - matplotlib Figure, imported lazily
    from matplotlib.figure import Figure as MplFigure

    fig = MplFigure(figsize=(width, height))
    fig.set_layout_engine("tight")  # labels kept inside the figure (not cut), whatever their length
    fig.set_dpi(100)
    return fig


WEEKLY_PAST = 92  # days: a longer period's Hình 1 has a bar a week (a school year: 53 bars, not 366 slivers)


def by_week(days: Sequence[str], values: Sequence[int]) -> tuple[list[str], list[int]]:
    """Each 7 days from the first (the last maybe fewer): its first day and its sum."""
    return list(days[::7]), [sum(values[i:i + 7]) for i in range(0, len(days), 7)]


def chart_daily(days: Sequence[str], totals: Sequence[int], negatives: Sequence[int]) -> bytes:
    """Articles per day (bars) with the negative ones on top in red; past WEEKLY_PAST days, per week."""
    if len(days) > WEEKLY_PAST:
        (days, totals), (_, negatives) = by_week(days, totals), by_week(days, negatives)
        weekly = True
    else:
        weekly = False
    fig = _figure(FIGURE_IN, 3.0)
    ax = fig.add_subplot()
    x = list(range(len(days)))
    others = [t - n for t, n in zip(totals, negatives)]
    ax.bar(x, others, color="#5d8aa8", label="Trung tính, tích cực")
    ax.bar(x, negatives, bottom=others, color=TONE_COLORS["negative"], label="Tiêu cực")
    ticks, labels, title = week_ticks(days) if weekly else day_ticks(days)
    ax.set_xticks(ticks, labels, fontsize=TICK_PT - 1)
    ax.tick_params(axis="y", labelsize=TICK_PT)
    ax.set_xlabel(title, fontsize=LABEL_PT)
    ax.set_ylabel("Số bài", fontsize=LABEL_PT)
    ax.set_ylim(bottom=0, top=max(1.0, ax.get_ylim()[1]))  # from 0, whole numbers even when all are 0
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(fontsize=TICK_PT, frameon=False)
    return _png(fig)


def day_ticks(days: Sequence[str]) -> tuple[list[int], list[str], str]:
    """Where Hình 1's x axis is labelled, with what, and its title: a month's days by number (31 fit across 15 cm);
    other days as dd/mm (each day up to 16, past that every 7th from the first), the year(s) in the title."""
    if len(days) <= 31 and len({d[:7] for d in days}) == 1:
        return list(range(len(days))), [d[8:10] for d in days], "Ngày trong tháng"
    step = 1 if len(days) <= 16 else 7
    picked = list(range(0, len(days), step))
    return picked, [f"{days[i][8:10]}/{days[i][5:7]}" for i in picked], f"Ngày ({years(days)})"


def week_ticks(weeks: Sequence[str]) -> tuple[list[int], list[str], str]:
    """A weekly chart's axis: every 4th week's first day as dd/mm (14 labels in a year), the year(s) in the title."""
    picked = list(range(0, len(weeks), 4))
    return picked, [f"{weeks[i][8:10]}/{weeks[i][5:7]}" for i in picked], f"Tuần, tính từ ngày ({years(weeks)})"


def years(days: Sequence[str]) -> str:
    """'2025', or '2025–2026' for days across the new year."""
    first, last = days[0][:4], days[-1][:4]
    return first if first == last else f"{first}–{last}"


def chart_topics(labels: Sequence[str], by_tone: dict[str, Sequence[int]], tone_names: dict[str, str]) -> bytes:
    """Articles per topic, one horizontal bar per topic split by tone."""
    fig = _figure(FIGURE_IN, 0.2 * sum(label.count("\n") + 1 for label in labels) + 0.12 * len(labels) + 1.0)
    ax = fig.add_subplot()
    y = list(range(len(labels)))[::-1]
    left = [0] * len(labels)
    for tone in ("negative", "neutral", "positive"):
        values = list(by_tone[tone])
        ax.barh(y, values, left=left, color=TONE_COLORS[tone], label=tone_names[tone].capitalize())
        left = [a + b for a, b in zip(left, values)]
    ax.set_yticks(y, labels, fontsize=TICK_PT)
    ax.tick_params(axis="x", labelsize=TICK_PT)
    ax.set_xlabel("Số bài", fontsize=LABEL_PT)
    ax.set_xlim(left=0, right=max(1.0, ax.get_xlim()[1]))
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(fontsize=TICK_PT, frameon=False, loc="lower right")
    return _png(fig)


def chart_tones(months: Sequence[str], counts: Sequence[dict[str, int]], tone_names: dict[str, str]) -> bytes:
    """Articles by tone, this month next to the previous one."""
    fig = _figure(FIGURE_IN * 0.8, 2.8)
    ax = fig.add_subplot()
    tones = ("negative", "neutral", "positive")
    width = 0.8 / len(months)
    for i, (label, c) in enumerate(zip(months, counts)):
        xs = [t + i * width for t in range(len(tones))]
        last = i == len(months) - 1
        bars = ax.bar(xs, [c.get(t, 0) for t in tones], width=width * 0.95, label=label, color="#2c5f8a" if last else "#b8c4ce")
        ax.bar_label(bars, fontsize=TICK_PT)
    ax.set_xticks([t + width * (len(months) - 1) / 2 for t in range(len(tones))], [tone_names[t].capitalize() for t in tones],
                  fontsize=LABEL_PT)
    ax.tick_params(axis="y", labelsize=TICK_PT)
    ax.set_ylabel("Số bài", fontsize=LABEL_PT)
    ax.set_ylim(bottom=0, top=max(1.0, ax.get_ylim()[1]))  # from 0, whole numbers even when all are 0
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(fontsize=TICK_PT, frameon=False)
    return _png(fig)


# --------------------------------------------------------------------------- Word

def _properties(doc: object, report: Report) -> None:
    """File › Info: the report's title, its unit as author, the day it was made (not python-docx's template's)."""
    props, head = doc.core_properties, report.letterhead  # type: ignore[attr-defined]
    made = head.date.astimezone(timezone.utc)  # python-docx writes the time as UTC whatever its zone
    title = f"{report.title.capitalize()} {report.subject[:1].lower()}{report.subject[1:]}"
    props.title, props.subject, props.comments, props.language = title, "", "", "vi-VN"
    props.author = props.last_modified_by = head.unit
    props.created = props.modified = made
    props.revision = 1


def render_docx(report: Report) -> bytes:
    """The report as a .docx laid out after Nghị định 30/2020/NĐ-CP."""
    from docx import Document

    report = printable(report)
    doc = Document()
    _setup(doc)
    _properties(doc, report)
    _letterhead(doc, report)
    for block in report.blocks:
        if isinstance(block, Heading):
            doc.add_paragraph(block.text, style=f"Heading {block.level}")
        elif isinstance(block, Para):
            p = doc.add_paragraph()
            p.add_run(block.text).italic = block.italic or None
        elif isinstance(block, Table):
            _table(doc, block)
        elif isinstance(block, Figure):
            _figure_block(doc, block)
    doc.add_paragraph(report.closing).paragraph_format.keep_with_next = True
    _signature(doc, report.letterhead)
    if report.annex:
        _annex(doc, report)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _set_font(rpr_parent: object, name: str = FONT) -> None:
    """Set a font for every script (Latin, East Asian, complex) and drop theme fonts that would override it."""
    from docx.oxml.ns import qn

    rpr = rpr_parent.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _setup(doc: object) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    section = doc.sections[0]  # type: ignore[attr-defined]
    section.page_width, section.page_height = Cm(PAGE_CM[0]), Cm(PAGE_CM[1])
    section.top_margin, section.bottom_margin = Cm(MARGIN_CM["top"]), Cm(MARGIN_CM["bottom"])
    section.left_margin, section.right_margin = Cm(MARGIN_CM["left"]), Cm(MARGIN_CM["right"])
    styles = doc.styles  # type: ignore[attr-defined]
    normal = styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(14)
    _set_font(normal.element)
    pf = normal.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf.first_line_indent = Cm(1.0)
    pf.space_before, pf.space_after = Pt(6), Pt(0)
    pf.line_spacing = 1.15
    for level in (1, 2):
        style = styles[f"Heading {level}"]
        style.font.name, style.font.size = FONT, Pt(14)
        style.font.bold, style.font.italic = True, False
        style.font.color.rgb = RGBColor(0, 0, 0)
        _set_font(style.element)
        hf = style.paragraph_format
        hf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        hf.first_line_indent = Cm(1.0)
        hf.space_before, hf.space_after = Pt(12 if level == 1 else 6), Pt(0)
        hf.keep_with_next = True
    cell = styles.add_style("Ô bảng", 1)  # WD_STYLE_TYPE.PARAGRAPH
    cell.base_style = normal
    cell.font.size = Pt(12)
    cf = cell.paragraph_format
    cf.first_line_indent, cf.space_before, cf.space_after = Cm(0), Pt(2), Pt(2)
    cf.alignment = WD_ALIGN_PARAGRAPH.LEFT
    cf.line_spacing = 1.0
    _page_numbers(section)


def _page_numbers(section: object) -> None:
    """Page number centred at the top, not on the first page (ND30, Phụ lục I)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    section.different_first_page_header_footer = True  # type: ignore[attr-defined]
    p = section.header.paragraphs[0]  # type: ignore[attr-defined]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Cm(0)
    run = p.add_run()
    run.font.size = Pt(13)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _cell_text(cell: object, lines: Sequence[tuple[str, float, str]]) -> None:
    """Fill a cell with centred lines given as (text, size in pt, style letters b/i)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    first = True
    for text, size, style in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()  # type: ignore[attr-defined]
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pf = p.paragraph_format
        pf.first_line_indent, pf.space_before, pf.space_after, pf.line_spacing = Cm(0), Pt(0), Pt(0), 1.0
        run = p.add_run(text)
        run.font.size = Pt(size)
        run.bold = "b" in style or None
        run.italic = "i" in style or None


def _rule(container: object, width_cm: float, column_cm: float, space_before: float = 0, space_after: float = 0) -> None:
    """A centred solid line of a given length: an empty paragraph with a top border, indented to that length."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    p = container.add_paragraph()  # type: ignore[attr-defined]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    side = max(0.0, (column_cm - width_cm) / 2)
    pf = p.paragraph_format
    pf.left_indent = pf.right_indent = Cm(side)
    pf.first_line_indent, pf.space_before, pf.space_after, pf.line_spacing = Cm(0), Pt(space_before), Pt(space_after), 1.0
    p.add_run().font.size = Pt(2)
    border = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        top.set(qn(k), v)
    border.append(top)
    p._p.get_or_add_pPr().insert_element_before(border, *AFTER_PBDR)  # schema order, or Word complains


def _no_borders(table: object) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr  # type: ignore[attr-defined]
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", *AFTER_TBLCELLMAR)


def _cell_margins(table: object, cm: float) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(round(cm * 567)))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    table._tbl.tblPr.insert_element_before(margins, *AFTER_TBLCELLMAR)  # type: ignore[attr-defined]


def _fixed_table(doc: object, rows: int, widths: Sequence[float], borders: bool) -> object:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Cm

    table = doc.add_table(rows=rows, cols=len(widths))  # type: ignore[attr-defined]
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    if borders:
        table.style = doc.styles["Table Grid"]  # type: ignore[attr-defined]
        _cell_margins(table, 0.1)
    else:
        _no_borders(table)
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
        for cell in table.columns[i].cells:
            cell.width = Cm(w)
    return table


def _letterhead(doc: object, report: Report) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    lh = report.letterhead
    left_cm, right_cm = HEAD_CM
    inner = (left_cm - 0.4, right_cm - 0.4)  # cell margins
    table = _fixed_table(doc, 2, HEAD_CM, borders=False)
    left, right = table.rows[0].cells  # type: ignore[attr-defined]
    _cell_text(left, [(lh.parent.upper(), 13, ""), (lh.unit.upper(), 13, "b")])
    # ND 30: a solid rule under the unit's name, 1/3 to 1/2 as long as the name, centred. A name on two lines
    # ("SỞ GIÁO DỤC VÀ ĐÀO TẠO / HẬU GIANG") is measured whole, so the rule sits under the name, not under its
    # last word; never wider than the name's longest line.
    unit_lines = wrap_cm(lh.unit.upper(), 13, True, inner[0])
    longest = max(text_width_cm(line, 13, bold=True) for line in unit_lines)
    _rule(left, max(2.0, min(longest, text_width_cm(lh.unit.upper(), 13, bold=True) * 0.5)), inner[0])
    _cell_text(right, [(NATION, 12, "b"), (MOTTO, 13, "b")])
    _rule(right, text_width_cm(MOTTO, 13, bold=True), inner[1])
    number, place = table.rows[1].cells  # type: ignore[attr-defined]
    _cell_text(number, [(lh.number, 13, "")])
    _cell_text(place, [(lh.place_date, 13, "i")])
    for cell in (number, place):
        cell.paragraphs[0].paragraph_format.space_before = Pt(6)
    subject = balanced_lines(report.subject, 14, True, TEXT_CM - 0.1)
    for lines, space in (([report.title], 18), (subject, 0)):
        p = doc.add_paragraph()  # type: ignore[attr-defined]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pf = p.paragraph_format
        pf.first_line_indent, pf.space_before, pf.space_after = Cm(0), Pt(space), Pt(0)
        for n, line in enumerate(lines):
            run = p.add_run(line)
            run.bold = True
            run.font.size = Pt(14)
            if n < len(lines) - 1:
                run.add_break()
    widest = max(text_width_cm(line, 14, bold=True) for line in subject)
    _rule(doc, widest * 0.4, TEXT_CM, space_before=3, space_after=6)


def _table(doc: object, block: Table) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    caption = doc.add_paragraph()  # type: ignore[attr-defined]
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.paragraph_format.first_line_indent = Cm(0)
    caption.paragraph_format.keep_with_next = True
    run = caption.add_run(block.caption)
    run.bold, run.font.size = True, Pt(13)
    table = _fixed_table(doc, 1 + len(block.rows), block.widths, borders=True)
    aligns = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}
    header = table.rows[0]  # type: ignore[attr-defined]
    tr_pr = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    tr_pr.append(repeat)  # the header row repeats on every page
    for r, values in enumerate((block.header, *block.rows)):
        _cant_split(table.rows[r])  # type: ignore[attr-defined]
        bold = r == 0 or (block.bold_last and r == len(block.rows))
        for c, value in enumerate(values):
            cell = table.rows[r].cells[c]  # type: ignore[attr-defined]
            p = cell.paragraphs[0]
            p.style = doc.styles["Ô bảng"]  # type: ignore[attr-defined]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if r == 0 else aligns.get((block.align or "")[c:c + 1], WD_ALIGN_PARAGRAPH.LEFT)
            p.add_run(value).bold = bold or None
    doc.add_paragraph().paragraph_format.space_before = Pt(0)  # type: ignore[attr-defined]


def _figure_block(doc: object, block: Figure) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    p = doc.add_paragraph()  # type: ignore[attr-defined]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Cm(0)
    p.paragraph_format.keep_with_next = True
    p.add_run().add_picture(io.BytesIO(block.png), width=Cm(min(FIGURE_CM, _png_width_cm(block.png))))
    caption = doc.add_paragraph()  # type: ignore[attr-defined]
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.paragraph_format.first_line_indent = Cm(0)
    caption.paragraph_format.space_after = Pt(6)
    run = caption.add_run(block.caption)
    run.italic, run.font.size = True, Pt(13)


def _signature(doc: object, lh: Letterhead) -> None:
    from docx.shared import Pt

    spacer = doc.add_paragraph().paragraph_format  # type: ignore[attr-defined]
    spacer.space_before, spacer.keep_with_next = Pt(0), True
    table = _fixed_table(doc, 1, (8.0, 8.5), borders=False)
    _cant_split(table.rows[0])  # type: ignore[attr-defined]
    left, right = table.rows[0].cells  # type: ignore[attr-defined]
    items = [f"- {r};" for r in lh.recipients] + ["- Lưu: VT."]
    _cell_text(left, [("Nơi nhận:", 12, "bi"), *[(item, 11, "") for item in items]])
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for p in left.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    _cell_text(right, [(lh.signer_title.upper(), 14, "b"), ("", 14, ""), ("", 14, ""), ("", 14, ""), ("", 14, ""),
                       (lh.signer_name, 14, "b")])


def _cant_split(row: object) -> None:
    from docx.oxml import OxmlElement

    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # type: ignore[attr-defined]


def _hyperlink(paragraph: object, url: str, text: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)  # type: ignore[attr-defined]
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    for tag, val in (("w:color", "0563C1"), ("w:sz", "20"), ("w:u", "single")):  # schema order
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        rpr.append(el)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)  # type: ignore[attr-defined]


def _annex(doc: object, report: Report) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    lh = report.letterhead
    lines = [("Phụ lục", "b"), (report.annex_title.upper(), "b"),
             (f"(Kèm theo Báo cáo số        /BC-{lh.symbol} {nd30_date(lh.date)} của {lh.unit})", "i")]
    for i, (text, style) in enumerate(lines):
        p = doc.add_paragraph()  # type: ignore[attr-defined]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.first_line_indent = Cm(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.page_break_before = i == 0
        run = p.add_run(text)
        run.bold, run.italic = "b" in style or None, "i" in style or None
    _rule(doc, 4.0, TEXT_CM, space_after=6)
    widths = (1.0, 2.4, 2.8, 5.8, 4.5)
    table = _fixed_table(doc, 1 + len(report.annex), widths, borders=True)
    for c, value in enumerate(("TT", "Ngày đăng", "Cơ quan báo chí", "Tiêu đề bài viết", "Đường dẫn")):
        p = table.rows[0].cells[c].paragraphs[0]  # type: ignore[attr-defined]
        p.style = doc.styles["Ô bảng"]  # type: ignore[attr-defined]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(value).bold = True
    for r, cited in enumerate(report.annex, start=1):
        _cant_split(table.rows[r])  # type: ignore[attr-defined]
        cells = table.rows[r].cells  # type: ignore[attr-defined]
        for c, value in enumerate((str(cited.n), f"{cited.published:%d/%m/%Y}", cited.source, cited.title)):
            p = cells[c].paragraphs[0]
            p.style = doc.styles["Ô bảng"]  # type: ignore[attr-defined]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c < 2 else WD_ALIGN_PARAGRAPH.LEFT
            p.add_run(value)
        p = cells[4].paragraphs[0]
        p.style = doc.styles["Ô bảng"]  # type: ignore[attr-defined]
        if linkable(cited.url):
            _hyperlink(p, cited.url, cited.url)
        else:
            p.add_run(cited.url)


# --------------------------------------------------------------------------- HTML

CSS = """
body{font-family:"Times New Roman",Times,serif;font-size:14pt;line-height:1.35;max-width:16.5cm;margin:2cm auto 2cm 3cm;color:#000}
@page{size:A4;margin:2cm 1.5cm 2cm 3cm}
table.head{width:100%;border-collapse:collapse}table.head td{text-align:center;vertical-align:top;font-size:13pt}
.rule{border-top:1px solid #000;margin:2px auto 6px}
h1,h2{font-size:14pt;margin:12px 0 4px}.title{text-align:center;font-weight:bold;margin:0}
p{text-align:justify;text-indent:1cm;margin:6px 0}
table.data{border-collapse:collapse;width:100%;font-size:12pt;margin:4px 0 10px}
table.data th,table.data td{border:1px solid #000;padding:2px 4px;vertical-align:top}
caption{font-weight:bold;font-size:13pt;padding:4px}figure{text-align:center;margin:8px 0}
figure img{max-width:100%}figcaption{font-style:italic;font-size:13pt}
td.r{text-align:right}td.c{text-align:center}table.sign td{vertical-align:top;font-size:12pt}
.annex{page-break-before:always;text-align:center}
"""


def render_html(report: Report) -> str:
    """The same report as one self-contained HTML page (charts inline); every text from the store is escaped."""
    e = html.escape
    report = printable(report)
    lh = report.letterhead
    out = [
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'>",
        f"<title>{e(report.title)} – {e(report.subject)}</title><style>{CSS}</style></head><body>",
        "<table class='head'><tr>",
        f"<td style='width:{HEAD_CM[0] / TEXT_CM:.0%}'>{e(lh.parent.upper())}<br><b>{e(lh.unit.upper())}</b>"
        "<div class='rule' style='width:40%'></div></td>",
        f"<td><b style='font-size:12pt'>{e(NATION)}</b><br><b>{e(MOTTO)}</b><div class='rule' style='width:60%'></div></td>",
        f"</tr><tr><td style='white-space:pre'>{e(lh.number)}</td><td><i>{e(lh.place_date)}</i></td></tr></table>",
        f"<p class='title' style='margin-top:18px'>{e(report.title)}</p><p class='title' style='text-indent:0'>{e(report.subject)}</p>",
        "<div class='rule' style='width:30%'></div>",
    ]
    for block in report.blocks:
        if isinstance(block, Heading):
            out.append(f"<h{block.level}>{e(block.text)}</h{block.level}>")
        elif isinstance(block, Para):
            out.append(f"<p>{'<i>' if block.italic else ''}{e(block.text)}{'</i>' if block.italic else ''}</p>")
        elif isinstance(block, Table):
            head = "".join(f"<th>{e(h)}</th>" for h in block.header)
            rows = "".join(
                "<tr>" + "".join(f"<td class='{(block.align or '')[c:c + 1]}'>{e(v)}</td>" for c, v in enumerate(row)) + "</tr>"
                for row in block.rows
            )
            out.append(f"<table class='data'><caption>{e(block.caption)}</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        elif isinstance(block, Figure):
            data = base64.b64encode(block.png).decode("ascii")
            out.append(f"<figure><img alt='{e(block.caption)}' src='data:image/png;base64,{data}'>"
                       f"<figcaption>{e(block.caption)}</figcaption></figure>")
    out.append(f"<p>{e(report.closing)}</p>")
    recipients = "".join(f"- {e(r)};<br>" for r in lh.recipients)
    out.append(
        "<table class='sign' style='width:100%'><tr>"
        f"<td style='width:48%'><b><i>Nơi nhận:</i></b><br>{recipients}- Lưu: VT.</td>"
        f"<td style='text-align:center;font-size:14pt'><b>{e(lh.signer_title.upper())}</b><br><br><br><br><b>{e(lh.signer_name)}</b></td>"
        "</tr></table>"
    )
    if report.annex:
        out.append(f"<div class='annex'><b>Phụ lục</b><br><b>{e(report.annex_title.upper())}</b><br>"
                   f"<i>(Kèm theo Báo cáo số        /BC-{e(lh.symbol)} {e(nd30_date(lh.date))} của {e(lh.unit)})</i></div>")
        rows = []
        for c in report.annex:
            link = f"<a href='{e(c.url, quote=True)}'>{e(c.url)}</a>" if linkable(c.url) else e(c.url)
            rows.append(f"<tr><td class='c'>{c.n}</td><td class='c'>{c.published:%d/%m/%Y}</td><td>{e(c.source)}</td>"
                        f"<td>{e(c.title)}</td><td>{link}</td></tr>")
        out.append("<table class='data'><thead><tr><th>TT</th><th>Ngày đăng</th><th>Cơ quan báo chí</th><th>Tiêu đề bài viết</th>"
                   f"<th>Đường dẫn</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out)


# --------------------------------------------------------------------------- PDF

NO_LIBREOFFICE = ("xuất PDF cần LibreOffice nhưng máy này chưa cài: hãy cài gói Debian libreoffice-writer "
                  "(apt-get install libreoffice-writer), hoặc dùng --format docx hay html")


def libreoffice() -> str | None:
    """The LibreOffice executable, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx: bytes, timeout: float = 180.0) -> bytes:
    """Convert a .docx to PDF with LibreOffice headless (a private profile, so it runs beside an open LibreOffice)."""
    exe = libreoffice()
    if exe is None:
        raise ReportError(NO_LIBREOFFICE)
    with tempfile.TemporaryDirectory(prefix="diemnong-pdf-") as tmp:
        src = Path(tmp) / "bao-cao.docx"
        src.write_bytes(docx)
        cmd = [exe, f"-env:UserInstallation={(Path(tmp) / 'profile').as_uri()}", "--headless", "--norestore", "--nologo",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=tmp)
        except subprocess.TimeoutExpired:
            raise ReportError(f"LibreOffice không chuyển xong báo cáo sang PDF trong {timeout:.0f} giây") from None
        except OSError as exc:
            raise ReportError(f"LibreOffice không khởi động được: {exc}") from exc
        pdf = src.with_suffix(".pdf")
        if proc.returncode != 0 or not pdf.exists():
            why = (proc.stderr or proc.stdout).strip().splitlines()
            raise ReportError(f"LibreOffice không chuyển được báo cáo sang PDF (mã thoát {proc.returncode}): "
                              f"{why[-1] if why else 'không in ra gì'}")
        return pdf.read_bytes()
