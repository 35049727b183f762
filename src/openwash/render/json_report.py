"""`--format json`: the schema_version 1 contract (see model.Report.to_dict)."""

from __future__ import annotations

import json
from typing import Any

from openwash.model import Report


def render(report: Report, **_options: Any) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
