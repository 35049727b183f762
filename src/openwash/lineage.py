"""Model lineage: which base model's terms govern these weights.

A derived model (fine-tune, LoRA/QLoRA adapter, merge, quantisation, distill) cannot
relax its base model's terms (DOMAIN.md §8). This stage finds every base model a
repository names and resolves it, through mirrors and re-uploads, to a model family
and version and the terms that govern it (`data/lineage.json`).

Public API
- `find_base_models(ctx) -> list[BaseModelRef]`: every base-model reference, in document
  order, strongest signal first per model. Called by the engine after the licence stage.
- `resolve(model_id) -> Resolution | None`: one id or name ("unsloth/Llama-3.2-1B-bnb-4bit",
  "Qwen2.5-3B-Instruct", "Stable Diffusion v1.5") to a family/version and its terms.
- `inherited_terms(base_models) -> list[BaseModelRef]`: the resolved references whose
  terms the weights inherit, most restrictive first. Metadata (front matter, adapter and
  merge configs, the card template's "Finetuned from" line) wins; prose, labels, tables
  and code count only when no metadata resolves. The profiles stage reads
  `inherited_terms(ctx.base_models)[0].family` (when the list is not empty) as the
  inherited `weights_license_family`; `most_restrictive(...)` returns that first element.

Signals (`BaseModelRef.signal`): "front-matter" (`base_model:`, string or list, with
`base_model_relation`), "adapter-config" (`adapter_config.json` `base_model_name_or_path`),
"mergekit" (`base_model`, `models[].model`, `slices[].sources[].model`), "template-line"
("Finetuned from model [optional]:"), "label" ("Base model: …", "基座模型：…"), "table"
(a "Base Model" column or row), "prose" ("fine-tuned from", "a LoRA adapter for",
"continued pre-training of", "基于 … 微调", "在 … 的基础上"), "code" (`base_model = "…"`,
the `from_pretrained` ids next to `PeftModel`). A bare Hub link is not a signal: a list
of "other models" names models the release does not descend from.

Local paths and placeholder ids are reported with `unresolvable` set, never guessed.
References that point at the repository's own publisher (Meta's `llama` repository
linking to its own checkpoints) are dropped unless they come from metadata.

Everything here reads text and JSON/YAML as data; nothing from the repository is
imported or executed.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openwash.documents import Document
from openwash.lazyre import lazy_compile, regex
from openwash.model import FAMILY_RESTRICTIVENESS, BaseModelRef

if TYPE_CHECKING:
    from openwash.context import CheckContext

# Signals whose reference is machine-readable metadata; the rest is read from prose.
METADATA_SIGNALS = frozenset({"front-matter", "adapter-config", "mergekit", "template-line"})
_SIGNAL_STRENGTH = {
    "front-matter": 0,
    "adapter-config": 1,
    "mergekit": 1,
    "template-line": 2,
    "label": 3,
    "table": 4,
    "code": 5,
    "prose": 6,
}


# ---------------------------------------------------------------------------
# The family table


@dataclass(frozen=True)
class Entry:
    key: str
    name: str
    patterns: tuple[re.Pattern[str], ...]
    license_key: str | None
    family: str
    source: str
    publishers: frozenset[str]
    note: str | None = None
    uncertain: bool = False
    generic: bool = False
    via: bool = False  # a descendant of another family (distill, Vicuna) filed under its parent's key


@dataclass(frozen=True)
class Resolution:
    """What an id resolves to: a family/version key and the terms that govern it."""

    key: str
    license_key: str | None
    family: str
    entry: Entry


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    """The family table from `data/lineage.json`, in match order."""
    # A plain path, not importlib.resources: that import alone costs ~4 ms on every commit.
    raw = json.loads((Path(__file__).parent / "data" / "lineage.json").read_text(encoding="utf-8"))
    out = []
    for item in raw["entries"]:
        out.append(
            Entry(
                key=item["key"],
                name=item["name"],
                patterns=tuple(lazy_compile(p) for p in item["match"]),
                license_key=item.get("license_key"),
                family=item["family"],
                source=item["source"],
                publishers=frozenset(p.lower() for p in item.get("publishers", [])),
                note=item.get("note"),
                uncertain=bool(item.get("uncertain", False)),
                generic=bool(item.get("generic", False)),
                via=bool(item.get("via", False)),
            )
        )
    return tuple(out)


def entry(key: str) -> Entry | None:
    """The family-table entry for a resolved key (the parent family's own entry, not a descendant's)."""
    matches = [e for e in entries() if e.key == key]
    own = [e for e in matches if not e.via]
    chosen = own or matches
    return chosen[0] if chosen else None


_HUB_PREFIX = lazy_compile(r"^(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co)/", re.IGNORECASE)


def normalize(model_id: str) -> str:
    """Lower case, Hub URL prefix and revision suffix removed, '_' and spaces as '-'.

    An underscore between digits is a version dot (NVIDIA writes `Llama-3_1-Nemotron`)."""
    text = _HUB_PREFIX.sub("", model_id.strip().strip("`'\"<>[]()"))
    text = regex(r"/(?:tree|blob|resolve)/.*$").sub("", text)
    text = regex(r"(?<=\d)_(?=\d)").sub(".", text)
    text = text.lower().replace("_", "-")
    text = regex(r"\s+").sub("-", text)
    return text.strip("/-")


@lru_cache(maxsize=4096)
def resolve(model_id: str) -> Resolution | None:
    """The first family-table entry whose pattern finds the normalised id, or None.

    Mirrors and re-uploads (unsloth/…-bnb-4bit, TheBloke/…-GGUF, bartowski/…,
    NousResearch/Llama-2-7b-hf, decapoda-research/llama-7b-hf) resolve through the
    model name; distills whose names carry two families are listed before either.
    """
    text = normalize(model_id)
    if not text:
        return None
    for e in entries():
        if any(p.search(text) for p in e.patterns):
            return Resolution(e.key, e.license_key, e.family, e)
    return None


# ---------------------------------------------------------------------------
# Ids that cannot be resolved

_LOCAL_PATH = lazy_compile(r"^(?:[/~\\]|\.{1,2}[/\\]|[A-Za-z]:[\\/])|\\|^(?:[^/\s]+/){2,}[^/\s]*$")
_PLACEHOLDER = lazy_compile(
    r"your[-_ ]|<[^>]*>|\{\{?|\}\}?|\$\{|xxx|\.\.\.|…|^(?:none|null|n/?a|tbd|todo|unknown|base[-_ ]?model|model[-_ ]?(?:id|name)"
    r"|username/.*|user/.*|org/.*|organization/.*|\[?more information needed\]?)$|more information needed|path/to",
    re.IGNORECASE,
)
_HUB_ID = lazy_compile(r"^[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*$")


def unresolvable_reason(raw: str) -> str | None:
    """Why an id cannot name a Hub model (local path, placeholder), or None."""
    value = raw.strip()
    if not value:
        return "empty base model id"
    if _PLACEHOLDER.search(value):
        return "placeholder, not a model id"
    if not _HUB_PREFIX.match(value) and _LOCAL_PATH.search(value):
        return "local path, not a Hub model id"
    return None


_MAX_RAW = 300  # a hostile card can put megabytes in base_model:


def _make_ref(raw: str, path: str, line: int, signal: str, relation: str | None = None) -> BaseModelRef:
    raw = raw.strip()[:_MAX_RAW]
    ref = BaseModelRef(raw=raw, path=path, line=line, signal=signal, relation=relation)
    reason = unresolvable_reason(raw)
    if reason:
        ref.unresolvable = reason
        return ref
    resolution = resolve(raw)
    if resolution is None:
        looks_like_id = bool(_HUB_ID.match(normalize(raw)))
        ref.unresolvable = (
            "not a model family openwash knows; its terms cannot be looked up"
            if looks_like_id
            else "not a Hub id (owner/name) and not a known model family"
        )
        return ref
    ref.resolved = resolution.key
    ref.license_key = resolution.license_key
    # a version-less name ("LLaMA") has no single family: the verdict must not take the
    # family's floor for its terms; rules read the floor through `family_floor`
    ref.family = resolution.family if resolution.license_key is not None else None
    if resolution.license_key is None:
        ref.unresolvable = (
            f"the {resolution.entry.name.split(' (')[0]} version is not stated and versions differ in terms; "
            f"at least {resolution.family} whichever it is"
        )
    return ref


# ---------------------------------------------------------------------------
# Mentions of models inside prose

_FAMILY_STEMS = (
    r"deepseek(?:-r1-distill)?|tiny-?llama|code-?llama|llama|gemma|[a-z]+gemma|qwq|qwen|mistral|mixtral|codestral|ministral|pixtral|devstral"
    r"|phi|falcon|stablelm|stable[- ]?diffusion|sdxl|sd|bloomz?|starcoder2?|santacoder|pythia|olmo|gpt-?2|distilgpt2|gpt-?j|gpt-?neox?"
    r"|gpt-?oss|yi|baichuan|chatglm|glm|internlm|aquila|skywork|xverse|taide|kokoro|index-?tts|vicuna|stable-?vicuna|dolly"
    r"|nemotron|kimi|flux\.?1?|grok|whisper|kolors|cogview|command-r"
)
# A family name followed by version/size/variant tokens: "Llama-2-7B", "Qwen 2.5 3B Instruct", "Stable Diffusion v1.5".
_MENTION = lazy_compile(
    rf"(?<![A-Za-z0-9_/-])(?:{_FAMILY_STEMS})"
    r"(?:[ _.:-]?(?:v?\d+(?:\.\d+)*(?:[bmkx]|e\d+b?)?(?![a-z])|instruct|chat|base|hf|it|coder|math|vl|large|small|nemo|mini|medium"
    r"|xl|turbo|mamba|moe|llama|qwen|zero|distill|embedding|[a-z]?\d+(?:\.\d+)?[bm](?![a-z])))*"
    r"(?![A-Za-z0-9_/]|\.[a-z])",  # "llama.cpp", "gemma.cpp" are software, not weights
    re.IGNORECASE,
)
# Substrings one of which every model mention contains (a superset of _FAMILY_STEMS and of Hub
# links and `owner/name` ids), searched as plain text before the prose patterns run: most lines fail it.
_STEM_WORDS = (
    "huggingface.co", "hf.co", "`", "llama", "gemma", "qwen", "qwq", "mistral", "mixtral", "stral", "phi", "falcon", "stablelm", "diffusion", "sdxl", "sd",
    "bloom", "coder", "pythia", "olmo", "gpt", "yi", "baichuan", "glm", "internlm", "aquila", "skywork", "xverse", "taide",
    "kokoro", "tts", "vicuna", "dolly", "nemotron", "kimi", "flux", "grok", "whisper", "kolors", "cogview", "command-r", "deepseek",
)

_STEM_SEARCH = lazy_compile("|".join(re.escape(w) for w in _STEM_WORDS)).search


def _names_a_model(text: str) -> bool:
    """Cheap test before the prose patterns (plain substring search): could the line name a model?"""
    return _STEM_SEARCH(text.lower()) is not None


_HF_LINK = lazy_compile(r"https?://(?:www\.)?(?:huggingface\.co|hf\.co)/(?!datasets/|spaces/|docs/|blog/|papers/)([\w.-]+/[\w.-]+)")
_CODE_ID = lazy_compile(r"`([A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)`")
_BARE_ID = lazy_compile(r"(?<![\w/.-])([A-Za-z][\w.-]+/[A-Za-z0-9][\w.-]*[A-Za-z0-9])(?![\w/])")


def is_model_name(text: str) -> bool:
    """Whether all of `text` is one model's name or Hub id ("Llama 2", "Qwen2.5-7B", "meta-llama/Llama-2-7b-hf").

    A family name counts even without a version ("Falcon"); prose around it does not ("our Llama 2 fine-tune").
    """
    value = text.strip(" *_`\"'“”‘’[]()")
    if not value or len(value) > 120:
        return False
    if _MENTION.fullmatch(value):
        return True
    return bool(_HUB_ID.match(normalize(value)) or _HUB_PREFIX.match(value)) and resolve(value) is not None


def _first_mention(text: str, limit: int = 60) -> tuple[str, int] | None:
    """The first model named in `text` (Hub link, `id`, bare id of a known family, family name).

    Returns the raw mention and its offset; only mentions starting within `limit` characters count.
    """
    found: list[tuple[int, str]] = []
    for m in _HF_LINK.finditer(text):
        found.append((m.start(), m.group(1)))
    for m in _CODE_ID.finditer(text):
        found.append((m.start(), m.group(1)))
    for m in _BARE_ID.finditer(text):
        # a bare owner/name only counts when it resolves ("and/or", "TCP/IP" do not)
        if resolve(m.group(1)) is not None:
            found.append((m.start(), m.group(1)))
    for m in _MENTION.finditer(text):
        candidate = m.group(0).strip(" .:-_")
        if candidate and resolve(candidate) is not None:
            found.append((m.start(), candidate))
    found = [f for f in found if f[0] <= limit]
    if not found:
        return None
    found.sort(key=lambda f: (f[0], -len(f[1])))
    start, raw = found[0]
    return raw, start


# ---------------------------------------------------------------------------
# Signals


def _front_matter_refs(doc: Document) -> list[BaseModelRef]:
    fm = doc.front_matter
    if fm is None:
        return []
    value = fm.data.get("base_model")
    relation = fm.data.get("base_model_relation")
    relation = relation if isinstance(relation, str) else None
    refs: list[BaseModelRef] = []
    if isinstance(value, str):
        refs.append(_make_ref(value, doc.path, fm.locate("base_model")[0], "front-matter", relation))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str):
                refs.append(_make_ref(item, doc.path, fm.locate("base_model", index)[0], "front-matter", relation))
    return refs


def _line_of(doc: Document, needle: str, default: int = 1) -> int:
    for number, text in enumerate(doc.lines, 1):
        if needle in text:
            return number
    return default


def _adapter_config_refs(doc: Document) -> list[BaseModelRef]:
    name = doc.path.rsplit("/", 1)[-1].lower()
    if name.endswith(".json"):
        try:
            data = json.loads(doc.text)
        except (ValueError, RecursionError):
            return []
        if not isinstance(data, dict):
            return []
        value = data.get("base_model_name_or_path")
        if not isinstance(value, str):
            return []
        return [_make_ref(value, doc.path, _line_of(doc, "base_model_name_or_path"), "adapter-config", "adapter")]
    return _mergekit_refs(doc)


def _mergekit_refs(doc: Document) -> list[BaseModelRef]:
    from openwash.frontmatter import MAX_FRONT_MATTER, FrontMatterError, parse_yaml

    if len(doc.text) > MAX_FRONT_MATTER:
        return []  # merge recipes are a few lines; a huge YAML file is not one
    parsed = parse_yaml(doc.text)
    if isinstance(parsed, FrontMatterError):
        return []
    data, positions = parsed
    found: list[tuple[str, tuple[Any, ...]]] = []
    if isinstance(data.get("base_model"), str):
        found.append((data["base_model"], ("base_model",)))
    for i, item in enumerate(data.get("models") or []):
        if isinstance(item, dict) and isinstance(item.get("model"), str):
            found.append((item["model"], ("models", i, "model")))
    for i, piece in enumerate(data.get("slices") or []):
        if not isinstance(piece, dict):
            continue
        for j, source in enumerate(piece.get("sources") or []):
            if isinstance(source, dict) and isinstance(source.get("model"), str):
                found.append((source["model"], ("slices", i, "sources", j, "model")))
    refs = []
    for value, key_path in found:
        line = positions.get(key_path, positions.get(key_path[:1], (1, 1)))[0]
        refs.append(_make_ref(value, doc.path, line, "mergekit", "merge"))
    return refs


_LABELS = (
    r"base[ _-]?model(?:\s*\(s\))?|base|foundation[ _-]model|parent[ _-]model|original[ _-]model|base[ _-]checkpoint|backbone"
    r"|基座模型|基础模型|基礎模型|底座模型|基底模型|基座|基底|底座|基模型|原始模型"
)
_TEMPLATE_LINE = lazy_compile(
    r"^\s*(?:[-*+]\s+)?[*_]*\s*fine-?tuned\s+from\s+model(?:\s*\[optional\])?\s*[*_]*\s*[:：]\s*[*_]*\s*(?P<value>.+)$", re.IGNORECASE
)
_LABEL_LINE = lazy_compile(rf"^\s*(?:[-*+]\s+)?[*_]*\s*(?:{_LABELS})\s*[*_]*\s*[:：]\s*[*_]*\s*(?P<value>.+)$", re.IGNORECASE)
_LABEL_CELL = lazy_compile(rf"^[*_`\s]*(?:{_LABELS})[*_`\s]*$", re.IGNORECASE)

# Prose: the model named right after these words is what the release descends from.
_EN_DERIVATION = lazy_compile(
    r"\b(?:"
    r"fine[- ]?tun(?:ed|e|ing)\s+(?:version\s+|variant\s+|checkpoint\s+)?(?:of|from|on\s+top\s+of)"
    r"|(?:q?lora|peft|dora)(?:\s+(?:adapter|adaption|adaptation|fine-?tune))?(?:\s+weights)?\s+(?:for|on|of|over|to)"
    r"|adapter(?:\s+weights)?\s+(?:for|on|of|over)"
    r"|continued\s+pre-?train(?:ing|ed)?\s+(?:of|on|from)"
    r"|(?:further|continually)\s+(?:pre-?)?trained\s+(?:from|on\s+top\s+of)"
    r"|(?:based|built)\s+(?:up)?on(?:\s+top\s+of)?"
    r"|derived\s+from|initiali[sz]ed\s+(?:from|with)|starting\s+from"
    r"|(?:quantized|quantised|quantizations?|quantisations?|merged|gguf|gptq|awq|exl2|mlx)\s+"
    r"(?:version|build|variant|model|quants?|weights|conversion|files)?\s*(?:of|from)"
    r"|quants?\s+of|a\s+merge\s+of|on\s+top\s+of|distill(?:ation|ed)\s+of"
    r")\s+",
    re.IGNORECASE,
)
# "Kokoro-82M fine-tuned for Marathi", "Llama-2-7b Fine-tuned on OpenAssistant"
_EN_POSTFIX = lazy_compile(r"\s+(?:fine[- ]?tuned|q?lora\s+adapter)\b", re.IGNORECASE)
_NOT_WEIGHTS = lazy_compile(
    r"^\W*(?:'s\s+)?(?:model\s+)?(?:architecture|tokenizer|paper|codebase|code|recipe|framework|library|repo|card|template|format)",
    re.IGNORECASE,
)
# "projects built upon Llama", "tools based on Qwen": the subject is something else
_OTHER_SUBJECT = lazy_compile(r"(?:projects?|applications?|apps?|tools?|frameworks?|systems?|libraries|products?|ecosystem|demos?)\s*$", re.IGNORECASE)
# news and changelog entries ("[2024/04/30] … based on Llama-3") describe other releases
_NEWS_LINE = lazy_compile(r"^\W*\[?(?:\d{4}[/.-]\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s*\d{4})", re.IGNORECASE)
# "the original LLaMA-7B", "原版LLaMA-7B": in a derivative's card the original is its base (tables too)
_ORIGINAL = lazy_compile(r"(?:原版|原始|\boriginal\s+)", re.IGNORECASE)
_ZH_PREFIX = lazy_compile(r"(?:基于|基於|微调自|微調自|源自|衍生自|来自|來自|在|以|对|對)\s*")
_ZH_AFTER = lazy_compile(
    r"^[\s`*\])）]*(?:模型)?(?:的)?\s*(?:基础上|基礎上|为基座|為基座|为基础|為基礎|为底座|為底座|为基底|為基底|进行|進行|微调|微調|训练|訓練|精调|精調"
    r"|继续预训练|繼續預訓練|增量预训练|增量預訓練|二次预训练|蒸馏|蒸餾|量化|合并|合併|扩充|擴充|指令|的\s*(?:LoRA|QLoRA|adapter|微调|微調))",
    re.IGNORECASE,
)
# "基于 Llama-2-7b 在一万条对话上微调", "基于 X 使用 LoRA 进行微调", "在 X 上继续预训练": the usual
# adverbial (where, with what, how) between the model and the derivation verb. It must open right
# after the model, so "基于 X 架构" and "基于 X 数据集" (X names a design or data) do not match.
_ZH_DERIVATION_VERB = (
    r"(?:进行|進行|做|完成)?\s*(?:了)?\s*"
    r"(?:(?:[A-Za-z]+|中文|繁體中文|英文|指令|全参数|全參數|全量|有监督|有監督|监督|監督|对齐|對齊|多轮|多輪|对话|對話|领域|領域)\s*){0,2}"
    r"(?P<verb>微调|微調|精调|精調|继续预训练|繼續預訓練|增量预训练|增量預訓練|二次预训练|二次預訓練|预训练|預訓練|训练|訓練|蒸馏|蒸餾)"
)
_ZH_ADVERBIAL_AFTER = lazy_compile(
    r"^[\s`*\])）]*(?:(?:之)?上\s*|(?:在|于|於|使用|利用|采用|採用|借助|通过|通過|用|以|结合|結合|基于|基於)"
    r"[^，。；！？,;!?\n]{1,20}?)" + _ZH_DERIVATION_VERB,
    re.IGNORECASE,
)
_ZH_NOT_DERIVATION = lazy_compile(r"评测|評測|评估|評估|测试|測試|对比|對比|比较|比較|相比|相較")
_SENTENCE_END = lazy_compile(r"[.!?。！？；;]\s|[。！？；]|$")


# A label's value or a table cell must start with the model ("`Qwen/…` (4-bit)"), not mention it in passing.
_CELL_START = 3


def _label_refs(doc: Document, number: int, text: str) -> list[BaseModelRef]:
    for pattern, signal in ((_TEMPLATE_LINE, "template-line"), (_LABEL_LINE, "label")):
        m = pattern.match(text)
        if not m:
            continue
        value = m.group("value").strip()
        if "more information needed" in value.lower():
            return []  # the template's empty marker: nothing was claimed
        mention = _first_mention(value, limit=_CELL_START)
        if mention is None:
            return []
        return [_make_ref(mention[0], doc.path, number, signal)]
    return []


def _table_refs(doc: Document, lines: list[tuple[int, str, bool]]) -> list[BaseModelRef]:
    refs: list[BaseModelRef] = []
    column: int | None = None
    for number, text, in_code in lines:
        stripped = text.strip()
        if in_code or not stripped.startswith("|"):
            column = None
            continue
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        if regex(r"[\s:|-]+").fullmatch(stripped):
            continue  # the separator row
        header = [i for i, c in enumerate(cells) if _LABEL_CELL.match(c)]
        if header and column is None and header[0] > 0:
            column = header[0]  # a "Base Model" column: every later row names one
            continue
        if header and header[0] == 0 and len(cells) >= 2:
            target = cells[1]  # a key/value row: | **Base model** | `Qwen/…` |
        elif column is not None and column < len(cells):
            target = cells[column]
        else:
            continue
        mention = _first_mention(target, limit=_CELL_START)
        if mention is not None:
            refs.append(_make_ref(mention[0], doc.path, number, "table"))
    return refs


def _sentence_after(text: str, start: int) -> str:
    rest = text[start : start + 240]  # bounded: a megabyte-long line must not make this quadratic
    end = _SENTENCE_END.search(rest)
    return rest[: end.start() if end else len(rest)][:160]


def _prose_refs(doc: Document, number: int, text: str) -> list[BaseModelRef]:
    refs = []
    for m in _EN_DERIVATION.finditer(text):
        window = _sentence_after(text, m.end())
        mention = _first_mention(window, limit=40)
        if mention is None:
            continue
        raw, offset = mention
        tail = window[offset + len(raw) :]
        if _NOT_WEIGHTS.match(tail.lstrip(" *_`])")) or regex(r"architecture|tokenizer|card|paper|template|blog", re.I).search(window[:offset]):
            continue  # "based on the Llama 2 architecture" names a design, not weights
        if _OTHER_SUBJECT.search(text[: m.start()]):
            continue
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


def _original_refs(doc: Document, number: int, text: str) -> list[BaseModelRef]:
    refs = []
    for m in _ORIGINAL.finditer(text):
        mention = _first_mention(text[m.end() : m.end() + 80], limit=2)
        if mention is not None:
            refs.append(_make_ref(mention[0], doc.path, number, "prose"))
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


_CODE_ASSIGN = lazy_compile(
    r"\b(?:base_model(?:_id|_name(?:_or_path)?|_path)?|base_id|base_name|model_base|base_checkpoint|BASE_MODEL(?:_ID|_NAME)?)\s*[:=]\s*[\"']([^\"'\s]+)[\"']",
    re.IGNORECASE,
)
# axolotl / LLaMA-Factory configs pasted into a card: `base_model: NousResearch/Llama-2-7b-hf`
_YAML_BASE = lazy_compile(r"^\s*(?:base_model|model_name_or_path)\s*:\s*[\"']?([A-Za-z0-9][\w.-]*/[\w.-]+)[\"']?\s*(?:#.*)?$")
_FROM_PRETRAINED = lazy_compile(r"(\w+)\.from_pretrained\(\s*(?:[\w.]+\s*,\s*)?[\"']([^\"'\s]+)[\"']")


def _code_refs(doc: Document, lines: list[tuple[int, str, bool]]) -> list[BaseModelRef]:
    """Base ids in code samples: `base_model = "…"`, or what is loaded under a PeftModel."""
    refs: list[BaseModelRef] = []
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] | None = None
    for number, text, in_code in lines:
        if in_code:
            if current is None:
                current = []
                blocks.append(current)
            current.append((number, text))
        else:
            current = None
    for block in blocks:
        uses_peft = any("PeftModel" in t or "peft_model" in t.lower() for _, t in block)
        for number, text in block:
            yaml_base = _YAML_BASE.match(text)
            if yaml_base:
                refs.append(_make_ref(yaml_base.group(1), doc.path, number, "code"))
            for m in _CODE_ASSIGN.finditer(text):
                if "/" in m.group(1):
                    refs.append(_make_ref(m.group(1), doc.path, number, "code"))
            if not uses_peft:
                continue
            for m in _FROM_PRETRAINED.finditer(text):
                loader, model_id = m.group(1), m.group(2)
                if "peft" in loader.lower() or "/" not in model_id:
                    continue  # the adapter itself, or a variable
                refs.append(_make_ref(model_id, doc.path, number, "code"))
    return refs


# Prose is read up to this many characters per line (minified HTML or base64 blobs in a card are not prose).
_MAX_LINE = 4000
# Lines naming a model that are read for derivation prose, per document (the shared corpus has at most
# 92); past it, a report note names the line reading stopped at.
MAX_MODEL_LINES = 1_000

# Words one of which every line `_TEMPLATE_LINE` or `_LABEL_LINE` matches holds (lower-cased): the labels'
# words, and "tuned" of the template's "fine-tuned from model".
_LABEL_WORDS = ("base", "foundation", "parent", "original", "backbone", "tuned", "基座", "基础", "基礎", "底座", "基底", "基模型", "原始模型")
# What a code line needs for `_YAML_BASE`, `_CODE_ASSIGN` or `_FROM_PRETRAINED` (lower-cased), and what makes
# a code block load a PEFT adapter.
_CODE_WORDS = ("base_", "model_base", "model_name_or_path", ".from_pretrained(")
_PEFT_WORDS = ("peftmodel", "peft_model")


def _markdown_refs(doc: Document, notes: list[str] | None = None) -> list[BaseModelRef]:
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
        if model_lines > MAX_MODEL_LINES or _NEWS_LINE.match(text) or not _names_a_model(text):
            continue
        model_lines += 1
        if model_lines > MAX_MODEL_LINES:
            if notes is not None:
                notes.append(f"{doc.path}: base-model mentions in prose were read up to line {number} only (more than {MAX_MODEL_LINES:,} lines name a model)")
            body.stop_naming()  # labels, tables and code are still read
            continue
        if text.lstrip().startswith("|"):
            refs.extend(_original_refs(doc, number, text))
        else:
            refs.extend(_prose_refs(doc, number, text))
    refs.extend(_table_refs(doc, body.entries(body.table_rows())))
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
        folded = fold_case(text)
        self.labelled = set(keyword_lines(folded, keyword_pattern(_LABEL_WORDS)))
        code = keyword_lines(folded, keyword_pattern(_CODE_WORDS + _PEFT_WORDS)) if self.fences else []
        self.code_lines = [n for n in code if self.in_body(n) and self.in_code(n)]

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


# ---------------------------------------------------------------------------
# Who publishes this repository (to skip a release's links to its own checkpoints)


def _own_owners(ctx: CheckContext) -> set[str]:
    """Organisations this repository is published under (see `openwash.identity`)."""
    from openwash import identity

    return set(identity.of(ctx).owners)


def _is_self_reference(ref: BaseModelRef, owners: set[str]) -> bool:
    """A reference to the publisher's own organisation, or to a family that organisation publishes."""
    owner, _, name = normalize(ref.raw).partition("/")
    if name and owner in owners:
        return True
    e = entry(ref.resolved) if ref.resolved else None
    return e is not None and bool(e.publishers & owners)


