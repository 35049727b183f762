"""Escaping for text quoted from a scanned repository.

Everything a repository says about itself (claim text, paths, licence names, finding
messages that quote it) is hostile input to the places we print it: a PR comment (GitHub
Markdown with HTML), a job summary, workflow-command annotations and SARIF. These helpers
make such text inert: no raw HTML, no @mention or #reference pings, no links or images,
no breaking out of table cells or code spans, no forged workflow commands.
"""

from __future__ import annotations


from openwash.lazyre import lazy_compile, regex

# Control characters (keep none: callers decide where line breaks go) and the bidi
# overrides that make displayed text differ from the bytes ("Trojan Source").
_CONTROL = lazy_compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
# Inline punctuation that CommonMark/GFM can give meaning to (emphasis, code, links,
# images, tables, strikethrough, math); backslash-escaping ASCII punctuation renders as the
# character itself. `<`, `>` and `&` become entities instead.
_MARKDOWN_SPECIAL = lazy_compile(r"([\\`*_\[\]()#|~!$])")
# Block syntax only matters at the start of the text (a list item, heading, quote, rule).
_BLOCK_START = lazy_compile(r"^([-+=])|^(\d+)([.)])")
_ZERO_WIDTH_SPACE = "&#8203;"
# @user, @org/team: a zero-width space after "@" keeps the text readable but stops the ping.
_MENTION = lazy_compile(r"@(?=[A-Za-z0-9_-])")
# #123, GH-123, owner/repo#123: cross-references create backlinks on other issues.
_REFERENCE = lazy_compile(r"(#|GH-|gh-)(?=\d)")
# Bare URLs and www. are autolinked by GFM: break the scheme so they stay text.
_AUTOLINK = lazy_compile(r"(?i)\b(https?|ftp|mailto|javascript|data|file|vbscript)(:)")
_WWW = lazy_compile(r"(?i)\bwww\.")


def one_line(text: object, limit: int | None = None) -> str:
    """Collapse whitespace and drop control characters; cut to `limit` characters."""
    value = _CONTROL.sub(" ", str(text).replace("\r\n", "\n"))
    value = " ".join(value.split())
    if limit is not None and len(value) > limit:
        value = value[: max(0, limit - 1)].rstrip() + "…"
    return value


def html(text: str) -> str:
    """Escape for HTML text and attribute values (quotes included)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def md_text(text: object, limit: int | None = 300) -> str:
    """Inline Markdown text that renders as exactly the characters given, on one line.

    Safe in a table cell: `|` is escaped, newlines become spaces. HTML is entity-escaped,
    Markdown punctuation backslash-escaped, mentions, references and autolinks defused.
    """
    value = one_line(text, limit)
    # Mark where a zero-width space goes with NUL (one_line removed every real one),
    # escape, then turn the marks into the entity, so no pattern sees another's output.
    value = _MENTION.sub("@\0", value)
    value = _REFERENCE.sub(lambda m: m.group(1) + "\0", value)
    value = _AUTOLINK.sub(lambda m: m.group(1) + "\0" + m.group(2), value)
    value = _WWW.sub(lambda m: m.group(0)[:3] + "\0" + m.group(0)[3:], value)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _MARKDOWN_SPECIAL.sub(r"\\\1", value)
    value = _BLOCK_START.sub(lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", value)
    value = value.replace("\0", _ZERO_WIDTH_SPACE)
    return value


def md_code(text: object, limit: int | None = 200, in_table: bool = True) -> str:
    """A Markdown code span holding `text` literally (backticks and pipes included).

    Code spans show entities and Markdown literally and never ping anyone; the fence is
    one backtick longer than the longest backtick run inside. In a table `|` must still be
    escaped: GFM splits cells before it parses code spans.
    """
    value = one_line(text, limit)
    if not value:
        return ""
    longest = max((len(run) for run in regex(r"`+").findall(value)), default=0)
    fence = "`" * (longest + 1)
    if in_table:
        value = value.replace("\\", "\\\\").replace("|", "\\|") if "|" in value else value
    # CommonMark strips one space on each side, which lets content start or end with a
    # backtick (or a space) without merging into the fence.
    if value[0] in "` " or value[-1] in "` ":
        value = f" {value} "
    return f"{fence}{value}{fence}"


def url_path(path: str) -> str:
    """Percent-encode a repository-relative path for a URL (keeps `/`)."""
    from urllib.parse import quote

    return quote(path.replace("\\", "/"), safe="/-_.~")


# GitHub workflow commands (runner's ActionCommand escaping).
# Characters other tools treat as line breaks, and other controls: never in a log line.
_LOG_UNSAFE = lazy_compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def command_data(text: object) -> str:
    """Escape the message part of `::command props::message`."""
    value = log_safe(_LOG_UNSAFE.sub(" ", str(text)))
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def log_safe(text: str) -> str:
    """Text for a line the Actions runner reads: the legacy `##[command]` form is recognised
    anywhere in a line (not only `::` at its start), so `##[` never reaches a log whole."""
    return text.replace("##[", "## [") if "##[" in text else text


def command_property(text: object) -> str:
    """Escape a property value of `::command key=value,…::`."""
    return command_data(text).replace(":", "%3A").replace(",", "%2C")
