"""Rules OW5xx (model-card hygiene a Hub user expects) and OW9xx (input openwash could not read)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import PurePosixPath

from openwash.context import CheckContext
from openwash.documents import CARD, DATA_CARD, Document, resolve_link
from openwash.lazyre import lazy_compile, regex
from openwash.model import Finding
from openwash.rules import rule

HUB_SOURCE = (
    "Hugging Face model card metadata (https://huggingface.co/docs/hub/model-cards); Hugging Face licence keys (https://huggingface.co/docs/hub/repositories-licenses)"
)
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
    severity="warning",
    summary="`license_link` (or a Markdown licence link in the card) points at a file that is not in the repository.",
    why="A broken licence link leaves readers without the terms it promises. It is a defect of the card, "
    "not an overreaching claim, so it warns rather than fails: the licence itself is judged from the files.",
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


# The definition of a Markdown link (not an image); `_md_links` finds exactly its matches in linear time.
_MD_LINK = lazy_compile(r"(?<!!)\[([^\]\n]{1,200})\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_MD_LINK_TEXT = 200  # the longest link text it takes
_TARGET_STOP = lazy_compile(r"[)\s>]")  # what ends a link target
_AFTER_TARGET = lazy_compile(r">?(?:\s+\"[^\"]*\")?\s*\)")  # the rest of the link after its target
_IMAGE_OPEN = "\x00"  # stands in for an image's `[`: a character the link text and target take, but never as `[`
# Relative links looked at, and `](` read, per card (the shared corpus has at most 151 links in a card);
# past either, a report note names the line reading stopped at.
MAX_LICENCE_LINKS = 2_000
MAX_LINK_OPENINGS = 20_000
# Link text that *is* a licence name: it ends with the licence word ("Llama 2 Community License",
# "许可证", "terms of use"), unlike "License Plate Detection".
_LICENSE_TEXT = lazy_compile(
    r"(?:licen[cs]es?|agreement|terms(?: of use)?|use policy|许可证?|許可證?|协议|協議|条款|條款)"
    r"(?:\s*(?:v?\d[\d.]*|agreement))?[\s.:)]*$",
    re.IGNORECASE,
)


def _md_links(line: str) -> Iterator[tuple[int, str, str]]:
    """(start, text, target) of each `_MD_LINK.finditer(line)` match (`line` holds no line break), in
    linear time.

    `re` tries the pattern at every `[`, reading up to 200 characters of text, and its target runs to
    the end of a line without `)`, space or `>`: a line of `[x](` repeated costs its length squared.
    Here each `](` is tried once, as `declarations._link_matches` does: a link's text holds no `]`, so
    its `[` is the leftmost one after the `]` before, at most 201 characters back. Whether the target
    and the rest match, and where the link ends, depends only on where the target stops (shortening
    a target only meets another target character), so that is found once per stop. The image guard
    `(?<!!)` only forbids a `[` after `!` to open a link, so such a `[` is first replaced by a
    character that the text and target classes take like `[`; text and target are read from `line`.
    """
    masked = line.replace("![", "!" + _IMAGE_OPEN) if "![" in line else line
    done = 0
    stop = -1  # where the current target run stops (the same for every `](` inside one run)
    rest: dict[int, int | None] = {}  # target stop → end of the link, or None when the rest fails
    close = masked.find("](")
    while close != -1:
        if close >= done and close >= 2:  # `[`, a character, then `](`
            target = close + 2
            while target < len(masked) and masked[target].isspace():  # `\s*`
                target += 1
            if target >= stop:
                found = _TARGET_STOP.search(masked, target)
                stop = found.start() if found else len(masked)
            if target < len(masked) and masked[target] == "<" and stop > target + 1:
                target += 1  # `<?` takes the `<` when a target follows it
            if stop > target:
                if stop not in rest:
                    after = _AFTER_TARGET.match(masked, stop)
                    rest[stop] = after.end() if after else None
                end = rest[stop]
                if end is None:
                    # Every later `](` whose target starts inside this run stops there too, and fails.
                    close = masked.find("](", max(close + 1, stop - 2))
                    continue
                low = max(done, close - _MD_LINK_TEXT - 1)
                low = max(low, masked.rfind("]", low, close) + 1)
                start = masked.find("[", low, close - 1)
                if start != -1:
                    yield start, line[start + 1 : close], line[target:stop]
                    done = end
        close = masked.find("](", max(close + 1, done))


def _link_lines(doc: Document) -> Iterator[tuple[int, str]]:
    """(number, text) of the body lines outside code that hold `](`: the lines of `body_lines` a link
    can be on, found with `str.find` instead of a step per line."""
    text = doc.text
    fences: list[int] | None = None
    number, last = 1, 0
    start = text.find("](")
    while start != -1:
        line_start = text.rfind("\n", 0, start) + 1
        number += text.count("\n", last, line_start)
        last = line_start
        if fences is None:
            fences = doc.fence_lines()
        line_end = text.find("\n", start)
        before = bisect_left(fences, number)  # fences above this line: an odd count means inside code
        is_fence = before < len(fences) and fences[before] == number
        if number >= doc.body_start_line and not is_fence and before % 2 == 0:
            yield number, text[line_start : line_end if line_end != -1 else len(text)]
        if line_end == -1:
            return
        start = text.find("](", line_end)


def _licence_links(doc: Document, notes: list[str] | None = None) -> Iterator[tuple[int, int, str]]:
    """Relative Markdown links in a card that name a licence: (line, column, target)."""
    from openwash.documents import LICENSE, USE_POLICY, classify_name

    looked_at = openings = 0
    names_licence: dict[str, bool] = {}  # file name → names a licence (cards link the same files again and again)
    for number, line in _link_lines(doc):
        openings += line.count("](")
        if openings > MAX_LINK_OPENINGS:
            line = line[: _nth(line, "](", line.count("](") - (openings - MAX_LINK_OPENINGS) + 1)]
        for start, text, target in _md_links(line):
            if regex(r"^[a-z][a-z0-9+.-]*:|^#|^//", re.IGNORECASE).match(target):
                continue  # URLs, mail links and in-page anchors are not files of the repository
            looked_at += 1
            if looked_at > MAX_LICENCE_LINKS:
                break
            name = PurePosixPath(target.split("#")[0].split("?")[0]).name
            if target.endswith("/") or not name:
                continue  # a folder, not a licence text
            if name not in names_licence:
                names_licence[name] = classify_name(name) in (LICENSE, USE_POLICY)
            if _LICENSE_TEXT.search(text.strip()) or names_licence[name]:
                yield number, start + 1, target
        if looked_at > MAX_LICENCE_LINKS or openings > MAX_LINK_OPENINGS:
            if notes is not None:
                notes.append(
                    f"{doc.path}: links were checked for licence files up to line {number} only (more than "
                    f"{MAX_LICENCE_LINKS:,} relative links or {MAX_LINK_OPENINGS:,} `](` in one card)"
                )
            return


def _nth(text: str, needle: str, count: int) -> int:
    """Offset of the `count`-th occurrence of `needle` (a cut there keeps `count - 1` of them), or the length."""
    position = -1
    for _ in range(count):
        position = text.find(needle, position + 1)
        if position == -1:
            return len(text)
    return position


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
        # One search over the text (the placeholder holds no line break): lines holding it, and the first.
        count = 0
        first = None
        text, number, last, line_start = doc.text, 1, 0, 0
        for match in _PLACEHOLDER.finditer(text):
            breaks = text.count("\n", last, match.start())
            if breaks or count == 0:
                number += breaks
                line_start = text.rfind("\n", 0, match.start()) + 1
                count += 1
            last = match.start()
            if first is None:
                first = (number, match.start() - line_start + 1)
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
        # the Hub reads metadata from a card (a README or a model/data card), not from a documentation page's
        # front matter (`docs/en/…/train.md` of a site generator)
        is_card = doc.kind in (CARD, DATA_CARD) or doc.path.rsplit("/", 1)[-1].lower() == "readme.md"
        if doc.front_matter_error is not None and is_card:
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
    "OW508",
    "license-value-not-a-hub-key",
    severity="note",
    summary="`license:` holds a licence's name (`Apache License 2.0`, `MIT License`) or an id the Hub does not know, "
    "instead of a Hub licence key.",
    why="The Hub files an unknown value under no licence, so the card's own page shows none. openwash still reads "
    "the name and judges the licence it names.",
    source=HUB_SOURCE,
    example="license: Apache License 2.0",
    fix="Write the Hub key (`license: apache-2.0`), or `license: other` with `license_name` and `license_link`.",
)
def license_value_not_a_hub_key(ctx: CheckContext) -> Iterator[Finding]:
    from openwash.licenses import knowledge

    for doc in _cards(ctx):
        assert doc.front_matter is not None
        value = doc.meta.get("license")
        values = value if isinstance(value, list) else [value]
        for index, item in enumerate(values):
            if not isinstance(item, str) or not item.strip():
                continue  # OW505
            written = item.strip()
            key = knowledge.entry(written.lower())
            if key is not None and key.hf_key:
                continue
            found = knowledge.resolve_name(written)
            line, col = doc.front_matter.locate("license", index) if isinstance(value, list) else doc.front_matter.locate("license")
            if found is not None and found.hf_key:
                message = f"license: '{written}' is a licence name, not a Hub key; the Hub key is `{found.key}`"
                fix = f"write `license: {found.key}`"
            elif found is not None:
                message = f"license: '{written}' ({found.name}) is not a Hub licence key"
                fix = f"write `license: other` with `license_name: {found.key}` and `license_link` to its text"
            else:
                message = f"license: '{written}' is not a Hub licence key, and openwash does not know the licence it names"
                fix = "use a Hub licence key, or `license: other` with `license_name` and `license_link`"
            yield ctx.finding("OW508", doc.path, line, message, fix, column=col)


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
