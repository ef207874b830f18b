# Two entry points: `make demo` (set up, then run the whole pipeline on the bundled demo site)
# and `make test` (set up, then lint and test). Both create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.pantau-installed

.PHONY: install demo test hostile lint typecheck bench clean-data

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
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

test: install lint typecheck
	$(BIN)/python -m pytest

# the slow hostile cases (huge texts, endless crawls, signals); the fast ones run in `make test`
hostile: install
	$(BIN)/python -m pytest tests/hostile -m hostile_slow

bench: install
	$(BIN)/python -m benchmarks

clean-data:
	rm -rf data/raw data/tables data/state data/prefect
