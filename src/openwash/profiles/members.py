"""A claim that names one model of a multi-model release is judged by that model's terms.

The release-level verdict (`weights_license_family`, `open_weights`, `osaid`) and every claim
about the release as a whole ("the Foo models are open weights", "our open-source models")
are judged by the most restrictive part, as the Open Source AI Gap Map does. A sentence that
names exactly one of the release's members (`licenses.members`) — "Foo-Small is released
under Apache 2.0 and is open-weights", "Foo-Small 完全开源" — is judged by the terms the
repository states for that member, each cited in the claim's reason; a claim in a member's own
card that names no other member is judged by that card's member. A sentence naming two or more
members, or none, keeps the most restrictive part: the release's terms, or, when nothing states
the release's terms as a whole but members' terms are stated, the most restrictive member's when
they are not open (a restrictive part contradicts the claim; open parts do not prove the whole).

The member's terms are its own statements plus whatever the release inherits from a base model
(a derivative cannot relax its base's terms); the weights' availability (gate, API only) is the
release's. The claim's `member` field names the member it was judged against.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openwash.model import OPEN_FAMILIES
from openwash.profiles.terms import WeightsTerms, add_part, add_statement, settle

if TYPE_CHECKING:
    from openwash.context import CheckContext
    from openwash.licenses.members import Member
    from openwash.model import Claim, Component

# The claims about the weights' terms; claims about access, code, data and licence declarations keep their own judgement.
_BY_TERMS = frozenset({"osaid", "open-weights", "commercial-use"})
_SENTENCE_END = ("。", "！", "？", "；", ". ", "! ", "? ", "; ")


def judge_by_member(
    ctx: CheckContext,
    claim: Claim,
    release: WeightsTerms,
    weights: Component,
    obtainable: bool,
    code_family: str | None,
    api_only: dict[str, Any] | None,
) -> bool:
    """Judge `claim` by the one member it names; False when it names none (or several): judge it as today."""
    if claim.profile not in _BY_TERMS or claim.subject in ("code", "data"):
        return False
    from openwash.licenses import members as members_mod

    members = members_mod.of(ctx)
    member = _named_member(ctx, claim, members)
    collective = member is None
    if member is None:
        if release.family not in (None, "unknown") or not members:
            return False
        # Nothing states the release's terms as a whole, but each model's are stated ("Foo-Small is released
        # under Apache 2.0", "Foo-Base 采用 CC BY-NC 4.0 协议"): a collective claim takes the most restrictive of them.
        member = members_mod.Member("its models", "", [lic for m in members for lic in m.terms])
    terms = member_terms(member, release)
    if terms.family in (None, "unknown"):
        return False  # nothing identifies the member's terms: the release's terms decide
    if collective and terms.family in OPEN_FAMILIES:
        return False  # open stated parts do not make the whole open: a model whose terms nothing states may not be
    from openwash.profiles.judge import _judge
    from openwash.profiles.verdict import osaid_status

    gated = weights.availability == "gated"
    osaid, details = osaid_status(ctx, terms, weights, api_only, code_family)
    open_weights = obtainable and terms.family in OPEN_FAMILIES
    _judge(ctx, claim, terms, osaid, open_weights, gated, obtainable, code_family, api_only, osaid_details=details)
    cited = "; ".join(f"{lic.path}:{lic.line} ({lic.name})" for lic in member.terms)
    if collective:
        claim.reason = f"{claim.reason} (judged by the most restrictive terms its models are stated to have: {cited})"
        return True
    claim.member = member.name
    from openwash import fix

    name = fix.name_among(member.terms, terms.family or "unknown")
    claim.member_terms = fix.Terms(open_weights=open_weights, licence=fix.with_article(name) if name else None, licence_zh=name)
    ctx.facts.setdefault("member_osaid", {})[claim.id] = details
    claim.reason = f"{claim.reason} (judged by the terms of {member.name}, the model it names: {cited})"
    return True


def _named_member(ctx: CheckContext, claim: Claim, members: list[Member]) -> Member | None:
    if not members:
        return None
    from openwash.licenses.members import named_in

    named = named_in(members, sentence_of(claim))
    if len(named) == 1:
        return named[0]
    if not named:
        # A claim in a member's own card is about that member ("This model is open weights").
        own_card = [m for m in members if m.card == claim.path]
        if len(own_card) == 1:
            return own_card[0]
    return None


def sentence_of(claim: Claim) -> str:
    """The sentence of the claim's line that holds the claim (the line when it cannot tell)."""
    line = claim.context or claim.text
    at = max(0, min(len(line), claim.column - 1))
    start = max(line.rfind(end, 0, at) + len(end) if line.rfind(end, 0, at) >= 0 else 0 for end in _SENTENCE_END)
    ends = [line.find(end, at) for end in _SENTENCE_END]
    stop = min((e for e in ends if e >= 0), default=len(line))
    return line[start : stop + 1]


def member_terms(member: Member, release: WeightsTerms) -> WeightsTerms:
    """The terms of one member: its own statements, plus what the release inherits from a base model."""
    terms = WeightsTerms()
    families: list[str] = []
    governing: list[tuple[str, str]] = []
    for lic in member.terms:
        add_statement(terms, families, governing, lic, "stated", f"{lic.path}:{lic.line} ({lic.name})")
    for part in release.parts:
        if part.origin == "base":
            add_part(terms, families, governing, part.family, None, part)  # inherited: counts for the family, never governs the name
    return settle(terms, families, governing)
