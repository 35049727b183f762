"""Which lines of a document are prose the release speaks in.

`_candidate_lines` finds the lines that may hold a claim in one pass over the lower-cased text;
`_markdown_line` carries the Markdown context from line to line (`_BlockState`: fences, HTML
comments, block quotes, licence sections, lists that paraphrase licence terms) and returns the
part of a line to scan, or None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import re
from dataclasses import dataclass

from openwash.claims import MAX_LINE_CHARS, masks
from openwash.claims.lexicon import _LICENSE_HEADING
from openwash.lazyre import lazy_compile, regex

# Cheap first look, run once over the lower-cased document: a line without any of
# these cannot hold a claim.
_PREFILTER_WORDS = (
    "open", "licen", "commercial", "source code", "permissive", "shields.io", "开源", "開源", "开放", "開放", "商", "许可",
    "許可", "协议", "協議", "授权", "授權", "公开", "公開", "under", "inherit", "subject to", "采用", "採用",
    "遵循", "依照", "transparency", "freely", "available to", "オープン", "重み", "ウェイト", "ライセンス",
    "오픈", "웨이트", "가중치", "상업", "상용", "라이선스", "라이센스",
)

# Lines that introduce a paraphrase of licence terms: the list that follows quotes the licence.
_LICENSE_PARAPHRASE_LEAD = lazy_compile(
    r"licen[cs]e\b.{0,60}\b(?:specifies|states|says|provides|requires|stipulates|reads|includes)\b.{0,20}[:：]?\s*$|"
    r"(?:许可|協議|协议).{0,20}(?:规定|規定|要求|指出)[:：]\s*$",
    re.IGNORECASE,
)
# A lead ends its (stripped) line and is at most 98 characters long ("licence" + 60 + "stipulates" + 20 + ":"):
# it is searched for in the line's end only (a 2 MiB line costs a search of 2 MiB otherwise).
_PARAPHRASE_LEAD_TAIL = 256
_LIST_ITEM = lazy_compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
# "- [Other](https://…)", and the bullets READMEs draw by hand: "• [Other](…)", ":arrow_forward: [Other](…)"
_EXTERNAL_LINK_ITEM = lazy_compile(
    r"^\s*(?:(?:[-*+]|\d{1,3}[.)])\s+|[•·▪▸▶►➤→]\ufe0f?\s*|:[a-z0-9_+-]{1,40}:\s*)\[[^\]]{1,200}\]\(\s*https?://"
)
_ITEM_LEADS = "-*+0123456789•·▪▸▶►➤→:"
_FENCE = lazy_compile(r"^\s{0,3}(`{3,}|~{3,})(.*)$")
# The authors' own call-outs in a block quote: GitHub alerts ("> [!NOTE]"), a label ("> Notice: …",
# "> **Note**", "> 注意：…") or a call-out emoji. Other block quotes are someone else's words
# (a model's answer, a quoted passage).
_ALERT = lazy_compile(
    r"^\s*>\s*(?:\[!\w+\]|📍|⚠|ℹ|💡|📢|📣|🔔"
    r"|(?:\*\*|__)?\s*(?:note|notice|tip|important|warning|caution|attention|update|news|announcement|disclaimer|"
    # "> **TL;DR.** TuneJury is an open … model": the authors' summary of their own work
    r"tl;\s?dr|summary|abstract|overview|highlights?|key\s+(?:points|takeaways))s?\s*(?:\*\*|__)?\s*(?:[:：!.]|$)"
    r"|(?:\*\*|__)?\s*(?:注意|提示|说明|公告|重要|更新|声明)\s*(?:\*\*|__)?\s*[:：!！])",
    re.IGNORECASE,
)
# "> **Kokoro** is an open-weight TTS model …": a block quote that opens with the release's own name and a verb.
_QUOTE_SUBJECT = lazy_compile(r"^\s*>+\s*[*_\[]*\s*(?P<name>[^\s*_\]][^*_\]\n]{0,60}?)\s*[*_\]]*\s+(?:is|are|was)\b", re.IGNORECASE)


# "## Acknowledgements", "## Special Thanks", "## Credits", "## 致谢": the section credits other people's work
# "## References", "## 参考资料&致谢", "## Related Projects": the works listed are other people's (titles of articles and
# papers, other projects' names), alone or joined ("References and Acknowledgements").
_CREDIT_WORDS = (
    r"(?:special\s+|many\s+)?(?:acknowledge?ments?|thanks|thank\s+you|credits|references?|bibliography|further\s+reading|"
    # "## Used/Recommend Related Projects", "## Other related work"
    # (not "Related links" or "Related resources", which list the release's own pages too: "框架原始碼：github.com/…")
    r"(?:[\w-]+(?:\s*/\s*[\w-]+)?\s+){0,2}related\s+(?:work|works|projects?|papers|repositories|repos)|"
    r"参考(?:资料|文献|链接|项目)?|參考(?:資料|文獻|連結|項目)?|相关(?:工作|项目|文献)|相關(?:工作|項目|文獻)|"
    r"致谢|鸣谢|鳴謝|感谢|感謝|謝辞|감사의\s*말|참고\s*(?:문헌|자료))"
)
_THANKS_HEADING = lazy_compile(
    rf"^\W*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s*)?{_CREDIT_WORDS}(?:\s*(?:&|＆|and|/|\+|、|及|与|與|和|,)\s*{_CREDIT_WORDS})*\W*$",
    re.IGNORECASE,
)
# "## 开源ChatGPT调研", "## A survey of open-source LLMs": a section that surveys open things of others. (Not a list:
# "## 开源清单", "open-source list", is the list of what the release opens.)
_SURVEY_HEADING = lazy_compile(
    r"(?=.*(?:开源|開源|open[\s-]?source|open[\s-]?weights?|open\s+models?))"
    r"(?=.*(?:调研|調研|汇总|匯總|综述|綜述|盘点|盤點|\bsurvey|\bawesome\b|\boverview\s+of\b))",
    re.IGNORECASE,
)


def thanks_heading(text: str) -> bool:
    """A heading of thanks ("## 🙏 Acknowledgments", "## 致谢"): its links credit other people's work."""
    return bool(_THANKS_HEADING.match(text))


