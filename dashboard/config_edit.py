"""Saving the Cấu hình page's edits: validated YAML written to $DIEMNONG_HOME, never to data/.

The reviewed files in data/ stay as shipped; an edited copy in $DIEMNONG_HOME (topics.yaml, themes.yaml,
departments.yaml, sources.yaml) replaces its data/ file for every command run with that home
(diemnong.config.data_file), and alert thresholds go to $DIEMNONG_HOME/settings.yaml next to any
other local setting. Each candidate file is checked by the same loader the service uses before it
replaces the previous one, which is kept in $DIEMNONG_HOME/config-history/.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

import yaml

from diemnong.domain import TZ
from diemnong.text import nfc, redact_secrets
from diemnong.config import (
    SITEMAP_FIELDS,
    ConfigError,
    Department,
    current_departments as config_departments,
    Source,
    Theme,
    Topic,
    data_file,
    expected,
    default_catalog,
    load_departments,
    load_settings,
    load_sources,
    load_themes,
    load_topics,
    not_a_time,
)

HEADER = "# Sửa trên trang Cấu hình của bảng điều khiển Điểm Nóng; thay cho data/{name} khi chạy với thư mục này.\n"
THRESHOLDS = {
    "detector.min_articles": (int, 1, 1000),
    "detector.min_outlets": (int, 1, 100),
    "detector.hot_score": (float, 0.5, 1000.0),
    "detector.escalation_factor": (float, 1.1, 100.0),
    "detector.local_weight": (float, 1.0, 20.0),
    "detector.negative_weight": (float, 1.0, 20.0),
    "detector.surge_score": (float, 1.0, 50.0),
    "detector.theme_surge_score": (float, 1.0, 50.0),
    "detector.pair_surge_score": (float, 0.0, 50.0),
    "detector.negative_surge_score": (float, 0.0, 50.0),
    "detector.signal_share": (float, 0.0, 0.99),
    "detector.window_hours": (int, 6, 24 * 30),
    "detector.story_similarity": (float, 0.05, 0.95),
    "detector.fading_hours": (int, 1, 24 * 30),
    "detector.education_min": (float, 0.0, 1.0),
    "alerts.urgent_score": (float, 0.5, 1000.0),
    "alerts.quiet_hours": (str, None, None),
    "alerts.digest_time": (str, None, None),
}
HHMM = r"([01]\d|2[0-3]):[0-5]\d"
# What each threshold does (the «?» beside it) is its setting's own help in data/settings.yaml, the one `diemnong
# settings` prints and the README's table repeats: Settings.specs[name].help.
THRESHOLD_LABELS = {
    "detector.min_articles": "Số bài tối thiểu của một vấn đề nóng", "detector.min_outlets": "Số báo tối thiểu",
    "detector.hot_score": "Điểm nóng để cảnh báo", "detector.escalation_factor": "Cảnh báo lại khi số bài gấp",
    "detector.local_weight": "Hệ số tin Hậu Giang", "detector.negative_weight": "Hệ số tin tiêu cực",
    "detector.surge_score": "Ngưỡng tăng đột biến của chủ đề (độ bất thường)",
    "detector.theme_surge_score": "Ngưỡng tăng đột biến của cụm từ theo dõi (độ bất thường)", "detector.window_hours": "Cửa sổ gom bài (giờ)",
    "detector.pair_surge_score": "Ngưỡng tăng đột biến của cặp chủ đề (độ bất thường; 0 = tắt)",
    "detector.negative_surge_score": "Ngưỡng tăng đột biến tin tiêu cực của chủ đề (độ bất thường; 0 = tắt)",
    "detector.signal_share": "Tín hiệu sớm từ tỷ lệ này của ngưỡng (0 = tắt)",
    "detector.story_similarity": "Độ giống tối thiểu để gom bài", "detector.fading_hours": "Giờ không có bài mới thì coi là lắng xuống",
    "detector.education_min": "Xác suất «là tin giáo dục» tối thiểu của câu chuyện ngoài chủ đề trọng tâm (0 = mọi câu chuyện)",
    "alerts.urgent_score": "Điểm khẩn (gửi cả giờ nghỉ)", "alerts.quiet_hours": "Giờ nghỉ (HH:MM-HH:MM)",
    "alerts.digest_time": "Giờ gửi bản tin tổng hợp (HH:MM)",
}


def _write_checked(home: Path, name: str, text: str, check: Callable[[Path], Any]) -> Path:
    """Write text to home/name only if check(candidate) passes, in Unicode NFC (a browser may send what was typed with
    letters decomposed); keep the previous file in config-history/."""
    home.mkdir(parents=True, exist_ok=True)
    target = home / name
    fd, tmp = tempfile.mkstemp(dir=home, prefix=f".{name}.", suffix=".new")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(nfc(text))
        try:
            check(Path(tmp))
        except ConfigError as exc:
            raise ConfigError(str(exc).replace(tmp, name)) from None
        if target.exists():
            history = home / "config-history"
            history.mkdir(exist_ok=True)
            shutil.copy2(target, history / f"{datetime.now(TZ):%Y%m%d-%H%M%S-%f}-{name}")  # Vietnamese time, as the office reads it
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
    default_catalog.cache_clear()
    return target


def _dump(name: str, body: dict[str, Any]) -> str:
    return HEADER.format(name=name) + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=120)


def current_departments(home: Path) -> dict[str, Department]:
    """Departments as the service with this home reads them."""
    return config_departments(home)


def current_topics(home: Path) -> dict[int, Topic]:
    local = home / "topics.yaml"
    return load_topics(local if local.is_file() else data_file("topics.yaml"), departments=current_departments(home))


def current_sources(home: Path) -> list[Source]:
    local = home / "sources.yaml"
    return load_sources(local if local.is_file() else data_file("sources.yaml"))


def save_topics(home: Path, topics: list[Topic]) -> Path:
    """Validate and save all 16 topics (names, lead departments, seed phrases)."""
    departments = current_departments(home)
    body = {"topics": [{"id": t.id, "name": t.name, "description": t.description, "department": t.department,
                        "seeds": [s.strip() for s in t.seeds if s.strip()]} for t in sorted(topics, key=lambda t: t.id)]}
    return _write_checked(home, "topics.yaml", _dump("topics.yaml", body), lambda p: load_topics(p, departments=departments))


def current_themes(home: Path) -> list[Theme]:
    local = home / "themes.yaml"
    return load_themes(local if local.is_file() else data_file("themes.yaml"))


def save_themes(home: Path, themes: list[Theme]) -> Path:
    """Validate and save the watched groups of phrases (names unique, each with at least one phrase)."""
    body = {"themes": [{"name": t.name.strip(), "phrases": [p.strip() for p in t.phrases if p.strip()]} for t in themes]}
    return _write_checked(home, "themes.yaml", _dump("themes.yaml", body), load_themes)


def save_departments(home: Path, departments: list[Department]) -> Path:
    """Validate and save the departments and their alert recipients (topics must still find theirs)."""
    body = {"departments": [{"id": d.id, "name": d.name, "emails": list(d.emails), "webhooks": list(d.webhooks),
                             **({"always_copied": True} if d.always_copied else {})} for d in departments]}
    return _write_checked(home, "departments.yaml", _dump("departments.yaml", body), _departments_check(home))


def _departments_check(home: Path) -> Callable[[Path], Any]:
    """A candidate departments.yaml loads, and the topics still find their lead departments in it."""
    topics_file = home / "topics.yaml" if (home / "topics.yaml").is_file() else data_file("topics.yaml")
    return lambda path: load_topics(topics_file, departments=load_departments(path))


MENDABLE = ("topics.yaml", "departments.yaml", "themes.yaml", "sources.yaml")


def save_text(home: Path, name: str, text: str) -> Path:
    """A configuration file of the home as typed whole on the page (one edited by hand that no longer loads), checked
    as the forms' saves are."""
    checks: dict[str, Callable[[Path], Any]] = {
        "topics.yaml": lambda path: load_topics(path, departments=current_departments(home)),
        "departments.yaml": _departments_check(home), "themes.yaml": load_themes, "sources.yaml": _sources_check}
    return _write_checked(home, name, text, checks[name])


