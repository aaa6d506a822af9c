#!/usr/bin/env bash
# Installs the build into a temporary prefix, builds tests/consumer against it with
# find_package(hcsim), and checks that its summary.csv equals `hcsim compare`'s byte for byte.
set -euo pipefail
build_dir=$1 source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
cmake -S "$source_dir/tests/consumer" -B "$work/build" -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/build" >/dev/null
scenario=$source_dir/scenarios/norrmalm-2010-chain.yaml
"$work/build/consumer" "$scenario" 12 5 >"$work/consumer.csv"
"$work/prefix/bin/hcsim" compare "$scenario" -r 12 --seed 5 --out "$work/compare" >/dev/null
cmp "$work/consumer.csv" "$work/compare/summary.csv"
echo "consumer: built against the installed hcsim; its summary.csv equals compare's"
