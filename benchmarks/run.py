#!/usr/bin/env python3
"""Time `openwash check` as a whole process on synthetic model releases, next to `reuse lint`.

    python benchmarks/run.py --sizes 100,10000,100000 --runs 5
    python benchmarks/run.py --sizes 100 --runs 3 --output docs/performance.md   # rewrite the results block
    python benchmarks/run.py --sizes 100000 --runs 1 --profile                   # where the time goes

Every number is a whole process (interpreter start, imports, scan, report on stdout sent
to /dev/null). "warm" is the median of `--runs` runs back to back. "cold" is the first
run after dropping the OS page cache (`echo 3 > /proc/sys/vm/drop_caches`, needs root);
when that is refused, cold is the first run after building the tree and is marked so.
Peak memory is the child's maximum resident set size from wait4(2).

openwash keeps compiled patterns and licence identifications in a user cache between runs
(docs/performance.md). The benchmark gives it a cache directory of its own inside the work
directory: "cold" also starts from an empty user cache (the first run ever on a machine),
"warm" runs find it primed (the pre-commit hook's steady state), and the "no cache" column
runs with OPENWASH_NO_CACHE=1. The package is byte-compiled first, as `pip install` leaves it.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402  (the builder beside this script)

BEGIN_MARK = "<!-- benchmark results: begin (written by benchmarks/run.py) -->"
END_MARK = "<!-- benchmark results: end -->"
TARGET_TYPICAL_SECONDS = 0.3
TARGET_PEAK_MIB = 100


@dataclass
class Sample:
    seconds: float  # wall clock
    cpu_seconds: float  # user + system time of the child: steadier than wall on a busy machine
    peak_kib: int
    exit_code: int


@dataclass
class Series:
    cold: Sample | None = None
    warm: list[Sample] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(s.seconds for s in self.warm) if self.warm else float("nan")

    @property
    def fastest(self) -> float:
        return min((s.seconds for s in self.warm), default=float("nan"))

    @property
    def median_cpu(self) -> float:
        return statistics.median(s.cpu_seconds for s in self.warm) if self.warm else float("nan")

    @property
    def peak_mib(self) -> float:
        samples = self.warm + ([self.cold] if self.cold else [])
        return max((s.peak_kib for s in samples), default=0) / 1024

    @property
    def exit_codes(self) -> set[int]:
        return {s.exit_code for s in self.warm + ([self.cold] if self.cold else [])}


@dataclass
class SizeResult:
    files: int
    ours: Series
    theirs: Series | None  # reuse lint
    marginal_ms: float  # CPU ms per 1,000 files since the next smaller tree (nan for the smallest)
    uncached: Series | None = None  # the same runs with OPENWASH_NO_CACHE=1


@dataclass
class Facts:
    """What the target check needs from the measurements."""

    sizes: list[SizeResult] = field(default_factory=list)
    sparse: list[tuple[int, Series, Series]] = field(default_factory=list)  # (files, sparse, empty)


def measure(cmd: Sequence[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> Sample:
    """Wall time and peak RSS of one child process (wait4 gives the child's own rusage)."""
    child_env = {**os.environ, **env} if env else None
    started = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd), cwd=cwd, env=child_env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
    return Sample(seconds, usage.ru_utime + usage.ru_stime, int(usage.ru_maxrss), proc.returncode)


