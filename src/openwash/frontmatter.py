"""YAML front matter of model cards, read with ruamel.yaml so findings point at lines.

Hostile input is handled here: front matter over `MAX_FRONT_MATTER` bytes, alias
expansion (a "billion laughs" document), duplicate keys, tabs and non-mapping documents
all give a `FrontMatterError` with the file line, never an exception from the parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

MAX_FRONT_MATTER = 256 * 1024
MAX_ALIASES = 64
_FENCE = re.compile(r"^---[ \t]*$")
_END_FENCE = re.compile(r"^(---|\.\.\.)[ \t]*$")


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


def split(text: str) -> SplitResult:
    """Separate a leading `---` YAML block from the Markdown body and parse it."""
    lines = text.split("\n")
    first = 0
    while first < len(lines) and first < 3 and not lines[first].strip():
        first += 1
    if first >= len(lines) or not _FENCE.match(lines[first]):
        return SplitResult(None, None, 1, text)
    end = None
    for i in range(first + 1, len(lines)):
        if _END_FENCE.match(lines[i]):
            end = i
            break
    if end is None:
        return SplitResult(
            None,
            FrontMatterError("front matter opened with '---' is never closed", first + 1),
            1,
            text,
        )
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
    return SplitResult(fm, None, end + 2, body)


def parse_yaml(
    yaml_text: str, line_offset: int = 0
) -> FrontMatterError | tuple[dict[str, Any], dict[tuple[Any, ...], tuple[int, int]]]:
    """Parse a YAML mapping; returns (data, positions) or an error with a file line."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    if not yaml_text.strip():
        return {}, {}
    alias_count = _count_aliases(yaml_text)
    if alias_count > MAX_ALIASES:
        return FrontMatterError(f"front matter uses {alias_count} YAML aliases; refusing to expand", line_offset + 1)
    yaml = YAML(typ="rt", pure=True)
    yaml.allow_duplicate_keys = False
    try:
        doc = yaml.load(yaml_text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = line_offset + (mark.line + 1 if mark is not None else 1)
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        return FrontMatterError(f"front matter is not valid YAML: {_one_line(problem)}", line)
    except (YAMLError, ValueError, TypeError, RecursionError) as exc:
        return FrontMatterError(f"front matter is not valid YAML: {_one_line(str(exc))}", line_offset + 1)
    if doc is None:
        return {}, {}
    if not isinstance(doc, dict):
        return FrontMatterError(
            f"front matter is a {'list' if isinstance(doc, list) else 'scalar'}, not a mapping of keys to values",
            line_offset + 1,
        )
    positions: dict[tuple[Any, ...], tuple[int, int]] = {}
    data = _plain(doc, (), positions, line_offset, depth=0)
    assert isinstance(data, dict)
    return data, positions


def _count_aliases(yaml_text: str) -> int:
    # Cheap over-estimate: "*name" tokens outside quotes. Real cards use none.
    return len(re.findall(r"(?:^|[\s\[{,:-])\*[A-Za-z0-9_-]+", yaml_text))


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


def _plain(
    node: Any,
    path: tuple[Any, ...],
    positions: dict[tuple[Any, ...], tuple[int, int]],
    offset: int,
    depth: int,
) -> Any:
    """Convert ruamel's commented containers to plain values, recording positions."""
    if depth > 64:
        return None
    if isinstance(node, dict):
        out: dict[Any, Any] = {}
        lc = getattr(node, "lc", None)
        for key, value in node.items():
            skey = key if isinstance(key, (str, int, float, bool)) or key is None else str(key)
            if lc is not None:
                try:
                    kl, kc, _vl, _vc = lc.data[key]
                    positions[path + (skey,)] = (offset + kl + 1, kc + 1)
                except (KeyError, TypeError, ValueError, AttributeError):
                    pass
            out[skey] = _plain(value, path + (skey,), positions, offset, depth + 1)
        return out
    if isinstance(node, list):
        items: list[Any] = []
        lc = getattr(node, "lc", None)
        for index, value in enumerate(node):
            if lc is not None:
                try:
                    il, ic = lc.data[index]
                    positions[path + (index,)] = (offset + il + 1, ic + 1)
                except (KeyError, TypeError, ValueError, AttributeError, IndexError):
                    pass
            items.append(_plain(value, path + (index,), positions, offset, depth + 1))
        return items
    if isinstance(node, str):
        return str(node)
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    return str(node)
