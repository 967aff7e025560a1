"""Alert delivery as the office lives with it, on real parts: aiosmtpd and HTTP servers on loopback, a SQLite store
in a temporary folder, the departments file the Cấu hình page writes."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator

import pytest
from aiosmtpd.controller import Controller

from diemnong.pipeline import Service
from tests.conftest import at, free_port
from tests.test_delivery import VP, Inbox, burst, round_of

SHARED = "chung@sogddt-haugiang.example"  # one mailbox typed under two departments an issue concerns


@pytest.fixture
def smtp_inbox() -> Iterator[tuple[Inbox, int]]:
    """A plain SMTP server on loopback that keeps every message: (its inbox, its port)."""
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


@pytest.fixture
def refusing_shared() -> Iterator[tuple[Inbox, int]]:
    """As smtp_inbox, the server refusing SHARED's first RCPT for good (no such mailbox yet)."""
    inbox, port = Inbox(replies={SHARED: ["550 5.1.1 User unknown"]}), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def save_departments_with(home, change) -> None:  # noqa: ANN001 - a Path, a function of a Department
    """The administrator's change on Cấu hình, written the way the page writes it."""
    from dashboard.config_edit import current_departments, save_departments

    save_departments(home, [change(d) for d in current_departments(home).values()])


def test_the_van_phong_mailbox_taken_off_a_department_it_was_also_typed_under_still_gets_the_waiting_alert(
        settings, store, smtp_inbox) -> None:
    # The Văn phòng's mailbox typed under Phòng Mầm non too: the night's issue of Mầm non was planned once for it, under
    # Mầm non (the first department listing it). Taken off Mầm non's list before the morning digest, its alert was
    # moved to Mầm non's other address, which had its own, and marked 'replaced': the Văn phòng, copied on every
    # issue, never heard of it.
    inbox, port = smtp_inbox
    s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
    save_departments_with(s.home, lambda d: replace(d, emails=(*d.emails, VP)) if d.id == "mam-non" else d)
    service = Service(s, store, workers=1)
    round_of(service, burst(5, "2025-09-05T22:30:00+07:00", hours=0.2), at("2025-09-05T23:30:00+07:00"))
    [held] = [a for a in store.list_alerts() if a.recipient == VP]
    assert (held.department, held.payload["digest"], inbox.messages) == ("mam-non", True, [])
    save_departments_with(s.home, lambda d: replace(d, emails=tuple(e for e in d.emails if e != VP)) if d.id == "mam-non" else d)
    round_of(service, [], at("2025-09-06T07:30:00+07:00"))
    round_of(service, [], at("2025-09-06T08:00:00+07:00"))
    to = sorted(m["To"] for m in inbox.messages)
    assert to == sorted(["mamnon@sogddt-haugiang.example", "tccb@sogddt-haugiang.example", VP]), "each once, the Văn phòng too"
    assert next(a for a in store.list_alerts() if a.key == held.key).state == "digested"


def test_a_given_up_alert_to_a_mailbox_the_van_phong_still_lists_goes_again_to_it_whatever_department_it_was_planned_for() -> None:
    from alerting.routing import resend_targets
    from diemnong.config import Department
    from diemnong.domain import Alert

    alert = Alert(key=f"st-1|{VP}|0", issue_id="st-1", department="mam-non", recipient=VP, channel="email", kind="new",
                  subject="S", body="B", raised_at=at("2025-09-05T08:00:00+07:00"))
    deps = {"van-phong": Department("van-phong", "Văn phòng Sở", emails=(VP,), always_copied=True),
            "mam-non": Department("mam-non", "Phòng Giáo dục Mầm non", emails=("mamnon@sgd.vn",))}
    assert resend_targets(alert, deps) == [VP, "mamnon@sgd.vn"], "kept, and Mầm non's own address gets it as its own"
    not_copied = {**deps, "van-phong": replace(deps["van-phong"], always_copied=False)}
    assert resend_targets(alert, not_copied) == ["mamnon@sgd.vn"], "a department not copied on every issue: as before"
    assert resend_targets(alert.with_(channel="webhook", recipient="https://h.vn/x"), deps) == [], "Mầm non has no webhook"


def test_a_digest_missed_while_the_machine_was_off_goes_with_today_s_in_one_message_at_the_digest_time(settings, store,
                                                                                                      smtp_inbox) -> None:
    # The office's machine off from Friday evening, on again at 06:30 on Sunday (after the quiet hours, before 07:30):
    # Friday night's issue, held for Saturday's digest, went at once in a digest dated Sunday, and Saturday night's in
    # another one at 07:30, also dated Sunday: two «Tổng hợp … ngày 07/09/2025» within the hour to the Văn phòng.
    from tests.test_delivery import other_burst

    inbox, port = smtp_inbox
    s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
    service = Service(s, store, workers=1)
    report = service.ingest(burst(5, "2025-09-05T22:30:00+07:00", hours=0.2) + other_burst(5, "2025-09-06T22:30:00+07:00"))
    assert len(report.raised) == 2 and all(r.issue.score < 12 for r in report.raised), "two non-urgent issues"
    assert service.deliver(at("2025-09-07T06:30:00+07:00"))["sent"] == 0 and inbox.messages == []
    restarted = Service(s, store, workers=1)  # and once, whatever happens in between
    assert restarted.deliver(at("2025-09-07T06:45:00+07:00"))["sent"] == 0 and inbox.messages == []
    morning = restarted.deliver(at("2025-09-07T07:30:00+07:00"))
    recipients = {a.recipient for a in store.list_alerts() if a.kind != "digest"}
    assert morning["sent"] == len(recipients) == len(inbox.messages), "one digest per recipient"
    vp = [m for m in inbox.messages if m["To"] == VP]
    assert [m["Subject"] for m in vp] == ["[Điểm Nóng] Tổng hợp 2 vấn đề cần chú ý ngày 07/09/2025"]
    assert "giáo viên mầm non bỏ việc" in vp[0].get_content() and "lạm thu đầu năm" in vp[0].get_content()
    assert restarted.deliver(at("2025-09-08T07:30:00+07:00"))["sent"] == 0


def test_one_mailbox_written_in_two_cases_under_two_departments_gets_one_morning_digest(settings, store, smtp_inbox) -> None:
    # «VanPhong@SoGDDT-HauGiang.example» typed under Phòng Kế hoạch – Tài chính, the Văn phòng's own mailbox in lower
    # case under the Văn phòng: each issue reached it once (recipients()), but the digest was folded per address as
    # written, and the Văn phòng got two «Tổng hợp» of the same morning, one under each spelling.
    from tests.test_delivery import other_burst

    inbox, port = smtp_inbox
    s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
    typed = "VanPhong@SoGDDT-HauGiang.example"
    save_departments_with(s.home, lambda d: replace(d, emails=(*d.emails, typed)) if d.id == "ke-hoach-tai-chinh" else d)
    service = Service(s, store, workers=1)
    night = burst(5, "2025-09-05T22:30:00+07:00", hours=0.2) + other_burst(5, "2025-09-05T23:00:00+07:00")
    round_of(service, night, at("2025-09-06T01:00:00+07:00"))
    assert {a.recipient for a in store.list_alerts()} >= {typed, VP}, "the Văn phòng's mailbox, once for each issue"
    round_of(service, [], at("2025-09-06T07:30:00+07:00"))
    restarted = Service(s, store, workers=1)
    round_of(restarted, [], at("2025-09-06T08:00:00+07:00"))
    to_vp = [m for m in inbox.messages if m["To"].lower() == VP]
    assert [m["Subject"] for m in to_vp] == ["[Điểm Nóng] Tổng hợp 2 vấn đề cần chú ý ngày 06/09/2025"]
    text = to_vp[0].get_content()
    assert "giáo viên mầm non bỏ việc" in text and "lạm thu đầu năm" in text
    assert len(inbox.messages) == len({m["To"].lower() for m in inbox.messages}), "one digest per mailbox"


def test_the_van_phong_mailbox_written_in_another_case_elsewhere_is_still_the_van_phong_s_for_a_re_send() -> None:
    from alerting.routing import resend_targets
    from diemnong.config import Department
    from diemnong.domain import Alert

    typed = "VanPhong@SGD.vn"
    alert = Alert(key=f"st-1|{typed}|0", issue_id="st-1", department="ke-hoach-tai-chinh", recipient=typed, channel="email",
                  kind="new", subject="S", body="B", raised_at=at("2025-09-05T08:00:00+07:00"))
    deps = {"van-phong": Department("van-phong", "Văn phòng Sở", emails=("vanphong@sgd.vn",), always_copied=True),
            "ke-hoach-tai-chinh": Department("ke-hoach-tai-chinh", "Phòng Kế hoạch – Tài chính", emails=("khtc@sgd.vn",))}
    assert resend_targets(alert, deps) == [typed, "khtc@sgd.vn"]


