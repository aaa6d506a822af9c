#!/usr/bin/env bash
# An invalid scenario gives exit 2, a FILE:LINE:COL message, and writes nothing.
set -uo pipefail
hcsim=("$@") # the program, possibly behind a launcher (mpirun ... hcsim)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf 'name: broken\nhorizon_years: -1\ngroups: {adult: {}}\nstates: {own_lease: {kind: housed}}\noptions: {do_nothing: {}}\n' > "$dir/bad.yaml"
"${hcsim[@]}" compare "$dir/bad.yaml" --out "$dir/out" 2> "$dir/err"
code=$?
cat "$dir/err"
[[ $code -eq 2 ]] || { echo "expected exit 2, got $code"; exit 1; }
grep -q "bad.yaml:2:16: error: horizon_years: must lie between" "$dir/err" || { echo "message lacks file:line:col"; exit 1; }
[[ ! -e $dir/out ]] || { echo "output written for an invalid scenario"; exit 1; }
