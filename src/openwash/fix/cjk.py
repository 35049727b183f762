"""Chinese, Japanese and Korean wording: what an overreaching phrase is replaced by.

"开源模型" becomes "依据<licence>发布的模型" ("开放权重模型" when the weights are open), "我们开源了" "我们发布了",
"开源免费商用" "商用须遵守<licence>" (traditional characters keep traditional characters);
"オープンソース化" becomes "公開"; "오픈소스로 공개" becomes "공개". Anything else is left for a person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from openwash.lazyre import lazy_compile
from openwash.model import Claim

if TYPE_CHECKING:
    from openwash.fix.edit import Span
    from openwash.fix.terms import Terms


# --------------------------------------------------------------------------- Chinese and Japanese

_ZH_OPEN = lazy_compile(r"^(?:完全|全面|全部|彻底|徹底|真正)?\s*(?:的\s*)?(开源|開源)$")
_ZH_NOUN_AFTER = lazy_compile(r"^(?:(?![和与與及或、的])[\u4e00-\u9fff]){0,4}?(?:大?模型|权重|權重|参数|參數)")
_ZH_DE_AFTER = lazy_compile(r"^的")
_ZH_COORDINATED = lazy_compile(r"^、[^，。；！？,;!?]{0,20}?的[^，。；！？,;!?]{0,12}?(?:模型|权重|權重)")
_ZH_VERSION_AFTER = lazy_compile(r"^(?:版本|版)")
_ZH_VERB_AFTER = lazy_compile(r"^(?:了|出|\s*[A-Za-z0-9*「《【“\[]|\s*[。，；！.,;!]|\s*$)")
_ZH_VERB_BEFORE = lazy_compile(
    r"(?:已经|已經|已|将|將|会|會|正式|全面|完全|全部|均|都|也|并|並|还|還|率先|首次|陆续|陸續|同步|同时|同時|决定|決定|宣布|"
    r"选择|選擇|我们|我們|本项目|本項目|团队|團隊|进行了|進行了)\s*$"
)
_ZH_COMMERCIAL = lazy_compile(r"^(?:开源|開源)?\s*(?:免费|免費|可|支持|允许|允許)\s*(?:商用|商业使用|商業使用)$")


def _rewrite_zh(claim: Claim, line: str, start: int, end: int, terms: Terms) -> Span | None:
    old = line[start:end]
    traditional = "開" in old or "權" in old
    if claim.kind == "commercial-use":
        if _ZH_COMMERCIAL.match(old) and terms.licence_zh:
            return start, end, ("商用須遵守" if traditional else "商用须遵守") + terms.licence_zh
        return None
    if claim.kind not in ("open-source", "fully-open") or not _ZH_OPEN.match(old):
        return None
    before, after = line[:start], line[end:]
    released = "發布" if traditional else "发布"
    if _ZH_VERSION_AFTER.match(after):
        return start, end, released  # "开源版本" → "发布版本"
    if _ZH_VERB_BEFORE.search(before) or after.startswith(("了", "出")):
        return start, end, released  # "我们开源 X", "开源了 X", "已经开源。" → "我们发布 X", "发布了 X", "已经发布。"
    coordinated = bool(_ZH_COORDINATED.match(after))  # "一个完全开源、可商用的大模型": the adjectives share one 的
    if coordinated or _ZH_NOUN_AFTER.match(after) or _ZH_DE_AFTER.match(after):
        if terms.open_weights:
            return start, end, "開放權重" if traditional else "开放权重"
        de = "" if coordinated or _ZH_DE_AFTER.match(after) else "的"
        if terms.licence_zh:
            name = terms.licence_zh
            if re.match(r"[\x00-\x7f]", name):
                name = f" {name} "  # a Latin name between Chinese words gets spaces
            return start, end, ("依據" if traditional else "依据") + name + released + de
        return start, end, ("公開" if traditional else "公开") + released + de  # "publicly released": access, no terms
    return None


def _rewrite_ja(claim: Claim, line: str, start: int, end: int, terms: Terms) -> Span | None:
    after = line[end:]
    if claim.kind != "open-source" or not re.fullmatch(r"オープン[・･]?ソース", line[start:end]):
        return None
    if after.startswith("化"):
        return start, end + 1, "公開"  # "オープンソース化しました" → "公開しました"
    if after.startswith(("モデル", "の")) and terms.open_weights:
        return start, end, "オープンウェイト"
    return None


def _rewrite_ko(claim: Claim, line: str, start: int, end: int, terms: Terms) -> Span | None:
    if claim.kind != "open-source":
        return None
    after = line[end:]
    released = re.match(r"(?:으로|로)\s*(?=공개)", after)
    if released:
        return start, end + released.end(), ""  # "오픈소스로 공개했습니다" → "공개했습니다" (made public)
    if re.match(r"\s*(?:언어\s*)?모델", after) and terms.open_weights:
        return start, end, "오픈 웨이트"  # "오픈소스 모델" → "오픈 웨이트 모델"
    return None
