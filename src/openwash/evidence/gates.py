"""Whether the routes to the weights are gated.

A gating phrase (request form, login, licence click-through) in a route's section gates it; an
account phrase counts only in a sentence about getting the weights; a request for the weights
with no link is a gated route of its own; and a card's Hugging Face gating keys gate the
repository it describes.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any

from openwash.evidence.findings import _Site
from openwash.evidence.lines import _folded
from openwash.evidence.links import _BASE_MODEL_WORDS, _URL
from openwash.lazyre import lazy_compile

if TYPE_CHECKING:
    from openwash.documents import Document

_GATING = lazy_compile(
    r"(request(?:ing)?\s+access|access\s+request|request\s+form|accept\s+(?:our|the)\s+(?:[\w\s-]{0,40})?licen[cs]e|"
    r"acknowledg\w*\s+the\s+(?:[\w-]+\s+){0,2}?licen[cs]e|fill(?:ing)?\s+(?:out\s+|in\s+)?(?:the|a|this|our)\s+(?:\w+\s+)?form|application\s+form|"
    r"signed\s+url|\blog\s?in\b|kagglehub\.login|huggingface-cli\s+login|\bhf\s+auth\s+login|notebook_login|"
    r"gated\s+(?:model|repo|repository|access)|once\s+(?:your\s+)?(?:request|access)\s+is\s+(?:approved|granted)|"
    r"agree\s+to\s+share\s+your\s+contact|register(?:ed)?\s+to\s+(?:download|access|get)|once\s+registered|"
    r"(?:email|e-mail)\s+with\s+(?:a|the)\s+(?:signed\s+)?(?:url|link)|"
    r"(?:available|provided|shared|released|distributed|accessible)\s+(?:only\s+)?(?:up)?on\s+(?:request|application|approval)|"
    r"apply\s+for\s+(?:access|the\s+weights|a\s+download)|"
    # "Accept [`org/model`](https://hf.co/org/model) user conditions": the Hub's gate
    r"accept\s+(?:[^.\n]|\.(?=\S)){0,160}?\buser\s+conditions|申请|填写问卷|填写表单|填写申请|审核通过|授权后)",
    re.I,
)
# Gating phrases that describe asking for the files (a form, an application, a request), as opposed to
# logging in or clicking through a licence: such a phrase alone, in a section about the weights, is a route.
_REQUEST_GATE = lazy_compile(r"request|form\b|apply|application|approv|register|申请|问卷|表单|审核|授权后", re.I)
# What a weights section or line speaks of (a heading "Getting the weights", a line "The weights are …").
_WEIGHTS_TOPIC = lazy_compile(r"\b(?:weights?|checkpoints?|ckpts?|parameters|model\s+files?)\b|权重|模型文件|模型参数|模型下载", re.I)
_WEIGHTS_HEADING = lazy_compile(r"\b(?:weights?|checkpoints?|ckpts?|download|models?|access)\b|权重|模型|下载|获取", re.I)
# A line about something else (data, code, an API or demo) that a request phrase is about instead.
_OTHER_TOPIC = lazy_compile(r"\b(?:data(?:sets?)?|corpus|corpora|source\s+code|code|api|demo|paper)\b|数据|语料|代码|接口|论文", re.I)
# Account gates: signing in, registering, an approved account, accepting terms of use. Common words
# ("sign in to GitHub to open an issue"), so one is a gate only in a sentence about getting the
# weights (`_gets_weights`), checked where it is found. Written in lower case: it runs on folded text.
_ACCOUNT_GATE = lazy_compile(
    r"\bsign(?:ing|ed)?[\s-]?(?:in|on|up)\b|\bregist(?:er|ers|ered|ering|ration)\b|"
    r"\bcreat(?:e|ing)\s+(?:an?\s+|your\s+)?(?:[\w-]+\s+)?account\b|"
    r"\b(?:institutional|verified|approved|registered|organi[sz]ational|academic)\s+(?:e-?mail\s+)?accounts?\b|"
    r"\baccounts?\s+(?:are|is|must\s+be|will\s+be|get|gets)\s+(?:\w+\s+)?(?:approved|verified|reviewed|activated)\b|"
    r"\b(?:accept(?:ing)?|agree(?:ing)?\s+to)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}?terms(?:\s+of\s+(?:use|service|access))?\b|"
    r"登录|登陆|注册|实名认证|申请|审核",
    re.I,
)
# A login or account phrase (old or new) that `_request_sites` may take as a route when its sentence is
# about getting the weights: the portal behind it is then the only way to the files.
_LOGIN_GATE = lazy_compile(r"\blog\s?in\b|\bsign|account|terms|regist|登录|登陆|注册|实名认证", re.I)
# Getting the weights: a verb of obtaining next to the weights, or the weights next to such a verb.
_GETS_WEIGHTS = lazy_compile(
    r"\b(?:download\w*|get|getting|gets|obtain\w*|access\w*|fetch\w*|retriev\w*|request\w*)\b[^.!?;]{0,60}?"
    r"\b(?:weights?|checkpoints?|ckpts?|models?|parameters|model\s+files?)\b|"
    r"\b(?:weights?|checkpoints?|ckpts?|model\s+files?)\b[^.!?;]{0,60}?\b(?:download\w*|obtain\w*|access\w*|available|"
    r"accessible|distributed|served|hosted)\b|"
    r"(?:下载|获取|获得|访问|使用).{0,20}(?:权重|模型|检查点|checkpoint)|(?:权重|模型文件|检查点|checkpoint).{0,20}(?:下载|获取|获得)",
    re.I,
)
# A sentence about an API, a demo, the issue tracker or a community channel: its login is not a weights gate.
_NOT_WEIGHTS_ACCOUNT = lazy_compile(
    r"\bapi\b|\bdemo\b|\bplayground\b|\bconsole\b|\bissues?\b|\bpull\s+requests?\b|\bforum\b|\bnewsletter\b|\bdiscord\b|"
    r"\bslack\b|\bwebinar\b|\bleaderboard\b|接口|演示|试用",
    re.I,
)
_SENTENCE_END = lazy_compile(r"[.!?](?=\s|$)|[。！？]")
# Lines a sentence does not run across: blank lines, headings, table rows, fences, list items.
_NOT_PROSE = lazy_compile(r"^\s*(?:$|#|\||```|~~~|<)")
_LIST_ITEM = lazy_compile(r"^\s*(?:[-*+]\s|\d+[.)]\s)")
# Registering for commercial use is a licence condition, not a gate on the download.
_COMMERCIAL_REGISTRATION = lazy_compile(r"(?<!non-)(?<!non )\bcommercial(?:ly)?\b|(?<!非)商用|(?<!非)商业", re.I)
# Hugging Face Hub gating keys (hub docs: "Gated models"): a card with any of them describes a gated repository.
HUB_GATE_KEYS = (
    "extra_gated_prompt", "extra_gated_fields", "extra_gated_heading", "extra_gated_description",
    "extra_gated_button_content", "gated",
)

_GATED_VALUES = frozenset({"true", "yes", "auto", "manual"})
_GATE_TERMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("non-commercial", lazy_compile(r"non-?\s?commercial|not\s+for\s+commercial|非商业|不得商用|禁止商用", re.I)),
    ("research-only", lazy_compile(r"research\s+(?:purposes?\s+)?only|only\s+for\s+research|仅(?:供|限|用于).{0,6}研究", re.I)),
)


def _account_gate(lines: list[str], number: int, line: str, low: str) -> str | None:
    """The first account phrase of the line whose sentence is about getting the weights, or None."""
    for match in _folded(_ACCOUNT_GATE).finditer(low):
        sentence = _sentence_at(lines, number, match.start(), match.end())
        if _account_gates_weights(sentence):
            return line[match.start() : match.end()]
    return None


def _account_gates_weights(sentence: str) -> bool:
    """A sign-in, registration or terms-of-use sentence gates the weights: it speaks of getting them,
    and not of an API, a demo, the issue tracker, commercial use or a base model."""
    return bool(
        _GETS_WEIGHTS.search(sentence)
        and not _NOT_WEIGHTS_ACCOUNT.search(sentence)
        and not _COMMERCIAL_REGISTRATION.search(sentence)
        and not _BASE_MODEL_WORDS.search(sentence)
    )


def _sentence_at(lines: list[str], number: int, start: int, end: int) -> str:
    """The sentence holding line `number`'s [start, end), continued onto the prose lines next to it.

    A sentence ends at . ! ? (before a space) or 。！？; it runs across a line break only between
    prose lines (not headings, table rows, fences, blank lines, or into a new list item). One
    neighbouring line each way is enough for the wrapped README sentences gates are written in.
    """
    from openwash.licenses.declarations import MAX_LINE_CHARS

    line = lines[number - 1][:MAX_LINE_CHARS]
    ends_before = [m.end() for m in _SENTENCE_END.finditer(line, 0, start)]
    if ends_before:
        head = line[ends_before[-1] : start]
    else:
        head = line[:start]
        if number > 1 and not _NOT_PROSE.match(line) and not _LIST_ITEM.match(line):
            previous = lines[number - 2][:MAX_LINE_CHARS]
            if not _NOT_PROSE.match(previous):
                cuts = [m.end() for m in _SENTENCE_END.finditer(previous)]
                head = previous[cuts[-1] :] + " " + head if cuts else previous + " " + head
    after = _SENTENCE_END.search(line, end)
    if after:
        tail = line[start : after.end()]
    else:
        tail = line[start:]
        if number < len(lines):
            following = lines[number][:MAX_LINE_CHARS]
            if not _NOT_PROSE.match(following) and not _LIST_ITEM.match(following) and not _NOT_PROSE.match(line):
                stop = _SENTENCE_END.search(following)
                tail += " " + (following[: stop.end()] if stop else following)
    return head + tail


def _mark_gated(sites: list[_Site], gates: list[tuple[int, str]], sections: list[tuple[int, str]]) -> None:
    """A site is gated when a gating phrase sits in its section, within 40 lines (the first such phrase)."""
    by_section: dict[int, list[tuple[int, str]]] = {}
    for number, phrase in gates:  # gates come in line order, so each list is sorted
        by_section.setdefault(sections[number - 1][0], []).append((number, phrase))
    for site in sites:
        near = by_section.get(sections[site.line - 1][0])
        if not near:
            continue
        index = bisect.bisect_left(near, (site.line - 40,))
        if index < len(near) and near[index][0] <= site.line + 40:
            number, phrase = near[index]
            site.gated, site.gate, site.gate_line = True, phrase, number


_HUB_REPOSITORY = lazy_compile(r"(?:huggingface\.co/|hf\.co/|hf_hub:)(?:models/)?([\w.-]+/[\w.-]+)", re.I)


def share_repository_gates(sites: list[_Site]) -> None:
    """A gate on a Hub repository gates every route to it: "You need to agree to the terms to access the models"
    beside one link to `org/model` makes a badge linking the same repository elsewhere in that document no open
    route (the gate is cited where it was found, so it is shared within its document)."""
    gated: dict[tuple[str, str], _Site] = {}
    for site in sites:
        repository = _HUB_REPOSITORY.search(site.target)
        if site.gated and repository:
            gated.setdefault((site.path, repository.group(1).lower().removesuffix(".git")), site)
    if not gated:
        return
    for site in sites:
        repository = _HUB_REPOSITORY.search(site.target)
        key = (site.path, repository.group(1).lower().removesuffix(".git")) if repository and not site.gated else None
        gate = gated.get(key) if key else None
        if gate is not None:
            site.gated, site.gate, site.gate_line = True, gate.gate, gate.gate_line


def _request_sites(doc: Document, sections: list[tuple[int, str]], gates: list[tuple[int, str]], sites: list[_Site]) -> list[_Site]:
    """A request for the weights with no link to them ("available upon request: fill in the form") is a gated route.

    Only a request-type phrase (form, application, approval; not a login or a licence click-through)
    counts, in a section with no other route, when the section's heading or the lines themselves
    speak of the weights and not of data, code or commercial licensing (a registration for
    commercial use is a licence condition) or of a base model's gate.
    """
    from openwash.licenses.declarations import MAX_LINE_CHARS

    lines = doc.lines
    routed_sections = {sections[s.line - 1][0] for s in sites if s.path == doc.path}
    found: list[_Site] = []
    for number, phrase in gates:
        section, heading = sections[number - 1]
        if section in routed_sections or not _request_type(lines, number, phrase):
            continue
        line = lines[number - 1][:MAX_LINE_CHARS]
        previous = lines[number - 2][:MAX_LINE_CHARS] if number > 1 else ""
        other_topic = bool(_OTHER_TOPIC.search(line))
        # The line names the weights, or continues a sentence (or a section) about them.
        about_weights = bool(_WEIGHTS_TOPIC.search(line)) or not other_topic and (
            bool(_WEIGHTS_TOPIC.search(previous)) or bool(heading and _WEIGHTS_HEADING.search(heading) and not _OTHER_TOPIC.search(heading))
        )
        if not about_weights or _COMMERCIAL_REGISTRATION.search(line) or _BASE_MODEL_WORDS.search(line):
            continue
        urls = _URL.findall(line)
        target = urls[0].rstrip(".,;:*_") if urls else phrase
        found.append(_Site(doc.path, number, "request", target, gated=True, gate=phrase, gate_line=number))
        routed_sections.add(section)  # one request route per section is enough
    return found


def _request_type(lines: list[str], number: int, phrase: str) -> bool:
    """A phrase that asks for the files (form, application, approval), or a login / account phrase in a
    sentence about getting the weights ("sign in to the portal to download a checkpoint"): the portal
    is then the route. A login that only prepares another route ("run huggingface-cli login") is not."""
    if _REQUEST_GATE.search(phrase):
        return True
    if not _LOGIN_GATE.search(phrase):
        return False
    from openwash.licenses.declarations import MAX_LINE_CHARS

    at = lines[number - 1][:MAX_LINE_CHARS].find(phrase)
    return at >= 0 and _account_gates_weights(_sentence_at(lines, number, at, at + len(phrase)))


def _hub_gate(doc: Document) -> dict[str, Any] | None:
    """The Hub gating keys of a card's front matter: the repository it describes is gated.

    `extra_gated_*` keys configure the access-request form of a gated Hugging Face repository;
    `gated: true/auto/manual` says so directly (`gated: false` does not gate). The form's fields
    and prompt may carry terms (a "non-commercial use only" checkbox); they are recorded, not judged.
    """
    fm = doc.front_matter
    if fm is None:
        return None
    data = fm.data
    keys = [key for key in HUB_GATE_KEYS if _gates(key, data.get(key))]
    if not keys:
        return None
    line, key = min((fm.locate(key)[0], key) for key in keys)  # the first gating key in the file
    form = " ".join(str(part) for part in (data.get("extra_gated_prompt"), data.get("extra_gated_fields")) if part)
    terms = [name for name, pattern in _GATE_TERMS if pattern.search(form)]
    return {"path": doc.path, "line": line, "key": key, "root": "/" not in doc.path, "terms": terms}


def _gates(key: str, value: Any) -> bool:
    if key == "gated":
        return value is True or (isinstance(value, str) and value.strip().lower() in _GATED_VALUES)
    return bool(value.strip()) if isinstance(value, str) else bool(value)
