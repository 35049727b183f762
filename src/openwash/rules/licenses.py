"""Rules OW2xx: licence identification and consistency.

They read `ctx.licenses` (built by `openwash.licenses.scan`) and, for OW205, the prose of
the Markdown documents: card vs licence file, ambiguous family keys, permissive licences
with riders, licence files nobody can identify, and licences called "open source" (开源协议)
whose terms are not.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from openwash.context import CheckContext
from openwash.documents import resolve_link
from openwash.lazyre import lazy_compile, regex
from openwash.model import FAMILY_RESTRICTIVENESS, OPEN_FAMILIES, Finding, LicenseInfo
from openwash.rules import rule

LICENSE_SOURCE = (
    "the licence texts themselves; SPDX License List (https://spdx.org/licenses/); "
    "Hugging Face licence keys (https://huggingface.co/docs/hub/repositories-licenses) (a permissive licence plus a rider is not that licence)"
)
FILE_SOURCES = ("license-file", "use-policy")


def _files(ctx: CheckContext) -> dict[str, list[LicenseInfo]]:
    files: dict[str, list[LicenseInfo]] = {}
    for info in ctx.licenses:
        if info.source in FILE_SOURCES:
            files.setdefault(info.path, []).append(info)
    return files


def _known(info: LicenseInfo) -> bool:
    return info.id != "unknown" and info.family != "unknown" or bool(info.key and info.key not in ("unknown", "other"))


def _agree(declared: LicenseInfo, actual: LicenseInfo) -> bool:
    """Same licence, or an ambiguous family key whose family matches (OW202 reports that)."""
    if declared.key and declared.key == actual.key:
        return True
    if declared.id == actual.id:
        return True
    if declared.ambiguous and declared.family in (actual.family, "unknown"):
        return True
    base = actual.properties.get("base_license")
    return bool(base and base == declared.id and not actual.riders)


def _linked_infos(decl: LicenseInfo, files: dict[str, list[LicenseInfo]]) -> list[LicenseInfo]:
    target = decl.properties.get("link_target")
    if isinstance(target, str):
        return files.get(target, [])
    link = decl.properties.get("link")
    path = resolve_link(decl.path, link) if isinstance(link, str) else None
    return files.get(path, []) if path is not None else []


def _sibling_files(decl: LicenseInfo, files: dict[str, list[LicenseInfo]]) -> list[LicenseInfo]:
    """Licence files beside the card (its folder, else the root) that may speak for the weights."""
    folder = posixpath.dirname(decl.path)
    for directory in dict.fromkeys((folder, "")):
        found = [
            info
            for path, infos in files.items()
            if posixpath.dirname(path) == directory
            for info in infos
            if info.source == "license-file" and ("weights" in info.applies_to or not info.applies_to)
        ]
        if found:
            # A licence file meant for the weights (MODEL_LICENSE) speaks louder than an unscoped one.
            scoped = [info for info in found if "weights" in info.applies_to]
            return scoped or found
    return []


def _files_covering(decl: LicenseInfo, files: dict[str, list[LicenseInfo]]) -> list[LicenseInfo]:
    """Licence files beside the document (its folder, else the root) that cover what a label line names.

    An unscoped label ("License: MIT") speaks for the release, as an unscoped file does; a scoped
    one ("Model license: X") only for files with that scope, since LICENSE is often the code's.
    """
    folder = posixpath.dirname(decl.path)
    for directory in dict.fromkeys((folder, "")):
        beside = [info for path, infos in files.items() if posixpath.dirname(path) == directory for info in infos if info.source == "license-file"]
        if not beside:
            continue
        if decl.applies_to:
            return [info for info in beside if set(info.applies_to) & set(decl.applies_to)]
        # An unscoped label names one of the release's licences: it contradicts the files only
        # when it matches none of them (MIT code beside a RAIL LICENSE-MODEL: "License: RAIL" agrees).
        unscoped = [info for info in beside if not info.applies_to]
        return unscoped + [info for info in beside if info.applies_to]
    return []


@rule(
    "OW201",
    "license-declaration-contradicts-file",
    severity="error",
    summary="A declared licence (card `license:`, a 'License: X' line, or a sentence linking the licence file) "
    "differs from what the licence file actually is (an error when the declaration is the more permissive, a "
    "warning otherwise, and a warning when a restrictive declared licence is the file's base licence with terms the "
    "file adds to it).",
    why="Readers, the Hub and tools trust the declaration; when the licence file says something else the "
    "release's terms are unclear, and the file normally wins.",
    source=LICENSE_SOURCE,
    example="**License:** [MIT](LICENSE)   (LICENSE is the CreativeML OpenRAIL-M: an error); "
    "**License:** [Proprietary](LICENSE) with the same file is a warning",
    fix="Make the declaration name the licence in the file (e.g. `license: creativeml-openrail-m`), or replace the "
    "file if the declaration is right.",
)
def license_declaration_contradicts_file(ctx: CheckContext) -> Iterator[Finding]:
    files = _files(ctx)
    for decl in ctx.licenses:
        if decl.source in FILE_SOURCES or not _known(decl):
            continue
        linked = [info for info in _linked_infos(decl, files) if _known(info)]
        if linked:
            if not any(_agree(decl, info) for info in linked):
                yield _contradiction(ctx, decl, linked[0], "links to")
            continue
        if decl.source == "front-matter" and "weights" in decl.applies_to:
            siblings = [info for info in _sibling_files(decl, files) if _known(info)]
            if siblings and not any(_agree(decl, info) for info in siblings):
                yield _contradiction(ctx, decl, siblings[0], "but the licence file")
        elif decl.source == "prose" and decl.properties.get("form") == "label":
            # "**License:** MIT" names the release's licence as plainly as a card's `license:`.
            covering = [info for info in _files_covering(decl, files) if _known(info)]
            if covering and not any(_agree(decl, info) for info in covering):
                yield _contradiction(ctx, decl, covering[0], "but the licence file")


def _contradiction(ctx: CheckContext, decl: LicenseInfo, actual: LicenseInfo, verb: str) -> Finding:
    said = decl.properties.get("declared") or decl.name
    message = (
        f"declares the licence as '{said}' ({decl.family}) {verb} {actual.path}, which is "
        f"{actual.name} ({actual.family})"
    )
    fix_key = actual.key or actual.id
    # A declaration stricter than the file (or as strict: MIT said, Apache-2.0 shipped) leads no one into a
    # use the file forbids: inconsistent, worth fixing, not open-washing.
    overstates = FAMILY_RESTRICTIVENESS.get(decl.family, -1) < FAMILY_RESTRICTIVENESS.get(actual.family, -1)
    # "released under the CC BY-NC 4.0 license" linking a MODEL_LICENSE that is CC BY-NC 4.0 plus a line of its own
    # ("released for research purposes only"): the declaration names the file's licence, already a restrictive one, and
    # the file adds to it. ("MIT" said of a Modified MIT that bans commercial use still overstates.)
    names_the_base = bool(decl.id) and actual.properties.get("base_license") == decl.id and decl.family not in OPEN_FAMILIES
    if names_the_base:
        overstates = False
        message += "; the declaration names the file's base licence and leaves out the terms the file adds to it"
    elif not overstates:
        message += "; the declaration is not more permissive than the file, so this is an inconsistency, not an overreach"
    return ctx.finding(
        "OW201",
        decl.path,
        decl.line,
        message,
        f"declare the licence the file holds (`{fix_key}`), or change {actual.path} if the declaration is the intended licence",
        severity=None if overstates else "warning",
    )


@rule(
    "OW202",
    "ambiguous-license-key",
    severity="warning",
    summary="A licence declared with a family key (`openrail`, `bsd`, `cc`, `gpl`, `lgpl`, `gfdl`) that names no single licence.",
    why="'cc' covers CC0 as well as CC-BY-NC-ND; 'openrail' covers licences with different use restrictions. "
    "The terms cannot be known from the key.",
    source="Hugging Face licence keys (https://huggingface.co/docs/hub/repositories-licenses): family keys such as openrail, bsd, cc, gpl name no single licence",
    example="license: openrail",
    fix="Use the exact key, e.g. `creativeml-openrail-m`, `bsd-3-clause`, `cc-by-4.0`, `gpl-3.0`.",
)
def ambiguous_license_key(ctx: CheckContext) -> Iterator[Finding]:
    for info in ctx.licenses:
        if not info.ambiguous or info.source in FILE_SOURCES or info.source == "prose":
            continue
        said = info.properties.get("declared") or info.key
        yield ctx.finding(
            "OW202",
            info.path,
            info.line,
            f"'{said}' is a licence family ({info.name}), not one licence",
            "declare the exact licence (e.g. " + _examples(info.key) + ")",
        )


def _examples(key: str | None) -> str:
    return {
        "openrail": "`creativeml-openrail-m`, `bigscience-openrail-m`, `openrail++`",
        "bsd": "`bsd-2-clause`, `bsd-3-clause`",
        "cc": "`cc-by-4.0`, `cc-by-sa-4.0`, `cc-by-nc-4.0`",
        "gpl": "`gpl-2.0`, `gpl-3.0`",
        "lgpl": "`lgpl-2.1`, `lgpl-3.0`",
        "gfdl": "an SPDX id such as `GFDL-1.3-only`",
    }.get(key or "", "an exact Hugging Face key or SPDX id")


@rule(
    "OW203",
    "permissive-license-with-rider",
    severity="warning",
    summary="A permissive licence text with added terms (use restrictions, an acceptable-use policy, a user threshold, "
    "non-commercial or research-only clauses): it is not that licence.",
    why="'Apache 2.0, subject to our acceptable use policy' or 'MIT, except for military use' restricts use; "
    "OSI approval and 'open source' do not carry over to the modified text.",
    source=LICENSE_SOURCE,
    example="MIT License … You may not use the Software for military purposes.",
    fix="Remove the added terms, or name the licence for what it is (a custom licence) and stop calling it MIT/Apache.",
)
def permissive_license_with_rider(ctx: CheckContext) -> Iterator[Finding]:
    from openwash.licenses.identify import binding_riders

    for info in ctx.licenses:
        if not info.riders or info.source not in FILE_SOURCES:
            continue
        base = info.properties.get("base_license")
        binding = binding_riders(info.riders)
        kinds = ", ".join(dict.fromkeys(r.split(":", 1)[0] for r in (binding or info.riders)))
        if not base:
            if binding:  # a custom text openwash cannot name (OW204 says so): its terms still decide
                yield ctx.finding(
                    "OW203",
                    info.path,
                    info.line,
                    f"unidentified licence text with restrictive terms ({kinds}): treated as {info.family}",
                    "name the licence for what it is (`license: other` with `license_name` and `license_link`), "
                    "and do not present it as a standard or open-source licence",
                )
            continue
        described = _describe_base(str(base))
        if binding:
            yield ctx.finding(
                "OW203",
                info.path,
                info.line,
                f"{described} text with added terms ({kinds}): treated as {info.family}, not as {base}",
                "drop the added terms, or call the licence a custom licence rather than " + str(base),
            )
        else:
            yield ctx.finding(
                "OW203",
                info.path,
                info.line,
                f"{described} text with added wording ({kinds}) that does not restrict the grant; it is no longer the standard text",
                "use the standard text (or keep it, knowing tools will not recognise it as " + str(base) + ")",
                severity="note",
            )


def _describe_base(base: str) -> str:
    """'MIT' for a permissive base licence; 'CC-BY-NC-4.0 (non-commercial)' when the base itself restricts."""
    from openwash.licenses.knowledge import resolve_name

    entry = resolve_name(base)
    family = entry.family if entry is not None else "unknown"
    return base if family in OPEN_FAMILIES else f"{base} ({family})"


@rule(
    "OW204",
    "license-file-not-identified",
    severity="warning",
    summary="A licence file whose text openwash cannot identify with confidence.",
    why="Unknown terms cannot back any openness claim; a reader cannot tell what is allowed either.",
    source=LICENSE_SOURCE,
    example="LICENSE: a custom 'model licence agreement' that no library or fingerprint knows",
    fix="Use a standard licence text, or name the licence in the model card (`license: other`, `license_name`, "
    "`license_link`) so readers and tools know what it is.",
)
def license_file_not_identified(ctx: CheckContext) -> Iterator[Finding]:
    from openwash.licenses.identify import closest_text

    for info in ctx.licenses:
        if info.source != "license-file" or info.id != "unknown":
            continue
        riders = f"; it contains {', '.join(r.split(':', 1)[0] for r in info.riders)} terms" if info.riders else ""
        near = closest_text(info.properties.get("closest"))  # shown, never taken as the identification
        near = f"; {near}" if near else ""
        yield ctx.finding(
            "OW204",
            info.path,
            info.line,
            f"licence text not identified (no known licence matched with enough confidence){near}{riders}",
            "use a standard licence text, or declare the licence with `license_name` and `license_link` in the model card",
        )


_OPEN_TERM = lazy_compile(r"open[- ]source (?:licen[cs]e|terms|agreement)s?|开源(?:许可)?协议|开源许可证?|开源授权", re.I)
_NEGATION = lazy_compile(r"(?:\bnot\b|\bn't\b|\bno\b|非|不是|并非|不属于)\W*(?:\w+\W+){0,3}$", re.I)
_LINK = lazy_compile(r"\[([^\]]{1,160})\]\(([^)\s]{1,400})\)")


@rule(
    "OW205",
    "license-called-open-source",
    severity="error",
    summary="Prose calls a licence 'open source' (开源协议) while the licence is not an open-source licence.",
    why="An open-source licence is one the OSI has approved; custom model licences with use restrictions, "
    "non-commercial or research-only terms are not, whatever the README calls them.",
    source="OSI Open Source Definition (https://opensource.org/osd); OSAID 1.0 "
    "(https://opensource.org/ai/open-source-ai-definition); OSI-approved licences (https://opensource.org/licenses)",
    example="恳请开发者和大家遵守[开源协议](MODEL_LICENSE)   (MODEL_LICENSE: The ChatGLM-6B License)",
    fix="Call it by its name ('the ChatGLM-6B Model License', 'the model licence'), not 'open-source licence'.",
)
def license_called_open_source(ctx: CheckContext) -> Iterator[Finding]:
    from openwash.documents import CARD, DATA_CARD, README

    files = _files(ctx)
    prose_by_line: dict[tuple[str, int], list[LicenseInfo]] = {}
    for info in ctx.licenses:
        if info.source == "prose":
            prose_by_line.setdefault((info.path, info.line), []).append(info)
    for doc in ctx.documents_of(CARD, README, DATA_CARD):
        for number, line in enumerate(doc.lines, start=1):
            if number < doc.body_start_line or not _OPEN_TERM.search(line):
                continue
            for term in _OPEN_TERM.finditer(line):
                if _NEGATION.search(line[: term.start()]):
                    continue
                named = _named_license(doc.path, line, term, files) or _prose_license(prose_by_line, doc.path, number)
                if named is None or named.family in ("osi-approved", "unknown"):
                    continue
                yield ctx.finding(
                    "OW205",
                    doc.path,
                    number,
                    f"calls {named.name} '{term.group(0)}', but it is {named.family}, not an open-source licence",
                    f"call it by its name ({named.name}) instead of '{term.group(0)}'",
                    column=term.start() + 1,
                )
                break


def _named_license(doc_path: str, line: str, term: re.Match[str], files: dict[str, list[LicenseInfo]]) -> LicenseInfo | None:
    """The licence the term's own link (or the link right after it) points at."""
    for link in _LINK.finditer(line):
        inside = link.start() <= term.start() < link.end()
        right_after = 0 <= link.start() - term.end() <= 3
        if not (inside or right_after):
            continue
        target = link.group(2).split("#", 1)[0]
        if regex(r"[a-z][a-z0-9+.-]*:", re.I).match(target):
            from openwash.licenses.declarations import resolve_url

            entry = resolve_url(target)
            if entry is not None:
                return LicenseInfo(doc_path, 1, entry.id, entry.name, entry.family, entry.osi_approved, [], 0.7, "prose", key=entry.key)
            continue
        path = resolve_link(doc_path, target)
        infos = [i for i in files.get(path, []) if i.id != "unknown"] if path is not None else []
        if infos:
            return infos[0]
    return None


def _prose_license(prose: dict[tuple[str, int], list[LicenseInfo]], path: str, line: int) -> LicenseInfo | None:
    # Only a named licence: terms stated in a sentence are no licence that prose could call open source.
    infos = [i for i in prose.get((path, line), []) if i.family not in ("osi-approved", "unknown") and i.properties.get("terms") != "prose"]
    return infos[0] if infos else None
