//! The engine RTL for a configuration, ready to simulate: its Verilog from the RTL crate
//! (cached per source fingerprint) Verilated into a library (cached per Verilog), both under
//! [`viaduct_hw::engine_cache::cache_root`].

use crate::verilator::{Builder, BuiltModel};
use std::path::PathBuf;
use viaduct_abi::EngineConfig;

/// Where Verilated engines are kept between runs.
pub fn verilator_cache() -> PathBuf {
    viaduct_hw::engine_cache::cache_root().join("verilator")
}

/// The engine for `cfg` as a Verilated library (minutes the first time, instant after).
pub fn build_engine(cfg: &EngineConfig) -> Result<BuiltModel, String> {
    let verilog = viaduct_hw::engine_cache::engine_verilog_cached(cfg)?;
    Builder::new("top", verilator_cache())
        .source_text("viaduct_engine.v", verilog)
        .build()
        .map_err(|e| format!("building the Verilated engine: {e}"))
}
