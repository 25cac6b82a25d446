//! The page walker (`hw/src/walker.rs`, with its PTE-line cache) alone under Verilator,
//! reading host memory through the testbench's `AxiMemory` bound to its `m_axi$` port, with a
//! plan per read that can break it (SLVERR/DECERR, RLAST on the wrong beat, a response that
//! never comes or stops part-way, a pause, ARREADY late or never). Checked against the
//! model's `TranslationUnit::translate` with the IOTLB off (so its `walk`, `walk_step` and
//! line cache): status, physical address, the host reads (address and length, in order) and
//! the TableReads / LineHits counts; plus 1- to 4-level walks, 2 MiB and 1 GiB leaves, every
//! walk status, host errors and the watchdog's exact bounds (also 0) on their own.
//!
//! Seeds: `VIADUCT_SEED=<n>` replays one stream. Traces: `VIADUCT_TRACE=<dir>`.

mod common;

use common::{Rng, SeedGuard, build, port, seeds};
use std::collections::{BTreeMap, VecDeque};
use viaduct_abi::pagetable::{PAGE_SIZE, PageTableEntry, entry_address, flags};
use viaduct_abi::{
    Access, Counter, EngineConfig, Level, PhysAddr, ProtectionDomain, Rights, ShortcutFields, Status,
    VirtAddr,
};
use viaduct_hw::verilog::verilog_of;
use viaduct_hw::walker::Walker;
use viaduct_model::{
    AddressSpace, Counters, DmaPort, FrameAllocator, HostFault, Memory, PageSize, SparseMemory,
    TranslationUnit, walk,
};
use viaduct_testbench::host::axi_memory::{ManagerInputs, MemoryOutputs, RESP_DECERR, RESP_SLVERR};
use viaduct_testbench::host::pins::AxiMemoryPins;
use viaduct_testbench::host::{AxiMemory, AxiMemoryConfig};
use viaduct_testbench::verilator::{Model, PortId};

/// `EngineConfig::small()`: 4 PT lines.
const LT: usize = 3;
const LD: usize = LT + 1 + 6;
const LINE_BEATS: u64 = 64;

/// How the host treats one read of the walker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Plan {
    /// Answer every beat, after holding ARREADY low for `ar_delay` cycles.
    Answer { ar_delay: u64 },
    /// Answer with `code` on beat `beat` (every beat if `None`).
    Resp { code: u8, beat: Option<u64> },
    /// RLAST on the wrong beat: early on `beat` if it is not the last, missing if it is.
    WrongLast { beat: u64 },
    /// Only the first `beats` beats come; the rest never.
    Cut { beats: u64 },
    /// Beat `beat` comes `cycles` cycles late, the rest after it.
    Pause { beat: u64, cycles: u64 },
    /// ARREADY never rises.
    Stall,
}

const ANSWER: Plan = Plan::Answer { ar_delay: 0 };

impl Plan {
    /// What the model's host port says for this read: the walker must see exactly this.
    /// `latency` is the host's (first beat `latency` cycles after the address), `watchdog`
    /// the cycles without progress the walker tolerates.
    fn fault(self, latency: u64, watchdog: u64) -> Option<HostFault> {
        let late = |idle: u64| idle > watchdog;
        let timeout = Some(HostFault::NoResponse);
        match self {
            Plan::Answer { ar_delay } if late(ar_delay) || late(latency - 1) => timeout,
            Plan::Answer { .. } => None,
            Plan::Resp { .. } | Plan::WrongLast { .. } => Some(HostFault::Error),
            Plan::Cut { .. } | Plan::Stall => timeout,
            Plan::Pause { beat, cycles } => {
                let idle = cycles + if beat == 0 { latency - 1 } else { 0 };
                if late(idle) || late(latency - 1) { timeout } else { None }
            }
        }
    }
}

/// A read the host accepted: its plan, its beats, beats taken so far, pause still to wait.
struct Track {
    plan: Plan,
    beats: u64,
    sent: u64,
    pause: u64,
}

/// The host: `AxiMemory` behind the walker's port, with each read bent by its plan.
struct Host {
    mem: AxiMemory<SparseMemory>,
    pins: AxiMemoryPins,
    /// Plans for the next reads the walker presents, in order (then `ANSWER`).
    plans: VecDeque<Plan>,
    /// The read on AR now: its plan and the cycles it has waited.
    ar: Option<(Plan, u64)>,
    reads: VecDeque<Track>,
    /// Every read presented on AR: (address, bytes, ID).
    log: Vec<(u64, u64, u64)>,
    /// Cycle of the last bus progress: an address presented or taken, a beat taken.
    last_progress: u64,
}

