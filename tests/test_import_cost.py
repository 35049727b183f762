"""Issue 14, "instant for real": the import-time work moved off the hook path must not change
what openwash builds. Each shortcut is checked against the long way round.

- `dataclass_code`: the methods `@dataclass` writes are the same code objects whether they were
  compiled in this process or read back from the user cache;
- the split packages (`discover`, `lineage`, `licenses.identify`, `licenses.declarations`, `fix`,
  `export.cyclonedx`) import their modules on first use, and every name they list resolves to the
  module's own;
- `config` reads a pyproject.toml with TOML only when a key could spell `openwash`;
- the knowledge base's alias map read from the cache equals the one computed.
No timing is asserted here (benchmarks/real.py measures).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PROJECT

# Prints, for every dataclass of every openwash module, the code objects of the methods
# dataclasses wrote (marshalled, hashed), after running the CLI's set-up of the cache.
_PROBE = r"""
import hashlib, importlib, inspect, json, marshal, pkgutil, sys
from openwash import cache, dataclass_code
installed = False
if sys.argv[1] == "cached":
    cache.refuse_inside(sys.argv[2])
    installed = dataclass_code.install()
import openwash
names = sorted(m.name for m in pkgutil.walk_packages(openwash.__path__, "openwash.") if not m.name.endswith("__main__"))
out = {"installed": installed}
for name in names:
    module = importlib.import_module(name)
    for cls_name, cls in sorted(vars(module).items()):
        if not (inspect.isclass(cls) and cls.__module__ == name and "__dataclass_fields__" in vars(cls)):
            continue
        for attr, value in sorted(vars(cls).items()):
            code = getattr(value, "__code__", None)
            if code is not None and code.co_filename == "<string>":
                out[f"{name}.{cls_name}.{attr}"] = hashlib.sha256(marshal.dumps(code)).hexdigest()
        out[f"{name}.{cls_name}.__doc__"] = cls.__doc__
print(json.dumps(out, sort_keys=True))
"""


def _probe(mode: str, cache_dir: Path, root: Path) -> dict[str, object]:
    env = {**os.environ, "OPENWASH_CACHE_DIR": str(cache_dir)}
    env.pop("OPENWASH_NO_CACHE", None)
    done = subprocess.run([sys.executable, "-c", _PROBE, mode, str(root)], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _save_stores_probe(cache_dir: Path, root: Path) -> None:
    """One CLI run, which installs the hook, defines the check path's classes and saves the stores."""
    env = {**os.environ, "OPENWASH_CACHE_DIR": str(cache_dir)}
    env.pop("OPENWASH_NO_CACHE", None)
    subprocess.run([sys.executable, "-m", "openwash", "check", "--quiet", str(root)], capture_output=True, env=env, timeout=300)


def test_dataclass_methods_from_the_cache_are_the_ones_dataclasses_compiles(tmp_path: Path) -> None:
    root = PROJECT / "examples" / "overreaching-model"
    cache_dir = tmp_path / "cache"
    plain = _probe("plain", cache_dir, root)
    assert plain.pop("installed") is False
    _save_stores_probe(cache_dir, root)
    stored = list(cache_dir.glob("dataclass-code-*.marshal"))
    assert stored, "a CLI run keeps the compiled dataclass methods"
    cached = _probe("cached", cache_dir, root)
    assert cached.pop("installed") is True
    assert len(plain) > 100  # ~60 classes, several methods each
    assert cached == plain


def test_the_hook_waits_until_the_cache_is_cleared_for_the_checked_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    from openwash import cache, dataclass_code

    monkeypatch.setenv("OPENWASH_CACHE_DIR", str(tmp_path / "repo" / ".cache"))
    monkeypatch.delenv("OPENWASH_NO_CACHE", raising=False)
    (tmp_path / "repo").mkdir()
    monkeypatch.setattr(cache, "_disabled", False)
    monkeypatch.setattr(cache, "_vetted", None)
    monkeypatch.setattr(cache, "refused", None)
    dataclass_code.uninstall()  # as in a new process (an earlier test may have run the CLI in this one)
    try:
        assert dataclass_code.install() is False  # nothing cleared the directory yet (the action's import order)
        assert cache.refuse_inside(tmp_path / "repo") is True  # the cache sits inside the checked tree
        assert dataclass_code.install() is False and "exec" not in vars(dataclasses)
        monkeypatch.setenv("OPENWASH_CACHE_DIR", str(tmp_path / "elsewhere"))
        monkeypatch.setattr(cache, "_disabled", False)
        assert cache.refuse_inside(tmp_path / "repo") is False
        assert dataclass_code.install() is True and vars(dataclasses)["exec"] is dataclass_code._exec
        cache.disable()  # --no-cache, or a release gate: the hook goes when install is asked again
        assert dataclass_code.install() is False and "exec" not in vars(dataclasses)
    finally:
        dataclass_code.uninstall()


