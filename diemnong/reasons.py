"""Why something did not work, in the office's words: a source that failed (the crawler's error) and an alert not
delivered (the outbox's raw text, alerting/notifiers.py and diemnong/pipeline.py: deliver). The raw text stays
available beside these words (the dashboard's «Chi tiết kỹ thuật»); the service's log uses them too."""
from __future__ import annotations

import re
from typing import Iterable

from diemnong.domain import TZ, Alert, parse_time

FETCH_ERRORS = (  # what a crawler's error says, in the office's words (first match wins)
    (r"robots\.txt", "robots.txt của trang không cho phép thu thập"),
    (r"cannot resolve|Name or service not known|name resolution|nodename", "không phân giải được tên miền (mất mạng hoặc địa chỉ sai)"),
    (r"did not answer its last", "máy chủ không trả lời nhiều lần liền, tạm ngừng hỏi"),
    (r"timed? ?out|Timeout", "hết thời gian chờ máy chủ trả lời"),
    (r"Connection refused", "máy chủ từ chối kết nối"),
    (r"Network is unreachable|No route to host", "không có đường mạng tới máy chủ"),
    (r"SSL|[Cc]ertificate", "lỗi chứng chỉ bảo mật (HTTPS)"),
    (r"larger than|too large", "trang hoặc nguồn tin quá lớn"),
    (r"only http and https|no host in URL", "địa chỉ nguồn không hợp lệ"),
    (r"non-public address", "địa chỉ trong mạng nội bộ, không được thu thập (thêm mạng đó vào crawler.allowed_networks "
     "nếu đúng là nguồn của đơn vị)"),
    (r"not a readable sitemap|child sitemap", "nguồn không phải sơ đồ trang (sitemap) hợp lệ"),
    (r"not a (?:readable )?feed|malformed|XML|bozo", "nguồn không phải RSS/Atom hợp lệ — nếu đây là trang web thường, chọn "
     "loại «html» (với bộ chọn CSS) hoặc «sitemap»"),
    (r"not an HTML page", "không phải trang HTML (tệp PDF, ảnh, tài liệu…): không trích được bài"),
    (r"empty page", "trang trống"),
    (r"not an article", "trang chuyên mục hoặc danh sách liên kết, không phải một bài viết"),
    (r"article text too short", "trang có quá ít chữ để là một bài viết"),
    (r"asked (?:us )?to wait", "máy chủ yêu cầu tạm ngừng truy cập (quá nhiều yêu cầu), sẽ hỏi lại sau"),
    (r"redirect", "chuyển hướng vòng quanh hoặc quá nhiều lần"),
    (r"Content-Encoding|corrupt \w+ body", "dữ liệu nén của trang bị hỏng hoặc không đọc được"),
    (r"listing walk of .* took longer", "duyệt trang chuyên mục quá thời gian cho phép, đã dừng"),
    (r"no listing page of", "không đọc được trang chuyên mục nào"),
)
OTHER_ERROR = "lỗi khác (xem chi tiết kỹ thuật)"
HTTP_ERRORS = {403: "bị chặn truy cập", 404: "không tìm thấy trang", 410: "trang đã bị gỡ", 429: "bị giới hạn số lần truy cập"}
HTTP_HINTS = {403: "trang có thể chặn chương trình thu thập tự động: thử đổi crawler.user_agent (settings.yaml hoặc biến "
                   "DIEMNONG_USER_AGENT), hoặc đề nghị trang cho phép máy chủ của Điểm Nóng"}
# robots.txt that could not be read (5xx, no answer: crawlers/fetcher.py, RobotsUnreadable) is not a robots.txt that forbids.
ROBOTS_UNREADABLE = re.compile(r"robots\.txt of (\S+) forbids .*\(it could not be read\)")
UNREACHABLE = ("không truy cập được trang {origin} hoặc robots.txt của nó (không trả lời hoặc báo lỗi), chưa thu thập, "
               "sẽ thử lại sau — kiểm tra địa chỉ này mở được không (nguồn có chuyển sang https hay địa chỉ khác không: "
               "sửa địa chỉ nguồn) và đường mạng, tường lửa tới trang")