_KAGGLE_LINK = lazy_compile(r"https?://(?:www\.)?kaggle\.com/models/([\w.-]+/[\w.-]+)", re.IGNORECASE)
_MODELSCOPE_LINK = lazy_compile(r"https?://(?:www\.)?modelscope\.cn/models/([\w.-]+/[\w.-]+)", re.IGNORECASE)
_CLI_ID = lazy_compile(r"(?:huggingface-cli|hf)\s+download\s+([A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)")
MAX_OWN_MODELS = 200


def own_family_models(ctx: CheckContext) -> list[BaseModelRef]:
    """Models of a well-known family that this repository's own publisher links to (DOMAIN §8:
    a hub link into a well-known family brings that family's terms along).

    In the repository that publishes family X (the GitHub owner is one of X's publishers, or
    the Hub organisation of the link is the repository's owner), links to X's checkpoints are
    the release's own weights, not a base it derives from: their known terms are the weights'
    terms when the repository itself does not state them. Read from the root model cards only
    (sub-folder documents describe other things), code blocks included (`huggingface-cli
    download google/gemma-3-4b-it`). Signal "family-link"; never inherited as a base.
    """
    from openwash import documents as doc_kinds

    owners = _own_owners(ctx)
    if not owners:
        return []
    refs: list[BaseModelRef] = []
    seen: set[str] = set()
    for doc in ctx.documents:
        if doc.kind != doc_kinds.CARD or "/" in doc.path or not doc.is_markdown:
            continue
        text = doc.text
        if "/" not in text:
            continue
        for pattern in (_HF_LINK, _KAGGLE_LINK, _MODELSCOPE_LINK, _CLI_ID, _CODE_ID):
            for match in pattern.finditer(text):
                raw = match.group(1).rstrip(".")
                key = normalize(raw)
                if key in seen:
                    continue
                seen.add(key)
                owner = key.partition("/")[0]
                resolution = resolve(raw)
                if resolution is None or resolution.license_key is None:
                    continue
                if owner not in owners and not (resolution.entry.publishers & owners):
                    continue
                if owner not in resolution.entry.publishers and owner not in owners:
                    continue  # a third party's upload of the family
                line = text.count("\n", 0, match.start()) + 1
                ref = _make_ref(raw, doc.path, line, "family-link")
                if ref.family:
                    refs.append(ref)
                if len(refs) >= MAX_OWN_MODELS:
                    return refs
    return refs