impl Host {
    /// Acts on what the walker drives in cycle `now` (before its edge).
    fn step(&mut self, m: &mut Model, now: u64) {
        let inputs = self.pins.sample(m).unwrap();
        let mut accept = None;
        match inputs.ar {
            Some(ar) => {
                if self.ar.is_none() {
                    self.last_progress = now;
                    let plan = self.plans.pop_front().unwrap_or(ANSWER);
                    self.log.push((ar.addr, (u64::from(ar.len) + 1) << ar.size, u64::from(ar.id)));
                    self.ar = Some((plan, 0));
                }
                let (plan, waited) = self.ar.as_mut().unwrap();
                let delay = match *plan {
                    Plan::Answer { ar_delay } => ar_delay,
                    Plan::Stall => u64::MAX,
                    _ => 0,
                };
                if *waited >= delay {
                    accept = Some((ar, *plan));
                } else {
                    *waited += 1;
                }
            }
            // Withdrawn by the watchdog.
            None => self.ar = None,
        }
        let out = self.mem.outputs();
        let (mut present, mut rready) = (None, false);
        if let Some(mut beat) = out.r {
            let t = self.reads.front_mut().expect("a beat of an accepted read");
            match t.plan {
                // Beats past the cut are dropped by the host, never shown.
                Plan::Cut { beats } if t.sent >= beats => rready = true,
                Plan::Pause { beat, .. } if t.sent == beat && t.pause > 0 => t.pause -= 1,
                plan => {
                    match plan {
                        Plan::Resp { code, beat: b } if b.is_none_or(|b| b == t.sent) => beat.resp = code,
                        Plan::WrongLast { beat: b } if b == t.sent => beat.last = !beat.last,
                        _ => {}
                    }
                    present = Some(beat);
                    rready = inputs.rready;
                }
            }
            if rready {
                t.sent += 1;
                if t.sent == t.beats {
                    self.reads.pop_front();
                }
            }
        }
        if present.is_some() && rready || accept.is_some() {
            self.last_progress = now;
        }
        let drive = MemoryOutputs { arready: accept.is_some(), r: present, ..MemoryOutputs::default() };
        self.pins.drive(m, &drive).unwrap();
        self.mem.clock(&ManagerInputs { ar: accept.map(|(ar, _)| ar), rready, ..ManagerInputs::default() });
        if let Some((ar, plan)) = accept {
            let pause = if let Plan::Pause { cycles, .. } = plan { cycles } else { 0 };
            self.reads.push_back(Track { plan, beats: u64::from(ar.len) + 1, sent: 0, pause });
            self.ar = None;
        }
    }
}

struct Ports {
    start: PortId,
    table_pa: PortId,
    level: PortId,
    va: PortId,
    write: PortId,
    line_cache_enable: PortId,
    watchdog: PortId,
    inv_all: PortId,
    busy: PortId,
    done: PortId,
    status: PortId,
    pa: PortId,
    writable: PortId,
    table_read: PortId,
    line_hit: PortId,
}

#[derive(Clone, Copy, Debug)]
struct Walk {
    table: u64,
    level: Level,
    va: u64,
    write: bool,
    lce: bool,
}

#[derive(Clone, Debug)]
struct Walked {
    status: Status,
    pa: u64,
    writable: bool,
    table_reads: u64,
    line_hits: u64,
    /// Reads presented on AR: (address, bytes, ID).
    reads: Vec<(u64, u64, u64)>,
    /// Cycles from the last bus progress to `done`.
    after_progress: u64,
}

struct Bench {
    m: Model,
    p: Ports,
    host: Host,
    cycle: u64,
    watchdog: u64,
    /// The model, kept in step: same line cache, same invalidations.
    reference: Reference,
}

impl Bench {
    fn new(name: &str, mem: SparseMemory, latency: u64, watchdog: u64) -> Bench {
        let mut m = build("walker", name, verilog_of(&mut Walker::<LT, LD>::default()));
        let p = |n: &str| port(&m, n);
        let p = Ports {
            start: p("start"),
            table_pa: p("table_pa"),
            level: p("level"),
            va: p("va"),
            write: p("write"),
            line_cache_enable: p("line_cache_enable"),
            watchdog: p("watchdog"),
            inv_all: p("inv_all"),
            busy: p("busy"),
            done: p("done"),
            status: p("status"),
            pa: p("pa"),
            writable: p("writable"),
            table_read: p("table_read"),
            line_hit: p("line_hit"),
        };
        let pins = AxiMemoryPins::find(&m, "m_axi$").unwrap();
        assert_eq!(pins.data_bytes(), 8);
        let cfg = AxiMemoryConfig {
            data_bytes: 8,
            read_latency: latency,
            write_latency: 1,
            reads_in_flight: 64,
            writes_in_flight: 1,
            writes_land_at_response: false,
        };
        m.set(p.watchdog, watchdog).unwrap();
        let host = Host {
            mem: AxiMemory::new(mem, cfg),
            pins,
            plans: VecDeque::new(),
            ar: None,
            reads: VecDeque::new(),
            log: Vec::new(),
            last_progress: 0,
        };
        let mut b = Bench { m, p, host, cycle: 0, watchdog, reference: Reference::new() };
        b.idle();
        b
    }

