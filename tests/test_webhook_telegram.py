"""A department's webhook pointed at a Telegram chat directly (https://api.telegram.org/bot<token>/sendMessage?chat_id=…),
on a loopback server that answers as the Bot API does; and the secrets such addresses carry (the bot's token in the path,
?token= or ?key= in others) masked wherever an address is printed, logged or shown."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from alerting.messages import digest_body, digest_subject
from alerting.notifiers import Refused, send_webhook
from diemnong.config import load_settings
from diemnong.domain import TZ, Alert
from diemnong.pipeline import Service
from diemnong.reasons import describe_delivery
from diemnong.text import redact_secrets
from store.sqlite import SQLiteStore
from tests.conftest import LoopbackServer, at, run_once_here
from tests.test_delivery import burst, one_webhook

TOKEN = "7412589630:AAHk9-secretPart_Zq81xYwVu3TsRqPoNmLkJ"
SECRET = TOKEN.split(":", 1)[1]
CHAT = "-1002233445566"


class Telegram:
    """The Bot API's sendMessage as api.telegram.org answers it: chat_id from the query (or the JSON), text from the
    JSON; a text over 4,096 characters, a chat it does not know, an empty text refused with HTTP 400 and its JSON error;
    ``flood`` seconds: HTTP 429 with the wait in its body only, as the Bot API says it."""

    def __init__(self, server: LoopbackServer, chats: tuple[str, ...] = (CHAT,)) -> None:
        self.server, self.chats, self.texts, self.flood = server, chats, [], 0
        server.route(f"/bot{TOKEN}/sendMessage")
        server.routes[f"/bot{TOKEN}/sendMessage"].handler = self.answer

    def url(self, chat: str = CHAT) -> str:
        return f"{self.server.url}/bot{TOKEN}/sendMessage?chat_id={chat}"

    @staticmethod
    def error(code: int, description: str, **more: object) -> tuple[int, dict[str, str], bytes]:
        body = {"ok": False, "error_code": code, "description": description, **more}
        return code, {"Content-Type": "application/json"}, json.dumps(body).encode()

    def answer(self, server: LoopbackServer, handler) -> tuple[int, dict[str, str], bytes]:  # noqa: ANN001
        body = json.loads(server.requests[-1][2]["_body"] or "{}")
        chat = parse_qs(urlsplit(handler.path).query).get("chat_id", [""])[0] or str(body.get("chat_id", ""))
        text = body.get("text", "")
        if self.flood:
            return self.error(429, f"Too Many Requests: retry after {self.flood}", parameters={"retry_after": self.flood})
        if not chat:
            return self.error(400, "Bad Request: chat_id is empty")
        if chat not in self.chats:
            return self.error(400, "Bad Request: chat not found")
        if not text.strip():
            return self.error(400, "Bad Request: message text is empty")
        if len(text.encode("utf-16-le")) // 2 > 4096:
            return self.error(400, "Bad Request: message is too long")
        self.texts.append(text)
        result = {"message_id": len(self.texts), "chat": {"id": int(chat), "type": "supergroup"}, "text": text}
        return 200, {"Content-Type": "application/json"}, json.dumps({"ok": True, "result": result}).encode()


@pytest.fixture
def telegram(http_server: LoopbackServer) -> Telegram:
    return Telegram(http_server)


@pytest.mark.parametrize(("address", "shown"), [
    (f"https://api.telegram.org/bot{TOKEN}/sendMessage?chat_id={CHAT}",
     f"https://api.telegram.org/bot7412589630:***mLkJ/sendMessage?chat_id={CHAT}"),
    ("https://chat.googleapis.com/v1/spaces/AAAA/messages?key=AIzaSyDdI0h&token=tK3n%3D",
     "https://chat.googleapis.com/v1/spaces/AAAA/messages?key=***&token=***"),
    ("https://noibo.sogddt.vn/hook?access_token=abc123&kenh=2", "https://noibo.sogddt.vn/hook?access_token=***&kenh=2"),
    ("https://hooks.slack.com/services/T0001/B0002/XyZsecret", "https://hooks.slack.com/services/T0001/B0002/***"),
    ("https://discord.com/api/webhooks/1234/abc-SECRET?wait=true", "https://discord.com/api/webhooks/1234/***?wait=true"),
    ("https://relay:mat-khau@noibo.sogddt.vn/zalo", "https://relay:***@noibo.sogddt.vn/zalo"),
    ("https://noibo.sogddt.vn/api/cảnh-báo", "https://noibo.sogddt.vn/api/cảnh-báo"),
    ("vanphong@sogddt-hg.vn", "vanphong@sogddt-hg.vn"),
    (f"'api.telegram.org/bot{TOKEN}/sendMessage'", "'api.telegram.org/bot7412589630:***mLkJ/sendMessage'"),  # no https://
    (f"token {TOKEN}", "token 7412589630:***mLkJ"),
    ("lúc 08:30, mã 123456:abc, 10:30:45", "lúc 08:30, mã 123456:abc, 10:30:45"),
    (f"https://TG.example/BOT{TOKEN}/SendMessage?chat_id={CHAT}",  # Bot API paths are case-insensitive
     f"https://TG.example/BOT7412589630:***mLkJ/SendMessage?chat_id={CHAT}"),
    ("https://example.vn/a?api_key=X&KEY=Y&Signature=Z&pwd=p#access_token=abc&x=1",
     "https://example.vn/a?api_key=***&KEY=***&Signature=***&pwd=***#access_token=***&x=1"),
])
def test_an_address_is_shown_with_its_secret_masked_and_the_rest_as_written(address: str, shown: str) -> None:
    assert redact_secrets(address) == shown
    said = f"webhook {address} answered HTTP 400 Bad Request, not retried <{address}>: «{address}»"
    assert redact_secrets(said) == f"webhook {shown} answered HTTP 400 Bad Request, not retried <{shown}>: «{shown}»"


@pytest.mark.parametrize("address", [
    "https://tuoitre.vn/tim-kiem.rss?keywords=hoc-phi&author=ban-giao-duc",
    "https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=9000&code=CT-12",
    "https://thanhnien.vn/rss?passage=1&zipcode=700000&doccode=12/2024/TT-BGDDT",
    "https://dantri.com.vn/giao-duc.htm?signal=x&design=y&pkey=1&monkey=2&tokenize=yes&authors=a",
    "https://example.vn/oauth/authorize/something",
    "https://example.vn/rss?authority=x&keyboard=y&passageId=3&tokenizer=z&secretary=w&sigma=1&hotkeys=2",
])
def test_a_source_address_whose_parameters_only_contain_a_secret_word_is_shown_whole(address: str) -> None:
    # ?keywords=, ?author=, ?code=, ?passage= were masked (their names contain key, auth, code, pass): a source's
    # address in the log and in `diemnong check` lost what tells one search feed from another.
    assert redact_secrets(address) == address
    assert redact_secrets(f"nguồn tin <{address}>: lỗi") == f"nguồn tin <{address}>: lỗi"


@pytest.mark.parametrize("name", [
    "api_token", "apiToken", "accessToken", "access-token", "api-key", "x-api-key", "private_token", "bot_token",
    "secret_key", "passwd", "passphrase", "credential", "X-Amz-Signature", "X-Amz-Credential", "X-Amz-Security-Token",
    "webhook_secret", "authToken", "ApiKEY", "client.secret",
])
def test_a_parameter_whose_name_ends_in_a_secret_word_is_masked(name: str) -> None:
    # Only whole names (token, access_token, api_key…) were secrets: ?api_token=, ?apiToken=, ?x-api-key=,
    # ?X-Amz-Signature= were printed in the log and on Vấn đề as written.
    assert redact_secrets(f"https://example.vn/hook?{name}=S3cretValue&x=1") == f"https://example.vn/hook?{name}=***&x=1"


@pytest.mark.parametrize(("text", "shown"), [
    ("https://a.vn/x,https://relay:S3cr3tPass@relay.vn/hook", "https://a.vn/x,https://relay:***@relay.vn/hook"),
    ("webhooks=https://a.vn/x;https://relay:S3cr3tPass@relay.vn/hook",
     "webhooks=https://a.vn/x;https://relay:***@relay.vn/hook"),
    ("https://proxy.vn/go?url=https://relay:S3cr3tPass@relay.vn/hook", "https://proxy.vn/go?url=https://relay:***@relay.vn/hook"),
    ("https://user@a.vn/x?next=https://relay:S3cr3tPass@relay.vn/hook",
     "https://user@a.vn/x?next=https://relay:***@relay.vn/hook"),
])
def test_a_password_in_a_second_address_of_one_run_is_hidden(text: str, shown: str) -> None:
    # Only a password right after the run's own scheme was looked for: a list of webhooks written with commas, or an
    # address in another's ?url=, printed the second one's password.
    assert redact_secrets(text) == shown


@pytest.mark.parametrize(("text", "shown"), [
    ("1.https://x.vn/h?token=SECRETVALUE", "1.https://x.vn/h?token=***"),
    ("Bước 2.https://relay:S3cr3tPass@relay.vn/hook", "Bước 2.https://relay:***@relay.vn/hook"),
    ("2025-09-05-https://x.vn/h?access_token=SECRETVALUE", "2025-09-05-https://x.vn/h?access_token=***"),
    ("+https://x.vn/h?key=SECRETVALUE", "+https://x.vn/h?key=***"),
    (f"3.https://api.telegram.org/bot{TOKEN}/sendMessage", "3.https://api.telegram.org/bot7412589630:***mLkJ/sendMessage"),
])
def test_an_address_right_after_a_digit_or_punctuation_is_masked(text: str, shown: str) -> None:
    # A scheme was looked for only after none of a scheme's characters (letters, digits, + . -): «1.https://…» was
    # no address, and its secret was printed.
    assert redact_secrets(text) == shown


def test_the_punctuation_after_a_masked_address_stays() -> None:
    hook = "https://noibo.sogddt.vn/hook?access_token=abc123"
    assert redact_secrets(f"(xem {hook}) không gửi được") == "(xem https://noibo.sogddt.vn/hook?access_token=***) không gửi được"
    assert redact_secrets(f"{hook}, {hook}.") == "https://noibo.sogddt.vn/hook?access_token=***, " \
                                                 "https://noibo.sogddt.vn/hook?access_token=***."
    assert redact_secrets(f"{hook}: lỗi; {hook};") == "https://noibo.sogddt.vn/hook?access_token=***: lỗi; " \
                                                      "https://noibo.sogddt.vn/hook?access_token=***;"


@pytest.mark.parametrize(("text", "shown"), [
    ("mật khẩu ở https://a.vn/x?pwd=abc!", "mật khẩu ở https://a.vn/x?pwd=***!"),  # «!» ends the sentence, as «.» does
    ("(https://a.vn/x?pwd=abc?), rồi", "(https://a.vn/x?pwd=***?), rồi"),
    # a parameter left empty, then the sentence's end: nothing to hide, the marks stay as written
    ("https://a.vn/api?token=, lỗi 404", "https://a.vn/api?token=, lỗi 404"),
    ("(xem https://a.vn/x?key=)", "(xem https://a.vn/x?key=)"),
    ("https://a.vn/x?auth=), rồi", "https://a.vn/x?auth=), rồi"),
    ("xem https://a.vn/x?token=. Rồi", "xem https://a.vn/x?token=. Rồi"),
    ("https://a.vn/x?pwd=!!! rồi", "https://a.vn/x?pwd=!!! rồi"),
    ("https://a.vn/x?pwd=", "https://a.vn/x?pwd="),
    # marks inside the address, more of it after them: the value's, hidden
    ("https://a.vn/x?pwd=!!!&x=1", "https://a.vn/x?pwd=***&x=1"),
    ("https://a.vn/x#access_token=...&state=1", "https://a.vn/x#access_token=***&state=1"),
    ("https://a.vn/x?keywords=!!!&x=1", "https://a.vn/x?keywords=!!!&x=1"),
])
def test_punctuation_after_an_address_is_the_sentence_s_and_inside_it_a_secret_s(text: str, shown: str) -> None:
    # Trailing «) , . : ; ! ?» is the sentence's, not the address's, even right after a secret's «=»: taking it for the
    # value showed «?token=, lỗi 404» as «?token=*** lỗi 404» and lost a bracket. Marks with more of the address after
    # them are the value (?pwd=!!!&x=1), hidden.
    assert redact_secrets(text) == shown


@pytest.mark.parametrize("line", [
    "'DEBUG httpx: GET https://feed.example/' + 'a' * 200_000",  # a hostile feed's address
    "'a' * 200_000 + ' https://x.example/?token=abc'",
    "'https://relay:pw@x.example/' + 'b' * 200_000",
    "'https://x.example/' + '.' * 200_000 + '/a?token=abc'",  # a run of dots: 40,000 of them took 8 s
    "'https://x.example/hooks/' + 'a' * 200_000 + '-'",  # Mattermost's and Rocket.Chat's shapes, not quite
    "'https://x.example/hooks/Gnd5yXD8eYmWuqHqP/' + 'b' * 200_000 + '-'",
    "'https://x.webhook.office.com/webhookb2/' + 'c' * 200_000 + '/IncomingWebhook/'",
    "'https://x.webhook.office.com:443/webhookb2/' + 'c@' * 100_000 + '/incomingwebhook/'",
    "'https://x' + '.OFFICE.COM:443/webhook/a@b' * 10_000",
    "'https://x' + '.office.com:4/webhookb2/a@b/IncomingWebhook/' * 5_000",
    "'https://x.example' + '/OPEN-APIS/BOT/V2/HOOK' * 20_000",
    "'https://x.example' + '/open-apis/bot/v2/hook' * 20_000",
    "'https://x.example/?a' * 20_000 + '&pwd=' + '!' * 200_000",
])
def test_a_200000_character_line_is_masked_in_linear_time(line: str) -> None:
    # Each address went through redact_url's unanchored pattern, tried at every letter: 8.6 s for 30,000 letters,
    # minutes for a line like these (each log line, at DEBUG). A process of its own: one regex call holds the GIL,
    # so a thread's timeout could not stop it.
    code = (f"from diemnong.text import redact_secrets; out = redact_secrets({line}); "
            "assert 'token=abc' not in out and ':pw@' not in out")
    done = subprocess.run([sys.executable, "-c", code], timeout=30, capture_output=True, text=True,  # generous: ~1 s
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert done.returncode == 0, done.stderr


TEAMS_IDS = "1f0e2d3c-4b5a-6978-8796-a5b4c3d2e1f0@0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
TEAMS_SECRET = "8c2f6a1e9b0d4c7a5e3f1b2d4a6c8e0f/5d4c3b2a-1f0e-9d8c-7b6a-5f4e3d2c1b0a"


@pytest.mark.parametrize(("address", "shown"), [
    (f"https://sogddt.webhook.office.com/webhookb2/{TEAMS_IDS}/IncomingWebhook/{TEAMS_SECRET}",
     f"https://sogddt.webhook.office.com/webhookb2/{TEAMS_IDS}/IncomingWebhook/***1b0a"),
    (f"https://sogddt.webhook.office.com/webhookb2/{TEAMS_IDS}/IncomingWebhook/{TEAMS_SECRET}/V2aB3dE5fG7hI9jK1lM3nO5pQ",
     f"https://sogddt.webhook.office.com/webhookb2/{TEAMS_IDS}/IncomingWebhook/***O5pQ"),
    (f"https://outlook.office.com/webhook/{TEAMS_IDS}/IncomingWebhook/{TEAMS_SECRET}",
     f"https://outlook.office.com/webhook/{TEAMS_IDS}/IncomingWebhook/***1b0a"),
    (f"https://sogddt.webhook.office.com:443/webhookb2/{TEAMS_IDS}/IncomingWebhook/{TEAMS_SECRET}",  # a port
     f"https://sogddt.webhook.office.com:443/webhookb2/{TEAMS_IDS}/IncomingWebhook/***1b0a"),
    (f"https://SOGDDT.WEBHOOK.OFFICE.COM/webhookb2/{TEAMS_IDS}/incomingwebhook/{TEAMS_SECRET}",  # another case
     f"https://SOGDDT.WEBHOOK.OFFICE.COM/webhookb2/{TEAMS_IDS}/incomingwebhook/***1b0a"),
    (f"https://u:pw@sogddt.webhook.office.com:443/webhookb2/{TEAMS_IDS}/IncomingWebhook/{TEAMS_SECRET}",
     f"https://u:***@sogddt.webhook.office.com:443/webhookb2/{TEAMS_IDS}/IncomingWebhook/***1b0a"),
    # Another address joined by a comma after a Teams one with a query: its password's «@» is past Teams' own
    (f"lỗi https://sogddt.webhook.office.com/webhookb2/{TEAMS_IDS}/IncomingWebhook/{TEAMS_SECRET}?x=1,"
     "https://elastic:S3cretPW@es.local:9200/",
     f"lỗi https://sogddt.webhook.office.com/webhookb2/{TEAMS_IDS}/IncomingWebhook/***1b0a?x=1,"
     "https://elastic:***@es.local:9200/"),
    (f"https://sogddt.webhook.office.com:443/webhookb2/{TEAMS_IDS}/IncomingWebhook/{TEAMS_SECRET}?x=1,"
     "https://elastic:S3cretPW@es.local:9200/",
     f"https://sogddt.webhook.office.com:443/webhookb2/{TEAMS_IDS}/IncomingWebhook/***1b0a?x=1,"
     "https://elastic:***@es.local:9200/"),
    ("https://OPEN.LARKSUITE.COM/OPEN-APIS/BOT/V2/HOOK/9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
     "https://OPEN.LARKSUITE.COM/OPEN-APIS/BOT/V2/HOOK/***7c6d"),
    ("https://open.feishu.cn:443/open-apis/bot/v2/hook/2f8e1c4a-7b3d-4e9f-a6c5-0d1b2e3f4a5b).",
     "https://open.feishu.cn:443/open-apis/bot/v2/hook/***4a5b)."),
    ("https://prod-27.southeastasia.logic.azure.com:443/workflows/9a8b7c6d5e4f/triggers/manual/paths/invoke"
     "?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg",
     "https://prod-27.southeastasia.logic.azure.com:443/workflows/9a8b7c6d5e4f/triggers/manual/paths/invoke"
     "?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=***defg"),
    ("https://open.feishu.cn/open-apis/bot/v2/hook/2f8e1c4a-7b3d-4e9f-a6c5-0d1b2e3f4a5b",
     "https://open.feishu.cn/open-apis/bot/v2/hook/***4a5b"),
    ("https://open.larksuite.com/open-apis/bot/v2/hook/9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
     "https://open.larksuite.com/open-apis/bot/v2/hook/***7c6d"),
    ("https://chat.sogddt.vn/hooks/xi6tbm1n3pfy7ggz8w9cs4kq5e", "https://chat.sogddt.vn/hooks/***kq5e"),  # Mattermost
    ("https://chat.sogddt.vn/mm/hooks/xi6tbm1n3pfy7ggz8w9cs4kq5e?x=1", "https://chat.sogddt.vn/mm/hooks/***kq5e?x=1"),
    ("https://rocket.sogddt.vn/hooks/Gnd5yXD8eYmWuqHqP/Xk29sLqP3mN8vB4cR7tY1wZ6aD0fG5hJ2kL9pQ3sU8xE4iO7",  # Rocket.Chat
     "https://rocket.sogddt.vn/hooks/Gnd5yXD8eYmWuqHqP/***4iO7"),
    ("https://chat.googleapis.com/v1/spaces/AAAAxyz/messages?key=made-up-key-for-this-test-only-qsHI&token=Xq3b9k2L",
     "https://chat.googleapis.com/v1/spaces/AAAAxyz/messages?key=***qsHI&token=***"),
    ("https://oapi.dingtalk.com/robot/send?access_token=5f3a9c1e7b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a",
     "https://oapi.dingtalk.com/robot/send?access_token=***2f4a"),
    ("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7a1b-4bc4-97a0-0ec2b1fa5aaa",
     "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***5aaa"),
])
def test_other_chat_services_webhook_secrets_are_masked(address: str, shown: str) -> None:
    # Only Telegram's, Slack's and Discord's path secrets were known: a Teams, Feishu/Lark, Mattermost or Rocket.Chat
    # webhook was printed in the log, `diemnong alerts` and on Vấn đề whole, and anyone reading it could post as it.
    assert redact_secrets(address) == shown
    said = f"webhook {address} answered HTTP 404 Not Found, not retried <{address}>: «{address}»."
    assert redact_secrets(said) == f"webhook {shown} answered HTTP 404 Not Found, not retried <{shown}>: «{shown}»."


@pytest.mark.parametrize("address", [
    "https://vnexpress.net/hooks/react-hooks-la-gi-4567890.html",
    "https://example.vn/blog/hooks/abcdefghijklmnopqrstuvwxyz/",  # 26 letters, but a page under it
    "https://example.vn/hooks/tin-tuc/hoc-sinh-va-giao-vien-vung-cao-2024",
    "https://example.vn/hooks/Gnd5yXD8eYmWuqHqP/bai-viet-ve-giao-duc-vung-cao",
    "https://tuoitre.vn/open-apis/bot/v2/hook",
    "https://example.vn/tin/IncomingWebhook-la-gi.htm",
])
def test_an_article_address_with_hooks_in_its_path_is_shown_whole(address: str) -> None:
    assert redact_secrets(address) == address


def test_an_old_and_a_new_bot_token_are_told_apart_when_masked() -> None:
    old = f"https://api.telegram.org/bot{TOKEN}/sendMessage?chat_id={CHAT}"
    new = old.replace(SECRET, "AAFnew-newSecretPart_abcdefghijkXy9Q")
    assert redact_secrets(old) != redact_secrets(new)
    assert "bot7412589630:***Xy9Q/" in redact_secrets(new) and "newSecret" not in redact_secrets(new)
    assert redact_secrets("https://x.example/h?token=short-one") == "https://x.example/h?token=***", "under 24: all"


@pytest.mark.parametrize(("address", "shown"), [
    ("https://x.example/h?token=0123456789abcdefghij", "https://x.example/h?token=***"),  # 20: guessable from 4 less
    ("https://x.example/h?token=0123456789abcdefghijklmn", "https://x.example/h?token=***klmn"),  # 24
    ("https://x.example/h?password=0123456789abcdefghijklmnop", "https://x.example/h?password=***"),
    ("https://x.example/h?db_pwd=0123456789abcdefghijklmnop", "https://x.example/h?db_pwd=***"),
    ("https://x.example/h?passphrase=0123456789abcdefghijklmnop", "https://x.example/h?passphrase=***"),
])
def test_only_a_long_token_keeps_its_last_4_characters_and_a_password_never(address: str, shown: str) -> None:
    # A 16-character secret kept a quarter of itself; a password (chosen by a person, its end often a year or
    # a digit run) told its end.
    assert redact_secrets(address) == shown


def digest_alert(url: str, issues: int, dashboard: str = "https://sgd.example/diemnong/") -> Alert:
    """A morning digest of a busy night, as alerting/digest.py writes it (``dashboard``: general.dashboard_url)."""
    items = [{"issue_id": f"st-{n:04d}", "title": f"Phụ huynh phản ánh khoản thu thứ {n} đầu năm học ở trường tiểu học",
              "articles": 6, "outlets": ["VnExpress", "Tuổi Trẻ", "Dân trí"], "negative_share": 0.8, "local": n % 2 == 0,
              "reason": "6 bài trên 3 cơ quan báo chí trong 5 giờ, 80% tiêu cực, tăng nhanh so với 24 giờ trước",
              "dashboard": f"{dashboard}van_de?id=st-{n:04d}" if dashboard else f"trang Vấn đề của Điểm Nóng, mã st-{n:04d}"}
             for n in range(1, issues + 1)]
    now = datetime(2025, 9, 6, 7, 30, tzinfo=TZ)
    return Alert(key=f"digest|{url}|2025-09-06", issue_id="digest|2025-09-06", department="van-phong", recipient=url,
                 channel="webhook", kind="digest", subject=digest_subject("06/09/2025", issues), raised_at=now,
                 body=digest_body(items, "06/09/2025", dashboard),
                 payload={"kind": "digest", "day": "2025-09-06", "members": [], "issues": items})


def test_a_digest_longer_than_a_telegram_message_reaches_the_chat_cut_at_an_issue_with_the_link_kept(
        telegram: Telegram, http_server: LoopbackServer) -> None:
    # A busy night's digest (30 issues: 11,000 characters) was refused for good by Telegram («message is too long»),
    # and the morning's issues reached nobody in that chat.
    alert = digest_alert(telegram.url(), 30)
    assert len(alert.body) > 4096
    send_webhook(alert)
    [text] = telegram.texts
    assert len(text) <= 4096 and text.startswith(alert.body.split("\n\n")[0])
    head, _, tail = text.rpartition("\n\n")
    assert tail.startswith("[…] Tin nhắn đã được cắt bớt vì Telegram chỉ nhận tối đa 4.096 ký tự")
    assert tail.endswith("; xem đầy đủ: https://sgd.example/diemnong/"), tail
    assert alert.body.startswith(head + "\n\n"), "whole issues, each with its «Xem:» link, cut between two"
    assert head.rstrip().split("\n")[-1].startswith("   Xem: https://sgd.example/diemnong/van_de?id=st-")

    generic = http_server.route("/hook", '{"ok": true}', content_type="application/json")  # any other receiver
    send_webhook(digest_alert(generic, 30))
    payload = json.loads(http_server.requests[-1][2]["_body"])
    assert payload["text"] == digest_alert(generic, 30).body, "the whole text, as the webhook contract says"


def test_a_cut_digest_without_a_dashboard_link_names_its_day_not_its_internal_key(telegram: Telegram) -> None:
    # Without general.dashboard_url the last line ended «(mã digest|2025-09-06)»: the alerts' key, which nobody can
    # look up on the dashboard.
    alert = digest_alert(telegram.url(), 40, dashboard="")
    send_webhook(alert)
    [text] = telegram.texts
    assert text.endswith("trên bảng điều khiển Điểm Nóng (bản tổng hợp ngày 06/09/2025)"), text[-200:]
    assert "digest|" not in text


def test_an_issue_alert_too_long_for_telegram_keeps_its_dashboard_link_at_its_end(telegram: Telegram) -> None:
    link = "https://sgd.example/diemnong/van_de?id=st-abc"
    body = "Phát hiện vấn đề nóng: lạm thu\n\n" + "\n".join(f"- Bài {n}: phụ huynh phản ánh khoản thu ngoài quy định "
                                                             f"\n  https://o{n}.example.vn/bai.html" for n in range(80))
    alert = Alert(key="st-abc|x|new|0", issue_id="st-abc", department="van-phong", recipient=telegram.url(),
                  channel="webhook", kind="new", subject="s", body=body + f"\n\nXem chi tiết: {link}",
                  raised_at=datetime(2025, 9, 6, 9, 0, tzinfo=TZ), payload={"issue_id": "st-abc", "dashboard": link})
    send_webhook(alert)
    [text] = telegram.texts
    assert len(text) <= 4096 and text.endswith(f"; xem đầy đủ: {link}") and text.startswith("Phát hiện vấn đề nóng")


def test_a_text_of_emoji_is_cut_as_telegram_counts_and_reaches_the_chat(telegram: Telegram) -> None:
    # 5,000 × 🔥 on one line was cut to 4,096 characters, 8,062 UTF-16 units to Telegram: refused for good.
    alert = Alert(key="st-abc|x|new|0", issue_id="st-abc", department="van-phong", recipient=telegram.url(),
                  channel="webhook", kind="new", subject="s", body="🔥" * 5000 + "\n" + "🔥 lạm thu " * 800,
                  raised_at=datetime(2025, 9, 6, 9, 0, tzinfo=TZ), payload={"issue_id": "st-abc"})
    send_webhook(alert)
    [text] = telegram.texts
    assert text.startswith("🔥🔥") and len(text.encode("utf-16-le")) // 2 <= 4096  # the loopback Bot API took it
    # without general.dashboard_url (no link in the payload) the last line names the issue, to find it by
    assert text.endswith("trên bảng điều khiển Điểm Nóng (mã st-abc)"), text[-200:]


def test_a_refusal_in_json_without_words_is_not_quoted_as_json(http_server: LoopbackServer) -> None:
    hook = http_server.route("/hook", '{"ok": false}', status=400, content_type="application/json")
    alert = Alert(key="k", issue_id="i", department="d", recipient=hook, channel="webhook", kind="new", subject="s",
                  body="b", raised_at=datetime(2025, 9, 6, 9, 0, tzinfo=TZ))
    with pytest.raises(Refused) as refused:
        send_webhook(alert)
    assert str(refused.value).endswith("answered HTTP 400 Bad Request, not retried"), str(refused.value)
    assert describe_delivery(str(refused.value), "failed").startswith("webhook trả lỗi HTTP 400 (yêu cầu không hợp lệ);")


def test_a_telegram_flood_wait_said_in_its_body_only_is_waited_for(settings, store, telegram: Telegram) -> None:
    # Telegram's 429 says how long in its body ({"parameters": {"retry_after": 3600}}), no Retry-After header: the
    # alert was posted again two minutes later, and again, each try burned, while it had asked for an hour.
    telegram.flood = 3600
    service = Service(settings.override(alerts__quiet_hours=""), store, workers=1)
    one_webhook(service, telegram.url())
    service.ingest(burst(5))
    assert service.deliver(at("2025-09-05T12:00:00+07:00"))["retry"] == 1
    [alert] = store.list_alerts()
    assert alert.state == "pending" and alert.next_attempt >= at("2025-09-05T13:00:00+07:00"), "not before it asked"
    assert "bị giới hạn số lần gửi" in describe_delivery(alert.error, alert.state)
    assert service.deliver(at("2025-09-05T12:30:00+07:00"))["retry"] == 0, "nothing posted meanwhile"
    telegram.flood = 0
    assert service.deliver(at("2025-09-05T13:01:00+07:00"))["sent"] == 1 and len(telegram.texts) == 1


def test_a_telegram_refusal_says_its_words_in_vietnamese_and_never_the_bot_token(settings, store, telegram: Telegram,
                                                                                 caplog) -> None:
    service = Service(settings.override(alerts__quiet_hours=""), store, workers=1)
    one_webhook(service, telegram.url("-1009999"))  # a chat the bot is not in
    service.ingest(burst(5))
    with caplog.at_level("WARNING", logger="diemnong.pipeline"):
        assert service.deliver(at("2025-09-05T12:00:00+07:00"))["failed"] == 1
    [alert] = store.list_alerts()
    assert alert.recipient == telegram.url("-1009999"), "the address stored whole: the alerts' key"
    assert SECRET not in alert.error and "/bot7412589630:***mLkJ/sendMessage" in alert.error
    assert describe_delivery(alert.error, alert.state).startswith(
        "webhook trả lỗi HTTP 400 (yêu cầu không hợp lệ): «400 Bad Request: chat not found»; máy chủ từ chối hẳn")
    with pytest.raises(Refused) as refused:
        send_webhook(replace(alert, key="k2", recipient=f"{telegram.server.url}/bot{TOKEN[:-1]}/sendMessage?chat_id={CHAT}"))
    assert SECRET[:-1] not in str(refused.value) and "HTTP 404" in str(refused.value)


def test_the_bot_token_is_masked_in_the_log_diemnong_alerts_and_check_send(tmp_path, monkeypatch, capsys,
                                                                           telegram: Telegram) -> None:
    from dashboard.config_edit import current_departments, save_departments
    from diemnong.cli import main

    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.yaml").write_text("alerts:\n  quiet_hours: ''\n", encoding="utf-8")
    wrong = telegram.url("-1009999")  # a chat the bot was removed from: refused for good, said in the log
    save_departments(home, [replace(d, emails=(), webhooks=(wrong,)) if d.id == "van-phong" else d
                            for d in current_departments(home).values()])
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    monkeypatch.setenv("DIEMNONG_LOG_LEVEL", "DEBUG")  # the HTTP client's own lines name the address too
    with SQLiteStore(home / "diemnong.sqlite3") as store:
        Service(load_settings(env={"DIEMNONG_HOME": str(home), "DIEMNONG_NLP_WORKERS": "1"}), store, workers=1).ingest(burst(5))
    assert run_once_here() == 0
    logged = (home / "logs" / "diemnong.log").read_text(encoding="utf-8")
    assert "/bot7412589630:***mLkJ/sendMessage" in logged and "không gửi được" in logged, logged
    assert SECRET not in logged
    capsys.readouterr()
    assert main(["alerts"]) == 0
    listed = capsys.readouterr().out
    assert "<" + redact_secrets(wrong) + ">" in listed and "«400 Bad Request: chat not found»" in listed, listed
    main(["check", "--send"])
    checked = capsys.readouterr().out
    line = next(x for x in checked.splitlines() if "/bot7412589630:***mLkJ/sendMessage" in x)
    assert "LỖI" in line and "chat not found" in line, checked
    assert SECRET not in listed + checked


def test_a_re_sent_telegram_alert_is_one_line_of_the_monthly_report_without_the_bot_token(settings, store, tmp_path) -> None:
    # «Gửi lại» records where the alerts went (the issue's history), and the monthly report's timeline quotes it: the
    # draft that goes to the Văn phòng, printed and signed, carried the bot's token.
    from docx import Document

    from diemnong.config import current_departments
    from diemnong.pipeline import failed_alerts, resend_failed
    from diemnong.report import write_report
    from tests.test_report import NOW, rows, table_with

    old, new = f"https://api.telegram.org/bot{TOKEN}/sendMessage?chat_id=-1009999", f"https://api.telegram.org/bot{TOKEN}/sendMessage?chat_id={CHAT}"
    departments = current_departments(settings.home)
    service = Service(settings, store, workers=1)
    service.departments = {**departments, "van-phong": replace(departments["van-phong"], emails=(), webhooks=(old,))}
    service.ingest(burst(8, "2025-09-05T09:00:00+07:00"))
    [vp] = [a for a in store.list_alerts() if a.recipient == old and a.payload.get("level") == 0]
    store.update_alert(vp.with_(state="failed", next_attempt=None, error=f"webhook {redact_secrets(old)} answered HTTP 400 "
                                "Bad Request, not retried; it said: 400 Bad Request: chat not found"))
    moved = {**departments, "van-phong": replace(departments["van-phong"], emails=(), webhooks=(new,))}
    resend_failed(settings, store, failed_alerts(store), "Trần Văn Quản (admin)", at("2025-09-06T08:00:00+07:00"), moved)
    doc = Document(str(write_report(settings, store, "2025-09", "docx", tmp_path / "r.docx", None, now=NOW)))
    timeline = [r[1] for r in rows(table_with(doc, "Thời gian", "Diễn biến"))]
    [line] = [x for x in timeline if "gửi lại 1 cảnh báo" in x]
    assert f"{redact_secrets(old)} → {redact_secrets(new)}" in line and SECRET not in line, line


def test_check_send_posts_its_test_message_to_a_telegram_chat(tmp_path, monkeypatch, capsys, telegram: Telegram) -> None:
    from dashboard.config_edit import current_departments, save_departments
    from diemnong.cli import main

    home = tmp_path / "home"
    home.mkdir()
    save_departments(home, [replace(d, emails=(), webhooks=(telegram.url(),)) if d.id == "van-phong" else d
                            for d in current_departments(home).values()])
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    main(["check", "--send"])  # exits 1: the other departments' shipped placeholders
    out = capsys.readouterr().out
    assert f"Văn phòng Sở <{redact_secrets(telegram.url())}>: đã gửi thử" in out and SECRET not in out, out
    [text] = telegram.texts
    assert text.startswith("Thư thử của Điểm Nóng") and "diemnong check --send" in text
