"""Build synthetic model-release repositories for the benchmarks.

A tree of exactly `files` files: a Hugging Face model card, licence files, an LFS
`.gitattributes`, a sharded-weights index with its shards as **sparse** files (a real
safetensors header, then a hole up to the shard's size, so a 100 GB release costs a few
kilobytes of disk), more shards as Git LFS pointers, training/inference/evaluation code,
some documentation pages and a mass of small source files spread over directories.

Nothing here is taken from a real repository: every text is written for the benchmark.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path

GIB = 1024**3
FILES_PER_DIR = 100  # filler files per directory, like a source tree
DOC_SHARE = 0.01  # one file in a hundred is a Markdown page

CARD = """---
license: apache-2.0
language: [en, zh]
pipeline_tag: text-generation
library_name: transformers
datasets:
- example-org/synthetic-pretraining-mix
tags: [benchmark]
---
# Bench-{files}

Bench is an open-weights language model: the weights are released under the Apache
License 2.0 and can be downloaded from this repository. 开放权重。

## Training Data

Pre-trained on the synthetic-pretraining-mix dataset (listed above): 1.2T tokens of
filtered web text, code and books; see `data/README.md` for provenance and filtering.

## Training Procedure

See `train/train.py` and `train/config.yaml`.

## Evaluation

| benchmark | score |
|---|---|
| synthetic-qa | 61.2 |

## Citation

See `CITATION.cff`.
"""

# A short permissive licence written for the benchmark (the licence engine only has to
# read it; whether it identifies it does not change the timing).
LICENSE_TEXT = """Apache License
Version 2.0, January 2004
http://www.apache.org/licenses/

TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION

This file stands in for the full licence text in a synthetic benchmark repository.
"""

GITATTRIBUTES = """*.safetensors filter=lfs diff=lfs merge=lfs -text
*.bin filter=lfs diff=lfs merge=lfs -text
*.gguf filter=lfs diff=lfs merge=lfs -text
"""

CITATION = """cff-version: 1.2.0
title: "Bench: a synthetic model release"
message: "If you use this model, please cite it."
authors:
  - family-names: Example
    given-names: Ada
