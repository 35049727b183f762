"""Identify licence texts: standard licences through licenseclassifier, model licences through
openwash's fingerprints, and riders (extra terms added to a permissive text).

`identify_text(text)` returns one `TextMatch` per licence found in the text, in text order.
A text that nothing identifies with enough confidence gives a single match with key
`unknown`: openwash never guesses. See docs/licenses.md for the method and its limits.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from openwash import cache

try:  # the BLAKE2 module alone: `import hashlib` also loads OpenSSL (~3 ms per commit)
    from _blake2 import blake2b
except ImportError:  # an interpreter without it
    from hashlib import blake2b
from openwash.lazyre import lazy_compile, regex
from openwash.licenses import knowledge
from openwash.licenses.knowledge import LicenseEntry

# Below this confidence an identification is reported as `unknown`.
CONFIDENCE_THRESHOLD = 0.5
# Share of the words that standard licence texts must cover (licensecheck's default is 75 %).
CLASSIFIER_COVERAGE = 0.75
# Texts larger than this are cut before identification (licence files are far smaller).
MAX_CLASSIFY_CHARS = 400_000

RIDER_FAMILY: dict[str, str | None] = {
    # kind of extra term -> family it forces (None: informative only, family unchanged)
    "acceptable-use-policy": "vendor-community",
    "use-restriction": "rail",
    "user-threshold": "vendor-community",
    "naming-duty": "vendor-community",
    "no-derivatives": "no-derivatives",
    "non-commercial": "non-commercial",
    "research-only": "research-only",
    # "for commercial use, please sign this agreement / fill in the form": use is not free of asking
    "commercial-authorisation": "vendor-community",
    "request": None,
}

_RIDER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("acceptable-use-policy", lazy_compile(r"acceptable[- ]use polic|prohibited use polic|\buse polic(?:y|ies)\b|使用政策|可接受使用|使用规范")),
    (
        "use-restriction",
        lazy_compile(
            r"\b(?:you|licensee|user|users|recipient)s? (?:will|shall|may|must|agree(?: not)? to) not use\b"
            r"|\b(?:shall|may|must|will) not be used (?:for|to|in|by)\b"
            r"|\bnot (?:to )?use (?:the )?(?:software|model|materials?|weights)[^.]{0,40}\bfor\b"
            r"|\bprohibited uses?\b|\buse restrictions?\b|\buse-based restrictions?\b"
            r"|\bmilitary\b|\bsurveillance\b"
            r"|不得[^。]{0,30}用于|禁止[^。]{0,20}用于"
        ),
    ),
    ("user-threshold", lazy_compile(r"monthly active users|daily active users|\bmaus?\b|月活|日活|annual revenue|monthly revenue|年收入")),
    ("naming-duty", lazy_compile(r"prominently display|must (?:begin|start) with|\bbuilt with [a-z]|name of (?:any|the) (?:derivative|model)")),
    ("no-derivatives", lazy_compile(r"no derivative works|may not (?:modify|create derivative)|shall not (?:modify|create derivative)|不得修改")),
    (
        "non-commercial",
        lazy_compile(
            r"non-?commercial|not for commercial|no commercial use|commercial use is (?:not permitted|prohibited|forbidden|not allowed)"
            r"|may not (?:be )?used? [^.]{0,30}commercial|禁止商用|不得[^。]{0,10}商业|严禁[^。]{0,10}商业|非商业"
        ),
    ),
    (
        "research-only",
        lazy_compile(
            r"research (?:use |purposes? )?only|for (?:academic |non-commercial )?research (?:purposes )?only|solely for (?:your )?(?:academic |non-commercial )?research"
            r"|academic use only|仅供[^。]{0,6}研究|仅限[^。]{0,6}研究|仅用于[^。]{0,6}研究"
        ),
    ),
    ("request", lazy_compile(r"\bwe (?:only |kindly )?(?:ask|request|encourage)\b|\bplease use\b")),
)
# Boilerplate of standard texts that looks like a rider but is not one.
_NOT_RIDERS = lazy_compile(
    r"you may not use this file except in compliance|may not be used to endorse or promote|shall not be used in advertising"
    r"|without specific prior written permission|trademarks?|service marks?"
)


@dataclass
class TextMatch:
    """One licence identified in a text."""

    key: str  # knowledge-base key, "unknown" when nothing matched well enough
    id: str
    name: str
    family: str
    osi_approved: bool
    confidence: float
    line: int  # 1-based line where the licence text starts
    method: str  # "classifier", "fingerprint", "none"
    ambiguous: bool = False
    riders: list[str] = field(default_factory=list)
    properties: dict[str, object] = field(default_factory=dict)


def identify_text(text: str) -> list[TextMatch]:
    """Every licence in a licence file's text, in order; [unknown] when none is recognised.

    Results are cached by the text's digest, in memory (model zoos ship the same licence many
    times) and in the user cache between runs (the hook sees the same LICENSE on every commit;
    see openwash.cache).
    """
    digest = blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
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
    openwash's version, this module, the knowledge base and licenseclassifier's templates."""
    import importlib.util
    from pathlib import Path

    from openwash import __version__

    here = Path(__file__).resolve().parent
    sources: list[Path] = [Path(__file__), here / "knowledge.py", here.parent / "model.py"]
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
    riders = find_riders(prepared)
    unknown = _unknown(_first_content_line(prepared), "no licence text recognised")
    unknown.riders = riders
    closest = _closest(nearest_standard, nearest_fingerprint(candidates))
    if closest is not None:
        unknown.properties["closest"] = closest
    return [unknown]


