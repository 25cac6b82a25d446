//! Checks of the Vivado flow for PCIe cards (`fpga-build/vivado`, `fpga-build/rtl`) that run
//! without Vivado, which cannot be installed on these machines:
//!
//! - every Tcl file under `fpga-build/` parses, body by body, and broken copies do not;
//! - the flow's own Tcl (arguments, engine detection, port contract, reports) passes its
//!   unit tests, and `build.tcl` runs end to end in tclsh against stand-in Vivado commands,
//!   stopping where it must (a port the IP lacks, a lane on the wrong pin, timing);
//! - the wrapper lints clean under `verilator -Wall` and elaborates in yosys, with the bridge
//!   and the other Xilinx IP as black-box stubs and the engine stand-in `bench_fixture.v`;
//! - the wrapper's own RTL (interrupt path, address window guard, shell) passes its
//!   simulations under Icarus Verilog;
//! - `make vivado` refuses to run without Vivado (exit 2) and passes the right arguments.
//!
//! Needs tclsh, verilator, yosys, iverilog and make (scripts/setup.sh installs them).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{SystemTime, UNIX_EPOCH};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn vivado_dir() -> PathBuf {
    root().join("fpga-build/vivado")
}

fn rtl_dir() -> PathBuf {
    root().join("fpga-build/rtl")
}

fn fixture() -> PathBuf {
    root().join("testbench/tests/fixtures/bench_fixture.v")
}

/// A directory of its own for one test.
fn scratch(tag: &str) -> PathBuf {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("fpga-build-{tag}-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(cmd: &mut Command) -> Output {
    let program = cmd.get_program().to_string_lossy().into_owned();
    cmd.current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program} ({e}); scripts/setup.sh installs it"))
}

fn text(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

fn assert_ok(what: &str, out: &Output) {
    assert!(out.status.success(), "{what} failed ({}):\n{}", out.status, text(out));
}

fn assert_fails_with(what: &str, out: &Output, needle: &str) {
    assert!(!out.status.success(), "{what} should have failed:\n{}", text(out));
    assert!(text(out).contains(needle), "{what}: expected '{needle}' in:\n{}", text(out));
}

/// The engine stand-in with a 64-bit data path (module `bench_fixture64`): the same ports,
/// narrower data, strobes and keeps.
fn fixture64(dir: &Path) -> PathBuf {
    let mut v = std::fs::read_to_string(fixture()).unwrap();
    v = v.replace("module bench_fixture(", "module bench_fixture64(").replace("[255:0]", "[63:0]");
    for port in
        ["m_axi$wstrb", "m_axis_net$tkeep", "s_axis_net$tkeep", "m_axis_sto$tkeep", "s_axis_sto$tkeep"]
    {
        v = v.replace(&format!("[31:0] {port}"), &format!("[7:0] {port}"));
    }
    assert!(
        v.contains("output [7:0] m_axi$wstrb") && !v.contains("[255:0]"),
        "bench_fixture.v changed shape"
    );
    let path = dir.join("bench_fixture64.v");
    std::fs::write(&path, v).unwrap();
    path
}

// ------------------------------------------------------------------------------ Tcl

fn tcl_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            // Build outputs and the open flow's Python environment hold no sources of ours.
            if ![".venv", "out", "reports", ".cache", "ip"].contains(&name.as_str()) {
                tcl_files(&path, out);
            }
        } else if name.ends_with(".tcl") {
            out.push(path);
        }
    }
}

fn check_tcl(files: &[PathBuf]) -> Output {
    run(Command::new("tclsh").arg(vivado_dir().join("check_tcl.tcl")).args(files))
}

