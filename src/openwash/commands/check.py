"""`openwash check`: build the report, render it in the chosen format, pick the exit code."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from openwash import engine
    from openwash.cli import load_config, write_output
    from openwash.render import render

    statistics = bool(getattr(args, "statistics", False))
    if statistics and args.format != "text":
        from openwash.errors import ConfigError

        raise ConfigError(f"--statistics prints counts per rule as text; it does not combine with --format {args.format}")
    root, config = load_config(args)
    report = engine.check(root, config)  # type: ignore[arg-type]
    options = {"quiet": getattr(args, "quiet", False), "statistics": statistics}
    write_output(render(report, args.format, **options), args.output, checked_root=root)
    return 1 if report.failed() else 0
