"""A webhook's secret kept out of departments.yaml: its address names an environment variable
(https://api.telegram.org/bot${DIEMNONG_TELEGRAM_TOKEN}/sendMessage?chat_id=…), filled in only when an alert is posted;
everywhere else (the file, its history, the outbox and its keys, the log) the address is as written."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from alerting.notifiers import Refused, send_webhook
from diemnong.config import BAD_VALUES, ConfigError, load_settings, unfilled_variables, unknown_variables, value_problem
from diemnong.domain import Alert
from diemnong.pipeline import Service
from diemnong.reasons import describe_delivery, unfilled
from diemnong.text import redact_secrets, remember_filled
from store.sqlite import SQLiteStore
from tests.conftest import LoopbackServer, at, run_once_here
from tests.test_delivery import burst, one_webhook
from tests.test_webhook_telegram import CHAT, SECRET, TOKEN, Telegram

NAME = "DIEMNONG_TELEGRAM_TOKEN"
NEW_TOKEN = "7412589630:AAFnew-newSecretPart_abcdefghijkXy9Q"


@pytest.fixture(autouse=True)
def forgotten(monkeypatch: pytest.MonkeyPatch) -> None:
    """The values filled in by a test are not hidden in the next one's texts (diemnong.text.FILLED lasts a process)."""
    monkeypatch.setattr("diemnong.text.FILLED", {})


@pytest.fixture
def telegram(http_server: LoopbackServer) -> Telegram:
    return Telegram(http_server)


def referring(telegram: Telegram) -> str:
    """The chat's address as written in departments.yaml: the bot's token left to the environment."""
    return f"{telegram.server.url}/bot${{{NAME}}}/sendMessage?chat_id={CHAT}"


def a_home(tmp_path, monkeypatch, hook: str):  # noqa: ANN001, ANN201 - a Path
    """A home whose Văn phòng's only recipient is ``hook``, saved as Cấu hình saves it, set as DIEMNONG_HOME."""
    from dashboard.config_edit import current_departments, save_departments

    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.yaml").write_text("alerts:\n  quiet_hours: ''\n", encoding="utf-8")
    save_departments(home, list(current_departments(home).values()))  # a first save: the next is kept in history
    save_departments(home, [replace(d, emails=(), webhooks=(hook,)) if d.id == "van-phong" else d
                            for d in current_departments(home).values()])
    monkeypatch.setenv("DIEMNONG_HOME", str(home))
    return home


def test_the_token_is_filled_in_only_in_the_request_and_a_new_token_sends_nothing_again(
        tmp_path, monkeypatch, telegram: Telegram) -> None:
    # The bot's token had to be written whole in departments.yaml (and so in config-history/ and the backups).
    hook = referring(telegram)
    home = a_home(tmp_path, monkeypatch, hook)
    monkeypatch.setenv(NAME, TOKEN)
    monkeypatch.setenv("DIEMNONG_LOG_LEVEL", "DEBUG")  # the HTTP client's own lines name the address it posts to
    with SQLiteStore(home / "diemnong.sqlite3") as store:
        Service(load_settings(env={"DIEMNONG_HOME": str(home), "DIEMNONG_NLP_WORKERS": "1"}), store, workers=1).ingest(burst(5))
    assert run_once_here() == 0
    [(method, path, _)] = telegram.server.requests
    assert method == "POST" and path == f"/bot{TOKEN}/sendMessage?chat_id={CHAT}", path
    assert len(telegram.texts) == 1, "the Bot API took it: a Telegram address once filled in"
    saved = [home / "departments.yaml", *(home / "config-history").iterdir()]
    assert any(hook in p.read_text(encoding="utf-8") for p in saved)
    assert not any(SECRET in p.read_text(encoding="utf-8") for p in saved)
    with SQLiteStore(home / "diemnong.sqlite3") as store:
        [alert] = [a for a in store.list_alerts() if a.channel == "webhook"]
    assert alert.state == "sent" and alert.recipient == hook and hook in alert.key and SECRET not in alert.key
    logged = (home / "logs" / "diemnong.log").read_text(encoding="utf-8")
    assert SECRET not in logged and "không phải cài đặt nào" not in logged, logged

    monkeypatch.setenv(NAME, NEW_TOKEN)  # the token rotated: the alert it already took is not sent again
    assert run_once_here() == 0
    assert len(telegram.server.requests) == 1 and len(telegram.texts) == 1


