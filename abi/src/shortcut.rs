//! The shortcut (R1, R2): a sealed reference to one table page of a process's translation
//! table, bound to the VA block that page maps, the protection domain allowed to use it, the
//! key generation it was minted under, and one protection-table slot.
//!
//! Sealing is SPECK 128/128 encryption of a 128-bit plaintext of two words:
//!
//! The bit layout of the plaintext is [`SHORTCUT_PLAINTEXT_LAYOUT`] (rendered in `docs/formats.md`).
//!
//! The sealed block is carried as two little-endian words: `lo` = ciphertext y, `hi` =
//! ciphertext x. On unsealing, the engine recomputes the whole bind word from the
//! descriptor's VA, the posting VI's protection domain, the key slot's generation and the
//! slot's generation, and requires the reserved bits to be zero: 72 plaintext bits are fixed
//! by context. For a shortcut that was not minted for that context (random, altered in any
//! bit, or minted for another VA block, domain, key or generation), the decryption is a
//! uniformly distributed block under the pseudo-random-permutation assumption for SPECK, so
//! it is accepted with probability at most 2^-72 (about 2.1e-22) per attempt.

use crate::addr::{PhysAddr, VirtAddr};
use crate::error::AbiError;
use crate::pagetable::{Level, PAGE_SIZE};
use crate::speck::{self, Key};

crate::layout::layout!(pub SHORTCUT_PLAINTEXT_LAYOUT = "Shortcut plaintext (128 bits; sealed with SPECK 128/128, block x = word 1, y = word 0)", 2 words {
    0 [1:0] "level": "level of the table page minus one: 0 PT, 1 PD, 2 PDPT, 3 PML4";
    0 [2:2] "read": "the holder may read through this shortcut";
    0 [3:3] "write": "the holder may write through this shortcut";
    0 [11:4] "reserved": "zero";
    0 [51:12] "table": "physical address of the table page, bits 51:12";
    0 [63:52] "slot": "protection-table slot of the region";
    1 [25:0] "va_block": "VA >> block shift of the level (21, 30, 39, 48)";
    1 [37:26] "pd": "protection domain allowed to use the shortcut";
    1 [45:38] "key_generation": "generation of the key it was sealed with";
    1 [53:46] "slot_generation": "generation of the protection-table slot";
    1 [63:54] "magic": "0x2b5";
});

pub const MAGIC: u64 = 0x2b5;
pub const MAGIC_BITS: u32 = 10;
pub const VA_BLOCK_BITS: u32 = 26;
pub const PD_BITS: u32 = 12;
pub const SLOT_BITS: u32 = 12;
/// Bits of plaintext fixed by context: the bind word (64) plus the reserved bits (8).
pub const CHECKED_BITS: u32 = 72;

const TARGET_RESERVED_MASK: u64 = 0xff0;
const TARGET_ADDR_MASK: u64 = 0x000f_ffff_ffff_f000;

/// A protection domain: the process identity the engine checks (12 bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ProtectionDomain(u16);

impl ProtectionDomain {
    pub const LIMIT: u16 = 1 << PD_BITS;
    pub const fn new(id: u16) -> Result<Self, AbiError> {
        if id < Self::LIMIT {
            Ok(Self(id))
        } else {
            Err(AbiError::FieldTooWide { field: "protection domain", value: id as u64, bits: PD_BITS })
        }
    }
    pub const fn id(self) -> u16 {
        self.0
    }
    pub const ZERO: ProtectionDomain = ProtectionDomain(0);
    /// The domain in the low 12 bits of `raw`, as a hardware field decodes it.
    pub const fn from_masked(raw: u16) -> Self {
        Self(raw & (Self::LIMIT - 1))
    }
}

/// Access rights carried by a shortcut and by a protection-table entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Rights {
    pub read: bool,
    pub write: bool,
}