def test_a_webhook_whose_address_has_vietnamese_letters_gets_its_alert_with_an_ascii_idempotency_key(settings, store,
                                                                                                     http_server) -> None:
    # «…/cảnh-báo» passes Cấu hình's check and takes requests (its path goes percent-encoded), but the alert's key, sent
    # as the Idempotency-Key header, holds the address: the header could not be encoded and the alert was given up at
    # its first try, «địa chỉ webhook không hợp lệ».
    import json
    from urllib.parse import quote

    from tests.test_delivery import one_webhook

    http_server.route("/api/c%E1%BA%A3nh-b%C3%A1o", '{"ok": true}', status=503, content_type="application/json")
    service = Service(settings.override(alerts__quiet_hours=""), store, workers=1)
    one_webhook(service, http_server.url + "/api/cảnh-báo")
    service.ingest(burst(5))
    assert service.deliver(at("2025-09-05T12:00:00+07:00"))["retry"] == 1, "a server busy for now: tried again"
    http_server.route("/api/c%E1%BA%A3nh-b%C3%A1o", '{"ok": true}', content_type="application/json")
    assert service.deliver(at("2025-09-05T13:00:00+07:00"))["sent"] == 1
    posts = [headers for method, _, headers in http_server.requests if method == "POST"]
    keys = {h["Idempotency-Key"] for h in posts}
    [alert] = store.list_alerts()
    assert len(posts) == 2 and keys == {quote(alert.key, safe="".join(map(chr, range(0x20, 0x7F))))}, "one key, ASCII"
    assert json.loads(posts[-1]["_body"])["key"] == alert.key and "cảnh-báo" in alert.key
    assert alert.state == "sent" and service.deliver(at("2025-09-06T13:00:00+07:00"))["sent"] == 0


def test_a_title_given_with_a_line_break_is_one_line_in_the_digest_the_email_and_the_webhook_s_subject(
        settings, store, smtp_inbox, http_server) -> None:
    # An input line's «title» with a line break (and a 1,000-letter one, «<» and «&»): the email's Subject was one line,
    # but the webhook got a two-line subject and the digest's numbered list broke in the middle of the item.
    import json

    from tests.test_delivery import one_webhook

    inbox, port = smtp_inbox
    s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
    service = Service(s, store, workers=1)
    one_webhook(service, http_server.route("/hook", '{"ok": true}', content_type="application/json"))
    dep = service.departments["van-phong"]
    service.departments["van-phong"] = replace(dep, emails=(VP,))
    title = "Phụ huynh hỏi «<các khoản thu>» & «quỹ lớp»\nở trường tiểu học Vị Tân " + "rất dài " * 120
    service.ingest([a.with_(title=title) for a in burst(5, "2025-09-05T22:30:00+07:00", hours=0.2)])
    service.deliver(at("2025-09-06T07:30:00+07:00"))
    [digest] = [m.get_content() for m in inbox.messages]
    one = " ".join(title.split())
    assert f"\n1. {one}\n   " in digest, "the item's title on its own line, whole"
    [post] = [json.loads(h["_body"]) for method, _, h in http_server.requests if method == "POST"]
    assert "\n" not in post["subject"] and post["subject"].startswith("[Điểm Nóng] Tổng hợp 1 vấn đề")
    assert f"\n1. {one}\n   " in post["text"] and post["issues"][0]["title"] == title.strip(), "the data as it came"
    from tests.test_delivery import other_burst

    day = "Phụ huynh phản ánh lạm thu đầu năm học\nở nhiều trường tiểu học"
    service.ingest([a.with_(title=day) for a in other_burst(5, "2025-09-06T09:00:00+07:00")])
    service.deliver(at("2025-09-06T14:00:00+07:00"))
    alert = next(a for a in store.list_alerts() if a.kind == "new" and a.state == "sent" and a.channel == "email")
    assert alert.subject == inbox.messages[-1]["Subject"] == "[Điểm Nóng] Vấn đề nóng: " + " ".join(day.split())
    assert alert.body.startswith(f"Phát hiện vấn đề nóng: {' '.join(day.split())}\n\nChủ đề:")
    [post] = [json.loads(h["_body"]) for method, _, h in http_server.requests if method == "POST"][1:]
    assert post["subject"] == alert.subject


@pytest.mark.parametrize("url", ["https://sgd.example/diemnong/?embed=true", "https://sgd.example/diemnong/#x",
                                 "https://sgd.example/diemnong?embed=true#x", "https://sgd.example/diemnong/?"])
def test_a_dashboard_address_copied_with_its_query_or_fragment_links_without_them_and_it_is_said(url: str) -> None:
    # «https://sgd.example/diemnong/?embed=true», copied from the browser's address bar, made links
    # «…/?embed=true/van_de?id=…», which open the home page (or nothing), and nothing said so.
    from alerting.messages import home_link, issue_link, report_link
    from diemnong.config import dashboard_url_problem

    base = "https://sgd.example/diemnong"
    assert issue_link(url, "st-1") == f"{base}/van_de?id=st-1"
    assert (home_link(url), report_link(url, "2025-09")) == (f"{base}/", f"{base}/bao_cao?month=2025-09")
    said = dashboard_url_problem(url)
    assert f"«{url}»" in said and "liên kết trong cảnh báo và báo cáo bỏ phần đó" in said and f"là {base}/" in said, said
    assert dashboard_url_problem(f"{base}/") == "", "an address as it should be is not warned about"


def test_the_dashboard_address_s_help_says_a_query_or_fragment_is_left_out_of_the_links() -> None:
    # Links leave out a «?…» or «#…» copied with general.dashboard_url, but its help (`diemnong settings`, Cấu hình, the
    # README's table) did not say so: an administrator who meant it to be in the links had nowhere to read it is not.
    from diemnong.config import load_settings

    assert "phần «?…» hay «#…» chép kèm địa chỉ được bỏ khỏi liên kết" in load_settings(env={}).specs["general.dashboard_url"].help



def test_a_mailbox_taken_off_the_department_it_was_planned_under_still_gets_the_waiting_alert_another_one_lists(
        settings, store, smtp_inbox) -> None:
    # One mailbox listed by Phòng Mầm non and Phòng Tổ chức cán bộ, both concerned by the night's issue: planned once,
    # under the first of them. Taken off that one's list before the morning digest (the other still lists it), its
    # alert was moved to the first department's other address, which had its own: the mailbox never heard of it.
    inbox, port = smtp_inbox
    s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
    both = ("mam-non", "to-chuc-can-bo")
    save_departments_with(s.home, lambda d: replace(d, emails=(*d.emails, SHARED)) if d.id in both else d)
    service = Service(s, store, workers=1)
    round_of(service, burst(5, "2025-09-05T22:30:00+07:00", hours=0.2), at("2025-09-05T23:30:00+07:00"))
    [held] = [a for a in store.list_alerts() if a.recipient == SHARED]
    assert held.department in both and held.payload["digest"] and inbox.messages == []
    save_departments_with(s.home, lambda d: replace(d, emails=tuple(e for e in d.emails if e != SHARED))
                          if d.id == held.department else d)
    round_of(service, [], at("2025-09-06T07:30:00+07:00"))
    round_of(service, [], at("2025-09-06T08:00:00+07:00"))
    to = sorted(m["To"] for m in inbox.messages)
    assert to == sorted(["mamnon@sogddt-haugiang.example", "tccb@sogddt-haugiang.example", VP, SHARED]), "each once"
    assert next(a for a in store.list_alerts() if a.key == held.key).state == "digested"


def test_a_given_up_alert_to_a_mailbox_another_concerned_department_still_lists_goes_again_to_it(
        settings, store, refusing_shared) -> None:
    # The same mailbox, refused for good while the server's account was being made; meanwhile taken off the department
    # it was planned under. «Gửi lại» moved it to that department's other address, which had had its own.
    from dashboard.config_edit import current_departments
    from diemnong.pipeline import failed_alerts, resend_failed
    from tests.test_delivery import on_loopback

    inbox, port = refusing_shared
    s = on_loopback(settings, port)
    both = ("mam-non", "to-chuc-can-bo")
    save_departments_with(s.home, lambda d: replace(d, emails=(*d.emails, SHARED)) if d.id in both else d)
    service = Service(s, store, workers=1)
    round_of(service, burst(5), at("2025-09-05T12:00:00+07:00"))
    [given_up] = failed_alerts(store)
    assert given_up.recipient == SHARED and given_up.department in both
    sent = len(inbox.messages)
    save_departments_with(s.home, lambda d: replace(d, emails=tuple(e for e in d.emails if e != SHARED))
                          if d.id == given_up.department else d)
    now = at("2025-09-06T09:00:00+07:00")
    done = resend_failed(s, store, [given_up], "Lan", now, current_departments(s.home))
    assert [a.key for a in done.requeued] == [given_up.key] and not done.moved, "the same alert, to the same mailbox"
    round_of(service, [], now)
    assert [m["To"] for m in inbox.messages[sent:]] == [SHARED]


