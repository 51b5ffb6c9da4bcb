#!/usr/bin/env python3
"""Generates plans/juku/: SYNTHETIC 防災塾 meeting and attendance records for all 28 地区, FY2023–FY2026.

見本（架空）: everything is made up by this script (no third-party data, no real people, no real events).
Deterministic (fixed seed): re-running gives byte-identical files.

Files written (CSV: UTF-8 with BOM, CRLF; JSON: UTF-8):
  meetings.csv    meeting,date,district,kind,theme,organiser,follow_up
                  meeting is J<FY>-<地区 code>-<nn>: FY is the Japanese fiscal year (April 1 – March 31, so a meeting
                  on 2024-02-10 is J2023-…), nn counts that 地区's meetings of that FY in date order. district is the
                  地区 name of plans/ward.toml; kind is ワークショップ | まち歩き | 訓練 | 計画改定; organiser is the
                  地区's まちづくりセンター or one of its sample 町会 (ward.toml). FY2026 runs only to LAST_DAY.
                  3–8 meetings per 地区 per FY. 訓練 (町会・地区の総合防災訓練) are large, the others small
                  (ワークショップ 15–60 people).
  attendance.csv  meeting,age_band,gender,organisation,count: head counts by age band × gender × organisation,
                  only the non-zero cells (count ≥ 1).
  expected.json   counted by this script from its own data: per FY the meetings, attendance sum and rate for the
                  ward and for each 地区, and the sums by age band, gender, organisation and kind.
                  rate = attendance sum / 人口 of the 2023 edition of plans/sample-karte.csv, rounded to 4 decimals
                  (recompute from the sums for exact values); the ward rate is Σ attendance / Σ 人口 over all 28 地区.

Calibration: the ward KPI (基本計画) is "residents who took part in a 防災・防犯 local activity in the past year":
13 % (FY2023) → 16 % (FY2027) → 20 % (FY2031). The sample ward rate (attendances, not distinct people: a person at
two meetings counts twice) is set to WARD_RATE per FY (FY2026 is a partial year to November); per-地区 rates in
the full years lie between about 7 % and 22 %. With about a million residents and 3–8 meetings a 地区, the 訓練
carry almost all of the attendance (about 800 to 3,300 people each; a 地区 with a high rate holds more of them).

check() re-reads the files and raises on any violation.
"""
import csv
import json
import math
import random
import re
import sys
import tomllib
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARD = ROOT / "plans" / "ward.toml"
KARTE = ROOT / "plans" / "sample-karte.csv"
OUT = ROOT / "plans" / "juku"
SEED = 20230401

MEETING_HEADER = ["meeting", "date", "district", "kind", "theme", "organiser", "follow_up"]
ATTENDANCE_HEADER = ["meeting", "age_band", "gender", "organisation", "count"]
AGES = ["10代以下", "20代", "30代", "40代", "50代", "60代", "70代", "80代以上"]
GENDERS = ["男性", "女性", "その他・回答なし"]
ORGS = ["町会・自治会", "PTA", "事業者", "防災士", "一般", "その他"]
KINDS = ["ワークショップ", "まち歩き", "訓練", "計画改定"]
FISCAL_YEARS = [2023, 2024, 2025, 2026]
LAST_DAY = date(2026, 11, 30)  # FY2026 is recorded up to here
WARD_RATE = {2023: 0.125, 2024: 0.135, 2025: 0.145, 2026: 0.100}
KPI = {"FY2023": 0.13, "FY2027": 0.16, "FY2031": 0.20}
DISTRICT_SPREAD = (0.60, 1.56)  # a 地区's rate relative to the ward's, before normalising
SMALL_SIZE = {"ワークショップ": (15, 60), "まち歩き": (12, 40), "計画改定": (10, 35)}
TRAINING_TARGET = 1500          # about this many people a 訓練 (the count of 訓練 follows the volume needed)
TRAINING_MIN = 150

# Who comes: age band weights by kind of meeting (訓練 bring families), gender, organisation by age band.
AGE_WEIGHTS = {
    "訓練": [12, 4, 11, 14, 13, 17, 19, 10],
    "small": [2, 3, 8, 12, 14, 22, 27, 12],
}
GENDER_WEIGHTS = [46, 52, 2]
ORG_WEIGHTS = {  # 町会・自治会, PTA, 事業者, 防災士, 一般, その他
    "10代以下": [0, 0, 0, 0, 75, 25],
    "20代": [8, 0, 25, 2, 55, 10],
    "30代": [6, 45, 12, 3, 30, 4],
    "40代": [12, 40, 13, 5, 25, 5],
    "50代": [30, 7, 18, 10, 25, 10],
    "60代": [55, 0, 5, 10, 20, 10],
    "70代": [65, 0, 0, 5, 22, 8],
    "80代以上": [60, 0, 0, 0, 30, 10],
}