def describe_error(raw: str) -> str:
    """A source's last error in Vietnamese ('' for none); the raw text stays available beside it."""
    if not raw:
        return ""
    status = re.search(r"HTTP (\d{3})", raw)
    if status:
        code = int(status.group(1))
        return f"máy chủ trả lỗi HTTP {code}" + (f" ({HTTP_ERRORS[code]})" if code in HTTP_ERRORS else
                                                 " (máy chủ gặp sự cố)" if code >= 500 else "") \
            + (f" — {HTTP_HINTS[code]}" if code in HTTP_HINTS else "")
    if unreadable := ROBOTS_UNREADABLE.search(raw):
        return UNREACHABLE.format(origin=unreadable.group(1))
    return next((words for pattern, words in FETCH_ERRORS if re.search(pattern, raw)), OTHER_ERROR)


def source_error(raw: str) -> str:
    """A source's error for a line of the log or the command line: the office's words, then the raw text."""
    words = describe_error(raw)
    return f"{'lỗi khác' if words == OTHER_ERROR else words} — chi tiết: {raw}" if raw else ""


SMTP_REPLIES = {421: "máy chủ thư tạm ngừng phục vụ", 450: "hộp thư tạm thời không nhận", 451: "máy chủ thư tạm gặp lỗi",
                452: "máy chủ thư tạm hết chỗ", 530: "máy chủ thư đòi đăng nhập", 535: "sai tài khoản hoặc mật khẩu SMTP",
                550: "hộp thư người nhận không tồn tại hoặc không nhận thư", 551: "người nhận không ở máy chủ này",
                552: "thư quá lớn hoặc hộp thư đầy", 553: "địa chỉ thư không hợp lệ", 554: "máy chủ thư từ chối thư"}
EMAIL_ERRORS = (  # the mail server's TLS: a setting to fix (alerts.smtp_port, smtp_ssl, smtp_starttls, smtp_ca_file)
    (r"no SMTP greeting", "máy chủ thư không chào trong thời gian chờ (cổng này có thể dùng TLS ngầm định, SMTPS: "
     "bật alerts.smtp_ssl, hoặc dùng cổng STARTTLS 587)"),
    (r"no TLS handshake", "máy chủ thư không bắt tay TLS ở cổng này (alerts.smtp_ssl bật hoặc cổng 465 là TLS ngầm định, "
     "SMTPS; cổng 587 hay 25 dùng STARTTLS: sửa alerts.smtp_port hoặc tắt alerts.smtp_ssl)"),
    (r"[Cc]ertificate|CERTIFICATE", "lỗi chứng chỉ bảo mật của máy chủ thư: không được tin cậy (kiểm tra "
     "alerts.smtp_ca_file và tên máy chủ alerts.smtp_host)"),
    (r"no SMTPUTF8", "máy chủ thư không nhận địa chỉ có dấu tiếng Việt trước @ (không hỗ trợ SMTPUTF8): sửa địa chỉ trên "
     "trang Cấu hình"),
    (r"cannot be sent as it is written", "tên máy chủ thư, tài khoản hoặc mật khẩu SMTP có ký tự không gửi được (dấu tiếng Việt, hai "
     "dấu chấm liền nhau…)"),
)
DELIVERY_ERRORS = ((r"not an address a request can go to", "địa chỉ webhook không hợp lệ, sửa trên trang Cấu hình"),
                   (r"unexpectedly closed|[Dd]isconnect|reset by peer|RemoteProtocolError", "máy chủ ngắt kết nối giữa chừng"),
                   (r"AUTH extension not supported", "máy chủ thư không cho đăng nhập (cần bật STARTTLS?)"),
                   (r"STARTTLS extension not supported", "máy chủ thư không hỗ trợ STARTTLS (kiểm tra cổng alerts.smtp_port, "
                    "hoặc tắt alerts.smtp_starttls nếu máy chủ nội bộ không mã hoá)"))
MOVED = "địa chỉ webhook đã chuyển, sửa trên trang Cấu hình"
HOOK_REPLIES = {301: MOVED, 302: MOVED, 303: MOVED, 307: MOVED, 308: MOVED, 400: "yêu cầu không hợp lệ", 401: "cần xác thực", 403: "bị chặn truy cập", 404: "không tìm thấy địa chỉ",
                408: "hết thời gian chờ", 410: "địa chỉ đã bị gỡ", 429: "bị giới hạn số lần gửi"}


