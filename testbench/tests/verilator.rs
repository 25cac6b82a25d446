//! Behavioural tests of the Verilator binding against `fixtures/fixture.v`.
//!
//! Needs `verilator`, `g++` and `make`. Set `VIADUCT_TRACE=<dir>` to get one
//! VCD per test.

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};
use viaduct_testbench::verilator::{Builder, BuiltModel, Direction, Error, Model};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/fixture.v");
const TOP: &str = "top$fixture";

fn cache_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("verilator-cache")
}

/// A directory no earlier run has used, for builds that must be cold.
fn fresh_dir(tag: &str) -> PathBuf {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos();
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{tag}-{}-{nanos}", std::process::id()))
}

fn fixture() -> &'static BuiltModel {
    static BUILT: OnceLock<BuiltModel> = OnceLock::new();
    BUILT.get_or_init(|| {
        let built = Builder::new(TOP, cache_dir()).source(FIXTURE).build().unwrap_or_else(|e| panic!("{e}"));
        println!("fixture build: {:?} (from cache: {})", built.elapsed, built.from_cache);
        built
    })
}

/// A fresh fixture instance, traced when `VIADUCT_TRACE` is set.
fn model(test: &str) -> Model {
    let mut model = fixture().load().unwrap();
    model.trace_if_requested(test).unwrap();
    model
}

/// Deterministic 128-bit test patterns (xorshift), as four u32 words.
fn pattern(seed: u64) -> [u32; 4] {
    let mut s = seed | 1;
    let mut next = || {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        s as u32
    };
    [next(), next(), next(), next()]
}

#[test]
fn ports_are_discovered_with_verilog_names() {
    let model = model("ports");
    let ports: Vec<_> = model.ports().iter().map(|p| (p.name.as_str(), p.width, p.direction)).collect();
    for expected in [
        ("clock", 1, Direction::Input),
        ("enable", 1, Direction::Input),
        ("a", 128, Direction::Input),
        ("b", 128, Direction::Input),
        ("x", 64, Direction::Input),
        ("y", 64, Direction::Input),
        ("bus$data", 16, Direction::Input),
        ("count", 8, Direction::Output),
        ("wide_q", 128, Direction::Output),
        ("sum", 64, Direction::Output),
        ("bus$echo", 16, Direction::Output),
    ] {
        assert!(ports.contains(&expected), "{expected:?} missing from {ports:?}");
    }
    assert_eq!(ports.len(), 11);
    assert_eq!(fixture().ports.len(), 11, "build-time manifest agrees");
    assert_eq!(fixture().clock.as_deref(), Some("clock"));
    assert_eq!(model.port("a").unwrap().width(), 128);
}

#[test]
fn counter_counts_enabled_cycles() {
    let mut m = model("counter_counts");
    let (enable, count) = (m.port("enable").unwrap(), m.port("count").unwrap());
    m.eval();
    assert_eq!(m.get(count).unwrap(), 0, "register starts at its initial value");

    m.set(enable, 1).unwrap();
    m.run_cycles(10).unwrap();
    assert_eq!(m.get(count).unwrap(), 10);

    m.set(enable, 0).unwrap();
    m.run_cycles(5).unwrap();
    assert_eq!(m.get(count).unwrap(), 10, "holds while disabled");

    m.set(enable, 1).unwrap();
    for _ in 0..3 {
        m.tick().unwrap();
    }
    assert_eq!(m.get(count).unwrap(), 13, "tick() is one cycle");

    m.run_cycles(250).unwrap();
    assert_eq!(m.get(count).unwrap(), (13 + 250) % 256, "8-bit wrap-around");
    assert_eq!(m.time(), 2 * (10 + 5 + 3 + 250) + 1, "two evals per cycle plus the first");
}

#[test]
fn wide_register_loads_xor_on_the_clock_edge() {
    let mut m = model("wide_xor");
    let (a, b, q) = (m.port("a").unwrap(), m.port("b").unwrap(), m.port("wide_q").unwrap());
    for seed in 1..20u64 {
        let (va, vb) = (pattern(seed), pattern(seed * 7919));
        m.set_wide(a, &va).unwrap();
        m.set_wide(b, &vb).unwrap();
        m.eval();
        let before = m.get_wide(q).unwrap();
        m.tick().unwrap();
        let expected: Vec<u32> = va.iter().zip(&vb).map(|(x, y)| x ^ y).collect();
        assert_eq!(m.get_wide(q).unwrap(), expected, "seed {seed}");
        assert_ne!(before, expected, "output changes only on the edge (seed {seed})");
    }
    // `set` zero-extends into wide ports; top words become zero.
    m.set(a, 0xdead_beef_0123_4567).unwrap();
    m.set(b, 0).unwrap();
    m.tick().unwrap();
    assert_eq!(m.get_wide(q).unwrap(), [0x0123_4567, 0xdead_beef, 0, 0]);
}

