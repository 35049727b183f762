"""Who publishes this release and what it is called: the yardstick for "whose claim, whose model".

A sentence about "LLaMA-Factory", a link to `github.com/vllm-project/vllm` or a Hub id under
`meta-llama/` speaks about this release only if that is this release's own name, repository or
organisation. `of(ctx)` gathers, once per check:

- **owners**: GitHub owners and Hub organisations that publish the release — the `<owner>__<name>`
  folder name of a checkout (as the corpus stores them), the `origin` URL in `.git/config`, and
  `GITHUB_REPOSITORY` when the check runs in a workflow;
- **repositories**: `owner/name` of the repository itself;
- **names**: the repository name, the titles of the root model cards (the first level-1 heading,
  HTML `<h1>` included, unless it is generic like "Introduction"; a card with no level-1 heading is
  named by its first heading, "## 👉🏻 CosyVoice 👈🏻"), and front-matter
  `model_name`, `pretty_name` and `model-index` names — each normalised to lower-case letters,
  digits and CJK ideographs.

Nothing here is guessed from the open web: an empty identity means "cannot tell", and callers
then keep a claim rather than drop it.
"""

from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from openwash.lazyre import lazy_compile, regex

if TYPE_CHECKING:
    from openwash.context import CheckContext
    from openwash.documents import Document

_GENERIC_TITLE = lazy_compile(
    r"^\W*(?:introduction|overview|about|readme|summary|description|model\s+(?:card|description|details|summary)|"
    r"quick\s*start|usage|getting\s+started|news|updates?|table\s+of\s+contents|contents|简介|介绍|介紹|模型介绍|模型介紹|概述|概覽|概览|"
    r"说明|說明|新闻|新聞|目录|目錄)\W*$",
    re.IGNORECASE,
)
_REMOTE = lazy_compile(r"url\s*=\s*\S*?[/:]([\w.-]+)/([\w.-]+?)(?:\.git)?/?\s*$", re.MULTILINE)
_REPO_URL = lazy_compile(r"^https?://(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com|codeberg\.org)/([\w.-]+)/([\w.-]+)", re.IGNORECASE)
_HUB_URL = lazy_compile(
    r"^https?://(?:www\.)?(?:huggingface\.co|hf\.co|modelscope\.cn/models|kaggle\.com/models|wisemodel\.cn/models)/"
    r"(?:(?:datasets|spaces)/)?([\w.-]+)",
    re.IGNORECASE,
)
MIN_NAME = 3  # shorter normalised names ("ai", "lm") match too much


def normal_name(text: str) -> str:
    """Lower-case letters, digits and CJK ideographs only: "LLaMA-Factory" → "llamafactory"."""
    return regex(r"[^0-9a-z\u4e00-\u9fff]").sub("", text.lower())