    fn set_watchdog(&mut self, cycles: u64) {
        self.watchdog = cycles;
        self.m.set(self.p.watchdog, cycles).unwrap();
    }

    fn step(&mut self) {
        self.m.eval();
        self.host.step(&mut self.m, self.cycle);
        self.m.tick().unwrap();
        self.cycle += 1;
    }

    /// Steps until the walker (and its line cache) is idle.
    fn idle(&mut self) {
        for _ in 0..10_000 {
            if self.m.get(self.p.busy).unwrap() == 0 {
                return;
            }
            self.step();
        }
        panic!("walker stays busy");
    }

    /// Lets the bus settle: late beats of abandoned reads arrive and are dropped.
    fn drain(&mut self) {
        for _ in 0..10_000 {
            if self.host.reads.is_empty() && self.host.mem.idle() {
                return;
            }
            self.step();
        }
        panic!("host never drains");
    }

    /// Empties the line cache, in the walker and in the model.
    fn invalidate(&mut self) {
        self.idle();
        self.m.set(self.p.inv_all, 1).unwrap();
        self.step();
        self.m.set(self.p.inv_all, 0).unwrap();
        self.idle();
        self.reference.tu.invalidate_all();
    }

    /// Beats the host still owes for reads already taken (also those it drops), and pauses.
    fn backlog(&self) -> u64 {
        self.host.reads.iter().map(|t| t.beats - t.sent + t.pause).sum()
    }

    /// A walk on both sides, compared (see [`check`]).
    fn checked(&mut self, what: &str, w: Walk, plans: &[Plan]) -> Walked {
        let (latency, watchdog) = (self.host.mem.cfg.read_latency, self.watchdog);
        let expect = self.reference.walk(&self.host.mem.mem, &w, plans, latency, watchdog);
        let got = self.walk(w, plans);
        check(what, &got, &expect);
        got
    }

    fn walk(&mut self, w: Walk, plans: &[Plan]) -> Walked {
        self.idle();
        self.host.plans = plans.iter().copied().collect();
        let first_read = self.host.log.len();
        let m = &mut self.m;
        m.set(self.p.table_pa, w.table).unwrap();
        m.set(self.p.level, u64::from(w.level.number() - 1)).unwrap();
        m.set(self.p.va, w.va).unwrap();
        m.set(self.p.write, w.write.into()).unwrap();
        m.set(self.p.line_cache_enable, w.lce.into()).unwrap();
        m.set(self.p.start, 1).unwrap();
        self.step();
        self.m.set(self.p.start, 0).unwrap();
        let started = self.cycle;
        let (mut table_reads, mut line_hits) = (0, 0);
        loop {
            table_reads += self.m.get(self.p.table_read).unwrap();
            line_hits += self.m.get(self.p.line_hit).unwrap();
            if self.m.get(self.p.done).unwrap() == 1 {
                break;
            }
            assert!(self.cycle - started < 20_000, "walker hangs on {w:x?}");
            self.step();
        }
        let code = self.m.get(self.p.status).unwrap() as u8;
        let walked = Walked {
            status: Status::from_code(code).unwrap_or_else(|_| panic!("unknown status {code:#x}")),
            pa: self.m.get(self.p.pa).unwrap(),
            writable: self.m.get(self.p.writable).unwrap() == 1,
            table_reads,
            line_hits,
            reads: self.host.log[first_read..].to_vec(),
            after_progress: self.cycle - self.host.last_progress,
        };
        self.host.plans.clear();
        walked
    }
}

/// The model's host port for one walk: reads consume the walk's plans in order, and fail as
/// the plan says the walker will see it.
struct PlannedPort<'a> {
    mem: &'a SparseMemory,
    plans: &'a [Plan],
    latency: u64,
    watchdog: u64,
    reads: Vec<(u64, u64)>,
}

impl DmaPort for PlannedPort<'_> {
    fn dma_read(&mut self, pa: PhysAddr, buf: &mut [u8]) -> Result<(), HostFault> {
        let plan = self.plans.get(self.reads.len()).copied().unwrap_or(ANSWER);
        self.reads.push((pa.0, buf.len() as u64));
        match plan.fault(self.latency, self.watchdog) {
            Some(f) => Err(f),
            None => self.mem.read(pa, buf).map_err(|_| HostFault::Error),
        }
    }
    fn dma_write(&mut self, _: PhysAddr, _: &[u8]) -> Result<(), HostFault> {
        unreachable!("the walker only reads")
    }
}

/// The model's side: its translation unit with the IOTLB off, and its counters.
struct Reference {
    tu: TranslationUnit,
    counters: Counters,
}

/// The model's answer for a walk: result, writability of the leaf, reads, and the
/// TableReads / LineHits it counted.
struct Expected {
    result: Result<u64, Status>,
    writable: bool,
    reads: Vec<(u64, u64)>,
    table_reads: u64,
    line_hits: u64,
}

