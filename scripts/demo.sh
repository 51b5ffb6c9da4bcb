#!/usr/bin/env bash
# The main job on the shipped sample district: `make demo` runs this after building.
# Usage: scripts/demo.sh BOSAI_BINARY OUT_DIR. One step after another; later steps (roads, supply) append here.
set -euo pipefail
bosai="$1"
out="$2"
here="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out"
db="$out/bosai.db"
"$bosai" version

# A fresh database with the sample ward and its (synthetic) 地区 boundaries, so shelters fall in their 地区.
"$bosai" --db "$db" init --fresh --ward "$here/plans/ward.toml" \
  --boundaries "$here/plans/sample-district-boundaries.geojson"

# The sample shelters (GSI CSV layout, synthetic), then the committees' capacity figures.
"$bosai" --db "$db" -q shelters import "$here/plans/sample-shelters.csv" | tail -n 1
"$bosai" --db "$db" -q shelters import "$here/plans/sample-capacities.csv" | tail -n 1
# The 防災カルテ of every 地区 (synthetic figures; docs/karte.md): shelters and 要支援者 are added live when shown.
"$bosai" --db "$db" -q karte import "$here/plans/sample-karte.csv"

# 地区防災計画: the three sample plans (見本（架空）), then 池尻's revised in 防災塾 (one sentence, one checklist
# item) as 第2版, its 新旧対照 for the 地区区民防災会議, the approval recorded, and the reviews overdue.
for plan in "$here"/plans/district-plans/*.md; do "$bosai" --db "$db" -q plan import "$plan"; done
sed -e 's/古い木造住宅が残る路地が多く、/古い木造住宅と狭い路地が多く、/' \
    -e 's/町会ごとに要配慮者の見守り担当を決める/班ごとに要配慮者の見守り担当を決める/' \
    "$here/plans/district-plans/ikejiri.md" >"$out/ikejiri-revised.md"
"$bosai" --db "$db" -q plan import "$out/ikejiri-revised.md"
"$bosai" --db "$db" -q plan diff 池尻 1 2 --html "$out/district-plan-diff.html" --pdf "$out/district-plan-diff.pdf"
"$bosai" --db "$db" -q --role centre_staff plan approve 池尻 2 --by 池尻地区区民防災会議 --date 2026-03-20
"$bosai" --db "$db" -q plan history 池尻 | cut -f 1-4
"$bosai" --db "$db" -q plan overdue --today 2026-12-01
echo "district plan diff (A4): $out/district-plan-diff.html and .pdf"
# The approved plan as the 会議 gets it: A4 text with the karte figures it cites, the karte page, the A3 map.
"$bosai" --db "$db" -q plan show 池尻 --pdf "$out/district-plan-ikejiri.pdf" --html "$out/district-plan-ikejiri.html" \
  --roads "$here/maps/sample-roads.geojson" --today 2026-12-01
echo "district plan (A4 + A3 map): $out/district-plan-ikejiri.pdf"

# 避難所運営マニュアル: a committee's own draft from the model (placeholders filled for 池尻西小学校), then the
# shipped 池尻東小学校 sample with one step of a card edited as 第2版, approved by its 避難所運営委員会 and printed:
# the 16 first-action cards on A6 (one 担当 and 時期 a card) and the checklists on A4.
"$bosai" --db "$db" -q manual new 池尻西小学校 "$out/manual-ikejiri-nishi-draft.md"
"$bosai" --db "$db" -q manual import "$here/plans/manuals/ikejiri-higashi.md"
sed -e 's/^3\. 集まった委員の名前と担当を記録する$/3. 集まった委員の名前と担当を記録し、本部の机に貼る/' \
    "$here/plans/manuals/ikejiri-higashi.md" >"$out/ikejiri-higashi-revised.md"
"$bosai" --db "$db" -q manual import "$out/ikejiri-higashi-revised.md"
"$bosai" --db "$db" -q manual diff 池尻東小学校 1 2
"$bosai" --db "$db" -q --role committee manual approve 池尻東小学校 2 --by 池尻東小学校避難所運営委員会 --date 2026-05-01
"$bosai" --db "$db" -q manual cards 池尻東小学校 "$out/action-cards-a6.pdf" --size a6
"$bosai" --db "$db" -q manual checklists 池尻東小学校 "$out/manual-checklists.pdf"
"$bosai" --db "$db" -q manual show 池尻東小学校 --pdf "$out/manual-ikejiri-higashi.pdf"
# The shipped drill scenarios (docs/drills.md), checked against this store: the versions they pin exist now.
for scenario in earthquake-winter-evening storm-staged-forecast shelter-opening; do
  "$bosai" --db "$db" drill check "$here/drills/$scenario.toml" | head -n 4
done
# The winter-evening earthquake drill: fires close roads, 池尻南小学校 is damaged, and the assignment and the
# supply routes are solved again after each. The room answers the first injects, misses the damaged school's
# deadline (its contingency goes out), then sends people on; the rest runs to the end with --auto.
drill="$out/drill-earthquake.txt"
"$bosai" --db "$db" -q drill run "$here/drills/earthquake-winter-evening.toml" >"$drill"
"$bosai" --db "$db" -q drill step 1 --to 0:35 >>"$drill"
"$bosai" --db "$db" -q drill decide 1 power-higashi "投光器と発電機を出し、外から被害確認を始める" --by 総務・情報班
"$bosai" --db "$db" -q drill decide 1 fire-ikejiri2 "通行止めを地図に書き、東小・西小への経路を町会に伝え直す" --by 本部
"$bosai" --db "$db" -q drill step 1 --to 1:05 >>"$drill"
"$bosai" --db "$db" -q drill decide 1 minami-damaged "南小の校庭の避難者を東小へ案内する" --by 本部 \
  --send 80 --from 池尻南小学校 --to 池尻東小学校 >>"$drill"
"$bosai" --db "$db" -q drill resume 1 --auto >>"$drill"
# The hot wash: evaluators' findings and ratings per objective, after the drill.
observe() { "$bosai" --db "$db" -q drill observe 1 "$@"; }
observe open-higashi "外側の点検を終える前に体育館へ入った委員がいた" --by 評価者A --as improvement --rating M
observe open-higashi "停電を時系列の記録に書き、投光器を10分で立てた" --by 評価者A --as strength
observe safe-routes "延焼の通行止めを地図に書き込み、経路の変更を町会へ伝えた" --by 評価者B --as strength --rating S
observe redirect-minami "南小の体育館の使用不可を決めるまでに時間がかかった" --by 評価者B --as improvement --rating M
observe care-first "要配慮者を多目的室へ、ペット連れを自転車置き場へ案内できた" --by 評価者A --rating P
"$bosai" --db "$db" -q drill status 1 --controller >"$out/drill-earthquake-status.txt"
grep -c '再計算' "$drill" | sed 's/^/drill re-plans: /'
# The improvement plan: a finding turned into a corrective action, with the revision draft of its checklist.
"$bosai" --db "$db" -q drill actions add 1 --objective open-higashi --ref manual:池尻東小学校#checklist-damage \
  --finding "外側の点検を終える前に体育館へ入った" --action "委員全員で施設被害状況チェックリストの外側点検を練習する" \
  --owner "池尻東小学校避難所運営委員会 総務・情報" --due 2027-03-31 --draft "$out/manual-revision-draft.md"
"$bosai" --db "$db" -q drill report 1 --pdf "$out/drill-report.pdf" --html "$out/drill-report.html"
# The shelter-opening drill exercises the checklist again and it goes well: the action is closed by drill 2.
"$bosai" --db "$db" -q drill run "$here/drills/shelter-opening.toml" --auto >"$out/drill-opening.txt"
"$bosai" --db "$db" -q drill observe 2 damage-first "外側から順に点検し、入る前に判断した" --by 評価者A --as strength --rating P
"$bosai" --db "$db" -q drill report 2 --pdf "$out/drill-report-opening.pdf"
"$bosai" --db "$db" -q drill actions
echo "after-action report (A4): $out/drill-report.pdf, improvement plan: bosai drill actions"
echo "manual (A4): $out/manual-ikejiri-higashi.pdf, first-action cards (A6): $out/action-cards-a6.pdf, checklists (A4): $out/manual-checklists.pdf"

# Per-地区 summary and the printable overview.
"$bosai" --db "$db" summary --date 2026-12-01
"$bosai" --db "$db" report overview "$out/overview.html" --date 2026-12-01
"$bosai" --db "$db" -q report overview "$out/overview.pdf" --date 2026-12-01

# The A3 map of every 地区 (DIG style: shelters by shape, roads by class, numbered list with addresses).
"$bosai" --db "$db" -q map districts "$out/district-maps.pdf" --date 2026-12-01 --roads "$here/maps/sample-roads.geojson"

# The synthetic register of people needing support, encrypted under a passphrase (a demo one unless you set
# BOSAI_PASSPHRASE), its per-地区 progress as any role may see it, and the audit log's integrity.
export BOSAI_PASSPHRASE="${BOSAI_PASSPHRASE:-demo passphrase - never use it for real data}"
"$bosai" --db "$db" -q --role ward_staff people setup
"$bosai" --db "$db" -q --role ward_staff people import "$here/plans/sample-people.csv" | tail -n 1
"$bosai" --db "$db" --role facilitator people progress >"$out/progress.tsv"
# The karte of one 地区 and the table across 地区, now with the register's counts (counts only: any role).
"$bosai" --db "$db" --role facilitator karte show 二子玉川 >"$out/karte-futakotamagawa.tsv"
"$bosai" --db "$db" --role facilitator karte compare >"$out/karte-compare.tsv"
head -n 6 "$out/progress.tsv"
"$bosai" --db "$db" --role ward_staff audit verify

# 安否確認標識掲出訓練: last year's and this year's OK/SOS sign tally in 池尻・太子堂 (docs/community-drills.md): the
# leaders' form, their counts typed in, the rates against last year, the results with a map, and the blocks with
# an SOS or no sign near registered people (pseudonyms only for a facilitator).
tally=$("$bosai" --db "$db" -q tally new "$here/drills/tally/tally-2025.toml")
"$bosai" --db "$db" -q tally import "$tally" "$here/drills/tally/counts-2025.csv" --by 本部
tally=$("$bosai" --db "$db" -q tally new "$here/drills/tally/tally-2026.toml")
"$bosai" --db "$db" -q tally form "$tally" --pdf "$out/tally-form.pdf" >/dev/null
"$bosai" --db "$db" -q tally import "$tally" "$here/drills/tally/counts-2026.csv" --by 本部
"$bosai" --db "$db" tally show "$tally" | head -n 8
"$bosai" --db "$db" -q tally report "$tally" --pdf "$out/tally-results.pdf" --roads "$here/maps/sample-roads.geojson" >/dev/null
"$bosai" --db "$db" --role facilitator tally flags "$tally" >"$out/tally-flags.txt"
tail -n 1 "$out/tally-flags.txt"
echo "sign tally (A4): form $out/tally-form.pdf, results with map $out/tally-results.pdf"

# The sample road network, as each routing profile sees it.
for profile in walk wheelchair vehicle; do
  "$bosai" -q roads stats "$here/maps/sample-roads.geojson" --profile "$profile" | grep -E '^(profile|nodes|edges|dropped)'
done

# Where everyone would walk: residents at every junction to the registry's shelters, optimal (min-cost flow) on
# walking distances; people needing care only to 福祉避難所. The map layer shows every trip.
"$bosai" --db "$db" -q assign --units "$here/maps/sample-population.csv" --roads "$here/maps/sample-roads.geojson" \
  --geojson "$out/assignment.geojson" 2>/dev/null >"$out/assignment.txt"
head -n 2 "$out/assignment.txt"
echo "assignment map layer: $out/assignment.geojson"

# One synthetic person's storm plan (車いす), routed by the road network to the nearest 福祉避難所 on the
# wheelchair profile, and the A4 plan sheet for the person and supporters.
"$bosai" --db "$db" -q --role ward_staff plans set 1 "$here/plans/examples/plan-storm.toml"
"$bosai" --db "$db" -q --role ward_staff plans route 1 --hazard storm --roads "$here/maps/sample-roads.geojson" \
  --shelter X1311290134121
"$bosai" --db "$db" -q --role ward_staff people sheet 1 "$out/plan-sheet.html"
"$bosai" --db "$db" -q --role ward_staff people sheet 1 "$out/plan-sheet.pdf" --roads "$here/maps/sample-roads.geojson"
echo "plan sheet (A4): $out/plan-sheet.html, searchable PDF with the route map: $out/plan-sheet.pdf"

# The register list a 町会's 名簿管理責任者 keeps (consenting people only), A4 landscape.
"$bosai" --db "$db" -q --role ward_staff people roster --association 二子玉川東町会 "$out/roster.pdf"

# Day-3 relief-supply transport: route sheets per driver, a map layer and the plan a drill re-plans from.
"$bosai" -q supply plan "$here/drills/sample-supply.toml" --out "$out/supply" --time-limit 5
echo "route sheets (A4): $out/supply/route-sheets.html and .pdf   map: $out/supply/routes.geojson"
