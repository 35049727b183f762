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

import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from openwash.licenses import knowledge
from openwash.licenses.knowledge import LicenseEntry
from openwash.model import FAMILY_RESTRICTIVENESS


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
    url = re.sub(r"^https?://(www\.)?", "", url)
    url = re.sub(r"[#?].*$", "", url)
    return url.rstrip("/").replace("/blob/main/", "/").replace("/resolve/main/", "/")


_URLS: dict[str, LicenseEntry] | None = None


def _url_index() -> dict[str, LicenseEntry]:
    global _URLS
    if _URLS is None:
        index: dict[str, LicenseEntry] = {}
        for entry in knowledge.all_entries():
            if not entry.ambiguous and not entry.is_unknown:
                index.setdefault(_url_key(entry.source), entry)
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

_EXPRESSION_HINT = re.compile(r"(?:^|\s)(?:AND|OR|WITH|and|or|with)(?:\s|$)|[()]")


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

_SPDX_LINE = re.compile(r"SPDX-License-Identifier:\s*(.+?)\s*(?:\*/|-->|#}|$)")


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

_TOML_LICENSE = re.compile(r'^\s*license\s*=\s*(?:"([^"]+)"|\'([^\']+)\'|\{\s*text\s*=\s*"([^"]+)")', re.M)
_TOML_LICENSE_FILE = re.compile(r'^\s*license\s*=\s*\{\s*file\s*=\s*"([^"]+)"', re.M)
_CFG_LICENSE = re.compile(r"^\s*license\s*=\s*(.+?)\s*$", re.M)
_CFF_LICENSE = re.compile(r"^license:\s*[\"']?([^\"'\n#]+?)[\"']?\s*$", re.M)
_TROVE = re.compile(r"License :: (?:OSI Approved :: )?([^\"'\n,]+?)\s*[\"']?\s*,?\s*$", re.M)


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

_BADGE = re.compile(r"img\.shields\.io/badge/([^)\s\"'?]+)", re.I)


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
            if not re.search(r"licen[cs]e|许可|协议", label, re.I):
                continue
            entry = resolve(message)
            if entry is None:
                continue
            out.append(Declaration(path, number, "badge", message, entry, 0.8, scope_of(label)))
    return out


def _badge_parts(spec: str) -> tuple[str, str] | None:
    spec = re.sub(r"\.(?:svg|png)$", "", unquote(spec))
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
    ("code", re.compile(r"\bcode\b|source files?|\bsoftware\b|\brepository\b|\brepo\b|代码|程序|本仓库", re.I)),
    ("weights", re.compile(r"weights?\b|checkpoints?|model parameters|\bparameters\b|\bmodels?\b(?! cards?)|权重|模型参数|模型", re.I)),
    ("data", re.compile(r"\bdata ?sets?\b|\bcorpus\b|\bdata\b|数据", re.I)),
    ("docs", re.compile(r"\bdocumentation\b|\bdocs\b|文档", re.I)),
)


def scope_of(clause: str) -> list[str]:
    """Which parts of the release a clause talks about (empty when it does not say)."""
    return [name for name, pattern in _SCOPES if pattern.search(clause)]


# -- prose --------------------------------------------------------------------------------------

_VERB_EN = re.compile(
    r"\b(?:licen[cs]ed|released|distributed|available|provided|published|offered|shared|made available|open[- ]sourced)"
    r"\s+(?:\S+\s+){0,12}?under\s+(?:the\s+terms\s+of\s+)?|"
    r"\b(?:subject to|governed by|covered by|in accordance with|per)\s+(?:the\s+terms\s+of\s+)?",
    re.I,
)
_VERB_ZH = re.compile(r"(?:依照|遵循|遵守|采用|依据|根据|基于|使用|受)\s*")
_ZH_TAIL = re.compile(r"^(.{1,60}?)\s*(?:开源)?(?:许可协议|许可证|授权条款|协议|许可)")
_LABEL = re.compile(
    r"^\s*(?:[-*]\s*)?(?:\*\*|__)?\s*((?:code|model|weights?|data(?:set)?|模型|代码|数据)\s*)?(?:licen[cs]e|许可证?|协议|授权)\s*(?:\*\*|__)?\s*[:：]"
    r"\s*(?:\*\*|__)?\s*(.+)$",
    re.I,
)
_LINK = re.compile(r"\[([^\]]{1,160})\]\(([^)\s]{1,400})(?:\s+\"[^\"]*\")?\)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*)$")
_LICENSE_HEADING = re.compile(r"licen[cs]e|许可|协议|授权", re.I)
_CLAUSE_SPLIT = re.compile(r"[，,;；]\s*|\s+(?:while|whereas|but|and the|and all)\s+|。")
_STOP = re.compile(r"[.:!?](?=\s|$)|[;。；：！？\n]|\s\(|\)|，|,\s|\s[-—–]\s")


