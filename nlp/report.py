"""Score a model bundle on the held-out test split (and on full-length articles), against baselines.

Used by ``diemnong train`` (after fitting) and ``diemnong evaluate`` (on the shipped models); the
model card is written from the same figures.
"""
from __future__ import annotations

import functools
import json
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Sequence

from diemnong.domain import local_time
from diemnong.text import decimal, number
from nlp.corpus import (FULLTEXT_ORIGIN, FULLTEXT_OTHER_SECTIONS, FULLTEXT_TEST, LABELS_DIR, baomoi_items, fulltext_round,
                        fulltext_split, load_fulltext, load_labels, load_split, read_jsonl, require_shared, vntc_items)
from nlp.evaluate import BARS, headline, locality_metrics, meets, table, tone_metrics, topic_metrics, vietnamese
from nlp.bundle import Bundle

Log = Callable[[str], None]
NAIVE_PLACES = ("Hậu Giang", "Vị Thanh", "Ngã Bảy", "Long Mỹ", "Phụng Hiệp", "Vị Thủy", "Vị Thuỷ", "Châu Thành A")


def naive_local(flat: str) -> bool:
    """The gazetteer-mention baseline: any of the province's district-level names, case-sensitive."""
    return any(n in flat for n in NAIVE_PLACES)


def predictions(bundle: Any, seg: dict[str, tuple[str, str]], ids: Sequence[str]) -> dict[str, list]:
    """Topics, tone and locality of each id as analyse() gives them (bundle, or the baseline sentinel)."""
    from nlp.analysis import classify_segmented

    out: dict[str, list] = {"topics": [], "tone": [], "local": []}
    for i in ids:
        c = classify_segmented(*seg[i], bundle=bundle)
        out["topics"].append(c.topics)
        out["tone"].append(c.sentiment)
        out["local"].append(c.local)
    return out


def locality_extra(labels_dir: Path = LABELS_DIR) -> dict[str, tuple[bool, str]]:
    """Locality-only labels (id → (local, split)) of extra items chosen for their place names."""
    path = labels_dir / "locality-extra.jsonl"
    if not path.is_file():
        return {}
    return {r["id"]: (bool(r["local"]), r["split"]) for r in read_jsonl(path)}


def evaluate_bundle(bundle: Bundle, data: Any, extra_seg: dict[str, tuple[str, str]] | None = None) -> dict:
    """Test-split figures of the model, the seed-phrase baseline and the majority class."""
    from nlp.analysis import _BASELINE

    ids = data.ids("test")
    gold = [data.labels[i] for i in ids]
    non_edu = [data.origin.get(i) != "baomoi_education.jsonl" and not data.labels[i].topics for i in ids]
    fit_tones = Counter(data.labels[i].sentiment for i in data.ids("train", "dev"))
    majority_tone = fit_tones.most_common(1)[0][0] if fit_tones else "neutral"
    flat = {i: "\n".join(data.seg[i]).replace("_", " ") for i in ids}
    systems = {
        "model": predictions(bundle, data.seg, ids),
        "seed-phrase baseline": predictions(_BASELINE, data.seg, ids),
        "majority class": {"topics": [()] * len(ids), "tone": [majority_tone] * len(ids), "local": [False] * len(ids)},
    }
    systems["seed-phrase baseline"]["local"] = [naive_local(flat[i]) for i in ids]
    loc_ids, loc_gold = list(ids), [g.local for g in gold]
    extra = {i: v for i, v in locality_extra().items() if v[1] == "test" and extra_seg and i in extra_seg}
    report: dict[str, Any] = {"test_items": len(ids), "locality_items": len(loc_ids) + len(extra), "systems": {}}
    for name, pred in systems.items():
        local_pred = list(pred["local"])
        for i in extra:
            if name == "model":
                local_pred.append(predictions(bundle, extra_seg, [i])["local"][0])  # type: ignore[arg-type]
            elif name == "seed-phrase baseline":
                local_pred.append(naive_local("\n".join(extra_seg[i]).replace("_", " ")))  # type: ignore[index]
            else:
                local_pred.append(False)
        t = topic_metrics([g.topics for g in gold], pred["topics"], non_edu)
        s = tone_metrics([g.sentiment for g in gold], pred["tone"])
        loc = locality_metrics(loc_gold + [v[0] for v in extra.values()], local_pred)
        report["systems"][name] = {"topics": t, "tone": s, "locality": loc, "headline": headline(t, s, loc)}
    report["table"] = table({n: v["headline"] for n, v in report["systems"].items()})
    report["bars_met"] = {m: meets(m, report["systems"]["model"]["headline"][m]) for m in BARS}
    report["fulltext"] = fulltext_figures(bundle, data)
    return report


