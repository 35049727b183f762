"""Whether an openness phrase is a claim this release makes, and of which kind: one hit collector per family (open
source, fully open, open weights, open model, openly released and open access, open science, commercial use);
the languages' classifiers live in their own modules."""

from __future__ import annotations

import re

from openwash.claims import _Hit
from openwash.claims.lexicon import (
    _EN_COMPARISON,
    _EN_MENTION,
    _EN_MENTION_BEFORE,
    _EN_PLURAL_MODEL,
    _EN_SELF,
    _FULL_SOURCE_EN,
    _FULLY_EN,
    _FULLY_ZH,
    _LICENSE_NAME_AFTER,
    _OPEN_MODEL_EN,
    _OPEN_MODEL_ZH,
    _OPEN_SCIENCE_EN,
    _OPEN_SCIENCE_ZH,
    _OPEN_WEIGHTS_EN,
    _OPEN_WEIGHTS_JA,
    _OPEN_WEIGHTS_KO,
    _OPEN_WEIGHTS_ZH,
    _OPENLY_EN,
    _OS_EN,
    _OS_JA,
    _OS_KO,
    _OS_ZH,
    _ZH_COMPARISON,
    _ZH_MENTION,
    _ZH_SELF,
)
from openwash.claims.subject import (
    _clause_before,
    _negated_en,
    _negated_zh,
    _np_after,
    _quoted_term,
    _sentence,
    _sentence_subject,
    _subject_before_en,
    _subject_of_words,
    _tagline,
    _title_colon,
)
from openwash.lazyre import regex
from openwash.claims.phrases.chinese import _classify_open_source_zh
from openwash.claims.phrases.english import (
    _EN_IDEALS_OF,
    _ANY_BEFORE,
    _classify_open_source_en,
    _family_of_sentence,
    _inside_despite_comparison,
)
from openwash.claims.phrases.verb_final import _classify_verb_final


# -- open source ------------------------------------------------------------------


def _open_source_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _OS_EN.finditer(text):
        hit = _classify_open_source_en(text, match.start(), match.end(), "open-source")
        if hit is not None:
            hits.append(hit)
    for match in _OS_ZH.finditer(text):
        hit = _classify_open_source_zh(text, match.start(), match.end(), "open-source")
        if hit is not None:
            hits.append(hit)
    if not text.isascii():
        for match in _OS_JA.finditer(text):
            hit = _classify_verb_final(text, match.start(), match.end(), "open-source", "ja")
            if hit is not None:
                hits.append(hit)
        for match in _OS_KO.finditer(text):
            hit = _classify_verb_final(text, match.start(), match.end(), "open-source", "ko")
            if hit is not None:
                hits.append(hit)
    return hits


def _fully_open_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _FULLY_EN.finditer(text):
        hit = _classify_open_source_en(text, match.start(), match.end(), "fully-open")
        if hit is not None:
            hits.append(hit)
    for match in _FULLY_ZH.finditer(text):
        hit = _classify_open_source_zh(text, match.start(), match.end(), "fully-open")
        if hit is not None:
            hits.append(hit)
    return hits


def _full_source_hits(text: str) -> list[_Hit]:
    hits = []
    for match in _FULL_SOURCE_EN.finditer(text):
        before = _clause_before(text, match.start())
        if _negated_en(before) or _EN_MENTION_BEFORE.search(before):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-source", "en", "code"))
    return hits


# -- open weights / open model / openly released / open science ----------------------


def _open_weights_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _OPEN_WEIGHTS_EN.finditer(text):
        before = _clause_before(text, match.start())
        if _negated_en(before) or _quoted_term(text, match.start(), match.end()):
            continue
        words = _np_after(text, match.end())
        head_word = next((w for w in reversed(words) if _subject_of_words([w])), words[-1] if words else "")
        self_ref = bool(_EN_SELF.search(before)) or _title_colon(text, match.start()) or _tagline(text, match.start())
        if (head_word in _EN_PLURAL_MODEL or any(w in _EN_MENTION for w in words) or _ANY_BEFORE.search(before)) and not self_ref:
            continue  # "open-weight models" as a category; "extend any open-weight LLM": whichever, not ours
        if _EN_COMPARISON.search(before) and not _inside_despite_comparison(before):
            continue
        if _LICENSE_NAME_AFTER.match(text[match.end() :]):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-weights", "en", "weights"))
    if not text.isascii():
        for match in _OPEN_WEIGHTS_JA.finditer(text):
            ja_hit = _classify_verb_final(text, match.start(), match.end(), "open-weights", "ja")
            if ja_hit is not None:
                hits.append(ja_hit)
        for match in _OPEN_WEIGHTS_KO.finditer(text):
            ko_hit = _classify_verb_final(text, match.start(), match.end(), "open-weights", "ko")
            if ko_hit is not None:
                hits.append(ko_hit)
    for match in _OPEN_WEIGHTS_ZH.finditer(text):
        if _negated_zh(text, match.start()):
            continue
        before = _clause_before(text, match.start())
        if _ZH_COMPARISON.search(before) and not _ZH_SELF.search(before):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-weights", "zh", "weights"))
    return hits


