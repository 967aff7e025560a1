"""`diemnong backtest` on a stream written here (planted story and topic wave in a background), scored by the
evaluation code of benchmarks/evaluate_alerts.py; and the outlet prominence table."""
from __future__ import annotations

import json
import random
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from alerting.hotness import Prominence
from diemnong.cli import main
from diemnong.config import ConfigError, load_prominence
from tests.conftest import ROOT, at
from tests.test_detector import LAM_THU, SYLLABLES

sys.path.insert(0, str(ROOT / "benchmarks"))
from evaluate_alerts import burst_of, evaluate, owners, report  # noqa: E402

OUTLETS = ["VnExpress", "Tuổi Trẻ", "Dân trí", "Thanh Niên", "Giáo dục và Thời đại", "VietNamNet", "Tiền Phong", "Lao Động",
           "Nhân Dân", "Người Lao Động"]
TOPIC_WORDS = ["mầm non", "tiểu học", "thi tốt nghiệp THPT", "giáo viên", "cơ sở vật chất", "chuyển đổi số", "dân tộc",
               "khoa học", "thể thao", "học sinh sinh viên", "pháp chế", "ngoại ngữ", "sách giáo khoa", "việc làm"]


def stream(seed: int = 4, days: int = 16) -> tuple[list[dict], dict]:
    """Background of unrelated made-up items, one story reprinted by nine outlets, one wave of lạm thu stories."""
    rnd = random.Random(seed)
    t0 = at("2025-08-04T00:00:00+07:00")
    rows = []
    for d in range(days):
        for k in range(20):
            words = " ".join(rnd.choice(SYLLABLES) + rnd.choice(SYLLABLES) for _ in range(7))
            rows.append({"id": f"n{d}-{k}", "title": f"{words} {rnd.choice(TOPIC_WORDS)}", "summary": words[::-1],
                         "published": (t0 + timedelta(days=d, hours=7 + 14 * k / 20, minutes=rnd.randint(0, 30))).isoformat(),
                         "source": rnd.choice(OUTLETS), "url": f"https://bao.example.vn/{d}-{k}.html"})
    story_start = t0 + timedelta(days=11, hours=8)
    story = [{"id": f"s{i}", "title": "Hàng loạt giáo viên mầm non bỏ việc vì lương thấp ở Bình Dương",
              "summary": "Nhiều trường mầm non thiếu giáo viên sau khi hàng chục cô giáo nghỉ việc giữa năm học",
              "published": (story_start + timedelta(hours=2 * i)).isoformat(), "source": OUTLETS[i], "url": f"https://o{i}.example.vn/s.html"}
             for i in range(9)]
    wave_start = t0 + timedelta(days=13, hours=7)
    wave = [{"id": f"w{i}", "title": LAM_THU[i], "summary": "Phụ huynh phản ánh các khoản thu đầu năm học",
             "published": (wave_start + timedelta(hours=1.5 * i)).isoformat(), "source": OUTLETS[i], "url": f"https://w{i}.example.vn/w.html"}
            for i in range(10)]
    rows += story + wave
    rnd.shuffle(rows)  # the file is not in time order: the backtest sorts it
    times = sorted(r["published"] for r in rows)
    truth = {"start": times[0], "end": times[-1], "bursts": [
        {"name": "giáo viên bỏ việc", "role": "story", "bar": True, "articles": [{"id": r["id"], "published": r["published"]} for r in story]},
        {"name": "lạm thu", "role": "topic", "bar": True, "articles": [{"id": r["id"], "published": r["published"]} for r in wave]},
    ]}
    return rows, truth


