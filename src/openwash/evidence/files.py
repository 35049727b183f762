"""What each file of the tree is, from its path alone (the corpus stubs code bodies to one line).

Weights (not tokenizer assets, trainer or optimizer state, 0-byte files; intermediate
checkpoints apart), code by name and folder (training, fine-tuning, evaluation, data
preparation, inference, architecture, tools), model metadata, training configurations (small
YAML/JSON files read bounded), datasets and evaluation data, download scripts, sample outputs.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from openwash.lazyre import lazy_compile, regex
from openwash.model import Location

if TYPE_CHECKING:
    from collections.abc import Iterable

    from openwash.context import CheckContext
    from openwash.discover import FileEntry
    from openwash.documents import Document
    from openwash.evidence.findings import _Builder, _Findings

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

CODE_SUFFIXES = frozenset(
    {".py", ".sh", ".bash", ".ipynb", ".js", ".ts", ".cc", ".cpp", ".c", ".h", ".hpp", ".cu", ".rs", ".go", ".java",
     ".jl", ".lua", ".r", ".scala", ".slurm", ".sbatch", ".swift", ".kt", ".pyx", ".mojo"}
)
CONFIG_SUFFIXES = frozenset({".yaml", ".yml", ".json", ".toml", ".cfg", ".ini"})
DATA_SUFFIXES = frozenset({".jsonl", ".json", ".csv", ".tsv", ".parquet", ".arrow", ".txt", ".jsonl.gz", ".gz", ".zst"})
MEDIA_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".mp4", ".wav", ".mp3", ".flac", ".svg"})

VENDORED_DIRS = frozenset({
    "third_party", "third-party", "thirdparty", "third_parties", "third_part", "third_parts", "3rdparty", "3rd_party", "3rd-party",
    "vendor", "vendored", "extern", "externals", "site-packages",
})
# Well-known libraries whose package folder, copied below the top level (`MobileSAMv2/ultralytics/`,
# `MobileSAMv2/efficientvit/`), is someone else's code: its trainers train that library's models, not the release.
# (Not frameworks a release commonly forks to train with: Megatron, fairseq, DeepSpeed, LLaVA.)
COPIED_LIBRARIES = frozenset({
    "ultralytics", "efficientvit", "detectron2", "mmdet", "mmdet3d", "mmcv", "mmseg", "mmsegmentation", "mmpose",
    "mmaction", "mmocr", "mmengine", "timm", "open_clip", "diffusers", "transformers", "peft", "trl", "accelerate",
    "torchvision", "segment_anything", "groundingdino", "yolov5", "yolov8",
})
_TEST_DIRS = frozenset({"test", "tests", "testing", "test_fixtures", "testdata", "test_data", "fixtures", "unittests"})
_EXAMPLE_DIRS = frozenset({"examples", "example", "notebooks", "notebook", "colabs", "colab", "tutorials", "tutorial", "cookbook"})
_TEST_NAME = lazy_compile(r"^(test_.*|.*_test\.\w+|conftest\.py|.*pytest.*)$", re.I)
# Folders of plots, figures and analyses: code there describes results, it is not a component.
_ANALYSIS_DIRS = frozenset({"plots", "plotstables", "figures", "figure_notebooks", "analysis", "visualization", "visualisation", "paper_figures"})
_DATA_DIRS = frozenset({"data", "datasets", "dataset", "data_scripts", "data_tools"})

_TOKEN_SPLIT = lazy_compile(r"[_\-.\s]+")
_TRAIN_TOKENS = frozenset({"train", "training", "pretrain", "pretraining", "trainer", "finetune", "finetuning", "sft", "dpo", "ppo", "rlhf", "ptuning"})
_TRAINED_PREFIX = ("pretrained", "trained", "finetuned")
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
_SPLIT_TOKENS = frozenset({"split", "splits", "splitting", "splitter"})
_DATA_NOUNS = frozenset({"dataset", "datasets", "corpus", "corpora", "data"})
_BUILD_VERBS = frozenset({"build", "create", "make", "prepare", "preprocess", "construct", "generate", "gen"})
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

_SAMPLE_DIR = lazy_compile(r"(sample|output|generat|showcase|gallery)", re.I)


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
        vendored = bool(dirs & VENDORED_DIRS) or any(part in COPIED_LIBRARIES for part in parts[1:])
        cached = _Dir(parts, dirs, vendored, bool(dirs & _TEST_DIRS), bool(dirs & _EXAMPLE_DIRS))
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


def _describe_doc_path(path: str) -> _Path:
    from openwash.discover import FileEntry

    return _describe(FileEntry(path, 0))


# --- files ---------------------------------------------------------------------------


def _scan_files(ctx: CheckContext, paths: Iterable[_Path], found: _Findings, builder: _Builder) -> None:
    code_entry_points: list[_Path] = []
    launched = _launched_by_training_guides(ctx)  # script path → the guide or training section that runs it
    plain_scripts: list[_Path] = []  # launched scripts whose name and folder say nothing of their role (`bart/cli.py`)
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
            _classify_code(p, builder, code_entry_points, plain_scripts if entry.path in launched else None)
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
    taken: set[str] = set()
    if found.training_configs:
        # A generic entry point next to training configurations is the trainer (e.g. main.py + configs/).
        for p in code_entry_points:
            builder.add("training-code", "in-repo", p.entry.path)
            builder.training_paths.append(p.entry.path)
            builder.note("training-code", f"{p.entry.path} is taken as the trainer: the repository ships training configurations")
            taken.add(p.entry.path)
    candidates = {p.entry.path: p for p in code_entry_points + plain_scripts if p.entry.path in launched and p.entry.path not in taken}
    for path, p in candidates.items():
        guide = launched[path]
        if guide.startswith("the training guide") or not _NOT_TRAINER_STEM.match(p.stem):
            builder.add("training-code", "in-repo", path)
            builder.training_paths.append(path)
            builder.note("training-code", f"{path} is taken as the trainer: {guide} runs it")


# A training guide: `TRAINING.md`, `docs/train.md`, `pretrain.md`, `training_guide.md`
_TRAINING_GUIDE = lazy_compile(r"^(?:docs?/)?(?:pre-?|fine-?)?train(?:ing)?(?:[-_][\w-]*)?\.(?:md|rst)$", re.IGNORECASE)


# A section about training the model: "## Training", "## UnifiedQA training", "### Pre-training", "## 训练"; not one
# about its data, its evaluation, fine-tuning it further or setting up ("## Training data", "## Fine-tuning")
_TRAINING_HEADING = lazy_compile(r"\b(?:pre-?)?train(?:ing)?\b|训练|訓練", re.IGNORECASE)
_NOT_TRAINING_HEADING = lazy_compile(
    r"data|corpus|eval|test|infer|fine-?tun|finetun|adapt|install|setup|environment|requirement|download|prepar|result|"
    r"数据|評估|评估|测试|推理|微调|安装|环境|准备",
    re.IGNORECASE,
)
# What starts a script in a command line: the interpreter or a launcher before its path
_LAUNCHER = lazy_compile(r"(?:^|[\s;&|(])(?:python[\d.]*|torchrun|deepspeed|accelerate|srun|bash|sh)\s", re.IGNORECASE)
# An argument that says the command trains: `--do_train`, `--train_file`, `--mode train`, a `train` subcommand
_TRAIN_ARGUMENT = lazy_compile(r"(?:^|[\s=])(?:--?)?(?:do_)?(?:pre)?train(?:ing)?(?:[_-]\w+)?(?=[\s=]|$)", re.IGNORECASE | re.MULTILINE)
# Scripts that a training section may run but that train nothing themselves
_NOT_TRAINER_STEM = lazy_compile(
    r"^(?:convert|export|download|setup|install|merge|upload|push|quanti[sz]|app|server|serve|web|gradio|api|launch_ui|ui)", re.IGNORECASE
)


def _launched_by_training_guides(ctx: CheckContext) -> dict[str, str]:
    """The scripts a training guide or a training section runs, and where: ConvNeXt's TRAINING.md trains with main.py,
    UnifiedQA's `bart/README.md` runs `python cli.py --do_train` under "## UnifiedQA training". A whole guide counts any
    mention of a script; a section of another document counts a command in a fenced block that launches it (`python`,
    `torchrun`, `bash` … before its path) with a training argument, resolved from the document's folder or the root.
    Scripts that say nothing of their role by name (`main.py`, `bart/cli.py`) are then taken as the trainer."""
    # each word of a guide's lines, as a command names a script (`main.py`, `./main.py`, `"main.py"`), and the first
    # guide that holds it
    guide_of: dict[str, str] = {}
    for doc in ctx.documents:
        if _TRAINING_GUIDE.match(doc.path):
            for line in doc.lines:
                if ".py" in line or ".sh" in line:
                    for word in line.split():
                        guide_of.setdefault(word.strip("`'\"").removeprefix("./"), f"the training guide {doc.path}")
        elif doc.is_markdown:
            _training_section_commands(doc, guide_of)
    return guide_of


def _training_section_commands(doc: Document, guide_of: dict[str, str]) -> None:
    """The scripts that fenced commands in a document's training sections launch, by root-relative path."""
    headings = doc.structure.headings
    folder = doc.path.rsplit("/", 1)[0] + "/" if "/" in doc.path else ""
    for index, heading in enumerate(headings):
        if not _TRAINING_HEADING.search(heading.text) or _NOT_TRAINING_HEADING.search(heading.text):
            continue
        end = next((h.line for h in headings[index + 1 :] if h.level <= heading.level), len(doc.lines) + 1)
        for number in range(heading.end_line + 1, end):
            line = doc.line_text(number)
            if (".py" not in line and ".sh" not in line) or not doc.structure.in_code(number) or not _LAUNCHER.search(line):
                continue
            command, following = line, number
            while command.rstrip().endswith("\\") and following < end - 1 and following - number < 40:
                following += 1
                command += "\n" + doc.line_text(following)  # the command's continuation lines hold its arguments
            for word in line.split():
                word = word.strip("`'\"").removeprefix("./")
                if not word.endswith((".py", ".sh")) or word.startswith(("/", "-")) or ".." in word:
                    continue
                if _TRAIN_ARGUMENT.search(command.replace(word, " ")):
                    where = f"the training section of {doc.path}:{heading.line}"
                    guide_of.setdefault(os.path.normpath(folder + word) if folder else word, where)
                    guide_of.setdefault(word, where)


