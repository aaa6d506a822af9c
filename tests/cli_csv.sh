#!/usr/bin/env bash
# CSV fields (docs/reliability.md, "CSV files"): option, state and group names with commas,
# quotes and formula-leading text (=, +, -, @) are quoted and guarded with an apostrophe in
# every CSV hcsim writes, negative numbers stay numbers, `hcsim report` reads the folder back
# (also after a spreadsheet saved it with a UTF-8 byte order mark) and shows the names as they
# were written, and no control character reaches report.html.
set -uo pipefail
source "$(dirname "$(realpath "$0")")/cli_common.sh"
hcsim=$(realpath "$1")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1

cat >s.yaml <<'EOF'
name: tiny
horizon_years: 1
groups: {"@adult": {}}
states:
  home: {kind: housed}
  "-shelter, east": {kind: acute, cost_per_day: 1000}
  gone: {kind: absorbing}
initial: {"-shelter, east": {"@adult": 5}}
arrivals: [{into: "-shelter, east", per_year: {"@adult": 10}}]
exits:
  "-shelter, east":
    - {name: housed, to: home, p: 0.6, delay: {dist: exponential, mean_days: 90}}
    - {name: left, to: gone, p: 0.4, delay: {dist: exponential, mean_days: 60}}
options:
  do_nothing: {}
  "=HYPERLINK(\"http://evil.example\",\"x\")":
    title: "guide, 2 \"FTE\"\0"
    staff:
      g: {fte: 1, cost_per_fte_year: 600000, caseload_per_fte: 10, serves: ["-shelter, east"],
          effects: [{state: "-shelter, east", exit: housed, relative_risk: 1.5}]}
  "+plus": {}
EOF
if ! "$hcsim" compare s.yaml -r 3 --threads 1 --out out --report --lang en >/dev/null 2>err; then
  fail compare "exit $?: $(head -3 err)"
  echo "csv: $passed passed, $failed failed"
  exit 1
fi
# Every CSV parses with the header's field count, and no cell starts a formula.
if python3 - out <<'PY'; then ok every-csv-well-formed-no-formula-cell; else fail every-csv-well-formed-no-formula-cell "see above"; fi
import csv, glob, re, sys
bad = 0
number = re.compile(r'^[-+]?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$')
for name in glob.glob(sys.argv[1] + '/*.csv'):
    rows = list(csv.reader(open(name, newline='')))
    for row in rows:
        if len(row) != len(rows[0]):
            print('  %s: %d fields under a %d-field header: %r' % (name, len(row), len(rows[0]), row)); bad += 1
        for cell in row:
            if cell[:1] in ('=', '+', '-', '@', '\t', '\r') and not number.match(cell):
                print('  %s: formula cell %r' % (name, cell)); bad += 1
sys.exit(1 if bad else 0)
PY
if grep -q "^\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",delta_cost\|^\"'=HYPERLINK" out/summary.csv; then
  ok option-name-guarded-and-quoted
else fail option-name-guarded-and-quoted "$(grep -m1 HYPERLINK out/summary.csv)"; fi
if grep -q ',-[0-9][0-9.]*,' out/differences.csv; then ok negative-numbers-stay-numbers
else fail negative-numbers-stay-numbers "no unguarded negative number in differences.csv"; fi
# The report reads the names back without the guard.
if grep -q 'guide, 2 &quot;FTE&quot;' out/report.html && grep -q '+plus' out/report.html &&
  ! grep -q "&#39;=HYPERLINK\|&#39;+plus" out/report.html; then
  ok report-shows-names-as-written
else fail report-shows-names-as-written "guard or title wrong in report.html"; fi
# A spreadsheet's "CSV UTF-8" adds a byte order mark to each file; report still reads them.
cp -r out bom && rm -f bom/report.html bom/results.xlsx
for f in bom/*.csv; do printf '\xEF\xBB\xBF' | cat - "$f" >"$f.x" && mv "$f.x" "$f"; done
if "$hcsim" report bom --lang en >/dev/null 2>err && [[ -f bom/report.html ]]; then ok report-reads-csv-with-bom
else fail report-reads-csv-with-bom "$(head -2 err)"; fi
if ! grep -qaP '\x00' out/report.html; then ok no-nul-from-a-title-in-report-html
else fail no-nul-from-a-title-in-report-html "NUL byte in report.html"; fi
# A NUL typed into a CSV by hand never reaches report.html.
cp -r out nul && rm -f nul/report.html nul/results.xlsx
python3 -c "
p='nul/assumptions.csv'; d=open(p,'rb').read().split(b'\n'); d[1]=d[1].replace(b'SEK', b'SE\x00K', 1); open(p,'wb').write(b'\n'.join(d))"
if "$hcsim" report nul --lang en >/dev/null 2>err && ! grep -qaP '\x00' nul/report.html; then ok no-nul-in-report-html
else fail no-nul-in-report-html "exit or NUL byte in report.html"; fi

echo "csv: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
