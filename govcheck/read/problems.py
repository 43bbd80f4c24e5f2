"""The two ways reading goes wrong: the whole run (DossierError) or one file (ReadProblem)."""

from __future__ import annotations


class DossierError(Exception):
    """The dossier itself cannot be read: path missing, not a folder or zip, zip corrupt.

    The message names the path and why; the CLI turns it into exit code 2.
    """


class ReadProblem(Exception):
    """One file cannot be (fully) read. Becomes a Document with readable=False, never a crash.

    ``problem`` is the Document.problem vocabulary: unreadable | encrypted | legacy.
    """

    def __init__(self, problem: str, message: str):
        super().__init__(message)
        self.problem = problem
        self.message = message


ENCRYPTED = "文件已加密（设有打开密码）"
