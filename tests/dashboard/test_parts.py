"""The dashboard's Streamlit-free parts: accounts, scopes, exports, configuration saving, the CLI."""
from __future__ import annotations

import csv
import io
import os
import stat
import subprocess
import sys
import time
from dataclasses import replace
from datetime import datetime, time as dt_time, timezone

import openpyxl
import pandas as pd
import pytest

from dashboard import config_edit
from dashboard.export import to_csv, to_xlsx
from dashboard.scope import NOTHING, scope_for
from dashboard.users import (
    Accounts,
    add_user,
    check_password,
    ensure_first_admin,
    load_accounts,
    make_user,
    remove_user,
    users_path,
)
from diemnong.config import ConfigError, Source, data_file, default_catalog, load_settings, load_sources
from diemnong.domain import TZ, Article, Classification, HotIssue, Status
from store import Filters
from tests.conftest import ROOT


def test_a_sign_in_cookie_is_valid_only_if_signed_after_its_account_s_password_was_set(tmp_path) -> None:
    from dashboard.auth import _still_valid

    path = users_path(tmp_path)
    add_user(path, make_user("lan", "Nguyễn Thị Lan", "analyst", "mat-khau-dai"))
    acc = load_accounts(path)
    set_at, days = acc.users["lan"].password_set, 7.0  # dashboard.session_days by default
    assert set_at and abs(set_at - time.time()) < 60, "kept with the account, to the second"

    def cookie(signed: float) -> dict:
        return {"username": "lan", "exp_date": signed + days * 86400}

    assert _still_valid(cookie(set_at + 5), acc, days) and _still_valid(cookie(set_at), acc, days)
    assert not _still_valid(cookie(set_at - 5), acc, days), "signed before the password was set (a reset)"
    assert not _still_valid({**cookie(set_at + 5), "username": "ai-do"}, acc, days), "an account that does not exist"
    old = Accounts({"lan": replace(acc.users["lan"], password_set=0)}, acc.cookie_key)  # an account made before this
    assert _still_valid(cookie(0), old, days)


def test_accounts_hash_passwords_and_file_is_private(tmp_path) -> None:
    path = users_path(tmp_path)
    add_user(path, make_user("lan", "Nguyễn Thị Lan", "analyst", "mat-khau-dai"))
    text = path.read_text(encoding="utf-8")
    assert "mat-khau-dai" not in text and "$2b$" in text
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    acc = load_accounts(path)
    assert acc.cookie_key and len(acc.cookie_key) == 64
    assert check_password("mat-khau-dai", acc.users["lan"].password) and not check_password("sai", acc.users["lan"].password)
    with pytest.raises(ConfigError, match="^đã có tài khoản «lan»: thêm --replace để thay tài khoản này$"):
        add_user(path, make_user("lan", "Lan", "admin", "mat-khau-khac"))
    add_user(path, make_user("lan", "Lan", "admin", "mat-khau-khac"), replace=True)
    assert load_accounts(path).users["lan"].is_admin and load_accounts(path).cookie_key == acc.cookie_key
    with pytest.raises(ConfigError, match="«lan» là tài khoản quản trị cuối cùng"):
        remove_user(path, "lan")


@pytest.mark.parametrize("args, message", [
    (("Lan Anh", "Lan", "analyst", "mat-khau-dai"),
     "tên đăng nhập «Lan Anh» không hợp lệ: dùng 2–32 ký tự: chữ thường không dấu, chữ số, «.», «_» hoặc «-»"),
    (("lan", "Lan", "boss", "mat-khau-dai"), "vai trò «boss» không hợp lệ: phải là một trong admin, analyst, department"),
    (("lan", "Lan", "analyst", "ngan"), "mật khẩu cần ít nhất 8 ký tự"),
    (("lan", "Lan", "department", "mat-khau-dai"),
     "tài khoản đơn vị đầu mối cần một đơn vị: thêm --department với một mã trong data/departments.yaml"),
    (("lan", "Lan", "analyst", " mat-khau-dai"), "mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách"),
])
def test_bad_accounts_are_refused_in_vietnamese(args, message) -> None:
    with pytest.raises(ConfigError) as refused:
        make_user(*args)
    assert str(refused.value) == message
    with pytest.raises(ConfigError, match="^không có đơn vị nào mã «khong-co» \\(các mã có: .*ke-hoach-tai-chinh"):
        make_user("lan", "Lan", "department", "mat-khau-dai", "khong-co", departments=default_catalog()[1])


def test_a_broken_accounts_file_names_line_and_field(tmp_path) -> None:
    path = users_path(tmp_path)
    path.write_text("cookie_key: abc\nusers:\n  - username: lan\n    name: Lan\n    role: chief\n    password: $2b$12$x\n")
    with pytest.raises(ConfigError, match=r"users.yaml:5: users.0.role: vai trò phải là một trong admin, analyst, department"):
        load_accounts(path)


def test_first_admin_is_created_once_with_a_random_password(tmp_path) -> None:
    password = ensure_first_admin(tmp_path)
    assert password and (tmp_path / "initial-admin-password").read_text().strip() == password
    user = load_accounts(users_path(tmp_path)).users["admin"]
    assert user.is_admin and check_password(password, user.password)
    assert ensure_first_admin(tmp_path) is None


