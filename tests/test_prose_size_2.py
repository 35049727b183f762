"""Hostile-size cards, second pass: the licence-link rule, lineage and claims.

`rules/hygiene._licence_links`, `lineage._markdown_refs` and `claims.scan._body_claims` read only the
lines their patterns can use (found by searches over the whole text, not a step per line), match
links and masks without retrying at every offset, and stop at a few limits that a report note
names. These tests check

- that each shortcut is exact: the linear finders equal the patterns they replace (hypothesis), and
  on every shared-corpus document (and on generated ones) the fast readers give what the
  line-by-line definitions give;
- that what a card says in its first part is read the same with 2 MiB of hostile text after it;
- that past each limit the report says where reading stopped.

No timings are asserted (docs/hardening.md records the measurements).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS, needs_shared
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_prose_size import HEAD, TWO_MIB, _filler

from openwash import claims, documents, engine, lineage
from openwash.claims import markdown, masks
from openwash.rules import hygiene

_HYP = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


def _doc(root: Path, text: str, name: str = "README.md") -> documents.Document:
    root.mkdir(parents=True, exist_ok=True)
    (root / name).write_text(text, encoding="utf-8")
    doc = documents.load(root, name, documents.CARD)
    assert isinstance(doc, documents.Document)
    return doc


def _corpus_documents() -> list[documents.Document]:
    paths = sorted({p for pattern in ("**/*.md", "**/README*") for p in CORPUS.glob(pattern) if p.is_file()})
    fixtures = Path(__file__).parent / "fixtures"
    paths += sorted(fixtures.glob("**/*.md"))
    docs = []
    for path in paths:
        doc = documents.load(path.parent, path.name, documents.CARD)
        if isinstance(doc, documents.Document):
            docs.append(doc)
    return docs


# -- the definitions the fast readers follow (the code they replaced, line by line) -------------------


def _licence_links_line_by_line(doc: documents.Document) -> list[tuple[int, int, str]]:
    out = []
    for number, line, in_code in doc.body_lines():
        if in_code:
            continue
        for match in hygiene._MD_LINK.finditer(line):
            text, target = match.group(1), match.group(2)
            if re.match(r"^[a-z][a-z0-9+.-]*:|^#|^//", target, re.IGNORECASE):
                continue
            name = target.split("#")[0].split("?")[0].rstrip("/").rsplit("/", 1)[-1]
            if target.endswith("/") or not name or name in (".", ".."):
                continue
            if hygiene._LICENSE_TEXT.search(text.strip()) or documents.classify_name(name) in (documents.LICENSE, documents.USE_POLICY):
                out.append((number, match.start() + 1, target))
    return out


def _markdown_refs_line_by_line(doc: documents.Document) -> list[str]:
    lines = [(n, t[: lineage._MAX_LINE], c) for n, t, c in doc.body_lines()]
    refs: list[Any] = []
    for number, text, in_code in lines:
        if in_code:
            continue
        label = lineage._label_refs(doc, number, text)
        refs.extend(label)
        if label or lineage._NEWS_LINE.match(text) or not lineage._names_a_model(text):
            continue
        if text.lstrip().startswith("|"):
            refs.extend(lineage._original_refs(doc, number, text))
        else:
            refs.extend(lineage._prose_refs(doc, number, text))
    refs.extend(lineage._table_refs(doc, lines))
    refs.extend(lineage._code_refs(doc, lines))
    return [repr(r) for r in refs]


def _regex_masks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Put the `re.sub` masks back into `claims.masks` (what the span finders replaced)."""
    blank = lambda m: " " * len(m.group(0))
    monkeypatch.setattr(masks, "_mask", lambda raw: masks._MASK_INLINE.sub(blank, raw).replace("*", " ").replace("~~", "  "))
    monkeypatch.setattr(masks, "_mask_plain", lambda raw: masks._PLAIN_MASK.sub(blank, raw))
    monkeypatch.setattr(masks, "_inline_spans", lambda text: [m.span() for m in masks._MASK_INLINE.finditer(text)])
    monkeypatch.setattr(masks, "_mask_spans", _regex_spans)


