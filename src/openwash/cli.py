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
from typing import Any, NoReturn

FORMATS = ("text", "json", "markdown", "sarif", "github")
COMMANDS = ("check", "baseline", "licenses", "mof-class", "export", "badge", "fix", "rules")


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter with the terminal width found as `shutil.get_terminal_size` finds it (COLUMNS, then
    the terminal, then 80), without importing `shutil` (and its archive modules) on every run: argparse builds a
    formatter for every option it adds."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None) -> None:
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_columns() -> int:
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns if sys.__stdout__ is not None else 0
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class Parser(argparse.ArgumentParser):
    """argparse with a did-you-mean for a mistyped option or choice (like git and ruff)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        hint = _suggest(self, message)
        chosen = getattr(self, "_openwash_chosen", None)
        for sub in _subparsers(self):  # the usage of the command that was run, not the top one
            if chosen and sub.prog.endswith(" " + chosen):
                sub.exit(2, f"{sub.format_usage()}{sub.prog}: error: {message}{hint}\n")
        super().error(message + hint)


def _suggest(parser: argparse.ArgumentParser, message: str) -> str:
    import difflib

    if message.startswith("unrecognized arguments:"):
        words = [w for w in message.split(":", 1)[1].split() if w.startswith("-")]
        options = [o for a in _all_actions(parser) for o in a.option_strings if o.startswith("--")]
        hints = []
        for word in words:
            name = word.split("=", 1)[0]
            close = difflib.get_close_matches(name, options, n=1, cutoff=0.6)
            chosen = getattr(parser, "_openwash_chosen", "this command")
            if any(o == name for p in _subparsers(parser) for a in p._actions for o in a.option_strings):
                hints.append(f"{name} changes nothing for `openwash {chosen}`")
            elif close:
                hints.append(f"did you mean {close[0]}?")
        if hints:
            return " (" + "; ".join(hints) + ")"
    return ""


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found: list[argparse.ArgumentParser] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.extend(action.choices.values())
    return found


def _all_actions(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """The options of the command being parsed (the top parser and the chosen subcommand)."""
    actions = list(parser._actions)
    chosen = getattr(parser, "_openwash_chosen", None)
    for sub in _subparsers(parser):
        if chosen is None or sub.prog.endswith(" " + chosen):
            actions.extend(sub._actions)
    return actions


# Which of the shared options each command takes: an option that would change nothing for a
# command is not offered, so argparse refuses it (with a did-you-mean) instead of ignoring it.
_SHARED = ("config", "profiles", "fail-on", "select", "ignore", "exclude", "no-inline-suppressions", "no-cache")


def _add_check_options(parser: argparse.ArgumentParser, only: tuple[str, ...] = _SHARED, many: bool = False) -> None:
    if many:
        parser.add_argument(
            "paths",
            nargs="*",
            metavar="PATH",
            help="folder to check (default: the current one), or model card file(s) in one repository",
        )
    else:
        parser.add_argument("path", nargs="?", default=".", help="repository to check (default: current directory)")
    if "config" in only:
        parser.add_argument(
            "--config", type=Path, help="configuration file (default: the nearest .openwash.yml or pyproject.toml up to the repository root)"
        )
    if "profiles" in only:
        parser.add_argument("--profiles", help="comma-separated: osaid,mof,open-weights,eu-ai-act")
    if "fail-on" in only:
        parser.add_argument("--fail-on", choices=("error", "warning", "note", "never"), help="lowest severity that fails")
    if "select" in only:
        parser.add_argument("--select", help="comma-separated rule ids or prefixes to run")
    if "ignore" in only:
        parser.add_argument("--ignore", help="comma-separated rule ids or prefixes to skip")
    if "exclude" in only:
        parser.add_argument("--exclude", action="append", default=[], help="gitignore-style path pattern to skip (repeatable)")
    if "no-inline-suppressions" in only:
        parser.add_argument(
            "--no-inline-suppressions",
            action="store_true",
            help="refuse <!-- openwash: ignore OWnnn --> comments: report them and suppress nothing",
        )
    if "no-cache" in only:
        parser.add_argument(
            "--no-cache", action="store_true", help="neither read nor write the user cache of compiled patterns and licence results"
        )


class _Retry(Exception):
    """A usage error met by a parser built for one command: parse again with every command, whose error
    message can say which command an option belongs to."""


class _OneCommandParser(Parser):
    def error(self, message: str) -> NoReturn:
        raise _Retry(message)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; with `only`, just that command's subparser (what a run needs: building all eight
    costs a few milliseconds of argparse work on every hook run)."""
    from openwash import __version__

    parser_class = Parser if only is None else _OneCommandParser
    parser = parser_class(
        prog="openwash",
        description="Check the openness claims of an AI model release against its evidence.",
    )
    parser.add_argument("-V", "--version", action="version", version=f"openwash {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=parser_class)
    # with `only`, the other commands stay unbuilt: their names still parse, through the full parser on a retry
    for command in (only,) if only is not None else COMMANDS:
        _COMMAND_BUILDERS[command](sub)
    return parser


def _command_check(sub: Any) -> None:
    check = sub.add_parser("check", help="check every openness claim (default command)")
    _add_check_options(check, many=True)
    check.add_argument("--format", choices=FORMATS, default="text")
    check.add_argument("--output", "-o", type=Path, help="write the report to a file instead of stdout")
    check.add_argument("--quiet", "-q", action="store_true", help="text format: findings only, no summary")
    check.add_argument("--statistics", action="store_true", help="text format: counts per rule instead of the findings")
    check.add_argument(
        "--baseline", type=Path, metavar="FILE", help="leave out the findings this baseline knows; fail only on new ones"
    )
    check.set_defaults(func="openwash.commands.check:run")


def _command_baseline(sub: Any) -> None:
    baseline = sub.add_parser("baseline", help="record today's findings, for `check --baseline`")
    _add_check_options(baseline, tuple(o for o in _SHARED if o != "fail-on"))
    baseline.add_argument("--output", "-o", type=Path, help="baseline file to write (default: stdout)")
    baseline.set_defaults(func="openwash.commands.baseline:run")


def _command_licenses(sub: Any) -> None:
    licenses = sub.add_parser("licenses", help="show every licence found, where, and with what confidence")
    _add_check_options(licenses, ("config", "exclude", "no-cache"))
    licenses.add_argument("--format", choices=("text", "json"), default="text")
    licenses.set_defaults(func="openwash.commands.licenses:run")


def _command_mof_class(sub: Any) -> None:
    mof = sub.add_parser("mof-class", help="classify a Model Openness Tool YAML file (MOF class)")
    mof.add_argument("file", type=Path)
    mof.add_argument("--format", choices=("text", "json"), default="text")
    mof.set_defaults(func="openwash.commands.mof_class:run")


_VERDICT_ONLY = ("config", "profiles", "exclude", "no-inline-suppressions", "no-cache")


def _command_export(sub: Any) -> None:
    export = sub.add_parser("export", help="export the evidence as an SPDX or CycloneDX AI-BOM, a MOT file, or a G7 SBOM-for-AI report")
    export.add_argument("kind", choices=("spdx", "mot", "cyclonedx", "g7"))
    # --select/--ignore change the CycloneDX document's count of findings; --fail-on changes no export
    _add_check_options(export, (*_VERDICT_ONLY, "select", "ignore"))
    export.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    export.add_argument("--format", choices=("text", "json"), help="`export g7` only: text (default) or json")
    export.set_defaults(func="openwash.commands.export:run")


def _command_badge(sub: Any) -> None:
    badge = sub.add_parser("badge", help="write a shields.io endpoint JSON with the verdict")
    _add_check_options(badge, _VERDICT_ONLY)
    badge.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    badge.set_defaults(func="openwash.commands.badge:run")


def _command_fix(sub: Any) -> None:
    fix = sub.add_parser("fix", help="rewrite overreaching claims to wording openwash accepts")
    fix.add_argument("path", nargs="?", default=".", help="repository (or one card) to fix (default: current directory)")
    for option in ("--config", "--select", "--ignore"):
        fix.add_argument(option, type=Path if option == "--config" else str)
    fix.add_argument("--exclude", action="append", default=[], help="gitignore-style path pattern to skip (repeatable)")
    fix.add_argument("--diff", action="store_true", help="print a unified diff instead of writing (exit 1 when there is a change)")
    fix.add_argument("--no-cache", action="store_true", help="neither read nor write the user cache")
    fix.set_defaults(func="openwash.commands.fix:run")


def _command_rules(sub: Any) -> None:
    rules = sub.add_parser("rules", help="list the rules, explain one (openwash rules OW101), or print docs/rules.md")
    rules.add_argument("rule", nargs="?", help="a rule id (OW101) or name (open-source-claim-not-osaid) to explain")
    rules.add_argument("--format", choices=("text", "markdown"), default="text")
    rules.set_defaults(func="openwash.commands.rules:run")


_COMMAND_BUILDERS = {
    "check": _command_check, "baseline": _command_baseline, "licenses": _command_licenses, "mof-class": _command_mof_class,
    "export": _command_export, "badge": _command_badge, "fix": _command_fix, "rules": _command_rules,
}  # fmt: skip


def _unknown_command(word: str) -> str | None:
    """`openwash chek`: a word that is no command, no option and no existing path, but close to a command."""
    import difflib

    if word.startswith("-") or os.path.lexists(word):
        return None
    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.6)
    if close:
        return f"openwash: error: unknown command '{word}' (did you mean '{close[0]}'?); commands: {', '.join(COMMANDS)}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `openwash [PATH]` and `openwash --format json` mean `openwash check …`.
    known = {*COMMANDS, "-h", "--help", "--version", "-V"}
    if not args_list or args_list[0] not in known:
        mistyped = _unknown_command(args_list[0]) if args_list else None
        if mistyped:
            print(mistyped, file=sys.stderr)
            return 2
        args_list.insert(0, "check")
    try:
        try:
            args = build_parser(args_list[0] if args_list[0] in COMMANDS else None).parse_args(args_list)
        except _Retry:
            parser = build_parser()
            parser._openwash_chosen = args_list[0]  # type: ignore[attr-defined]  # for the did-you-mean
            args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse: --help, --version (0) and usage errors (2)
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    module_name, func_name = args.func.split(":")
    from openwash import cache

    if getattr(args, "no_cache", False):
        cache.disable()
    else:
        # Before anything reads a store: never use a cache inside the repository being checked.
        if not cache.refuse_inside(getattr(args, "path", None) or (getattr(args, "paths", None) or ["."])[0]):
            from openwash import dataclass_code

            dataclass_code.install()  # before the command's modules define their dataclasses
    try:
        import gc
        import importlib

        collecting = gc.isenabled()
        gc.disable()  # loading ~90 modules makes no cyclic garbage worth the collector's passes
        try:
            if args.func == "openwash.commands.check:run":
                from openwash import memo

                args.memo = remembered = memo.begin(args, args_list)
                if remembered is not None:
                    replayed = remembered.replay()
                    if replayed is not None:
                        return replayed  # nothing the report was built from changed since it was printed
            module = importlib.import_module(module_name)
            exit_code = int(getattr(module, func_name)(args))
        finally:
            if collecting:
                gc.enable()
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


