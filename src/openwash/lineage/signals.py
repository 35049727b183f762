"""The base-model references that a card's prose makes (English and Chinese derivation wording, "the original X"),
and the body reader that hands each reader (labels, tables, prose, code) only the lines it can use."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from openwash.documents import CARD, Document
from openwash.lazyre import lazy_compile, regex
from openwash.lineage.families import resolve
from openwash.lineage.ids import (
    _CODE_ID,
    _HF_LINK,
    _MENTION,
    _STEM_WORDS,
    _first_mention,
    _make_ref,
    _names_a_model,
)
from openwash.model import BaseModelRef
from openwash.lineage.code_refs import _code_refs
from openwash.lineage.labels import _label_refs, _table_refs


# Prose: the model named right after these words is what the release descends from.
_EN_DERIVATION = lazy_compile(
    r"\b(?:"
    r"fine[- ]?tun(?:ed|e|ing)\s+(?:versions?\s+|variants?\s+|checkpoints?\s+)?(?:of|from|on\s+top\s+of)"
    # "We open-source our fine-tuned model on [llama3.1-8B-Instruct](…)": the model it was tuned on
    r"|fine[- ]?tuned\s+(?:models?|checkpoints?)\s+on"
    # "Our training code to train Llama 3.1 8B using our processed data": training an existing model further
    r"|\b(?:code|scripts?|recipe)\s+to\s+(?:further\s+)?(?:train|fine-?tune)"
    # "an instruction-tuned version of Meta-Llama-3-8b-instruct", "a DPO-tuned variant of …"
    r"|(?:instruction|instruct|chat|dpo|sft|rlhf)[- ]?tuned\s+(?:version|variant|checkpoint)\s+of"
    # "finetuned over the pretrained weights of LlaVA-v1.5"
    r"|fine[- ]?tuned\s+(?:over|on)\s+(?:the\s+)?(?:pre-?trained\s+)?(?:weights|checkpoints?)\s+of"
    r"|(?:(?<=^)|(?<=[.!?]\s)|(?<=[>*_]))by\s+(?:further\s+)?fine[- ]?tuning|we\s+(?:further\s+)?fine[- ]?tune[ds]?"
    # "- Pretraining Llama-2-70B on a 90B token corpus … and obtaining Lemur-70B-v1": a list item or sentence that opens
    # with training an existing model further
    r"|(?:(?<=^)|(?<=[.!?]\s)|(?<=[-*+]\s)|(?<=[>*_]))(?:continued\s+|further\s+)?pre-?training(?=\s+[A-Za-z][\w.-]*\d[\w.-]*\s+on\s)"
    # "We provide 3 LoRA parameter sets for Llama-3.1-8B-Instruct"
    r"|(?:q?lora|peft|dora)(?:\s+(?:adapter|adaption|adaptation|fine-?tune))?(?:\s+(?:weights|parameter\s+sets?|checkpoints?))?\s+(?:for|on|of|over|to)"
    r"|adapter(?:\s+weights)?\s+(?:for|on|of|over)"
    r"|continued\s+pre-?train(?:ing|ed)?\s+(?:of|on|from)"
    r"|(?:further|continually)\s+(?:pre-?)?trained\s+(?:from|on\s+top\s+of)"
    # "Selene Mini is … Post-trained from Llama-3.1-8B": post-training starts from an existing model
    r"|post[- ]?trained\s+(?:from|on\s+top\s+of)"
    r"|(?:based|built)\s+(?:up)?on(?:\s+top\s+of)?|built\s+from"
    # "The model is trained base on Llama-3.2-3B", "developed basing on …": the same relation in non-native English
    r"|(?:trained|built|developed|fine[- ]?tuned)\s+(?:base|basing)\s+on"
    r"|derived\s+from|initiali[sz]ed\s+(?:from|with|by)|starting\s+from"
    # "### Step 1: Download the Chameleon weights", "Request the LLaMA2-7B-Chat models from [Hugging Face](…)": the weights
    # a training recipe or setup has its user fetch first are what the release is built on
    r"|(?:download|request|obtain)\s+the(?=\s+[\[`*_]*[A-Z][\w.-]*(?:[ -][\w.-]+){0,2}?[\]`*_]*\s+(?:base\s+)?(?:weights|checkpoints?|models?)\b)"
    # "The usage of EVE checkpoints should comply with the base LLM's model license: [Llama 2](…)"
    r"|(?:the\s+)?base\s+(?:llm|model|language\s+model)['’]s\s+(?:model\s+)?licen[cs]e\s*[:：]?"
    # "The base model of AutoCoder_QW_7B is [CodeQwen1.5-7b](…)", "Our base model is phi-2", "The base models are from
    # [Qwen2.5-Math](…)": the model named right after the copula (a verb phrase there, "is trained on", names none)
    r"|\b(?:the|our|its|their)\s+base\s+(?:llm|model|language\s+model)s?(?:\s+(?:of|for)\s+[^.;:|]{1,60}?)?"
    r"\s+(?:is|are|was|were)(?:\s+(?:from|an?))?(?=\s+[\[`*_]*[A-Z])"
    # "Multi-Phase Fine-tuned Gemma2 Models", "a locally fine-tuned Mistral-7B LLM": the model tuned is named right after
    r"|fine[- ]?tuned(?=\s+[\[`*_]*[A-Z][\w.-]*\d)"
    r"|(?:quantized|quantised|quantizations?|quantisations?|merged|gguf|gptq|awq|exl2|mlx)\s+"
    r"(?:version|build|variant|model|quants?|weights|conversion|files)?\s*(?:of|from)"
    r"|quants?\s+of|a\s+merge\s+of|on\s+top\s+of|distill(?:ation|ed)\s+of"
    r")\s+",
    re.IGNORECASE,
)


# "Kokoro-82M fine-tuned for Marathi", "Llama-2-7b Fine-tuned on OpenAssistant"
_EN_POSTFIX = lazy_compile(r"(?<!\s)\s+(?:fine[- ]?tuned|q?lora\s+adapter|base\s+(?:llm|model))\b", re.IGNORECASE)  # a space run entered at its start


_NOT_WEIGHTS = lazy_compile(
    r"^\W*(?:'s\s+)?(?:model\s+)?(?:architecture|tokenizer|paper|codebase|code|recipe|framework|library|repo|card|template|format)"
    r"|^\s*(?:的)?\s*(?:模型)?(?:架构|架構|结构|結構|词表|詞表|分词器|分詞器|论文|論文|代码|代碼|模板|格式)",
    re.IGNORECASE,
)


# What is derived is data: the name goes on as a dataset's ("Nemotron-CC", "Nemotron dataset", "the Qwen-generated
# corpus"), or the thing derived right before the verb is data ("a 22.5 TB subset derived from …", "two training datasets
# of 460,000 samples each based on Qwen2.5-72B"): the model named made or holds the data; it is not the release's base.
_DATA_AFTER = lazy_compile(
    r"^(?:-CC\b|-[A-Za-z][\w.-]*\s+(?:data(?:sets?)?|corpus|corpora)\b|['’]s\s+(?:training\s+)?(?:data(?:sets?)?|corpus)\b"
    r"|[\s*_`\])]*(?:data(?:sets?)?|corpus|corpora|subsets?|splits?|dumps?)\b)",
    re.IGNORECASE,
)


_DATA_BEFORE = lazy_compile(
    r"\b(?:data(?:sets?)?|corpus|corpora|subsets?|samples|splits?|annotations)"
    r"(?:\s+(?:each|are|is|was|were|has\s+been|have\s+been|\w+ly))*\s+$",
    re.IGNORECASE,
)


# "projects built upon Llama", "tools based on Qwen": the subject is something else
_OTHER_SUBJECT = lazy_compile(r"(?:projects?|applications?|apps?|tools?|frameworks?|systems?|libraries|products?|ecosystem|demos?)\s*$", re.IGNORECASE)


# "Orpheus TTS is a SOTA open-source text-to-speech system built on …": one thing, described; when the
# sentence's subject is the release's own name, the release is what is built on the model.
_DESCRIBED_SUBJECT = lazy_compile(
    r"^\W*(?P<subject>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3})\s+(?:is|was)\s+(?:a|an)\s+[^.;:!?]{0,80}?"
    r"(?:application|app|tool|framework|system|product|demo)\s*$"
)


_DESIGN_LABEL = lazy_compile(r"^\W*(?:model\s+)?(?:architecture|design|model\s+type|structure)\W*[:：]\W*$", re.IGNORECASE)


# A question, not a statement: an FAQ entry ("Q23:", "问：", "**Q:**") or a line that is one question ("Can I fine-tune Llama 3?")
_QUESTION_LABEL = lazy_compile(r"^[\s#>*_-]*(?:Q\s*\d{0,4}\s*[:：.)]|(?:问题?|問題?)\s*\d{0,4}\s*[:：]|question\s*\d{0,4}\s*[:：])", re.IGNORECASE)
_SENTENCE_INSIDE = lazy_compile(r"[.!。！；;](?:\s|$)|[。！；]")


def _is_question(text: str) -> bool:
    if _QUESTION_LABEL.match(text):
        return True
    stripped = text.rstrip(" *_`")
    return stripped.endswith(("?", "？")) and not _SENTENCE_INSIDE.search(stripped[:-1])


# news and changelog entries ("[2024/04/30] … based on Llama-3") describe other releases
_NEWS_LINE = lazy_compile(r"^\W*\[?(?:\d{4}[/.-]\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s*\d{4})", re.IGNORECASE)


# … unless the entry announces the release's own model: "[2024.5.24] We release [MMed-Llama 3-8B](…) … based on Llama 3"
_NEWS_OWN_RELEASE = lazy_compile(r"\bwe\s+(?:(?:have|are)\s+)?(?:release|released|releasing|open-?sourced?|publish|published)\b|我们(?:正式)?(?:发布|開源|开源)", re.IGNORECASE)


# "the original LLaMA-7B", "原版LLaMA-7B": in a derivative's card the original is its base (tables too)
_ORIGINAL = lazy_compile(r"(?:原版|原始|\boriginal\s+)", re.IGNORECASE)


_ZH_PREFIX = lazy_compile(r"(?:基于|基於|微调自|微調自|源自|衍生自|来自|來自|在|以|对|對)\s*")


_ZH_AFTER = lazy_compile(
    r"^[\s`*\])）]*(?:模型)?(?:的)?\s*(?:基础上|基礎上|为基座|為基座|为基础|為基礎|为底座|為底座|为基底|為基底|进行|進行|微调|微調|训练|訓練|精调|精調"
    r"|继续预训练|繼續預訓練|持续预训练|持續預訓練|增量预训练|增量預訓練|二次预训练|蒸馏|蒸餾|量化|合并|合併|扩充|擴充|指令|的\s*(?:LoRA|QLoRA|adapter|微调|微調)"
    # "基于LLaMA2-13B的底座模型在大量python数据上进行了增量预训练": X's base model
    r"|的\s*(?:底座|基座|基础|基礎)模型)",
    re.IGNORECASE,
)


# "基于 Llama-2-7b 在一万条对话上微调", "基于 X 使用 LoRA 进行微调", "在 X 上继续预训练": the usual
# adverbial (where, with what, how) between the model and the derivation verb. It must open right
# after the model, so "基于 X 架构" and "基于 X 数据集" (X names a design or data) do not match.
_ZH_DERIVATION_VERB = (
    r"(?:进行|進行|做|完成)?\s*(?:了)?\s*"
    r"(?:(?:[A-Za-z]+|中文|繁體中文|英文|指令|全参数|全參數|全量|有监督|有監督|监督|監督|对齐|對齊|多轮|多輪|对话|對話|领域|領域)\s*){0,2}"
    r"(?P<verb>微调|微調|精调|精調|继续预训练|繼續預訓練|持续预训练|持續預訓練|增量预训练|增量預訓練|二次预训练|二次預訓練|预训练|預訓練|训练|訓練|蒸馏|蒸餾)"
)


_ZH_ADVERBIAL_AFTER = lazy_compile(
    r"^[\s`*\])）]*(?:(?:之)?上\s*|(?:在|于|於|使用|利用|采用|採用|借助|通过|通過|用|以|结合|結合|基于|基於)"
    r"[^，。；！？,;!?\n]{1,20}?)" + _ZH_DERIVATION_VERB,
    re.IGNORECASE,
)


_ZH_NOT_DERIVATION = lazy_compile(r"评测|評測|评估|評估|测试|測試|对比|對比|比较|比較|相比|相較")


_SENTENCE_END = lazy_compile(r"[.!?。！？；;]\s|[。！？；]|$")


def _sentence_after(text: str, start: int) -> str:
    rest = text[start : start + 240]  # bounded: a megabyte-long line must not make this quadratic
    end = _SENTENCE_END.search(rest)
    return rest[: end.start() if end else len(rest)][:160]


def _describes_own(before: str, own_name: Callable[[str], bool] | None) -> bool:
    """"Orpheus TTS is a … system built on …" in Orpheus's own repository: the system is the release."""
    described = _DESCRIBED_SUBJECT.search(before)
    return bool(described and own_name is not None and own_name(described.group("subject")))


