"""The mail server checked as the service will use it: at `diemnong run`'s start (one session, at most one login, in a
thread: a silent server holds nothing up) and by `diemnong check [--send]` (one test message to each mailbox and
webhook). Every line in Vietnamese, naming the setting to fix."""
from __future__ import annotations

import logging
import threading
from contextlib import nullcontext
from datetime import datetime
from typing import Any

from diemnong.config import Settings

log = logging.getLogger("diemnong")


def mail_config(settings: Settings) -> Any:
    """The mail server's settings as the service's delivery reads them (Service.smtp_config); None without a host."""
    from alerting.notifiers import SmtpConfig

    if not settings["alerts.smtp_host"]:
        return None
    return SmtpConfig(settings["alerts.smtp_host"], settings["alerts.smtp_port"], settings["alerts.smtp_user"],
                      settings["alerts.smtp_password"], settings["alerts.smtp_starttls"], settings["alerts.smtp_sender"],
                      ca_file=settings.get("alerts.smtp_ca_file") or "", ssl=bool(settings.get("alerts.smtp_ssl")))


def mail_server(config: Any) -> str:
    """«mail.sogd.vn:587 (STARTTLS, đăng nhập diemnong)»: the mail server as the settings reach it."""
    tls = "TLS ngầm định" if config.implicit_tls else "STARTTLS" if config.starttls else "không mã hóa"
    login = f"đăng nhập {config.user}" if config.user else "không đăng nhập"
    return f"{config.host}:{config.port} ({tls}, {login})"


NO_USER = ("đã đặt mật khẩu SMTP (alerts.smtp_password, DIEMNONG_SMTP_PASSWORD) nhưng chưa đặt tên đăng nhập "
           "alerts.smtp_user (DIEMNONG_SMTP_USER): dịch vụ không đăng nhập, mật khẩu bị bỏ qua")


def mail_problem(exc: Exception) -> str:
    """Why the mail server did not take our session or a test message, in Vietnamese, with the setting to fix."""
    from diemnong.reasons import delivery_cause, session_fix, session_refused

    raw = str(exc)
    cause = delivery_cause(raw)
    if session_refused(raw):  # a refused sender too (alerts.smtp_sender)
        cause += "; " + session_fix(raw).replace("rồi khởi động lại", "rồi thử lại bằng `diemnong check --send`, và khởi động lại")
    return f"{cause} — chi tiết: {raw}"


def mail_at_start(config: Any, service: Any, once: bool) -> Any:
    """At `diemnong run`'s start: no mail server set, or a password without a user, said; then, but for --once (one
    round, which the check must not outlast: `diemnong check` judges the server), the server checked in a thread. With
    email the first round sends (first_round_mail) it logs in itself, so the check stops short of the login: one login
    per start, not two (a wrong password counts twice toward the account's lockout otherwise). Email that waits for
    later (the 07:30 digest, a retry's backoff) logs in no sooner: the check does, so a wrong password is said now.
    Returns the config when the check stopped short of the login: if the first round then sends no email after all
    (a missed digest moved to today's, a round cut short), the login is checked after it (login_after_first_round)."""
    if config is None:
        log.warning("chưa đặt máy chủ thư (alerts.smtp_host, DIEMNONG_SMTP_HOST): thư điện tử tới các đơn vị nằm lại "
                    "trong hộp thư đi, không gửi")
        return None
    if config.password and not config.user:
        log.warning("máy chủ thư %s: %s", mail_server(config), NO_USER)
    if once:
        return None
    service.mail_checked = True  # the check says why the server is not reached: the rounds need not
    sending = first_round_mail(service)
    check_mail_at_start(config, sending)
    return config if sending and config.user else None


def login_after_first_round(config: Any, service: Any) -> None:
    """The start's check left the login to the first round (`config`, from mail_at_start): when that round tried no
    email, the whole check now, once, so a wrong password is said at the start, not at the next mail due."""
    if config is not None and not service.mail_tried:
        check_mail_at_start(config)


def first_round_mail(service: Any, now: datetime | None = None) -> int:
    """How many emails the service's first delivery round sends: those due now, but for those the quiet hours hold for
    the digest, and those held since the mail server refused our session, which that round makes due (the settings may
    have been fixed: Service.deliver, _setting_fixed)."""
    from alerting.routing import in_quiet_hours
    from diemnong.pipeline import now_local
    from diemnong.reasons import session_refused

    now = now or now_local()
    held = [a for a in service.store.list_alerts(state="pending", limit=1_000_000)
            if a.next_attempt and a.next_attempt > now and session_refused(a.error)]
    quiet = in_quiet_hours(now, service.policy)
    return sum(a.channel == "email" and not (quiet and service._waits_for_digest(a, now))
               for a in [*service.store.due_alerts(now, limit=1_000_000), *held])


def check_mail_at_start(config: Any, sending: int = 0) -> threading.Thread:
    """In a thread (a silent server holds nothing up): open a session with the mail server and log in Vietnamese
    whether it can send, so a wrong port, TLS or password is said now, not at the first hot issue days later; when the
    first round logs in to send `sending` emails, without logging in (no login is configured: the whole check)."""
    import dataclasses

    from alerting.notifiers import DeliveryError, check_session

    short = bool(sending and config.user)

    def probe() -> None:
        try:
            check_session(dataclasses.replace(config, user="", password="") if short else config)
        except DeliveryError as exc:
            log.warning("máy chủ thư %s chưa gửi được: %s", mail_server(config), session_problem(exc, config))
        else:
            log.info("máy chủ thư %s: %s", mail_server(config), reached(config) if not short else
                     f"kết nối được; đăng nhập: vòng gửi đầu tiên cho biết ({sending} thư đang chờ gửi)")

    thread = threading.Thread(target=probe, name="mail-check", daemon=True)
    thread.start()
    return thread