def test_an_escalation_replies_to_the_first_alert_its_mailbox_got_under_another_spelling(settings, store,
                                                                                        smtp_inbox) -> None:
    # «VanPhong@…» typed under Phòng Mầm non got the first alert (recipients() keeps the first department's spelling);
    # taken off there, the escalation went to the Văn phòng's «vanphong@…»: compared as written, the first alert was
    # another recipient's, and the escalation came worded as a new issue («Phát hiện vấn đề nóng»), replying to nothing.
    inbox, port = smtp_inbox
    s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
    typed = "VanPhong@SoGDDT-HauGiang.example"
    save_departments_with(s.home, lambda d: replace(d, emails=(*d.emails, typed)) if d.id == "mam-non" else d)
    service = Service(s, store, workers=1)
    articles = burst(12, "2025-09-05T09:00:00+07:00", hours=0.4)
    round_of(service, articles[:6], at("2025-09-05T11:30:00+07:00"))
    [first] = [m for m in inbox.messages if m["To"].lower() == VP]
    assert first["To"] == typed
    save_departments_with(s.home, lambda d: replace(d, emails=tuple(e for e in d.emails if e != typed))
                          if d.id == "mam-non" else d)
    round_of(service, articles[6:], at("2025-09-05T14:00:00+07:00"))
    [later] = [m for m in inbox.messages if m["To"].lower() == VP and m is not first]
    assert later["To"] == VP and later["In-Reply-To"] == first["Message-ID"], "one thread in one mailbox"
    assert later["Subject"].startswith("[Điểm Nóng] Tiếp tục nóng lên") and "Lan rộng: từ" in later.get_content()


def test_a_re_send_keeps_a_mailbox_only_a_department_its_issue_concerns_lists_or_its_own_in_another_case() -> None:
    from alerting.routing import resend_targets
    from diemnong.config import Department
    from diemnong.domain import Alert

    alert = Alert(key=f"st-1|{SHARED}|0", issue_id="st-1", department="mam-non", recipient=SHARED, channel="email",
                  kind="new", subject="S", body="B", raised_at=at("2025-09-05T08:00:00+07:00"),
                  payload={"lead_departments": ["mam-non", "to-chuc-can-bo", "van-phong"]})
    deps = {"mam-non": Department("mam-non", "Phòng Giáo dục Mầm non", emails=("mamnon@sgd.vn",)),
            "to-chuc-can-bo": Department("to-chuc-can-bo", "Phòng Tổ chức cán bộ", emails=(SHARED.upper(),)),
            "thanh-tra": Department("thanh-tra", "Thanh tra Sở", emails=("thanhtra@sgd.vn",))}
    assert resend_targets(alert, deps) == [SHARED, "mamnon@sgd.vn"], "Tổ chức cán bộ, concerned, still lists the mailbox"
    elsewhere = {**deps, "to-chuc-can-bo": replace(deps["to-chuc-can-bo"], emails=()),
                 "thanh-tra": replace(deps["thanh-tra"], emails=(SHARED,))}
    assert resend_targets(alert, elsewhere) == ["mamnon@sgd.vn"], "a department the issue does not concern: as before"
    retyped = {"mam-non": replace(deps["mam-non"], emails=("mamnon@sgd.vn", SHARED.upper()))}
    assert resend_targets(alert, retyped) == [SHARED], "its own address retyped in capitals: the same mailbox"


OWN = "gdmn.rieng@sogddt-haugiang.example"  # Phòng Mầm non's own mailbox, made at last


def test_a_department_that_listed_the_van_phong_s_mailbox_given_its_own_hears_of_its_waiting_issue_and_the_van_phong_too(
        settings, store, smtp_inbox) -> None:
    # Phòng Mầm non had no mailbox and listed the Văn phòng's: the night's issue it leads was planned once for that
    # mailbox, under Mầm non. Given its own mailbox in place of the Văn phòng's before the morning digest, the alert
    # stayed with the Văn phòng (copied on every issue) and Mầm non's new mailbox never heard of the issue it leads.
    inbox, port = smtp_inbox
    s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
    save_departments_with(s.home, lambda d: replace(d, emails=(VP,)) if d.id == "mam-non" else d)
    service = Service(s, store, workers=1)
    round_of(service, burst(5, "2025-09-05T22:30:00+07:00", hours=0.2), at("2025-09-05T23:30:00+07:00"))
    [held] = [a for a in store.list_alerts() if a.recipient == VP]
    assert held.department == "mam-non" and held.payload["digest"] and inbox.messages == []
    save_departments_with(s.home, lambda d: replace(d, emails=(OWN,)) if d.id == "mam-non" else d)
    round_of(service, [], at("2025-09-06T07:30:00+07:00"))
    round_of(service, [], at("2025-09-06T08:00:00+07:00"))
    Service(s, store, workers=1).deliver(at("2025-09-06T09:00:00+07:00"))  # a restart: nothing more
    to = sorted(m["To"] for m in inbox.messages)
    assert to == sorted([OWN, "tccb@sogddt-haugiang.example", VP]), "each once, Mầm non's own mailbox too"
    assert all("giáo viên mầm non bỏ việc" in m.get_content() for m in inbox.messages)
    assert next(a for a in store.list_alerts() if a.key == held.key).state == "digested", "the Văn phòng's, kept"


def test_a_given_up_alert_to_the_van_phong_s_mailbox_a_department_listed_goes_again_to_it_and_to_the_department_s_own(
        settings) -> None:
    from dashboard.config_edit import current_departments
    from diemnong.pipeline import failed_alerts, resend_failed
    from store import open_store
    from tests.test_delivery import alerts_command, on_loopback

    inbox, port = Inbox(replies={VP: ["550 5.1.1 User unknown"]}), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    store = open_store(settings)  # the home's, that `diemnong alerts` reads
    try:
        s = on_loopback(settings, port)
        save_departments_with(s.home, lambda d: replace(d, emails=(VP,)) if d.id == "mam-non" else d)
        service = Service(s, store, workers=1)
        round_of(service, burst(5), at("2025-09-05T12:00:00+07:00"))
        [given_up] = failed_alerts(store)
        assert given_up.recipient == VP and given_up.department == "mam-non"
        sent = len(inbox.messages)
        save_departments_with(s.home, lambda d: replace(d, emails=(OWN,)) if d.id == "mam-non" else d)
        listed = alerts_command(s.home).stdout
        assert f"Gửi lại: gửi lại tới địa chỉ này (đơn vị khác vẫn dùng) và tới địa chỉ mới {OWN}" in listed, listed
        now = at("2025-09-06T09:00:00+07:00")
        done = resend_failed(s, store, [given_up], "Lan", now, current_departments(s.home))
        assert [a.key for a in done.requeued] == [given_up.key] and not done.moved
        [(again, [copy])] = done.copied
        assert (again.key, copy.key, copy.department) == (given_up.key, f"{given_up.issue_id}|{OWN}|0", "mam-non")
        assert (done.queued, done.to_new_addresses) == (2, 1)
        [event] = [e for e in store.get_issue(given_up.issue_id).events if e.kind == "resend"]
        assert event.value == "2 cảnh báo" and f"bản sao tới địa chỉ mới {OWN}" in event.note, event.note
        assert resend_failed(s, store, [given_up], "Lan", now, current_departments(s.home)).queued == 0, "queued once"
        round_of(service, [], now)
        assert sorted(m["To"] for m in inbox.messages[sent:]) == sorted([OWN, VP])
    finally:
        store.close()
        controller.stop()


@pytest.mark.parametrize("new_hook", [False, True])
def test_a_webhook_that_asked_to_wait_keeps_its_wait_when_taken_off_a_department_while_the_van_phong_keeps_it(
        settings, store, http_server, new_hook: bool) -> None:
    # One webhook listed by the Văn phòng and Phòng Mầm non answered 429, Retry-After: 3600. Taken off Mầm non (the
    # Văn phòng keeps it), it was posted again at the next round, and at each change of the departments file, while
    # the alert stayed its own. Mầm non's new webhook, if given one, gets its copy at once.
    hook = http_server.route("/hook", "slow down", status=429, content_type="text/plain", headers={"Retry-After": "3600"})
    other = http_server.route("/moi", '{"ok": true}', content_type="application/json")
    s = settings.override(alerts__quiet_hours="")
    save_departments_with(s.home, lambda d: replace(d, emails=(), webhooks=(hook,)) if d.id in ("van-phong", "mam-non") else d)
    service = Service(s, store, workers=1)
    round_of(service, burst(5), at("2025-09-05T12:00:00+07:00"))
    posts = lambda path: [r[1] for r in http_server.requests if r[0] == "POST" and r[1] == path]  # noqa: E731
    [waiting] = [a for a in store.list_alerts() if a.recipient == hook]
    assert (waiting.department, len(posts("/hook")), waiting.next_attempt) == ("mam-non", 1, at("2025-09-05T13:00:00+07:00"))
    save_departments_with(s.home, lambda d: replace(d, webhooks=(other,) if new_hook else ()) if d.id == "mam-non" else d)
    round_of(service, [], at("2025-09-05T12:05:00+07:00"))
    save_departments_with(s.home, lambda d: replace(d, emails=("them@sogddt-haugiang.example",)) if d.id == "thanh-tra" else d)
    round_of(service, [], at("2025-09-05T12:10:00+07:00"))
    assert len(posts("/hook")) == 1, "not before the hour it asked for"
    assert len(posts("/moi")) == (1 if new_hook else 0), "a new address of the department: its copy at once"
    assert next(a for a in store.list_alerts() if a.key == waiting.key).next_attempt == at("2025-09-05T13:00:00+07:00")
    http_server.route("/hook", '{"ok": true}', content_type="application/json")
    round_of(service, [], at("2025-09-05T13:00:00+07:00"))
    assert len(posts("/hook")) == 2 and next(a for a in store.list_alerts() if a.key == waiting.key).state == "sent"


@pytest.mark.parametrize(("restart", "digest_time", "goes"), [("08:00", "09:00", "08:00"), ("06:59", "07:00", "07:30"),
                                                              ("06:59", "09:00", "07:30")])
