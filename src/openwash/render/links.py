"""Where a rule's documentation lives: docs/rules.md of the openwash version that ran.

The action knows its own repository and ref (`github.action_repository` / `github.action_ref`,
or GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF), so its links open the rules as they were in
the release it runs. The CLI links to the project's URL from the package metadata at the tag
of its own version (`v0.1.0`). Never a branch that moves, never a placeholder.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from openwash.lazyre import regex

PROJECT_URL = "https://github.com/openwash/openwash"  # the Homepage in pyproject.toml
RULES_DOC = "docs/rules.md"


def rule_anchor(rule_id: str, name: str = "") -> str:
    """The heading anchor of a rule in docs/rules.md (`## OW101 open-source-claim-not-osaid`)."""
    slug = f"{rule_id.lower()}-{name}" if name else rule_id.lower()
    return quote(slug, safe="-_.~")


def rule_url(rule_id: str, name: str = "", docs_base: str | None = None) -> str:
    return f"{docs_base or package_docs_base()}#{rule_anchor(rule_id, name)}"


def action_docs_base(server_url: str | None, repository: str | None, ref: str | None) -> str | None:
    """docs/rules.md in the action's own repository at the ref the workflow used, if both are sound."""
    if not repository or not ref:
        return None
    if not regex(r"[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}").fullmatch(repository):
        return None
    if ".." in ref or not regex(r"[A-Za-z0-9][A-Za-z0-9._/+-]{0,199}").fullmatch(ref):
        return None
    server = (server_url or "https://github.com").rstrip("/")
    if not regex(r"https://[A-Za-z0-9.-]{1,253}(:\d{1,5})?").fullmatch(server):
        return None
    return f"{server}/{repository}/blob/{quote(ref, safe='/')}/{RULES_DOC}"


@lru_cache(maxsize=1)
def package_docs_base() -> str:
    """docs/rules.md at the tag of the installed version, in the project the package metadata names."""
    from openwash import __version__

    home = _project_url()
    return f"{home}/blob/v{quote(__version__, safe='.+-')}/{RULES_DOC}"


def _project_url() -> str:
    try:
        from importlib import metadata

        urls = metadata.metadata("openwash").get_all("Project-URL") or []
    except Exception:  # not installed (a source checkout on sys.path): the known project URL
        return PROJECT_URL
    preferred = ("source", "repository", "homepage")
    found: dict[str, str] = {}
    for entry in urls:
        label, _, url = str(entry).partition(",")
        url = url.strip().rstrip("/")
        if regex(r"https://github\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+").fullmatch(url):
            found.setdefault(label.strip().lower(), url)
    for label in preferred:
        if label in found:
            return found[label]
    return PROJECT_URL
