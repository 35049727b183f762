"""Standard licence texts (MIT, Apache-2.0, the GPL family…), identified by licenseclassifier."""

from __future__ import annotations

from functools import lru_cache

from openwash.lazyre import lazy_compile
from openwash.licenses import knowledge
from openwash.licenses.identify.fingerprints import _closest_entry
from openwash.licenses.identify.matches import CLASSIFIER_COVERAGE, MAX_CLASSIFY_CHARS, TextMatch, _line_of, _line_starts, _match_from_entry
from openwash.licenses.identify.riders import apply_riders, find_riders


# -- standard licences (licenseclassifier) --------------------------------------------------

_WORD = lazy_compile(r"[A-Za-z0-9]+")


def _classify_standard(text: str) -> tuple[list[TextMatch], dict[str, object] | None]:
    """Standard licence texts found by licenseclassifier, and the nearest one when they cover
    too little of the text to count (the "closest" of an unidentified text)."""
    from licenseclassifier import identify_license

    _load_classifier_fast()
    sample = text[:MAX_CLASSIFY_CHARS]
    try:
        results = identify_license(sample, coverage_threshold=0.0)
    except Exception:  # a third-party matcher must never take the check down
        return [], None
    if not results:
        return [], None
    total_words = len(_WORD.findall(sample)) or 1
    covered_by = [(len(_WORD.findall(sample[r.start : r.end])), r.id) for r in results]
    coverage = sum(words for words, _ in covered_by) / total_words
    if coverage < CLASSIFIER_COVERAGE:
        words, spdx_id = max(covered_by)
        return [], _closest_entry(spdx_id, words / total_words)
    starts = _line_starts(sample)
    leftover = _leftover(sample, [(r.start, r.end) for r in results])
    riders = find_riders(leftover)
    matches: list[TextMatch] = []
    seen_ids: set[str] = set()
    for result in results:
        if result.id in seen_ids:
            continue  # the same licence twice (e.g. text + appendix) is one licence
        seen_ids.add(result.id)
        match = _standard_match(result.id, min(1.0, coverage), _line_of(starts, result.start))
        matches.append(apply_riders(match, riders) if riders else match)
    return matches, None


@lru_cache(maxsize=1)
def _load_classifier_fast() -> None:
    """Load licenseclassifier's prebuilt scanner the quick way, once per process.

    The package reads its own `scanner.bin.gz` with `marshal.load` on a gzip stream
    (55–90 ms); decompressing in one call and `marshal.loads` reads the same bytes in
    15–20 ms. Same file, same `Scanner.from_compiled`, same format check: only the I/O
    differs. Anything unexpected (another version, a missing file) leaves the package to
    load itself as usual.
    """
    import gzip
    import importlib
    import marshal

    try:
        engine = importlib.import_module("licenseclassifier._engine.scan")
        if getattr(engine, "_builtin", True) is not None:
            return  # already loaded, or a version without this attribute
        data = marshal.loads(gzip.decompress(engine._ARTIFACT_PATH.read_bytes()))
        if not isinstance(data, dict) or data.get("version") != engine.FORMAT_VERSION:
            return
        setattr(engine, "_builtin", engine.Scanner.from_compiled(data))
    except Exception:  # the package's own loader is the fallback
        return


def _standard_match(spdx_id: str, coverage: float, line: int) -> TextMatch:
    entry = knowledge.resolve_name(spdx_id)
    confidence = round(0.5 + 0.5 * coverage, 3)
    if entry is None:
        return TextMatch("unknown", spdx_id, spdx_id, "unknown", knowledge.is_osi_approved(spdx_id), confidence, line, "classifier")
    return _match_from_entry(entry, confidence, line, "classifier")


def _leftover(text: str, spans: list[tuple[int, int]]) -> str:
    parts, last = [], 0
    for start, end in sorted(spans):
        parts.append(text[last:start])
        last = max(last, end)
    parts.append(text[last:])
    return "\n".join(parts)
