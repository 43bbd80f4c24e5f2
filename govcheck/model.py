"""The shapes that flow through the pipeline: read → classify → facts → rules → report.

Document content (paragraphs, tables, sheets) is plain dataclasses: a budget workbook can hold
tens of thousands of cells and validating each through pydantic buys nothing. Everything that
leaves govcheck (the report, the JSON contract) is pydantic, so its shape is checked once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal, get_args

import hashlib

from pydantic import BaseModel, ConfigDict, Field, computed_field

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}

# The one list of stages, in the order a project passes through them.
Stage = Literal[
    "application",
    "approval",
    "construction",
    "adjustment",
    "acceptance",
    "evaluation",
    "operation",
]
STAGES: tuple[str, ...] = get_args(Stage)
# The stages in Chinese, as the measures name them (one home for every report).
STAGE_NAMES_ZH = {
    "application": "申报/入库", "approval": "审批", "construction": "建设实施",
    "adjustment": "调整/变更", "acceptance": "验收", "evaluation": "绩效/自评价/后评价",
    "operation": "运维",
}


# --------------------------------------------------------------------------- document content


@dataclass
class Paragraph:
    text: str
    level: int = 0  # 0 = body text; 1..9 = heading level (title counts as 1)
    index: int = 0  # position among the document's paragraphs, for locations


@dataclass
class Table:
    index: int  # 0-based position among the document's tables
    rows: list[list[str]]  # merged cells repeat their value in every cell they cover


@dataclass
class Sheet:
    name: str
    # Cell values as read: str, int, float, Decimal, date/datetime, bool or None. Row 0 is
    # spreadsheet row ``first_row``; column 0 is column ``first_col``.
    rows: list[list[Any]]
    first_row: int = 1
    first_col: int = 1

    def cell_ref(self, r: int, c: int) -> str:
        """A1-style reference of rows[r][c]."""
        return f"{column_letter(self.first_col + c)}{self.first_row + r}"


def column_letter(n: int) -> str:
    s = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        s = chr(65 + rem) + s
    return s


@dataclass
class ReadIssue:
    """A govcheck/<type> finding (findings.py) the read stage raises about one file, with the
    values its message needs (zh and, where the text differs, en: "detail" / "detail_en")."""

    type: str
    values: dict[str, Any] = field(default_factory=dict)
    severity: str | None = None  # overrides the finding type's severity


@dataclass
class Document:
    """One file of a dossier, in a neutral shape no downstream stage needs a library to read."""

    path: str  # relative POSIX path inside the dossier (inside a zip: "附件.zip/附件1.docx")
    format: str  # docx, xlsx, pdf, doc, xls, zip, txt, other …
    readable: bool = True
    error: str | None = None  # why it could not be read (or what was only partly read)
    # What kind of trouble, for the tool finding it becomes: "unreadable" | "encrypted" |
    # "legacy" (old .doc/.wps without LibreOffice) | "no_text" (scanned PDF) | None
    problem: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    sheets: list[Sheet] = field(default_factory=list)
    has_text: bool = True  # False for a scanned PDF: content rules cannot be decided
    kind: str | None = None
    kind_evidence: str | None = None  # "文件名: …" / "标题: …"
    # Kinds the document also stands for, by a qualifier beside its name (可研（代初步设计）)
    stands_for: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # reader remarks (e.g. formula computed)
    # What the read stage must report about this file as govcheck/* findings (a limit hit, a
    # misnamed file, a link not followed), also when the file itself was read.
    issues: list[ReadIssue] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    def text(self) -> str:
        """All text of the document: paragraphs, table cells, sheet cells."""
        parts = [p.text for p in self.paragraphs]
        for t in self.tables:
            for row in t.rows:
                parts.append(" ".join(c for c in row if c))
        for s in self.sheets:
            for row in s.rows:
                parts.append(" ".join(str(v) for v in row if v is not None and v != ""))
        return "\n".join(parts)


# --------------------------------------------------------------------------- facts


@dataclass(frozen=True)
class Source:
    file: str | None
    where: str | None  # a place in a document is a govcheck.location.Where (a str: its Chinese form)

    def label(self) -> str:
        if self.file and self.where:
            return f"{self.file} {self.where}"
        return self.file or self.where or ""


@dataclass
class Candidate:
    """One value for a fact found somewhere; the resolver picks among candidates."""

    fact: str
    value: Any  # Decimal (万元) for money, date for dates, bool, str, int
    source: Source
    origin: Literal["option", "manifest", "form", "budget", "text", "derived"]
    raw: str = ""


@dataclass
class ResolvedFact:
    id: str
    value: Any
    source: Source
    origin: str
    unit: str | None = None
    candidates: list[Candidate] = field(default_factory=list)


@dataclass
class BudgetLine:
    """A line of a budget sheet (概算/估算/预算), amount normalised to 万元."""

    label: str
    amount: Decimal | None
    source: Source
    item: str | None = None  # budget item id (docs/vocabulary.md) when the label matches one
    section: str | None = None  # 一、工程费用 / 二、工程建设其他费用 / 三、预备费 …
    note: str = ""  # remark column text, e.g. 不涉及
    is_total: bool = False


# --------------------------------------------------------------------------- report (the contract)


class _Out(BaseModel):
    # defer_build: a clean dossier serialises no finding; the validators are built on first use.
    model_config = ConfigDict(extra="forbid", defer_build=True)


class CitationOut(_Out):
    jurisdiction: str
    document: str | None
    article: int | None
    paragraph: int | None = None
    item: int | None = None
    quote: str | None = None
    article_inferred: bool = False


class LocationOut(_Out):
    file: str | None = None
    where: str | None = None


class FindingOut(_Out):
    rule: str
    catalog: list[str] = Field(default_factory=list)
    severity: Severity
    message: str
    hint: str | None = None
    citation: CitationOut | None = None
    material: str | None = None
    budget_item: str | None = None
    fact: str | None = None
    location: LocationOut = Field(default_factory=LocationOut)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def id(self) -> str:
        """Stable fingerprint (contract "Finding ids"): what the finding is about — rule,
        dossier-relative file, vocabulary id — never its line, cell, wording or amounts, so
        editing a document does not change the id of a finding that is still there."""
        return finding_id(self.rule, self.location.file,
                          self.material or self.budget_item or self.fact)


def finding_id(rule: str, file: str | None, subject: str | None) -> str:
    key = "\x1f".join([rule, file or "", subject or ""])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class NotEvaluatedOut(_Out):
    rule: str
    reason: str
    facts: list[str] = Field(default_factory=list)  # facts that would decide it


class Verdict:
    """Results a check kind returns for one rule."""


@dataclass
class Violation(Verdict):
    # The message's values as data (Decimal, date, ids, message.py names); rendered in the report
    message_vars: dict[str, Any] = field(default_factory=dict)
    material: str | None = None
    budget_item: str | None = None
    fact: str | None = None
    location: Source | None = None
    severity: Severity | None = None  # overrides the rule's severity (e.g. early vs late)
    note: Any = None  # a Message appended to the message (e.g. a calendar assumption)


@dataclass
class NotEvaluated(Verdict):
    reason: Any  # a Message (govcheck/message.py): words come in the report
    facts: list[str] = field(default_factory=list)


@dataclass
class Passed(Verdict):
    note: Any = None  # a Message, e.g. "judged on plain weekdays": surfaced as an info finding


@dataclass
class CheckedDossier:
    """Everything the report needs, before rendering."""

    path: str
    jurisdiction: str
    jurisdiction_source: str
    jurisdiction_evidence: str | None
    stage: str
    stage_source: str
    stage_evidence: str | None
    as_of: date
    lang: str
    documents: list[Document]
    facts: dict[str, ResolvedFact]
    findings: list[FindingOut]
    not_evaluated: list[NotEvaluatedOut]
    materials: list[dict[str, Any]]  # checklist rows: kind, name, status, rule
    pack_name: str = ""
    pack_document: str | None = None
    rules_applied: int = 0
    # Additions for CI formats, configuration, waivers and baselines (issue 10):
    fail_on: str = "error"  # the verdict ("passed") agrees with the exit code under --fail-on
    rules: list["AppliedRule"] = field(default_factory=list)  # every rule of the stage, as run
    waived: list["WaivedFinding"] = field(default_factory=list)  # shown, not counted
    baselined: list[FindingOut] = field(default_factory=list)  # in --baseline: shown, not counted


@dataclass
class AppliedRule:
    """One rule of the stage and how it ended, with the metadata reports describe it by."""

    id: str  # full id, e.g. tongliao/TL-14b
    status: str  # pass | fail | not_evaluated | not_applicable
    severity: Severity
    check: str
    catalog: list[str]
    summary: str  # what it checks, in words (rules show's "checks")
    hint: str
    citation: CitationOut | None


@dataclass
class WaivedFinding:
    finding: FindingOut
    reason: str
    approved_by: str | None = None
    document: str | None = None
    expires: date | None = None
