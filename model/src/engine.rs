//! The engine as a transaction-level model: register file, VI queues, round-robin scheduler,
//! admission checks, data movement and completions. Given the same register writes, host
//! memory and port traffic, it produces the bytes, completions and counters the RTL must.
//!
//! Scheduling (what the RTL matches): while CONTROL.ENABLE is set, the engine picks VIs in
//! round-robin order starting after the last one served, and runs one descriptor of the
//! first eligible VI to completion. A VI is eligible when it has a posted descriptor and room
//! in its completion queue, and, if its next descriptor is a NET_RECV, a frame is waiting.
//! A disabled VI with posted descriptors is eligible too: they complete as `Flushed`.

use crate::admission::{AdmissionContext, admit};
use crate::counters::Counters;
use crate::memory::{DmaPort, HostFault};
use crate::ports::{MemStorage, Network, StorageLog, StorageTarget};
use crate::translation::TranslationUnit;
use viaduct_abi::descriptor::desc_flags;
use viaduct_abi::regs::{self, Decoded, global, vi_cfg, vi_page};
use viaduct_abi::stream::{NetFrame, StorageCommand, StorageOp};
use viaduct_abi::transfer::chunks;
use viaduct_abi::{
    AbiError, Access, BufferRef, Completion, Counter, EngineConfig, Key, Opcode, Operation, PhysAddr,
    ProtectionDomain, ProtectionEntry, RawDescriptor, ShortcutFields, Status, VirtAddr,
};

const CONTROL_RESET: u32 = 0b110;
const WATCHDOG_RESET: u32 = 1 << 16;
/// Completion queues have at most 2^15 entries, so the phase follows from a 16-bit index.
const CQ_LOG2_MAX: u32 = 15;

#[derive(Clone, Copy, Debug, Default)]
struct KeySlot {
    key: Key,
    generation: u8,
    valid: bool,
}

/// The state of one VI.
#[derive(Clone, Debug, Default)]
pub struct ViState {
    pub enabled: bool,
    pub irq_enabled: bool,
    pub pd: ProtectionDomain,
    pub key_slot: u32,
    pub cq_log2: u32,
    pub cq_base: u64,
    pub irq_moderation: u32,
    pub irq_vector: u32,
    pub sq_head: u16,
    pub sq_tail: u16,
    pub cq_head: u16,
    pub cq_tail: u16,
    pub overflow: bool,
    pub cq_write_error: bool,
    irq_pending: u32,
    slots: Vec<[u32; 16]>,
}

impl ViState {
    fn new(depth: u32) -> Self {
        ViState { slots: vec![[0; 16]; depth as usize], ..Default::default() }
    }
    fn pending(&self) -> u16 {
        self.sq_tail.wrapping_sub(self.sq_head)
    }
    fn cq_size(&self) -> u32 {
        1 << self.cq_log2.min(CQ_LOG2_MAX)
    }
    fn cq_full(&self) -> bool {
        u32::from(self.cq_tail.wrapping_sub(self.cq_head)) >= self.cq_size()
    }
    fn phase(&self) -> bool {
        (u32::from(self.cq_tail) >> self.cq_log2.min(CQ_LOG2_MAX)) & 1 == 0
    }
    fn head_slot(&self) -> &[u32; 16] {
        &self.slots[self.sq_head as usize % self.slots.len()]
    }
}

/// An interrupt the engine raised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interrupt {
    pub vi: u16,
    pub vector: u32,
}

/// How a descriptor ended, before it is written as a completion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Outcome {
    status: Status,
    bytes_done: u32,
    fault_va: VirtAddr,
    fault_on_dst: bool,
}

impl Outcome {
    const fn ok(bytes: u32) -> Self {
        Outcome { status: Status::Ok, bytes_done: bytes, fault_va: VirtAddr(0), fault_on_dst: false }
    }
    const fn fail(status: Status, bytes_done: u64, fault_va: VirtAddr, access: Access) -> Self {
        Outcome {
            status,
            bytes_done: bytes_done as u32,
            fault_va,
            fault_on_dst: matches!(access, Access::Write),
        }
    }
}

