# Faro: run the platform and its tests. `make help` lists the targets.
# Only python3 (3.11+) and make are needed: the first run bootstraps uv into var/tools
# and installs the locked dependencies (uv.lock) into .venv.

SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.8
TOOLS := var/tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
E2E := tests/e2e
# `make run ADDRESS=127.0.0.1:8101` serves there (as WEB_ADDRESS=... make run does), and the links
# that demo_load prints name it (config/settings/dev.py).
RUN_ADDRESS := $(if $(ADDRESS),WEB_ADDRESS="$(ADDRESS)")
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON := $(PYTHON)
# Compile the dependencies' bytecode at install time: every later start (and every process the
# tests launch) then skips it, even where PYTHONDONTWRITEBYTECODE is set.
export UV_COMPILE_BYTECODE := 1

.DEFAULT_GOAL := help
.PHONY: help run classroom test bench install lint format lock migrate demo messages clean

help: ## List the targets with what they do
	@echo "Faro, the awareness-workshop platform. Targets:"
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## (.*)/  make \1\t\2/' | expand -t 18

run: install ## Run the platform on http://127.0.0.1:8000, or ADDRESS=host:port (embedded mode unless REDIS_URL is set)
	@$(RUN_ADDRESS) $(MANAGE) demo_load --migrate
	@$(RUN_ADDRESS) platform/local

classroom: install ## Serve a class from this computer on a hotspot or school network without internet (prints the join address and QR code; ADDRESS=host:port to choose)
	@$(MANAGE) classroom $(if $(ADDRESS),--address "$(ADDRESS)")

test: install ## Run the whole test suite, one process per core (PostgreSQL and Redis when DATABASE_URL and REDIS_URL say so)
	@$(BIN)/pytest -n auto $(PYTEST_ARGS)

bench: install ## Run the benchmarks against PostgreSQL and Redis, as ratios to their floors (BENCH_ARGS="--smoke" for a quick check, "--drop" to start again on a fresh database)
	@$(BIN)/python -m bench.run $(BENCH_ARGS)

install: $(VENV)/.synced $(E2E)/node_modules/.package-lock.json ## Create .venv and install the locked dependencies

$(UV):
	@echo "Bootstrapping uv $(UV_VERSION) into $(TOOLS) ..."
	@$(PYTHON) -m venv $(TOOLS)
	@$(TOOLS)/bin/pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

$(VENV)/.synced: $(UV) pyproject.toml uv.lock
	@$(UV) sync --frozen --quiet
	@touch $@

# axe-core for the browser tests (tests/e2e), from the npm registry, where npm is installed;
# without it (or without Chromium) those tests skip, and everything else runs as before.
$(E2E)/node_modules/.package-lock.json: $(E2E)/package-lock.json
	@if command -v npm >/dev/null; then \
		npm ci --prefix $(E2E) --no-audit --no-fund --silent \
			|| echo "npm ci failed: the browser tests (tests/e2e) will skip"; \
	fi

lint: install ## Check style and common mistakes with ruff, and the apps' layers with import-linter
	@$(BIN)/ruff check .
	@$(BIN)/ruff format --check .
	@$(BIN)/lint-imports

format: install ## Format the code and sort imports with ruff
	@$(BIN)/ruff check --fix .
	@$(BIN)/ruff format .

lock: $(UV) ## Update uv.lock after changing pyproject.toml
	@$(UV) lock

messages: install ## Extract and compile the interface translations under locale/
	@$(MANAGE) makemessages --all --ignore=.venv --ignore=var
	@$(MANAGE) compilemessages --ignore=.venv --ignore=var

clean: ## Remove the virtualenv and everything under var/ (database, caches, queues)
	rm -rf $(VENV) var
