"""Card-hygiene rules (OW5xx) and unreadable input (OW901), run through the CLI's main()."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from openwash import cli


def check(root: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, dict[str, Any]]:
    code = cli.main(["check", str(root), "--format", "json", *extra])
    return code, json.loads(capsys.readouterr().out)


def rules_at(report: dict[str, Any], rule_id: str) -> list[tuple[str, int]]:
    return [(f["path"], f["line"]) for f in report["findings"] if f["rule"] == rule_id]


def test_license_other_without_name_and_link(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": "---\nlanguage: en\nlicense: other\n---\n# M\n"})
    code, report = check(root, capsys)
    assert rules_at(report, "OW501") == [("README.md", 3)]
    finding = next(f for f in report["findings"] if f["rule"] == "OW501")
    assert "license_name and license_link" in finding["message"]
    assert code == 0  # a warning does not fail at the default fail-on=error


def test_license_other_with_name_and_link_is_fine(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": "---\nlicense: other\nlicense_name: acme\nlicense_link: LICENSE\n---\n", "LICENSE": "Acme terms\n"})
    _, report = check(root, capsys)
    assert rules_at(report, "OW501") == []
    assert rules_at(report, "OW502") == []


def test_license_link_to_missing_file(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": "---\nlicense: other\nlicense_name: acme\nlicense_link: ./LICENSE.md\n---\n"})
    code, report = check(root, capsys)
    assert rules_at(report, "OW502") == [("README.md", 4)]
    assert code == 0  # a broken link is a card defect (warning), not open-washing


def test_license_link_url_is_not_checked(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": "---\nlicense: other\nlicense_name: acme\nlicense_link: https://example.com/terms\n---\n"})
    _, report = check(root, capsys)
    assert rules_at(report, "OW502") == []


def test_license_link_escaping_the_repository(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"card/README.md": "---\nlicense: other\nlicense_name: x\nlicense_link: ../../LICENSE\n---\n"})
    _, report = check(root, capsys)
    assert rules_at(report, "OW502") == [("card/README.md", 4)]


def test_template_placeholder(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    card = "---\nlicense: mit\n---\n# M\n\n### Training Data\n\n[More Information Needed]\n\n## Eval\n[More Information Needed]\n"
    root = make_repo({"README.md": card})
    _, report = check(root, capsys)
    assert rules_at(report, "OW503") == [("README.md", 8)]
    assert "2 template placeholder" in next(f["message"] for f in report["findings"] if f["rule"] == "OW503")


def test_broken_front_matter_points_at_line(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": "---\nlicense: mit\nlicense: apache-2.0\n---\n# M\n"})
    code, report = check(root, capsys)
    assert rules_at(report, "OW504") == [("README.md", 3)]
    assert code == 1


def test_license_number_is_reported(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": "---\nlicense: 2.0\n---\n# M\n"})
    _, report = check(root, capsys)
    assert rules_at(report, "OW505") == [("README.md", 2)]


def test_inline_suppression(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    card = "# M\n\n<!-- openwash: ignore OW503 -->\n[More Information Needed]\n"
    root = make_repo({"README.md": card})
    _, report = check(root, capsys)
    assert rules_at(report, "OW503") == []
    root2 = make_repo({"README.md": card.replace("OW503", "OW101")})
    _, report2 = check(root2, capsys)
    assert rules_at(report2, "OW503") == [("README.md", 4)]


def test_ignore_from_cli_and_config(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": "# M\n[More Information Needed]\n", ".openwash.yml": "ignore: [OW5]\n"})
    _, report = check(root, capsys)
    assert rules_at(report, "OW503") == []
    root.joinpath(".openwash.yml").unlink()
    _, report = check(root, capsys, "--ignore", "OW503")
    assert rules_at(report, "OW503") == []
    _, report = check(root, capsys)
    assert rules_at(report, "OW503") == [("README.md", 2)]


def test_binary_license_file_is_a_finding_not_a_crash(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"LICENSE": b"\x00\x01\x02binary\x00" * 10, "README.md": "# M\n"})
    code, report = check(root, capsys)
    assert rules_at(report, "OW901") == [("LICENSE", 1)]
    assert any(e["path"] == "LICENSE" for e in report["errors"])
    assert code == 0


def test_markdown_licence_links_checked_but_not_lookalikes(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    card = (
        "# M\n\n"
        "Weights: [Acme Model License](LICENSE-MODEL.md).\n"
        "Try [License Plate Detection](models/plates/) and [the licence](https://example.com/terms).\n"
        "```\n[license](MISSING-IN-CODE-BLOCK)\n```\n"
        "Code: [license](LICENSE).\n"
    )
    root = make_repo({"README.md": card, "LICENSE": "MIT License\n", "models/plates/x.onnx": "stub"})
    _, report = check(root, capsys)
    assert rules_at(report, "OW502") == [("README.md", 3)]


def test_cli_rejects_bad_rule_ids(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": "# M\n"})
    assert cli.main(["check", str(root), "--select", "OW1,bogus"]) == 2
    err = capsys.readouterr().err
    assert "'bogus' is not a rule id" in err and err.count("\n") == 1


def test_resolve_link_as_github_renders_it() -> None:
    from openwash.documents import resolve_link

    assert resolve_link("README.md", "LICENSE") == "LICENSE"
    assert resolve_link("docs/card.md", "./LICENSE-MODEL#terms") == "docs/LICENSE-MODEL"
    assert resolve_link("docs/card.md", "../LICENSE?plain=1") == "LICENSE"
    assert resolve_link("docs/card.md", "/LICENSE") == "LICENSE"  # root-relative
    assert resolve_link("card/README.md", "../../LICENSE") is None  # leaves the repository
    assert resolve_link("README.md", "https://example.com/LICENSE") is None
    assert resolve_link("README.md", "#license") is None


def test_percent_encoded_licence_link_names_the_file_with_spaces(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """`[License](./Tongyi%20Qianwen%20LICENSE%20AGREEMENT)` is the file "Tongyi Qianwen LICENSE AGREEMENT"."""
    root = make_repo(
        {
            "README.md": "# M\n\nThe weights follow the [license](./Acme%20Model%20LICENSE%20AGREEMENT).\n",
            "Acme Model LICENSE AGREEMENT": "Acme Model License Agreement\n\nYou may use the model.\n",
        }
    )
    _, report = check(root, capsys)
    assert rules_at(report, "OW502") == []


def test_broken_licence_link_is_a_warning_not_an_error(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": "# M\n\nSee the [license](LICENSE.txt) file.\n", "LICENSE": "MIT License\n"})
    _, report = check(root, capsys)
    assert [(f["line"], f["severity"]) for f in report["findings"] if f["rule"] == "OW502"] == [(3, "warning")]
