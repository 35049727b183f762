"""Documents openwash reads: model cards, licence files, READMEs, citation and package metadata.

A `Document` is decoded text plus where it came from; model cards also carry their
parsed front matter. Reading never raises: unreadable files become `ToolError`s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from openwash import frontmatter, rendered, textio
from openwash.lazyre import lazy_compile, regex
from openwash.licenses.files import licence_file_name
from openwash.model import ToolError

# Document kinds
CARD = "card"  # model card: README/MODEL_CARD with or without front matter
README = "readme"  # other README-like Markdown (docs, sub-folder READMEs)
LICENSE = "license"  # licence text (LICENSE*, COPYING*, MODEL_LICENSE*, LICENSES/*)
USE_POLICY = "use-policy"  # acceptable-use policy
NOTICE = "notice"
CITATION = "citation"  # CITATION.cff
PACKAGE = "package"  # pyproject.toml / setup.cfg / setup.py metadata
DATA_CARD = "data-card"  # dataset cards / datasheets
ADAPTER_CONFIG = "adapter-config"  # adapter_config.json, mergekit yaml, training recipes (lineage)

_LICENSE_NAME = lazy_compile(
    r"^(?:(?:model|code|data|weights?)[_-])?(?:licen[cs]e|copying|unlicen[cs]e)(?:[._-].*)?$|"
    r"^.*[_-]licen[cs]e(?:\.(?:md|txt|rst))?$",
    re.IGNORECASE,
)
_USE_POLICY_NAME = lazy_compile(r"^(?:use[_-]?policy|acceptable[_-]use[_-]policy|aup|responsible[_-]use[_-]guide)(?:\..*)?$", re.I)
_NOTICE_NAME = lazy_compile(r"^notice(?:\.(?:md|txt))?$", re.IGNORECASE)
_CARD_NAME = lazy_compile(r"^model[_-]?card(?:[_-][\w.-]*)?\.md$", re.IGNORECASE)
_DATA_CARD_NAME = lazy_compile(r"^(?:data(?:set)?[_-]?card|datasheet)(?:[_-][\w.-]*)?\.md$", re.IGNORECASE)
_README_NAME = lazy_compile(r"^readme(?:[_.-][\w-]+)?\.(?:md|markdown|rst|txt)$|^readme$", re.IGNORECASE)
_MARKDOWN = lazy_compile(r"\.(?:md|markdown)$", re.IGNORECASE)
# Community health files speak for the project's process, not for the release: "contact the
# open source team" in SECURITY.md is not a claim about the model.
_COMMUNITY_NAME = lazy_compile(
    r"^(?:code[_-]of[_-]conduct|contributing|contributors|security|support|governance|maintainers|codeowners|"
    r"pull[_-]request[_-]template|issue[_-]template|funding|authors|"
    # "Third-Party Open Source Components Notice": the licences of what the release bundles, not the release speaking
    r"third[_-]?party[_-]?(?:licen[cs]es?|notices?|components?|software)|thirdpartynotices|"
    # "# Open Source License Attribution: Cosmos uses Open Source components": the same, under another name
    r"attributions?|(?:open[_-]?source[_-]?)?licen[cs]e[_-]attributions?)(?:[._-][\w.-]*)?$",
    re.IGNORECASE,
)
_KEY_VALUE_LINE = lazy_compile(r"^\s*(?:-\s+)?[A-Za-z_][\w-]*\s*:(?:\s|$)|^\s+-\s+\S")


# A training recipe (TRL / open-r1 `recipes/grpo.yaml`, LLaMA-Factory `train_lora/llama3_lora_sft.yaml`, axolotl
# `configs/qlora.yml`): a YAML file named for a training method, or any YAML file in a recipes folder. Its
# `model_name_or_path:` / `base_model:` is where training started (see `lineage.signals._recipe_refs`).
_RECIPE_STEM = lazy_compile(
    r"(?:^|[_.-])(?:grpo|sft|dpo|ppo|orpo|kto|simpo|rlhf|lora|qlora|train|training|finetune|finetuning|fine[_-]tune|pretrain|"
    r"pretraining)(?:$|[_.-])",
    re.IGNORECASE,
)


def training_recipe_name(relpath: str) -> bool:
    p = PurePosixPath(relpath)
    if p.suffix.lower() not in (".yaml", ".yml") or p.name.lower().startswith("mergekit_config."):
        return False
    folders = {part.lower() for part in p.parts[:-1]}
    return bool(folders & {"recipes", "recipe"}) or bool(_RECIPE_STEM.search(p.stem))


def classify_name(relpath: str) -> str | None:
    """Document kind for a repository path, or None when openwash does not read it."""
    p = PurePosixPath(relpath)
    name = p.name
    parts_lower = [part.lower() for part in p.parts[:-1]]
    if _COMMUNITY_NAME.match(name) or ".github" in parts_lower:
        return None
    if parts_lower and parts_lower[-1] in ("licenses", "licences") and not name.lower().startswith("readme"):
        return LICENSE
    if parts_lower and parts_lower[-1] == "legal" and not name.lower().startswith("readme"):
        return USE_POLICY  # `legal/`: terms, policies and their translations; counted only when a licence is recognised
    if name.lower() in ("citation.cff",):
        return CITATION
    if name.lower() in ("pyproject.toml", "setup.cfg"):
        return PACKAGE
    if name.lower() in ("adapter_config.json", "mergekit_config.yml", "mergekit_config.yaml") or training_recipe_name(relpath):
        return ADAPTER_CONFIG
    if _USE_POLICY_NAME.match(name):
        return USE_POLICY
    if _NOTICE_NAME.match(name):
        return NOTICE
    if _LICENSE_NAME.match(name) and not _is_code_or_data(name):
        return LICENSE
    if licence_file_name(name) and not _is_code_or_data(name):  # "Tongyi Qianwen LICENSE AGREEMENT", "模型许可协议.md"
        return LICENSE
    if _CARD_NAME.match(name):
        return CARD
    if _DATA_CARD_NAME.match(name):
        return DATA_CARD
    if _README_NAME.match(name):
        return CARD if len(p.parts) == 1 else README
    if _MARKDOWN.search(name):
        return README
    return None


# Keys only a Hugging Face *dataset* card's metadata has (huggingface/hub-docs `datasetcard.md`).
_DATASET_CARD_KEYS = ("task_categories", "size_categories", "dataset_info", "task_ids", "source_datasets", "annotations_creators")
_MODEL_CARD_ONLY_KEYS = ("base_model", "model-index", "library_name")


def _is_dataset_card(doc: Document) -> bool:
    """A README below the root whose front matter is a dataset card's (`data/chinese-cosmopedia/README.md` copied from
    the Hub with `task_categories:`/`size_categories:`): it describes that dataset, and its licence is the data's."""
    fm = doc.front_matter
    if fm is None or not isinstance(fm.data, dict):
        return False
    return any(key in fm.data for key in _DATASET_CARD_KEYS) and not any(key in fm.data for key in _MODEL_CARD_ONLY_KEYS)


