"""Delivery only: email over SMTP and a generic JSON webhook. Each ``send`` raises DeliveryError on failure:
Unreachable when the server did not answer, SessionRefused when it refused our login or sender, Throttled when it asked us to
slow down (all three hold up the server's other messages for the round), Refused when it refused the message for good
(not worth retrying).

A webhook that answers 2xx but says in its JSON body that it did not take the alert (Zalo OA's {"error": -216, "message":
"Access token is invalid"}, Telegram's or Slack's {"ok": false, ...}, often through a relay that answers 200 whatever
happened) failed as the HTTP status its error stands for would have (reply_error).

Both carry an identity derived from the alert key — the email's Message-ID, the webhook's
Idempotency-Key header and ``key`` field — so a receiver can drop a copy sent again after a crash.
An escalation email refers to the first message that told its recipient of the issue (In-Reply-To: its first alert,
or the digest that listed it; payload ``in_reply_to``), so mail clients thread them.
"""
from __future__ import annotations

import hashlib
import json
import mimetypes
import re
import smtplib
import ssl
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

import httpx

from diemnong.config import VARIABLE_REFERENCE, UnfilledVariables, address_variables, fill_variables
from diemnong.domain import TZ, Alert
from diemnong.text import hide_cut, hide_filled, redact_secrets, remember_filled


class DeliveryError(RuntimeError):
    """An alert could not be delivered now (it stays in the outbox)."""


class Unreachable(DeliveryError):
    """The server did not answer (refused, dropped or timed out): every other message to it now would wait the same."""


class Throttled(DeliveryError):
    """The server asked us to slow down (HTTP 429, 503): every other message to it now would get the same answer.
    ``wait`` is its Retry-After header as sent ('' when none)."""

    def __init__(self, message: str, wait: str = "") -> None:
        super().__init__(message)
        self.wait = wait


class Refused(DeliveryError):
    """The server refused this message for good (an SMTP 5xx reply, an HTTP 4xx but 408, 425 and 429, a webhook's
    redirect to another address, a 2xx reply whose body says such an error: a bad access token): sending it
    again would get the same answer, so it is not retried. The message keeps the server's reason."""


class Unfilled(DeliveryError):
    """The webhook's address names an environment variable the service has not (${DIEMNONG_TELEGRAM_TOKEN} unset or
    empty, or one no address may name): nothing was posted. A setting to fix, with a restart: the alert waits, no try
    counted, never given up (diemnong/pipeline.py: _unfilled). ``names``: the variables."""

    def __init__(self, message: str, names: list[str]) -> None:
        super().__init__(message)
        self.names = names


class SessionRefused(DeliveryError):
    """The server refused us, not this message (authentication failed or required, no STARTTLS, our sender address):
    every other message to it now would be refused the same. A setting to fix, after which the alerts must still go:
    the server's alerts wait untried, none counts a try toward alerts.max_attempts or is given up
    (diemnong/pipeline.py: _session_refused)."""


# Replies about our session rather than this message (RFC 4954: authentication required, too weak, failed;
# 530 is also "Must issue a STARTTLS command first").
SESSION_CODES = frozenset({530, 534, 535, 538})
CLOSING = 421  # the server is closing the channel: down for every message (RFC 5321, 3.8)
HTTP_TRANSIENT = frozenset({408, 425, 429})  # timeout, too early, too many requests: worth another try
INVALID_ADDRESS = "not an address a request can go to"  # diemnong/reasons.py: DELIVERY_ERRORS
HTTP_SLOW_DOWN = frozenset({429, 503})  # too many requests, unavailable: the whole server, often with a Retry-After
SMTPS_PORT = 465  # submission over implicit TLS (RFC 8314)
NO_SMTPUTF8 = "the mail server takes no address with letters outside ASCII (no SMTPUTF8)"  # reasons.py: EMAIL_ERRORS
UNENCODABLE = "a setting that cannot be sent as it is written"  # diemnong/reasons.py: EMAIL_ERRORS, SESSION_REFUSED
SENDER_REFUSED = "the server refused the sender (alerts.smtp_sender)"  # diemnong/reasons.py: SENDER_REFUSED
MESSAGE_SIZE = 552  # to MAIL FROM with its SIZE: this message too large, not our sender (RFC 1870)
# A 550 or 554 to MAIL FROM whose enhanced status (RFC 3463) says the same: 5.3.4 message too big for the system, 5.2.3
# message length exceeds the administrative limit.
TOO_BIG = re.compile(r"^5\.(?:3\.4|2\.3)\b")
# Postfix answers its sender restrictions at RCPT TO by default (smtpd_delay_reject): «553 5.7.1 <…>: Sender address
# rejected: …» there refuses our sender as a 5xx to MAIL FROM does, not the recipient.
SENDER_AT_RCPT = re.compile(r"sender address rejected", re.IGNORECASE)
PRINTABLE_ASCII = "".join(map(chr, range(0x20, 0x7F)))  # what a header value carries as it is
REPLY_WAIT = 2.0  # seconds a 2xx reply's body is read for an error it may carry (a held or dripping one is not waited out)
ERROR_FIELDS = ("error_code", "errcode", "error")  # Telegram; WeCom/DingTalk; Zalo OA (0: success)
SAID_FIELDS = ("description", "message", "errmsg", "error_description", "msg", "error")  # the service's own words
# An error about our credentials (Zalo -216 «Access token is invalid», Slack «invalid_auth», WeCom «invalid credential»):
# a setting to fix, refused like an HTTP 401 whatever code it came with.
TOKEN_ERROR = re.compile(r"token|auth(?!or)|credential|secret|api.?key|signature", re.IGNORECASE)
RATE_ERROR = re.compile(r"rate.?limit|too many requests|flood", re.IGNORECASE)  # slow down, like an HTTP 429
TOKEN_CODES = frozenset({-216})  # Zalo OA: access token invalid