def save_sources(home: Path, sources: list[Source]) -> Path:
    """Validate and save the list of sources polled. A sitemap source's own settings (SITEMAP_FIELDS) are saved for a
    sitemap source only: the table shows them on every row, and a feed's row given one, or a sitemap row switched to
    another kind, is saved without them rather than refused (the loader still refuses them in a file written by hand)."""
    body = {"sources": [{"name": s.name, "kind": s.kind, "url": s.url, "section": s.section,
                         "interval_minutes": s.interval_minutes, "enabled": s.enabled,
                         **({"selectors": dict(s.selectors)} if s.selectors else {}),
                         **({"max_pages": s.max_pages} if s.max_pages != 3 else {}),
                         **{name: getattr(s, name) for name, (default, _, _) in SITEMAP_FIELDS.items()
                            if s.kind == "sitemap" and getattr(s, name) != default}} for s in sources]}
    return _write_checked(home, "sources.yaml", _dump("sources.yaml", body), _sources_check)


def sitemap_settings_dropped(sources: list[Source]) -> list[int]:
    """The rows (from 1) of the sources that are no sitemap and were given a sitemap's own setting (SITEMAP_FIELDS)
    other than its default: save_sources leaves it out."""
    return [n for n, s in enumerate(sources, start=1)
            if s.kind != "sitemap" and any(getattr(s, name) != default for name, (default, _, _) in SITEMAP_FIELDS.items())]


