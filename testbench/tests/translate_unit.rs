//! The translation unit's generated Verilog under Verilator against the reference model
//! (`viaduct_model::admission::admit` and `TranslationUnit::translate`): seeded random
//! streams of admissions and translations with every error status, counted host reads per
//! page for each shortcut level, and no stale translation after deregistration or key
//! rotation (R2, R4, R5, R10).
//!
//! Seeds: `VIADUCT_SEED=<n>` replays one stream; `VIADUCT_STEPS=<n>` lengthens it. Traces:
//! `VIADUCT_TRACE=<dir>`.

use std::collections::{BTreeMap, VecDeque};
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;
use viaduct_abi::pagetable::{PAGE_SIZE, entry_address, flags};
use viaduct_abi::regs::global;
use viaduct_abi::{
    Access, BufferRef, Counter, EngineConfig, Key, Level, PhysAddr, ProtectionDomain, ProtectionEntry,
    Rights, Shortcut, ShortcutFields, Status, VirtAddr,
};
use viaduct_hw::translate_unit::translate_unit_verilog;
use viaduct_model::admission::{AdmissionContext, admit};
use viaduct_model::scenario::{Bar, Process, Region, RegisterOptions, Scenario};
use viaduct_model::{Counters, FaultyMemory, HostFault, Memory, PageSize, SparseMemory, TranslationUnit};
use viaduct_testbench::verilator::{Builder, BuiltModel, Model, PortId};

type Mem = FaultyMemory<SparseMemory>;

const WATCHDOG: u64 = 64;

fn cache_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("verilator-cache")
}

fn built(cfg: &EngineConfig) -> BuiltModel {
    let v = translate_unit_verilog(cfg).unwrap();
    let b = Builder::new("top", cache_dir())
        .source_text("translate_unit.v", v)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    println!("translate unit build: {:?} (from cache: {})", b.elapsed, b.from_cache);
    b
}

fn small() -> &'static BuiltModel {
    static B: OnceLock<BuiltModel> = OnceLock::new();
    B.get_or_init(|| built(&EngineConfig::small()))
}

/// xorshift64*: the test's only source of randomness, so a seed replays a run exactly.
#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        // splitmix64 of the seed: nearby seeds give unrelated streams.
        let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Rng((z ^ (z >> 31)) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len() as u64) as usize]
    }
}

struct Ports {
    iotlb_enable: PortId,
    line_cache_enable: PortId,
    watchdog: PortId,
    req_valid: PortId,
    req_ready: PortId,
    req_admit: PortId,
    req_vi: PortId,
    req_pd: PortId,
    req_key_slot: PortId,
    req_va: PortId,
    req_len: PortId,
    req_write: PortId,
    req_shortcut: PortId,
    rsp_valid: PortId,
    rsp_ready: PortId,
    rsp_status: PortId,
    rsp_pa: PortId,
    rsp_bytes: PortId,
    rsp_fault_va: PortId,
    rsp_ticket: PortId,
    cmd_ready: PortId,
    key_commit: PortId,
    key_slot: PortId,
    key_data: PortId,
    key_generation: PortId,
    prot_commit: PortId,
    prot_slot: PortId,
    prot_entry: PortId,
    inv_valid: PortId,
    inv_all: PortId,
    inv_slot: PortId,
    soft_reset: PortId,
    cnt: [PortId; 4],
    unseal_hits: PortId,
    arvalid: PortId,
    arready: PortId,
    arid: PortId,
    araddr: PortId,
    arlen: PortId,
    arsize: PortId,
    arburst: PortId,
    rvalid: PortId,
    rready: PortId,
    rid: PortId,
    rdata: PortId,
    rresp: PortId,
    rlast: PortId,
}

impl Ports {
    fn of(m: &Model) -> Ports {
        let p = |n: &str| m.port(n).unwrap_or_else(|e| panic!("{n}: {e}"));
        Ports {
            iotlb_enable: p("iotlb_enable"),
            line_cache_enable: p("line_cache_enable"),
            watchdog: p("watchdog"),
            req_valid: p("req_valid"),
            req_ready: p("req_ready"),
            req_admit: p("req_admit"),
            req_vi: p("req_vi"),
            req_pd: p("req_pd"),
            req_key_slot: p("req_key_slot"),
            req_va: p("req_va"),
            req_len: p("req_len"),
            req_write: p("req_write"),
            req_shortcut: p("req_shortcut"),
            rsp_valid: p("rsp_valid"),
            rsp_ready: p("rsp_ready"),
            rsp_status: p("rsp_status"),
            rsp_pa: p("rsp_pa"),
            rsp_bytes: p("rsp_bytes"),
            rsp_fault_va: p("rsp_fault_va"),
            rsp_ticket: p("rsp_ticket"),
            cmd_ready: p("cmd_ready"),
            key_commit: p("key_commit"),
            key_slot: p("key_slot"),
            key_data: p("key_data"),
            key_generation: p("key_generation"),
            prot_commit: p("prot_commit"),
            prot_slot: p("prot_slot"),
            prot_entry: p("prot_entry"),
            inv_valid: p("inv_valid"),
            inv_all: p("inv_all"),
            inv_slot: p("inv_slot"),
            soft_reset: p("soft_reset"),
            cnt: [p("cnt_table_reads"), p("cnt_iotlb_hits"), p("cnt_iotlb_misses"), p("cnt_line_hits")],
            unseal_hits: p("cnt_unseal_hits"),
            arvalid: p("m_axi$arvalid"),
            arready: p("m_axi$arready"),
            arid: p("m_axi$arid"),
            araddr: p("m_axi$araddr"),
            arlen: p("m_axi$arlen"),
            arsize: p("m_axi$arsize"),
            arburst: p("m_axi$arburst"),
            rvalid: p("m_axi$rvalid"),
            rready: p("m_axi$rready"),
            rid: p("m_axi$rid"),
            rdata: p("m_axi$rdata"),
            rresp: p("m_axi$rresp"),
            rlast: p("m_axi$rlast"),
        }
    }
}

const COUNTERS: [Counter; 4] =
    [Counter::TableReads, Counter::IotlbHits, Counter::IotlbMisses, Counter::LineHits];

fn words128(v: u128) -> [u32; 4] {
    [v as u32, (v >> 32) as u32, (v >> 64) as u32, (v >> 96) as u32]
}

fn u128_of(w: &[u32]) -> u128 {
    w.iter().rev().fold(0u128, |acc, &x| acc << 32 | u128::from(x))
}

#[derive(Clone, Copy, Debug)]
struct Beat {
    id: u64,
    data: u64,
    resp: u64,
    last: bool,
}

/// What the Rust-side AXI subordinate decided for the read on the AR channel.
enum ArPlan {
    /// Accept after this many cycles, then answer with these beats.
    Answer(u64, Vec<Beat>),
    /// Never accept the address.
    Stall,
}

/// One request on the translate interface.
#[derive(Clone, Copy, Debug, Default)]
struct Request {
    admit: bool,
    vi: u64,
    pd: u64,
    key_slot: u64,
    va: u64,
    len: u64,
    write: bool,
    shortcut: u128,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Response {
    status: u8,
    pa: u64,
    bytes: u64,
    fault_va: u64,
    ticket: u128,
}

/// The Verilated translation unit with a Rust AXI4 read subordinate serving a
/// `FaultyMemory<SparseMemory>`: SLVERR for failing reads, silence for reads that never answer.
struct Dut {
    m: Model,
    p: Ports,
    rng: Rng,
    cycles: u64,
    ar_plan: Option<ArPlan>,
    beats: VecDeque<Beat>,
    /// Host reads accepted on AR (line or single entry).
    pub host_reads: u64,
    pub beats_sent: u64,
    /// The last response, and cycles from the request's edge to its `rsp_valid`.
    last: Response,
    last_latency: u64,
}

impl Dut {
    fn new(b: &BuiltModel, seed: u64, trace: &str) -> Dut {
        let mut m = b.load().unwrap();
        m.trace_if_requested(trace).unwrap();
        let p = Ports::of(&m);
        m.set(p.watchdog, WATCHDOG).unwrap();
        m.set(p.rsp_ready, 1).unwrap();
        m.set(p.iotlb_enable, 1).unwrap();
        m.set(p.line_cache_enable, 1).unwrap();
        m.eval();
        let mut d = Dut {
            m,
            p,
            rng: Rng::new(seed ^ 0xa5a5),
            cycles: 0,
            ar_plan: None,
            beats: VecDeque::new(),
            host_reads: 0,
            beats_sent: 0,
            last: Response { status: 0, pa: 0, bytes: 0, fault_va: 0, ticket: 0 },
            last_latency: 0,
        };
        // Power-up clearing of the tables.
        d.wait("power-up", |d| d.get(d.p.cmd_ready) == 1, None);
        d
    }

