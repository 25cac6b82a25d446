//! The board's physical memory: segments placed at physical addresses. Engine DMA and the
//! agent's table building go through it; an address outside every segment answers like a
//! bus error.

use crate::segment::Segment;
use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use viaduct_abi::PhysAddr;
use viaduct_model::{MemError, Memory};

#[derive(Default)]
pub struct PhysMemory {
    segments: RwLock<BTreeMap<u64, Arc<Segment>>>,
}

impl PhysMemory {
    pub fn new() -> Arc<PhysMemory> {
        Arc::new(PhysMemory::default())
    }

    /// Place `segment` at `base` (4 KiB aligned); fails if it would overlap another.
    pub fn insert(&self, base: PhysAddr, segment: Arc<Segment>) -> Result<(), MemError> {
        let end = base.0.checked_add(segment.len()).ok_or(MemError::OutOfRange(base, 0))?;
        let mut map = self.segments.write().expect("segment map lock");
        let overlaps = map.range(..end).next_back().is_some_and(|(b, s)| b + s.len() > base.0);
        if !base.0.is_multiple_of(4096) || overlaps {
            return Err(MemError::OutOfRange(base, segment.len() as usize));
        }
        map.insert(base.0, segment);
        Ok(())
    }

    /// Remove the segment at `base`, returning it.
    pub fn remove(&self, base: PhysAddr) -> Option<Arc<Segment>> {
        self.segments.write().expect("segment map lock").remove(&base.0)
    }

    pub fn segment_at(&self, base: PhysAddr) -> Option<Arc<Segment>> {
        self.segments.read().expect("segment map lock").get(&base.0).cloned()
    }

    /// Bytes of memory in segments.
    pub fn total(&self) -> u64 {
        self.segments.read().expect("segment map lock").values().map(|s| s.len()).sum()
    }

    /// Apply `f(segment, offset, range in the caller's buffer)` over `[pa, pa + len)`.
    fn each(
        &self,
        pa: PhysAddr,
        len: usize,
        mut f: impl FnMut(&Segment, u64, std::ops::Range<usize>) -> bool,
    ) -> Result<(), MemError> {
        let map = self.segments.read().expect("segment map lock");
        let mut done = 0usize;
        while done < len {
            let at = pa.0 + done as u64;
            let (base, seg) = map.range(..=at).next_back().ok_or(MemError::OutOfRange(pa, len))?;
            let off = at - base;
            if off >= seg.len() {
                return Err(MemError::OutOfRange(pa, len));
            }
            let n = ((seg.len() - off) as usize).min(len - done);
            if !f(seg, off, done..done + n) {
                return Err(MemError::OutOfRange(pa, len));
            }
            done += n;
        }
        Ok(())
    }
}

/// A handle on the board's memory usable wherever a [`Memory`] is (tables, DMA).
#[derive(Clone)]
pub struct PhysHandle(pub Arc<PhysMemory>);

impl Memory for PhysHandle {
    fn read(&self, pa: PhysAddr, buf: &mut [u8]) -> Result<(), MemError> {
        self.0.each(pa, buf.len(), |seg, off, r| seg.read(off, &mut buf[r]))
    }
    fn write(&mut self, pa: PhysAddr, data: &[u8]) -> Result<(), MemError> {
        self.0.each(pa, data.len(), |seg, off, r| seg.write(off, &data[r]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accesses_span_adjacent_segments_and_fail_in_holes() {
        let mem = PhysMemory::new();
        mem.insert(PhysAddr(0x10000), Arc::new(Segment::create("a", 4096).unwrap())).unwrap();
        mem.insert(PhysAddr(0x11000), Arc::new(Segment::create("b", 4096).unwrap())).unwrap();
        assert!(mem.insert(PhysAddr(0x11800), Arc::new(Segment::create("c", 4096).unwrap())).is_err());
        let mut h = PhysHandle(mem.clone());
        h.write(PhysAddr(0x10ff0), &[7u8; 32]).unwrap();
        let mut back = [0u8; 32];
        h.read(PhysAddr(0x10ff0), &mut back).unwrap();
        assert_eq!(back, [7u8; 32]);
        assert!(h.read(PhysAddr(0x11ff0), &mut back).is_err(), "runs into a hole");
        assert!(h.read(PhysAddr(0x5000), &mut back).is_err());
        assert_eq!(mem.total(), 8192);
    }
}
