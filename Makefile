# Two commands do all the set-up:  make lab  (open the notebooks)  and  make test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Re-install only when the project's declared dependencies change.
STAMP := $(VENV)/.installed

.PHONY: lab test app handouts pocket notebooks bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[lab,app,test]'
	touch $(STAMP)

# JupyterLab refuses to start as root (containers, some classroom servers) without --allow-root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)

# make lab opens the start-here notebook in the user's language (Indonesian unless the
# system language is English; choose with  make lab LAB_LANG=en), and without JupyterLab's
# news pop-up (tools/lab_settings/overrides.json).
LAB_LANG ?= $(if $(filter id%,$(LANGUAGE) $(LC_ALL) $(LANG)),id,$(if $(filter en%,$(LANGUAGE) $(LC_ALL) $(LANG)),en,id))

lab: $(STAMP)
	$(BIN)/jupyter lab $(ROOT_FLAG) --LabApp.app_settings_dir=$(CURDIR)/tools/lab_settings --LabApp.default_url=/lab/tree/$(LAB_LANG)/01_start_here.ipynb notebooks/

# The workshop app: explorer, comparison and planner without code (Voilà), on this
# machine only (127.0.0.1). Another port: make app PORT=8870
PORT ?= 8866
app: $(STAMP)
	$(BIN)/voila app/workshop.ipynb --Voila.ip=127.0.0.1 --port=$(PORT)

# Static HTML of every notebook (widget state embedded) and reveal.js slides for the
# tier notebooks, in build/handouts/. Reads the notebooks; runs no kernel.
handouts: $(STAMP)
	$(BIN)/python tools/handouts.py

# The tier explorer as one self-contained HTML file per language, for phones without
# Python or internet: build/pocket/influtier-{id,en}.html (share the file itself).
pocket: $(STAMP)
	$(BIN)/python tools/pocket.py

test: $(STAMP)
	$(BIN)/python -m pytest

# Rebuild both languages' notebooks from tools/notebook_sources and run them
# (a clean Restart and Run All) so that their stored outputs are fresh.
notebooks: $(STAMP)
	$(BIN)/python tools/build_notebooks.py

# Speed and memory against naive baselines; prints a table, writes build/bench.json and
# refreshes the table in README.md. Not part of make test: timings are noisy.
bench: $(STAMP)
	$(BIN)/python tools/bench.py

clean:
	rm -rf $(VENV) build
