"""Claims against the real corpus: the cards' SOURCES.json and the cases' FACTS.md.

Each labelled line is checked, and a small precision/recall table is printed
(`pytest -s tests/test_claims_corpus.py` shows it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from openwash import claims, documents
from openwash.model import Claim
from conftest import CORPUS, needs_shared

pytestmark = needs_shared

# Kinds that state something about a licence rather than the openness of the release:
# a labelled non-claim such as `license: openrail` may yield these ("a kind that says so").
LICENCE_KINDS = {"license-declaration", "open-license-term"}
OPENNESS_KINDS = set(claims.CLAIM_KINDS) - LICENCE_KINDS - {"commercial-use"}


def _documents(root: Path) -> list[documents.Document]:
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        kind = documents.classify_name(rel)
        if kind is None:
            continue
        loaded = documents.load(root, rel, kind)
        if isinstance(loaded, documents.Document):
            found.append(loaded)
    return found


_CACHE: dict[Path, list[Claim]] = {}


def _claims_of(root: Path) -> list[Claim]:
    if root not in _CACHE:
        _CACHE[root] = claims.extract_all(_documents(root))
    return _CACHE[root]


def _on_line(found: list[Claim], path: str, line: int) -> list[Claim]:
    return [c for c in found if c.path == path and c.line == line]


# --------------------------------------------------------------------------- cards (SOURCES.json)


def _card_labels() -> Iterator[tuple[str, str, str, int, str]]:
    """(card, "claim"|"non-claim", path, line, quoted text) for every labelled line."""
    sources = json.loads((CORPUS / "cards" / "SOURCES.json").read_text(encoding="utf-8"))
    for entry in sources:
        for label, key in (("claim", "claims"), ("non-claim", "non_claims")):
            for item in entry[key]:
                match = re.match(r"([^:]+):L(\d+):\s*(.*)", item)
                assert match, item
                yield entry["case"], label, match.group(1), int(match.group(2)), match.group(3)


CARD_LABELS = list(_card_labels()) if (CORPUS / "cards" / "SOURCES.json").is_file() else []


@pytest.mark.parametrize(("card", "label", "path", "line", "quote"), CARD_LABELS, ids=[f"{c}:{p}:{n}" for c, _, p, n, _ in CARD_LABELS])
def test_card_labels(card: str, label: str, path: str, line: int, quote: str) -> None:
    found = _on_line(_claims_of(CORPUS / "cards" / card), path, line)
    if label == "claim":
        assert found, f"missed {path}:{line} {quote}"
    else:
        wrong = [(c.kind, c.text) for c in found if c.kind not in LICENCE_KINDS]
        assert not wrong, f"{path}:{line} {quote} is not a claim, got {wrong}"


# --------------------------------------------------------------------------- cases (FACTS.md)

# Lines FACTS.md names, with what a careful reader sees there: (case, path, line, kind or None, subject or None).
# kind None = not a claim (comparison, system prompt, mention of other projects, negation).
FACTS_LABELS: list[tuple[str, str, int, str | None, str | None]] = [
    ("THUDM__ChatGLM-6B", "README.md", 34, "open-source", "model"),
    ("THUDM__ChatGLM-6B", "README.md", 43, "open-license-term", None),
    ("THUDM__ChatGLM-6B", "README.md", 387, "open-source", "code"),
    ("THUDM__ChatGLM-6B", "README_en.md", 38, "open-model", "model"),
    ("ymcui__Chinese-LLaMA-Alpaca", "README.md", 20, "open-source", "model"),
    ("ymcui__Chinese-LLaMA-Alpaca", "README_EN.md", 27, "open-source", "model"),
    ("ymcui__Chinese-LLaMA-Alpaca", "README.md", 81, None, None),
    ("ymcui__Chinese-LLaMA-Alpaca", "README.md", 299, None, None),
    ("ymcui__Chinese-LLaMA-Alpaca", "README_EN.md", 309, None, None),
    ("Stability-AI__StableLM", "README.md", 152, "open-source", "model"),
    ("Stability-AI__StableLM", "README.md", 91, None, None),
    ("Stability-AI__StableLM", "README.md", 182, None, None),
    ("Stability-AI__StableLM", "README.md", 205, None, None),
    ("Stability-AI__StableLM", "README.md", 54, None, None),
    ("meta-llama__llama", "MODEL_CARD.md", 3, None, None),
    ("meta-llama__llama", "MODEL_CARD.md", 29, None, None),
    ("meta-llama__llama", "MODEL_CARD.md", 52, "openly-released", "model"),
    ("meta-llama__llama", "README.md", 129, "openly-released", None),
    ("xai-org__grok-1", "README.md", 3, "open-weights", "weights"),
    ("google-deepmind__gemma", "README.md", 7, "open-weights", "weights"),
    ("google-deepmind__gemma", "gemma/gm/nn/gemma4/README.md", 3, "open-source", "code"),
    ("allenai__OLMo", "README.md", 6, "open-model", "model"),
    ("allenai__OLMo", "README.md", 26, "open-model", "model"),
    ("databrickslabs__dolly", "README.md", 4, "commercial-use", None),
    ("databrickslabs__dolly", "README.md", 156, "fully-open", None),
    ("jzhang38__TinyLlama", "README.md", 166, "open-source", "model"),
    ("jzhang38__TinyLlama", "README.md", 15, None, None),
    ("jzhang38__TinyLlama", "README.md", 144, None, None),
    ("jzhang38__TinyLlama", "README_zh-CN.md", 29, "open-source", "model"),
    ("jzhang38__TinyLlama", "README_zh-CN.md", 158, None, None),
    ("bigscience-workshop__bigscience", "train/tr11-176B-ml/chronicles.md", 73, "open-source", "model"),
    ("CompVis__stable-diffusion", "LICENSE", 12, None, None),
    ("CompVis__stable-diffusion", "LICENSE", 14, None, None),
]
# Cases FACTS.md describes as making no openness claim at all.
NO_CLAIM_CASES = ["karpathy__nanoGPT", "openai__whisper", "openai__gpt-2", "bigscience-workshop__xmtf", "facebookresearch__segment-anything", "opencv__opencv_zoo"]


@pytest.mark.parametrize(("case", "path", "line", "kind", "subject"), FACTS_LABELS, ids=[f"{c}:{p}:{n}" for c, p, n, _, _ in FACTS_LABELS])
def test_facts_labels(case: str, path: str, line: int, kind: str | None, subject: str | None) -> None:
    found = _on_line(_claims_of(CORPUS / "cases" / case), path, line)
    if kind is None:
        assert not [c for c in found if c.kind in OPENNESS_KINDS], [(c.kind, c.text) for c in found]
        return
    assert kind in {c.kind for c in found}, [(c.kind, c.text) for c in found]
    if subject is not None:
        assert subject in {c.subject for c in found if c.kind == kind}


@pytest.mark.parametrize("case", NO_CLAIM_CASES)
def test_cases_without_openness_claims(case: str) -> None:
    found = [c for c in _claims_of(CORPUS / "cases" / case) if c.kind in OPENNESS_KINDS]
    assert found == [], [(c.path, c.line, c.kind, c.text) for c in found]


def test_precision_recall_table(capsys: pytest.CaptureFixture[str]) -> None:
    """Score both label sets; print the table; every labelled line must come out right."""
    rows = []
    cards = [(CORPUS / "cards" / card, label == "claim", path, line) for card, label, path, line, _ in CARD_LABELS]
    facts = [(CORPUS / "cases" / case, kind is not None, path, line) for case, path, line, kind, _ in FACTS_LABELS]
    for name, labels, counted in (("cards/SOURCES.json", cards, LICENCE_KINDS | OPENNESS_KINDS | {"commercial-use"}), ("FACTS.md", facts, OPENNESS_KINDS | {"commercial-use", "open-license-term"})):
        tp = fn = fp = tn = 0
        for root, is_claim, path, line in labels:
            on_line = _on_line(_claims_of(root), path, line)
            if is_claim:
                tp, fn = (tp + 1, fn) if on_line else (tp, fn + 1)
            else:
                # A licence declaration on a labelled non-claim is "a kind that says so".
                wrong = [c for c in on_line if c.kind in counted - LICENCE_KINDS]
                fp, tn = (fp + 1, tn) if wrong else (fp, tn + 1)
        rows.append((name, tp, fn, fp, tn))
    extra = sum(len([c for c in _claims_of(CORPUS / "cases" / case) if c.kind in OPENNESS_KINDS]) for case in NO_CLAIM_CASES)
    with capsys.disabled():
        print("\nclaims vs labels        TP  FN  FP  TN  precision  recall")
        for name, tp, fn, fp, tn in rows:
            precision = tp / (tp + fp) if tp + fp else 1.0
            recall = tp / (tp + fn) if tp + fn else 1.0
            print(f"{name:<22} {tp:>3} {fn:>3} {fp:>3} {tn:>3}  {precision:>9.2f}  {recall:>6.2f}")
        print(f"openness claims in the {len(NO_CLAIM_CASES)} cases FACTS.md calls claim-free: {extra}")
    for name, tp, fn, fp, tn in rows:
        assert fn == 0 and fp == 0, (name, tp, fn, fp, tn)
    assert extra == 0


def test_every_corpus_claim_is_well_formed() -> None:
    """All cases and cards: positions inside the file, text taken from the line, known kinds."""
    roots = [p for p in sorted((CORPUS / "cases").iterdir()) if p.is_dir()] + [p for p in sorted((CORPUS / "cards").iterdir()) if p.is_dir()]
    total = 0
    for root in roots:
        docs = {d.path: d for d in _documents(root)}
        for claim in _claims_of(root):
            total += 1
            doc = docs[claim.path]
            line = doc.line_text(claim.line)
            assert 1 <= claim.line <= len(doc.lines)
            assert 1 <= claim.column <= len(line) + 1
            assert claim.kind in claims.CLAIM_KINDS and claim.subject in claims.SUBJECTS
            assert claim.language in ("en", "zh")
            assert claim.context == line[: claims.MAX_LINE_CHARS]
            if not (claim.kind == "license-declaration" and claim.line < doc.body_start_line):
                assert line[claim.column - 1 :].startswith(claim.text), (claim.path, claim.line, claim.text)
    assert total > 50
