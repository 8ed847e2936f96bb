#!/usr/bin/env bash
# Debian packages the project needs beyond Python: OCR (tesseract-ocr, tesseract-ocr-vie) and
# the scan simulator's font (fonts-liberation2). Installed when missing and running as root;
# otherwise a note says what to install (OCR tests are then skipped). Sourced by demo.sh and test.sh.
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
