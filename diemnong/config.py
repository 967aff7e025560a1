"""Configuration: settings with documented defaults, and the reviewed data files (topics, departments,
sources), each validated at load time with errors that name the file, the line and the field.

Exceptions::

    ConfigError            a configuration file or value is wrong (file:line: field: why, in Vietnamese: the office's
                           IT staff and analysts read it, on the command line and on the dashboard alike)

Defaults live in ``data/settings.yaml``; a local file ``$DIEMNONG_HOME/settings.yaml`` overrides only
the keys it sets, and environment variables named in the defaults override both.
"""
from __future__ import annotations

import ipaddress
import math
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date as datetime_date
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator
from urllib.parse import urlsplit

import yaml

from diemnong.text import nfc, number

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "data"


class ConfigError(ValueError):
    """A configuration file or value is wrong; the message names file, line and field."""


# --------------------------------------------------------------------------- YAML with line numbers

Path_ = tuple[Any, ...]


MAX_NODES = 100_000  # far above any real configuration; an alias "bomb" expands to billions


SEXAGESIMAL_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


class _TooBig(Exception):
    """A YAML document expands to more values than MAX_NODES."""


def _walk(node: yaml.Node, path: Path_, lines: dict[Path_, int], ctor: yaml.SafeLoader, budget: list[int] | None = None) -> Any:
    budget = budget if budget is not None else [MAX_NODES]
    budget[0] -= 1
    if budget[0] < 0:
        raise _TooBig
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = ctor.construct_object(key_node, deep=True)
            lines[path + (key,)] = key_node.start_mark.line + 1
            out[key] = _walk(value_node, path + (key,), lines, ctor, budget)
            lines[path + (key,)] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_walk(child, path + (i,), lines, ctor, budget) for i, child in enumerate(node.value)]
    if node.tag in SEXAGESIMAL_TAGS and ":" in str(node.value):
        return nfc(node.value)  # YAML 1.1 reads an unquoted 23:30 as the number 1410: a time of day is kept as written
    value = ctor.construct_object(node, deep=True)
    return nfc(value) if isinstance(value, str) else value


@dataclass
class Document:
    """A parsed YAML file that can say where each value came from."""

    path: Path
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def error(self, where: Path_, message: str) -> ConfigError:
        line = self.lines.get(where)
        while line is None and where:
            where = where[:-1]
            line = self.lines.get(where)
        dotted = ".".join(str(p) for p in where) or "(tệp)"
        return ConfigError(f"{self.path}:{line or 1}: {dotted}: {message}")


def load_document(path: Path) -> Document:
    """Read a YAML file keeping line numbers; syntax errors name the line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: không đọc được tệp: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:  # saved by a Windows editor in its own code page (Notepad's «ANSI»)
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ConfigError(f"{path}:{line}: tệp không lưu bằng bảng mã UTF-8 (byte 0x{raw[exc.start]:02x}; Notepad lưu "
                          "«ANSI»): mở tệp, chọn «Lưu dưới dạng» (Save As) với mã hóa UTF-8 rồi lưu lại") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = str(getattr(exc, "problem", None) or exc)
        raise ConfigError(f"{path}:{line}: sai cú pháp YAML ({problem}): {yaml_problem(problem)}") from exc
    lines: dict[Path_, int] = {}
    try:
        data = _walk(node, (), lines, yaml.SafeLoader("")) if node is not None else None
    except _TooBig:
        raise ConfigError(f"{path}:1: tệp bung ra hơn {number(MAX_NODES)} giá trị (do anchor và alias?)") from None
    except (TypeError, ValueError, yaml.YAMLError) as exc:  # e.g. a list or mapping used as a key
        raise ConfigError(f"{path}:1: YAML không đọc được ({exc})") from exc
    return Document(path, data, lines)


YAML_PROBLEMS = (  # what PyYAML's words mean for a file edited by hand, and how to mend it (first match wins)
    ("'\\t'", "có ký tự Tab: YAML chỉ thụt lề bằng dấu cách, hãy thay mỗi Tab bằng dấu cách"),
    ("mapping values are not allowed",
     "dấu «:» ở chỗ không được có: dòng trên thiếu dấu «:» sau tên trường, hoặc sau «:» thiếu một dấu cách, hoặc "
     "dòng này thụt lề khác các dòng cùng cấp, hoặc giá trị có dấu «: » cần đặt trong ngoặc kép"),
    ("could not find expected ':'", "thiếu dấu «:» giữa tên trường và giá trị (viết «tên: giá trị»)"),
    ("expected <block end>", "thụt lề không đều: các trường cùng cấp phải thẳng cột, thụt vào cùng số dấu cách"),
    ("found unexpected end of stream", "thiếu dấu ngoặc hoặc dấu nháy đóng"),
    ("while scanning a quoted scalar", "thiếu dấu nháy đóng"),
    ("expected ',' or ']'", "danh sách [...] thiếu dấu «,» giữa hai phần tử hoặc thiếu «]»"),
    ("expected ',' or '}'", "thiếu dấu «,» hoặc «}»"),
    ("found character '@'", "giá trị bắt đầu bằng «@» hoặc «`» phải đặt trong ngoặc kép"),
    ("found character '`'", "giá trị bắt đầu bằng «@» hoặc «`» phải đặt trong ngoặc kép"),
)


def yaml_problem(problem: str) -> str:
    """A YAML syntax error in the words of the office's IT staff: what is wrong and how to mend it."""
    return next((words for said, words in YAML_PROBLEMS if said in problem),
                "kiểm tra dòng này và dòng ngay trên nó (thụt lề bằng dấu cách, «tên: giá trị»)")


