"""Configuration (issue 10, item 2): file search, precedence, keys, errors, `config show`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govcheck.commands.config import ConfigError, resolve

from .conftest import AS_OF, run


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path):
    c = resolve(tmp_path, {}, environ={})
    assert c.file is None
    assert c["lang"] == "zh" and c["fail_on"] == "error" and c["jurisdiction"] is None
    assert all(s.source == "default" for s in c.settings.values())


def test_found_upward_and_nearest_wins(tmp_path):
    write(tmp_path / ".govcheck.toml", 'lang = "en"\n')
    deep = tmp_path / "a" / "b" / "dossier"
    deep.mkdir(parents=True)
    c = resolve(deep, {}, environ={})
    assert c.file == (tmp_path / ".govcheck.toml").resolve() and c["lang"] == "en"
    write(tmp_path / "a" / "pyproject.toml", '[project]\nname = "x"\n[tool.govcheck]\nfail_on = "warning"\n')
    c = resolve(deep, {}, environ={})
    assert c.file == (tmp_path / "a" / "pyproject.toml").resolve()
    assert c["fail_on"] == "warning" and c["lang"] == "zh"  # the nearest file only
    # a pyproject.toml without [tool.govcheck] is passed by
    write(tmp_path / "a" / "b" / "pyproject.toml", '[project]\nname = "y"\n')
    assert resolve(deep, {}, environ={}).file == (tmp_path / "a" / "pyproject.toml").resolve()


def test_precedence_options_env_file_default(tmp_path):
    write(tmp_path / ".govcheck.toml", 'lang = "en"\nfail_on = "warning"\njurisdiction = "hunan"\n')
    env = {"GOVCHECK_FAIL_ON": "never", "GOVCHECK_JURISDICTION": "wujin"}
    c = resolve(tmp_path, {"jurisdiction": "tongliao"}, environ=env)
    assert (c["jurisdiction"], c.settings["jurisdiction"].source) == ("tongliao", "option --jurisdiction")
    assert (c["fail_on"], c.settings["fail_on"].source) == ("never", "env GOVCHECK_FAIL_ON")
    assert c["lang"] == "en" and c.settings["lang"].source.startswith("file ")
    assert c.settings["select"].source == "default"


def test_all_keys(tmp_path):
    write(tmp_path / "packs" / "x.yaml", "")
    write(tmp_path / ".govcheck.toml", """
