"""Whether an English "open source" / "fully open" phrase is this release's claim and about which part of it:
verbs and adjectives, other people's tools and categories, rankings that place the release in the category,
aspirations, definitions, documents and papers."""

from __future__ import annotations

import re

from openwash.claims import _Hit
from openwash.claims.lexicon import (
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
    _GRATITUDE,
)
from openwash.claims.subject import (
    _clause_before,
    _negated_en,
    _np_after,
    _promised,
    _quoted_term,
    _sentence,
    _sentence_before,
    _sentence_subject,
    _subject_before_en,
    _subject_of_list,
    _subject_of_words,
    _tagline,
    _title_colon,
    _title_subject,
    _unlinked,
)
from openwash.lazyre import lazy_compile, regex
from openwash.claims.phrases.antonyms import _with_its_antonym


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


_PROJECT_UNDER_LICENCE = lazy_compile(r"\b(?:this|the|our)\s+(?:project|codebase|toolkit|toolbox)\s+(?:is|has\s+been|was|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


# "a fully open-sourced system for large-scale LLM RL", "an open-source system for distributed training": software
_SOFTWARE_SYSTEM_AFTER = lazy_compile(
    # a word starts with a word character, so a run of dashes is the lead's alone (no backtracking over it)
    r"[\s-]*(?:\w[\w-]*\s+){0,2}?systems?\s+for\s+(?:\w[\w-]*\s+){0,3}?(?:rl|reinforcement\s+learning|training|serving|inference|deployment)\b",
    re.IGNORECASE,
)


# A pipeline or framework whose list of parts names the weights: the claim is about the whole release (a word starts
# with a letter or digit, so a run of dashes is the lead's alone: no backtracking over "-----" lines)
_WHOLE_RELEASE_LISTED = lazy_compile(
    r"(?<![\s-])[\s-]*(?:\w[\w-]*\s+){0,2}?(?:pipeline|framework|stack|release|package|suite)s?\s*(?:[,:(—–-]\s*)?(?:including|includes|that\s+includes|with|covering|comprising|:)"
    r"[^.;!?]{0,160}?\b(?:model\s+|pre-?trained\s+|trained\s+)?(?:weights|checkpoints)\b",
    re.IGNORECASE,
)


def _classify_open_source_en(text: str, start: int, end: int, kind: str) -> _Hit | None:
    hit = _classify_open_source_en_hit(text, start, end, kind)
    if hit is not None and hit.subject == "model" and _SOFTWARE_SYSTEM_AFTER.match(text, end):
        hit.subject = "code"
    if hit is not None and hit.subject == "code" and _WHOLE_RELEASE_LISTED.match(text, end):
        hit.subject = "model"  # "Complete open-source pipeline including data curation, training code, and model weights"
    return hit


# "<Name> is an open-source project", "This is a fully open source project", "The X project is a **open source project**"
_SELF_COPULA = lazy_compile(
    r"^[\s*_>#-]*(?:(?:[Tt]his|[Ii]t)|(?:[Tt]he\s+)?[*_`]{0,2}[A-Z][\w.+-]*[*_`]{0,2}(?:\s+project)?|[Tt]his\s+(?:project|repository|repo|work))"
    r"\s+(?:is|was)\s+(?:a|an)\s+(?:(?:fully|completely|entirely|truly|100%)\s+)?[*_]*\s*$"
)


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
    words = _np_after(text, end, skip_determiners=verb_form)
    # "is completely open source" is a predicate; "a completely open-source, free OCR tool" (an article before the
    # adverb, software after) modifies the noun that follows
    predicate = bool(_EN_PREDICATE_BEFORE.search(before)) and not verb_form and not (
        _ARTICLE_ADVERB_BEFORE.search(before) and _subject_of_words(words) == "code" and not any(w in _EN_MENTION for w in words)
    )
    if _OBLIGATION_BEFORE.search(before) and (words[:1] and words[0] in _CHANGED_WORK or _COPYLEFT.search(_sentence(text, start, end))):
        return None  # "Network deployment of derivatives requires open-sourcing modifications under AGPL-3.0": a licence's duty
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
        # "our open-source project" is about our code; "the open-source community" never is. "The Ankh project is an open
        # source project", "DeepScaleR is an open-source project": the release says what it is (whose name it is, the
        # scan checks against the release's own names)
        owned = regex(r"\bour\s+(?:(?:own|new|latest|first|whole|entire)\s+)?$", re.IGNORECASE).search(before) or (
            words[0] in ("project", "initiative") and _SELF_COPULA.search(before)
        )
        if not owned or any(w in ("community", "communities", "ecosystem", "world", "movement", "spirit") for w in words):
            return None
    head = _subject_of_words(words)
    if head in (None, "model") and words and words[-1] in _EN_SOFTWARE_HEAD and not (
        words[-1] in _EN_REPRODUCTION and _OF_AFTER.match(text, _np_end(text, end, words[-1]))
    ):
        # the noun phrase ends on a software noun: "open-source generative recommendation framework" is the framework,
        # "the first open-source reproduction" (of a method named before) its code; "an open source reproduction of
        # Meta AI's LLaMA" is what it reproduces, a model
        head = "code"
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
    if head_word in _EN_OWNED_ONLY | _EN_DATA_OWNED_ONLY and not self_ref and not (head_word in _EN_OWNED_ONLY and _NAME_COPULA.search(_sentence_before(text, start))):
        # "the open-source Transformers library"; "RapidOCR is a completely open-source, free OCR tool" says what the
        # named thing is (whose name it is, the scan checks against the release's own names)
        return None
    if _EN_MENTION_BEFORE.search(before) and not self_ref:
        return None
    if _EN_USED_BEFORE.search(before) or _EN_ADAPTED_BEFORE.search(before) or _EN_ADAPTED_BEFORE.search(_unlinked_before(text, start)):
        # "… using the open-source evaluation tool [OpenCompass]": what the release uses, not the release; "We perform
        # [continued pretraining](https://…/continued-pretraining) on a smaller open-source model" (read without the target)
        return None
    if _VERSION_OF_PAPER.match(after_text) and _subject_before_en(before) is None:
        return _Hit(start, end, kind, "en", "code")  # "the open-source version of [HybridFlow](…) paper": its code
    if head is None and words and words[0] in _EN_SOFTWARE_PRODUCT and _NAME_COPULA.search(_sentence_before(text, start)):
        # "LLM Guard is an open source solution.": what the named thing is, software, even when its name holds a model
        # word (whose name it is, the scan checks against the release's own names)
        return _Hit(start, end, kind, "en", "code")
    subject = head or _subject_before_en(before) or _sentence_subject(text, start, end)
    return _Hit(start, end, kind, "en", subject)


# Heads of a noun phrase that make it software whatever model words qualify them ("generative recommendation framework").
_EN_SOFTWARE_HEAD = frozenset("framework frameworks library libraries toolkit toolkits codebase implementation reproduction reimplementation".split())
_EN_REPRODUCTION = frozenset("reproduction reimplementation implementation".split())
_OF_AFTER = lazy_compile(r"[*_`\s]*of\b", re.IGNORECASE)


def _np_end(text: str, end: int, head: str) -> int:
    """Where the head word of the noun phrase after `end` ends (the end of the window when it is not found)."""
    at = text[end : end + 160].lower().find(head)
    return end + at + len(head) if at >= 0 else end


# Nouns that say a named thing is a software product ("X is an open source solution").
_EN_SOFTWARE_PRODUCT = frozenset("solution tool toolkit library framework engine platform package sdk software app application service".split())


# "<name> is a (fully) …" opening the clause, the name in any case and up to three words, an aside after it and
# adjectives before the phrase allowed: "fastkit is a fully open-source model toolkit", "**Coqui STT** (🐸STT) is a
# fast, open-source, … toolkit"
_NAME_COPULA = lazy_compile(
    r"^[\s*_>#-]*(?:the\s+)?[*_`]{0,2}[\w][\w.+-]*(?:\s+[\w][\w.+-]*){0,2}[*_`]{0,2}(?:\s*\([^()]{0,30}\))?\s+(?:is|was)\s+"
    r"(?:a|an|the\s+(?:first|only|sole|world['’]s\s+first))\s+(?:(?:fully|completely|entirely|truly|100%)\s+)?(?:[\w-]+\s*,\s*){0,3}[*_]*\s*$",
    re.IGNORECASE,
)
# (an ordinal or superlative between them too: "the first fully open-source generative recommendation framework")
_ARTICLE_ADVERB_BEFORE = lazy_compile(
    r"\b(?:a|an|the|our|its|their)\s+(?:(?:first|only|sole|largest|biggest|best|latest|newest|world['’]s\s+first)\s+)?"
    r"(?:fully|entirely|completely|totally|truly|100%)\s*$",
    re.IGNORECASE,
)


# A licence's duty to publish changes, not a statement about the release: "requires open-sourcing modifications",
# "you must open-source your derivative works", "derivatives are obliged to be open-sourced under the GPL"
_OBLIGATION_BEFORE = lazy_compile(
    r"\b(?:requires?|required\s+to(?:\s+be)?|must(?:\s+be)?|obliged\s+to(?:\s+be)?|obligat(?:ed|ion)\s+to(?:\s+be)?|ha(?:ve|s)\s+to(?:\s+be)?)\s+"
    r"(?:(?:you|users?|licensees?|them|derivatives?|modifications?)\s+to\s+(?:be\s+)?)?$",
    re.IGNORECASE,
)
_CHANGED_WORK = frozenset(
    "modifications modification changes derivatives derivative your their any all improvements adaptations".split()
)
_COPYLEFT = lazy_compile(r"\b(?:A?GPL|LGPL|MPL|copyleft|share[- ]?alike)\b", re.IGNORECASE)


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
    r"(?:(?:the|a|an|some|several|existing|popular|well-known|public|general(?:-purpose)?|base)\s+)+$"
    # "We perform [continued pretraining](…) on a smaller open-source model": the model trained further is the base
    r"|\b(?:continued|further)\s+pre-?training\W{0,2}(?:\([^()]{0,300}\))?\s+(?:on|of|from)\s+"
    r"(?:(?:the|a|an|smaller|small|larger|existing|popular|public|base|pre-?trained)\s+)+$",
    re.IGNORECASE,
)


def _unlinked_before(text: str, start: int) -> str:
    """The clause before `start` read without link targets (`subject._unlinked`)."""
    unlinked = _unlinked(text[max(0, start - 400) : start])
    return _clause_before(unlinked, len(unlinked))


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
