"""`openwash badge [PATH]`: a shields.io endpoint JSON with the verdict."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from openwash import engine
    from openwash.cli import load_config, write_output
    from openwash.export import badge

    root, config = load_config(args)
    report = engine.check(root, config)  # type: ignore[arg-type]
    write_output(badge.render(report), args.output, checked_root=root)
    return 0
