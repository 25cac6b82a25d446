//! Helpers shared by the block-level Verilator tests: a block's Verilog built into a model
//! (cached by content, so a warm run compiles nothing), seeded randomness, and a guard that
//! names the seed and the replay command when a seeded test fails.

#![allow(dead_code)]

use std::path::PathBuf;
use viaduct_testbench::verilator::{Builder, Model, PortId};

pub fn cache_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("verilator-cache")
}

/// Builds `verilog` (top module `top`, file `<block>.v`, so every test of a block shares one
/// cached build) and loads a fresh instance; traces to `$VIADUCT_TRACE/<trace>.vcd` when that
/// variable is set.
pub fn build(block: &str, trace: &str, verilog: String) -> Model {
    let built = Builder::new("top", cache_dir())
        .source_text(format!("{block}.v"), verilog)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut m = built.load().unwrap();
    m.trace_if_requested(trace).unwrap();
    m.eval();
    m
}

/// A port by name, with the name in the panic message.
pub fn port(m: &Model, name: &str) -> PortId {
    m.port(name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Ticks until `busy` reads 0; returns the number of ticks. Panics after `limit`.
pub fn wait_idle(m: &mut Model, busy: PortId, limit: u64, what: &str) -> u64 {
    for n in 0..=limit {
        if m.get(busy).unwrap() == 0 {
            return n;
        }
        m.tick().unwrap();
    }
    panic!("{what}: still busy after {limit} cycles");
}

pub fn words128(v: u128) -> [u32; 4] {
    [v as u32, (v >> 32) as u32, (v >> 64) as u32, (v >> 96) as u32]
}

pub fn u128_of(w: &[u32]) -> u128 {
    w.iter().rev().fold(0u128, |acc, &x| acc << 32 | u128::from(x))
}

/// xorshift64* seeded through splitmix64 (as in `translate_unit.rs`): the tests' only source
/// of randomness, so a seed replays a run exactly.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Rng((z ^ (z >> 31)) | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    pub fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len() as u64) as usize]
    }
}

/// The seeds to run: `VIADUCT_SEED=<n>` replays one, otherwise `defaults`.
pub fn seeds(defaults: &[u64]) -> Vec<u64> {
    match std::env::var("VIADUCT_SEED") {
        Ok(s) => vec![s.parse().expect("VIADUCT_SEED is a number")],
        Err(_) => defaults.to_vec(),
    }
}

/// Held while a seeded run is going: if the run panics, says which seed and how to replay it.
pub struct SeedGuard {
    seed: u64,
    test_file: &'static str,
    test: &'static str,
}

impl SeedGuard {
    pub fn new(seed: u64, test_file: &'static str, test: &'static str) -> Self {
        SeedGuard { seed, test_file, test }
    }
}

impl Drop for SeedGuard {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!(
                "seed {seed} failed: replay with\n  VIADUCT_SEED={seed} cargo test -p viaduct-testbench --test {file} {test}",
                seed = self.seed,
                file = self.test_file,
                test = self.test
            );
        }
    }
}
