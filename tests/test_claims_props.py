"""Property tests: arbitrary text never makes the claims scanner raise, and positions stay in the document."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openwash import claims, documents, frontmatter
from openwash.claims import frontmatter as claims_frontmatter
from openwash.claims import scan as claims_scan

# Fragments that exercise the scanner's branches, mixed with arbitrary unicode.
FRAGMENTS = [
    "open source", "open-source model", "Open-sourced the", "fully open", "open weights", "open language model",
    "openly releasing", "open access", "free for commercial use", "licensed under the MIT License", "not ",
    "outperforms ", "our ", "开源", "开源了", "完全开源", "开放权重", "免费商用", "可商用", "开源协议", "非", "的",
    "，", "。", "、", "\n", "\n\n", "```", "```bibtex\n", "  title = {X: open-source models}", "~~~", "> ", "> [!NOTE]",
    "<!--", "-->", "`", "[", "](https://x.org/open-source)", "![License](https://img.shields.io/badge/License-",
    "--", "_", "-blue)", "# License\n", "| a | open source |", "1. ", "- ", "    ", "\t", "---\n", "license: mit\n",
    "tags:\n  - open-source\n", "The license specifies:", "\r\n", "\u200b", "\ufeff", "𝔬𝔭𝔢𝔫", "İ", "ß",
]

markdownish = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=60).map("".join)


def _document(text: str, name: str = "README.md") -> documents.Document:
    kind = documents.classify_name(name) or documents.README
    doc = documents.Document(name, kind, text)
    if doc.is_markdown:
        split = frontmatter.split(text)
        doc.front_matter, doc.front_matter_error, doc.body_start_line = split.front_matter, split.error, split.body_start_line
    return doc


def _check_positions(doc: documents.Document, found: list[claims.Claim]) -> None:
    for claim in found:
        assert 1 <= claim.line <= len(doc.lines)
        line = doc.line_text(claim.line)
        assert 1 <= claim.column <= len(line) + 1
        assert claim.kind in claims.CLAIM_KINDS
        assert claim.subject in claims.SUBJECTS
        assert claim.language in ("en", "zh", "ja")  # model.Claim.language
        in_license_text = doc.kind in ("license", "use-policy", "notice")
        assert claim.profile == claims.profile_for(claim.kind, claim.subject, in_license_text=in_license_text)
        assert claim.backed is None


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdownish, st.sampled_from(["README.md", "docs/notes.md", "LICENSE", "CITATION.cff", "USE_POLICY.md"]))
def test_markdownish_text_never_raises_and_positions_are_in_the_document(text: str, name: str) -> None:
    doc = _document(text, name)
    # The scanner itself, without extract()'s last-resort guard, must not raise either.
    unguarded = [] if doc.kind in ("package", "adapter-config") else claims_frontmatter._front_matter_claims(doc) + claims_scan._body_claims(doc)
    found = claims.extract(doc)
    assert len(found) == len(unguarded[: claims.MAX_CLAIMS_PER_DOC])
    _check_positions(doc, found)
    numbered = claims.extract_all([doc, doc])
    assert [c.id for c in numbered] == [f"C{i}" for i in range(1, len(numbered) + 1)]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    doc = _document(text)
    claims_scan._body_claims(doc)  # unguarded
    _check_positions(doc, claims.extract(doc))


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(FRAGMENTS), st.integers(min_value=1_000, max_value=50_000))
def test_long_lines_are_bounded(fragment: str, repeat: int) -> None:
    doc = _document((fragment + " ") * (repeat // max(1, len(fragment))))
    found = claims.extract(doc)
    _check_positions(doc, found)
    assert len(found) <= claims.MAX_CLAIMS_PER_DOC
