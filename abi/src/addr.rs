//! Address newtypes: a virtual address of an application, a physical (device-visible) address.

use core::fmt;

/// Virtual addresses the engine accepts are canonical user addresses: below 2^47.
pub const USER_VA_LIMIT: u64 = 1 << 47;
/// x86-64 page-table entries carry 52 physical address bits.
pub const PHYS_ADDR_BITS: u32 = 52;
pub const PHYS_ADDR_MASK: u64 = (1 << PHYS_ADDR_BITS) - 1;

/// A virtual address in some process's address space.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct VirtAddr(pub u64);

/// A physical address as the engine sees it (host physical, or IOVA behind an IOMMU).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct PhysAddr(pub u64);

macro_rules! addr_common {
    ($t:ident) => {
        impl $t {
            pub const fn as_u64(self) -> u64 {
                self.0
            }
            /// Offset within a page of `1 << shift` bytes.
            pub const fn page_offset(self, shift: u32) -> u64 {
                self.0 & ((1 << shift) - 1)
            }
            pub const fn align_down(self, shift: u32) -> Self {
                Self(self.0 & !((1u64 << shift) - 1))
            }
            pub const fn is_aligned(self, shift: u32) -> bool {
                self.page_offset(shift) == 0
            }
            /// `self + n`, or `None` when it would wrap the 64-bit space.
            pub const fn checked_add(self, n: u64) -> Option<Self> {
                match self.0.checked_add(n) {
                    Some(v) => Some(Self(v)),
                    None => None,
                }
            }
        }
        impl fmt::Debug for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($t), "({:#x})"), self.0)
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{:#x}", self.0)
            }
        }
    };
}
addr_common!(VirtAddr);
addr_common!(PhysAddr);
