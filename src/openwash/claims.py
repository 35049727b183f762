"""Openness claims in prose (English and Chinese), front matter and badges.

`extract(doc)` returns the claims one document makes about the release, each with its
file, line and column, the words as written, what they are about (`subject`) and which
definition the wording implies (`profile`). `extract_all(docs)` numbers them C1, C2, …
in document order. Whether a claim is backed is decided later, by `profiles`.

The scanner works line by line on precompiled patterns and is deliberately conservative:
a phrase is a claim only when it puts *this* release inside the category. Negations,
quotations (code, block quotes, system prompts), comparisons ("outperforms open-source
models"), mentions of other projects ("built on open-source libraries") and licence
names that contain "open" are not claims. `docs/claims.md` documents every kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from openwash.documents import (
    ADAPTER_CONFIG,
    CARD,
    LICENSE,
    NOTICE,
    PACKAGE,
    USE_POLICY,
    Document,
)
from openwash.lazyre import lazy_compile, regex
from openwash.model import Claim

# --------------------------------------------------------------------------- kinds

CLAIM_KINDS: dict[str, str] = {
    "open-source": (
        '"open source", "open-source model/LLM/AI", "we open-sourced …", "开源(了)…": the release '
        "(or, with subject `code`, its code) is open source. Profile `osaid` for a model, "
        "`code-license` for code, `data-license` for data."
    ),
    "fully-open": (
        '"fully open", "truly open", "completely open(-source)", "完全开源", "全面开源", "全部开源": '
        "every part is open. Profile `osaid` (the strongest reading)."
    ),
    "open-weights": (
        '"open weights", "open-weight(s) model", "开放权重", "权重开放": the weights are '
        "downloadable and usable by anyone. Profile `open-weights`."
    ),
    "open-model": (
        '"open model", "open language model", "open LLM", "开放模型": open *access* to a model '
        "usable by anyone. Profile `open-weights`."
    ),
    "openly-released": (
        '"openly releasing", "open release", "principles of openness": the model is released for '
        "anyone to use, study and build on. Profile `open-weights`."
    ),
    "open-access": (
        '"open access and available to all", "freely available", "openly available", "checkpoints … '
        'included for transparency": anyone can get the artifacts. Says nothing about the licence '
        "terms. Profile `open-access` (obtainable without a gate)."
    ),
    "open-science": '"open science", "开放科学": everything needed to reproduce is public. Profile `osaid`.',
    "commercial-use": (
        '"free for commercial use", "licensed for commercial use", "commercially usable", '
        '"开源可商用", "免费商用", "允许商用": the terms allow commercial use. Profile `commercial-use`.'
    ),
    "open-license-term": (
        'a licence called open: "open-source licence", "permissive licence", "开源协议", '
        '"开源许可". Profile `license` (the named licence must be open).'
    ),
    "license-declaration": (
        "a declared licence: front matter `license:`/`license_name`/`license_link`, a licence "
        'badge, or prose such as "released under the MIT License", "本项目采用 Apache 2.0 许可证". '
        "`value` holds the licence as written. Profile `license` (the licence files must agree)."
    ),
}

# Which definition a kind implies; `open-source`/`fully-open` depend on the subject.
KIND_PROFILE: dict[str, str] = {
    "open-source": "osaid",
    "fully-open": "osaid",
    "open-weights": "open-weights",
    "open-model": "open-weights",
    "openly-released": "open-weights",
    "open-access": "open-access",
    "open-science": "osaid",
    "commercial-use": "commercial-use",
    "open-license-term": "license",
    "license-declaration": "license",
}
SUBJECT_PROFILE = {"code": "code-license", "data": "data-license"}
# A licence text calling itself open ("This Agreement is an open-source license") is the
# licensor's wording, not the release's claim: reported, judged as a note on the licence.
LICENSE_SELF_PROFILE = "license-self"

SUBJECTS = ("model", "weights", "code", "data", "unclear")

# Bounds on work per document: claims live in prose lines, not in megabyte-long ones.
MAX_LINE_CHARS = 4000
MAX_CLAIMS_PER_DOC = 1000
# Characters of the lines holding a claim word that are scanned, per document (shared corpus maximum:
# 21 KB); past it, a report note names the line reading stopped at.
MAX_SCANNED_CHARS = 256 * 1024
MAX_SCANNED_LINES = 2_000  # lines scanned for claims, per document (shared corpus maximum: 92)
_WINDOW = 80  # characters looked at before/after a phrase for context cues

# Documents whose words are not statements about the release.
_SKIP_KINDS = frozenset({PACKAGE, ADAPTER_CONFIG})
# Licence texts describe a licence: only "this licence is open source" counts there.
_LICENSE_TEXT_KINDS = frozenset({LICENSE, USE_POLICY, NOTICE})


# --------------------------------------------------------------------------- lexicon

_EN_CODE = frozenset(
    "code codes codebase implementation implementations script scripts pipeline pipelines "
    "repository repo toolkit sdk library framework package software tool tooling app".split()
)
_EN_WEIGHTS = frozenset("weights weight checkpoints checkpoint parameters params adapter adapters lora".split())
_EN_MODEL = frozenset(
    "model models llm llms lm lms ai chatbot chatbots assistant assistants release releases version "
    "variant variants vlm vlms slm slms mllm mllms agent agents system systems network networks "
    "sota state-of-the-art transformer alternative".split()
)
_EN_DATA = frozenset("data dataset datasets corpus corpora benchmark benchmarks annotations".split())
# Plural heads: "open-source models" names a category the sentence compares against.
_EN_PLURAL_MODEL = frozenset(
    "models llms lms chatbots assistants systems alternatives counterparts releases vlms slms mllms agents networks".split()
)
# Heads that name other people's things: "open-source community/projects/libraries".
_EN_MENTION = frozenset(
    "community communities ecosystem ecosystems project projects libraries frameworks tools "
    "world movement contributors developers efforts effort initiative "
    "initiatives licenses licences leaderboard hub platform platforms repos repositories "
    "packages tutorial tutorials guidelines conduct program programs programme spirit "
    "counterparts peers competitors rivals baselines space landscape friends enthusiasts "
    "researchers users maintainers organizations organisations companies definition definitions "
    "datasets corpora data corpus".split()
)
# Code heads that are someone else's unless the sentence says "our/this".
_EN_OWNED_ONLY = frozenset("library framework package software tool toolkit sdk app repository repo".split())
_EN_DATA_OWNED_ONLY = frozenset("dataset".split())
# Words that end the noun phrase after an adjective.
_EN_NP_STOP = frozenset(
    "for of in on with by that which who whose is are was were be to from under as at than "
    "developed trained built based focused designed released available licensed created made "
    "using used via like such including and or but while".split()
)
_EN_DETERMINERS = frozenset("the a an our its their this these all both my your his her whole entire full".split())

_ZH_CODE = lazy_compile(r"代码|代碼|源码|源碼|脚本|腳本|程序|程式|实现|實現|工具|框架|仓库代码|倉庫代碼")
_ZH_WEIGHTS = lazy_compile(r"权重|權重|参数|參數|检查点|檢查點|checkpoint", re.IGNORECASE)
_ZH_MODEL = lazy_compile(r"模型|大模型|LLM|AI|对话|對話|机器人|機器人|助手|版本", re.IGNORECASE)
_ZH_DATA = lazy_compile(r"数据|數據|语料|語料|资料|資料")
# "开源项目/社区/语料/…": someone else's open-source things.
_ZH_MENTION = lazy_compile(
    r"^[的地]?\s*(?:项目|項目|社区|社區|社群|生态|生態|软件|軟件|軟體|工具|框架|库|庫|语料|語料|数据|數據|"
    r"界|世界|精神|运动|運動|贡献者|貢獻者|开发者|開發者|爱好者|愛好者|教程|平台|方案|工作|实现|實現|中英文|"
    r"代码库|代碼庫|项目们|许可证们)"
)

# --------------------------------------------------------------------------- cues

_CLAUSE_BREAK = lazy_compile(r"[;!?()|\n，。；！？：（）、—]|[.:](?=\s|$)|,\s|\s-\s|\s–\s")
# A Chinese noun phrase runs on over "、" (coordinated modifiers) up to the clause end.
_ZH_PHRASE_END = lazy_compile(r"[，。；！？,;!?()（）|\n]|[.:](?=\s|$)")
_EN_NEGATION = lazy_compile(
    r"\b(?:not|never|no|non|neither|nor|without|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|"
    r"didn'?t|cannot|can'?t|won'?t|instead\s+of|rather\s+than|no\s+longer|yet\s+to|far\s+from|"
    r"prohibit\w*|forbid\w*|disallow\w*|restrict\w*|exclud\w*|except)\b|\bnon-\s*$",
    re.IGNORECASE,
)
_EN_NOT_ONLY = lazy_compile(r"\bnot\s+only\b", re.IGNORECASE)
_EN_COMPARISON = lazy_compile(
    r"\b(?:outperform\w*|surpass\w*|beat|beats|beating|exceed\w*|than|compar\w*|versus|vs\.?|"
    r"relative\s+to|rival\w*|on\s+par|competitive|competes?|competing|against|other|another|"
    r"existing|previous|prior|like|unlike|similar\s+to|close\s+the\s+gap|gap\s+(?:between|with))\b",
    re.IGNORECASE,
)
_EN_MENTION_BEFORE = lazy_compile(
    r"\b(?:built|based|relies|relying|rely|depends?|depending|thanks|powered|adapted|derived|"
    r"borrowed|forked|inspired|uses?|using|leverag\w*|via|from|integrat\w*|compatible|"
    r"trained\s+on|fine-?tuned\s+on|atop|upon|contribut\w*|welcome|invite|join)\b",
    re.IGNORECASE,
)
_EN_SELF = lazy_compile(
    r"\b(?:our|ours|we|us|its|itself|their\s+own|this|these|one\s+of|(?:a|the)\s+(?:family|series|suite|"
    r"collection|set|line|range)\s+of|among)\b|\w['’]s\s+(?:[\w-]+\s+){0,3}$|^\s*[\w.\- ]{1,60}[:：]\s*$",
    re.IGNORECASE,
)
_EN_PREDICATE_BEFORE = lazy_compile(
    r"\b(?:is|are|was|were|be|been|being|as|remains?|stays?|become|becomes|became|goes|went|"
    r"fully|now|also|entirely|completely|totally|truly|100%)\s*$",
    re.IGNORECASE,
)
_EN_VERB_BEFORE = lazy_compile(
    r"\b(?:we|i|they|team|authors|to|will|shall|and|have|has|had|also|proudly|finally|now|"
    r"officially|hereby)\s*$",
    re.IGNORECASE,
)
_EN_SCOPED_OPEN = lazy_compile(
    r"^\s*(?:\*\*|__)?\s*(?:for|to)\s+(?:academic|research|researchers|non-?commercial|personal|"
    r"educational|evaluation|scientific|internal|contributions|feedback|suggestions|collaboration|"
    r"discussion|interpretation)",
    re.IGNORECASE,
)
_ZH_NEGATION = lazy_compile(r"(?:[不非未没無无沒別别勿]|尚未|並未|并未|不是|并非|並非)(?:[^不非未没無无沒]{0,4})$")
_ZH_NEGATION_SAFE = lazy_compile(r"无需|無需|无须|無須|不需|不用|不仅|不僅|不只|不但|非常|无论|無論")
_ZH_COMPARISON = lazy_compile(
    r"超越|超過|超过|优于|優於|好于|好於|媲美|比肩|对比|對比|相比|比较|比較|胜过|勝過|领先于|領先於|击败|擊敗|"
    r"逼近|接近|当前|當前|现有|現有|目前的|其他|其它|主流|同类|同類|同等|同规模|同規模|同尺寸|众多|眾多|诸多|"
    r"諸多|各种|各種|已有|一众|一眾|大多数|大多數|所有|多个|多個|许多|許多|一些|基于|基於|使用|利用|借助|依托|"
    r"感谢|感謝|参考|參考|类似|類似|达到|達到"
)
_ZH_SELF = lazy_compile(r"我们|我們|本项目|本項目|本仓库|本倉庫|本模型|本团队|本團隊|此模型|该模型|該模型|我司")
_ZH_VERB_AFTER = lazy_compile(r"^\s*(?:了|出|发布|發布|出来|出來|给|給|至|到|于|於|化|\s*[A-Za-z0-9])")
_ZH_VERB_BEFORE = lazy_compile(r"(?:已经|已經|已|将|將|会|會|正式|全面|完全|全部|均|都|也|并|並|还|還|率先|首次|首个|陆续|陸續|同步|同时|同時|决定|決定|宣布|选择|選擇|我们|我們|本项目|本項目|本仓库|本倉庫)\s*$")

# --------------------------------------------------------------------------- patterns

_OS_EN = lazy_compile(r"\bopen[\s-]?sourc(?:e[ds]?|ing)\b(?![.\w-]*@)", re.IGNORECASE)
_FULLY_EN = lazy_compile(
    r"\b(?:fully|truly|completely|totally|entirely|genuinely|100\s?%)[\s-]+open\b(?:[\s-]?sourc(?:ed|e)\b)?",
    re.IGNORECASE,
)
_OPEN_WEIGHTS_EN = lazy_compile(
    r"\bopen[\s-]?weights?\b|\bweights\s+(?:are|is)\s+(?:now\s+)?(?:fully\s+|freely\s+)?open\b(?!\s*-)",
    re.IGNORECASE,
)
_NOT_MODIFIER = (
    r"(?!(?:the|a|an|your|our|this|that|these|those|it|its|in|on|with|to|of|and|or|for|source|sourced|"
    r"sources|weights?|up|new|more|any|all|model|models|llm|llms)\b)"
)
_OPEN_MODEL_EN = lazy_compile(
    r"\bopen\s+(?:" + _NOT_MODIFIER + r"[A-Za-z][\w-]*\s+){0,3}"
    r"(?:(?:language|foundation|ai|base|chat|reasoning|embedding|vision|multimodal)\s+)?(?:models?|llms?)\b",
    re.IGNORECASE,
)
_LICENSE_NAME_AFTER = lazy_compile(
    r"^\s*(?:licen[cs]e|agreement|initiative|leaderboard|hub|license\s+agreement|program|framework|tool)\b",
    re.IGNORECASE,
)
_OPENLY_EN = lazy_compile(
    r"\bopenly\s+(?:releas\w*|available|shar\w*|licen[cs]ed|publish\w*|distribut\w*|accessible|downloadable)\b|"
    r"\b(?:releas(?:e|ed|es|ing)|made|make|making|shar(?:e|ed|ing)|publish(?:ed|ing)?)\s+(?:[\w-]+\s+){0,3}?openly\b|"
    r"\bopen\s+release\b|\bprinciples?\s+of\s+openness\b|\bcommit(?:ment|ted)\s+to\s+openness\b|"
    r"\bopen\s+access\b|\bfreely\s+(?:available|accessible|downloadable)\b|\bavailable\s+to\s+(?:all|everyone|anyone)\b|"
    r"\b(?:included|released|provided|published|shared)\s+for\s+(?:full\s+)?transparency\b",
    re.IGNORECASE,
)
_OPEN_SCIENCE_EN = lazy_compile(r"\bopen[\s-]science\b", re.IGNORECASE)
_FULL_SOURCE_EN = lazy_compile(r"\b(?:full|complete|entire)\s+source\s+code\b", re.IGNORECASE)
_PERMISSIVE_EN = lazy_compile(r"\bpermissive(?:ly)?\s+licen[cs](?:e|ed)\b|\bpermissive\s+(?:\w+\s+)?licen[cs]e\b", re.IGNORECASE)

_COMMERCIAL_EN = lazy_compile(
    r"\b(?:free(?:ly)?(?:\s+available)?|available|licen[cs]ed|approved|permitted|allowed|ok|okay|suitable|"
    r"usable|ready|open|granted)\s+for\s+(?:both\s+)?(?:[\w-]+\s+(?:and|&|or)\s+)?commercial\s+"
    r"(?:use|usage|purposes?|applications?|deployments?|products?|entities|settings?|projects?|and)\b|"
    r"\bcommercial(?:ly)?\s+(?:use|usage)\s+(?:is\s+|are\s+)?(?:also\s+|fully\s+)?(?:permitted|allowed|possible|"
    r"supported|granted|ok|okay|free|welcome)\b|"
    r"\bcommercially\s+(?:usable|viable|available|friendly|permissive)\b|"
    r"\b(?:use|used|using|deploy|deployed|redistribute\w*)\b[^.;:]{0,60}?\b(?:commercially|for\s+commercial\s+"
    r"(?:use|purposes?|applications?|products?))\b|"
    r"\bincluding\s+commercial(?:ly|\s+use\b|\s+purposes\b|\s+applications\b)|"
    r"\bfree\s+(?:for\s+)?commercial\s+(?:use|usage)\b|"
    r"\b(?:enabl\w+|allow\w*|permit\w*|support\w*)\s+(?:both\s+)?(?:[\w-]+\s+){0,2}(?:and\s+|&\s+)?commercial\s+"
    r"(?:use|usage|applications?|purposes?|deployments?|products?)\b",
    re.IGNORECASE,
)

_OS_ZH = lazy_compile(r"开源|開源")
# Japanese: katakana loanwords, negated after the phrase ("…ではありません"), nouns after "の".
_OS_JA = lazy_compile(r"オープン[・･]?ソース")
_OPEN_WEIGHTS_JA = lazy_compile(r"オープン[・･]?ウェイト|(?:重み|ウェイト)(?:を|は|も)?オープン")  # 公開 ("published") is access, as in Chinese
_JA_NEGATED_AFTER = lazy_compile(r"^[^。！？\n]{0,40}?(?:ではない|ではありません|ではなく|じゃない|でない|ではございません|しておりません|していません|しません)")
_JA_NOT_OURS_AFTER = lazy_compile(r"^の?\s*(?:ライセンス|コミュニティ|プロジェクト|ソフトウェア|ツール|ライブラリ|データセット|モデル群|各種)")
_JA_SUBJECTS = (
    ("weights", lazy_compile(r"重み|ウェイト|パラメータ")),
    ("model", lazy_compile(r"モデル|LLM|言語モデル")),
    ("code", lazy_compile(r"コード|ソースコード|実装")),
    ("data", lazy_compile(r"データ")),
)
_OPEN_SOURCE_LICENSE_EN = lazy_compile(r"\bopen[\s-]?source[\s-]+(?:licen[cs]e|agreement)(?!s)\b", re.IGNORECASE)
_GRATITUDE = lazy_compile(r"\bthank|\bgrateful|\bgratitude|\backnowledg", re.IGNORECASE)
_FULLY_ZH = lazy_compile(r"(?:完全|全面|全部|彻底|徹底|100\s?%|百分百|真正)\s*(?:的\s*)?(?:开源|開源)")
# 开放 ("open") weights is the open-weights wording; 公开 ("made public") weights says how they
# are shared, like "we share the weights", and is not a claim about their terms.
_OPEN_WEIGHTS_ZH = lazy_compile(
    r"(?:开放|開放)(?:了)?\s*(?:模型)?\s*(?:的)?\s*(?:权重|權重)|(?:权重|權重)\s*(?:全部|完全|均|已)?\s*(?:开放|開放)"
)
_OPEN_MODEL_ZH = lazy_compile(r"(?:开放|開放)(?:的)?(?:大)?(?:语言)?模型")
_OPEN_SCIENCE_ZH = lazy_compile(r"开放科学|開放科學")
_OPEN_LICENSE_ZH = lazy_compile(
    r"(?:开源|開源)\s*(?:的)?\s*(?:协议|協議|许可证|許可證|许可|許可|授权|授權|license)|"
    r"(?:宽松|寬鬆)\s*(?:的)?\s*(?:开源)?\s*(?:协议|協議|许可证|許可證|许可|許可)",
    re.IGNORECASE,
)
_COMMERCIAL_ZH = lazy_compile(
    r"(?:可|允许|允許|支持|免费|免費|可以|能够|能夠|即可|均可|亦可|亦允许|亦允許)\s*(?:免费|免費|进行|進行|用于|用於)?\s*"
    r"(?:商用|商业使用|商業使用|商业化|商業化|商业用途|商業用途|商业应用|商業應用|商业部署|商業部署)|"
    r"(?:免费|免費)\s*(?:可)?\s*(?:商用|商业使用|商業使用)"
)
_ZH_OPEN_LICENSE_OTHERS = lazy_compile(r"(?:相应|相應|各自|第三方|对应|對應|其|原)\s*的?\s*$")

# Licence names, for prose declarations ("released under the MIT License").
_LIC = (
    r"(?:MIT(?:\s+Licen[cs]e)?|Apache(?:[\s-]+(?:Licen[cs]e[\s,]*)?(?:(?:Version|v)\s*)?2(?:\.0)?|\s+Licen[cs]e)|"
    r"BSD(?:[\s-]*[234][\s-]*Clause)?(?:\s+Licen[cs]e)?|(?:A|L)?GPL(?:[\s-]*v?[23](?:\.[01])?)?(?:\+|-or-later|-only)?|"
    r"MPL[\s-]*2(?:\.0)?|CC[\s-]*BY(?:[\s-]*(?:NC|SA|ND))*(?:[\s-]*[1-4]\.0)?(?:\s+International)?|CC0(?:[\s-]*1\.0)?|"
    r"Creative\s+Commons(?:[\s-]+[A-Za-z-]+){0,4}(?:[\s-]+[1-4]\.0)?(?:\s+International)?|"
    r"(?:CreativeML\s+)?Open\s?RAIL(?:[\s-]?[MSD]|\+\+)?(?:\s+Licen[cs]e)?|(?:BigScience\s+)?(?:BLOOM\s+)?RAIL(?:[\s-][\w.]+)?\s+Licen[cs]e|"
    r"Llama\s*[1-4](?:\.\d)?\s+Community\s+Licen[cs]e(?:\s+Agreement)?|Gemma\s+Terms\s+of\s+Use|(?:The\s+)?Unlicense|"
    r"ODC[\s-]?By(?:[\s-]1\.0)?|ODbL|CDLA(?:-[\w.]+)?|OpenMDW(?:-[\d.]+)?|NVIDIA\s+Open\s+Model\s+Licen[cs]e|"
    r"(?:Qwen|Tongyi\s+Qianwen|DeepSeek|Falcon[\w\s.-]{0,12}?|Stability\s+AI\s+[\w\s-]{0,20}?|Yi|Baichuan\s*2?|"
    r"InternLM|ChatGLM-6B|GLM-4|Model)\s+(?:Research\s+|Community\s+)?Licen[cs]e(?:\s+Agreement)?|"
    r"[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,4}\s+Licen[cs]e(?:\s+Agreement)?)"
)
_LIC_WRAP = r"[\s*_`\[\]\"“”'‘’]*"
_DECL_EN = lazy_compile(
    r"\b(?:released|licen[cs]ed|distributed|available|provided|published|shared|offered|governed|covered|"
    r"made\s+available)\s+(?:\w+\s+){0,2}?under\s(?:the\s+(?:terms\s+of\s+(?:the\s+)?)?|an?\s+|its\s+)?"
    + _LIC_WRAP + r"(?P<lic>" + _LIC + r")|"
    r"\b(?:subject\s+to|inherits?|inherited|inheriting)\s+(?:the\s+)?" + _LIC_WRAP + r"(?P<lic2>" + _LIC + r")"
)
_DECL_LABEL = lazy_compile(  # applied to the line with leading blanks removed
    r"(?:[-*+]\s)?\s?(?:\*\*|__)?(?:[^\w\s]{1,3}\s?)?(?:Licen[cs]e|许可证|許可證|协议|協議)(?:\*\*|__)?\s?[:：]"
    + _LIC_WRAP + r"(?P<lic>" + _LIC + r")",
    re.IGNORECASE,
)
_DECL_ZH = lazy_compile(
    r"(?:采用|採用|遵循|遵守|依照|依據|依据|根据|根據|基于|基於|使用|遵照|按照|适用|適用|以)" + _LIC_WRAP
    + r"(?P<lic>" + _LIC + r")" + _LIC_WRAP + r"(?:开源)?(?:许可证|許可證|许可|許可|协议|協議|授权|授權|license)",
    re.IGNORECASE,
)
_SECTION_LEAD = lazy_compile(r"(?:[-*+]\s)?" + _LIC_WRAP + r"(?P<lic>" + _LIC + r")(?=\W|$)")
_LICENSE_HEADING = lazy_compile(r"licen[cs]|许可|許可|协议|協議|授权|授權|terms\s+of\s+use|使用条款", re.IGNORECASE)
_GENERIC_LICENSE_WORDS = lazy_compile(
    r"^(?:the\s+)?(?:this|that|a|an|its|our|their|model|same|original|following|respective|full|entire|your|"
    r"permissive|open|custom|separate|different)?\s*licen[cs]e(?:\s+agreement)?$|contributor\s+licen[cs]e",
    re.IGNORECASE,
)

# Badges: shields.io "License-MIT-blue", also "Code License-…", "Model License-…".
_BADGE = lazy_compile(
    r"(?:!\[(?P<alt>[^\]]{0,200})\]\(\s*)?(?:<img[^>]{0,300}?src=[\"']?)?"
    r"https?://img\.shields\.io/badge/(?P<body>[^)\"'\s?#]{1,300})",
    re.IGNORECASE,
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
_EXTERNAL_LINK_ITEM = lazy_compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\[[^\]]{1,200}\]\(\s*https?://")
_FENCE = lazy_compile(r"^\s{0,3}(`{3,}|~{3,})(.*)$")
_ALERT = lazy_compile(r"^\s*>\s*(?:\[!\w+\]|\*\*(?:note|tip|important|warning|caution|notice)\*\*|📍|⚠|ℹ)", re.IGNORECASE)
_BIBTEX_TITLE = lazy_compile(r"^\s*title\s*=\s*[{\"]", re.IGNORECASE)
_HEADING = lazy_compile(r"^\s{0,3}(#{1,6})\s+(.*)$")

# Cheap first look, run once over the lower-cased document: a line without any of
# these cannot hold a claim.
_PREFILTER_WORDS = (
    "open", "licen", "commercial", "source code", "permissive", "shields.io", "开源", "開源", "开放", "開放", "商", "许可",
    "許可", "协议", "協議", "授权", "授權", "公开", "公開", "under", "inherit", "subject to", "采用", "採用",
    "遵循", "依照", "transparency", "freely", "available to", "オープン", "重み", "ウェイト",
)


# Masks: spans replaced by spaces so that positions stay put.
_MASK_INLINE = lazy_compile(
    r"`[^`]*`|<!--.*?-->|<[^<>]{0,500}>|\]\([^)]{0,1000}\)|https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+"
)
_QUOTED_TERM = lazy_compile(r"[\"“'‘]\s*$")
_QUOTED_TERM_AFTER = lazy_compile(r"^\s*[\"”'’]")

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


@dataclass
class _Hit:
    start: int
    end: int
    kind: str
    language: str
    subject: str
    value: str | None = None


# --------------------------------------------------------------------------- API


def extract(doc: Document, notes: list[str] | None = None) -> list[Claim]:
    """Claims in one document, in line/column order. Never raises. What a size limit left unread is
    added to `notes`."""
    if doc.kind in _SKIP_KINDS:
        return []
    try:
        claims = _front_matter_claims(doc) + _body_claims(doc, notes)
    except (RecursionError, MemoryError, ValueError, TypeError, IndexError, KeyError, AttributeError):
        # A bug must not take the whole check down; the document just yields no claims.
        return []
    if doc.column_maps:  # the text was normalised (rendered.normalise): point at the file's column
        for claim in claims:
            claim.column = doc.original_column(claim.line, claim.column)
    claims.sort(key=lambda c: (c.line, c.column))
    return claims[:MAX_CLAIMS_PER_DOC]


def extract_all(docs: Iterable[Document], notes: list[str] | None = None) -> list[Claim]:
    claims: list[Claim] = []
    for doc in docs:
        claims.extend(extract(doc, notes))
    for number, claim in enumerate(claims, 1):
        claim.id = f"C{number}"
    return claims


def profile_for(kind: str, subject: str, *, in_license_text: bool = False) -> str:
    """The definition a claim of this kind about this subject is checked against."""
    if in_license_text:
        return LICENSE_SELF_PROFILE
    if kind in ("open-source", "fully-open") and subject in SUBJECT_PROFILE:
        return SUBJECT_PROFILE[subject]
    return KIND_PROFILE.get(kind, "osaid")


# --------------------------------------------------------------------------- front matter

_TAG_KINDS = {
    "open-source": "open-source",
    "opensource": "open-source",
    "oss": "open-source",
    "open-source-model": "open-source",
    "open-source-ai": "open-source",
    "开源": "open-source",
    "開源": "open-source",
    "open-weights": "open-weights",
    "open-weight": "open-weights",
    "openweights": "open-weights",
    "open-weights-model": "open-weights",
    "open-model": "open-model",
    "open-models": "open-model",
    "open-llm": "open-model",
    "fully-open": "fully-open",
    "fully-open-source": "fully-open",
    "open-science": "open-science",
    "commercial-use": "commercial-use",
    "commercial": "commercial-use",
}


def _front_matter_claims(doc: Document) -> list[Claim]:
    fm = doc.front_matter
    if fm is None or not isinstance(fm.data, dict):
        return []
    out: list[Claim] = []
    for key in ("license", "license_name", "license_link"):
        value = fm.data.get(key)
        values = value if isinstance(value, list) else [value]
        for index, item in enumerate(values):
            if item is None or isinstance(item, (dict, list)) or str(item).strip() == "":
                continue
            text_value = str(item).strip()
            line, column = fm.locate(key, index) if isinstance(value, list) else fm.locate(key)
            out.append(_fm_claim(doc, line, column, text_value, "license-declaration", f"{key}: {text_value}"))
    tags = fm.data.get("tags")
    if isinstance(tags, list):
        for index, tag in enumerate(tags):
            if not isinstance(tag, str):
                continue
            norm = regex(r"[\s_]+").sub("-", tag.strip().lower())
            kind = _TAG_KINDS.get(norm)
            if kind is None:
                continue
            line, column = fm.locate("tags", index)
            claim = _fm_claim(doc, line, column, tag, kind, tag)
            claim.value = None
            claim.language = "zh" if regex(r"[\u4e00-\u9fff]").search(tag) else "en"
            out.append(claim)
    return out


def _fm_claim(doc: Document, line: int, column: int, value: str, kind: str, text: str) -> Claim:
    context = doc.line_text(line)
    found = context.find(value, max(0, column - 1))
    if found >= 0:
        column = found + 1  # point at the value, not the key
    return Claim(
        id="",
        kind=kind,
        text=text,
        path=doc.path,
        line=line,
        column=max(1, column),
        subject="model",
        language="en",
        profile=profile_for(kind, "model"),
        context=context[:MAX_LINE_CHARS],
        value=value if kind == "license-declaration" else None,
    )


# --------------------------------------------------------------------------- body


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


@dataclass
class _BlockState:
    """Markdown context carried from line to line."""

    fence: str | None = None  # the opening fence while inside a code block
    fence_is_bibtex: bool = False
    in_comment: bool = False
    in_quote: bool = False  # inside a block quote of someone else
    in_paraphrase: bool = False  # inside a list that paraphrases licence terms
    in_license_section: bool = False
    heading_level: int = 0
    own_names: tuple[str, ...] = ()  # the release's own names, normalised (see _own_names)


def _body_claims(doc: Document, notes: list[str] | None = None) -> list[Claim]:
    lines = doc.lines
    markdown = doc.is_markdown
    license_text = doc.kind in _LICENSE_TEXT_KINDS
    first = max(0, (doc.body_start_line if markdown else 1) - 1)
    candidates = _candidate_lines(lines, first)
    if not candidates:
        return []
    out: list[Claim] = []
    state = _BlockState(own_names=_own_names(doc) if not license_text else ())
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
    return out


def _scan_cut(path: str, line: int) -> str:
    return (
        f"{path}: claims were read up to line {line} only (more than {MAX_SCANNED_LINES:,} lines or "
        f"{MAX_SCANNED_CHARS // 1024:,} KiB of lines with claim words)"
    )


def _note(notes: list[str] | None, text: str) -> None:
    if notes is not None and text not in notes:
        notes.append(text)


def _markdown_line(lines: list[str], index: int, state: _BlockState, candidate: bool) -> str | None:
    """Advance the Markdown state by one line; the line's prose to scan, or None."""
    raw = lines[index]
    stripped = raw.strip()
    if not stripped:
        state.in_quote = False  # a paraphrase list may follow its lead after a blank line
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
        return None
    if lead in "`~":
        fence_match = _FENCE.match(raw)
        if fence_match:
            state.fence = fence_match.group(1)
            state.fence_is_bibtex = fence_match.group(2).strip().lower().startswith(("bib", "latex", "tex"))
            return None
    if state.in_comment or "<!--" in raw:
        raw = _strip_comments(raw, state)
        stripped = raw.strip()
        if not stripped:
            return None
        lead = stripped[0]
    if lead == ">":
        if _ALERT.match(raw):
            state.in_quote = False  # "> [!NOTE]" is the authors' own call-out
        elif state.in_quote or not (index > 0 and lines[index - 1].strip().startswith(">")):
            state.in_quote = True
        if state.in_quote:
            return None
        raw = regex(r"^(\s*)>+").sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), raw)
    if lead == "#":
        heading = _HEADING.match(raw)
        if heading:
            level = len(heading.group(1))
            if _LICENSE_HEADING.search(heading.group(2)):
                state.in_license_section, state.heading_level = True, level
            elif state.in_license_section and level <= state.heading_level:
                state.in_license_section = False
            state.in_paraphrase = False
    elif raw[:1] in (" ", "\t") and raw.startswith(("    ", "\t")) and index > 0 and not lines[index - 1].strip() and not _LIST_ITEM.match(raw):
        return None  # indented code block
    if state.in_paraphrase:
        if _LIST_ITEM.match(raw) or raw[:1] in (" ", "\t"):
            return None
        state.in_paraphrase = False
    if not candidate and not state.in_license_section:
        return None  # in a licence section every line may name the licence ("**CC BY-SA 4.0**")
    if _LICENSE_PARAPHRASE_LEAD.search(stripped[-_PARAPHRASE_LEAD_TAIL:]):
        state.in_paraphrase = True
    if lead in "-*+0123456789" and _EXTERNAL_LINK_ITEM.match(raw):
        return None  # "- [Other project](https://…) …": the item describes that project
    return raw.rstrip("\r")[:MAX_LINE_CHARS]