def _reply(code: int, text: bytes | str) -> str:
    """An SMTP reply as the server wrote it, on one line."""
    text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return " ".join(f"{code} {text}".split())


def _session_refusal(exc: smtplib.SMTPException) -> bool:
    """Whether the server refused our session (login, or a command it wants authenticated first)."""
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return True
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return bool(exc.recipients) and all(code in SESSION_CODES for code, _ in exc.recipients.values())
    return isinstance(exc, smtplib.SMTPResponseException) and exc.smtp_code in SESSION_CODES


def _too_big(exc: smtplib.SMTPException) -> bool:
    """Whether a refusal to MAIL FROM is about this message's size (its SIZE): a 552, or a 550 or 554 with enhanced
    status 5.3.4 or 5.2.3. That message fails; another may go."""
    if not isinstance(exc, smtplib.SMTPSenderRefused):
        return False
    said = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
    return exc.smtp_code == MESSAGE_SIZE or (exc.smtp_code in (550, 554) and bool(TOO_BIG.match(said.strip())))


def _sender_refusal(exc: smtplib.SMTPException) -> str:
    """The server's reply when it refused our sender for good, else '': a 5xx to MAIL FROM (a 530 there is a login it
    wants; a 552, 5.3.4 or 5.2.3 this message's size), or «Sender address rejected» in a 5xx to RCPT TO (Postfix's
    default, where every message of ours is refused the same, or a policy on one mailbox: _smtp_errors tells them
    apart by where it came). reasons.py says what to fix."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        replies = [_reply(code, text) for code, text in exc.recipients.values()]
        about_sender = bool(replies) and all(r[0] == "5" and SENDER_AT_RCPT.search(r) for r in replies)
        return "; ".join(dict.fromkeys(replies)) if about_sender else ""
    if (isinstance(exc, smtplib.SMTPSenderRefused) and 500 <= exc.smtp_code < 600
            and exc.smtp_code not in SESSION_CODES and not _too_big(exc)):
        return _reply(exc.smtp_code, exc.smtp_error)
    return ""


def _closing(exc: smtplib.SMTPException) -> bool:
    """Whether the server answered 421 (RFC 5321: service not available, closing the transmission channel) to any
    command of the session: it is going down, for every message, not refusing this one."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return any(code == CLOSING for code, _ in exc.recipients.values())
    return isinstance(exc, smtplib.SMTPResponseException) and exc.smtp_code == CLOSING


