"""What a reader sees: the words GitHub and the Hub render, and where each Markdown line sits.

Two things every stage that reads prose needs, computed once per document:

- **Normalised text** (`normalise`). A claim written with zero-width characters
  ("op\u200ben-source"), HTML entities ("op&#101;n-source"), look-alike letters (Cyrillic
  "оpen") or compatibility forms ("ｏｐｅｎ", "𝐨𝐩𝐞𝐧") renders as the plain words, so it is
  matched as them: NFKC per character, format characters (Unicode category Cf: zero-width
  spaces and joiners, bidi controls, the soft hyphen, …) and variation selectors removed,
  entities decoded, and in words that mix Latin letters with look-alikes, the look-alikes
  mapped to Latin. An entity that decodes to Markdown or HTML syntax (`&#96;`, `&lt;`, …)
  becomes a space, since it renders as a literal character and must not start a code span
  or a tag that would hide the words after it. Columns stay those of the file: a map from
  the normalised line back to the original is kept for the lines that changed.
- **Block structure** (`Structure`). Fenced code blocks with their info string, multi-line
  HTML comments, headings (ATX, setext, and HTML `<h1>`…`<h6>` over several lines), GFM
  table rows, and the section (heading path) of every line. Found from the lines that can
  start such a block (`str.find` over the whole text), never by a regex at every offset, so
  a hostile 2 MiB card costs linear time.

Why not a CommonMark parser (markdown-it-py): measured on this machine, importing it costs
~75 ms (the whole pre-commit check of a typical release takes ~150 ms), it parses typical
READMEs at ~2.6 MB/s, and hostile cards take 13 s (one million short lines) to 22 s (two
million `[`). The tests compare this module's fences and headings with markdown-it-py's on
every corpus document instead.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

from openwash.lazyre import lazy_compile

# --------------------------------------------------------------------------- normalisation

# Invisible in rendered text: format characters (Cf), variation selectors, Hangul fillers,
# the combining grapheme joiner, Mongolian free variation selectors, tag characters.
_INVISIBLE = lazy_compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
_ENTITY = lazy_compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Characters an entity may stand for that would change how the rest of the line is read.
_SYNTAX = frozenset("<>`[]()*_!#|&\\~")

# Letters that render like Latin ones (Unicode confusables for the claim vocabulary's
# letters): Cyrillic, Greek, Armenian, Latin specials. Applied only inside words that also
# hold Latin letters, so Russian or Greek prose is left alone.
_CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "і": "i", "ї": "i", "ј": "j", "к": "k", "м": "m", "н": "h",
    "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l",
    "ԛ": "q", "ԝ": "w", "ɡ": "g", "ս": "u", "п": "n",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D", "Һ": "H", "Ӏ": "I", "Ԛ": "Q", "Ԝ": "W", "У": "Y",
    # Greek
    "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Armenian and Latin look-alikes
    "օ": "o", "ո": "n", "հ": "h", "ց": "g", "ı": "i", "ȷ": "j", "ℓ": "l", "ɑ": "a", "ɩ": "i",
}
_CONFUSABLE_SET = frozenset(_CONFUSABLES)
_WORD = lazy_compile(r"[^\W\d_]+")


# Compatibility forms of letters and digits that render as plain ones: fullwidth and halfwidth
# forms, mathematical alphanumerics, ligatures, letterlike symbols, enclosed alphanumerics,
# Kangxi and CJK radicals, CJK compatibility ideographs. Only these are NFKC-normalised:
# fullwidth punctuation ("，", "（") is how Chinese is written and stays as it is.
_COMPAT = lazy_compile(
    "[\u2100-\u214f\u2160-\u2188\u2460-\u24ff\u2e80-\u2fdf\uf900-\ufaff\ufb00-\ufb06"
    "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uff9f\U0001d400-\U0001d7ff\U0001f100-\U0001f1ff"
    "\U0002f800-\U0002fa1f]"
)
_LOOKALIKE = lazy_compile("[" + "".join(sorted(_CONFUSABLES)) + "]")
_LOOK = "[" + "".join(sorted(_CONFUSABLES)) + "]"
# A word mixing Latin letters and look-alikes has the two side by side somewhere.
_MIXED = lazy_compile("[A-Za-z]" + _LOOK + "|" + _LOOK + "[A-Za-z]")
# A word made only of look-alikes ("ореп"): mapped only when it spells the claim vocabulary.
_PURE = lazy_compile(r"(?<![^\W\d_])" + _LOOK + r"{4,}(?![^\W\d_])")
_VOCABULARY = frozenset(
    "open opens opened source sourced opensource weights weight model models free fully licence license commercial".split()
)


def _needs_work(text: str) -> bool:
    """Whether anything in `text` renders differently from how it is written (cheap, C-speed scans)."""
    if "&" in text and _ENTITY.search(text) is not None:
        return True
    if "\\" in text and _ESCAPE.search(text) is not None:
        return True
    if text.isascii():
        return False
    # Both look-alike patterns need a look-alike character: one charset scan (which `re` runs at
    # C speed) spares the two patterns that are tried at every position.
    return bool(_INVISIBLE.search(text) or _COMPAT.search(text) or (_LOOKALIKE.search(text) and (_MIXED.search(text) or _PURE.search(text))))


def normalise(line: str) -> tuple[str, list[int] | None]:
    """The line as rendered, and for each of its characters the column (0-based) it comes from
    in `line`; the map is None when the line is unchanged (the common case, found cheaply)."""
    if not _needs_work(line):
        return line, None
    origin: list[int] | None = None
    text = line
    if ("&" in line and _ENTITY.search(line)) or _INVISIBLE.search(line) or _COMPAT.search(line):
        text, origin = _decode(line)
    if "\\" in text and _ESCAPE.search(text):
        # "open\-source release": a backslash escape renders as the character it escapes (CommonMark 2.4)
        kept = [i for i in range(len(text)) if not (text[i] == "\\" and _ESCAPE.match(text, i) and _unescaped(text, i))]
        origin = [origin[i] for i in kept] if origin is not None else kept
        text = "".join(text[i] for i in kept)
    if _MIXED.search(text) or _PURE.search(text):
        unconfused = _PURE.sub(_spell_out, _WORD.sub(_unconfuse, text))  # one-for-one: columns stay valid
        if unconfused != text and origin is None:
            origin = list(range(len(line)))
        text = unconfused
    if text == line:
        return line, None
    return text, origin


_ESCAPE = lazy_compile(r"\\[!-/:-@\[-`{-~]")


def _unescaped(text: str, index: int) -> bool:
    """The backslash at `index` is not itself escaped: an even run of backslashes precedes it."""
    run = 0
    while index - run - 1 >= 0 and text[index - run - 1] == "\\":
        run += 1
    return run % 2 == 0


def _decode(line: str) -> tuple[str, list[int]]:
    """Entities decoded, invisible characters dropped, compatibility letters folded; with the column map."""
    out: list[str] = []
    origin: list[int] = []
    entities = {m.start(): m for m in _ENTITY.finditer(line)} if "&" in line else {}
    index = 0
    length = len(line)
    while index < length:
        entity = entities.get(index)
        if entity is not None:
            import html

            decoded = html.unescape(entity.group(0))
            if decoded != entity.group(0):
                for char in decoded:
                    char = " " if char in _SYNTAX else char
                    for piece in _compat(char):
                        if not _INVISIBLE.match(piece):
                            out.append(piece)
                            origin.append(index)
                index = entity.end()
                continue
        char = line[index]
        if not char.isascii() and _INVISIBLE.match(char):
            index += 1
            continue
        for piece in _compat(char):
            out.append(piece)
            origin.append(index)
        index += 1
    return "".join(out), origin


def _spell_out(match: re.Match[str]) -> str:
    word = match.group(0)
    latin = "".join(_CONFUSABLES[c] for c in word)
    return latin if latin.lower() in _VOCABULARY else word


def _compat(char: str) -> str:
    if char.isascii() or not _COMPAT.match(char):
        return char
    folded = unicodedata.normalize("NFKC", char)
    return folded if any(c.isalnum() for c in folded) else char


def normalise_text(text: str, first_line: int = 1) -> tuple[str, dict[int, list[int]]]:
    """`normalise` for every line from `first_line` on: the new text (same lines, same line count)
    and, for each changed line, its column map. Lines needing no work are found by C-speed scans
    of the whole text, so a clean 2 MiB card costs a few scans, not a step per line."""
    if not _needs_work(text):
        return text, {}
    lines = text.split("\n")
    hits: set[int] = set()
    starts = _line_starts(text)
    for pattern in (_ENTITY, _ESCAPE, _INVISIBLE, _COMPAT, _MIXED, _PURE):
        for match in pattern.finditer(text):
            hits.add(_line_of(starts, match.start()))
    maps: dict[int, list[int]] = {}
    for number in sorted(hits):
        if number < first_line:
            continue
        new, origin = normalise(lines[number - 1])
        if origin is not None:
            lines[number - 1] = new
            maps[number] = origin
    return ("\n".join(lines), maps) if maps else (text, {})


def _unconfuse(match: re.Match[str]) -> str:
    word = match.group(0)
    if _CONFUSABLE_SET.isdisjoint(word) or not any("a" <= c.lower() <= "z" for c in word):
        return word
    if not all(c in _CONFUSABLES or ("a" <= c.lower() <= "z") for c in word):
        return word  # a word of another script that happens to hold a look-alike
    return "".join(_CONFUSABLES.get(c, c) for c in word)


# --------------------------------------------------------------------------- structure


@dataclass(frozen=True)
class Heading:
    line: int  # 1-based line where the heading starts
    level: int
    text: str  # rendered text: markup and tags removed, whitespace collapsed
    end_line: int  # last line of the heading (HTML headings may span lines; setext: the underline)


@dataclass
class Structure:
    """Where each line of a Markdown document sits. Line numbers are 1-based file lines."""

    fences: list[tuple[int, int, str]] = field(default_factory=list)  # (opening, closing or last line, info)
    comments: list[tuple[int, int]] = field(default_factory=list)  # lines of multi-line HTML comments
    headings: list[Heading] = field(default_factory=list)
    table_rows: frozenset[int] = frozenset()
    _fence_starts: list[int] = field(default_factory=list, repr=False)
    _comment_starts: list[int] = field(default_factory=list, repr=False)
    _heading_starts: list[int] = field(default_factory=list, repr=False)

    def fence_at(self, line: int) -> tuple[int, int, str] | None:
        """The fenced block a line belongs to (its fence lines included), or None."""
        index = bisect_right(self._fence_starts, line) - 1
        if index >= 0:
            block = self.fences[index]
            if block[0] <= line <= block[1]:
                return block
        return None

    def in_code(self, line: int) -> bool:
        return self.fence_at(line) is not None

    def code_info(self, line: int) -> str | None:
        """The info string ("bibtex", "python", "") of the fenced block holding `line`, or None."""
        block = self.fence_at(line)
        return block[2] if block is not None else None

    def in_comment(self, line: int) -> bool:
        """Whether the line lies inside a multi-line HTML comment (its first and last lines included)."""
        index = bisect_right(self._comment_starts, line) - 1
        return index >= 0 and self.comments[index][0] <= line <= self.comments[index][1]

    def heading_at(self, line: int) -> Heading | None:
        index = bisect_right(self._heading_starts, line) - 1
        if index >= 0 and self.headings[index].line <= line <= self.headings[index].end_line:
            return self.headings[index]
        return None

    def section(self, line: int) -> list[Heading]:
        """The headings a line sits under, outermost first (the line's own heading excluded)."""
        index = bisect_right(self._heading_starts, line) - 1
        path: list[Heading] = []
        level = 7
        while index >= 0:
            heading = self.headings[index]
            if heading.line != line and heading.level < level:
                path.append(heading)
                level = heading.level
                if level == 1:
                    break
            index -= 1
        path.reverse()
        return path

    def title(self) -> Heading | None:
        """The document's first level-1 heading (ATX, setext or HTML), if any."""
        return next((h for h in self.headings if h.level == 1), None)


_FENCE_OPEN = lazy_compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*([^\n]*)$")
_ATX = lazy_compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = lazy_compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HTML_HEADING = lazy_compile(r"<h([1-6])\b[^>]{0,300}>", re.IGNORECASE)
_TAG = lazy_compile(r"<[^<>]{0,500}>")
_IMAGE_OR_LINK_TARGET = lazy_compile(r"!\[([^\]]{0,300})\]\([^)]{0,1000}\)|\]\([^)]{0,1000}\)")
_EMPHASIS = lazy_compile(r"[*_`]+")
_DELIMITER_ROW = lazy_compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|^[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$")
MAX_HTML_HEADING_LINES = 12
MAX_HEADING_CHARS = 500


def _line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    position = find("\n")
    while position != -1:
        starts.append(position + 1)
        position = find("\n", position + 1)
    return starts


def _line_of(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset)  # 1-based


def heading_text(markup: str) -> str:
    """The words a heading renders: images as their alt text, link targets, tags and emphasis dropped."""
    text = _IMAGE_OR_LINK_TARGET.sub(lambda m: " " + (m.group(1) or "") + " " if m.group(0).startswith("!") else "]", markup)
    text = _TAG.sub(" ", text).replace("[", " ").replace("]", " ")
    text = _EMPHASIS.sub(" ", text)
    return " ".join(text.split())[:MAX_HEADING_CHARS]


def build(text: str, first_line: int = 1) -> Structure:
    """The structure of a Markdown document (`text` is the whole file; lines before `first_line`,
    the front matter, are not Markdown)."""
    from openwash.licenses.declarations import lines_starting

    lines = text.split("\n")
    starts = _line_starts(text)
    body_offset = starts[first_line - 1] if first_line - 1 < len(starts) else len(text)
    body = text[body_offset:]

    # Fenced code blocks: an opening fence, then the first closing fence of the same kind and
    # at least the same length with no info string (CommonMark); unclosed runs to the end.
    fences: list[tuple[int, int, str]] = []
    candidates = lines_starting(body, ("```", "~~~"), first_line)
    index = 0
    while index < len(candidates):
        number, _marker = candidates[index]
        opened = _FENCE_OPEN.match(lines[number - 1])
        index += 1
        if opened is None:
            continue
        run, info = opened.group(1), opened.group(2).strip()
        if run[0] == "`" and "`" in info:
            continue  # "``` `x` ```" is inline code, not a fence
        close = None
        while index < len(candidates):
            other, _ = candidates[index]
            index += 1
            closing = _FENCE_OPEN.match(lines[other - 1])
            if closing and closing.group(1)[0] == run[0] and len(closing.group(1)) >= len(run) and not closing.group(2).strip():
                close = other
                break
        fences.append((number, close if close is not None else len(lines), info.split()[0].lower() if info else ""))
    fence_starts = [f[0] for f in fences]

    def coded(number: int) -> bool:
        i = bisect_right(fence_starts, number) - 1
        return i >= 0 and fences[i][0] <= number <= fences[i][1]

    # Multi-line HTML comments (outside code).
    comments: list[tuple[int, int]] = []
    position = body.find("<!--")
    while position != -1:
        absolute = body_offset + position
        number = _line_of(starts, absolute)
        end = body.find("-->", position + 4)
        if coded(number):
            position = body.find("<!--", position + 4)
            continue
        last = _line_of(starts, body_offset + end) if end != -1 else len(lines)
        if last > number:
            comments.append((number, last))
        if end == -1:
            break
        position = body.find("<!--", end + 3)
    comment_starts = [c[0] for c in comments]

    def commented(number: int) -> bool:
        i = bisect_right(comment_starts, number) - 1
        return i >= 0 and comments[i][0] < number <= comments[i][1]

    headings: list[Heading] = []
    # ATX headings.
    for number, _ in lines_starting(body, ("#",), first_line, max_indent=3):
        if coded(number) or commented(number):
            continue
        atx = _ATX.match(lines[number - 1])
        if atx:
            words = heading_text(atx.group(2) or "")
            headings.append(Heading(number, len(atx.group(1)), words, number))
    # Setext headings: "Title" over "====" (level 1) or "----" (level 2), after a paragraph line.
    for number, marker in lines_starting(body, ("=", "-"), first_line, max_indent=3):
        if number - 1 < first_line or coded(number) or commented(number):
            continue
        if not _SETEXT.match(lines[number - 1]):
            continue
        above = lines[number - 2]
        if not above.strip() or coded(number - 1) or _ATX.match(above) or above.lstrip()[:1] in ("|", ">", "<", "-", "*", "+"):
            continue
        if marker == "-" and number - 2 >= 1 and _DELIMITER_ROW.match(above):
            continue
        headings.append(Heading(number - 1, 1 if marker == "=" else 2, heading_text(above), number))
    # HTML headings, possibly over several lines ("<h1 align=center>\n  Name\n</h1>").
    low = body.lower()
    position = low.find("<h")
    while position != -1:
        match = _HTML_HEADING.match(body, position)
        if match is None:
            position = low.find("<h", position + 2)
            continue
        number = _line_of(starts, body_offset + position)
        close_tag = f"</h{match.group(1)}"
        limit = starts[min(len(starts) - 1, number - 1 + MAX_HTML_HEADING_LINES)] - body_offset if number - 1 + MAX_HTML_HEADING_LINES < len(starts) else len(body)
        end = low.find(close_tag, match.end(), max(limit, match.end()))
        if coded(number) or commented(number) or end == -1:
            position = low.find("<h", match.end())
            continue
        last = _line_of(starts, body_offset + end)
        headings.append(Heading(number, int(match.group(1)), heading_text(body[match.end() : end]), last))
        position = low.find("<h", end)
    headings.sort(key=lambda h: (h.line, h.level))
    unique: list[Heading] = []
    for heading in headings:
        if unique and unique[-1].line == heading.line:
            continue
        unique.append(heading)

    # GFM tables: a delimiter row, the header above it, and the rows below up to a blank line.
    rows: set[int] = set()
    for number, _ in lines_starting(body, ("|", "-", ":"), first_line, max_indent=3):
        line = lines[number - 1]
        if number in rows or coded(number) or not _DELIMITER_ROW.match(line) or "|" not in line:
            continue
        if number - 1 < first_line or "|" not in lines[number - 2]:
            continue
        rows.update((number - 1, number))
        following = number + 1
        while following <= len(lines) and lines[following - 1].strip() and "|" in lines[following - 1]:
            rows.add(following)
            following += 1
    for number, _ in lines_starting(body, ("|",), first_line, max_indent=3):
        if not coded(number):
            rows.add(number)  # a row of a table whose delimiter row is malformed still renders as a row-like line

    return Structure(
        fences=fences,
        comments=comments,
        headings=unique,
        table_rows=frozenset(rows),
        _fence_starts=fence_starts,
        _comment_starts=comment_starts,
        _heading_starts=[h.line for h in unique],
    )


# --------------------------------------------------------------------------- sections that are history

_HISTORY_HEADING = lazy_compile(
    r"\b(?:news|updates?|change\s*log|changelog|changes|release\s+notes?|history|what'?s\s+new|latest|announcements?|"
    r"timeline|roadmap)\b|更新|新闻|新聞|动态|動態|日志|日誌|公告|最新|近期|历史|歷史|里程碑",
    re.IGNORECASE,
)


def is_history_heading(text: str) -> bool:
    """A section of news, updates or a changelog: what was true at some date, not what is.

    A heading element that wraps sentences (`<h1>` around a "> 🚨 Update Notice > The latest version … is now live!"
    block, 30 words) names no section: the document under it is not history."""
    return len(text.split()) <= _HEADING_MAX_WORDS and bool(_HISTORY_HEADING.search(text))


_HEADING_MAX_WORDS = 12
