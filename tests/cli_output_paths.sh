#!/usr/bin/env bash
# The output-path rule (docs/reliability.md, "Output paths"): hcsim writes only a folder (or
# file) that is new or that it wrote before, never an input, never a folder holding one, never
# someone else's; it replaces its folder whole; a command that fails writes nothing; a full
# disk, a file size limit, a full stdout and an unwritable TMPDIR give exit 2 and leave no
# staging folder. Each case checks the exit code, the message and, byte for byte (SHA-256),
# that what was there before is still there. Prints one line per case and 'N passed, M failed'.
set -uo pipefail
source "$(dirname "$(realpath "$0")")/cli_common.sh"
hcsim=$(realpath "$1")
scenarios=$(realpath "$2")
scratch=$(mktemp -d)
trap 'umount "$scratch/tiny" 2>/dev/null; rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1
digest() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum) 2>/dev/null; }

tiny_scenario >s.yaml
compare() { "$hcsim" compare "$@" -r 3 --threads 1 >out.txt 2>err; }

# refused NAME REGEX PATH_TO_KEEP -- COMMAND...: exit 2, the message, PATH unchanged.
refused() {
  local name=$1 expect=$2 keep=$3
  shift 4
  local before after
  before=$(if [[ -d $keep ]]; then digest "$keep"; else sha256sum "$keep" 2>/dev/null; fi)
  "$@" >out.txt 2>err
  local code=$?
  after=$(if [[ -d $keep ]]; then digest "$keep"; else sha256sum "$keep" 2>/dev/null; fi)
  if [[ $code -ne 2 ]]; then fail "$name" "exit code $code, expected 2"; return; fi
  if ! grep -Eq -- "$expect" err; then fail "$name" "message does not match /$expect/"; return; fi
  if [[ $before != "$after" ]]; then fail "$name" "$keep changed"; return; fi
  if ls -a | grep -q '\.tmp-\|\.old-'; then fail "$name" "left a staging folder: $(ls -a | grep tmp)"; return; fi
  ok "$name"
}

# Inputs and what holds them.
refused out-is-the-scenario "is an input of this command" s.yaml -- "$hcsim" compare s.yaml -r 2 --out s.yaml
cp -r "$scenarios" scenarios
refused out-holds-the-scenario "holds an input of this command" scenarios -- \
  "$hcsim" compare scenarios/norrmalm-2018-bolots.yaml -r 2 --out scenarios
mkdir -p ext/base && cp s.yaml ext/base/b.yaml && printf 'extends: base/b.yaml\nname: ext\n' >ext/top.yaml
refused out-holds-an-extended-file "holds an input of this command \(ext/base/b.yaml\)" ext -- \
  "$hcsim" compare ext/top.yaml -r 2 --out ext/base
refused out-is-dot "does not name a folder of its own" s.yaml -- "$hcsim" compare s.yaml -r 2 --out .
# Someone else's paths.
echo "two years of meeting notes" >notes.txt
refused out-is-a-file "is a file, not a folder" notes.txt -- "$hcsim" compare s.yaml -r 2 --out notes.txt
mkdir -p mydocs/photos/2019 mydocs/.git
echo dear >mydocs/letter.txt && echo JPEG >mydocs/photos/2019/a.jpg && echo '[core]' >mydocs/.git/config
refused out-is-someone-elses-folder "is a folder that hcsim did not write" mydocs -- \
  "$hcsim" compare s.yaml -r 2 --out mydocs
mkdir fake && echo "name,amount" >fake/summary.csv
refused out-has-a-foreign-summary-csv "not written by hcsim" fake -- "$hcsim" compare s.yaml -r 2 --out fake
mkdir real && ln -s real link
refused out-is-a-symbolic-link "symbolic link" real -- "$hcsim" compare s.yaml -r 2 --out link
refused psa-out-is-a-file "is a file, not a folder" notes.txt -- \
  "$hcsim" psa s.yaml --draws 2 -r 2 --no-break-even --out notes.txt
refused sweep-out-holds-the-scenario "holds an input" scenarios -- \
  "$hcsim" sweep scenarios/norrmalm-2018-bolots.yaml --role bolots --fte 1 -r 2 --out scenarios
