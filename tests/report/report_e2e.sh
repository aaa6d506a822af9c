#!/usr/bin/env bash
# End to end: compare a seed case with --report, then (1) open report.html in headless
# Chromium with the network refused (report_e2e.mjs: no console error, every chart drawn,
# screenshot OUT/report.png), (2) read results.xlsx back and check it against summary.csv,
# (3) write the English report with `hcsim report --lang en` and render it too, (4) the other
# four seed cases (few replications: the text, not the figures, is checked), each rendered,
# checked with axe-core and scanned for English or internal words, (5) report.pdf: page
# count, and the summary and budget text of its first pages (pdftotext, poppler-utils).
set -euo pipefail
hcsim=$1 source_dir=$2 out=$3 node=$4 python=$5
rm -rf "$out" "$out-psa" "$out-sweep"
mkdir -p "$(dirname "$out")"
# The committed psa and sweep results of the same scenario sit beside the folder, so the
# browser also draws the decision charts (tornado, acceptability, draws, frontier).
cp -r "$source_dir/results/norrmalm-2018-bolots-psa" "$out-psa"
cp -r "$source_dir/results/norrmalm-2018-bolots-sweep" "$out-sweep"
# A small headline PSA (--draws, --psa-replications): the test checks what is shown, not the
# figures, and runs under ASan in CI too.
"$hcsim" compare "$source_dir/scenarios/norrmalm-2018-bolots.yaml" --replications 20 \
  --draws 20 --psa-replications 10 --threads 2 --out "$out" --report >/dev/null
for file in report.html results.xlsx assumptions.csv budget.csv validation.csv; do
  [[ -s $out/$file ]] || { echo "FAIL: $out/$file missing"; exit 1; }
done
grep -q '<html lang="sv">' "$out/report.html" || { echo "FAIL: not Swedish"; exit 1; }
grep -q "<section id=\"validation\">" "$out/report.html" || { echo "FAIL: no validation section"; exit 1; }
grep -q 'data-chart="tornado-bolots_project_year"' "$out/report.html" || { echo "FAIL: no tornado"; exit 1; }
"$node" "$source_dir/tests/report/report_e2e.mjs" "$out/report.html" "$out/report.png" \
  "$source_dir/web"
"$python" "$source_dir/tests/report/check_workbook.py" "$out"
# Every other seed case, Swedish, rendered and scanned like the first.
for seed in hagersten-liljeholmen-2017 coordinators-2017 hasselby-vallingby-2008-team \
            norrmalm-2010-chain; do
  rm -rf "$out-$seed"
  "$hcsim" compare "$source_dir/scenarios/$seed.yaml" --replications 5 --threads 2 \
    --draws 20 --psa-replications 5 --out "$out-$seed" --report >/dev/null
  "$node" "$source_dir/tests/report/report_e2e.mjs" "$out-$seed/report.html" \
    "$out/report-$seed.png" "$source_dir/web"
  "$python" "$source_dir/tests/report/check_workbook.py" "$out-$seed"
  # The application's own measures come first, where the scenario names them (not seed 001).
  if [[ $seed != hagersten-liljeholmen-2017 ]]; then
    grep -q '<section id="indicators">' "$out-$seed/report.html" ||
      { echo "FAIL: $seed: no section of the application's measures"; exit 1; }
  fi
done
grep -q "Hemlösa hushåll i akuta boendelösningar vid septemberräkningen 2018" "$out/report.html" ||
  { echo "FAIL: seed 000's September count is not shown"; exit 1; }
# report.pdf of seed 003: A4 pages, the summary on page 1 and the budget (calendar years,
# the form's three columns) on page 2.
hv="$out-hasselby-vallingby-2008-team"
"$hcsim" report "$hv" --pdf >/dev/null
pages=$(pdfinfo "$hv/report.pdf" | awk '/^Pages:/ {print $2}')
[[ $pages -ge 8 ]] || { echo "FAIL: report.pdf has $pages pages"; exit 1; }
pdfinfo "$hv/report.pdf" | grep -q "^Page size:.*(A4)" || { echo "FAIL: report.pdf is not A4"; exit 1; }
# Tagged (headings, tables and reading order for screen readers: WCAG 2.1 for a public body).
pdfinfo "$hv/report.pdf" | grep -q "^Tagged: *yes" || { echo "FAIL: report.pdf is not tagged"; exit 1; }
page_text() { pdftotext -layout -f "$1" -l "$1" "$hv/report.pdf" - | sed 's/\xc2\xa0/ /g'; }
# Each page's text in a variable: `page_text | grep -q` fails under pipefail when grep stops
# reading early (SIGPIPE in sed).
first=$(page_text 1)
grep -q "Sammanfattning" <<<"$first" || { echo "FAIL: page 1 lacks the summary"; exit 1; }
grep -q "varav sökta medel 3 342 tkr och egen finansiering 1 000 tkr" <<<"$first" ||
  { echo "FAIL: page 1 lacks the funding split"; exit 1; }
budget=$(page_text 2)
for expected in "Budget för insatserna" "Egen finansiering" "Sökta medel" "2008" "2009" \
                "Utbildning: MI (motiverande samtal)" "Summa Socialstyrelsen" "Summa stadsdelen"; do
  grep -qF "$expected" <<<"$budget" || { echo "FAIL: page 2 lacks '$expected'"; exit 1; }
done
grep -Eq "Totalt +1 737 +2 605 +4 342 +1 000 +3 342" <<<"$budget" ||
  { echo "FAIL: budgeted team's total line (1 737 + 2 605 = 4 342; 1 000 own, 3 342 applied) not on page 2"; exit 1; }
grep -q "CHEERS" <<<"$(page_text "$pages")" || { echo "FAIL: no CHEERS appendix on the last page"; exit 1; }
# Without Chromium: exit 2, a clear message, no report.pdf.
rm -f "$hv/report.pdf"
html_written=$(stat -c %y "$hv/report.html")
set +e
message=$(HCSIM_CHROMIUM=/nonexistent "$hcsim" report "$hv" --pdf 2>&1 >/dev/null)
code=$?
set -e
[[ $code -eq 2 ]] || { echo "FAIL: --pdf without Chromium exited $code, not 2"; exit 1; }
grep -q "needs headless Chromium" <<<"$message" || { echo "FAIL: unclear message: $message"; exit 1; }
[[ ! -e $hv/report.pdf ]] || { echo "FAIL: report.pdf written without Chromium"; exit 1; }
[[ $(stat -c %y "$hv/report.html") == "$html_written" ]] ||
  { echo "FAIL: --pdf without Chromium rewrote report.html (it must write nothing)"; exit 1; }
mkdir -p "$out-en"
cp "$out"/*.csv "$out"/manifest.json "$out-en/"
"$hcsim" report "$out-en" --lang en >/dev/null
grep -q '<html lang="en">' "$out-en/report.html" || { echo "FAIL: not English"; exit 1; }
"$node" "$source_dir/tests/report/report_e2e.mjs" "$out-en/report.html" "$out/report-en.png" \
  "$source_dir/web"
# A folder that is not a compare output: exit 2, nothing written.
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
set +e
"$hcsim" report "$empty" 2>/dev/null
code=$?
set -e
[[ $code -eq 2 ]] || { echo "FAIL: report on an empty folder exited $code, not 2"; exit 1; }
[[ -z $(ls -A "$empty") ]] || { echo "FAIL: files written into an empty folder"; exit 1; }
echo "screenshots: $out/report.png $out/report-en.png"
