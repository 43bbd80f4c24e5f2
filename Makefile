# govcheck — every target works from a fresh clone on a machine with only python3:
# the first one that needs it creates .venv and installs govcheck (editable) with its test tools.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
AS_OF  := 2026-03-01

.PHONY: install demo test test-browser fuzz bench samples docs wheel clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# One clean and one failing Tongliao dossier (the failing one exits 1, as it should).
demo: $(STAMP)
	$(BIN)/govcheck validate sample_dossiers/tongliao-acceptance-clean --as-of $(AS_OF)
	$(BIN)/govcheck validate sample_dossiers/tongliao-acceptance-missing --as-of $(AS_OF) \
	  || echo "(exit $$? — this sample is built to fail)"

test: $(STAMP)
	$(BIN)/python -m pytest

# The HTML report in headless Chromium (findings visible, severity filter); installs Chromium
# (Debian package) where it is missing. Screenshots go to build/screenshots/.
test-browser: $(STAMP)
	command -v chromium >/dev/null 2>&1 || (apt-get update && apt-get install -y chromium)
	GOVCHECK_SCREENSHOTS=build/screenshots $(BIN)/python -m pytest -v tests/ci/test_html_browser.py

# 10,000 mutated .docx/.xlsx/.zip files read without a crash or hang (tools/fuzz.py; a find is
# saved to tests/fuzz/regressions/ and becomes a regression test).
FUZZ_N ?= 10000
fuzz: $(STAMP)
	$(BIN)/python tools/fuzz.py -n $(FUZZ_N)

bench: $(STAMP)
	$(BIN)/python tools/bench.py

samples: $(STAMP)
	$(BIN)/python sample_dossiers/build.py

docs: $(STAMP)
	$(BIN)/python tools/gen_rule_docs.py

wheel: $(STAMP)
	$(BIN)/python -m build --wheel --outdir dist .

clean:
	rm -rf $(VENV) dist build .pytest_cache