impl Reference {
    fn new() -> Self {
        let mut tu = TranslationUnit::new(&EngineConfig::small());
        tu.iotlb_enabled = false;
        Reference { tu, counters: Counters::default() }
    }

    fn walk(
        &mut self,
        mem: &SparseMemory,
        w: &Walk,
        plans: &[Plan],
        latency: u64,
        watchdog: u64,
    ) -> Expected {
        self.tu.line_cache_enabled = w.lce;
        let fields = ShortcutFields {
            table: PhysAddr(w.table),
            level: w.level,
            rights: Rights::READ_WRITE,
            slot: 0,
            va_block: 0,
            pd: ProtectionDomain::ZERO,
            key_generation: 0,
            slot_generation: 0,
        };
        let access = if w.write { Access::Write } else { Access::Read };
        let (tr, lh) = (self.counters.get(Counter::TableReads), self.counters.get(Counter::LineHits));
        let mut port = PlannedPort { mem, plans, latency, watchdog, reads: Vec::new() };
        let result =
            self.tu.translate(&mut port, &mut self.counters, &fields, VirtAddr(w.va), access).map(|pa| pa.0);
        let writable = result.is_ok() && plain_walk(mem, w).is_ok_and(|t| t.writable);
        Expected {
            result,
            writable,
            reads: port.reads,
            table_reads: self.counters.get(Counter::TableReads) - tr,
            line_hits: self.counters.get(Counter::LineHits) - lh,
        }
    }
}

fn plain_walk(mem: &SparseMemory, w: &Walk) -> Result<viaduct_model::pagetable::Translated, Status> {
    walk(
        &mut |pa, _| Ok(PageTableEntry(mem.read_u64(pa).unwrap())),
        PhysAddr(w.table),
        w.level,
        VirtAddr(w.va),
        Access::Read,
    )
}

/// Compares a walk with the model's; returns the status.
fn check(what: &str, got: &Walked, expect: &Expected) -> Status {
    match expect.result {
        Ok(pa) => {
            assert_eq!((got.status, got.pa), (Status::Ok, pa), "{what}: status and PA");
            assert_eq!(got.writable, expect.writable, "{what}: writable");
        }
        Err(s) => assert_eq!(got.status, s, "{what}: status (model {s:?})"),
    }
    let reads: Vec<(u64, u64)> = got.reads.iter().map(|&(a, n, _)| (a, n)).collect();
    assert_eq!(reads, expect.reads, "{what}: host reads (address, bytes)");
    assert_eq!(
        (got.table_reads, got.line_hits),
        (expect.table_reads, expect.line_hits),
        "{what}: TableReads and LineHits"
    );
    got.status
}

/// A process's table with every case the walker distinguishes.
struct Tables {
    mem: SparseMemory,
    space: AddressSpace,
    /// VAs worth walking (mapped, damaged, and holes at every level).
    vas: Vec<u64>,
}

const PT_REGION: u64 = 0x0000_7f00_0000_0000;
const BIG_2M: u64 = 0x0000_7f20_0000_0000;
const BIG_1G: u64 = 0x0000_5000_4000_0000;
const PS_AT_PML4: u64 = 0x0000_3000_0000_0000;
const FAR_PAGES: u64 = 0x0000_1000_0000_0000;

fn build_tables(rng: &mut Rng) -> Tables {
    let mut mem = SparseMemory::new();
    let mut frames = FrameAllocator::new(PhysAddr(0x10_0000), PhysAddr(1 << 44));
    let space = AddressSpace::new(&mut mem, &mut frames).unwrap();
    let mut vas = Vec::new();
    let mut map = |mem: &mut SparseMemory, va: u64, size: PageSize, f: u64, vas: &mut Vec<u64>| {
        let pa = frames.alloc(size).unwrap();
        space.map(mem, &mut frames, VirtAddr(va), pa, size, f).unwrap();
        vas.push(va);
    };
    // 4 KiB pages over two leaf tables, and a few far away (another PML4 entry).
    for i in 0..80u64 {
        let mut f = 0;
        if rng.chance(85) {
            f |= flags::PINNED;
        }
        if rng.chance(60) {
            f |= flags::WRITABLE;
        }
        let va = PT_REGION + (i / 40) * (2 << 20) + (i % 40) * PAGE_SIZE;
        map(&mut mem, va, PageSize::Size4K, f, &mut vas);
    }
    for i in 0..8u64 {
        map(&mut mem, FAR_PAGES + i * PAGE_SIZE, PageSize::Size4K, flags::PINNED | flags::WRITABLE, &mut vas);
    }
    // 2 MiB leaves: good, read-only, unpinned, misaligned.
    let leaves =
        [flags::PINNED | flags::WRITABLE, flags::PINNED, flags::WRITABLE, flags::PINNED | flags::WRITABLE];
    for (i, f) in leaves.iter().enumerate() {
        map(&mut mem, BIG_2M + (i as u64) * (2 << 20), PageSize::Size2M, *f, &mut vas);
    }
    misalign(&mut mem, &space, BIG_2M + 3 * (2 << 20));
    // 1 GiB leaves: good (read-only), and misaligned.
    map(&mut mem, BIG_1G, PageSize::Size1G, flags::PINNED, &mut vas);
    map(&mut mem, BIG_1G + (1 << 30), PageSize::Size1G, flags::PINNED | flags::WRITABLE, &mut vas);
    misalign(&mut mem, &space, BIG_1G + (1 << 30));
    // PS at PML4: reserved.
    map(&mut mem, PS_AT_PML4, PageSize::Size4K, flags::PINNED, &mut vas);
    let root_entry = entry_address(space.root(), Level::Pml4, VirtAddr(PS_AT_PML4));
    let e = mem.read_u64(root_entry).unwrap();
    mem.write_u64(root_entry, e | flags::HUGE).unwrap();
    // Holes: a page in a leaf table, a PD entry, a PDPT entry, a PML4 entry.
    for i in [3u64, 17, 39] {
        space.unmap(&mut mem, VirtAddr(PT_REGION + i * PAGE_SIZE)).unwrap();
    }
    vas.extend([
        PT_REGION + 45 * PAGE_SIZE,
        PT_REGION + (6 << 20),
        PT_REGION + (5 << 30),
        0x0000_6000_0000_0000,
    ]);
    Tables { mem, space, vas }
}

