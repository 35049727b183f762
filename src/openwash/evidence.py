"""Inventory of the artifacts a release ships, against the MOF components and OSAID's data information.

`inventory(ctx)` returns one `Component` per key of `model.COMPONENT_KEYS`, saying whether
the component is present and *how* it is available:

- `in-repo`  the artifact is in the tree (a real file);
- `lfs`      the tree holds Git LFS pointers to it;
- `external` a link, hub page, download script or code that fetches it (or `external:` in
             the configuration);
- `gated`    every route found is behind a request form, login or licence click-through;
- `absent`   nothing found.

Signals come from paths and names (the corpus stubs code bodies to one line), from the
documents already loaded by the pipeline (cards, READMEs: links, sections, phrases), and
from a few small files read bounded (weight indexes, training configs, safetensors headers).
Nothing from the repository is imported or executed.

Intermediate facts for the profiles stage and the rules go to `ctx.facts` (documented in
docs/evidence.md).
"""

from __future__ import annotations

import bisect
import functools
import json
import os
import posixpath
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from openwash.lazyre import compile_pattern, lazy_compile, regex
from openwash.model import COMPONENT_KEYS, FAMILY_RESTRICTIVENESS, OPEN_FAMILIES, Component, Location

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from openwash.context import CheckContext
    from openwash.discover import FileEntry
    from openwash.documents import Document

AVAILABILITY_RANK = {"absent": 0, "gated": 1, "external": 2, "lfs": 3, "in-repo": 4}
MAX_EVIDENCE = 12  # locations kept per component; enough to point at, small enough to read

# Which licence scope (LicenseInfo.applies_to) speaks for each component.
COMPONENT_SCOPE: dict[str, str] = {
    "model-architecture": "code",
    "training-code": "code",
    "inference-code": "code",
    "evaluation-code": "code",
    "data-preprocessing-code": "code",
    "supporting-libraries-and-tools": "code",
    "model-parameters-final": "weights",
    "model-parameters-intermediate": "weights",
    "model-metadata": "weights",
    "datasets": "data",
    "evaluation-data": "data",
    "data-information": "docs",
    "technical-report": "docs",
    "research-paper": "docs",
    "evaluation-results": "docs",
    "model-card": "docs",
    "data-card": "docs",
    "sample-model-outputs": "docs",
}

# --- file classification ------------------------------------------------------------

WEIGHT_SUFFIXES = frozenset(
    {
        ".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".gguf", ".ggml", ".onnx", ".h5", ".keras", ".msgpack",
        ".tflite", ".npz", ".mlmodel", ".caffemodel", ".pdparams", ".weights", ".t7",
    }
)
# Tokenizer and feature assets that share weight suffixes or sit next to weights.
_ASSET_NAME = lazy_compile(r"(tokeni[sz]er|vocab|merges|sentencepiece|spiece|mel_filters|\.tiktoken$|bpe|feature_extractor|preprocessor)", re.I)
# Trainer side files that are not model parameters.
_TRAINER_STATE = lazy_compile(r"^(training_args\.bin|rng_state[\w.-]*\.pth?|scheduler\.pt|trainer_state\.json)$", re.I)
_OPTIMIZER_STATE = lazy_compile(r"(^|[_.-])optim(izer)?([_.-]|\d|$)", re.I)
_BIN_WEIGHT_NAME = lazy_compile(r"(pytorch_model|model|adapter|consolidated|ggml|weight|ckpt|checkpoint|lora|diffusion|unet|vae|encoder|decoder)", re.I)
_INTERMEDIATE_PATH = lazy_compile(r"(?:^|[/_.-])(step[_-]?\d+|global_step\d+|checkpoint-\d+|iter_?\d{3,}|epoch[_-]?\d+)(?:[/_.-]|$)", re.I)
_SHARD_INDEX = lazy_compile(r"\.index\.json$", re.I)

CODE_SUFFIXES = frozenset(
    {".py", ".sh", ".bash", ".ipynb", ".js", ".ts", ".cc", ".cpp", ".c", ".h", ".hpp", ".cu", ".rs", ".go", ".java",
     ".jl", ".lua", ".r", ".scala", ".slurm", ".sbatch", ".swift", ".kt", ".pyx", ".mojo"}
)
CONFIG_SUFFIXES = frozenset({".yaml", ".yml", ".json", ".toml", ".cfg", ".ini"})
DATA_SUFFIXES = frozenset({".jsonl", ".json", ".csv", ".tsv", ".parquet", ".arrow", ".txt", ".jsonl.gz", ".gz", ".zst"})
MEDIA_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".mp4", ".wav", ".mp3", ".flac", ".svg"})

_VENDORED_DIRS = frozenset({"third_party", "third-party", "thirdparty", "vendor", "vendored", "3rdparty", "extern", "externals", "site-packages"})
_TEST_DIRS = frozenset({"test", "tests", "testing", "test_fixtures", "testdata", "test_data", "fixtures", "unittests"})
_EXAMPLE_DIRS = frozenset({"examples", "example", "notebooks", "notebook", "colabs", "colab", "tutorials", "tutorial", "cookbook"})
_TEST_NAME = lazy_compile(r"^(test_.*|.*_test\.\w+|conftest\.py|.*pytest.*)$", re.I)
# Folders of plots, figures and analyses: code there describes results, it is not a component.
_ANALYSIS_DIRS = frozenset({"plots", "plotstables", "figures", "figure_notebooks", "analysis", "visualization", "visualisation", "paper_figures"})
_DATA_DIRS = frozenset({"data", "datasets", "dataset", "data_scripts", "data_tools"})

_TOKEN_SPLIT = lazy_compile(r"[_\-.\s]+")
_TRAIN_TOKENS = frozenset({"train", "training", "pretrain", "pretraining", "trainer", "finetune", "finetuning", "sft", "dpo", "ppo", "rlhf", "ptuning"})
_TRAIN_PREFIX = ("train", "pretrain", "finetun", "run_clm", "run_mlm", "run_seq2seq", "run_translation", "run_summarization", "run_glue", "run_qa")
_FINETUNE_TOKENS = frozenset({"finetune", "finetuning", "sft", "dpo", "ppo", "rlhf", "lora", "peft", "ptuning", "qlora"})
_TRAIN_DIRS = frozenset({"train", "training", "pretrain", "pretraining", "finetune", "finetuning", "fine_tune", "fine-tune", "sft", "ptuning", "p-tuning", "lora", "rlhf"})
_INFER_TOKENS = frozenset(
    {"generate", "generation", "inference", "infer", "demo", "sample", "samples", "sampling", "predict", "predictor", "chat",
     "serve", "server", "serving", "api", "app", "run", "runner", "runners", "transcribe", "txt2img", "img2img", "inpaint",
     "interactive", "completion", "pipeline", "gradio", "streamlit", "cli"}
)
_INFER_DIRS = frozenset({"inference", "demo", "demos", "serving", "serve", "chat_gradio", "web_demo", "deploy", "deployment", "apps", "app"})
_ARCH_STEMS = frozenset({"model", "models", "modeling", "modelling", "transformer", "network", "networks", "layers", "attention", "modules", "architecture", "arch", "unet", "encoder", "decoder", "gpt", "vit", "moe"})
_ARCH_DIRS = frozenset({"nn", "modeling", "modelling", "models", "model", "modules", "architectures", "layers", "networks", "arch"})
_ARCH_PREFIX = ("modeling_", "modelling_", "model_", "transformer", "configuration_")
_PREP_PREFIX = ("prepare", "preprocess", "pre_process", "tokenize_", "dedup", "filter", "clean", "build_dataset", "create_dataset", "make_dataset", "make_data", "process_data", "data_process", "convert_data", "download_data")
_PREP_DIRS = frozenset({"preprocessing", "preprocess", "data_prep", "data_processing", "dataprep", "data_preparation", "dedup", "filtering"})
_EVAL_TOKENS = frozenset({"eval", "evals", "evaluate", "evaluation", "evaluator", "benchmark", "benchmarks", "bench", "ceval", "mmlu", "harness", "humaneval", "gsm8k"})
_EVAL_DIRS = frozenset({"eval", "evals", "evaluation", "evaluations", "benchmark", "benchmarks", "ceval", "mmlu", "lm_eval"})
_SUPPORT_NAMES = frozenset({"setup.py", "pyproject.toml", "setup.cfg", "cargo.toml", "package.json", "cmakelists.txt"})
_MODEL_METADATA_NAMES = frozenset({"config.json", "generation_config.json", "params.json", "model_config.json", "model_index.json", "hparams.json", "hparams.yaml"})
_TRAINING_CONFIG_KEYS = lazy_compile(
    r"^\s*[\"']?(trainer|lightning|optimizer|lr_scheduler|learning_rate|base_learning_rate|max_steps|train_iters|"
    r"train_micro_batch_size_per_gpu|global_batch_size|num_train_epochs|warmup_steps|train_batch_size|gradient_accumulation_steps)[\"']?\s*[:=]",
    re.I | re.M,
)
_CONFIG_DIRS = frozenset({"config", "configs", "conf", "recipes", "recipe", "yaml", "yamls", "training_configs"})


@dataclass(frozen=True)
class _Dir:
    """What a folder path says; computed once per folder (files share it)."""

    parts: tuple[str, ...]  # lower-case folder names
    dirs: frozenset[str]
    vendored: bool
    test: bool
    example: bool


@dataclass(slots=True)
class _Path:
    """What a file's path says about it (slots: one is built per file of the tree)."""

    entry: FileEntry
    folder: _Dir
    name: str  # lower-case file name
    stem: str
    suffix: str
    test: bool
    _tokens: set[str] | None = None

    @property
    def parts(self) -> tuple[str, ...]:
        return self.folder.parts

    @property
    def vendored(self) -> bool:
        return self.folder.vendored

    @property
    def example(self) -> bool:
        return self.folder.example

    @property
    def tokens(self) -> set[str]:
        if self._tokens is None:
            self._tokens = {t for t in _TOKEN_SPLIT.split(self.stem) if t}
        return self._tokens


_DIR_CACHE: dict[str, _Dir] = {}