def stems(names: tuple[str, ...]) -> tuple[str, ...]:
    """Names and their stems without sizes and versions: "tinyllama11b" → "tinyllama", "qwen257b" → "qwen"."""
    out: list[str] = []
    for name in names:
        out.append(name)
        stem = regex(r"(?:v?\d+(?:\d|[bmkx])*|chat|instruct|base|hf|it)+$").sub("", name)
        if len(stem) >= 4 and stem != name:
            out.append(stem)
    return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class Identity:
    owners: frozenset[str] = frozenset()
    repositories: frozenset[str] = frozenset()  # "owner/name", lower case
    names: tuple[str, ...] = ()  # normalised

    def is_own_name(self, text: str) -> bool:
        """`text` names this release: one of its names contains it, or it contains one of them.

        A known model family inside a name but not at its start is the base that name derives from, not
        the release: "LlaMA-2" in "Chinese-LlaMA2" (unless the release's owner publishes that family)."""
        normal = normal_name(text)
        if len(normal) < MIN_NAME:
            return False
        for own in self.names:
            if len(own) >= MIN_NAME and own in normal:
                return True
            if normal in own and (own.startswith(normal) or not self._names_a_base_family(text)):
                return True
        return False

    def _names_a_base_family(self, text: str) -> bool:
        from openwash.lineage import families

        resolved = families.resolve(text)
        return resolved is not None and not (resolved.entry.publishers & self.owners)

    def mentions_own_name(self, text: str) -> bool:
        """One of the release's names appears in `text` (as a word run of letters and digits)."""
        normal = normal_name(text)
        return any(len(own) >= MIN_NAME and own in normal for own in self.names)

    def is_own_url(self, url: str) -> bool | None:
        """True for this repository or a Hub page of its organisation, False for another code repository
        or another organisation's Hub page, None for anything else (a paper, a blog) or when unknown."""
        repo = _REPO_URL.match(url)
        if repo:
            if not self.repositories and not self.owners:
                return None
            slug = f"{repo.group(1)}/{repo.group(2)}".lower().removesuffix(".git")
            return slug in self.repositories
        hub = _HUB_URL.match(url)
        if hub:
            if not self.owners and not self.names:
                return None
            # The release's Hub organisation is often its own name, not its GitHub owner's
            # (LianjiaTech/BELLE publishes under BELLE-2).
            org = hub.group(1)
            # "michaelwzhu" on the Hub is GitHub's "michael-wzhu": owners compare without punctuation
            return org.lower() in self.owners or normal_name(org) in {normal_name(o) for o in self.owners} or self.is_own_name(org)
        return None

    def is_this_hub_repository(self, url: str) -> bool:
        """A Hub URL of this very release: its organisation is this release's and its repository name is
        one of this release's names or repositories, exactly (`THUDM/glm-4-9b` is not `THUDM/GLM-4`)."""
        hub = _HUB_URL.match(url)
        if hub is not None and regex(r"/(?:datasets|spaces)/", re.IGNORECASE).search(url[: hub.start(1)]):
            return False  # a dataset or a Space of the organisation, not the model repository
        tail = regex(r"^/([\w.-]+)").match(url[hub.end() :]) if hub else None
        if hub is None or tail is None or self.is_own_url(url) is not True:
            return False
        name = normal_name(tail.group(1))
        repository_names = {normal_name(slug.rsplit("/", 1)[-1]) for slug in self.repositories}
        return name in repository_names or name in self.names


CODE_HOST = lazy_compile(r"^(?:https?:)?//(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com|codeberg\.org|bitbucket\.org)/", re.IGNORECASE)


def another_project(url: str, identity: Identity | None) -> bool:
    """`url` is a code repository or Hub page of another project than this release. Without an identity, only a code
    repository is taken as another project: a release rarely links its own repository from its own README."""
    own = identity.is_own_url(url) if identity is not None else None
    if own is not None:
        return not own
    return bool(CODE_HOST.match(url)) and (identity is None or not identity.repositories)


def of(ctx: CheckContext) -> Identity:
    """The release's identity, computed once per check (kept in `ctx.facts["identity"]`)."""
    cached = ctx.facts.get("identity")
    if isinstance(cached, Identity):
        return cached
    owners: set[str] = set()
    repositories: set[str] = set()
    names: list[str] = []
    root_name = ctx.root.resolve().name
    if "__" in root_name:  # "<owner>__<name>" checkouts, as in the corpus
        owner, _, name = root_name.partition("__")
        owners.add(owner.lower())
        repositories.add(f"{owner}/{name}".lower())
        names.append(name)
    for owner, name in _git_remotes(ctx):
        owners.add(owner.lower())
        repositories.add(f"{owner}/{name}".lower())
        names.append(name)
    workflow_repo = os.environ.get("GITHUB_REPOSITORY", "")
    if regex(r"^[\w.-]+/[\w.-]+$").match(workflow_repo) and os.environ.get("GITHUB_WORKSPACE") and _inside(ctx, os.environ["GITHUB_WORKSPACE"]):
        owner, _, name = workflow_repo.partition("/")
        owners.add(owner.lower())
        repositories.add(workflow_repo.lower())
        names.append(name)
    from openwash.documents import CARD

    for doc in ctx.documents:
        if doc.kind == CARD and "/" not in doc.path and doc.is_markdown:
            names.extend(card_names(doc))
    normal = tuple(dict.fromkeys(n for n in (normal_name(name) for name in names) if len(n) >= MIN_NAME))
    identity = Identity(frozenset(owners), frozenset(repositories), normal)
    ctx.facts["identity"] = identity
    return identity