#[test]
fn every_tcl_file_under_fpga_build_parses() {
    let mut files = Vec::new();
    tcl_files(&root().join("fpga-build"), &mut files);
    files.sort();
    for expected in [
        "build.tcl",
        "lib.tcl",
        "dryrun.tcl",
        "check_tcl.tcl",
        "boards/litefury.tcl",
        "boards/u250.tcl",
        "tests/lib_test.tcl",
    ] {
        assert!(files.contains(&vivado_dir().join(expected)), "{expected} not found among {files:?}");
    }
    let out = check_tcl(&files);
    assert_ok("check_tcl.tcl", &out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    for f in &files {
        assert!(
            stdout.contains(&format!("ok {}", f.display())),
            "{} not reported ok:\n{stdout}",
            f.display()
        );
    }
}

#[test]
fn tcl_check_rejects_broken_copies() {
    let dir = scratch("broken-tcl");
    let build = std::fs::read_to_string(vivado_dir().join("build.tcl")).unwrap();
    // (what is broken, text to replace, replacement, where the checker must point)
    let cases = [
        (
            "bracket in a proc body",
            "set ip [get_ips $module]",
            "set ip [get_ips $module",
            "proc viaduct::generate_ip",
        ),
        (
            "quote in a proc body",
            "transceiver pins checked\"",
            "transceiver pins checked",
            "proc viaduct::check_pins",
        ),
        (
            "bracket in an if body",
            "set part [dict get $cfg part]",
            "set part [dict get $cfg part",
            "if: incomplete",
        ),
        ("the file's last brace", "    exit 1\n}\n", "    exit 1\n", "file: incomplete"),
    ];
    for (what, from, to, needle) in cases {
        assert_eq!(build.matches(from).count(), 1, "{what}: build.tcl no longer has '{from}' once");
        let path = dir.join(format!("{}.tcl", what.replace(' ', "_").replace('\'', "")));
        std::fs::write(&path, build.replacen(from, to, 1)).unwrap();
        assert_fails_with(what, &check_tcl(std::slice::from_ref(&path)), needle);
    }
    // The body-level check is what finds a bracket missing inside braces: Tcl's own
    // `info complete` on the whole file does not.
    let probe = dir.join("whole_file.tcl");
    std::fs::write(&probe, "set fh [open [lindex $argv 0]]; puts [info complete [read $fh]]").unwrap();
    let out = run(Command::new("tclsh").arg(&probe).arg(dir.join("bracket_in_a_proc_body.tcl")));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "1", "{}", text(&out));
}