# A webhook that answered 2xx saying in its body it did not take the alert (alerting/notifiers.py: reply_error).
REPLY_ERROR = re.compile(r"said it did not take the alert \(HTTP \d{3}(?:, as HTTP (\d{3}))?\).*?; it said: (.*)", re.S)
# A webhook's 4xx whose JSON body said why (alerting/notifiers.py: _judge): «…, not retried; it said: <its words>».
HOOK_SAID = re.compile(r"answered HTTP \d{3}.*?, not retried; it said: (.*)", re.S)
TOKEN_FIX = "mã truy cập (token) không hợp lệ hoặc đã hết hạn: sửa cấu hình webhook trên trang Cấu hình"


NO_ADDRESS = "not sent, no address now: "  # the outbox's text, then why in Vietnamese (pipeline.py: no_target)
# The mail server refused our session, not a message (alerting/notifiers.py: SessionRefused): a setting to fix.
SESSION_REFUSED = re.compile(r"email to .*failed: .*\(53[0458]\b|(?:STARTTLS|AUTH) extension not supported|"
                             r"cannot be sent as it is written|refused the sender")
SESSION_FIX = ("sửa cấu hình máy chủ thư (alerts.smtp_host, alerts.smtp_user, alerts.smtp_password hay DIEMNONG_SMTP_PASSWORD, "
               "alerts.smtp_starttls, alerts.smtp_port) rồi khởi động lại `diemnong run`")
# The mail server refused our sender (MAIL FROM: held for a fix; Postfix's «Sender address rejected» at RCPT TO, which
# one mailbox's policy also answers: tried again as a failed delivery) (alerts/notifiers.py: SENDER_REFUSED). The address to fix when its reply is about the sender (ABOUT_SENDER: a 553, the
# word sender, enhanced status 5.1.7 or 5.1.8: the sender's address, RFC 3463), else the account or the server (a quota
# exceeded, our address on a blocklist, SPF): said in the server's own words.
SENDER_REFUSED = re.compile(r"refused the sender \(alerts\.smtp_sender\) <[^>]*>: ((\d{3})\b.*)")
ABOUT_SENDER = re.compile(r"^553\b|sender(?! policy)|\b5\.1\.[78]\b", re.IGNORECASE)  # not SPF's «Sender Policy Framework»
SENDER_FIX = ("sửa alerts.smtp_sender thành một địa chỉ máy chủ thư cho gửi (thường là địa chỉ của tài khoản alerts.smtp_user) "
              "rồi khởi động lại `diemnong run`")
ACCOUNT_FIX = ("người quản trị máy chủ thư xử lý tài khoản gửi hoặc máy chủ (hạn mức gửi, tài khoản bị khoá, địa chỉ máy chạy "
               "Điểm Nóng trong danh sách chặn, bản ghi SPF của tên miền; không phải sửa alerts.smtp_sender): Điểm Nóng "
               "tự thử lại, thưa dần tới mỗi giờ một lần")
TOO_BIG = re.compile(r"^55[024] 5\.(?:3\.4|2\.3)\b")  # the message too big (alerts/notifiers.py: TOO_BIG)


# A webhook's address names a variable the service has not (alerting/notifiers.py: unfilled_error): the fix, each name.
UNFILLED = re.compile(r"environment variable (\w+) (is not set|may not be named in a webhook's address"
                      r"|has a value that cannot be used \((CRLF|control characters|only spaces|address marks"
                      r"|characters outside the URL-safe set)\))")
# Only that text, whole: a server's reply quoted in another error («…; it said: environment variable X is not set»)
# is the server's trouble, not ours (nor due at a restart: pipeline.py, _setting_fixed).
UNFILLED_ERROR = re.compile(rf"webhook \S+ not sent: (?:{UNFILLED.pattern})(?:; (?:{UNFILLED.pattern}))*")
UNFILLED_FIX = ("đặt biến trong tệp biến môi trường của dịch vụ (EnvironmentFile của systemd, .env hoặc «environment:» "
                "của docker-compose) rồi khởi động lại `diemnong run`")


