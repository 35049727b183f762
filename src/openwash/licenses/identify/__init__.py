"""Identify licence texts: standard licences through licenseclassifier, model licences through
openwash's fingerprints, and riders (extra terms added to a permissive text).

`identify_text(text)` returns one `TextMatch` per licence found in the text, in text order.
A text that nothing identifies with enough confidence gives a single match with key
`unknown`: openwash never guesses. See docs/licenses.md for the method and its limits.

The package's modules, each deciding one thing:

- `matches`: a `TextMatch`, text preparation, and the thresholds an identification must pass;
- `riders`: extra terms added to a permissive text (use policies, thresholds, non-commercial)
  and the family they force;
- `pointers`: a file that holds no licence text but points at one;
- `standard`: standard licence texts, through licenseclassifier;
- `fingerprints`: model licences, by their titles and distinctive clauses;
- `texts`: `identify_text`, the order the methods are tried in, and the cache of results.

Every name stays importable from `openwash.licenses.identify`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openwash import lazy_package

if TYPE_CHECKING:  # the names, for type checkers; at run time __getattr__ imports each on first use
    from openwash.licenses.identify.matches import (
        CLASSIFIER_COVERAGE as CLASSIFIER_COVERAGE,
        CONFIDENCE_THRESHOLD as CONFIDENCE_THRESHOLD,
        MAX_CLASSIFY_CHARS as MAX_CLASSIFY_CHARS,
        TextMatch as TextMatch,
        _HTML_TAG as _HTML_TAG,
        _MD_EMPH as _MD_EMPH,
        _MD_LEAD as _MD_LEAD,
        _MD_LINK as _MD_LINK,
        _QUOTES as _QUOTES,
        _RULE_LINE as _RULE_LINE,
        _first_content_line as _first_content_line,
        _line_of as _line_of,
        _line_starts as _line_starts,
        _match_from_entry as _match_from_entry,
        _unknown as _unknown,
        normalize as normalize,
        prepare as prepare,
    )
    from openwash.licenses.identify.riders import (
        RIDER_FAMILY as RIDER_FAMILY,
        _NOT_RIDERS as _NOT_RIDERS,
        _RIDER_PATTERNS as _RIDER_PATTERNS,
        _SENTENCE_SPLIT as _SENTENCE_SPLIT,
        _base_name as _base_name,
        _clip as _clip,
        apply_riders as apply_riders,
        binding_riders as binding_riders,
        find_riders as find_riders,
        rider_family as rider_family,
        rider_kinds as rider_kinds,
    )
    from openwash.licenses.identify.pointers import (
        POINTER_CONFIDENCE as POINTER_CONFIDENCE,
        POINTER_MAX_CHARS as POINTER_MAX_CHARS,
        _URL as _URL,
        _pointer_match as _pointer_match,
    )
    from openwash.licenses.identify.standard import (
        _WORD as _WORD,
        _classify_standard as _classify_standard,
        _leftover as _leftover,
        _load_classifier_fast as _load_classifier_fast,
        _standard_match as _standard_match,
    )
    from openwash.licenses.identify.fingerprints import (
        _Candidate as _Candidate,
        _Fingerprints as _Fingerprints,
        _GENERIC_TITLE_WORDS as _GENERIC_TITLE_WORDS,
        _GENERIC_TITLE_ZH as _GENERIC_TITLE_ZH,
        _SENTENCE_MARK as _SENTENCE_MARK,
        _SENTENCE_WORDS as _SENTENCE_WORDS,
        _SIZE_TOKEN as _SIZE_TOKEN,
        _TITLE_END as _TITLE_END,
        _TITLE_MAX_CHARS as _TITLE_MAX_CHARS,
        _TITLE_MAX_CJK as _TITLE_MAX_CJK,
        _TITLE_MAX_WORDS as _TITLE_MAX_WORDS,
        _TITLE_TAIL as _TITLE_TAIL,
        _TITLE_TOKEN as _TITLE_TOKEN,
        _closest as _closest,
        _closest_entry as _closest_entry,
        _fingerprints as _fingerprints,
        _first_lines_limit as _first_lines_limit,
        _is_heading as _is_heading,
        _join_lines as _join_lines,
        _keep_best as _keep_best,
        _line_of_phrase as _line_of_phrase,
        _looks_like_title as _looks_like_title,
        _own_title as _own_title,
        _select as _select,
        closest_text as closest_text,
        fingerprint_candidates as fingerprint_candidates,
        fingerprint_matches as fingerprint_matches,
        nearest_fingerprint as nearest_fingerprint,
        title_words as title_words,
    )
    from openwash.licenses.identify.texts import (
        _CACHE as _CACHE,
        _CACHE_SIZE as _CACHE_SIZE,
        _from_stored as _from_stored,
        _identify as _identify,
        _resolve_modified as _resolve_modified,
        _results_store as _results_store,
        _titled_model_licence as _titled_model_licence,
        _to_stored as _to_stored,
        identify_text as identify_text,
    )

# name -> the module of this package that defines it
_WHERE: dict[str, str] = {
    "CLASSIFIER_COVERAGE": "matches", "CONFIDENCE_THRESHOLD": "matches", "MAX_CLASSIFY_CHARS": "matches",
    "TextMatch": "matches", "_HTML_TAG": "matches", "_MD_EMPH": "matches", "_MD_LEAD": "matches", "_MD_LINK":
    "matches", "_QUOTES": "matches", "_RULE_LINE": "matches", "_first_content_line": "matches", "_line_of":
    "matches", "_line_starts": "matches", "_match_from_entry": "matches", "_unknown": "matches", "normalize":
    "matches", "prepare": "matches",
    "RIDER_FAMILY": "riders", "_NOT_RIDERS": "riders", "_RIDER_PATTERNS": "riders", "_SENTENCE_SPLIT":
    "riders", "_base_name": "riders", "_clip": "riders", "apply_riders": "riders", "binding_riders": "riders",
    "find_riders": "riders", "rider_family": "riders", "rider_kinds": "riders",
    "POINTER_CONFIDENCE": "pointers", "POINTER_MAX_CHARS": "pointers", "_URL": "pointers", "_pointer_match":
    "pointers",
    "_WORD": "standard", "_classify_standard": "standard", "_leftover": "standard", "_load_classifier_fast":
    "standard", "_standard_match": "standard",
    "_Candidate": "fingerprints", "_Fingerprints": "fingerprints", "_GENERIC_TITLE_WORDS": "fingerprints",
    "_GENERIC_TITLE_ZH": "fingerprints", "_SENTENCE_MARK": "fingerprints", "_SENTENCE_WORDS": "fingerprints",
    "_SIZE_TOKEN": "fingerprints", "_TITLE_END": "fingerprints", "_TITLE_MAX_CHARS": "fingerprints",
    "_TITLE_MAX_CJK": "fingerprints", "_TITLE_MAX_WORDS": "fingerprints", "_TITLE_TAIL": "fingerprints",
    "_TITLE_TOKEN": "fingerprints", "_closest": "fingerprints", "_closest_entry": "fingerprints",
    "_fingerprints": "fingerprints", "_first_lines_limit": "fingerprints", "_is_heading": "fingerprints",
    "_join_lines": "fingerprints", "_keep_best": "fingerprints", "_line_of_phrase": "fingerprints",
    "_looks_like_title": "fingerprints", "_own_title": "fingerprints", "_select": "fingerprints",
    "closest_text": "fingerprints", "fingerprint_candidates": "fingerprints", "fingerprint_matches":
    "fingerprints", "nearest_fingerprint": "fingerprints", "title_words": "fingerprints",
    "_CACHE": "texts", "_CACHE_SIZE": "texts", "_from_stored": "texts", "_identify": "texts",
    "_resolve_modified": "texts", "_results_store": "texts", "_titled_model_licence": "texts", "_to_stored":
    "texts", "identify_text": "texts",
}
_MODULES = frozenset({"matches", "riders", "pointers", "standard", "fingerprints", "texts"})


__getattr__, __dir__ = lazy_package.attach(__name__, _WHERE, _MODULES)
