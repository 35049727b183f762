"""frontmatter: YAML front matter of model cards, hostile documents included."""

from __future__ import annotations

from pathlib import Path

import pytest

from openwash import frontmatter


def _error(text: str) -> frontmatter.FrontMatterError:
    result = frontmatter.split(text)
    assert result.front_matter is None
    assert result.error is not None
    return result.error


def test_plain_card_with_positions() -> None:
    text = "---\nlicense: apache-2.0\ntags:\n  - llm\n  - open\n---\n# Title\n"
    result = frontmatter.split(text)
    assert result.error is None and result.front_matter is not None
    fm = result.front_matter
    assert fm.data == {"license": "apache-2.0", "tags": ["llm", "open"]}
    assert fm.locate("license") == (2, 1)
    assert fm.locate("tags", 1)[0] == 5
    assert fm.locate("missing") == (1, 1)
    assert result.body_start_line == 7
    assert result.body == "# Title\n"


def test_no_front_matter() -> None:
    result = frontmatter.split("# Title\nlicense: mit\n")
    assert result.front_matter is None and result.error is None
    assert result.body_start_line == 1


def test_not_yaml_reports_the_line() -> None:
    error = _error("---\nlicense: mit\ntags: [a, b\nfoo: : :\n---\nbody\n")
    assert "not valid YAML" in error.message
    assert error.line >= 3


def test_unclosed_fence() -> None:
    error = _error("---\nlicense: mit\n# Title\n")
    assert "never closed" in error.message and error.line == 1


def test_unclosed_fence_in_a_truncated_file_says_so() -> None:
    result = frontmatter.split("---\nlicense: mit\n" + "x: y\n" * 10, truncated=True)
    assert result.error is not None and "part of the file that was read" in result.error.message


def test_tabs() -> None:
    error = _error("---\nlicense: mit\n\tdatasets: x\n---\n")
    assert "\\t" in error.message or "tab" in error.message.lower()
    assert error.line == 3


def test_duplicate_keys() -> None:
    error = _error("---\nlicense: mit\nlicense: llama3\n---\n")
    assert "duplicate key" in error.message and error.line == 3


def test_classic_alias_bomb_is_refused() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for index, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[index]
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    error = _error("---\n" + "\n".join(lines) + "\n---\n")
    assert "alias" in error.message


def test_exponential_alias_chain_under_the_alias_limit_is_refused() -> None:
    # 2 aliases per level, 40 levels: 80 aliases would be refused by count, so use 30
    # levels (60 aliases, under the limit) that still expand to 2**30 values.
    lines = ["a0: &a0 [x, x]"] + [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]" for i in range(1, 31)]
    assert len(lines) * 2 - 2 <= frontmatter.MAX_ALIASES
    error = _error("---\n" + "\n".join(lines) + "\n---\n")
    assert "expands to more than" in error.message


def test_self_referencing_alias_terminates() -> None:
    result = frontmatter.split("---\na: &a [*a, *a, *a]\nlicense: mit\n---\n")
    # ruamel may build a cycle; either a bounded value or an error, never a hang
    if result.front_matter is not None:
        assert result.front_matter.data["license"] == "mit"
    else:
        assert result.error is not None


def test_fifty_megabyte_front_matter_is_not_parsed() -> None:
    big = "---\n" + ("description: " + "x" * 1000 + "\n") * 50_000 + "---\nbody\n"
    error = _error(big)
    assert "larger than" in error.message or "not closed" in error.message


def test_oversized_front_matter_with_a_fence() -> None:
    big = "---\n" + ("k: " + "x" * 1000 + "\n") * 300 + "---\nbody\n"
    error = _error(big)
    assert "larger than" in error.message and error.line == 1


@pytest.mark.parametrize("opening", ["[" * 5000, "{a: " * 5000])
def test_deep_flow_nesting(opening: str) -> None:
    error = _error("---\nx: " + opening + "\n---\n")
    assert "nested" in error.message


def test_deep_block_nesting() -> None:
    yaml_text = "\n".join(" " * depth + f"k{depth}:" for depth in range(300))
    error = _error("---\n" + yaml_text + "\n---\n")
    assert "nested" in error.message


@pytest.mark.parametrize(
    ("yaml_text", "kind"),
    [("- license: mit\n- x", "list"), ("just a string", "scalar"), ("42", "scalar")],
)
def test_non_mapping_front_matter(yaml_text: str, kind: str) -> None:
    error = _error(f"---\n{yaml_text}\n---\n")
    assert f"is a {kind}" in error.message


def test_license_as_list_or_number_is_plain_data() -> None:
    fm = frontmatter.split("---\nlicense: [mit, 3]\n---\n").front_matter
    assert fm is not None and fm.data["license"] == ["mit", 3]
    fm = frontmatter.split("---\nlicense: 2.0\n---\n").front_matter
    assert fm is not None and fm.data["license"] == 2.0