#[test]
fn tcl_library_unit_tests_pass() {
    let dir = scratch("lib-test");
    let out = run(Command::new("tclsh").arg(vivado_dir().join("tests/lib_test.tcl")).arg(&dir));
    assert_ok("tests/lib_test.tcl", &out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout.lines().last().unwrap_or_default();
    let counts: Vec<u32> = line.split(|c: char| !c.is_ascii_digit()).filter_map(|s| s.parse().ok()).collect();
    assert!(counts.len() == 2 && counts[0] == counts[1] && counts[0] >= 80, "unexpected summary: {stdout}");
}

fn dry_run(board: &str, engine: &Path, out_dir: &Path, env: &[(&str, &str)], extra: &[&str]) -> Output {
    let mut cmd = Command::new("tclsh");
    cmd.arg(vivado_dir().join("dryrun.tcl")).arg(board).arg(engine).arg(out_dir).args(extra);
    for (k, v) in env {
        cmd.env(k, v);
    }
    run(&mut cmd)
}

/// The dry run's log: one Tcl command per line.
fn log_lines(out_dir: &Path) -> Vec<String> {
    std::fs::read_to_string(out_dir.join("dryrun.log")).unwrap().lines().map(str::to_owned).collect()
}

fn position(lines: &[String], what: &str, pred: impl Fn(&str) -> bool) -> usize {
    lines
        .iter()
        .position(|l| pred(l))
        .unwrap_or_else(|| panic!("no {what} in the dry run log:\n{}", lines.join("\n")))
}

/// The CONFIG dict given to one IP, as space-separated `key value` words.
fn ip_config(lines: &[String], module: &str) -> String {
    let i = position(lines, module, |l| {
        l.starts_with("set_property -dict") && l.ends_with(&format!("ip:{module}"))
    });
    format!(" {} ", lines[i].replace(['{', '}'], " "))
}

#[test]
fn dry_run_litefury_runs_every_step() {
    let dir = scratch("dry-litefury");
    let out = dry_run("litefury", &fixture(), &dir, &[], &[]);
    assert_ok("dry run for litefury", &out);
    let lines = log_lines(&dir);

    let bridge = ip_config(&lines, "viaduct_lf_pcie");
    for kv in [
        "CONFIG.NO_OF_LANES X4",
        "CONFIG.MAX_LINK_SPEED 5.0_GT/s",
        "CONFIG.BAR0_SIZE 2",
        "CONFIG.BAR0_SCALE Megabytes",
        "CONFIG.PCIEBAR2AXIBAR_0 0x00000000",
        "CONFIG.AXIBAR_HIGHADDR_0 0xFFFFFFFF",
        "CONFIG.S_AXI_DATA_WIDTH 128",
    ] {
        assert!(bridge.contains(&format!(" {kv} ")), "bridge config lacks {kv}: {bridge}");
    }
    let host = ip_config(&lines, "viaduct_lf_host_width");
    assert!(
        host.contains(" CONFIG.SI_DATA_WIDTH 256 ") && host.contains(" CONFIG.MI_DATA_WIDTH 128 "),
        "{host}"
    );
    let lite = ip_config(&lines, "viaduct_bar_lite");
    assert!(lite.contains(" CONFIG.MI_PROTOCOL AXI4LITE "), "{lite}");

    let synth = position(&lines, "synth_design", |l| l.starts_with("synth_design"));
    assert!(
        lines[synth].contains("-top viaduct_litefury_top")
            && lines[synth].contains("VIADUCT_ENGINE=bench_fixture VIADUCT_DATA_WIDTH=256"),
        "{}",
        lines[synth]
    );
    // The card's lane order, applied after synthesis and before placement.
    let place = position(&lines, "place_design", |l| l.starts_with("place_design"));
    for (lane, site) in [(0, "X0Y6"), (1, "X0Y4"), (2, "X0Y5"), (3, "X0Y7")] {
        let loc = position(&lines, "a lane LOC", |l| {
            l.starts_with(&format!("set_property LOC GTPE2_CHANNEL_{site} "))
                && l.contains(&format!("pipe_lane[{lane}]"))
        });
        assert!(synth < loc && loc < place, "lane {lane} placed out of order");
    }
    let route = position(&lines, "route_design", |l| l.starts_with("route_design"));
    let bit = position(&lines, "write_bitstream", |l| l.starts_with("write_bitstream"));
    assert!(place < route && route < bit);
    for file in [
        "viaduct_litefury.bit",
        "viaduct_litefury.bin",
        "timing_summary.rpt",
        "utilization.rpt",
        "post_route.dcp",
    ] {
        assert!(dir.join(file).exists(), "{file} not written");
    }
    let summary = std::fs::read_to_string(dir.join("summary.json")).unwrap();
    for field in [
        "\"board\": \"litefury\"",
        "\"data_width\": 256",
        "\"lut\": ",
        "\"wns_ns\": 0.25",
        "\"timing_met\": true",
    ] {
        assert!(summary.contains(field), "summary.json lacks {field}:\n{summary}");
    }
}

#[test]
fn dry_run_u250_runs_every_step() {
    let dir = scratch("dry-u250");
    let engine = fixture64(&dir);
    let out = dry_run("u250", &engine, &dir.join("out"), &[], &["jobs=1"]);
    assert_ok("dry run for u250", &out);
    let lines = log_lines(&dir.join("out"));

    position(&lines, "the board part", |l| l.starts_with("set_property board_part xilinx.com:au250:part0:"));
    let bridge = ip_config(&lines, "viaduct_u250_xdma");
    for kv in [
        "CONFIG.functional_mode AXI_Bridge",
        "CONFIG.pl_link_cap_max_link_width X16",
        "CONFIG.pl_link_cap_max_link_speed 8.0_GT/s",
        "CONFIG.pf0_bar0_size 2",
        "CONFIG.pf0_bar0_scale Megabytes",
        "CONFIG.pciebar2axibar_0 0x0000000000000000",
        "CONFIG.en_axi_slave_if true",
        "CONFIG.pf0_msix_enabled true",
        "CONFIG.xdma_num_usr_irq 16",
        "CONFIG.PCIE_BOARD_INTERFACE pci_express_x16",
    ] {
        assert!(bridge.contains(&format!(" {kv} ")), "bridge config lacks {kv}: {bridge}");
    }
    // The engine's 64-bit data path reaches the converters on its side.
    assert!(ip_config(&lines, "viaduct_u250_host_cdc").contains(" CONFIG.DATA_WIDTH 64 "));
    assert!(ip_config(&lines, "viaduct_u250_host_width").contains(" CONFIG.SI_DATA_WIDTH 64 "));
    let synth = position(&lines, "synth_design", |l| l.starts_with("synth_design"));
    assert!(
        lines[synth].contains("VIADUCT_ENGINE=bench_fixture64 VIADUCT_DATA_WIDTH=64"),
        "{}",
        lines[synth]
    );
    assert!(
        !lines.iter().any(|l| l.starts_with("set_property LOC")),
        "the U250's transceivers are the IP's to place"
    );
    assert!(dir.join("out/viaduct_u250.bit").exists());
}

/// A run that must fail: what it is, board, engine, environment, what the error says.
type FailingRun<'a> = (&'a str, &'a str, &'a Path, &'a [(&'a str, &'a str)], &'a str);

