#!/usr/bin/env python3
"""Generates the sample ward's shelters and 地区 boundaries (everything synthetic, made by this script).

Writes
  plans/sample-district-boundaries.geojson  28 made-up 地区 polygons tiling the sample road network's extent
                                            (a jittered 7 × 4 lattice, roughly in the real wards' west→east order)
  plans/sample-shelters.csv                 shelters of every kind in the GSI CSV layout plus bosai's columns
                                            (種別 …): names, ids, addresses and positions are invented
  plans/sample-capacities.csv               the committees' capacity figures, as a separate update file
                                            (共通ID + 想定収容人数 …; some are floor-area estimates)

Shelters stand next to junctions of maps/sample-roads.geojson (the synthetic street grid), inside their 地区.
Deterministic: the same output on every run.
"""
import csv
import json
import random
import sys

LAT0, LON0 = 35.605, 139.590          # the sample road grid's south-west corner (make-sample-roads.py)
LAT1, LON1 = 35.686, 139.699          # its north-east corner
COLS, ROWS = 7, 4
# code, name: rows from south to north, west to east (loosely where the real 地区 lie).
LAYOUT = [
    [("futakotamagawa", "二子玉川"), ("kaminoge", "上野毛"), ("yoga", "用賀"), ("fukasawa", "深沢"),
     ("todoroki", "等々力"), ("kuhonbutsu", "九品仏"), ("okusawa", "奥沢")],
    [("kitami", "喜多見"), ("seijo", "成城"), ("kinuta", "砧"), ("kamimachi", "上町"), ("kamiuma", "上馬"),
     ("shimouma", "下馬"), ("taishido", "太子堂")],
    [("soshigaya", "祖師谷"), ("funabashi", "船橋"), ("kyodo", "経堂"), ("umegaoka", "梅丘"), ("wakabayashi", "若林"),
     ("daizawa", "代沢"), ("ikejiri", "池尻")],
    [("karasuyama", "烏山"), ("kamisoshigaya", "上祖師谷"), ("kamikitazawa", "上北沢"), ("matsuzawa", "松沢"),
     ("matsubara", "松原"), ("kitazawa", "北沢"), ("shindaita", "新代田")],
]
HEADER = ["NO", "共通ID", "都道府県名及び市町村名", "施設・場所名", "住所", "洪水", "崖崩れ、土石流及び地滑り", "高潮",
          "地震", "津波", "大規模な火事", "内水氾濫", "火山現象", "指定緊急避難場所との住所同一",
          "その他市町村長が必要と認める事項", "受入対象者", "緯度", "経度", "備考", "種別", "名称_英字", "連絡先",
          "有効開始日", "有効終了日"]
HAZARDS = HEADER[5:13]
DIRECTIONS = [("東", "Higashi"), ("西", "Nishi"), ("南", "Minami"), ("北", "Kita")]
PARKS = ["さくら", "けやき", "ひばり", "つつじ", "みどり", "かえで"]


def lattice(rng):
    """Corner points shared by neighbouring cells, so the polygons tile without gaps or overlaps."""
    pts = {}
    for r in range(ROWS + 1):
        for c in range(COLS + 1):
            lat = LAT0 + (LAT1 - LAT0) * r / ROWS
            lon = LON0 + (LON1 - LON0) * c / COLS
            if 0 < r < ROWS:
                lat += rng.uniform(-0.002, 0.002)
            if 0 < c < COLS:
                lon += rng.uniform(-0.002, 0.002)
            pts[(r, c)] = (round(lon, 6), round(lat, 6))
    return pts


def inside(ring, lon, lat):
    hit = False
    for i in range(len(ring) - 1):
        (x1, y1), (x2, y2) = ring[i], ring[i + 1]
        if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
            hit = not hit
    return hit


def junctions(path):
    with open(path, encoding="utf-8") as f:
        roads = json.load(f)
    pts = set()
    for feature in roads["features"]:
        coords = feature["geometry"]["coordinates"]
        pts.add(tuple(coords[0]))
        pts.add(tuple(coords[-1]))
    return sorted(pts)


