"""Licence declarations: what documents *say* the licence is.

Front matter (`license`, `license_name`, `license_link`), SPDX expressions,
`SPDX-License-Identifier:` lines, package metadata (pyproject.toml, setup.cfg,
CITATION.cff), shields.io licence badges, and prose ("the model weights are released under
the Llama 3.1 Community License", "本仓库的代码依照 Apache-2.0 协议开源", "**License:** X").

Each function returns `Declaration`s; `scan.py` turns them into `LicenseInfo`s. A name that
does not resolve becomes an `unknown` declaration only where the document clearly declares
a licence (front matter, SPDX lines, package metadata); in prose it is skipped, never guessed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote

from openwash.lazyre import compile_pattern, lazy_compile, regex
from openwash.licenses import knowledge
from openwash.licenses.knowledge import LicenseEntry
from openwash.model import FAMILY_RESTRICTIVENESS


# -- large documents -------------------------------------------------------------------------------
#
# `check` runs in a pre-commit hook, so a 2 MiB README (a generated changelog, a hostile card) must
# cost milliseconds. Python's `re` tries every alternative of a case-insensitive pattern at every
# offset (~200 ns a character for the prose patterns), so the scanners here and in `evidence` first
# find the lines holding one of a few keywords, in one pass over the lower-cased text, and run their
# real patterns on those lines only. Each scanner's keywords are *necessary* for its patterns: every
# line a pattern can match holds one, so the results are the ones a line-by-line scan gives.

MAX_LINE_CHARS = 32 * 1024  # longest line in the shared corpus: 3.7 KB; longer lines are read up to here
MAX_NAME_ATTEMPTS = 1_500  # licence names tried after a verb, per document (corpus maximum: 137)

_FOLD = str.maketrans({**{chr(c): chr(c + 32) for c in range(65, 91)}, "ſ": "s", "\u212a": "k", "İ": "i", "ı": "i"})


def fold_case(text: str) -> str:
    """`text` lower-cased character for character (the same length, so offsets carry over).

    Besides A-Z, the four characters `re.IGNORECASE` equates with ASCII letters (ſ, the Kelvin
    sign, İ, ı) fold to those letters, so a keyword found in the folded text is never missed.
    """
    if text.isascii():
        return text.lower()
    low = text.lower()
    if len(low) != len(text):  # "İ".lower() is two characters
        return text.translate(_FOLD)
    if "ſ" in low or "ı" in low:
        low = low.replace("ſ", "s").replace("ı", "i")
    return low


_Trie = dict[str, "_Trie"]


def keyword_pattern(words: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """Literal lower-case keywords as one pattern (built once per word list and process)."""
    return _keyword_pattern(tuple(words))


@lru_cache(maxsize=64)
def _keyword_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Literal lower-case keywords as one pattern, factored by common prefixes (a trie).

    `re` scans a trie-shaped alternation several times faster than a flat one, since at each offset
    only the branch for that character is tried. A space in a keyword stands for any whitespace
    (`\\s`, which takes the line break too).
    """
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [(r"\s" if char == " " else re.escape(char)) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return compile_pattern(emit(tree))


def keyword_lines(low: str, keywords: re.Pattern[str], first_line: int = 1) -> list[int]:
    """Line numbers (ascending, `first_line` for the first line of `low`) holding a keyword."""
    return list(iter_keyword_lines(low, keywords, first_line))


def iter_keyword_lines(low: str, keywords: re.Pattern[str], first_line: int = 1) -> Iterator[int]:
    """`keyword_lines`, found as they are asked for (a reader may stop early).

    Keywords hold no newline, so each occurrence lies on one line; after the first one on a line
    the search goes on at the next line.
    """
    search = keywords.search
    line, last, pos = first_line, 0, 0
    while True:
        match = search(low, pos)
        if match is None:
            return
        start = match.start()
        line += low.count("\n", last, start)
        yield line
        pos = low.find("\n", start) + 1
        if pos == 0:
            return
        last, line = pos, line + 1


def lines_starting(text: str, markers: tuple[str, ...], first_line: int = 1, max_indent: int | None = None) -> list[tuple[int, str]]:
    """(line number, marker) for each line whose first non-space characters are one of `markers`
    (after at most `max_indent` spaces), ascending: `^\\s*marker` with `re.M`, without trying
    every offset. A line is passed over once its first occurrence of a marker is not at its start.
    """
    ahead = {marker: text.find(marker) for marker in markers}  # next occurrence of each marker
    out: list[tuple[int, str]] = []
    line, last = first_line, 0
    while True:
        live = [(pos, marker) for marker, pos in ahead.items() if pos != -1]
        if not live:
            return out
        pos, marker = min(live)
        start = text.rfind("\n", 0, pos) + 1
        indent = text[start:pos]
        line += text.count("\n", last, start)
        last = start
        if (not indent or indent.isspace()) and (max_indent is None or len(indent) <= max_indent):
            out.append((line, marker))
        next_line = text.find("\n", pos) + 1
        if next_line == 0:
            return out
        for other, other_pos in ahead.items():
            if other_pos != -1 and other_pos < next_line:
                ahead[other] = text.find(other, next_line)


def long_line_note(path: str, number: int) -> str:
    """The report note for a line cut to `MAX_LINE_CHARS` (one wording, so notes from two scanners merge)."""
    return f"{path}:{number}: a line longer than {MAX_LINE_CHARS:,} characters was read up to there"


_PROSE_CUTS: dict[int, tuple[list[str], list[str]]] = {}


def prose_cuts(lines: list[str]) -> list[str]:
    """What the prose scanners left unread in these lines (a note each); empty when nothing was."""
    held = _PROSE_CUTS.get(id(lines))
    return list(held[1]) if held is not None and held[0] is lines else []


def _record_cut(lines: list[str], note: str) -> None:
    held = _PROSE_CUTS.get(id(lines))
    if held is None or held[0] is not lines:
        if len(_PROSE_CUTS) > 8:
            _PROSE_CUTS.clear()  # a long-lived process: keep only recent documents
        held = _PROSE_CUTS[id(lines)] = (lines, [])
    if note not in held[1]:
        held[1].append(note)


@dataclass
class Declaration:
    """One statement of a licence in a document."""

    path: str
    line: int
    source: str  # "front-matter", "prose", "badge", "spdx-header", "package-metadata"
    raw: str  # the value or name as written
    entry: LicenseEntry | None  # resolved licence, None when it does not resolve
    confidence: float
    applies_to: list[str] = field(default_factory=list)
    link: str | None = None  # link target as written (repo path or URL)
    expression: str | None = None  # a validated SPDX expression with several licences
    family: str | None = None  # for expressions: the combined family
    osi_approved: bool | None = None  # for expressions
    error: str | None = None  # why the value is not a valid declaration


# -- resolving names ---------------------------------------------------------------------------


def resolve(value: str) -> LicenseEntry | None:
    """A licence name, key or id as written in a document -> knowledge-base entry."""
    text = value.strip().strip("`*_\"'“”「」[]").strip()
    if not text or len(text) > 120:
        return None
    return knowledge.resolve_name(text)


def resolve_url(url: str) -> LicenseEntry | None:
    """A licence URL (e.g. the NVIDIA Open Model License page) -> entry, by its source URL."""
    return _url_index().get(_url_key(url))


def _url_key(url: str) -> str:
    url = url.strip().lower()
    url = regex(r"^https?://(www\.)?").sub("", url)
    url = regex(r"[#?].*$").sub("", url)
    return url.rstrip("/").replace("/blob/main/", "/").replace("/resolve/main/", "/")


_URLS: dict[str, LicenseEntry] | None = None


def _url_index() -> dict[str, LicenseEntry]:
    global _URLS
    if _URLS is None:
        index: dict[str, LicenseEntry] = {}
        for entry in knowledge.all_entries():
            if not entry.ambiguous and not entry.is_unknown:
                for url in (entry.source, *entry.urls):
                    index.setdefault(_url_key(url), entry)
        for slug, key in _CC_URL_SLUGS.items():
            found = knowledge.entry(key)
            if found is not None:
                index[f"creativecommons.org/licenses/{slug}"] = found
        _URLS = index
    return _URLS


_CC_URL_SLUGS = {
    "by/4.0": "cc-by-4.0",
    "by-sa/4.0": "cc-by-sa-4.0",
    "by-nc/4.0": "cc-by-nc-4.0",
    "by-nc-sa/4.0": "cc-by-nc-sa-4.0",
    "by-nd/4.0": "cc-by-nd-4.0",
    "by-nc-nd/4.0": "cc-by-nc-nd-4.0",
    "by/3.0": "cc-by-3.0",
    "by-sa/3.0": "cc-by-sa-3.0",
}


# -- SPDX expressions --------------------------------------------------------------------------

_EXPRESSION_HINT = lazy_compile(r"(?:^|\s)(?:AND|OR|WITH|and|or|with)(?:\s|$)|[()]")


def parse_value(value: str) -> tuple[LicenseEntry | None, str | None, str | None, bool | None, str | None]:
    """A declared value: (entry, expression, family, osi_approved, error).

    Plain keys/ids/names resolve through the knowledge base; values with AND/OR/WITH are
    validated as SPDX expressions with `license-expression` and combined: AND takes the most
    restrictive family, OR the least restrictive (the licensee may choose).
    """
    entry = resolve(value)
    if entry is not None or not _EXPRESSION_HINT.search(value):
        return entry, None, None, None, None
    try:
        from license_expression import ExpressionError, Licensing  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - a dependency of openwash
        return None, None, None, None, "license-expression is not installed"
    licensing = Licensing()
    try:
        parsed = licensing.parse(value.strip())
    except ExpressionError as exc:
        return None, None, None, None, f"not a valid SPDX expression ({exc})"
    except Exception as exc:  # the parser on hostile input
        return None, None, None, None, f"not a valid SPDX expression ({type(exc).__name__})"
    if parsed is None:
        return None, None, None, None, "empty SPDX expression"
    symbols = [getattr(sym, "license_symbol", sym) for sym in licensing.license_symbols(parsed, decompose=False)]
    unknown = [sym.key for sym in symbols if _symbol_entry(sym.key) is None]
    if unknown:
        return None, str(parsed), None, None, f"unknown licence id(s) in SPDX expression: {', '.join(unknown)}"
    family, osi = _combine(parsed, licensing)
    return None, str(parsed), family, osi, None


def _symbol_entry(key: str) -> LicenseEntry | None:
    if key.startswith("LicenseRef-") and knowledge.lookup(key) is None:
        return None
    return knowledge.resolve_name(key)


def _combine(node: object, licensing: object) -> tuple[str, bool]:
    from license_expression import AND, OR, LicenseSymbol, LicenseWithExceptionSymbol

    if isinstance(node, LicenseWithExceptionSymbol):
        return _combine(node.license_symbol, licensing)
    if isinstance(node, LicenseSymbol):
        entry = _symbol_entry(node.key)
        return (entry.family, entry.osi_approved) if entry else ("unknown", False)
    parts = [_combine(arg, licensing) for arg in getattr(node, "args", ())]
    if not parts:
        return "unknown", False
    rank = lambda part: FAMILY_RESTRICTIVENESS.get(part[0], -1)  # noqa: E731
    if isinstance(node, AND):
        if any(p[0] == "unknown" for p in parts):
            return "unknown", False
        return max(parts, key=rank)[0], all(p[1] for p in parts)
    if isinstance(node, OR):
        known = [p for p in parts if p[0] != "unknown"] or parts
        return min(known, key=rank)[0], any(p[1] for p in parts)
    return "unknown", False


# -- front matter --------------------------------------------------------------------------------


def from_front_matter(doc: object, applies_to: list[str]) -> list[Declaration]:
    """`license:` (string or list), with `license_name`/`license_link` for `license: other`."""
    fm = getattr(doc, "front_matter", None)
    if fm is None:
        return []
    data = fm.data
    path = getattr(doc, "path")
    out: list[Declaration] = []
    value = data.get("license")
    values = value if isinstance(value, list) else [value] if value is not None else []
    for index, item in enumerate(values):
        keys = ("license", index) if isinstance(value, list) else ("license",)
        line = fm.locate(*keys)[0]
        if not isinstance(item, (str, int, float)):
            out.append(Declaration(path, line, "front-matter", str(item), None, 0.0, list(applies_to), error="license is not a string"))
            continue
        raw = str(item).strip()
        if raw.lower() == "other":
            out.append(_other(fm, data, path, line, applies_to))
            continue
        entry, expression, family, osi, error = parse_value(raw)
        confidence = 1.0 if entry is not None or expression else 0.0
        out.append(
            Declaration(path, line, "front-matter", raw, entry, confidence, list(applies_to), expression=expression if entry is None else None,
                        family=family, osi_approved=osi, error=error if entry is None else None)
        )
    if not values and (data.get("license_name") or data.get("license_link")):
        out.append(_other(fm, data, path, fm.locate("license_name")[0], applies_to))
    return out


def _other(fm: object, data: dict[str, object], path: str, line: int, applies_to: list[str]) -> Declaration:
    name = data.get("license_name")
    link = data.get("license_link")
    entry = resolve(str(name)) if isinstance(name, str) else None
    if entry is None and isinstance(link, str):
        entry = resolve_url(link)
    if entry is not None and entry.key == "other":
        entry = None
    if isinstance(name, str):
        line = fm.locate("license_name")[0]  # type: ignore[attr-defined]
    raw = str(name) if isinstance(name, str) else "other"
    return Declaration(path, line, "front-matter", raw, entry, 0.9 if entry else 0.0, list(applies_to), link=link if isinstance(link, str) else None)


# -- SPDX-License-Identifier lines ---------------------------------------------------------------

_SPDX_LINE = lazy_compile(r"SPDX-License-Identifier:\s*(.+?)\s*(?:\*/|-->|#}|$)")


def from_spdx_lines(path: str, lines: list[str]) -> list[Declaration]:
    out = []
    for number, line in enumerate(lines, start=1):
        if "SPDX-License-Identifier" not in line:
            continue
        match = _SPDX_LINE.search(line)
        if not match:
            continue
        raw = match.group(1).strip()
        entry, expression, family, osi, error = parse_value(raw)
        confidence = 1.0 if entry is not None or expression else 0.0
        out.append(Declaration(path, number, "spdx-header", raw, entry, confidence, [], expression=expression if entry is None else None,
                               family=family, osi_approved=osi, error=error if entry is None else None))
    return out


# -- package metadata ------------------------------------------------------------------------------

_TOML_LICENSE = lazy_compile(r'^\s*license\s*=\s*(?:"([^"]+)"|\'([^\']+)\'|\{\s*text\s*=\s*"([^"]+)")', re.M)
_TOML_LICENSE_FILE = lazy_compile(r'^\s*license\s*=\s*\{\s*file\s*=\s*"([^"]+)"', re.M)
_CFG_LICENSE = lazy_compile(r"^\s*license\s*=\s*(.+?)\s*$", re.M)
_CFF_LICENSE = lazy_compile(r"^license:\s*[\"']?([^\"'\n#]+?)[\"']?\s*$", re.M)
_TROVE = lazy_compile(r"License :: (?:OSI Approved :: )?([^\"'\n,]+?)\s*[\"']?\s*,?\s*$", re.M)


def from_package(path: str, text: str) -> list[Declaration]:
    """pyproject.toml / setup.cfg `license`, trove classifiers; CITATION.cff `license:`."""
    name = path.rsplit("/", 1)[-1].lower()
    found: list[tuple[int, str]] = []
    if name == "pyproject.toml":
        found += [(m.start(), next(g for g in m.groups() if g)) for m in _TOML_LICENSE.finditer(text)]
    elif name == "setup.cfg":
        found += [(m.start(), m.group(1)) for m in _CFG_LICENSE.finditer(text) if not m.group(1).startswith("file")]
    elif name == "citation.cff":
        found += [(m.start(), m.group(1)) for m in _CFF_LICENSE.finditer(text)]
    if name in ("pyproject.toml", "setup.cfg"):
        found += [(m.start(), m.group(1)) for m in _TROVE.finditer(text)]
    applies_to = ["code"] if name != "citation.cff" else []
    out, seen = [], set()
    for offset, raw in found:
        raw = raw.strip()
        entry, expression, family, osi, error = parse_value(raw)
        key = entry.key if entry else raw
        if key in seen:
            continue
        seen.add(key)
        line = text.count("\n", 0, offset) + 1 + (1 if text[offset : offset + 1] == "\n" else 0)
        out.append(Declaration(path, line, "package-metadata", raw, entry, 0.95 if entry or expression else 0.0, list(applies_to),
                               expression=expression if entry is None else None, family=family, osi_approved=osi, error=error if entry is None else None))
    return out


# -- badges ---------------------------------------------------------------------------------------

_BADGE = lazy_compile(r"img\.shields\.io/badge/([^)\s\"'?]+)", re.I)


def from_badges(path: str, lines: list[str]) -> list[Declaration]:
    """shields.io static badges whose label says licence: `badge/License-MIT-blue`."""
    out = []
    for number, line in enumerate(lines, start=1):
        if "shields.io/badge/" not in line.lower():
            continue
        for match in _BADGE.finditer(line):
            parsed = _badge_parts(match.group(1))
            if parsed is None:
                continue
            label, message = parsed
            if not regex(r"licen[cs]e|许可|协议", re.I).search(label):
                continue
            entry = resolve(message)
            if entry is None:
                continue
            out.append(Declaration(path, number, "badge", message, entry, 0.8, scope_of(label)))
    return out


def _badge_parts(spec: str) -> tuple[str, str] | None:
    spec = regex(r"\.(?:svg|png)$").sub("", unquote(spec))
    spec = spec.replace("--", "\x00").replace("__", "\x01")
    parts = spec.split("-")
    if len(parts) < 2:
        return None
    def restore(part: str) -> str:
        return part.replace("\x00", "-").replace("\x01", "_").replace("_", " ").strip()

    if len(parts) == 2:  # "message-color": no label
        return "", restore(parts[0])
    return restore(parts[0]), restore("-".join(parts[1:-1]))


# -- scope: what a sentence says the licence covers ------------------------------------------------

_SCOPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("code", lazy_compile(r"\bcode\b|source files?|\bsoftware\b|\brepository\b|\brepo\b|代码|程序|本仓库", re.I)),
    ("weights", lazy_compile(r"weights?\b|checkpoints?|model parameters|\bparameters\b|\bmodels?\b(?! cards?)|权重|模型参数|模型", re.I)),
    ("data", lazy_compile(r"\bdata ?sets?\b|\bcorpus\b|\bdata\b|数据", re.I)),
    ("docs", lazy_compile(r"\bdocumentation\b|\bdocs\b|文档", re.I)),
)


