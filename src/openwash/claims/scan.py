"""Scanning a document for claims: line by line, each line's phrases (behind cheap gates), its
links, and the hits that overlap, into `Claim`s with file, line and column."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from openwash.claims import (
    _LICENSE_TEXT_KINDS,
    MAX_CLAIMS_PER_DOC,
    MAX_LINE_CHARS,
    MAX_SCANNED_CHARS,
    MAX_SCANNED_LINES,
    KIND_PROFILE,
    _Hit,
    masks,
    profile_for,
)
from openwash.claims.licence_terms import _badge_hits, _declaration_hits, _license_term_hits
from openwash.claims.markdown import _FENCE, _LIST_ITEM, _BlockState, _candidate_lines, _markdown_line, plan_title
from openwash.claims.phrases.commercial import _commercial_hits
from openwash.claims.phrases import (
    _full_source_hits,
    _fully_open_hits,
    _open_model_hits,
    _open_science_hits,
    _open_source_hits,
    _open_weights_hits,
    _openly_hits,
)
from openwash.claims import whose
from openwash.claims.others import _about_other_model, _own_names
from openwash.documents import CARD
from openwash.lazyre import lazy_compile, regex
from openwash.model import Claim

if TYPE_CHECKING:
    from openwash.documents import Document
    from openwash.identity import Identity


def _body_claims(doc: Document, notes: list[str] | None = None, identity: Identity | None = None) -> list[Claim]:
    lines = doc.lines
    markdown = doc.is_markdown
    license_text = doc.kind in _LICENSE_TEXT_KINDS
    first = max(0, (doc.body_start_line if markdown else 1) - 1)
    candidates = _candidate_lines(lines, first)
    if not candidates:
        return []
    out: list[Claim] = []
    own = _own_names(doc) + (identity.names if identity is not None else ()) if not license_text else ()
    state = _BlockState(own_names=tuple(dict.fromkeys(own)), identity=identity)
    if markdown and not license_text and ("|" in doc.text or "<t" in doc.text):
        out.extend(_table_claims(doc, state.own_names))
    scanned = read = 0
    for index in range(first, len(lines)):
        if not markdown:
            if index in candidates:
                plain = lines[index].rstrip("\r")[:MAX_LINE_CHARS]
                scanned, read = scanned + len(plain), read + 1
                if scanned > MAX_SCANNED_CHARS or read > MAX_SCANNED_LINES:
                    _note(notes, _scan_cut(doc.path, index + 1))
                    break
                out.extend(_line_claims(doc, lines, index, plain, state, license_text, markdown=False))
            continue
        prose = _markdown_line(lines, index, state, index in candidates)
        if prose is None:
            continue
        scanned, read = scanned + len(prose), read + 1
        if scanned > MAX_SCANNED_CHARS or read > MAX_SCANNED_LINES:
            _note(notes, _scan_cut(doc.path, index + 1))
            break
        out.extend(_line_claims(doc, lines, index, prose, state, license_text, markdown=True))
        if len(out) >= MAX_CLAIMS_PER_DOC:
            _note(notes, f"{doc.path}: only the first {MAX_CLAIMS_PER_DOC:,} claims were kept (up to line {index + 1})")
            break
    if any(claim.subject == "unclear" and claim.kind in _SOFTWARE_KINDS for claim in out) and _describes_itself_as_software(doc, state.own_names):
        # "OpenRLHF is a high-performance RLHF framework" … "Open-source / Comprehensive / Lightweight": what the
        # release says it is, a piece of software, is what a subjectless "open-source" describes
        for claim in out:
            # only a phrase that opens its line (a tagline): "`community-1` open-source speaker diarization" names a thing
            if claim.subject == "unclear" and claim.kind in _SOFTWARE_KINDS and not _MARKUP_LEFT.sub("", claim.context[: claim.column - 1]):
                claim.subject = "code"
                claim.profile = profile_for(claim.kind, "code")
    return out


_SOFTWARE_KINDS = frozenset({"open-source", "fully-open"})
_MARKUP_LEFT = lazy_compile(r"<[^>]{0,200}>|[\s*_#>|\[\]-]")
# "**OpenRLHF** is a high-performance RLHF framework built on Ray", "X is an open-source toolkit for …"
_SOFTWARE_SELF = lazy_compile(
    r"^[\s>*_]*(?:the\s+)?[*_`\[]*(?P<name>[\w][\w .+-]{1,40}?)[*_`\]]*\s+is\s+an?\s+(?:[\w-]+,?\s+){0,5}?"
    r"(?:framework|library|toolkit|toolbox|engine|package|sdk|codebase|(?:python|software)\s+tool)\b"
    # "OpenRLHF 是一个基于 Ray … 构建的高性能 RLHF 框架"
    r"|^[\s>*_]*[*_`\[]*(?P<zh>[\w][\w .+-]{1,40}?)[*_`\]]*\s*是一[个個款套][^。，,\n]{0,60}?(?:框架|库|庫|工具包|工具箱|引擎)",
    re.IGNORECASE,
)
_SELF_DESCRIPTION_LINES = 80
# "We present **OpenKiwi**, a Pytorch-based open-source framework that …": the release named, then an appositive
_SOFTWARE_PRESENTED = lazy_compile(
    r"\b(?:we|this\s+(?:repository|repo|project))\s+(?:present|presents|introduce|introduces|release|releases|propose|proposes|"
    r"provide|provides)\s+(?:the\s+)?[*_`\[]*(?P<name>[\w][\w .+-]{1,40}?)[*_`\]]*\s*,\s+an?\s+(?:[\w-]+,?\s+){0,5}?"
    r"(?:framework|library|toolkit|toolbox|engine|package|sdk|codebase|(?:python|software)\s+tool)\b",
    re.IGNORECASE,
)


def _describes_itself_as_software(doc: Document, own_names: tuple[str, ...]) -> bool:
    """The root card's first lines say what the release is, by its own name: a framework, a library, a toolkit."""
    if doc.kind != CARD or not own_names:
        return False
    from openwash.identity import normal_name

    first = max(0, doc.body_start_line - 1)
    for line in doc.lines[first : first + _SELF_DESCRIPTION_LINES]:
        found = _SOFTWARE_SELF.match(line) if " is a" in line or "是一" in line else None
        if found is not None and normal_name(found.group("name") or found.group("zh")) in own_names:
            return True
        presented = _SOFTWARE_PRESENTED.search(line) if ", a" in line else None
        if presented is not None and normal_name(presented.group("name")) in own_names:
            return True
    return False


