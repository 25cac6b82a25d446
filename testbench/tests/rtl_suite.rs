//! The RTL suite CI relies on: the Verilated engine against the reference model on benign and
//! adversarial seeded workloads until every bin of the coverage plan is hit, with the coverage
//! table, `coverage: HIT/TOTAL bins` and `sim-speed: N cycles/s` printed; and a mutant engine
//! (the pinned check looking at the present bit instead) that the same comparison must catch.
//!
//! Replay one seed: `VIADUCT_SEED=<n> VIADUCT_MIX=benign|adversarial cargo test --release -p
//! viaduct-testbench --test rtl_suite`. Soak: `VIADUCT_SOAK_SEEDS=<n>` runs n seeds of each mix
//! from `VIADUCT_FIRST_SEED` (default 0) — `make soak` does this.

use std::time::{Duration, Instant};
use viaduct_abi::EngineConfig;
use viaduct_model::{MemStorage, SparseMemory};
use viaduct_testbench::bench::EngineBench;
use viaduct_testbench::coverage::Coverage;
use viaduct_testbench::engines::{build_engine, verilator_cache};
use viaduct_testbench::host::{AxiMemoryConfig, SharedMemory};
use viaduct_testbench::targets::ModelTarget;
use viaduct_testbench::verilator::{Builder, BuiltModel};
use viaduct_testbench::workload::{self, Outcome, STORAGE_BYTES, WorkloadConfig};

/// Seeds of the adversarial mix tried at most before an empty coverage bin fails the suite.
const MAX_ADVERSARIAL_SEEDS: u64 = 120;
const BENIGN_SEEDS: u64 = 6;

fn host(data_bytes: u32) -> AxiMemoryConfig {
    AxiMemoryConfig {
        data_bytes: data_bytes as usize,
        read_latency: 40,
        write_latency: 12,
        reads_in_flight: 8,
        writes_in_flight: 8,
        writes_land_at_response: false,
    }
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().map(|s| s.parse().unwrap_or_else(|_| panic!("{name} is a number")))
}

/// Simulated cycles and the wall time they took.
#[derive(Default)]
struct Speed {
    cycles: u64,
    wall: Duration,
}

/// One seed on the RTL and on the model: the RTL outcome, or why it differs.
fn compare(b: &BuiltModel, cfg: WorkloadConfig, speed: &mut Speed) -> Result<Outcome, String> {
    let expected = workload::run(cfg, &mut ModelTarget::new(cfg.engine))
        .map_err(|e| format!("the model failed: {e}"))?;
    let mut model = b.load().map_err(|e| e.to_string())?;
    model.trace_if_requested(&format!("rtl_suite_seed_{}", cfg.seed)).map_err(|e| e.to_string())?;
    let mut rtl = EngineBench::new(
        model,
        SharedMemory::new(SparseMemory::new()),
        host(cfg.engine.data_bytes),
        MemStorage::new(STORAGE_BYTES),
    )
    .map_err(|e| e.to_string())?;
    let started = Instant::now();
    let got = workload::run(cfg, &mut rtl)?;
    speed.wall += started.elapsed();
    speed.cycles += rtl.cycle;
    if let Some(d) = got.difference(&expected, true) {
        return Err(format!("differs from the model: {d}"));
    }
    if !got.escapes.is_empty() {
        return Err(format!(
            "host accesses nothing authorized: {:?}",
            &got.escapes[..got.escapes.len().min(4)]
        ));
    }
    Ok(got)
}

fn replay(mix: &str, seed: u64) -> String {
    format!(
        "replay: VIADUCT_SEED={seed} VIADUCT_MIX={mix} cargo test --release -p viaduct-testbench --test rtl_suite"
    )
}

fn config(mix: &str, seed: u64) -> WorkloadConfig {
    match mix {
        "benign" => WorkloadConfig::small(seed),
        _ => WorkloadConfig::adversarial(seed),
    }
}