def _strip_comments(raw: str, state: _BlockState) -> str:
    """Blank HTML comments, which may span lines."""
    if state.in_comment:
        end = raw.find("-->")
        if end < 0:
            return ""
        raw = " " * (end + 3) + raw[end + 3 :]
        state.in_comment = False
    raw = _blank(raw, _mask_spans(raw, (_find_comment,)))  # `re.sub(r"<!--.*?-->", spaces)`, in linear time
    opened = raw.find("<!--")
    if opened >= 0:
        raw = raw[:opened] + " " * (len(raw) - opened)
        state.in_comment = True
    return raw


def _line_claims(
    doc: Document, lines: list[str], index: int, raw: str, state: _BlockState, license_text: bool, *, markdown: bool
) -> list[Claim]:
    masked = _mask(raw) if markdown else _mask_plain(raw)
    # Prose wraps: the noun after "open source" may sit on the next line.
    ends_sentence = raw.rstrip().endswith((".", "!", "?", "。", "！", "？", ":", "：", "|", ")", ">"))
    following = lines[index + 1].rstrip("\r")[:120] if index + 1 < len(lines) and not ends_sentence else ""
    if not following.strip() or _FENCE.match(following) or _LIST_ITEM.match(following) or following.lstrip()[:1] in "#|>":
        following = ""  # a new block, not the rest of this sentence
    follow_masked = (_mask(following) if markdown else _mask_plain(following)) if following else ""
    # A licence named in a sub-folder README speaks for that folder, not for the release.
    declarations = doc.kind == CARD
    hits = _badge_hits(raw) if markdown and declarations and "shields.io" in raw else []
    table_row = markdown and raw.lstrip().startswith("|")
    hits.extend(
        _scan_text(
            raw + "\n" + following,
            masked + "\n" + follow_masked,
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
        hits = [h for h in hits if not _about_other_model(masked + "\n" + follow_masked, h, state.own_names)]
    if license_text:
        for hit in hits:
            hit.value = doc.path  # "This Agreement is an open-source license": this very file
    elif markdown and "](" in raw:
        hits = _apply_links(raw, hits)
    return _claims_from_hits(doc, index + 1, raw, hits)


_LINK = lazy_compile(r"\[([^\]\[]{1,300})\]\(\s*<?([^)\s>]{1,1000})")


def _apply_links(raw: str, hits: list[_Hit]) -> list[_Hit]:
    """Link text: "[GLM-4 开源模型](https://github.com/…)" names another project; "[开源协议](MODEL_LICENSE)"
    names the licence file the phrase is about."""
    kept = []
    for hit in hits:
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


def _looks_like_bibtex(raw: str) -> bool:
    return bool(regex(r"^\s*@\w+\s*\{").match(raw))


def _mask(raw: str) -> str:
    masked = _blank(raw, _inline_spans(raw))
    # Emphasis markers carry no words; blank them so windows read "开源了 中文LLaMA模型".
    return masked.replace("*", " ").replace("~~", "  ")


def _mask_plain(raw: str) -> str:
    if "@" not in raw:
        return _URL.sub(lambda m: " " * len(m.group(0)), raw)  # no mail address: only the URL alternative can match
    return _blank(raw, _mask_spans(raw, _PLAIN_FINDERS))


# -- masks in linear time ------------------------------------------------------------------
#
# `_MASK_INLINE.sub` retries every alternative at every offset: `[\w.+-]+@` reads a whole word
# at each of its letters (a 4,000-letter word costs 8 million steps), `<!--.*?-->` and
# `\]\([^)]{0,1000}\)` read to the end (or 1,000 characters) at each opening they cannot close.
# `_mask_spans` gives the same matches from one finder per alternative, each of which knows where
# its leftmost match at or after a position is without retrying there. (`_PLAIN_MASK` is the
# definition `_mask_plain` follows.)

_PLAIN_MASK = lazy_compile(r"https?://\S+|[\w.+-]+@[\w-]+\.[\w.-]+")
# `_MASK_INLINE` without the mail alternative: linear on a line without `<!--` and `](`.
_MASK_SHORT = lazy_compile(r"`[^`]*`|<!--.*?-->|<[^<>]{0,500}>|\]\([^)]{0,1000}\)|https?://\S+|www\.\S+")
_URL = lazy_compile(r"https?://\S+")
_WWW = lazy_compile(r"www\.\S+")
_MAIL_DOMAIN = lazy_compile(r"[\w-]+\.[\w.-]+")
_Span = tuple[int, int]


def _blank(text: str, spans: list[_Span]) -> str:
    """`text` with each span replaced by as many spaces."""
    if not spans:
        return text
    parts, last = [], 0
    for start, end in spans:
        parts += [text[last:start], " " * (end - start)]
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _find_code(text: str, pos: int) -> _Span | None:  # `[^`]*`
    start = text.find("`", pos)
    end = text.find("`", start + 1) if start != -1 else -1
    return (start, end + 1) if end != -1 else None  # the first backtick has no partner: no later one has


def _find_comment(text: str, pos: int) -> _Span | None:  # <!--.*?-->  (`.` stops at a line break)
    start = text.find("<!--", pos)
    while start != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            return None
        newline = text.find("\n", start + 4, end)
        if newline == -1:
            return start, end + 3
        start = text.find("<!--", newline)
    return None


def _find_tag(text: str, pos: int) -> _Span | None:  # <[^<>]{0,500}>
    start = text.find("<", pos)
    while start != -1:
        angle = _NEXT_ANGLE.search(text, start + 1)
        if angle is None:
            return None
        if angle.group() == ">":
            if angle.start() - start - 1 <= 500:
                return start, angle.end()
            start = text.find("<", angle.end())
        else:
            start = angle.start()
    return None


_NEXT_ANGLE = lazy_compile(r"[<>]")


def _find_link_target(text: str, pos: int) -> _Span | None:  # \]\([^)]{0,1000}\)
    start = text.find("](", pos)
    close = -1
    while start != -1:
        if close < start + 2:
            close = text.find(")", start + 2)  # the first `)` after this `](`; it stays the first for the next ones before it
            if close == -1:
                return None
        if close - start - 2 <= 1000:
            return start, close + 1
        start = text.find("](", start + 1)
    return None


def _find_url(text: str, pos: int) -> _Span | None:
    match = _URL.search(text, pos)
    return match.span() if match else None


def _find_www(text: str, pos: int) -> _Span | None:
    match = _WWW.search(text, pos)
    return match.span() if match else None


def _in_address(char: str) -> bool:
    return char.isalnum() or char in "_.+-"  # `[\w.+-]`: `\w` is `isalnum()` or `_`


def _find_mail(text: str, pos: int) -> _Span | None:  # [\w.+-]+@[\w-]+\.[\w.-]+
    """A match starts at the first character of the run of `[\\w.+-]` before an `@` (or at `pos`) and
    takes the whole run, since `@` is not in it: only the `@`s need trying, each once."""
    at = text.find("@", pos)
    while at != -1:
        domain = _MAIL_DOMAIN.match(text, at + 1)
        if domain is not None:
            start = at
            while start > pos and _in_address(text[start - 1]):
                start -= 1
            if start < at:
                return start, domain.end()
            at = text.find("@", domain.end())
        else:
            at = text.find("@", at + 1)
    return None


# `_MASK_INLINE`'s alternatives in its order (at one offset the first that matches wins).
_INLINE_FINDERS = (_find_code, _find_comment, _find_tag, _find_link_target, _find_url, _find_www, _find_mail)
_PLAIN_FINDERS = (_find_url, _find_mail)


def _inline_spans(text: str) -> list[_Span]:
    """The spans of `_MASK_INLINE.finditer(text)`."""
    if "@" not in text and "](" not in text and "<!--" not in text:
        return [m.span() for m in _MASK_SHORT.finditer(text)]  # the common line: no alternative can go slow
    return _mask_spans(text, _INLINE_FINDERS)


def _mask_spans(text: str, finders: tuple[Callable[[str, int], _Span | None], ...]) -> list[_Span]:
    """The spans of `pattern.finditer(text)` for the alternation of `finders`' patterns, in linear time.

    Each finder's leftmost match at or after the current offset is kept until the offset passes its
    start (none of the patterns looks behind, so a match does not depend on where the search began;
    a mail match is cut at the offset as `re` would start it there).
    """
    spans: list[_Span] = []
    pos = 0
    ahead: list[_Span | None] = [None] * len(finders)
    live = list(range(len(finders)))
    while live:
        best: tuple[int, int, int] | None = None
        for index in list(live):
            found = ahead[index]
            if found is None or found[0] < pos:
                found = ahead[index] = finders[index](text, pos)
                if found is None:
                    live.remove(index)  # no match at or after `pos`: none later either
                    continue
            if best is None or found[0] < best[0]:
                best = (found[0], found[1], index)
        if best is None:
            break
        spans.append((best[0], best[1]))
        pos = best[1]
    return spans


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


# --------------------------------------------------------------------------- other models and comparisons
#
# "Llama 2 is an open-source model, but M is not", "M beats Llama 2, the most popular open-source
# model", "与 Llama 2 等开源模型相比": the phrase describes another model or a category the release
# is compared with. These checks need the whole clause (what comes after the phrase, the clause
# before an appositive comma) and the release's own name, so they run once per hit, after the scan.

_HEADING_TEXT = lazy_compile(r"^\s{0,3}#\s+(?P<text>.+?)\s*#*\s*$|<h1[^>]*>(?P<html>.*?)</h1>", re.IGNORECASE)
_MARKUP = lazy_compile(r"!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|<[^>]{0,500}>|[*_`\[\]]")
_GENERIC_TITLE = lazy_compile(
    r"^\W*(?:introduction|overview|about|readme|summary|description|model\s+(?:card|description|details|summary)|"
    r"quick\s*start|usage|getting\s+started|news|updates?|简介|介绍|介紹|模型介绍|模型介紹|概述|概覽|概览|说明|說明|新闻|新聞)\W*$",
    re.IGNORECASE,
)
_TITLE_LINES = 80  # the title is near the top; later "# …" lines are sections


def _normal_name(text: str) -> str:
    return regex(r"[^0-9a-z\u4e00-\u9fff]").sub("", text.lower())


def _own_names(doc: Document) -> tuple[str, ...]:
    """The release's own names: the first level-1 heading with words, and front-matter names."""
    names: list[str] = []
    meta = doc.meta if isinstance(doc.meta, dict) else {}
    for key in ("model_name", "pretty_name"):
        value = meta.get(key)
        if isinstance(value, str):
            names.append(value)
    index = meta.get("model-index")
    if isinstance(index, list):
        names.extend(item["name"] for item in index if isinstance(item, dict) and isinstance(item.get("name"), str))
    first = max(0, doc.body_start_line - 1)
    in_fence = False
    for line in doc.lines[first : first + _TITLE_LINES]:
        if _FENCE.match(line):
            in_fence = not in_fence
        if in_fence or ("#" not in line and "<h1" not in line.lower()):
            continue
        heading = _HEADING_TEXT.search(line)
        if heading:
            title = _MARKUP.sub(" ", heading.group("text") or heading.group("html") or "")
            if _GENERIC_TITLE.match(title):
                break  # "# Introduction": the release's name is not in the title
            if _normal_name(title):
                names.append(title)
                break
    return tuple(n for n in (_normal_name(name) for name in names) if n)


def _names_other_model(text: str, own_names: tuple[str, ...]) -> bool:
    """`text` is exactly another model's name: a known family or Hub id that is not the release's own name.

    Without an own name to compare with, nothing is taken as another model (a claim is kept).
    """
    from openwash import lineage

    name = regex(r"^\s*(?:(?:the|original|[\w-]+['’]s)\s+)+", re.IGNORECASE).sub("", text.strip())
    name = regex(r"\s+(?:models?|family|series|llms?)\s*$", re.IGNORECASE).sub("", name)
    if not own_names or not lineage.is_model_name(name):
        return False
    normal = _normal_name(name)
    return not any(normal in own or (len(own) >= 3 and own in normal) for own in own_names)


_EN_COPULA_SUBJECT = lazy_compile(
    r"^[\W_]*(?P<subject>[\w][\w.'’/ -]{0,70}?)\s+(?:is|are|was|were|remains|has\s+been|have\s+been|became|becomes|stays)\b"
    r"(?P<rest>[^\n]*)$",
    re.IGNORECASE,
)
_ZH_COPULA_SUBJECT = lazy_compile(r"^[\W_]*(?P<subject>[^，。；：\n]{1,70}?)\s*(?:是|为|為|属于|屬於|乃)(?P<rest>[^，。；\n]{0,12})$")
# An appositive: a determiner-led noun phrase with no verb ("…, the most popular open-source model").
_EN_APPOSITIVE = lazy_compile(r"^\s*(?:the|a|an|another|one\s+of\s+the)\b", re.IGNORECASE)
_EN_CLAUSE_VERB = lazy_compile(r"\b(?:is|are|was|were|be|has|have|had|we|our|ours|us|i)\b", re.IGNORECASE)
# "Based on X, the …", "Compared with X, the …": an introductory phrase; what follows is the main subject.
_EN_INTRO = lazy_compile(
    r"^\W*(?:[a-z-]+(?:ed|ing)|unlike|like|with|without|from|in|on|by|for|after|before|against|as|besides|beyond|"
    r"versus|vs\.?|among|over|relative|thanks|despite|since|while|when|although|though|if)\b",
    re.IGNORECASE,
)
# Verbs whose object an appositive describes: "M beats Llama 2, the …".
_EN_COMPARISON_VERB = lazy_compile(
    r"\b(?:outperform\w*|surpass\w*|beat|beats|beating|exceed\w*|rival\w*|match(?:es|ing)?|than|versus|vs\.?|"
    r"on\s+par\s+with|comparable\s+to|competes?\s+with|competitive\s+with|compare[sd]?\s+(?:it\s+)?(?:with|to|against))\b",
    re.IGNORECASE,
)
_EN_SO_IS = lazy_compile(r"\b(?:and\s+)?so\s+(?:is|are|does|do)\b|\bas\s+(?:is|are|does|do)\b|\b(?:is|are)\s+(?:too|as\s+well)\b", re.IGNORECASE)
_ZH_FRAME_BEFORE = lazy_compile(r"与|與|跟|同|和")
_ZH_FRAME_AFTER = lazy_compile(r"相比|对比|對比|比较|比較|相较|相較|比起|比肩|媲美|持平|相当|相當|差距|不相上下")
_ZH_SUCH_AS = lazy_compile(r"等等?\s*(?:的\s*)?$")
_EXEMPT_KINDS = frozenset({"license-declaration", "open-license-term"})


def _about_other_model(text: str, hit: _Hit, own_names: tuple[str, ...]) -> bool:
    """The phrase describes another model, or a category the release is compared with."""
    if hit.kind in _EXEMPT_KINDS:
        return False
    if hit.language == "zh":
        return _zh_about_other(text, hit, own_names)
    return _en_about_other(text, hit, own_names)


def _en_about_other(text: str, hit: _Hit, own_names: tuple[str, ...]) -> bool:
    clause = _clause_before(text, hit.start)
    copula = _EN_COPULA_SUBJECT.match(clause)
    if copula and len(copula.group("rest").split()) <= 8 and _names_other_model(copula.group("subject"), own_names):
        # "Llama 2 is an open-source model", unless the release joins it: "…, and so is M".
        return not _EN_SO_IS.search(_sentence(text, hit.start, hit.end)[len(_sentence_before(text, hit.start)) :])
    clause_start = hit.start - len(clause)
    if not (text[:clause_start].endswith((", ", ",\t")) and _EN_APPOSITIVE.match(clause) and not _EN_CLAUSE_VERB.search(clause)):
        return False
    previous = _clause_before(text, clause_start - 2)
    if not previous.strip() or _EN_INTRO.match(previous):
        return False  # "Compared with X, the open-source M …": the phrase is about the main subject
    if _EN_COMPARISON_VERB.search(previous) and not regex(r"\b(?:our|ours|among)\b", re.IGNORECASE).search(previous):
        return True  # "M beats Llama 2, the most popular open-source model"
    words = previous.split()
    return any(_names_other_model(" ".join(words[-size:]), own_names) for size in range(1, min(4, len(words)) + 1))


def _zh_about_other(text: str, hit: _Hit, own_names: tuple[str, ...]) -> bool:
    before = _clause_before(text, hit.start)
    window = text[hit.end : hit.end + _WINDOW]
    phrase_end = _ZH_PHRASE_END.search(window)
    after = window[: phrase_end.start()] if phrase_end else window
    if _ZH_SUCH_AS.search(before) and not _ZH_SELF.search(_sentence_before(text, hit.start)):
        return True  # "Llama 2 等开源模型": open-source models such as Llama 2 ("我们发布了 A、B 等开源模型" is ours)
    if _ZH_FRAME_BEFORE.search(before) and _ZH_FRAME_AFTER.search(after):
        return True  # "与…开源模型相比", "M 与开源模型 X 的对比"
    copula = _ZH_COPULA_SUBJECT.match(before)
    return bool(copula and _names_other_model(copula.group("subject"), own_names))  # "Llama 2 是开源模型"


# --------------------------------------------------------------------------- scanning one line


# Gates: each family of patterns only runs when its key words are on the line.
_GATE_FULLY = lazy_compile(r"(?:fully|truly|completely|totally|entirely|genuinely|100).{0,6}open|(?:完全|全面|全部|彻底|徹底|100|百分百|真正).{0,3}(?:开源|開源)")
_GATE_OPEN_SOURCE = lazy_compile(r"sourc|开源|開源|オープン[・･]?ソース")
_GATE_WEIGHTS = lazy_compile(r"weight|权重|權重|ウェイト|重み")
_GATE_MODEL = lazy_compile(r"open.{0,80}(?:model|llm)|开放|開放")
_GATE_OPENLY = lazy_compile(r"openly|open release|openness|open access|freely|available to|transparency")
_GATE_SCIENCE = lazy_compile(r"science|科学|科學")
_GATE_COMMERCIAL = lazy_compile(r"commercial|商")
_GATE_LICENCE = lazy_compile(r"licen|agreement|permissive|协议|協議|许可|許可|授权|授權|宽松|寬鬆")
_GATE_DECLARATION = lazy_compile(r"under|inherit|subject to|licen|采用|採用|遵循|依照|协议|協議|许可|許可")


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


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - _WINDOW) : start]
    parts = _CLAUSE_BREAK.split(window)
    return parts[-1] if parts else window