def front_matter_names(doc: Document) -> list[str]:
    """The model names a card's front matter gives: `model_name`, `pretty_name`, `model-index[].name`."""
    names: list[str] = []
    meta = doc.meta if isinstance(doc.meta, dict) else {}
    for key in ("model_name", "pretty_name"):
        value = meta.get(key)
        if isinstance(value, str):
            names.append(value)
    index = meta.get("model-index")
    if isinstance(index, list):
        names.extend(item["name"] for item in index if isinstance(item, dict) and isinstance(item.get("name"), str))
    return names


def card_names(doc: Document) -> list[str]:
    """A card's own names: front-matter model names and its title (first level-1 heading that is not generic;
    without any level-1 heading, the first heading)."""
    names = front_matter_names(doc)
    headings = doc.structure.headings[:20]
    # a card without a level-1 heading is titled by its first heading ("## CosyVoice")
    title = next((h for h in headings if h.level == 1), headings[0] if headings else None)
    if title is None or _GENERIC_TITLE.match(title.text) or not normal_name(title.text):
        return names
    names.append(title.text)
    # "Qwen2.5-VL: a vision-language model" → the name is before the colon or dash
    head = regex(r"^(.{2,60}?)\s*(?:[:：|]|\s[-–—]\s)").match(title.text)
    if head:
        names.append(head.group(1))
    return names


def _inside(ctx: CheckContext, workspace: str) -> bool:
    try:
        root, base = ctx.root.resolve(), os.path.realpath(workspace)
    except OSError:
        return False
    return str(root) == base or str(root).startswith(base.rstrip(os.sep) + os.sep)


def _git_remotes(ctx: CheckContext) -> list[tuple[str, str]]:
    """(owner, name) of the `.git/config` remotes: read as a regular file inside the tree, bounded."""
    from openwash import textio

    try:
        # a regular file inside the tree, bounded (a hostile checkout can point .git/config anywhere)
        text = textio.read_text(ctx.root / ".git" / "config", 64 * 1024, inside=ctx.root).text
    except (OSError, textio.NotText):
        return []
    return [(m.group(1), m.group(2)) for m in _REMOTE.finditer(text)]


_MANIFESTS = frozenset({"setup.py", "setup.cfg", "pyproject.toml", "package.json", "cargo.toml"})
# the first folder named like an unpacked GitHub archive ("gorilla-main", "ImageBind-master")
_ARCHIVE_FOLDER = lazy_compile(r"^(?:[^/]+/)*?[\w.]+(?:-[\w.]+)*-(?:main|master)(?=/|$)", re.IGNORECASE)


def embedded_projects(paths: list[str]) -> frozenset[str]:
    """Folders (below the root) that are projects of their own: a licence file and a package manifest
    side by side (an evaluation toolkit copied into the repository, a vendored library), or a folder named
    like an unpacked GitHub archive (`gorilla-main/`). Their READMEs describe that project, not this release."""
    return _project_folders(paths)[0]


def _eval_folder(name: str) -> bool:
    from openwash.evidence.files import _eval_dirs

    return _eval_dirs(frozenset({name.lower()}))


