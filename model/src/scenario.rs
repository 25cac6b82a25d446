//! A scenario: the privileged set-up a test needs around an engine (processes with page
//! tables, pinned and registered buffers, keys, VIs and completion queues) done through the
//! same register writes the agent makes. The model tests and the Verilator differential tests
//! drive the model and the RTL with it, so both see identical writes.

use crate::memory::Memory;
use crate::pagetable::{AddressSpace, FrameAllocator, MapError, PageSize, Translation};
use viaduct_abi::completion::COMPLETION_SIZE;
use viaduct_abi::pagetable::flags;
use viaduct_abi::regs::{self, global, vi_cfg, vi_page};
use viaduct_abi::{
    Completion, Descriptor, EngineConfig, Key, Level, PhysAddr, ProtectionDomain, ProtectionEntry, Rights,
    Shortcut, ShortcutFields, VirtAddr,
};

/// BAR0 as software sees it: 32-bit register reads and writes.
pub trait Bar {
    fn write32(&mut self, offset: u32, value: u32);
    fn read32(&mut self, offset: u32) -> u32;
}

impl Bar for crate::Engine {
    fn write32(&mut self, offset: u32, value: u32) {
        self.mmio_write(offset, value);
    }
    fn read32(&mut self, offset: u32) -> u32 {
        self.mmio_read(offset)
    }
}

/// Records every write, and forwards it: to replay one scenario on a second engine.
pub struct RecordingBar<'a, B: Bar + ?Sized> {
    pub inner: &'a mut B,
    pub writes: Vec<(u32, u32)>,
}

impl<B: Bar + ?Sized> Bar for RecordingBar<'_, B> {
    fn write32(&mut self, offset: u32, value: u32) {
        self.writes.push((offset, value));
        self.inner.write32(offset, value);
    }
    fn read32(&mut self, offset: u32) -> u32 {
        self.inner.read32(offset)
    }
}

/// A process: a protection domain and its translation table.
#[derive(Clone, Copy, Debug)]
pub struct Process {
    pub pd: ProtectionDomain,
    pub space: AddressSpace,
}

/// A registered region and the shortcuts minted for it, one per table block.
#[derive(Clone, Debug)]
pub struct Region {
    pub va: VirtAddr,
    pub len: u64,
    pub slot: u16,
    pub level: Level,
    pub shortcuts: Vec<(VirtAddr, Shortcut)>,
}

impl Region {
    /// The shortcut for the block holding `va`.
    pub fn shortcut_for(&self, va: VirtAddr) -> Shortcut {
        let shift = self.level.block_shift();
        self.shortcuts
            .iter()
            .find(|(start, _)| start.0 >> shift == va.0 >> shift)
            .map(|(_, s)| *s)
            .unwrap_or(Shortcut::NONE)
    }
    pub fn buffer(&self, offset: u64) -> viaduct_abi::BufferRef {
        let va = VirtAddr(self.va.0 + offset);
        viaduct_abi::BufferRef { va, shortcut: self.shortcut_for(va) }
    }
}

/// Software's side of one VI: its indexes and completion queue.
#[derive(Clone, Copy, Debug)]
pub struct ViHandle {
    pub vi: u32,
    pub sq_tail: u16,
    pub cq_head: u16,
    pub cq_base: PhysAddr,
    pub cq_log2: u32,
}

/// Options of a registration.
#[derive(Clone, Copy, Debug)]
pub struct RegisterOptions {
    pub rights: Rights,
    pub level: Level,
    /// The one VI allowed, or any VI of the domain.
    pub vi: Option<u8>,
    /// The domain allowed to use the region (by default the owner's).
    pub user_pd: Option<ProtectionDomain>,
    /// The key slot its shortcuts are sealed for.
    pub key_slot: u32,
}

impl Default for RegisterOptions {
    fn default() -> Self {
        RegisterOptions { rights: Rights::READ_WRITE, level: Level::Pt, vi: None, user_pd: None, key_slot: 0 }
    }
}

/// splitmix64: deterministic key material from a seed.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

pub struct Scenario {
    pub cfg: EngineConfig,
    pub frames: FrameAllocator,
    keys: Vec<Option<(Key, u8)>>,
    slot_generations: Vec<u8>,
    slot_used: Vec<bool>,
    rng: u64,
}

