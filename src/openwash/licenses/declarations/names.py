"""Which licence a name, a URL or an SPDX expression denotes, and the `Declaration` that records it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from openwash.lazyre import lazy_compile, regex
from openwash.licenses import knowledge
from openwash.licenses.knowledge import LicenseEntry
from openwash.model import FAMILY_RESTRICTIVENESS


@dataclass
class Declaration:
    """One statement of a licence in a document."""

    path: str
    line: int
    source: str  # "front-matter", "prose", "badge", "spdx-header", "package-metadata"
    raw: str  # the value or name as written
    entry: LicenseEntry | None  # resolved licence, None when it does not resolve
    confidence: float
    applies_to: list[str] = field(default_factory=list)
    link: str | None = None  # link target as written (repo path or URL)
    expression: str | None = None  # a validated SPDX expression with several licences
    family: str | None = None  # for expressions: the combined family
    osi_approved: bool | None = None  # for expressions
    error: str | None = None  # why the value is not a valid declaration
    member: str | None = None  # the one model of a multi-model release it speaks for (a table row's model)


# -- resolving names ---------------------------------------------------------------------------


def resolve(value: str) -> LicenseEntry | None:
    """A licence name, key or id as written in a document -> knowledge-base entry."""
    text = value.strip().strip("`*_\"'“”「」《》[]").strip()
    if not text or len(text) > 120:
        return None
    return knowledge.resolve_name(text) or _family_licence(text)


# "the original License of LLaMA2", "the Qwen 1.5 license", "Llama 3's license": a model family's own licence, named
# by the family (the family table says which licence that is)
_FAMILY_LICENCE = lazy_compile(
    r"^(?:the\s+)?(?:original\s+)?licen[cs]e\s+of\s+(?:the\s+)?(?:original\s+)?(?P<after>[\w .-]{2,40}?)(?:\s+models?)?$"
    r"|^(?:the\s+)?(?:original\s+)?(?P<before>[\w .-]{2,40}?)(?:'s)?\s+(?:model\s+)?licen[cs]e$",
    re.IGNORECASE,
)


def _family_licence(text: str) -> LicenseEntry | None:
    from openwash.lineage.families import resolve as resolve_family

    match = _FAMILY_LICENCE.match(text)
    if match is None:
        return None
    resolution = resolve_family((match.group("after") or match.group("before") or "").strip())
    if resolution is None or resolution.license_key is None or resolution.entry.generic:
        return None  # a version-less family name ("LLaMA") has no single licence
    return knowledge.lookup(resolution.license_key)


def resolve_url(url: str) -> LicenseEntry | None:
    """A licence URL (e.g. the NVIDIA Open Model License page) -> entry, by its source URL."""
    return _url_index().get(_url_key(url))


def _url_key(url: str) -> str:
    url = url.strip().lower()
    url = regex(r"^https?://(www\.)?").sub("", url)
    url = regex(r"[#?].*$").sub("", url)
    # a Creative Commons licence's legal code or deed, in any language: the licence's own address
    url = regex(r"^(creativecommons\.org/(?:licenses|publicdomain)/[\w.+-]+/\d\.\d(?:/[a-z]{2})?)/(?:legalcode|deed)(?:\.[\w-]+)?(?:\.txt)?/?$").sub(r"\1", url)
    return url.rstrip("/").replace("/blob/main/", "/").replace("/resolve/main/", "/")


_URLS: dict[str, LicenseEntry] | None = None


def _url_index() -> dict[str, LicenseEntry]:
    global _URLS
    if _URLS is None:
        index: dict[str, LicenseEntry] = {}
        for entry in knowledge.all_entries():
            if not entry.ambiguous and not entry.is_unknown:
                for url in (entry.source, *entry.urls):
                    index.setdefault(_url_key(url), entry)
        for slug, key in _CC_URL_SLUGS.items():
            found = knowledge.entry(key)
            if found is not None:
                index[f"creativecommons.org/licenses/{slug}"] = found
        _URLS = index
    return _URLS


_CC_URL_SLUGS = {
    "by/4.0": "cc-by-4.0",
    "by-sa/4.0": "cc-by-sa-4.0",
    "by-nc/4.0": "cc-by-nc-4.0",
    "by-nc-sa/4.0": "cc-by-nc-sa-4.0",
    "by-nd/4.0": "cc-by-nd-4.0",
    "by-nc-nd/4.0": "cc-by-nc-nd-4.0",
    "by/3.0": "cc-by-3.0",
    "by-sa/3.0": "cc-by-sa-3.0",
}


# -- SPDX expressions --------------------------------------------------------------------------

_EXPRESSION_HINT = lazy_compile(r"(?:^|\s)(?:AND|OR|WITH|and|or|with)(?:\s|$)|[()]")


def parse_value(value: str) -> tuple[LicenseEntry | None, str | None, str | None, bool | None, str | None]:
    """A declared value: (entry, expression, family, osi_approved, error).

    Plain keys/ids/names resolve through the knowledge base; values with AND/OR/WITH are
    validated as SPDX expressions with `license-expression` and combined: AND takes the most
    restrictive family, OR the least restrictive (the licensee may choose).
    """
    entry = resolve(value)
    if entry is not None or not _EXPRESSION_HINT.search(value):
        return entry, None, None, None, None
    try:
        from license_expression import ExpressionError, Licensing  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - a dependency of openwash
        return None, None, None, None, "license-expression is not installed"
    licensing = Licensing()
    try:
        parsed = licensing.parse(value.strip())
    except ExpressionError as exc:
        return None, None, None, None, f"not a valid SPDX expression ({exc})"
    except Exception as exc:  # the parser on hostile input
        return None, None, None, None, f"not a valid SPDX expression ({type(exc).__name__})"
    if parsed is None:
        return None, None, None, None, "empty SPDX expression"
    symbols = [getattr(sym, "license_symbol", sym) for sym in licensing.license_symbols(parsed, decompose=False)]
    unknown = [sym.key for sym in symbols if _symbol_entry(sym.key) is None]
    if unknown:
        return None, str(parsed), None, None, f"unknown licence id(s) in SPDX expression: {', '.join(unknown)}"
    family, osi = _combine(parsed, licensing)
    return None, str(parsed), family, osi, None


def _symbol_entry(key: str) -> LicenseEntry | None:
    if key.startswith("LicenseRef-") and knowledge.lookup(key) is None:
        return None
    return knowledge.resolve_name(key)


def _combine(node: object, licensing: object) -> tuple[str, bool]:
    from license_expression import AND, OR, LicenseSymbol, LicenseWithExceptionSymbol

    if isinstance(node, LicenseWithExceptionSymbol):
        return _combine(node.license_symbol, licensing)
    if isinstance(node, LicenseSymbol):
        entry = _symbol_entry(node.key)
        return (entry.family, entry.osi_approved) if entry else ("unknown", False)
    parts = [_combine(arg, licensing) for arg in getattr(node, "args", ())]
    if not parts:
        return "unknown", False
    rank = lambda part: FAMILY_RESTRICTIVENESS.get(part[0], -1)  # noqa: E731
    if isinstance(node, AND):
        if any(p[0] == "unknown" for p in parts):
            return "unknown", False
        return max(parts, key=rank)[0], all(p[1] for p in parts)
    if isinstance(node, OR):
        known = [p for p in parts if p[0] != "unknown"] or parts
        return min(known, key=rank)[0], any(p[1] for p in parts)
    return "unknown", False