def _smtp_refusal(exc: smtplib.SMTPException) -> str:
    """The server's reply when it refused this message for good, else '' (a temporary or session-wide answer)."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):  # for good only if no recipient's refusal was temporary
        replies = list(exc.recipients.values())
        if replies and all(500 <= code < 600 and code not in SESSION_CODES for code, _ in replies):
            return "; ".join(_reply(code, text) for code, text in replies)
        return ""
    if isinstance(exc, (smtplib.SMTPSenderRefused, smtplib.SMTPDataError)):
        if 500 <= exc.smtp_code < 600 and exc.smtp_code not in SESSION_CODES:
            return _reply(exc.smtp_code, exc.smtp_error)
    return ""


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 587
    user: str = ""
    password: str = ""
    starttls: bool = True
    sender: str = "diemnong@localhost"
    timeout: float = 20.0
    verify_tls: bool = True
    ca_file: str = ""  # a private CA to trust (an intranet mail server); empty: the system's CAs
    ssl: bool = False  # implicit TLS (SMTPS, RFC 8314): TLS from the first byte, no STARTTLS

    @property
    def implicit_tls(self) -> bool:
        """Whether the session is TLS from the first byte: alerts.smtp_ssl, or port 465 (SMTPS, RFC 8314), where a
        server speaks nothing else (a plain SMTP client would wait out its timeout for a greeting that never comes)."""
        return self.ssl or self.port == SMTPS_PORT


def message_id(alert: Alert | str) -> str:
    """A Message-ID derived from the alert key, so a receiver can drop a repeated delivery."""
    key = alert if isinstance(alert, str) else alert.key
    return f"<{hashlib.sha1(key.encode()).hexdigest()}@diemnong>"


def encoded_subject(text: str) -> str:
    """A Subject folded by RFC 2047 with the spaces inside the encoded words.

    Python 3.11's own folding puts a space between two words at the fold, where a reader drops it
    («lớp ôn tập» arrived as «lớp ôntập»); Header keeps every space inside an encoded word.
    """
    return Header(" ".join(text.split()), "utf-8", header_name="Subject").encode(linesep="\n")


def ascii_domain(address: str) -> str:
    """An address with its domain in IDNA's ASCII form (sởgdđt.vn → xn--sgdt-…), the same mailbox, which any mail
    server takes; one with Vietnamese letters before the @ still needs a server that offers SMTPUTF8."""
    local, at, domain = address.rpartition("@")
    if not at or domain.isascii():
        return address
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:  # no IDNA form: left as typed, for a server with SMTPUTF8
        return address


def email_message(config: SmtpConfig, alert: Alert) -> EmailMessage:
    """The email of an alert (plain text, UTF-8)."""
    msg = EmailMessage()
    msg["From"], msg["To"] = ascii_domain(config.sender), ascii_domain(alert.recipient)
    msg.set_raw("Subject", encoded_subject(alert.subject))
    msg["Date"], msg["Message-ID"] = format_datetime(datetime.now(TZ).replace(microsecond=0)), message_id(alert)
    msg["X-DiemNong-Issue"] = alert.issue_id
    msg["X-DiemNong-Key"] = alert.key
    level = alert.payload.get("level", 0)
    if alert.kind == "escalation" and level:
        first = message_id(alert.payload.get("in_reply_to") or alert.key.rsplit("|", 1)[0] + "|0")
        msg["In-Reply-To"], msg["References"] = first, first
    msg.set_content(alert.body)
    attach(msg, alert.payload.get("attachments", ()))
    return msg


MESSAGES_PER_SESSION = 20  # then a fresh session: servers cap a connection's messages (Exchange: 20 by default)


class MailSession:
    """One SMTP session (connection, TLS, login) reused for the messages of a delivery round, up to ``limit``
    messages; closed after any failure, so the next message starts afresh. Use as a context manager."""

    def __init__(self, config: SmtpConfig, limit: int = MESSAGES_PER_SESSION) -> None:
        self.config, self.limit = config, limit
        self.smtp: smtplib.SMTP | None = None
        self.count = 0  # messages sent over the open session
        self.reused = False  # whether the last message was sent over a session that had sent others

    def __enter__(self) -> MailSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send(self, alert: Alert) -> None:
        """Send an alert's email, raising DeliveryError (Unreachable, SessionRefused, Refused) as send_email says."""
        msg = email_message(self.config, alert)
        try:
            self._send(msg, alert)
        except Unreachable as exc:
            # Reused: the session it went over had sent some (not one opened for it, after a full or dropped one).
            if not (self.reused and isinstance(exc.__cause__, smtplib.SMTPException) and _closing(exc.__cause__)):
                raise
            self._send(msg, alert)  # a 421 (the message not taken) to a session that sent some: its cap, not the server down
        self.count += 1

    def _send(self, msg: EmailMessage, alert: Alert) -> None:
        try:
            with _smtp_errors(self.config, alert):
                self._open(alert).send_message(msg)
        except DeliveryError:
            self.close()
            raise

    def _open(self, alert: Alert) -> smtplib.SMTP:
        """The session to send on: the open one while under its cap and still answering (a NOOP: a server may have
        dropped it meanwhile, and that says nothing of the next message), else a new one."""
        if self.smtp is not None and (self.count >= self.limit or not self._alive()):
            self.close()
        self.reused = self.smtp is not None
        if self.smtp is None:
            smtp = _connect(self.config, alert)
            try:
                if self.config.starttls and not self.config.implicit_tls:
                    _starttls(smtp, self.config, alert)
                if self.config.user:
                    _login(smtp, self.config, alert)
            except BaseException:
                smtp.close()
                raise
            self.smtp, self.count = smtp, 0
        return self.smtp

    def _alive(self) -> bool:
        try:
            return self.smtp is not None and self.smtp.noop()[0] == 250
        except (smtplib.SMTPException, OSError):
            return False

    def close(self) -> None:
        """Say QUIT (as far as the server still listens) and drop the connection."""
        smtp, self.smtp, self.count = self.smtp, None, 0
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            pass
        finally:
            smtp.close()


