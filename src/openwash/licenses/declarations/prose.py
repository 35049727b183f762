"""Licences named in prose ("released under the Llama 3.1 Community License", "依照 Apache-2.0 协议开源",
"라이선스는 MIT"): the verbs and labels that state one, the name after them, and what each statement covers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from openwash.lazyre import lazy_compile, regex
from openwash.licenses.declarations.names import resolve
from openwash.licenses.declarations.text import (
    MAX_NAME_ATTEMPTS,
    _record_cut,
    fold_case,
    keyword_pattern,
)
from openwash.licenses.knowledge import LicenseEntry
from openwash.licenses.declarations.blocks import (
    _LABEL,
    _LICENSE_HEADING,
    _relevant_blocks,
    _sentences,
)
from openwash.licenses.declarations.scope import names_only_places, scope_of, subject_scope


_VERB_EN = lazy_compile(
    r"\b(?:licen[cs]ed|released|distributed|available|provided|published|offered|shared|made available|open[- ]sourced)"
    r"\s+(?:\S+\s+){0,12}?under\s+(?:the\s+terms\s+of\s+)?|"
    r"\blicen[cs]ed\s+(?:as\s+)?(?=[\[`*_A-Z])|"  # "licensed CC-BY-NC-4.0": the name must still resolve
    # "We have updated our license to full MIT license": a change of terms, announced (the name must still resolve)
    r"\b(?:updated|changed|switched|moved)\s+(?:our|the|its|their|this)\s+(?:\w+\s+)?licen[cs]e\s+to\s+(?:the\s+|a\s+)?(?:full\s+)?(?=[\[`*_A-Z])|"
    # "their license is listed as MIT", "The license is Apache-2.0" (the name must still resolve)
    r"\blicen[cs]e\s+is\s+(?:(?:listed|given|stated|marked|set)\s+as\s+)?(?:the\s+)?(?=[\[`*_A-Z])|"
    # "The license of our project is [Apache License 2.0]()" (the name must still resolve)
    r"\blicen[cs]e\s+(?:of|for)\s+(?:our|the|this)\s+(?:[\w-]+\s+){0,3}?(?:is|are)\s+(?:the\s+)?(?=[\[`*_A-Z])|"
    r"\b(?:subject to|governed by|covered by|in accordance with|per)\s+(?:the\s+terms\s+of\s+)?|"
    # "Depth-Anything-V2-Base/Large/Giant models are under the CC-BY-NC-4.0 license" (the name must still resolve)
    r"\b(?:is|are)\s+(?:(?:all|also|both|each|still|now)\s+)?under\s+(?:the\s+terms\s+of\s+)?|"
    # "Our models fall under the FLUX.1 [dev] Non-Commercial License" (the name must still resolve)
    r"\b(?:fall|falls|come|comes)\s+under\s+(?:the\s+terms\s+of\s+)?|"
    # "We're releasing MetaVoice-1B under the Apache 2.0 license": the verb in the present, its object named
    # ("the release assets are available under …": "release" before a noun names the thing, the verb comes later)
    r"\b(?:releas(?:e|es|ing)(?!\s+(?:assets|artifacts|artefacts|materials|notes|pages?|candidates?|versions?|branch(?:es)?)\b)"
    r"|distribut(?:e|es|ing)|publish(?:es|ing)?|licens(?:e|es|ing)|open[- ]sourc(?:e|es|ing))"
    r"\s+(?:\S+\s+){1,6}?under\s+(?:the\s+terms\s+of\s+)?",
    re.I,
)


# "must follow the [Apache-2.0](LICENSE) open-source license", "needs to adhere to the [Model
# License](…)": verbs too common to find sentences by, read only in a clause that says "licen…"
# (which is how the sentence was found).
_VERB_FOLLOW = lazy_compile(
    r"\b(?:follows?|adheres?\s+to|compl(?:y|ies)\s+with|abides?\s+by)\s+(?:the\s+terms\s+of\s+)?(?=(?:the\s+)?[\[`*_A-Z])"
    # "The model weights have a `CC BY-SA 4.0` license"
    r"|\b(?:have|has|carr(?:y|ies)|comes?\s+with)\s+(?:a|an|the)\s+(?=[\[`*_A-Z])",
    re.I,
)


# "采用协议为[“通用模型许可协议…”](…)": the verb may carry 协议为/协议是 (the licence named after it)
_VERB_ZH = lazy_compile(r"(?:依照|遵循|遵守|采用|依据|根据|基于|使用|受)(?:的?(?:开源)?(?:许可)?协议(?:为|是)[:：]?)?\s*")


_ZH_TAIL = lazy_compile(r"^(.{1,60}?)\s*(?:开源)?(?:许可协议|许可证|授权条款|协议|许可)")


# Korean and Japanese put the verb last: "본 모델은 [Apache 2.0](LICENSE) 라이선스를 따릅니다", "MIT 라이선스 하에 배포됩니다",
# "Apache-2.0ライセンスの下で公開しています": the name stands right before the licence word, which a particle or a
# verb of being under it follows. "라이선스는 MIT입니다", "ライセンスは Apache-2.0 です": the name after the topic.
_KO_JA_LICENCE = r"(?:라이선스|라이센스|ライセンス)"


_KO_JA_NAME_BEFORE = lazy_compile(
    r"(?P<name>\[[^\]]{1,120}\]\([^)\s]{1,400}\)|[A-Za-z《「『\"“][^가-힣ぁ-んァ-ヶー一-龥。、，\n]{0,80}?)\s*"
    + _KO_JA_LICENCE
    + r"(?:\s*(?:계약|契約|약관|規約))?\s*(?:를|을|에|로|으로|가|이|하에|의\s*(?:조건|규정|적용)|の(?:下|もと|条件|範囲)|で|に|を|が|が適用)"
)


_KO_JA_TOPIC = lazy_compile(_KO_JA_LICENCE + r"\s*(?:는|은|は)\s*(?:[:：]\s*)?")


_LINK = lazy_compile(r"\[([^\]]{1,160})\]\(([^)\s]{1,400})(?:\s+\"[^\"]*\")?\)")


# "licensed under the [MIT License](LICENSE)": the article must not hide the link.
_DETERMINER = lazy_compile(r"^(?:the|a|an|our|its|their|this)\s+(?=\S)", re.I)


# `(?<!\s)`: a match starts where a run of spaces starts, so a long run is not retried at each offset.
# "… and the …" starts a new clause that keeps its "and", so that a subject continuing a verb-less list ("The
# pretrained models and the codes in this repository are distributed under …") takes the listed parts with it.
_CLAUSE_SPLIT = lazy_compile(r"[，,;；]\s*|(?<!\s)\s+(?:while|whereas|but)\s+|(?<!\s)\s+(?=and\s+(?:the|all)\s)|。")


# An absolute link, at most two words after it, a comma, and a bare past participle that ends where the licence's name
# starts: "… based on [Nvidia NeMo](https://…), licensed under ", "the [canary-180m-flash](https://huggingface.co/…)
# checkpoint, licensed under the ".
_LINKED_PARTICIPLE = lazy_compile(
    r"\[[^\]\[]{1,120}\]\((?P<url>https?://[^)\s]{1,400})\)[*_`]*(?:\s+[\w-]+){0,2}\s*,\s*"
    r"(?:licen[cs]ed|released|distributed|available|provided|published|offered|shared|made\s+available|open[- ]sourced)\s+"
    r"(?:\S+\s+){0,3}?under\s+(?:the\s+terms\s+of\s+)?(?:the\s+)?[\[*_`]*$",
    re.I,
)


# An item that labels a part of the release before a colon: "- **Model weights**:", "* Code:", "1. **模型权重**：".
# (the part opens on a non-space, so a run of spaces splits only one way)
_PART_ITEM = lazy_compile(
    r"^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+(?:\*\*|__)?(?P<part>[^\s*_:：\[\]][^*_:：\[\]\n]{1,39}?)(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?"
)
# A licence named only by the kind of its terms: "Non-commercial license", "a research-only licence".
_KIND_NAMED = lazy_compile(r"(?:non-?\s?commercial|research(?:[- ]only)?|academic(?:[- ]only)?)(?:\s+(?:use|research))?\s+licen[cs]e\b", re.I)


def linked_subject(before: str) -> str | None:
    """The address of the linked thing that a bare participle right before a licence's name describes, or None.

    "The code for the audio encoder is based on [Nvidia NeMo](https://github.com/NVIDIA-NeMo/NeMo), licensed under
    [Apache 2.0](…)": with no subject of its own, "licensed under" describes what stands right before it, NeMo, so
    the licence is NeMo's; whether that is the release's own is for the caller (it knows the release's identity)."""
    if "](" not in before:
        return None
    found = _LINKED_PARTICIPLE.search(before[-700:])
    return found.group("url") if found else None


_STOP = lazy_compile(r"[.:!?](?=\s|$)|[;。；：！？\n]|\s\(|\)|，|,\s|\s[-—–]\s")


@dataclass
class ProseHit:
    line: int
    raw: str
    entry: LicenseEntry | None
    link: str | None
    applies_to: list[str]
    confidence: float
    # "label" ("License: X"), "sentence" (a verb states it), "section" (a line under a licence heading), "conjoined"
    # (named after another one in the same statement: "must comply with [A](…) and [B](…)")
    form: str = "sentence"
    part: str | None = None  # "- `audio_encoder/`: … Apache-2.0": the file or folder a list item speaks for


def from_prose(path: str, lines: list[str], body_start: int = 1) -> list[ProseHit]:
    """Licence statements in Markdown prose. Link targets are kept for `scan` to resolve.

    Wrapped lines are joined into paragraphs and split into sentences, so a statement that
    spans lines is read whole; a hit carries the line where its sentence starts. Only
    paragraphs with a licence keyword (or under a licence heading) are read: no other
    paragraph can state a licence.
    """
    hits: list[ProseHit] = []
    budget = _Budget(MAX_NAME_ATTEMPTS)
    for block in _relevant_blocks(lines, body_start, _PROSE_KEYWORDS, license_sections=True, path=path):
        for sentence, line in _sentences(block, lines, path):
            if not block.in_license_section and not _PROSE_KEYWORDS.search(fold_case(sentence)):
                continue  # a sentence of a paragraph with a keyword elsewhere: it states nothing
            hits.extend(_sentence_hits(line, sentence, block.in_license_section, budget))
            if budget.left < 0:
                _record_cut(lines, f"{path}: licence statements in prose were read up to line {line} only "
                                   f"(more than {MAX_NAME_ATTEMPTS:,} candidate names); the rest of the document was not")
                return hits
    return hits


@dataclass
class _Budget:
    """Work left for one document; negative once spent."""

    left: int


# A sentence states a licence only with one of these on one of its lines: `_LABEL` needs a licence
# word, `_VERB_EN` "under " (as in "released … under "), "licen…", subject/governed/covered/accordance
# or "per ", `_VERB_ZH` its verbs, `_HUB_LINK_TEXT_LICENCE` a Creative Commons name in a Hub link's text ("cc-by").
# (A line break is a space in the sentence, so `\s` takes "\n".)
_PROSE_KEYWORDS = keyword_pattern(
    ("licen", "under ", "subject", "governed", "covered", "accordance", "per ", "download (", "cc-by",
     "许可", "协议", "授权", "依照", "遵循", "遵守", "采用", "依据", "根据", "基于", "使用", "受", "라이선스", "라이센스", "ライセンス")
)


_AGREE_IN_ADDITION = lazy_compile(
    r"\bagree\s+to\s+(?:the\s+)?licen[cs]es?\s+of\s+[^.;]{0,160}?,?\s+in\s+addition\s+to\s+(?:the\s+)?", re.IGNORECASE
)


_TAIL_CHARS = 1024  # what follows a verb that can still name the licence


# A list item led by a file or folder in a code span ("- `audio_encoder/`: …", "* `fusion.safetensors` — …").
_PART_LEAD = lazy_compile(r"^\s*(?:[-*+]|\d+[.)])\s+`(?P<part>[^`\s]{1,120})`\s*(?:[:：—–]|-\s)")


# "*   [BFD](https://bfd.mmseqs.com/) (modified), by Steinegger M. …, available under a [CC BY 4.0 License](…)": a list
# item that opens with a link to another resource states that resource's terms (a link naming a part of the release,
# "[Model weights](…) are released under …", still declares)
_ITEM_OF_ANOTHER = lazy_compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\*\*|__)?\[(?P<text>[^\]]{1,120})\]\(\s*<?https?://")


_RELEASE_PART = lazy_compile(r"model|weight|checkpoint|code|licen|权重|模型|代码", re.I)


def _sentence_hits(number: int, sentence: str, in_license_section: bool, budget: _Budget | None = None) -> list[ProseHit]:
    item = _ITEM_OF_ANOTHER.match(sentence) if "](" in sentence[:200] else None
    hub_item = (_HUB_ITEM_LICENCE.match(sentence) or _HUB_LINK_TEXT_LICENCE.match(sentence)) if "](" in sentence[:200] else None
    if hub_item is not None:
        # "1. **[facebook/map-anything](https://huggingface.co/facebook/map-anything)** (CC-BY-NC 4.0 License)": that
        # Hub model's terms; `licenses.scan` keeps it only when the id bears the release's own name
        if budget is not None:
            budget.left -= 1
        hit = _name_hit(number, hub_item.group("name"), ["weights"], 0.7, whole_line=True)
        if hit is None:
            return []
        hit.form, hit.part = "hub-item", hub_item.group("id")
        return [hit]
    if item is not None and not _RELEASE_PART.search(item.group("text")) and not (in_license_section and _HUB_LABELLED_ITEM.match(sentence)):
        return []
    hits = _sentence_hits_of(number, sentence, in_license_section, budget)
    lead = _PART_LEAD.match(sentence) if hits and "`" in sentence[:8] else None
    if lead is not None:
        for hit in hits:
            hit.part = lead.group("part")
    return hits


def _sentence_hits_of(number: int, sentence: str, in_license_section: bool, budget: _Budget | None = None) -> list[ProseHit]:
    hits: list[ProseHit] = []
    budget = budget if budget is not None else _Budget(MAX_NAME_ATTEMPTS)
    label = _LABEL.match(sentence)
    if label:
        budget.left -= 1
        hit = _name_hit(number, label.group(2), scope_of(label.group(1) or ""), 0.85, whole_line=True)
        if hit:
            hit.form = "label"
            hits.append(hit)
            return hits
        # "* **License**: All these models are released under Apache 2.0 License": no name right after the label, a
        # sentence that states the terms; read as any other
        sentence = sentence[label.start(2) :]
    addition = _AGREE_IN_ADDITION.search(sentence) if "addition" in sentence else None
    if addition is not None:
        # "For the checkpoints, make sure to agree to the license of all the training datasets we used, in addition to
        # CC-BY-NC-SA 4.0": the licence named last is the terms of what is used, the trained model
        budget.left -= 1
        hit = _name_hit(number, sentence[addition.end() : addition.end() + _TAIL_CHARS], ["weights"], 0.75)
        if hit:
            hits.append(hit)
            return hits
    listed: list[str] = []  # clauses without a verb before this one: "The checkpoints, the demo code, and the training code are …"
    for clause in _clauses(sentence):
        # (match, is Chinese): tagged here, since a lazily compiled pattern is not `match.re`.
        verbs = [(m, False) for m in _VERB_EN.finditer(clause)] + [(m, True) for m in _VERB_ZH.finditer(clause)]
        if "licen" in fold_case(clause):
            verbs += [(m, False) for m in _VERB_FOLLOW.finditer(clause)]
        verbs.sort(key=lambda v: v[0].start())
        for verb, chinese in verbs:
            budget.left -= 1
            if budget.left < 0:
                return hits
            tail = clause[verb.end() : verb.end() + _TAIL_CHARS]
            hit = _name_hit(number, tail, [], 0.8, zh=chinese)
            if hit:
                # The scope costs a pass over the clause: taken only for a hit. A subject that continues a
                # list ("…, and SAM 2 training code are licensed under …") takes the listed parts with it.
                subject = clause[: verb.start()]
                if ANOTHER_VARIANT.search(subject):
                    break  # "You can find a variant of this model published under the Apache 2.0 license at …": that variant's terms
                linked = linked_subject(listed[-1] + ", " + clause[: verb.end()]) if listed and not subject.strip() else None
                if linked is not None:
                    # `licenses.scan` keeps it only when the linked thing is the release's own
                    hit.form, hit.part = "linked-subject", linked
                if listed and (_LIST_CONTINUES.match(subject) or _NO_SUBJECT.match(subject)):
                    # "…, and SAM 2 training code are licensed under …"; "This repository, including both the model
                    # weights and the source code, is released under the MIT License" (the subject is all before the verb)
                    subject = ", ".join(listed) + ", " + subject
                # "all files in this repository are licensed under …": the subject names a place only, so the sentence
                # is scoped by what follows the verb (nothing, here: the repository's licence)
                rest = clause[verb.start() :] if names_only_places(subject) else clause
                hit.applies_to = subject_scope(subject) or scope_of(rest)
                hits.append(hit)
                hits.extend(_conjoined_hits(number, tail, hit, chinese))
                break
        listed = [] if verbs else listed + [clause]
    if not hits and not sentence.isascii():
        hits.extend(_ko_ja_hits(number, sentence, budget))
    if not hits and "(" in sentence:
        # "- Vietnamese checkpoint (viVoice 120,000 steps): [Download (CC BY NC 4.0 SA)](…)": the licence a download link
        # names for the checkpoint or dataset its item labels
        for download in _DOWNLOAD_TAGGED.finditer(sentence):
            scope = [s for s in scope_of(sentence[: download.start()]) if s in ("weights", "data")]
            if not scope:
                continue
            budget.left -= 1
            hit = _name_hit(number, download.group("name"), scope[-1:], 0.7, whole_line=True)
            if hit:
                hit.form = "label"
                hits.append(hit)
    if not hits and "icen" in sentence:
        # "pre-trained translation models (…), CC-BY 4.0 license", "We store public models (CC-BY 4.0 License) at …": a
        # licence named after the weights or data it labels, without a verb
        tagged = _TAGGED_LICENCE.search(sentence)
        scope = [s for s in scope_of(sentence[: tagged.start()]) if s in ("weights", "data")] if tagged else []
        if tagged and scope:
            budget.left -= 1
            hit = _name_hit(number, tagged.group("name"), scope, 0.7, whole_line=True)
            if hit:
                hit.form = "label"
                hits.append(hit)
    if not hits and in_license_section and ":" in sentence:
        # "+ [**DAM-3B**](https://huggingface.co/nvidia/DAM-3B): [NVIDIA Noncommercial License](…)": an item that labels a
        # Hub model (or dataset) by its link and names the licence after the colon gives that model (or dataset) its terms
        item = _HUB_LABELLED_ITEM.match(sentence)
        if item is not None:
            budget.left -= 1
            hit = _name_hit(number, item.group("value"), ["data"] if item.group("kind") else ["weights"], 0.7, whole_line=True)
            if hit:
                hit.form = "label"
                hits.append(hit)
    part_item = _PART_ITEM.match(sentence) if not hits and in_license_section else None
    part_scope = scope_of(part_item.group("part")) if part_item is not None else []
    if part_item is not None and part_scope:
        # "- **Model weights**: Non-commercial license - see …", "* **Code**: MIT": an item under a licence heading that
        # labels a part of the release and names its licence after the colon
        budget.left -= 1
        hit = _name_hit(number, sentence[part_item.end() :], part_scope, 0.75, whole_line=True)
        if hit:
            hit.form = "label"
            return [hit]
    if not hits and in_license_section:
        # A line under a licence heading that names a licence without a verb: the scope is its
        # clause's ("the code …, while the weights …" gives each licence its own part).
        for clause in _clauses(sentence):
            if ANOTHER_VARIANT.search(clause):
                continue
            budget.left -= 1
            hit = _name_hit(number, clause, scope_of(clause) or scope_of(sentence), 0.7, whole_line=True)
            if hit:
                hit.form = "section"
                hits.append(hit)
                break
    return hits


def _ko_ja_hits(number: int, sentence: str, budget: _Budget) -> list[ProseHit]:
    """A Korean or Japanese statement of the licence (`_KO_JA_NAME_BEFORE`, `_KO_JA_TOPIC`); the scope is what the
    clause names ("본 모델은 …", "コードは …"), as in English."""
    for clause in _clauses(sentence):
        candidates = [(m.start(), m.group("name")) for m in _KO_JA_NAME_BEFORE.finditer(clause)]
        candidates += [(m.start(), clause[m.end() : m.end() + _TAIL_CHARS]) for m in _KO_JA_TOPIC.finditer(clause)]
        for start, name in sorted(candidates, key=lambda c: c[0]):
            budget.left -= 1
            if budget.left < 0:
                return []
            hit = _name_hit(number, name, [], 0.8)
            if hit is None:
                continue
            hit.applies_to = scope_of(clause[:start]) or scope_of(clause)
            return [hit]
    return []


# The subject is another variant of the model, not the model itself: "a variant of this model", "another version of
# the model", "an alternative checkpoint of our model".
ANOTHER_VARIANT = lazy_compile(
    r"\b(?:a|an|another|other|alternative)\s+(?:\w+\s+)?(?:variants?|versions?|editions?|checkpoints?)\s+of\s+(?:this|the|our)\s+models?\b"
    r"|该模型的(?:另一|其他)(?:个)?版本|本模型的(?:另一|其他)(?:个)?版本",
    re.I,
)


_DOWNLOAD_TAGGED = lazy_compile(r"\[\s*download\s*\(\s*(?P<name>[^()\[\]\n]{2,40}?)\s*\)\s*\]\(", re.I)


_TAGGED_LICENCE = lazy_compile(
    r"(?:,\s*|\(\s*)(?P<name>[A-Za-z][\w .+-]{1,40}?)\s+licen[cs]e\s*(?:\)|[.;]?\s*$)", re.I
)


_HUB_LABELLED_ITEM = lazy_compile(
    r"^\s*(?:[-*+]|\d{1,3}[.)])\s+[*_]*\[[^\]]{1,120}\]\(\s*https?://(?:www\.)?(?:huggingface\.co|hf\.co)/(?P<kind>datasets/)?"
    r"(?!spaces/)[\w.-]+/[\w.-]+/?\)[*_]*\s*[:：]\s*(?P<value>\S.{0,500})$",
    re.I,
)


_HUB_ITEM_LICENCE = lazy_compile(
    r"^\s*(?:(?:[-*+]|\d{1,3}[.)])\s+)?[*_]*\[`?(?P<id>[\w.-]+/[\w.-]+)`?\]\(\s*https?://(?:www\.)?(?:huggingface\.co|hf\.co)/"
    r"(?!datasets/|spaces/)[\w.-]+/[\w.-]+/?\)[*_]*\s*\(\s*(?P<name>[^()\n]{2,60}?)\s+licen[cs]e\s*\)\s*$",
    re.I,
)
# "- [UAlpaca model (HuggingFace) (CC-BY-NC 4.0)](https://huggingface.co/robinhad/ualpaca-7b-llama)": the licence in
# brackets at the end of the link's text
_HUB_LINK_TEXT_LICENCE = lazy_compile(
    r"^\s*(?:[-*+]|\d{1,3}[.)])\s+[*_]*\[[^\]\n]{1,80}?\((?P<name>[^()\n]{2,40}?)\)\s*\]\(\s*https?://(?:www\.)?"
    r"(?:huggingface\.co|hf\.co)/(?!datasets/|spaces/)(?P<id>[\w.-]+/[\w.-]+)/?\)",
    re.I,
)
_NO_SUBJECT = lazy_compile(r"^[\s*_]*(?:(?:is|are|was|were|has\s+been|have\s+been)\s*)?(?:(?:all|also|both|now)\s*)?$", re.I)


_LIST_CONTINUES = lazy_compile(r"^\s*(?:(?:and|or|as\s+well\s+as|plus)\b|以及|和|及)", re.I)


def _clauses(sentence: str) -> list[str]:
    # Links stay whole while splitting: their texts may hold commas and "but".
    links: list[str] = []

    def hide(match: re.Match[str]) -> str:
        links.append(match.group(0))
        return f"\x02{len(links) - 1}\x03"

    hidden = _sub_links(_LINK, hide, sentence)
    parts = _CLAUSE_SPLIT.split(hidden)
    def restore(part: str) -> str:
        return regex("\x02(\\d+)\x03").sub(lambda m: links[int(m.group(1))], part)

    return [restore(p) for p in parts if p and p.strip()]


def _link_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for the link patterns (`\\[([^\\]]{1,160})\\]\\(…`), in linear time.

    `re` tries such a pattern at every `[` and reads up to 160 characters before failing, so a run
    of `[` costs 160 steps a character. A link's text holds no `]`, so its `]` is the first one
    after its `[`: each `](` has one possible start, the leftmost `[` after the `]` before it and
    at most 161 characters back, and only there is the pattern tried.
    """
    done = 0
    close = text.find("](")
    while close != -1:
        if close >= done:
            low = max(done, close - 161)
            low = max(low, text.rfind("]", low, close) + 1)
            start = text.find("[", low, close - 1)
            match = pattern.match(text, start) if start != -1 else None
            if match is not None:
                yield match
                done = match.end()
        close = text.find("](", close + 1)


def _sub_links(pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str], text: str) -> str:
    """`pattern.sub(replace, text)` for the link patterns, in linear time (see `_link_matches`)."""
    if "](" not in text:
        return text
    parts, last = [], 0
    for match in _link_matches(pattern, text):
        parts.append(text[last : match.start()])
        parts.append(replace(match))
        last = match.end()
    parts.append(text[last:])
    return "".join(parts)


def _name_hit(number: int, tail: str, applies_to: list[str], confidence: float, *, zh: bool = False, whole_line: bool = False) -> ProseHit | None:
    tail = _DETERMINER.sub("", tail.strip().lstrip("*_`( ").strip()).lstrip("*_`( ")
    link = _LINK.match(tail) or (None if not whole_line else _licence_link(tail))
    if link:
        text, target = link.group(1), link.group(2)
        entry = resolve(_strip_md(text))
        if entry is None and not zh:
            after = tail[link.end() : link.end() + 80]
            inner = _LINK.search(after) if after.lstrip().startswith("(") else None
            if inner:
                entry = resolve(_strip_md(inner.group(1)))
        return ProseHit(number, _strip_md(text), entry, target, applies_to, confidence if entry else confidence - 0.1)
    plain = _strip_md(tail)
    if zh:
        zh_match = _ZH_TAIL.match(plain)
        if not zh_match:
            return None
        plain = zh_match.group(1)
    entry, raw = _longest_prefix(plain, whole_line)
    if entry is None or entry.ambiguous:
        specific, specific_raw = _parenthetical(tail)
        if specific is not None and (entry is None or not specific.ambiguous):
            entry, raw = specific, specific_raw
    if entry is None or entry.is_unknown:
        kind = _KIND_NAMED.match(plain.lstrip("*_ "))
        # "released under a **non-commercial license**": a licence named only by its kind; `licenses.scan` takes the
        # family from the name (`_family_from_name`), the licence itself stays unknown
        return ProseHit(number, kind.group(0), None, None, applies_to, confidence - 0.2) if kind else None
    if whole_line and not _starts_with_name(plain, raw):
        return None
    if _COMMONS_CLAUSE.match(plain[plain.find(raw) + len(raw) :] if raw in plain else ""):
        return None  # "Apache 2.0 with Commons Clause": the licence with a ban on selling added is no longer that licence
    return ProseHit(number, raw, entry, None, applies_to, confidence)


# A licence the Commons Clause modifies ("Apache 2.0 with Commons Clause", "MIT + Commons Clause"): its grant no longer
# includes the right to sell, so the name alone does not say the terms (commonsclause.com)
_COMMONS_CLAUSE = lazy_compile(r"^[\s,*_`]*(?:with|\+|plus|and)\s+(?:the\s+|a\s+)?[\"“]?commons\s+clause\b", re.I)


# "must comply with the [Apache 2.0](…) and [Yi-34B Model Community License Agreement](…)", "需要遵循 [Apache 2.0](…)
# 和[《Yi-34B 模型社区许可协议》](…)": a second linked licence joined to the first binds the same part too
_AND_LINK = lazy_compile(r"\)\s*(?:,\s*)?(?:and|as\s+well\s+as|plus|&|和|及|以及|与|與|、)\s*(?:the\s+)?(?=\[)", re.I)


MAX_CONJOINED = 3


def _conjoined_hits(number: int, tail: str, first: ProseHit, zh: bool) -> list[ProseHit]:
    """The licences linked after the first one and joined to it by "and" (each with the first one's scope)."""
    at = tail.find(first.link) if first.link else -1
    if at == -1 or first.link is None:
        return []
    at += len(first.link)
    out: list[ProseHit] = []
    while len(out) < MAX_CONJOINED:
        joined = _AND_LINK.match(tail, at)
        if joined is None:
            break
        hit = _name_hit(number, tail[joined.end() :], list(first.applies_to), first.confidence, zh=zh)
        if hit is None or hit.link is None:
            break
        hit.form = "conjoined"  # binds with the first: on top of a shipped licence text (profiles.terms)
        out.append(hit)
        following = tail.find(hit.link, joined.end())
        if following == -1:
            break
        at = following + len(hit.link)
    return out


def _licence_link(text: str) -> re.Match[str] | None:
    for link in _link_matches(_LINK, text):
        if _LICENSE_HEADING.search(link.group(1)) or resolve(_strip_md(link.group(1))) is not None:
            return link
    return None


def _strip_md(text: str) -> str:
    text = _sub_links(_LINK, lambda m: m.group(1), text)
    return regex(r"\*\*|__|`|\*").sub("", text).strip()


def _longest_prefix(text: str, whole_line: bool) -> tuple[LicenseEntry | None, str]:
    stop = _STOP.search(text)
    window = text[: stop.start()] if stop else text
    words = window.split()[:9]
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size])
        entry = resolve(candidate)
        if entry is not None:
            return entry, candidate
    return None, ""


def _parenthetical(text: str) -> tuple[LicenseEntry | None, str]:
    # "released under a permissive license (CC-BY-SA-4.0)" / "([CC BY-SA-4.0](…))"
    text = _sub_links(_LINK, lambda m: m.group(1), text)
    stop = regex(r"[.;。；\n](?!\d)").search(text)
    window = text[: stop.start()] if stop else text
    for match in regex(r"\(([^()]{1,80})\)").finditer(window):
        entry = resolve(match.group(1))
        if entry is not None:
            return entry, match.group(1)
    return None, ""


def _starts_with_name(text: str, name: str) -> bool:
    return text.lower().lstrip("*_ ").startswith(name.lower()[: max(3, len(name) // 2)])