# -- pointer files ---------------------------------------------------------------------------

# "Please refer to license: https://github.com/facebookresearch/llama/blob/main/LICENSE": a file
# that holds no licence text but points at one (Code Llama's LICENSE and USE_POLICY.md).
POINTER_MAX_CHARS = 400
POINTER_CONFIDENCE = 0.7
_URL = lazy_compile(r"https?://[^\s<>()\[\]\"']+")


def _pointer_match(text: str) -> TextMatch | None:
    """A short text whose only substance is the address of a known licence text."""
    if len(text.strip()) > POINTER_MAX_CHARS:
        return None
    from openwash.licenses import declarations

    for found in _URL.finditer(text):
        entry = declarations.resolve_url(found.group(0).rstrip(".,;:"))
        if entry is not None:
            starts = _line_starts(text)
            match = _match_from_entry(entry, POINTER_CONFIDENCE, _line_of(starts, found.start()), "pointer")
            match.properties["pointer"] = found.group(0)
            return match
    return None


# -- text preparation ----------------------------------------------------------------------

_MD_LINK = lazy_compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LEAD = lazy_compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)+", re.M)
_MD_EMPH = lazy_compile(r"\*{1,3}|_{2,3}|`+|~~|\\")
_HTML_TAG = lazy_compile(r"</?[a-zA-Z][^>\n]{0,200}>")
_RULE_LINE = lazy_compile(r"^[ \t]*(?:[-=*_~#][ \t]*){3,}$", re.M)


