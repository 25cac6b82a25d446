#!/usr/bin/env python3
"""Register-to-register path estimate on a synth_ecp5 netlist (yosys JSON), in seconds.

Place and route of the engine takes a quarter of an hour; this ranks its slowest paths from
the synthesized netlist alone, so a change to the RTL can be judged after synthesis. Delays
are nextpnr's typical ECP5 speed-8 figures for each cell, plus a fixed routing delay per net
(none between cells a slice joins: a LUT into its PFUMX, a carry chain). The figures rank
paths and point at the logic behind them; the Fmax to quote is the routed one of `flow.py
ecp5`. On the engine the worst estimate has been within 20 % of the routed critical path
(16.0 ns against 19.2, then 12.2 against 11.75), and the routed path was among the slowest
few estimated, though not always first: read the top of the list, not its exact order.

  timing_estimate.py NETLIST.json [--top N]
"""

import argparse
import json
import re
import sys
from collections import defaultdict

ROUTE_NS = 0.65  # a typical routed net
CLK_TO_Q_NS = 0.31
SETUP_NS = 0.1
BRAM_CLK_TO_Q_NS = 2.0
LUTRAM_READ_NS = 0.4
# Combinational arcs: (cell type, input ports, output ports, delay in ns).
ARCS = [
    ("LUT4", "ABCD", ["Z"], 0.24),
    ("PFUMX", ["ALUT", "BLUT"], ["Z"], 0.14),
    ("PFUMX", ["C0"], ["Z"], 0.24),
    ("L6MUX21", ["D0", "D1"], ["Z"], 0.14),
    ("L6MUX21", ["SD"], ["Z"], 0.24),
    ("CCU2C", ["A0", "B0", "C0", "D0", "A1", "B1", "C1", "D1"], ["COUT"], 0.28),
    ("CCU2C", ["CIN"], ["COUT"], 0.04),
    ("CCU2C", ["A0", "B0", "C0", "D0", "A1", "B1", "C1", "D1"], ["S0", "S1"], 0.30),
    ("CCU2C", ["CIN"], ["S0", "S1"], 0.26),
    ("TRELLIS_DPR16X4", ["RAD"], ["DO"], LUTRAM_READ_NS),
]
# Inputs fed without general routing: from a LUT or PFUMX in the same slice, along a carry chain.
NO_ROUTE = {("PFUMX", "ALUT"), ("PFUMX", "BLUT"), ("L6MUX21", "D0"), ("L6MUX21", "D1"), ("CCU2C", "CIN")}
ENDPOINTS = {"TRELLIS_FF": ["DI", "CE", "LSR", "M"], "TRELLIS_DPR16X4": ["DI", "WAD", "WRE"]}


def top_module(netlist):
    mods = netlist["modules"]
    tops = [m for m in mods.values() if m.get("attributes", {}).get("top")]
    if len(tops) != 1:
        raise SystemExit("timing_estimate: the netlist has no single top module")
    return tops[0]


def bits(cell, port):
    return [b for b in cell["connections"].get(port, []) if isinstance(b, int)]


