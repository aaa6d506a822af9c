#!/usr/bin/env python3
"""The housing chain in plain Python (heapq and random), for `hcsim bench -w python_sketch`.

An independent implementation of the model hcsim simulates, written the way a competent
Python programmer would write a small discrete-event simulation: one heap of
(time, priority, sequence, kind, subject) tuples, lazy cancellation by version numbers,
households as small lists, capacity-limited states with a priority queue of waiters, staff
pools with contact attempts, caseload slots and effects that rescale the remaining delay.
It reads the same YAML scenario (PyYAML) and follows the same rules (docs/performance.md):
the exit of a stay is chosen on entry by one uniform, its delay fixed in usual-care days and
rescaled while staff hold the household; same-time events run pool changes first, then
admissions, then the rest, month-end snapshots last.

It does not reproduce hcsim's random numbers (Mersenne Twister here, Philox there): the
benchmark compares time per replication, and prints the means so that a reader can check
that both simulate the same chain (`--check` compares them with hcsim's summary.csv).

usage: housing_chain.py SCENARIO.yaml [--option NAME ...] [--replications N] [--seed S]
prints one JSON object: seconds per replication (process CPU time, YAML loading excluded),
events per replication and the means of the headline metrics per option.
"""
import argparse
import heapq
import json
import math
import random
import sys
import time

import yaml

DAYS_PER_YEAR = 365.0
DAYS_PER_MONTH = DAYS_PER_YEAR / 12.0

# Same-time order (as hcsim): pool start/end, admissions to freed places, ordinary events,
# month-end snapshots.
POOL_END, POOL_START, ADMIT, NORMAL, MONTH = -3, -2, -1, 0, 10
EV_EXIT, EV_ADMIT, EV_ARRIVAL, EV_CONTACT, EV_GAVE_UP, EV_POOL_START, EV_POOL_END, EV_MONTH = range(8)

# Household fields (a list per household: attribute access on objects is slower).
(H_GROUP, H_STATE, H_CAME_FROM, H_WAITING_FOR, H_U_OUT, H_BASE_DELAY, H_ELAPSED, H_LAST,
 H_FACTOR, H_EXIT, H_VERSION, H_ENTERED, H_POOL, H_STAFF, H_STAFF_VERSION, H_HOMELESS) = range(16)
NONE, CONTACTING, WAITING, HELD = range(4)


def per_group(value, groups, default=None):
    """A number or {default:, group: ...} as a list by group."""
    if isinstance(value, dict):
        base = value.get("default", default)
        out = []
        for g in groups:
            v = value.get(g, base)
            out.append(number(v) if v is not None else 0.0)
        return out
    return [number(value)] * len(groups)


def number(value):
    """A plain number, or hcsim's map form {value: ...} / {dist: ..., median: ...}."""
    if isinstance(value, dict):
        if "value" in value:
            return float(value["value"])
        if "median" in value:
            return float(value["median"])
        if "mean" in value:
            return float(value["mean"])
        raise ValueError("cannot read number %r" % (value,))
    return float(value)


def merge(base, overlay):
    """Maps merge key by key, everything else is replaced (hcsim's overlay rule)."""
    if isinstance(base, dict) and isinstance(overlay, dict):
        out = dict(base)
        for k, v in overlay.items():
            out[k] = merge(base[k], v) if k in base else v
        return out
    return overlay


