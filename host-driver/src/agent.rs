//! The agent (R1, R2, R10; claims 3-4, 17, 26): the privileged process, and the only holder of
//! keys and pinning authority. It keeps each process's translation table in device-visible
//! memory, places buffers, pins their pages on registration, programs the protection table
//! and the VIs, mints shortcuts, and undoes all of it on deregistration, key rotation and
//! process exit.

use crate::device::Device;
use crate::error::{DriverError, Result};
use std::collections::BTreeMap;
use std::io::Read;
use std::sync::Arc;
use viaduct_abi::addr::USER_VA_LIMIT;
use viaduct_abi::pagetable::flags;
use viaduct_abi::regs::{self, global, vi_cfg};
use viaduct_abi::{
    EngineConfig, Key, Level, PhysAddr, ProtectionDomain, ProtectionEntry, Rights, Shortcut, ShortcutFields,
    VirtAddr,
};
use viaduct_model::{AddressSpace, FrameAllocator, Memory, PageSize};
use viaduct_sim::{Notifier, PhysHandle, PhysMemory, Segment};

/// Whether each VI gets its own key slot or a process's VIs share one (claims 15, 16).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyPolicy {
    PerVi,
    PerProcess,
}

#[derive(Clone, Copy, Debug)]
pub struct AgentConfig {
    pub key_policy: KeyPolicy,
    /// Device memory reserved for translation tables.
    pub table_pool: u64,
    /// Completion entries per VI (log2).
    pub cq_log2: u32,
    /// Device addresses end here: the bridge's reach into host (IOMMU) space, such as 4 GiB
    /// behind a bridge with 32-bit AXI addresses.
    pub device_limit: u64,
}

impl Default for AgentConfig {
    fn default() -> Self {
        AgentConfig {
            key_policy: KeyPolicy::PerVi,
            table_pool: 16 << 20,
            cq_log2: 8,
            device_limit: DATA_LIMIT,
        }
    }
}

/// Device addresses: tables from 16 MiB, everything else from 1 GiB up to the device's limit.
const TABLE_BASE: u64 = 16 << 20;
const DATA_BASE: u64 = 1 << 30;
const DATA_LIMIT: u64 = 1 << 46;
/// Virtual addresses the agent hands out for buffers: unique across the processes of one
/// agent, and each agent in a process gets its own 1 TiB window, so that processes sharing one
/// real address space (tests, the in-process board) never collide.
const VA_BASE: u64 = 0x2000_0000_0000;
static AGENTS_IN_PROCESS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// A summary of what the agent holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AgentStats {
    pub processes: usize,
    pub open_vis: usize,
    pub registrations: usize,
    pub pinned_pages: u64,
}

/// What a process receives when it opens a VI.
#[derive(Clone)]
pub struct ViGrant {
    pub vi: u32,
    pub page: Arc<dyn crate::device::RegisterPage>,
    pub cq: Arc<Segment>,
    pub cq_log2: u32,
    pub queue_depth: u32,
    pub doorbell: Option<Arc<Notifier>>,
    pub interrupt: Arc<Notifier>,
}

/// What a process receives for a new buffer: where it lives in its address space and the
/// memory to map there.
#[derive(Clone, Debug)]
pub struct BufferGrant {
    pub va: VirtAddr,
    pub len: u64,
    pub page_size: PageSize,
    pub segment: Arc<Segment>,
}

/// A registration's shortcuts: one per table block the range touches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegistrationGrant {
    pub id: u32,
    pub va: VirtAddr,
    pub len: u64,
    pub level: Level,
    pub shortcuts: Vec<(VirtAddr, Shortcut)>,
}

/// Options of a registration.
#[derive(Clone, Copy, Debug)]
pub struct Registration {
    pub rights: Rights,
    /// The table level the shortcuts point at (a leaf-table shortcut makes the engine walk
    /// one level; the root makes it walk all four).
    pub level: Level,
    /// The one VI allowed to use it, or any VI of the user's domain.
    pub vi: Option<u32>,
}