def test_a_digest_missed_while_the_machine_was_off_and_today_s_go_in_one_message_when_the_digest_time_was_changed(
        settings, store, smtp_inbox, restart: str, digest_time: str, goes: str) -> None:
    # Friday night's issue held for Saturday's 07:30 digest, Saturday night's for Sunday's; the machine off from Friday
    # night. Restarted on Sunday at 08:00 with the digest time changed to 09:00: today's went at once (due since 07:30),
    # Saturday's at 09:00, a second «Tổng hợp» of the day. Restarted at 06:59 with 07:00 or 09:00: the same, at 07:00
    # and 07:30, or 07:30 and 09:00.
    from tests.test_delivery import other_burst

    inbox, port = smtp_inbox
    s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
    Service(s, store, workers=1).ingest(burst(5, "2025-09-05T22:30:00+07:00", hours=0.2)
                                        + other_burst(5, "2025-09-06T22:30:00+07:00"))
    restarted = Service(s.override(alerts__digest_time=digest_time), store, workers=1)
    got = []
    for hhmm in sorted({restart, "07:00", "07:30", "08:00", "08:30", "09:00", "09:30", "10:00"}):
        if hhmm >= restart:
            n = len(inbox.messages)
            restarted.deliver(at(f"2025-09-07T{hhmm}:00+07:00"))
            got += [(hhmm, m["Subject"]) for m in inbox.messages[n:] if m["To"] == VP]
    assert got == [(goes, "[Điểm Nóng] Tổng hợp 2 vấn đề cần chú ý ngày 07/09/2025")], "one digest that day, both in it"
    assert restarted.deliver(at("2025-09-08T09:00:00+07:00"))["sent"] == 0


ZALO_TOKEN = '{"error": -216, "message": "Access token is invalid"}'


@pytest.mark.parametrize(("body", "status", "state", "said"), [
    pytest.param(ZALO_TOKEN, 200, "failed", "-216 Access token is invalid", id="zalo-token"),
    pytest.param('{"ok": false, "error_code": 400, "description": "Bad Request: chat not found"}', 200, "failed",
                 "400 Bad Request: chat not found", id="telegram-through-a-relay"),
    pytest.param('{"ok": false, "error": "invalid_auth"}', 200, "failed", "invalid_auth", id="slack-token"),
    pytest.param('{"errcode": 40014, "errmsg": "invalid access_token"}', 200, "failed", "40014 invalid access_token",
                 id="wecom-token"),
    pytest.param('{"ok": false, "error": "internal_error"}', 200, "pending", "internal_error", id="slack-for-now"),
    pytest.param('{"error": -32, "message": "Service busy"}', 202, "pending", "-32 Service busy", id="unknown-code"),
    pytest.param("\ufeff" + ZALO_TOKEN, 200, "failed", "-216 Access token is invalid", id="utf-8-bom"),
])
def test_a_webhook_that_answers_200_with_an_error_in_its_body_did_not_get_the_alert(
        settings, store, http_server, caplog, body: str, status: int, state: str, said: str) -> None:
    # Zalo OA's API answers HTTP 200 with {"error": -216, …} to a bad access token, and relays answer 200 whatever the
    # chat service said: the alert counted as sent, and nobody heard of the issue nor of the token to fix.
    from diemnong.reasons import describe_delivery
    from tests.test_delivery import one_webhook

    url = http_server.route("/hook", body, status=status, content_type="application/json; charset=utf-8")
    service = Service(settings.override(alerts__quiet_hours=""), store, workers=1)
    one_webhook(service, url)
    service.ingest(burst(5))
    with caplog.at_level("WARNING", logger="diemnong.pipeline"):
        counts = service.deliver(at("2025-09-05T12:00:00+07:00"))
    [alert] = store.list_alerts()
    assert (counts["sent"], alert.state, alert.attempts) == (0, state, 1)
    assert said in alert.error and f"«{said}»" in describe_delivery(alert.error, alert.state)
    if state == "failed":  # refused for good: said once in the log, in Vietnamese, with the service's words
        [line] = [r.getMessage() for r in caplog.records if "không gửi được" in r.getMessage()]
        assert f"webhook trả lời nhưng báo không nhận cảnh báo: «{said}»" in line and "không gửi lại" in line
        assert service.deliver(at("2025-09-06T12:00:00+07:00"))["sent"] == 0
        assert len([r for r in http_server.requests if r[0] == "POST"]) == 1, "not retried"
    else:
        http_server.route("/hook", '{"ok": true}', content_type="application/json")
        assert service.deliver(at("2025-09-05T13:00:00+07:00"))["sent"] == 1


def test_a_token_error_in_a_200_reply_says_the_access_token_is_to_fix(settings, store, http_server, caplog) -> None:
    from tests.test_delivery import one_webhook

    service = Service(settings.override(alerts__quiet_hours=""), store, workers=1)
    one_webhook(service, http_server.route("/hook", ZALO_TOKEN, content_type="application/json"))
    service.ingest(burst(5))
    with caplog.at_level("WARNING", logger="diemnong.pipeline"):
        service.deliver(at("2025-09-05T12:00:00+07:00"))
    assert any("mã truy cập (token) không hợp lệ hoặc đã hết hạn" in r.getMessage() for r in caplog.records)


def test_a_webhook_that_answers_200_asking_to_slow_down_in_its_body_is_waited_for(settings, store, http_server) -> None:
    from diemnong.reasons import describe_delivery
    from tests.test_delivery import one_webhook

    url = http_server.route("/hook", '{"ok": false, "error_code": 429, "description": "Too Many Requests: retry after '
                            '1800", "parameters": {"retry_after": 1800}}', content_type="application/json")
    service = Service(settings.override(alerts__quiet_hours=""), store, workers=1)
    one_webhook(service, url)
    service.ingest(burst(5))
    assert service.deliver(at("2025-09-05T12:00:00+07:00"))["retry"] == 1
    [alert] = store.list_alerts()
    assert alert.state == "pending" and alert.next_attempt >= at("2025-09-05T12:30:00+07:00"), "not before it asked"
    assert "bị giới hạn số lần gửi" in describe_delivery(alert.error, alert.state)


@pytest.mark.parametrize(("body", "content_type"), [
    pytest.param("ok", "text/plain", id="text"),
    pytest.param("", "application/json", id="empty"),
    pytest.param('[{"ok": false}]', "application/json", id="array"),
    pytest.param('{"ok": true, "result": {"message_id": 7}}', "application/json", id="ok-true"),
    pytest.param('{"error": 0, "message": "Success", "data": {"message_id": "a1"}}', "application/json", id="zalo-success"),
    pytest.param('{"errcode": 0, "errmsg": "ok"}', "application/json", id="errcode-0"),
    pytest.param('{"error_code": 200, "description": "OK"}', "application/json", id="code-200"),
    pytest.param("<html><body>Đã nhận</body></html>", "text/html; charset=utf-8", id="html"),
])
def test_a_webhook_200_reply_that_says_no_error_is_a_delivery(settings, store, http_server, body: str,
                                                              content_type: str) -> None:
    from tests.test_delivery import one_webhook

    service = Service(settings.override(alerts__quiet_hours=""), store, workers=1)
    one_webhook(service, http_server.route("/hook", body, content_type=content_type))
    service.ingest(burst(5))
    assert service.deliver(at("2025-09-05T12:00:00+07:00"))["sent"] == 1
    assert [a.state for a in store.list_alerts()] == ["sent"]


@pytest.fixture
def deferring_van_phong() -> Iterator[tuple[Inbox, int]]:
    """As smtp_inbox, the server deferring the Văn phòng's first RCPT (a mailbox over quota for the night)."""
    inbox, port = Inbox(replies={VP: ["451 4.2.2 Mailbox full, try again later"]}), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def test_a_waiting_digest_copied_to_a_department_s_new_mailbox_lists_only_the_issues_it_should_hear_of(
        settings, store, deferring_van_phong) -> None:
    # Phòng Mầm non listed the Văn phòng's mailbox: the night's issues (its own, then one of Tiểu học) were folded into
    # one morning digest for that mailbox, under Mầm non, which the server deferred. Given its own mailbox meanwhile,
    # Mầm non got a copy listing Tiểu học's issue too, which it has nothing to do with.
    from tests.test_delivery import other_burst

    inbox, port = deferring_van_phong
    s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
    save_departments_with(s.home, lambda d: replace(d, emails=(VP,)) if d.id == "mam-non" else d)
    service = Service(s, store, workers=1)
    round_of(service, burst(5, "2025-09-05T22:30:00+07:00", hours=0.2), at("2025-09-05T23:30:00+07:00"))
    round_of(service, other_burst(5, "2025-09-05T22:40:00+07:00"), at("2025-09-06T03:00:00+07:00"))
    round_of(service, [], at("2025-09-06T07:30:00+07:00"))
    [digest] = [a for a in store.list_alerts() if a.kind == "digest" and a.recipient == VP]
    assert (digest.department, digest.state, len(digest.payload["issues"])) == ("mam-non", "pending", 2)
    save_departments_with(s.home, lambda d: replace(d, emails=(OWN,)) if d.id == "mam-non" else d)
    round_of(service, [], at("2025-09-06T08:00:00+07:00"))
    got = {m["To"]: m for m in inbox.messages}
    assert "lạm thu" in got[VP].get_content() and "mầm non bỏ việc" in got[VP].get_content(), "the Văn phòng: both"
    own = got[OWN].get_content()
    assert "mầm non bỏ việc" in own and "lạm thu" not in own, "Mầm non: its own issue only"
    assert got[OWN]["Subject"] == "[Điểm Nóng] Tổng hợp 1 vấn đề cần chú ý ngày 06/09/2025"
    [copy] = [a for a in store.list_alerts() if a.kind == "digest" and a.recipient == OWN]
    assert [i["title"] for i in copy.payload["issues"]] == [digest.payload["issues"][0]["title"]]


