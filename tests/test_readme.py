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