def _table_claims(doc: Document, own_names: tuple[str, ...]) -> list[Claim]:
    """A check mark in an "Open-source" column on the release's own row (`claims.tables`)."""
    from openwash.claims.tables import check_mark_claims

    out = []
    for line, column, length, kind in check_mark_claims(doc, own_names):
        raw = doc.line_text(line)
        out.append(
            Claim(
                id="", kind=kind, text=raw[column - 1 : column - 1 + length] or "✔", path=doc.path, line=line, column=column,
                subject="model", language="en", profile=profile_for(kind, "model"), context=raw[:MAX_LINE_CHARS],
            )
        )
    return out


def _scan_cut(path: str, line: int) -> str:
    return (
        f"{path}: claims were read up to line {line} only (more than {MAX_SCANNED_LINES:,} lines or "
        f"{MAX_SCANNED_CHARS // 1024:,} KiB of lines with claim words)"
    )


def _note(notes: list[str] | None, text: str) -> None:
    if notes is not None and text not in notes:
        notes.append(text)


# A code span that holds a Chinese sentence ("`注：目前只开源hanfei-1.0微调数据，不开源预训练数据。`"): the authors'
# words set off for emphasis, not code (code does not carry full-width sentence punctuation).
_CODE_SPAN = lazy_compile(r"`([^`]*)`")  # the spans as the masks pair them: left to right
_CHINESE_SENTENCE = lazy_compile(r"(?=.*[\u3400-\u9fff]).*[，。；！？]", re.DOTALL)


