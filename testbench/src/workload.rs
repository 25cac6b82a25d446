//! Seeded random workloads for differential testing: processes with page tables of 4 KiB,
//! 2 MiB and 1 GiB pages, regions registered with shortcuts at every level (some shared
//! between processes, some read-only), and batches of descriptors of every opcode with sizes
//! from one byte to hundreds of KiB, page and block crossings, deliberate admission errors,
//! network frames and storage traffic, with deregistration, re-registration and key rotation
//! between batches. The same workload runs on any [`EngineUnderTest`] — the reference model or
//! the Verilated RTL — and [`Outcome`]s are compared field by field.

use crate::host::SharedMemory;
use crate::monitor::{Authorization, Escape, Grant, Seen};
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use viaduct_abi::completion::COMPLETION_SIZE;
use viaduct_abi::pagetable::flags;
use viaduct_abi::regs::global;
use viaduct_abi::stream::{NetFrame, StorageCommand};
use viaduct_abi::*;
use viaduct_model::scenario::{Bar, Process, Region, RegisterOptions, Scenario, ViHandle};
use viaduct_model::{Counters, Memory, PageSize, SparseMemory};

/// Bytes of the storage target both engines get.
pub const STORAGE_BYTES: usize = 1 << 20;

/// An engine a workload can run on.
pub trait EngineUnderTest: Bar {
    /// The host memory the engine reaches (shared with the set-up code).
    fn memory(&self) -> SharedMemory;
    /// Queue a frame on the network port's input.
    fn push_rx_frame(&mut self, frame: Vec<u8>);
    /// Let the engine run until `done(memory)` holds; an error names a hang.
    fn settle(&mut self, done: &dyn Fn(&dyn Memory) -> bool) -> Result<(), String>;
    /// Frames the engine sent, in order.
    fn tx_frames(&self) -> Vec<NetFrame>;
    /// Storage commands the engine issued, in order.
    fn storage_commands(&self) -> Vec<StorageCommand>;
    /// The storage target's image.
    fn storage_image(&mut self) -> Vec<u8>;
    /// Host accesses touching `[pa, pa + len)` fail as `fault` says, until `clear_faults`.
    fn inject_fault(&mut self, pa: PhysAddr, len: u64, fault: HostFaultKind);
    fn clear_faults(&mut self);
    /// The host-memory accesses the engine made since the last call.
    fn take_accesses(&mut self) -> Vec<Seen>;
}

/// A host-memory fault a workload injects for one batch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HostFaultKind {
    /// Reads answer SLVERR.
    ReadError,
    /// Writes answer SLVERR.
    WriteError,
    /// Reads are never answered.
    ReadTimeout,
    /// Writes are never answered.
    WriteTimeout,
}

/// What the generator knows about one descriptor, for coverage.
#[derive(Clone, Copy, Debug)]
pub struct DescInfo {
    pub vi: usize,
    /// Position among the VI's completions.
    pub index: usize,
    pub batch: usize,
    pub opcode: u8,
    /// The range of its (first) buffer crosses a 4 KiB page.
    pub crosses_page: bool,
    pub page_size: Option<PageSize>,
    pub level: Option<Level>,
}

/// What the generator knows about one batch, for coverage.
#[derive(Clone, Debug, Default)]
pub struct BatchInfo {
    pub active_vis: usize,
    pub iotlb_hits: u64,
    pub iotlb_misses: u64,
    /// Host faults injected for this batch (each on one page).
    pub faults: Vec<HostFaultKind>,
    pub flushed_vi: Option<usize>,
}

/// Knobs of a workload.
#[derive(Clone, Copy, Debug)]
pub struct WorkloadConfig {
    pub seed: u64,
    pub engine: EngineConfig,
    pub processes: u16,
    pub batches: usize,
    /// Descriptors per VI per batch (at most the queue depth).
    pub per_batch: usize,
    pub max_len: u32,
    /// Fraction of descriptors built to fail a check.
    pub error_rate: f64,
    /// Chance that a batch runs with a host fault injected on one data page.
    pub fault_rate: f64,
    /// Chance that a batch disables one VI after posting (its descriptors flush).
    pub flush_rate: f64,
}

impl WorkloadConfig {
    pub fn small(seed: u64) -> Self {
        WorkloadConfig {
            seed,
            engine: EngineConfig::small(),
            processes: 2,
            batches: 4,
            per_batch: 6,
            max_len: 20_000,
            error_rate: 0.2,
            fault_rate: 0.0,
            flush_rate: 0.0,
        }
    }

    /// The adversarial mix: more broken descriptors, host faults and flushes.
    pub fn adversarial(seed: u64) -> Self {
        WorkloadConfig { batches: 8, error_rate: 0.5, fault_rate: 0.6, flush_rate: 0.2, ..Self::small(seed) }
    }
}

