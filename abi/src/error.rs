//! Errors for every parser and constructor in this crate.

use thiserror::Error;

/// What was wrong with a value handed to a constructor or parser of this crate.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AbiError {
    #[error("buffer of {got} bytes where {need} are required")]
    WrongSize { need: usize, got: usize },
    #[error("unknown opcode {0:#04x}")]
    UnknownOpcode(u8),
    #[error("unknown status code {0:#04x}")]
    UnknownStatus(u8),
    #[error("{field} = {value:#x} does not fit in {bits} bits")]
    FieldTooWide { field: &'static str, value: u64, bits: u32 },
    #[error("{what} {value:#x} is not aligned to {align:#x}")]
    Misaligned { what: &'static str, value: u64, align: u64 },
    #[error("page-table level {0} is not one of 1 (PT), 2 (PD), 3 (PDPT), 4 (PML4)")]
    BadLevel(u8),
    #[error("reserved bits set: {0}")]
    ReservedBits(&'static str),
    #[error("inline data of {0} bytes exceeds the {max} bytes a descriptor carries", max = crate::descriptor::INLINE_MAX)]
    InlineTooLong(usize),
    #[error("length must be between 1 and {max} bytes, got {0}", max = u32::MAX)]
    BadLength(u64),
    #[error("invalid engine configuration: {0}")]
    BadConfig(String),
}
