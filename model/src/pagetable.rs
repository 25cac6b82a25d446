//! Translation tables in physical memory: a builder that lays out x86-64 4-level tables for a
//! process (4 KiB, 2 MiB and 1 GiB mappings), and the engine's walk (R4) as a pure function.

use crate::memory::{HostFault, MemError, Memory};
use thiserror::Error;
use viaduct_abi::pagetable::{PAGE_SIZE, PageTableEntry, WalkStep, entry_address, flags, walk_step};
use viaduct_abi::{Access, Level, PhysAddr, Status, VirtAddr};

/// The sizes a mapping can have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PageSize {
    Size4K,
    Size2M,
    Size1G,
}

impl PageSize {
    pub const fn shift(self) -> u32 {
        match self {
            PageSize::Size4K => 12,
            PageSize::Size2M => 21,
            PageSize::Size1G => 30,
        }
    }
    pub const fn bytes(self) -> u64 {
        1 << self.shift()
    }
    /// The level whose entries map pages of this size.
    pub const fn leaf_level(self) -> Level {
        match self {
            PageSize::Size4K => Level::Pt,
            PageSize::Size2M => Level::Pd,
            PageSize::Size1G => Level::Pdpt,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum MapError {
    #[error("{0} is not aligned to the page size")]
    Misaligned(u64),
    #[error("{0} is not a canonical user address")]
    NotUserAddress(VirtAddr),
    #[error("{0} is already mapped")]
    AlreadyMapped(VirtAddr),
    #[error("{0} is not mapped")]
    NotMapped(VirtAddr),
    #[error("{0} is inside a large page")]
    InsideLargePage(VirtAddr),
    #[error("out of physical frames")]
    OutOfFrames,
    #[error(transparent)]
    Memory(#[from] MemError),
}

/// Hands out physical frames from `[start, end)`: 4 KiB frames (recycled when freed) and
/// naturally aligned 2 MiB / 1 GiB blocks.
#[derive(Clone, Debug)]
pub struct FrameAllocator {
    next: u64,
    end: u64,
    free_4k: Vec<u64>,
}

impl FrameAllocator {
    pub fn new(start: PhysAddr, end: PhysAddr) -> Self {
        FrameAllocator { next: start.0.next_multiple_of(PAGE_SIZE), end: end.0, free_4k: Vec::new() }
    }
    pub fn alloc(&mut self, size: PageSize) -> Result<PhysAddr, MapError> {
        if size == PageSize::Size4K
            && let Some(pa) = self.free_4k.pop()
        {
            return Ok(PhysAddr(pa));
        }
        let start = self.next.next_multiple_of(size.bytes());
        let stop = start.checked_add(size.bytes()).ok_or(MapError::OutOfFrames)?;
        if stop > self.end {
            return Err(MapError::OutOfFrames);
        }
        // Recycle the gap that alignment skipped.
        self.free_4k.extend((self.next..start).step_by(PAGE_SIZE as usize));
        self.next = stop;
        Ok(PhysAddr(start))
    }
    /// Return a 4 KiB frame.
    pub fn free(&mut self, pa: PhysAddr) {
        self.free_4k.push(pa.0);
    }
    /// 4 KiB frames returned and not yet handed out again.
    pub fn free_frames(&self) -> usize {
        self.free_4k.len()
    }

    /// Bytes never handed out yet (excluding recycled frames).
    pub fn remaining(&self) -> u64 {
        self.end.saturating_sub(self.next)
    }
}

/// What the CPU's view of a table says about a VA (no pinning or rights checks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Translation {
    Mapped {
        pa: PhysAddr,
        size: PageSize,
        leaf: PageTableEntry,
    },
    NotMapped,
    /// A reserved entry on the way (PS at PML4, misaligned large frame).
    Invalid,
}

/// Flags of intermediate entries. Upper levels are left permissive (as Linux does): the
/// engine takes rights and pinning from the leaf alone, so every shortcut level agrees.
const TABLE_FLAGS: u64 = flags::PRESENT | flags::WRITABLE | flags::USER;

/// A process's translation table rooted at one PML4 page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AddressSpace {
    root: PhysAddr,
}

fn user_va(va: VirtAddr) -> Result<(), MapError> {
    if va.0 < viaduct_abi::addr::USER_VA_LIMIT { Ok(()) } else { Err(MapError::NotUserAddress(va)) }
}

impl AddressSpace {
    /// A new, empty table (one zeroed PML4 page).
    pub fn new(mem: &mut (impl Memory + ?Sized), frames: &mut FrameAllocator) -> Result<Self, MapError> {
        let root = frames.alloc(PageSize::Size4K)?;
        mem.write(root, &[0u8; PAGE_SIZE as usize])?;
        Ok(AddressSpace { root })
    }
    /// An existing table.
    pub const fn from_root(root: PhysAddr) -> Self {
        AddressSpace { root }
    }
    pub const fn root(&self) -> PhysAddr {
        self.root
    }

    /// The entry address for `va` at `level`, creating missing tables above it.
    fn entry_slot(
        &self,
        mem: &mut (impl Memory + ?Sized),
        frames: &mut FrameAllocator,
        va: VirtAddr,
        level: Level,
    ) -> Result<PhysAddr, MapError> {
        let mut table = self.root;
        let mut at = Level::Pml4;
        while at != level {
            let slot = entry_address(table, at, va);
            let entry = PageTableEntry(mem.read_u64(slot)?);
            table = match walk_step(entry, at) {
                WalkStep::Next(next) => next,
                WalkStep::NotPresent => {
                    let new = frames.alloc(PageSize::Size4K)?;
                    mem.write(new, &[0u8; PAGE_SIZE as usize])?;
                    mem.write_u64(slot, PageTableEntry::new(new, TABLE_FLAGS).raw())?;
                    new
                }
                WalkStep::Leaf { .. } | WalkStep::BadEntry => return Err(MapError::InsideLargePage(va)),
            };
            at = at.next_lower().expect("above the target level");
        }
        Ok(entry_address(table, level, va))
    }

    /// The entry address for `va` at `level`, without creating anything.
    fn find_entry(
        &self,
        mem: &(impl Memory + ?Sized),
        va: VirtAddr,
        level: Level,
    ) -> Result<PhysAddr, MapError> {
        let mut table = self.root;
        let mut at = Level::Pml4;
        while at != level {
            let entry = PageTableEntry(mem.read_u64(entry_address(table, at, va))?);
            table = match walk_step(entry, at) {
                WalkStep::Next(next) => next,
                WalkStep::NotPresent => return Err(MapError::NotMapped(va)),
                WalkStep::Leaf { .. } | WalkStep::BadEntry => return Err(MapError::InsideLargePage(va)),
            };
            at = at.next_lower().expect("above the target level");
        }
        Ok(entry_address(table, level, va))
    }

    /// Map `va` to `pa` with a page of `size` and leaf `leaf_flags` (PRESENT is added, and PS
    /// for large pages).
    pub fn map(
        &self,
        mem: &mut (impl Memory + ?Sized),
        frames: &mut FrameAllocator,
        va: VirtAddr,
        pa: PhysAddr,
        size: PageSize,
        leaf_flags: u64,
    ) -> Result<(), MapError> {
        user_va(va)?;
        for a in [va.0, pa.0] {
            if a % size.bytes() != 0 {
                return Err(MapError::Misaligned(a));
            }
        }
        let slot = self.entry_slot(mem, frames, va, size.leaf_level())?;
        if PageTableEntry(mem.read_u64(slot)?).present() {
            return Err(MapError::AlreadyMapped(va));
        }
        let ps = if size == PageSize::Size4K { 0 } else { flags::HUGE };
        mem.write_u64(slot, PageTableEntry::new(pa, leaf_flags | flags::PRESENT | ps).raw())?;
        Ok(())
    }

    /// Map `[va, va + len)` to the physically contiguous `[pa, pa + len)` with pages of `size`,
    /// one table page at a time (one read and one write per table page, not per page).
    #[allow(clippy::too_many_arguments)]
    pub fn map_range(
        &self,
        mem: &mut (impl Memory + ?Sized),
        frames: &mut FrameAllocator,
        va: VirtAddr,
        pa: PhysAddr,
        len: u64,
        size: PageSize,
        leaf_flags: u64,
    ) -> Result<(), MapError> {
        user_va(va)?;
        for a in [va.0, pa.0, len] {
            if a % size.bytes() != 0 {
                return Err(MapError::Misaligned(a));
            }
        }
        let level = size.leaf_level();
        let span = 1u64 << level.block_shift();
        let ps = if size == PageSize::Size4K { 0 } else { flags::HUGE };
        let mut at = va.0;
        while at < va.0 + len {
            let chunk_end = ((at / span) + 1) * span;
            let end = chunk_end.min(va.0 + len);
            let first = self.entry_slot(mem, frames, VirtAddr(at), level)?;
            let table = first.0 & !(PAGE_SIZE - 1);
            let mut page = [0u8; PAGE_SIZE as usize];
            mem.read(PhysAddr(table), &mut page)?;
            for page_va in (at..end).step_by(size.bytes() as usize) {
                let i = level.index(VirtAddr(page_va)) * 8;
                if PageTableEntry(u64::from_le_bytes(page[i..i + 8].try_into().expect("8"))).present() {
                    return Err(MapError::AlreadyMapped(VirtAddr(page_va)));
                }
                let e =
                    PageTableEntry::new(PhysAddr(pa.0 + (page_va - va.0)), leaf_flags | flags::PRESENT | ps);
                page[i..i + 8].copy_from_slice(&e.raw().to_le_bytes());
            }
            mem.write(PhysAddr(table), &page)?;
            at = end;
        }
        Ok(())
    }

    /// Set and clear bits of every leaf mapping `[va, va + len)`, one table page at a time.
    pub fn update_range(
        &self,
        mem: &mut (impl Memory + ?Sized),
        va: VirtAddr,
        len: u64,
        set: u64,
        clear: u64,
    ) -> Result<(), MapError> {
        let end = va.0.checked_add(len).ok_or(MapError::NotUserAddress(va))?;
        let mut at = va.align_down(12).0;
        while at < end {
            let (slot, _, size) = self.leaf(mem, VirtAddr(at))?;
            let level = size.leaf_level();
            let table = slot.0 & !(PAGE_SIZE - 1);
            let table_end = ((at >> level.block_shift()) + 1) << level.block_shift();
            let mut page = [0u8; PAGE_SIZE as usize];
            mem.read(PhysAddr(table), &mut page)?;
            let mut page_va = VirtAddr(at).align_down(size.shift()).0;
            while page_va < end.min(table_end) {
                let i = level.index(VirtAddr(page_va)) * 8;
                let e = PageTableEntry(u64::from_le_bytes(page[i..i + 8].try_into().expect("8")));
                if !e.present() {
                    return Err(MapError::NotMapped(VirtAddr(page_va)));
                }
                page[i..i + 8].copy_from_slice(&e.with_flags(set, clear).raw().to_le_bytes());
                page_va += size.bytes();
            }
            mem.write(PhysAddr(table), &page)?;
            at = page_va;
        }
        Ok(())
    }

    /// The leaf entry that maps `va`: its address, value and size.
    pub fn leaf(
        &self,
        mem: &(impl Memory + ?Sized),
        va: VirtAddr,
    ) -> Result<(PhysAddr, PageTableEntry, PageSize), MapError> {
        user_va(va)?;
        for size in [PageSize::Size1G, PageSize::Size2M, PageSize::Size4K] {
            let slot = match self.find_entry(mem, va, size.leaf_level()) {
                Ok(s) => s,
                Err(MapError::InsideLargePage(_)) => continue,
                Err(e) => return Err(e),
            };
            let e = PageTableEntry(mem.read_u64(slot)?);
            if !e.present() {
                return Err(MapError::NotMapped(va));
            }
            if size == PageSize::Size4K || e.huge() {
                return Ok((slot, e, size));
            }
        }
        Err(MapError::NotMapped(va))
    }

    /// Set and clear bits of the leaf mapping `va` (pin, unpin, write-protect).
    pub fn update_leaf(
        &self,
        mem: &mut (impl Memory + ?Sized),
        va: VirtAddr,
        set: u64,
        clear: u64,
    ) -> Result<(), MapError> {
        let (slot, e, _) = self.leaf(mem, va)?;
        mem.write_u64(slot, e.with_flags(set, clear).raw())?;
        Ok(())
    }

    /// Remove the mapping of `va`; returns the frame and size it mapped.
    pub fn unmap(
        &self,
        mem: &mut (impl Memory + ?Sized),
        va: VirtAddr,
    ) -> Result<(PhysAddr, PageSize), MapError> {
        let (slot, e, size) = self.leaf(mem, va)?;
        mem.write_u64(slot, 0)?;
        Ok((e.addr(), size))
    }

    /// Remove every mapping in `[va, va + len)` and free the table pages left empty (the
    /// root stays). Large leaves only partly inside the range stay mapped.
    pub fn unmap_range(
        &self,
        mem: &mut (impl Memory + ?Sized),
        frames: &mut FrameAllocator,
        va: VirtAddr,
        len: u64,
    ) -> Result<(), MapError> {
        let end = va.0.checked_add(len).ok_or(MapError::NotUserAddress(va))?;
        clear_range(mem, frames, self.root, Level::Pml4, 0, va.0, end)?;
        Ok(())
    }

    /// Free every table page of this address space, the root included (its process is gone).
    pub fn free_tables(
        &self,
        mem: &mut (impl Memory + ?Sized),
        frames: &mut FrameAllocator,
    ) -> Result<(), MapError> {
        clear_range(mem, frames, self.root, Level::Pml4, 0, 0, viaduct_abi::addr::USER_VA_LIMIT)?;
        frames.free(self.root);
        Ok(())
    }

    /// Physical address of the table page at `level` that maps `va` (R1: what a shortcut
    /// points at). `Level::Pml4` is the root itself.
    pub fn table_for(
        &self,
        mem: &(impl Memory + ?Sized),
        va: VirtAddr,
        level: Level,
    ) -> Result<PhysAddr, MapError> {
        user_va(va)?;
        let slot = self.find_entry(mem, va, level)?;
        Ok(PhysAddr(slot.0 & !(PAGE_SIZE - 1)))
    }

    /// The CPU's translation of `va`.
    pub fn translate(&self, mem: &(impl Memory + ?Sized), va: VirtAddr) -> Result<Translation, MemError> {
        let mut table = self.root;
        let mut level = Level::Pml4;
        loop {
            let entry = PageTableEntry(mem.read_u64(entry_address(table, level, va))?);
            match walk_step(entry, level) {
                WalkStep::NotPresent => return Ok(Translation::NotMapped),
                WalkStep::BadEntry => return Ok(Translation::Invalid),
                WalkStep::Next(next) => table = next,
                WalkStep::Leaf { frame, shift } => {
                    let size = match shift {
                        12 => PageSize::Size4K,
                        21 => PageSize::Size2M,
                        _ => PageSize::Size1G,
                    };
                    return Ok(Translation::Mapped {
                        pa: PhysAddr(frame.0 + va.page_offset(shift)),
                        size,
                        leaf: entry,
                    });
                }
            }
            level = level.next_lower().expect("a PT entry is always a leaf");
        }
    }
}

/// Clear the entries of the table at `table` (level `level`, mapping from `base`) that fall
/// in `[lo, hi)`, freeing child tables that end up empty; returns whether this table is now
/// empty.
fn clear_range(
    mem: &mut (impl Memory + ?Sized),
    frames: &mut FrameAllocator,
    table: PhysAddr,
    level: Level,
    base: u64,
    lo: u64,
    hi: u64,
) -> Result<bool, MapError> {
    let mut page = [0u8; PAGE_SIZE as usize];
    mem.read(table, &mut page)?;
    let span = 1u64 << level.entry_shift();
    let mut changed = false;
    for i in 0..512u64 {
        let (start, stop) = (base + i * span, base + (i + 1) * span);
        if stop <= lo || start >= hi {
            continue;
        }
        let at = (i * 8) as usize;
        let e = PageTableEntry(u64::from_le_bytes(page[at..at + 8].try_into().expect("8")));
        if e.raw() == 0 {
            continue;
        }
        let whole = start >= lo && stop <= hi;
        let clear = match walk_step(e, level) {
            WalkStep::Next(child) => {
                let empty = clear_range(
                    mem,
                    frames,
                    child,
                    level.next_lower().expect("has a lower level"),
                    start,
                    lo,
                    hi,
                )?;
                if empty {
                    frames.free(child);
                }
                empty
            }
            // Leaves (and non-present or reserved entries) go when wholly inside the range.
            _ => whole,
        };
        if clear {
            page[at..at + 8].fill(0);
            changed = true;
        }
    }
    if changed {
        mem.write(table, &page)?;
    }
    Ok(page.iter().all(|b| *b == 0))
}

/// A translation found by the engine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Translated {
    pub pa: PhysAddr,
    /// log2 of the page the translation came from (12, 21 or 30).
    pub page_shift: u32,
    pub writable: bool,
}

/// The engine's walk (R4, R5): from the table page `table` at `level` (as unsealed from a
/// shortcut) down to the leaf for `va`, reading entries through `read_entry`. Every visited
/// entry must be present; the leaf must be pinned, and writable for a write.
pub fn walk(
    read_entry: &mut dyn FnMut(PhysAddr, Level) -> Result<PageTableEntry, HostFault>,
    table: PhysAddr,
    level: Level,
    va: VirtAddr,
    access: Access,
) -> Result<Translated, Status> {
    let mut table = table;
    let mut level = level;
    loop {
        let entry = read_entry(entry_address(table, level, va), level).map_err(|f| match f {
            HostFault::Error => Status::HostReadError,
            HostFault::NoResponse => Status::HostTimeout,
        })?;
        match walk_step(entry, level) {
            WalkStep::NotPresent => return Err(Status::NotPresent),
            WalkStep::BadEntry => return Err(Status::BadTableEntry),
            WalkStep::Next(next) => table = next,
            WalkStep::Leaf { frame, shift } => {
                if !entry.pinned() {
                    return Err(Status::NotPinned);
                }
                if access == Access::Write && !entry.writable() {
                    return Err(Status::ReadOnly);
                }
                return Ok(Translated {
                    pa: PhysAddr(frame.0 + va.page_offset(shift)),
                    page_shift: shift,
                    writable: entry.writable(),
                });
            }
        }
        level = level.next_lower().expect("a PT entry is always a leaf");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::memory::SparseMemory;

    fn setup() -> (SparseMemory, FrameAllocator, AddressSpace) {
        let mut mem = SparseMemory::new();
        let mut frames = FrameAllocator::new(PhysAddr(0x10_0000), PhysAddr(1 << 36));
        let space = AddressSpace::new(&mut mem, &mut frames).unwrap();
        (mem, frames, space)
    }

    #[test]
    fn maps_all_sizes_and_walks_from_every_level() {
        let (mut mem, mut frames, space) = setup();
        let pinned = flags::WRITABLE | flags::PINNED | flags::USER;
        let cases = [
            (0x7000_0000_1000u64, PageSize::Size4K),
            (0x7000_0020_0000, PageSize::Size2M),
            (0x7000_4000_0000, PageSize::Size1G),
        ];
        for (va, size) in cases {
            let pa = frames.alloc(size).unwrap();
            space.map(&mut mem, &mut frames, VirtAddr(va), pa, size, pinned).unwrap();
            let probe = VirtAddr(va + size.bytes() - 8);
            let expect = PhysAddr(pa.0 + size.bytes() - 8);
            assert!(
                matches!(space.translate(&mem, probe).unwrap(), Translation::Mapped { pa, .. } if pa == expect)
            );
            for level in Level::ALL {
                if level < size.leaf_level() {
                    assert!(space.table_for(&mem, probe, level).is_err());
                    continue;
                }
                let table = space.table_for(&mem, probe, level).unwrap();
                let mut reads = 0;
                let t = walk(
                    &mut |a, _| {
                        reads += 1;
                        Ok(PageTableEntry(mem.read_u64(a).unwrap()))
                    },
                    table,
                    level,
                    probe,
                    Access::Write,
                )
                .unwrap();
                assert_eq!(t.pa, expect);
                assert_eq!(t.page_shift, size.shift());
                assert_eq!(reads, level as u32 - size.leaf_level() as u32 + 1);
            }
        }
        assert_eq!(
            space.map(&mut mem, &mut frames, VirtAddr(0x7000_0020_1000), PhysAddr(0), PageSize::Size4K, 0),
            Err(MapError::InsideLargePage(VirtAddr(0x7000_0020_1000)))
        );
    }

    #[test]
    fn range_operations_match_page_by_page_ones() {
        let (mut mem, mut frames, space) = setup();
        let pa = frames.alloc(PageSize::Size2M).unwrap();
        let va = VirtAddr(0x7000_001f_0000);
        space.map_range(&mut mem, &mut frames, va, pa, 0x3_0000, PageSize::Size4K, flags::WRITABLE).unwrap();
        space
            .update_range(&mut mem, VirtAddr(va.0 + 0x1800), 0x2_0000, flags::PINNED, flags::WRITABLE)
            .unwrap();
        for i in 0..0x30u64 {
            let at = VirtAddr(va.0 + i * 4096);
            let (_, e, size) = space.leaf(&mem, at).unwrap();
            assert_eq!((e.addr(), size), (PhysAddr(pa.0 + i * 4096), PageSize::Size4K));
            let touched = (1..=0x21).contains(&i);
            assert_eq!(e.pinned(), touched, "page {i}");
            assert_eq!(e.writable(), !touched, "page {i}");
        }
        assert_eq!(
            space.map_range(
                &mut mem,
                &mut frames,
                VirtAddr(va.0 + 0x2_f000),
                PhysAddr(0x9000_0000),
                0x2000,
                PageSize::Size4K,
                0
            ),
            Err(MapError::AlreadyMapped(VirtAddr(va.0 + 0x2_f000)))
        );
        assert!(space.update_range(&mut mem, VirtAddr(va.0 + 0x2_f000), 0x2000, flags::PINNED, 0).is_err());
    }

    #[test]
    fn unmapping_frees_the_tables_it_empties() {
        let (mut mem, mut frames, space) = setup();
        let pa = frames.alloc(PageSize::Size1G).unwrap();
        let va = VirtAddr(0x7000_0000_0000);
        let free = |f: &FrameAllocator| f.free_frames();
        let before = free(&frames);
        let remaining = frames.remaining();
        space.map_range(&mut mem, &mut frames, va, pa, 8 << 20, PageSize::Size4K, 0).unwrap();
        space.map(&mut mem, &mut frames, VirtAddr(0x1000_0000_0000), pa, PageSize::Size2M, 0).unwrap();
        let tables = (before - free(&frames)) as u64 + (remaining - frames.remaining()) / 4096;
        assert_eq!(tables, 6 + 2, "PDPT, PD and 4 PTs; PDPT and PD");
        space.unmap_range(&mut mem, &mut frames, VirtAddr(va.0 + (2 << 20)), 4 << 20).unwrap();
        assert!(space.leaf(&mem, va).is_ok() && space.leaf(&mem, VirtAddr(va.0 + (6 << 20))).is_ok());
        assert!(space.leaf(&mem, VirtAddr(va.0 + (3 << 20))).is_err());
        let after_partial = free(&frames);
        space.unmap_range(&mut mem, &mut frames, va, 8 << 20).unwrap();
        space.unmap_range(&mut mem, &mut frames, VirtAddr(0x1000_0000_0000), 2 << 20).unwrap();
        assert_eq!(free(&frames) - after_partial, 6, "the other two PTs and both paths came back");
        let end_state = free(&frames);
        space.free_tables(&mut mem, &mut frames).unwrap();
        assert_eq!(free(&frames), end_state + 1, "and the root");
    }

    #[test]
    fn walk_reports_each_leaf_check() {
        let (mut mem, mut frames, space) = setup();
        let va = VirtAddr(0x1000);
        let pa = frames.alloc(PageSize::Size4K).unwrap();
        space.map(&mut mem, &mut frames, va, pa, PageSize::Size4K, 0).unwrap();
        let table = space.table_for(&mem, va, Level::Pt).unwrap();
        let run = |mem: &SparseMemory, va, access| {
            walk(&mut |a, _| Ok(PageTableEntry(mem.read_u64(a).unwrap())), table, Level::Pt, va, access)
        };
        assert_eq!(run(&mem, va, Access::Read), Err(Status::NotPinned));
        space.update_leaf(&mut mem, va, flags::PINNED, 0).unwrap();
        assert!(run(&mem, va, Access::Read).is_ok());
        assert_eq!(run(&mem, va, Access::Write), Err(Status::ReadOnly));
        assert_eq!(run(&mem, VirtAddr(0x2000), Access::Read), Err(Status::NotPresent));
        let faulty = walk(&mut |_, _| Err(HostFault::NoResponse), table, Level::Pt, va, Access::Read);
        assert_eq!(faulty, Err(Status::HostTimeout));
    }
}
