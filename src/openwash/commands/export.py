"""`openwash export spdx|mot|cyclonedx|g7 [PATH]`: render the report as an SPDX or CycloneDX AI-BOM, a MOT
model file, or the G7 SBOM-for-AI minimum-elements report."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from openwash import engine
    from openwash.cli import load_config, write_output
    from openwash.errors import OpenwashError

    fmt = getattr(args, "format", None)
    if fmt is not None and args.kind != "g7":
        raise OpenwashError(f"--format applies to `openwash export g7` only, not to `{args.kind}`")
    if args.kind in ("cyclonedx", "g7"):
        from openwash.export import cyclonedx

        if not cyclonedx.available():  # before the check: a missing extra is a usage error, said at once
            raise OpenwashError(cyclonedx.INSTALL_HINT)
    root, config = load_config(args)
    report = engine.check(root, config)  # type: ignore[arg-type]
    if args.kind == "mot":
        from openwash.export import mot

        text = mot.render(report, root)
    elif args.kind == "cyclonedx":
        from openwash.export import cyclonedx

        try:
            text = cyclonedx.render(report, root)
        except cyclonedx.CycloneDxExportError as exc:
            raise OpenwashError(f"the CycloneDX document failed validation ({exc}); please report this") from None
    elif args.kind == "g7":
        from openwash.export import g7

        text = g7.render(report, root, fmt=fmt or "text")
    else:
        from openwash import extras

        extras.require("spdx", "openwash export spdx")
        from openwash.export import spdx

        try:
            text = spdx.render(report, root)
        except spdx.SpdxExportError as exc:
            raise OpenwashError(f"the SPDX document failed validation ({exc}); please report this") from None
    write_output(text, args.output, checked_root=root)
    return 0
