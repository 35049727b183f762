"""The member models of a multi-model release, and the terms the repository states for each.

A repository that ships several models under different terms ("Foo-Small: Apache-2.0,
Foo-Base and Foo-Large: CC-BY-NC-4.0") says which model is under which terms in one of these
ways, each already read as a licence statement by `licenses.scan`; this module only groups them
by the model they name:

- **a licence table**: a row of a table with a licence column that names one of the release's
  own models (`licenses.tables` records the row's model as the declaration's `member`);
- **per-model licence files**: `model_licenses/LICENSE-<name>` (any file under a
  `model_licenses/` or `licenses/` folder), `LICENSE-<name>` / `LICENSE_<name>` at the root, and
  `<name>/LICENSE` — the name is the model's, unless it is a scope word (`LICENSE-MODEL`,
  `LICENSE-CODE`) or a licence's own name (`LICENSE-MIT`, `LICENSE-APACHE`); a folder's
  licence names a member only when the folder is a member found otherwise, or when its name
  names one of the release's own models and the folder holds released weights (a code
  sub-project's LICENSE is not a model's terms);
- **a member's own card**: a model card in a sub-folder whose front matter has `license:` (and
  marks it a model card: `base_model`, `pipeline_tag`, `library_name`, `model-index`,
  `model_name`, or a card's file name); the member is the card's model name or title
  (`identity.card_names`), else the folder's name, and it must name one of the release's own
  models;
- **a prose line** "<Model> is released under <licence>" / "Models prefixed with `<Model>` are governed by
  <licence>" / "<Model> 采用 <licence> 协议" whose
  subject is a proper name that names one of the release's own models (but is not the whole
  release's name) or a member found otherwise. History lines (news, changelog, dated lines) do
  not count.

Members are merged by their normalised name ("Foo-Small", "foo-small", "foo_small"). The
release's own names (`identity.Identity.names`) are never members: "Foo is open" is a claim
about the whole release. `named_in(members, sentence)` says which member a sentence names:
each member's name matched as a whole word run (so "Foo-Smaller" does not name "Foo-Small"),
and a match inside a longer member's match ("Foo-7B" in "Foo-7B-Chat") does not count.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from openwash.lazyre import compile_pattern, lazy_compile, regex

if TYPE_CHECKING:
    from openwash.context import CheckContext
    from openwash.identity import Identity
    from openwash.model import LicenseInfo

MAX_MEMBERS = 200  # a release lists tens of models at most; more is not a model list

# model_licenses/LICENSE-foo-small, licenses/foo-small.txt
_LICENCE_FOLDER = lazy_compile(r"^(?:.*/)?(?:model[_-]?)?licen[cs]es/(?:licen[cs]e[-_. ]?)?(?P<name>[^/]+?)(?:\.(?:txt|md|rst))?$", re.I)
# LICENSE-foo-small, LICENSE_foo_small.txt at the root
_LICENCE_SUFFIX = lazy_compile(r"^licen[cs]e[-_.](?P<name>[^/]+?)(?:\.(?:txt|md|rst))?$", re.I)
# foo-small/LICENSE
_FOLDER_LICENCE = lazy_compile(r"^(?P<name>[^/]+)/(?:licen[cs]e|copying)(?:[-_.][^/]*)?$", re.I)
# Names that scope a licence file or are not models.
_NOT_A_MODEL = lazy_compile(
    r"^(?:models?|weights?|checkpoints?|params|parameters|code|source|software|data|datasets?|corpus|docs?|documentation|"
    r"third[-_ ]?party|3rd[-_ ]?party|thirdparty|notices?|vendor|external|deps|dependencies|examples?|scripts?|src|lib|tools?|"
    r"tests?|agreement|terms|full|original|upstream|old|new|v?\d+(?:\.\d+)*|en|zh|cn|english|chinese|txt|md|rst|"
    r"licen[cs]es?|copying|readme|notice|summary|agreement)$",
    re.I,
)
# "<Model> is released under …", "<Model> weights are licensed under …", "<Model> 采用 … 协议"
_PROSE_SUBJECT = lazy_compile(
    r"^[\s>*_\-+•·]*(?:the\s+)?(?P<name>[A-Za-z][\w.+\-]*(?:\s+[A-Za-z0-9][\w.+\-]*){0,3}?)(?:\s+(?:model|models|weights|checkpoints?))*"
    r"\s+(?:(?:is|are)\s+(?:(?:also|now|both)\s+)?(?:released|licensed|governed\s+by|available|distributed|published|provided|made\s+available)|"
    r"(?:is|are)\s+under|(?:uses|follows))\b",
    re.I,
)
# "Base model checkpoints (`StableCode-Completion-Alpha-3B`) are licensed under …": a description, then the name
_PROSE_SUBJECT_NAMED = lazy_compile(
    r"^[\s>*_\-+•·]*(?:[A-Za-z][\w-]*\s+){1,4}[(（]\s*`?(?P<name>[A-Za-z][\w.+\-]*)`?\s*[)）]"
    r"\s+(?:(?:is|are)\s+(?:(?:also|now|both)\s+)?(?:released|licensed|available|distributed|published|provided|made\s+available)|"
    r"(?:is|are)\s+under)\b",
    re.I,
)
# "Models prefixed with `C-RADIO` are governed by the NVIDIA Open Model License": the models a name prefix marks
_PROSE_SUBJECT_PREFIXED = lazy_compile(
    r"^[\s>*_\-+•·]*(?:the\s+)?(?:models?|checkpoints?|weights)\s+(?:prefixed|named|starting|beginning)\s+with\s+"
    r"[`'\"]?(?P<name>[A-Za-z][\w.+\-]*)[`'\"]?\s+"
    r"(?:(?:is|are)\s+(?:released|licensed|governed\s+by|available|distributed|published|provided|made\s+available)|(?:is|are)\s+under)\b",
    re.I,
)
_PROSE_SUBJECT_ZH = lazy_compile(
    r"^[\s>*_\-+•·]*(?P<name>[A-Za-z][\w.+\-]*(?:\s+[A-Za-z0-9][\w.+\-]*){0,2}?)\s*(?:模型)?\s*(?:的)?\s*(?:模型)?(?:权重|權重)?\s*"
    r"(?:采用|採用|使用|遵循|遵守|基于|基於|以)"
)


@dataclass
class Member:
    """One model of a multi-model release and the statements of its terms."""

    name: str  # as first written ("Foo-Small")
    key: str  # normalised ("foosmall")
    terms: list[LicenseInfo] = field(default_factory=list)
    card: str | None = None  # the member's own card, when it has one
    pattern: re.Pattern[str] | None = field(default=None, repr=False, compare=False)


def of(ctx: CheckContext) -> list[Member]:
    """The release's members with stated terms, computed once per check (`ctx.facts["members"]`)."""
    cached = ctx.facts.get("members")
    if isinstance(cached, list):
        return cached
    from openwash import identity

    own = identity.of(ctx)
    found: dict[str, Member] = {}
    prose: list[LicenseInfo] = []
    named_files: list[tuple[str, LicenseInfo]] = []
    cards: list[LicenseInfo] = []
    folder_files: list[tuple[str, LicenseInfo]] = []
    for lic in ctx.licenses:
        if lic.family == "unknown" and lic.key is None and not lic.riders:
            continue
        if lic.applies_to and "weights" not in lic.applies_to:
            continue  # the code's or the data's licence says nothing of a model's terms
        member = lic.properties.get("member")
        if lic.source == "table" and isinstance(member, str):
            _add(found, own, member, lic)
        elif lic.source == "license-file":
            name, from_folder = _file_member(lic.path)
            if name is not None and from_folder:
                folder_files.append((name, lic))
            elif name is not None:
                named_files.append((name, lic))
        elif lic.source == "front-matter" and "/" in lic.path and "weights" in lic.applies_to:
            cards.append(lic)
        elif lic.source == "prose":
            prose.append(lic)
    # Tables and cards first: they write the model's name as its authors do ("Foo-Small", not "foo-small").
    for lic in cards:
        _add_card(ctx, found, own, lic)
    for name, lic in named_files:
        _add(found, own, name, lic)
    for name, lic in folder_files:
        if _key(name) in found or (own.mentions_own_name(name) and _holds_weights(ctx, posixpath.dirname(lic.path))):
            _add(found, own, name, lic)
    for lic in prose:
        part = lic.properties.get("part")
        if lic.properties.get("form") == "hub-item" and isinstance(part, str):
            _add(found, own, part.rsplit("/", 1)[-1], lic)  # a list item naming a Hub model of the release and its licence
            continue
        name = _prose_member(ctx, lic, own, found)
        if name is not None:
            _add(found, own, name, lic)
    members = [m for m in found.values() if m.terms][:MAX_MEMBERS]
    ctx.facts["members"] = members
    return members


