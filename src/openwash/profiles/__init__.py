"""Profiles (OSAID, MOF, open weights, EU AI Act), the verdict, and the judgement of every claim.

The policy is DOMAIN.md §8: a claim is *backed* when the evidence meets the definition its
wording implies, *overreach* when the repository's own evidence contradicts it (restrictive
terms, gated weights, a required component plainly missing), and *unproven* when the
evidence is merely insufficient (reported as a warning, never as overreach).

Modules: `terms` decides which terms govern the weights (and which statement is current),
`verdict` decides the profiles and the release-level verdict, `judge` decides each claim.
"""

from __future__ import annotations

from openwash.profiles.judge import governs_prose_licence
from openwash.profiles.terms import (
    BACKED,
    NO_COMMERCIAL_FAMILIES,
    OBTAINABLE,
    OVERREACH,
    TIER_LICENSE_TEXT,
    TIER_MAIN_CARD,
    TIER_OTHER,
    UNPROVEN,
    TermPart,
    WeightsTerms,
    current_bases,
    is_history,
    most_restrictive,
    statement_tier,
    weights_terms,
)
from openwash.profiles.verdict import evaluate

__all__ = [
    "BACKED", "NO_COMMERCIAL_FAMILIES", "OBTAINABLE", "OVERREACH", "TIER_LICENSE_TEXT", "TIER_MAIN_CARD", "TIER_OTHER",
    "UNPROVEN", "TermPart", "WeightsTerms", "current_bases", "evaluate", "governs_prose_licence", "is_history",
    "most_restrictive", "statement_tier", "weights_terms",
]
