#!/usr/bin/env python3
"""The figures of docs/eu-ai-act.md: the EU exemption and the inherited duties on the shared corpora.

    python benchmarks/eu_figures.py [--shared ../shared] [--write docs/eu-ai-act.md]

Runs `openwash check` on every release of ../shared/corpus (repositories and model cards) and
../shared/corpus2, and counts: how many releases qualify for the Art. 53(2) exemption, and for
each condition how many miss it (`not-met`) or leave it undecided (`unknown`); what stays owed
(pt 75); and, among the releases that name a base model openwash resolves, how many miss a
notice their base model's licence (or Apache-2.0) asks for (OW702, OW704, OW706, OW707), how
many break the Llama naming duty (OW705) and how many ship no licence text (OW701).
Without `--write` it prints the Markdown block; with it, it replaces the block between
`<!-- eu-figures:start -->` and `<!-- eu-figures:end -->` in the given file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
START, END = "<!-- eu-figures:start -->", "<!-- eu-figures:end -->"
NOTICE_RULES = ("OW702", "OW704", "OW706", "OW707")


def corpora(shared: Path) -> list[tuple[str, list[Path]]]:
    """(label, release folders) for each corpus that is there."""
    out = []
    for label, folder in (("corpus", shared / "corpus" / "cases"), ("corpus cards", shared / "corpus" / "cards"), ("corpus2", shared / "corpus2" / "cases")):
        if folder.is_dir():
            out.append((label, sorted(p for p in folder.iterdir() if p.is_dir())))
    return out


def measure(releases: list[Path]) -> list[dict[str, Any]]:
    """One row per release: the exemption, each condition's status, what is owed, the duty findings."""
    from openwash import engine

    rows = []
    for path in releases:
        report = engine.check(path)
        details = report.profiles["eu-ai-act"].details
        rows.append(
            {
                "name": path.name,
                "exempt": report.verdict.eu_ai_act_oss_exemption,
                "conditions": {c["id"]: c["status"] for c in details["conditions"]},
                "points": {c["id"]: c["point"] for c in details["conditions"]},
                "owed": {k: v["status"] for k, v in details["still_owed"].items()},
                "derivative": any(b.license_key for b in report.base_models),
                "rules": sorted({f.rule for f in report.findings if f.rule[:3] in ("OW6", "OW7")}),
            }
        )
    return rows


def markdown(shared: Path) -> str:
    groups = [(label, measure(releases)) for label, releases in corpora(shared)]
    rows = [row for _, group in groups for row in group]
    if not rows:
        return "(../shared is not beside the checkout: no figures)\n"
    from openwash.eu import CONDITIONS

    out = ["| corpus | releases | exempt |", "|---|---:|---:|"]
    for label, group in groups:
        out.append(f"| {label} | {len(group)} | {sum(r['exempt'] for r in group)} |")
    out.append(f"| **all** | **{len(rows)}** | **{sum(r['exempt'] for r in rows)}** |")
    out += ["", "Why not, by condition (a release may miss several):", "", "| condition | point | not met | undecided |", "|---|---|---:|---:|"]
    for cid, _, point, _ in CONDITIONS:
        not_met = sum(r["conditions"][cid] == "not-met" for r in rows)
        unknown = sum(r["conditions"][cid] == "unknown" for r in rows)
        out.append(f"| {cid} | {point} | {not_met} | {unknown} |")
    only = {}
    for row in rows:
        failing = [c for c, s in row["conditions"].items() if s != "met"]
        if len(failing) == 1:
            only[failing[0]] = only.get(failing[0], 0) + 1
    if only:
        shown = ", ".join(f"{k} {v}" for k, v in sorted(only.items(), key=lambda kv: (-kv[1], kv[0])))
        out += ["", f"Releases that miss exactly one condition: {sum(only.values())} ({shown})."]
    owed = {key: {"present": 0, "linked": 0, "missing": 0} for key in rows[0]["owed"]}
    for row in rows:
        for key, status in row["owed"].items():
            owed[key][status] += 1
    out += ["", "Owed even when exempt (pt 75):", "", "| item | present | linked | missing |", "|---|---:|---:|---:|"]
    for key, counts in owed.items():
        out.append(f"| {key} | {counts['present']} | {counts['linked']} | {counts['missing']} |")
    derivatives = [r for r in rows if r["derivative"]]
    missing_notice = [r for r in derivatives if set(r["rules"]) & set(NOTICE_RULES)]
    out += [
        "",
        "Inherited duties:",
        "",
        "| figure | releases |",
        "|---|---:|",
        f"| name a base model openwash resolves | {len(derivatives)} |",
        f"| … and miss a notice their licences ask for (OW702, OW704, OW706, OW707) | {len(missing_notice)} |",
        f"| … and break the Llama naming duty (OW705) | {sum('OW705' in r['rules'] for r in derivatives)} |",
        f"| declare a licence in a card but ship no licence text (OW701) | {sum('OW701' in r['rules'] for r in rows)} |",
        f"| licence text without a copyright notice (OW703) | {sum('OW703' in r['rules'] for r in rows)} |",
    ]
    if missing_notice:
        out += ["", "Derivatives that miss a notice: " + ", ".join(f"{r['name']} ({', '.join(x for x in r['rules'] if x in NOTICE_RULES)})" for r in missing_notice) + "."]
    out += ["", "<details><summary>Every release</summary>", "", "| release | exempt | conditions not met (undecided) |", "|---|---|---|"]
    for row in rows:
        failing = [c for c, s in row["conditions"].items() if s == "not-met"]
        undecided = [c for c, s in row["conditions"].items() if s == "unknown"]
        said = ", ".join(failing) + (f" ({', '.join(undecided)})" if undecided else "")
        out.append(f"| {row['name']} | {'yes' if row['exempt'] else 'no'} | {said or '–'} |")
    out += ["", "</details>"]
    return "\n".join(out) + "\n"


def replace_block(text: str, block: str) -> str:
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{block}{END}{tail}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=Path, default=PROJECT.parent / "shared")
    parser.add_argument("--write", type=Path, help="replace the figures block of this Markdown file")
    args = parser.parse_args(argv)
    block = markdown(args.shared)
    if args.write is None:
        sys.stdout.write(block)
        return 0
    target: Path = args.write
    text = target.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print(f"{target}: no {START} … {END} block", file=sys.stderr)
        return 2
    target.write_text(replace_block(text, block), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
