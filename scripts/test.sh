#!/usr/bin/env bash
# Set up a virtual environment (if needed) and run the linter and the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
# OCR needs the Debian packages tesseract-ocr, tesseract-ocr-vie (and the scan simulator
# fonts-liberation2): installed here when missing and running as root.
if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -q '^vie$' \
    || [ ! -d /usr/share/fonts/truetype/liberation2 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      tesseract-ocr tesseract-ocr-vie fonts-liberation2 \
      || echo "warning: apt-get failed; scans cannot be OCR'd (their tests are skipped)" >&2
  else
    echo "note: OCR of scans needs: sudo apt-get install tesseract-ocr tesseract-ocr-vie fonts-liberation2" >&2
  fi
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
.venv/bin/ruff check pipeline tests bench
.venv/bin/python -m pytest "$@"
