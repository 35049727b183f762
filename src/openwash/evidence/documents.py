"""What the documents say: which of them speak for the release, and in those, line by line, the
links, gates, download code, intermediate checkpoints, reports and data prose; result tables;
front-matter signals; BibTeX entries; whether a document is a model card or a data card."""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from openwash.evidence.data import (
    _DATA_HOWTO_HEADING,
    _DATA_PROSE,
    _DATA_RELEASED,
    _DATA_SOURCE,
    _DATA_WITHHELD,
    _DATA_WORD,
    _data_sections,
    _under_howto,
    named_datasets,
)
from openwash.evidence.files import _describe_doc_path
from openwash.evidence.findings import _Site
from openwash.evidence.gates import _GATING, _account_gate, _hub_gate, _mark_gated, _request_sites
from openwash.evidence.lines import _folded, _heading_level, _section_heads, _sections, references_ranges
from openwash.evidence.links import _PAPER_WORDS, _TECH_REPORT_WORDS, _URL, _classify_url
from openwash.evidence.weights import _DOWNLOAD_CODE, _DOWNLOAD_SCRIPT_MENTION, _INTERMEDIATE_TEXT, _STEP_REVISION
from openwash.lazyre import lazy_compile, regex
from openwash.model import Location

if TYPE_CHECKING:
    from collections.abc import Callable

    from openwash.context import CheckContext
    from openwash.documents import Document
    from openwash.evidence.findings import _Builder, _Findings

_DOC_DIRS = frozenset({"docs", "doc", "documentation", "model_card", "model_cards", "modelcards"})
_DOC_SOURCE_DIRS = frozenset({"source", "src", "en", "content", "pages"})


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
    if p.parts and p.parts[0] in _DOC_DIRS and (len(p.parts) == 1 or len(p.parts) == 2 and p.parts[1] in _DOC_SOURCE_DIRS):
        return "primary"  # `docs/`, and a documentation site's pages (`docs/source/` of Sphinx, `docs/en/`)
    if p.name.startswith("readme") and len(p.parts) == 1 and p.parts[0] in _MODELS_DIRS:
        return "primary"  # `Models/README.md`: the release's model zoo (its weights, what each model was trained on)
    if p.name.startswith("readme") and len(p.parts) <= 2 and (p.parts[0] in _DATA_DIRS or p.parts[-1] in _DATA_DIRS):
        return "data"  # `data/README.md`, `data/pretrain/README.md`, and the package's own `basic_pitch/data/README.md`
    if _DATA_DOC_NAME.match(p.name):
        return "data"  # `video_sm/DATASET.md`, `docs/data_preparation.md`: how the training data is obtained and prepared
    if p.name.startswith("readme") and len(p.parts) == 1 and p.parts[0] in _TRAINING_DIRS:
        # `train/README.md` ("## Pretrain Datasets"): the release's own training folder says what it was trained on;
        # only its data sections and the public datasets it names are read (its links and paths are the trainer's)
        return "training"
    return None


# A relative link in Markdown or HTML: `[F2LLM](./F2LLM/README.md)`, `<a href="docs/FAMA.md">`, `[1]: models/README.md`.
_RELATIVE_LINK = lazy_compile(r"""(?:\]\(\s*<?|href\s*=\s*["']|^\s*\[[^\]]+\]:\s*)(?!\w+:|#)([^\s)"'<>]+)""", re.I | re.M)


def linked_pages(ctx: CheckContext) -> frozenset[str]:
    """The repository's own Markdown pages below the root that the root card links to by a relative path
    ("- [F2LLM](./F2LLM/README.md)"); a link to a folder is to the README GitHub shows for it. Computed once per
    check (kept in `ctx.facts`)."""
    kept = ctx.facts.get("linked_pages")
    if isinstance(kept, frozenset):
        return kept
    import posixpath

    readable = {doc.path for doc in ctx.documents if doc.kind in ("readme", "card", "data-card") and "/" in doc.path}
    folders: dict[str, str] = {}
    for path in sorted(readable):
        folder, _, name = path.rpartition("/")
        if name.lower().startswith("readme") and name.lower().endswith((".md", ".markdown")):
            folders.setdefault(folder, path)
    pages: set[str] = set()
    for doc in ctx.documents:
        if doc.kind != "card" or "/" in doc.path or not readable:
            continue
        for target in _RELATIVE_LINK.findall(doc.text):
            target = target.split("#", 1)[0].split("?", 1)[0].strip("/")
            path = posixpath.normpath(target) if target else "."
            if path in readable:
                pages.add(path)
            elif path in folders:
                pages.add(folders[path])
    found = frozenset(pages)
    ctx.facts["linked_pages"] = found
    return found


