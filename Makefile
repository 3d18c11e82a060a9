# One command to run the app, one to run the tests; each installs what it needs first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test fuzz lint install system bench stress screenshots clean

$(STAMP): pyproject.toml scripts/install-system.sh
	bash scripts/install-system.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	for ts in resources/translations/*.ts; do $(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/missionplanner $(ARGS)

demo: $(STAMP)
	$(BIN)/missionplanner demo
	$(BIN)/missionplanner

# The layering contracts and style first (make lint), then the suite on SQLite, then every test that
# stores data once more on a PostgreSQL server the session starts itself (tests/postgres_server.py).
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)
	$(MAKE) --no-print-directory test-postgres

.PHONY: test-postgres test-postgres-gui
test-postgres: $(STAMP)
	MISSIONPLANNER_TEST_DB=postgresql QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --ignore=tests/ui $(PYTEST_ARGS)

# The GUI tests on PostgreSQL as well (not in `make test`, whose time CI bounds).
test-postgres-gui: $(STAMP)
	MISSIONPLANNER_TEST_DB=postgresql QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/ui $(PYTEST_ARGS)

# The property tests with fresh random examples, twenty times as many as the gate replays.
fuzz: $(STAMP)
	MP_HYPOTHESIS=fuzz QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m hypothesis $(PYTEST_ARGS)

# Style, and the layering contracts of docs/architecture.md (.importlinter).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

stress: $(STAMP)
	$(BIN)/python -m bench.kill_harness 200

# tests/ui five times in a row while two busy processes load the CPU (issue 14): quitting and
# destroying windows during background work must never hang, even on a busy machine. Not part of
# `make test`. The busy processes are killed at the end, also when a run fails or is interrupted.
.PHONY: stress-ui
stress-ui: $(STAMP)
	@$(BIN)/python -c 'while True: pass' & busy1=$$!; \
	$(BIN)/python -c 'while True: pass' & busy2=$$!; \
	trap 'kill $$busy1 $$busy2 2>/dev/null' EXIT; trap 'exit 1' INT TERM; \
	for run in 1 2 3 4 5; do \
		echo "stress-ui: tests/ui, run $$run of 5, with two busy processes"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/ui $(PYTEST_ARGS) || exit 1; \
	done; \
	echo "stress-ui: 5 of 5 runs passed"

# The README's page images of the demo's briefing pack (docs/briefing-*.png; needs poppler-utils).
.PHONY: briefing-images
briefing-images: $(STAMP)
	$(BIN)/python scripts/briefing_images.py

# Screenshots of the main views on the demo data, for the README (under Xvfb when it is installed).
screenshots: $(STAMP)
	if command -v xvfb-run >/dev/null 2>&1; then \
		xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb $(BIN)/python scripts/screenshots.py; \
	else \
		QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py; \
	fi

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info

# Packaging (issue 9): the frozen one-folder program in dist/missionplanner, and the proof it runs.
.PHONY: package package-check
PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/linux/missionplanner.spec
	@du -sh dist/missionplanner

package-check: $(PACKAGE_STAMP)
	test -x dist/missionplanner/missionplanner || $(MAKE) package
	bash packaging/linux/package-check.sh dist/missionplanner $(BIN)/python