class Model:
    """The scenario as lists indexed by group and state, one per option."""

    def __init__(self, doc, option):
        options = doc["options"]
        overlay = options[option] or {}
        chain = [overlay]
        while "extends_option" in chain[-1]:
            chain.append(options[chain[-1]["extends_option"]] or {})
        staff = {}
        for layer in reversed(chain):
            staff = merge(staff, layer.get("staff", {}))
        self.groups = list(doc["groups"].keys())
        g_index = {g: i for i, g in enumerate(self.groups)}
        self.children = [number((doc["groups"][g] or {}).get("children", 0)) for g in self.groups]
        self.states = list(doc["states"].keys())
        s_index = {s: i for i, s in enumerate(self.states)}
        self.s_index = s_index
        priority = doc.get("priority", [])
        self.rank = [priority.index(g) if g in priority else len(priority) for g in self.groups]
        self.kind, self.cost, self.capacity, self.overflow = [], [], [], []
        for s in self.states:
            st = doc["states"][s] or {}
            self.kind.append(st["kind"])
            self.cost.append(per_group(st.get("cost_per_day", 0), self.groups, 0))
            self.capacity.append(int(number(st["capacity"])) if "capacity" in st else None)
            self.overflow.append(s_index[st["overflow"]] if "overflow" in st else None)
        self.homeless = [k in ("acute", "long_term") for k in self.kind]
        self.own_lease = s_index.get("own_lease")
        self.horizon = number(doc["horizon_years"]) * DAYS_PER_YEAR
        self.years = int(math.ceil(self.horizon / DAYS_PER_YEAR - 1e-9))
        self.months = int(math.ceil(self.horizon / DAYS_PER_MONTH - 1e-9))
        # exits[state] = list of (name, dest by group, p by group, delay sampler by group,
        # eviction, event cost, came_from set or None)
        self.exits = [[] for _ in self.states]
        for s, lst in (doc.get("exits") or {}).items():
            for e in lst:
                to = e["to"]
                if isinstance(to, dict):
                    dflt = to.get("default")
                    dest = [to.get(g, dflt) for g in self.groups]
                else:
                    dest = [to] * len(self.groups)
                dest = [None if d in ("stay", "stays") else s_index[d] for d in dest]
                delays = [delay_sampler(e.get("delay"), g, self.groups) for g in range(len(self.groups))]
                cost = 0.0
                for amount in (e.get("cost") or {}).values():
                    cost += number(amount)
                came = e.get("only_if_came_from")
                self.exits[s_index[s]].append((
                    e["name"], dest, per_group(e["p"], self.groups), delays,
                    bool(e.get("eviction", False)), cost,
                    frozenset(s_index[c] for c in came) if came else None))
        self.exit_index = [{e[0]: i for i, e in enumerate(lst)} for lst in self.exits]
        self.initial = []
        for s, by_group in (doc.get("initial") or {}).items():
            if s == "source":
                continue
            for g, count in by_group.items():
                if g != "source":
                    self.initial.append((s_index[s], g_index[g], int(number(count))))
        self.arrivals = []
        for a in doc.get("arrivals") or []:
            rates = per_group(a["per_year"], self.groups, 0)
            for g, rate in enumerate(rates):
                if rate > 0:
                    self.arrivals.append((s_index[a["into"]], g, rate / DAYS_PER_YEAR))
        self.pools = []
        for role, p in staff.items():
            active = p.get("active", {})
            start = (number(active.get("from_year", 1)) - 1) * DAYS_PER_YEAR
            end = number(active["to_year"]) * DAYS_PER_YEAR if "to_year" in active else math.inf
            slots = int(round(number(p["fte"]) * number(p["caseload_per_fte"])))
            contact = p.get("contact", {})
            # modifiers[(state, group)] = (relative risk by exit, delay factor by exit)
            modifiers = {}
            for s in p.get("serves", []):
                si = s_index[s]
                for g in range(len(self.groups)):
                    modifiers[(si, g)] = ([1.0] * len(self.exits[si]), [1.0] * len(self.exits[si]))
            for eff in p.get("effects", []):
                si = s_index[eff["state"]]
                xi = self.exit_index[si][eff["exit"]]
                for g in range(len(self.groups)):
                    if "group" in eff and g_index[eff["group"]] != g:
                        continue
                    rr, df = modifiers.setdefault(
                        (si, g), ([1.0] * len(self.exits[si]), [1.0] * len(self.exits[si])))
                    rr[xi] *= number(eff.get("relative_risk", 1.0))
                    df[xi] *= number(eff.get("delay_factor", 1.0))
            pool_priority = p.get("priority", priority)
            self.pools.append(dict(
                role=role, start=start, end=end, slots=slots,
                cost_per_day=number(p["fte"]) * number(p["cost_per_fte_year"]) / DAYS_PER_YEAR,
                serves=frozenset(s_index[s] for s in p.get("serves", [])),
                groups=frozenset(g_index[g] for g in p.get("groups", self.groups)),
                p_success=number(contact.get("p_success", 1.0)),
                attempts=int(number(contact.get("attempts", 1))),
                between=number(contact.get("days_between", 0.0)),
                max_wait=number(p.get("max_wait_days", math.inf)),
                rank=[pool_priority.index(g) if g in pool_priority else len(pool_priority)
                      for g in self.groups],
                modifiers=modifiers))
        self.usual = [([1.0] * len(lst), [1.0] * len(lst)) for lst in self.exits]


