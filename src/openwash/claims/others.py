"""Whether an openness phrase describes another model, another party's thing or a category the release is compared
with, rather than the release: named models before or after the phrase (checked against the release's own names),
sets of others, components declared by name, versions of named models, in English and in Chinese."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from openwash.claims.lexicon import _ZH_PHRASE_END, _ZH_SELF
from openwash.claims.markdown import _FENCE
from openwash.lazyre import lazy_compile, regex
from openwash.claims.subject import (
    _WINDOW,
    _clause_before,
    _np_after,
    _sentence,
    _sentence_before,
    _word_subject,
)

if TYPE_CHECKING:
    from openwash.claims import _Hit
    from openwash.documents import Document

# "Llama 2 is an open-source model, but M is not", "M beats Llama 2, the most popular open-source
# model", "与 Llama 2 等开源模型相比": the phrase describes another model or a category the release
# is compared with. These checks need the whole clause (what comes after the phrase, the clause
# before an appositive comma) and the release's own name, so they run once per hit, after the scan.


_HEADING_TEXT = lazy_compile(r"^\s{0,3}#\s+(?P<text>.+?)\s*#*\s*$|<h1[^>]*>(?P<html>.*?)</h1>", re.IGNORECASE)


_MARKUP = lazy_compile(r"!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|<[^>]{0,500}>|[*_`\[\]]")


_GENERIC_TITLE = lazy_compile(
    r"^\W*(?:introduction|overview|about|readme|summary|description|model\s+(?:card|description|details|summary)|"
    r"quick\s*start|usage|getting\s+started|news|updates?|简介|介绍|介紹|模型介绍|模型介紹|概述|概覽|概览|说明|說明|新闻|新聞)\W*$",
    re.IGNORECASE,
)


_TITLE_LINES = 80  # the title is near the top; later "# …" lines are sections


def _normal_name(text: str) -> str:
    return regex(r"[^0-9a-z\u4e00-\u9fff]").sub("", text.lower())


def _own_names(doc: Document) -> tuple[str, ...]:
    """The release's own names: the first level-1 heading with words, and front-matter names."""
    from openwash.identity import front_matter_names

    names = front_matter_names(doc)
    first = max(0, doc.body_start_line - 1)
    in_fence = False
    for line in doc.lines[first : first + _TITLE_LINES]:
        if _FENCE.match(line):
            in_fence = not in_fence
        if in_fence or ("#" not in line and "<h1" not in line.lower()):
            continue
        heading = _HEADING_TEXT.search(line)
        if heading:
            title = _MARKUP.sub(" ", heading.group("text") or heading.group("html") or "")
            if _GENERIC_TITLE.match(title):
                break  # "# Introduction": the release's name is not in the title
            if _normal_name(title):
                names.append(title)
                break
    return tuple(n for n in (_normal_name(name) for name in names) if n)


def _names_other_model(text: str, own_names: tuple[str, ...]) -> bool:
    """`text` is exactly another model's name: a known family or Hub id that is not the release's own name.

    Without an own name to compare with, nothing is taken as another model (a claim is kept).
    """
    from openwash import lineage

    name = regex(r"^\s*(?:(?:the|original|[\w-]+['’]s)\s+)+", re.IGNORECASE).sub("", text.strip())
    name = regex(r"\s+(?:models?|family|series|llms?)\s*$", re.IGNORECASE).sub("", name)
    if not own_names or not lineage.is_model_name(name):
        return False
    return not _is_own(name, own_names)


def _is_own(name: str, own_names: tuple[str, ...]) -> bool:
    """`name` is one of the release's names, or contains one, or is contained in one (normalised)."""
    normal = _normal_name(name)
    return bool(normal) and any(normal in own or (len(own) >= 3 and own in normal) for own in own_names)


_EN_COPULA_SUBJECT = lazy_compile(
    r"^[\W_]*(?P<subject>[\w][\w.'’/ -]{0,70}?)\s+(?:is|are|was|were|remains|has\s+been|have\s+been|became|becomes|stays)\b"
    r"(?P<rest>[^\n]*)$",
    re.IGNORECASE,
)