impl Default for Registration {
    fn default() -> Self {
        Registration { rights: Rights::READ_WRITE, level: Level::Pt, vi: None }
    }
}

struct Buffer {
    len: u64,
    pa: PhysAddr,
    page_size: PageSize,
    /// The memory itself, held for as long as the buffer exists.
    _segment: Arc<Segment>,
}

struct Region {
    slot: u16,
    owner: u16,
    va: VirtAddr,
    len: u64,
}

struct Process {
    pd: ProtectionDomain,
    pid: Option<i32>,
    space: AddressSpace,
    buffers: BTreeMap<u64, Buffer>,
    /// The page-aligned ranges its registrations pin, one per registration (a page is pinned
    /// while any range covers it).
    pins: Vec<(u64, u64)>,
    vis: Vec<u32>,
    key_slot: Option<u32>,
}

struct ViOwner {
    pd: u16,
    key_slot: u32,
    cq_pa: PhysAddr,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    user: Option<u16>,
    generation: u8,
}

pub struct Agent {
    dev: Arc<dyn Device>,
    cfg: EngineConfig,
    acfg: AgentConfig,
    mem: PhysHandle,
    tables: FrameAllocator,
    /// Free device address ranges for buffers and queues: start -> end.
    free: BTreeMap<u64, u64>,
    next_va: u64,
    keys: Vec<Option<(Key, u8)>>,
    key_users: Vec<u32>,
    slots: Vec<Slot>,
    regions: BTreeMap<u32, Region>,
    procs: BTreeMap<u16, Process>,
    vis: Vec<Option<ViOwner>>,
    pinned_pages: u64,
    last_timing: RegistrationTiming,
}

/// Where the time of the last registration went.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RegistrationTiming {
    /// Marking every page pinned in the table.
    pub pin: std::time::Duration,
    /// The protection entry and the shortcuts.
    pub mint: std::time::Duration,
    pub shortcuts: usize,
}

fn random_key() -> Key {
    let mut b = [0u8; 16];
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        let _ = f.read_exact(&mut b);
    }
    Key::from_u128(u128::from_le_bytes(b))
}

fn dev_err(e: impl std::fmt::Display) -> DriverError {
    DriverError::Device(e.to_string())
}

impl Agent {
    /// Take charge of `dev`: read its configuration, reserve table memory, reset and enable it.
    pub fn new(dev: Arc<dyn Device>, acfg: AgentConfig) -> Result<Agent> {
        if dev.read32(global::ID)? != regs::ID_VALUE {
            return Err(DriverError::Device(format!(
                "{} does not identify as a viaduct engine",
                dev.describe()
            )));
        }
        let mut caps = [0u32; 3];
        for (c, reg) in caps.iter_mut().zip([global::CAPS0, global::CAPS1, global::CAPS2]) {
            *c = dev.read32(reg)?;
        }
        let cfg = EngineConfig::from_caps(caps).map_err(dev_err)?;
        dev.write32(global::SOFT_RESET, 1)?;
        let mem = PhysMemory::new();
        let pool = Arc::new(Segment::create("viaduct-tables", acfg.table_pool).map_err(dev_err)?);
        mem.insert(PhysAddr(TABLE_BASE), pool.clone()).map_err(dev_err)?;
        dev.map_segment(PhysAddr(TABLE_BASE), &pool)?;
        let agent = Agent {
            dev,
            cfg,
            acfg,
            mem: PhysHandle(mem),
            tables: FrameAllocator::new(PhysAddr(TABLE_BASE), PhysAddr(TABLE_BASE + acfg.table_pool)),
            free: BTreeMap::from([(DATA_BASE, acfg.device_limit.clamp(DATA_BASE, DATA_LIMIT))]),
            next_va: VA_BASE
                + ((AGENTS_IN_PROCESS.fetch_add(1, std::sync::atomic::Ordering::Relaxed) % 64) << 40),
            keys: vec![None; cfg.key_slots as usize],
            key_users: vec![0; cfg.key_slots as usize],
            slots: vec![Slot::default(); cfg.prot_entries as usize],
            regions: BTreeMap::new(),
            procs: BTreeMap::new(),
            vis: (0..cfg.vi_count).map(|_| None).collect(),
            pinned_pages: 0,
            last_timing: RegistrationTiming::default(),
        };
        agent.dev.write32(global::CONTROL, 0b111)?;
        agent.dev.write32(global::WATCHDOG, 1 << 20)?;
        Ok(agent)
    }

