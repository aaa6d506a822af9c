#!/usr/bin/env bash
# "Pröva själv" end to end, for two seed cases: write the report (compare --report), write
# compare's figures with a --set at R replications and seed S, then in headless Chromium
# (whatif_e2e.mjs) move a slider, and check window.hcsimWhatIf.run with the same set,
# replications and seed gives those figures. Prints how long R replications of every option
# took in the browser (docs/whatif.md quotes it).
set -euo pipefail
hcsim=$1 source_dir=$2 out=$3 node=$4
replications=100 seed=7
rm -rf "$out"
mkdir -p "$out"
check() { # seed-case field value
  local case=$1 field=$2 value=$3
  "$hcsim" compare "$source_dir/scenarios/$case.yaml" --replications 20 --draws 0 \
    --out "$out/$case" --report >/dev/null
  "$hcsim" compare "$source_dir/scenarios/$case.yaml" --replications $replications --seed $seed \
    --draws 0 --set "$field=$value" --out "$out/$case-set" >/dev/null
  grep -q '<section id="whatif">' "$out/$case/report.html" ||
    { echo "FAIL: $case: no what-if section"; exit 1; }
  "$node" "$source_dir/tests/report/whatif_e2e.mjs" "$out/$case/report.html" \
    "$out/$case-set/summary.csv" "{\"$field\": $value}" $replications $seed \
    "$out/whatif-$case.png" "$source_dir/web"
}
check norrmalm-2018-bolots options.bolots_project_year.staff.bolots.fte 2
check hasselby-vallingby-2008-team states.shelter.cost_per_day 1500
echo "screenshots: $out/whatif-*.png"
