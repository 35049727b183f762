"""Licences named in a table column: one declaration per model row.

Multi-model releases list their checkpoints in a table with a licence column ("| openchat_3.6 |
… | Llama 3 |", "| Qwen2.5-3B | … | Qwen Research |"): each row states the terms of that model's
weights. Read from the GFM tables `rendered.Structure` finds; a cell is resolved as a licence
name (`declarations.resolve`), as a link to a known licence text, or as a model family whose
terms the lineage table knows ("Llama 3" in a *License* column is the Llama 3 licence). A
collective claim ("a library of open-source models") is then judged by the most restrictive
row, as the weights' terms are (profiles); each row also records the model it names
(`Declaration.member`), so a claim naming that one model is judged by its row
(`licenses.members`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from openwash.lazyre import lazy_compile

if TYPE_CHECKING:
    from openwash.documents import Document
    from openwash.identity import Identity
    from openwash.licenses.declarations import Declaration

_LICENSE_HEADER = lazy_compile(r"^\W*(?:model\s+|weights?\s+)?(?:licen[cs]es?|license\s+type|terms(?:\s+of\s+use)?|许可证?|许可协议|协议|授权|授權|許可證?)\W*$", re.I)
_DELIMITER = lazy_compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")
_LINK = lazy_compile(r"!?\[([^\]]{0,200})\]\(\s*<?([^)\s>]{1,500})[^)]*\)")
_MARKUP = lazy_compile(r"[*_`~]|<[^>]{0,200}>|[✅✔✓❌✗✘🟢🔴⚠️]")
MAX_TABLE_ROWS = 500


def _cells(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return [cell.strip() for cell in body.split("|")]


def _cell_text(cell: str) -> tuple[str, str | None]:
    """The words of a cell and the first link target in it."""
    link = _LINK.search(cell)
    target = link.group(2) if link else None
    words = _LINK.sub(lambda m: m.group(1), cell)
    words = " ".join(_MARKUP.sub(" ", words).split())
    return words, target


def from_tables(doc: Document, own: Identity | None) -> list[Declaration]:
    """Declarations of the licence column of every table in a Markdown document, for the rows that
    name one of the release's own models (a comparison table also lists other models' licences)."""
    if not doc.is_markdown or "|" not in doc.text or own is None or not own.names:
        return []
    rows = sorted(doc.structure.table_rows)
    lines = doc.lines
    out: list[Declaration] = []
    read = 0
    for number in rows:
        if number < 2 or not _DELIMITER.match(lines[number - 1]):
            continue
        header = _cells(lines[number - 2])
        columns = [i for i, cell in enumerate(header) if _LICENSE_HEADER.match(_cell_text(cell)[0] or "-")]
        if not columns:
            continue
        column = columns[0]
        body = number + 1
        while body <= len(lines) and body in doc.structure.table_rows and read < MAX_TABLE_ROWS:
            read += 1
            cells = _cells(lines[body - 1])
            named = " ".join(c for i, c in enumerate(cells) if i != column)
            if column < len(cells) and (own.mentions_own_name(named) or _own_link(named, own)):
                words, target = _cell_text(cells[column])
                decl = _declaration(doc.path, body, words, target)
                if decl is not None:
                    decl.member = _row_model(cells, column, own)
                    out.append(decl)
            body += 1
    return out


def _row_model(cells: list[str], column: int, own: Identity) -> str | None:
    """The model a row names: the words of its first cell (other than the licence) that name one of
    the release's own models ("Foo-Small", "[Foo-Small](https://huggingface.co/acme/foo-small)")."""
    for i, cell in enumerate(cells):
        if i == column:
            continue
        words = _cell_text(cell)[0]
        if words and (own.mentions_own_name(words) or _own_link(cell, own)):
            return words if len(words) <= 100 else None
    return None


def _own_link(text: str, own: Identity) -> bool:
    return any(own.is_own_url(m.group(2)) for m in _LINK.finditer(text))


def _declaration(path: str, line: int, words: str, target: str | None) -> Declaration | None:
    from openwash import lineage
    from openwash.licenses import declarations as decl_mod
    from openwash.licenses import knowledge

    if not words or words in ("-", "—", "/", "N/A", "n/a", "?"):
        return None
    entry = decl_mod.resolve(words)
    if entry is None and target and re.match(r"(?:https?:)?//", target):
        entry = decl_mod.resolve_url(target)
    if entry is None:
        # "Llama 3", "Qwen" in a licence column: the family's terms (the lineage table knows them)
        resolution = lineage.resolve(words)
        if resolution is not None and resolution.license_key is not None:
            entry = knowledge.lookup(resolution.license_key)
    if entry is None:
        return None
    return decl_mod.Declaration(path, line, "table", words, entry, 0.75, ["weights"], link=target)
