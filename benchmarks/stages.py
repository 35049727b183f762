#!/usr/bin/env python3
"""Where one `openwash check` spends its time, stage by stage, in a fresh process.

    python benchmarks/stages.py PATH [--repeat 3]

Prints the import time of the check path, then the wall time of each pipeline stage
(discover, documents, licences, lineage, claims, evidence, profiles, rules, render) for
the first check (cold in-process caches) and for the best of `--repeat` further checks.
Stages are timed by wrapping the module functions `engine.check` calls, so the numbers
follow the pipeline as written in docs/architecture.md without changing it.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

# (module, attribute, stage label), in pipeline order.
STAGES = (
    ("openwash.discover", "scan", "discover"),
    ("openwash.documents", "load", "documents"),
    ("openwash.licenses.scan", "identify_repository", "licences"),
    ("openwash.lineage", "find_base_models", "lineage"),
    ("openwash.claims", "extract_all", "claims"),
    ("openwash.evidence", "inventory", "evidence"),
    ("openwash.profiles", "evaluate", "profiles"),
    ("openwash.engine", "_run_rules", "rules"),
)


def _timed(label: str, func: Callable[..., Any], totals: dict[str, float]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            totals[label] += time.perf_counter() - started

    return wrapper


def instrument(totals: dict[str, float]) -> list[str]:
    """Wrap every stage function; returns the stages that could not be found."""
    missing = []
    for module_name, attr, label in STAGES:
        try:
            module = importlib.import_module(module_name)
            setattr(module, attr, _timed(label, getattr(module, attr), totals))
        except (ImportError, AttributeError):
            missing.append(label)
    return missing


def one_check(root: Path, totals: dict[str, float]) -> float:
    from openwash import engine
    from openwash.cli import load_config
    from openwash.render import render

    started = time.perf_counter()
    args = argparse.Namespace(path=str(root), config=None, profiles=None, fail_on=None, select=None, ignore=None, exclude=[])
    _root, config = load_config(args)
    report = engine.check(root, config)  # type: ignore[arg-type]
    render_started = time.perf_counter()
    render(report, "text")
    totals["render"] += time.perf_counter() - render_started
    return time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-cache", action="store_true", help="as `openwash check --no-cache`: no user cache")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    import openwash.cli  # noqa: F401  (the import cost a hook pays)
    from openwash import cache

    if args.no_cache:
        cache.disable()
    elif not cache.refuse_inside(args.path):  # as `openwash.cli.main` does: the user cache of this run
        from openwash import dataclass_code

        dataclass_code.install()
    import openwash.engine  # noqa: F401

    imports_ms = (time.perf_counter() - started) * 1000
    first: dict[str, float] = defaultdict(float)
    missing = instrument(first)
    stage_imports_ms = (time.perf_counter() - started) * 1000 - imports_ms  # the stage modules themselves
    first_total = one_check(args.path, first)
    best: dict[str, float] = {}
    best_total = float("inf")
    for _ in range(args.repeat):
        again: dict[str, float] = defaultdict(float)
        for module_name, attr, label in STAGES:  # re-point the wrappers at a fresh tally
            if label not in missing:
                module = sys.modules[module_name]
                inner = getattr(module, attr).__closure__
                func = next(c.cell_contents for c in inner if callable(c.cell_contents) and c.cell_contents is not None)
                setattr(module, attr, _timed(label, func, again))
        total = one_check(args.path, again)
        if total < best_total:
            best_total, best = total, dict(again)

    print(f"imports: openwash.cli + openwash.engine {imports_ms:.1f} ms, stage modules {stage_imports_ms:.1f} ms")
    print(f"{'stage':<12}{'first check':>14}{'best of ' + str(args.repeat):>14}")
    labels = [label for _m, _a, label in STAGES] + ["render"]
    for label in labels:
        note = " (not found)" if label in missing else ""
        print(f"{label:<12}{first.get(label, 0) * 1000:>11.1f} ms{best.get(label, 0) * 1000:>11.1f} ms{note}")
    print(f"{'total':<12}{first_total * 1000:>11.1f} ms{best_total * 1000:>11.1f} ms")
    cache.save_all()  # what the CLI keeps after its report (compiled patterns, identified texts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
