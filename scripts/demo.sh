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

# Per-地区 summary and the printable overview.
"$bosai" --db "$db" summary --date 2026-12-01
"$bosai" --db "$db" report overview "$out/overview.html" --date 2026-12-01
echo "printable overview (A4): $out/overview.html"
