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

from .classify import documents_data
from .model import STAGES, Document
from .vocabulary import document_name


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


def infer_stage(documents: list[Document], lang: str = "zh") -> tuple[str | None, str]:
    """(stage, evidence in Chinese) from the documents' kinds (run classify first).

    e.g. ("acceptance", "据材料推定：含初步验收报告、试运行报告 → acceptance").
    """
    present = {d.kind for d in documents if d.kind}
    fired = [s for s in stage_signals() if all(k in present for k in s.kinds)]
    strong = [s for s in fired if not s.weak]
    pool = strong or fired
    if not pool:
        if lang == "en":
            return None, "cannot infer the stage: no material that marks a stage was recognised"
        return None, "据材料无法推定阶段：未识别出能表明阶段的材料"
    stage = max((s.stage for s in pool), key=STAGES.index)
    names: list[str] = []
    for s in pool:
        if s.stage == stage:
            name = (" and " if lang == "en" else "与").join(document_name(k, lang) for k in s.kinds)
            if name not in names:
                names.append(name)
    if lang == "en":
        prefix = "inferred from the documents" if strong else "inferred from the documents (weak signs only)"
        return stage, f"{prefix}: contains {', '.join(names)} → {stage}"
    prefix = "据材料推定" if strong else "据材料推定（仅有弱标志）"
    return stage, f"{prefix}：含{'、'.join(names)} → {stage}"
