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

It is a trust boundary (a stored regex program goes straight to the C regex engine), so:
- every store file carries a keyed MAC (BLAKE2b) under a per-user secret (`key`, created
  0600 in the directory); a file without the right MAC, tampered or planted, is not read;
- the directory must be absolute, a real directory (not a link), owned by the user and not
  writable by anyone else; it is created 0700, files 0600, written new (`O_EXCL|O_NOFOLLOW`)
  and renamed, so a planted `*.tmp` link redirects nothing;
- a directory inside the repository being checked is refused (`refuse_inside`): a pull
  request must not be able to ship a store, nor get one written into its tree;
- each store file is capped (`MAX_STORE_BYTES`), so hostile `.gitignore` lines cannot grow it
  without bound; release gating runs without the cache (the action turns it off).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import sys
from pathlib import Path

NO_CACHE_ENV = "OPENWASH_NO_CACHE"
CACHE_DIR_ENV = "OPENWASH_CACHE_DIR"
# First bytes of every store file: a foreign or older-format file is ignored, not parsed.
_MAGIC = b"openwash-cache-2\n"
_MAC_BYTES = 32
KEY_NAME = "key"
# A store file larger than this is neither written nor read (the regex store is ~0.5 MB).
MAX_STORE_BYTES = 2 * 1024 * 1024
# A store that grew past this many entries (a long-lived cache across many licence texts or
# openwash versions) starts again empty rather than growing without bound.
MAX_ENTRIES = 4096
# Files kept per store name (e.g. regex programs for two Python versions used side by side).
KEEP_VERSIONS = 3

_disabled = False
_open_stores: dict[str, Store] = {}
_secret: bytes | None = None  # the per-user MAC key, once the directory passed its checks
_checked: str | None = None  # the directory `_secret` belongs to


def disable() -> None:
    """Turn the cache off for this process (`--no-cache`)."""
    global _disabled, _secret, _checked, _vetted
    _disabled = True
    _vetted = None
    _secret = _checked = None
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
        # A relative directory would be inside whatever the working directory is: often the
        # repository being checked. Refused: no cache rather than a cache the PR can ship.
        return Path(explicit) if os.path.isabs(explicit) else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "openwash" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "openwash"
    xdg = os.environ.get("XDG_CACHE_HOME") or ""
    # The XDG spec: a relative XDG_CACHE_HOME is invalid and must be ignored.
    return Path(xdg if os.path.isabs(xdg) else Path.home() / ".cache") / "openwash"


def refuse_inside(root: Path | str) -> bool:
    """Turn the cache off when its directory is inside `root` (the tree being checked).

    Called before anything reads a store. Returns True when the cache was turned off."""
    base = directory()
    if base is None:
        return False
    try:
        real_base = os.path.realpath(base)
        real_root = os.path.realpath(root)
    except (OSError, ValueError):
        disable()
        return True
    if real_base == real_root or real_base.startswith(real_root.rstrip(os.sep) + os.sep):
        global refused
        disable()
        refused = f"the user cache directory {str(base)!r} is inside the checked repository; not used"
        return True
    global _vetted
    _vetted = str(base)
    return False


refused: str | None = None  # why refuse_inside turned the cache off (a report note)
_vetted: str | None = None  # the directory refuse_inside found outside the checked tree (None after disable)


def vetted() -> bool:
    """Whether the cache is on and `refuse_inside` has cleared its directory for this run.

    Stores read at import time (`openwash.dataclass_code`) wait for this: a caller that
    imports before it knows which tree it checks (the action) must not read any store yet."""
    if _vetted is None or not enabled():
        return False
    return str(directory()) == _vetted


def _prepare(base: Path) -> bytes | None:
    """The MAC key of a cache directory that is safe to use (created 0700 if missing), else None."""
    global _secret, _checked
    if _checked == str(base):
        return _secret
    _checked, _secret = str(base), None
    try:
        if not os.path.lexists(base):
            os.makedirs(base, mode=0o700, exist_ok=True)
        info = os.lstat(base)
        if not stat.S_ISDIR(info.st_mode):
            return None  # a link or a file where the directory should be
        if hasattr(os, "getuid"):
            if info.st_uid != os.getuid():
                return None  # someone else's directory: they could plant stores
            if info.st_mode & 0o077:
                os.chmod(base, 0o700)  # ours, but made by an older openwash (0755)
        _secret = _key(base)
    except OSError:
        _secret = None
    return _secret


def _key(base: Path) -> bytes | None:
    path = os.path.join(base, KEY_NAME)
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | nofollow, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "wb") as handle:
            handle.write(os.urandom(32))
    fd = os.open(path, os.O_RDONLY | nofollow | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or (hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o077)):
            return None
        secret = os.read(fd, 64)
    finally:
        os.close(fd)
    return secret if len(secret) == 32 else None


def _blake2b(data: bytes, *, digest_size: int, key: bytes = b"") -> bytes:
    try:  # the BLAKE2 module alone: `import hashlib` also loads OpenSSL (~3 ms per commit)
        from _blake2 import blake2b
    except ImportError:  # an interpreter without the C module
        from hashlib import blake2b
    return blake2b(data, key=key, digest_size=digest_size).digest()


def text_digest(text: str) -> bytes:
    """A 16-byte digest of ``text``, the key under which stores keep results computed from it."""
    return _blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16)


def _mac(secret: bytes, name: str, payload: bytes) -> bytes:
    return _blake2b(name.encode("utf-8") + b"\0" + payload, key=secret, digest_size=_MAC_BYTES)


class Store:
    """One dict kept in one file: `get` and `put` in memory, `save` writes it back once."""

    def __init__(self, path: Path | None, key: str = "") -> None:
        self.path = path
        self.key = key  # stored in the file too: a file whose key differs is another version's
        self._data: dict[object, object] | None = None
        self._dirty = False

    def _load(self) -> dict[object, object]:
        if self._data is None:
            secret = _prepare(self.path.parent) if self.path is not None else None
            self._data = _read(self.path, self.key, secret) if self.path is not None and secret is not None else {}
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
        secret = _prepare(self.path.parent)
        if secret is None:
            return  # not a directory we can trust: stay in memory
        try:
            body = marshal.dumps((self.key, self._data))
            if len(body) > MAX_STORE_BYTES:
                return  # hostile input (thousands of long .gitignore lines) must not grow it
            payload = _MAGIC + _mac(secret, self.path.name, body) + body
            # Write a new file then rename: a concurrent run reads the old file or the new one,
            # never half; O_EXCL|O_NOFOLLOW: a planted link or file of that name is never written through.
            temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(temporary, flags, 0o600)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(payload)
                os.replace(temporary, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
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


def _read(path: Path, key: str, secret: bytes) -> dict[object, object]:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return {}
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_STORE_BYTES + 1024:
            return {}
        raw = b"".join(iter(lambda: os.read(fd, 1 << 20), b""))
    except OSError:
        return {}
    finally:
        os.close(fd)
    if not raw.startswith(_MAGIC):
        return {}
    from _operator import _compare_digest  # hmac.compare_digest, without importing hashlib

    mac, body = raw[len(_MAGIC) : len(_MAGIC) + _MAC_BYTES], raw[len(_MAGIC) + _MAC_BYTES :]
    if not _compare_digest(mac, _mac(secret, path.name, body)):
        return {}  # not written by this user's openwash: tampered, planted or another key
    try:
        content = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return {}
    if not (isinstance(content, tuple) and len(content) == 2 and content[0] == key and isinstance(content[1], dict)):
        return {}  # another format, or another version whose key shares the file name's checksum
    return content[1]
