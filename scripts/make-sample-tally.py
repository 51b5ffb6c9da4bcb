#!/usr/bin/env python3
"""Generates drills/tally/: a SYNTHETIC 安否確認標識掲出訓練 (OK/SOS sign tally drill) for 池尻 and 太子堂, 2025 and 2026.

見本（架空）: everything is made up by this script (no third-party data, no real people). Households post an OK sign
(無事です) or an SOS sign on their door; each block leader (班長) walks the block (班) and reports cumulative counts.
Deterministic (fixed seed): re-running gives byte-identical files.

Files written (CSV: UTF-8 with BOM, CRLF; TOML and JSON: UTF-8):
  blocks.csv           block,name,district,association,type,households,lat,lon
                       40 班 of the sample 町会 ikejiri-1/-2, taishido-1/-2 (plans/ward.toml). About a third are
                       集合住宅 (apartment blocks, 30–150 households), the rest 戸建て (15–60). Positions lie inside
                       their 地区 polygon of plans/sample-district-boundaries.geojson, at least EDGE_MARGIN_M from its
                       edge (東 町会 in the east half, 西 町会 in the west half).
  tally-YYYY.toml      the drill: name, date (a Sunday in November), start/end (JST), districts, blocks file.
  counts-YYYY.csv      block,time,households,ok,sos,no_sign,visited: a leader's cumulative count at time (rows in
                       report order: by time, then block). 2–4 rows a block between start and end inclusive.
                       households is the leader's own count (usually blocks.csv, sometimes ±1–3 for vacancies);
                       visited counts doorbell calls among the sos and no_sign households.
                       2025: every block reported and checked fully (ok+sos+no_sign = households at its last row).
                       2026: 3 blocks have no rows (unchecked), 2 blocks checked only partly, the rest fully.
  expected-YYYY.json   what a tally of that year must give, counted by this script from its own data:
                         blocks[id]      the block's last row (time, rows, households, ok, sos, no_sign, visited)
                                         and status complete | partial | unchecked; an unchecked block has
                                         rows 0, time null, zero counts and households from blocks.csv.
                         districts[地区名], types[戸建て|集合住宅], overall: sums over the blocks of
                                         households (last row's; blocks.csv's for an unchecked block),
                                         posted = ok + sos, checked = ok + sos + no_sign, and ok, sos, no_sign,
                                         visited; posted_rate = Σposted / Σhouseholds and
                                         checked_rate = Σchecked / Σhouseholds (sums over blocks, not a mean of
                                         per-block rates; an unchecked block adds its households and nothing
                                         posted), rounded to 4 decimals: recompute from the sums for exact values.
                         near_people     blocks within NEAR_M metres of a person of plans/sample-people.csv whose
                                         地区 is ikejiri or taishido, with those people's 台帳番号.

Near registered people: a block can only be placed near a person whose home lies inside the 地区 polygon (blocks
must). Such people get a block NEAR_OFFSET_M from their home (at least MIN_NEAR_BLOCKS of them in 池尻), and in
2026 those blocks show an SOS or at least 3 households without a sign. If the register has no such people, the
script says so on stderr and writes no near blocks.

Rates (sums as above): signs posted ≈ 55–62 % in 2025 and 60–68 % in 2026, 集合住宅 about 15 points below 戸建て,
池尻 above 太子堂; SOS 0–2 a block (~1 % of households). check() re-reads every file and raises on any violation.

usage: scripts/make-sample-tally.py [--people FILE] [--out DIR]
"""
import argparse
import csv
import json
import math
import random
import re
import sys
import tomllib
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARD = ROOT / "plans" / "ward.toml"
BOUNDARIES = ROOT / "plans" / "sample-district-boundaries.geojson"
PEOPLE = ROOT / "plans" / "sample-people.csv"
OUT = ROOT / "drills" / "tally"
SEED = 20251109

