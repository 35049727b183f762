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
    own_text, components = _component_sections(sample)
    third_party = [(start, end) for title, start, end in components if _THIRD_PARTY_TITLE.match(title)]
    # "Other dependencies and licenses:" (a Tencent composite file): the words after it are the bundled
    # components' licences, so the file's own terms are measured against the words before it (when none is
    # found there, the nearest of the components' licences is measured against the whole file).
    own = [r for r in results if not any(r.start < end and r.end > start for start, end in third_party)]
    third_party_words = sum(len(_WORD.findall(sample[start:end])) for start, end in third_party) if own else 0
    total_words = (len(_WORD.findall(sample)) - third_party_words) or 1
    covered_by = [(len(_WORD.findall(sample[r.start : r.end])), r.id) for r in own or results]
    coverage = sum(words for words, _ in covered_by) / total_words
    if coverage < CLASSIFIER_COVERAGE:
        words, spdx_id = max(covered_by)
        return [], _closest_entry(spdx_id, words / total_words)
    if not own:
        return [], None  # only the bundled components' licences
    starts = _line_starts(sample)
    results = own  # the licences found after "Other dependencies and licenses:" are the bundled components'
    spans = [(r.start, r.end) for r in results]
    component_terms: list[str] = []
    riders = find_riders(_leftover(own_text, spans), component_terms)
    component_terms += [
        f"{title}: {rider}" for title, start, end in components for rider in find_riders(_leftover(sample[start:end], _shift(spans, start, end)))
    ]
    matches: list[TextMatch] = []
    seen_ids: set[str] = set()
    for result in results:
        if result.id in seen_ids:
            continue  # the same licence twice (e.g. text + appendix) is one licence
        seen_ids.add(result.id)
        match = _standard_match(result.id, min(1.0, coverage), _line_of(starts, result.start))
        match = apply_riders(match, riders) if riders else match
        if component_terms:
            match.properties = {**match.properties, "component_terms": component_terms}
        matches.append(match)
    return matches, None


# "------ LICENSE FOR Facebook Fairseq code ------", "## Licence for the SegFormer files" (its `##`
# removed by `prepare`, so a short line standing alone between blank lines): a section of a
# composite licence file that holds another component's terms.
_COMPONENT_TITLE = lazy_compile(
    r"(?i)^(?!see the |[^\n]*\b(?:under|of) this licen)(?:[\w.,&()'/-]+[ \t]+){0,8}?licen[cs]e[sd]?[ \t]+for[ \t]+[^\n]*?$"
)
# "Other dependencies and licenses:" (Tencent's composite files): what follows are the licences of third-party
# components, not the release's own terms.
_THIRD_PARTY_TITLE = lazy_compile(
    r"(?i)^(?:other\s+dependencies\s+and\s+licen[cs]es|third[- ]party\s+(?:components?|software|dependencies)(?:\s+and\s+licen[cs]es)?)\s*:?$"
)
_DIVIDER = lazy_compile(r"^[ \t]*[-=*#~]{2,}[ \t]*(?P<title>.*?)[ \t]*[-=*#~]*[ \t]*$")


def _component_sections(text: str) -> tuple[str, list[tuple[str, int, int]]]:
    """A composite licence file ("The following applies to all files unless otherwise noted",
    then sections headed "LICENSE FOR <component> code"): the text with the component sections
    blanked (offsets kept), and each section as (title, start, end).

    Extra terms in a component's section bind that component's files, not the whole file: the
    NVIDIA SegFormer terms in Megatron-LM's composite LICENSE make the SegFormer files
    non-commercial, not every file under it. They are kept as the match's `component_terms`.
    """
    lines = text.split("\n")
    headings: list[tuple[str, int]] = []
    offset = 0
    for index, line in enumerate(lines):
        divider = _DIVIDER.match(line)
        title = divider.group("title") if divider else line.strip()
        standalone = (index == 0 or not lines[index - 1].strip()) and (index + 1 == len(lines) or not lines[index + 1].strip())
        if (divider or (standalone and not title.endswith((".", ",", ";", ":")))) and _COMPONENT_TITLE.match(title):
            headings.append((" ".join(title.split()), offset))
        elif standalone and _THIRD_PARTY_TITLE.match(title):
            headings.append((" ".join(title.split()), offset))
        offset += len(line) + 1
    if not headings or not text[: headings[0][1]].strip():
        return text, []  # no own terms before the first component: the file is not composite
    sections = [(title, at, headings[i + 1][1] if i + 1 < len(headings) else len(text)) for i, (title, at) in enumerate(headings)]
    blanked = list(text)
    for _, start, end in sections:
        blanked[start:end] = [c if c == "\n" else " " for c in text[start:end]]
    return "".join(blanked), sections


def _shift(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Spans clipped to text[start:end], relative to start."""
    return [(max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start]


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
