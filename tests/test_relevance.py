"""Education relevance: stories that are not about education do not alert a Sở GD&ĐT (nlp/relevance.py, the detector's
``education_min``)."""
from __future__ import annotations

import json
import logging
import os
import random
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest

from diemnong.domain import Classification
from nlp import bundle as models
from nlp.analysis import analyse
from nlp.bundle import MODELS_DIR
from nlp.relevance import ARTEFACT, REPORT, Relevance, held_out_figures, training_rows
from tests.conftest import ROOT, at
from tests.test_backtest_eval import OUTLETS, backtest_alerts, stream
from tests.test_detector import SYLLABLES, art, decisions, noise
from tests.test_storage_faults import fsize_limit

GOLD = ("Giá vàng hôm nay tăng vọt, vàng SJC vượt mốc 90 triệu đồng mỗi lượng",
        "Giá vàng miếng SJC sáng nay được các doanh nghiệp điều chỉnh tăng mạnh theo đà tăng của giá vàng thế giới.")
OPENING = ("Học sinh cả nước hân hoan dự lễ khai giảng năm học mới",
           "Sáng nay, hơn 23 triệu học sinh trên cả nước dự lễ khai giảng, đánh trống khai trường chào năm học mới.")


@pytest.fixture
def shipped(shipped: models.Bundle) -> models.Bundle:
    """conftest's shipped models, with their relevance model."""
    if shipped.relevance is None:
        pytest.fail(f"no relevance model for the shipped models in {MODELS_DIR} (run `diemnong train`)")
    return shipped


@pytest.mark.parametrize("title, lead, education", [
    (*GOLD, False),
    ("Giá xăng dầu đồng loạt giảm từ 15 giờ chiều nay", "Liên Bộ Công Thương - Tài chính điều chỉnh giá bán lẻ xăng dầu.", False),
    ("Sinner vô địch Úc mở rộng sau trận chung kết kịch tính", "Tay vợt người Italy thắng ngược sau năm set.", False),
    (*OPENING, True),
    ("Giáo sư đề xuất cải tiến chữ viết tiếng Việt gây tranh cãi",
     "Đề xuất thay đổi cách viết một số chữ cái trong tiếng Việt của một giáo sư khiến dư luận và giới giáo dục tranh luận.",
     True),
    ("Trường đại học công bố điểm chuẩn năm nay", "Nhiều ngành của trường có điểm chuẩn trên 27 điểm.", True),
    # a jobs section's civil-service news (a dense stream alerted on it, stop 33): learnt as other news
    ("Tinh giản biên chế hơn 30.000 người trong các cơ quan hành chính",
     "Bộ Nội vụ cho biết năm qua cả nước đã tinh giản hơn 30.000 biên chế, chủ yếu ở khối hành chính.", False),
    ("Nhiều sở ngành thừa cấp phó so với quy định",
     "Thanh tra tỉnh chỉ ra nhiều cơ quan bổ nhiệm phó giám đốc vượt số lượng cho phép.", False),
    ("Bổ nhiệm cán bộ chưa đủ tiêu chuẩn ở một số cơ quan tỉnh",
     "Thanh tra phát hiện nhiều trường hợp bổ nhiệm cán bộ lãnh đạo chưa đáp ứng tiêu chuẩn.", False),
    ("Học sinh được nghỉ Tết Nguyên đán 9 ngày", "Sở GD&ĐT vừa ban hành lịch nghỉ Tết cho học sinh các cấp.", True),
])
def test_the_relevance_model_tells_education_news_from_other_news(shipped: models.Bundle, title: str, lead: str,
                                                                   education: bool) -> None:
    p = analyse(title, lead).classification.education
    assert isinstance(p, float) and (p >= 0.5) is education, p


def test_classifications_stored_before_the_model_read_as_education_and_keep_their_rows() -> None:
    old = {"topics": [], "topic_scores": {}, "sentiment": "neutral", "sentiment_scores": {}, "local": False,
           "places": [], "explanations": {}}
    assert Classification.from_dict(old).education == 1.0
    assert Classification.from_dict(old).to_dict() == old, "a row judged without the model is written as before"
    assert Classification.from_dict({**old, "education": 0.12}).to_dict()["education"] == 0.12


