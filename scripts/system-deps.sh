#!/usr/bin/env bash
# Debian packages the project needs beyond Python: OCR (tesseract-ocr, tesseract-ocr-vie) and
# the scan simulator's font (fonts-liberation2); with VANBAN_TEST_PACKAGES=1 (test.sh) also what
# the tests drive: chromium (the web explorer's headless-browser test) and LibreOffice Writer
# (DOC/ODT/RTF conversion). Installed when missing and running as root; otherwise a note says
# what to install (the tests that need them are then skipped). Sourced by demo.sh and test.sh.
_vanban_missing=()
if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -q '^vie$'; then
  _vanban_missing+=(tesseract-ocr tesseract-ocr-vie)
fi
[ -d /usr/share/fonts/truetype/liberation2 ] || _vanban_missing+=(fonts-liberation2)
if [ "${VANBAN_TEST_PACKAGES:-0}" = 1 ]; then
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || _vanban_missing+=(chromium)
  command -v soffice >/dev/null 2>&1 || _vanban_missing+=(libreoffice-writer-nogui)
fi
if [ "${#_vanban_missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${_vanban_missing[@]}" \
      || echo "warning: apt-get failed for ${_vanban_missing[*]}; the tests that need them are skipped" >&2
  else
    echo "note: install with: sudo apt-get install ${_vanban_missing[*]} (tests that need them are skipped)" >&2
  fi
fi
unset _vanban_missing