def _project_folders(paths: list[str]) -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(`embedded_projects`, every folder below the root with a package manifest, the MkDocs configurations, the
    licence files at the root and the first of each folder below it that holds no manifest), in one walk of the paths."""
    from openwash.evidence.files import VENDORED_DIRS
    from openwash.licenses.files import licence_file_name

    licensed: set[str] = set()
    manifests: set[str] = set()
    archives: set[str] = set()
    docs_configs: list[str] = []
    licence_files: dict[str, str] = {}
    root_licences: list[str] = []
    for path in paths:
        folder, _, name = path.rpartition("/")
        if name.lower() in _MKDOCS:
            docs_configs.append(path)
        if not folder:
            if licence_file_name(name):
                root_licences.append(path)
            continue
        archive = _ARCHIVE_FOLDER.match(folder)
        if archive:
            archives.add(archive.group(0))  # "gorilla/gorilla-main/…": a GitHub archive of another repository, unpacked
        parts = folder.split("/")
        vendored = next((i for i, part in enumerate(parts) if part.lower() in VENDORED_DIRS), None)
        if vendored is not None:
            archives.add("/".join(parts[: vendored + 1]))  # "third_party/…": code and documents copied from elsewhere
        low = name.lower()
        if low.startswith("readme") and len(parts) >= 2 and _eval_folder(parts[-2]):
            archives.add(folder)  # "mgm/eval/MMMU/README.md": a benchmark's own documents, copied beside its evaluation code
        if low in _MANIFESTS:
            manifests.add(folder)
        elif licence_file_name(name):
            licensed.add(folder)
            licence_files.setdefault(folder, path)
    embedded = (licensed & manifests) | archives
    others = tuple(path for folder, path in licence_files.items() if folder not in manifests)
    return frozenset(embedded), frozenset(manifests), tuple(docs_configs), (*root_licences, *others)


def embedded_in(ctx: CheckContext) -> frozenset[str]:
    """`embedded_projects` of the checked tree, found once per check (the licence scan and the claims both ask)."""
    return _project_folders_of(ctx)[0]


def _project_folders_of(ctx: CheckContext) -> tuple[frozenset[str], frozenset[str]]:
    cached = ctx.facts.get("project_folders")
    if isinstance(cached, tuple):
        return cached
    embedded, manifests, docs_configs, licence_files = _project_folders([f.path for f in ctx.inventory.files])
    found = (embedded | _foreign_docs_sites(ctx, docs_configs) | _foreign_copyright_folders(ctx, licence_files), manifests)
    ctx.facts["project_folders"] = found
    return found


_MKDOCS = frozenset({"mkdocs.yml", "mkdocs.yaml"})
_MKDOCS_KEY = lazy_compile(r"^(repo_url|docs_dir)\s*:\s*[\"']?([^\"'#\s]+)", re.MULTILINE)


# "Copyright (c) 2020 Jungil Kong": the holder named on a licence's copyright line (a template's "[name of copyright
# owner]" names nobody).
_COPYRIGHT_LINE = lazy_compile(
    r"^[ \t]*copyright[ \t]*(?:\(c\)|©)?[ \t]*(?:\d{4}(?:[ \t]*[-–,][ \t]*\d{4})*)?[ \t]*(?:by[ \t]+)?(?P<holder>[^\n]{2,120})$",
    re.IGNORECASE | re.MULTILINE,
)
_HOLDER_NOISE = frozenset(
    {"all", "rights", "reserved", "inc", "ltd", "llc", "co", "corp", "corporation", "the", "and", "of", "authors", "author",
     "contributors", "its", "affiliates", "c", "notice", "company", "limited", "gmbh", "team", "copyright"}
)
_MAX_COPYRIGHT_READ = 16 * 1024


def _copyright_holders(ctx: CheckContext, path: str) -> frozenset[str]:
    """The words of the copyright holders a licence file names (empty when it names none, or is not read)."""
    from openwash import textio

    entry = ctx.inventory.get(path)
    if entry is None or entry.is_symlink:
        return frozenset()
    try:
        text = textio.read_text(ctx.root / path, _MAX_COPYRIGHT_READ, inside=ctx.root).text
    except (OSError, textio.NotText):
        return frozenset()
    words: set[str] = set()
    for match in _COPYRIGHT_LINE.finditer(text):
        holder = match.group("holder")
        if regex(r"[\[{<]|name\s+of|yyyy|copyright\s+owner|holders?\b|notice", re.IGNORECASE).search(holder):
            continue  # a template's placeholder, or a sentence about copyright holders in general
        words.update(w for w in regex(r"[^\W\d_]+").findall(holder.lower()) if w not in _HOLDER_NOISE and len(w) > 1)
    return frozenset(words)


def _foreign_copyright_folders(ctx: CheckContext, licence_files: tuple[str, ...]) -> frozenset[str]:
    """Folders copied from another project: a sub-folder whose licence names other copyright holders than the
    repository's own licence (Matcha-TTS carries HiFi-GAN's code under `matcha/hifigan/`, "Copyright (c) 2020
    Jungil Kong" beside the root's "Copyright (c) 2023 Shivam Mehta"), unless the folder is named for the release.
    Its README speaks for that project. Decided only when both licences name a holder."""
    root_files = [path for path in licence_files if "/" not in path]
    sub_files = [path for path in licence_files if "/" in path]
    if not sub_files or not root_files:
        return frozenset()
    own_holders = frozenset().union(*(_copyright_holders(ctx, path) for path in root_files[:4]))
    if not own_holders:
        return frozenset()
    own = of(ctx)
    found = set()
    for path in sub_files[:64]:
        folder = path.rpartition("/")[0]
        if own.is_own_name(folder.rsplit("/", 1)[-1]):
            continue
        holders = _copyright_holders(ctx, path)
        if holders and not holders & own_holders:
            found.add(folder)
    return frozenset(found)


def _foreign_docs_sites(ctx: CheckContext, configs: tuple[str, ...]) -> frozenset[str]:
    """Documentation sites of another repository: an MkDocs configuration whose `repo_url` is another
    project's repository (YOLOv10 carries Ultralytics' site, `repo_url: …/ultralytics/ultralytics`).
    Its `docs_dir` (default `docs`) speaks for that project. Read as text, never as YAML with tags."""
    from openwash import textio

    own = of(ctx)
    sites: set[str] = set()
    for path in configs:
        entry = ctx.inventory.get(path)
        if entry is None or entry.is_symlink:
            continue
        folder = path.rpartition("/")[0]
        try:
            text = textio.read_text(ctx.root / path, 64 * 1024, inside=ctx.root).text
        except (OSError, textio.NotText):
            continue
        keys = {m.group(1): m.group(2) for m in _MKDOCS_KEY.finditer(text)}
        if "repo_url" not in keys or own.is_own_url(keys["repo_url"]) is not False:
            continue  # its own site, or a site that names no repository (or an identity that cannot tell)
        docs = posixpath.normpath(posixpath.join(folder, keys.get("docs_dir", "docs")))
        if docs not in (".", "") and not docs.startswith(".."):
            sites.add(docs)
    return frozenset(sites)


def other_projects(ctx: CheckContext) -> frozenset[str]:
    """Embedded projects (`embedded_projects`) not named for this release: a copy of LLaMA-Factory
    under `train/`. What their READMEs declare (licences, base models) is that project's business,
    not the release's; their licence files still count, for the code in that folder. Once per check."""
    return _not_named_for_release(ctx, "other_projects", _project_folders_of(ctx)[0])


