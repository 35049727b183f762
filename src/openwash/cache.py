"""A small per-user cache for work that does not depend on the repository being checked.

The pre-commit hook runs `openwash check` on every commit, in a new process each time. Two
costs repeat identically from one run to the next and dominate a small repository's check:
compiling openwash's ~200 regular expressions (~60 ms) and identifying the same licence text
with licenseclassifier (~70 ms the first time in a process). Both are pure functions of
openwash's own code and data plus the input text, so their results are kept here between
runs. Nothing is ever written inside the checked repository.

Where: `$OPENWASH_CACHE_DIR`, else the platform's user cache directory (`$XDG_CACHE_HOME`
or `~/.cache` on Linux, `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows) +
`/openwash`. Off: `OPENWASH_NO_CACHE=1` or `openwash check --no-cache`. Deleting the
directory is always safe.

Each store is one `marshal` file holding a key and a dict, named after what it holds and a
checksum of the key. The key changes whenever the code or data that produced the entries
changes, and a file whose key is not the one asked for is not read, so a stale entry never is.
Unreadable, corrupt or foreign files are ignored (and replaced on the next write); failing
to write is silent: the cache can only make a run faster, never make it fail.
"""

from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path

NO_CACHE_ENV = "OPENWASH_NO_CACHE"
CACHE_DIR_ENV = "OPENWASH_CACHE_DIR"
# First bytes of every store file: a foreign or older-format file is ignored, not parsed.
_MAGIC = b"openwash-cache-1\n"
# A store that grew past this many entries (a long-lived cache across many licence texts or
# openwash versions) starts again empty rather than growing without bound.
MAX_ENTRIES = 4096
# Files kept per store name (e.g. regex programs for two Python versions used side by side).
KEEP_VERSIONS = 3

_disabled = False
_open_stores: dict[str, Store] = {}


def disable() -> None:
    """Turn the cache off for this process (`--no-cache`)."""
    global _disabled
    _disabled = True
    for opened in _open_stores.values():  # stores handed out already forget the disk too
        opened.path, opened._data = None, {}
    _open_stores.clear()


def enabled() -> bool:
    return not _disabled and os.environ.get(NO_CACHE_ENV, "").strip().lower() in ("", "0", "false", "no")


def directory() -> Path | None:
    """The cache directory, or None when caching is off."""
    if not enabled():
        return None
    explicit = os.environ.get(CACHE_DIR_ENV)
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "openwash" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "openwash"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "openwash"


class Store:
    """One dict kept in one file: `get` and `put` in memory, `save` writes it back once."""

    def __init__(self, path: Path | None, key: str = "") -> None:
        self.path = path
        self.key = key  # stored in the file too: a file whose key differs is another version's
        self._data: dict[object, object] | None = None
        self._dirty = False

    def _load(self) -> dict[object, object]:
        if self._data is None:
            self._data = _read(self.path, self.key) if self.path is not None else {}
        return self._data

    def get(self, key: object) -> object | None:
        return self._load().get(key)

    def put(self, key: object, value: object) -> None:
        data = self._load()
        if len(data) >= MAX_ENTRIES:
            data.clear()
        data[key] = value
        self._dirty = True

    def save(self) -> None:
        if not self._dirty or self.path is None or self._data is None:
            return
        self._dirty = False
        try:
            payload = _MAGIC + marshal.dumps((self.key, self._data))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Write then rename: a concurrent run reads the old file or the new one, never half.
            temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            temporary.write_bytes(payload)
            os.replace(temporary, self.path)
            _prune_siblings(self.path)
        except (OSError, ValueError):  # read-only home, full disk, an unmarshallable value
            return


def store(name: str, key: str) -> Store:
    """The store `name` for code/data version `key` (an in-memory one when caching is off)."""
    import zlib

    store_id = f"{name}-{zlib.crc32(key.encode()):08x}"  # the file holds the whole key: see _read
    existing = _open_stores.get(store_id)
    if existing is not None and existing.key == key:
        return existing
    base = directory()
    opened = Store(base / f"{store_id}.marshal" if base is not None else None, key)
    if base is not None:
        _open_stores[store_id] = opened
    return opened


def save_all() -> None:
    """Write every store that changed (the CLI calls this once, after the command ran)."""
    for opened in _open_stores.values():
        opened.save()


def _prune_siblings(path: Path) -> None:
    """Keep the newest KEEP_VERSIONS files of one store: upgrades and edits leave old keys behind."""
    name = path.name.rsplit("-", 1)[0]
    siblings = []
    for other in path.parent.glob(f"{name}-*.marshal"):
        try:
            siblings.append((other.stat().st_mtime_ns, other))
        except OSError:
            continue
    for _mtime, stale in sorted(siblings, reverse=True)[KEEP_VERSIONS:]:
        stale.unlink(missing_ok=True)


def file_signature(*paths: str | Path) -> str:
    """Size and modification time of each file: changes when any of them is edited or reinstalled."""
    parts = []
    for path in paths:
        try:
            stat = os.stat(path)
            parts.append(f"{stat.st_size:x}.{stat.st_mtime_ns:x}")
        except OSError:
            parts.append("-")
    return "_".join(parts)


def _read(path: Path, key: str) -> dict[object, object]:
    try:
        raw = path.read_bytes()
    except OSError:
        return {}
    if not raw.startswith(_MAGIC):
        return {}
    try:
        content = marshal.loads(raw[len(_MAGIC) :])
    except (EOFError, ValueError, TypeError):
        return {}
    if not (isinstance(content, tuple) and len(content) == 2 and content[0] == key and isinstance(content[1], dict)):
        return {}  # another format, or another version whose key shares the file name's checksum
    return content[1]
