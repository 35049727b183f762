"""Rule registry: small functions with stable ids and their own documentation.

A rule module defines functions decorated with `@rule(...)`. Each takes the
`CheckContext` and yields `Finding`s (build them with `ctx.finding(...)`).
`docs/rules.md` is generated from these records (`python -m openwash rules --format markdown`)
and a test keeps it in sync.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openwash.context import CheckContext
    from openwash.model import Finding

RuleFunc = Callable[["CheckContext"], Iterable["Finding"]]

# Modules that hold rules; imported once, on first use of the registry.
RULE_MODULES = (
    "openwash.rules.claims",
    "openwash.rules.licenses",
    "openwash.rules.artifacts",
    "openwash.rules.hygiene",
    "openwash.rules.lineage",
    "openwash.rules.suppressions",
    "openwash.rules.cards",
    "openwash.rules.data_terms",
    "openwash.rules.eu",
    "openwash.rules.duties",
)


@dataclass(frozen=True)
class Rule:
    id: str  # "OW101"
    name: str  # "open-source-claim-without-osaid"
    severity: str  # default severity: error | warning | note
    summary: str  # one line: what it checks
    why: str  # why it matters
    source: str  # the definition or document it enforces
    example: str  # a line that triggers it
    fix: str  # what to change
    func: RuleFunc

    @property
    def help_uri(self) -> str:
        """This rule in docs/rules.md of the installed openwash version (see render.links)."""
        return self.doc_url()

    def doc_url(self, docs_base: str | None = None) -> str:
        from openwash.render.links import rule_url

        return rule_url(self.id, self.name, docs_base)


_REGISTRY: dict[str, Rule] = {}
_loaded = False


def rule(
    id: str,
    name: str,
    *,
    severity: str,
    summary: str,
    why: str,
    source: str,
    example: str,
    fix: str,
) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule function under a stable id."""

    def register(func: RuleFunc) -> RuleFunc:
        if id in _REGISTRY and _REGISTRY[id].func is not func:
            raise RuntimeError(f"rule id {id} registered twice")
        _REGISTRY[id] = Rule(id, name, severity, summary, why, source, example, fix, func)
        return func

    return register


def all_rules() -> list[Rule]:
    """Every registered rule, ordered by id."""
    global _loaded
    if not _loaded:
        import importlib

        for module in RULE_MODULES:
            importlib.import_module(module)
        _loaded = True
    return [_REGISTRY[k] for k in sorted(_REGISTRY)]


def get_rule(rule_id: str) -> Rule:
    for r in all_rules():
        if r.id == rule_id:
            return r
    raise KeyError(rule_id)