def load_config(args: argparse.Namespace, root: Path | None = None) -> tuple[Path, object]:
    """Configuration from the file, then CLI options on top."""
    from dataclasses import replace

    from openwash import config as config_mod
    from openwash.errors import ConfigError

    root = Path(args.path) if root is None else root
    cfg = config_mod.load(root if root.is_dir() else root.parent, getattr(args, "config", None))
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
            problem = config_mod.unknown_rule_ids(ids, f"--{key}")
            if problem:
                raise ConfigError(problem)
            overrides[key] = ids
    if getattr(args, "no_inline_suppressions", False):
        overrides["inline_suppressions"] = False
    if getattr(args, "exclude", None):
        overrides["exclude"] = cfg.exclude + tuple(args.exclude)
    return root, replace(cfg, **overrides) if overrides else cfg  # type: ignore[arg-type]


def write_output(text: str, output: Path | None, checked_root: Path | None = None) -> str | None:
    """Print `text`, or write it to `output` (`-` is stdout) atomically and never through a link.
    Returns what was printed (None when written to a file).

    `checked_root`: the tree being checked; folders inside it are never trusted (a symlink
    there may come from a pull request).
    """
    if output is None or str(output) == "-":
        printed = text if not text or text.endswith("\n") else text + "\n"
        sys.stdout.write(printed)
        sys.stdout.flush()
        return printed
    from openwash import safe_write

    root = None
    if checked_root is not None:
        root = checked_root if checked_root.is_dir() else checked_root.parent
    safe_write.write_text(output, text if text.endswith("\n") else text + "\n", checked_root=root)
    return None


if __name__ == "__main__":
    raise SystemExit(main())
