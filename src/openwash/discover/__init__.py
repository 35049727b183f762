"""Walk a repository once and list what is in it, without reading file bodies.

One iterative `os.scandir` walk (no recursion, so 200-deep trees are fine) that:
- never descends into `.git`, virtual environments (any folder holding `pyvenv.cfg`),
  `node_modules`, `__pycache__` and similar tool folders;
- honours `.gitignore` files (root and nested, gitignore semantics via `pathspec`) and the
  configured `exclude:` patterns;
- records sizes with `lstat`, so a 100 GB sparse weight file costs what an empty one does;
- records symlinks without following them; a link that leaves the repository or loops is
  reported as a `ToolError` naming the file;
- reads only (a) `.gitattributes` files, for their Git LFS patterns, and (b) the first
  bytes of small files that may be Git LFS pointers.

Weight headers (safetensors) are read on demand by `read_safetensors_header`, bounded.

The package's modules, each deciding one thing:

- `inventory`: what the walk records (files, sizes, LFS pointers and patterns, artifact issues);
- `ignore`: which paths `.gitignore` files and `exclude:` patterns leave out (linear-time regexes);
- `lfs`: which files `.gitattributes` routes through Git LFS, and what a pointer file says;
- `safetensors`: the bounded read of a safetensors header;
- `walk`: the walk itself (`scan`), what git tracks, and symlinks that leave the repository.

Every name stays importable from `openwash.discover`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openwash import lazy_package

if TYPE_CHECKING:  # the names, for type checkers; at run time __getattr__ imports each on first use
    from openwash.discover.inventory import (
        ArtifactIssue as ArtifactIssue,
        ENV_MARKERS as ENV_MARKERS,
        FileEntry as FileEntry,
        Inventory as Inventory,
        LFS_MAX_SIZE as LFS_MAX_SIZE,
        LFS_POINTER_MAX as LFS_POINTER_MAX,
        LFS_SPEC_PREFIX as LFS_SPEC_PREFIX,
        LfsPattern as LfsPattern,
        LfsPointer as LfsPointer,
        POINTER_CANDIDATE_SUFFIXES as POINTER_CANDIDATE_SUFFIXES,
        SAFETENSORS_MAX_HEADER as SAFETENSORS_MAX_HEADER,
        SAFETENSORS_READ_LIMIT as SAFETENSORS_READ_LIMIT,
        SKIP_DIRS as SKIP_DIRS,
        _LFS_OID as _LFS_OID,
    )
    from openwash.discover.ignore import (
        MAX_CACHED_PATTERN as MAX_CACHED_PATTERN,
        _IgnoreSpec as _IgnoreSpec,
        _LEAD as _LEAD,
        _MID as _MID,
        _REGEX_TOKEN as _REGEX_TOKEN,
        _compile_pattern as _compile_pattern,
        _gitignore_lines as _gitignore_lines,
        _ignored as _ignored,
        _linear_double_stars as _linear_double_stars,
        _pattern_translations as _pattern_translations,
        _read_small_text as _read_small_text,
        _translate_pattern as _translate_pattern,
        collapse_stars as collapse_stars,
        linear_spec as linear_spec,
        linearise as linearise,
    )
    from openwash.discover.lfs import (
        _LfsMatcher as _LfsMatcher,
        _parse_gitattributes as _parse_gitattributes,
        _probe_pointer as _probe_pointer,
        parse_lfs_pointer as parse_lfs_pointer,
    )
    from openwash.discover.safetensors import (
        SafetensorsHeader as SafetensorsHeader,
        read_safetensors_header as read_safetensors_header,
    )
    from openwash.discover.walk import (
        _DOC_DIR_HINTS as _DOC_DIR_HINTS,
        _DOC_NAME_HINTS as _DOC_NAME_HINTS,
        _Dir as _Dir,
        _GIT_SAFE as _GIT_SAFE,
        _Tracked as _Tracked,
        _doc_kind as _doc_kind,
        _file_entry as _file_entry,
        _inside_work_tree as _inside_work_tree,
        _note_pointer_problems as _note_pointer_problems,
        _readlink as _readlink,
        _suffix as _suffix,
        _symlink_entry as _symlink_entry,
        _utf8_name as _utf8_name,
        git_tracked as git_tracked,
        scan as scan,
    )

# name -> the module of this package that defines it
_WHERE: dict[str, str] = {
    "ArtifactIssue": "inventory", "ENV_MARKERS": "inventory", "FileEntry": "inventory", "Inventory":
    "inventory", "LFS_MAX_SIZE": "inventory", "LFS_POINTER_MAX": "inventory", "LFS_SPEC_PREFIX": "inventory",
    "LfsPattern": "inventory", "LfsPointer": "inventory", "POINTER_CANDIDATE_SUFFIXES": "inventory",
    "SAFETENSORS_MAX_HEADER": "inventory", "SAFETENSORS_READ_LIMIT": "inventory", "SKIP_DIRS": "inventory",
    "_LFS_OID": "inventory",
    "MAX_CACHED_PATTERN": "ignore", "_IgnoreSpec": "ignore", "_LEAD": "ignore", "_MID": "ignore",
    "_REGEX_TOKEN": "ignore", "_compile_pattern": "ignore", "_gitignore_lines": "ignore", "_ignored":
    "ignore", "_linear_double_stars": "ignore", "_pattern_translations": "ignore", "_read_small_text":
    "ignore", "_translate_pattern": "ignore", "collapse_stars": "ignore", "linear_spec": "ignore",
    "linearise": "ignore",
    "_LfsMatcher": "lfs", "_parse_gitattributes": "lfs", "_probe_pointer": "lfs", "parse_lfs_pointer": "lfs",
    "SafetensorsHeader": "safetensors", "read_safetensors_header": "safetensors",
    "_DOC_DIR_HINTS": "walk", "_DOC_NAME_HINTS": "walk", "_Dir": "walk", "_GIT_SAFE": "walk", "_Tracked":
    "walk", "_doc_kind": "walk", "_file_entry": "walk", "_inside_work_tree": "walk", "_note_pointer_problems":
    "walk", "_readlink": "walk", "_suffix": "walk", "_symlink_entry": "walk", "_utf8_name": "walk",
    "git_tracked": "walk", "scan": "walk",
}
_MODULES = frozenset({"inventory", "ignore", "lfs", "safetensors", "walk"})


__getattr__, __dir__ = lazy_package.attach(__name__, _WHERE, _MODULES)
