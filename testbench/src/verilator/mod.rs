//! Drive Verilator 5 models from Rust.
//!
//! The crates.io `verilated`/`verilator` crates do not work with Debian's
//! Verilator 5.006, so this is a small in-tree binding:
//!
//! * [`Builder`] (std-only) runs Verilator, generates a C ABI shim and links a
//!   shared library, cached by a hash of the Verilog and flags.
//! * [`Model`] loads that library at run time (`libloading`) and offers a
//!   typed API: ports by name, values as `u64` or `u32` words, clocking, VCD.
//!
//! Loading at run time means a test can build variants of a design (a
//! deliberately broken "mutant", a different parameter) without a crate per
//! design; several models can be loaded in one process.
//!
//! Needs `verilator`, `g++` and `make` (`apt-get install verilator g++ make`);
//! a missing `verilator` is reported as [`Error::VerilatorNotFound`].
//!
//! # Example
//! ```no_run
//! use viaduct_testbench::verilator::{Builder, Model};
//! # fn main() -> Result<(), viaduct_testbench::verilator::Error> {
//! let built = Builder::new("top$fixture", "target/verilator-cache")
//!     .source("tests/fixtures/fixture.v")
//!     .build()?; // second time: a cache hit, milliseconds
//! let mut model: Model = built.load()?;
//! model.trace_if_requested("example")?; // honours VIADUCT_TRACE=<dir>
//! let enable = model.port("enable")?;
//! let count = model.port("count")?;
//! model.set(enable, 1)?;
//! model.run_cycles(10)?;
//! assert_eq!(model.get(count)?, 10);
//! # Ok(()) }
//! ```
//!
//! # Tracing
//! Set `VIADUCT_TRACE=<dir>` to make every test that calls
//! [`Model::trace_if_requested`]`(name)` write `<dir>/<name>.vcd`, e.g.
//! `VIADUCT_TRACE=/tmp/vcd cargo test -p viaduct-testbench` then
//! `gtkwave /tmp/vcd/counter_counts.vcd`. [`Model::trace`] traces to an
//! explicit path. Every `eval` is one time unit (two per clock cycle).
//!
//! # From a `build.rs`
//! For a design fixed at compile time, depend on this crate from the build
//! script and bake the library path into the crate:
//! ```toml
//! [build-dependencies]
//! viaduct-testbench = { workspace = true }
//! ```
//! ```no_run
//! // build.rs, in `fn main()`:
//! let out = std::env::var("OUT_DIR").unwrap();
//! println!("cargo::rerun-if-changed=rtl/engine.v");
//! let built = viaduct_testbench::verilator::Builder::new("top", format!("{out}/verilator"))
//!     .source("rtl/engine.v")
//!     .build()
//!     .unwrap_or_else(|e| panic!("{e}"));
//! println!("cargo::rustc-env=ENGINE_MODEL={}", built.library.display());
//! // in the crate: Model::load(env!("ENGINE_MODEL"))
//! ```
//! `builder.rs`, `ports.rs`, `shim.rs` and `error.rs` use only `std` and refer
//! to each other through `super::`, so they can also be pulled into a build
//! script with `#[path = "..."] mod ...;` inside a `mod verilator { }` block.

mod builder;
mod error;
mod ffi;
mod model;
mod ports;
mod shim;

pub use builder::{Builder, BuiltModel, DEFAULT_ARGS, LIBRARY_FILE, MODEL_PREFIX};
pub use error::{Error, Result};
pub use model::{Model, PortId, TRACE_ENV};
pub use ports::{Direction, PortInfo, decode_name, parse_model_header};
pub use shim::ABI_VERSION;