def _folder(lower_dir: str) -> _Dir:
    cached = _DIR_CACHE.get(lower_dir)
    if cached is None:
        parts = tuple(lower_dir.split("/")) if lower_dir else ()
        dirs = frozenset(parts)
        cached = _Dir(parts, dirs, bool(dirs & _VENDORED_DIRS), bool(dirs & _TEST_DIRS), bool(dirs & _EXAMPLE_DIRS))
        if len(_DIR_CACHE) > 100_000:
            _DIR_CACHE.clear()  # bound the memory of a long-lived process
        _DIR_CACHE[lower_dir] = cached
    return cached


def _describe(entry: FileEntry) -> _Path:
    lower = entry.path.lower()
    cut = lower.rfind("/")
    name = lower[cut + 1:]
    folder = _folder(lower[:cut] if cut >= 0 else "")
    dot = name.rfind(".")
    suffix = name[dot:] if dot > 0 else ""
    stem = name[: -len(suffix)] if suffix else name
    test = folder.test or bool(_TEST_NAME.match(name))
    return _Path(entry, folder, name, stem, suffix, test)


# --- document signals ----------------------------------------------------------------

_URL = lazy_compile(r"(?:https?://|magnet:\?)[^\s<>()\"'`\]]+", re.I)
_HF_MODEL = lazy_compile(r"^https?://(?:www\.)?(?:huggingface\.co|hf\.co)/(?!datasets/|spaces/|docs|blog|papers|join|login|settings|pricing|models\b|collections/|learn|organizations|tasks|api/|transformers|chat)([\w.-]+)(?:/([\w.-]+))?", re.I)
_HF_DATASET = lazy_compile(r"^https?://(?:www\.)?(?:huggingface\.co|hf\.co)/datasets/([\w.-]+)(?:/([\w.-]+))?", re.I)
_MODEL_HUBS = lazy_compile(r"^https?://(?:www\.)?(?:modelscope\.cn/models/|kaggle\.com/models/|ollama\.com/library/|replicate\.com/|civitai\.com/models/|ngc\.nvidia\.com/catalog/models|catalog\.ngc\.nvidia\.com/orgs/[\w-]+/models)", re.I)
_DATA_HUBS = lazy_compile(r"^https?://(?:www\.)?(?:kaggle\.com/datasets/|zenodo\.org/|modelscope\.cn/datasets/|data\.commoncrawl\.org|commoncrawl\.org|laion\.ai|ai\.meta\.com/datasets|paperswithcode\.com/dataset|opendatalab|dataverse\.)", re.I)
_CLOUD_DRIVES = lazy_compile(r"^https?://(?:[\w-]+\.)*(?:drive\.google\.com|docs\.google\.com/uc|pan\.baidu\.com|cloud\.tsinghua\.edu\.cn|dropbox\.com|1drv\.ms|onedrive\.live\.com|sharepoint\.com|mega\.nz|aliyundrive\.com|alipan\.com|weiyun\.com|box\.com)/", re.I)
_WEIGHT_URL = lazy_compile(r"\.(?:pth|pt|ckpt|safetensors|onnx|gguf|ggml|h5|tflite|caffemodel|pdparams|npz|msgpack|mlmodel)(?:[?#]|$)", re.I)
# Suffixes only weights use: a URL ending in one serves weights wherever it is hosted (a GitHub release
# asset, a Zenodo record, a blob on a code host). .h5/.npz/.msgpack also hold data, so they wait for the
# data hubs to be ruled out first.
_WEIGHT_ONLY_URL = lazy_compile(r"\.(?:pth|pt|ckpt|safetensors|onnx|gguf|ggml|tflite|caffemodel|pdparams|mlmodel)(?:[?#]|$)", re.I)
_RELEASE_ASSET = lazy_compile(r"/releases/download/", re.I)
_ARCHIVE_URL = lazy_compile(r"\.(?:zip|tar|tar\.gz|tgz|7z|bin)(?:[?#]|$)", re.I)
_HF_NOT_WEIGHTS = lazy_compile(r"(tensorboard|[-_]logs?\b|[-_]logs?$|eval[-_]?results|leaderboard)", re.I)
_WEIGHT_WORDS = lazy_compile(r"\b(weights?|checkpoints?|ckpts?|models?|download|pretrained|pre-trained|parameters|lora|params)\b|模型|权重|下载|参数", re.I)
_DOWNLOAD_CODE = lazy_compile(
    r"(huggingface-cli\s+download|\bhf\s+download\b|snapshot_download\s*\(|hf_hub_download\s*\(|"
    r"from_pretrained\(\s*[\"'][\w.-]+/[\w.-]+[\"']|\bload_model\(\s*[\"'][\w.-]+[\"']|torch\.hub\.load\(|"
    r"kagglehub\.model_download\(|git\s+lfs\s+pull|ollama\s+(?:pull|run)\s)",
    re.I,
)
_DOWNLOAD_SCRIPT_MENTION = lazy_compile(r"\b(download[\w-]*\.(?:sh|py)|download_(?:model|weights|ckpt|checkpoint)s?\b)", re.I)
_GATING = lazy_compile(
    r"(request(?:ing)?\s+access|access\s+request|request\s+form|accept\s+(?:our|the)\s+(?:[\w\s-]{0,40})?licen[cs]e|"
    r"acknowledg\w*\s+the\s+licen[cs]e|fill(?:ing)?\s+(?:out\s+|in\s+)?(?:the|a|this|our)\s+(?:\w+\s+)?form|application\s+form|"
    r"signed\s+url|\blog\s?in\b|kagglehub\.login|huggingface-cli\s+login|\bhf\s+auth\s+login|notebook_login|"
    r"gated\s+(?:model|repo|repository|access)|once\s+(?:your\s+)?(?:request|access)\s+is\s+(?:approved|granted)|"
    r"agree\s+to\s+share\s+your\s+contact|register(?:ed)?\s+to\s+(?:download|access|get)|once\s+registered|"
    r"(?:email|e-mail)\s+with\s+(?:a|the)\s+(?:signed\s+)?(?:url|link)|"
    r"(?:available|provided|shared|released|distributed|accessible)\s+(?:only\s+)?(?:up)?on\s+(?:request|application|approval)|"
    r"apply\s+for\s+(?:access|the\s+weights|a\s+download)|申请|填写问卷|填写表单|填写申请|审核通过|授权后)",
    re.I,
)
# Gating phrases that describe asking for the files (a form, an application, a request), as opposed to
# logging in or clicking through a licence: such a phrase alone, in a section about the weights, is a route.
_REQUEST_GATE = lazy_compile(r"request|form\b|apply|application|approv|register|申请|问卷|表单|审核|授权后", re.I)
# What a weights section or line speaks of (a heading "Getting the weights", a line "The weights are …").
_WEIGHTS_TOPIC = lazy_compile(r"\b(?:weights?|checkpoints?|ckpts?|parameters|model\s+files?)\b|权重|模型文件|模型参数|模型下载", re.I)
_WEIGHTS_HEADING = lazy_compile(r"\b(?:weights?|checkpoints?|ckpts?|download|models?|access)\b|权重|模型|下载|获取", re.I)
# A line about something else (data, code, an API or demo) that a request phrase is about instead.
_OTHER_TOPIC = lazy_compile(r"\b(?:data(?:sets?)?|corpus|corpora|source\s+code|code|api|demo|paper)\b|数据|语料|代码|接口|论文", re.I)
# Account gates: signing in, registering, an approved account, accepting terms of use. Common words
# ("sign in to GitHub to open an issue"), so one is a gate only in a sentence about getting the
# weights (`_gets_weights`), checked where it is found. Written in lower case: it runs on folded text.
_ACCOUNT_GATE = lazy_compile(
    r"\bsign(?:ing|ed)?[\s-]?(?:in|on|up)\b|\bregist(?:er|ers|ered|ering|ration)\b|"
    r"\bcreat(?:e|ing)\s+(?:an?\s+|your\s+)?(?:[\w-]+\s+)?account\b|"
    r"\b(?:institutional|verified|approved|registered|organi[sz]ational|academic)\s+(?:e-?mail\s+)?accounts?\b|"
    r"\baccounts?\s+(?:are|is|must\s+be|will\s+be|get|gets)\s+(?:\w+\s+)?(?:approved|verified|reviewed|activated)\b|"
    r"\b(?:accept(?:ing)?|agree(?:ing)?\s+to)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}?terms(?:\s+of\s+(?:use|service|access))?\b|"
    r"登录|登陆|注册|实名认证|申请|审核",
    re.I,
)
# A login or account phrase (old or new) that `_request_sites` may take as a route when its sentence is
# about getting the weights: the portal behind it is then the only way to the files.
_LOGIN_GATE = lazy_compile(r"\blog\s?in\b|\bsign|account|terms|regist|登录|登陆|注册|实名认证", re.I)
# Getting the weights: a verb of obtaining next to the weights, or the weights next to such a verb.
_GETS_WEIGHTS = lazy_compile(
    r"\b(?:download\w*|get|getting|gets|obtain\w*|access\w*|fetch\w*|retriev\w*|request\w*)\b[^.!?;]{0,60}?"
    r"\b(?:weights?|checkpoints?|ckpts?|models?|parameters|model\s+files?)\b|"
    r"\b(?:weights?|checkpoints?|ckpts?|model\s+files?)\b[^.!?;]{0,60}?\b(?:download\w*|obtain\w*|access\w*|available|"
    r"accessible|distributed|served|hosted)\b|"
    r"(?:下载|获取|获得|访问|使用).{0,20}(?:权重|模型|检查点|checkpoint)|(?:权重|模型文件|检查点|checkpoint).{0,20}(?:下载|获取|获得)",
    re.I,
)
# A sentence about an API, a demo, the issue tracker or a community channel: its login is not a weights gate.
_NOT_WEIGHTS_ACCOUNT = lazy_compile(
    r"\bapi\b|\bdemo\b|\bplayground\b|\bconsole\b|\bissues?\b|\bpull\s+requests?\b|\bforum\b|\bnewsletter\b|\bdiscord\b|"
    r"\bslack\b|\bwebinar\b|\bleaderboard\b|接口|演示|试用",
    re.I,
)
_SENTENCE_END = lazy_compile(r"[.!?](?=\s|$)|[。！？]")
# Lines a sentence does not run across: blank lines, headings, table rows, fences, list items.
_NOT_PROSE = lazy_compile(r"^\s*(?:$|#|\||```|~~~|<)")
_LIST_ITEM = lazy_compile(r"^\s*(?:[-*+]\s|\d+[.)]\s)")
# Registering for commercial use is a licence condition, not a gate on the download.
_COMMERCIAL_REGISTRATION = lazy_compile(r"(?<!non-)(?<!non )\bcommercial(?:ly)?\b|(?<!非)商用|(?<!非)商业", re.I)
# Hugging Face Hub gating keys (hub docs: "Gated models"): a card with any of them describes a gated repository.
HUB_GATE_KEYS = (
    "extra_gated_prompt", "extra_gated_fields", "extra_gated_heading", "extra_gated_description",
    "extra_gated_button_content", "gated",
)
_INTERMEDIATE_TEXT = lazy_compile(
    r"(intermediate\s+(?:checkpoints?|model\s+checkpoints?|weights|revisions?|steps|stages)|\ball\**\s+(?:the\s+|of\s+the\s+)?(?:intermediate\s+)?checkpoints|"
    r"checkpoints?\b.{0,40}\bevery\s+[\d,]+\s+(?:training\s+)?(?:steps|tokens|iterations)|"
    r"checkpoints?\s+(?:from|at|of)\s+(?:every|each|all)\s|revision\s*=\s*[\"']?step\d+|"
    r"\b(?:branch|branches|revisions?)\b.{0,60}\bstep[-_]?\d+|\bstep[-_]?\d+\b.{0,60}\b(?:branch|branches|revisions?)\b|"
    r"中间检查点|中间\s*checkpoint)",
    re.I,
)
_PAPER_URL = lazy_compile(r"^https?://(?:www\.)?(?:arxiv\.org/(?:abs|pdf)/|doi\.org/10\.|dx\.doi\.org/10\.|openreview\.net/(?:forum|pdf)|aclanthology\.org/|proceedings\.(?:mlr|neurips)|papers\.nips\.cc|jmlr\.org/papers|ieeexplore\.ieee\.org/document)", re.I)
_PDF_URL = lazy_compile(r"\.pdf(?:[?#]|$)", re.I)
_PAPER_WORDS = lazy_compile(r"\b(paper|papers|preprint|publication|cite|citation|citing|arxiv|report)\b|论文|技术报告|引用", re.I)
_TECH_REPORT_WORDS = lazy_compile(r"\b(technical\s+report|tech(?:nical)?\s*report|system\s+card|model\s+report)\b|技术报告", re.I)
_BIBTEX = lazy_compile(r"^\s*@(?:article|inproceedings|misc|techreport|book|inbook|software|online)\s*\{", re.I)
# What a heading line is; `_heading` reads it the same way in linear time (tests compare them).
_HEADING = lazy_compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BENCHMARKS = lazy_compile(
    r"\b(MMLU|HellaSwag|ARC[-_ ]?(?:c|e|challenge|easy)?|GSM8K|HumanEval|MBPP|TruthfulQA|WinoGrande|PIQA|BoolQ|LAMBADA|"
    r"C-?Eval|CMMLU|AGIEval|BBH|BIG-?Bench|SuperGLUE|GLUE|SQuAD|MATH|OpenBookQA|SIQA|NaturalQuestions|TriviaQA|DROP|"
    r"WER|BLEU|ROUGE|CIDEr|FID|CLIP\s?score|ImageNet|COCO|LibriSpeech|FLEURS|mAP|mIoU|perplexity|PPL|MT-?Bench|AlpacaEval|"
    r"Open\s?LLM\s?Leaderboard|XNLI|XCOPA|XStoryCloze|LongBench|HELM)\b",
    re.I,
)
_DATA_HEADING = lazy_compile(r"(training\s+data|pre-?training\s+data|training\s+dataset|datasets?\b|\bdata\b|data\s+card|datasheet|训练数据|预训练数据|数据集|数据)", re.I)
_DATA_PROSE = lazy_compile(
    r"((?:pre-?)?trained\s+on\s+(?:[\w,.~+-]+\s+){0,8}?(?:tokens|hours|images|samples|examples|documents|words|pairs|corpus|corpora|data|dataset|text)|"
    r"training\s+(?:data|corpus|dataset)\s+(?:consists|comprises|includes|contains|was|is|are|were)|"
    r"data\s+mix|(?:mixture|collection)\s+of\s+(?:publicly\s+available|public|web)|"
    r"(?:预)?训练.{0,30}(?:数据|语料|标识符|token)|(?:标识符|语料|token).{0,20}训练|(?:数据|语料).{0,10}(?:来源|构成|组成))",
    re.I,
)
_DATA_WITHHELD = lazy_compile(
    r"(not\s+(?:be\s+)?(?:publicly\s+)?released|never\s+released|proprietary\s+(?:data|dataset|corpus)|internal\s+(?:data|dataset)|"
    r"closed,?\s+never\s+released|not\s+(?:publicly\s+)?available|will\s+not\s+(?:be\s+)?(?:release|share|publish)|未公开|不公开|暂不开源|不开源)",
    re.I,
)
_PLACEHOLDER = lazy_compile(r"\[more information needed\]|\[needs more information\]|^\s*\[?todo\]?\s*$|^\s*tbd\s*$", re.I)
_CARD_HEADINGS = lazy_compile(
    r"(model\s+details|model\s+description|model\s+card|intended\s+use|uses|out-of-scope|limitations|bias|risks|"
    r"training\s+(?:data|details|procedure)|evaluation|ethical\s+considerations|model\s+architecture|模型介绍|局限性|使用方式)",
    re.I,
)
_HF_CARD_KEYS = ("license", "model-index", "pipeline_tag", "library_name", "base_model", "datasets", "tags", "language", "model_name")
_CODE_HOST = lazy_compile(r"^https?://(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|gitee\.com|git\.[\w.-]+)/[\w.-]+/[\w.-]+", re.I)
# What a line says a linked code repository holds: code that lives in another repository (DOMAIN §7).
_CODE_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "training-code",
        lazy_compile(
            r"\b(?:pre-?)?training\s+(?:code|pipeline|scripts?|recipes?|framework|repo(?:sitory)?|codebase|source)|"
            r"\b(?:code|scripts?|source(?:\s+code)?|recipes?)\s+(?:used\s+)?(?:to|for)\s+(?:pre-?)?train|\bused\s+to\s+(?:pre-?)?train\b|"
            r"\b(?:pre-?)?train(?:ed|ing)?\s+(?:with|using)\s+(?:our|the)\s+(?:code|codebase|framework|scripts?)|训练代码|预训练代码",
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
)
_BASE_MODEL_WORDS = lazy_compile(
    r"\bbase[\s_-]?model\b|\bfine-?tuned?\s+(?:from|on|of)\b|\bbased\s+on\b|\bderived\s+from\b|\bbuilt\s+(?:on|upon)\b|\badapter\s+(?:for|of|on)\b|"
    r"基底|基座|基础模型|基于",
    re.I,
)
_LICENSE_WORDS = lazy_compile(r"licen[cs]e|\bterms\b|授权|许可|条款|协议", re.I)
# Hub links to training-step revisions (`…/tree/stage1-step1907359-tokens4001B`): several distinct
# ones mean intermediate checkpoints are published; a single one may be the final model.
_STEP_REVISION = lazy_compile(r"/tree/([\w.-]*step[-_]?\d+[\w.-]*)", re.I)
_SAMPLE_DIR = lazy_compile(r"(sample|output|generat|showcase|gallery)", re.I)


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