    pub fn engine_config(&self) -> EngineConfig {
        self.cfg
    }
    pub fn device(&self) -> &Arc<dyn Device> {
        &self.dev
    }
    /// Pages currently pinned by registrations, across all processes.
    pub fn pinned_pages(&self) -> u64 {
        self.pinned_pages
    }
    /// Where the time of the last successful registration went.
    pub fn last_registration_timing(&self) -> RegistrationTiming {
        self.last_timing
    }

    /// The agent's view of device memory (tables, buffers), for measurements and tests.
    pub fn memory(&self) -> &PhysHandle {
        &self.mem
    }

    /// The table root of a process.
    pub fn table_of(&self, pd: ProtectionDomain) -> Option<AddressSpace> {
        self.procs.get(&pd.id()).map(|p| p.space)
    }

    /// What the agent holds: (processes, open VIs, registrations, pinned pages).
    pub fn stats(&self) -> AgentStats {
        AgentStats {
            processes: self.procs.len(),
            open_vis: self.vis.iter().flatten().count(),
            registrations: self.regions.len(),
            pinned_pages: self.pinned_pages,
        }
    }

    /// The protection domain of the process with `pid`, if attached.
    pub fn domain_of(&self, pid: i32) -> Option<ProtectionDomain> {
        self.procs.values().find(|p| p.pid == Some(pid)).map(|p| p.pd)
    }

    fn process(&mut self, pd: ProtectionDomain) -> Result<&mut Process> {
        self.procs
            .get_mut(&pd.id())
            .ok_or_else(|| DriverError::Denied(format!("unknown protection domain {}", pd.id())))
    }

    /// A new process (optionally identified by its pid): a domain and an empty table.
    pub fn attach(&mut self, pid: Option<i32>) -> Result<ProtectionDomain> {
        let id = (1..ProtectionDomain::LIMIT)
            .find(|id| !self.procs.contains_key(id))
            .ok_or(DriverError::Exhausted("protection domains".into()))?;
        let pd = ProtectionDomain::new(id).expect("below the limit");
        let space = AddressSpace::new(&mut self.mem, &mut self.tables)
            .map_err(|_| DriverError::Exhausted("table memory".into()))?;
        self.procs.insert(
            id,
            Process {
                pd,
                pid,
                space,
                buffers: BTreeMap::new(),
                pins: Vec::new(),
                vis: Vec::new(),
                key_slot: None,
            },
        );
        Ok(pd)
    }

    /// Device address space for `len` bytes aligned to `align`.
    fn alloc_device(&mut self, len: u64, align: u64) -> Result<PhysAddr> {
        let (start, end) = self
            .free
            .iter()
            .map(|(s, e)| (*s, *e))
            .find(|(s, e)| s.next_multiple_of(align) + len <= *e)
            .ok_or(DriverError::Exhausted("device address space".into()))?;
        let at = start.next_multiple_of(align);
        self.free.remove(&start);
        if at > start {
            self.free.insert(start, at);
        }
        if at + len < end {
            self.free.insert(at + len, end);
        }
        Ok(PhysAddr(at))
    }

    fn free_device(&mut self, at: PhysAddr, len: u64) {
        let (mut start, mut end) = (at.0, at.0 + len);
        if let Some((&s, &e)) = self.free.range(..start).next_back()
            && e == start
        {
            self.free.remove(&s);
            start = s;
        }
        if let Some(e) = self.free.remove(&end) {
            end = e;
        }
        self.free.insert(start, end);
    }

