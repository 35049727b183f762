"""`openwash fix`: the wording it writes (English, Chinese), bytes it keeps, files it refuses, exit codes."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import MIT_TEXT
from openwash import engine, fix
from openwash.cli import main
from openwash.model import Claim

LLAMA_BASE = "---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-2-7b-hf\n---\n"


def _git(root: Path, *tracked: str) -> None:
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run(["git", "add", *(("--", *tracked) if tracked else ("-A",))], cwd=root, check=True)


def _fix(root: Path, *extra: str) -> int:
    return main(["fix", str(root), "--no-cache", *extra])


def _overreach(root: Path) -> list[tuple[str, int, str]]:
    report = engine.check(root)
    return [(f.path, f.line, f.rule) for f in report.findings if f.rule in ("OW101", "OW102", "OW103")]


@pytest.fixture
def open_weights_repo(make_repo):
    """MIT weights, no training code, no data information: open weights, not open source AI."""

    def _make(card: str, **more: str | bytes) -> Path:
        files: dict[str, str | bytes] = {"LICENSE": MIT_TEXT, "README.md": card, **more}
        root = make_repo(files)
        _git(root)
        return root

    return _make


def test_open_weights_release_gets_open_weights_wording_and_check_accepts_it(open_weights_repo, capsys):
    card = (
        "# Acme-7B\n\nAcme-7B is an open-source model for chat. It is an **open-source** LLM.\n"
        "We open-sourced the weights: https://huggingface.co/acme/acme-7b\n"
    )
    root = open_weights_repo(card)
    assert _overreach(root)
    assert _fix(root) == 0
    text = (root / "README.md").read_text(encoding="utf-8")
    assert "Acme-7B is an open-weights model for chat. It is an **open-weights** LLM." in text
    assert "We released the weights:" in text
    assert _overreach(root) == []
    assert "Fixed 3 claims in 1 file" in capsys.readouterr().out


def test_restricted_weights_are_named_with_their_licence_and_the_article_follows(make_repo):
    card = LLAMA_BASE + "# Acme-chat\n\nAcme-chat is an open-source model fine-tuned from Llama 2.\n\nAn **open-source** LLM for everyone.\n"
    root = make_repo({"README.md": card})
    _git(root)
    report = engine.check(root)
    claim = next(c for c in report.claims if c.kind == "open-source" and c.line == 7)
    assert fix.suggest(claim, report) == (
        "Replace 'an open-source model' with 'a model available under the Llama 2 Community License Agreement'"
    )
    finding = next(f for f in report.findings if f.rule == "OW101" and f.line == 7)
    assert "Replace 'an open-source model' with 'a model available under the Llama 2 Community License Agreement'" in finding.remediation
    assert _fix(root) == 0
    text = (root / "README.md").read_text(encoding="utf-8")
    assert "Acme-chat is a model available under the Llama 2 Community License Agreement fine-tuned from Llama 2." in text
    assert "An LLM available under the Llama 2 Community License Agreement for everyone." in text
    assert text.startswith("---\nlicense: other\nlicense_name: llama2\nlicense_link: https://ai.meta.com/llama/license/\nbase_model:")
    assert [r for r in _overreach(root)] == []
    assert not [f for f in engine.check(root).findings if f.rule == "OW301"]


def test_chinese_wording(make_repo):
    card = LLAMA_BASE + "# 模型\n\n我们开源了 Acme-chat，这是一个开源模型。\n"
    root = make_repo({"README.md": card})
    _git(root)
    assert _fix(root) == 0
    text = (root / "README.md").read_text(encoding="utf-8")
    assert "我们发布了 Acme-chat，这是一个依据 Llama 2 Community License Agreement 发布的模型。" in text
    assert _overreach(root) == []


def test_chinese_open_weights_wording(open_weights_repo):
    root = open_weights_repo("# Acme\n\nAcme-7B 是一个开源模型，权重见 https://huggingface.co/acme/acme-7b\n")
    assert _overreach(root)
    assert _fix(root) == 0
    assert "Acme-7B 是一个开放权重模型" in (root / "README.md").read_text(encoding="utf-8")
    assert _overreach(root) == []


def test_korean_open_weights_wording_and_release_wording(open_weights_repo):
    root = open_weights_repo("# Acme\n\nAcme-7B는 오픈소스 모델입니다. 가중치: https://huggingface.co/acme/acme-7b\n\n이 모델을 오픈소스로 공개했습니다.\n")
    assert _overreach(root)
    assert _fix(root) == 0
    text = (root / "README.md").read_text(encoding="utf-8")
    assert "Acme-7B는 오픈 웨이트 모델입니다." in text and "이 모델을 공개했습니다." in text
    assert _overreach(root) == []


def test_predicate_and_commercial_promise(make_repo):
    research_only = "---\nlicense: apache-2.0\nbase_model: decapoda-research/llama-7b-hf\n---\n"
    card = research_only + (
        "# Acme-chat\n\nAcme-chat is fully open source.\n\nYou can use, modify, and redistribute this model, including commercially.\n\n"
        "Acme-chat is free for commercial use.\n"
    )
    root = make_repo({"README.md": card})
    _git(root)
    before = _overreach(root)
    assert any(rule == "OW103" for _, _, rule in before)
    assert _fix(root) == 0
    text = (root / "README.md").read_text(encoding="utf-8")
    assert "Acme-chat is available under the LLaMA License.\n" in text
    assert "You can use, modify, and redistribute this model.\n" in text
    assert "Acme-chat is available under the LLaMA License.\n" in text.split("redistribute")[1]
    assert _overreach(root) == []


def test_every_other_byte_is_kept_crlf_bom_and_a_second_fix_changes_nothing(open_weights_repo):
    body = "# Acme\r\n\r\nAcme-7B is an open-source model.\r\nSee https://huggingface.co/acme/acme-7b \u2014 caf\u00e9\r\n"
    raw = b"\xef\xbb\xbf" + body.encode("utf-8")
    root = open_weights_repo("", **{"README.md": raw})
    assert _fix(root) == 0
    assert (root / "README.md").read_bytes() == raw.replace(b"open-source model", b"open-weights model")
    after = (root / "README.md").read_bytes()
    assert _fix(root) == 0
    assert (root / "README.md").read_bytes() == after
    assert _fix(root, "--diff") == 0


def test_gb18030_file_stays_gb18030(open_weights_repo):
    text = "# Acme\n\nAcme-7B 是一个开源模型。权重：https://huggingface.co/acme/acme-7b\n"
    root = open_weights_repo("", **{"README.md": text.encode("gb18030")})
    assert _fix(root) == 0
    assert (root / "README.md").read_bytes() == text.replace("开源模型", "开放权重模型").encode("gb18030")


def test_utf16_with_bom_stays_utf16(open_weights_repo):
    text = "# Acme\r\n\r\nAcme-7B is an open-source model: https://huggingface.co/acme/acme-7b\r\n"
    raw = b"\xff\xfe" + text.encode("utf-16-le")
    root = open_weights_repo("", **{"README.md": raw})
    assert _fix(root) == 0
    assert (root / "README.md").read_bytes() == b"\xff\xfe" + text.replace("open-source", "open-weights").encode("utf-16-le")


def test_front_matter_keeps_comments_quotes_and_order(make_repo):
    card = (
        "---\n"
        "# a comment the author wrote\n"
        "language:\n  - en   # English only\n"
        "license: 'apache-2.0'\n"
        "base_model: \"meta-llama/Llama-2-7b-hf\"\n"
        "tags: [chat,   llama]\n"
        "---\n# Acme\n\nA fine-tune.\n"
    )
    root = make_repo({"README.md": card})
    _git(root)
    assert _fix(root) == 0
    assert (root / "README.md").read_text(encoding="utf-8") == card.replace(
        "license: 'apache-2.0'\n", "license: other\nlicense_name: llama2\nlicense_link: https://ai.meta.com/llama/license/\n"
    )


def test_diff_prints_without_writing_and_exits_1(open_weights_repo, capsys):
    root = open_weights_repo("# Acme\n\nAcme-7B is an open-source model: https://huggingface.co/acme/acme-7b\n")
    before = (root / "README.md").read_bytes()
    assert _fix(root, "--diff") == 1
    out = capsys.readouterr().out
    assert "--- a/README.md\n+++ b/README.md\n" in out
    assert "-Acme-7B is an open-source model:" in out and "+Acme-7B is an open-weights model:" in out
    assert (root / "README.md").read_bytes() == before


def test_nothing_to_fix_exits_0(open_weights_repo):
    root = open_weights_repo("# Acme\n\nAcme-7B is an open-weights model: https://huggingface.co/acme/acme-7b\n")
    assert _fix(root, "--diff") == 0
    assert _fix(root) == 0


def test_untracked_files_are_left_alone(make_repo, capsys):
    root = make_repo({"LICENSE": MIT_TEXT, "README.md": "# Acme\n\nAcme-7B is an open-source model: https://huggingface.co/acme/acme-7b\n"})
    _git(root, "LICENSE")
    before = (root / "README.md").read_bytes()
    assert _fix(root) == 0
    assert (root / "README.md").read_bytes() == before
    assert "README.md: not tracked by git" in capsys.readouterr().err


def test_outside_a_git_work_tree_only_diff_works(make_repo, capsys):
    root = make_repo({"LICENSE": MIT_TEXT, "README.md": "# Acme\n\nAcme-7B is an open-source model: https://huggingface.co/acme/acme-7b\n"})
    if subprocess.run(["git", "rev-parse"], cwd=root, capture_output=True).returncode == 0:
        pytest.skip("the temporary folder lies inside a git work tree")
    assert _fix(root) == 2
    assert "not inside a git work tree" in capsys.readouterr().err
    assert _fix(root, "--diff") == 1


def test_a_card_that_is_a_symlink_is_never_written(make_repo, tmp_path):
    outside = tmp_path / "outside.md"
    outside.write_text("# Acme\n\nAcme-7B is an open-source model: https://huggingface.co/acme/acme-7b\n", encoding="utf-8")
    root = make_repo({"LICENSE": MIT_TEXT, "docs/guide.md": "Acme-7B is an open-source model.\n"})
    os.symlink(outside, root / "README.md")
    _git(root)
    before = outside.read_bytes()
    assert _fix(root) == 0
    assert outside.read_bytes() == before
    assert (root / "README.md").is_symlink()


def test_citation_titles_and_other_projects_are_not_rewritten():
    terms = fix.Terms(open_weights=False, licence="the Gemma Terms of Use")
    title = "      title={Skywork: A More Open Bilingual Foundation Model},"
    claim = Claim("C1", "open-model", "Open Bilingual Foundation Model", "README.md", 1, 27, "model", "en", "open-weights", context=title)
    assert fix.edit_for(claim, terms) is None
    line = "Join the open-source community on Discord."
    claim = Claim("C2", "open-source", "open-source", "README.md", 1, 10, "model", "en", "osaid", context=line)
    assert fix.edit_for(claim, terms) is None


@pytest.mark.parametrize(
    "line,text,open_weights,expected",
    [
        ("It is an open-source model.", "open-source", True, "It is an open-weights model."),
        ("It is an open-source model.", "open-source", False, "It is a model available under the X License."),
        ("Open-source LLM for chat.", "Open-source", False, "LLM available under the X License for chat."),
        ("# Acme: An Open Source Model", "Open Source", False, "# Acme: A Model"),
        ("We will open-source the weights.", "open-source", False, "We will release the weights."),
        ("The model is now open-source.", "open-source", False, "The model is now available under the X License."),
        ("an open-source RLHF chatbot", "open-source", False, "an RLHF chatbot available under the X License"),
        ("the open-source model Acme-7B", "open-source", False, "the model Acme-7B"),
        ("our open-source Acme series models", "open-source", False, "our Acme series models available under the X License"),
    ],
)
def test_english_grammar(line: str, text: str, open_weights: bool, expected: str) -> None:
    claim = Claim("C1", "open-source", text, "README.md", 1, line.index(text) + 1, "model", "en", "osaid", context=line)
    edit = fix.edit_for(claim, fix.Terms(open_weights=open_weights, licence="the X License", licence_zh="X License"))
    assert edit is not None
    assert line[: edit.start] + edit.new + line[edit.end :] == expected


def test_open_source_tags_leave_the_front_matter_and_nothing_else_moves(make_repo):
    card = (
        "---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-2-7b-hf\n"
        "tags:\n  - llama\n  - open-source\nextra: [open-source, chat]\n---\n# Acme\n\n- open-source\n"
    )
    root = make_repo({"README.md": card})
    _git(root)
    report = engine.check(root)
    tag = next(c for c in report.claims if c.line == 6)
    assert fix.suggest(tag, report) == "Remove the tag 'open-source' from the front matter"
    assert _fix(root) == 0
    text = (root / "README.md").read_text(encoding="utf-8")
    assert "tags:\n  - llama\nextra: [open-source, chat]\n---\n" in text  # only `tags:` holds claims
    assert "\n  - open-source\n" not in text


def test_flow_style_tags():
    terms = fix.Terms(open_weights=False, licence="the X License")
    for line, expected in (
        ("tags: [llama, open-source, chat]", "tags: [llama, chat]"),
        ("tags: [open-source, chat]", "tags: [chat]"),
        ("tags: [llama, 'open-source']", "tags: [llama]"),
    ):
        claim = Claim("C1", "open-source", "open-source", "README.md", 2, line.index("open-source") + 1, "model", "en", "osaid", context=line)
        edit = fix.edit_for(claim, terms)
        assert edit is not None and line[: edit.start] + edit.new + line[edit.end :] == expected
        assert edit.remediation == "Remove the tag 'open-source' from the front matter"


def test_a_single_file_is_fixed_in_the_context_of_its_repository(make_repo):
    line = "Acme-7B is an open-source model: https://huggingface.co/acme/acme-7b\n"
    root = make_repo({"LICENSE": MIT_TEXT, "README.md": "# Acme\n\n" + line, "docs/intro.md": "# Intro\n\n" + line})
    _git(root)
    assert main(["fix", str(root / "docs" / "intro.md"), "--no-cache"]) == 0
    assert "open-weights model" in (root / "docs" / "intro.md").read_text(encoding="utf-8")
    assert "open-source model" in (root / "README.md").read_text(encoding="utf-8")
