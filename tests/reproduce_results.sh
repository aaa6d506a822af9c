#!/usr/bin/env bash
# Re-runs a seed case with one thread and checks the committed results byte for byte
# (they were produced by the README's main command with as many threads as cores).
set -euo pipefail
hcsim=$1 source_dir=$2 scenario=$3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$hcsim" compare "$source_dir/scenarios/$scenario.yaml" --threads 1 --out "$out/run" >/dev/null
for file in summary.csv differences.csv contributions.csv; do
  if [[ $file != contributions.csv || -e "$source_dir/results/$scenario/$file" ]]; then
    cmp "$out/run/$file" "$source_dir/results/$scenario/$file"
  fi
done
echo "results/$scenario reproduced byte for byte"
