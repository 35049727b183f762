"""How a document's lines are read: the section each line is in (ATX headings outside fenced
code, found in linear time), and patterns run case-sensitively on case-folded lines."""

from __future__ import annotations

import functools
import re

from openwash.lazyre import compile_pattern, lazy_compile, regex

# What a heading line is; `_heading` reads it the same way in linear time (tests compare them).
_HEADING = lazy_compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")

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


def _heading_level(line: str) -> int:
    match = _heading(line)
    return match[0] if match else 6


def _structure_lines(lines: list[str]) -> list[tuple[int, bool]]:
    """(line number, is a fence) for each fence line and each line that may be a heading, in order; a line that
    opens with a backtick run but opens or closes no block (inline code, an info string where a block must close) is
    neither."""
    from openwash.licenses.declarations.text import lines_starting, paired_fences

    found = lines_starting("\n".join(lines), ("```", "~~~", "#"), 1)
    fences = set(paired_fences(lines, (number for number, marker in found if marker != "#")))
    return [(number, number in fences) for number, marker in found if marker == "#" or number in fences]


def _sections(lines: list[str]) -> list[tuple[int, str]]:
    """For each line, (section start line, heading text); fenced code is not a heading.

    Only fence lines and lines starting with `#` can change the section; they are found by two
    scans of the text, and the lines between them share one tuple.
    """
    result: list[tuple[int, str]] = []
    current, fenced, done = (1, ""), False, 0
    for number, fence in _structure_lines(lines):
        if fence:
            fenced = not fenced
        elif not fenced:
            heading = _heading(lines[number - 1])
            if heading is not None:
                result.extend([current] * (number - 1 - done))
                current, done = (number, heading[1]), number - 1
    result.extend([current] * (len(lines) - done))
    return result


def references_ranges(lines: list[str], sections: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """(first, last) line numbers of the sections that only list others' works ("## References", "## 参考资料&致谢",
    "## 开源ChatGPT调研", `claims.markdown.references_heading`), each down to the next heading of its level or above."""
    from openwash.claims.markdown import references_heading

    heads = _section_heads(sections)
    out: list[tuple[int, int]] = []
    for index, (start, text) in enumerate(heads):
        if start < 1 or not text or (out and start <= out[-1][1]) or not references_heading(text):
            continue
        level = _heading_level(lines[start - 1])
        end = len(lines)
        for later, _text in heads[index + 1 :]:
            if later > start and _heading_level(lines[later - 1]) <= level:
                end = later - 1
                break
        out.append((start, end))
    return out


def _section_heads(sections: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Each section once, in order (a long document has few sections and many lines)."""
    return sorted(set(sections))


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