def test_backtest_contract_and_evaluation_on_a_written_stream(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows, truth = stream()
    src, out = tmp_path / "stream.jsonl", tmp_path / "alerts.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setenv("DIEMNONG_HOME", str(tmp_path / "home"))
    assert main(["backtest", "--input", str(src), "--output", str(out), "--workers", "1"]) == 0
    alerts = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for a in alerts:
        assert {"issue_id", "raised_at", "title", "topics", "lead_departments", "article_ids", "score", "reason"} <= set(a)
        assert a["lead_departments"][-1] == "van-phong" and a["reason"]
    assert [a["raised_at"] for a in alerts] == sorted(a["raised_at"] for a in alerts), "replayed in time order"
    ev = evaluate(alerts, truth)
    print(report(ev, "written stream"))
    story, wave = ev.bursts
    assert story.alerted and story.at_article is not None and story.at_article <= 4 and len(story.issues) == 1
    assert wave.alerted and wave.delay_first_h is not None and wave.delay_first_h <= 12
    assert ev.false_alerts == [], "the made-up background never makes a story"
    first = next(a for a in alerts if a["issue_id"] == story.issues[0])
    assert first["issue_kind"] == "story" and "mam-non" in first["lead_departments"] and first["kind"] == "new"
    assert not (tmp_path / "home" / "diemnong.sqlite3").exists(), "the backtest uses a temporary store"


def test_outlet_prominence_by_name_or_domain(tmp_path: Path) -> None:
    table = Prominence(load_prominence())
    assert table.of("VnExpress") == 1.5 and table.of("vnexpress") == 1.5 == table.of("Báo lạ", "https://www.vnexpress.net/x")
    assert table.of("Giao duc va Thoi dai") == 1.5 and table.of("", "https://m.giaoducthoidai.vn/a.html") == 1.5
    assert table.of("Báo lạ", "https://bao-la.example/x") == 1.0 and table.of("24h") < 1.0
    bad = tmp_path / "prominence.yaml"
    bad.write_text("outlets:\n  - {names: [A], prominence: 7}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"prominence.yaml:2: outlets.0.prominence: phải từ 0.5 đến 3"):
        load_prominence(bad)


def test_an_alert_or_a_signal_belongs_to_the_burst_giving_half_or_three_of_its_articles() -> None:
    owner = owners({"bursts": [{"articles": [{"id": f"a{i}"} for i in range(5)]},
                               {"articles": [{"id": f"b{i}"} for i in range(5)]}]})
    assert burst_of(owner, ["b0", "b1", "x"]) == 1  # two of three
    assert burst_of(owner, ["a0", "a1", "a2", *[f"x{i}" for i in range(9)]]) == 0  # three of twelve
    assert burst_of(owner, ["a0", "x1", "x2"]) is None and burst_of(owner, []) is None
    assert burst_of(owner, ["a0", "b0", "b1", "b2", "a1"]) == 1  # the burst with most of them


REPOSTED = ("Trường THPT chuyên Nguyễn Bỉnh Khiêm công bố dự thảo đề án tuyển sinh lớp 10 chuyên năm học 2026-2027, theo đó môn "
            "chuyên được nhân hệ số hai, bỏ vòng sơ tuyển bằng học bạ và thêm bài thi đánh giá năng lực. Nhà trường lấy ý kiến "
            "phụ huynh, học sinh và giáo viên đến hết ngày 15/11 trước khi trình Sở GD&ĐT phê duyệt.")
HEADLINES = ["Trường chuyên Nguyễn Bỉnh Khiêm bỏ sơ tuyển học bạ vào lớp 10", "Dự thảo tuyển sinh lớp 10 chuyên Nguyễn Bỉnh Khiêm",
             "Tuyển sinh lớp 10 chuyên Nguyễn Bỉnh Khiêm: môn chuyên nhân hệ số hai"]


def reposts(outlets: list[str], start: str = "2025-08-15T09:00:00+07:00") -> list[dict]:
    """One article (the same text each time, a new URL, its headline reworded) posted hourly by the given outlets in turn."""
    t0 = at(start)
    return [{"id": f"r{i}", "title": HEADLINES[i % 3], "summary": "Trường lấy ý kiến về dự thảo tuyển sinh lớp 10 chuyên.",
             "text": REPOSTED, "published": (t0 + timedelta(hours=i)).isoformat(), "source": outlet,
             "url": f"https://r.example.vn/tuyen-sinh-chuyen-post{700 + i}.html"} for i, outlet in enumerate(outlets)]


def backtest_alerts(rows: list[dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Every alert `diemnong backtest` raises on these rows."""
    tmp_path.mkdir()
    src, out = tmp_path / "stream.jsonl", tmp_path / "alerts.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setenv("DIEMNONG_HOME", str(tmp_path / "home"))
    assert main(["backtest", "--input", str(src), "--output", str(out), "--workers", "1"]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def alerted_ids(rows: list[dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The article ids of every alert `diemnong backtest` raises on these rows."""
    return {i for alert in backtest_alerts(rows, tmp_path, monkeypatch) for i in alert["article_ids"]}


def test_an_outlet_reposting_its_own_article_every_hour_does_not_make_it_hot(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """GD&TĐ posted one article again every hour under a new URL and a reworded headline, and Lao Động carried it once:
    nine posts of one outlet's article counted as nine articles («5 bài trong 6 giờ qua… 2 cơ quan»), an issue was
    raised and then escalated, urgent («7 bài trong 6 giờ qua»). Each outlet's article counts once; the same text from
    different outlets (syndication) still spreads a story."""
    background = [r for r in stream(days=12)[0] if r["id"].startswith("n")]
    one_outlet = ["Giáo dục và Thời đại"] * 3 + ["Lao Động"] + ["Giáo dục và Thời đại"] * 6
    assert not alerted_ids(background + reposts(one_outlet), tmp_path / "one", monkeypatch) & {f"r{i}" for i in range(10)}
    assert {"r0", "r1", "r2"} <= alerted_ids(background + reposts(OUTLETS), tmp_path / "many", monkeypatch), \
        "ten outlets carrying one text make a hot story"


def quy_lop(prefix: str, school: str, where: str, start: str) -> list[dict]:
    """One «quỹ lớp» complaint carried by four outlets in four hours."""
    t0 = at(start)
    title = "Phụ huynh bức xúc vì quỹ lớp thu 5 triệu đồng mỗi học sinh"
    lead = (f"Nhiều phụ huynh lớp 3A Trường Tiểu học {school}, {where} phản ánh ban đại diện cha mẹ học sinh thu quỹ lớp "
            "5 triệu đồng mỗi em ngay đầu năm học, có khoản mua máy chiếu và quà cho giáo viên.")
    return [{"id": f"{prefix}{i}", "title": title, "summary": lead, "published": (t0 + timedelta(hours=i)).isoformat(),
             "source": OUTLETS[i], "url": f"https://{prefix}{i}.example.vn/quy-lop.html"} for i in range(4)]


def test_one_complaint_in_ha_noi_and_one_in_vi_thanh_worded_alike_are_two_alerts(tmp_path: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Two «quỹ lớp» complaints on one day, one at a Hà Nội school and one at a Vị Thanh school, worded alike, were one
    story: one alert «liên quan Hậu Giang» counting the Hà Nội articles too."""
    background = [r for r in stream(days=12)[0] if r["id"].startswith("n")]
    hanoi = quy_lop("hn", "Nghĩa Tân", "quận Cầu Giấy, Hà Nội", "2025-08-15T08:00:00+07:00")
    vithanh = quy_lop("vt", "Vị Tân", "TP Vị Thanh", "2025-08-15T08:30:00+07:00")
    alerts = [a for a in backtest_alerts(background + hanoi + vithanh, tmp_path / "run", monkeypatch) if a["kind"] == "new"]
    of = {a["issue_id"]: set(a["article_ids"]) for a in alerts}
    assert all(ids <= {r["id"] for r in hanoi} or ids <= {r["id"] for r in vithanh} for ids in of.values()), of
    local = {a["issue_id"] for a in alerts if "liên quan Hậu Giang" in a["reason"]}
    assert {i for i, ids in of.items() if ids & {r["id"] for r in vithanh}} == local != set(), alerts
