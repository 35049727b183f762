"""Claims made in tables: a check mark in an "Open-source" column on the release's own row (or "开源" in
an "开源/闭源" column).

Evaluation tables often have an "Open-Source" (开源, Open weights) column with ✅ / ✔ / Yes per model.
On the row of one of the release's own models that mark says the model is open source, exactly as a
sentence would (CosyVoice's "| CosyVoice2 | ✅ | 0.5B | …", HunyuanDiT's "<td>Hunyuan-DiT</td><td>✔</td>").
Other rows are other models; other columns are results. Both Markdown (GFM) and HTML tables are read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from openwash.lazyre import lazy_compile

if TYPE_CHECKING:
    from openwash.documents import Document

_OPEN_HEADER = lazy_compile(
    r"^\W*(?:(?P<weights>open[\s-]?weights?|开放权重|開放權重)|(?P<source>open[\s-]?sourced?|开源|開源|オープン[・･]?ソース|open(?=\W*(?:closed|proprietary))))"
    # "开源/闭源", "Open / Closed source": the column says which of the two each model is
    r"(?:\W*(?:闭源|閉源|closed(?:[\s-]?sourced?)?|proprietary))?\W*\??\W*$",
    re.IGNORECASE,
)
_YES = lazy_compile(r"^\W*(?:✅|✔️?|✓|☑️?|√|yes|y|是|有|open|open[\s-]?sourced?|开源|開源)\W*$", re.IGNORECASE)
_DELIMITER = lazy_compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")
_TAG = lazy_compile(r"<[^<>]{0,300}>")
_CELL_SPLIT = lazy_compile(r"</t[dh]>", re.IGNORECASE)
MAX_ROWS = 500


def _md_cells(line: str) -> list[str]:
    body = line.strip().strip("|")
    return [cell.strip() for cell in body.split("|")]


def _html_cells(line: str) -> list[str]:
    return [" ".join(_TAG.sub(" ", cell).split()) for cell in _CELL_SPLIT.split(line)][:-1]


def check_mark_claims(doc: Document, own_names: tuple[str, ...]) -> list[tuple[int, int, int, str]]:
    """(line, column, length, kind) of each check mark in an open-source/open-weights column on a row that
    names one of the release's own models."""
    if not own_names or not doc.is_markdown:
        return []
    from openwash.identity import normal_name, stems

    names = stems(own_names)
    lines = doc.lines
    found: list[tuple[int, int, int, str]] = []
    rows = 0

    def own_row(cells: list[str], column: int) -> bool:
        text = normal_name(" ".join(c for i, c in enumerate(cells) if i != column)[:300])
        return any(len(name) >= 3 and name in text for name in names)

    # GFM tables
    for number in sorted(doc.structure.table_rows):
        if number < 2 or not _DELIMITER.match(lines[number - 1]):
            continue
        header = _md_cells(lines[number - 2])
        columns = [(i, _OPEN_HEADER.match(" ".join(_TAG.sub(" ", c).split()))) for i, c in enumerate(header)]
        columns = [(i, m) for i, m in columns if m]
        if not columns:
            continue
        index, match = columns[0]
        kind = "open-weights" if match and match.group("weights") else "open-source"
        body = number + 1
        while body <= len(lines) and body in doc.structure.table_rows and rows < MAX_ROWS:
            rows += 1
            cells = _md_cells(lines[body - 1])
            if index < len(cells) and _YES.match(cells[index]) and own_row(cells, index):
                mark = cells[index].strip()
                column = lines[body - 1].find(mark)
                found.append((body, max(column, 0) + 1, len(mark), kind))
            body += 1
    # HTML tables: a header row with an "Open-source" cell, rows of <td> cells below it
    if "<t" in doc.text.lower():
        found.extend(_html_check_marks(lines, own_row))
    return found


def _html_check_marks(lines: list[str], own_row: object) -> list[tuple[int, int, int, str]]:
    found: list[tuple[int, int, int, str]] = []
    index: int | None = None
    kind = "open-source"
    for number, line in enumerate(lines, start=1):
        low = line.lower()
        if "<th" in low or ("<td" in low and index is None and _header_cells(line)):
            cells = _html_cells(line)
            for i, cell in enumerate(cells):
                match = _OPEN_HEADER.match(cell)
                if match:
                    index, kind = i, ("open-weights" if match.group("weights") else "open-source")
                    break
            continue
        if "</table" in low:
            index = None
            continue
        if index is not None and "<td" in low:
            cells = _html_cells(line)
            if index < len(cells) and _YES.match(cells[index]) and own_row(cells, index):  # type: ignore[operator]
                mark = cells[index]
                column = line.find(mark)
                found.append((number, max(column, 0) + 1, len(mark), kind))
    return found


def _header_cells(line: str) -> bool:
    return any(_OPEN_HEADER.match(cell) for cell in _html_cells(line))