    fn get(&self, p: PortId) -> u64 {
        self.m.get(p).unwrap()
    }
    fn set(&mut self, p: PortId, v: u64) {
        self.m.set(p, v).unwrap();
    }

    /// One clock cycle, with the AXI subordinate acting on the DUT's outputs before the edge.
    fn step(&mut self, mut mem: Option<&mut Mem>) {
        let p = &self.p;
        let arvalid = self.m.get(p.arvalid).unwrap() == 1;
        let mut accept = false;
        if arvalid {
            if self.ar_plan.is_none() {
                let addr = self.m.get(p.araddr).unwrap();
                let len = self.m.get(p.arlen).unwrap();
                let id = self.m.get(p.arid).unwrap();
                assert_eq!(self.m.get(p.arsize).unwrap(), 3, "8-byte beats");
                assert_eq!(self.m.get(p.arburst).unwrap(), 1, "INCR");
                let beats = len + 1;
                let mut bytes = vec![0u8; 8 * beats as usize];
                let mem = mem.as_mut().expect("a host read outside a request");
                let result = viaduct_model::DmaPort::dma_read(&mut **mem, PhysAddr(addr), &mut bytes);
                let delay = self.rng.below(3);
                let beat = |i: u64, resp: u64| Beat {
                    id,
                    data: u64::from_le_bytes(bytes[8 * i as usize..8 * i as usize + 8].try_into().unwrap()),
                    resp,
                    last: i + 1 == beats,
                };
                self.ar_plan = Some(match result {
                    Ok(()) => ArPlan::Answer(delay, (0..beats).map(|i| beat(i, 0)).collect()),
                    Err(HostFault::Error) if beats > 1 && self.rng.chance(25) => {
                        // A broken burst: OKAY beats, but RLAST early.
                        let cut = self.rng.below(beats - 1);
                        ArPlan::Answer(
                            delay,
                            (0..=cut).map(|i| Beat { last: i == cut, ..beat(i, 0) }).collect(),
                        )
                    }
                    Err(HostFault::Error) => {
                        // SLVERR or DECERR on one beat (or all of them).
                        let bad = self.rng.below(beats);
                        let all = self.rng.chance(30);
                        let code = 2 + self.rng.below(2);
                        ArPlan::Answer(
                            delay,
                            (0..beats).map(|i| beat(i, if all || i == bad { code } else { 0 })).collect(),
                        )
                    }
                    Err(HostFault::NoResponse) => {
                        if self.rng.chance(30) {
                            ArPlan::Stall
                        } else {
                            // Accept, then send only some beats (possibly none) and go silent.
                            let sent = self.rng.below(beats);
                            ArPlan::Answer(
                                delay,
                                (0..sent).map(|i| Beat { last: false, ..beat(i, 0) }).collect(),
                            )
                        }
                    }
                });
            }
            if let Some(ArPlan::Answer(delay, _)) = &mut self.ar_plan {
                if *delay == 0 {
                    accept = true;
                } else {
                    *delay -= 1;
                }
            }
        } else {
            // The walker withdrew the address (watchdog): forget the plan.
            self.ar_plan = None;
        }
        self.m.set(p.arready, accept as u64).unwrap();
        let gap = self.rng.chance(20);
        let front = if gap { None } else { self.beats.front().copied() };
        let rready = self.m.get(p.rready).unwrap() == 1;
        match front {
            Some(b) => {
                self.m.set(p.rvalid, 1).unwrap();
                self.m.set(p.rid, b.id).unwrap();
                self.m.set(p.rdata, b.data).unwrap();
                self.m.set(p.rresp, b.resp).unwrap();
                self.m.set(p.rlast, b.last as u64).unwrap();
            }
            None => {
                self.m.set(p.rvalid, 0).unwrap();
                // Garbage on the idle data lines.
                let junk = self.rng.next();
                self.m.set(p.rdata, junk).unwrap();
            }
        }
        self.m.tick().unwrap();
        self.cycles += 1;
        if accept {
            self.host_reads += 1;
            if let Some(ArPlan::Answer(_, beats)) = self.ar_plan.take() {
                self.beats.extend(beats);
            }
        }
        if front.is_some() && rready {
            self.beats.pop_front();
            self.beats_sent += 1;
        }
    }

    fn wait(&mut self, what: &str, done: impl Fn(&Dut) -> bool, mut mem: Option<&mut Mem>) {
        for _ in 0..100_000 {
            if done(self) {
                return;
            }
            self.step(mem.as_deref_mut());
        }
        panic!("translation unit hangs: {what}");
    }

    fn request(&mut self, mem: &mut Mem, q: &Request) -> Response {
        let p = &self.p;
        let (rv, ra, rvi, rpd, rks, rva, rlen, rw, rsc) = (
            p.req_valid,
            p.req_admit,
            p.req_vi,
            p.req_pd,
            p.req_key_slot,
            p.req_va,
            p.req_len,
            p.req_write,
            p.req_shortcut,
        );
        self.set(ra, q.admit as u64);
        self.set(rvi, q.vi);
        self.set(rpd, q.pd);
        self.set(rks, q.key_slot);
        self.set(rva, q.va);
        self.set(rlen, q.len);
        self.set(rw, q.write as u64);
        self.m.set_wide(rsc, &words128(q.shortcut)).unwrap();
        self.set(rv, 1);
        self.m.eval();
        self.wait("request not accepted", |d| d.get(d.p.req_ready) == 1, Some(mem));
        self.step(Some(mem));
        let taken = self.cycles;
        self.set(rv, 0);
        self.wait("no response", |d| d.get(d.p.rsp_valid) == 1, Some(mem));
        self.last_latency = self.cycles - taken + 1;
        let p = &self.p;
        let r = Response {
            status: self.get(p.rsp_status) as u8,
            pa: self.get(p.rsp_pa),
            bytes: self.get(p.rsp_bytes),
            fault_va: self.get(p.rsp_fault_va),
            ticket: u128_of(&self.m.get_wide(p.rsp_ticket).unwrap()),
        };
        self.last = r;
        self.step(Some(mem)); // rsp_ready is held high: taken at this edge
        assert_eq!(self.get(self.p.rsp_valid), 0, "response taken");
        r
    }

    fn command(&mut self, strobe: PortId, set: impl FnOnce(&mut Dut)) {
        self.wait("command not accepted", |d| d.get(d.p.cmd_ready) == 1, None);
        set(self);
        self.set(strobe, 1);
        self.step(None);
        self.set(strobe, 0);
        self.m.eval();
    }

