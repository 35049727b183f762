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
_DATA_PROSE = lazy_compile(
    r"((?:pre-?)?trained\s+on\s+(?:[\w,.~+-]+\s+){0,8}?(?:tokens|hours|images|samples|examples|documents|words|pairs|corpus|corpora|data|dataset|text)|"
    r"training\s+(?:data|corpus|dataset)\s+(?:consists|comprises|includes|contains|was|is|are|were)|"
    r"data\s+mix|(?:mixture|collection)\s+of\s+(?:publicly\s+available|public|web)|"
    r"(?:预)?训练.{0,30}(?:数据|语料|标识符|token)|(?:标识符|语料|token).{0,20}训练|(?:数据|语料).{0,10}(?:来源|构成|组成))",
    re.I,
)
_DATA_WITHHELD = lazy_compile(
    r"(not\s+(?:be\s+)?(?:publicly\s+)?released|never\s+released|proprietary\s+(?:data|dataset|corpus)|internal\s+(?:data|dataset)|"
    r"closed,?\s+never\s+released|not\s+(?:publicly\s+)?available|will\s+not\s+(?:be\s+)?(?:release|share|publish)|未公开|不公开|暂不开源|不开源)",
    re.I,
)

_DATA_WORD = lazy_compile(r"data|corpus|dataset|数据|语料", re.I)

_PLACEHOLDER = lazy_compile(r"\[more information needed\]|\[needs more information\]|^\s*\[?todo\]?\s*$|^\s*tbd\s*$", re.I)

_WORD = lazy_compile(r"\w+")
# Compiling a CJK range costs ~2 ms: it is compiled only for text that is not ASCII.
_CJK_CHAR = lazy_compile(r"[\u4e00-\u9fff]")


def _data_sections(doc: Document, sections: list[tuple[int, str]], found: _Findings) -> None:
    """A data heading followed by real words (not the template placeholder) describes data."""
    from openwash.licenses.declarations import MAX_LINE_CHARS

    lines = doc.lines
    starts = [start for start, heading in _section_heads(sections) if heading and _DATA_HEADING.search(heading)]
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
