"""Honest wording for overreaching claims: what `openwash fix` writes and what a finding's fix says.

One function decides the replacement of a claim (`edit_for`), from the claim's line and the
terms that govern the weights (`terms_of`): the rules put it in a finding's remediation
("Replace 'an open-source model' with 'a model available under the Gemma Terms of Use'"),
`openwash fix` applies it to the file, and the action may post it as a suggestion.

The wording is the one openwash itself accepts:

- weights open (the verdict's `open_weights` is true): "open-source model" → "open-weights model";
- otherwise: "an open-source model" → "a model available under <licence>", "is open source" →
  "is available under <licence>", "we open-sourced X" → "we released X", "开源模型" →
  "依据<licence>发布的模型" ("开放权重模型" when the weights are open), "开源了" → "发布了";
- a contradicted promise of commercial use is removed or replaced by the terms;
- a front-matter `license:` more permissive than the base model's terms (OW301) becomes
  `license: other` with the base licence's `license_name` and `license_link` (see `frontmatter_edit`).

Only wording the functions here understand is rewritten; anything else (a mention inside a
citation title, "open source community", a phrase split by emphasis) returns None and is left
for a person. Everything here is pure: no file is read or written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

from openwash.lazyre import lazy_compile
from openwash.model import FAMILY_RESTRICTIVENESS, BaseModelRef, Claim, Component, LicenseInfo, Verdict

# Rules whose findings `openwash fix` rewrites.
FIXABLE_RULES = ("OW101", "OW102", "OW103", "OW301")


class ReportLike(Protocol):
    """A `Report`, or the `CheckContext` the rules see: both carry these."""

    verdict: Verdict
    licenses: list[LicenseInfo]
    base_models: list[BaseModelRef]
    components: dict[str, Component]


@dataclass(frozen=True)
class Terms:
    """What the honest wording may say about the weights."""

    open_weights: bool  # the verdict says the weights are open
    licence: str | None  # display name of the terms that govern them ("the Gemma Terms of Use"), None when unknown
    licence_zh: str | None = None  # the same, for Chinese text ("Gemma Terms of Use")


@dataclass(frozen=True)
class Edit:
    """Replace `old` (characters `start`..`end` of the claim's line, 0-based) with `new`."""

    line: int
    start: int
    end: int
    old: str
    new: str

    tag: str | None = None  # the edit removes this front-matter tag
    lead: str = ""  # words around the span, shown in the remediation when the span alone is too short to find
    trail: str = ""

    @property
    def whole_line(self) -> bool:
        """The edit removes its whole line (a block-style tag such as `  - open-source`)."""
        return self.tag is not None and self.start == 0 and not self.new and bool(_TAG_ITEM.match(self.old))

    @property
    def remediation(self) -> str:
        if self.tag is not None:
            return f"Remove the tag '{self.tag}' from the front matter"
        if not self.new:
            return f"Remove '{self.old}'"
        return f"Replace '{self.lead}{self.old}{self.trail}' with '{self.lead}{self.new}{self.trail}'"


_FLOW_TAGS = lazy_compile(r"^\s*tags\s*:\s*\[")
_TAG_ITEM = lazy_compile(r"^\s*-\s*(['\"]?)(?P<tag>[^'\"#\s][^'\"#]*?)\1\s*(?:#.*)?$")


# --------------------------------------------------------------------------- the terms


def terms_of(report: ReportLike) -> Terms:
    """The terms the honest wording names, from the verdict (the most restrictive terms of the weights)."""
    verdict = report.verdict
    name = _governing_name(report)
    return Terms(
        open_weights=verdict.open_weights is True,
        licence=with_article(name) if name else None,
        licence_zh=name,
    )


def _governing_name(report: ReportLike) -> str | None:
    from openwash.licenses import knowledge

    family = report.verdict.weights_license_family
    if not family or family == "unknown":
        return None
    # A base model's terms keep governing a derivative; then what the repository states for the weights.
    for base in sorted(report.base_models, key=lambda b: b.signal != "front-matter"):
        if base.family == family and base.license_key:
            entry = knowledge.lookup(base.license_key)
            if entry is not None and not entry.is_unknown and not entry.ambiguous:
                return _clean_name(entry.name)
    name = name_among(report.licenses, family)
    if name is not None:
        return name
    weights = report.components.get("model-parameters-final")
    if weights is not None and weights.license:
        entry = knowledge.lookup(weights.license)
        if entry is not None and entry.family == family and not entry.is_unknown:
            return _clean_name(entry.name)
    return None


def name_among(licences: list[LicenseInfo], family: str) -> str | None:
    """The display name of the statement of `family` that best names the weights' terms (a licence file first)."""
    candidates = [
        lic
        for lic in licences
        if lic.family == family
        and lic.id != "unknown"
        and (not lic.applies_to or "weights" in lic.applies_to)
        and not lic.ambiguous
        and lic.source != "use-policy"  # an acceptable-use policy rides on the licence; it does not name it
    ]
    candidates.sort(key=lambda lic: ("weights" not in lic.applies_to, lic.source != "license-file", -lic.confidence))
    return _clean_name(candidates[0].name) if candidates else None


def _clean_name(name: str) -> str:
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name.strip())  # "LLaMA License (non-commercial research)"
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


