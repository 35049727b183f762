"""Licences declared in structured places: front matter, SPDX-License-Identifier lines,
package metadata (pyproject.toml, setup.cfg, CITATION.cff) and shields.io badges."""

from __future__ import annotations

import re
from urllib.parse import unquote

from openwash.lazyre import lazy_compile, regex
from openwash.licenses.declarations.scope import scope_of
from openwash.licenses.declarations.names import Declaration, parse_value, resolve, resolve_url


# -- front matter --------------------------------------------------------------------------------


def from_front_matter(doc: object, applies_to: list[str]) -> list[Declaration]:
    """`license:` (string or list), with `license_name`/`license_link` for `license: other`."""
    fm = getattr(doc, "front_matter", None)
    if fm is None:
        return []
    data = fm.data
    path = getattr(doc, "path")
    out: list[Declaration] = []
    value = data.get("license")
    values = value if isinstance(value, list) else [value] if value is not None else []
    for index, item in enumerate(values):
        keys = ("license", index) if isinstance(value, list) else ("license",)
        line = fm.locate(*keys)[0]
        if not isinstance(item, (str, int, float)):
            out.append(Declaration(path, line, "front-matter", str(item), None, 0.0, list(applies_to), error="license is not a string"))
            continue
        raw = str(item).strip()
        if raw.lower() == "other":
            out.append(_other(fm, data, path, line, applies_to))
            continue
        entry, expression, family, osi, error = parse_value(raw)
        confidence = 1.0 if entry is not None or expression else 0.0
        out.append(
            Declaration(path, line, "front-matter", raw, entry, confidence, list(applies_to), expression=expression if entry is None else None,
                        family=family, osi_approved=osi, error=error if entry is None else None)
        )
    if not values and (data.get("license_name") or data.get("license_link")):
        out.append(_other(fm, data, path, fm.locate("license_name")[0], applies_to))
    return out


def _other(fm: object, data: dict[str, object], path: str, line: int, applies_to: list[str]) -> Declaration:
    name = data.get("license_name")
    link = data.get("license_link")
    entry = resolve(str(name)) if isinstance(name, str) else None
    if entry is None and isinstance(link, str):
        entry = resolve_url(link)
    if entry is not None and entry.key == "other":
        entry = None
    if isinstance(name, str):
        line = fm.locate("license_name")[0]  # type: ignore[attr-defined]
    raw = str(name) if isinstance(name, str) else "other"
    return Declaration(path, line, "front-matter", raw, entry, 0.9 if entry else 0.0, list(applies_to), link=link if isinstance(link, str) else None)


# -- SPDX-License-Identifier lines ---------------------------------------------------------------

_SPDX_LINE = lazy_compile(r"SPDX-License-Identifier:\s*(.+?)\s*(?:\*/|-->|#}|$)")


def from_spdx_lines(path: str, lines: list[str]) -> list[Declaration]:
    out = []
    for number, line in enumerate(lines, start=1):
        if "SPDX-License-Identifier" not in line:
            continue
        match = _SPDX_LINE.search(line)
        if not match:
            continue
        raw = match.group(1).strip()
        entry, expression, family, osi, error = parse_value(raw)
        confidence = 1.0 if entry is not None or expression else 0.0
        out.append(Declaration(path, number, "spdx-header", raw, entry, confidence, [], expression=expression if entry is None else None,
                               family=family, osi_approved=osi, error=error if entry is None else None))
    return out


# -- package metadata ------------------------------------------------------------------------------

_TOML_LICENSE = lazy_compile(r'^\s*license\s*=\s*(?:"([^"]+)"|\'([^\']+)\'|\{\s*text\s*=\s*"([^"]+)")', re.M)
_TOML_LICENSE_FILE = lazy_compile(r'^\s*license\s*=\s*\{\s*file\s*=\s*"([^"]+)"', re.M)
_CFG_LICENSE = lazy_compile(r"^\s*license\s*=\s*(.+?)\s*$", re.M)
_CFF_LICENSE = lazy_compile(r"^license:\s*[\"']?([^\"'\n#]+?)[\"']?\s*$", re.M)
_TROVE = lazy_compile(r"License :: (?:OSI Approved :: )?([^\"'\n,]+?)\s*[\"']?\s*,?\s*$", re.M)


def from_package(path: str, text: str) -> list[Declaration]:
    """pyproject.toml / setup.cfg `license`, trove classifiers; CITATION.cff `license:`."""
    name = path.rsplit("/", 1)[-1].lower()
    found: list[tuple[int, str]] = []
    if name == "pyproject.toml":
        found += [(m.start(), next(g for g in m.groups() if g)) for m in _TOML_LICENSE.finditer(text)]
    elif name == "setup.cfg":
        found += [(m.start(), m.group(1)) for m in _CFG_LICENSE.finditer(text) if not m.group(1).startswith("file")]
    elif name == "citation.cff":
        found += [(m.start(), m.group(1)) for m in _CFF_LICENSE.finditer(text)]
    if name in ("pyproject.toml", "setup.cfg"):
        found += [(m.start(), m.group(1)) for m in _TROVE.finditer(text)]
    applies_to = ["code"] if name != "citation.cff" else []
    out, seen = [], set()
    for offset, raw in found:
        raw = raw.strip()
        entry, expression, family, osi, error = parse_value(raw)
        key = entry.key if entry else raw
        if key in seen:
            continue
        seen.add(key)
        line = text.count("\n", 0, offset) + 1 + (1 if text[offset : offset + 1] == "\n" else 0)
        out.append(Declaration(path, line, "package-metadata", raw, entry, 0.95 if entry or expression else 0.0, list(applies_to),
                               expression=expression if entry is None else None, family=family, osi_approved=osi, error=error if entry is None else None))
    return out


# -- badges ---------------------------------------------------------------------------------------

_BADGE = lazy_compile(r"img\.shields\.io/badge/([^)\s\"'?]+)", re.I)


def from_badges(path: str, lines: list[str]) -> list[Declaration]:
    """shields.io static badges whose label says licence: `badge/License-MIT-blue`."""
    out = []
    for number, line in enumerate(lines, start=1):
        if "shields.io/badge/" not in line.lower():
            continue
        for match in _BADGE.finditer(line):
            parsed = _badge_parts(match.group(1))
            if parsed is None:
                continue
            label, message = parsed
            if not regex(r"licen[cs]e|许可|协议", re.I).search(label):
                continue
            entry = resolve(message)
            if entry is None:
                continue
            out.append(Declaration(path, number, "badge", message, entry, 0.8, scope_of(label)))
    return out


def _badge_parts(spec: str) -> tuple[str, str] | None:
    spec = regex(r"\.(?:svg|png)$").sub("", unquote(spec))
    spec = spec.replace("--", "\x00").replace("__", "\x01")
    parts = spec.split("-")
    if len(parts) < 2:
        return None
    def restore(part: str) -> str:
        return part.replace("\x00", "-").replace("\x01", "_").replace("_", " ").strip()

    if len(parts) == 2:  # "message-color": no label
        return "", restore(parts[0])
    return restore(parts[0]), restore("-".join(parts[1:-1]))