def test_an_unset_variable_keeps_the_alert_waiting_and_it_goes_once_after_a_restart_with_it_set(
        settings, store, telegram: Telegram, monkeypatch, caplog) -> None:
    monkeypatch.delenv(NAME, raising=False)
    settings = settings.override(alerts__quiet_hours="", alerts__max_attempts=2)
    service = Service(settings, store, workers=1)
    one_webhook(service, referring(telegram))
    service.ingest(burst(5))
    now = at("2025-09-05T12:00:00+07:00")
    with caplog.at_level("WARNING", logger="diemnong.pipeline"):
        for hour in range(4):  # more rounds than alerts.max_attempts: none counts
            assert service.deliver(now + timedelta(hours=hour, minutes=1))["retry"] == 1
    [alert] = store.list_alerts()
    assert alert.state == "pending" and alert.attempts == 0, alert
    said = describe_delivery(alert.error, alert.state)
    assert said.startswith(f"biến môi trường {NAME} (dùng trong địa chỉ webhook) chưa được đặt cho dịch vụ: đặt biến "
                           "trong tệp biến môi trường của dịch vụ"), said
    assert said.endswith("rồi khởi động lại `diemnong run`; sẽ gửi lại"), said
    warned = [r.getMessage() for r in caplog.records if NAME in r.getMessage()]
    assert len(warned) == 1 and "chưa được đặt" in warned[0], "said once, in Vietnamese"
    assert not telegram.server.requests, "nothing posted to an address not filled in"

    monkeypatch.setenv(NAME, TOKEN)
    restarted = Service(settings, store, workers=1)  # the environment is read at a start
    one_webhook(restarted, referring(telegram))
    assert restarted.deliver(now + timedelta(hours=3, minutes=2))["sent"] == 1, "due at once, not an hour later"
    assert restarted.deliver(now + timedelta(hours=5))["sent"] == 0
    assert len(telegram.texts) == 1 and store.list_alerts()[0].state == "sent"


def test_a_value_filled_in_is_never_in_an_error_whatever_its_shape(http_server: LoopbackServer, monkeypatch) -> None:
    # A relay's secret in its path has no shape redact_secrets knows: a redirect's Location quoting it was stored whole.
    secret = "rl-0f9e8d7c6b5a"
    monkeypatch.setenv("DIEMNONG_RELAY_SECRET", secret)
    http_server.route(f"/relay/{secret}", status=301, headers={"Location": f"{http_server.url}/relay/{secret}/v2"})
    hook = f"{http_server.url}/relay/${{DIEMNONG_RELAY_SECRET}}"
    alert = Alert(key=f"k|{hook}", issue_id="i", department="van-phong", recipient=hook, channel="webhook", kind="new",
                  subject="s", body="b", raised_at=at("2025-09-05T12:00:00+07:00"))
    with pytest.raises(Refused) as refused:
        send_webhook(alert)
    said = str(refused.value)
    assert "HTTP 301" in said and f"moved to {http_server.url}/relay/${{DIEMNONG_RELAY_SECRET}}/v2" in said, said
    assert secret not in said and secret not in redact_secrets(f"DEBUG POST {http_server.url}/relay/{secret}")


