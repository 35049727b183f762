"""Whose claim, and about what.

A phrase's clause and sentence, and the cues in them (negation, promises, quotation, a title and
its colon); the noun phrase after a phrase and the subject it names (model, weights, code, data),
in English and in Chinese. Whether the phrase is about another model is `claims.others`."""

from __future__ import annotations

import re

from openwash.claims.lexicon import (
    _CLAUSE_BREAK,
    _EN_CODE,
    _EN_DATA,
    _EN_DETERMINERS,
    _EN_MODEL,
    _EN_NEGATION,
    _EN_NOT_ONLY,
    _EN_NP_STOP,
    _EN_WEIGHTS,
    _ZH_CODE,
    _ZH_DATA,
    _ZH_MODEL,
    _ZH_NEGATION,
    _ZH_NEGATION_SAFE,
    _ZH_WEIGHTS,
)
from openwash.lazyre import lazy_compile, regex



_WINDOW = 80  # characters looked at before/after a phrase for context cues


# --------------------------------------------------------------------------- clauses and sentences


_LINK_TARGET = lazy_compile(r"\]\([^()\s]{1,400}\)")
_MASKED_RUN = lazy_compile(r" {3,}")  # a link target the line scan masked to spaces


def _unlinked(text: str) -> str:
    """`text` with link targets dropped, written or masked to spaces ("[continued pretraining](https://…) on a" reads
    as "[continued pretraining] on a"): a long address does not push the words around a phrase out of its window."""
    return _MASKED_RUN.sub(" ", _LINK_TARGET.sub("]", text))


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - _WINDOW) : start]
    parts = _CLAUSE_BREAK.split(window)
    return parts[-1] if parts else window


def _sentence(text: str, start: int, end: int) -> str:
    return _sentence_span(text, start, end)[0]