def test_cli_user_add_list_remove(tmp_path) -> None:
    env = {**os.environ, "DIEMNONG_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "diemnong", "user", *args], input=stdin, capture_output=True,
                              text=True, env=env, cwd=ROOT, timeout=120)

    added = run("add", "khtc", "--name", "Phòng KH-TC", "--role", "department", "--department", "ke-hoach-tai-chinh",
                "--password-stdin", stdin="mat-khau-dai\n")
    assert added.returncode == 0 and added.stdout == f"đã lưu khtc (department) vào {users_path(tmp_path)}\n", added.stderr
    listed = run("list")
    assert "khtc\tdepartment\tke-hoach-tai-chinh\tPhòng KH-TC" in listed.stdout
    bad = run("add", "xy", "--role", "department", "--department", "khong-co", "--password-stdin", stdin="mat-khau-dai\n")
    assert bad.returncode == 2 and "diemnong user: không có đơn vị nào mã «khong-co»" in bad.stderr and bad.stderr.count("\n") == 1
    named = run("add", "Lan.Nguyen", "--role", "analyst", "--password-stdin", stdin="ngan\n")
    assert named.returncode == 2 and named.stderr.startswith("diemnong user: tên đăng nhập «Lan.Nguyen» không hợp lệ: dùng 2–32")
    short = run("add", "lan", "--role", "analyst", "--password-stdin", stdin="ngan\n")
    assert short.returncode == 2 and short.stderr == "diemnong user: mật khẩu cần ít nhất 8 ký tự\n"
    again = run("add", "khtc", "--role", "analyst", "--password-stdin", stdin="mat-khau-dai\n")
    assert again.returncode == 2 and again.stderr == "diemnong user: đã có tài khoản «khtc»: thêm --replace để thay tài khoản này\n"
    asked = run("add", "lan", stdin="")  # no terminal and no --password-stdin: refused, not hung
    assert asked.returncode == 2 and "không có cửa sổ lệnh để hỏi mật khẩu: thêm --password-stdin" in asked.stderr
    removed = run("remove", "khtc")
    assert removed.returncode == 0 and removed.stdout == f"đã xóa khtc khỏi {users_path(tmp_path)}\n"
    assert "khtc" not in run("list").stdout


def test_department_scope_narrows_filters_and_issues() -> None:
    topics, departments = default_catalog()
    finance = scope_for("department", "ke-hoach-tai-chinh", topics, departments)
    assert finance.topics == (8,) and not finance.everything
    assert finance.filters(Filters()).topics == (8,)
    assert finance.filters(Filters(topics=(1,))).topics == (NOTHING,)
    now = datetime(2025, 9, 1, tzinfo=TZ)
    issue = HotIssue("x", "t", (2, 8), ("tieu-hoc",), now, now, 1.0, "")
    assert finance.sees(issue) and not scope_for("department", "mam-non", topics, departments).sees(issue)
    assert scope_for("department", "van-phong", topics, departments).everything  # copied on everything
    assert scope_for("analyst", "", topics, departments).everything


def test_exports_are_real_files_and_never_formulas() -> None:
    a = Article(url="https://example.vn/a.html", title="=HYPERLINK(\"http://x\")", source="VnExpress",
                published=datetime(2025, 9, 5, 8, 30, tzinfo=TZ), summary="Học phí tăng",
                classification=Classification(topics=(8,), sentiment="negative", local=True))
    rows = list(csv.reader(io.StringIO(to_csv([a], {8: "Tài chính – Kế hoạch"}).decode("utf-8-sig"))))
    assert rows[1][:4] == ["2025-09-05 08:30", "08:30", "VnExpress", "'=HYPERLINK(\"http://x\")"]
    assert rows[1][5:8] == ["8. Tài chính – Kế hoạch", "Tiêu cực", "Có"]
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx([a], {8: "Tài chính – Kế hoạch"}))).active
    assert sheet["D2"].value == "=HYPERLINK(\"http://x\")" and sheet["D2"].data_type == "s"
    assert sheet["A1"].font.bold and sheet.max_row == 2


def test_the_csv_s_dates_are_iso_in_vietnam_s_time_and_the_workbook_s_stay_excel_dates() -> None:
    """The CSV wrote «03/11/2025» (3 November), which an Excel set to US English reads month first (11 March), and
    «27/11/2025», which it leaves as text: «2025-11-03 08:15» is a date in every locale. Times are Vietnam's (an article
    stored at 20:30 UTC is the next day there), with no zone suffix; the .xlsx keeps its date and time cells."""
    stored = [datetime(2025, 11, 3, 8, 15, tzinfo=TZ), datetime(2025, 11, 26, 20, 30, tzinfo=timezone.utc),
              datetime(2025, 12, 31, 23, 59, 59, tzinfo=TZ)]
    articles = [Article(url=f"https://example.vn/{i}.html", title=f"Bài {i}", source="VnExpress", published=when)
                for i, when in enumerate(stored)]
    reader = csv.DictReader(io.StringIO(to_csv(articles, {}).decode("utf-8-sig")))
    got = [(datetime.fromisoformat(r["Ngày đăng"]), r["Giờ"]) for r in reader]
    assert got == [(datetime(2025, 11, 3, 8, 15), "08:15"), (datetime(2025, 11, 27, 3, 30), "03:30"),
                   (datetime(2025, 12, 31, 23, 59), "23:59")]
    assert all(when.tzinfo is None for when, _ in got)  # local time, as written: no «+07:00» for Excel to trip on
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(articles, {}))).active
    assert [(c.value, c.number_format) for c in sheet["A"][1:]] == [
        (datetime(2025, 11, 3), "dd/mm/yyyy"), (datetime(2025, 11, 27), "dd/mm/yyyy"), (datetime(2025, 12, 31), "dd/mm/yyyy")]
    assert sheet["B3"].value == dt_time(3, 30) and sheet["B3"].number_format == "hh:mm"


