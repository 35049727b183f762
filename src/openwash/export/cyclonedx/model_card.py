"""The two fields cyclonedx-python-lib 11 has no model for (its issues #912 and #913), as the JSON added to
its output: the model's `modelCard` (task, architecture, inputs and outputs from `pipeline_tag`, the
datasets, the card's `model-index` results as performance metrics, its limitations and intended uses as
considerations) and each training dataset's `data` (CycloneDX 1.6 `componentData`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openwash.export.cyclonedx.card import CardFacts
from openwash.export.cyclonedx.components import _dataset_url
from openwash.export.release import ReleaseInfo
from openwash.model import Report

if TYPE_CHECKING:
    from openwash.evidence.training_data import TrainingDataset

# Hugging Face pipeline tags -> (inputs, outputs) as CycloneDX `inputOutputMLParameters.format`
_IO_BY_TAG: dict[str, tuple[str, str]] = {
    **{t: ("text", "text") for t in ("text-generation", "text2text-generation", "translation", "summarization",
                                     "question-answering", "conversational", "fill-mask", "table-question-answering")},
    **{t: ("text", "label") for t in ("text-classification", "token-classification", "zero-shot-classification")},
    **{t: ("text", "embedding") for t in ("feature-extraction", "sentence-similarity")},
    "automatic-speech-recognition": ("audio", "text"),
    "text-to-speech": ("text", "audio"),
    "text-to-audio": ("text", "audio"),
    "audio-classification": ("audio", "label"),
    "audio-to-audio": ("audio", "audio"),
    "voice-activity-detection": ("audio", "label"),
    "text-to-image": ("text", "image"),
    "image-to-image": ("image", "image"),
    "unconditional-image-generation": ("noise", "image"),
    "image-classification": ("image", "label"),
    "zero-shot-image-classification": ("image and text", "label"),
    "object-detection": ("image", "bounding boxes"),
    "image-segmentation": ("image", "segmentation mask"),
    "mask-generation": ("image", "segmentation mask"),
    "depth-estimation": ("image", "depth map"),
    "image-to-text": ("image", "text"),
    "image-text-to-text": ("image and text", "text"),
    "visual-question-answering": ("image and text", "text"),
    "document-question-answering": ("document image and text", "text"),
    "video-text-to-text": ("video and text", "text"),
    "text-to-video": ("text", "video"),
    "image-to-video": ("image", "video"),
    "video-classification": ("video", "label"),
    "any-to-any": ("any", "any"),
    "text-to-3d": ("text", "3d"),
    "image-to-3d": ("image", "3d"),
}


# -- the model card (added to the library's JSON)


def _model_card(report: Report, info: ReleaseInfo, card: CardFacts, dataset_refs: list[str]) -> dict[str, Any]:
    """The model's `modelCard`: what the card and config.json say, and the datasets it refers to."""
    params: dict[str, Any] = {}
    tag = info.pipeline_tag
    if tag:
        params["task"] = tag
    if card.architecture_family:
        params["architectureFamily"] = card.architecture_family
    if card.architecture:
        params["modelArchitecture"] = card.architecture
    if dataset_refs:
        params["datasets"] = [{"ref": ref} for ref in dataset_refs]
    if tag in _IO_BY_TAG:
        inputs, outputs = _IO_BY_TAG[tag]
        params["inputs"] = [{"format": inputs}]
        params["outputs"] = [{"format": outputs}]
    out: dict[str, Any] = {"bom-ref": "model-card"}
    if params:
        out["modelParameters"] = params
    if card.metrics:
        out["quantitativeAnalysis"] = {"performanceMetrics": card.metrics}
    considerations: dict[str, Any] = {}
    if card.limitations:
        considerations["technicalLimitations"] = card.limitations
    if card.uses:
        considerations["useCases"] = card.uses
    if considerations:
        out["considerations"] = considerations
    data = report.components.get("data-information")
    out["properties"] = [
        {"name": "openwash:data-information", "value": "present" if data is not None and data.present else "absent"},
        {"name": "openwash:source", "value": info.card_path or "no model card"},
    ]
    return out


def _component_data(dataset: TrainingDataset) -> dict[str, Any]:
    """CycloneDX 1.6 `componentData` for a training dataset."""
    data: dict[str, Any] = {"type": "dataset", "name": dataset.name}
    url = _dataset_url(dataset)
    if url:
        data["contents"] = {"url": url}
    if dataset.known is not None:
        data["description"] = f"{dataset.known.name}; terms: {dataset.known.terms}"
    return data