def unfilled(raw: str) -> bool:
    """Whether the outbox's raw text says a webhook's address names a variable the service has not."""
    return bool(UNFILLED_ERROR.fullmatch(raw))


def unfilled_cause(raw: str) -> str:
    """The variables a webhook's address names that the service has not, in Vietnamese, with the fix."""
    from diemnong.config import BAD_VALUES

    found = UNFILLED.findall(raw)
    unset = [n for n, why, _ in found if why == "is not set"]
    said = [f"biến môi trường {', '.join(unset)} (dùng trong địa chỉ webhook) chưa được đặt cho dịch vụ"] if unset else []
    said += [f"giá trị của biến {n} (dùng trong địa chỉ webhook) không dùng được: {BAD_VALUES[bad]}"
             for n, _, bad in found if bad]
    said += [f"biến môi trường {n} không được dùng trong địa chỉ webhook (chỉ biến DIEMNONG_… không thuộc cài đặt nào): "
             "sửa địa chỉ trên trang Cấu hình" for n, why, _ in found if why.startswith("may not")]
    fixed = unset or any(bad for *_, bad in found)
    return "; ".join(said) + (f": {UNFILLED_FIX}" if fixed else "")


def session_refused(raw: str) -> bool:
    """Whether the outbox's raw text says the mail server refused our session (login, STARTTLS, our sender), not the
    message."""
    return bool(SESSION_REFUSED.search(raw))


def session_fix(raw: str) -> str:
    """What to fix when the mail server refused our session: the sender address, the account or server's side (see
    SENDER_REFUSED), or our server settings."""
    sender = SENDER_REFUSED.search(raw)
    if sender is None:
        return SESSION_FIX
    return SENDER_FIX if ABOUT_SENDER.search(sender.group(1)) else ACCOUNT_FIX


def mail_setting_problem(waiting: Iterable[Alert]) -> str:
    """For the office (Nguồn tin): the mail server refuses our session, what it said and how many alerts wait for the
    fix, among the alerts waiting in the outbox ('' when none waits for that)."""
    held = [a for a in waiting if a.channel == "email" and a.state in ("pending", "sending") and session_refused(a.error)]
    if not held:
        return ""
    return (f"Máy chủ thư từ chối phiên gửi của Điểm Nóng: {delivery_cause(held[0].error)}. {len(held)} cảnh báo qua thư "
            f"điện tử đang chờ, không bị bỏ; {session_fix(held[0].error)}: chúng sẽ tự gửi.")


def delivery_cause(raw: str) -> str:
    """What the outbox's raw text of a failed try says went wrong, in Vietnamese ('' for none)."""
    if not raw:
        return ""
    if raw.startswith(NO_ADDRESS):  # its department lost the address while it waited, and has none on its channel
        return raw[len(NO_ADDRESS):]
    if unfilled(raw):
        return unfilled_cause(raw)
    if reply := REPLY_ERROR.search(raw):
        return reply_cause(int(reply.group(1) or 0), reply.group(2))
    if sender := SENDER_REFUSED.search(raw):
        if ABOUT_SENDER.search(sender.group(1)):
            return f"máy chủ thư trả lỗi {sender.group(2)}, từ chối địa chỉ người gửi alerts.smtp_sender"
        return f"máy chủ thư trả lỗi {sender.group(2)}, không nhận thư gửi đi của Điểm Nóng: «{sender.group(1)}»"
    said = re.split(r"failed: |not retried: ", raw)[-1]  # the server's or the system's own words
    http, smtp = re.search(r"answered HTTP (\d{3})", raw), re.search(r"(?:^|\()([45]\d\d)\b", said)
    if http:
        code = int(http.group(1))
        words = HOOK_SAID.search(raw)  # a JSON refusal's own words (Telegram's «Bad Request: chat not found»)
        return f"webhook trả lỗi HTTP {code}" + (f" ({HOOK_REPLIES[code]})" if code in HOOK_REPLIES else
                                                 " (máy chủ gặp sự cố)" if code >= 500 else "") \
            + (f": «{words.group(1)}»" if words else "")
    if smtp and "email to" in raw:
        code = int(smtp.group(1))
        if TOO_BIG.match(said[smtp.start(1):]):
            return f"máy chủ thư trả lỗi {code} (thư quá lớn)"
        return f"máy chủ thư trả lỗi {code}" + (f" ({SMTP_REPLIES[code]})" if code in SMTP_REPLIES else
                                                " (tạm thời chưa nhận)" if code < 500 else " (từ chối)")
    if raw.startswith("attachment"):
        return "không đọc được tệp đính kèm"
    email = EMAIL_ERRORS if "email to" in raw else ()
    return next((words for pattern, words in email + DELIVERY_ERRORS + FETCH_ERRORS if re.search(pattern, said)),
                "máy chủ không trả lời" if "did not answer" in raw else "lỗi khác (xem chi tiết kỹ thuật)")


