#!/usr/bin/env python3
"""The pre-commit hook's environment: its size, install time and first-run time.

    python benchmarks/hook_env.py SOURCE [SOURCE ...] [--runs 5]

For each SOURCE (an openwash source tree, e.g. `.` or an exported older commit:
`git archive v0.1.0 | tar -x -C /tmp/old`), this does what `pre-commit` does for the hook: a
fresh virtual environment and `pip install SOURCE` (the core, no extras), then reports

- the environment's size on disk (`du` of the venv) and the distributions installed;
- the wall time of `pip install` (from the local pip cache or index; network speed is not
  what is measured, so run it twice and read the second);
- the first `openwash check --quiet` in that environment (bytecode as pip compiled it, an
  empty user cache: the first commit after `pre-commit install`; median of `--runs` such
  first runs, each with a new cache) and the median of `--runs` further runs (the steady
  state), on the example release shipped in `examples/`; wall and CPU (user + system) time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "overreaching-model"


def du(path: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_blocks * 512
            except OSError:
                pass
    return total


def timed(cmd: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, int, float]:
    """Wall seconds, exit code and CPU seconds (user + system, from wait4) of one child process."""
    started = time.perf_counter()
    proc = subprocess.Popen(list(cmd), env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - started, proc.returncode, usage.ru_utime + usage.ru_stime


def measure(source: Path, runs: int, workdir: Path) -> list[str]:
    venv = workdir / f"venv-{source.name}"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    install_seconds, code, _cpu = timed([str(python), "-m", "pip", "install", "--quiet", str(source)])
    if code != 0:
        return [f"| {source} | pip install failed (exit {code}) | | | | |"]
    listed = subprocess.run([str(python), "-m", "pip", "list", "--format=freeze"], capture_output=True, text=True).stdout.split()
    dists = sorted(line.split("==")[0] for line in listed if not line.lower().startswith(("pip==", "setuptools==", "wheel==")))
    size = du(venv)
    env = {**os.environ}
    env.pop("OPENWASH_NO_CACHE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["OPENWASH_NO_MEMO"] = "1"  # whole checks: the memo would print the example's report again (openwash.memo)
    cmd = [str(venv / "bin" / "openwash"), "check", "--quiet", str(EXAMPLE)]
    firsts = []
    for attempt in range(runs):  # each with an empty user cache of its own: a first run every time
        firsts.append(timed(cmd, {**env, "OPENWASH_CACHE_DIR": str(workdir / f"cache-{source.name}-{attempt}")}))
    steady = [timed(cmd, {**env, "OPENWASH_CACHE_DIR": str(workdir / f"cache-{source.name}-0")}) for _ in range(runs)]
    first_wall, first_cpu = statistics.median(f[0] for f in firsts), statistics.median(f[2] for f in firsts)
    steady_wall, steady_cpu = statistics.median(f[0] for f in steady), statistics.median(f[2] for f in steady)
    return [
        f"| `{source}` | {size / 2**20:.1f} MiB | {len(dists)}: {', '.join(dists)} | {install_seconds:.1f} s "
        f"| {first_wall:.3f} s ({first_cpu:.3f} s CPU) | {steady_wall:.3f} s ({steady_cpu:.3f} s CPU) |"
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("sources", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="openwash-hook-env-"))
    rows = [
        "| source | environment size | distributions (besides pip) | pip install | first check (empty user cache), median | later checks, median |",
        "|---|---:|---|---:|---:|---:|",
    ]
    try:
        for index, source in enumerate(args.sources):
            (workdir / str(index)).mkdir()
            rows += measure(source.resolve(), args.runs, workdir / str(index))
            print(rows[-1], flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