def _regex_spans(text: str, finders: tuple[Any, ...]) -> list[tuple[int, int]]:
    patterns = {
        masks._find_comment: r"<!--.*?-->", masks._find_link_target: r"\]\([^)]{0,1000}\)",
        masks._find_code: r"`[^`]*`", masks._find_tag: r"<[^<>]{0,500}>", masks._find_url: r"https?://\S+",
        masks._find_www: r"www\.\S+", masks._find_mail: r"[\w.+-]+@[\w-]+\.[\w.-]+",
    }
    return [m.span() for m in re.finditer("|".join(patterns[f] for f in finders), text)]


# -- the linear finders equal the patterns -------------------------------------------------------------


@_HYP
@given(st.lists(st.sampled_from(["[", "]", "(", ")", "](", "![", "<", ">", '"', " ", "\t", "\u00a0", "x", "[x](", "LICENSE", '"t"', ")"]), max_size=24).map("".join))
def test_linear_link_finder_equals_the_link_pattern(text: str) -> None:
    expected = [(m.start(), m.group(1), m.group(2)) for m in hygiene._MD_LINK.finditer(text)]
    assert list(hygiene._md_links(text)) == expected


def test_linear_link_finder_on_long_texts_and_targets() -> None:
    for size in (1, 199, 200, 201, 202):
        text = "[" + "y" * size + "](LICENSE) and ![" + "[" * size + "](x) [" + "z" * size + "](" + "t" * 5000 + ")"
        assert list(hygiene._md_links(text)) == [(m.start(), m.group(1), m.group(2)) for m in hygiene._MD_LINK.finditer(text)]
    assert list(hygiene._md_links("[x](" * 50_000)) == []  # `re` would read this line 50,000 times


_MASK_PIECES = ["`", "<!--", "-->", "<", ">", "](", ")", "http://", "https://a", "www.", "@", "a", "b.c", ".", "+", "-", "_", " ", "\n",
                "²", "ǅ", "é", "x@y.z", "!", "~~", "*", "]", "("]


@_HYP
@given(st.lists(st.sampled_from(_MASK_PIECES), max_size=30).map("".join))
def test_mask_spans_equal_the_mask_patterns(text: str) -> None:
    assert masks._inline_spans(text) == [m.span() for m in masks._MASK_INLINE.finditer(text)]
    assert masks._mask_plain(text) == masks._PLAIN_MASK.sub(lambda m: " " * len(m.group(0)), text)
    for finders in ((masks._find_comment,), (masks._find_link_target,), masks._INLINE_FINDERS, masks._PLAIN_FINDERS):
        assert masks._mask_spans(text, finders) == _regex_spans(text, finders), finders


