"""Collect candidates from every source and pick one value per fact.

Precedence: option (--set) > manifest (govcheck.yaml) > form > budget (a sheet's 合计) > text >
derived. Among documents of one origin, declaration forms (申报表 / 申请表 / 审批表 …) come first,
then the documents in dossier order.

Findings:
- ``fact-conflict`` — document sources disagree: one warning per fact naming every source, its
  value, and the value used;
- ``declared-differs`` — a declared value (option / manifest) differs from a document value
  (one warning per differing document value, naming its sources);
- ``date-order`` — approval_date ≤ contract_sign_date ≤ preliminary_acceptance_date ≤
  acceptance_date ≤ acceptance_filing_date, naming both sources;
- plus what the readers report: ``budget-arithmetic``, ``amount-in-words``.

Derived candidates (origin "derived") fill a fact only when nothing else states it, and only on
a clear signal: has_hardware / is_custom_software from budget lines (设备购置 / 硬件 …, 软件开发 /
定制开发 …), is_phased / phase_no from a project name such as …（二期）.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from ..findings import Finding, tool_finding
from ..identify.issuer import document_title
from ..location import Where
from ..model import BudgetLine, Candidate, Document, ResolvedFact, Source
from ..message import FactName, Joined, WithUnit, joined, phrase, source_place
from ..vocabulary import document_name, facts
from .budget import extract_budget
from .coerce import same_value
from .dates import parse_cn_int
from .forms import form_candidates
from .labels import norm_label, norm_value
from .official import official_candidates
from .text import text_candidates

ORIGIN_RANK = {"option": 0, "manifest": 1, "form": 2, "budget": 3, "text": 4, "derived": 5}
DECLARED = ("option", "manifest")
DOCUMENT = ("form", "budget", "text")

FORM_KINDS = ("project_plan_application_form", "project_library_application", "construction_application",
              "acceptance_application", "adjustment_filing", "project_filing", "contract_filing",
              "supervision_filing", "adjustment_request")
FORM_NAME_HINTS = ("申报表", "申请表", "审批表", "登记表", "备案表", "信息表", "情况表", "申报书")

DATE_ORDER = ("approval_date", "contract_sign_date", "preliminary_acceptance_date", "acceptance_date",
              "acceptance_filing_date")

UNITS = {"money": "万元", "months": "个月"}


@dataclass
class Extraction:
    facts: dict[str, ResolvedFact]
    budget_lines: list[BudgetLine] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)


def _cmp_key(fid: str, v: Any) -> Any:
    """What two values of a fact are compared by (项目名称 with or without a trailing 项目 agree)."""
    if fid == "project_name" and isinstance(v, str):
        s = norm_value(v)
        s = re.sub(r"(建设项目|项目|工程)$", "", s)
        return s
    if isinstance(v, str):
        return norm_value(v)
    if isinstance(v, Decimal):
        return v.normalize()
    if isinstance(v, list):
        return tuple(sorted(norm_value(x) for x in v))
    return v


def _same(fid: str, a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return _cmp_key(fid, a) == _cmp_key(fid, b)
    return same_value(a, b)


def _groups(fid: str, cands: list[Candidate]) -> list[tuple[Any, list[Candidate]]]:
    """Candidates grouped by value, in order of first appearance."""
    out: list[tuple[Any, list[Candidate]]] = []
    for c in cands:
        for v, members in out:
            if _same(fid, v, c.value):
                members.append(c)
                break
        else:
            out.append((c.value, [c]))
    return out


def _sources(cands: list[Candidate]) -> Joined:
    seen: dict[str, Source] = {}  # each place once (by its Chinese label), in order
    for c in cands:
        seen.setdefault(c.source.label(), c.source)
    return joined(map(source_place, seen.values()), "semi")


# ---------------------------------------------------------------- collecting

def _doc_priority(doc: Document) -> int:
    if doc.kind in FORM_KINDS or any(h in doc.name for h in FORM_NAME_HINTS):
        return 0
    return 1


def collect(documents: list[Document], jurisdiction: str | None = None
            ) -> tuple[list[Candidate], list[BudgetLine], list[Finding]]:
    """Candidates, budget lines and reader findings from every readable document."""
    cands: list[Candidate] = []
    lines: list[BudgetLine] = []
    findings: list[Finding] = []
    for doc in documents:
        if not doc.readable:
            continue
        b = extract_budget(doc)
        lines.extend(b.lines)
        findings.extend(b.findings)
        fc, ff = form_candidates(doc, jurisdiction, skip=b.skip)
        tc, tf = text_candidates(doc, jurisdiction)
        cands.extend(fc)
        cands.extend(b.candidates)
        cands.extend(tc)
        cands.extend(official_candidates(doc))
        findings.extend(ff)
        findings.extend(tf)
    return cands, lines, findings


def _sort_key(documents: list[Document]):
    order = {d.path: (_doc_priority(d), i) for i, d in enumerate(documents)}

    def key(ic: tuple[int, Candidate]) -> tuple:
        i, c = ic
        return (ORIGIN_RANK.get(c.origin, 9), order.get(c.source.file or "", (1, 10**6)), i)

    return key


# ---------------------------------------------------------------- resolving

def _resolve_fact(fid: str, ordered: list[Candidate]) -> tuple[ResolvedFact, list[Finding]]:
    fd = facts().get(fid)
    win = ordered[0]
    rf = ResolvedFact(id=fid, value=win.value, source=win.source, origin=win.origin,
                      unit=UNITS.get(fd.type) if fd else None, candidates=list(ordered))
    out: list[Finding] = []
    docs = [c for c in ordered if c.origin in DOCUMENT]
    name = FactName(fid)
    if win.origin in DECLARED:
        for v, members in _groups(fid, [c for c in docs if not _same(fid, c.value, win.value)]):
            out.append(tool_finding(
                "declared-differs", location=members[0].source, fact=fid, fact_name=name,
                declared=WithUnit(fid, win.value), declared_source=source_place(win.source),
                found=WithUnit(fid, v), found_source=_sources(members),
            ))
    elif win.origin in DOCUMENT:
        groups = _groups(fid, docs)
        if len(groups) > 1:
            values = joined((phrase("value_from", value=WithUnit(fid, v), sources=_sources(m))
                             for v, m in groups), "list_semi")
            out.append(tool_finding(
                "fact-conflict", location=win.source, fact=fid, fact_name=name, values=values,
                used=WithUnit(fid, win.value), used_source=source_place(win.source),
            ))
    return rf, out


def resolve(candidates: list[Candidate], documents: list[Document] | None = None
            ) -> tuple[dict[str, ResolvedFact], list[Finding]]:
    documents = documents or []
    key = _sort_key(documents)
    by_fact: dict[str, list[tuple[int, Candidate]]] = {}
    for i, c in enumerate(candidates):
        by_fact.setdefault(c.fact, []).append((i, c))
    resolved: dict[str, ResolvedFact] = {}
    findings: list[Finding] = []
    for fid in sorted(by_fact, key=lambda f: min(i for i, _ in by_fact[f])):
        ordered = [c for _, c in sorted(by_fact[fid], key=key)]
        rf, ff = _resolve_fact(fid, ordered)
        resolved[fid] = rf
        findings.extend(ff)
    return resolved, findings


# ---------------------------------------------------------------- derived facts

_HARDWARE = ("设备购置", "硬件", "服务器", "存储设备", "网络设备", "安全设备", "终端设备")
# 应用服务器中间件 / 服务器操作系统 are software licences, not hardware.
_NOT_HARDWARE = ("中间件", "软件", "操作系统", "许可", "授权", "数据库")
_SOFTWARE = ("软件开发", "定制开发", "应用开发", "系统开发", "软件定制", "应用软件开发")
_PHASE = re.compile(r"[(（]?\s*(?:第)?([一二三四五六七八九十\d]{1,3})\s*期\s*(?:工程|项目|建设)?\s*[)）]?\s*$")


def _from_lines(fid: str, words: tuple[str, ...], lines: list[BudgetLine],
                exclude: tuple[str, ...] = ()) -> Candidate | None:
    hits = []
    for b in lines:
        if b.is_total:
            continue
        n = norm_label(b.label)[0]
        if any(w in n for w in words) and not any(x in n for x in exclude):
            hits.append(b)
    if not hits:
        return None
    pos = [b for b in hits if b.amount is not None and b.amount > 0]
    if pos:
        b = pos[0]
        return Candidate(fid, True, Source(b.source.file, b.source.where.labelled(b.label)), "derived", b.label)
    if all(b.amount is not None and b.amount == 0 for b in hits):
        b = hits[0]
        return Candidate(fid, False, Source(b.source.file, b.source.where.labelled(b.label)), "derived", b.label)
    return None


# The plans a construction project is approved on (a 可研 is written for building something).
_PLAN_KINDS = ("feasibility_study_report", "preliminary_design", "project_proposal", "implementation_plan")
_BUILD_NAME = re.compile(r"建设(?:项目|工程)?$|(?:新建|改建|扩建|升级改造)(?:项目|工程)?$")
_OM_NAME = re.compile(r"运维|运行维护|维保")
# A tender for building something: development, construction or integration work, not a service
_DEV_TENDER = re.compile(r"开发|建设|集成|升级改造")
_SERVICE_TENDER = re.compile(r"运维|运行维护|维保|技术服务|购买服务|服务项目|服务采购")  # not 政务服务平台


def inferred_project_type(resolved: dict[str, ResolvedFact], documents: list[Document]) -> Candidate | None:
    """project_type where the documents settle it: a project named …运维 / 运行维护 is 运维服务类;
    a plan (可研, 初步设计, 建议书, 实施方案) for a project named …建设项目 is 建设类. The
    candidate says it was inferred and from what (origin "derived")."""
    pn = resolved.get("project_name")
    if pn is None or not isinstance(pn.value, str):
        return None
    name = pn.value.strip()
    if _OM_NAME.search(name):
        return Candidate("project_type", "运维服务类", pn.source, "derived",
                         f"推定：项目名称“{name}”为运维项目")
    plan = next((d for d in documents if d.kind in _PLAN_KINDS), None)
    if plan is not None and _BUILD_NAME.search(name):
        return Candidate("project_type", "建设类", Source(plan.path, Where.inferred()), "derived",
                         f"推定：《{plan.name}》为建设项目“{name}”的{document_name(plan.kind)}")
    return _type_from_tender(documents)


def _type_from_tender(documents: list[Document]) -> Candidate | None:
    """A 招标文件 whose title tenders development or construction work (…系统开发项目招标文件),
    and says nothing of 运维 / 服务, is for a 建设类 project: it is not 运维类."""
    for d in documents:
        if d.kind != "procurement_docs" or not d.readable:
            continue
        title = document_title(d) or d.name
        if _DEV_TENDER.search(title) and not _SERVICE_TENDER.search(title):
            return Candidate("project_type", "建设类", Source(d.path, Where.inferred()), "derived",
                             f"推定：《{d.name}》招标的是开发建设工作（“{title}”），不是运维服务")
    return None


def derived_candidates(resolved: dict[str, ResolvedFact], lines: list[BudgetLine],
                       documents: list[Document] | None = None) -> list[Candidate]:
    out: list[Candidate] = []
    if "project_type" not in resolved and documents:
        c = inferred_project_type(resolved, documents)
        if c:
            out.append(c)
    if "has_hardware" not in resolved:
        c = _from_lines("has_hardware", _HARDWARE, lines, _NOT_HARDWARE)
        if c:
            out.append(c)
    if "is_custom_software" not in resolved:
        c = _from_lines("is_custom_software", _SOFTWARE, lines)
        if c:
            out.append(c)
    pn = resolved.get("project_name")
    if pn is not None and isinstance(pn.value, str):
        name = re.sub(r"(建设)?(项目|工程)$", "", pn.value.strip())
        m = _PHASE.search(name)
        if m:
            n = parse_cn_int(m.group(1))
            if n:
                if "phase_no" not in resolved:
                    out.append(Candidate("phase_no", n, pn.source, "derived", pn.value))
                if "is_phased" not in resolved:
                    out.append(Candidate("is_phased", True, pn.source, "derived", pn.value))
    return out


# ---------------------------------------------------------------- dates in order

def date_order_findings(resolved: dict[str, ResolvedFact],
                        order: tuple[str, ...] = DATE_ORDER) -> list[Finding]:
    known = [(f, resolved[f]) for f in order
             if f in resolved and isinstance(resolved[f].value, date)]
    out = []
    for (a, fa), (b, fb) in zip(known, known[1:]):
        if fa.value > fb.value:
            out.append(tool_finding(
                "date-order", location=fb.source, fact=b,
                first=FactName(a), first_date=fa.value.isoformat(), first_source=source_place(fa.source),
                second=FactName(b), second_date=fb.value.isoformat(), second_source=source_place(fb.source),
            ))
    return out


# ---------------------------------------------------------------- the stage

def extract(documents: list[Document], declared: list[Candidate] | None = None,
            jurisdiction: str | None = None) -> Extraction:
    """Every fact of the dossier with its source, the budget lines, and the findings on the way.

    ``declared`` holds --set and manifest candidates (declared.py); ``jurisdiction`` (optional)
    switches labels whose meaning depends on it (Gaoping: 项目建设单位 is the contractor).
    """
    declared = list(declared or [])
    doc_cands, lines, findings = collect(documents, jurisdiction)
    cands = declared + doc_cands
    resolved, rf = resolve(cands, documents)
    derived = derived_candidates(resolved, lines, documents)
    if derived:
        cands += derived
        more, _ = resolve(derived, documents)
        resolved.update(more)
    findings = findings + rf + date_order_findings(resolved)
    return Extraction(facts=resolved, budget_lines=lines, findings=findings, candidates=cands)