def with_article(name: str) -> str:
    return name if re.match(r"(?:CC|GPL|AGPL|LGPL|MIT|BSD|MPL)\b", name) and " " not in name else f"the {name}"


# --------------------------------------------------------------------------- the edit of one claim


def suggest(claim: Claim, report: ReportLike) -> str | None:
    """The fix of a claim as one sentence ("Replace 'X' with 'Y'"), or None when openwash has no safe rewrite."""
    edit = edit_for(claim, terms_of(report))
    return edit.remediation if edit is not None else None


def edit_for(claim: Claim, terms: Terms, line_text: str | None = None) -> Edit | None:
    """The edit that makes an overreaching claim honest, on `line_text` (default: the claim's context line)."""
    if isinstance(claim.member_terms, Terms):
        terms = claim.member_terms  # a claim naming one model of a multi-model release: that model's terms
    text = line_text if line_text is not None else claim.context
    start = _locate(text, claim.text, claim.column - 1)
    if start is None:
        return None
    end = start + len(claim.text)
    span = _rewrite(claim, text, start, end, terms)
    if span is None:
        return None
    s, e, new = span
    if text[s:e] == new:
        return None
    tag = claim.text if _TAG_ITEM.match(text) or _FLOW_TAGS.match(text) else None
    lead = trail = ""
    if claim.language in ("zh", "ja") and tag is None:  # "开源" alone could be anywhere on the line
        lead = re.split(r"[\s，。；！？、,.;!?()（）\[\]*`]", text[max(0, s - 3) : s])[-1]
        trail = re.split(r"[\s，。；！？、,.;!?()（）\[\]*`]", text[e : e + 3])[0]
    return Edit(claim.line, s, e, text[s:e], new, tag, lead, trail)


def _locate(line: str, phrase: str, column: int) -> int | None:
    if not phrase:
        return None
    if line[column : column + len(phrase)] == phrase:
        return column
    # The context is the line as rendered; the column the file's: take the nearest occurrence.
    found = [m.start() for m in re.finditer(re.escape(phrase), line)]
    return min(found, key=lambda i: abs(i - column)) if found else None


Span = tuple[int, int, str]


