"""`identify_text`: the order the methods are tried in, and the cache of results (in memory and
between runs)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from openwash import cache
from openwash.lazyre import lazy_compile
from openwash.licenses import knowledge
from openwash.licenses.identify.matches import MAX_CLASSIFY_CHARS, TextMatch, _first_content_line, _unknown, prepare


def identify_text(text: str) -> list[TextMatch]:
    """Every licence in a licence file's text, in order; [unknown] when none is recognised.

    Results are cached by the text's digest, in memory (model zoos ship the same licence many
    times) and in the user cache between runs (the hook sees the same LICENSE on every commit;
    see openwash.cache).
    """
    digest = cache.text_digest(text)
    cached = _CACHE.get(digest)
    if cached is None:
        stored = _results_store().get(digest)
        cached = _from_stored(stored) if stored is not None else None
        if cached is None:
            cached = tuple(_identify(text))
            _results_store().put(digest, tuple(_to_stored(m) for m in cached))
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[digest] = cached
    return [replace(m, riders=list(m.riders), properties=dict(m.properties)) for m in cached]


_CACHE: dict[bytes, tuple[TextMatch, ...]] = {}
_CACHE_SIZE = 512


@lru_cache(maxsize=1)
def _results_store() -> cache.Store:
    """Identifications kept between runs, keyed by everything that can change an identification:
    openwash's version, this package's modules, the knowledge base and licenseclassifier's templates."""
    import importlib.util
    from pathlib import Path

    from openwash import __version__

    package = Path(__file__).resolve().parent  # openwash/licenses/identify/
    here = package.parent
    sources: list[Path] = [*sorted(package.glob("*.py")), here / "knowledge.py", here.parent / "model.py"]
    sources += sorted((here / "data").glob("*.json"))
    spec = importlib.util.find_spec("licenseclassifier")
    if spec is not None and spec.submodule_search_locations:
        sources.append(Path(list(spec.submodule_search_locations)[0]) / "_engine" / "scanner.bin.gz")
    return cache.store("licenses", f"{__version__}-{cache.file_signature(*sources)}")


def _to_stored(match: TextMatch) -> tuple[object, ...]:
    return (match.key, match.id, match.name, match.family, match.osi_approved, match.confidence, match.line, match.method,
            match.ambiguous, list(match.riders), dict(match.properties))  # fmt: skip


def _from_stored(stored: object) -> tuple[TextMatch, ...] | None:
    """The matches a cache entry holds, or None when it is not what `_to_stored` writes."""
    if not isinstance(stored, tuple) or not stored:
        return None
    matches = []
    for item in stored:
        if not (isinstance(item, tuple) and len(item) == 11 and isinstance(item[9], list) and isinstance(item[10], dict)):
            return None
        if not all(isinstance(value, str) for value in (*item[:4], item[7])):
            return None
        key, spdx_id, name, family, osi, confidence, line, method, ambiguous, riders, properties = item
        matches.append(
            TextMatch(key, spdx_id, name, family, bool(osi), float(confidence), int(line), method, bool(ambiguous), list(riders), dict(properties))
        )
    return tuple(matches)