BLOCK_HEADER = ["block", "name", "district", "association", "type", "households", "lat", "lon"]
COUNT_HEADER = ["block", "time", "households", "ok", "sos", "no_sign", "visited"]
DETACHED, APARTMENT = "戸建て", "集合住宅"
TYPES = (DETACHED, APARTMENT)
HOUSEHOLDS = {DETACHED: (15, 60), APARTMENT: (30, 150)}
BLOCKS_PER_ASSOCIATION = {"ikejiri-1": 11, "ikejiri-2": 10, "taishido-1": 10, "taishido-2": 9}
APARTMENT_BLOCKS = 13          # of 40: about a third
EDGE_MARGIN_M = 40             # a block's point stays this far inside its 地区 polygon
MIN_SPACING_M = 90             # between two blocks' points
NEAR_M = 120                   # "near a registered person"
NEAR_OFFSET_M = (30, 90)       # where a near block is put from the person's home
MIN_NEAR_BLOCKS = 3            # in 池尻, when the register has people inside the polygon
SLOTS = ["09:30", "09:45", "10:00", "10:15", "10:30", "10:45", "11:00", "11:15", "11:30"]

DRILLS = {
    2025: {"date": "2025-11-09", "start": "09:00", "end": "11:30"},
    2026: {"date": "2026-11-08", "start": "09:00", "end": "11:30"},
}
# Share of households posting a sign (ok + sos) in a fully checked 戸建て block, by year and 地区; 集合住宅 is
# APARTMENT_GAP lower. Each block varies by ±BLOCK_NOISE.
POSTED = {2025: {"ikejiri": 0.695, "taishido": 0.630}, 2026: {"ikejiri": 0.775, "taishido": 0.730}}
APARTMENT_GAP = 0.17
BLOCK_NOISE = 0.05
# Range checks on the written data (overall posted rate per year, 戸建て − 集合住宅 gap, SOS share).
POSTED_RANGE = {2025: (0.55, 0.62), 2026: (0.60, 0.68)}
GAP_RANGE = (0.12, 0.18)
SOS_SHARE_RANGE = (0.005, 0.015)
UNCHECKED_2026, PARTIAL_2026 = 3, 2


# ── geometry ──

def metres(lat0, lon0, lat1, lon1):
    """Distance in metres (equirectangular: fine at a few hundred metres)."""
    k = math.pi / 180 * 6371000
    dx = (lon1 - lon0) * k * math.cos((lat0 + lat1) / 2 * math.pi / 180)
    dy = (lat1 - lat0) * k
    return math.hypot(dx, dy)


def inside(lat, lon, ring):
    """Ray casting; ring is GeoJSON [[lon, lat], …] closed."""
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
            hit = not hit
    return hit


def edge_distance(lat, lon, ring):
    """Metres from the point to the nearest edge of the ring (local flat projection)."""
    kx = math.pi / 180 * 6371000 * math.cos(lat * math.pi / 180)
    ky = math.pi / 180 * 6371000
    best = math.inf
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        ax, ay = (x1 - lon) * kx, (y1 - lat) * ky
        bx, by = (x2 - lon) * kx, (y2 - lat) * ky
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
        best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best


def strictly_inside(lat, lon, ring, margin=EDGE_MARGIN_M):
    return inside(lat, lon, ring) and edge_distance(lat, lon, ring) >= margin


# ── inputs ──

def load_ward():
    ward = tomllib.loads(WARD.read_text(encoding="utf-8"))
    districts = {d["code"]: d for d in ward["district"]}
    associations = {a["code"]: a for a in ward["association"]}
    return districts, associations


def load_rings():
    data = json.loads(BOUNDARIES.read_text(encoding="utf-8"))
    rings = {}
    for f in data["features"]:
        if f["geometry"]["type"] != "Polygon":
            raise SystemExit(f"{BOUNDARIES}: {f['properties']['code']} is not a Polygon")
        rings[f["properties"]["code"]] = f["geometry"]["coordinates"][0]
    return rings


def load_people(path, districts):
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [r for r in csv.DictReader(f) if r["地区"] in districts]


def read_csv(path, header):
    raw = path.read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError(f"{path}: no UTF-8 BOM")
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        got = next(reader)
        if got != header:
            raise ValueError(f"{path}: header {got} != {header}")
        return [dict(zip(header, row)) for row in reader]