def _rewrite(claim: Claim, line: str, start: int, end: int, terms: Terms) -> Span | None:
    if _is_citation(line):
        return None  # the title of a paper stays as published
    if claim.kind == "license-declaration":
        return None  # front matter: see frontmatter_edit
    tag = _TAG_ITEM.match(line)
    if tag is not None and tag.group("tag") == claim.text:
        return 0, len(line), ""  # a tag says nothing the card cannot say honestly in words: remove it
    flow = re.search(r"(?:(?<=\[)|,\s*)(['\"]?)" + re.escape(claim.text) + r"\1(?:\s*,\s*|(?=\s*\]))", line)
    if flow is not None and _FLOW_TAGS.match(line):
        piece = flow.group(0)
        keep = "" if piece.startswith(",") and not piece.rstrip().endswith(",") else ("" if not piece.startswith(",") else ", ")
        return flow.start(), flow.end(), keep
    if claim.language in ("zh",):
        return _rewrite_zh(claim, line, start, end, terms)
    if claim.language == "ja":
        return _rewrite_ja(claim, line, start, end, terms)
    if claim.language == "ko":
        return _rewrite_ko(claim, line, start, end, terms)
    if claim.kind == "commercial-use":
        return _rewrite_commercial_en(line, start, end, terms)
    if claim.kind == "openly-released":
        return _rewrite_openly_en(line, start, end)
    if claim.kind in ("open-source", "fully-open", "open-weights", "open-model"):
        return _rewrite_open_en(claim.kind, line, start, end, terms)
    return None


_CITATION = lazy_compile(r"^\s*(?:title|booktitle|journal)\s*=|@\w+\{", re.IGNORECASE)


def _is_citation(line: str) -> bool:
    return bool(_CITATION.search(line))


# --------------------------------------------------------------------------- English

_EN_HEADS = frozenset(
    "model models llm llms lm lms ai chatbot chatbots assistant assistants vlm vlms slm slms mllm mllms "
    "agent agents network networks transformer transformers weights weight checkpoint checkpoints "
    "parameters adapter adapters lora loras release releases version versions variant variants "
    "family series".split()
)
_EN_DROP_HEADS = frozenset("release releases version versions variant variants".split())
_EN_STOP = frozenset(
    "for of in on with by that which who whose is are was were be to from under as at than "
    "developed trained built based focused designed released available licensed created made "
    "using used via like such including and or but while a an the our its their this these".split()
)
_OPEN_SOURCE = lazy_compile(
    r"^(?:(?:fully|truly|completely|totally|entirely|genuinely|100\s?%)[\s-]+)?open(?:[\s-]?sourc(e|ed|ing))?$", re.IGNORECASE
)
_OPEN_WEIGHTS = lazy_compile(r"^open[\s-]?weights?$", re.IGNORECASE)
_OPEN_MODEL = lazy_compile(r"^open\s+", re.IGNORECASE)
_VERB_BEFORE = lazy_compile(
    r"\b(?:we|i|they|you|to|will|shall|would|should|also|proudly|finally|now|officially|hereby|please|and|have|has|had|"
    r"decided|plan|plans|going)\s*$",
    re.IGNORECASE,
)
_PREDICATE_BEFORE = lazy_compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|stays?|become|becomes|became|now|also|being)\s*$", re.IGNORECASE
)
_PREDICATE_AFTER = lazy_compile(r"^\s*(?:$|[.,;:!?)\]]|and\b|or\b|under\b|on\b|at\b|via\b|through\b|since\b|too\b|as\s+well\b|\()", re.IGNORECASE)
_ARTICLE_BEFORE = lazy_compile(r"\b(a|an|A|An)\s+$")
_EMPHASIS = ("**", "__", "*", "_", "`")