/// Moves the frame of the large leaf mapping `va` by one 4 KiB page: BadTableEntry.
fn misalign(mem: &mut SparseMemory, space: &AddressSpace, va: u64) {
    let (slot, e, _) = space.leaf(mem, VirtAddr(va)).unwrap();
    mem.write_u64(slot, e.raw() + PAGE_SIZE).unwrap();
}

/// A walk of `va` starting at the table of `level` (the root if that table does not exist).
fn walk_of(t: &Tables, mem: &SparseMemory, va: u64, level: Level, write: bool, lce: bool) -> Walk {
    let (table, level) = match t.space.table_for(mem, VirtAddr(va), level) {
        Ok(table) => (table.0, level),
        Err(_) => (t.space.root().0, Level::Pml4),
    };
    Walk { table, level, va, write, lce }
}

/// A plan for one read: mostly answered (sometimes with ARREADY late, within the watchdog),
/// otherwise broken in any of the ways the walker must survive, with pauses and delays on
/// both sides of the watchdog.
fn any_plan(rng: &mut Rng, beats: u64, watchdog: u64) -> Plan {
    if rng.chance(72) {
        return Plan::Answer { ar_delay: if rng.chance(20) { rng.below(watchdog / 2) } else { 0 } };
    }
    let beat = rng.below(beats);
    match rng.below(8) {
        0 => Plan::Resp { code: RESP_SLVERR, beat: Some(beat) },
        1 => Plan::Resp { code: RESP_DECERR, beat: if rng.chance(50) { None } else { Some(beat) } },
        2 => Plan::WrongLast { beat: if rng.chance(25) { beats - 1 } else { beat } },
        3 => Plan::Cut { beats: beat },
        4 | 5 => Plan::Pause { beat, cycles: rng.below(2 * watchdog + 2) },
        6 => Plan::Answer { ar_delay: watchdog - 2 + rng.below(4) },
        _ => Plan::Stall,
    }
}

/// Seeded random walks from every level over a table with every case, with host reads that
/// fail in every way, the line cache on and off, and invalidations: the walker's status, PA,
/// writability, host reads and TableReads / LineHits counts are the model's, walk after walk
/// (so a failed line fill keeps the old line in both, and late beats of abandoned reads never
/// reach a later walk).
#[test]
fn walker_matches_the_model_on_random_walks_and_host_faults() {
    const LATENCY: u64 = 3;
    const WATCHDOG: u64 = 72;
    let mut seen: BTreeMap<Status, u64> = BTreeMap::new();
    let default_seeds = std::env::var("VIADUCT_SEED").is_err();
    for seed in seeds(&[1, 2, 3]) {
        let _guard = SeedGuard::new(seed, "walker", "walker_matches_the_model_on_random_walks");
        let mut rng = Rng::new(seed);
        let tables = build_tables(&mut rng);
        let mut b = Bench::new("walker_stream", tables.mem.clone(), LATENCY, WATCHDOG);
        let (mut host_reads, mut overlapped) = (0, 0);
        for step in 0..400 {
            if rng.chance(4) {
                b.invalidate();
                continue;
            }
            let page = *rng.pick(&tables.vas);
            let va = page + rng.below(PAGE_SIZE);
            let level = *rng.pick(&Level::ALL);
            let lce = rng.chance(75);
            let w = walk_of(&tables, &b.host.mem.mem, va, level, rng.chance(50), lce);
            let beats = if lce { LINE_BEATS } else { 1 };
            let plans: Vec<Plan> = (0..4).map(|_| any_plan(&mut rng, beats, WATCHDOG)).collect();
            // Beats of an earlier, abandoned read may still be coming while this walk runs
            // (the walker must drop them), as long as they cannot delay its first read past
            // the watchdog nor shift a pause across it; otherwise let them pass first.
            let backlog = b.backlog();
            let prompt = matches!(
                plans[0],
                Plan::Answer { ar_delay: 0 }
                    | Plan::Resp { .. }
                    | Plan::WrongLast { .. }
                    | Plan::Cut { .. }
                    | Plan::Stall
            );
            if backlog > 0 && prompt && backlog + LATENCY + 4 <= WATCHDOG {
                overlapped += 1;
            } else {
                b.drain();
            }
            let what = format!("step {step}: {w:x?} plans {plans:?}, {backlog} beats owed");
            let got = b.checked(&what, w, &plans);
            *seen.entry(got.status).or_default() += 1;
            host_reads += got.reads.len();
        }
        println!(
            "seed {seed}: {} cycles, {host_reads} host reads, {overlapped} walks with late beats of an abandoned read, statuses so far {seen:?}",
            b.cycle
        );
    }
    if default_seeds {
        for s in [
            Status::Ok,
            Status::NotPresent,
            Status::NotPinned,
            Status::ReadOnly,
            Status::BadTableEntry,
            Status::HostReadError,
            Status::HostTimeout,
        ] {
            assert!(seen.contains_key(&s), "{s:?} never produced");
        }
    }
}