@dataclass
class _Site:
    """One place where weights can be obtained from outside the tree."""

    path: str
    line: int
    kind: str  # "hub", "model-hub", "torrent", "direct-url", "cloud-drive", "download-code", "download-script", "page"
    target: str  # the URL, script name or code fragment
    gated: bool = False
    gate: str | None = None  # the gating phrase found nearby
    gate_line: int | None = None

    def to_fact(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "kind": self.kind, "target": self.target, "gated": self.gated, "gate": self.gate}


@dataclass
class _Findings:
    """Everything gathered before deciding components."""

    weight_files: list[FileEntry] = field(default_factory=list)
    lfs_weights: list[FileEntry] = field(default_factory=list)
    intermediate_files: list[FileEntry] = field(default_factory=list)
    optimizer_files: list[FileEntry] = field(default_factory=list)
    sites: list[_Site] = field(default_factory=list)
    gates: list[dict[str, Any]] = field(default_factory=list)
    intermediate_mentions: list[Location] = field(default_factory=list)
    dataset_links: list[Location] = field(default_factory=list)
    dataset_names: list[str] = field(default_factory=list)
    eval_data_links: list[Location] = field(default_factory=list)
    data_sections: list[Location] = field(default_factory=list)
    data_prose: list[Location] = field(default_factory=list)
    data_withheld: list[Location] = field(default_factory=list)
    data_files: list[Location] = field(default_factory=list)
    paper_links: list[Location] = field(default_factory=list)
    report_links: list[Location] = field(default_factory=list)
    eval_tables: list[Location] = field(default_factory=list)
    model_cards: list[Location] = field(default_factory=list)
    data_cards: list[Location] = field(default_factory=list)
    training_configs: list[str] = field(default_factory=list)
    indexes: list[dict[str, Any]] = field(default_factory=list)
    safetensors_problems: list[dict[str, Any]] = field(default_factory=list)
    download_scripts: list[str] = field(default_factory=list)
    empty_weights: list[str] = field(default_factory=list)
    code_links: list[tuple[str, Location]] = field(default_factory=list)
    step_revisions: dict[str, Location] = field(default_factory=dict)  # (component, where a linked repository holds it)
    hub_gate: dict[str, Any] | None = None  # Hub gating keys in a card's front matter: {path, line, key, root, terms}
    notes: list[str] = field(default_factory=list)  # what a size limit left unread (report notes)
    primary_docs: list[Document] = field(default_factory=list)  # the documents that speak for the release