def test_the_excel_export_takes_a_title_with_a_control_character_as_a_feed_gave_it() -> None:
    """A feed's title wins over its page's (crawlers.crawler), and a stray control character in it (a CMS's «\\x08»,
    also as «&#8;») stays: openpyxl refused the cell and «Chuẩn bị tệp CSV và Excel» stopped with an English error."""
    a = Article(url="https://example.vn/b.html", title="Học phí\x08 tăng\x1b mạnh", source="VnExpress",
                published=datetime(2025, 9, 5, 8, 30, tzinfo=TZ), summary="Phụ huynh\x0bbức xúc")
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx([a], {}))).active
    assert sheet["D2"].value == "Học phí  tăng  mạnh" and sheet["E2"].value == "Phụ huynh bức xúc"


@pytest.fixture
def utc_machine(monkeypatch):
    """The process's clock zone UTC, as in the Docker image (no TZ set there)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_previous_configuration_is_kept_under_its_vietnamese_time_on_a_utc_machine(tmp_path, utc_machine) -> None:
    """config-history/ named each kept file by the machine's clock zone: in the container (UTC) a file replaced at
    09:15 was kept as «…-021500-…», seven hours off the office's time and the backups' names beside it."""
    sources = load_sources()
    config_edit.save_sources(tmp_path, sources[:2])
    before = datetime.now(TZ).replace(tzinfo=None, microsecond=0)
    config_edit.save_sources(tmp_path, sources[:3])
    after = datetime.now(TZ).replace(tzinfo=None)
    (kept,) = (tmp_path / "config-history").iterdir()
    assert before <= datetime.strptime(kept.name[:15], "%Y%m%d-%H%M%S") <= after, kept.name


def test_saved_configuration_replaces_data_files_for_that_home(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DIEMNONG_HOME", str(tmp_path))
    sources = load_sources()
    assert data_file("sources.yaml") == ROOT / "data" / "sources.yaml"
    with pytest.raises(ConfigError, match=r"sources.yaml:\d+: sources.0.url: không phải địa chỉ bắt đầu bằng http:// hoặc https://"):
        config_edit.save_sources(tmp_path, [Source("Báo", "rss", "ftp://x", "GD")])
    with pytest.raises(ConfigError, match="sources.0: nguồn html cần selectors.article_links"):
        config_edit.save_sources(tmp_path, [Source("Báo", "html", "https://x.vn/", "GD")])
    assert not (tmp_path / "sources.yaml").exists()
    config_edit.save_sources(tmp_path, sources[:2])
    assert data_file("sources.yaml") == tmp_path / "sources.yaml" and len(load_sources()) == 2
    config_edit.save_sources(tmp_path, sources[:3])
    assert len(list((tmp_path / "config-history").iterdir())) == 1  # the previous version kept
    (tmp_path / "settings.yaml").write_text("alerts:\n  smtp_password: bi-mat\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^detector.story_similarity: phải từ 0.05 đến 0.95 \(đã nhập 2.0\)$"):
        config_edit.save_thresholds(tmp_path, {"detector.story_similarity": 2})
    with pytest.raises(ConfigError, match=r"^alerts.digest_time: cần giờ dạng HH:MM, ví dụ 07:30 \(đã nhập '7h30'\)$"):
        config_edit.save_thresholds(tmp_path, {"alerts.digest_time": "7h30"})
    for name, kind in (("detector.hot_score", "một số"), ("detector.min_articles", "một số nguyên")):
        with pytest.raises(ConfigError) as refused:  # in the words the settings file's own loader uses
            config_edit.save_thresholds(tmp_path, {name: "soon"})
        assert str(refused.value) == f"{name}: cần {kind} (đã nhập 'soon')"
    for bad in (1.5, float("nan")):  # the education relevance is a probability: Cấu hình says so, as settings.yaml does
        with pytest.raises(ConfigError, match=r"^detector.education_min: phải từ 0.0 đến 1.0 \(đã nhập (1.5|nan)\)$"):
            config_edit.save_thresholds(tmp_path, {"detector.education_min": bad})
    config_edit.save_thresholds(tmp_path, {"detector.min_articles": 5, "alerts.digest_time": "08:00",
                                           "detector.education_min": 0.7})
    s = load_settings(env={"DIEMNONG_HOME": str(tmp_path)})
    assert s["detector.min_articles"] == 5 and s["alerts.digest_time"] == "08:00" and s["alerts.smtp_password"] == "bi-mat"
    assert s["detector.education_min"] == 0.7
    default_catalog.cache_clear()


def test_a_threshold_is_saved_in_a_home_whose_settings_name_that_home(tmp_path) -> None:
    """general.home naming the home it is in is accepted where the service reads it, but Cấu hình checked the edited
    settings.yaml as a copy in a temporary folder, where that line «moved the home»: every threshold saved was refused
    with «…/tmpXXXX/settings.yaml:2: general.home: không thể dời thư mục dữ liệu…»."""
    home = tmp_path.resolve()
    (home / "settings.yaml").write_text(f"general:\n  home: {home}\n", encoding="utf-8")
    config_edit.save_thresholds(home, {"detector.min_articles": 7})
    s = load_settings(env={"DIEMNONG_HOME": str(home)})
    assert s["detector.min_articles"] == 7 and s.home == home
    (home / "settings.yaml").write_text(f"general:\n  home: {home / 'khac'}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^settings.yaml:2: general.home: không thể dời thư mục dữ liệu"):
        config_edit.save_thresholds(home, {"detector.min_articles": 8})


def test_a_data_file_saved_in_a_windows_code_page_is_said_in_vietnamese_on_the_pages(tmp_path) -> None:
    """f2811ab made a topics.yaml saved by Notepad in «ANSI» a ConfigError with its line; every page's warning then
    read «dòng 3 — topics.yaml:3: not UTF-8 text (byte 0xe0): save the file as UTF-8», in English."""
    from diemnong.config import load_topics

    path = tmp_path / "topics.yaml"
    path.write_bytes(b"topics:\n  - id: 1\n    name: Tuy\xe0n sinh\n")
    with pytest.raises(ConfigError) as caught:
        load_topics(path)
    said = config_edit.catalog_warning(caught.value, admin=True)
    assert "dòng 3: tệp không lưu bằng bảng mã UTF-8 (byte 0xe0" in said and "UTF-8 rồi lưu lại" in said, said
    assert "topics.yaml:3" not in said and said.count("UTF-8") == 2, said
    assert "— dòng 3: tệp không lưu bằng bảng mã UTF-8" in config_edit.unreadable("tệp nguồn tin", caught.value)


def test_volume_counts_zero_on_days_without_articles_over_the_whole_window() -> None:
    from datetime import date

    import pandas as pd

    from dashboard import charts
    from dashboard.data import volume_frame

    rows = [{"day": "2025-09-02", "topic": 3, "sentiment": "negative", "count": 4},
            {"day": "2025-09-05", "topic": 3, "sentiment": "negative", "count": 2},
            {"day": "2025-09-05", "topic": 7, "sentiment": "neutral", "count": 1}]
    frame = volume_frame(rows, date(2025, 9, 1), date(2025, 9, 14))
    assert len(frame) == 2 * 14  # every day of the window for each topic × tone with articles
    t3 = frame[frame["topic"] == 3].set_index("day")["count"]
    assert t3[pd.Timestamp("2025-09-02")] == 4 and t3[pd.Timestamp("2025-09-03")] == 0
    assert t3[pd.Timestamp("2025-09-14")] == 0 and t3.sum() == 6
    assert set(frame["tone"]) == {"Tiêu cực", "Trung tính"} and frame["count"].dtype.kind == "i"
    assert volume_frame([], date(2025, 9, 1), date(2025, 9, 14)).empty
    weeks = charts.topic_week_heatmap(frame).to_dict()["datasets"]
    assert {r["label"] for rows in weeks.values() for r in rows} == {"01/09", "08/09"}  # the empty week stays
    spec = str(charts.topic_volume(frame).to_dict()) + str(charts.local_trend(frame, frame.iloc[:0]).to_dict())
    assert "monotone" not in spec


def test_a_volume_frame_names_each_topic_once_not_once_a_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tổng quan's four frames (84 days × 16 topics × 3 tones: 4,000 rows) named each row's topic, each name a read of
    the catalog (two files' times and Streamlit's cache): about 1.5 s of its first render at 300,000 articles."""
    from datetime import date, timedelta

    from dashboard import data

    names, real = [], data.topic_label
    monkeypatch.setattr(data, "topic_label", lambda t: names.append(t) or real(t))
    first = date(2025, 6, 29)
    rows = [{"day": (first + timedelta(days=d)).isoformat(), "topic": t, "sentiment": s, "count": 1 + d % 3}
            for d in range(84) for t in (3, 7, 8) for s in ("negative", "neutral", "positive")]
    frame = data.volume_frame(rows, first, first + timedelta(days=83))
    assert len(frame) == 84 * 9 and sorted(names) == [3, 7, 8]
    assert set(frame["topic_name"]) == {real(3), real(7), real(8)}


