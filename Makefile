# The two commands:  make demo  (set up + analyse the bundled article)  and  make test  (the whole suite).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lab lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,scale]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/discourse demo

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest

lab: $(VENV)/.installed-dev
	$(BIN)/jupyter lab notebooks/

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check discourse tests benchmarks

clean:
	rm -rf out .pytest_cache .ruff_cache
