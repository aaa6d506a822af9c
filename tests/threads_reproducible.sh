#!/usr/bin/env bash
# The same seed gives byte-identical outputs whatever --threads (1, 2, 8) and on a second run:
# every CSV and the trace byte for byte; manifest.json apart from its thread count and clock.
set -euo pipefail
hcsim=$1
scenario=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
run() { # NAME THREADS
  "$hcsim" compare "$scenario" -r 24 --seed 11 --threads "$2" --out "$dir/$1" >/dev/null
  "$hcsim" run "$scenario" -r 3 --seed 11 --threads "$2" --trace "$dir/$1/trace.csv" >/dev/null
  grep -v -E '"(threads|wall_seconds|started_utc)"' "$dir/$1/manifest.json" >"$dir/$1/manifest.stable"
  rm "$dir/$1/manifest.json"
}
run threads1 1
run threads2 2
run threads8 8
run threads2-again 2
count=$(find "$dir/threads1" -type f | wc -l)
[[ $count -ge 6 ]] || { echo "expected at least 6 output files, found $count"; exit 1; }
for other in threads2 threads8 threads2-again; do
  diff -r "$dir/threads1" "$dir/$other" >/dev/null || {
    echo "outputs of threads1 and $other differ:"
    diff -rq "$dir/threads1" "$dir/$other"
    exit 1
  }
done
echo "$count files byte-identical for --threads 1, 2, 8 and a second run"
