//! The page-table format the engine walks: x86-64 4-level paging (PML4, PDPT, PD, PT) with
//! 4 KiB pages and 2 MiB / 1 GiB leaves (PS bit), plus one software-available bit that the
//! agent sets on pinned pages (R5: "the pages are present and pinned").

use crate::addr::{PHYS_ADDR_MASK, PhysAddr, VirtAddr};
use crate::error::AbiError;

crate::layout::layout!(pub PTE_LAYOUT = "Page-table entry (x86-64 format, 64 bits)", 1 words {
    0 [0:0] "present": "P: the entry is valid";
    0 [1:1] "writable": "R/W: writes allowed (checked at every level the engine visits)";
    0 [2:2] "user": "U/S: ignored by the engine";
    0 [4:3] "cache": "PWT/PCD: ignored";
    0 [5:5] "accessed": "A: ignored, never written by the engine";
    0 [6:6] "dirty": "D: ignored, never written by the engine";
    0 [7:7] "huge": "PS: leaf at PD (2 MiB) or PDPT (1 GiB); PAT at PT (ignored); reserved at PML4";
    0 [8:8] "global": "G: ignored";
    0 [9:9] "pinned": "software bit 9: set by the agent on leaves it has pinned; required by the engine";
    0 [11:10] "available": "software bits, ignored";
    0 [51:12] "address": "physical address of the next table or page (large pages: aligned to their size)";
    0 [62:52] "available_high": "ignored";
    0 [63:63] "no_execute": "XD: ignored (the engine never executes)";
});

pub const PAGE_SHIFT: u32 = 12;
pub const PAGE_SIZE: u64 = 1 << PAGE_SHIFT;
pub const ENTRIES_PER_TABLE: usize = 512;
pub const PTE_SIZE: u64 = 8;

/// One level of the 4-level table. A table *at* level L has 512 entries, each mapping
/// `1 << entry_shift()` bytes; the whole table maps `1 << block_shift()` bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Level {
    /// Page table: entries map 4 KiB pages; the table maps a 2 MiB block.
    Pt = 1,
    /// Page directory: entries map 2 MiB (PS) or point to a PT; the table maps 1 GiB.
    Pd = 2,
    /// Page-directory-pointer table: entries map 1 GiB (PS) or point to a PD; maps 512 GiB.
    Pdpt = 3,
    /// Root: entries point to PDPTs; maps the whole 256 TiB space.
    Pml4 = 4,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Pt, Level::Pd, Level::Pdpt, Level::Pml4];

    pub const fn new(level: u8) -> Result<Level, AbiError> {
        match level {
            1 => Ok(Level::Pt),
            2 => Ok(Level::Pd),
            3 => Ok(Level::Pdpt),
            4 => Ok(Level::Pml4),
            other => Err(AbiError::BadLevel(other)),
        }
    }
    pub const fn number(self) -> u8 {
        self as u8
    }
    /// log2 of the bytes one entry of a table at this level maps.
    pub const fn entry_shift(self) -> u32 {
        PAGE_SHIFT + 9 * (self as u32 - 1)
    }
    /// log2 of the bytes a whole table at this level maps (the shortcut's "VA block").
    pub const fn block_shift(self) -> u32 {
        PAGE_SHIFT + 9 * self as u32
    }
    /// Index of the entry that maps `va` in a table at this level.
    pub const fn index(self, va: VirtAddr) -> usize {
        ((va.0 >> self.entry_shift()) & 0x1ff) as usize
    }
    /// Whether a PS=1 entry at this level is a leaf (2 MiB at PD, 1 GiB at PDPT).
    pub const fn allows_large_leaf(self) -> bool {
        matches!(self, Level::Pd | Level::Pdpt)
    }
    /// The level below, or `None` at the PT.
    pub const fn next_lower(self) -> Option<Level> {
        match self {
            Level::Pt => None,
            Level::Pd => Some(Level::Pt),
            Level::Pdpt => Some(Level::Pd),
            Level::Pml4 => Some(Level::Pdpt),
        }
    }
}

