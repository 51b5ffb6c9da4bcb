#!/usr/bin/env python3
"""Writes plans/sample-people.csv: a SYNTHETIC 避難行動要支援者 register for the shipped sample ward.

Every person is invented: surnames are words like 見本 (sample) and 試験 (test) so nobody can mistake a row for
a real resident; phone numbers use the unassigned 03-0000 block; addresses are 架空町 (fictional town).
Homes fall inside their own 地区's polygon of plans/sample-district-boundaries.geojson (they were once scattered
on a grid that missed the polygons by kilometres), so area selection, routes home and a tally drill's "near a
registered person" check can be tried. Deterministic (fixed seed): re-running gives the same file. Layout: docs/people.md.

usage: scripts/make-sample-people.py [--count N] [--seed S] [--out FILE]
"""
import argparse
import csv
import json
import random
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SURNAMES = ["見本", "試験", "架空", "仮名", "例示", "模擬", "検証", "演習"]
GIVEN = {"男": ["一郎", "次郎", "三郎", "健太", "正夫", "茂"], "女": ["花子", "桜", "和子", "幸子", "梅", "春代"]}
REASONS = ["歩行困難（車いす使用）", "認知症のため一人での避難が困難", "視覚障害", "聴覚障害",
           "人工呼吸器使用", "寝たきり", "知的障害", "高齢で足腰が弱い"]
DEVICES = ["人工呼吸器", "在宅酸素", "たん吸引器", "電動ベッド"]
CARE = ["", "", "要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]
METHODS = ["書面", "郵送", "訪問", "窓口"]
COLUMNS = ["台帳番号", "氏名", "ふりがな", "生年月日", "性別", "住所", "電話番号", "支援が必要な理由", "世帯", "孤立",
           "地区", "町会", "要介護度", "身体障害等級", "医療機器", "言語", "緯度", "経度", "浸水想定区域",
           "土砂災害警戒区域", "木造密集地域", "名簿提供同意", "名簿提供同意日", "名簿提供同意方法", "計画作成同意",
           "計画作成同意日", "計画作成同意方法", "計画提供同意", "計画提供同意日", "計画提供同意方法"]


def district_shapes():
    """Each 地区's polygon from plans/sample-district-boundaries.geojson: homes fall inside their own 地区."""
    data = json.loads((ROOT / "plans" / "sample-district-boundaries.geojson").read_text(encoding="utf-8"))
    return {f["properties"]["code"]: f["geometry"]["coordinates"][0] for f in data["features"]}


def inside(ring, lat, lon):
    """Even-odd rule on a [lon, lat] ring."""
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def home_in(ring, u, v):
    """A home inside the 地区: u, v in [-1, 1] spread it over the polygon's box around its centre; a point that
    falls outside is pulled towards the centre until it is inside (deterministic: no further random draws)."""
    lons = [p[0] for p in ring]
    lats = [p[1] for p in ring]
    c_lat, c_lon = sum(lats[:-1]) / (len(lats) - 1), sum(lons[:-1]) / (len(lons) - 1)
    h_lat, h_lon = (max(lats) - min(lats)) / 2 * 0.9, (max(lons) - min(lons)) / 2 * 0.9
    lat, lon = c_lat + u * h_lat, c_lon + v * h_lon
    while not inside(ring, lat, lon):
        lat, lon = c_lat + (lat - c_lat) * 0.8, c_lon + (lon - c_lon) * 0.8
    return lat, lon


def consent(rng, given_rate):
    if rng.random() >= given_rate:
        return ["0", "", ""]
    return ["1", f"202{rng.randint(3, 6)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", rng.choice(METHODS)]


def home_columns(ring, u, v):
    lat, lon = home_in(ring, u, v)
    return {"緯度": f"{lat:.6f}", "経度": f"{lon:.6f}"}


def person(rng, n, ward, shapes):
    d = rng.choice(ward["district"])
    assocs = [a["code"] for a in ward.get("association", []) if a["district"] == d["code"]]
    sex = rng.choice(["男", "女"])
    share = consent(rng, 0.7)
    plan = consent(rng, 0.5) if share[0] == "1" else ["0", "", ""]
    share_plan = consent(rng, 0.8) if plan[0] == "1" else ["0", "", ""]
    return {
        "台帳番号": f"S{n:06d}",
        "氏名": f"{rng.choice(SURNAMES)} {rng.choice(GIVEN[sex])}",
        "ふりがな": "みほん",
        "生年月日": f"19{rng.randint(25, 60)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "性別": sex,
        "住所": f"東京都世田谷区{d['name']}架空町{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
        "電話番号": f"03-0000-{n % 10000:04d}",
        "支援が必要な理由": rng.choice(REASONS),
        "世帯": rng.choice(["単身", "単身", "高齢者のみ", "同居"]),
        "孤立": "1" if rng.random() < 0.2 else "0",
        "地区": d["code"],
        "町会": rng.choice(assocs) if assocs and rng.random() < 0.9 else "",
        "要介護度": rng.choice(CARE),
        "身体障害等級": str(rng.randint(1, 6)) if rng.random() < 0.3 else "",
        "医療機器": rng.choice(DEVICES) if rng.random() < 0.08 else "",
        "言語": "English" if rng.random() < 0.03 else "",
        **home_columns(shapes[d["code"]], rng.uniform(-1, 1), rng.uniform(-1, 1)),
        "浸水想定区域": "1" if rng.random() < 0.25 else "0",
        "土砂災害警戒区域": "1" if rng.random() < 0.05 else "0",
        "木造密集地域": "1" if rng.random() < 0.3 else "0",
        **dict(zip(COLUMNS[21:24], share)),
        **dict(zip(COLUMNS[24:27], plan)),
        **dict(zip(COLUMNS[27:30], share_plan)),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--out", type=Path, default=ROOT / "plans" / "sample-people.csv")
    args = ap.parse_args()
    ward = tomllib.loads((ROOT / "plans" / "ward.toml").read_text(encoding="utf-8"))
    shapes = district_shapes()
    rng = random.Random(args.seed)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\r\n")
        w.writeheader()
        for n in range(1, args.count + 1):
            w.writerow(person(rng, n, ward, shapes))
    print(f"wrote {args.count} synthetic people to {args.out}")


if __name__ == "__main__":
    main()
