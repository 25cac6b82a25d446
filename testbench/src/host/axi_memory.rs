//! Host memory behind an AXI4 subordinate, like a PCIe root complex behind a bridge IP: a
//! read is answered `read_latency` cycles after it is accepted, at most one data beat per
//! cycle, with at most `reads_in_flight` reads outstanding; writes are acknowledged
//! `write_latency` cycles after their last beat. Chosen addresses can answer SLVERR or DECERR,
//! or never answer at all; a read never answered holds its in-flight slot for
//! [`COMPLETION_TIMEOUT`] cycles. Every access is recorded for the memory monitor.
//!
//! The model is cycle-based and pin-free: [`AxiMemory::outputs`] gives what it drives this
//! cycle, [`AxiMemory::clock`] takes what the manager drove and advances one cycle.

use super::beat::{BeatData, lane_on};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use viaduct_abi::PhysAddr;
use viaduct_model::{Memory, SparseMemory};

pub const RESP_OKAY: u8 = 0;
pub const RESP_SLVERR: u8 = 2;
pub const RESP_DECERR: u8 = 3;

/// Cycles a read that is never answered keeps its in-flight slot: a PCIe bridge frees the tag
/// of a lost completion at its completion timeout, 50 µs at 250 MHz here (the shortest PCIe
/// allows). The engine's watchdog (65,536 cycles after reset) is longer, so when the engine
/// gives up on a read its slot is free again, and later reads are not starved into timeouts
/// that the reference model, which fails only accesses touching a faulty range, has no cause for.
pub const COMPLETION_TIMEOUT: u64 = 12_500;

/// How an address range misbehaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Answer with this response code (SLVERR or DECERR).
    Respond(u8),
    /// Accept the request and never answer it.
    NoResponse,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccessKind {
    Read,
    Write,
}

/// One transaction the engine issued, as the monitor sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Access {
    pub kind: AccessKind,
    pub addr: u64,
    pub bytes: u64,
    pub cycle: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AxiMemoryConfig {
    pub data_bytes: usize,
    pub read_latency: u64,
    pub write_latency: u64,
    pub reads_in_flight: usize,
    pub writes_in_flight: usize,
    /// A write's bytes reach memory only as its response is taken, the latest AXI allows (a
    /// read issued before the response may see the old bytes); otherwise as each beat is.
    pub writes_land_at_response: bool,
}

impl AxiMemoryConfig {
    /// 1 µs of read latency at a 250 MHz engine clock, 64 reads in flight.
    pub fn pcie_like(data_bytes: usize) -> Self {
        AxiMemoryConfig {
            data_bytes,
            read_latency: 250,
            write_latency: 60,
            reads_in_flight: 64,
            writes_in_flight: 64,
            writes_land_at_response: false,
        }
    }
}

/// An address-channel request (AR or AW).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AddrRequest {
    pub id: u32,
    pub addr: u64,
    /// Beats minus one.
    pub len: u8,
    /// log2 of bytes per beat.
    pub size: u8,
}

impl AddrRequest {
    fn beats(&self) -> u64 {
        u64::from(self.len) + 1
    }
    /// Bytes the burst spans: from its address (the first beat may start inside a beat) to the
    /// end of its last beat.
    fn bytes(&self) -> u64 {
        let aligned = self.addr & !((1u64 << self.size) - 1);
        aligned + (self.beats() << self.size) - self.addr
    }
}

/// A write-data beat.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WriteBeat {
    pub data: BeatData,
    /// Byte enables: bit `i` for data byte `i`.
    pub strobe: u128,
    pub last: bool,
}

/// A read-data beat the memory offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadBeat {
    pub id: u32,
    pub data: BeatData,
    pub resp: u8,
    pub last: bool,
}

/// What the memory drives in one cycle.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemoryOutputs {
    pub arready: bool,
    pub r: Option<ReadBeat>,
    pub awready: bool,
    pub wready: bool,
    /// (id, resp)
    pub b: Option<(u32, u8)>,
}

/// What the manager drove in one cycle.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ManagerInputs {
    pub ar: Option<AddrRequest>,
    pub rready: bool,
    pub aw: Option<AddrRequest>,
    pub w: Option<WriteBeat>,
    pub bready: bool,
}

#[derive(Clone, Debug)]
struct PendingRead {
    req: AddrRequest,
    ready_at: u64,
    next_beat: u64,
    fault: Option<Fault>,
}