def _rewrite_open_en(kind: str, line: str, start: int, end: int, terms: Terms) -> Span | None:
    old = line[start:end]
    s, e = _with_emphasis(line, start, end)
    before, after = line[:s], line[e:]
    if kind == "open-model":
        # "open bilingual language model": the head is part of the phrase
        if not _OPEN_MODEL.match(old):
            return None
        rest = old[_OPEN_MODEL.match(old).end() :]  # type: ignore[union-attr]
        if terms.open_weights:
            return _with_article_before(line, start, end, _case_like(old[:4], "open-weights") + " " + rest)
        return _drop_adjective(line, start, start + len(old) - len(rest), terms, head_end=end)
    form = _OPEN_SOURCE.match(old)
    weights_word = _OPEN_WEIGHTS.match(old)
    if form is None and weights_word is None:
        return None
    suffix = (form.group(1) or "").lower() if form is not None else ""
    if suffix in ("ed", "ing") and form is not None and "sourc" in old.lower():
        return start, end, _case_like(old, "released" if suffix == "ed" else "releasing")
    head_end = _noun_phrase_head(after)
    if head_end is not None:
        if terms.open_weights and kind != "open-weights":
            return _with_article_before(line, start, end, _case_like(old, "open-weights", hyphen=True))
        return _drop_adjective(line, s, e, terms, head_end=e + head_end)
    if suffix == "e" and _VERB_BEFORE.search(before) and not _PREDICATE_AFTER.match(after):
        return start, end, _case_like(old, "release")  # "we open-source X", "will open-source a series"
    if _PREDICATE_BEFORE.search(before) and _PREDICATE_AFTER.match(after):
        if terms.licence:
            return s, e, "available under " + terms.licence
        return None
    if weights_word is not None and _PREDICATE_AFTER.match(after) and terms.licence:
        return s, e, "weights available under " + terms.licence  # "… and open weights."
    return None


def _with_article_before(line: str, start: int, end: int, new: str) -> Span:
    """The replacement, with "a" before it made "an" when the new words start with a vowel ("a fully open model" →
    "an open-weights model")."""
    article = re.search(r"\b([Aa])(\s+)$", line[:start])
    if article is not None and new[:1].lower() in "aeiou":
        return article.start(), end, f"{article.group(1)}n{article.group(2)}{new}"
    return start, end, new


def _with_emphasis(line: str, start: int, end: int) -> tuple[int, int]:
    """The span widened over emphasis that wraps exactly the phrase ("**open-source**")."""
    for mark in _EMPHASIS:
        if line[max(0, start - len(mark)) : start] == mark and line[end : end + len(mark)] == mark:
            return start - len(mark), end + len(mark)
    return start, end


def _noun_phrase_head(after: str) -> int | None:
    """End offset (in `after`) of the noun the adjective modifies, within four words; None if none."""
    position = 0
    for _ in range(5):
        match = re.match(r"\s+([^\s]+)", after[position:])
        if match is None:
            return None
        word = match.group(1)
        core = word.strip("*_`\"'“”‘’,.;:!?()[]")
        lower = core.lower()
        if not core or lower in _EN_STOP:
            return None
        word_end = position + match.start(1) + word.find(core) + len(core) if core in word else position + match.end(1)
        if lower in _EN_HEADS or re.match(r"^(?:\w+-)*(?:model|models|llms?)$", lower):
            # "Skywork series models", "language model weights": the head is the last of a run of heads
            following = re.match(r"\s+([\w-]+)", after[word_end:])
            if following is not None and following.group(1).lower() in _EN_HEADS:
                position = word_end
                continue
            return word_end
        if word != core and not word.endswith(("-",)):
            return None  # punctuation ends the phrase before a head
        position += match.end(1)
    return None


def _drop_adjective(line: str, s: int, e: int, terms: Terms, *, head_end: int) -> Span:
    """Remove the adjective at s..e; after the noun phrase's head, say which terms apply."""
    before, middle = line[:s], line[e:head_end]
    middle_stripped = middle.lstrip()
    replacement_start = s
    prefix = ""
    article = _ARTICLE_BEFORE.search(before)
    if article is not None:
        replacement_start = article.start()
        word = article.group(1)
        prefix = _case_like(word, _a_or_an(middle_stripped)) + " "
    elif line[s:e].lstrip("*_`")[:1].isupper() and _sentence_start(before):
        middle_stripped = middle_stripped[:1].upper() + middle_stripped[1:]
    head = middle_stripped
    tail = ""
    head_word = head.rsplit(None, 1)[-1].strip("*_`").lower() if head.strip() else ""
    named = re.match(r"\s+[*_`\[]*[A-Z0-9][\w.-]*", line[head_end:])  # "the open-source model CogVideoX"
    if terms.licence and head_word not in _EN_DROP_HEADS and not _in_label(line, s) and named is None:
        tail = " available under " + terms.licence
    return replacement_start, head_end, prefix + head + tail


