#!/usr/bin/env bash
# Installs the Debian 12 packages bosai needs, only those missing, so `make demo` works on a fresh machine
# and stays quiet (and fast) when everything is already there.
set -euo pipefail
packages=(
  cmake g++ make pkg-config
  libsqlite3-dev sqlite3
  libboost-graph-dev
  libgdal-dev gdal-bin
  liblemon-dev
  libsodium-dev
  nlohmann-json3-dev libcli11-dev libtomlplusplus-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  qt6-base-dev qt6-svg-dev libgl-dev fonts-noto-cjk poppler-utils
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing missing Debian packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