# ---------------------------------------------------------------------------
# The stage


def find_base_models(ctx: CheckContext) -> list[BaseModelRef]:
    """Every base model the repository names, metadata first, one reference per model and document."""
    from openwash import documents as doc_kinds

    owners = _own_owners(ctx)
    refs: list[BaseModelRef] = []
    for doc in ctx.documents:
        try:
            if doc.kind == doc_kinds.ADAPTER_CONFIG:
                refs.extend(_adapter_config_refs(doc))
            elif doc.kind in (doc_kinds.CARD, doc_kinds.README) and doc.is_markdown:
                refs.extend(_front_matter_refs(doc))
                # metadata is the author's own statement; prose that names the publisher's own models is not lineage
                refs.extend(r for r in _markdown_refs(doc, ctx.facts.setdefault("notes", [])) if not _is_self_reference(r, owners))
        except (RecursionError, ValueError, TypeError) as exc:  # hostile input must not stop the pipeline
            ctx.facts.setdefault("notes", []).append(f"{doc.path}: base models could not be read completely ({exc})")
    return _dedupe(refs)


def _dedupe(refs: list[BaseModelRef]) -> list[BaseModelRef]:
    """One reference per (document, model), the strongest signal kept; metadata first, then by position."""
    best: dict[tuple[str, str], BaseModelRef] = {}
    order: list[tuple[str, str]] = []
    for ref in refs:
        key = (ref.path, ref.resolved if ref.resolved and ref.signal not in METADATA_SIGNALS else normalize(ref.raw))
        if key not in best:
            best[key] = ref
            order.append(key)
        elif _SIGNAL_STRENGTH.get(ref.signal, 9) < _SIGNAL_STRENGTH.get(best[key].signal, 9):
            best[key] = ref
    out = [best[k] for k in order]
    # weak references that restate a metadata reference (same resolved family) add nothing
    metadata_keys = {(r.path, r.resolved) for r in out if r.signal in METADATA_SIGNALS and r.resolved}
    out = [r for r in out if r.signal in METADATA_SIGNALS or (r.path, r.resolved) not in metadata_keys or not r.resolved]
    out = [r for r in out if not _covered_by_specific(r, out)]
    out.sort(key=lambda r: (r.signal not in METADATA_SIGNALS, r.path, r.line))
    return out


