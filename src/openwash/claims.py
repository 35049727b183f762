"""Openness claims in prose (English and Chinese), front matter and badges.

STUB: replaced by the claims owner. Contract: `extract(doc) -> list[Claim]` for one
document, `extract_all(docs)` numbers them C1, C2, … in document order.
"""

from __future__ import annotations

from openwash.documents import Document
from openwash.model import Claim


def extract(doc: Document) -> list[Claim]:
    return []


def extract_all(docs: list[Document]) -> list[Claim]:
    claims: list[Claim] = []
    for doc in docs:
        claims.extend(extract(doc))
    for number, claim in enumerate(claims, 1):
        claim.id = f"C{number}"
    return claims
