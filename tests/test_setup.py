"""An office's IT person setting the service up from the README: the mistakes of a first day (a Tab in settings.yaml,
a misspelt key, a port or sender that cannot be, a department renamed) said in Vietnamese with file, line and key and
how to mend them; the mail server's settings judged at `diemnong run`'s start and by `diemnong check`, whose --send
sends one test message to each department's mailbox and webhook and says each outcome. Real loopback servers
(aiosmtpd with STARTTLS and AUTH, an HTTP webhook), no mocks."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Iterator

import pytest

from diemnong.cli import main
from diemnong.config import ConfigError, default_catalog, load_settings
from tests.conftest import ROOT, Route, free_port, run_once_here
from tests.test_delivery import Inbox, authenticator, throwaway_ca

@pytest.fixture(autouse=True)
def fresh_catalog():
    """The homes here have their own departments and topics: the catalog a process loads once is not kept past a test."""
    default_catalog.cache_clear()
    yield
    default_catalog.cache_clear()


@pytest.fixture
def tls_smtp(tmp_path: Path):
    """An office mail server on loopback: STARTTLS required (a throwaway CA's certificate), then AUTH."""
    from aiosmtpd.controller import Controller

    server_ctx, ca_file = throwaway_ca(tmp_path)
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, tls_context=server_ctx, require_starttls=True,
                            auth_required=True, auth_require_tls=True, authenticator=authenticator)
    controller.start()
    yield inbox, port, ca_file
    controller.stop()


DEPARTMENTS = """departments:
  - id: van-phong
    name: Văn phòng Sở
    always_copied: true
    emails: [vanphong@sogddt-hg.vn, khong-co@sogddt-hg.vn]
"""


def settings_file(tmp_path: Path, text: str) -> Path:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    (home / "settings.yaml").write_text(text, encoding="utf-8")
    return home