/// A write response due from cycle `at`, with the bytes it makes visible (if held back).
#[derive(Clone, Debug)]
struct WriteResponse {
    at: u64,
    id: u32,
    resp: u8,
    held: Vec<(u64, u8)>,
}

#[derive(Clone, Debug)]
struct PendingWrite {
    req: AddrRequest,
    beats_taken: u64,
    fault: Option<Fault>,
    /// Bytes held back until the response (`writes_land_at_response`).
    held: Vec<(u64, u8)>,
}

/// Memory shared between the host model and the software that sets up tables and buffers.
#[derive(Clone, Default)]
pub struct SharedMemory(pub Rc<RefCell<SparseMemory>>);

impl SharedMemory {
    pub fn new(mem: SparseMemory) -> Self {
        SharedMemory(Rc::new(RefCell::new(mem)))
    }
    /// A copy of the contents, for comparison.
    pub fn snapshot(&self) -> SparseMemory {
        self.0.borrow().clone()
    }
}

impl Memory for SharedMemory {
    fn read(&self, pa: PhysAddr, buf: &mut [u8]) -> Result<(), viaduct_model::MemError> {
        self.0.borrow().read(pa, buf)
    }
    fn write(&mut self, pa: PhysAddr, data: &[u8]) -> Result<(), viaduct_model::MemError> {
        self.0.borrow_mut().write(pa, data)
    }
}

pub struct AxiMemory<M: Memory = SparseMemory> {
    pub mem: M,
    pub cfg: AxiMemoryConfig,
    cycle: u64,
    reads: VecDeque<PendingRead>,
    /// Reads that will never be answered, by the cycle their slot is freed: until then they
    /// count against the in-flight limit.
    black_holes: VecDeque<u64>,
    writes: VecDeque<PendingWrite>,
    responses: VecDeque<WriteResponse>,
    faults: Vec<(u64, u64, AccessKind, Fault)>,
    /// Every transaction accepted, in order.
    pub log: Vec<Access>,
    pub beats_read: u64,
    pub beats_written: u64,
}

impl<M: Memory> AxiMemory<M> {
    pub fn new(mem: M, cfg: AxiMemoryConfig) -> Self {
        AxiMemory {
            mem,
            cfg,
            cycle: 0,
            reads: VecDeque::new(),
            black_holes: VecDeque::new(),
            writes: VecDeque::new(),
            responses: VecDeque::new(),
            faults: Vec::new(),
            log: Vec::new(),
            beats_read: 0,
            beats_written: 0,
        }
    }

    pub fn cycle(&self) -> u64 {
        self.cycle
    }

    /// Accesses of `kind` touching `[addr, addr + len)` misbehave with `fault`. The same rule as
    /// the model's `FaultyMemory`, so both fail alike when faults pile up: a fault injected at
    /// the start of an earlier one of the same kind replaces it, and where several overlap an
    /// access, the one starting last applies.
    pub fn inject(&mut self, addr: u64, len: u64, kind: AccessKind, fault: Fault) {
        self.faults.retain(|(s, _, k, _)| !(*s == addr && *k == kind));
        self.faults.push((addr, addr + len, kind, fault));
    }

    /// Drop every fault; reads that were never answered stop counting against the limit
    /// (the engine gave up on them).
    pub fn clear_faults(&mut self) {
        self.faults.clear();
        self.black_holes.clear();
    }

    fn fault_for(&self, kind: AccessKind, addr: u64, bytes: u64) -> Option<Fault> {
        self.faults
            .iter()
            .filter(|(s, e, k, _)| *k == kind && *s < addr + bytes && *e > addr)
            .max_by_key(|(s, ..)| *s)
            .map(|f| f.3)
    }

    /// Reads accepted and not yet fully answered (including ones that never will be).
    pub fn reads_outstanding(&self) -> usize {
        self.reads.len() + self.black_holes.len()
    }

    pub fn idle(&self) -> bool {
        self.reads.is_empty() && self.writes.is_empty() && self.responses.is_empty()
    }

    fn beat_address(req: &AddrRequest, beat: u64, data_bytes: usize) -> (u64, usize, usize) {
        // INCR bursts: beat addresses step by the beat size; lanes follow the address.
        let size = 1u64 << req.size;
        let addr = (req.addr & !(size - 1)) + beat * size;
        let first = if beat == 0 { req.addr } else { addr };
        let lane = (first % data_bytes as u64) as usize;
        let end_lane = ((addr % data_bytes as u64) + size) as usize;
        (first, lane, end_lane.min(data_bytes))
    }

