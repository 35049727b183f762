"""evidence + profiles: an API-only "open" model (overreach: it plainly lacks the weights) and login
portals / account gates in front of the weights (gated → overreach), with their look-alikes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from conftest import MIT_TEXT, check_json
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_evidence import POINTER, build_ctx, comp

from openwash.evidence import documents as evidence_documents
from openwash.evidence import findings as evidence_findings
from openwash.evidence import gates as evidence_gates
from openwash.evidence import weights as evidence_weights
from openwash.licenses import declarations as decl


def weights(ctx: Any) -> Any:
    return comp(ctx, "model-parameters-final")


def claim_at(report: dict[str, Any], line: int) -> dict[str, Any]:
    found = [c for c in report["claims"] if c["line"] == line and c["subject"] != "code"]
    assert found, report["claims"]
    return found[0]


# --- API-only releases --------------------------------------------------------------------------

NOVA_API_README = """# Nova client

Nova-2 is our open language model. Developers reach it via the Nova API.

## Setup

```sh
pip install nova-client
export NOVA_API_KEY=sk-...
```

## Pricing

| Model | Price (USD per 1M tokens) |
|---|---|
| nova-2 | 0.50 |
"""


def test_a_paid_api_with_an_sdk_and_no_weights_is_an_api_only_release(make_repo: Any) -> None:
    ctx = build_ctx(make_repo({"README.md": NOVA_API_README, "LICENSE": MIT_TEXT, "nova/client.py": "x = 1\n"}))
    fact = ctx.facts["api_only"]
    assert fact is not None and (fact["path"], fact["line"]) == ("README.md", 3)
    assert {(s["kind"], s["line"]) for s in fact["signals"]} == {("via-api", 3), ("sdk", 8), ("api-key", 9), ("pricing", 14)}
    w = weights(ctx)
    assert not w.present and w.availability == "absent"
    assert "offered only through an API (README.md:3" in (w.note or "")


def test_an_open_model_claim_on_an_api_only_release_is_overreach(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    report = check_json(make_repo({"README.md": NOVA_API_README, "LICENSE": MIT_TEXT}), capsys)
    claim = claim_at(report, 3)
    assert claim["profile"] == "open-weights" and claim["status"] == "overreach"
    assert "only through an API" in claim["reason"] and "publish the weights under open terms" in claim["reason"]
    assert report["verdict"]["overreach"] is True and report["verdict"]["open_weights"] is False
    assert [f["rule"] for f in report["findings"] if f["line"] == 3] == ["OW102"]


def test_an_open_source_claim_on_an_api_only_release_is_contradicted_on_the_parameters(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    readme = (
        "# Vega\n\nVega is a fully open-source model, available only through our API.\n\n"
        "## Training\n\nSee train.py. The model was trained on 2T tokens of public web text and code.\n"
    )
    report = check_json(make_repo({"README.md": readme, "LICENSE": MIT_TEXT, "train.py": "x = 1\n", "model.py": "x = 1\n"}), capsys)
    claim = claim_at(report, 3)
    assert claim["profile"] == "osaid" and claim["status"] == "overreach"
    assert "parameters: the model is offered only through an API" in claim["reason"]
    assert report["verdict"]["osaid"] == "non-conformant"


def test_one_explicit_statement_is_enough(make_repo: Any) -> None:
    readme = "# Orion\n\nOrion is an open model. It is available exclusively through the Orion cloud API.\n"
    fact = build_ctx(make_repo({"README.md": readme})).facts["api_only"]
    # No key and no price: the explicit statement alone decides.
    assert fact is not None and {s["kind"] for s in fact["signals"]} == {"api-only", "via-api"}


def test_chinese_api_only_release(make_repo: Any) -> None:
    readme = "# 星河\n\n星河是我们的开源大模型，开发者可通过API调用。\n\n## 价格\n\n按token计费，详见官网。\n"
    fact = build_ctx(make_repo({"README.md": readme})).facts["api_only"]
    assert fact is not None and {s["kind"] for s in fact["signals"]} == {"via-api", "pricing"}


@pytest.mark.parametrize(
    "extra",
    [
        pytest.param({"README.md": NOVA_API_README + "\nThe weights are also on https://huggingface.co/nova-ai/nova-2\n"}, id="hub-link"),
        pytest.param({"nova-2.safetensors": POINTER}, id="lfs-pointer"),
        pytest.param({"weights/nova-2.pt": b"\x00" * 2048}, id="weight-file"),
        pytest.param({"download_weights.sh": "echo\n"}, id="download-script"),
        pytest.param({"README.md": NOVA_API_README + "\n## Weights\n\nLog in to our portal to download the checkpoints.\n"}, id="gated-route"),
        pytest.param({"README.md": "---\nlicense: mit\ngated: manual\n---\n" + NOVA_API_README}, id="hub-gate"),
        pytest.param({".openwash.yml": "external:\n  weights: https://models.example.org/nova-2\n"}, id="external-config"),
    ],
)
def test_any_weights_evidence_means_not_api_only(make_repo: Any, extra: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    # A README that documents an optional hosted API next to downloadable (or gated) weights is not API-only.
    root = make_repo({"README.md": NOVA_API_README, "LICENSE": MIT_TEXT, **extra})
    report = check_json(root, capsys)
    assert "only through an API" not in (claim_at(report, report["claims"][0]["line"])["reason"] or "")
    assert report["components"]["model-parameters-final"]["present"]
    if ".openwash.yml" not in extra:
        assert build_ctx(root).facts["api_only"] is None


@pytest.mark.parametrize(
    "readme",
    [
        # One weak signal: a hosted demo API mentioned once.
        "# Lyra\n\nLyra is an open model. You can try it via the Hugging Face Inference API.\n",
        # A self-hosted OpenAI-compatible server: an API and a client, but no key and no price.
        (
            "# Lyra\n\nLyra is an open model. Serve it through the OpenAI-compatible API:\n\n"
            "```python\nreply = client.chat.completions.create(model='lyra', messages=[])\n```\n"
        ),
        # A library that happens to have "api" in its name.
        "# Lyra\n\nLyra is an open model.\n\n```sh\npip install fastapi\n```\n\nPriced per 1M tokens? No: it is free.\n",
    ],
    ids=["inference-api-mention", "self-hosted-server", "fastapi"],
)
def test_weak_api_signals_leave_the_claim_unproven(make_repo: Any, readme: str, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": readme})
    assert build_ctx(root).facts["api_only"] is None
    claim = claim_at(check_json(root, capsys), 3)
    assert claim["status"] == "unproven" and "no weights are released or linked" in claim["reason"]


# --- account and login gates in front of the weights ---------------------------------------------

PORTAL_README = """# ReefNet

