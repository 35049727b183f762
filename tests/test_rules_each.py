"""Every registered rule, through `openwash.cli.main`, on a small repository that triggers it and a near-miss
that does not; prose rules once in English and once in Chinese (simplified, traditional where natural).

Each trigger states the rule, the file and line the finding must point at, and the exit code of
`openwash check --format json` (fail-on=error: 1 when any error finding exists). Each near-miss
differs from a trigger by the one fact the rule is about, and states its exit code too.
`test_every_rule_has_a_trigger_and_a_near_miss` keeps new rules from going untested.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from openwash import cli
from openwash.rules import all_rules

# An Apache-2.0 text as releases ship it (one of the generalisation fixtures holds the standard text).
APACHE = (Path(__file__).parent / "fixtures" / "generalisation" / "github-open-science-full" / "LICENSE").read_text(encoding="utf-8")
MIT = (
    "MIT License\n\nCopyright (c) 2025 Example Labs\n\n"
    "Permission is hereby granted, free of charge, to any person obtaining a copy\n"
    'of this software and associated documentation files (the "Software"), to deal\n'
    "in the Software without restriction, including without limitation the rights\n"
    "to use, copy, modify, merge, publish, distribute, sublicense, and/or sell\n"
    "copies of the Software, and to permit persons to whom the Software is\n"
    "furnished to do so, subject to the following conditions:\n\n"
    "The above copyright notice and this permission notice shall be included in all\n"
    "copies or substantial portions of the Software.\n\n"
    'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\n'
    "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\n"
    "FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\n"
    "AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\n"
    "LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\n"
    "OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\n"
    "SOFTWARE.\n"
)
APACHE_WITH_AUP = APACHE + "\n\nADDITIONAL TERMS\n\nUse of the model weights is subject to our Acceptable Use Policy.\n"
LLAMA2_LIKE = (
    "LLAMA 2 COMMUNITY LICENSE AGREEMENT\nLlama 2 Version Release Date: July 18, 2023\n\n"
    "If, on the Llama 2 version release date, the monthly active users of the products or services made available by "
    "or for Licensee exceed 700 million monthly active users in the preceding calendar month, you must request a "
    "license from Meta.\n"
)
POINTER = "version https://git-lfs.github.com/spec/v1\noid sha256:" + "4d7a" * 16 + "\nsize 4200000000\n"
LFS_WEIGHTS = {"model.safetensors": POINTER, ".gitattributes": "*.safetensors filter=lfs diff=lfs merge=lfs -text\n"}


def card(front: str, body: str, **extra: str | bytes) -> dict[str, str | bytes]:
    """A Hugging Face card (front matter lines, then '# M', a blank line and the body) with LFS weights."""
    return {"README.md": f"---\n{front}\n---\n# M\n\n{body}\n", **LFS_WEIGHTS, **extra}


def readme(body: str, **extra: str | bytes) -> dict[str, str | bytes]:
    """A GitHub README ('# M', a blank line, the body) plus the given files; body starts on line 3."""
    return {"README.md": f"# M\n\n{body}\n", **extra}


# A card that meets every condition of the EU AI Act exemption, and the claim it makes (line 7 of the card).
EU_USAGE = (
    "## Uses\n\nM can be used for chat in English.\n\n## Limitations\n\nM may produce wrong answers.\n\n"
    "## How to use\n\n```bash\npip install acme-m\nacme-m chat --weights model.safetensors\n```"
)
EU_CLAIM = "M is exempt under Art. 53(2) of the EU AI Act."
EU_CLAIM_ZH = "M 符合欧盟《人工智能法案》第53(2)条的开源豁免。"


def eu_card(
    front: str = "license: apache-2.0\npipeline_tag: text-generation", claim: str = EU_CLAIM, usage: str = EU_USAGE, **extra: str | None
) -> dict[str, str | bytes]:
    """An EU-exempt release (Apache-2.0 text, LFS weights, config.json, usage information); `NAME=None` drops a file."""
    files: dict[str, str | bytes | None] = {"LICENSE": APACHE, "config.json": '{"architectures": ["LlamaForCausalLM"]}'}
    files.update(card(front, f"{claim}\n\n{usage}"))
    files.update(extra)
    return {k: v for k, v in files.items() if v is not None}


@dataclass
class Case:
    rule: str
    lang: str  # "en", "zh" (simplified), "zh-hant", or "-" where the rule is not about prose
    files: dict[str, str | bytes]
    where: tuple[str, int] | None  # (path, line) the finding points at; None for a near-miss
    exit_code: int
    links: dict[str, str] = field(default_factory=dict)  # symlinks: name -> target (absolute targets outside)

    @property
    def id(self) -> str:
        return f"{self.rule}-{self.lang}-{'hit' if self.where else 'miss'}"


def hit(rule: str, lang: str, files: dict[str, str | bytes], path: str, line: int, exit_code: int, **kw: Any) -> Case:
    return Case(rule, lang, files, (path, line), exit_code, **kw)


def miss(rule: str, lang: str, files: dict[str, str | bytes], exit_code: int, **kw: Any) -> Case:
    return Case(rule, lang, files, None, exit_code, **kw)


def _index(*shards: str) -> str:
    return json.dumps({"metadata": {"total_size": 1}, "weight_map": {f"layer.{i}": s for i, s in enumerate(shards)}})


CASES: list[Case] = [
    # OW101 open-source claim vs OSAID: Apache weights only, no training code, no data information.
    hit("OW101", "en", card("license: apache-2.0", "M is an open-source model for chat."), "README.md", 6, 1),
    hit("OW101", "zh", card("license: apache-2.0", "M 是一个开源模型，支持中英双语对话。"), "README.md", 6, 1),
    hit("OW101", "zh-hant", card("license: apache-2.0", "M 是一個完全開源的語言模型。"), "README.md", 6, 1),
    miss("OW101", "en", card("license: apache-2.0", "M outperforms open-source models of its size."), 0),
    miss("OW101", "zh", card("license: apache-2.0", "M 的表现超越了同等规模的开源模型。"), 0),
    miss("OW101", "zh-neg", card("license: apache-2.0", "M 不是开源模型，仅开放权重。"), 0),
    miss("OW101", "en-other-project", card("license: apache-2.0", "Llama 2 is an open-source model, but M is not."), 0),
    miss("OW101", "en-appositive", card("license: apache-2.0", "M beats Llama 2, the most popular open-source model."), 0),
    miss("OW101", "zh-yu-xiangbi", card("license: apache-2.0", "与 Llama 2 等开源模型相比，M 的参数更少。"), 0),
    miss("OW101", "zh-duibi", card("license: apache-2.0", "M 与开源模型 Qwen2 的对比如下。"), 0),
    # OW102 open weights vs non-commercial terms.
    hit("OW102", "en", card("license: cc-by-nc-4.0", "M is an open-weights model."), "README.md", 6, 1),
    hit("OW102", "zh", card("license: cc-by-nc-4.0", "M 是一个开放权重的模型。"), "README.md", 6, 1),
    miss("OW102", "en", card("license: apache-2.0", "M is an open-weights model."), 0),
    miss("OW102", "zh", card("license: apache-2.0", "M 是一个开放权重的模型。"), 0),
    # … terms stated in prose without naming a licence, and 'licensed <id>' without 'under'.
    hit("OW102", "en-prose-terms", readme("M is an open-weights model: https://huggingface.co/acme/m\n\nThe weights are for research purposes only and may not be used commercially."), "README.md", 3, 1),
    hit("OW102", "zh-prose-terms", readme("M 是一个开放权重模型：https://huggingface.co/acme/m\n\n本模型权重仅供学术研究使用，不可商用。"), "README.md", 3, 1),
    hit("OW102", "en-licensed-no-under", readme("M is an open-weights model: https://huggingface.co/acme/m\n\nThe weights are licensed CC-BY-NC-4.0."), "README.md", 3, 1),
    # OW103 commercial use promised under non-commercial terms.
    hit("OW103", "en", card("license: cc-by-nc-4.0", "M is free for commercial use."), "README.md", 6, 1),
    hit("OW103", "zh", card("license: cc-by-nc-4.0", "本模型免费商用。"), "README.md", 6, 1),
    miss("OW103", "en", card("license: apache-2.0", "M is free for commercial use."), 0),
    miss("OW103", "zh", card("license: apache-2.0", "本模型免费商用。"), 0),
    # OW104 a prose declaration contradicted by the licence file's rider (OW203 comes along).
    hit("OW104", "en", readme("The model is released under the Apache 2.0 license.", LICENSE=APACHE_WITH_AUP, **LFS_WEIGHTS), "README.md", 3, 1),
    hit("OW104", "zh", readme("本模型采用 Apache 2.0 许可证发布。", LICENSE=APACHE_WITH_AUP, **LFS_WEIGHTS), "README.md", 3, 1),
    miss("OW104", "en", readme("The model is released under the Apache 2.0 license.", LICENSE=APACHE, **LFS_WEIGHTS), 0),
    miss("OW104", "zh", readme("本模型采用 Apache 2.0 许可证发布。", LICENSE=APACHE, **LFS_WEIGHTS), 0),
    # the card's metadata against what the same card says about the model's terms
    # a declaration for the code that the licence file it links agrees with is not contradicted by the weights' file
    miss("OW104", "code-scope", readme("The `source codes` are licensed under [Apache 2.0](LICENSE.apache-2.0) License.", LICENSE=LLAMA2_LIKE, **{"LICENSE.apache-2.0": APACHE}), 0),
    hit("OW104", "card", card("license: apache-2.0", "Use of the model itself remains subject to the Gemma Terms of Use."), "README.md", 2, 1),
    miss("OW104", "card", card("license: apache-2.0", "The code is released under Apache 2.0; see the Gemma Terms of Use for Gemma itself."), 0),
    miss("OW104", "project", readme("The majority of this project is released under the Apache 2.0 license.\n\nThe service is intended for non-commercial use only.", LICENSE=APACHE), 0),
    # OW110 an open-model claim with no weights released or linked: unproven, a warning.
    hit("OW110", "en", readme("M is an open model for chemistry.", LICENSE=APACHE), "README.md", 3, 0),
    hit("OW110", "zh", readme("M 是一个开放模型。", LICENSE=APACHE), "README.md", 3, 0),
    miss("OW110", "en", card("license: apache-2.0", "M is an open model for chemistry."), 0),
    miss("OW110", "zh", card("license: apache-2.0", "M 是一个开放模型。"), 0),
    # OW120 a commercial promise (an OSI licence, 开源可商用) on non-commercial training data (Alpaca: CC BY-NC 4.0).
    hit("OW120", "en", card("license: apache-2.0\ndatasets:\n- tatsu-lab/alpaca", "M is a chat model."), "README.md", 3, 0),
    hit("OW120", "zh", card("license: apache-2.0", "我们使用 alpaca_data_zh 数据进行微调训练。"), "README.md", 6, 0),
    miss("OW120", "en", card("license: cc-by-nc-4.0\ndatasets:\n- tatsu-lab/alpaca", "M is a chat model."), 0),
    miss("OW120", "zh", card("license: apache-2.0\ndatasets:\n- allenai/c4", "我们在 C4 数据上训练。"), 0),
    # OW111 the lone LICENSE is assumed to cover hub weights; stating the weights' licence removes the note.
    hit("OW111", "en", readme("Weights: https://huggingface.co/acme/m", LICENSE=APACHE), "LICENSE", 1, 0),
    hit("OW111", "zh", readme("权重下载：https://huggingface.co/acme/m", LICENSE=APACHE), "LICENSE", 1, 0),
    miss(
        "OW111", "en",
        readme("Weights: https://huggingface.co/acme/m\n\nThe code and the model weights are released under the Apache 2.0 license.", LICENSE=APACHE),
        0,
    ),
    miss("OW111", "zh", readme("权重下载：https://huggingface.co/acme/m\n\n代码和模型权重均采用 Apache 2.0 许可证发布。", LICENSE=APACHE), 0),
    # the repository licence said to cover only the code: nothing is assumed for the weights
    miss("OW111", "code-only", readme("Weights: https://huggingface.co/acme/m\n\nThe license in this repository applies *only to the code not the models*.", LICENSE=APACHE), 0),
    miss("OW111", "code-only-zh", readme("权重下载：https://huggingface.co/acme/m\n\n本仓库的许可证仅适用于代码。", LICENSE=APACHE), 0),
    # OW201 declaration vs licence file: front matter, and a 'License:' line linking the file.
    hit("OW201", "-", card("license: mit", "A model.", LICENSE=LLAMA2_LIKE), "README.md", 2, 1),
    hit("OW201", "en", readme("**License:** [MIT](LICENSE)", LICENSE=LLAMA2_LIKE), "README.md", 3, 1),
    hit("OW201", "zh", readme("许可证：[MIT](LICENSE)", LICENSE=LLAMA2_LIKE), "README.md", 3, 1),
    miss("OW201", "-", card("license: apache-2.0", "A model.", LICENSE=APACHE), 0),
    miss("OW201", "en", readme("**License:** [Apache 2.0](LICENSE)", LICENSE=APACHE), 0),
    miss("OW201", "zh", readme("许可证：[Apache-2.0](LICENSE)", LICENSE=APACHE), 0),
    # … a link after an article, a Chinese suffix on the link text, and a label line without a link; a declaration
    # no more permissive than the file (MIT said, Apache-2.0 shipped) is an inconsistency: a warning, exit 0.
    hit("OW201", "en-article", readme("This project is licensed under the [MIT License](LICENSE).", LICENSE=APACHE), "README.md", 3, 0),
    hit("OW201", "zh-suffix", readme("本项目采用 [MIT 许可证](LICENSE)。", LICENSE=APACHE), "README.md", 3, 0),
    hit("OW201", "en-unlinked", readme("**License:** MIT", LICENSE=APACHE), "README.md", 3, 0),
    # OW105 a claim about the code under a licence that is not open source.
    hit("OW105", "en", readme("Our training code is open source.", LICENSE=LLAMA2_LIKE), "README.md", 3, 1),
    hit("OW105", "zh", readme("我们的训练代码已经开源。", LICENSE=LLAMA2_LIKE), "README.md", 3, 1),
    miss("OW105", "en", readme("Our training code is open source.", LICENSE=MIT), 0),
    miss("OW105", "zh", readme("我们的训练代码已经开源。", LICENSE=MIT), 0),
    # declaring restrictive terms for the code is honest: it does not call the code open source
    miss("OW105", "declared", readme("The code is distributed under the CC BY-NC-SA 4.0 License.", LICENSE=LLAMA2_LIKE), 0),
    # a badge naming a licence openwash does not know, over restrictive code terms, states terms; it calls nothing open source
    miss("OW105", "unknown-badge", readme("![Code License](https://img.shields.io/badge/Code%20License-Microsoft%20Research-red)", LICENSE=LLAMA2_LIKE), 0),
    # a code licence declared for the project's own code holds when the root licence agrees; a bundled component's
    # folder (its own LICENSE, its README's restrictive terms) keeps its own terms
    miss("OW105", "bundled", readme(
        "![Code License](https://img.shields.io/badge/Code%20License-MIT-green.svg)", LICENSE=MIT,
        **{"code/encoder/LICENSE": LLAMA2_LIKE, "code/encoder/README.md": "# Encoder\n\nEncoder code and model weights are released under the CC-BY-NC 4.0 license.\n"},
    ), 0),
    hit("OW105", "not-bundled", readme(
        "![Code License](https://img.shields.io/badge/Code%20License-MIT-green.svg)\n\nThe code may not be used for commercial purposes.",
        LICENSE=MIT,
    ), "README.md", 3, 1),
    # OW106 a claim about the data under a licence that forbids some uses.
    hit("OW106", "en", readme("We open-source the training data.\n\nThe dataset is released under the CC BY-NC 4.0 license."), "README.md", 3, 1),
    hit("OW106", "zh", readme("我们开源了训练数据。\n\n数据集采用 CC BY-NC 4.0 协议。"), "README.md", 3, 1),
    miss("OW106", "en", readme("We open-source the training data.\n\nThe dataset is released under the CC BY 4.0 license."), 0),
    miss("OW106", "zh", readme("我们开源了训练数据。\n\n数据集采用 CC BY 4.0 协议。"), 0),
    # a data licence stated in a sub-folder speaks for that folder's data, not for a claim in the root README
    miss("OW106", "sub-folder", readme("We open-source the training data.", **{"bench/README.md": "# Bench\n\nThe dataset is released under the CC BY-NC 4.0 license.\n"}), 0),
    # OW202 family keys.
    hit("OW202", "-", {"README.md": "---\nlicense: openrail\n---\n# M\n"}, "README.md", 2, 0),
    miss("OW202", "-", {"README.md": "---\nlicense: creativeml-openrail-m\n---\n# M\n"}, 0),
    # OW203 riders on a permissive text, in either language; the line is where the licence text starts.
    hit("OW203", "en", {"LICENSE": MIT + "\nYou may not use the Software for military purposes.\n"}, "LICENSE", 3, 0),
    hit("OW203", "zh", {"LICENSE": MIT + "\n附加条款：不得将本软件用于任何军事用途。\n"}, "LICENSE", 3, 0),
    miss("OW203", "-", {"LICENSE": MIT}, 0),
    # OW204 licence files nobody can identify.
    hit("OW204", "en", {"LICENSE": "Acme Model Terms\n\nYou can use this model as you like, provided you credit Acme.\n"}, "LICENSE", 1, 0),
    hit("OW204", "zh", {"LICENSE": "云雀模型许可\n\n使用本模型时请注明来源。\n"}, "LICENSE", 1, 0),
    miss("OW204", "-", {"LICENSE": MIT}, 0),
    # OW205 a vendor licence called 'open source'.
    hit("OW205", "en", readme("The weights are under an [open-source license](LICENSE-MODEL).", **{"LICENSE-MODEL": LLAMA2_LIKE}), "README.md", 3, 1),
    hit("OW205", "zh", readme("请遵守[开源协议](LICENSE-MODEL)。", **{"LICENSE-MODEL": LLAMA2_LIKE}), "README.md", 3, 1),
    miss("OW205", "en", readme("The code is under an [open-source license](LICENSE).", LICENSE=MIT), 0),
    miss("OW205", "zh", readme("请遵守[开源协议](LICENSE)。", LICENSE=MIT), 0),
    # OW301 a permissive label on a Llama 2 derivative.
    hit("OW301", "-", card("license: apache-2.0\nbase_model: meta-llama/Llama-2-7b-hf", "A fine-tune."), "README.md", 2, 1),
    miss("OW301", "-", card("license: llama2\nbase_model: meta-llama/Llama-2-7b-hf", "A fine-tune."), 0),
    # OW302 base model only in prose.
    hit("OW302", "en", card("license: llama2", "M is fine-tuned from Llama-2-7b on 10k dialogues."), "README.md", 6, 0),
    hit("OW302", "zh", card("license: llama2", "M 基于 Llama-2-7b 微调。"), "README.md", 6, 0),
    hit("OW302", "zh-long", card("license: llama2", "M 基于 Llama-2-7b 在一万条对话上微调。"), "README.md", 6, 0),
    miss("OW302", "en", card("license: llama2\nbase_model: meta-llama/Llama-2-7b-hf", "M is fine-tuned from Llama-2-7b on 10k dialogues."), 0),
    miss("OW302", "zh", card("license: llama2\nbase_model: meta-llama/Llama-2-7b-hf", "M 基于 Llama-2-7b 微调。"), 0),
    # OW303 a base model that resolves to nothing (a local path).
    hit("OW303", "-", card("license: apache-2.0\nbase_model: /root/autodl-tmp/models/qwen", "A fine-tune."), "README.md", 3, 0),
    miss("OW303", "-", card("license: apache-2.0\nbase_model: mistralai/Mistral-7B-v0.1", "A fine-tune."), 0),
    # OW304 metadata and text name different bases.
    hit("OW304", "en", card("license: llama3\nbase_model: meta-llama/Meta-Llama-3-8B", "M is fine-tuned from Qwen2.5-7B on legal text."), "README.md", 7, 0),
    hit("OW304", "zh", card("license: llama3\nbase_model: meta-llama/Meta-Llama-3-8B", "本模型基于 Qwen2.5-7B 进行微调。"), "README.md", 7, 0),
    miss("OW304", "en", card("license: llama3\nbase_model: meta-llama/Meta-Llama-3-8B", "M is fine-tuned from Meta-Llama-3-8B on legal text."), 0),
    miss("OW304", "zh", card("license: llama3\nbase_model: meta-llama/Meta-Llama-3-8B", "本模型基于 Meta-Llama-3-8B 进行微调。"), 0),
    # OW401 / OW402 / OW408 sharded-weight indexes.
    hit("OW401", "-", {"model.safetensors.index.json": _index("a-1.safetensors", "a-2.safetensors"), "a-1.safetensors": POINTER}, "model.safetensors.index.json", 1, 1),
    miss("OW401", "-", {"model.safetensors.index.json": _index("a-1.safetensors", "a-2.safetensors"), "a-1.safetensors": POINTER, "a-2.safetensors": POINTER}, 0),
    hit("OW402", "-", {"w/model.safetensors.index.json": _index("../../outside.safetensors")}, "w/model.safetensors.index.json", 1, 1),
    miss("OW402", "-", {"w/model.safetensors.index.json": _index("sub/in.safetensors"), "w/sub/in.safetensors": POINTER}, 0),
    # A shard outside the index's folder but inside the repository: loaders resolve shards against the index's folder.
    hit("OW402", "folder", {"w/model.safetensors.index.json": _index("../outside.safetensors"), "outside.safetensors": POINTER}, "w/model.safetensors.index.json", 1, 1),
    hit("OW408", "-", {"pytorch_model.bin.index.json": "{\"weight_map\": [1, 2]}"}, "pytorch_model.bin.index.json", 1, 0),
    miss("OW408", "-", {"pytorch_model.bin.index.json": _index("pytorch_model-1.bin"), "pytorch_model-1.bin": POINTER}, 0),
    # OW403 / OW409 LFS pointers; OW406 stale LFS patterns.
    hit("OW403", "-", {"model.bin": "version https://git-lfs.github.com/spec/v1\noid md5:abc\nsize 10\n", ".gitattributes": "*.bin filter=lfs -text\n"}, "model.bin", 2, 0),
    miss("OW403", "-", {"model.bin": POINTER, ".gitattributes": "*.bin filter=lfs -text\n"}, 0),
    hit("OW409", "-", {"model.bin": POINTER}, "model.bin", 1, 0),
    miss("OW409", "-", {"model.bin": POINTER, ".gitattributes": "*.bin filter=lfs diff=lfs merge=lfs -text\n"}, 0),
    hit("OW406", "-", {"model.bin": POINTER, ".gitattributes": "*.bin filter=lfs -text\n*.gguf filter=lfs -text\n"}, ".gitattributes", 2, 0),
    miss("OW406", "-", {"model.bin": POINTER, "m.gguf": POINTER, ".gitattributes": "*.bin filter=lfs -text\n*.gguf filter=lfs -text\n"}, 0),
    # OW404 a safetensors header longer than the file.
    hit("OW404", "-", {"model.safetensors": struct.pack("<Q", 999) + b"{}"}, "model.safetensors", 1, 0),
    miss("OW404", "-", {"model.safetensors": struct.pack("<Q", 2) + b"{}"}, 0),
    # OW405 every download route behind a request form, in either language.
    hit("OW405", "en", readme("## Download\n\nFill in the request form, then download the weights from https://huggingface.co/acme/m", LICENSE=APACHE), "README.md", 5, 0),
    hit("OW405", "zh", readme("## 模型下载\n\n请先填写申请表，审核通过后从 https://modelscope.cn/models/acme/m 下载权重。", LICENSE=APACHE), "README.md", 5, 0),
    miss("OW405", "en", readme("## Download\n\nDownload the weights from https://huggingface.co/acme/m", LICENSE=APACHE), 0),
    miss("OW405", "zh", readme("## 模型下载\n\n从 https://modelscope.cn/models/acme/m 下载权重。", LICENSE=APACHE), 0),
    # OW407 a symlink leaving the repository.
    hit("OW407", "-", {"README.md": "# M\n"}, "pytorch_model.bin", 1, 0, links={"pytorch_model.bin": "/etc/hostname"}),
    miss("OW407", "-", {"README.md": "# M\n", "real.bin": POINTER}, 0, links={"pytorch_model.bin": "real.bin"}),
    # OW501 / OW502 licence metadata.
    hit("OW501", "-", {"README.md": "---\nlanguage: en\nlicense: other\n---\n# M\n"}, "README.md", 3, 0),
    miss("OW501", "-", {"README.md": "---\nlicense: other\nlicense_name: acme\nlicense_link: LICENSE\n---\n# M\n", "LICENSE": "Acme terms\n"}, 0),
    hit("OW502", "-", {"README.md": "---\nlicense: other\nlicense_name: acme\nlicense_link: LICENSE.md\n---\n# M\n"}, "README.md", 4, 0),
    hit("OW502", "en", card("license: mit", "See the [license](LICENSE-MODEL) for the terms of the weights."), "README.md", 6, 0),
    miss("OW502", "en", card("license: mit", "See the [license](LICENSE-MODEL) for the terms of the weights.", **{"LICENSE-MODEL": MIT}), 0),
    hit("OW502", "zh", card("license: mit", "模型权重的使用条款见[许可证](LICENSE-MODEL)。"), "README.md", 6, 0),
    miss("OW502", "zh", card("license: mit", "模型权重的使用条款见[许可证](LICENSE-MODEL)。", **{"LICENSE-MODEL": MIT}), 0),
    # OW503 the card template's placeholder (an English template; there is no Chinese one on the Hub).
    hit("OW503", "en", card("license: mit", "## Training Data\n\n[More Information Needed]"), "README.md", 8, 0),
    miss("OW503", "en", card("license: mit", "## Training Data\n\n1.2T tokens of public web text."), 0),
    # OW504 / OW505 front matter that cannot be read, or a licence that is not a string.
    hit("OW504", "-", {"README.md": "---\nlicense: mit\nlicense: apache-2.0\n---\n# M\n"}, "README.md", 3, 1),
    miss("OW504", "-", {"README.md": "---\nlicense: mit\n---\n# M\n"}, 0),
    # a documentation page's front matter is the site generator's, not metadata the Hub reads
    miss("OW504", "docs-page", {"README.md": "# M\n", "docs/en/train.md": "---\ndescription: Trainer: a tool: for training\n---\n# Train\n"}, 0),
    hit("OW505", "-", {"README.md": "---\nlicense: 2.0\n---\n# M\n"}, "README.md", 2, 1),
    miss("OW505", "-", {"README.md": "---\nlicense: '2.0'\nlicense_name: acme\n---\n# M\n"}, 0),
    # OW506 an inline suppression that names no rule (it suppresses nothing); OW507 one the configuration refuses.
    hit("OW506", "-", card("license: mit", "<!-- openwash: ignore -->\n[More Information Needed]"), "README.md", 6, 0),
    miss("OW506", "-", card("license: mit", "<!-- openwash: ignore OW503 -->\n[More Information Needed]"), 0),
    hit("OW507", "-", {**card("license: mit", "<!-- openwash: ignore OW503 -->\n[More Information Needed]"),
                       ".openwash.yml": "inline-suppressions: false\n"}, "README.md", 6, 0),
    miss("OW507", "-", card("license: mit", "<!-- openwash: ignore OW503 -->\n[More Information Needed]"), 0),
    # OW508 a licence's name where a Hub key belongs.
    hit("OW508", "-", {"README.md": "---\nlicense: Apache License 2.0\n---\n# M\n"}, "README.md", 2, 0),
    miss("OW508", "-", {"README.md": "---\nlicense: apache-2.0\n---\n# M\n"}, 0),
    # OW510 nothing to check: no model card or README (a warning, so exit 0).
    hit("OW510", "-", {"LICENSE": MIT, **LFS_WEIGHTS}, ".", 1, 0),
    miss("OW510", "-", {"LICENSE": MIT, "README.md": "# M\n\nA small model.\n", **LFS_WEIGHTS}, 0),
    # OW601-OW609 the EU AI Act exemption claimed (line 7), condition by condition.
    hit("OW601", "en", eu_card("license: cc-by-nd-4.0\npipeline_tag: text-generation", LICENSE=None), "README.md", 7, 1),
    hit("OW601", "zh", eu_card("license: cc-by-nd-4.0\npipeline_tag: text-generation", claim=EU_CLAIM_ZH, LICENSE=None), "README.md", 7, 1),
    miss("OW601", "en", eu_card(), 0),
    hit("OW602", "en", eu_card("license: llama3.1\npipeline_tag: text-generation", LICENSE=None), "README.md", 7, 1),
    hit("OW602", "zh", eu_card("license: llama3.1\npipeline_tag: text-generation", claim=EU_CLAIM_ZH, LICENSE=None), "README.md", 7, 1),
    miss("OW602", "en", eu_card(), 0),
    miss("OW602", "en-negated", eu_card("license: llama3.1\npipeline_tag: text-generation", claim="M is not exempt under Art. 53(2) of the EU AI Act.", LICENSE=None), 0),
    hit("OW603", "en", eu_card("license: llama2\npipeline_tag: text-generation", LICENSE=None), "README.md", 7, 1),
    miss("OW603", "en-rail", eu_card("license: creativeml-openrail-m\npipeline_tag: text-to-image", LICENSE=None), 0),
    hit("OW604", "en", readme("M is available only through our API. M is open source under the EU AI Act.\n\n" + EU_USAGE.replace("pip install acme-m", "curl https://api.acme.example/v1/chat"), LICENSE=APACHE), "README.md", 3, 1),
    miss("OW604", "en", eu_card(), 0),
    hit("OW605", "en", eu_card("license: apache-2.0\npipeline_tag: text-generation\nextra_gated_fields:\n  Name: text\n  Email: text"), "README.md", 10, 1),
    miss("OW605", "en", eu_card(), 0),
    hit("OW606", "en", readme(EU_CLAIM + "\n\n" + EU_USAGE, LICENSE=APACHE), "README.md", 3, 1),
    miss("OW606", "en", eu_card(), 0),
    hit("OW607", "en", eu_card(usage="## Uses\n\nM can be used for chat in English."), "README.md", 7, 1),
    miss("OW607", "en", eu_card(), 0),
    hit("OW608", "en", eu_card(usage=EU_USAGE + "\n\nM was trained with 3.8 × 10^25 FLOPs."), "README.md", 7, 1),
    hit("OW608", "en-note", eu_card(claim="M is an open-source model.", usage=EU_USAGE + "\n\nM was trained with 3.8e25 FLOPs."), "README.md", 24, 1),
    miss("OW608", "en", eu_card(usage=EU_USAGE + "\n\nM was trained with 2 × 10^23 FLOPs."), 0),
    miss("OW608", "en-threshold", eu_card(claim="M is an open-source model.", usage=EU_USAGE + "\n\nM stays below the 10^25 FLOPs threshold."), 1),
    hit("OW609", "en", eu_card(), "README.md", 7, 0),
    miss(
        "OW609", "en",
        eu_card(usage=EU_USAGE + "\n\n## Copyright policy\n\nSee https://acme.example/copyright. The [public summary of training content](https://acme.example/summary) follows the template."),
        0,
    ),
    # OW701-OW707 duties a release inherits.
    hit("OW701", "-", card("license: apache-2.0", "A model."), "README.md", 2, 0),
    miss("OW701", "-", card("license: apache-2.0", "A model.", LICENSE=APACHE), 0),
    miss("OW701", "-cc", card("license: cc-by-4.0", "A model."), 0),
    hit("OW702", "en", readme("Attribution notices are in the NOTICE file.", LICENSE=APACHE), "README.md", 3, 0),
    miss("OW702", "en", readme("Attribution notices are in the NOTICE file.", LICENSE=APACHE, NOTICE="Acme M\nCopyright 2025 Acme\n"), 0),
    hit("OW703", "-", {"LICENSE": MIT.replace("Copyright (c) 2025 Example Labs", "Copyright (c) <year> <copyright holders>")}, "LICENSE", 3, 0),
    hit("OW703", "-none", {"LICENSE": MIT.replace("Copyright (c) 2025 Example Labs\n\n", "")}, "LICENSE", 1, 0),
    miss("OW703", "-", {"LICENSE": MIT}, 0),
    hit("OW704", "-", card("license: llama3.1\nbase_model: meta-llama/Llama-3.1-8B-Instruct", "A fine-tune."), "README.md", 3, 0),
    miss("OW704", "-", card("license: llama3.1\nbase_model: meta-llama/Llama-3.1-8B-Instruct", "A fine-tune. Built with Llama."), 0),
    hit("OW705", "-", card("license: llama3.1\nbase_model: meta-llama/Llama-3.1-8B-Instruct", "A fine-tune. Built with Llama."), "README.md", 5, 0),
    miss(
        "OW705", "-",
        {**LFS_WEIGHTS, "README.md": "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n---\n# Llama-3.1-M\n\nA fine-tune. Built with Llama.\n"},
        0,
    ),
    hit("OW706", "-", card("license: apache-2.0\nbase_model: google/gemma-2-9b", "A fine-tune."), "README.md", 3, 1),
    hit("OW706", "-named", card("license: gemma\nbase_model: google/gemma-2-9b", "A fine-tune."), "README.md", 3, 0),
    miss(
        "OW706", "-",
        card("license: gemma\nbase_model: google/gemma-2-9b", "A fine-tune.", NOTICE="Gemma is provided under and subject to the Gemma Terms of Use found at ai.google.dev/gemma/terms\n"),
        0,
    ),
    hit("OW707", "-", card("license: mit\nbase_model: runwayml/stable-diffusion-v1-5", "A fine-tune."), "README.md", 3, 1),
    miss("OW707", "-", card("license: creativeml-openrail-m\nbase_model: runwayml/stable-diffusion-v1-5", "A fine-tune."), 0),
    # OW901 a licence file that is binary.
    hit("OW901", "-", {"README.md": "# M\n", "LICENSE": b"\x00\x01\x02binary\x00" * 10}, "LICENSE", 1, 0),
    miss("OW901", "-", {"README.md": "# M\n", "LICENSE": MIT}, 0),
]


def check(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = cli.main(["check", str(root), "--format", "json"])
    report: dict[str, Any] = json.loads(capsys.readouterr().out)
    return code, report


def rules_at(report: dict[str, Any], rule_id: str) -> list[tuple[str, int]]:
    return [(f["path"], f["line"]) for f in report["findings"] if f["rule"] == rule_id]


def build(make_repo: Any, case: Case) -> Path:
    root: Path = make_repo(case.files)
    for name, target in case.links.items():
        os.symlink(target, root / name)
    return root


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_trigger_and_near_miss(case: Case, make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = check(build(make_repo, case), capsys)
    found = rules_at(report, case.rule)
    if case.where is None:
        assert found == [], f"near-miss triggered {case.rule}: {report['findings']}"
    else:
        assert found == [case.where], f"{case.rule}: {report['findings']}"
    assert code == case.exit_code, report["findings"]


def test_every_rule_has_a_trigger_and_a_near_miss() -> None:
    ids = {r.id for r in all_rules()}
    triggered = {c.rule for c in CASES if c.where}
    missed = {c.rule for c in CASES if c.where is None}
    assert ids - triggered == set(), "rules without a trigger"
    assert ids - missed == set(), "rules without a near-miss"
    assert {c.rule for c in CASES} <= ids


# Rules about prose must be tested in both languages.
PROSE_RULES = ("OW101", "OW102", "OW103", "OW104", "OW105", "OW106", "OW110", "OW111", "OW201", "OW203", "OW204", "OW205", "OW302", "OW304", "OW405")


@pytest.mark.parametrize("rule_id", PROSE_RULES)
def test_prose_rules_are_triggered_in_english_and_chinese(rule_id: str) -> None:
    langs = {c.lang for c in CASES if c.rule == rule_id and c.where}
    assert "en" in langs and "zh" in langs


# --- what the rules miss: strict xfails with a diagnosis (the lead fixes the source) ------------------

KNOWN_GAPS: list[tuple[Case, str]] = [
]


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, id=c.id, marks=pytest.mark.xfail(strict=True, reason=why)) for c, why in KNOWN_GAPS],
)
def test_known_rule_gaps(case: Case, make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = check(build(make_repo, case), capsys)
    assert rules_at(report, case.rule) == ([case.where] if case.where else []), report["findings"]
    assert code == case.exit_code


def test_unknown_hub_id_is_one_note_saying_so(make_repo: Any) -> None:
    from openwash import engine

    card = "---\nbase_model: acme-labs/acme-base-7b\n---\n# M\n\nFine-tuned from acme-labs/acme-base-7b.\n"
    root = make_repo({"README.md": card, "docs/README.md": "# Docs\n\nFine-tuned from acme-labs/acme-base-7b.\n"})
    notes = [f for f in engine.check(root).findings if f.rule == "OW303"]
    assert len(notes) == 1 and notes[0].severity == "note"
    assert "knowledge base does not list" in notes[0].message


def test_unproven_data_claim_asks_for_the_data_licence_not_the_weights(make_repo: Any) -> None:
    from openwash import engine

    root = make_repo({"README.md": "# Acme-7B\n\nOur training data is open source.\n"})
    (finding,) = [f for f in engine.check(root).findings if f.rule == "OW110"]
    assert "data's licence" in finding.remediation and "weights" not in finding.remediation