def story(prefix: str, texts: tuple[str, str], start: str, outlets: int = 8) -> list[dict]:
    t0 = at(start)
    return [{"id": f"{prefix}{i}", "title": texts[0], "summary": texts[1], "published": (t0 + timedelta(hours=i)).isoformat(),
             "source": OUTLETS[i], "url": f"https://{prefix}{i}.example.vn/tin.html"} for i in range(outlets)]


def test_a_story_without_a_focus_topic_alerts_only_when_it_is_about_education(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A general-news stream's gold-price story, carried by eight outlets, alerted the Văn phòng («ngoài các chủ đề trọng
    tâm»); the school year's opening, which has no focus topic either, must still alert."""
    background = [r for r in stream(days=12)[0] if r["id"].startswith("n")]
    gold = story("g", GOLD, "2025-08-13T08:00:00+07:00")
    opening = story("k", OPENING, "2025-08-14T08:00:00+07:00")
    alerts = [a for a in backtest_alerts(background + gold + opening, tmp_path / "run", monkeypatch) if a["kind"] == "new"]
    alerted = {i for a in alerts for i in a["article_ids"]}
    assert not alerted & {r["id"] for r in gold}, alerts
    assert {r["id"] for r in opening} & alerted, alerts
    assert any(not a["topics"] for a in alerts if set(a["article_ids"]) & {r["id"] for r in opening}), \
        "the opening is a story without a focus topic"


def test_title_words_of_articles_not_about_education_make_no_surge() -> None:
    """Eight unrelated stories with «giá vàng» in their titles in a day surged as a title word in a general-news stream
    (as «hà nội» did): only articles about education count in title-word surges."""
    start = at("2025-08-04T00:00:00+07:00")
    day = start + timedelta(days=30, hours=8)
    rnd = random.Random(3)

    def words(n: int) -> str:
        return " ".join(rnd.choice(SYLLABLES) + rnd.choice(SYLLABLES) for _ in range(n))

    wave = [art(900 + i, f"{words(5)} giá vàng", day + timedelta(hours=i), OUTLETS[i % 7], summary=words(8)) for i in range(8)]

    def surges(education: float) -> list[str]:
        arts = noise(7, start, 30, topics=()) + [replace(a, classification=Classification(education=education)) for a in wave]
        return [i.title for i in decisions(arts)[1] if i.kind == "surge"]

    assert surges(1.0) == ["Nhiều tin khác nhau về «giá vàng» từ 03/09/2025"], "read as education, the wave surges"
    assert surges(0.1) == []


