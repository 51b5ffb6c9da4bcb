#!/usr/bin/env bash
# The main job on the shipped sample district: `make demo` runs this after building.
set -euo pipefail
bosai="$1"
out="$2"
mkdir -p "$out"
"$bosai" version