/// Where the bytes of a transfer come from.
enum Source<'a> {
    Memory(ShortcutFields, VirtAddr),
    Bytes(&'a [u8]),
    Storage(u64),
}

/// Where they go.
enum Sink {
    Memory(ShortcutFields, VirtAddr),
    Network(Vec<u8>),
    Storage(u64),
}

pub struct Engine {
    cfg: EngineConfig,
    control: u32,
    watchdog: u32,
    key_select: u32,
    key_staging: [u32; 4],
    keys: Vec<KeySlot>,
    prot_index: u32,
    prot_staging: [u32; 4],
    prot: Vec<ProtectionEntry>,
    vis: Vec<ViState>,
    translation: TranslationUnit,
    counters: Counters,
    counter_latch: u32,
    rr_next: usize,
    /// Frames waiting to be received and frames sent.
    pub network: Network,
    /// Commands the storage port issued.
    pub storage_log: StorageLog,
    storage: Box<dyn StorageTarget + Send>,
    /// Interrupts raised, in order.
    pub interrupts: Vec<Interrupt>,
}

impl Engine {
    /// An engine in its reset state with an empty 64 MiB storage target.
    pub fn new(cfg: EngineConfig) -> Result<Self, AbiError> {
        Self::with_storage(cfg, Box::new(MemStorage::new(64 << 20)))
    }

    pub fn with_storage(cfg: EngineConfig, storage: Box<dyn StorageTarget + Send>) -> Result<Self, AbiError> {
        let cfg = cfg.validate()?;
        Ok(Engine {
            cfg,
            control: CONTROL_RESET,
            watchdog: WATCHDOG_RESET,
            key_select: 0,
            key_staging: [0; 4],
            keys: vec![KeySlot::default(); cfg.key_slots as usize],
            prot_index: 0,
            prot_staging: [0; 4],
            prot: vec![ProtectionEntry::INVALID; cfg.prot_entries as usize],
            vis: (0..cfg.vi_count).map(|_| ViState::new(cfg.queue_depth)).collect(),
            translation: TranslationUnit::new(&cfg),
            counters: Counters::default(),
            counter_latch: 0,
            rr_next: 0,
            network: Network::default(),
            storage_log: StorageLog::default(),
            storage,
            interrupts: Vec::new(),
        })
    }

    pub fn config(&self) -> &EngineConfig {
        &self.cfg
    }
    pub fn counters(&self) -> &Counters {
        &self.counters
    }
    pub fn counter(&self, c: Counter) -> u64 {
        self.counters.get(c)
    }
    pub fn vi(&self, vi: usize) -> &ViState {
        &self.vis[vi]
    }
    pub fn storage(&mut self) -> &mut (dyn StorageTarget + Send) {
        &mut *self.storage
    }
    pub fn translation(&self) -> &TranslationUnit {
        &self.translation
    }

    fn soft_reset(&mut self) {
        let fresh =
            Engine::with_storage(self.cfg, Box::new(MemStorage::default())).expect("validated config");
        let storage = std::mem::replace(&mut self.storage, fresh.storage);
        let network = std::mem::take(&mut self.network);
        let log = std::mem::take(&mut self.storage_log);
        let interrupts = std::mem::take(&mut self.interrupts);
        *self = Engine { storage, network, storage_log: log, interrupts, ..fresh };
    }

    fn sync_control(&mut self) {
        self.translation.iotlb_enabled = global::CONTROL::IOTLB_ENABLE.get(self.control) != 0;
        self.translation.line_cache_enabled = global::CONTROL::LINE_CACHE_ENABLE.get(self.control) != 0;
    }

