#!/usr/bin/env bash
# Every file in tests/bad_input/ must be refused by `hcsim compare`: exit 2, an error naming
# the file as FILE:LINE:COL: error: (files named file-* are faults of a file as a whole and
# may give FILE: error:, as may runtime-* whose fault shows only when run), the text its '# expect:' line asks for, within `timeout`, under a
# memory ulimit, and no output folder or temporary left behind. Then faults that cannot be
# committed as files: a missing file, a folder, an unreadable file, a pipe, a file over the
# size limit, a 4 MB bracket bomb. Prints one line per case and 'N passed, M failed'.
set -uo pipefail
hcsim=$(realpath "$1")
corpus=$(realpath "$2")
seconds=${BAD_INPUT_TIMEOUT:-5}
memory_kib=$((1024 * 1024))
# AddressSanitizer reserves terabytes of address space: no ulimit -v under it.
# (Captured, not piped into grep -q: under pipefail an early grep exit makes ldd fail on SIGPIPE.)
if [[ $(ldd "$hcsim" 2>/dev/null) == *libasan* ]]; then memory_kib=unlimited; fi
scratch=$(mktemp -d)
trap 'chmod -R u+rwx "$scratch" 2>/dev/null; rm -rf "$scratch"' EXIT
chmod 755 "$scratch"
passed=0
failed=0

fail() { echo "FAIL $1: $2"; sed 's/^/    /' "$scratch/err" | head -5; failed=$((failed + 1)); }

# check NAME POSITION_REQUIRED EXPECT_REGEX FILE -- COMMAND...: runs COMMAND in an empty folder.
check() {
  local name=$1 positioned=$2 expect=$3 file=$4
  shift 5
  local work="$scratch/work"
  rm -rf "$work" && mkdir "$work"
  (cd "$work" && ulimit -v "$memory_kib" && exec timeout -k 1 "$seconds" "$@") \
    >"$scratch/out" 2>"$scratch/err"
  local code=$?
  if [[ $code -ne 2 ]]; then
    fail "$name" "exit code $code, expected 2 (124: timed out; 134/139: crashed)"
    return
  fi
  local escaped
  escaped=$(printf '%s' "$file" | sed 's/[][\.*^$/]/\\&/g')
  if [[ $positioned == yes ]] && ! grep -q "^$escaped:[0-9][0-9]*:[0-9][0-9]*: error: " "$scratch/err"; then
    fail "$name" "no '$file:LINE:COL: error:' line"
    return
  fi
  if [[ $positioned == no ]] && ! grep -q "^[^ ]*: error: " "$scratch/err"; then
    fail "$name" "no 'FILE: error:' line"
    return
  fi
  if [[ -n $expect ]] && ! grep -Eq -- "$expect" "$scratch/err"; then
    fail "$name" "message does not match /$expect/"
    return
  fi
  if [[ -n $(ls -A "$work") ]]; then
    fail "$name" "left files behind: $(ls -A "$work" | head -3 | tr '\n' ' ')"
    return
  fi
  echo "ok   $name"
  passed=$((passed + 1))
}