    fn counters(&self) -> [u64; 4] {
        self.p.cnt.map(|c| self.get(c))
    }
}

/// The model's side: key slots, protection table and translation unit, as `Engine` holds them.
struct Mirror {
    cfg: EngineConfig,
    keys: Vec<Option<(Key, u8)>>,
    prot: Vec<ProtectionEntry>,
    tu: TranslationUnit,
    counters: Counters,
}

impl Mirror {
    fn new(cfg: EngineConfig) -> Self {
        Mirror {
            cfg,
            keys: vec![None; cfg.key_slots as usize],
            prot: vec![ProtectionEntry::INVALID; cfg.prot_entries as usize],
            tu: TranslationUnit::new(&cfg),
            counters: Counters::default(),
        }
    }
    fn counters(&self) -> [u64; 4] {
        COUNTERS.map(|c| self.counters.get(c))
    }
}

/// Register writes of the agent, decoded as the engine does, applied to both sides.
#[derive(Default)]
struct Regs {
    key_select: u32,
    key_staging: [u32; 4],
    prot_index: u32,
    prot_staging: [u32; 4],
}

/// The hardware side of the agent's register window: the DUT and the model's engine state.
struct Hw {
    dut: Dut,
    mirror: Mirror,
    regs: Regs,
}

struct World {
    hw: Hw,
    mem: Mem,
    sc: Scenario,
    seed: u64,
    log: Vec<String>,
}

impl Bar for Hw {
    fn write32(&mut self, offset: u32, value: u32) {
        use global::*;
        let (d, mi, r) = (&mut self.dut, &mut self.mirror, &mut self.regs);
        match offset {
            CONTROL => {
                mi.tu.iotlb_enabled = CONTROL::IOTLB_ENABLE.get(value) != 0;
                mi.tu.line_cache_enabled = CONTROL::LINE_CACHE_ENABLE.get(value) != 0;
                d.set(d.p.iotlb_enable, CONTROL::IOTLB_ENABLE.get(value).into());
                d.set(d.p.line_cache_enable, CONTROL::LINE_CACHE_ENABLE.get(value).into());
            }
            KEY_SELECT => r.key_select = KEY_SELECT::SLOT.get(value),
            KEY_DATA0..=KEY_DATA3 => r.key_staging[((offset - KEY_DATA0) / 4) as usize] = value,
            KEY_COMMIT => {
                let key = Key::from_words(r.key_staging);
                let generation = KEY_COMMIT::GENERATION.get(value) as u8;
                if let Some(slot) = mi.keys.get_mut(r.key_select as usize) {
                    *slot = Some((key, generation));
                    mi.tu.invalidate_all();
                }
                let select = r.key_select;
                d.command(d.p.key_commit, |d| {
                    d.set(d.p.key_slot, select.into());
                    d.m.set_wide(d.p.key_data, &words128(key.to_u128())).unwrap();
                    d.set(d.p.key_generation, generation.into());
                });
                r.key_staging = [0; 4];
            }
            PROT_INDEX => r.prot_index = PROT_INDEX::SLOT.get(value),
            PROT_DATA0..=PROT_DATA3 => r.prot_staging[((offset - PROT_DATA0) / 4) as usize] = value,
            PROT_COMMIT if PROT_COMMIT::WRITE.get(value) != 0 => {
                let index = r.prot_index as usize;
                let entry = ProtectionEntry::from_register_words(r.prot_staging);
                if index < mi.prot.len() {
                    mi.prot[index] = entry;
                    mi.tu.invalidate_slot(index as u16);
                }
                let words = r.prot_staging;
                d.command(d.p.prot_commit, |d| {
                    d.set(d.p.prot_slot, index as u64);
                    d.m.set_wide(d.p.prot_entry, &words).unwrap();
                });
            }
            SOFT_RESET if SOFT_RESET::RESET.get(value) != 0 => {
                // Keys, protection table, caches and counters back to power-up; the enables
                // are the shell's CONTROL bits, which stay as they are here.
                let (iotlb, lines) = (mi.tu.iotlb_enabled, mi.tu.line_cache_enabled);
                *mi = Mirror::new(mi.cfg);
                mi.tu.iotlb_enabled = iotlb;
                mi.tu.line_cache_enabled = lines;
                *r = Regs::default();
                d.command(d.p.soft_reset, |_| {});
            }
            INVALIDATE => {
                let all = INVALIDATE::ALL.get(value) != 0;
                let slot = INVALIDATE::SLOT.get(value);
                if all {
                    mi.tu.invalidate_all();
                } else {
                    mi.tu.invalidate_slot(slot as u16);
                }
                d.command(d.p.inv_valid, |d| {
                    d.set(d.p.inv_all, all as u64);
                    d.set(d.p.inv_slot, slot.into());
                });
            }
            _ => {}
        }
    }
    fn read32(&mut self, _offset: u32) -> u32 {
        0
    }
}

/// One buffer admitted on both sides: what a descriptor in flight would hold.
#[derive(Clone, Debug)]
struct Admitted {
    fields: ShortcutFields,
    ticket: u128,
    va: u64,
    len: u64,
    access: Access,
}

impl World {
    fn new(b: &BuiltModel, cfg: EngineConfig, seed: u64, trace: &str) -> World {
        let mut w = World {
            hw: Hw { dut: Dut::new(b, seed, trace), mirror: Mirror::new(cfg), regs: Regs::default() },
            mem: FaultyMemory::new(SparseMemory::new()),
            sc: Scenario::new(cfg, seed),
            seed,
            log: Vec::new(),
        };
        let mut sc = std::mem::replace(&mut w.sc, Scenario::new(cfg, 0));
        sc.init(&mut w.hw);
        w.sc = sc;
        w
    }

    fn fail(&self, what: String) -> ! {
        let tail: Vec<&String> = self.log.iter().rev().take(8).collect();
        panic!(
            "{what}\nlast steps (newest first): {tail:#?}\nseed {seed}: replay with\n  VIADUCT_SEED={seed} cargo test -p viaduct-testbench --test translate_unit",
            seed = self.seed
        );
    }

    /// Run `f` with the scenario and this world as its BAR.
    fn with_scenario<T>(&mut self, f: impl FnOnce(&mut Scenario, &mut World) -> T) -> T {
        let cfg = self.hw.mirror.cfg;
        let mut sc = std::mem::replace(&mut self.sc, Scenario::new(cfg, 0));
        let out = f(&mut sc, self);
        self.sc = sc;
        out
    }

    fn write_reg(&mut self, offset: u32, value: u32) {
        self.hw.write32(offset, value);
    }

    /// Admission on both sides; checks status, fault VA and (on success) the ticket.
    fn admit(
        &mut self,
        vi: u32,
        pd: ProtectionDomain,
        key_slot: u32,
        buf: BufferRef,
        len: u64,
        access: Access,
    ) -> (Status, Option<Admitted>) {
        let key = self.hw.mirror.keys.get(key_slot as usize).copied().flatten();
        let ctx = AdmissionContext { key, pd, vi, protection: &self.hw.mirror.prot };
        let expect = admit(&ctx, buf, len, access);
        let q = Request {
            admit: true,
            vi: vi.into(),
            pd: pd.id().into(),
            key_slot: key_slot.into(),
            va: buf.va.0,
            len,
            write: access == Access::Write,
            shortcut: buf.shortcut.to_u128(),
        };
        let r = self.hw.dut.request(&mut self.mem, &q);
        self.log.push(format!(
            "admit vi {vi} pd {} key slot {key_slot} va {:#x} len {len:#x} {access:?}: rtl {:#04x}",
            pd.id(),
            buf.va.0,
            r.status
        ));
        let got = Status::from_code(r.status)
            .unwrap_or_else(|_| self.fail(format!("unknown status {:#x}", r.status)));
        match expect {
            Ok(fields) => {
                if got != Status::Ok {
                    self.fail(format!("admission: model Ok, RTL {got:?} (fault VA {:#x})", r.fault_va));
                }
                let (bind, target) = ((r.ticket >> 64) as u64, r.ticket as u64);
                let from_ticket = ShortcutFields::from_plaintext(bind, target)
                    .unwrap_or_else(|e| self.fail(format!("ticket {:#x} does not parse: {e}", r.ticket)));
                if from_ticket != fields {
                    self.fail(format!("ticket {from_ticket:?} != model {fields:?}"));
                }
                (Status::Ok, Some(Admitted { fields, ticket: r.ticket, va: buf.va.0, len, access }))
            }
            Err((status, fault)) => {
                if got != status || r.fault_va != fault.0 {
                    self.fail(format!(
                        "admission: model {status:?} at {:#x}, RTL {got:?} at {:#x}",
                        fault.0, r.fault_va
                    ));
                }
                (status, None)
            }
        }
    }

