# Two entry points for a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test unit anydate services lint format bench console clean

# The any-date step: the in-process tests again under libfaketime, years ahead and on a DST change
# day in Europe/Berlin (the clock starts at 00:59 UTC and runs over the 01:00 switch).
ANYDATE ?= 2030-03-31 00:59:00

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) on PATH (or run: make PYTHON=python3 ...)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m bot $(ARGS)

# pytest-xdist. The tests that start processes run in two chains, one worker each, in order
# (tests/conftest.py groups them): they mostly wait on real processes and on Telegram's pace, so
# two more workers take the in-process tests beside them. Until session 10 the groups were silently
# dropped (pytest 9.2 with xdist 3.8, xdist issue #1386; pytest is pinned to 9.1.1 now): the same
# idle hour, 307 s with the chains against 302 s without, 5,407 tests; tests/test_xdist_groups.py
# checks the groups reach the scheduler.
XDIST ?= -n 4 --dist loadgroup
# The any-date step's tests wait on fake servers and PostgreSQL more than they compute (its CPU time
# is ~1.3x its wall time on 2 cores): four workers took 99 s where two took 137 s (one machine, one
# session).
ANYDATE_XDIST ?= -n 4

# The static checks (lint: ~25 s of one core, mostly mypy on a cold cache) run beside the main test
# run, which waits on processes and fake servers more than it computes; each one's output is printed
# whole when it ends (--output-sync). Either failing fails `make test`.
test: $(STAMP) services
	@$(MAKE) --no-print-directory -j2 --output-sync=target lint unit
	@$(MAKE) --no-print-directory anydate

unit: $(STAMP)
	$(PY) -m pytest -q $(XDIST) $(PYTEST_ARGS)

services:
	@bash scripts/services.sh

# Tests that start processes are left out (marker "subprocess"): faketime breaks their waits. So
# are the tests that only wait out rate limits and retry_after pauses (marker "paced"): no date
# reaches them, and their ~2 minutes of waiting are spent once, in the main run. And the answer-rule
# files (marker "dateless", tests/conftest.py): the answer path reads no clock (tests/test_dateless.py).
# And the PostgreSQL twin of each test parametrised over both stores (marker "pgtwin"): the stores'
# SQL reads no clock (tests/test_dateless.py), so the fake date reaches the same Python through the
# SQLite twin; PostgreSQL itself runs outside libfaketime anyway.
# The monotonic clock is left real, so libfaketime's pthread_cond_timedwait workaround for a faked
# one is switched off: with it every thread hand-off waited (the pass took ~4x as long).
anydate: $(STAMP)
	FAKETIME_DONT_FAKE_MONOTONIC=1 FAKETIME_FORCE_MONOTONIC_FIX=0 faketime '$(ANYDATE)' $(PY) -m pytest -q $(ANYDATE_XDIST) -m 'not heavy and not subprocess and not paced and not dateless and not pgtwin'

lint: $(STAMP)
	$(VENV)/bin/ruff check bot handlers content tests bench
	$(VENV)/bin/ruff format --check bot handlers content tests bench
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff format bot handlers content tests bench
	$(VENV)/bin/ruff check --fix bot handlers content tests bench

bench: $(STAMP)
	for f in bench/bench_*.py; do echo "== $$f"; $(PY) $$f || exit 1; done

clean:
	rm -rf $(VENV) legwork-console-out
