#!/usr/bin/env bash
# Set up a test environment (.venv-test, plus tmux for the terminal smoke test) and run every test.
set -euo pipefail
cd "$(dirname "$0")"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' || { echo "baokan needs Python 3.10 or newer" >&2; exit 1; }
if ! command -v tmux >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null && $SUDO apt-get install -y -qq tmux >/dev/null
fi
[ -x .venv-test/bin/python ] || python3 -m venv .venv-test
# The OCR extra (rapidocr, onnxruntime, OpenCV: ~370 MB) only when asked for: BAOKAN_OCR=1 bash test.sh.
# Without it the OCR tests are skipped.
EXTRAS=test; [ "${BAOKAN_OCR:-0}" = 1 ] && EXTRAS=test,ocr
.venv-test/bin/python -m pip install -q --disable-pip-version-check -e ".[$EXTRAS]" >/dev/null
# Lint, format and types first: the same checks a reviewer would run (config in pyproject.toml).
.venv-test/bin/ruff check store tui tests bench
.venv-test/bin/ruff format --check -q store tui tests bench
.venv-test/bin/mypy
exec .venv-test/bin/python -m pytest -q -p no:cacheprovider "$@"