def test_the_tone_chart_leaves_its_bars_room_beside_legend_and_axis() -> None:
    """At 220 px, with the legend and the axis fitted inside, the bars themselves were 60 px high."""
    from datetime import date

    from dashboard import charts
    from dashboard.data import volume_frame

    rows = [{"day": "2025-09-02", "topic": 3, "sentiment": "negative", "count": 4}]
    frame = volume_frame(rows, date(2025, 9, 1), date(2025, 9, 14))
    assert charts.tone_bars(frame).to_dict()["height"] >= 300 and charts.tone_bars(frame, weekly=True).to_dict()["height"] >= 300


def test_the_week_heat_map_leaves_out_a_first_week_the_window_only_grazes_and_gives_each_topic_a_row() -> None:
    """84 days back from a Sunday start on a Sunday: that lone day made a thirteenth column of near-zeros under
    «12 tuần», read as a quiet week; five topics in a fixed 160 px were 12 px strips with crowded names."""
    from datetime import date

    from dashboard import charts
    from dashboard.data import volume_frame

    rows = [{"day": "2025-07-06", "topic": 3, "sentiment": "negative", "count": 1},
            {"day": "2025-09-02", "topic": 7, "sentiment": "negative", "count": 4}]
    spec = charts.topic_week_heatmap(volume_frame(rows, date(2025, 7, 6), date(2025, 9, 28))).to_dict()
    weeks = {r["label"] for data in spec["datasets"].values() for r in data}
    assert len(weeks) == 12 and "30/06" not in weeks and "07/07" in weeks and "22/09" in weeks
    assert spec["height"] == {"step": 24}


def test_the_local_chart_says_which_is_all_coverage_and_which_is_hau_giang() -> None:
    """Grey bars and an orange line (with blue points) had no legend: nothing said the line was Hậu Giang."""
    from datetime import date

    from dashboard import charts
    from dashboard.data import volume_frame

    rows = [{"day": "2025-09-02", "topic": 3, "sentiment": "negative", "count": 4}]
    frame = volume_frame(rows, date(2025, 9, 1), date(2025, 9, 14))
    spec = charts.local_trend(frame, frame.iloc[:2]).to_dict()
    colours = [layer["encoding"]["color"] for layer in spec["layer"]]
    assert all(c["field"] == "kind" and c["legend"] is not None for c in colours)
    assert colours[0]["scale"]["domain"] == ["Tất cả bài", "Bài về Hậu Giang"]
    assert all("color" not in layer["mark"] for layer in spec["layer"])  # points take the line's colour, not blue
    assert spec["height"] >= 250  # the legend's line comes out of the height