def _prose_code_unwrapped(raw: str) -> str:
    """`raw` with the backticks of code spans that hold Chinese prose blanked (positions stay put)."""
    return _CODE_SPAN.sub(lambda m: " " + m.group(1) + " " if _CHINESE_SENTENCE.match(m.group(1)) else m.group(0), raw)


# A GitHub task-list item not yet done: "- [ ] …", "* [ ] …", "1. [ ] …"
_OPEN_TASK = lazy_compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+\[ \]\s")
# The key to a table's symbols: "✅ = fully open-source · ❌ = not provided · ⚠️ = partial" says what a mark means
_SYMBOL_LEGEND = lazy_compile(r"^[\s>*_]*(?:[^\w\s=]{1,3}\s*[=:：]\s*[^=·|;,，]{1,40}?\s*(?:[·|;,，]\s*|$)){2,}[\s*_]*$")


def _line_claims(
    doc: Document, lines: list[str], index: int, raw: str, state: _BlockState, license_text: bool, *, markdown: bool
) -> list[Claim]:
    if markdown and _OPEN_TASK.match(raw):
        return []  # "- [ ] **Open source base model**: release …": an unchecked to-do is a plan, not what the release is
    if "=" in raw and _SYMBOL_LEGEND.match(raw):
        return []  # "✅ = 完全开源 · ❌ = 未提供": a table's legend, not a claim
    masked = masks._mask(_prose_code_unwrapped(raw) if "`" in raw else raw) if markdown else masks._mask_plain(raw)
    # Prose wraps: the noun after "open source" may sit on the next line.
    ends_sentence = raw.rstrip().endswith((".", "!", "?", "。", "！", "？", ":", "：", "|", ")", ">"))
    following = lines[index + 1].rstrip("\r")[:120] if index + 1 < len(lines) and not ends_sentence else ""
    if not following.strip() or _FENCE.match(following) or _LIST_ITEM.match(following) or following.lstrip()[:1] in "#|>":
        following = ""  # a new block, not the rest of this sentence
    follow_masked = (masks._mask(following) if markdown else masks._mask_plain(following)) if following else ""
    # A licence named in a sub-folder README speaks for that folder, not for the release.
    declarations = doc.kind == CARD
    hits = _badge_hits(raw) if markdown and declarations and "shields.io" in raw else []
    low_raw = raw.lower()
    table_row = markdown and (raw.lstrip().startswith("|") or "<th" in low_raw)  # a <th> holds a column name, not a sentence
    joined, joined_masked = raw + "\n" + following, masked + "\n" + follow_masked
    kept = len(raw.rstrip())
    if following and _WRAPPED_HYPHEN.search(raw[:kept]) and following.lstrip()[:1].isalpha():
        # "grow from this open-" / "source effort": a compound hyphenated where the line was wrapped is one word
        indent = len(following) - len(following.lstrip())
        joined, joined_masked = raw[:kept] + following[indent:], masked[:kept] + follow_masked[indent:]
    hits.extend(
        _scan_text(
            joined,
            joined_masked,
            license_text=license_text,
            in_license_section=state.in_license_section,
            table_row=table_row,
            declarations=declarations,
        )
    )
    hits = [h for h in hits if h.start < len(raw)]
    for hit in hits:
        hit.end = min(hit.end, len(raw))
    if not license_text:
        hits.extend(
            _Hit(start, end, "open-source" if "sourc" in masked[start:end].lower() or language == "zh" else "open-model", language, "model")
            for start, end, language in whose.membership_hits(masked, state.own_names)
            if 0 <= start < len(raw)
        )
        hits = [h for h in hits if not _about_other_model(masked + "\n" + follow_masked, h, state.own_names)]
        hits = [h for h in hits if not whose.open_in_own_name(masked, h, state.own_names)]
        if hits and ('"' in raw or "“" in raw):
            hits = [h for h in hits if not whose.quoted_title_of_another(raw, h.start, h.end, state.own_names)]
        if state.fence is not None and whose.citation_of_another(raw, state.own_names):
            return []  # the title of someone else's paper, in a citation block
    if license_text:
        for hit in hits:
            hit.value = doc.path  # "This Agreement is an open-source license": this very file
    elif markdown and "](" in raw:
        hits = _apply_links(raw, hits)
        hits = [h for h in hits if not whose.about_linked_project(raw, h, state.identity) and not whose.licence_of_linked_project(raw, h, state.identity)]
    if not license_text:
        hits = [h for h in hits if not whose.announced_other(raw, h, state.identity) and not whose.news_of_another_repository(raw, h, state.identity)]
        hits = [h for h in hits if not whose.open_sourced_other(raw, h, state.identity) and not whose.zh_agent_other(raw, h, state.identity)]
    claims = _claims_from_hits(doc, index + 1, raw, hits)
    if markdown and claims and raw.lstrip().startswith("#") and plan_title(raw):
        # "## 📑 Open-source Plan" over "- [x] Inference & Checkpoints": the checklist says the parts listed are openly
        # released, judged as a claim of open weights, not a claim that the model meets the Open Source AI Definition
        for claim in claims:
            if claim.kind in ("open-source", "fully-open") and claim.subject in ("model", "weights", "unclear"):
                claim.profile = KIND_PROFILE["open-weights"]
    return claims


