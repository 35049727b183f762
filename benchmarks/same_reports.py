#!/usr/bin/env python3
"""Check that a speed change left every report as it was.

    python benchmarks/same_reports.py dump OUT [--openwash CMD] [-- EXTRA-ARGS]   # one JSON per tree
    python benchmarks/same_reports.py compare OLD NEW                             # exit 1 on any difference

`dump` runs `openwash check --format json` (from inside each tree, on `.`) on the real release
repositories (`benchmarks/real.py`'s defaults) and on the cards of `tests/realworld/cards*/`,
and writes each report without its `seconds` field, the one field a speed change may change.
Run it at the old commit (`--openwash 'env PYTHONPATH=../old/src python -m openwash'`) and at
the new one, with `-- --no-cache`, with an empty user cache and with a primed one, then
`compare` the directories.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import real  # noqa: E402  (the real-repository benchmark beside this script: its repository list)

HERE = Path(__file__).resolve().parent
CHECKOUT = HERE.parent


def trees() -> list[Path]:
    cards = sorted(p for root in sorted((CHECKOUT / "tests" / "realworld").glob("cards*")) for p in root.iterdir() if p.is_dir())
    return real.default_repositories() + cards


def _without_seconds(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_seconds(v) for k, v in value.items() if k != "seconds"}
    if isinstance(value, list):
        return [_without_seconds(v) for v in value]
    return value


def dump(out: Path, openwash: Sequence[str], extra: Sequence[str]) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for tree in trees():
        proc = subprocess.run([*openwash, "check", "--format", "json", *extra, "."], cwd=tree, capture_output=True, text=True, check=False)
        try:
            body = json.dumps(_without_seconds(json.loads(proc.stdout)), indent=1, sort_keys=True)
        except json.JSONDecodeError:
            body = proc.stdout
        name = f"{tree.parent.name}__{tree.name}.json"
        (out / name).write_text(f"exit {proc.returncode}\n{body}\n{proc.stderr}", encoding="utf-8")
    print(f"{len(trees())} reports in {out}")
    return 0


def compare(old: Path, new: Path) -> int:
    names = sorted({p.name for p in old.glob("*.json")} | {p.name for p in new.glob("*.json")})
    differ = [n for n in names if not (old / n).is_file() or not (new / n).is_file() or (old / n).read_bytes() != (new / n).read_bytes()]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(names) - len(differ)} of {len(names)} reports identical")
    return 1 if differ else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--openwash", help="the openwash command (default: the one beside this interpreter)")
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    argv = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in argv:  # arguments for `openwash check`
        argv, extra = argv[: argv.index("--")], argv[argv.index("--") + 1 :]
    args = parser.parse_args(argv)
    if args.command == "compare":
        return compare(args.old, args.new)
    openwash = args.openwash.split() if args.openwash else [sys.executable, "-m", "openwash"]
    return dump(args.out.resolve(), openwash, extra)


if __name__ == "__main__":
    raise SystemExit(main())