def check_session(config: SmtpConfig) -> None:
    """Open a session as a delivery round does (connection, greeting, STARTTLS or implicit TLS, login) and close it,
    sending nothing; raises the DeliveryError a delivery would meet there (Unreachable, SessionRefused, a TLS error):
    the mail settings are judged at `diemnong run`'s start and by `diemnong check`, not at the first hot issue."""
    probe = Alert(key="check", issue_id="", department="", recipient=config.sender, channel="email", kind="test",
                  subject="", body="", raised_at=datetime.now(TZ))
    with MailSession(config) as session, _smtp_errors(config, probe):
        session._open(probe)


def send_email(config: SmtpConfig, alert: Alert, session: MailSession | None = None) -> None:
    """Send one alert's email, over ``session`` when given (a round's), else over a session of its own."""
    if session is not None:
        session.send(alert)
        return
    with MailSession(config) as own:
        own.send(alert)


@contextmanager
def _smtp_errors(config: SmtpConfig, alert: Alert) -> Iterator[None]:
    """What an SMTP exchange's failure means for the alert, raised as a DeliveryError."""
    try:
        yield
    except DeliveryError:
        raise
    except (smtplib.SMTPConnectError, smtplib.SMTPServerDisconnected) as exc:
        raise Unreachable(f"email to {alert.recipient} failed: {exc}") from exc
    except smtplib.SMTPNotSupportedError as exc:  # smtplib's own check: Vietnamese letters before the @, no SMTPUTF8
        if "SMTPUTF8" not in str(exc) or ascii_domain(alert.recipient).isascii():
            raise DeliveryError(f"email to {alert.recipient} failed: {exc}") from exc
        raise Refused(f"email to {alert.recipient} refused, not retried: {NO_SMTPUTF8}") from exc
    except smtplib.SMTPException as exc:  # the server answered: a refusal for good, of our session, or a temporary one
        if _closing(exc):  # at any command (a 421 to AUTH is no wrong password)
            raise Unreachable(f"email to {alert.recipient} failed: the server is closing the channel: {exc}") from exc
        if reply := _sender_refusal(exc):
            sender = getattr(exc, "sender", config.sender)  # at RCPT TO: the sender given to MAIL FROM
            said = f"email to {alert.recipient} failed: {SENDER_REFUSED} <{sender}>: {reply}"
            if isinstance(exc, smtplib.SMTPRecipientsRefused):  # for this mailbox, or for every one (Postfix's default):
                raise DeliveryError(said) from exc  # tried again with the others going, as a delivery that failed
            raise SessionRefused(said) from exc
        refusal = _smtp_refusal(exc)
        if refusal:
            raise Refused(f"email to {alert.recipient} refused, not retried: {refusal}") from exc
        if _session_refusal(exc):
            raise SessionRefused(f"email to {alert.recipient} failed: {exc}") from exc
        raise DeliveryError(f"email to {alert.recipient} failed: {exc}") from exc
    except UnicodeError as exc:  # a host name IDNA refuses (mail..example), a user or password smtplib sends in ASCII
        raise SessionRefused(f"email to {alert.recipient} failed: {UNENCODABLE} (alerts.smtp_host, alerts.smtp_user, "
                             f"alerts.smtp_password): {exc}") from exc
    except ssl.SSLCertVerificationError as exc:  # a certificate not trusted
        raise DeliveryError(f"email to {alert.recipient} failed: {exc}") from exc
    except ssl.SSLError as exc:  # no TLS handshake: with implicit TLS, most likely a port that speaks plain SMTP
        hint = (f"no TLS handshake on port {config.port} (implicit TLS, alerts.smtp_ssl or port {SMTPS_PORT}; "
                f"a plain SMTP or STARTTLS port?): " if config.implicit_tls else "")
        raise DeliveryError(f"email to {alert.recipient} failed: {hint}{exc}") from exc
    except OSError as exc:  # refused, reset, timed out
        raise Unreachable(f"email to {alert.recipient} failed: {exc}") from exc