def scope_of(clause: str) -> list[str]:
    """Which parts of the release a clause talks about (empty when it does not say)."""
    return [name for name, pattern in _SCOPES if pattern.search(clause)]


_CONJUNCTION = lazy_compile(r"(?:^|\s|,)(?:and|&|or|as\s+well\s+as|plus)(?:\s|$)|[,、和与與及]", re.I)
# "in this repository", "on Hugging Face", "of this project": a place, not what the sentence is about.
_LOCATIVE = lazy_compile(r"\b(?:in|on|within|inside|at|from|of|under)\s+(?:(?:this|the|our|its|that)\s+)?$|(?:本|在|于)$", re.I)


def subject_scope(before: str) -> list[str]:
    """The parts named by the noun phrase right before a verb ("… fine-tuned on a corpus generated by
    employees and released under CC-BY-SA": the corpus), with the nouns coordinated with it ("the code
    and associated weights are released under …"). A noun in a place phrase ("the models in this
    repository are licensed under …") is not the subject."""
    found = sorted(
        (m.start(), m.end(), name)
        for name, pattern in _SCOPES
        for m in pattern.finditer(before)
        if not _LOCATIVE.search(before[max(0, m.start() - 24) : m.start()])
    )
    if not found:
        return []
    start, _end, name = found[-1]
    scopes = [name]
    for other_start, other_end, other in reversed(found[:-1]):
        if other_end > start:
            continue
        gap = before[other_end:start]
        if len(gap.split()) <= 1 and not _CONJUNCTION.search(gap):
            start = other_start  # one noun phrase ("model weights", "model parameters")
            if other not in scopes:
                scopes.insert(0, other)
        elif _CONJUNCTION.search(gap) and len(gap.split()) <= 4:
            if other not in scopes:
                scopes.insert(0, other)
            start = other_start
        else:
            break
    return scopes


