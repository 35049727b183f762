"""Whose claim: this release's, or another project's.

The subject of the sentence decides (DOMAIN.md §8: mentions of other projects are not
claims). Besides the comparisons and named models `subject` handles, a phrase is about
another party when:

- **it names a linked project**: the words right after the phrase (its object, "we open-sourced
  **[EasyR1](https://github.com/hiyouga/EasyR1)**", "our new open-source project —
  [PenguinHarness](https://github.com/…)") or the subject before it ("[KakaoBrain](…) openly
  released [Karlo](…)") is a link to a code repository or Hub page that is not this release's
  own (`identity.Identity.is_own_url`). A link to the release's own repository or Hub
  organisation keeps the claim.
- **it sits in a citation of someone else's paper**: the title of a BibTeX entry (in a `bibtex`
  block or a plain fence) is the authors' wording; it speaks for this release only when it
  names the release ("GPT-NeoX-20B: An Open-Source Autoregressive Language Model" in
  GPT-NeoX's own README).

And a phrase the comparison rules would drop is about the release after all when the release is
named as a member of the category: "compared with open-source LMMs such as LLaVA" in LLaVA's
own documentation (`membership_hits`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from openwash.identity import CODE_HOST, another_project
from openwash.lazyre import lazy_compile

if TYPE_CHECKING:
    from openwash.claims import _Hit
    from openwash.identity import Identity

_LINK = lazy_compile(r"\[([^\]\[]{1,300})\]\(\s*<?((?:https?:)?//[^)\s>]{1,1000})")
# What may stand between a phrase and the link it describes: a short noun phrase, emphasis,
# a dash, a line break tag, an emoji, Chinese aspect particles.
_BRIDGE = lazy_compile(
    r"^(?:[\s*_`~:：,，—–\-]|<br\s*/?>|了|出|的|\*\*|[^\w\s\[\]().,;!?。；！？]|"
    r"\b(?:the|a|an|our|its|their|new|latest|first|project|projects|library|libraries|tools?|toolkits?|frameworks?|repos?|"
    r"repository|repositories|"
    r"model|models|code|called|named|dubbed|version|work|works)\b){0,12}$",
    re.IGNORECASE,
)
_SUBJECT_LINK = lazy_compile(r"^[\W_]*(?:recently,?\s*|also,?\s*)?\[([^\]\[]{1,200})\]\(\s*<?((?:https?:)?//[^)\s>]{1,1000})", re.IGNORECASE)
_MAX_BRIDGE = 60


def _names_another(text: str | None, identity: Identity | None) -> bool:
    """``text`` names a party (a proper name) that is not one of the release's own names."""
    if text is None or identity is None or not identity.names:
        return False
    name = names_a_party(text)
    return name is not None and not identity.is_own_name(name)


def about_linked_project(raw: str, hit: _Hit, identity: Identity | None) -> bool:
    """The phrase's object or subject is a link to another project (see the module docstring)."""
    if hit.kind in ("license-declaration", "open-license-term"):
        return False
    for link in _LINK.finditer(raw, hit.end, min(len(raw), hit.end + _MAX_BRIDGE + 300)):
        if link.start() - hit.end > _MAX_BRIDGE:
            break
        if _BRIDGE.match(raw[hit.end : link.start()]):
            # "check out our open-source work: **[Wan-Animate](https://…github.io/…)**": a page that is not a code host
            # still names another project when its text is not one of the release's names; a link whose text names
            # the release ("open-sourced [LLaDA-8B-Base](https://huggingface.co/GSAI-ML/…)") is the release's own
            if identity is not None and identity.mentions_own_name(link.group(1)):
                return False
            return another_project(link.group(2), identity) or _names_another(link.group(1), identity)
        break
    subject = _SUBJECT_LINK.match(_clause_start(raw, hit.start))
    return bool(subject and another_project(subject.group(2), identity))


def licence_of_linked_project(raw: str, hit: _Hit, identity: Identity | None) -> bool:
    """A licence declared for another project linked right before it: "… based on [Nvidia NeMo](https://github.com/…),
    licensed under [Apache 2.0](…)" names NeMo's licence, not the release's (`declarations.prose.linked_subject`)."""
    if hit.kind != "license-declaration":
        return False
    from openwash.licenses.declarations.prose import linked_subject

    url = linked_subject(raw[max(0, hit.start - 700) : hit.start])
    return url is not None and another_project(url, identity)


