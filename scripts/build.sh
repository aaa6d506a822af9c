#!/usr/bin/env bash
# Configures and builds hcsim in ./build (Release) or the folder given as $BUILD_DIR.
# Extra CMake arguments pass through, e.g. scripts/build.sh -DHCSIM_SANITIZE=ON; $BUILD_TARGET
# builds that target only (CI's fuzz stage needs the fuzzer, not the whole program).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-Release} "$@" >/dev/null
cmake --build "$build_dir" -j"$(nproc)" ${BUILD_TARGET:+--target "$BUILD_TARGET"}