    /// A 32-bit register write at `offset` in BAR0.
    pub fn mmio_write(&mut self, offset: u32, value: u32) {
        match regs::decode(offset, self.cfg.vi_count, self.cfg.queue_depth) {
            Decoded::Global(reg) => self.write_global(reg, value),
            Decoded::ViConfig { vi, reg } => self.write_vi_config(vi as usize, reg, value),
            Decoded::ViPage { vi, reg } => self.write_vi_page(vi as usize, reg, value),
            Decoded::DescWindow { vi, slot, dword } => {
                self.vis[vi as usize].slots[slot as usize][dword as usize] = value;
            }
            Decoded::Counter { .. } | Decoded::Unmapped => {}
        }
    }

    fn write_global(&mut self, reg: u32, value: u32) {
        match reg {
            global::CONTROL => {
                self.control = value & 0b111;
                self.sync_control();
            }
            global::SOFT_RESET if global::SOFT_RESET::RESET.get(value) != 0 => self.soft_reset(),
            global::KEY_SELECT => self.key_select = global::KEY_SELECT::SLOT.get(value),
            global::KEY_DATA0..=global::KEY_DATA3 => {
                self.key_staging[((reg - global::KEY_DATA0) / 4) as usize] = value;
            }
            global::KEY_COMMIT => {
                if let Some(slot) = self.keys.get_mut(self.key_select as usize) {
                    *slot = KeySlot {
                        key: Key::from_words(self.key_staging),
                        generation: global::KEY_COMMIT::GENERATION.get(value) as u8,
                        valid: true,
                    };
                    self.counters.bump(Counter::KeyCommits);
                    self.counters.bump(Counter::Invalidations);
                    self.translation.invalidate_all();
                }
                self.key_staging = [0; 4];
            }
            global::PROT_INDEX => self.prot_index = global::PROT_INDEX::SLOT.get(value),
            global::PROT_DATA0..=global::PROT_DATA3 => {
                self.prot_staging[((reg - global::PROT_DATA0) / 4) as usize] = value;
            }
            global::PROT_COMMIT => {
                let index = self.prot_index as usize;
                if index < self.prot.len() {
                    if global::PROT_COMMIT::WRITE.get(value) != 0 {
                        self.prot[index] = ProtectionEntry::from_register_words(self.prot_staging);
                        self.translation.invalidate_slot(index as u16);
                    }
                    if global::PROT_COMMIT::READ.get(value) != 0 {
                        self.prot_staging = self.prot[index].register_words();
                    }
                }
            }
            global::INVALIDATE => {
                if global::INVALIDATE::ALL.get(value) != 0 {
                    self.translation.invalidate_all();
                } else {
                    self.translation.invalidate_slot(global::INVALIDATE::SLOT.get(value) as u16);
                }
                self.counters.bump(Counter::Invalidations);
            }
            global::WATCHDOG => self.watchdog = value,
            _ => {}
        }
    }

    fn write_vi_config(&mut self, vi: usize, reg: u32, value: u32) {
        let v = &mut self.vis[vi];
        match reg {
            vi_cfg::VI_CTRL => {
                v.enabled = vi_cfg::VI_CTRL::ENABLE.get(value) != 0;
                v.irq_enabled = vi_cfg::VI_CTRL::IRQ_ENABLE.get(value) != 0;
            }
            vi_cfg::VI_PD => v.pd = ProtectionDomain::from_masked(vi_cfg::VI_PD::PD.get(value) as u16),
            vi_cfg::VI_KEY_SLOT => v.key_slot = vi_cfg::VI_KEY_SLOT::SLOT.get(value),
            vi_cfg::VI_CQ_SIZE => v.cq_log2 = vi_cfg::VI_CQ_SIZE::LOG2.get(value),
            vi_cfg::VI_CQ_BASE_LO => v.cq_base = (v.cq_base & !0xffff_ffff) | u64::from(value),
            vi_cfg::VI_CQ_BASE_HI => v.cq_base = (v.cq_base & 0xffff_ffff) | u64::from(value) << 32,
            vi_cfg::VI_IRQ_MODERATION => v.irq_moderation = value,
            vi_cfg::VI_IRQ_VECTOR => v.irq_vector = vi_cfg::VI_IRQ_VECTOR::VECTOR.get(value),
            vi_cfg::VI_RESET if vi_cfg::VI_RESET::RESET.get(value) != 0 && !v.enabled => {
                v.sq_head = 0;
                v.sq_tail = 0;
                v.cq_head = 0;
                v.cq_tail = 0;
                v.overflow = false;
                v.cq_write_error = false;
                v.irq_pending = 0;
            }
            _ => {}
        }
    }