def _open_model_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _OPEN_MODEL_EN.finditer(text):
        phrase = match.group(0)
        before = _clause_before(text, match.start())
        if _LICENSE_NAME_AFTER.match(text[match.end() :]) or _negated_en(before):
            continue
        if regex(r"open\s+(?:in|with|up|the|a|an)\b", re.IGNORECASE).match(phrase):
            continue
        if regex(r"\b(?:to|can|please|then|and\s+then|click|will)\s*$", re.IGNORECASE).search(before):
            continue  # "open" as a verb: "click to open model files"
        plural = phrase.lower().endswith("s")
        self_ref = bool(_EN_SELF.search(before)) or _title_colon(text, match.start()) or _tagline(text, match.start())
        if plural and not self_ref and not _family_of_sentence(text, match.start()):
            continue
        if _EN_COMPARISON.search(before) and not _inside_despite_comparison(before):
            continue
        if any(w in _EN_MENTION for w in _np_after(text, match.end())):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-model", "en", "model"))
    for match in _OPEN_MODEL_ZH.finditer(text):
        before = _clause_before(text, match.start())
        if _negated_zh(text, match.start()) or (_ZH_COMPARISON.search(before) and not _ZH_SELF.search(before)):
            continue
        if _ZH_MENTION.match(text[match.end() :].lstrip()):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-model", "zh", "model"))
    return hits


def _openly_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _OPENLY_EN.finditer(text):
        phrase = match.group(0).lower()
        before = _clause_before(text, match.start())
        if _negated_en(before) or _quoted_term(text, match.start(), match.end()):
            continue
        sentence = _sentence(text, match.start(), match.end())
        subject = _subject_before_en(before) or _subject_of_words(_np_after(text, match.end(), skip_determiners=True))
        access = phrase.startswith(("open access", "freely", "available to", "openly available", "openly accessible", "openly downloadable")) or phrase.endswith("transparency")
        if access and not phrase.endswith("transparency"):
            # Open access to a paper or a dataset is not a claim about the model.
            if subject not in ("model", "weights"):
                if not (phrase.startswith("open access") and regex(r"\bavailable\s+to\s+all\b", re.IGNORECASE).search(sentence)):
                    continue
                subject = subject or "model"
            if regex(r"^\s*(?:for\s+(?:both\s+)?(?:[\w-]+\s+(?:and|&|or)\s+)?commercial|for\s+(?:academic|research|non-?commercial))", re.IGNORECASE).match(text[match.end() :]):
                continue  # "freely available for commercial use" is a commercial-use claim
        if _EN_COMPARISON.search(before) and not _EN_SELF.search(before):
            continue
        kind = "open-access" if access else "openly-released"
        hits.append(_Hit(match.start(), match.end(), kind, "en", subject or _sentence_subject(text, match.start(), match.end())))
    return hits


def _open_science_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _OPEN_SCIENCE_EN.finditer(text):
        before = _clause_before(text, match.start())
        if _negated_en(before) or any(w in _EN_MENTION for w in _np_after(text, match.end())):
            continue
        if _EN_IDEALS_OF.search(before):
            continue  # "In the spirit of open science, we make the finetuning data … accessible": the motive, not a claim
        hits.append(_Hit(match.start(), match.end(), "open-science", "en", _sentence_subject(text, match.start(), match.end())))
    for match in _OPEN_SCIENCE_ZH.finditer(text):
        if _negated_zh(text, match.start()) or _ZH_MENTION.match(text[match.end() :].lstrip()):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-science", "zh", _sentence_subject(text, match.start(), match.end())))
    return hits
