"""Old word-processor formats (.doc, .wps, .odt) through LibreOffice, when it is installed.

No Python library reads .doc/.wps text reliably, and LibreOffice does. It converts a copy in a
private temporary directory (never inside the dossier), with a profile of its own per call so
a running LibreOffice of the user's, or a parallel govcheck, neither blocks nor is disturbed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ..model import Document
from .problems import ReadProblem

TIMEOUT_SECONDS = 60
_NAMES = {"doc": "旧版 .doc 文件", "wps": "WPS 文字 .wps 文件", "odt": "OpenDocument .odt 文件"}


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_legacy_text(data: bytes, doc: Document) -> None:
    soffice = find_soffice()
    what = _NAMES.get(doc.format, f".{doc.format} 文件")
    if soffice is None:
        raise ReadProblem("legacy", f"{what}：安装 LibreOffice 或另存为 .docx 后可检查内容")
    converted = convert_to_docx(soffice, data, doc.format)
    from .docx import read_docx

    read_docx(converted, doc)
    doc.notes.append("经 LibreOffice 转换为 .docx 后读取")


def convert_to_docx(soffice: str, data: bytes, ext: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="govcheck-lo-") as tmp:
        work = Path(tmp)
        src = work / f"input.{ext}"
        src.write_bytes(data)
        out = work / "out"
        cmd = [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            "--convert-to", "docx", "--outdir", str(out), str(src),
        ]
        _run(cmd)
        result = out / "input.docx"
        if not result.is_file():
            raise ReadProblem("unreadable", "LibreOffice 无法转换该文件（文件可能已损坏或加密）")
        return result.read_bytes()


def _run(cmd: list[str]) -> None:
    # A new session, so on timeout the whole process group goes (soffice is a wrapper script
    # that starts soffice.bin; killing only the wrapper would leave the converter running).
    posix = hasattr(os, "killpg")
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=posix)
    try:
        proc.wait(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired as e:
        if posix:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
        proc.wait()
        raise ReadProblem("unreadable", f"LibreOffice 转换超时（{TIMEOUT_SECONDS} 秒）") from e