/// Bits of a page-table entry. Bit 9 is available to software on x86-64; the agent sets it
/// on every leaf it has pinned, and clears it when it unpins.
pub mod flags {
    pub const PRESENT: u64 = 1 << 0;
    pub const WRITABLE: u64 = 1 << 1;
    pub const USER: u64 = 1 << 2;
    pub const ACCESSED: u64 = 1 << 5;
    pub const DIRTY: u64 = 1 << 6;
    /// PS: at PD and PDPT level the entry is a leaf (2 MiB / 1 GiB). At PT level this bit is
    /// PAT and ignored by the engine; at PML4 level it is reserved.
    pub const HUGE: u64 = 1 << 7;
    /// viaduct: the page is pinned by the agent (software-available bit 9).
    pub const PINNED: u64 = 1 << 9;
    pub const NO_EXECUTE: u64 = 1 << 63;
}

/// Mask of the physical-address field of an entry (bits 51:12).
pub const PTE_ADDR_MASK: u64 = PHYS_ADDR_MASK & !(PAGE_SIZE - 1);

/// A 64-bit page-table entry.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
#[repr(transparent)]
pub struct PageTableEntry(pub u64);

impl PageTableEntry {
    pub const fn new(addr: PhysAddr, flags: u64) -> Self {
        Self((addr.0 & PTE_ADDR_MASK) | (flags & !PTE_ADDR_MASK))
    }
    pub const fn raw(self) -> u64 {
        self.0
    }
    pub const fn has(self, flag: u64) -> bool {
        self.0 & flag == flag
    }
    pub const fn present(self) -> bool {
        self.has(flags::PRESENT)
    }
    pub const fn writable(self) -> bool {
        self.has(flags::WRITABLE)
    }
    pub const fn huge(self) -> bool {
        self.has(flags::HUGE)
    }
    pub const fn pinned(self) -> bool {
        self.has(flags::PINNED)
    }
    pub const fn addr(self) -> PhysAddr {
        PhysAddr(self.0 & PTE_ADDR_MASK)
    }
    pub const fn with_flags(self, set: u64, clear: u64) -> Self {
        Self((self.0 | set) & !clear)
    }
}

impl core::fmt::Debug for PageTableEntry {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "PTE({:#x}", self.addr().0)?;
        for (bit, name) in [
            (flags::PRESENT, " P"),
            (flags::WRITABLE, " W"),
            (flags::USER, " U"),
            (flags::HUGE, " PS"),
            (flags::PINNED, " PIN"),
        ] {
            if self.has(bit) {
                f.write_str(name)?;
            }
        }
        f.write_str(")")
    }
}

/// What one step of a walk decided about an entry read at `level`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WalkStep {
    /// Continue at the table page at this address, one level down.
    Next(PhysAddr),
    /// A leaf: the page of `1 << shift` bytes starting at `frame`.
    Leaf {
        frame: PhysAddr,
        shift: u32,
    },
    NotPresent,
    /// A reserved combination: PS at PML4, or a large leaf whose frame is not aligned.
    BadEntry,
}

/// Decode one entry read at `level`. Access rights and pinning are checked by the caller,
/// because they depend on the access and on which levels the walk visited.
pub const fn walk_step(entry: PageTableEntry, level: Level) -> WalkStep {
    if !entry.present() {
        return WalkStep::NotPresent;
    }
    match level {
        Level::Pt => WalkStep::Leaf { frame: entry.addr(), shift: PAGE_SHIFT },
        Level::Pml4 if entry.huge() => WalkStep::BadEntry,
        Level::Pd | Level::Pdpt if entry.huge() => {
            let shift = level.entry_shift();
            let frame = entry.addr();
            if frame.0 & ((1 << shift) - 1) != 0 {
                WalkStep::BadEntry
            } else {
                WalkStep::Leaf { frame, shift }
            }
        }
        _ => WalkStep::Next(entry.addr()),
    }
}

/// Physical address of the entry for `va` in the table page at `table`.
pub const fn entry_address(table: PhysAddr, level: Level, va: VirtAddr) -> PhysAddr {
    PhysAddr(table.0 + level.index(va) as u64 * PTE_SIZE)
}