_URL_SCHEME = lazy_compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def resolve_link(doc_path: str, link: str) -> str | None:
    """Repository path a relative Markdown link in `doc_path` points at, as GitHub renders it.

    `/x` is relative to the repository root, anything else to the document's folder; the
    path is percent-decoded as a browser does (`Tongyi%20Qianwen%20LICENSE`).
    None for URLs, bare anchors, and links that climb out of the repository.
    """
    target = link.strip().split("#", 1)[0].split("?", 1)[0]
    if "%" in target:
        from urllib.parse import unquote

        target = unquote(target)
    if not target or _URL_SCHEME.match(target):
        return None
    if target.startswith("/"):
        parts = PurePosixPath(target.lstrip("/")).parts
    else:
        parts = PurePosixPath(doc_path).parent.joinpath(target).parts
    stack: list[str] = []
    for part in parts:
        if part in ("", "."):
            continue
        if part == "..":
            if not stack:
                return None
            stack.pop()
        else:
            stack.append(part)
    return "/".join(stack) if stack else None


def _is_code_or_data(name: str) -> bool:
    # "license_check.py", "licenses.json" style files are code/data, not licence texts; neither are
    # a badge image ("license.svg") or a template for source-file headers ("LICENSE_HEADER", "licenserc").
    lower = name.lower()
    if lower.endswith((".py", ".json", ".js", ".ts", ".sh", ".yaml", ".yml", ".toml", ".csv", ".html")):
        return True
    if lower.endswith((".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".bmp", ".tmpl", ".template", ".j2", ".jinja")):
        return True
    return bool(regex(r"header|template|licenserc|\.licen[cs]e-?rc", re.IGNORECASE).search(lower))


@dataclass
class Document:
    path: str  # POSIX, relative to the root
    kind: str
    text: str  # whole decoded text ("\n" endings)
    encoding: str = "utf-8"
    truncated: bool = False
    size: int = 0
    front_matter: frontmatter.FrontMatter | None = None
    front_matter_error: frontmatter.FrontMatterError | None = None
    body_start_line: int = 1  # first line after the front matter
    # Prose documents hold the text as rendered (see `rendered.normalise`); for each line that
    # changed, the file column of each character, so findings point at the file.
    column_maps: dict[int, list[int]] = field(default_factory=dict, repr=False)
    _lines: list[str] | None = field(default=None, repr=False)
    _structure: rendered.Structure | None = field(default=None, repr=False)

    @property
    def lines(self) -> list[str]:
        if self._lines is None:
            self._lines = self.text.split("\n")
        return self._lines

    def in_one_key_value_block(self, first: int, second: int) -> bool:
        """Lines `first` and `second` lie in one run of `key: value` lines: a metadata block pasted into
        prose (Hub front matter that no longer starts the file), so what it says describes one model."""
        low, high = sorted((first, second))
        lines = self.lines
        if low < 1 or high > len(lines) or high - low > 40:
            return False
        return all(_KEY_VALUE_LINE.match(lines[n - 1]) for n in range(low, high + 1))

    def original_column(self, line: int, column: int) -> int:
        """The file's 1-based column of the rendered text's 1-based `column` on `line`."""
        mapping = self.column_maps.get(line)
        if not mapping:
            return column
        index = min(max(column - 1, 0), len(mapping) - 1)
        return mapping[index] + 1 if mapping else column

    @property
    def structure(self) -> rendered.Structure:
        """Fenced blocks, comments, headings, tables and sections, computed once (Markdown only)."""
        if self._structure is None:
            self._structure = rendered.build(self.text, self.body_start_line) if self.is_markdown else rendered.Structure()
        return self._structure

    def line_text(self, line: int) -> str:
        lines = self.lines
        return lines[line - 1] if 1 <= line <= len(lines) else ""

    def body_lines(self) -> list[tuple[int, str, bool]]:
        """(line number, text, inside a fenced code block) for each line after the front matter."""
        fences = set(self.fence_lines())
        out = []
        in_code = False
        for number, text in enumerate(self.lines, 1):
            if number < self.body_start_line:
                continue
            if number in fences:
                in_code = not in_code
                continue
            out.append((number, text, in_code))
        return out

    def fence_lines(self) -> list[int]:
        """Numbers of the body's code-fence lines (the lines `body_lines` leaves out), ascending.

        Found without a step per line (a 2 MiB card can hold 500,000 lines): a body line that is
        not a fence is inside code when an odd number of these precede it (`in_code`).
        """
        from openwash.licenses.declarations.text import FENCE_MARKERS, lines_starting, paired_fences

        start = max(1, self.body_start_line)
        offset = sum(len(line) + 1 for line in self.lines[: start - 1])
        return paired_fences(self.lines, (number for number, _ in lines_starting(self.text[offset:], FENCE_MARKERS, start)))

    @staticmethod
    def in_code(fences: list[int], number: int) -> bool:
        """Whether body line `number` (not itself a fence) lies inside a fenced code block."""
        from bisect import bisect_left

        return bisect_left(fences, number) % 2 == 1

    @property
    def is_markdown(self) -> bool:
        return bool(_MARKDOWN.search(self.path)) or self.kind in (CARD, README, DATA_CARD)

    @property
    def meta(self) -> dict[str, object]:
        return self.front_matter.data if self.front_matter is not None else {}


def load(root: Path, relpath: str, kind: str, limit: int = textio.DEFAULT_LIMIT) -> Document | ToolError:
    """Read one document; front matter is parsed for Markdown files."""
    full = root / relpath
    try:
        tf = textio.read_text(full, limit, inside=root)  # never read through a link out of the repository
    except textio.NotText as exc:
        return ToolError(relpath, None, f"not a text file ({exc}); skipped")
    except IsADirectoryError:
        return ToolError(relpath, None, "is a directory, expected a file; skipped")
    except PermissionError:
        return ToolError(relpath, None, "permission denied; skipped")
    except OSError as exc:
        return ToolError(relpath, None, f"cannot read ({exc.strerror or exc}); skipped")
    doc = Document(relpath, kind, tf.text, tf.encoding, tf.truncated, tf.size)
    if doc.is_markdown:
        result = frontmatter.split(tf.text, truncated=tf.truncated)
        doc.front_matter = result.front_matter
        doc.front_matter_error = result.error
        doc.body_start_line = result.body_start_line
        if kind == README and _is_dataset_card(doc):
            doc.kind = kind = DATA_CARD
        if kind in (CARD, README, DATA_CARD):
            # Match what GitHub renders: zero-width characters, entities and look-alikes normalised.
            doc.text, doc.column_maps = rendered.normalise_text(doc.text, doc.body_start_line)
    return doc