_ZH_COPULA_SUBJECT = lazy_compile(r"^[\W_]*(?P<subject>[^，。；：\n]{1,70}?)\s*(?:是|为|為|属于|屬於|乃)(?P<rest>[^，。；\n]{0,12})$")


# An appositive: a determiner-led noun phrase with no verb ("…, the most popular open-source model").
_EN_APPOSITIVE = lazy_compile(r"^\s*(?:the|a|an|another|one\s+of\s+the)\b", re.IGNORECASE)


_EN_CLAUSE_VERB = lazy_compile(r"\b(?:is|are|was|were|be|has|have|had|we|our|ours|us|i)\b", re.IGNORECASE)


# "Based on X, the …", "Compared with X, the …": an introductory phrase; what follows is the main subject.
_EN_INTRO = lazy_compile(
    r"^\W*(?:[a-z-]+(?:ed|ing)|unlike|like|with|without|from|in|on|by|for|after|before|against|as|besides|beyond|"
    r"versus|vs\.?|among|over|relative|thanks|despite|since|while|when|although|though|if)\b",
    re.IGNORECASE,
)


# Verbs whose object an appositive describes: "M beats Llama 2, the …".
_EN_COMPARISON_VERB = lazy_compile(
    r"\b(?:outperform\w*|surpass\w*|beat|beats|beating|exceed\w*|rival\w*|match(?:es|ing)?|than|versus|vs\.?|"
    r"on\s+par\s+with|comparable\s+to|competes?\s+with|competitive\s+with|compare[sd]?\s+(?:it\s+)?(?:with|to|against))\b",
    re.IGNORECASE,
)


_EN_SO_IS = lazy_compile(r"\b(?:and\s+)?so\s+(?:is|are|does|do)\b|\bas\s+(?:is|are|does|do)\b|\b(?:is|are)\s+(?:too|as\s+well)\b", re.IGNORECASE)


_ZH_FRAME_BEFORE = lazy_compile(r"与|與|跟|同|和")


_ZH_FRAME_AFTER = lazy_compile(r"相比|对比|對比|比较|比較|相较|相較|比起|比肩|媲美|持平|相当|相當|差距|不相上下")


_ZH_SUCH_AS = lazy_compile(r"等等?\s*(?:的\s*)?$")


_EXEMPT_KINDS = frozenset({"license-declaration", "open-license-term"})


# "on open-source language models Bloom, OpenLLaMA, GPT-J, …", "các Open-Source Based LLMs (BLOOMZ, Open-LLaMA, v.v.)":
# a short noun phrase after the adjective, then a list of names (in any language's prose)
_NAMED_SET_AFTER = lazy_compile(
    r"(?:\s+(?!(?:by|on|with|from|for|to|of|in|at|via|and|or)\b)(?![a-z]+(?:ed|ing)\b)[\w.-]+){0,4}?\s*(?:\(|:|\s(?:such\s+as|like|including|e\.g\.,?)\s|\s(?=[A-Z]))\s*"
    r"(?P<names>[A-Za-z][\w.+-]*(?:\s*(?:,|、|/|\band\b|\bor\b)\s*[A-Za-z][\w.+-]*){1,12})"
)


def _names_a_set_of_others(text: str, hit: _Hit, own_names: tuple[str, ...]) -> bool:
    """The phrase heads a list of other models: two names or more after it, one of them a known model, none the
    release's."""
    found = _NAMED_SET_AFTER.match(text, hit.end, min(len(text), hit.end + 300))
    if found is None or not own_names:
        return False
    from openwash import lineage

    names = [n for n in regex(r"\s*(?:,|、|/|\band\b|\bor\b)\s*").split(found.group("names")) if n]
    if any(len(_normal_name(n)) >= 3 and _is_own(n, own_names) for n in names):
        return False
    return len(names) >= 2 and any(lineage.is_model_name(n) for n in names)


