#!/usr/bin/env bash
# Runs an hcsim command as a plain process and under mpirun with N ranks (both schedules) and
# checks every output file is byte-identical. manifest.json is compared without the lines that
# must differ (start time, wall time).
# usage: same_bytes.sh MPIEXEC RANKS HCSIM_MPI REFERENCE_HCSIM COMMAND ARGS...
set -euo pipefail
mpiexec=$1 ranks=$2 hcsim=$3 reference=$4
shift 4
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$reference" "$@" --threads 2 --out "$out/plain" >/dev/null
for schedule in queue static; do
  "$mpiexec" --allow-run-as-root --oversubscribe -np "$ranks" \
    "$hcsim" "$@" --threads 1 --schedule "$schedule" --out "$out/$schedule" >"$out/$schedule.txt"
  files=0
  for file in "$out/plain"/*; do
    name=$(basename "$file")
    if [[ $name == manifest.json ]]; then
      cmp <(grep -v -e started_utc -e wall_seconds -e '"threads"' "$file") \
          <(grep -v -e started_utc -e wall_seconds -e '"threads"' "$out/$schedule/$name")
    else
      cmp "$file" "$out/$schedule/$name"
    fi
    files=$((files + 1))
  done
  (( files >= 3 )) || { echo "only $files output files: nothing meaningful compared"; exit 1; }
  # The table is printed once, by rank 0 only.
  tables=$(grep -c "paired differences\|draws\|grid" "$out/$schedule.txt" || true)
  echo "$ranks ranks, schedule $schedule: $files files identical to the plain run ($tables table headers)"
done
