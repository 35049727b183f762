"""Terms stated in prose without naming a licence: research-only, non-commercial, no derivatives,
a use policy ("仅供学术研究使用，不可商用")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from openwash.lazyre import lazy_compile, regex
from openwash.licenses.declarations.blocks import _relevant_blocks, _sentences
from openwash.licenses.declarations.prose import _clauses, _strip_md, _sub_links
from openwash.licenses.declarations.scope import scope_of
from openwash.licenses.declarations.text import _record_cut, fold_case, keyword_pattern


# -- terms stated in prose -------------------------------------------------------------------------
#
# "The weights are for research purposes only and may not be used commercially", "仅供学术研究使用，
# 不可商用", "严禁用于商业用途": restrictions written into a README without naming a licence. They are
# terms all the same (DOMAIN §5). The patterns are stricter than identify's rider patterns, which read
# licence texts: a README also *mentions* other licences ("the original non-commercial licence of LLaMA").

# A list of purposes: "research/academic/personal", "research and education"
_SEP = r"\s*(?:/|,|\band\b|&)\s*"
_ACADEMIC = r"(?:academic|education(?:al)?|teaching|study|research)"

_TERMS_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "research-only",
        lazy_compile(
            # "for research purposes only", and with academic purposes listed beside it: "for research and education only"
            r"\b(?:for|to)\s+(?:academic\s+|scientific\s+|non-?commercial\s+)?research"
            r"(?:\s*(?:/|,|\band\b|\bor\b|&)\s*(?:academic|education(?:al)?|teaching|study)){0,3}"
            r"\s+(?:purposes?\s+|use\s+|usage\s+)?only\b"
            r"|\b(?:academic|research)[- ](?:use[- ])?only\b"
            r"|\b(?:only|solely|exclusively|strictly)\s+(?:for|to be used for|for use in)\s+(?:academic\s+|non-?commercial\s+)?research\b"
            r"|\b(?:limited|restricted)\s+to\s+(?:academic\s+|non-?commercial\s+)?research\b",
            re.I,
        ),
    ),
    (
        "non-commercial",
        lazy_compile(
            r"\b(?:may|must|shall|can|will)\s*(?:not|n't)\s+be\s+used\s+(?:commercially|(?:for|in)\s+(?:any\s+)?commercial)"
            r"|\bcannot\s+be\s+used\s+(?:commercially|(?:for|in)\s+(?:any\s+)?commercial)"
            r"|\bnot\s+(?:be\s+)?(?:used\s+)?for\s+(?:any\s+)?commercial\s+(?:use|purposes?|applications?)"
            r"|\bno\s+commercial\s+use\b|\bcommercial\s+use\b[^.;]{0,40}?\b(?:is|are)\s+(?:not\s+permitted|prohibited|forbidden|not\s+allowed)"
            r"|\bprohibited\s+(?:for|from)\s+(?:any\s+)?commercial"
            r"|\b(?:only\s+for|for)\s+non-?commercial\s+(?:use|purposes?)(?:\s+only)?\b|\bnon-?commercial\s+(?:use|purposes?)\s+only\b"
            # a list of purposes as wide as personal or non-commercial use: "for research/academic/personal purposes only",
            # "can only be used for personal/research/non-commercial purposes"
            rf"|\bfor\s+(?:research|academic)(?:{_SEP}{_ACADEMIC}){{0,2}}{_SEP}(?:personal|non-?commercial)"
            rf"(?:{_SEP}(?:{_ACADEMIC}|personal|non-?commercial)){{0,2}}\s+(?:use|usage|purposes?)\s+only\b"
            r"|\bonly\s+be\s+used\s+for\s+(?:[\w-]+\s*/\s*){1,3}non-?commercial\s+(?:use|purposes?)\b",
            re.I,
        ),
    ),
    (
        "no-derivatives",
        lazy_compile(r"\b(?:may|must|shall)\s+not\s+be\s+(?:modified|fine-?tuned)\b|\bno\s+derivative\s+works\s+(?:are|is)\s+(?:permitted|allowed)", re.I),
    ),
)
_TERMS_ZH: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("research-only", lazy_compile(r"(?:仅|只|僅)(?:供|限|用于|用於|能用于|可用于)[^。，,；;]{0,8}(?:研究|科研)")),
    (
        "non-commercial",
        lazy_compile(
            r"(?:不可|不得|不能|禁止|严禁|嚴禁|不允许|不允許|不准|请勿|請勿)(?:用于|用於|作为|进行)?(?:任何)?(?:商用|商业|商業)"
            r"|(?:仅|只|僅|限)[^。，,；;]{0,6}非商业|非商业(?:性)?(?:用途|目的|使用)(?:使用)?$"
        ),
    ),
    ("no-derivatives", lazy_compile(r"(?:不得|禁止|严禁)[\s*_:：—–-]{0,6}(?:对[^。，,；;]{0,10})?(?:修改|微调|二次开发)")),
)
# Korean and Japanese: "연구 목적으로만 사용할 수 있습니다", "비상업적 용도로만", "상업적 이용은 금지됩니다",
# "研究目的に限り", "非商用目的のみ", "商用利用は禁止します".
_TERMS_KO_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "research-only",
        lazy_compile(r"연구\s*(?:목적|용도|용)?\s*(?:으로|로|에)\s*(?:만|한정|제한)|(?:学術)?研究(?:目的|用途)?\s*(?:に|で|の)?\s*(?:のみ|限[りるら定])"),
    ),
    (
        "non-commercial",
        lazy_compile(
            r"비상업적\s*(?:인\s*)?(?:목적|용도|사용|이용)?\s*(?:으로|로|에)?\s*(?:만|한정|제한)"
            # "비상업적 목적으로 사용", "非商用目的の利用": use for a non-commercial purpose, as "for non-commercial use"
            r"|비상업적\s*(?:인\s*)?(?:목적|용도)\s*(?:으로|로|의|에\s*한해)?\s*(?:사용|이용|활용)"
            r"|非商用(?:目的)?\s*(?:の|で|に)?\s*(?:利用|使用|用途)"
            r"|상업적\s*(?:인\s*)?(?:사용|이용|목적|용도|활용)[^.。\n]{0,15}?(?:금지|불가|허용되지\s*않|할\s*수\s*없)"
            r"|상용\s*(?:사용|이용)?\s*(?:은|는|이)?\s*(?:금지|불가)"
            r"|非商用(?:目的|利用)?\s*(?:に|で|の)?\s*(?:のみ|限[りるら定])"
            r"|商用(?:利用|目的|での利用|での使用|使用)?\s*(?:は|を|に|で)?\s*(?:禁止|不可|できません|禁じ|認められ(?:ません|ない)|お控え)"
        ),
    ),
)
# "If you wish to use our models commercially, please sign this agreement", "如需申请商业许可证，请填写申请表":
# commercial use needs the licensor's say-so. Read over a whole sentence part, since the condition and
# the request often sit in two clauses.
_COMMERCIAL_AUTHORISATION: tuple[re.Pattern[str], ...] = (
    lazy_compile(
        r"\bif\s+you\s+(?:wish|want|would\s+like|intend|plan|need)\s+to\s+use\b[^.;]{0,80}?\bcommercial[^.;]{0,160}?"
        r"\b(?:sign|apply|register|fill|request|obtain|get\s+(?:authori[sz]ed|permission|approval)|contact)\b"
        r"|\bfor\s+commercial\s+(?:use|usage|purposes?|deployments?|applications?|licen[cs](?:e|ing))\b[^.;]{0,60}?"
        r"\b(?:please\s+)?(?:sign|apply|register|fill\s+(?:in|out)|request|obtain|contact\s+us)\b"
        r"|\bcommercial\s+(?:use|usage|deployment)\b[^.;]{0,60}?\b(?:requires?|needs?|is\s+subject\s+to|must\s+(?:be\s+)?"
        r"(?:obtain|apply|sign|register|approv|authori))[^.;]{0,40}?\b(?:licen[cs]e|authori[sz]ation|permission|approval|agreement|"
        r"registration|application|approved|authori[sz]ed)"
        r"|\bapply(?:ing)?\s+for\s+(?:a\s+|the\s+)?commercial\s+(?:licen[cs]e|use|authori[sz]ation)"
        # "may be used commercially upon obtaining proper authorization", "commercial use is permitted after approval"
        r"|\b(?:used\s+commercially|commercial\s+(?:use|usage)\s+(?:is\s+)?(?:allowed|permitted|possible|available))\s+(?:only\s+)?"
        r"(?:upon|after|with|once|following|subject\s+to)\s+(?:[\w-]+\s+){0,3}?(?:authori[sz]ation|permission|approval|licen[cs]e|agreement|consent)\b",
        re.I,
    ),
    lazy_compile(
        r"(?:如需|如果需要|若需|若要|如要|如果您?(?:希望|想|需要|要|计划|計劃|打算))[^。；;]{0,40}(?:商用|商业|商業)[^。；;]{0,60}"
        r"(?:申请|申請|授权|授權|联系|聯繫|填写|填寫|签署|簽署|登记|登記|许可|許可)"
        r"|(?:商用|商业使用|商業使用|商业用途|商業用途|商业化使用)[^。；;]{0,20}(?:需|须|須|需要|必须|必須|应当|應當|应|應)[^。；;]{0,20}"
        r"(?:申请|申請|授权|授權|联系|聯繫|填写|填寫|签署|簽署|登记|登記|许可|許可)"
        r"|申请商业(?:许可|授权|使用)|申請商業(?:許可|授權|使用)"
        # "对MindChat模型进行商用, 请通过邮箱…发送邮件进行细节咨询": commercial use goes through the publisher
        r"|(?:进行|進行)?(?:商用|商业使用|商業使用|商业用途|商業用途)\s*[，,]\s*请[^。；;]{0,40}(?:邮件|邮箱|郵件|郵箱|联系|聯繫|咨询|諮詢|申请|申請)"
        # "经审核通过后，将授予您一个…商业版权许可": a commercial licence granted after review
        r"|(?:审核|審核|审批|審批|批准)[^。；;]{0,40}(?:商业|商業|商用)(?:版权|版權)?(?:许可|許可|授权|授權)"
        # "在进行授权后允许商业使用": commercial use once a grant is given
        r"|(?:授权|授權|许可|許可|审批|審批|批准)(?:后|後|之后|之後)[^。；;，,]{0,8}(?:允许|允許|可以?|方可|才能|才可)[^。；;]{0,6}(?:商业|商業|商用)"
    ),
)
# "Enterprise License: … bypassing the open-source requirements of AGPL-3.0. For commercial use cases, please contact
# us": a commercial licence offered beside an open-source one (dual licensing) is an option, not a condition of use
_DUAL_LICENCE = lazy_compile(
    r"\bbypass\w*\b[^.;]{0,60}?\b(?:a?gpl|copyleft|open[- ]source\s+(?:requirements|obligations))"
    r"|\bdual[- ]licen[cs]\w*|\binstead\s+of\s+(?:the\s+)?a?gpl\b|\bnot\s+(?:wish|want)\s+to\s+(?:comply|be\s+bound)\s+(?:with|by)\s+(?:the\s+)?a?gpl\b"
    r"|绕过[^。；;]{0,30}(?:AGPL|GPL|开源)",
    re.I,
)
_USE_POLICY = lazy_compile(r"\b(?:acceptable|prohibited)[\s-]+use\s+polic(?:y|ies)\b|\buse\s+polic(?:y|ies)\b|可接受使用政策|使用政策|禁止使用政策", re.I)
# "not only for research", "不仅供研究": a negated restriction is none.
_NEGATED_BEFORE = lazy_compile(r"(?:\b(?:not|no longer|never|isn't|aren't)\s+(?:\w+\s+){0,2}|不再?|并非|不是)$", re.I)
# "intended for research purposes only" describes the intended use (a model card's "Uses"), not a term.
_INTENDED = lazy_compile(r"\b(?:intended|designed|meant|primarily)\b|旨在|主要用于|设计用于", re.I)
_LICENSING_WORD = lazy_compile(r"licen[cs]|许可|授权|協議|协议", re.I)
# Domain disclaimers of medical, legal or financial models ("not a substitute for professional medical
# advice", "不构成医疗建议"): a warning about reliance, not licence terms.
_SAFETY_ADVICE = lazy_compile(
    r"substitute\s+for|professional\s+(?:medical|legal|financial|clinical)|(?:medical|legal|financial|investment|clinical)\s+(?:advice|decisions?|diagnos)"
    r"|\bdiagnos|\bclinical\s+use|医疗建议|醫療建議|投资建议|投資建議|法律建议|法律建議|诊断|診斷|不构成",
    re.I,
)
# Another model is the subject: "Unlike other models, which are for research only, M …".
_OTHERS = lazy_compile(
    r"\bunlike\b|\bcompared\s+(?:to|with)\b|\bother\s+(?:[\w-]+\s+){0,3}models?\b"
    # "Jailbreak prompts from the jailbreak_llms collection, which states it is for research purposes only": what another
    # source says of itself, reported
    r"|\b(?:which|whose\s+(?:card|licen[cs]e|readme|page))\s+(?:states|says|notes|declares|specifies|marks)\b"
    r"|不同于|相比|(?:其他|其它)[^。，,；;]{0,10}模型|与[^。，,；;]{0,30}不同",
    re.I,
)
# A non-binding wish ("we ask that", "希望") is no term.
_WISH = lazy_compile(r"\bwe\s+(?:kindly\s+)?(?:ask|request|encourage|recommend|hope)\b|希望|建议", re.I)
# Subjects that stand for the whole release ("本项目相关资源", "the resources of this project").
# "We emphasize that ChatDoctor is for academic research only …": a named subject, in a model's README the model
_NAMED_SUBJECT = lazy_compile(
    # "**Usage and License Notices**: Okapi is intended and licensed for research use only": a label may come first
    r"^\W*(?:[A-Z][\w ]{1,40}?\W{0,3}[:：]\W*)?"
    r"(?:(?i:we|please)\s+(?:\w+\s+){0,2}that\s+)?(?:(?i:the)\s+)?[A-Z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*"
    r"(?:\s+(?:models?|weights|checkpoints?))?\s+(?:is|are)\s+(?:(?:only|strictly|solely|intended)\s+)?"
    r"(?:(?:and\s+)?(?:licensed|released|provided|distributed|made\s+available|available)\s+(?:only\s+|solely\s+|strictly\s+)?)?(?:for|not)\b",
)
# "… inherited from the non-commercial / research-only terms of PanoInfinigen": a named component's terms, described
_TERMS_OF_ANOTHER = lazy_compile(
    r"(?i:(?:[\w-]+\s*/\s*)*[\w-]+\s+(?:terms|licen[cs]es?|restrictions?|conditions)\s+of\s+(?:the\s+)?)[A-Z][\w.-]*"
)
_WHOLE_REPOSITORY = lazy_compile(r"\b(?:this|our|the)\s+(?:repository|repo)\b|本仓库|本倉庫", re.I)
_CODE_NOUN = lazy_compile(r"\bcode(?:s|base)?\b|\bsource\b|\bsoftware\b|\bscripts?\b|代码|源码|代碼|源碼", re.I)
_RELEASE_WIDE = lazy_compile(r"\bthis\s+(?:project|release|work)\b|\bresources\b|本项目|本專案|相关资源|本资源|所有资源|全部资源", re.I)


@dataclass
class ProseTerms:
    """Restrictions a sentence states about parts of the release, without naming a licence."""

    line: int
    kinds: list[str]  # identify's rider kinds: "research-only", "non-commercial", "no-derivatives"
    sentence: str
    applies_to: list[str]
    # "This repository can only be used for …": said of the whole repository, not of its code only (see
    # profiles.terms.weights_terms: the weights' terms when nothing else states them)
    whole_repository: bool = False


def terms_from_prose(path: str, lines: list[str], body_start: int = 1) -> list[ProseTerms]:
    """Restrictions stated in Markdown prose, one per sentence and scope, with the parts they cover."""
    out: list[ProseTerms] = []
    sentences = 0
    for block in _relevant_blocks(lines, body_start, _TERMS_KEYWORDS, path=path):
        for sentence, line in _sentences(block, lines, path):
            if not _TERMS_KEYWORDS.search(fold_case(sentence)):
                continue
            sentences += 1
            if sentences > MAX_TERM_SENTENCES:
                _record_cut(lines, f"{path}: terms in prose were read up to line {line} only "
                                   f"(more than {MAX_TERM_SENTENCES:,} candidate sentences); the rest of the document was not")
                return out
            found = _sentence_terms(line, sentence, block.in_terms_section, block.in_license_section)
            if found and _DUAL_LICENCE.search(block.text):
                found = _without_commercial_offer(found)
            out.extend(found)
    return out


def _without_commercial_offer(found: list[ProseTerms]) -> list[ProseTerms]:
    """A paragraph that offers a commercial licence as the way around an open-source one ("Enterprise License: …
    bypassing the open-source requirements of AGPL-3.0. For commercial use cases, please contact us"): dual licensing,
    so contacting the publisher is an option, not a condition of commercial use."""
    kept = []
    for terms in found:
        terms.kinds = [kind for kind in terms.kinds if kind != "commercial-authorisation"]
        if terms.kinds:
            kept.append(terms)
    return kept


# Every pattern of `_TERMS_EN`/`_TERMS_ZH`/`_TERMS_KO_JA` holds one of these words: a paragraph without any states no terms.
_TERMS_KEYWORDS = keyword_pattern(
    ("research", "academic", "commercial", "modified", "fine-tuned", "finetuned", "derivative", "use polic",
     "研究", "科研", "商用", "商业", "商業", "修改", "微调", "二次开发", "使用政策", "연구", "상업", "상용")
)
MAX_TERM_SENTENCES = 1_000  # sentences with a terms keyword, per document (corpus maximum: 21)


# The text of a link to elsewhere describes the linked thing ("[LLaMA模型禁止商用](https://…)").
_OUTBOUND_LINK = lazy_compile(r"\[([^\]]{1,160})\]\((?:https?:)?//[^)\s]{1,400}\)")
_ASIDE_OPEN, _ASIDE_CLOSE = "\u2039", "\u203a"
# Sentence ends that _SENTENCE_END leaves inside bold text ("**… use.** When …").
_SUB_SENTENCE = lazy_compile(r"(?<=[.!?])\s+|(?<=[。！？])")


def _sentence_terms(number: int, sentence: str, in_terms_section: bool, in_license_section: bool = True) -> list[ProseTerms]:
    marked = _sub_links(_OUTBOUND_LINK, lambda m: _ASIDE_OPEN + m.group(1) + _ASIDE_CLOSE, sentence)
    out: list[ProseTerms] = []
    for part in _SUB_SENTENCE.split(_strip_md(marked)):
        found = _part_terms(number, part, in_terms_section, in_license_section)
        if found is None:
            continue
        same = next((t for t in out if t.applies_to == found.applies_to), None)
        if same is None:
            out.append(found)
        else:
            same.kinds += [k for k in found.kinds if k not in same.kinds]
    return out


def _part_terms(number: int, flat: str, in_terms_section: bool, in_license_section: bool = True) -> ProseTerms | None:
    if not flat.strip() or _OTHERS.search(flat) or _WISH.search(flat):
        return None
    kinds: list[str] = []
    scopes: list[str] = []
    carried: list[str] = []  # the subject of an earlier clause carries over ("本模型仅供研究，不可商用")
    in_aside = False  # a link text may hold commas, so clauses can start or end inside one
    for clause in _clauses(flat):
        own_text, in_aside = _mask_asides(clause, in_aside)
        carried = scope_of(own_text) or carried
        found = _clause_kinds(_TERMS_OF_ANOTHER.sub(" ", own_text) if " of " in own_text else own_text)
        if not found:
            continue
        kinds += [k for k in found if k not in kinds]
        scopes += [s for s in carried if s not in scopes]
    whole, _inside = _mask_asides(flat, False)
    if any(pattern.search(whole) for pattern in _COMMERCIAL_AUTHORISATION) and not _NEGATED_BEFORE.search(whole[:4]):
        kinds.append("commercial-authorisation")
        scopes += [s for s in (scope_of(whole) or ["weights"]) if s not in scopes]
    plain_part = flat.replace(_ASIDE_OPEN, "").replace(_ASIDE_CLOSE, "")
    policy = _USE_POLICY.search(plain_part)
    ours = bool(policy) and bool(regex(r"\b(?:our|its|the\s+model'?s?)\s+$|本$", re.I).search(plain_part[: policy.start() if policy else 0]))
    if policy and not _NEGATED_BEFORE.search(plain_part[: policy.start()]) and (in_terms_section or ours or scope_of(plain_part)):
        # "our Acceptable Use Policy can be found here": the weights come with an AUP (the text of a link
        # counts here: "[Acceptable Use Policy](…)" names the policy the release imposes)
        kinds.append("acceptable-use-policy")
        scopes += [s for s in (scope_of(plain_part) or ["weights"]) if s not in scopes]
    if not kinds:
        return None
    plain = " ".join(flat.replace(_ASIDE_OPEN, "").replace(_ASIDE_CLOSE, "").split())
    if not scopes and not _RELEASE_WIDE.search(plain) and in_terms_section and not in_license_section and kinds == ["research-only"]:
        return None  # a disclaimer's "The content provided above is for research purposes only": no subject, no ban
    if not scopes and _RELEASE_WIDE.search(plain):
        # "本项目相关资源仅供学术研究之用", "the resources of this project": the model and the data the project releases
        # (its code keeps the licence file that covers it)
        scopes = ["weights", "data"]
    elif not scopes and (in_terms_section or _NAMED_SUBJECT.match(plain)):
        scopes = ["weights"]  # "ChatDoctor is for …", a terms section's sentence: in a model release, the model
    if not scopes:
        return None
    whole_repository = scopes == ["code"] and bool(_WHOLE_REPOSITORY.search(plain)) and not _CODE_NOUN.search(plain)
    return ProseTerms(number, kinds, plain, scopes, whole_repository)


def _mask_asides(clause: str, inside: bool) -> tuple[str, bool]:
    """The clause with the text of outbound links blanked; whether the clause ends inside one."""
    if not inside and _ASIDE_OPEN not in clause and _ASIDE_CLOSE not in clause:
        return clause, False  # nothing to blank: skip the walk over every character
    kept: list[str] = []
    for char in clause:
        if char == _ASIDE_OPEN:
            inside = True
        elif char == _ASIDE_CLOSE:
            inside = False
        kept.append(" " if inside or char == _ASIDE_CLOSE else char)
    return "".join(kept), inside


def _clause_kinds(clause: str) -> list[str]:
    kinds = []
    for kind, pattern in _TERMS_EN + _TERMS_ZH + _TERMS_KO_JA:
        for match in pattern.finditer(clause):
            before = clause[: match.start()]
            if _NEGATED_BEFORE.search(before):
                continue
            if kind == "research-only" and _INTENDED.search(before) and not _LICENSING_WORD.search(clause):
                continue
            if kind == "research-only" and _SAFETY_ADVICE.search(clause) and not _LICENSING_WORD.search(clause):
                continue  # "for research purposes only and not a substitute for medical advice": a safety warning
            if kind not in kinds:
                kinds.append(kind)
            break
    return kinds