def _sources_check(path: Path) -> list[Source]:
    """A candidate sources.yaml loads, each address one the crawler can fetch."""
    return load_sources(path, saving=True)


def check_threshold(name: str, value: Any) -> Any:
    """A threshold value in its type and range, or ConfigError."""
    kind, low, high = THRESHOLDS[name]
    if kind is str:
        if name.endswith("quiet_hours") and isinstance(value, str) and not value.strip():
            return ""  # no quiet hours (alerting.routing.parse_hours)
        pattern = HHMM + "-" + HHMM if name.endswith("quiet_hours") else HHMM
        if not isinstance(value, str) or not re.fullmatch(pattern, value.strip()):
            raise not_a_time(name, value, span=name.endswith("quiet_hours"))
        return value.strip()
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{name}: {expected(kind, value)}") from None
    if not low <= number <= high:
        raise ConfigError(f"{name}: phải từ {low} đến {high} (đã nhập {number})")
    return number


SETTINGS_HEADER = "# Cài đặt cục bộ (ghi đè data/settings.yaml); ngưỡng cảnh báo sửa trên trang Cấu hình.\n"


def _set_line(text: str, section: str, key: str, value: Any) -> str:
    """The YAML text with section.key set to value on its own line, every other line (comments too) as it was."""
    scalar = yaml.safe_dump(value, allow_unicode=True).splitlines()[0]
    lines = text.splitlines(keepends=True)
    head = next((i for i, line in enumerate(lines) if re.fullmatch(rf"{re.escape(section)}:\s*(#.*)?", line.rstrip("\n"))), None)
    if head is None:
        return text + ("" if text.endswith("\n") or not text else "\n") + f"{section}:\n  {key}: {scalar}\n"
    end = head + 1
    while end < len(lines) and (lines[end][:1] in (" ", "\t") or not lines[end].strip()):
        end += 1
    for i in range(head + 1, end):
        found = re.fullmatch(rf"(\s+){re.escape(key)}:[^#\n]*?(\s+#.*)?(\n?)", lines[i])
        if found:
            lines[i] = f"{found[1]}{key}: {scalar}{found[2] or ''}{found[3]}"
            return "".join(lines)
    block = [i for i in range(head + 1, end) if lines[i].strip()]
    indent = re.match(r"\s+", lines[block[0]])[0] if block else "  "
    at = block[-1] + 1 if block else head + 1  # after the section's last line
    lines[at - 1] += "" if lines[at - 1].endswith("\n") else "\n"
    lines.insert(at, f"{indent}{key}: {scalar}\n")
    return "".join(lines)


def _settings_text(before: str, raw: dict[str, Any], names: list[str]) -> str:
    """settings.yaml with the named thresholds of raw set, its comments, order and other settings kept line by line; the
    whole file written anew when its layout is not one a line can be changed in (what it reads must be raw)."""
    text = before or SETTINGS_HEADER
    for name in names:
        section, key = name.split(".", 1)
        text = _set_line(text, section, key, raw[section][key])
    try:
        if yaml.safe_load(text) == raw:
            return text
    except yaml.YAMLError:
        pass
    return SETTINGS_HEADER + yaml.safe_dump(raw, allow_unicode=True, sort_keys=False)


def save_thresholds(home: Path, values: dict[str, Any]) -> Path:
    """Merge alert thresholds into $DIEMNONG_HOME/settings.yaml, keeping every other local setting and the file's
    comments."""
    path = home / "settings.yaml"
    before = path.read_text(encoding="utf-8") if path.is_file() else ""
    raw = yaml.safe_load(before) if before else {}
    raw = raw if isinstance(raw, dict) else {}
    for name, value in values.items():
        if name not in THRESHOLDS:
            raise ConfigError(f"{name}: không phải ngưỡng sửa được trên trang này")
        section, key = name.split(".", 1)
        if not isinstance(raw.get(section), dict):  # `detector:` with every line under it commented out reads as None
            raw[section] = {}
        raw[section][key] = check_threshold(name, value)

    def check(candidate: Path) -> None:  # read as this home's own (a general.home naming this home is no move)
        load_settings(env={"DIEMNONG_HOME": str(home)}, local=candidate)

    return _write_checked(home, "settings.yaml", _settings_text(before, raw, list(values)), check)


