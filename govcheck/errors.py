"""Errors that stop a run (exit 2). Problems inside a dossier are findings, never these."""


class RunError(Exception):
    """The run itself cannot be done: bad option, unknown jurisdiction, missing path, bad pack."""
