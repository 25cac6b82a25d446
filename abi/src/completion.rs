//! Completion entries (R9): exactly one per descriptor, written by the engine into the VI's
//! completion queue in host memory. 32 bytes, four little-endian words; the phase bit is the
//! last bit of the entry and flips on every pass over the ring (it starts at 1), so software
//! knows an entry is new without a read of the device.
//!
//! The bit layout is [`COMPLETION_LAYOUT`] (rendered in `docs/formats.md`).

use crate::addr::VirtAddr;
use crate::error::AbiError;
use crate::status::Status;

crate::layout::layout!(pub COMPLETION_LAYOUT = "Completion entry (32 bytes, in the VI's completion queue in host memory)", 4 words {
    0 [63:0] "tag": "tag of the descriptor";
    1 [63:0] "fault_va": "VA that failed a check (zero on success)";
    2 [31:0] "bytes_done": "bytes moved before the descriptor ended";
    2 [39:32] "status": "status code, see the status table";
    2 [47:40] "opcode": "opcode of the descriptor";
    2 [63:48] "sq_index": "free-running queue index of the descriptor";
    3 [15:0] "vi": "VI that posted the descriptor";
    3 [16:16] "fault_on_dst": "1: the fault is on the destination buffer, 0: on the source";
    3 [62:17] "reserved": "zero";
    3 [63:63] "phase": "flips on every pass over the ring, starting at 1";
});

pub const COMPLETION_SIZE: usize = 32;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Completion {
    pub tag: u64,
    pub fault_va: VirtAddr,
    pub bytes_done: u32,
    pub status: Status,
    pub opcode: u8,
    pub sq_index: u16,
    pub vi: u16,
    pub fault_on_dst: bool,
    pub phase: bool,
}

impl Completion {
    pub fn words(&self) -> [u64; 4] {
        [
            self.tag,
            self.fault_va.0,
            self.bytes_done as u64
                | (self.status.code() as u64) << 32
                | (self.opcode as u64) << 40
                | (self.sq_index as u64) << 48,
            self.vi as u64 | (self.fault_on_dst as u64) << 16 | (self.phase as u64) << 63,
        ]
    }
    pub fn to_bytes(&self) -> [u8; COMPLETION_SIZE] {
        let mut out = [0u8; COMPLETION_SIZE];
        for (chunk, w) in out.chunks_exact_mut(8).zip(self.words()) {
            chunk.copy_from_slice(&w.to_le_bytes());
        }
        out
    }
    /// The phase bit of an entry in memory, read before the rest.
    pub fn phase_of(bytes: &[u8]) -> Result<bool, AbiError> {
        if bytes.len() != COMPLETION_SIZE {
            return Err(AbiError::WrongSize { need: COMPLETION_SIZE, got: bytes.len() });
        }
        Ok(bytes[31] & 0x80 != 0)
    }
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, AbiError> {
        if bytes.len() != COMPLETION_SIZE {
            return Err(AbiError::WrongSize { need: COMPLETION_SIZE, got: bytes.len() });
        }
        let w: Vec<u64> =
            bytes.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes"))).collect();
        if w[3] & 0x7fff_ffff_fffe_0000 != 0 {
            return Err(AbiError::ReservedBits("completion word 3 bits 62:17"));
        }
        Ok(Completion {
            tag: w[0],
            fault_va: VirtAddr(w[1]),
            bytes_done: w[2] as u32,
            status: Status::from_code((w[2] >> 32) as u8)?,
            opcode: (w[2] >> 40) as u8,
            sq_index: (w[2] >> 48) as u16,
            vi: w[3] as u16,
            fault_on_dst: w[3] >> 16 & 1 != 0,
            phase: w[3] >> 63 != 0,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let c = Completion {
            tag: 0x1234,
            fault_va: VirtAddr(0x7fff_0000_1000),
            bytes_done: 8192,
            status: Status::NotPinned,
            opcode: 1,
            sq_index: 65535,
            vi: 63,
            fault_on_dst: true,
            phase: true,
        };
        let b = c.to_bytes();
        assert_eq!(Completion::from_bytes(&b).unwrap(), c);
        assert!(Completion::phase_of(&b).unwrap());
        let mut bad = b;
        bad[26] = 0xfe;
        assert!(Completion::from_bytes(&bad).is_err());
        let mut bad = b;
        bad[20] = 0xee;
        assert_eq!(Completion::from_bytes(&bad).unwrap_err(), AbiError::UnknownStatus(0xee));
    }
}