def _sentence_start(before: str) -> bool:
    stripped = re.sub(r"[\s*_`\[#>|-]+$", "", before)
    return not stripped or stripped.endswith((".", "!", "?", ":")) or bool(re.fullmatch(r"[\s*_`\[#>|\-\d.]*", before))


def _in_label(line: str, position: int) -> bool:
    """Headings, table cells and link text: the licence goes in the text, not in a title."""
    stripped = line.lstrip()
    if stripped.startswith(("#", "|")):
        return True
    before = line[:position]
    return before.count("[") > before.count("]")


def _a_or_an(following: str) -> str:
    raw = following.lstrip("*_`\"'“‘[")
    acronym = re.match(r"[A-Z]{2,}\b", raw)
    if acronym is not None:  # letters read one by one: "an RLHF model", "an LLM", "a GPU"
        return "an" if raw[0] in "AEFHILMNORSX" else "a"
    word = raw.lower()
    if re.match(r"(?:uni|use|usa|one|once|eu|ur|u\d)", word):
        return "a"
    if re.match(r"[aeiou]|8|11\b|18\b|(?:fbi|llm|lm|mllm|slm|mit|rnn|sdk|hf|nlp|xl|x\b)", word):
        return "an"
    return "a"


def _case_like(model: str, word: str, *, hyphen: bool = False) -> str:
    """`word` in the capitalisation of `model` ("Open-Source" → "Open-Weights", "OPEN SOURCE" → "OPEN-WEIGHTS")."""
    letters = [c for c in model if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return word.upper()
    if model[:1].isupper():
        parts = re.split(r"([\s-])", model)
        title = len([p for p in parts if p.strip() and p not in "-"]) > 1 and all(
            p[:1].isupper() for p in parts if p.strip() and p not in "-"
        )
        if title:
            return re.sub(r"(^|[\s-])(\w)", lambda m: m.group(1) + m.group(2).upper(), word)
        return word[:1].upper() + word[1:]
    return word


_OPENLY = lazy_compile(r"^(?:openly|freely)\s+(\w+)$", re.IGNORECASE)


def _rewrite_openly_en(line: str, start: int, end: int) -> Span | None:
    match = _OPENLY.match(line[start:end])
    if match is None:
        return None
    return start, end, _case_like(line[start:end], match.group(1).lower())


_COMMERCIAL_FREE = lazy_compile(
    r"^(?:free(?:ly)?(?:\s+available)?|available|licen[cs]ed|approved|permitted|allowed|ok|okay|suitable|usable|ready|open|granted)"
    r"\s+for\s+(?:both\s+)?(?:[\w-]+\s+(?:and|&|or)\s+)?commercial\s+\w+$|^free\s+(?:for\s+)?commercial\s+(?:use|usage)$",
    re.IGNORECASE,
)
_COMMERCIAL_TAIL = lazy_compile(r"(?:,\s*|\s+)(?:including|even|also)?\s*(?:commercially|for\s+commercial\s+(?:use|purposes?))$", re.IGNORECASE)


def _rewrite_commercial_en(line: str, start: int, end: int, terms: Terms) -> Span | None:
    old = line[start:end]
    if _COMMERCIAL_FREE.match(old):
        if terms.licence is None:
            return None
        s, e = _with_emphasis(line, start, end)
        return s, e, "available under " + terms.licence
    tail = _COMMERCIAL_TAIL.search(old)
    if tail is not None and tail.start() > 0:
        return start + tail.start(), end, ""  # "use, modify and redistribute it, including commercially"
    return None


# --------------------------------------------------------------------------- Chinese and Japanese

_ZH_OPEN = lazy_compile(r"^(?:完全|全面|全部|彻底|徹底|真正)?\s*(?:的\s*)?(开源|開源)$")
_ZH_NOUN_AFTER = lazy_compile(r"^(?:(?![和与與及或、的])[\u4e00-\u9fff]){0,4}?(?:大?模型|权重|權重|参数|參數)")
_ZH_DE_AFTER = lazy_compile(r"^的")
_ZH_COORDINATED = lazy_compile(r"^、[^，。；！？,;!?]{0,20}?的[^，。；！？,;!?]{0,12}?(?:模型|权重|權重)")
_ZH_VERSION_AFTER = lazy_compile(r"^(?:版本|版)")
_ZH_VERB_AFTER = lazy_compile(r"^(?:了|出|\s*[A-Za-z0-9*「《【“\[]|\s*[。，；！.,;!]|\s*$)")
_ZH_VERB_BEFORE = lazy_compile(
    r"(?:已经|已經|已|将|將|会|會|正式|全面|完全|全部|均|都|也|并|並|还|還|率先|首次|陆续|陸續|同步|同时|同時|决定|決定|宣布|"
    r"选择|選擇|我们|我們|本项目|本項目|团队|團隊|进行了|進行了)\s*$"
)
_ZH_COMMERCIAL = lazy_compile(r"^(?:开源|開源)?\s*(?:免费|免費|可|支持|允许|允許)\s*(?:商用|商业使用|商業使用)$")


def _rewrite_zh(claim: Claim, line: str, start: int, end: int, terms: Terms) -> Span | None:
    old = line[start:end]
    traditional = "開" in old or "權" in old
    if claim.kind == "commercial-use":
        if _ZH_COMMERCIAL.match(old) and terms.licence_zh:
            return start, end, ("商用須遵守" if traditional else "商用须遵守") + terms.licence_zh
        return None
    if claim.kind not in ("open-source", "fully-open") or not _ZH_OPEN.match(old):
        return None
    before, after = line[:start], line[end:]
    released = "發布" if traditional else "发布"
    if _ZH_VERSION_AFTER.match(after):
        return start, end, released  # "开源版本" → "发布版本"
    if _ZH_VERB_BEFORE.search(before) or after.startswith(("了", "出")):
        return start, end, released  # "我们开源 X", "开源了 X", "已经开源。" → "我们发布 X", "发布了 X", "已经发布。"
    coordinated = bool(_ZH_COORDINATED.match(after))  # "一个完全开源、可商用的大模型": the adjectives share one 的
    if coordinated or _ZH_NOUN_AFTER.match(after) or _ZH_DE_AFTER.match(after):
        if terms.open_weights:
            return start, end, "開放權重" if traditional else "开放权重"
        de = "" if coordinated or _ZH_DE_AFTER.match(after) else "的"
        if terms.licence_zh:
            name = terms.licence_zh
            if re.match(r"[\x00-\x7f]", name):
                name = f" {name} "  # a Latin name between Chinese words gets spaces
            return start, end, ("依據" if traditional else "依据") + name + released + de
        return start, end, ("公開" if traditional else "公开") + released + de  # "publicly released": access, no terms
    return None


def _rewrite_ja(claim: Claim, line: str, start: int, end: int, terms: Terms) -> Span | None:
    after = line[end:]
    if claim.kind != "open-source" or not re.fullmatch(r"オープン[・･]?ソース", line[start:end]):
        return None
    if after.startswith("化"):
        return start, end + 1, "公開"  # "オープンソース化しました" → "公開しました"
    if after.startswith(("モデル", "の")) and terms.open_weights:
        return start, end, "オープンウェイト"
    return None


def _rewrite_ko(claim: Claim, line: str, start: int, end: int, terms: Terms) -> Span | None:
    if claim.kind != "open-source":
        return None
    after = line[end:]
    released = re.match(r"(?:으로|로)\s*(?=공개)", after)
    if released:
        return start, end + released.end(), ""  # "오픈소스로 공개했습니다" → "공개했습니다" (made public)
    if re.match(r"\s*(?:언어\s*)?모델", after) and terms.open_weights:
        return start, end, "오픈 웨이트"  # "오픈소스 모델" → "오픈 웨이트 모델"
    return None


# --------------------------------------------------------------------------- front matter (OW301)


@dataclass(frozen=True)
class FrontMatterTerms:
    key: str  # license_name: the knowledge-base key of the base model's licence ("gemma")
    link: str  # license_link: where its text is


def base_terms(report: ReportLike, path: str) -> FrontMatterTerms | None:
    """The most restrictive licence among the base models named in `path` (else anywhere)."""
    from openwash.licenses import knowledge

    refs = [b for b in report.base_models if b.license_key and b.family]
    own = [b for b in refs if b.path == path] or refs
    if not own:
        return None
    base = max(own, key=lambda b: FAMILY_RESTRICTIVENESS.get(b.family or "unknown", -1))
    entry = knowledge.lookup(base.license_key)
    if entry is None or entry.is_unknown or not entry.source:
        return None
    return FrontMatterTerms(entry.key, entry.source)


def frontmatter_edit(block: str, terms: FrontMatterTerms) -> str | None:
    """The front-matter YAML (`block`, without its fences) with `license: other` and the base licence's
    `license_name`/`license_link`; every other line byte-identical. None when it cannot be done safely."""
    import io

    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 1 << 20
    try:
        data = yaml.load(block)
    except Exception:  # noqa: BLE001 - ruamel raises many kinds; an unparsable block is left alone
        return None
    if not hasattr(data, "keys") or "license" not in data or not isinstance(data.get("license"), str):
        return None
    wanted = {"license": "other", "license_name": terms.key, "license_link": terms.link}
    if all(str(data.get(k)) == v for k, v in wanted.items()):
        return None
    position = list(data.keys()).index("license")
    for offset, (key, value) in enumerate(wanted.items()):
        if key in data:
            data[key] = value
        else:
            data.insert(position + offset, key, value)
    out = io.StringIO()
    yaml.dump(data, out)
    dumped = out.getvalue()
    if _only_licence_lines_changed(block, dumped):
        return dumped
    return _line_edit(block, wanted)


_LICENCE_KEYS = ("license", "license_name", "license_link")
_TOP_KEY = lazy_compile(r"^([A-Za-z_][\w-]*)\s*:")


def _top_keys(lines: list[str]) -> list[str | None]:
    out: list[str | None] = []
    for line in lines:
        match = _TOP_KEY.match(line)
        out.append(match.group(1) if match else None)
    return out


def _only_licence_lines_changed(before: str, after: str) -> bool:
    old = [ln for ln, k in zip(before.splitlines(keepends=True), _top_keys(before.splitlines())) if k not in _LICENCE_KEYS]
    new = [ln for ln, k in zip(after.splitlines(keepends=True), _top_keys(after.splitlines())) if k not in _LICENCE_KEYS]
    return old == new


def _line_edit(block: str, wanted: dict[str, str]) -> str | None:
    """Rewrite the top-level licence lines by hand (when ruamel would reformat other lines), checked by parsing."""
    from ruamel.yaml import YAML

    lines = block.splitlines(keepends=True)
    keys = _top_keys([ln.rstrip("\r\n") for ln in lines])
    if "license" not in keys:
        return None
    ending = "\r\n" if lines[0].endswith("\r\n") else "\n"
    out: list[str] = []
    for line, key in zip(lines, keys):
        if key in ("license_name", "license_link"):
            continue
        if key == "license":
            out.extend(f"{k}: {_yaml_scalar(v)}{ending}" for k, v in wanted.items())
            continue
        out.append(line)
    result = "".join(out)
    try:
        data: Any = YAML(typ="safe").load(result)
    except Exception:  # noqa: BLE001
        return None
    if not isinstance(data, dict) or any(data.get(k) != v for k, v in wanted.items()):
        return None
    return result


def _yaml_scalar(value: str) -> str:
    return value if re.fullmatch(r"[\w./:%~+-]+", value) and not value[:1] in "-:%" else '"' + value.replace('"', '\\"') + '"'