class _Builder:
    """Accumulates evidence per component; the best availability wins."""

    def __init__(self) -> None:
        self.components = {key: Component(key) for key in COMPONENT_KEYS}
        self.notes: dict[str, list[str]] = {key: [] for key in COMPONENT_KEYS}
        self.training_paths: list[str] = []  # every in-tree training file (evidence keeps only a few)

    def add(self, key: str, availability: str, path: str, line: int = 1) -> None:
        comp = self.components[key]
        comp.present = True
        if AVAILABILITY_RANK[availability] > AVAILABILITY_RANK[comp.availability]:
            comp.availability = availability
        location = Location(path, max(1, line))
        if len(comp.evidence) < MAX_EVIDENCE and location not in comp.evidence:
            comp.evidence.append(location)

    def note(self, key: str, text: str) -> None:
        if text not in self.notes[key]:
            self.notes[key].append(text)

    def finish(self) -> dict[str, Component]:
        for key, comp in self.components.items():
            if self.notes[key]:
                comp.note = "; ".join(self.notes[key])
        return self.components


# --- entry point ---------------------------------------------------------------------


def inventory(ctx: CheckContext) -> dict[str, Component]:
    """Decide every component's presence and availability; store the facts behind them."""
    found = _Findings()
    builder = _Builder()
    # A generator: 100,000 path descriptions never need to be alive at the same time.
    _scan_files(ctx, (_describe(f) for f in ctx.inventory.files), found, builder)
    _scan_indexes(ctx, found)
    _scan_safetensors(ctx, found)
    for doc in ctx.documents:
        role = _doc_role(doc)
        if role == "primary":
            _scan_document(doc, found, builder)
            found.primary_docs.append(doc)
        elif role == "data":
            _data_sections(doc, _sections(doc.lines), found)
            found.data_cards.append(Location(doc.path, 1))
    _link_scripts_to_mentions(found)
    _decide_weights(found, builder)
    _decide_data(ctx, found, builder)
    _decide_documents(found, builder)
    _decide_code_links(found, builder)
    _apply_external(ctx, builder)
    _decide_api_only(ctx, found, builder)
    _apply_licenses(ctx, builder)
    _store_facts(ctx, found, builder)
    return builder.finish()


_DOC_DIRS = frozenset({"docs", "doc", "documentation", "model_card", "model_cards", "modelcards"})


def _doc_role(doc: Document) -> str | None:
    """Which documents speak for the release.

    Root documents, `docs/`, and anything named or marked as a model/data card speak for
    it; READMEs deep inside sub-projects usually describe something else (a research
    offshoot, a vendored tool), so only their data descriptions are read, and only for
    `data/` folders.
    """
    if doc.kind not in ("card", "readme", "data-card"):
        return None
    p = _describe_doc_path(doc.path)
    if p.vendored or p.test:
        return None
    if doc.kind == "data-card" or doc.kind == "card" or not p.parts:
        return "primary"
    if regex(r"^model[_-]?card").match(p.name) or (doc.front_matter is not None and any(k in doc.front_matter.data for k in _HF_CARD_KEYS)):
        return "primary"
    if len(p.parts) == 1 and p.parts[0] in _DOC_DIRS:
        return "primary"
    if p.name.startswith("readme") and len(p.parts) <= 2 and p.parts[0] in ("data", "dataset", "datasets"):
        return "data"
    return None


def _describe_doc_path(path: str) -> _Path:
    from openwash.discover import FileEntry

    return _describe(FileEntry(path, 0))


# --- files ---------------------------------------------------------------------------


def _scan_files(ctx: CheckContext, paths: Iterable[_Path], found: _Findings, builder: _Builder) -> None:
    code_entry_points: list[_Path] = []
    config_files: list[_Path] = []  # kept for _scan_training_configs, in tree order
    for p in paths:
        entry = p.entry
        if p.suffix in CONFIG_SUFFIXES:
            config_files.append(p)
        if p.vendored or entry.is_symlink and entry.link_target is None:
            continue
        if _is_weight(p):
            if p.test:
                continue  # tiny fixture models used by tests are not the release
            if _OPTIMIZER_STATE.search(p.stem):
                found.optimizer_files.append(entry)
                continue
            if entry.size == 0 and entry.lfs is None and not entry.is_symlink:
                found.empty_weights.append(entry.path)  # a 0-byte file ships no parameters
                continue
            if _INTERMEDIATE_PATH.search(entry.path):
                found.intermediate_files.append(entry)
                continue
            (found.lfs_weights if entry.lfs is not None else found.weight_files).append(entry)
            continue
        if entry.lfs is not None:
            continue  # pointers to images, archives, …
        if p.name in _SUPPORT_NAMES and not p.test:
            builder.add("supporting-libraries-and-tools", "in-repo", entry.path)
        elif p.suffix in CODE_SUFFIXES:
            _classify_code(p, builder, code_entry_points)
        if p.name in _MODEL_METADATA_NAMES and not p.test:
            builder.add("model-metadata", "in-repo", entry.path)
        if _is_download_script(p):
            found.download_scripts.append(entry.path)
        if p.suffix in MEDIA_SUFFIXES and any(_SAMPLE_DIR.search(part) for part in p.parts) and not p.test:
            builder.add("sample-model-outputs", "in-repo", entry.path)
        if _is_eval_data(p):
            builder.add("evaluation-data", "in-repo", entry.path)
        if _is_dataset_file(p):
            found.data_files.append(Location(entry.path, 1))
        if p.name.endswith((".md", ".txt")) and regex(r"^(eval|evaluation|results|benchmarks?)(\.|_|$)").match(p.name):
            found.eval_tables.append(Location(entry.path, 1))
        elif p.suffix in (".json", ".csv", ".tsv", ".md") and p.folder.dirs & _RESULT_DIRS and not p.test:
            found.eval_tables.append(Location(entry.path, 1))
    _scan_training_configs(ctx, config_files, found, builder)
    if found.training_configs:
        # A generic entry point next to training configurations is the trainer (e.g. main.py + configs/).
        for p in code_entry_points:
            builder.add("training-code", "in-repo", p.entry.path)
            builder.training_paths.append(p.entry.path)
            builder.note("training-code", f"{p.entry.path} is taken as the trainer: the repository ships training configurations")


def _is_weight(p: _Path) -> bool:
    if p.suffix not in WEIGHT_SUFFIXES or _TRAINER_STATE.match(p.name):
        return False
    if _ASSET_NAME.search(p.name):
        return False
    if p.suffix == ".bin":
        return bool(_BIN_WEIGHT_NAME.search(p.stem)) or p.entry.lfs is not None or p.entry.lfs_tracked or p.entry.size > 1024 * 1024
    return True


_FINETUNE_DIRS = frozenset({"ptuning", "p-tuning", "lora", "sft", "finetune", "finetuning", "fine_tune", "rlhf"})


@functools.lru_cache(maxsize=1024)  # common names (train.py, utils.py) repeat; most names do not
def _name_roles(stem: str, suffix: str) -> tuple[bool, bool, bool, bool, bool, bool]:
    """(train, finetune, eval, prep, infer, arch) from a file name alone; names repeat, so cached."""
    tokens = {t for t in _TOKEN_SPLIT.split(stem) if t}
    return (
        bool(tokens & _TRAIN_TOKENS) or stem.startswith(_TRAIN_PREFIX) or suffix in (".slurm", ".sbatch"),
        bool(tokens & _FINETUNE_TOKENS),
        bool(tokens & _EVAL_TOKENS) or stem.startswith(("eval", "benchmark")),
        stem.startswith(_PREP_PREFIX),
        bool(tokens & _INFER_TOKENS) or stem.startswith(("generate", "inference", "demo", "predict", "example", "sample")),
        stem in _ARCH_STEMS or stem.startswith(_ARCH_PREFIX),
    )


@functools.lru_cache(maxsize=65536)
def _dir_roles(dirs: frozenset[str]) -> tuple[bool, bool, bool, bool, bool, bool, bool, bool]:
    """(analysis, train, finetune, eval, prep, infer, arch, data-only) from the folders; cached per folder."""
    return (
        bool(dirs & _ANALYSIS_DIRS),
        bool(dirs & _TRAIN_DIRS),
        bool(dirs & _FINETUNE_DIRS),
        bool(dirs & _EVAL_DIRS),
        bool(dirs & _PREP_DIRS),
        bool(dirs & _INFER_DIRS),
        bool(dirs & _ARCH_DIRS),
        bool(dirs & _DATA_DIRS) and not dirs & _TRAIN_OR_INFER_DIRS,
    )


def _classify_code(p: _Path, builder: _Builder, entry_points: list[_Path]) -> None:
    path = p.entry.path
    if p.test:
        return  # tests exercise the code; they are not a component of their own
    analysis, train_dir, finetune_dir, eval_dir, prep_dir, infer_dir, arch_dir, data_only = _dir_roles(p.folder.dirs)
    if analysis:
        return
    availability = "in-repo"
    if p.example:
        # Examples show how to use the model: they count as inference code only.
        builder.add("inference-code", availability, path)
        return
    train_name, finetune_name, eval_name, prep_name, infer_name, arch_name = _name_roles(p.stem, p.suffix)
    is_train = train_name or train_dir
    is_eval = eval_name or eval_dir
    is_prep = prep_name or prep_dir or (p.stem == "prepare" and "data" in p.folder.dirs)
    is_infer = infer_name or infer_dir
    is_arch = arch_name or (arch_dir and not is_infer)
    if data_only:
        # Code in data folders prepares data (loaders, converters, samplers of the corpus).
        is_prep, is_train, is_infer = True, False, False
    if is_train and not is_eval:
        builder.add("training-code", availability, path)
        builder.training_paths.append(path)
        if finetune_name or finetune_dir:
            builder.note("training-code", "includes fine-tuning code")
    if is_eval:
        builder.add("evaluation-code", availability, path)
    if is_prep:
        builder.add("data-preprocessing-code", availability, path)
    if is_infer and not is_train and not is_eval:
        builder.add("inference-code", availability, path)
    elif p.suffix == ".ipynb" and not (is_train or is_eval or is_prep):
        builder.add("inference-code", availability, path)  # notebooks in a release are usage demos
    if is_arch and p.suffix not in (".sh", ".ipynb", ".slurm", ".sbatch"):
        builder.add("model-architecture", availability, path)
    if p.suffix == ".py" and p.stem.startswith(("tokenizer", "tokenization", "tokenizers")):
        builder.add("supporting-libraries-and-tools", availability, path)
    if not p.parts and p.name in ("main.py", "run.py", "launch.py", "__main__.py"):
        entry_points.append(p)


