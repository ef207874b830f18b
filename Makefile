# Two entry points: `make demo` (set up, then run the whole pipeline on the bundled demo site)
# and `make test` (set up, then lint and test). Both create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.pantau-installed

.PHONY: install demo test lint typecheck bench clean-data

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/pantau demo

lint: install
	$(BIN)/ruff check .

typecheck: install
	$(BIN)/mypy

test: install lint typecheck
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python -m benchmarks

clean-data:
	rm -rf data/raw data/tables data/state data/prefect
