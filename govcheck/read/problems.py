"""The two ways reading goes wrong: the whole run (DossierError) or one file (ReadProblem)."""

from __future__ import annotations

from ..limits import Limits
from ..model import ReadIssue


class DossierError(Exception):
    """The dossier itself cannot be read: path missing, not a folder or zip, zip corrupt.

    The message names the path and why; the CLI turns it into exit code 2.
    """


class ReadProblem(Exception):
    """One file cannot be (fully) read. Becomes a Document with readable=False, never a crash.

    ``problem`` is the Document.problem vocabulary: unreadable | encrypted | legacy | limit |
    link. ``issue``, when set, is the finding the file gets instead of govcheck/unreadable-file
    (a limit hit names the limit; a link not followed says where it leads).
    """

    def __init__(self, problem: str, message: str, issue: ReadIssue | None = None):
        super().__init__(message)
        self.problem = problem
        self.message = message
        self.issue = issue


ENCRYPTED = "文件已加密（设有打开密码）"


def limit_issue(limits: Limits, name: str, detail: str, detail_en: str,
                partial: bool = False) -> ReadIssue:
    """The govcheck/limit-exceeded finding of a limit hit: an error when the file was not read,
    a warning when it was read up to the limit (``partial``)."""
    return ReadIssue("limit-exceeded", {"limit": limits.describe(name), "limit_name": name,
                                        "detail": detail, "detail_en": detail_en},
                     severity="warning" if partial else None)


def limit_hit(limits: Limits, name: str, detail: str, detail_en: str) -> ReadProblem:
    """A file not read because of a limit."""
    issue = limit_issue(limits, name, detail, detail_en)
    return ReadProblem("limit", f"超出限制 {limits.describe(name)}：{detail}", issue)


def link_skipped(detail: str, detail_en: str) -> ReadProblem:
    """A link, shortcut or junction that is not followed."""
    return ReadProblem("link", f"{detail}，未读取",
                       ReadIssue("link-not-followed", {"detail": detail, "detail_en": detail_en}))