def test_python_tags_are_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = (
        "---\n"
        f"a: !!python/object/apply:os.system ['touch {marker}']\n"
        f"b: !!python/object/new:subprocess.Popen [['touch', '{marker}']]\n"
        "c: !!binary aGVsbG8=\n"
        "---\n"
    )
    result = frontmatter.split(text)
    assert not marker.exists()
    if result.front_matter is not None:
        for value in result.front_matter.data.values():
            assert isinstance(value, (str, list, dict, type(None), bytes))


def test_keys_are_always_strings() -> None:
    fm = frontmatter.split("---\n~: a\n1: b\n? [x, y]\n: d\n---\n").front_matter
    assert fm is not None
    assert all(isinstance(key, str) for key in fm.data)
    assert fm.data["null"] == "a" and fm.data["1"] == "b"
    fm = frontmatter.split("---\ntrue: c\n---\n").front_matter
    assert fm is not None and fm.data == {"true": "c"}


def test_timestamps_become_text() -> None:
    fm = frontmatter.split("---\ndate: 2024-01-01\n---\n").front_matter
    assert fm is not None and isinstance(fm.data["date"], str)


def test_huge_integer_is_an_error_not_an_exception() -> None:
    result = frontmatter.split("---\nn: " + "9" * 10_000 + "\n---\n")
    assert result.front_matter is not None or result.error is not None


def test_markdown_emphasis_is_not_counted_as_aliases() -> None:
    description = " ".join(f"**point{i}** and *item{i}*" for i in range(100))
    result = frontmatter.split(f"---\nlicense: mit\ndescription: \"{description}\"\n---\n")
    assert result.error is None and result.front_matter is not None


def test_aliases_with_unusual_names_are_counted() -> None:
    lines = ["base: &日本.x [a, b]"] + [f"k{i}: *日本.x" for i in range(80)]
    error = _error("---\n" + "\n".join(lines) + "\n---\n")
    assert "aliases" in error.message


@pytest.mark.parametrize(
    "text",
    [
        "---\n\n# Acme-7B\n\nAn open model.\n\n---\n\n## Usage\n",  # a thematic break above the title
        "---\n<div align=\"center\">\n<img src=\"logo.png\">\n</div>\n---\n",
        "---\n![logo](logo.png)\n\nText\n---\n",
        "---\n[Paper](https://arxiv.org/abs/1) | [Code](x)\n",
        "---\n# Acme\nA model for everyone.\n",
    ],
    ids=["rule-then-heading", "html", "image", "link-unclosed", "heading-then-prose"],
)
def test_a_thematic_break_at_the_top_is_not_front_matter(text: str) -> None:
    result = frontmatter.split(text)
    assert result.front_matter is None and result.error is None and result.body_start_line == 1


def test_an_empty_block_before_the_real_front_matter_is_skipped() -> None:
    result = frontmatter.split("---\n---\n---\nlicense: mit\nbase_model: x/y\n---\n# M\n")
    assert result.error is None and result.front_matter is not None
    assert result.front_matter.data == {"license": "mit", "base_model": "x/y"}
    assert result.front_matter.locate("license") == (4, 1) and result.body_start_line == 7


def test_a_comment_line_before_the_keys_is_still_front_matter() -> None:
    result = frontmatter.split("---\n# Hub metadata\nlicense: mit\n---\n# M\n")
    assert result.front_matter is not None and result.front_matter.data == {"license": "mit"}


def test_a_second_metadata_block_stacked_under_the_first_fills_in_its_keys() -> None:
    text = "---\nlicense: apache-2.0\n---\n---\nlibrary_name: peft\nlicense: mit\nbase_model: /m/Qwen-7B-Chat\n---\n\n# M\n"
    result = frontmatter.split(text)
    assert result.error is None and result.front_matter is not None
    assert result.front_matter.data == {"license": "apache-2.0", "library_name": "peft", "base_model": "/m/Qwen-7B-Chat"}
    assert result.front_matter.locate("base_model") == (7, 1) and result.front_matter.locate("license") == (2, 1)
    assert result.body_start_line == 9 and result.body == "\n# M\n"


@pytest.mark.parametrize(
    "after",
    [
        "---\n# Title\n\nProse.\n---\n",  # a thematic break, then Markdown
        "---\nauthor: me\nnote: hi\n---\n",  # YAML, but no model-card key
        "---\nlicense: mit\n",  # never closed
        "\n\n\n---\nlicense: mit\n---\n",  # too far below the first block
    ],
)
def test_what_follows_the_front_matter_is_body_unless_it_is_a_closed_model_card_block(after: str) -> None:
    text = "---\nlicense: apache-2.0\n---\n" + after
    result = frontmatter.split(text)
    assert result.front_matter is not None and result.front_matter.data == {"license": "apache-2.0"}
    assert result.body_start_line == 4 and result.body == after


