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


def test_rule_docs_cite_public_sources_not_private_notes() -> None:
    """docs/rules.md stands alone: no rule points at a file users do not have (the project's domain notes)."""
    for rule in all_rules():
        for text in (rule.summary, rule.why, rule.source, rule.example, rule.fix):
            assert "DOMAIN" not in text, f"{rule.id} cites private notes: {text}"
    text = rules_markdown()
    for url in ("https://opensource.org/ai/open-source-ai-definition", "https://arxiv.org/abs/2403.13784", "https://openweight.org",
                "https://eur-lex.europa.eu/eli/reg/2024/1689/oj", "https://huggingface.co/docs/hub/model-cards"):
        assert url in text, url
    cited = [r for r in all_rules() if r.id[:3] in ("OW1", "OW2", "OW3") and "https://" not in r.source]
    assert not cited, [r.id for r in cited]
