"""Configuration: `[tool.openwash]` in pyproject.toml or `.openwash.yml`.

Unknown keys and bad values are a `ConfigError` naming the file and line. CLI options
override the file; the file overrides the defaults.

Example `.openwash.yml`:

    profiles: [osaid, open-weights]
    fail-on: error
    select: [OW1, OW2]        # rule ids or prefixes; default: all
    ignore: [OW503]
    exclude: ["third_party/**", "vendor/**"]
    inline-suppressions: false  # refuse `<!-- openwash: ignore OWnnn -->` (a release gate's base config)
    external:                 # what lives outside the repository
      weights: https://huggingface.co/org/model
      training-code: https://github.com/org/train
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openwash.errors import ConfigError
from openwash.lazyre import lazy_compile, regex

PROFILES = ("osaid", "mof", "open-weights", "eu-ai-act")
FAIL_ON = ("error", "warning", "note", "never")
CONFIG_FILES = (".openwash.yml", ".openwash.yaml")
# Keys accepted under `external:`; each maps to the component(s) it declares.
EXTERNAL_KEYS: dict[str, tuple[str, ...]] = {
    "weights": ("model-parameters-final",),
    "intermediate-weights": ("model-parameters-intermediate",),
    "training-code": ("training-code",),
    "inference-code": ("inference-code",),
    "evaluation-code": ("evaluation-code",),
    "data-preprocessing-code": ("data-preprocessing-code",),
    "model-architecture": ("model-architecture",),
    "datasets": ("datasets",),
    "data-information": ("data-information",),
    "data-card": ("data-card",),
    "evaluation-data": ("evaluation-data",),
    "technical-report": ("technical-report",),
    "research-paper": ("research-paper",),
    "weights-license": (),  # a URL or id naming the weights' terms
}
RULE_ID = lazy_compile(r"^OW\d{0,3}$")


@dataclass
class Config:
    profiles: tuple[str, ...] = PROFILES
    fail_on: str = "error"
    select: tuple[str, ...] = ()  # empty: all rules
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    external: dict[str, str] = field(default_factory=dict)
    comment: str | None = None  # GitHub Action PR comment: always | on-failure | never (None: the action's default)
    inline_suppressions: bool = True  # honour `<!-- openwash: ignore OWnnn -->`; false: report them, suppress nothing
    source: str | None = None  # file the config came from

    def rule_enabled(self, rule_id: str) -> bool:
        if any(rule_id.startswith(prefix) for prefix in self.ignore):
            return False
        return not self.select or any(rule_id.startswith(prefix) for prefix in self.select)


def load(root: Path, explicit: Path | None = None) -> Config:
    """Find and read the configuration for a checked folder.

    Like ruff: the nearest `.openwash.yml`, `.openwash.yaml` or `pyproject.toml` with a
    `[tool.openwash]` section, from the checked folder up to the repository root (the nearest
    folder holding `.git`). Outside a Git repository only the checked folder itself is looked
    at, so a stray file in a parent folder (a home directory, /tmp) never configures a check.
    """
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError("configuration file not found", str(explicit))
        return _load_file(explicit)
    for folder in search_folders(root):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and not candidate.is_symlink():
                return _load_file(candidate)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and not pyproject.is_symlink():
            found = _load_pyproject(pyproject)
            if found.source is not None:  # it has a [tool.openwash] section
                return found
    return Config()


def repository_root(start: Path) -> Path | None:
    """The nearest folder from `start` up that holds `.git` (a folder or a worktree's file)."""
    folder = Path(os.path.abspath(start))
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate / ".git"):
            return candidate
    return None


def search_folders(root: Path) -> list[Path]:
    """The folders whose configuration applies to `root`, nearest first."""
    start = Path(os.path.abspath(root))
    top = repository_root(start)
    if top is None:
        return [Path(root)]
    folders = [Path(root)]
    for parent in start.parents:
        if top != parent and top not in parent.parents:
            break
        folders.append(parent)
    return folders


# A configuration file larger than this is refused (real ones are a few hundred bytes).
MAX_CONFIG_BYTES = 256 * 1024
MAX_PYPROJECT_BYTES = 1024 * 1024


def _load_file(path: Path) -> Config:
    if path.name == "pyproject.toml":
        return _load_pyproject(path)
    from openwash import frontmatter

    text = _read_config_text(path, MAX_CONFIG_BYTES)
    parsed = frontmatter.parse_yaml(text)
    if isinstance(parsed, frontmatter.FrontMatterError):
        raise ConfigError(parsed.message.replace("front matter", "configuration"), str(path), parsed.line)
    data, positions = parsed
    return from_mapping(data, str(path), lambda *keys: positions.get(tuple(keys), (None, None))[0])


