# Điểm Nóng — two commands on a fresh machine with Python 3.11:
#   make run    set up .venv, install, load the demo into an empty store, crawl, serve http://localhost:8501
#   make test   set up .venv, install, run the test suite
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: install run test bench audit lint clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || \
		{ echo "Điểm Nóng needs Python 3.11 or newer (found: $$($(PYTHON) --version 2>&1)). Set PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/diemnong run

test: install
	@$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests — refusing to pass an empty run" >&2; exit 1; fi; \
	exit $$rc

# make bench [BENCH_SIZES=10k,100k,1M] [BENCH_SAVE=1]: the scale table (benchmarks/run_all.py), then the audit
bench: install
	$(BIN)/python benchmarks/run_all.py $(if $(BENCH_SIZES),--sizes $(BENCH_SIZES))

audit: install
	$(BIN)/python benchmarks/audit.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
