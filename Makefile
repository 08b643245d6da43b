# prestatie: `make build` sets up and builds the Assen 2024 document; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
YEAR ?= 2024

.PHONY: setup build test lint format clean bench system-deps

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

test: setup system-deps
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: setup
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf build