def _read_config_text(path: Path, limit: int) -> str:
    from openwash import textio

    try:
        read = textio.read_text(path, limit, budget=False)  # openwash's own settings: outside the run's budget
    except textio.NotText as exc:
        raise ConfigError(f"cannot read configuration: {exc}", str(path)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read configuration: {exc.strerror or exc}", str(path)) from None
    if read.truncated:
        raise ConfigError(f"configuration file larger than {limit // 1024} KiB; refusing to read it", str(path))
    return read.text


def _load_pyproject(path: Path) -> Config:
    text = _read_config_text(path, MAX_PYPROJECT_BYTES)
    if "openwash" not in text and "\\u" not in text and "\\U" not in text:
        # No key can spell `openwash` (literally, or with an escape in a quoted key): the file
        # holds no `[tool.openwash]`, and a broken one is its owner's business (below), so the
        # answer is the defaults whatever the parse. Skips importing tomllib (~4 ms per commit).
        return Config()
    try:
        import tomllib  # type: ignore[import-not-found,unused-ignore]
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[import-not-found,no-redef,unused-ignore]
    # A project's pyproject.toml is not ours: when it has no openwash section, a broken
    # file is its owner's business and openwash runs with defaults.
    mentions_us = regex(r"^\s*\[\s*tool\s*\.\s*openwash\b", re.MULTILINE).search(text) is not None
    try:
        data = tomllib.loads(text)
    except (ValueError, RecursionError) as exc:
        if not mentions_us:
            return Config()
        line = None
        match = regex(r"line (\d+)").search(str(exc))
        if match:
            line = int(match.group(1))
        raise ConfigError(f"invalid TOML: {_one_line(str(exc))}", str(path), line) from None
    tool = data.get("tool")
    section = tool.get("openwash") if isinstance(tool, dict) else None
    if section is None:
        return Config()
    lines = text.split("\n")

    def line_of(*keys: Any) -> int | None:
        # TOML parsers keep no positions: find the key's line textually inside the section.
        in_section = False
        key = str(keys[-1]) if keys else ""
        for number, line in enumerate(lines, 1):
            stripped = line.strip()
            if stripped.startswith("["):
                in_section = stripped.replace(" ", "").startswith("[tool.openwash")
                continue
            if in_section and re.match(rf"^[\"']?{re.escape(key)}[\"']?\s*=", stripped):
                return number
        return None

    if not isinstance(section, dict):
        raise ConfigError("[tool.openwash] must be a table", str(path), line_of("openwash"))
    return from_mapping(section, str(path), line_of)


def from_mapping(data: dict[str, Any], source: str, line_of: Any) -> Config:
    """Validate a configuration mapping; every problem names the file and line."""
    config = Config(source=source)

    def fail(message: str, *keys: Any) -> ConfigError:
        try:
            line = line_of(*keys) if keys else None
        except Exception:  # a position lookup must never hide the real message
            line = None
        return ConfigError(message, source, line if isinstance(line, int) else None)

    if not isinstance(data, dict):
        raise fail("configuration must be a mapping of keys to values")
    for key, value in data.items():
        if key not in KNOWN_KEYS:
            raise fail(_unknown_key_message(key), key)
        if key == "profiles":
            config.profiles = _profiles(value, fail)
        elif key == "fail-on":
            if not isinstance(value, str) or value not in FAIL_ON:
                raise fail(f"fail-on must be one of {', '.join(FAIL_ON)}, not {_show(value)}", key)
            config.fail_on = value
        elif key in ("select", "ignore"):
            setattr(config, key, _rule_ids(value, key, fail))
        elif key == "exclude":
            config.exclude = _exclude_patterns(value, fail)
        elif key == "external":
            config.external = _external(value, fail)
        elif key == "comment":
            if value not in COMMENT_MODES:
                raise fail(f"comment must be one of {', '.join(COMMENT_MODES)}, not {_show(str(value))}", key)
            config.comment = value
        elif key == "inline-suppressions":
            if not isinstance(value, bool):
                raise fail(f"inline-suppressions must be true or false, not {_show(value)}", key)
            config.inline_suppressions = value
        elif key == "minimum-version":
            _check_minimum_version(value, fail)
    return config


def _check_minimum_version(value: Any, fail: Any) -> None:
    """`minimum-version: 0.2` refuses to run an older openwash (its verdicts may differ)."""
    from packaging.version import InvalidVersion, Version

    from openwash import __version__

    try:
        wanted = Version(str(value))
    except InvalidVersion:
        raise fail(f"minimum-version must be a version such as 0.1.0, not {_show(str(value))}", "minimum-version") from None
    if Version(__version__) < wanted:
        raise fail(
            f"this repository needs openwash {wanted} or newer; {__version__} is installed "
            "(upgrade it, or bump `rev:` in .pre-commit-config.yaml)",
            "minimum-version",
        )


KNOWN_KEYS = ("profiles", "fail-on", "select", "ignore", "exclude", "external", "comment", "inline-suppressions", "minimum-version")
COMMENT_MODES = ("always", "on-failure", "never")


def _unknown_key_message(key: Any) -> str:
    text = str(key)
    hint = f" (did you mean '{text.replace('_', '-')}'?)" if text.replace("_", "-") in KNOWN_KEYS else ""
    return f"unknown configuration key {_show(text)}{hint}; known keys: {', '.join(sorted(KNOWN_KEYS))}"


def _profiles(value: Any, fail: Any) -> tuple[str, ...]:
    names = _string_list(value, "profiles", fail)
    for name in names:
        if name not in PROFILES:
            raise fail(f"unknown profile {_show(name)}; choose from {', '.join(PROFILES)}", "profiles")
    return tuple(names)


def _rule_ids(value: Any, key: str, fail: Any) -> tuple[str, ...]:
    ids = _string_list(value, key, fail)
    for rule_id in ids:
        if not RULE_ID.match(rule_id):
            raise fail(f"{key}: {_show(rule_id)} is not a rule id or prefix such as OW101 or OW1", key)
    problem = unknown_rule_ids(ids, key)
    if problem:
        raise fail(problem, key)
    return tuple(ids)


def unknown_rule_ids(ids: Any, key: str) -> str | None:
    """A message naming the ids (or prefixes) in `ids` that match no registered rule, or None."""
    from openwash.rules import all_rules

    known = [r.id for r in all_rules()]
    unknown = [i for i in ids if not any(k.startswith(i) for k in known)]
    if not unknown:
        return None
    import difflib

    hints = []
    for rule_id in unknown:
        close = difflib.get_close_matches(rule_id, known, n=1, cutoff=0.6)
        hints.append(f"{rule_id} (did you mean {close[0]}?)" if close else rule_id)
    return (
        f"{key}: unknown rule id{'s' if len(unknown) > 1 else ''} {', '.join(hints)}: no rule has "
        f"{'these ids or prefixes' if len(unknown) > 1 else 'this id or prefix'} (`openwash rules` lists them)"
    )


def _exclude_patterns(value: Any, fail: Any) -> tuple[str, ...]:
    patterns = _string_list(value, "exclude", fail)
    for pattern in patterns:
        if "\x00" in pattern or "\n" in pattern or "\r" in pattern:
            raise fail(f"exclude: {_show(pattern)} contains a control character", "exclude")
        try:
            import pathspec

            pathspec.GitIgnoreSpec.from_lines([pattern])  # the class discover uses
        except Exception as exc:  # pathspec raises several types (and re.error) for bad patterns
            raise fail(f"exclude: bad pattern {_show(pattern)} ({_one_line(str(exc))})", "exclude") from None
    return tuple(patterns)


def _external(value: Any, fail: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise fail("external must be a mapping such as {weights: https://…}", "external")
    for ext_key, ext_value in value.items():
        if ext_key not in EXTERNAL_KEYS:
            raise fail(
                f"external: unknown artifact {_show(ext_key)}; known: {', '.join(EXTERNAL_KEYS)}",
                "external",
                ext_key,
            )
        if not isinstance(ext_value, str) or not ext_value.strip():
            raise fail(f"external.{ext_key} must be a URL or a short description", "external", ext_key)
    return {str(k): str(v) for k, v in value.items()}


def _string_list(value: Any, key: str, fail: Any) -> list[str]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(f"{key} must be a list of strings, not {_show(value)}", key)
    return list(value)


def _show(value: Any, limit: int = 60) -> str:
    """A value from the file, quoted on one line: control characters escaped, long text cut."""
    if not isinstance(value, str):
        value = repr(value)
    text = "'" + "".join(_visible(char) for char in value[: limit * 2]) + "'"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _visible(char: str) -> str:
    import unicodedata

    if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
        return char.encode("unicode_escape").decode("ascii")
    return char


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]
