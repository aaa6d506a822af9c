#!/usr/bin/env python3
"""The hand-written key tables of scenarios/README.md state a range beside each number; the
schema (include/hcsim/scenario/schema.hpp, printed by `hcsim parameters --schema`) is where
the reader takes its ranges. A range cell written as plain bounds ("0–1000", "1–100, whole")
must name the schema's bounds, so the two cannot drift apart. Usage: ranges_agree.py HCSIM README
"""
import re
import subprocess
import sys

SECTION_PREFIX = {
    "Top-level keys": "",
    "Groups and priority": "groups.<group>.",
    "States": "states.<state>.",
    "Arrivals": "arrivals[].",
    "Exits": "exits.<state>[].",
    "Staff pools (in options only)": "staff.<role>.",
    "Fixed costs": "fixed_costs.<name>.",
    "Active periods": "<active>.",
}
BOUNDS = re.compile(r"^(−?-?[0-9][0-9.,e]*)\s*(?:–|-| to )\s*([0-9][0-9.,e^ −]*?)(, whole)?$")


def number(text):
    text = text.replace(",", "").replace("−", "-").strip()
    if text in ("2^53-1", "2^53 - 1"):
        return 2.0**53 - 1
    if text == "2^32 - 1":
        return 2.0**32 - 1
    return float(text)


def schema_ranges(hcsim):
    table = subprocess.run([hcsim, "parameters", "--schema"], check=True, capture_output=True,
                           text=True).stdout
    ranges = {}
    for line in table.splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        path = cells[0].strip("`")
        low, _, rest = cells[2].partition(" to ")
        high = re.sub(r"(, (whole|per group))+$", "", rest)
        limit = re.search(r"\(([0-9,]+)\)", rest)  # "the replications limit (1,000,000)"
        if limit:
            high = limit.group(1)
        whole = "whole" in cells[2]
        try:
            ranges[path] = (number(low), number(high), whole)
        except ValueError:
            ranges[path] = None  # "unlimited" and other words: not compared
    return ranges


def main():
    hcsim, readme = sys.argv[1], sys.argv[2]
    ranges = schema_ranges(hcsim)
    section = None
    checked = 0
    problems = []
    for number_line, line in enumerate(open(readme, encoding="utf-8"), start=1):
        if line.startswith("## "):
            section = line[3:].strip()
        if section not in SECTION_PREFIX or not line.startswith("| `"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        key = re.match(r"`([^`]+)`", cells[0]).group(1)
        bounds = BOUNDS.match(cells[-1])
        path = SECTION_PREFIX[section] + key
        if not bounds or path not in ranges or ranges[path] is None:
            continue
        low, high, whole = number(bounds.group(1)), number(bounds.group(2)), bool(bounds.group(3))
        checked += 1
        if (low, high) != ranges[path][:2] or (whole and not ranges[path][2]):
            problems.append(f"{readme}:{number_line}: `{key}` says {cells[-1]}, the schema "
                            f"({path}) {ranges[path]}")
    for problem in problems:
        print(problem)
    print(f"{checked} ranges checked, {len(problems)} disagree")
    return 1 if problems or checked < 10 else 0


if __name__ == "__main__":
    sys.exit(main())
