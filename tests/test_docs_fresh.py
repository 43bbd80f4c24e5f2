"""docs/rules/<pack>.md must match the packs (run `make docs` after changing a pack)."""

from pathlib import Path

import pytest

from govcheck.commands.docs_gen import render_pack
from govcheck.packs.load import builtin_rules_dir

DOCS = Path(__file__).resolve().parents[1] / "docs" / "rules"


@pytest.mark.parametrize("pack_id", sorted(p.stem for p in builtin_rules_dir().glob("*.yaml")))
def test_rule_docs_are_current(pack_id):
    target = DOCS / f"{pack_id}.md"
    assert target.exists(), f"{target} missing: run `make docs`"
    assert target.read_text(encoding="utf-8") == render_pack(pack_id), f"{target} is stale: run `make docs`"


ROOT = Path(__file__).resolve().parents[1]


def test_vocabulary_doc_is_current():
    from govcheck.commands.docs_gen import render_vocabulary

    target = ROOT / "docs" / "vocabulary.md"
    assert target.read_text(encoding="utf-8") == render_vocabulary(), f"{target} is stale: run `make docs`"


def test_check_kinds_table_is_current():
    from govcheck.checks.registry import CHECK_KINDS
    from govcheck.commands.docs_gen import with_kinds_table

    text = (ROOT / "docs" / "pack-format.md").read_text(encoding="utf-8")
    assert text == with_kinds_table(text), "docs/pack-format.md check kinds are stale: run `make docs`"
    assert all(f"| {k} |" in text for k in CHECK_KINDS)
