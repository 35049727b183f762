"""Reading large documents in milliseconds: case folding, keyword lines, line-length cuts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from openwash.lazyre import compile_pattern


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


# Lines that open or close a fenced code block, read by parity: "<!-- ```" opens a fence that "``` -->" closes
# (a code sample commented out as a whole), so the pair is counted together.
FENCE_MARKERS = ("```", "~~~", "<!-- ```", "<!--```")


_FENCE_RUN = re.compile(r"^[ \t]*(?:<!--[ \t]*)?(`{3,}|~{3,})([^\n]*)$")


def paired_fences(lines: list[str], candidates: Iterable[int]) -> list[int]:
    """Of the lines that may open or close a fenced code block (ascending numbers), those that do, by CommonMark's
    rules (as GitHub renders): a block opened by a run of N backticks (or tildes) is closed by the first later line
    that is a run of at least N of the same character and nothing else ("-->" allowed, for a sample commented out as a
    whole); a line between them that does not close it ("```json", "```<|END_OF_TURN_TOKEN|>…", a shorter run) is
    code. The numbers alternate opening, closing, opening, …: a line is inside code when an odd count precede it."""
    out: list[int] = []
    opened: str | None = None
    for number in candidates:
        line = lines[number - 1]
        run = _FENCE_RUN.match(line)
        if run is None:
            continue
        if opened is None:
            if not inline_code_line(line):
                opened = run.group(1)
                out.append(number)
        elif run.group(1)[0] == opened[0] and len(run.group(1)) >= len(opened) and run.group(2).strip() in ("", "-->"):
            opened = None
            out.append(number)
    return out


def inline_code_line(line: str) -> bool:
    """A line that opens with a backtick run but is inline code ("```./configs/test.yaml``` is the path"): a
    backtick fence's info string holds no backtick (CommonMark 4.5), so it neither opens nor closes a fence. So is
    a one-line comment around a backtick run ("<!-- ```markdown -->")."""
    rest = line.lstrip()
    if rest.startswith("<!--"):
        rest = rest[4:].lstrip()
        if rest.startswith("```") and "-->" in rest:
            return True  # "<!-- ```markdown -->": a comment that closes on its own line opens no fence
    return rest.startswith("```") and "`" in rest.lstrip("`")


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
