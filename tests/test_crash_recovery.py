"""SIGKILL the service at random points — while it crawls, while it analyses and stores, while it sends alerts —
restart it, and check: no article lost, none stored twice, every alert delivered, the store consistent.

The service is a real `diemnong run --once` child (crawl → ingest → deliver in one round) against loopback
servers: two feeds of one hot story with their article pages, an SMTP server (aiosmtpd) and a webhook
receiver. Kill points are drawn from a seeded random generator: a moment within a clean round's duration,
or the k-th page request, or the k-th message at the receivers (killed just before the receiver accepts
it, or just after).

Delivery is at-least-once: an alert is marked sent after the receiver accepted it, so a crash between the
two sends it again on restart. That window is not closed by the outbox (no sender can close it without
the receiver's help); the receiver closes it: each email carries a Message-ID and each webhook an
Idempotency-Key derived from the alert's key, identical on every attempt. The tests count deliveries by
that key: exactly one per alert, and raw repeats only when a kill fell in that window.
"""
from __future__ import annotations

import email
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml
from aiosmtpd.controller import Controller

from crawlers.urls import canonical_url
from diemnong.domain import TZ
from store.sqlite import SQLiteStore
from tests.conftest import ROOT, LoopbackServer, free_port
from tests.faults import check_store, child_env

STORY = ["Phụ huynh bức xúc vì lạm thu đầu năm học ở Trường Tiểu học Vị Tân",
         "Trường Tiểu học Vị Tân thu hàng chục khoản ngoài quy định, phụ huynh bức xúc",
         "Lạm thu đầu năm học ở Vị Tân: Sở GD&ĐT yêu cầu trả lại tiền cho phụ huynh"]
PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body><article><h1>{title}</h1>
<p class="sapo">Phụ huynh Trường Tiểu học Vị Tân phản ánh nhiều khoản thu ngoài quy định đầu năm học.</p>
<p>Theo phản ánh của phụ huynh, nhà trường thu quỹ phòng học, tiền máy lạnh, tiền vệ sinh với tổng số tiền lên tới
hàng triệu đồng mỗi học sinh. Bài số {n} của {outlet}.</p>
<p>{detail}</p>
<p>Sở Giáo dục và Đào tạo cho biết đã yêu cầu nhà trường báo cáo, trả lại các khoản thu sai quy định.</p>
</article></body></html>"""
RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{outlet}</title>{items}</channel></rss>"""
ITEM = "<item><title>{title}</title><link>{link}</link><description>Phụ huynh bức xúc vì lạm thu</description>" \
       "<pubDate>{date}</pubDate><guid>{link}</guid></item>"
PER_FEED = 6
WORDS = ("phụ huynh lớp trường quỹ tiền máy lạnh vệ sinh nước uống hội photo đề học sinh giáo viên hiệu trưởng "
         "phòng sở thu chi biên lai sổ sách họp ban đại diện cha mẹ ý kiến phản ánh trả lại khoản đóng góp tự nguyện "
         "bắt buộc danh sách").split()


def detail(n: int) -> str:
    """Article n's own notes, its words in an order of its own: each article its own text, not the outlet's one text
    posted again (which the detector counts once: crawlers/fingerprint.py would find them copies)."""
    draw = random.Random(n)
    return "Ghi chép của phóng viên: " + " ".join(draw.sample(WORDS, len(WORDS)) + draw.sample(WORDS, len(WORDS))) + "."


class Receivers:
    """The loopback SMTP server and webhook receiver; they record every delivery and can kill the service."""

    def __init__(self, http: LoopbackServer) -> None:
        self.emails: list[str] = []  # Message-ID of each accepted message
        self.mail_to: dict[str, str] = {}  # Message-ID → recipient
        self.hooks: list[str] = []  # Idempotency-Key of each accepted POST
        self.kill_at: tuple[str, int, str] | None = None  # (channel, k-th delivery, "before" | "after" accept)
        self.victim: subprocess.Popen | None = None
        self.last = 0.0  # when the latest delivery was accepted
        self.killed: list[str] = []
        self._seen = Counter()
        self._lock = threading.Lock()
        self.port = free_port()
        self.smtp = Controller(self, hostname="127.0.0.1", port=self.port)
        self.smtp.start()
        http.route("/hook", handler=self._hook)

    def _maybe_kill(self, channel: str, moment: str) -> bool:
        with self._lock:
            if self.kill_at and self.kill_at[0] == channel and self.kill_at[2] == moment and self._seen[channel] == self.kill_at[1]:
                kill(self.victim)
                self.killed.append(f"{channel} #{self.kill_at[1]} {moment} accept")
                self.kill_at = None
                return True
        return False

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd protocol
        self._seen["email"] += 1
        if self._maybe_kill("email", "before"):
            return "451 try again later"
        msg = email.message_from_bytes(envelope.content)
        self.emails.append(msg["Message-ID"])
        self.mail_to[msg["Message-ID"]] = ",".join(envelope.rcpt_tos)
        self.last = time.monotonic()
        self._maybe_kill("email", "after")
        return "250 OK"

    def _hook(self, server: LoopbackServer, request: Any) -> tuple[int, dict[str, str], bytes]:
        self._seen["webhook"] += 1
        if self._maybe_kill("webhook", "before"):
            return 503, {}, b""
        self.hooks.append(request.headers.get("Idempotency-Key", ""))
        self.last = time.monotonic()
        self._maybe_kill("webhook", "after")
        return 200, {"Content-Type": "text/plain"}, b"ok"

    def reset_count(self) -> None:
        with self._lock:
            self._seen.clear()

    def close(self) -> None:
        self.smtp.stop()