def main(roads_path, out_dir):
    rng = random.Random(20261124)
    corners = lattice(rng)
    nodes = junctions(roads_path)
    features, rows, capacities = [], [], []
    serial = 90000  # facility serials far above any real one, so a sample id never matches a real 共通ID
    gathering = 0
    for r, layout_row in enumerate(LAYOUT):
        for c, (code, name) in enumerate(layout_row):
            ring = [corners[(r, c)], corners[(r, c + 1)], corners[(r + 1, c + 1)], corners[(r + 1, c)],
                    corners[(r, c)]]
            features.append({"type": "Feature", "properties": {"code": code, "name": name},
                             "geometry": {"type": "Polygon", "coordinates": [[list(p) for p in ring]]}})
            # Junctions well inside the cell (not on the shared edges), shuffled.
            spots = [p for p in nodes if inside(ring, *p)]
            rng.shuffle(spots)
            spots = iter(spots)

            def place():
                while True:  # beside a junction, and still inside the 地区 after the small offset
                    lon, lat = next(spots)
                    lat, lon = round(lat + rng.uniform(-0.0002, 0.0002), 6), round(lon + rng.uniform(-0.0002, 0.0002), 6)
                    if inside(ring, lon, lat):
                        return lat, lon

            def add(kind, facility, name_en, id_, hazards=(), accepted="", note="", start="", end="", same=None):
                if same:  # a second designation of the same place: same address and position
                    address, lat, lon = same[4], same[16], same[17]
                else:
                    lat, lon = place()
                    address = f"東京都世田谷区{name}{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
                flags = ["1" if h in hazards else "" for h in HAZARDS]
                rows.append([str(len(rows) + 1), id_, "東京都世田谷区", facility, address, *flags,
                             "1" if same else "", note, accepted, f"{lat}", f"{lon}", "見本データ（架空）", kind,
                             name_en, f"03-0000-{rng.randint(1000, 9999)}", start, end])
                return rows[-1]

            nonlocal_serial = [serial]

            def gsi_id(type_digit, subtype_digit):
                nonlocal_serial[0] += 1
                return f"E13112{nonlocal_serial[0]:05d}{type_digit}{subtype_digit}1"

            en = code.capitalize()
            n_schools = 3 if (r + c) % 3 else 4
            for k in range(n_schools):
                direction, dir_en = DIRECTIONS[k % 4]
                school = "小学校" if k < 3 else "中学校"
                school_en = "Elementary School" if k < 3 else "Junior High School"
                sid = gsi_id(1, 1)
                end = "2027-03-31" if (code, k) == ("kyodo", 2) else ""  # closed by consolidation
                school_row = add("指定避難所", f"{name}{direction}{school}", f"{en} {dir_en} {school_en}", sid, end=end)
                if rng.random() < 0.5:
                    capacities.append([sid, str(rng.randrange(400, 1300, 10)), "公表値", "2026-04-01", ""])
                elif rng.random() < 0.6:
                    capacities.append([sid, str(rng.randrange(400, 1100, 10)), "運営委員会", "2026-06-15", ""])
                else:
                    capacities.append([sid, "", "", "2026-04-01", str(rng.randrange(1400, 3600, 20))])
                if rng.random() < 0.4:  # the same school is also an emergency site: a second designation
                    hazards = {"地震", "大規模な火事"} | ({"洪水"} if r == 0 else set())
                    serial_id = gsi_id(2, 0)
                    add("指定緊急避難場所", f"{name}{direction}{school}", f"{en} {dir_en} {school_en}", serial_id,
                        hazards=hazards, same=school_row)
            if code == "kyodo":
                add("指定避難所", f"{name}学園義務教育学校", f"{en} Gakuen Compulsory School", gsi_id(1, 1),
                    start="2027-04-01")
            for k in range(rng.randint(2, 4)):
                gathering += 1
                add("一時集合所", f"{name}{PARKS[(c + k) % len(PARKS)]}公園", f"{en} {PARKS[(c + k) % len(PARKS)]} Park",
                    f"G{gathering:04d}")
            if (r * COLS + c) % 2 == 0:
                wid = gsi_id(1, 2)
                add("福祉避難所", f"{name}ふれあいの家", f"{en} Fureai House", wid, accepted="高齢者、障害者",
                    note="要配慮者の受入れは区からの依頼による")
                capacities.append([wid, str(rng.randrange(20, 80, 5)), "公表値", "2026-04-01", ""])
            if (r * COLS + c) % 3 == 1:
                add("予備避難所", f"{name}区民センター", f"{en} Community Centre", f"R{r}{c:02d}")
            if (r * COLS + c) % 5 == 2:
                add("広域避難場所", f"{name}緑地一帯", f"{en} Green Area", f"W{r}{c:02d}", hazards={"大規模な火事"})
                hz = {"洪水", "内水氾濫"} if r == 0 else {"崖崩れ、土石流及び地滑り"} if c % 2 else {"地震"}
                add("指定緊急避難場所", f"{name}運動場", f"{en} Sports Ground", gsi_id(2, 0), hazards=hz)
            serial = nonlocal_serial[0]

    with open(f"{out_dir}/sample-district-boundaries.geojson", "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "name": "sample-district-boundaries",
                   "bosai_note": "Synthetic 地区 boundaries made by scripts/make-sample-shelters.py (not real).",
                   "features": features}, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    with open(f"{out_dir}/sample-shelters.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(HEADER)
        w.writerows(rows)
    with open(f"{out_dir}/sample-capacities.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["共通ID", "想定収容人数", "収容人数の根拠", "収容人数の時点", "床面積"])
        w.writerows(capacities)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "maps/sample-roads.geojson",
         sys.argv[2] if len(sys.argv) > 2 else "plans")
