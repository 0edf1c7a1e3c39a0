# One entry point for every routine task. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?= -n 2
export INCONTRA_DATA_DIR ?= var

.PHONY: run demo test test-sqlite test-postgres test-e2e lint fmt messages bench bench-scheduling bench-matching setup system-packages worker

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed

## Set up, load the demo on SQLite and serve it on http://127.0.0.1:8000/
## (the background worker runs beside the web server and stops with it)
run: setup
	$(BIN)/incontra demo
	@echo "Incontra runs on http://127.0.0.1:8000/ (Ctrl-C to stop); log in as demo / incontra-demo"
	INCONTRA_DEBUG=true sh -c '$(BIN)/incontra worker & worker=$$!; \
	  trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
	  $(BIN)/incontra runserver 127.0.0.1:8000'

demo: setup
	$(BIN)/incontra demo

worker: setup
	$(BIN)/incontra worker

system-packages:
	scripts/install-system-packages

## Set up and run every test: SQLite, then PostgreSQL (browser tests included in the first run)
test: system-packages setup lint
	$(MAKE) test-sqlite
	$(MAKE) test-postgres

test-sqlite:
	$(BIN)/pytest $(PYTEST_ARGS)

test-postgres:
	scripts/with-postgres $(BIN)/pytest $(PYTEST_ARGS) -m "not e2e"

test-e2e:
	$(BIN)/pytest -m e2e

lint: setup
	$(BIN)/ruff check .

fmt: setup
	$(BIN)/ruff format incontra tests bench
	$(BIN)/ruff check --fix incontra tests bench

## Compile the it/ru catalogues (run makemessages by hand when strings change)
messages: setup
	cd incontra && ../$(BIN)/incontra compilemessages --ignore '.venv' >/dev/null

bench: bench-scheduling bench-matching

bench-scheduling: setup
	$(BIN)/python -m bench.scheduling.run_jair
	$(BIN)/python -m bench.scheduling.run_generated

bench-matching: setup
	$(BIN)/python -m bench.matching.evaluate --split test
	$(BIN)/python -m bench.matching.scale