/// Directed walks with their expected outcome written out (and the model agreeing): a
/// 4 KiB page from each of the four levels (one read per level, at the entry addresses of
/// the chain; with the line cache, whole lines, and a neighbour's walk then needs none), a
/// 2 MiB leaf from PD, PDPT and PML4, a 1 GiB leaf from PDPT and PML4, and every walk status.
#[test]
fn walker_walks_one_to_four_levels_and_large_leaves() {
    let mut rng = Rng::new(5);
    let tables = build_tables(&mut rng);
    let mut b = Bench::new("walker_levels", tables.mem.clone(), 2, 30);
    let mem = tables.mem.clone();
    let space = tables.space;
    // A pinned, writable 4 KiB page.
    let page = (0..80u64)
        .map(|i| PT_REGION + (i / 40) * (2 << 20) + (i % 40) * PAGE_SIZE)
        .find(|&va| space.leaf(&mem, VirtAddr(va)).is_ok_and(|(_, e, _)| e.pinned() && e.writable()))
        .expect("a pinned writable page");
    let frame = space.leaf(&mem, VirtAddr(page)).unwrap().1.addr().0;
    let run = |b: &mut Bench, w: Walk| b.checked(&format!("{w:x?}"), w, &[]);
    for lce in [false, true] {
        b.invalidate();
        for level in Level::ALL {
            let va = page + 0xff8;
            let w = walk_of(&tables, &mem, va, level, true, lce);
            assert_eq!(w.level, level);
            let got = run(&mut b, w);
            assert_eq!((got.status, got.pa, got.writable), (Status::Ok, frame + 0xff8, true), "{level:?}");
            let levels = u64::from(level.number());
            if !lce {
                // One 8-byte read per level, at the entry of each table of the chain.
                let mut chain = Vec::new();
                let mut l = Some(level);
                while let Some(at) = l {
                    let table = space.table_for(&mem, VirtAddr(va), at).unwrap();
                    chain.push((entry_address(table, at, VirtAddr(va)).0, 8));
                    l = at.next_lower();
                }
                let reads: Vec<(u64, u64)> = got.reads.iter().map(|&(a, n, _)| (a, n)).collect();
                assert_eq!(reads, chain, "{level:?}");
                assert_eq!(got.table_reads, levels);
            } else if level == Level::Pml4 {
                // The lines of PML4, PDPT and PD are cached from the walks before (one line
                // each); the PT line too. A neighbouring page reads nothing.
                let got = run(&mut b, walk_of(&tables, &mem, page ^ PAGE_SIZE, level, false, true));
                assert_eq!((got.table_reads, got.line_hits, got.reads.len()), (0, 4, 0));
            }
        }
    }
    b.invalidate();
    // Large leaves, at the last 8 bytes of the page (the 1 GiB leaf at BIG_1G is the aligned
    // one; the one after it is misaligned on purpose).
    let big2m = space.leaf(&mem, VirtAddr(BIG_2M)).unwrap().1.addr().0;
    let big1g = space.leaf(&mem, VirtAddr(BIG_1G)).unwrap().1.addr().0;
    let (va2m, pa2m) = (BIG_2M + (2 << 20) - 8, big2m + (2 << 20) - 8);
    let (va1g, pa1g) = (BIG_1G + (1 << 30) - 8, big1g + (1 << 30) - 8);
    let cases = [
        (va2m, Level::Pd, 1, pa2m),
        (va2m, Level::Pdpt, 2, pa2m),
        (va2m, Level::Pml4, 3, pa2m),
        (va1g, Level::Pdpt, 1, pa1g),
        (va1g, Level::Pml4, 2, pa1g),
    ];
    for (va, level, reads, pa) in cases {
        let w = walk_of(&tables, &mem, va, level, false, false);
        assert_eq!(w.level, level);
        let got = run(&mut b, w);
        assert_eq!((got.status, got.pa, got.table_reads), (Status::Ok, pa, reads), "{va:#x} from {level:?}");
    }
    // Every walk status.
    let ro_page = (0..80u64)
        .map(|i| PT_REGION + (i / 40) * (2 << 20) + (i % 40) * PAGE_SIZE)
        .find(|&va| space.leaf(&mem, VirtAddr(va)).is_ok_and(|(_, e, _)| e.pinned() && !e.writable()))
        .expect("a pinned read-only page");
    let unpinned = (0..80u64)
        .map(|i| PT_REGION + (i / 40) * (2 << 20) + (i % 40) * PAGE_SIZE)
        .find(|&va| space.leaf(&mem, VirtAddr(va)).is_ok_and(|(_, e, _)| !e.pinned()))
        .expect("an unpinned page");
    let statuses = [
        (ro_page, Level::Pt, false, Status::Ok),
        (ro_page, Level::Pml4, true, Status::ReadOnly),
        (unpinned, Level::Pd, false, Status::NotPinned),
        (BIG_2M + (1 << 21), Level::Pdpt, true, Status::ReadOnly),
        (BIG_2M + (2 << 21), Level::Pd, false, Status::NotPinned),
        (BIG_2M + (3 << 21), Level::Pml4, false, Status::BadTableEntry),
        (BIG_1G + 0x1234, Level::Pdpt, true, Status::ReadOnly),
        (BIG_1G + (1 << 30), Level::Pml4, false, Status::BadTableEntry),
        (PS_AT_PML4, Level::Pml4, false, Status::BadTableEntry),
        (PT_REGION + 3 * PAGE_SIZE, Level::Pt, false, Status::NotPresent),
        (PT_REGION + 45 * PAGE_SIZE, Level::Pml4, false, Status::NotPresent),
        (PT_REGION + (6 << 20), Level::Pdpt, false, Status::NotPresent),
        (PT_REGION + (5 << 30), Level::Pml4, false, Status::NotPresent),
        (0x0000_6000_0000_0000, Level::Pml4, false, Status::NotPresent),
    ];
    for (va, level, write, status) in statuses {
        for lce in [false, true] {
            let w = walk_of(&tables, &mem, va, level, write, lce);
            assert_eq!(w.level, level, "{va:#x}: the walk starts at {level:?}");
            let got = run(&mut b, w);
            assert_eq!(got.status, status, "{va:#x} from {level:?}, write {write}, line cache {lce}");
        }
    }
}

