"""Review rounds: what changed between two checks of the same dossiers, by finding id.

A dossier is the same dossier across rounds when it has the same name (its folder or .zip
name): each round usually arrives in a new folder. A finding is the same finding when it has the
same id (contract "Finding ids": rule, file and subject — not its wording or numbers).

Sources of a round: a JSON report (`validate -f json`), JSON Lines (`batch -f json`), or a
round of a history database (`batch --history DB` records every run: SQLite, the embedded
default, one file, safe for concurrent writers).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePath
from typing import Any

from .rows import ERROR_SCHEMA, Row, labels, row_from_record
from ..errors import RunError

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  time TEXT NOT NULL,           -- UTC, ISO 8601
  govcheck TEXT NOT NULL,       -- govcheck version
  packs TEXT NOT NULL,          -- JSON: pack id -> content hash of its file (its version)
  options TEXT NOT NULL         -- JSON: the options that change results
);
CREATE TABLE IF NOT EXISTS dossiers (
  run INTEGER NOT NULL REFERENCES runs(id),
  dossier TEXT NOT NULL,        -- the dossier's name: the same across rounds
  round INTEGER NOT NULL,       -- 1, 2, ... per dossier
  path TEXT NOT NULL,
  status TEXT NOT NULL,         -- pass | fail | error | timeout | crashed | no_documents
  errors INTEGER, warnings INTEGER, infos INTEGER,
  jurisdiction TEXT, stage TEXT, project TEXT, detail TEXT,
  PRIMARY KEY (dossier, round)
);
CREATE TABLE IF NOT EXISTS findings (
  run INTEGER NOT NULL, dossier TEXT NOT NULL, round INTEGER NOT NULL,
  id TEXT NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
  file TEXT, where_ TEXT
);
CREATE INDEX IF NOT EXISTS findings_by_round ON findings (dossier, round);
"""


def connect(db: Path, create: bool) -> sqlite3.Connection:
    if not create and not db.is_file():
        raise RunError(f"{db}: no such history database")
    try:
        con = sqlite3.connect(db, timeout=60)  # another run writing: wait for it, do not fail
        if create:
            con.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
            con.executescript(SCHEMA)
        else:
            con.execute("SELECT 1 FROM runs LIMIT 1")
    except sqlite3.DatabaseError as e:
        raise RunError(f"{db}: cannot use as a history database: {e}") from None
    return con


def is_database(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def dossier_key(path: str) -> str:
    return PurePath(path).name or path


class HistoryWriter:
    """`batch --history DB`: one run row, then each dossier with its findings as it arrives."""

    def __init__(self, db: Path, options: Any, fail_on: str) -> None:
        from .. import __version__

        self.con = connect(db, create=True)
        opts = {"jurisdiction": options.jurisdiction, "stage": options.stage,
                "as_of": options.as_of.isoformat() if options.as_of else None,
                "set": list(options.set_facts), "lang": options.lang, "fail_on": fail_on,
                "rules": [str(p) for p in options.extra_rules]}
        with self.con:
            cur = self.con.execute(
                "INSERT INTO runs (time, govcheck, packs, options) VALUES (?, ?, ?, ?)",
                (datetime.now(timezone.utc).isoformat(timespec="seconds"), __version__,
                 json.dumps(_pack_versions(options.extra_rules), sort_keys=True),
                 json.dumps(opts, ensure_ascii=False)))
        self.run = cur.lastrowid

    def add(self, record: dict[str, Any], row: Row) -> None:
        key = dossier_key(row.path)
        with self.con:  # one transaction per dossier: a run stopped half-way keeps what it did
            (last,) = self.con.execute("SELECT COALESCE(MAX(round), 0) FROM dossiers WHERE dossier = ?",
                                       (key,)).fetchone()
            n = last + 1
            self.con.execute(
                "INSERT INTO dossiers VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (self.run, key, n, row.path, row.status, row.errors, row.warnings, row.infos,
                 row.jurisdiction, row.stage, row.project, row.detail))
            self.con.executemany(
                "INSERT INTO findings VALUES (?,?,?,?,?,?,?,?,?)",
                [(self.run, key, n, f["id"], f["rule"], f["severity"], f["message"],
                  (f.get("location") or {}).get("file"), (f.get("location") or {}).get("where"))
                 for f in record.get("findings", [])])

    def close(self, rows: list[Row]) -> None:
        self.con.close()

    def abort(self) -> None:
        self.con.close()