class Fields:
    """Typed reads of one mapping in a document, raising ConfigError that names file:line: field."""

    def __init__(self, doc: Document, where: Path_):
        self.doc, self.where = doc, where
        self.data = doc.data
        for part in where:
            self.data = self.data[part]
        if not isinstance(self.data, dict):
            raise doc.error(where, f"cần {KIND_NAMES[dict]}")

    def get(self, name: str, kind: type | tuple[type, ...], default: Any = ..., check: Callable[[Any], str | None] | None = None) -> Any:
        if name not in self.data:
            if default is ...:
                raise self.doc.error(self.where, f"thiếu trường bắt buộc «{name}»")
            return default
        value = self.data[name]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind in (int, float)):
            raise self.doc.error(self.where + (name,), expected(kind, value))
        problem = check(value) if check else None
        if problem:
            raise self.doc.error(self.where + (name,), problem)
        return value

    def unknown(self, allowed: set[str]) -> None:
        extra = sorted(set(self.data) - allowed)
        if extra:
            raise self.doc.error(self.where + (extra[0],), f"không có trường này (các trường dùng được: {', '.join(sorted(allowed))})")


KIND_NAMES = {int: "một số nguyên", float: "một số", str: "một chuỗi ký tự", bool: "true hoặc false", list: "một danh sách",
              dict: "các trường dạng «tên: giá trị»"}


def expected(kind: type | tuple[type, ...], value: Any) -> str:
    """Why a value of the wrong kind is refused: «cần một số nguyên (đã nhập 'soon')», as not_a_time says it."""
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = " hoặc ".join(KIND_NAMES.get(k, k.__name__) for k in kinds)
    return f"cần {names} ({'để trống' if value is None else f'đã nhập {value!r}'})"


def not_a_time(name: str, value: Any, span: bool = False, blank: str = "") -> ConfigError:
    """A setting that is no time of day HH:MM (with span: no HH:MM-HH:MM, as alerts.quiet_hours), said alike wherever it
    is read (the service's start, Cấu hình, the nightly backup); blank: what leaving it empty means, if it may be."""
    form = "HH:MM-HH:MM, ví dụ 22:00-06:00" if span else "HH:MM, ví dụ 07:30"
    blank = blank or ("nếu không có giờ nghỉ" if span else "")
    form += f", hoặc để trống {blank}" if blank else ""
    return ConfigError(f"{name}: cần giờ dạng {form} (đã nhập {value!r})")


def no_department(code: str, departments: Any, read_from: Path | None = None) -> str:
    """Why a department code is refused, said alike by the command line, the report, the topics file and the accounts;
    with `read_from`, the departments file it is not in (a home's own, edited by hand, which the message leads to)."""
    where = f" trong {read_from}" if read_from else ""
    fix = "; thêm đơn vị mã đó vào tệp ấy, hoặc sửa mã đơn vị đầu mối ở đây cho khớp" if read_from else ""
    return f"không có đơn vị nào mã «{code}»{where} (các mã có: {', '.join(sorted(departments))}){fix}"


def _items(doc: Document, key: str) -> Iterator[tuple[int, Fields]]:
    if not isinstance(doc.data, dict) or not isinstance(doc.data.get(key), list):
        raise doc.error((key,) if isinstance(doc.data, dict) and key in doc.data else (), f"«{key}» phải là một danh sách")
    for i in range(len(doc.data[key])):
        yield i, Fields(doc, (key, i))


def _nonempty(value: Any) -> str | None:
    return "không được để trống" if not value or (isinstance(value, str) and not value.strip()) else None


def _phrases(value: list) -> str | None:
    return _nonempty(value) or (None if all(isinstance(s, str) and s.strip() for s in value) else "mỗi cụm từ phải là một chuỗi ký tự, không để trống")


# --------------------------------------------------------------------------- topics, departments, sources

@dataclass(frozen=True)
class Department:
    id: str
    name: str
    emails: tuple[str, ...] = ()
    webhooks: tuple[str, ...] = ()
    always_copied: bool = False


@dataclass(frozen=True)
class Topic:
    id: int
    name: str
    description: str
    department: str
    seeds: tuple[str, ...]


@dataclass(frozen=True)
class Theme:
    """A watched theme worded many ways (data/themes.yaml): an article with any of its phrases counts for it."""
    name: str
    phrases: tuple[str, ...]


# A sitemap source's own settings (kind: sitemap only): name → (default, least, most). A news sitemap lists two days;
# a plain one may list a site's whole archive, its newest entries taken.
SITEMAP_FIELDS = {"window_days": (3, 1, 30), "max_entries": (200, 1, 2000)}


@dataclass(frozen=True)
class Source:
    name: str
    kind: str  # one of KINDS
    url: str
    section: str
    interval_minutes: int = 30
    enabled: bool = True
    selectors: dict[str, str] = field(default_factory=dict)
    max_pages: int = 3
    window_days: int = SITEMAP_FIELDS["window_days"][0]  # a sitemap source's entries older than this many days: left
    max_entries: int = SITEMAP_FIELDS["max_entries"][0]  # a sitemap source's newest entries taken per poll


KINDS = ("rss", "html", "sitemap")  # a feed, a listing page walked with CSS selectors, a (Google News) sitemap
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
URL = re.compile(r"^https?://[^\s/]+", re.I)
NOT_HTTP = "không phải địa chỉ bắt đầu bằng http:// hoặc https://"
SOURCE_URL = re.compile(r"https?://[^\s/:?#]+(:\d{1,5})?([/?#]\S*)?", re.I)  # a whole address the crawler can fetch


