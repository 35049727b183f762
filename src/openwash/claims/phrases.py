"""Whether an openness phrase is a claim this release makes, and of which kind: one classifier per
family (open source in English, Chinese, Japanese and Korean; fully open; open weights; open model; openly
released and open access; open science; commercial use)."""

from __future__ import annotations

import re
from typing import NamedTuple

from openwash.claims import _Hit
from openwash.claims.lexicon import (
    _COMMERCIAL_EN,
    _COMMERCIAL_JA,
    _COMMERCIAL_KO,
    _COMMERCIAL_ZH,
    _EN_COMPARISON,
    _EN_DATA_OWNED_ONLY,
    _EN_MENTION,
    _EN_MENTION_BEFORE,
    _EN_OWNED_ONLY,
    _EN_PLURAL_MODEL,
    _EN_PREDICATE_BEFORE,
    _EN_SCOPED_OPEN,
    _EN_SELF,
    _EN_VERB_BEFORE,
    _FULL_SOURCE_EN,
    _FULLY_EN,
    _FULLY_ZH,
    _GRATITUDE,
    _JA_NEGATED_AFTER,
    _JA_NOT_OURS_AFTER,
    _JA_SUBJECTS,
    _KO_CATEGORY_BEFORE,
    _KO_JA_COMMERCIAL_NEGATED_AFTER,
    _KO_NEGATED_AFTER,
    _KO_NOT_OURS_AFTER,
    _KO_SUBJECTS,
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
    _ZH_PHRASE_END,
    _ZH_SELF,
    _ZH_VERB_AFTER,
    _ZH_VERB_BEFORE,
)
from openwash.claims.subject import (
    _WINDOW,
    _clause_before,
    _negated_en,
    _negated_zh,
    _np_after,
    _promised,
    _quoted_term,
    _sentence,
    clause_subject,
    _sentence_before,
    _sentence_subject,
    _subject_before_en,
    _subject_of_list,
    _subject_of_words,
    _subject_zh,
    _tagline,
    _title_colon,
    _title_subject,
    _word_subject,
)
from openwash.lazyre import lazy_compile, regex

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


# Cues that make "open source" a verb only when an object follows ("and open-source the code"):
# before a noun ("closed-source and open-source models") the phrase is an adjective.
_WEAK_VERB_CUES = frozenset({"and", "also", "now", "finally", "to"})
_OBJECT_START = frozenset("the our its their all this these those it them both a an every each".split())
_FAMILY_OF = lazy_compile(
    r"\b(?:is|are|as)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}(?:family|library|zoo|series|suite|collection|set|line|range|group)\s+of\b|"
    r"\b(?:is|are)\s+one\s+of\s+the\b",
    re.IGNORECASE,
)


