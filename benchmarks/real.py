#!/usr/bin/env python3
"""Time a whole `openwash check` on real model-release repositories, beside `reuse lint`.

    python benchmarks/real.py                       # the default repositories, 5 runs each
    python benchmarks/real.py --runs 9 --output docs/performance.md   # rewrite the results block
    python benchmarks/real.py tests/realworld/repos/cases/*           # chosen repositories

The default repositories are the release repositories in `tests/realworld/repos/cases/`
(real releases whose weights are stubbed) and, when they are there, the shared corpora
beside the checkout (`../shared/corpus/cases/*`, `../shared/corpus2/cases/*`).

Every number is a whole process (interpreter start, imports, scan, JSON report sent to
/dev/null), with bytecode compiled and openwash's user cache primed by one uncounted run
per repository: the pre-commit hook's steady state. For each repository the median of
`--runs` runs is taken; the table gives the median (and quartiles) of those medians over
all repositories. Each repository is first copied into a git repository of its own (every
file tracked, one commit), as the hook and the action see a release; `--in-place` checks the
folders where they are instead (inside openwash's own checkout a check then asks git about an
index of ~200,000 files, a cost no release repository has). CPU is user + system time of the child (steadier than wall time on a
busy machine). `reuse lint` runs on the same trees when `reuse` is installed beside the
interpreter (or on PATH), with the same number of runs.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402  (the synthetic-tree benchmark beside this script: shared helpers)

HERE = Path(__file__).resolve().parent
CHECKOUT = HERE.parent
BEGIN_MARK = "<!-- real-repository benchmark: begin (written by benchmarks/real.py) -->"
END_MARK = "<!-- real-repository benchmark: end -->"
TARGET_SECONDS = 0.08


def default_repositories() -> list[Path]:
    shared = Path(os.environ.get("OPENWASH_SHARED", CHECKOUT.parent / "shared"))
    roots = [CHECKOUT / "tests" / "realworld" / "repos" / "cases", shared / "corpus" / "cases", shared / "corpus2" / "cases"]
    return [case for root in roots if root.is_dir() for case in sorted(root.iterdir()) if case.is_dir()]


def file_count(root: Path) -> int:
    count = 0
    for _dir, subdirs, files in os.walk(root):
        if ".git" in subdirs:
            subdirs.remove(".git")  # the copy's own repository, not the release's files
        count += len(files)
    return count


def quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    if len(values) < 2:
        only = values[0] if values else float("nan")
        return only, only, only
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q2, q3


def own_repository(source: Path, under: Path) -> Path:
    """A copy of `source` as a git repository of its own: every file tracked, one commit."""
    import shutil
    import subprocess

    target = under / source.name
    shutil.copytree(source, target, symlinks=True)
    env = {**os.environ, "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.invalid",
           "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.invalid"}
    for step in (["init", "-q"], ["add", "-A", "-f"], ["commit", "-q", "--no-verify", "-m", "release"]):
        subprocess.run(["git", "-c", "core.hooksPath=/dev/null", *step], cwd=target, env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return target


def series_of(cmd: Sequence[str], runs: int, env: dict[str, str] | None = None) -> list[run.Sample]:
    run.measure(cmd, env=env)  # primes the user cache and the page cache; not counted
    return [run.measure(cmd, env=env) for _ in range(runs)]


def summary_row(label: str, per_repo: Sequence[tuple[float, float]]) -> str:
    wall = [w for w, _c in per_repo]
    cpu = [c for _w, c in per_repo]
    wq, cq = quartiles(wall), quartiles(cpu)
    return f"| {label} | {wq[1]:.3f} s | {wq[0]:.3f}–{wq[2]:.3f} s | {cq[1]:.3f} s | {cq[0]:.3f}–{cq[2]:.3f} s | {max(wall):.3f} s |"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("repos", nargs="*", type=Path, help="repositories to check (default: the real release repositories)")
    parser.add_argument("--runs", type=int, default=5, help="runs per repository (median taken), after one uncounted run")
    parser.add_argument("--openwash", help="command to run instead of the openwash beside this interpreter")
    parser.add_argument(
        "--against",
        help="a second openwash command (e.g. another checkout: 'env PYTHONPATH=../old/src python -m openwash'), "
        "run interleaved with the first on every repository, each with a user cache of its own",
    )
    parser.add_argument("--no-reuse", action="store_true", help="skip `reuse lint`")
    parser.add_argument("--in-place", action="store_true", help="check the folders where they are, not a git copy of each")
    parser.add_argument(
        "--memo", action="store_true",
        help="measure the report memo's replay (an unchanged tree checked again; openwash.memo) instead of whole checks",
    )
    parser.add_argument("--per-repo", action="store_true", help="also print one row per repository")
    parser.add_argument("--output", type=Path, help="write the results between the markers in this Markdown file")
    args = parser.parse_args(argv)

    repos = args.repos or default_repositories()
    if not repos:
        print("no repositories to check", file=sys.stderr)
        return 2
    missing = [str(repo) for repo in repos if not repo.is_dir()]
    if missing:
        print(f"not a directory: {', '.join(missing)}", file=sys.stderr)
        return 2
    ow = run.openwash_cmd(args.openwash)
    run.byte_compile_openwash()
    workdir = Path(tempfile.mkdtemp(prefix="openwash-real-"))
    run.use_private_user_cache(workdir)
    if not args.in_place:
        repos = [own_repository(repo, workdir / "repos") for repo in repos]
    if args.memo:
        os.environ["OPENWASH_NO_MEMO"] = "0"
        time.sleep(2.5)  # inputs changed within openwash.memo.SETTLE_NS of a check are never remembered
    load_before = os.getloadavg()

    ours: list[tuple[float, float]] = []
    other: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    against = args.against.split() if args.against else None
    cache_of = {"ours": {"OPENWASH_CACHE_DIR": str(workdir / "user-cache")}, "against": {"OPENWASH_CACHE_DIR": str(workdir / "user-cache-against")}}
    rows: list[str] = []
    exits: set[int] = set()
    reuse_available = not args.no_reuse and run.reuse_cmd(CHECKOUT) is not None
    for repo in repos:
        cmd = [*ow, "check", "--format", "json", str(repo)]
        if against is None:
            samples = series_of(cmd, args.runs)
        else:  # interleaved, so a change in the machine's load hits both alike
            cmd_against = [*against, "check", "--format", "json", str(repo)]
            run.measure(cmd, env=cache_of["ours"])
            run.measure(cmd_against, env=cache_of["against"])
            samples, samples_against = [], []
            for _ in range(args.runs):
                samples.append(run.measure(cmd, env=cache_of["ours"]))
                samples_against.append(run.measure(cmd_against, env=cache_of["against"]))
            other.append((statistics.median(s.seconds for s in samples_against), statistics.median(s.cpu_seconds for s in samples_against)))
        exits |= {s.exit_code for s in samples}
        wall = statistics.median(s.seconds for s in samples)
        cpu = statistics.median(s.cpu_seconds for s in samples)
        ours.append((wall, cpu))
        reuse_cell = "–"
        if reuse_available:
            reuse = run.reuse_cmd(repo)
            assert reuse is not None
            reuse_samples = series_of(reuse, args.runs)
            reuse_wall = statistics.median(s.seconds for s in reuse_samples)
            theirs.append((reuse_wall, statistics.median(s.cpu_seconds for s in reuse_samples)))
            reuse_cell = f"{reuse_wall:.3f} s"
        against_cell = f" {other[-1][0]:.3f} s | {other[-1][1]:.3f} s |" if other else ""
        rows.append(f"| {repo.name} | {file_count(repo)} | {wall:.3f} s | {cpu:.3f} s | {reuse_cell} |{against_cell}")
        if args.per_repo:
            print(rows[-1], flush=True)

    version = series_of([*ow, "--version"], max(args.runs, 9))
    bare = series_of([sys.executable, "-c", "pass"], max(args.runs, 9))
    counts = [file_count(repo) for repo in repos]
    median_wall = quartiles([w for w, _c in ours])[1]
    lines = [
        f"- {len(repos)} repositories, {int(statistics.median(counts))} files median ({min(counts)}–{max(counts)}); "
        f"{args.runs} runs each after one uncounted run; exit codes seen: {', '.join(map(str, sorted(exits)))}",
        f"- machine: {os.cpu_count()} CPU(s), {run.cpu_model()}; Python {platform.python_version()}; "
        f"load average at start {load_before[0]:.1f}/{load_before[1]:.1f}/{load_before[2]:.1f}; "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
        "| process | wall, median over repositories | wall, quartiles | CPU, median | CPU, quartiles | slowest repository (wall) |",
        "|---|---:|---:|---:|---:|---:|",
        summary_row("`openwash check --format json`" + (" (memo: unchanged tree printed again)" if args.memo else ""), ours),
    ]
    if other:
        lines.append(summary_row(f"`{args.against}` (interleaved)", other))
    if theirs:
        lines.append(summary_row("`reuse lint`", theirs))
    vw = statistics.median(s.seconds for s in version)
    vc = statistics.median(s.cpu_seconds for s in version)
    bw = statistics.median(s.seconds for s in bare)
    bc = statistics.median(s.cpu_seconds for s in bare)
    lines += [
        f"| `openwash --version` | {vw:.3f} s | – | {vc:.3f} s | – | – |",
        f"| `python -c pass` | {bw:.3f} s | – | {bc:.3f} s | – | – |",
        "",
        f"Target: a typical release (the median repository) in at most {TARGET_SECONDS:.2f} s wall: "
        f"{'met' if median_wall <= TARGET_SECONDS else 'not met'} ({median_wall:.3f} s).",
    ]
    block = "\n".join(lines)
    print(block)
    if args.per_repo:
        extra = (" against wall | against CPU |", "---:|---:|") if other else ("", "")
        print(f"\n| repository | files | openwash wall | openwash CPU | reuse lint wall |{extra[0]}\n|---|---:|---:|---:|---:|{extra[1]}")
        print("\n".join(rows))
    if args.output:
        write_block(args.output, block)
    return 0


def write_block(doc: Path, block: str) -> None:
    text = doc.read_text(encoding="utf-8")
    if BEGIN_MARK in text and END_MARK in text:
        head, rest = text.split(BEGIN_MARK, 1)
        _old, tail = rest.split(END_MARK, 1)
        text = f"{head}{BEGIN_MARK}\n{block}\n{END_MARK}{tail}"
    else:
        text = f"{text.rstrip()}\n\n{BEGIN_MARK}\n{block}\n{END_MARK}\n"
    doc.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
