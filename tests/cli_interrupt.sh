#!/usr/bin/env bash
# A compare stopped by SIGTERM or SIGINT exits 143 or 130, says the previous results were left
# intact, leaves them byte for byte as they were, and leaves no temporary folder behind.
set -uo pipefail
hcsim=$1
scenario=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$hcsim" compare "$scenario" -r 4 --threads 1 --out "$dir/results" >/dev/null || exit 1
(cd "$dir/results" && sha256sum ./* >"$dir/before.sha256")
status=0
for signal in TERM INT; do
  # Far more replications than can finish before the signal arrives.
  "$hcsim" compare "$scenario" -r 100000 --threads 2 --out "$dir/results" >/dev/null 2>"$dir/err" &
  pid=$!
  sleep 2
  kill -s "$signal" "$pid"
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid"
    echo "SIG$signal: hcsim still running 10 s after the signal"
    status=1
  fi
  wait "$pid"
  code=$?
  expected=$((128 + $(kill -l "$signal")))
  cat "$dir/err"
  if [[ $code -ne $expected ]]; then
    echo "SIG$signal: exit $code, expected $expected"
    status=1
  fi
  if ! grep -q "SIG$signal received, run stopped; the previous results in $dir/results were left intact" "$dir/err"; then
    echo "SIG$signal: no message saying the previous results were left intact"
    status=1
  fi
  if ! (cd "$dir/results" && sha256sum --quiet -c "$dir/before.sha256"); then
    echo "SIG$signal: the previous results changed"
    status=1
  fi
  leftovers=$(find "$dir" -maxdepth 1 -name '.results.*')
  if [[ -n $leftovers ]]; then
    echo "SIG$signal: temporary folders left: $leftovers"
    status=1
  fi
done
[[ $status -eq 0 ]] && echo "interrupted runs left the previous results intact"
exit $status
