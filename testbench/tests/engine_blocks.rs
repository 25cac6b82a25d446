//! Block-level Verilator tests of the engine shell's parts, each alone against a Rust
//! reference: the data FIFO, the byte realigner, the stream packer, the round-robin scheduler,
//! the descriptor check (against `RawDescriptor::decode`), the counter bank, and the register
//! slice of the AXI4 channels.
//!
//! Seeds: `VIADUCT_SEED=<n>` replays one seed of the randomized tests.

use std::collections::VecDeque;
use std::path::PathBuf;
use viaduct_hw::verilog::verilog_of;
use viaduct_testbench::verilator::{Builder, Model, PortId};

fn cache_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("verilator-cache")
}

fn seeds(n: u64) -> Vec<u64> {
    match std::env::var("VIADUCT_SEED") {
        Ok(s) => vec![s.parse().expect("VIADUCT_SEED is a number")],
        Err(_) => (0..n).collect(),
    }
}

/// xorshift64*, seeded through splitmix64.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
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
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

/// A Verilated block with ports looked up by name.
struct Dut {
    m: Model,
}

impl Dut {
    fn build(name: &str, verilog: String) -> Dut {
        let built = Builder::new("top", cache_dir())
            .source_text(format!("{name}.v"), verilog)
            .build()
            .unwrap_or_else(|e| panic!("{e}"));
        let mut m = built.load().unwrap();
        m.trace_if_requested(name).unwrap();
        Dut { m }
    }
    fn p(&self, name: &str) -> PortId {
        self.m.port(name).unwrap_or_else(|e| panic!("{name}: {e}"))
    }
    fn set(&mut self, name: &str, v: u64) {
        let p = self.p(name);
        self.m.set(p, v).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    fn get(&self, name: &str) -> u64 {
        self.m.get(self.p(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    }
    fn set_bytes(&mut self, name: &str, bytes: &[u8]) {
        let p = self.p(name);
        if p.width() > 64 {
            let words: Vec<u32> =
                bytes.chunks(4).map(|c| c.iter().rev().fold(0u32, |w, b| w << 8 | u32::from(*b))).collect();
            self.m.set_wide(p, &words).unwrap();
        } else {
            let mut b = [0u8; 8];
            b[..bytes.len()].copy_from_slice(bytes);
            let v = u64::from_le_bytes(b);
            let v = if p.width() == 64 { v } else { v & ((1 << p.width()) - 1) };
            self.m.set(p, v).unwrap();
        }
    }
    fn get_bytes(&self, name: &str) -> Vec<u8> {
        let p = self.p(name);
        let n = (p.width() / 8) as usize;
        if p.width() > 64 {
            self.m.get_wide(p).unwrap().iter().flat_map(|w| w.to_le_bytes()).take(n).collect()
        } else {
            self.m.get(p).unwrap().to_le_bytes()[..n].to_vec()
        }
    }
    fn eval(&mut self) {
        self.m.eval();
    }
    fn tick(&mut self) {
        self.m.tick().unwrap();
    }
}

fn mask_bits(strobe: u64, n: usize) -> Vec<bool> {
    (0..n).map(|i| strobe >> i & 1 != 0).collect()
}

// ---------------------------------------------------------------------------------------------
// Read buffer

/// Bursts are reserved, their beats written in a random order (as host answers with one ID per
/// burst may come), committed in reservation order once complete; the consumer sees every beat
/// once, in reservation order, and `free` counts exactly.
#[test]
fn read_buffer_reorders_bursts_into_reservation_order() {
    let mut d =
        Dut::build("read_buffer", verilog_of(&mut viaduct_hw::fifo::ReadBuffer::<64, 5, 6>::default()));
    for seed in seeds(4) {
        let mut rng = Rng::new(seed);
        d.set("flush", 1);
        d.tick();
        d.set("flush", 0);
        // Reserved bursts: (first entry, beats, beats written so far as a bitmask).
        let mut bursts: VecDeque<(u64, u64, u64)> = VecDeque::new();
        let mut expected: VecDeque<u64> = VecDeque::new();
        let mut in_use = 0u64; // reserved and not popped
        let next_value = seed << 40;
        let value_at = |at: u64, base: u64| base ^ (at * 0x9e37_79b9);
        let mut popped = 0u64;
        for cycle in 0..6000 {
            d.eval();
            assert_eq!(d.get("free"), 32 - in_use, "seed {seed} cycle {cycle}: free");
            let alloc = d.get("alloc");
            // Maybe reserve a burst.
            let beats = 1 + rng.below(6);
            let reserve = beats <= 32 - in_use && rng.chance(30);
            d.set("reserve", reserve as u64);
            d.set("reserve_beats", beats);
            // Write one beat of some burst, in any order.
            let open: Vec<usize> =
                (0..bursts.len()).filter(|&i| bursts[i].2 != (1 << bursts[i].1) - 1).collect();
            let mut wrote = None;
            if !open.is_empty() && rng.chance(70) {
                let i = open[rng.below(open.len() as u64) as usize];
                let (base, n, mask) = bursts[i];
                let missing: Vec<u64> = (0..n).filter(|k| mask >> k & 1 == 0).collect();
                let k = missing[rng.below(missing.len() as u64) as usize];
                d.set("write", 1);
                d.set("write_at", (base + k) % 64);
                d.set("write_data", value_at(base + k, next_value));
                wrote = Some((i, k));
            } else {
                d.set("write", 0);
            }
            // Commit the oldest burst if it is complete (this cycle's write included).
            let mut commit = None;
            if let Some(&(base, n, mask)) = bursts.front() {
                let mask = match wrote {
                    Some((0, k)) => mask | 1 << k,
                    _ => mask,
                };
                if mask == (1 << n) - 1 && rng.chance(80) {
                    commit = Some((base, n));
                }
            }
            d.set("commit", commit.is_some() as u64);
            d.set("commit_beats", commit.map_or(0, |c| c.1));
            let valid = d.get("valid") == 1;
            if valid {
                assert_eq!(Some(d.get("data")), expected.front().copied(), "seed {seed} cycle {cycle}: head");
            }
            let pop = valid && rng.chance(60);
            d.set("pop", pop as u64);
            d.eval();
            d.tick();
            if let Some((i, k)) = wrote {
                bursts[i].2 |= 1 << k;
            }
            if let Some((base, n)) = commit {
                bursts.pop_front();
                for k in 0..n {
                    expected.push_back(value_at(base + k, next_value));
                }
            }
            if pop {
                expected.pop_front();
                in_use -= 1;
                popped += 1;
            }
            if reserve {
                bursts.push_back((alloc, beats, 0));
                in_use += beats;
            }
        }
        assert!(popped > 1000, "seed {seed}: only {popped} beats went through");
    }
}

// ---------------------------------------------------------------------------------------------
// Realigner

/// Moves random chunks through the realigner with random stalls on both sides; checks the
/// bytes, their lanes, the strobes and the beat counts on both sides.
fn realign_chunks(lanes: usize, seed: u64, chunks: usize, d: &mut Dut) {
    let mut rng = Rng::new(seed);
    for c in 0..chunks {
        let s = rng.below(lanes as u64) as usize;
        let t = rng.below(lanes as u64) as usize;
        let len = if rng.chance(10) { 1 + rng.below(4096) } else { 1 + rng.below(6 * lanes as u64) } as usize;
        let data = rng.bytes(len);
        // Input beats: the chunk's bytes from lane `s` on, garbage elsewhere.
        let n_in = (s + len).div_ceil(lanes);
        let beats: Vec<Vec<u8>> = (0..n_in)
            .map(|b| {
                (0..lanes)
                    .map(|l| {
                        let at = b * lanes + l;
                        if at >= s && at < s + len { data[at - s] } else { rng.next() as u8 }
                    })
                    .collect()
            })
            .collect();
        assert_eq!(d.get("busy"), 0);
        d.set("start", 1);
        d.set("src_lane", s as u64);
        d.set("dst_lane", t as u64);
        d.set("len", len as u64);
        d.tick();
        d.set("start", 0);
        let n_out = (t + len).div_ceil(lanes);
        let (mut taken, mut out_beats) = (0usize, 0usize);
        let mut got: Vec<u8> = Vec::new();
        let ctx = format!("seed {seed} chunk {c}: s {s} t {t} len {len}");
        for _ in 0..20 * (n_in + n_out) + 50 {
            let in_valid = taken < n_in && rng.chance(75);
            d.set("in_valid", in_valid as u64);
            d.set_bytes("in_data", if taken < n_in { &beats[taken] } else { &beats[0] });
            let out_ready = rng.chance(70);
            d.set("out_ready", out_ready as u64);
            d.eval();
            if d.get("in_ready") == 1 && in_valid {
                taken += 1;
            }
            if d.get("out_valid") == 1 && out_ready {
                let strobe = mask_bits(d.get("out_strb"), lanes);
                let bytes = d.get_bytes("out_data");
                for (l, on) in strobe.iter().enumerate() {
                    let at = out_beats * lanes + l;
                    assert_eq!(*on, at >= t && at < t + len, "{ctx}: strobe of beat {out_beats} lane {l}");
                    if *on {
                        got.push(bytes[l]);
                    }
                }
                out_beats += 1;
                assert_eq!(d.get("out_last") == 1, out_beats == n_out, "{ctx}: last");
            }
            d.tick();
            if out_beats == n_out {
                break;
            }
        }
        assert_eq!(out_beats, n_out, "{ctx}: output beats");
        assert_eq!(taken, n_in, "{ctx}: input beats taken");
        assert_eq!(got, data, "{ctx}: bytes");
        d.eval();
        assert_eq!(d.get("busy"), 0, "{ctx}: busy after the last beat");
    }
}

#[test]
fn realigner_moves_every_byte_to_its_lane() {
    use viaduct_hw::realign::Realigner;
    let mut narrow = Dut::build("realign64", verilog_of(&mut Realigner::<64, 8, 128>::default()));
    let mut wide = Dut::build("realign256", verilog_of(&mut Realigner::<256, 32, 512>::default()));
    for seed in seeds(3) {
        realign_chunks(8, seed, 150, &mut narrow);
        realign_chunks(32, seed, 150, &mut wide);
    }
}

// ---------------------------------------------------------------------------------------------
// Stream packer

#[test]
fn packer_packs_frames_and_aborts() {
    use viaduct_hw::packer::StreamPacker;
    let lanes = 8usize;
    let mut d = Dut::build("packer", verilog_of(&mut StreamPacker::<64, 8>::default()));
    for seed in seeds(4) {
        let mut rng = Rng::new(seed);
        // Frames cut into pieces (as chunks), each piece as strobed beats continuing the lanes.
        let mut expect: Vec<(Vec<u8>, bool)> = Vec::new();
        let mut inputs: VecDeque<(Vec<u8>, u64, bool, bool)> = VecDeque::new(); // data, strb, last, close
        for _ in 0..40 {
            let len = 1 + rng.below(70) as usize;
            let data = rng.bytes(len);
            let abort_at = if rng.chance(25) { Some(rng.below(len as u64 + 1) as usize) } else { None };
            let sent = abort_at.unwrap_or(len);
            let mut pos = 0usize;
            while pos < sent {
                let piece = (1 + rng.below(20) as usize).min(sent - pos);
                let mut at = pos;
                while at < pos + piece {
                    let lane = at % lanes;
                    let n = (lanes - lane).min(pos + piece - at);
                    let mut beat = rng.bytes(lanes);
                    beat[lane..lane + n].copy_from_slice(&data[at..at + n]);
                    let strb = ((1u64 << n) - 1) << lane;
                    at += n;
                    inputs.push_back((beat, strb, abort_at.is_none() && at == len, false));
                }
                pos += piece;
            }
            if abort_at.is_some() {
                if sent > 0 {
                    inputs.push_back((vec![0; lanes], 0, false, true));
                    expect.push((data[..sent].to_vec(), true));
                }
            } else {
                expect.push((data, false));
            }
        }
        let mut frames: Vec<(Vec<u8>, bool)> = Vec::new();
        let mut cur: Vec<u8> = Vec::new();
        for cycle in 0..20_000 {
            let offer = rng.chance(80);
            let (valid, close) = match inputs.front() {
                Some((_, _, _, true)) if offer => (false, true),
                Some(_) if offer => (true, false),
                _ => (false, false),
            };
            if let Some((beat, strb, last, _)) = inputs.front() {
                d.set_bytes("in_data", beat);
                d.set("in_strb", *strb);
                d.set("in_last", *last as u64);
            }
            d.set("in_valid", valid as u64);
            d.set("close", close as u64);
            let tready = rng.chance(70);
            d.set("tready", tready as u64);
            d.eval();
            if d.get("in_ready") == 1 && (valid || close) {
                inputs.pop_front();
            }
            if d.get("tvalid") == 1 && tready {
                let keep = mask_bits(d.get("tkeep"), lanes);
                let last = d.get("tlast") == 1;
                let n = keep.iter().take_while(|k| **k).count();
                assert!(keep[n..].iter().all(|k| !k), "seed {seed} cycle {cycle}: keep not a prefix");
                assert!(last || n == lanes, "seed {seed} cycle {cycle}: a partial beat before the last");
                cur.extend(&d.get_bytes("tdata")[..n]);
                if last {
                    frames.push((std::mem::take(&mut cur), d.get("tuser") == 1));
                }
            }
            d.tick();
            if inputs.is_empty() && frames.len() == expect.len() {
                break;
            }
        }
        assert_eq!(frames, expect, "seed {seed}");
        d.eval();
        assert_eq!(d.get("idle"), 1);
    }
}

// ---------------------------------------------------------------------------------------------
// Scheduler

#[test]
fn scheduler_serves_round_robin_like_the_model() {
    use viaduct_hw::scheduler::Scheduler;
    let vis = 5u64;
    let mut d = Dut::build("scheduler", verilog_of(&mut Scheduler::<5>::default()));
    for seed in seeds(4) {
        let mut rng = Rng::new(seed);
        d.set("reset", 1);
        d.tick();
        d.set("reset", 0);
        let mut next = 0u64;
        for step in 0..2000 {
            let eligible = rng.below(1 << vis) & if rng.chance(20) { 0 } else { u64::MAX };
            d.set("eligible", eligible);
            d.set("served", 0);
            d.tick();
            d.eval();
            let expect = (0..vis).map(|k| (next + k) % vis).find(|v| eligible >> v & 1 != 0);
            let got = (d.get("pick_valid") == 1).then(|| d.get("pick_vi"));
            assert_eq!(got, expect, "seed {seed} step {step}: eligible {eligible:05b} next {next}");
            if let Some(vi) = got.filter(|_| rng.chance(70)) {
                d.set("served", 1);
                d.set("served_vi", vi);
                d.tick();
                next = (vi + 1) % vis;
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Register slice

/// Beats offered under random valid and ready patterns (a beat offered stays offered until
/// taken, as AXI requires) come out once each, in order, with their side bits and last flag;
/// with the output always ready the slice takes a beat every cycle; a flush empties it.
#[test]
fn reg_slice_passes_every_beat_in_order_at_full_rate() {
    use viaduct_hw::reg_slice::RegSlice;
    let mut d = Dut::build("reg_slice", verilog_of(&mut RegSlice::<72, 9>::default()));
    for seed in seeds(4) {
        let mut rng = Rng::new(seed);
        let beat = |n: u64| (n.wrapping_mul(0x9e37_79b9_7f4a_7c15), n & 0x1ff, n % 5 == 4);
        // Drain whatever an earlier seed left in the slice.
        d.set("in_valid", 0);
        d.set("out_ready", 1);
        d.tick();
        d.tick();
        let (mut sent, mut got, mut offered) = (0u64, 0u64, false);
        for cycle in 0..3000 {
            let full_rate = cycle >= 2500;
            let out_ready = full_rate || rng.chance(60);
            offered |= full_rate || rng.chance(70);
            let (data, side, last) = beat(sent);
            d.set("in_valid", offered as u64);
            d.set_bytes("in_data", &[data.to_le_bytes().as_slice(), &[(sent >> 8) as u8]].concat());
            d.set("in_side", side);
            d.set("in_last", last as u64);
            d.set("out_ready", out_ready as u64);
            d.eval();
            let took = offered && d.get("in_ready") == 1;
            if d.get("out_valid") == 1 && out_ready {
                let (data, side, last) = beat(got);
                let out = d.get_bytes("out_data");
                assert_eq!(out[..8], data.to_le_bytes(), "seed {seed} cycle {cycle}: beat {got}");
                assert_eq!(out[8], (got >> 8) as u8, "seed {seed} cycle {cycle}: beat {got}");
                assert_eq!(d.get("out_side"), side, "seed {seed} cycle {cycle}: beat {got}");
                assert_eq!(d.get("out_last"), last as u64, "seed {seed} cycle {cycle}: beat {got}");
                got += 1;
            }
            if full_rate && cycle > 2502 {
                assert!(took, "seed {seed} cycle {cycle}: no beat taken with the output always ready");
            }
            if took {
                sent += 1;
                offered = false;
            }
            d.tick();
        }
        assert!(sent > 1500, "seed {seed}: only {sent} beats taken");
        assert!(sent - got <= 2, "seed {seed}: {sent} taken, {got} out");
        // Both registers full, then a flush: nothing is left to come out.
        d.set("in_valid", 1);
        d.set("out_ready", 0);
        d.tick();
        d.tick();
        d.set("in_valid", 0);
        d.eval();
        assert_eq!(d.get("in_ready"), 0, "seed {seed}: the slice holds two beats");
        d.set("flush", 1);
        d.tick();
        d.set("flush", 0);
        d.set("out_ready", 1);
        d.eval();
        assert_eq!(d.get("out_valid"), 0, "seed {seed}: a beat survived the flush");
        assert_eq!(d.get("in_ready"), 1, "seed {seed}: the flush left the skid register full");
    }
}

// ---------------------------------------------------------------------------------------------
// Counter bank

/// Every event input fires at random, in bursts that keep one counter counting every cycle
/// (the most its pending count can take between two visits of the walk), with clears between;
/// reads of random indexes, in range or not, follow each other and must see the exact count
/// of two cycles before their answer (the cache counters: of the cycle before), within
/// `COUNTER_COUNT + 2` cycles.
#[test]
fn counter_bank_counts_every_event_exactly() {
    use viaduct_abi::{Counter, Status};
    use viaduct_hw::counters::CounterBank;
    const EVENTS: [(&str, Counter); 11] = [
        ("completions", Counter::Completions),
        ("failures", Counter::Failures),
        ("doorbells", Counter::Doorbells),
        ("doorbells_ignored", Counter::DoorbellsIgnored),
        ("queue_overflows", Counter::QueueOverflows),
        ("interrupts", Counter::Interrupts),
        ("frames_sent", Counter::FramesSent),
        ("frames_received", Counter::FramesReceived),
        ("storage_commands", Counter::StorageCommands),
        ("key_commits", Counter::KeyCommits),
        ("invalidations", Counter::Invalidations),
    ];
    const CACHE: [(&str, Counter); 4] = [
        ("table_reads", Counter::TableReads),
        ("iotlb_hits", Counter::IotlbHits),
        ("iotlb_misses", Counter::IotlbMisses),
        ("line_hits", Counter::LineHits),
    ];
    let total = viaduct_abi::counters::COUNTER_COUNT;
    let mut d = Dut::build("counters", verilog_of(&mut CounterBank::default()));
    for seed in seeds(4) {
        let mut rng = Rng::new(seed);
        let mut model = vec![0u64; total];
        // Let a read left from the previous seed be answered, then clear.
        d.set("read_request", 0);
        for _ in 0..=total {
            d.tick();
        }
        d.set("clear", 1);
        d.tick();
        d.set("clear", 0);
        // A burst: one event input (or error status) held on for a stretch of cycles.
        let mut burst: Option<(usize, u64)> = None;
        // The read in progress: index and cycles waited.
        let mut read: Option<(u64, usize)> = None;
        let mut answered = 0;
        // The counts before the previous step's events (clears included).
        let mut before_previous = model.clone();
        for step in 0..20_000 {
            // The counts an answer in this step shows: those before the previous step's
            // events, the bank counting a cycle behind its inputs.
            let mut before = std::mem::replace(&mut before_previous, model.clone());
            if burst.is_none_or(|(_, left)| left == 0) {
                burst =
                    rng.chance(5).then(|| (rng.below(EVENTS.len() as u64 + 1) as usize, 30 + rng.below(200)));
            }
            let clear = rng.chance(1) && rng.chance(20);
            for (k, (port, counter)) in EVENTS.iter().enumerate() {
                let on = burst.is_some_and(|(b, _)| b == k) || rng.chance(15);
                d.set(port, u64::from(on));
                if on {
                    model[counter.index()] += 1;
                }
            }
            // Any status, OK and unknown codes included: only a listed error status counts.
            let status = if burst.is_some_and(|(b, _)| b == EVENTS.len()) {
                Status::ALL[1].code()
            } else {
                rng.below(40) as u8
            };
            let error = burst.is_some_and(|(b, _)| b == EVENTS.len()) || rng.chance(30);
            d.set("error", u64::from(error));
            d.set("error_status", u64::from(status));
            if let Some(s) = Status::ALL.iter().find(|s| s.code() == status && **s != Status::Ok) {
                model[Counter::Errors(*s).index()] += u64::from(error);
            }
            let bytes = if rng.chance(50) { 0 } else { rng.next() & 0xffff_ffff };
            d.set("bytes_add", bytes);
            model[Counter::Bytes.index()] += bytes;
            for (port, counter) in CACHE {
                let v = rng.next();
                d.set(port, v);
                model[counter.index()] = v;
                // The cache counters are inputs, registered with the answer.
                before[counter.index()] = v;
            }
            if clear {
                for (i, m) in model.iter_mut().enumerate() {
                    if !CACHE.iter().any(|(_, c)| c.index() == i) {
                        *m = 0;
                    }
                }
            }
            d.set("clear", u64::from(clear));
            // A new read when none is in progress; the index is noise otherwise.
            let index = if rng.chance(90) { rng.below(total as u64) } else { rng.below(256) };
            let request = read.is_none() && rng.chance(60);
            d.set("read_request", u64::from(request));
            d.set("read_index", index);
            if request {
                read = Some((index, 0));
            }
            d.tick();
            d.eval();
            if d.get("read_valid") == 1 {
                let (index, _) =
                    read.take().unwrap_or_else(|| panic!("seed {seed} step {step}: answer unasked"));
                let expect = before.get(index as usize).copied().unwrap_or(0);
                assert_eq!(d.get("read_value"), expect, "seed {seed} step {step}: counter {index}");
                answered += 1;
            } else if let Some((index, waited)) = read.as_mut() {
                *waited += 1;
                assert!(*waited <= total + 1, "seed {seed} step {step}: counter {index} unanswered");
            }
            if let Some((_, left)) = burst.as_mut() {
                *left = left.saturating_sub(1);
            }
        }
        assert!(answered > 500, "seed {seed}: only {answered} reads answered");
    }
}

// ---------------------------------------------------------------------------------------------
// Descriptor check

#[test]
fn desc_check_agrees_with_decode() {
    use viaduct_abi::descriptor::{INLINE_MAX, Opcode, Operation, RawDescriptor};
    use viaduct_abi::{Access, Status};
    use viaduct_hw::desc_check::DescCheck;
    let mut d = Dut::build("desc_check", verilog_of(&mut DescCheck::default()));
    let limit = viaduct_abi::addr::USER_VA_LIMIT;
    let mut seen = std::collections::BTreeMap::new();
    for seed in seeds(4) {
        let mut rng = Rng::new(seed);
        for i in 0..5000 {
            let op = Opcode::ALL[rng.below(Opcode::ALL.len() as u64) as usize];
            let mut raw = RawDescriptor::default();
            let len: u64 = match rng.below(6) {
                0 => 0,
                1 => 1 + rng.below(INLINE_MAX as u64 + 4),
                2 => rng.next() & 0xffff_ffff,
                _ => 1 + rng.below(70_000),
            };
            let len = if op == Opcode::Nop && rng.chance(70) { 0 } else { len };
            raw.words[0] = u64::from(op.code()) | len << 32;
            let va = |rng: &mut Rng| match rng.below(5) {
                0 => limit - rng.below(100_000),
                1 => rng.next(),
                _ => rng.next() % limit,
            };
            raw.words[1] = rng.next();
            match op {
                Opcode::Nop => {}
                Opcode::WriteInline => {
                    for w in 2..5 {
                        raw.words[w] = rng.next();
                    }
                    if rng.chance(70) && (len as usize) < INLINE_MAX {
                        // Clear the tail past the length.
                        let mut bytes: Vec<u8> =
                            raw.words[2..5].iter().flat_map(|w| w.to_le_bytes()).collect();
                        bytes[len as usize..].fill(0);
                        for w in 0..3 {
                            raw.words[2 + w] =
                                u64::from_le_bytes(bytes[8 * w..8 * w + 8].try_into().unwrap());
                        }
                    }
                    raw.words[5] = va(&mut rng);
                    raw.words[6] = rng.next();
                    raw.words[7] = rng.next();
                }
                _ => {
                    for w in 2..8 {
                        raw.words[w] = if w == 2 || w == 5 { va(&mut rng) } else { rng.next() };
                    }
                    // Clear the words the opcode leaves unused, most of the time.
                    if rng.chance(80) {
                        let facts = viaduct_hw::desc_check::opcode_facts(op);
                        for w in 0..8 {
                            if facts.unused_words >> w & 1 != 0 {
                                raw.words[w] = 0;
                            }
                        }
                    }
                }
            }
            match rng.below(12) {
                0 => raw.words[0] = (raw.words[0] & !0xff) | rng.below(256),
                1 => raw.words[0] |= 1 << (8 + rng.below(24)),
                2 if op != Opcode::Nop => raw.words[2] = u64::MAX - rng.below(len.max(1) * 2),
                3 => raw.words[5] = u64::MAX - rng.below(1 << 20),
                _ => {}
            }
            let words: Vec<u8> = raw.words.iter().flat_map(|w| w.to_le_bytes()).collect();
            d.set_bytes("desc", &words);
            // The verdict and the roles are registered: a cycle after the descriptor.
            d.tick();
            d.eval();
            let status = Status::from_code(d.get("status") as u8).unwrap();
            let ctx = format!("seed {seed} descriptor {i}: {raw:x?}");
            let expect = raw.decode();
            *seen.entry(expect.map(|_| Status::Ok).unwrap_or_else(|e| e.status())).or_insert(0) += 1;
            // `failed`, the sequencer's branch, is exactly "the status is not Ok".
            assert_eq!(d.get("failed") == 1, expect.is_err(), "{ctx}: failed");
            match expect {
                Err(e) => assert_eq!(status, e.status(), "{ctx}"),
                Ok(desc) => {
                    assert_eq!(status, Status::Ok, "{ctx}");
                    assert_eq!(d.get("len"), u64::from(desc.op.len()), "{ctx}");
                    assert_eq!(d.get("tag"), desc.tag, "{ctx}");
                    assert_eq!(d.get("opcode"), u64::from(raw.opcode_byte()), "{ctx}");
                    assert_eq!(d.get("nop") == 1, desc.op == Operation::Nop, "{ctx}");
                    let bufs: Vec<_> = desc.op.buffers().collect();
                    let src = bufs.iter().find(|(_, a)| *a == Access::Read);
                    let dst = bufs.iter().find(|(_, a)| *a == Access::Write);
                    assert_eq!(d.get("src_mem") == 1, src.is_some(), "{ctx}");
                    assert_eq!(d.get("dst_mem") == 1, dst.is_some(), "{ctx}");
                    let sc = |n: &str| d.get_bytes(n);
                    if let Some((b, _)) = src {
                        assert_eq!(d.get("src_va"), b.va.0, "{ctx}");
                        assert_eq!(
                            sc("src_shortcut"),
                            [b.shortcut.lo.to_le_bytes(), b.shortcut.hi.to_le_bytes()].concat()
                        );
                    }
                    if let Some((b, _)) = dst {
                        assert_eq!(d.get("dst_va"), b.va.0, "{ctx}");
                        assert_eq!(
                            sc("dst_shortcut"),
                            [b.shortcut.lo.to_le_bytes(), b.shortcut.hi.to_le_bytes()].concat()
                        );
                    }
                    match desc.op {
                        Operation::Store { offset, .. } => {
                            assert_eq!(d.get("storage_offset"), offset, "{ctx}");
                            assert_eq!(d.get("dst_storage"), 1, "{ctx}");
                        }
                        Operation::Load { offset, .. } => {
                            assert_eq!(d.get("storage_offset"), offset, "{ctx}");
                            assert_eq!(d.get("src_storage"), 1, "{ctx}");
                        }
                        Operation::WriteInline { data, .. } => {
                            assert_eq!(d.get_bytes("inline_data"), data.to_vec(), "{ctx}");
                            assert_eq!(d.get("src_inline"), 1, "{ctx}");
                        }
                        Operation::NetSend { .. } => assert_eq!(d.get("dst_net"), 1, "{ctx}"),
                        Operation::NetRecv { .. } => assert_eq!(d.get("src_net"), 1, "{ctx}"),
                        _ => {}
                    }
                }
            }
        }
    }
    println!("statuses: {seen:?}");
    for s in [Status::Ok, Status::BadOpcode, Status::BadDescriptor, Status::BadLength] {
        assert!(seen.get(&s).copied().unwrap_or(0) > 50, "too few {s:?}: {seen:?}");
    }
}