THEMES = {
    "ワークショップ": [
        "家具の固定と在宅避難", "わが家の備蓄を7日分に", "マイ・タイムラインを作る", "在宅避難のトイレを考える",
        "要配慮者の声かけ、だれが・いつ", "安否確認標識の使い方を話し合う", "感震ブレーカーと通電火災",
        "マンション防災：エレベーターが止まったら", "子育て世帯の防災、何から始める", "ペットと一緒の避難を考える",
        "外国人住民と一緒に考える防災", "災害時の情報の取り方（やさしい日本語）", "避難所運営カードゲームで役割を体験",
        "地区の防災カルテを読む", "DIG：地図に危険と資源を書き込む", "停電の夜を想定した在宅避難",
    ],
    "まち歩き": [
        "避難所開設の手順を歩いて確かめる", "一時集合所までの道を歩く", "狭い路地と消火器の場所を確かめる",
        "ブロック塀と古い建物を見て歩く", "車いすで避難経路を歩く", "夜のまち歩き：街灯と危ない場所",
        "崖と坂道を見て歩く", "消火栓・防火水槽の場所を地図に", "子どもと一緒に通学路を点検",
    ],
    "訓練": [
        "町会の総合防災訓練（初期消火・AED・炊き出し）", "地区合同防災訓練（避難所開設・安否確認標識）",
        "町会の総合防災訓練（起震車・煙体験）", "スタンドパイプによる初期消火訓練と総合防災訓練",
        "総合防災訓練：要配慮者の避難支援", "総合防災訓練：マンホールトイレと特設公衆電話",
        "総合防災訓練：安否確認標識の掲出と集計", "冬の夕方を想定した総合防災訓練",
    ],
    "計画改定": [
        "地区防災計画の見直し（課題の洗い出し）", "地区防災計画の改定案を読み合わせる", "地区防災計画：要配慮者の支援の章",
        "地区防災計画：在宅避難の章を書き直す", "地区防災計画の改定案への意見をまとめる",
    ],
}
FOLLOW_UPS = {
    "ワークショップ": ["家具転倒防止器具のあっせんを町会回覧で案内", "備蓄チェックリストを全戸配布", "次回：マイ・タイムラインの見直し",
                 "声かけ担当の名簿を町会で整理", "結果を地区だよりに掲載", "次回は子育て世帯向けに土曜開催"],
    "まち歩き": ["危険箇所を地区の地図に反映", "ブロック塀の相談窓口を案内", "消火器の更新を町会に依頼", "避難経路の段差を区へ報告",
             "結果をDIG地図に重ねて次回の防災塾で共有"],
    "訓練": ["参加者アンケートを集計し次回に反映", "安否確認標識の掲出率を班ごとに集計", "炊き出しの手順書を改訂",
           "開設手順の課題を避難所運営委員会へ", "若い世代の参加を増やす案を町会で検討"],
    "計画改定": ["改定案を地区区民防災会議に諮る", "意見募集の結果を次回に報告", "要配慮者の章を福祉部門と確認",
             "改定版を全戸配布", "次回：改定案の最終確認"],
}


def fiscal_year(d):
    return d.year if d.month >= 4 else d.year - 1


def fy_window(fy):
    return date(fy, 4, 1), min(date(fy + 1, 3, 31), LAST_DAY)


def load_inputs():
    ward = tomllib.loads(WARD.read_text(encoding="utf-8"))
    with KARTE.open(encoding="utf-8-sig", newline="") as f:
        karte = {r["地区"]: int(r["人口"]) for r in csv.DictReader(f) if r["版"] == "2023"}
    districts = ward["district"]
    missing = [d["name"] for d in districts if d["name"] not in karte]
    if missing:
        raise SystemExit(f"{KARTE}: no 2023 人口 for {missing}")
    associations = {}
    for a in ward.get("association", []):
        associations.setdefault(a["district"], []).append(a["name"])
    return districts, associations, karte