#[test]
fn adder_and_flattened_interface_ports_are_combinational() {
    let mut m = model("adder");
    let (x, y, sum) = (m.port("x").unwrap(), m.port("y").unwrap(), m.port("sum").unwrap());
    m.set(x, 0x1234_5678_9abc_def0).unwrap();
    m.set(y, 0x1111_1111_1111_1111).unwrap();
    m.eval();
    assert_eq!(m.get(sum).unwrap(), 0x2345_6789_abcd_f001);
    m.set(x, u64::MAX - 5).unwrap();
    m.set(y, 10).unwrap();
    m.eval();
    assert_eq!(m.get(sum).unwrap(), 4, "64-bit wrap-around");
    assert_eq!(m.get_wide(sum).unwrap(), [4, 0]);

    let (data, echo) = (m.port("bus$data").unwrap(), m.port("bus$echo").unwrap());
    m.set(data, 0xbeef).unwrap();
    m.eval();
    assert_eq!(m.get(echo).unwrap(), 0xbeef);
}

#[test]
fn width_and_direction_errors_are_typed() {
    let mut m = model("errors");
    let (enable, a, count, x) =
        (m.port("enable").unwrap(), m.port("a").unwrap(), m.port("count").unwrap(), m.port("x").unwrap());
    match m.set(enable, 2) {
        Err(Error::WidthMismatch { port, width: 1, given: 2 }) => assert_eq!(port, "enable"),
        other => panic!("expected WidthMismatch, got {other:?}"),
    }
    assert!(matches!(m.get(a), Err(Error::WidthMismatch { width: 128, given: 64, .. })));
    assert!(matches!(m.set_wide(a, &[1, 2, 3]), Err(Error::WidthMismatch { width: 128, given: 96, .. })));
    assert!(matches!(m.set_wide(x, &[1, 2, 3]), Err(Error::WidthMismatch { width: 64, .. })));
    let data = m.port("bus$data").unwrap();
    assert!(matches!(m.set_wide(data, &[0x1_0000]), Err(Error::WidthMismatch { width: 16, given: 17, .. })));
    assert!(matches!(m.set(count, 1), Err(Error::NotAnInput(name)) if name == "count"));
    // Failed writes change nothing.
    m.eval();
    assert_eq!(m.get(count).unwrap(), 0);
    m.set_wide(x, &[1, 2]).unwrap();
    let msg = m.set(enable, 7).unwrap_err().to_string();
    assert!(msg.contains("`enable` is 1 bit(s) wide"), "{msg}");
}

#[test]
fn unknown_port_is_an_error() {
    let m = model("unknown_port");
    match m.port("no_such_port") {
        Err(Error::UnknownPort(name)) => assert_eq!(name, "no_such_port"),
        other => panic!("expected UnknownPort, got {other:?}"),
    }
    assert!(m.port("bus__024data").is_err(), "C++ names are not port names");
}

#[test]
fn instances_are_independent_and_share_port_ids() {
    let mut first = model("instances");
    let mut second = first.instantiate().unwrap();
    let mut third = fixture().load().unwrap();
    let (enable, count) = (first.port("enable").unwrap(), first.port("count").unwrap());
    first.set(enable, 1).unwrap();
    first.run_cycles(7).unwrap();
    second.set(enable, 1).unwrap();
    second.run_cycles(3).unwrap();
    third.set(enable, 0).unwrap();
    third.run_cycles(9).unwrap();
    assert_eq!(first.get(count).unwrap(), 7);
    assert_eq!(second.get(count).unwrap(), 3);
    assert_eq!(third.get(count).unwrap(), 0);
}

#[test]
fn vcd_trace_is_written() {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("vcd").join("fixture_trace.vcd");
    let _ = std::fs::remove_file(&path);
    let mut m = fixture().load().unwrap();
    m.trace(&path).unwrap();
    assert!(matches!(m.trace(&path), Err(Error::Trace(_))), "one trace per model");
    let enable = m.port("enable").unwrap();
    m.set(enable, 1).unwrap();
    m.run_cycles(20).unwrap();
    m.tick().unwrap();
    drop(m); // flushes and closes the file
    let vcd = std::fs::read_to_string(&path).unwrap();
    assert!(vcd.contains("$enddefinitions"), "{vcd}");
    assert!(vcd.contains(" count ") || vcd.contains(" count [7:0]"), "count is declared");
    assert!(vcd.contains("#41"), "time advanced to the last half cycle");
    assert!(vcd.contains("b00010101 "), "count reached 21 (0b10101)");
}