    /// Translation of one chunk on both sides; checks status, PA, bytes to page end, fault
    /// VA and the four cache counters.
    fn translate(&mut self, a: &Admitted, va: u64, access: Access) -> Status {
        let expect = self.hw.mirror.tu.translate(
            &mut self.mem,
            &mut self.hw.mirror.counters,
            &a.fields,
            VirtAddr(va),
            access,
        );
        let q = Request { va, write: access == Access::Write, shortcut: a.ticket, ..Request::default() };
        let r = self.hw.dut.request(&mut self.mem, &q);
        self.log.push(format!(
            "translate va {va:#x} {access:?} level {:?}: rtl {:#04x} pa {:#x}",
            a.fields.level, r.status, r.pa
        ));
        let got = Status::from_code(r.status)
            .unwrap_or_else(|_| self.fail(format!("unknown status {:#x}", r.status)));
        match expect {
            Ok(pa) => {
                if got != Status::Ok || r.pa != pa.0 {
                    self.fail(format!("translate {va:#x}: model Ok {:#x}, RTL {got:?} {:#x}", pa.0, r.pa));
                }
                let bytes = PAGE_SIZE - va % PAGE_SIZE;
                if r.bytes != bytes {
                    self.fail(format!("translate {va:#x}: bytes to page end {} != {bytes}", r.bytes));
                }
            }
            Err(status) => {
                if got != status || r.fault_va != va {
                    self.fail(format!(
                        "translate {va:#x}: model {status:?}, RTL {got:?} at {:#x}",
                        r.fault_va
                    ));
                }
            }
        }
        let (rtl, model) = (self.hw.dut.counters(), self.hw.mirror.counters());
        if rtl != model {
            self.fail(format!(
                "counters [table reads, IOTLB hits, misses, line hits]: RTL {rtl:?}, model {model:?}"
            ));
        }
        got
    }
}

fn seeds() -> Vec<u64> {
    match std::env::var("VIADUCT_SEED") {
        Ok(s) => vec![s.parse().expect("VIADUCT_SEED is a number")],
        Err(_) => vec![1, 2, 3],
    }
}

fn steps() -> usize {
    std::env::var("VIADUCT_STEPS").ok().and_then(|s| s.parse().ok()).unwrap_or(3000)
}

/// A region to build: (process, va, len, page size, leaf flags, level, rights, the one VI).
type Layout = (usize, u64, u64, PageSize, u64, Level, Rights, Option<u8>);

/// A process with regions of every shortcut level and page size, and the damage the walker
/// must detect (unpinned, unmapped, read-only, reserved entries, failing and silent host reads).
struct Setup {
    procs: Vec<Process>,
    regions: Vec<(usize, Region, RegisterOptions)>,
}

fn build_world(w: &mut World, rng: &mut Rng) -> Setup {
    let mut procs = Vec::new();
    for pd in [5u16, 9] {
        let p = w.with_scenario(|sc, w| sc.new_process(&mut w.mem.inner, pd).unwrap());
        procs.push(p);
    }
    let rw = flags::WRITABLE;
    // (process, va, len, page size, leaf flags, level, rights, vi, user pd)
    let layouts: Vec<Layout> = vec![
        (0, 0x0000_7f00_0000_0000, 0x3_0000, PageSize::Size4K, rw, Level::Pt, Rights::READ_WRITE, None),
        (
            0,
            0x0000_7f00_0020_0000 - 0x2000,
            0x6000,
            PageSize::Size4K,
            rw,
            Level::Pt,
            Rights::READ_WRITE,
            None,
        ),
        (0, 0x0000_7f10_0000_0000, 0x40_0000, PageSize::Size4K, rw, Level::Pd, Rights::READ_WRITE, Some(1)),
        (0, 0x0000_7f20_0000_0000, 0x60_0000, PageSize::Size2M, rw, Level::Pd, Rights::READ_WRITE, None),
        (0, 0x0000_6000_0000_0000, 0x2_0000, PageSize::Size4K, 0, Level::Pdpt, Rights::READ, None),
        (0, 0x0000_5000_4000_0000, 0x4000_0000, PageSize::Size1G, rw, Level::Pdpt, Rights::READ_WRITE, None),
        (0, 0x0000_4000_0000_0000, 0x1_0000, PageSize::Size4K, rw, Level::Pml4, Rights::READ_WRITE, None),
        (1, 0x0000_7f00_0000_0000, 0x8000, PageSize::Size4K, rw, Level::Pt, Rights::WRITE, Some(2)),
        (1, 0x0000_3000_0000_0000, 0x40_0000, PageSize::Size2M, rw, Level::Pml4, Rights::READ_WRITE, None),
        (1, 0x0000_2000_0000_0000, 0x20_0000, PageSize::Size4K, rw, Level::Pml4, Rights::READ_WRITE, None),
    ];
    let mut regions = Vec::new();
    for (pi, va, len, size, leaf, level, rights, vi) in layouts {
        let p = procs[pi];
        let key_slot = rng.below(u64::from(w.hw.mirror.cfg.key_slots)) as u32;
        let opts = RegisterOptions { rights, level, vi, user_pd: None, key_slot };
        let r = w.with_scenario(|sc, w| {
            sc.map(&mut w.mem.inner, &p, VirtAddr(va), len, size, leaf).unwrap();
            sc.register(&mut w.hw, &mut w.mem.inner, &p, VirtAddr(va), len, opts).unwrap()
        });
        regions.push((pi, r, opts));
    }
    // Damage, each reachable from some region.
    let mem = &mut w.mem.inner;
    let p0 = procs[0].space;
    // NotPinned and ReadOnly leaves in the first region; a hole (NotPresent).
    p0.update_leaf(mem, VirtAddr(0x0000_7f00_0000_3000), 0, flags::PINNED).unwrap();
    p0.update_leaf(mem, VirtAddr(0x0000_7f00_0000_5000), 0, flags::WRITABLE).unwrap();
    p0.unmap(mem, VirtAddr(0x0000_7f00_0000_7000)).unwrap();
    // A misaligned 2 MiB frame: BadTableEntry.
    let (slot, e, _) = p0.leaf(mem, VirtAddr(0x0000_7f20_0020_0000)).unwrap();
    mem.write_u64(slot, e.raw() + PAGE_SIZE).unwrap();
    // A 2 MiB leaf not pinned, and one read-only.
    p0.update_leaf(mem, VirtAddr(0x0000_7f20_0040_0000), 0, flags::PINNED).unwrap();
    // PS at PML4 on the root entry of process 1's root-shortcut region: BadTableEntry.
    let p1 = procs[1].space;
    let root_slot = entry_address(p1.root(), Level::Pml4, VirtAddr(0x0000_3000_0000_0000));
    let root_entry = mem.read_u64(root_slot).unwrap();
    mem.write_u64(root_slot, root_entry | flags::HUGE).unwrap();
    // Host faults on the leaf table page of process 1's first region (Error) and on one of
    // the Pd region (NoResponse).
    let t1 = p1.table_for(mem, VirtAddr(0x0000_7f00_0000_0000), Level::Pt).unwrap();
    w.mem.fail_reads(PhysAddr(t1.0), PAGE_SIZE, HostFault::Error);
    let mem = &mut w.mem.inner;
    let t2 = p0.table_for(mem, VirtAddr(0x0000_7f10_0020_0000), Level::Pt).unwrap();
    w.mem.fail_reads(PhysAddr(t2.0), PAGE_SIZE, HostFault::NoResponse);
    Setup { procs, regions }
}

/// A VA to try for a region: mostly inside, sometimes just outside or in another block.
fn pick_va(rng: &mut Rng, r: &Region) -> u64 {
    match rng.below(10) {
        0 => r.va.0.saturating_sub(1 + rng.below(0x3000)),
        1 => r.va.0 + r.len + rng.below(0x3000),
        2 => r.va.0 + r.len - 1 - rng.below(16),
        _ => r.va.0 + rng.below(r.len),
    }
}

fn run_stream(seed: u64) -> BTreeMap<Status, u64> {
    run_stream_on(small(), seed, steps())
}

fn run_stream_on(b: &BuiltModel, seed: u64, steps: usize) -> BTreeMap<Status, u64> {
    let cfg = EngineConfig::small();
    let mut w = World::new(b, cfg, seed, &format!("translate_stream_{seed}"));
    let mut rng = Rng::new(seed);
    let setup = build_world(&mut w, &mut rng);
    let mut seen: BTreeMap<Status, u64> = BTreeMap::new();
    let mut admitted: Vec<Admitted> = Vec::new();
    let mut regions = setup.regions.clone();
    // Deregistered regions: their shortcuts are stale (RegionInvalid, or RegionStale once the
    // slot is reused).
    let mut retired: Vec<(usize, Region, RegisterOptions)> = Vec::new();
    let started = Instant::now();
    let cycles0 = w.hw.dut.cycles;

    // Directed prologue: every region admitted whole for its rights, then walked page by page
    // (at most 48 pages each), so every damaged page is visited at least once.
    for (pi, r, opts) in regions.clone() {
        let p = setup.procs[pi];
        let vi = opts.vi.map_or(0, u32::from);
        for access in [Access::Read, Access::Write] {
            let block_end = (r.va.0 | ((1u64 << r.level.block_shift()) - 1)) + 1;
            let len = r.len.min(block_end - r.va.0);
            let (status, a) = w.admit(vi, p.pd, opts.key_slot, r.buffer(0), len, access);
            *seen.entry(status).or_default() += 1;
            if let Some(a) = a {
                let mut va = a.va;
                for _ in 0..48 {
                    if va >= a.va + a.len {
                        break;
                    }
                    *seen.entry(w.translate(&a, va, access)).or_default() += 1;
                    va = (va & !(PAGE_SIZE - 1)) + PAGE_SIZE;
                }
                admitted.push(a);
            }
        }
    }

    for _ in 0..steps {
        let action = rng.below(100);
        if action < 40 || admitted.is_empty() {
            // Admission: mostly well-formed, each field sometimes wrong.
            let from_retired = !retired.is_empty() && rng.chance(10);
            let (pi, r, opts) =
                if from_retired { rng.pick(&retired).clone() } else { rng.pick(&regions).clone() };
            let p = setup.procs[pi];
            let mut va = if rng.chance(75) { r.va.0 + rng.below(r.len) } else { pick_va(&mut rng, &r) };
            let mut len = 1 + match rng.below(4) {
                0 => rng.below(0x20),
                1 => rng.below(0x2000),
                2 => rng.below(r.len.max(1)),
                _ => rng.below(0x40_0000),
            };
            va = va.min((1 << 47) - 2);
            len = len.min((1 << 47) - va);
            let mut shortcut = r.shortcut_for(VirtAddr(va));
            match rng.below(20) {
                0 => shortcut = Shortcut::from_u128(u128::from(rng.next()) << 64 | u128::from(rng.next())),
                1 => shortcut = Shortcut::from_u128(shortcut.to_u128() ^ 1u128 << rng.below(128)),
                2 | 3 => {
                    // A shortcut of another block (of this or another region).
                    let other = rng.pick(&regions).1.clone();
                    shortcut = rng.pick(&other.shortcuts).1;
                }
                _ => {}
            }
            let pd = if rng.chance(5) { ProtectionDomain::new(rng.below(16) as u16).unwrap() } else { p.pd };
            let key_slot = if rng.chance(3) {
                4 + rng.below(250) as u32
            } else if rng.chance(5) {
                rng.below(4) as u32
            } else {
                opts.key_slot
            };
            let vi = if rng.chance(15) { rng.below(4) as u32 } else { opts.vi.map_or(0, u32::from) };
            let access = if rng.chance(50) { Access::Read } else { Access::Write };
            let (status, a) =
                w.admit(vi, pd, key_slot, BufferRef { va: VirtAddr(va), shortcut }, len, access);
            *seen.entry(status).or_default() += 1;
            if let Some(a) = a {
                admitted.push(a);
                if admitted.len() > 16 {
                    admitted.remove(0);
                }
            }
        } else if action < 85 {
            // Translations of chunks of an admitted buffer: a run of pages from some offset.
            let a = rng.pick(&admitted).clone();
            let pages = 1 + rng.below(6);
            let mut va = a.va + rng.below(a.len);
            for _ in 0..pages {
                if va >= a.va + a.len {
                    break;
                }
                let status = w.translate(&a, va, a.access);
                *seen.entry(status).or_default() += 1;
                va = (va & !(PAGE_SIZE - 1)) + PAGE_SIZE;
            }
        } else {
            // The agent changes something.
            match rng.below(13) {
                0 if rng.chance(50) => {
                    let slot = rng.below(u64::from(cfg.key_slots)) as u32;
                    w.with_scenario(|sc, w| sc.rotate_key(&mut w.hw, slot));
                    w.log.push(format!("rotate key {slot}"));
                }
                1 if rng.chance(50) => {
                    // The same key under a new generation: old shortcuts become ShortcutStale.
                    let slot = rng.below(u64::from(cfg.key_slots)) as u32;
                    w.with_scenario(|sc, w| {
                        let (key, generation) = sc.key(slot).expect("installed");
                        sc.install_key(&mut w.hw, slot, key, generation.wrapping_add(1));
                    });
                    w.log.push(format!("bump key generation {slot}"));
                }
                2 => {
                    // Deregister and register again (new slot generation, fresh shortcuts).
                    let i = 1 + rng.below(regions.len() as u64 - 1) as usize;
                    let (pi, r, opts) = regions[i].clone();
                    let p = setup.procs[pi];
                    if w.sc.set_pinned(&mut w.mem.inner, &p, r.va, r.len, true).is_err() {
                        continue; // a region whose tables are damaged stays registered
                    }
                    let r2 = w.with_scenario(|sc, w| {
                        sc.deregister(&mut w.hw, &mut w.mem.inner, &p, &r).unwrap();
                        sc.register(&mut w.hw, &mut w.mem.inner, &p, r.va, r.len, opts).unwrap()
                    });
                    w.log.push(format!("re-register region {i} slot {} -> {}", r.slot, r2.slot));
                    retired.push(regions[i].clone());
                    regions[i] = (pi, r2, opts);
                }
                3 if regions.len() > 5 => {
                    // Deregister for good (its slot stays free until another registration).
                    let i = 1 + rng.below(regions.len() as u64 - 1) as usize;
                    let (pi, r, _) = regions[i].clone();
                    let p = setup.procs[pi];
                    if w.sc.set_pinned(&mut w.mem.inner, &p, r.va, r.len, true).is_err() {
                        continue;
                    }
                    w.with_scenario(|sc, w| sc.deregister(&mut w.hw, &mut w.mem.inner, &p, &r).unwrap());
                    w.log.push(format!("deregister region {i} slot {}", r.slot));
                    retired.push(regions.remove(i));
                }
                4 if !retired.is_empty() => {
                    // Register a retired region again.
                    let i = rng.below(retired.len() as u64) as usize;
                    let (pi, r, opts) = retired[i].clone();
                    let p = setup.procs[pi];
                    if !regions.iter().any(|(q, x, _)| *q == pi && x.va == r.va) {
                        let r2 = w.with_scenario(|sc, w| {
                            sc.register(&mut w.hw, &mut w.mem.inner, &p, r.va, r.len, opts).unwrap()
                        });
                        w.log.push(format!("register again slot {}", r2.slot));
                        regions.push((pi, r2, opts));
                    }
                }
                5 | 12 => {
                    // The agent narrows an entry in place (same generation): other domain,
                    // other VI, fewer rights or a shorter range.
                    let (_, r, _) = rng.pick(&regions).clone();
                    let mut e = w.hw.mirror.prot[r.slot as usize];
                    match rng.below(4) {
                        0 => e.pd = ProtectionDomain::new(rng.below(16) as u16).unwrap(),
                        1 => {
                            e.any_vi = false;
                            e.vi = rng.below(4) as u8;
                        }
                        2 => e.rights = Rights::from_bits(rng.below(4)),
                        _ => e.end = VirtAddr(e.start.0 + 1 + rng.below(e.end.0 - e.start.0)),
                    }
                    w.with_scenario(|sc, w| sc.write_protection(&mut w.hw, r.slot, &e));
                    w.log.push(format!("rewrite slot {} as {e:?}", r.slot));
                }
                6 => {
                    let slot = rng.below(u64::from(cfg.prot_entries) + 2) as u32;
                    w.write_reg(global::INVALIDATE, global::INVALIDATE::SLOT.put(slot));
                }
                7 => w.write_reg(global::INVALIDATE, global::INVALIDATE::ALL.put(1)),
                8 => {
                    let control = global::CONTROL::ENABLE.put(1) | (rng.below(4) as u32) << 1;
                    w.write_reg(global::CONTROL, control);
                    w.log.push(format!("control {control:#x}"));
                }
                9 => w.write_reg(global::CONTROL, 0b111),
                10 => {
                    // Unpin or re-pin a page (no invalidation: both sides keep what they cached).
                    let (pi, r, _) = rng.pick(&regions).clone();
                    let va = VirtAddr(r.va.0 + rng.below(r.len));
                    let pin = rng.chance(50);
                    let p = setup.procs[pi];
                    let _ = w.sc.set_pinned(&mut w.mem.inner, &p, va, 1, pin);
                }
                _ => {
                    // Commits past the store and the table: ignored by both.
                    w.write_reg(global::KEY_SELECT, 4 + rng.below(200) as u32);
                    w.write_reg(global::KEY_COMMIT, 3);
                    w.write_reg(global::PROT_INDEX, cfg.prot_entries + rng.below(100) as u32);
                    w.write_reg(global::PROT_COMMIT, global::PROT_COMMIT::WRITE.put(1));
                }
            }
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let cycles = w.hw.dut.cycles - cycles0;
    println!(
        "seed {seed}: {} steps, {cycles} cycles in {secs:.2} s ({:.2} M cycles/s with the Rust AXI subordinate), {} host reads, statuses {seen:?}",
        steps,
        cycles as f64 / secs / 1e6,
        w.hw.dut.host_reads
    );
    seen
}

#[test]
fn random_streams_match_the_model_with_every_status() {
    let mut seen: BTreeMap<Status, u64> = BTreeMap::new();
    for seed in seeds() {
        for (s, n) in run_stream(seed) {
            *seen.entry(s).or_default() += n;
        }
    }
    let required = [
        Status::Ok,
        Status::ShortcutInvalid,
        Status::ShortcutStale,
        Status::ShortcutDomain,
        Status::ShortcutBlock,
        Status::CrossesBlock,
        Status::ShortcutRights,
        Status::RegionInvalid,
        Status::RegionStale,
        Status::RegionDomain,
        Status::RegionVi,
        Status::RegionRights,
        Status::OutOfRegion,
        Status::NotPresent,
        Status::NotPinned,
        Status::ReadOnly,
        Status::BadTableEntry,
        Status::HostReadError,
        Status::HostTimeout,
    ];
    let missing: Vec<Status> = required.iter().copied().filter(|s| !seen.contains_key(s)).collect();
    if std::env::var("VIADUCT_SEED").is_err() {
        assert!(missing.is_empty(), "statuses never produced by the default seeds: {missing:?}");
    } else if !missing.is_empty() {
        println!("statuses not reached by this seed: {missing:?}");
    }
}

fn default_model() -> &'static BuiltModel {
    static B: OnceLock<BuiltModel> = OnceLock::new();
    B.get_or_init(|| built(&EngineConfig::default()))
}

/// Host reads per 4 KiB page for each shortcut level, with and without the PTE-line cache,
/// on the default configuration (64 IOTLB entries, 16 PT lines): a cold sequential pass over
/// one 2 MiB block (512 pages), a second pass, and the last page again (IOTLB warm).
#[test]
fn host_reads_per_page_by_shortcut_level() {
    let cfg = EngineConfig::default();
    let mut w = World::new(default_model(), cfg, 11, "reads_per_page");
    let p = w.with_scenario(|sc, w| sc.new_process(&mut w.mem.inner, 7).unwrap());
    let va = 0x0000_7f40_0000_0000u64;
    let len = 2u64 << 20;
    let pages = len / PAGE_SIZE;
    w.with_scenario(|sc, w| {
        sc.map(&mut w.mem.inner, &p, VirtAddr(va), len, PageSize::Size4K, flags::WRITABLE).unwrap()
    });
    println!("host reads per 4 KiB page over {pages} sequential pages ({} KiB):", len >> 10);
    println!(
        "{:<6} {:<10} {:>10} {:>12} {:>14}",
        "level", "line cache", "cold", "second pass", "same page again"
    );
    let mut figures = BTreeMap::new();
    for level in Level::ALL {
        let opts = RegisterOptions { level, ..Default::default() };
        let r = w.with_scenario(|sc, w| {
            sc.register(&mut w.hw, &mut w.mem.inner, &p, VirtAddr(va), len, opts).unwrap()
        });
        let (_, a) = w.admit(0, p.pd, 0, r.buffer(0), len, Access::Write);
        let a = a.expect("admitted");
        for line_cache in [false, true] {
            let control = global::CONTROL::ENABLE.put(1)
                | global::CONTROL::IOTLB_ENABLE.put(1)
                | global::CONTROL::LINE_CACHE_ENABLE.put(line_cache as u32);
            w.write_reg(global::CONTROL, control);
            w.write_reg(global::INVALIDATE, global::INVALIDATE::ALL.put(1));
            let pass = |w: &mut World| {
                let before = w.hw.dut.counters()[0];
                for i in 0..pages {
                    assert_eq!(w.translate(&a, va + i * PAGE_SIZE + 8, Access::Write), Status::Ok);
                }
                (w.hw.dut.counters()[0] - before) as f64 / pages as f64
            };
            let cold = pass(&mut w);
            let second = pass(&mut w);
            let before = w.hw.dut.counters();
            w.translate(&a, va + len - PAGE_SIZE, Access::Write);
            let after = w.hw.dut.counters();
            let again = (after[0] - before[0]) as f64;
            assert_eq!(after[1] - before[1], 1, "the last page hits the IOTLB");
            println!(
                "{:<6} {:<10} {:>10.4} {:>12.4} {:>14.4}",
                format!("{level:?}"),
                if line_cache { "on" } else { "off" },
                cold,
                second,
                again
            );
            figures.insert((level, line_cache), cold);
        }
        w.with_scenario(|sc, w| sc.deregister(&mut w.hw, &mut w.mem.inner, &p, &r).unwrap());
        w.with_scenario(|sc, w| sc.set_pinned(&mut w.mem.inner, &p, VirtAddr(va), len, true).unwrap());
    }
    // The goals: one read per page from a leaf shortcut, four for the full walk, and at most
    // 1/64 per page on a sequential transfer with the line cache.
    assert_eq!(figures[&(Level::Pt, false)], 1.0);
    assert_eq!(figures[&(Level::Pd, false)], 2.0);
    assert_eq!(figures[&(Level::Pml4, false)], 4.0);
    assert!(figures[&(Level::Pt, true)] <= 1.0 / 64.0, "{}", figures[&(Level::Pt, true)]);
    for level in Level::ALL {
        assert!(figures[&(level, true)] < figures[&(level, false)]);
    }
}

/// R10 on the RTL: after a deregistration (protection-entry rewrite) or a key rotation (key
/// commit), no translation cached before it is used again. Each step first shows that the
/// caches are in use (a page-table change without invalidation is not seen), then that the
/// lifecycle event makes the next translation walk the current table.
#[test]
fn no_cached_translation_survives_deregistration_or_key_rotation() {
    let cfg = EngineConfig::small();
    let mut w = World::new(small(), cfg, 21, "lifecycle");
    let p = w.with_scenario(|sc, w| sc.new_process(&mut w.mem.inner, 4).unwrap());
    let va = 0x0000_7e00_0000_0000u64;
    let len = 8 * PAGE_SIZE;
    w.with_scenario(|sc, w| {
        sc.map(&mut w.mem.inner, &p, VirtAddr(va), len, PageSize::Size4K, flags::WRITABLE).unwrap()
    });
    let opts = RegisterOptions::default();
    let r = w.with_scenario(|sc, w| {
        sc.register(&mut w.hw, &mut w.mem.inner, &p, VirtAddr(va), len, opts).unwrap()
    });
    let (_, a) = w.admit(0, p.pd, 0, r.buffer(0), len, Access::Read);
    let a = a.expect("admitted");
    println!("latency: admission {} cycles", w.hw.dut.last_latency);
    let unseal_hits = |w: &World| w.hw.dut.get(w.hw.dut.p.unseal_hits);
    let before = unseal_hits(&w);
    assert_eq!(w.admit(0, p.pd, 0, r.buffer(0), len, Access::Read).0, Status::Ok);
    assert_eq!(unseal_hits(&w), before + 1, "the same shortcut again: from the unsealer's cache");
    println!("latency: admission, shortcut in the unsealer's cache {} cycles", w.hw.dut.last_latency);

    // Point the leaf of page 0 at another pinned frame, without telling the engine.
    let remap = |w: &mut World| -> u64 {
        let frame = w.sc.frames.alloc(PageSize::Size4K).unwrap();
        let (slot, e, _) = p.space.leaf(&w.mem.inner, VirtAddr(va)).unwrap();
        w.mem.inner.write_u64(slot, (e.raw() & !viaduct_abi::pagetable::PTE_ADDR_MASK) | frame.0).unwrap();
        frame.0
    };
    let pa_of = |w: &mut World, a: &Admitted| {
        let before = w.hw.dut.counters();
        assert_eq!(w.translate(a, va + 0x10, Access::Read), Status::Ok);
        let after = w.hw.dut.counters();
        (w.hw.dut.last.pa, after[1] - before[1], after[2] - before[2])
    };
    let (pa0, _, misses) = pa_of(&mut w, &a);
    assert_eq!(misses, 1);
    println!("latency: translation, cold walk of one level (line read) {} cycles", w.hw.dut.last_latency);
    w.translate(&a, va + PAGE_SIZE, Access::Read);
    println!("latency: translation, IOTLB miss and line-cache hit {} cycles", w.hw.dut.last_latency);
    let (pa, hits, _) = pa_of(&mut w, &a);
    println!("latency: translation, IOTLB hit {} cycles", w.hw.dut.last_latency);
    assert_eq!((pa, hits), (pa0, 1), "warm: an IOTLB hit");
    let frame1 = remap(&mut w);
    let (pa, hits, _) = pa_of(&mut w, &a);
    assert_eq!((pa, hits), (pa0, 1), "without invalidation the cached translation is used");

    // Deregistration: the protection entry is rewritten (and the pages unpinned).
    w.with_scenario(|sc, w| sc.deregister(&mut w.hw, &mut w.mem.inner, &p, &r).unwrap());
    assert_eq!(w.admit(0, p.pd, 0, r.buffer(0), len, Access::Read).0, Status::RegionInvalid);
    assert_eq!(
        w.translate(&a, va + 0x10, Access::Read),
        Status::NotPinned,
        "walked: the page is unpinned now"
    );
    // Registered again: same slot, next generation; the old shortcut is stale.
    let r2 = w.with_scenario(|sc, w| {
        sc.register(&mut w.hw, &mut w.mem.inner, &p, VirtAddr(va), len, opts).unwrap()
    });
    assert_eq!(r2.slot, r.slot);
    assert_eq!(w.admit(0, p.pd, 0, r.buffer(0), len, Access::Read).0, Status::RegionStale);
    let (_, a2) = w.admit(0, p.pd, 0, r2.buffer(0), len, Access::Read);
    let a2 = a2.expect("admitted");
    let (pa, hits, misses) = pa_of(&mut w, &a2);
    assert_eq!((pa, hits, misses), (frame1 + 0x10, 0, 1), "a walk of the current table");
    let (_, hits, _) = pa_of(&mut w, &a2);
    assert_eq!(hits, 1, "warm again");
    let frame2 = remap(&mut w);
    let (pa, _, _) = pa_of(&mut w, &a2);
    assert_eq!(pa, frame1 + 0x10, "cached again");

    // Key rotation: a key commit drops every cached translation, line and unsealed shortcut.
    assert_eq!(w.admit(0, p.pd, 0, r2.buffer(0), len, Access::Read).0, Status::Ok);
    let before = unseal_hits(&w);
    w.with_scenario(|sc, w| sc.rotate_key(&mut w.hw, 0));
    assert_eq!(w.admit(0, p.pd, 0, r2.buffer(0), len, Access::Read).0, Status::ShortcutInvalid);
    assert_eq!(unseal_hits(&w), before, "unsealed again under the new key");
    let (pa, hits, misses) = pa_of(&mut w, &a2);
    assert_eq!((pa, hits, misses), (frame2 + 0x10, 0, 1), "after rotation: walked, current frame");

    // An explicit INVALIDATE of the slot, with the IOTLB off and only the line cache holding
    // the old entry: the line cache is emptied too.
    w.write_reg(global::CONTROL, 0b101);
    let (pa, _, _) = pa_of(&mut w, &a2);
    assert_eq!(pa, frame2 + 0x10);
    let frame3 = remap(&mut w);
    let (pa, _, _) = pa_of(&mut w, &a2);
    assert_eq!(pa, frame2 + 0x10, "the line cache holds the old entry");
    w.write_reg(global::INVALIDATE, global::INVALIDATE::SLOT.put(u32::from(r2.slot)));
    let (pa, _, _) = pa_of(&mut w, &a2);
    assert_eq!(pa, frame3 + 0x10, "after INVALIDATE: the current entry");
}

/// A command strobe while `cmd_ready` is low is ignored as a whole: a key commit issued in
/// the cycle after another command neither installs its key nor half-applies.
#[test]
fn strobes_while_not_ready_are_ignored() {
    let cfg = EngineConfig::small();
    let mut w = World::new(small(), cfg, 31, "strobe_not_ready");
    let p = w.with_scenario(|sc, w| sc.new_process(&mut w.mem.inner, 2).unwrap());
    let va = 0x0000_7d00_0000_0000u64;
    w.with_scenario(|sc, w| {
        sc.map(&mut w.mem.inner, &p, VirtAddr(va), PAGE_SIZE, PageSize::Size4K, flags::WRITABLE).unwrap()
    });
    let r = w.with_scenario(|sc, w| {
        sc.register(&mut w.hw, &mut w.mem.inner, &p, VirtAddr(va), PAGE_SIZE, RegisterOptions::default())
            .unwrap()
    });
    w.write_reg(global::INVALIDATE, global::INVALIDATE::ALL.put(1));
    let d = &mut w.hw.dut;
    assert_eq!(d.get(d.p.cmd_ready), 0, "busy right after a command");
    d.set(d.p.key_slot, 0);
    d.m.set_wide(d.p.key_data, &words128(0x1234)).unwrap();
    d.set(d.p.key_generation, 99);
    d.set(d.p.key_commit, 1);
    d.step(None);
    d.set(d.p.key_commit, 0);
    // The model never saw that commit; the RTL must still hold the scenario's key.
    let (status, _) = w.admit(0, p.pd, 0, r.buffer(0), PAGE_SIZE, Access::Read);
    assert_eq!(status, Status::Ok);
}

/// The differential test catches a unit that is wrong only in its cache policy: this mutant
/// looks the IOTLB up without the slot in the index (its fills still use it), so answers stay
/// right but hits turn into misses, which only the counter comparison sees.
#[test]
fn a_mutant_with_a_wrong_iotlb_index_is_caught() {
    let v = translate_unit_verilog(&EngineConfig::small()).unwrap();
    let exact = "ram$read_address = ((lookup_va_page ^ ((lookup_slot) & 52'hfffffffffffff)) & 4'hf);";
    assert_eq!(v.matches(exact).count(), 1, "the IOTLB lookup index is where the mutant expects it");
    let mutant = v.replace(exact, "ram$read_address = ((lookup_va_page) & 4'hf);");
    let b = Builder::new("top", cache_dir())
        .source_text("translate_unit_mutant.v", mutant)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_stream_on(&b, 1, 600)));
    let message = match caught {
        Ok(_) => panic!("the mutant passed the differential test"),
        Err(e) => e.downcast_ref::<String>().cloned().unwrap_or_default(),
    };
    assert!(message.contains("counters"), "caught by the counters: {message}");
}

