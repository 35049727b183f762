"""The family table (`data/lineage.json`): which model family, version and terms an id or name resolves to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from openwash.lazyre import lazy_compile, regex


# Signals whose reference is machine-readable metadata; the rest is read from prose.
METADATA_SIGNALS = frozenset({"front-matter", "adapter-config", "mergekit", "template-line"})
_SIGNAL_STRENGTH = {
    "front-matter": 0,
    "adapter-config": 1,
    "mergekit": 1,
    "template-line": 2,
    "label": 3,
    "table": 4,
    "code": 5,
    "prose": 6,
    "own-name": 7,
}


# ---------------------------------------------------------------------------
# The family table


@dataclass(frozen=True)
class Entry:
    key: str
    name: str
    patterns: tuple[re.Pattern[str], ...]
    license_key: str | None
    family: str
    source: str
    publishers: frozenset[str]
    note: str | None = None
    uncertain: bool = False
    generic: bool = False
    via: bool = False  # a descendant of another family (distill, Vicuna) filed under its parent's key


@dataclass(frozen=True)
class Resolution:
    """What an id resolves to: a family/version key and the terms that govern it."""

    key: str
    license_key: str | None
    family: str
    entry: Entry


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    """The family table from `data/lineage.json`, in match order."""
    from openwash import datafiles

    raw = datafiles.load("lineage.json")
    out = []
    for item in raw["entries"]:
        out.append(
            Entry(
                key=item["key"],
                name=item["name"],
                patterns=tuple(lazy_compile(p) for p in item["match"]),
                license_key=item.get("license_key"),
                family=item["family"],
                source=item["source"],
                publishers=frozenset(p.lower() for p in item.get("publishers", [])),
                note=item.get("note"),
                uncertain=bool(item.get("uncertain", False)),
                generic=bool(item.get("generic", False)),
                via=bool(item.get("via", False)),
            )
        )
    return tuple(out)


def entry(key: str) -> Entry | None:
    """The family-table entry for a resolved key (the parent family's own entry, not a descendant's)."""
    matches = [e for e in entries() if e.key == key]
    own = [e for e in matches if not e.via]
    chosen = own or matches
    return chosen[0] if chosen else None


_HUB_PREFIX = lazy_compile(r"^(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co)/", re.IGNORECASE)


def normalize(model_id: str) -> str:
    """Lower case, Hub URL prefix and revision suffix removed, '_' and spaces as '-'.

    An underscore between digits is a version dot (NVIDIA writes `Llama-3_1-Nemotron`)."""
    text = _HUB_PREFIX.sub("", model_id.strip().strip("`'\"<>[]()"))
    text = regex(r"/(?:tree|blob|resolve)/.*$").sub("", text)
    text = regex(r"(?<=\d)_(?=\d)").sub(".", text)
    text = text.lower().replace("_", "-")
    text = regex(r"\s+").sub("-", text)
    return text.strip("/-")


@lru_cache(maxsize=4096)
def resolve(model_id: str) -> Resolution | None:
    """The first family-table entry whose pattern finds the normalised id, or None.

    Mirrors and re-uploads (unsloth/…-bnb-4bit, TheBloke/…-GGUF, bartowski/…,
    NousResearch/Llama-2-7b-hf, decapoda-research/llama-7b-hf) resolve through the
    model name; distills whose names carry two families are listed before either.
    """
    text = normalize(model_id)
    if not text:
        return None
    for e in entries():
        if any(p.search(text) for p in e.patterns):
            return Resolution(e.key, e.license_key, e.family, e)
    return None
