"""`openwash export spdx|mot [PATH]`: render the report as an SPDX AI-BOM or a MOT model file."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from openwash import engine
    from openwash.cli import load_config, write_output
    from openwash.errors import OpenwashError

    root, config = load_config(args)
    report = engine.check(root, config)  # type: ignore[arg-type]
    if args.kind == "mot":
        from openwash.export import mot

        text = mot.render(report, root)
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