# Folders of pictures: a `.pt` there (images/prov_normal_000_1.pt beside prov_normal_000_1.png) is a saved sample
# tensor, not model parameters.
_IMAGE_DIRS = frozenset({"images", "image", "imgs", "img", "pics", "pictures", "figures", "figs", "fig", "screenshots"})


def _is_weight(p: _Path) -> bool:
    if p.suffix in _PICKLED:
        # a pickled estimator (scikit-learn, XGBoost) is a model's parameters when named or filed as a model
        # (`models/model-0.4.0.pkl`); other pickles are data. Only the name is read: nothing is unpickled.
        return bool(_PICKLED_MODEL_NAME.search(p.stem)) or bool(p.parts and p.parts[-1] in _MODEL_DIRS)
    if p.suffix not in WEIGHT_SUFFIXES or _TRAINER_STATE.match(p.name):
        return False
    if _ASSET_NAME.search(p.name) or (p.parts and p.parts[-1] in _IMAGE_DIRS):
        return False
    if p.suffix == ".bin":
        return bool(_BIN_WEIGHT_NAME.search(p.stem)) or p.entry.lfs is not None or p.entry.lfs_tracked or p.entry.size > 1024 * 1024
    return True


# Names that say a script is run, not what it does: inference by default, training when a training section runs it
_GENERIC_RUN_STEMS = frozenset({"run", "cli", "main", "runner", "launch", "__main__"})
_PICKLED = frozenset({".pkl", ".pickle", ".joblib"})
_PICKLED_MODEL_NAME = lazy_compile(r"(?:^|[_.-])(?:model|models|estimator|regressor|classifier|clf|xgb|lgbm|forecaster)(?:[_.-]|\d|$)", re.I)
_MODEL_DIRS = frozenset({"models", "model", "checkpoints", "weights", "trained_models", "saved_models"})
_FINETUNE_DIRS = frozenset({"ptuning", "p-tuning", "lora", "sft", "finetune", "finetuning", "fine_tune", "rlhf"})