def fulltext_figures(bundle: Bundle, data: Any) -> dict | None:
    """The held-out third of the labelled full-length articles (never trained or tuned on): model, seed-phrase
    baseline and majority class; None when there are none."""
    from nlp.analysis import _BASELINE

    ids = data.ids(FULLTEXT_TEST)
    if not ids:
        return None
    gold = [data.labels[i] for i in ids]
    tones = Counter(data.labels[i].sentiment for i in data.ids("train", "dev"))
    majority = tones.most_common(1)[0][0] if tones else "neutral"
    systems = {"model": predictions(bundle, data.seg, ids), "seed-phrase baseline": predictions(_BASELINE, data.seg, ids),
               "majority class": {"topics": [()] * len(ids), "tone": [majority] * len(ids)}}
    out: dict[str, Any] = {"items": len(ids), "systems": {}}
    for name, pred in systems.items():
        t = topic_metrics([g.topics for g in gold], pred["topics"], [False] * len(ids))
        s = tone_metrics([g.sentiment for g in gold], pred["tone"])
        out["systems"][name] = {k: v for k, v in headline(t, s, locality_metrics([], [])).items()
                                if "locality" not in k and "non-education" not in k}
        if name == "model":
            out["per_topic"] = {k: round(v["f1"], 3) for k, v in t["per_topic"].items()}
    out["table"] = table(out["systems"])
    # the model per kind of article: VNTC's education sections (rounds 4-5) and other sections that mention schooling (6)
    rounds = fulltext_round()
    kinds = {"education sections": [i for i in ids if rounds.get(i) not in FULLTEXT_OTHER_SECTIONS],
             "other sections": [i for i in ids if rounds.get(i) in FULLTEXT_OTHER_SECTIONS]}
    pred = dict(zip(ids, zip(systems["model"]["topics"], systems["model"]["tone"])))
    out["by_kind"] = {}
    for kind, some in kinds.items():
        if some:
            t = topic_metrics([data.labels[i].topics for i in some], [pred[i][0] for i in some], [False] * len(some))
            s = tone_metrics([data.labels[i].sentiment for i in some], [pred[i][1] for i in some])
            out["by_kind"][f"{kind} ({len(some)})"] = {k: v for k, v in headline(t, s, locality_metrics([], [])).items()
                                                       if "locality" not in k and "non-education" not in k}
    if out["by_kind"]:
        out["by_kind_table"] = table(out["by_kind"])
    return out