for file in "$corpus"/*.yaml; do
  name=$(basename "$file")
  expect=$(sed -n 's/^# expect: //p' "$file" 2>/dev/null | head -1 | tr -d '\r')
  read -r -a args <<<"$(sed -n 's/^# args: //p' "$file" 2>/dev/null | head -1)"
  positioned=yes
  [[ $name == file-* || $name == runtime-* ]] && positioned=no
  check "$name" "$positioned" "$expect" "$file" -- "$hcsim" compare "$file" --out "$scratch/work/out" "${args[@]}"
done

# Faults made at run time.
cp "$corpus/type-horizon-text.yaml" "$scratch/unreadable.yaml"
chmod 000 "$scratch/unreadable.yaml"
mkdir "$scratch/folder.yaml"
mkfifo "$scratch/pipe.yaml"
head -c $((5 * 1024 * 1024)) /dev/zero | tr '\0' '#' >"$scratch/huge.yaml"
{ printf 'name: bomb\ntitle: '; head -c 4000000 /dev/zero | tr '\0' '['; } >"$scratch/bracket-bomb.yaml"
check missing-file no "file not found" "" -- "$hcsim" compare "$scratch/no-such.yaml" --out "$scratch/work/out"
check folder-as-file no "is a directory" "" -- "$hcsim" compare "$scratch/folder.yaml" --out "$scratch/work/out"
check pipe-as-file no "not a regular file" "" -- "$hcsim" compare "$scratch/pipe.yaml" --out "$scratch/work/out"
check over-4-MiB no "file_bytes; raise it with --limit file_bytes" "" -- "$hcsim" compare "$scratch/huge.yaml" --out "$scratch/work/out"
check bracket-bomb-4-MB yes "nesting_depth" "$scratch/bracket-bomb.yaml" -- "$hcsim" compare "$scratch/bracket-bomb.yaml" --out "$scratch/work/out"
valid="$corpus/../../scenarios/norrmalm-2018-bolots.yaml"
check replications-flag-over-limit any "replications; raise it with --limit replications" "" -- \
  "$hcsim" compare "$valid" --replications 2000000 --out "$scratch/work/out"
check unknown-limit any "unknown limit" "" -- "$hcsim" validate "$corpus/type-horizon-text.yaml" --limit frobs=3
# --limit values: a fraction would round a count to 0 and turn the limit off; past its ceiling
# a limit guards nothing (a 1 kB billion-laughs file ran for ever under yaml_values=1e12).
check limit-fraction any "whole number of at least 1" "" -- "$hcsim" validate "$valid" --limit events=0.5
check limit-zero any "whole number of at least 1" "" -- "$hcsim" validate "$valid" --limit nesting_depth=0
check limit-above-ceiling any "above the most hcsim allows" "" -- \
  "$hcsim" compare "$corpus/alias-billion-laughs.yaml" --limit yaml_values=1e12 --out "$scratch/work/out"
check limit-file-bytes-above-ceiling any "above the most hcsim allows" "" -- \
  "$hcsim" compare "$valid" --limit file_bytes=1e12 --out "$scratch/work/out"
check seed-flag-above-2-53 any "seed" "" -- "$hcsim" compare "$valid" --seed 9007199254740992 --out "$scratch/work/out"
check unknown-command any "unknown command 'simulate' \(commands: validate, .*run, compare" "" -- "$hcsim" simulate "$valid"
# A quote inside a plain scalar ("the 'plan") must not hide a bracket bomb from the pre-scan.
{ printf "name: b\ntitle: the 'plan\nsource: "; head -c 4000000 /dev/zero | tr '\0' '['; } >"$scratch/quote-bomb.yaml"
check bracket-bomb-after-apostrophe yes "nesting_depth" "$scratch/quote-bomb.yaml" -- "$hcsim" validate "$scratch/quote-bomb.yaml"
# Over yaml_values without a single alias: the message must not blame aliases (the limit is
# lowered so that the file stays small and fast to parse).
{ printf 'name: g\nsource: [0'; head -c 42000 /dev/zero | sed 's/\x0\x0/,0/g'; printf ']\n'; } >"$scratch/many-values.yaml"
check values-without-aliases yes "holds more values than a scenario needs: over the limit" "$scratch/many-values.yaml" -- \
  "$hcsim" validate "$scratch/many-values.yaml" --limit yaml_values=20000
if grep -q alias "$scratch/err"; then fail values-without-aliases "blames aliases in a file without any"; fi
# Sizes set by flags are checked before anything is allocated or run.
check psa-acceptability-grid any "more than 100000" "" -- "$hcsim" psa "$valid" --max-value 1e9 --value-step 1e-6 --out "$scratch/work/out"
check sweep-grid-points any "over the limit of 10000" "" -- \
  "$hcsim" sweep "$valid" --role bolots --fte 0:100:0.1 --role bolots --fte 0:100:0.1 --out "$scratch/work/out"
if [[ $(id -u) -ne 0 ]]; then
  check unreadable-file no "permissions" "" -- "$hcsim" compare "$scratch/unreadable.yaml" --out "$scratch/work/out"
elif setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$hcsim" 2>/dev/null; then
  chmod 777 "$scratch"
  check unreadable-file no "permissions" "" -- setpriv --reuid=65534 --regid=65534 --clear-groups \
    "$hcsim" compare "$scratch/unreadable.yaml" --out "$scratch/work/out"
else
  echo "skip unreadable-file: root reads anything and 'nobody' cannot run $hcsim"
fi

# A raised limit is honoured: the file refused above for its nesting is valid at depth 100.
if "$hcsim" validate "$corpus/nesting-within-parse-limit.yaml" --limit nesting_depth=100 >/dev/null 2>"$scratch/err"; then
  echo "ok   --limit nesting_depth=100 accepts nesting-within-parse-limit.yaml"
  passed=$((passed + 1))
else
  fail "raised-limit" "--limit nesting_depth=100 did not accept the file"
fi

echo "bad input: $passed passed, $failed failed"
[[ $failed -eq 0 && $passed -gt 60 ]]