def _about_other_model(text: str, hit: _Hit, own_names: tuple[str, ...]) -> bool:
    """The phrase describes another model, or a category the release is compared with; a licence declared for
    other named components ("CLIP and ZSSEG are licensed under the MIT license") is theirs."""
    if hit.kind == "license-declaration":
        return _declared_for_named_components(_clause_before(text, hit.start), own_names)
    if hit.kind in _EXEMPT_KINDS:
        return False
    if hit.kind == "open-source" and _names_a_set_of_others(text, hit, own_names):
        return True
    if hit.language == "zh":
        return _zh_about_other(text, hit, own_names)
    return _en_about_other(text, hit, own_names)


# "CLIP and ZSSEG are licensed under the ", "MaskFormer is licensed under ": names, then the licensing verb
_EN_NAMES_LICENSED = lazy_compile(
    r"(?:^\s*|[:;(]\s*)(?P<names>[^\s:;(][^:;(]{0,120}?)\s+(?:is|are)\s+(?:(?:also|each|both|all|respectively)\s+)?"
    r"(?:licen[cs]ed|released|distributed|available|provided|covered|governed)\s+(?:under|by)\s+(?:(?:the|an?|their|its)\s+)?\W*$",
    re.IGNORECASE,
)


def _declared_for_named_components(clause: str, own_names: tuple[str, ...]) -> bool:
    """The clause's subject lists proper names, none of them the release's: "However portions of the project are under
    separate license terms: CLIP and ZSSEG are licensed under the MIT license" states those components' licence.
    Without the release's own name nothing is taken as another's (a declaration is kept)."""
    if not own_names:
        return False
    found = _EN_NAMES_LICENSED.search(clause)
    if found is None:
        return False
    from openwash.claims.whose import names_a_party

    names = [part for part in regex(r"\s*(?:,|&|\band\b)\s*").split(found.group("names").strip()) if part.strip()]
    parties = [names_a_party(name) for name in names]
    return bool(parties) and all(party is not None and not _names_own(party, own_names) for party in parties)


def _names_own(name: str, own_names: tuple[str, ...]) -> bool:
    """`name` is the release's: one of its names, holds one, or opens one (a title names the release first:
    "OVSeg: … with Mask-adapted CLIP" is OVSeg's, and CLIP is another project that the title mentions)."""
    normal = _normal_name(name)
    return bool(normal) and any(normal == own or own.startswith(normal) or (len(own) >= 3 and own in normal) for own in own_names)


def _names_other_party(subject: str, after: str, own_names: tuple[str, ...]) -> bool:
    """The clause's subject is another model, or another named piece of software: "Llama 2 is an
    open-source model", "vLLM is an open-source inference engine", "Docker 是一个开源的应用容器引擎".

    An unknown name is taken as another party only when the phrase describes software (a name
    openwash cannot place might be the release's own, and a claim is then kept).
    """
    if _names_other_model(subject, own_names):
        return True
    from openwash.claims.whose import names_a_party, software_head

    linked = _EXTERNAL_LINK_SUBJECT.match(subject)
    # "[Mary (Modular Architecture …) Text-to-Speech](http://mary.dfki.de/) is an open-source (GNU LGPL license), …
    # platform": a subject that is a link elsewhere names that project, however many words its name has
    name = " ".join(linked.group(1).split()[:4]) if linked else names_a_party(subject)
    if name is None or not own_names or not software_head(_PARENTHETICAL_LEAD.sub(" ", after, count=1)):
        return False
    return not _is_own(name, own_names)


_EXTERNAL_LINK_SUBJECT = lazy_compile(r"^\W*\[([^\]]{1,160})\]\(\s*<?https?://[^)\s]{1,400}\)\W*$")


# "(GNU LGPL license), multilingual … platform": what the phrase describes comes after the aside
_PARENTHETICAL_LEAD = lazy_compile(r"^\s*\([^)]{0,80}\)\s*,?")


# "We recommend Audacity. It is an open-source and free audio editing software.": the sentence before ends on a name
_NAME_ENDS_SENTENCE = lazy_compile(r"([A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2})\W*[.!]\s*$")


_NAME_REACH = 120


