#!/usr/bin/env bash
# hcsim psa and sweep from the command line: the same files byte for byte whatever the thread
# count, the documented columns, and exit 2 with nothing written on bad input.
set -uo pipefail
hcsim=$1 source_dir=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
scenario=$source_dir/scenarios/norrmalm-2018-bolots.yaml
small=(--draws 6 --replications 4 --tornado-replications 3)
"$hcsim" psa "$scenario" "${small[@]}" --threads 1 --out "$dir/one" > "$dir/one.txt" || fail "psa -j1"
"$hcsim" psa "$scenario" "${small[@]}" --threads 2 --out "$dir/two" > /dev/null || fail "psa -j2"
for f in psa_summary psa_draws acceptability evpi evppi tornado global_sensitivity break_even psa_break_even_years; do
  cmp "$dir/one/$f.csv" "$dir/two/$f.csv" || fail "$f.csv differs between 1 and 2 threads"
done
grep -q "Probability that it saves money" "$dir/one.txt" || fail "no plain-words summary"
head -1 "$dir/one/acceptability.csv" | grep -q "^value_per_eviction_prevented_tkr,option," || fail "acceptability header"
[[ $(grep -c ',bolots_project_year,' "$dir/one/acceptability.csv") -eq 101 ]] || fail "acceptability: 101 values expected"

"$hcsim" sweep "$source_dir/scenarios/hasselby-vallingby-2008-team.yaml" --role socionom --fte 0:2:1 \
  --option five_person_team -r 3 --out "$dir/sweep" > /dev/null || fail "sweep"
head -1 "$dir/sweep/sweep.csv" | grep -q "^option,socionom_fte,delta_cost_tkr,.*,on_frontier,frontier_ratio_tkr_per_eviction_prevented,marginal_cost_tkr_socionom,marginal_cost_per_eviction_prevented_tkr_socionom$" || fail "sweep header"
# No negative ratio: the frontier and marginal ratios are given only where cost and effect rise.
awk -F, 'NR > 1 && (($(NF-2) != "" && $(NF-2) < 0) || ($NF != "" && $NF < 0)) { bad = 1 } END { exit bad }' "$dir/sweep/sweep.csv" || fail "sweep: a negative ratio"
[[ $(wc -l < "$dir/sweep/sweep.csv") -eq 4 ]] || fail "sweep: 3 points expected"

"$hcsim" sweep "$scenario" --option bolots_project_year --role bolots --fte 0:1:1 \
  --role bosamordnare --fte 0:0.5:0.5 -r 2 --out "$dir/sweep2" > /dev/null || fail "two-role sweep"
head -1 "$dir/sweep2/sweep.csv" | grep -q "^option,bolots_fte,bosamordnare_fte," || fail "two-role header"
[[ $(wc -l < "$dir/sweep2/sweep.csv") -eq 5 ]] || fail "two-role sweep: 2 x 2 points expected"

# The report draws them when they sit next to the compare folder (<folder>-psa, -sweep).
"$hcsim" compare "$scenario" -r 3 --out "$dir/case" > /dev/null || fail "compare"
cp -r "$dir/one" "$dir/case-psa" && cp -r "$dir/sweep2" "$dir/case-sweep"
"$hcsim" report "$dir/case" > /dev/null || fail "report"
for chart in tornado-bolots_project_year acceptability psa-scatter frontier; do
  grep -q "data-chart=\"$chart\"" "$dir/case/report.html" || fail "report lacks chart $chart"
done
grep -q "sannolikheten att alternativet sparar pengar för samhället" "$dir/case/report.html" || fail "no Swedish summary"
# The workbook has a sheet for each: in Swedish by Swedish names, in English by the files' names.
has_sheets() { # WORKBOOK NAME...
  python3 -c "import sys, zipfile; book = zipfile.ZipFile(sys.argv[1]).read('xl/workbook.xml').decode(); sys.exit(0 if all('name=\"' + n + '\"' in book for n in sys.argv[2:]) else 1)" "$@"
}
has_sheets "$dir/case/results.xlsx" "Osäkerhet, sammanfattning" "Känslighet, ett i taget" \
  "Kostnadseffektivitetskurva" "Bemanning" || fail "Swedish workbook lacks the decision sheets"
"$hcsim" report "$dir/case" --lang en > /dev/null || fail "report --lang en"
has_sheets "$dir/case/results.xlsx" psa_summary tornado acceptability sweep ||
  fail "English workbook lacks the decision sheets"
grep -q "<h2>Uncertainty and staffing</h2>" "$dir/case/report.html" || fail "no English section"

"$hcsim" sweep "$scenario" --role nobody --fte 0:1:1 --out "$dir/bad" 2> "$dir/err"
[[ $? -eq 2 ]] || fail "unknown role: exit 2 expected"
grep -q "staff.nobody.fte" "$dir/err" || fail "unknown role not named"
"$hcsim" sweep "$scenario" --role bolots --fte 0:x:1 --out "$dir/bad" 2> /dev/null
[[ $? -eq 2 ]] || fail "bad grid: exit 2 expected"
"$hcsim" sweep "$scenario" --role bolots --fte -1:0:1 --out "$dir/bad" 2> "$dir/err"
[[ $? -eq 2 ]] || fail "FTE out of range: exit 2 expected"
grep -q "staff.bolots.fte" "$dir/err" || fail "out-of-range field not named"
[[ ! -e $dir/bad ]] || fail "output written for bad input"
echo "psa and sweep: reproducible across threads, bad input rejected"
