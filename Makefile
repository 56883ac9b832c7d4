# Two commands do everything on a fresh machine with Python 3.11 and pip:
#   make demo   - create .venv, install pinned dependencies, extract the facts of examples/article.txt
#   make test   - the same set-up (plus the web page's npm packages), then the test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.newsfacts-installed
# The web app's front-end libraries (npm packages, served by the app itself).
WEB := src/newsfacts/web
WEB_ASSETS := $(WEB)/node_modules/.package-lock.json

.PHONY: install demo test bench clean web-assets

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsfacts extract examples/article.txt --published 2026-03-04

test: $(STAMP) $(WEB_ASSETS)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

web-assets: $(WEB_ASSETS)

$(WEB_ASSETS): $(WEB)/package.json $(WEB)/package-lock.json
	cd $(WEB) && npm ci --no-audit --no-fund --loglevel=error
	@touch $(WEB_ASSETS)

clean:
	rm -rf $(VENV) .pytest_cache test-output
