# ikm-kit — the two commands:
#   make start   set up .venv if needed and open JupyterLab at the start notebook
#   make test    set up/update .venv with the test extras and run the whole suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.ikm-installed
TEST_STAMP := $(VENV)/.ikm-test-installed
# configurable-http-proxy for the classroom JupyterHub test (tests/test_hub.py), from npm
CHP_VERSION := 4
CHP_STAMP := $(VENV)/node/.ikm-chp-installed
PYTEST_ARGS ?=
# make test runs in 2 pytest-xdist workers (2 cores), a whole file at a time: nbval needs a notebook's
# cells in one kernel, in order; files with slow tests are handed out first (tests/conftest.py).
# PYTEST_WORKERS=0 runs everything in one process.
PYTEST_WORKERS ?= 2
# the Voila template is installed as shared data: reinstall when it changes
INSTALL_DEPS := pyproject.toml hatch_build.py $(wildcard share/jupyter/voila/templates/ikm/*) $(wildcard share/jupyter/voila/templates/ikm/static/*) share/jupyter/lab/settings/overrides.json

.PHONY: start test dashboards bench clean-venv strip-notebooks data plotly-bundle

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(INSTALL_DEPS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(INSTALL_DEPS) | $(BIN)/python $(CHP_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP) $@

# without npm this prints a note on every run; the hub test then skips (fails in CI)
$(CHP_STAMP): Makefile
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --prefix $(VENV)/node --no-audit --no-fund --loglevel=error configurable-http-proxy@$(CHP_VERSION) && touch $@; \
	else \
	  echo "note: npm not found - configurable-http-proxy not installed (apt-get install nodejs npm)"; \
	fi

EDISI ?= peserta

start: $(STAMP)
	$(BIN)/ikm-kit start --edisi $(EDISI)

dashboards: $(STAMP)
	$(BIN)/ikm-kit dashboards

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder $(PYTEST_ARGS)

bench: $(TEST_STAMP)
	$(BIN)/python benchmarks/run_all.py

strip-notebooks: $(STAMP)
	$(BIN)/python -m ikm_kit.devtools strip notebooks dashboards

data: $(STAMP)
	$(BIN)/ikm-kit data regenerate

# ikm-kit's partial plotly.js (committed; rebuild after changing the plotly pin or the trace types)
plotly-bundle:
	cd tools/plotly-bundle && npm ci --no-audit --no-fund --loglevel=error && npm run build

clean-venv:
	rm -rf $(VENV)