def test_check_names_each_unset_variable_and_the_start_does_not_call_a_named_one_unknown(
        tmp_path, monkeypatch, capsys, telegram: Telegram) -> None:
    from diemnong.cli import main

    home = a_home(tmp_path, monkeypatch, referring(telegram))
    monkeypatch.delenv(NAME, raising=False)
    main(["check"])
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "biến môi trường của webhook" in x)
    assert f"LỖI: {NAME} chưa được đặt (dùng trong webhook của Văn phòng Sở)" in line, out
    main(["check", "--send"])  # its test message is not posted either, and says why
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith(f"  Văn phòng Sở <{referring(telegram)}>"))
    assert f"LỖI: biến môi trường {NAME} (dùng trong địa chỉ webhook) chưa được đặt cho dịch vụ" in line, out
    assert not telegram.server.requests
    monkeypatch.setenv(NAME, TOKEN)
    main(["check"])
    out = capsys.readouterr().out
    assert f"  biến môi trường của webhook: đã đặt {NAME}" in out and SECRET not in out, out
    monkeypatch.setenv(NAME, TOKEN.replace(":", "#", 1))  # a value pasted wrong: said, with what is wrong in it
    main(["check"])
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "biến môi trường của webhook" in x)
    assert f"LỖI: {NAME} có giá trị không dùng được: có ký tự dành riêng của địa chỉ web" in line, out
    monkeypatch.setenv(NAME, TOKEN)

    settings = load_settings(env={"DIEMNONG_HOME": str(home)})
    env = {NAME: TOKEN, "DIEMNONG_SMTP_HOTS": "mail.example"}
    assert unknown_variables(settings, env, referenced=[NAME]) == ["DIEMNONG_SMTP_HOTS"]
    monkeypatch.setenv("DIEMNONG_SMTP_HOTS", "mail.example")
    assert run_once_here() == 0
    logged = (home / "logs" / "diemnong.log").read_text(encoding="utf-8")
    assert "biến môi trường DIEMNONG_SMTP_HOTS không phải cài đặt nào" in logged
    assert f"{NAME} không phải cài đặt nào" not in logged, logged


@pytest.mark.parametrize(("name", "said"), [
    ("DIEMNONG_SMTP_PASSWORD", "là của một cài đặt của Điểm Nóng, không được đưa vào địa chỉ webhook"),
    ("DIEMNONG_ES_PASSWORD", "là của một cài đặt của Điểm Nóng"),
    ("HOME", "chỉ dùng được biến môi trường tên DIEMNONG_"),
    ("diemnong_token", "chỉ dùng được biến môi trường tên DIEMNONG_"),
])
def test_an_address_naming_the_service_s_own_or_another_variable_is_refused_on_saving(tmp_path, name: str,
                                                                                   said: str) -> None:
    # An administrator of Cấu hình could have posted the mail server's password to an address of their choosing.
    from dashboard.config_edit import current_departments, save_departments

    home = tmp_path / "home"
    home.mkdir()
    hook = f"https://relay.example.vn/hook?x=${{{name}}}"
    with pytest.raises(ConfigError) as refused:
        save_departments(home, [replace(d, webhooks=(hook,)) if d.id == "van-phong" else d
                                for d in current_departments(home).values()])
    assert f"«${{{name}}}»" in str(refused.value) and said in str(refused.value), str(refused.value)
    assert not (home / "departments.yaml").exists()


def test_a_reference_is_shown_as_written_where_a_secret_would_be_masked() -> None:
    assert redact_secrets(f"https://x.vn/h?token=${{{NAME}}}&a=1") == f"https://x.vn/h?token=${{{NAME}}}&a=1"
    assert redact_secrets(f"https://hooks.slack.com/services/T1/B2/${{{NAME}}}") == \
        f"https://hooks.slack.com/services/T1/B2/${{{NAME}}}"


RELAY = "DIEMNONG_RELAY_SECRET"
RELAY_VALUE = "rl0f9e8d7c6b5aSECRETvalue99"


def relay_alert(hook: str) -> Alert:
    return Alert(key=f"k|{hook}", issue_id="i", department="van-phong", recipient=hook, channel="webhook", kind="new",
                 subject="s", body="b", raised_at=at("2025-09-05T12:00:00+07:00"))


def refusal(alert: Alert) -> str:
    with pytest.raises(Refused) as refused:
        send_webhook(alert)
    return str(refused.value)


@pytest.mark.parametrize(("as_json", "own_cut"), [(False, False), (True, False), (False, True)])
def test_a_reply_cut_through_a_value_filled_in_keeps_none_of_it(http_server: LoopbackServer, monkeypatch,
                                                               as_json: bool, own_cut: bool) -> None:
    # The reply's words were cut to 300 characters before the value was hidden: its first characters, cut off from the
    # rest, were no longer the value, and stayed in the outbox, on Vấn đề, in `check --send` and the backups. A server
    # that cuts its own words through it (own_cut) leaves a start of it at their end, hidden too.
    monkeypatch.setenv(RELAY, RELAY_VALUE)
    path = f"/relay/{RELAY_VALUE}/h"
    echo = f"{http_server.url}{path}"
    words = "z" * (300 - len(echo) + 12 - (4 if as_json else 0)) + " " + echo  # the value crosses the 300th character
    if own_cut:
        words = "bad address: " + echo[:-len(RELAY_VALUE) - 2 + 9]
    if as_json:
        http_server.route(path, json.dumps({"ok": False, "error_code": 400, "description": words}), status=200,
                          content_type="application/json")
    else:
        http_server.route(path, words, status=400, content_type="text/plain")
    said = refusal(relay_alert(f"{http_server.url}/relay/${{{RELAY}}}/h"))
    assert RELAY_VALUE[:8] not in said, said
    assert ("bad address: " if own_cut else "zzzz") in said and said.count("/relay/") == 2, said
    assert said.count("${") == said.count(f"${{{RELAY}}}"), said  # a reference the cut went through: dropped


