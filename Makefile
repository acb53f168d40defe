# Two commands on a fresh machine: `make run` and `make test`.
VENV        ?= .venv
PYTHON      ?= python3
VPY         := $(VENV)/bin/python
STAMP       := $(VENV)/.installed-stamp
SYSDEPS     := scripts/system-deps.sh

.PHONY: run test lint typecheck pytest system-deps venv clean screenshot

run: system-deps venv
	$(VPY) -m retrocoach

test: system-deps venv lint typecheck pytest

system-deps:
	@bash $(SYSDEPS)

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "retrocoach needs Python 3.11 or newer: run 'make PYTHON=python3.11 ...'"; exit 1; }
	test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --upgrade pip
	$(VPY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: venv
	$(VENV)/bin/mypy

pytest: venv
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest -q

screenshot: venv
	$(VPY) scripts/screenshot.py docs/screenshot.png

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .pytest_cache .ruff_cache
