"""Who issued an official document (发文机关): read from its 落款, seal line and title.

A Chinese official document (公文) names its issuing body in three places:

* the 落款 — the body's name on its own line after the text, just before (rarely after) the date
  line ("高平市人民政府" / "2025年12月26日");
* a seal line — "XX局（盖章）", "单位（盖章）：XX局", "盖章单位：XX局";
* the title — "XX局关于……的审核意见", or the red-head "XX局文件".

The 落款 is the most reliable (the title often omits the body: "关于……的批复"), then the seal
line, then the title. A joint document (联合发文) has several bodies; ``document_issuers`` lists
them all, ``document_issuer`` returns the first.

``issued_by(doc, names)`` answers "is this document from one of these bodies?" where a rule names
the body the way the measure does ("区大数据管理局", "市人民政府"): the named body must be the
END of the issuer's name or of one of its bracketed parts, so "常州市武进区人民政府办公室（区大数
据管理局）" is from 区大数据管理局, "高平市人民政府" from 市人民政府, but "高平市人民政府办公室"
is not the 市人民政府 itself.
"""

from __future__ import annotations

import re

from ..model import Document

# What an organisation's name ends with. Longest first so that 人民政府 wins over 政府.
_ORG_SUFFIXES = (
    "人民政府", "办公厅", "办公室", "委员会", "领导小组", "管理局", "管理中心", "信息中心", "大数据中心",
    "政府", "小组", "中心", "集团", "公司", "研究院", "设计院", "局", "委", "厅", "院", "部",
    "处", "科", "站", "馆", "所", "队", "办",
)
# A bracketed alias after a body ("…人民政府办公室（区大数据管理局）") is part of the name.
_BRACKETS = "（()）"
_ORG_TAIL = re.compile(
    r"(?:" + "|".join(map(re.escape, _ORG_SUFFIXES)) + r")(?:[（(][^（）()]{2,30}[）)])?$"
)
_SEAL = re.compile(r"[（(]\s*(?:盖章|印章|公章|章|签章|盖公章)\s*[）)]")
_SEAL_LABEL = re.compile(
    r"^(?:(?:发文|落款|盖章|出具|审核|审查|批准|评审)?(?:单位|机关|部门)(?:名称)?(?:[（(]\s*(?:盖章|印章|公章)\s*[）)])?"
    r"|盖章单位|发文机关|出具单位)\s*[:：]\s*"
)
_DIGIT_DATE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
_CN_DATE = re.compile(r"^[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日$")
_ISO_DATE = re.compile(r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}$")
# Lines that are never the issuer even when they end like a body.
_NOT_ISSUER = re.compile(r"^(?:附件|抄送|抄报|主送|印发|联系人|联系电话|签发人|经办人|(?:此|特此))")
_TITLE_BODY = re.compile(r"^(?P<body>.{2,40}?)(?:关于|文件$)")
# How far before the date line a 落款 can sit (several bodies of a joint document, a seal line).
_LOOKBACK = 4
_MAX_NAME = 40


def _clean(line: str) -> str:
    return re.sub(r"\s+", "", line or "").strip("　 ")


def _is_date(line: str) -> bool:
    return bool(_DIGIT_DATE.match(line) or _CN_DATE.match(line) or _ISO_DATE.match(line))


def _as_body(line: str) -> str | None:
    """The body's name if the line is one (after removing a seal mark or a 'unit:' label)."""
    line = _clean(line)
    if not line or _NOT_ISSUER.match(line):
        return None
    line = _SEAL_LABEL.sub("", line)
    line = _SEAL.sub("", line).strip(":：")
    if not line or len(line) > _MAX_NAME or any(c in line for c in "，。；;,、！？?《》\"："):
        return None
    return line if _ORG_TAIL.search(line) else None


_TRAILING_DATE = re.compile(
    r"^(?P<body>.+?)(?P<date>\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$"
)


def _lines(doc: Document) -> list[str]:
    """The document's text lines in order; a 落款 written on one line with its date
    ("高平市人民政府 2025年12月26日") becomes two lines."""
    out: list[str] = []
    for p in doc.paragraphs:
        line = _clean(p.text)
        m = _TRAILING_DATE.match(line)
        if m and _as_body(m.group("body")):
            out += [m.group("body"), m.group("date")]
        elif line:
            out.append(line)
    return out


