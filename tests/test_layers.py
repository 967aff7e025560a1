"""The rooms of the architecture do not import each other: nlp/ is pure functions over text, crawlers/ fetch and parse,
alerting/ decides and delivers, the store knows only the domain types (diemnong.domain), the dashboard reads through
the store; diemnong/pipeline.py wires them together. A stage that imports another (alerting/ reading nlp's place names
directly, say) is wired in the pipeline instead."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

STAGES = ("alerting", "nlp", "crawlers", "store", "dashboard")
ALLOWED = {"dashboard": {"store"}}  # besides itself and the diemnong core


def stages_imported(path: Path) -> set[str]:
    """The other stages a module imports, at its top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
            [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
        found |= {n.split(".")[0] for n in names} & set(STAGES)
    return found


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_no_other_stage(stage: str) -> None:
    crossing = {str(p.relative_to(ROOT)): sorted(stages_imported(p) - {stage} - ALLOWED.get(stage, set()))
                for p in sorted((ROOT / stage).rglob("*.py"))}
    assert not {p: s for p, s in crossing.items() if s}, "wire it in diemnong/pipeline.py instead"
