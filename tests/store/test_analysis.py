"""The Vietnamese analysis chain of the Elasticsearch store, as data (analysis_cases.yaml).

Against a real server (ELASTICSEARCH_URL) every case goes through `_analyze` on an index made with
the store's analysis settings. Without one, the cases are checked for agreement with the query side:
the folded token at each position must be what diemnong.text.fold makes of the original, because the
store searches with folded words.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

from diemnong.text import fold
from store.elasticsearch import ANALYSIS
from tests.store.conftest import ES_URL, NO_SERVER, RUN_ID

CASES = yaml.safe_load((Path(__file__).parent / "analysis_cases.yaml").read_text(encoding="utf-8"))


def ids(case: dict) -> str:
    return f"{case['analyzer']}:{case['text'][:24]}"


def test_cases_cover_every_analyzer() -> None:
    assert {c["analyzer"] for c in CASES} == set(ANALYSIS["analyzer"])


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_case_agrees_with_the_query_folding(case: dict) -> None:
    text = unicodedata.normalize("NFC", case["text"])
    words = text.split() if case["analyzer"] != "vi_folded" else None
    for i, position in enumerate(case["tokens"]):
        tokens = [str(t) for t in position]
        ascii_tokens = [t for t in tokens if t.isascii()]
        assert ascii_tokens, f"position {i}: no folded token in {tokens}"
        for t in tokens:
            assert fold(t) in ascii_tokens, f"position {i}: {t!r} folds to {fold(t)!r}, not among {ascii_tokens}"
        if words is not None:  # the whole word, joined by '_', comes first at its position
            assert fold(words[i].lower()) == ascii_tokens[0], (words[i], tokens)
    if case["analyzer"] == "vi_folded":
        from store.base import WORD

        assert [next(t for t in map(str, p) if t.isascii()) for p in case["tokens"]] == [w for w in WORD.findall(fold(text).replace("_", " "))]


@pytest.fixture(scope="module")
def analysis_index():
    if not ES_URL:
        pytest.skip(NO_SERVER)
    from store.elasticsearch import INDEX_SETTINGS, make_client

    es = make_client(ES_URL)
    name = f"dntest-{RUN_ID}-analysis"
    es.indices.create(index=name, settings={"index": INDEX_SETTINGS, "analysis": ANALYSIS})
    yield es, name
    es.indices.delete(index=name)
    es.close()


@pytest.mark.elasticsearch
@pytest.mark.parametrize("case", CASES, ids=ids)
def test_case_on_a_real_server(analysis_index, case: dict) -> None:
    es, index = analysis_index
    res = es.indices.analyze(index=index, analyzer=case["analyzer"], text=case["text"])
    by_position: dict[int, set[str]] = {}
    for t in res["tokens"]:
        by_position.setdefault(t["position"], set()).add(t["token"])
    got = [by_position[p] for p in sorted(by_position)]
    assert got == [set(map(str, p)) for p in case["tokens"]]