def test_the_hook_compiles_like_exec_and_leaves_other_threads_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses
    import threading

    from openwash import cache, dataclass_code

    monkeypatch.setenv("OPENWASH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("OPENWASH_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "_disabled", False)
    monkeypatch.setattr(cache, "_vetted", None)
    monkeypatch.setattr(cache, "_open_stores", {})
    assert cache.refuse_inside(tmp_path / "elsewhere") is False
    try:
        assert dataclass_code.install() is True
        assert vars(dataclasses)["exec"] is dataclass_code._exec

        @dataclasses.dataclass(frozen=True)
        class Point:
            x: int
            y: int = 2

        assert (Point(1), repr(Point(1, 3)), Point(1) == Point(1, 2)) == (Point(1, 2), f"{Point.__qualname__}(x=1, y=3)", True)
        assert dataclass_code._store is not None and any(isinstance(k, str) and "def __init__" in k for k in dataclass_code._store._load())

        seen: list[int] = []

        def other_thread() -> None:
            before = len(dataclass_code._store._load())  # type: ignore[union-attr]

            @dataclasses.dataclass
            class Elsewhere:
                z: int

            seen.append(len(dataclass_code._store._load()) - before)  # type: ignore[union-attr]
            assert Elsewhere(1).z == 1

        worker = threading.Thread(target=other_thread)
        worker.start()
        worker.join()
        assert seen == [0]  # another thread's classes went to the builtin exec, not the store
    finally:
        dataclass_code.uninstall()
    assert "exec" not in vars(dataclasses)


# --- the split packages -----------------------------------------------------------------------

PACKAGES = (
    "openwash.discover", "openwash.lineage", "openwash.licenses.identify", "openwash.licenses.declarations", "openwash.fix",
    "openwash.export.cyclonedx",
)


@pytest.mark.parametrize("package", PACKAGES)
def test_every_listed_name_resolves_to_its_module(package: str) -> None:
    import importlib

    module = importlib.import_module(package)
    where: dict[str, str] = module._WHERE
    assert where
    for name, sub in where.items():
        defining = importlib.import_module(f"{package}.{sub}")
        assert getattr(module, name) is getattr(defining, name), name
        assert name in dir(module)
    for sub in module._MODULES:
        assert getattr(module, sub) is importlib.import_module(f"{package}.{sub}")
    with pytest.raises(AttributeError):
        module.no_such_name  # noqa: B018