impl Scenario {
    /// Frames for tables, buffers and queues come from `[16 MiB, 64 GiB)`.
    pub fn new(cfg: EngineConfig, seed: u64) -> Self {
        Scenario {
            cfg,
            frames: FrameAllocator::new(PhysAddr(16 << 20), PhysAddr(64 << 30)),
            keys: vec![None; cfg.key_slots as usize],
            slot_generations: vec![0; cfg.prot_entries as usize],
            slot_used: vec![false; cfg.prot_entries as usize],
            rng: seed,
        }
    }

    /// Enable the engine with both caches on and a fresh key in every slot.
    pub fn init(&mut self, bar: &mut dyn Bar) {
        for slot in 0..self.cfg.key_slots {
            self.rotate_key(bar, slot);
        }
        bar.write32(global::CONTROL, global::CONTROL::ENABLE.put(1) | 0b110);
    }

    pub fn random_key(&mut self) -> Key {
        Key { k0: splitmix(&mut self.rng), l0: splitmix(&mut self.rng) }
    }

    /// Install `key` in `slot` with `generation`.
    pub fn install_key(&mut self, bar: &mut dyn Bar, slot: u32, key: Key, generation: u8) {
        bar.write32(global::KEY_SELECT, slot);
        for (i, w) in key.words().iter().enumerate() {
            bar.write32(global::KEY_DATA0 + 4 * i as u32, *w);
        }
        bar.write32(global::KEY_COMMIT, u32::from(generation));
        self.keys[slot as usize] = Some((key, generation));
    }

    /// A new random key with the next generation.
    pub fn rotate_key(&mut self, bar: &mut dyn Bar, slot: u32) {
        let generation = self.keys[slot as usize].map_or(1, |(_, g)| g.wrapping_add(1));
        let key = self.random_key();
        self.install_key(bar, slot, key, generation);
    }

    pub fn key(&self, slot: u32) -> Option<(Key, u8)> {
        self.keys[slot as usize]
    }

    pub fn new_process(&mut self, mem: &mut dyn Memory, pd: u16) -> Result<Process, MapError> {
        let pd = ProtectionDomain::new(pd).map_err(|_| MapError::NotMapped(VirtAddr(0)))?;
        Ok(Process { pd, space: AddressSpace::new(mem, &mut self.frames)? })
    }

    /// Back `[va, va + len)` with fresh frames of `size` (writable, not pinned); `va` and
    /// `len` are rounded out to `size`.
    pub fn map(
        &mut self,
        mem: &mut dyn Memory,
        p: &Process,
        va: VirtAddr,
        len: u64,
        size: PageSize,
        leaf_flags: u64,
    ) -> Result<(), MapError> {
        let start = va.align_down(size.shift()).0;
        let end = (va.0 + len).next_multiple_of(size.bytes());
        for page in (start..end).step_by(size.bytes() as usize) {
            let pa = self.frames.alloc(size)?;
            p.space.map(mem, &mut self.frames, VirtAddr(page), pa, size, leaf_flags | flags::USER)?;
        }
        Ok(())
    }

    /// Set or clear the pinned bit on every mapped page of `[va, va + len)` (pages that are
    /// not mapped are skipped).
    pub fn set_pinned(
        &self,
        mem: &mut dyn Memory,
        p: &Process,
        va: VirtAddr,
        len: u64,
        pinned: bool,
    ) -> Result<(), MapError> {
        let mut at = va.align_down(12).0;
        while at < va.0 + len {
            let size = match p.space.leaf(mem, VirtAddr(at)) {
                Ok((_, _, size)) => size,
                Err(MapError::NotMapped(_)) => {
                    at += 4096;
                    continue;
                }
                Err(e) => return Err(e),
            };
            let (set, clear) = if pinned { (flags::PINNED, 0) } else { (0, flags::PINNED) };
            p.space.update_leaf(mem, VirtAddr(at), set, clear)?;
            at = VirtAddr(at).align_down(size.shift()).0 + size.bytes();
        }
        Ok(())
    }