@functools.lru_cache(maxsize=1024)  # common names (train.py, utils.py) repeat; most names do not
def _name_roles(stem: str, suffix: str) -> tuple[bool, bool, bool, bool, bool, bool]:
    """(train, finetune, eval, prep, infer, arch) from a file name alone; names repeat, so cached."""
    tokens = {t for t in _TOKEN_SPLIT.split(stem) if t}
    # "split_train_valid.py", "train_test_split.py": what divides the data into splits prepares it, trains nothing;
    # so does what builds a data set for training ("build_pretraining_dataset.py", "build_pretrain_corpus.py")
    prepares_data = bool(tokens & _SPLIT_TOKENS) or bool(tokens & _DATA_NOUNS and tokens & _BUILD_VERBS)
    return (
        # "pretrained_clip.py", "trained_models.py": what was trained (loaded), not training
        not prepares_data
        and (bool(tokens & _TRAIN_TOKENS) or (stem.startswith(_TRAIN_PREFIX) and not stem.startswith(_TRAINED_PREFIX)) or suffix in (".slurm", ".sbatch")),
        bool(tokens & _FINETUNE_TOKENS),
        bool(tokens & _EVAL_TOKENS) or stem.startswith(("eval", "benchmark")),
        stem.startswith(_PREP_PREFIX) or prepares_data,
        bool(tokens & _INFER_TOKENS) or stem.startswith(("generate", "inference", "demo", "predict", "example", "sample")),
        stem in _ARCH_STEMS or stem.startswith(_ARCH_PREFIX),
    )


