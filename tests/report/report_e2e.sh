#!/usr/bin/env bash
# End to end: compare a seed case with --report, then (1) open report.html in headless
# Chromium with the network refused (report_e2e.mjs: no console error, every chart drawn,
# screenshot OUT/report.png), (2) read results.xlsx back and check it against summary.csv,
# (3) write the English report with `hcsim report --lang en` and render it too.
set -euo pipefail
hcsim=$1 source_dir=$2 out=$3 node=$4 python=$5
rm -rf "$out" "$out-psa" "$out-sweep"
mkdir -p "$(dirname "$out")"
# The committed psa and sweep results of the same scenario sit beside the folder, so the
# browser also draws the decision charts (tornado, acceptability, draws, frontier).
cp -r "$source_dir/results/norrmalm-2018-bolots-psa" "$out-psa"
cp -r "$source_dir/results/norrmalm-2018-bolots-sweep" "$out-sweep"
"$hcsim" compare "$source_dir/scenarios/norrmalm-2018-bolots.yaml" --replications 20 \
  --threads 2 --out "$out" --report >/dev/null
for file in report.html results.xlsx assumptions.csv budget.csv validation.csv; do
  [[ -s $out/$file ]] || { echo "FAIL: $out/$file missing"; exit 1; }
done
grep -q '<html lang="sv">' "$out/report.html" || { echo "FAIL: not Swedish"; exit 1; }
grep -q "<section id=\"validation\">" "$out/report.html" || { echo "FAIL: no validation section"; exit 1; }
grep -q 'data-chart="tornado-bolots_project_year"' "$out/report.html" || { echo "FAIL: no tornado"; exit 1; }
"$node" "$source_dir/tests/report/report_e2e.mjs" "$out/report.html" "$out/report.png" \
  "$source_dir/web"
"$python" "$source_dir/tests/report/check_workbook.py" "$out"
mkdir -p "$out-en"
cp "$out"/*.csv "$out"/manifest.json "$out-en/"
"$hcsim" report "$out-en" --lang en >/dev/null
grep -q '<html lang="en">' "$out-en/report.html" || { echo "FAIL: not English"; exit 1; }
"$node" "$source_dir/tests/report/report_e2e.mjs" "$out-en/report.html" "$out/report-en.png" \
  "$source_dir/web"
# A folder that is not a compare output: exit 2, nothing written.
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
set +e
"$hcsim" report "$empty" 2>/dev/null
code=$?
set -e
[[ $code -eq 2 ]] || { echo "FAIL: report on an empty folder exited $code, not 2"; exit 1; }
[[ -z $(ls -A "$empty") ]] || { echo "FAIL: files written into an empty folder"; exit 1; }
echo "screenshots: $out/report.png $out/report-en.png"
