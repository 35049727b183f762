"""Rules OW12x: the terms of the training data a card names.

A model card that promises commercial use, or puts the weights under an OSI-approved licence,
while naming training data whose own terms forbid commercial use (Alpaca's CC BY-NC 4.0,
conversations with closed chatbots under their providers' terms of use) tells users less than
they need: the data licence does not automatically bind the weights, but whether the weights
can be offered on those terms is an open legal question the card should not hide. A warning,
once per dataset, never an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from openwash.context import CheckContext
from openwash.lazyre import lazy_compile
from openwash.model import Finding
from openwash.rules import rule

if TYPE_CHECKING:
    from openwash.documents import Document

DATA_TERMS_SOURCE = (
    "The datasets' own terms, as recorded with their public sources in openwash's data/datasets.json (e.g. Stanford "
    "Alpaca data: CC BY-NC 4.0, https://huggingface.co/datasets/tatsu-lab/alpaca; OpenAI terms of use, "
    "https://openai.com/policies/terms-of-use); OSI Open Source AI Definition 1.0, data information "
    "(https://opensource.org/ai/open-source-ai-definition)"
)


def _primary_documents(ctx: CheckContext) -> list[Document]:
    from openwash.evidence.documents import _doc_role

    return [doc for doc in ctx.documents if _doc_role(doc) == "primary"]


# A prose mention that reports results on a dataset is evaluation, not training ("zero-shot ImageNet-1k accuracy").
_EVALUATION = lazy_compile(r"zero-?shot|accuracy|evaluat|benchmark|top-?1|linear[- ]prob|validation|test set", re.I)


def _promise(ctx: CheckContext, path: str) -> str | None:
    """What promises commercial use for the model, as seen from document `path`.

    The card's `license:` and a licence file for the weights speak for the whole release; a
    sentence (a commercial-use claim, a licence named in prose) only for its own document, so
    that a page about another model ("Llama 2 is … commercially usable") does not count.
    """
    for claim in ctx.claims:
        if claim.profile == "commercial-use" and claim.subject != "code" and claim.path == path:
            return f"the card promises commercial use ('{claim.text}', {claim.path}:{claim.line})"
    for lic in ctx.licenses:
        if not lic.osi_approved or lic.source == "lineage":
            continue
        release_wide = lic.source == "front-matter" or (lic.source == "license-file" and "weights" in lic.applies_to)
        local = lic.path == path and "weights" in lic.applies_to
        if release_wide or local:
            return f"the card puts the model under {lic.id}, an OSI-approved licence ({lic.path}:{lic.line})"
    return None


@rule(
    "OW120",
    "commercial-claim-on-noncommercial-data",
    severity="warning",
    summary="The card promises commercial use, or an OSI-approved licence for the model, while a training dataset it "
    "names is under non-commercial terms (or a closed API's terms of use).",
    why="Users read 'Apache-2.0' or 'commercial use allowed' as permission to build products. When the model was trained "
    "on data whose own terms forbid commercial use (Stanford Alpaca: CC BY-NC 4.0; ShareGPT: conversations with "
    "ChatGPT under OpenAI's terms of use), they need to know. The data licence does not automatically bind the "
    "weights (whether it does is unsettled and depends on the terms and the jurisdiction), so this is a warning "
    "to disclose and check, not a verdict on the weights' licence.",
    source=DATA_TERMS_SOURCE,
    example="license: apache-2.0  …  datasets: [tatsu-lab/alpaca]",
    fix="Name the dataset and its terms in the card next to the licence, and check whether they allow the use you "
    "promise; or train on data whose terms allow commercial use.",
)
def commercial_claim_on_noncommercial_data(ctx: CheckContext) -> Iterator[Finding]:
    from openwash.evidence import training_data

    promising = any(c.profile == "commercial-use" and c.subject != "code" for c in ctx.claims) or any(
        lic.osi_approved and lic.source != "lineage" for lic in ctx.licenses
    )
    if not promising:
        return  # nothing promises commercial use: the datasets need not be resolved
    seen: set[str] = set()
    for doc in _primary_documents(ctx):
        datasets = [
            d for d in training_data.from_document(doc)
            if d.known is not None and d.known.commercial_use is False and d.key not in seen
        ]
        if not datasets:
            continue
        promise = _promise(ctx, doc.path)
        if promise is None:
            continue
        lines = doc.lines
        for dataset in datasets:
            known = dataset.known
            assert known is not None
            if dataset.how == "prose" and _EVALUATION.search(lines[dataset.line - 1][:2000]):
                continue
            seen.add(dataset.key)
            named = dataset.name if dataset.name == known.name else f"{dataset.name} ({known.name})"
            yield ctx.finding(
                "OW120",
                dataset.path,
                dataset.line,
                f"training data {named} is under {known.terms} (terms: {known.source}), while {promise}; the data "
                "licence does not automatically bind the weights, but users cannot tell from the card whether the "
                "promised use is safe",
                f"say in the card that {known.name} is {known.terms.split(' (')[0]} and what that means for users of "
                "the weights, or train on data whose terms allow commercial use",
            )