def _tls_context(config: SmtpConfig) -> ssl.SSLContext:
    """The TLS context of STARTTLS and implicit TLS alike: the system's CAs or alerts.smtp_ca_file, checked unless
    verify_tls is off."""
    context = ssl.create_default_context(cafile=config.ca_file or None)
    if not config.verify_tls:
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    return context


def _connect(config: SmtpConfig, alert: Alert) -> smtplib.SMTP:
    """An SMTP session that has the server's greeting: over TLS from the first byte (SMTP_SSL) with implicit TLS,
    else in clear (STARTTLS may follow). A plain session whose server accepts the connection but never greets is
    most likely a port of implicit TLS (465 renumbered, or a server's SMTPS port): the error says so."""
    if config.implicit_tls:
        return smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout, context=_tls_context(config))
    try:
        return smtplib.SMTP(config.host, config.port, timeout=config.timeout)
    except smtplib.SMTPServerDisconnected as exc:
        if "timed out" not in str(exc):
            raise
        raise Unreachable(f"email to {alert.recipient} failed: no SMTP greeting on port {config.port} within "
                          f"{config.timeout:g} s (a port of implicit TLS? alerts.smtp_ssl): {exc}") from exc


def _starttls(smtp: smtplib.SMTP, config: SmtpConfig, alert: Alert) -> None:
    """Upgrade the session. A server that offers no STARTTLS refuses our session, not this message: a setting to fix
    (alerts.smtp_starttls, the port), nothing goes in clear, and its other messages wait."""
    try:
        smtp.starttls(context=_tls_context(config))
    except smtplib.SMTPNotSupportedError as exc:
        raise SessionRefused(f"email to {alert.recipient} failed: {exc}") from exc


def _login(smtp: smtplib.SMTP, config: SmtpConfig, alert: Alert) -> None:
    """Log in. A server that offers no AUTH (a relay without it, or one that offers it only after STARTTLS) refuses our
    session, not this message: a setting to fix (alerts.smtp_user, alerts.smtp_starttls), and its other messages wait."""
    try:
        smtp.login(config.user, config.password)
    except smtplib.SMTPNotSupportedError as exc:
        raise SessionRefused(f"email to {alert.recipient} failed: {exc}") from exc


def attach(msg: EmailMessage, paths: list[str] | tuple[str, ...]) -> None:
    """Attach files (e.g. the monthly report) named in an alert's payload; a missing file is a delivery error."""
    for name in paths:
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DeliveryError(f"attachment {path} cannot be read: {exc.strerror or exc}") from exc
        maintype, subtype = (mimetypes.guess_type(path.name)[0] or "application/octet-stream").split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=path.name)


def idempotency_key(alert: Alert) -> str:
    """A webhook alert's Idempotency-Key header: its key (the payload's ``key``), with what is not printable ASCII
    percent-encoded (UTF-8) as in a URL. The key holds the webhook's address, which may have Vietnamese letters
    («https://noibo.sogddt.vn/api/cảnh-báo»), and a header is ASCII: such an alert was given up at its first try as
    «not an address a request can go to», though the address takes requests."""
    return quote(alert.key, safe=PRINTABLE_ASCII)


def send_webhook(alert: Alert, client: httpx.Client | None = None, timeout: float = 15.0) -> None:
    """POST the alert's JSON to its webhook. What a failure says names the address with its secrets masked
    (redact_secrets: a Telegram bot's token is in its path): it is logged, stored and shown. An address that names
    environment variables (${DIEMNONG_TELEGRAM_TOKEN}) is filled in here only, for the request; what a failure says
    names it as written (redact_secrets hides a value filled in, whatever its shape)."""
    try:
        url = fill_variables(alert.recipient)
    except UnfilledVariables as exc:
        raise Unfilled(unfilled_error(alert.recipient, exc), exc.unset + exc.unusable + list(exc.bad)) from None
    remember_sent(alert.recipient, url)
    try:
        _post(alert, url, client, timeout)
    except DeliveryError as exc:  # an HTTP client's text may quote the address filled in (InvalidURL, a redirect's)
        exc.args = (hide_filled(str(exc)),)
        raise