/// SOFT_RESET on the RTL: keys, protection table, IOTLB, line cache, the unsealer's cache and
/// the counters are emptied. Before it every cache is in use (IOTLB and line hits, a shortcut
/// from the unsealer's cache); after it the counters read zero, the same shortcut is refused
/// (no key), a translation with a ticket from before is not answered from a cache (it walks
/// and reads the line again), and with the key installed again the region is unknown until its
/// entry is written again. The model, reset the same way, is compared at every step.
#[test]
fn soft_reset_empties_keys_protection_table_caches_and_counters() {
    let cfg = EngineConfig::small();
    let mut w = World::new(small(), cfg, 41, "soft_reset");
    let p = w.with_scenario(|sc, w| sc.new_process(&mut w.mem.inner, 3).unwrap());
    let va = 0x0000_7c00_0000_0000u64;
    let len = 8 * PAGE_SIZE;
    w.with_scenario(|sc, w| {
        sc.map(&mut w.mem.inner, &p, VirtAddr(va), len, PageSize::Size4K, flags::WRITABLE).unwrap()
    });
    let r = w.with_scenario(|sc, w| {
        sc.register(&mut w.hw, &mut w.mem.inner, &p, VirtAddr(va), len, RegisterOptions::default()).unwrap()
    });
    let (_, a) = w.admit(0, p.pd, 0, r.buffer(0), len, Access::Write);
    let a = a.expect("admitted");
    assert_eq!(w.admit(0, p.pd, 0, r.buffer(0), len, Access::Write).0, Status::Ok);
    for _ in 0..2 {
        for i in 0..8 {
            assert_eq!(w.translate(&a, va + i * PAGE_SIZE + 8, Access::Write), Status::Ok);
        }
    }
    let unseal_hits = |w: &World| w.hw.dut.get(w.hw.dut.p.unseal_hits);
    assert_eq!(w.hw.dut.counters(), [1, 8, 8, 7], "[table reads, IOTLB hits, misses, line hits] before");
    assert_eq!(unseal_hits(&w), 1, "one admission from the unsealer's cache before");
    let (key, generation) = w.sc.key(0).unwrap();
    let entry = w.hw.mirror.prot[r.slot as usize];

    let started = w.hw.dut.cycles;
    w.write_reg(global::SOFT_RESET, global::SOFT_RESET::RESET.put(1));
    w.hw.dut.wait("soft reset", |d| d.get(d.p.cmd_ready) == 1, None);
    println!("soft reset: ready again after {} cycles", w.hw.dut.cycles - started);
    assert_eq!(w.hw.dut.counters(), [0; 4], "counters after the reset");
    assert_eq!(unseal_hits(&w), 0, "unsealer cache hits after the reset");
    assert_eq!(
        w.admit(0, p.pd, 0, r.buffer(0), len, Access::Write).0,
        Status::ShortcutInvalid,
        "the shortcut that was valid: no key in its slot any more"
    );
    assert_eq!(w.translate(&a, va + 8, Access::Write), Status::Ok);
    assert_eq!(
        w.hw.dut.counters(),
        [1, 0, 1, 0],
        "a ticket from before walks: IOTLB and line cache are empty"
    );
    w.with_scenario(|sc, w| sc.install_key(&mut w.hw, 0, key, generation));
    assert_eq!(
        w.admit(0, p.pd, 0, r.buffer(0), len, Access::Write).0,
        Status::RegionInvalid,
        "the key is back, the protection table is still empty"
    );
    assert_eq!(unseal_hits(&w), 0, "the unsealer's cache was emptied too");
    w.with_scenario(|sc, w| sc.write_protection(&mut w.hw, r.slot, &entry));
    assert_eq!(w.admit(0, p.pd, 0, r.buffer(0), len, Access::Write).0, Status::Ok, "recovered");
}

