"""Licence declarations: what documents *say* the licence is.

Front matter (`license`, `license_name`, `license_link`), SPDX expressions,
`SPDX-License-Identifier:` lines, package metadata (pyproject.toml, setup.cfg,
CITATION.cff), shields.io licence badges, and prose ("the model weights are released under
the Llama 3.1 Community License", "本仓库的代码依照 Apache-2.0 协议开源", "**License:** X").

Each function returns `Declaration`s; `scan.py` turns them into `LicenseInfo`s. A name that
does not resolve becomes an `unknown` declaration only where the document clearly declares
a licence (front matter, SPDX lines, package metadata); in prose it is skipped, never guessed.

The package's modules, each deciding one thing:

- `text`: reading large documents in milliseconds (case folding, keyword lines, cut notes);
- `names`: which licence a name, a URL or an SPDX expression denotes (`Declaration`);
- `structured`: licences declared in front matter, SPDX lines, package metadata and badges;
- `prose`: licences named in prose, and what each sentence says they cover;
- `terms`: terms stated in prose without naming a licence (research-only, non-commercial).

Every name stays importable from `openwash.licenses.declarations`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openwash import lazy_package

if TYPE_CHECKING:  # the names, for type checkers; at run time __getattr__ imports each on first use
    from openwash.licenses.declarations.text import (
        MAX_LINE_CHARS as MAX_LINE_CHARS,
        MAX_NAME_ATTEMPTS as MAX_NAME_ATTEMPTS,
        _FOLD as _FOLD,
        _PROSE_CUTS as _PROSE_CUTS,
        _Trie as _Trie,
        _keyword_pattern as _keyword_pattern,
        _record_cut as _record_cut,
        fold_case as fold_case,
        iter_keyword_lines as iter_keyword_lines,
        keyword_lines as keyword_lines,
        keyword_pattern as keyword_pattern,
        lines_starting as lines_starting,
        long_line_note as long_line_note,
        prose_cuts as prose_cuts,
    )
    from openwash.licenses.declarations.names import (
        Declaration as Declaration,
        _CC_URL_SLUGS as _CC_URL_SLUGS,
        _EXPRESSION_HINT as _EXPRESSION_HINT,
        _URLS as _URLS,
        _combine as _combine,
        _symbol_entry as _symbol_entry,
        _url_index as _url_index,
        _url_key as _url_key,
        parse_value as parse_value,
        resolve as resolve,
        resolve_url as resolve_url,
    )
    from openwash.licenses.declarations.structured import (
        _BADGE as _BADGE,
        _CFF_LICENSE as _CFF_LICENSE,
        _CFG_LICENSE as _CFG_LICENSE,
        _SPDX_LINE as _SPDX_LINE,
        _TOML_LICENSE as _TOML_LICENSE,
        _TOML_LICENSE_FILE as _TOML_LICENSE_FILE,
        _TROVE as _TROVE,
        _badge_parts as _badge_parts,
        _other as _other,
        from_badges as from_badges,
        from_front_matter as from_front_matter,
        from_package as from_package,
        from_spdx_lines as from_spdx_lines,
    )
    from openwash.licenses.declarations.blocks import (
        MAX_SENTENCE_CHARS as MAX_SENTENCE_CHARS,
        _BLOCK_BREAK as _BLOCK_BREAK,
        _Block as _Block,
        _DISCLAIMER_HEADING as _DISCLAIMER_HEADING,
        _HEADING as _HEADING,
        _LABEL as _LABEL,
        _LICENSE_HEADING as _LICENSE_HEADING,
        _SENTENCE_END as _SENTENCE_END,
        _Structure as _Structure,
        _blocks as _blocks,
        _line_at as _line_at,
        _make_block as _make_block,
        _relevant_blocks as _relevant_blocks,
        _sentences as _sentences,
        _starts_block as _starts_block,
    )
    from openwash.licenses.declarations.prose import (
        ProseHit as ProseHit,
        _Budget as _Budget,
        _CLAUSE_SPLIT as _CLAUSE_SPLIT,
        _DETERMINER as _DETERMINER,
        _LINK as _LINK,
        _PROSE_KEYWORDS as _PROSE_KEYWORDS,
        _STOP as _STOP,
        _TAIL_CHARS as _TAIL_CHARS,
        _VERB_EN as _VERB_EN,
        _VERB_FOLLOW as _VERB_FOLLOW,
        _VERB_ZH as _VERB_ZH,
        _ZH_TAIL as _ZH_TAIL,
        _clauses as _clauses,
        _licence_link as _licence_link,
        _link_matches as _link_matches,
        _longest_prefix as _longest_prefix,
        _name_hit as _name_hit,
        _parenthetical as _parenthetical,
        _sentence_hits as _sentence_hits,
        _starts_with_name as _starts_with_name,
        _strip_md as _strip_md,
        _sub_links as _sub_links,
        from_prose as from_prose,
    )
    from openwash.licenses.declarations.scope import (
        _CONJUNCTION as _CONJUNCTION,
        _LOCATIVE as _LOCATIVE,
        _SCOPES as _SCOPES,
        scope_of as scope_of,
        subject_scope as subject_scope,
    )
    from openwash.licenses.declarations.terms import (
        MAX_TERM_SENTENCES as MAX_TERM_SENTENCES,
        ProseTerms as ProseTerms,
        _ASIDE_CLOSE as _ASIDE_CLOSE,
        _ASIDE_OPEN as _ASIDE_OPEN,
        _COMMERCIAL_AUTHORISATION as _COMMERCIAL_AUTHORISATION,
        _INTENDED as _INTENDED,
        _LICENSING_WORD as _LICENSING_WORD,
        _NEGATED_BEFORE as _NEGATED_BEFORE,
        _OTHERS as _OTHERS,
        _OUTBOUND_LINK as _OUTBOUND_LINK,
        _RELEASE_WIDE as _RELEASE_WIDE,
        _SAFETY_ADVICE as _SAFETY_ADVICE,
        _SUB_SENTENCE as _SUB_SENTENCE,
        _TERMS_EN as _TERMS_EN,
        _TERMS_KEYWORDS as _TERMS_KEYWORDS,
        _TERMS_ZH as _TERMS_ZH,
        _USE_POLICY as _USE_POLICY,
        _WISH as _WISH,
        _clause_kinds as _clause_kinds,
        _mask_asides as _mask_asides,
        _part_terms as _part_terms,
        _sentence_terms as _sentence_terms,
        terms_from_prose as terms_from_prose,
    )

# name -> the module of this package that defines it
_WHERE: dict[str, str] = {
    "MAX_LINE_CHARS": "text", "MAX_NAME_ATTEMPTS": "text", "_FOLD": "text", "_PROSE_CUTS": "text", "_Trie":
    "text", "_keyword_pattern": "text", "_record_cut": "text", "fold_case": "text", "iter_keyword_lines":
    "text", "keyword_lines": "text", "keyword_pattern": "text", "lines_starting": "text", "long_line_note":
    "text", "prose_cuts": "text",
    "Declaration": "names", "_CC_URL_SLUGS": "names", "_EXPRESSION_HINT": "names", "_URLS": "names",
    "_combine": "names", "_symbol_entry": "names", "_url_index": "names", "_url_key": "names",
    "parse_value": "names", "resolve": "names", "resolve_url": "names",
    "_BADGE": "structured", "_CFF_LICENSE": "structured", "_CFG_LICENSE": "structured", "_SPDX_LINE":
    "structured", "_TOML_LICENSE": "structured", "_TOML_LICENSE_FILE": "structured", "_TROVE": "structured",
    "_badge_parts": "structured", "_other": "structured", "from_badges": "structured", "from_front_matter":
    "structured", "from_package": "structured", "from_spdx_lines": "structured",
    "MAX_SENTENCE_CHARS": "blocks", "ProseHit": "prose", "_BLOCK_BREAK": "blocks", "_Block": "blocks", "_Budget":
    "prose", "_CLAUSE_SPLIT": "prose", "_CONJUNCTION": "scope", "_DETERMINER": "prose", "_DISCLAIMER_HEADING":
    "blocks", "_HEADING": "blocks", "_LABEL": "blocks", "_LICENSE_HEADING": "blocks", "_LINK": "prose",
    "_LOCATIVE": "scope", "_PROSE_KEYWORDS": "prose", "_SCOPES": "scope", "_SENTENCE_END": "blocks", "_STOP":
    "prose", "_Structure": "blocks", "_TAIL_CHARS": "prose", "_VERB_EN": "prose", "_VERB_FOLLOW": "prose",
    "_VERB_ZH": "prose", "_ZH_TAIL": "prose", "_blocks": "blocks", "_clauses": "prose", "_licence_link":
    "prose", "_line_at": "blocks", "_link_matches": "prose", "_longest_prefix": "prose", "_make_block":
    "blocks", "_name_hit": "prose", "_parenthetical": "prose", "_relevant_blocks": "blocks", "_sentence_hits":
    "prose", "_sentences": "blocks", "_starts_block": "blocks", "_starts_with_name": "prose", "_strip_md":
    "prose", "_sub_links": "prose", "from_prose": "prose", "scope_of": "scope", "subject_scope": "scope",
    "MAX_TERM_SENTENCES": "terms", "ProseTerms": "terms", "_ASIDE_CLOSE": "terms", "_ASIDE_OPEN": "terms",
    "_COMMERCIAL_AUTHORISATION": "terms", "_INTENDED": "terms", "_LICENSING_WORD": "terms", "_NEGATED_BEFORE":
    "terms", "_OTHERS": "terms", "_OUTBOUND_LINK": "terms", "_RELEASE_WIDE": "terms", "_SAFETY_ADVICE":
    "terms", "_SUB_SENTENCE": "terms", "_TERMS_EN": "terms", "_TERMS_KEYWORDS": "terms", "_TERMS_ZH": "terms",
    "_USE_POLICY": "terms", "_WISH": "terms", "_clause_kinds": "terms", "_mask_asides": "terms",
    "_part_terms": "terms", "_sentence_terms": "terms", "terms_from_prose": "terms",
}
_MODULES = frozenset({"text", "names", "structured", "blocks", "scope", "prose", "terms"})


__getattr__, __dir__ = lazy_package.attach(__name__, _WHERE, _MODULES)
