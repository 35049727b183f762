"""Licence columns of tables: each row that names one of the release's own models states that model's terms."""

from __future__ import annotations

from typing import Any

from openwash import engine

CARD = """# OpenChat

OpenChat is a library of open-source language models.

| Model | Download | License |
|---|---|---|
| openchat-3.6 | [openchat/openchat-3.6-8b](https://huggingface.co/openchat/openchat-3.6-8b) | Llama 3 |
| openchat-3.5 | [openchat/openchat-3.5](https://huggingface.co/openchat/openchat-3.5) | Apache 2.0 |

|  | License | MMLU |
|---|---|---|
| **OpenChat-3.5** | Apache-2.0 | 65.8 |
| Grok-1 | Proprietary | 73 |
"""
GIT = '[remote "origin"]\n\turl = https://github.com/imoneoi/openchat.git\n'


def test_each_own_model_row_declares_its_weights_terms_and_other_models_rows_do_not(make_repo: Any) -> None:
    report = engine.check(make_repo({"README.md": CARD, ".git/config": GIT}))
    rows = sorted((info.line, info.key) for info in report.licenses if info.source == "table")
    assert rows == [(7, "llama3"), (8, "apache-2.0"), (12, "apache-2.0")], rows
    assert report.verdict.weights_license_family == "vendor-community", "a collective claim is judged by the most restrictive model"
    assert report.verdict.overreach


def test_without_knowing_the_release_s_own_names_tables_declare_nothing(make_repo: Any) -> None:
    from openwash.licenses import tables

    report_ctx = engine.check(make_repo({"docs/models.md": CARD.replace("# OpenChat", "# Models")}))
    assert [i for i in report_ctx.licenses if i.source == "table"] == []
    assert tables.from_tables is not None
