#!/usr/bin/env bash
# Installs everything ita-extract needs on a fresh Debian/Ubuntu machine: system packages
# (Tesseract with the Thai model and poppler, for scanned PDFs) and the Python package with its
# test extras. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
if command -v apt-get >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    tesseract-ocr tesseract-ocr-tha poppler-utils >/dev/null
else
  echo "install.sh: no apt-get; install tesseract-ocr (with Thai) and poppler-utils yourself" >&2
fi
python3 -m pip install --quiet --disable-pip-version-check -e ".[test]"
