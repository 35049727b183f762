"""English wording: what an overreaching English phrase is replaced by.

"open-source model" becomes "open-weights model" when the weights are open, else the adjective goes and
the noun phrase says which terms apply ("a model available under the Gemma Terms of Use"); "is open
source" becomes "is available under <licence>", "we open-sourced X" "we released X", "openly released"
"released", and a contradicted promise of commercial use is removed or replaced by the terms. Articles
("a"/"an"), emphasis and capitalisation follow the new words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from openwash.lazyre import lazy_compile

if TYPE_CHECKING:
    from openwash.fix.edit import Span
    from openwash.fix.terms import Terms


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
# (a space run is entered at its start only, and the optional word takes the spaces after it: linear on long runs)
_COMMERCIAL_TAIL = lazy_compile(
    r"(?:,\s*|(?<!\s)\s+)(?:(?:including|even|also)\s*)?(?:commercially|for\s+commercial\s+(?:use|purposes?))$", re.IGNORECASE
)


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
