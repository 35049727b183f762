"""Which paths are left out: `.gitignore` files (root and nested) and the configured `exclude:`
patterns, translated to linear-time regexes and cached between runs."""

from __future__ import annotations

import re
import sys
import warnings
from functools import lru_cache
from typing import Any

from openwash import cache
from openwash.lazyre import compile_pattern, lazy_compile


# --- ignore rules ---------------------------------------------------------------------


class _IgnoreSpec:
    """gitignore patterns anchored at one folder, with a single-regex fast path.

    Most paths match no pattern; one combined regex answers that in C. Only paths the
    combined regex matches go through pathspec's ordered (negation-aware) check.
    """

    __slots__ = ("base", "good", "_spec", "quick", "bad", "negated")

    def __init__(self, base: str, lines: list[str]) -> None:
        self.base = base  # "" for the root, else "a/b/"
        self.bad: list[tuple[int, str]] = []  # (line number, pattern) that could not be compiled
        good: list[str] = []
        regexes: list[str] = []
        for number, line in enumerate(lines, 1):
            line = collapse_stars(line)
            compiled = _compile_pattern(line)
            if compiled is False:
                self.bad.append((number, line))
                continue
            good.append(line)
            if isinstance(compiled, str):
                regexes.append(compiled)
        self.good = good
        # Without a negation every pattern ignores, so any match ignores: pathspec's ordered check is needed only with one
        # ("!keep.log"). Most .gitignore files have none, and building that check costs ~15 ms on a 150-line template.
        self.negated = any(line.startswith("!") for line in good)
        self._spec: Any = None  # pathspec's ordered check, built the first time a path matches
        # Built from the repository's lines: kept apart from openwash's own programs, in a store of its own (a hostile
        # .gitignore can fill or reset only that one); compiling a 150-line template costs ~4 ms.
        self.quick = lazy_compile("|".join(f"(?:{r})" for r in regexes), remember=False, store="gitignore") if regexes else None

    def check(self, rel: str) -> bool | None:
        """True: ignored, False: re-included by a negation, None: no opinion."""
        if self.quick is None:
            return None
        local = rel[len(self.base):] if self.base else rel
        if not self.quick.match(local):
            return None
        if not self.negated:
            return True
        if self._spec is None:
            self._spec = linear_spec(self.good)
        return bool(self._spec.check_file(local).include)


MAX_CACHED_PATTERN = 200  # characters; real .gitignore lines are far shorter


def _compile_pattern(line: str) -> str | None | bool:
    """The regex of one gitignore-style line; None for blanks/comments, False when invalid.

    Translations are kept in the user cache (openwash.cache): most runs then never import
    pathspec, whose import costs more than the rest of the scan of a small repository."""
    store = _pattern_translations()
    cached = store.get(line)
    if isinstance(cached, tuple) and len(cached) == 1 and isinstance(cached[0], (str, bool, type(None))):
        return cached[0]
    translated = _translate_pattern(line)
    if len(line) <= MAX_CACHED_PATTERN:  # a hostile .gitignore cannot grow the user cache with long lines
        store.put(line, (translated,))
    return translated


# Git's wildmatch knows POSIX character classes inside brackets ("*[[:space:]].whl", which Hugging Face writes into
# .gitattributes); pathspec and `re` do not (`re` reads "[[:space:]]" as a set of the letters, then "]").
_POSIX_CLASSES = {
    "[:alpha:]": "a-zA-Z", "[:digit:]": "0-9", "[:alnum:]": "a-zA-Z0-9", "[:upper:]": "A-Z", "[:lower:]": "a-z",
    "[:space:]": " \t\r\f\v", "[:blank:]": " \t", "[:xdigit:]": "0-9A-Fa-f",
}


def posix_classes(line: str) -> str:
    """The pattern with the POSIX classes inside its brackets spelled as ranges (`[[:space:]]` → `[ \t…]`)."""
    if "[:" not in line:
        return line
    for name, chars in _POSIX_CLASSES.items():
        line = line.replace(name, chars)
    return line


def collapse_stars(line: str) -> str:
    """The same gitignore pattern with its runs of `*` shortened, so matching stays linear.

    Git reads a run of two or more stars that is not a whole path component (`a**b`,
    `**********x`) as one `*`, and a whole-component run (`/***/`) as `**`; pathspec
    translates each star into its own `[^/]*`, which backtracks catastrophically (ten
    stars: a minute on one long name). Escaped stars (`\\*`) are literal and kept."""
    if "**" not in line:
        return line
    out: list[str] = []
    i, n = 0, len(line)
    while i < n:
        char = line[i]
        if char == "\\" and i + 1 < n:
            out.append(line[i : i + 2])
            i += 2
            continue
        if char != "*":
            out.append(char)
            i += 1
            continue
        j = i
        while j < n and line[j] == "*":
            j += 1
        start = i == 0 or (i == 1 and line[0] == "!") or line[i - 1] == "/"  # after a negation's "!"
        whole = start and (j == n or line[j] == "/")
        out.append("**" if whole and j - i >= 2 else "*")
        i = j
    return "".join(out)