/// What ran, as seen from outside the engine.
#[derive(Clone)]
pub struct Outcome {
    /// Per VI, its completions in order.
    pub completions: Vec<Vec<Completion>>,
    pub tx_frames: Vec<NetFrame>,
    pub storage_commands: Vec<StorageCommand>,
    pub storage_image: Vec<u8>,
    pub counters: Counters,
    pub memory: SparseMemory,
    /// Descriptors built to fail a particular check, with the status they must get:
    /// (vi, index among that VI's completions, status).
    pub intended: Vec<(usize, usize, Status)>,
    pub info: Vec<DescInfo>,
    pub batches: Vec<BatchInfo>,
    /// Host accesses the engine made, and those nothing authorized.
    pub accesses: usize,
    pub escapes: Vec<Escape>,
}

impl Outcome {
    /// The first difference to `other`, in words; `include_cache` also compares cache counters.
    pub fn difference(&self, other: &Outcome, include_cache: bool) -> Option<String> {
        for (vi, (a, b)) in self.completions.iter().zip(&other.completions).enumerate() {
            if a.len() != b.len() {
                return Some(format!("VI {vi}: {} completions vs {}", a.len(), b.len()));
            }
            if let Some((i, (x, y))) = a.iter().zip(b).enumerate().find(|(_, (x, y))| x != y) {
                return Some(format!("VI {vi} completion {i}:\n  {x:?}\n  {y:?}"));
            }
        }
        if self.tx_frames != other.tx_frames {
            return Some(format!(
                "network frames differ: {} vs {}",
                self.tx_frames.len(),
                other.tx_frames.len()
            ));
        }
        if self.storage_commands != other.storage_commands {
            return Some("storage commands differ".into());
        }
        if self.storage_image != other.storage_image {
            return Some("storage images differ".into());
        }
        if let Err(at) = self.memory.same_contents(&other.memory) {
            return Some(format!("host memory differs at {at}"));
        }
        let d = self.counters.diff(&other.counters, include_cache);
        if !d.is_empty() {
            return Some(format!("counters differ: {d:?}"));
        }
        None
    }
}

struct Vi {
    handle: ViHandle,
    process: usize,
}

/// A region and who may use it.
struct Reg {
    region: Region,
    owner: usize,
    /// The process whose VIs may use it (the owner, or a process it is shared with).
    user: usize,
    key_slot: u32,
    writable: bool,
    /// Usable: registered, and its key still current.
    live: bool,
    /// Still registered (the agent has not deregistered it).
    registered: bool,
    page_size: PageSize,
    /// Registered for this VI alone.
    vi: Option<u32>,
}

struct Gen<'a> {
    rng: SmallRng,
    cfg: WorkloadConfig,
    sc: Scenario,
    target: &'a mut dyn EngineUnderTest,
    mem: SharedMemory,
    processes: Vec<Process>,
    vis: Vec<Vi>,
    regions: Vec<Reg>,
    completions: Vec<Vec<Completion>>,
    intended: Vec<(usize, usize, Status)>,
    posted: Vec<usize>,
    info: Vec<DescInfo>,
    batches: Vec<BatchInfo>,
    accesses: usize,
    escapes: Vec<Escape>,
    /// A root entry corrupted for one batch: (address, original value).
    restore: Option<(PhysAddr, u64)>,
}

/// Run the workload of `cfg` on `target`.
pub fn run(cfg: WorkloadConfig, target: &mut dyn EngineUnderTest) -> Result<Outcome, String> {
    let mem = target.memory();
    let mut g = Gen {
        rng: SmallRng::seed_from_u64(cfg.seed),
        cfg,
        sc: Scenario::new(cfg.engine, cfg.seed),
        target,
        mem,
        processes: Vec::new(),
        vis: Vec::new(),
        regions: Vec::new(),
        completions: Vec::new(),
        intended: Vec::new(),
        posted: Vec::new(),
        info: Vec::new(),
        batches: Vec::new(),
        accesses: 0,
        escapes: Vec::new(),
        restore: None,
    };
    g.set_up()?;
    for batch in 0..cfg.batches {
        if batch > 0 {
            g.lifecycle_event()?;
        }
        g.batch(batch)?;
    }
    let counters = read_counters(g.target);
    Ok(Outcome {
        completions: g.completions,
        tx_frames: g.target.tx_frames(),
        storage_commands: g.target.storage_commands(),
        storage_image: g.target.storage_image(),
        counters,
        memory: g.mem.snapshot(),
        intended: g.intended,
        info: g.info,
        batches: g.batches,
        accesses: g.accesses,
        escapes: g.escapes,
    })
}

