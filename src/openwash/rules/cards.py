"""Rule OW510: a check with nothing to check says so instead of passing in silence."""

from __future__ import annotations

from collections.abc import Iterator

from openwash.context import CheckContext
from openwash.documents import CARD, README
from openwash.model import Finding
from openwash.rules import rule


@rule(
    "OW510",
    "no-model-card",
    severity="warning",
    summary="No model card or README was found, so there were no claims to check.",
    why="openwash checks what a release says about itself against its evidence. With no model card "
    "(README.md, MODEL_CARD.md, …) there is nothing to check, and '0 findings' would read as a pass: "
    "the wrong folder was checked, an `exclude:` pattern hid the card, or the card is missing. A model "
    "published without a card also leaves users without its terms and intended use (Mitchell et al., "
    "'Model Cards for Model Reporting', FAT* 2019; the Hugging Face model card guide).",
    source="Mitchell et al. 2019, arXiv:1810.03993; huggingface.co/docs/hub/model-cards",
    example="a folder with only LICENSE and model.safetensors",
    fix="Check the folder that holds the model card (`openwash check path/to/model`), or add a README.md "
    "that describes the release and its terms. If the folder really has no card, `ignore: [OW510]`.",
)
def no_model_card(ctx: CheckContext) -> Iterator[Finding]:
    if any(doc.kind in (CARD, README) for doc in ctx.documents):
        return
    where = "excluded or unreadable" if any(e.doc_kind in (CARD, README) for e in ctx.inventory.documents()) else "found"
    yield ctx.finding(
        "OW510",
        ".",
        1,
        f"no model card or README {where} in the checked folder: there were no openness claims to check",
        "check the folder that holds the model card, or add a README.md describing the release and its terms",
    )
