"""The batch summary as CSV: one row per dossier, headers in the report language. Written as
UTF-8 with a byte-order mark when it goes to a .csv file, so Excel and WPS open the Chinese
text correctly instead of guessing a legacy code page."""

from __future__ import annotations

import csv
from typing import TextIO

from ..batch.rows import Row, labels, stage_label

COLUMNS = ("dossier", "project", "unit", "jurisdiction", "stage", "result", "errors", "warnings",
           "infos", "rules", "detail", "path")


def write_rows(rows: list[Row], lang: str, stream: TextIO) -> None:
    t = labels(lang)
    out = csv.writer(stream, lineterminator="\r\n")
    out.writerow([t[c] for c in COLUMNS])
    for r in rows:
        counts = [r.errors, r.warnings, r.infos] if r.checked else ["", "", ""]
        out.writerow([r.name, r.project, r.unit, r.jurisdiction, stage_label(r.stage, lang),
                      t[r.status], *counts, " ".join(r.rules), r.detail, r.path])
    stream.flush()