def long_articles(bundle: Bundle, shared: Path, cache: Path | None, workers: int, log: Log = print) -> dict:
    """Full-length VNTC articles: topic rate on non-education news, and head-only vs full-text agreement."""
    from nlp.train import segment_items

    base = shared / "vntc-27topics-test-education"
    trained = {i for i, (split, _) in fulltext_split().items() if split == "train"}  # the texts are not needed here
    edu = [i for i in vntc_items(base / "education_full.jsonl") if i.category == "Giao duc" and i.id not in trained]
    other = list(vntc_items(base / "other_topics_sample.jsonl"))
    seg = segment_items(edu + other, cache, workers, log)
    full = predictions(bundle, seg, [i.id for i in other])
    rate = sum(bool(t) for t in full["topics"]) / max(1, len(other))
    by_cat = Counter(i.category for i, t in zip(other, full["topics"]) if t)
    whole = predictions(bundle, seg, [i.id for i in edu])
    heads = predictions(bundle, {i.id: (seg[i.id][0], "") for i in edu}, [i.id for i in edu])
    same_topics = sum(a == b for a, b in zip(whole["topics"], heads["topics"])) / max(1, len(edu))
    overlap = sum(bool(set(a) & set(b)) or (not a and not b) for a, b in zip(whole["topics"], heads["topics"])) / max(1, len(edu))
    same_tone = sum(a == b for a, b in zip(whole["tone"], heads["tone"])) / max(1, len(edu))
    any_topic = sum(bool(t) for t in whole["topics"]) / max(1, len(edu))
    return {
        "non_education_articles": len(other), "non_education_rate": round(rate, 4),
        "non_education_with_topic_by_category": dict(by_cat.most_common()),
        "education_articles": len(edu), "education_any_topic_full": round(any_topic, 4),
        "education_any_topic_head_only": round(sum(bool(t) for t in heads["topics"]) / max(1, len(edu)), 4),
        "head_vs_full_same_topics": round(same_topics, 4), "head_vs_full_overlapping_topics": round(overlap, 4),
        "head_vs_full_same_tone": round(same_tone, 4),
        "median_chars": sorted(len(i.text) for i in edu + other)[len(edu + other) // 2],
    }


def card_tables(report: dict) -> str:
    """Markdown of the figures: bars, per-topic, per-tone, locality."""
    model = report["systems"]["model"]
    lines = ["### Bars on the held-out test split", "", report["table"], ""]
    t = model["topics"]
    lines += ["### Topics, per topic (test split)", "", "| topic | precision | recall | F1 | test items |", "|---:|---:|---:|---:|---:|"]
    for k, v in t["per_topic"].items():
        lines.append(f"| {k} | {v['precision']:.2f} | {v['recall']:.2f} | {v['f1']:.2f} | {v['support']} |")
    lines += ["", f"Macro-F1 is over topics {', '.join(map(str, t['macro_topics']))} (≥ 10 test items); "
              f"non-education rate over {t['non_education_n']} non-education test items.", ""]
    s = model["tone"]
    lines += ["### Tone (test split)", "", "| tone | precision | recall | F1 | test items |", "|---|---:|---:|---:|---:|"]
    for k, v in s["per_tone"].items():
        lines.append(f"| {k} | {v['precision']:.2f} | {v['recall']:.2f} | {v['f1']:.2f} | {v['support']} |")
    loc = model["locality"]
    lines += ["", f"Locality: precision {loc['precision']:.3f}, recall {loc['recall']:.3f}, F1 {loc['f1']:.3f} over "
              f"{loc['n']} items ({loc['positives']} about Hậu Giang).", ""]
    return "\n".join(lines)


def experiments_markdown(out: Path) -> str:
    """The ablation tables written by ``nlp.experiments``."""
    from nlp.experiments import markdown

    return markdown(json.loads((out / "experiments.json").read_text(encoding="utf-8")))


def write_card(out: Path, meta: dict, report: dict) -> Path:
    """Fill nlp/models/MODEL_CARD.md's figures section from a report, keeping the hand-written text."""
    path = out / "MODEL_CARD.md"
    template = (Path(__file__).resolve().parent / "models" / "MODEL_CARD.md")
    text = template.read_text(encoding="utf-8") if template.is_file() else "# Model card\n\n<!-- figures -->\n<!-- /figures -->\n"
    libs = ", ".join(f"{k} {v}" for k, v in meta.get("libraries", {}).items())
    figures = "\n".join([
        "<!-- figures -->",
        f"Trained {meta.get('trained_at', '?')} on {meta.get('fit_items', '?')} labelled items (train + dev"
        f"{', of them %d demo items' % meta['demo_items'] if meta.get('demo_items') else ''}"
        f"{', %d modern items written for the project' % meta['written_items'] if meta.get('written_items') else ''}"
        f"{' and %d full-length VNTC articles' % meta['fulltext_items'] if meta.get('fulltext_items') else ''}), "
        f"{meta.get('negatives', 0)} unlabelled non-education items (other-topic news, jobs news without education words) as negatives; labels digest `{meta.get('labels', '?')}`; "
        f"{libs or 'library versions in metadata.json'}. Training took {report.get('train_seconds', '?')} s.",
        "",
        card_tables(report),
        *(["### Held-out full-length articles", "", f"The test third of the labelled full-length VNTC articles "
           f"({report['fulltext']['items']} items, `fulltext-split.tsv`), never trained or tuned on:", "",
           report["fulltext"]["table"], "", "The model on each kind of article (VNTC's education sections; its other sections, "
           "articles that mention schooling):", "", report["fulltext"].get("by_kind_table", ""), ""]
          if report.get("fulltext") else []),
        *(["### Full-length articles", "", long_text(report["long_articles"]), ""] if "long_articles" in report else []),
        *(["### Does unlabelled or external data help? (dev split)", "", experiments_markdown(out), ""]
          if (out / "experiments.json").is_file() else []),
        "<!-- /figures -->",
    ])
    start, end = text.find("<!-- figures -->"), text.find("<!-- /figures -->")
    text = text[:start] + figures + text[end + len("<!-- /figures -->"):] if start >= 0 and end > start else text + "\n" + figures + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def test_data(shared: Path, cache: Path | None, workers: int, log: Log = print) -> Any:
    """Segmented test items (and the locality-only extra items) with their labels, for evaluate."""
    from nlp.train import Data, segment_items

    labels, split = load_labels(), load_split()
    wanted = {i for i, s in split.items() if s in ("test", "train", "dev")}
    items = {i.id: i for i in baomoi_items(require_shared(shared)) if i.id in wanted}
    test_items = [items[i] for i in sorted(items) if split[i] == "test"]
    full, full_labels, full_split, _ = load_fulltext(shared)
    held_out = [i for i in full if full_split[i.id] == "test"]
    labels = {**labels, **{i.id: full_labels[i.id] for i in held_out}}
    split = {**split, **{i.id: FULLTEXT_TEST for i in held_out}}
    seg = segment_items(test_items + held_out, cache, workers, log)
    origin = {**{i.id: i.origin for i in items.values()}, **{i.id: FULLTEXT_ORIGIN for i in held_out}}
    return Data(seg=seg, labels=labels, split=split, origin=origin)


def extra_locality_seg(shared: Path, cache: Path | None, workers: int, log: Log = print) -> dict[str, tuple[str, str]]:
    """Segmented texts of the locality-only extra items (Baomoi and VNTC)."""
    from nlp.train import segment_items

    extra = locality_extra()
    if not extra:
        return {}
    pool = [i for i in baomoi_items(shared) if i.id in extra]
    for path in [shared / "vntc-27topics-test-education" / f for f in ("education_full.jsonl", "other_topics_sample.jsonl")] + \
                [shared / "vntc-10topics-sample" / f for f in ("test_full_sample.jsonl", "train_full_sample.jsonl")]:
        if path.is_file():
            pool += [i for i in vntc_items(path) if i.id in extra]
    return segment_items(pool, cache, workers, log)


def long_text(figures: dict) -> str:
    """The full-length checks as a few lines of Markdown."""
    return "\n".join([
        f"- non-education VNTC articles (25 categories, {figures['non_education_articles']}, median {figures['median_chars']} characters) "
        f"given a topic: {figures['non_education_rate']:.1%} (by category: {figures['non_education_with_topic_by_category']})",
        f"- VNTC education articles ({figures['education_articles']}) with a topic: {figures['education_any_topic_full']:.1%} "
        f"from the full text, {figures['education_any_topic_head_only']:.1%} from the title (and lead, where the item has one) alone",
        f"- same topics from the full text as from the title (and lead) alone: {figures['head_vs_full_same_topics']:.1%} "
        f"(overlapping: {figures['head_vs_full_overlapping_topics']:.1%}); same tone: {figures['head_vs_full_same_tone']:.1%}",
    ])


# VNTC's section names (its folders: «The gioi tre», «Hinh su») as the newspapers wrote them, for `diemnong evaluate`
VNTC_SECTIONS = {
    "Am nhac": "Âm nhạc", "Am thuc": "Ẩm thực", "Bat dong san": "Bất động sản", "Bong da": "Bóng đá",
    "Chung khoan": "Chứng khoán", "Cum ga": "Cúm gà", "Cuoc song do day": "Cuộc sống đó đây", "Du hoc": "Du học",
    "Du lich": "Du lịch", "Duong vao WTO": "Đường vào WTO", "Gia dinh": "Gia đình", "Giai tri tin hoc": "Giải trí tin học",
    "Giao duc": "Giáo dục", "Gioi tinh": "Giới tính", "Hackers va Virus": "Hackers và Virus", "Hinh su": "Hình sự",
    "Khong gian song": "Không gian sống", "Kinh doanh quoc te": "Kinh doanh quốc tế", "Lam dep": "Làm đẹp",
    "Loi song": "Lối sống", "Mua sam": "Mua sắm", "My thuat": "Mỹ thuật", "San khau dien anh": "Sân khấu điện ảnh",
    "San pham tin hoc moi": "Sản phẩm tin học mới", "Tennis": "Tennis", "The gioi tre": "Thế giới trẻ",
    "Thoi trang": "Thời trang",
}


def percent(share: float) -> str:
    """A share as Vietnamese writes it, to one decimal as long_text's: 1,9%."""
    return f"{decimal(share * 100)}%"


def long_text_vi(figures: dict) -> str:
    """The full-length checks as `diemnong evaluate` prints them (long_text's figures, in Vietnamese: 3.586 bài, 1,9%)."""
    f = figures
    by_category = ", ".join(f"{VNTC_SECTIONS.get(name, name)} {number(n)}"
                            for name, n in f["non_education_with_topic_by_category"].items())
    return "\n".join([
        f"- bài VNTC ngoài giáo dục (25 mục, {number(f['non_education_articles'])} bài, trung vị {number(f['median_chars'])} "
        f"ký tự) bị gán chủ đề: {percent(f['non_education_rate'])} (theo mục: {by_category or 'không có'})",
        f"- bài VNTC mục Giáo dục ({number(f['education_articles'])} bài) có chủ đề: {percent(f['education_any_topic_full'])} "
        f"khi đọc toàn văn, {percent(f['education_any_topic_head_only'])} khi chỉ đọc tiêu đề (và sa-pô, nếu bài có)",
        f"- bài Giáo dục cho cùng các chủ đề khi đọc toàn văn và khi chỉ đọc tiêu đề (và sa-pô): "
        f"{percent(f['head_vs_full_same_topics'])} (có chủ đề chung: {percent(f['head_vs_full_overlapping_topics'])}); "
        f"cùng sắc thái: {percent(f['head_vs_full_same_tone'])}",
    ])


def local_when(stamp: Any) -> str:
    """A bundle's trained_at (ISO, in UTC) as the office reads it: «09:27 ngày 27/11/2026» (Asia/Ho_Chi_Minh);
    anything else as it is written."""
    try:
        when = local_time(datetime.fromisoformat(str(stamp)))
    except ValueError:
        return str(stamp)
    return f"{when:%H:%M} ngày {when:%d/%m/%Y}"


def evaluate_text(meta: dict, report: dict) -> str:
    """What `diemnong evaluate` prints, in Vietnamese: the test-split table, the held-out full-length articles' tables
    and, when they were run, the full-length checks; the same figures as the report's (English) tables, which keep
    their 0.792 style beside the English ones, the sentences in Vietnamese number style."""
    vi = functools.partial(table, words=vietnamese)
    lines = [f"Mô hình huấn luyện lúc {local_when(meta.get('trained_at', '?'))}; bộ nhãn {meta.get('labels', '?')}; "
             f"phần kiểm tra: {number(report['test_items'])} bài ({number(report['locality_items'])} bài khi xét địa phương).", "",
             vi({name: system["headline"] for name, system in report["systems"].items()})]
    full = report["fulltext"]
    if full:
        lines += ["", f"Bài toàn văn để riêng (VNTC, {number(full['items'])} bài chưa từng dùng để huấn luyện):",
                  vi(full["systems"]), "", "Mô hình theo loại bài:", vi(full["by_kind"]) if full["by_kind"] else ""]
    if "long_articles" in report:
        lines += ["", "Bài toàn văn (VNTC):", long_text_vi(report["long_articles"])]
    return "\n".join(lines)


def evaluate_shipped(bundle: Bundle, shared: Path, cache: Path | None, workers: int, full_length: bool = True,
                     log: Log = print) -> dict:
    """What `diemnong evaluate` prints: the test-split table and, optionally, the full-length checks."""
    data = test_data(require_shared(shared), cache, workers, log)
    report = evaluate_bundle(bundle, data, extra_locality_seg(shared, cache, workers, log))
    if full_length:
        log("Kiểm tra trên các bài toàn văn (VNTC)…")
        report["long_articles"] = long_articles(bundle, shared, cache, workers, log)
    report["text"] = evaluate_text(bundle.meta, report)
    return report
