#!/usr/bin/env python3
"""The plain-Python housing chain of `hcsim bench -w python_sketch` simulates the same chain
as hcsim: for every option of scenarios/bench/sketch.yaml, the means of evictions,
moves into an own lease, homeless households at the end and total cost agree within their
combined standard errors.

Statistical test with fixed seeds: hcsim and Python draw different random numbers, so the
two means differ by noise; the tolerance is z * sqrt(se_hcsim^2 + se_python^2) with z the
Bonferroni-adjusted 99% two-sided normal quantile over all comparisons (3 options x 4
metrics: z = 3.34, computed below). se_hcsim comes from summary.csv's 95% t-interval, se_python from the
script's standard deviation over its replications.

usage: python_same_chain.py HCSIM SOURCE_DIR
"""
import csv
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile

REPLICATIONS = 200
METRICS = ("evictions", "households_to_own_lease", "homeless_households_end", "cost_total_tkr")


def main():
    hcsim, source = sys.argv[1], sys.argv[2]
    scenario = os.path.join(source, "scenarios", "bench", "sketch.yaml")
    script = os.path.join(source, "sim", "bench", "python", "housing_chain.py")
    python = json.loads(subprocess.run(
        [sys.executable, script, scenario, "--replications", str(REPLICATIONS), "--seed", "7"],
        check=True, capture_output=True, text=True).stdout)
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([hcsim, "compare", scenario, "-r", str(REPLICATIONS), "--out",
                        os.path.join(out, "r")], check=True, capture_output=True)
        with open(os.path.join(out, "r", "summary.csv"), encoding="utf-8") as f:
            rows = {(r["option"], r["metric"]): r for r in csv.DictReader(f)}
    comparisons = len(python["options"]) * len(METRICS)
    z = statistics.NormalDist().inv_cdf(1 - 0.01 / (2 * comparisons))
    t975 = 1.972  # Student t, 199 degrees of freedom
    failures = 0
    for option, result in python["options"].items():
        for metric in METRICS:
            row = rows[(option, metric)]
            h_mean = float(row["mean"])
            h_se = (float(row["ci_high"]) - float(row["ci_low"])) / 2 / t975
            p_mean = result["means"][metric]
            p_se = result["sds"][metric] / math.sqrt(REPLICATIONS)
            tolerance = z * math.sqrt(h_se ** 2 + p_se ** 2)
            ok = abs(h_mean - p_mean) <= tolerance
            failures += not ok
            print("%-20s %-24s hcsim %10.2f python %10.2f  |diff| %8.2f <= %8.2f %s" % (
                option, metric, h_mean, p_mean, abs(h_mean - p_mean), tolerance,
                "ok" if ok else "DIFFERENT"))
    if failures:
        sys.exit("%d of %d comparisons differ beyond the noise" % (failures, comparisons))


if __name__ == "__main__":
    main()