def delay_sampler(delay, group, groups):
    """A function of the random generator giving a delay in days (usual care)."""
    if delay is None:
        return lambda rng: 0.0
    kind = delay["dist"]
    mean = number(delay["mean_days"]) if "mean_days" in delay else None
    if kind == "exponential":
        rate = 1.0 / mean
        return lambda rng: rng.expovariate(rate)
    if kind == "gamma":
        cv = number(delay["cv"])
        k = 1.0 / (cv * cv)
        theta = mean / k
        return lambda rng: rng.gammavariate(k, theta)
    if kind == "lognormal":
        cv = number(delay["cv"])
        s2 = math.log1p(cv * cv)
        mu, sigma = math.log(mean) - s2 / 2.0, math.sqrt(s2)
        return lambda rng: rng.lognormvariate(mu, sigma)
    if kind == "uniform":
        lo, hi = number(delay["min_days"]), number(delay["max_days"])
        return lambda rng: rng.uniform(lo, hi)
    if kind == "fixed":
        return lambda rng: mean
    raise ValueError("delay %s not supported here" % kind)


def replicate(m, seed):
    """One replication; returns (events, metrics dict)."""
    rng = random.Random(seed)
    uniform = rng.random
    heap = []
    push, pop = heapq.heappush, heapq.heappop
    seq = 0
    households = []
    counts = [0] * len(m.states)
    free = [c for c in m.capacity]  # free places by state, None if uncapacitated
    waiters = [[] for _ in m.states]  # heap of (rank, seq, household)
    waiting_seq = [0]
    pools = m.pools
    pool_active = [False] * len(pools)
    slots_free = [p["slots"] for p in pools]
    slot_waiters = [[] for _ in pools]
    exits, usual, kinds = m.exits, m.usual, m.kind
    cost_by_year = [0.0] * m.years
    evictions = [0]
    evictions_children = [0]
    to_own = [0]
    monthly = []
    transitions = {}
    horizon = m.horizon

    def schedule(t, prio, kind, subject):
        nonlocal seq
        seq += 1
        push(heap, (t, prio, seq, kind, subject))

    def spread(amount_per_day, start, end):
        # Cost per day over [start, end), split at year boundaries.
        y = int(start // DAYS_PER_YEAR)
        while start < end and y < m.years:
            stop = min(end, (y + 1) * DAYS_PER_YEAR)
            cost_by_year[y] += amount_per_day * (stop - start)
            start = stop
            y += 1

    def modifiers(h):
        hh = households[h]
        if hh[H_STAFF] == HELD:
            mod = pools[hh[H_POOL]]["modifiers"].get((hh[H_STATE], hh[H_GROUP]))
            if mod is not None:
                return mod
        return usual[hh[H_STATE]]

    def replan(h, now):
        hh = households[h]
        if hh[H_WAITING_FOR] is not None:
            return
        if hh[H_EXIT] is not None:
            hh[H_ELAPSED] += (now - hh[H_LAST]) / hh[H_FACTOR]
        hh[H_LAST] = now
        hh[H_VERSION] += 1  # cancels a pending exit event
        lst = exits[hh[H_STATE]]
        if not lst:
            hh[H_EXIT] = None
            return
        rr, df = modifiers(h)
        g, came = hh[H_GROUP], hh[H_CAME_FROM]
        total = 0.0
        weights = []
        for i, e in enumerate(lst):
            w = e[2][g] * rr[i] if (e[6] is None or came in e[6]) else 0.0
            weights.append(w)
            total += w
        u = hh[H_U_OUT] * total
        chosen = None
        cumulative = 0.0
        for i, w in enumerate(weights):
            if w > 0.0:
                chosen = i
                cumulative += w
                if u < cumulative:
                    break
        hh[H_EXIT] = chosen
        if chosen is None or lst[chosen][1][g] is None:
            return
        if hh[H_BASE_DELAY] is None:
            hh[H_BASE_DELAY] = {}
        base = hh[H_BASE_DELAY].get(chosen)
        if base is None:
            base = hh[H_BASE_DELAY][chosen] = lst[chosen][3][g](rng)
        hh[H_FACTOR] = df[chosen]
        remaining = max(0.0, base - hh[H_ELAPSED]) * df[chosen]
        schedule(now + remaining, NORMAL, EV_EXIT, (h, hh[H_VERSION]))

    def takes(p, hh):
        pool = pools[p]
        return hh[H_STATE] in pool["serves"] and hh[H_GROUP] in pool["groups"]

    def refer(h, now):
        hh = households[h]
        for p in range(len(pools)):
            if pool_active[p] and takes(p, hh):
                break
        else:
            return
        pool = pools[p]
        attempt = 1
        while attempt <= pool["attempts"] and not (uniform() < pool["p_success"]):
            attempt += 1
        if attempt > pool["attempts"]:
            return
        hh[H_POOL] = p
        hh[H_STAFF] = CONTACTING
        delay = (attempt - 1) * pool["between"]
        if delay > 0.0:
            hh[H_STAFF_VERSION] += 1
            schedule(now + delay, NORMAL, EV_CONTACT, (h, hh[H_STAFF_VERSION]))
        else:
            contact(h, now)

    def contact(h, now):
        hh = households[h]
        p = hh[H_POOL]
        if slots_free[p] > 0:
            slots_free[p] -= 1
            hh[H_STAFF] = HELD
            if hh[H_EXIT] is not None:
                replan(h, now)
            return
        hh[H_STAFF] = WAITING
        waiting_seq[0] += 1
        heapq.heappush(slot_waiters[p], (pools[p]["rank"][hh[H_GROUP]], waiting_seq[0], h))
        if pools[p]["max_wait"] < math.inf:
            hh[H_STAFF_VERSION] += 1
            schedule(now + pools[p]["max_wait"], NORMAL, EV_GAVE_UP, (h, hh[H_STAFF_VERSION]))

    def release_slot(p, now):
        # The next waiter still waiting for this pool gets the slot.
        q = slot_waiters[p]
        while q:
            _, _, w = heapq.heappop(q)
            ww = households[w]
            if ww[H_POOL] == p and ww[H_STAFF] == WAITING:
                ww[H_STAFF] = HELD
                ww[H_STAFF_VERSION] += 1  # cancels its give-up
                replan(w, now)
                return
        slots_free[p] += 1

    def leave_pool(h, now, replan_after):
        hh = households[h]
        hh[H_STAFF_VERSION] += 1
        held = hh[H_STAFF] == HELD
        p = hh[H_POOL]
        hh[H_POOL] = None
        hh[H_STAFF] = NONE  # a waiting entry left in the queue is skipped when popped
        if held:
            if replan_after:
                replan(h, now)
            release_slot(p, now)

    def start_stay(h, now):
        hh = households[h]
        hh[H_U_OUT] = uniform()
        hh[H_BASE_DELAY] = None
        hh[H_EXIT] = None
        hh[H_ELAPSED] = 0.0
        hh[H_LAST] = now
        hh[H_FACTOR] = 1.0
        if hh[H_STAFF] == NONE:
            refer(h, now)
        replan(h, now)

    def give_place(s, now):
        # A freed place in state s: to the first waiter, admitted at once (same time).
        if waiters[s]:
            _, _, w = heapq.heappop(waiters[s])
            schedule(now, ADMIT, EV_ADMIT, w)
        else:
            free[s] += 1

    def move(h, to, now):
        hh = households[h]
        frm = hh[H_STATE]
        e = exits[frm][hh[H_EXIT]]
        g = hh[H_GROUP]
        spread(m.cost[frm][g], hh[H_ENTERED], now)
        year = min(int(now // DAYS_PER_YEAR), m.years - 1)
        if e[5]:
            cost_by_year[year] += e[5]
        if e[4]:
            evictions[0] += 1
            if m.children[g] > 0:
                evictions_children[0] += 1
        key = (frm, to)
        transitions[key] = transitions.get(key, 0) + 1
        counts[frm] -= 1
        counts[to] += 1
        if to == m.own_lease and kinds[frm] != "housed":
            to_own[0] += 1
        if m.homeless[to] and hh[H_HOMELESS] is None:
            hh[H_HOMELESS] = now
        elif kinds[to] in ("housed", "absorbing"):
            hh[H_HOMELESS] = None
        hh[H_CAME_FROM] = frm
        hh[H_STATE] = to
        hh[H_ENTERED] = now
        hh[H_WAITING_FOR] = None
        if free[frm] is not None:
            give_place(frm, now)
        if hh[H_POOL] is not None and to not in pools[hh[H_POOL]]["serves"]:
            leave_pool(h, now, False)
        start_stay(h, now)

    def admit_arrival(state):
        hops = 0
        while free[state] is not None and hops <= len(m.states):
            if free[state] > 0:
                free[state] -= 1
                return state
            if m.overflow[state] is None:
                raise RuntimeError("arrival state full without overflow")
            state = m.overflow[state]
            hops += 1
        return state

    def add_household(g, state, now):
        state = admit_arrival(state)
        h = len(households)
        households.append([g, state, None, None, 0.5, None, 0.0, now, 1.0, None, 0, now, None,
                           NONE, 0, now if m.homeless[state] else None])
        counts[state] += 1
        start_stay(h, now)

    def exit_due(h, now):
        hh = households[h]
        e = exits[hh[H_STATE]][hh[H_EXIT]]
        target = e[1][hh[H_GROUP]]
        for _ in range(len(m.states) + 1):
            f = free[target]
            if f is None:
                move(h, target, now)
                return
            if f > 0:
                free[target] -= 1
                move(h, target, now)
                return
            if m.overflow[target] is None:
                hh[H_WAITING_FOR] = target
                waiting_seq[0] += 1
                heapq.heappush(waiters[target], (m.rank[hh[H_GROUP]], waiting_seq[0], h))
                return
            target = m.overflow[target]
        raise RuntimeError("overflow loop")

    for state, g, count in m.initial:
        for _ in range(count):
            add_household(g, state, 0.0)
    for a, (state, g, rate) in enumerate(m.arrivals):
        schedule(rng.expovariate(rate), NORMAL, EV_ARRIVAL, a)
    for p, pool in enumerate(pools):
        if pool["slots"] > 0 and pool["start"] < horizon:
            schedule(pool["start"], POOL_START, EV_POOL_START, p)
            if pool["end"] < horizon:
                schedule(pool["end"], POOL_END, EV_POOL_END, p)
    schedule(min(DAYS_PER_MONTH, horizon), MONTH, EV_MONTH, 0)

    events = 0
    while heap:
        t, _, _, kind, subject = heap[0]
        if t > horizon:
            break
        pop(heap)
        if kind == EV_EXIT:
            h, version = subject
            if households[h][H_VERSION] != version:
                continue  # cancelled
            events += 1
            exit_due(h, t)
        elif kind == EV_ARRIVAL:
            events += 1
            state, g, rate = m.arrivals[subject]
            add_household(g, state, t)
            gap = rng.expovariate(rate)
            if t + gap <= horizon:
                schedule(t + gap, NORMAL, EV_ARRIVAL, subject)
        elif kind == EV_ADMIT:
            events += 1
            h = subject
            move(h, households[h][H_WAITING_FOR], t)
        elif kind == EV_CONTACT or kind == EV_GAVE_UP:
            h, version = subject
            hh = households[h]
            if hh[H_STAFF_VERSION] != version:
                continue
            events += 1
            if kind == EV_CONTACT:
                contact(h, t)
            else:
                hh[H_STAFF] = NONE  # its queue entry is skipped when popped
                hh[H_POOL] = None
        elif kind == EV_MONTH:
            events += 1
            monthly.append(list(counts))
            if subject + 1 < m.months:
                schedule(min((subject + 2) * DAYS_PER_MONTH, horizon), MONTH, EV_MONTH, subject + 1)
        elif kind == EV_POOL_START:
            events += 1
            pool_active[subject] = True
            for h, hh in enumerate(households):
                if hh[H_STAFF] == NONE and hh[H_WAITING_FOR] is None and takes(subject, hh):
                    refer(h, t)
        elif kind == EV_POOL_END:
            events += 1
            pool_active[subject] = False
            members = [h for h, hh in enumerate(households) if hh[H_POOL] == subject]
            for h in members:
                if households[h][H_STAFF] != HELD:
                    leave_pool(h, t, False)
            slot_waiters[subject].clear()
            for h in members:
                if households[h][H_POOL] == subject:
                    leave_pool(h, t, True)

    for hh in households:
        spread(m.cost[hh[H_STATE]][hh[H_GROUP]], hh[H_ENTERED], horizon)
    for pool in pools:
        spread(pool["cost_per_day"], pool["start"], min(pool["end"], horizon))
    homeless_end = sum(c for s, c in enumerate(counts) if m.homeless[s])
    return events, {
        "evictions": evictions[0],
        "evictions_with_children": evictions_children[0],
        "households_to_own_lease": to_own[0],
        "homeless_households_end": homeless_end,
        "cost_total_tkr": sum(cost_by_year) / 1000.0,
        "households": len(households),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("scenario")
    parser.add_argument("--option", action="append")
    parser.add_argument("--replications", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with open(args.scenario, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    options = args.option or list(doc["options"].keys())
    result = {"replications": args.replications, "options": {}}
    total_seconds = 0.0
    total_events = 0
    for option in options:
        model = Model(doc, option)
        sums = {}
        squares = {}
        events = 0
        start = time.process_time()
        for r in range(args.replications):
            e, metrics = replicate(model, args.seed * 1000003 + r)
            events += e
            for k, v in metrics.items():
                sums[k] = sums.get(k, 0.0) + v
                squares[k] = squares.get(k, 0.0) + v * v
        seconds = time.process_time() - start
        total_seconds += seconds
        total_events += events
        result["options"][option] = {
            "seconds_per_replication": seconds / args.replications,
            "events_per_replication": events / args.replications,
            "means": {k: v / args.replications for k, v in sums.items()},
            # Standard deviations over replications (n - 1), for the same-chain test.
            "sds": {k: math.sqrt(max(0.0, (squares[k] - sums[k] * sums[k] / args.replications)
                                     / max(1, args.replications - 1))) for k in sums},
        }
    runs = args.replications * len(options)
    result["seconds_per_replication"] = total_seconds / runs
    result["events_per_replication"] = total_events / runs
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
