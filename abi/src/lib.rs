//! viaduct's shared layouts, defined once and used by the RTL generator, the reference
//! model, the host driver, the testbench and the docs: the BAR0 register map, descriptor and
//! completion formats, status codes, the shortcut format with its sealing cipher, the
//! page-table format, protection-table entries and the stream-port framing.

pub mod addr;
pub mod completion;
pub mod config;
pub mod counters;
pub mod descriptor;
pub mod docs;
pub mod error;
pub mod layout;
pub mod pagetable;
pub mod protection;
pub mod regs;
pub mod shortcut;
pub mod speck;
pub mod status;
pub mod stream;
pub mod transfer;

pub use addr::{PhysAddr, VirtAddr};
pub use completion::Completion;
pub use config::EngineConfig;
pub use counters::Counter;
pub use descriptor::{BufferRef, Descriptor, Opcode, Operation, RawDescriptor};
pub use error::AbiError;
pub use pagetable::{Level, PageTableEntry};
pub use protection::ProtectionEntry;
pub use shortcut::{Access, ProtectionDomain, Rights, Shortcut, ShortcutFields};
pub use speck::Key;
pub use status::Status;