def _sentence_span(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence holding text[start:end], and where in it the phrase starts."""
    before = text[max(0, start - 200) : start]
    after = text[end : end + 200]
    cut = max(before.rfind(". "), before.rfind("。"), before.rfind("！"), before.rfind("？"), before.rfind("; "))
    if cut >= 0:
        before = before[cut + 1 :]
    stop = min([i for i in (after.find(". "), after.find("。"), after.find("；"), after.find("; ")) if i >= 0], default=len(after))
    return before + text[start:end] + after[:stop], len(before)


def _sentence_before(text: str, start: int) -> str:
    """The part of the sentence before a phrase."""
    before = text[max(0, start - 200) : start]
    cut = max(before.rfind(". "), before.rfind("。"), before.rfind("！"), before.rfind("？"), before.rfind("; "), before.rfind("\n"))
    return before[cut + 1 :] if cut >= 0 else before


def _is_zh(text: str) -> bool:
    return bool(regex(r"[\u4e00-\u9fff]").search(text))


def _negated_en(before: str) -> bool:
    if _EN_NOT_ONLY.search(before):
        return False
    return bool(_EN_NEGATION.search(before[-45:]))


_EN_PROMISE = lazy_compile(
    r"\b(?:will|shall|plan(?:s|ned|ning)?\s+to|intend(?:s|ed|ing)?\s+to|going\s+to|(?:is|are)\s+(?:scheduled|expected)\s+to)"
    r"\s+(?:(?!remain|stay|continue|always|keep)[a-z]+\s+){0,2}(?:be\s+)?$"
    # "Please stay tuned for updates on our open-source progress": news still to come
    r"|\bstay\s+tuned\s+for\s+(?:[a-z]+\s+){0,4}$",
    re.IGNORECASE,
)


# "敬请期待数据集的开源发布" ("stay tuned for the dataset's open-source release"): news still to come, as in English
_ZH_PROMISE = lazy_compile(r"(?:即将|即將|将在|將在|将于|將於|将会|將會|后续|後續|计划|計劃|预计|預計|会在|會在|未来|未來|敬请期待|敬請期待|尽请期待|盡請期待)[^，。；,;]{0,8}$")


def _promised(before: str, language: str) -> bool:
    """"will be open-sourced soon", "将在近期开源": a promise about a future release, not a statement
    of what the release is now."""
    if language == "zh":
        return bool(_ZH_PROMISE.search(before[-12:]))
    return bool(_EN_PROMISE.search(before[-60:]))


def _negated_zh(text: str, start: int) -> bool:
    before = text[max(0, start - 6) : start]
    before = _CLAUSE_BREAK.split(before)[-1]
    if _ZH_NEGATION_SAFE.search(before):
        return False
    return bool(_ZH_NEGATION.search(before))


_TITLE_COLON = lazy_compile(r"(?:^|[{\"“(]|\s)[A-Z][\w.\- ]{0,60}[:：]\s*(?:an?\s+|the\s+)?$")


def _title_colon(text: str, start: int) -> bool:
    """'TeenyTinyLlama: open-source tiny language models': a name, then what it is."""
    return bool(_TITLE_COLON.search(text[max(0, start - 70) : start]))


# "`DART-Math` Datasets: SOTA & Data-Efficient & Open-Source": a title, a colon, then attributes of what the title names.
_TITLE_BEFORE_ATTRIBUTES = lazy_compile(r"^[\s#*_>]*([^:：\n]{1,80})[:：]\s*(?:[\w-]+(?:\s+[\w-]+)?\s*(?:&|,|/|\+|\band\b)\s*)*$")


def _title_subject(text: str, start: int) -> str | None:
    """Subject named by a title whose colon opens a list of attributes the phrase ends ("X Datasets: … & Open-Source")."""
    line_start = text.rfind("\n", 0, start) + 1
    match = _TITLE_BEFORE_ATTRIBUTES.match(text[line_start:start])
    return _subject_before_en(match.group(1)) if match else None


# "Open models for the community!", "Fully open-source speech models.": a verb-less fragment that opens with the
# phrase and ends a short line: a tagline, said of the release as a title colon is.
_TAGLINE = lazy_compile(r"^[\s*_]*(?:(?:fully|truly|completely)\s+)?open\b[^.!?:|\n]{0,60}[.!][\s*_]*$", re.IGNORECASE)


_TAGLINE_NOT = lazy_compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|can|will|vs|versus|than|like|such|other|outperform\w*|perform\w*|"
    r"achiev\w*|includ\w*|compar\w*|beat\w*|surpass\w*|match\w*|rival\w*|lag\w*|trail\w*)\b",
    re.IGNORECASE,
)


def _tagline(text: str, start: int) -> bool:
    """'Open models for the community!': the phrase opens a short verb-less line ending in '.' or '!'."""
    return not text[:start].strip(" *_") and len(text) <= 80 and bool(_TAGLINE.match(text)) and not _TAGLINE_NOT.search(text)


_QUOTED_TERM = lazy_compile(r"[\"“'‘]\s*$")


_QUOTED_TERM_AFTER = lazy_compile(r"^\s*[\"”'’]")


def _quoted_term(text: str, start: int, end: int) -> bool:
    """'the term "open source"': the words are mentioned, not used."""
    return bool(_QUOTED_TERM.search(text[max(0, start - 2) : start]) and _QUOTED_TERM_AFTER.match(text[end : end + 2]))


# --------------------------------------------------------------------------- noun phrases and subjects


_TOKEN = lazy_compile(r"[A-Za-z0-9][\w.+'-]*|[^\sA-Za-z0-9]")


_GLUED_SENTENCE = lazy_compile(r"^([a-z][\w-]*)\.[A-Z]")


# After a comma, more modifiers and then the noun they share, before any verb or sentence end: "open source,
# on-device, TTS speech language models".
# Only ever anchored (`.match` at a comma), so compiled with `regex`, not as a searched pattern.
_COORDINATED_ADJECTIVES = (
    r"\s*(?:(?!(?:so|and|or|but|nor|yet|our|their|its|his|her|my|your|the|an?|this|these|those|which|that|who|we|it|they|"
    r"you|i|are|is|was|were|be|to|for|with|of|in|on|by|from|as|at|like|such)(?:\s|,|$))[\w-]+\s*,?\s*){0,4}?"
    r"(?:models?|llms?|weights|checkpoints|networks?|transformers?|encoders?|decoders?"
    # "a completely open-source, free OCR tool": software after the adjectives
    r"|tools?|toolkits?|librar(?:y|ies)|frameworks?|sdks?|engines?|apps?|applications?|software|packages?)\b"
)


# Words that end a noun phrase after its noun ("models available on the Hub") but modify one before it.
_PRENOMINAL = frozenset({"available", "released", "trained", "developed", "built", "designed", "created", "licensed", "made"})


def _np_after(text: str, end: int, skip_determiners: bool = False) -> list[str]:
    """Lower-cased words of the noun phrase that follows a phrase.

    With `skip_determiners` the phrase is a verb's object ("open-sourced the pre-training
    and fine-tuning (SFT) scripts"): "and" and parenthesised asides do not end it.
    """
    words: list[str] = []
    depth = 0
    limit = 10 if skip_determiners else 6
    window = text[end : end + 140]
    for match in _TOKEN.finditer(window):
        token = match.group(0)
        glued = _GLUED_SENTENCE.match(token)
        if glued:
            token = glued.group(1) + "."  # "framework.It can be used …": a sentence that lost its space still ends here
        low = token.lower().rstrip(".")
        if skip_determiners and token in "()":
            depth = max(0, depth + (1 if token == "(" else -1))
            continue
        if depth:
            continue
        if not low[:1].isalnum() or not low.isascii():
            if token.strip("*_`") == "":
                continue  # emphasis is no boundary: "the first fully open-source **generative recommendation** framework"
            if token in ("-", "/", "&") or (skip_determiners and token == "," and words):
                continue  # a verb's object may be a list: "open-sourced the codes, weights, and benchmarks"
            if not skip_determiners and token == "," and len(words) <= 2 and regex(_COORDINATED_ADJECTIVES, re.IGNORECASE).match(window, match.end()):
                continue  # adjectives in a row: "a collection of open source, on-device, TTS speech language models", "an open-source, free OCR tool"
            break
        if low in _PRENOMINAL and _subject_of_words(words) is None:
            continue  # before its noun a participle modifies it: "the largest available TCM dataset", "the released checkpoints"
        if low in _EN_NP_STOP and not (skip_determiners and low in ("and", "or")):
            break
        if skip_determiners and low in _EN_DETERMINERS:
            continue
        words.append(low)
        if len(words) >= limit or token.endswith("."):
            break  # "… open-source language models. Our implementation …": the sentence ends the phrase
    return words


def _word_subject(word: str) -> str | None:
    for part in word.split("-") if "-" in word and word not in _EN_MODEL else [word]:
        if part in _EN_WEIGHTS:
            return "weights"
        if part in _EN_CODE:
            return "code"
        if part in _EN_MODEL:
            return "model"
        if part in _EN_DATA:
            return "data"
    return None


def _subject_of_words(words: list[str]) -> str | None:
    """Subject of a noun phrase: its first run of keywords, whose last word is the head.

    "model weights" → weights; "release includes weights" → model (the run ends at "includes").
    """
    subject = None
    previous = ""
    for word in words:
        found = _word_subject(word)
        if word in ("release", "releases") and subject is not None:
            found = subject  # "the open-source code release": a release of code, its modifier says what
        if found == "model" and word in ("system", "systems") and previous in _SOFTWARE_ACTIVITIES:
            found = "code"  # "an open-source RL system", "a distributed training system": software, not a model
        if found is None and word in ("suite", "suites") and previous in _TEST_ACTIVITIES:
            found = "code"  # "a fully open-source evaluation suite": test software (a model family's "Open-Source Suites" is not)
        previous = word
        if found is not None:
            subject = found
        elif subject is not None:
            if word in _SOFTWARE_NOUNS:
                return "code"  # "an open-source AI-native proxy", "open-source LLM serving engine": software
            break
    return subject


# Of several subjects named together, the release itself (weights, then model) outranks its code and data.
_RELEASE_FIRST = ("weights", "model", "code", "data")


def _subject_of_list(words: list[str]) -> str | None:
    """Subject of a verb's object that may list several things ("open-sourced the codes, weights, and
    benchmarks"): of the listed heads, the release itself (weights, model) outranks its code and data."""
    found: set[str] = set()
    for index, word in enumerate(words):
        if word in ("and", "or"):
            continue
        subject = _word_subject(word)
        if subject is not None:
            found.add(subject)
        elif found:
            if word in _SOFTWARE_NOUNS:
                found.add("code")
            following = words[index + 1] if index + 1 < len(words) else ""
            if following and _word_subject(following) is not None:
                continue  # the next item's modifier: "the training code, inference code, model checkpoints"
            break
    return next((s for s in _RELEASE_FIRST if s in found), None)


# Nouns that make a phrase about software even after a model word ("AI-native proxy", "LLM gateway").
# What a "system" named after one of these does is run software: "RL system", "serving system", "training system".
_TEST_ACTIVITIES = frozenset("evaluation eval evals test testing benchmark benchmarking".split())
_SOFTWARE_ACTIVITIES = frozenset(
    "rl training serving inference distributed deployment parallel scheduling evaluation retrieval storage compute".split()
)


_SOFTWARE_NOUNS = frozenset(
    "proxy proxies gateway gateways engine engines server servers framework frameworks library libraries toolkit "
    "toolkits sdk cli runtime platform platforms plugin plugins extension app apps application applications".split()
)


def _subject_before_en(clause: str) -> str | None:
    """Subject named in a clause; the release itself (weights, model) outranks its code, except when the clause
    opens with a noun phrase whose head a preposition qualifies ("The code for training the model has been open-sourced")."""
    words = [w.lower() for w in regex(r"[A-Za-z][\w'-]*").findall(clause)]
    head = _qualified_head(words)
    if head is not None:
        return head
    found = {s for s in (_subject_of_words([w]) for w in words) if s}
    for subject in _RELEASE_FIRST:
        if subject in found:
            return subject
    return None


_HEAD_QUALIFIERS = frozenset("for of used to behind".split())


_OPENING_WORDS = frozenset("the a an our all its this these full complete entire source training pre-training".split())


def _qualified_head(words: list[str]) -> str | None:
    """"The code for training the model …", "the data used to train it …": the clause's first noun is its subject."""
    for index, word in enumerate(words[:4]):
        subject = _subject_of_words([word])
        if subject is not None:
            following = words[index + 1] if index + 1 < len(words) else ""
            return subject if following in _HEAD_QUALIFIERS else None
        if word not in _OPENING_WORDS:
            return None
    return None


def _zh_keywords(text: str) -> list[tuple[int, str]]:
    """(start, subject) of each keyword; of a compound of two ("模型代码", model code) only its head, the last."""
    spans: list[tuple[int, int, str]] = []
    for pattern, subject in ((_ZH_WEIGHTS, "weights"), (_ZH_CODE, "code"), (_ZH_MODEL, "model"), (_ZH_DATA, "data")):
        spans.extend((m.start(), m.end(), subject) for m in pattern.finditer(text))
    spans.sort()
    starts = {start for start, _, _ in spans}
    return [(start, subject) for start, end, subject in spans if end not in starts]


_MODEL_NAME = lazy_compile(r"[A-Za-z][A-Za-z0-9.-]*[A-Z]|\d+(?:\.\d+)?\s*[BbMm]\b|[A-Z][a-z]+")


_ZH_COORDINATION = lazy_compile(r"[和与與及、&/]|以及|并且|並且")


def _subject_zh(segment: str, head_last: bool) -> str | None:
    """Subject of a Chinese phrase.

    With `head_last` (the object after "开源了…") the head noun is the last one, after
    the final "的": "使用中文数据预训练的中文LLaMA" is about LLaMA, not about data.
    Otherwise (the topic before "…开源") the first noun wins.
    """
    if not segment.strip():
        return None
    if head_last:
        tail = segment.rsplit("的", 1)[-1]
        found = _zh_keywords(tail)
        if found:
            # A Chinese noun phrase ends with its head: "模型推理实现" is an implementation (code). Of coordinated heads
            # ("模型权重和训练代码"), the release itself outranks its code.
            heads = [keywords[-1][1] for part in _ZH_COORDINATION.split(tail) if (keywords := _zh_keywords(part))]
            subjects = set(heads) or {subject for _, subject in found}
            return next(s for s in _RELEASE_FIRST if s in subjects)
        en = _subject_before_en(tail)
        if en:
            return en
        if _MODEL_NAME.search(tail):
            return "model"  # a model name: "开源了中文LLaMA", "开源Chinese-LLaMA-2-13B"
        found = _zh_keywords(segment)
        return found[-1][1] if found else _subject_before_en(segment)
    # The topic before "…开源": the release itself (weights, model) outranks its code.
    subjects = {subject for _, subject in _zh_keywords(segment)}
    for subject in _RELEASE_FIRST:
        if subject in subjects:
            return subject
    return _subject_before_en(segment)


# Coordinated clauses of one sentence, each with its own subject: "The code is free for commercial use, and the model
# weights and data can only be used for research purposes."
_COORDINATED = lazy_compile(r",\s+(?:and|but|while|whereas)\s+|;\s*|，|；")


def clause_subject(text: str, start: int, end: int) -> str:
    """The subject of the coordinated clause holding text[start:end], or of its sentence when the clause names none."""
    sentence, at = _sentence_span(text, start, end)
    opening = max((m.end() for m in _COORDINATED.finditer(sentence, 0, at)), default=0)
    closing = _COORDINATED.search(sentence, at + (end - start))
    clause = sentence[opening : closing.start() if closing else len(sentence)]
    subject = _subject_zh(clause, head_last=False) if _is_zh(clause) else _subject_before_en(clause)
    return subject or _sentence_subject(text, start, end)


def _sentence_subject(text: str, start: int, end: int) -> str:
    sentence = _sentence(text, start, end)
    if _is_zh(sentence):
        return _subject_zh(sentence, head_last=False) or "unclear"
    return _subject_before_en(sentence) or "unclear"
