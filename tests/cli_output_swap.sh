#!/usr/bin/env bash
# Fault injection of the results-folder swap (docs/reliability.md, "Output paths"): hcsim is
# killed with SIGKILL at each step of writing and swapping its folder (HCSIM_TEST_KILL_AT,
# a test hook in report::StagedFolder), with the one-step swap (renameat2 RENAME_EXCHANGE)
# and with the two-rename fallback (HCSIM_TEST_NO_EXCHANGE=1). After every kill out/ must hold
# exactly the old results or exactly the new ones (every CSV byte for byte), except in the
# fallback between its two renames, where the old folder waits under .out.old-PID-N; the next
# run must then put things right and leave no hidden folder behind. Where strace exists, the
# kernel also kills hcsim at each renameat2/rename/unlink/rmdir call it makes.
set -uo pipefail
source "$(dirname "$(realpath "$0")")/cli_common.sh"
hcsim=$(realpath "$1")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1

tiny_scenario >s.yaml
old_run() { "$hcsim" compare s.yaml -r 2 --threads 1 --out "$1" >/dev/null 2>&1; }
new_run() { "$hcsim" compare s.yaml -r 3 --threads 1 --out "$1" >/dev/null 2>&1; }
csvs() { (cd "$1" && sha256sum ./*.csv) 2>/dev/null; }
old_run ref-old && new_run ref-new
old=$(csvs ref-old)
new=$(csvs ref-new)
[[ -n $old && $old != "$new" ]] || { echo "FAIL: the two reference runs do not differ"; exit 1; }

# state_of DIR: old, new, missing, or mixed.
state_of() {
  if [[ ! -e $1 ]]; then echo missing
  elif [[ $(csvs "$1") == "$old" ]]; then echo old
  elif [[ $(csvs "$1") == "$new" ]]; then echo new
  else echo mixed; fi
}

for mode in exchange fallback; do
  for step in writing staged exchanged set-aside swapped; do
    [[ $mode == exchange && $step == set-aside ]] && continue
    [[ $mode == fallback && $step == exchanged ]] && continue
    case=$mode-$step
    rm -rf out .out.*
    old_run out
    extra=()
    [[ $mode == fallback ]] && extra=(HCSIM_TEST_NO_EXCHANGE=1)
    env HCSIM_TEST_KILL_AT=$step "${extra[@]}" "$hcsim" compare s.yaml -r 3 --threads 1 --out out >/dev/null 2>&1
    code=$?
    state=$(state_of out)
    if [[ $code -ne 137 ]]; then fail "$case" "exit $code, expected 137 (killed at $step)"; continue; fi
    if [[ $mode-$step == fallback-set-aside ]]; then
      # The one instant the fallback cannot cover: the old folder waits under a hidden name.
      if [[ $state != missing || -z $(ls -d .out.old-* 2>/dev/null) ]]; then
        fail "$case" "out is $state, .out.old-*: $(ls -d .out.old-* 2>/dev/null)"
        continue
      fi
    elif [[ $state != old && $state != new ]]; then
      fail "$case" "out/ holds $state results after the kill"
      continue
    fi
    # The next run removes the leftovers (and puts a stranded old folder back first).
    new_run out
    if [[ $(state_of out) != new || -n $(ls -a | grep '^\.out\.') ]]; then
      fail "$case" "after the next run: out is $(state_of out), hidden: $(ls -a | grep '^\.out\.' | tr '\n' ' ')"
      continue
    fi
    ok "$case: out/ held the $state results; the next run cleaned up"
  done
done

# A stranded old folder alone (no run since the crash) is put back by the next write even
# when that write then fails: the name never stays empty because of hcsim.
rm -rf out .out.*
old_run out
HCSIM_TEST_KILL_AT=set-aside HCSIM_TEST_NO_EXCHANGE=1 "$hcsim" compare s.yaml -r 3 --threads 1 --out out >/dev/null 2>&1
"$hcsim" run s.yaml -r 2 --threads 1 --out out --trace /proc/nope/t.csv >/dev/null 2>&1
if [[ $(state_of out) == old && -z $(ls -a | grep '^\.out\.') ]]; then ok stranded-folder-restored-by-next-write
else fail stranded-folder-restored-by-next-write "out is $(state_of out)"; fi

# The kernel's view: SIGKILL at the Nth call of each file-changing system call.
if command -v strace >/dev/null && strace -f -qq -o /dev/null true 2>/dev/null; then
  for call in renameat2 rename unlink unlinkat rmdir mkdir openat; do
    for n in 1 2 3 5 8; do
      rm -rf out .out.*
      old_run out
      strace -f -qq -o /dev/null -e trace=$call -e inject=$call:signal=KILL:when=$n \
        "$hcsim" compare s.yaml -r 3 --threads 1 --out out >/dev/null 2>&1
      state=$(state_of out)
      if [[ $state != old && $state != new ]]; then fail "strace-$call-$n" "out/ holds $state results"; continue; fi
      new_run out
      if [[ $(state_of out) != new || -n $(ls -a | grep '^\.out\.') ]]; then
        fail "strace-$call-$n" "the next run left: $(ls -a | grep '^\.out\.' | tr '\n' ' ')"
        continue
      fi
      passed=$((passed + 1))
    done
  done
  echo "ok   strace kills at renameat2, rename, unlink(at), rmdir, mkdir, openat calls 1, 2, 3, 5, 8"
else
  echo "skip strace: not installed or not permitted here"
fi

echo "output swap: $passed passed, $failed failed"
[[ $failed -eq 0 && $passed -gt 8 ]]
