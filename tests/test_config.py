"""The reviewed data files load, and mistakes in them are reported with file, line and field."""
from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from diemnong.config import ConfigError, load_departments, load_settings, load_sources, load_themes, load_topics


def test_sixteen_topics_with_existing_lead_departments() -> None:
    departments = load_departments()
    topics = load_topics(departments=departments)
    assert sorted(topics) == list(range(1, 17))
    assert topics[8].department == "ke-hoach-tai-chinh" and "lạm thu" in topics[8].seeds
    assert topics[13].department == "thanh-tra"
    assert {t.department for t in topics.values()} <= set(departments)
    assert len(departments) == 9 and departments["van-phong"].always_copied


def test_sources_put_gdtd_first_and_are_valid() -> None:
    sources = load_sources()
    assert sources[0].name == "Giáo dục và Thời đại" and sources[0].kind == "rss"
    assert any(s.kind == "html" for s in sources)
    assert all(s.url.startswith("https://") for s in sources)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("sources:\n  - {name: A, kind: rss, section: B}\n", ":2: sources.0: thiếu trường bắt buộc «url»", id="missing-url"),
        pytest.param("sources:\n  - name: A\n    kind: atom\n    url: https://a.vn/rss\n    section: B\n", ":3: sources.0.kind: chọn «rss» (nguồn có RSS), «html» (trang web, cần bộ chọn CSS) hoặc «sitemap»", id="bad-kind"),
        pytest.param("sources:\n  - name: A\n    kind: rss\n    url: ftp://a.vn\n    section: B\n", ":4: sources.0.url: không phải địa chỉ bắt đầu bằng http:// hoặc https://", id="bad-url"),
        pytest.param("sources:\n  - name: A\n    kind: rss\n    url: https://a.vn/r\n    section: B\n    interval_minutes: soon\n", ":6: sources.0.interval_minutes: cần một số nguyên (đã nhập 'soon')", id="bad-type"),
        pytest.param("sources:\n  - name: A\n    kind: rss\n    url: https://a.vn/r\n    section: B\n    colour: red\n", ":6: sources.0.colour: không có trường này (các trường dùng được: enabled, interval_minutes", id="unknown-field"),
        pytest.param("sources: [\n  {name: A,\n", ":3: sai cú pháp YAML (expected the node content", id="syntax"),
    ],
)
def test_source_errors_name_file_line_and_field(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, "sources.yaml", text)
    with pytest.raises(ConfigError) as info:
        load_sources(path)
    assert str(path) in str(info.value) and expected in str(info.value)


def test_topic_with_unknown_department_is_refused(tmp_path: Path) -> None:
    text = Path("data/topics.yaml").read_text(encoding="utf-8").replace("department: thanh-tra", "department: phong-ma", 1)
    path = write(tmp_path, "topics.yaml", text)
    with pytest.raises(ConfigError, match=r"topics\.12\.department: không có đơn vị nào mã «phong-ma»"):
        load_topics(path)


def test_watched_themes_load_and_mistakes_are_refused(tmp_path: Path) -> None:
    themes = {t.name: t.phrases for t in load_themes()}
    assert len(themes) >= 10 and "gian lận" in themes["gian lận thi cử"] and "bắt nạt" in themes["bạo lực, xâm hại học sinh"]
    assert all(p == p.strip() and p for phrases in themes.values() for p in phrases)
    assert load_themes(write(tmp_path, "none.yaml", "themes: []\n")) == [], "an office may watch no group"
    for text, expected in [("themes:\n  - name: A\n    phrases: []\n", r":3: themes\.0\.phrases: không được để trống"),
                           ("themes:\n  - {name: A, phrases: [x]}\n  - {name: a, phrases: [y]}\n", r"themes\.1\.name: đã có nhóm tên «a»"),
                           ("themes:\n  - {name: A, phrases: [x, '  ']}\n", r"themes\.0\.phrases: mỗi cụm từ phải là một chuỗi ký tự, không để trống"),
                           ("themes:\n  - {name: A, words: [x]}\n", r"themes\.0\.words: không có trường này \(các trường dùng được: name, phrases\)")]:
        with pytest.raises(ConfigError, match=expected):
            load_themes(write(tmp_path, "themes.yaml", text))