/// SLVERR or DECERR on any beat, RLAST early or missing: HostReadError, after which the
/// next walk is answered correctly (the rest of a broken burst, still coming with the old
/// ID, is dropped; the next read carries a new ID). With the line cache, the failed fill
/// leaves the line the index held before, so walking that page again reads nothing.
#[test]
fn walker_host_errors_end_the_walk_with_host_read_error() {
    let mut rng = Rng::new(6);
    let tables = build_tables(&mut rng);
    let mem = tables.mem.clone();
    // A watchdog longer than the rest of a broken burst: its late beats come during the next
    // walk, which must drop them and still finish.
    let mut b = Bench::new("walker_errors", tables.mem.clone(), 4, 100);
    let good = FAR_PAGES + 5 * PAGE_SIZE + 0x10;
    let other = FAR_PAGES + 0x20;
    let expect_good = plain_walk(&mem, &walk_of(&tables, &mem, good, Level::Pt, false, false)).unwrap().pa.0;
    for lce in [false, true] {
        let beats = if lce { LINE_BEATS } else { 1 };
        let mut plans = vec![
            Plan::Resp { code: RESP_SLVERR, beat: Some(0) },
            Plan::Resp { code: RESP_SLVERR, beat: Some(beats - 1) },
            Plan::Resp { code: RESP_DECERR, beat: None },
            Plan::WrongLast { beat: beats - 1 },
        ];
        if lce {
            plans.extend([Plan::Resp { code: RESP_DECERR, beat: Some(37) }, Plan::WrongLast { beat: 5 }]);
        }
        for plan in plans {
            b.invalidate();
            let what = format!("{plan:?} (line cache {lce})");
            let w = walk_of(&tables, &mem, other, Level::Pt, false, lce);
            let got = b.checked(&what, w, &[plan]);
            assert_eq!(got.status, Status::HostReadError, "{what}");
            // Straight on, while the rest of an early-ended burst may still be coming.
            let owed = b.backlog();
            let w = walk_of(&tables, &mem, good, Level::Pt, false, lce);
            let next = b.checked(&format!("{what}, next walk"), w, &[]);
            assert_eq!((next.status, next.pa), (Status::Ok, expect_good), "{what}");
            if let Plan::WrongLast { beat } = plan {
                assert_eq!(owed, beats - 1 - beat, "{what}: the rest of the burst came during the next walk");
            }
            if matches!(plan, Plan::WrongLast { .. }) {
                assert_ne!(next.reads[0].2, got.reads[0].2, "{what}: the broken read's ID is retired");
            }
        }
    }
    // A failed line fill keeps the old line: `good`'s leaf line is cached, then a fill of
    // another line of the same index fails, then `good` is walked from the cache.
    b.invalidate();
    let w = walk_of(&tables, &mem, good, Level::Pt, false, true);
    let first = b.walk(w, &[]);
    assert_eq!((first.status, first.table_reads), (Status::Ok, 1));
    let line = |va: u64| {
        let t = tables.space.table_for(&mem, VirtAddr(va), Level::Pt).unwrap();
        entry_address(t, Level::Pt, VirtAddr(va)).0 / 512
    };
    let rival = (0..40u64)
        .map(|i| PT_REGION + i * PAGE_SIZE)
        .find(|&va| line(va) != line(good) && line(va) % 4 == line(good) % 4)
        .expect("a page whose leaf line shares the index");
    let w2 = walk_of(&tables, &mem, rival, Level::Pt, false, true);
    let failed = b.walk(w2, &[Plan::Resp { code: RESP_SLVERR, beat: Some(63) }]);
    assert_eq!((failed.status, failed.table_reads), (Status::HostReadError, 1));
    let again = b.walk(w, &[]);
    assert_eq!((again.status, again.pa, again.table_reads, again.line_hits), (Status::Ok, first.pa, 0, 1));
}

