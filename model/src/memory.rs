//! Physical memory as the reference model sees it: a CPU-side view ([`Memory`], used by the
//! agent to build tables and by applications through their mappings) and the engine's DMA
//! view ([`DmaPort`]), which the testbench can make fail at chosen addresses.

use std::collections::{BTreeMap, HashMap};
use thiserror::Error;
use viaduct_abi::PhysAddr;
use viaduct_abi::pagetable::PAGE_SIZE;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum MemError {
    #[error("physical range {0} + {1:#x} is outside memory")]
    OutOfRange(PhysAddr, usize),
}

/// CPU access to physical memory.
pub trait Memory {
    fn read(&self, pa: PhysAddr, buf: &mut [u8]) -> Result<(), MemError>;
    fn write(&mut self, pa: PhysAddr, data: &[u8]) -> Result<(), MemError>;

    fn read_u64(&self, pa: PhysAddr) -> Result<u64, MemError> {
        let mut b = [0u8; 8];
        self.read(pa, &mut b)?;
        Ok(u64::from_le_bytes(b))
    }
    fn write_u64(&mut self, pa: PhysAddr, v: u64) -> Result<(), MemError> {
        self.write(pa, &v.to_le_bytes())
    }
}

/// How a host access by the engine failed (an AXI error response, or no response at all).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HostFault {
    /// SLVERR / DECERR.
    Error,
    /// The response never came; the engine's watchdog fires.
    NoResponse,
}

/// The engine's view of host memory: reads and writes that can fail.
pub trait DmaPort {
    fn dma_read(&mut self, pa: PhysAddr, buf: &mut [u8]) -> Result<(), HostFault>;
    fn dma_write(&mut self, pa: PhysAddr, data: &[u8]) -> Result<(), HostFault>;
}

/// Any memory is a DMA port that never fails (out-of-range accesses answer with an error, as
/// a bus would with DECERR).
impl<M: Memory> DmaPort for M {
    fn dma_read(&mut self, pa: PhysAddr, buf: &mut [u8]) -> Result<(), HostFault> {
        self.read(pa, buf).map_err(|_| HostFault::Error)
    }
    fn dma_write(&mut self, pa: PhysAddr, data: &[u8]) -> Result<(), HostFault> {
        self.write(pa, data).map_err(|_| HostFault::Error)
    }
}

#[repr(C, align(4096))]
#[derive(Clone)]
pub struct Frame(pub [u8; PAGE_SIZE as usize]);

/// Sparse physical memory: frames are allocated on first write and read as zero before.
#[derive(Clone, Default)]
pub struct SparseMemory {
    frames: HashMap<u64, Box<Frame>>,
}

impl SparseMemory {
    pub fn new() -> Self {
        Self::default()
    }
    /// The frame holding `pa`, if it has been written.
    pub fn frame(&self, pa: PhysAddr) -> Option<&Frame> {
        self.frames.get(&(pa.0 / PAGE_SIZE)).map(|b| &**b)
    }
    pub fn frame_mut(&mut self, pa: PhysAddr) -> &mut Frame {
        self.frames.entry(pa.0 / PAGE_SIZE).or_insert_with(|| Box::new(Frame([0; PAGE_SIZE as usize])))
    }
    /// Frame numbers that have been written, in order: for comparing two memories.
    pub fn frame_numbers(&self) -> Vec<u64> {
        let mut v: Vec<u64> = self.frames.keys().copied().collect();
        v.sort_unstable();
        v
    }
    /// Whether both memories hold the same bytes everywhere (unwritten frames are zero).
    pub fn same_contents(&self, other: &SparseMemory) -> Result<(), PhysAddr> {
        let zero = Frame([0; PAGE_SIZE as usize]);
        let mut numbers = self.frame_numbers();
        numbers.extend(other.frame_numbers());
        numbers.sort_unstable();
        numbers.dedup();
        for n in numbers {
            let a = self.frames.get(&n).map_or(&zero, |b| &**b);
            let b = other.frames.get(&n).map_or(&zero, |b| &**b);
            if let Some(i) = a.0.iter().zip(b.0.iter()).position(|(x, y)| x != y) {
                return Err(PhysAddr(n * PAGE_SIZE + i as u64));
            }
        }
        Ok(())
    }
}

/// Pieces of `[pa, pa + len)` that stay within one frame: (frame number, offset, length).
fn split_pages(pa: u64, len: usize) -> impl Iterator<Item = (u64, usize, usize)> {
    let mut done = 0usize;
    std::iter::from_fn(move || {
        if done >= len {
            return None;
        }
        let at = pa + done as u64;
        let off = (at % PAGE_SIZE) as usize;
        let n = (PAGE_SIZE as usize - off).min(len - done);
        done += n;
        Some((at / PAGE_SIZE, off, n))
    })
}

