"""The words claims are made of: word lists and context cues (English, Chinese, Japanese),
the phrase pattern of each claim kind, and licence names (for prose declarations and badges).

Every pattern is compiled on its first use (`openwash.lazyre`): a card that never reaches a
family's gate never compiles it.
"""

from __future__ import annotations

import re

from openwash.lazyre import lazy_compile

# --------------------------------------------------------------------------- lexicon

_EN_CODE = frozenset(
    "code codes codebase implementation implementations script scripts pipeline pipelines "
    "repository repo repositories repos toolkit toolkits sdk sdks library libraries framework frameworks package packages "
    "software tool tools tooling app apps engine engines runtime runtimes server servers container containers "
    "plugin plugins extension extensions cli stack stacks kernel kernels recipe recipes client clients bindings "
    "infrastructure infra harness harnesses".split()
)
_EN_WEIGHTS = frozenset("weights weight checkpoints checkpoint parameters params adapter adapters lora".split())
_EN_MODEL = frozenset(
    "model models llm llms lm lms ai chatbot chatbots assistant assistants release releases version "
    "variant variants vlm vlms slm slms mllm mllms agent agents system systems network networks "
    "sota state-of-the-art transformer alternative performance".split()
)
_EN_DATA = frozenset(
    "data dataset datasets corpus corpora benchmark benchmarks annotation annotations captions transcripts transcriptions ids urls matrices labels splits".split()
)
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
    "datasets corpora data corpus research science work works contributions contribution alternatives "
    "solutions software products resources venues conferences events giants policy policies contributor regulations "
    "methods approaches techniques advocates advocate culture collaboration collaborations cooperation "
    "partnership partnerships innovation values principles ideals philosophy benchmarks benchmark evals "
    "evaluations toolkits ecology ecologies team teams requirements obligations format formats "
    "references snippets examples samples "
    # "this is a common open-source pattern": a practice of open source, not a property of the release
    "pattern patterns practice practices convention conventions norm norms".split()
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
    r"代码库|代碼庫|项目们|许可证们|"
    # "绕过 AGPL-3.0 的开源要求": a licence's open-source requirements, obligations or clauses
    r"要求|义务|義務|条款|條款|"
    # "开源ChatGPT调研", "开源大模型汇总": a survey of others' open things ("开源清单", the list of what is opened, is not)
    r"[^，。；！？,;!?()（）|\n]{0,30}?(?:调研|調研|汇总|匯總|综述|綜述|盘点|盤點))"
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
    r"existing|previous|prior|like|unlike|similar\s+to|close\s+the\s+gap|gap\s+(?:between|with)|superior\s+to|inferior\s+to|"
    r"better\s+than|ahead\s+of|(?:advantages?|improvements?|gains?|lead|edge)\s+over|over\s+(?:all|most|many|other))\b",
    re.IGNORECASE,
)
_EN_MENTION_BEFORE = lazy_compile(
    r"\b(?:built|based|relies|relying|rely|depends?|depending|thanks|powered|adapted|derived|"
    r"borrowed|forked|inspired|uses?|using|leverag\w*|via|from|integrat\w*|compatible|"
    r"trained\s+on|fine-?tuned\s+on|atop|upon|contribut\w*|welcome|invite|join|"
    # "you most likely appreciate open source", "we love open source": an attitude towards the movement
    r"appreciat\w*|love|loves|embrac\w*|champion\w*|believe\s+in|passionate\s+about)\b",
    re.IGNORECASE,
)
_EN_SELF = lazy_compile(
    # "Aside from being great open-source models, the largest model …": the participle's subject is the sentence's
    r"\bbeing\s+(?:(?:great|excellent|strong|powerful|capable|state-of-the-art)\s+)?$|"
    r"\b(?:our|ours|we|us|its|itself|their\s+own|one\s+of|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:family|library|zoo|series|suite|"
    r"collection|set|line|range)\s+of|among)\b|\w['’]s\s+(?:[\w-]+\s+){0,3}$|^\s*[\w.\- ]{1,60}[:：]\s*$"
    # "this"/"these" point at the release only as a subject or with a release noun ("this model is …",
    # "these checkpoints"), not in "the goal of this research is … open-source chat models"
    r"|\b(?:this|these)\s+(?:(?:[\w-]+\s+){0,2}(?:models?|checkpoints?|weights|release|releases|llms?|repository|repo|project|family|series|version)\b|(?:is|are|was|were)\b)"
    # "All results from this open-source code …": the demonstrative right before the phrase points at the release
    r"|\bthis\s+$"
    # "Three open-source LLMs fine-tuned for …": a count of the release's own models
    r"|^\s*(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$",
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
    r"諸多|各种|各種|已有|一众|一眾|大多数|大多數|大部分|多数|多數|很多|不少|所有|多个|多個|许多|許多|一些|基于|基於|使用|利用|借助|依托|"
    r"感谢|感謝|参考|參考|类似|類似|达到|達到"
)
_ZH_SELF = lazy_compile(r"我们|我們|本项目|本項目|本仓库|本倉庫|本模型|本团队|本團隊|此模型|该模型|該模型|我司")
_ZH_VERB_AFTER = lazy_compile(r"^\s*(?:了|出|发布|發布|出来|出來|给|給|至|到|于|於|化|\s*[A-Za-z0-9])")
_ZH_VERB_BEFORE = lazy_compile(r"(?:已经|已經|已|将|將|会|會|正式|全面|完全|全部|均|都|也|并|並|还|還|率先|首次|首个|陆续|陸續|同步|同时|同時|决定|決定|宣布|选择|選擇|我们|我們|本项目|本項目|本仓库|本倉庫)\s*$")


