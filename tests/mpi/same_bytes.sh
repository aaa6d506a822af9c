#!/usr/bin/env bash
# Runs an hcsim command as a plain process and under mpirun with N ranks (both schedules) and
# checks every output file is byte-identical. manifest.json is compared without the lines that
# must differ (start time, wall time, threads and processes), and must record the ranks.
# usage: same_bytes.sh MPIEXEC RANKS HCSIM_MPI REFERENCE_HCSIM COMMAND ARGS...
set -euo pipefail
mpiexec=$1 ranks=$2 hcsim=$3 reference=$4
shift 4
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$reference" "$@" --threads 2 --out "$out/plain" >/dev/null
schedules=(queue static)
[[ $1 == compare || $1 == run ]] || schedules=(queue) # psa and sweep use the work queue
for schedule in "${schedules[@]}"; do
  "$mpiexec" --allow-run-as-root --oversubscribe -np "$ranks" \
    "$hcsim" "$@" --threads 1 $([[ ${#schedules[@]} -gt 1 ]] && echo --schedule "$schedule") \
    --out "$out/$schedule" >"$out/$schedule.txt"
  files=0
  for file in "$out/plain"/*; do
    name=$(basename "$file")
    if [[ $name == manifest.json ]]; then
      cmp <(grep -v -e started_utc -e wall_seconds -e '"threads"' -e '"processes"' "$file") \
          <(grep -v -e started_utc -e wall_seconds -e '"threads"' -e '"processes"' "$out/$schedule/$name")
      grep -q "\"processes\": $ranks," "$out/$schedule/$name" ||
        { echo "manifest.json does not record $ranks processes"; exit 1; }
    else
      cmp "$file" "$out/$schedule/$name"
    fi
    files=$((files + 1))
  done
  (( files >= 1 )) || { echo "no output files: nothing compared"; exit 1; }
  # Printed once, by rank 0 only: as many lines as the plain run's console output.
  plain_lines=$("$reference" "$@" --threads 1 --out "$out/again" | wc -l)
  [[ $(wc -l <"$out/$schedule.txt") -eq $plain_lines ]] || { echo "console output differs in length"; exit 1; }
  rm -rf "$out/again"
  echo "$ranks ranks, schedule $schedule: $files files identical to the plain run"
done