/// What [`race`] saw: whether the commit strobe was taken, the cycle the request was taken
/// (relative to the strobe's cycle 0), and the response.
struct Raced {
    commit_taken: bool,
    request_taken: i64,
    response: Response,
}

/// Raises PROT_COMMIT of `entry` in `slot` for cycle 0 only, as a register write does, and
/// request `q` from cycle `k` on, held until taken; runs until the response is taken.
fn race(d: &mut Dut, mem: &mut Mem, slot: u16, entry: &ProtectionEntry, q: &Request, k: i64) -> Raced {
    d.wait("idle before the race", |d| d.get(d.p.cmd_ready) == 1, Some(mem));
    d.set(d.p.prot_slot, slot.into());
    d.m.set_wide(d.p.prot_entry, &entry.register_words()).unwrap();
    d.set(d.p.req_admit, q.admit as u64);
    d.set(d.p.req_vi, q.vi);
    d.set(d.p.req_pd, q.pd);
    d.set(d.p.req_key_slot, q.key_slot);
    d.set(d.p.req_va, q.va);
    d.set(d.p.req_len, q.len);
    d.set(d.p.req_write, q.write as u64);
    d.m.set_wide(d.p.req_shortcut, &words128(q.shortcut)).unwrap();
    let (mut commit_taken, mut request_taken, mut response) = (false, None, None);
    let mut t = k.min(0);
    while t <= 0 || response.is_none() {
        assert!(t < 10_000, "translation unit hangs in the race");
        let offer = t >= k && request_taken.is_none();
        d.set(d.p.prot_commit, (t == 0) as u64);
        d.set(d.p.req_valid, offer as u64);
        d.m.eval();
        if t == 0 {
            commit_taken = d.get(d.p.cmd_ready) == 1;
        }
        if offer && d.get(d.p.req_ready) == 1 {
            request_taken = Some(t);
        }
        if d.get(d.p.rsp_valid) == 1 {
            // rsp_ready is held high: taken at this edge.
            assert!(response.is_none(), "one response");
            let p = &d.p;
            response = Some(Response {
                status: d.get(p.rsp_status) as u8,
                pa: d.get(p.rsp_pa),
                bytes: d.get(p.rsp_bytes),
                fault_va: d.get(p.rsp_fault_va),
                ticket: u128_of(&d.m.get_wide(p.rsp_ticket).unwrap()),
            });
        }
        d.step(Some(mem));
        t += 1;
    }
    d.set(d.p.prot_commit, 0);
    d.set(d.p.req_valid, 0);
    d.m.eval();
    Raced { commit_taken, request_taken: request_taken.expect("request taken"), response: response.unwrap() }
}