_SIZED_CHECKPOINT = lazy_compile(r"(?<![\w.])\d+(?:\.\d+)?\s?[BbMm](?![\w])")


# "Fine-tuned on OpenCodeReasoning-2", "- **Fine-tuning:** …", "LoRA Adapters": the release was tuned (not "to
# fine-tune SmolVLM, follow the tutorial", which tells users how)
_FINE_TUNED = lazy_compile(
    r"\bfine[- ]?tuned\s+(?:on|from|with|using)\b|\bfine[- ]?tuning\s*[*_]*\s*[:：]|\bq?lora\s+adapters?\b|微调了|经过微调|進行微調|进行微调",
    re.IGNORECASE,
)


def _fine_tunes(doc: Document) -> bool:
    """The document says the release is fine-tuned (or ships LoRA adapters)."""
    return _says_fine_tuned(doc.text)


@functools.lru_cache(maxsize=8)  # asked once per design mention: a long card is searched once, not once per line
def _says_fine_tuned(text: str) -> bool:
    return bool(_FINE_TUNED.search(text[:200_000]))


def _visible(text: str) -> str:
    """Link targets removed: "[Idefics3](…/Idefics3-8B-Llama3)" shows "Idefics3"."""
    return regex(r"\]\([^)\s]*\)").sub("]", text)


