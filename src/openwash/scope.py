"""What the command line asked about, and how its paths are shown.

- `target(paths)`: `openwash check` takes one folder, or model card files of one repository
  (pre-commit's `pass_filenames`). For files, the repository around them is still the evidence
  (the nearest folder up holding `.git` or an `.openwash.yml`); the findings are limited to
  those files.
- `display_base(root, given)`: paths in the output are relative to the directory openwash ran
  in, like ruff: `openwash check models/x` prints `models/x/README.md:3:1: …`.
- `relocate(report, base)`: the report's paths rewritten onto that base, after everything that
  needs root-relative paths (baseline matching, SARIF) has used them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from openwash.errors import OpenwashError
from openwash.model import Location, Report

PROJECT_MARKERS = (".git", ".openwash.yml", ".openwash.yaml")


@dataclass(frozen=True)
class Target:
    root: Path  # the folder checked
    files: tuple[str, ...]  # POSIX paths (from root) of the cards asked for; empty: the whole folder
    given: str  # the argument the root was derived from (to show paths the way it was typed)


def target(paths: list[str] | None) -> Target:
    given = list(paths or ["."])
    missing = [p for p in given if not os.path.lexists(p)]
    if missing:
        raise OpenwashError("no such file or directory", missing[0])
    folders = [p for p in given if os.path.isdir(p)]
    if folders:
        if len(given) > 1:
            raise OpenwashError(f"give one folder, or model card files; not {len(given)} paths with a folder among them")
        return Target(Path(given[0]), (), given[0])
    roots = {}
    for name in given:
        if not os.path.isfile(name) or os.path.islink(name):
            raise OpenwashError("not a regular file or a directory", name)
        roots[name] = project_root(Path(name))
    distinct = {os.path.abspath(r) for r in roots.values()}
    if len(distinct) > 1:
        raise OpenwashError("the files belong to different repositories; run openwash once per repository")
    root = next(iter(roots.values()))
    files = tuple(sorted({Path(os.path.relpath(os.path.abspath(n), os.path.abspath(root))).as_posix() for n in given}))
    return Target(root, files, str(root))


def project_root(file: Path) -> Path:
    """The folder whose evidence a card belongs to: the nearest one up holding `.git` or an
    `.openwash.yml`, else the card's own folder."""
    folder = Path(os.path.abspath(file)).parent
    for candidate in (folder, *folder.parents):
        if any(os.path.lexists(candidate / marker) for marker in PROJECT_MARKERS):
            return _shown(candidate, file)
    return _shown(folder, file)


def _shown(folder: Path, file: Path) -> Path:
    """`folder` written relative when the file was given relative (so output paths stay relative)."""
    if file.is_absolute():
        return folder
    return Path(os.path.relpath(folder))


def limit_to_files(report: Report, files: tuple[str, ...]) -> bool:
    """Keep only what the given card files say; False (and a note) when one of them is not a card.

    A licence, weights or configuration file changed can change the verdict on every claim, so
    when one of those is given the whole folder is reported.
    """
    from openwash import documents

    prose = (documents.CARD, documents.README, documents.DATA_CARD)
    if not files or any(documents.classify_name(f) not in prose for f in files):
        if files:
            report.notes.append("a given file is evidence, not a model card: every finding of the repository is reported")
        return False
    wanted = set(files)
    report.findings = [f for f in report.findings if f.path in wanted]
    report.suppressed = [s for s in report.suppressed if s.finding.path in wanted]
    report.claims = [c for c in report.claims if c.path in wanted]
    silenced = {s.finding.claim for s in report.suppressed if s.finding.claim}
    live = {f.claim for f in report.findings if f.claim}
    accepted = silenced - live
    report.verdict.overreach = any(c.status == "overreach" and c.id not in accepted for c in report.claims)
    return True


def display_base(root: Path, given: str, cwd: Path | None = None) -> str | None:
    """How to show the folder `root` from the working directory: "" (it is the working
    directory), a relative path ("models/x", "../.."), or None (an absolute path outside the
    working directory: paths stay relative to the checked folder)."""
    here = Path(os.path.abspath(cwd or os.getcwd()))
    absolute = Path(os.path.abspath(root))
    if absolute == here:
        return ""
    if here in absolute.parents:
        return absolute.relative_to(here).as_posix()
    if not Path(given).is_absolute():
        return Path(os.path.relpath(absolute, here)).as_posix()
    return None


def join(base: str, path: str) -> str:
    if not base:
        return path
    if not path or path == ".":
        return base
    joined = str(PurePosixPath(base) / path)
    if not base.startswith(".."):
        return joined
    # `..` climbs out of the working directory: the shortest path back from here
    here = os.getcwd()
    return Path(os.path.relpath(os.path.normpath(os.path.join(here, joined)), here)).as_posix()


def relocate(report: Report, base: str | None) -> None:
    """Rewrite every path of the report as seen from the working directory (in place)."""
    if not base:
        return

    def move(path: str) -> str:
        # an external location (a URL, `external:` in the configuration) is not a file here
        return join(base, path) if path and "://" not in path and not path.startswith("/") else path

    for finding in report.findings:
        finding.path = move(finding.path)
    for silenced in report.suppressed:
        silenced.finding.path = move(silenced.finding.path)
        silenced.path = move(silenced.path)
    for claim in report.claims:
        claim.path = move(claim.path)
    for info in report.licenses:
        info.path = move(info.path)
    for ref in report.base_models:
        ref.path = move(ref.path)
    for component in report.components.values():
        component.evidence = [_moved(loc, move) for loc in component.evidence]
    for error in report.errors:
        error.path = move(error.path)
    report.documents = [move(d) for d in report.documents]


def _moved(location: Location, move: object) -> Location:
    assert callable(move)
    return replace(location, path=move(location.path))
