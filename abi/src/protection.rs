//! Protection-table entries (R5, claims 11, 12, 23, 24): the engine's own record of which
//! protection domain, and which VI, may use a registered region, with which rights. Written
//! only by the agent through the privileged register window (PROT_DATA0..3 + PROT_COMMIT).
//!
//! The bit layout is [`PROTECTION_ENTRY_LAYOUT`] (rendered in `docs/formats.md`).

use crate::addr::{USER_VA_LIMIT, VirtAddr};
use crate::error::AbiError;
use crate::shortcut::{Access, ProtectionDomain, Rights};

crate::layout::layout!(pub PROTECTION_ENTRY_LAYOUT = "Protection-table entry (128 bits, PROT_DATA0..3)", 2 words {
    0 [47:0] "start": "first VA of the region (byte granular)";
    0 [59:48] "pd": "protection domain allowed to use the region";
    0 [60:60] "valid": "the entry is in use";
    0 [61:61] "read": "reads allowed";
    0 [62:62] "write": "writes allowed";
    0 [63:63] "any_vi": "every VI of the domain may use it; else only the VI below";
    1 [47:0] "end": "end VA of the region, exclusive";
    1 [55:48] "generation": "slot generation, sealed into the region's shortcuts";
    1 [63:56] "vi": "the one VI allowed when any_vi is 0";
});

const VA_MASK: u64 = (1 << 48) - 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct ProtectionEntry {
    pub valid: bool,
    pub start: VirtAddr,
    pub end: VirtAddr,
    pub pd: ProtectionDomain,
    pub rights: Rights,
    pub any_vi: bool,
    pub vi: u8,
    pub generation: u8,
}

impl ProtectionEntry {
    /// The entry that invalidates a slot.
    pub const INVALID: ProtectionEntry = ProtectionEntry {
        valid: false,
        start: VirtAddr(0),
        end: VirtAddr(0),
        pd: crate::shortcut::ProtectionDomain::ZERO,
        rights: Rights { read: false, write: false },
        any_vi: false,
        vi: 0,
        generation: 0,
    };

    /// A valid entry for `[start, end)`; both must be user addresses and `start < end`.
    pub fn new(
        start: VirtAddr,
        end: VirtAddr,
        pd: ProtectionDomain,
        rights: Rights,
        vi: Option<u8>,
        generation: u8,
    ) -> Result<Self, AbiError> {
        if start >= end || end.0 > USER_VA_LIMIT {
            return Err(AbiError::BadLength(end.0.wrapping_sub(start.0)));
        }
        Ok(ProtectionEntry {
            valid: true,
            start,
            end,
            pd,
            rights,
            any_vi: vi.is_none(),
            vi: vi.unwrap_or(0),
            generation,
        })
    }

    pub const fn words(&self) -> [u64; 2] {
        let w0 = (self.start.0 & VA_MASK)
            | (self.pd.id() as u64) << 48
            | (self.valid as u64) << 60
            | self.rights.bits() << 61
            | (self.any_vi as u64) << 63;
        let w1 = (self.end.0 & VA_MASK) | (self.generation as u64) << 48 | (self.vi as u64) << 56;
        [w0, w1]
    }

    /// Decode from the two words; every bit pattern is a well-formed entry.
    pub const fn from_words(w: [u64; 2]) -> Self {
        ProtectionEntry {
            valid: w[0] >> 60 & 1 != 0,
            start: VirtAddr(w[0] & VA_MASK),
            end: VirtAddr(w[1] & VA_MASK),
            pd: ProtectionDomain::from_masked((w[0] >> 48) as u16),
            rights: Rights::from_bits(w[0] >> 61),
            any_vi: w[0] >> 63 != 0,
            vi: (w[1] >> 56) as u8,
            generation: (w[1] >> 48) as u8,
        }
    }

    /// The four 32-bit register words PROT_DATA0..3.
    pub const fn register_words(&self) -> [u32; 4] {
        let [a, b] = self.words();
        [a as u32, (a >> 32) as u32, b as u32, (b >> 32) as u32]
    }
    pub const fn from_register_words(r: [u32; 4]) -> Self {
        Self::from_words([r[0] as u64 | (r[1] as u64) << 32, r[2] as u64 | (r[3] as u64) << 32])
    }

    pub const fn allows_vi(&self, vi: u8) -> bool {
        self.any_vi || self.vi == vi
    }
    pub const fn allows(&self, access: Access) -> bool {
        self.rights.allows(access)
    }
    /// Whether `[va, va + len)` lies inside the region (`len >= 1`, no wrap assumed checked).
    pub const fn contains(&self, va: VirtAddr, len: u64) -> bool {
        va.0 >= self.start.0 && va.0.saturating_add(len) <= self.end.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip() {
        let e = ProtectionEntry::new(
            VirtAddr(0x7000_1234),
            VirtAddr(0x7020_0000),
            ProtectionDomain::new(0xabc).unwrap(),
            Rights::READ,
            Some(17),
            200,
        )
        .unwrap();
        assert_eq!(ProtectionEntry::from_words(e.words()), e);
        assert_eq!(ProtectionEntry::from_register_words(e.register_words()), e);
        assert!(e.contains(VirtAddr(0x7000_1234), 0x1f_edcc));
        assert!(!e.contains(VirtAddr(0x7000_1234), 0x1f_edcd));
        assert!(!e.contains(VirtAddr(0x7000_1233), 1));
        assert!(e.allows_vi(17) && !e.allows_vi(16));
    }

    #[test]
    fn rejects_empty_or_kernel_ranges() {
        let pd = ProtectionDomain::new(1).unwrap();
        assert!(ProtectionEntry::new(VirtAddr(10), VirtAddr(10), pd, Rights::READ, None, 0).is_err());
        assert!(
            ProtectionEntry::new(VirtAddr(10), VirtAddr(USER_VA_LIMIT + 1), pd, Rights::READ, None, 0)
                .is_err()
        );
    }
}