def _prose_refs(doc: Document, number: int, text: str, own_name: Callable[[str], bool] | None = None) -> list[BaseModelRef]:
    refs: list[BaseModelRef] = []
    for m in _EN_DERIVATION.finditer(text):
        window = _sentence_after(text, m.end())
        mention = _first_mention(window, limit=40)
        if mention is None:
            continue
        raw, offset = mention
        tail = window[offset + len(raw) :]
        design = bool(_NOT_WEIGHTS.match(tail.lstrip(" *_`])")) or regex(r"architecture|tokenizer|card|paper|template|blog", re.I).search(window[:offset]))
        design = design or bool(_DESIGN_LABEL.search(text[: m.start()]))
        if design and not (_SIZED_CHECKPOINT.search(_visible(window)[:80]) and _fine_tunes(doc)):
            # "based on the Llama 2 architecture", "- **Architecture:** Based on [Idefics3](…)": the design it follows,
            # not the weights it starts from; unless it names one sized checkpoint ("the Qwen3 14B architecture",
            # "Based on Gemma-2-2B") in a card that says the release is fine-tuned: that checkpoint is what was tuned
            continue
        if _OTHER_SUBJECT.search(text[: m.start()]) and not _describes_own(text[: m.start()], own_name):
            continue
        if _DATA_AFTER.match(tail) or _DATA_BEFORE.search(text[: m.start()]):
            continue  # "text derived from the Nemotron dataset", "a subset derived from Nemotron-CC": data, not weights
        refs.append(_make_ref(raw, doc.path, number, "prose", _relation(m.group(0))))
    for m in _EN_POSTFIX.finditer(text):
        named = _last_mention(text[max(0, m.start() - 60) : m.start()])
        if named is not None:
            refs.append(_make_ref(named, doc.path, number, "prose", _relation(m.group(0))))
    refs.extend(_original_refs(doc, number, text))
    for m in _ZH_PREFIX.finditer(text):
        window = _sentence_after(text, m.end())
        mention = _first_mention(window, limit=12)
        if mention is None:
            continue
        raw, offset = mention
        tail = window[offset + len(raw) :]
        # "基于 Llama-2-7B 进行增量预训练", "在 Qwen2.5 的基础上": the model must be followed by a derivation word
        after = _ZH_AFTER.match(tail)
        adverbial = None if after else _ZH_ADVERBIAL_AFTER.match(tail)
        if adverbial and _ZH_NOT_DERIVATION.search(adverbial.group(0)):
            adverbial = None  # "基于 X 在 MMLU 上的评测与训练成本": X is what is measured against
        if after:
            relation = _relation(tail[:16])
        elif adverbial:
            relation = _relation(adverbial.group("verb"))
        elif m.group(0).startswith(("微调自", "微調自", "衍生自")) and offset < 4:
            relation = _relation(m.group(0))
        else:
            continue
        refs.append(_make_ref(raw, doc.path, number, "prose", relation))
    return refs


