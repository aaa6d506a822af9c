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
