# One command to run the app, one to run the tests; each installs what it needs first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test lint install system bench stress screenshots clean

$(STAMP): pyproject.toml scripts/install-system.sh
	bash scripts/install-system.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/missionplanner $(ARGS)

demo: $(STAMP)
	$(BIN)/missionplanner demo
	$(BIN)/missionplanner

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

stress: $(STAMP)
	$(BIN)/python -m bench.kill_harness 200

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
