"""A measure's forms as data: `data/<id>/forms.yaml` — each form's file, title, intro and rows
(label | value), with placeholders such as `{project.total:money}` filled from the specs the
dossier function passes (`project`, `build`, `acceptance`, `review`, and values it computes).

    forms:
      plan_form:
        file: 附件1-年度建设计划申报表.docx
        title: 湖南省省直单位政务信息系统项目年度建设计划申报表
        intro: ["填报单位：{project.unit}"]      # paragraphs above the table; after: below it
        rows:
          - unit_rows                            # a group of rows: groups: below, or ROW_GROUPS
          - [计划投资（万元）, "{project.total:money}"]
    groups:
      common_rows: [[部署网络, "{project.loc.net}"], …]

A placeholder is Python's `str.format` field (attributes, `[index]`) with one of the FORMATS.
"""

from __future__ import annotations

import string
from datetime import date
from functools import lru_cache

import yaml

from .construction import contact_rows, unit_rows
from .documents import feature_rows, form, identity_rows
from .model import Block, Docx
from .place import DATA
from .text import cn_date, cn_month, money, yn

FORMATS = {
    "": str,
    "opt": lambda value: str(value or ""),  # an optional value: empty when not given
    "money": money,  # 0.00
    "date": cn_date,  # 2026年3月1日
    "month": cn_month,  # 2026年2月
    "yn": yn,  # 是 / 否
    "names": lambda items: "、".join(item.name for item in items),  # modules, items: 、-joined
    "numbered": lambda items: "；".join(f"{i}.{x}" for i, x in enumerate(items, start=1)),  # 1.a；2.b
}
# Row groups forms open or close with (functions of the project).
ROW_GROUPS = {"unit_rows": unit_rows, "contact_rows": contact_rows,
              "identity_rows": identity_rows, "feature_rows": feature_rows}  # the last two: Tongliao's


class _Placeholders(string.Formatter):
    def format_field(self, value: object, format_spec: str) -> str:
        if format_spec not in FORMATS:
            raise ValueError(f"unknown format {format_spec!r} (known: {', '.join(sorted(FORMATS))})")
        return FORMATS[format_spec](value)


_FILL = _Placeholders()


@lru_cache(maxsize=None)
def load_forms(measure: str) -> dict:
    path = DATA / measure / "forms.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data.get("forms"), dict):
        raise ValueError(f"{path}: needs a mapping `forms:`")
    return data


def fill(template: str, context: dict[str, object]) -> str:
    return _FILL.vformat(str(template), (), context)


def form_rows(measure: str, rows: list, context: dict[str, object]) -> list[tuple[str, str]]:
    """Rows of a form or group: [label, value] pairs, and names of groups of rows — of the data
    file, of the context (rows the dossier function decides on, e.g. only when there is a 批复), or
    ROW_GROUPS."""
    groups = load_forms(measure).get("groups") or {}
    out: list[tuple[str, str]] = []
    for row in rows:
        if isinstance(row, str) and row in groups:
            out += form_rows(measure, groups[row], context)
        elif isinstance(row, str) and row in context:
            out += list(context[row])
        elif isinstance(row, str):
            out += ROW_GROUPS[row](context["project"])
        else:
            label, value = row
            out.append((fill(label, context), fill(value, context)))
    return out


def data_form(measure: str, key: str, context: dict[str, object], *, author: str, when: date,
              file: str | None = None, intro: list[Block] = (), after: list[Block] = ()) -> Docx:
    """The form `key` of data/<measure>/forms.yaml, filled from context (its intro and after
    paragraphs from the data, then those the caller adds)."""
    spec = load_forms(measure)["forms"][key]
    unknown = sorted(set(spec) - {"file", "title", "intro", "rows", "after", "signer"})
    if unknown:
        raise ValueError(f"data/{measure}/forms.yaml: form {key}: unknown keys {unknown}")
    filled_intro = [fill(line, context) for line in spec.get("intro", [])] + list(intro)
    filled_after = [fill(line, context) for line in spec.get("after", [])] + list(after)
    signer = fill(spec["signer"], context) if "signer" in spec else None  # who stamps it, if not the author
    return form(file or spec["file"], fill(spec["title"], context), form_rows(measure, spec["rows"], context),
                author=author, when=when, intro=filled_intro, after=filled_after, signer=signer)