VP_NEW = "vanphong.moi@sogddt-haugiang.example"  # the Văn phòng's new mailbox


def test_a_waiting_digest_copied_to_the_van_phong_s_new_mailbox_lists_every_issue(settings, store,
                                                                                 deferring_van_phong) -> None:
    # The same mailbox, the digest folded under the Văn phòng (its first issue, Kế hoạch – Tài chính's, reached the
    # mailbox through the Văn phòng); the Văn phòng moved to a new mailbox, Mầm non kept the old one: the Văn phòng,
    # copied on every issue, hears of both.
    from tests.test_delivery import other_burst

    inbox, port = deferring_van_phong
    s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
    save_departments_with(s.home, lambda d: replace(d, emails=(VP,)) if d.id == "mam-non" else d)
    service = Service(s, store, workers=1)
    round_of(service, other_burst(5, "2025-09-05T18:00:00+07:00"), at("2025-09-05T23:30:00+07:00"))
    round_of(service, burst(5, "2025-09-06T00:30:00+07:00", hours=0.2), at("2025-09-06T03:00:00+07:00"))
    round_of(service, [], at("2025-09-06T07:30:00+07:00"))
    [digest] = [a for a in store.list_alerts() if a.kind == "digest" and a.recipient == VP]
    assert (digest.department, digest.state, len(digest.payload["issues"])) == ("van-phong", "pending", 2)
    save_departments_with(s.home, lambda d: replace(d, emails=(VP_NEW,)) if d.id == "van-phong" else d)
    round_of(service, [], at("2025-09-06T08:00:00+07:00"))
    got = {m["To"]: m.get_content() for m in inbox.messages}
    assert "lạm thu" in got[VP_NEW] and "mầm non bỏ việc" in got[VP_NEW], "the Văn phòng: every issue"


def test_a_given_up_digest_re_sent_copies_to_a_department_s_new_mailbox_only_the_issues_it_leads(settings) -> None:
    # «Gửi lại» of a digest the Văn phòng's mailbox refused while Mầm non listed it: Mầm non's own mailbox, given in its
    # place, got a copy listing Kế hoạch – Tài chính's issue too.
    from dashboard.config_edit import current_departments
    from diemnong.pipeline import failed_alerts, resend_failed
    from store import open_store
    from tests.test_delivery import other_burst

    inbox, port = Inbox(replies={VP: ["550 5.2.1 Mailbox disabled"]}), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
        store = open_store(s)
        save_departments_with(s.home, lambda d: replace(d, emails=(VP,)) if d.id == "mam-non" else d)
        service = Service(s, store, workers=1)
        round_of(service, burst(5, "2025-09-05T22:30:00+07:00", hours=0.2), at("2025-09-05T23:30:00+07:00"))
        round_of(service, other_burst(5, "2025-09-05T22:40:00+07:00"), at("2025-09-06T03:00:00+07:00"))
        round_of(service, [], at("2025-09-06T07:30:00+07:00"))
        [given_up] = [a for a in failed_alerts(store) if a.kind == "digest"]
        assert given_up.department == "mam-non" and len(given_up.payload["issues"]) == 2
        save_departments_with(s.home, lambda d: replace(d, emails=(OWN,)) if d.id == "mam-non" else d)
        now = at("2025-09-06T09:00:00+07:00")
        done = resend_failed(s, store, [given_up], "Lan", now, current_departments(s.home))
        assert [a.key for a in done.requeued] == [given_up.key]
        round_of(service, [], now)
    finally:
        controller.stop()
    got = {m["To"]: m for m in inbox.messages}
    assert "mầm non bỏ việc" in got[OWN].get_content() and "lạm thu" not in got[OWN].get_content()
    assert got[OWN]["Subject"] == "[Điểm Nóng] Tổng hợp 1 vấn đề cần chú ý ngày 06/09/2025"


@pytest.mark.parametrize(("body", "state"), [
    pytest.param('{"error": NaN, "message": "x"}', "sent", id="nan"),
    pytest.param('{"error": 1e400, "message": "x"}', "sent", id="infinity"),
    pytest.param('{"errcode": -Infinity}', "sent", id="minus-infinity"),
    pytest.param("[" * 4000, "sent", id="nested-deeper-than-the-parser-goes"),
    pytest.param('{"ok": false, "error_code": 429, "parameters": {"retry_after": 1e400}}', "pending", id="wait-infinity"),
    pytest.param('{"ok": false, "error_code": 429, "parameters": {"retry_after": NaN}}', "pending", id="wait-nan"),
    pytest.param('{"ok": false, "error_code": 429, "retry_after": "\u00b2"}', "pending", id="wait-no-number"),
    pytest.param(b'{"ok": false, "error": "\xff\xfe\xc3"}', "pending", id="invalid-utf-8"),
])
def test_whatever_a_webhook_answers_the_round_goes_on_and_the_alert_does_not_stay_sending(
        settings, store, http_server, body: str | bytes, state: str) -> None:
    # {"error": NaN} in a 200 reply raised ValueError out of the round (1e400: OverflowError; 4000 «[»: RecursionError;
    # a retry_after «²»: ValueError reading the wait): the alert stayed 'sending', and so again after every restart.
    from tests.test_delivery import one_webhook

    service = Service(settings.override(alerts__quiet_hours=""), store, workers=1)
    one_webhook(service, http_server.route("/hook", body, content_type="application/json"))
    service.ingest(burst(5))
    service.deliver(at("2025-09-05T12:00:00+07:00"))
    assert [a.state for a in store.list_alerts()] == [state]


@pytest.mark.parametrize("charset", ["base64", "zlib", "idna"])
def test_a_reply_in_a_charset_no_text_is_written_in_is_read_as_utf_8(settings, store, http_server, charset: str) -> None:
    # bytes.decode("base64") raised LookupError out of the round; "idna" a UnicodeError, refused as an address no
    # request can go to.
    from tests.test_delivery import one_webhook

    service = Service(settings.override(alerts__quiet_hours=""), store, workers=1)
    one_webhook(service, http_server.route("/hook", '{"ok": false, "error": "invalid_auth"}',
                                           content_type=f"application/json; charset={charset}"))
    service.ingest(burst(5))
    service.deliver(at("2025-09-05T12:00:00+07:00"))
    [alert] = store.list_alerts()
    assert alert.state == "failed" and alert.error.endswith("it said: invalid_auth")


def test_a_429_whose_retry_after_is_no_ascii_number_is_retried_later(settings, store, http_server) -> None:
    # The header's byte 0xB2 reads as «²», which str.isdigit() takes and float() does not: ValueError out of the round.
    from tests.test_delivery import one_webhook

    service = Service(settings.override(alerts__quiet_hours=""), store, workers=1)
    one_webhook(service, http_server.route("/hook", "", status=429, headers={"Retry-After": "\u00b2"}))
    service.ingest(burst(5))
    assert service.deliver(at("2025-09-05T12:00:00+07:00"))["retry"] == 1
    assert [a.state for a in store.list_alerts()] == ["pending"]


def test_a_200_reply_that_says_no_and_gives_no_reason_says_the_reason_is_unknown(settings, store, http_server) -> None:
    from diemnong.reasons import describe_delivery
    from tests.test_delivery import one_webhook

    service = Service(settings.override(alerts__quiet_hours=""), store, workers=1)
    one_webhook(service, http_server.route("/hook", '{"ok": false}', content_type="application/json"))
    service.ingest(burst(5))
    service.deliver(at("2025-09-05T12:00:00+07:00"))
    [alert] = store.list_alerts()
    said = describe_delivery(alert.error, alert.state)
    assert alert.state == "pending" and "báo không nhận cảnh báo: không rõ lý do" in said and "«»" not in said


