"""Infer a dossier's stage from the kinds of its documents (when neither --stage nor the manifest
names it).

Which kinds point to a stage is data, in ``govcheck/data/documents.yaml``:

* ``indicates_stage: <stage>`` on a kind — holding such a document suggests that stage;
* ``signal: weak`` on such a kind — the suggestion counts only when no strong one exists
  (annual performance reports are written every construction year, an O&M plan also goes with
  an application …);
* ``stage_signals:`` — combinations of kinds that together suggest a stage (strong).

Rule: the LATEST stage (in model.STAGES order) among the strong suggestions wins — a dossier
for acceptance also holds the contract and the approval reply, one for evaluation the
acceptance report. With no strong suggestion the latest weak one is used; with none at all the
stage is None.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..message import DocumentName, Joined, Message, joined
from ..model import STAGES, Document, ResolvedFact, Source
from .classify import documents_data
from .issuer import document_title


@dataclass(frozen=True)
class StageSignal:
    stage: str
    kinds: tuple[str, ...]  # all must be present
    weak: bool = False


@lru_cache(maxsize=1)
def stage_signals() -> tuple[StageSignal, ...]:
    """Every stage signal of documents.yaml: single kinds first, then combinations."""
    data = documents_data()
    out: list[StageSignal] = []
    for d in data["documents"]:
        stage = d.get("indicates_stage")
        if stage:
            out.append(StageSignal(stage, (d["id"],), weak=d.get("signal") == "weak"))
    for s in data.get("stage_signals") or ():
        out.append(
            StageSignal(s["stage"], tuple(s["all_of"]), weak=s.get("signal") == "weak")
        )
    for s in out:
        if s.stage not in STAGES:
            raise ValueError(f"documents.yaml: unknown stage {s.stage!r} for {s.kinds}")
    return tuple(out)


def infer_stage(documents: list[Document]) -> tuple[str | None, Message]:
    """(stage, evidence) from the documents' kinds (run classify first); the evidence is a
    Message, in Chinese e.g. "据材料推定：含初步验收报告、试运行报告 → acceptance"."""
    present = {d.kind for d in documents if d.kind}
    fired = [s for s in stage_signals() if all(k in present for k in s.kinds)]
    strong = [s for s in fired if not s.weak]
    pool = strong or fired
    if not pool:
        return None, Message(*_STAGE_EVIDENCE["none"])
    stage = max((s.stage for s in pool), key=STAGES.index)
    names: list[Joined] = []
    for s in pool:
        if s.stage == stage:
            name = joined(map(DocumentName, s.kinds), "and")
            if name not in names:
                names.append(name)
    zh, en = _STAGE_EVIDENCE["strong" if strong else "weak"]
    return stage, Message(zh, en, {"names": joined(names), "stage": stage})


_STAGE_EVIDENCE = {  # why the stage was inferred: (Chinese, English)
    "none": ("据材料无法推定阶段：未识别出能表明阶段的材料",
             "cannot infer the stage: no material that marks a stage was recognised"),
    "strong": ("据材料推定：含{names} → {stage}", "inferred from the documents: contains {names} → {stage}"),
    "weak": ("据材料推定（仅有弱标志）：含{names} → {stage}",
             "inferred from the documents (weak signs only): contains {names} → {stage}"),
}


# --------------------------------------------------------------------------- the approval step
#
# Approval is two steps (docs/decisions.md#D-50: Tongliao 第二十条, Hunan 第九条, Wushan 第九条): the 可研 is
# approved first, the 初步设计 + 概算 after it, or both at once where the measure allows it
# (可研代初步设计, 三合一 实施方案). A dossier asks for one of them; requirements of the other step
# are not its business. Declared (--set approval_step=…, manifest) wins; else it is read from
# what the dossier holds.

APPROVAL_STEPS = ("可研", "初步设计概算", "合并")
_COMBINED_WORDS = ("代初步设计", "代初设", "三合一", "可研及初步设计", "可行性研究报告及初步设计")
_FS_APPROVAL_WORDS = ("可研", "可行性研究")
_DESIGN_WORDS = ("初步设计", "初设", "概算")


def _title_words(doc: Document) -> str:
    return document_title(doc) + " " + doc.name


_STEP_EVIDENCE = {  # why the step was inferred: (Chinese, English); {name} is a file name
    "named": ("据材料推定：《{name}》标明代初步设计/三合一 → 合并报批",
              "inferred from the documents: “{name}” is marked 代初步设计 / 三合一 → both at once"),
    "three_in_one": ("据材料推定：含实施方案（三合一） → 合并报批",
                     "inferred from the documents: an implementation plan (三合一) → both at once"),
    "fs_approved": ("据材料推定：已有可研批复《{name}》，报批初步设计和概算",
                    "inferred from the documents: the feasibility study is approved (“{name}”) → "
                    "preliminary design and budget estimate"),
    "together": ("据材料推定：可研与初步设计/概算一并报批 → 合并",
                 "inferred from the documents: feasibility study with preliminary design / budget "
                 "estimate → both at once"),
    "design_only": ("据材料推定：含初步设计/概算而无可研 → 初步设计概算",
                    "inferred from the documents: preliminary design / budget estimate without a "
                    "feasibility study → preliminary design and budget estimate"),
    "fs_only": ("据材料推定：含可研而无初步设计、概算和可研批复 → 可研报批",
                "inferred from the documents: a feasibility study without preliminary design, budget "
                "estimate or its approval → feasibility study"),
    "none": ("据材料无法推定报批环节", "cannot infer the approval step from the documents"),
}


def _step(step: str | None, why: str, name: str = "") -> tuple[str | None, Message]:
    zh, en = _STEP_EVIDENCE[why]
    return step, Message(zh, en, {"name": name})


def infer_approval_step(documents: list[Document]) -> tuple[str | None, Message]:
    """(step, evidence as a Message) from the dossier's kinds and titles (run classify
    first).

    * 代初步设计 / 三合一 wording in a title, or a 三合一 实施方案 → 合并;
    * a 初步设计 or 概算 with a 可研批复 already on file → 初步设计概算;
    * a 初步设计 or 概算 with the 可研 and no 可研批复 → 合并 (both asked at once);
    * a 初步设计 or 概算 without any 可研 → 初步设计概算 (e.g. Hunan's direct route);
    * a 可研 without 初步设计 / 概算 and no 可研批复 → 可研.
    """
    kinds = {d.kind for d in documents if d.kind}
    for d in documents:
        if d.kind and any(w in _title_words(d) for w in _COMBINED_WORDS):
            return _step("合并", "named", d.name)
    if "implementation_plan" in kinds:
        return _step("合并", "three_in_one")
    fs_approved = [d for d in documents if d.kind == "approval_reply"
                   and any(w in _title_words(d) for w in _FS_APPROVAL_WORDS)
                   and not any(w in _title_words(d) for w in _DESIGN_WORDS)]
    has_design = bool(kinds & {"preliminary_design", "budget_estimate"})
    has_fs = "feasibility_study_report" in kinds
    if has_design and fs_approved:
        return _step("初步设计概算", "fs_approved", fs_approved[0].name)
    if has_design and has_fs:
        return _step("合并", "together")
    if has_design:
        return _step("初步设计概算", "design_only")
    if has_fs:
        return _step("可研", "fs_only")
    return _step(None, "none")


def approval_step_fact(documents: list[Document], facts: dict) -> "ResolvedFact | None":
    """The inferred approval_step as a derived fact, unless the dossier declares or states it.
    Its source's ``where`` is the evidence as a Message (the report words it)."""
    if "approval_step" in facts:
        return None
    step, evidence = infer_approval_step(documents)
    if step is None:
        return None
    return ResolvedFact(id="approval_step", value=step, source=Source(None, evidence),
                        origin="derived")
