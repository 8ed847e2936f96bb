#!/usr/bin/env bash
# Set up a virtual environment (if needed) and run the linter and the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VANBAN_TEST_PACKAGES=1 . scripts/system-deps.sh
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
.venv/bin/ruff check .  # the whole tree: code, benches, corpus tools, notebooks
.venv/bin/python -m pytest "$@"