def kill(proc: subprocess.Popen | None) -> None:
    """SIGKILL the service and everything it started (its own session)."""
    if proc is not None and proc.poll() is None:
        import os

        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


class Scene:
    """A home with two feeds of a hot story on loopback, the receivers, and the service run in a child."""

    def __init__(self, tmp_path: Path, http: LoopbackServer) -> None:
        self.http, self.home = http, tmp_path / "home"
        self.home.mkdir()
        self.receivers = Receivers(http)
        self.page_hits = 0
        self.on_page: Callable[[int], None] = lambda n: None
        self.kills: list[str] = []
        now = datetime.now(TZ).replace(microsecond=0)
        self.urls: list[str] = []
        sources = []
        for f, outlet in enumerate(("Báo Thử A", "Báo Thử B")):
            items = []
            for i in range(PER_FEED):
                n = f * PER_FEED + i
                path = f"/{f}/bai-{i}.html"
                link = http.url + path
                self.urls.append(canonical_url(link))
                when = (now - timedelta(hours=6) + timedelta(minutes=25 * n)).strftime("%a, %d %b %Y %H:%M:%S +0700")
                title = STORY[n % 3] if i < 3 else f"Bài 2: {STORY[n % 3]}"  # its own headline too: the outlet's
                # first one again would be a re-listing, counted once
                items.append(ITEM.format(title=title, link=link, date=when))
                http.route(path, handler=self._page(PAGE.format(title=title, n=n, outlet=outlet, detail=detail(n))))
            http.route(f"/{f}/rss.xml", RSS.format(outlet=outlet, items="".join(items)), content_type="application/rss+xml; charset=utf-8")
            sources.append({"name": outlet, "kind": "rss", "url": f"{http.url}/{f}/rss.xml", "section": "Giáo dục"})
        self._write("sources.yaml", {"sources": sources})
        deps = yaml.safe_load((ROOT / "data" / "departments.yaml").read_text(encoding="utf-8"))
        for dep in deps["departments"]:
            if dep["id"] == "van-phong":
                dep["webhooks"] = [http.url + "/hook"]
        self._write("departments.yaml", deps)
        # No quiet hours and every alert urgent: each is sent in the round that raised it (no digest to wait for).
        self._write("settings.yaml", {"alerts": {"quiet_hours": "00:00-00:00", "urgent_score": 0.0}})
        self.env = child_env(self.home, DIEMNONG_SMTP_HOST="127.0.0.1", DIEMNONG_SMTP_PORT=str(self.receivers.port),
                             DIEMNONG_SMTP_STARTTLS="0")

    def _write(self, name: str, data: Any) -> None:
        (self.home / name).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    def _page(self, body: str) -> Callable[[LoopbackServer, Any], tuple[int, dict[str, str], bytes]]:
        def serve(server: LoopbackServer, request: Any) -> tuple[int, dict[str, str], bytes]:
            self.page_hits += 1
            self.first_page = self.first_page or time.monotonic()
            self.on_page(self.page_hits)
            return 200, {"Content-Type": "text/html; charset=utf-8"}, body.encode()
        return serve

    def run(self, kill_after: float | None = None, kill_on_page: int = 0) -> tuple[int, float]:
        """One round of `diemnong run --once`; SIGKILLed after `kill_after` seconds, or when the `kill_on_page`-th page is
        asked for, or at the receivers' `kill_at` delivery (counted within this round). (exit code, seconds)"""
        started = self.t0 = time.monotonic()
        self.first_page = self.receivers.last = 0.0
        self.page_hits = 0
        self.receivers.reset_count()
        proc = subprocess.Popen([sys.executable, "-m", "diemnong", "run", "--once", "--no-dashboard", "--no-demo"], env=self.env,
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        self.receivers.victim = proc
        self.on_page = (lambda n: kill(proc) if n == kill_on_page else None) if kill_on_page else (lambda n: None)
        timer = threading.Timer(kill_after, kill, (proc,)) if kill_after is not None else None
        if timer:
            timer.start()
        try:
            _, err = proc.communicate(timeout=180)
        finally:
            if timer:
                timer.cancel()
            kill(proc)
        if proc.returncode not in (0, -signal.SIGKILL):
            raise AssertionError(f"the service failed (exit {proc.returncode}):\n{err.decode('utf-8', 'replace')[-3000:]}")
        if proc.returncode == -signal.SIGKILL:
            self.kills.append(self.snapshot())
        return proc.returncode, time.monotonic() - started

    def snapshot(self) -> str:
        """Where the killed round had got to: articles stored, sources finished, alerts queued and sent."""
        with SQLiteStore(self.home / "diemnong.sqlite3") as store:
            alerts = store.list_alerts(limit=1000)
            return (f"{store.count()} articles, {len(store.list_source_states())} sources done, {len(alerts)} alerts queued, "
                    f"{sum(a.state == 'sent' for a in alerts)} sent")

    def finish(self) -> None:
        """Restart until a round completes, then check everything."""
        for _ in range(3):
            if self.run()[0] == 0:
                break
        else:
            raise AssertionError("the service never completed a round after the kills")

    def check(self) -> dict[str, Any]:
        path = self.home / "diemnong.sqlite3"
        counts = check_store(path)
        with SQLiteStore(path) as store:
            articles = list(store.iter_articles())
            alerts = store.list_alerts(limit=1000)
        assert sorted(a.url for a in articles) == sorted(self.urls), "every article stored, once"
        assert all(a.status == "complete" and "hàng triệu đồng" in a.text for a in articles), "with its page's text"
        assert alerts and all(a.state == "sent" for a in alerts), [(a.key, a.state, a.error) for a in alerts if a.state != "sent"]
        # Emails are counted by their Message-ID (one per alert, the same on every attempt), webhooks by Idempotency-Key.
        got_mail, got_hook = Counter(self.receivers.emails), Counter(self.receivers.hooks)
        mail_alerts = Counter(a.recipient for a in alerts if a.channel == "email")
        assert Counter(self.receivers.mail_to[m] for m in got_mail) == mail_alerts, "one distinct message per email alert"
        assert set(got_hook) == {a.key for a in alerts if a.channel == "webhook"}, "every webhook alert delivered, none unknown"
        repeats = sum(got_mail.values()) - len(got_mail) + sum(got_hook.values()) - len(got_hook)
        return {**counts, "alerts": len(alerts), "repeats": repeats}

    def close(self) -> None:
        kill(self.receivers.victim)
        self.receivers.close()


@pytest.fixture
def scene(tmp_path: Path, http_server: LoopbackServer):
    s = Scene(tmp_path, http_server)
    yield s
    s.close()


@pytest.fixture(scope="module")
def working_window(tmp_path_factory: pytest.TempPathFactory) -> tuple[float, float]:
    """When, in a clean round here, the first page is asked for and the last alert accepted (seconds from start):
    the random kill moments are drawn from that window, which spans crawling, analysis, storing and sending."""
    http = LoopbackServer()
    s = Scene(tmp_path_factory.mktemp("calibrate"), http)
    try:
        code, _ = s.run()
        assert code == 0
        result = s.check()
        assert result["alerts"] >= 3 and result["repeats"] == 0, result
        return s.first_page - s.t0, s.receivers.last - s.t0
    finally:
        s.close()
        http.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_killed_at_random_moments_the_service_loses_and_repeats_nothing(scene: Scene, working_window: tuple[float, float],
                                                                       seed: int) -> None:
    rng = random.Random(seed)
    start, end = working_window
    kills = 0
    for _ in range(2):  # two kills at random moments of the work, then a restart that completes
        code, _ = scene.run(kill_after=rng.uniform(start, end + 0.05))
        kills += code == -signal.SIGKILL
    scene.finish()
    result = scene.check()
    print(f"seed {seed}: killed at {scene.kills}; {result}")
    # A kill that lands between a receiver's acceptance and the outbox update repeats that one alert (same key).
    assert result["repeats"] <= kills, result
    before = (len(scene.receivers.emails), len(scene.receivers.hooks))
    assert scene.run()[0] == 0 and (len(scene.receivers.emails), len(scene.receivers.hooks)) == before, "a later round sends nothing"


@pytest.mark.parametrize("seed", [4, 5])
def test_killed_while_fetching_pages_then_restarted(scene: Scene, seed: int) -> None:
    k = random.Random(seed).randint(1, 2 * PER_FEED)
    code, _ = scene.run(kill_on_page=k)
    assert code == -signal.SIGKILL
    with SQLiteStore(scene.home / "diemnong.sqlite3") as store:
        assert store.count() < k and len(store.list_source_states()) < 2, "killed mid-crawl: work was left to do"
    scene.finish()
    assert scene.check()["repeats"] == 0


@pytest.mark.parametrize("channel", ["email", "webhook"])
def test_killed_just_before_a_receiver_accepts_an_alert_it_is_delivered_exactly_once(scene: Scene, channel: str) -> None:
    scene.receivers.kill_at = (channel, 1, "before")
    code, _ = scene.run()
    assert code == -signal.SIGKILL and scene.receivers.killed
    scene.finish()
    result = scene.check()
    assert result["repeats"] == 0, result


@pytest.mark.parametrize("channel", ["email", "webhook"])
def test_killed_just_after_a_receiver_accepted_an_alert_it_comes_again_with_the_same_key(scene: Scene, channel: str) -> None:
    """The known window of at-least-once delivery: accepted, then the crash before the outbox is updated."""
    scene.receivers.kill_at = (channel, 1, "after")
    code, _ = scene.run()
    assert code == -signal.SIGKILL and scene.receivers.killed
    scene.finish()
    result = scene.check()
    keys = scene.receivers.emails if channel == "email" else scene.receivers.hooks
    repeated = [k for k, n in Counter(keys).items() if n > 1]
    assert result["repeats"] == 1 and len(repeated) == 1, result
    assert keys.count(repeated[0]) == 2, "the repeat carries the same Message-ID / Idempotency-Key: the receiver can drop it"


# --------------------------------------------------------------------------- `diemnong ingest`, killed mid-file

def ingest(home: Path, source: Path, kill_after: float | None = None) -> int:
    proc = subprocess.Popen([sys.executable, "-m", "diemnong", "ingest", "--input", str(source), "--batch", "16"],
                            env=child_env(home), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    timer = threading.Timer(kill_after, kill, (proc,)) if kill_after is not None else None
    if timer:
        timer.start()
    try:
        _, err = proc.communicate(timeout=300)
    finally:
        if timer:
            timer.cancel()
        kill(proc)
    assert proc.returncode in (0, -signal.SIGKILL), err.decode("utf-8", "replace")[-2000:]
    return proc.returncode


def outcome(home: Path) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    """Stored article ids, (issue id, alert level) of every queued alert, and the alert keys."""
    with SQLiteStore(home / "diemnong.sqlite3") as store:
        ids = sorted(a.ref for a in store.iter_articles())
        alerts = store.list_alerts(limit=10_000)
    return ids, sorted({(a.issue_id, a.payload.get("level")) for a in alerts}), sorted(a.key for a in alerts)


@pytest.mark.parametrize("seed, in_time_order", [(7, True), (8, False)])
def test_ingest_killed_mid_file_and_rerun_loses_no_alert(tmp_path: Path, seed: int, in_time_order: bool) -> None:
    """Alerts are queued before the articles that raise them and the detector is rebuilt from the store on start.

    A stream in time order, killed and ingested again, ends with exactly what one clean ingest stores and
    queues. A stream out of time order (as crawls arrive) loses nothing either, but may queue alerts a clean
    run would not: warm() replays the stored articles in time order, not in the order they arrived, so the
    detector can group the rest differently (see notes/issue-9.md)."""
    from dashboard import synthetic
    from tests.faults import write_jsonl

    end = datetime(2025, 9, 20, 16, 0, tzinfo=TZ)
    records = synthetic.records(300, end, days=6, seed=seed)  # times jitter by up to 10 hours around file order
    if in_time_order:
        records.sort(key=lambda r: r["published"])
    source = write_jsonl(tmp_path / "stream.jsonl", records)
    clean, crashed = tmp_path / "clean", tmp_path / "crashed"
    started = time.monotonic()
    assert ingest(clean, source) == 0
    seconds = time.monotonic() - started
    rng = random.Random(seed)
    kills = []
    for _ in range(2):
        if ingest(crashed, source, kill_after=rng.uniform(0.5, 0.95) * seconds) != 0 and (crashed / "diemnong.sqlite3").exists():
            kills.append(f"{len(outcome(crashed)[0])} articles, {len(outcome(crashed)[2])} alerts")
    assert ingest(crashed, source) == 0
    check_store(crashed / "diemnong.sqlite3")
    ids, levels, keys = outcome(crashed)
    clean_ids, clean_levels, clean_keys = outcome(clean)
    assert ids == clean_ids and len(ids) == len(set(ids)) == 308, "every article once"
    assert clean_keys, "the stream has hot stories: alerts were queued"
    assert set(clean_keys) <= set(keys) and len(keys) == len(set(keys)), f"no alert lost, none queued twice (kills: {kills})"
    if in_time_order:
        assert keys == clean_keys and levels == clean_levels, f"the same alerts as a clean run (kills: {kills})"