@pytest.mark.parametrize("words", [
    "<p>No route for {echo}…</p>", "<p>No route for {echo}...</p>", "<h1>Not found</h1><p>{echo}</p><hr>",
    '{{"ok": false, "error_code": 404, "description": "Not Found: {echo}..."}}',
])
def test_a_start_of_a_value_is_hidden_wherever_the_reply_has_it(http_server: LoopbackServer, monkeypatch,
                                                               words: str) -> None:
    # A server that cuts its own echo of the address (20 characters of it) and closes its page after it: the start of
    # the value was hidden only at the reply's very end, and stayed whole before «…», «...» or «</p>».
    monkeypatch.setenv(RELAY, RELAY_VALUE)
    path = f"/relay/{RELAY_VALUE}/h"
    http_server.route(path, words.format(echo=path[:20]), status=400, content_type="text/plain")
    said = refusal(relay_alert(f"{http_server.url}/relay/${{{RELAY}}}/h"))
    assert RELAY_VALUE[:8] not in said and f"/relay/${{{RELAY}}}" in said, said


def test_a_reply_cut_through_the_reference_of_a_value_drops_the_part_left(http_server: LoopbackServer,
                                                                         monkeypatch) -> None:
    # Hidden first, then cut: a cut through the ${NAME} shown in the value's place left «…/relay/${DIEMNONG_REL».
    monkeypatch.setenv(RELAY, RELAY_VALUE)
    path = f"/relay/{RELAY_VALUE}/h"
    http_server.route(path, "z" * (300 - len("/relay/") - 10) + " /relay/" + RELAY_VALUE + "/h", status=400,
                      content_type="text/plain")
    said = refusal(relay_alert(f"{http_server.url}/relay/${{{RELAY}}}/h"))
    assert said.endswith(" /relay/") and RELAY_VALUE[:8] not in said, said


def test_a_value_is_hidden_as_a_web_page_or_a_form_writes_it() -> None:
    # A reply's HTML page quoting the address wrote «&» as «&amp;»; a form, a space as «+»: the value stayed whole.
    value = "Ab&cd<ef\"gh'ij 0123456789"
    remember_filled(RELAY, value)
    for form in ("Ab&amp;cd&lt;ef&quot;gh&#x27;ij 0123456789", "Ab&amp;cd&lt;ef&quot;gh&#39;ij 0123456789",
                 "Ab&amp;cd&lt;ef\"gh'ij 0123456789", "Ab%26cd%3Cef%22gh%27ij+0123456789",
                 "Ab&cd<ef\"gh'ij+0123456789"):
        assert redact_secrets(f"<p>/hook?k={form}</p>") == f"<p>/hook?k=${{{RELAY}}}</p>", form


def test_a_short_value_is_not_hidden_in_every_text() -> None:
    # DIEMNONG_X=10 made every «10» of the log ${DIEMNONG_X}: «${DIEMNONG_X} bài mới».
    remember_filled("DIEMNONG_X", "10")
    remember_filled("DIEMNONG_Y", "8chars-x")
    assert redact_secrets("10:10:00 INFO 10 bài mới") == "10:10:00 INFO 10 bài mới"
    assert redact_secrets("https://x.vn/h/8chars-x") == "https://x.vn/h/${DIEMNONG_Y}"