/// All counters, read through BAR0 as software would.
pub fn read_counters(bar: &mut dyn Bar) -> Counters {
    let mut c = Counters::default();
    for (i, v) in c.0.iter_mut().enumerate() {
        let lo = bar.read32(regs::counter_offset(i));
        let hi = bar.read32(regs::counter_offset(i) + 4);
        *v = u64::from(hi) << 32 | u64::from(lo);
    }
    c
}

/// Number of completions waiting in a VI's ring (by phase), without consuming them.
fn ready_completions(mem: &dyn Memory, h: &ViHandle) -> usize {
    let mut n = 0usize;
    let mut head = h.cq_head;
    loop {
        let slot = u64::from(head) % (1 << h.cq_log2);
        let mut b = [0u8; COMPLETION_SIZE];
        if mem.read(PhysAddr(h.cq_base.0 + slot * COMPLETION_SIZE as u64), &mut b).is_err() {
            return n;
        }
        if Completion::phase_of(&b) != Ok((u32::from(head) >> h.cq_log2) & 1 == 0) || n >= 1 << h.cq_log2 {
            return n;
        }
        n += 1;
        head = head.wrapping_add(1);
    }
}

const VA_BASE: u64 = 0x10_0000_0000;

impl Gen<'_> {
    fn err(e: impl std::fmt::Display) -> String {
        e.to_string()
    }

    fn set_up(&mut self) -> Result<(), String> {
        let mut mem = self.mem.clone();
        self.sc.init(self.target);
        let vi_count = self.cfg.engine.vi_count as usize;
        for p in 0..self.cfg.processes {
            let process = self.sc.new_process(&mut mem, p + 1).map_err(Self::err)?;
            self.processes.push(process);
        }
        // VIs round-robin over processes; a process shares one key slot or has one per VI.
        // Now and then two processes share a slot (an agent's mistake the engine must survive:
        // the domain in the shortcut still keeps them apart).
        let shared_key = self.rng.gen_bool(0.5);
        let crossed = self.rng.gen_bool(0.3);
        for vi in 0..vi_count.min(self.cfg.engine.key_slots as usize) {
            let p = vi % self.processes.len();
            let mut key_slot = if shared_key { p as u32 } else { vi as u32 };
            if crossed && vi == vi_count - 1 {
                key_slot = 0;
            }
            let pd = self.processes[p].pd;
            let cq_log2 = (self.cfg.per_batch as u32).next_power_of_two().trailing_zeros() + 1;
            let handle = self
                .sc
                .open_vi(self.target, &mut mem, vi as u32, pd, key_slot, cq_log2)
                .map_err(Self::err)?;
            self.vis.push(Vi { handle, process: p });
            self.completions.push(Vec::new());
            self.posted.push(0);
        }
        for p in 0..self.processes.len() {
            for r in 0..4 {
                self.new_region(p, r)?;
            }
        }
        Ok(())
    }

    /// Map, fill and register a region of `owner`, maybe shared with another process or
    /// restricted to one VI.
    fn new_region(&mut self, owner: usize, index: usize) -> Result<(), String> {
        let mut mem = self.mem.clone();
        let size = match self.rng.gen_range(0..10) {
            0 => PageSize::Size1G,
            1 | 2 => PageSize::Size2M,
            _ => PageSize::Size4K,
        };
        let len = self.rng.gen_range(1..=256u64) * 1024 + self.rng.gen_range(0..4096);
        let slot_va = VA_BASE + ((owner as u64) << 36) + ((index as u64 + self.regions.len() as u64) << 31);
        // Some regions start just below a 2 MiB boundary so that they span two blocks.
        let va = if self.rng.gen_bool(0.25) {
            slot_va + (2 << 20) - self.rng.gen_range(1..64u64) * 1024
        } else {
            slot_va + self.rng.gen_range(0..(1u64 << 20)) * 16 % size.bytes().min(1 << 20)
        };
        let p = self.processes[owner];
        self.sc
            .map(&mut mem, &p, VirtAddr(va), len, size, flags::WRITABLE)
            .map_err(|e| format!("mapping a region: {e}"))?;
        let bytes: Vec<u8> = (0..len).map(|_| self.rng.r#gen()).collect();
        self.sc.write_va(&mut mem, &p, VirtAddr(va), &bytes).map_err(|e| format!("filling a region: {e}"))?;
        let min_level = size.leaf_level() as u8;
        let level = Level::new(self.rng.gen_range(min_level..=4)).expect("1..=4");
        let user = if self.rng.gen_bool(0.2) { self.rng.gen_range(0..self.processes.len()) } else { owner };
        let writable = self.rng.gen_bool(0.85);
        let rights = if writable { Rights::READ_WRITE } else { Rights::READ };
        let user_vis: Vec<u32> = self.vis.iter().filter(|v| v.process == user).map(|v| v.handle.vi).collect();
        let Some(&first_vi) = user_vis.first() else { return Ok(()) };
        let only = if user_vis.len() > 1 && self.rng.gen_bool(0.3) { Some(first_vi) } else { None };
        let key_slot = self.key_slot_for_vi(first_vi);
        let opts = RegisterOptions {
            rights,
            level,
            vi: only.map(|v| v as u8),
            user_pd: Some(self.processes[user].pd),
            key_slot,
        };
        let region = self
            .sc
            .register(self.target, &mut mem, &p, VirtAddr(va), len, opts)
            .map_err(|e| format!("registering {va:#x}+{len:#x} ({size:?}, {level:?}): {e}"))?;
        self.regions.push(Reg {
            region,
            owner,
            user,
            key_slot,
            writable,
            live: true,
            registered: true,
            page_size: size,
            vi: only,
        });
        Ok(())
    }

    /// The key slot a VI unseals with (read back from the engine: VI_KEY_SLOT).
    fn key_slot_for_vi(&mut self, vi: u32) -> u32 {
        self.target.read32(regs::vi_config(vi, regs::vi_cfg::VI_KEY_SLOT))
    }

    /// A random page of a random region: (owner, page VA).
    fn some_page(&mut self) -> (usize, u64) {
        let i = self.rng.gen_range(0..self.regions.len());
        let r = &self.regions[i];
        let page = (r.region.va.0 + self.rng.gen_range(0..r.region.len)) & !0xfff;
        (r.owner, page)
    }

    fn lifecycle_event(&mut self) -> Result<(), String> {
        let mut mem = self.mem.clone();
        if let Some((slot, value)) = self.restore.take() {
            mem.write_u64(slot, value).map_err(Self::err)?;
            self.target.write32(global::INVALIDATE, global::INVALIDATE::ALL.put(1));
        }
        match self.rng.gen_range(0..9) {
            0 => {
                // Deregister a live region; later descriptors naming it fail, and once its
                // slot is reused, fail as stale.
                let live: Vec<usize> = (0..self.regions.len()).filter(|&i| self.regions[i].live).collect();
                if !live.is_empty() {
                    let i = live[self.rng.gen_range(0..live.len())];
                    let r = &mut self.regions[i];
                    let p = self.processes[r.owner];
                    self.sc.deregister(self.target, &mut mem, &p, &r.region).map_err(Self::err)?;
                    r.live = false;
                    r.registered = false;
                }
            }
            1 => {
                // Rotate one VI's key: every shortcut sealed for that slot dies.
                let vi = self.rng.gen_range(0..self.vis.len()) as u32;
                let slot = self.key_slot_for_vi(vi);
                self.sc.rotate_key(self.target, slot);
                for r in self.regions.iter_mut().filter(|r| r.key_slot == slot) {
                    r.live = false;
                }
            }
            2 | 3 => {
                let owner = self.rng.gen_range(0..self.processes.len());
                self.new_region(owner, 100 + self.regions.len())?;
            }
            4 => {
                // Recommit a key with the next generation: its shortcuts become stale.
                let vi = self.rng.gen_range(0..self.vis.len()) as u32;
                let slot = self.key_slot_for_vi(vi);
                if let Some((key, generation)) = self.sc.key(slot) {
                    self.sc.install_key(self.target, slot, key, generation.wrapping_add(1));
                    for r in self.regions.iter_mut().filter(|r| r.key_slot == slot) {
                        r.live = false;
                    }
                }
            }
            event => {
                // A change to a process's table behind the engine's back, then the
                // invalidation an agent issues: a page unpinned, unmapped, or write-protected,
                // or (rarely) a reserved bit in a root entry.
                let (owner, page) = self.some_page();
                let p = self.processes[owner];
                let _ = match event {
                    5 => self.sc.set_pinned(&mut mem, &p, VirtAddr(page), 1, false),
                    6 => p.space.unmap(&mut mem, VirtAddr(page)).map(|_| ()),
                    7 => p.space.update_leaf(&mut mem, VirtAddr(page), 0, flags::WRITABLE),
                    _ => {
                        let slot = viaduct_abi::pagetable::entry_address(
                            p.space.root(),
                            Level::Pml4,
                            VirtAddr(page),
                        );
                        let e = mem.read_u64(slot).map_err(Self::err)?;
                        self.restore = Some((slot, e));
                        mem.write_u64(slot, e | flags::HUGE).map_err(viaduct_model::MapError::from)
                    }
                };
                self.target.write32(global::INVALIDATE, global::INVALIDATE::ALL.put(1));
            }
        }
        Ok(())
    }

    /// A random range inside `r` that stays in one shortcut block (at most `max` bytes).
    fn range_in(&mut self, r: usize, max: u32) -> (u64, u32) {
        let reg = &self.regions[r].region;
        let len = reg.len.min(u64::from(max)).max(1);
        let n = self.rng.gen_range(1..=len);
        let off = self.rng.gen_range(0..=reg.len - n);
        // Trim at the block boundary so the range has one shortcut.
        let shift = reg.level.block_shift();
        let start = reg.va.0 + off;
        let block_end = ((start >> shift) + 1) << shift;
        let n = n.min(block_end - start);
        (off, n as u32)
    }

    /// Regions a VI may use; now and then also dead ones (deregistered, old key).
    fn regions_for(&mut self, vi: usize, write: bool) -> Vec<usize> {
        let process = self.vis[vi].process;
        let number = self.vis[vi].handle.vi;
        let include_dead = self.rng.gen_bool(0.1);
        (0..self.regions.len())
            .filter(|&i| {
                let r = &self.regions[i];
                r.user == process
                    && (!write || r.writable)
                    && (r.live || include_dead)
                    && r.vi.is_none_or(|v| v == number)
            })
            .collect()
    }

    fn descriptor(&mut self, vi: usize) -> (Descriptor, Option<(usize, u64, u32)>) {
        let tag = self.rng.r#gen();
        let reads = self.regions_for(vi, false);
        let writes = self.regions_for(vi, true);
        if reads.is_empty() || writes.is_empty() {
            return (Descriptor::new(Operation::Nop, tag), None);
        }
        let src_r = reads[self.rng.gen_range(0..reads.len())];
        let dst_r = writes[self.rng.gen_range(0..writes.len())];
        let max = self.cfg.max_len;
        let (so, n) = self.range_in(src_r, max);
        let (doff, dn) = self.range_in(dst_r, n);
        let src = self.regions[src_r].region.buffer(so);
        let dst = self.regions[dst_r].region.buffer(doff);
        let (op, first) = match self.rng.gen_range(0..12) {
            0 => (Operation::Nop, None),
            1..=4 => (Operation::Copy { src, dst, len: dn }, Some((src_r, so, dn))),
            5 => {
                let k = self.rng.gen_range(1..=viaduct_abi::descriptor::INLINE_MAX.min(dn as usize));
                let data: Vec<u8> = (0..k).map(|_| self.rng.r#gen()).collect();
                // Often straddle a page boundary inside the chosen range.
                let base = self.regions[dst_r].region.va.0;
                let (va, k64) = (base + doff, k as u64);
                let next_page = (va | 0xfff) + 1;
                let mut off = doff;
                if k > 1 && self.rng.gen_bool(0.4) && next_page + k64 <= va + u64::from(dn) {
                    off = next_page - self.rng.gen_range(1..k64) - base;
                }
                let dst = self.regions[dst_r].region.buffer(off);
                let d = Descriptor::write_inline(dst, &data, tag).expect("1..=24 bytes");
                return (d, Some((dst_r, off, k as u32)));
            }
            6 | 7 => (Operation::NetSend { src, len: n }, Some((src_r, so, n))),
            8 => {
                let frame_len = self.rng.gen_range(0..=dn as usize + 64);
                let frame: Vec<u8> = (0..frame_len).map(|_| self.rng.r#gen()).collect();
                self.target.push_rx_frame(frame);
                (Operation::NetRecv { dst, len: dn }, Some((dst_r, doff, dn)))
            }
            9 | 10 => {
                (Operation::Store { src, offset: self.storage_offset(n), len: n }, Some((src_r, so, n)))
            }
            _ => (Operation::Load { dst, offset: self.storage_offset(dn), len: dn }, Some((dst_r, doff, dn))),
        };
        (Descriptor::new(op, tag), first)
    }

    fn storage_offset(&mut self, len: u32) -> u64 {
        let limit = STORAGE_BYTES as u64 - u64::from(len).min(STORAGE_BYTES as u64);
        // Now and then past the end of the image: the target answers with an error.
        if self.rng.gen_bool(0.05) { STORAGE_BYTES as u64 - 1 } else { self.rng.gen_range(0..=limit) }
    }

    /// Where the first buffer's fields sit: (VA word, shortcut word) of the descriptor.
    fn first_buffer_words(op: &Operation) -> Option<(usize, usize)> {
        match op {
            Operation::Copy { .. } | Operation::NetSend { .. } | Operation::Store { .. } => Some((2, 3)),
            Operation::WriteInline { .. } | Operation::NetRecv { .. } | Operation::Load { .. } => {
                Some((5, 6))
            }
            Operation::Nop => None,
        }
    }

    /// Re-seal a genuine shortcut of `region` with `edit` applied (an agent's mistake: only
    /// the agent holds keys).
    fn reseal(&self, region: usize, edit: impl FnOnce(&mut ShortcutFields)) -> Option<Shortcut> {
        let r = &self.regions[region];
        let (key, _) = self.sc.key(r.key_slot)?;
        let (bind, target) = r.region.shortcuts.first()?.1.unseal(key);
        let mut f = ShortcutFields::from_plaintext(bind, target).ok()?;
        edit(&mut f);
        Some(f.seal(key))
    }

    /// Break a good descriptor: malformed fields (whose status is known in advance), forged
    /// or misused shortcuts, ranges past a block or a region, another process's regions.
    fn corrupt(
        &mut self,
        vi: usize,
        d: Descriptor,
        first: Option<(usize, u64, u32)>,
    ) -> (RawDescriptor, Option<Status>) {
        let mut raw = d.encode();
        let words = Self::first_buffer_words(&d.op);
        let set_len =
            |raw: &mut RawDescriptor, len: u64| raw.words[0] = (raw.words[0] & 0xffff_ffff) | len << 32;
        match (self.rng.gen_range(0..13), words, first) {
            (0, ..) => {
                raw.words[0] = (raw.words[0] & !0xff) | self.rng.gen_range(7..=255u64);
                (raw, Some(Status::BadOpcode))
            }
            (1, ..) => {
                raw.words[0] |= 1 << self.rng.gen_range(16..32);
                (raw, Some(Status::BadDescriptor))
            }
            (2, ..) if !matches!(d.op, Operation::Nop | Operation::WriteInline { .. }) => {
                raw.words[0] &= 0xffff_ffff;
                (raw, Some(Status::BadLength))
            }
            (3, Some((_, w)), _) => {
                raw.words[w] = self.rng.r#gen();
                raw.words[w + 1] = self.rng.r#gen();
                (raw, None)
            }
            (4, Some((_, w)), _) => {
                raw.words[w + self.rng.gen_range(0..2)] ^= 1 << self.rng.gen_range(0..64);
                (raw, None)
            }
            (5, Some((va_w, w)), Some((r, off, _))) if !matches!(d.op, Operation::WriteInline { .. }) => {
                // Past the end of the shortcut's block, or of the region.
                let reg = &self.regions[r].region;
                let start = reg.va.0 + off;
                let shift = reg.level.block_shift();
                let block_end = ((start >> shift) + 1) << shift;
                let region_end = reg.va.0 + reg.len;
                let to = if self.rng.gen_bool(0.5) { block_end } else { region_end };
                let _ = (va_w, w);
                set_len(&mut raw, (to - start + self.rng.gen_range(1..5000)).min(u64::from(u32::MAX)));
                (raw, None)
            }
            (6, Some((va_w, w)), Some((r, _, _))) if self.regions[r].region.shortcuts.len() > 1 => {
                // Another block's shortcut of the same region.
                let reg = &self.regions[r].region;
                let va = VirtAddr(raw.words[va_w]);
                let shift = reg.level.block_shift();
                if let Some((_, s)) = reg.shortcuts.iter().find(|(b, _)| b.0 >> shift != va.0 >> shift) {
                    raw.words[w] = s.lo;
                    raw.words[w + 1] = s.hi;
                }
                (raw, None)
            }
            (7, Some((va_w, w)), _) => {
                // A region another process may use.
                let process = self.vis[vi].process;
                let others: Vec<usize> =
                    (0..self.regions.len()).filter(|&i| self.regions[i].user != process).collect();
                if !others.is_empty() {
                    let o = &self.regions[others[self.rng.gen_range(0..others.len())]].region;
                    raw.words[va_w] = o.va.0;
                    raw.words[w] = o.shortcuts[0].1.lo;
                    raw.words[w + 1] = o.shortcuts[0].1.hi;
                    set_len(&mut raw, 1);
                    if matches!(d.op, Operation::WriteInline { .. }) {
                        raw.words[2..5].fill(0);
                        raw.words[2] = 0x5a;
                    }
                }
                (raw, None)
            }
            (8, Some((va_w, w)), Some((r, ..))) if w == 6 => {
                // Writing through a read-only region of this process.
                let process = self.vis[vi].process;
                let ro: Vec<usize> = (0..self.regions.len())
                    .filter(|&i| self.regions[i].user == process && !self.regions[i].writable)
                    .collect();
                let _ = r;
                if !ro.is_empty() {
                    let o = &self.regions[ro[self.rng.gen_range(0..ro.len())]].region;
                    raw.words[va_w] = o.va.0;
                    raw.words[w] = o.shortcuts[0].1.lo;
                    raw.words[w + 1] = o.shortcuts[0].1.hi;
                    set_len(&mut raw, 1);
                    if matches!(d.op, Operation::WriteInline { .. }) {
                        raw.words[2..5].fill(0);
                        raw.words[2] = 0x5a;
                    }
                }
                (raw, None)
            }
            (9, Some((va_w, w)), _) if w == 6 => {
                // An agent's mistake: a shortcut claiming write on a read-only region.
                let process = self.vis[vi].process;
                let ro: Vec<usize> = (0..self.regions.len())
                    .filter(|&i| self.regions[i].user == process && !self.regions[i].writable)
                    .collect();
                if !ro.is_empty() {
                    let r = ro[self.rng.gen_range(0..ro.len())];
                    if let Some(s) = self.reseal(r, |f| f.rights = Rights::READ_WRITE) {
                        raw.words[va_w] = self.regions[r].region.shortcuts[0].0.0;
                        raw.words[w] = s.lo;
                        raw.words[w + 1] = s.hi;
                        set_len(&mut raw, 1);
                        if matches!(d.op, Operation::WriteInline { .. }) {
                            raw.words[2..5].fill(0);
                            raw.words[2] = 0x5a;
                        }
                    }
                }
                (raw, None)
            }
            (10, Some((_, w)), Some((r, ..))) => {
                // An agent's mistake: this domain's shortcut naming another domain's slot.
                let user = self.regions[r].user;
                let others: Vec<usize> =
                    (0..self.regions.len()).filter(|&i| self.regions[i].user != user).collect();
                if !others.is_empty() {
                    let o = others[self.rng.gen_range(0..others.len())];
                    let theirs = self.sc.key(self.regions[o].key_slot).and_then(|(key, _)| {
                        let (bind, target) = self.regions[o].region.shortcuts.first()?.1.unseal(key);
                        ShortcutFields::from_plaintext(bind, target).ok()
                    });
                    if let Some(t) = theirs
                        && let Some(s) = self.reseal(r, |f| {
                            f.slot = t.slot;
                            f.slot_generation = t.slot_generation;
                        })
                    {
                        raw.words[w] = s.lo;
                        raw.words[w + 1] = s.hi;
                    }
                }
                (raw, None)
            }
            (11, Some((va_w, w)), _) => {
                // A region registered for another VI of this process.
                let (process, number) = (self.vis[vi].process, self.vis[vi].handle.vi);
                let theirs: Vec<usize> = (0..self.regions.len())
                    .filter(|&i| {
                        self.regions[i].user == process && self.regions[i].vi.is_some_and(|v| v != number)
                    })
                    .filter(|&i| w == 3 || self.regions[i].writable)
                    .collect();
                if !theirs.is_empty() {
                    let o = &self.regions[theirs[self.rng.gen_range(0..theirs.len())]].region;
                    raw.words[va_w] = o.va.0;
                    raw.words[w] = o.shortcuts[0].1.lo;
                    raw.words[w + 1] = o.shortcuts[0].1.hi;
                    set_len(&mut raw, 1);
                    if matches!(d.op, Operation::WriteInline { .. }) {
                        raw.words[2..5].fill(0);
                        raw.words[2] = 0x5a;
                    }
                }
                (raw, None)
            }
            _ => (raw, None),
        }
    }

    fn info_for(
        &self,
        vi: usize,
        index: usize,
        batch: usize,
        raw: &RawDescriptor,
        first: Option<(usize, u64, u32)>,
    ) -> DescInfo {
        let (crosses_page, page_size, level) = match first {
            Some((r, off, len)) => {
                let reg = &self.regions[r];
                let start = reg.region.va.0 + off;
                (
                    start / 4096 != (start + u64::from(len.max(1)) - 1) / 4096,
                    Some(reg.page_size),
                    Some(reg.region.level),
                )
            }
            None => (false, None, None),
        };
        DescInfo { vi, index, batch, opcode: raw.opcode_byte(), crosses_page, page_size, level }
    }

    /// A page of a live region that this batch will likely touch, made to fail.
    fn inject_fault(&mut self) -> Option<HostFaultKind> {
        let kind = match self.rng.gen_range(0..4) {
            0 => HostFaultKind::ReadError,
            1 => HostFaultKind::WriteError,
            2 => HostFaultKind::ReadTimeout,
            _ => HostFaultKind::WriteTimeout,
        };
        let (owner, page) = self.some_page();
        let p = self.processes[owner];
        if let Ok(viaduct_model::Translation::Mapped { pa, .. }) =
            p.space.translate(&self.mem, VirtAddr(page))
        {
            self.target.inject_fault(PhysAddr(pa.0 & !0xfff), 4096, kind);
            Some(kind)
        } else {
            None
        }
    }

    /// What the engine may touch during this batch.
    fn authorization(&self) -> Authorization {
        let rings: Vec<(PhysAddr, u64)> = self
            .vis
            .iter()
            .map(|v| (v.handle.cq_base, (COMPLETION_SIZE as u64) << v.handle.cq_log2))
            .collect();
        let grants: Vec<Grant<'_>> = self
            .regions
            .iter()
            .filter(|r| r.registered)
            .map(|r| Grant {
                owner: &self.processes[r.owner],
                va: r.region.va,
                len: r.region.len,
                rights: if r.writable { Rights::READ_WRITE } else { Rights::READ },
            })
            .collect();
        Authorization::snapshot(&self.mem, &self.processes, &rings, &grants)
    }

    fn batch(&mut self, batch: usize) -> Result<(), String> {
        let allowed = self.authorization();
        self.target.take_accesses();
        // Post everything with the scheduler stopped, so the order of service is fixed.
        self.target.write32(global::CONTROL, 0b110);
        let before = read_counters(self.target);
        let mut expected = Vec::new();
        for vi in 0..self.vis.len() {
            let n = self.rng.gen_range(0..=self.cfg.per_batch);
            for _ in 0..n {
                let (d, first) = self.descriptor(vi);
                let (raw, intent) = if self.rng.gen_bool(self.cfg.error_rate) {
                    self.corrupt(vi, d, first)
                } else {
                    (d.encode(), None)
                };
                if let Some(status) = intent {
                    self.intended.push((vi, self.posted[vi], status));
                }
                let info = self.info_for(vi, self.posted[vi], batch, &raw, first);
                self.info.push(info);
                let h = &mut self.vis[vi].handle;
                self.sc.post_raw(self.target, h, &raw);
                self.posted[vi] += 1;
            }
            self.sc.ring(self.target, &self.vis[vi].handle);
            expected.push(n);
        }
        // Now and then a few pages fail for the whole batch.
        let mut faults = Vec::new();
        if self.rng.gen_bool(self.cfg.fault_rate) {
            for _ in 0..self.rng.gen_range(1..=4) {
                faults.extend(self.inject_fault());
            }
        }
        // Disabling a VI with descriptors posted: they complete as flushed.
        let flushed_vi = if self.rng.gen_bool(self.cfg.flush_rate) {
            let with_work: Vec<usize> = (0..self.vis.len()).filter(|&v| expected[v] > 0).collect();
            with_work.get(self.rng.gen_range(0..with_work.len().max(1))).copied()
        } else {
            None
        };
        if let Some(v) = flushed_vi {
            self.target.write32(regs::vi_config(self.vis[v].handle.vi, regs::vi_cfg::VI_CTRL), 0);
        }
        self.target.write32(global::CONTROL, 0b111);
        let handles: Vec<ViHandle> = self.vis.iter().map(|v| v.handle).collect();
        let done =
            |mem: &dyn Memory| handles.iter().zip(&expected).all(|(h, n)| ready_completions(mem, h) >= *n);
        self.target.settle(&done)?;
        self.target.clear_faults();
        let seen = self.target.take_accesses();
        self.accesses += seen.len();
        self.escapes
            .extend(seen.into_iter().filter(|s| !allowed.allows(s)).map(|access| Escape { access, batch }));
        if let Some(v) = flushed_vi {
            let ctrl = regs::vi_config(self.vis[v].handle.vi, regs::vi_cfg::VI_CTRL);
            self.target.write32(ctrl, regs::vi_cfg::VI_CTRL::ENABLE.put(1));
        }
        let mem = self.mem.clone();
        for (vi, v) in self.vis.iter_mut().enumerate() {
            let got = self.sc.completions(self.target, &mem, &mut v.handle);
            if got.len() != expected[vi] {
                return Err(format!("VI {vi}: {} completions for {} descriptors", got.len(), expected[vi]));
            }
            self.completions[vi].extend(got);
        }
        let after = read_counters(self.target);
        self.batches.push(BatchInfo {
            active_vis: expected.iter().filter(|n| **n > 0).count(),
            iotlb_hits: after.get(Counter::IotlbHits) - before.get(Counter::IotlbHits),
            iotlb_misses: after.get(Counter::IotlbMisses) - before.get(Counter::IotlbMisses),
            faults,
            flushed_vi,
        });
        Ok(())
    }
}
