//! The reference model of the viaduct engine: a pure-Rust, transaction-level oracle for the
//! RTL, and a fast engine for the simulated board where Verilator is not wanted. Also the
//! page-table builder that lays out a process's tables in a physical memory image.

pub mod admission;
pub mod counters;
pub mod engine;
pub mod memory;
pub mod pagetable;
pub mod ports;
pub mod scenario;
pub mod translation;

pub use counters::Counters;
pub use engine::{Engine, Interrupt, ViState};
pub use memory::{DmaPort, FaultyMemory, HostFault, MemError, Memory, SparseMemory};
pub use pagetable::{AddressSpace, FrameAllocator, MapError, PageSize, Translation, walk};
pub use ports::{MemStorage, Network, StorageTarget};
pub use translation::TranslationUnit;