_NOT_DOWNLOAD_DIRS = _EVAL_DIRS | _ANALYSIS_DIRS | _DATA_DIRS | {"results"}
_CONFIG_OR_TRAIN_DIRS = _CONFIG_DIRS | _TRAIN_DIRS
_TRAIN_OR_INFER_DIRS = _TRAIN_DIRS | _INFER_DIRS
_RESULT_DIRS = frozenset({"evals", "results", "eval_results", "evaluation_results"})


def _is_download_script(p: _Path) -> bool:
    if p.suffix not in (".sh", ".py", ".bash", ".ps1") or p.test or p.vendored:
        return False
    if p.folder.dirs & _NOT_DOWNLOAD_DIRS:
        return False  # fetching models to evaluate them, or data, is not how this release ships weights
    if p.stem in ("download", "download_model", "download_models", "download_weights", "download_checkpoints", "download_ckpt"):
        return True
    return p.stem.startswith("download") and bool(regex(r"(model|weight|ckpt|checkpoint|stage)").search(p.stem))


def _is_eval_data(p: _Path) -> bool:
    if p.suffix not in DATA_SUFFIXES or p.test or p.name in _MODEL_METADATA_NAMES:
        return False
    dirs = p.folder.dirs
    return bool(dirs & _EVAL_DIRS) and bool(dirs & {"data", "datasets", "dataset", "eval_data", "testsets", "test_sets"})


def _is_dataset_file(p: _Path) -> bool:
    if p.suffix not in DATA_SUFFIXES or p.test or p.example:
        return False
    dirs = p.folder.dirs
    if not dirs & {"data", "dataset", "datasets", "corpus", "corpora"} or dirs & _EVAL_DIRS:
        return False
    return bool(regex(r"(data|train|corpus|instruct|sft|pretrain|dialog|conversation)").search(p.stem))


def _scan_training_configs(ctx: CheckContext, paths: list[_Path], found: _Findings, builder: _Builder) -> None:
    """Read small YAML/JSON configs (bounded) for training keys: they are training configurations."""
    budget = 200
    for p in paths:
        if budget <= 0:
            break
        entry = p.entry
        if p.suffix not in CONFIG_SUFFIXES or p.vendored or p.test or entry.lfs is not None or entry.is_symlink:
            continue
        if p.name in _SUPPORT_NAMES or p.name.startswith((".", "package", "tsconfig")):
            continue
        in_config_dir = bool(p.folder.dirs & _CONFIG_OR_TRAIN_DIRS) or "train" in p.stem or "config" in p.stem
        if not in_config_dir or entry.size > 256 * 1024:
            continue
        budget -= 1
        text = _read_bounded(ctx, entry.path, 256 * 1024)
        if text and len(_TRAINING_CONFIG_KEYS.findall(text)) >= 1:
            found.training_configs.append(entry.path)
            builder.add("model-metadata", "in-repo", entry.path)
    # Python config files (nanoGPT's config/train_*.py) are training code by name already.


def _read_bounded(ctx: CheckContext, relpath: str, limit: int) -> str | None:
    from openwash import textio  # a regular file of the tree only: no link, FIFO or device

    try:
        data, _size = textio.read_repository_file(os.path.join(ctx.root, relpath), limit)
    except (OSError, textio.NotText):
        return None
    if b"\x00" in data[:4096]:
        return None
    return data.decode("utf-8", "replace")


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


# --- documents -----------------------------------------------------------------------


_HEADING_LEAD = lazy_compile(r"^\s{0,3}(#{1,6})\s+(.*)$")


def _heading(line: str) -> tuple[int, str] | None:
    r"""(level, text) of an ATX heading line, as `_HEADING` reads it, in linear time.

    `_HEADING`'s `(.*?)\s*#*\s*$` retries the closing run at every character, quadratic on a long
    line of `#` and spaces; stripping spaces, `#` and spaces from the right gives the same text.
    """
    match = _HEADING_LEAD.match(line)
    if match is None:
        return None
    return len(match.group(1)), match.group(2).rstrip().rstrip("#").rstrip()


def _structure_lines(text: str, first: int) -> list[tuple[int, bool]]:
    """(line number, is a fence) for each fence line and each line that may be a heading, in order."""
    from openwash.licenses.declarations import lines_starting

    return [(number, marker != "#") for number, marker in lines_starting(text, ("```", "~~~", "#"), first)]


def _sections(lines: list[str]) -> list[tuple[int, str]]:
    """For each line, (section start line, heading text); fenced code is not a heading.

    Only fence lines and lines starting with `#` can change the section; they are found by two
    scans of the text, and the lines between them share one tuple.
    """
    result: list[tuple[int, str]] = []
    current, fenced, done = (1, ""), False, 0
    for number, fence in _structure_lines("\n".join(lines), 1):
        if fence:
            fenced = not fenced
        elif not fenced:
            heading = _heading(lines[number - 1])
            if heading is not None:
                result.extend([current] * (number - 1 - done))
                current, done = (number, heading[1]), number - 1
    result.extend([current] * (len(lines) - done))
    return result