_PREVIOUS_SENTENCE = lazy_compile(r"(?:^|[.!?]\s+)([^.!?]*[.!?]\s*)$")


_PERSON_SUBJECT = lazy_compile(r"\W*(?:we|you|i|users?|one)\b", re.IGNORECASE)


_FIRST_PERSON = lazy_compile(r"\b(?:our|my|we)\b", re.IGNORECASE)


def _names_other_model_after(text: str, hit: _Hit, own_names: tuple[str, ...]) -> bool:
    """"Meta's open-source Llama V2 70B parameter model": the words between the adjective and the head
    noun name another model, which the adjective describes."""
    lead: list[str] = []
    head = None
    for word in _np_after(text, hit.end):
        if _word_subject(word) is not None or _DERIVATIVE_HEAD.match(word):
            head = word
            break
        lead.append(word)
    if not lead or (head is not None and _DERIVATIVE_HEAD.match(head)):
        return False  # "an open source Stable Diffusion fine-tune": the fine-tune is the release
    if not _BASE_BEFORE.search(text[max(0, hit.start - 60) : hit.start]):
        return False  # "We release an open-source Llama 2 model": nothing says the model is another's
    return any(_names_other_model(" ".join(lead[:size]), own_names) for size in range(min(4, len(lead)), 0, -1))


