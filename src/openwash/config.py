"""Configuration: `[tool.openwash]` in pyproject.toml or `.openwash.yml`.

Unknown keys and bad values are a `ConfigError` naming the file and line. CLI options
override the file; the file overrides the defaults.

Example `.openwash.yml`:

    profiles: [osaid, open-weights]
    fail-on: error
    select: [OW1, OW2]        # rule ids or prefixes; default: all
    ignore: [OW503]
    exclude: ["third_party/**", "vendor/**"]
    external:                 # what lives outside the repository
      weights: https://huggingface.co/org/model
      training-code: https://github.com/org/train
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openwash.errors import ConfigError

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
_RULE_ID = re.compile(r"^OW\d{0,3}$")


@dataclass
class Config:
    profiles: tuple[str, ...] = PROFILES
    fail_on: str = "error"
    select: tuple[str, ...] = ()  # empty: all rules
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    external: dict[str, str] = field(default_factory=dict)
    source: str | None = None  # file the config came from

    def rule_enabled(self, rule_id: str) -> bool:
        if any(rule_id.startswith(prefix) for prefix in self.ignore):
            return False
        return not self.select or any(rule_id.startswith(prefix) for prefix in self.select)


def load(root: Path, explicit: Path | None = None) -> Config:
    """Find and read the configuration for a repository root."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError("configuration file not found", str(explicit))
        return _load_file(explicit)
    for name in CONFIG_FILES:
        candidate = root / name
        if candidate.is_file() and not candidate.is_symlink():
            return _load_file(candidate)
    pyproject = root / "pyproject.toml"
    if pyproject.is_file() and not pyproject.is_symlink():
        return _load_pyproject(pyproject)
    return Config()


def _load_file(path: Path) -> Config:
    if path.name == "pyproject.toml":
        return _load_pyproject(path)
    from openwash import frontmatter, textio

    try:
        text = textio.read_text(path, 256 * 1024).text
    except (OSError, textio.NotText) as exc:
        raise ConfigError(f"cannot read configuration: {exc}", str(path)) from None
    parsed = frontmatter.parse_yaml(text)
    if isinstance(parsed, frontmatter.FrontMatterError):
        raise ConfigError(parsed.message.replace("front matter", "configuration"), str(path), parsed.line)
    data, positions = parsed
    return from_mapping(data, str(path), lambda *keys: positions.get(tuple(keys), (None, None))[0])


def _load_pyproject(path: Path) -> Config:
    try:
        import tomllib  # type: ignore[import-not-found,unused-ignore]
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[import-not-found,no-redef,unused-ignore]
    try:
        raw = path.read_bytes()
        data = tomllib.loads(raw.decode("utf-8", "replace"))
    except (OSError, ValueError) as exc:
        line = None
        match = re.search(r"line (\d+)", str(exc))
        if match:
            line = int(match.group(1))
        raise ConfigError(f"invalid TOML: {exc}", str(path), line) from None
    section = data.get("tool", {}).get("openwash")
    if section is None:
        return Config()
    text = raw.decode("utf-8", "replace").split("\n")

    def line_of(*keys: Any) -> int | None:
        # TOML parsers keep no positions: find the key's line textually inside the section.
        in_section = False
        key = str(keys[-1]) if keys else ""
        for number, line in enumerate(text, 1):
            stripped = line.strip()
            if stripped.startswith("["):
                in_section = stripped.startswith("[tool.openwash")
                continue
            if in_section and re.match(rf"^\"?{re.escape(key)}\"?\s*=", stripped):
                return number
        return None

    if not isinstance(section, dict):
        raise ConfigError("[tool.openwash] must be a table", str(path))
    return from_mapping(section, str(path), line_of)


def from_mapping(data: dict[str, Any], source: str, line_of: Any) -> Config:
    """Validate a configuration mapping; every problem names the file and line."""
    config = Config(source=source)

    def fail(message: str, *keys: Any) -> ConfigError:
        return ConfigError(message, source, line_of(*keys) if keys else None)

    known = {"profiles", "fail-on", "select", "ignore", "exclude", "external"}
    for key, value in data.items():
        if key not in known:
            hint = f" (did you mean '{key.replace('_', '-')}'?)" if str(key).replace("_", "-") in known else ""
            raise fail(f"unknown configuration key '{key}'{hint}; known keys: {', '.join(sorted(known))}", key)
        if key == "profiles":
            names = _string_list(value, key, fail)
            for name in names:
                if name not in PROFILES:
                    raise fail(f"unknown profile '{name}'; choose from {', '.join(PROFILES)}", key)
            config.profiles = tuple(names)
        elif key == "fail-on":
            if value not in FAIL_ON:
                raise fail(f"fail-on must be one of {', '.join(FAIL_ON)}, not {value!r}", key)
            config.fail_on = value
        elif key in ("select", "ignore"):
            ids = _string_list(value, key, fail)
            for rule_id in ids:
                if not _RULE_ID.match(rule_id):
                    raise fail(f"{key}: {rule_id!r} is not a rule id or prefix such as OW101 or OW1", key)
            setattr(config, key, tuple(ids))
        elif key == "exclude":
            patterns = _string_list(value, key, fail)
            try:
                import pathspec

                pathspec.PathSpec.from_lines("gitwildmatch", patterns)
            except Exception as exc:  # pathspec raises several types for bad patterns
                raise fail(f"exclude: bad pattern ({exc})", key) from None
            config.exclude = tuple(patterns)
        elif key == "external":
            if not isinstance(value, dict):
                raise fail("external must be a mapping such as {weights: https://…}", key)
            for ext_key, ext_value in value.items():
                if ext_key not in EXTERNAL_KEYS:
                    raise fail(
                        f"external: unknown artifact '{ext_key}'; known: {', '.join(EXTERNAL_KEYS)}",
                        key,
                        ext_key,
                    )
                if not isinstance(ext_value, str) or not ext_value.strip():
                    raise fail(f"external.{ext_key} must be a URL or a short description", key, ext_key)
            config.external = {str(k): str(v) for k, v in value.items()}
    return config


def _string_list(value: Any, key: str, fail: Any) -> list[str]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(f"{key} must be a list of strings", key)
    return list(value)