@pytest.mark.parametrize("hostile", ["alias-bomb", "oversized", "python-tag"])
def test_a_hostile_second_block_is_left_as_body_and_never_parsed_into_the_front_matter(hostile: str) -> None:
    if hostile == "alias-bomb":
        lines = ["license: mit", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        for index, name in enumerate("bcdefghi"):
            lines.append(f"{name}: &{name} [" + ",".join([f"*{'abcdefghi'[index]}"] * 9) + "]")
        second = "\n".join(lines)
    elif hostile == "oversized":
        second = "license: mit\ntags:\n" + "- x\n" * (frontmatter.MAX_FRONT_MATTER // 4)
    else:
        second = "license: !!python/object/apply:os.system ['echo pwned']\nbase_model: x/y"
    text = "---\nlicense: apache-2.0\n---\n---\n" + second + "\n---\n# M\n"
    result = frontmatter.split(text)
    assert result.error is None and result.front_matter is not None
    data = result.front_matter.data
    assert data["license"] == "apache-2.0"  # the first block always wins; nothing of the second is constructed
    if hostile == "python-tag":
        assert data.get("base_model") == "x/y"
    else:
        assert set(data) == {"license"} and result.body_start_line == 4


def test_a_card_template_s_placeholders_are_read_as_words_not_as_broken_yaml() -> None:
    from openwash.frontmatter import parse_yaml

    parsed = parse_yaml("license: mit\ndatasets:\n  - {{HF_USER}}/door-olfactory-responses\npipeline_tag: tabular-classification\n")
    assert not isinstance(parsed, frontmatter.FrontMatterError)
    data, _ = parsed
    assert data["license"] == "mit" and data["datasets"][0].endswith("/door-olfactory-responses")
    # a real flow mapping that is broken stays an error
    assert isinstance(parse_yaml("license: {mit\n"), frontmatter.FrontMatterError)


def test_a_placeholder_line_of_a_trainer_s_card_template_is_not_broken_yaml() -> None:
    """Replicate's LoRA card template holds a line `[instance_prompt]`, replaced when the card is uploaded."""
    from openwash.frontmatter import parse_yaml

    parsed = parse_yaml("license: other\nlicense_name: stabilityai-ai-community\nbase_model: stabilityai/stable-diffusion-3.5-large\n[instance_prompt]\n")
    assert not isinstance(parsed, frontmatter.FrontMatterError)
    data, positions = parsed
    assert data["license_name"] == "stabilityai-ai-community" and data["base_model"] == "stabilityai/stable-diffusion-3.5-large"
    # a flow sequence that is data, or a placeholder inside a value, is YAML as written
    assert isinstance(parse_yaml("license: mit\n[1, 2\n"), frontmatter.FrontMatterError)


def test_a_hostile_template_is_held_to_the_same_bounds_when_its_placeholders_are_filled(tmp_path: Path) -> None:
    # the retry with placeholders filled (`- {{HF_USER}}/data` is not YAML as written) must not expand what the
    # bounds refuse, nor construct a python object
    chain = ["a0: &a0 [x, x]"] + [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]" for i in range(1, 31)]
    bomb = _error("---\n" + "\n".join(["datasets:", "  - {{HF_USER}}/data", *chain]) + "\n---\n")
    assert "expands to more than" in bomb.message
    sentinel = tmp_path / "owned"
    tagged = frontmatter.split(
        f"---\ndatasets:\n  - {{{{HF_USER}}}}/data\nhook: !!python/object/apply:os.system ['touch {sentinel}']\n---\n"
    )
    assert not sentinel.exists()
    if tagged.front_matter is not None:
        assert tagged.front_matter.data["hook"] == [f"touch {sentinel}"]  # plain data, never an object


def test_an_html_comment_that_opens_the_file_does_not_hide_the_front_matter() -> None:
    """ModelScope's editor writes a comment header (`<!-- * @Author: … -->`) above the card's metadata block."""
    text = "<!--\n * @Description: \n * @Author: someone\n-->\n---\nlicense: apache-2.0\ntasks:\n- sentence-embedding\n---\n# M\n"
    result = frontmatter.split(text)
    assert result.front_matter is not None and result.front_matter.data["license"] == "apache-2.0"
    assert result.front_matter.locate("license") == (6, 1) and result.body_start_line == 10
    # a comment followed by prose, or one that goes on after its end, is not a header
    assert frontmatter.split("<!-- note -->\n# M\n---\nlicense: mit\n---\n").front_matter is None
    assert frontmatter.split("<!-- note --> text\n---\nlicense: mit\n---\n").front_matter is None
