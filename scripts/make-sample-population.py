#!/usr/bin/env python3
"""Generates maps/sample-population.csv: who would walk to a shelter in the sample district, for `bosai assign`.

Made up by this script (no census data): one group of residents at every junction of the synthetic sample road
network (maps/sample-roads.geojson), and at about one junction in six a small group of people needing care
(要配慮者), who may only go to a 福祉避難所. Deterministic.
"""
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROADS = ROOT / "maps" / "sample-roads.geojson"
OUT = ROOT / "maps" / "sample-population.csv"


def main():
    rng = random.Random(20261123)
    junctions = {}
    for feature in json.loads(ROADS.read_text(encoding="utf-8"))["features"]:
        props, coords = feature["properties"], feature["geometry"]["coordinates"]
        junctions.setdefault(props["u"], coords[0])
        junctions.setdefault(props["v"], coords[-1])
    rows = ["id,lat,lon,count,needs_care"]
    people = care = 0
    for node in sorted(junctions):
        lon, lat = junctions[node]
        count = rng.randrange(20, 70)
        rows.append(f"J{node},{lat},{lon},{count},0")
        people += count
        if rng.random() < 1 / 6:
            n = rng.randrange(1, 4)
            rows.append(f"J{node}-care,{lat},{lon},{n},1")
            care += n
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {people} residents, {care} needing care, {len(junctions)} junctions",
          file=sys.stderr)


if __name__ == "__main__":
    main()