# "Excited to share our latest [ChronoMagic-Bench](…), a benchmark for …, and is fully open source!": the named thing a
# news line announces is the subject of a predicate claim later in its clause ("…, and is fully open source").
_ANNOUNCED = lazy_compile(
    r"\b(?:share|sharing|shared|introduc\w*|present(?:s|ing|ed)?|releas\w*|announc\w*|launch\w*|unveil\w*)\s+"
    r"(?:(?:our|the|a|an)\s+)?(?:(?:latest|newest|new|recent)\s+)?\[?(?P<name>[A-Za-z][\w.+-]*(?:[ -][A-Za-z0-9][\w.+-]*){0,4}?)\]?"
    r"(?=\s*(?:\(|,|$|\s(?:which|that|is|and)\b))",
    re.IGNORECASE,
)
_PREDICATE_BEFORE = lazy_compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:also|now|fully|completely|entirely)\s+)*$", re.IGNORECASE)


def announced_other(raw: str, hit: _Hit, identity: Identity | None) -> bool:
    """A predicate claim ("…, and is fully open source") whose subject is a named project a news line announces,
    when that name is not one of the release's own."""
    if identity is None or not identity.names or hit.kind in ("license-declaration", "open-license-term"):
        return False
    before = _clause_start(raw, hit.start)
    if not _PREDICATE_BEFORE.search(before):
        return False
    announced = _ANNOUNCED.search(before)
    return _names_another(announced.group("name") if announced else None, identity)


# "We've just open-sourced Resophy!", "We open-sourced [Foo](…) today": the named thing the verb opens is its object
_VERB_OBJECT_NAME = lazy_compile(r"\s*\[?(?P<name>[A-Z][A-Za-z0-9_.+-]*(?:[ -][A-Z0-9][A-Za-z0-9_.+-]*){0,3})\]?(?=\s*(?:[!.,;:(]|\s+(?:today|now|on|at|in|under|as)\b|$))")


def open_sourced_other(raw: str, hit: _Hit, identity: Identity | None) -> bool:
    """A verb ("open-sourced") whose object is a proper name that is not one of the release's own: another project
    of the same authors announced in the release's README, not the release."""
    if identity is None or not identity.names or hit.kind != "open-source" or hit.language != "en":
        return False
    if not raw[hit.start : hit.end].lower().endswith(("sourced", "sourcing")):
        return False
    found = _VERB_OBJECT_NAME.match(raw, hit.end)
    return _names_another(found.group("name") if found else None, identity)


# "Meta最新开源了Llama 2模型", "Meta开源的LlaMA-2模型": a named party right before 开源了/开源的 is who opened it
_ZH_AGENT = lazy_compile(r"(?<![A-Za-z0-9_.+-])(?P<name>[A-Za-z][A-Za-z0-9_.+-]*(?:\s[A-Za-z0-9][A-Za-z0-9_.+-]*){0,2})\s*(?:最新|最近|近日|近期|已经|已|正式|也|刚刚|再次)?\s*$")


def zh_agent_other(raw: str, hit: _Hit, identity: Identity | None) -> bool:
    """开源了/开源的 right after a proper name that is not one of the release's own: another party's act."""
    if identity is None or not identity.names or hit.language != "zh" or hit.kind != "open-source":
        return False
    if not raw[hit.end : hit.end + 1] in ("了", "的"):
        return False
    found = _ZH_AGENT.search(raw[max(0, hit.start - 40) : hit.start])
    return _names_another(found.group("name") if found else None, identity)


# "**2023/3/28 开源了中文LLaMA&Alpaca大模型，… 查看：https://github.com/ymcui/Chinese-LLaMA-Alpaca**": a dated news item
_NEWS_DATE = lazy_compile(
    r"^[\s>*_\-+]*[\[【(（]?\s*(?:\d{4}\s*[-./年]\s*\d{1,2}|\d{1,2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{4}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*\d{4})",
    re.IGNORECASE,
)
_REPOSITORY_URL = lazy_compile(r"(?:https?:)?//(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com)/[\w.-]+/[\w.-]+", re.IGNORECASE)


