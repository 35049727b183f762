"""Baselines: today's findings recorded, so that a check fails only on the ones added since.

`openwash baseline [PATH] -o FILE` writes the findings of a check; `openwash check [PATH]
--baseline FILE` leaves the known ones out, counts them, and fails only on the rest (like
detect-secrets and semgrep `--baseline-commit`). In a pull-request run the action builds the
same set from the base branch's tree and marks findings it holds `preexisting`.

A finding is known by its rule, its document (path from the checked root) and its text: the
claim's words for a claim finding, else the stripped source line it points at; never by line
number, so lines moving does not make a known finding new. Each key carries a count: 3 known
findings of one key and 4 today is one new finding. Which one is new is decided by the whole
source line: findings whose line is unchanged are matched first, so the finding on the line
that was added is the new one; a claim whose sentence was reworded around the same words
still matches by its words.

File format (JSON, keys and entries sorted, one entry per key)::

    {
      "openwash_baseline": 1,
      "findings": [
        {"count": 2, "line": "It is open-source.", "path": "README.md", "rule": "OW101", "text": "open-source"}
      ]
    }
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from openwash.errors import OpenwashError
from openwash.model import Finding, Report

FORMAT_VERSION = 1
MAX_BASELINE_BYTES = 16 * 1024 * 1024
TEXT_LIMIT = 300  # characters of a key's text kept (a longer line is cut, consistently)
LINE_READ_LIMIT = 4 * 1024 * 1024

Key = tuple[str, str, str, str]  # (rule, path, text, line)


class BaselineError(OpenwashError):
    """A baseline file openwash cannot use."""


def _norm(text: str) -> str:
    return " ".join(text.split())[:TEXT_LIMIT]


class _Lines:
    """Source lines of the checked tree, read once per file, safely (never through a link)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._files: dict[str, list[str] | None] = {}

    def line(self, path: str, number: int) -> str:
        if path not in self._files:
            self._files[path] = self._read(path)
        lines = self._files[path]
        if not lines or number < 1 or number > len(lines):
            return ""
        return lines[number - 1]

    def _read(self, path: str) -> list[str] | None:
        from openwash import textio

        if not path or path == "." or path.startswith("/") or ".." in path.split("/"):
            return None
        try:
            read = textio.read_text(self.root / path, LINE_READ_LIMIT, inside=self.root, follow_links=False, budget=False)
        except (textio.NotText, OSError):
            return None
        return read.text.split("\n")


def finding_key(finding: Finding, report: Report, lines: _Lines) -> Key:
    line = _norm(lines.line(finding.path, finding.line))
    claim = report.claim(finding.claim) if finding.claim else None
    text = _norm(claim.text) if claim is not None and claim.text.strip() else line
    return (finding.rule, finding.path, text, line)


def keys(report: Report, root: Path) -> Counter[Key]:
    """The known-findings multiset of a report (paths relative to `root`)."""
    lines = _Lines(Path(root))
    return Counter(finding_key(f, report, lines) for f in report.findings)


def dumps(known: Counter[Key]) -> str:
    entries = [
        {"count": count, "line": line, "path": path, "rule": rule, "text": text}
        for (rule, path, text, line), count in sorted(known.items())
        if count > 0
    ]
    return json.dumps({"openwash_baseline": FORMAT_VERSION, "findings": entries}, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def load(path: Path) -> Counter[Key]:
    """Read a baseline file; anything else is a one-line BaselineError naming the file."""
    from openwash import safejson, textio

    shown = str(path)
    try:
        read = textio.read_text(path, MAX_BASELINE_BYTES, budget=False)
    except FileNotFoundError:
        raise BaselineError("baseline file not found", shown) from None
    except textio.NotText as exc:
        raise BaselineError(f"cannot read the baseline: {exc}", shown) from None
    except OSError as exc:
        raise BaselineError(f"cannot read the baseline: {exc.strerror or exc}", shown) from None
    if read.truncated:
        raise BaselineError(f"baseline larger than {MAX_BASELINE_BYTES // (1024 * 1024)} MiB; refusing to read it", shown)
    try:
        data = safejson.loads(read.text)
    except ValueError as exc:
        raise BaselineError(f"not valid JSON ({' '.join(str(exc).split())[:120]})", shown) from None
    if not isinstance(data, dict) or "openwash_baseline" not in data:
        raise BaselineError("not an openwash baseline (write one with `openwash baseline -o FILE`)", shown)
    if data["openwash_baseline"] != FORMAT_VERSION:
        raise BaselineError(f"baseline format {data['openwash_baseline']!r} is not supported (expected {FORMAT_VERSION})", shown)
    entries = data.get("findings")
    if not isinstance(entries, list):
        raise BaselineError("'findings' must be a list", shown)
    known: Counter[Key] = Counter()
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise BaselineError(f"entry {number} is not an object", shown)
        rule, rel, text, count = entry.get("rule"), entry.get("path"), entry.get("text", ""), entry.get("count", 1)
        line = entry.get("line", "")
        if not all(isinstance(v, str) for v in (rule, rel, text, line)):
            raise BaselineError(f"entry {number} needs string 'rule', 'path', 'text' and 'line'", shown)
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise BaselineError(f"entry {number}: 'count' must be a positive integer", shown)
        known[(str(rule), str(rel), _norm(str(text)), _norm(str(line)))] += count
    return known


def mark(report: Report, root: Path, known: Counter[Key], compared_with: str) -> None:
    """Mark the findings `known` holds `preexisting` (each key at most its count of times)."""
    left = Counter(known)
    lines = _Lines(Path(root))
    keyed = [(finding, finding_key(finding, report, lines)) for finding in report.findings]
    unmatched = []
    for finding, key in keyed:  # first the findings whose whole line is unchanged
        if left[key] > 0:
            left[key] -= 1
            finding.preexisting = True
        else:
            finding.preexisting = False
            unmatched.append((finding, key))
    by_words: Counter[tuple[str, str, str]] = Counter()
    for (rule, path, text, _line), count in left.items():
        if count > 0:
            by_words[(rule, path, text)] += count
    for finding, key in unmatched:  # then by rule, document and words: the line was reworded
        if by_words[key[:3]] > 0:
            by_words[key[:3]] -= 1
            finding.preexisting = True
    # What the baseline knew and this tree no longer has: fixed (or its document removed).
    report.fixed = [
        {"rule": rule, "path": path, "text": text, "count": count}
        for (rule, path, text), count in sorted(by_words.items())
        if count > 0
    ]
    report.baseline = compared_with


def skip_known(report: Report, root: Path, known: Counter[Key], compared_with: str) -> None:
    """Leave the known findings out of the report, count them, and gate on the rest only."""
    mark(report, root, known, compared_with)
    kept = [f for f in report.findings if not f.preexisting]
    report.known_skipped += len(report.findings) - len(kept)
    report.findings = kept
    report.new_only = True