def refused(tmp_path: Path, text: str) -> str:
    home = settings_file(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_settings(env={"DIEMNONG_HOME": str(home)})
    return str(caught.value)


def test_a_tab_or_a_missing_colon_in_settings_yaml_is_said_in_vietnamese_with_its_line_and_the_fix(tmp_path) -> None:
    said = refused(tmp_path, "alerts:\n\tsmtp_host: mail.sogddt-hg.vn\n")
    assert "settings.yaml:2:" in said and "Tab" in said and "dấu cách" in said, said
    said = refused(tmp_path, "alerts:\n  smtp_port: 587\n  smtp_host mail.sogddt-hg.vn\n")
    assert "settings.yaml:4:" in said and "thiếu dấu «:»" in said, said


@pytest.mark.parametrize(("text", "meant"), [
    ("alerts:\n  smtp_server: mail.sogddt-hg.vn\n", "alerts.smtp_host"),  # another program's word for it
    ("alerts:\n  smtp_hots: mail.sogddt-hg.vn\n", "alerts.smtp_host"),  # a typo
    ("smtp:\n  host: mail.sogddt-hg.vn\n", "alerts.smtp_host"),  # a section of its own
    ("general:\n  smtp_user: it\n", "alerts.smtp_user"),  # under the wrong section
    ("alerts:\n  smtp:\n    host: mail.sogddt-hg.vn\n", "alerts.smtp_host"),  # a section of its own, under alerts
])
def test_a_misspelt_or_misplaced_setting_names_the_one_meant(tmp_path, text: str, meant: str) -> None:
    said = refused(tmp_path, text)
    assert "settings.yaml:2:" in said and "không có cài đặt này" in said and f"có phải {meant}?" in said, said


@pytest.mark.parametrize("key", ["smtp_tls", "use_tls"])
def test_tls_written_as_other_programs_do_names_both_starttls_on_587_and_implicit_tls_on_465(tmp_path, key: str) -> None:
    # «tls» is STARTTLS to Django and PHPMailer, implicit TLS to GitLab: naming smtp_ssl alone broke sending on 587
    said = refused(tmp_path, f"alerts:\n  {key}: true\n")
    assert "alerts.smtp_starttls" in said and "587" in said and "alerts.smtp_ssl" in said and "465" in said, said


@pytest.mark.parametrize("key", ["tls_verify", "smtp_verify_tls", "smtp_cert_check"])
def test_a_certificate_check_setting_names_the_ca_file_not_starttls(tmp_path, key: str) -> None:
    # «tls_verify: false» was asked «có phải alerts.smtp_starttls…?»: turning STARTTLS off sends the password in clear
    said = refused(tmp_path, f"alerts:\n  {key}: false\n")
    assert "alerts.smtp_ca_file" in said and "smtp_starttls" not in said and "smtp_ssl" not in said, said


@pytest.mark.parametrize("key", ["max_entries", "window_days"])
def test_a_sitemap_sources_field_written_as_a_setting_says_it_belongs_to_the_source_in_sources_yaml(tmp_path, key) -> None:
    said = refused(tmp_path, f"crawler:\n  {key}: 5\n")
    assert "settings.yaml:2:" in said and "sitemap" in said and "sources.yaml" in said and "có phải" not in said, said


def test_a_setting_written_without_its_section_says_under_which_section_it_goes(tmp_path) -> None:
    said = refused(tmp_path, "smtp_host: mail.sogddt-hg.vn\n")
    assert "settings.yaml:1:" in said and "«alerts:»" in said and "alerts.smtp_host" in said, said


@pytest.mark.parametrize(("text", "why"), [
    ("alerts:\n  smtp_port: 99999\n", "cổng phải từ 1 đến 65535"),
    ("alerts:\n  smtp_port: 0\n", "cổng phải từ 1 đến 65535"),
    ("alerts:\n  smtp_sender: diemnong.sogddt-hg.vn\n", "không phải địa chỉ email"),
])
def test_a_mail_setting_that_cannot_be_is_refused_with_its_line_not_at_the_first_alert(tmp_path, text: str, why: str) -> None:
    said = refused(tmp_path, text)
    assert "settings.yaml:2:" in said and why in said, said
    with pytest.raises(ConfigError, match="DIEMNONG_SMTP_PORT"):
        load_settings(env={"DIEMNONG_HOME": str(tmp_path / "other"), "DIEMNONG_SMTP_PORT": "70000"})


def test_a_sender_with_its_display_name_is_an_address(tmp_path) -> None:
    home = settings_file(tmp_path, 'alerts:\n  smtp_sender: "Điểm Nóng <diemnong@sogddt-hg.vn>"\n')
    assert load_settings(env={"DIEMNONG_HOME": str(home)})["alerts.smtp_sender"] == "Điểm Nóng <diemnong@sogddt-hg.vn>"


def test_a_department_renamed_in_the_homes_file_is_named_there_when_a_topic_still_leads_to_it(tmp_path, monkeypatch,
                                                                                             capsys) -> None:
    home = tmp_path / "home"
    home.mkdir()
    text = (ROOT / "data" / "departments.yaml").read_text(encoding="utf-8").replace("id: mam-non", "id: mamnon")
    (home / "departments.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "chủ đề:" in x)
    assert "topics.yaml:" in line and "«mam-non»" in line and f"trong {home / 'departments.yaml'}" in line, out


def check_home(tmp_path: Path, port: int, ca_file: str, password: str = "mat-khau-thu", **more: str) -> Path:
    lines = {"smtp_host": "127.0.0.1", "smtp_port": str(port), "smtp_user": "diemnong", "smtp_password": password,
             "smtp_ca_file": ca_file, "smtp_sender": "diemnong@sogddt-hg.vn", **more}
    home = settings_file(tmp_path, "general:\n  dashboard_url: https://sgd.example/diemnong/\nalerts:\n"
                         + "".join(f"  {k}: {v}\n" for k, v in lines.items()))
    (home / "departments.yaml").write_text(DEPARTMENTS, encoding="utf-8")
    topics = (ROOT / "data" / "topics.yaml").read_text(encoding="utf-8")
    import re
    (home / "topics.yaml").write_text(re.sub(r"department: [a-z-]+", "department: van-phong", topics), encoding="utf-8")
    return home


def test_check_says_a_wrong_password_at_once_and_sends_nothing(tmp_path, monkeypatch, capsys, tls_smtp) -> None:
    inbox, port, ca_file = tls_smtp
    monkeypatch.setenv("DIEMNONG_HOME", str(check_home(tmp_path, port, ca_file, password="sai-mat-khau")))
    assert main(["check", "--send"]) == 1
    out = capsys.readouterr().out
    server = next(x for x in out.splitlines() if "máy chủ thư 127.0.0.1" in x)
    assert "LỖI" in server and "535" in server and "sai tài khoản hoặc mật khẩu SMTP" in server, out
    assert "alerts.smtp_password" in server and "STARTTLS" in server, out
    assert "đăng nhập SMTP bị từ chối" in server and "email to" not in server, "no email was sent: a login refused"
    assert not inbox.messages and "chưa gửi thử" in out, "no test mail once the session is refused"


def test_check_send_mails_each_address_and_says_which_the_server_refused(tmp_path, monkeypatch, capsys, tls_smtp,
                                                                        http_server) -> None:
    inbox, port, ca_file = tls_smtp
    inbox.replies["khong-co@sogddt-hg.vn"] = ["550 5.1.1 No such user"]
    http_server.routes["/hook"] = Route(404, b"no such hook")
    home = check_home(tmp_path, port, ca_file)
    (home / "departments.yaml").write_text(DEPARTMENTS + f"    webhooks: [{http_server.url}/hook]\n", encoding="utf-8")
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    assert main(["check", "--send"]) == 1
    out = capsys.readouterr().out
    assert "kết nối và đăng nhập được" in out, out
    assert [m["To"] for m in inbox.messages] == ["vanphong@sogddt-hg.vn"], "one test mail to each address taken"
    assert "Thư thử" in inbox.messages[0]["Subject"] and "diemnong check --send" in inbox.messages[0].get_content()
    said = {x.split(">:")[0].split("<")[-1]: x for x in out.splitlines() if ">:" in x}
    assert "đã gửi thử" in said["vanphong@sogddt-hg.vn"], out
    assert "LỖI" in said["khong-co@sogddt-hg.vn"] and "550 (hộp thư người nhận không tồn tại" in said["khong-co@sogddt-hg.vn"]
    assert "LỖI" in said[f"{http_server.url}/hook"] and "HTTP 404" in said[f"{http_server.url}/hook"], out
    assert out.rstrip().endswith("Có 2 lỗi cần sửa."), out


def test_check_names_the_sender_when_the_server_refuses_it(tmp_path, monkeypatch, capsys, tls_smtp) -> None:
    inbox, port, ca_file = tls_smtp

    async def refuse_sender(server, session, envelope, address, options):  # noqa: ANN001, ANN202 - aiosmtpd protocol
        return "553 5.7.1 Sender address rejected: not owned by user"

    inbox.handle_MAIL = refuse_sender
    monkeypatch.setenv("DIEMNONG_HOME", str(check_home(tmp_path, port, ca_file)))
    assert main(["check", "--send"]) == 1
    out = capsys.readouterr().out
    assert "từ chối địa chỉ người gửi alerts.smtp_sender" in out and "553" in out, out


def test_check_with_everything_right_exits_zero(tmp_path, monkeypatch, capsys, tls_smtp) -> None:
    inbox, port, ca_file = tls_smtp
    monkeypatch.setenv("DIEMNONG_HOME", str(check_home(tmp_path, port, ca_file)))
    (tmp_path / "home" / "departments.yaml").write_text(DEPARTMENTS.replace(", khong-co@sogddt-hg.vn", ""), encoding="utf-8")
    assert main(["check"]) == 0, capsys.readouterr()
    assert capsys.readouterr().out.rstrip().endswith("Cấu hình dùng được.") and not inbox.messages


def run_until(home: Path, *said: str) -> str:
    """`diemnong run` (no dashboard, crawl or demo) until its log has each of `said` and its first round is over, then
    stopped by SIGTERM; its log."""
    import signal
    import time

    from tests.faults import child_env

    log = home / "logs" / "diemnong.log"
    service = subprocess.Popen([sys.executable, "-m", "diemnong", "run", "--no-dashboard", "--no-crawl", "--no-demo",
                                "--interval", "300"], env=child_env(home), cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not (log.exists() and all(x in log.read_text(encoding="utf-8") for x in said)
                   and (home / "service-rounds.json").exists()):
            assert time.monotonic() < deadline and service.poll() is None, "timed out waiting"
            time.sleep(0.1)
        time.sleep(1)  # the start's check and the first round both over
        service.send_signal(signal.SIGTERM)
        _, err = service.communicate(timeout=30)
    finally:
        if service.poll() is None:
            service.kill()
            service.wait()
    assert service.returncode == 0, err
    return log.read_text(encoding="utf-8")


def wrong_password_home(tmp_path: Path, port: int, ca_file: str) -> Path:
    home = check_home(tmp_path, port, ca_file, password="sai-mat-khau")
    (home / "settings.yaml").write_text((home / "settings.yaml").read_text(encoding="utf-8") + "  quiet_hours: ''\n"
                                        "report:\n  auto_day: 0\n", encoding="utf-8")  # no report to send
    return home


def test_run_says_at_its_start_that_the_mail_server_refuses_the_password_with_no_alert_waiting(tmp_path, tls_smtp) -> None:
    inbox, port, ca_file = tls_smtp
    home = wrong_password_home(tmp_path, port, ca_file)
    logged = run_until(home, "máy chủ thư 127.0.0.1").splitlines()
    said = [line for line in logged if "máy chủ thư 127.0.0.1" in line]
    assert len(said) == 1 and " WARNING " in said[0], logged
    assert "535" in said[0] and "alerts.smtp_password" in said[0] and "diemnong check --send" in said[0], said
    assert "đăng nhập SMTP bị từ chối" in said[0] and "email to" not in said[0], "no email was sent: a login refused"
    assert not inbox.messages


def test_run_says_at_its_start_that_no_mail_server_is_set(tmp_path, monkeypatch) -> None:
    home = settings_file(tmp_path, "report:\n  auto_day: 0\n")
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    assert run_once_here() == 0
    logged = (home / "logs" / "diemnong.log").read_text(encoding="utf-8")
    assert "chưa đặt máy chủ thư (alerts.smtp_host, DIEMNONG_SMTP_HOST)" in logged, logged


@pytest.fixture
def taken_port() -> Iterator[int]:
    """A port another program listens on, as a second `make run` finds 8501."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        yield other.getsockname()[1]


def test_dashboard_on_a_port_in_use_says_so_in_one_line(tmp_path, monkeypatch, capsys, taken_port: int) -> None:
    monkeypatch.setenv("DIEMNONG_HOME", str(tmp_path / "home"))
    assert main(["dashboard", "--port", str(taken_port)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("diemnong dashboard: bảng điều khiển không chạy được: cổng") and "--port" in err, err
    assert len(err.splitlines()) == 1 and not (tmp_path / "home" / "users.yaml").exists(), "nothing made for nothing"
    assert "Address already in use" not in err and "đã có chương trình khác dùng" in err, "Vietnamese only"


def test_run_with_the_dashboard_port_in_use_says_so_and_goes_on_without_claiming_it(tmp_path, taken_port: int) -> None:
    home = settings_file(tmp_path, "report:\n  auto_day: 0\n")
    env = {**os.environ, "DIEMNONG_HOME": str(home), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "diemnong", "run", "--once", "--no-crawl", "--no-demo", "--port",
                           str(taken_port)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    said = [line for line in done.stderr.splitlines() if f"cổng {taken_port}" in line]
    assert len(said) == 1 and " ERROR " in said[0] and "bảng điều khiển không chạy" in said[0], done.stderr
    assert f"bảng điều khiển: http://localhost:{taken_port}" not in done.stderr, "not said to be served where it is not"
    assert "is not available" not in done.stderr, "no Streamlit started to fail in English"
    assert "Address already in use" not in said[0], "Vietnamese only"


def test_a_data_folder_that_cannot_be_made_is_said_in_vietnamese_by_run_and_check(tmp_path, monkeypatch, capsys) -> None:
    (tmp_path / "srv").write_text("a file where the folder was meant", encoding="utf-8")
    home = tmp_path / "srv" / "diemnong"
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    assert main(["run", "--once", "--no-dashboard", "--no-crawl", "--no-demo"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"diemnong run: thư mục dữ liệu {home} không tạo hoặc ghi được: trên đường dẫn có một tệp"), err
    assert "DIEMNONG_HOME" in err and len(err.splitlines()) == 1, err
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "thư mục dữ liệu: LỖI:" in out and "trên đường dẫn có một tệp" in out, out


def test_check_says_the_data_folder_is_writable_and_how_much_room_is_left(tmp_path, monkeypatch, capsys) -> None:
    (tmp_path / "home").mkdir()
    monkeypatch.setenv("DIEMNONG_HOME", str(tmp_path / "home"))
    main(["check"])
    out = capsys.readouterr().out
    assert "thư mục dữ liệu: ghi được, ổ đĩa còn trống" in out, out
    assert not [p.name for p in (tmp_path / "home").iterdir()], "the check leaves nothing behind"


def test_a_misspelt_selector_of_an_html_source_is_named_not_said_missing(tmp_path) -> None:
    from diemnong.config import load_sources

    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - name: Sở GD&ĐT\n    kind: html\n    url: https://sogd.example.vn/tin-tuc\n"
                    "    section: Tin tức\n    selectors:\n      article_link: h3 a\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_sources(path)
    said = str(caught.value)
    assert "sources.yaml:7: sources.0.selectors.article_link: không có bộ chọn này" in said and "article_links" in said, said


def test_check_says_a_source_address_the_crawler_cannot_fetch(tmp_path, monkeypatch, capsys) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "sources.yaml").write_text('sources:\n  - {name: Báo Hậu Giang, kind: rss, url: "https://baohaugiang.example/rss '
                                       'giao duc.rss", section: Giáo dục}\n', encoding="utf-8")
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    assert main(["check"]) == 1
    line = next(x for x in capsys.readouterr().out.splitlines() if "nguồn tin:" in x)
    assert "LỖI" in line and "sources.yaml:2: sources.0.url:" in line and "có dấu cách" in line, line


def test_check_says_the_shipped_placeholder_addresses_were_never_replaced(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DIEMNONG_HOME", str(tmp_path / "home"))
    assert main(["check"]) == 1
    line = next(x for x in capsys.readouterr().out.splitlines() if "đơn vị nhận cảnh báo:" in x)
    assert "LỖI" in line and "9 địa chỉ vẫn là địa chỉ mẫu" in line and "vanphong@sogddt-haugiang.example" in line, line
    assert str(tmp_path / "home" / "departments.yaml") in line and "Cấu hình" in line, line


@pytest.mark.parametrize(("text", "said"), [
    ("alerts:\n  quiet_hours: 22h-6h\n", "alerts.quiet_hours: cần giờ dạng HH:MM-HH:MM"),
    ("backup:\n  time: 2h30\n", "backup.time: cần giờ dạng HH:MM"),
    ("general:\n  log_level: verbose\n", "general.log_level (DIEMNONG_LOG_LEVEL): cần DEBUG, INFO, WARNING hoặc ERROR"),
])
def test_check_says_a_time_or_log_level_that_would_stop_the_service(tmp_path, monkeypatch, capsys, text: str,
                                                                  said: str) -> None:
    monkeypatch.setenv("DIEMNONG_HOME", str(settings_file(tmp_path, text)))
    assert main(["check"]) == 1
    line = next(x for x in capsys.readouterr().out.splitlines() if "giờ nghỉ, bản tin, sao lưu, nhật ký:" in x)
    assert "LỖI" in line and said in line, line


def test_check_says_the_schedule_the_service_will_keep(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DIEMNONG_HOME", str(settings_file(tmp_path, "alerts:\n  quiet_hours: ''\n")))
    main(["check"])
    line = next(x for x in capsys.readouterr().out.splitlines() if "giờ nghỉ, bản tin, sao lưu, nhật ký:" in x)
    assert "không có giờ nghỉ, bản tin 07:30, sao lưu 02:30 vào" in line and "nhật ký mức INFO" in line, line


@pytest.fixture
def lan_smtp() -> Iterator[tuple[Inbox, int]]:
    """A mail server on the office's network: no TLS, no AUTH."""
    from aiosmtpd.controller import Controller

    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def test_a_password_without_a_user_is_said_by_check_not_ignored(tmp_path, monkeypatch, capsys, lan_smtp) -> None:
    inbox, port = lan_smtp
    home = settings_file(tmp_path, f"alerts:\n  smtp_host: 127.0.0.1\n  smtp_port: {port}\n  smtp_starttls: false\n")
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    monkeypatch.setenv("DIEMNONG_SMTP_PASSWORD", "mat-khau-thu")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "chưa đặt tên đăng nhập alerts.smtp_user" in out and "mật khẩu bị bỏ qua" in out, out


def test_check_send_through_a_lan_server_without_tls_or_login(tmp_path, monkeypatch, capsys, lan_smtp) -> None:
    inbox, port = lan_smtp
    home = check_home(tmp_path, port, "")
    (home / "settings.yaml").write_text(f"alerts:\n  smtp_host: 127.0.0.1\n  smtp_port: {port}\n  smtp_starttls: false\n"
                                        "  smtp_sender: diemnong@sogddt-hg.vn\n", encoding="utf-8")
    (home / "departments.yaml").write_text(DEPARTMENTS.replace(", khong-co@sogddt-hg.vn", ""), encoding="utf-8")
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    assert main(["check", "--send"]) == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    assert "(không mã hóa, không đăng nhập): kết nối được" in out and "đã gửi thử" in out, out
    assert [m["To"] for m in inbox.messages] == ["vanphong@sogddt-hg.vn"]


SHARED = """departments:
  - id: van-phong
    name: Văn phòng Sở
    always_copied: true
    emails: [vanphong@sogddt-hg.vn]
    webhooks: [{hook}]
  - id: phong-gdtrh
    name: Phòng Giáo dục Trung học
    emails: [VanPhong@SoGDDT-HG.vn, gdtrh@sogddt-hg.vn]
    webhooks: [{hook}]
  - id: phong-tccb
    name: Phòng Tổ chức cán bộ
    emails: [vanphong@sogddt-hg.vn]
"""


def test_check_send_sends_one_test_to_each_mailbox_however_many_departments_share_it(tmp_path, monkeypatch, capsys,
                                                                                      lan_smtp, http_server) -> None:
    # A mailbox two departments share, or written in other capitals, got one test mail each (three for Văn phòng), and a
    # shared webhook two POSTs: the service routes one alert to each mailbox (alerting.routing.mailbox).
    inbox, port = lan_smtp
    http_server.routes["/hook"] = Route(200, b"ok")
    home = check_home(tmp_path, port, "")
    (home / "settings.yaml").write_text(f"alerts:\n  smtp_host: 127.0.0.1\n  smtp_port: {port}\n  smtp_starttls: false\n"
                                        "  smtp_sender: diemnong@sogddt-hg.vn\n", encoding="utf-8")
    (home / "departments.yaml").write_text(SHARED.format(hook=f"{http_server.url}/hook"), encoding="utf-8")
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    assert main(["check", "--send"]) == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    assert sorted(m["To"].lower() for m in inbox.messages) == ["gdtrh@sogddt-hg.vn", "vanphong@sogddt-hg.vn"], out
    assert [path for method, path, _ in http_server.requests if method == "POST"] == ["/hook"], out
    assert out.count("với địa chỉ ở trên, không gửi thêm") == 3 and out.count("đã gửi thử") == 3, out


def test_check_send_sends_nothing_to_the_shipped_placeholder_addresses(tmp_path, monkeypatch, capsys, lan_smtp) -> None:
    # It said nobody receives them, then mailed all nine: the office's server took them and nine bounces came back.
    inbox, port = lan_smtp
    home = settings_file(tmp_path, f"alerts:\n  smtp_host: 127.0.0.1\n  smtp_port: {port}\n  smtp_starttls: false\n")
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    assert main(["check", "--send"]) == 1
    out = capsys.readouterr().out
    assert not inbox.messages and "đã gửi thử" not in out, out
    assert out.count("bỏ qua địa chỉ mẫu") == 1 and "9 địa chỉ" in out, out


def test_check_send_without_a_mail_server_says_no_mail_was_sent_and_why(tmp_path, monkeypatch, capsys) -> None:
    # It ended «Cấu hình dùng được.», exit 0, having sent nothing: the email alerts would wait in the outbox for ever.
    home = check_home(tmp_path, 25, "")
    (home / "settings.yaml").write_text("alerts:\n  smtp_sender: diemnong@sogddt-hg.vn\n", encoding="utf-8")
    (home / "departments.yaml").write_text(DEPARTMENTS.replace(", khong-co@sogddt-hg.vn", ""), encoding="utf-8")
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    assert main(["check", "--send"]) == 1
    out = capsys.readouterr().out
    assert "không gửi thư nào" in out and "chưa đặt máy chủ thư alerts.smtp_host" in out, out
    assert "Cấu hình dùng được" not in out and out.rstrip().endswith("Có 1 lỗi cần sửa."), out


def test_check_on_a_mistyped_home_says_it_does_not_exist_and_makes_nothing(tmp_path, monkeypatch, capsys) -> None:
    # It made the folder (home_problem's mkdir): a mistyped --home left a stray one behind, said «ghi được»
    (tmp_path / "srv").mkdir()
    monkeypatch.setenv("DIEMNONG_HOME", str(tmp_path / "srv" / "diemnog"))
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "thư mục dữ liệu:" in x)
    assert "LỖI" in line and "không có" in line and "--home" in line, out
    assert not list((tmp_path / "srv").iterdir()), "nothing made"


def test_check_with_a_settings_file_that_does_not_load_says_so_and_exits_1_as_for_its_other_finds(
        tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DIEMNONG_HOME", str(settings_file(tmp_path, "alerts:\n\tsmtp_host: mail.sogddt-hg.vn\n")))
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "cài đặt: LỖI:" in out and "settings.yaml:2:" in out and out.rstrip().endswith("Có 1 lỗi cần sửa."), out


def test_run_logs_in_once_at_its_start_with_mail_waiting_not_once_for_its_check_and_again_for_its_first_round(
        tmp_path, tls_smtp) -> None:
    # The start's check and the first round each logged in: with a wrong password, 4 failed AUTHs a start where 2 were,
    # and a lockout threshold of 5 reached at the second restart. The check now stops short of the login when email
    # waits (the round logs in), and still says whether the server is reached, over TLS.
    from diemnong.domain import TZ, Alert
    from store.sqlite import SQLiteStore

    inbox, port, ca_file = tls_smtp
    home = wrong_password_home(tmp_path, port, ca_file)
    store = SQLiteStore(home / "diemnong.sqlite3")
    store.enqueue_alerts([Alert(key="st-1|vanphong@sogddt-hg.vn|0", issue_id="st-1", department="van-phong",
                                recipient="vanphong@sogddt-hg.vn", channel="email", kind="new", subject="Vấn đề nóng",
                                body="Phụ huynh phản ánh lạm thu", raised_at=datetime.now(TZ), payload={"urgent": True})])
    store.close()
    logged = run_until(home, "máy chủ thư 127.0.0.1:", "từ chối phiên gửi")
    assert len(inbox.login_peers) == 1, f"one session logged in (smtplib tries PLAIN, then LOGIN): {inbox.login_peers}"
    start = next(x for x in logged.splitlines() if "máy chủ thư 127.0.0.1:" in x)
    assert "kết nối được" in start and "1 thư đang chờ" in start, logged
    refused = next(x for x in logged.splitlines() if "từ chối phiên gửi" in x)
    assert "535" in refused and "sai tài khoản hoặc mật khẩu SMTP" in refused, logged


def test_run_once_does_not_wait_for_a_silent_mail_server(tmp_path, monkeypatch) -> None:
    # `run --once` with nothing to send waited out the start's check (smtp timeout + 5 s: 22.7 s, against 2 s).
    import time

    with socket.socket() as silent:  # accepts (the kernel's backlog) and never greets
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        home = settings_file(tmp_path, f"alerts:\n  smtp_host: 127.0.0.1\n  smtp_port: {silent.getsockname()[1]}\n"
                             "report:\n  auto_day: 0\n")
        monkeypatch.setenv("DIEMNONG_HOME", str(home))
        began = time.monotonic()
        assert run_once_here() == 0
        assert time.monotonic() - began < 12, "no wait for the mail server's verdict (20 s timeout)"


@pytest.mark.parametrize("quiet", [False, True])
def test_run_logs_in_at_its_start_when_the_waiting_mail_is_not_due_until_the_digest(tmp_path, tls_smtp, quiet) -> None:
    # Any waiting email made the start's check stop short of the login: one held for tomorrow's 07:30 digest (or due
    # now, in the quiet hours, which hold it for the digest) left a wrong password unsaid, and untried, until the next
    # morning, the log saying «kết nối được».
    from datetime import timedelta

    from diemnong.domain import TZ, Alert
    from store.sqlite import SQLiteStore

    inbox, port, ca_file = tls_smtp
    home = wrong_password_home(tmp_path, port, ca_file)
    if quiet:  # all day
        (home / "settings.yaml").write_text((home / "settings.yaml").read_text(encoding="utf-8").replace(
            "quiet_hours: ''", "quiet_hours: '00:00-23:59'"), encoding="utf-8")
    tomorrow = (datetime.now(TZ) + timedelta(days=1)).replace(hour=7, minute=30, second=0, microsecond=0)
    store = SQLiteStore(home / "diemnong.sqlite3")
    store.enqueue_alerts([Alert(key="st-2|vanphong@sogddt-hg.vn|0", issue_id="st-2", department="van-phong",
                                recipient="vanphong@sogddt-hg.vn", channel="email", kind="new", subject="Vấn đề nóng",
                                body="Phụ huynh phản ánh lạm thu", raised_at=datetime.now(TZ),
                                next_attempt=datetime.now(TZ) if quiet else tomorrow, payload={} if quiet else {"digest": True})])
    store.close()
    logged = run_until(home, "máy chủ thư 127.0.0.1:").splitlines()
    start = next(x for x in logged if "máy chủ thư 127.0.0.1:" in x)
    assert " WARNING " in start and "535" in start and "đăng nhập SMTP bị từ chối" in start, logged
    assert len(inbox.login_peers) == 1 and not inbox.messages, inbox.login_peers


def test_a_server_without_starttls_is_said_so_not_as_a_refused_login(tmp_path, monkeypatch, capsys, lan_smtp) -> None:
    # «đăng nhập SMTP bị từ chối» on a LAN server with no TLS and no user set: read as a wrong password
    inbox, port = lan_smtp
    monkeypatch.setenv("DIEMNONG_HOME", str(settings_file(tmp_path, f"alerts:\n  smtp_host: 127.0.0.1\n"
                                                                    f"  smtp_port: {port}\n")))
    assert main(["check"]) == 1
    server = next(x for x in capsys.readouterr().out.splitlines() if "máy chủ thư 127.0.0.1" in x)
    assert "máy chủ thư không đề nghị STARTTLS" in server and "đăng nhập" not in server.split("):", 1)[1], server


def test_check_says_a_refused_connection_as_such(tmp_path, monkeypatch, capsys) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]  # bound, not listening: refused
        monkeypatch.setenv("DIEMNONG_HOME", str(settings_file(tmp_path, f"alerts:\n  smtp_host: 127.0.0.1\n"
                                                                        f"  smtp_port: {port}\n")))
        assert main(["check"]) == 1
    server = next(x for x in capsys.readouterr().out.splitlines() if "máy chủ thư 127.0.0.1" in x)
    assert "chi tiết: máy chủ thư từ chối kết nối, chưa gửi thư nào" in server, server


def test_run_without_a_login_says_nothing_of_one_at_its_start_with_mail_due(tmp_path, lan_smtp) -> None:
    from diemnong.domain import TZ, Alert
    from store.sqlite import SQLiteStore

    inbox, port = lan_smtp
    home = check_home(tmp_path, port, "")
    (home / "settings.yaml").write_text(f"alerts:\n  smtp_host: 127.0.0.1\n  smtp_port: {port}\n  smtp_starttls: false\n"
                                        "  smtp_sender: diemnong@sogddt-hg.vn\n  quiet_hours: ''\nreport:\n  auto_day: 0\n",
                                        encoding="utf-8")
    store = SQLiteStore(home / "diemnong.sqlite3")
    store.enqueue_alerts([Alert(key="st-3|vanphong@sogddt-hg.vn|0", issue_id="st-3", department="van-phong",
                                recipient="vanphong@sogddt-hg.vn", channel="email", kind="new", subject="Vấn đề nóng",
                                body="Phụ huynh phản ánh lạm thu", raised_at=datetime.now(TZ), payload={"urgent": True})])
    store.close()
    logged = run_until(home, "máy chủ thư 127.0.0.1:", "1 đã gửi").splitlines()
    start = next(x for x in logged if "máy chủ thư 127.0.0.1:" in x)
    assert start.endswith("(không mã hóa, không đăng nhập): kết nối được"), start


def test_check_on_a_fresh_clone_says_the_default_home_is_made_by_the_first_run(tmp_path, monkeypatch, capsys) -> None:
    # «gõ nhầm --home hay DIEMNONG_HOME?» and an error, though neither was given: var/ is made by the first `make run`
    if (ROOT / "var").exists():
        pytest.skip("this checkout's default home is made")
    monkeypatch.delenv("DIEMNONG_HOME", raising=False)
    monkeypatch.chdir(ROOT)
    main(["check"])
    line = next(x for x in capsys.readouterr().out.splitlines() if "thư mục dữ liệu:" in x)
    assert "LỖI" not in line and "gõ nhầm" not in line and "chưa có" in line and "diemnong run" in line, line
    assert not (ROOT / "var").exists(), "nothing made"


def test_check_from_another_folder_says_to_run_it_from_the_checkout_or_give_the_home(tmp_path, monkeypatch,
                                                                                       capsys) -> None:
    # From ~ it said the default var «chưa có» with no error and checked the shipped defaults, never the service's
    # home (/opt/diemnong/var), as if the configuration were fine.
    monkeypatch.delenv("DIEMNONG_HOME", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 1
    line = next(x for x in capsys.readouterr().out.splitlines() if "thư mục dữ liệu:" in x)
    assert "LỖI" in line and str(ROOT) in line and "--home" in line and "DIEMNONG_HOME" in line, line
    assert not (tmp_path / "var").exists(), "nothing made"


def test_run_once_says_why_the_mail_server_was_not_reached(tmp_path, monkeypatch) -> None:
    # It ended «0 đã gửi, 1 chờ gửi lại» with no reason: the start's check, which says it, does not run with --once.
    from diemnong.domain import TZ, Alert
    from store.sqlite import SQLiteStore

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        home = check_home(tmp_path, closed.getsockname()[1], "")
        (home / "settings.yaml").write_text(f"alerts:\n  smtp_host: 127.0.0.1\n  smtp_port: {closed.getsockname()[1]}\n"
                                            "  smtp_starttls: false\n  quiet_hours: ''\nreport:\n  auto_day: 0\n",
                                            encoding="utf-8")
        store = SQLiteStore(home / "diemnong.sqlite3")
        store.enqueue_alerts([Alert(key=f"st-4|{to}|0", issue_id="st-4", department="van-phong", recipient=to,
                                    channel="email", kind="new", subject="Vấn đề nóng", body="Lạm thu",
                                    raised_at=datetime.now(TZ), payload={"urgent": True})
                              for to in ("vanphong@sogddt-hg.vn", "khong-co@sogddt-hg.vn")])
        store.close()
        monkeypatch.setenv("DIEMNONG_HOME", str(home))
        assert run_once_here() == 0
    logged = (home / "logs" / "diemnong.log").read_text(encoding="utf-8")
    said = [x for x in logged.splitlines() if "máy chủ thư 127.0.0.1:" in x]
    assert len(said) == 1 and "chưa gửi được: máy chủ từ chối kết nối" in said[0], logged


def test_run_logs_in_once_at_its_start_with_mail_held_since_a_refused_login(tmp_path, tls_smtp) -> None:
    # Held for the login the server refused (2 minutes to an hour ahead), it is due at the first round (the settings
    # may have been fixed): that round logs in, so the start's check must not as well.
    from datetime import timedelta

    from diemnong.domain import TZ, Alert
    from store.sqlite import SQLiteStore

    inbox, port, ca_file = tls_smtp
    home = wrong_password_home(tmp_path, port, ca_file)
    store = SQLiteStore(home / "diemnong.sqlite3")
    store.enqueue_alerts([Alert(key="st-5|vanphong@sogddt-hg.vn|0", issue_id="st-5", department="van-phong",
                                recipient="vanphong@sogddt-hg.vn", channel="email", kind="new", subject="Vấn đề nóng",
                                body="Phụ huynh phản ánh lạm thu", raised_at=datetime.now(TZ), payload={"urgent": True},
                                next_attempt=datetime.now(TZ) + timedelta(hours=1),
                                error="not tried, the server refused our session: email to vanphong@sogddt-hg.vn "
                                      "failed: (535, b'5.7.8 Authentication credentials invalid')")])
    store.close()
    logged = run_until(home, "máy chủ thư 127.0.0.1:", "từ chối phiên gửi")
    assert len(inbox.login_peers) == 1, inbox.login_peers
    start = next(x for x in logged.splitlines() if "máy chủ thư 127.0.0.1:" in x)
    assert "vòng gửi đầu tiên cho biết (1 thư đang chờ gửi)" in start, logged


def test_run_once_says_a_mail_server_certificate_not_trusted(tmp_path, monkeypatch, tls_smtp) -> None:
    # It ended «0 đã gửi, 1 chờ gửi lại» with no reason: only a server not reached was said, not its TLS, the case
    # alerts.smtp_ca_file is for.
    from diemnong.domain import TZ, Alert
    from store.sqlite import SQLiteStore

    inbox, port, _ = tls_smtp
    home = wrong_password_home(tmp_path, port, "")
    settings = home / "settings.yaml"  # no smtp_ca_file: the throwaway CA is not trusted
    settings.write_text(settings.read_text(encoding="utf-8").replace("  smtp_ca_file: \n", ""), encoding="utf-8")
    store = SQLiteStore(home / "diemnong.sqlite3")
    store.enqueue_alerts([Alert(key=f"st-6|{to}|0", issue_id="st-6", department="van-phong", recipient=to,
                                channel="email", kind="new", subject="Vấn đề nóng", body="Lạm thu",
                                raised_at=datetime.now(TZ), payload={"urgent": True})
                          for to in ("vanphong@sogddt-hg.vn", "khong-co@sogddt-hg.vn")])
    store.close()
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    assert run_once_here() == 0
    logged = (home / "logs" / "diemnong.log").read_text(encoding="utf-8")
    said = [x for x in logged.splitlines() if "máy chủ thư 127.0.0.1:" in x]
    assert len(said) == 1 and "chứng chỉ" in said[0] and "alerts.smtp_ca_file" in said[0], logged
    assert not inbox.messages


def test_run_logs_in_after_its_first_round_when_that_round_sent_none_of_the_mail_counted(tmp_path, tls_smtp) -> None:
    # Held for yesterday's digest (the service was down at it), the alert was counted as the first round's, so the
    # start's check left the login to that round; the round moved it to today's digest time and sent nothing: a wrong
    # password unsaid until then, the log saying «kết nối được».
    from datetime import timedelta

    from diemnong.domain import TZ, Alert
    from store.sqlite import SQLiteStore

    now = datetime.now(TZ)
    if now.strftime("%H:%M") >= "23:58":
        pytest.skip("today's digest time (23:59) must be ahead")
    inbox, port, ca_file = tls_smtp
    home = wrong_password_home(tmp_path, port, ca_file)
    (home / "settings.yaml").write_text((home / "settings.yaml").read_text(encoding="utf-8")
                                        .replace("alerts:\n", "alerts:\n  digest_time: '23:59'\n"), encoding="utf-8")
    yesterday = (now - timedelta(days=1)).replace(hour=7, minute=30, second=0, microsecond=0)
    store = SQLiteStore(home / "diemnong.sqlite3")
    store.enqueue_alerts([Alert(key="st-7|vanphong@sogddt-hg.vn|0", issue_id="st-7", department="van-phong",
                                recipient="vanphong@sogddt-hg.vn", channel="email", kind="new", subject="Vấn đề nóng",
                                body="Phụ huynh phản ánh lạm thu", raised_at=yesterday, next_attempt=yesterday,
                                payload={"digest": True})])
    store.close()
    logged = run_until(home, "máy chủ thư 127.0.0.1:", "đăng nhập SMTP bị từ chối").splitlines()
    said = [x for x in logged if "máy chủ thư 127.0.0.1:" in x]
    assert " WARNING " in said[-1] and "535" in said[-1], logged
    assert len(inbox.login_peers) == 1 and not inbox.messages, inbox.login_peers


def test_a_first_round_cut_short_before_its_email_costs_no_second_login(tmp_path: Path, tls_smtp) -> None:
    # The reviewer: a slow webhook ahead of an email cut the first round short (deliver's `until`); the login check after
    # it ran in a thread while the next round, at once, logged in to send the email: a wrong password refused twice.
    import signal
    import time
    from datetime import timedelta

    from diemnong.domain import TZ, Alert
    from store.sqlite import SQLiteStore
    from tests.conftest import LoopbackServer
    from tests.faults import child_env

    inbox, port, ca_file = tls_smtp
    hook = LoopbackServer()
    try:
        hook.route("/hook", "ok", delay=3)
        home = wrong_password_home(tmp_path, port, ca_file)
        deps = (home / "departments.yaml").read_text(encoding="utf-8")
        (home / "departments.yaml").write_text(deps + f"    webhooks: [{hook.url}/hook]\n", encoding="utf-8")
        now = datetime.now(TZ)
        with SQLiteStore(home / "diemnong.sqlite3") as store:
            store.enqueue_alerts([
                Alert(key=f"st-8|{hook.url}/hook|0", issue_id="st-8", department="van-phong", recipient=f"{hook.url}/hook",
                      channel="webhook", kind="new", subject="Vấn đề nóng", body="Lạm thu",
                      raised_at=now - timedelta(minutes=2), payload={"urgent": True}),
                Alert(key="st-8|vanphong@sogddt-hg.vn|0", issue_id="st-8", department="van-phong",
                      recipient="vanphong@sogddt-hg.vn", channel="email", kind="new", subject="Vấn đề nóng", body="Lạm thu",
                      raised_at=now - timedelta(minutes=1), payload={"urgent": True})])
        proc = subprocess.Popen([sys.executable, "-m", "diemnong", "run", "--no-dashboard", "--no-crawl", "--no-demo",
                                 "--interval", "2"], env=child_env(home), cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, start_new_session=True)
        deadline = time.monotonic() + 60
        while not inbox.login_peers and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(6)  # a second login, if any, comes within seconds of the first
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)
    finally:
        hook.close()
    assert len(inbox.login_peers) == 1, inbox.login_peers
