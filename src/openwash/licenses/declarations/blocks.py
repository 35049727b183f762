"""Which paragraphs of a Markdown body can state a licence, and their sentences: blocks built around keyword lines
(without walking every line), whether each lies under a licence or disclaimer heading, and the line each sentence
starts on."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from openwash.lazyre import lazy_compile
from openwash.licenses.declarations.text import (
    FENCE_MARKERS,
    MAX_LINE_CHARS,
    _record_cut,
    fold_case,
    keyword_lines,
    lines_starting,
    long_line_note,
    paired_fences,
)


# `\s*(?:(?:\*\*|__)\s*)?` reads like `\s*(?:\*\*|__)?\s*` but cannot split a run of spaces two ways
# (which made a line of 20,000 spaces cost seconds).
_LABEL = lazy_compile(
    r"^\s*(?:[-*]\s*)?(?:(?:\*\*|__)\s*)?((?:code|model|weights?|data(?:set)?|模型|代码|数据|모델|코드|데이터|モデル|コード|データ)\s*)?"
    r"(?:licen[cs]e|许可证?|协议|授权|라이선스|라이센스|ライセンス)\s*(?:(?:\*\*|__)\s*)?[:：]"
    r"\s*(?:(?:\*\*|__)\s*)?(.+)$",
    re.I,
)


_HEADING = lazy_compile(r"^\s{0,3}#{1,6}\s+(.*)$")


_LICENSE_HEADING = lazy_compile(r"licen[cs](?:e|ing)|许可|协议|授权|라이선스|라이센스|ライセンス", re.I)


_DISCLAIMER_HEADING = lazy_compile(
    r"disclaimer|terms of use|usage terms|copyright|免责|声明|使用条款|使用须知|版权|면책|이용\s*약관|사용\s*조건|免責|利用規約|利用条件", re.I
)


MAX_SENTENCE_CHARS = 4096  # longest sentence in the shared corpus: 1.8 KB


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

    first = max(1, body_start)
    fences = set(paired_fences(lines, (n for n in range(first, len(lines) + 1) if lines[n - 1].lstrip().startswith(FENCE_MARKERS))))
    for number in range(first, len(lines) + 1):
        line = lines[number - 1]
        if number in fences:
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


_TEMPLATE_FIELD = lazy_compile(r"\{\{?[A-Za-z_]\w{0,40}\}\}?")


def _make_block(numbered: list[tuple[int, str]], in_license_section: bool, in_terms_section: bool) -> _Block:
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    size = 0
    for number, line in numbered:
        offsets.append((size, number))
        part = line[:MAX_LINE_CHARS].strip() + " "
        if "{" in part and len(_TEMPLATE_FIELD.findall(part)) >= 2:
            # a prompt template ("Translate `{source_text}` into `{target_lang}` … NEVER alter code tags"): words for the
            # model, not terms of the release; kept as spaces so offsets still map to lines
            part = " " * len(part)
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
        starting = lines_starting(text, (*FENCE_MARKERS, "#"), first)
        fences = set(paired_fences(lines, (n for n, marker in starting if marker != "#")))
        events = [(n, 0 if n in fences else 1) for n, marker in starting if marker == "#" or n in fences]
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


# Not after an abbreviation: "(e.g. [Llama community license](…) for LLaMA-3" continues the sentence.
_SENTENCE_END = lazy_compile(r"(?<=[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\bcf\.)\s+(?=[A-Z*\[(\"“])|(?<=[。！？])")


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
