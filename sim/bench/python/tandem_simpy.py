#!/usr/bin/env python3
"""The kernel's tandem line in SimPy, for `hcsim bench -w simpy_tandem`.

The same line as `hcsim bench -w tandem` (sim/bench/tandem_line.cpp): Poisson arrivals at
1 a day, three FIFO stages with 5, 3 and 8 servers and exponential service with means 4.0,
2.5 and 7.0 days, run until the line is empty. Written as SimPy's documentation writes a
queueing line: one process per customer, `with stage.request() as req: yield req`, then a
timeout for the service.

usage: tandem_simpy.py [--customers N] [--seed S]
prints one JSON object: process CPU seconds, customers, mean time in system (days).
"""
import argparse
import json
import random
import sys
import time

import simpy

SERVERS = (5, 3, 8)
MEANS = (4.0, 2.5, 7.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    start = time.process_time()
    env = simpy.Environment()
    stages = [simpy.Resource(env, capacity=c) for c in SERVERS]
    rates = [1.0 / m for m in MEANS]
    total = [0.0]

    def customer():
        arrived = env.now
        for stage, rate in zip(stages, rates):
            with stage.request() as request:
                yield request
                yield env.timeout(rng.expovariate(rate))
        total[0] += env.now - arrived

    def source():
        for _ in range(args.customers):
            env.process(customer())
            yield env.timeout(rng.expovariate(1.0))

    env.process(source())
    env.run()
    seconds = time.process_time() - start
    json.dump({"customers": args.customers, "seconds": seconds,
               "mean_time_in_system": total[0] / args.customers}, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