impl Rights {
    pub const READ: Rights = Rights { read: true, write: false };
    pub const WRITE: Rights = Rights { read: false, write: true };
    pub const READ_WRITE: Rights = Rights { read: true, write: true };
    pub const fn allows(self, access: Access) -> bool {
        match access {
            Access::Read => self.read,
            Access::Write => self.write,
        }
    }
    pub const fn bits(self) -> u64 {
        self.read as u64 | (self.write as u64) << 1
    }
    pub const fn from_bits(bits: u64) -> Rights {
        Rights { read: bits & 1 != 0, write: bits & 2 != 0 }
    }
}

/// The direction of an access to a registered buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Access {
    /// The engine reads the buffer (source of a copy, send, store).
    Read,
    /// The engine writes the buffer (destination of a copy, inline write, receive, load).
    Write,
}

/// Everything a shortcut says, before sealing / after unsealing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ShortcutFields {
    pub table: PhysAddr,
    pub level: Level,
    pub rights: Rights,
    pub slot: u16,
    pub va_block: u64,
    pub pd: ProtectionDomain,
    pub key_generation: u8,
    pub slot_generation: u8,
}

/// The VA block index of `va` for a table at `level`.
pub const fn va_block(va: VirtAddr, level: Level) -> u64 {
    va.0 >> level.block_shift()
}

impl ShortcutFields {
    /// Fields for the table page at `table` (level `level`) that maps `va`.
    #[allow(clippy::too_many_arguments)]
    pub fn for_va(
        table: PhysAddr,
        level: Level,
        va: VirtAddr,
        rights: Rights,
        slot: u16,
        pd: ProtectionDomain,
        key_generation: u8,
        slot_generation: u8,
    ) -> Result<Self, AbiError> {
        let fields = ShortcutFields {
            table,
            level,
            rights,
            slot,
            va_block: va_block(va, level),
            pd,
            key_generation,
            slot_generation,
        };
        fields.validate()?;
        Ok(fields)
    }

    fn validate(&self) -> Result<(), AbiError> {
        if !self.table.is_aligned(12) {
            return Err(AbiError::Misaligned {
                what: "table address",
                value: self.table.0,
                align: PAGE_SIZE,
            });
        }
        if self.table.0 & !TARGET_ADDR_MASK != 0 {
            return Err(AbiError::FieldTooWide { field: "table address", value: self.table.0, bits: 52 });
        }
        if self.slot as u64 >= 1 << SLOT_BITS {
            return Err(AbiError::FieldTooWide { field: "slot", value: self.slot as u64, bits: SLOT_BITS });
        }
        if self.va_block >= 1 << VA_BLOCK_BITS {
            return Err(AbiError::FieldTooWide {
                field: "VA block",
                value: self.va_block,
                bits: VA_BLOCK_BITS,
            });
        }
        Ok(())
    }

    /// The plaintext target word (y).
    pub const fn target_word(&self) -> u64 {
        (self.level as u64 - 1)
            | self.rights.bits() << 2
            | (self.table.0 & TARGET_ADDR_MASK)
            | (self.slot as u64) << 52
    }

    /// The plaintext bind word (x); the engine recomputes it from context to check a shortcut.
    pub const fn bind_word(&self) -> u64 {
        bind_word(self.va_block, self.pd, self.key_generation, self.slot_generation)
    }

    /// Parse an unsealed plaintext. Only the format is checked here (magic and reserved
    /// bits); binding to a context is the engine's check, see [`bind_word`].
    pub fn from_plaintext(bind: u64, target: u64) -> Result<Self, AbiError> {
        if bind >> 54 != MAGIC {
            return Err(AbiError::ReservedBits("shortcut magic"));
        }
        if target & TARGET_RESERVED_MASK != 0 {
            return Err(AbiError::ReservedBits("shortcut target word bits 11:4"));
        }
        Ok(ShortcutFields {
            table: PhysAddr(target & TARGET_ADDR_MASK),
            level: Level::new((target & 3) as u8 + 1)?,
            rights: Rights::from_bits(target >> 2),
            slot: (target >> 52) as u16,
            va_block: bind & ((1 << VA_BLOCK_BITS) - 1),
            pd: ProtectionDomain(((bind >> 26) & 0xfff) as u16),
            key_generation: (bind >> 38) as u8,
            slot_generation: (bind >> 46) as u8,
        })
    }