#[test]
fn the_engine_equals_the_model_and_covers_the_plan() {
    let b = build_engine(&EngineConfig::small()).unwrap_or_else(|e| panic!("{e}"));
    let mut speed = Speed::default();
    if let Some(seed) = env_u64("VIADUCT_SEED") {
        let mix = std::env::var("VIADUCT_MIX").unwrap_or_else(|_| "adversarial".into());
        compare(&b, config(&mix, seed), &mut speed).unwrap_or_else(|e| panic!("{mix} seed {seed}: {e}"));
        println!("{mix} seed {seed}: equal to the model");
        return;
    }
    let first = env_u64("VIADUCT_FIRST_SEED").unwrap_or(0);
    let soak = env_u64("VIADUCT_SOAK_SEEDS");
    let mut cov = Coverage::plan();
    let mut failures = Vec::new();
    let mut run = |mix: &str, seed: u64, cov: &mut Coverage, speed: &mut Speed| match compare(
        &b,
        config(mix, seed),
        speed,
    ) {
        Ok(o) => cov.sample(&o),
        Err(e) => {
            println!("{mix} seed {seed}: {e}\n{}", replay(mix, seed));
            failures.push((mix.to_string(), seed));
        }
    };
    let benign = soak.unwrap_or(BENIGN_SEEDS);
    for seed in first..first + benign {
        run("benign", seed, &mut cov, &mut speed);
    }
    let mut seeds = 0;
    let mut seed = first;
    loop {
        let enough = match soak {
            Some(n) => seeds >= n,
            None => cov.missing().is_empty() || seeds >= MAX_ADVERSARIAL_SEEDS,
        };
        if enough {
            break;
        }
        run("adversarial", seed, &mut cov, &mut speed);
        seed += 1;
        seeds += 1;
    }
    print!("{}", cov.table());
    println!("seeds: {benign} benign, {seeds} adversarial from {first}");
    println!(
        "sim-speed: {:.0} cycles/s ({} cycles in {:.1} s, host model and workload in the loop)",
        speed.cycles as f64 / speed.wall.as_secs_f64().max(1e-9),
        speed.cycles,
        speed.wall.as_secs_f64()
    );
    assert!(failures.is_empty(), "seeds that differ from the model: {failures:?}");
    assert!(cov.missing().is_empty(), "empty coverage bins: {:?}", cov.missing());
}

/// `verilog` with the walker's pinned check reading the leaf's present bit instead, so a
/// present but unpinned page passes.
fn skip_pinned_check(verilog: &str) -> String {
    let pinned = viaduct_abi::pagetable::flags::PINNED.trailing_zeros();
    let present = viaduct_abi::pagetable::flags::PRESENT.trailing_zeros();
    let mut hits = 0;
    let out: Vec<String> = verilog
        .lines()
        .map(|l| {
            let t = l.trim_start();
            if t.starts_with("localparam") && t.split_whitespace().nth(1) == Some("pinned_bit") {
                hits += 1;
                assert!(t.ends_with(&format!("8'h{pinned:x};")), "unexpected pinned_bit line: {t}");
                l.replace(&format!("8'h{pinned:x};"), &format!("8'h{present:x};"))
            } else {
                l.to_string()
            }
        })
        .collect();
    assert!(hits >= 1, "the walker's pinned_bit parameter was not found: the mutation needs updating");
    out.join("\n")
}

#[test]
fn a_mutant_without_the_pinned_check_is_caught() {
    let cfg = EngineConfig::small();
    let verilog = viaduct_hw::engine_cache::engine_verilog_cached(&cfg).unwrap();
    let mutant = Builder::new("top", verilator_cache())
        .source_text("viaduct_engine_mutant.v", skip_pinned_check(&verilog))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut speed = Speed::default();
    let caught = (0..40).find_map(|seed| {
        let wc = WorkloadConfig::adversarial(seed);
        compare(&mutant, wc, &mut speed).err().map(|e| (seed, e))
    });
    let (seed, why) =
        caught.expect("the mutant passed 40 adversarial seeds: the suite cannot see the pinned check");
    println!("mutant caught on adversarial seed {seed}: {}", why.chars().take(300).collect::<String>());
    assert!(
        why.contains("NotPinned") || why.contains("escape") || why.contains("nothing authorized"),
        "caught for another reason than the pinned check: {why}"
    );
}
