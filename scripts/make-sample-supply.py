#!/usr/bin/env python3
"""Generates drills/sample-supply.toml: the shipped relief-supply drill scenario for the sample district.

Made up by this script (no third-party data): two depots, a mixed fleet (trucks, vans, hand carts, bicycles)
and the head counts of a subset of the sample 指定避難所 in plans/sample-shelters.csv (ids, names, addresses and
positions come from there, so the scenario and the shelter registry name the same places). Deterministic.
"""
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHELTERS = ROOT / "plans" / "sample-shelters.csv"
OUT = ROOT / "drills" / "sample-supply.toml"
SHELTER_COUNT = 14
DRILL_DATE = "2026-12-01"  # the drill day printed on the drivers' route sheets

DEPOTS = [
    ("ward-stockpile", "区立備蓄倉庫（見本）", 35.6465, 139.6530, {"water": 12000, "food": 20000}),
    ("regional-hub", "地域内輸送拠点（見本・体育館）", 35.6330, 139.6200, {"water": 3000}),
]
# id, name, kind, mobility, speed_kmh, depot, capacity_kg, capacity_l, shift
FLEET = [
    ("truck-1", "4tトラック1号", "truck", "road", 0, "ward-stockpile", 4000, 16000, ("08:00", "17:00")),
    ("truck-2", "4tトラック2号", "truck", "road", 0, "ward-stockpile", 4000, 16000, ("08:00", "17:00")),
    ("truck-3", "4tトラック3号", "truck", "road", 0, "ward-stockpile", 4000, 16000, ("08:00", "17:00")),
    ("truck-4", "2tトラック1号", "truck", "road", 0, "regional-hub", 2000, 8000, ("08:30", "17:00")),
    ("truck-5", "2tトラック2号", "truck", "road", 0, "regional-hub", 2000, 8000, ("08:30", "17:00")),
    ("van-1", "軽バン1号", "van", "road", 0, "ward-stockpile", 350, 1500, ("09:00", "16:00")),
    ("van-2", "軽バン2号", "van", "road", 0, "regional-hub", 350, 1500, ("09:00", "16:00")),
    ("cart-1", "リヤカー1号", "cart", "foot", 4, "regional-hub", 150, 500, ("09:00", "15:00")),
    ("bike-1", "自転車1号", "bicycle", "foot", 12, "ward-stockpile", 30, 80, ("09:00", "15:00")),
]


def main():
    rng = random.Random(20261123)
    with SHELTERS.open(encoding="utf-8-sig", newline="") as f:
        # Only shelters in use on the drill day: a school closed by consolidation gets no deliveries.
        rows = [r for r in csv.DictReader(f) if r.get("種別") == "指定避難所" and not r.get("有効終了日")]
    picked = sorted(rng.sample(rows, SHELTER_COUNT), key=lambda r: r["共通ID"])
    out = ["# Relief-supply drill scenario for the sample district: made up by scripts/make-sample-supply.py.",
           "# Shelter ids, names, addresses and positions are the sample 指定避難所 of plans/sample-shelters.csv (fictional).",
           "", "[scenario]", 'name = "発災3日目の物資輸送（見本）"', f'date = "{DRILL_DATE}"', "days = 1",
           'roads = "../maps/sample-roads.geojson"', 'rates = "../plans/supply-rates.toml"', ""]
    for depot_id, name, lat, lon, stock in DEPOTS:
        out += ["[[depot]]", f'id = "{depot_id}"', f'name = "{name}"', f"lat = {lat}", f"lon = {lon}"]
        if stock:
            out.append("stock = { " + ", ".join(f"{k} = {v}" for k, v in stock.items()) + " }")
        out.append("")
    for vid, name, kind, mobility, speed, depot, kg, litres, (start, end) in FLEET:
        out += ["[[vehicle]]", f'id = "{vid}"', f'name = "{name}"', f'kind = "{kind}"', f'mobility = "{mobility}"',
                f"speed_kmh = {speed}", f'depot = "{depot}"', f"capacity_kg = {kg}", f"capacity_l = {litres}",
                f'shift_start = "{start}"', f'shift_end = "{end}"', ""]
    for row in picked:
        opens = rng.choice(["08:30", "09:00", "09:30"])
        closes = rng.choice(["15:00", "16:00", "17:00"])
        out += ["[[shelter]]", f'id = "{row["共通ID"]}"', f'name = "{row["施設・場所名"]}"', f'address = "{row["住所"]}"',
                f'lat = {row["緯度"]}', f'lon = {row["経度"]}',
                f"occupants = {rng.randrange(60, 170, 10)}", f"home_evacuees = {rng.randrange(30, 130, 10)}",
                f'receive_from = "{opens}"', f'receive_until = "{closes}"',
                f"unload_minutes = {rng.choice([15, 20, 25])}", ""]
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text("\n".join(out), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(DEPOTS)} depots, {len(FLEET)} vehicles, {len(picked)} shelters",
          file=sys.stderr)


if __name__ == "__main__":
    main()
