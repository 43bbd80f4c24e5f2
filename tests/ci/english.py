"""What counts as Chinese left in English output (issue 10, item 7).

Allowed: text in quotes (“…”, "…", '…', 《…》, 「…」, a template's {placeholder}), a gloss after its
translation ("the review opinion (审核意见)"), names (files,
sheets, the project, fact values read from the documents, document numbers such as
通政发〔2024〕97号) and official terms (units, the vocabulary's Chinese names and enum values,
the bodies and categories the measures name). Anything else — 全文, 表1 第21行, 段落9, a
full-width colon — is an untranslated word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+")
QUOTED = re.compile(r"“[^“”]*”|\"[^\"\n]*\"|(?<![A-Za-z])'[^'\n]*'|《[^》]*》|「[^」]*」|\{[^}]*\}")
DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]*〔\d{4}〕\d+号")
FILE_NAME = re.compile(r"[^\s/\"“”()（）:]+\.(?:docx|xlsx|xlsm|pdf|doc|wps|xls|et|ods|odt|zip|yaml)\b")
SHEET_REF = re.compile(r"[^\s!]+![A-Z]+\d+")
LOOKED_FOR = re.compile(r"\((?:looked for|searched for)[^)]*\)")  # the phrases searched for
# The official Chinese term as a gloss after its translation: "the review opinion (审核意见)".
GLOSS = re.compile(r"(?<=[A-Za-z'\"] )\([\u3400-\u9fff]+(?: or [\u3400-\u9fff]+)*\)")

# Official terms a measure uses and English keeps, as a translator would (bodies, categories,
# units, standing abbreviations). The vocabulary's Chinese names and enum values come on top.
OFFICIAL_TERMS = {
    "万元", "个月", "区大数据管理局", "市行政审批服务管理局", "市政务信息管理局", "政务服务与数据管理部门",
    "区公共资源交易中心", "区政府办公室", "区委网信办", "领导小组", "市直", "市本级", "区级", "旗县市区",
    "省直单位", "建设类", "运维服务类", "采购服务类", "涉密", "非涉密", "国家全额投资", "自主可控", "信创",
    "等保", "等级保护", "密评", "立项", "入库", "联合会审", "不涉及", "项目建设单位", "项目实施单位",
}


@lru_cache(maxsize=1)
def vocabulary_terms() -> frozenset[str]:
    from govcheck import vocabulary

    terms: set[str] = set()
    for k in vocabulary.document_kinds():
        terms.add(k.zh)
    for f in vocabulary.facts().values():
        terms.add(f.zh)
        terms.update(f.values)
        terms.update(f.aliases)
    for b in vocabulary.budget_items().values():
        terms.add(b.zh)
    return frozenset(t for t in terms if t)


def leftovers(text: str, names: Iterable[str] = ()) -> list[str]:
    """Chinese runs in ``text`` that are neither quoted, nor names, nor official terms."""
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        text = text.replace(name, " ")
    text = GLOSS.sub(" ", text)  # before quotes go: "'three synchronisations' (三同步)"
    previous = None
    while previous != text:  # innermost quotes first: “涉及“数字政府”平台建设”
        previous, text = text, QUOTED.sub(" ", text)
    for pattern in (DOCUMENT_NUMBER, FILE_NAME, SHEET_REF, LOOKED_FOR):
        text = pattern.sub(" ", text)
    allowed = OFFICIAL_TERMS | vocabulary_terms()
    out = []
    for run in CJK.findall(text):
        rest = run
        for term in sorted(allowed, key=len, reverse=True):
            rest = rest.replace(term, "")
        rest = rest.strip("\u3000")
        if rest:
            out.append(run)
    return out
