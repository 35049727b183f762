"""Every rule is documented, and docs/rules.md is the generated text."""

from __future__ import annotations

import re

from conftest import PROJECT
from openwash.commands.rules import rules_markdown
from openwash.rules import all_rules


def test_rule_ids_are_stable_and_documented() -> None:
    rules = all_rules()
    assert rules, "no rules registered"
    names = set()
    for rule in rules:
        assert re.fullmatch(r"OW\d{3}", rule.id), rule.id
        assert re.fullmatch(r"[a-z0-9-]+", rule.name), rule.name
        assert rule.severity in ("error", "warning", "note")
        for text in (rule.summary, rule.why, rule.source, rule.example, rule.fix):
            assert text.strip(), f"{rule.id} lacks documentation"
        assert rule.name not in names
        names.add(rule.name)


def test_docs_rules_md_in_sync() -> None:
    """Regenerate with: python -m openwash rules --format markdown > docs/rules.md"""
    assert (PROJECT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown()
