"""`openwash baseline [PATH] -o FILE`: record today's findings for `openwash check --baseline FILE`."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from openwash import baseline, engine
    from openwash.cli import load_config, write_output

    root, config = load_config(args, Path(args.path))
    report = engine.check(root, config)  # type: ignore[arg-type]
    known = baseline.keys(report, root)
    write_output(baseline.dumps(known), args.output, checked_root=root)
    if args.output is not None and str(args.output) != "-":
        import sys

        print(f"openwash: {sum(known.values())} finding(s) recorded in {args.output}", file=sys.stderr)
    return 0
