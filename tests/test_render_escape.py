"""Escaping helpers, and a property test: any repository text gives valid JSON/SARIF and intact tables."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_render_markdown import LINK_BASE, assert_inert, build_report, cell_count, tables
from test_render_sarif import validate

from openwash.render import render
from openwash.render.escape import html, md_code, md_text, one_line, url_path

# Text that leans on what breaks renderers, mixed with anything at all.
NASTY = st.sampled_from(list("|`\\<>&@#[]()!*_~$%:,\r\n\t\u202e\u2028\x00") + ["::", "](", "![", "%0A", "http://", "www.", "<!--", "-->"])
TEXT = st.lists(st.one_of(NASTY, st.text(max_size=8)), max_size=25).map("".join)


def test_md_text_examples() -> None:
    assert md_text("a | b") == "a \\| b"
    assert md_text("<script>") == "&lt;script&gt;"
    assert md_text("@org/team") == "@&#8203;org/team"
    assert md_text("see #12") == "see \\#&#8203;12"
    assert md_text("![x](http://e)") == "\\!\\[x\\]\\(http&#8203;://e\\)"
    assert md_text("- item") == "\\- item" and md_text("3. x") == "3\\. x"
    assert md_text("x" * 50, limit=10) == "x" * 9 + "…"
    assert md_text("a\nb\r\nc") == "a b c"


def test_md_code_examples() -> None:
    assert md_code("plain") == "`plain`"
    assert md_code("a`b") == "``a`b``"
    assert md_code("`x`") == "`` `x` ``"
    assert md_code("a|b") == "`a\\|b`"
    assert md_code("a|b", in_table=False) == "`a|b`"


def test_other_helpers() -> None:
    assert html("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;"
    assert one_line("a\u202eb\x00c\n d") == "a b c d"
    assert url_path("a b/c(1)#.md") == "a%20b/c%281%29%23.md"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim=TEXT, path=TEXT)
def test_any_text_keeps_markdown_tables_and_sarif_valid(claim: str, path: str) -> None:
    report = build_report([claim or "x"], n_claims=3, path=(path.strip() or "p") + ".md")
    for link_base in (LINK_BASE, None):
        body = render(report, "markdown", link_base=link_base)
        for table in tables(body):
            assert len({cell_count(row) for row in table}) == 1, table
        assert_inert(body, link_base)
    json.loads(render(report, "json"))
    validate(json.loads(render(report, "sarif")))
    for line in render(report, "github").splitlines():
        assert line.startswith(("::error ", "::warning ", "::notice ", "openwash: "))


@settings(max_examples=200, deadline=None)
@given(text=TEXT)
def test_md_text_is_one_line_without_raw_html_or_unescaped_pipes(text: str) -> None:
    out = md_text(text, limit=None)
    assert "\n" not in out and "\r" not in out
    assert "<" not in out and ">" not in out
    assert cell_count(f"|{out}|") == 2