def news_of_another_repository(raw: str, hit: _Hit, identity: Identity | None) -> bool:
    """A dated news item that links another code repository and never names the release announces that project:
    "2023/3/28 开源了中文LLaMA&Alpaca大模型 … 查看：https://github.com/ymcui/Chinese-LLaMA-Alpaca" in MacBERT's README."""
    if identity is None or not identity.names or not identity.repositories or hit.kind in ("license-declaration", "open-license-term"):
        return False
    if not _NEWS_DATE.match(raw) or identity.mentions_own_name(raw):
        return False
    urls = [m.group(0) for m in _REPOSITORY_URL.finditer(raw)]
    return bool(urls) and all(identity.is_own_url("https:" + u if u.startswith("//") else u) is False for u in urls)


def _clause_start(raw: str, start: int) -> str:
    """The text of the sentence before the phrase (links kept, unlike the masked clause)."""
    before = raw[max(0, start - 300) : start]
    cut = max(before.rfind(". "), before.rfind("。"), before.rfind("；"), before.rfind("; "), before.rfind("! "), before.rfind("？"))
    return before[cut + 1 :] if cut >= 0 else before


def citation_of_another(raw: str, own_names: tuple[str, ...]) -> bool:
    """A BibTeX title line that does not name the release: another work's title."""
    if not own_names:
        return False  # cannot tell: the title is kept as the authors' wording
    from openwash.identity import normal_name, stems

    title = normal_name(raw)
    return not any(len(own) >= 3 and own in title for own in stems(own_names))


# A quoted title in a reference: "Yu et al. *"DAPO: An Open-Source LLM Reinforcement Learning System at Scale."*
# [arXiv:2503.14476](…) (2025)" names another work by its title
# (not an HTML attribute's value, nor the text between two attributes' quotes)
_QUOTED_TITLE = lazy_compile(r'(?<![=\w])"([^"\n<>=]{8,300})"|“([^”\n<>]{8,300})”')
_REFERENCE_CUE = lazy_compile(r"\bet\s+al\b|\barxiv\b|\bdoi\b|\bproceedings\b|\(\s*(?:19|20)\d\d[a-z]?\s*\)", re.IGNORECASE)


def quoted_title_of_another(raw: str, start: int, end: int, own_names: tuple[str, ...]) -> bool:
    """The phrase sits inside a quoted title on a line that cites a work (authors "et al.", an arXiv or DOI link, a
    year in brackets), and the title does not name the release: another work's title."""
    if not _REFERENCE_CUE.search(raw):
        return False
    for quoted in _QUOTED_TITLE.finditer(raw):
        if quoted.start() < start and end <= quoted.end():
            return citation_of_another(quoted.group(1) or quoted.group(2), own_names)
    return False


_MEMBERSHIP = lazy_compile(
    r"\bopen[\s-]?source\s+(?:[\w-]+\s+){0,3}?(?:models?|llms?|lmms?|vlms?|mllms?|slms?|chatbots?|systems?|alternatives?)\b"
    r"[\s,]*(?:\(|such\s+as|like|including|e\.g\.?,?|for\s+example,?|for\s+instance,?)\s+(?:the\s+)?"
    r"(?P<name>[A-Za-z\u4e00-\u9fff][\w.+\-\u4e00-\u9fff]*(?:\s+[A-Z0-9][\w.+-]*)?)",
    re.IGNORECASE,
)
_MEMBERSHIP_ZH = lazy_compile(r"(?P<name>[A-Za-z][\w.+-]*)\s*(?:等|这样的|這樣的|之类的|之類的)\s*(?:开源|開源)")


# "compare Kolors with other state-of-the-art open models", "M outperforms other open-source LLMs": "other"
# makes the release one of them.
_OTHER_MEMBERSHIP = lazy_compile(
    r"\bother\s+(?:[\w-]+\s+){0,3}?(?P<phrase>open(?:[\s-]?source)?)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:models?|llms?|lmms?|vlms?|mllms?|slms?|chatbots?|systems?|alternatives?)\b",
    re.IGNORECASE,
)