def _identify(text: str) -> list[TextMatch]:
    # Imported here: a licence text seen before is answered from the cache without them.
    from openwash.licenses.identify.fingerprints import _closest, _select, fingerprint_candidates, nearest_fingerprint
    from openwash.licenses.identify.pointers import (
        POINTER_MAX_CHARS,
        _notice_match,
        _pointer_match,
        _standard_grant_match,
        _with_conditions_match,
    )
    from openwash.licenses.identify.riders import apply_riders, binding_riders, find_riders
    from openwash.licenses.identify.standard import _classify_standard

    prepared = prepare(text[:MAX_CLASSIFY_CHARS])
    if not prepared.strip():
        return [_unknown(1, "empty")]
    candidates = fingerprint_candidates(prepared)
    fingerprinted = _select(candidates)
    if fingerprinted and _titled_model_licence(fingerprinted[0]):
        # A model licence named in the document's title: no standard text to look for (saves the
        # classifier's time on texts it cannot know).
        return [_resolve_modified(m, prepared) for m in fingerprinted]
    standard, nearest_standard = _classify_standard(prepared)
    if standard:
        return standard
    if fingerprinted:
        return [_resolve_modified(m, prepared) for m in fingerprinted]
    pointer = _pointer_match(text[:POINTER_MAX_CHARS * 4].replace("\r\n", "\n").replace("\r", "\n"))  # URLs survive only in the raw text
    if pointer is not None:
        return [pointer]
    component_terms: list[str] = []
    riders = find_riders(prepared, component_terms)
    notice = _notice_match(text.replace("\r\n", "\n").replace("\r", "\n"))
    if notice is not None:
        # a summary of a named licence's terms: its own restrictive lines (beyond the licence's) still bind
        binding = binding_riders(riders)
        return [apply_riders(notice, binding) if _beyond(binding, notice.family) else notice]
    if binding_riders(riders):
        named = _with_conditions_match(text) or _standard_grant_match(text)
        if named is not None and _beyond(binding_riders(riders), named.family):
            # a standard licence "with the following additional conditions" that restrict it, or a standard grant
            # with the vendor's condition among its own: not that licence
            return [apply_riders(named, binding_riders(riders))]
    unknown = _unknown(_first_content_line(prepared), "no licence text recognised")
    unknown.riders = riders
    if component_terms:
        unknown.properties["component_terms"] = component_terms
    closest = _closest(nearest_standard, nearest_fingerprint(candidates))
    if closest is not None:
        unknown.properties["closest"] = closest
    return [unknown]


def _beyond(riders: list[str], family: str) -> bool:
    """Riders that force a family more restrictive than `family` (a non-commercial line in a CC BY-NC summary is not)."""
    from openwash.licenses.identify.riders import rider_family
    from openwash.model import FAMILY_RESTRICTIVENESS

    return bool(riders) and FAMILY_RESTRICTIVENESS[rider_family(riders, family)] > FAMILY_RESTRICTIVENESS.get(family, -1)


def _titled_model_licence(match: TextMatch) -> bool:
    entry = knowledge.entry(match.key)
    return match.properties.get("titled") is True and entry is not None and entry.spdx is None


# The grant itself limited to non-commercial research (not a mention of "non-commercial AI models" elsewhere).
_NON_COMMERCIAL_GRANT = lazy_compile(
    r"\b(?:solely|only|exclusively)\s+for\s+(?:your\s+)?non-?commercial\b|\bfor\s+(?:your\s+)?non-?commercial\s+research\s+purposes\s+only\b"
    r"|仅(?:限|供|用于)[^。]{0,6}非商业",
    re.IGNORECASE,
)


def _version_terms(match: TextMatch, text: str) -> TextMatch:
    """A vendor model licence whose text, in this version, grants use "solely for your non-commercial research
    purposes" (ChatGLM2-6B's first licence; later versions allow commercial use after registration): the text
    read is the evidence, so its grant decides the family; the entry's family summarises the versions.
    Text before the licence's own title (a fine-tuner's notice above it) is not the licence."""
    entry = knowledge.entry(match.key)
    if entry is None or entry.spdx is not None or match.family != "vendor-community":
        return match
    body = "\n".join(text.split("\n")[max(0, match.line - 1) :])
    grant = _NON_COMMERCIAL_GRANT.search(body)
    if grant is None:
        return match
    sentence = body[max(0, grant.start() - 120) : grant.end() + 60].replace("\n", " ")
    match.family = "non-commercial"
    match.riders = [*match.riders, f"non-commercial: {' '.join(sentence.split())}"]
    match.properties = {**match.properties, "version_terms": "non-commercial"}
    return match


def _resolve_modified(match: TextMatch, text: str) -> TextMatch:
    """'Modified MIT'-style texts: the added clauses decide the family."""
    from openwash.licenses.identify.riders import find_riders, rider_family

    if not match.key.startswith("modified-"):
        return _version_terms(match, text)
    base = knowledge.lookup(match.key[len("modified-") :])
    component_terms: list[str] = []
    riders = find_riders(text, component_terms)
    match.riders = riders
    if component_terms:
        match.properties = {**match.properties, "component_terms": component_terms}
    base_family = base.family if base is not None else "unknown"
    match.family = rider_family(riders, base_family)
    match.properties = dict(match.properties)
    match.properties["base_license"] = base.id if base is not None else None
    return match
