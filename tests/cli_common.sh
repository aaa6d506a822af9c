# Sourced by the CLI test scripts of docs/reliability.md: the pass/fail tally and the tiny
# two-option scenario they run (one shelter, one staff role; a run takes milliseconds).
passed=0
failed=0
ok() { echo "ok   $1"; passed=$((passed + 1)); }
# fail NAME WHY: also shows the first lines of ./err, the last command's stderr, if any.
fail() {
  echo "FAIL $1: $2"
  [[ -f err ]] && sed 's/^/    /' err | head -5
  failed=$((failed + 1))
}
tiny_scenario() {
  cat <<'YAML'
name: tiny
horizon_years: 1
groups: {adult: {}}
states:
  home: {kind: housed}
  shelter: {kind: acute, cost_per_day: 1000}
  gone: {kind: absorbing}
initial: {shelter: {adult: 5}}
arrivals: [{into: shelter, per_year: {adult: 10}}]
exits:
  shelter:
    - {name: housed, to: home, p: 0.6, delay: {dist: exponential, mean_days: 90}}
    - {name: left, to: gone, p: 0.4, delay: {dist: exponential, mean_days: 60}}
options:
  do_nothing: {}
  guide:
    staff:
      g: {fte: 1, cost_per_fte_year: 600000, caseload_per_fte: 10, serves: [shelter],
          effects: [{state: shelter, exit: housed, relative_risk: 1.5}]}
YAML
}
