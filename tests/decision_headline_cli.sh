#!/usr/bin/env bash
# What a decision rests on, end to end: psa refuses a scenario with nothing uncertain, validate
# warns on a staff effect without a distribution, compare --report leads with the assumptions'
# uncertainty (or says why it cannot), writes incremental.csv for the district and the city, and
# no ratio it prints is negative; no report says "säkerställd".
set -uo pipefail
hcsim=$1 source_dir=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
certain=$source_dir/scenarios/hagersten-liljeholmen-2017.yaml
uncertain=$source_dir/scenarios/hasselby-vallingby-2008-team.yaml

# (The seed scenarios without distributions get them in issue 15; the checks on a certain
# scenario then use a minimal one written here.)
if grep -q "dist:" "$certain"; then
  certain=$dir/certain.yaml
  sed -E '/dist:/d' "$source_dir/scenarios/coordinators-2017.yaml" > "$certain"
fi
"$hcsim" psa "$certain" --draws 4 -r 2 --out "$dir/psa-certain" > /dev/null 2> "$dir/err"
code=$?
if ! grep -q "dist:" "$certain" && "$hcsim" validate "$certain" > /dev/null 2>&1; then
  [[ $code -eq 2 ]] || fail "psa on a scenario with nothing uncertain: exit 2 expected, got $code"
  grep -q "no parameter has a distribution" "$dir/err" || fail "psa: no clear message"
  [[ ! -e $dir/psa-certain ]] || fail "psa wrote output for a certain scenario"
  "$hcsim" validate "$certain" > /dev/null 2> "$dir/warn" || fail "validate: exit 0 expected"
  grep -q ": warning: options\..*effects\[0\]\.relative_risk: a staff effect without a distribution" \
    "$dir/warn" || fail "validate: no warning line for an effect without a distribution"
fi
"$hcsim" validate "$uncertain" > /dev/null 2> "$dir/warn2" || fail "validate uncertain"

# A scenario with distributions: the headline from its own quick PSA.
"$hcsim" compare "$uncertain" -r 4 --draws 8 --psa-replications 3 --report --out "$dir/hv" \
  > "$dir/hv.txt" || fail "compare --report"
for f in incremental funder cost_breakdown break_even_years effects psa_summary psa_draws \
         acceptability evpi evppi break_even psa_break_even_years psa_status; do
  [[ -s $dir/hv/$f.csv ]] || fail "compare --report: no $f.csv"
done
grep -q "^ran,8,3," "$dir/hv/psa_status.csv" || fail "psa_status: ran with 8 draws x 3"
head -1 "$dir/hv/incremental.csv" | grep -q "^perspective,option,status,delta_cost_tkr,.*,delta_evictions,.*ratio_tkr_per_eviction_prevented," \
  || fail "incremental.csv header"
for p in district city society; do
  for o in do_nothing five_person_team budgeted_team; do
    grep -q "^$p,$o,\(baseline\|dominant\|cost_saving\|trade_off\|dominated\|extendedly_dominated\|no_effect\)," \
      "$dir/hv/incremental.csv" || fail "incremental.csv: no $p row for $o"
  done
done
python3 - "$dir/hv" <<'PY' || fail "a negative ratio in the compare folder"
import csv, sys
folder = sys.argv[1]
for name, columns in (("incremental.csv", ["ratio_tkr_per_eviction_prevented", "ratio_ci_low"]),
                      ("funder.csv", ["funds_per_eviction_prevented_tkr", "ci_low"])):
    for row in csv.DictReader(open(f"{folder}/{name}")):
        for c in columns:
            if row[c] and float(row[c]) < 0:
                sys.exit(f"{name}: {c} = {row[c]}")
for row in csv.DictReader(open(f"{folder}/differences.csv")):
    if "per_eviction" in row["metric"] or "per_household" in row["metric"]:
        sys.exit(f"differences.csv still has the ratio {row['metric']}")
PY
grep -q "What the decision rests on" "$dir/hv.txt" || fail "console: no decision headline"
grep -q "Probability that it saves money: city (district + central reserve)" "$dir/hv.txt" \
  || fail "console: the probability does not name its perspective"
grep -q "Cost-effectiveness by perspective" "$dir/hv.txt" || fail "console: no perspectives"
! grep -qi "säkerställd" "$dir/hv/report.html" || fail "report says säkerställd"
grep -q "att staden sparar pengar" "$dir/hv/report.html" || fail "report summary: no probability"
grep -q "5:e–95:e percentilen" "$dir/hv/report.html" || fail "report summary: no range"
grep -q "hälften så stor" "$dir/hv/report.html" || fail "report summary: no sceptical reading"
grep -q "8 dragningar" "$dir/hv/report.html" || fail "report: the PSA's size is not stated"
grep -q "data-chart=\"breakdown-five_person_team\"" "$dir/hv/report.html" || fail "no cost breakdown chart"
grep -q "data-chart=\"acceptability\"" "$dir/hv/report.html" || fail "no acceptability curve"

# A share of simulations that is not zero never reads "0 %" (seed 004's team: 1 family-free run
# in 200 is "0,5 %"): whole percents only where they do not hide a rare outcome.
"$hcsim" compare "$source_dir/scenarios/norrmalm-2010-chain.yaml" --draws 2 --psa-replications 2 \
  --report --out "$dir/n2010" > /dev/null || fail "compare --report norrmalm-2010-chain"
python3 - "$dir/n2010" <<'PY' || fail "the share of simulations without a family evicted is misstated"
import csv, re, sys
folder = sys.argv[1]
html = open(folder + "/report.html", encoding="utf-8").read()
said = re.findall(r"ingen barnfamilj vräks i ([0-9,]+)\u00a0% av simuleringarna", html)
assert said, "no sentence on families in the summary"
shares = [float(r["mean"]) for r in csv.DictReader(open(folder + "/summary.csv"))
          if r["metric"] == "no_evictions_with_children" and r["option"] != "do_nothing"]
for shown, share in zip(said, shares):
    value = float(shown.replace(",", ".")) / 100
    assert abs(value - share) <= 0.005 + 1e-9, (shown, share)
    assert not (share > 0 and value == 0), (shown, share)
PY

# Nothing uncertain: compare --report still succeeds and says so.
if ! grep -q "dist:" "$source_dir/scenarios/coordinators-2017.yaml"; then
  "$hcsim" compare "$source_dir/scenarios/coordinators-2017.yaml" -r 3 --report --out "$dir/co" \
    > /dev/null || fail "compare --report on a certain scenario"
  grep -q "^nothing_uncertain," "$dir/co/psa_status.csv" || fail "psa_status: nothing_uncertain"
  grep -q "Inga antaganden i scenariot har en fördelning" "$dir/co/report.html" \
    || fail "report does not say that nothing is uncertain"
  ! grep -qi "säkerställd" "$dir/co/report.html" || fail "report says säkerställd"
fi
# --draws 0 leaves it out, and the report says so.
"$hcsim" compare "$uncertain" -r 3 --draws 0 --report --out "$dir/none" > /dev/null \
  || fail "compare --draws 0"
grep -q "^not_requested," "$dir/none/psa_status.csv" || fail "psa_status: not_requested"
[[ ! -e $dir/none/psa_summary.csv ]] || fail "--draws 0 still ran the PSA"
grep -q "har inte beräknats för den här rapporten" "$dir/none/report.html" \
  || fail "report does not say the uncertainty was left out"
echo "decision headline: psa refuses certainty, perspectives, no negative ratio, no säkerställd"
