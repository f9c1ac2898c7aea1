# Two commands do all the set-up:  make lab  (open the notebooks)  and  make test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The lock: the exact versions the tests passed with. Refresh: make lock
LOCK := constraints.txt
# auto: uv when it can be had (pip installs it into .venv from PyPI), else pip.
# make lab INSTALLER=pip  sets up with plain pip (the baseline in make bench).
INSTALLER ?= auto

.PHONY: lab test test-fast app handouts classroom worksheets pocket notebooks bench lock test-latest clean

# Each target installs only what it needs (lab: JupyterLab; app: Voilà; test: both and
# the test tools), at the versions in the lock, and again only when pyproject.toml or
# the lock changes. See tools/setup_env.py.
$(VENV)/.installed-%: pyproject.toml $(LOCK)
	$(PYTHON) tools/setup_env.py $* --installer $(INSTALLER)

# JupyterLab refuses to start as root (containers, some classroom servers) without --allow-root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)
# More options for JupyterLab, e.g. make lab LAB_ARGS="--no-browser --port=8890"
LAB_ARGS ?=

# make lab opens the start-here notebook in the user's language (Indonesian unless the
# system language is English; choose with  make lab LAB_LANG=en), with JupyterLab's own
# menus in that language (its Indonesian language pack is in the lab set-up) and without
# its news pop-up: tools/lab_settings/$(LAB_LANG)/overrides.json. These are defaults: a
# student switches with Settings > Language, and that choice is kept.
LAB_LANG ?= $(if $(filter id%,$(LANGUAGE) $(LC_ALL) $(LANG)),id,$(if $(filter en%,$(LANGUAGE) $(LC_ALL) $(LANG)),en,id))

lab: $(VENV)/.installed-lab
	@case "$(LAB_LANG)" in id|en) ;; *) echo "LAB_LANG = $(LAB_LANG): pilih id atau en / choose id or en"; exit 2;; esac
	$(BIN)/jupyter-lab $(ROOT_FLAG) $(LAB_ARGS) --LabApp.app_settings_dir=$(CURDIR)/tools/lab_settings/$(LAB_LANG) --LabApp.default_url=/lab/tree/$(LAB_LANG)/01_start_here.ipynb notebooks/

# The workshop app: explorer, comparison and planner without code (Voilà); server settings
# (kernels of closed pages freed after 60 s) in app/server/voila.py. On this machine only
# (127.0.0.1) unless HOST says otherwise: make app HOST=0.0.0.0 serves the room's Wi-Fi and
# prints the address participants type. Another port: make app PORT=8870
# ROOM: how many pages Voilà prepares ahead (kernels that have already run the app), so a
# room arriving at once is served at once: 2 on this machine only, 30 for the room.
# MAX_KERNELS: kernels in total, the prepared ones included (default three per prepared page,
# at least 6); PER_CLIENT: pages one phone or laptop (network address) may hold at once
# (default 4). A visitor over either gets a "room full" page; the server prints both at start.
# Voilà is started through app/server/room.py, which enforces them (see its docstring).
HOST ?= 127.0.0.1
PORT ?= 8866
ROOM ?= $(if $(filter 127.0.0.1 localhost ::1,$(HOST)),2,30)
MAX_KERNELS ?= 0
PER_CLIENT ?= 4
app: $(VENV)/.installed-app
	@$(BIN)/python tools/app_address.py $(HOST) $(PORT) $(ROOM) $(MAX_KERNELS) $(PER_CLIENT)
	$(BIN)/python app/server/room.py app/workshop.ipynb --no-browser --Voila.ip=$(HOST) --port=$(PORT) \
		--pool_size=$(ROOM) --max_kernels=$(MAX_KERNELS) --max_per_client=$(PER_CLIENT) --Voila.config_file_paths=app/server

# Static HTML of every notebook (widget state embedded) and reveal.js slides for every
# lesson that fit a projector (tools/slides.py), in build/handouts/. Reads the notebooks;
# runs no kernel.
handouts: $(VENV)/.installed-lab
	$(BIN)/python -m tools.handouts

# The classroom edition: every notebook without its answer cells (hints stay), in
# build/classroom/{id,en}/, and the teacher's answer key beside them
# (id/kunci-jawaban.html, en/answer-key.html). notebooks/ stays the self-study edition.
classroom: $(VENV)/.installed-lab
	$(BIN)/python -m tools.classroom

# Worksheets for a class without devices: one A4 PDF per lesson (goals, key table, figure,
# exercises with space to write, sources) and the answer key, in build/worksheets/{id,en}/,
# printed by Debian's Chromium (sudo apt-get install chromium), no TeX.
worksheets: $(VENV)/.installed-lab
	$(BIN)/python -m tools.worksheets

# The tier explorer as one self-contained HTML file per language, for phones without
# Python or internet: build/pocket/influtier-{id,en}.html (share the file itself).
pocket: $(VENV)/.installed-lab
	$(BIN)/python -m tools.pocket

# The whole suite (what .ci/run runs): the linter, then every test and every notebook (nbval).
test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

# The quick loop while working (under a minute): the linter and the unit tests, without
# Chromium, the hub, the servers or any notebook run (tests marked browser, slow or
# notebook; see pyproject.toml). Then pytest --lf reruns only what failed last time.
test-fast: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -p no:nbval -o addopts= --strict-markers -m "not browser and not slow and not notebook" -q tests

# Rebuild both languages' notebooks from tools/notebook_sources and run them
# (a clean Restart and Run All) so that their stored outputs are fresh. One notebook (or
# every source whose name starts so): make notebooks NB=08
NB ?=
notebooks: $(VENV)/.installed-lab
	$(BIN)/python -m tools.build_notebooks $(NB)

# Speed and memory against naive baselines, and the set-up itself (python -m tools.bench
# --only setup); prints a table, writes build/bench.json and refreshes the table in
# README.md. Not part of make test: timings are noisy.
bench: $(VENV)/.installed-test
	$(BIN)/python -m tools.bench

# Refresh the lock to the newest versions pyproject.toml's ranges allow; then make test.
lock:
	$(PYTHON) tools/setup_env.py --lock

# The whole test suite against the newest versions the ranges allow, ignoring the lock,
# in .venv-latest: breakage from a new release shows here before a class meets it.
test-latest:
	$(PYTHON) tools/setup_env.py test --latest --installer $(INSTALLER)
	INFLUTIER_LATEST=1 .venv-latest/bin/python -m pytest

clean:
	rm -rf $(VENV) .venv-latest build
