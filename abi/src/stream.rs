//! The two stream ports (AXI4-Stream, byte streams): the network port (R7) and the storage
//! port (R8). The engine bridges no protocol itself; the board or testbench bridges the
//! network port to TCP and the storage port to an NBD target.
//!
//! Network: one descriptor = one frame (TLAST on its last byte, TID = VI). A frame cut short
//! by a fault ends with TUSER = 1 (abort) and must be dropped by the receiver.
//!
//! Storage: the engine sends one command per chunk (see [`crate::transfer`]): a 16-byte
//! [`StorageCommand`] header, followed for writes by the chunk's bytes. The target answers each
//! command, in order, with an 8-byte [`StorageResponse`] header, followed for successful reads
//! by the bytes read.

use crate::error::AbiError;

pub const STORAGE_COMMAND_SIZE: usize = 16;
pub const STORAGE_RESPONSE_SIZE: usize = 8;

/// A frame seen on the network port.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct NetFrame {
    pub vi: u16,
    pub data: Vec<u8>,
    /// Cut short by a fault: the receiver drops it.
    pub aborted: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum StorageOp {
    Write = 1,
    Read = 2,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StorageCommand {
    pub op: StorageOp,
    pub len: u32,
    pub offset: u64,
}

impl StorageCommand {
    pub fn to_bytes(&self) -> [u8; STORAGE_COMMAND_SIZE] {
        let mut b = [0u8; STORAGE_COMMAND_SIZE];
        b[0] = self.op as u8;
        b[4..8].copy_from_slice(&self.len.to_le_bytes());
        b[8..16].copy_from_slice(&self.offset.to_le_bytes());
        b
    }
    pub fn from_bytes(b: &[u8]) -> Result<Self, AbiError> {
        if b.len() != STORAGE_COMMAND_SIZE {
            return Err(AbiError::WrongSize { need: STORAGE_COMMAND_SIZE, got: b.len() });
        }
        let op = match b[0] {
            1 => StorageOp::Write,
            2 => StorageOp::Read,
            _ => return Err(AbiError::ReservedBits("storage command opcode")),
        };
        if b[1..4] != [0, 0, 0] {
            return Err(AbiError::ReservedBits("storage command bytes 1-3"));
        }
        Ok(StorageCommand {
            op,
            len: u32::from_le_bytes(b[4..8].try_into().expect("4 bytes")),
            offset: u64::from_le_bytes(b[8..16].try_into().expect("8 bytes")),
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StorageResponse {
    /// 0: success; anything else ends the descriptor with `StorageError`.
    pub status: u8,
    pub len: u32,
}

impl StorageResponse {
    pub fn to_bytes(&self) -> [u8; STORAGE_RESPONSE_SIZE] {
        let mut b = [0u8; STORAGE_RESPONSE_SIZE];
        b[0] = self.status;
        b[4..8].copy_from_slice(&self.len.to_le_bytes());
        b
    }
    pub fn from_bytes(b: &[u8]) -> Result<Self, AbiError> {
        if b.len() != STORAGE_RESPONSE_SIZE {
            return Err(AbiError::WrongSize { need: STORAGE_RESPONSE_SIZE, got: b.len() });
        }
        if b[1..4] != [0, 0, 0] {
            return Err(AbiError::ReservedBits("storage response bytes 1-3"));
        }
        Ok(StorageResponse { status: b[0], len: u32::from_le_bytes(b[4..8].try_into().expect("4 bytes")) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_round_trip() {
        let c = StorageCommand { op: StorageOp::Read, len: 4096, offset: 1 << 33 };
        assert_eq!(StorageCommand::from_bytes(&c.to_bytes()).unwrap(), c);
        let r = StorageResponse { status: 0, len: 12 };
        assert_eq!(StorageResponse::from_bytes(&r.to_bytes()).unwrap(), r);
        assert!(StorageCommand::from_bytes(&[9; 16]).is_err());
        assert!(StorageResponse::from_bytes(&[0; 7]).is_err());
    }
}