def session_step(exc: Exception) -> str:
    """What failed in a session opened to send nothing, from the failure itself: no STARTTLS offered, no AUTH, TLS,
    the connection refused, the login refused; «phiên SMTP không mở được» for the rest."""
    import smtplib
    import ssl

    cause = exc.__cause__
    if isinstance(cause, smtplib.SMTPAuthenticationError):
        return "đăng nhập SMTP bị từ chối"
    if isinstance(cause, smtplib.SMTPNotSupportedError) and "STARTTLS" in str(cause):
        return "máy chủ thư không đề nghị STARTTLS"
    if isinstance(cause, smtplib.SMTPNotSupportedError) and "AUTH" in str(cause):
        return "máy chủ thư không đề nghị đăng nhập (AUTH)"
    if isinstance(cause, ssl.SSLError):
        return "TLS không thành công"
    if isinstance(cause, ConnectionRefusedError):
        return "máy chủ thư từ chối kết nối"
    return "phiên SMTP không mở được"


def session_problem(exc: Exception, config: Any) -> str:
    """mail_problem of a session opened to send nothing (check_session): its detail says what of the session failed
    (session_step), not «email to <the sender> failed», as if a message had gone."""
    cause, _, raw = mail_problem(exc).rpartition(" — chi tiết: ")
    return (f"{cause} — chi tiết: {session_step(exc)}, chưa gửi thư nào: "
            f"{raw.removeprefix(f'email to {config.sender} failed: ')}")


def reached(config: Any) -> str:
    return "kết nối và đăng nhập được" if config.user else "kết nối được"


EXAMPLE_DOMAINS = (".example", ".invalid", ".test", ".example.com", ".example.net", ".example.org")  # RFC 2606


def placeholder(address: str) -> bool:
    """Whether a recipient (an email address or a webhook's URL) is on a domain kept for examples, which nothing
    receives: the shipped data/departments.yaml's vanphong@sogddt-haugiang.example."""
    from urllib.parse import urlsplit

    host = (urlsplit(address).hostname or "") if "://" in address else address.rpartition("@")[2]
    return f".{host.lower().rstrip('.')}".endswith(EXAMPLE_DOMAINS)


def send_tests(settings: Settings, departments: dict[str, Any], config: Any, no_server: bool = False) -> int:
    """One test message to each mailbox and webhook of the departments, each outcome printed; how many failed. A mailbox
    two departments share (or written in other capitals) gets one, as the service routes (alerting.routing.mailbox); the
    shipped placeholders (.example), which nobody receives, none. With ``no_server`` (no alerts.smtp_host) no mail goes:
    said once, a problem when there are addresses to mail."""
    from alerting.notifiers import DeliveryError, MailSession, send_webhook
    from alerting.routing import mailbox
    from diemnong.domain import TZ
    from diemnong.reasons import delivery_cause
    from diemnong.text import redact_secrets

    now, failed, seen, skipped, unmailed = datetime.now(TZ), 0, set(), 0, 0
    with MailSession(config) if config else nullcontext() as session:
        for dep in departments.values():
            for channel, to in [("email", e) for e in dep.emails] + [("webhook", w) for w in dep.webhooks]:
                shown = redact_secrets(to)  # a webhook's token masked (a Telegram bot's, in its path)
                if placeholder(to):
                    skipped += 1
                    continue
                if mailbox(channel, to) in seen:
                    same = "cùng hộp thư" if channel == "email" else "cùng webhook"
                    print(f"  {dep.name} <{shown}>: {same} với địa chỉ ở trên, không gửi thêm")
                    continue
                seen.add(mailbox(channel, to))
                if channel == "email" and session is None:
                    unmailed += 1
                    if not no_server:
                        print(f"  {dep.name} <{shown}>: chưa gửi thử (máy chủ thư chưa dùng được, xem dòng trên)")
                    continue
                try:
                    test = trial_alert(settings, dep, channel, to, now)
                    session.send(test) if channel == "email" else send_webhook(test)
                    print(f"  {dep.name} <{shown}>: đã gửi thử")
                except DeliveryError as exc:
                    failed += 1
                    said = mail_problem(exc) if channel == "email" else f"{delivery_cause(str(exc))} — chi tiết: {exc}"
                    print(f"  {dep.name} <{shown}>: LỖI: {redact_secrets(said)}")
    if skipped:
        print(f"  bỏ qua địa chỉ mẫu: {skipped} địa chỉ trên tên miền dành cho ví dụ, không gửi thử (xem dòng «đơn vị nhận "
              "cảnh báo» ở trên)")
    if no_server and unmailed:
        print(f"  thư thử: LỖI: không gửi thư nào tới {unmailed} địa chỉ thư vì chưa đặt máy chủ thư alerts.smtp_host "
              "(DIEMNONG_SMTP_HOST): cảnh báo qua thư điện tử sẽ nằm lại trong hộp thư đi")
        failed += 1
    return failed


def trial_alert(settings: Settings, dep: Any, channel: str, to: str, now: datetime) -> Any:
    """The test message `check --send` sends to one address of a department."""
    from diemnong.domain import Alert

    return Alert(key=f"test|{to}|{now.isoformat()}", issue_id="", department=dep.id, recipient=to, channel=channel,
                 kind="test", subject=f"[Điểm Nóng] Thư thử gửi {dep.name}",
                 body=f"Thư thử của Điểm Nóng ({settings['general.unit_name']}), gửi lúc {now:%H:%M %d/%m/%Y} bằng "
                      f"`diemnong check --send`: {dep.name} sẽ nhận cảnh báo về vấn đề nóng tại địa chỉ này. Không cần "
                      "trả lời.", raised_at=now)