@dataclass
class ProseHit:
    line: int
    raw: str
    entry: LicenseEntry | None
    link: str | None
    applies_to: list[str]
    confidence: float


def from_prose(path: str, lines: list[str], body_start: int = 1) -> list[ProseHit]:
    """Licence statements in Markdown prose. Link targets are kept for `scan` to resolve.

    Wrapped lines are joined into paragraphs and split into sentences, so a statement that
    spans lines is read whole; a hit carries the line where its sentence starts.
    """
    hits: list[ProseHit] = []
    for block in _blocks(lines, body_start):
        for sentence, line in _sentences(block):
            hits.extend(_sentence_hits(line, sentence, block.in_license_section))
    return hits


@dataclass
class _Block:
    text: str
    offsets: list[tuple[int, int]]  # (character offset in text, line number)
    in_license_section: bool


_BLOCK_BREAK = re.compile(r"^\s*(?:[-*+]\s|\d{1,3}[.)]\s|\||>|<)")


def _blocks(lines: list[str], body_start: int) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[tuple[int, str]] = []
    in_license_section = False
    in_code = False

    def flush() -> None:
        if current:
            text, offsets = "", []
            for number, line in current:
                offsets.append((len(text), number))
                text += line.strip() + " "
            blocks.append(_Block(text.rstrip(), offsets, in_license_section))
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
            continue
        if _BLOCK_BREAK.match(line) or _LABEL.match(line):
            flush()  # list items, table rows and "License: X" lines start blocks of their own
        current.append((number, line))
    flush()
    return blocks


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*\[(\"“])|(?<=[。！？])")


def _sentences(block: _Block) -> list[tuple[str, int]]:
    out, start = [], 0
    for match in _SENTENCE_END.finditer(block.text):
        out.append((block.text[start : match.start()], _line_at(block, start)))
        start = match.end()
    if start < len(block.text):
        out.append((block.text[start:], _line_at(block, start)))
    return [(text, line) for text, line in out if text.strip()]


def _line_at(block: _Block, offset: int) -> int:
    line = block.offsets[0][1]
    for char_offset, number in block.offsets:
        if char_offset <= offset:
            line = number
    return line


def _sentence_hits(number: int, sentence: str, in_license_section: bool) -> list[ProseHit]:
    hits: list[ProseHit] = []
    label = _LABEL.match(sentence)
    if label:
        hit = _name_hit(number, label.group(2), scope_of(label.group(1) or ""), 0.85, whole_line=True)
        if hit:
            hits.append(hit)
        return hits
    for clause in _clauses(sentence):
        verbs = sorted(list(_VERB_EN.finditer(clause)) + list(_VERB_ZH.finditer(clause)), key=lambda m: m.start())
        for verb in verbs:
            tail = clause[verb.end() :]
            hit = _name_hit(number, tail, scope_of(clause[: verb.start()]) or scope_of(clause), 0.8, zh=verb.re is _VERB_ZH)
            if hit:
                hits.append(hit)
                break
    if not hits and in_license_section:
        hit = _name_hit(number, sentence, scope_of(sentence), 0.7, whole_line=True)
        if hit:
            hits.append(hit)
    return hits


def _clauses(sentence: str) -> list[str]:
    # Links stay whole while splitting: their texts may hold commas and "but".
    links: list[str] = []

    def hide(match: re.Match[str]) -> str:
        links.append(match.group(0))
        return f"\x02{len(links) - 1}\x03"

    hidden = _LINK.sub(hide, sentence)
    parts = _CLAUSE_SPLIT.split(hidden)
    def restore(part: str) -> str:
        return re.sub("\x02(\\d+)\x03", lambda m: links[int(m.group(1))], part)

    return [restore(p) for p in parts if p and p.strip()]


def _name_hit(number: int, tail: str, applies_to: list[str], confidence: float, *, zh: bool = False, whole_line: bool = False) -> ProseHit | None:
    tail = tail.strip().lstrip("*_`( ").strip()
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
    for link in _LINK.finditer(text):
        if _LICENSE_HEADING.search(link.group(1)) or resolve(_strip_md(link.group(1))) is not None:
            return link
    return None


def _strip_md(text: str) -> str:
    text = _LINK.sub(lambda m: m.group(1), text)
    return re.sub(r"\*\*|__|`|\*", "", text).strip()


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
    text = _LINK.sub(lambda m: m.group(1), text)
    stop = re.search(r"[.;。；\n](?!\d)", text)
    window = text[: stop.start()] if stop else text
    for match in re.finditer(r"\(([^()]{1,80})\)", window):
        entry = resolve(match.group(1))
        if entry is not None:
            return entry, match.group(1)
    return None, ""


def _starts_with_name(text: str, name: str) -> bool:
    return text.lower().lstrip("*_ ").startswith(name.lower()[: max(3, len(name) // 2)])