impl Memory for SparseMemory {
    fn read(&self, pa: PhysAddr, buf: &mut [u8]) -> Result<(), MemError> {
        check_range(pa, buf.len())?;
        let mut pos = 0;
        for (frame, off, n) in split_pages(pa.0, buf.len()) {
            match self.frames.get(&frame) {
                Some(f) => buf[pos..pos + n].copy_from_slice(&f.0[off..off + n]),
                None => buf[pos..pos + n].fill(0),
            }
            pos += n;
        }
        Ok(())
    }
    fn write(&mut self, pa: PhysAddr, data: &[u8]) -> Result<(), MemError> {
        check_range(pa, data.len())?;
        let mut pos = 0;
        for (frame, off, n) in split_pages(pa.0, data.len()) {
            let f = self.frame_mut(PhysAddr(frame * PAGE_SIZE));
            f.0[off..off + n].copy_from_slice(&data[pos..pos + n]);
            pos += n;
        }
        Ok(())
    }
}

fn check_range(pa: PhysAddr, len: usize) -> Result<(), MemError> {
    match pa.0.checked_add(len as u64) {
        Some(end) if end <= 1 << viaduct_abi::addr::PHYS_ADDR_BITS => Ok(()),
        _ => Err(MemError::OutOfRange(pa, len)),
    }
}

/// A DMA port over `M` that fails reads or writes touching chosen ranges, as the testbench's
/// host model does with SLVERR and responses that never come. Faults are kept per start
/// address: a later fault at the same start replaces the earlier one, and where several
/// overlap an access the one starting last applies (the host model follows the same rule).
pub struct FaultyMemory<M> {
    pub inner: M,
    read_faults: BTreeMap<u64, (u64, HostFault)>,
    write_faults: BTreeMap<u64, (u64, HostFault)>,
}

impl<M: Memory> FaultyMemory<M> {
    pub fn new(inner: M) -> Self {
        FaultyMemory { inner, read_faults: BTreeMap::new(), write_faults: BTreeMap::new() }
    }
    /// Engine reads overlapping `[pa, pa + len)` fail with `fault`.
    pub fn fail_reads(&mut self, pa: PhysAddr, len: u64, fault: HostFault) {
        self.read_faults.insert(pa.0, (pa.0 + len, fault));
    }
    pub fn fail_writes(&mut self, pa: PhysAddr, len: u64, fault: HostFault) {
        self.write_faults.insert(pa.0, (pa.0 + len, fault));
    }
    pub fn clear_faults(&mut self) {
        self.read_faults.clear();
        self.write_faults.clear();
    }
}

fn overlapping(map: &BTreeMap<u64, (u64, HostFault)>, pa: u64, len: usize) -> Option<HostFault> {
    let end = pa + len as u64;
    map.range(..end).rev().find(|(start, (stop, _))| **start < end && *stop > pa).map(|(_, (_, f))| *f)
}

impl<M: Memory> DmaPort for FaultyMemory<M> {
    fn dma_read(&mut self, pa: PhysAddr, buf: &mut [u8]) -> Result<(), HostFault> {
        if let Some(f) = overlapping(&self.read_faults, pa.0, buf.len()) {
            return Err(f);
        }
        self.inner.dma_read(pa, buf)
    }
    fn dma_write(&mut self, pa: PhysAddr, data: &[u8]) -> Result<(), HostFault> {
        if let Some(f) = overlapping(&self.write_faults, pa.0, data.len()) {
            return Err(f);
        }
        self.inner.dma_write(pa, data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_cross_frames() {
        let mut m = SparseMemory::new();
        let data: Vec<u8> = (0..10000u32).map(|i| i as u8).collect();
        m.write(PhysAddr(0x1ff0), &data).unwrap();
        let mut back = vec![0u8; 10000];
        m.read(PhysAddr(0x1ff0), &mut back).unwrap();
        assert_eq!(back, data);
        let mut z = [1u8; 16];
        m.read(PhysAddr(0x10_0000), &mut z).unwrap();
        assert_eq!(z, [0; 16]);
        assert!(m.write(PhysAddr(u64::MAX - 2), &[0; 8]).is_err());
    }

    #[test]
    fn faults_hit_overlapping_ranges_only() {
        let mut m = FaultyMemory::new(SparseMemory::new());
        m.fail_reads(PhysAddr(0x2000), 0x1000, HostFault::Error);
        m.fail_writes(PhysAddr(0x5000), 8, HostFault::NoResponse);
        let mut b = [0u8; 16];
        assert_eq!(m.dma_read(PhysAddr(0x1ff8), &mut b), Err(HostFault::Error));
        assert_eq!(m.dma_read(PhysAddr(0x3000), &mut b), Ok(()));
        assert_eq!(m.dma_read(PhysAddr(0x1000), &mut b), Ok(()));
        assert_eq!(m.dma_write(PhysAddr(0x5004), &b), Err(HostFault::NoResponse));
        assert_eq!(m.dma_write(PhysAddr(0x5008), &b), Ok(()));
    }
}