def test_outlet_heat_map_has_one_cell_a_day_and_names_every_outlet() -> None:
    import pandas as pd

    from dashboard import charts

    counts = pd.DataFrame([{"source": f"Báo {n}", "day": pd.Timestamp(2025, 9, d), "count": n % 3}
                           for n in range(30) for d in range(1, 15)])
    spec = charts.outlet_days(counts).to_dict()
    x, y = spec["encoding"]["x"], spec["encoding"]["y"]
    assert x["type"] == "ordinal" and x["timeUnit"] == "yearmonthdate" and x["axis"]["format"] == "%d/%m"
    assert y["axis"]["labelOverlap"] is False and spec["height"] == {"step": 24}


def test_issue_timeline_gives_each_outlet_its_own_labelled_row() -> None:
    import pandas as pd

    from dashboard import charts

    frame = pd.DataFrame([{"published": pd.Timestamp(2025, 9, 1, n % 24), "source": f"Báo {n}", "title": "t",
                           "tone": "Tiêu cực"} for n in range(20)])
    spec = charts.timeline(frame).to_dict()
    assert spec["height"] == {"step": 28} and spec["encoding"]["y"]["axis"]["labelOverlap"] is False


def test_the_issue_timeline_s_keys_fit_a_phone() -> None:
    """Side by side under the chart, the tone's key and the size's («1,0 1,5 2,0 … 4,0») ran ~450 px past a phone's
    edge: one entry a line where the plot is narrow, in a row where it is wide (a computer's, as before: stacked, they
    took 176 px of its first screen). The size key in whole articles a point can have, circles that differ: «1,0 2,0
    4,0» for an issue of one article an hour, 1 and 2 of 500 the same dot."""
    import pandas as pd

    from dashboard import charts

    for per_hour, values in ((1, [1]), (2, [1, 2]), (3, [1, 2, 3]), (4, [1, 2, 4]), (20, [1, 10, 20]), (500, [1, 250, 500])):
        frame = pd.DataFrame([{"published": pd.Timestamp(2025, 9, 1, 8), "source": "Báo A", "title": "t", "tone": "Tiêu cực"}]
                             * per_hour)
        encoding = charts.timeline(frame).to_dict()["encoding"]
        tone, size = encoding["color"]["legend"], encoding["size"]["legend"]
        assert (tone["orient"], size["orient"]) == ("bottom", "bottom")
        assert tone["columns"] == size["columns"] == {"expr": "width < 480 ? 1 : 0"}
        assert size["format"] == "d" and size["values"] == values, (per_hour, size)


def test_a_big_issue_s_timeline_sends_at_most_200_points_and_counts_every_article() -> None:
    """500 articles by 40 outlets, one every 5 minutes, were 500 dots; by outlet × hour they are still 344 points, so
    the timeline takes 6 hours a point, and the 15 quietest outlets share a row."""
    import pandas as pd

    from dashboard import charts

    tones = ["Tiêu cực", "Trung tính", "Tích cực"]
    frame = pd.DataFrame([{"published": pd.Timestamp(2025, 9, 1) + pd.Timedelta(minutes=5 * n), "source": f"Báo {n % 40}",
                           "title": f"Bài {n}", "tone": tones[n % 3]} for n in range(500)])
    cells, (step, when, _, _) = charts.timeline_cells(frame)
    assert len(cells) <= 200 and cells["count"].sum() == 500 and (step, when) == ("6h", "6 giờ từ")
    assert cells["source"].nunique() == 26 and "Các báo khác (15 báo)" in set(cells["source"])
    few = frame[frame["published"] < pd.Timestamp(2025, 9, 1, 1)]  # one hour: 12 articles, by outlet × hour
    cells, (step, *_) = charts.timeline_cells(few)
    assert step == "h" and len(cells) == 12 and set(cells["tones"]) == {"1 tiêu cực", "1 trung tính", "1 tích cực"}
    spec = charts.timeline(frame).to_dict()
    assert len(next(iter(spec["datasets"].values()))) == len(charts.timeline_cells(frame)[0])


def test_a_story_s_timeline_from_the_store_s_counts_is_the_one_its_articles_make() -> None:
    """A story's timeline is drawn from the store's counts by outlet × step × tone (each with its first article's time
    and title), read at the finest step that cannot make more than TIMELINE_READ cells: the same points as from every
    article, not 2,000 rows read for a chart of 200."""
    import pandas as pd

    from dashboard import charts

    tones = ["Tiêu cực", "Trung tính", "Tích cực", ""]
    frame = pd.DataFrame([{"published": pd.Timestamp(2025, 9, 1) + pd.Timedelta(minutes=7 * n), "source": f"Báo {n % 30}",
                           "title": f"Bài {n}", "tone": tones[n % 7 % 4]} for n in range(600)])
    for finest in ("h", "6h"):
        counts = (frame.assign(step=charts._floor(frame["published"], finest)).sort_values("published")
                  .groupby(["source", "step", "tone"], as_index=False)
                  .agg(published=("published", "first"), title=("title", "first"), count=("title", "size")))
        expected, (step, *_) = charts.timeline_cells(frame)
        got, (counted_step, *_) = charts.timeline_cells(counts.drop(columns="step"), finest)
        assert counted_step == step == "D" and got.equals(expected), finest
    assert charts.read_step(pd.Timedelta(hours=133), 2000, 40) == "6h"  # 40 × 134 outlet-hours could be 2,000 cells
    assert charts.read_step(pd.Timedelta(days=3), 130, 7) == "h"  # no more cells than articles
    assert charts.read_step(pd.Timedelta(days=400), 50_000, 300) == "W"