def drop_caches() -> bool:
    """Empty the page cache so the next run reads from disk; False when not allowed."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as handle:
            handle.write("3\n")
        return True
    except OSError:
        return False


def run_series(cmd: Sequence[str], runs: int, cold: bool, env: dict[str, str] | None = None) -> Series:
    series = Series()
    if cold:
        empty_user_cache()
        drop_caches()
        series.cold = measure(cmd, env=env)
    else:
        measure(cmd, env=env)  # one warm-up run, not counted
    series.warm = [measure(cmd, env=env) for _ in range(runs)]
    return series


NO_CACHE = {"OPENWASH_NO_CACHE": "1"}


def use_private_user_cache(workdir: Path) -> None:
    """Children get a user cache of their own, bytecode they may write, and no inherited opt-out. The report memo
    (`openwash.memo`) is off: every run measures a whole check, as on a commit that changes the evidence
    (`benchmarks/real.py --memo` measures the memo's replay of an unchanged tree)."""
    os.environ["OPENWASH_CACHE_DIR"] = str(workdir / "user-cache")
    os.environ.pop("OPENWASH_NO_CACHE", None)
    os.environ["OPENWASH_NO_MEMO"] = "1"
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def empty_user_cache() -> None:
    shutil.rmtree(os.environ.get("OPENWASH_CACHE_DIR", "/nonexistent-openwash-cache"), ignore_errors=True)


def byte_compile_openwash() -> None:
    """Write the .pyc files `pip install` would have written (an editable checkout may lack them)."""
    import importlib.util

    spec = importlib.util.find_spec("openwash")
    if spec is not None and spec.submodule_search_locations:
        subprocess.run([sys.executable, "-m", "compileall", "-q", *spec.submodule_search_locations], check=False)


def full_license_text() -> tuple[str | None, str]:
    """A real Apache-2.0 text for the trees' LICENSE (read from ../shared, never copied), or the stand-in."""
    shared = Path(os.environ.get("OPENWASH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    source = shared / "corpus" / "cases" / "allenai__OLMo" / "LICENSE"
    try:
        return source.read_text(encoding="utf-8"), f"the full Apache-2.0 text ({source.stat().st_size:,} bytes, allenai/OLMo's LICENSE from the real-release test corpus)"
    except OSError:
        return None, "a 40-word Apache-2.0 stand-in (../shared is not there)"


def error_output(cmd: Sequence[str]) -> str:
    done = subprocess.run(list(cmd), capture_output=True, text=True)
    return (done.stderr or done.stdout).strip()[-600:]


# --- commands -------------------------------------------------------------------------------


def venv_tool(name: str) -> str | None:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def openwash_cmd(explicit: str | None) -> list[str]:
    if explicit:
        return explicit.split()
    script = venv_tool("openwash")
    return [script] if script else [sys.executable, "-m", "openwash"]


def reuse_cmd(root: Path) -> list[str] | None:
    script = venv_tool("reuse")
    return [script, "--root", str(root), "lint"] if script else None


# --- the machine ------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def memory_gib() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024**2:.0f} GiB"
    except OSError:
        pass
    return "?"


def filesystem_of(path: Path) -> str:
    """The mount (type) that holds `path`, from /proc/mounts."""
    best, fs_type = "", "?"
    try:
        real = str(path.resolve())
        for line in Path("/proc/mounts").read_text().splitlines():
            parts = line.split()
            if len(parts) >= 3 and (real == parts[1] or real.startswith(parts[1].rstrip("/") + "/")) and len(parts[1]) >= len(best):
                best, fs_type = parts[1], parts[2]
    except OSError:
        pass
    return fs_type


def tool_version(cmd: list[str]) -> str:
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return (done.stdout or done.stderr).strip().splitlines()[0] if (done.stdout or done.stderr).strip() else "?"


def machine_lines(workdir: Path, ow: list[str], cold_is_real: bool, cold_wanted: bool) -> list[str]:
    reuse = venv_tool("reuse")
    return [
        f"- machine: {os.cpu_count()} CPU(s) (`nproc`), {cpu_model()}, {memory_gib()} RAM, {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()} ({sys.executable}); {tool_version(ow + ['--version'])}; "
        + (tool_version([reuse, "--version"]) if reuse else "reuse not installed"),
        f"- trees built in {workdir} ({filesystem_of(workdir)})",
        "- cold: "
        + (
            "first run after `sync; echo 3 > /proc/sys/vm/drop_caches` (page cache emptied) with an empty openwash user cache"
            if cold_is_real
            else "not measured (--no-cold)"
            if not cold_wanted
            else "first run right after building the tree, with an empty openwash user cache; dropping the page cache was refused, so the tree is still in the page cache"
        ),
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; load average at start "
        + "/".join(f"{x:.1f}" for x in os.getloadavg())
        + (" (other work was running: wall times are noisy, CPU times are the steadier figure)" if os.getloadavg()[0] > 1 else ""),
    ]


# --- the benchmark ----------------------------------------------------------------------------


def fmt_s(seconds: float | None) -> str:
    return "–" if seconds is None or seconds != seconds else f"{seconds:.3f} s"


def fmt_cell(series: Series | None, attr: str) -> str:
    if series is None:
        return "–"
    if attr == "cold":
        return fmt_s(series.cold.seconds if series.cold else None)
    if attr == "warm":
        return f"{fmt_s(series.median)} ({series.fastest:.3f})"
    if attr == "cpu":
        return fmt_s(series.median_cpu)
    return f"{series.peak_mib:.0f} MiB"


def exits(series: Series) -> str:
    return ",".join(str(c) for c in sorted(series.exit_codes))


def bench_sizes(args: argparse.Namespace, workdir: Path, ow: list[str], cold: bool, facts: Facts) -> list[str]:
    rows = [
        "| files | openwash cold | openwash warm, median (fastest) | openwash CPU | openwash warm, no cache | CPU ms per 1,000 files "
        "| openwash peak RSS | exit | reuse lint cold | reuse lint warm, median (fastest) | reuse CPU | reuse peak RSS | openwash vs reuse (CPU) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    baseline = empty_repo_baseline(args, workdir, ow)
    for size in args.sizes:
        root = workdir / f"repo-{size}"
        print(f"building {size:,} files …", file=sys.stderr, flush=True)
        synth.build(root, size, int(args.weight_gb * synth.GIB), license_text=args.license_text)
        cmd = ow + ["check", "--format", "json", str(root)]
        ours = run_series(cmd, args.runs, cold)
        uncached = run_series(cmd, args.runs, cold=False, env=NO_CACHE)
        if ours.exit_codes - {0, 1}:
            print(f"openwash failed on {size} files: {error_output(cmd)}", file=sys.stderr)
        reuse = reuse_cmd(root) if not args.no_reuse else None
        theirs = run_series(reuse, max(1, min(args.runs, args.reuse_runs)), cold) if reuse else None
        per_k_ms = marginal_ms(facts.sizes[-1] if facts.sizes else None, size, ours)
        facts.sizes.append(SizeResult(size, ours, theirs, per_k_ms, uncached))
        rows.append(
            f"| {size:,} | {fmt_cell(ours, 'cold')} | {fmt_cell(ours, 'warm')} | {fmt_cell(ours, 'cpu')} | {fmt_cell(uncached, 'warm')} "
            f"| {fmt_number(per_k_ms)} "
            f"| {fmt_cell(ours, 'peak')} | {exits(ours)} | {fmt_cell(theirs, 'cold')} | {fmt_cell(theirs, 'warm')} "
            f"| {fmt_cell(theirs, 'cpu')} | {fmt_cell(theirs, 'peak')} "
            f"| {compare(ours.median_cpu, theirs.median_cpu if theirs else None)} |"
        )
        print(rows[-1], file=sys.stderr, flush=True)
        if not args.keep:
            shutil.rmtree(root)
    rows += [
        "",
        f"Baseline, `openwash check` on an empty directory: {fmt_s(baseline.median)} wall, {fmt_s(baseline.median_cpu)} CPU (medians).",
    ]
    return rows


def marginal_ms(smaller: SizeResult | None, files: int, ours: Series) -> float:
    """CPU milliseconds per 1,000 files between the smaller tree and this one: flat when linear."""
    if smaller is None or files <= smaller.files:
        return float("nan")
    return (ours.median_cpu - smaller.ours.median_cpu) / (files - smaller.files) * 1_000_000


def fmt_number(value: float) -> str:
    return "–" if value != value else f"{value:.1f}"


def compare(ours: float, theirs: float | None) -> str:
    if theirs is None or ours != ours or theirs != theirs or ours <= 0:
        return "–"
    return f"{theirs / ours:.1f}× faster" if theirs >= ours else f"{ours / theirs:.1f}× slower"


def empty_repo_baseline(args: argparse.Namespace, workdir: Path, ow: list[str]) -> Series:
    """`openwash check` on an empty directory: start-up plus fixed costs."""
    root = workdir / "empty"
    root.mkdir(exist_ok=True)
    return run_series(ow + ["check", "--format", "json", str(root)], args.runs, cold=False)


def bench_sparse(args: argparse.Namespace, workdir: Path, ow: list[str], facts: Facts) -> list[str]:
    """Same tree twice, 100 GB of sparse shards against empty-bodied shards, runs interleaved."""
    rows = [
        "| files | weights | bytes on disk (shards) | openwash warm, median (fastest) | openwash CPU | peak RSS | exit |",
        "|---:|---|---:|---:|---:|---:|---:|",
    ]
    for size in args.sparse_sizes:
        cases = [(f"{args.sparse_gb:g} GiB sparse", int(args.sparse_gb * synth.GIB)), ("empty (header only)", 0)]
        roots = [workdir / f"sparse-{size}-{nbytes}" for _label, nbytes in cases]
        for root, (_label, nbytes) in zip(roots, cases):
            synth.build(root, size, nbytes, license_text=args.license_text)
        cmds = [ow + ["check", "--format", "json", str(root)] for root in roots]
        series = [Series() for _ in cases]
        for cmd in cmds:
            measure(cmd)  # warm-up
        for _ in range(args.runs):  # alternate, so a busy moment hits both cases alike
            for cmd, one in zip(cmds, series):
                one.warm.append(measure(cmd))
        facts.sparse.append((size, series[0], series[1]))
        for root, (label, _nbytes), one in zip(roots, cases, series):
            on_disk = sum(synth.disk_bytes(p) for p in root.glob("model-*.safetensors"))
            apparent = sum(p.stat().st_size for p in root.glob("model-*.safetensors"))
            rows.append(
                f"| {size:,} | {label}: {apparent / synth.GIB:.1f} GiB apparent | {on_disk / 1024:.0f} KiB | {fmt_cell(one, 'warm')} "
                f"| {fmt_cell(one, 'cpu')} | {fmt_cell(one, 'peak')} | {exits(one)} |"
            )
            print(rows[-1], file=sys.stderr, flush=True)
            if not args.keep:
                shutil.rmtree(root)
    return rows


def bench_ignored(args: argparse.Namespace, workdir: Path, ow: list[str]) -> list[str]:
    """The same tree with and without a mass of files in .git, node_modules, .venv and a gitignored build/."""
    size, extra = args.ignored_base, args.ignored_files
    plain, noisy = workdir / f"ignored-{size}-0", workdir / f"ignored-{size}-{extra}"
    for root in (plain, noisy):
        synth.build(root, size, int(args.weight_gb * synth.GIB), license_text=args.license_text)
    (plain / ".gitignore").write_text("build/\n", encoding="utf-8")  # the same .gitignore in both
    synth.add_ignored(noisy, extra)
    cmds = [ow + ["check", "--format", "json", str(root)] for root in (plain, noisy)]
    series = [Series(), Series()]
    for cmd in cmds:
        measure(cmd)  # warm-up
    for _ in range(args.runs):
        for cmd, one in zip(cmds, series):
            one.warm.append(measure(cmd))
    rows = [
        "| tree | files on disk | files openwash listed | openwash warm, median (fastest) | openwash CPU | peak RSS | exit |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for root, cmd, one, label in zip((plain, noisy), cmds, series, ("plain", f"+ {extra:,} ignored files")):
        rows.append(
            f"| {size:,} files {label} | {synth.count_files(root):,} | {listed_files(cmd)} | {fmt_cell(one, 'warm')} "
            f"| {fmt_cell(one, 'cpu')} | {fmt_cell(one, 'peak')} | {exits(one)} |"
        )
        print(rows[-1], file=sys.stderr, flush=True)
        if not args.keep:
            shutil.rmtree(root)
    return rows


def listed_files(cmd: Sequence[str]) -> str:
    """`stats.files` of the JSON report: how many files the scan listed."""
    import json

    done = subprocess.run(list(cmd), capture_output=True, text=True)
    try:
        return f"{int(json.loads(done.stdout)['stats']['files']):,}"
    except (ValueError, KeyError, TypeError):
        return "?"


def target_rows(facts: Facts) -> list[str]:
    """Each target of issue 5 with the measured figure and whether it is met."""
    rows = ["| target | measured | met |", "|---|---|:---:|"]
    sizes = {r.files: (r.ours, r.theirs, r.marginal_ms) for r in facts.sizes}
    small = min(facts.sizes, key=lambda r: r.files, default=None)
    if small is not None and small.files <= 1000:
        ours, uncached = small.ours, small.uncached
        first = f"; first run ever (empty user cache, cold page cache) {small.ours.cold.seconds:.3f} s" if small.ours.cold else ""
        without = f"; with `--no-cache` {uncached.median:.3f} s median" if uncached else ""
        rows.append(
            f"| {small.files:,}-file repository under {TARGET_TYPICAL_SECONDS} s wall, start-up included (hook's steady state) "
            f"| {ours.median:.3f} s median, {ours.fastest:.3f} s fastest, {ours.median_cpu:.3f} s CPU{without}{first} "
            f"| {'yes' if ours.median < TARGET_TYPICAL_SECONDS else 'no'} |"
        )
    ordered = sorted(sizes)
    if len(ordered) >= 3:
        per_k = [sizes[s][2] for s in ordered[1:]]
        # At most linear: the cost of a file in the largest step is no more than 1.5× that of the first step.
        at_most_linear = per_k[-1] <= 1.5 * per_k[0] if per_k[0] > 0 else per_k[-1] <= 0
        steps = ", ".join(f"{a:,}→{b:,}: {v:.1f} ms" for a, b, v in zip(ordered, ordered[1:], per_k))
        rows.append(f"| grows at most linearly (marginal CPU per 1,000 files of the largest step at most 1.5× the first step's) | {steps} | {'yes' if at_most_linear else 'no'} |")
    for size, ours_sparse, ours_empty in facts.sparse:
        ratio = ours_sparse.median_cpu / ours_empty.median_cpu if ours_empty.median_cpu > 0 else float("inf")
        rows.append(
            f"| weight size does not matter ({size:,} files, sparse vs empty) "
            f"| CPU {ours_sparse.median_cpu:.3f} s vs {ours_empty.median_cpu:.3f} s | {'yes' if 0.8 < ratio < 1.25 else 'no'} |"
        )
    if sizes:
        big = max(sizes)
        peak = sizes[big][0].peak_mib
        rows.append(f"| peak memory under {TARGET_PEAK_MIB} MB at {big:,} files | {peak:.0f} MiB | {'yes' if peak * 1.048576 < TARGET_PEAK_MIB else 'no'} |")
    for size, (ours, theirs, _per_k) in sorted(sizes.items()):
        if theirs is not None:
            rows.append(
                f"| faster than `reuse lint` at {size:,} files | {ours.median:.3f} s vs {theirs.median:.3f} s wall "
                f"| {'yes' if ours.median < theirs.median and ours.median_cpu < theirs.median_cpu else 'no'} |"
            )
    return rows


def bench_startup(args: argparse.Namespace, ow: list[str]) -> list[str]:
    probes = [
        ("`python -c pass`", [sys.executable, "-c", "pass"]),
        ("`python -c 'import openwash.cli'`", [sys.executable, "-c", "import openwash.cli"]),
        ("`openwash --version`", ow + ["--version"]),
    ]
    rows = ["| process | wall, median (fastest) | CPU | peak RSS |", "|---|---:|---:|---:|"]
    for label, cmd in probes:
        series = run_series(cmd, max(args.runs, 5), cold=False)
        rows.append(f"| {label} | {fmt_cell(series, 'warm')} | {fmt_cell(series, 'cpu')} | {fmt_cell(series, 'peak')} |")
    return rows


def profile(args: argparse.Namespace, workdir: Path) -> list[str]:
    """cProfile of one in-process check on the largest size, and the slowest imports."""
    size = max(args.sizes)
    root = workdir / f"profile-{size}"
    synth.build(root, size, int(args.weight_gb * synth.GIB), license_text=args.license_text)
    probe = (
        "import cProfile, pstats, io, sys\n"
        "from openwash.cli import main\n"
        "prof = cProfile.Profile()\n"
        f"prof.runcall(main, ['check', '--format', 'json', '--output', '/dev/null', {str(root)!r}])\n"
        "out = io.StringIO()\n"
        "pstats.Stats(prof, stream=out).sort_stats('cumulative').print_stats(25)\n"
        "print(out.getvalue())\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    stats = done.stdout.strip().splitlines()
    start = next((i for i, line in enumerate(stats) if "ncalls" in line), 0)
    imports = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "openwash", "check", "--format", "json", str(root)], capture_output=True, text=True
    ).stderr.splitlines()
    rows = []
    for line in imports:
        parts = line.split("|")
        if len(parts) == 3 and parts[0].split(":")[-1].strip().isdigit():
            rows.append((int(parts[0].split(":")[-1]), int(parts[1]), parts[2].strip()))
    rows.sort(reverse=True)
    if not args.keep:
        shutil.rmtree(root)
    out = [f"cProfile, one `openwash check` in-process on {size:,} files (top 25 by cumulative time):", "", "```"]
    out += stats[max(0, start - 3) :] if stats else [done.stderr.strip()[-1500:]]
    out += ["```", "", "Slowest imports of one `openwash check` (self time, `-X importtime`):", "", "```"]
    out += [f"{self_us / 1000:7.1f} ms self {cum_us / 1000:7.1f} ms cumulative  {name}" for self_us, cum_us, name in rows[:15]]
    out += ["```"]
    return out


def write_block(doc: Path, block: str) -> None:
    """Replace the results block in `doc` (or append one) between the markers."""
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Performance\n"
    new = f"{BEGIN_MARK}\n{block.rstrip()}\n{END_MARK}"
    if BEGIN_MARK in text and END_MARK in text:
        head, rest = text.split(BEGIN_MARK, 1)
        _old, tail = rest.split(END_MARK, 1)
        text = head + new + tail
    else:
        text = text.rstrip() + "\n\n" + new + "\n"
    doc.write_text(text, encoding="utf-8")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    sizes = lambda s: [int(x.replace("_", "")) for x in s.split(",") if x.strip()]  # noqa: E731
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", type=sizes, default=[100, 10_000, 100_000], help="files per tree (default 100,10000,100000)")
    p.add_argument("--runs", type=int, default=5, help="warm runs per measurement (median reported)")
    p.add_argument("--reuse-runs", type=int, default=3, help="at most this many warm runs of reuse lint (it is slow)")
    p.add_argument("--no-reuse", action="store_true", help="skip the reuse lint reference")
    p.add_argument("--weight-gb", type=float, default=20, help="apparent size of the sparse shards per tree")
    p.add_argument("--sparse-gb", type=float, default=100, help="the large case of the sparse-versus-empty comparison")
    p.add_argument("--sparse-sizes", type=sizes, default=[100, 10_000], help="tree sizes for the sparse-versus-empty comparison")
    p.add_argument("--ignored-base", type=int, default=10_000, help="tree size for the ignored-directories case (0: skip)")
    p.add_argument("--ignored-files", type=int, default=50_000, help="files added under .git, node_modules, .venv, build/")
    p.add_argument("--no-cold", action="store_true", help="do not try to drop the page cache")
    p.add_argument("--profile", action="store_true", help="add a cProfile and import-time section for the largest size")
    p.add_argument("--openwash", help="command to run instead of the installed `openwash`")
    p.add_argument("--workdir", type=Path, help="where to build the trees (default: a temporary directory)")
    p.add_argument("--keep", action="store_true", help="keep the trees")
    p.add_argument("--output", type=Path, help="also write the results into this Markdown file between the markers")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    ow = openwash_cmd(args.openwash)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="openwash-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    use_private_user_cache(workdir)
    byte_compile_openwash()
    args.license_text, license_note = full_license_text()
    cold = not args.no_cold and drop_caches()
    try:
        machine = ["### Machine", "", *machine_lines(workdir, ow, cold, not args.no_cold), f"- each tree's LICENSE: {license_note}", ""]
        out: list[str] = []
        facts = Facts()
        out += ["### `openwash check` against `reuse lint`", "", *bench_sizes(args, workdir, ow, cold, facts), ""]
        out += [
            f"Each tree: 4 sparse safetensors shards ({args.weight_gb:g} GiB apparent) plus 4 LFS-pointer shards. "
            "Times are whole processes in seconds; CPU is user + system time of the process. "
            "'CPU ms per 1,000 files' is the marginal cost from the row above: (CPU − CPU of the smaller tree) ÷ (files − files "
            "of the smaller tree) × 1,000; it stays flat when the time grows linearly. 'exit' lists the exit codes seen (2 would be a tool error, "
            "and the timing then means nothing).",
            "",
        ]
        if args.sparse_sizes and args.sparse_gb:
            out += ["### Weight size does not matter: sparse against empty shards", "", *bench_sparse(args, workdir, ow, facts), ""]
        if args.ignored_base and args.ignored_files:
            out += ["### Skipped without descending: .git, node_modules, .venv, a gitignored build/", "", *bench_ignored(args, workdir, ow), ""]
        out += ["### Start-up, for reference", "", *bench_startup(args, ow), ""]
        out = machine + ["### Targets", "", *target_rows(facts), ""] + out
        if args.profile:
            out += ["### Profile", "", *profile(args, workdir), ""]
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    block = "\n".join(out)
    print(block)
    if args.output:
        write_block(args.output, block)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
