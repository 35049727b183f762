"""Bad input never raises out of the licence stage: odd front matter, odd text, big text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openwash.licenses.declarations import from_badges, from_package, from_prose, from_spdx_lines, parse_value
from openwash.licenses.identify import identify_text
from test_licenses_declarations import scan_repo

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
MARKDOWNISH = st.lists(
    st.sampled_from(["# Licence", "released under the ", "[x](LICENSE)", "(", ")", "**", "MIT", "开源协议", "遵循", "\n", " ", "Apache 2.0", "SPDX-License-Identifier: ", "img.shields.io/badge/License-", "-", "license:"]),
    max_size=40,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(TEXT, MARKDOWNISH))
def test_identify_and_declarations_never_raise(text: str) -> None:
    matches = identify_text(text)
    assert matches and all(0.0 <= m.confidence <= 1.0 for m in matches)
    lines = text.split("\n")
    from_prose("README.md", lines)
    from_badges("README.md", lines)
    from_spdx_lines("README.md", lines)
    from_package("pyproject.toml", text)
    parse_value(text)


def test_odd_front_matter_values(make_repo) -> None:
    root = make_repo(
        {
            "README.md": "---\nlicense:\n  - 42\n  - {a: b}\n  - ''\nlicense_name: [x]\nlicense_link: 7\n---\n",
            "sub/README.md": "---\nlicense: other\nlicense_name: {nested: true}\nbase_model: a/b\n---\n",
        }
    )
    infos = scan_repo(root)
    assert all(i.family == "unknown" for i in infos if i.source == "front-matter")


def test_large_licence_file_is_bounded(make_repo) -> None:
    big = ("Permission is granted to do anything at all with this file. " * 20 + "\n\n") * 2500  # ~3 MB
    (match,) = identify_text(big)  # classified on a bounded prefix (MAX_CLASSIFY_CHARS)
    assert match.key == "unknown"