@pytest.fixture
def holding_hook() -> Iterator[str]:
    """A webhook on loopback that answers 200 with its headers (a JSON body of 11 bytes to come) and then holds the
    body for 20 s; its address."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    done = threading.Event()

    class Holding(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "11")
            self.end_headers()
            self.wfile.flush()
            done.wait(20)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Holding)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    done.set()
    server.shutdown()
    server.server_close()


def test_a_200_reply_that_holds_its_body_is_a_delivery_after_a_short_wait(settings, store, holding_hook) -> None:
    # Its body was read for an error with the client's 15 s timeout per read: 15 s per alert of a round, though the
    # body is read for no more than REPLY_WAIT (2 s).
    import time

    from tests.test_delivery import one_webhook

    service = Service(settings.override(alerts__quiet_hours=""), store, workers=1)
    one_webhook(service, holding_hook)
    service.ingest(burst(5))
    start = time.monotonic()
    assert service.deliver(at("2025-09-05T12:00:00+07:00"))["sent"] == 1
    assert time.monotonic() - start < 6
    assert [a.state for a in store.list_alerts()] == ["sent"]


KHTC_OWN = "khtc.rieng@sogddt-haugiang.example"  # Phòng Kế hoạch – Tài chính's own mailbox, made at last
SHARING = ("mam-non", "ke-hoach-tai-chinh")  # the departments that listed SHARED for want of their own


@pytest.mark.parametrize(("given_own", "restarted"), [
    pytest.param(("ke-hoach-tai-chinh",), False, id="the-other-department"),
    pytest.param(("mam-non", "ke-hoach-tai-chinh"), False, id="both"),
    pytest.param(("mam-non",), False, id="the-digest-s-own-department"),
    pytest.param(("ke-hoach-tai-chinh",), True, id="the-other-department-while-stopped"),
])
def test_each_issue_of_a_waiting_digest_reaches_the_departments_that_lead_it_at_their_mailboxes_now_once(
        settings, store, given_own: tuple[str, ...], restarted: bool) -> None:
    # Mầm non and Kế hoạch – Tài chính listed one shared mailbox: the night's issues (Mầm non's, then KH-TC's «lạm thu»)
    # were folded into one morning digest for it, under Mầm non, which the server deferred. Who got a copy at a new
    # mailbox was decided by the digest's department alone: KH-TC given its own never heard of its issue, and both
    # given their own, the whole digest went to Mầm non's, KH-TC's issue with it.
    from tests.test_delivery import other_burst

    inbox, port = Inbox(replies={SHARED: ["451 4.2.2 Mailbox full, try again later"]}), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
        save_departments_with(s.home, lambda d: replace(d, emails=(SHARED,)) if d.id in SHARING else d)
        service = Service(s, store, workers=1)
        round_of(service, burst(5, "2025-09-05T22:30:00+07:00", hours=0.2), at("2025-09-05T23:30:00+07:00"))
        round_of(service, other_burst(5, "2025-09-05T22:40:00+07:00"), at("2025-09-06T03:00:00+07:00"))
        round_of(service, [], at("2025-09-06T07:30:00+07:00"))
        [digest] = [a for a in store.list_alerts() if a.kind == "digest" and a.recipient == SHARED]
        assert (digest.department, digest.state, len(digest.payload["issues"])) == ("mam-non", "pending", 2)
        own = {"mam-non": OWN, "ke-hoach-tai-chinh": KHTC_OWN}
        save_departments_with(s.home, lambda d: replace(d, emails=(own[d.id],)) if d.id in given_own else d)
        if restarted:
            service = Service(s, store, workers=1)
        round_of(service, [], at("2025-09-06T08:00:00+07:00"))
        round_of(service, [], at("2025-09-06T09:00:00+07:00"))
    finally:
        controller.stop()
    heard: dict[str, list[str]] = {}
    for m in inbox.messages:
        text = m.get_content()
        heard.setdefault(m["To"], []).extend(w for w in ("mầm non bỏ việc", "lạm thu") if w in text)
    for address, issues in heard.items():
        assert len(issues) == len(set(issues)), f"{address} heard of an issue twice: {issues}"
    mam_non, khtc = "mam-non" in given_own, "ke-hoach-tai-chinh" in given_own
    left = ([] if mam_non else ["mầm non bỏ việc"]) + ([] if khtc else ["lạm thu"])
    assert sorted(heard.get(SHARED, [])) == sorted(left), "the shared mailbox: the issues of those still listing it"
    assert heard.get(OWN, []) == (["mầm non bỏ việc"] if mam_non else [])
    assert heard.get(KHTC_OWN, []) == (["lạm thu"] if khtc else [])
    assert sorted(heard[VP]) == ["lạm thu", "mầm non bỏ việc"]


@pytest.mark.parametrize("given_own", [
    pytest.param(("ke-hoach-tai-chinh",), id="the-other-department"),
    pytest.param(("mam-non", "ke-hoach-tai-chinh"), id="both"),
])
def test_a_given_up_digest_re_sent_reaches_each_issue_s_departments_at_their_mailboxes_now_once(
        settings, given_own: tuple[str, ...]) -> None:
    # «Gửi lại» of a digest the shared mailbox refused: KH-TC's own mailbox, given in its place, got nothing (only the
    # digest's department, Mầm non, was looked at), and with both given their own Mầm non's got KH-TC's issue too.
    from dashboard.config_edit import current_departments
    from diemnong.pipeline import failed_alerts, resend_failed
    from store import open_store
    from tests.test_delivery import other_burst

    inbox, port = Inbox(replies={SHARED: ["550 5.2.1 Mailbox disabled"]}), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
        store = open_store(s)
        save_departments_with(s.home, lambda d: replace(d, emails=(SHARED,)) if d.id in SHARING else d)
        service = Service(s, store, workers=1)
        round_of(service, burst(5, "2025-09-05T22:30:00+07:00", hours=0.2), at("2025-09-05T23:30:00+07:00"))
        round_of(service, other_burst(5, "2025-09-05T22:40:00+07:00"), at("2025-09-06T03:00:00+07:00"))
        round_of(service, [], at("2025-09-06T07:30:00+07:00"))
        [given_up] = [a for a in failed_alerts(store) if a.kind == "digest"]
        assert given_up.department == "mam-non" and len(given_up.payload["issues"]) == 2
        own = {"mam-non": OWN, "ke-hoach-tai-chinh": KHTC_OWN}
        save_departments_with(s.home, lambda d: replace(d, emails=(own[d.id],)) if d.id in given_own else d)
        now = at("2025-09-06T09:00:00+07:00")
        resend_failed(s, store, [given_up], "Lan", now, current_departments(s.home))
        round_of(service, [], now)
        round_of(service, [], at("2025-09-06T10:00:00+07:00"))
    finally:
        controller.stop()
    heard: dict[str, list[str]] = {}
    for m in inbox.messages:
        heard.setdefault(m["To"], []).extend(w for w in ("mầm non bỏ việc", "lạm thu") if w in m.get_content())
    for address, issues in heard.items():
        assert len(issues) == len(set(issues)), f"{address} heard of an issue twice: {issues}"
    assert heard.get(KHTC_OWN) == ["lạm thu"]
    assert heard.get(OWN, []) == (["mầm non bỏ việc"] if "mam-non" in given_own else [])
    assert ("mầm non bỏ việc" in heard.get(SHARED, [])) == ("mam-non" not in given_own)


MN_OLD = "mamnon@sogddt-haugiang.example"  # Phòng Mầm non's mailbox in the default departments file
BOTH = ("mầm non bỏ việc", "lạm thu")  # what the night's two issues say: Mầm non's, then KH-TC's


def _heard(inbox: Inbox) -> dict[str, list[str]]:
    """Which of the night's issues each mailbox heard of, once per message that told it."""
    heard: dict[str, list[str]] = {}
    for m in inbox.messages:
        heard.setdefault(m["To"].lower(), []).extend(w for w in BOTH if w in m.get_content())
    return heard


def _night_shared(s, store) -> Service:  # noqa: ANN001 - the settings
    """Mầm non and KH-TC listing SHARED: the night's two issues folded into one morning digest for it (07:30)."""
    from tests.test_delivery import other_burst

    save_departments_with(s.home, lambda d: replace(d, emails=(SHARED,)) if d.id in SHARING else d)
    service = Service(s, store, workers=1)
    round_of(service, burst(5, "2025-09-05T22:30:00+07:00", hours=0.2), at("2025-09-05T23:30:00+07:00"))
    round_of(service, other_burst(5, "2025-09-05T22:40:00+07:00"), at("2025-09-06T03:00:00+07:00"))
    round_of(service, [], at("2025-09-06T07:30:00+07:00"))
    return service


@pytest.mark.parametrize("restarted", [False, True], ids=["running", "while-stopped"])
def test_two_departments_given_new_mailboxes_in_one_save_each_hear_of_a_waiting_digest_s_issue_once(
        settings, store, smtp_inbox, restarted: bool) -> None:
    # The night's issue of Mầm non waited in the morning digests of Mầm non's and the Văn phòng's mailboxes (the server
    # deferred both). Both were given new mailboxes in one save: each digest sent a copy to both new mailboxes, the
    # second not seeing the first's, and each new mailbox heard of the issue twice.
    inbox, port = smtp_inbox
    inbox.replies.update({MN_OLD: ["451 4.3.2 try later"], VP: ["451 4.3.2 try later"]})
    s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
    service = Service(s, store, workers=1)
    round_of(service, burst(5, "2025-09-05T22:30:00+07:00", hours=0.2), at("2025-09-05T23:30:00+07:00"))
    round_of(service, [], at("2025-09-06T07:30:00+07:00"))
    new = {"mam-non": OWN, "van-phong": VP_NEW}
    save_departments_with(s.home, lambda d: replace(d, emails=(new[d.id],)) if d.id in new else d)
    if restarted:
        service = Service(s, store, workers=1)
    round_of(service, [], at("2025-09-06T08:00:00+07:00"))
    round_of(service, [], at("2025-09-06T09:00:00+07:00"))
    heard = _heard(inbox)
    assert (heard.get(OWN), heard.get(VP_NEW)) == (["mầm non bỏ việc"], ["mầm non bỏ việc"])
    assert MN_OLD not in heard and VP not in heard
    replaced = [a for a in store.list_alerts() if a.kind == "digest" and a.state == "replaced"]
    assert sorted(to for a in replaced for to in a.resends[-1]["moved_to"]) == [OWN, VP_NEW], "where a copy went only"