def test_a_subsiding_issue_gets_a_falling_chart_icon() -> None:
    from dashboard.data import phase_badge

    assert phase_badge("fading") == "📉 lắng xuống" and phase_badge("rising") == "📈 đang lên"


@pytest.mark.parametrize("raw, words", [
    ("FetchError: cannot resolve vnexpress.net: [Errno -2] Name or service not known", "không phân giải được tên miền"),
    ("ConnectTimeout: timed out", "hết thời gian chờ"),
    ("ConnectError: [Errno 111] Connection refused", "từ chối kết nối"),
    ("FetchError: HTTP 404 for https://a.vn/rss", "HTTP 404 (không tìm thấy trang)"),
    ("FetchError: HTTP 502 for https://a.vn/rss", "HTTP 502 (máy chủ gặp sự cố)"),
    ("FeedError: not a readable feed: the parser failed with SAXParseException", "không phải RSS/Atom"),
    ("RobotsDenied: robots.txt of https://a.vn forbids https://a.vn/x", "robots.txt"),
    ("ValueError: something new", "lỗi khác"),
    ("PageError: not an HTML page (application/pdf)", "không phải trang HTML"),
    ("ExtractionError: article text too short (120 characters) in https://a.vn/x", "quá ít chữ"),
    ("NotAnArticle: https://a.vn/giao-duc is a list of links (a section page), not an article", "không phải một bài viết"),
    ("RateLimited: a.vn asked us to wait; 30 s left before it is asked again", "tạm ngừng truy cập"),
    ("HostNotAnswering: a.vn did not answer its last 3 requests (timeouts, no answer)", "không trả lời nhiều lần"),
    ("TooManyRedirects: more than 5 redirects from https://a.vn/x", "chuyển hướng"),
    ("FetchError: unsupported Content-Encoding 'br2'", "dữ liệu nén"),
    ("ListingError: listing walk of https://a.vn took longer than 600 s and was stopped", "quá thời gian"),
])
def test_a_sources_error_is_said_in_vietnamese(raw: str, words: str) -> None:
    from dashboard.data import describe_error

    assert words in describe_error(raw) and describe_error("") == ""


@pytest.mark.parametrize("raw, state, words", [
    ("email to gv550@a.vn refused, not retried: 550 5.1.1 <gv550@a.vn>: Recipient address rejected: User unknown",
     "failed", "máy chủ thư trả lỗi 550 (hộp thư người nhận không tồn tại hoặc không nhận thư); máy chủ từ chối hẳn, không gửi lại"),
    ("email to gv450@a.vn failed: {'gv450@a.vn': (451, b'4.3.0 Temporary lookup failure')}", "pending",
     "máy chủ thư trả lỗi 451 (máy chủ thư tạm gặp lỗi); sẽ gửi lại"),
    ("not tried, the server refused our login: email to a@b.vn failed: (535, b'5.7.8 Authentication credentials invalid')",
     "pending", "chưa thử gửi vì máy chủ thư trả lỗi 535 (sai tài khoản hoặc mật khẩu SMTP); sẽ gửi lại"),
    ("webhook http://h.vn:8443/hook answered HTTP 404 Not Found, not retried: no such hook", "failed",
     "webhook trả lỗi HTTP 404 (không tìm thấy địa chỉ); máy chủ từ chối hẳn, không gửi lại"),
    ("webhook http://h.vn:5030/hook answered HTTP 503", "failed", "webhook trả lỗi HTTP 503 (máy chủ gặp sự cố); đã thử đủ số lần"),
    ("not tried, the server did not answer: email to a@b.vn failed: [Errno 111] Connection refused", "pending",
     "chưa thử gửi vì máy chủ từ chối kết nối; sẽ gửi lại"),
    ("email to a@b.vn failed: Connection unexpectedly closed", "pending", "máy chủ ngắt kết nối giữa chừng; sẽ gửi lại"),
    ("webhook http://h.vn/hook failed: ConnectTimeout('timed out')", "pending", "hết thời gian chờ máy chủ trả lời; sẽ gửi lại"),
    ("email to a@b.vn failed: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate "
     "(_ssl.c:1006)", "pending", "lỗi chứng chỉ bảo mật"),
])
def test_why_an_alert_is_not_delivered_is_said_in_vietnamese(raw: str, state: str, words: str) -> None:
    from dashboard.data import describe_delivery

    assert words in describe_delivery(raw, state)
    assert describe_delivery("", "pending") == describe_delivery(raw, "sent") == ""


def test_the_topic_volume_legend_fits_a_half_width_chart() -> None:
    """Long topic names in three columns of 260 px were cut at the chart's right edge («13. Th…», «Chủ đ…»)."""
    import pandas as pd

    from dashboard import charts

    frame = pd.DataFrame([{"day": pd.Timestamp(2025, 9, d), "topic_name": f"{t}. Giáo dục thể chất, an toàn trường học",
                           "count": t} for t in range(1, 12) for d in range(1, 8)])
    spec = charts.topic_volume(frame).to_dict()
    legend = spec["encoding"]["color"]["legend"]
    # whole names, one a line, in a 3/5 column; no wider than the plot (a phone's): there a long name ends in «…»
    assert legend["columns"] == 1 and legend["labelLimit"] == {"expr": "min(420, width - 30)"}, legend
    # Streamlit fits the legend inside the chart's height: with a fixed 280 px, nine legend lines left the plot
    # itself a few pixels high (an empty-looking chart). The height grows by a legend line (≤ 18 px) per topic.
    entries = frame["topic_name"].nunique() if frame["topic_name"].nunique() <= 8 else 9
    assert spec["height"] - 18 * entries >= 250, spec["height"]


