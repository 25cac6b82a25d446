//! The simulated viaduct board: the engine (Verilated RTL or the reference model) with its
//! physical memory in shared segments, one shared page per VI, interrupts as eventfds, and
//! bridges from its stream ports to TCP and NBD.

pub mod board;
pub mod core;
pub mod nbd;
pub mod netbridge;
pub mod notifier;
pub mod physmem;
pub mod rtl;
pub mod segment;

pub use board::Board;
pub use core::{EngineCore, ModelCore, engine_core};
pub use nbd::NbdClient;
pub use netbridge::NetBridge;
pub use notifier::Notifier;
pub use physmem::{PhysHandle, PhysMemory};
pub use rtl::RtlCore;
pub use segment::Segment;
