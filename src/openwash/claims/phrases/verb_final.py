"""Whether a Japanese or Korean openness phrase is negated, names other people's things, or whose it is: the noun it
qualifies, else the topic before it, else the sentence's subject (both languages put the verb last)."""

from __future__ import annotations

import re
from typing import NamedTuple

from openwash.claims import _Hit
from openwash.claims.lexicon import (
    _JA_NEGATED_AFTER,
    _JA_NOT_OURS_AFTER,
    _JA_SUBJECTS,
    _KO_CATEGORY_BEFORE,
    _KO_NEGATED_AFTER,
    _KO_NOT_OURS_AFTER,
    _KO_SUBJECTS,
)
from openwash.claims.subject import _quoted_term, _sentence_subject
from openwash.lazyre import regex
from openwash.claims.phrases.antonyms import _with_its_antonym


class _VerbFinal(NamedTuple):
    """What a verb-final language needs to read an openness phrase (Japanese, Korean)."""

    negated_after: re.Pattern[str]  # "…ではありません", "…가 아닙니다"
    not_ours_after: re.Pattern[str]  # "…のライブラリ", "…커뮤니티", "오픈소스 모델들"
    category_before: re.Pattern[str] | None  # "다른 오픈소스 …", "대부분의 오픈 소스 …"
    noun_after: str  # the stretch after the phrase that holds the noun it qualifies
    noun_chars: int  # how much of that stretch (past leading spaces) may hold the noun
    subjects: tuple[tuple[str, re.Pattern[str]], ...]
    sentence_ends: str


_VERB_FINAL = {
    "ja": _VerbFinal(_JA_NEGATED_AFTER, _JA_NOT_OURS_AFTER, None, r"^[^。！？\n、]{0,30}", 30, _JA_SUBJECTS, "。！？"),
    "ko": _VerbFinal(_KO_NEGATED_AFTER, _KO_NOT_OURS_AFTER, _KO_CATEGORY_BEFORE, r"^[^.!?\n,]{0,20}", 8, _KO_SUBJECTS, ".!?"),
}


def _classify_verb_final(text: str, start: int, end: int, kind: str, language: str) -> _Hit | None:
    """A Japanese or Korean openness phrase: negation comes after it ("…ではありません", "오픈소스가 아닙니다"), the noun it
    describes follows it ("オープンソースの…モデル", "오픈소스 모델"), else the topic before it ("学習コードはオープンソースです",
    "학습 코드는 오픈소스입니다") is its subject; "다른 오픈소스 모델", "오픈소스 커뮤니티" name other people's things."""
    rules = _VERB_FINAL[language]
    if _with_its_antonym(text, start, end) or _quoted_term(text, start, end):
        return None
    after = text[end : end + 60]
    if rules.negated_after.match(after) or rules.not_ours_after.match(after):
        return None
    if rules.category_before is not None and rules.category_before.search(text[max(0, start - 12) : start]):
        return None
    if kind == "open-weights":
        return _Hit(start, end, kind, language, "weights")
    clause = regex(rules.noun_after).match(after)
    noun_phrase = clause.group(0).lstrip()[: rules.noun_chars] if clause else ""
    return _Hit(start, end, kind, language, _verb_final_subject(text, start, end, noun_phrase, rules.subjects, rules.sentence_ends))


def _verb_final_subject(
    text: str, start: int, end: int, noun_phrase: str, subjects: tuple[tuple[str, re.Pattern[str]], ...], sentence_ends: str
) -> str:
    """The subject of a Japanese or Korean phrase: a noun in the phrase it qualifies, else the last noun of the topic
    before it, else the sentence's subject."""
    for subject, pattern in subjects:
        if pattern.search(noun_phrase):
            return subject
    topic = regex(rf"[^{sentence_ends}\n]{{0,40}}$").search(text[max(0, start - 40) : start])
    found = [(m.end(), subject) for subject, pattern in subjects for m in pattern.finditer(topic.group(0) if topic else "")]
    return max(found)[1] if found else _sentence_subject(text, start, end)
