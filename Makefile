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

lab: $(STAMP)
	$(BIN)/jupyter lab $(ROOT_FLAG) notebooks/

# The workshop app: explorer, comparison and planner without code (Voilà); server settings
# (kernels of closed pages freed after 60 s) in app/server/voila.py. On this machine only
# (127.0.0.1) unless HOST says otherwise: make app HOST=0.0.0.0 serves the room's Wi-Fi and
# prints the address participants type. Another port: make app PORT=8870
HOST ?= 127.0.0.1
PORT ?= 8866
app: $(STAMP)
	@$(BIN)/python tools/app_address.py $(HOST) $(PORT)
	$(BIN)/voila app/workshop.ipynb --no-browser --Voila.ip=$(HOST) --port=$(PORT) \
		--Voila.config_file_paths=app/server

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