_TRAINING_DIRS = frozenset({"train", "training", "pretrain", "pretraining"})
_DATA_DIRS = frozenset({"data", "dataset", "datasets"})
_MODELS_DIRS = frozenset({"models", "model_zoo", "modelzoo", "checkpoints", "weights", "pretrained", "pretrained_models"})


_DATA_DOC_NAME = lazy_compile(
    r"^(?:datasets?|data|data[_-]?prep(?:aration)?|prepar(?:e|ing)[_-]?(?:the[_-])?(?:data|datasets?)|training[_-]data)\.(?:md|rst)$", re.I
)
_HF_CARD_KEYS = ("license", "model-index", "pipeline_tag", "library_name", "base_model", "datasets", "tags", "language", "model_name")

_BIBTEX = lazy_compile(r"^\s*@(?:article|inproceedings|misc|techreport|book|inbook|software|online)\s*\{", re.I)

_BENCHMARKS = lazy_compile(
    r"\b(MMLU|HellaSwag|ARC[-_ ]?(?:c|e|challenge|easy)?|GSM8K|HumanEval|MBPP|TruthfulQA|WinoGrande|PIQA|BoolQ|LAMBADA|"
    r"C-?Eval|CMMLU|AGIEval|BBH|BIG-?Bench|SuperGLUE|GLUE|SQuAD|MATH|OpenBookQA|SIQA|NaturalQuestions|TriviaQA|DROP|"
    r"WER|BLEU|ROUGE|CIDEr|FID|CLIP\s?score|ImageNet|COCO|LibriSpeech|FLEURS|mAP|mIoU|perplexity|PPL|MT-?Bench|AlpacaEval|"
    r"Open\s?LLM\s?Leaderboard|XNLI|XCOPA|XStoryCloze|LongBench|HELM)\b",
    re.I,
)

_CARD_HEADINGS = lazy_compile(
    r"(model\s+details|model\s+description|model\s+card|intended\s+use|uses|out-of-scope|limitations|bias|risks|"
    r"training\s+(?:data|details|procedure)|evaluation|ethical\s+considerations|model\s+architecture|模型介绍|局限性|使用方式)",
    re.I,
)

# Keywords each line check needs (lower case; `fold_case` lowers the line): a line without any of a
# check's keywords cannot match its pattern, so the pattern is not run on it. Each word starts (or
# must appear in) every alternative of its pattern; tests/test_prose_size.py checks them.
_LINE_CHECK_WORDS: dict[str, tuple[str, ...]] = {
    "gate": ("request", "access", "accept", "acknowledg", "fill", "application", "signed", "log", "gated", "once", "agree",
             "register", "mail", "approval", "apply", "申请", "填写", "审核", "授权后",
             # gates._ACCOUNT_GATE's words (checked after _GATING on the same lines)
             "sign", "regist", "account", "登录", "登陆", "注册", "实名"),
    "url": ("http", "magnet:", "gs://", "s3://"),
    "code": ("download", "from_pretrained", "load_model", "hub.load", "lfs", "ollama", "model_", "repo_id"),
    "script": ("download",),
    "intermediate": ("intermediate", "checkpoint", "revision", "branch", "中间"),
    "revision": ("/tree/",),
    "report": ("report", "system", "技术报告"),
    "data": ("trained", "training", "used", "mix", "collection", "训练", "来源", "构成", "组成"),
    "withheld": ("releas", "proprietary", "internal", "available", "share", "publish", "provid", "公开", "开源", "提供", "发布", "not the"),
    "plan": ("[ ]",),
    "withdrawn": ("hugging", "hub", "modelscope", "taken"),
}

