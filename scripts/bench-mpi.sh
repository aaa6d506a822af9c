#!/usr/bin/env bash
# Throughput of a seed-case compare (default 1,000 replications of each option) with the plain
# threaded build against the MPI build under mpirun with 1, 2 and 4 ranks (one thread each),
# for both schedules. Prints median wall times, replications per second and ratios to the
# threaded run, measured side by side on this machine. Needs ./build and ./build-mpi
# (scripts/build.sh; scripts/test-mpi.sh).
# usage: scripts/bench-mpi.sh [SCENARIO] ; env REPLICATIONS (1000), REPEATS (3)
set -euo pipefail
cd "$(dirname "$0")/.."
scenario=${1:-scenarios/norrmalm-2018-bolots.yaml}
replications=${REPLICATIONS:-1000}
repeats=${REPEATS:-3}
cores=$(nproc)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
options=$(./build/hcsim validate "$scenario" | sed -E 's/.*\(([0-9]+) options.*/\1/')
tasks=$((options * replications))

divide() { awk -v a="$1" -v b="$2" 'BEGIN {print a / b}'; }

# Every configuration runs once per round, rounds repeated: drifting load from other users of
# the machine hits every configuration alike. Prints each configuration's median.
configs=("threaded (-j $cores)|./build/hcsim compare $scenario -r $replications -j $cores --out $out/t")
for ranks in 1 2 4; do
  for schedule in queue static; do
    [[ $ranks -eq 1 && $schedule == static ]] && continue # one rank: the same path
    configs+=("mpirun -np $ranks ($schedule)|mpirun --allow-run-as-root --oversubscribe -np $ranks ./build-mpi/hcsim compare $scenario -r $replications -j 1 --schedule $schedule --out $out/m")
  done
done

echo "scenario $scenario: $options options x $replications replications = $tasks runs; $repeats rounds, median"
echo "machine: $cores cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A times
for _ in $(seq "$repeats"); do
  for config in "${configs[@]}"; do
    start=$(date +%s.%N)
    ${config#*|} >/dev/null
    end=$(date +%s.%N)
    times[${config%%|*}]+="$(awk -v a="$end" -v b="$start" 'BEGIN {print a - b}') "
  done
done
median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
threaded=$(median "${times[${configs[0]%%|*}]}")
for config in "${configs[@]}"; do
  name=${config%%|*}
  seconds=$(median "${times[$name]}")
  printf '%-24s %7.1f s %8.1f runs/s  ratio to threaded %.2f\n' "$name" "$seconds" \
    "$(divide "$tasks" "$seconds")" "$(divide "$threaded" "$seconds")"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
