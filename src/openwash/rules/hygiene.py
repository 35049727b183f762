"""Rules OW5xx (model-card hygiene a Hub user expects) and OW9xx (input openwash could not read)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath

from openwash.context import CheckContext
from openwash.documents import CARD, Document, resolve_link
from openwash.lazyre import lazy_compile, regex
from openwash.model import Finding
from openwash.rules import rule

HUB_SOURCE = "Hugging Face model card metadata (huggingface/hub-docs modelcard.md, repositories-licenses.md); DOMAIN.md §6"
_PLACEHOLDER = lazy_compile(r"\[More Information Needed\]", re.IGNORECASE)


def _cards(ctx: CheckContext) -> Iterator[Document]:
    for doc in ctx.documents:
        if doc.front_matter is not None and (doc.kind == CARD or "license" in doc.meta or "base_model" in doc.meta):
            yield doc


@rule(
    "OW501",
    "license-other-without-name-or-link",
    severity="warning",
    summary="`license: other` without `license_name` and `license_link`.",
    why="The Hub requires both for `other`; without them nobody can tell what the terms are.",
    source=HUB_SOURCE,
    example="license: other",
    fix="Add `license_name: <short-id>` and `license_link: LICENSE` (or a URL to the terms).",
)
def license_other_without_name_or_link(ctx: CheckContext) -> Iterator[Finding]:
    for doc in _cards(ctx):
        assert doc.front_matter is not None
        value = doc.meta.get("license")
        values = value if isinstance(value, list) else [value]
        if "other" not in [str(v).strip().lower() for v in values if v is not None]:
            continue
        absent = [key for key in ("license_name", "license_link") if not doc.meta.get(key)]
        if absent:
            line, col = doc.front_matter.locate("license")
            yield ctx.finding(
                "OW501",
                doc.path,
                line,
                f"license: other without {' and '.join(absent)}",
                "add " + " and ".join(f"`{k}`" for k in absent) + " naming and linking the actual terms",
                column=col,
            )


@rule(
    "OW502",
    "license-link-missing-file",
    severity="error",
    summary="`license_link` (or a Markdown licence link in the card) points at a file that is not in the repository.",
    why="A broken licence link leaves the release without readable terms.",
    source=HUB_SOURCE,
    example="license_link: LICENSE   (no LICENSE file in the repository)",
    fix="Add the licence file, or point `license_link` at the published terms (a URL).",
)
def license_link_missing_file(ctx: CheckContext) -> Iterator[Finding]:
    for doc in _cards(ctx):
        assert doc.front_matter is not None
        link = doc.meta.get("license_link")
        if not isinstance(link, str) or not link.strip() or regex(r"^[a-z][a-z0-9+.-]*:", re.I).match(link.strip()):
            continue
        target = resolve_link(doc.path, link)
        if target is None or ctx.inventory.get(target) is None:
            line, col = doc.front_matter.locate("license_link")
            yield ctx.finding(
                "OW502",
                doc.path,
                line,
                f"license_link '{link.strip()}' names a file that is not in the repository",
                "add that file, or link the published licence text with a full URL",
                column=col,
            )
    for doc in ctx.documents_of(CARD):
        for line, col, link in _licence_links(doc, ctx.facts.setdefault("notes", [])):
            target = resolve_link(doc.path, link)
            if target is None or (ctx.inventory.get(target) is None and ctx.inventory.get(target.rstrip("/")) is None):
                yield ctx.finding(
                    "OW502",
                    doc.path,
                    line,
                    f"the licence link '{link}' names a file that is not in the repository",
                    "add that file, or link the published licence text with a full URL",
                    column=col,
                )


# The definition of a Markdown link (not an image). `_md_links` finds exactly its matches in linear time.
_MD_LINK = lazy_compile(r"(?<!!)\[([^\]\n]{1,200})\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
# The same link without the image guard: `_md_links` hides every image's `[` before matching.
_MD_LINK_BODY = lazy_compile(r"\[([^\]\n]{1,200})\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_MD_LINK_TEXT = 200  # the longest link text both patterns take
_IMAGE_OPEN = "\x00"  # stands in for an image's `[`: a character the link text and target take, but never as `[`
# Relative links looked at per card (the shared corpus has at most 151 links in a card); past it, a note.
MAX_LICENCE_LINKS = 2_000
# Link text that *is* a licence name: it ends with the licence word ("Llama 2 Community License",
# "许可证", "terms of use"), unlike "License Plate Detection".
_LICENSE_TEXT = lazy_compile(
    r"(?:licen[cs]es?|agreement|terms(?: of use)?|use policy|许可证?|許可證?|协议|協議|条款|條款)"
    r"(?:\s*(?:v?\d[\d.]*|agreement))?[\s.:)]*$",
    re.IGNORECASE,
)


def _md_links(line: str) -> Iterator[tuple[int, str, str]]:
    """(start, text, target) of each `_MD_LINK.finditer(line)` match, in linear time.

    `re` retries the link pattern at every `[` (200 characters each); `_link_matches` tries it once
    per `](`. The image guard `(?<!!)` only forbids a `[` after `!` to open a link, so such a `[` is
    replaced by a character that both text and target classes also take: every other position
    matches as before, and text and target are read back from the line.
    """
    from openwash.licenses.declarations import _link_matches

    masked = line.replace("![", "!" + _IMAGE_OPEN) if "![" in line else line
    for match in _link_matches(_MD_LINK_BODY, masked, _MD_LINK_TEXT):
        yield match.start(), line[match.start(1) : match.end(1)], line[match.start(2) : match.end(2)]


def _link_lines(doc: Document) -> Iterator[tuple[int, str]]:
    """(number, text) of the body lines outside code that hold `](`, as `body_lines` numbers them."""
    text, fences = doc.text, None
    start = doc.text.find("](")
    while start != -1:
        line_start = text.rfind("\n", 0, start) + 1
        number = text.count("\n", 0, line_start) + 1 if fences is None else number + text.count("\n", last, line_start)
        last = line_start
        if fences is None:
            fences = doc.fence_lines()
            fence_set = set(fences)
        line_end = text.find("\n", start)
        if number >= doc.body_start_line and number not in fence_set and not doc.in_code(fences, number):
            yield number, text[line_start : line_end if line_end != -1 else len(text)]
        if line_end == -1:
            return
        start = text.find("](", line_end)


def _licence_links(doc: Document, notes: list[str] | None = None) -> Iterator[tuple[int, int, str]]:
    """Relative Markdown links in a card that name a licence: (line, column, target)."""
    from openwash.documents import LICENSE, USE_POLICY, classify_name

    looked_at = 0
    for number, line in _link_lines(doc):
        for start, text, target in _md_links(line):
            if regex(r"^[a-z][a-z0-9+.-]*:|^#|^//", re.IGNORECASE).match(target):
                continue  # URLs, mail links and in-page anchors are not files of the repository
            looked_at += 1
            if looked_at > MAX_LICENCE_LINKS:
                if notes is not None:
                    notes.append(f"{doc.path}: relative links were checked up to line {number} only (more than {MAX_LICENCE_LINKS:,} in one card)")
                return
            name = PurePosixPath(target.split("#")[0].split("?")[0]).name
            if target.endswith("/") or not name:
                continue  # a folder, not a licence text
            if _LICENSE_TEXT.search(text.strip()) or classify_name(name) in (LICENSE, USE_POLICY):
                yield number, start + 1, target


@rule(
    "OW503",
    "template-placeholder-left",
    severity="note",
    summary="The card still holds the template placeholder `[More Information Needed]`.",
    why="The placeholder marks an empty section: readers (and openwash) cannot count it as evidence.",
    source=HUB_SOURCE,
    example="### Training Data\n\n[More Information Needed]",
    fix="Fill in the section or remove it.",
)
def template_placeholder_left(ctx: CheckContext) -> Iterator[Finding]:
    for doc in ctx.documents:
        if not doc.is_markdown:
            continue
        count = 0
        first = None
        for number, line in enumerate(doc.lines, 1):
            match = _PLACEHOLDER.search(line)
            if match:
                count += 1
                if first is None:
                    first = (number, match.start() + 1)
        if first is not None:
            yield ctx.finding(
                "OW503",
                doc.path,
                first[0],
                f"{count} template placeholder(s) '[More Information Needed]' left in the card",
                "fill in the sections (Training Data, Evaluation, …) or remove them",
                column=first[1],
            )


@rule(
    "OW504",
    "front-matter-invalid",
    severity="error",
    summary="The card's YAML front matter cannot be read (invalid YAML, unclosed, duplicate keys, not a mapping).",
    why="The Hub ignores broken metadata: the licence, base model and datasets it declares are lost.",
    source=HUB_SOURCE,
    example="---\nlicense: apache-2.0\nlicense: mit\n---",
    fix="Fix the YAML at the reported line (the Hub's metadata editor validates it).",
)
def front_matter_invalid(ctx: CheckContext) -> Iterator[Finding]:
    for doc in ctx.documents:
        if doc.front_matter_error is not None:
            yield ctx.finding(
                "OW504",
                doc.path,
                doc.front_matter_error.line,
                doc.front_matter_error.message,
                "fix the YAML front matter at this line",
            )


@rule(
    "OW505",
    "license-value-not-a-string",
    severity="error",
    summary="`license:` in the front matter is a number, a mapping or empty instead of a licence key.",
    why="The Hub expects one licence key (or a list of keys); anything else is dropped.",
    source=HUB_SOURCE,
    example="license: 2.0",
    fix="Use a Hub licence key such as `apache-2.0`, or `other` with `license_name`/`license_link`.",
)
def license_value_not_a_string(ctx: CheckContext) -> Iterator[Finding]:
    for doc in _cards(ctx):
        assert doc.front_matter is not None
        if "license" not in doc.meta:
            continue
        value = doc.meta["license"]
        values = value if isinstance(value, list) else [value]
        if not values or any(not isinstance(v, str) or not v.strip() for v in values):
            line, col = doc.front_matter.locate("license")
            yield ctx.finding(
                "OW505",
                doc.path,
                line,
                f"license: {value!r} is not a licence key",
                "use a Hub licence key such as `apache-2.0` (see huggingface.co/docs/hub/repositories-licenses)",
                column=col,
            )


@rule(
    "OW901",
    "file-not-readable",
    severity="warning",
    summary="A file openwash should read could not be read (binary, unreadable, a directory, a link leaving the repository).",
    why="Evidence that cannot be read cannot back a claim; the verdict may be incomplete.",
    source="openwash",
    example="LICENSE: not a text file (binary content); skipped",
    fix="Make the file a readable UTF-8 (or UTF-16/GB18030) text file inside the repository, or exclude it.",
)
def file_not_readable(ctx: CheckContext) -> Iterator[Finding]:
    for error in ctx.errors:
        yield ctx.finding("OW901", error.path, error.line or 1, error.message, "make it a readable text file inside the repository, or exclude it")