    fn write_vi_page(&mut self, vi: usize, reg: u32, value: u32) {
        let depth = self.cfg.queue_depth as u16;
        let v = &mut self.vis[vi];
        match reg {
            vi_page::SQ_TAIL => {
                let tail = vi_page::SQ_TAIL::INDEX.get(value) as u16;
                if !v.enabled {
                    self.counters.bump(Counter::DoorbellsIgnored);
                } else if tail.wrapping_sub(v.sq_head) > depth {
                    v.overflow = true;
                    self.counters.bump(Counter::QueueOverflows);
                } else {
                    v.sq_tail = tail;
                    self.counters.bump(Counter::Doorbells);
                }
            }
            vi_page::CQ_HEAD => v.cq_head = vi_page::CQ_HEAD::INDEX.get(value) as u16,
            _ => {}
        }
    }

    /// A 32-bit register read at `offset` in BAR0. Keys never read back.
    pub fn mmio_read(&mut self, offset: u32) -> u32 {
        match regs::decode(offset, self.cfg.vi_count, self.cfg.queue_depth) {
            Decoded::Global(reg) => self.read_global(reg),
            Decoded::Counter { index, high } => {
                if high {
                    self.counter_latch
                } else {
                    let v = self.counters.0[index];
                    self.counter_latch = (v >> 32) as u32;
                    v as u32
                }
            }
            Decoded::ViConfig { vi, reg } => {
                let v = &self.vis[vi as usize];
                match reg {
                    vi_cfg::VI_CTRL => {
                        vi_cfg::VI_CTRL::ENABLE.put(v.enabled as u32)
                            | vi_cfg::VI_CTRL::IRQ_ENABLE.put(v.irq_enabled as u32)
                    }
                    vi_cfg::VI_PD => u32::from(v.pd.id()),
                    vi_cfg::VI_KEY_SLOT => v.key_slot,
                    vi_cfg::VI_CQ_SIZE => v.cq_log2,
                    vi_cfg::VI_CQ_BASE_LO => v.cq_base as u32,
                    vi_cfg::VI_CQ_BASE_HI => (v.cq_base >> 32) as u32,
                    vi_cfg::VI_IRQ_MODERATION => v.irq_moderation,
                    vi_cfg::VI_IRQ_VECTOR => v.irq_vector,
                    _ => 0,
                }
            }
            Decoded::ViPage { vi, reg } => {
                let v = &self.vis[vi as usize];
                match reg {
                    vi_page::SQ_TAIL => u32::from(v.sq_tail),
                    vi_page::SQ_HEAD => u32::from(v.sq_head),
                    vi_page::CQ_HEAD => u32::from(v.cq_head),
                    vi_page::CQ_TAIL => u32::from(v.cq_tail) | vi_page::CQ_TAIL::PHASE.put(v.phase() as u32),
                    vi_page::STATUS => {
                        use vi_page::STATUS::*;
                        ENABLED.put(v.enabled as u32)
                            | OVERFLOW.put(v.overflow as u32)
                            | CQ_FULL.put(v.cq_full() as u32)
                            | CQ_WRITE_ERROR.put(v.cq_write_error as u32)
                    }
                    vi_page::PD => u32::from(v.pd.id()),
                    vi_page::QUEUE_INFO => {
                        vi_page::QUEUE_INFO::SQ_DEPTH.put(self.cfg.queue_depth)
                            | vi_page::QUEUE_INFO::CQ_LOG2.put(v.cq_log2)
                    }
                    _ => 0,
                }
            }
            Decoded::DescWindow { .. } | Decoded::Unmapped => 0,
        }
    }