@pytest.mark.parametrize(("value", "why"), [
    (TOKEN + "\r", "có ký tự điều khiển: dòng kết thúc bằng «\\r» (tệp viết kiểu Windows, CRLF"),
    (TOKEN[:10] + "\x1b" + TOKEN[10:], "có ký tự điều khiển"),
    ("   ", "chỉ có khoảng trắng"),
    *[(TOKEN[:10] + mark + TOKEN[10:], "có ký tự dành riêng của địa chỉ web (# & ? / = + % @ …)") for mark in "#&?/"],
    *[(TOKEN[:10] + mark + TOKEN[10:], "có ký tự ngoài bộ an toàn của địa chỉ web") for mark in " é"],
])
def test_a_value_with_a_cr_a_control_character_only_spaces_or_an_address_s_marks_keeps_the_alert_waiting(
        settings, store, telegram: Telegram, monkeypatch, value: str, why: str) -> None:
    # An EnvironmentFile saved on Windows: the token's «\r» went into the address, refused for good (the alert given
    # up); only spaces: a value not yet written, posted as such; a «#» ended the address there (posted to /bot7412…),
    # a «&», «?» or «/» changed its query or path, a space or «é» was encoded as the client chose.
    monkeypatch.setenv(NAME, value)
    service = Service(settings.override(alerts__quiet_hours="", alerts__max_attempts=2), store, workers=1)
    one_webhook(service, referring(telegram))
    service.ingest(burst(5))
    now = at("2025-09-05T12:00:00+07:00")
    for hour in range(3):
        assert service.deliver(now + timedelta(hours=hour, minutes=1))["retry"] == 1
    [alert] = store.list_alerts()
    assert alert.state == "pending" and alert.attempts == 0 and not telegram.server.requests, alert
    said = describe_delivery(alert.error, alert.state)
    assert said.startswith(f"giá trị của biến {NAME} (dùng trong địa chỉ webhook) không dùng được: {why}"), said
    assert "rồi khởi động lại `diemnong run`" in said and SECRET not in alert.error, said
    assert unfilled_variables([referring(telegram)]) == {NAME: "có giá trị không dùng được: "  # check, Cấu hình
                                                               + BAD_VALUES[value_problem(value)]}


def test_a_server_s_words_like_an_unset_variable_s_are_its_own_trouble(settings, store, telegram: Telegram) -> None:
    # A reply saying «environment variable X is not set» was read as ours: told to set a variable, and made due at
    # each start as if a restart had fixed it.
    hook = f"{telegram.server.url}/hook"
    quoted = f"webhook {hook} said it did not take the alert (HTTP 200); it said: environment variable {NAME} is not set"
    ours = f"webhook {hook} not sent: environment variable {NAME} is not set"
    assert unfilled(ours) and not unfilled(quoted) and not unfilled(f"webhook {hook} answered HTTP 400, not retried: "
                                                                    f"environment variable {NAME} is not set")
    assert not describe_delivery(quoted, "pending").startswith("biến môi trường")
    service = Service(settings, store, workers=1)
    one_webhook(service, hook)
    service.ingest(burst(5))
    now = at("2025-09-05T12:00:00+07:00")
    later = now + timedelta(hours=1)
    [alert] = service.store.list_alerts()
    store.update_alert(alert.with_(state="pending", error=quoted, next_attempt=later))
    service._setting_fixed(now)
    assert store.list_alerts()[0].next_attempt == later, "not due at the start: no restart fixes a server's trouble"
    store.update_alert(alert.with_(state="pending", error=ours, next_attempt=later))
    service._setting_fixed(now)
    assert store.list_alerts()[0].next_attempt == now


@pytest.mark.parametrize(("hook", "said"), [
    ("https://relay.example.vn/h/$${DIEMNONG_RELAY_SECRET}", "«$${»: địa chỉ webhook không dùng «$$»"),
    ("https://relay.example.vn/h/${DIEMNONG_RELAY_SECRET", "«${» không có «}» đóng"),
    ("https://relay.example.vn/h/${DIEMNONG_RELAY_SECRET}/${DIEMNONG_X", "«${» không có «}» đóng"),
])
def test_an_address_with_a_reference_not_written_whole_is_refused_on_saving(tmp_path, hook: str, said: str) -> None:
    # «$${…}» was filled in behind a «$»; «${DIEMNONG_X» without «}» was posted as written.
    from dashboard.config_edit import current_departments, save_departments

    home = tmp_path / "home"
    home.mkdir()
    with pytest.raises(ConfigError) as refused:
        save_departments(home, [replace(d, webhooks=(hook,)) if d.id == "van-phong" else d
                                for d in current_departments(home).values()])
    assert said in str(refused.value), str(refused.value)