def _source_url(value: str) -> str | None:
    if not URL.match(value):
        return NOT_HTTP
    return None if SOURCE_URL.fullmatch(value) else ("địa chỉ không dùng được: có dấu cách, hoặc sau dấu «:» của tên máy "
                                                     "không phải số cổng (ví dụ https://baohaugiang.com.vn/rss/giao-duc.rss)")


def _between(least: int, most: int) -> Callable[[int], str | None]:
    return lambda v: None if least <= v <= most else f"phải từ {least} đến {most}"


def _emails(value: list) -> str | None:
    bad = [v for v in value if not isinstance(v, str) or not EMAIL.match(v)]
    return f"không phải địa chỉ email: {bad[0]!r} (địa chỉ có dạng ten@donvi.gov.vn)" if bad else None


def _urls(value: list) -> str | None:
    bad = [v for v in value if not isinstance(v, str) or not URL.match(v)]
    if bad:
        return f"{NOT_HTTP}: {bad[0]!r}"
    unusable = [(v, why) for v in value if (why := reference_problem(v))]
    return f"{unusable[0][1]}: {unusable[0][0]!r}" if unusable else None


def data_file(name: str) -> Path:
    """A reviewed data file of data/, or its local copy in $DIEMNONG_HOME when one exists (edited on Cấu hình)."""
    local = Path(os.environ.get("DIEMNONG_HOME") or "var").expanduser() / name
    return local if local.is_file() else DATA_DIR / name


def departments_file(home: Path | str) -> Path:
    """The departments file a home's service reads: the home's departments.yaml (written by Cấu hình) when it has one,
    else data/'s."""
    local = Path(home).expanduser() / "departments.yaml"
    return local if local.is_file() else data_file("departments.yaml")


def current_departments(home: Path | str) -> dict[str, Department]:
    """The departments and their recipients as a home's service reads them now, read afresh (not the catalog loaded
    once per process): the home's departments.yaml (written by Cấu hình) when it has one, else data/'s."""
    return load_departments(departments_file(home))


def load_departments(path: Path | None = None) -> dict[str, Department]:
    """Load and validate the lead departments and their alert recipients."""
    doc = load_document(path or data_file("departments.yaml"))
    out: dict[str, Department] = {}
    for i, f in _items(doc, "departments"):
        f.unknown({"id", "name", "emails", "webhooks", "always_copied"})
        dep = Department(
            id=f.get("id", str, check=lambda v: None if re.fullmatch(r"[a-z0-9-]+", v) else "chỉ dùng chữ thường không dấu, chữ số và «-»"),
            name=f.get("name", str, check=_nonempty),
            emails=tuple(f.get("emails", list, [], check=_emails)),
            webhooks=tuple(f.get("webhooks", list, [], check=_urls)),
            always_copied=f.get("always_copied", bool, False),
        )
        if dep.id in out:
            raise doc.error(("departments", i, "id"), f"trùng mã đơn vị «{dep.id}»")
        out[dep.id] = dep
    return out


def load_topics(path: Path | None = None, departments: dict[str, Department] | None = None,
                departments_path: Path | None = None) -> dict[int, Topic]:
    """Load and validate the 16 focus topics; every lead department must exist (in `departments`, read from
    `departments_path` when given, which a missing one's message names)."""
    doc = load_document(path or data_file("topics.yaml"))
    if departments is None:
        departments_path = departments_path or data_file("departments.yaml")
        departments = load_departments(departments_path)
    out: dict[int, Topic] = {}
    for i, f in _items(doc, "topics"):
        f.unknown({"id", "name", "description", "department", "seeds"})
        topic = Topic(
            id=f.get("id", int, check=lambda v: None if 1 <= v <= 16 else "mã chủ đề phải từ 1 đến 16"),
            name=f.get("name", str, check=_nonempty),
            description=f.get("description", str, check=_nonempty),
            department=f.get("department", str, check=lambda v: None if v in departments else
                             no_department(v, departments, departments_path)),
            seeds=tuple(f.get("seeds", list, check=_phrases)),
        )
        if topic.id in out:
            raise doc.error(("topics", i, "id"), f"trùng mã chủ đề {topic.id}")
        out[topic.id] = topic
    missing = sorted(set(range(1, 17)) - set(out))
    if missing:
        raise doc.error(("topics",), f"thiếu các chủ đề mã {', '.join(map(str, missing))}")
    return out


def load_themes(path: Path | None = None) -> list[Theme]:
    """Load and validate the watched themes: groups of phrases that mean one thing (an empty list is allowed)."""
    doc = load_document(path or data_file("themes.yaml"))
    out: dict[str, Theme] = {}
    for i, f in _items(doc, "themes"):
        f.unknown({"name", "phrases"})
        theme = Theme(name=f.get("name", str, check=_nonempty).strip(),
                      phrases=tuple(p.strip() for p in f.get("phrases", list, check=_phrases)))
        if theme.name.lower() in {n.lower() for n in out}:
            raise doc.error(("themes", i, "name"), f"đã có nhóm tên «{theme.name}»")
        out[theme.name] = theme
    return list(out.values())


@dataclass(frozen=True)
class Season:
    """A recurring moment of the school year (data/seasons.yaml): its window of days, each year (month, day), from
    `start` to `end` (an end before the start: the window crosses the new year), the topics it brings into the news
    and what to prepare."""
    name: str
    start: tuple[int, int]
    end: tuple[int, int]
    topics: tuple[int, ...]
    prepare: str


