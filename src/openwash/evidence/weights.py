"""Weights in the tree and the routes to them.

Sharded-weight indexes (every shard they name must exist beside them, inside their folder),
safetensors headers, the download code and script names the documents mention, intermediate
checkpoints, download scripts in the tree tied to their mentions, and the signals that a model
is offered only through a hosted API.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from typing import TYPE_CHECKING, Any

from openwash.evidence.files import _read_bounded
from openwash.evidence.findings import _Site
from openwash.lazyre import lazy_compile, regex

if TYPE_CHECKING:
    from openwash.context import CheckContext
    from openwash.documents import Document
    from openwash.evidence.findings import _Findings
    from openwash.identity import Identity

# "model.safetensors.index.json", "pytorch_model.bin.index.json": the index of a weights file's shards, named after that
# file; "Office_Products.index.json" beside a recommender's data is some other index
_SHARD_INDEX = lazy_compile(r"\.(?:safetensors|bin|pt|pth|ckpt|h5|msgpack|gguf)\.index\.json$", re.I)


def _scan_indexes(ctx: CheckContext, found: _Findings) -> None:
    """Sharded-weight indexes: every shard they name must exist beside them."""
    for entry in ctx.inventory.files:
        if not _SHARD_INDEX.search(entry.path) or entry.lfs is not None or entry.is_symlink:
            continue
        record: dict[str, Any] = {"path": entry.path, "shards": [], "missing": [], "escaping": [], "outside_repository": [], "problem": None}
        found.indexes.append(record)
        text = _read_bounded(ctx, entry.path, 16 * 1024 * 1024)
        try:
            data = json.loads(text) if text is not None else None
        except (ValueError, RecursionError):  # RecursionError: an index nested 100,000 levels deep
            data = None
        weight_map = data.get("weight_map") if isinstance(data, dict) else None
        if not isinstance(weight_map, dict):
            record["problem"] = "not a JSON object with a 'weight_map' mapping"
            continue
        base = entry.path.rsplit("/", 1)[0] + "/" if "/" in entry.path else ""
        for shard in sorted({str(v) for v in weight_map.values()}):
            record["shards"].append(shard)
            escape = _shard_escape(base, shard)
            if escape is not None:
                record["escaping"].append(shard)
                if escape == "repository":
                    record["outside_repository"].append(shard)
            elif ctx.inventory.get(os.path.normpath(base + shard).replace(os.sep, "/")) is None:
                record["missing"].append(shard)


def _shard_escape(base: str, shard: str) -> str | None:
    """Where a shard path leads out of its index's folder: "repository", "folder" or None (it stays inside).

    Loaders resolve shard names against the folder holding the index (transformers joins them to
    the model folder; the Hub serves them from the index's folder), and only that folder is what a
    user downloads or copies as "the model". A shard that climbs out of it (`../x.safetensors`) is
    not part of that model even when it is elsewhere in the repository; one that leaves the
    repository (absolute paths, drive letters, too many `..`) points anywhere on the user's disk.
    """
    path = shard.replace("\\", "/")
    if path.startswith("/") or regex(r"^[A-Za-z]:").match(path):
        return "repository"
    normal = posixpath.normpath(base + path)
    if normal == ".." or normal.startswith("../"):
        return "repository"
    inside = posixpath.normpath(path)
    if inside == ".." or inside.startswith("../"):
        return "folder"
    return None


def _scan_safetensors(ctx: CheckContext, found: _Findings) -> None:
    from openwash.discover import read_safetensors_header

    budget = 256  # headers are cheap, but a bound keeps huge shard sets linear and small
    for entry in ctx.inventory.files:
        if not entry.path.endswith(".safetensors") or entry.lfs is not None or entry.is_symlink:
            continue
        if budget <= 0:
            break
        budget -= 1
        header = read_safetensors_header(os.path.join(ctx.root, entry.path))
        if not header.ok and header.problem:
            found.safetensors_problems.append({"path": entry.path, "problem": header.problem})


# --- routes the documents name -----------------------------------------------------------

_DOWNLOAD_CODE = lazy_compile(
    r"(huggingface-cli\s+download|\bhf\s+download\b|snapshot_download\s*\(|hf_hub_download\s*\(|"
    # `load_model("v1_marco_de")`, `rocketqa.load_model(model="v1_marco_de", use_cuda=True)`: a named checkpoint fetched
    r"from_pretrained\(\s*[\"'][\w.-]+/[\w.-]+[\"']|\bload_model\(\s*(?:model(?:_name)?\s*=\s*)?[\"'][\w.-]+[\"']|torch\.hub\.load\(|"
    r"kagglehub\.model_download\(|git\s+lfs\s+pull|ollama\s+(?:pull|run)\s|"
    # a Hub id put in the variable a usage snippet loads (`model_path = 'org/name'` … `from_pretrained(model_path)`)
    r"\b(?:model_(?:path|name|id|dir|repo)|model_name_or_path|repo_id)\s*=\s*[\"'][\w-]+/[\w.-]+[\"'])",
    re.I,
)
# "bash download.sh", "python download_weights.py"; not a host ("https://download.pytorch.org/whl/cu118")
_DOWNLOAD_SCRIPT_MENTION = lazy_compile(r"\b(download[\w-]*\.(?:sh|py)(?!\w)|download_(?:model|weights|ckpt|checkpoint)s?\b)", re.I)

_INTERMEDIATE_TEXT = lazy_compile(
    r"(intermediate\s+(?:checkpoints?|model\s+checkpoints?|weights|revisions?|steps|stages)|\ball\**\s+(?:the\s+|of\s+the\s+)?(?:intermediate\s+)?checkpoints|"
    r"checkpoints?\b.{0,40}\bevery\s+[\d,]+\s+(?:training\s+)?(?:steps|tokens|iterations)|"
    r"checkpoints?\s+(?:from|at|of)\s+(?:every|each|all)\s|revision\s*=\s*[\"']?step\d+|"
    r"\b(?:branch|branches|revisions?)\b.{0,60}\bstep[-_]?\d+|\bstep[-_]?\d+\b.{0,60}\b(?:branch|branches|revisions?)\b|"
    r"中间检查点|中间\s*checkpoint)",
    re.I,
)

# Hub links to training-step revisions (`…/tree/stage1-step1907359-tokens4001B`): several distinct
# ones mean intermediate checkpoints are published; a single one may be the final model.
_STEP_REVISION = lazy_compile(r"/tree/([\w.-]*step[-_]?\d+[\w.-]*)", re.I)


def _link_scripts_to_mentions(found: _Findings) -> None:
    """A download script in the tree is a weights route; a document's words about it say whether it is gated."""
    mentioned: dict[str, _Site] = {}
    for s in found.sites:
        if s.kind == "download-script" and (s.target.lower() not in mentioned or s.gated):
            mentioned[s.target.lower()] = s
    # The same script is the same route: one gated mention gates every mention of it.
    for s in found.sites:
        gated = mentioned.get(s.target.lower()) if s.kind == "download-script" else None
        if gated is not None and gated.gated and not s.gated:
            s.gated, s.gate, s.gate_line = True, gated.gate, gated.gate_line
    for script in found.download_scripts:
        name = script.rsplit("/", 1)[-1].lower()
        mention = mentioned.get(name)
        site = _Site(script, 1, "download-script", script)
        if mention is not None:
            site.gated, site.gate, site.gate_line = mention.gated, mention.gate, mention.gate_line
        found.sites.append(site)


# --- API-only releases: the model is offered as a hosted API, its weights are not published ---------

# --- API-only releases: the model is offered as a hosted API, its weights are not published ---------
# Each kind of signal, in lower case (run on folded lines). One explicit statement is enough; otherwise
# two kinds are needed, one of them a key or a price (what a self-hosted server does not ask for).
_API_SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "api-only",
        lazy_compile(
            r"\bapi[\s-]only\b|"
            r"\b(?:only|exclusively|solely)\s+(?:(?:be\s+)?(?:available|accessible|offered|served|provided|usable|used)\s+)?"
            r"(?:through|via|over|by|using)\s+(?:an?\s+|our\s+|the\s+)?(?:[\w.-]+\s+){0,3}?api\b|"
            r"\b(?:available|accessible|offered|served|provided|usable)\s+(?:exclusively|only|solely)\s+(?:through|via|over|as|by)\s+"
            r"(?:an?\s+|our\s+|the\s+)?(?:[\w.-]+\s+){0,3}?api\b|"
            r"\b(?:through|via|over)\s+(?:an?\s+|our\s+|the\s+)?(?:[\w.-]+\s+){0,3}?api\s+only\b|"
            r"仅(?:通过|提供|支持|以)\s*api|只(?:能|可)?通过\s*api"
        ),
    ),
    (
        "via-api",
        lazy_compile(
            r"\b(?:through|via|over|using)\s+(?:our|the|an?)\s+(?:[\w.-]+\s+){0,3}?(?:api|endpoints?)\b|"
            r"通过\s*api|api\s*(?:接口|调用)|调用\s*api"
        ),
    ),
    (
        "api-key",
        lazy_compile(r"\b[a-z][a-z0-9]*_api_key\b|\b(?:your|an|the|own)\s+api\s+keys?\b|api\s*密钥|api\s*key\s*(?:获取|申请)"),
    ),
    (
        "pricing",
        lazy_compile(
            r"(?:\$|€|¥|£|\busd\b|\bprices?\b|\bpricing\b|\bpriced\b|\bcosts?\b|\bbilled\b|\bbilling\b)[^\n|]{0,40}?"
            r"\bper\s+(?:1m|1k|1,000,000|1,000|1000|one\s+million|a\s+million|million|thousand|m|k)\s+(?:input\s+|output\s+)?tokens\b|"
            r"按\s*tokens?\s*(?:计费|收费)|(?:元|美元)\s*/\s*(?:千|百万|万)\s*tokens?|每\s*(?:千|百万|万)\s*tokens?\s*\S{0,4}(?:元|美元)"
        ),
    ),
    (
        "sdk",
        lazy_compile(
            r"\bpip\s+install\s+[\w.-]*[-_.](?:sdk|api|client)\b|\bnpm\s+(?:install|i)\s+[@\w./-]*[-_./](?:sdk|api|client)\b|"
            r"\bclient\.(?:chat|completions?|messages|responses)\.\w+\(|\.chat\.completions\.create\("
        ),
    ),
)
# Keywords for the line prefilter: every alternative above holds one (tests check it).
_API_WORDS = ("api", "endpoint", "token", "sdk", "client", "completions", "接口")
# A key or a price: what makes an API a hosted service rather than a local server.
_HOSTED_API_KINDS = frozenset({"api-key", "pricing"})


