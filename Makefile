# Two commands do everything on a fresh machine with Python 3.11, pip and root:
#   make demo   - create .venv, install pinned dependencies and the web page's npm packages,
#                 extract the facts of examples/article.txt; `newsfacts serve` then works
#   make test   - the same set-up, plus Chromium and Java for the browser and Spark tests
#                 (scripts/ensure-*.sh: apt-get as root; without root they say what to install),
#                 then the test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.newsfacts-installed
# The web app's front-end libraries (npm packages, served by the app itself).
WEB := src/newsfacts/web
WEB_ASSETS := $(WEB)/node_modules/.package-lock.json

.PHONY: install demo test bench clean web-assets system

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP) $(WEB_ASSETS)
	$(BIN)/newsfacts extract examples/article.txt --published 2026-03-04
	@echo
	@echo "Next: $(BIN)/newsfacts serve   (then open http://127.0.0.1:8000/ and paste an article)"

# Machine-level pieces the tests need: a browser (web tests) and Java 17+ (Spark tests).
system:
	scripts/ensure-chromium.sh
	scripts/ensure-java.sh

# The suite runs in TEST_WORKERS processes (pytest-xdist), a test file per process at a time
# (session fixtures such as the Spark session and the loaded model stay within a file's worker);
# then the tests marked `serial` (they time or measure the process) run alone, in one process.
# The status is non-zero if either part failed.
TEST_WORKERS ?= 2

test: $(STAMP) system $(WEB_ASSETS)
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile -m "not serial"; first=$$?; \
	$(BIN)/python -m pytest -q -m serial; second=$$?; \
	test $$first -eq 0 && test $$second -eq 0

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

web-assets: $(WEB_ASSETS)

$(WEB_ASSETS): $(WEB)/package.json $(WEB)/package-lock.json
	scripts/ensure-node.sh
	cd $(WEB) && npm ci --no-audit --no-fund --loglevel=error
	@touch $(WEB_ASSETS)

clean:
	rm -rf $(VENV) .pytest_cache test-output