#[test]
fn cold_build_then_cache_hit() {
    // Built without a clock so it does not share a cache entry with `fixture()`.
    let dir = fresh_dir("cold-cache");
    let builder = Builder::new(TOP, &dir).source(FIXTURE).clock(None);
    let cold = builder.build().unwrap_or_else(|e| panic!("{e}"));
    assert!(!cold.from_cache);
    assert!(cold.library.exists());
    assert!(std::fs::read_to_string(cold.dir.join("build.log")).unwrap().contains("verilator"));
    let start = Instant::now();
    let warm = builder.build().unwrap();
    let warm_time = start.elapsed();
    assert!(warm.from_cache, "second build must be a cache hit");
    assert_eq!(warm.library, cold.library);
    assert_eq!(warm.ports, cold.ports);
    println!("fixture build: cold {:?}, cached {:?}", cold.elapsed, warm_time);
    assert!(warm_time < cold.elapsed);

    let mut m = warm.load().unwrap();
    assert!(warm.clock.is_none());
    assert!(matches!(m.tick(), Err(Error::NoClock)));
    assert!(matches!(m.run_cycles(1), Err(Error::NoClock)));
    let (x, y, sum) = (m.port("x").unwrap(), m.port("y").unwrap(), m.port("sum").unwrap());
    m.set(x, 40).unwrap();
    m.set(y, 2).unwrap();
    m.eval();
    assert_eq!(m.get(sum).unwrap(), 42);
    drop(m);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn mutant_variant_built_at_runtime_behaves_differently() {
    let source = std::fs::read_to_string(FIXTURE).unwrap();
    let mutated = source.replace("wide$d = a ^ b;", "wide$d = a & b;");
    assert_ne!(source, mutated);
    let mutant = Builder::new(TOP, cache_dir())
        .source_text("fixture_mutant.v", mutated)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_ne!(mutant.library, fixture().library);

    let mut good = model("mutant_good");
    let mut bad = mutant.load().unwrap();
    bad.trace_if_requested("mutant_bad").unwrap();
    let (va, vb) = (pattern(3), pattern(5));
    let mut outputs = Vec::new();
    for m in [&mut good, &mut bad] {
        let (a, b, q) = (m.port("a").unwrap(), m.port("b").unwrap(), m.port("wide_q").unwrap());
        m.set_wide(a, &va).unwrap();
        m.set_wide(b, &vb).unwrap();
        m.tick().unwrap();
        outputs.push(m.get_wide(q).unwrap());
    }
    let xor: Vec<u32> = va.iter().zip(&vb).map(|(x, y)| x ^ y).collect();
    let and: Vec<u32> = va.iter().zip(&vb).map(|(x, y)| x & y).collect();
    assert_eq!(outputs, [xor, and], "both models coexist in one process");

    // Port ids are bound to their model.
    let foreign = good.port("count").unwrap();
    assert!(matches!(bad.get(foreign), Err(Error::ForeignPort { .. })));
}

#[test]
fn missing_verilator_is_reported_with_the_package_name() {
    let err = Builder::new(TOP, fresh_dir("missing"))
        .source(FIXTURE)
        .verilator("/nonexistent/bin/verilator")
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::VerilatorNotFound { .. }), "{err:?}");
    assert!(err.to_string().contains("apt-get install verilator"), "{err}");
}

#[test]
fn verilog_errors_come_back_with_the_log() {
    let dir = fresh_dir("broken");
    let err = Builder::new("top", &dir)
        .source_text("broken.v", "module top(clock);\n    input wire clock;\n    assign = 1;\nendmodule\n")
        .build()
        .unwrap_err();
    match err {
        Error::BuildFailed { step, log } => {
            assert_eq!(step, "verilator");
            assert!(log.contains("broken.v:3"), "{log}");
        }
        other => panic!("expected BuildFailed, got {other:?}"),
    }
    let leftovers = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
    assert_eq!(leftovers, 0, "failed builds leave no cache entry");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn load_rejects_non_models() {
    let err = Model::load("/nonexistent/libnothing.so").unwrap_err();
    assert!(matches!(err, Error::Load { .. }), "{err:?}");
}

/// Prints `sim-speed` lines for the report; asserts only a very loose floor.
#[test]
fn sim_speed() {
    let mut m = fixture().load().unwrap();
    let (enable, count) = (m.port("enable").unwrap(), m.port("count").unwrap());
    m.set(enable, 1).unwrap();
    m.run_cycles(10_000).unwrap(); // warm-up

    const CPP_CYCLES: u64 = 2_000_000;
    let start = Instant::now();
    m.run_cycles(CPP_CYCLES).unwrap();
    let cpp_rate = CPP_CYCLES as f64 / start.elapsed().as_secs_f64();

    const RUST_CYCLES: u64 = 500_000;
    let start = Instant::now();
    for _ in 0..RUST_CYCLES {
        m.tick().unwrap();
    }
    let rust_rate = RUST_CYCLES as f64 / start.elapsed().as_secs_f64();

    println!("sim-speed: {cpp_rate:.0} cycles/s (run_cycles, C++ loop)");
    println!("sim-speed: {rust_rate:.0} cycles/s (tick, Rust loop)");
    assert_eq!(m.get(count).unwrap(), (10_000 + CPP_CYCLES + RUST_CYCLES) % 256);
    assert!(cpp_rate > 50_000.0, "run_cycles implausibly slow: {cpp_rate}");
    assert!(rust_rate > 10_000.0, "tick loop implausibly slow: {rust_rate}");
}