def unfilled_error(address: str, exc: UnfilledVariables) -> str:
    """The outbox's text of an address whose variables cannot be filled in (diemnong/reasons.py: UNFILLED)."""
    said = [f"environment variable {n} is not set" for n in exc.unset]
    said += [f"environment variable {n} may not be named in a webhook's address" for n in exc.unusable]
    said += [f"environment variable {n} has a value that cannot be used ({why})" for n, why in exc.bad.items()]
    return f"webhook {redact_secrets(address)} not sent: {'; '.join(said)}"


def remember_sent(address: str, url: str) -> None:
    """Remember each value filled into ``address`` also as the HTTP client writes it in the request (str of its
    httpx.URL), which a server's reply may quote: what it encodes and how is its own, so the form is read off the URL
    it built, not guessed (a value is letters, digits and «._~:-» only, config.value_problem: kept as a safeguard). Each ${NAME} is replaced by a marker the
    client leaves as it is; the request's address is then matched against the marked one, piece by piece."""
    names = address_variables(address)
    marks = {n: f"diemnong{i}filled{i}mark" for i, n in enumerate(names)}
    try:
        built, marked = str(httpx.URL(url)), str(httpx.URL(VARIABLE_REFERENCE.sub(lambda m: marks[m[1]], address)))
    except (httpx.InvalidURL, KeyError):  # not an address a request can go to: it is not posted
        return
    pieces = re.split("(" + "|".join(marks.values()) + ")", marked) if marks else [marked]
    named = [n for piece in pieces for n, mark in marks.items() if piece == mark]
    pattern = "".join("(.*?)" if piece in marks.values() else re.escape(piece) for piece in pieces)
    if found := re.fullmatch(pattern, built, re.S):
        for name, form in zip(named, found.groups()):
            remember_filled(name, fill_variables(f"${{{name}}}"), [form])


def _post(alert: Alert, url: str, client: httpx.Client | None, timeout: float) -> None:
    """POST the alert's JSON to ``url`` (its address, filled in), each failure as DeliveryError."""
    hook = redact_secrets(alert.recipient)
    own = client is None
    client = client or httpx.Client(timeout=timeout)
    try:
        with client.stream("POST", url, json=webhook_payload(alert, url),
                           headers={"Idempotency-Key": idempotency_key(alert)}) as resp:
            _judge(alert, resp, timeout)  # a 2xx reply's body is read only for an error it says, briefly
    except httpx.TransportError as exc:  # refused, dropped, timed out
        raise Unreachable(f"webhook {hook} failed: {redact_secrets(repr(exc))}") from exc
    except (httpx.InvalidURL, UnicodeError) as exc:  # an address Cấu hình's check let through (hooks..example, :abc)
        raise Refused(f"webhook {hook} failed, not retried: {INVALID_ADDRESS}: {redact_secrets(str(exc))}") from exc
    except httpx.HTTPError as exc:
        raise DeliveryError(f"webhook {hook} failed: {redact_secrets(str(exc))}") from exc
    finally:
        if own:
            client.close()


def webhook_payload(alert: Alert, url: str = "") -> dict:
    """The JSON a webhook receives (README: `key`, `kind`, `subject`, `text` and the fields of what it is about). To the
    Telegram Bot API's sendMessage, which takes `text` from it and refuses one over 4,096 characters for good (HTTP 400
    «Bad Request: message is too long»: a digest of a busy night), the text is cut to fit (telegram_text)."""
    payload = {"key": alert.key, "kind": alert.kind, "subject": alert.subject, "text": alert.body, **alert.payload}
    if telegram_send(url or alert.recipient):  # filled in: bot${DIEMNONG_TELEGRAM_TOKEN} is a bot's token
        payload["text"] = telegram_text(alert.body, _full_text_link(alert.payload), issue=_named(alert))
    return payload


def _named(alert: Alert) -> str:
    """What a cut Telegram message without a link names, to find the whole by: an issue's id (mã st-…), a digest's day
    (its id, «digest|2025-09-05», is the alerts' own key: no name a reader can look up)."""
    if alert.kind == "digest":
        day = str(alert.payload.get("day") or "")
        return f"bản tổng hợp ngày {day[8:10]}/{day[5:7]}/{day[:4]}" if re.fullmatch(r"\d{4}-\d\d-\d\d", day) else ""
    return f"mã {alert.issue_id}" if alert.issue_id else ""


# The Bot API's sendMessage, on api.telegram.org or a Bot API server of the office's own (same paths); method names
# are case-insensitive there.
TELEGRAM_SEND = re.compile(r"^/bot\d+:[^/]+/sendmessage/?$", re.IGNORECASE)
TELEGRAM_LIMIT = 4096  # characters of a message's text (UTF-16 code units, as Telegram counts them)


