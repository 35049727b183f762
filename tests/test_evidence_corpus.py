"""The evidence inventory against FACTS.md, the human reading of every corpus case.

Each row below transcribes FACTS.md's summary table (columns Weights, Training code, Data,
Inference code, Eval code, Paper) into what the inventory should say. Code columns
compare "in the repository" (availability `in-repo`). `None` means the
cell is not scored: FACTS says "partial", "fine-tuning only", "notes only" or the like.
Data levels: `released` (datasets linked or shipped), `described` (prose only),
`none`.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from openwash import discover, documents, evidence
from openwash.config import Config
from openwash.context import CheckContext

from conftest import CORPUS, needs_shared

LINKED = frozenset({"released"})


@dataclass(frozen=True)
class Facts:
    weights: frozenset[str]  # acceptable availabilities of model-parameters-final
    training: bool | None
    data: frozenset[str] | None
    inference: bool | None
    evaluation: bool | None
    paper: bool | None  # research paper or technical report
    intermediate: bool | None = None


def F(weights: set[str], training, data, inference, evaluation, paper, intermediate=None) -> Facts:
    return Facts(frozenset(weights), training, frozenset(data) if data is not None else None, inference, evaluation, paper, intermediate)


FACTS: dict[str, Facts] = {
    "meta-llama__llama": F({"gated"}, False, {"described"}, True, False, True, intermediate=False),
    "xai-org__grok-1": F({"external"}, False, {"none"}, True, False, False, intermediate=False),
    "allenai__OLMo": F({"external"}, True, LINKED, True, True, True, intermediate=True),
    "openai__whisper": F({"external"}, False, {"described"}, True, None, True, intermediate=False),
    "databrickslabs__dolly": F({"external"}, True, LINKED, True, False, False, intermediate=False),
    "CompVis__stable-diffusion": F({"external", "gated"}, True, LINKED, True, False, True),
    "THUDM__ChatGLM-6B": F({"external"}, None, {"described"}, True, None, True, intermediate=False),
    "karpathy__nanoGPT": F({"absent"}, True, None, True, True, False, intermediate=False),
    "jzhang38__TinyLlama": F({"external"}, True, LINKED, True, False, True, intermediate=True),
    "google-deepmind__gemma": F({"gated"}, None, {"none"}, True, True, True, intermediate=False),
    "bigscience-workshop__bigscience": F({"absent"}, True, LINKED | {"described"}, None, True, False),
    "bigscience-workshop__xmtf": F({"external"}, False, LINKED, False, False, True, intermediate=False),
    "Stability-AI__StableLM": F({"external"}, False, LINKED | {"described"}, True, False, True, intermediate=False),
    "ymcui__Chinese-LLaMA-Alpaca": F({"external"}, True, LINKED | {"described"}, True, True, True, intermediate=False),
    "facebookresearch__segment-anything": F({"external"}, False, LINKED, True, False, True, intermediate=False),
    "opencv__opencv_zoo": F({"lfs"}, False, None, True, True, None, intermediate=False),
    "openai__gpt-2": F({"external"}, False, {"described"}, True, False, True, intermediate=False),
}


def inventory_of(case: str) -> tuple[CheckContext, dict[str, object]]:
    """The pipeline's first stages on a corpus case, then the evidence stage."""
    root = CORPUS / "cases" / case
    config = Config()
    inv = discover.scan(root, config)
    ctx = CheckContext(root=root, config=config, inventory=inv)
    for entry in inv.documents():
        loaded = documents.load(root, entry.path, entry.doc_kind or documents.README)
        if isinstance(loaded, documents.Document):
            ctx.documents.append(loaded)
    comps = evidence.inventory(ctx)
    ctx.components = comps
    observed = {
        "weights": comps["model-parameters-final"].availability,
        # Code columns of FACTS.md say whether the code is in the repository; code that a
        # README links in another repository is `external` and compared separately.
        "training": comps["training-code"].availability == "in-repo",
        "data": ctx.facts["data_information"]["level"],
        "inference": comps["inference-code"].availability == "in-repo",
        "evaluation": comps["evaluation-code"].availability == "in-repo",
        "paper": comps["research-paper"].present or comps["technical-report"].present,
        "intermediate": comps["model-parameters-intermediate"].present,
    }
    return ctx, observed


def compare(expected: Facts, observed: dict[str, object]) -> dict[str, bool | None]:
    """Per column: True agree, False disagree, None not scored."""
    result: dict[str, bool | None] = {}
    for column in ("weights", "training", "data", "inference", "evaluation", "paper", "intermediate"):
        want = getattr(expected, column)
        if want is None:
            result[column] = None
        elif isinstance(want, frozenset):
            result[column] = observed[column] in want
        else:
            result[column] = observed[column] == want
    return result


@needs_shared
def test_every_corpus_case_has_a_row():
    cases = sorted(p.name for p in (CORPUS / "cases").iterdir() if p.is_dir())
    assert cases == sorted(FACTS)


@needs_shared
@pytest.mark.parametrize("case", sorted(FACTS))
def test_inventory_agrees_with_facts(case):
    _, observed = inventory_of(case)
    verdicts = compare(FACTS[case], observed)
    wrong = {column: (observed[column], getattr(FACTS[case], column)) for column, ok in verdicts.items() if ok is False}
    assert not wrong, f"{case}: observed vs FACTS.md: {wrong}"


@needs_shared
def test_print_agreement_table(capsys):
    rows, agree, scored = [], 0, 0
    for case in sorted(FACTS):
        _, observed = inventory_of(case)
        verdicts = compare(FACTS[case], observed)
        cells = []
        for column, ok in verdicts.items():
            mark = "·" if ok is None else ("ok" if ok else "MISS")
            cells.append(f"{column}={observed[column]}({mark})")
            if ok is not None:
                scored += 1
                agree += bool(ok)
        rows.append(f"{case:38} " + " ".join(cells))
    with capsys.disabled():
        print("\nevidence vs FACTS.md")
        print("\n".join(rows))
        print(f"agreement: {agree}/{scored} cells ({100 * agree / scored:.1f} %)")
    assert agree / scored >= 0.95


@needs_shared
def test_code_in_other_repositories_is_external():
    """FACTS.md: xmtf's training and evaluation code live in other repositories its README links."""
    ctx, _ = inventory_of("bigscience-workshop__xmtf")
    assert ctx.components["training-code"].availability == "external"
    assert ctx.components["evaluation-code"].availability == "external"
    assert ("README.md", 173) in {(e.path, e.line) for e in ctx.components["training-code"].evidence}
