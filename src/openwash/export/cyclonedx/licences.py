"""How a licence is written in the CycloneDX document: an SPDX id as `id`; anything else (LicenseRef-…,
expressions, vendor terms, a licence of the knowledge base without an SPDX id, a dataset's terms) by
`name`, with the URL of its text when one is known.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from openwash.model import LicenseInfo

if TYPE_CHECKING:
    from cyclonedx.model.license import DisjunctiveLicense


def _licence_url(info: LicenseInfo | None) -> str | None:
    if info is None:
        return None
    for key in ("url", "link", "license_link", "text_url"):
        value = info.properties.get(key)
        if isinstance(value, str) and re.match(r"^https?://\S+$", value.strip()):
            return value.strip()
    return None


def _licence(raw: str, info: LicenseInfo | None, acknowledgement: Any) -> DisjunctiveLicense | None:
    """An SPDX id as `id`, anything else (LicenseRef-…, expressions, vendor terms) by `name`."""
    from cyclonedx import spdx
    from cyclonedx.model import XsUri
    from cyclonedx.model.license import DisjunctiveLicense

    if not raw or raw.strip().lower() in ("unknown", "noassertion", "none", "other"):
        return None
    fixed = spdx.fixup_id(raw.strip())
    url = _licence_url(info)
    if fixed is not None:
        return DisjunctiveLicense(id=fixed, acknowledgement=acknowledgement)
    name = info.name if info is not None and info.name and info.id == raw else raw
    return DisjunctiveLicense(name=name[:200], url=XsUri(url) if url else None, acknowledgement=acknowledgement)


def _knowledge_licence(key: str) -> DisjunctiveLicense | None:
    """A licence of the knowledge base by its key: the SPDX id when it has one, else its name and source."""
    from cyclonedx.model import XsUri
    from cyclonedx.model.license import DisjunctiveLicense

    from openwash.licenses import knowledge

    entry = knowledge.entry(key)
    if entry is None:
        return _licence(key, None, None)
    if entry.spdx:
        made = _licence(entry.spdx, None, None)
        if made is not None:
            return made
    return DisjunctiveLicense(name=entry.name[:200], url=XsUri(entry.source) if entry.source.startswith("https://") else None)


def _named_licence(terms: str, source: str) -> DisjunctiveLicense:
    from cyclonedx.model import XsUri
    from cyclonedx.model.license import DisjunctiveLicense

    return DisjunctiveLicense(name=terms[:200], url=XsUri(source) if source.startswith("https://") else None)
