"""The HTML report in a real browser (issue 10, item 8): headless Chromium opens a failing
sample's report, the findings are visible, and the severity filter hides and shows them.
`make test-browser` installs Chromium where it is missing and runs this test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .cdp import Browser, chromium
from .conftest import AS_OF, run

BINARY = chromium()
pytestmark = pytest.mark.skipif(BINARY is None, reason="Chromium is not installed "
                                "(apt-get install chromium, or make test-browser)")

VISIBLE = ("(sel) => Array.from(document.querySelectorAll(sel)).filter(e => "
           "e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').length")


@pytest.fixture
def browser():
    b = Browser(BINARY)  # type: ignore[arg-type]
    yield b
    b.close()


def count_visible(browser: Browser, selector: str) -> int:
    return browser.js(f"({VISIBLE})({selector!r})")


def test_findings_visible_and_severity_filter(browser, failing, tmp_path):
    # a warning too, so that two severities can be filtered apart
    (failing.parent / ".govcheck.toml").write_text('[severity]\n"TL-38n" = "warning"\n',
                                                  encoding="utf-8")
    report = tmp_path / "report.html"
    done = run("validate", str(failing), "--as-of", AS_OF, "-f", "html", "-o", str(report))
    assert done.returncode == 1, done.stderr
    browser.open(report.as_uri())

    assert browser.js("document.title").startswith("govcheck")
    assert count_visible(browser, "table.findings.error tbody tr") == 2
    assert count_visible(browser, "table.findings.warning tbody tr") == 1
    text = browser.js("document.body.innerText")
    for needed in ("tongliao/TL-38f", "竣工验收申请应附审计报告，未找到", "tongliao/TL-38n", "未通过"):
        assert needed in text
    # each finding row has a real size on screen
    heights = browser.js("Array.from(document.querySelectorAll('table.findings tbody tr'))"
                         ".map(r => r.getBoundingClientRect().height)")
    assert len(heights) == 3 and all(h > 10 for h in heights)

    shots = Path(os.environ.get("GOVCHECK_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    browser.screenshot(str(shots / "report-all.png"))

    browser.click("label[for=show-error]")  # errors off
    assert browser.js("document.getElementById('show-error').checked") is False
    assert count_visible(browser, "table.findings.error tbody tr") == 0
    assert count_visible(browser, "table.findings.warning tbody tr") == 1
    assert "竣工验收申请应附审计报告，未找到" not in browser.js("document.body.innerText")
    browser.screenshot(str(shots / "report-errors-hidden.png"))

    browser.click("label[for=show-warning]")  # warnings off too
    assert count_visible(browser, "table.findings tbody tr") == 0
    # the rest of the report stays
    assert count_visible(browser, "table.materials tbody tr") > 0

    browser.click("label[for=show-error]")  # errors back
    assert count_visible(browser, "table.findings.error tbody tr") == 2
    assert count_visible(browser, "table.findings.warning tbody tr") == 0


def test_clean_report_has_no_filter(browser, passing, tmp_path):
    report = tmp_path / "clean.html"
    done = run("validate", str(passing), "--as-of", AS_OF, "-f", "html", "-o", str(report),
               "--lang", "en")
    assert done.returncode == 0, done.stderr
    browser.open(report.as_uri())
    assert count_visible(browser, "input.filter-box") == 0
    assert "No problems found." in browser.js("document.body.innerText")
    assert browser.js("document.documentElement.lang") == "en"