def _day_of_year(value: Any) -> str | None:
    """Why a value is no day of the year DD/MM (any year: 29/02 is one), if it is not: a number (`start: 1`) or a
    date YAML read (`start: 2025-11-20`) gets the same hint."""
    match = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})\s*", value) if isinstance(value, str) else None
    try:
        date_ok = bool(match) and bool(datetime_date(2000, int(match[2]), int(match[1])))  # type: ignore[index]
    except ValueError:
        date_ok = False
    return None if date_ok else f"cần ngày dạng DD/MM, ví dụ 20/11 (đã nhập {value!r})" if isinstance(value, str) \
        else f"cần ngày dạng DD/MM trong ngoặc kép, ví dụ \"20/11\" (đã nhập {str(value)!r})"


def day_month(value: str) -> tuple[int, int]:
    """«20/11» as (month, day)."""
    d, m = value.strip().split("/")
    return int(m), int(d)


def load_seasons(path: Path | None = None, topics: Iterable[int] = range(1, 17)) -> list[Season]:
    """Load and validate the recurring moments of the school year; each topic must be one of `topics`."""
    doc = load_document(path or data_file("seasons.yaml"))
    known = set(topics)

    def topic_ids(value: list) -> str | None:
        bad = [v for v in value if isinstance(v, bool) or not isinstance(v, int) or v not in known]
        twice = [v for v in value if value.count(v) > 1]
        return "không được để trống" if not value else \
            f"không có chủ đề mã {bad[0]!r} (các mã từ 1 đến 16, xem topics.yaml)" if bad else \
            f"chủ đề mã {twice[0]} ghi hai lần" if twice else None

    out: list[Season] = []
    for i, f in _items(doc, "seasons"):
        f.unknown({"name", "start", "end", "topics", "prepare"})
        name = f.get("name", str, check=_nonempty).strip()
        if name.lower() in {s.name.lower() for s in out}:  # two lines of one name on Tổng quan: which is which?
            raise doc.error(("seasons", i, "name"), f"đã có thời điểm tên «{name}»")
        out.append(Season(name=name,
                          start=day_month(f.get("start", object, check=_day_of_year)),
                          end=day_month(f.get("end", object, check=_day_of_year)),
                          topics=tuple(f.get("topics", list, check=topic_ids)),
                          prepare=f.get("prepare", str, check=_nonempty).strip()))
    return out


SELECTOR_KEYS = ("article_links", "next_page", "page_url")


def _selector_problem(key: str, value: Any) -> str | None:
    """What is wrong with one listing selector of an html source, if anything."""
    if key not in SELECTOR_KEYS:
        return f"không có bộ chọn này (các bộ chọn dùng được: {', '.join(SELECTOR_KEYS)})"
    if not isinstance(value, str) or not value.strip():
        return "cần một bộ chọn CSS, không để trống"
    if key == "page_url":
        return None if URL.match(value) and "{n}" in value else "page_url là địa chỉ http(s) có {n} ở chỗ số trang"
    return css_problem(value)


def css_problem(value: str) -> str | None:
    """Why a text is no CSS selector, if it is not (a selector of sources.yaml or outlets.yaml)."""
    from cssselect import GenericTranslator, SelectorError

    try:
        GenericTranslator().css_to_xpath(value)
    except SelectorError as exc:
        return f"không phải bộ chọn CSS: {exc}"
    return None


def load_sources(path: Path | None = None, saving: bool = False) -> list[Source]:
    """Load and validate the news sources to poll. With `saving` (a file Cấu hình is about to write) each address must be
    one the crawler can fetch (no space, a numeric port); a file already saved is read with the check it was saved under
    (http or https), so that a home whose sources.yaml an older Cấu hình wrote with such an address still starts: that
    source's polls fail, said on Nguồn tin, and the next save there refuses the address."""
    doc = load_document(path or data_file("sources.yaml"))
    out: list[Source] = []
    seen: set[str] = set()
    for i, f in _items(doc, "sources"):
        f.unknown({"name", "kind", "url", "section", "interval_minutes", "enabled", "selectors", "max_pages", *SITEMAP_FIELDS})
        src = Source(
            name=f.get("name", str, check=_nonempty),
            kind=f.get("kind", str, check=lambda v: None if v in KINDS else "chọn «rss» (nguồn có RSS), «html» (trang web, cần bộ chọn CSS) "
                       "hoặc «sitemap» (sơ đồ trang, ví dụ /sitemaps/news.xml)"),
            url=f.get("url", str, check=_source_url if saving else lambda v: None if URL.match(v) else NOT_HTTP),
            section=f.get("section", str, check=_nonempty),
            interval_minutes=f.get("interval_minutes", int, 30, check=lambda v: None if 1 <= v <= 1440 else "phải từ 1 đến 1440"),
            enabled=f.get("enabled", bool, True),
            selectors=f.get("selectors", dict, {}),
            max_pages=f.get("max_pages", int, 3, check=lambda v: None if 1 <= v <= 100 else "phải từ 1 đến 100"),
            **{name: f.get(name, int, default, check=_between(least, most))
               for name, (default, least, most) in SITEMAP_FIELDS.items()},
        )
        for name in SITEMAP_FIELDS:
            if src.kind != "sitemap" and name in f.data:
                raise doc.error(("sources", i, name), "chỉ dùng cho nguồn loại «sitemap» (sơ đồ trang)")
        for key, value in src.selectors.items():  # first: a misspelt article_link is said as such, not as missing
            problem = _selector_problem(key, value)
            if problem:
                raise doc.error(("sources", i, "selectors", key), problem)
        if src.kind == "html" and not src.selectors.get("article_links"):
            raise doc.error(("sources", i, "selectors"), "nguồn html cần selectors.article_links (bộ chọn CSS của các liên kết bài viết)")
        if src.url in seen:
            raise doc.error(("sources", i, "url"), f"trùng địa chỉ với một nguồn khác: {src.url}")
        seen.add(src.url)
        out.append(src)
    return out


