"""What the exporters need beyond the report: release metadata from the card, and file facts.

Exporters only render the report; this module adds the few facts a report does not carry
(the card's name, `datasets:`, hub link) by re-reading the card through `documents`, and
reads evidence files safely for checksums: small files only, never a weight body
(a Git LFS pointer is hashed as the pointer it is, and its own sha256 is reported).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from openwash.lazyre import lazy_compile, regex
from openwash.model import LicenseInfo, Report

# Files larger than this are not hashed (an SPDX 2.3 File needs a SHA1, so they are named
# in an annotation instead). Weight files are never read past the LFS pointer probe.
HASH_LIMIT = 1024 * 1024
WEIGHT_SUFFIXES = frozenset(
    {
        ".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".gguf", ".ggml", ".onnx", ".h5", ".keras",
        ".msgpack", ".tflite", ".npz", ".npy", ".mlmodel", ".pkl", ".pickle", ".joblib", ".tar", ".zip", ".gz",
    }
)
_HUB_ID = lazy_compile(r"^[A-Za-z0-9][\w.-]*(?:/[A-Za-z0-9][\w.-]*)?$")
_HF_MODEL_URL = lazy_compile(r"https?://huggingface\.co/(?!datasets/|spaces/|docs/|blog/|collections/|papers/|organizations/|models/|api/|join|login|settings)([\w.-]+/[\w.-]+)")
_H1 = lazy_compile(r"^#\s+(.+?)\s*#*\s*$")


@dataclass
class ReleaseInfo:
    """Release metadata for the exports, from the report and the model card."""

    name: str
    card_path: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # the card's front matter
    datasets: list[str] = field(default_factory=list)  # `datasets:` entries, as written
    huggingface: str | None = None  # https://huggingface.co/org/model when the card links one
    repository: str | None = None  # declared external code location, when configured
    base_models: list[str] = field(default_factory=list)

    @property
    def pipeline_tag(self) -> str:
        value = self.meta.get("pipeline_tag")
        return value if isinstance(value, str) else ""


def release_info(report: Report, root: Path | None = None) -> ReleaseInfo:
    """Gather the release metadata; `root` lets the card be re-read for its front matter."""
    base = Path(root if root is not None else report.root)
    info = ReleaseInfo(name=_safe_name(base))
    card = _main_card(report)
    if card is not None:
        info.card_path = card
        _read_card(base, card, info)
    info.base_models = _unique(b.raw for b in report.base_models if b.raw)
    return info


def _main_card(report: Report) -> str | None:
    from openwash import documents

    cards = [p for p in report.documents if documents.classify_name(p) == documents.CARD]
    # The top-level README is the Hub's model card; otherwise the shallowest card.
    cards.sort(key=lambda p: (PurePosixPath(p).name.lower() != "readme.md", p.count("/"), p))
    return cards[0] if cards else None


def _read_card(root: Path, relpath: str, info: ReleaseInfo) -> None:
    from openwash import documents

    doc = documents.load(root, relpath, documents.CARD)
    if not isinstance(doc, documents.Document):
        return
    meta = dict(doc.meta)
    info.meta = meta
    name = _text(meta.get("model_name")) or _model_index_name(meta) or _first_heading(doc.lines[doc.body_start_line - 1 :])
    if name:
        info.name = name
    raw_datasets = meta.get("datasets")
    if isinstance(raw_datasets, str):
        raw_datasets = [raw_datasets]
    if isinstance(raw_datasets, list):
        info.datasets = _unique(d.strip() for d in raw_datasets if isinstance(d, str) and d.strip())
    match = _HF_MODEL_URL.search(doc.text)
    if match:
        info.huggingface = f"https://huggingface.co/{match.group(1).rstrip('.')}"


def _model_index_name(meta: dict[str, Any]) -> str | None:
    index = meta.get("model-index")
    if isinstance(index, list) and index and isinstance(index[0], dict):
        return _text(index[0].get("name"))
    return None


def _first_heading(lines: list[str]) -> str | None:
    in_code = False
    for line in lines[:400]:
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code  # a "# comment" in a shell block is not a title
            continue
        match = None if in_code else _H1.match(line.strip())
        if match:
            title = regex(r"<[^>]*>|[*_`\[\]]|\(https?://[^)]*\)").sub("", match.group(1)).strip()
            if title:
                return title[:120]
    return None


def _text(value: object) -> str | None:
    return value.strip()[:200] if isinstance(value, str) and value.strip() else None


def _safe_name(root: Path) -> str:
    return root.resolve().name or "model"


def _unique(values: Any) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        seen.setdefault(v, None)
    return list(seen)


def is_hub_id(value: str) -> bool:
    return bool(_HUB_ID.match(value)) and ".." not in value


# --------------------------------------------------------------------------- licences


def global_licenses(licenses: list[LicenseInfo]) -> dict[str, str]:
    """MOT's global licences from the report's licence list.

    `distribution` is a licence file that does not say what it covers; `code`, `data` and
    `document` come from licences limited to that kind (weights are left to the component,
    since MOT would otherwise extend a weights licence to every data component).
    """
    out: dict[str, str] = {}
    kinds = {"code": "code", "data": "data", "docs": "document"}
    for lic in sorted(licenses, key=lambda item: -item.confidence):
        if not lic.id or lic.id == "unknown":
            continue
        if not lic.applies_to and lic.source == "license-file":
            out.setdefault("distribution", lic.id)
        for applies in lic.applies_to:
            if applies in kinds:
                out.setdefault(kinds[applies], lic.id)
    return out


def license_paths(licenses: list[LicenseInfo]) -> dict[str, str]:
    """Licence id -> the file that states it (first licence file wins)."""
    out: dict[str, str] = {}
    for lic in licenses:
        if lic.id and lic.id != "unknown" and lic.source == "license-file":
            out.setdefault(lic.id, lic.path)
    return out


# --------------------------------------------------------------------------- files


@dataclass
class FileFacts:
    path: str
    size: int
    sha1: str | None = None  # None when not hashed (too large, weight body, unreadable)
    sha256: str | None = None
    lfs_oid: str | None = None  # "sha256:…" of the object an LFS pointer stands for
    lfs_size: int | None = None
    why_not_hashed: str | None = None


def file_facts(root: Path, relpath: str) -> FileFacts | None:
    """Size and checksums of one repository file; None when it is not a regular file inside root."""
    from openwash import discover

    full = root / relpath
    try:
        if full.is_symlink() or not full.is_file():
            return None
        resolved = full.resolve()
        if os.path.commonpath([str(resolved), str(root.resolve())]) != str(root.resolve()):
            return None
        size = full.stat().st_size
    except (OSError, ValueError):
        return None
    facts = FileFacts(relpath, size)
    is_weight = PurePosixPath(relpath).suffix.lower() in WEIGHT_SUFFIXES
    if is_weight and size >= discover.LFS_POINTER_MAX:
        facts.why_not_hashed = "weight file body, never read"
        return facts
    if size > HASH_LIMIT:
        facts.why_not_hashed = f"larger than {HASH_LIMIT // 1024} KiB"
        return facts
    from openwash import textio

    try:  # a regular file of the tree, never through a link, never blocking; bounded
        data, _size = textio.read_repository_file(full, HASH_LIMIT + 1)
    except textio.NotText as exc:
        facts.why_not_hashed = f"unreadable ({exc})"
        return facts
    except OSError as exc:
        facts.why_not_hashed = f"unreadable ({exc.strerror or exc})"
        return facts
    pointer = discover.parse_lfs_pointer(data[: discover.LFS_POINTER_MAX])
    if pointer is not None and pointer.problem is None:
        facts.lfs_oid, facts.lfs_size = pointer.oid, pointer.size
    elif is_weight:
        facts.why_not_hashed = "weight file body, never read"  # a tiny real weight file: still not hashed
        return facts
    facts.sha1 = hashlib.sha1(data).hexdigest()  # noqa: S324 - SPDX 2.3 requires SHA1
    facts.sha256 = hashlib.sha256(data).hexdigest()
    return facts