def _table_seal_bodies(doc: Document) -> list[str]:
    """A form signed inside its table: a cell "申报单位（盖章）：XX局", or a label cell
    "申报单位（盖章）" with the name in the next cell."""
    found: list[str] = []
    for t in doc.tables:
        for row in t.rows:
            cells = [_clean(c) for c in row]
            for i, c in enumerate(cells):
                if not (_SEAL.search(c) or _SEAL_LABEL.match(c)):
                    continue
                body = _as_body(c)
                if body is None and i + 1 < len(cells) and _SEAL.search(c):
                    body = _as_body(cells[i + 1])
                if body and body not in found:
                    found.append(body)
    return found


def _signature_bodies(lines: list[str]) -> list[str]:
    """Bodies named in the 落款: the lines just before the LAST date line (or just after it)."""
    dates = [i for i, x in enumerate(lines) if _is_date(x)]
    if not dates:
        # No date line: a seal line anywhere in the tail ("单位（盖章）：XX局") still names it.
        return [b for x in lines[-_LOOKBACK:] if _SEAL.search(x) or _SEAL_LABEL.match(x)
                for b in [_as_body(x)] if b]
    last = dates[-1]
    before = []
    for x in reversed(lines[max(0, last - _LOOKBACK):last]):
        body = _as_body(x)
        if body is None:
            if before:
                break  # the body text begins: the 落款 block is over
            if _SEAL.fullmatch(x):
                continue  # a bare "（盖章）" line between the name and the date
            break
        before.append(body)
    if before:
        return list(reversed(before))
    after = lines[last + 1:last + 3]  # a few layouts put the date first, then the body
    return [b for x in after for b in [_as_body(x)] if b][:1]


def _title_body(doc: Document, lines: list[str]) -> str | None:
    heads = [_clean(p.text) for p in doc.paragraphs if p.level >= 1 and _clean(p.text)]
    for title in (heads[:1] or lines[:1]):
        m = _TITLE_BODY.match(title)
        if m:
            body = _as_body(m.group("body"))
            if body:
                return body
    return None


def document_issuers(doc: Document) -> list[str]:
    """Every issuing body the document names (落款, else seal line, else title); [] if none."""
    lines = _lines(doc)
    found = _signature_bodies(lines) if lines else []
    if not found:
        found = _table_seal_bodies(doc)
    if not found and lines:
        title = _title_body(doc, lines)
        found = [title] if title else []
    out: list[str] = []
    for b in found:
        if b not in out:
            out.append(b)
    return out


def document_issuer(doc: Document) -> str | None:
    """The (first) issuing body of the document, or None when it names none."""
    found = document_issuers(doc)
    return found[0] if found else None


def _name_parts(issuer: str) -> list[str]:
    """'常州市武进区人民政府办公室（区大数据管理局）' → the whole, the part before, the part inside."""
    parts = [issuer]
    outer = re.sub(r"[（(][^（）()]*[）)]", "", issuer)
    if outer != issuer:
        parts.append(outer)
    parts += re.findall(r"[（(]([^（）()]+)[）)]", issuer)
    return parts


def _normalise_body(name: str) -> str:
    # 市政府 is how the measures often shorten 市人民政府.
    return _clean(name).replace("人民政府", "政府")


def issuer_matches(issuer: str, names: list[str]) -> bool:
    """Is ``issuer`` one of the named bodies (a name is the END of the issuer or of a part)?"""
    parts = [_normalise_body(p) for p in _name_parts(issuer)]
    wanted = [_normalise_body(n) for n in names]
    return any(p.endswith(w) for p in parts for w in wanted if w)


def issued_by(doc: Document, names: list[str]) -> bool | None:
    """True / False, or None when the document names no issuing body at all."""
    found = document_issuers(doc)
    if not found:
        return None
    return any(issuer_matches(b, names) for b in found)


def document_title(doc: Document) -> str:
    """The title as printed (first heading, else first line), falling back to the file name."""
    for p in doc.paragraphs:
        if p.level >= 1 and _clean(p.text):
            return _clean(p.text)
    lines = _lines(doc)
    return lines[0] if lines else doc.name