#[test]
fn dry_run_stops_where_the_flow_must_stop() {
    let dir = scratch("dry-stops");
    let fixture = fixture();
    let not_an_engine = root().join("testbench/tests/fixtures/fixture.v");
    let cases: [FailingRun; 6] = [
        (
            "an IP without a port the wrapper uses",
            "u250",
            &fixture,
            &[("VIADUCT_DRYRUN_DROP_PORT", "viaduct_u250_xdma:usr_irq_ack")],
            "'usr_irq_ack'",
        ),
        (
            "a lane on the wrong pin",
            "litefury",
            &fixture,
            &[("VIADUCT_DRYRUN_WRONG_PIN", "pci_exp_rxp[2]")],
            "pci_exp_rxp[2] is on 'A1', the card wires it to D11",
        ),
        (
            "missing board files",
            "u250",
            &fixture,
            &[("VIADUCT_DRYRUN_NO_BOARD", "1")],
            "board files for u250",
        ),
        (
            "timing not met",
            "u250",
            &fixture,
            &[("VIADUCT_DRYRUN_SLACK", "-0.3")],
            "timing not met (WNS -0.3 ns",
        ),
        ("an unknown board", "zcu102", &fixture, &[], "unknown board 'zcu102'"),
        ("a file without the engine", "litefury", &not_an_engine, &[], "has the engine's ports"),
    ];
    for (i, (what, board, engine, env, needle)) in cases.into_iter().enumerate() {
        let out_dir = dir.join(i.to_string());
        let out = dry_run(board, engine, &out_dir, env, &[]);
        assert_fails_with(what, &out, needle);
        assert!(!out_dir.join(format!("viaduct_{board}.bit")).exists(), "{what}: a bitstream was written");
    }
    // allow_timing_failure=1 writes the bitstream of a design that misses timing.
    let out = dry_run(
        "u250",
        &fixture,
        &dir.join("allowed"),
        &[("VIADUCT_DRYRUN_SLACK", "-0.3")],
        &["allow_timing_failure=1"],
    );
    assert_ok("dry run with allow_timing_failure=1", &out);
    assert!(dir.join("allowed/viaduct_u250.bit").exists());
}

// ------------------------------------------------------------------------------ Verilog

const WRAPPER_RTL: &[&str] = &[
    "viaduct_reset_sync.v",
    "viaduct_irq_sync.v",
    "viaduct_irq_usr.v",
    "viaduct_irq_msi.v",
    "viaduct_host_window.v",
    "viaduct_shell.v",
    "viaduct_litefury_top.v",
    "viaduct_u250_top.v",
];

fn wrapper_sources(stubs: &Path) -> Vec<PathBuf> {
    let rtl = rtl_dir();
    let mut files = vec![rtl.join("lint/xilinx_primitive_stubs.v"), stubs.to_path_buf()];
    files.extend(WRAPPER_RTL.iter().map(|f| rtl.join(f)));
    files
}

fn verilator_lint(top: &str, engine: &Path, engine_top: &str, width: u32, params: &[&str]) -> Output {
    let rtl = rtl_dir();
    let mut cmd = Command::new("verilator");
    cmd.args(["--lint-only", "-Wall", "--top-module", top])
        .arg(format!("-I{}", rtl.display()))
        .arg(format!("+define+VIADUCT_ENGINE={engine_top}"))
        .arg(format!("+define+VIADUCT_DATA_WIDTH={width}"))
        .args(params)
        .arg(rtl.join("lint/engine_waivers.vlt"))
        .args(wrapper_sources(&rtl.join("lint/xilinx_ip_stubs.v")))
        .arg(engine);
    run(&mut cmd)
}

#[test]
fn wrapper_lints_clean_with_verilator() {
    let dir = scratch("lint");
    let engine64 = fixture64(&dir);
    let engines = [(fixture(), "bench_fixture", 256), (engine64, "bench_fixture64", 64)];
    for top in ["viaduct_litefury_top", "viaduct_u250_top"] {
        for (engine, engine_top, width) in &engines {
            for params in [&[][..], &["-GNET_LOOPBACK=1"][..]] {
                let out = verilator_lint(top, engine, engine_top, *width, params);
                let what = format!("verilator -Wall of {top} with {engine_top} {params:?}");
                assert_ok(&what, &out);
                assert!(out.stderr.is_empty(), "{what} printed:\n{}", text(&out));
            }
        }
    }
    // The generated engines (default and small), with the waivers their rust-hdl output needs.
    for (file, expected_width) in GENERATED {
        let engine = root().join(file);
        let (engine_top, width) = engine_facts(&dir, &engine);
        assert_eq!((engine_top.as_str(), width), ("viaduct_engine", expected_width), "{file}");
        for top in ["viaduct_litefury_top", "viaduct_u250_top"] {
            let out = verilator_lint(top, &engine, &engine_top, width, &[]);
            let what = format!("verilator -Wall of {top} with {file}");
            assert_ok(&what, &out);
            assert!(out.stderr.is_empty(), "{what} printed:\n{}", text(&out));
        }
    }
}

/// The checked-in engines (`make verilog`) and their data path widths.
const GENERATED: [(&str, u32); 2] =
    [("hw/generated/viaduct_engine.v", 256), ("hw/generated/viaduct_engine_small.v", 64)];

/// The engine's module and data path width as the Vivado flow finds them (`viaduct::engine_facts`).
fn engine_facts(dir: &Path, engine: &Path) -> (String, u32) {
    let script = dir.join("facts.tcl");
    std::fs::write(
        &script,
        format!(
            "source {{{}}}; set f [viaduct::engine_facts {{{}}}]; puts \"[dict get $f top] [dict get $f width]\"",
            vivado_dir().join("lib.tcl").display(),
            engine.display()
        ),
    )
    .unwrap();
    let out = run(Command::new("tclsh").arg(&script));
    assert_ok(&format!("engine detection in {}", engine.display()), &out);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut words = stdout.split_whitespace();
    (words.next().unwrap().to_owned(), words.next().unwrap().parse().unwrap())
}

