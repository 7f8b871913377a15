"""Score entity extraction against the hand annotation of the seeds: `python -m tests.gold.score`."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from baokan.store.extract.companies import company_key
from baokan.store.extract.page import article_text, extract_page
from baokan.store.extract.zones import find_zones
from baokan.store.pages.parse import parse_page
from baokan.store.zh import segment

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "seeds"


def gold_key(kind: str, name: str) -> str:
    """The identity key of a hand-annotated name, computed as the extractor would for a clean name."""
    if kind == "zone":
        zones = find_zones(name, segment.words(name), {"长治"})
        return zones[-1].key if zones else name
    if kind == "company":
        return company_key(name)
    return name


def score() -> dict[str, dict[str, float]]:
    """Precision, recall and F1 per kind over all seeds; amounts: value and zone accuracy."""
    gold = json.loads((HERE / "entities.json").read_text(encoding="utf-8"))
    tallies = {k: Counter() for k in ("zone", "company", "person")}
    amount = Counter()
    for seed, g in sorted(gold.items()):
        (path,) = SEEDS.glob(f"{seed}_*.txt")
        page = parse_page(path.read_text(encoding="utf-8"))
        pe = extract_page(page, [segment.words(article_text(a)) for a in page.articles])
        for kind in tallies:
            pred = {k for (kd, k) in pe.entities if kd == kind}
            want = {gold_key(kind, n) for n in g[kind]}
            tallies[kind]["tp"] += len(pred & want)
            tallies[kind]["fp"] += len(pred - want)
            tallies[kind]["fn"] += len(want - pred)
        predicted = [(a.value_yuan, a.zone_key) for a in pe.amounts]
        for value, zone in g["amount"]:
            amount["gold"] += 1
            match = next((p for p in predicted if p[0] == value), None)
            if match is None:
                continue
            predicted.remove(match)
            amount["value_ok"] += 1
            amount["zone_ok"] += match[1] == (gold_key("zone", zone) if zone else None)
        amount["extra"] += len(predicted)
    out: dict[str, dict[str, float]] = {}
    for kind, t in tallies.items():
        p = t["tp"] / ((t["tp"] + t["fp"]) or 1)
        r = t["tp"] / ((t["tp"] + t["fn"]) or 1)
        out[kind] = {"precision": p, "recall": r, "f1": 2 * p * r / ((p + r) or 1)}
    out["amount"] = {
        "value": amount["value_ok"] / (amount["gold"] or 1),
        "zone": amount["zone_ok"] / (amount["gold"] or 1),
        "extra": float(amount["extra"]),
    }
    return out


if __name__ == "__main__":
    for kind, figures in score().items():
        print(f"{kind:8} " + "  ".join(f"{k} {v:.3f}" for k, v in figures.items()))