def _covered_by_specific(ref: BaseModelRef, refs: list[BaseModelRef]) -> bool:
    """A version-less "LLaMA" says nothing more where the repository names the version ("LLaMA-7B") elsewhere."""
    e = entry(ref.resolved) if ref.resolved else None
    if e is None or not e.generic:
        return False
    return any(
        other.resolved
        and other.resolved != ref.resolved
        and (other.resolved.startswith(e.key + "-") or any(p.search(normalize(other.raw)) for p in e.patterns))
        for other in refs
    )


def family_floor(ref: BaseModelRef) -> str | None:
    """The family of a reference's terms, or for a version-less name ("LLaMA", "Stable
    Diffusion") the least restrictive family any version of it has."""
    if ref.family:
        return ref.family
    e = entry(ref.resolved) if ref.resolved else None
    return e.family if e is not None and e.generic else None


def inherited_terms(base_models: list[BaseModelRef], *, floors: bool = False) -> list[BaseModelRef]:
    """The references whose terms the weights inherit, most restrictive first.

    Metadata references win; prose references count only when no metadata reference
    resolves to a family. References with no family (unknown models, placeholders,
    version-less names) and `unknown` families are left out; with `floors=True`
    version-less names count with their family's floor (`family_floor`), which is what
    a rule needs to say "whatever version it is, its terms are at least …".
    """

    def rank(ref: BaseModelRef) -> int:
        family = family_floor(ref) if floors else ref.family
        return FAMILY_RESTRICTIVENESS.get(family or "unknown", -1)

    usable = [r for r in base_models if rank(r) >= 0]
    metadata = [r for r in usable if r.signal in METADATA_SIGNALS]
    chosen = metadata or usable
    return sorted(chosen, key=lambda r: -rank(r))


def most_restrictive(base_models: list[BaseModelRef]) -> BaseModelRef | None:
    """The inherited reference with the most restrictive terms, or None."""
    terms = inherited_terms(base_models)
    return terms[0] if terms else None


def describe(ref: BaseModelRef) -> str:
    """A short human description: "Qwen/Qwen2.5-3B-Instruct (qwen-2.5-3b: qwen-research, non-commercial)"."""
    if ref.resolved is None:
        return ref.raw
    terms = ref.license_key or "terms of the family"
    return f"{ref.raw} ({ref.resolved}: {terms}, {ref.family})"
