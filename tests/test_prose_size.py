"""Hostile-size prose: a 2 MiB card reads like its first part, and nothing past a limit is dropped silently.

The prose scanners (`licenses.declarations.from_prose` / `terms_from_prose`) and the document scan of
`evidence` read only lines holding a keyword of their patterns, with linear-time helpers and a few
limits (line length, sentence length, candidate names, links, gating phrases). These tests check

- that the keyword shortcuts are exact: each keyword list is necessary for its patterns (hypothesis
  draws strings from the patterns), the helpers equal the `re`/line-by-line code they replace, and
  on every shared-corpus document the fast scans give what the line-by-line definitions give;
- that a statement in the first part of a card is read the same whether or not 2 MiB follow;
- that a statement placed after a limit is still found, or the report says where reading stopped.

No timings are asserted (docs/hardening.md records the measurements).
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CORPUS, MIT_TEXT, needs_shared
from openwash import documents, engine, evidence
from openwash.evidence import data as evidence_data
from openwash.evidence import documents as evidence_documents
from openwash.evidence import findings as evidence_findings
from openwash.evidence import gates as evidence_gates
from openwash.evidence import lines as evidence_lines
from openwash.evidence import links as evidence_links
from openwash.evidence import weights as evidence_weights
from openwash.licenses import declarations as decl

TWO_MIB = 2 * 1024 * 1024

HEAD = """---
license: apache-2.0
---
# Example-7B

Example-7B is a fully open-source language model.

## License

The model weights are released under the Apache 2.0 License.
The training code is licensed under the [MIT License](LICENSE).
The weights are for research purposes only and may not be used commercially.
Download the checkpoints from https://huggingface.co/example/example-7b after you request access.
The model was trained on 2T tokens of web data.

## Citation

