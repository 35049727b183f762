"""Claims made by front matter: the licence keys (`license`, `license_name`, `license_link`) and
openness tags (`open-source`, `open-weights`, `开源`, …)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openwash.claims import MAX_LINE_CHARS, profile_for
from openwash.lazyre import regex
from openwash.model import Claim

if TYPE_CHECKING:
    from openwash.documents import Document

_TAG_KINDS = {
    "open-source": "open-source",
    "opensource": "open-source",
    "oss": "open-source",
    "open-source-model": "open-source",
    "open-source-ai": "open-source",
    "开源": "open-source",
    "開源": "open-source",
    "open-weights": "open-weights",
    "open-weight": "open-weights",
    "openweights": "open-weights",
    "open-weights-model": "open-weights",
    "open-model": "open-model",
    "open-models": "open-model",
    "open-llm": "open-model",
    "fully-open": "fully-open",
    "fully-open-source": "fully-open",
    "open-science": "open-science",
    "commercial-use": "commercial-use",
    "commercial": "commercial-use",
}


def _front_matter_claims(doc: Document) -> list[Claim]:
    fm = doc.front_matter
    if fm is None or not isinstance(fm.data, dict):
        return []
    out: list[Claim] = []
    for key in ("license", "license_name", "license_link"):
        value = fm.data.get(key)
        values = value if isinstance(value, list) else [value]
        for index, item in enumerate(values):
            if item is None or isinstance(item, (dict, list)) or str(item).strip() == "":
                continue
            text_value = str(item).strip()
            line, column = fm.locate(key, index) if isinstance(value, list) else fm.locate(key)
            out.append(_fm_claim(doc, line, column, text_value, "license-declaration", f"{key}: {text_value}"))
    tags = fm.data.get("tags")
    if isinstance(tags, list):
        for index, tag in enumerate(tags):
            if not isinstance(tag, str):
                continue
            norm = regex(r"[\s_]+").sub("-", tag.strip().lower())
            kind = _TAG_KINDS.get(norm)
            if kind is None:
                continue
            line, column = fm.locate("tags", index)
            claim = _fm_claim(doc, line, column, tag, kind, tag)
            claim.value = None
            claim.language = "zh" if regex(r"[\u4e00-\u9fff]").search(tag) else "en"
            out.append(claim)
    return out


def _fm_claim(doc: Document, line: int, column: int, value: str, kind: str, text: str) -> Claim:
    context = doc.line_text(line)
    found = context.find(value, max(0, column - 1))
    if found >= 0:
        column = found + 1  # point at the value, not the key
    return Claim(
        id="",
        kind=kind,
        text=text,
        path=doc.path,
        line=line,
        column=max(1, column),
        subject="model",
        language="en",
        profile=profile_for(kind, "model"),
        context=context[:MAX_LINE_CHARS],
        value=value if kind == "license-declaration" else None,
    )
