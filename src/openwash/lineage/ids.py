"""Which strings are model ids: ids that cannot be resolved (local paths, placeholders), and
mentions of models inside prose."""

from __future__ import annotations

import re

from openwash.lazyre import lazy_compile
from openwash.lineage.families import _HUB_PREFIX, Resolution, normalize, resolve
from openwash.model import BaseModelRef


# ---------------------------------------------------------------------------
# Ids that cannot be resolved

_LOCAL_PATH = lazy_compile(r"^(?:[/~\\]|\.{1,2}[/\\]|[A-Za-z]:[\\/])|\\|^(?:[^/\s]+/){2,}[^/\s]*$")
_PLACEHOLDER = lazy_compile(
    r"your[-_ ]|<[^>]*>|\{\{?|\}\}?|\$\{|xxx|\.\.\.|…|^(?:none|null|n/?a|tbd|todo|unknown|base[-_ ]?model|model[-_ ]?(?:id|name)"
    r"|username/.*|user/.*|org/.*|organization/.*|model[-_ ]?(?:ids?|names?|paths?|dirs?)/.*|\[?more information needed\]?)$|more information needed|path/to",
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
# The Hub's cache keeps a download under `models--<owner>--<name>/snapshots/<revision>`.
_HUB_CACHE_DIR = lazy_compile(r"^models--([A-Za-z0-9][\w.-]*)--([A-Za-z0-9][\w.-]*)$")


def _named_by_folder(raw: str) -> tuple[str, Resolution] | None:
    """A local path whose last folder is a known model with stated terms: `/home/u/models/Qwen-7B-Chat`,
    `~/.cache/modelscope/hub/models/Qwen/Qwen3-14B`, `…/models--Qwen--Qwen3-14B/snapshots/<hash>`.

    People download a Hub model into a folder of its name and point the fine-tune at it. Only the
    last folder is read (a parent may be anything: `/data/llama-2-7b/checkpoint-500` is an output
    folder), and only a model whose version, hence terms, is known counts: `./output/checkpoint-500`
    and `./models/qwen` stay unresolved.
    """
    parts = [p for p in re.split(r"[/\\]+", raw.strip()) if p and p not in (".", "..", "~")]
    for part in reversed(parts):
        cached = _HUB_CACHE_DIR.match(part)
        if cached:
            return _known(f"{cached.group(1)}/{cached.group(2)}")
    return _known(parts[-1]) if parts else None


def _known(candidate: str) -> tuple[str, Resolution] | None:
    if _PLACEHOLDER.search(candidate):
        return None
    resolution = resolve(candidate)
    if resolution is None or resolution.license_key is None:
        return None
    return candidate, resolution


def _make_ref(raw: str, path: str, line: int, signal: str, relation: str | None = None) -> BaseModelRef:
    raw = raw.strip()[:_MAX_RAW]
    ref = BaseModelRef(raw=raw, path=path, line=line, signal=signal, relation=relation)
    reason = unresolvable_reason(raw)
    if reason and reason.startswith("local path"):
        named = _named_by_folder(raw)
        if named is not None:
            folder, by_folder = named
            ref.resolved, ref.license_key, ref.family = by_folder.key, by_folder.license_key, by_folder.family
            # still a note (OW303): the id is a guess from a folder name, and exports leave it out
            ref.unresolvable = f"local path, not a Hub model id; its folder `{folder}` names {by_folder.key}, whose terms are taken"
            return ref
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
    r"deepseek(?:-r1-distill)?|tiny-?llama|code[- ]?llama|llama|gemma|[a-z]+gemma|qwq|qwen|mistral|mixtral|codestral|ministral|pixtral|devstral"
    r"|phi|falcon|stablelm|stable[- ]?diffusion|sdxl|sd|bloomz?|starcoder2?|santacoder|pythia|olmo|gpt-?2|distilgpt2|gpt-?j|gpt-?neox?"
    r"|gpt-?oss|yi|baichuan|chatglm|glm|internlm|aquila|skywork|xverse|taide|kokoro|index-?tts|vicuna|stable-?vicuna|dolly"
    r"|nemotron|kimi|flux\.?1?|grok|whisper|kolors|cogview|command-r|llava|f5-?tts|orpheus[- _]?(?:tts|3b)|chameleon"
)
# A family name followed by version/size/variant tokens: "Llama-2-7B", "Qwen 2.5 3B Instruct", "Stable Diffusion v1.5".
_MENTION = lazy_compile(
    rf"(?<![A-Za-z0-9_/-])(?:{_FAMILY_STEMS})"
    r"(?:[ _.:-]?(?:v?\d+(?:\.\d+)*(?:[bmkx]|e\d+b?)?(?![a-z])|instruct|chat|base|hf|it|coder|math|vl|large|small|nemo|mini|medium"
    r"|xl|turbo|mamba|moe|prover|llama|qwen|zero|distill|embedding|[a-z]?\d+(?:\.\d+)?[bm](?![a-z])))*"
    r"(?![A-Za-z0-9_/]|\.[a-z])"  # "llama.cpp", "gemma.cpp" are software, not weights
    # "LLaMA-Factory", "llama-index", "Qwen-Agent": tools and frameworks named after a family
    r"(?![ _-](?:factory|index|board|recipes|cookbook|webui|studio|toolkit|kit|hub|stack|agent|finetune|efficient-finetuning)(?![A-Za-z0-9]))",
    re.IGNORECASE,
)
# Substrings one of which every model mention contains (a superset of _FAMILY_STEMS and of Hub
# links and `owner/name` ids), searched as plain text before the prose patterns run: most lines fail it.
_STEM_WORDS = (
    "huggingface.co", "hf.co", "`", "llama", "gemma", "qwen", "qwq", "mistral", "mixtral", "stral", "phi", "falcon", "stablelm", "diffusion", "sdxl", "sd",
    "bloom", "coder", "pythia", "olmo", "gpt", "yi", "baichuan", "glm", "internlm", "aquila", "skywork", "xverse", "taide", "chameleon",
    "kokoro", "tts", "vicuna", "dolly", "nemotron", "kimi", "flux", "grok", "whisper", "kolors", "cogview", "command-r", "deepseek",
    "llava", "orpheus",
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
