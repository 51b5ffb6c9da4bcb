#!/usr/bin/env python3
"""Writes plans/sample-people.csv: a SYNTHETIC 避難行動要支援者 register for the shipped sample ward.

Every person is invented: surnames are words like 見本 (sample) and 試験 (test) so nobody can mistake a row for
a real resident; phone numbers use the unassigned 03-0000 block; addresses are 架空町 (fictional town).
Homes are scattered around a made-up point per 地区 (a 7x4 grid over the ward), so area selection can be
tried. Deterministic (fixed seed): re-running gives the same file. Layout: docs/people.md.

usage: scripts/make-sample-people.py [--count N] [--seed S] [--out FILE]
"""
import argparse
import csv
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


def district_centres(districts):
    """A made-up centre per 地区 on a 7x4 grid over the ward (35.60–35.68 N, 139.58–139.69 E)."""
    out = {}
    for i, d in enumerate(districts):
        row, col = divmod(i, 7)
        out[d["code"]] = (35.605 + row * 0.02, 139.585 + col * 0.015)
    return out


def consent(rng, given_rate):
    if rng.random() >= given_rate:
        return ["0", "", ""]
    return ["1", f"202{rng.randint(3, 6)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", rng.choice(METHODS)]


def person(rng, n, ward, centres):
    d = rng.choice(ward["district"])
    assocs = [a["code"] for a in ward.get("association", []) if a["district"] == d["code"]]
    sex = rng.choice(["男", "女"])
    lat, lon = centres[d["code"]]
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
        "緯度": f"{lat + rng.uniform(-0.008, 0.008):.6f}",
        "経度": f"{lon + rng.uniform(-0.006, 0.006):.6f}",
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
    centres = district_centres(ward["district"])
    rng = random.Random(args.seed)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\r\n")
        w.writeheader()
        for n in range(1, args.count + 1):
            w.writerow(person(rng, n, ward, centres))
    print(f"wrote {args.count} synthetic people to {args.out}")


if __name__ == "__main__":
    main()
