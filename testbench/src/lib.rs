//! viaduct-testbench: simulation harness for the viaduct DMA engine.
//!
//! [`verilator`] turns Verilog (as emitted by rust-hdl) into a shared library
//! with Verilator and drives it from Rust. Host models and differential tests
//! are meant to live in sibling modules.

pub mod bench;
pub mod coverage;
pub mod engines;
pub mod host;
pub mod monitor;
pub mod perf;
pub mod targets;
pub mod verilator;
pub mod workload;
