//! The application library (R3, R9; claims 1, 17, 33): buffers mapped at the virtual
//! addresses the agent chose, registrations holding shortcuts, and VIs on which descriptors
//! are posted into the shared VI page, announced through the doorbell, and completed through
//! the completion ring.
//!
//! Safety: a posted descriptor keeps the registrations it names alive until its completion
//! arrives, and a registration keeps its buffer alive, so neither can be freed or reused while
//! the engine may still touch it.

use crate::agent::{BufferGrant, Registration, RegistrationGrant, ViGrant};
use crate::error::{DriverError, OpError, Result};
use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use std::collections::VecDeque;
use std::os::fd::AsFd;
use std::sync::Arc;
use std::time::{Duration, Instant};
use viaduct_abi::completion::COMPLETION_SIZE;
use viaduct_abi::regs::{DESC_WINDOW, vi_page};
use viaduct_abi::{BufferRef, Completion, Descriptor, Operation, RawDescriptor, Shortcut, Status, VirtAddr};
use viaduct_model::PageSize;
use viaduct_sim::Segment;

/// How an application reaches the agent: in process, or through the shared request queue of
/// [`crate::remote`]. Every call acts for the caller's own process only.
pub trait AgentLink: Send + Sync {
    fn alloc_buffer(&self, len: u64, page_size: PageSize) -> Result<BufferGrant>;
    fn free_buffer(&self, va: VirtAddr) -> Result<()>;
    fn register(&self, va: VirtAddr, len: u64, opts: Registration) -> Result<RegistrationGrant>;
    /// Register a range of this process's buffer for use by the process `user_pid`.
    fn share(&self, va: VirtAddr, len: u64, user_pid: i32, opts: Registration) -> Result<RegistrationGrant>;
    fn deregister(&self, id: u32) -> Result<()>;
    fn open_vi(&self) -> Result<ViGrant>;
    fn close_vi(&self, vi: u32) -> Result<()>;
    /// New keys for this process's VIs: every shortcut it holds stops working.
    fn rotate_keys(&self) -> Result<()>;
}

/// A completion as a result: the bytes moved, or what went wrong.
pub fn completion_result(c: &Completion) -> std::result::Result<u32, OpError> {
    if c.status == Status::Ok {
        Ok(c.bytes_done)
    } else {
        Err(OpError {
            status: c.status,
            bytes_done: c.bytes_done,
            fault_va: c.fault_va,
            on_destination: c.fault_on_dst,
        })
    }
}

/// An application: its link to the agent.
#[derive(Clone)]
pub struct App {
    link: Arc<dyn AgentLink>,
}

struct BufferInner {
    grant: BufferGrant,
    map: *mut u8,
    link: Arc<dyn AgentLink>,
}

// SAFETY: the mapping is shared memory reached only through copies.
unsafe impl Send for BufferInner {}
unsafe impl Sync for BufferInner {}

impl Drop for BufferInner {
    fn drop(&mut self) {
        // SAFETY: `map` was returned by mmap for exactly this length.
        unsafe {
            let _ = nix::sys::mman::munmap(
                std::ptr::NonNull::new(self.map.cast()).expect("mapped"),
                self.grant.len as usize,
            );
        }
        let _ = self.link.free_buffer(self.grant.va);
    }
}

/// Memory of this process that the engine can reach once registered, mapped at the virtual
/// address the agent's table gives it.
#[derive(Clone)]
pub struct Buffer {
    inner: Arc<BufferInner>,
}

impl std::fmt::Debug for Buffer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Buffer({} + {:#x})", self.inner.grant.va, self.inner.grant.len)
    }
}