ReefNet is an open model for coral segmentation.

## Checkpoints

| Model | Weights |
|---|---|
| ReefNet-B | [link](https://hub.reefnet.org/m/reefnet-b) |

Checkpoints can be downloaded after you sign up on the ReefNet hub with a verified
academic account; new accounts are reviewed by our staff.
"""


def test_a_sign_up_portal_for_the_checkpoints_gates_the_weights(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": PORTAL_README, "LICENSE": MIT_TEXT})
    ctx = build_ctx(root)
    w = weights(ctx)
    assert w.present and w.availability == "gated"
    assert [(s["kind"], s["line"], s["gate"]) for s in ctx.facts["weights_links"]] == [("request", 11, "sign up")]
    claim = claim_at(check_json(root, capsys), 3)
    assert claim["status"] == "overreach" and "request form or login" in claim["reason"]


@pytest.mark.parametrize(
    "sentence,phrase",
    [
        ("To download the weights, register on our portal and wait for approval.", "register"),
        ("Create a free account on models.example.org to get the checkpoints.", "Create a free account"),
        ("The checkpoints are available to institutional accounts only.", "institutional accounts"),
        ("You must accept the terms of use before you can download the model.", "accept the terms of use"),
        ("Log in to the portal to download the checkpoints.", "Log in"),
        ("模型权重需登录官网并完成实名认证后下载。", "登录"),
        ("请先注册账号，审核后方可获取模型权重。", "注册"),
    ],
)
def test_account_gates_on_getting_the_weights_are_gated_routes(make_repo: Any, sentence: str, phrase: str) -> None:
    ctx = build_ctx(make_repo({"README.md": f"# M\n\n## Weights\n\n{sentence}\n"}))
    assert weights(ctx).availability == "gated"
    assert [(s["kind"], s["gate"]) for s in ctx.facts["weights_links"]] == [("request", phrase)]


def test_terms_of_use_gate_a_direct_weights_link(make_repo: Any) -> None:
    readme = "# M\n\n## Download\n\nAccept the terms of use, then download the weights: https://cdn.example.org/m.pth\n"
    ctx = build_ctx(make_repo({"README.md": readme}))
    assert weights(ctx).availability == "gated"
    assert ctx.facts["gated"][0]["phrase"] == "Accept the terms of use"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sign in to GitHub to open an issue if the model download fails.",
        "Sign up for our newsletter to hear about new models.",
        "Registration is required for commercial use of the weights; download them below.",
        "Sign in to the API console to get an API key for the hosted model.",
        "Sign in to Hugging Face to download the base model weights (Llama 2) first.",
        "Our team registered the model name as a trademark.",
    ],
)
def test_account_words_about_something_else_do_not_gate_the_weights(make_repo: Any, sentence: str) -> None:
    readme = f"# M\n\n## Weights\n\n{sentence}\nDownload the weights from https://huggingface.co/acme/m-7b\n"
    ctx = build_ctx(make_repo({"README.md": readme}))
    assert weights(ctx).availability == "external"
    assert ctx.facts["gated"] == [] and ctx.facts["gating_phrases"] == []


def test_an_account_sentence_is_read_across_a_wrapped_line_but_not_across_a_heading(make_repo: Any) -> None:
    wrapped = "# M\n\n## Weights\n\nTo fetch a checkpoint you must\nsign in with an approved account.\n"
    assert weights(build_ctx(make_repo({"README.md": wrapped}))).availability == "gated"
    split = "# M\n\nWe publish checkpoints.\n\n## Community\nSign in to join the discussion.\n"
    assert not weights(build_ctx(make_repo({"README.md": split}))).present


# --- the line prefilters are exact ---------------------------------------------------------------

_HYP = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


def test_every_account_gate_match_holds_a_gate_keyword() -> None:
    words = evidence_documents._LINE_CHECK_WORDS["gate"]

    @_HYP
    @given(st.from_regex(re.compile(evidence_gates._ACCOUNT_GATE.pattern, evidence_gates._ACCOUNT_GATE.flags)))
    def holds(text: str) -> None:
        match = evidence_gates._ACCOUNT_GATE.search(text)
        assert match is not None and any(w in decl.fold_case(match.group(0)) for w in words), match.group(0)

    holds()


@pytest.mark.parametrize("kind", [kind for kind, _ in evidence_weights._API_SIGNALS])
def test_every_api_signal_match_holds_an_api_keyword(kind: str) -> None:
    pattern = dict(evidence_weights._API_SIGNALS)[kind]
    keywords = decl.keyword_pattern(evidence_weights._API_WORDS)

    @_HYP
    @given(st.from_regex(re.compile(pattern.pattern, pattern.flags)))
    def holds(text: str) -> None:
        match = pattern.search(text)
        assert match is not None and keywords.search(match.group(0)), match.group(0)

    holds()


def test_the_keyword_scan_finds_the_account_gates_every_line_finds(tmp_path: Path) -> None:
    from openwash import documents

    (tmp_path / "README.md").write_text(PORTAL_README + "\n## Weights\n\n请先注册账号，审核后方可获取模型权重。\n", encoding="utf-8")
    doc = documents.load(tmp_path, "README.md", documents.CARD)
    assert isinstance(doc, documents.Document)
    scans = []
    for every_line in (False, True):
        found, builder = evidence_findings._Findings(), evidence_findings._Builder()
        evidence_documents._scan_document(doc, found, builder, every_line=every_line)
        scans.append((found.gates, [s.to_fact() for s in found.sites]))
    assert scans[0] == scans[1] and [g["phrase"] for g in scans[0][0]] == ["sign up", "academic account", "注册"]