def allocate(total, weights):
    """Integers summing to total in proportion to weights (largest remainder, ties by index)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [math.floor(x) for x in raw]
    rest = sorted(range(len(raw)), key=lambda i: (out[i] - raw[i], i))
    for i in rest[:total - sum(out)]:
        out[i] += 1
    return out


def district_rates(rng, districts, population):
    """(FY, 地区 name) → target rate: a fixed relative level per 地区, a little yearly wobble, normalised so the
    population-weighted ward rate is WARD_RATE[FY]."""
    n = len(districts)
    lo, hi = DISTRICT_SPREAD
    levels = [lo + (hi - lo) * i / (n - 1) for i in range(n)]
    rng.shuffle(levels)
    level = {d["name"]: v for d, v in zip(districts, levels)}
    total = sum(population.values())
    rates = {}
    for fy in FISCAL_YEARS:
        raw = {name: level[name] * rng.uniform(0.95, 1.05) for name in level}
        mean = sum(raw[name] * population[name] for name in raw) / total
        for name in raw:
            rates[fy, name] = WARD_RATE[fy] * raw[name] / mean
    return rates


def pick_dates(rng, fy, kinds):
    """A date per kind within the FY window: 訓練 and まち歩き on a weekend, never two on one day."""
    first, last = fy_window(fy)
    span = (last - first).days
    used, out = set(), []
    for kind in kinds:
        for _ in range(1000):
            d = first + timedelta(days=rng.randint(0, span))
            if kind in ("訓練", "まち歩き") and d.weekday() < 5:
                continue
            if kind == "まち歩き" and d.month in (7, 8, 12, 1, 2):  # not in midsummer or midwinter
                continue
            if d not in used:
                break
        used.add(d)
        out.append(d)
    return out


def make(rng):
    districts, associations, population = load_inputs()
    rates = district_rates(rng, districts, population)
    meetings, attendance = [], []
    for fy in FISCAL_YEARS:
        for d in districts:
            name, code = d["name"], d["code"]
            target = round(rates[fy, name] * population[name])
            # Small meetings first: at least one ワークショップ; 計画改定 mostly in FY2024–FY2025.
            n_small = rng.randint(2, 4 if fy == 2026 else 5)
            small = ["ワークショップ"]
            for _ in range(n_small - 1):
                small.append(rng.choices(KINDS[:2] + KINDS[3:], weights=[5, 3, 3 if fy in (2024, 2025) else 1])[0])
            sizes = [rng.randint(*SMALL_SIZE[k]) for k in small]
            big = target - sum(sizes)
            n_train = max(1, min(8 - len(small), round(big / TRAINING_TARGET)))
            split = allocate(big, [rng.uniform(0.6, 1.4) for _ in range(n_train)])
            if min(split) < TRAINING_MIN:
                raise RuntimeError(f"FY{fy} {name}: a 訓練 of {min(split)}")
            kinds = small + ["訓練"] * n_train
            sizes += split
            events = sorted(zip(pick_dates(rng, fy, kinds), kinds, sizes))
            for nn, (day, kind, size) in enumerate(events, 1):
                mid = f"J{fy}-{code}-{nn:02d}"
                if kind == "訓練" or rng.random() < 0.3:
                    organiser = rng.choice(associations.get(code) or [d["centre"]])
                else:
                    organiser = d["centre"]
                follow = rng.choice(FOLLOW_UPS[kind]) if rng.random() < 0.7 else ""
                meetings.append([mid, day.isoformat(), name, kind, rng.choice(THEMES[kind]), organiser, follow])
                attendance += people(rng, mid, kind, size)
    meetings.sort(key=lambda m: (m[1], m[0]))
    order = {m[0]: i for i, m in enumerate(meetings)}
    attendance.sort(key=lambda r: (order[r[0]], AGES.index(r[1]), GENDERS.index(r[2]), ORGS.index(r[3])))
    return districts, population, meetings, attendance


def people(rng, mid, kind, size):
    """Attendance rows of one meeting: size people split by age band, then gender, then organisation.

    A sheet records one or two organisations per age band and gender (drawn by ORG_WEIGHTS, so the organisation
    mix is right across meetings), which keeps a 訓練 of a thousand people to about twenty rows."""
    ages = [w * rng.uniform(0.8, 1.2) for w in AGE_WEIGHTS["訓練" if kind == "訓練" else "small"]]
    other = round(size * rng.uniform(0.01, 0.03))  # その他・回答なし
    rows = {}
    for band, n in zip(AGES, allocate(size - other, ages)):
        for gender, c in zip(GENDERS[:2], allocate(n, [w * rng.uniform(0.9, 1.1) for w in GENDER_WEIGHTS[:2]])):
            if c == 0:
                continue
            k = 2 if kind == "訓練" and band in ("60代", "70代") else 1
            orgs = weighted_sample(rng, ORGS, ORG_WEIGHTS[band], k)
            for org, x in zip(orgs, allocate(c, [ORG_WEIGHTS[band][ORGS.index(o)] for o in orgs])):
                if x:
                    rows[band, gender, org] = x
    if other:  # left blank on the sheet: one or two age bands
        bands = weighted_sample(rng, AGES, ages, 1 if other < 10 else 2)
        for band, x in zip(bands, allocate(other, [ages[AGES.index(b)] for b in bands])):
            if x:
                org = weighted_sample(rng, ORGS, ORG_WEIGHTS[band], 1)[0]
                rows[band, GENDERS[2], org] = x
    return [[mid, *cell, c] for cell, c in rows.items()]


def weighted_sample(rng, items, weights, k):
    """k distinct items drawn with probability proportional to weights (zero-weight items never)."""
    pool = [(i, w) for i, w in zip(items, weights) if w > 0]
    out = []
    for _ in range(min(k, len(pool))):
        pick = rng.choices(range(len(pool)), weights=[w for _, w in pool])[0]
        out.append(pool.pop(pick)[0])
    return out


def summarise(districts, population, meetings, attendance):
    """expected.json content from meeting and attendance rows (rows as read from the CSVs or made in memory)."""
    meta = {m[0]: m for m in meetings}
    ward_pop = sum(population[d["name"]] for d in districts)
    out = {"note": "見本（架空）: scripts/make-sample-juku.py が meetings.csv と attendance.csv から数えた正解。"
                   "rate = 参加延べ人数 / 人口（2023年版カルテ）",
           "population_source": "plans/sample-karte.csv 版=2023 人口", "ward_population": ward_pop,
           "kpi": KPI, "fiscal_years": {}}
    for fy in FISCAL_YEARS:
        first, last = fy_window(fy)
        rows = [r for r in attendance if meta[r[0]][0].startswith(f"J{fy}-")]
        fy_meetings = [m for m in meetings if m[0].startswith(f"J{fy}-")]
        per = {}
        for d in districts:
            name = d["name"]
            s = sum(int(r[4]) for r in rows if meta[r[0]][2] == name)
            per[name] = {"code": d["code"], "population": population[name],
                         "meetings": sum(m[2] == name for m in fy_meetings), "attendance": s,
                         "rate": round(s / population[name], 4)}
        total = sum(int(r[4]) for r in rows)

        def by(index, keys):
            return {k: sum(int(r[4]) for r in rows if r[index] == k) for k in keys}

        out["fiscal_years"][str(fy)] = {
            "period": [first.isoformat(), last.isoformat()], "partial": last < date(fy + 1, 3, 31),
            "meetings": len(fy_meetings), "attendance": total, "rate": round(total / ward_pop, 4),
            "by_age_band": by(1, AGES), "by_gender": by(2, GENDERS), "by_organisation": by(3, ORGS),
            "by_kind": {k: sum(int(r[4]) for r in rows if meta[r[0]][3] == k) for k in KINDS},
            "districts": per,
        }
    return out


def read_csv(path, header):
    if not path.read_bytes().startswith(b"\xef\xbb\xbf"):
        raise ValueError(f"{path}: no UTF-8 BOM")
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        got = next(reader)
        if got != header:
            raise ValueError(f"{path}: header {got} != {header}")
        return list(reader)


def write_csv(path, header, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def check(out):
    """Re-reads the files under out and raises ValueError on any violation."""
    districts, associations, population = load_inputs()
    by_name = {d["name"]: d for d in districts}

    def fail(msg):
        raise ValueError(f"make-sample-juku check: {msg}")

    meetings = read_csv(out / "meetings.csv", MEETING_HEADER)
    attendance = read_csv(out / "attendance.csv", ATTENDANCE_HEADER)
    ids = set()
    per = {}
    for mid, day, name, kind, theme, organiser, follow in meetings:
        if mid in ids:
            fail(f"duplicate meeting {mid}")
        ids.add(mid)
        d = by_name.get(name)
        if not d:
            fail(f"{mid}: 地区 {name} not in ward.toml")
        m = re.fullmatch(r"J(\d{4})-([a-z]+)-(\d{2})", mid)
        if not m or m.group(2) != d["code"]:
            fail(f"{mid}: id does not match 地区 {name}")
        fy = int(m.group(1))
        day = date.fromisoformat(day)
        first, last = fy_window(fy)
        if fy not in FISCAL_YEARS or not first <= day <= last or fiscal_year(day) != fy:
            fail(f"{mid}: {day} outside FY{fy} ({first}–{last})")
        if kind not in KINDS:
            fail(f"{mid}: kind {kind}")
        if not theme or len(theme) > 40:
            fail(f"{mid}: theme {theme!r}")
        if organiser != d["centre"] and organiser not in associations.get(d["code"], []):
            fail(f"{mid}: organiser {organiser} is not {name}'s centre or 町会")
        per.setdefault((fy, name), []).append((day, mid))
    for fy in FISCAL_YEARS:
        for name in by_name:
            got = per.get((fy, name), [])
            if not 3 <= len(got) <= 8:
                fail(f"FY{fy} {name}: {len(got)} meetings")
            # numbered in date order
            if [mid for _, mid in sorted(got)] != [f"J{fy}-{by_name[name]['code']}-{i:02d}" for i in range(1, len(got) + 1)]:
                fail(f"FY{fy} {name}: meetings not numbered in date order")

    kinds = {m[0]: m[3] for m in meetings}
    size, rows_of, cells = {}, {}, set()
    for mid, age, gender, org, count in attendance:
        if mid not in ids:
            fail(f"attendance: unknown meeting {mid}")
        if age not in AGES or gender not in GENDERS or org not in ORGS:
            fail(f"attendance {mid}: {age}/{gender}/{org}")
        if (mid, age, gender, org) in cells:
            fail(f"attendance {mid}: cell {age}/{gender}/{org} twice")
        cells.add((mid, age, gender, org))
        if not re.fullmatch(r"[1-9]\d*", count):
            fail(f"attendance {mid}: count {count!r}")
        size[mid] = size.get(mid, 0) + int(count)
        rows_of[mid] = rows_of.get(mid, 0) + 1
    for mid, kind in kinds.items():
        if rows_of.get(mid, 0) < 2:
            fail(f"{mid}: fewer than 2 attendance rows")
        if kind == "訓練" and size[mid] < TRAINING_MIN:
            fail(f"{mid}: 訓練 of {size[mid]}")
        if kind in SMALL_SIZE and not SMALL_SIZE[kind][0] <= size[mid] <= SMALL_SIZE[kind][1]:
            fail(f"{mid}: {kind} of {size[mid]}")

    exp = summarise(districts, population, meetings, attendance)
    got = json.loads((out / "expected.json").read_text(encoding="utf-8"))
    if got != exp:
        fail("expected.json differs from a recount of the CSVs")
    figures = []
    for fy in FISCAL_YEARS:
        e = exp["fiscal_years"][str(fy)]
        rate = e["attendance"] / exp["ward_population"]
        if abs(rate - WARD_RATE[fy]) > 0.003:
            fail(f"FY{fy}: ward rate {rate:.4f} not about {WARD_RATE[fy]}")
        lo, hi = (0.065, 0.225) if fy != 2026 else (0.04, 0.17)
        for name, s in e["districts"].items():
            if not lo <= s["attendance"] / s["population"] <= hi:
                fail(f"FY{fy} {name}: rate {s['attendance'] / s['population']:.3f}")
        ages = sorted(AGES, key=lambda a: -e["by_age_band"][a])
        if set(ages[:2]) != {"60代", "70代"}:
            fail(f"FY{fy}: the largest age bands are {ages[:2]}")
        g = e["by_gender"]
        if not 1.0 < g["女性"] / g["男性"] < 1.25:
            fail(f"FY{fy}: 女性/男性 {g['女性'] / g['男性']:.2f}")
        pta = [r for r in attendance if r[3] == "PTA" and r[0].startswith(f"J{fy}-")]
        young = sum(int(r[4]) for r in pta if r[1] in ("30代", "40代")) / sum(int(r[4]) for r in pta)
        if young < 0.75:
            fail(f"FY{fy}: PTA in 30代–40代 only {young:.2f}")
        figures.append(f"FY{fy} {rate:.1%}")
    return len(meetings), len(attendance), figures


def main():
    rng = random.Random(SEED)
    districts, population, meetings, attendance = make(rng)
    OUT.mkdir(parents=True, exist_ok=True)
    write_csv(OUT / "meetings.csv", MEETING_HEADER, meetings)
    write_csv(OUT / "attendance.csv", ATTENDANCE_HEADER, attendance)
    rows = [[str(x) for x in r] for r in attendance]
    expected = summarise(districts, population, meetings, rows)
    (OUT / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    n_meetings, n_rows, figures = check(OUT)
    print(f"wrote {OUT.relative_to(ROOT)}: {n_meetings} meetings, {n_rows} attendance rows; ward rate "
          + ", ".join(figures), file=sys.stderr)


if __name__ == "__main__":
    main()
