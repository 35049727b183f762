"""The base models that code and commands in a card name: `base_model = "…"`, `X.from_pretrained("…")`, a
YAML `model_name_or_path:`, and the starting-checkpoint flag of a training command."""

from __future__ import annotations

import re

from openwash.documents import Document
from openwash.lazyre import lazy_compile
from openwash.lineage.families import normalize
from openwash.lineage.ids import _make_ref
from openwash.model import BaseModelRef


_CODE_ASSIGN = lazy_compile(
    r"\b(?:base_model(?:_id|_name(?:_or_path)?|_path)?|base_id|base_name|model_base|base_checkpoint|BASE_MODEL(?:_ID|_NAME)?)\s*[:=]\s*[\"']([^\"'\s]+)[\"']",
    re.IGNORECASE,
)


# axolotl / LLaMA-Factory configs pasted into a card: `base_model: NousResearch/Llama-2-7b-hf`
_YAML_BASE = lazy_compile(r"^\s*(?:base_model|model_name_or_path)\s*:\s*[\"']?([A-Za-z0-9][\w.-]*/[\w.-]+)[\"']?\s*(?:#.*)?$")


_FROM_PRETRAINED = lazy_compile(r"(\w+)\.from_pretrained\(\s*(?:[\w.]+\s*,\s*)?[\"']([^\"'\s]+)[\"']")


# A training command's starting checkpoint: `torchrun finetuning.py … --model_name meta-llama/Llama-3.2-11B-Vision`.
# Only a command that launches training (a script or sub-command named for it) says where the release started from;
# the same flag on an inference command names the model being run.
_TRAIN_COMMAND = lazy_compile(r"(?:^|[\s/=])(?:\w*[-_])?(?:train|finetun|fine[-_]tun|sft|pretrain|dpo|grpo|ppo)\w*(?:\.(?:py|sh)\b|\s|$)", re.I)


_START_FLAG = lazy_compile(
    r"--(?:model_name_or_path|model[-_]name|base[-_]model|pretrained_model_name_or_path|model[-_]id|model[-_]path)[\s=]+[\"']?"
    r"(?:([A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)|(?:\.{0,2}/)?(?:[\w.-]+/){2,6}(?P<local>[A-Za-z][\w.-]*))[\"']?(?=\s|\\|$)",
    re.I,
)


# A download of another checkpoint in a training section: `wget https://huggingface.co/lmms-lab/llama3-llava-next-8b/resolve/…`,
# `huggingface-cli download X`, `git clone https://huggingface.co/X`, `snapshot_download(repo_id="X")`.
_HUB_DOWNLOAD = lazy_compile(
    r"(?:\b(?:wget|curl)\b[^\n]*?https?://(?:huggingface\.co|hf\.co)/(?!datasets/|spaces/)([A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)/(?:resolve|blob)/"
    r"|\b(?:huggingface-cli|hf)\s+download\s+([A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)"
    r"|\bgit\s+clone\s+https?://(?:huggingface\.co|hf\.co)/(?!datasets/|spaces/)([A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)"
    r"|\bsnapshot_download\(\s*(?:repo_id\s*=\s*)?[\"']([A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)[\"'])",
    re.I,
)


_DATASET_REPO = lazy_compile(r"repo[-_]type[\s=]+[\"']?datasets?\b", re.I)


# The heading a training recipe sits under: "## Training", "4. Fine-tuning", "训练".
_TRAINING_HEADING = lazy_compile(r"\b(?:train(?:ing)?|fine-?tun(?:e|ing)|finetun(?:e|ing)|pre-?train(?:ing)?)\b|训练|訓練|微调|微調", re.I)


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
    started: list[BaseModelRef] = []
    for block in blocks:
        started.extend(_training_command_refs(doc, block))
        started.extend(_training_download_refs(doc, block))
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
    # a training framework's README shows the same command on several bases (Qwen2.5, Llama 3.2, …): those are
    # examples, not where this release started from; one starting checkpoint throughout is the release's own
    if len({normalize(r.raw) for r in started}) == 1:
        refs.extend(started)
    return refs


def _training_download_refs(doc: Document, block: list[tuple[int, str]]) -> list[BaseModelRef]:
    """The checkpoint a code block under a training heading downloads: what the training starts from.

    E5-V's "## Training" has its user `wget` lmms-lab/llama3-llava-next-8b before `bash run.sh`. Only the innermost
    heading counts (a "### Inference" step inside a training chapter downloads the model being run), and, as for the
    training flags, only one checkpoint throughout the document is read as the start (`_code_refs`).
    """
    if not doc.is_markdown:
        return []
    refs: list[BaseModelRef] = []
    for number, text in block:
        if "download" not in text and "huggingface.co/" not in text and "hf.co/" not in text:
            continue
        if _DATASET_REPO.search(text):
            continue  # `huggingface-cli download X --repo-type dataset`: data, not a checkpoint
        path = doc.structure.section(number)
        if not path or not _TRAINING_HEADING.search(path[-1].text):
            continue
        for m in _HUB_DOWNLOAD.finditer(text):
            raw = next(g for g in m.groups() if g)
            refs.append(_make_ref(raw.removesuffix(".git"), doc.path, number, "code"))
    return refs


def _training_command_refs(doc: Document, block: list[tuple[int, str]]) -> list[BaseModelRef]:
    """The starting checkpoint named by a flag of a training command (its continuation lines read with it)."""
    refs: list[BaseModelRef] = []
    lines = doc.lines
    for number, text in block:
        if "--" not in text:
            continue
        for m in _START_FLAG.finditer(text):
            first = number
            while first > 1 and number - first < 40 and lines[first - 2].rstrip().endswith("\\"):
                first -= 1
            last = number
            while last < len(lines) and last - number < 40 and lines[last - 1].rstrip().endswith("\\"):
                last += 1
            if not _TRAIN_COMMAND.search(" ".join(lines[first - 1 : last])):
                continue
            if m.group(1):
                refs.append(_make_ref(m.group(1), doc.path, number, "code"))
            else:
                # a local copy, `--base_model=models/base_models/llama-7b`: its folder's name, when it names a known model
                ref = _make_ref(m.group("local"), doc.path, number, "code")
                if ref.resolved is not None:
                    refs.append(ref)
    return refs