"""

CODE = {
    "train/train.py": "def train(config):\n    for step in range(config['steps']):\n        pass  # optimiser step\n",
    "train/config.yaml": "steps: 100000\nlr: 3.0e-4\nbatch_size: 1024\n",
    "model/modeling_bench.py": "class BenchModel:\n    def forward(self, tokens):\n        return tokens\n",
    "inference/generate.py": "def generate(model, prompt):\n    return model.forward(prompt)\n",
    "eval/evaluate.py": "def evaluate(model, data):\n    return sum(1 for _ in data)\n",
    "data/preprocess.py": "def clean(text):\n    return ' '.join(text.split())\n",
    "data/README.md": "# Training data\n\nProvenance, scope and filtering of the synthetic-pretraining-mix.\n",
    "config.json": json.dumps({"architectures": ["BenchModel"], "hidden_size": 4096}) + "\n",
    "tokenizer.json": json.dumps({"version": "1.0", "model": {"type": "BPE"}}) + "\n",
}


@dataclass(frozen=True)
class Layout:
    files: int  # total number of files in the tree
    weight_bytes: int  # apparent size of all sparse shards together
    sparse_shards: int
    lfs_shards: int
    docs: int
    filler: int


def plan(files: int, weight_bytes: int, shards: int = 4) -> Layout:
    """How many files of each kind a tree of `files` files gets."""
    fixed = 5 + len(CODE)  # README.md, LICENSE, .gitattributes, CITATION.cff, index + CODE
    lfs_shards = shards
    if files < fixed + 2 * shards:
        raise ValueError(f"a synthetic repository needs at least {fixed + 2 * shards} files")
    rest = files - fixed - 2 * shards
    docs = int(rest * DOC_SHARE)
    return Layout(files, weight_bytes, shards, lfs_shards, docs, rest - docs)


def _write(root: Path, rel: str, content: str | bytes) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


def _safetensors_header(tensor: str, nbytes: int) -> bytes:
    header = {"__metadata__": {"format": "pt"}, tensor: {"dtype": "BF16", "shape": [max(1, nbytes // 2)], "data_offsets": [0, nbytes]}}
    raw = json.dumps(header).encode()
    raw += b" " * (-len(raw) % 8)  # safetensors pads the header to 8 bytes
    return struct.pack("<Q", len(raw)) + raw


def write_sparse_shard(path: Path, nbytes: int) -> None:
    """A safetensors file whose body is a hole: `nbytes` apparent size, almost no disk."""
    header = _safetensors_header("weight", nbytes)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(header)
        handle.truncate(len(header) + nbytes)  # extends with a hole, no data written


def lfs_pointer(size: int, seed: int) -> str:
    oid = f"{seed:064x}"
    return f"version https://git-lfs.github.com/spec/v1\noid sha256:{oid}\nsize {size}\n"


def build(root: Path, files: int, weight_bytes: int = 20 * GIB, shards: int = 4, license_text: str | None = None) -> Layout:
    """Write a synthetic release of exactly `files` files under `root` (which must not exist).

    `license_text` replaces the short stand-in LICENSE (run.py passes a full Apache-2.0 text
    read from ../shared when it is there, so the licence engine does its real work)."""
    layout = plan(files, weight_bytes, shards)
    root.mkdir(parents=True)
    _write(root, "README.md", CARD.format(files=files))
    _write(root, "LICENSE", LICENSE_TEXT if license_text is None else license_text)
    _write(root, ".gitattributes", GITATTRIBUTES)
    _write(root, "CITATION.cff", CITATION)
    for rel, text in CODE.items():
        _write(root, rel, text)

    shard_names = [f"model-{i + 1:05d}-of-{shards:05d}.safetensors" for i in range(shards)]
    per_shard = weight_bytes // shards
    index = {"metadata": {"total_size": per_shard * shards}, "weight_map": {f"layers.{i}.weight": n for i, n in enumerate(shard_names)}}
    _write(root, "model.safetensors.index.json", json.dumps(index, indent=2) + "\n")
    for name in shard_names:
        write_sparse_shard(root / name, per_shard)
    for i in range(layout.lfs_shards):  # the PyTorch copy, left as LFS pointers
        _write(root, f"pytorch_model-{i + 1:05d}-of-{shards:05d}.bin", lfs_pointer(per_shard, i + 1))

    for i in range(layout.docs):
        _write(root, f"docs/section_{i // FILES_PER_DIR:04d}/page_{i:06d}.md", f"# Page {i}\n\nNotes on component {i}.\n")
    for i in range(layout.filler):
        _write(root, f"src/pkg_{i // FILES_PER_DIR:05d}/module_{i:07d}.py", f"VALUE_{i} = {i}\n\n\ndef get_{i}():\n    return VALUE_{i}\n")
    return layout


def count_files(root: Path) -> int:
    return sum(len(names) for _dirpath, _dirnames, names in os.walk(root))


def disk_bytes(path: Path) -> int:
    """Bytes actually allocated on disk (st_blocks is in 512-byte units on Linux)."""
    return os.stat(path).st_blocks * 512


# Directories a scan must skip without descending: VCS internals, environments, and a
# build folder named in .gitignore.
IGNORED_HOMES = (".git/objects", "node_modules", ".venv/lib/python3.11/site-packages", "build")


def add_ignored(root: Path, files: int) -> None:
    """Add `files` files that openwash must not even list (spread over IGNORED_HOMES)."""
    gitignore = root / ".gitignore"
    previous = gitignore.read_text(encoding="utf-8") if gitignore.exists() else ""
    gitignore.write_text(previous + "build/\n", encoding="utf-8")
    for i in range(files):
        home = IGNORED_HOMES[i % len(IGNORED_HOMES)]
        _write(root, f"{home}/d{i // (FILES_PER_DIR * len(IGNORED_HOMES)):05d}/f{i:07d}.txt", f"{i}\n")
