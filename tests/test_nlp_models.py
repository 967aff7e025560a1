"""The trained models: the shipped bundle, the classify contract with it, training, and measured quality."""
from __future__ import annotations

import json
import time
import warnings
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from diemnong.domain import SENTIMENTS
from nlp import bundle as models
from nlp.analysis import _BASELINE, analyse, classify_segmented
from nlp.corpus import Label
from nlp.features import Featurizer
from nlp.bundle import MODELS_DIR, Bundle, ModelError, blend, neighbour_votes
from nlp.normalize import tidy
from nlp.segment import segment
from nlp.train import Data, TrainConfig, Trainer, to_bundle

NEGATIVE_STORY = ("Phụ huynh bức xúc vì trường thu sai quy định hàng chục khoản đầu năm học",
                  "Nhiều phụ huynh phản ánh tình trạng lạm thu, nhà trường bị thanh tra kết luận vi phạm.")
SPORT_STORY = ("Manchester United thắng đậm trên sân nhà", "Đội bóng của HLV Mourinho ghi ba bàn trong hiệp hai.")


def test_shipped_bundle_is_small_and_records_its_provenance(shipped: Bundle) -> None:
    size = sum(p.stat().st_size for p in MODELS_DIR.iterdir() if p.is_file())
    assert size < 30_000_000
    assert shipped.weights.shape == (len(shipped.vocabulary), 20)
    assert len(shipped.topic_thresholds) == 16 and 0 < shipped.gate_threshold < 1 and 0 < shipped.negative_threshold < 1
    meta = json.loads((MODELS_DIR / "metadata.json").read_text(encoding="utf-8"))
    assert {"numpy", "scikit-learn", "underthesea"} <= set(meta["libraries"]) and meta["trained_at"]
    card = (MODELS_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert card.count("<!-- figures -->") == card.count("<!-- /figures -->") == 1
    figures = card[card.index("<!-- figures -->"):]
    # one table for the headline test split, two for the held-out full-length articles (all, and by kind)
    assert figures.count("| topics micro-F1 |") == 3 and "### Held-out full-length articles" in figures
    assert "| metric | education sections (" in figures


def test_classify_contract_with_trained_models(shipped: Bundle) -> None:
    for title, lead in (NEGATIVE_STORY, SPORT_STORY):
        c = analyse(title, lead).classification
        assert set(c.topics) <= set(range(1, 17)) and len(c.topics) <= 3
        assert set(c.topic_scores) == set(range(1, 17)) and all(0 <= v <= 1 for v in c.topic_scores.values())
        assert c.sentiment in SENTIMENTS and set(c.sentiment_scores) == set(SENTIMENTS)
        assert abs(sum(c.sentiment_scores.values()) - 1) < 1e-3
        assert set(c.explanations) == {f"topic:{t}" for t in c.topics} | {"sentiment"}
    negative = analyse(*NEGATIVE_STORY).classification
    assert negative.sentiment == "negative" and 8 in negative.topics
    assert analyse(*SPORT_STORY).classification.topics == ()


def test_explanations_name_the_terms_that_drove_each_decision(shipped: Bundle) -> None:
    c = analyse(*NEGATIVE_STORY).classification
    assert c.explanations["topic:8"] and all(isinstance(t, str) and "_" not in t for t in c.explanations["topic:8"])
    words = " ".join(c.explanations["topic:8"] + c.explanations["sentiment"])
    assert any(w in words for w in ("thu", "lạm thu", "khoản", "sai", "vi phạm", "bức xúc"))


def test_explanations_leave_out_pairs_the_text_never_says(shipped: Bundle) -> None:
    # The models do not read the province's place names (mask_places), so «xã Vĩnh Thuận Đông, TP Cần Thơ» is read
    # «xã tp»: a pair of words the article never writes side by side, shown as a reason for the tone before.
    c = analyse("Xã Vĩnh Thuận Đông: Nhiều học sinh bỏ học sau sáp nhập",
                "Sau khi sắp xếp đơn vị hành chính, xã Vĩnh Thuận Đông, TP Cần Thơ có hơn 30 học sinh bỏ học.").classification
    terms = [t for ts in c.explanations.values() for t in ts]
    assert c.local and terms and not {"xã tp", "tp có"} & set(terms), terms
    ward = analyse("Cần Thơ: Giáo viên phường Ngã Bảy nhận thưởng Tết",
                   "Phường Ngã Bảy, TP Cần Thơ trao quà Tết cho giáo viên có hoàn cảnh khó khăn.").classification
    assert "phường tp" not in [t for ts in ward.explanations.values() for t in ts], ward.explanations


def test_bundle_scores_equal_scikit_learn_on_the_same_features() -> None:
    """The shipped arrays reproduce the fitted scikit-learn models exactly (head and body weighting too)."""
    data = _toy_data()
    cfg = TrainConfig(negatives=0, idf_unlabelled=False, min_df=1, folds=2, negative_recall=0.5)
    fitted, _ = Trainer(data, cfg, data.ids("train"), log=lambda _m: None).run()
    bundle = to_bundle(fitted, cfg, {})
    heads = [data.seg[i][0] for i in data.ids("train")]
    bodies = ["Hiệu_trưởng bị kỷ_luật vì lạm_thu " * 30, ""] * (len(heads) // 2)
    x = fitted.featurizer.transform(heads, bodies)
    for row, (h, b) in enumerate(zip(heads, bodies)):
        idx, val = bundle.features(h, b)
        dense = np.zeros(x.shape[1], np.float32)
        dense[idx] = val
        assert np.allclose(dense, x[row].toarray().ravel(), atol=1e-6)
        raw = bundle.scores(idx, val)
        assert np.isclose(1 / (1 + np.exp(-raw[0])), fitted.topics.gate.predict_proba(x[row])[0, 1], atol=1e-5)
        assert np.allclose(np.exp(raw[17:20]) / np.exp(raw[17:20]).sum(), fitted.tone.predict_proba(x[row])[0], atol=1e-5)


def test_neighbour_votes_weigh_the_k_most_similar_items_by_cosine_squared() -> None:
    labels = np.zeros((4, 16), np.int8)
    labels[0, 7] = labels[1, 7] = labels[1, 3] = 1  # pool: [8], [4, 8], [], [] (the last one too far to count)
    sims = np.array([[0.8, 0.4, 0.2, 0.1]])
    gate, share = neighbour_votes(sims, labels, k=3, power=2.0)
    w = np.array([0.64, 0.16, 0.04])
    assert np.isclose(gate[0], 0.80 / w.sum())  # 0.64 + 0.16 of the three have a topic
    assert np.isclose(share[0, 7], 1.0) and np.isclose(share[0, 3], 0.16 / 0.80) and share[0].sum() > 1
    g, p = blend(np.array([0.2]), np.full((1, 16), 0.1), (gate, share), 0.5)
    assert np.isclose(g[0], 0.1 + gate[0] / 2) and np.isclose(p[0, 7], 0.55)
    gate, share = neighbour_votes(np.array([[0.1, 0.0, 0.9, 0.0]]), labels, k=10, power=1.0)  # k > pool: all of it
    assert np.isclose(gate[0], 0.1) and np.isclose(share[0, 7], 1.0)
    gate, share = neighbour_votes(np.zeros((1, 4)), labels, k=2, power=2.0)  # like nothing in the pool: no say
    assert gate[0] == 0 and not share.any()


def test_the_bundle_hears_the_same_neighbours_as_training() -> None:
    """The bundle's postings give the similarities (and votes) that training's sparse products gave; the
    neighbours move the topic decisions and nothing else."""
    data = _toy_data()
    cfg = TrainConfig(negatives=0, idf_unlabelled=False, min_df=1, folds=2, negative_recall=0.5, knn_k=5)
    trainer = Trainer(data, cfg, data.ids("train"), log=lambda _m: None)
    fitted, _ = trainer.run()
    bundle = to_bundle(fitted, cfg, {})
    assert fitted.pool is not None and bundle.pool_topics is not None and len(bundle.pool_topics) == 40
    heads = ["Phụ_huynh bức_xúc vì trường lạm_thu", "Đội bóng thắng trận", "Giáo_viên đánh học_sinh ở sân"]
    x = fitted.featurizer.transform(heads, [""] * len(heads))
    expected = trainer.votes(x, fitted.pool)
    for row, head in enumerate(heads):
        idx, val = bundle.features(head, "")
        gate, share = bundle.votes(idx, val)
        assert np.isclose(gate, expected[0][row], atol=1e-6) and np.allclose(share, expected[1][row], atol=1e-6)
        raw = bundle.scores(idx, val)
        alone, heard = bundle.decide(raw), bundle.decide(raw, votes=(gate, share))
        assert heard[2:4] == alone[2:4]  # tone untouched
        assert np.isclose(heard[4], (1 - cfg.knn_weight) * alone[4] + cfg.knn_weight * gate)
    lone = replace(cfg, knn_weight=0.0)
    assert to_bundle(fitted, lone, {}).votes(*bundle.features(heads[0], "")) is None


def test_save_load_round_trip_and_version_warning(tmp_path: Path) -> None:
    data = _toy_data()
    cfg = TrainConfig(negatives=0, idf_unlabelled=False, min_df=1, folds=2, negative_recall=0.5)
    said: list[str] = []
    fitted, _ = Trainer(data, cfg, data.ids("train"), log=said.append).run()
    assert [line.split(" trên ")[0] for line in said] == ["  dự đoán chéo (out-of-fold)", "  huấn luyện"], said
    bundle = to_bundle(fitted, cfg, {"trained_at": "now"})
    bundle.save(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = Bundle.load(tmp_path)
    head = data.seg[data.ids("train")[0]][0]
    assert classify_segmented(head, "", again) == classify_segmented(head, "", bundle)
    import joblib

    payload = joblib.load(tmp_path / models.BUNDLE_NAME)
    payload["meta"]["libraries"]["scikit-learn"] = "0.1.0"
    joblib.dump(payload, tmp_path / models.BUNDLE_NAME)
    with pytest.warns(RuntimeWarning, match=r"phiên bản thư viện khác: scikit-learn 0\.1\.0 \(lúc huấn luyện\) ≠ "):
        Bundle.load(tmp_path)
    with pytest.raises(ModelError, match=r"nlp-models\.joblib: chưa có mô hình đã huấn luyện \(chạy `diemnong train`\)$"):
        Bundle.load(tmp_path / "missing")
    payload["format"] = "old"
    joblib.dump(payload, tmp_path / models.BUNDLE_NAME)
    with pytest.raises(ModelError, match=f"mô hình ở định dạng old, không phải {models.FORMAT}; chạy `diemnong train` để "
                                         "huấn luyện lại$"):
        Bundle.load(tmp_path)


def test_without_models_the_seed_phrase_baseline_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("DIEMNONG_NLP_MODELS", str(tmp_path))
    models.shipped.cache_clear()
    try:
        with caplog.at_level("INFO", logger="nlp.bundle"):
            assert models.shipped() is None
        assert f"phân loại chủ đề và sắc thái bằng cách dò cụm từ khóa, không dùng mô hình: {tmp_path}" in caplog.text
        c = analyse("Phụ huynh bức xúc vì lạm thu đầu năm học").classification
        assert 8 in c.topics and c.sentiment == "negative" and c.explanations["topic:8"] == ["lam thu"]
    finally:
        models.shipped.cache_clear()
    head = segment(tidy(NEGATIVE_STORY[0]))
    assert classify_segmented(head, "", _BASELINE).topics == classify_segmented(head.replace("_", " "), "", _BASELINE).topics


def test_a_long_body_does_not_drown_the_headline(shipped: Bundle) -> None:
    """Title + lead about lạm thu; a long body of routine school-year text keeps the topic and tone."""
    body = " ".join(["Năm học mới bắt đầu, các trường tổ chức lễ khai giảng và sinh hoạt đầu năm cho học sinh."] * 60)
    c = analyse(NEGATIVE_STORY[0], NEGATIVE_STORY[1], body).classification
    assert 8 in c.topics and c.sentiment == "negative"


def test_tone_is_read_from_the_title_and_lead_topics_from_the_body_too(shipped: Bundle) -> None:
    """A school-opening story whose body dwells on old complaints: the news, and so the tone, is the opening."""
    head = "\n".join(segment(tidy(p)) for p in ("Trường tiểu học khai giảng năm học mới",
                                                 "Sáng 5/9, hơn 800 học sinh dự lễ khai giảng trong không khí vui tươi."))
    body = segment(tidy(" ".join(["Năm ngoái phụ huynh từng bức xúc vì lạm thu, hiệu trưởng bị kỷ luật vì sai phạm."] * 20)))
    alone, with_body = classify_segmented(head, "", shipped), classify_segmented(head, body, shipped)
    assert with_body.sentiment == alone.sentiment and with_body.sentiment_scores == alone.sentiment_scores
    assert with_body.explanations["sentiment"] == alone.explanations["sentiment"]
    assert with_body.topic_scores != alone.topic_scores, "topics still read the body"


def test_explanations_can_be_skipped_without_changing_any_decision(shipped: Bundle) -> None:
    """`diemnong classify` without --explain skips the terms: every decision and score stays the same."""
    full = analyse(*NEGATIVE_STORY, "Đoàn kiểm tra sẽ làm việc với từng trường.").classification
    quick = analyse(*NEGATIVE_STORY, "Đoàn kiểm tra sẽ làm việc với từng trường.", explain=False).classification
    assert full.explanations and quick.explanations == {}
    assert quick == replace(full, explanations={})


def test_without_a_lead_the_first_paragraph_is_read_as_one(shipped: Bundle) -> None:
    """Title + text alone (a file or feed without a sapo) reads as title + lead + body: the tone comes from
    the first paragraph too, not from the title alone."""
    title, lead = "Thông tin về các khoản thu đầu năm", NEGATIVE_STORY[1]
    body = "Đoàn kiểm tra sẽ làm việc với từng trường trong tháng này."
    given = analyse(title, lead, body).classification
    derived = analyse(title, "", lead + "\n" + body).classification
    assert derived == given
    assert derived != analyse(title, "", "").classification  # the lead changes the reading


def test_underthesea_url_backtracking_is_defused() -> None:
    started = time.monotonic()
    segment(tidy("Xem thêm tại: https://goo.gl/40GakT" + "." * 40 + " và goo.gl/x" + ";:" * 30))
    assert time.monotonic() - started < 2.0


def test_segmentation_is_the_only_tokenisation() -> None:
    """The segmented text with spaces for underscores is underthesea's normalised text: no second pass needed."""
    from underthesea import text_normalize

    text = "Thầy giáo ở Hoà Bình nói: học sinh thuỷ chung, chăm ngoan.\nKhai giảng năm học mới ."
    a = analyse(text)
    assert a.segmented.replace("_", " ").split("\n") == [text_normalize(line) for line in tidy(text).split("\n")]


@pytest.mark.timeout(600)
def test_shipped_models_meet_the_bars_they_claim_on_the_test_split(shared_data: Path, shipped: Bundle, tmp_path: Path) -> None:
    """Re-compute the test-split figures from ../shared/data; they must equal the recorded ones."""
    from nlp.evaluate import BARS, meets
    from nlp.report import evaluate_bundle, extra_locality_seg, test_data

    data = test_data(shared_data, tmp_path, 2, log=lambda _m: None)
    report = evaluate_bundle(shipped, data, extra_locality_seg(shared_data, tmp_path, 2, log=lambda _m: None))
    figures = report["systems"]["model"]["headline"]
    recorded = shipped.meta["metrics"]["headline"]
    for metric in BARS:
        assert figures[metric] == pytest.approx(recorded[metric], abs=1e-9), metric
    claimed = [m for m, ok in shipped.meta["metrics"]["bars_met"].items() if ok]
    assert {"tone negative recall", "locality F1"} <= set(claimed)
    for metric in claimed:
        assert meets(metric, figures[metric]), (metric, figures[metric])
    seed = report["systems"]["seed-phrase baseline"]["headline"]
    assert figures["topics micro-F1"] > seed["topics micro-F1"] + 0.1
    assert figures["tone macro-F1"] > seed["tone macro-F1"] + 0.1
    full, recorded_full = report["fulltext"], shipped.meta["metrics"]["fulltext"]
    assert full["items"] == recorded_full["items"] > 100
    for metric, value in recorded_full["systems"]["model"].items():
        assert full["systems"]["model"][metric] == pytest.approx(value, abs=1e-9), metric
    assert full["systems"]["model"]["topics micro-F1"] > full["systems"]["seed-phrase baseline"]["topics micro-F1"]


def test_full_length_labels_have_one_committed_split_that_keeps_near_duplicates_together() -> None:
    """fulltext-split.tsv covers exactly the labelled full-length articles, a third held out, groups whole."""
    from nlp.corpus import FULLTEXT_SPLIT, LABELS_DIR, fulltext_label_files, read_jsonl

    files = fulltext_label_files()
    labelled = [r["id"] for p in files for r in read_jsonl(p)]
    rows = [line.split("\t") for line in (LABELS_DIR / FULLTEXT_SPLIT).read_text(encoding="utf-8").splitlines()[1:]]
    assert len(set(labelled)) == len(labelled) >= 400 and {r[0] for r in rows} == set(labelled)
    assert 0.28 < sum(r[1] == "test" for r in rows) / len(rows) < 0.38
    splits_of_group: dict[str, set[str]] = {}
    for _, split, group in rows:
        splits_of_group.setdefault(group, set()).add(split)
    assert all(len(s) == 1 for s in splits_of_group.values())
    for p in files:
        second = {r["id"] for r in read_jsonl(p.with_name(p.stem + "-second-annotator.jsonl"))}
        assert second and second <= {r["id"] for r in read_jsonl(p)}


def test_the_shipped_models_trained_on_the_train_part_of_the_chosen_full_length_rounds_only() -> None:
    """Held-out articles and the rounds left out of training (TrainConfig.fulltext_rounds) never fit the models."""
    from nlp.corpus import FULLTEXT_SPLIT, LABELS_DIR, fulltext_round

    rounds = fulltext_round()
    rows = [line.split("\t") for line in (LABELS_DIR / FULLTEXT_SPLIT).read_text(encoding="utf-8").splitlines()[1:]]
    trainable = [i for i, split, _ in rows if split == "train" and rounds[i] in TrainConfig().fulltext_rounds]
    meta = json.loads((MODELS_DIR / "metadata.json").read_text(encoding="utf-8"))
    assert meta["fulltext_items"] == len(trainable) < sum(r[1] == "train" for r in rows)
    assert set(TrainConfig().fulltext_rounds) < {p for p in set(rounds.values())}


@pytest.mark.timeout(300)
def test_smoke_training_on_a_small_subset(shared_data: Path, tmp_path: Path) -> None:
    from nlp.train import train

    report = train(shared_data, tmp_path / "m", TrainConfig(folds=3), cache=tmp_path / "cache", workers=2, limit=240,
                   log=lambda _m: None)
    bundle = Bundle.load(tmp_path / "m")
    assert report["test_items"] > 20 and 0 < report["systems"]["model"]["headline"]["topics micro-F1"] <= 1
    c = classify_segmented(segment(tidy(NEGATIVE_STORY[0])), "", bundle)
    assert c.sentiment in SENTIMENTS and set(c.topic_scores) == set(range(1, 17))


def _toy_data() -> Data:
    """A tiny labelled set in segmented form: fees/negative, exams/neutral, awards/positive, sport/none."""
    kinds = [
        ("Phụ_huynh bức_xúc vì trường lạm_thu đầu năm học", (8,), "negative"),
        ("Thí_sinh dự thi tốt_nghiệp THPT quốc_gia đúng lịch", (3,), "neutral"),
        ("Học_sinh đạt giải nhất olympic và được khen_thưởng", (3,), "positive"),
        ("Đội bóng thắng trận trên sân nhà", (), "neutral"),
        ("Giáo_viên bị kỷ_luật vì đánh học_sinh", (4, 10), "negative"),
    ]
    seg, labels, split, origin = {}, {}, {}, {}
    for n in range(40):
        text, topics, tone = kinds[n % len(kinds)]
        i = f"t{n}"
        seg[i] = (f"{text} số {n}", "")
        labels[i] = Label(topics, tone, False)
        split[i] = "train"
        origin[i] = "baomoi_education.jsonl"
    return Data(seg=seg, labels=labels, split=split, origin=origin, groups={i: k for k, i in enumerate(seg)})


def test_featurizer_reads_segmented_words_and_syllables() -> None:
    fz = Featurizer(min_df=1).fit(["học_phí tăng mạnh", "lạm_thu đầu năm"])
    names = set(fz.names)
    assert {"w:học_phí", "w:học_phí tăng", "s:học", "s:học phí"} <= names


def test_demo_rows_train_the_models_but_not_the_thresholds(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo's modern texts are training rows; the decision rules are tuned on the Baomoi rows alone,
    and the out-of-fold figures reported are those of the Baomoi rows."""
    from nlp import train as tr
    from nlp.corpus import DEMO_ORIGIN

    data = _toy_data()
    for n in range(10):
        i = f"demo-{n}"
        data.seg[i] = (f"Phụ_huynh phản_ánh khoản thu đầu năm ở trường số {n}", "Nhà_trường trả lại tiền " * 5)
        data.labels[i], data.split[i], data.origin[i], data.groups[i] = Label((8,), "negative", False), "train", DEMO_ORIGIN, 100 + n
    seen: dict[str, int] = {}
    tune_topics, tune_tone = tr.tune_topic_thresholds, tr.tune_negative_threshold
    monkeypatch.setattr(tr, "tune_topic_thresholds", lambda g, p, y, cap: seen.setdefault("topics", len(y)) and tune_topics(g, p, y, cap))
    monkeypatch.setattr(tr, "tune_negative_threshold", lambda p, y, r: seen.setdefault("tone", len(y)) and tune_tone(p, y, r))
    cfg = TrainConfig(negatives=0, idf_unlabelled=False, min_df=1, folds=2, negative_recall=0.5)
    ids = data.ids("train")
    fitted, oof = Trainer(data, cfg, ids, log=lambda _m: None).run()
    assert seen == {"topics": 40, "tone": 40}, "thresholds see the 40 Baomoi rows, not the 10 demo rows"
    assert "khoản" in " ".join(fitted.featurizer.names), "the demo rows' words are in the vocabulary"
    assert len(oof["topics"]) == 50
    summary = tr._oof_summary(data, ids, oof)
    baomoi = [k for k, i in enumerate(ids) if not i.startswith("demo-")]
    only = tr._oof_summary(data, [ids[k] for k in baomoi], {n: [v[k] for k in baomoi] for n, v in oof.items()})
    assert summary == only


def test_demo_stream_is_labelled_and_grouped_by_story() -> None:
    from nlp.corpus import DEMO_ORIGIN, demo_items

    items, labels, story = demo_items()
    assert len(items) == len(labels) == len(story) == len({i.id for i in items}) > 500
    assert all(i.origin == DEMO_ORIGIN and i.title and i.text for i in items)
    by_body: dict[str, set[str]] = {}
    for i in items:
        by_body.setdefault(i.text[:200], set()).add(story[i.id])
    assert all(len(keys) == 1 or all(k.startswith("planted-") for k in keys) for keys in by_body.values()), \
        "headlines of one story share a key"
    assert {k for k in story.values() if k.startswith("planted-")} == {"planted-a", "planted-b", "planted-c", "planted-d"}


def test_the_provinces_own_place_names_do_not_move_topics_or_tone(shipped: Bundle) -> None:
    """Whether a story is local is locality's question; topics and tone read the same for each of the province's
    own places, so local news outside education is not pulled towards a topic by the place it names."""
    stories = [("Tài xế dùng tiền lẻ phản đối trạm thu phí BOT ở {}", ""),
               ("Phụ huynh ở {} bức xúc vì khoản thu đầu năm học", "Nhiều khoản thu ngoài quy định được trường đưa ra.")]
    for title, lead in stories:
        read = [analyse(title.format(place), lead).classification
                for place in ("Phụng Hiệp", "Hậu Giang", "Vị Thanh", "Ngã Bảy", "Vị Thủy", "Cần Thơ")]
        assert all((c.topics, c.topic_scores, c.sentiment_scores) == (read[0].topics, read[0].topic_scores,
                                                                     read[0].sentiment_scores) for c in read)
    assert analyse(stories[1][0].format("Phụng Hiệp"), stories[1][1]).classification.local


def test_written_modern_items_are_labelled_by_the_guide_and_kept_apart_from_the_held_out_modern_set() -> None:
    import json
    import unicodedata

    from nlp.corpus import WRITTEN_ORIGIN, written_items
    from nlp.train import EXTRA_ORIGINS

    items, labels = written_items()
    assert len(items) == len(labels) == len({i.id for i in items}) >= 490
    assert WRITTEN_ORIGIN in EXTRA_ORIGINS, "thresholds are tuned on the Baomoi rows, not on these"
    for i in items:
        lab = labels[i.id]
        assert i.origin == WRITTEN_ORIGIN and i.title and i.summary
        assert unicodedata.is_normalized("NFC", i.title + i.summary)
        assert set(lab.topics) <= set(range(1, 17)) and len(lab.topics) <= 3 and lab.sentiment in ("negative", "neutral", "positive")
    held_out = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "modern-blind.jsonl"
    blind = {json.loads(line)["title"] for line in held_out.open(encoding="utf-8")}
    assert not blind & {i.title for i in items}, "no held-out modern title is a training row"
