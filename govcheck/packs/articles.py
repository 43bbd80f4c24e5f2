"""Article text from a seed: the paragraphs of 第N条 up to the next article heading."""

from __future__ import annotations

import re

from ..numerals import parse_cn_int

_HEADING = re.compile(r"^\s*第([一二三四五六七八九十百零〇]+)条")
def article_text(source: str, article: int) -> str | None:
    """The seed's text of 第{article}条, or None where the heading is not printed."""
    lines = source.splitlines()
    out: list[str] = []
    inside = False
    for line in lines:
        m = _HEADING.match(line)
        if m:
            if inside:
                break
            inside = parse_cn_int(m.group(1)) == article
        if inside and line.strip():
            out.append(line.strip())
    return "\n".join(out) or None


def quote_paragraph(source: str, quote: str) -> str | None:
    """The source paragraph holding the quote (its first part), white space ignored — for a rule
    whose article heading is not printed in the source (article_inferred)."""
    first = re.sub(r"\s+", "", quote.split("…")[0])
    if not first:
        return None
    for line in source.splitlines():
        if first in re.sub(r"\s+", "", line):
            return line.strip()
    return None