# "… the RedPajama dataset rather than the one utilized by the original LLaMA": set against it, not derived from it.
_CONTRAST = lazy_compile(r"\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to|different\s+from|differs?\s+from)\b[^.;]*$", re.IGNORECASE)


_FROM_SCRATCH = lazy_compile(r"\bfrom\s+scratch\b|从头(?:开始)?训练|從頭(?:開始)?訓練|从零(?:开始)?训练", re.IGNORECASE)


_COMPARED_WITH = lazy_compile(
    r"\b(?:against|versus|vs\.?|than|compared\s+(?:with|to)|comparison\s+(?:with|to|against)|reproduc\w*\s+of|unlike)\s+(?:the\s+)?$"
    r"|(?:与|和|跟|对比|相比|比较)\s*$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8)  # one document's text, asked once per line that says "original"
def _says_from_scratch(text: str) -> bool:
    return _FROM_SCRATCH.search(text) is not None


def _original_refs(doc: Document, number: int, text: str) -> list[BaseModelRef]:
    refs: list[BaseModelRef] = []
    if _says_from_scratch(doc.text):
        return refs  # "our weights are trained completely from scratch": "the original LLaMA" is what it reproduces
    for m in _ORIGINAL.finditer(text):
        if _COMPARED_WITH.search(text[max(0, m.start() - 40) : m.start()]) or _CONTRAST.search(text[max(0, m.start() - 80) : m.start()]):
            continue  # "comparison against the original LLaMA models": measured against it, not built on it
        window = text[m.end() : m.end() + 80]
        mention = _first_mention(window, limit=2)
        tail = window[mention[1] + len(mention[0]) :] if mention is not None else ""
        if mention is not None and not _NOT_WEIGHTS.match(tail.lstrip(" *_`])")) and not _DATA_AFTER.match(tail):
            refs.append(_make_ref(mention[0], doc.path, number, "prose"))  # not "the original LLaMA paper", "… dataset"
    return refs


def _relation(words: str) -> str | None:
    """base_model_relation implied by the words that named the base."""
    low = words.lower()
    if regex(r"lora|adapter|peft|dora").search(low):
        return "adapter"
    if regex(r"quant|gguf|gptq|awq|exl2|mlx|量化").search(low):
        return "quantized"
    if regex(r"merge|合并|合併").search(low):
        return "merge"
    if regex(r"fine|tun|train|微调|微調|训练|訓練|精调|精調|预训练|預訓練").search(low):
        return "finetune"
    return None


def _last_mention(text: str) -> str | None:
    best: tuple[int, str] | None = None
    for pattern in (_HF_LINK, _CODE_ID, _MENTION):
        for m in pattern.finditer(text):
            raw = (m.group(1) if pattern is not _MENTION else m.group(0)).strip(" .:-_")
            if raw and resolve(raw) is not None and text[m.end() :].strip(" `*_])") == "":
                if best is None or m.start() < best[0]:
                    best = (m.start(), raw)
    return best[1] if best else None


# Prose is read up to this many characters per line (minified HTML or base64 blobs in a card are not prose).
_MAX_LINE = 4000


# Lines naming a model that are read for derivation prose, per document (the shared corpus has at most
# 92); past it, a report note names the line reading stopped at.
MAX_MODEL_LINES = 1_000


# Words one of which every line `_TEMPLATE_LINE` or `_LABEL_LINE` matches holds (lower-cased): the labels'
# words, and "tuned" of the template's "fine-tuned from model".
_LABEL_WORDS = ("base", "built", "foundation", "parent", "original", "backbone", "tuned", "基座", "基础", "基礎", "底座", "基底", "基模型", "原始模型")


# What a code line needs for `_YAML_BASE`, `_CODE_ASSIGN` or `_FROM_PRETRAINED` (lower-cased), and what makes
# a code block load a PEFT adapter.
_CODE_WORDS = ("base_", "model_base", "model_name_or_path", ".from_pretrained(", "--", "huggingface.co/", "hf.co/", "download")


_PEFT_WORDS = ("peftmodel", "peft_model")


def _markdown_refs(
    doc: Document, notes: list[str] | None = None, own_name: Callable[[str], bool] | None = None
) -> list[BaseModelRef]:
    """Base models named in a card's body: label lines, derivation prose, tables and code samples.

    Reads what `body_lines()` gives (lines cut to `_MAX_LINE`), but only the lines each reader can use,
    found by a few searches over the whole text instead of a step per line (see `_Body`).
    """
    body = _Body(doc)
    refs: list[BaseModelRef] = []
    model_lines = 0
    labelled = body.labelled
    for number in _merged(sorted(labelled), body.named()):
        if number in labelled:
            if not body.is_prose(number):
                continue
            text = body.text(number)
            label = _label_refs(doc, number, text)
            if label:
                refs.extend(label)
                continue
            if not body.names(number):
                continue
        elif model_lines > MAX_MODEL_LINES or not body.is_prose(number):
            continue
        else:
            text = body.text(number)
        if model_lines > MAX_MODEL_LINES or (_NEWS_LINE.match(text) and not _NEWS_OWN_RELEASE.search(text)) or not _names_a_model(text):
            continue
        if _is_question(text):
            continue  # "### Q23: 想问一下用swift export对qwen2.5 72B模型进行gptq int4量化…？": a user's question about another model
        model_lines += 1
        if model_lines > MAX_MODEL_LINES:
            if notes is not None:
                notes.append(f"{doc.path}: base-model mentions in prose were read up to line {number} only (more than {MAX_MODEL_LINES:,} lines name a model)")
            body.stop_naming()  # labels, tables and code are still read
            continue
        if text.lstrip().startswith("|"):
            refs.extend(_original_refs(doc, number, text))
        else:
            refs.extend(_prose_refs(doc, number, text, own_name))
    refs.extend(_table_refs(doc, body.entries(body.table_rows())))
    if "/" not in doc.path or doc.kind == CARD:
        # a usage sample in a sub-folder guide (`--base_model=…` of an application that serves many models) says
        # which model the guide runs, not what the release is built on
        refs.extend(_code_refs(doc, body.entries(body.code_lines)))
    return refs


def _merged(first: list[int], second: Iterator[int]) -> Iterator[int]:
    """The numbers of two ascending sequences, ascending, each once."""
    import heapq

    last = None
    for number in heapq.merge(first, second):
        if number != last:
            yield number
            last = number


class _Body:
    """Where a card's body lines are, without a step per line (a 2 MiB card can hold 500,000 lines).

    The fences come from `Document.fence_lines`; the lines holding a label word, a model word, a table's
    `|`, or a code or PEFT word from one search each over the whole text. `entries` rebuilds the part of
    `body_lines()` a reader needs, with one empty line standing for each stretch of body lines left
    out (in code only if all of them are), so table rows and code blocks break exactly where they did.
    """

    def __init__(self, doc: Document) -> None:
        from openwash.licenses.declarations import (
            fold_case,
            keyword_lines,
            keyword_pattern,
        )

        self.doc = doc
        text = doc.text
        self.start = max(1, doc.body_start_line)
        self.fences = doc.fence_lines()
        self.fence_set = set(self.fences)
        # `_names_a_model` reads `str.lower()`; the case-blind patterns are read in `fold_case`, which
        # also folds the few characters `re.IGNORECASE` equates with ASCII letters ("ſ" for "s").
        self._low = text.lower()
        self._named_pattern = keyword_pattern(_STEM_WORDS)
        self._naming = True
        self._folded = fold_case(text)
        self.labelled = set(keyword_lines(self._folded, keyword_pattern(_LABEL_WORDS)))

    @functools.cached_property
    def code_lines(self) -> list[int]:
        """Body lines inside code fences that hold a word of a code signal (found only when code samples are read)."""
        from openwash.licenses.declarations import keyword_lines, keyword_pattern

        code = keyword_lines(self._folded, keyword_pattern(_CODE_WORDS + _PEFT_WORDS)) if self.fences else []
        return [n for n in code if self.in_body(n) and self.in_code(n)]

    def named(self) -> Iterator[int]:
        """Numbers of the lines holding a model word, ascending, found as they are asked for."""
        from openwash.licenses.declarations import iter_keyword_lines

        for number in iter_keyword_lines(self._low, self._named_pattern):
            if not self._naming:
                return
            yield number

    def names(self, number: int) -> bool:
        """Whether line `number` holds a model word (for a line already found to hold a label word)."""
        return self._named_pattern.search(self.doc.lines[number - 1].lower()) is not None

    def stop_naming(self) -> None:
        self._naming = False

    def in_body(self, number: int) -> bool:
        return number >= self.start and number not in self.fence_set

    def in_code(self, number: int) -> bool:
        return Document.in_code(self.fences, number)

    def is_prose(self, number: int) -> bool:
        return self.in_body(number) and not self.in_code(number)

    def text(self, number: int) -> str:
        return self.doc.lines[number - 1][:_MAX_LINE]

    def gap(self, previous: int, number: int) -> bool:
        """Whether body lines lie strictly between two body lines (not only fences)."""
        return number - previous - 1 > bisect_left(self.fences, number) - bisect_right(self.fences, previous)

    def table_rows(self) -> list[int]:
        """Rows of the tables, from the first row holding a label word on: no row before it can name a
        base model or set the base-model column, and any other line ends a table."""
        rows: list[int] = []
        for number in sorted(self.labelled):
            if (rows and number <= rows[-1]) or not self._is_row(number):
                continue
            rows.append(number)
            following = number + 1
            while following <= len(self.doc.lines):
                if following not in self.fence_set:
                    if not self._is_row(following):
                        break
                    rows.append(following)
                following += 1
        return rows

    def _is_row(self, number: int) -> bool:
        return self.is_prose(number) and self.text(number).strip().startswith("|")

    def entries(self, numbers: list[int]) -> list[tuple[int, str, bool]]:
        out: list[tuple[int, str, bool]] = []
        previous = self.start - 1
        for number in numbers:
            if self.gap(previous, number):
                out.append((number - 1, "", self._gap_all_code(previous, number)))
            out.append((number, self.text(number), self.in_code(number)))
            previous = number
        return out

    def _gap_all_code(self, previous: int, number: int) -> bool:
        """Whether every body line strictly between `previous` and `number` is inside code: the fences
        in between cut stretches that alternate in and out of code."""
        fences = self.fences
        first, last = bisect_right(fences, previous), bisect_left(fences, number)
        edge = previous
        for index in range(first, last + 1):
            stop = fences[index] if index < last else number
            if stop - edge > 1 and index % 2 == 0:
                return False  # a non-empty stretch with an even number of fences above it: outside code
            edge = stop
        return True


def _numbers_of(text: str, matches: Iterator[re.Match[str]]) -> Iterator[int]:
    """Line numbers of matches found in `text` in ascending order."""
    number, last = 1, 0
    for match in matches:
        number += text.count("\n", last, match.start())
        last = match.start()
        yield number