_LINK = lazy_compile(r"\[([^\]\[]{1,300})\]\(\s*<?([^)\s>]{1,1000})")
# A line that ends inside a hyphenated compound: a word, then the hyphen ("this open-")
_WRAPPED_HYPHEN = lazy_compile(r"(?<![-\w])[A-Za-z]{2,}-$")


# A link to a dataset right before an open-source verb: the dataset is what was open-sourced.
_DATASET_LINK_BEFORE = lazy_compile(
    r"\]\(\s*(?:https?://)?(?:www\.)?(?:huggingface\.co/datasets|hf\.co/datasets|modelscope\.cn/datasets|kaggle\.com/datasets|"
    r"zenodo\.org/records?)/[^)\s]*\s*\)\s*(?:(?:is|are|was|were|has\s+been|have\s+been|now|also|fully)\s+)*$",
    re.IGNORECASE,
)


def _apply_links(raw: str, hits: list[_Hit]) -> list[_Hit]:
    """Link text: "[GLM-4 开源模型](https://github.com/…)" names another project; "[开源协议](MODEL_LICENSE)"
    names the licence file the phrase is about. "[BONES-SEED](https://huggingface.co/datasets/…) open-sourced":
    the dataset linked right before the verb is what was open-sourced."""
    kept = []
    for hit in hits:
        if hit.kind == "open-source" and hit.subject in ("unclear", "model") and _DATASET_LINK_BEFORE.search(raw, 0, hit.start):
            hit.subject = "data"
        link = next((m for m in _LINK.finditer(raw) if m.start(1) <= hit.start and hit.end <= m.end(1)), None)
        if link is None or hit.kind == "license-declaration":
            kept.append(hit)
            continue
        target = link.group(2)
        if regex(r"(?:https?:)?//|www\.", re.IGNORECASE).match(target):
            continue  # the words describe the linked, external project
        if hit.kind == "open-license-term":
            hit.value = target.split("#", 1)[0]
            if regex(r"model|weight", re.IGNORECASE).search(hit.value):
                hit.subject = "weights"
        kept.append(hit)
    return kept


# --------------------------------------------------------------------------- scanning one line

# Gates: each family of patterns only runs when its key words are on the line.
_GATE_FULLY = lazy_compile(r"(?:fully|truly|completely|totally|entirely|genuinely|100).{0,6}open|(?:完全|全面|全部|彻底|徹底|100|百分百|真正).{0,3}(?:开源|開源)")
_GATE_OPEN_SOURCE = lazy_compile(r"sourc|开源|開源|オープン[・･]?ソース|오픈\s?소스")
_GATE_WEIGHTS = lazy_compile(r"weight|权重|權重|ウェイト|重み|웨이트|가중치")
_GATE_MODEL = lazy_compile(r"open.{0,80}(?:model|llm|vlm|mllm|lmm|slm)|开放|開放")
_GATE_OPENLY = lazy_compile(r"openly|open release|openness|open access|freely|available to|transparency")
_GATE_SCIENCE = lazy_compile(r"science|科学|科學")
_GATE_COMMERCIAL = lazy_compile(r"commercial|商|상업|상용")
_GATE_LICENCE = lazy_compile(r"licen|agreement|permissive|协议|協議|许可|許可|授权|授權|宽松|寬鬆|라이선스|라이센스|ライセンス")
_GATE_DECLARATION = lazy_compile(r"under|inherit|subject to|licen|采用|採用|遵循|依照|协议|協議|许可|許可|라이선스|라이센스|ライセンス")