def display_of(styler) -> pd.DataFrame:  # noqa: ANN001 - a pandas Styler
    """The text st.dataframe shows in each cell of a Styler: its display values, marshalled as Streamlit does."""
    from streamlit import dataframe_util
    from streamlit.elements.lib.pandas_styler_utils import marshall_styler
    from streamlit.proto.ArrowData_pb2 import ArrowData

    proto = ArrowData()
    marshall_styler(proto, styler, "t")
    return dataframe_util.convert_arrow_bytes_to_pandas_df(proto.styler.display_values)


def test_tables_write_numbers_the_vietnamese_way_and_leave_text_alone() -> None:
    from dashboard.data import number, vietnamese

    assert [number(1234), number(1234567.25, 1), number(9.5, 1), number(0.04, 1)] == ["1.234", "1.234.567,2", "9,5", "0,0"]
    frame = pd.DataFrame({"Tên": ["a", "b"], "Bài": [1234, 5], "Tỷ lệ": [1.0, 1 / 3], "Điểm": [15.25, None],
                          "Lúc": [datetime(2025, 10, 3, 14, 5, tzinfo=TZ), None], "Ghi chú": ["", "x"]})
    display = display_of(vietnamese(frame, percent=("Tỷ lệ",), decimals={"Điểm": 2}))
    assert display.values.tolist() == [["a", "1.234", "100%", "15,25", "14:05 03/10/2025", ""],
                                       ["b", "5", "33%", "—", "—", "x"]]


def test_issue_tables_put_the_link_after_the_title_and_sort_scores_as_numbers_written_with_a_decimal_comma() -> None:
    from dataclasses import replace
    from datetime import timedelta

    from dashboard.data import issue_table, vietnamese
    from diemnong.domain import Status

    when = datetime(2025, 9, 1, 8, tzinfo=TZ)
    issue = HotIssue(id="st-1", title="Phụ huynh phản ánh nhiều khoản thu đầu năm", topics=(8,), lead_departments=("van-phong",),
                     first_seen=when, last_seen=when + timedelta(hours=5), score=7.03, article_ids=("a", "b"),
                     outlets=("VnExpress",), negative_share=0.5, local=True, status=Status.NEW, reason="r")
    frame, config = issue_table([issue, replace(issue, id="st-2", score=10.24, last_seen=when + timedelta(days=1, hours=-7)),
                                 replace(issue, id="st-3", score=9.5)], {"van-phong": "Văn phòng Sở"})
    assert list(frame.columns)[:4] == ["Vấn đề", "Mở", "Trạng thái", "Lần cuối"] and frame["Mở"][0] == "van_de?id=st-1"
    assert frame["Đầu mối"][0] == "Văn phòng Sở" and config["Vấn đề"]["width"] == 360
    assert "Đầu mối" not in issue_table([issue])[0].columns
    display = display_of(vietnamese(frame, percent=("Tiêu cực",)))
    assert display["Điểm"].tolist() == ["7,0", "10,2", "9,5"] and display["Lần cuối"][0] == "13:00 01/09/2025"
    assert display["Tiêu cực"][0] == "50%" and display["Số bài"][0] == "2"
    # the columns hold numbers and times: sorted by score 9,5 comes before 10,2, and by time 13:00 01/09 before 06:00 02/09
    assert frame.sort_values("Điểm")["Mở"].tolist() == ["van_de?id=st-1", "van_de?id=st-3", "van_de?id=st-2"]
    assert frame.sort_values("Lần cuối")["Mở"].tolist()[-1] == "van_de?id=st-2"
    assert config["Điểm"]["type_config"]["type"] == "number" and not config["Điểm"]["type_config"].get("format")


def test_the_last_administrator_cannot_be_demoted_or_removed(tmp_path) -> None:
    path = users_path(tmp_path)
    add_user(path, make_user("admin", "Quản trị", "admin", "mat-khau-dai"))
    with pytest.raises(ConfigError, match="^«admin» là tài khoản quản trị cuối cùng: cấp quyền quản trị cho một tài khoản khác"):
        add_user(path, make_user("admin", "Quản trị", "analyst", "mat-khau-moi"), replace=True)
    with pytest.raises(ConfigError, match="^«admin» là tài khoản quản trị cuối cùng"):
        remove_user(path, "admin")
    assert load_accounts(path).users["admin"].is_admin
    add_user(path, make_user("thu", "Trần Văn Thu", "admin", "mat-khau-dai"))
    add_user(path, make_user("admin", "Quản trị", "analyst", "mat-khau-moi"), replace=True)  # another admin is left
    assert load_accounts(path).users["admin"].role == "analyst"


