//! Errors of the host software. Completion statuses map one to one onto [`OpError`].

use serde::{Deserialize, Serialize};
use thiserror::Error;
use viaduct_abi::{Status, VirtAddr};

/// Why a request to the agent or a call of the library failed. Errors cross process
/// boundaries unchanged (the agent's answer is this enum).
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum DriverError {
    #[error("the range {va} + {len:#x} is empty, wraps, or leaves the user address space")]
    BadRange {
        #[serde(with = "va_serde")]
        va: VirtAddr,
        len: u64,
    },
    #[error("{0} is not aligned as required ({1})")]
    Misaligned(#[serde(with = "va_serde")] VirtAddr, String),
    #[error("the range {va} + {len:#x} is not inside a buffer of this process")]
    NotOwned {
        #[serde(with = "va_serde")]
        va: VirtAddr,
        len: u64,
    },
    #[error("no registration with id {0} in this process")]
    UnknownRegistration(u32),
    #[error("VI {0} does not belong to this process")]
    UnknownVi(u32),
    #[error("the registration is still in use by {0} posted descriptors")]
    Busy(usize),
    #[error("out of {0}")]
    Exhausted(String),
    #[error("the queue is full ({0} descriptors outstanding)")]
    QueueFull(u32),
    #[error("permission denied: {0}")]
    Denied(String),
    #[error("device: {0}")]
    Device(String),
    #[error("protocol: {0}")]
    Protocol(String),
    #[error("{0} is not supported by this backend: {1}")]
    Unsupported(String, String),
}

mod va_serde {
    use serde::{Deserialize, Deserializer, Serializer};
    use viaduct_abi::VirtAddr;
    pub fn serialize<S: Serializer>(va: &VirtAddr, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u64(va.0)
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<VirtAddr, D::Error> {
        u64::deserialize(d).map(VirtAddr)
    }
}

/// A descriptor that completed with a status other than OK, with what the completion said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("{status} after {bytes_done} bytes (fault at {fault_va})")]
pub struct OpError {
    pub status: Status,
    pub bytes_done: u32,
    pub fault_va: VirtAddr,
    pub on_destination: bool,
}

pub type Result<T, E = DriverError> = std::result::Result<T, E>;
