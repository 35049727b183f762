"""Whether "open source" stands beside its antonym ("open- and closed-source models", "开源与闭源", "오픈 소스와 클로즈드
소스"): the two together name the field a release is ranked in, not a category it claims to be in."""

from __future__ import annotations

import re

from openwash.lazyre import lazy_compile


# "among both open-source and closed-source systems", "the best in API-based and open-sourced models", "开源与闭源方案":
# the two categories together are the field the release is ranked in, not a category it claims to be in.
_ANTONYM_AFTER = lazy_compile(
    r"^\s*(?:and|or|&|/|,|as\s+well\s+as|y|o|como|et|ou|und|oder|e)\s*(?:[\w-]+\s+)?(?:closed|close(?=[\s-]sourced?\b)|proprietary|commercial|non-open|api[\s-]?(?:based|only)|cerrad\w*|propietari\w*|ferm\w*)"
    r"[\s-]?(?:sourced?|weights?)?\b|^\s*(?:および|及び|と|や|、|/)\s*(?:クローズド|非公開|商用)",
    re.IGNORECASE,
)


_ANTONYM_BEFORE = lazy_compile(
    r"\b(?:closed|close(?=[\s-]sourced?\b)|proprietary|commercial|api[\s-]?(?:based|only))[\s-]?(?:sourced?|weights?)?\s*(?:\w+\s+)?(?:and|or|&|/|,|as\s+well\s+as)\s*$",
    re.IGNORECASE,
)


_ANTONYM_ZH_AFTER = lazy_compile(r"^\s*(?:的)?\s*(?:与|和|及|、|/|或|以及)\s*(?:其他\s*)?(?:闭源|閉源|商业|商業|专有|專有)")


_ANTONYM_ZH_BEFORE = lazy_compile(r"(?:闭源|閉源|商业|商業|专有|專有)\s*(?:模型|方案|系统)?\s*(?:与|和|及|、|/|或|以及)\s*$")


# "오픈 소스와 클로즈드 소스 모두에서": open and closed source together name the whole field
_ANTONYM_KO_AFTER = lazy_compile(r"^\s*(?:와|과|및|이든|든|,)?\s*(?:클\S{1,5}?\s?소스|폐쇄형|비공개)")


_ANTONYM_KO_BEFORE = lazy_compile(r"(?:클\S{1,5}?\s?소스|폐쇄형|비공개)\s*(?:와|과|및|이든|든|,)?\s*$")


def _with_its_antonym(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    if _ANTONYM_AFTER.match(after) or _ANTONYM_BEFORE.search(before) or _ANTONYM_ZH_AFTER.match(after) or _ANTONYM_ZH_BEFORE.search(before):
        return True
    return not text.isascii() and bool(_ANTONYM_KO_AFTER.match(after) or _ANTONYM_KO_BEFORE.search(before))