    pub fn seal(&self, key: Key) -> Shortcut {
        let (x, y) = speck::encrypt(key, self.bind_word(), self.target_word());
        Shortcut { lo: y, hi: x }
    }
}

/// The bind word a valid shortcut must decrypt to in a given context.
pub const fn bind_word(va_block: u64, pd: ProtectionDomain, key_generation: u8, slot_generation: u8) -> u64 {
    (va_block & ((1 << VA_BLOCK_BITS) - 1))
        | (pd.0 as u64) << 26
        | (key_generation as u64) << 38
        | (slot_generation as u64) << 46
        | MAGIC << 54
}

/// A sealed shortcut as an application holds it: opaque 128 bits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Shortcut {
    pub lo: u64,
    pub hi: u64,
}

impl core::fmt::Debug for Shortcut {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Shortcut({:016x}{:016x})", self.hi, self.lo)
    }
}

impl Shortcut {
    pub const NONE: Shortcut = Shortcut { lo: 0, hi: 0 };

    /// Decrypt with `key`: returns the plaintext `(bind, target)` words, unchecked.
    pub const fn unseal(self, key: Key) -> (u64, u64) {
        speck::decrypt(key, self.hi, self.lo)
    }
    pub const fn to_u128(self) -> u128 {
        (self.hi as u128) << 64 | self.lo as u128
    }
    pub const fn from_u128(v: u128) -> Shortcut {
        Shortcut { lo: v as u64, hi: (v >> 64) as u64 }
    }
    pub const fn is_none(self) -> bool {
        self.lo == 0 && self.hi == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ShortcutFields {
        ShortcutFields::for_va(
            PhysAddr(0x1234_5000),
            Level::Pt,
            VirtAddr(0x7f12_3456_7000),
            Rights::READ_WRITE,
            77,
            ProtectionDomain::new(5).unwrap(),
            3,
            9,
        )
        .unwrap()
    }

    #[test]
    fn seal_unseal_round_trip() {
        let key = Key::from_u128(0xdead_beef_0123_4567_89ab_cdef_5555_aaaa);
        let f = sample();
        let (bind, target) = f.seal(key).unseal(key);
        assert_eq!(ShortcutFields::from_plaintext(bind, target).unwrap(), f);
        assert_eq!(bind, bind_word(f.va_block, f.pd, 3, 9));
    }

    #[test]
    fn wrong_key_gives_garbage() {
        let f = sample();
        let s = f.seal(Key::from_u128(1));
        let (bind, _) = s.unseal(Key::from_u128(2));
        assert_ne!(bind, f.bind_word());
    }

    #[test]
    fn constructor_rejects_bad_fields() {
        let pd = ProtectionDomain::new(1).unwrap();
        let va = VirtAddr(0x1000);
        assert!(ShortcutFields::for_va(PhysAddr(0x1001), Level::Pt, va, Rights::READ, 0, pd, 0, 0).is_err());
        assert!(ShortcutFields::for_va(PhysAddr(1 << 52), Level::Pt, va, Rights::READ, 0, pd, 0, 0).is_err());
        assert!(ShortcutFields::for_va(PhysAddr(0), Level::Pt, va, Rights::READ, 4096, pd, 0, 0).is_err());
        assert!(
            ShortcutFields::for_va(PhysAddr(0), Level::Pt, VirtAddr(1 << 47), Rights::READ, 0, pd, 0, 0)
                .is_err()
        );
        assert!(ProtectionDomain::new(4096).is_err());
    }
}
