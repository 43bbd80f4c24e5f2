"""Configuration: `.govcheck.toml`, or `[tool.govcheck]` in pyproject.toml, found by searching
upward from the dossier; precedence options > GOVCHECK_* environment > file > defaults.

Every value remembers where it came from (`govcheck config show`). An unknown key or a bad value
is a RunError (exit 2) naming the file (or variable) and the key.

    # .govcheck.toml
    jurisdiction = "tongliao"
    lang = "zh"
    fail_on = "error"                    # error | warning | never
    select = ["tongliao/*", "govcheck/*"]
    ignore = ["TL-38q"]                  # ids or globs, full (tongliao/TL-38q) or short
    rules = ["packs/"]                   # extra rule dirs, relative to this file
    exclude = ["草稿/*", "*.bak"]         # dossier files left unread
    [severity]                           # per-rule severity overrides
    "tongliao/TL-57a" = "info"
    [limits]                             # passed through untouched to the pipeline
    max_file_mb = 50
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

from ..errors import RunError

CONFIG_NAME = ".govcheck.toml"
PYPROJECT = "pyproject.toml"
ENV_PREFIX = "GOVCHECK_"

LANGS = ("zh", "en")
FAIL_ON = ("error", "warning", "never")
SEVERITIES = ("error", "warning", "info")

DEFAULTS: dict[str, Any] = {
    "jurisdiction": None, "lang": "zh", "fail_on": "error", "select": [], "ignore": [],
    "severity": {}, "rules": [], "exclude": [], "limits": {},
}
# Environment variables: GOVCHECK_<KEY>; lists are comma-separated (rules: os.pathsep).
ENV_KEYS = ("jurisdiction", "lang", "fail_on", "select", "ignore", "rules", "exclude")


class ConfigError(RunError):
    pass


@dataclass
class Setting:
    value: Any
    source: str  # "default" | "option --lang" | "env GOVCHECK_LANG" | "file PATH"


@dataclass
class Config:
    file: Path | None
    settings: dict[str, Setting] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.settings[key].value


# --------------------------------------------------------------------------- validation


def _one_of(allowed: tuple[str, ...]) -> Callable[[Any], Any]:
    def check(v: Any) -> Any:
        if v not in allowed:
            raise ValueError(f"{v!r} is not one of {', '.join(allowed)}")
        return v
    return check


def _text(v: Any) -> Any:
    if not isinstance(v, str) or not v.strip():
        raise ValueError(f"{v!r} is not a non-empty string")
    return v.strip()


def _strings(v: Any) -> Any:
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
        raise ValueError(f"{v!r} is not a list of strings")
    return [x.strip() for x in v]


def _severity_map(v: Any) -> Any:
    if not isinstance(v, dict):
        raise ValueError(f"{v!r} is not a table of rule = severity")
    for rule, sev in v.items():
        if sev not in SEVERITIES:
            raise ValueError(f"{rule} = {sev!r}: severity is one of {', '.join(SEVERITIES)}")
    return dict(v)


def _table(v: Any) -> Any:
    if not isinstance(v, dict):
        raise ValueError(f"{v!r} is not a table")
    return v


CHECKS: dict[str, Callable[[Any], Any]] = {
    "jurisdiction": _text, "lang": _one_of(LANGS), "fail_on": _one_of(FAIL_ON),
    "select": _strings, "ignore": _strings, "severity": _severity_map, "rules": _strings,
    "exclude": _strings, "limits": _table,
}
assert set(CHECKS) == set(DEFAULTS)


def _validated(key: str, value: Any, where: str) -> Any:
    if key not in CHECKS:
        raise ConfigError(f"{where}: unknown key {key!r}; known keys: {', '.join(CHECKS)}")
    try:
        return CHECKS[key](value)
    except ValueError as e:
        raise ConfigError(f"{where}: key {key!r}: {e}") from None


# --------------------------------------------------------------------------- the file


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10: the same parser, as a package
        import tomli as tomllib  # type: ignore[no-redef]

    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest .govcheck.toml, or pyproject.toml with [tool.govcheck], from start upward."""
    here = start.resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        own = folder / CONFIG_NAME
        if own.is_file():
            return own, _load_toml(own)
        pyproject = folder / PYPROJECT
        if pyproject.is_file():
            table = _load_toml(pyproject).get("tool", {}).get("govcheck")
            if table is not None:
                if not isinstance(table, dict):
                    raise ConfigError(f"{pyproject}: [tool.govcheck] is not a table")
                return pyproject, table
    return None


def _file_values(path: Path, table: dict[str, Any]) -> dict[str, Any]:
    where = str(path) + (" [tool.govcheck]" if path.name == PYPROJECT else "")
    out = {k: _validated(k, v, where) for k, v in table.items()}
    if "rules" in out:  # rule dirs are relative to the file that names them
        out["rules"] = [str((path.parent / r).resolve()) if not Path(r).is_absolute() else r
                        for r in out["rules"]]
    return out


# --------------------------------------------------------------------------- the environment


def _env_values(environ: Mapping[str, str]) -> dict[str, Any]:
    out = {}
    for key in ENV_KEYS:
        name = ENV_PREFIX + key.upper()
        raw = environ.get(name)
        if raw is None or raw == "":
            continue
        if key in ("select", "ignore", "exclude"):
            value: Any = [x.strip() for x in raw.split(",") if x.strip()]
        elif key == "rules":
            value = [x for x in raw.split(os.pathsep) if x]
        else:
            value = raw.strip()
        out[key] = _validated(key, value, f"environment variable {name}")
    return out


# --------------------------------------------------------------------------- resolution


def resolve(start: Path | None, options: Mapping[str, Any],
            environ: Mapping[str, str] | None = None) -> Config:
    """options: key → value given on the command line, or None / absent when not given."""
    environ = os.environ if environ is None else environ
    found = find_config(start if start is not None else Path.cwd())
    file_values = _file_values(*found) if found else {}
    env_values = _env_values(environ)
    config = Config(file=found[0] if found else None)
    for key, default in DEFAULTS.items():
        opt = options.get(key)
        if opt is not None and opt != [] and opt != ():
            config.settings[key] = Setting(opt, f"option --{key.replace('_', '-')}")
        elif key in env_values:
            config.settings[key] = Setting(env_values[key], f"env {ENV_PREFIX}{key.upper()}")
        elif key in file_values:
            config.settings[key] = Setting(file_values[key], f"file {found[0]}")  # type: ignore[index]
        else:
            config.settings[key] = Setting(default, "default")
    return config


def show_lines(config: Config) -> list[tuple[str, str, str]]:
    """(key, value as TOML-ish text, source) for `govcheck config show`."""
    rows = []
    for key, s in config.settings.items():
        value = "(none)" if s.value is None else json.dumps(s.value, ensure_ascii=False, default=str)
        rows.append((key, value, s.source))
    return rows