def test_importing_a_package_imports_none_of_its_modules() -> None:
    probe = (
        "import sys\n"
        "import openwash.licenses.identify, openwash.licenses.declarations, openwash.lineage, openwash.discover\n"
        "import openwash.fix, openwash.export.cyclonedx\n"
        f"print(sorted(m for m in sys.modules if m.rsplit('.', 1)[0] in {list(PACKAGES)!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_known_licence_text_needs_neither_the_classifier_nor_the_pointer_code(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    (release / "README.md").write_text("# Model\n\nSee LICENSE.\n", encoding="utf-8")
    (release / "LICENSE").write_text((PROJECT / "examples" / "overreaching-model" / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8")
    env = {**os.environ, "OPENWASH_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("OPENWASH_NO_CACHE", None)
    probe = (
        "import sys\nfrom openwash.cli import main\ncode = main(['check', '--quiet', sys.argv[1]])\n"
        "print(sorted(m for m in sys.modules if m.startswith('openwash.licenses.identify.')))\n"
    )
    runs = [subprocess.run([sys.executable, "-c", probe, str(release)], capture_output=True, text=True, env=env, timeout=120) for _ in range(2)]
    first, second = (r.stdout.strip().splitlines()[-1] for r in runs)
    assert "openwash.licenses.identify.standard" in first  # identified the long way once
    assert "openwash.licenses.identify.standard" not in second and "openwash.licenses.identify.pointers" not in second
    assert runs[0].stdout.splitlines()[:-1] == runs[1].stdout.splitlines()[:-1]  # same findings


# --- config -------------------------------------------------------------------------------------


def _config_of(project: Path) -> tuple[str, bool]:
    probe = (
        "import sys\nfrom pathlib import Path\nfrom openwash import config\n"
        "c = config.load(Path(sys.argv[1]))\nprint(repr(c)); print('tomllib' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, str(project)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    shown, imported = done.stdout.strip().splitlines()
    return shown, imported == "True"


def test_a_pyproject_without_openwash_is_not_parsed(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nlicense = "MIT"\n', encoding="utf-8")
    default_shown, imported = _config_of(tmp_path)
    assert not imported
    (tmp_path / "pyproject.toml").write_text("[project\nbroken = \n", encoding="utf-8")  # broken, not ours
    assert _config_of(tmp_path) == (default_shown, False)


@pytest.mark.parametrize("header", ["[tool.openwash]", '[tool."\\u006fpenwash"]', "[tool]\nopenwash = { fail-on = 'warning' }\n#"])
def test_an_openwash_section_is_read_however_it_is_spelled(tmp_path: Path, header: str) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    default_shown, _ = _config_of(tmp_path)
    body = "" if header.startswith("[tool]") else 'fail-on = "warning"\n'
    (tmp_path / "pyproject.toml").write_text(f'[project]\nname = "x"\n\n{header}\n{body}', encoding="utf-8")
    shown, imported = _config_of(tmp_path)
    assert imported and shown != default_shown and "warning" in shown


# --- the knowledge base ---------------------------------------------------------------------------


def test_cached_alias_map_equals_the_computed_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openwash import cache
    from openwash.licenses import knowledge

    monkeypatch.setenv("OPENWASH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("OPENWASH_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "_disabled", False)
    monkeypatch.setattr(cache, "_open_stores", {})
    entries = knowledge._index().entries
    computed: dict[str, object] = {}
    for e in entries:
        for alias in (e.name, *e.aliases, e.key, e.id):
            computed.setdefault(knowledge.canonical_name(alias), e)
    first = knowledge._aliases(entries)  # computes and stores
    cache.save_all()
    monkeypatch.setattr(cache, "_open_stores", {})
    second = knowledge._aliases(entries)  # read back from the file
    assert list(first.items()) == list(computed.items()) == list(second.items())
    store = cache.store("knowledge-aliases", cache.file_signature(knowledge.__file__, knowledge.KNOWLEDGE_FILE))
    store.put(len(entries), {"apache20": len(entries) + 5})  # out of range: not trusted, recomputed
    assert list(knowledge._aliases(entries).items()) == list(computed.items())


# --- the collector ------------------------------------------------------------------------------


@pytest.mark.parametrize("enabled_before", [True, False])
@pytest.mark.parametrize("path", ["overreaching-model", "no-such-release"])
def test_the_cli_gives_the_collector_back_as_it_found_it(enabled_before: bool, path: str, capsys: pytest.CaptureFixture[str]) -> None:
    import gc

    from openwash.cli import main

    was = gc.isenabled()
    try:
        gc.enable() if enabled_before else gc.disable()
        code = main(["check", "--quiet", str(PROJECT / "examples" / path)])
        assert code == (1 if path == "overreaching-model" else 2)
        assert gc.isenabled() is enabled_before
    finally:
        gc.enable() if was else gc.disable()
    capsys.readouterr()


# --- front matter -------------------------------------------------------------------------------

_FRONT_MATTERS = [
    "license: apache-2.0\nbase_model:\n- Qwen/Qwen2.5-7B\ntags: [a, b]\n",
    "license: other\nlicense_name: x\nmodel-index:\n- name: m\n  results:\n  - metrics:\n    - value: 1.5e3\n      verified: no\n",
    "released: 2024-05-01\ncount: 12345678901234567890\nratio: -0.5\nempty:\nflag: true\n",
    "a: &x [1, 2]\nb: *x\n",
    "license: mit\nlicense: apache-2.0\n",  # a duplicate key: an error with its line
    "- not\n- a mapping\n",
    "datasets:\n- {{HF_USER}}/data\n",  # a template placeholder, read as a word
    "key: [unclosed\n",
]


@pytest.mark.parametrize("text", _FRONT_MATTERS)
@pytest.mark.parametrize("offset", [0, 7])
def test_front_matter_from_the_cache_is_the_parse(text: str, offset: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openwash import cache, frontmatter

    monkeypatch.setenv("OPENWASH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("OPENWASH_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "_disabled", False)
    monkeypatch.setattr(cache, "_open_stores", {})
    monkeypatch.setattr(frontmatter, "_store", None)
    monkeypatch.setattr(frontmatter, "_PARSED", {})
    direct = frontmatter._parse_yaml(text, offset)
    first = frontmatter.parse_yaml(text, offset)  # parsed and stored
    cache.save_all()
    monkeypatch.setattr(cache, "_open_stores", {})
    monkeypatch.setattr(frontmatter, "_store", None)
    monkeypatch.setattr(frontmatter, "_PARSED", {})
    second = frontmatter.parse_yaml(text, offset)  # read back from the file
    assert frontmatter._store is not None and frontmatter._store.get((cache.text_digest(text), offset)) is not None
    assert repr(first) == repr(second) == repr(direct)  # repr: a bool read back as 1 would differ
    if isinstance(second, tuple):
        second[0]["changed"] = True  # what a caller does with its copy is not remembered
        assert repr(frontmatter.parse_yaml(text, offset)) == repr(direct)


def test_unchanged_front_matter_is_read_without_the_yaml_parser(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    (release / "README.md").write_text(
        "---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-2-7b-hf\n---\n# M\n\nM is an open-source model.\n", encoding="utf-8"
    )
    env = {**os.environ, "OPENWASH_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("OPENWASH_NO_CACHE", None)
    probe = (
        "import sys\nfrom openwash.cli import main\ncode = main(['check', sys.argv[1]])\n"
        "print('ruamel.yaml' in sys.modules)\n"
    )
    runs = [subprocess.run([sys.executable, "-c", probe, str(release)], capture_output=True, text=True, env=env, timeout=120) for _ in range(2)]
    assert [r.stdout.strip().splitlines()[-1] for r in runs] == ["True", "False"]
    assert runs[0].stdout.splitlines()[:-1] == runs[1].stdout.splitlines()[:-1]  # same findings
    assert "OW" in runs[1].stdout  # and there are findings to compare
