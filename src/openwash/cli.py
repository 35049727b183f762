"""Command line: a thin layer that picks the format and the exit code.

Exit codes: 0 no finding at or above `--fail-on`; 1 there is one; 2 usage or tool error.
Imports are lazy so that the pre-commit hook path loads only what `check` needs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

FORMATS = ("text", "json", "markdown", "sarif", "github")


def _add_check_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", default=".", help="repository to check (default: current directory)")
    parser.add_argument("--config", type=Path, help="configuration file (default: .openwash.yml or pyproject.toml)")
    parser.add_argument("--profiles", help="comma-separated: osaid,mof,open-weights,eu-ai-act")
    parser.add_argument("--fail-on", choices=("error", "warning", "note", "never"), help="lowest severity that fails")
    parser.add_argument("--select", help="comma-separated rule ids or prefixes to run")
    parser.add_argument("--ignore", help="comma-separated rule ids or prefixes to skip")
    parser.add_argument("--exclude", action="append", default=[], help="gitignore-style path pattern to skip (repeatable)")
    parser.add_argument(
        "--no-inline-suppressions",
        action="store_true",
        help="refuse <!-- openwash: ignore OWnnn --> comments: report them and suppress nothing",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="neither read nor write the user cache of compiled patterns and licence results"
    )


def build_parser() -> argparse.ArgumentParser:
    from openwash import __version__

    parser = argparse.ArgumentParser(
        prog="openwash",
        description="Check the openness claims of an AI model release against its evidence.",
    )
    parser.add_argument("--version", action="version", version=f"openwash {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="check every openness claim (default command)")
    _add_check_options(check)
    check.add_argument("--format", choices=FORMATS, default="text")
    check.add_argument("--output", "-o", type=Path, help="write the report to a file instead of stdout")
    check.add_argument("--quiet", "-q", action="store_true", help="text format: findings only, no summary")
    check.add_argument("--statistics", action="store_true", help="text format: counts per rule instead of the findings")
    check.set_defaults(func="openwash.commands.check:run")

    licenses = sub.add_parser("licenses", help="show every licence found, where, and with what confidence")
    _add_check_options(licenses)
    licenses.add_argument("--format", choices=("text", "json"), default="text")
    licenses.set_defaults(func="openwash.commands.licenses:run")

    mof = sub.add_parser("mof-class", help="classify a Model Openness Tool YAML file (MOF class)")
    mof.add_argument("file", type=Path)
    mof.add_argument("--format", choices=("text", "json"), default="text")
    mof.set_defaults(func="openwash.commands.mof_class:run")

    export = sub.add_parser("export", help="export the evidence as an SPDX or CycloneDX AI-BOM, a MOT file, or a G7 SBOM-for-AI report")
    export.add_argument("kind", choices=("spdx", "mot", "cyclonedx", "g7"))
    _add_check_options(export)
    export.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    export.add_argument("--format", choices=("text", "json"), help="`export g7` only: text (default) or json")
    export.set_defaults(func="openwash.commands.export:run")

    badge = sub.add_parser("badge", help="write a shields.io endpoint JSON with the verdict")
    _add_check_options(badge)
    badge.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    badge.set_defaults(func="openwash.commands.badge:run")

    rules = sub.add_parser("rules", help="list the rules (or print docs/rules.md)")
    rules.add_argument("--format", choices=("text", "markdown"), default="text")
    rules.set_defaults(func="openwash.commands.rules:run")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `openwash [PATH]` and `openwash --format json` mean `openwash check …`.
    known = {"check", "licenses", "mof-class", "export", "badge", "rules", "-h", "--help", "--version"}
    if not args_list or args_list[0] not in known:
        args_list.insert(0, "check")
    parser = build_parser()
    args = parser.parse_args(args_list)
    module_name, func_name = args.func.split(":")
    from openwash import cache

    if getattr(args, "no_cache", False):
        cache.disable()
    else:
        # Before anything reads a store: never use a cache inside the repository being checked.
        cache.refuse_inside(getattr(args, "path", None) or ".")
    try:
        import importlib

        module = importlib.import_module(module_name)
        exit_code = int(getattr(module, func_name)(args))
        cache.save_all()  # after the report is out: a slow disk never delays the answer
        return exit_code
    except KeyboardInterrupt:
        print("openwash: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the one place every error becomes a line, never a traceback
        from openwash.errors import OpenwashError, redact_secrets

        if isinstance(exc, OpenwashError):
            print(redact_secrets(f"openwash: error: {' '.join(str(exc).split())}"), file=sys.stderr)
            return 2
        if os.environ.get("OPENWASH_DEBUG"):
            import traceback  # printed here, not re-raised, so the token is redacted from it too

            print(redact_secrets("".join(traceback.format_exception(exc))), file=sys.stderr, end="")
            return 2
        print(
            redact_secrets(
                f"openwash: internal error: {type(exc).__name__}: {_one_line(str(exc))} "
                "(set OPENWASH_DEBUG=1 for a traceback, and please report it)"
            ),
            file=sys.stderr,
        )
        return 2


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]


def load_config(args: argparse.Namespace) -> tuple[Path, object]:
    """Configuration from the file, then CLI options on top."""
    from dataclasses import replace

    from openwash import config as config_mod
    from openwash.errors import ConfigError

    root = Path(args.path)
    cfg = config_mod.load(root if root.is_dir() else root.parent, args.config)
    overrides: dict[str, object] = {}
    if getattr(args, "profiles", None):
        names = tuple(p.strip() for p in args.profiles.split(",") if p.strip())
        for name in names:
            if name not in config_mod.PROFILES:
                raise ConfigError(f"unknown profile '{name}'; choose from {', '.join(config_mod.PROFILES)}")
        overrides["profiles"] = names
    if getattr(args, "fail_on", None):
        overrides["fail_on"] = args.fail_on
    for key in ("select", "ignore"):
        value = getattr(args, key, None)
        if value:
            ids = tuple(v.strip() for v in value.split(",") if v.strip())
            for rule_id in ids:
                if not config_mod.RULE_ID.match(rule_id):
                    raise ConfigError(f"--{key}: {rule_id!r} is not a rule id or prefix such as OW101 or OW1")
            overrides[key] = ids
    if getattr(args, "no_inline_suppressions", False):
        overrides["inline_suppressions"] = False
    if getattr(args, "exclude", None):
        overrides["exclude"] = cfg.exclude + tuple(args.exclude)
    return root, replace(cfg, **overrides) if overrides else cfg  # type: ignore[arg-type]


def write_output(text: str, output: Path | None, checked_root: Path | None = None) -> None:
    """Print `text`, or write it to `output` (`-` is stdout) atomically and never through a link.

    `checked_root`: the tree being checked; folders inside it are never trusted (a symlink
    there may come from a pull request).
    """
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        if text and not text.endswith("\n"):
            sys.stdout.write("\n")
        sys.stdout.flush()
        return
    from openwash import safe_write

    root = None
    if checked_root is not None:
        root = checked_root if checked_root.is_dir() else checked_root.parent
    safe_write.write_text(output, text if text.endswith("\n") else text + "\n", checked_root=root)


if __name__ == "__main__":
    raise SystemExit(main())