def reply_cause(code: int, said: str) -> str:
    """A webhook's 2xx reply that said it did not take the alert: its words, and what its error stands for."""
    meaning = TOKEN_FIX if code == 401 else HOOK_REPLIES.get(code) or ("máy chủ gặp sự cố" if code >= 500 else "")
    said = f"«{said}»" if said.strip() else "không rõ lý do"  # {"ok": false} and no words
    return f"webhook trả lời nhưng báo không nhận cảnh báo: {said}" + (f" ({meaning})" if meaning else "")


def describe_delivery(raw: str, state: str) -> str:
    """Why an alert is not (yet) delivered, in Vietnamese ('' when it went or nothing went wrong); the raw text kept
    in the outbox (alerting/notifiers.py, diemnong/pipeline.py: deliver) is shown beside it."""
    if not raw or state in ("sent", "digested"):
        return ""
    if state == "withheld":
        return "không gửi: cảnh báo về câu chuyện minh họa (data/demo) do phiên bản trước xếp hàng khi nạp dữ liệu minh họa"
    cause = delivery_cause(raw)
    if raw.startswith("not tried"):
        cause = f"chưa thử gửi vì {cause}"
    if session_refused(raw) and state == "pending":  # a setting to fix: said what to fix, not only «sẽ gửi lại»
        return f"{cause}; sẽ gửi lại sau khi {session_fix(raw)}"
    if raw.startswith("not tried"):
        return f"{cause}; sẽ gửi lại"
    if raw.startswith(NO_ADDRESS):
        return f"{cause}; chưa gửi, thêm địa chỉ trên trang Cấu hình rồi gửi lại"
    if state in ("failed", "replaced"):
        return cause + ("; máy chủ từ chối hẳn, không gửi lại" if "not retried" in raw else "; đã thử đủ số lần, thôi gửi")
    return f"{cause}; sẽ gửi lại"


def describe_alert(alert: Alert) -> str:
    """«Lý do» of an alert: why it is not (yet) delivered and, for one a person re-sent, when, by whom, to which new
    address, and why the try before failed ('' when it went at the first go)."""
    why = describe_delivery(alert.error, alert.state)
    if not alert.resends:
        return why
    last = alert.resends[-1]
    when = parse_time(last.get("at"))
    told = " ".join(([f"lúc {when.astimezone(TZ):%H:%M %d/%m/%Y}"] if when else [])
                    + ([f"theo yêu cầu của {last['by']}"] if last.get("by") else []))
    cause = delivery_cause(str(last.get("error", "")))
    earlier = cause or "không rõ"
    if alert.state == "replaced":
        moved = ", ".join(last.get("moved_to", ())) or "—"
        if not cause and not last.get("by"):  # moved by the service when Cấu hình took the address away, not given up
            return f"đã chuyển tới địa chỉ mới {moved} {told}: địa chỉ này đã bỏ khỏi cấu hình"
        return f"đã gửi lại tới địa chỉ mới {moved} {told}; địa chỉ này: {earlier}"
    instead = f" thay cho {last['recipient']}" if last.get("recipient") and last["recipient"] != alert.recipient else ""
    return (f"{why}; " if why else "") + f"gửi lại{instead} {told}; lần trước: {earlier}"