class Graph:
    """Nets (yosys bit numbers) with their fan-in arcs, start times and end points."""

    def __init__(self, mod):
        self.fanin = defaultdict(list)  # net -> [(input net, cell delay, routing delay)]
        self.start = {}  # net -> time it leaves a register or a block RAM
        self.ends = []  # (net, "cell.port")
        arcs = defaultdict(list)
        for t, ins, outs, d in ARCS:
            arcs[t].append((ins, outs, d))
        for name, c in mod["cells"].items():
            t = c["type"]
            for ins, outs, d in arcs.get(t, []):
                for o in outs:
                    for ob in bits(c, o):
                        for i in ins:
                            route = 0.0 if (t, i) in NO_ROUTE else ROUTE_NS
                            self.fanin[ob] += [(ib, d, route) for ib in bits(c, i)]
            if t == "TRELLIS_FF":
                for q in bits(c, "Q"):
                    self.start[q] = CLK_TO_Q_NS
            if t in ENDPOINTS:
                self.ends += [(b, f"{name}.{p}") for p in ENDPOINTS[t] for b in bits(c, p)]
            elif t not in arcs:
                # Block RAMs, I/O and anything unknown: outputs start paths, inputs end them.
                for p, direction in c.get("port_directions", {}).items():
                    for b in bits(c, p):
                        if direction == "output":
                            self.start[b] = BRAM_CLK_TO_Q_NS if t == "DP16KD" else 0.0
                        else:
                            self.ends.append((b, f"{name}.{p}"))
        self.arrival, self.pred = {}, {}

    def time(self, net):
        """Latest arrival at `net` (iterative depth-first, for long carry chains)."""
        stack, expanded = [net], set()
        while stack:
            n = stack[-1]
            if n in self.arrival:
                stack.pop()
                continue
            todo = [i for i, _, _ in self.fanin.get(n, []) if i not in self.arrival]
            if todo and n not in expanded:
                expanded.add(n)
                stack += todo
                continue
            # All inputs known (or a combinational loop, cut here).
            best, via = self.start.get(n, 0.0), None
            for i, d, route in self.fanin.get(n, []):
                t = self.arrival.get(i, 0.0) + route + d
                if t > best:
                    best, via = t, i
            self.arrival[n], self.pred[n] = best, via
            stack.pop()
        return self.arrival[net]

    def path(self, net):
        out = []
        while net is not None:
            out.append(net)
            net = self.pred.get(net)
        return out[::-1]


def readable_names(mod):
    """net -> the name yosys kept for it (user names before generated ones, shorter first)."""
    names = {}
    for n, info in mod["netnames"].items():
        rank = (info.get("hide_name", 0), len(n))
        for b in info["bits"]:
            if isinstance(b, int) and (b not in names or rank < names[b][0]):
                names[b] = (rank, n)
    return {b: n for b, (rank, n) in names.items() if rank[0] == 0}


def register_of(endpoint):
    """The register an end point belongs to: `core.mover.f_off.q_TRELLIS_FF_Q_3.DI` -> core.mover.f_off."""
    return re.sub(r"(\.q)?(_TRELLIS|\$|\.mem\.|_DI|\.DI|\.CE|\.LSR|\.M$).*", "", endpoint)


def estimate(netlist, top=20):
    """The `top` slowest registers (each with its slowest path), slowest first."""
    mod = top_module(netlist)
    g = Graph(mod)
    names = readable_names(mod)
    worst = {}
    for net, end in g.ends:
        t = g.time(net) + ROUTE_NS + SETUP_NS
        reg = register_of(end)
        if reg not in worst or t > worst[reg][0]:
            worst[reg] = (t, net)
    rows = []
    for reg, (t, net) in sorted(worst.items(), key=lambda kv: -kv[1][0])[:top]:
        through = []
        for n in g.path(net):
            label = names.get(n)
            if label:
                label = re.sub(r"_(TRELLIS|LUT4|CCU2C|PFUMX|L6MUX).*", "", label)
                if not through or through[-1] != label:
                    through.append(label)
        rows.append({"register": reg, "ns": round(t, 2), "mhz": round(1000 / t, 1), "through": through})
    return rows


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("netlist")
    p.add_argument("--top", type=int, default=20)
    a = p.parse_args()
    try:
        with open(a.netlist) as f:
            netlist = json.load(f)
    except (OSError, ValueError) as e:
        sys.exit(f"timing_estimate: cannot read {a.netlist}: {e}")
    for r in estimate(netlist, a.top):
        print(f"{r['ns']:6.2f} ns {r['mhz']:6.1f} MHz  {r['register']}")
        print("    through " + " > ".join(r["through"]))


if __name__ == "__main__":
    main()