@functools.lru_cache(maxsize=65536)
def _eval_dirs(dirs: frozenset[str]) -> bool:
    """An evaluation folder: `eval/`, `benchmarks/`, or one whose name holds such a word (`ner_evaluation/`, `lm-eval-harness/`).
    A folder named for training and evaluation together (`train_and_evaluate/`, `train-eval/`) is neither: each file's
    name says which it is (`train.py` beside `evaluate_bird.py`)."""
    return bool(dirs & _EVAL_DIRS) or any(
        (tokens := set(_TOKEN_SPLIT.split(d))) & _EVAL_TOKENS and not tokens & _TRAIN_TOKENS for d in dirs
    )


@functools.lru_cache(maxsize=65536)
def _dir_roles(dirs: frozenset[str]) -> tuple[bool, bool, bool, bool, bool, bool, bool, bool]:
    """(analysis, train, finetune, eval, prep, infer, arch, data-only) from the folders; cached per folder."""
    return (
        bool(dirs & _ANALYSIS_DIRS),
        bool(dirs & _TRAIN_DIRS),
        bool(dirs & _FINETUNE_DIRS),
        _eval_dirs(dirs),
        bool(dirs & _PREP_DIRS),
        bool(dirs & _INFER_DIRS),
        bool(dirs & _ARCH_DIRS),
        bool(dirs & _DATA_DIRS) and not dirs & _TRAIN_OR_INFER_DIRS,
    )


def _classify_code(p: _Path, builder: _Builder, entry_points: list[_Path], plain: list[_Path] | None) -> None:
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
    # a script named for preparing data prepares it, in a training folder too (`pretrain/build_pretraining_dataset.py`)
    is_train = train_name or (train_dir and not prep_name)
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
    if plain is not None and p.suffix in (".py", ".sh") and not (is_train or is_eval or is_prep or is_arch or data_only or infer_dir):
        if not infer_name or p.stem in _GENERIC_RUN_STEMS:
            plain.append(p)  # `cli.py`, `run.sh`: a training section may launch it
    if not p.parts and p.name in ("main.py", "run.py", "launch.py", "__main__.py"):
        entry_points.append(p)
    elif p.suffix in (".sh", ".py") and p.stem.startswith("launch") and not (p.folder.dirs & (_EVAL_DIRS | _INFER_DIRS)):
        entry_points.append(p)  # `launchers/launch_7b.sh` beside `configs/…yaml`: what starts the training run
    elif p.suffix == ".py" and p.stem == "recipe" and p.folder.dirs & {"recipes", "recipe"} and not (p.folder.dirs & (_EVAL_DIRS | _INFER_DIRS)):
        entry_points.append(p)  # `recipes/wav2vec2/asr/recipe.py` beside its `configs/`: a training recipe (fairseq2, ESPnet style)


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
    return p.stem.startswith("download") and bool(regex(r"(model|weight|ckpt|checkpoint|stage|params)").search(p.stem))