# One atom of a pathspec regex that matches exactly one character of a path component:
# an escaped character, a character class, or a plain character. `[^/]*` is a star.
_REGEX_TOKEN = lazy_compile(r"(\[\^/\]\*)|(\\.|\[(?:\\.|[^\]])+\]|[^/()|?*+.^$\[\]{}\\])|(.)", re.DOTALL)


def linearise(regex: str) -> str:
    """A pathspec regex rewritten so that it cannot backtrack catastrophically.

    Inside one path component a glob `A*B*C*D` (A…D fixed-length) matches iff A is a
    prefix, D a suffix, and B then C occur in order in between: committing to the leftmost
    B and C is always right. So every star but the last of a component becomes an atomic
    lazy `(?>[^/]*?B)` (Python 3.11+), and only the last star may backtrack: linear in
    the name's length, where `[^/]*a[^/]*a[^/]*a[^/]*b` took 17 s on a 250-letter name.
    Python 3.10 has no atomic groups: there the regex is returned unchanged."""
    if sys.version_info < (3, 11):
        return regex
    regex = _linear_double_stars(regex)
    if regex.count("[^/]*") < 2:
        return regex
    # Tokens: ("star", text), ("one", text) for a one-character atom, ("other", text).
    tokens: list[tuple[str, str]] = []
    for match in _REGEX_TOKEN.finditer(regex):
        if match.group(1):
            tokens.append(("star", match.group(1)))
        elif match.group(2):
            tokens.append(("one", match.group(2)))
        else:
            tokens.append(("other", match.group(3)))
    out: list[str] = []
    i = 0
    while i < len(tokens):
        kind, text = tokens[i]
        if kind != "star":
            out.append(text)
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and tokens[j][0] == "one":
            j += 1
        if j < len(tokens) and tokens[j][0] == "star" and j > i + 1:
            # A star followed by fixed atoms and another star of the same component.
            out.append("(?>[^/]*?" + "".join(t for _k, t in tokens[i + 1 : j]) + ")")
            i = j
            continue
        out.append(text)
        i += 1
    return "".join(out)


_LEAD, _MID = "^(?:.+/)?", "(?:/.+)?"


def _linear_double_stars(regex: str) -> str:
    """`**` path components: every one but the last commits to the leftmost place where the
    components after it match (`a/**/b/**/c`: the first `b/` that is followed by anything is
    as good as any later one). Only the last `**` may backtrack."""
    parts = regex.split(_MID)
    lead = regex.startswith(_LEAD)
    if len(parts) + lead <= 2:
        return regex
    out = []
    first = parts[0]
    if lead:
        out.append("^(?>(?:.+?/)??" + first[len(_LEAD):] + "(?=/|$))")
    else:
        out.append(first)
    for middle in parts[1:-1]:
        out.append("(?>(?:/.+?)??" + middle + "(?=/|$))")
    out.append(_MID + parts[-1])
    return "".join(out)


def linear_spec(lines: list[str]) -> Any:
    """pathspec's ordered, negation-aware matcher over `lines`, with linear regexes."""
    import pathspec

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        spec = pathspec.GitIgnoreSpec.from_lines([collapse_stars(posix_classes(line)) for line in lines])
    for pattern in spec.patterns:
        compiled = getattr(pattern, "regex", None)
        if compiled is not None:
            rewritten = linearise(str(compiled.pattern))
            if rewritten != compiled.pattern:
                pattern.regex = re.compile(rewritten)
    return spec


def _translate_pattern(line: str) -> str | None | bool:
    import pathspec

    try:
        with warnings.catch_warnings():
            # a bracket `re` reads as a possible nested set ("[[=a=]]"): a FutureWarning on the user's terminal
            warnings.simplefilter("ignore", FutureWarning)
            spec = pathspec.GitIgnoreSpec.from_lines([posix_classes(line)])
        for pattern in spec.patterns:
            compiled = getattr(pattern, "regex", None)
            if compiled is not None:
                regex = linearise(str(compiled.pattern)).replace("(?P<ps_d>", "(?:")
                compile_pattern(regex, remember=False)  # a pattern `re` refuses is reported, not met later mid-scan
                return regex
        return None
    except Exception:  # pathspec and re raise several types for hostile patterns
        return False


@lru_cache(maxsize=1)
def _pattern_translations() -> cache.Store:
    import importlib.util

    found = importlib.util.find_spec("pathspec")
    translator = found.origin if found is not None and found.origin else "-"
    return cache.store("gitpatterns", cache.file_signature(translator, __file__))


def _ignored(specs: list[_IgnoreSpec], rel: str) -> bool:
    # Deeper .gitignore files override shallower ones; within one file, the last match wins.
    for spec in reversed(specs):
        verdict = spec.check(rel)
        if verdict is not None:
            return verdict
    return False


def _read_small_text(full: str, limit: int = 256 * 1024) -> str | None:
    """A `.gitignore` / `.gitattributes`: a regular file of the tree, never through a link,
    never a FIFO or device (they would hang or read another file), at most `limit` bytes."""
    from openwash import textio

    try:
        data, _size = textio.read_repository_file(full, limit)
    except (OSError, textio.NotText):
        return None
    return data.decode("utf-8", "replace")


def _gitignore_lines(full: str) -> list[str]:
    text = _read_small_text(full)
    return text.splitlines() if text else []
