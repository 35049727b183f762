r"""Which spans of a line hold no words of the authors: code spans, HTML comments and tags, link
targets, URLs and mail addresses. They are replaced by as many spaces, so positions stay put.

`_MASK_INLINE.sub` retries every alternative at every offset: `[\w.+-]+@` reads a whole word
at each of its letters (a 4,000-letter word costs 8 million steps), `<!--.*?-->` and
`\]\([^)]{0,1000}\)` read to the end (or 1,000 characters) at each opening they cannot close.
`_mask_spans` gives the same matches from one finder per alternative, each of which knows where
its leftmost match at or after a position is without retrying there. (`_PLAIN_MASK` is the
definition `_mask_plain` follows.)

The other modules call these through the module (`masks._mask(...)`), so that a test can put
the `re.sub` definitions back in one place.
"""

from __future__ import annotations

from collections.abc import Callable

from openwash.lazyre import lazy_compile

# Masks: spans replaced by spaces so that positions stay put.
_MASK_INLINE = lazy_compile(
    r"`[^`]*`|<!--.*?-->|<[^<>]{0,500}>|\]\([^)]{0,1000}\)|https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+"
)

_PLAIN_MASK = lazy_compile(r"https?://\S+|[\w.+-]+@[\w-]+\.[\w.-]+")
# `_MASK_INLINE` without the mail alternative: linear on a line without `<!--` and `](`.
_MASK_SHORT = lazy_compile(r"`[^`]*`|<!--.*?-->|<[^<>]{0,500}>|\]\([^)]{0,1000}\)|https?://\S+|www\.\S+")
_URL = lazy_compile(r"https?://\S+")
_WWW = lazy_compile(r"www\.\S+")
_MAIL_DOMAIN = lazy_compile(r"[\w-]+\.[\w.-]+")
_Span = tuple[int, int]


def _mask(raw: str) -> str:
    masked = _blank(raw, _inline_spans(raw))
    # Emphasis markers carry no words; blank them so windows read "开源了 中文LLaMA模型".
    return masked.replace("*", " ").replace("~~", "  ")


def _mask_plain(raw: str) -> str:
    if "@" not in raw:
        return _URL.sub(lambda m: " " * len(m.group(0)), raw)  # no mail address: only the URL alternative can match
    return _blank(raw, _mask_spans(raw, _PLAIN_FINDERS))


def _blank(text: str, spans: list[_Span]) -> str:
    """`text` with each span replaced by as many spaces."""
    if not spans:
        return text
    parts, last = [], 0
    for start, end in spans:
        parts += [text[last:start], " " * (end - start)]
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _find_code(text: str, pos: int) -> _Span | None:  # `[^`]*`
    start = text.find("`", pos)
    end = text.find("`", start + 1) if start != -1 else -1
    return (start, end + 1) if end != -1 else None  # the first backtick has no partner: no later one has


def _find_comment(text: str, pos: int) -> _Span | None:  # <!--.*?-->  (`.` stops at a line break)
    start = text.find("<!--", pos)
    while start != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            return None
        newline = text.find("\n", start + 4, end)
        if newline == -1:
            return start, end + 3
        start = text.find("<!--", newline)
    return None


def _find_tag(text: str, pos: int) -> _Span | None:  # <[^<>]{0,500}>
    start = text.find("<", pos)
    while start != -1:
        angle = _NEXT_ANGLE.search(text, start + 1)
        if angle is None:
            return None
        if angle.group() == ">":
            if angle.start() - start - 1 <= 500:
                return start, angle.end()
            start = text.find("<", angle.end())
        else:
            start = angle.start()
    return None


_NEXT_ANGLE = lazy_compile(r"[<>]")


def _find_link_target(text: str, pos: int) -> _Span | None:  # \]\([^)]{0,1000}\)
    start = text.find("](", pos)
    close = -1
    while start != -1:
        if close < start + 2:
            close = text.find(")", start + 2)  # the first `)` after this `](`; it stays the first for the next ones before it
            if close == -1:
                return None
        if close - start - 2 <= 1000:
            return start, close + 1
        start = text.find("](", start + 1)
    return None


def _find_url(text: str, pos: int) -> _Span | None:
    match = _URL.search(text, pos)
    return match.span() if match else None


def _find_www(text: str, pos: int) -> _Span | None:
    match = _WWW.search(text, pos)
    return match.span() if match else None


def _in_address(char: str) -> bool:
    return char.isalnum() or char in "_.+-"  # `[\w.+-]`: `\w` is `isalnum()` or `_`


def _find_mail(text: str, pos: int) -> _Span | None:  # [\w.+-]+@[\w-]+\.[\w.-]+
    """A match starts at the first character of the run of `[\\w.+-]` before an `@` (or at `pos`) and
    takes the whole run, since `@` is not in it: only the `@`s need trying, each once."""
    at = text.find("@", pos)
    while at != -1:
        domain = _MAIL_DOMAIN.match(text, at + 1)
        if domain is not None:
            start = at
            while start > pos and _in_address(text[start - 1]):
                start -= 1
            if start < at:
                return start, domain.end()
            at = text.find("@", domain.end())
        else:
            at = text.find("@", at + 1)
    return None


# `_MASK_INLINE`'s alternatives in its order (at one offset the first that matches wins).
_INLINE_FINDERS = (_find_code, _find_comment, _find_tag, _find_link_target, _find_url, _find_www, _find_mail)
_PLAIN_FINDERS = (_find_url, _find_mail)


def _inline_spans(text: str) -> list[_Span]:
    """The spans of `_MASK_INLINE.finditer(text)`."""
    if "@" not in text and "](" not in text and "<!--" not in text:
        return [m.span() for m in _MASK_SHORT.finditer(text)]  # the common line: no alternative can go slow
    return _mask_spans(text, _INLINE_FINDERS)


def _mask_spans(text: str, finders: tuple[Callable[[str, int], _Span | None], ...]) -> list[_Span]:
    """The spans of `pattern.finditer(text)` for the alternation of `finders`' patterns, in linear time.

    Each finder's leftmost match at or after the current offset is kept until the offset passes its
    start (none of the patterns looks behind, so a match does not depend on where the search began;
    a mail match is cut at the offset as `re` would start it there).
    """
    spans: list[_Span] = []
    pos = 0
    ahead: list[_Span | None] = [None] * len(finders)
    live = list(range(len(finders)))
    while live:
        best: tuple[int, int, int] | None = None
        for index in list(live):
            found = ahead[index]
            if found is None or found[0] < pos:
                found = ahead[index] = finders[index](text, pos)
                if found is None:
                    live.remove(index)  # no match at or after `pos`: none later either
                    continue
            if best is None or found[0] < best[0]:
                best = (found[0], found[1], index)
        if best is None:
            break
        spans.append((best[0], best[1]))
        pos = best[1]
    return spans