# -- prose --------------------------------------------------------------------------------------

_VERB_EN = lazy_compile(
    r"\b(?:licen[cs]ed|released|distributed|available|provided|published|offered|shared|made available|open[- ]sourced)"
    r"\s+(?:\S+\s+){0,12}?under\s+(?:the\s+terms\s+of\s+)?|"
    r"\blicen[cs]ed\s+(?:as\s+)?(?=[\[`*_A-Z])|"  # "licensed CC-BY-NC-4.0": the name must still resolve
    r"\b(?:subject to|governed by|covered by|in accordance with|per)\s+(?:the\s+terms\s+of\s+)?",
    re.I,
)
# "must follow the [Apache-2.0](LICENSE) open-source license", "needs to adhere to the [Model
# License](…)": verbs too common to find sentences by, read only in a clause that says "licen…"
# (which is how the sentence was found).
_VERB_FOLLOW = lazy_compile(
    r"\b(?:follows?|adheres?\s+to|compl(?:y|ies)\s+with|abides?\s+by)\s+(?:the\s+terms\s+of\s+)?(?=(?:the\s+)?[\[`*_A-Z])",
    re.I,
)
_VERB_ZH = lazy_compile(r"(?:依照|遵循|遵守|采用|依据|根据|基于|使用|受)\s*")
_ZH_TAIL = lazy_compile(r"^(.{1,60}?)\s*(?:开源)?(?:许可协议|许可证|授权条款|协议|许可)")
# `\s*(?:(?:\*\*|__)\s*)?` reads like `\s*(?:\*\*|__)?\s*` but cannot split a run of spaces two ways
# (which made a line of 20,000 spaces cost seconds).
_LABEL = lazy_compile(
    r"^\s*(?:[-*]\s*)?(?:(?:\*\*|__)\s*)?((?:code|model|weights?|data(?:set)?|模型|代码|数据)\s*)?(?:licen[cs]e|许可证?|协议|授权)\s*(?:(?:\*\*|__)\s*)?[:：]"
    r"\s*(?:(?:\*\*|__)\s*)?(.+)$",
    re.I,
)
_LINK = lazy_compile(r"\[([^\]]{1,160})\]\(([^)\s]{1,400})(?:\s+\"[^\"]*\")?\)")
_HEADING = lazy_compile(r"^\s{0,3}#{1,6}\s+(.*)$")
# "licensed under the [MIT License](LICENSE)": the article must not hide the link.
_DETERMINER = lazy_compile(r"^(?:the|a|an|our|its|their|this)\s+(?=\S)", re.I)
_LICENSE_HEADING = lazy_compile(r"licen[cs]e|许可|协议|授权", re.I)
_DISCLAIMER_HEADING = lazy_compile(r"disclaimer|terms of use|usage terms|免责|声明|使用条款|使用须知", re.I)
# `(?<!\s)`: a match starts where a run of spaces starts, so a long run is not retried at each offset.
_CLAUSE_SPLIT = lazy_compile(r"[，,;；]\s*|(?<!\s)\s+(?:while|whereas|but|and the|and all)\s+|。")
_STOP = lazy_compile(r"[.:!?](?=\s|$)|[;。；：！？\n]|\s\(|\)|，|,\s|\s[-—–]\s")


