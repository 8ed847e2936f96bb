#!/usr/bin/env bash
# Set up a virtual environment (if needed), extract every bundled sample document and score it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
. scripts/system-deps.sh
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e .
mkdir -p out
.venv/bin/vanban extract corpus/seeds corpus/dev --out out/records.jsonl
.venv/bin/vanban eval corpus/seeds corpus/dev --pred out/records.jsonl
echo "records: out/records.jsonl"
