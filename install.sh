#!/usr/bin/env bash
# Installs everything ita-extract needs on a fresh Debian/Ubuntu machine: system packages
# (Tesseract with the Thai model and poppler, for scanned PDFs; Thai fonts, so the HTML audit
# report shows Thai names instead of empty boxes) and the Python package with its test extras.
# Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
if command -v apt-get >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    tesseract-ocr tesseract-ocr-tha poppler-utils fonts-thai-tlwg >/dev/null
else
  echo "install.sh: no apt-get; install tesseract-ocr (with Thai), poppler-utils and a Thai font yourself" >&2
fi
# Debian 12+ / Ubuntu 23.04+ mark their system Python "externally managed" (PEP 668): pip refuses
# to install into it, so say how to make a virtual environment instead of showing pip's wall of text.
if python3 - <<'PY'
import os, sys, sysconfig
managed = os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED"))
sys.exit(0 if managed and sys.prefix == sys.base_prefix else 1)
PY
then
  echo "install.sh: this system's Python is externally managed (PEP 668) and refuses pip. Make a virtual" >&2
  echo "environment first, then run install.sh again inside it:" >&2
  echo "  ${SUDO:+sudo }apt-get install -y python3-venv && python3 -m venv .venv && . .venv/bin/activate" >&2
  exit 1
fi
# A regular (not editable) install: `ita` keeps working when this checkout is moved or deleted.
# Developers who want `ita` to run their edits use `pip install -e ".[test]"` instead.
python3 -m pip install --quiet --disable-pip-version-check ".[test]"