# "all / other / existing open-source models": the category as a set, unless the release is placed in it.
_QUANTIFIED_CATEGORY = lazy_compile(
    r"\b(?:all|every|each|other|existing|prior|previous|various|many|most|several|popular|mainstream|representative|competing|different)\s+$",
    re.IGNORECASE,
)
_PART_OF = lazy_compile(
    r"\s+(?:a\s+|an\s+)?(?:(?:small|large|first|major)\s+)?(?:portion|part|subset|sample|fraction|selection|half)\s+of\s+"
    r"(?:(?:our|the|its|this|these)\s+)?(?P<rest>[^.;:!?]{1,80})",
    re.IGNORECASE,
)
# "setting a new performance ceiling for open-source vision-language models", "a new state of the art among open-source
# LLMs": the release is ranked first inside the category, as "the best open-source model" is.
_NEW_BEST_FOR = lazy_compile(
    r"\bnew\s+(?:[\w-]+\s+){0,2}?(?:ceiling|record|state[\s-]of[\s-]the[\s-]art|sota|bar|high|milestone|standard)\s+(?:for|among|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "We propose MentaLLaMA, the first open-source instruction-following LLMs for …", "X is the only open-weight models …": a
# ranking word in apposition to the release, or after its "is", places it in the category (DOMAIN §8: wording that places
# the release in the category is a claim)
_FIRST_OF_KIND_BEFORE = lazy_compile(
    r"(?:,\s*|\b(?:is|are|was|were|as)\s+)the\s+(?:very\s+)?(?:first|only|sole)\s+(?:(?:truly|fully|publicly|[\w-]+-scale)\s+)?$",
    re.IGNORECASE,
)
_ANY_BEFORE = lazy_compile(r"\b(?:any|whichever|arbitrary)\s+(?:other\s+)?$", re.IGNORECASE)
_MEMBER_BEFORE = lazy_compile(r"\b(?:among|amongst|one\s+of|our|ours|best|top|\w{3,}est\s+of)\b[^.;:]{0,40}$", re.IGNORECASE)


def _inside_despite_comparison(before: str) -> bool:
    """"among open-source models", "our open-source model beats …", "ours is the best open-source …": the
    release is in the category even though a comparison word is near. "Our model outperforms open-source
    models" is not: "our" there owns the subject, not the category."""
    return bool(regex(r"\b(?:among|ours)\b|\bour\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE).search(before))


def _verb_cue(before: str, text: str, end: int) -> bool:
    cue = _EN_VERB_BEFORE.search(before)
    if cue is None:
        return False
    if cue.group(0).strip().lower() not in _WEAK_VERB_CUES:
        return True
    following = regex(r"\s*([A-Za-z][\w.-]*)").match(text, end)
    return following is not None and (following.group(1).lower() in _OBJECT_START or following.group(1)[0].isupper())


def _family_of_sentence(text: str, start: int) -> bool:
    """"Gemma is a family of lightweight, state-of-the-art open models": the release is the category,
    even when commas between the adjectives cut the clause."""
    sentence = _sentence_before(text, start)
    family = _FAMILY_OF.search(sentence)
    return family is not None and not _EN_COMPARISON.search(sentence[: family.start()])


# "among both open-source and closed-source systems", "the best in API-based and open-sourced models", "开源与闭源方案":
# the two categories together are the field the release is ranked in, not a category it claims to be in.
_ANTONYM_AFTER = lazy_compile(
    r"^\s*(?:and|or|&|/|,|as\s+well\s+as|y|o|como|et|ou|und|oder|e)\s*(?:[\w-]+\s+)?(?:closed|close(?=[\s-]sourced?\b)|proprietary|commercial|non-open|api[\s-]?(?:based|only)|cerrad\w*|propietari\w*|ferm\w*)"
    r"[\s-]?(?:sourced?|weights?)?\b|^\s*(?:および|及び|と|や|、|/)\s*(?:クローズド|非公開|商用)",
    re.IGNORECASE,
)
_ANTONYM_BEFORE = lazy_compile(
    r"\b(?:closed|close(?=[\s-]sourced?\b)|proprietary|commercial|api[\s-]?(?:based|only))[\s-]?(?:sourced?|weights?)?\s*(?:\w+\s+)?(?:and|or|&|/|,|as\s+well\s+as)\s*$",
    re.IGNORECASE,
)
_ANTONYM_ZH_AFTER = lazy_compile(r"^\s*(?:的)?\s*(?:与|和|及|、|/|或|以及)\s*(?:其他\s*)?(?:闭源|閉源|商业|商業|专有|專有)")
_ANTONYM_ZH_BEFORE = lazy_compile(r"(?:闭源|閉源|商业|商業|专有|專有)\s*(?:模型|方案|系统)?\s*(?:与|和|及|、|/|或|以及)\s*$")


# "오픈 소스와 클로즈드 소스 모두에서": open and closed source together name the whole field
_ANTONYM_KO_AFTER = lazy_compile(r"^\s*(?:와|과|및|이든|든|,)?\s*(?:클\S{1,5}?\s?소스|폐쇄형|비공개)")
_ANTONYM_KO_BEFORE = lazy_compile(r"(?:클\S{1,5}?\s?소스|폐쇄형|비공개)\s*(?:와|과|및|이든|든|,)?\s*$")


def _with_its_antonym(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    if _ANTONYM_AFTER.match(after) or _ANTONYM_BEFORE.search(before) or _ANTONYM_ZH_AFTER.match(after) or _ANTONYM_ZH_BEFORE.search(before):
        return True
    return not text.isascii() and bool(_ANTONYM_KO_AFTER.match(after) or _ANTONYM_KO_BEFORE.search(before))


_PROJECT_UNDER_LICENCE = lazy_compile(r"\b(?:this|the|our)\s+(?:project|codebase|toolkit|toolbox)\s+(?:is|has\s+been|was|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


# "a fully open-sourced system for large-scale LLM RL", "an open-source system for distributed training": software
_SOFTWARE_SYSTEM_AFTER = lazy_compile(
    r"[\s-]*(?:[\w-]+\s+){0,2}?systems?\s+for\s+(?:[\w-]+\s+){0,3}?(?:rl|reinforcement\s+learning|training|serving|inference|deployment)\b",
    re.IGNORECASE,
)


def _classify_open_source_en(text: str, start: int, end: int, kind: str) -> _Hit | None:
    hit = _classify_open_source_en_hit(text, start, end, kind)
    if hit is not None and hit.subject == "model" and _SOFTWARE_SYSTEM_AFTER.match(text, end):
        hit.subject = "code"
    return hit


def _classify_open_source_en_hit(text: str, start: int, end: int, kind: str) -> _Hit | None:
    phrase = text[start:end].lower()
    if _with_its_antonym(text, start, end):
        return None
    before = _clause_before(text, start)
    after_text = text[end:]
    if _quoted_term(text, start, end) or _negated_en(before) or _GRATITUDE.search(before):
        return None
    # "will be open-sourced soon", "we plan to open-source X": a promised act. "will be open-source"
    # (a state, the release's policy) stays a claim.
    if _promised(before, "en") and (phrase.endswith("sourced") or not before.rstrip().lower().endswith(("be", "become"))):
        return None
    if _DEFINITION_AFTER.match(after_text):
        return None  # "Open source is the belief that if we collaborate …": the idea itself, defined
    if _ASPIRATION.search(_sentence_before(text, start)[-80:]) and not _EN_SELF_RELEASE.search(before):
        return None  # "AI should be fully open source", "a quest towards fully open source AI": a belief or a goal
    # "open source licence" is about a licence, handled by licence_terms._license_term_hits.
    if regex(r"^[\s-]*(?:licen[cs]e|agreement)", re.IGNORECASE).match(after_text):
        return None
    if kind == "fully-open" and _EN_SCOPED_OPEN.match(after_text):
        return None  # "completely open for academic research": scoped, not a claim of openness
    verb_form = phrase.endswith(("sourced", "sourcing")) or _verb_cue(before, text, end)
    predicate = bool(_EN_PREDICATE_BEFORE.search(before)) and not verb_form
    words = _np_after(text, end, skip_determiners=verb_form)
    if _about_a_document(before, words, verb_form):
        return None  # "We have made our technical report available as open source": a paper, not the release
    if verb_form:
        if _EN_COMPARISON.search(before) and not _EN_SELF.search(before):
            return None
        if phrase.endswith("sourced") and _EN_ADAPTED_BEFORE.search(before):
            return None  # "We try to specialize an open-sourced LLM into geoscience": the participle names the base
        if words[:1] == ["research"] and _subject_of_words(words[1:2]) is None:
            return None  # "we have opensourced our research in translation quality estimation": a body of work, not the model
        listed = _subject_of_list(words)
        if not listed and _PROJECT_UNDER_LICENCE.search(before) and regex(r"^\s+under\s", re.IGNORECASE).match(after_text):
            # "This project is open-sourced under the AGPL-3.0 license": the repository's licence, a statement about its code
            return _Hit(start, end, kind, "en", "code")
        part_of = _PART_OF.match(text, end)
        if part_of is not None and not listed:
            # "We have open-sourced a portion of our training set": what the part is taken from is the subject
            rest = [w.lower() for w in regex(r"[A-Za-z][\w-]*").findall(part_of.group("rest"))[:4]]
            listed = "data" if rest[:2] and rest[1:2] == ["set"] else _subject_of_words(rest)
        subject = listed or _subject_before_en(before) or _sentence_subject(text, start, end)
        if not listed and words and any(w[0].isalnum() for w in words):
            subject = "model"  # "open-sourced the Chinese LLaMA"
        return _Hit(start, end, kind, "en", subject)
    if predicate or not words:
        if _EN_COMPARISON.search(before) and not predicate:
            return None
        if not predicate and _EN_MENTION_BEFORE.search(before) and not _EN_SELF.search(before):
            return None
        if not predicate and not words and _EN_MOVEMENT_BEFORE.search(before):
            return None  # "We bring NLP to the industry via open source!", "we are committed to open source": the movement
        # "Foo is open source: weights, code and data…": what follows is a list, not the subject.
        subject = (
            _title_subject(text, start) or _subject_before_en(before) or _subject_before_en(_sentence_before(text, start)) or "unclear"
        )
        return _Hit(start, end, kind, "en", subject)
    # Adjective: "open-source <noun phrase>".
    if any(w in _EN_MENTION for w in words):
        # "our open-source project" is about our code; "the open-source community" never is.
        owned = regex(r"\bour\s+(?:(?:own|new|latest|first|whole|entire)\s+)?$", re.IGNORECASE).search(before)
        if not owned or any(w in ("community", "communities", "ecosystem", "world", "movement", "spirit") for w in words):
            return None
    head = _subject_of_words(words)
    if head is None and any(w in _EN_DOCUMENTS for w in words[:3]):
        return None  # "our open-source deployment guide only includes …": a document about the release, not the release
    if head is None and _EN_IDEALS_OF.search(before):
        return None  # "We hold the principles of open source close to our hearts": the movement, no noun of the release after it
    head_word = next((w for w in reversed(words) if _subject_of_words([w])), words[-1])
    self_ref = bool(_EN_SELF.search(before)) or _title_colon(text, start) or _tagline(text, start)
    if _EN_COMPARISON.search(before) and not _inside_despite_comparison(before):
        return None
    if (
        head_word in _EN_PLURAL_MODEL
        and not self_ref
        and not _family_of_sentence(text, start)
        and not _NEW_BEST_FOR.search(before)
        and not _FIRST_OF_KIND_BEFORE.search(_sentence_before(text, start)[-160:])
    ):
        return None  # "open-source models" as a category the release is compared with
    if head_word in _EN_PLURAL_MODEL and _QUANTIFIED_CATEGORY.search(before) and not _MEMBER_BEFORE.search(before):
        return None  # "we apply the same settings across all open-source models under evaluation": a set, not ours
    if _ANY_BEFORE.search(before) and not self_ref:
        return None  # "can be trained against any open-weight model", "works with any open-source LLM": whichever, not ours
    if head_word in _EN_OWNED_ONLY | _EN_DATA_OWNED_ONLY and not self_ref:
        return None  # "the open-source Transformers library"
    if _EN_MENTION_BEFORE.search(before) and not self_ref:
        return None
    if _EN_USED_BEFORE.search(before) or _EN_ADAPTED_BEFORE.search(before):
        return None  # "… using the open-source evaluation tool [OpenCompass]": what the release uses, not the release
    if _VERSION_OF_PAPER.match(after_text) and _subject_before_en(before) is None:
        return _Hit(start, end, kind, "en", "code")  # "the open-source version of [HybridFlow](…) paper": its code
    subject = head or _subject_before_en(before) or _sentence_subject(text, start, end)
    return _Hit(start, end, kind, "en", subject)


# "using the open-source evaluation tool X", "built on the open-source Y": the thing used, named right after the verb
_EN_USED_BEFORE = lazy_compile(
    # "We based the instruction fine-tuning on open-source general-purpose large models": the base, not the release
    r"\b(?:using|uses?|used|leverag(?:e|es|ed|ing)|powered\s+by|(?:built|based)\s+(?:[\w-]+\s+){0,4}?(?:up)?on(?:\s+top\s+of)?|relies\s+on|relying\s+on|"
    # "We are committed to continually integrating cutting-edge open-source video models": what a system takes in
    r"integrat(?:e|es|ed|ing)|incorporat(?:e|es|ed|ing))\s+"
    r"(?:(?:the|a|an|some|several|many|various|existing|popular|well-known|public|cutting-edge|latest|leading|mainstream|recent|more)\s+)*$",
    re.IGNORECASE,
)
# "We try to specialize an open-sourced LLM into geoscience": the model adapted is the release's base (not "fine-tune":
# "building and fine-tuning an open-source language model for the Bemba language" is the release itself)
_EN_ADAPTED_BEFORE = lazy_compile(
    r"\b(?:speciali[sz]|adapt|further\s+pre-?train|continu(?:e|es|ed|ing)\s+(?:the\s+)?pre-?train|customi[sz]|distill?)\w*\s+"
    r"(?:(?:the|a|an|some|several|existing|popular|well-known|public|general(?:-purpose)?|base)\s+)+$",
    re.IGNORECASE,
)
# "我们使用开源评测工具 OpenCompass": the tool used
_ZH_USED_BEFORE = lazy_compile(r"(?:使用|采用|利用|借助|调用|使用了|采用了|利用了)\s*(?:现有的?|已有的?|其他的?|一些|多个)?\s*$")


# "选择开源模型…" (choose an open-source model's …), "为当前开源的大模型扩充词表" (extend the vocabulary for the open-source
# LLMs of today), "为开源的中文大模型ChatGLM扩充" (for the open-source Chinese LLM ChatGLM): models the sentence picks or serves
_ZH_CHOSEN_BEFORE = lazy_compile(
    r"(?:选择|選擇|选用|選用|挑选|挑選|借鉴|借鑒)\s*$|(?:为|為|给|給)\s*(?:当前|當前|目前|现有|現有)\s*$|^\s*(?:比如|例如)?\s*(?:为|為|给|給)\s*$"
)
_ZH_RANKED = lazy_compile(r"(?:模型|项目|項目)(?:之)?中|之一|最|第一|领先|領先|SOTA|前列", re.IGNORECASE)  # "为当前开源模型中最强的": a ranking, the release's claim
_ZH_MODEL_AFTER = lazy_compile(r"^\s*的?\s*(?:[\u4e00-\u9fff]{0,6})(?:模型|项目|項目|方案)")
_EN_IDEALS_OF = lazy_compile(
    r"\b(?:principles?|values?|spirit|power|benefits?|ethos|philosophy|ideals?|strength|world|culture)\s+of\s+$", re.IGNORECASE
)
# "open source" as a bare noun after these words is the movement or the practice, not a property of the release.
_EN_MOVEMENT_BEFORE = lazy_compile(
    r"\b(?:via|through|to|into|towards?|for|of|behind|believe\s+in|believes\s+in|lov(?:e|es|ing)|embrac(?:e|es|ing)|"
    r"champion(?:s|ing)?|advanc(?:e|es|ing)|promot(?:e|es|ing)|support(?:s|ing)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A belief or a goal, not a statement about what the release is: "We believe that AI should be fully open source",
# "We are on a quest towards fully open source AI", "to build … truly open-source models for the community".
_ASPIRATION = lazy_compile(
    r"\b(?:should|ought\s+to|must|needs?\s+to)\s+(?:all\s+)?(?:be|become|remain|stay)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:quest|journey|path|mission|push|move|step|commitment)\s+(?:\w+\s+){0,3}?towards?\s+(?:\w+\s+){0,2}$"
    r"|\bto\s+(?:help\s+)?(?:build|create|foster|advance|promote|grow|nurture|democrati[sz]e)\s+(?:\S+\s+){0,5}?$",
    re.IGNORECASE,
)
# …unless the clause is about this release: "this model should be open source" is still odd, but "we release it to
# build open-source models" keeps the release as the subject only when it names itself.
_EN_SELF_RELEASE = lazy_compile(r"\b(?:this|our)\s+(?:model|weights|release|checkpoints?)\b", re.IGNORECASE)


# The phrase is the subject being defined: "Open source is the belief that …", "… means that anyone can …".
_DEFINITION_AFTER = lazy_compile(
    r"^[\s*_]*(?:\([^)]{0,40}\)\s*)?(?:is|means|refers\s+to|stands\s+for)\s+(?:(?:the|a|an)\s+)?"
    r"(?:belief|idea|philosophy|movement|principle|practice|concept|notion|ethos|culture|spirit|way\s+of|that\b)",
    re.IGNORECASE,
)


# Documents about the release: what is "open-sourced" or "available as open source" is then the text itself.
_EN_DOCUMENTS = frozenset(
    "report reports paper papers documentation docs blog blogs tutorial tutorials whitepaper manual slides article articles "
    "guide guides guidance handbook cookbook".split()
)


def _about_a_document(before: str, words: list[str], verb_form: bool) -> bool:
    """The thing called open source is a document: "open-sourced our technical report", "our paper is open source"."""
    if verb_form:
        head = next((w for w in words if w not in ("our", "the", "this", "its", "technical", "full")), None)
        return head in _EN_DOCUMENTS and _subject_of_list(words) is None
    if _subject_before_en(before) is not None:
        return False
    tail = [w.lower() for w in regex(r"[A-Za-z]+").findall(before)][-6:]
    return any(w in _EN_DOCUMENTS for w in tail)


# "the open-source version of the [X](…) paper", "an open-source reproduction of paper X": what a paper is turned
# into is code (its implementation), not the release's weights.
_VERSION_OF_PAPER = lazy_compile(
    r"^[\s-]*(?:version|reproduction|port|re-?implementation)s?\s+of\s+(?:the\s+|this\s+|our\s+|a\s+)?"
    # a link's target is masked to spaces: "[HybridFlow: …]   paper"
    r"(?:\[[^\]\n]{1,200}?(?:\]\([^)\s]*\)|\]|\s{2,})\s*|[^\n.;:\[]{1,120}?\s+)?paper\b(?![\w'’-])",
    re.IGNORECASE,
)


_ZH_DEVELOPMENT_OF = lazy_compile(
    r"^[^，。；]{0,20}?的\s*(?:发展|發展|研究|进步|進步|生态|生態|繁荣|繁榮|社区|社區|领域|領域|浪潮|趋势|趨勢|热潮|熱潮|运动|運動|事业|事業)"
)
_ZH_AMONG = lazy_compile(r"^[^，。；]{0,12}?(?:模型|大模型|LLM|方案|系统|系統)\s*(?:中|之中|里|裡|当中|當中)[^，。；]{0,6}?(?:领先|領先|最|第一|前列|榜首|佼佼者|SOTA)", re.IGNORECASE)


def _classify_open_source_zh(text: str, start: int, end: int, kind: str) -> _Hit | None:
    if _negated_zh(text, start) or _quoted_term(text, start, end) or _with_its_antonym(text, start, end):
        return None
    after = text[end : end + 30]
    # a link's target is not part of the phrase: "开源…的[AlphaFold 2](https://doi.org/…)蛋白质结构预测模型推理实现"
    window = _MASKED_RUN.sub(" ", _LINK_TARGET.sub("]", text[end : end + _WINDOW + 800]))[:_WINDOW]
    phrase_end = _ZH_PHRASE_END.search(window)
    clause_after = window[: phrase_end.start()] if phrase_end else window
    before = _clause_before(text, start)
    if _promised(before, "zh"):
        return None
    # "开源协议/许可": about a licence, handled by licence_terms._license_term_hits.
    if regex(r"^\s*的?\s*(?:协议|協議|许可|許可|授权|授權|license)", re.IGNORECASE).match(after):
        return None
    if _ZH_USED_BEFORE.search(before) and not regex(r"^\s*方式").match(after):
        return None  # "我们使用开源评测工具 [OpenCompass]": what the release uses
    if _ZH_CHOSEN_BEFORE.search(before) and _ZH_MODEL_AFTER.match(after) and not _ZH_SELF.search(before) and not _ZH_RANKED.search(clause_after):
        return None  # "另一种是选择开源模型训练好的分词器", "为当前开源的大模型扩充词表": other models, chosen or served
    if _ZH_MENTION.match(after.lstrip()) and not _ZH_SELF.search(before[-4:]):
        return None  # "开源项目/社区/语料": other people's; "我们开源的数据集" is ours
    if regex(r"^\s*的?\s*(?:[\u4e00-\u9fff]{0,8})(?:数据|數據|语料|語料)").match(after) and not _ZH_SELF.search(before):
        # "开源的通用指令遵循数据": third-party data, unless the clause says it is ours.
        if not regex(r"^\s*了").match(after):
            return None
    if _ZH_DEVELOPMENT_OF.match(clause_after) and not _ZH_SELF.search(before):
        return None  # "推动开源大语言模型的发展": the movement, not a model
    if regex(r"在").search(before) and regex(r"基础上|基礎上").search(clause_after):
        return None  # "在开源预训练模型的基础上": the bases it builds on
    verb = bool(_ZH_VERB_AFTER.match(after)) or bool(_ZH_VERB_BEFORE.search(before)) or bool(_ZH_SELF.search(before))
    clause_end = not clause_after.strip()
    # "在国内外主流开源模型中亦处于领先位置": ranked among open-source models, so one of them (DOMAIN §8)
    among = bool(regex(r"在").search(before)) and bool(_ZH_AMONG.match(after))
    # "为当前开源SOTA", "是目前开源最强的模型": the release is the best of the category, so in it (DOMAIN §8)
    among = among or bool(
        regex(r"(?:为|為|是|成为|成為)\s*(?:当前|當前|目前|现有|現有)?\s*$").search(before)
        and regex(r"^\s*(?:的)?\s*(?:SOTA|最[强強佳好优優]|第一|领先|領先)", re.IGNORECASE).match(after)
    )
    # "LaWGPT 是一系列基于中文法律知识的开源大语言模型": "基于…的" only describes the open-source model the release is
    described = bool(_ZH_COPULA_DESCRIBED.search(before))
    if regex(r"(?:基于|基於|使用|利用|借助|依托)\s*$").search(before):
        return None  # "我们的训练基于开源的 LLaMA 模型": what it builds on, whoever speaks
    if _ZH_COMPARISON.search(before) and not (verb and _ZH_SELF.search(before)) and not among and not described:
        return None
    if not among and regex(r"^\s*(?:模型|大模型|LLM)\s*(?:的|中|之中|里|裡)\s*(?:领先|領先|最|第一|前列|水平|佼佼者|top|SOTA)", re.IGNORECASE).match(after):
        if not _ZH_SELF.search(before):
            return None  # "达到开源模型的领先水平": measured against others; kept with 我们/本项目
    place = regex(r"^\s*(?:在|于|於|至)\s*").match(after)
    if place:
        # "模型代码开源在 GitHub", "本项目开源在中文文本纠错项目：[pycorrector](…)": what follows is where, not what; the
        # topic says what, and a code host or project as the place makes it code
        subject = _subject_zh(before, head_last=False) or (
            "code" if regex(r"github|gitee|gitlab|项目|項目|仓库|倉庫|代码库|代碼庫", re.IGNORECASE).search(clause_after) else "unclear"
        )
    elif clause_end and not verb:
        # "…协议开源": the topic comes first in the clause; what follows is another clause.
        subject = _subject_zh(before, head_last=False) or "unclear"
    else:
        subject = _subject_zh(clause_after, head_last=True) or _subject_zh(before, head_last=False) or _sentence_subject(text, start, end)
    if subject in ("unclear", "model") and clause_end and _ZH_PROJECT_UNDER_LICENCE.search(before):
        subject = "code"  # "本项目采用 AGPL-3.0 协议开源": the repository's licence, a statement about its code
    return _Hit(start, end, kind, "zh", subject)


_LINK_TARGET = lazy_compile(r"\]\([^()\s]{1,400}\)")
_MASKED_RUN = lazy_compile(r" {3,}")  # a link target the line scan masked to spaces
_ZH_PROJECT_UNDER_LICENCE = lazy_compile(
    r"(?:本项目|本項目|本仓库|本倉庫|该项目|該項目)\s*(?:采用|採用|基于|基於|遵循|使用)[^，。；]{1,60}(?:协议|協議|许可证?|許可證?|licen[cs]e)\s*$",
    re.IGNORECASE,
)


_ZH_COPULA_DESCRIBED = lazy_compile(
    r"(?:是|为|為|成为|成為)[^，,。；;：:]{0,10}?(?:基于|基於|使用|利用|依托|借助)[^，,。；;：:]{1,30}的\s*$"
)


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
        hits.append(_Hit(match.start(), match.end(), "open-science", "en", _sentence_subject(text, match.start(), match.end())))
    for match in _OPEN_SCIENCE_ZH.finditer(text):
        if _negated_zh(text, match.start()) or _ZH_MENTION.match(text[match.end() :].lstrip()):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-science", "zh", _sentence_subject(text, match.start(), match.end())))
    return hits


# -- commercial use --------------------------------------------------------------------


# A possibility, not a term: "may/might/could … (in the future)", "e.g." right before the phrase.
_MAYBE_LATER = lazy_compile(r"\b(?:may|might|could)\b[^.;]{0,60}\b(?:in\s+the\s+future|later|someday|eventually)\b|\b(?:may|might|could)\s+(?:later\s+|eventually\s+)?(?:relax|change|lift|loosen|revisit)\b", re.IGNORECASE)


# A condition the reader may be in, not a statement of the terms: "If you want to use the weights commercially, …".
_IF_YOU_WANT = lazy_compile(
    r"\b(?:if|should|in\s+case)\s+you\s+(?:want|wish|would\s+like|need|plan|intend|are\s+looking)\s+to\b[^.;!?]{0,140}$",
    re.IGNORECASE,
)


# "a dataset allowing commercial usage", "weights that permit commercial use": the noun the phrase qualifies
_QUALIFIED_NOUN = lazy_compile(r"([A-Za-z][\w-]*)\s+(?:(?:that|which)\s+)?$")


def _modified_noun(text: str, match: re.Match[str]) -> str | None:
    """The subject of the noun right before a participle or relative clause that opens the phrase ("We have an HD
    model trained on a dataset allowing commercial usage": the dataset allows it), or None."""
    if not regex(r"(?:allow|permit)", re.IGNORECASE).match(match.group(0)):
        return None
    noun = _QUALIFIED_NOUN.search(text, max(0, match.start() - 60), match.start())
    return _word_subject(noun.group(1).lower()) if noun else None


# What the model makes, named as the thing used: "the pixel art you make with these models is yours — you may use it
# commercially", "Generated images can be used for commercial purposes", "Outputs may be used commercially".
_OUTPUTS_BEFORE = lazy_compile(
    r"\b(?:outputs?|generations|generated\s+(?:images?|audio|speech|videos?|music|content|text|samples?))\b[^.;!?]{0,80}$"
    r"|\b(?:images?|audio|speech|videos?|music|songs?|art|artwork|pixel\s+art|content|voices?|samples?|results?)\s+(?:that\s+)?"
    r"(?:you|users?)\s+(?:make|generate|create|produce|synthesi[sz]e)\w*\b[^.;!?]{0,80}$",
    re.IGNORECASE,
)
_SHORT_QUOTE = lazy_compile(r'"[^"\n]{1,80}"|“[^”\n]{1,80}”')


def _inside_short_quote(text: str, start: int, end: int) -> bool:
    """The phrase sits inside a quoted span of a few words: mentioned (a condition's name), not said of the release."""
    for quoted in _SHORT_QUOTE.finditer(text, max(0, start - 80), min(len(text), end + 80)):
        if quoted.start() < start and end < quoted.end():
            return len(quoted.group(0).split()) <= 10
    return False


def _commercial_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _COMMERCIAL_EN.finditer(text):
        before = _clause_before(text, match.start())
        inside = match.group(0)
        if _negated_en(before) or regex(r"\b(?:not|non-?|no|never|prohibit\w*|forbid\w*)\b", re.IGNORECASE).search(inside):
            continue
        if regex(r"\b(?:if|unless|only\s+after|only\s+with|requires?|need\s+to)\b", re.IGNORECASE).search(before) and regex(r"\bpermission|\bseparate\b|\bcontact\b", re.IGNORECASE).search(text[match.end() : match.end() + 60]):
            continue
        sentence_before = _sentence_before(text, match.start())
        if _MAYBE_LATER.search(sentence_before[-120:]):
            continue  # "the author may relax the restrictions in the future (e.g., allow commercial use)": a possibility
        if _IF_YOU_WANT.search(sentence_before[-160:]):
            continue  # "If you want to … use the weights commercially over the revenue limit, check out the options": an offer
        if _inside_short_quote(text, match.start(), match.end()):
            continue  # 'the "Must allow commercial use" (SA) requirement': a licence's condition, quoted
        qualified = _modified_noun(text, match)
        if qualified == "data":
            continue  # "trained on a dataset allowing commercial usage": the dataset's terms, not the release's
        if _OUTPUTS_BEFORE.search(sentence_before[-160:]):
            continue  # "the pixel art you make with these models is yours — you may use it commercially": the outputs
        hits.append(_Hit(match.start(), match.end(), "commercial-use", "en", qualified or clause_subject(text, match.start(), match.end())))
    for match in _COMMERCIAL_ZH.finditer(text):
        if _negated_zh(text, match.start()):
            continue
        hits.append(_Hit(match.start(), match.end(), "commercial-use", "zh", clause_subject(text, match.start(), match.end())))
    if not text.isascii():
        for pattern, language in ((_COMMERCIAL_KO, "ko"), (_COMMERCIAL_JA, "ja")):
            for match in pattern.finditer(text):
                if _KO_JA_COMMERCIAL_NEGATED_AFTER.match(text[match.end() : match.end() + 20]) or _quoted_term(text, match.start(), match.end()):
                    continue
                hits.append(_Hit(match.start(), match.end(), "commercial-use", language, clause_subject(text, match.start(), match.end())))
    return hits