def telegram_send(url: str) -> bool:
    """Whether a webhook's address is the Telegram Bot API's sendMessage (https://api.telegram.org/bot<token>/sendMessage
    ?chat_id=<chat>)."""
    try:
        return bool(TELEGRAM_SEND.match(httpx.URL(url).path))
    except (httpx.InvalidURL, UnicodeError, TypeError):
        return False


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _fit(text: str, units: int) -> str:
    """The longest start of a text that is at most ``units`` UTF-16 code units (a 🔥 is two), never half a 🔥."""
    return text.encode("utf-16-le")[:2 * max(0, units)].decode("utf-16-le", errors="ignore")


def telegram_text(text: str, link: str = "", limit: int = TELEGRAM_LIMIT, issue: str = "") -> str:
    """A text that fits in one Telegram message, counted as Telegram counts (UTF-16 code units: an emoji is two): as
    it is when it fits, else its first lines up to a paragraph's end (a digest's issue with its «Xem:» link), or a
    line's when that would drop more than half, with a last line that says it was cut and where the whole is
    (``link``: the dashboard's page of it; without one, ``issue``: what names it, «mã st-…», to look it up by)."""
    if _units(text) <= limit:
        return text
    where = (f"; xem đầy đủ: {link}" if link and _units(link) < limit // 2 else
             "; xem đầy đủ trong thư điện tử hoặc trên bảng điều khiển Điểm Nóng" + (f" ({issue})" if issue else ""))
    tail = f"\n\n[…] Tin nhắn đã được cắt bớt vì Telegram chỉ nhận tối đa {limit:,} ký tự".replace(",", ".") + where
    room = limit - _units(tail)
    kept: list[str] = []
    used = -1  # the newlines between kept lines count too
    for line in text.split("\n"):
        used += _units(line) + 1
        if used > room:
            break
        kept.append(line)
    if not kept:  # a first line longer than a message: cut before a word
        return _fit(text, room - 1).rsplit(" ", 1)[0] + "…" + tail
    paragraph = max((n for n, line in enumerate(kept) if not line.strip()), default=0)
    if paragraph > len(kept) // 2:
        kept = kept[:paragraph]
    return "\n".join(kept).rstrip() + tail


def _full_text_link(payload: dict) -> str:
    """The dashboard's page of what an alert is about, from its payload: an issue's or a signal's `dashboard`, a
    report's `link`; a digest's, Tổng quan (its issues' links are the dashboard's address then /van_de?id=…)."""
    for field in ("dashboard", "link"):
        if isinstance(payload.get(field), str) and payload[field]:
            return payload[field]
    issues = payload.get("issues")
    first = issues[0].get("dashboard") if isinstance(issues, list) and issues and isinstance(issues[0], dict) else ""
    return first.split("/van_de?", 1)[0] + "/" if isinstance(first, str) and "/van_de?" in first else ""


def _judge(alert: Alert, resp: httpx.Response, timeout: float) -> None:
    """Raise what a webhook's answer means for the alert (nothing when it took it)."""
    hook = redact_secrets(alert.recipient)
    if resp.is_redirect:  # not followed (a redirect may lead anywhere): the address is to correct, not to retry
        raise Refused(f"webhook {hook} answered HTTP {resp.status_code} {resp.reason_phrase}, not retried: "
                      f"moved to {redact_secrets(resp.headers.get('Location', '?'))}")
    if 400 <= resp.status_code < 500 and resp.status_code not in HTTP_TRANSIENT:
        body = _start_of(resp, timeout)
        error = reply_error(body)  # a JSON error (Telegram's {"ok": false, "description": …}): the service's words
        said = error[1] if error else hide_cut(" ".join(body.split()), 300)  # {"ok": false}: no words
        raise Refused(f"webhook {hook} answered HTTP {resp.status_code} {resp.reason_phrase}, not retried"
                      + ((f"; it said: {said}" if error else f": {said}") if said else ""))
    wait = _wait(resp.headers.get("Retry-After", ""))
    if resp.status_code in HTTP_SLOW_DOWN:
        if not wait:  # Telegram's 429 says how long in its body only: {"parameters": {"retry_after": 35}}
            error = reply_error(_start_of(resp, min(timeout, REPLY_WAIT)))
            wait = error[2] if error else ""
        raise Throttled(f"webhook {hook} answered HTTP {resp.status_code}"
                        + (f", Retry-After: {wait}" if wait else ""), wait)
    if resp.status_code >= 300:
        raise DeliveryError(f"webhook {hook} answered HTTP {resp.status_code}")
    error = reply_error(_start_of(resp, min(timeout, REPLY_WAIT)))  # a body that never comes: taken (it said no error)
    if error is not None:
        stands_for, said, asked = error
        _judge_reply(alert, resp.status_code, stands_for, redact_secrets(said), asked or wait)