# "We will not provide the training framework and data", "训练代码暂不开源": the release says its training code is not
# published, which no file name in the tree can outweigh
_TRAINING_CODE_WITHHELD = lazy_compile(
    r"(?:will\s+not|won't|do\s+not|don't|does\s+not|cannot|can't|not\s+going\s+to|no\s+plans?\s+to)\s+(?:be\s+)?"
    r"(?:provid\w*|releas\w*|open[- ]?sourc\w*|publish\w*|shar\w*)\s+(?:the\s+|our\s+|any\s+|its\s+)?(?:pre-?)?training\s+"
    r"(?:code|framework|scripts?|pipeline|codebase|recipes?)"
    r"|(?:预)?训练(?:代码|框架)\s*(?:暂不|暂时不|不会|不)(?:开源|公开|提供|发布)|(?:暂不|暂时不|不会|不)(?:开源|公开|提供|发布)\s*(?:预)?训练(?:代码|框架)"
    # "the code in this repo is not the same code that was used to train the model"
    r"|\bnot\s+the\s+(?:same\s+)?code\s+(?:that\s+(?:was|were)\s+)?used\s+(?:to|for)\s+(?:pre-?)?train"
    r"|\bnot\s+the\s+(?:original\s+|same\s+)?(?:pre-?)?training\s+code\b",
    re.I,
)
# "- [ ] Training Code", "- [ ] Complete pretraining scripts and documentation" in the release's own to-do list (its
# "Open-source Plan"): the training code is still to come,
# whatever training-looking files a vendored toolkit brings into the tree
_TRAINING_CODE_PLANNED = lazy_compile(
    r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\[ \]\s+[^\w\[]{0,8}(?:(?:release|open-?source|publish|complete|full|the|our)\s+){0,2}"
    r"(?:(?:pre-?)?training\s+(?:code|scripts?|pipeline|codebase|recipes?)\b|(?:预)?训练代码)",
    re.I,
)
# "All model files (the weights) and checkpoints have been deleted from my HuggingFace repos" (a takedown): the
# links that remain point at nothing; the weights are not released
_WEIGHTS_WITHDRAWN = lazy_compile(
    r"\b(?:weights|model\s+files|checkpoints|models)\b[^.!?]{0,80}?\b(?:have|has)\s+been\s+(?:deleted|removed|taken\s+down|withdrawn)"
    r"\s+from\s+(?:\w+\s+){0,2}(?:hugging\s?face|(?:the\s+)?hub|modelscope)"
    r"|\b(?:weights|model\s+files|checkpoints)\b[^.!?]{0,40}?\b(?:have|has)\s+been\s+taken\s+down",
    re.I,
)
# A FAQ entry asking whether the training code will be published ("能否开源 Training 代码？", "Will you release the
# training code?") whose answer, within the next lines, declines ("目前没有计划", "No plans for now")
_TRAINING_CODE_QUESTION = lazy_compile(
    r"(?:开源|公开|发布|提供|releas\w*|open[- ]?sourc\w*|publish\w*|shar\w*)\s*(?:the\s+|your\s+|its\s+)?(?:pre-?)?(?:training|train|训练)\s*(?:代码|code|scripts?)"
    r"[^?？]{0,30}[?？]",
    re.I,
)
_DECLINED = lazy_compile(
    r"没有计划|暂无计划|暂不|暂时不|不会|不打算|无法|\bno\s+plans?\b|\bnot\s+(?:currently\s+)?plan|\b(?:will|do|can)\s*not\b|\bwon't\b|"
    r"\bcan't\b|^\W*(?:a[:：.]\s*)?no\b",
    re.I,
)
_ANSWER_LINES = 3


def _declined_answer(lines: list[str], number: int) -> int | None:
    """The line of a declining answer among the next non-empty lines after the question on line `number`."""
    seen = 0
    for following in range(number + 1, min(len(lines), number + 8) + 1):
        text = lines[following - 1].strip()
        if not text:
            continue
        seen += 1
        if _DECLINED.search(text[:300]):
            return following
        if seen >= _ANSWER_LINES:
            return None
    return None

_BENCHMARK_WORDS = (
    "mmlu", "hellaswag", "arc", "gsm8k", "humaneval", "mbpp", "truthfulqa", "winogrande", "piqa", "boolq", "lambada", "eval",
    "bbh", "bench", "glue", "squad", "math", "openbookqa", "siqa", "naturalquestions", "triviaqa", "drop", "wer", "bleu",
    "rouge", "cider", "fid", "clip", "imagenet", "coco", "librispeech", "fleurs", "map", "miou", "perplexity", "ppl",
    "leaderboard", "xnli", "xcopa", "xstorycloze", "helm",
)

_TABLE_NUMBER = lazy_compile(r"\|\s*[<>~]?\d+(?:\.\d+)?\s*%?\s*\|")

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
    if "<!--" in body and doc.is_markdown:
        # a commented-out link ("<!-- | UItron-72b | [DocTron/Chart-R1](https://huggingface.co/…) | -->") is not rendered:
        # it is no download route, gate or data statement
        lines = _comments_blanked(doc, first)
        body = "\n".join(lines[first - 1 :])
    line_keywords, _ = _keyword_patterns()
    numbers = range(first, len(lines) + 1) if every_line else keyword_lines(fold_case(body), line_keywords, first)
    scan = _LineScan(doc, sections, found, _bibtex_states(lines, body, first))
    evaluation = _evaluation_document(doc.path)
    for number in numbers:
        line = lines[number - 1]
        if len(line) > MAX_LINE_CHARS:
            line = line[:MAX_LINE_CHARS]
            found.notes.append(long_line_note(doc.path, number))
        low = fold_case(line)
        may: Callable[[str], bool] = (lambda check: True) if every_line else (lambda check: any(w in low for w in _LINE_CHECK_WORDS[check]))
        scan.line(number, line, low, _without_data(may) if evaluation else may)
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
    if not evaluation:
        _data_sections(doc, sections, found)
        named_datasets(doc, sections, found)
    _card_kind(doc, sections, found)


def _comments_blanked(doc: Document, first: int) -> list[str]:
    """The document's lines with HTML comments outside code blocks replaced by spaces (columns kept)."""
    structure = doc.structure
    lines = list(doc.lines)
    span = iter(structure.comments)  # in line order, so one pass over them serves every line
    start, end = next(span, (0, 0))
    for number in range(first, len(lines) + 1):
        line = lines[number - 1]
        while end < number and (start, end) != (0, -1):
            start, end = next(span, (0, -1))
        if start <= number <= end:  # (a comment that opens outside code hides the fences inside it too)
            opening = line.find("<!--") if number == start else 0
            closing = line.find("-->") if number == end else -1
            tail_from = closing + 3 if closing != -1 else len(line)
            lines[number - 1] = line[: max(opening, 0)] + " " * (tail_from - max(opening, 0)) + line[tail_from:]
        elif "<!--" in line and not structure.in_code(number):
            lines[number - 1] = _one_line_comments_blanked(line)
    return lines


def _one_line_comments_blanked(line: str) -> str:
    """`<!-- … -->` spans of one line as spaces; found with `str.find`, so a line of many unclosed openers stays linear."""
    pieces: list[str] = []
    position = 0
    while (opening := line.find("<!--", position)) != -1:
        closing = line.find("-->", opening + 4)
        if closing == -1:
            break
        pieces += [line[position:opening], " " * (closing + 3 - opening)]
        position = closing + 3
    return "".join(pieces) + line[position:]


def _without_data(may: Callable[[str], bool]) -> Callable[[str], bool]:
    """The line's checks, less the training-data ones (a document named for evaluation)."""
    return lambda check: check != "data" and may(check)


_EVALUATION_NAME_TOKENS = frozenset({"zeroshot", "leaderboard", "testset", "testsets", "eval", "evals", "evaluate", "evaluation", "benchmark", "benchmarks", "bench"})


def _evaluation_document(path: str) -> bool:
    """A document named for evaluation (`zeroshot_dataset.md`, `EVALUATION.md`, `benchmark_data.md`): the data it
    describes is what the model is tested on, not what it was trained on."""
    from openwash.evidence.files import _TOKEN_SPLIT

    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
    return bool(set(_TOKEN_SPLIT.split(stem)) & _EVALUATION_NAME_TOKENS)


# What a model can take or do ("supports … categorical data"): the data word names a kind of input, not training data
_CAPABILITY = lazy_compile(r"\bsupport(?:s|ing)?\b|\bhandl(?:e|es|ing)\b|\baccept(?:s|ing)?\b|\bcapabilit(?:y|ies)\b|支持")


def _says_data_withheld(low: str) -> bool:
    """The (lower-cased) line says some data is not released. "Not available" says it of its subject, so the data
    must come first: "our training data is not publicly available", never "the evaluation per horizon is not
    available for this model, as it is not provided by the open-meteo data"."""
    withheld = _folded(_DATA_WITHHELD).search(low)
    if withheld is None or not _folded(_DATA_WORD).search(low):
        return False
    sentence_start = max(low.rfind(". ", 0, withheld.start()), low.rfind("; ", 0, withheld.start())) + 1
    if _folded(_CAPABILITY).search(low[sentence_start : withheld.start()]) and "train" not in low:
        return False  # "TTM also supports exogenous infusion and categorical data which is not released as part of this version": a feature
    if not withheld.group(0).endswith("available"):
        return True
    return _folded(_DATA_WORD).search(low[sentence_start : withheld.start()]) is not None


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
        self._howto: dict[int, bool] = {}
        self._heads: list[tuple[int, str]] | None = None
        self.is_root = "/" not in doc.path
        self.urls_left = MAX_URLS
        self._references: list[tuple[int, int]] | None = None

    def _in_references(self, number: int) -> bool:
        """The line sits in a section that lists works (references, related projects, a survey of open models): its links
        to weights are others', not routes to this release's weights."""
        if self._references is None:
            self._references = references_ranges(self.doc.lines, self.sections)
        return any(first <= number <= last for first, last in self._references)

    def _in_bibtex(self, number: int) -> bool:
        index = bisect.bisect_right(self.bibtex_marks, number) - 1
        return index >= 0 and self.bibtex_states[index]

    def _in_howto(self, number: int) -> bool:
        """The line sits in a tutorial or a how-to section ("# 教程 › 数据集格式预处理", "Prepare your data"): it
        tells users how to shape their own data, not what the release was trained on."""
        start, heading = self.sections[number - 1]
        if start not in self._howto:
            if self._heads is None:
                self._heads = _section_heads(self.sections)  # once per document: a long card has many sections
            self._howto[start] = bool(heading and _DATA_HOWTO_HEADING.search(heading)) or (
                start > 0 and _heading_level(self.doc.lines[start - 1]) > 0 and _under_howto(self.doc.lines, self._heads, start)
            )
        return self._howto[start]

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
            # in a references or survey section a link to weights is someone else's, not a download route (a link to
            # the release's own paper there still counts: Llama 2's "## References" lists its research paper)
            routes = [] if self._in_references(number) else sites
            from openwash.licenses.declarations import MAX_LINE_CHARS

            in_bibtex = self._in_bibtex(number)
            previous = self.doc.lines[number - 2][:MAX_LINE_CHARS] if number > 1 else ""
            for url in urls:
                self.urls_left -= 1
                if self.urls_left < 0:
                    return
                url = url.rstrip(".,;:*_")
                _classify_url(doc, number, f"{previous}\n{line}", heading, url, routes, found, self.is_root, in_bibtex)
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
        if may("data") and _folded(_DATA_PROSE).search(low) and _DATA_SOURCE.search(line) and not self._in_howto(number):
            found.data_prose.append(Location(doc.path, number))
        elif may("data") and urls and _folded(_DATA_RELEASED).search(low) and not _folded(_DATA_WITHHELD).search(low):
            found.data_pointers.append(Location(doc.path, number))
        if may("withheld") and _says_data_withheld(low):
            found.data_withheld.append(Location(doc.path, number))
        if may("withheld") and _folded(_TRAINING_CODE_WITHHELD).search(low):
            found.training_code_withheld.append(Location(doc.path, number))
        elif may("plan") and _folded(_TRAINING_CODE_PLANNED).search(low):
            found.training_code_withheld.append(Location(doc.path, number))
        elif may("withheld") and _folded(_TRAINING_CODE_QUESTION).search(low):
            answer = _declined_answer(self.doc.lines, number)
            if answer is not None:
                found.training_code_withheld.append(Location(doc.path, answer))
        if may("withdrawn") and self.is_root and _folded(_WEIGHTS_WITHDRAWN).search(low):
            found.weights_withdrawn.append(Location(doc.path, number))


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
