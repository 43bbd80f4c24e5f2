"""A sample: its stage, what it proves, its documents and the findings it must produce."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from .model import Spec

# =========================================================================== the samples

AS_OF = date(2026, 3, 1)  # fixed, so deadline results never depend on the day the tests run


@dataclass
class Sample:
    name: str
    stage: str
    proves: str
    documents: Callable[[], list[Spec]]
    # The rule ids of the error findings. A failing sample fails for exactly these (the one thing
    # it is about, plus what the catalogue says follows from it, e.g. TL-35j after TL-35a).
    errors: tuple[str, ...] = ()
    exact: bool = True  # False: other error findings may appear as well
    jurisdiction: str = "tongliao"
    as_of: date = AS_OF
    facts: dict[str, object] = field(default_factory=dict)  # manifest facts (what no form carries)
    # Rule ids that must be among the WARNING findings (where the seed softens a number to a warning,
    # e.g. a self-evaluation earlier than 12 months).
    warnings: tuple[str, ...] = ()
    # False: govcheck.yaml names no jurisdiction, govcheck must detect it from the unit names.
    declare_jurisdiction: bool = True

    @property
    def clean(self) -> bool:
        """No error finding at all (a failing sample lists the errors it fails for)."""
        return not self.errors

    @property
    def exit_code(self) -> int:
        return 0 if self.clean else 1
