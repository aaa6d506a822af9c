#!/usr/bin/env bash
# Re-runs a seed case with one thread and checks the committed results byte for byte (they were
# produced by the README's main command with as many threads as cores): every committed file
# this run writes too. The quick PSA's files need --report (psa_status.csv says whether it ran),
# so they are left to the main command.
set -euo pipefail
hcsim=$1 source_dir=$2 scenario=$3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$hcsim" compare "$source_dir/scenarios/$scenario.yaml" --threads 1 --out "$out/run" >/dev/null
# The committed files: those git tracks (the folder may also hold a local run's other files).
if git -C "$source_dir" rev-parse --git-dir >/dev/null 2>&1; then
  committed_files=$(git -C "$source_dir" ls-files "results/$scenario/*.csv")
else
  committed_files=$(cd "$source_dir" && ls results/"$scenario"/*.csv)
fi
checked=0
for path in $committed_files; do
  committed=$source_dir/$path
  file=$(basename "$committed")
  [[ $file != psa_status.csv && -e $out/run/$file ]] || continue
  cmp "$out/run/$file" "$committed"
  checked=$((checked + 1))
done
[[ $checked -ge 3 ]] || { echo "only $checked committed files to check in results/$scenario"; exit 1; }
echo "results/$scenario reproduced byte for byte ($checked files)"
