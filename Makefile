# motcua — the commands a newcomer needs. Only Python >= 3.11 and make are assumed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-sqlite test-postgres lint check messages bench clean

$(BIN)/motcua: pyproject.toml uv.lock
	test -x $(UV) || ($(PYTHON) -m venv $(VENV) && $(BIN)/pip install --quiet --disable-pip-version-check uv)
	UV_PROJECT_ENVIRONMENT=$(VENV) $(UV) sync --frozen --quiet
	touch $@

messages: $(BIN)/motcua
	$(BIN)/pybabel compile -d motcua/locale -D django --statistics

## run: migrate the embedded SQLite database under var/, load the demo data once, serve on :8000
# Notices (SMS, e-mail) carry links built on the public address: here, the local one.
run: export MOTCUA_PUBLIC_URL ?= http://$(HOST):$(PORT)
run: messages
	DEBUG=1 $(BIN)/motcua migrate --no-input
	DEBUG=1 $(BIN)/motcua demo --if-empty
	@echo "motcua is starting on http://$(HOST):$(PORT)/  (staff pages: http://$(HOST):$(PORT)/staff/)"
	DEBUG=1 $(BIN)/motcua db_worker --queue-name '*' & trap 'kill $$!' EXIT INT TERM; \
	  DEBUG=1 $(BIN)/motcua runserver $(HOST):$(PORT)

## test: the whole suite on SQLite, and on PostgreSQL too when DATABASE_URL points at one
test: messages
	env -u DATABASE_URL DB_CONN_MAX_AGE=0 $(BIN)/pytest $(PYTEST_ARGS)
	@case "$$DATABASE_URL" in \
	  postgres*) echo "--- again on PostgreSQL ($$DATABASE_URL)"; SECRET_KEY=test ID_HASH_KEY=test DB_CONN_MAX_AGE=0 $(BIN)/pytest $(PYTEST_ARGS) ;; \
	  *) echo "--- DATABASE_URL is not a PostgreSQL URL: PostgreSQL run skipped" ;; \
	esac

lint: $(BIN)/motcua
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy motcua
	$(BIN)/lint-imports

## bench: search, intake (SQLite, PostgreSQL with DATABASE_URL), dossier import (PostgreSQL), survey estimates against R, reliability (its own PostgreSQL cluster), public pages under wrk
bench: messages
	$(BIN)/python benchmarks/search.py
	$(BIN)/python benchmarks/public_pages.py
	$(BIN)/python benchmarks/intake.py
	$(BIN)/python benchmarks/dossier_import.py
	$(BIN)/python benchmarks/survey_estimates.py --r-items 5
	@case "$$DATABASE_URL" in postgres*) $(BIN)/python benchmarks/dashboard.py ;; *) echo "--- dashboard benchmark skipped: DATABASE_URL is not a PostgreSQL URL" ;; esac
	@case "$$DATABASE_URL" in postgres*) $(BIN)/python benchmarks/feedback_load.py ;; *) echo "--- feedback load benchmark skipped: DATABASE_URL is not a PostgreSQL URL" ;; esac
	@case "$$DATABASE_URL" in postgres*) $(BIN)/python benchmarks/reliability.py ;; *) echo "--- reliability benchmark skipped: DATABASE_URL is not a PostgreSQL URL" ;; esac

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
