# Two commands on a fresh Debian/Ubuntu machine with Python 3.11:
#   make run    set up and open the app on the sample article
#   make test   set up and run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE := seeds/canada-defense-partnership.txt
# Optional extras to install as well; CI adds spacy,html,gazetteers so no test skips.
EXTRAS ?= test
comma := ,
STAMP := $(VENV)/.installed-$(subst $(comma),-,$(EXTRAS))

.PHONY: run test setup system-deps clean install-desktop uninstall-desktop bundle

$(BIN)/python: | system-deps
	$(PYTHON) -m venv $(VENV) || { echo "python3-venv is missing: sudo apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $@

setup: system-deps $(STAMP)

# Shared libraries Qt needs on a bare machine; skipped when not root and sudo is absent.
system-deps:
	@sh scripts/system-deps.sh

run: setup
	$(BIN)/annotator gui $(SAMPLE)

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# The menu entry, icon, MIME types and AppStream metainfo for this user (~/.local/share), running
# this checkout's annotator; `sh packaging/install-desktop.sh` alone uses the one on PATH (pipx).
install-desktop: setup
	sh packaging/install-desktop.sh $(abspath $(BIN))/annotator

uninstall-desktop:
	sh packaging/install-desktop.sh --uninstall

# The standalone one-folder app (PyInstaller) in dist/annotator/, checked after the build.
bundle: setup
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS),bundle]'
	sh packaging/build.sh $(BIN)/python

clean:
	rm -rf $(VENV) build dist *.egg-info
