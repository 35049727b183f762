"""Every licence file and declaration in a repository, identified.

STUB: replaced by the licences owner. Contract: `identify_repository(ctx) -> list[LicenseInfo]`.
"""

from __future__ import annotations

from openwash.context import CheckContext
from openwash.model import LicenseInfo


def identify_repository(ctx: CheckContext) -> list[LicenseInfo]:
    return []