@dataclass(frozen=True)
class OutletWeight:
    names: tuple[str, ...]
    domains: tuple[str, ...] = ()
    prominence: float = 1.0


def load_prominence(path: Path | None = None) -> list[OutletWeight]:
    """Load and validate the prominence table of news outlets (data/prominence.yaml)."""
    doc = load_document(path or DATA_DIR / "prominence.yaml")
    out: list[OutletWeight] = []
    for _, f in _items(doc, "outlets"):
        f.unknown({"names", "domains", "prominence"})
        out.append(OutletWeight(
            names=tuple(f.get("names", list, check=lambda v: _nonempty(v) or (None if all(isinstance(n, str) and n.strip() for n in v) else "mỗi tên phải là một chuỗi ký tự, không để trống"))),
            domains=tuple(d.lower() for d in f.get("domains", list, [], check=lambda v: None if all(isinstance(d, str) and "." in d for d in v) else "tên miền có dạng example.vn")),
            prominence=f.get("prominence", float, 1.0, check=lambda v: None if 0.5 <= v <= 3 else "phải từ 0.5 đến 3"),
        ))
    return out


# --------------------------------------------------------------------------- settings

@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    env: str = ""


SECTIONS = "cần các nhóm cài đặt (general:, crawler:, alerts: …)"
SETTINGS_OF_SECTION = "cần các cài đặt dạng «tên: giá trị»"


def _setting_specs(doc: Document) -> dict[str, Setting]:
    specs: dict[str, Setting] = {}
    if not isinstance(doc.data, dict):
        raise doc.error((), SECTIONS)
    for section, entries in doc.data.items():
        if not isinstance(entries, dict):
            raise doc.error((section,), SETTINGS_OF_SECTION)
        for key in entries:
            f = Fields(doc, (section, key))
            f.unknown({"default", "help", "env"})
            specs[f"{section}.{key}"] = Setting(
                f"{section}.{key}", f.get("default", object), f.get("help", str, check=_nonempty), f.get("env", str, "")
            )
    return specs


def _coerce(spec: Setting, value: Any, where: str) -> Any:
    kind = type(spec.default)
    if spec.default is None or isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    if value is None and kind is str:  # a text left blank in settings.yaml («smtp_ca_file:»): none, not the text «None»
        return ""
    try:
        if kind is bool and isinstance(value, str):
            if value.lower() in ("1", "true", "yes", "on"):
                return True
            if value.lower() in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(value)
        if kind in (int, float) and not isinstance(value, bool):
            return kind(value)
        if kind is str:
            return str(value)
        if kind is list and isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
    except (ValueError, TypeError):
        pass
    raise ConfigError(f"{where}: {spec.name}: {expected(kind, value)}")


SYNONYMS = {"server": "host", "hostname": "host", "username": "user", "login": "user", "pass": "password",
            "passwd": "password", "from": "sender"}  # the words other programs' settings use
# «tls» is STARTTLS to some programs (Django, PHPMailer) and implicit TLS to others (GitLab, ActionMailer): both named
MAIL_GROUPS = ("alerts", "smtp", "mail", "email")
TLS_MEANT = ("alerts.smtp_starttls (STARTTLS, thường ở cổng 587) hay alerts.smtp_ssl (TLS ngầm định, SMTPS, thường ở cổng "
             "465)")


def _guess(written: str, specs: dict[str, Setting], section: bool = False) -> str:
    """«; có phải alerts.smtp_host?» for a misspelt or misplaced setting (smtp_server, smtp.host, a key written without
    its section), '' when nothing is close; with `section`, a top-level key that is no section of settings."""
    import difflib

    names = list(specs)
    if section:  # «smtp_host: …» at the top: a setting written without its section
        hits = [n for n in names if n.split(".", 1)[1] == written]
        if hits:
            return (f"; «{written}» không phải nhóm cài đặt: viết nó dưới nhóm «{hits[0].split('.')[0]}:», thụt vào hai "
                    f"dấu cách ({hits[0]})")
        return ""
    group, key = written.split(".", 1)
    if key in SITEMAP_FIELDS:  # crawler.max_entries: a sitemap source's own number
        return (f"; {key} là trường của một nguồn kiểu sitemap trong sources.yaml (viết dưới nguồn đó, cạnh kind: sitemap, "
                "hoặc sửa trên trang Cấu hình), không phải cài đặt")
    words = key.split("_")
    mail = (group in MAIL_GROUPS or "smtp" in key) and "webhook" not in words
    if mail and {"verify", "cert", "certs", "certificate"} & set(words):  # tls_verify: false is no STARTTLS to turn off
        return ("; không có cài đặt tắt kiểm tra chứng chỉ của máy chủ thư: chứng chỉ do tổ chức riêng cấp, đặt tệp PEM "
                "của tổ chức đó ở alerts.smtp_ca_file (các cài đặt và ý nghĩa: `diemnong settings`)")
    if "tls" in words and mail:
        return f"; có phải {TLS_MEANT}? (các cài đặt và ý nghĩa: `diemnong settings`)"
    key = "_".join(SYNONYMS.get(word, word) for word in key.split("_"))  # smtp_server: smtp_host
    keys = {n.split(".", 1)[1]: n for n in names}
    hits = ([n for k, n in keys.items() if k in (key, f"{group}_{key}")]  # under another section; «smtp: host:»
            or difflib.get_close_matches(written, names, n=1, cutoff=0.75)
            or [keys[k] for k in difflib.get_close_matches(key, list(keys), n=1, cutoff=0.7)])
    return f"; có phải {hits[0]}? (các cài đặt và ý nghĩa: `diemnong settings`)" if hits else \
        " (các cài đặt và ý nghĩa: `diemnong settings`)"