    /// A segment of `len` bytes at a fresh device address, reachable by the engine.
    fn new_segment(&mut self, name: &str, len: u64, align: u64) -> Result<(PhysAddr, Arc<Segment>)> {
        let seg = Arc::new(Segment::create(name, len).map_err(dev_err)?);
        let pa = self.alloc_device(len, align)?;
        self.mem.0.insert(pa, seg.clone()).map_err(dev_err)?;
        if let Err(e) = self.dev.map_segment(pa, &seg) {
            self.mem.0.remove(pa);
            self.free_device(pa, len);
            return Err(e);
        }
        Ok((pa, seg))
    }

    fn drop_segment(&mut self, pa: PhysAddr, len: u64) {
        let _ = self.dev.unmap_segment(pa);
        self.mem.0.remove(pa);
        self.free_device(pa, len);
    }

    fn key_slot_for(&mut self, pd: ProtectionDomain, vi: u32) -> Result<u32> {
        let slot = match self.acfg.key_policy {
            KeyPolicy::PerVi => vi % self.cfg.key_slots,
            KeyPolicy::PerProcess => match self.process(pd)?.key_slot {
                Some(s) => s,
                None => (0..self.cfg.key_slots)
                    .find(|s| self.key_users[*s as usize] == 0)
                    .ok_or(DriverError::Exhausted("key slots".into()))?,
            },
        };
        if self.key_users[slot as usize] > 0 && self.acfg.key_policy == KeyPolicy::PerVi {
            return Err(DriverError::Exhausted("key slots".into()));
        }
        if self.key_users[slot as usize] == 0 {
            self.install_key(slot)?;
        }
        self.key_users[slot as usize] += 1;
        self.process(pd)?.key_slot = Some(slot);
        Ok(slot)
    }

    /// A fresh random key in `slot` with the next generation; every shortcut sealed with the
    /// old one stops working, and the engine drops every cached translation.
    fn install_key(&mut self, slot: u32) -> Result<()> {
        let generation = self.keys[slot as usize].map_or(1, |(_, g)| g.wrapping_add(1));
        let key = random_key();
        self.dev.write32(global::KEY_SELECT, slot)?;
        for (i, w) in key.words().iter().enumerate() {
            self.dev.write32(global::KEY_DATA0 + 4 * i as u32, *w)?;
        }
        self.dev.write32(global::KEY_COMMIT, u32::from(generation))?;
        self.keys[slot as usize] = Some((key, generation));
        Ok(())
    }

    /// Open a VI for `pd`: a completion ring, the VI's page, a doorbell and an interrupt.
    pub fn open_vi(&mut self, pd: ProtectionDomain) -> Result<ViGrant> {
        self.process(pd)?;
        let vi =
            self.vis.iter().position(Option::is_none).ok_or(DriverError::Exhausted("VIs".into()))? as u32;
        let key_slot = self.key_slot_for(pd, vi)?;
        let cq_log2 = self.acfg.cq_log2.max(self.cfg.queue_depth.trailing_zeros());
        let cq_len = (32u64 << cq_log2).next_multiple_of(4096);
        let (cq_pa, cq) = match self.new_segment(&format!("viaduct-cq{vi}"), cq_len, 4096) {
            Ok(x) => x,
            Err(e) => {
                self.key_users[key_slot as usize] -= 1;
                return Err(e);
            }
        };
        let interrupt = Arc::new(Notifier::new().map_err(dev_err)?);
        let d = &self.dev;
        let cfg = |reg| regs::vi_config(vi, reg);
        d.write32(cfg(vi_cfg::VI_CTRL), 0)?;
        d.write32(cfg(vi_cfg::VI_RESET), 1)?;
        d.write32(cfg(vi_cfg::VI_PD), u32::from(pd.id()))?;
        d.write32(cfg(vi_cfg::VI_KEY_SLOT), key_slot)?;
        d.write32(cfg(vi_cfg::VI_CQ_SIZE), cq_log2)?;
        d.write32(cfg(vi_cfg::VI_CQ_BASE_LO), cq_pa.0 as u32)?;
        d.write32(cfg(vi_cfg::VI_CQ_BASE_HI), (cq_pa.0 >> 32) as u32)?;
        d.write32(cfg(vi_cfg::VI_IRQ_VECTOR), vi)?;
        d.write32(cfg(vi_cfg::VI_IRQ_MODERATION), 1)?;
        d.set_interrupt(vi, interrupt.clone())?;
        d.write32(cfg(vi_cfg::VI_CTRL), vi_cfg::VI_CTRL::ENABLE.put(1) | vi_cfg::VI_CTRL::IRQ_ENABLE.put(1))?;
        d.set_vi_open(vi, true)?;
        self.vis[vi as usize] = Some(ViOwner { pd: pd.id(), key_slot, cq_pa });
        self.process(pd)?.vis.push(vi);
        Ok(ViGrant {
            vi,
            page: self.dev.vi_page(vi)?,
            cq,
            cq_log2,
            queue_depth: self.cfg.queue_depth,
            doorbell: self.dev.doorbell()?,
            interrupt,
        })
    }