def _holds_weights(ctx: CheckContext, folder: str) -> bool:
    """The folder holds released weights (a code sub-project's LICENSE is not a model's terms)."""
    weights = ctx.components.get("model-parameters-final")
    return weights is not None and any(loc.path.startswith(folder + "/") for loc in weights.evidence)


def _key(name: str) -> str:
    from openwash.identity import normal_name

    return normal_name(name)


def _add(found: dict[str, Member], own: Identity, name: str, lic: LicenseInfo, card: str | None = None) -> None:
    key = _key(name)
    if len(key) < 3 or key in own.names or len(found) >= MAX_MEMBERS and key not in found:
        return  # the whole release's name is not one of its members
    member = found.setdefault(key, Member(name.strip(), key))
    if lic not in member.terms:
        member.terms.append(lic)
    if card is not None and member.card is None:
        member.card = card


def _file_member(path: str) -> tuple[str | None, bool]:
    """The model a licence file is named for, and whether the name comes from its folder."""
    for pattern, from_folder in ((_LICENCE_FOLDER, False), (_LICENCE_SUFFIX, False), (_FOLDER_LICENCE, True)):
        match = pattern.match(path)
        if match is None:
            continue
        name = match.group("name").strip(" -_.")
        if not name or _NOT_A_MODEL.match(name) or _licence_name(name):
            return None, False
        return name, from_folder
    return None, False


