#!/usr/bin/env bash
# README command 1: install, build, and run the main job on a real seed scenario.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
./build/hcsim demo
