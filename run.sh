#!/usr/bin/env bash
# Set up baokan in its own virtual environment (.venv) and open it; arguments go to `baokan`.
# Runs from the user's folder (relative paths in arguments work; exports land there), and installs
# only when pyproject.toml changed since the last install (the install is editable: code changes need none).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' || { echo "baokan needs Python 3.10 or newer" >&2; exit 1; }
[ -x "$HERE/.venv/bin/python" ] || python3 -m venv "$HERE/.venv"
STAMP="$HERE/.venv/baokan-installed"
WANT="$(python3 -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "$HERE/pyproject.toml")"
if [ ! -x "$HERE/.venv/bin/baokan" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ]; then
  "$HERE/.venv/bin/python" -m pip install -q --disable-pip-version-check -e "$HERE" >/dev/null
  echo "$WANT" > "$STAMP"
fi
exec "$HERE/.venv/bin/baokan" "$@"