    /// Close a VI: disable it (its posted descriptors complete as `Flushed`), free its ring.
    pub fn close_vi(&mut self, pd: ProtectionDomain, vi: u32) -> Result<()> {
        match self.vis.get(vi as usize) {
            Some(Some(o)) if o.pd == pd.id() => {}
            _ => return Err(DriverError::UnknownVi(vi)),
        }
        let owner = self.vis[vi as usize].take().expect("checked");
        self.dev.write32(regs::vi_config(vi, vi_cfg::VI_CTRL), 0)?;
        // Let the engine flush what was posted before the ring goes away.
        for _ in 0..1000 {
            let head = self.dev.read32(regs::vi_page(vi, regs::vi_page::SQ_HEAD))?;
            let tail = self.dev.read32(regs::vi_page(vi, regs::vi_page::SQ_TAIL))?;
            if head == tail {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        self.dev.set_vi_open(vi, false)?;
        let cq_len =
            (32u64 << self.acfg.cq_log2.max(self.cfg.queue_depth.trailing_zeros())).next_multiple_of(4096);
        self.drop_segment(owner.cq_pa, cq_len);
        self.key_users[owner.key_slot as usize] -= 1;
        self.process(pd)?.vis.retain(|v| *v != vi);
        Ok(())
    }

    /// A new buffer of `len` bytes for `pd`, backed by pages of `page_size`, mapped (not
    /// pinned) in the process's table.
    pub fn alloc_buffer(
        &mut self,
        pd: ProtectionDomain,
        len: u64,
        page_size: PageSize,
    ) -> Result<BufferGrant> {
        self.process(pd)?;
        if len == 0 || len > 1 << 40 {
            return Err(DriverError::BadRange { va: VirtAddr(0), len });
        }
        let rounded = len.next_multiple_of(page_size.bytes());
        let va = VirtAddr(self.next_va.next_multiple_of(page_size.bytes()));
        if va.0 + rounded > USER_VA_LIMIT {
            return Err(DriverError::Exhausted("virtual address space".into()));
        }
        let (pa, segment) =
            self.new_segment(&format!("viaduct-buf-pd{}", pd.id()), rounded, page_size.bytes())?;
        let p = self.procs.get_mut(&pd.id()).expect("checked");
        let mapped = p.space.map_range(
            &mut self.mem,
            &mut self.tables,
            va,
            pa,
            rounded,
            page_size,
            flags::WRITABLE | flags::USER,
        );
        if mapped.is_err() {
            let _ = p.space.unmap_range(&mut self.mem, &mut self.tables, va, rounded);
            self.drop_segment(pa, rounded);
            return Err(DriverError::Exhausted("table memory".into()));
        }
        self.next_va = va.0 + rounded + page_size.bytes();
        p.buffers.insert(va.0, Buffer { len: rounded, pa, page_size, _segment: segment.clone() });
        Ok(BufferGrant { va, len: rounded, page_size, segment })
    }

    /// Free a buffer; refused while a registration covers any of it.
    pub fn free_buffer(&mut self, pd: ProtectionDomain, va: VirtAddr) -> Result<()> {
        let p = self
            .procs
            .get_mut(&pd.id())
            .ok_or_else(|| DriverError::Denied(format!("unknown protection domain {}", pd.id())))?;
        let b = p.buffers.get(&va.0).ok_or(DriverError::NotOwned { va, len: 0 })?;
        let (len, pa) = (b.len, b.pa);
        let n = p.pins.iter().filter(|(a, b)| *a < va.0 + len && *b > va.0).count();
        if n > 0 {
            return Err(DriverError::Busy(n));
        }
        let _ = p.space.unmap_range(&mut self.mem, &mut self.tables, va, len);
        self.process(pd)?.buffers.remove(&va.0);
        self.drop_segment(pa, len);
        Ok(())
    }

    /// The buffer of `pd` holding all of `[va, va + len)`.
    fn owning_buffer(&self, pd: u16, va: VirtAddr, len: u64) -> Result<&Buffer> {
        let bad = DriverError::BadRange { va, len };
        let end = va.0.checked_add(len).ok_or(bad.clone())?;
        if len == 0 || end > USER_VA_LIMIT {
            return Err(bad);
        }
        let p = self.procs.get(&pd).ok_or(DriverError::Denied("unknown domain".into()))?;
        p.buffers
            .range(..=va.0)
            .next_back()
            .filter(|(start, b)| end <= *start + b.len)
            .map(|(_, b)| b)
            .ok_or(DriverError::NotOwned { va, len })
    }

    /// Register `[va, va + len)` of `pd` for use by `pd` itself (R1).
    pub fn register(
        &mut self,
        pd: ProtectionDomain,
        va: VirtAddr,
        len: u64,
        opts: Registration,
    ) -> Result<RegistrationGrant> {
        self.register_for(pd, pd, va, len, opts)
    }

    /// Register `[va, va + len)` of `owner` for use by `user` (the same process, or another
    /// one it shares the buffer with): pin every page, program a protection entry for `user`,
    /// and mint one shortcut per block, sealed with the key of `user`'s VI.
    pub fn register_for(
        &mut self,
        owner: ProtectionDomain,
        user: ProtectionDomain,
        va: VirtAddr,
        len: u64,
        opts: Registration,
    ) -> Result<RegistrationGrant> {
        let buffer = self.owning_buffer(owner.id(), va, len)?;
        if (opts.level as u8) < (buffer.page_size.leaf_level() as u8) {
            return Err(DriverError::Misaligned(
                va,
                "the shortcut level must be at or above the level of the page size".into(),
            ));
        }
        let key_slot = match opts.vi {
            Some(vi) => match self.vis.get(vi as usize) {
                Some(Some(o)) if o.pd == user.id() => o.key_slot,
                _ => return Err(DriverError::UnknownVi(vi)),
            },
            None => self.procs.get(&user.id()).and_then(|p| p.key_slot).ok_or_else(|| {
                DriverError::Denied("the user process has no VI (and so no key) yet".into())
            })?,
        };
        if self.acfg.key_policy == KeyPolicy::PerVi && opts.vi.is_none() {
            let user_vis = &self.procs[&user.id()].vis;
            if user_vis.len() > 1 {
                return Err(DriverError::Denied("with a key per VI, a registration must name its VI".into()));
            }
        }
        let slot = self
            .slots
            .iter()
            .position(|s| s.user.is_none())
            .ok_or(DriverError::Exhausted("protection slots".into()))?;
        let generation = self.slots[slot].generation.wrapping_add(1);
        // Pin every page of the range.
        let pin_started = std::time::Instant::now();
        let range = page_range(va, len);
        let p = self.procs.get_mut(&owner.id()).expect("owner checked");
        let newly: u64 = subtract(range, &p.pins).iter().map(|(a, b)| (b - a) / 4096).sum();
        p.pins.push(range);
        let pin_result = p
            .space
            .update_range(&mut self.mem, VirtAddr(range.0), range.1 - range.0, flags::PINNED, 0)
            .map_err(dev_err);
        self.pinned_pages += newly;
        let pin_time = pin_started.elapsed();
        let mint_started = std::time::Instant::now();
        let entry = ProtectionEntry::new(
            va,
            VirtAddr(va.0 + len),
            user,
            opts.rights,
            opts.vi.map(|v| v as u8),
            generation,
        )
        .map_err(|_| DriverError::BadRange { va, len });
        let minted = pin_result.and(entry).and_then(|entry| {
            let (key, key_generation) =
                self.keys[key_slot as usize].ok_or(DriverError::Exhausted("keys".into()))?;
            let space = self.procs[&owner.id()].space;
            let shift = opts.level.block_shift();
            let mut shortcuts = Vec::new();
            let mut block = va.0 >> shift << shift;
            while block < va.0 + len {
                let at = VirtAddr(block.max(va.0));
                let table = space
                    .table_for(&self.mem, at, opts.level)
                    .map_err(|e| DriverError::Device(e.to_string()))?;
                let f = ShortcutFields::for_va(
                    table,
                    opts.level,
                    at,
                    opts.rights,
                    slot as u16,
                    user,
                    key_generation,
                    generation,
                )
                .map_err(dev_err)?;
                shortcuts.push((at, f.seal(key)));
                block += 1 << shift;
            }
            Ok((entry, shortcuts))
        });
        let (entry, shortcuts) = match minted {
            Ok(x) => x,
            Err(e) => {
                self.unpin(owner.id(), va, len);
                return Err(e);
            }
        };
        self.write_protection(slot as u16, &entry)?;
        self.last_timing =
            RegistrationTiming { pin: pin_time, mint: mint_started.elapsed(), shortcuts: shortcuts.len() };
        self.slots[slot] = Slot { user: Some(user.id()), generation };
        let id = slot as u32;
        self.regions.insert(id, Region { slot: slot as u16, owner: owner.id(), va, len });
        Ok(RegistrationGrant { id, va, len, level: opts.level, shortcuts })
    }

    fn write_protection(&mut self, slot: u16, entry: &ProtectionEntry) -> Result<()> {
        self.dev.write32(global::PROT_INDEX, u32::from(slot))?;
        for (i, w) in entry.register_words().iter().enumerate() {
            self.dev.write32(global::PROT_DATA0 + 4 * i as u32, *w)?;
        }
        self.dev.write32(global::PROT_COMMIT, global::PROT_COMMIT::WRITE.put(1))
    }

    /// Drop one registration's pin of `[va, va + len)`: pages no other registration covers
    /// are unpinned, and so are the leaves (of the buffer's page size) left with no pin.
    fn unpin(&mut self, owner: u16, va: VirtAddr, len: u64) {
        let size = match self.owning_buffer(owner, va, len) {
            Ok(b) => b.page_size.bytes(),
            Err(_) => 4096,
        };
        let Some(p) = self.procs.get_mut(&owner) else { return };
        let range = page_range(va, len);
        if let Some(i) = p.pins.iter().position(|r| *r == range) {
            p.pins.swap_remove(i);
        }
        let released: u64 = subtract(range, &p.pins).iter().map(|(a, b)| (b - a) / 4096).sum();
        let leaf = |(a, b): (u64, u64)| (a / size * size, b.div_ceil(size) * size);
        let others: Vec<(u64, u64)> = p.pins.iter().map(|r| leaf(*r)).collect();
        for (a, b) in subtract(leaf(range), &others) {
            let _ = p.space.update_range(&mut self.mem, VirtAddr(a), b - a, 0, flags::PINNED);
        }
        self.pinned_pages -= released;
    }

    /// Deregister (R10): the protection entry goes first (which also drops the engine's
    /// cached translations of the slot), then the pages are unpinned.
    pub fn deregister(&mut self, requester: ProtectionDomain, id: u32) -> Result<()> {
        let r = self.regions.get(&id).ok_or(DriverError::UnknownRegistration(id))?;
        let user = self.slots[r.slot as usize].user;
        if r.owner != requester.id() && user != Some(requester.id()) {
            return Err(DriverError::UnknownRegistration(id));
        }
        let r = self.regions.remove(&id).expect("checked");
        self.write_protection(r.slot, &ProtectionEntry::INVALID)?;
        self.slots[r.slot as usize].user = None;
        self.unpin(r.owner, r.va, r.len);
        Ok(())
    }

    /// Rotate the key of every slot `pd`'s VIs use: all of its shortcuts stop working.
    pub fn rotate_keys(&mut self, pd: ProtectionDomain) -> Result<()> {
        let vis = self.process(pd)?.vis.clone();
        let mut slots: Vec<u32> =
            vis.iter().filter_map(|v| self.vis[*v as usize].as_ref().map(|o| o.key_slot)).collect();
        slots.dedup();
        for s in slots {
            self.install_key(s)?;
        }
        Ok(())
    }

    /// A process went away: close its VIs, drop its registrations (and those made for it),
    /// unpin and free its buffers and its table.
    pub fn release(&mut self, pd: ProtectionDomain) -> Result<()> {
        let vis = self.process(pd)?.vis.clone();
        for vi in vis {
            self.close_vi(pd, vi)?;
        }
        let ids: Vec<u32> = self
            .regions
            .iter()
            .filter(|(_, r)| r.owner == pd.id() || self.slots[r.slot as usize].user == Some(pd.id()))
            .map(|(id, _)| *id)
            .collect();
        for id in ids {
            let owner = ProtectionDomain::new(self.regions[&id].owner).expect("valid");
            self.deregister(owner, id)?;
        }
        let vas: Vec<u64> = self.process(pd)?.buffers.keys().copied().collect();
        for va in vas {
            self.free_buffer(pd, VirtAddr(va))?;
        }
        if let Some(p) = self.procs.remove(&pd.id()) {
            let _ = p.space.free_tables(&mut self.mem, &mut self.tables);
        }
        Ok(())
    }

    /// Read `len` bytes at `va` of `pd` through its table (for tests and diagnostics).
    pub fn read_va(&self, pd: ProtectionDomain, va: VirtAddr, len: usize) -> Result<Vec<u8>> {
        let p = self.procs.get(&pd.id()).ok_or(DriverError::Denied("unknown domain".into()))?;
        let mut out = vec![0u8; len];
        let mut done = 0;
        while done < len {
            let at = VirtAddr(va.0 + done as u64);
            let n = ((4096 - at.0 % 4096) as usize).min(len - done);
            match p.space.translate(&self.mem, at).map_err(dev_err)? {
                viaduct_model::Translation::Mapped { pa, .. } => {
                    self.mem.read(pa, &mut out[done..done + n]).map_err(dev_err)?
                }
                _ => return Err(DriverError::NotOwned { va: at, len: n as u64 }),
            }
            done += n;
        }
        Ok(out)
    }
}

/// The 4 KiB pages `[va, va + len)` touches.
fn page_range(va: VirtAddr, len: u64) -> (u64, u64) {
    (va.align_down(12).0, (va.0 + len).next_multiple_of(4096))
}

/// `range` minus the union of `others`, as sorted disjoint intervals.
fn subtract(range: (u64, u64), others: &[(u64, u64)]) -> Vec<(u64, u64)> {
    let mut cuts: Vec<(u64, u64)> = others
        .iter()
        .filter(|(a, b)| *a < range.1 && *b > range.0)
        .map(|(a, b)| (*a.max(&range.0), *b.min(&range.1)))
        .collect();
    cuts.sort_unstable();
    let mut out = Vec::new();
    let mut at = range.0;
    for (a, b) in cuts {
        if a > at {
            out.push((at, a));
        }
        at = at.max(b);
    }
    if at < range.1 {
        out.push((at, range.1));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::subtract;

    #[test]
    fn subtracting_intervals() {
        assert_eq!(subtract((0, 100), &[]), vec![(0, 100)]);
        assert_eq!(subtract((0, 100), &[(10, 20), (15, 30), (90, 200)]), vec![(0, 10), (30, 90)]);
        assert_eq!(subtract((0, 100), &[(0, 100)]), vec![]);
        assert_eq!(subtract((50, 60), &[(0, 10)]), vec![(50, 60)]);
    }
}