def _api_signals(docs: list[Document]) -> list[dict[str, Any]]:
    """Each kind of API signal once (its first place) per document, in document and line order."""
    from openwash.licenses.declarations import MAX_LINE_CHARS, fold_case, keyword_lines, keyword_pattern

    keywords = keyword_pattern(_API_WORDS)
    out: list[dict[str, Any]] = []
    for doc in docs:
        seen: set[str] = set()
        first = max(1, doc.body_start_line)
        body = "\n".join(doc.lines[first - 1 :])
        for number in keyword_lines(fold_case(body), keywords, first):
            line = doc.lines[number - 1][:MAX_LINE_CHARS]
            low = fold_case(line)
            for kind, pattern in _API_SIGNALS:
                match = pattern.search(low) if kind not in seen else None
                if match:
                    seen.add(kind)
                    out.append({"kind": kind, "path": doc.path, "line": number, "text": line[match.start() : match.end()].strip()})
            if len(seen) == len(_API_SIGNALS):
                break
    return out


_PACKAGE_LOAD = lazy_compile(r"\b([A-Za-z_][\w]*)\.load(?:_model)?\(\s*[\"']([\w./:-]+)[\"']")


# `from kobert import get_pytorch_kobert_model`: a function of the release's own package that returns a pretrained model
_OWN_IMPORT = lazy_compile(r"^\W*from\s+([A-Za-z_]\w*)(?:\.\w+)*\s+import\s+[^#]*?\b((?:get|load|download|fetch)_\w*(?:model|checkpoint|weights|pretrained)\w*)", re.I)
# "weights are automatically downloaded and stored in <package_root>/downloads": the package fetches them itself
_AUTO_DOWNLOAD = lazy_compile(
    r"\b(?:weights|checkpoints?|model\s+(?:files|weights|parameters)|pre-?trained\s+models?)\s+(?:are|is|will\s+be|get|gets)\s+"
    r"(?:automatically\s+downloaded|downloaded\s+automatically)\b|"
    r"\bautomatically\s+download(?:s|ed)?\s+(?:the\s+|our\s+|all\s+)?(?:model\s+)?(?:weights|checkpoints?|pre-?trained\s+models?)\b|"
    # "(Required models will be downloaded from HuggingFace)": the release's commands fetch its models from the Hub
    r"\b(?:required|our|the)\s+(?:pre-?trained\s+)?(?:models?|weights|checkpoints?)\s+(?:are|is|will\s+be|get)\s+(?:automatically\s+)?"
    r"downloaded\s+from\s+(?:the\s+)?(?:hugging\s?face|hf|hub|modelscope)\b|"
    r"(?:模型|权重|預訓練模型|预训练模型)(?:文件)?(?:会|将|會|將)?自动下载|自动下载(?:模型|权重|预训练模型)",
    re.I,
)