    /// Register `[va, va + len)` of `p` (R1): pin every page, program a protection entry and
    /// mint one shortcut per block of `opts.level`.
    pub fn register(
        &mut self,
        bar: &mut dyn Bar,
        mem: &mut dyn Memory,
        p: &Process,
        va: VirtAddr,
        len: u64,
        opts: RegisterOptions,
    ) -> Result<Region, MapError> {
        self.set_pinned(mem, p, va, len, true)?;
        let slot = self.slot_used.iter().position(|u| !u).ok_or(MapError::OutOfFrames)? as u16;
        self.slot_used[slot as usize] = true;
        let generation = self.slot_generations[slot as usize].wrapping_add(1);
        self.slot_generations[slot as usize] = generation;
        let user_pd = opts.user_pd.unwrap_or(p.pd);
        let entry = ProtectionEntry::new(va, VirtAddr(va.0 + len), user_pd, opts.rights, opts.vi, generation)
            .map_err(|_| MapError::NotMapped(va))?;
        self.write_protection(bar, slot, &entry);
        let (key, key_generation) = self.keys[opts.key_slot as usize].expect("key installed");
        let shift = opts.level.block_shift();
        let mut shortcuts = Vec::new();
        let mut block = va.0 >> shift << shift;
        while block < va.0 + len {
            let at = VirtAddr(block.max(va.0));
            let table = p.space.table_for(mem, at, opts.level)?;
            let fields = ShortcutFields::for_va(
                table,
                opts.level,
                at,
                opts.rights,
                slot,
                user_pd,
                key_generation,
                generation,
            )
            .map_err(|_| MapError::NotMapped(at))?;
            shortcuts.push((at, fields.seal(key)));
            block += 1 << shift;
        }
        Ok(Region { va, len, slot, level: opts.level, shortcuts })
    }

    pub fn write_protection(&mut self, bar: &mut dyn Bar, slot: u16, entry: &ProtectionEntry) {
        bar.write32(global::PROT_INDEX, u32::from(slot));
        for (i, w) in entry.register_words().iter().enumerate() {
            bar.write32(global::PROT_DATA0 + 4 * i as u32, *w);
        }
        bar.write32(global::PROT_COMMIT, global::PROT_COMMIT::WRITE.put(1));
    }

    /// Deregister (R10): invalidate the protection entry (which drops its cached
    /// translations), then unpin the pages.
    pub fn deregister(
        &mut self,
        bar: &mut dyn Bar,
        mem: &mut dyn Memory,
        p: &Process,
        r: &Region,
    ) -> Result<(), MapError> {
        self.write_protection(bar, r.slot, &ProtectionEntry::INVALID);
        self.slot_used[r.slot as usize] = false;
        self.set_pinned(mem, p, r.va, r.len, false)
    }

    /// Configure and enable VI `vi` for `pd` with a completion queue of `2^cq_log2` entries.
    pub fn open_vi(
        &mut self,
        bar: &mut dyn Bar,
        mem: &mut dyn Memory,
        vi: u32,
        pd: ProtectionDomain,
        key_slot: u32,
        cq_log2: u32,
    ) -> Result<ViHandle, MapError> {
        let bytes = (COMPLETION_SIZE as u64) << cq_log2;
        let cq_base = self.alloc_contiguous(bytes)?;
        mem.write(cq_base, &vec![0u8; bytes as usize])?;
        bar.write32(regs::vi_config(vi, vi_cfg::VI_CTRL), 0);
        bar.write32(regs::vi_config(vi, vi_cfg::VI_RESET), 1);
        bar.write32(regs::vi_config(vi, vi_cfg::VI_PD), u32::from(pd.id()));
        bar.write32(regs::vi_config(vi, vi_cfg::VI_KEY_SLOT), key_slot);
        bar.write32(regs::vi_config(vi, vi_cfg::VI_CQ_SIZE), cq_log2);
        bar.write32(regs::vi_config(vi, vi_cfg::VI_CQ_BASE_LO), cq_base.0 as u32);
        bar.write32(regs::vi_config(vi, vi_cfg::VI_CQ_BASE_HI), (cq_base.0 >> 32) as u32);
        bar.write32(regs::vi_config(vi, vi_cfg::VI_CTRL), vi_cfg::VI_CTRL::ENABLE.put(1));
        Ok(ViHandle { vi, sq_tail: 0, cq_head: 0, cq_base, cq_log2 })
    }

