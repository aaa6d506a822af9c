#!/usr/bin/env bash
# Installs the Debian 12 packages hcsim builds and tests with. Idempotent; needs root.
set -euo pipefail
packages=(
  build-essential
  cmake
  pkg-config
  libyaml-cpp-dev
  libeigen3-dev
  libboost-dev
  libboost-random-dev
  libboost-math-dev
  libgtest-dev
  libcli11-dev
  nlohmann-json3-dev
  librandom123-dev
  libssl-dev
  libxlsxwriter-dev
  chromium
  fonts-dejavu-core
  python3-openpyxl
  poppler-utils
  python3-yaml
  python3-simpy3
  libopenmpi-dev
  openmpi-bin
  clang-14
  libclang-rt-14-dev
  emscripten
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The report's charting library and its browser-test driver, pinned in web/package-lock.json.
# Debian's Node.js and npm when the machine has no node of its own.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm
fi
web="$(cd "$(dirname "$0")/../web" && pwd)"
if ! cmp -s "$web/package-lock.json" "$web/node_modules/.hcsim-installed-lock" 2>/dev/null; then
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error &&
   cp package-lock.json node_modules/.hcsim-installed-lock)
fi
