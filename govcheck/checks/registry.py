"""The closed set of check kinds. A rule pack names one of these; adding a kind is code review."""

from __future__ import annotations

from . import absent, budget_item, consistency, content, count, deadline, fact, materials, ratio, tier
from .base import CheckKind

CHECK_KINDS: dict[str, CheckKind] = {
    k.name: k
    for k in (
        materials.KIND,
        tier.KIND,
        ratio.KIND,
        deadline.KIND,
        content.KIND,
        budget_item.KIND,
        fact.KIND,
        consistency.KIND,
        absent.KIND,
        count.KIND,
    )
}