/// The watchdog: with `N` cycles allowed without bus progress, a first beat `N + 1` cycles
/// after the address (N idle cycles) is fine and `N + 2` times out; likewise a pause of N
/// cycles before a later beat, and ARREADY after N cycles. Also for N = 0, where any idle
/// cycle ends the walk. A timeout comes at most N + 3 cycles after the last progress.
#[test]
fn walker_watchdog_bounds_including_zero() {
    let mut rng = Rng::new(7);
    let tables = build_tables(&mut rng);
    let mem = tables.mem.clone();
    let va = FAR_PAGES + 3 * PAGE_SIZE + 0x40;
    let pa = plain_walk(&mem, &walk_of(&tables, &mem, va, Level::Pt, false, false)).unwrap().pa.0;
    let mut b = Bench::new("walker_watchdog", tables.mem.clone(), 1, 0);
    for n in [0u64, 1, 7, 40] {
        b.set_watchdog(n);
        for lce in [false, true] {
            let beats = if lce { LINE_BEATS } else { 1 };
            let mut cases = vec![
                (n + 1, ANSWER, Status::Ok),
                (n + 2, ANSWER, Status::HostTimeout),
                (1, Plan::Answer { ar_delay: n }, Status::Ok),
                (1, Plan::Answer { ar_delay: n + 1 }, Status::HostTimeout),
                (1, Plan::Pause { beat: 0, cycles: n }, Status::Ok),
                (1, Plan::Pause { beat: 0, cycles: n + 1 }, Status::HostTimeout),
                (1, Plan::Stall, Status::HostTimeout),
                (1, Plan::Cut { beats: 0 }, Status::HostTimeout),
            ];
            if lce {
                cases.extend([
                    (1, Plan::Pause { beat: 9, cycles: n }, Status::Ok),
                    (1, Plan::Pause { beat: 9, cycles: n + 1 }, Status::HostTimeout),
                    (1, Plan::Cut { beats: 1 }, Status::HostTimeout),
                    (1, Plan::Cut { beats: beats - 1 }, Status::HostTimeout),
                ]);
            }
            for (latency, plan, status) in cases {
                let what = format!("watchdog {n}, latency {latency}, {plan:?}, line cache {lce}");
                assert_eq!(
                    plan.fault(latency, n).is_none(),
                    status == Status::Ok,
                    "{what}: the plan's own account"
                );
                b.drain();
                b.invalidate();
                b.host.mem.cfg.read_latency = latency;
                let w = walk_of(&tables, &mem, va, Level::Pt, false, lce);
                let got = b.walk(w, &[plan]);
                assert_eq!(got.status, status, "{what}");
                if status == Status::Ok {
                    assert_eq!(got.pa, pa, "{what}");
                } else {
                    assert!(
                        got.after_progress <= n + 3,
                        "{what}: timed out {} cycles after progress",
                        got.after_progress
                    );
                }
                // The walker recovers: the same walk, answered promptly once the late beats
                // of an abandoned read have come and gone.
                b.drain();
                b.host.mem.cfg.read_latency = 1;
                let again = b.walk(w, &[]);
                assert_eq!((again.status, again.pa), (Status::Ok, pa), "{what}: the walk after");
            }
        }
    }
}
