"""Answers on text nobody here wrote: the seeds' gold beside the development sets in ../shared/dev.

usage: python bench/quality.py [--shared ../shared] [--json]

Builds the realtext pages into a fresh store and scores it with the set's own scorer, runs the
People's Daily NER scorer end to end, and scores the seeds against tests/gold. The development
sets measure; nothing from them may go into code, word lists or tests.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _baokan() -> str:
    """The baokan executable of this environment."""
    exe = Path(sys.executable).with_name("baokan")
    return str(exe) if exe.exists() else (shutil.which("baokan") or "baokan")


def realtext(shared: Path, work: Path) -> dict[str, float]:
    """The realtext scorer's final line as numbers."""
    store = work / "dev.db"
    subprocess.run(
        [_baokan(), "build", str(shared / "dev/realtext/pages"), "--db", str(store)], check=True, capture_output=True
    )
    out = (
        subprocess.run(
            [
                sys.executable,
                str(shared / "dev/score.py"),
                str(store),
                "--gold",
                str(shared / "dev/realtext/gold.json"),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    return {k: float(v) for k, v in (pair.split("=") for pair in out.split())}


def ner(shared: Path, work: Path) -> dict[str, float]:
    """Person, place and firm figures from the NER scorer."""
    out = subprocess.run(
        [
            sys.executable,
            str(shared / "dev/ner/score_ner.py"),
            _baokan(),
            str(shared / "dev/ner/peoples_daily.dev.bio"),
            str(work / "ner"),
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    data = json.loads(out[out.index("{") :])
    figures = {f"{t.lower()}_{m}": data[t][m] for t in ("PER", "LOC", "ORG") for m in ("p", "r", "f1")}
    figures.update({k: data[k] for k in ("firm_recall", "admin_place_recall")})
    return figures


def seeds() -> dict[str, float]:
    """The seeds' gold figures (tests/gold), flattened."""
    sys.path.insert(0, str(ROOT))
    from tests.gold.score import score

    return {f"{kind}_{m}": round(v, 3) for kind, figs in score().items() for m, v in figs.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = {"seeds": seeds(), "realtext": realtext(a.shared, Path(tmp)), "ner": ner(a.shared, Path(tmp))}
    if a.json:
        print(json.dumps(result, indent=1))
        return
    for name, figures in result.items():
        print(
            f"{name}: " + " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items())
        )


if __name__ == "__main__":
    main()