def membership_hits(masked: str, own_names: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """(start, end, language) of "open-source models such as <the release>" or "<the release> … other
    open-source models": the release is a member of the category."""
    if not own_names:
        return []
    from openwash.identity import normal_name

    found = []
    for match in _OTHER_MEMBERSHIP.finditer(masked):
        sentence = masked[max(0, match.start() - 200) : match.start()]
        cut = max(sentence.rfind(". "), sentence.rfind("。"), sentence.rfind("! "), sentence.rfind("? "))
        sentence = sentence[cut + 1 :] if cut >= 0 else sentence
        normal = normal_name(sentence)
        ours = re.search(r"\bour\s+(?:[\w-]+\s+){0,2}(?:models?|llms?|systems?|checkpoints?)\b", sentence, re.IGNORECASE)
        if any(len(own) >= 3 and own in normal for own in own_names) or ours:
            start, end = match.span("phrase")
            found.append((start, end, "en"))
    for pattern, language in ((_MEMBERSHIP, "en"), (_MEMBERSHIP_ZH, "zh")):
        for match in pattern.finditer(masked):
            name = normal_name(match.group("name"))
            if len(name) >= 3 and any(name == own or own in name or name in own for own in own_names if len(own) >= 3):
                start = masked.lower().find("open", match.start()) if language == "en" else match.end() - 2
                end = start + (len("open-source") if language == "en" else 2)
                found.append((start, end, language))
    return found


_SOFTWARE_EN = lazy_compile(
    r"\b(?:engine|engines|framework|frameworks|library|libraries|toolkit|toolkits|tool|tools|platform|platforms|app|apps|"
    r"application|applications|container|runtime|server|sdk|cli|database|editor|ide|interface|ui|client|extension|plugin|"
    r"package|packages|implementation|codebase|project|projects|software|service|solution)\b",
    re.IGNORECASE,
)
_SOFTWARE_ZH = lazy_compile(r"引擎|容器|平台|软件|軟件|軟體|工具|框架|库|庫|插件|客户端|客戶端|服务|服務|应用|應用|项目|項目|系统|系統|代码|代碼")


def software_head(after: str) -> bool:
    """The noun phrase after the phrase names software ("an open-source inference engine", "开源的应用容器引擎")."""
    head = after[:80]
    if head.lstrip().startswith(","):
        # adjectives in a row: ", high-throughput inference engine", ", multi-platform, deep-learning toolkit"
        head = " ".join(re.split(r"\s*,\s*", head.lstrip(" ,"))[:4])
    cut = re.search(r"[.,;:!?。，；：！？()（）]", head)
    head = head[: cut.start()] if cut else head
    return bool(_SOFTWARE_EN.search(head) or _SOFTWARE_ZH.search(head))


def names_a_party(text: str) -> str | None:
    """The proper name a clause's subject is, if it is one ("vLLM", "LM Studio", "Docker"); else None.

    Common nouns ("The model", "Our code", "Training") are not names.
    """
    words = _NAME_WORDS.findall(text.strip(" *_`\"'“”‘’[]()"))
    if not 1 <= len(words) <= 4:
        return None
    if words[0].lower() in _NOT_NAMES:
        return None
    if any(w.lower() in _GENERIC for w in words):
        return None
    if not any(_looks_proper(w) for w in words):
        return None
    return " ".join(words)


_NAME_WORDS = lazy_compile(r"[A-Za-z0-9][\w.+\-']*")
_NOT_NAMES = frozenset(
    "the a an this that these those it its they them we our us i you your he she his her their there here "
    "all both each every some many most such which who what whose".split()
)
_GENERIC = frozenset(
    "model models weights weight checkpoint checkpoints code codebase data dataset datasets training inference evaluation "
    "repository repo project library framework software release version everything nothing license licence paper "
    "research work tool tools system systems pipeline scripts script demo api service application app".split()
)


def _looks_proper(word: str) -> bool:
    """"vLLM", "Docker", "llama.cpp", "SGLang", "GPT-4", "LM": a name, not a dictionary word."""
    if any(c.isdigit() for c in word) or "." in word.strip(".") or "-" in word.strip("-"):
        return True
    return word[:1].isupper() or any(c.isupper() for c in word[1:])


_OPEN_NAME = lazy_compile(r"^Open[\s-]?([A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2})")


def open_in_own_name(text: str, hit: _Hit, own_names: tuple[str, ...]) -> bool:
    """"the Open Assistant model", "Open Assistant models": "Open" opens the release's own name, it is not an
    adjective about the model (names are compared normalised: "Open-Assistant", "OpenAssistant")."""
    if hit.kind != "open-model" or not own_names:
        return False
    named = _OPEN_NAME.match(text[hit.start : hit.end])
    if named is None:
        return False
    from openwash.identity import normal_name

    normal = normal_name("open" + named.group(0)[4:])
    return any(normal == own or (len(own) >= 5 and own.startswith(normal)) for own in own_names)
