# The two commands the README promises: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= marsad.db

.PHONY: demo test lint typecheck unit bench clean

$(BIN)/marsad: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

## Set up, ingest the bundled sample articles into $(DB), print who said what.
demo: $(BIN)/marsad
	$(BIN)/marsad ingest samples/seeds --db $(DB)
	$(BIN)/marsad articles --db $(DB)
	$(BIN)/marsad quotes --db $(DB)
	$(BIN)/marsad entities --db $(DB) --limit 10

## Everything CI checks: lint, types, the whole test suite.
test: lint typecheck unit

lint: $(BIN)/marsad
	$(BIN)/ruff check src tests benchmarks scripts

typecheck: $(BIN)/marsad
	$(BIN)/mypy

unit: $(BIN)/marsad
	$(BIN)/pytest

bench: $(BIN)/marsad
	$(BIN)/python benchmarks/ingest_bench.py --articles 20000
	$(BIN)/python benchmarks/scale_bench.py --articles 20000 --processes 1 2
	$(BIN)/python benchmarks/stories_bench.py
	$(BIN)/python benchmarks/api_bench.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .mypy_cache .ruff_cache
