#!/usr/bin/env bash
# A rank that dies mid-run (killed, as by a node failure or the out-of-memory killer) stops the
# whole job with a non-zero exit and a message naming the rank, and no output folder appears.
# usage: rank_killed.sh MPIEXEC HCSIM_MPI SCENARIO
# The run is long (minutes) so that it is still going when the rank is killed, and stays under
# the result_bytes limit (50,000 replications of three options is about 1.3 GB).
set -uo pipefail
mpiexec=$1 hcsim=$2 scenario=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$mpiexec" --allow-run-as-root --oversubscribe -np 2 "$hcsim" compare "$scenario" \
  -r 50000 --threads 1 --out "$dir/out" >"$dir/stdout" 2>"$dir/stderr" &
launcher=$!
ranks=""
for _ in $(seq 100); do # wait (at most 10 s) until both ranks run
  ranks=$(pgrep -P "$launcher" | tr '\n' ' ')
  [[ $(wc -w <<<"$ranks") -ge 2 ]] && break
  sleep 0.1
done
sleep 1
victim=$(awk '{print $NF}' <<<"$ranks")
[[ -n $victim ]] || { echo "no rank to kill"; kill "$launcher"; exit 1; }
kill -9 "$victim"
wait "$launcher"
code=$?
cat "$dir/stderr"
[[ $code -ne 0 ]] || { echo "expected a non-zero exit, got 0"; exit 1; }
grep -q "exited on signal 9" "$dir/stderr" || { echo "no message naming the dead rank"; exit 1; }
[[ ! -e $dir/out ]] || { echo "output written although a rank died"; exit 1; }
echo "killed rank stopped the job with exit $code and nothing written"