@pytest.mark.parametrize("message, words", [
    ("/h/sources.yaml:30: sources.4.url: trùng địa chỉ với một nguồn khác: https://x.vn/rss",
     "nguồn dòng 5 — Địa chỉ: trùng địa chỉ với một nguồn khác: https://x.vn/rss"),
    ("/h/sources.yaml:30: sources.20.kind: chọn «rss» (nguồn có RSS) hoặc «html» (trang web, cần bộ chọn CSS)",
     "nguồn dòng 21 — Loại: chọn «rss» (nguồn có RSS) hoặc «html»"),  # a row added without its «Loại»
    ("/h/topics.yaml:4: sai cú pháp YAML (expected the node content, but found '<stream end>')",  # a file edited by hand
     "dòng 4: sai cú pháp YAML (expected the node content"),
    ("/srv/Điểm Nóng/themes.yaml:2: tệp không lưu bằng bảng mã UTF-8 (byte 0xe0; Notepad lưu «ANSI»): mở tệp…",
     "dòng 2: tệp không lưu bằng bảng mã UTF-8 (byte 0xe0"),
    ("departments.yaml:11: departments.1.emails: không phải địa chỉ email: 'Nguyễn Văn A <a@b.vn>' (địa chỉ có dạng …)",
     "Email nhận cảnh báo: không phải địa chỉ email: 'Nguyễn Văn A <a@b.vn>'"),
    ("settings.yaml:3: detector.hot_score: cần một số (đã nhập 'cao')", "«Điểm nóng để cảnh báo»: cần một số (đã nhập 'cao')"),
    ("alerts.quiet_hours: cần giờ dạng HH:MM-HH:MM, ví dụ 22:00-06:00, hoặc để trống nếu không có giờ nghỉ (đã nhập "
     "'25:00-05:30')", "«Giờ nghỉ (HH:MM-HH:MM)»: cần giờ dạng HH:MM-HH:MM"),
    ("mật khẩu cần ít nhất 8 ký tự", "mật khẩu cần ít nhất 8 ký tự"),
    ("something new", "something new"),
])
def test_configuration_mistakes_name_the_form_s_row_and_field(message: str, words: str) -> None:
    """The loaders say what is wrong in Vietnamese after FILE:LINE: and the key; the Cấu hình page names the row and
    the field as its form labels them, and says each mistake in those same words (no second wording of its own)."""
    said = config_edit.as_the_form_says(message)
    assert said.startswith(words) and ".yaml" not in said, said


def test_a_loader_s_mistake_reaches_the_form_in_its_own_words(tmp_path) -> None:
    rows = [Source(f"Báo {i}", "rss", f"https://x{i}.vn/rss", "GD") for i in range(4)] + [Source("Báo", "rss", "https://x0.vn/rss", "GD")]
    with pytest.raises(ConfigError) as duplicate:
        config_edit.save_sources(tmp_path, rows)
    assert config_edit.as_the_form_says(str(duplicate.value)) == "nguồn dòng 5 — Địa chỉ: trùng địa chỉ với một nguồn khác: https://x0.vn/rss"


@pytest.mark.parametrize("page", ["https://sgd.example/diemnong/", "https://sgd.example/diemnong/chu_de?topic=8",
                                  "http://10.0.0.5:8501/", "http://10.0.0.5:8501/chu_de"])
def test_an_issue_table_s_link_opens_the_issue_under_the_dashboard_s_own_path(page: str) -> None:
    """Tổng quan's and Chủ đề's tables link each issue; the browser opens the link as written, against the page's address
    (Streamlit's link cell: window.open). Behind a reverse proxy at /diemnong/ (server.baseUrlPath) «/van_de?id=…» went to
    https://sgd.example/van_de, outside the dashboard."""
    from urllib.parse import urljoin

    from dashboard.data import issue_table

    when = datetime(2025, 9, 1, 8, tzinfo=TZ)
    issue = HotIssue(id="sg-w1a2b3c-202509010800", title="Nhiều tin khác nhau về lạm thu", topics=(8,),
                     lead_departments=("van-phong",), first_seen=when, last_seen=when, score=9.0, article_ids=("a",),
                     outlets=("VnExpress",), negative_share=0.5, local=False, status=Status.NEW, reason="r")
    root = page.split("/chu_de")[0].rstrip("/") + "/"
    assert urljoin(page, issue_table([issue])[0]["Mở"][0]) == f"{root}van_de?id=sg-w1a2b3c-202509010800"


@pytest.mark.parametrize("lists, counted", [
    ([["học"], ["học sinh"], ["năm học"], ["học thêm"], ["dạy học"]],
     {"học": 1, "học sinh": 1, "năm học": 1, "học thêm": 1, "dạy học": 1}),
    ([["bị"], ["học sinh bị"], ["bị đánh"], ["giáo viên bị"], ["bị kỷ luật"], ["Bị"]],
     {"bị": 2, "học sinh bị": 1, "bị đánh": 1, "giáo viên bị": 1, "bị kỷ luật": 1}),
    ([["thu"], ["lạm thu"], ["thu phí"]], {"thu": 1, "lạm thu": 1, "thu phí": 1}),
    ([["lạm thu", "lạm thu đầu năm học"], ["Lạm thu"], ["lạm thu"]], {"lạm thu": 3, "lạm thu đầu năm học": 1}),
    ([["trường tiểu học"], ["tr\u01b0\u01a1\u0300ng tiểu học"], ["TRƯỜNG TIỂU HỌC"]], {"trường tiểu học": 3}),
    ([["lạm thu"], ["lâm thu"]], {"lạm thu": 1, "lâm thu": 1}),
    ([[], [""]], {}),
])
def test_the_terms_tab_counts_the_articles_whose_explanation_names_the_term_not_those_holding_its_syllables(
        lists, counted) -> None:
    """Vấn đề's term counts credited a term to every article whose terms held its syllables: «học» counted «học sinh»
    and «năm học», «thu» «lạm thu», «bị» «bị đánh», so one-syllable terms topped the list with inflated counts (a
    real issue: «thu» 23 where 5 articles listed it). A term counts the articles that name it, whatever its case
    (NFC, tone marks kept), written as most of them wrote it."""
    from dashboard.data import term_counts

    shown = term_counts(lists)
    assert {t.lower(): n for t, n in shown} == counted, shown
    assert len(shown) == len(counted)
