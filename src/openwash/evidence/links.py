"""What a link in a card or README points at.

The weights (a Hub repository, a model-hub page, a weight file wherever it is hosted, a release
archive said to hold them, a cloud drive, a torrent, a download page), a dataset or evaluation
data, a paper or a technical report, or a code repository that holds a component.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from openwash.evidence.files import WEIGHT_SUFFIXES
from openwash.evidence.findings import _Site
from openwash.lazyre import lazy_compile, regex
from openwash.model import Location

if TYPE_CHECKING:
    from openwash.context import CheckContext
    from openwash.documents import Document
    from openwash.evidence.findings import _Findings
    from openwash.identity import Identity

_URL = lazy_compile(r"(?:https?://|magnet:\?|(?:gs|s3)://)[^\s<>()\"'`\]]+", re.I)
_HF_MODEL = lazy_compile(r"^https?://(?:www\.)?(?:huggingface\.co|hf\.co)/(?!datasets/|spaces/|docs|blog|papers|join|login|settings|pricing|models\b|collections/|learn|organizations|tasks|api/|transformers|chat)([\w.-]+)(?:/([\w.-]+))?", re.I)
_HF_COLLECTION = lazy_compile(r"^https?://(?:www\.)?(?:huggingface\.co|hf\.co)/collections/[\w.-]+/", re.I)
_COLLECTION_OF_MODELS = lazy_compile(r"\b(?:models?|weights|checkpoints?)\b(?![-\s]+(?:cards?|trained\s+on\s+it|datasets?))|模型|权重", re.I)
_HF_DATASET = lazy_compile(r"^https?://(?:www\.)?(?:huggingface\.co|hf\.co)/datasets/([\w.-]+)(?:/([\w.-]+))?", re.I)
_MODEL_HUBS = lazy_compile(r"^https?://(?:www\.)?(?:modelscope\.cn/models/|kaggle\.com/models/|ollama\.com/library/|replicate\.com/|civitai\.com/models/|ngc\.nvidia\.com/catalog/models|catalog\.ngc\.nvidia\.com/orgs/[\w-]+/models)", re.I)
_DATA_HUBS = lazy_compile(r"^https?://(?:www\.)?(?:kaggle\.com/datasets/|zenodo\.org/|modelscope\.cn/datasets/|data\.commoncrawl\.org|commoncrawl\.org|laion\.ai|ai\.meta\.com/datasets|paperswithcode\.com/dataset|opendatalab|dataverse\.|registry\.opendata\.aws/)", re.I)
_CLOUD_DRIVES = lazy_compile(
    r"^https?://(?:[\w-]+\.)*(?:drive\.google\.com|docs\.google\.com/uc|pan\.baidu\.com|cloud\.tsinghua\.edu\.cn|dropbox\.com|1drv\.ms|onedrive\.live\.com|sharepoint\.com|mega\.nz|aliyundrive\.com|alipan\.com|weiyun\.com|box\.com"
    # object storage: a Google Cloud Storage bucket (console or API host), Amazon S3, Azure Blob Storage
    r"|console\.cloud\.google\.com/storage|storage\.googleapis\.com|storage\.cloud\.google\.com|amazonaws\.com|blob\.core\.windows\.net)/"
    r"|^(?:gs|s3)://[\w.-]+",
    re.I,
)
_WEIGHT_URL = lazy_compile(r"\.(?:pth|pt|ckpt|safetensors|onnx|gguf|ggml|h5|tflite|caffemodel|pdparams|npz|msgpack|mlmodel)(?:[?#]|$)", re.I)
# Suffixes only weights use: a URL ending in one serves weights wherever it is hosted (a GitHub release
# asset, a Zenodo record, a blob on a code host). .h5/.npz/.msgpack also hold data, so they wait for the
# data hubs to be ruled out first.
_WEIGHT_ONLY_URL = lazy_compile(r"\.(?:pth|pt|ckpt|safetensors|onnx|gguf|ggml|tflite|caffemodel|pdparams|mlmodel)(?:[?#]|$)", re.I)
_RELEASE_ASSET = lazy_compile(r"/releases/download/", re.I)
_ARCHIVE_URL = lazy_compile(r"\.(?:zip|tar|tar\.(?:gz|bz2|xz|zst|zstd)|tgz|7z|zst|zstd|bin)(?:[?#]|$)", re.I)
_HF_NOT_WEIGHTS = lazy_compile(r"(tensorboard|[-_]logs?\b|[-_]logs?$|eval[-_]?results|leaderboard)", re.I)
_WEIGHT_WORDS = lazy_compile(r"\b(weights?|checkpoints?|ckpts?|models?|download|pretrained|pre-trained|parameters|lora|params)\b|模型|权重|下载|参数", re.I)

_PAPER_URL = lazy_compile(r"^https?://(?:www\.)?(?:arxiv\.org/(?:abs|pdf)/|doi\.org/10\.|dx\.doi\.org/10\.|openreview\.net/(?:forum|pdf)|aclanthology\.org/|proceedings\.(?:mlr|neurips)|papers\.nips\.cc|jmlr\.org/papers|ieeexplore\.ieee\.org/document)", re.I)
_PDF_URL = lazy_compile(r"\.pdf(?:[?#]|$)", re.I)
_PAPER_WORDS = lazy_compile(r"\b(paper|papers|preprint|publication|cite|citation|citing|arxiv|report)\b|论文|技术报告|引用", re.I)
_TECH_REPORT_WORDS = lazy_compile(r"\b(technical\s+report|tech(?:nical)?\s*report|system\s+card|model\s+report)\b|技术报告", re.I)

_CODE_HOST = lazy_compile(r"^https?://(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|gitee\.com|git\.[\w.-]+)/[\w.-]+/[\w.-]+", re.I)
# What a line says a linked code repository holds: code that lives in another repository (DOMAIN §7).
_CODE_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "training-code",
        lazy_compile(
            r"\b(?:pre-?)?training\s+(?:code|pipeline|scripts?|recipes?|framework|repo(?:sitory)?|codebase|source)|"
            r"\b(?:code|scripts?|source(?:\s+code)?|recipes?)\s+(?:used\s+)?(?:to|for)\s+(?:pre-?)?train|\bused\s+to\s+(?:pre-?)?train\b|"
            # "an open codebase [OpenLTM](…), which contains the whole pipeline to pre-train and fine-tune …"
            r"\b(?:pipeline|codebase|framework)\s+(?:to|for)\s+(?:pre-?)?train|"
            r"\b(?:pre-?)?train(?:ed|ing)?\s+(?:with|using)\s+(?:our|the)\s+(?:code|codebase|framework|scripts?)|训练代码|预训练代码|"
            # "All current models were trained using the [GPT NeoX toolkit](…)": the toolkit the models were trained with
            r"\b(?:models?|weights|checkpoints?)\s+(?:were|was|are|have\s+been)\s+(?:pre-?)?trained\s+(?:using|with)\s+(?:the\s+|a\s+|our\s+)?"
            r"\[?[^\]\n.]{0,40}?\b(?:toolkit|framework|codebase|library|trainer)\b|"
            # "[The Parler-TTS repository](…) - you can train and fine-tune your own version of the model"
            r"\byou\s+can\s+(?:re-?)?train\b[^.]{0,60}\byour\s+own\b|"
            # "The training of this model is handled in [pv-site-prediction](…)"
            r"\b(?:the\s+)?training\s+of\s+(?:this|the|these|our)\s+models?\s+(?:is|was|are|were)\s+(?:handled|done|performed|carried\s+out|implemented)\s+(?:in|by|at|with)\b",
            re.I,
        ),
    ),
    (
        "evaluation-code",
        lazy_compile(r"\bevaluation\s+(?:code|harness|scripts?|suite|framework|repo(?:sitory)?)|\bevaluations?\b.{0,60}\b(?:performed|run|done|conducted)\s+(?:using|with)|评测代码|评估代码", re.I),
    ),
    ("inference-code", lazy_compile(r"\binference\s+(?:code|scripts?|engine|repo(?:sitory)?)|\bcode\s+(?:for|to\s+run)\s+inference|推理代码", re.I)),
    (
        "data-preprocessing-code",
        lazy_compile(r"\b(?:data\s+(?:processing|preparation|pipeline|curation|cleaning)|pre-?processing|deduplication|filtering)\s+(?:code|scripts?|pipeline|tools?)|数据处理代码", re.I),
    ),
    # The model's own code: named as such, or inside "full training code" (a model cannot be trained without it).
    (
        "model-architecture",
        lazy_compile(
            r"\b(?:full|complete|entire)\s+(?:pre-?)?training\s+code|\bmodel(?:ing)?\s+(?:code|implementation|definition)|"
            r"\barchitecture\s+(?:code|implementation)|模型代码|模型实现",
            re.I,
        ),
    ),
)
_BASE_MODEL_WORDS = lazy_compile(
    r"\bbase[\s_-]?model\b|\bfine-?tuned?\s+(?:from|on|of)\b|\bbased\s+on\b|\bderived\s+from\b|\bbuilt\s+(?:on|upon)\b|\badapter\s+(?:for|of|on)\b|"
    r"基底|基座|基础模型|基于",
    re.I,
)
_LICENSE_WORDS = lazy_compile(r"licen[cs]e|\bterms\b|授权|许可|条款|协议", re.I)

# A line with many links asks the same questions of its text for every link: answered once per text.
_PAPER_LINK_TEXT = lazy_compile(r"\[[^\]]*\b(research\s+paper|paper|technical\s+report|tech\s+report|preprint)\b[^\]]*\]\(", re.I)
_WEIGHTS_WORD = lazy_compile(r"\b(weights?|checkpoints?)\b|权重", re.I)


@functools.lru_cache(maxsize=64)
def _has(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


_PROJECT_ENTRY = lazy_compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*|__)?\[([^\]]+)\]\(([^)\s]+)\)")
_ROLE_LINK_TEXT = lazy_compile(r"code|train|script|recipe|repo|source|implementation|github|代码|训练|仓库", re.I)


def _describes_linked_project(line: str, url: str) -> bool:
    """A list item that opens with a link named after a project (not "training code") describes that
    project: what the rest of the line says it released is the linked project's, not this release's."""
    entry = _PROJECT_ENTRY.match(line)
    return bool(entry and entry.group(2).rstrip(".,;:*_") == url and not _ROLE_LINK_TEXT.search(entry.group(1)))


_CODE_FILE_URL = lazy_compile(r"/(?:blob|raw)/[^/?#]+/(?:[^?#]*/)?([\w.-]+)\.(py|sh|slurm|sbatch)(?:[?#]|$)", re.I)


@functools.lru_cache(maxsize=64)
def _credits_code(heading: str) -> bool:
    from openwash.claims.markdown import thanks_heading

    return thanks_heading(heading)


def _links_training_script(url: str) -> bool:
    """`github.com/<owner>/<repo>/blob/main/train_v3.py`: a link to one script that its name says trains (the
    same reading of a name as for the files in the tree, `files._name_roles`), not an evaluation script."""
    from openwash.evidence.files import _name_roles

    script = _CODE_FILE_URL.search(url)
    if script is None:
        return False
    train, _finetune, evaluation, _prep, _infer, _arch = _name_roles(script.group(1), "." + script.group(2).lower())
    return train and not evaluation


def _hub_model(url: str) -> tuple[str, str | None] | None:
    """(organisation, model name or None) of a Hugging Face model link that can hold weights; None for
    another kind of Hub page, a tensorboard/log repository, or a sample, image or config served from a repo."""
    hf = _HF_MODEL.match(url)
    if not hf:
        return None
    org, name = hf.group(1), hf.group(2)
    if _HF_NOT_WEIGHTS.search(name or "") or org.lower() in ("datasets", "spaces"):
        return None
    file_suffix = _url_file_suffix(url)
    if file_suffix and file_suffix not in WEIGHT_SUFFIXES:
        return None
    return org, name


# "- **CT-CLIP**: [Download Here](https://huggingface.co/datasets/ibrahimhamamci/CT-RATE/blob/main/models/CT-CLIP_v2.pt)":
# a checkpoint file kept in a Hub dataset repository beside the data is still the weights, when its path (a `models/`
# folder) or the words around it (a "Pretrained models" heading) say it is a model; a `.pt` of features is not.
_MODEL_PATH_SEGMENT = lazy_compile(r"/(?:models?|checkpoints?|ckpts?|weights|pretrained(?:[-_]models?)?)/", re.I)
_MODEL_NOUNS = lazy_compile(r"\b(?:weights|checkpoints?|ckpts?|models?|pretrained|pre-trained)\b|模型|权重", re.I)


def _dataset_file_is_model(url: str, context: str) -> bool:
    return bool(_MODEL_PATH_SEGMENT.search(url) or _has(_MODEL_NOUNS, context.replace(url, " ")))


def _heads_list_item(line: str, url: str) -> bool:
    """The link opens a list item or table row that describes its model ("* [Law-GLM-10B](…/law-glm-10b): 基于
    GLM-10B 模型 … 微调"): the words about a base that follow it describe where that model comes from."""
    head = regex(r"^\s*(?:[-*+]\s+|\d+[.)]\s+|\|\s*)[*_]*\[[^\]\n]{1,80}\]\(\s*<?([^)\s>]+)").match(line)
    return head is not None and head.group(1) == url


def _classify_url(
    doc: Document, number: int, line: str, heading: str, url: str, sites: list[_Site], found: _Findings, is_root: bool, in_bibtex: bool
) -> None:
    context = f"{heading} {line}"  # heading, previous line and this line
    line = line.rsplit("\n", 1)[-1]
    if _HF_MODEL.match(url):
        hub = _hub_model(url)
        if hub is None or (_has(_BASE_MODEL_WORDS, line) and not _heads_list_item(line, url)):
            return  # not weights, or the base model this one derives from, not this release's weights
        # "[![Hugging Face](https://img.shields.io/badge/Hugging_Face-EuroBERT_Models-…)](https://huggingface.co/EuroBERT)":
        # a badge's words are joined by underscores and dashes
        if hub[1] or _has(_WEIGHT_WORDS, context) or ("shields.io" in context and _has(_WEIGHT_WORDS, context.replace("_", " "))):
            sites.append(_Site(doc.path, number, "hub", url))
        return
    if _HF_COLLECTION.match(url):
        # A Hub collection the line says holds the models ("links to models … via the collection", "download
        # the checkpoints from our collection") lists where the weights are; a collection of datasets does not.
        if _has(_COLLECTION_OF_MODELS, line) and not _has(_BASE_MODEL_WORDS, line):
            sites.append(_Site(doc.path, number, "hub", url))
        return
    if _WEIGHT_ONLY_URL.search(url) and (not _HF_DATASET.match(url) or _dataset_file_is_model(url, context)):
        sites.append(_Site(doc.path, number, "direct-url", url))
        return
    if _RELEASE_ASSET.search(url) and _ARCHIVE_URL.search(url) and _is_weights_archive(line, context, url):
        sites.append(_Site(doc.path, number, "direct-url", url))  # a release archive said to hold the weights
        return
    if _CODE_HOST.match(url):
        if _holds_weights(line, url):
            # "For the latest release, including pre-trained models and checkpoints, see <…/releases/latest>",
            # "Download the translation models from <…/tree/master/models>": a code host serving the weights
            sites.append(_Site(doc.path, number, "page", url))
            return
        if _describes_linked_project(line, url):
            return  # "- [Tool](url), based on Our-Model, has open-sourced its training code": the tool's code
        if heading and _credits_code(heading):
            return  # "## Acknowledgments … **Training Framework**: [TRL](…) by Hugging Face": others' code, credited
        roles = [key for key, role in _CODE_ROLES if _has(role, line)]
        if not roles and _links_training_script(url):
            roles = ["training-code"]
        for key in roles:
            if (key, Location(doc.path, number)) not in found.code_links:
                found.code_links.append((key, Location(doc.path, number)))
        return
    dataset = _HF_DATASET.match(url)
    if dataset is not None and _url_file_suffix(url) in _SAMPLE_SUFFIXES:
        return  # `…/datasets/huggingface/documentation-images/resolve/main/cat.png`: one sample file, not the data
    if dataset is not None or _DATA_HUBS.match(url):
        at = line.find(url)
        near = line[max(0, at - 60): at + len(url) + 30] if at >= 0 else line
        named_eval = dataset is not None and regex(r"eval|bench|(?:^|[-_])test(?:set)?(?:$|[-_])", re.I).search(dataset.group(2) or "")
        if (named_eval or regex(r"评测|评估|基准|测评|\bevaluat|\bbenchmark|\btest\s?set|\beval\b", re.I).search(near)) and not regex(
            r"\btrain|训练数据", re.I
        ).search(near):
            found.eval_data_links.append(Location(doc.path, number))
        else:
            found.dataset_links.append(Location(doc.path, number))
        return
    if url.lower().startswith("magnet:") or url.lower().endswith(".torrent"):
        sites.append(_Site(doc.path, number, "torrent", url[:80]))
        return
    if _MODEL_HUBS.match(url):
        sites.append(_Site(doc.path, number, "model-hub", url))
        return
    paper_context = bool(_has(_PAPER_WORDS, context) or regex(r"(paper|report)", re.I).search(url))
    if _PAPER_URL.match(url) or (_PDF_URL.search(url) and paper_context):
        if in_bibtex or paper_context or (is_root and number <= 40):
            found.paper_links.append(Location(doc.path, number))
        if _has(_TECH_REPORT_WORDS, context) or regex(r"report", re.I).search(url):
            found.report_links.append(Location(doc.path, number))
        return
    if _has(_PAPER_LINK_TEXT, line) or (
        regex(r"report", re.I).search(url) and _has(_TECH_REPORT_WORDS, context)
    ):
        # A link whose text says it is the paper or the report, wherever it is hosted.
        if _has(_TECH_REPORT_WORDS, context) or regex(r"report", re.I).search(url):
            found.report_links.append(Location(doc.path, number))
        else:
            found.paper_links.append(Location(doc.path, number))
        return
    if _WEIGHT_URL.search(url):
        sites.append(_Site(doc.path, number, "direct-url", url))
        return
    if _CLOUD_DRIVES.match(url) or _ARCHIVE_URL.search(url):
        # the words right before the link say what it is: "[the License](…drive…)" is a licence, while a sentence that
        # goes on to name the checkpoints' licence after the link still points at the checkpoints
        at = line.find(url)
        before = line[max(0, at - 80) : at] if at >= 0 else line
        if _has(_WEIGHT_WORDS, context) and not _has(_LICENSE_WORDS, before):
            sites.append(_Site(doc.path, number, "cloud-drive", url))
        return
    if regex(r"download", re.I).search(url) and _has(_WEIGHTS_WORD, line):
        sites.append(_Site(doc.path, number, "page", url))
        return
    at = line.find(url)
    if at >= 0 and (_WEIGHTS_AT.search(line[max(0, at - 120) : at]) or (_CHECKPOINT_PATH.search(url) and _has(_WEIGHT_WORDS, context))):
        # "checkpoints are also accessible at https://ckpt.si.inc/hertz-dev/index.txt", "location: <a href='…/
        # TrainedCheckPoint/…/checkpoint-step36000000/'>": a place the line says holds the weights
        sites.append(_Site(doc.path, number, "page", url))


# "… checkpoints are also accessible at <url>", "The weights are available from: <url>": the address right after
_WEIGHTS_AT = lazy_compile(
    r"\b(?:weights?|checkpoints?|ckpts?|pre-?trained\s+models?)\b[^.;\n]{0,30}?\b(?:are|is)\s+(?:also\s+)?"
    r"(?:available|accessible|hosted|downloadable|stored)\s+(?:at|from|on|here|via|in)\b[^.;\n]{0,20}$"
    # "You can access model weights at the [Medical AI Research Foundations PhysioNet](…)"
    r"|\b(?:access|download|find|get|obtain)\s+(?:the\s+|our\s+|all\s+)?(?:model\s+|pre-?trained\s+)?(?:weights|checkpoints)\s+"
    r"(?:at|from|on|via|in)\b[^.;\n]{0,80}$",
    re.I,
)
# A path that names a saved checkpoint (`…/TrainedCheckPoint/…/checkpoint-step36000000/`), on a host that is not a code host
_CHECKPOINT_PATH = lazy_compile(r"/(?:trained[-_]?)?check[-_]?points?(?:[-_]step[-_]?\d+)?/", re.I)


# A release page, a folder or a file on a code host (not the repository's front page) …
_CODE_HOST_PLACE = lazy_compile(r"^https?://[^/]+/[\w.-]+/[\w.-]+/(?:releases(?:/|$)|tree/|blob/|raw/|-/tree/|src/)", re.I)
# … on a line that says the pre-trained models or weights are there
_HOLDS_WEIGHTS_LINE = lazy_compile(
    r"\b(?:pre-?trained|downloadable|released|public)\s+(?:[\w-]+\s+){0,2}?(?:models?|weights|checkpoints?)\b|"
    r"\bdownload\w*\s+(?:(?:the|our|all|pre-?trained|[\w-]+)\s+){0,3}?(?:models?|weights|checkpoints?)\b|"
    r"\b(?:store|host)s?\s+(?:(?:the|our|all|public|[\w-]+)\s+){0,3}?(?:models?|weights|checkpoints?)\b|"
    r"\b(?:models?|weights|checkpoints?)\s+(?:(?:are|is|can\s+be)\s+)(?:available|stored|hosted|downloaded)\b|"
    # "Trained model weight and config files can be downloaded at [this link.](…/releases/tag/v1-checkpoints-release)"
    r"\b(?:model\s+)?(?:weights?|checkpoints?)\b[^.;\n]{0,30}?\b(?:are|is|can\s+be)\s+(?:also\s+)?(?:available|accessible|downloaded)\b|"
    r"预训练模型|模型下载|下载模型|权重下载|下载权重",
    re.I,
)


def _holds_weights(line: str, url: str) -> bool:
    """A code-host link to a release page, folder or file (not a licence or README) that its line says holds
    pre-trained models or weights, and not the base model's."""
    last = url.rstrip("/").rsplit("/", 1)[-1]
    if not _CODE_HOST_PLACE.match(url) or regex(r"licen[cs]e|^readme|^notice|^copying", re.I).search(last):
        return False
    # "a new notebook … how to load and run the pretrained model: [here](…/blob/main/demo/run.ipynb)": source code
    # or a document that loads the weights is not where they are stored
    if regex(r"\.(?:ipynb|py|sh|md|rst|txt|html?)(?:[?#].*)?$", re.I).search(last):
        return False
    words = line.rsplit("\n", 1)[-1]
    return _has(_HOLDS_WEIGHTS_LINE, words) and not _has(_BASE_MODEL_WORDS, words)


_WEIGHTS_ARCHIVE_WORDS = lazy_compile(r"\b(?:weights?|checkpoints?|ckpts?|pre-?trained|model\s+files?)\b|权重|预训练模型|模型文件", re.I)


def _is_weights_archive(line: str, context: str, url: str) -> bool:
    """A release archive holds weights when its line says so (not the URL: every asset URL says "download").

    A bare link (a list of assets, a link under a label line) is judged by its heading and the line before.
    """
    own = line.replace(url, " ")
    if _LICENSE_WORDS.search(own):
        return False
    words = own if regex(r"[^\W\d_]{3,}|[\u4e00-\u9fff]").search(own) else context.replace(url, " ")
    return bool(_WEIGHTS_ARCHIVE_WORDS.search(words))


# Files a dataset repository serves as a single sample (an image, a clip) in a usage example.
_SAMPLE_SUFFIXES = frozenset(
    ".png .jpg .jpeg .gif .webp .bmp .svg .wav .mp3 .flac .ogg .m4a .mp4 .webm .mov .avi .pdf".split()
)


def _url_file_suffix(url: str) -> str:
    """Suffix of the file a hub URL serves (`…/resolve/main/x.wav` → `.wav`), or ""."""
    match = regex(r"/(?:resolve|blob|raw)/[^/]+/(?:[^?#]*/)?([^/?#]+)").search(url)
    if not match:
        return ""
    name = match.group(1).lower()
    dot = name.rfind(".")
    return name[dot:] if dot > 0 else ""


def own_hub_sites(doc: Document, own: Identity) -> list[_Site]:
    """Hub links in `doc` to a model that bears the release's own name (an organisation's other
    artifacts, such as experiment checkpoints in a research repository, are not the release's weights).

    Used for documents that do not speak for the release (a fine-tuning guide, a recipe): a link to
    another project's model there says nothing about this release, a link to its own model does.
    """
    out: list[_Site] = []
    for number, line in enumerate(doc.lines, 1):
        if "huggingface.co/" not in line and "hf.co/" not in line:
            continue
        for url in _URL.findall(line):
            # (no base-model check here: in a guide, "the base model" to tune is the release's own model)
            hub = _hub_model(url.rstrip(".,;:*_"))
            if hub is not None and hub[1] and own.is_own_name(hub[1]):
                out.append(_Site(doc.path, number, "hub", url))
                break
    return out


def own_organisation_models(doc: Document, own: Identity) -> list[_Site]:
    """Hub links in `doc` to models of the release's own organisation (`huggingface.co/codefuse-ai/F2LLM-v2-0.6B` in
    codefuse-ai/CodeFuse-Embeddings), whatever their names: the first, for a page the root card sends its readers to
    (an index of the release's sub-projects), where the models its organisation publishes are the release's. The
    organisation is the repository owner's account on the Hub; one that only shares a name with the release is not
    enough here (mPLUG on the Hub for X-PLUG/mPLUG-DocOwl's family of works)."""
    from openwash.identity import normal_name

    owners = {normal_name(owner) for owner in own.owners}
    for number, line in enumerate(doc.lines, 1):
        if "huggingface.co/" not in line and "hf.co/" not in line:
            continue
        for url in _URL.findall(line):
            url = url.rstrip(".,;:*_")
            hub = _hub_model(url)
            if hub is not None and hub[1] and normal_name(hub[0]) in owners:
                return [_Site(doc.path, number, "hub", url)]
    return []


def own_front_matter_models(doc: Document, own: Identity) -> list[_Site]:
    """A Space card's `models:` list naming a Hub model that bears the release's own name (`models: [schirrmacher/ormbg]`
    in ormbg's card): the demo runs the release's weights from there."""
    fm = doc.front_matter
    models = fm.data.get("models") if fm is not None else None
    if isinstance(models, str):
        models = [models]
    if fm is None or not isinstance(models, list):
        return []
    line = fm.locate("models")[0]
    return [
        _Site(doc.path, line, "hub", f"https://huggingface.co/{name.strip()}")
        for name in models
        if isinstance(name, str) and regex(r"^[\w.-]+/[\w.-]+$").match(name.strip()) and own.is_own_name(name.strip().split("/", 1)[1])
    ][:1]


_NOT_MODELS_BADGE = lazy_compile(r"\b(?:blog|demo|spaces?|chat|papers?|datasets?|docs|discord|wechat|twitter|leaderboard|arena|playground)\b", re.IGNORECASE)
_HUB_ORG_PAGE = lazy_compile(r"^https?://(?:www\.)?(?:huggingface\.co|hf\.co)/([\w.-]+)/?$", re.IGNORECASE)


def own_hub_organisation(doc: Document, own: Identity) -> list[_Site]:
    """The release's own Hub organisation page (`https://huggingface.co/acme-lab` when the code lives at
    github.com/acme-lab/…, or an organisation bearing its name) behind a "🤗 Hugging Face" badge in one of its own
    documents: the first one. A profile in a list of contacts ("**Hugging Face**: [@someone](…)") is not a badge.

    Used only when nothing else in the repository says where the weights are."""
    for number, line in enumerate(doc.lines, 1):
        if "huggingface.co/" not in line and "hf.co/" not in line:
            continue
        badge = "img.shields.io" in line or "<img" in line.lower() or (number < len(doc.lines) and "img.shields.io" in doc.lines[number])
        words = line + (doc.lines[number] if number < len(doc.lines) else "")
        if not badge or _NOT_MODELS_BADGE.search(words.replace("_", " ").replace("%20", " ")):
            continue  # a badge for the organisation's blog, demo, Space or papers is not where the weights are
        for url in _URL.findall(line):
            url = url.rstrip(".,;:*_\"'")
            page = _HUB_ORG_PAGE.match(url)
            if page is not None and page.group(1).lower() not in ("datasets", "spaces", "models", "docs", "blog", "papers") and own.is_own_url(url):
                return [_Site(doc.path, number, "hub", url)]
    return []


def own_code_repository(ctx: CheckContext) -> dict[str, object] | None:
    """A model card with no code beside it (and no base model) that links a code repository named as the release is
    ("For further information, see the [GitHub repository](https://github.com/acme/calbert)"), or names one in the
    Hub card template's "- **Repository:**" field whatever it is called: the project's code lives there, and what it
    holds cannot be checked from here. The first such link, or None."""
    from openwash import identity
    from openwash.evidence.documents import _doc_role

    own = identity.of(ctx)
    if ctx.base_models:
        return None  # a derivative's card links its base's project, whose code did not make these weights
    for doc in ctx.documents:
        if _doc_role(doc) != "primary" or "github.com/" not in doc.text and "gitlab.com/" not in doc.text:
            continue
        field = _REPOSITORY_FIELD.search(doc.text) if "Repository" in doc.text else None
        if field is not None:
            # the Hub card template's "- **Repository:** https://github.com/IBM/tsfm/tree/main/…": the model's code
            # repository by the template's definition, whatever it is named
            return {"path": doc.path, "line": doc.text.count("\n", 0, field.start(1)) + 1, "url": field.group(1).rstrip(".,;:*_")}
        if not own.names:
            continue
        for number, line in enumerate(doc.lines, 1):
            for url in _URL.findall(line) if "://" in line else ():
                repo = _OWN_REPO_URL.match(url)
                if repo and identity.normal_name(repo.group(2)) in own.names and own.is_own_url(url) is not True:
                    return {"path": doc.path, "line": number, "url": url.rstrip(".,;:*_")}
    return None


# The Hub card template's "### Model Sources" field: "- **Repository:** https://github.com/IBM/tsfm/tree/main/…"
_REPOSITORY_FIELD = lazy_compile(
    r"^[ \t]*[-*+]?[ \t]*\*\*Repository:?\*\*:?[ \t]*\[?<?(https?://(?:www\.)?(?:github\.com|gitlab\.com)/[\w.-]+/[^\s)>\]]+)", re.I | re.M
)
_OWN_REPO_URL = lazy_compile(r"^https?://(?:www\.)?(?:github\.com|gitlab\.com)/([\w.-]+)/([\w.-]+?)(?:\.git)?/?$", re.I)