@dataclass
class ProseHit:
    line: int
    raw: str
    entry: LicenseEntry | None
    link: str | None
    applies_to: list[str]
    confidence: float
    form: str = "sentence"  # "label" ("License: X"), "sentence" (a verb states it), "section" (a line under a licence heading)


def from_prose(path: str, lines: list[str], body_start: int = 1) -> list[ProseHit]:
    """Licence statements in Markdown prose. Link targets are kept for `scan` to resolve.

    Wrapped lines are joined into paragraphs and split into sentences, so a statement that
    spans lines is read whole; a hit carries the line where its sentence starts. Only
    paragraphs with a licence keyword (or under a licence heading) are read: no other
    paragraph can state a licence.
    """
    hits: list[ProseHit] = []
    budget = _Budget(MAX_NAME_ATTEMPTS)
    for block in _relevant_blocks(lines, body_start, _PROSE_KEYWORDS, license_sections=True, path=path):
        for sentence, line in _sentences(block, lines, path):
            if not block.in_license_section and not _PROSE_KEYWORDS.search(fold_case(sentence)):
                continue  # a sentence of a paragraph with a keyword elsewhere: it states nothing
            hits.extend(_sentence_hits(line, sentence, block.in_license_section, budget))
            if budget.left < 0:
                _record_cut(lines, f"{path}: licence statements in prose were read up to line {line} only "
                                   f"(more than {MAX_NAME_ATTEMPTS:,} candidate names); the rest of the document was not")
                return hits
    return hits


@dataclass
class _Budget:
    """Work left for one document; negative once spent."""

    left: int


# A sentence states a licence only with one of these on one of its lines: `_LABEL` needs a licence
# word, `_VERB_EN` "under " (as in "released … under "), "licen…", subject/governed/covered/accordance
# or "per ", `_VERB_ZH` its verbs. (A line break is a space in the sentence, so `\s` takes "\n".)
_PROSE_KEYWORDS = keyword_pattern(
    ("licen", "under ", "subject", "governed", "covered", "accordance", "per ",
     "许可", "协议", "授权", "依照", "遵循", "遵守", "采用", "依据", "根据", "基于", "使用", "受")
)
MAX_SENTENCE_CHARS = 4096  # longest sentence in the shared corpus: 1.8 KB
_TAIL_CHARS = 1024  # what follows a verb that can still name the licence


@dataclass
class _Block:
    text: str
    offsets: list[tuple[int, int]]  # (character offset in text, line number)
    in_license_section: bool
    in_terms_section: bool = False  # a licence or disclaimer section: it speaks for the whole release


_BLOCK_BREAK = lazy_compile(r"^\s*(?:[-*+]\s|\d{1,3}[.)]\s|\||>|<)")


