"""`openwash licenses [PATH]`: every licence found, where, what it is and how sure openwash is."""

from __future__ import annotations

import argparse
import json
from typing import Any

from openwash.model import LicenseInfo

JSON_FIELDS = ("path", "line", "id", "name", "family", "applies_to", "confidence", "source", "key", "ambiguous", "riders", "osi_approved")


def run(args: argparse.Namespace) -> int:
    from openwash import engine
    from openwash.cli import load_config, write_output

    root, config = load_config(args)
    report = engine.check(root, config)  # type: ignore[arg-type]
    licenses = report.licenses
    if args.format == "json":  # paths relative to the checked folder, as in `check --format json`
        write_output(json.dumps({"licenses": [as_json(info) for info in licenses]}, indent=2, ensure_ascii=False), None)
    else:
        from openwash import scope

        scope.relocate(report, scope.display_base(root, str(args.path)))  # as seen from here, like `check`
        write_output(as_text(licenses), None)
    return 2 if report.errors and not licenses else 0


def as_json(info: LicenseInfo) -> dict[str, Any]:
    data = info.to_dict()
    out = {key: data[key] for key in JSON_FIELDS}
    # an unidentified text: the nearest known licence and its score, never an identification
    closest = info.properties.get("closest")
    out["closest"] = dict(closest) if isinstance(closest, dict) else None
    return out


def as_text(licenses: list[LicenseInfo]) -> str:
    if not licenses:
        return "No licence file or licence declaration found."
    rows = []
    for info in licenses:
        where = f"{info.path}:{info.line}"
        scope = ",".join(info.applies_to) or "-"
        what = info.id if info.id == info.name or info.id == "unknown" else f"{info.id} ({info.name})"
        flags = []
        if info.ambiguous:
            flags.append("ambiguous")
        if info.riders:
            flags.append("riders: " + "; ".join(r.split(":", 1)[0] for r in info.riders))
        if info.id == "unknown":
            from openwash.licenses.identify import closest_text

            near = closest_text(info.properties.get("closest"))
            if near:
                flags.append(near)
        extra = f"  [{', '.join(flags)}]" if flags else ""
        rows.append((where, info.source, f"{info.confidence:.2f}", info.family, scope, what + extra))
    headers = ("where", "source", "conf", "family", "covers", "licence")
    widths = [max(len(headers[i]), *(len(r[i]) for r in rows)) for i in range(5)]
    lines = ["  ".join(h.ljust(widths[i]) if i < 5 else h for i, h in enumerate(headers))]
    for row in rows:
        lines.append("  ".join(cell.ljust(widths[i]) if i < 5 else cell for i, cell in enumerate(row)))
    return "\n".join(lines)
