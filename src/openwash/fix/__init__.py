"""Honest wording for overreaching claims: what `openwash fix` writes and what a finding's fix says.

One function decides the replacement of a claim (`edit_for`), from the claim's line and the
terms that govern the weights (`terms_of`): the rules put it in a finding's remediation
("Replace 'an open-source model' with 'a model available under the Gemma Terms of Use'"),
`openwash fix` applies it to the file, and the action may post it as a suggestion.

The wording is the one openwash itself accepts:

- weights open (the verdict's `open_weights` is true): "open-source model" → "open-weights model";
- otherwise: "an open-source model" → "a model available under <licence>", "is open source" →
  "is available under <licence>", "we open-sourced X" → "we released X", "开源模型" →
  "依据<licence>发布的模型" ("开放权重模型" when the weights are open), "开源了" → "发布了";
- a contradicted promise of commercial use is removed or replaced by the terms;
- a front-matter `license:` more permissive than the base model's terms (OW301) becomes
  `license: other` with the base licence's `license_name` and `license_link` (see `frontmatter_edit`).

Only wording the functions here understand is rewritten; anything else (a mention inside a
citation title, "open source community", a phrase split by emphasis) returns None and is left
for a person. Everything here is pure: no file is read or written.

The package's modules, each deciding one thing:

- `terms`: which terms the honest wording names (whether the weights are open, the display name of
  the licence that governs them);
- `edit`: the edit of one claim: where its words are on the line, which rewrite applies (tags,
  citations, the wording of its language) and the remediation sentence; the rules whose findings
  `openwash fix` rewrites;
- `english`: what English wording is replaced by what;
- `cjk`: what Chinese, Japanese and Korean wording is replaced by what;
- `frontmatter`: the OW301 rewrite of a front-matter `license:` to the base model's terms.

Every public name stays importable from `openwash.fix`; importing the package loads none of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openwash import lazy_package

if TYPE_CHECKING:  # the names, for type checkers; at run time __getattr__ imports each on first use
    from openwash.fix.edit import (
        FIXABLE_RULES as FIXABLE_RULES,
        Edit as Edit,
        Span as Span,
        edit_for as edit_for,
        suggest as suggest,
    )
    from openwash.fix.frontmatter import (
        FrontMatterTerms as FrontMatterTerms,
        base_terms as base_terms,
        frontmatter_edit as frontmatter_edit,
    )
    from openwash.fix.terms import (
        ReportLike as ReportLike,
        Terms as Terms,
        name_among as name_among,
        terms_of as terms_of,
        with_article as with_article,
    )

# name -> the module of this package that defines it
_WHERE: dict[str, str] = {
    "FIXABLE_RULES": "edit", "Edit": "edit", "Span": "edit", "edit_for": "edit", "suggest": "edit",
    "FrontMatterTerms": "frontmatter", "base_terms": "frontmatter", "frontmatter_edit": "frontmatter",
    "ReportLike": "terms", "Terms": "terms", "name_among": "terms", "terms_of": "terms", "with_article": "terms",
}
_MODULES = frozenset({"terms", "edit", "english", "cjk", "frontmatter"})


__getattr__, __dir__ = lazy_package.attach(__name__, _WHERE, _MODULES)