impl Buffer {
    pub fn va(&self) -> VirtAddr {
        self.inner.grant.va
    }
    pub fn len(&self) -> u64 {
        self.inner.grant.len
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn check(&self, offset: u64, len: usize) -> Result<()> {
        match offset.checked_add(len as u64) {
            Some(end) if end <= self.len() => Ok(()),
            _ => {
                Err(DriverError::BadRange { va: VirtAddr(self.va().0.wrapping_add(offset)), len: len as u64 })
            }
        }
    }
    /// Copy out bytes (the engine may be writing them; as with any DMA, that is the caller's
    /// ordering to get right, and each byte is read whole).
    pub fn read(&self, offset: u64, out: &mut [u8]) -> Result<()> {
        self.check(offset, out.len())?;
        // SAFETY: in range of the mapping, which lives as long as `inner`.
        unsafe {
            std::ptr::copy_nonoverlapping(self.inner.map.add(offset as usize), out.as_mut_ptr(), out.len())
        };
        Ok(())
    }
    pub fn write(&self, offset: u64, data: &[u8]) -> Result<()> {
        self.check(offset, data.len())?;
        // SAFETY: as in `read`.
        unsafe {
            std::ptr::copy_nonoverlapping(data.as_ptr(), self.inner.map.add(offset as usize), data.len())
        };
        Ok(())
    }
    pub fn to_vec(&self, offset: u64, len: usize) -> Result<Vec<u8>> {
        let mut v = vec![0u8; len];
        self.read(offset, &mut v)?;
        Ok(v)
    }
}

struct RegionInner {
    grant: RegistrationGrant,
    /// Keeps the memory alive (and mapped) while registered; `None` for a shared region
    /// received from another process.
    _buffer: Option<Buffer>,
    link: Arc<dyn AgentLink>,
    owned: bool,
}

impl Drop for RegionInner {
    fn drop(&mut self) {
        if self.owned {
            let _ = self.link.deregister(self.grant.id);
        }
    }
}

/// A registered range: its shortcuts. Dropping the last handle deregisters it, after every
/// descriptor that names it has completed.
#[derive(Clone)]
pub struct Region {
    inner: Arc<RegionInner>,
}

impl std::fmt::Debug for Region {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let g = &self.inner.grant;
        write!(
            f,
            "Region(#{} {} + {:#x}, {} shortcuts at {:?})",
            g.id,
            g.va,
            g.len,
            g.shortcuts.len(),
            g.level
        )
    }
}

impl Region {
    pub fn id(&self) -> u32 {
        self.inner.grant.id
    }
    pub fn va(&self) -> VirtAddr {
        self.inner.grant.va
    }
    pub fn len(&self) -> u64 {
        self.inner.grant.len
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn grant(&self) -> &RegistrationGrant {
        &self.inner.grant
    }
    /// Bytes from `offset` to the end of its shortcut's block (or of the region).
    pub fn contiguous(&self, offset: u64) -> u64 {
        let shift = self.inner.grant.level.block_shift();
        let va = self.va().0 + offset;
        (((va >> shift) + 1) << shift).min(self.va().0 + self.len()) - va
    }
    /// The descriptor operand for `[offset, offset + len)`, which must lie in one block.
    pub fn at(&self, offset: u64, len: u64) -> Result<BufferRef> {
        let va = VirtAddr(self.va().0 + offset);
        if len == 0 || offset.checked_add(len).is_none_or(|e| e > self.len()) {
            return Err(DriverError::BadRange { va, len });
        }
        if len > self.contiguous(offset) {
            return Err(DriverError::Misaligned(
                va,
                "a descriptor's range must stay inside one shortcut block".into(),
            ));
        }
        let shift = self.inner.grant.level.block_shift();
        let shortcut = self
            .inner
            .grant
            .shortcuts
            .iter()
            .find(|(start, _)| start.0 >> shift == va.0 >> shift)
            .map(|(_, s)| *s)
            .unwrap_or(Shortcut::NONE);
        Ok(BufferRef { va, shortcut })
    }
}

impl App {
    pub fn new(link: Arc<dyn AgentLink>) -> App {
        App { link }
    }

    /// A buffer of `len` bytes on pages of `page_size`, mapped at its virtual address.
    pub fn alloc(&self, len: u64, page_size: PageSize) -> Result<Buffer> {
        let grant = self.link.alloc_buffer(len, page_size)?;
        let map = map_fixed(&grant.segment, grant.va).inspect_err(|_| {
            let _ = self.link.free_buffer(grant.va);
        })?;
        Ok(Buffer { inner: Arc::new(BufferInner { grant, map, link: self.link.clone() }) })
    }

    /// Register `[offset, offset + len)` of `buffer` for this process.
    pub fn register(&self, buffer: &Buffer, offset: u64, len: u64, opts: Registration) -> Result<Region> {
        buffer.check(offset, len as usize)?;
        let grant = self.link.register(VirtAddr(buffer.va().0 + offset), len, opts)?;
        Ok(Region {
            inner: Arc::new(RegionInner {
                grant,
                _buffer: Some(buffer.clone()),
                link: self.link.clone(),
                owned: true,
            }),
        })
    }

