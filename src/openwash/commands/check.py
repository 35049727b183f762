"""`openwash check`: build the report, render it in the chosen format, pick the exit code."""

from __future__ import annotations

import argparse
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    from openwash import engine, scope
    from openwash.cli import load_config, write_output
    from openwash.errors import OpenwashError
    from openwash.render import render

    statistics = bool(getattr(args, "statistics", False))
    if statistics and args.format != "text":
        from openwash.errors import ConfigError

        raise ConfigError(f"--statistics prints counts per rule as text; it does not combine with --format {args.format}")
    if args.quiet and args.format != "text":
        raise OpenwashError(f"--quiet applies to --format text only, not --format {args.format}")
    target = scope.target(args.paths)
    root, config = load_config(args, target.root)
    report = engine.check(root, config)  # type: ignore[arg-type]
    scope.limit_to_files(report, target.files)
    if args.baseline is not None:
        from openwash import baseline

        baseline.skip_known(report, root, baseline.load(args.baseline), str(args.baseline))
    options = {"quiet": args.quiet, "statistics": statistics}
    printed = write_output(render_for_here(report, args.format, root, target.given, **options), args.output, checked_root=root)
    exit_code = 1 if report.failed() else 0
    memo = getattr(args, "memo", None)
    if memo is not None and printed is not None:  # openwash.memo: printed again while nothing it was built from changes
        memo.remember(report.inputs, printed, exit_code)
    return exit_code


def render_for_here(report: object, fmt: str, root: Path, given: str, **options: object) -> str:
    """Render with paths relative to the working directory (SARIF: relative URIs under
    `%SRCROOT%`, which `originalUriBaseIds` ties to the working directory)."""
    from openwash import scope
    from openwash.model import Report
    from openwash.render import render

    assert isinstance(report, Report)
    base = scope.display_base(root, given)
    if fmt == "sarif":
        if base is None or base.startswith(".."):
            return render(report, fmt, srcroot=str(Path(root).absolute()))
        return render(report, fmt, uri_prefix=base, srcroot=str(Path.cwd()))
    if fmt != "json":  # JSON keeps paths relative to its `root` (the schema_version 1 contract)
        scope.relocate(report, base)
    return render(report, fmt, **options)
