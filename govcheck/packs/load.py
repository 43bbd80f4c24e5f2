"""Finding and loading rule packs; an invalid pack is a PackError naming file, rule and field."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from ..errors import RunError
from .schema import Pack


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
    """Pack id → file: every rules/*.yaml, then every *.yaml of the --rules dirs. A --rules pack
    with a shipped pack's id replaces it, and says so on stderr (once per file)."""
    files: dict[str, Path] = {}
    for d in (builtin_rules_dir(), *extra_dirs):
        if not d.is_dir():
            raise PackError(f"{d}: rules directory not found")
        for f in sorted(d.glob("*.yaml")):
            if f.stem in files and f.resolve() != files[f.stem].resolve():
                _say_shadowed(f, files[f.stem])
            files[f.stem] = f
    return files


_SAID: set[Path] = set()


def _say_shadowed(new: Path, old: Path) -> None:
    if new not in _SAID:
        _SAID.add(new)
        print(f"govcheck: {new} replaces the pack '{new.stem}' of {old}", file=sys.stderr)


def pack_ids(extra_dirs: tuple[Path, ...] = ()) -> list[str]:
    return sorted(pack_files(extra_dirs))


def load_pack(pack_id: str, extra_dirs: tuple[Path, ...] = ()) -> Pack:
    files = pack_files(extra_dirs)
    if pack_id not in files:
        raise PackError(f"unknown jurisdiction '{pack_id}'; known: {', '.join(sorted(files))}")
    return load_pack_file(files[pack_id])


@lru_cache(maxsize=32)
def load_pack_file(path: Path) -> Pack:
    """The pack, bound to its check kinds; any problem the linter finds stops the run (exit 2)
    with one FILE:LINE: RULE_ID: FIELD: message line per problem."""
    from ..cache import load_compiled_pack

    # Parsing, linting and validating a large pack costs more than checking a small dossier:
    # the validated pack is kept in the user cache, keyed by the pack's bytes (and its source
    # text's) and govcheck's code.
    return load_compiled_pack(path, _parse_pack_file)


def _parse_pack_file(path: Path) -> Pack:
    # Imported here: the linter needs the check kinds, which import this package's shapes.
    from .lint import read_pack

    pack, problems = read_pack(path)
    if problems or pack is None:
        raise PackError(f"{path}: invalid rule pack:\n" + "\n".join(f"  {p}" for p in problems))
    return pack


def source_text(pack: Pack, pack_path: Path) -> str | None:
    f = pack_path.parent / pack.pack.source
    try:
        return f.read_text(encoding="utf-8")
    except OSError:
        return None
