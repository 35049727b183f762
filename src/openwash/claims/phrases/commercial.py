"""Whether a commercial-use phrase ("free for commercial use", "可商用", "상업적 이용", "商用利用") states the
release's terms: possibilities, conditions the reader may be in, outputs, and other things the phrase qualifies are not."""

from __future__ import annotations

import re

from openwash.claims import _Hit
from openwash.claims.lexicon import (
    _COMMERCIAL_EN,
    _COMMERCIAL_JA,
    _COMMERCIAL_KO,
    _COMMERCIAL_ZH,
    _KO_JA_COMMERCIAL_NEGATED_AFTER,
)
from openwash.claims.subject import (
    _clause_before,
    _negated_en,
    _negated_zh,
    _quoted_term,
    clause_subject,
    _sentence_before,
    _word_subject,
)
from openwash.lazyre import lazy_compile, regex


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


# Commercial use only once the publisher grants it: "may be used commercially upon obtaining proper authorization",
# "在进行授权后允许商业使用". The licence reader takes the sentence as terms (commercial authorisation); it promises nothing.
_UPON_AUTHORISATION = lazy_compile(
    r"\s*(?:only\s+)?(?:upon|after|with|once|following|subject\s+to)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:authori[sz]ation|permission|approval|licen[cs]e|agreement|consent|registration)\b",
    re.IGNORECASE,
)
_ZH_AFTER_AUTHORISATION = lazy_compile(r"(?:授权|授權|许可|許可|审批|審批|批准|审核|審核|申请|申請)(?:后|後|之后|之後)[^。；;，,]{0,8}$")


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
        if _UPON_AUTHORISATION.match(text, match.end()):
            continue  # "may be used commercially upon obtaining proper authorization": a condition, stated as terms
        if _OUTPUTS_BEFORE.search(sentence_before[-160:]):
            continue  # "the pixel art you make with these models is yours — you may use it commercially": the outputs
        hits.append(_Hit(match.start(), match.end(), "commercial-use", "en", qualified or clause_subject(text, match.start(), match.end())))
    for match in _COMMERCIAL_ZH.finditer(text):
        if _negated_zh(text, match.start()) or _ZH_AFTER_AUTHORISATION.search(text[max(0, match.start() - 24) : match.start()]):
            continue  # "在进行授权后允许商业使用": commercial use after a grant, stated as terms
        hits.append(_Hit(match.start(), match.end(), "commercial-use", "zh", clause_subject(text, match.start(), match.end())))
    if not text.isascii():
        for pattern, language in ((_COMMERCIAL_KO, "ko"), (_COMMERCIAL_JA, "ja")):
            for match in pattern.finditer(text):
                if _KO_JA_COMMERCIAL_NEGATED_AFTER.match(text[match.end() : match.end() + 20]) or _quoted_term(text, match.start(), match.end()):
                    continue
                hits.append(_Hit(match.start(), match.end(), "commercial-use", language, clause_subject(text, match.start(), match.end())))
    return hits