"""

# Lines of the kind a long generated card holds: prose in two languages, links, tables, code, lists.
_FILLER_LINES = (
    "We evaluate the model on a broad set of tasks and report the numbers below.",
    "| Model | MMLU | GSM8K |",
    "|---|---|---|",
    "| Example-7B | 61.2 | 45.0 |",
    "本模型在多个基准上进行了评测，结果如下表所示。",
    "- Fixed a bug in the tokenizer ([#123](https://github.com/example/example/pull/123)).",
    "```python",
    "from transformers import AutoModel",
    "```",
    "See the [technical report](https://arxiv.org/abs/2401.00001) for details.",
    "> Note: results may vary with the prompt format.",
    "1. Install the package. 2. Run the demo.",
    "* **Bold** text, `code`, and [a link](docs/usage.md) in one line.",
    "",
)

# Adversarial lines: runs of brackets, stars and spaces, repeated verbs, long words.
_HOSTILE_LINES = (
    "[" * 3000,
    "(" * 3000 + "*" * 3000,
    "licensed under the " * 150,
    "released under " + " " * 3000 + "x",
    "License" + " " * 3000 + "x",
    "[x" * 1000 + "](y)",
    "仅供研究使用，" * 300,
    "#" * 6 + " " + "# " * 1500 + "x",
)


def _filler(size: int, *, hostile: bool, seed: int = 7) -> str:
    rng = random.Random(seed)
    pool = _FILLER_LINES + (_HOSTILE_LINES if hostile else ())
    parts: list[str] = []
    total = 0
    fenced = False
    while total < size:
        line = rng.choice(pool)
        if line.startswith("```"):
            fenced = not fenced
        parts.append(line)
        total += len(line.encode()) + 1
    if fenced:
        parts.append("```")
    return "\n".join(parts) + "\n"


def _doc(tmp_path: Path, text: str, name: str = "README.md") -> documents.Document:
    (tmp_path / name).write_text(text, encoding="utf-8")
    doc = documents.load(tmp_path, name, documents.CARD)
    assert isinstance(doc, documents.Document)
    return doc


def _prose(doc: documents.Document, upto: int | None = None) -> list[tuple[Any, ...]]:
    hits = decl.from_prose(doc.path, doc.lines, doc.body_start_line)
    terms = decl.terms_from_prose(doc.path, doc.lines, doc.body_start_line)
    rows = [("hit", h.line, h.raw, h.entry.key if h.entry else None, h.link, tuple(h.applies_to), h.form) for h in hits]
    rows += [("terms", t.line, tuple(t.kinds), t.sentence, tuple(t.applies_to)) for t in terms]
    return [r for r in rows if upto is None or r[1] <= upto]


def _evidence(doc: documents.Document, *, every_line: bool = False, upto: int | None = None) -> dict[str, Any]:
    found, builder = evidence_findings._Findings(), evidence_findings._Builder()
    evidence_documents._scan_document(doc, found, builder, every_line=every_line)
    out: dict[str, Any] = {}
    for name, value in vars(found).items():
        if name == "notes":
            continue
        if isinstance(value, list):
            out[name] = [repr(v) for v in value if upto is None or _line_of(v) <= upto]
        elif isinstance(value, dict):
            out[name] = {k: repr(v) for k, v in value.items() if upto is None or _line_of(v) <= upto}
        else:
            out[name] = repr(value)
    return out


def _line_of(value: Any) -> int:
    if isinstance(value, tuple):
        value = value[-1]
    if isinstance(value, dict):
        return int(value.get("line", 0))
    return int(getattr(value, "line", 0))


# -- the shortcuts are exact ----------------------------------------------------------------------


def _examples(pattern: Any) -> Any:
    return st.from_regex(re.compile(pattern.pattern, pattern.flags))


_HYP = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("check", sorted(evidence_documents._LINE_CHECK_WORDS))
def test_every_match_of_a_line_check_holds_one_of_its_keywords(check: str) -> None:
    pattern = {
        "gate": evidence_gates._GATING, "url": evidence_links._URL, "code": evidence_weights._DOWNLOAD_CODE,
        "script": evidence_weights._DOWNLOAD_SCRIPT_MENTION, "intermediate": evidence_weights._INTERMEDIATE_TEXT,
        "revision": evidence_weights._STEP_REVISION, "report": evidence_links._TECH_REPORT_WORDS, "data": evidence_data._DATA_PROSE,
        "withheld": evidence_data._DATA_WITHHELD, "plan": evidence_documents._TRAINING_CODE_PLANNED,
        "withdrawn": evidence_documents._WEIGHTS_WITHDRAWN,
    }[check]
    words = evidence_documents._LINE_CHECK_WORDS[check]

    @_HYP
    @given(_examples(pattern))
    def holds_a_keyword(text: str) -> None:
        match = pattern.search(text)
        assert match is not None
        assert any(w in decl.fold_case(match.group(0)) for w in words), match.group(0)

    holds_a_keyword()


@pytest.mark.parametrize(
    ("name", "pattern", "keywords"),
    [
        pytest.param("label", decl._LABEL, decl._PROSE_KEYWORDS, id="label"),
        pytest.param("verb-en", decl._VERB_EN, decl._PROSE_KEYWORDS, id="verb-en"),
        pytest.param("verb-zh", decl._VERB_ZH, decl._PROSE_KEYWORDS, id="verb-zh"),
        *[
            pytest.param(kind, pattern, decl._TERMS_KEYWORDS, id=f"terms-{kind}-{index}")
            for index, (kind, pattern) in enumerate(decl._TERMS_EN + decl._TERMS_ZH)
        ],
        pytest.param("benchmarks", evidence_documents._BENCHMARKS, None, id="benchmarks"),
    ],
)
def test_every_match_of_a_prose_pattern_holds_a_keyword(name: str, pattern: Any, keywords: Any) -> None:
    keywords = keywords or evidence_documents._keyword_patterns()[1]

    @_HYP
    @given(_examples(pattern))
    def holds_a_keyword(text: str) -> None:
        match = pattern.search(text)
        assert match is not None
        # The sentence joins lines with a space: a keyword's trailing `\s` may be that space.
        assert keywords.search(decl.fold_case(match.group(0) + " ")), match.group(0)

    holds_a_keyword()


def test_a_keyword_pattern_finds_each_word_and_only_words() -> None:
    pattern = decl.keyword_pattern(("mix", "mixture", "log", "under ", "使用"))
    text = "a mixture; logs\nunder\tx; wonder; under\n使用"
    assert [m.group(0) for m in pattern.finditer(text)] == ["mixture", "log", "under\t", "under\n", "使用"]
    assert decl.keyword_lines(decl.fold_case(text), pattern, 5) == [5, 6, 7]
    assert decl.keyword_lines("none here", pattern) == []


@pytest.mark.parametrize("char", ["ſ", "\u212a", "İ", "ı", "É", "Ω"])
def test_fold_case_keeps_offsets_and_matches_what_ignorecase_matches(char: str) -> None:
    text = f"Li{char}ense LICENSE {char}"
    low = decl.fold_case(text)
    assert len(low) == len(text)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        if re.fullmatch(letter, char, re.I):
            assert low[2] == letter


@_HYP
@given(st.text(alphabet="[]()x: /\"ab\n", max_size=60))
def test_linear_link_matching_equals_the_pattern(text: str) -> None:
    for pattern in (decl._LINK, decl._OUTBOUND_LINK):
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in decl._link_matches(pattern, text)] == expected
        assert decl._sub_links(pattern, lambda m: "<" + m.group(1) + ">", text) == pattern.sub(lambda m: "<" + m.group(1) + ">", text)


def test_linear_link_matching_on_long_link_texts() -> None:
    for size in (1, 159, 160, 161, 162):
        text = "[" + "y" * size + "](https://a.b/c) and [" + "[" * size + "](x)"
        assert [m.span() for m in decl._link_matches(decl._LINK, text)] == [m.span() for m in decl._LINK.finditer(text)]


_OLD_LABEL = re.compile(
    r"^\s*(?:[-*]\s*)?(?:\*\*|__)?\s*((?:code|model|weights?|data(?:set)?|模型|代码|数据)\s*)?(?:licen[cs]e|许可证?|协议|授权)\s*(?:\*\*|__)?\s*[:：]"
    r"\s*(?:\*\*|__)?\s*(.+)$",
    re.I,
)
# the plain form of the split ("… and the …" starts a clause that keeps its "and")
_OLD_CLAUSE_SPLIT = re.compile(r"[，,;；]\s*|\s+(?:while|whereas|but)\s+|\s+(?=and\s+(?:the|all)\s)|。")


@_HYP
@given(st.lists(st.sampled_from([" ", "  ", "\t", "*", "**", "__", "-", ":", "：", "license", "model ", "MIT", "x",
                                 "while", "but", ",", "。", "and the"]), max_size=12).map("".join))
def test_rewritten_patterns_match_as_before(text: str) -> None:
    old, new = _OLD_LABEL.match(text), decl._LABEL.match(text)
    assert (old and (old.span(), old.groups())) == (new and (new.span(), new.groups()))
    assert decl._CLAUSE_SPLIT.split(text) == _OLD_CLAUSE_SPLIT.split(text)


def _sections_line_by_line(lines: list[str]) -> list[tuple[int, str]]:
    """CommonMark's fences, line by line: a run of N backticks or tildes opens a block (a backtick run whose info string
    holds a backtick is inline code) that only a run of at least N of the same character with nothing after it closes."""
    result: list[tuple[int, str]] = []
    start, heading, fence = 1, "", ""
    for number, line in enumerate(lines, 1):
        run = re.match(r"^[ \t]*(`{3,}|~{3,})(.*)$", line)
        if not fence and run and not (run.group(1)[0] == "`" and "`" in run.group(2)):
            fence = run.group(1)
        elif fence and run and run.group(1)[0] == fence[0] and len(run.group(1)) >= len(fence) and not run.group(2).strip():
            fence = ""
        elif not fence:
            match = evidence_lines._HEADING.match(line)
            if match:
                start, heading = number, match.group(2)
        result.append((start, heading))
    return result


@_HYP
@given(st.lists(st.sampled_from(["# a", "## b ##", "```", " ~~~", "x", "", "   # c #  ", "#x", "####### no", "\t# t",
                                 "    # four", "# ", "#", "| row |", "@misc{", "}", "````", "```json", "~~~~ "]), max_size=14))
def test_structure_scans_equal_the_line_by_line_reading(lines: list[str]) -> None:
    assert evidence_lines._sections(lines) == _sections_line_by_line(lines)
    for line in lines:
        match = evidence_lines._HEADING.match(line)
        assert evidence_lines._heading(line) == (match and (len(match.group(1)), match.group(2)))
    text = "\n".join(lines)
    for markers in (("```", "~~~", "#"), ("|",), ("@", "}")):
        expected = [n for n, line in enumerate(lines, 3) if line.lstrip().startswith(markers)]
        assert [n for n, _ in decl.lines_starting(text, markers, 3)] == expected
    prose = [(b.text, b.offsets, b.in_license_section, b.in_terms_section) for b in decl._blocks(lines, 1)]
    every = re.compile(r"(?=[^\n])")  # every non-empty line is a candidate
    fast = [(b.text, b.offsets, b.in_license_section, b.in_terms_section) for b in decl._relevant_blocks(lines, 1, every)]
    assert fast == prose


def _every_prose_statement(path: str, lines: list[str], body_start: int) -> list[tuple[Any, ...]]:
    """from_prose / terms_from_prose over every block `_blocks` makes: the definition, without shortcuts."""
    rows: list[tuple[Any, ...]] = []
    for block in decl._blocks(lines, body_start):
        for sentence, line in decl._sentences(block):
            for h in decl._sentence_hits(line, sentence, block.in_license_section):
                rows.append(("hit", h.line, h.raw, h.entry.key if h.entry else None, h.link, tuple(h.applies_to), h.form))
    for block in decl._blocks(lines, body_start):
        for sentence, line in decl._sentences(block):
            for t in decl._sentence_terms(line, sentence, block.in_terms_section):
                rows.append(("terms", t.line, tuple(t.kinds), t.sentence, tuple(t.applies_to)))
    return rows


def _corpus_documents() -> list[Path]:
    return sorted({p for pattern in ("**/*.md", "**/README*") for p in CORPUS.glob(pattern) if p.is_file()})


@needs_shared
def test_fast_scans_equal_the_line_by_line_definitions_on_the_corpus() -> None:
    paths = _corpus_documents()
    assert len(paths) > 100
    for path in paths:
        doc = documents.load(path.parent, path.name, documents.CARD)
        if not isinstance(doc, documents.Document):
            continue
        fast = _prose(doc)
        assert sorted(fast, key=repr) == sorted(_every_prose_statement(doc.path, doc.lines, doc.body_start_line), key=repr), path
        assert _evidence(doc) == _evidence(doc, every_line=True), path


# -- a large card reads like its first part ---------------------------------------------------------


@pytest.mark.parametrize("hostile", [False, True], ids=["varied", "varied-and-hostile"])
def test_statements_in_the_first_part_are_read_the_same_with_two_mebibytes_after(tmp_path: Path, hostile: bool) -> None:
    small = _doc(tmp_path, HEAD, "SMALL.md")
    head_lines = len(small.lines) - 1
    large = _doc(tmp_path, HEAD + _filler(TWO_MIB - len(HEAD) - 16384, hostile=hostile), "LARGE.md")
    assert len(large.text.encode()) < TWO_MIB and not large.truncated
    small_prose = _prose(small)
    assert any(r[0] == "hit" and r[3] == "apache-2.0" for r in small_prose) and any(r[0] == "terms" for r in small_prose)
    assert _prose(large, upto=head_lines) == small_prose
    small_evidence = _evidence(small, upto=head_lines)
    assert small_evidence["sites"] and small_evidence["gates"] and small_evidence["data_prose"]
    large_evidence = _evidence(large, upto=head_lines)
    renamed = repr(small_evidence).replace("SMALL.md", "LARGE.md")
    assert repr({k: v for k, v in large_evidence.items() if k != "model_cards"}) == repr(
        {k: v for k, v in eval(renamed).items() if k != "model_cards"}  # noqa: S307 - our own repr of str/list/dict
    )


def test_the_whole_check_reads_the_first_part_of_a_large_card_as_the_small_one(tmp_path: Path) -> None:
    small_root, large_root = tmp_path / "small", tmp_path / "large"
    for root, text in ((small_root, HEAD), (large_root, HEAD + _filler(TWO_MIB - len(HEAD) - 16384, hostile=True))):
        root.mkdir()
        (root / "README.md").write_text(text, encoding="utf-8")
        (root / "LICENSE").write_text(MIT_TEXT, encoding="utf-8")
    small, large = engine.check(small_root).to_dict(), engine.check(large_root).to_dict()
    head_lines = HEAD.count("\n")

    def firsts(report: dict[str, Any], key: str) -> list[Any]:
        return [item for item in report[key] if item.get("line", 0) <= head_lines]

    assert firsts(large, "claims") == firsts(small, "claims")
    assert firsts(large, "licenses") == firsts(small, "licenses")
    assert {c["kind"] for c in small["claims"]} <= {c["kind"] for c in large["claims"]}
    assert large["verdict"]["weights_license_family"] == small["verdict"]["weights_license_family"]


# -- past a limit: still found, or the report says so --------------------------------------------------


def _check(tmp_path: Path, readme: str) -> dict[str, Any]:
    root = tmp_path / "repo"
    root.mkdir()
    (root / "README.md").write_text(readme, encoding="utf-8")
    return engine.check(root).to_dict()


def _licence_lines(report: dict[str, Any], key: str) -> list[int]:
    return [lic["line"] for lic in report["licenses"] if lic.get("key") == key and lic["path"] == "README.md"]


def test_a_statement_after_two_mebibytes_of_prose_is_found(tmp_path: Path) -> None:
    filler = _filler(TWO_MIB - 8192, hostile=False)
    report = _check(tmp_path, "# Model\n\n" + filler + "\nThe model weights are released under the MIT License.\n")
    line = 2 + filler.count("\n") + 2
    assert _licence_lines(report, "mit") == [line]
    assert not [n for n in report["notes"] if "licence statements in prose" in n or "longer than" in n]


def test_a_statement_at_the_end_of_a_very_long_line_is_cut_and_the_cut_reported(tmp_path: Path) -> None:
    long_line = "word " * (decl.MAX_LINE_CHARS // 5 + 100) + "The weights are released under the MIT License."
    report = _check(tmp_path, "# Model\n\n" + long_line + "\n")
    assert _licence_lines(report, "mit") == []  # past the window …
    assert f"README.md:3: a line longer than {decl.MAX_LINE_CHARS:,} characters was read up to there" in report["notes"]  # … and said so


def test_a_statement_past_the_sentence_limit_is_reported_as_cut(tmp_path: Path) -> None:
    sentence = "and more words " * (decl.MAX_SENTENCE_CHARS // 15 + 10) + "released under the MIT License."
    report = _check(tmp_path, "# Model\n\nThe model " + sentence + "\n")
    assert _licence_lines(report, "mit") == [] and any("a sentence longer than" in n for n in report["notes"])


def test_a_statement_after_too_many_candidate_names_is_reported_as_cut(tmp_path: Path) -> None:
    noise = "".join(f"Version {i} is released under review.\n\n" for i in range(decl.MAX_NAME_ATTEMPTS + 50))
    report = _check(tmp_path, "# Model\n\nThe code is licensed under the Apache 2.0 License.\n\n" + noise + "The weights are released under the MIT License.\n")
    assert _licence_lines(report, "apache-2.0") == [3]
    cut = [n for n in report["notes"] if "licence statements in prose were read up to line" in n]
    assert _licence_lines(report, "mit") or cut
    assert cut  # with this many candidates the budget is spent, and the note names the line


def test_links_past_the_link_limit_are_reported(tmp_path: Path) -> None:
    links = "".join(f"See https://example.org/page/{i} for more.\n" for i in range(evidence.MAX_URLS + 10))
    report = _check(tmp_path, "# Model\n\n" + links + "Download the weights from https://huggingface.co/example/example-7b\n")
    notes = [n for n in report["notes"] if "links were read up to line" in n]
    sites = [s for s in report["components"]["model-parameters-final"]["evidence"] if s["path"] == "README.md"]
    assert notes or sites
    assert notes


def test_a_hostile_card_gives_a_report_not_an_error(tmp_path: Path) -> None:
    readme = HEAD + "\n".join(_HOSTILE_LINES * 40) + "\nThe weights are released under the MIT License.\n"
    report = _check(tmp_path, readme)
    assert not report["errors"]
    assert 10 in _licence_lines(report, "apache-2.0")
    assert _licence_lines(report, "mit") or any("read up to" in n for n in report["notes"])


def test_terms_after_too_many_candidate_sentences_are_reported_as_cut(tmp_path: Path) -> None:
    noise = "".join(f"Research note {i}: results are reproducible.\n\n" for i in range(decl.MAX_TERM_SENTENCES + 20))
    doc = _doc(tmp_path, "# Model\n\nThe weights are for research purposes only.\n\n" + noise + "The model may not be used commercially.\n")
    terms = decl.terms_from_prose(doc.path, doc.lines, doc.body_start_line)
    assert [t.line for t in terms if "research-only" in t.kinds] == [3]
    cut = [n for n in decl.prose_cuts(doc.lines) if "terms in prose were read up to line" in n]
    assert cut and not [t for t in terms if "non-commercial" in t.kinds]


@pytest.mark.parametrize(
    "name", ["_GATING", "_DOWNLOAD_CODE", "_DOWNLOAD_SCRIPT_MENTION", "_INTERMEDIATE_TEXT", "_STEP_REVISION", "_TECH_REPORT_WORDS",
             "_DATA_PROSE", "_DATA_WITHHELD", "_DATA_WORD"]
)
def test_folded_patterns_match_what_the_ignorecase_patterns_match(name: str) -> None:
    pattern = next(getattr(module, name) for module in (evidence_gates, evidence_weights, evidence_links, evidence_data) if hasattr(module, name))
    folded = evidence_lines._folded(pattern)
    assert folded is not pattern  # written in lower case, so it runs case-sensitively on folded text

    @_HYP
    @given(_examples(pattern), st.randoms(use_true_random=False), st.sampled_from(["", "ſ", "\u212a", "İ", "ı", "Σ"]))
    def same_matches(text: str, rng: random.Random, odd: str) -> None:
        # Upper-case some letters and slip in the characters IGNORECASE equates with ASCII letters.
        text = "".join(c.upper() if rng.random() < 0.5 else c for c in text) + " " + odd + "ession " + odd
        def spans(matches: Any) -> list[list[tuple[int, int]]]:
            return [[m.span(i) for i in range(len(m.groups()) + 1)] for m in matches]

        original = re.compile(pattern.pattern, pattern.flags)
        assert spans(folded.finditer(decl.fold_case(text))) == spans(original.finditer(text))

    same_matches()
