//! `viaduct attack --cases N`: the adversarial campaign. Seeded workloads full of forged,
//! altered, misused and revoked shortcuts, ranges past blocks and regions, table changes
//! behind the engine, host faults and flushes run on the engine under test and on the
//! reference model. It counts cases, injected faults, escapes (host accesses nothing
//! authorized), hangs, missing or doubled completions, and status mismatches against the
//! model.

use crate::common::{EXIT_BAD_INPUT, Failure};
use serde::Serialize;
use std::collections::HashSet;
use std::io::IsTerminal;
use std::time::Instant;
use viaduct_model::{MemStorage, SparseMemory};
use viaduct_testbench::bench::EngineBench;
use viaduct_testbench::host::{AxiMemoryConfig, SharedMemory};
use viaduct_testbench::targets::ModelTarget;
use viaduct_testbench::workload::STORAGE_BYTES;

/// Host memory behind the engine under attack: short latencies (the campaign is about
/// outcomes, not speed), several transactions in flight so faults land mid-burst and mid-walk.
fn attack_host(data_bytes: u32) -> AxiMemoryConfig {
    AxiMemoryConfig {
        data_bytes: data_bytes as usize,
        read_latency: 40,
        write_latency: 12,
        reads_in_flight: 8,
        writes_in_flight: 8,
        writes_land_at_response: false,
    }
}
use viaduct_testbench::workload::{EngineUnderTest, Outcome, WorkloadConfig, run as run_workload};

#[derive(Serialize, Debug, Default)]
pub struct AttackReport {
    pub engine: String,
    pub cases: u64,
    pub faults: u64,
    pub escapes: u64,
    pub hangs: u64,
    pub missing_or_doubled: u64,
    pub status_mismatches: u64,
    pub seeds: u64,
    pub first_seed: u64,
    pub host_accesses_checked: u64,
    pub seconds: f64,
    /// Seeds that showed a problem, to replay with `--seed`.
    pub failing_seeds: Vec<u64>,
}

impl AttackReport {
    pub fn clean(&self) -> bool {
        self.escapes == 0 && self.hangs == 0 && self.missing_or_doubled == 0 && self.status_mismatches == 0
    }
}

/// Completions missing or doubled: every posted descriptor has exactly one completion, with
/// its own queue index.
fn missing_or_doubled(o: &Outcome) -> u64 {
    let mut bad = 0;
    for (vi, list) in o.completions.iter().enumerate() {
        let posted = o.info.iter().filter(|i| i.vi == vi).count();
        bad += posted.abs_diff(list.len()) as u64;
        let mut seen = HashSet::new();
        bad += list.iter().filter(|c| !seen.insert(c.sq_index)).count() as u64;
    }
    bad
}

fn mismatches(a: &Outcome, b: &Outcome) -> u64 {
    a.completions
        .iter()
        .zip(&b.completions)
        .flat_map(|(x, y)| x.iter().zip(y))
        .filter(|(x, y)| x != y)
        .count() as u64
}

/// Makes the engine under test for a workload.
type Maker = Box<dyn Fn(&WorkloadConfig) -> Result<Box<dyn EngineUnderTest>, Failure>>;

pub fn run_attack(cases: u64, first_seed: u64, engine: &str) -> Result<AttackReport, Failure> {
    let make: Maker = match engine {
        "model" => Box::new(|cfg| Ok(Box::new(ModelTarget::new(cfg.engine)))),
        "verilator" => {
            let built = viaduct_sim::rtl::build_engine(&WorkloadConfig::adversarial(first_seed).engine)
                .map_err(|e| Failure::new(1, e))?;
            Box::new(move |cfg| {
                let model = built.load().map_err(|e| Failure::new(1, e.to_string()))?;
                let bench = EngineBench::new(
                    model,
                    SharedMemory::new(SparseMemory::new()),
                    attack_host(cfg.engine.data_bytes),
                    MemStorage::new(STORAGE_BYTES),
                )
                .map_err(|e| Failure::new(1, e.to_string()))?;
                Ok(Box::new(bench))
            })
        }
        other => {
            return Err(Failure::new(
                EXIT_BAD_INPUT,
                format!("unknown engine {other:?} (model or verilator)"),
            ));
        }
    };
    let started = Instant::now();
    let tty = std::io::stderr().is_terminal();
    let mut r = AttackReport { engine: engine.into(), first_seed, ..Default::default() };
    let mut seed = first_seed;
    while r.cases < cases {
        let cfg = WorkloadConfig::adversarial(seed);
        let mut under_test = make(&cfg)?;
        let reference = run_workload(cfg, &mut ModelTarget::new(cfg.engine))
            .map_err(|e| Failure::new(1, format!("seed {seed}: the model: {e}")))?;
        let before = r.escapes + r.hangs + r.missing_or_doubled + r.status_mismatches;
        match run_workload(cfg, under_test.as_mut()) {
            Ok(o) => {
                r.cases += o.info.len() as u64;
                r.faults += o.batches.iter().map(|b| b.faults.len()).sum::<usize>() as u64;
                r.escapes += o.escapes.len() as u64;
                r.host_accesses_checked += o.accesses as u64;
                r.missing_or_doubled += missing_or_doubled(&o);
                r.status_mismatches += mismatches(&o, &reference);
            }
            Err(e) if e.contains("hang") => {
                r.hangs += 1;
                r.cases += reference.info.len() as u64;
            }
            Err(e) if e.contains("completions for") => {
                r.missing_or_doubled += 1;
                r.cases += reference.info.len() as u64;
            }
            Err(e) => return Err(Failure::new(1, format!("seed {seed}: {e}"))),
        }
        if r.escapes + r.hangs + r.missing_or_doubled + r.status_mismatches > before {
            r.failing_seeds.push(seed);
        }
        seed += 1;
        r.seeds += 1;
        if tty && started.elapsed().as_secs() >= 2 {
            let done = r.cases.min(cases) * 30 / cases.max(1);
            eprint!(
                "\r[{}{}] {} / {} cases",
                "#".repeat(done as usize),
                " ".repeat(30 - done as usize),
                r.cases,
                cases
            );
        }
    }
    if tty && started.elapsed().as_secs() >= 2 {
        eprintln!();
    }
    r.seconds = started.elapsed().as_secs_f64();
    Ok(r)
}

pub fn run(cases: u64, seed: u64, engine: &str, json: bool) -> Result<bool, Failure> {
    let r = run_attack(cases, seed, engine)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&r)?);
    } else {
        println!(
            "adversarial campaign on the {} engine ({} seeds from {}, {:.1} s)",
            r.engine, r.seeds, r.first_seed, r.seconds
        );
        println!("  cases (descriptors)      {}", r.cases);
        println!("  injected host faults     {}", r.faults);
        println!("  host accesses checked    {}", r.host_accesses_checked);
        println!("  escapes                  {}", r.escapes);
        println!("  hangs                    {}", r.hangs);
        println!("  missing or doubled       {}", r.missing_or_doubled);
        println!("  status mismatches        {}", r.status_mismatches);
        if !r.failing_seeds.is_empty() {
            println!("  failing seeds: {:?} (replay with --seed N --cases 1)", r.failing_seeds);
        }
    }
    Ok(r.clean())
}
