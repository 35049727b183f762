"""The README's two set-up commands stay true, and .ci/run runs the README's test command."""

from __future__ import annotations

import re

from conftest import PROJECT


def _shell_blocks() -> list[str]:
    text = (PROJECT / "README.md").read_text(encoding="utf-8")
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, re.S)]


def test_readme_has_install_and_test_commands() -> None:
    blocks = _shell_blocks()
    assert any("openwash check examples/" in b and "pip install" in b for b in blocks)
    assert any("pytest" in b for b in blocks)


def test_ci_runs_the_readme_test_command() -> None:
    test_command = next(b for b in _shell_blocks() if "pytest" in b)
    ci = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci


def test_readme_example_paths_exist() -> None:
    for block in _shell_blocks():
        for path in re.findall(r"openwash check (\S+)", block):
            assert (PROJECT / path).is_dir(), path


def _replace_block(text: str, marker: str, body: str) -> str:
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{body}{end}{tail}"


def test_readme_example_output_is_current(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """Regenerate with OPENWASH_UPDATE_EXAMPLES=1 python -m pytest tests/test_readme.py"""
    import os

    from openwash import cli

    monkeypatch.chdir(PROJECT)
    code = cli.main(["check", "examples/overreaching-model"])
    output = capsys.readouterr().out
    assert code == 1
    block = "```console\n$ openwash check examples/overreaching-model\n" + output + "```\n"
    readme = PROJECT / "README.md"
    text = readme.read_text(encoding="utf-8")
    expected = _replace_block(text, "example-output", block)
    if os.environ.get("OPENWASH_UPDATE_EXAMPLES"):
        readme.write_text(expected, encoding="utf-8")
        text = expected
    assert text == expected, "README example is stale: OPENWASH_UPDATE_EXAMPLES=1 python -m pytest tests/test_readme.py"