    fn read_global(&self, reg: u32) -> u32 {
        let caps = self.cfg.caps();
        match reg {
            global::ID => regs::ID_VALUE,
            global::VERSION => regs::VERSION_VALUE,
            global::CAPS0 => caps[0],
            global::CAPS1 => caps[1],
            global::CAPS2 => caps[2],
            global::CONTROL => self.control,
            global::STATUS => global::STATUS::IDLE.put(1),
            global::KEY_SELECT => self.key_select,
            global::KEY_STATE => match self.keys.get(self.key_select as usize) {
                Some(k) => {
                    global::KEY_STATE::GENERATION.put(u32::from(k.generation))
                        | global::KEY_STATE::VALID.put(k.valid as u32)
                }
                None => 0,
            },
            global::PROT_INDEX => self.prot_index,
            global::PROT_DATA0..=global::PROT_DATA3 => {
                self.prot_staging[((reg - global::PROT_DATA0) / 4) as usize]
            }
            global::WATCHDOG => self.watchdog,
            _ => 0,
        }
    }

    fn eligible(&self, vi: usize) -> bool {
        let v = &self.vis[vi];
        if v.pending() == 0 || v.cq_full() {
            return false;
        }
        let waits_for_frame = (v.head_slot()[0] & 0xff) as u8 == Opcode::NetRecv.code();
        !(v.enabled && waits_for_frame && self.network.rx.is_empty())
    }

    /// Run one descriptor of the next eligible VI; `None` when nothing can run.
    pub fn step(&mut self, dma: &mut dyn DmaPort) -> Option<Completion> {
        if global::CONTROL::ENABLE.get(self.control) == 0 {
            return None;
        }
        let n = self.vis.len();
        let vi = (0..n).map(|k| (self.rr_next + k) % n).find(|&v| self.eligible(v))?;
        self.rr_next = (vi + 1) % n;
        Some(self.run_one(dma, vi))
    }

    /// Run until no VI can make progress; returns the completions written, in order.
    pub fn run(&mut self, dma: &mut dyn DmaPort) -> Vec<Completion> {
        let mut done = Vec::new();
        while let Some(c) = self.step(dma) {
            done.push(c);
        }
        self.fire_moderation_timers();
        done
    }

    /// At quiescence every timer-moderated interrupt has fired.
    fn fire_moderation_timers(&mut self) {
        for (i, v) in self.vis.iter_mut().enumerate() {
            let timer = vi_cfg::VI_IRQ_MODERATION::TIMER.get(v.irq_moderation);
            if v.irq_pending > 0 && timer != 0 {
                v.irq_pending = 0;
                self.interrupts.push(Interrupt { vi: i as u16, vector: v.irq_vector });
                self.counters.bump(Counter::Interrupts);
            }
        }
    }

    fn run_one(&mut self, dma: &mut dyn DmaPort, vi: usize) -> Completion {
        let v = &mut self.vis[vi];
        let raw = RawDescriptor::from_dwords(v.head_slot());
        let sq_index = v.sq_head;
        v.sq_head = v.sq_head.wrapping_add(1);
        let outcome = if v.enabled {
            self.execute(dma, vi, &raw)
        } else {
            Outcome { status: Status::Flushed, ..Outcome::ok(0) }
        };
        self.complete(dma, vi, &raw, sq_index, outcome)
    }

