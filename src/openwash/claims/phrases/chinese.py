"""Whether a Chinese "开源" phrase is this release's claim and about which part of it: negations, promises, tools
used, other people's projects and data, rankings among open-source models, the topic that says what is open."""

from __future__ import annotations

import re

from openwash.claims import _Hit
from openwash.claims.lexicon import (
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
    _negated_zh,
    _promised,
    _quoted_term,
    _sentence_subject,
    _subject_of_words,
    _subject_zh,
    _unlinked,
    _zh_keywords,
)
from openwash.lazyre import lazy_compile, regex
from openwash.claims.phrases.antonyms import _with_its_antonym


# "我们使用开源评测工具 OpenCompass": the tool used
_ZH_USED_BEFORE = lazy_compile(r"(?:使用|采用|利用|借助|调用|使用了|采用了|利用了)\s*(?:现有的?|已有的?|其他的?|一些|多个)?\s*$")


# "选择开源模型…" (choose an open-source model's …), "为当前开源的大模型扩充词表" (extend the vocabulary for the open-source
# LLMs of today), "为开源的中文大模型ChatGLM扩充" (for the open-source Chinese LLM ChatGLM), "该方式支持对开源模型进行采样"
# (the method supports sampling open-source models): models the sentence picks, serves or works on
_ZH_CHOSEN_BEFORE = lazy_compile(
    r"(?:选择|選擇|选用|選用|挑选|挑選|借鉴|借鑒)\s*$|(?:为|為|给|給)\s*(?:当前|當前|目前|现有|現有)\s*$|^\s*(?:比如|例如)?\s*(?:为|為|给|給)\s*$"
    r"|(?:支持|支援|兼容)\s*(?:对|對)?\s*(?:各种|各種|各类|各類|多种|多種|主流|常见|常見|更多|所有)?\s*(?:的)?\s*$"
    r"|(?<![相绝絕针針面])(?:对|對)\s*(?:各种|各種|各类|各類|多种|多種|主流|现有|現有)?\s*(?:的)?\s*$"
)


_ZH_RANKED = lazy_compile(r"(?:模型|项目|項目)(?:之)?中|之一|最|第一|领先|領先|SOTA|前列", re.IGNORECASE)  # "为当前开源模型中最强的": a ranking, the release's claim


_ZH_MODEL_AFTER = lazy_compile(r"^\s*的?\s*(?:[\u4e00-\u9fff]{0,6})(?:模型|项目|項目|方案)")


_ZH_DEVELOPMENT_OF = lazy_compile(
    r"^[^，。；]{0,20}?的\s*(?:发展|發展|研究|进步|進步|生态|生態|繁荣|繁榮|社区|社區|领域|領域|浪潮|趋势|趨勢|热潮|熱潮|运动|運動|事业|事業)"
)


_ZH_AMONG = lazy_compile(r"^[^，。；]{0,12}?(?:模型|大模型|LLM|方案|系统|系統)\s*(?:中|之中|里|裡|当中|當中)[^，。；]{0,6}?(?:领先|領先|最|第一|前列|榜首|佼佼者|SOTA)", re.IGNORECASE)


def _classify_open_source_zh(text: str, start: int, end: int, kind: str) -> _Hit | None:
    if _negated_zh(text, start) or _quoted_term(text, start, end) or _with_its_antonym(text, start, end):
        return None
    after = text[end : end + 30]
    # a link's target is not part of the phrase: "开源…的[AlphaFold 2](https://doi.org/…)蛋白质结构预测模型推理实现"
    window = _unlinked(text[end : end + _WINDOW + 800])[:_WINDOW]
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
    edition = _edition_of(before) if _ZH_EDITION_AFTER.match(after) else None
    if _ZH_UNDER_LICENCE_AFTER.match(window):
        # "该项目开源自 [BSD 3-Clause License](LICENSE.md)", "本仓库开源于 Apache-2.0 协议": the licence it is published
        # under follows; the topic says what, and without one it is the repository, its code
        subject = _subject_zh(before, head_last=False) or "code"
    elif edition is not None:
        subject = edition  # "验证码识别SDK免费开源版": the open-source edition of what is named just before (an SDK: code)
    elif place:
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


# "开源版" / "开源版本": an edition, not copyright (版权)
_ZH_EDITION_AFTER = lazy_compile(r"^\s*版(?:本)?(?![权權])")
_ASCII_WORD = lazy_compile(r"[A-Za-z][A-Za-z0-9.+-]*")


def _edition_of(before: str) -> str | None:
    """The subject of the thing whose edition "开源版" is: the last keyword or English word right before it."""
    tail = before[-24:]
    found = _zh_keywords(tail)
    last_zh = found[-1] if found else None
    words = list(_ASCII_WORD.finditer(tail))
    last_en = (words[-1].start(), _subject_of_words([words[-1].group(0).lower()])) if words else None
    picks = [p for p in (last_zh, last_en) if p is not None and p[1] is not None]
    return max(picks)[1] if picks else None


# What follows 开源 is the licence: "开源自/于 [BSD 3-Clause License](…)", "开源于 Apache-2.0 协议" (link targets removed).
_ZH_UNDER_LICENCE_AFTER = lazy_compile(
    r"^\s*(?:自|于|於|在|遵循|采用|採用|基于|基於)\s*\[?\s*[^\]，。；;\n]{0,40}?(?:licen[cs]e|许可证?|許可證?|协议|協議)",
    re.IGNORECASE,
)
_ZH_PROJECT_UNDER_LICENCE = lazy_compile(
    r"(?:本项目|本項目|本仓库|本倉庫|该项目|該項目)\s*(?:采用|採用|基于|基於|遵循|使用)[^，。；]{1,60}(?:协议|協議|许可证?|許可證?|licen[cs]e)\s*$",
    re.IGNORECASE,
)


_ZH_COPULA_DESCRIBED = lazy_compile(
    r"(?:是|为|為|成为|成為)[^，,。；;：:]{0,10}?(?:基于|基於|使用|利用|依托|借助)[^，,。；;：:]{1,30}的\s*$"
)
