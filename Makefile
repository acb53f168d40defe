# Two commands on a fresh machine: `make run` and `make test`.
VENV        ?= .venv
PYTHON      ?= python3
VPY         := $(VENV)/bin/python
# Two stamps: `make run` installs only what the app needs (`pip install -e .`, ~770 MB, of
# which PySide6 Essentials + Addons ~680 MB, numpy ~70 MB, pip ~12 MB; measured with
# PySide6 6.11 on Python 3.11, Linux x86_64);
# `make test` adds the test toolchain (`.[test]`: pytest, mypy, Piper and a voice...).
APP_STAMP   := $(VENV)/.app-stamp
TEST_STAMP  := $(VENV)/.test-stamp
SYSDEPS     := scripts/system-deps.sh

.PHONY: run test lint typecheck pytest bench-smoke system-deps venv app-venv clean screenshot \
        screenshots dist test-dist translations update-translations check-translations

run: system-deps app-venv translations
	$(VPY) -m retrocoach

test: system-deps venv translations lint typecheck pytest bench-smoke

# The catalogues (docs/DEVELOPING.md, "Translating"): `update-translations` extracts every
# text of retrocoach/ into assets/i18n/retrocoach_<lang>.ts (new texts unfinished in de/es/fr);
# `translations` compiles each .ts into the .qm the app loads (committed too: a wheel built
# without make carries it).
TS_FILES := $(wildcard assets/i18n/retrocoach_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

translations: $(QM_FILES)

assets/i18n/%.qm: assets/i18n/%.ts | app-venv
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

update-translations: venv
	$(VPY) -m scripts.translations update
	$(MAKE) translations

# Every language's catalogue complete: no text missing or unfinished, {fields} and %n kept,
# the language's number of plural forms (tests/ui/test_translations.py asks it in `make test`).
check-translations: venv
	$(VPY) -m scripts.translations check

system-deps:
	@bash $(SYSDEPS)

# app-venv: the app and what it needs to run (PySide6-Essentials brings pyside6-lrelease for
# the catalogues); venv: that plus the test toolchain.
app-venv: $(APP_STAMP)

venv: $(TEST_STAMP)

$(APP_STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "retrocoach needs Python 3.11 or newer: run 'make PYTHON=python3.11 ...'"; exit 1; }
	test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --upgrade pip
	$(VPY) -m pip install --quiet -e .
	touch $(APP_STAMP)
	@echo "The app's command is $(VENV)/bin/retrocoach (e.g. '$(VENV)/bin/retrocoach check')."

$(TEST_STAMP): $(APP_STAMP)
	$(VPY) -m pip install --quiet -e '.[test]'
	touch $(TEST_STAMP)

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: venv
	$(VENV)/bin/mypy

pytest: venv
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest -q --durations=10

# bench-smoke: every script in benchmarks/ for a few seconds, each under a hard timeout
# (`timeout` ends the whole process group; status 124 means it was still running). Each must
# exit 0. This checks that the benchmarks still run, not their figures (benchmarks/README.md).
# To add a benchmark, add one line: $(BENCH) benchmarks/NAME.py --ITS-SHORT-MODE
# A script in benchmarks/ without its line makes bench-smoke fail.
BENCH_TIMEOUT ?= 120
BENCH = @QT_QPA_PLATFORM=offscreen $(SHELL) -c 'echo "bench-smoke: $$*"; \
  timeout -k 10 $(BENCH_TIMEOUT) $(VPY) "$$@" || { status=$$?; echo "bench-smoke: FAILED \
  with status $$status (124 means still running after $(BENCH_TIMEOUT) s, killed): $$*" >&2; exit 1; }' bench

bench-smoke: venv
	@for script in benchmarks/[!_]*.py; do \
	  grep -qF '$$(BENCH) '"$$script " Makefile || \
	  { echo "bench-smoke: $$script has no line in the Makefile's bench-smoke" >&2; exit 1; }; \
	done
	$(BENCH) benchmarks/timing.py --smoke
	$(BENCH) benchmarks/startup.py --smoke
	$(BENCH) benchmarks/history.py --smoke
	$(BENCH) benchmarks/speech.py --smoke
	$(BENCH) benchmarks/session_audio.py --smoke --duck-tone
	$(BENCH) benchmarks/intelligibility.py --smoke
	$(BENCH) benchmarks/settings_open.py --smoke
	$(BENCH) benchmarks/noise.py --smoke
	$(BENCH) benchmarks/first_start.py --smoke

# dist: a self-contained build in dist/retrocoach/ (PyInstaller, one folder): runs without
# Python or the venv (dist/retrocoach/retrocoach). The same commands work on Windows and macOS
# with the venv's Scripts\ or bin/ (not yet tried there). test-dist runs tests/test_dist.py,
# which builds it and runs the copy without the venv (marked slow: `make test` leaves it out).
DIST_DATA_SEP := $(if $(filter Windows_NT,$(OS)),;,:)
dist: venv
	$(VPY) -m pip install --quiet 'pyinstaller>=6.10'
	$(VPY) -m PyInstaller --noconfirm --clean --log-level WARN --name retrocoach \
	  --distpath dist --workpath build/pyinstaller --specpath build/pyinstaller \
	  --add-data '$(CURDIR)/assets$(DIST_DATA_SEP)assets' \
	  --collect-submodules retrocoach --collect-submodules pyttsx3 \
	  --icon '$(CURDIR)/assets/desktop/retrocoach-256.png' \
	  scripts/frozen_main.py

test-dist: venv
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest -q -m slow tests/test_dist.py

screenshot: venv
	$(VPY) scripts/screenshot.py docs/screenshot.png

# The real app under Xvfb (and openbox, if installed) at four screen sizes, in every state.
# `make screenshots LANG=de`: the window in German, in docs/screens/de/ (LANG counts only when
# given on make's command line: the environment's LANG is the locale, e.g. en_US.UTF-8).
SHOT_LANG := $(if $(filter command line,$(origin LANG)),$(LANG))
screenshots: venv
	$(VPY) scripts/screenshots.py \
	  $(if $(SHOT_LANG),docs/screens/$(SHOT_LANG) --lang $(SHOT_LANG),docs/screens)

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .pytest_cache .ruff_cache
