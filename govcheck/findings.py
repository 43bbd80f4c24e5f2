"""govcheck's own finding types (rule ids ``govcheck/<name>``), in one catalogue.

Like frictionless-py's error catalogue: each type has an id, a severity, and message and hint
templates in both languages. The reporters, `rules list -j govcheck` and the docs all read this
table, so a new tool finding is one entry here, not strings scattered through the readers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .message import Message
from .model import CitationOut, Severity, Source


@dataclass(frozen=True)
class FindingType:
    id: str
    severity: Severity
    title_zh: str
    title_en: str
    message_zh: str
    message_en: str
    hint_zh: str
    hint_en: str


FINDING_TYPES: dict[str, FindingType] = {
    t.id: t
    for t in (
        FindingType(
            "unreadable-file", "error", "文件无法读取", "Unreadable file",
            "无法读取文件 {file}：{reason}", "Cannot read {file}: {reason}",
            "重新导出或另存为 .docx / .xlsx / 带文字层的 PDF 后再提交",
            "Re-export or save as .docx / .xlsx / a PDF with a text layer and resubmit",
        ),
        # The read stage's safety findings (docs/security.md): each names the file and what
        # was not done with it.
        FindingType(
            "limit-exceeded", "error", "超出读取限制", "Read limit exceeded",
            "{file}：超出限制 {limit}（{detail}）", "{file}: limit {limit} exceeded ({detail_en})",
            "拆分或精简该文件；确属正常材料时可用 --limit {limit_name}=更大的值 放宽限制",
            "Split or slim the file; if it is a normal file, raise the limit with --limit {limit_name}=VALUE",
        ),
        FindingType(
            "misnamed-file", "warning", "扩展名与内容不符", "Extension does not match content",
            "{file} 的扩展名为 .{ext}，但内容是 .{actual} 格式，已按 .{actual} 读取",
            "{file} has the extension .{ext} but is a .{actual} file; read as .{actual}",
            "将文件改为正确的扩展名（.{actual}）", "Rename the file with its real extension (.{actual})",
        ),
        FindingType(
            "link-not-followed", "warning", "链接未跟随", "Link not followed",
            "{file}：{detail}，未读取", "{file}: {detail_en}; not read",
            "将被链接的文件本身放入材料包，而不是链接或快捷方式",
            "Put the file itself into the dossier, not a link or shortcut to it",
        ),
        FindingType(
            "unsafe-member-name", "warning", "压缩包成员路径不安全", "Unsafe path in archive",
            "压缩包成员名 {name} 含 ../ 或绝对路径，已按 {file} 读取（不会写入磁盘）",
            "The archive member {name} has ../ or an absolute path; read as {file} (nothing is written to disk)",
            "重新打包材料，只使用相对路径", "Re-create the archive with relative paths only",
        ),
        FindingType(
            "no-documents", "error", "没有可读取的材料", "No readable document",
            "材料包中没有可读取的材料文件（共 {count} 个文件）",
            "The dossier holds no readable document ({count} files)",
            "放入 .docx / .xlsx / .pdf 等材料文件后再检查",
            "Put the documents (.docx / .xlsx / .pdf …) into the dossier and check again",
        ),
        FindingType(
            "encrypted-file", "error", "文件已加密", "Encrypted file",
            "文件 {file} 设有密码或已加密，无法检查其内容", "{file} is password-protected or encrypted; its content cannot be checked",
            "提交未加密的文件", "Submit the file without a password",
        ),
        FindingType(
            "legacy-format", "warning", "旧版文件格式", "Legacy file format",
            "{file} 为旧版 {format} 文件：{reason}；已按文件名归类，内容未检查",
            "{file} is a legacy {format} file: {reason}; classified by its name, content not checked",
            "安装 LibreOffice 或另存为 .docx / .xlsx 后可检查内容",
            "Install LibreOffice or save as .docx / .xlsx so the content can be checked",
        ),
        FindingType(
            "no-text-layer", "warning", "扫描件无文字层", "Scanned PDF without text",
            "{file} 没有文字层（扫描件），仅按文件名归类，内容类规则无法判定",
            "{file} has no text layer (a scan); classified by its name, content rules cannot be decided",
            "提供带文字层的 PDF 或原始 .docx", "Provide a PDF with a text layer or the original .docx",
        ),
        FindingType(
            "fact-conflict", "warning", "事实取值冲突", "Conflicting fact values",
            "{fact_name}在不同材料中取值不一致：{values}；采用 {used}（{used_source}）",
            "{fact_name} differs between sources: {values}; using {used} ({used_source})",
            "核对各材料并统一填写", "Check the sources and make them agree",
        ),
        FindingType(
            "declared-differs", "warning", "申报值与材料不一致", "Declared value differs from documents",
            "{fact_name}声明为 {declared}（{declared_source}），但材料中为 {found}（{found_source}）；采用声明值",
            "{fact_name} is declared as {declared} ({declared_source}) but the documents say {found} ({found_source}); the declared value is used",
            "核对声明值与材料是否一致", "Check whether the declared value or the documents are right",
        ),
        FindingType(
            "budget-arithmetic", "error", "预算表算术错误", "Budget arithmetic error",
            "{file} {where}：{detail}", "{file} {where}: {detail_en}",
            "修正预算表中的金额或合计", "Correct the amounts or the total in the budget sheet",
        ),
        FindingType(
            "amount-in-words", "warning", "大写金额与小写不一致", "Amount in words differs from the figure",
            "{file} {where}：小写金额 {figure} 与大写金额 {words}（{words_text}）不一致",
            "{file} {where}: the figure {figure} differs from the amount in words {words} ({words_text})",
            "核对大小写金额并改正", "Check the figure against the amount in words and correct it",
        ),
        FindingType(
            "date-order", "warning", "日期先后顺序不合理", "Dates out of order",
            "{first}（{first_date}，{first_source}）晚于{second}（{second_date}，{second_source}）",
            "{first} ({first_date}, {first_source}) is later than {second} ({second_date}, {second_source})",
            "核对各环节日期", "Check the dates of each step",
        ),
        FindingType(
            "calendar-assumption", "info", "工作日历未覆盖", "Working-day calendar not covering a year",
            "规则 {rule} 已按推定判断：{note}", "Rule {rule} was judged on an assumption: {note}",
            "核对该年度国务院节假日安排后复核", "Re-check against that year's official holiday schedule",
        ),
        FindingType(
            "waiver-expired", "warning", "豁免已过期", "Waiver expired",
            "govcheck.yaml 中对 {rule} 的豁免已于 {expires} 到期，未予适用（理由：{reason}）",
            "The waiver of {rule} in govcheck.yaml expired on {expires} and was not applied (reason: {reason})",
            "重新办理批准手续并更新 expires，或删除该豁免", "Renew the approval and update expires, or remove the waiver",
        ),
        FindingType(
            "waiver-unused", "warning", "豁免未匹配任何问题", "Waiver matches nothing",
            "govcheck.yaml 中对 {rule} 的豁免未匹配任何检查结果（理由：{reason}）",
            "The waiver of {rule} in govcheck.yaml matches no finding (reason: {reason})",
            "删除不再需要的豁免，或核对规则编号", "Remove a waiver no longer needed, or check the rule id",
        ),
        FindingType(
            "waiver-document-missing", "warning", "豁免依据文件缺失", "Waiver's granting document missing",
            "govcheck.yaml 中对 {rule} 的豁免以《{document}》为依据，但材料包中没有该文件，未予适用",
            "The waiver of {rule} in govcheck.yaml rests on {document}, which is not in the dossier; not applied",
            "将批准文件放入材料包，或更正 document", "Add the granting document to the dossier, or correct document",
        ),
        FindingType(
            "unclassified-file", "info", "未能归类的文件", "Unclassified file",
            "{file} 未能识别为任何一类申报材料", "{file} was not recognised as any kind of material",
            "按材料名称重命名文件（如「项目建设总结.docx」）", "Rename the file after the material it is (e.g. 项目建设总结.docx)",
        ),
    )
}


@dataclass
class Finding:
    """A finding as data, before it has words: its message and hint are Messages (templates in
    both languages and their values) and its location a Source. ``govcheck/report/words.py``
    turns it into the report's FindingOut in the chosen language."""

    rule: str
    severity: Severity
    message: Message
    hint: Message | None = None
    catalog: list[str] = field(default_factory=list)
    citation: CitationOut | None = None
    material: str | None = None
    budget_item: str | None = None
    fact: str | None = None
    location: Source | None = None


def tool_finding(
    type_id: str,
    location: Source | None = None,
    fact: str | None = None,
    material: str | None = None,
    budget_item: str | None = None,
    severity: Severity | None = None,
    **values: Any,
) -> Finding:
    t = FINDING_TYPES[type_id]
    return Finding(
        rule=f"govcheck/{t.id}",
        severity=severity or t.severity,
        message=Message(t.message_zh, t.message_en, values),
        hint=Message(t.hint_zh, t.hint_en, values),
        material=material,
        budget_item=budget_item,
        fact=fact,
        location=location,
    )
