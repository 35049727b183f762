"""The benchmark script and its synthetic repositories (a smoke run on a tiny size; no timing asserted)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PROJECT

BENCH = PROJECT / "benchmarks"
sys.path.insert(0, str(BENCH))
import synth  # noqa: E402


def _load_run_script():
    spec = importlib.util.spec_from_file_location("openwash_benchmarks_run", BENCH / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


run = _load_run_script()


def test_tree_has_exactly_the_requested_number_of_files(tmp_path: Path) -> None:
    for files in (30, 257):
        root = tmp_path / f"r{files}"
        layout = synth.build(root, files, weight_bytes=8 * synth.GIB)
        assert synth.count_files(root) == files == layout.files
        assert layout.filler + layout.docs + layout.sparse_shards + layout.lfs_shards <= files


def test_too_small_a_tree_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        synth.build(tmp_path / "tiny", 5)


def test_shards_are_sparse_with_a_readable_safetensors_header(tmp_path: Path) -> None:
    root = tmp_path / "r"
    synth.build(root, 40, weight_bytes=40 * synth.GIB, shards=4)
    shards = sorted(root.glob("model-*-of-00004.safetensors"))
    assert len(shards) == 4
    for shard in shards:
        with open(shard, "rb") as handle:
            header_len = int.from_bytes(handle.read(8), "little")
            header = json.loads(handle.read(header_len))
        assert header["weight"]["data_offsets"] == [0, 10 * synth.GIB]
        assert shard.stat().st_size == 8 + header_len + 10 * synth.GIB
        assert synth.disk_bytes(shard) < 1024 * 1024  # a hole, not 10 GiB of zeros
    index = json.loads((root / "model.safetensors.index.json").read_text())
    assert sorted(set(index["weight_map"].values())) == [s.name for s in shards]


def test_lfs_pointers_follow_the_spec(tmp_path: Path) -> None:
    root = tmp_path / "r"
    synth.build(root, 40, weight_bytes=4 * synth.GIB)
    pointers = sorted(root.glob("pytorch_model-*.bin"))
    assert pointers
    lines = pointers[0].read_text().splitlines()
    assert lines[0] == "version https://git-lfs.github.com/spec/v1"
    assert lines[1].startswith("oid sha256:") and len(lines[1].split(":")[1]) == 64
    assert lines[2] == f"size {synth.GIB}"


def test_write_block_replaces_only_the_results(tmp_path: Path) -> None:
    doc = tmp_path / "performance.md"
    doc.write_text("# Performance\n\nintro\n", encoding="utf-8")
    run.write_block(doc, "first")
    run.write_block(doc, "second")
    text = doc.read_text(encoding="utf-8")
    assert text.startswith("# Performance\n\nintro\n")
    assert "second" in text and "first" not in text
    assert text.count(run.BEGIN_MARK) == 1 and text.count(run.END_MARK) == 1


def test_benchmark_script_runs_on_a_tiny_size(tmp_path: Path) -> None:
    doc = tmp_path / "perf.md"
    done = subprocess.run(
        [
            sys.executable, str(BENCH / "run.py"),
            "--sizes", "40", "--runs", "1", "--reuse-runs", "1",
            "--sparse-sizes", "40", "--sparse-gb", "2", "--weight-gb", "1",
            "--no-cold", "--workdir", str(tmp_path / "work"), "--output", str(doc),
        ],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    rows = [line for line in done.stdout.splitlines() if line.startswith("| 40 |")]
    assert len(rows) == 3  # one size row, two sparse-comparison rows
    size_row = [cell.strip() for cell in rows[0].strip("|").split("|")]
    warm_median = size_row[2].split(" s")[0]  # "0.212 s (0.205)"
    assert float(warm_median) > 0 and float(size_row[3].removesuffix(" s")) > 0  # wall and CPU were measured
    assert float(size_row[4].split(" s")[0]) > 0  # and the same runs without the user cache
    assert size_row[7] in ("0", "1", "0,1")  # openwash ran without a tool error
    # The runs used a user cache of their own inside the work directory, never the caller's.
    assert list((tmp_path / "work" / "user-cache").glob("regex-*.marshal"))
    assert "| `python -c pass` |" in done.stdout
    assert run_block_written(doc)


def run_block_written(doc: Path) -> bool:
    text = doc.read_text(encoding="utf-8")
    return run.BEGIN_MARK in text and "### Machine" in text


def _series(wall: float, cpu: float, peak_mib: float) -> object:
    return run.Series(warm=[run.Sample(wall, cpu, int(peak_mib * 1024), 0)])


def test_targets_are_judged_from_the_measurements() -> None:
    facts = run.Facts()
    for files, cpu in ((100, 0.10), (10_000, 0.20), (100_000, 1.10)):  # 10 µs per file: linear
        smaller = facts.sizes[-1] if facts.sizes else None
        ours = _series(cpu + 0.02, cpu, 40)
        facts.sizes.append(run.SizeResult(files, ours, _series(cpu * 20, cpu * 20, 60), run.marginal_ms(smaller, files, ours)))
    facts.sparse.append((100, _series(0.12, 0.10, 40), _series(0.12, 0.10, 40)))
    rows = run.target_rows(facts)
    assert len(rows) == 2 + 4 + 3  # header, 4 targets, one reuse comparison per size
    assert all(row.endswith("| yes |") for row in rows[2:]), rows

    slow = run.Facts(sizes=[run.SizeResult(100, _series(0.5, 0.4, 150), None, float("nan"))])
    verdicts = run.target_rows(slow)[2:]
    assert verdicts[0].endswith("| no |") and "0.500 s median" in verdicts[0]  # the 0.3 s target
    assert verdicts[1].endswith("| no |") and "150 MiB" in verdicts[1]  # the memory target


def test_stage_breakdown_finds_every_pipeline_stage(tmp_path: Path) -> None:
    root = tmp_path / "r"
    synth.build(root, 40, weight_bytes=synth.GIB)
    done = subprocess.run(
        [sys.executable, str(BENCH / "stages.py"), str(root), "--repeat", "1"], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    for stage in ("discover", "documents", "licences", "lineage", "claims", "evidence", "profiles", "rules", "render", "total"):
        row = [line for line in lines if line.split()[:1] == [stage]]
        assert row and "not found" not in row[0], done.stdout
        assert float(row[0].split()[1]) >= 0