def _sentence(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 200) : start]
    after = text[end : end + 200]
    cut = max(before.rfind(". "), before.rfind("。"), before.rfind("！"), before.rfind("？"), before.rfind("; "))
    if cut >= 0:
        before = before[cut + 1 :]
    stop = min([i for i in (after.find(". "), after.find("。"), after.find("；"), after.find("; ")) if i >= 0], default=len(after))
    return before + text[start:end] + after[:stop]


def _sentence_before(text: str, start: int) -> str:
    """The part of the sentence before a phrase."""
    before = text[max(0, start - 200) : start]
    cut = max(before.rfind(". "), before.rfind("。"), before.rfind("！"), before.rfind("？"), before.rfind("; "), before.rfind("\n"))
    return before[cut + 1 :] if cut >= 0 else before


def _is_zh(text: str) -> bool:
    return bool(regex(r"[\u4e00-\u9fff]").search(text))


def _negated_en(before: str) -> bool:
    if _EN_NOT_ONLY.search(before):
        return False
    return bool(_EN_NEGATION.search(before[-45:]))


def _negated_zh(text: str, start: int) -> bool:
    before = text[max(0, start - 6) : start]
    before = _CLAUSE_BREAK.split(before)[-1]
    if _ZH_NEGATION_SAFE.search(before):
        return False
    return bool(_ZH_NEGATION.search(before))