# --------------------------------------------------------------------------- patterns

# ("opened source it": a non-native spelling of "open-sourced it")
_OS_EN = lazy_compile(r"\b(?:open[\s-]?sourc(?:e[ds]?|ing)|opened[\s-]sourced?)\b(?![.\w-]*@)", re.IGNORECASE)
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
    r"\bopen(?:,\s*|\s+)(?:" + _NOT_MODIFIER + r"[A-Za-z0-9][\w.-]*,?\s+){0,4}"
    r"(?:(?:language|foundation|ai|base|chat|reasoning|embedding|vision|multimodal)\s+)?(?:models?|llms?|vlms?|mllms?|lmms?|slms?)\b",
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
# Korean: "오픈소스" (and "오픈 소스"), negated after the phrase ("…가 아닙니다"), nouns after it or the topic before it.
_OS_KO = lazy_compile(r"오픈\s?소스")
_OPEN_WEIGHTS_KO = lazy_compile(r"오픈\s?웨이트|(?:가중치|웨이트)(?:를|는|도)?\s*오픈")  # 공개 ("made public") is access
_KO_NEGATED_AFTER = lazy_compile(r"^[^.!?\n]{0,30}?(?:아닙니다|아니다|아닌|아니며|아니고|않습니다|않는|않았|않음|않으며)")
_KO_NOT_OURS_AFTER = lazy_compile(
    r"^\s*(?:의\s*)?(?:라이선스|라이센스|커뮤니티|프로젝트|소프트웨어|도구|툴|라이브러리|프레임워크|플랫폼|생태계|데이터셋|진영|연구|"
    r"기여자|개발자|정신|운동|진영|분야|시장)"
    r"|^\s*(?:\S+\s*){0,2}?(?:모델|LLM)?들"  # "오픈소스 모델들": the category, plural
    # "오픈소스 모델인 [Qwen2.5]에 …": apposition, the phrase describes the named model that follows
    r"|^\s*[^\s.,!?]{0,12}인\s*(?:\[|[A-Za-z0-9])"
    # "오픈소스 LLM에 대한 관심": interest in, or work about, the category
    r"|^\s*(?:\S+\s*){0,2}?(?:에\s*대한|에\s*관한)"
    # "오픈 소스여야 하며", "모델이 오픈 소스이고 … 다면": a requirement or a condition, not a statement
    r"|^\s*(?:이어야|여야|일\s*것)|^[^.!?\n]{0,40}?(?:이라면|라면|다면|인\s*경우)"
)
_KO_CATEGORY_BEFORE = lazy_compile(r"(?:다른|기존|타|여러|다양한|많은|모든|주요|대표적인|대부분의?|일부|각종|수많은)\s*$")
_KO_SUBJECTS = (
    ("weights", lazy_compile(r"가중치|웨이트|체크포인트|파라미터")),
    ("model", lazy_compile(r"모델|LLM|언어\s*모델")),
    ("code", lazy_compile(r"코드|소스\s*코드|구현")),
    ("data", lazy_compile(r"데이터")),
)
# "상업적 사용이 가능합니다", "상업적으로 이용할 수 있습니다", "商用利用可能", "商用利用が可能です": commercial use, granted
_COMMERCIAL_KO = lazy_compile(
    r"(?<!비)상업적\s*(?:인\s*)?(?:사용|이용|용도|목적|활용)(?:이|가|도|으로도|로도|에도)?\s*(?:모두\s*)?(?:가능|허용|무료)"
    r"|(?<!비)상업적으로(?:도)?\s*(?:사용|이용|활용)(?:이|가|도)?\s*(?:가능|할\s*수\s*있)"
    r"|상용\s*(?:사용|이용|화)?(?:이|가|도)?\s*(?:가능|허용)"
)
_COMMERCIAL_JA = lazy_compile(
    r"(?<!非)商用(?:利用|目的|での利用|での使用|使用|利用も)?\s*(?:が|も|は)?\s*(?:可能|可(?![^。\n]{0,3}否)|OK|ＯＫ|できます|いただけます|自由)"
)
_KO_JA_COMMERCIAL_NEGATED_AFTER = lazy_compile(r"^\s*(?:하지\s*(?:않|못)|한지|하지는|ではありません|ではない|ではございません|不可)")
_OPEN_SOURCE_LICENSE_EN = lazy_compile(
    r"\bopen[\s-]?source[\s-]+(?:licen[cs]e|agreement)(?!s)\b|\b(?:an|under|the)\s+open\s+(?:model\s+)?licen[cs]e(?!s)\b"
    # a dual-licensing label: "- **Open Source**: GPLv3 License" (the licence offered as the open-source option)
    r"|\bopen[\s-]?source(?=\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?:the\s+)?(?:A?GPL|LGPL|MIT|Apache|BSD|MPL|EPL|ISC|CC[\s-]BY|[A-Z][\w.+-]*\s+licen[cs]e))",
    re.IGNORECASE,
)
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


