# 村务通 VillageAdmin — `make run` opens the app, `make test` runs the tests.
# Each target does its own set-up on a fresh Debian machine: system packages, venv, pip, fonts.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEB_PACKAGES := libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 fonts-wqy-microhei \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 \
	libxkbcommon-x11-0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libx11-xcb1 poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps sysdeps venv translations bench soak dist docs lint clean

run: deps
	$(BIN)/python -m villageadmin $(ARGS)

test: deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

deps: sysdeps venv

# Debian packages Qt needs (offscreen and on a desktop) and the CJK font; skipped when already there.
sysdeps: .stamp-sysdeps
.stamp-sysdeps:
	@if command -v apt-get >/dev/null 2>&1; then \
	  missing=$$(for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	  if [ -n "$$missing" ]; then \
	    echo "Installing: $$missing"; \
	    $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	  fi; \
	else echo "apt-get not found: install Qt's libraries and a CJK font yourself (see README)"; fi
	@touch $@

venv: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml
	@[ -x $(BIN)/python ] || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip >/dev/null
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

translations: deps
	$(BIN)/python tools/i18n.py release

bench: deps
	$(BIN)/python bench/run.py

soak: deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow tests

lint: deps
	$(BIN)/python -m pip install -q ruff==0.14.0 mypy==1.18.2 >/dev/null
	$(BIN)/ruff check villageadmin tests
	$(BIN)/mypy

# The one-folder app in dist/villageadmin (PyInstaller; see installer/), then the slow test that starts it.
dist: deps
	$(BIN)/python -m pip install -q pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9 >/dev/null
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
	  installer/villageadmin.spec
	VILLAGEADMIN_DIST=dist/villageadmin QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow -s tests/test_dist.py

# The user guide's screenshots, taken from the real app on demo data (docs/guide/images).
docs: deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py

clean:
	rm -rf $(VENV) .stamp-* build dist