    /// Let process `user_pid` use `[offset, offset + len)` of `buffer`; the grant is handed to
    /// that process (by any channel: its shortcuts only work for it).
    pub fn share(
        &self,
        buffer: &Buffer,
        offset: u64,
        len: u64,
        user_pid: i32,
        opts: Registration,
    ) -> Result<RegistrationGrant> {
        buffer.check(offset, len as usize)?;
        self.link.share(VirtAddr(buffer.va().0 + offset), len, user_pid, opts)
    }

    /// A region another process shared with this one.
    pub fn accept(&self, grant: RegistrationGrant) -> Region {
        Region {
            inner: Arc::new(RegionInner { grant, _buffer: None, link: self.link.clone(), owned: false }),
        }
    }

    /// Revoke every shortcut this process holds (new keys for its VIs).
    pub fn rotate_keys(&self) -> Result<()> {
        self.link.rotate_keys()
    }

    pub fn open_vi(&self) -> Result<Vi> {
        let grant = self.link.open_vi()?;
        // The ring is read through the segment's own mapping.
        let cq = grant.cq.clone();
        Ok(Vi {
            link: self.link.clone(),
            depth: grant.queue_depth,
            sq_tail: 0,
            cq_head: 0,
            inflight: VecDeque::new(),
            cq,
            grant,
        })
    }
}

fn map_fixed(segment: &Segment, va: VirtAddr) -> Result<*mut u8> {
    use nix::sys::mman::{MapFlags, ProtFlags, mmap};
    let addr = std::num::NonZeroUsize::new(va.0 as usize);
    let len =
        std::num::NonZeroUsize::new(segment.len() as usize).ok_or(DriverError::BadRange { va, len: 0 })?;
    // SAFETY: MAP_FIXED_NOREPLACE never replaces an existing mapping; the fd is a memfd of
    // exactly this length.
    let p = unsafe {
        mmap(
            addr,
            len,
            ProtFlags::PROT_READ | ProtFlags::PROT_WRITE,
            MapFlags::MAP_SHARED | MapFlags::MAP_FIXED_NOREPLACE,
            segment.fd(),
            0,
        )
    }
    .map_err(|e| DriverError::Device(format!("mapping the buffer at {va}: {e}")))?;
    if p.as_ptr() as u64 != va.0 {
        return Err(DriverError::Device(format!(
            "the kernel placed the buffer at {:p}, not {va}",
            p.as_ptr()
        )));
    }
    Ok(p.as_ptr().cast())
}

/// A descriptor in flight: its queue index and the regions it keeps alive.
struct InFlight {
    index: u16,
    _regions: Vec<Region>,
}

/// A virtual interface of this process: its page of the engine's BAR, its completion ring.
pub struct Vi {
    link: Arc<dyn AgentLink>,
    grant: ViGrant,
    depth: u32,
    sq_tail: u16,
    cq_head: u16,
    inflight: VecDeque<InFlight>,
    cq: Arc<Segment>,
}

impl Drop for Vi {
    fn drop(&mut self) {
        let _ = self.link.close_vi(self.grant.vi);
    }
}

impl Vi {
    pub fn number(&self) -> u32 {
        self.grant.vi
    }
    /// Descriptors the queue holds.
    pub fn depth(&self) -> u32 {
        self.depth
    }
    pub fn outstanding(&self) -> usize {
        self.inflight.len()
    }

    /// Post a raw descriptor (already encoded) that names `regions`.
    pub fn post_raw(&mut self, raw: &RawDescriptor, regions: &[&Region]) -> Result<u16> {
        if self.inflight.len() as u32 >= self.depth {
            return Err(DriverError::QueueFull(self.depth));
        }
        let slot = u32::from(self.sq_tail) % self.depth;
        for (i, w) in raw.dwords().iter().enumerate() {
            self.grant.page.store32(u64::from(DESC_WINDOW + slot * 64) + 4 * i as u64, *w);
        }
        let index = self.sq_tail;
        self.sq_tail = self.sq_tail.wrapping_add(1);
        self.inflight.push_back(InFlight { index, _regions: regions.iter().map(|r| (*r).clone()).collect() });
        Ok(index)
    }

    /// Post `d`, which names `regions`.
    pub fn post(&mut self, d: &Descriptor, regions: &[&Region]) -> Result<u16> {
        self.post_raw(&d.encode(), regions)
    }