# --------------------------------------------------------------------------- licence names

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
    r"(?:[-*+]\s)?\s?(?:\*\*|__)?(?:[^\w\s]{1,3}\s?)?(?:Licen[cs]e|许可证|許可證|协议|協議|라이선스|라이센스|ライセンス)(?:\*\*|__)?\s?[:：]"
    + _LIC_WRAP + r"(?P<lic>" + _LIC + r")",
    re.IGNORECASE,
)
_DECL_ZH = lazy_compile(
    r"(?:采用|採用|遵循|遵守|依照|依據|依据|根据|根據|基于|基於|使用|遵照|按照|适用|適用|以)" + _LIC_WRAP
    + r"(?P<lic>" + _LIC + r")" + _LIC_WRAP + r"(?:开源)?(?:许可证|許可證|许可|許可|协议|協議|授权|授權|license)",
    re.IGNORECASE,
)
_SECTION_LEAD = lazy_compile(r"(?:[-*+]\s)?" + _LIC_WRAP + r"(?P<lic>" + _LIC + r")(?=\W|$)")
_LICENSE_HEADING = lazy_compile(r"licen[cs]|许可|許可|协议|協議|授权|授權|terms\s+of\s+use|使用条款|라이선스|라이센스|ライセンス|利用規約|이용\s*약관", re.IGNORECASE)
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