    fn complete(
        &mut self,
        dma: &mut dyn DmaPort,
        vi: usize,
        raw: &RawDescriptor,
        sq_index: u16,
        o: Outcome,
    ) -> Completion {
        let v = &mut self.vis[vi];
        let c = Completion {
            tag: raw.tag(),
            fault_va: o.fault_va,
            bytes_done: o.bytes_done,
            status: o.status,
            opcode: raw.opcode_byte(),
            sq_index,
            vi: vi as u16,
            fault_on_dst: o.fault_on_dst,
            phase: v.phase(),
        };
        let slot = u64::from(v.cq_tail) % u64::from(v.cq_size());
        let at = PhysAddr(v.cq_base.wrapping_add(slot * viaduct_abi::completion::COMPLETION_SIZE as u64));
        if dma.dma_write(at, &c.to_bytes()).is_err() {
            v.cq_write_error = true;
        }
        v.cq_tail = v.cq_tail.wrapping_add(1);
        self.counters.bump(Counter::Completions);
        self.counters.add(Counter::Bytes, u64::from(o.bytes_done));
        if !o.status.is_ok() {
            self.counters.bump(Counter::Failures);
            self.counters.bump(Counter::Errors(o.status));
        }
        if raw.flags() & desc_flags::INTERRUPT != 0 && v.irq_enabled {
            v.irq_pending += 1;
            let threshold = vi_cfg::VI_IRQ_MODERATION::COUNT.get(v.irq_moderation).max(1);
            if v.irq_pending >= threshold {
                v.irq_pending = 0;
                self.interrupts.push(Interrupt { vi: vi as u16, vector: v.irq_vector });
                self.counters.bump(Counter::Interrupts);
            }
        }
        c
    }

    /// Admission of one buffer of a descriptor posted on `vi`.
    fn admit(
        &self,
        vi: usize,
        buf: BufferRef,
        len: u64,
        access: Access,
    ) -> Result<ShortcutFields, (Status, VirtAddr)> {
        let v = &self.vis[vi];
        let key = self.keys.get(v.key_slot as usize).filter(|k| k.valid).map(|k| (k.key, k.generation));
        admit(&AdmissionContext { key, pd: v.pd, vi: vi as u32, protection: &self.prot }, buf, len, access)
    }

    fn execute(&mut self, dma: &mut dyn DmaPort, vi: usize, raw: &RawDescriptor) -> Outcome {
        let desc = match raw.decode() {
            Ok(d) => d,
            Err(e) => return Outcome::fail(e.status(), 0, VirtAddr(0), Access::Read),
        };
        let len = u64::from(desc.op.len());
        let mut admitted = Vec::with_capacity(2);
        for (buf, access) in desc.op.buffers() {
            match self.admit(vi, buf, len, access) {
                Ok(f) => admitted.push(f),
                Err((status, fault_va)) => return Outcome::fail(status, 0, fault_va, access),
            }
        }
        match desc.op {
            Operation::Nop => Outcome::ok(0),
            Operation::Copy { src, dst, .. } => self.transfer(
                dma,
                vi,
                Source::Memory(admitted[0], src.va),
                Sink::Memory(admitted[1], dst.va),
                len,
            ),
            Operation::WriteInline { dst, data, .. } => self.transfer(
                dma,
                vi,
                Source::Bytes(&data[..len as usize]),
                Sink::Memory(admitted[0], dst.va),
                len,
            ),
            Operation::NetSend { src, .. } => {
                self.transfer(dma, vi, Source::Memory(admitted[0], src.va), Sink::Network(Vec::new()), len)
            }
            Operation::NetRecv { dst, .. } => {
                let frame = self.network.rx.pop_front().expect("eligible only with a frame waiting");
                self.counters.bump(Counter::FramesReceived);
                let take = len.min(frame.len() as u64);
                let o = self.transfer(
                    dma,
                    vi,
                    Source::Bytes(&frame[..take as usize]),
                    Sink::Memory(admitted[0], dst.va),
                    take,
                );
                if o.status.is_ok() && frame.len() as u64 > len {
                    Outcome { status: Status::NetRxTruncated, ..o }
                } else {
                    o
                }
            }
            Operation::Store { src, offset, .. } => {
                self.transfer(dma, vi, Source::Memory(admitted[0], src.va), Sink::Storage(offset), len)
            }
            Operation::Load { dst, offset, .. } => {
                self.transfer(dma, vi, Source::Storage(offset), Sink::Memory(admitted[0], dst.va), len)
            }
        }
    }

