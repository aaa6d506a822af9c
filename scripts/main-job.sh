#!/usr/bin/env bash
# README command 1: install, build, and run the main job: every seed case compared against
# doing nothing. Writes results/<scenario>/ (summary.csv and differences.csv are committed),
# with report.html and results.xlsx (in Swedish) for each.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
for scenario in norrmalm-2018-bolots hagersten-liljeholmen-2017 coordinators-2017 \
                hasselby-vallingby-2008-team norrmalm-2010-chain; do
  ./build/hcsim compare "scenarios/$scenario.yaml" --out "results/$scenario" --report
  echo
done