_TITLE_COLON = lazy_compile(r"(?:^|[{\"“(]|\s)[A-Z][\w.\- ]{0,60}[:：]\s*(?:an?\s+|the\s+)?$")


def _title_colon(text: str, start: int) -> bool:
    """'TeenyTinyLlama: open-source tiny language models': a name, then what it is."""
    return bool(_TITLE_COLON.search(text[max(0, start - 70) : start]))


def _quoted_term(text: str, start: int, end: int) -> bool:
    """'the term "open source"': the words are mentioned, not used."""
    return bool(_QUOTED_TERM.search(text[max(0, start - 2) : start]) and _QUOTED_TERM_AFTER.match(text[end : end + 2]))


_TOKEN = lazy_compile(r"[A-Za-z0-9][\w.+'-]*|[^\sA-Za-z0-9]")


def _np_after(text: str, end: int, skip_determiners: bool = False) -> list[str]:
    """Lower-cased words of the noun phrase that follows a phrase.

    With `skip_determiners` the phrase is a verb's object ("open-sourced the pre-training
    and fine-tuning (SFT) scripts"): "and" and parenthesised asides do not end it.
    """
    words: list[str] = []
    depth = 0
    limit = 10 if skip_determiners else 6
    for match in _TOKEN.finditer(text[end : end + 140]):
        token = match.group(0)
        low = token.lower().rstrip(".")
        if skip_determiners and token in "()":
            depth = max(0, depth + (1 if token == "(" else -1))
            continue
        if depth:
            continue
        if not low[:1].isalnum() or not low.isascii():
            if token in ("-", "/", "&"):
                continue
            break
        if low in _EN_NP_STOP and not (skip_determiners and low in ("and", "or")):
            break
        if skip_determiners and low in _EN_DETERMINERS:
            continue
        words.append(low)
        if len(words) >= limit:
            break
    return words


