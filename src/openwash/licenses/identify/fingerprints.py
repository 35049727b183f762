"""Model licences (Llama, Gemma, Qwen, OpenRAIL…), identified by their titles and distinctive clauses."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from openwash.lazyre import lazy_compile
from openwash.licenses import knowledge
from openwash.licenses.identify.matches import CONFIDENCE_THRESHOLD, TextMatch, _match_from_entry, normalize
from openwash.licenses.knowledge import LicenseEntry


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
        matched = [c for c in set(clauses) if c and c in joined]
        clause_score = sum(fp.clause_weight[c] for c in matched)
        if clause_score <= 0:
            continue
        existing = candidates.get(key)
        if existing is not None:
            existing.score = min(0.99, existing.score + clause_score * (0.25 if existing.heading else 1.0))
        else:
            clause_entry = knowledge.entry(key)
            if clause_entry is not None:
                line = _line_of_phrase(flat_lines, clauses)
                score = min(0.85, clause_score)
                if not any(_is_phrase(c) for c in matched):
                    # Only names and single terms ("qwen", "non-commercial", "research purposes"): a text that
                    # mentions the model and its own terms is not the model's licence. Kept as the closest.
                    score = min(score, CONFIDENCE_THRESHOLD - 0.01)
                candidates[key] = _Candidate(clause_entry, score, line, False)
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


def _is_phrase(clause: str) -> bool:
    """A clause of three words or more (six characters of CJK): wording of a licence, not a name or a term."""
    return len(clause.split()) >= 3 or (not clause.isascii() and len(clause) >= 6)


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