def _pack_versions(extra: tuple[Path, ...]) -> dict[str, str]:
    from ..cache import sha256
    from ..packs.load import pack_files

    try:
        return {k: sha256(f.read_bytes())[:12] for k, f in pack_files(extra).items()}
    except (OSError, RunError):
        return {}


# --------------------------------------------------------------------------- loading a round


@dataclass
class Round:
    """One dossier in one round: its summary row and its findings by id."""

    row: Row
    findings: dict[str, dict[str, Any]] = field(default_factory=dict)


def load_file(path: Path, fail_on: str = "error") -> dict[str, Round]:
    """A JSON report or JSON Lines file → dossier name → Round."""
    if is_database(path):
        raise RunError(f"{path}: a history database: give two round numbers after it (diff DB 1 2)")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise RunError(f"{path}: cannot read: {e.strerror or e}") from None
    records = _records(text, path)
    out: dict[str, Round] = {}
    for record in records:
        row = row_from_record(record, fail_on)
        out[dossier_key(row.path)] = Round(row, {f["id"]: f for f in record.get("findings", [])})
    return out


def _records(text: str, path: Path) -> list[dict[str, Any]]:
    stripped = text.strip()
    if not stripped:
        return []
    try:
        whole = json.loads(stripped)
    except json.JSONDecodeError:
        whole = None
    records = [whole] if isinstance(whole, dict) else None
    if records is None:
        records = []
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise RunError(f"{path}:{n}: not a JSON report nor JSON Lines ({e.msg})") from None
    for n, r in enumerate(records, start=1):
        if not isinstance(r, dict) or r.get("schema") not in ("govcheck.report/1", ERROR_SCHEMA):
            raise RunError(f"{path}: record {n} is not a govcheck report (schema govcheck.report/1)")
        if r.get("schema") == "govcheck.report/1" and any("id" not in f for f in r.get("findings", [])):
            raise RunError(f"{path}: record {n}: findings without ids (written by an older govcheck)")
    return records


def load_db_round(db: Path, round_no: int) -> dict[str, Round]:
    """Every dossier's round ``round_no`` in the history database."""
    con = connect(db, create=False)
    try:
        out: dict[str, Round] = {}
        for (key, path, status, errors, warnings, infos, jur, stage, project, detail) in con.execute(
                "SELECT dossier, path, status, errors, warnings, infos, jurisdiction, stage, project, "
                "detail FROM dossiers WHERE round = ?", (round_no,)):
            row = Row(name=key, path=path, status=status, errors=errors or 0, warnings=warnings or 0,
                      infos=infos or 0, jurisdiction=jur or "", stage=stage or "", project=project or "",
                      detail=detail or "")
            out[key] = Round(row)
        for key, fid, rule, severity, message, file, where in con.execute(
                "SELECT dossier, id, rule, severity, message, file, where_ FROM findings WHERE round = ?",
                (round_no,)):
            if key in out:
                out[key].findings[fid] = {"id": fid, "rule": rule, "severity": severity, "message": message,
                                          "location": {"file": file, "where": where}}
        return out
    finally:
        con.close()


# --------------------------------------------------------------------------- diff


@dataclass
class DossierDiff:
    dossier: str
    old: Row | None
    new: Row | None
    fixed: list[dict[str, Any]]
    new_findings: list[dict[str, Any]]
    still_open: list[dict[str, Any]]


def diff(old: dict[str, Round], new: dict[str, Round]) -> list[DossierDiff]:
    out = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        fa = a.findings if a else {}
        fb = b.findings if b else {}
        out.append(DossierDiff(
            dossier=key, old=a.row if a else None, new=b.row if b else None,
            fixed=[fa[i] for i in fa if i not in fb],
            new_findings=[fb[i] for i in fb if i not in fa],
            still_open=[fb[i] for i in fb if i in fa]))
    return out