# What puts a named model outside the release: a possessive ("Meta's"), or a base-model preposition.
_BASE_BEFORE = lazy_compile(
    r"(?:\b[\w-]+['’]s|\b(?:based|built|trained|fine-?tuned|distilled|initiali[sz]ed|derived)\s+(?:on|upon|from)(?:\s+top\s+of)?"
    r"|\bfoundation\s+of|\bon\s+top\s+of|\bstarting\s+from)\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)


# Head nouns that make the phrase a derivative of the named model, i.e. the release itself.
_DERIVATIVE_HEAD = lazy_compile(
    r"^(?:fine-?tunes?|finetuned|derivatives?|variants?|versions?|merges?|adaptations?|adapters?|loras?|quantizations?|quants?|distill\w*|ports?|reproductions?)$"
)


# "GPT-Neo (Open Source version of GPT-3)", "The Open Source version of GPT-3: GPT-Neo(125M) has been fine-tuned on …":
# "an open-source version of X" attached to another model's name describes that model (unattached, as in "Foo, an
# open-source reproduction of LLaMA", it stays the release's claim)
_VERSION_OF_AFTER = lazy_compile(
    r"^[\s-]*(?:version|implementation|re-?implementation|replication|reproduction|alternative|counterpart|equivalent)\s+of\s+"
    r"[^:()\n]{1,40}?(?=\s*[:：)])",
    re.IGNORECASE,
)


_NAME_THEN_PAREN = lazy_compile(r"(?P<name>[A-Za-z][\w.-]{1,40})\s*\(\s*(?:an?\s+|the\s+)?$")


_COLON_NAME = lazy_compile(r"^\s*[:：]\s*(?:\*\*|__)?(?P<name>[A-Za-z][\w.-]{1,40})")


def _version_of_named_model(text: str, hit: _Hit, own_names: tuple[str, ...]) -> bool:
    version = _VERSION_OF_AFTER.match(text[hit.end : hit.end + 120])
    if version is None:
        return False
    rest = text[hit.end + version.end() : hit.end + version.end() + 60]
    before = _NAME_THEN_PAREN.search(text[max(0, hit.start - 50) : hit.start])
    after = _COLON_NAME.match(rest)
    return any(m is not None and _names_other_model(m.group("name"), own_names) for m in (before, after))


def _en_about_other(text: str, hit: _Hit, own_names: tuple[str, ...]) -> bool:
    if _names_other_model_after(text, hit, own_names):
        return True
    if hit.kind == "open-source" and _version_of_named_model(text, hit, own_names):
        return True
    clause = _clause_before(text, hit.start)
    copula = _EN_COPULA_SUBJECT.match(clause)
    if copula and len(copula.group("rest").split()) <= 8 and _names_other_party(copula.group("subject"), text[hit.end :], own_names):
        # "Llama 2 is an open-source model", unless the release joins it: "…, and so is M".
        return not _EN_SO_IS.search(_sentence(text, hit.start, hit.end)[len(_sentence_before(text, hit.start)) :])
    if copula and copula.group("subject").strip().lower() == "it" and not _FIRST_PERSON.search(copula.group("rest")):
        # "We recommend Audacity. It is an open-source and free audio editing software.": when the sentence before has a
        # person for its subject ("we", "you"), "it" is the name that sentence ends on ("… a fine-tune of LLaMA-13B. It
        # is our attempt at …" is the release: that sentence's subject is the release)
        tail = text[: hit.start - len(clause)][-_NAME_REACH:]  # (bounded: the search is tried at each capital)
        sentence_before = _PREVIOUS_SENTENCE.search(tail)
        named = _NAME_ENDS_SENTENCE.search(tail) if sentence_before and _PERSON_SUBJECT.match(sentence_before.group(1)) else None
        if named and _names_other_party(named.group(1), text[hit.end :], own_names):
            return True
    clause_start = hit.start - len(clause)
    if not (text[:clause_start].endswith((", ", ",\t")) and _EN_APPOSITIVE.match(clause) and not _EN_CLAUSE_VERB.search(clause)):
        return False
    previous = _clause_before(text, clause_start - 2)
    if not previous.strip() or _EN_INTRO.match(previous):
        return False  # "Compared with X, the open-source M …": the phrase is about the main subject
    if _EN_COMPARISON_VERB.search(previous) and not regex(r"\b(?:our|ours|among)\b", re.IGNORECASE).search(previous):
        return True  # "M beats Llama 2, the most popular open-source model"
    words = previous.split()
    return any(_names_other_model(" ".join(words[-size:]), own_names) for size in range(1, min(4, len(words)) + 1))


def _zh_about_other(text: str, hit: _Hit, own_names: tuple[str, ...]) -> bool:
    before = _clause_before(text, hit.start)
    window = text[hit.end : hit.end + _WINDOW]
    phrase_end = _ZH_PHRASE_END.search(window)
    after = window[: phrase_end.start()] if phrase_end else window
    if _ZH_SUCH_AS.search(before) and not _ZH_SELF.search(_sentence_before(text, hit.start)):
        return True  # "Llama 2 等开源模型": open-source models such as Llama 2 ("我们发布了 A、B 等开源模型" is ours)
    if _ZH_FRAME_BEFORE.search(before) and _ZH_FRAME_AFTER.search(after):
        return True  # "与…开源模型相比", "M 与开源模型 X 的对比"
    named = _zh_named_subject(before)
    if named and _names_other_model(named.group(1), own_names):
        return True  # "看到llama3权重刚刚开源": another model's weights were open-sourced
    copula = _ZH_COPULA_SUBJECT.match(before)
    # "Llama 2 是开源模型", "Docker 是一个开源的应用容器引擎"
    return bool(copula and _names_other_party(copula.group("subject"), text[hit.end :], own_names))


# A model named right before 开源, with only "的", 模型/权重 and an adverb between: "llama3权重刚刚开源".
_ZH_NAMED_SUBJECT = lazy_compile(
    r"([A-Za-z][A-Za-z0-9_.\-]{1,40})\s*(?:的)?\s*(?:模型|权重|權重)?\s*(?:刚刚|剛剛|已经|已經|已|也|正式|终于|終於|宣布|率先)?\s*$"
)


_NAME_CHAR = lazy_compile(r"[A-Za-z0-9_.\-]")


def _zh_named_subject(before: str) -> re.Match[str] | None:
    """`_ZH_NAMED_SUBJECT.search(before)`, tried only where a match can start: the name ends at the
    last name character (nothing after it may hold one) and is at most 41 characters long. A plain
    search tries every letter of the clause, ~40 steps each, which adds up on long table rows."""
    last = _NAME_CHAR.search(before[::-1])
    if last is None:
        return None
    return _ZH_NAMED_SUBJECT.search(before, max(0, len(before) - last.start() - 41))