def _blocks(lines: list[str], body_start: int) -> list[_Block]:
    """Every paragraph of the body, line by line: the definition `_relevant_blocks` keeps to."""
    blocks: list[_Block] = []
    current: list[tuple[int, str]] = []
    in_license_section = False
    in_terms_section = False
    in_code = False

    def flush() -> None:
        if current:
            blocks.append(_make_block(current, in_license_section, in_terms_section))
            current.clear()

    for number in range(max(1, body_start), len(lines) + 1):
        line = lines[number - 1]
        if line.lstrip().startswith(("```", "~~~")):
            flush()
            in_code = not in_code
            continue
        if in_code:
            continue
        if not line.strip():
            flush()
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            in_license_section = bool(_LICENSE_HEADING.search(heading.group(1)))
            in_terms_section = in_license_section or bool(_DISCLAIMER_HEADING.search(heading.group(1)))
            continue
        if _starts_block(line):
            flush()  # list items, table rows and "License: X" lines start blocks of their own
        current.append((number, line))
    flush()
    return blocks


def _starts_block(line: str) -> bool:
    return bool(_BLOCK_BREAK.match(line) or _LABEL.match(line))


def _make_block(numbered: list[tuple[int, str]], in_license_section: bool, in_terms_section: bool) -> _Block:
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    size = 0
    for number, line in numbered:
        offsets.append((size, number))
        part = line[:MAX_LINE_CHARS].strip() + " "
        parts.append(part)
        size += len(part)
    return _Block("".join(parts).rstrip(), offsets, in_license_section, in_terms_section)




def _relevant_blocks(
    lines: list[str], body_start: int, keywords: re.Pattern[str], *, license_sections: bool = False, path: str = ""
) -> Iterator[_Block]:
    """The blocks of `_blocks` that hold a line with a keyword (or lie under a licence heading).

    Yields them in order without walking every line: fences and headings are found by one
    pattern each over the text, keyword lines by `keyword_lines`, and each block is built by
    walking out from a keyword line to its blank lines, fences, headings or block starters.
    """
    first = max(1, body_start)
    if first > len(lines):
        return
    text = "\n".join(lines[first - 1 :])
    structure = _Structure(lines, text, first)
    candidates = keyword_lines(fold_case(text), keywords, first)
    if license_sections and structure.license_ranges:
        candidates = sorted(set(candidates).union(n for lo, hi in structure.license_ranges for n in range(lo, hi + 1)))
    last_end = first - 1
    for number in candidates:
        if number <= last_end or not structure.in_block(number):
            continue
        start = number
        while not _starts_block(lines[start - 1]) and start - 1 >= first and structure.in_block(start - 1):
            start -= 1
        end = number
        while end < len(lines) and structure.in_block(end + 1) and not _starts_block(lines[end]):
            end += 1
        last_end = end
        in_license, in_terms = structure.sections_at(number)
        long_line = next((n for n in range(start, end + 1) if len(lines[n - 1]) > MAX_LINE_CHARS), None)
        if long_line is not None:
            _record_cut(lines, long_line_note(path, long_line))
        yield _make_block([(n, lines[n - 1]) for n in range(start, end + 1)], in_license, in_terms)


class _Structure:
    """Fences, code and headings of a body, from two scans of its text, as `_blocks` sees them."""

    def __init__(self, lines: list[str], text: str, first: int) -> None:
        self.lines = lines
        self.fences: set[int] = set()
        self.headings: set[int] = set()
        events = [(n, 0 if marker != "#" else 1) for n, marker in lines_starting(text, ("```", "~~~", "#"), first)]
        # State after each event line: (in_code, in_license_section, in_terms_section).
        self.marks: list[int] = [first - 1]
        self.states: list[tuple[bool, bool, bool]] = [(False, False, False)]
        self.license_ranges: list[tuple[int, int]] = []
        in_code, in_license, in_terms = False, False, False
        for number, kind in events:
            line = lines[number - 1]
            if kind == 0:
                self.fences.add(number)
                in_code = not in_code
            else:
                heading = None if in_code or number in self.fences else _HEADING.match(line)
                if heading is None:
                    continue
                self.headings.add(number)
                in_license = bool(_LICENSE_HEADING.search(heading.group(1)))
                in_terms = in_license or bool(_DISCLAIMER_HEADING.search(heading.group(1)))
            self.marks.append(number)
            self.states.append((in_code, in_license, in_terms))
        opened: int | None = None
        for number, (_, in_license, _) in zip(self.marks, self.states):
            if opened is not None and number in self.headings:
                self.license_ranges.append((opened, number - 1))
                opened = None
            if in_license and opened is None and number in self.headings:
                opened = number + 1
        if opened is not None:
            self.license_ranges.append((opened, len(lines)))

    def _state(self, number: int) -> tuple[bool, bool, bool]:
        return self.states[bisect.bisect_right(self.marks, number) - 1]

    def in_block(self, number: int) -> bool:
        """Whether the line belongs to some block: not a fence, heading, blank line or code."""
        if number in self.fences or number in self.headings or not self.lines[number - 1].strip():
            return False
        return not self._state(number)[0]

    def sections_at(self, number: int) -> tuple[bool, bool]:
        _, in_license, in_terms = self._state(number)
        return in_license, in_terms