def test_department_email_checked(tmp_path: Path) -> None:
    path = write(tmp_path, "departments.yaml", "departments:\n  - id: a\n    name: A\n    emails: [not-an-address]\n")
    with pytest.raises(ConfigError, match=r":4: departments\.0\.emails: không phải địa chỉ email: 'not-an-address'"):
        load_departments(path)


def test_settings_layers_defaults_file_and_environment(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.yaml").write_text("detector:\n  hot_score: 9\ncrawler:\n  concurrency: 3\n", encoding="utf-8")
    s = load_settings(env={"DIEMNONG_HOME": str(home), "DIEMNONG_HOST_DELAY": "2.5"})
    assert s["detector.hot_score"] == 9.0 and s["crawler.concurrency"] == 3
    assert s["crawler.host_delay_seconds"] == 2.5 and s["store.backend"] == "sqlite"
    assert s.home == home.resolve()


def test_a_text_setting_left_blank_is_empty_not_the_text_none(tmp_path: Path) -> None:
    # «smtp_ca_file:» with nothing after it was read as the file «None»: every mail failed «No such file or directory».
    # A number or a yes/no left blank stays refused, «(để trống)».
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.yaml").write_text("alerts:\n  smtp_ca_file:\n  smtp_user:\n", encoding="utf-8")
    s = load_settings(env={"DIEMNONG_HOME": str(home)})
    assert (s["alerts.smtp_ca_file"], s["alerts.smtp_user"]) == ("", "")
    (home / "settings.yaml").write_text("alerts:\n  smtp_port:\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"settings.yaml:2: alerts.smtp_port: cần một số nguyên \(để trống\)"):
        load_settings(env={"DIEMNONG_HOME": str(home)})


def test_settings_reject_unknown_keys_and_bad_values(tmp_path: Path) -> None:
    home = tmp_path / "h"
    home.mkdir()
    (home / "settings.yaml").write_text("detector:\n  hot_scor: 9\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"settings.yaml:2: detector.hot_scor: không có cài đặt này"):
        load_settings(env={"DIEMNONG_HOME": str(home)})
    with pytest.raises(ConfigError, match="^biến môi trường DIEMNONG_ALLOW_PRIVATE_ADDRESSES: crawler.allow_private_addresses: "
                                          "cần true hoặc false \\(đã nhập 'perhaps'\\)$"):
        load_settings(env={"DIEMNONG_HOME": str(tmp_path), "DIEMNONG_ALLOW_PRIVATE_ADDRESSES": "perhaps"})
    settings = load_settings(env={"DIEMNONG_HOME": str(tmp_path)})
    with pytest.raises(KeyError, match="không có cài đặt «detector.hot_scor»"):
        settings["detector.hot_scor"]
    with pytest.raises(KeyError, match="không có cài đặt «detector.hot_scor»"):
        settings.override(detector__hot_scor=9)
    with pytest.raises(ConfigError, match=r"^giá trị ghi đè: detector.hot_score: cần một số \(đã nhập 'cao'\)$"):
        settings.override(detector__hot_score="cao")


@pytest.mark.parametrize("name, written, said", [
    pytest.param("education_min", "1.5", "1.5", id="education-above-1"),
    pytest.param("education_min", "-0.1", "-0.1", id="education-below-0"),
    pytest.param("education_min", ".nan", "nan", id="education-nan"),
    pytest.param("education_min", "nan", "nan", id="education-nan-text"),
    pytest.param("fading_share", "1.2", "1.2", id="fading-above-1"),
    pytest.param("revival_share", ".nan", "nan", id="revival-nan"),
])
def test_a_probability_or_share_out_of_0_to_1_is_refused_in_vietnamese(tmp_path: Path, name: str, written: str,
                                                                          said: str) -> None:
    """detector.education_min at 1.5 raised no story without a focus topic, at NaN none either (every comparison with
    NaN is false), both without a word; the settings file's line now says what it must be."""
    (tmp_path / "settings.yaml").write_text(f"detector:\n  {name}: {written}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_settings(env={"DIEMNONG_HOME": str(tmp_path)})
    assert str(refused.value) == f"{tmp_path / 'settings.yaml'}:2: detector.{name}: phải từ 0 đến 1 (đã nhập {said})"


def test_a_probability_at_0_or_1_is_read() -> None:
    for value in (0, 1, 0.0, 1.0):
        assert load_settings(env={}).override(detector__education_min=value)["detector.education_min"] == value


def test_the_ends_0_and_1_of_a_share_are_accepted_in_the_settings_file(tmp_path: Path) -> None:
    (tmp_path / "settings.yaml").write_text("detector:\n  education_min: 0\n  fading_share: 1\n", encoding="utf-8")
    s = load_settings(env={"DIEMNONG_HOME": str(tmp_path)})
    assert s["detector.education_min"] == 0.0 and s["detector.fading_share"] == 1.0


def test_education_min_s_help_says_the_office_s_phrases_count_from_any_article() -> None:
    """Since 59bea5a only title pairs need an article about education; the help said every title word did."""
    said = load_settings(env={}).specs["detector.education_min"].help
    assert "cặp từ trong tiêu đề" in said and "vẫn được đếm từ mọi bài" in said and "Từ 0 đến 1" in said


def test_a_home_set_in_the_homes_own_settings_is_refused_not_ignored(tmp_path: Path) -> None:
    """general.home in $DIEMNONG_HOME/settings.yaml was dropped without a word: the service went on in the old home while
    `diemnong settings` printed that one, and the operator believed the state had moved."""
    home = tmp_path / "var"
    home.mkdir()
    (home / "settings.yaml").write_text(f"general:\n  home: {tmp_path / 'srv'}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"settings.yaml:2: general.home: không thể dời thư mục dữ liệu bằng chính settings.yaml của nó"):
        load_settings(env={"DIEMNONG_HOME": str(home)})
    (home / "settings.yaml").write_text(f"general:\n  home: {home}\n", encoding="utf-8")
    assert load_settings(env={"DIEMNONG_HOME": str(home)}).home == home.resolve(), "naming the home it is in is harmless"


def test_every_setting_is_documented_in_readme() -> None:
    s = load_settings(env={})
    readme = Path("README.md").read_text(encoding="utf-8")
    assert all(spec.help.strip() for spec in s.specs.values())
    missing = [name for name in s.specs if f"`{name}`" not in readme]
    assert not missing, f"settings missing from README: {missing}"


SETTINGS_TO_PRINT = """\
alerts:
  smtp_ssl: true
  smtp_starttls: false
  digest_time: "23:30"
report:
  signer_name: "yes"
  place: "Vị Thanh: Hậu Giang"
  recipients: ["Văn phòng, Sở", "Lưu: hồ sơ #2", "", "UBND tỉnh Hậu Giang\\n(để báo cáo)", {"Sở Tài chính": "a\\nb"}]
  signer_title: "KT. GIÁM ĐỐC\\x85PHÓ GIÁM ĐỐC"
general:
  unit_name: "Sở GD&ĐT #1"
crawler:
  page_retry_hours: [2, 6]
  allowed_networks: [1, "a\\nb"]
backup:
  folder: 'D:\\Sao lưu\\diemnong'
detector:
  hot_score: 6.5
"""


def test_the_settings_command_prints_each_value_as_settings_yaml_holds_it(tmp_path: Path) -> None:
    """`diemnong settings` printed Python's repr() (`alerts.smtp_ssl = False`, `'D:\\\\Sao lưu'` for a folder that a
    settings.yaml holds as 'D:\\Sao lưu'): each value is now YAML on one line, so pasted into settings.yaml it gives the
    same setting back; secrets stay ***. A list with a line break in an item was printed over several lines (block
    style, its ints as «!!int "1"»), and a lone U+0085 raw inside '…', which reads back as a space."""
    import yaml

    from tests.faults import child_env, diemnong

    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.yaml").write_text(SETTINGS_TO_PRINT, encoding="utf-8")
    env = child_env(home, DIEMNONG_SMTP_PASSWORD="bi-mat")
    settings = load_settings(env=env)
    shown = diemnong(["settings"], home, env=env)
    assert shown.returncode == 0, shown.stderr
    pasted: dict[str, list[str]] = {}
    for line, (name, value) in zip(shown.stdout.splitlines(), settings.items(), strict=True):
        printed = line.removeprefix(f"{name} = ").removesuffix(f"    # {settings.specs[name].help}")
        if name == "alerts.smtp_password":
            assert printed == "***"
            continue
        assert "\n" not in printed and yaml.safe_load(printed) == value, (name, printed)
        if name != "general.home":  # a home is not named in its own settings.yaml
            section, key = name.split(".")
            pasted.setdefault(section, []).append(f"  {key}: {printed}")
    assert "alerts.smtp_ssl = true    #" in shown.stdout and "crawler.page_retry_hours = [2, 6]    #" in shown.stdout
    assert 'crawler.allowed_networks = [1, "a\\nb"]    #' in shown.stdout, "a list with a line break: one line, 1 untagged"
    (home / "settings.yaml").write_text("".join(f"{section}:\n" + "\n".join(keys) + "\n" for section, keys in pasted.items()),
                                        encoding="utf-8")
    again = load_settings(env={"DIEMNONG_HOME": str(home)})
    assert [v for n, v in again.items() if n not in ("general.home", "alerts.smtp_password")] == \
        [v for n, v in settings.items() if n not in ("general.home", "alerts.smtp_password")]


def test_the_readme_settings_table_is_the_defaults_file_row_for_row() -> None:
    """The README's table names no setting the code does not know, and gives each the default, the environment variable
    and the help that `diemnong settings` prints (report.auto_day's late sending was in the README only). The default
    is written as `diemnong settings` writes it (`true`, `var`), not Python's repr (`True`, `'var'`)."""
    import re

    from diemnong.config import yaml_line

    specs = load_settings(env={}).specs
    rows = re.findall(r"^\| `([a-z_]+\.[a-z_]+)` \| (.*?) \| (.*?) \| (.*) \|$", Path("README.md").read_text(encoding="utf-8"), re.M)
    assert sorted(name for name, *_ in rows) == sorted(specs), "one row per setting, none unknown"
    for name, default, env, help_ in rows:
        spec = specs[name]
        assert (default, env) == (f"`{yaml_line(spec.default)}`", f"`{spec.env}`" if spec.env else ""), name
        assert help_.strip() == " ".join(spec.help.split()), name
    sections = {name.split(".")[0] for name in specs}  # `settings.yaml`, `path.repo` (Elasticsearch's) are no settings
    prose = {n for n in re.findall(r"`([a-z]+\.[a-z_]+)`", Path("README.md").read_text(encoding="utf-8")) if n.split(".")[0] in sections}
    assert prose <= set(specs), f"the README names settings that do not exist: {sorted(prose - set(specs))}"


def test_every_settings_help_is_vietnamese_as_the_administrator_reads_it() -> None:
    """`diemnong settings` prints each value beside its help, and the help was English while every other line the
    office's administrator reads is Vietnamese. Code, names and quoted examples aside, each help is written in
    Vietnamese: it has Vietnamese letters and none of English's little words."""
    import re
    import unicodedata

    english = re.compile(r"\b(the|of|is|are|and|or|for|with|when|which|from|by|at|its|not|be|this|that|than|each)\b", re.I)
    marks = re.compile("[đ\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]")  # đ, tones, ă â ê ô, ơ ư (decomposed)
    for name, spec in load_settings(env={}).specs.items():
        prose = re.sub(r"`[^`]*`|\"[^\"]*\"|«[^»]*»", " ", spec.help)
        assert marks.search(unicodedata.normalize("NFD", prose.lower())), f"{name}: {spec.help}"
        assert not english.search(prose), f"{name}: {english.search(prose)[0]!r} in {spec.help}"


@pytest.mark.parametrize("url", ["https://baohaugiang.com.vn/rss/giao duc.rss", "https://baohaugiang.com.vn:80a/rss"])
def test_a_sources_file_saved_with_an_address_now_refused_still_starts_the_service(tmp_path: Path, monkeypatch, url: str) -> None:
    """Older versions' Cấu hình saved a feed address with a space or a mistyped port. The stricter check of such an
    address (5e1f027) was made in load_sources, so after the upgrade the whole file was refused: `diemnong run` (the first
    read of LiveSources fails the start) polled none of the other sources. The file loads as saved; a save refuses it."""
    from diemnong.pipeline import LiveSources

    good = "https://vnexpress.net/rss/giao-duc.rss"
    path = write(tmp_path, "sources.yaml", "sources:\n"
                 f"  - {{name: Báo Hậu Giang, kind: rss, url: '{url}', section: Giáo dục}}\n"
                 f"  - {{name: VnExpress, kind: rss, url: '{good}', section: Giáo dục}}\n")
    monkeypatch.setenv("DIEMNONG_HOME", str(tmp_path))
    assert [s.url for s in LiveSources()()] == [url, good]
    with pytest.raises(ConfigError, match="sources.0.url: địa chỉ không dùng được: có dấu cách"):
        load_sources(path, saving=True)


def test_an_unquoted_time_of_day_in_the_local_settings_is_that_time(tmp_path: Path) -> None:
    """YAML 1.1 reads an unquoted 23:30 as the base-60 number 1410 (02:30 stays a string only for its leading zero), which
    was then taken as the text '1410', i.e. 14:10: the nightly backup ran at 14:10 and the digest went at 10:50, silently."""
    from alerting.routing import AlertPolicy
    from diemnong.backup import Nightly

    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.yaml").write_text("backup:\n  time: 23:30\nalerts:\n  digest_time: 17:30\n", encoding="utf-8")
    s = load_settings(env={"DIEMNONG_HOME": str(home)})
    assert (s["backup.time"], s["alerts.digest_time"]) == ("23:30", "17:30")
    assert Nightly(s).at == time(23, 30) and AlertPolicy.from_settings(s).digest_time == time(17, 30)


def test_a_store_path_written_with_a_tilde_is_in_the_users_home(tmp_path: Path, monkeypatch) -> None:
    """store.sqlite_path: ~/diemnong/store.sqlite3 made a folder named «~» in the working directory and a new, empty store
    there (general.home and backup.folder expand «~»; the store's path did not)."""
    from store import sqlite_path

    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    home = tmp_path / "var"
    home.mkdir()
    (home / "settings.yaml").write_text("store:\n  sqlite_path: ~/diemnong/store.sqlite3\n", encoding="utf-8")
    assert sqlite_path(load_settings(env={"DIEMNONG_HOME": str(home)})) == tmp_path / "user" / "diemnong" / "store.sqlite3"


def test_a_file_saved_in_a_windows_code_page_is_refused_with_its_line_not_a_traceback(tmp_path: Path) -> None:
    """A settings.yaml or departments.yaml edited in an editor that saves in its own code page (Notepad's «ANSI») ended
    every command in a UnicodeDecodeError traceback, `diemnong settings` included, naming neither the file nor the line."""
    from tests.faults import diemnong

    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.yaml").write_bytes(b'report:\n  signer_name: "Tr\xe0n V\xe3n B\xecnh"\n')  # Latin-1 bytes
    with pytest.raises(ConfigError, match=r"settings.yaml:2: tệp không lưu bằng bảng mã UTF-8 \(byte 0xe0;"):
        load_settings(env={"DIEMNONG_HOME": str(home)})
    shown = diemnong(["settings"], home)
    assert shown.returncode == 2 and shown.stderr.splitlines() == [
        f"diemnong settings: {home / 'settings.yaml'}:2: tệp không lưu bằng bảng mã UTF-8 (byte 0xe0; Notepad lưu «ANSI»): "
        "mở tệp, chọn «Lưu dưới dạng» (Save As) với mã hóa UTF-8 rồi lưu lại"]
    departments = write(tmp_path, "departments.yaml", "departments:\n  - id: a\n    name: A\n")
    departments.write_bytes(departments.read_bytes() + "  - id: b\n    name: Phòng B\n".encode("cp1252"))
    with pytest.raises(ConfigError, match=r"departments.yaml:5: tệp không lưu bằng bảng mã UTF-8"):
        load_departments(departments)


@pytest.mark.parametrize("text, line, said", [
    pytest.param("detector:\n  hot_score: cao\n", 2, "detector.hot_score: cần một số (đã nhập 'cao')", id="wrong-type"),
    pytest.param("detector:\n  hot_scor: 9\n", 2, "detector.hot_scor: không có cài đặt này; có phải detector.hot_score? "
                 "(các cài đặt và ý nghĩa: `diemnong settings`)", id="unknown-setting"),
    pytest.param("crawler:\n  concurrency: [3]\n", 2, "crawler.concurrency: cần một số nguyên (đã nhập [3])", id="a-list"),
    pytest.param("- general\n", 1, "(tệp): cần các nhóm cài đặt (general:, crawler:, alerts: …)", id="no-sections"),
])
def test_a_wrong_settings_file_is_said_in_vietnamese_on_the_command_line(tmp_path: Path, text: str, line: int, said: str) -> None:
    """The office's IT staff read these lines: «detector.hot_scor: unknown setting», «expected float, got 'cao'» were
    English."""
    from tests.faults import diemnong

    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.yaml").write_text(text, encoding="utf-8")
    shown = diemnong(["settings"], home)
    assert shown.returncode == 2 and shown.stderr.splitlines() == [f"diemnong settings: {home / 'settings.yaml'}:{line}: {said}"]


def test_a_missing_field_and_a_wrong_kind_in_a_data_file_are_said_in_vietnamese(tmp_path: Path) -> None:
    path = write(tmp_path, "departments.yaml", "departments:\n  - id: a\n  - id: b\n    name: [B]\n")
    with pytest.raises(ConfigError) as missing:
        load_departments(path)
    assert str(missing.value) == f"{path}:2: departments.0: thiếu trường bắt buộc «name»"
    path.write_text("departments:\n  - id: b\n    name: [B]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as wrong:
        load_departments(path)
    assert str(wrong.value) == f"{path}:3: departments.0.name: cần một chuỗi ký tự (đã nhập ['B'])"


@pytest.mark.parametrize("url, opens", [
    ("http://localhost:8501", False), ("http://dashboard.localhost", False), ("http://127.0.0.1:8501", False),
    ("http://0.0.0.0:8501", False), ("http://[::]:8501/", False), ("http://[::1]:8501", False),
    ("https://sgd.example/diemnong/", True), ("http://10.0.0.5:8501", True),
])
def test_a_dashboard_address_only_the_server_can_open_is_said(url: str, opens: bool) -> None:
    """http://0.0.0.0:8501 (Streamlit's «listening on» address, copied into the setting) passed as a public address:
    alerts linked a page no recipient's browser reaches, with no warning."""
    from diemnong.config import dashboard_url_problem

    problem = dashboard_url_problem(url)
    assert (problem == "") == opens and (opens or "chỉ mở được trên chính máy chủ" in problem), problem


def test_an_alias_bomb_is_refused_with_its_path_as_written(tmp_path: Path) -> None:
    folder = tmp_path / "a,b"
    folder.mkdir()
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 7)]
    (folder / "topics.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_topics(folder / "topics.yaml")
    assert str(refused.value) == f"{folder}/topics.yaml:1: tệp bung ra hơn 100.000 giá trị (do anchor và alias?)"


def test_a_file_without_its_list_and_an_outlet_s_bare_domain_say_what_is_wrong(tmp_path: Path) -> None:
    from crawlers.outlets import load_outlets

    (tmp_path / "topics.yaml").write_text("topics:\n  id: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_topics(tmp_path / "topics.yaml")
    assert str(refused.value) == f"{tmp_path}/topics.yaml:1: topics: «topics» phải là một danh sách"
    (tmp_path / "outlets.yaml").write_text("outlets:\n  - name: VnExpress\n    domains: [vnexpress.net, vnexpress]\n",
                                           encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_outlets(tmp_path / "outlets.yaml")
    assert str(refused.value).endswith(":3: outlets.0.domains: cần tên miền có dấu chấm, ví dụ vnexpress.net (đã nhập "
                                       "'vnexpress')")
