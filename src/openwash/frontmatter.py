"""YAML front matter of model cards, read with ruamel.yaml so findings point at lines.

A card made by stacking a short header block (`license: apache-2.0`) on top of a generated
card with its own block (PEFT/TRL: `library_name`, `base_model`, `tags`) is read as one front
matter: the second block's keys fill in what the first lacks (`_stacked_block`). An HTML comment that opens the
file (ModelScope's editor header) does not hide the block under it (`_after_leading_comment`).

Hostile input is handled here: front matter over `MAX_FRONT_MATTER` bytes, alias
expansion (a "billion laughs" document), nesting deeper than `MAX_DEPTH`, duplicate keys,
tabs and non-mapping documents all give a `FrontMatterError` with the file line, never an
exception from the parser. Tags such as `!!python/object` are never constructed (the
round-trip loader keeps them as text). Mapping keys are always strings.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import warnings
from dataclasses import dataclass, field
from typing import Any

from openwash import cache
from openwash.lazyre import lazy_compile, regex

MAX_FRONT_MATTER = 256 * 1024
MAX_ALIASES = 64
MAX_DEPTH = 64  # nesting of mappings/lists; real cards stay under 10
MAX_NODES = 50_000  # values after alias expansion; a large model-index has a few thousand
_FENCE = lazy_compile(r"^---[ \t]*$")
_END_FENCE = lazy_compile(r"^(---|\.\.\.)[ \t]*$")


@dataclass
class FrontMatterError:
    message: str
    line: int  # 1-based line in the file


@dataclass
class FrontMatter:
    data: dict[str, Any]  # plain Python values (dict/list/str/int/…)
    start_line: int  # line of the opening fence (1 unless a BOM/blank lines precede)
    end_line: int  # line of the closing fence
    positions: dict[tuple[Any, ...], tuple[int, int]] = field(default_factory=dict)
    # (key,) or (key, index) or (key, index, subkey …) -> (line, column), 1-based file coords

    def locate(self, *keys: Any) -> tuple[int, int]:
        """Line and column of a key path; falls back to the nearest known parent."""
        path = tuple(keys)
        while path:
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return (self.start_line, 1)


@dataclass
class SplitResult:
    front_matter: FrontMatter | None
    error: FrontMatterError | None
    body_start_line: int  # first line of the body (1-based)
    body: str


def split(text: str, truncated: bool = False) -> SplitResult:
    """Separate a leading `---` YAML block from the Markdown body and parse it.

    `truncated` says `text` is only the first part of the file (see textio): an
    unclosed block is then reported as cut by the read limit, not as unclosed.
    """
    lines = text.split("\n")
    first = 0
    while first < len(lines) and first < 3 and not lines[first].strip():
        first += 1
    first = _after_leading_comment(lines, first)
    if first >= len(lines) or not _FENCE.match(lines[first]):
        return SplitResult(None, None, 1, text)
    end = _closing_fence(lines, first + 1)
    if isinstance(end, int) and end >= 0 and not any(line.strip() for line in lines[first + 1 : end]):
        # An empty "---\n---" block: the real front matter may follow it ("---\n---\n---\nlicense: …").
        following = end + 1
        while following < len(lines) and following < end + 3 and not lines[following].strip():
            following += 1
        if following < len(lines) and _FENCE.match(lines[following]):
            after = _closing_fence(lines, following + 1)
            if isinstance(after, int) and after >= 0 and _starts_like_yaml(lines, following + 1, closed=True):
                first, end = following, after
    if not _starts_like_yaml(lines, first + 1, closed=end is not None and end != _TOO_FAR):
        # "---" then Markdown ("# Title", "<div …>", "![logo](…)"): a thematic break, not front matter.
        return SplitResult(None, None, 1, text)
    if end == _TOO_FAR:
        return SplitResult(
            None,
            FrontMatterError(f"front matter larger than {MAX_FRONT_MATTER // 1024} KiB; not parsed", first + 1),
            1,
            text,
        )
    if end is None:
        why = (
            "front matter is not closed within the part of the file that was read; not parsed"
            if truncated
            else "front matter opened with '---' is never closed"
        )
        return SplitResult(None, FrontMatterError(why, first + 1), 1, text)
    yaml_text = "\n".join(lines[first + 1 : end])
    body = "\n".join(lines[end + 1 :])
    offset = first + 1  # YAML line 0 is file line offset+1
    if len(yaml_text.encode("utf-8", "replace")) > MAX_FRONT_MATTER:
        return SplitResult(
            None,
            FrontMatterError(f"front matter larger than {MAX_FRONT_MATTER // 1024} KiB; not parsed", first + 1),
            end + 2,
            body,
        )
    parsed = parse_yaml(yaml_text, offset)
    if isinstance(parsed, FrontMatterError):
        return SplitResult(None, parsed, end + 2, body)
    data, positions = parsed
    fm = FrontMatter(data, first + 1, end + 1, positions)
    stacked = _stacked_block(lines, end)
    if stacked is not None:
        second_end, second_data, second_positions = stacked
        for key, value in second_data.items():
            if key not in data:  # the first block is what the Hub reads; it wins
                data[key] = value
                positions.update((path, at) for path, at in second_positions.items() if path[0] == key)
        return SplitResult(fm, None, second_end + 2, "\n".join(lines[second_end + 1 :]))
    return SplitResult(fm, None, end + 2, body)


# Keys that make a second block metadata rather than Markdown (huggingface/hub-docs `modelcard.md`).
_HUB_KEYS = frozenset(
    "license license_name license_link base_model base_model_relation library_name pipeline_tag tags datasets language "
    "model_name model-index metrics inference widget".split()
)


def _stacked_block(
    lines: list[str], end: int
) -> tuple[int, dict[str, Any], dict[tuple[Any, ...], tuple[int, int]]] | None:
    """A second metadata block right after the first: a card made by putting a short header
    (`license: apache-2.0`) above a generated card that has its own front matter (PEFT/TRL's
    `library_name`, `base_model`, `tags`). Taken only when it is closed, reads as YAML, parses
    as a mapping and holds a model-card key; anything else is the body, as before.
    """
    following = end + 1
    while following < len(lines) and following < end + 3 and not lines[following].strip():
        following += 1
    if following >= len(lines) or not _FENCE.match(lines[following]):
        return None
    after = _closing_fence(lines, following + 1)
    if after is None or after == _TOO_FAR or not _starts_like_yaml(lines, following + 1, closed=True):
        return None
    yaml_text = "\n".join(lines[following + 1 : after])
    if len(yaml_text.encode("utf-8", "replace")) > MAX_FRONT_MATTER:
        return None
    parsed = parse_yaml(yaml_text, following + 1)
    if isinstance(parsed, FrontMatterError) or not _HUB_KEYS.intersection(parsed[0]):
        return None
    return after, parsed[0], parsed[1]


_TOO_FAR = -1
_YAML_KEY = lazy_compile(r"^[ \t]*(?:\"[^\"\n]{1,200}\"|'[^'\n]{1,200}'|[\w.~-][\w .~/-]{0,200}?|\?)[ \t]*:(?:[ \t]|$)")
_MARKDOWN_START = lazy_compile(r"^[ \t]*(?:<|!\[|\[|>|\||\*\*|=+[ \t]*$|`{3})")


def _starts_like_yaml(lines: list[str], start: int, *, closed: bool) -> bool:
    """Whether the lines after an opening `---` read as YAML rather than Markdown.

    A key (`license: mit`), a list item or a flow collection is YAML; so is a comment line
    followed by a key. A heading followed by prose, an HTML tag, an image, a link, a quote or
    a table is Markdown: the `---` above it is a thematic break. Plain text inside a closed
    block is read as YAML (the Hub does, and reports a block that is not a mapping).
    """
    index = start
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index >= len(lines) or _FENCE.match(lines[index]) or _END_FENCE.match(lines[index]):
        return True  # empty block: nothing to misread
    line = lines[index]
    if regex(r"^\s*!?\[[^\]\n]{0,300}\][(\[]").match(line):
        return False  # a Markdown link or image, not a flow list
    if _YAML_KEY.match(line) or line.lstrip().startswith(("- ", "{", "[")) or line.strip() == "-":
        return not _MARKDOWN_START.match(line) or line.lstrip().startswith(("{", "["))
    if line.lstrip().startswith("#"):
        following = index + 1
        while following < len(lines) and (not lines[following].strip() or lines[following].lstrip().startswith("#")):
            following += 1
        return following < len(lines) and bool(_YAML_KEY.match(lines[following])) and not _FENCE.match(lines[following])
    if _MARKDOWN_START.match(line):
        return False
    return closed


def _after_leading_comment(lines: list[str], first: int) -> int:
    """Past an HTML comment that opens the file (ModelScope's editor header: `<!--`, ` * @Author: …`, `-->`) and the
    blank lines after it, when a fence follows: ModelScope reads the front matter under it. Otherwise `first`."""
    if first >= len(lines) or not lines[first].lstrip().startswith("<!--"):
        return first
    for index in range(first, min(len(lines), first + 40)):
        if "-->" in lines[index]:
            following = index + 1
            while following < len(lines) and following < index + 3 and not lines[following].strip():
                following += 1
            closing = lines[index].split("-->", 1)[1].strip()
            return following if not closing and following < len(lines) and _FENCE.match(lines[following]) else first
    return first


def _closing_fence(lines: list[str], start: int) -> int | None:
    """Index of the closing fence; None when there is none; _TOO_FAR past the size limit."""
    size = 0
    for i in range(start, len(lines)):
        if _END_FENCE.match(lines[i]):
            return i
        size += len(lines[i]) + 1
        if size > 4 * MAX_FRONT_MATTER:
            return _TOO_FAR  # stop scanning: whatever closes it, it is too large to parse
    return None


_TEMPLATE_FIELD = lazy_compile(r"\{\{\s*[A-Za-z_][\w.-]{0,64}\s*\}\}")
# A line that is only a bracketed placeholder ("[instance_prompt]", Replicate's trainer card template)
_PLACEHOLDER_LINE = lazy_compile(r"^\[[a-z_][a-z0-9_]{0,64}\][ \t]*$", re.MULTILINE)


_Parsed = FrontMatterError | tuple[dict[str, Any], dict[tuple[Any, ...], tuple[int, int]]]


def parse_yaml(yaml_text: str, line_offset: int = 0) -> _Parsed:
    """Parse a YAML mapping; returns (data, positions) or an error with a file line. Never raises.

    The result is a pure function of the text, the offset, this module and ruamel.yaml, and holds
    only plain values, so it is kept (marshalled) in memory and in the user cache: a card whose
    front matter has not changed since the last run is answered without importing ruamel.yaml
    (~15 ms of a hook run). Each call gets fresh objects, so callers may change what they get.
    """
    if not yaml_text.strip():
        return {}, {}
    key = (cache.text_digest(yaml_text), line_offset)
    stored = _PARSED.get(key)
    if stored is None:
        parsed_store = _parsed_store()
        found = parsed_store.get(key)
        stored = found if isinstance(found, bytes) else None
        if stored is None:
            result = _parse_yaml(yaml_text, line_offset)
            stored = marshal.dumps(("error", result.message, result.line) if isinstance(result, FrontMatterError) else result)
            parsed_store.put(key, stored)
        if len(_PARSED) >= 64:
            _PARSED.pop(next(iter(_PARSED)))
        _PARSED[key] = stored
    value = marshal.loads(stored)
    if value[0] == "error":
        return FrontMatterError(value[1], value[2])
    return value[0], value[1]


_PARSED: dict[tuple[bytes, int], bytes] = {}  # the marshalled results of this process (a doc is read by two stages)


_store: cache.Store | None = None


def _parsed_store() -> cache.Store:
    """Results kept between runs, keyed by this module's file and ruamel.yaml's (edits, upgrades)."""
    global _store
    if _store is None:
        import importlib.util

        spec = importlib.util.find_spec("ruamel.yaml")
        sources = [__file__]
        if spec is not None and spec.origin:
            sources += [spec.origin, os.path.join(os.path.dirname(spec.origin), "constructor.py")]
        _store = cache.store("front-matter", f"{sys.hexversion:x}-{cache.file_signature(*sources)}")
    return _store


def _parse_yaml(yaml_text: str, line_offset: int) -> _Parsed:
    refused = _refuse_before_parsing(yaml_text, line_offset)
    if refused is not None:
        return refused
    loaded = _load(yaml_text, line_offset)
    if isinstance(loaded, FrontMatterError) and ("{{" in yaml_text or "[" in yaml_text):
        # a card template (`- {{HF_USER}}/data`, a line `[instance_prompt]` filled in when it is uploaded): read with its
        # placeholders as plain words, a placeholder line as a comment (line numbers kept)
        filled_text = _TEMPLATE_FIELD.sub(lambda m: "x" * len(m.group(0)), yaml_text)
        filled_text = _PLACEHOLDER_LINE.sub(lambda m: "#" + m.group(0)[1:], filled_text)
        filled = _load(filled_text, line_offset) if filled_text != yaml_text else loaded
        loaded = loaded if isinstance(filled, FrontMatterError) else filled
    if isinstance(loaded, FrontMatterError):
        return loaded
    doc = loaded
    if doc is None:
        return {}, {}
    if not isinstance(doc, dict):
        return FrontMatterError(
            f"front matter is a {'list' if isinstance(doc, list) else 'scalar'}, not a mapping of keys to values",
            line_offset + 1,
        )
    positions: dict[tuple[Any, ...], tuple[int, int]] = {}
    budget = _Budget(MAX_NODES)
    try:
        data = _plain(doc, (), positions, line_offset, 0, budget)
    except _TooLarge:
        return FrontMatterError(
            f"front matter expands to more than {MAX_NODES} values (YAML aliases?); refusing to expand",
            line_offset + 1,
        )
    except RecursionError:
        return FrontMatterError("front matter is nested too deeply; not parsed", line_offset + 1)
    assert isinstance(data, dict)
    return data, positions


def _refuse_before_parsing(yaml_text: str, line_offset: int) -> FrontMatterError | None:
    """Cheap checks that keep the parser away from documents built to exhaust it."""
    alias_count = _count_aliases(yaml_text)
    if alias_count > MAX_ALIASES:
        return FrontMatterError(f"front matter uses {alias_count} YAML aliases; refusing to expand", line_offset + 1)
    depth, line = _nesting_depth(yaml_text)
    if depth > MAX_DEPTH:
        return FrontMatterError(
            f"front matter is nested more than {MAX_DEPTH} levels deep; not parsed", line_offset + line
        )
    return None


def _load(yaml_text: str, line_offset: int) -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError

    yaml = YAML(typ="rt", pure=True)
    yaml.allow_duplicate_keys = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ruamel warns on reused anchors etc.; we report errors only
            return yaml.load(yaml_text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = line_offset + (mark.line + 1 if mark is not None else 1)
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        return FrontMatterError(f"front matter is not valid YAML: {_one_line(problem)}", line)
    except RecursionError:
        return FrontMatterError("front matter is nested too deeply; not parsed", line_offset + 1)
    except Exception as exc:  # a third-party parser on hostile input: any failure is a finding
        return FrontMatterError(f"front matter is not valid YAML: {_one_line(str(exc)) or type(exc).__name__}", line_offset + 1)


_ANCHOR = lazy_compile(r"&([^\s\[\]{},]+)")
_ALIAS = lazy_compile(r"(?:^|(?<=[\s\[{,:-]))\*([^\s\[\]{},]+)", re.MULTILINE)


def _count_aliases(yaml_text: str) -> int:
    # "*name" tokens whose name some "&name" anchor defines (an alias needs one), so
    # Markdown emphasis such as "**bold**" in a description is not counted. Real cards use none.
    if "&" not in yaml_text:
        return 0
    anchors = set(_ANCHOR.findall(yaml_text))
    return sum(1 for name in _ALIAS.findall(yaml_text) if name in anchors)


def _nesting_depth(yaml_text: str) -> tuple[int, int]:
    """Over-estimate of the deepest nesting (flow brackets + block indentation + "- " runs).

    Returns (depth, 1-based line where it is reached). Quotes are ignored, so a bracket
    inside a string counts too; real front matter is far below the limit either way.
    """
    deepest, deepest_line = 0, 1
    flow = 0
    indents: list[int] = []
    for number, line in enumerate(yaml_text.split("\n"), 1):
        stripped = line.lstrip(" ")
        if stripped and not stripped.startswith("#"):
            width = len(line) - len(stripped)
            while indents and indents[-1] > width:
                indents.pop()
            if not indents or indents[-1] < width:
                indents.append(width)
            dashes = len(regex(r"(?:-[ \t]+)*").match(stripped).group(0).split("-")) - 1  # type: ignore[union-attr]
            flow_here = flow
            for char in stripped:
                if char in "[{":
                    flow += 1
                    flow_here = max(flow_here, flow)
                elif char in "]}":
                    flow = max(0, flow - 1)
            depth = len(indents) + dashes + flow_here
            if depth > deepest:
                deepest, deepest_line = depth, number
    return deepest, deepest_line


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


class _TooLarge(Exception):
    pass


class _Budget:
    """Counts values as they are converted: aliases make a small document a huge tree."""

    def __init__(self, limit: int) -> None:
        self.left = limit

    def spend(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise _TooLarge


def _key_text(key: Any) -> str:
    if isinstance(key, str):
        return str(key)
    if key is None:
        return "null"
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)


def _plain(
    node: Any,
    path: tuple[Any, ...],
    positions: dict[tuple[Any, ...], tuple[int, int]],
    offset: int,
    depth: int,
    budget: _Budget,
) -> Any:
    """Convert ruamel's commented containers to plain values, recording positions."""
    budget.spend()
    if depth > MAX_DEPTH:
        return None
    if isinstance(node, dict):
        return _plain_mapping(node, path, positions, offset, depth, budget)
    if isinstance(node, list):
        return _plain_sequence(node, path, positions, offset, depth, budget)
    if isinstance(node, str):
        return str(node)
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    return str(node)  # timestamps, tagged scalars, …: their text, never an object


def _plain_mapping(
    node: dict[Any, Any],
    path: tuple[Any, ...],
    positions: dict[tuple[Any, ...], tuple[int, int]],
    offset: int,
    depth: int,
    budget: _Budget,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    lc = getattr(node, "lc", None)
    for key, value in node.items():
        skey = _key_text(key)
        if lc is not None:
            try:
                kl, kc, _vl, _vc = lc.data[key]
                positions[path + (skey,)] = (offset + kl + 1, kc + 1)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass
        out[skey] = _plain(value, path + (skey,), positions, offset, depth + 1, budget)
    return out


def _plain_sequence(
    node: list[Any],
    path: tuple[Any, ...],
    positions: dict[tuple[Any, ...], tuple[int, int]],
    offset: int,
    depth: int,
    budget: _Budget,
) -> list[Any]:
    items: list[Any] = []
    lc = getattr(node, "lc", None)
    for index, value in enumerate(node):
        if lc is not None:
            try:
                il, ic = lc.data[index]
                positions[path + (index,)] = (offset + il + 1, ic + 1)
            except (KeyError, TypeError, ValueError, AttributeError, IndexError):
                pass
        items.append(_plain(value, path + (index,), positions, offset, depth + 1, budget))
    return items