def test_two_given_up_digests_re_sent_after_two_mailboxes_changed_tell_each_new_mailbox_once(
        settings, store, smtp_inbox) -> None:
    # The same with both old mailboxes closed (550): both digests given up, the new mailboxes entered, every given-up
    # alert re-sent (`diemnong alerts --retry-failed`): each new mailbox heard of the issue twice.
    from dashboard.config_edit import current_departments
    from diemnong.pipeline import failed_alerts, resend_failed

    inbox, port = smtp_inbox
    inbox.replies.update({MN_OLD: ["550 5.1.1 User unknown"], VP: ["550 5.1.1 User unknown"]})
    s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
    service = Service(s, store, workers=1)
    round_of(service, burst(5, "2025-09-05T22:30:00+07:00", hours=0.2), at("2025-09-05T23:30:00+07:00"))
    round_of(service, [], at("2025-09-06T07:30:00+07:00"))
    given_up = failed_alerts(store)
    assert sorted(a.recipient for a in given_up) == [MN_OLD, VP]
    new = {"mam-non": OWN, "van-phong": VP_NEW}
    save_departments_with(s.home, lambda d: replace(d, emails=(new[d.id],)) if d.id in new else d)
    now = at("2025-09-06T09:00:00+07:00")
    done = resend_failed(s, store, given_up, "Lan", now, current_departments(s.home))
    round_of(service, [], now)
    round_of(service, [], at("2025-09-06T10:00:00+07:00"))
    heard = _heard(inbox)
    assert (heard.get(OWN), heard.get(VP_NEW)) == (["mầm non bỏ việc"], ["mầm non bỏ việc"])
    assert sorted(a.recipient for _, new_ones in done.moved for a in new_ones) == [OWN, VP_NEW]
    assert sorted(to for a, _ in done.moved for to in a.resends[-1]["moved_to"]) == [OWN, VP_NEW]


@pytest.mark.parametrize("restarted", [False, True], ids=["running", "while-stopped"])
def test_a_department_given_back_the_shared_mailbox_while_its_copy_waits_hears_there_of_its_issue(
        settings, store, smtp_inbox, restarted: bool) -> None:
    # Mầm non given its own mailbox: the shared digest was narrowed to KH-TC's issue and a copy of Mầm non's queued for
    # the new one, which the server deferred. Mầm non went back to the shared mailbox: the copy, sent back there, took
    # the digest's own key, already in the outbox, so it was dropped, and marked 'replaced': Mầm non never heard of it.
    inbox, port = smtp_inbox
    inbox.replies.update({SHARED: ["451 4.2.2 Mailbox full"], OWN: ["451 4.2.2 Mailbox full"]})
    s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
    service = _night_shared(s, store)
    save_departments_with(s.home, lambda d: replace(d, emails=(OWN,)) if d.id == "mam-non" else d)
    round_of(service, [], at("2025-09-06T07:40:00+07:00"))
    [copy] = [a for a in store.list_alerts() if a.kind == "digest" and a.recipient == OWN]
    assert copy.state == "pending" and copy.error, "the copy waits (deferred)"
    save_departments_with(s.home, lambda d: replace(d, emails=(SHARED,)) if d.id == "mam-non" else d)
    if restarted:
        service = Service(s, store, workers=1)
    round_of(service, [], at("2025-09-06T08:00:00+07:00"))
    round_of(service, [], at("2025-09-06T09:00:00+07:00"))
    heard = _heard(inbox)
    assert sorted(heard.get(SHARED, [])) == sorted(BOTH) and OWN not in heard
    assert sorted(heard[VP]) == sorted(BOTH)
    assert not [a for a in store.list_alerts() if a.state in ("pending", "sending")]


def test_two_departments_given_their_own_mailboxes_then_the_shared_one_back_hear_there_of_their_issues(
        settings, store, smtp_inbox) -> None:
    # Both given their own mailboxes (the copies deferred there), then both back to the shared one, the service
    # restarted: each copy, sent back, took the shared digest's key (replaced by then) and was dropped; the shared
    # mailbox heard of nothing.
    inbox, port = smtp_inbox
    inbox.replies.update({SHARED: ["451 4.2.2 full"], OWN: ["451 4.2.2 full"], KHTC_OWN: ["451 4.2.2 full"]})
    s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
    service = _night_shared(s, store)
    own = {"mam-non": OWN, "ke-hoach-tai-chinh": KHTC_OWN}
    save_departments_with(s.home, lambda d: replace(d, emails=(own[d.id],)) if d.id in own else d)
    round_of(service, [], at("2025-09-06T07:40:00+07:00"))
    [shared] = [a for a in store.list_alerts() if a.kind == "digest" and a.recipient == SHARED]
    assert shared.state == "replaced"
    save_departments_with(s.home, lambda d: replace(d, emails=(SHARED,)) if d.id in own else d)
    service = Service(s, store, workers=1)
    round_of(service, [], at("2025-09-06T08:30:00+07:00"))
    round_of(service, [], at("2025-09-06T09:30:00+07:00"))
    heard = _heard(inbox)
    assert sorted(heard.get(SHARED, [])) == sorted(BOTH)
    assert OWN not in heard and KHTC_OWN not in heard and sorted(heard[VP]) == sorted(BOTH)


def test_a_digest_once_tried_is_not_widened_under_the_key_its_receiver_may_have_kept(settings, store, http_server) -> None:
    # Mầm non and KH-TC share one webhook; its morning digest was posted (503). Mầm non got a webhook of its own (the
    # digest narrowed to KH-TC's issue, posted again), then the shared one back: the digest was widened in place, its
    # Idempotency-Key the same as a post the receiver may have kept — a bridge dropping repeats lost Mầm non's issue.
    import json

    from tests.test_delivery import other_burst

    shared = http_server.route("/w", "busy", status=503, content_type="text/plain")
    own = http_server.route("/w2", "busy", status=503, content_type="text/plain")
    s = settings.override(alerts__quiet_hours="22:00-06:00")
    save_departments_with(s.home, lambda d: replace(d, emails=(), webhooks=(shared,)) if d.id in SHARING else d)
    service = Service(s, store, workers=1)
    round_of(service, burst(5, "2025-09-05T22:30:00+07:00", hours=0.2), at("2025-09-05T23:30:00+07:00"))
    round_of(service, other_burst(5, "2025-09-05T22:40:00+07:00"), at("2025-09-06T03:00:00+07:00"))
    round_of(service, [], at("2025-09-06T07:30:00+07:00"))
    save_departments_with(s.home, lambda d: replace(d, webhooks=(own,)) if d.id == "mam-non" else d)
    round_of(service, [], at("2025-09-06T08:00:00+07:00"))
    save_departments_with(s.home, lambda d: replace(d, webhooks=(shared,)) if d.id == "mam-non" else d)
    http_server.route("/w", '{"ok": true}', content_type="application/json")
    for when in ("2025-09-06T08:30:00+07:00", "2025-09-06T10:00:00+07:00"):
        round_of(service, [], at(when))
    said: dict[str, list[set[str]]] = {}  # what each key carried, post after post
    for method, path, headers in http_server.requests:
        if method == "POST" and path == "/w":
            body = json.dumps(json.loads(headers["_body"]), ensure_ascii=False)
            said.setdefault(headers["Idempotency-Key"], []).append({w for w in BOTH if w in body})
    # a key's later posts carry nothing an earlier one lacked: the receiver may have kept any of them (narrowed is
    # harmless, it has more already; widened, the issue added is dropped with the repeat)
    assert said and all(posts[j] <= posts[i] for posts in said.values() for j in range(len(posts)) for i in range(j)), said
    delivered = [a for a in store.list_alerts() if a.kind == "digest" and a.recipient == shared and a.state == "sent"]
    assert sorted(w for a in delivered for w in BOTH if w in a.body) == sorted(BOTH), "each issue reached /w once"


def _stopped_round(service: Service, when: str) -> dict[str, int]:
    """A round of `diemnong run` asked to stop (SIGTERM) as it was about to send: the departments read again, the
    outbox re-addressed and folded, nothing sent."""
    service.reload_departments()
    return service.deliver(at(when), stopping=lambda: True)


