"""Routing to lead departments, one alert per recipient, material escalation, quiet hours and the daily digest."""
from __future__ import annotations

import pytest

from alerting.digest import fold_digests
from alerting.routing import AlertPolicy, next_level, parse_hours, plan_alerts, readdressed, recipients, resend_targets, schedule
from diemnong.config import ConfigError, Department, default_catalog
from diemnong.domain import Alert, HotIssue
from tests.conftest import at

TOPICS, DEPARTMENTS = default_catalog()
NAMES = {t.id: t.name for t in TOPICS.values()}
POLICY = AlertPolicy(urgent_score=12.0, dashboard_url="https://diemnong.example/")
LINKS = [("Phụ huynh bức xúc vì lạm thu", "https://vnexpress.net/a.html"), ("Trường trả lại tiền", "https://tuoitre.vn/b.html")]


def issue(topics: tuple[int, ...] = (8,), score: float = 8.0, n: int = 5, **kw: object) -> HotIssue:
    deps = tuple(dict.fromkeys([TOPICS[t].department for t in topics] + ["van-phong"]))
    base = dict(id="st-abc", title="Phụ huynh bức xúc vì lạm thu ở trường tiểu học Vị Tân", topics=topics, lead_departments=deps,
                first_seen=at("2025-09-05T08:00:00+07:00"), last_seen=at("2025-09-05T14:00:00+07:00"), score=score,
                reason="5 bài trong 24 giờ qua; 4 cơ quan báo chí đưa tin; 80% bài mang sắc thái tiêu cực",
                article_ids=tuple(f"a{i}" for i in range(n)), outlets=("VnExpress", "Tuổi Trẻ", "Dân trí", "Báo Hậu Giang"),
                negative_share=0.8, local=True)
    base.update(kw)
    return HotIssue(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("topics, expected", [
    pytest.param((8,), ["ke-hoach-tai-chinh", "van-phong"], id="lam-thu-goes-to-khtc-and-van-phong"),
    pytest.param((1, 10), ["mam-non", "phap-che-cttt", "van-phong"], id="two-topics-two-lead-departments"),
    pytest.param((3, 7, 9), ["gdtrh-gdtx", "van-phong"], id="topics-of-one-department-alert-it-once"),
    pytest.param((), ["van-phong"], id="no-topic-only-van-phong"),
])
def test_routing_to_lead_departments_with_van_phong_copied(topics: tuple[int, ...], expected: list[str]) -> None:
    alerts = plan_alerts(issue(topics), 0, DEPARTMENTS, NAMES, LINKS, POLICY, at("2025-09-05T14:00:00+07:00"))
    assert sorted({a.department for a in alerts}) == sorted(expected)
    assert len({a.recipient for a in alerts}) == len(alerts), "one alert per recipient"
    assert all(a.key == f"st-abc|{a.recipient}|0" for a in alerts)


def test_an_address_in_two_departments_gets_one_alert() -> None:
    shared = {**DEPARTMENTS, "mam-non": Department("mam-non", "Mầm non", emails=("vanphong@sogddt-haugiang.example",),
                                                    webhooks=("https://hook.example/zalo",))}
    found = recipients(issue((1,)), shared)
    assert [r[2] for r in found].count("vanphong@sogddt-haugiang.example") == 1
    assert ("mam-non", "webhook", "https://hook.example/zalo") in found


def test_message_says_what_why_how_big_tone_links_and_where_to_answer() -> None:
    alert = plan_alerts(issue(), 0, DEPARTMENTS, NAMES, LINKS, POLICY, at("2025-09-05T14:00:00+07:00"))[0]
    body = alert.body
    for piece in ("Phát hiện vấn đề nóng: Phụ huynh bức xúc", "Chủ đề: 8. Tài chính", "Vì sao nóng: 5 bài trong 24 giờ",
                  "5 bài trên 4 cơ quan báo chí", "80% bài tiêu cực", "liên quan Hậu Giang", "https://vnexpress.net/a.html",
                  "https://diemnong.example/van_de?id=st-abc", "Phòng Kế hoạch – Tài chính", "Văn phòng Sở"):
        assert piece in body, piece
    assert alert.subject.startswith("[Điểm Nóng] Vấn đề nóng: ")
    assert alert.payload["links"][0]["url"] == "https://vnexpress.net/a.html" and alert.payload["articles"] == 5
    urgent = plan_alerts(issue(score=20), 0, DEPARTMENTS, NAMES, LINKS, POLICY, at("2025-09-05T14:00:00+07:00"))[0]
    assert "KHẨN" in urgent.subject and urgent.payload["urgent"]


@pytest.mark.parametrize("alert_level, alerted_size, size, expected", [
    pytest.param(-1, 0, 3, 0, id="never-alerted-first-alert"),
    pytest.param(0, 4, 7, None, id="grew-less-than-twice-no-escalation"),
    pytest.param(0, 4, 8, 1, id="doubled-and-four-more-escalates"),
    pytest.param(0, 2, 5, None, id="doubled-but-only-three-more-is-not-material"),
    pytest.param(1, 8, 16, 2, id="second-escalation"),
])
def test_escalation_only_when_it_grows_materially(alert_level: int, alerted_size: int, size: int, expected: int | None) -> None:
    i = issue(n=size, alert_level=alert_level, alerted_size=alerted_size)
    assert next_level(i, AlertPolicy(escalation_factor=2.0, escalation_min_articles=4)) == expected


@pytest.mark.parametrize("when, score, level, due, digest", [
    pytest.param("2025-09-05T14:00", 8.0, 0, "2025-09-05T14:00", False, id="daytime-first-alert-goes-now"),
    pytest.param("2025-09-05T23:10", 8.0, 0, "2025-09-06T07:30", True, id="quiet-hours-waits-for-the-digest"),
    pytest.param("2025-09-06T05:59", 8.0, 0, "2025-09-06T07:30", True, id="before-dawn-same-day-digest"),
    pytest.param("2025-09-05T23:10", 15.0, 0, "2025-09-05T23:10", False, id="urgent-goes-even-at-night"),
    pytest.param("2025-09-05T14:00", 8.0, 1, "2025-09-06T07:30", True, id="non-urgent-escalation-in-the-digest"),
    pytest.param("2025-09-05T14:00", 15.0, 2, "2025-09-05T14:00", False, id="urgent-escalation-goes-now"),
])
def test_quiet_hours_and_digest_schedule(when: str, score: float, level: int, due: str, digest: bool) -> None:
    got_due, got_digest = schedule(issue(score=score), level, at(when + ":00+07:00"), POLICY)
    assert (got_due, got_digest) == (at(due + ":00+07:00"), digest)


def held(issue_id: str, recipient: str, raised: str, level: int = 0) -> Alert:
    i = issue(id=issue_id, title=f"Vấn đề {issue_id}")
    return plan_alerts(i, level, DEPARTMENTS, NAMES, LINKS, POLICY, at(raised))[0].with_(
        recipient=recipient, key=f"{issue_id}|{recipient}|{level}")


def test_digest_folds_one_message_per_recipient_and_survives_a_crash_between_its_two_writes() -> None:
    night = [held("st-1", "khtc@x.example", "2025-09-05T23:00:00+07:00"), held("st-2", "khtc@x.example", "2025-09-06T01:00:00+07:00"),
             held("st-1", "vp@x.example", "2025-09-05T23:00:00+07:00")]
    assert all(a.payload["digest"] and a.next_attempt == at("2025-09-06T07:30:00+07:00") for a in night)
    folded = fold_digests(night, lambda day: [], POLICY.dashboard_url)
    assert sorted(d.recipient for d in folded.digests) == ["khtc@x.example", "vp@x.example"]
    khtc = next(d for d in folded.digests if d.recipient == "khtc@x.example")
    assert khtc.kind == "digest" and khtc.payload["members"] == ["st-1|khtc@x.example|0", "st-2|khtc@x.example|0"]
    assert "Vấn đề st-1" in khtc.body and "Vấn đề st-2" in khtc.body and "2 vấn đề" in khtc.subject
    assert {m.state for m in folded.members} == {"digested"} and len(folded.members) == 3
    assert all(m.payload["digest_key"] for m in folded.members)
    # Crash after the digests were queued, before the members were marked: the next round only marks them.
    again = fold_digests(night, lambda day: folded.digests if day == "2025-09-06" else [], POLICY.dashboard_url)
    assert again.digests == [] and {m.payload["digest_key"] for m in again.members} == {d.key for d in folded.digests}
    # A late member of the same day gets its own digest, never a second copy of the first ones.
    late = held("st-3", "khtc@x.example", "2025-09-06T03:00:00+07:00")
    third = fold_digests([*night, late], lambda day: folded.digests, POLICY.dashboard_url)
    assert [d.payload["members"] for d in third.digests] == [["st-3|khtc@x.example|0"]]


def test_alerts_not_for_the_digest_are_left_alone() -> None:
    now = held("st-9", "a@x.example", "2025-09-05T10:00:00+07:00")
    assert not now.payload["digest"]
    assert fold_digests([now], lambda day: [], POLICY.dashboard_url).members == []
    assert now.next_attempt == now.raised_at == at("2025-09-05T10:00:00+07:00")


def test_an_escalation_says_how_far_the_issue_grew_since_it_was_last_alerted() -> None:
    grown = issue(n=12, alert_level=0, alerted_size=5)
    alert = plan_alerts(grown, 1, DEPARTMENTS, NAMES, LINKS, POLICY, at("2025-09-05T14:00:00+07:00"), previous_size=5)[0]
    assert alert.body.startswith("Vấn đề tiếp tục nóng lên:")
    assert "Lan rộng: từ 5 bài khi báo lần trước lên 12 bài" in alert.body and alert.payload["previous_articles"] == 5
    first = plan_alerts(issue(), 0, DEPARTMENTS, NAMES, LINKS, POLICY, at("2025-09-05T14:00:00+07:00"))[0]
    assert "Lan rộng" not in first.body


@pytest.mark.parametrize("key, recipient, target, expected", [
    ("st-1|cu@sgd.vn|0", "cu@sgd.vn", "moi@sgd.vn", "st-1|moi@sgd.vn|0"),  # an issue's alert: issue|address|level
    ("g1|cu@sgd.vn|signal", "cu@sgd.vn", "moi@sgd.vn", "g1|moi@sgd.vn|signal"),  # a forwarded early signal
    ("report|2025-09|cu@sgd.vn", "cu@sgd.vn", "moi@sgd.vn", "report|2025-09|moi@sgd.vn"),  # the monthly report
    ("digest|cu@sgd.vn|2025-09-06|ab12", "cu@sgd.vn", "moi@sgd.vn", "digest|moi@sgd.vn|2025-09-06|ab12"),
    ("st-1|https://h.vn/a?x=1|b|2", "https://h.vn/a?x=1|b", "https://h.vn/moi", "st-1|https://h.vn/moi|2"),
    ("st-1|a@sgd.vn.cu@sgd.vn|0", "cu@sgd.vn", "moi@sgd.vn", "st-1|a@sgd.vn.cu@sgd.vn|0|moi@sgd.vn"),  # not a whole part
])
def test_an_alert_re_sent_to_another_address_is_keyed_as_that_address_s_own(key: str, recipient: str, target: str,
                                                                             expected: str) -> None:
    alert = Alert(key=key, issue_id="st-1", department="van-phong", recipient=recipient, channel="email", kind="new",
                  subject="S", body="B", raised_at=at("2025-09-05T08:00:00+07:00"))
    moved = readdressed(alert, target)
    assert (moved.key, moved.recipient, moved.subject, moved.issue_id) == (expected, target, "S", "st-1")


def test_a_given_up_alert_goes_to_its_own_address_while_listed_else_to_the_department_s_current_ones() -> None:
    alert = Alert(key="st-1|cu@sgd.vn|0", issue_id="st-1", department="vp", recipient="cu@sgd.vn", channel="email",
                  kind="new", subject="S", body="B", raised_at=at("2025-09-05T08:00:00+07:00"))
    dep = Department("vp", "Văn phòng Sở", emails=("cu@sgd.vn", "b@sgd.vn"), webhooks=("https://h.vn/hook",))
    assert resend_targets(alert, {"vp": dep}) == ["cu@sgd.vn"]
    assert resend_targets(alert, {"vp": Department("vp", "VP", emails=("moi@sgd.vn", "b@sgd.vn"))}) == ["moi@sgd.vn", "b@sgd.vn"]
    assert resend_targets(alert, {"vp": Department("vp", "VP", webhooks=("https://h.vn/hook",))}) == [], "never to another channel"
    assert resend_targets(alert, {}) == []
    hook = alert.with_(channel="webhook", recipient="https://h.vn/cu")
    assert resend_targets(hook, {"vp": dep}) == ["https://h.vn/hook"]


def test_a_very_long_title_is_cut_at_a_word_in_the_subject_and_said_whole_in_the_body() -> None:
    title = ("Phụ huynh tố trường thu sai quy định hàng chục khoản tiền đầu năm học 2025-2026 tại Trường THCS Nguyễn Văn "
             "Trỗi, huyện Châu Thành A, tỉnh Hậu Giang khiến dư luận bức xúc, Sở vào cuộc kiểm tra")
    for score in (8.0, 20.0):
        alert = plan_alerts(issue(title=title, score=score), 0, DEPARTMENTS, NAMES, LINKS, POLICY, at("2025-09-05T14:00:00+07:00"))[0]
        assert len(alert.subject) <= 200 and alert.subject.endswith("…"), alert.subject
        kept = alert.subject[:-1].split(" - ", 1)[-1].split(": ", 1)[-1]
        assert title.startswith(kept) and title[len(kept)] == " ", "no word cut in half («dư luậ»)"
        assert f"Phát hiện vấn đề nóng: {title}" in alert.body
    short = plan_alerts(issue(), 0, DEPARTMENTS, NAMES, LINKS, POLICY, at("2025-09-05T14:00:00+07:00"))[0]
    assert short.subject == "[Điểm Nóng] Vấn đề nóng: Phụ huynh bức xúc vì lạm thu ở trường tiểu học Vị Tân"


def test_an_issue_on_more_outlets_than_are_named_says_how_many_more() -> None:
    outlets = ("VnExpress", "Tuổi Trẻ", "Dân trí", "Thanh Niên", "Giáo dục và Thời đại", "VietNamNet", "Tiền Phong",
               "Lao Động", "Người Lao Động", "Báo Hậu Giang", "Kênh14")
    alert = plan_alerts(issue(outlets=outlets, n=14), 0, DEPARTMENTS, NAMES, LINKS, POLICY, at("2025-09-05T14:00:00+07:00"))[0]
    assert ("Quy mô: 14 bài trên 11 cơ quan báo chí (VnExpress, Tuổi Trẻ, Dân trí, Thanh Niên, Giáo dục và Thời đại, "
            "VietNamNet, Tiền Phong, Lao Động và 3 cơ quan khác)") in alert.body
    four = plan_alerts(issue(), 0, DEPARTMENTS, NAMES, LINKS, POLICY, at("2025-09-05T14:00:00+07:00"))[0]
    assert "5 bài trên 4 cơ quan báo chí (VnExpress, Tuổi Trẻ, Dân trí, Báo Hậu Giang)\n" in four.body


@pytest.mark.parametrize(("outlets", "count", "said"), [
    pytest.param(("Tuổi Trẻ", "(không rõ)"), 4, "5 bài trên 1 cơ quan báo chí (Tuổi Trẻ), trong đó 3 bài không rõ cơ quan đăng\n",
                 id="some-named"),
    pytest.param(("(không rõ)",), 5, "5 bài, đều không rõ cơ quan đăng\n", id="none-named"),
    pytest.param(("Tuổi Trẻ", "(không rõ)"), 0, "5 bài trên 1 cơ quan báo chí (Tuổi Trẻ), trong đó 1 bài không rõ cơ quan "
                 "đăng\n", id="stored-before-the-count-was-kept"),
])
def test_articles_no_outlet_s_name_came_with_are_said_apart_in_an_alert_and_a_forwarded_signal(
        outlets: tuple[str, ...], count: int, said: str) -> None:
    # «5 bài trên 4 cơ quan báo chí (Tuổi Trẻ và 3 cơ quan không rõ tên)» where the monthly report says «trên 1 cơ quan
    # báo chí (trong đó 3 bài không rõ cơ quan đăng)»: the detector's count (each such article its own outlet) is kept
    # for hotness and in the payload, not said as outlets.
    from alerting.routing import plan_signal_alerts
    from diemnong.domain import Signal

    [alert, *_] = plan_alerts(issue(outlets=outlets, outlet_count=count), 0, DEPARTMENTS, NAMES, LINKS, POLICY,
                              at("2025-09-05T14:00:00+07:00"))
    assert f"Quy mô: {said}" in alert.body and "không rõ tên" not in alert.body, alert.body
    assert alert.payload["outlet_count"] == (count or len(outlets))
    sig = Signal(key="gabc123", label="«thu chi, học phí»", topics=(8,), lead_departments=("van-phong",), score=5.6,
                 threshold=7.0, first_seen=at("2025-09-05T09:00:00+07:00"), last_seen=at("2025-09-05T11:00:00+07:00"),
                 article_ids=("a", "b", "c", "d"), outlets=("Tuổi Trẻ", "(không rõ)"), outlet_count=3)
    [forwarded] = plan_signal_alerts(sig, DEPARTMENTS, NAMES, LINKS, POLICY, at("2025-09-05T12:00:00+07:00"), "Lan")
    assert "Quy mô: 4 tin khác nhau trên 1 cơ quan báo chí (trong đó 2 tin không rõ cơ quan đăng); " in forwarded.body


def test_every_count_in_an_alert_s_text_has_thousands_separators() -> None:
    # «Quy mô: 12.345 bài trên 1.500 cơ quan báo chí (…)» was followed by «và 1492 cơ quan khác», «trong đó 2345 bài …»;
    # the digest's «12345 bài», a signal's «1200 tin khác nhau» and the escalation's «Lan rộng» had none either.
    from alerting.messages import digest_body
    from alerting.routing import plan_signal_alerts
    from diemnong.domain import Signal

    outlets = (*(f"Báo {k}" for k in range(1500)), "(không rõ)")
    big = issue(outlets=outlets, outlet_count=3845, n=12345)
    [alert, *_] = plan_alerts(big, 1, DEPARTMENTS, NAMES, LINKS, POLICY, at("2025-09-05T14:00:00+07:00"), previous_size=1234)
    scale = [line for line in alert.body.splitlines() if line.startswith("Quy mô: ")][0]
    assert scale.startswith("Quy mô: 12.345 bài trên 1.500 cơ quan báo chí (Báo 0, ") and scale.endswith(
        "Báo 7 và 1.492 cơ quan khác), trong đó 2.345 bài không rõ cơ quan đăng"), scale
    assert "Lan rộng: từ 1.234 bài khi báo lần trước lên 12.345 bài\n" in alert.body
    digest = digest_body([alert.payload] * 1200, "05/09/2025", "http://localhost:8501")
    assert digest.startswith("Tổng hợp các vấn đề nóng không khẩn cấp đến 05/09/2025 (1.200 vấn đề):")
    assert "   12.345 bài trên 1.500 cơ quan báo chí (trong đó 2.345 bài không rõ cơ quan đăng), 80% tiêu cực" in digest
    sig = Signal(key="gabc123", label="«thu chi, học phí»", topics=(8,), lead_departments=("van-phong",), score=5.6,
                 threshold=7.0, first_seen=at("2025-09-05T09:00:00+07:00"), last_seen=at("2025-09-05T11:00:00+07:00"),
                 article_ids=tuple(f"s{k}" for k in range(1200)), outlets=outlets, outlet_count=2700)
    [forwarded] = plan_signal_alerts(sig, DEPARTMENTS, NAMES, LINKS, POLICY, at("2025-09-05T12:00:00+07:00"), "Lan")
    assert "Quy mô: 1.200 tin khác nhau trên 1.500 cơ quan báo chí (trong đó 1.200 tin không rõ cơ quan đăng); " in forwarded.body


def test_one_mailbox_written_in_another_case_in_two_departments_gets_one_alert() -> None:
    # Mail domains ignore case and so do the office's mailboxes: «VanPhong@SoGDDT-HauGiang.example» typed on Cấu hình
    # for a department is the Văn phòng's own mailbox, which got every issue of that department twice.
    shared = {**DEPARTMENTS, "ke-hoach-tai-chinh": Department("ke-hoach-tai-chinh", "Phòng Kế hoạch – Tài chính",
                                                              emails=("khtc@sogddt-haugiang.example", "VanPhong@SoGDDT-HauGiang.example"))}
    alerts = plan_alerts(issue((8,)), 0, shared, NAMES, LINKS, POLICY, at("2025-09-05T14:00:00+07:00"))
    assert sorted(a.recipient.lower() for a in alerts) == ["khtc@sogddt-haugiang.example", "vanphong@sogddt-haugiang.example"]


@pytest.mark.parametrize("text", ["22:00-6h", "7h-06:00", "22:00", "22:00-06:00-07:00"])
def test_bad_quiet_hours_are_named_whole_in_their_span_form(text: str) -> None:
    with pytest.raises(ConfigError) as refused:
        parse_hours(text)
    assert str(refused.value) == ("alerts.quiet_hours: cần giờ dạng HH:MM-HH:MM, ví dụ 22:00-06:00, hoặc để trống nếu không "
                                  f"có giờ nghỉ (đã nhập {text!r})")