jurisdiction = "tongliao"
lang = "en"
fail_on = "warning"
select = ["tongliao/*", "govcheck/*"]
ignore = ["TL-38q"]
rules = ["packs"]
exclude = ["草稿/*"]
[severity]
"tongliao/TL-57a" = "info"
[limits]
max_file_mb = 50
nested = {deep = [1, 2]}
""")
    c = resolve(tmp_path, {}, environ={})
    assert c["select"] == ["tongliao/*", "govcheck/*"] and c["ignore"] == ["TL-38q"]
    assert c["rules"] == [str((tmp_path / "packs").resolve())]  # relative to the file
    assert c["severity"] == {"tongliao/TL-57a": "info"}
    assert c["limits"] == {"max_file_mb": 50, "nested": {"deep": [1, 2]}}  # untouched
    assert c["exclude"] == ["草稿/*"]


@pytest.mark.parametrize("text,needle", [
    ('colour = "red"\n', "unknown key 'colour'"),
    ('lang = "fr"\n', "key 'lang': 'fr' is not one of zh, en"),
    ('fail_on = 1\n', "key 'fail_on'"),
    ('select = "TL-1a"\n', "key 'select'"),
    ('[severity]\n"TL-1a" = "fatal"\n', "key 'severity': TL-1a = 'fatal'"),
    ('limits = 3\n', "key 'limits'"),
    ('lang = \n', "not valid TOML"),
])
def test_bad_file_names_file_and_key(tmp_path, text, needle):
    cfg = write(tmp_path / ".govcheck.toml", text)
    with pytest.raises(ConfigError) as e:
        resolve(tmp_path, {}, environ={})
    assert str(cfg.resolve()) in str(e.value) and needle in str(e.value)


def test_bad_environment_value_names_the_variable(tmp_path):
    with pytest.raises(ConfigError, match="GOVCHECK_LANG.*'de' is not one of"):
        resolve(tmp_path, {}, environ={"GOVCHECK_LANG": "de"})


def test_limits_reach_the_pipeline_options_untouched(tmp_path, monkeypatch):
    from govcheck.cli import _options

    write(tmp_path / ".govcheck.toml", "[limits]\nmax_files = 500\nmax_file_mb = 20.5\n")
    options = _options(tmp_path, None, None, None, [], None, None, [], [], [])
    assert options.limits == {"max_files": 500, "max_file_mb": 20.5}


# --------------------------------------------------------------------------- through the CLI


def test_cli_bad_config_exits_2_naming_file_and_key(failing):
    cfg = write(failing.parent / ".govcheck.toml", 'fail_on = "sometimes"\n')
    done = run("validate", str(failing), "--as-of", AS_OF)
    assert done.returncode == 2
    assert str(cfg.resolve()) in done.stderr and "'fail_on'" in done.stderr
    assert "Traceback" not in done.stderr


def test_cli_ignore_select_and_severity(failing):
    base = ["validate", str(failing), "--as-of", AS_OF, "-f", "json"]
    write(failing.parent / ".govcheck.toml", 'ignore = ["tongliao/TL-38f"]\n[severity]\n"TL-38l" = "warning"\n')
    report = json.loads(run(*base).stdout)
    by_rule = {f["rule"]: f["severity"] for f in report["findings"]}
    assert "tongliao/TL-38f" not in by_rule
    assert by_rule["tongliao/TL-38l"] == "warning" and by_rule["tongliao/TL-38n"] == "error"
    # options beat the file: --ignore replaces the file's list
    report = json.loads(run(*base, "--ignore", "TL-38n").stdout)
    assert {f["rule"] for f in report["findings"]} == {"tongliao/TL-38f", "tongliao/TL-38l"}
    # select by glob
    report = json.loads(run(*base, "--select", "TL-38l,TL-38n").stdout)
    assert {f["rule"] for f in report["findings"]} == {"tongliao/TL-38l", "tongliao/TL-38n"}


def test_cli_env_beats_file_and_option_beats_env(failing):
    write(failing.parent / ".govcheck.toml", 'lang = "en"\nfail_on = "never"\n')
    base = ["validate", str(failing), "--as-of", AS_OF, "-f", "concise"]
    done = run(*base)
    assert done.returncode == 0 and "FAIL" not in done.stdout  # fail_on never from the file
    assert "must" in done.stdout or "audit" in done.stdout.lower()  # English from the file
    done = run(*base, env={"GOVCHECK_FAIL_ON": "error"})
    assert done.returncode == 1
    done = run(*base, "--fail-on", "never", env={"GOVCHECK_FAIL_ON": "error"})
    assert done.returncode == 0


def test_cli_excluded_paths_are_not_read(failing):
    write(failing.parent / ".govcheck.toml", 'exclude = ["11-*.docx"]\n')
    report = json.loads(run("validate", str(failing), "--as-of", AS_OF, "-f", "json").stdout)
    assert "11-试运行报告.docx" not in [d["file"] for d in report["documents"]]


def test_config_show(failing):
    cfg = write(failing.parent / ".govcheck.toml", 'lang = "en"\n[limits]\nmax_files = 9\n')
    done = run("config", "show", str(failing), env={"GOVCHECK_FAIL_ON": "warning"})
    assert done.returncode == 0, done.stderr
    assert str(cfg.resolve()) in done.stdout.replace("\n", "")
    data = json.loads(run("config", "show", str(failing), "-f", "json",
                          env={"GOVCHECK_FAIL_ON": "warning"}).stdout)
    s = data["settings"]
    assert s["lang"] == {"value": "en", "source": f"file {cfg.resolve()}"}
    assert s["fail_on"] == {"value": "warning", "source": "env GOVCHECK_FAIL_ON"}
    assert s["limits"]["value"] == {"max_files": 9}
    assert s["jurisdiction"] == {"value": None, "source": "default"}
    bad = write(failing.parent / ".govcheck.toml", "lnag = 'en'\n")
    done = run("config", "show", str(failing))
    assert done.returncode == 2 and str(bad.resolve()) in done.stderr and "'lnag'" in done.stderr
