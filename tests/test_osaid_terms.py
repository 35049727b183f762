"""OSAID's conditions that are easy to get wrong: open-data terms for the weights, partly withheld data."""

from __future__ import annotations

from typing import Any

from conftest import MIT_TEXT

from openwash import engine

FULL = (
    "# Acme-7B\n\n## Training\n\nTraining code is in `train.py`; the model was pre-trained on FineWeb-Edu (1T tokens).\n\n"
    "## Weights\n\nDownload the weights from https://huggingface.co/acme/acme-7b.\n\n"
)


def test_weights_under_an_open_data_licence_are_not_osi_approved_terms(make_repo: Any) -> None:
    card = FULL + "## License\n\nThe code is released under the MIT License. The model weights are released under CC BY-SA 4.0.\n"
    report = engine.check(make_repo({"README.md": card, "LICENSE": MIT_TEXT, "train.py": "# training loop\n", "model.py": "# model\n"}))
    assert report.verdict.weights_license_family == "open-data"
    assert report.verdict.osaid == "insufficient-evidence"
    assert any("open data licence" in m for m in report.profiles["osaid"].missing)


def test_internal_training_data_leaves_data_information_incomplete(make_repo: Any) -> None:
    card = FULL.replace("FineWeb-Edu (1T tokens).", "FineWeb-Edu (1T tokens) and internal datasets that are not publicly available.")
    card += "## License\n\nThe code and the model weights are released under the MIT License.\n"
    report = engine.check(make_repo({"README.md": card, "LICENSE": MIT_TEXT, "train.py": "# training loop\n", "model.py": "# model\n"}))
    assert report.verdict.osaid == "insufficient-evidence"
    assert any("internal or unreleased" in m for m in report.profiles["osaid"].missing)