def write_csv(path, header, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


# ── blocks ──

def place(rng, ring, east, taken, near=None):
    """A point inside ring (east or west half), away from the edge and from other blocks; near (lat, lon) puts it
    NEAR_OFFSET_M from that point instead."""
    lons = [p[0] for p in ring]
    lats = [p[1] for p in ring]
    mid = (min(lons) + max(lons)) / 2
    for _ in range(20000):
        if near:
            d = rng.uniform(*NEAR_OFFSET_M)
            a = rng.uniform(0, 2 * math.pi)
            lat = near[0] + d * math.sin(a) / (math.pi / 180 * 6371000)
            lon = near[1] + d * math.cos(a) / (math.pi / 180 * 6371000 * math.cos(near[0] * math.pi / 180))
        else:
            lat = rng.uniform(min(lats), max(lats))
            lon = rng.uniform(mid, max(lons)) if east else rng.uniform(min(lons), mid)
        lat, lon = round(lat, 6), round(lon, 6)
        if not strictly_inside(lat, lon, ring):
            continue
        if near and metres(lat, lon, *near) > NEAR_M - 5:
            continue
        if all(metres(lat, lon, a, b) >= MIN_SPACING_M for a, b in taken):
            return lat, lon
    raise RuntimeError("no room for a block")


def make_blocks(rng, districts, associations, rings, people):
    # People whose home lies well inside their 地区 polygon can have a block next to them.
    eligible = {}
    for p in people:
        lat, lon = float(p["緯度"]), float(p["経度"])
        if strictly_inside(lat, lon, rings[p["地区"]], EDGE_MARGIN_M + NEAR_OFFSET_M[1] + 10):
            eligible.setdefault(p["地区"], []).append(p)
    near_for = {}  # association code → [person, …] to put a block next to
    for code, plist in eligible.items():
        pick = rng.sample(plist, min(len(plist), MIN_NEAR_BLOCKS + 1 if code == "ikejiri" else 1))
        for p in pick:
            assoc = p["町会"] if p["町会"] in BLOCKS_PER_ASSOCIATION else f"{code}-1"
            near_for.setdefault(assoc, []).append(p)
    if not eligible.get("ikejiri"):
        print(f"make-sample-tally: no person of the register with 地区 ikejiri lives inside the ikejiri polygon of "
              f"{BOUNDARIES.name}, so no block is near a registered person", file=sys.stderr)

    ids = [(a, n) for a, count in BLOCKS_PER_ASSOCIATION.items() for n in range(1, count + 1)]
    apartments = set(rng.sample(ids, APARTMENT_BLOCKS))
    taken, blocks = [], []
    for assoc, n in ids:
        a = associations[assoc]
        ring = rings[a["district"]]
        kind = APARTMENT if (assoc, n) in apartments else DETACHED
        waiting = near_for.get(assoc)
        person = waiting.pop(0) if waiting else None
        near = (float(person["緯度"]), float(person["経度"])) if person else None
        lat, lon = place(rng, ring, assoc.endswith("-1"), taken, near)
        taken.append((lat, lon))
        blocks.append({
            "block": f"{assoc}-{n:02d}", "name": f"{a['name']} {n}班", "district": a["district"],
            "association": assoc, "type": kind, "households": rng.randint(*HOUSEHOLDS[kind]),
            "lat": f"{lat:.6f}", "lon": f"{lon:.6f}",
        })
    return blocks


def near_people(blocks, people):
    """block id → sorted 台帳番号 of people of the same 地区 within NEAR_M."""
    out = {}
    for b in blocks:
        ids = sorted(p["台帳番号"] for p in people if p["地区"] == b["district"]
                     and metres(float(b["lat"]), float(b["lon"]), float(p["緯度"]), float(p["経度"])) <= NEAR_M)
        if ids:
            out[b["block"]] = ids
    return out


# ── counts ──

def make_counts(rng, year, blocks, near):
    """Rows [block, time, households, ok, sos, no_sign, visited] and the sets of unchecked / partial blocks."""
    unchecked, partial = set(), set()
    if year == 2026:
        # Left unchecked: two small 戸建て 班 and a small 集合住宅 (an auto-lock entrance); checked part-way: one of
        # each type. Never a block near registered people.
        def pick(kind, most, k, skip=()):
            pool = [b["block"] for b in blocks if b["type"] == kind and int(b["households"]) <= most
                    and b["block"] not in near and b["block"] not in skip]
            return set(rng.sample(pool, k))
        unchecked = pick(DETACHED, 40, UNCHECKED_2026 - 1) | pick(APARTMENT, 60, 1)
        partial = pick(DETACHED, 60, PARTIAL_2026 - 1, unchecked) | pick(APARTMENT, 150, 1, unchecked)
    rows = []
    for b in blocks:
        bid = b["block"]
        if bid in unchecked:
            continue
        h = int(b["households"])
        if rng.random() < 0.15:  # the leader's count differs: vacancies, a new building
            h = max(1, h + rng.choice([-3, -2, -1, -1, 1, 1, 2]))
        share = POSTED[year][b["district"]] - (APARTMENT_GAP if b["type"] == APARTMENT else 0)
        share += rng.uniform(-BLOCK_NOISE, BLOCK_NOISE)
        sos = rng.choices([0, 1, 2], weights=[50, 35, 15])[0]
        if year == 2026 and bid in near:
            sos = max(sos, 1)
        posted = max(sos, round(share * h))
        ok, no_sign = posted - sos, h - posted
        if bid in partial:  # the leader stopped part-way round the block
            c = rng.uniform(0.55, 0.8)
            ok, no_sign = round(ok * c), round(no_sign * c)
        visited = sos + round(no_sign * rng.uniform(0.3, 0.8))
        n = rng.choice([2, 3, 3, 4])
        last = rng.choice(SLOTS[3:])
        times = sorted(rng.sample(SLOTS[:SLOTS.index(last)], n - 1)) + [last]
        fractions = sorted(rng.uniform(0.25, 0.9) for _ in range(n - 1)) + [1.0]
        for t, f in zip(times, fractions):
            o, s, ns = math.floor(ok * f), math.floor(sos * f), math.floor(no_sign * f)
            v = min(math.floor(visited * f ** 1.5), s + ns)
            rows.append([bid, t, h, o, s, ns, v])
    rows.sort(key=lambda r: (r[1], r[0]))
    return rows, unchecked, partial


def tally(blocks, rows, districts, near):
    """The expected-YYYY.json content, counted from blocks and rows."""
    last, count = {}, {}
    for r in rows:  # rows are in time order
        bid = r[0]
        last[bid] = r
        count[bid] = count.get(bid, 0) + 1
    per_block = {}
    fields = ["households", "ok", "sos", "no_sign", "visited", "posted", "checked"]
    sums = {"districts": {}, "types": {}}

    def add(table, key, values):
        s = table.setdefault(key, dict.fromkeys(["blocks"] + fields, 0))
        s["blocks"] += 1
        for k in fields:
            s[k] += values[k]

    for b in blocks:
        bid = b["block"]
        if bid in last:
            _, t, h, o, s, ns, v = (int(x) if i > 1 else x for i, x in enumerate(last[bid]))
            status = "complete" if o + s + ns >= h else "partial"
            entry = {"status": status, "rows": count[bid], "time": t, "households": h, "ok": o, "sos": s,
                     "no_sign": ns, "visited": v}
        else:
            entry = {"status": "unchecked", "rows": 0, "time": None, "households": int(b["households"]), "ok": 0,
                     "sos": 0, "no_sign": 0, "visited": 0}
        per_block[bid] = entry
        values = dict(entry, posted=entry["ok"] + entry["sos"], checked=entry["ok"] + entry["sos"] + entry["no_sign"])
        add(sums["districts"], districts[b["district"]]["name"], values)
        add(sums["types"], b["type"], values)
        add(sums, "overall", values)
    for s in list(sums["districts"].values()) + list(sums["types"].values()) + [sums["overall"]]:
        s["posted_rate"] = round(s["posted"] / s["households"], 4)
        s["checked_rate"] = round(s["checked"] / s["households"], 4)
    return {
        "blocks": per_block,
        "unchecked": sorted(k for k, v in per_block.items() if v["status"] == "unchecked"),
        "partial": sorted(k for k, v in per_block.items() if v["status"] == "partial"),
        "districts": sums["districts"],
        "types": {t: sums["types"][t] for t in TYPES if t in sums["types"]},
        "overall": sums["overall"],
        "near_people": near,
    }


def toml_text(year, districts):
    d = DRILLS[year]
    names = ", ".join(f'"{districts[c]["name"]}"' for c in ("ikejiri", "taishido"))
    return "\n".join([
        "# 見本（架空）: bosai のために作った架空の訓練記録です。実在の町会・班・人物とは関係ありません。",
        f"# 安否確認標識掲出訓練 {year}: 各家庭が玄関に「無事です」(OK) または SOS の標識を掲げ、班長が班を回って数える。",
        f"# 班の一覧は blocks.csv、班長の報告（累計）は counts-{year}.csv、集計の正解は expected-{year}.json。",
        "# scripts/make-sample-tally.py が生成（手で直さず、スクリプトを直して再生成する）。",
        "",
        "[tally]",
        f'name = "安否確認標識掲出訓練 {year} 池尻・太子堂（見本）"',
        f'date = "{d["date"]}"        # 日曜日',
        f'start = "{d["start"]}"            # JST: 標識を掲げる',
        f'end = "{d["end"]}"              # これより後の報告は受け付けない',
        f"districts = [{names}]",
        'blocks = "blocks.csv"      # このファイルからの相対パス',
        "",
    ])


# ── check ──

def check(out, people_path):
    """Re-reads everything written under out and raises ValueError on any violation."""
    districts, associations = load_ward()
    rings = load_rings()
    people = load_people(people_path, ("ikejiri", "taishido"))

    def fail(msg):
        raise ValueError(f"make-sample-tally check: {msg}")

    blocks = read_csv(out / "blocks.csv", BLOCK_HEADER)
    if not 35 <= len(blocks) <= 45:
        fail(f"{len(blocks)} blocks")
    seen = set()
    for b in blocks:
        bid = b["block"]
        if bid in seen:
            fail(f"duplicate block {bid}")
        seen.add(bid)
        a = associations.get(b["association"])
        if not a or b["district"] not in districts or a["district"] != b["district"]:
            fail(f"{bid}: association/district {b['association']}/{b['district']} not in ward.toml")
        if b["district"] not in ("ikejiri", "taishido"):
            fail(f"{bid}: district {b['district']}")
        m = re.fullmatch(re.escape(b["association"]) + r"-(\d{2})", bid)
        if not m or b["name"] != f"{a['name']} {int(m.group(1))}班":
            fail(f"{bid}: id or name {b['name']!r}")
        if b["type"] not in TYPES:
            fail(f"{bid}: type {b['type']}")
        lo, hi = HOUSEHOLDS[b["type"]]
        if not lo <= int(b["households"]) <= hi:
            fail(f"{bid}: households {b['households']}")
        if not (re.fullmatch(r"\d+\.\d{6}", b["lat"]) and re.fullmatch(r"\d+\.\d{6}", b["lon"])):
            fail(f"{bid}: lat/lon not 6 decimals")
        lat, lon = float(b["lat"]), float(b["lon"])
        if not inside(lat, lon, rings[b["district"]]) or edge_distance(lat, lon, rings[b["district"]]) < 1:
            fail(f"{bid}: ({lat}, {lon}) not strictly inside {b['district']}")
    share = sum(b["type"] == APARTMENT for b in blocks) / len(blocks)
    if not 0.25 <= share <= 0.42:
        fail(f"集合住宅 share {share:.2f}")
    near = near_people(blocks, people)
    ikejiri_inside = [p for p in people if p["地区"] == "ikejiri"
                      and strictly_inside(float(p["緯度"]), float(p["経度"]), rings["ikejiri"],
                                          EDGE_MARGIN_M + NEAR_OFFSET_M[1] + 10)]
    near_ikejiri = [k for k in near if k.startswith("ikejiri-")]
    if ikejiri_inside and len(near_ikejiri) < MIN_NEAR_BLOCKS:
        fail(f"only {len(near_ikejiri)} 池尻 blocks within {NEAR_M} m of registered people")

    by_id = {b["block"]: b for b in blocks}
    results = {}
    for year, d in DRILLS.items():
        conf = tomllib.loads((out / f"tally-{year}.toml").read_text(encoding="utf-8"))["tally"]
        day = date.fromisoformat(conf["date"])
        if day.year != year or day.month != 11 or day.weekday() != 6:
            fail(f"tally-{year}: date {conf['date']} is not a Sunday in November {year}")
        if conf["districts"] != ["池尻", "太子堂"] or conf["blocks"] != "blocks.csv" or "（見本）" not in conf["name"]:
            fail(f"tally-{year}: districts/blocks/name")
        if not (out / conf["blocks"]).is_file():
            fail(f"tally-{year}: blocks file missing")
        start, end = conf["start"], conf["end"]
        rows = read_csv(out / f"counts-{year}.csv", COUNT_HEADER)
        prev, n_rows, keys = {}, {}, set()
        for r in rows:
            bid, t = r["block"], r["time"]
            if bid not in by_id:
                fail(f"counts-{year}: unknown block {bid}")
            if not re.fullmatch(r"\d{2}:\d{2}", t) or not start <= t <= end:
                fail(f"counts-{year}: {bid} time {t} outside {start}–{end}")
            if (bid, t) in keys:
                fail(f"counts-{year}: {bid} twice at {t}")
            keys.add((bid, t))
            v = {k: int(r[k]) for k in COUNT_HEADER[2:]}
            if min(v.values()) < 0:
                fail(f"counts-{year}: {bid} {t} negative")
            if v["ok"] + v["sos"] + v["no_sign"] > v["households"]:
                fail(f"counts-{year}: {bid} {t} counts more than its households")
            if v["visited"] > v["sos"] + v["no_sign"]:
                fail(f"counts-{year}: {bid} {t} visited > sos + no_sign")
            if v["sos"] > 2:
                fail(f"counts-{year}: {bid} {t} sos {v['sos']}")
            if abs(v["households"] - int(by_id[bid]["households"])) > 3:
                fail(f"counts-{year}: {bid} households {v['households']} far from blocks.csv")
            if bid in prev:
                pt, pv = prev[bid]
                if t <= pt or any(v[k] < pv[k] for k in v):
                    fail(f"counts-{year}: {bid} {t} goes back from {pt}")
            prev[bid] = (t, v)
            n_rows[bid] = n_rows.get(bid, 0) + 1
        if any(not 2 <= n <= 4 for n in n_rows.values()):
            fail(f"counts-{year}: a block has not 2–4 rows")
        missing = set(by_id) - set(n_rows)
        part = {bid for bid, (_, v) in prev.items() if v["ok"] + v["sos"] + v["no_sign"] < v["households"]}
        if year == 2025 and (missing or part):
            fail(f"counts-2025: unchecked {missing} or partial {part}")
        if year == 2026 and (len(missing) != UNCHECKED_2026 or len(part) != PARTIAL_2026):
            fail(f"counts-2026: {len(missing)} unchecked, {len(part)} partial")
        if missing & set(near) or (year == 2026 and any(
                prev[bid][1]["sos"] < 1 and prev[bid][1]["no_sign"] < 3 for bid in near)):
            fail(f"counts-{year}: a block near registered people is unchecked or shows nothing to follow up")

        # Independent recount from the files just read.
        exp = {"blocks": {}, "districts": {}, "types": {}, "overall": {}}
        fields = ["households", "ok", "sos", "no_sign", "visited", "posted", "checked"]
        for b in blocks:
            bid = b["block"]
            if bid in prev:
                t, v = prev[bid]
                status = "complete" if v["ok"] + v["sos"] + v["no_sign"] >= v["households"] else "partial"
                e = {"status": status, "rows": n_rows[bid], "time": t, **v}
            else:
                e = {"status": "unchecked", "rows": 0, "time": None, "households": int(b["households"]), "ok": 0,
                     "sos": 0, "no_sign": 0, "visited": 0}
            exp["blocks"][bid] = e
            for table, key in ((exp["districts"], districts[b["district"]]["name"]), (exp["types"], b["type"]),
                               (exp, "overall")):
                s = table.setdefault(key, {})
                s["blocks"] = s.get("blocks", 0) + 1
                for k in fields:
                    val = e["ok"] + e["sos"] if k == "posted" else (
                        e["ok"] + e["sos"] + e["no_sign"] if k == "checked" else e[k])
                    s[k] = s.get(k, 0) + val
        got = json.loads((out / f"expected-{year}.json").read_text(encoding="utf-8"))
        for bid, e in exp["blocks"].items():
            if {k: got["blocks"][bid][k] for k in e} != e:
                fail(f"expected-{year}: block {bid} {got['blocks'][bid]} != {e}")
        for name in ("districts", "types"):
            for key, s in exp[name].items():
                if any(got[name][key][k] != s[k] for k in s):
                    fail(f"expected-{year}: {name} {key}")
                if got[name][key]["posted_rate"] != round(s["posted"] / s["households"], 4):
                    fail(f"expected-{year}: {name} {key} posted_rate")
        if any(got["overall"][k] != exp["overall"][k] for k in exp["overall"]):
            fail(f"expected-{year}: overall")
        if got["near_people"] != near or sorted(missing) != got["unchecked"] or sorted(part) != got["partial"]:
            fail(f"expected-{year}: near_people/unchecked/partial")

        o = exp["overall"]
        rate = o["posted"] / o["households"]
        lo, hi = POSTED_RANGE[year]
        if not lo <= rate <= hi:
            fail(f"{year}: posted rate {rate:.3f} outside {lo}–{hi}")
        ty = exp["types"]
        gap = ty[DETACHED]["posted"] / ty[DETACHED]["households"] - ty[APARTMENT]["posted"] / ty[APARTMENT]["households"]
        if not GAP_RANGE[0] <= gap <= GAP_RANGE[1]:
            fail(f"{year}: 戸建て − 集合住宅 gap {gap:.3f}")
        ds = [s["posted"] / s["households"] for s in exp["districts"].values()]
        if max(ds) - min(ds) < 0.02:
            fail(f"{year}: districts' posted rates hardly differ")
        sos_share = o["sos"] / o["households"]
        if not SOS_SHARE_RANGE[0] <= sos_share <= SOS_SHARE_RANGE[1]:
            fail(f"{year}: SOS share {sos_share:.4f}")
        results[year] = (len(rows), rate, gap, sorted(missing), sorted(part))
    return near, results


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--people", type=Path, default=PEOPLE, help="the 要支援者 register to place blocks near")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    districts, associations = load_ward()
    rings = load_rings()
    people = load_people(args.people, ("ikejiri", "taishido"))
    rng = random.Random(SEED)
    blocks = make_blocks(rng, districts, associations, rings, people)
    near = near_people(blocks, people)
    args.out.mkdir(parents=True, exist_ok=True)
    write_csv(args.out / "blocks.csv", BLOCK_HEADER, [[b[k] for k in BLOCK_HEADER] for b in blocks])
    for year in DRILLS:
        rows, _, _ = make_counts(random.Random(SEED + year), year, blocks, near)
        (args.out / f"tally-{year}.toml").write_text(toml_text(year, districts), encoding="utf-8")
        write_csv(args.out / f"counts-{year}.csv", COUNT_HEADER, rows)
        expected = {"note": "見本（架空）: scripts/make-sample-tally.py が counts から数えた正解。rate = Σ/Σ（班の率の平均ではない）",
                    "drill": f"tally-{year}.toml", "date": DRILLS[year]["date"],
                    **tally(blocks, rows, districts, near)}
        (args.out / f"expected-{year}.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    near, results = check(args.out, args.people)
    summary = "; ".join(f"{y}: {n} rows, posted {r:.1%}, gap {g:.1%}, unchecked {len(u)}, partial {len(p)}"
                        for y, (n, r, g, u, p) in results.items())
    print(f"wrote {args.out}: {len(blocks)} blocks ({sum(b['type'] == APARTMENT for b in blocks)} 集合住宅), "
          f"{len(near)} near registered people; {summary}", file=sys.stderr)


if __name__ == "__main__":
    main()
