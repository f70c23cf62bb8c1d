# M4D Hub developer commands. `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Links in emails, feeds and the admin URL printed by `make admin` follow HOST and PORT, unless
# the environment sets the address.
export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

.DEFAULT_GOAL := help
.PHONY: help install run serve migrate demo admin test test-fast lint format messages check-messages worker bench clean

help: # help: list the targets
	@grep -E '^[a-z-]+:.*# help: ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*# help: /  make \1\t/' | expand -t 20

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --requirement requirements.lock
	touch $@

install: $(VENV)/.installed # help: create .venv and install the locked dependencies

migrate: install # help: apply database migrations
	$(MANAGE) migrate --no-input

demo: migrate # help: load the demo content (idempotent)
	$(MANAGE) load_demo_content
	$(MANAGE) oai_reconcile

admin: migrate # help: create or update the admin account (HUB_ADMIN_USERNAME/PASSWORD)
	$(MANAGE) ensure_admin

run: demo admin # help: set up everything and serve the site at http://127.0.0.1:8000 (PORT=… for another port)
	$(MANAGE) runserver $(HOST):$(PORT)

serve: install # help: serve with gunicorn (2 workers), as in production
	$(MANAGE) collectstatic --no-input -v 0
	$(BIN)/gunicorn hub.wsgi --bind $(HOST):$(PORT) --workers 2 --access-logfile -

test: install # help: run the whole test suite (starts throw-away PostgreSQL/Redis when installed)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: install # help: run the tests on the embedded defaults only, no services, no browser, no HTML checker
	HUB_TEST_SERVICES=none $(BIN)/python -m pytest -m "not browser and not nu" $(PYTEST_ARGS)

lint: install # help: ruff check and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install # help: apply ruff fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install # help: add new interface strings to the catalogues in locale/ and compile them
	$(BIN)/python scripts/catalogues.py update

check-messages: install # help: fail on an untranslated, fuzzy, missing or stale catalogue entry
	$(BIN)/python scripts/catalogues.py check

worker: install # help: run a Celery worker with beat against REDIS_URL
	@test -n "$(REDIS_URL)" || { echo "Set REDIS_URL, e.g. REDIS_URL=redis://127.0.0.1:6379/0 make worker"; exit 2; }
	$(BIN)/celery -A hub worker --beat --loglevel INFO -Q hub

bench: install # help: run the benchmarks in bench/ and print their figures (not a test)
	@for script in bench/[!_]*.py; do [ ! -f "$$script" ] || $(BIN)/python "$$script" || exit 1; done

clean: # help: remove the virtualenv, caches and the local SQLite database
	rm -rf $(VENV) .pytest_cache .ruff_cache db.sqlite3 media