def _licence_name(name: str) -> bool:
    """`LICENSE-MIT`, `LICENSE-APACHE`, `LICENSE-CC-BY-NC-4.0`: a licence's own name, not a model's."""
    from openwash.licenses import declarations

    if declarations.resolve(name) is not None or declarations.resolve(name.replace("_", "-")) is not None:
        return True
    return bool(re.match(r"^(?:apache|mit|bsd|gpl|lgpl|agpl|mpl|cc[-_ ]?by|cc0|openrail|llama|gemma|epl|isc|unlicense)", name, re.I))


def _add_card(ctx: CheckContext, found: dict[str, Member], own: Identity, lic: LicenseInfo) -> None:
    """A sub-folder card's `license:` states its model's terms; its model is named by the card or its folder."""
    from openwash.identity import card_names

    doc = ctx.document(lic.path)
    if doc is None:
        return
    folder = posixpath.basename(posixpath.dirname(lic.path))
    names = [n for n in card_names(doc) if len(_key(n)) >= 3 and _key(n) not in own.names] if doc.is_markdown else []
    name = names[0] if names else folder
    if not name or _NOT_A_MODEL.match(name) or not (own.mentions_own_name(name) or own.mentions_own_name(folder) or _key(name) in found):
        return  # a card about something else (a demo, a dataset, a third-party model) is not a member's
    _add(found, own, name, lic, card=lic.path)


def _prose_member(ctx: CheckContext, lic: LicenseInfo, own: Identity, found: dict[str, Member]) -> str | None:
    """The model a prose licence line is about, when its subject names exactly one of the release's models."""
    from openwash.claims.whose import names_a_party
    from openwash.profiles.terms import is_history

    doc = ctx.document(lic.path)
    if doc is None or lic.line < 1 or lic.line > len(doc.lines) or is_history(ctx, lic.path, lic.line):
        return None
    text = doc.line_text(lic.line)
    match = _PROSE_SUBJECT.match(text) or _PROSE_SUBJECT_NAMED.match(text) or _PROSE_SUBJECT_PREFIXED.match(text) or _PROSE_SUBJECT_ZH.match(text)
    if match is None:
        return None
    name = match.group("name").strip(" .-_*")
    key = _key(name)
    if key in found:
        return name
    if names_a_party(name) is None or not own.mentions_own_name(name) or key in own.names:
        return None
    return name


def _pattern(member: Member) -> re.Pattern[str]:
    """The member's name as a whole run of words, any of ` -_.` between its letter and digit runs."""
    parts = regex(r"[0-9a-z\u4e00-\u9fff]+").findall(member.name.lower())  # a CJK range: from the cache of compiled programs
    body = r"[\s\-_.]*".join(re.escape(p) for p in parts) if parts else re.escape(member.key)
    # Built from the repository's text: not kept in the user cache. What may not come before the name
    # (`_BEFORE_NAME`) is checked outside it: a CJK range costs `re` milliseconds to compile each time.
    return compile_pattern(rf"(?:{body})(?![0-9a-z]|[\-_.][0-9a-z])", re.I, remember=False)


# A letter, digit or CJK character: a name that follows one is part of a longer word.
_BEFORE_NAME = lazy_compile(r"[0-9a-z\u4e00-\u9fff]", re.I)


def _names(pattern: re.Pattern[str], low: str) -> Iterator[re.Match[str]]:
    """`finditer` of the name with `(?<![0-9a-z\u4e00-\u9fff])` in front: a match right after a
    letter, digit or CJK character is skipped and the search goes on from the next position."""
    position = 0
    while (match := pattern.search(low, position)) is not None:
        start = match.start()
        if start and _BEFORE_NAME.match(low, start - 1):
            position = start + 1
            continue
        yield match
        position = match.end() if match.end() > start else start + 1


def named_in(members: list[Member], sentence: str) -> list[Member]:
    """The members a sentence names, each once, in the order it names them."""
    if not members or not sentence:
        return []
    spans: list[tuple[int, int, Member]] = []
    low = sentence.lower()
    for member in members:
        if member.pattern is None:
            member.pattern = _pattern(member)
        for match in _names(member.pattern, low):
            spans.append((match.start(), match.end(), member))
    kept = [
        span for span in spans
        if not any(other is not span and other[0] <= span[0] and span[1] <= other[1] and (other[1] - other[0]) > (span[1] - span[0]) for other in spans)
    ]
    out: list[Member] = []
    for _start, _end, member in sorted(kept, key=lambda s: s[0]):
        if member not in out:
            out.append(member)
    return out
