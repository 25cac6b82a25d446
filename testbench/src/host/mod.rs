//! The host around the engine, as the testbench models it: host memory behind an AXI4
//! subordinate (latency, reads in flight, error injection, an access log for the memory
//! monitor), software's AXI4-Lite manager for BAR0, and stream sources and sinks for the
//! network and storage ports. The models are pure Rust; [`pins`] binds them to a
//! Verilated design's ports by prefix.

pub mod axi_lite;
pub mod axi_memory;
pub mod beat;
pub mod pins;
pub mod stream;

pub use axi_lite::{AxiLiteMaster, LiteOp, LiteResult};
pub use axi_memory::{Access, AccessKind, AxiMemory, AxiMemoryConfig, Fault, SharedMemory};
pub use beat::{BeatData, MAX_DATA_BYTES};
pub use storage::StorageResponder;
pub use stream::{StreamBeat, StreamFrame, StreamSink, StreamSource};
pub mod storage;
