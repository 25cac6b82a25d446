//! viaduct's host software: the agent, which alone holds keys and pinning authority, and the
//! application library, which posts descriptors and rings doorbells without a system call
//! per I/O. Both reach the device through [`device::Device`].

pub mod agent;
pub mod app;
pub mod backend;
pub mod bench;
pub mod device;
pub mod error;
pub mod local;
pub mod remote;
pub mod wire;

pub use agent::{Agent, AgentConfig, KeyPolicy, Registration};
pub use app::{App, Buffer, Region, Vi, completion_result};
pub use device::{BoardDevice, Device};
pub use error::{DriverError, OpError};
pub use local::LocalLink;