#[test]
fn lint_catches_an_engine_of_another_width() {
    let dir = scratch("lint-width");
    // A 64-bit engine where the wrapper expects 256 bits: the port widths disagree.
    let out = verilator_lint("viaduct_litefury_top", &fixture64(&dir), "bench_fixture64", 256, &[]);
    assert_fails_with("lint of a 64-bit engine as a 256-bit one", &out, "WIDTH");
}

fn yosys_elaborate(top: &str, stubs: &Path, checks: &str) -> Output {
    let read_engine = format!("read_verilog {}", fixture().display());
    yosys_elaborate_engine(top, stubs, ("bench_fixture", 256), &read_engine, checks)
}

/// The wrapper around `engine` (module, data path width), which `read_engine` reads.
fn yosys_elaborate_engine(
    top: &str,
    stubs: &Path,
    (engine, width): (&str, u32),
    read_engine: &str,
    checks: &str,
) -> Output {
    let rtl = rtl_dir();
    let files: Vec<String> = wrapper_sources(stubs).iter().map(|p| p.display().to_string()).collect();
    let script = format!(
        "read_verilog -DVIADUCT_ENGINE={engine} -DVIADUCT_DATA_WIDTH={width} -I{rtl} {files}; {read_engine}; \
         hierarchy -check -top {top}; synth -top {top} -run begin:fine; check -assert; {checks}",
        rtl = rtl.display(),
        files = files.join(" "),
    );
    run(Command::new("yosys").args(["-q", "-p", &script]))
}

#[test]
fn wrapper_elaborates_in_yosys_around_the_generated_engine() {
    // The engine as a black box with its real ports (`read_verilog -lib`): `hierarchy -check`
    // fails on a port the wrapper names and the engine lacks. Verilator checks the widths above.
    let stubs = rtl_dir().join("lint/xilinx_ip_stubs.v");
    for (file, width) in GENERATED {
        let read_engine = format!("read_verilog -lib {}", root().join(file).display());
        for top in ["viaduct_litefury_top", "viaduct_u250_top"] {
            let out = yosys_elaborate_engine(
                top,
                &stubs,
                ("viaduct_engine", width),
                &read_engine,
                "select -assert-count 1 t:viaduct_engine;",
            );
            assert_ok(&format!("yosys elaboration of {top} around {file}"), &out);
        }
    }
    // An engine without a port the shell connects does not elaborate.
    let dir = scratch("yosys-missing-port");
    let small = std::fs::read_to_string(root().join(GENERATED[1].0)).unwrap();
    let broken = dir.join("viaduct_engine_small.v");
    let renamed = small.replace("unseal_hits", "unseal_hits_gone");
    assert_ne!(renamed, small, "the small engine has no unseal_hits port");
    std::fs::write(&broken, renamed).unwrap();
    let out = yosys_elaborate_engine(
        "viaduct_litefury_top",
        &stubs,
        ("viaduct_engine", 64),
        &format!("read_verilog -lib {}", broken.display()),
        "",
    );
    assert_fails_with("yosys around an engine without unseal_hits", &out, "unseal_hits");
}