def test_jobs_news_naming_no_school_or_hiring_is_a_negative_and_the_rest_of_it_is_left_out(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    rows = {"baomoi_jobs.jsonl": [("j-staff", "Tinh giản biên chế ở các cơ quan hành chính", "Cắt giảm 10% biên chế."),
                                  ("j-teacher", "Đề xuất tăng lương giáo viên", "Lương giáo viên sẽ tăng từ năm sau."),
                                  ("j-hire", "Hà Nội tuyển dụng 500 công chức", "Thi tuyển công chức năm nay.")],
            "baomoi_education.jsonl": [("e-1", "Học sinh nghỉ Tết 9 ngày", "Lịch nghỉ Tết của học sinh.")],
            "baomoi_other_topics.jsonl": [("o-1", "Giá vàng tăng mạnh", "Vàng SJC vượt 90 triệu đồng."),
                                          ("o-pupils", "Hai học sinh bị nước suối cuốn trôi", "Hai em đi học về thì gặp lũ."),
                                          ("o-pay", "Lương giáo viên cao nhất bảng lương", "Đề xuất mới về lương.")]}
    for name, items in rows.items():
        (news / name).write_text("".join(json.dumps({"id": i, "title": t, "summary": s}, ensure_ascii=False) + "\n"
                                         for i, t, s in items), encoding="utf-8")
    vntc = tmp_path / "vntc-27topics-test-education"
    vntc.mkdir()
    for name in ("education_full.jsonl", "other_topics_sample.jsonl"):
        (vntc / name).write_text("", encoding="utf-8")
    items, y, _held, _bare = training_rows(tmp_path, log=lambda _m: None)
    judged = dict(zip((i.id for i in items), y))
    ours = {i for name in rows for i, _t, _s in rows[name]}
    assert {i: v for i, v in judged.items() if i in ours} == {"j-staff": 0, "e-1": 1, "o-1": 0}, \
        "jobs news about civil-service staffing is other news; teachers' pay and hiring may be education, and so may " \
        "another section's news of pupils drowned: left out, not taught as other news (the model takes topics away)"
    # today's news too: the items written for the project (judged either way) and the demo's items with a topic
    written = {i.id: i.origin for i in items if i.origin == "written"}
    assert {judged[i] for i in written} == {0, 1}
    assert any(i.origin == "demo" and judged[i.id] == 1 for i in items)


def test_a_saved_relevance_model_is_readable_by_the_service_s_user_as_the_bundle_is(shipped: models.Bundle,
                                                                                    tmp_path: Path) -> None:
    import os
    import stat

    old = os.umask(0o022)
    try:
        path = shipped.relevance.save(tmp_path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644, oct(path.stat().st_mode)


def test_the_relevance_model_meets_the_held_out_figures_recorded_at_training(shared_data: Path, shipped: models.Bundle,
                                                                            tmp_path: Path) -> None:
    recorded = json.loads((MODELS_DIR / REPORT).read_text(encoding="utf-8"))["held_out"]
    figures = held_out_figures(shipped, shipped.relevance, shared_data, tmp_path, 2, log=lambda _m: None)
    assert figures == recorded
    assert figures["precision"] >= 0.9 and figures["recall"] >= 0.9
    # education-section items without a focus topic judged education: most misses are the section's civil-service
    # and appointment news (0.79 before the jobs section's such news was learnt as other news, stop 34)
    assert figures["no_topic_education_recall"] >= 0.7


def test_an_article_judged_not_about_education_gets_no_focus_topic(shipped: models.Bundle) -> None:
    """ANNOTATION.md: news that is not about education has no focus topic, whatever words it shares with one; the
    topic models read words, the relevance model reads what the article is about (non-education news given a topic on
    the test split 4.8 % → 2.2 %, stop 34)."""
    import copy

    import numpy as np

    from nlp.analysis import classify_segmented
    from nlp.relevance import Relevance
    from nlp.segment import segment

    head = segment("Phụ huynh bức xúc vì bị lạm thu đầu năm học") + "\n" + \
        segment("Nhiều khoản thu ngoài quy định được nhà trường đặt ra khiến phụ huynh lo lắng.")
    about = classify_segmented(head, bundle=shipped)
    assert about.topics and about.education >= 0.5
    judged_other = copy.copy(shipped)
    judged_other.relevance = Relevance(np.zeros(len(shipped.names), np.float32), -9.0, shipped.relevance.digest)
    other = classify_segmented(head, bundle=judged_other)
    assert other.education < 0.5 and other.topics == ()
    assert other.sentiment == about.sentiment, "tone is judged as before"
    judged_other.relevance = None  # no relevance model: every article reads as education, topics as before
    assert classify_segmented(head, bundle=judged_other).topics == about.topics


# ------------------------------------------------------------------------------------- the artefact on disk


def _damage(path: Path, how: str) -> None:
    good = path.read_bytes()
    if how == "truncated":  # a `diemnong train` stopped while writing it, or a copy cut short
        path.write_bytes(good[:len(good) // 2])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "missing-key":
        np.savez_compressed(path, weights=np.zeros(3, np.float32), bias=np.float32(0))
    elif how == "lone-array":
        with path.open("wb") as fh:
            np.save(fh, np.zeros(3, np.float32))


@pytest.mark.parametrize("how", ["truncated", "empty", "missing-key", "lone-array"])
def test_a_damaged_relevance_model_is_not_used_and_said_in_the_log_in_vietnamese(
        shipped: models.Bundle, tmp_path: Path, caplog: pytest.LogCaptureFixture, how: str) -> None:
    """A damaged relevance.npz raised from np.load (BadZipFile, EOFError, KeyError) when the models were loaded: every
    classify, ingest and start failed with a traceback. It now reads as no model (every article education)."""
    shipped.relevance.save(tmp_path)
    _damage(tmp_path / ARTEFACT, how)
    with caplog.at_level(logging.WARNING, logger="nlp.relevance"):
        assert Relevance.load(tmp_path, shipped) is None
    said = [r.getMessage() for r in caplog.records if r.name == "nlp.relevance"]
    assert len(said) == 1 and "mô hình độ liên quan giáo dục" in said[0] and "hỏng" in said[0], said


def test_a_missing_relevance_model_is_silent_and_one_for_another_bundle_says_it_is_not_used(
        shipped: models.Bundle, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="nlp.relevance"):
        assert Relevance.load(tmp_path, shipped) is None
    assert [r for r in caplog.records if r.name == "nlp.relevance"] == []
    replace(shipped.relevance, digest="0" * 16).save(tmp_path)
    with caplog.at_level(logging.WARNING, logger="nlp.relevance"):
        assert Relevance.load(tmp_path, shipped) is None
    said = [r.getMessage() for r in caplog.records if r.name == "nlp.relevance"]
    assert len(said) == 1 and "bộ mô hình khác" in said[0] and "không dùng" in said[0], said
    shipped.relevance.save(tmp_path)
    assert Relevance.load(tmp_path, shipped).digest == shipped.relevance.digest


def test_classify_with_a_damaged_relevance_model_reads_every_article_as_education_without_a_traceback(
        shipped: models.Bundle, tmp_path: Path) -> None:
    models_dir = tmp_path / "models"
    models_dir.mkdir()
    for part in MODELS_DIR.iterdir():
        if part.name != ARTEFACT:
            (models_dir / part.name).symlink_to(part)
    (models_dir / ARTEFACT).write_bytes(b"")
    (tmp_path / "in.jsonl").write_text(json.dumps({"title": GOLD[0], "summary": GOLD[1]}, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    env = {**os.environ, "DIEMNONG_HOME": str(tmp_path / "home"), "DIEMNONG_NLP_MODELS": str(models_dir),
           "DIEMNONG_NLP_WORKERS": "1", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "diemnong", "classify", "--input", str(tmp_path / "in.jsonl"),
                           "--output", str(tmp_path / "out.jsonl")], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=600)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert "mô hình độ liên quan giáo dục" in proc.stderr and "hỏng" in proc.stderr
    assert json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["education"] == 1.0


def test_a_relevance_model_saved_on_a_full_disk_leaves_the_old_one_whole(shipped: models.Bundle, tmp_path: Path) -> None:
    """save wrote relevance.npz in place: a full disk (here a file-size limit) left half a zip, which every later load
    read as damaged. It now writes a temporary file beside it and renames it over the old one only when whole."""
    shipped.relevance.save(tmp_path)
    before = (tmp_path / ARTEFACT).read_bytes()
    script = ("import sys; from pathlib import Path; from dataclasses import replace; from nlp import bundle\n"
              "rel = bundle.shipped().relevance\n"
              "try:\n    replace(rel, bias=rel.bias + 1).save(Path(sys.argv[1]))\nexcept OSError as exc:\n"
              "    print('refused', exc.errno)\n")
    proc = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "DIEMNONG_NLP_MODELS": str(MODELS_DIR), "PYTHONPATH": str(ROOT)}, cwd=ROOT,
                          preexec_fn=fsize_limit(len(before) // 3))
    assert proc.returncode == 0 and "refused" in proc.stdout, proc.stdout + proc.stderr
    assert (tmp_path / ARTEFACT).read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == [ARTEFACT]