    /// The read whose next beat is offered this cycle.
    fn due_read(&self) -> Option<&PendingRead> {
        self.reads.front().filter(|p| p.ready_at <= self.cycle)
    }

    /// The write response offered this cycle: (id, resp).
    fn due_response(&self) -> Option<(u32, u8)> {
        self.responses.front().filter(|r| r.at <= self.cycle).map(|r| (r.id, r.resp))
    }

    fn arready(&self) -> bool {
        self.reads_outstanding() < self.cfg.reads_in_flight
    }

    fn awready(&self) -> bool {
        self.writes.len() < self.cfg.writes_in_flight
    }

    fn wready(&self) -> bool {
        !self.writes.is_empty()
    }

    pub fn outputs(&self) -> MemoryOutputs {
        let r = self.due_read().map(|p| {
            let db = self.cfg.data_bytes;
            let mut data = BeatData::zeroed(db);
            let resp = match p.fault {
                Some(Fault::Respond(code)) => code,
                _ => {
                    let (addr, lane, end) = Self::beat_address(&p.req, p.next_beat, db);
                    if self.mem.read(PhysAddr(addr), &mut data[lane..end]).is_err() {
                        RESP_DECERR
                    } else {
                        RESP_OKAY
                    }
                }
            };
            ReadBeat { id: p.req.id, data, resp, last: p.next_beat + 1 == p.req.beats() }
        });
        MemoryOutputs {
            arready: self.arready(),
            r,
            awready: self.awready(),
            wready: self.wready(),
            b: self.due_response(),
        }
    }

    /// Take the manager's signals for this cycle (handshakes complete against
    /// [`AxiMemory::outputs`]) and advance one cycle.
    pub fn clock(&mut self, m: &ManagerInputs) {
        // What was offered this cycle, without reading the beat's data from memory again.
        let r_offered = self.due_read().is_some();
        let b_offered = self.due_response().is_some();
        let (arready, awready, wready) = (self.arready(), self.awready(), self.wready());
        if r_offered && m.rready {
            self.beats_read += 1;
            let p = self.reads.front_mut().expect("a beat was offered");
            p.next_beat += 1;
            if p.next_beat == p.req.beats() {
                self.reads.pop_front();
            }
        }
        if b_offered && m.bready {
            let done = self.responses.pop_front().expect("a response was offered");
            for (at, byte) in done.held {
                let _ = self.mem.write(PhysAddr(at), &[byte]);
            }
        }
        if let (Some(w), true) = (&m.w, wready) {
            self.take_write_beat(w);
        }
        if let (Some(ar), true) = (m.ar, arready) {
            self.log.push(Access {
                kind: AccessKind::Read,
                addr: ar.addr,
                bytes: ar.bytes(),
                cycle: self.cycle,
            });
            let fault = self.fault_for(AccessKind::Read, ar.addr, ar.bytes());
            if fault == Some(Fault::NoResponse) {
                self.black_holes.push_back(self.cycle + COMPLETION_TIMEOUT);
            } else {
                self.reads.push_back(PendingRead {
                    req: ar,
                    ready_at: self.cycle + self.cfg.read_latency,
                    next_beat: 0,
                    fault,
                });
            }
        }
        if let (Some(aw), true) = (m.aw, awready) {
            self.log.push(Access {
                kind: AccessKind::Write,
                addr: aw.addr,
                bytes: aw.bytes(),
                cycle: self.cycle,
            });
            let fault = self.fault_for(AccessKind::Write, aw.addr, aw.bytes());
            self.writes.push_back(PendingWrite { req: aw, beats_taken: 0, fault, held: Vec::new() });
        }
        self.cycle += 1;
        while self.black_holes.front().is_some_and(|free_at| *free_at <= self.cycle) {
            self.black_holes.pop_front();
        }
    }

