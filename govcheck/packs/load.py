"""Finding and loading rule packs; an invalid pack is a PackError naming file, rule and field."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from .schema import Pack


from ..errors import RunError


class PackError(RunError):
    """A pack is missing or invalid (exit 2)."""


def builtin_rules_dir() -> Path:
    """rules/ of a source checkout, else the copy the wheel carries as govcheck/_rules."""
    here = Path(__file__).resolve().parent.parent
    bundled = here / "_rules"
    if bundled.is_dir():
        return bundled
    return here.parent / "rules"


def pack_files(extra_dirs: tuple[Path, ...] = ()) -> dict[str, Path]:
    """Pack id → file. Packs from --rules dirs are added (and may replace a built-in one)."""
    files: dict[str, Path] = {}
    for d in (builtin_rules_dir(), *extra_dirs):
        if not d.is_dir():
            raise PackError(f"{d}: rules directory not found")
        for f in sorted(d.glob("*.yaml")):
            files[f.stem] = f
    return files


def pack_ids(extra_dirs: tuple[Path, ...] = ()) -> list[str]:
    return sorted(pack_files(extra_dirs))


def load_pack(pack_id: str, extra_dirs: tuple[Path, ...] = ()) -> Pack:
    files = pack_files(extra_dirs)
    if pack_id not in files:
        raise PackError(f"unknown jurisdiction '{pack_id}'; known: {', '.join(sorted(files))}")
    return load_pack_file(files[pack_id])


@lru_cache(maxsize=32)
def load_pack_file(path: Path) -> Pack:
    from ..cache import load_compiled_pack

    # Parsing and validating a large pack costs more than checking a small dossier: the
    # validated pack is kept in the user cache, keyed by the file's bytes and govcheck's code.
    return load_compiled_pack(path, _parse_pack_file)


def _parse_pack_file(path: Path) -> Pack:
    import yaml

    try:
        # The C loader, where PyYAML has it, parses a large pack several times faster.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, UnicodeDecodeError) as e:
        raise PackError(f"{path}: cannot read rule pack: {e}") from e
    except yaml.YAMLError as e:
        raise PackError(f"{path}: not valid YAML: {e}") from e
    if not isinstance(data, dict):
        raise PackError(f"{path}: a rule pack is a mapping with 'pack' and 'rules'")
    try:
        pack = Pack.model_validate(data)
    except ValidationError as e:
        raise PackError(f"{path}: invalid rule pack:\n{_explain(e, data)}") from None
    if pack.pack.id != path.stem:
        raise PackError(f"{path}: pack.id '{pack.pack.id}' must match the file name '{path.stem}'")
    from .references import unknown_references

    problems = unknown_references(pack)
    if problems:
        raise PackError(f"{path}: invalid rule pack:\n" + "\n".join(f"  - {p}" for p in problems))
    return pack


def _explain(err: ValidationError, data: dict) -> str:
    """One line per problem: rule id (not just its list index), field path, message."""
    lines = []
    rules = data.get("rules") if isinstance(data.get("rules"), list) else []
    for e in err.errors():
        loc = list(e["loc"])
        where = ".".join(str(p) for p in loc)
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int) and loc[1] < len(rules):
            rid = rules[loc[1]].get("id", f"#{loc[1]}") if isinstance(rules[loc[1]], dict) else loc[1]
            field = ".".join(str(p) for p in loc[2:]) or "(rule)"
            where = f"rule {rid}: {field}"
        msg = e["msg"].removeprefix("Value error, ")
        lines.append(f"  - {where}: {msg}")
    return "\n".join(lines)


def source_text(pack: Pack, pack_path: Path) -> str | None:
    f = pack_path.parent / pack.pack.source
    try:
        return f.read_text(encoding="utf-8")
    except OSError:
        return None
