//! The memory monitor (R5, issue of the security campaign): every host-memory access the
//! engine makes is checked against what the agent authorized at that moment — reads of the
//! processes' table pages, writes of the completion rings, and reads and writes of pages of
//! live registrations that are present, pinned and (for writes) writable, with the right the
//! registration grants. Any other access is an escape.
//!
//! Authorization is the union over all VIs: an access by one VI to a page only another VI may
//! use is not told apart here (the engine's AXI transactions do not carry the VI); the
//! per-VI checks are covered by the differential tests, where every refused descriptor must
//! match the model's status.

use crate::host::AccessKind;
use std::collections::BTreeMap;
use viaduct_abi::pagetable::{PAGE_SIZE, PageTableEntry, WalkStep, walk_step};
use viaduct_abi::{Level, PhysAddr, Rights, VirtAddr};
use viaduct_model::Memory;
use viaduct_model::scenario::Process;

/// One access as the monitor sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seen {
    pub kind: AccessKind,
    pub addr: u64,
    pub len: u64,
}

/// An access nothing authorized.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Escape {
    pub access: Seen,
    pub batch: usize,
}

/// Disjoint physical ranges, start -> end.
#[derive(Clone, Debug, Default)]
struct Ranges(BTreeMap<u64, u64>);

impl Ranges {
    fn add(&mut self, start: u64, end: u64) {
        let (mut s, mut e) = (start, end);
        // Merge with every overlapping or touching range.
        let touching: Vec<(u64, u64)> =
            self.0.range(..=e).filter(|(a, b)| **b >= s && **a <= e).map(|(a, b)| (*a, *b)).collect();
        for (a, b) in touching {
            self.0.remove(&a);
            s = s.min(a);
            e = e.max(b);
        }
        self.0.insert(s, e);
    }
    fn covers(&self, start: u64, end: u64) -> bool {
        self.0.range(..=start).next_back().is_some_and(|(_, e)| *e >= end)
    }
}

/// What the engine may touch, as of one moment.
#[derive(Clone, Debug, Default)]
pub struct Authorization {
    read: Ranges,
    write: Ranges,
}

/// A registration as the monitor needs it.
pub struct Grant<'a> {
    pub owner: &'a Process,
    pub va: VirtAddr,
    pub len: u64,
    pub rights: Rights,
}

impl Authorization {
    /// Tables of `processes`, completion rings `rings` (base, bytes), and the pages of
    /// `grants` that are present and pinned (and writable, for writes).
    pub fn snapshot(
        mem: &dyn Memory,
        processes: &[Process],
        rings: &[(PhysAddr, u64)],
        grants: &[Grant<'_>],
    ) -> Self {
        let mut a = Authorization::default();
        for p in processes {
            table_pages(mem, p.space.root(), Level::Pml4, &mut |pa| a.read.add(pa, pa + PAGE_SIZE));
        }
        for (base, len) in rings {
            a.write.add(base.0, base.0 + len);
        }
        for g in grants {
            let mut va = g.va.align_down(12).0;
            while va < g.va.0 + g.len {
                if let Some((pa, leaf)) = leaf_of(mem, g.owner.space.root(), VirtAddr(va))
                    && leaf.present()
                    && leaf.pinned()
                {
                    let page = pa.0 & !(PAGE_SIZE - 1);
                    if g.rights.read {
                        a.read.add(page, page + PAGE_SIZE);
                    }
                    if g.rights.write && leaf.writable() {
                        a.write.add(page, page + PAGE_SIZE);
                    }
                }
                va += PAGE_SIZE;
            }
        }
        a
    }

    pub fn allows(&self, s: &Seen) -> bool {
        let end = s.addr.saturating_add(s.len.max(1));
        match s.kind {
            AccessKind::Read => self.read.covers(s.addr, end),
            AccessKind::Write => self.write.covers(s.addr, end),
        }
    }
}

/// The physical address and leaf entry of `va`, walking as the agent sees its tables: a root
/// entry with the reserved PS bit still leads to the table below (a shortcut to a lower
/// level reaches those pages without passing through the root).
fn leaf_of(mem: &dyn Memory, root: PhysAddr, va: VirtAddr) -> Option<(PhysAddr, PageTableEntry)> {
    let mut table = root;
    let mut level = Level::Pml4;
    loop {
        let at = viaduct_abi::pagetable::entry_address(table, level, va);
        let e = PageTableEntry(mem.read_u64(at).ok()?);
        match walk_step(e, level) {
            WalkStep::Next(next) => table = next,
            WalkStep::BadEntry if level == Level::Pml4 && e.present() => table = e.addr(),
            WalkStep::Leaf { frame, shift } => return Some((PhysAddr(frame.0 + va.page_offset(shift)), e)),
            _ => return None,
        }
        level = level.next_lower()?;
    }
}

/// Every table page reachable from `table` at `level`.
fn table_pages(mem: &dyn Memory, table: PhysAddr, level: Level, f: &mut dyn FnMut(u64)) {
    f(table.0);
    let Some(lower) = level.next_lower() else { return };
    let mut page = [0u8; PAGE_SIZE as usize];
    if mem.read(table, &mut page).is_err() {
        return;
    }
    for e in page.chunks_exact(8) {
        let e = PageTableEntry(u64::from_le_bytes(e.try_into().expect("8")));
        // A root entry with the reserved PS bit still points at the process's own table,
        // which a shortcut to a lower level may name.
        let child = match walk_step(e, level) {
            WalkStep::Next(child) => Some(child),
            WalkStep::BadEntry if level == Level::Pml4 => Some(e.addr()),
            _ => None,
        };
        if let Some(child) = child {
            table_pages(mem, child, lower, f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_merge_and_cover() {
        let mut r = Ranges::default();
        r.add(0x1000, 0x2000);
        r.add(0x3000, 0x4000);
        assert!(!r.covers(0x1800, 0x3800));
        r.add(0x2000, 0x3000);
        assert!(r.covers(0x1800, 0x3800));
        assert!(!r.covers(0x800, 0x1800));
        assert_eq!(r.0.len(), 1);
    }
}
