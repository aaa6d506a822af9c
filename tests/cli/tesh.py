#!/usr/bin/env python3
"""Runs a CLI test case written as data, in the manner of SimGrid's tesh.

A case file holds one or more commands, each followed by what it must print and return:

    # a comment: what the case checks
    $ hcsim validate ${SRC}/scenarios/norrmalm-2018-bolots.yaml
    > ${SRC}/scenarios/norrmalm-2018-bolots.yaml: valid
    ! expect return 2        (before its command: the exit code it must end with; default 0)
    ! output ignore          (before its command: do not compare what it prints)
    ! exists PATH            (after a command: PATH must exist; `! absent PATH`: must not)

A command runs in sh, in a fresh folder of its own (${TMP}), with `hcsim` the program under
test; it prints stdout and stderr merged. Its output must equal the `>` lines exactly, with
${SRC} (the source tree) and ${TMP} written for those folders. Exit status: 0 when every
command matched, 1 otherwise (the differences on stderr), 2 for a malformed case file.
"""
import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile


class Command:
    def __init__(self, line_number, text, expected_return, ignore_output):
        self.line_number = line_number
        self.text = text
        self.expected_return = expected_return
        self.ignore_output = ignore_output
        self.expected = []
        self.checks = []  # (line number, 'exists' | 'absent', path)


def parse(path):
    commands = []
    expected_return, ignore_output = 0, False
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("$ "):
                commands.append(Command(number, line[2:], expected_return, ignore_output))
                expected_return, ignore_output = 0, False
            elif line == ">" or line.startswith("> "):
                if not commands:
                    raise ValueError(f"{path}:{number}: output before any command")
                commands[-1].expected.append(line[2:])
            elif line.startswith("! expect return "):
                expected_return = int(line.split()[-1])
            elif line == "! output ignore":
                ignore_output = True
            elif line.startswith("! exists ") or line.startswith("! absent "):
                if not commands:
                    raise ValueError(f"{path}:{number}: a check before any command")
                kind, target = line[2:].split(" ", 1)
                commands[-1].checks.append((number, kind, target))
            else:
                raise ValueError(f"{path}:{number}: not a line of a case: {line!r}")
    if not commands:
        raise ValueError(f"{path}: no command")
    return commands


def run(case, hcsim, source):
    failures = []
    folder = tempfile.mkdtemp(prefix="tesh-")
    try:
        bin_dir = os.path.join(folder, ".bin")
        os.mkdir(bin_dir)
        os.symlink(os.path.abspath(hcsim), os.path.join(bin_dir, "hcsim"))
        work = os.path.join(folder, "work")
        os.mkdir(work)
        env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""),
                   SRC=source, TMP=work, LC_ALL="C.UTF-8")
        for command in parse(case):
            done = subprocess.run(["sh", "-c", command.text + " 2>&1"], cwd=work, env=env,
                                  stdout=subprocess.PIPE, timeout=600)
            printed = done.stdout.decode("utf-8", "replace").replace(source, "${SRC}")
            printed = printed.replace(work, "${TMP}").splitlines()
            where = f"{case}:{command.line_number}: $ {command.text}"
            if done.returncode != command.expected_return:
                failures.append(f"{where}\n  returned {done.returncode}, "
                                f"expected {command.expected_return}")
            if not command.ignore_output and printed != command.expected:
                diff = difflib.unified_diff(command.expected, printed, "expected", "printed",
                                            lineterm="")
                failures.append(where + "\n" + "\n".join("  " + d for d in diff))
            for number, kind, target in command.checks:
                present = os.path.lexists(os.path.join(work, target))
                if present != (kind == "exists"):
                    failures.append(f"{case}:{number}: {target} should be {kind}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hcsim", required=True, help="the program under test")
    parser.add_argument("--src", required=True, help="the source tree (${SRC})")
    parser.add_argument("cases", nargs="+")
    args = parser.parse_args()
    try:
        failures = [f for case in args.cases for f in run(case, args.hcsim, args.src)]
    except (ValueError, OSError) as e:
        print(e, file=sys.stderr)
        return 2
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
