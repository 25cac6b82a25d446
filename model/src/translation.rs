//! The translation unit: IOTLB and PTE-line cache in front of the walk (R4, R10), with the
//! cache policy the RTL implements, so cache counters match too.
//!
//! - IOTLB: direct-mapped, indexed by the 4 KiB VA page number XOR the protection slot (so
//!   the source and destination of a copy between equally aligned buffers do not evict each
//!   other), tagged with the slot, its generation and the page number; holds the 4 KiB
//!   physical page and whether it is writable. Failed walks are not cached.
//! - PTE-line cache: every table entry is read through it, and a miss fills a 512-byte line
//!   (64 entries) with one host read. Leaf-table (PT) lines go to `line_cache_lines` lines,
//!   direct-mapped on the line address; PD, PDPT and PML4 lines each have one line of their
//!   own (the last line read at that level), so a walk's upper levels never evict its leaves.
//! - Invalidation: by slot (IOTLB entries of that slot) or all; both also empty the line
//!   cache, since table contents may have changed.

use crate::counters::Counters;
use crate::memory::{DmaPort, HostFault};
use crate::pagetable::{Translated, walk};
use viaduct_abi::config::{PTE_LINE_BYTES, PTE_LINE_ENTRIES};
use viaduct_abi::pagetable::{PAGE_SHIFT, PageTableEntry};
use viaduct_abi::{Access, Counter, EngineConfig, Level, PhysAddr, ShortcutFields, Status, VirtAddr};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct IotlbEntry {
    slot: u16,
    slot_generation: u8,
    va_page: u64,
    pa_page: u64,
    writable: bool,
}

/// A cached line: its line number (address / 512) and its 64 entries.
type Line = (u64, [u64; PTE_LINE_ENTRIES as usize]);

#[derive(Clone, Debug)]
pub struct TranslationUnit {
    iotlb: Vec<Option<IotlbEntry>>,
    lines: Vec<Option<Line>>,
    /// One line each for PD, PDPT and PML4 entries.
    upper_lines: [Option<Line>; 3],
    pub iotlb_enabled: bool,
    pub line_cache_enabled: bool,
}

impl TranslationUnit {
    pub fn new(cfg: &EngineConfig) -> Self {
        TranslationUnit {
            iotlb: vec![None; cfg.iotlb_entries as usize],
            lines: vec![None; cfg.line_cache_lines as usize],
            upper_lines: [None; 3],
            iotlb_enabled: true,
            line_cache_enabled: true,
        }
    }

    pub fn invalidate_all(&mut self) {
        self.iotlb.fill(None);
        self.invalidate_lines();
    }

    fn invalidate_lines(&mut self) {
        self.lines.fill(None);
        self.upper_lines = [None; 3];
    }

    pub fn invalidate_slot(&mut self, slot: u16) {
        for e in self.iotlb.iter_mut() {
            if e.is_some_and(|e| e.slot == slot) {
                *e = None;
            }
        }
        self.invalidate_lines();
    }

    /// Number of valid IOTLB entries (for tests of invalidation).
    pub fn iotlb_occupancy(&self) -> usize {
        self.iotlb.iter().flatten().count()
    }

    fn read_entry(
        &mut self,
        dma: &mut dyn DmaPort,
        counters: &mut Counters,
        pa: PhysAddr,
        level: Level,
    ) -> Result<PageTableEntry, HostFault> {
        if !self.line_cache_enabled {
            counters.bump(Counter::TableReads);
            let mut b = [0u8; 8];
            dma.dma_read(pa, &mut b)?;
            return Ok(PageTableEntry(u64::from_le_bytes(b)));
        }
        let line = pa.0 / PTE_LINE_BYTES;
        let entry_in_line = ((pa.0 % PTE_LINE_BYTES) / 8) as usize;
        let slot = match level {
            Level::Pt => {
                let index = (line % self.lines.len() as u64) as usize;
                &mut self.lines[index]
            }
            upper => &mut self.upper_lines[upper as usize - 2],
        };
        if let Some((tag, data)) = slot
            && *tag == line
        {
            counters.bump(Counter::LineHits);
            return Ok(PageTableEntry(data[entry_in_line]));
        }
        counters.bump(Counter::TableReads);
        let mut bytes = [0u8; PTE_LINE_BYTES as usize];
        dma.dma_read(PhysAddr(line * PTE_LINE_BYTES), &mut bytes)?;
        let mut data = [0u64; PTE_LINE_ENTRIES as usize];
        for (d, c) in data.iter_mut().zip(bytes.chunks_exact(8)) {
            *d = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        }
        *slot = Some((line, data));
        Ok(PageTableEntry(data[entry_in_line]))
    }

    /// Physical address of `va` through the table named by `shortcut`, checked for `access`.
    pub fn translate(
        &mut self,
        dma: &mut dyn DmaPort,
        counters: &mut Counters,
        shortcut: &ShortcutFields,
        va: VirtAddr,
        access: Access,
    ) -> Result<PhysAddr, Status> {
        let va_page = va.0 >> PAGE_SHIFT;
        let index = ((va_page ^ u64::from(shortcut.slot)) % self.iotlb.len() as u64) as usize;
        let offset = va.page_offset(PAGE_SHIFT);
        if self.iotlb_enabled
            && let Some(e) = self.iotlb[index]
            && e.slot == shortcut.slot
            && e.slot_generation == shortcut.slot_generation
            && e.va_page == va_page
        {
            counters.bump(Counter::IotlbHits);
            if access == Access::Write && !e.writable {
                return Err(Status::ReadOnly);
            }
            return Ok(PhysAddr(e.pa_page << PAGE_SHIFT | offset));
        }
        counters.bump(Counter::IotlbMisses);
        let found: Translated = walk(
            &mut |pa, level| self.read_entry(dma, counters, pa, level),
            shortcut.table,
            shortcut.level,
            va,
            access,
        )?;
        if self.iotlb_enabled {
            self.iotlb[index] = Some(IotlbEntry {
                slot: shortcut.slot,
                slot_generation: shortcut.slot_generation,
                va_page,
                pa_page: found.pa.0 >> PAGE_SHIFT,
                writable: found.writable,
            });
        }
        Ok(found.pa)
    }
}