def _section_heads(sections: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Each section once, in order (a long document has few sections and many lines)."""
    return sorted(set(sections))


# Keywords each line check needs (lower case; `fold_case` lowers the line): a line without any of a
# check's keywords cannot match its pattern, so the pattern is not run on it. Each word starts (or
# must appear in) every alternative of its pattern; tests/test_prose_size.py checks them.
_LINE_CHECK_WORDS: dict[str, tuple[str, ...]] = {
    "gate": ("request", "access", "accept", "acknowledg", "fill", "application", "signed", "log", "gated", "once", "agree",
             "register", "mail", "approval", "apply", "申请", "填写", "审核", "授权后",
             # _ACCOUNT_GATE's words (checked after _GATING on the same lines)
             "sign", "regist", "account", "登录", "登陆", "注册", "实名"),
    "url": ("http", "magnet:"),
    "code": ("download", "from_pretrained", "load_model", "hub.load", "lfs", "ollama"),
    "script": ("download",),
    "intermediate": ("intermediate", "checkpoint", "revision", "branch", "中间"),
    "revision": ("/tree/",),
    "report": ("report", "system", "技术报告"),
    "data": ("trained", "training", "mix", "collection", "训练", "来源", "构成", "组成"),
    "withheld": ("releas", "proprietary", "internal", "available", "share", "publish", "公开", "开源"),
}
_BENCHMARK_WORDS = (
    "mmlu", "hellaswag", "arc", "gsm8k", "humaneval", "mbpp", "truthfulqa", "winogrande", "piqa", "boolq", "lambada", "eval",
    "bbh", "bench", "glue", "squad", "math", "openbookqa", "siqa", "naturalquestions", "triviaqa", "drop", "wer", "bleu",
    "rouge", "cider", "fid", "clip", "imagenet", "coco", "librispeech", "fleurs", "map", "miou", "perplexity", "ppl",
    "leaderboard", "xnli", "xcopa", "xstorycloze", "helm",
)
_WORD = lazy_compile(r"\w+")
# Compiling a CJK range costs ~2 ms: it is compiled only for text that is not ASCII.
_CJK_CHAR = lazy_compile(r"[\u4e00-\u9fff]")
_TABLE_NUMBER = lazy_compile(r"\|\s*[<>~]?\d+(?:\.\d+)?\s*%?\s*\|")
_DATA_WORD = lazy_compile(r"data|corpus|dataset|数据|语料", re.I)
MAX_URLS = 2_000  # links classified per document (corpus maximum: 141)
MAX_GATES = 1_000  # gating phrases kept per document


@functools.lru_cache(maxsize=None)
def _keyword_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from openwash.licenses.declarations import keyword_pattern

    words = sorted({w for group in _LINE_CHECK_WORDS.values() for w in group})
    return keyword_pattern(words), keyword_pattern(_BENCHMARK_WORDS)


def _scan_document(doc: Document, found: _Findings, builder: _Builder, *, every_line: bool = False) -> None:
    """Links, gates, data and paper mentions, result tables of a card or README.

    Only lines holding a keyword of some check are read (`every_line` reads all: the reference
    the tests compare with); on such a line, only the checks whose keywords it holds run.
    """
    from openwash.licenses.declarations import MAX_LINE_CHARS, fold_case, keyword_lines, long_line_note

    lines = doc.lines
    sections = _sections(lines)
    _front_matter_signals(doc, found, builder)
    first = max(1, doc.body_start_line)
    body = "\n".join(lines[first - 1 :]) if first <= len(lines) else ""
    line_keywords, _ = _keyword_patterns()
    numbers = range(first, len(lines) + 1) if every_line else keyword_lines(fold_case(body), line_keywords, first)
    scan = _LineScan(doc, sections, found, _bibtex_states(lines, body, first))
    for number in numbers:
        line = lines[number - 1]
        if len(line) > MAX_LINE_CHARS:
            line = line[:MAX_LINE_CHARS]
            found.notes.append(long_line_note(doc.path, number))
        low = fold_case(line)
        scan.line(number, line, low, (lambda check: True) if every_line else (lambda check: any(w in low for w in _LINE_CHECK_WORDS[check])))
        if scan.urls_left < 0:
            found.notes.append(f"{doc.path}: links were read up to line {number} only (more than {MAX_URLS:,})")
            break
    _result_tables(doc, body, first, found)
    gates, sites = scan.gates, scan.sites
    if len(gates) > MAX_GATES:
        found.notes.append(f"{doc.path}: only the first {MAX_GATES:,} of {len(gates):,} gating phrases were kept (up to line {gates[MAX_GATES - 1][0]})")
        del gates[MAX_GATES:]
    _mark_gated(sites, gates, sections)
    sites.extend(_request_sites(doc, sections, gates, sites))
    seen: set[tuple[str, int, str]] = set()
    for site in sites:
        key = (site.path, site.line, site.target)
        if key not in seen:
            seen.add(key)
            found.sites.append(site)
    found.gates.extend({"path": doc.path, "line": n, "phrase": phrase} for n, phrase in gates)
    _data_sections(doc, sections, found)
    _card_kind(doc, sections, found)


@functools.lru_cache(maxsize=None)
def _folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` without IGNORECASE, for text lowered by `fold_case` (3-10 times faster in `re`).

    The same matches, at the same offsets: the folded text has the original's length, and its
    letters are what IGNORECASE compares. Only for patterns written in lower case (checked here).
    """
    source = pattern.pattern
    if not pattern.flags & re.I or regex(r"(?<!\\)[A-Z]").search(source):
        return pattern
    return compile_pattern(source, pattern.flags & ~re.I)


class _LineScan:
    """The per-line checks of `_scan_document`, run on one line at a time in line order.

    Patterns run on the folded line (`low`), case-sensitively; what they capture is cut from the
    line as written at the same offsets.
    """

    def __init__(self, doc: Document, sections: list[tuple[int, str]], found: _Findings, bibtex: tuple[list[int], list[bool]]) -> None:
        self.doc, self.sections, self.found = doc, sections, found
        self.bibtex_marks, self.bibtex_states = bibtex
        self.gates: list[tuple[int, str]] = []
        self.sites: list[_Site] = []
        self.is_root = "/" not in doc.path
        self.urls_left = MAX_URLS

    def _in_bibtex(self, number: int) -> bool:
        index = bisect.bisect_right(self.bibtex_marks, number) - 1
        return index >= 0 and self.bibtex_states[index]

    def line(self, number: int, line: str, low: str, may: Callable[[str], bool]) -> None:
        doc, found, sites = self.doc, self.found, self.sites
        gate = _folded(_GATING).search(low) if may("gate") else None
        if gate:
            self.gates.append((number, line[gate.start() : gate.end()]))
        elif may("gate"):
            account = _account_gate(self.doc.lines, number, line, low)
            if account:
                self.gates.append((number, account))
        heading = self.sections[number - 1][1]
        urls = _URL.findall(line) if may("url") else []
        if urls:
            from openwash.licenses.declarations import MAX_LINE_CHARS

            in_bibtex = self._in_bibtex(number)
            previous = self.doc.lines[number - 2][:MAX_LINE_CHARS] if number > 1 else ""
            for url in urls:
                self.urls_left -= 1
                if self.urls_left < 0:
                    return
                url = url.rstrip(".,;:*_")
                _classify_url(doc, number, f"{previous}\n{line}", heading, url, sites, found, self.is_root, in_bibtex)
        code = _folded(_DOWNLOAD_CODE).search(low) if may("code") else None
        if code:
            sites.append(_Site(doc.path, number, "download-code", line[code.start() : code.end()]))
        script = _folded(_DOWNLOAD_SCRIPT_MENTION).search(low) if may("script") else None
        if script:
            sites.append(_Site(doc.path, number, "download-script", line[script.start(1) : script.end(1)]))
        if may("intermediate") and _folded(_INTERMEDIATE_TEXT).search(low):
            found.intermediate_mentions.append(Location(doc.path, number))
        for revision in _folded(_STEP_REVISION).finditer(low) if may("revision") else ():
            found.step_revisions.setdefault(line[revision.start(1) : revision.end(1)], Location(doc.path, number))
        if may("report") and _folded(_TECH_REPORT_WORDS).search(low) and (_URL.search(line) or heading and _PAPER_WORDS.search(heading)):
            found.report_links.append(Location(doc.path, number))
        if may("data") and _folded(_DATA_PROSE).search(low):
            found.data_prose.append(Location(doc.path, number))
        if may("withheld") and _folded(_DATA_WITHHELD).search(low) and _folded(_DATA_WORD).search(low):
            found.data_withheld.append(Location(doc.path, number))


def _account_gate(lines: list[str], number: int, line: str, low: str) -> str | None:
    """The first account phrase of the line whose sentence is about getting the weights, or None."""
    for match in _folded(_ACCOUNT_GATE).finditer(low):
        sentence = _sentence_at(lines, number, match.start(), match.end())
        if _account_gates_weights(sentence):
            return line[match.start() : match.end()]
    return None


def _account_gates_weights(sentence: str) -> bool:
    """A sign-in, registration or terms-of-use sentence gates the weights: it speaks of getting them,
    and not of an API, a demo, the issue tracker, commercial use or a base model."""
    return bool(
        _GETS_WEIGHTS.search(sentence)
        and not _NOT_WEIGHTS_ACCOUNT.search(sentence)
        and not _COMMERCIAL_REGISTRATION.search(sentence)
        and not _BASE_MODEL_WORDS.search(sentence)
    )


def _sentence_at(lines: list[str], number: int, start: int, end: int) -> str:
    """The sentence holding line `number`'s [start, end), continued onto the prose lines next to it.

    A sentence ends at . ! ? (before a space) or 。！？; it runs across a line break only between
    prose lines (not headings, table rows, fences, blank lines, or into a new list item). One
    neighbouring line each way is enough for the wrapped README sentences gates are written in.
    """
    from openwash.licenses.declarations import MAX_LINE_CHARS

    line = lines[number - 1][:MAX_LINE_CHARS]
    ends_before = [m.end() for m in _SENTENCE_END.finditer(line, 0, start)]
    if ends_before:
        head = line[ends_before[-1] : start]
    else:
        head = line[:start]
        if number > 1 and not _NOT_PROSE.match(line) and not _LIST_ITEM.match(line):
            previous = lines[number - 2][:MAX_LINE_CHARS]
            if not _NOT_PROSE.match(previous):
                cuts = [m.end() for m in _SENTENCE_END.finditer(previous)]
                head = previous[cuts[-1] :] + " " + head if cuts else previous + " " + head
    after = _SENTENCE_END.search(line, end)
    if after:
        tail = line[start : after.end()]
    else:
        tail = line[start:]
        if number < len(lines):
            following = lines[number][:MAX_LINE_CHARS]
            if not _NOT_PROSE.match(following) and not _LIST_ITEM.match(following) and not _NOT_PROSE.match(line):
                stop = _SENTENCE_END.search(following)
                tail += " " + (following[: stop.end()] if stop else following)
    return head + tail


def _bibtex_states(lines: list[str], body: str, first: int) -> tuple[list[int], list[bool]]:
    """Where BibTeX entries open (`@article{`) and close (`}`): (line numbers, inside after that line)."""
    from openwash.licenses.declarations import lines_starting

    marks: list[int] = []
    states: list[bool] = []
    inside = False
    for number, _ in lines_starting(body, ("@", "}"), first):
        line = lines[number - 1]
        if _BIBTEX.match(line):
            inside = True
        elif inside and line.strip() == "}":
            inside = False
        else:
            continue
        marks.append(number)
        states.append(inside)
    return marks, states


def _result_tables(doc: Document, body: str, first: int, found: _Findings) -> None:
    """Markdown tables (runs of lines starting with `|`) with a benchmark name and a number cell."""
    if "|" not in body:
        return
    from openwash.licenses.declarations import MAX_LINE_CHARS, fold_case, keyword_lines

    _, benchmark_keywords = _keyword_patterns()
    named = set(keyword_lines(fold_case(body), benchmark_keywords, first))
    if not named:
        return  # no line names a benchmark: no table can be a results table
    from openwash.licenses.declarations import lines_starting

    rows = [number for number, _ in lines_starting(body, ("|",), first)]
    lines = doc.lines
    start = 0
    while start < len(rows):
        end = start
        while end + 1 < len(rows) and rows[end + 1] == rows[end] + 1:
            end += 1
        table = rows[start : end + 1]
        if any(n in named and _BENCHMARKS.search(lines[n - 1][:MAX_LINE_CHARS]) for n in table) and any(
            _TABLE_NUMBER.search(lines[n - 1][:MAX_LINE_CHARS]) for n in table
        ):
            found.eval_tables.append(Location(doc.path, rows[start]))
        start = end + 1


def _front_matter_signals(doc: Document, found: _Findings, builder: _Builder) -> None:
    fm = doc.front_matter
    if fm is None:
        return
    data = fm.data
    datasets = data.get("datasets")
    if isinstance(datasets, str):
        datasets = [datasets]
    if isinstance(datasets, list) and datasets:
        line, _ = fm.locate("datasets")
        for name in datasets:
            if isinstance(name, str) and name.strip():
                found.dataset_names.append(name.strip())
        found.dataset_links.append(Location(doc.path, line))
    if data.get("model-index"):
        line, _ = fm.locate("model-index")
        found.eval_tables.append(Location(doc.path, line))
    if found.hub_gate is None and doc.kind != "data-card":
        found.hub_gate = _hub_gate(doc)


_GATED_VALUES = frozenset({"true", "yes", "auto", "manual"})
_GATE_TERMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("non-commercial", lazy_compile(r"non-?\s?commercial|not\s+for\s+commercial|非商业|不得商用|禁止商用", re.I)),
    ("research-only", lazy_compile(r"research\s+(?:purposes?\s+)?only|only\s+for\s+research|仅(?:供|限|用于).{0,6}研究", re.I)),
)


def _hub_gate(doc: Document) -> dict[str, Any] | None:
    """The Hub gating keys of a card's front matter: the repository it describes is gated.

    `extra_gated_*` keys configure the access-request form of a gated Hugging Face repository;
    `gated: true/auto/manual` says so directly (`gated: false` does not gate). The form's fields
    and prompt may carry terms (a "non-commercial use only" checkbox); they are recorded, not judged.
    """
    fm = doc.front_matter
    if fm is None:
        return None
    data = fm.data
    keys = [key for key in HUB_GATE_KEYS if _gates(key, data.get(key))]
    if not keys:
        return None
    line, key = min((fm.locate(key)[0], key) for key in keys)  # the first gating key in the file
    form = " ".join(str(part) for part in (data.get("extra_gated_prompt"), data.get("extra_gated_fields")) if part)
    terms = [name for name, pattern in _GATE_TERMS if pattern.search(form)]
    return {"path": doc.path, "line": line, "key": key, "root": "/" not in doc.path, "terms": terms}


def _gates(key: str, value: Any) -> bool:
    if key == "gated":
        return value is True or (isinstance(value, str) and value.strip().lower() in _GATED_VALUES)
    return bool(value.strip()) if isinstance(value, str) else bool(value)


# A line with many links asks the same questions of its text for every link: answered once per text.
_PAPER_LINK_TEXT = lazy_compile(r"\[[^\]]*\b(research\s+paper|paper|technical\s+report|tech\s+report|preprint)\b[^\]]*\]\(", re.I)
_WEIGHTS_WORD = lazy_compile(r"\b(weights?|checkpoints?)\b|权重", re.I)