def prepare(text: str) -> str:
    """Plain text with the same line count: CRLF, Markdown and HTML markup removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _RULE_LINE.sub("", text)
    text = _HTML_TAG.sub(" ", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_LEAD.sub("", text)
    return _MD_EMPH.sub("", text)


def normalize(text: str) -> str:
    """Lower case, one space, straight quotes, 'licence' spelled 'license': for phrase matching."""
    text = text.lower()
    text = text.translate(_QUOTES)
    text = text.replace("licence", "license")
    return " ".join(text.split())


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "‐": "-", "\u00a0": " "})


def _first_content_line(text: str) -> int:
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            return number
    return 1


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for match in regex("\n").finditer(text):
        starts.append(match.end())
    return starts


def _line_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)


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


def _match_from_entry(entry: LicenseEntry, confidence: float, line: int, method: str) -> TextMatch:
    return TextMatch(
        key=entry.key,
        id=entry.id,
        name=entry.name,
        family=entry.family,
        osi_approved=entry.osi_approved,
        confidence=confidence,
        line=line,
        method=method,
        ambiguous=entry.ambiguous,
        properties=dict(entry.properties),
    )


def _unknown(line: int, why: str) -> TextMatch:
    return TextMatch("unknown", "unknown", "Unidentified licence text", "unknown", False, 0.0, line, "none", properties={"notes": why})


def _titled_model_licence(match: TextMatch) -> bool:
    entry = knowledge.entry(match.key)
    return match.properties.get("titled") is True and entry is not None and entry.spdx is None


def _resolve_modified(match: TextMatch, text: str) -> TextMatch:
    """'Modified MIT'-style texts: the added clauses decide the family."""
    if not match.key.startswith("modified-"):
        return match
    base = knowledge.lookup(match.key[len("modified-") :])
    riders = find_riders(text)
    match.riders = riders
    base_family = base.family if base is not None else "unknown"
    match.family = rider_family(riders, base_family)
    match.properties = dict(match.properties)
    match.properties["base_license"] = base.id if base is not None else None
    return match


# -- riders ------------------------------------------------------------------------------------

_SENTENCE_SPLIT = lazy_compile(r"(?<=[.!?;。；！？])\s+|\n\s*\n")


def find_riders(text: str) -> list[str]:
    """Extra terms in text that is not part of a standard licence: 'kind: sentence'."""
    riders: list[str] = []
    seen: set[str] = set()
    for sentence in _SENTENCE_SPLIT.split(text):
        flat = normalize(sentence)
        if not flat or _NOT_RIDERS.search(flat):
            continue
        for kind, pattern in _RIDER_PATTERNS:
            if pattern.search(flat) and kind not in seen:
                seen.add(kind)
                riders.append(f"{kind}: {_clip(' '.join(sentence.split()))}")
    return riders


def _clip(sentence: str, limit: int = 160) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


def rider_kinds(riders: list[str]) -> list[str]:
    return [r.split(":", 1)[0] for r in riders]


def rider_family(riders: list[str], base_family: str) -> str:
    """The most restrictive family among the base licence and its binding riders."""
    from openwash.model import FAMILY_RESTRICTIVENESS

    family = base_family
    for kind in rider_kinds(riders):
        forced = RIDER_FAMILY.get(kind)
        if forced and FAMILY_RESTRICTIVENESS[forced] > FAMILY_RESTRICTIVENESS.get(family, -1):
            family = forced
    return family


def binding_riders(riders: list[str]) -> list[str]:
    return [r for r in riders if RIDER_FAMILY.get(r.split(":", 1)[0]) is not None]


def apply_riders(match: TextMatch, riders: list[str]) -> TextMatch:
    """A permissive text plus extra terms is not that licence: re-label and re-classify it."""
    if not riders:
        return match
    base_family = match.family if match.family != "unknown" else "osi-approved"
    modified = knowledge.entry(f"modified-{match.key}")
    match.riders = list(riders)
    match.properties = dict(match.properties)
    match.properties["base_license"] = match.id
    kinds = rider_kinds(riders)
    match.properties["use_restrictions"] = bool({"acceptable-use-policy", "use-restriction"} & set(kinds))
    match.properties["commercial_use_banned"] = "non-commercial" in kinds or bool(match.properties.get("commercial_use_banned"))
    match.properties["research_only"] = "research-only" in kinds or bool(match.properties.get("research_only"))
    if modified is not None:
        match.key, match.id = modified.key, modified.id
    else:
        match.key, match.id = f"modified-{match.key}", f"LicenseRef-openwash-modified-{match.key}"
    match.name = f"{_base_name(match.name)} with additional terms"
    match.family = rider_family(riders, base_family)
    match.osi_approved = False
    match.confidence = round(match.confidence * 0.9, 3)
    return match


def _base_name(name: str) -> str:
    return name[: -len(" with additional terms")] if name.endswith(" with additional terms") else name


# -- fingerprints (model licences) -----------------------------------------------------------


@dataclass(frozen=True)
class _Fingerprints:
    titles: re.Pattern[str]  # every title, longest first, as one alternation
    entry_of_title: dict[str, LicenseEntry]
    clause_weight: dict[str, float]
    clauses_by_key: dict[str, tuple[str, ...]]
    names_by_key: dict[str, frozenset[str]]  # distinctive words of each licence's names and titles


@lru_cache(maxsize=1)
def _fingerprints() -> _Fingerprints:
    entry_of_title: dict[str, LicenseEntry] = {}
    holders: dict[str, int] = {}
    clauses_by_key: dict[str, tuple[str, ...]] = {}
    names_by_key: dict[str, frozenset[str]] = {}
    for entry in knowledge.all_entries():
        for title in entry.titles:
            entry_of_title.setdefault(normalize(title), entry)
        clauses = tuple(normalize(c) for c in entry.clauses)
        clauses_by_key[entry.key] = clauses
        for clause in set(clauses):
            holders[clause] = holders.get(clause, 0) + 1
        names = (entry.key, entry.name, *entry.aliases, *entry.titles)
        names_by_key[entry.key] = frozenset().union(*(title_words(normalize(n)) for n in names))
    ordered = sorted(entry_of_title, key=len, reverse=True)
    pattern = lazy_compile("|".join(re.escape(t) for t in ordered)) if ordered else lazy_compile(r"(?!x)x")
    # A clause that several licences share says less about which one this is.
    weights = {clause: 0.35 / count for clause, count in holders.items()}
    return _Fingerprints(pattern, entry_of_title, weights, clauses_by_key, names_by_key)


@dataclass
class _Candidate:
    entry: LicenseEntry
    score: float
    line: int
    heading: bool
    set_aside: str | None = None  # why a candidate cannot be the identification (it may still be the closest)


# The title of a licence text: a short line that ends with what it is ("The CogVideoX License",
# "SDXL 0.9 RESEARCH LICENSE AGREEMENT", "OpenMDW License Agreement, version 1.0 (OpenMDW-1.0)",
# "Gemma Terms of Use", "…模型许可协议"), not a sentence that mentions "this Agreement".
_TITLE_END = lazy_compile(r"(?:\blicen[cs]e|\bagreement|\bterms of use|\bterms and conditions|许可协议|许可证|授权协议|协议)$")
# One trailing element after the name: "(OpenMDW-1.0)", "version 1.0", "v2", "2.0", punctuation.
_TITLE_TAIL = lazy_compile(r"(?:\([^()]{0,40}\)|\bversion\s+\S+|\bv?\d[\d.]*[a-z]?|[-,.:;*_#])\s*$")
_TITLE_MAX_WORDS = 12
_TITLE_MAX_CHARS = 200
_TITLE_MAX_CJK = 40
_SENTENCE_MARK = lazy_compile(r"[，。；：、]")
# Words of sentences, not of titles ("… accepted the content of this Agreement").
_SENTENCE_WORDS = lazy_compile(
    r"\b(?:you|your|we|our|this|these|that|which|shall|will|may|must|means|is|are|be|been|has|have|hereby|herein|following|accept|accepted)\b"
)
# Words every licence title uses: they tell no licence from another.
_GENERIC_TITLE_WORDS = frozenset(
    """
    the a an of and for to by in on with this our your
    license licence licensed licenses licences licensing agreement agreements terms term conditions condition
    use usage using version ver release released date dated effective last updated modified
    model models community research non noncommercial commercial open source public general software
    weights weight parameters ai artificial intelligence acceptable policy policies prohibited copyright notice
    limited tou eula end user users materials llm
    """.split()
)
_GENERIC_TITLE_ZH = ("许可协议", "许可证", "许可", "协议", "授权", "模型", "社区", "开源", "条款", "使用", "系列", "版本")
_TITLE_TOKEN = lazy_compile(r"[a-z][a-z0-9]*|[0-9]+[a-z][a-z0-9]*|[\u3400-\u9fff]+")
_SIZE_TOKEN = lazy_compile(r"[0-9]+(?:[.][0-9]+)?[bmkt]|v[0-9]+")


def title_words(flat: str) -> frozenset[str]:
    """The distinctive words of a (normalised) licence title or name: 'the glm-130b license' -> {'glm'}.

    Generic words ("license", "community", "agreement", "模型", "许可协议"), numbers and model sizes
    are left out: what remains names whose licence it is."""
    words: set[str] = set()
    for token in _TITLE_TOKEN.findall(flat):
        if token[0] >= "\u3400":
            for generic in _GENERIC_TITLE_ZH:
                token = token.replace(generic, " ")
            words.update(part for part in token.split() if part)
        elif len(token) >= 2 and token not in _GENERIC_TITLE_WORDS and not _SIZE_TOKEN.fullmatch(token):
            words.add(token)
    return frozenset(words)


def _own_title(flat_lines: list[str]) -> tuple[int, frozenset[str]] | None:
    """The line (0-based) and distinctive words of the text's own title: among its first three
    non-empty lines, the first short line that names a licence by more than generic words."""
    seen = 0
    for index, line in enumerate(flat_lines):
        if not line:
            continue
        seen += 1
        if seen > 3:
            break
        if _looks_like_title(line):
            words = title_words(line)
            if words:
                return index, words
    return None


def _looks_like_title(flat: str) -> bool:
    """Whether a normalised line is shaped like a licence title (see _TITLE_END)."""
    if len(flat) > _TITLE_MAX_CHARS or len(flat.split()) > _TITLE_MAX_WORDS:
        return False
    if _SENTENCE_MARK.search(flat) or _SENTENCE_WORDS.search(flat):
        return False
    core = flat.strip()
    for _ in range(6):  # strip the tail element by element (one pattern for all would backtrack)
        shorter = _TITLE_TAIL.sub("", core).rstrip()
        if shorter == core:
            break
        core = shorter
    if not _TITLE_END.search(core):
        return False
    return len(core) <= _TITLE_MAX_CJK if not core.isascii() else True


def fingerprint_matches(text: str) -> list[TextMatch]:
    """Model licences recognised by their titles and distinctive clauses."""
    return _select(fingerprint_candidates(text))


def fingerprint_candidates(text: str) -> dict[str, _Candidate]:
    """Every licence whose titles or clauses occur in the text, with its score.

    A candidate found only in the body (clauses, or its title in running text) is set aside
    when the text opens with a title of its own that names a different licence: the SDXL 0.9
    research licence borrows OPT-175B's clauses and CogVideoX's licence ChatGLM's, but a text
    titled "SDXL 0.9 RESEARCH LICENSE AGREEMENT" is not the OPT-175B licence. Set-aside
    candidates can still be reported as the closest known licence, never as the identification.
    """
    fp = _fingerprints()
    lines = text.split("\n")
    flat_lines = [normalize(line) for line in lines]
    joined, offsets = _join_lines(flat_lines)
    candidates: dict[str, _Candidate] = {}
    first_lines = _first_lines_limit(flat_lines)
    for found in fp.titles.finditer(joined):
        title = found.group(0)
        entry = fp.entry_of_title[title]
        line_index = bisect.bisect_right(offsets, found.start()) - 1
        heading = _is_heading(flat_lines[line_index], title) or line_index < first_lines
        score = 0.9 if heading else 0.55
        _keep_best(candidates, _Candidate(entry, score, line_index + 1, heading))
    for key, clauses in fp.clauses_by_key.items():
        clause_score = sum(fp.clause_weight[c] for c in set(clauses) if c and c in joined)
        if clause_score <= 0:
            continue
        existing = candidates.get(key)
        if existing is not None:
            existing.score = min(0.99, existing.score + clause_score * (0.25 if existing.heading else 1.0))
        else:
            clause_entry = knowledge.entry(key)
            if clause_entry is not None:
                line = _line_of_phrase(flat_lines, clauses)
                candidates[key] = _Candidate(clause_entry, min(0.85, clause_score), line, False)
    own = _own_title(flat_lines)
    if own is not None:
        own_line, own_words = own
        for candidate in candidates.values():
            if not candidate.heading and not (own_words & fp.names_by_key.get(candidate.entry.key, frozenset())):
                candidate.set_aside = f"the text is titled {lines[own_line].strip()[:80]!r}"
    return candidates


def nearest_fingerprint(candidates: dict[str, _Candidate]) -> dict[str, object] | None:
    """The best-scoring candidate, set aside or below the threshold, as a 'closest' record."""
    if not candidates:
        return None
    best = max(candidates.values(), key=lambda c: (c.score, -c.line))
    return _closest_entry(best.entry.key, best.score, best.set_aside)


def _closest_entry(key_or_id: str, score: float, why: str | None = None) -> dict[str, object] | None:
    entry = knowledge.entry(key_or_id) or knowledge.resolve_name(key_or_id)
    if entry is None or score <= 0:
        return None
    closest: dict[str, object] = {"key": entry.key, "id": entry.id, "name": entry.name, "score": round(min(score, 0.99), 2)}
    if why:
        closest["set_aside"] = why
    return closest


def _closest(*records: dict[str, object] | None) -> dict[str, object] | None:
    found = [r for r in records if r is not None]
    return max(found, key=lambda r: float(r["score"])) if found else None  # type: ignore[arg-type]


def closest_text(closest: object) -> str:
    """'closest: Llama 3.1 Community License Agreement (0.62)' for a 'closest' record, else ''."""
    if not isinstance(closest, dict) or not closest.get("name"):
        return ""
    try:
        score = float(closest.get("score", 0.0))
    except (TypeError, ValueError):
        return ""
    return f"closest: {closest['name']} ({score:.2f})"


def _join_lines(flat_lines: list[str]) -> tuple[str, list[int]]:
    offsets, position = [], 0
    for line in flat_lines:
        offsets.append(position)
        position += len(line) + 1
    return " ".join(flat_lines), offsets


def _first_lines_limit(flat_lines: list[str]) -> int:
    # Titles within the first three non-empty lines count as the document's title.
    seen = 0
    for index, line in enumerate(flat_lines):
        if line:
            seen += 1
            if seen == 3:
                return index + 1
    return len(flat_lines)


def _is_heading(flat_line: str, title: str) -> bool:
    return len(flat_line) <= len(title) + 40


def _line_of_phrase(flat_lines: list[str], phrases: tuple[str, ...]) -> int:
    for index, line in enumerate(flat_lines):
        if any(p and p in line for p in phrases):
            return index + 1
    return 1


def _keep_best(candidates: dict[str, _Candidate], new: _Candidate) -> None:
    old = candidates.get(new.entry.key)
    if old is None or new.score > old.score or (new.score == old.score and new.line < old.line):
        candidates[new.entry.key] = new


def _select(candidates: dict[str, _Candidate]) -> list[TextMatch]:
    """The best candidate, plus other licences that have a heading of their own."""
    ranked = sorted((c for c in candidates.values() if c.set_aside is None), key=lambda c: (-c.score, c.line))
    if not ranked or ranked[0].score < CONFIDENCE_THRESHOLD:
        return []
    best = ranked[0]
    chosen = [best]
    for other in ranked[1:]:
        if other.heading and other.score >= CONFIDENCE_THRESHOLD and other.line != best.line:
            chosen.append(other)
    chosen.sort(key=lambda c: c.line)
    matches = [_match_from_entry(c.entry, round(c.score, 3), c.line, "fingerprint") for c in chosen]
    for match, candidate in zip(matches, chosen):
        if candidate.heading:
            match.properties["titled"] = True
    return matches