    /// Physically contiguous memory of at least `bytes`, from naturally aligned blocks.
    pub fn alloc_contiguous(&mut self, bytes: u64) -> Result<PhysAddr, MapError> {
        let size = if bytes <= 4096 {
            PageSize::Size4K
        } else if bytes <= 2 << 20 {
            PageSize::Size2M
        } else {
            PageSize::Size1G
        };
        self.frames.alloc(size)
    }

    /// Write `d` into the VI's next descriptor slot (without ringing).
    pub fn post(&self, bar: &mut dyn Bar, h: &mut ViHandle, d: &Descriptor) {
        self.post_raw(bar, h, &d.encode());
    }

    pub fn post_raw(&self, bar: &mut dyn Bar, h: &mut ViHandle, raw: &viaduct_abi::RawDescriptor) {
        let slot = u32::from(h.sq_tail) % self.cfg.queue_depth;
        for (i, w) in raw.dwords().iter().enumerate() {
            bar.write32(regs::desc_slot(h.vi, slot) + 4 * i as u32, *w);
        }
        h.sq_tail = h.sq_tail.wrapping_add(1);
    }

    /// Ring the doorbell with everything posted so far.
    pub fn ring(&self, bar: &mut dyn Bar, h: &ViHandle) {
        bar.write32(regs::vi_page(h.vi, vi_page::SQ_TAIL), u32::from(h.sq_tail));
    }

    /// Take every new completion of the VI (by phase) and return the CQ_HEAD doorbell.
    pub fn completions(&self, bar: &mut dyn Bar, mem: &dyn Memory, h: &mut ViHandle) -> Vec<Completion> {
        let mut out = Vec::new();
        loop {
            let slot = u64::from(h.cq_head) % (1 << h.cq_log2);
            let mut bytes = [0u8; COMPLETION_SIZE];
            if mem.read(PhysAddr(h.cq_base.0 + slot * COMPLETION_SIZE as u64), &mut bytes).is_err() {
                break;
            }
            let expect_phase = (u32::from(h.cq_head) >> h.cq_log2) & 1 == 0;
            if Completion::phase_of(&bytes) != Ok(expect_phase) {
                break;
            }
            match Completion::from_bytes(&bytes) {
                Ok(c) => out.push(c),
                Err(_) => break,
            }
            h.cq_head = h.cq_head.wrapping_add(1);
        }
        if !out.is_empty() {
            bar.write32(regs::vi_page(h.vi, vi_page::CQ_HEAD), u32::from(h.cq_head));
        }
        out
    }

    /// Read `len` bytes at `va` of `p` through its page table (the CPU's view).
    pub fn read_va(
        &self,
        mem: &dyn Memory,
        p: &Process,
        va: VirtAddr,
        len: usize,
    ) -> Result<Vec<u8>, MapError> {
        let mut out = vec![0u8; len];
        for_each_page(mem, p, va, len, |pa, range| mem.read(pa, &mut out[range]))?;
        Ok(out)
    }

    pub fn write_va(
        &self,
        mem: &mut dyn Memory,
        p: &Process,
        va: VirtAddr,
        data: &[u8],
    ) -> Result<(), MapError> {
        let mut pieces = Vec::new();
        for_each_page(mem, p, va, data.len(), |pa, range| {
            pieces.push((pa, range));
            Ok(())
        })?;
        for (pa, range) in pieces {
            mem.write(pa, &data[range])?;
        }
        Ok(())
    }
}

/// Call `f(pa, range)` for each 4 KiB piece of `[va, va + len)`.
fn for_each_page(
    mem: &dyn Memory,
    p: &Process,
    va: VirtAddr,
    len: usize,
    mut f: impl FnMut(PhysAddr, std::ops::Range<usize>) -> Result<(), crate::MemError>,
) -> Result<(), MapError> {
    let mut done = 0usize;
    while done < len {
        let at = VirtAddr(va.0 + done as u64);
        let n = ((4096 - at.0 % 4096) as usize).min(len - done);
        match p.space.translate(mem, at)? {
            Translation::Mapped { pa, .. } => f(pa, done..done + n)?,
            _ => return Err(MapError::NotMapped(at)),
        }
        done += n;
    }
    Ok(())
}