# A command-line tool's download sub-command: "transcriptformer download tf-sapiens" (the tool is compared with the
# release's own names where it is read)
_CLI_DOWNLOAD = lazy_compile(r"^\s*(?:\$\s+)?([A-Za-z][\w.-]{2,40})\s+download\s+[\w.-]+")


def own_package_loads(doc: Document, own: Identity) -> list[_Site]:
    """`clip.load("ViT-B/32")`, `whisper.load_model("base")`, `from kobert import get_pytorch_kobert_model`: the release's
    own package fetching a released checkpoint; or its words that the weights are downloaded automatically.
    Another package's `load` (`torch.load("x.pt")`, `yaml.load`) is not a download route, nor another model's words
    (a line about the base model)."""
    from openwash.evidence.links import _BASE_MODEL_WORDS
    from openwash.identity import normal_name

    out: list[_Site] = []
    for number, line in enumerate(doc.lines, 1):
        imported = _OWN_IMPORT.match(line) if "import" in line else None
        # names compare normalised: the package `maha_tts` is the release `MahaTTS`
        if imported and own.names and normal_name(imported.group(1)) in own.names:
            out.append(_Site(doc.path, number, "download-code", imported.group(0).strip()))
            break
        auto = _AUTO_DOWNLOAD.search(line) if "download" in line or "下载" in line else None
        if auto and not _BASE_MODEL_WORDS.search(line):
            out.append(_Site(doc.path, number, "download-code", auto.group(0)))
            break
        command = _CLI_DOWNLOAD.match(line) if "download" in line else None
        if command and own.names and normal_name(command.group(1)) in own.names:
            # `transcriptformer download tf-sapiens`: the release's own command-line tool fetching a checkpoint
            out.append(_Site(doc.path, number, "download-code", command.group(0).strip()))
            break
        if ".load" not in line:
            continue
        for match in _PACKAGE_LOAD.finditer(line):
            package, name = match.group(1), match.group(2)
            if "." in posixpath.basename(name):
                continue  # a file path ("model.pt"), not a checkpoint name
            if own.names and normal_name(package) in own.names:
                out.append(_Site(doc.path, number, "download-code", match.group(0)))
                break
    return out