_SENTENCE_END = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z*\[(\"“])|(?<=[。！？])")


def _sentences(block: _Block, lines: list[str] | None = None, path: str = "") -> list[tuple[str, int]]:
    out, start = [], 0
    for match in _SENTENCE_END.finditer(block.text):
        out.append((block.text[start : match.start()], _line_at(block, start)))
        start = match.end()
    if start < len(block.text):
        out.append((block.text[start:], _line_at(block, start)))
    kept = []
    for text, line in out:
        if not text.strip():
            continue
        if len(text) > MAX_SENTENCE_CHARS:
            text = text[:MAX_SENTENCE_CHARS]
            if lines is not None:
                _record_cut(lines, f"{path}:{line}: a sentence longer than {MAX_SENTENCE_CHARS:,} characters was read up to there")
        kept.append((text, line))
    return kept


def _line_at(block: _Block, offset: int) -> int:
    index = bisect.bisect_right(block.offsets, (offset, float("inf"))) - 1
    return block.offsets[max(index, 0)][1]


def _sentence_hits(number: int, sentence: str, in_license_section: bool, budget: _Budget | None = None) -> list[ProseHit]:
    hits: list[ProseHit] = []
    budget = budget if budget is not None else _Budget(MAX_NAME_ATTEMPTS)
    label = _LABEL.match(sentence)
    if label:
        budget.left -= 1
        hit = _name_hit(number, label.group(2), scope_of(label.group(1) or ""), 0.85, whole_line=True)
        if hit:
            hit.form = "label"
            hits.append(hit)
        return hits
    for clause in _clauses(sentence):
        # (match, is Chinese): tagged here, since a lazily compiled pattern is not `match.re`.
        verbs = [(m, False) for m in _VERB_EN.finditer(clause)] + [(m, True) for m in _VERB_ZH.finditer(clause)]
        if "licen" in fold_case(clause):
            verbs += [(m, False) for m in _VERB_FOLLOW.finditer(clause)]
        verbs.sort(key=lambda v: v[0].start())
        for verb, chinese in verbs:
            budget.left -= 1
            if budget.left < 0:
                return hits
            tail = clause[verb.end() : verb.end() + _TAIL_CHARS]
            hit = _name_hit(number, tail, [], 0.8, zh=chinese)
            if hit:
                # The scope costs a pass over the clause: taken only for a hit.
                hit.applies_to = subject_scope(clause[: verb.start()]) or scope_of(clause)
                hits.append(hit)
                break
    if not hits and in_license_section:
        # A line under a licence heading that names a licence without a verb: the scope is its
        # clause's ("the code …, while the weights …" gives each licence its own part).
        for clause in _clauses(sentence):
            budget.left -= 1
            hit = _name_hit(number, clause, scope_of(clause) or scope_of(sentence), 0.7, whole_line=True)
            if hit:
                hit.form = "section"
                hits.append(hit)
                break
    return hits


def _clauses(sentence: str) -> list[str]:
    # Links stay whole while splitting: their texts may hold commas and "but".
    links: list[str] = []

    def hide(match: re.Match[str]) -> str:
        links.append(match.group(0))
        return f"\x02{len(links) - 1}\x03"

    hidden = _sub_links(_LINK, hide, sentence)
    parts = _CLAUSE_SPLIT.split(hidden)
    def restore(part: str) -> str:
        return regex("\x02(\\d+)\x03").sub(lambda m: links[int(m.group(1))], part)

    return [restore(p) for p in parts if p and p.strip()]


def _link_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for the link patterns (`\\[([^\\]]{1,160})\\]\\(…`), in linear time.

    `re` tries such a pattern at every `[` and reads up to 160 characters before failing, so a run
    of `[` costs 160 steps a character. A link's text holds no `]`, so its `]` is the first one
    after its `[`: each `](` has one possible start, the leftmost `[` after the `]` before it and
    at most 161 characters back, and only there is the pattern tried.
    """
    done = 0
    close = text.find("](")
    while close != -1:
        if close >= done:
            low = max(done, close - 161)
            low = max(low, text.rfind("]", low, close) + 1)
            start = text.find("[", low, close - 1)
            match = pattern.match(text, start) if start != -1 else None
            if match is not None:
                yield match
                done = match.end()
        close = text.find("](", close + 1)


def _sub_links(pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str], text: str) -> str:
    """`pattern.sub(replace, text)` for the link patterns, in linear time (see `_link_matches`)."""
    if "](" not in text:
        return text
    parts, last = [], 0
    for match in _link_matches(pattern, text):
        parts.append(text[last : match.start()])
        parts.append(replace(match))
        last = match.end()
    parts.append(text[last:])
    return "".join(parts)


def _name_hit(number: int, tail: str, applies_to: list[str], confidence: float, *, zh: bool = False, whole_line: bool = False) -> ProseHit | None:
    tail = _DETERMINER.sub("", tail.strip().lstrip("*_`( ").strip()).lstrip("*_`( ")
    link = _LINK.match(tail) or (None if not whole_line else _licence_link(tail))
    if link:
        text, target = link.group(1), link.group(2)
        entry = resolve(_strip_md(text))
        if entry is None and not zh:
            after = tail[link.end() : link.end() + 80]
            inner = _LINK.search(after) if after.lstrip().startswith("(") else None
            if inner:
                entry = resolve(_strip_md(inner.group(1)))
        return ProseHit(number, _strip_md(text), entry, target, applies_to, confidence if entry else confidence - 0.1)
    plain = _strip_md(tail)
    if zh:
        zh_match = _ZH_TAIL.match(plain)
        if not zh_match:
            return None
        plain = zh_match.group(1)
    entry, raw = _longest_prefix(plain, whole_line)
    if entry is None or entry.ambiguous:
        specific, specific_raw = _parenthetical(tail)
        if specific is not None and (entry is None or not specific.ambiguous):
            entry, raw = specific, specific_raw
    if entry is None or entry.is_unknown:
        return None
    if whole_line and not _starts_with_name(plain, raw):
        return None
    return ProseHit(number, raw, entry, None, applies_to, confidence)


def _licence_link(text: str) -> re.Match[str] | None:
    for link in _link_matches(_LINK, text):
        if _LICENSE_HEADING.search(link.group(1)) or resolve(_strip_md(link.group(1))) is not None:
            return link
    return None


def _strip_md(text: str) -> str:
    text = _sub_links(_LINK, lambda m: m.group(1), text)
    return regex(r"\*\*|__|`|\*").sub("", text).strip()


def _longest_prefix(text: str, whole_line: bool) -> tuple[LicenseEntry | None, str]:
    stop = _STOP.search(text)
    window = text[: stop.start()] if stop else text
    words = window.split()[:9]
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size])
        entry = resolve(candidate)
        if entry is not None:
            return entry, candidate
    return None, ""


def _parenthetical(text: str) -> tuple[LicenseEntry | None, str]:
    # "released under a permissive license (CC-BY-SA-4.0)" / "([CC BY-SA-4.0](…))"
    text = _sub_links(_LINK, lambda m: m.group(1), text)
    stop = regex(r"[.;。；\n](?!\d)").search(text)
    window = text[: stop.start()] if stop else text
    for match in regex(r"\(([^()]{1,80})\)").finditer(window):
        entry = resolve(match.group(1))
        if entry is not None:
            return entry, match.group(1)
    return None, ""


def _starts_with_name(text: str, name: str) -> bool:
    return text.lower().lstrip("*_ ").startswith(name.lower()[: max(3, len(name) // 2)])


# -- terms stated in prose -------------------------------------------------------------------------
#
# "The weights are for research purposes only and may not be used commercially", "仅供学术研究使用，
# 不可商用", "严禁用于商业用途": restrictions written into a README without naming a licence. They are
# terms all the same (DOMAIN §5). The patterns are stricter than identify's rider patterns, which read
# licence texts: a README also *mentions* other licences ("the original non-commercial licence of LLaMA").

_TERMS_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "research-only",
        lazy_compile(
            r"\b(?:for|to)\s+(?:academic\s+|scientific\s+|non-?commercial\s+)?research\s+(?:purposes?\s+|use\s+|usage\s+)?only\b"
            r"|\b(?:academic|research)[- ](?:use[- ])?only\b"
            r"|\b(?:only|solely|exclusively|strictly)\s+(?:for|to be used for|for use in)\s+(?:academic\s+|non-?commercial\s+)?research\b"
            r"|\b(?:limited|restricted)\s+to\s+(?:academic\s+|non-?commercial\s+)?research\b",
            re.I,
        ),
    ),
    (
        "non-commercial",
        lazy_compile(
            r"\b(?:may|must|shall|can|will)\s*(?:not|n't)\s+be\s+used\s+(?:commercially|(?:for|in)\s+(?:any\s+)?commercial)"
            r"|\bcannot\s+be\s+used\s+(?:commercially|(?:for|in)\s+(?:any\s+)?commercial)"
            r"|\bnot\s+(?:be\s+)?(?:used\s+)?for\s+(?:any\s+)?commercial\s+(?:use|purposes?|applications?)"
            r"|\bno\s+commercial\s+use\b|\bcommercial\s+use\b[^.;]{0,40}?\b(?:is|are)\s+(?:not\s+permitted|prohibited|forbidden|not\s+allowed)"
            r"|\bprohibited\s+(?:for|from)\s+(?:any\s+)?commercial"
            r"|\b(?:only\s+for|for)\s+non-?commercial\s+(?:use|purposes?)(?:\s+only)?\b|\bnon-?commercial\s+(?:use|purposes?)\s+only\b",
            re.I,
        ),
    ),
    (
        "no-derivatives",
        lazy_compile(r"\b(?:may|must|shall)\s+not\s+be\s+(?:modified|fine-?tuned)\b|\bno\s+derivative\s+works\s+(?:are|is)\s+(?:permitted|allowed)", re.I),
    ),
)
_TERMS_ZH: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("research-only", lazy_compile(r"(?:仅|只|僅)(?:供|限|用于|用於|能用于|可用于)[^。，,；;]{0,8}(?:研究|科研)")),
    (
        "non-commercial",
        lazy_compile(
            r"(?:不可|不得|不能|禁止|严禁|嚴禁|不允许|不允許|不准|请勿|請勿)(?:用于|用於|作为|进行)?(?:任何)?(?:商用|商业|商業)"
            r"|(?:仅|只|僅|限)[^。，,；;]{0,6}非商业|非商业(?:性)?(?:用途|目的|使用)(?:使用)?$"
        ),
    ),
    ("no-derivatives", lazy_compile(r"(?:不得|禁止|严禁)[\s*_:：—–-]{0,6}(?:对[^。，,；;]{0,10})?(?:修改|微调|二次开发)")),
)
# "If you wish to use our models commercially, please sign this agreement", "如需申请商业许可证，请填写申请表":
# commercial use needs the licensor's say-so. Read over a whole sentence part, since the condition and
# the request often sit in two clauses.
_COMMERCIAL_AUTHORISATION: tuple[re.Pattern[str], ...] = (
    lazy_compile(
        r"\bif\s+you\s+(?:wish|want|would\s+like|intend|plan|need)\s+to\s+use\b[^.;]{0,80}?\bcommercial[^.;]{0,160}?"
        r"\b(?:sign|apply|register|fill|request|obtain|get\s+(?:authori[sz]ed|permission|approval)|contact)\b"
        r"|\bfor\s+commercial\s+(?:use|usage|purposes?|deployments?|applications?|licen[cs](?:e|ing))\b[^.;]{0,60}?"
        r"\b(?:please\s+)?(?:sign|apply|register|fill\s+(?:in|out)|request|obtain|contact\s+us)\b"
        r"|\bcommercial\s+(?:use|usage|deployment)\b[^.;]{0,60}?\b(?:requires?|needs?|is\s+subject\s+to|must\s+(?:be\s+)?"
        r"(?:obtain|apply|sign|register|approv|authori))[^.;]{0,40}?\b(?:licen[cs]e|authori[sz]ation|permission|approval|agreement|"
        r"registration|application|approved|authori[sz]ed)"
        r"|\bapply(?:ing)?\s+for\s+(?:a\s+|the\s+)?commercial\s+(?:licen[cs]e|use|authori[sz]ation)",
        re.I,
    ),
    lazy_compile(
        r"(?:如需|如果需要|若需|若要|如要|如果您?(?:希望|想|需要|要))[^。；;]{0,12}(?:商用|商业|商業)[^。；;]{0,40}"
        r"(?:申请|申請|授权|授權|联系|聯繫|填写|填寫|签署|簽署|登记|登記|许可|許可)"
        r"|(?:商用|商业使用|商業使用|商业用途|商業用途|商业化使用)[^。；;]{0,20}(?:需|须|須|需要|必须|必須)[^。；;]{0,20}"
        r"(?:申请|申請|授权|授權|联系|聯繫|填写|填寫|签署|簽署|登记|登記|许可|許可)"
        r"|申请商业(?:许可|授权|使用)|申請商業(?:許可|授權|使用)"
    ),
)
_USE_POLICY = lazy_compile(r"\b(?:acceptable|prohibited)[\s-]+use\s+polic(?:y|ies)\b|\buse\s+polic(?:y|ies)\b|可接受使用政策|使用政策|禁止使用政策", re.I)
# "not only for research", "不仅供研究": a negated restriction is none.
_NEGATED_BEFORE = lazy_compile(r"(?:\b(?:not|no longer|never|isn't|aren't)\s+(?:\w+\s+){0,2}|不再?|并非|不是)$", re.I)
# "intended for research purposes only" describes the intended use (a model card's "Uses"), not a term.
_INTENDED = lazy_compile(r"\b(?:intended|designed|meant|primarily)\b|旨在|主要用于|设计用于", re.I)
_LICENSING_WORD = lazy_compile(r"licen[cs]|许可|授权|協議|协议", re.I)
# Domain disclaimers of medical, legal or financial models ("not a substitute for professional medical
# advice", "不构成医疗建议"): a warning about reliance, not licence terms.
_SAFETY_ADVICE = lazy_compile(
    r"substitute\s+for|professional\s+(?:medical|legal|financial|clinical)|(?:medical|legal|financial|investment|clinical)\s+(?:advice|decisions?|diagnos)"
    r"|\bdiagnos|\bclinical\s+use|医疗建议|醫療建議|投资建议|投資建議|法律建议|法律建議|诊断|診斷|不构成",
    re.I,
)
# Another model is the subject: "Unlike other models, which are for research only, M …".
_OTHERS = lazy_compile(
    r"\bunlike\b|\bcompared\s+(?:to|with)\b|\bother\s+(?:[\w-]+\s+){0,3}models?\b"
    r"|不同于|相比|(?:其他|其它)[^。，,；;]{0,10}模型|与[^。，,；;]{0,30}不同",
    re.I,
)
# A non-binding wish ("we ask that", "希望") is no term.
_WISH = lazy_compile(r"\bwe\s+(?:kindly\s+)?(?:ask|request|encourage|recommend|hope)\b|希望|建议", re.I)
# Subjects that stand for the whole release ("本项目相关资源", "the resources of this project").
_RELEASE_WIDE = lazy_compile(r"\bthis\s+(?:project|release|work)\b|\bresources\b|本项目|本專案|相关资源|本资源|所有资源|全部资源", re.I)


@dataclass
class ProseTerms:
    """Restrictions a sentence states about parts of the release, without naming a licence."""

    line: int
    kinds: list[str]  # identify's rider kinds: "research-only", "non-commercial", "no-derivatives"
    sentence: str
    applies_to: list[str]


def terms_from_prose(path: str, lines: list[str], body_start: int = 1) -> list[ProseTerms]:
    """Restrictions stated in Markdown prose, one per sentence and scope, with the parts they cover."""
    out: list[ProseTerms] = []
    sentences = 0
    for block in _relevant_blocks(lines, body_start, _TERMS_KEYWORDS, path=path):
        for sentence, line in _sentences(block, lines, path):
            if not _TERMS_KEYWORDS.search(fold_case(sentence)):
                continue
            sentences += 1
            if sentences > MAX_TERM_SENTENCES:
                _record_cut(lines, f"{path}: terms in prose were read up to line {line} only "
                                   f"(more than {MAX_TERM_SENTENCES:,} candidate sentences); the rest of the document was not")
                return out
            out.extend(_sentence_terms(line, sentence, block.in_terms_section))
    return out


# Every pattern of `_TERMS_EN`/`_TERMS_ZH` holds one of these words: a paragraph without any states no terms.
_TERMS_KEYWORDS = keyword_pattern(
    ("research", "academic", "commercial", "modified", "fine-tuned", "finetuned", "derivative", "use polic",
     "研究", "科研", "商用", "商业", "商業", "修改", "微调", "二次开发", "使用政策")
)
MAX_TERM_SENTENCES = 1_000  # sentences with a terms keyword, per document (corpus maximum: 21)


# The text of a link to elsewhere describes the linked thing ("[LLaMA模型禁止商用](https://…)").
_OUTBOUND_LINK = lazy_compile(r"\[([^\]]{1,160})\]\((?:https?:)?//[^)\s]{1,400}\)")
_ASIDE_OPEN, _ASIDE_CLOSE = "\u2039", "\u203a"
# Sentence ends that _SENTENCE_END leaves inside bold text ("**… use.** When …").
_SUB_SENTENCE = lazy_compile(r"(?<=[.!?])\s+|(?<=[。！？])")


def _sentence_terms(number: int, sentence: str, in_terms_section: bool) -> list[ProseTerms]:
    marked = _sub_links(_OUTBOUND_LINK, lambda m: _ASIDE_OPEN + m.group(1) + _ASIDE_CLOSE, sentence)
    out: list[ProseTerms] = []
    for part in _SUB_SENTENCE.split(_strip_md(marked)):
        found = _part_terms(number, part, in_terms_section)
        if found is None:
            continue
        same = next((t for t in out if t.applies_to == found.applies_to), None)
        if same is None:
            out.append(found)
        else:
            same.kinds += [k for k in found.kinds if k not in same.kinds]
    return out


def _part_terms(number: int, flat: str, in_terms_section: bool) -> ProseTerms | None:
    if not flat.strip() or _OTHERS.search(flat) or _WISH.search(flat):
        return None
    kinds: list[str] = []
    scopes: list[str] = []
    carried: list[str] = []  # the subject of an earlier clause carries over ("本模型仅供研究，不可商用")
    in_aside = False  # a link text may hold commas, so clauses can start or end inside one
    for clause in _clauses(flat):
        own_text, in_aside = _mask_asides(clause, in_aside)
        carried = scope_of(own_text) or carried
        found = _clause_kinds(own_text)
        if not found:
            continue
        kinds += [k for k in found if k not in kinds]
        scopes += [s for s in carried if s not in scopes]
    whole, _inside = _mask_asides(flat, False)
    if any(pattern.search(whole) for pattern in _COMMERCIAL_AUTHORISATION) and not _NEGATED_BEFORE.search(whole[:4]):
        kinds.append("commercial-authorisation")
        scopes += [s for s in (scope_of(whole) or ["weights"]) if s not in scopes]
    plain_part = flat.replace(_ASIDE_OPEN, "").replace(_ASIDE_CLOSE, "")
    policy = _USE_POLICY.search(plain_part)
    ours = bool(policy) and bool(regex(r"\b(?:our|its|the\s+model'?s?)\s+$|本$", re.I).search(plain_part[: policy.start() if policy else 0]))
    if policy and not _NEGATED_BEFORE.search(plain_part[: policy.start()]) and (in_terms_section or ours or scope_of(plain_part)):
        # "our Acceptable Use Policy can be found here": the weights come with an AUP (the text of a link
        # counts here: "[Acceptable Use Policy](…)" names the policy the release imposes)
        kinds.append("acceptable-use-policy")
        scopes += [s for s in (scope_of(plain_part) or ["weights"]) if s not in scopes]
    if not kinds:
        return None
    plain = " ".join(flat.replace(_ASIDE_OPEN, "").replace(_ASIDE_CLOSE, "").split())
    if not scopes and (_RELEASE_WIDE.search(plain) or in_terms_section):
        scopes = ["weights"]  # "the resources of this project": in a model release, the model
    if not scopes:
        return None
    return ProseTerms(number, kinds, plain, scopes)


def _mask_asides(clause: str, inside: bool) -> tuple[str, bool]:
    """The clause with the text of outbound links blanked; whether the clause ends inside one."""
    if not inside and _ASIDE_OPEN not in clause and _ASIDE_CLOSE not in clause:
        return clause, False  # nothing to blank: skip the walk over every character
    kept: list[str] = []
    for char in clause:
        if char == _ASIDE_OPEN:
            inside = True
        elif char == _ASIDE_CLOSE:
            inside = False
        kept.append(" " if inside or char == _ASIDE_CLOSE else char)
    return "".join(kept), inside


def _clause_kinds(clause: str) -> list[str]:
    kinds = []
    for kind, pattern in _TERMS_EN + _TERMS_ZH:
        for match in pattern.finditer(clause):
            before = clause[: match.start()]
            if _NEGATED_BEFORE.search(before):
                continue
            if kind == "research-only" and _INTENDED.search(before) and not _LICENSING_WORD.search(clause):
                continue
            if kind == "research-only" and _SAFETY_ADVICE.search(clause) and not _LICENSING_WORD.search(clause):
                continue  # "for research purposes only and not a substitute for medical advice": a safety warning
            if kind not in kinds:
                kinds.append(kind)
            break
    return kinds
