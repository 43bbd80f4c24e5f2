"""PDF → one Paragraph per non-empty line of text; a PDF without a text layer is a scan.

Heading levels can't be told from a PDF's text, so every paragraph is level 0.
"""

from __future__ import annotations

import io
import logging

from ..model import Document, Paragraph
from . import deadline
from .problems import ENCRYPTED, ReadProblem

NO_TEXT = "没有文字层（扫描件）"


def read_pdf(data: bytes, doc: Document) -> None:
    from pypdf import PdfReader  # heavy: imported only when a PDF is read
    from pypdf.errors import DependencyError, FileNotDecryptedError

    # pypdf logs every repairable oddity of real-world PDFs; those are not the user's business.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        # Permission-only PDFs (no copying/printing: common for official documents) open with
        # the empty user password; only a real open password stops us.
        try:
            opened = reader.decrypt("")
        except DependencyError as e:
            raise ReadProblem("encrypted", "PDF 已加密（AES），缺少解密组件 cryptography，无法读取") from e
        except FileNotDecryptedError as e:
            raise ReadProblem("encrypted", ENCRYPTED) from e
        if not opened:
            raise ReadProblem("encrypted", ENCRYPTED)

    if len(reader.pages) == 0:
        raise ReadProblem("unreadable", "PDF 没有任何页面（文件可能已损坏）")

    paragraphs: list[Paragraph] = []
    blank_pages: list[int] = []
    failed_pages: list[int] = []
    for number, page in enumerate(reader.pages, start=1):
        deadline.check()  # where no timer can be armed, the time limit is kept page by page
        try:
            text = page.extract_text() or ""
        except Exception:  # noqa: BLE001 — one broken page must not lose the others
            failed_pages.append(number)
            continue
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if not lines:
            blank_pages.append(number)
        for line in lines:
            paragraphs.append(Paragraph(text=line, index=len(paragraphs)))

    doc.paragraphs = paragraphs
    if failed_pages:
        doc.notes.append(f"第 {_pages(failed_pages)} 页的文字无法提取")
    if not paragraphs:
        doc.has_text = False
        doc.problem = "no_text"
        doc.error = NO_TEXT
    elif blank_pages:
        doc.notes.append(f"第 {_pages(blank_pages)} 页没有文字层（可能是扫描页）")


def _pages(numbers: list[int]) -> str:
    """[1, 2, 3, 7] → "1–3、7"."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return "、".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