def _port(value: int) -> str | None:
    return None if 1 <= value <= 65535 else \
        "cổng phải từ 1 đến 65535 (587: STARTTLS, 465: TLS ngầm định, 25: máy chủ nội bộ)"


def _sender(value: str) -> str | None:
    from email.utils import parseaddr

    address = parseaddr(value)[1]
    local, at, domain = address.rpartition("@")
    return None if at and local and domain and not any(c.isspace() for c in address) else \
        "không phải địa chỉ email (dạng diemnong@sogddt.gov.vn, hoặc «Điểm Nóng <diemnong@sogddt.gov.vn>»)"


def _share(value: float) -> str | None:
    """A probability or a share of a peak: from 0 to 1; NaN («.nan») fails every comparison, so it is refused too (it
    would have raised no story at all, or every one, without a word)."""
    return None if 0 <= value <= 1 else "phải từ 0 đến 1"


# What a setting's value must be beyond its kind: checked where it is read (settings.yaml's line, the variable), not at
# the first alert, whose try would fail for it.
SETTING_CHECKS: dict[str, Callable[[Any], str | None]] = {
    "alerts.smtp_port": _port, "alerts.smtp_sender": _sender,
    "detector.education_min": _share, "detector.fading_share": _share, "detector.revival_share": _share,
}


def _checked(spec: Setting, value: Any, where: str) -> Any:
    """A value of settings.yaml or the environment, of the setting's kind and passing its check (SETTING_CHECKS)."""
    value = _coerce(spec, value, where)
    problem = SETTING_CHECKS[spec.name](value) if spec.name in SETTING_CHECKS else None
    if problem:
        raise ConfigError(f"{where}: {spec.name}: {problem} (đã nhập {value!r})")
    return value


LINE_BREAKS = "\n\r\x85\u2028\u2029"  # what YAML reads as a line break


class _OneLineDumper(yaml.SafeDumper):
    """A string with a line break in double quotes («"KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC"», «\\N» for U+0085), every other
    value as safe_dump writes it: in flow style on one line nothing else could break it."""


_OneLineDumper.add_representer(str, lambda dumper, value: dumper.represent_scalar(
    "tag:yaml.org,2002:str", value, style='"' if any(c in value for c in LINE_BREAKS) else None))


def yaml_line(value: Any) -> str:
    """A setting's value written as YAML on one line, as `diemnong settings` prints it and the README's table gives
    its default: flow style for lists and mappings (`[1, "a\\nb"]`), quoted only where YAML needs it (`false`, `''`,
    `'12:30'`)."""
    text = yaml.dump(value, Dumper=_OneLineDumper, default_flow_style=True, allow_unicode=True, width=math.inf,
                     sort_keys=False)
    return text.removesuffix("\n...\n").removesuffix("\n")  # a plain scalar at the top ends its document with «...»


