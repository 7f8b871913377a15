#!/usr/bin/env bash
# Set up baokan in its own virtual environment (.venv) and open it; arguments go to `baokan`.
set -euo pipefail
cd "$(dirname "$0")"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' || { echo "baokan needs Python 3.10 or newer" >&2; exit 1; }
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e . >/dev/null
exec .venv/bin/baokan "$@"