def test_a_department_given_back_the_shared_mailbox_in_another_case_hears_there_of_its_issue_in_the_same_digest(
        settings, store, smtp_inbox) -> None:
    # Mầm non given its own mailbox before the morning digest went (the service stopped as it was about to send): the
    # shared digest was narrowed to KH-TC's issue and a copy of Mầm non's queued for the new one. Mầm non went back to
    # the shared mailbox typed «Chung@…»: the copy, keyed by the address as typed, missed the digest waiting for that
    # mailbox (widened when it comes back as «chung@…») and the mailbox got a second «Tổng hợp» that morning.
    inbox, port = smtp_inbox
    s = settings.override(alerts__smtp_host="127.0.0.1", alerts__smtp_port=port, alerts__smtp_starttls=False)
    from tests.test_delivery import other_burst

    save_departments_with(s.home, lambda d: replace(d, emails=(SHARED,)) if d.id in SHARING else d)
    service = Service(s, store, workers=1)
    round_of(service, burst(5, "2025-09-05T22:30:00+07:00", hours=0.2), at("2025-09-05T23:30:00+07:00"))
    round_of(service, other_burst(5, "2025-09-05T22:40:00+07:00"), at("2025-09-06T03:00:00+07:00"))
    _stopped_round(service, "2025-09-06T07:30:00+07:00")
    save_departments_with(s.home, lambda d: replace(d, emails=(OWN,)) if d.id == "mam-non" else d)
    _stopped_round(service, "2025-09-06T07:35:00+07:00")
    [copy] = [a for a in store.list_alerts() if a.kind == "digest" and a.recipient == OWN]
    assert (copy.state, copy.attempts) == ("pending", 0), "the copy waits, untried"
    save_departments_with(s.home, lambda d: replace(d, emails=(SHARED.capitalize(),)) if d.id == "mam-non" else d)
    round_of(service, [], at("2025-09-06T08:00:00+07:00"))
    round_of(service, [], at("2025-09-06T09:00:00+07:00"))
    to_shared = [m for m in inbox.messages if m["To"].lower() == SHARED]
    assert len(to_shared) == 1, [(m["To"], m["Subject"]) for m in to_shared]
    assert to_shared[0]["Subject"].startswith("[Điểm Nóng] Tổng hợp 2 vấn đề")
    assert sorted(_heard(inbox)[SHARED]) == sorted(BOTH) and OWN not in _heard(inbox)
    assert not [a for a in store.list_alerts() if a.state in ("pending", "sending")]


def test_a_given_up_alert_re_sent_to_the_van_phong_s_mailbox_typed_in_another_case_is_no_second_alert_there(
        settings, store) -> None:
    # Mầm non's mailbox refused the issue (550); Mầm non was given the Văn phòng's mailbox, typed «VanPhong@…», and the
    # alert re-sent («Gửi lại»): keyed by the address as typed, it was no alert the mailbox had, and the Văn phòng heard
    # of the issue twice.
    from dashboard.config_edit import current_departments
    from diemnong.pipeline import failed_alerts, resend_failed
    from tests.test_delivery import on_loopback

    inbox, port = Inbox(replies={MN_OLD: ["550 5.1.1 User unknown"]}), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        s = on_loopback(settings, port)
        service = Service(s, store, workers=1)
        round_of(service, burst(5), at("2025-09-05T12:00:00+07:00"))
        [given_up] = failed_alerts(store)
        assert given_up.recipient == MN_OLD and [m["To"] for m in inbox.messages].count(VP) == 1
        typed = "VanPhong@SoGDDT-HauGiang.example"
        save_departments_with(s.home, lambda d: replace(d, emails=(typed,)) if d.id == "mam-non" else d)
        now = at("2025-09-05T13:00:00+07:00")
        done = resend_failed(s, store, [given_up], "Lan", now, current_departments(s.home))
        round_of(service, [], now)
        round_of(service, [], at("2025-09-05T14:00:00+07:00"))
    finally:
        controller.stop()
    assert [m["To"].lower() for m in inbox.messages].count(VP) == 1, [m["To"] for m in inbox.messages]
    assert done.queued == 0 and [a.state for a in store.list_alerts() if a.key == given_up.key] == ["replaced"]


@pytest.mark.parametrize("back", [VP, "VanPhong@SoGDDT-HauGiang.example"], ids=["as-it-was", "in-another-case"])
def test_an_alert_moved_to_a_new_mailbox_and_back_before_it_went_reaches_the_old_one_once(
        settings, store, smtp_inbox, back: str) -> None:
    # The Văn phòng's alert deferred (451), its mailbox changed to a new one (deferred too), then back: the alert moved
    # back found its own row at that address ('replaced' by the move) and was dropped; the Văn phòng never heard of the
    # issue. Typed back in another case it went as a second alert to the mailbox, once the key compared the mailbox.
    inbox, port = smtp_inbox
    inbox.replies.update({VP: ["451 4.2.2 Mailbox full"], VP_NEW: ["451 4.2.2 Mailbox full"]})
    from tests.test_delivery import on_loopback

    s = on_loopback(settings, port)
    service = Service(s, store, workers=1)
    round_of(service, burst(5), at("2025-09-05T12:00:00+07:00"))
    save_departments_with(s.home, lambda d: replace(d, emails=(VP_NEW,)) if d.id == "van-phong" else d)
    round_of(service, [], at("2025-09-05T12:30:00+07:00"))
    assert [a.state for a in store.list_alerts() if a.recipient == VP_NEW] == ["pending"], "deferred at the new one"
    save_departments_with(s.home, lambda d: replace(d, emails=(back,)) if d.id == "van-phong" else d)
    for when in ("2025-09-05T13:00:00+07:00", "2025-09-05T14:00:00+07:00", "2025-09-05T18:00:00+07:00"):
        round_of(service, [], at(when))
    assert [m["To"].lower() for m in inbox.messages].count(VP) == 1, [m["To"] for m in inbox.messages]
    assert VP_NEW not in [m["To"] for m in inbox.messages]
    assert not [a for a in store.list_alerts() if a.state in ("pending", "sending")]


class HoldsFirstFor(Inbox):
    """An inbox that holds the first message to ``address`` after taking it (DATA), until released: a sender killed
    meanwhile never learns it went."""

    def __init__(self, address: str) -> None:
        super().__init__()
        self.address = address

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201 - aiosmtpd protocol
        self.hold = "data" if self.address in envelope.rcpt_tos and not self.reached.is_set() else ""
        return await super().handle_DATA(server, session, envelope)


def _run_once(home, port: int):  # noqa: ANN001, ANN202 - a Path; a Popen
    """`diemnong run --once` as a child on the real clock: no quiet hours, and a digest time of 00:00, so the night's
    alerts of 06/09/2025 go at once in today's digest (tests.test_delivery.run_once)."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    (home / "settings.yaml").write_text('report:\n  auto_day: 0\nalerts:\n  quiet_hours: ""\n  digest_time: "00:00"\n',
                                        encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DIEMNONG_HOME": str(home), "DIEMNONG_SMTP_HOST": "127.0.0.1",
           "DIEMNONG_SMTP_PORT": str(port), "DIEMNONG_SMTP_STARTTLS": "0", "DIEMNONG_NLP_WORKERS": "1"}
    return subprocess.Popen([sys.executable, "-m", "diemnong", "run", "--once", "--no-dashboard", "--no-crawl", "--no-demo"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def test_a_digest_a_crash_caught_mid_send_goes_again_only_with_the_issues_its_mailbox_still_should_hear_of(settings) -> None:
    # The shared mailbox's morning digest (Mầm non's issue and KH-TC's) was taken by the server when the service was
    # killed, before it knew; Mầm non was given its own mailbox while it was down. Restarted, it sent the claimed
    # digest whole to the shared mailbox again (now KH-TC's alone: Mầm non's issue to a mailbox it left), only pending
    # digests being narrowed. Now the same message goes again narrowed, under its Message-ID: a receiver that took the
    # whole drops it, one that did not gets KH-TC's issue alone; Mầm non hears of its own at its new mailbox.
    from alerting.notifiers import message_id
    from store import open_store
    from store.sqlite import SQLiteStore
    from tests.test_delivery import other_burst

    store = open_store(settings)
    save_departments_with(settings.home, lambda d: replace(d, emails=(SHARED,)) if d.id in SHARING else d)
    service = Service(settings, store, workers=1)
    service.ingest(burst(5, "2025-09-05T22:30:00+07:00", hours=0.2) + other_burst(5, "2025-09-05T22:40:00+07:00"))
    store.close()
    inbox, port = HoldsFirstFor(SHARED), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        first = _run_once(settings.home, port)
        assert inbox.reached.wait(120), first.communicate(timeout=5)[0] if first.poll() is not None else "no digest went"
        check = SQLiteStore(settings.home / "diemnong.sqlite3", readonly=True)
        [claimed] = [a for a in check.list_alerts(limit=1000) if a.kind == "digest" and a.recipient == SHARED]
        check.close()
        assert claimed.state == "sending" and len(claimed.payload["issues"]) == 2
        first.kill()
        first.wait(30)
        save_departments_with(settings.home, lambda d: replace(d, emails=(OWN,)) if d.id == "mam-non" else d)
        inbox.release.set()
        second = _run_once(settings.home, port)
        out = second.communicate(timeout=180)[0]
        assert second.returncode == 0, out.decode()
    finally:
        controller.stop()
    to_shared = [m for m in inbox.messages if m["To"] == SHARED]
    assert len(to_shared) == 2 and {m["Message-ID"] for m in to_shared} == {message_id(claimed)}, "the same message again"
    took, again = (m.get_content() for m in to_shared)
    assert all(w in took for w in BOTH), "the one the server took before the crash listed both"
    assert "lạm thu" in again and "mầm non bỏ việc" not in again, "again: only KH-TC's, whose mailbox it still is"
    assert to_shared[1]["Subject"].startswith("[Điểm Nóng] Tổng hợp 1 vấn đề")
    heard = _heard(inbox)
    assert heard[OWN] == ["mầm non bỏ việc"] and sorted(heard[VP]) == sorted(BOTH)
    after = SQLiteStore(settings.home / "diemnong.sqlite3", readonly=True)
    assert not [a for a in after.list_alerts(limit=1000) if a.state in ("pending", "sending")]
    after.close()
