"""`openwash mof-class FILE.yml`: the MOF class of a Model Openness Tool model file."""

from __future__ import annotations

import argparse
import json


def run(args: argparse.Namespace) -> int:
    from openwash import mof
    from openwash.cli import write_output

    result = mof.classify(mof.load_model_file(args.file))
    if args.format == "json":
        write_output(json.dumps(result.to_dict(), ensure_ascii=False), None)
    else:
        lines = [f"{args.file}: {result.to_text()}"]
        lines += [f"  warning: {w}" for w in result.warnings]
        write_output("\n".join(lines), None)
    return 0
