"""`openwash export mot`: a Model Openness Tool model file filled from the report.

Every component the report found present is listed with where it is and the licence the
report gives it; a present component without an identified licence is written as
`unlicensed` (MOT's word for "included, but no licence"), so that MOT does not extend a
global licence to it that openwash did not see apply. The global licences are filled for
the reader; with every listed component carrying its own licence, the file classifies
(`openwash mof-class`) exactly as the report's `mof_class`.

The output follows MOT's YAML schema (schema/mof_schema.json in lfai/model_openness_tool).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from openwash import mof
from openwash.export.release import ReleaseInfo, global_licenses, license_paths, release_info
from openwash.model import MOF_COMPONENT_NAMES, Report

MOF_VERSION = "1.0"
MOF_DATE = "2024-12-15"  # the date of MOF 1.0 as MOT model files state it

# Hugging Face pipeline tags -> MOT's release.type
_TYPE_BY_TAG: tuple[tuple[tuple[str, ...], str], ...] = (
    (("text-generation", "text2text-generation", "fill-mask", "translation", "summarization", "question-answering",
      "text-classification", "token-classification", "conversational", "sentence-similarity", "feature-extraction",
      "zero-shot-classification", "table-question-answering"), "language"),
    (("automatic-speech-recognition", "text-to-speech", "audio-classification", "audio-to-audio", "text-to-audio",
      "voice-activity-detection"), "audio"),
    (("text-to-image", "image-to-image", "unconditional-image-generation"), "image"),
    (("image-classification", "object-detection", "image-segmentation", "depth-estimation", "mask-generation",
      "zero-shot-image-classification", "zero-shot-object-detection", "keypoint-detection"), "vision"),
    (("text-to-video", "video-classification", "image-to-video"), "video"),
    (("image-to-text", "visual-question-answering", "image-text-to-text", "document-question-answering",
      "any-to-any", "video-text-to-text"), "multimodal"),
    (("text-to-3d", "image-to-3d"), "3d"),
)


def build(report: Report, root: Path | None = None, info: ReleaseInfo | None = None) -> dict[str, Any]:
    """The MOT model file as a plain mapping (what `render` writes as YAML)."""
    info = info or release_info(report, root)
    paths = license_paths(report.licenses)
    components = []
    for key, name in MOF_COMPONENT_NAMES.items():
        component = report.components.get(key)
        if component is None or not component.present:
            continue
        own = mof.canonical_license_id(component.license) if component.license else None
        entry: dict[str, Any] = {"name": name, "license": own or "unlicensed"}
        if component.license and component.license in paths:
            entry["license_path"] = paths[component.license]
        if component.evidence:
            entry["component_path"] = component.evidence[0].path
        components.append(entry)
    release: dict[str, Any] = {
        "name": info.name,
        "version": "",
        "type": _model_type(info.pipeline_tag),
        "architecture": "",
        "origin": info.base_models[0] if info.base_models else info.name,
        "producer": _producer(info),
        "contact": "",
    }
    if info.repository:
        release["repository"] = info.repository
    if info.huggingface:
        release["huggingface"] = info.huggingface
    release["license"] = _global_section(report)
    release["components"] = components
    return {"framework": {"name": "Model Openness Framework", "version": MOF_VERSION, "date": MOF_DATE}, "release": release}


def render(report: Report, root: Path | None = None) -> str:
    """The MOT YAML text, with a header comment saying where it came from."""
    from ruamel.yaml import YAML

    data = build(report, root)
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]  # keep MOT's key order
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    header = (
        f"# Model Openness Tool model file written by openwash {report.tool_version} from the evidence in\n"
        f"# {report.root}. Review it (producer, version, date, architecture) before submitting.\n"
        f"# openwash's MOF class for this release: {report.verdict.mof_class or 'none'}\n"
    )
    return header + buffer.getvalue()


def _global_section(report: Report) -> dict[str, Any]:
    paths = license_paths(report.licenses)
    section: dict[str, Any] = {}
    for kind, lic in global_licenses(report.licenses).items():
        section[kind] = {"name": lic, "path": paths.get(lic, "")}
    return section


def _model_type(pipeline_tag: str) -> str:
    for tags, mot_type in _TYPE_BY_TAG:
        if pipeline_tag in tags:
            return mot_type
    return "other" if pipeline_tag else ""


def _producer(info: ReleaseInfo) -> str:
    # The Hub organisation is the best producer guess a repository offers.
    if info.huggingface:
        return info.huggingface.rstrip("/").split("/")[-2]
    return ""