    /// Move `len` bytes chunk by chunk; each chunk is translated and checked before it moves.
    fn transfer(
        &mut self,
        dma: &mut dyn DmaPort,
        vi: usize,
        src: Source<'_>,
        sink: Sink,
        len: u64,
    ) -> Outcome {
        let mut sink = sink;
        let starts: Vec<u64> = [&src_va(&src), &sink_va(&sink)].into_iter().flatten().map(|v| v.0).collect();
        let mut outcome = Outcome::ok(len as u32);
        for (off, n) in chunks(&starts, len) {
            if let Err(o) = self.move_chunk(dma, &src, &mut sink, off, n) {
                outcome = o;
                break;
            }
        }
        if let Sink::Network(data) = sink
            && (outcome.status.is_ok() || !data.is_empty())
        {
            let aborted = !outcome.status.is_ok();
            self.network.tx.push(NetFrame { vi: vi as u16, data, aborted });
            if !aborted {
                self.counters.bump(Counter::FramesSent);
            }
        }
        outcome
    }

    fn move_chunk(
        &mut self,
        dma: &mut dyn DmaPort,
        src: &Source<'_>,
        sink: &mut Sink,
        off: u64,
        n: u64,
    ) -> Result<(), Outcome> {
        let fail = |status, va: VirtAddr, access| Outcome::fail(status, off, VirtAddr(va.0 + off), access);
        let src_pa = match src {
            Source::Memory(f, va) => Some(
                self.translation
                    .translate(dma, &mut self.counters, f, VirtAddr(va.0 + off), Access::Read)
                    .map_err(|s| fail(s, *va, Access::Read))?,
            ),
            _ => None,
        };
        let dst_pa = match sink {
            Sink::Memory(f, va) => Some(
                self.translation
                    .translate(dma, &mut self.counters, f, VirtAddr(va.0 + off), Access::Write)
                    .map_err(|s| fail(s, *va, Access::Write))?,
            ),
            _ => None,
        };
        let mut data = vec![0u8; n as usize];
        match src {
            Source::Memory(_, va) => {
                dma.dma_read(src_pa.expect("translated"), &mut data)
                    .map_err(|f| fail(host_status(f, Access::Read), *va, Access::Read))?;
            }
            Source::Bytes(bytes) => data.copy_from_slice(&bytes[off as usize..(off + n) as usize]),
            Source::Storage(offset) => {
                self.counters.bump(Counter::StorageCommands);
                self.storage_log.commands.push(StorageCommand {
                    op: StorageOp::Read,
                    len: n as u32,
                    offset: offset + off,
                });
                if self.storage.read(offset + off, &mut data).is_err() {
                    let Sink::Memory(_, va) = sink else { unreachable!("loads write memory") };
                    return Err(fail(Status::StorageError, *va, Access::Write));
                }
            }
        }
        match sink {
            Sink::Memory(_, va) => {
                dma.dma_write(dst_pa.expect("translated"), &data)
                    .map_err(|f| fail(host_status(f, Access::Write), *va, Access::Write))?;
            }
            Sink::Network(frame) => frame.extend_from_slice(&data),
            Sink::Storage(offset) => {
                self.counters.bump(Counter::StorageCommands);
                self.storage_log.commands.push(StorageCommand {
                    op: StorageOp::Write,
                    len: n as u32,
                    offset: *offset + off,
                });
                if self.storage.write(*offset + off, &data).is_err() {
                    let Source::Memory(_, va) = src else { unreachable!("stores read memory") };
                    return Err(fail(Status::StorageError, *va, Access::Read));
                }
            }
        }
        Ok(())
    }
}

fn src_va(s: &Source<'_>) -> Option<VirtAddr> {
    match s {
        Source::Memory(_, va) => Some(*va),
        _ => None,
    }
}

fn sink_va(s: &Sink) -> Option<VirtAddr> {
    match s {
        Sink::Memory(_, va) => Some(*va),
        _ => None,
    }
}

fn host_status(f: HostFault, access: Access) -> Status {
    match (f, access) {
        (HostFault::NoResponse, _) => Status::HostTimeout,
        (HostFault::Error, Access::Read) => Status::HostReadError,
        (HostFault::Error, Access::Write) => Status::HostWriteError,
    }
}
