"""Messages as data: what extraction and the check kinds say, before it is put into words.

A finding's message, a rule's reason for not being decided, the evidence for an inferred
stage: each is a ``Message`` — its templates in both languages (a rule's own message from its
pack, a govcheck finding type's from findings.py, or a phrase of the table below) and the
parameters they take, as raw values (Decimal, date, ids) or as the small name types here.
Nothing here picks a language: ``govcheck/report/words.py`` renders a message in the language
of the report, formatting each value with ``govcheck/values.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class Message:
    zh: str
    en: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)
    # A placeholder without a value: kept as "{name}" (govcheck's own templates), or the word
    # 未知 / unknown (a rule's message naming a fact the dossier does not give).
    missing: Literal["keep", "unknown"] = "keep"


@dataclass(frozen=True)
class FactName:
    """A fact's name (总投资 / total investment)."""

    id: str


@dataclass(frozen=True)
class DocumentName:
    """A material kind's name (项目建设总结 / project construction summary)."""

    kind: str


@dataclass(frozen=True)
class BudgetItemName:
    id: str


@dataclass(frozen=True)
class FileName:
    """A document's name inside a message: 《name》 in Chinese, "name" in English."""

    name: str


@dataclass(frozen=True)
class Place:
    """A place in the dossier inside a message — "file where" or just "where" (附件1.docx 表1
    第3行 总投资, 段落9, 全文); ``where`` is a govcheck.location.Where (or a manifest key such as
    facts.total_investment), the report says it in its language."""

    where: Any
    file: str | None = None


def source_place(source: Any) -> Place:
    """A Source (file, where) inside a message."""
    return Place(source.where, source.file)


@dataclass(frozen=True)
class WithUnit:
    """A fact's value with its unit (70万元, 6个月)."""

    fact: str
    value: Any


@dataclass(frozen=True)
class Joined:
    """Items written one after the other; ``sep`` names a separator of words.SEPARATORS."""

    items: tuple[Any, ...]
    sep: str = "list"


def joined(items: Any, sep: str = "list") -> Joined:
    return Joined(tuple(items), sep)


# Phrases of extraction and the check kinds, in both languages ({name} placeholders take the
# message's parameters). A phrase is a key here, so a check kind holds no words of its own.
PHRASES: dict[str, tuple[str, str]] = {
    # Why a rule could not be decided (the report's not_evaluated section).
    "facts_unknown": ("事实未知：{facts}", "fact {facts} unknown"),
    "applies_unknown": ("事实未知：{facts}（无法判断本规则是否适用）",
                        "fact {facts} unknown (whether the rule applies)"),
    "no_document": ("材料包中没有{names}（{kinds}）", "no document of kind {kinds} ({names})"),
    "no_text": ("以下材料没有可读文字：{files}", "documents have no readable text: {files}"),
    "no_budget": ("材料包中没有预算表（{names}）", "no budget sheet ({names}) in the dossier"),
    "zero_base": ("基数 {facts} 为 0", "base {facts} is 0"),
    "dates_few": ("已知日期少于两个：{facts}", "fewer than two of the dates are known: {facts}"),
    "issuer_unknown": ("无法识别《{files}》的发文机关（无落款或印章行）",
                       "the issuing body of {files} cannot be read (no 落款 / seal line)"),
    # Why a document of a qualified kind does not count (materials).
    "not_about": ("《{file}》不是关于{about}的文件", "{file} is not about {about}"),
    "issued_by_other": ("《{file}》的发文机关为{issuers}，不是{wanted}",
                        "{file} is issued by {issuers}, not {wanted}"),
    "unknown": ("未知", "unknown"),
    "fact_is": ("{fact}={value}", "{fact}={value}"),
    # A note after a rule's message.
    "with_note": ("{message}（{note}）", "{message} ({note})"),
    # A working-day deadline past the built-in holiday calendar.
    "calendar_assumed": ("内置法定节假日日历未覆盖 {years} 年，该年按周一至周五计工作日（未计节假日与调休），"
                         "推定截止日为 {limit}",
                         "the built-in holiday calendar does not cover {years}; working days there were "
                         "assumed to be Monday–Friday (no holidays or make-up days), giving {limit}"),
    # Budget arithmetic (facts/budget.py): amounts as the sheet writes them, in its unit.
    "budget_sum": ("「{label}」金额 {amount}{unit}，但其下各项之和为 {sum}{unit}（相差 {diff}{unit}）",
                   "'{label}' is {amount} {unit} but its items add up to {sum} {unit} (difference {diff} {unit})"),
    "budget_words": ("大写金额「{text}」为 {words}万元，与小写 {figure}万元 不一致",
                     "the amount in words '{text}' is {words} 万元 but the figure is {figure} 万元"),
    "budget_product": ("「{name}」数量 {qty} × 单价 {price} = {product}{unit}，但金额为 {amount}{unit}",
                       "'{name}': quantity {qty} × unit price {price} = {product} {unit}, "
                       "but the amount is {amount} {unit}"),
    # Why a dossier is of a jurisdiction (identify/detect.py).
    "detected_from_names": ("据材料中的地名/单位名推定：{names}",
                            "detected from place and unit names in the documents: {names}"),
    "name_seen_in": ("{name}（{files}）", "{name} ({files})"),
    # A fact's value and where it was read (conflict findings).
    "value_from": ("{value}（{sources}）", "{value} ({sources})"),
}


def phrase(key: str, **params: Any) -> Message:
    zh, en = PHRASES[key]
    return Message(zh, en, params)
