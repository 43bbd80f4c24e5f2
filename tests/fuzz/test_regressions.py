"""Every crash or hang the fuzzer found (saved by tools/fuzz.py in tests/fuzz/regressions/) is read
again here: it must now be read without an exception, its failure a finding on the file."""

from __future__ import annotations

from pathlib import Path

import pytest

REGRESSIONS = sorted((Path(__file__).parent / "regressions").glob("*"))


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.name for p in REGRESSIONS])
def test_fuzz_find_is_read_without_a_crash(fuzz, path: Path, tmp_path: Path) -> None:
    from govcheck.read import read_dossier

    name = path.name.split("-", 1)[1]
    fuzz.check_bytes(name, path.read_bytes())
    (tmp_path / name).write_bytes(path.read_bytes())
    docs = [d for d in read_dossier(tmp_path) if d.path == name] if not name.endswith(".zip") else []
    for d in docs:
        assert d.readable or d.error  # unreadable files say why


def test_the_first_find_was_a_zip_header_that_seeks_before_the_start(tmp_path: Path) -> None:
    # 82f1595f2904: a member header whose offsets make zipfile seek to -64 (ValueError), raised
    # from sniffing before any reader ran — it ended the whole dossier.
    from govcheck.read import read_dossier

    [path] = [p for p in REGRESSIONS if p.name.startswith("82f1595f2904")]
    (tmp_path / "概算表.xlsx").write_bytes(path.read_bytes())
    (tmp_path / "说明.txt").write_text("项目名称：政务云", encoding="utf-8")
    docs = {d.path: d for d in read_dossier(tmp_path)}
    assert docs["概算表.xlsx"].readable is False and docs["概算表.xlsx"].error
    assert docs["说明.txt"].readable


def test_a_form_with_an_absurd_amount_is_checked_not_crashed(tmp_path: Path) -> None:
    # Found by the money property: a 29-digit 总投资 ended the whole run with InvalidOperation.
    import docx

    from govcheck.pipeline import Options, check_dossier

    d = docx.Document()
    d.add_heading("项目申报表", level=1)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "项目名称", "政务云平台"
    t.cell(1, 0).text, t.cell(1, 1).text = "总投资（万元）", "1" + "0" * 28
    d.save(tmp_path / "项目申报表.docx")
    checked = check_dossier(tmp_path, Options(jurisdiction="tongliao", stage="application"))
    assert checked.documents[0].readable