def test_mask_spans_at_their_bounds() -> None:
    for gap in (998, 999, 1000, 1001):
        text = "](" + "x" * gap + ")](" * 3 + "<" + "y" * (gap // 2) + ">"
        assert masks._inline_spans(text) == [m.span() for m in masks._MASK_INLINE.finditer(text)]
    word = "open " + "x" * 3990 + " a.b+c@d-e.f+g@h.i"
    assert masks._inline_spans(word) == [m.span() for m in masks._MASK_INLINE.finditer(word)]


@_HYP
@given(st.lists(st.sampled_from(["open", "Open", "OPEN", "licen", "source code", "source\tcode", "under", "İ", "ı", "x", "\n", " ", "商", "开源"]),
                max_size=20).map("".join), st.integers(0, 3))
def test_candidate_lines_equal_their_definition(text: str, first: int) -> None:
    lines = text.split("\n")
    low = "\n".join(lines).lower()
    assert markdown._candidate_lines(lines, first) == markdown._candidate_lines_by_offsets(lines, first, low)


# -- line by line, on every corpus document and on generated cards ------------------------------------------

_LINEAGE_LINES = ["```", "~~~", " ```python", "| Model | Base Model |", "|---|---|", "| x | Qwen/Qwen2.5-7B |", "| **Base model** | `meta-llama/Llama-2-7b-hf` |",
                  'base_model = "meta-llama/Llama-2-7b-hf"', 'model = PeftModel.from_pretrained(base, "x/y")', "", "text", "Base model: Llama-2-7B",
                  "Fine-tuned from model: Qwen2.5-7B", "This is fine-tuned from Llama 2 7B.", "基于 Llama-2-7B 进行微调", "---", "license: mit",
                  "model_name_or_path: meta-llama/Llama-2-7b-hf", "the original LLaMA-7B", "| original LLaMA-7B | a |", "baſe model: Llama-2-7B",
                  "- [Licence](LICENSE)", "![LICENSE](LICENSE)", "[x](./NOTICE) [terms](USE_POLICY.md)", "[More Information Needed] [more information needed]"]


@_HYP
@given(st.lists(st.sampled_from(_LINEAGE_LINES), max_size=16), st.booleans())
def test_fast_readers_equal_the_line_by_line_ones_on_generated_cards(tmp_path_factory: pytest.TempPathFactory, lines: list[str], front: bool) -> None:
    text = "\n".join((["---", "license: mit", "---"] if front else []) + lines)
    doc = _doc(tmp_path_factory.mktemp("card"), text)
    assert [repr(r) for r in lineage._markdown_refs(doc)] == _markdown_refs_line_by_line(doc)
    assert list(hygiene._licence_links(doc)) == _licence_links_line_by_line(doc)


@needs_shared
def test_fast_readers_equal_the_line_by_line_ones_on_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _corpus_documents()
    assert len(docs) > 100
    fast_claims = {doc.path + str(id(doc)): [repr(c) for c in claims.extract(doc)] for doc in docs}
    refs = links = 0
    for doc in docs:
        fast_refs = [repr(r) for r in lineage._markdown_refs(doc)]
        assert fast_refs == _markdown_refs_line_by_line(doc), doc.path
        fast_links = list(hygiene._licence_links(doc))
        assert fast_links == _licence_links_line_by_line(doc), doc.path
        refs, links = refs + len(fast_refs), links + len(fast_links)
    assert refs > 50 and links > 10  # the comparison saw real base models and licence links
    _regex_masks(monkeypatch)
    assert {doc.path + str(id(doc)): [repr(c) for c in claims.extract(doc)] for doc in docs} == fast_claims
    assert sum(map(len, fast_claims.values())) > 100


def test_placeholder_rule_counts_lines_as_before(make_repo: Any) -> None:
    text = "# M\n\n[More Information Needed] and [more information needed]\nx\n  [MORE INFORMATION NEEDED]\n"
    root = make_repo({"README.md": text})
    found = [f for f in engine.check(root).findings if f.rule == "OW503"]
    assert [(f.line, f.column, f.message.split()[0]) for f in found] == [(3, 1, "2")]


# -- a large hostile card reads like its first part --------------------------------------------------------

_HOSTILE = {
    "one-line": lambda size: " ".join(_filler(size, hostile=False).split("\n")),
    "short-lines": lambda size: "".join(("a", "|z|", "Llama", "licen", "", "[[(")[i % 6] + "\n" for i in range(size // 4)),
    "bracket-runs": lambda size: ("[" * 3000 + "\n" + "(" * 3000 + "*" * 3000 + "\n") * (size // 9002),
    "link-openings": lambda size: "[x](" * (size // 4),
    "licensed-under": lambda size: ("licensed under the " * 150 + "\n") * (size // 2851),
    "long-words": lambda size: ("open " + "x" * 3990 + "\n") * (size // 3996),
    "chinese": lambda size: "本模型基于 Llama-2-7B 进行微调，采用 Apache 2.0 许可证开源。\n我们开源了全部权重，仅供研究使用。\n" * (size // 180),
}

_HEAD = HEAD + "Base model: Llama-2-7B\n\nSee the [licence](LICENSE.md) for the terms.\n\n"


@pytest.mark.parametrize("kind", sorted(_HOSTILE))
def test_the_first_part_of_a_hostile_card_reads_as_the_card_alone(tmp_path: Path, kind: str) -> None:
    small = _doc(tmp_path / "small", _HEAD)
    filler = _HOSTILE[kind](TWO_MIB - len(_HEAD.encode()) - 65536)
    large = _doc(tmp_path / "large", _HEAD + filler)
    assert not large.truncated and len(large.text.encode()) > TWO_MIB // 2
    head = _HEAD.count("\n")

    def first(items: list[Any]) -> list[str]:
        return [repr(i) for i in items if i.line <= head]

    assert first(lineage._markdown_refs(large)) == first(lineage._markdown_refs(small))
    assert first(claims.extract(large)) == first(claims.extract(small))
    assert [link for link in hygiene._licence_links(large) if link[0] <= head] == list(hygiene._licence_links(small))
    assert lineage._markdown_refs(small) and claims.extract(small) and list(hygiene._licence_links(small))


# -- past a limit: the report says where reading stopped ------------------------------------------------------


def _notes(tmp_path: Path, readme: str) -> tuple[dict[str, Any], list[str]]:
    root = tmp_path / "repo"
    root.mkdir()
    (root / "README.md").write_text(readme, encoding="utf-8")
    report = engine.check(root).to_dict()
    return report, report["notes"]


def test_links_past_the_link_limits_are_reported(tmp_path: Path) -> None:
    links = "".join(f"See [part {i}](docs/part{i}.md).\n" for i in range(hygiene.MAX_LICENCE_LINKS + 5))
    report, notes = _notes(tmp_path, "# Model\n\n[License](LICENSE)\n\n" + links + "[License](LICENSE-WEIGHTS)\n")
    missing = [f["message"] for f in report["findings"] if f["rule"] == "OW502"]
    assert any("'LICENSE'" in m for m in missing) and not any("LICENSE-WEIGHTS" in m for m in missing)
    assert any("links were checked for licence files up to line" in n for n in notes)


def test_link_openings_past_the_limit_are_cut_and_reported(tmp_path: Path) -> None:
    line = "[License](LICENSE) " + "[x](" * (hygiene.MAX_LINK_OPENINGS + 10) + " [Terms](TERMS.md)"
    report, notes = _notes(tmp_path, "# Model\n\n" + line + "\n")
    missing = [f["message"] for f in report["findings"] if f["rule"] == "OW502"]
    assert any("'LICENSE'" in m for m in missing) and not any("TERMS" in m for m in missing)
    assert any("README.md: links were checked for licence files up to line 3 only" in n for n in notes)


def test_model_lines_past_the_limit_are_reported_and_labels_still_read(tmp_path: Path) -> None:
    prose = "".join(f"We compare against Llama-2-7B in run {i}.\n" for i in range(lineage.MAX_MODEL_LINES + 5))
    readme = "# Model\n\nThis model is fine-tuned from Qwen2.5-7B.\n\n" + prose + "\nBase model: Mistral-7B-v0.1\n\nWe fine-tuned from gemma-2b.\n"
    report, notes = _notes(tmp_path, readme)
    named = {ref["raw"] for ref in report["base_models"]}
    assert "Qwen2.5-7B" in named and "Mistral-7B-v0.1" in named and "gemma-2b" not in named
    assert any("base-model mentions in prose were read up to line" in n for n in notes)


def test_claim_lines_past_the_limit_are_reported(tmp_path: Path) -> None:
    lines = "".join(f"Run {i} is licensed under review.\n" for i in range(claims.MAX_SCANNED_LINES + 5))
    readme = "# Model\n\nThe model is fully open source.\n\n" + lines + "\nThe weights are open weights.\n"
    report, notes = _notes(tmp_path, readme)
    kinds = {c["kind"] for c in report["claims"] if c["path"] == "README.md"}
    assert "fully-open" in kinds and "open-weights" not in kinds
    assert any("claims were read up to line" in n for n in notes)


def test_claim_characters_past_the_limit_are_reported(tmp_path: Path) -> None:
    lines = ("open " + "x" * 3990 + "\n") * (claims.MAX_SCANNED_CHARS // 3995 + 5)
    _, notes = _notes(tmp_path, "# Model\n\n" + lines)
    assert any("claims were read up to line" in n and "KiB of lines with claim words" in n for n in notes)


@_HYP
@given(st.lists(st.sampled_from(["The license ", "licence", " specifies", " states", " x" * 30, "许可", "规定", ":", "：", " ", "\t", "a", "."]),
                max_size=24).map("".join))
def test_paraphrase_leads_are_found_in_the_end_of_a_line(text: str) -> None:
    stripped = text.strip()
    whole = markdown._LICENSE_PARAPHRASE_LEAD.search(stripped) is not None
    assert (markdown._LICENSE_PARAPHRASE_LEAD.search(stripped[-markdown._PARAPHRASE_LEAD_TAIL :]) is not None) == whole
    padded = "x " * 500 + stripped
    assert (markdown._LICENSE_PARAPHRASE_LEAD.search(padded[-markdown._PARAPHRASE_LEAD_TAIL :]) is not None) == whole
