# The few commands a newcomer needs. `make demo` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The page-extraction benchmark set (html/, flat-text/, ground-truth.json); override on the command line.
EXTRACTION_SET ?= ../shared/datasets/extraction-dev

.PHONY: demo test install lint benchmarks clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "needs $(PYTHON) (Python 3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/workbench ingest data/sample --store data/processed
	$(BIN)/workbench status --store data/processed --top 0
	$(BIN)/workbench report --store data/processed --out reports

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check workbench tests benchmarks

benchmarks: $(STAMP)
	$(BIN)/python benchmarks/extraction.py $(EXTRACTION_SET)
	$(BIN)/python benchmarks/casualties.py
	$(BIN)/python benchmarks/attribution.py

clean:
	rm -rf data/processed/* reports .pytest_cache