    fn take_write_beat(&mut self, w: &WriteBeat) {
        let db = self.cfg.data_bytes;
        let p = self.writes.front_mut().expect("wready only with a write open");
        let (addr, lane, end) = Self::beat_address(&p.req, p.beats_taken, db);
        // AXI4: WLAST marks exactly the burst's last beat; a master that gets it wrong has a bug.
        let last = p.beats_taken + 1 == p.req.beats();
        assert_eq!(
            w.last,
            last,
            "WLAST {} on beat {} of the {}-beat write burst at {:#x} (ID {})",
            w.last as u8,
            p.beats_taken,
            p.req.beats(),
            p.req.addr,
            p.req.id
        );
        if p.fault.is_none() {
            for l in lane..end {
                if lane_on(w.strobe, l) {
                    let at = addr - (addr % db as u64) + l as u64;
                    if self.cfg.writes_land_at_response {
                        p.held.push((at, w.data[l]));
                    } else {
                        // Out-of-range bytes are dropped; the response says DECERR below.
                        let _ = self.mem.write(PhysAddr(at), &w.data[l..l + 1]);
                    }
                }
            }
        }
        p.beats_taken += 1;
        self.beats_written += 1;
        if p.beats_taken == p.req.beats() {
            let done = self.writes.pop_front().expect("open write");
            let resp = match done.fault {
                Some(Fault::NoResponse) => return,
                Some(Fault::Respond(code)) => code,
                None => RESP_OKAY,
            };
            let at = self.cycle + self.cfg.write_latency;
            self.responses.push_back(WriteResponse { at, id: done.req.id, resp, held: done.held });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unaligned_burst_spans_to_the_end_of_its_last_beat() {
        let ar = AddrRequest { id: 0, addr: 0x1eab, len: 42, size: 3 };
        assert_eq!(ar.addr + ar.bytes(), 0x2000);
        assert_eq!(AddrRequest { id: 0, addr: 0x1000, len: 63, size: 3 }.bytes(), 512);
    }

    fn memory() -> AxiMemory<SparseMemory> {
        let mut mem = SparseMemory::new();
        let bytes: Vec<u8> = (0..=255u8).cycle().take(8192).collect();
        mem.write(PhysAddr(0x1000), &bytes).unwrap();
        AxiMemory::new(
            mem,
            AxiMemoryConfig {
                data_bytes: 8,
                read_latency: 10,
                write_latency: 3,
                reads_in_flight: 2,
                writes_in_flight: 2,
                writes_land_at_response: false,
            },
        )
    }

    fn read(id: u32, addr: u64, beats: u8) -> AddrRequest {
        AddrRequest { id, addr, len: beats - 1, size: 3 }
    }

    #[test]
    fn reads_arrive_after_the_latency_one_beat_a_cycle() {
        let mut m = memory();
        m.clock(&ManagerInputs { ar: Some(read(1, 0x1000, 4)), rready: true, ..Default::default() });
        let mut beats = Vec::new();
        while beats.len() < 4 {
            if let Some(b) = m.outputs().r {
                beats.push((m.cycle(), b));
            }
            m.clock(&ManagerInputs { rready: true, ..Default::default() });
            assert!(m.cycle() < 100);
        }
        assert_eq!(beats[0].0, 10, "first beat after the latency");
        assert_eq!(beats[3].0, 13, "one beat per cycle");
        assert_eq!(*beats[1].1.data, (8..16).collect::<Vec<u8>>());
        assert!(beats[3].1.last && !beats[2].1.last);
    }

    #[test]
    fn in_flight_limit_and_faults() {
        let mut m = memory();
        m.inject(0x2000, 8, AccessKind::Read, Fault::Respond(RESP_SLVERR));
        m.inject(0x3000, 8, AccessKind::Read, Fault::NoResponse);
        m.clock(&ManagerInputs { ar: Some(read(1, 0x3000, 1)), ..Default::default() });
        m.clock(&ManagerInputs { ar: Some(read(2, 0x2000, 1)), ..Default::default() });
        assert!(!m.outputs().arready, "two reads in flight, one of them forever");
        let mut got = None;
        for _ in 0..20 {
            if let Some(b) = m.outputs().r {
                got = Some(b);
            }
            m.clock(&ManagerInputs { rready: true, ..Default::default() });
        }
        let b = got.unwrap();
        assert_eq!((b.id, b.resp), (2, RESP_SLVERR));
        assert_eq!(m.reads_outstanding(), 1, "the unanswered read still counts");
        assert_eq!(m.log.len(), 2);
        while m.cycle() < COMPLETION_TIMEOUT {
            assert_eq!(m.reads_outstanding(), 1, "until the completion timeout");
            m.clock(&ManagerInputs { rready: true, ..Default::default() });
        }
        assert_eq!(m.reads_outstanding(), 0, "the lost read's slot is freed");
        assert!(m.outputs().r.is_none(), "and it is still never answered");
    }

    #[test]
    fn piled_up_faults_resolve_as_in_the_model() {
        let mut m = memory();
        m.inject(0x2000, 0x1000, AccessKind::Write, Fault::NoResponse);
        m.inject(0x2000, 0x1000, AccessKind::Write, Fault::Respond(RESP_SLVERR));
        m.inject(0x2000, 0x1000, AccessKind::Read, Fault::NoResponse);
        assert_eq!(m.faults.len(), 2, "the later write fault on the same range replaced the earlier");
        assert_eq!(m.fault_for(AccessKind::Write, 0x2040, 8), Some(Fault::Respond(RESP_SLVERR)));
        assert_eq!(m.fault_for(AccessKind::Read, 0x2040, 8), Some(Fault::NoResponse));
        m.inject(0x2800, 8, AccessKind::Write, Fault::NoResponse);
        assert_eq!(m.fault_for(AccessKind::Write, 0x27f8, 16), Some(Fault::NoResponse), "starts last");
        assert_eq!(m.fault_for(AccessKind::Write, 0x27f0, 8), Some(Fault::Respond(RESP_SLVERR)));

        let mut model = viaduct_model::FaultyMemory::new(SparseMemory::new());
        use viaduct_model::{DmaPort, HostFault};
        model.fail_writes(PhysAddr(0x2000), 0x1000, HostFault::NoResponse);
        model.fail_writes(PhysAddr(0x2000), 0x1000, HostFault::Error);
        model.fail_writes(PhysAddr(0x2800), 8, HostFault::NoResponse);
        assert_eq!(model.dma_write(PhysAddr(0x2040), &[0; 8]), Err(HostFault::Error));
        assert_eq!(model.dma_write(PhysAddr(0x27f8), &[0; 16]), Err(HostFault::NoResponse));
        assert_eq!(model.dma_write(PhysAddr(0x27f0), &[0; 8]), Err(HostFault::Error));
    }

    #[test]
    fn writes_honour_strobes_and_are_acknowledged() {
        let mut m = memory();
        let aw = AddrRequest { id: 5, addr: 0x5000, len: 1, size: 3 };
        let beat = |v: u8, last| WriteBeat { data: BeatData::from_slice(&[v; 8]), strobe: 0x55, last };
        m.clock(&ManagerInputs { aw: Some(aw), ..Default::default() });
        m.clock(&ManagerInputs { w: Some(beat(0xaa, false)), ..Default::default() });
        m.clock(&ManagerInputs { w: Some(beat(0xbb, true)), ..Default::default() });
        let mut b = None;
        for _ in 0..10 {
            b = b.or(m.outputs().b);
            m.clock(&ManagerInputs { bready: true, ..Default::default() });
        }
        assert_eq!(b, Some((5, RESP_OKAY)));
        let mut back = [0u8; 16];
        m.mem.read(PhysAddr(0x5000), &mut back).unwrap();
        assert_eq!(back, [0xaa, 0, 0xaa, 0, 0xaa, 0, 0xaa, 0, 0xbb, 0, 0xbb, 0, 0xbb, 0, 0xbb, 0]);
    }

    #[test]
    fn held_writes_land_with_their_response() {
        let mut m = memory();
        m.cfg.writes_land_at_response = true;
        let aw = AddrRequest { id: 3, addr: 0x5000, len: 0, size: 3 };
        let w = WriteBeat { data: BeatData::from_slice(&[0xcc; 8]), strobe: 0xff, last: true };
        m.clock(&ManagerInputs { aw: Some(aw), ..Default::default() });
        m.clock(&ManagerInputs { w: Some(w), ..Default::default() });
        let at = |m: &AxiMemory<SparseMemory>| {
            let mut b = [0u8; 1];
            m.mem.read(PhysAddr(0x5000), &mut b).unwrap();
            b[0]
        };
        // Offered but not taken: the old byte stays.
        for _ in 0..10 {
            m.clock(&ManagerInputs::default());
        }
        assert_eq!(m.outputs().b, Some((3, RESP_OKAY)));
        assert_eq!(at(&m), 0x00, "not before the response is taken");
        m.clock(&ManagerInputs { bready: true, ..Default::default() });
        assert_eq!(at(&m), 0xcc, "with it");
    }
}
