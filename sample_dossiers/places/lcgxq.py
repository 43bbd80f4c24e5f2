"""聊城高新区 (lcgxq): its dossier functions and the documents only it has (its data: data/lcgxq/)."""

from __future__ import annotations

from datetime import date, timedelta

from builder.model import Docx, Sec, Spec
from builder.text import cn_date
from builder.documents import report
from builder.forms import data_form
from builder.place import load_place

# =========================================================================== 聊城高新区 (lcgxq)
# The sixth measure, written only as data (rules/lcgxq.yaml). Its acceptance dossier is built
# from the shared builders alone: the 验收申请表 names the 完成项目建设任务日期 in the pack's own
# words (vocabulary.labels), and the 密码应用情况 is a kind only that pack knows.

UNITS = load_place("lcgxq").units
LG_UNIT = UNITS["office"]  # the body the measure names; the applicant below reports to it
LG_APPLICANT = UNITS["applicant"]
LG_PROJECT = UNITS["project"]


def lg_acceptance_docs(completed: date, accepted: date, crypto: bool = True) -> list[Spec]:
    """验收申请表 + 验收报告 and the five parts 解读 二(4) names, + the 验收备案 receipt."""
    def part(file: str, title: str, body: list[str]) -> Docx:
        return report(file, f"{LG_PROJECT}{title}", [Sec("一、基本情况", list(body))],
                      author=LG_APPLICANT, when=accepted - timedelta(days=3))

    context = {"units": UNITS, "completed": completed, "accepted": accepted}
    docs: list[Spec] = [
        data_form("lcgxq", "acceptance_form", context, author=LG_APPLICANT, when=accepted),
        report("02-竣工验收报告.docx", f"{LG_PROJECT}竣工验收报告", [
            Sec("一、验收结论", [f"验收组于{cn_date(accepted)}对{LG_PROJECT}进行竣工验收，同意通过验收。"]),
        ], author=LG_APPLICANT, when=accepted),
        part("03-项目建设总结.docx", "项目建设总结", [f"项目于{cn_date(completed)}完成全部建设任务。"]),
        part("04-财务报告.docx", "财务报告", ["项目资金按合同约定支付，无超支。"]),
        part("05-审计报告.docx", "审计报告", ["经审计，项目资金使用符合规定。"]),
        part("06-信息安全风险评估报告.docx", "信息安全风险评估报告", ["未发现高风险项。"]),
    ]
    if crypto:
        docs.append(part("07-密码应用情况说明.docx", "密码应用情况说明", ["平台采用SM2、SM3、SM4国产密码算法。"]))
    filed = accepted + timedelta(days=5)
    docs.append(data_form("lcgxq", "filing_receipt", context | {"filed": filed}, author=LG_UNIT, when=filed))
    return docs