def _scan_text(
    raw: str, masked: str, *, license_text: bool, in_license_section: bool, table_row: bool = False, declarations: bool = True
) -> list[_Hit]:
    low = masked.lower()
    if license_text:
        return _license_term_hits(masked, licence_document=True) if _GATE_LICENCE.search(low) else []
    wants_declarations = declarations and (in_license_section or bool(_GATE_DECLARATION.search(raw.lower())))
    if table_row:
        # Tables compare models or quote model outputs; only licence declarations count there.
        return _declaration_hits(raw, in_license_section) if wants_declarations else []
    hits: list[_Hit] = []
    for gate, family in (
        (_GATE_FULLY, _fully_open_hits),
        (_GATE_OPEN_SOURCE, _open_source_hits),
        (_GATE_WEIGHTS, _open_weights_hits),
        (_GATE_MODEL, _open_model_hits),
        (_GATE_OPENLY, _openly_hits),
        (_GATE_SCIENCE, _open_science_hits),
        (_GATE_COMMERCIAL, _commercial_hits),
    ):
        if gate.search(low):
            hits.extend(family(masked))
    if _GATE_LICENCE.search(low):
        hits.extend(_license_term_hits(masked, licence_document=False))
    if "source code" in low:
        hits.extend(_full_source_hits(masked))
    if wants_declarations:
        hits.extend(_declaration_hits(raw, in_license_section))
    return hits


# --------------------------------------------------------------------------- hits into claims

_KIND_PRIORITY = {
    "fully-open": 9,
    "open-weights": 8,
    "open-license-term": 7,
    "commercial-use": 6,
    "open-source": 5,
    "open-model": 4,
    "open-science": 3,
    "openly-released": 2,
    "open-access": 2,
    "license-declaration": 1,
}


def _claims_from_hits(doc: Document, line_no: int, raw: str, hits: list[_Hit]) -> list[Claim]:
    claims: list[Claim] = []
    for hit in _resolve_overlaps(hits):
        claims.append(
            Claim(
                id="",
                kind=hit.kind,
                text=raw[hit.start : hit.end].strip() or raw[hit.start : hit.end],
                path=doc.path,
                line=line_no,
                column=hit.start + 1 + (len(raw[hit.start : hit.end]) - len(raw[hit.start : hit.end].lstrip())),
                subject=hit.subject,
                language=hit.language,
                profile=profile_for(hit.kind, hit.subject, in_license_text=doc.kind in _LICENSE_TEXT_KINDS),
                context=raw,
                value=hit.value,
            )
        )
    return claims


def _resolve_overlaps(hits: list[_Hit]) -> list[_Hit]:
    """Keep one hit per span: the more specific kind, then the longer one."""
    ordered = sorted(hits, key=lambda h: (-_KIND_PRIORITY.get(h.kind, 0), -(h.end - h.start), h.start))
    kept: list[_Hit] = []
    for hit in ordered:
        overlapping = [k for k in kept if hit.start < k.end and k.start < hit.end]
        # A licence declaration may share words with an openness phrase ("open source licence").
        if overlapping and not all((k.kind == "license-declaration") != (hit.kind == "license-declaration") for k in overlapping):
            continue
        kept.append(hit)
    kept.sort(key=lambda h: h.start)
    # "open access and available to all": one claim of a kind per phrase group.
    merged: list[_Hit] = []
    for hit in kept:
        previous = next((m for m in reversed(merged) if m.kind == hit.kind), None)
        if previous is not None and hit.kind != "license-declaration" and hit.start - previous.end < 30:
            continue
        merged.append(hit)
    return merged
