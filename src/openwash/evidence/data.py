"""Whether the documents describe the training data: a data section with real words (not the
template placeholder), and the prose and withheld-data phrases the line scan looks for."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from openwash.evidence.lines import _heading, _heading_level, _section_heads
from openwash.lazyre import lazy_compile
from openwash.model import Location

if TYPE_CHECKING:
    from openwash.documents import Document
    from openwash.evidence.findings import _Findings

_DATA_HEADING = lazy_compile(r"(training\s+data|pre-?training\s+data|training\s+dataset|datasets?\b|\bdata\b|data\s+card|datasheet|训练数据|预训练数据|数据集|数据)", re.I)
# "Data Preparation", "Prepare your dataset", "数据准备", "Data Augmentation", "Tutorial", "教程": how a user
# prepares their own data (or how the code handles data), not what the release was trained on; so is an
# instruction that opens with the verb, "Finetune on LeRobot Datasets", "Train with your own data".
# A section of settings ("## 3. Dataset and Experiment Settings": `--dataset_path`, `--exp_name`; "## 1. Data
# Configuration": `delta_info`) says how to point the trainer at data, not what the release was trained on.
# A disclaimer ("### 声明", "Disclaimer", "免责声明") speaks of data only to decline responsibility for it ("我们已经尽我们所能，来
#确保模型训练过程中使用的数据的合规性"): no description of the training data either.
_DATA_HOWTO_HEADING = lazy_compile(r"\bsettings\b|\bconfiguration\b|\barguments\b|\bflags\b|参数设置|\bdisclaimers?\b|^\W*(?:免责)?声明\W*$|免责|免責|^\W*(?:fine-?\s?tune|train)\s+(?:\S+\s+){0,2}?(?:on|with|using)\b|prepar|\baugment|\bload(?:er|ing)\b|\bparallel|\bcollat|\bformat|\bcustom|\byour\b|\bhow\s+to\b|\btutorials?\b|\bgetting\s+started\b|\bquick\s*start\b|准备|準備|格式|自定义|自定義|教程|快速上手|快速开始", re.I)
_DATA_PROSE = lazy_compile(
    # (the words between may be a linked name: "trained on [OPUS](http://opus.nlpl.eu/) data")
    r"((?:pre-?)?trained\s+on\s+(?:[\w,.~+/:\[\]()-]+\s+){0,8}?(?:tokens|hours|images|samples|examples|documents|words|pairs|corpus|corpora|data|dataset|text)|"
    r"training\s+(?:data|corpus|dataset)\s+(?:consists|comprises|includes|contains|was|is|are|were)|"
    r"data\s+mix|(?:mixture|collection)\s+of\s+(?:publicly\s+available|public|web)|"
    # "To download the pretraining dataset from the [Open X-Embodiment Dataset](…)": where the training data is
    r"(?:download|get|obtain|fetch)\s+(?:the|our)\s+(?:pre-?)?training\s+(?:data(?:set)?s?|corpus|corpora)\b|"
    # "Scripts in the `datasets` folder allow one to download and process a selection of the datasets used to train the
    # original model": the data the release was trained on, and how to get it
    r"(?:download|get|obtain|fetch)\b[^.;]{0,80}?\b(?:data(?:set)?s?|corpus|corpora)\s+(?:that\s+(?:was|were)\s+)?used\s+(?:to|for)\s+(?:pre-?)?train(?:ing)?\s+(?:the|our|this)\b|"
    r"(?:预)?训练.{0,30}(?:数据|语料|标识符|token)|(?:标识符|语料|token).{0,20}训练|(?:数据|语料).{0,10}(?:来源|构成|组成))",
    re.I,
)
# What the data is, not only how much of it: a source kind, a name (a capitalised or linked name, a Hub id) or a
# language-independent marker of provenance. "trained on 2 trillion tokens" / "~2亿图文对" say how much, not what.
_DATA_SOURCE = lazy_compile(
    r"(\b(?:web|webpages?|websites?|internet|crawl\w*|wikipedia|wiki|books?|code|github|stack\s*exchange|arxiv|papers?|"
    r"articles?|news|forums?|reddit|conversations?|dialogues?|dialogs?|subtitles?|transcri\w+|audiobooks?|podcasts?|"
    r"encyclopedi\w*|textbooks?|licensed|synthetic|distilled|generated|public(?:ly)?|open(?:-|\s)?(?:source|access)|"
    r"annotated|labell?ed|collected|scraped|curated|filtered|deduplicated|from|including|such\s+as|sourced|download)\b|"
    r"\[[^\]]+\]\(|\b[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9-]*\b|"
    r"网页|网络|互联网|维基|百科|书籍|图书|代码|论文|新闻|公开|开源|对话|社区|问答|来源|包括|包含|例如|比如|诸如|爬取|收集|标注|合成|清洗|过滤)"
)

# "Model weights, [code](…), and training data (see code repo) released", "we release the training data at [link]":
# the line says the training data is published and links where (a pointer, not a description)
_DATA_RELEASED = lazy_compile(
    r"\btraining\s+data(?:sets?)?\b[^.;]{0,40}?\b(?:released|published|open-?sourced|available)\b|"
    r"\b(?:release|releases|released|publish|published|open-?source|open-?sourced)\b[^.;]{0,60}?\btraining\s+data(?:sets?)?\b",
    re.I,
)

_DATA_WITHHELD = lazy_compile(
    r"(not\s+(?:be\s+)?(?:publicly\s+)?released|never\s+released|proprietary\s+(?:data|dataset|corpus)|internal\s+(?:data|dataset)|"
    r"closed,?\s+never\s+released|not\s+(?:publicly\s+)?available|will\s+not\s+(?:be\s+)?(?:release|share|publish|provide)|未公开|不公开|暂不开源|不开源)",
    re.I,
)

_DATA_WORD = lazy_compile(r"data|corpus|dataset|数据|语料", re.I)

_PLACEHOLDER = lazy_compile(r"\[more information needed\]|\[needs more information\]|^\s*\[?todo\]?\s*$|^\s*tbd\s*$", re.I)

_WORD = lazy_compile(r"\w+")
# Compiling a CJK range costs ~2 ms: it is compiled only for text that is not ASCII.
_CJK_CHAR = lazy_compile(r"[\u4e00-\u9fff]")


def _under_howto(lines: list[str], heads: list[tuple[int, str]], start: int) -> bool:
    """An enclosing heading is a how-to ("# Custom Dataset Preparation for Training" › "## Image Dataset"): the
    section tells users how to shape their own data."""
    level = _heading_level(lines[start - 1])
    for other, heading in reversed([h for h in heads if h[0] < start]):
        other_level = _heading_level(lines[other - 1])
        if 0 < other_level < level:
            if heading and _DATA_HOWTO_HEADING.search(heading):
                return True
            level = other_level
    return False


def _data_sections(doc: Document, sections: list[tuple[int, str]], found: _Findings) -> None:
    """A data heading followed by real words (not the template placeholder) describes data."""
    from openwash.licenses.declarations import MAX_LINE_CHARS

    lines = doc.lines
    heads = _section_heads(sections)
    starts = [
        start
        for start, heading in heads
        if heading and _DATA_HEADING.search(heading) and not _DATA_HOWTO_HEADING.search(heading) and not _under_howto(lines, heads, start)
    ]
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


# --- well-known public datasets named where the text speaks of training ---------------------------------
#
# "HOW TO TRAIN RWKV-7 on Pile (332G tokens)", "trained on FineWeb-Edu and The Stack v2": a public dataset
# named as what the model was trained on lists that data and where to get it (OSAID's data information
# for public data). The datasets and their terms are in `data/datasets.json`; their terms do not bind the
# weights (issue: training-data terms are reported separately).

_TRAINING_CONTEXT = lazy_compile(r"\btrain|\bpre-?train|\bfine-?tun|\bdata\s*mix|\bcorpus\b|\btokens\b|训练|訓練|预训练|語料|语料", re.I)
MAX_DATASET_LINES = 2_000


class KnownDataset:
    __slots__ = ("key", "name", "family", "terms", "terms_spdx", "source", "checked", "patterns", "hub", "commercial_use")

    def __init__(self, item: dict[str, object]) -> None:
        self.key = str(item["key"])
        self.name = str(item["name"])
        self.family = str(item["family"])
        self.terms = str(item["terms"])
        spdx = item.get("terms_spdx")
        self.terms_spdx = spdx if isinstance(spdx, str) else None  # an SPDX id when the terms are one licence
        self.source = str(item["source"])
        self.checked = str(item.get("checked", ""))
        self.patterns = tuple(lazy_compile(str(p), re.I) for p in item["match"])  # type: ignore[attr-defined]
        self.hub = frozenset(str(h).lower() for h in item.get("hub", ()))  # type: ignore[attr-defined]
        commercial = item.get("commercial_use")
        # False: the data's own terms forbid commercial use; True: they allow it; None: mixed or unclear
        self.commercial_use = commercial if isinstance(commercial, bool) else None


def resolve_dataset(name: str) -> KnownDataset | None:
    """The known dataset a card's `datasets:` entry names (a Hub id, or a name such as 'The Stack v2')."""
    low = name.strip().lower()
    if not low:
        return None
    for dataset in known_datasets():
        if low in dataset.hub:
            return dataset
    spaced = low.replace("_", " ").replace("-", " ")
    tail = low.rsplit("/", 1)[-1]
    for dataset in known_datasets():
        if any(p.search(text) for p in dataset.patterns for text in (low, tail, spaced)):
            return dataset
    return None