/// R10 at the unit's interface, cycle by cycle: PROT_COMMIT of a deregistration (an invalid
/// entry) raised in cycle 0, a request raised in cycle k. For every k from 0 (the same cycle)
/// through the whole time the unit drops the slot's translations and the line cache, the
/// request waits for the command and then sees the new entry and none of the old
/// translations: an admission is refused, a translation walks the current table (whose leaf
/// was moved to another frame behind the caches' back) instead of hitting the IOTLB. A
/// request raised earlier (k < 0) is taken first and sees the old state; the commit, arriving
/// while the unit is busy, is then ignored as a whole. The model, given the same order of
/// events, agrees on every answer and counter.
#[test]
fn a_request_racing_a_protection_commit_never_sees_a_stale_allow() {
    let cfg = EngineConfig::small();
    let mut w = World::new(small(), cfg, 51, "race");
    let p = w.with_scenario(|sc, w| sc.new_process(&mut w.mem.inner, 6).unwrap());
    let va = 0x0000_7b00_0000_0000u64;
    let len = 4 * PAGE_SIZE;
    w.with_scenario(|sc, w| {
        sc.map(&mut w.mem.inner, &p, VirtAddr(va), len, PageSize::Size4K, flags::WRITABLE).unwrap()
    });
    let r = w.with_scenario(|sc, w| {
        sc.register(&mut w.hw, &mut w.mem.inner, &p, VirtAddr(va), len, RegisterOptions::default()).unwrap()
    });
    let slot = r.slot;
    let old = w.hw.mirror.prot[slot as usize];
    let (_, a) = w.admit(0, p.pd, 0, r.buffer(0), len, Access::Read);
    let a = a.expect("admitted");
    let (leaf, leaf_entry, _) = p.space.leaf(&w.mem.inner, VirtAddr(va)).unwrap();
    let frame0 = leaf_entry.addr().0;
    let frame1 = w.sc.frames.alloc(PageSize::Size4K).unwrap().0;
    let probe = va + 0x10;
    let admission = Request {
        admit: true,
        pd: p.pd.id().into(),
        va,
        len,
        shortcut: r.buffer(0).shortcut.to_u128(),
        ..Request::default()
    };
    let translation = Request { va: probe, shortcut: a.ticket, ..Request::default() };
    let mut waited = Vec::new();
    for k in -3i64..=26 {
        for translate in [false, true] {
            let what = format!(
                "request raised in cycle {k}, {}",
                if translate { "translation" } else { "admission" }
            );
            // The old state: the slot's entry valid, the page's translation in the IOTLB, and
            // the leaf moved to frame1 without telling the engine.
            w.with_scenario(|sc, w| sc.write_protection(&mut w.hw, slot, &old));
            w.mem.inner.write_u64(leaf, leaf_entry.raw()).unwrap();
            for _ in 0..2 {
                assert_eq!(w.translate(&a, probe, Access::Read), Status::Ok);
            }
            assert_eq!(w.hw.dut.last.pa, frame0 + 0x10, "{what}: warm");
            let moved = (leaf_entry.raw() & !viaduct_abi::pagetable::PTE_ADDR_MASK) | frame1;
            w.mem.inner.write_u64(leaf, moved).unwrap();
            let before = w.hw.dut.counters();

            let q = if translate { &translation } else { &admission };
            let raced = race(&mut w.hw.dut, &mut w.mem, slot, &ProtectionEntry::INVALID, q, k);
            let got = raced.response;
            assert_eq!(raced.commit_taken, k >= 0, "{what}: the commit is taken only while idle");
            if k >= 0 {
                assert!(raced.request_taken > 0, "{what}: the command goes first");
                waited.push(raced.request_taken);
            } else {
                assert_eq!(raced.request_taken, k, "{what}: taken at once");
            }
            // The model, in the same order.
            let mi = &mut w.hw.mirror;
            let apply = |mi: &mut Mirror| {
                mi.prot[slot as usize] = ProtectionEntry::INVALID;
                mi.tu.invalidate_slot(slot);
            };
            if raced.commit_taken {
                apply(mi);
            }
            let expect: Result<u64, Status> = if translate {
                mi.tu
                    .translate(&mut w.mem, &mut mi.counters, &a.fields, VirtAddr(probe), Access::Read)
                    .map(|pa| pa.0)
            } else {
                let key = mi.keys[0];
                let ctx = AdmissionContext { key, pd: p.pd, vi: 0, protection: &mi.prot };
                admit(&ctx, r.buffer(0), len, Access::Read).map(|_| 0).map_err(|(s, _)| s)
            };
            let status = Status::from_code(got.status).unwrap();
            match expect {
                Ok(pa) if translate => assert_eq!((status, got.pa), (Status::Ok, pa), "{what}"),
                Ok(_) => assert_eq!(status, Status::Ok, "{what}"),
                Err(s) => assert_eq!(status, s, "{what}"),
            }
            assert_eq!(w.hw.dut.counters(), w.hw.mirror.counters(), "{what}: counters");
            // And in so many words.
            let after = w.hw.dut.counters();
            match (translate, k >= 0) {
                (false, true) => assert_eq!(status, Status::RegionInvalid, "{what}"),
                (false, false) => assert_eq!(status, Status::Ok, "{what}"),
                (true, true) => {
                    assert_eq!(got.pa, frame1 + 0x10, "{what}: the current table");
                    assert_eq!(after[1] - before[1], 0, "{what}: no IOTLB hit");
                }
                (true, false) => {
                    assert_eq!(got.pa, frame0 + 0x10, "{what}: the old translation, before the commit");
                    assert_eq!(after[1] - before[1], 1, "{what}: an IOTLB hit");
                }
            }
        }
    }
    let mut cycles = waited.clone();
    cycles.dedup();
    println!("race: requests raised in cycles 0..=26 after the commit were taken in cycles {cycles:?}");
    assert!(waited.iter().all(|&t| t >= 4), "not ready for at least four cycles after a command");
}