class Settings:
    """Resolved settings: defaults < $DIEMNONG_HOME/settings.yaml < environment < explicit overrides."""

    def __init__(self, values: dict[str, Any], specs: dict[str, Setting]):
        self._values, self.specs = values, specs

    def __getitem__(self, name: str) -> Any:
        if name not in self._values:
            raise KeyError(f"không có cài đặt «{name}»")
        return self._values[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self._values.get(name, default)

    def override(self, **values: Any) -> Settings:
        """Return a copy with some settings replaced (keys with '.' written as '__')."""
        merged = dict(self._values)
        for key, value in values.items():
            name = key.replace("__", ".")
            if name not in self.specs:
                raise KeyError(f"không có cài đặt «{name}»")
            merged[name] = _coerce(self.specs[name], value, "giá trị ghi đè")
        return Settings(merged, self.specs)

    def items(self) -> Iterator[tuple[str, Any]]:
        return iter(sorted(self._values.items()))

    @property
    def home(self) -> Path:
        return Path(self["general.home"]).expanduser().resolve()


def dashboard_base(url: object) -> str:
    """general.dashboard_url as the start of a link a recipient can open: an absolute http(s) address, without its
    trailing '/' and without what follows a '?' or '#' (a query or fragment copied from the browser's address bar,
    «…/diemnong/?embed=true», made «…/?embed=true/van_de?id=…»; dashboard_url_problem says it is left out); '' for
    anything else (empty, «None» from an empty YAML value, sgd.example without a scheme), whose «links» a mail
    client cannot open."""
    text = _page_address(url)
    parts = urlsplit(text)
    return text.rstrip("/") if parts.scheme in ("http", "https") and parts.hostname else ""


def _page_address(url: object) -> str:
    """The setting's value up to its query or fragment (neither can be in a host name or a path)."""
    text = str(url or "").strip()
    return re.split(r"[?#]", text, maxsplit=1)[0]


def dashboard_url_problem(url: object) -> str:
    """Why the links of alerts and reports will not open for their recipients, or what is left out of them, in
    Vietnamese ('' when they open as set)."""
    base = dashboard_base(url)
    written = str(url or "").strip()
    fix = "đặt general.dashboard_url (biến môi trường DIEMNONG_DASHBOARD_URL) là địa chỉ người nhận mở được, " \
          "ví dụ https://sgd.example/diemnong/"
    if not base:
        return (f"chưa có địa chỉ công khai của bảng điều khiển (general.dashboard_url = «{written}»): "
                f"cảnh báo và báo cáo chỉ ghi mã vấn đề, không có liên kết; {fix}")
    host = urlsplit(base).hostname or ""
    try:
        address = ipaddress.ip_address(host)  # 0.0.0.0 and :: are where a server listens, not an address to open
        loopback = address.is_loopback or address.is_unspecified
    except ValueError:
        loopback = host == "localhost" or host.endswith(".localhost")
    if loopback:
        return (f"liên kết trong cảnh báo và báo cáo trỏ tới {base}/, chỉ mở được trên chính máy chủ Điểm Nóng, "
                f"không mở được từ máy của người nhận; {fix}")
    dropped = written[len(_page_address(written)):]
    if dropped:
        return (f"general.dashboard_url = «{written}» có phần «{dropped}» sau địa chỉ trang (tham số hoặc neo chép từ "
                f"thanh địa chỉ trình duyệt): liên kết trong cảnh báo và báo cáo bỏ phần đó, bắt đầu bằng {base}/; "
                f"nên đặt general.dashboard_url là {base}/")
    return ""


def load_settings(env: dict[str, str] | None = None, defaults: Path | None = None, local: Path | None = None) -> Settings:
    """Resolve settings from the documented defaults, the local file and the environment. ``local`` is read in place
    of HOME/settings.yaml: a candidate checked, as the home's own, before it replaces that file (Cấu hình)."""
    env = dict(os.environ if env is None else env)
    specs = _setting_specs(load_document(defaults or DATA_DIR / "settings.yaml"))
    values = {name: spec.default for name, spec in specs.items()}
    home_spec = specs["general.home"]
    home = Path(env.get(home_spec.env) or values["general.home"]).expanduser()
    local = local or home / "settings.yaml"
    if local.exists():
        doc = load_document(local)
        if not isinstance(doc.data or {}, dict):
            raise doc.error((), SECTIONS)
        for section, entries in (doc.data or {}).items():
            if not isinstance(entries or {}, dict):
                raise doc.error((section,), SETTINGS_OF_SECTION + _guess(str(section), specs, section=True))
            for key, value in (entries or {}).items():
                name = f"{section}.{key}"
                if name not in specs:  # «smtp:» with «host:» under it: guessed as smtp_host
                    inner = f"_{next(iter(value))}" if isinstance(value, dict) and value else ""
                    raise doc.error((section, key), "không có cài đặt này" + _guess(f"{name}{inner}", specs))
                if name == "general.home" and Path(str(value)).expanduser().resolve() != home.resolve():
                    raise doc.error((section, key), "không thể dời thư mục dữ liệu bằng chính settings.yaml của nó (tệp "
                                    "này được đọc từ thư mục đó); hãy đặt DIEMNONG_HOME hoặc --home, hoặc xóa dòng này")
                values[name] = _checked(specs[name], value, f"{local}:{doc.lines.get((section, key), 1)}")
    for name, spec in specs.items():
        if spec.env and env.get(spec.env) not in (None, ""):
            values[name] = _checked(spec, env[spec.env], f"biến môi trường {spec.env}")
    values["general.home"] = str(home)
    return Settings(values, specs)


# DIEMNONG_* variables that are no setting's but are read all the same: the compose file's, the test suite's.
OTHER_VARIABLES = frozenset({"DIEMNONG_ES_PASSWORD", "DIEMNONG_SCREENSHOTS", "DIEMNONG_FUZZ_EXAMPLES"})


def unknown_variables(settings: Settings, env: dict[str, str] | None = None, referenced: Iterable[str] = ()) -> list[str]:
    """DIEMNONG_* environment variables no setting reads (DIEMNONG_SMTP_HOTS for DIEMNONG_SMTP_HOST): a typo in a
    systemd EnvironmentFile or a compose .env is otherwise ignored without a word. Those a webhook's address names
    (``referenced``: ${DIEMNONG_TELEGRAM_TOKEN}) are read too."""
    known = {spec.env for spec in settings.specs.values() if spec.env} | OTHER_VARIABLES | set(referenced)
    return sorted(n for n in (os.environ if env is None else env) if n.startswith("DIEMNONG_") and n not in known)


# A webhook's address may name environment variables, ${DIEMNONG_TELEGRAM_TOKEN}, as docker-compose and systemd's
# EnvironmentFile do: its secret stays out of departments.yaml, its config-history/ copies and the backups. Filled in
# only when an alert is posted (alerting/notifiers.py: send_webhook); everywhere else the address is as written (the
# outbox's recipient, its alerts' key: a new token sends nothing again). Only DIEMNONG_* variables no setting reads:
# departments.yaml is edited on Cấu hình by administrators, who must not be able to post the service's own secrets
# (DIEMNONG_SMTP_PASSWORD, DIEMNONG_ES_PASSWORD) or the rest of its environment to an address of their choosing.
VARIABLE_REFERENCE = re.compile(r"\$\{([^{}]*)\}")
VARIABLE_NAME = re.compile(r"DIEMNONG_[A-Z0-9_]+")


# A value that cannot go into an address as it is, each with what the outbox's text says of it (alerting/notifiers.py:
# unfilled_error) and in Vietnamese: a line of an EnvironmentFile or .env saved on Windows ends in «\r», which the
# address would carry (posted, it was refused for good); a value of only spaces is a value not yet written.
BAD_VALUES = {
    "CRLF": "có ký tự điều khiển: dòng kết thúc bằng «\\r» (tệp viết kiểu Windows, CRLF; lưu lại với dòng kiểu LF)",
    "control characters": "có ký tự điều khiển",
    "only spaces": "chỉ có khoảng trắng",
    "address marks": "có ký tự dành riêng của địa chỉ web (# & ? / = + % @ …), sẽ cắt hoặc đổi nghĩa địa chỉ",
    "characters outside the URL-safe set": ("có ký tự ngoài bộ an toàn của địa chỉ web (khoảng trắng, chữ có dấu …); "
                                            "chỉ dùng chữ A–Z a–z, số và . _ ~ : -"),
}
# What a value may hold: the characters an address carries as they are (RFC 3986's unreserved, and «:» of a Telegram
# bot's token). Any other is refused, not percent-encoded: a secret is a token a service gave, made of these (Telegram,
# Slack's last part, Teams, Discord); a «#», «&», «?» or «/» in it is a value pasted wrong (a whole address, a query),
# which encoded would be posted to the wrong place, and refused tells so.
URL_SAFE = re.compile(r"[A-Za-z0-9._~:-]*")
ADDRESS_MARKS = frozenset("/?#[]@!$&'()*+,;=%")


class UnfilledVariables(ValueError):
    """A webhook's address names variables that cannot be filled in: unset (or empty), not allowed, or with a value
    that cannot be used (``bad``: name → a key of BAD_VALUES)."""

    def __init__(self, unset: list[str], unusable: list[str], bad: dict[str, str] | None = None) -> None:
        self.bad = bad or {}
        super().__init__(", ".join(unset + unusable + list(self.bad)))
        self.unset, self.unusable = unset, unusable


def value_problem(value: str) -> str:
    """What makes a variable's value unusable in an address (a key of BAD_VALUES), '' when nothing does."""
    if value.endswith("\r"):
        return "CRLF"
    if any(unicodedata.category(c)[0] == "C" for c in value):
        return "control characters"
    if not value.strip():
        return "only spaces"
    if URL_SAFE.fullmatch(value):
        return ""
    return "address marks" if ADDRESS_MARKS & set(value) else "characters outside the URL-safe set"


def variable_state(name: str, env: dict[str, str] | None = None) -> str:
    """Why a variable an address may name cannot be filled in, in Vietnamese ('' when it can)."""
    value = (os.environ if env is None else env).get(name, "")
    if not value:
        return "chưa được đặt"
    why = value_problem(value)
    return f"có giá trị không dùng được: {BAD_VALUES[why]}" if why else ""


def address_variables(address: str) -> list[str]:
    """The names an address's ${…} references, each once, in order."""
    return list(dict.fromkeys(VARIABLE_REFERENCE.findall(address)))


@lru_cache(maxsize=1)
def setting_variables() -> frozenset[str]:
    """The DIEMNONG_* variables the service reads for itself (a setting's, OTHER_VARIABLES)."""
    specs = _setting_specs(load_document(DATA_DIR / "settings.yaml"))
    return frozenset(spec.env for spec in specs.values() if spec.env) | OTHER_VARIABLES


def variable_problem(name: str) -> str:
    """Why a webhook's address may not name this variable ('' when it may)."""
    if not VARIABLE_NAME.fullmatch(name):
        return (f"«${{{name}}}»: địa chỉ webhook chỉ dùng được biến môi trường tên DIEMNONG_… viết hoa (chữ, số, «_»), "
                "như ${DIEMNONG_TELEGRAM_TOKEN}")
    if name in setting_variables():
        return f"«${{{name}}}»: biến {name} là của một cài đặt của Điểm Nóng, không được đưa vào địa chỉ webhook"
    return ""


def reference_problem(address: str) -> str:
    """Why an address's ${…} cannot be filled in as written ('' when it can): a name it may not use, a «${» left
    open, or docker-compose's «$$» (which would write a «$»: here refused, not a way to write ${…} literally)."""
    problem = next((why for n in address_variables(address) if (why := variable_problem(n))), "")
    if problem or "${" not in address:
        return problem
    if "$${" in address:
        return ("«$${»: địa chỉ webhook không dùng «$$» (cách docker-compose viết «$»); để dùng biến môi trường, viết "
                "${DIEMNONG_…} với một «$»")
    if "${" in VARIABLE_REFERENCE.sub("", address):
        return "«${» không có «}» đóng: biến môi trường trong địa chỉ webhook viết đủ ${DIEMNONG_…}"
    return ""


def unfilled_variables(addresses: Iterable[str], env: dict[str, str] | None = None) -> dict[str, str]:
    """The variables the addresses name that may be used but cannot be filled in (unset, empty, a value that cannot
    be used), each once, with why in Vietnamese (variable_state)."""
    names = dict.fromkeys(n for a in addresses for n in address_variables(a) if not variable_problem(n))
    return {n: why for n in names if (why := variable_state(n, env))}


def fill_variables(address: str, env: dict[str, str] | None = None) -> str:
    """The address with each ${NAME} replaced by the variable's value as it is (remembered, to be hidden wherever
    redact_secrets is used); UnfilledVariables when one is unset, empty, not allowed (variable_problem) or its value
    cannot be used (value_problem: refused, not mended, so that what is posted is what the operator wrote)."""
    from diemnong.text import remember_filled

    names = address_variables(address)
    if not names:
        return address
    env = os.environ if env is None else env
    unusable = [n for n in names if variable_problem(n)]
    unset = [n for n in names if n not in unusable and not env.get(n)]
    bad = {n: why for n in names if n not in unusable and n not in unset and (why := value_problem(env[n]))}
    if unset or unusable or bad:
        raise UnfilledVariables(unset, unusable, bad)
    for name in names:
        remember_filled(name, env[name])
    return VARIABLE_REFERENCE.sub(lambda m: env[m.group(1)], address)


@lru_cache(maxsize=1)
def default_catalog() -> tuple[dict[int, Topic], dict[str, Department]]:
    """Topics and departments from data/, loaded once per process."""
    path = data_file("departments.yaml")
    departments = load_departments(path)
    return load_topics(departments=departments, departments_path=path), departments


@lru_cache(maxsize=1)
def default_themes() -> dict[str, tuple[str, ...]]:
    """The watched themes from data/ (or the edited copy in $DIEMNONG_HOME), name → phrases, loaded once."""
    return {t.name: t.phrases for t in load_themes()}
