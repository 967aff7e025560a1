"""An automatic monthly report that could not be made is said on Tổng quan, in Vietnamese (which month, why, when it
is tried again), until an attempt succeeds, and across a restart of the service: only the log said it, the retry time
was the process's only, and an office whose report did not go out before the 20th heard of it from no one.

The failure is real: the home's reports/ is a file (as a disk that cannot take the report), so writing the report
fails in the service as it would."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from diemnong.config import load_settings
from diemnong.domain import TZ
from diemnong.health import REPORT_FAILURE_FILE, ROUNDS_FILE, ServiceRounds, note_report_failure
from diemnong.pipeline import Service
from diemnong.report import month_label, previous_month, report_id
from store.sqlite import SQLiteStore
from tests.dashboard.conftest import open_app

SAID = "chưa lập được tự động"


def service_of(home: Path) -> Service:
    """A service over the dashboard's home (a new process's: nothing kept in memory), its report due on the 1st."""
    settings = load_settings(env={"DIEMNONG_HOME": str(home), "DIEMNONG_NLP_WORKERS": "1"}).override(report__auto_day=1)
    return Service(settings, SQLiteStore(home / "diemnong.sqlite3"), workers=1)


def stop(service: Service) -> None:
    service.close()
    service.store.close()


def report_errors(user: str = "lan") -> list[str]:
    return [str(e.value) for e in open_app(user=user).error if SAID in str(e.value)]


def test_a_failed_monthly_report_is_said_on_the_overview_across_a_restart_until_it_is_made(home: Path) -> None:
    now = datetime.now(TZ)  # the page judges the retry time against the clock
    month = previous_month(f"{now:%Y-%m}")
    (home / "reports").write_text("không phải thư mục", encoding="utf-8")  # the report cannot be written
    service = service_of(home)
    assert service.monthly_report(now) is None and (home / REPORT_FAILURE_FILE).is_file()
    stop(service)
    said = report_errors()
    assert len(said) == 1, said
    assert said[0].startswith(f"Báo cáo {month_label(month)} {SAID} (lỗi từ {now:%H:%M}")
    assert "không ghi được" in said[0] and "reports" in said[0], said[0]
    assert f"thử lại lúc {now + timedelta(hours=1):%H:%M}" in said[0] and "báo bộ phận kỹ thuật" in said[0], said[0]

    restarted = service_of(home)  # a restart: tried at once, fails again; the first failure's time is kept
    later = now + timedelta(minutes=5)
    assert restarted.monthly_report(later) is None
    stop(restarted)
    said = report_errors()
    assert len(said) == 1 and f"(lỗi từ {now:%H:%M}" in said[0] and f"lúc {later + timedelta(hours=1):%H:%M}" in said[0]

    (home / "reports").unlink()  # the disk is fixed: the next attempt makes and queues it, and the page says no more
    fixed = service_of(home)
    assert fixed.monthly_report(later + timedelta(minutes=5)) is not None
    assert fixed.store.list_alerts(issue_id=report_id(month)), "queued for the Văn phòng"
    stop(fixed)
    assert not (home / REPORT_FAILURE_FILE).exists() and report_errors() == []


def test_the_failed_report_is_said_to_the_van_phong_s_people_only_and_on_bao_cao_too(home: Path) -> None:
    # A department's user was shown the server's path and errno, and told to use Báo cáo, a page they do not have.
    now = datetime.now(TZ)
    note_report_failure(home, previous_month(f"{now:%Y-%m}"), f"không ghi được {home}/reports/x.docx: Permission denied",
                        now, now + timedelta(hours=1))
    for user in ("quantri", "lan"):
        assert len(report_errors(user=user)) == 1, user
    assert report_errors(user="khtc") == [] and report_errors(user="mamnon") == []
    on_bao_cao = [str(e.value) for e in open_app("views/bao_cao.py").error if SAID in str(e.value)]
    assert len(on_bao_cao) == 1, "the page whose caption says the report goes out by itself"


def test_with_the_service_stopped_the_retry_is_said_at_its_next_start(home: Path) -> None:
    # «sẽ thử lại lúc …» of a service stopped on purpose: no attempt comes at that hour, only when it runs again.
    now = datetime.now(TZ)
    note_report_failure(home, previous_month(f"{now:%Y-%m}"), "report.department: không có đơn vị «vp»", now,
                        now + timedelta(hours=1))
    (home / ROUNDS_FILE).write_text(ServiceRounds(interval=600, since=now - timedelta(hours=2), stopped=now).to_json(),
                                    encoding="utf-8")
    said = report_errors()
    assert len(said) == 1 and "Điểm Nóng sẽ thử lại khi được chạy lại;" in said[0] and "lúc" not in said[0], said
