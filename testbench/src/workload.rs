//! Seeded random workloads for differential testing: processes with page tables of 4 KiB,
//! 2 MiB and 1 GiB pages, regions registered with shortcuts at every level (some shared
//! between processes, some read-only), and batches of descriptors of every opcode with sizes
//! from one byte to hundreds of KiB, page and block crossings, deliberate admission errors,
//! network frames and storage traffic, with deregistration, re-registration and key rotation
//! between batches. The same workload runs on any [`EngineUnderTest`] — the reference model or
//! the Verilated RTL — and [`Outcome`]s are compared field by field.

use crate::host::SharedMemory;
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
        }
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
            return Some(format!("network frames differ: {} vs {}", self.tx_frames.len(), other.tx_frames.len()));
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
    live: bool,
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
    };
    g.set_up()?;
    for batch in 0..cfg.batches {
        if batch > 0 {
            g.lifecycle_event()?;
        }
        g.batch()?;
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
        let shared_key = self.rng.gen_bool(0.5);
        for vi in 0..vi_count.min(self.cfg.engine.key_slots as usize) {
            let p = vi % self.processes.len();
            let key_slot = if shared_key { p as u32 } else { vi as u32 };
            let pd = self.processes[p].pd;
            let cq_log2 = (self.cfg.per_batch as u32).next_power_of_two().trailing_zeros() + 1;
            let handle = self.sc.open_vi(self.target, &mut mem, vi as u32, pd, key_slot, cq_log2).map_err(Self::err)?;
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

    /// Map, fill and register a region of `owner`, maybe shared with another process.
    fn new_region(&mut self, owner: usize, index: usize) -> Result<(), String> {
        let mut mem = self.mem.clone();
        let size = match self.rng.gen_range(0..10) {
            0 => PageSize::Size1G,
            1 | 2 => PageSize::Size2M,
            _ => PageSize::Size4K,
        };
        let len = self.rng.gen_range(1..=256u64) * 1024 + self.rng.gen_range(0..4096);
        let slot_va = VA_BASE + ((owner as u64) << 36) + ((index as u64 + self.regions.len() as u64) << 31);
        let va = slot_va + self.rng.gen_range(0..(1u64 << 20)) * 16 % size.bytes().min(1 << 20);
        let p = self.processes[owner];
        self.sc.map(&mut mem, &p, VirtAddr(va), len, size, flags::WRITABLE).map_err(Self::err)?;
        let bytes: Vec<u8> = (0..len).map(|_| self.rng.r#gen()).collect();
        self.sc.write_va(&mut mem, &p, VirtAddr(va), &bytes).map_err(Self::err)?;
        let min_level = size.leaf_level() as u8;
        let level = Level::new(self.rng.gen_range(min_level..=4)).expect("1..=4");
        let user = if self.rng.gen_bool(0.2) { self.rng.gen_range(0..self.processes.len()) } else { owner };
        let writable = self.rng.gen_bool(0.85);
        let rights = if writable { Rights::READ_WRITE } else { Rights::READ };
        let user_vi = self.vis.iter().find(|v| v.process == user).map(|v| v.handle.vi);
        let key_slot = match user_vi {
            Some(vi) => self.key_slot_for_vi(vi),
            None => 0,
        };
        let opts = RegisterOptions { rights, level, vi: None, user_pd: Some(self.processes[user].pd), key_slot };
        let region = self.sc.register(self.target, &mut mem, &p, VirtAddr(va), len, opts).map_err(Self::err)?;
        self.regions.push(Reg { region, owner, user, key_slot, writable, live: true });
        Ok(())
    }

    /// The key slot a VI unseals with (read back from the engine: VI_KEY_SLOT).
    fn key_slot_for_vi(&mut self, vi: u32) -> u32 {
        self.target.read32(regs::vi_config(vi, regs::vi_cfg::VI_KEY_SLOT))
    }

    fn lifecycle_event(&mut self) -> Result<(), String> {
        let mut mem = self.mem.clone();
        match self.rng.gen_range(0..4) {
            0 => {
                // Deregister a live region; later descriptors naming it fail.
                let live: Vec<usize> = (0..self.regions.len()).filter(|&i| self.regions[i].live).collect();
                if let Some(&i) = live.get(self.rng.gen_range(0..live.len().max(1))) {
                    let r = &mut self.regions[i];
                    let p = self.processes[r.owner];
                    self.sc.deregister(self.target, &mut mem, &p, &r.region).map_err(Self::err)?;
                    r.live = false;
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
            2 => {
                let owner = self.rng.gen_range(0..self.processes.len());
                self.new_region(owner, 100 + self.regions.len())?;
            }
            _ => {
                // Unpin one page of a region: transfers touching it stop there.
                let i = self.rng.gen_range(0..self.regions.len());
                let r = &self.regions[i];
                let page = r.region.va.0 + self.rng.gen_range(0..r.region.len) / 4096 * 4096;
                let p = self.processes[r.owner];
                self.sc.set_pinned(&mut mem, &p, VirtAddr(page.max(r.region.va.0)), 1, false).map_err(Self::err)?;
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

    /// Regions a process may use; now and then also dead ones (deregistered, old key).
    fn regions_for(&mut self, process: usize, write: bool) -> Vec<usize> {
        let include_dead = self.rng.gen_bool(0.1);
        (0..self.regions.len())
            .filter(|&i| {
                let r = &self.regions[i];
                r.user == process && (!write || r.writable) && (r.live || include_dead)
            })
            .collect()
    }

    fn descriptor(&mut self, vi: usize) -> (Descriptor, Option<Status>) {
        let process = self.vis[vi].process;
        let tag = self.rng.r#gen();
        let reads = self.regions_for(process, false);
        let writes = self.regions_for(process, true);
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
        let op = match self.rng.gen_range(0..12) {
            0 => Operation::Nop,
            1..=4 => Operation::Copy { src, dst, len: dn },
            5 => {
                let k = self.rng.gen_range(1..=viaduct_abi::descriptor::INLINE_MAX.min(dn as usize));
                let data: Vec<u8> = (0..k).map(|_| self.rng.r#gen()).collect();
                return (Descriptor::write_inline(dst, &data, tag).expect("1..=24 bytes"), None);
            }
            6 | 7 => Operation::NetSend { src, len: n },
            8 => {
                let frame_len = self.rng.gen_range(0..=dn as usize + 64);
                let frame: Vec<u8> = (0..frame_len).map(|_| self.rng.r#gen()).collect();
                self.target.push_rx_frame(frame);
                Operation::NetRecv { dst, len: dn }
            }
            9 | 10 => Operation::Store { src, offset: self.storage_offset(n), len: n },
            _ => Operation::Load { dst, offset: self.storage_offset(dn), len: dn },
        };
        (Descriptor::new(op, tag), None)
    }

    fn storage_offset(&mut self, len: u32) -> u64 {
        let limit = STORAGE_BYTES as u64 - u64::from(len).min(STORAGE_BYTES as u64);
        // Now and then past the end of the image: the target answers with an error.
        if self.rng.gen_bool(0.05) { STORAGE_BYTES as u64 - 1 } else { self.rng.gen_range(0..=limit) }
    }

    /// Break a good descriptor in a way whose status is known in advance.
    fn corrupt(&mut self, d: Descriptor) -> (RawDescriptor, Option<Status>) {
        let mut raw = d.encode();
        let has_buffer = d.op.buffers().next().is_some();
        match self.rng.gen_range(0..6) {
            0 => {
                raw.words[0] = (raw.words[0] & !0xff) | self.rng.gen_range(7..=255u64);
                (raw, Some(Status::BadOpcode))
            }
            1 => {
                raw.words[0] |= 1 << self.rng.gen_range(16..32);
                (raw, Some(Status::BadDescriptor))
            }
            2 if !matches!(d.op, Operation::Nop | Operation::WriteInline { .. }) => {
                raw.words[0] &= 0xffff_ffff;
                (raw, Some(Status::BadLength))
            }
            3 if has_buffer => {
                // A random shortcut in the first buffer the opcode uses.
                let w = if matches!(d.op, Operation::Copy { .. } | Operation::NetSend { .. } | Operation::Store { .. }) { 3 } else { 6 };
                raw.words[w] = self.rng.r#gen();
                raw.words[w + 1] = self.rng.r#gen();
                (raw, None)
            }
            4 if has_buffer => {
                // One flipped bit of a shortcut.
                let w = if matches!(d.op, Operation::Copy { .. } | Operation::NetSend { .. } | Operation::Store { .. }) { 3 } else { 6 };
                raw.words[w + self.rng.gen_range(0..2)] ^= 1 << self.rng.gen_range(0..64);
                (raw, None)
            }
            _ => (raw, None),
        }
    }

    fn batch(&mut self) -> Result<(), String> {
        // Post everything with the scheduler stopped, so the order of service is fixed.
        self.target.write32(global::CONTROL, 0b110);
        let mut expected = Vec::new();
        for vi in 0..self.vis.len() {
            let n = self.rng.gen_range(0..=self.cfg.per_batch);
            for _ in 0..n {
                let (d, _) = self.descriptor(vi);
                let (raw, intent) =
                    if self.rng.gen_bool(self.cfg.error_rate) { self.corrupt(d) } else { (d.encode(), None) };
                if let Some(status) = intent {
                    self.intended.push((vi, self.posted[vi], status));
                }
                let h = &mut self.vis[vi].handle;
                self.sc.post_raw(self.target, h, &raw);
                self.posted[vi] += 1;
            }
            self.sc.ring(self.target, &self.vis[vi].handle);
            expected.push(n);
        }
        self.target.write32(global::CONTROL, 0b111);
        let handles: Vec<ViHandle> = self.vis.iter().map(|v| v.handle).collect();
        let done = |mem: &dyn Memory| handles.iter().zip(&expected).all(|(h, n)| ready_completions(mem, h) >= *n);
        self.target.settle(&done)?;
        let mem = self.mem.clone();
        for (vi, v) in self.vis.iter_mut().enumerate() {
            let got = self.sc.completions(self.target, &mem, &mut v.handle);
            if got.len() != expected[vi] {
                return Err(format!("VI {vi}: {} completions for {} descriptors", got.len(), expected[vi]));
            }
            self.completions[vi].extend(got);
        }
        Ok(())
    }
}