#[test]
fn wrapper_elaborates_in_yosys_with_ip_as_black_boxes() {
    let stubs = rtl_dir().join("lint/xilinx_ip_stubs.v");
    let tops = [
        (
            "viaduct_litefury_top",
            &[
                "viaduct_lf_pcie",
                "viaduct_lf_bar_width",
                "viaduct_bar_lite",
                "viaduct_lf_host_width",
                "IBUFDS_GTE2",
            ][..],
        ),
        (
            "viaduct_u250_top",
            &[
                "viaduct_u250_xdma",
                "viaduct_u250_bar_width",
                "viaduct_bar_lite",
                "viaduct_u250_bar_cdc",
                "viaduct_u250_host_cdc",
                "viaduct_u250_host_width",
                "IBUFDS_GTE4",
                "MMCME4_BASE",
            ][..],
        ),
    ];
    for (top, ips) in tops {
        // One engine, one interrupt synchronizer, and each black box once.
        let mut checks = String::from(
            "select -assert-count 1 t:bench_fixture; select -assert-count 1 t:*viaduct_irq_sync*;",
        );
        for ip in ips {
            checks.push_str(&format!(" select -assert-count 1 t:{ip};"));
        }
        assert_ok(&format!("yosys elaboration of {top}"), &yosys_elaborate(top, &stubs, &checks));
    }
    // Without the stub of an IP the wrapper instantiates, elaboration fails.
    let dir = scratch("yosys-missing-stub");
    let text = std::fs::read_to_string(&stubs).unwrap();
    let start = text.find("(* blackbox *)\nmodule viaduct_bar_lite (").expect("stub of viaduct_bar_lite");
    let end = start + text[start..].find("endmodule").unwrap() + "endmodule".len();
    let broken = dir.join("xilinx_ip_stubs.v");
    std::fs::write(&broken, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let out = yosys_elaborate("viaduct_litefury_top", &broken, "");
    assert_fails_with("yosys without the stub of viaduct_bar_lite", &out, "viaduct_bar_lite");
}

// ------------------------------------------------------------------------------ open synthesis

/// `fpga-build/flow.py xilinx` on `verilog`; its JSON report, or the failed run.
fn flow_xilinx(verilog: &Path, top: &str, out: &Path) -> Result<String, Output> {
    let output = run(Command::new("python3")
        .arg(root().join("fpga-build/flow.py"))
        .args(["xilinx", "--family", "xc7", "--top", top, "--tag", "test", "--verilog"])
        .arg(verilog)
        .arg("--out")
        .arg(out));
    if !output.status.success() {
        return Err(output);
    }
    Ok(std::fs::read_to_string(out.join("xilinx-xc7-test.json")).unwrap())
}

/// A top-level number of a flow report (`"key": 123`).
fn report_number(report: &str, key: &str) -> f64 {
    let at = report.find(&format!("\n  \"{key}\": ")).unwrap_or_else(|| panic!("no {key} in {report}"));
    let rest = &report[at + key.len() + 7..];
    rest[..rest.find([',', '\n']).unwrap()].parse().unwrap_or_else(|e| panic!("{key}: {e} in {report}"))
}

#[test]
fn small_engine_synthesizes_for_xilinx_without_latches_or_undriven_nets() {
    let dir = scratch("synth-small");
    let report = flow_xilinx(&root().join(GENERATED[1].0), "viaduct_engine", &dir)
        .unwrap_or_else(|out| panic!("synth_xilinx of the small engine failed:\n{}", text(&out)));
    let count = |k: &str| report_number(&report, k);
    // Wide enough to survive RTL changes, narrow enough to catch an engine optimized away
    // (an output left undriven) or a memory mapped to flip-flops.
    assert!((2_000.0..=40_000.0).contains(&count("lut")), "LUTs: {report}");
    assert!((2_000.0..=40_000.0).contains(&count("ff")), "FFs: {report}");
    assert!(count("bram") + count("lutram") > 0.0, "no memory inferred: {report}");
}

#[test]
fn a_report_is_reused_only_for_the_same_verilog() {
    let dir = scratch("synth-reuse");
    let file = dir.join("t.v");
    let module = |k: u32| {
        format!(
            "module t(input clk, input [3:0] a, output reg [3:0] q);\n  always @(posedge clk) q <= a + {k};\nendmodule\n"
        )
    };
    let synth = || {
        let out = run(Command::new("python3")
            .arg(root().join("fpga-build/flow.py"))
            .args(["xilinx", "--top", "t", "--tag", "test", "--verilog"])
            .arg(&file)
            .arg("--out")
            .arg(&dir));
        assert_ok("flow.py xilinx", &out);
        let report = std::fs::read_to_string(dir.join("xilinx-xc7-test.json")).unwrap();
        (String::from_utf8_lossy(&out.stdout).into_owned(), report)
    };
    std::fs::write(&file, module(1)).unwrap();
    let (first, report) = synth();
    assert!(!first.contains("up to date") && report.contains("\"verilog_sha256\""), "{first}\n{report}");
    let (again, same) = synth();
    assert!(again.contains("up to date"), "the same Verilog was synthesized again: {again}");
    assert_eq!(report, same);
    std::fs::write(&file, module(2)).unwrap();
    let (changed, newer) = synth();
    assert!(!changed.contains("up to date"), "changed Verilog kept the old report: {changed}");
    assert_ne!(report, newer);
}

#[test]
fn open_synthesis_stops_on_a_latch_and_on_an_undriven_net() {
    let dir = scratch("synth-checks");
    let cases = [
        ("latch", "module t(input e, input d, output reg q); always @* if (e) q = d; endmodule\n", "LDCE"),
        ("undriven", "module t(input a, output y); wire n; assign y = a & n; endmodule\n", "no driver"),
    ];
    for (what, verilog, needle) in cases {
        let file = dir.join(format!("{what}.v"));
        std::fs::write(&file, verilog).unwrap();
        let out = flow_xilinx(&file, "t", &dir.join(what)).expect_err(what);
        let log =
            std::fs::read_to_string(dir.join(what).join("xilinx-xc7-test.yosys.log")).unwrap_or_default();
        assert!(
            text(&out).contains(needle) || log.contains(needle),
            "{what}: expected '{needle}':\n{}",
            text(&out)
        );
    }
}

// ------------------------------------------------------------------------------ simulation

fn simulate(name: &str, sources: &[PathBuf], flags: &[String]) -> String {
    let dir = scratch(&format!("sim-{name}"));
    let binary = dir.join("sim.vvp");
    let out = run(Command::new("iverilog")
        .args(["-g2005", "-o"])
        .arg(&binary)
        .arg(format!("-I{}", rtl_dir().display()))
        .args(flags)
        .args(sources));
    assert_ok(&format!("iverilog {name}"), &out);
    let out = run(Command::new("vvp").arg("-n").arg(&binary));
    assert_ok(&format!("vvp {name}"), &out);
    let log = text(&out);
    assert!(log.contains("PASS") && !log.contains("FAIL"), "{name} {flags:?}:\n{log}");
    log
}

#[test]
fn interrupt_path_simulation_passes() {
    let rtl = rtl_dir();
    let sources = [
        rtl.join("tb/tb_irq.v"),
        rtl.join("viaduct_irq_sync.v"),
        rtl.join("viaduct_irq_usr.v"),
        rtl.join("viaduct_irq_msi.v"),
    ];
    // Bridge clock twice the engine clock (U250), and one shared clock (Litefury).
    simulate("tb_irq", &sources, &[]);
    simulate("tb_irq", &sources, &["-Ptb_irq.DST_HALF=4.0".into(), "-Ptb_irq.SEED=5".into()]);
}

#[test]
fn host_window_simulation_passes() {
    let rtl = rtl_dir();
    let sources = [rtl.join("tb/tb_host_window.v"), rtl.join("viaduct_host_window.v")];
    for (out_bits, seed) in [(32, 1), (32, 2), (48, 3)] {
        let log = simulate(
            "tb_host_window",
            &sources,
            &[
                format!("-Ptb_host_window.OUT={out_bits}"),
                format!("-Ptb_host_window.SEED={seed}"),
                "-Ptb_host_window.N=1000".into(),
            ],
        );
        assert!(log.contains("outside"), "{log}");
    }
}

#[test]
fn shell_simulation_passes_with_the_engine_stand_in() {
    let dir = scratch("shell-64");
    let rtl = rtl_dir();
    let common = [rtl.join("tb/tb_shell.v"), rtl.join("viaduct_shell.v"), rtl.join("viaduct_irq_sync.v")];
    let mut sources = common.to_vec();
    sources.push(fixture());
    simulate("tb_shell", &sources, &["-DVIADUCT_ENGINE=bench_fixture".into()]);
    let mut sources = common.to_vec();
    sources.push(fixture64(&dir));
    let log = simulate(
        "tb_shell",
        &sources,
        &["-DVIADUCT_ENGINE=bench_fixture64".into(), "-DVIADUCT_DATA_WIDTH=64".into()],
    );
    assert!(log.contains("data path 64 bits"), "{log}");
}

// ------------------------------------------------------------------------------ make vivado

/// PATH without any directory that holds a `vivado`, plus `extra` in front.
fn path_without_vivado(extra: Option<&Path>) -> String {
    let mut dirs: Vec<PathBuf> = extra.map(Path::to_path_buf).into_iter().collect();
    dirs.extend(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
            .filter(|d| !d.join("vivado").exists()),
    );
    std::env::join_paths(dirs).unwrap().into_string().unwrap()
}

#[test]
fn make_vivado_needs_vivado_and_passes_the_flow_its_arguments() {
    let out = run(Command::new("make")
        .args(["-s", "vivado", "BOARD=litefury"])
        .env("PATH", path_without_vivado(None)));
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("vivado is not on PATH"), "{}", text(&out));

    let out = run(Command::new("make")
        .args(["-s", "vivado", "BOARD=zcu102"])
        .env("PATH", path_without_vivado(None)));
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("BOARD must be"), "{}", text(&out));

    // A stand-in vivado records how make calls it.
    let dir = scratch("make-vivado");
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let fake = bin.join("vivado");
    std::fs::write(&fake, "#!/bin/sh\nprintf '%s\\n' \"$PWD\" \"$@\" > \"$0.args\"\n").unwrap();
    std::fs::set_permissions(&fake, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let out_dir = dir.join("out");

    let missing = run(Command::new("make")
        .args(["-s", "vivado", "BOARD=u250", "ENGINE=/no/such/engine.v"])
        .env("PATH", path_without_vivado(Some(&bin))));
    assert_eq!(missing.status.code(), Some(2), "{}", text(&missing));
    assert!(text(&missing).contains("does not exist"), "{}", text(&missing));

    let out = run(Command::new("make")
        .args(["-s", "vivado", "BOARD=u250"])
        .arg(format!("ENGINE={}", fixture().display()))
        .arg(format!("VIVADO_OUT={}", out_dir.display()))
        .arg("VIVADO_ARGS=jobs=4")
        .env("PATH", path_without_vivado(Some(&bin))));
    assert_ok("make vivado with a stand-in vivado", &out);
    let args = std::fs::read_to_string(bin.join("vivado.args")).unwrap();
    let args: Vec<&str> = args.lines().collect();
    assert_eq!(Path::new(args[0]), out_dir, "vivado runs in the output directory (its .Xil stays there)");
    let expected = [
        "-mode",
        "batch",
        "-nojournal",
        "-log",
        "vivado.log",
        "-source",
        &vivado_dir().join("build.tcl").display().to_string(),
        "-tclargs",
        "u250",
        &fixture().display().to_string(),
        &out_dir.display().to_string(),
        "jobs=4",
    ]
    .map(str::to_owned);
    assert_eq!(&args[1..], &expected[..]);
}

