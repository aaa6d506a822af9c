#!/usr/bin/env bash
# The event budget (`--limit events=N`) is bad input for every command that simulates: exit
# 2, the message says which limit to raise, and nothing is written. So is memory running out.
# Usage: cli_event_budget.sh SOURCE_DIR COMMAND... (COMMAND: hcsim, possibly behind mpirun)
# With MPI_ONLY_COMPARE=1 only compare runs (the mpirun test).
set -uo pipefail
source_dir=$1
shift
hcsim=("$@")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
scenario=$source_dir/scenarios/norrmalm-2018-bolots.yaml
calibration=$source_dir/scenarios/calibration
failed=0
check() {
  local name=$1 written=$2
  shift 2
  "${hcsim[@]}" "$@" --limit events=10 >"$dir/out" 2>"$dir/err"
  local code=$?
  if [[ $code -ne 2 ]]; then
    echo "FAIL $name: exit $code, expected 2"; sed 's/^/    /' "$dir/err" | head -5; failed=1; return
  fi
  if ! grep -q "raise it with --limit events" "$dir/err"; then
    echo "FAIL $name: the message does not name the limit"; sed 's/^/    /' "$dir/err" | head -5; failed=1; return
  fi
  if [[ -e $written ]]; then
    echo "FAIL $name: $written was written"; failed=1; return
  fi
  echo "ok   $name"
}
check compare "$dir/compare" compare "$scenario" -r 2 -j 1 --out "$dir/compare"
if [[ ${MPI_ONLY_COMPARE:-0} != 1 ]]; then
  check run "$dir/run" run "$scenario" -r 2 -j 1 --out "$dir/run"
  check psa "$dir/psa" psa "$scenario" --draws 2 --replications 2 --tornado-replications 2 -j 1 --out "$dir/psa"
  check sweep "$dir/sweep" sweep "$scenario" --option bolots_project_year --role bolots --fte 0:1:1 -r 2 -j 1 --out "$dir/sweep"
  check calibrate "$dir/calibrated.yaml" calibrate "$calibration/norrmalm-2016.yaml" \
    -r 2 -j 1 --out "$dir/calibrated.yaml"
fi

# Memory: a million arrivals a year for nine years in 200 MB of address space (not under
# AddressSanitizer, which needs far more). The limits are raised to their ceilings
# (docs/reliability.md): 9×10^6 households fit the households ceiling of 10^7.
if [[ ${MPI_ONLY_COMPARE:-0} != 1 && $(ldd "${hcsim[0]}" 2>/dev/null) != *libasan* ]]; then
  (ulimit -v 200000 && exec "${hcsim[@]}" compare "$scenario" -r 1 -j 1 --limit households=1e7 \
    --limit events=1e10 --set 'arrivals[0].per_year.adult=1000000' --set horizon_years=9 \
    --out "$dir/memory") >/dev/null 2>"$dir/err"
  code=$?
  if [[ $code -ne 2 ]] || ! grep -q "memory ran out; lower --replications, or the limits households or events" "$dir/err" || [[ -e $dir/memory ]]; then
    echo "FAIL out of memory: exit $code"; sed 's/^/    /' "$dir/err" | head -5; failed=1
  else
    echo "ok   out of memory"
  fi
fi
exit $failed