def credits_heading(text: str) -> bool:
    """A heading whose section lists other people's work: acknowledgements, references, related projects, a survey."""
    return bool(_THANKS_HEADING.match(text) or _SURVEY_HEADING.match(text))


_REFERENCE_WORD = lazy_compile(r"referenc|bibliograph|further\s+reading|related|参考|參考|相关|相關|참고", re.IGNORECASE)


def references_heading(text: str) -> bool:
    """A heading whose section only lists others' works (references, related projects, a survey): unlike thanks, which
    may say what the release itself used ("Our data sources mainly include …")."""
    return bool(_SURVEY_HEADING.match(text) or (_THANKS_HEADING.match(text) and _REFERENCE_WORD.search(text)))


# "## TODO", "## To-do list", "## 待办事项": a list of plans (done items are struck through or ticked)
_TODO_HEADING = lazy_compile(r"^\W*(?:to[\s-]?dos?(?:\s+list)?|待办(?:事项)?|待辦(?:事項)?)\W*$", re.IGNORECASE)
# "## 📑 Open-source Plan", "## Opensource Progress", "### 开源计划", and a contents entry linking to it
# ("- [Open-Source Plan](#-open-source-plan)"): the title of a release checklist; its items say what is released
# (scan.py reads the title as a claim that the listed parts are openly released; the contents entry only repeats it)
_PLAN_TITLE = lazy_compile(
    r"^\W*(?:open[\s-]?sourc(?:e|ed|ing)|open[\s-]?weights?|开源|開源)\s*(?:release\s+)?"
    r"(?:plans?|progress|roadmap|schedule|status|list|checklist|timeline|to[\s-]?dos?|计划|計劃|进度|進度|清单|清單|列表|路线图)\W*$",
    re.IGNORECASE,
)
_CONTENTS_ENTRY = lazy_compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\[([^\]]{1,80})\]\(#[^)]*\)\s*$")
_DONE_TASK = lazy_compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+\[[xX✓✔]\]\s")


def plan_title(raw: str) -> bool:
    """Whether a Markdown heading line is the title of a release checklist ("## 📑 Open-source Plan")."""
    heading = _HEADING.match(raw)
    return heading is not None and _PLAN_TITLE.match(_unmarked(heading.group(2))) is not None


def _unmarked(text: str) -> str:
    """A heading's text without emphasis, inline code and a closing `#` run."""
    return text.replace("*", "").replace("_", " ").replace("`", "").rstrip("# ")


def _quote_introduces_release(raw: str, own_names: tuple[str, ...]) -> bool:
    return _introduces_release(_QUOTE_SUBJECT.match(raw) if own_names else None, own_names)


def _introduces_release(found: re.Match[str] | None, own_names: tuple[str, ...]) -> bool:
    """The matched subject ("name") is one of the release's own names."""
    if found is None or not own_names:
        return False
    from openwash.identity import normal_name

    name = normal_name(found.group("name"))
    return len(name) >= 3 and name in own_names


# "The **Triangulum-10B** model is …", "- **Foo** is …": a sentence whose subject is a name
_OWN_SUBJECT = lazy_compile(
    r"^\s*(?:[-*+]\s+)?(?:the\s+)?[*_\[]*\s*(?P<name>[^\s*_\]][^*_\]\n]{0,60}?)\s*[*_\]]*(?:\s+models?)?\s+(?:is|are|was)\b",
    re.IGNORECASE,
)


_BIBTEX_TITLE = lazy_compile(r"^\s*title\s*=\s*[{\"]", re.IGNORECASE)
_HEADING = lazy_compile(r"^\s{0,3}(#{1,6})\s+(.*)$")


def _candidate_lines(lines: list[str], first: int) -> set[int]:
    """Indexes of lines that may hold a claim, from one pass over the lower-cased text.

    `str.find` per key word is far faster than a regex alternation over every character; a hit is
    placed on its line by counting line breaks since the last one (no Python step per line).
    """
    text = "\n".join(lines)
    low = text.lower()
    if len(low) != len(text):
        return _candidate_lines_by_offsets(lines, first, low)  # lower-casing changed a length ("İ")
    begin = sum(len(line) + 1 for line in lines[:first]) if first < len(lines) else len(low)
    found: set[int] = set()
    for word in _PREFILTER_WORDS:
        position = low.find(word, begin)
        index, last = first, begin
        while position >= 0:
            index += low.count("\n", last, position)
            found.add(index)
            # One hit is enough to look at a line closely: continue on the next line.
            last = low.find("\n", position) + 1
            if last == 0:
                break
            index += 1
            position = low.find(word, last)
    return found


def _candidate_lines_by_offsets(lines: list[str], first: int, low: str) -> set[int]:
    """What `_candidate_lines` did before it counted line breaks, kept for text whose length lower-casing
    changes: hits in the lower-cased text are placed by the offsets of the original lines."""
    from bisect import bisect_right

    starts: list[int] = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    begin = starts[first] if first < len(starts) else len(low)
    found: set[int] = set()
    for word in _PREFILTER_WORDS:
        position = low.find(word, begin)
        while position >= 0:
            index = bisect_right(starts, position) - 1
            found.add(index)
            next_start = starts[index + 1] if index + 1 < len(starts) else len(low)
            position = low.find(word, next_start)
    return found


if TYPE_CHECKING:
    from openwash.identity import Identity


@dataclass
class _BlockState:
    """Markdown context carried from line to line."""

    fence: str | None = None  # the opening fence while inside a code block
    fence_is_bibtex: bool = False
    fence_is_markdown: bool = False  # a ```markdown block: the author's own prose shown as source
    in_comment: bool = False
    in_quote: bool = False  # inside a block quote of someone else
    in_paraphrase: bool = False  # inside a list that paraphrases licence terms
    in_license_section: bool = False
    heading_level: int = 0
    other_section_level: int = 0  # inside a section headed by a link to another project (its level), else 0
    todo_section_level: int = 0  # inside a "## TODO" section (its level), else 0
    in_external_item: bool = False  # inside a list item that opens with a link to another project (its wrapped lines)
    own_names: tuple[str, ...] = ()  # the release's own names, normalised (see others._own_names)
    identity: Identity | None = None  # who publishes the release (links to its own repository keep a claim)


def _markdown_line(lines: list[str], index: int, state: _BlockState, candidate: bool) -> str | None:
    """Advance the Markdown state by one line; the line's prose to scan, or None."""
    raw = lines[index]
    stripped = raw.strip()
    if not stripped:
        state.in_quote = False  # a paraphrase list may follow its lead after a blank line
        state.in_external_item = False
        return None
    lead = stripped[0]
    if state.fence is not None:
        fence_match = _FENCE.match(raw) if lead in "`~" else None
        if fence_match and fence_match.group(1)[0] == state.fence[0] and len(fence_match.group(1)) >= len(state.fence) and not fence_match.group(2).strip():
            state.fence = None
        elif not state.fence_is_bibtex and lead == "@" and _looks_like_bibtex(raw):
            state.fence_is_bibtex = True
        elif state.fence_is_bibtex and candidate and _BIBTEX_TITLE.match(raw):
            # A citation title is the authors' own wording ("X: An Open-Source …").
            return raw.rstrip("\r")[:MAX_LINE_CHARS]
        elif state.fence_is_markdown and candidate and _introduces_release(_OWN_SUBJECT.match(raw), state.own_names):
            # A guide written as a ```markdown block: a sentence whose subject is the release itself ("The
            # **Triangulum-10B** model is an open-source LLM") is still the authors' statement about it; the rest
            # of the block (a template, other models) is not read.
            return raw.rstrip("\r")[:MAX_LINE_CHARS]
        return None
    if lead in "`~":
        fence_match = _FENCE.match(raw)
        if fence_match and not (fence_match.group(1)[0] == "`" and "`" in fence_match.group(2)):
            state.fence = fence_match.group(1)
            state.fence_is_bibtex = fence_match.group(2).strip().lower().startswith(("bib", "latex", "tex"))
            state.fence_is_markdown = fence_match.group(2).strip().lower() in ("markdown", "md")
            return None
    if state.in_comment or "<!--" in raw:
        raw = _strip_comments(raw, state)
        stripped = raw.strip()
        if not stripped:
            return None
        lead = stripped[0]
    if lead == ">":
        if _ALERT.match(raw) or _quote_introduces_release(raw, state.own_names):
            state.in_quote = False  # "> [!NOTE]", "> **Kokoro** is …": the authors' own call-out or tagline
        elif state.in_quote or not (index > 0 and lines[index - 1].strip().startswith(">")):
            state.in_quote = True
        if state.in_quote:
            return None
        raw = regex(r"^(\s*)>+").sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), raw)
    if lead == "#":
        heading = _HEADING.match(raw)
        if heading:
            level = len(heading.group(1))
            if state.other_section_level and level <= state.other_section_level:
                state.other_section_level = 0
            if _heads_other_project(heading.group(2), state):
                state.other_section_level = level  # "## [ModelScope-FunASR](https://github.com/…/FunASR)": that project's section
            elif credits_heading(heading.group(2)):
                # "## Special Thanks", "## 参考资料&致谢", "## 开源ChatGPT调研": what others provided, wrote or released
                state.other_section_level = level
            if state.todo_section_level and level <= state.todo_section_level:
                state.todo_section_level = 0
            if _TODO_HEADING.match(heading.group(2)):
                state.todo_section_level = level
            if _LICENSE_HEADING.search(heading.group(2)):
                state.in_license_section, state.heading_level = True, level
            elif state.in_license_section and level <= state.heading_level:
                state.in_license_section = False
            state.in_paraphrase = False
    elif raw[:1] in (" ", "\t") and raw.startswith(("    ", "\t")) and index > 0 and not lines[index - 1].strip() and not _LIST_ITEM.match(raw):
        return None  # indented code block
    if state.other_section_level:
        return None
    if state.in_paraphrase:
        if _LIST_ITEM.match(raw) or raw[:1] in (" ", "\t"):
            return None
        state.in_paraphrase = False
    if lead in _ITEM_LEADS and (entry := _CONTENTS_ENTRY.match(raw)) and _PLAN_TITLE.match(_unmarked(entry.group(1))):
        return None  # "- [Open-Source Plan](#-open-source-plan)": a contents entry for that title
    if state.todo_section_level and _LIST_ITEM.match(raw) and "~~" not in raw and not _DONE_TASK.match(raw):
        return None  # "## TODO" … "- 开源实验中使用的小规模模型参数": an item not struck through or ticked is still a plan
    if state.in_external_item and raw[:1] in (" ", "\t") and not _LIST_ITEM.match(raw):
        return None  # the item's wrapped lines ("    modified by …, available under a [CC BY 4.0 License](…)")
    state.in_external_item = False
    if lead in _ITEM_LEADS and _EXTERNAL_LINK_ITEM.match(raw):
        state.in_external_item = True
        return None  # "- [Other project](https://…) …": the item describes that project
    if not candidate and not state.in_license_section:
        return None  # in a licence section every line may name the licence ("**CC BY-SA 4.0**")
    if _LICENSE_PARAPHRASE_LEAD.search(stripped[-_PARAPHRASE_LEAD_TAIL:]):
        state.in_paraphrase = True
    return raw.rstrip("\r")[:MAX_LINE_CHARS]