@functools.lru_cache(maxsize=64)
def _has(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def _classify_url(
    doc: Document, number: int, line: str, heading: str, url: str, sites: list[_Site], found: _Findings, is_root: bool, in_bibtex: bool
) -> None:
    context = f"{heading} {line}"  # heading, previous line and this line
    line = line.rsplit("\n", 1)[-1]
    hf = _HF_MODEL.match(url)
    if hf:
        org, name = hf.group(1), hf.group(2)
        if _HF_NOT_WEIGHTS.search(name or "") or org.lower() in ("datasets", "spaces"):
            return
        file_suffix = _url_file_suffix(url)
        if file_suffix and file_suffix not in WEIGHT_SUFFIXES:
            return  # a sample, an image or a config served from the repo, not the weights
        if _has(_BASE_MODEL_WORDS, line):
            return  # the base model this one derives from, not this release's weights
        if name or _has(_WEIGHT_WORDS, context):
            sites.append(_Site(doc.path, number, "hub", url))
        return
    if _WEIGHT_ONLY_URL.search(url) and not _HF_DATASET.match(url):
        sites.append(_Site(doc.path, number, "direct-url", url))
        return
    if _RELEASE_ASSET.search(url) and _ARCHIVE_URL.search(url) and _is_weights_archive(line, context, url):
        sites.append(_Site(doc.path, number, "direct-url", url))  # a release archive said to hold the weights
        return
    if _CODE_HOST.match(url):
        for key, role in _CODE_ROLES:
            if _has(role, line) and (key, Location(doc.path, number)) not in found.code_links:
                found.code_links.append((key, Location(doc.path, number)))
        return
    if _HF_DATASET.match(url) or _DATA_HUBS.match(url):
        at = line.find(url)
        near = line[max(0, at - 60): at + len(url) + 30] if at >= 0 else line
        if regex(r"评测|评估|\bevaluat|\bbenchmark|\btest\s?set|\beval\b", re.I).search(near) and not regex(r"\btrain|训练数据", re.I).search(near):
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
        if _has(_WEIGHT_WORDS, context) and not _has(_LICENSE_WORDS, line):
            sites.append(_Site(doc.path, number, "cloud-drive", url))
        return
    if regex(r"download", re.I).search(url) and _has(_WEIGHTS_WORD, line):
        sites.append(_Site(doc.path, number, "page", url))


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


def _url_file_suffix(url: str) -> str:
    """Suffix of the file a hub URL serves (`…/resolve/main/x.wav` → `.wav`), or ""."""
    match = regex(r"/(?:resolve|blob|raw)/[^/]+/(?:[^?#]*/)?([^/?#]+)").search(url)
    if not match:
        return ""
    name = match.group(1).lower()
    dot = name.rfind(".")
    return name[dot:] if dot > 0 else ""


def _mark_gated(sites: list[_Site], gates: list[tuple[int, str]], sections: list[tuple[int, str]]) -> None:
    """A site is gated when a gating phrase sits in its section, within 40 lines (the first such phrase)."""
    by_section: dict[int, list[tuple[int, str]]] = {}
    for number, phrase in gates:  # gates come in line order, so each list is sorted
        by_section.setdefault(sections[number - 1][0], []).append((number, phrase))
    for site in sites:
        near = by_section.get(sections[site.line - 1][0])
        if not near:
            continue
        index = bisect.bisect_left(near, (site.line - 40,))
        if index < len(near) and near[index][0] <= site.line + 40:
            number, phrase = near[index]
            site.gated, site.gate, site.gate_line = True, phrase, number


def _request_sites(doc: Document, sections: list[tuple[int, str]], gates: list[tuple[int, str]], sites: list[_Site]) -> list[_Site]:
    """A request for the weights with no link to them ("available upon request: fill in the form") is a gated route.

    Only a request-type phrase (form, application, approval; not a login or a licence click-through)
    counts, in a section with no other route, when the section's heading or the lines themselves
    speak of the weights and not of data, code or commercial licensing (a registration for
    commercial use is a licence condition) or of a base model's gate.
    """
    from openwash.licenses.declarations import MAX_LINE_CHARS

    lines = doc.lines
    routed_sections = {sections[s.line - 1][0] for s in sites if s.path == doc.path}
    found: list[_Site] = []
    for number, phrase in gates:
        section, heading = sections[number - 1]
        if section in routed_sections or not _request_type(lines, number, phrase):
            continue
        line = lines[number - 1][:MAX_LINE_CHARS]
        previous = lines[number - 2][:MAX_LINE_CHARS] if number > 1 else ""
        other_topic = bool(_OTHER_TOPIC.search(line))
        # The line names the weights, or continues a sentence (or a section) about them.
        about_weights = bool(_WEIGHTS_TOPIC.search(line)) or not other_topic and (
            bool(_WEIGHTS_TOPIC.search(previous)) or bool(heading and _WEIGHTS_HEADING.search(heading) and not _OTHER_TOPIC.search(heading))
        )
        if not about_weights or _COMMERCIAL_REGISTRATION.search(line) or _BASE_MODEL_WORDS.search(line):
            continue
        urls = _URL.findall(line)
        target = urls[0].rstrip(".,;:*_") if urls else phrase
        found.append(_Site(doc.path, number, "request", target, gated=True, gate=phrase, gate_line=number))
        routed_sections.add(section)  # one request route per section is enough
    return found


def _request_type(lines: list[str], number: int, phrase: str) -> bool:
    """A phrase that asks for the files (form, application, approval), or a login / account phrase in a
    sentence about getting the weights ("sign in to the portal to download a checkpoint"): the portal
    is then the route. A login that only prepares another route ("run huggingface-cli login") is not."""
    if _REQUEST_GATE.search(phrase):
        return True
    if not _LOGIN_GATE.search(phrase):
        return False
    from openwash.licenses.declarations import MAX_LINE_CHARS

    at = lines[number - 1][:MAX_LINE_CHARS].find(phrase)
    return at >= 0 and _account_gates_weights(_sentence_at(lines, number, at, at + len(phrase)))


def _data_sections(doc: Document, sections: list[tuple[int, str]], found: _Findings) -> None:
    """A data heading followed by real words (not the template placeholder) describes data."""
    from openwash.licenses.declarations import MAX_LINE_CHARS

    lines = doc.lines
    starts = [start for start, heading in _section_heads(sections) if heading and _DATA_HEADING.search(heading)]
    for start in starts:
        words = 0
        placeholder = False
        for number in range(start + 1, min(len(lines), start + 80) + 1):
            if sections[number - 1][0] != start:
                # Sub-sections belong to the data section too (### Training Data under ## Training Details).
                heading_match = _heading(lines[number - 1])
                if heading_match and heading_match[0] <= _heading_level(lines[start - 1]):
                    break
            text = lines[number - 1][:MAX_LINE_CHARS]
            if _PLACEHOLDER.search(text):
                placeholder = True
                continue
            words += len(_WORD.findall(text)) + (0 if text.isascii() else len(_CJK_CHAR.findall(text)))
            if words >= 12:
                break  # enough: later lines cannot change the outcome
        if words >= 12:
            found.data_sections.append(Location(doc.path, start))
        elif placeholder:
            found.data_withheld.append(Location(doc.path, start))


def _heading_level(line: str) -> int:
    match = _heading(line)
    return match[0] if match else 6


def _card_kind(doc: Document, sections: list[tuple[int, str]], found: _Findings) -> None:
    name = doc.path.rsplit("/", 1)[-1].lower()
    if doc.kind == "data-card":
        found.data_cards.append(Location(doc.path, 1))
        return
    if regex(r"^model[_-]?card").match(name):
        found.model_cards.append(Location(doc.path, 1))
        return
    if doc.front_matter is not None and any(k in doc.front_matter.data for k in _HF_CARD_KEYS):
        found.model_cards.append(Location(doc.path, doc.front_matter.start_line))
        return
    headings = {heading.lower() for _, heading in _section_heads(sections) if heading and _CARD_HEADINGS.search(heading)}
    if doc.kind == "card" and len(headings) >= 3:
        found.model_cards.append(Location(doc.path, 1))
    parts = doc.path.lower().split("/")
    if len(parts) >= 2 and parts[-2] in ("data", "dataset", "datasets") and name.startswith("readme") and len(parts) <= 3:
        found.data_cards.append(Location(doc.path, 1))


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


# --- decisions -----------------------------------------------------------------------


def _decide_weights(found: _Findings, builder: _Builder) -> None:
    # A root card with Hub gating keys is the card of a gated Hub repository: the files of this tree
    # are downloadable there only through the access request, so they are gated, not in-repo/lfs.
    tree_gated = _add_hub_gate(found, builder)
    for entry in found.weight_files:
        builder.add("model-parameters-final", "gated" if tree_gated else "in-repo", entry.path)
    for entry in found.lfs_weights:
        builder.add("model-parameters-final", "gated" if tree_gated else "lfs", entry.path)
    for entry in found.intermediate_files:
        tree_availability = "lfs" if entry.lfs is not None else "in-repo"
        builder.add("model-parameters-intermediate", "gated" if tree_gated else tree_availability, entry.path)
    if found.optimizer_files:
        builder.note("model-parameters-intermediate", "optimizer state files present")
        for entry in found.optimizer_files:
            builder.add("model-metadata", "lfs" if entry.lfs is not None else "in-repo", entry.path)
    if found.lfs_weights and not found.weight_files and not tree_gated:
        builder.note("model-parameters-final", "weights are Git LFS pointers: run `git lfs pull` to fetch them")
    sites = found.sites
    if not sites:
        _decide_intermediate_mentions(found, builder)
        return
    open_sites = [s for s in sites if not s.gated]
    chosen = open_sites or sites
    availability = "external" if open_sites else "gated"
    for site in chosen:
        builder.add("model-parameters-final", availability, site.path, site.line)
    if not open_sites and not (tree_gated and len(sites) == 1):  # a lone Hub gate is noted already
        gate = sites[0]
        builder.note("model-parameters-final", f"every download route found is gated ({gate.gate!r} at {gate.path}:{gate.gate_line})")
    elif len(open_sites) < len(sites):
        builder.note("model-parameters-final", "some download routes are gated, others are not")
    _decide_intermediate_mentions(found, builder)


def _add_hub_gate(found: _Findings, builder: _Builder) -> bool:
    """Record a card's Hub gate as a gated route to the weights; true when it gates this tree's files."""
    gate = found.hub_gate
    if gate is None:
        return False
    path, line, key = gate["path"], gate["line"], gate["key"]
    found.sites.insert(0, _Site(path, line, "hub", "gated Hugging Face repository", gated=True, gate=key, gate_line=line))
    builder.add("model-parameters-final", "gated", path, line)
    builder.note("model-parameters-final", f"the card's front matter gates its Hugging Face repository ({key} at {path}:{line})")
    return bool(gate["root"])


def _decide_intermediate_mentions(found: _Findings, builder: _Builder) -> None:
    if len(found.step_revisions) >= 2:
        found.intermediate_mentions.extend(list(found.step_revisions.values())[:MAX_EVIDENCE])
    if not found.intermediate_mentions:
        return
    availability = "external"
    comp = builder.components["model-parameters-final"]
    if comp.availability == "gated":
        availability = "gated"
    for location in found.intermediate_mentions:
        builder.add("model-parameters-intermediate", availability, location.path, location.line)


def _decide_api_only(ctx: CheckContext, found: _Findings, builder: _Builder) -> None:
    """`facts["api_only"]`: the release offers the model only through a hosted API (None otherwise).

    Never a guess: only when nothing anywhere points at weights (files, LFS pointers, links, download
    code or scripts, gates on the weights, Hub gating, `external:` weights) and the documents say so
    plainly: "available only through our API", or two kinds of signal of which one is an API key or
    a per-token price (an SDK plus a key, a price table plus "through the X API", 按token计费 …).
    """
    ctx.facts["api_only"] = None
    if _has_weights_evidence(found, builder):
        return
    signals = _api_signals(found.primary_docs)
    kinds = {signal["kind"] for signal in signals}
    if not ("api-only" in kinds or (len(kinds) >= 2 and kinds & _HOSTED_API_KINDS)):
        return
    first = signals[0]
    ctx.facts["api_only"] = {"path": first["path"], "line": first["line"], "signals": signals[:MAX_EVIDENCE]}
    builder.note(
        "model-parameters-final",
        f"the model is offered only through an API ({first['path']}:{first['line']}: {first['text']!r}); no weights are published",
    )


def _has_weights_evidence(found: _Findings, builder: _Builder) -> bool:
    if builder.components["model-parameters-final"].present or builder.components["model-parameters-intermediate"].present:
        return True
    if found.sites or found.hub_gate or found.empty_weights or found.download_scripts or found.optimizer_files:
        return True
    from openwash.licenses.declarations import MAX_LINE_CHARS

    lines = {doc.path: doc.lines for doc in found.primary_docs}
    for gate in found.gates:  # a gate on the weights, even one with no route, speaks of weights
        doc_lines = lines.get(gate["path"])
        if doc_lines is not None and _WEIGHTS_TOPIC.search(doc_lines[gate["line"] - 1][:MAX_LINE_CHARS]):
            return True
    return False


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


def _decide_data(ctx: CheckContext, found: _Findings, builder: _Builder) -> None:
    for location in found.dataset_links:
        builder.add("datasets", "external", location.path, location.line)
    for location in found.data_files:
        builder.add("datasets", "in-repo", location.path, location.line)
    for location in found.eval_data_links:
        builder.add("evaluation-data", "external", location.path, location.line)
    for location in found.data_cards:
        builder.add("data-card", "in-repo", location.path, location.line)
    described = found.data_sections + found.data_prose + found.data_cards
    for location in found.dataset_links + found.data_files + described:
        builder.add("data-information", "in-repo", location.path, location.line)
    # released: datasets shipped or linked where to get them; described: prose only.
    level = "released" if found.data_files or found.dataset_links else ("described" if described else "none")
    if level == "described":
        builder.note("data-information", "training data is described in prose only; no dataset is linked or shipped")
    if found.data_withheld and level == "none":
        builder.note("data-information", "the documents say the training data is not released or leave the section empty")
    ctx.facts["data_information"] = {
        "level": level,
        "datasets": sorted(set(found.dataset_names)),
        "sections": [loc.to_dict() for loc in found.data_sections[:MAX_EVIDENCE]],
        "prose": [loc.to_dict() for loc in found.data_prose[:MAX_EVIDENCE]],
        "withheld": [loc.to_dict() for loc in found.data_withheld[:MAX_EVIDENCE]],
    }


def _decide_code_links(found: _Findings, builder: _Builder) -> None:
    for key, location in found.code_links:
        before = builder.components[key].present
        builder.add(key, "external", location.path, location.line)
        if not before:
            builder.note(key, "lives in another repository linked from the documents")


def _decide_documents(found: _Findings, builder: _Builder) -> None:
    for location in found.paper_links:
        builder.add("research-paper", "in-repo", location.path, location.line)
    for location in found.report_links:
        builder.add("technical-report", "in-repo", location.path, location.line)
    if found.paper_links and not found.report_links:
        builder.add("technical-report", "in-repo", found.paper_links[0].path, found.paper_links[0].line)
        builder.note("technical-report", "a research paper stands in for the technical report (MOF)")
    for location in found.eval_tables:
        builder.add("evaluation-results", "in-repo", location.path, location.line)
    for location in found.model_cards:
        builder.add("model-card", "in-repo", location.path, location.line)


def _apply_external(ctx: CheckContext, builder: _Builder) -> None:
    """`external:` entries in the configuration declare components that live elsewhere."""
    from openwash.config import EXTERNAL_KEYS

    external = getattr(ctx.config, "external", {}) or {}
    if not external:
        return
    source = _config_relpath(ctx)
    for key, value in external.items():
        for component in EXTERNAL_KEYS.get(key, ()):
            line = _config_line(ctx, key)
            builder.add(component, "external", source, line)
            builder.note(component, f"declared external in the configuration: {value}")


def _config_relpath(ctx: CheckContext) -> str:
    source = getattr(ctx.config, "source", None)
    if not source:
        return ".openwash.yml"
    try:
        return os.path.relpath(source, ctx.root).replace(os.sep, "/")
    except ValueError:
        return str(source)


def _config_line(ctx: CheckContext, key: str) -> int:
    source = getattr(ctx.config, "source", None)
    if not source:
        return 1
    try:
        with open(source, "rb") as handle:
            text = handle.read(256 * 1024).decode("utf-8", "replace")
    except OSError:
        return 1
    pattern = compile_pattern(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*[:=]")
    for number, line in enumerate(text.split("\n"), 1):
        if pattern.match(line):
            return number
    return 1


def _apply_licenses(ctx: CheckContext, builder: _Builder) -> None:
    """Attach the licence that speaks for each component's scope.

    A licence scoped to `code`/`weights`/`data`/`docs` covers the components of that
    content type. With no scoped licence for code or docs, a lone unscoped repository
    licence (one licence id at the root) is taken to cover them, with a note; weights and
    data are never covered by implication here (the profiles stage judges that).
    When several licences speak for a scope, the most restrictive family is reported.
    """
    licenses = list(getattr(ctx, "licenses", []) or [])
    if not licenses:
        return
    by_scope: dict[str, list[Any]] = {}
    for info in licenses:
        for scope in info.applies_to or []:
            by_scope.setdefault(scope, []).append(info)
    unscoped = [i for i in licenses if not i.applies_to and "/" not in i.path and i.id and i.id != "unknown"]
    lone = unscoped if len({i.id for i in unscoped}) == 1 else []
    for key, comp in builder.components.items():
        if not comp.present:
            continue
        scope = COMPONENT_SCOPE[key]
        governing = by_scope.get(scope, [])
        implied = False
        if not governing and scope in ("code", "docs") and lone:
            governing, implied = lone, True
        if not governing:
            continue
        worst = max(governing, key=lambda i: FAMILY_RESTRICTIVENESS.get(i.family, -1))
        comp.license = worst.id
        families = {i.family for i in governing}
        comp.open_license = None if "unknown" in families else families <= OPEN_FAMILIES
        if implied:
            builder.note(key, f"licence taken from the repository licence {worst.path} (not limited to any part)")


def _store_facts(ctx: CheckContext, found: _Findings, builder: _Builder) -> None:
    ctx.facts["weights_files"] = [e.path for e in found.weight_files]
    ctx.facts["lfs_weights"] = [e.path for e in found.lfs_weights]
    ctx.facts["weights_links"] = [s.to_fact() for s in found.sites]
    ctx.facts["gated"] = [
        {"path": s.path, "line": s.gate_line or s.line, "phrase": s.gate, "site": f"{s.path}:{s.line}"} for s in found.sites if s.gated
    ]
    ctx.facts["gating_phrases"] = found.gates
    ctx.facts["hub_gate"] = found.hub_gate
    ctx.facts["intermediate_checkpoints"] = [loc.to_dict() for loc in found.intermediate_mentions[:MAX_EVIDENCE]] + [
        {"path": e.path, "line": 1} for e in found.intermediate_files[:MAX_EVIDENCE]
    ]
    ctx.facts["weight_indexes"] = found.indexes
    ctx.facts["safetensors_problems"] = found.safetensors_problems
    ctx.facts["training_configs"] = found.training_configs
    training = builder.components["training-code"]
    ctx.facts["training_code_kind"] = (
        None if not training.present else ("fine-tuning" if builder.training_paths and _only_finetuning(builder.training_paths) else "full")
    )
    ctx.facts["paper_links"] = [loc.to_dict() for loc in found.paper_links[:MAX_EVIDENCE]]
    ctx.facts["download_scripts"] = found.download_scripts
    ctx.facts["empty_weight_files"] = found.empty_weights
    ctx.facts["code_links"] = [{"component": key, **loc.to_dict()} for key, loc in found.code_links]
    notes = ctx.facts.setdefault("notes", [])
    for note in found.notes + _prose_cut_notes(ctx):
        if note not in notes:
            notes.append(note)


def _prose_cut_notes(ctx: CheckContext) -> list[str]:
    """What the licence stage's prose scanners left unread in large documents (see `declarations`)."""
    from openwash.licenses.declarations import prose_cuts

    out: list[str] = []
    for doc in ctx.documents:
        if doc._lines is not None:  # never split a document just to ask
            out += prose_cuts(doc.lines)
    return out


def _only_finetuning(paths: list[str]) -> bool:
    for path in paths:
        p = _describe_doc_path(path)
        dirs = p.folder.dirs
        if not (p.tokens & _FINETUNE_TOKENS or dirs & _FINETUNE_DIRS):
            return False
    return True