def _judge_reply(alert: Alert, status: int, stands_for: int, said: str, wait: str) -> None:
    """Raise what an error a 2xx reply's body carries means: as the HTTP status it stands for would (0: none known,
    tried again like a server's failure). The service's words come last, after «it said:» (diemnong/reasons.py)."""
    where = f"webhook {redact_secrets(alert.recipient)} said it did not take the alert (HTTP {status}"
    where += f", as HTTP {stands_for})" if stands_for else ")"
    if 400 <= stands_for < 500 and stands_for not in HTTP_TRANSIENT:
        raise Refused(f"{where}, not retried; it said: {said}")
    if stands_for in HTTP_SLOW_DOWN:
        raise Throttled(f"{where}" + (f", Retry-After: {wait}" if wait else "") + f"; it said: {said}", wait)
    raise DeliveryError(f"{where}; it said: {said}")


def reply_error(text: str) -> tuple[int, str, str] | None:
    """The error a webhook's 2xx reply says in its JSON body, as (the HTTP status it stands for, 0 if none is known;
    the service's words; its Retry-After); None when the body says nothing of one (not JSON, not an object,
    {"ok": true}, {"error": 0}, a code that reads as a 2xx). Whatever the body, it raises nothing: a reply is judged,
    never a fault of delivery (an alert left 'sending', again at every start)."""
    try:
        body = json.loads(text.removeprefix("\ufeff"))  # a UTF-8 BOM before it, as utf-8-sig reads it
    except (ValueError, RecursionError):  # not JSON; nested deeper than the parser goes
        return None
    if not isinstance(body, dict) or body.get("ok") is True:
        return None
    code = next((int(v) for v in map(body.get, ERROR_FIELDS) if _integral(v)), 0)
    if body.get("ok") is not False and (not code or 200 <= code < 300):
        return None
    words = dict.fromkeys(str(v) for v in [code or "", *map(body.get, SAID_FIELDS)] if v not in (None, ""))
    said = hide_cut(" ".join(" ".join(words).split()), 300)  # masked, then cut (hide_cut)
    params = body.get("parameters") if isinstance(body.get("parameters"), dict) else {}
    asked = params.get("retry_after", body.get("retry_after"))
    wait = str(int(asked)) if _integral(asked) and asked >= 0 else _wait(asked) if isinstance(asked, str) else ""
    return _stands_for(code, said), said, wait


def _integral(value: object) -> bool:
    """Whether a JSON value is a code: a whole number (7, 7.0), not true/false, NaN or an infinity (1e400)."""
    return (isinstance(value, int) and not isinstance(value, bool)) or (isinstance(value, float) and value.is_integer())


def _wait(header: str) -> str:
    """A Retry-After as sent, '' when not ASCII (a header's byte 0xB2 reads as «²», a digit that is no number)."""
    header = header.strip()
    return header if header.isascii() else ""


def _stands_for(code: int, said: str) -> int:
    """The HTTP status a reply's error stands for: its code when that is one (Telegram's error_code), 401 for an
    error about our credentials, 429 for one about our rate; 0 when none is known."""
    if 300 <= code < 600:
        return code
    if code in TOKEN_CODES or TOKEN_ERROR.search(said):
        return 401
    return 429 if RATE_ERROR.search(said) else 0


def _start_of(resp: httpx.Response, seconds: float, limit: int = 4096) -> str:
    """The start of a reply's body (a refusal's reason): at most ``limit`` bytes, read for about ``seconds`` (each
    read waits at most that long, also for a first byte that never comes: the request's read timeout, which httpcore
    takes up when the body is first read); what came is kept when the rest does not come."""
    data, end = b"", time.monotonic() + seconds
    timeouts = resp.request.extensions.get("timeout")
    if isinstance(timeouts, dict):
        timeouts["read"] = min(seconds, timeouts.get("read") or seconds)
    try:
        for chunk in resp.iter_bytes():
            data += chunk
            if len(data) >= limit or time.monotonic() > end:
                break
    except httpx.HTTPError:
        pass
    try:
        return data[:limit].decode(resp.encoding or "utf-8", "replace")
    except (LookupError, UnicodeError):  # a charset that names no text encoding (base64, zlib) or takes no «replace» (idna)
        return data[:limit].decode("utf-8", "replace")
