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
for f in psa_summary psa_draws acceptability evpi tornado global_sensitivity break_even; do
  cmp "$dir/one/$f.csv" "$dir/two/$f.csv" || fail "$f.csv differs between 1 and 2 threads"
done
grep -q "Probability that it saves money" "$dir/one.txt" || fail "no plain-words summary"
head -1 "$dir/one/acceptability.csv" | grep -q "^value_per_eviction_prevented_tkr,option," || fail "acceptability header"
[[ $(grep -c ',bolots_project_year,' "$dir/one/acceptability.csv") -eq 101 ]] || fail "acceptability: 101 values expected"

"$hcsim" sweep "$source_dir/scenarios/hasselby-vallingby-2008-team.yaml" --role socionom --fte 0:2:1 \
  --option five_person_team -r 3 --out "$dir/sweep" > /dev/null || fail "sweep"
head -1 "$dir/sweep/sweep.csv" | grep -q "^option,socionom_fte,delta_cost_tkr,.*,on_frontier,marginal_cost_tkr_socionom,marginal_cost_per_eviction_prevented_tkr_socionom$" || fail "sweep header"
[[ $(wc -l < "$dir/sweep/sweep.csv") -eq 4 ]] || fail "sweep: 3 points expected"

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