def packages_of_others(ctx: CheckContext) -> frozenset[str]:
    """Folders below the root with a package manifest of their own (`setup.py`, `pyproject.toml`, …), licensed or not,
    not named for this release: a library or a detection toolkit copied in (`EVA-02/det/` holding detectron2). Once per check."""
    return _not_named_for_release(ctx, "packages_of_others", _project_folders_of(ctx)[1])


def _not_named_for_release(ctx: CheckContext, key: str, folders: frozenset[str]) -> frozenset[str]:
    """The `folders` whose last name is not one of the release's names, kept in `ctx.facts[key]`."""
    cached = ctx.facts.get(key)
    if isinstance(cached, frozenset):
        return cached
    own = of(ctx)
    found = frozenset(
        folder for folder in folders if not own.is_own_name(folder.rsplit("/", 1)[-1]) or _readme_of_another_repository(ctx, folder, own)
    )
    ctx.facts[key] = found
    return found


# "[![GitHub Repo stars](https://img.shields.io/github/stars/hiyouga/LLaMA-Factory?style=social)]": a README whose badges
# count another repository's stars or commits is that repository's README
_REPOSITORY_BADGE = lazy_compile(
    r"img\.shields\.io/github/(?:stars|forks|watchers|last-commit|contributors|issues(?:-pr)?|license|v/release|release|commit-activity/\w+)"
    r"/(?P<owner>[\w.-]+)/(?P<repo>[\w.-]+?)(?=[?)\s\"']|$)",
    re.IGNORECASE,
)
_BADGE_LINES = 20


def _readme_of_another_repository(ctx: CheckContext, folder: str, own: Identity) -> bool:
    """The folder's README opens with badges of another code repository: a copy of that project, even when the folder
    carries the release's name ("training/llama_factory_sdar/" holding LLaMA-Factory's README)."""
    for doc in ctx.documents:
        if doc.path.rsplit("/", 1)[0] != folder or not doc.path.rsplit("/", 1)[-1].lower().startswith("readme"):
            continue
        for line in doc.lines[:_BADGE_LINES]:
            for badge in _REPOSITORY_BADGE.finditer(line):
                if own.is_own_url(f"https://github.com/{badge.group('owner')}/{badge.group('repo')}") is False:
                    return True
    return False


def in_embedded_project(path: str, projects: frozenset[str]) -> bool:
    return any(path.startswith(folder + "/") for folder in projects)
