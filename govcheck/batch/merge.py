"""`govcheck merge`: the JSON Lines of a round's shards (`batch --shard I/N -f json`) combined
into the outputs one batch over the whole round gives — same table, CSV, workbook, HTML."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .rows import Row, row_from_record
from ..errors import RunError


def run_merge(files: list[Path], fmt: str, output: Path | None, lang: str, fail_on: str,
              settings: Any) -> int:
    from .outputs import open_outputs
    from ..pipeline import Options

    for f in files:
        if not f.is_file():
            raise RunError(f"{f}: no such file")
    settings.history = None  # a merge records nothing: the shards' runs did
    outputs = open_outputs(fmt, output, lang, fail_on, settings, Options(lang=lang))
    for sink in outputs.sinks:
        if hasattr(sink, "write_pages"):
            sink.write_pages = True  # no workers wrote them: merge renders each page itself
    rows: list[Row] = []
    seen: set[str] = set()
    try:
        for f in files:
            for line in _lines(f):
                record = json.loads(line)
                row = row_from_record(record, fail_on)
                if row.path in seen:  # the same dossier in two shards (a re-run): first wins
                    continue
                seen.add(row.path)
                outputs.add(line, row)
                rows.append(row)
    except BaseException:
        outputs.abort()
        raise
    outputs.close(rows)
    return 1 if any(r.failed for r in rows) else 0


def _lines(f: Path) -> Any:
    from .rounds import _records

    try:
        text = f.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise RunError(f"{f}: cannot read: {e.strerror or e}") from None
    # every record is a govcheck report (or says which is not); a pretty-printed single report
    # is accepted too
    return [json.dumps(r, ensure_ascii=False) for r in _records(text, f)]
