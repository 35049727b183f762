"""`openwash licenses [PATH]` (text and JSON) and the licence benchmark script."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import CORPUS, PROJECT, needs_shared
from openwash.cli import main

MIT_HEAD = "MIT License\n\nCopyright (c) 2024 Example\n\n"
MIT_BODY = (
    "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated "
    "documentation files (the \"Software\"), to deal in the Software without restriction, including without limitation "
    "the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to "
    "permit persons to whom the Software is furnished to do so, subject to the following conditions:\n\n"
    "The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\n\n"
    "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE "
    "WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR "
    "COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR "
    "OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n"
)


def _repo(make_repo):
    return make_repo(
        {
            "README.md": "---\nlicense: cc-by-nc-4.0\n---\n# Model\n\nThe code is released under the MIT License.\n",
            "LICENSE-CODE": MIT_HEAD + MIT_BODY,
            "weights/MODEL_LICENSE": "Example Model Licence\n\nBe nice.\n",
        }
    )


def test_json_lists_every_file_and_declaration(make_repo, capsys) -> None:
    root = _repo(make_repo)
    assert main(["licenses", str(root), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    rows = {(r["path"], r["source"]): r for r in data["licenses"]}
    assert set(rows) == {
        ("LICENSE-CODE", "license-file"),
        ("weights/MODEL_LICENSE", "license-file"),
        ("README.md", "front-matter"),
        ("README.md", "prose"),
    }
    code = rows[("LICENSE-CODE", "license-file")]
    assert (code["id"], code["family"], code["applies_to"]) == ("MIT", "osi-approved", ["code"])
    assert 0.5 <= code["confidence"] <= 1.0
    unknown = rows[("weights/MODEL_LICENSE", "license-file")]
    assert (unknown["id"], unknown["family"], unknown["applies_to"]) == ("unknown", "unknown", ["weights"])
    card = rows[("README.md", "front-matter")]
    assert (card["id"], card["line"], card["applies_to"]) == ("CC-BY-NC-4.0", 2, ["weights"])
    for row in data["licenses"]:
        assert {"path", "id", "name", "family", "applies_to", "confidence", "source"} <= set(row)
        assert not row["path"].startswith("/")


def test_text_output_shows_where_what_and_how_sure(make_repo, capsys) -> None:
    root = _repo(make_repo)
    assert main(["licenses", str(root)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split() == ["where", "source", "conf", "family", "covers", "licence"]
    assert any(line.startswith("LICENSE-CODE:3 ") and "MIT" in line and "code" in line for line in lines)
    assert any(line.startswith("README.md:2 ") and "non-commercial" in line for line in lines)
    assert any(line.startswith("weights/MODEL_LICENSE:1 ") and "unknown" in line for line in lines)


def test_empty_repository(make_repo, capsys) -> None:
    root = make_repo({"notes.txt": "nothing here\n"})
    assert main(["licenses", str(root)]) == 0
    assert "No licence" in capsys.readouterr().out


@needs_shared
def test_chatglm_json_paths_are_relative(capsys) -> None:
    assert main(["licenses", str(CORPUS / "cases/THUDM__ChatGLM-6B"), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["licenses"]
    model = [r for r in rows if r["path"] == "MODEL_LICENSE"]
    assert [(r["id"], r["family"], r["applies_to"], r["source"]) for r in model] == [
        ("LicenseRef-openwash-chatglm-6b", "vendor-community", ["weights"], "license-file")
    ]


def test_benchmark_script_runs(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, str(PROJECT / "benchmarks" / "bench_licenses.py"), "--repeat", "1", "--json"],
        capture_output=True, text=True, timeout=600, check=True,
    )
    data = json.loads(result.stdout)
    assert data["knowledge_cold"]["first_lookup_ms"] > 0
    assert all(row["result"] and row["result"][0] != "unknown" for row in data["identify_warm"].values())
