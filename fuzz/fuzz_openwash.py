#!/usr/bin/env python3
"""Long-running fuzzer for openwash's parsers and the whole pipeline.

Targets (pick with --target, default all in turn):
  card       arbitrary bytes as README.md -> textio.decode -> frontmatter.split -> claims.extract
  yaml       arbitrary text -> frontmatter.parse_yaml -> config.from_mapping
  licence    arbitrary text -> the licence identifier and declaration parsers
  pipeline   arbitrary bytes as README.md and LICENSE of a tiny repository -> engine.check -> every renderer

The property is the one the test suite checks with fewer examples: nothing raises except
`openwash.errors.OpenwashError`, renderers give valid JSON/SARIF, front matter keys are strings.

Engines: atheris (coverage-guided, libFuzzer) when installed, else hypothesis with no deadline.

  python fuzz/fuzz_openwash.py --target card --seconds 300
  python fuzz/fuzz_openwash.py --engine hypothesis --seconds 120
  python fuzz/fuzz_openwash.py --target pipeline --seconds 60 -- -dict=fuzz/openwash.dict

Seeds: the model cards of ../shared/corpus when present (read in place, never copied).
Crashes are written by libFuzzer as crash-* files in the working directory (atheris), or
printed as the falsifying example (hypothesis).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(PROJECT / "src"))
SHARED = Path(os.environ.get("OPENWASH_SHARED", PROJECT.parent / "shared"))
FORMATS = ("text", "json", "markdown", "sarif", "github")


def _import_openwash() -> None:
    # Imported here so atheris can instrument them.
    import openwash.claims  # noqa: F401
    import openwash.claims.frontmatter  # noqa: F401  (the package imports its modules on first use)
    import openwash.claims.scan  # noqa: F401
    import openwash.config  # noqa: F401
    import openwash.documents  # noqa: F401
    import openwash.engine  # noqa: F401
    import openwash.frontmatter  # noqa: F401
    import openwash.render  # noqa: F401
    import openwash.textio  # noqa: F401

    for module in ("openwash.licenses.identify", "openwash.licenses.declarations"):
        try:
            __import__(module)
        except ImportError:
            pass


# --- targets: each takes bytes and raises only on a real problem ------------------------------


def target_card(data: bytes) -> None:
    from openwash import claims, documents, frontmatter, textio
    from openwash.errors import OpenwashError

    try:
        text, _encoding = textio.decode(data, truncated=bool(data[:1] == b"T"))
    except textio.NotText:
        return
    text = textio.normalise_newlines(text)
    result = frontmatter.split(text)
    if result.front_matter is not None:
        assert all(isinstance(k, str) for k in result.front_matter.data), "non-string key"
        json.dumps(result.front_matter.data, default=str)
    doc = documents.Document("README.md", documents.CARD, text)
    doc.front_matter, doc.front_matter_error, doc.body_start_line = result.front_matter, result.error, result.body_start_line
    try:
        found = claims.extract(doc)
    except OpenwashError:
        return
    lines = text.count("\n") + 1
    for claim in found:
        assert 1 <= claim.line <= lines, f"claim line {claim.line} outside 1..{lines}"


def target_yaml(data: bytes) -> None:
    from openwash import config, frontmatter
    from openwash.errors import ConfigError

    text = data.decode("utf-8", "replace")
    parsed = frontmatter.parse_yaml(text)
    if isinstance(parsed, frontmatter.FrontMatterError):
        assert "\n" not in parsed.message
        return
    mapping, positions = parsed
    try:
        config.from_mapping(mapping, ".openwash.yml", lambda *keys: positions.get(tuple(keys), (None, None))[0])
    except ConfigError as exc:
        assert "\n" not in str(exc), "multi-line configuration error"


def target_licence(data: bytes) -> None:
    import importlib

    from openwash.errors import OpenwashError

    text = data.decode("utf-8", "replace")
    lines = text.split("\n")
    calls: list[tuple[str, str, tuple[object, ...]]] = [
        ("identify", "identify_text", (text,)),
        ("declarations", "parse_value", (text[:200],)),
        ("declarations", "resolve_url", (text[:200],)),
        ("declarations", "from_prose", ("README.md", lines)),
        ("declarations", "from_badges", ("README.md", lines)),
        ("declarations", "from_package", ("pyproject.toml", text)),
    ]
    for module, name, args in calls:
        try:
            func = getattr(importlib.import_module(f"openwash.licenses.{module}"), name)
        except (ImportError, AttributeError):
            continue
        try:
            func(*args)
        except OpenwashError:
            pass


def target_pipeline(data: bytes) -> None:
    from openwash import config, engine
    from openwash.errors import OpenwashError
    from openwash.render import render

    cut = len(data) * 3 // 4
    # A fresh folder per input: libFuzzer exits without running Python's cleanup.
    with tempfile.TemporaryDirectory(prefix="openwash-fuzz-") as folder:
        repo = Path(folder)
        (repo / "README.md").write_bytes(data[:cut])
        (repo / "LICENSE").write_bytes(data[cut:])
        try:
            report = engine.check(repo, config.Config())
        except OpenwashError:
            return
    for fmt in FORMATS:
        out = render(report, fmt)
        if fmt in ("json", "sarif"):
            json.loads(out)
        if fmt == "text":
            assert "\x1b" not in out, "escape sequence reached the terminal"


TARGETS: dict[str, Callable[[bytes], None]] = {
    "card": target_card,
    "yaml": target_yaml,
    "licence": target_licence,
    "pipeline": target_pipeline,
}


def seeds() -> list[bytes]:
    found: list[bytes] = ["---\nlicense: apache-2.0\n---\n# Model\nThis open-source model is 完全开源.\n".encode()]
    cards = SHARED / "corpus" / "cards"
    if cards.is_dir():
        for path in sorted(cards.glob("*/README.md"))[:200]:
            found.append(path.read_bytes()[:20000])
    return found


# --- engines ---------------------------------------------------------------------------------


def run_atheris(name: str, seconds: int, extra: list[str], corpus_dir: Path) -> int:
    """Runs in a child process: libFuzzer ends the process when it is done."""
    import atheris

    with atheris.instrument_imports(include=["openwash"]):
        _import_openwash()
    target = TARGETS[name]

    def one_input(data: bytes) -> None:
        target(data)

    argv = [sys.argv[0], f"-max_total_time={seconds}", "-max_len=65536", "-rss_limit_mb=4096", "-timeout=20", *extra, str(corpus_dir)]
    atheris.Setup(argv, one_input)
    atheris.Fuzz()
    return 0


def spawn_atheris(name: str, seconds: int, extra: list[str]) -> int:
    """Seed a corpus folder, fuzz in a child, remove the folder afterwards."""
    import subprocess

    corpus_dir = Path(tempfile.mkdtemp(prefix=f"openwash-fuzz-{name}-"))
    try:
        for index, seed in enumerate(seeds()):
            (corpus_dir / f"seed{index}").write_bytes(seed)
        cmd = [sys.executable, __file__, "--engine", "atheris", "--target", name, "--seconds", str(seconds),
               "--corpus", str(corpus_dir), "--", *extra]
        return subprocess.call(cmd)
    finally:
        shutil.rmtree(corpus_dir, ignore_errors=True)


def run_hypothesis(name: str, seconds: int) -> int:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    _import_openwash()
    target = TARGETS[name]
    seed_list = seeds()
    data_strategy = st.one_of(
        st.binary(max_size=4096),
        st.sampled_from(seed_list),
        st.builds(lambda s, cut, junk: s[:cut] + junk + s[cut:], st.sampled_from(seed_list), st.integers(0, 20000), st.binary(max_size=64)),
    )
    deadline = time.monotonic() + seconds
    calls = [0]

    @settings(max_examples=500, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(data_strategy)
    def check(data: bytes) -> None:
        calls[0] += 1
        target(data)

    while time.monotonic() < deadline:
        check()  # a failure raises with the falsifying example
    print(f"openwash fuzz: {name}: {calls[0]} examples in {seconds}s, no failure", file=sys.stderr)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", choices=sorted(TARGETS), help="one target (default: each in turn)")
    parser.add_argument("--seconds", type=int, default=60, help="time per target")
    parser.add_argument("--engine", choices=("atheris", "hypothesis"), help="default: atheris when installed")
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)  # set for the atheris child
    parser.add_argument("libfuzzer_args", nargs="*", help="extra libFuzzer options after --")
    args = parser.parse_args()
    engine = args.engine
    if engine is None:
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    names = [args.target] if args.target else sorted(TARGETS)
    if engine == "atheris":
        if args.corpus is not None:  # the child
            return run_atheris(names[0], args.seconds, args.libfuzzer_args, args.corpus)
        return max(spawn_atheris(name, args.seconds, args.libfuzzer_args) for name in names)
    for name in names:
        run_hypothesis(name, args.seconds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
