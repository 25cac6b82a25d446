//! The Verilated RTL as the board's engine: the engine bench (AXI4-Lite for BAR0, AXI4 host
//! memory serving the board's physical memory, stream ports, interrupts) clocked by the
//! board's thread.

use crate::core::EngineCore;
use crate::physmem::PhysHandle;
use std::path::Path;
use viaduct_abi::EngineConfig;
use viaduct_abi::stream::NetFrame;
use viaduct_model::StorageTarget;
use viaduct_model::scenario::Bar;
use viaduct_testbench::bench::EngineBench;
use viaduct_testbench::host::AxiMemoryConfig;
use viaduct_testbench::verilator::{Builder, BuiltModel};

pub use viaduct_testbench::engines::{build_engine, verilator_cache as cache_dir};

/// Cycles one `advance` may run.
const ADVANCE_CYCLES: u64 = 50_000;
/// Cycles without bus, stream or interrupt activity after which the engine counts as idle.
const IDLE_CYCLES: u64 = 2_000;

pub struct RtlCore {
    bench: EngineBench<PhysHandle, Box<dyn StorageTarget + Send>>,
    cfg: EngineConfig,
}

// SAFETY: a Verilated model has no thread affinity; the board reaches the core from one thread
// at a time, under its lock.
unsafe impl Send for RtlCore {}

impl RtlCore {
    /// The engine RTL for `cfg`, Verilated (or taken from the build cache, see [`cache_dir`])
    /// and bound to the board's memory and storage target.
    pub fn new(
        cfg: EngineConfig,
        mem: PhysHandle,
        storage: Box<dyn StorageTarget + Send>,
    ) -> Result<RtlCore, String> {
        let built = build_engine(&cfg)?;
        Self::bind(cfg, &built, mem, storage)
    }

    /// Verilate `verilog` (top module `top`, cached under `cache`) and bind it.
    pub fn build(
        cfg: EngineConfig,
        verilog: &Path,
        top: &str,
        cache: &Path,
        mem: PhysHandle,
        storage: Box<dyn StorageTarget + Send>,
    ) -> Result<RtlCore, String> {
        let built = Builder::new(top, cache).source(verilog).build().map_err(|e| e.to_string())?;
        Self::bind(cfg, &built, mem, storage)
    }

    fn bind(
        cfg: EngineConfig,
        built: &BuiltModel,
        mem: PhysHandle,
        storage: Box<dyn StorageTarget + Send>,
    ) -> Result<RtlCore, String> {
        let model = built.load().map_err(|e| e.to_string())?;
        let bench =
            EngineBench::with(model, mem, AxiMemoryConfig::pcie_like(cfg.data_bytes as usize), storage)
                .map_err(|e| e.to_string())?;
        Ok(RtlCore { bench, cfg })
    }

    /// A fingerprint of activity: bus transactions, stream frames, interrupts.
    fn activity(&self) -> (usize, u64, u64, usize, usize) {
        let b = &self.bench;
        (b.host.log.len(), b.host.beats_read, b.host.beats_written, b.net_tx.frames.len(), b.interrupts.len())
    }
}

impl EngineCore for RtlCore {
    fn kind(&self) -> &'static str {
        "verilator"
    }
    fn config(&self) -> EngineConfig {
        self.cfg
    }
    fn write32(&mut self, offset: u32, value: u32) {
        self.bench.write32(offset, value);
    }
    fn read32(&mut self, offset: u32) -> u32 {
        self.bench.read32(offset)
    }
    fn advance(&mut self) -> bool {
        let mut last = self.activity();
        let mut quiet = 0;
        for _ in 0..ADVANCE_CYCLES {
            if self.bench.step().is_err() {
                return false;
            }
            let now = self.activity();
            if now == last && self.bench.host.idle() && self.bench.net_rx.pending() == 0 {
                quiet += 1;
                if quiet >= IDLE_CYCLES {
                    // The log only grows; keep it short on a long-running board.
                    self.bench.host.log.clear();
                    return false;
                }
            } else {
                quiet = 0;
                last = now;
            }
        }
        true
    }
    fn push_rx_frame(&mut self, frame: Vec<u8>) {
        self.bench.net_rx.push(frame);
    }
    fn take_tx_frames(&mut self) -> Vec<NetFrame> {
        self.bench
            .net_tx
            .frames
            .drain(..)
            .map(|f| NetFrame { vi: f.id as u16, data: f.data, aborted: f.aborted })
            .collect()
    }
    fn take_interrupts(&mut self) -> Vec<u32> {
        self.bench.interrupts.drain(..).map(|(_, v)| v).collect()
    }
}