def known_datasets() -> tuple[KnownDataset, ...]:
    global _DATASETS
    if _DATASETS is None:
        from openwash import datafiles

        raw = datafiles.load("datasets.json")
        _DATASETS = tuple(KnownDataset(item) for item in raw["datasets"])
    return _DATASETS


_DATASETS: tuple[KnownDataset, ...] | None = None
# A line names no known dataset unless it holds one of these (lower case).
_DATASET_WORDS = (
    "pile", "pajama", "c4", "dolma", "fineweb", "refinedweb", "stack", "starcoderdata", "laion", "datacomp", "coyo",
    "openwebtext", "wiki", "crawl", "oscar", "roots", "wudao", "悟道", "skypile", "bookcorpus", "libri", "voice",
    "gigaspeech", "emilia", "imagenet", "coco", "cc3m", "cc12m", "conceptual", "alpaca", "sharegpt", "oasst",
    "openassistant", "dolly", "ultrachat", "openhermes", "metamath", "flan", "oig", "维基", "belle", "orca", "lmsys",
    "gpt-4-llm", "gpt4-llm",
)


_CODE_OR_URL = lazy_compile(r"`[^`\n]*`|\bhttps?://\S+|\]\([^)\s]*\)")


def named_datasets(doc: Document, sections: list[tuple[int, str]], found: _Findings) -> None:
    """Known public datasets named on a line (or under a heading) that speaks of training."""
    from openwash.licenses.declarations import MAX_LINE_CHARS, fold_case, keyword_lines, keyword_pattern

    first = max(1, doc.body_start_line)
    lines = doc.lines
    body = "\n".join(lines[first - 1 :]) if first <= len(lines) else ""
    numbers = keyword_lines(fold_case(body), keyword_pattern(_DATASET_WORDS), first)
    seen: set[str] = set()
    heads: list[tuple[int, str]] | None = None
    for count, number in enumerate(numbers):
        if count >= MAX_DATASET_LINES:
            break
        line = lines[number - 1][:MAX_LINE_CHARS]
        start, heading = sections[number - 1][0], sections[number - 1][1] or ""
        if not (_TRAINING_CONTEXT.search(line) or _TRAINING_CONTEXT.search(heading)):
            continue
        # "## Data Preparation › ### Autoencoder Training Data: Any large-scale image dataset works (e.g.,
        # ImageNet-1K)": a how-to section names the data a user may bring, not what the release was trained on
        # (a heading that names the dataset itself, "## How to train Acme on Pile", still does)
        if heads is None:
            heads = _section_heads(sections)
        if start and start != number and (_DATA_HOWTO_HEADING.search(heading) or _under_howto(lines, heads, start)):
            continue
        # A dataset's name inside a code span or a URL (`examples/libritts`, a recipe folder) names a
        # path, not the data the model was trained on.
        low = fold_case(_CODE_OR_URL.sub(" ", line))
        for dataset in known_datasets():
            if dataset.key not in seen and any(p.search(low) for p in dataset.patterns):
                seen.add(dataset.key)
                found.public_datasets.append((dataset.key, Location(doc.path, number)))