# Hub card keys that mark a root README as the card of a Hugging Face model repository
_HUB_CARD_KEYS = ("license", "library_name", "pipeline_tag", "base_model", "model-index", "tags", "datasets")
_CARD_HOLDS_WEIGHTS = lazy_compile(
    r"\b(?:this|the\s+present)\s+(?:model\s+)?(?:repository|repo)\s+(?:contains|includes|hosts|provides|holds|stores|ships)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:weights|checkpoints?|model\s+files|(?:quanti[sz]ed|converted)\s+models?)\b"
    r"|^[\s*_#>]*(?:the\s+)?(?:pre-?trained|trained|model)\s+(?:checkpoints?|weights)\s+(?:for|of)\s"
    # the card's list of the repository's files: "- `smollm2-135m-instruct-q8_0.gguf` - Main model file (Q8_0 quantized)"
    r"|^\s*[-*+]\s+`?[\w.-]+\.(?:gguf|safetensors|bin|pt|pth|ckpt|onnx)`?\s*[-–—:]\s*(?:the\s+)?(?:main\s+)?(?:model|weights?)\s+(?:file|weights|checkpoint)",
    re.I,
)
MAX_CARD_LINES = 60  # the statement sits at the top of the card


def card_holds_weights(doc: Document) -> _Site | None:
    """A root Hugging Face card (front matter with Hub keys) whose opening says its repository holds the weights:
    "This repository contains the dataset and trained weights for X", "Pre-trained checkpoint for X". The card is
    the Hub repository's own, so its weights sit beside it there."""
    if "/" in doc.path or doc.front_matter is None or not any(key in doc.front_matter.data for key in _HUB_CARD_KEYS):
        return None
    start = max(0, doc.body_start_line - 1)
    for number, line in enumerate(doc.lines[start : start + MAX_CARD_LINES], start + 1):
        match = _CARD_HOLDS_WEIGHTS.search(line[:2000])
        if match:
            return _Site(doc.path, number, "hub", "the card's own Hugging Face repository")
    return None
