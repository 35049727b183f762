"""The base models that labels and tables name: "Base model: X" lines (not template placeholders), and a table's
base column or a header cell that names each column's base, row by row (the release's own rows only)."""

from __future__ import annotations

import re

from openwash.documents import Document
from openwash.lazyre import lazy_compile, regex
from openwash.lineage.families import resolve
from openwash.lineage.ids import _first_mention, _make_ref
from openwash.model import BaseModelRef


_LABELS = (
    r"base[ _-]?model(?:\s*\(s\))?|base|based[ _]on|built[ _](?:up)?on|foundation[ _-]model|parent[ _-]model|original[ _-]model|base[ _-]checkpoint|backbone"
    r"|基座模型|基础模型|基礎模型|底座模型|基底模型|基座|基底|底座|基模型|原始模型"
)


_TEMPLATE_LINE = lazy_compile(
    r"^\s*(?:[-*+]\s+)?[*_]*\s*fine-?tuned\s+from\s+model(?:\s*\[optional\])?\s*[*_]*\s*[:：]\s*[*_]*\s*(?P<value>.+)$", re.IGNORECASE
)


_LABEL_LINE = lazy_compile(rf"^\s*(?:[-*+]\s+)?[*_]*\s*(?:{_LABELS})\s*[*_]*\s*[:：]\s*[*_]*\s*(?P<value>.+)$", re.IGNORECASE)


# "Base(HuggingFace)", "Base Model (HF)", "基座模型（ModelScope）": where the base is hosted, after the label
_LABELLED_HEADER = lazy_compile(rf"^[*_`\s]*(?:{_LABELS})[*_`\s]*[:：][*_`\s]*(?P<value>[^|]{{1,80}}?)[*_`\s]*$", re.IGNORECASE)


_LABEL_CELL = lazy_compile(rf"^[*_`\s]*(?:{_LABELS})(?:\s*[(（][^()（）|]{{1,30}}[)）])?[*_`\s]*$", re.IGNORECASE)


# A label's value or a table cell must start with the model ("`Qwen/…` (4-bit)"), not mention it in passing.
_CELL_START = 3


def _label_refs(doc: Document, number: int, text: str) -> list[BaseModelRef]:
    for pattern, signal in ((_TEMPLATE_LINE, "template-line"), (_LABEL_LINE, "label")):
        m = pattern.match(text)
        if not m:
            continue
        value = m.group("value").strip()
        if "more information needed" in value.lower():
            return []  # the template's empty marker: nothing was claimed
        mention = _first_mention(value, limit=_CELL_START)
        if mention is None:
            # "- **Based on**: [HunyuanVideo-Foley by Tencent](…)": a name the mention words do not cover, resolved whole
            lead = regex(r"^[\s*_`\[]*([A-Za-z][\w.-]{2,60})").match(value)
            if lead is None or resolve(lead.group(1)) is None:
                return []
            mention = (lead.group(1), lead.start(1))
        return [_make_ref(mention[0], doc.path, number, signal)]
    return []


_GENERIC_NAME_WORDS = frozenset(
    "model models card cards for the and of paper llm llms base chat instruct version series family official".split()
)


def _own_name_words(doc: Document) -> frozenset[str]:
    from openwash.identity import card_names

    words: set[str] = set()
    for name in card_names(doc):
        words.update(w for w in regex(r"[a-z]+").findall(regex(r"\[[^\]]*\]\([^)]*\)").sub(" ", name.lower())) if len(w) >= 4 and w not in _GENERIC_NAME_WORDS)
    return frozenset(words)


def _is_own_row(own: frozenset[str], cell: str, with_targets: bool = False) -> bool:
    """The row's first cell names the card's own model ("Granite-7b-lab" in Granite-7b-lab's card, "Phoenix (Ours)");
    `with_targets`: the cells' link targets count too ("[Download](https://huggingface.co/wzhgba/opendwm-models/…)")."""
    text = (cell if with_targets else regex(r"\]\([^)]*\)").sub("]", cell)).lower()
    row = "".join(regex(r"[a-z0-9]+").findall(text))
    return "ours" in regex(r"[a-z]+").findall(text) or any(word in row for word in own)


def _separator_follows(lines: list[tuple[int, str, bool]], index: int) -> bool:
    """The row after `lines[index]` is a table's delimiter row ("| :-: | --- |"): that row is the header."""
    if index + 1 >= len(lines) or lines[index + 1][0] != lines[index][0] + 1:
        return False
    following = lines[index + 1][1].strip()
    return following.startswith("|") and "-" in following and bool(regex(r"[\s:|-]+").fullmatch(following))


def _table_refs(doc: Document, lines: list[tuple[int, str, bool]]) -> list[BaseModelRef]:
    refs: list[BaseModelRef] = []
    column: int | None = None
    rows: list[tuple[int, str, str]] = []  # (line, first cell, base cell) of the current base-column table

    def end_table() -> None:
        # A comparison table ("| [Llama-2-13b-chat-hf](…) | RLHF | Llama-2-13b |") lists other models' bases: when a
        # row names the card's own model, only such rows speak for it; otherwise every row does. With the bases in the
        # first column ("| [SD 2.1](…) | [Download](…/opendwm-models/…) |"), nothing names the derived models but the
        # other cells: only rows whose other cells name the release (a download of its own model) speak for it, and a
        # list of other people's models by base ("| Vicuna-7B-v1.3 | yuhuili/EAGLE-Vicuna-7B-v1.3 |") says nothing.
        if rows:
            own = _own_name_words(doc)
            mine = [row for row in rows if own and _is_own_row(own, row[1], with_targets=column == 0)]
            for number, _first, target in mine if column == 0 else (mine or rows):
                mention = _first_mention(target, limit=_CELL_START)
                if mention is not None:
                    refs.append(_make_ref(mention[0], doc.path, number, "table"))
            rows.clear()

    for index, (number, text, in_code) in enumerate(lines):
        stripped = text.strip()
        if in_code or not stripped.startswith("|"):
            end_table()
            column = None
            continue
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        if regex(r"[\s:|-]+").fullmatch(stripped):
            continue  # the separator row
        labelled = [m for c in cells if (m := _LABELLED_HEADER.match(c))] if column is None and not rows else []
        if labelled and len(labelled) == len(cells):
            # "| Base Model: Llama-2 | Base Model: Code Llama |": each column lists models derived from the base its header names
            for m in labelled:
                mention = _first_mention(m.group("value"), limit=_CELL_START)
                if mention is not None:
                    refs.append(_make_ref(mention[0], doc.path, number, "table"))
            continue
        header = [i for i, c in enumerate(cells) if _LABEL_CELL.match(c)]
        if header and column is None and (header[0] > 0 or _separator_follows(lines, index)):
            # a "Base Model" column: every later row names one (the first column too, when the row is the table's
            # header: "| Base model | Text conditioned | Text and layout conditioned |" over "| :-: | :-: | :-: |")
            column = header[0]
            continue
        if header and header[0] == 0 and len(cells) >= 2:
            target = cells[1]  # a key/value row: | **Base model** | `Qwen/…` |
        elif column is not None and column < len(cells):
            # (with the bases in the first column, the rest of the row stands for the derived model)
            rows.append((number, " | ".join(cells[1:]) if column == 0 else cells[0], cells[column]))
            continue
        else:
            continue
        mention = _first_mention(target, limit=_CELL_START)
        if mention is not None:
            refs.append(_make_ref(mention[0], doc.path, number, "table"))
    end_table()
    refs.sort(key=lambda ref: ref.line)
    return refs
