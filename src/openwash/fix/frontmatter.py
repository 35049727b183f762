"""The front-matter rewrite (OW301): a `license:` more permissive than the base model's terms becomes
`license: other` with the base licence's `license_name` and `license_link`, every other line of the
block byte-identical (through ruamel.yaml's round trip, else by rewriting the licence lines by hand).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from openwash.lazyre import lazy_compile
from openwash.model import FAMILY_RESTRICTIVENESS

if TYPE_CHECKING:
    from openwash.fix.terms import ReportLike


# --------------------------------------------------------------------------- front matter (OW301)


@dataclass(frozen=True)
class FrontMatterTerms:
    key: str  # license_name: the knowledge-base key of the base model's licence ("gemma")
    link: str  # license_link: where its text is


def base_terms(report: ReportLike, path: str) -> FrontMatterTerms | None:
    """The most restrictive licence among the base models named in `path` (else anywhere)."""
    from openwash.licenses import knowledge

    refs = [b for b in report.base_models if b.license_key and b.family]
    own = [b for b in refs if b.path == path] or refs
    if not own:
        return None
    base = max(own, key=lambda b: FAMILY_RESTRICTIVENESS.get(b.family or "unknown", -1))
    entry = knowledge.lookup(base.license_key)
    if entry is None or entry.is_unknown or not entry.source:
        return None
    return FrontMatterTerms(entry.key, entry.source)


def frontmatter_edit(block: str, terms: FrontMatterTerms) -> str | None:
    """The front-matter YAML (`block`, without its fences) with `license: other` and the base licence's
    `license_name`/`license_link`; every other line byte-identical. None when it cannot be done safely."""
    import io

    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 1 << 20
    try:
        data = yaml.load(block)
    except Exception:  # noqa: BLE001 - ruamel raises many kinds; an unparsable block is left alone
        return None
    if not hasattr(data, "keys") or "license" not in data or not isinstance(data.get("license"), str):
        return None
    wanted = {"license": "other", "license_name": terms.key, "license_link": terms.link}
    if all(str(data.get(k)) == v for k, v in wanted.items()):
        return None
    position = list(data.keys()).index("license")
    for offset, (key, value) in enumerate(wanted.items()):
        if key in data:
            data[key] = value
        else:
            data.insert(position + offset, key, value)
    out = io.StringIO()
    yaml.dump(data, out)
    dumped = out.getvalue()
    if _only_licence_lines_changed(block, dumped):
        return dumped
    return _line_edit(block, wanted)


_LICENCE_KEYS = ("license", "license_name", "license_link")
_TOP_KEY = lazy_compile(r"^([A-Za-z_][\w-]*)\s*:")


def _top_keys(lines: list[str]) -> list[str | None]:
    out: list[str | None] = []
    for line in lines:
        match = _TOP_KEY.match(line)
        out.append(match.group(1) if match else None)
    return out


def _only_licence_lines_changed(before: str, after: str) -> bool:
    old = [ln for ln, k in zip(before.splitlines(keepends=True), _top_keys(before.splitlines())) if k not in _LICENCE_KEYS]
    new = [ln for ln, k in zip(after.splitlines(keepends=True), _top_keys(after.splitlines())) if k not in _LICENCE_KEYS]
    return old == new


def _line_edit(block: str, wanted: dict[str, str]) -> str | None:
    """Rewrite the top-level licence lines by hand (when ruamel would reformat other lines), checked by parsing."""
    from ruamel.yaml import YAML

    lines = block.splitlines(keepends=True)
    keys = _top_keys([ln.rstrip("\r\n") for ln in lines])
    if "license" not in keys:
        return None
    ending = "\r\n" if lines[0].endswith("\r\n") else "\n"
    out: list[str] = []
    for line, key in zip(lines, keys):
        if key in ("license_name", "license_link"):
            continue
        if key == "license":
            out.extend(f"{k}: {_yaml_scalar(v)}{ending}" for k, v in wanted.items())
            continue
        out.append(line)
    result = "".join(out)
    try:
        data: Any = YAML(typ="safe").load(result)
    except Exception:  # noqa: BLE001
        return None
    if not isinstance(data, dict) or any(data.get(k) != v for k, v in wanted.items()):
        return None
    return result


def _yaml_scalar(value: str) -> str:
    return value if re.fullmatch(r"[\w./:%~+-]+", value) and not value[:1] in "-:%" else '"' + value.replace('"', '\\"') + '"'
