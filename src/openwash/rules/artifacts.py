"""Rules OW4xx: artifacts (weights, shard indexes, Git LFS pointers, gated downloads, links).

They read what discover and evidence recorded (`ctx.inventory.issues`,
`ctx.inventory.lfs_patterns`, `ctx.facts[...]`, `ctx.components`); none of them reads
files itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from openwash.rules import rule

if TYPE_CHECKING:
    from openwash.context import CheckContext
    from openwash.discover import LfsPattern
    from openwash.model import Finding

_SOURCE_LFS = "Git LFS specification (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md)"


@rule(
    "OW401",
    "weight-index-missing-shards",
    severity="error",
    summary="A sharded-weight index (`*.safetensors.index.json`, `*.bin.index.json`, …) names shard files that are not in the repository.",
    why="Loaders read the index and fail on the first missing shard: the release cannot be loaded as shipped, "
    "and the weights it claims to provide are incomplete. An index none of whose shards is in the repository, in a "
    "release whose weights are linked elsewhere, is a folder to download them into: reported as a warning.",
    source="Hugging Face sharded checkpoints (https://huggingface.co/docs/transformers/big_models): `model.safetensors.index.json` weight_map; "
    "Model Openness Framework (arXiv:2403.13784, https://arxiv.org/abs/2403.13784): Model parameters (Final)",
    example='model.safetensors.index.json maps layers to "model-00003-of-00004.safetensors", which is not in the tree',
    fix="Add the missing shards (or their Git LFS pointers), or regenerate the index from the shards you ship.",
)
def weight_index_missing_shards(ctx: CheckContext) -> Iterator[Finding]:
    weights = ctx.components.get("model-parameters-final")
    links = weights.evidence if weights is not None and weights.availability in ("external", "gated") else []
    for index in ctx.facts.get("weight_indexes", []):
        missing = index.get("missing") or []
        if not missing:
            continue
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        total = len(index.get("shards", []))
        if links and len(missing) == total:
            # A model folder without any of its shards, in a release whose weights are linked elsewhere: a skeleton
            # to download them into (a training repository's checkpoint folder), not a truncated release.
            link = links[0]
            yield ctx.finding(
                "OW401",
                index["path"],
                1,
                f"index names {total} shard(s), none of which is in the repository ({shown}); the weights are linked "
                f"elsewhere ({link.path}:{link.line}), so this folder cannot be loaded as shipped",
                "Say in the folder's README where the shards come from, or leave the index out of the repository.",
                severity="warning",
            )
            continue
        yield ctx.finding(
            "OW401",
            index["path"],
            1,
            f"index names {len(missing)} of {total} shard(s) that are not in the repository: {shown}",
            "Commit the missing shards (or their LFS pointers) beside the index, or regenerate the index.",
        )


@rule(
    "OW402",
    "weight-index-shard-escapes",
    severity="error",
    summary="A sharded-weight index names a shard outside its folder (`../`, an absolute path or a drive letter).",
    why="Loaders resolve shard names against the folder holding the index (transformers joins them to the model "
    "folder), and that folder is what users download or copy as the model: a shard outside it is not part of the "
    "model as shipped, and one that leaves the repository makes loaders read files anywhere on the user's disk.",
    source="Hugging Face sharded checkpoints (https://huggingface.co/docs/transformers/big_models): shards are file names relative to the index "
    "(transformers get_checkpoint_shard_files joins them to the model folder)",
    example='"weight_map": {"lm_head.weight": "../../etc/model-00001.safetensors"}',
    fix="Use plain file names of shards stored beside the index.",
)
def weight_index_shard_escapes(ctx: CheckContext) -> Iterator[Finding]:
    for index in ctx.facts.get("weight_indexes", []):
        outside = set(index.get("outside_repository") or [])
        for shard in index.get("escaping") or []:
            where = "the repository" if shard in outside else "the folder of the index"
            yield ctx.finding(
                "OW402",
                index["path"],
                1,
                f"shard path {shard!r} leaves {where}",
                "Replace it with the shard's plain file name and store the shard beside the index.",
            )


@rule(
    "OW403",
    "malformed-lfs-pointer",
    severity="warning",
    summary="A Git LFS pointer file is malformed (missing or invalid `oid sha256:` or `size`, or a size no LFS host stores).",
    why="`git lfs pull` cannot fetch an object from a broken pointer: whoever clones the release gets a few "
    "bytes of text instead of the weights.",
    source=_SOURCE_LFS,
    example="model.safetensors: version https://git-lfs.github.com/spec/v1 / oid sha256:12ab / size many",
    fix="Re-add the file with `git lfs track` and `git add` so Git LFS writes a valid pointer.",
)
def malformed_lfs_pointer(ctx: CheckContext) -> Iterator[Finding]:
    for issue in ctx.inventory.issues:
        if issue.kind == "lfs-pointer":
            yield ctx.finding("OW403", issue.path, issue.line, issue.message, "Re-create the pointer with `git lfs track` + `git add`.")


@rule(
    "OW404",
    "safetensors-header-invalid",
    severity="warning",
    summary="A `.safetensors` file's header is truncated or inconsistent with the file (length, JSON, offsets).",
    why="A header that claims more bytes than the file holds, or tensors past its end, means a truncated upload "
    "or a file that is not what its name says; loaders reject it.",
    source="safetensors format (https://github.com/huggingface/safetensors: 8-byte little-endian header length, JSON header, data offsets)",
    example="model.safetensors: header claims 9999999 bytes but the file has only 120 after the length field",
    fix="Re-upload the complete file (check its size and checksum against the original).",
)
def safetensors_header_invalid(ctx: CheckContext) -> Iterator[Finding]:
    for problem in ctx.facts.get("safetensors_problems", []):
        yield ctx.finding(
            "OW404",
            problem["path"],
            1,
            f"invalid safetensors header: {problem['problem']}",
            "Replace the file with a complete copy; verify its size and SHA-256 against the source.",
        )


@rule(
    "OW405",
    "weights-only-behind-gate",
    severity="note",
    summary="The weights are obtainable only through a gate (request form, login, licence click-through).",
    why="Open weights and OSAID both require the parameters to be obtainable without asking permission; "
    "a gate also means terms the repository may not show.",
    source="Open Weight Definition (https://openweight.org); OSAID 1.0 (https://opensource.org/ai/open-source-ai-definition: parameters); "
    "Git LFS pointer files (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md)",
    example="README: 'visit the Meta website and accept our License. Once your request is approved, you will receive a signed URL'",
    fix="Offer an ungated download (or declare it under `external: weights:`), and state the weights' terms in the repository.",
)
def weights_only_behind_gate(ctx: CheckContext) -> Iterator[Finding]:
    weights = ctx.components.get("model-parameters-final")
    if weights is None or weights.availability != "gated":
        return
    gated = ctx.facts.get("gated") or []
    if gated:
        path, line, gate = str(gated[0]["path"]), int(gated[0].get("line") or 1), gated[0].get("phrase")
    else:
        path, line, gate = (weights.evidence[0].path if weights.evidence else "README.md"), 1, None
    phrase = f" ({gate!r})" if gate else ""
    yield ctx.finding(
        "OW405",
        path,
        line,
        f"every route to the weights found in the repository is gated{phrase}",
        "If the weights are meant to be open, link an ungated download; otherwise do not call them open.",
    )


@rule(
    "OW406",
    "lfs-pattern-matches-nothing",
    severity="note",
    summary="A `.gitattributes` `filter=lfs` pattern matches no file in the repository.",
    why="Stale LFS patterns hint that tracked artifacts (often weights) were removed or never committed.",
    source=_SOURCE_LFS,
    example="*.safetensors filter=lfs diff=lfs merge=lfs -text   (and no .safetensors file anywhere)",
    fix="Remove the pattern, or commit the files it was meant to track.",
)
def lfs_pattern_matches_nothing(ctx: CheckContext) -> Iterator[Finding]:
    by_file: dict[str, list[LfsPattern]] = {}
    for pattern in ctx.inventory.lfs_patterns:
        by_file.setdefault(pattern.source, []).append(pattern)
    for source, patterns in by_file.items():
        unmatched = [p for p in patterns if p.matched == 0]
        # The stock Hugging Face .gitattributes lists ~35 patterns, most unused: only a file
        # whose patterns track nothing at all, or a short hand-written one, is worth a note.
        if not unmatched or (len(unmatched) < len(patterns) and len(patterns) > 10):
            continue
        shown = ", ".join(repr(p.pattern) for p in unmatched[:6]) + (f" and {len(unmatched) - 6} more" if len(unmatched) > 6 else "")
        yield ctx.finding(
            "OW406",
            source,
            unmatched[0].line,
            f"Git LFS pattern(s) {shown} match no file in the repository",
            "Remove the stale lines or commit the files they should track.",
        )


@rule(
    "OW407",
    "symlink-leaves-repository",
    severity="warning",
    summary="A symbolic link points outside the repository.",
    why="openwash does not follow it, and neither can anyone who clones the release: the artifact it stands for is missing.",
    source="openwash discovery (links are recorded, never followed out of the tree)",
    example="weights/model.safetensors -> /mnt/storage/model.safetensors",
    fix="Replace the link by the file (or an LFS pointer), or by a documented download.",
)
def symlink_leaves_repository(ctx: CheckContext) -> Iterator[Finding]:
    for issue in ctx.inventory.issues:
        if issue.kind in ("symlink-outside", "symlink-dangling"):
            yield ctx.finding("OW407", issue.path, issue.line, issue.message, "Commit the file itself or document where to get it.")


@rule(
    "OW408",
    "weight-index-unreadable",
    severity="warning",
    summary="A sharded-weight index (`*.safetensors.index.json`, `*.bin.index.json`, …) is not JSON with a `weight_map` mapping.",
    why="Loaders cannot resolve shards from it, so the weights cannot be loaded as shipped.",
    source="Hugging Face sharded checkpoints (https://huggingface.co/docs/transformers/big_models): `weight_map`",
    example="model.safetensors.index.json: {\"metadata\": {...}} without weight_map",
    fix="Regenerate the index with the library that wrote the shards.",
)
def weight_index_unreadable(ctx: CheckContext) -> Iterator[Finding]:
    for index in ctx.facts.get("weight_indexes", []):
        if index.get("problem"):
            yield ctx.finding("OW408", index["path"], 1, f"weight index is {index['problem']}", "Regenerate the index.")


@rule(
    "OW409",
    "lfs-pointer-not-tracked",
    severity="note",
    summary="A Git LFS pointer is committed but no `.gitattributes` `filter=lfs` pattern names it.",
    why="Without the attribute, Git treats the pointer as an ordinary file: `git lfs pull` will not replace it "
    "and users get the pointer text instead of the artifact.",
    source=_SOURCE_LFS,
    example="model.onnx is a pointer, .gitattributes has no '*.onnx filter=lfs' line",
    fix="Add a `filter=lfs` pattern for the file to .gitattributes (git lfs track).",
)
def lfs_pointer_not_tracked(ctx: CheckContext) -> Iterator[Finding]:
    untracked = [f for f in ctx.inventory.files if f.lfs is not None and not f.lfs_tracked]
    for entry in untracked[:20]:
        yield ctx.finding(
            "OW409",
            entry.path,
            1,
            "Git LFS pointer not named by any .gitattributes filter=lfs pattern",
            f"Run `git lfs track '{entry.path}'` (or a pattern covering it) and commit .gitattributes.",
        )
