"""A line that opens with a backtick run holding more backticks is inline code, not a fence (CommonMark 4.5: a
backtick fence's info string has no backtick), so what follows it is read as prose by every reader."""

from __future__ import annotations

from typing import Any

import pytest

from openwash import engine
from openwash.licenses.declarations.text import inline_code_line

CARD = (
    "# Acme\n\nRun the sampler:\n\n```\npython sample.py\n```\n"
    "```./configs/sample.yaml``` is the path to the inference configuration file.\n\n"
    "Cite us:\n\n```bib\n@article{acme, title={Acme}}\n```\n"
    "## Training Data\n\nThe model was trained on 20,000 licensed stock video clips collected from three public providers.\n\n"
    "Acme is a fully open-source model.\n\n"
    "# Disclaimer/License\n"
    "1. `code`: The code of Acme is released under the MIT License.\n"
    "1. `model`: The trained model are available for non-commercial research purposes only.\n"
)


def test_prose_after_an_inline_code_line_is_read_for_terms_claims_and_data(make_repo: Any) -> None:
    report = engine.check(make_repo({"README.md": CARD}))
    assert report.verdict.weights_license_family == "research-only"
    assert [c.line for c in report.claims if c.kind == "fully-open"] == [CARD.count("\n", 0, CARD.index("Acme is a fully")) + 1]
    assert report.components["data-information"].present


@pytest.mark.parametrize(
    ("line", "inline"),
    [
        ("```./configs/sample.yaml``` is the path", True),
        ("  ``` pretrained ``` folder", True),
        ("<!-- ```x``` -->", True),
        ("```python", False),
        ("```", False),
        ("~~~ `x`", False),  # a tilde fence's info string may hold backticks
        ("<!-- ```markdown -->", True),  # a one-line comment opens no fence
        ("<!-- ```bash", False),  # a commented-out code sample: "``` -->" closes it
        ("``` -->", False),
    ],
)
def test_which_backtick_lines_are_inline_code(line: str, inline: bool) -> None:
    assert inline_code_line(line) is inline


def test_a_one_line_comment_around_backticks_hides_nothing_after_it(make_repo: Any) -> None:
    card = "<!-- ```markdown -->\n# Acme\n\n## Checkpoints\nWe have released preliminary model checkpoints for non-commercial use.\n"
    report = engine.check(make_repo({"README.md": card}))
    assert report.verdict.weights_license_family == "non-commercial"
