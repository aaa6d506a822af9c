#!/usr/bin/env bash
# Configures and builds hcsim in ./build (Release) or the folder given as $BUILD_DIR.
# Extra CMake arguments pass through, e.g. scripts/build.sh -DHCSIM_SANITIZE=ON
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-Release} "$@" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