refused trace-is-the-scenario "is an input of this command" s.yaml -- "$hcsim" run s.yaml -r 2 --trace s.yaml
refused trace-is-someone-elses-file "was not written by hcsim" notes.txt -- "$hcsim" run s.yaml -r 2 --trace notes.txt
cal=scenarios/calibration
refused calibrate-out-is-the-targets "is an input of this command" $cal/norrmalm-2016-targets.yaml -- \
  "$hcsim" calibrate $cal/norrmalm-2016.yaml --targets $cal/norrmalm-2016-targets.yaml --out $cal/norrmalm-2016-targets.yaml

# hcsim's own folder is replaced whole: no stale report.html beside new CSVs.
compare s.yaml --out own --report
compare s.yaml --out own
if [[ -f own/summary.csv && ! -e own/report.html && -f own/.hcsim-output ]]; then ok replaced-whole-no-stale-report
else fail replaced-whole-no-stale-report "$(ls -A own | tr '\n' ' ')"; fi
# A folder from before the marker (the committed results/ hold only CSVs) is still hcsim's.
mkdir legacy && "$hcsim" compare s.yaml -r 2 --threads 1 --out tmp-legacy >/dev/null && cp tmp-legacy/summary.csv tmp-legacy/differences.csv legacy/
if compare s.yaml --out legacy && [[ -f legacy/manifest.json ]]; then ok folder-of-hcsim-csvs-without-marker
else fail folder-of-hcsim-csvs-without-marker "refused"; fi
# A trace hcsim wrote may be replaced; a failed command writes neither output.
"$hcsim" run s.yaml -r 2 --threads 1 --trace t.csv >/dev/null 2>err
if "$hcsim" run s.yaml -r 2 --threads 1 --trace t.csv >/dev/null 2>err; then ok trace-replaced
else fail trace-replaced "exit $?"; fi
refused run-bad-trace-writes-no-out "cannot write the results" s.yaml -- \
  "$hcsim" run s.yaml -r 2 --out newout --trace /proc/nope/t.csv
if [[ -e newout ]]; then fail run-bad-trace-writes-no-out "newout/ was written"; fi
refused run-bad-trace-creates-no-parents "cannot write the results" s.yaml -- \
  "$hcsim" run s.yaml -r 2 --out a/b/out --trace /proc/nope/t.csv
if [[ -e a ]]; then fail run-bad-trace-creates-no-parents "a/ was created"; fi

# Out of disk, a file size limit, a full stdout, an unwritable TMPDIR.
compare s.yaml --out big
before=$(digest big)
(ulimit -f 2; exec "$hcsim" compare s.yaml -r 4 --threads 1 --out big >/dev/null 2>err)
code=$?
if [[ $code -eq 2 ]] && grep -q "file size limit" err && [[ $(digest big) == "$before" ]] && ! ls -a | grep -q '\.big\.'; then
  ok file-size-limit-exit-2-keeps-results
else fail file-size-limit-exit-2-keeps-results "exit $code"; fi
if [[ $(id -u) -eq 0 ]] && mkdir tiny && mount -t tmpfs -o size=16k none tiny 2>/dev/null; then
  "$hcsim" compare s.yaml -r 3 --threads 1 --out tiny/out >/dev/null 2>err
  code=$?
  if [[ $code -eq 2 ]] && grep -q "cannot write the results: .*no space left" err && [[ -z $(ls -A tiny) ]]; then
    ok disk-full-exit-2-nothing-left
  else fail disk-full-exit-2-nothing-left "exit $code, left: $(ls -A tiny)"; fi
  umount tiny
else
  echo "skip disk-full: needs root to mount a 16 KiB tmpfs"
fi
"$hcsim" validate s.yaml >/dev/full 2>err
code=$?
if [[ $code -eq 2 ]] && grep -q "cannot write to standard output" err; then ok stdout-full-exit-2
else fail stdout-full-exit-2 "exit $code"; fi
if TMPDIR=/proc/nope "$hcsim" compare s.yaml -r 2 --threads 1 --out tmpdir --report >/dev/null 2>err && [[ -f tmpdir/results.xlsx ]]; then
  ok unwritable-tmpdir-report-written
else fail unwritable-tmpdir-report-written "exit $?"; fi

echo "output paths: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