_T = {
    "zh": {"fixed": "已改正", "new": "新出现", "open": "仍存在", "missing_new": "本轮未提交",
           "missing_old": "上轮未提交", "line": "{name}：已改正 {fixed} · 新出现 {new} · 仍存在 {open}",
           "total": "共 {n} 个材料包：已改正 {fixed} · 新出现 {new} · 仍存在 {open}",
           "status": "{old} → {new}", "round": "轮次", "time": "时间"},
    "en": {"fixed": "fixed", "new": "new", "open": "still open", "missing_new": "not in the new round",
           "missing_old": "not in the old round", "line": "{name}: fixed {fixed} · new {new} · still open {open}",
           "total": "{n} dossiers: fixed {fixed} · new {new} · still open {open}",
           "status": "{old} → {new}", "round": "Round", "time": "Time"},
}


def diff_json(diffs: list[DossierDiff]) -> str:
    def brief(f: dict[str, Any]) -> dict[str, Any]:
        loc = f.get("location") or {}
        return {"id": f["id"], "rule": f["rule"], "severity": f["severity"], "message": f["message"],
                "location": {"file": loc.get("file"), "where": loc.get("where")}}

    return json.dumps({"schema": "govcheck.diff/1", "dossiers": [
        {"dossier": d.dossier, "old_status": d.old.status if d.old else None,
         "new_status": d.new.status if d.new else None,
         "fixed": [brief(f) for f in d.fixed], "new": [brief(f) for f in d.new_findings],
         "still_open": [brief(f) for f in d.still_open]} for d in diffs]}, ensure_ascii=False, indent=2)


def diff_text(diffs: list[DossierDiff], lang: str) -> str:
    t, lb = _T["en" if lang == "en" else "zh"], labels(lang)
    lines = []
    for d in diffs:
        head = t["line"].format(name=d.dossier, fixed=len(d.fixed), new=len(d.new_findings),
                                open=len(d.still_open))
        old = lb[d.old.status] if d.old else t["missing_old"]
        new = lb[d.new.status] if d.new else t["missing_new"]
        lines.append(f"{head}  [{t['status'].format(old=old, new=new)}]")
        for mark, label, group in (("+", t["new"], d.new_findings), ("✓", t["fixed"], d.fixed),
                                   ("·", t["open"], d.still_open)):
            for f in group:
                lines.append(f"  {mark} {label}  {f['rule']}  {f['message']}")
    lines.append(t["total"].format(n=len(diffs), fixed=sum(len(d.fixed) for d in diffs),
                                   new=sum(len(d.new_findings) for d in diffs),
                                   open=sum(len(d.still_open) for d in diffs)))
    return "\n".join(lines)


# --------------------------------------------------------------------------- history


def history_rows(db: Path, dossier: str | None) -> list[dict[str, Any]]:
    """Each recorded round (of one dossier, or of all), oldest first, with what changed since
    the dossier's previous round."""
    con = connect(db, create=False)
    try:
        where, args = ("WHERE d.dossier = ?", (dossier,)) if dossier else ("", ())
        rounds = con.execute(
            "SELECT d.dossier, d.round, r.time, d.status, d.errors, d.warnings, r.govcheck, r.options, d.path "
            f"FROM dossiers d JOIN runs r ON r.id = d.run {where} ORDER BY d.dossier, d.round", args).fetchall()
        out = []
        previous: dict[str, set[str]] = {}
        for key, n, time, status, errors, warnings, version, options, path in rounds:
            ids = {i for (i,) in con.execute("SELECT id FROM findings WHERE dossier = ? AND round = ?", (key, n))}
            before = previous.get(key)
            out.append({"dossier": key, "round": n, "time": time, "status": status, "errors": errors,
                        "warnings": warnings, "path": path, "govcheck": version, "options": json.loads(options),
                        "fixed": len(before - ids) if before is not None else None,
                        "new": len(ids - before) if before is not None else None})
            previous[key] = ids
        return out
    finally:
        con.close()


def history_text(rows: list[dict[str, Any]], lang: str) -> str:
    t, lb = _T["en" if lang == "en" else "zh"], labels(lang)
    lines = []
    for r in rows:
        change = "" if r["fixed"] is None else f"  {t['fixed']} {r['fixed']} · {t['new']} {r['new']}"
        counts = f"{lb['errors']} {r['errors']} · {lb['warnings']} {r['warnings']}" if r["errors"] is not None else ""
        lines.append(f"{r['dossier']}  {t['round']} {r['round']}  {r['time']}  {lb[r['status']]}  {counts}{change}")
    return "\n".join(lines)