# A heading that is one link and nothing else (inline tags and emphasis aside)
_LINK_HEADING = lazy_compile(r"^(?:\s|<[a-z]+[^>]{0,40}>|[*_])*\[([^\]\[]{1,120})\]\(\s*<?((?:https?:)?//[^)\s>]{1,500})[^)]*\)(?:\s|</[a-z]+>|[*_])*#*\s*$", re.I)


def _heads_other_project(text: str, state: _BlockState) -> bool:
    """A heading that is only a link to another project's code repository, whose name is not the release's."""
    from openwash.identity import CODE_HOST, another_project

    link = _LINK_HEADING.match(text)
    if link is None or not CODE_HOST.match(link.group(2)) or state.identity is None or not state.identity.names:
        return False
    return another_project(link.group(2), state.identity) and not state.identity.mentions_own_name(link.group(1))


def _strip_comments(raw: str, state: _BlockState) -> str:
    """Blank HTML comments, which may span lines."""
    if state.in_comment:
        end = raw.find("-->")
        if end < 0:
            return ""
        raw = " " * (end + 3) + raw[end + 3 :]
        state.in_comment = False
    raw = masks._blank(raw, masks._mask_spans(raw, (masks._find_comment,)))  # `re.sub(r"<!--.*?-->", spaces)`, in linear time
    opened = raw.find("<!--")
    if opened >= 0:
        raw = raw[:opened] + " " * (len(raw) - opened)
        state.in_comment = True
    return raw


def _looks_like_bibtex(raw: str) -> bool:
    return bool(regex(r"^\s*@\w+\s*\{").match(raw))
