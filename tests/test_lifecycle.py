"""Issue lifecycle new → rising → peak → fading, with exact change times; analysts' status is never overwritten."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from alerting.lifecycle import LifeParams, advance, begin, volume
from diemnong.domain import IssueEvent, Phase, Status
from tests.conftest import at
from tests.test_detector import BG, T0, decisions, reprints

P = LifeParams(peak_hours=6, fading_share=0.5, fading_hours=48, revival_share=0.75)


def hours(*hs: float) -> list[datetime]:
    return [T0 + timedelta(hours=h) for h in hs]


def replay(times: list[datetime], raised: datetime, until: datetime, step: timedelta | None) -> list[tuple[datetime, Phase]]:
    """Phase changes asked every `step` (like the live service's ticks), or only at the end (step None)."""
    life, changes = begin(times, raised), []
    moments = [until] if step is None else [raised + step * k for k in range(1, int((until - raised) / step) + 1)] + [until]
    for now in moments:
        life, moved = advance(life, times, now, P)
        changes += moved
    return changes


@pytest.mark.parametrize("times, raised, until, expected", [
    pytest.param(hours(0, 1, 2, 3, 4), T0 + timedelta(hours=2), T0 + timedelta(hours=8),
                 [(3, Phase.RISING)],
                 id="rising-while-the-volume-makes-new-highs"),
    pytest.param(hours(0, 1, 2, 3, 4), T0 + timedelta(hours=2), T0 + timedelta(hours=12),
                 [(3, Phase.RISING), (10, Phase.PEAK)], id="peak-six-hours-after-the-last-new-high"),
    pytest.param(hours(0, 1, 2, 3, 4), T0 + timedelta(hours=2), T0 + timedelta(days=3),
                 [(3, Phase.RISING), (10, Phase.PEAK), (26, Phase.FADING)],
                 id="fading-when-the-day-volume-halves"),
    pytest.param(hours(0, 1, 2, 3, 4, 40, 41, 42, 43, 44, 45), T0 + timedelta(hours=2), T0 + timedelta(hours=46),
                 [(3, Phase.RISING), (10, Phase.PEAK), (26, Phase.FADING), (43, Phase.RISING)],
                 id="a-second-wave-rises-again-at-three-quarters-of-its-best-day"),
    pytest.param(hours(0, 10, 20), T0 + timedelta(hours=20), T0 + timedelta(hours=80),
                 [(26, Phase.PEAK), (34, Phase.FADING)], id="quiet-story-peaks-then-fades"),
])
def test_phase_changes_and_their_times(times: list[datetime], raised: datetime, until: datetime, expected: list) -> None:
    changes = replay(times, raised, until, None)
    got = [((t - T0) / timedelta(hours=1), p) for t, p in changes]
    assert got == [(float(h), p) for h, p in expected], "each change once, at the moment it happened"



def test_a_story_running_at_half_its_best_day_fades_once_instead_of_flapping() -> None:
    """The demo's Vị Tân story (times in hours): it faded on its fifth day and, with one bar to fade and to come
    back, then went rising / fading three times in three hours as single articles came and left the window."""
    times = hours(0, 4.58, 15.42, 17.08, 18.67, 19.92, 22.75, 25.25, 28, 39.83, 40.67, 42.08, 43.25, 45.92, 47.5,
                  53.42, 64.42, 65.75, 67.5, 71.83, 89.5, 90.8, 96.67, 101.73, 138.42)
    raised, until = times[2], times[-1] + timedelta(days=3)
    assert [p for _, p in replay(times, raised, until, None)] == [Phase.RISING, Phase.PEAK, Phase.FADING]
    one_bar = LifeParams(peak_hours=6, fading_share=0.5, fading_hours=48, revival_share=0.5)
    flaps = [p for _, p in advance(begin(times, raised), times, until, one_bar)[1]]
    assert flaps.count(Phase.FADING) == 4, "the same story with one bar, as before"


def test_change_times_do_not_depend_on_when_they_are_asked() -> None:
    times = hours(0, 1, 2, 3, 4, 40, 41, 42, 43, 44, 45)
    raised, until = T0 + timedelta(hours=2), T0 + timedelta(days=5)
    every_minute = replay(times, raised, until, timedelta(minutes=1))
    at_the_end = replay(times, raised, until, None)
    every_article = replay(times, raised, until, timedelta(hours=7))
    assert every_minute == at_the_end == every_article
    assert at_the_end[-1][1] == Phase.FADING


def test_volume_counts_the_last_24_hours() -> None:
    times = hours(0, 1, 30)
    assert volume(times, T0 + timedelta(hours=2)) == 2
    assert volume(times, T0 + timedelta(hours=24, minutes=30)) == 1
    assert volume(times, T0 + timedelta(hours=30)) == 1


def test_detector_records_each_phase_with_its_time() -> None:
    det, issues = decisions(BG + reprints(8, T0, 14))
    iid = issues[0].id
    det.tick(T0 + timedelta(days=4))
    events = det.issues[iid].events
    assert [e.value for e in events][:1] == ["new"] and events[-1].value == "fading"
    assert all(e.kind == "phase" for e in events)
    assert [e.at for e in events] == sorted(e.at for e in events)
    assert det.issues[iid].phase == Phase.FADING


def test_analyst_status_assignee_and_notes_survive_the_detector(store) -> None:
    det, issues = decisions(BG + reprints(8, T0, 14))
    issue = det.issues[issues[0].id]
    store.save_issue(issue)
    store.add_issue_event(issue.id, IssueEvent(at("2025-09-01T15:00:00+07:00"), "status", Status.ACKNOWLEDGED.value, "chi.lan"))
    store.add_issue_event(issue.id, IssueEvent(at("2025-09-01T15:05:00+07:00"), "assign", "phong-khtc", "chi.lan"))
    store.add_issue_event(issue.id, IssueEvent(at("2025-09-01T16:00:00+07:00"), "note", "Đã liên hệ nhà trường", "chi.lan",
                                               "Đã liên hệ nhà trường, chờ báo cáo"))
    for moved in det.tick(T0 + timedelta(days=4)):  # the detector goes on and saves its view again
        store.save_issue(moved)
    saved = store.get_issue(issue.id)
    assert saved.status == Status.ACKNOWLEDGED and saved.assignee == "phong-khtc"
    kinds = [e.kind for e in saved.events]
    assert "note" in kinds and "status" in kinds and kinds.count("phase") >= 2
    assert saved.phase == Phase.FADING
    store.add_issue_event(issue.id, IssueEvent(at("2025-09-06T09:00:00+07:00"), "status", Status.CLOSED.value, "chi.lan",
                                               "Đã trả lời báo chí"))
    store.save_issue(det.issues[issue.id])
    assert store.get_issue(issue.id).status == Status.CLOSED


def test_a_restart_keeps_the_recorded_timeline_of_an_issue_whose_articles_were_read_late(settings, tmp_path) -> None:
    """A story's articles read after later news (another outlet's feed, a page fetched on a retry): live, the issue was
    raised when they were read; the restarted service's replay, in time order, raised it hours earlier and added its own
    «mới xuất hiện», «đang lên», «đỉnh điểm» to the stored timeline beside the recorded ones."""
    from diemnong.domain import Article
    from diemnong.pipeline import Service
    from store.sqlite import SQLiteStore
    from tests.test_pipeline import burst

    story = burst(5)  # 09:00 … 13:00
    later = [Article(url=f"https://tin-khac.vn/khai-giang-{n}.html", title=f"Trường {name} khai giảng năm học mới",
                     summary=f"Học sinh trường {name} dự lễ khai giảng sáng nay", source="Dân trí",
                     published=story[-1].published + timedelta(hours=n)) for n, name in enumerate(["Tân Long", "Hòa An"], 1)]
    night, next_noon = at("2025-09-05T20:00:00+07:00"), at("2025-09-06T12:00:00+07:00")

    def timeline(path, restart_at: datetime | None) -> list[tuple[datetime, str]]:
        service = Service(settings, SQLiteStore(path), workers=1)
        service.ingest(later)
        iid = service.ingest(story).raised[0].issue.id  # read after the later news
        if restart_at is not None:
            service.tick(restart_at)
            service.store.close()
            service = Service(settings, SQLiteStore(path), workers=1)  # a new process: the detector from the store
        service.tick(next_noon)
        events = [(e.at, e.value) for e in service.store.get_issue(iid).events if e.kind == "phase"]
        service.store.close()
        return events

    running = timeline(tmp_path / "running.sqlite3", None)
    assert [v for _, v in running][0] == "new" and running[0][0] == later[-1].published
    assert timeline(tmp_path / "restarted-at-night.sqlite3", night) == running
    assert timeline(tmp_path / "restarted-next-day.sqlite3", next_noon) == running, "nothing recorded twice"


def test_a_closed_issue_that_grows_enough_to_be_alerted_again_is_open_again_with_its_response_note_kept(settings, store) -> None:
    """The office closed an issue with its response; the story went on and its lead departments got «Tiếp tục nóng lên»,
    but the issue stayed «Đã đóng»: out of the open count and below the open ones on Tổng quan, with no word of why."""
    from diemnong.pipeline import Service
    from tests.test_pipeline import burst

    service = Service(settings, store, workers=1)
    story = burst(12)  # 09:00 … 20:00
    iid = service.ingest(story[:4]).raised[0].issue.id
    answered = IssueEvent(at("2025-09-05T12:30:00+07:00"), "status", Status.CLOSED.value, "Nguyễn Thị Lan (lan)",
                          "Sở đã trả lời báo chí: trường hoàn trả các khoản thu sai quy định")
    store.add_issue_event(iid, answered)
    assert [r.level for r in service.ingest(story[4:]).raised] == [1]
    issue = store.get_issue(iid)
    assert issue.status == Status.NEW
    statuses = [e for e in issue.events if e.kind == "status"]
    assert statuses[0] == answered, "the closing and its response note stay in the history"
    reopened = statuses[-1]
    assert (reopened.value, reopened.who) == (Status.NEW.value, "Hệ thống") and reopened.at >= answered.at
    escalations = [a for a in store.list_alerts(iid) if a.kind == "escalation"]
    assert escalations and len(escalations) == len({a.recipient for a in escalations}), "each recipient told once more"
    assert f"tiếp tục nóng lên sau khi đã đóng, nay {escalations[0].payload['articles']} bài" in reopened.note
    store.add_issue_event(iid, IssueEvent(at("2025-09-05T21:00:00+07:00"), "status", Status.ACKNOWLEDGED.value, "lan"))
    assert service.ingest(burst(30)[12:]).raised and store.get_issue(iid).status == Status.ACKNOWLEDGED, \
        "an issue still open keeps the status the office gave it"


LAN = "Nguyễn Thị Lan (lan)"
ANSWERED = IssueEvent(at("2025-09-05T12:30:00+07:00"), "status", Status.CLOSED.value, LAN,
                      "Sở đã trả lời báo chí: trường hoàn trả các khoản thu sai quy định")


@pytest.mark.parametrize("meanwhile, status, told, what", [
    pytest.param(IssueEvent(at("2025-09-05T21:00:00+07:00"), "status", Status.ACKNOWLEDGED.value, LAN),
                 Status.ACKNOWLEDGED, False, "trạng thái «Đã ghi nhận»", id="acknowledged"),
    pytest.param(IssueEvent(at("2025-09-05T21:00:00+07:00"), "assign", "Phòng Kế hoạch - Tài chính", LAN),
                 Status.CLOSED, True, "giao cho «Phòng Kế hoạch - Tài chính»", id="assigned"),
    pytest.param(IssueEvent(at("2025-09-05T21:00:00+07:00"), "note", "", LAN, "Sở đã trả lời lần hai: đã hoàn trả đủ"),
                 Status.CLOSED, True, "ghi chú", id="closed-again-with-a-new-note"),
])
def test_an_issue_handled_between_the_reopening_s_read_and_its_write_keeps_the_analyst_s_change(
        settings, tmp_path, caplog, meanwhile: IssueEvent, status: Status, told: bool, what: str) -> None:
    """The service read a closed issue to reopen it, an analyst saved a change on Vấn đề (the dashboard's own
    connection) before the service wrote, and the reopening, decided on the read, overwrote it: «Đã ghi nhận» or a
    fresh closing with a newer answer turned «Chưa xử lý» by «Hệ thống» a moment later. The analyst's change stands; the
    log says why the issue was not reopened, and a closed one's history says it too (its departments were told)."""
    from diemnong.pipeline import Service
    from store.sqlite import SQLiteStore
    from tests.test_pipeline import burst

    path = tmp_path / "store.sqlite3"
    dashboard = SQLiteStore(path)

    class ReadThenAnalyst(SQLiteStore):
        """The service's store: right after the service reads the closed issue, the analyst saves their change."""

        armed = False

        def get_issue(self, issue_id: str):  # noqa: ANN201
            issue = super().get_issue(issue_id)
            if self.armed and issue is not None and issue.status == Status.CLOSED:
                self.armed = False
                dashboard.add_issue_event(issue_id, meanwhile)
            return issue

    store = ReadThenAnalyst(path)
    service = Service(settings, store, workers=1)
    story = burst(12)  # 09:00 … 20:00
    iid = service.ingest(story[:4]).raised[0].issue.id
    dashboard.add_issue_event(iid, ANSWERED)
    store.armed = True
    with caplog.at_level("INFO", logger="diemnong.pipeline"):
        assert [r.level for r in service.ingest(story[4:]).raised] == [1]
    assert not store.armed, "the analyst saved between the read and the write"
    issue = dashboard.get_issue(iid)
    office = [e for e in issue.events if e.kind != "phase"]
    assert issue.status == status and office[:2] == [ANSWERED, meanwhile], "the analyst's change stands"
    assert not any(e.kind == "status" and e.who == "Hệ thống" for e in issue.events), "not reopened"
    why = (f"Không tự động mở lại dù vấn đề tiếp tục nóng lên sau khi đã đóng, nay 7 bài trên 6 cơ quan báo chí: trong "
           f"lúc đó {LAN} đã cập nhật vấn đề ({what}); giữ nguyên cập nhật đó")
    assert why in caplog.text
    assert [(e.kind, e.who, e.note) for e in office[2:]] == ([("note", "Hệ thống", why)] if told else []), \
        "a closed issue's history says why its departments were told again"
    assert office[2:] == [] or office[2].at >= meanwhile.at
    assert [a.kind for a in store.list_alerts(iid)].count("escalation") > 0, "the escalation itself is sent as before"
    store.close()
    dashboard.close()


@pytest.mark.parametrize("minutes_late", [0, 10])
def test_a_second_wave_read_a_few_minutes_late_brings_a_fading_issue_back_to_rising(minutes_late: int) -> None:
    """A feed polled a few minutes after another brings articles older than the newest already seen (or as old: feeds
    give minutes): the wave's articles were no arrivals for the lifecycle, so the issue stayed «lắng xuống» while its
    coverage doubled."""
    from tests.test_detector import OUTLETS, STORY, art, detector

    det = detector()
    for a in sorted(BG + reprints(8, T0, 14), key=lambda a: a.published):
        det.observe(a)
    [iid] = det.issues
    wave = T0 + timedelta(days=3)
    det.tick(wave)
    assert det.issues[iid].phase == Phase.FADING
    for k in range(8):
        when = wave + timedelta(minutes=30 * k)
        newer = art(900 + k, f"Miền Tây vào mùa nước nổi, tin số {k}", when + timedelta(minutes=minutes_late), "Dân trí",
                    summary="Nước lên nhanh ở đầu nguồn")
        article = art(500 + k, f"Bài 2: {STORY[0]}", when, OUTLETS[(k + 3) % len(OUTLETS)], summary=STORY[1])  # the
        # first wave's outlets with new articles (their first headlines again would be re-listings, counted once)
        for a in [newer, article]:  # the newer news first: the wave's article is read after it
            det.observe(a)
    events = det.issues[iid].events
    assert det.issues[iid].phase == Phase.RISING and len(det.issues[iid].article_ids) == 16
    back = events[-1]  # the sixth article of the wave (six a day: three quarters of its best day), when it was read
    assert (back.value, back.at) == ("rising", wave + timedelta(minutes=5 * 30 + minutes_late))


def test_an_issue_a_restart_with_a_higher_bar_did_not_rebuild_goes_on_from_its_last_alert(settings, tmp_path) -> None:
    """The office raised detector.min_articles and restarted: the replay no longer made the stored issue (7 articles,
    alerted twice), and when its story grew on it was raised afresh at the first alert, so its growth to 14 articles was
    «told» under an escalation key already sent (nobody heard) and its timeline said «mới xuất hiện» twice."""
    from diemnong.pipeline import Service
    from store.sqlite import SQLiteStore
    from tests.test_pipeline import burst

    story, path = burst(14), tmp_path / "s.sqlite3"
    before = Service(settings, SQLiteStore(path), workers=1)
    assert [(r.level, len(r.issue.article_ids)) for r in before.ingest(story[:7]).raised] == [(0, 3), (1, 7)]
    before.store.close()
    after = Service(settings.override(detector__min_articles=8), SQLiteStore(path), workers=1)
    [raised] = after.ingest(story[7:]).raised
    assert (raised.level, len(raised.issue.article_ids)) == (2, 14), "the next escalation, not the first alert again"
    issue = after.store.get_issue(raised.issue.id)
    assert [e.value for e in issue.events if e.kind == "phase"].count("new") == 1
    told = [a for a in after.store.list_alerts(issue.id) if a.payload.get("level") == 2]
    assert told and all(a.payload["previous_articles"] == 7 for a in told)
    after.store.close()


def test_a_reopened_issue_counts_its_outlets_as_its_alert_does(settings, store) -> None:
    """The note of an issue opened again says its size as the escalation it came with does: articles no source or link
    names are no outlets there (the detector still counts one each: the payload's outlet_count), they are said apart in
    the monthly report's words («nay 7 bài, đều không rõ cơ quan đăng»), not «nay 7 bài trên 7 cơ quan báo chí»."""
    from diemnong.domain import UNKNOWN_OUTLET
    from diemnong.pipeline import Service
    from tests.test_pipeline import burst

    service = Service(settings, store, workers=1)
    story = [a.with_(source=UNKNOWN_OUTLET) for a in burst(12)]
    iid = service.ingest(story[:4]).raised[0].issue.id
    store.add_issue_event(iid, IssueEvent(at("2025-09-05T12:30:00+07:00"), "status", Status.CLOSED.value, "lan"))
    raised = service.ingest(story[4:]).raised
    assert [r.level for r in raised] == [1]
    reopened = [e for e in store.get_issue(iid).events if e.kind == "status"][-1]
    escalation = next(a for a in store.list_alerts(iid) if a.kind == "escalation")
    n = escalation.payload["articles"]
    assert escalation.payload["outlet_count"] == n > 1, "the detector's count, each such article its own outlet"
    assert f"Quy mô: {n} bài, đều không rõ cơ quan đăng\n" in escalation.body, escalation.body
    assert f"nay {n} bài, đều không rõ cơ quan đăng" in reopened.note, reopened.note


def test_a_reopened_big_issue_s_note_writes_its_count_with_thousands_separators(settings, store) -> None:
    """«Tự động mở lại: … nay 1234 bài trên …»: the note says the size as its escalation's «Quy mô» writes it, 1.234."""
    from diemnong.domain import HotIssue
    from diemnong.pipeline import Raised, Service

    t = at("2025-09-05T12:00:00+07:00")
    big = HotIssue(id="st-lon", title="Phụ huynh bức xúc vì lạm thu", topics=(8,), lead_departments=("van-phong",),
                   first_seen=t, last_seen=t, score=9.0, reason="r", article_ids=tuple(f"a{k}" for k in range(1234)),
                   outlets=("Tuổi Trẻ", "VnExpress", "(không rõ)"), outlet_count=1002, alert_level=0)
    store.save_issue(big)
    store.add_issue_event(big.id, IssueEvent(t, "status", Status.CLOSED.value, "lan"))
    service = Service(settings, store, workers=1)
    service._reopen([Raised(big, 1, t + timedelta(hours=1))])
    reopened = [e for e in store.get_issue(big.id).events if e.kind == "status"][-1]
    assert reopened.value == Status.NEW.value, reopened
    assert reopened.note.endswith("nay 1.234 bài trên 2 cơ quan báo chí (trong đó 1.000 bài không rõ cơ quan đăng)"), reopened.note


def test_a_restart_follows_an_issue_whose_story_ran_on_for_longer_than_the_replay(settings, tmp_path) -> None:
    """A restart replays the articles of the last ``history_hours`` (here 5 days): a story that ran on for longer, an
    article a day after its first burst, was rebuilt from its last days only, no longer hot on those, so it was no issue
    any more: its next articles stayed out of the issue and the growth that called for an escalation went untold."""
    from diemnong.domain import Article
    from diemnong.pipeline import Service
    from store.sqlite import SQLiteStore
    from tests.test_pipeline import burst

    outlets = ["VnExpress", "Tuổi Trẻ", "Dân trí", "Thanh Niên", "Giáo dục và Thời đại", "Báo Hậu Giang"]
    title = "Phụ huynh bức xúc vì lạm thu ở trường tiểu học Vị Tân"
    daily = [Article(url=f"https://o{d}.vn/lam-thu-vi-tan-ky-{d}.html", title=f"Bài {d + 3}: {title}",
                     summary="Trường thu hàng chục khoản ngoài quy định, Sở GD&ĐT yêu cầu trả lại tiền",
                     source=outlets[d % 6], published=at("2025-09-06T09:00:00+07:00") + timedelta(hours=20 * d))
             for d in range(9)]

    def follow(path, restart: int | None) -> tuple:
        s = settings.override(detector__baseline_days=3)  # history_hours: max(3 days, 72 + 48 hours), 5 days
        service = Service(s, SQLiteStore(path), workers=1)
        iid = service.ingest(burst(6)).raised[0].issue.id
        for d, article in enumerate(daily):
            if d == restart:
                service.store.close()
                service = Service(s, SQLiteStore(path), workers=1)  # a new process, 6 days after the burst
            service.ingest([article])
            service.tick(article.published + timedelta(hours=1))
        issue = service.store.get_issue(iid)
        levels = sorted({a.payload["level"] for a in service.store.list_alerts(iid)})
        service.store.close()
        return issue.first_seen, len(issue.article_ids), issue.alert_level, levels, [(e.at, e.value) for e in issue.events]

    running = follow(tmp_path / "running.sqlite3", None)
    assert running[1:4] == (15, 2, [0, 1, 2]), "the story's every article, its escalation at 14 told"
    assert follow(tmp_path / "restarted.sqlite3", 7) == running


def test_a_closed_issue_whose_escalation_was_cut_short_by_a_store_failure_is_opened_again_on_the_retry(settings, tmp_path) -> None:
    """The issue was saved at its new alert level before it was opened again: a write refused between the two (a full
    disk, the process killed there) left it «Đã đóng» for good, its departments told it goes on, since the retry of the
    same articles found it alerted at that size already and raised nothing. (The refusal is made by a trigger on the
    store's events table: a real SQLite error at that exact write.)"""
    import sqlite3

    from diemnong.pipeline import Service
    from store import StoreUnavailable
    from store.sqlite import SQLiteStore
    from tests.test_pipeline import burst

    path, story = tmp_path / "s.sqlite3", burst(12)
    service = Service(settings, SQLiteStore(path), workers=1)
    iid = service.ingest(story[:4]).raised[0].issue.id
    service.store.add_issue_event(iid, IssueEvent(at("2025-09-05T12:30:00+07:00"), "status", Status.CLOSED.value, "lan",
                                                  "Sở đã trả lời báo chí"))
    db = sqlite3.connect(path)
    db.execute("CREATE TRIGGER refused BEFORE INSERT ON issue_events WHEN NEW.kind = 'status' "
               "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    db.commit()
    with pytest.raises(StoreUnavailable):
        service.ingest(story[4:])
    db.execute("DROP TRIGGER refused")
    db.commit()
    db.close()
    service.store.close()
    service = Service(settings, SQLiteStore(path), workers=1)  # restarted: the same articles again
    assert [r.level for r in service.ingest(story[4:]).raised] == [1], "raised again: not saved at that level before"
    issue = service.store.get_issue(iid)
    assert issue.status == Status.NEW and [e.who for e in issue.events if e.kind == "status"] == ["lan", "Hệ thống"]
    escalations = [a for a in service.store.list_alerts(iid) if a.kind == "escalation"]
    assert escalations and len(escalations) == len({a.recipient for a in escalations}), "each recipient told once"
    service.store.close()