def _word_subject(word: str) -> str | None:
    for part in word.split("-") if "-" in word and word not in _EN_MODEL else [word]:
        if part in _EN_WEIGHTS:
            return "weights"
        if part in _EN_CODE:
            return "code"
        if part in _EN_MODEL:
            return "model"
        if part in _EN_DATA:
            return "data"
    return None


def _subject_of_words(words: list[str]) -> str | None:
    """Subject of a noun phrase: its first run of keywords, whose last word is the head.

    "model weights" → weights; "release includes weights" → model (the run ends at "includes").
    """
    subject = None
    for word in words:
        found = _word_subject(word)
        if found is not None:
            subject = found
        elif subject is not None:
            break
    return subject


def _subject_before_en(clause: str) -> str | None:
    """Subject named in a clause; the release itself (weights, model) outranks its code."""
    words = [w.lower() for w in regex(r"[A-Za-z][\w'-]*").findall(clause)]
    found = {s for s in (_subject_of_words([w]) for w in words) if s}
    for subject in ("weights", "model", "code", "data"):
        if subject in found:
            return subject
    return None


def _zh_keywords(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for pattern, subject in ((_ZH_WEIGHTS, "weights"), (_ZH_CODE, "code"), (_ZH_MODEL, "model"), (_ZH_DATA, "data")):
        found.extend((m.start(), subject) for m in pattern.finditer(text))
    found.sort()
    return found


_MODEL_NAME = lazy_compile(r"[A-Za-z][A-Za-z0-9.-]*[A-Z]|\d+(?:\.\d+)?\s*[BbMm]\b|[A-Z][a-z]+")


def _subject_zh(segment: str, head_last: bool) -> str | None:
    """Subject of a Chinese phrase.

    With `head_last` (the object after "开源了…") the head noun is the last one, after
    the final "的": "使用中文数据预训练的中文LLaMA" is about LLaMA, not about data.
    Otherwise (the topic before "…开源") the first noun wins.
    """
    if not segment.strip():
        return None
    if head_last:
        tail = segment.rsplit("的", 1)[-1]
        found = _zh_keywords(tail)
        if found:
            # "模型权重和训练代码": of coordinated heads, the release itself outranks its code.
            subjects = {subject for _, subject in found}
            return next(s for s in ("weights", "model", "code", "data") if s in subjects)
        en = _subject_before_en(tail)
        if en:
            return en
        if _MODEL_NAME.search(tail):
            return "model"  # a model name: "开源了中文LLaMA", "开源Chinese-LLaMA-2-13B"
        found = _zh_keywords(segment)
        return found[-1][1] if found else _subject_before_en(segment)
    # The topic before "…开源": the release itself (weights, model) outranks its code.
    subjects = {subject for _, subject in _zh_keywords(segment)}
    for subject in ("weights", "model", "code", "data"):
        if subject in subjects:
            return subject
    return _subject_before_en(segment)


def _sentence_subject(text: str, start: int, end: int) -> str:
    sentence = _sentence(text, start, end)
    if _is_zh(sentence):
        return _subject_zh(sentence, head_last=False) or "unclear"
    return _subject_before_en(sentence) or "unclear"


# -- open source ------------------------------------------------------------------


def _open_source_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _OS_EN.finditer(text):
        hit = _classify_open_source_en(text, match.start(), match.end(), "open-source")
        if hit is not None:
            hits.append(hit)
    for match in _OS_ZH.finditer(text):
        hit = _classify_open_source_zh(text, match.start(), match.end(), "open-source")
        if hit is not None:
            hits.append(hit)
    if not text.isascii():
        for match in _OS_JA.finditer(text):
            hit = _classify_ja(text, match.start(), match.end(), "open-source")
            if hit is not None:
                hits.append(hit)
    return hits


def _classify_ja(text: str, start: int, end: int, kind: str) -> _Hit | None:
    """A Japanese openness phrase: negation comes after it, the noun it describes after "の"."""
    after = text[end : end + 60]
    if _JA_NEGATED_AFTER.match(after) or _quoted_term(text, start, end) or _JA_NOT_OURS_AFTER.match(after):
        return None
    if kind == "open-weights":
        return _Hit(start, end, kind, "ja", "weights")
    clause = regex(r"^[^。！？\n、]{0,30}").match(after)
    noun_phrase = clause.group(0) if clause else ""
    for subject, pattern in _JA_SUBJECTS:
        if pattern.search(noun_phrase):
            return _Hit(start, end, kind, "ja", subject)
    # "学習コードはオープンソースです": the topic before the phrase; its last noun is the head.
    topic = regex(r"[^。！？\n]{0,40}$").search(text[max(0, start - 40) : start])
    found = [(m.end(), subject) for subject, pattern in _JA_SUBJECTS for m in pattern.finditer(topic.group(0) if topic else "")]
    return _Hit(start, end, kind, "ja", max(found)[1] if found else _sentence_subject(text, start, end))


def _classify_open_source_en(text: str, start: int, end: int, kind: str) -> _Hit | None:
    phrase = text[start:end].lower()
    before = _clause_before(text, start)
    after_text = text[end:]
    if _quoted_term(text, start, end) or _negated_en(before) or _GRATITUDE.search(before):
        return None
    # "open source licence" is about a licence, handled by _license_term_hits.
    if regex(r"^[\s-]*(?:licen[cs]e|agreement)", re.IGNORECASE).match(after_text):
        return None
    if kind == "fully-open" and _EN_SCOPED_OPEN.match(after_text):
        return None  # "completely open for academic research": scoped, not a claim of openness
    verb_form = phrase.endswith(("sourced", "sourcing")) or bool(_EN_VERB_BEFORE.search(before))
    predicate = bool(_EN_PREDICATE_BEFORE.search(before)) and not verb_form
    words = _np_after(text, end, skip_determiners=verb_form)
    if verb_form:
        if _EN_COMPARISON.search(before) and not _EN_SELF.search(before):
            return None
        subject = _subject_of_words(words) or _subject_before_en(before) or _sentence_subject(text, start, end)
        if not _subject_of_words(words) and words and any(w[0].isalnum() for w in words):
            subject = _subject_of_words(words) or "model"  # "open-sourced the Chinese LLaMA"
        return _Hit(start, end, kind, "en", subject)
    if predicate or not words:
        if _EN_COMPARISON.search(before) and not predicate:
            return None
        if not predicate and _EN_MENTION_BEFORE.search(before) and not _EN_SELF.search(before):
            return None
        # "Foo is open source: weights, code and data…": what follows is a list, not the subject.
        subject = _subject_before_en(before) or _subject_before_en(_sentence_before(text, start)) or "unclear"
        return _Hit(start, end, kind, "en", subject)
    # Adjective: "open-source <noun phrase>".
    if any(w in _EN_MENTION for w in words):
        # "our open-source project" is about our code; "the open-source community" never is.
        owned = regex(r"\b(?:our|we)\b", re.IGNORECASE).search(before)
        if not owned or any(w in ("community", "communities", "ecosystem", "world", "movement", "spirit") for w in words):
            return None
    head = _subject_of_words(words)
    head_word = next((w for w in reversed(words) if _subject_of_words([w])), words[-1])
    self_ref = bool(_EN_SELF.search(before)) or _title_colon(text, start)
    if _EN_COMPARISON.search(before) and not regex(r"\b(?:our|ours|among)\b", re.IGNORECASE).search(before):
        return None
    if head_word in _EN_PLURAL_MODEL and not self_ref:
        return None  # "open-source models" as a category the release is compared with
    if head_word in _EN_OWNED_ONLY | _EN_DATA_OWNED_ONLY and not self_ref:
        return None  # "the open-source Transformers library"
    if _EN_MENTION_BEFORE.search(before) and not self_ref:
        return None
    subject = head or _subject_before_en(before) or _sentence_subject(text, start, end)
    return _Hit(start, end, kind, "en", subject)


def _classify_open_source_zh(text: str, start: int, end: int, kind: str) -> _Hit | None:
    if _negated_zh(text, start) or _quoted_term(text, start, end):
        return None
    after = text[end : end + 30]
    window = text[end : end + _WINDOW]
    phrase_end = _ZH_PHRASE_END.search(window)
    clause_after = window[: phrase_end.start()] if phrase_end else window
    before = _clause_before(text, start)
    # "开源协议/许可": about a licence, handled by _license_term_hits.
    if regex(r"^\s*的?\s*(?:协议|協議|许可|許可|授权|授權|license)", re.IGNORECASE).match(after):
        return None
    if _ZH_MENTION.match(after.lstrip()) and not _ZH_SELF.search(before[-4:]):
        return None  # "开源项目/社区/语料": other people's; "我们开源的数据集" is ours
    if regex(r"^\s*的?\s*(?:[\u4e00-\u9fff]{0,8})(?:数据|數據|语料|語料)").match(after) and not _ZH_SELF.search(before):
        # "开源的通用指令遵循数据": third-party data, unless the clause says it is ours.
        if not regex(r"^\s*了").match(after):
            return None
    verb = bool(_ZH_VERB_AFTER.match(after)) or bool(_ZH_VERB_BEFORE.search(before)) or bool(_ZH_SELF.search(before))
    clause_end = not clause_after.strip()
    if _ZH_COMPARISON.search(before) and not (verb and _ZH_SELF.search(before)):
        return None
    if regex(r"^\s*(?:模型|大模型|LLM)\s*(?:的|中|之中|里|裡)\s*(?:领先|領先|最|第一|前列|水平|佼佼者|top|SOTA)", re.IGNORECASE).match(after):
        if not _ZH_SELF.search(before):
            return None  # "开源模型中最强": ranking among others; kept only with 我们/本项目
    if clause_end and not verb:
        # "…协议开源": the topic comes first in the clause; what follows is another clause.
        subject = _subject_zh(before, head_last=False) or "unclear"
    else:
        subject = _subject_zh(clause_after, head_last=True) or _subject_zh(before, head_last=False) or _sentence_subject(text, start, end)
    return _Hit(start, end, kind, "zh", subject)


def _fully_open_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _FULLY_EN.finditer(text):
        hit = _classify_open_source_en(text, match.start(), match.end(), "fully-open")
        if hit is not None:
            hits.append(hit)
    for match in _FULLY_ZH.finditer(text):
        hit = _classify_open_source_zh(text, match.start(), match.end(), "fully-open")
        if hit is not None:
            hits.append(hit)
    return hits


def _full_source_hits(text: str) -> list[_Hit]:
    hits = []
    for match in _FULL_SOURCE_EN.finditer(text):
        before = _clause_before(text, match.start())
        if _negated_en(before) or _EN_MENTION_BEFORE.search(before):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-source", "en", "code"))
    return hits


# -- open weights / open model / openly released / open science ----------------------


def _open_weights_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _OPEN_WEIGHTS_EN.finditer(text):
        before = _clause_before(text, match.start())
        if _negated_en(before) or _quoted_term(text, match.start(), match.end()):
            continue
        words = _np_after(text, match.end())
        head_word = next((w for w in reversed(words) if _subject_of_words([w])), words[-1] if words else "")
        self_ref = bool(_EN_SELF.search(before)) or _title_colon(text, match.start())
        if (head_word in _EN_PLURAL_MODEL or any(w in _EN_MENTION for w in words)) and not self_ref:
            continue
        if _EN_COMPARISON.search(before) and not regex(r"\b(?:our|ours|among)\b", re.IGNORECASE).search(before):
            continue
        if _LICENSE_NAME_AFTER.match(text[match.end() :]):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-weights", "en", "weights"))
    if not text.isascii():
        for match in _OPEN_WEIGHTS_JA.finditer(text):
            ja_hit = _classify_ja(text, match.start(), match.end(), "open-weights")
            if ja_hit is not None:
                hits.append(ja_hit)
    for match in _OPEN_WEIGHTS_ZH.finditer(text):
        if _negated_zh(text, match.start()):
            continue
        before = _clause_before(text, match.start())
        if _ZH_COMPARISON.search(before) and not _ZH_SELF.search(before):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-weights", "zh", "weights"))
    return hits


def _open_model_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _OPEN_MODEL_EN.finditer(text):
        phrase = match.group(0)
        before = _clause_before(text, match.start())
        if _LICENSE_NAME_AFTER.match(text[match.end() :]) or _negated_en(before):
            continue
        if regex(r"open\s+(?:in|with|up|the|a|an)\b", re.IGNORECASE).match(phrase):
            continue
        if regex(r"\b(?:to|can|please|then|and\s+then|click|will)\s*$", re.IGNORECASE).search(before):
            continue  # "open" as a verb: "click to open model files"
        plural = phrase.lower().endswith("s")
        self_ref = bool(_EN_SELF.search(before)) or _title_colon(text, match.start())
        if plural and not self_ref:
            continue
        if _EN_COMPARISON.search(before) and not regex(r"\b(?:our|ours|among)\b", re.IGNORECASE).search(before):
            continue
        if any(w in _EN_MENTION for w in _np_after(text, match.end())):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-model", "en", "model"))
    for match in _OPEN_MODEL_ZH.finditer(text):
        before = _clause_before(text, match.start())
        if _negated_zh(text, match.start()) or (_ZH_COMPARISON.search(before) and not _ZH_SELF.search(before)):
            continue
        if _ZH_MENTION.match(text[match.end() :].lstrip()):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-model", "zh", "model"))
    return hits


def _openly_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _OPENLY_EN.finditer(text):
        phrase = match.group(0).lower()
        before = _clause_before(text, match.start())
        if _negated_en(before) or _quoted_term(text, match.start(), match.end()):
            continue
        sentence = _sentence(text, match.start(), match.end())
        subject = _subject_before_en(before) or _subject_of_words(_np_after(text, match.end(), skip_determiners=True))
        access = phrase.startswith(("open access", "freely", "available to", "openly available", "openly accessible", "openly downloadable")) or phrase.endswith("transparency")
        if access and not phrase.endswith("transparency"):
            # Open access to a paper or a dataset is not a claim about the model.
            if subject not in ("model", "weights"):
                if not (phrase.startswith("open access") and regex(r"\bavailable\s+to\s+all\b", re.IGNORECASE).search(sentence)):
                    continue
                subject = subject or "model"
            if regex(r"^\s*(?:for\s+(?:both\s+)?(?:[\w-]+\s+(?:and|&|or)\s+)?commercial|for\s+(?:academic|research|non-?commercial))", re.IGNORECASE).match(text[match.end() :]):
                continue  # "freely available for commercial use" is a commercial-use claim
        if _EN_COMPARISON.search(before) and not _EN_SELF.search(before):
            continue
        kind = "open-access" if access else "openly-released"
        hits.append(_Hit(match.start(), match.end(), kind, "en", subject or _sentence_subject(text, match.start(), match.end())))
    return hits


def _open_science_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _OPEN_SCIENCE_EN.finditer(text):
        before = _clause_before(text, match.start())
        if _negated_en(before) or any(w in _EN_MENTION for w in _np_after(text, match.end())):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-science", "en", _sentence_subject(text, match.start(), match.end())))
    for match in _OPEN_SCIENCE_ZH.finditer(text):
        if _negated_zh(text, match.start()) or _ZH_MENTION.match(text[match.end() :].lstrip()):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-science", "zh", _sentence_subject(text, match.start(), match.end())))
    return hits


# -- commercial use --------------------------------------------------------------------


def _commercial_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _COMMERCIAL_EN.finditer(text):
        before = _clause_before(text, match.start())
        inside = match.group(0)
        if _negated_en(before) or regex(r"\b(?:not|non-?|no|never|prohibit\w*|forbid\w*)\b", re.IGNORECASE).search(inside):
            continue
        if regex(r"\b(?:if|unless|only\s+after|only\s+with|requires?|need\s+to)\b", re.IGNORECASE).search(before) and regex(r"\bpermission|\bseparate\b|\bcontact\b", re.IGNORECASE).search(text[match.end() : match.end() + 60]):
            continue
        hits.append(_Hit(match.start(), match.end(), "commercial-use", "en", _sentence_subject(text, match.start(), match.end())))
    for match in _COMMERCIAL_ZH.finditer(text):
        if _negated_zh(text, match.start()):
            continue
        hits.append(_Hit(match.start(), match.end(), "commercial-use", "zh", _sentence_subject(text, match.start(), match.end())))
    return hits


# -- licences ----------------------------------------------------------------------------


def _license_term_hits(text: str, *, licence_document: bool) -> list[_Hit]:
    """A licence called open: "an open-source licence", "开源协议", "a permissive license"."""
    hits: list[_Hit] = []
    for match in _OPEN_SOURCE_LICENSE_EN.finditer(text):
        before = _clause_before(text, match.start())
        if _negated_en(before) or _quoted_term(text, match.start(), match.end()):
            continue
        if not licence_document and (_EN_COMPARISON.search(before) or regex(r"\b(?:respective|other|their|any|each)\s*$", re.IGNORECASE).search(before)):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-license-term", "en", "unclear"))
    for match in _OPEN_LICENSE_ZH.finditer(text):
        before = _clause_before(text, match.start())
        if _negated_zh(text, match.start()) or _ZH_OPEN_LICENSE_OTHERS.search(before):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-license-term", "zh", "unclear"))
    if licence_document:
        return hits
    for match in _PERMISSIVE_EN.finditer(text):
        before = _clause_before(text, match.start())
        if _negated_en(before) or regex(r"\b(?:other|respective|their|more)\s*$", re.IGNORECASE).search(before):
            continue
        hits.append(_Hit(match.start(), match.end(), "open-license-term", "en", _subject_before_en(before) or "unclear"))
    return hits


def _declaration_hits(raw: str, in_license_section: bool) -> list[_Hit]:
    """Licences declared in prose: "released under the MIT License", "采用 Apache 2.0 许可证"."""
    hits: list[_Hit] = []
    # Link text counts here: "[Llama 2 Community License Agreement](https://…)" names the licence.
    # `re.sub(r"\]\([^)]{0,1000}\)", "]" + spaces)`, then `_MASK_INLINE.sub` keeping the spans that open with "]"
    text = _blank(raw, [(start + 1, end) for start, end in _mask_spans(raw, (_find_link_target,))]) if "](" in raw else raw
    text = _blank(text, [(start, end) for start, end in _inline_spans(text) if text[start] != "]"])
    seen: set[int] = set()

    def add(match: re.Match[str], group: str, language: str) -> None:
        name = match.group(group)
        if not name:
            return
        value = " ".join(name.split()).strip(" *_`[]\"'")
        if not value or _GENERIC_LICENSE_WORDS.match(value) or match.start(group) in seen:
            return
        seen.add(match.start(group))
        before = text[: match.start()]
        subject = _subject_before_en(_clause_before(text, match.start()) + " " + before[-60:]) if language == "en" else None
        if language == "zh":
            subject = _subject_zh(_clause_before(text, match.start()), head_last=False)
        hits.append(_Hit(match.start(group), match.end(group), "license-declaration", language, subject or "unclear", value))

    for match in _DECL_EN.finditer(text):
        if _negated_en(_clause_before(text, match.start())):
            continue
        add(match, "lic" if match.group("lic") else "lic2", "en")
    for match in _DECL_ZH.finditer(text):
        add(match, "lic", "zh")
    lead_blank = len(text) - len(text.lstrip())
    label = _DECL_LABEL.match(text, lead_blank)
    if label:
        add(label, "lic", "zh" if _is_zh(label.group(0)) else "en")
    if in_license_section and not hits:
        lead = _SECTION_LEAD.match(text, lead_blank)
        if lead and not regex(r"\s*(?:[-*+]\s+)?(?:the\s+)?(?:model|this|our)\b", re.IGNORECASE).match(text):
            add(lead, "lic", "zh" if _is_zh(text) else "en")
    return hits


def _badge_hits(raw: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _BADGE.finditer(raw):
        label, message = _badge_parts(match.group("body"))
        if label is None or not regex(r"licen[cs]e|许可|协议", re.IGNORECASE).search(label):
            continue
        if not message or message.lower() in ("unknown", "custom", "none"):
            continue
        low = label.lower()
        subject = "code" if "code" in low else "weights" if ("model" in low or "weight" in low) else "data" if "data" in low else "unclear"
        end = raw.find(")", match.end())
        end = end + 1 if end >= 0 and raw[match.start() : match.start() + 2] == "![" else match.end()
        hits.append(_Hit(match.start(), end, "license-declaration", "en", subject, message))
    return hits


def _badge_parts(body: str) -> tuple[str | None, str | None]:
    """shields.io static badge path "<label>-<message>-<colour>" ("--" is a dash, "_" a space)."""
    from urllib.parse import unquote

    pieces = regex(r"(?<!-)-(?!-)").split(body)
    if len(pieces) < 2:
        return None, None
    if len(pieces) == 2:
        label, message = "", pieces[0]
    else:
        label, message = pieces[0], "-".join(pieces[1:-1])

    def clean(part: str) -> str:
        part = unquote(part).replace("--", "-").replace("__", "\0").replace("_", " ").replace("\0", "_")
        return " ".join(part.split())

    return clean(label), clean(message)