# The loaders and the account functions say what is wrong in Vietnamese, after the file, line and key as the file writes
# them (FILE:LINE: sources.4.url: …); the Cấu hình page names the row and the field as its forms label them instead.
FIELD_NAMES = {
    "name": "Tên", "description": "Mô tả", "department": "Đơn vị đầu mối", "seeds": "Cụm từ gốc",
    "phrases": "Cụm từ của nhóm", "emails": "Email nhận cảnh báo", "webhooks": "Webhook", "url": "Địa chỉ",
    "kind": "Loại", "section": "Chuyên mục", "interval_minutes": "Chu kỳ (phút)", "max_pages": "Số trang",
    "window_days": "Số ngày (sitemap)", "max_entries": "Số bài mỗi lần (sitemap)",
    "selectors": "Bộ chọn CSS (JSON)", "id": "Mã",
}
ITEMS = {"sources": "nguồn dòng {n}"}  # the one table; the other forms edit one item at a time
LOCATED = re.compile(r"^(?:.*/)?[^/:\s]+\.yaml:(\d+): (?:([\w.()-]+): )?(.*)$", re.S)


def as_the_form_says(message: str) -> str:
    """A loader's or the accounts' error with the row and field the form shows in place of the file's key ('nguồn dòng
    3 — Địa chỉ: trùng địa chỉ…', '«Giờ nghỉ (HH:MM-HH:MM)»: cần giờ dạng…'); a problem of the whole file keeps its
    line ('dòng 4: sai cú pháp YAML (…)'); any other message is returned as it is."""
    found = LOCATED.match(message)
    if found and found[2] is None:
        return f"dòng {found[1]}: {found[3]}"
    if not found:
        for name in THRESHOLDS:
            message = message.replace(name + ":", f"«{THRESHOLD_LABELS.get(name, name)}»:")
        return message
    path, parts = found[2].split("."), []
    if path[0] in ITEMS and len(path) > 1 and path[1].isdigit():
        parts.append(ITEMS[path[0]].format(n=int(path[1]) + 1))
    field = f"«{THRESHOLD_LABELS[found[2]]}»" if found[2] in THRESHOLD_LABELS else \
        next((FIELD_NAMES[p] for p in reversed(path) if p in FIELD_NAMES), "")
    where = " — ".join(parts + [field] if field else parts)
    return f"{where}: {found[3]}" if where else found[3]


def unreadable(files: str, exc: ConfigError) -> str:
    """What to say of a saved configuration file that no longer loads (edited by hand on the server)."""
    return (f"Không đọc được {files} — {as_the_form_says(str(exc))}. Sửa tệp trên máy chủ hoặc chép lại một bản trước từ "
            "thư mục `config-history/`.")


CATALOG_FILES = {"topics.yaml": "chủ đề", "departments.yaml": "đơn vị đầu mối"}


def broken_file(exc: ConfigError) -> tuple[str, str]:
    """Of a loader's error, the file it names ('' if none) and what is wrong, in Vietnamese with its line
    ('dòng 12 — Cụm từ gốc: không được để trống')."""
    found = re.match(r"^(.*?\.yaml):(\d+): (.*)$", str(exc), re.S)
    if not found:
        return "", as_the_form_says(str(exc))
    said = as_the_form_says(f"{Path(found[1]).name}:{found[2]}: {found[3]}")
    return found[1], said if said.startswith("dòng ") else f"dòng {found[2]} — {said}"


def catalog_warning(exc: ConfigError, admin: bool) -> str:
    """What every page says while the home's topics.yaml or departments.yaml does not load (the pages show data/'s)."""
    path, problem = broken_file(exc)
    problem = problem if admin else redact_secrets(problem)  # a webhook's address quoted: its token is for Cấu hình
    what = CATALOG_FILES.get(Path(path).name, "cấu hình")
    fix = ("Sửa trên trang **Cấu hình → Chủ đề** (nội dung tệp) hoặc trên máy chủ; bản trước ở thư mục `config-history/`."
           if admin else "Nhờ quản trị sửa trên trang Cấu hình.")
    return (f"⚠️ Tệp {what} `{path}` có lỗi, {problem}. Các trang đang hiện chủ đề và đơn vị đầu mối của bản gốc "
            f"`data/`, không phải của tệp này; chưa báo đầu mối hay tạo báo cáo được, và dịch vụ (`diemnong run`) không "
            f"khởi động được cho tới khi tệp được sửa. {fix}")