/// A synth_ecp5-style netlist: registers `a` and `b` feed `slow` through two LUTs and a carry
/// chain of two CCU2Cs, and `fast` through one LUT into a PFUMX.
fn timing_netlist() -> String {
    let ff =
        |q: u32, d: u32| format!(r#"{{"type": "TRELLIS_FF", "connections": {{"Q": [{q}], "DI": [{d}]}}}}"#);
    let cells = [
        ("a.q_TRELLIS_FF_Q", ff(2, 90)),
        ("b.q_TRELLIS_FF_Q", ff(3, 91)),
        ("l1", r#"{"type": "LUT4", "connections": {"A": [2], "B": [3], "Z": [4]}}"#.to_string()),
        ("l2", r#"{"type": "LUT4", "connections": {"A": [4], "Z": [5]}}"#.to_string()),
        ("c1", r#"{"type": "CCU2C", "connections": {"A0": [5], "COUT": [6], "S0": [7]}}"#.to_string()),
        ("c2", r#"{"type": "CCU2C", "connections": {"CIN": [6], "S1": [8]}}"#.to_string()),
        ("slow.q_TRELLIS_FF_Q", ff(9, 8)),
        ("l3", r#"{"type": "LUT4", "connections": {"A": [3], "Z": [10]}}"#.to_string()),
        ("m", r#"{"type": "PFUMX", "connections": {"ALUT": [10], "Z": [11]}}"#.to_string()),
        ("fast.q_TRELLIS_FF_Q", ff(12, 11)),
    ];
    let cells: Vec<String> = cells.iter().map(|(n, c)| format!("\"{n}\": {c}")).collect();
    let nets = [("a.q", 2), ("b.q", 3), ("sum", 5), ("carry", 6), ("slow.d", 8)];
    let nets: Vec<String> =
        nets.iter().map(|(n, b)| format!(r#""{n}": {{"hide_name": 0, "bits": [{b}]}}"#)).collect();
    format!(
        r#"{{"modules": {{"top": {{"attributes": {{"top": "00000000000000000000000000000001"}}, "cells": {{{}}}, "netnames": {{{}}}}}}}}}"#,
        cells.join(", "),
        nets.join(", ")
    )
}

#[test]
fn the_timing_estimate_ranks_register_paths_by_their_delay() {
    let dir = scratch("estimate");
    let netlist = dir.join("t.json");
    std::fs::write(&netlist, timing_netlist()).unwrap();
    let out = run(Command::new("python3").arg(root().join("fpga-build/timing_estimate.py")).arg(&netlist));
    assert_ok("timing_estimate.py", &out);
    let lines: Vec<String> = text(&out).lines().map(str::to_string).collect();
    // slow: clock to Q 0.31, two routed LUTs 2 x (0.65 + 0.24), a routed CCU2C input to its
    // carry out 0.65 + 0.28, along the chain to a sum 0.26, routed to the register 0.65 and
    // its setup 0.1 = 4.03 ns. fast: 0.31 + 0.65 + 0.24 + 0.14 (PFUMX in the slice) + 0.75.
    assert!(lines[0].starts_with("  4.03 ns") && lines[0].ends_with(" slow"), "{lines:?}");
    assert!(
        lines[1].contains("b.q > sum > carry > slow.d") || lines[1].contains("a.q > sum > carry > slow.d"),
        "{lines:?}"
    );
    let fast = lines.iter().position(|l| l.ends_with(" fast")).expect("fast is listed");
    assert!(lines[fast].starts_with("  2.09 ns"), "{lines:?}");
    assert!(fast > 0, "the slowest register comes first: {lines:?}");
    // A netlist that cannot be read is an error, not a traceback.
    std::fs::write(&netlist, "{").unwrap();
    let out = run(Command::new("python3").arg(root().join("fpga-build/timing_estimate.py")).arg(&netlist));
    assert_fails_with("timing_estimate.py on bad JSON", &out, "cannot read");
}
