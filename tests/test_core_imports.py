"""The store is the functional core: importing it must not import the UI libraries."""
from __future__ import annotations

import subprocess
import sys


def test_store_does_not_import_textual_or_rich() -> None:
    code = (
        "import sys\n"
        "import baokan.store.ingest, baokan.store.search, baokan.store.parse\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""