def _is_eval_data(p: _Path) -> bool:
    if p.suffix not in DATA_SUFFIXES or p.test or p.name in _MODEL_METADATA_NAMES:
        return False
    dirs = p.folder.dirs
    return _eval_dirs(dirs) and bool(dirs & {"data", "datasets", "dataset", "eval_data", "testsets", "test_sets"})


def _is_dataset_file(p: _Path) -> bool:
    if p.suffix not in DATA_SUFFIXES or p.test or p.example:
        return False
    dirs = p.folder.dirs
    if not dirs & {"data", "dataset", "datasets", "corpus", "corpora"} or _eval_dirs(dirs):
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


def _read_bounded(ctx: CheckContext, relpath: str, limit: int) -> str | None:
    from openwash import textio  # a regular file of the tree only: no link, FIFO or device

    try:
        data, _size = textio.read_repository_file(os.path.join(ctx.root, relpath), limit)
    except (OSError, textio.NotText):
        return None
    if b"\x00" in data[:4096]:
        return None
    return data.decode("utf-8", "replace")


def _only_finetuning(paths: list[str]) -> bool:
    """Every training file is fine-tuning code, or a helper module beside it (`train/train_utils.py` trains nothing)."""
    finetuning = False
    for path in paths:
        p = _describe_doc_path(path)
        if p.tokens & _FINETUNE_TOKENS or p.folder.dirs & _FINETUNE_DIRS or _finetuning_folder(p.folder.dirs):
            finetuning = True
        elif not _HELPER_MODULE.search(p.stem):
            return False
    return finetuning


@functools.lru_cache(maxsize=4096)
def _finetuning_folder(dirs: frozenset[str]) -> bool:
    """A folder whose name says fine-tuning among other words: `finetune_csv/`, `lora_training/`. Not an algorithm's
    folder inside a training framework (`verl/trainer/ppo/`): the framework trains whatever it is given."""
    return any(set(_TOKEN_SPLIT.split(d)) & _FINETUNE_FOLDER_WORDS for d in dirs)


_FINETUNE_FOLDER_WORDS = frozenset({"finetune", "finetuning", "lora", "qlora", "ptuning"})


_HELPER_MODULE = lazy_compile(r"(?:^|[_-])(?:utils?|helpers?|common|misc)$|^__init__$", re.IGNORECASE)


# A run configuration that names the trainer it launches: `entrypoint: flagscale/train/train_gpt.py` (FlagScale,
# Megatron launchers), `trainer_script:`, `training_script:`. When that script is not in the tree, the configuration
# declares that the training code lives elsewhere (DOMAIN §8: a component "that no configuration declares as living
# elsewhere" is missing; this one is declared).
_TRAINER_ENTRYPOINT = lazy_compile(
    r"^\s*(?:entrypoint|entry_point|train(?:er|ing)?_script|train_file)\s*:\s*[\"']?(?P<script>[\w./-]*train[\w./-]*\.py)[\"']?\s*(?:#.*)?$",
    re.I | re.M,
)
MAX_CONFIGS_READ = 64  # YAML files read for a trainer entrypoint
MAX_CONFIG_BYTES = 64 * 1024


def training_configs_elsewhere(ctx: CheckContext) -> list[Location]:
    """Run configurations (YAML) whose trainer entrypoint is a training script not in the tree."""
    out: list[Location] = []
    configs = [e for e in ctx.inventory.files if e.path.lower().endswith((".yaml", ".yml")) and e.lfs is None and not e.is_symlink]
    configs.sort(key=lambda e: ("train" not in e.path.lower(), e.path))  # training-named configs first
    for entry in configs[:MAX_CONFIGS_READ]:
        if len(out) >= 3:
            break
        text = _read_bounded(ctx, entry.path, MAX_CONFIG_BYTES)
        if text is None or "train" not in text:
            continue
        match = _TRAINER_ENTRYPOINT.search(text)
        if match is None:
            continue
        script = match.group("script").lstrip("./")
        if ctx.inventory.get(script) is not None or any(f.path.endswith("/" + script) for f in ctx.inventory.files):
            continue  # the trainer is in the tree: the file scan has counted it
        out.append(Location(entry.path, text.count("\n", 0, match.start()) + 1))
    return out
