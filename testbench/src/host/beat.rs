//! The data of one bus beat, held inline. The host models make and consume beats every
//! simulated cycle, so a beat must not cost a heap allocation.

use std::fmt;
use std::ops::{Deref, DerefMut};

/// The widest data bus the host models serve: 1024 bits, AXI's maximum. Byte-enable masks
/// (TKEEP, WSTRB) are then at most 128 bits and fit a `u128`.
pub const MAX_DATA_BYTES: usize = 128;

/// The bytes of one beat, lane `i` at index `i`; at most [`MAX_DATA_BYTES`] of them.
/// Derefs to the byte slice.
#[derive(Clone, Copy)]
pub struct BeatData {
    len: u8,
    bytes: [u8; MAX_DATA_BYTES],
}

impl BeatData {
    /// `len` zero bytes.
    ///
    /// # Panics
    /// If `len` exceeds [`MAX_DATA_BYTES`].
    pub fn zeroed(len: usize) -> Self {
        assert!(len <= MAX_DATA_BYTES, "a beat of {len} bytes is wider than {MAX_DATA_BYTES}");
        BeatData { len: len as u8, bytes: [0; MAX_DATA_BYTES] }
    }

    /// A beat holding a copy of `bytes`.
    ///
    /// # Panics
    /// If `bytes` is longer than [`MAX_DATA_BYTES`].
    pub fn from_slice(bytes: &[u8]) -> Self {
        let mut beat = BeatData::zeroed(bytes.len());
        beat.copy_from_slice(bytes);
        beat
    }
}

impl Deref for BeatData {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }
}

impl DerefMut for BeatData {
    fn deref_mut(&mut self) -> &mut [u8] {
        &mut self.bytes[..usize::from(self.len)]
    }
}

impl PartialEq for BeatData {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for BeatData {}

impl fmt::Debug for BeatData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

/// A byte-enable mask with lanes `0..n` set.
pub fn lanes_below(n: usize) -> u128 {
    if n >= 128 { u128::MAX } else { (1u128 << n) - 1 }
}

/// Whether lane `lane` of byte-enable mask `mask` is set.
pub fn lane_on(mask: u128, lane: usize) -> bool {
    lane < 128 && mask >> lane & 1 != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beats_compare_and_print_as_their_bytes() {
        let a = BeatData::from_slice(&[1, 2, 3]);
        let mut b = BeatData::zeroed(3);
        b[..].copy_from_slice(&[1, 2, 3]);
        assert_eq!(a, b);
        assert_ne!(a, BeatData::from_slice(&[1, 2, 3, 0]));
        assert_eq!(format!("{a:?}"), "[1, 2, 3]");
        assert_eq!(BeatData::zeroed(MAX_DATA_BYTES).len(), MAX_DATA_BYTES);
    }

    #[test]
    fn lane_masks() {
        assert_eq!(lanes_below(0), 0);
        assert_eq!(lanes_below(3), 0b111);
        assert_eq!(lanes_below(128), u128::MAX);
        assert!(lane_on(0b100, 2) && !lane_on(0b100, 1) && !lane_on(u128::MAX, 128));
    }
}