    /// Make everything posted so far visible to the engine: the producer index, then the
    /// doorbell.
    pub fn ring(&mut self) {
        self.grant.page.store32(u64::from(vi_page::SQ_TAIL), u32::from(self.sq_tail));
        if let Some(d) = &self.grant.doorbell {
            d.notify();
        }
    }

    /// Copy `len` bytes between two regions, cut into one descriptor per shortcut block.
    /// Returns how many descriptors were posted (not yet rung).
    pub fn copy(
        &mut self,
        src: &Region,
        src_off: u64,
        dst: &Region,
        dst_off: u64,
        len: u64,
        tag: u64,
    ) -> Result<usize> {
        let mut done = 0;
        let mut n = 0;
        while done < len {
            let step = src
                .contiguous(src_off + done)
                .min(dst.contiguous(dst_off + done))
                .min(len - done)
                .min(u64::from(u32::MAX));
            let op = Operation::Copy {
                src: src.at(src_off + done, step)?,
                dst: dst.at(dst_off + done, step)?,
                len: step as u32,
            };
            self.post(&Descriptor::new(op, tag).with_interrupt(), &[src, dst])?;
            done += step;
            n += 1;
        }
        Ok(n)
    }

    /// Post one single-buffer operation built by `make` for each block-sized piece of
    /// `[off, off + len)` of `region`.
    pub fn each_block(
        &mut self,
        region: &Region,
        off: u64,
        len: u64,
        tag: u64,
        mut make: impl FnMut(BufferRef, u64, u32) -> Operation,
    ) -> Result<usize> {
        let mut done = 0;
        let mut n = 0;
        while done < len {
            let step = region.contiguous(off + done).min(len - done).min(u64::from(u32::MAX));
            let op = make(region.at(off + done, step)?, done, step as u32);
            self.post(&Descriptor::new(op, tag).with_interrupt(), &[region])?;
            done += step;
            n += 1;
        }
        Ok(n)
    }

    /// Completions that have arrived, in order; returns the CQ doorbell.
    pub fn poll(&mut self) -> Vec<Completion> {
        let mut out = Vec::new();
        let log2 = self.grant.cq_log2;
        loop {
            let slot = u64::from(self.cq_head) % (1 << log2);
            let mut b = [0u8; COMPLETION_SIZE];
            if !self.cq.read(slot * COMPLETION_SIZE as u64, &mut b) {
                break;
            }
            if Completion::phase_of(&b) != Ok((u32::from(self.cq_head) >> log2) & 1 == 0) {
                break;
            }
            // The phase is in the last byte; read the entry again now that it is complete.
            std::sync::atomic::fence(std::sync::atomic::Ordering::Acquire);
            self.cq.read(slot * COMPLETION_SIZE as u64, &mut b);
            let Ok(c) = Completion::from_bytes(&b) else { break };
            self.cq_head = self.cq_head.wrapping_add(1);
            if let Some(pos) = self.inflight.iter().position(|f| f.index == c.sq_index) {
                self.inflight.remove(pos);
            }
            out.push(c);
        }
        if !out.is_empty() {
            self.grant.page.store32(u64::from(vi_page::CQ_HEAD), u32::from(self.cq_head));
            if let Some(d) = &self.grant.doorbell {
                d.notify();
            }
        }
        out
    }

    /// Wait until `n` completions have arrived or `timeout` passes (interrupt-driven, with a
    /// short poll as a backstop).
    pub fn wait(&mut self, n: usize, timeout: Duration) -> Result<Vec<Completion>> {
        let deadline = Instant::now() + timeout;
        let mut got = self.poll();
        while got.len() < n {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(DriverError::Device(format!(
                    "{} of {n} completions after {timeout:?} on VI {}",
                    got.len(),
                    self.grant.vi
                )));
            }
            let mut fds = [PollFd::new(self.grant.interrupt.as_fd(), PollFlags::POLLIN)];
            let wait = PollTimeout::try_from(left.min(Duration::from_millis(5))).unwrap_or(PollTimeout::ZERO);
            let _ = poll(&mut fds, wait);
            self.grant.interrupt.drain();
            got.extend(self.poll());
        }
        Ok(got)
    }

    /// Ring, then wait for everything outstanding.
    pub fn complete_all(&mut self, timeout: Duration) -> Result<Vec<Completion>> {
        self.ring();
        let n = self.inflight.len();
        self.wait(n, timeout)
    }
}
