//! Performance measurements on the Verilated engine with the host model (1 µs read latency
//! at 250 MHz by default), each with its baseline measured in the same run: translation cost
//! per 4 KiB page against the full 4-level walk, throughput against the data path's peak,
//! descriptor rate over many VIs, doorbell-to-completion latency, and simulation speed.

use crate::bench::EngineBench;
use crate::host::{AxiMemoryConfig, SharedMemory};
use crate::verilator::BuiltModel;
use serde::Serialize;
use std::time::Instant;
use viaduct_abi::pagetable::flags;
use viaduct_abi::regs::{self, global};
use viaduct_abi::{Counter, Descriptor, EngineConfig, Level, Operation, Status, VirtAddr};
use viaduct_model::scenario::{Bar, Process, Region, RegisterOptions, Scenario, ViHandle};
use viaduct_model::{MemStorage, Memory, PageSize, SparseMemory};

/// Engine clock the cycle figures assume.
pub const CLOCK_MHZ: f64 = 250.0;
/// A host read answered 1 µs after it is issued.
pub const READ_LATENCY: u64 = 250;

/// An engine on a bench with one process, its VIs, and helpers to time descriptors.
pub struct Rig {
    pub bench: EngineBench,
    pub sc: Scenario,
    pub mem: SharedMemory,
    pub process: Process,
    pub vis: Vec<ViHandle>,
    pub cfg: EngineConfig,
    /// Wall time and engine cycles of the timed runs ([`Rig::time`]): the simulation speed.
    pub wall: std::time::Duration,
    pub timed_cycles: u64,
}

const VA: u64 = 0x10_0000_0000;

impl Rig {
    /// `vis` VIs of one process, on a host with the PCIe-like latency.
    pub fn new(built: &BuiltModel, cfg: EngineConfig, vis: u32) -> Rig {
        let host = AxiMemoryConfig {
            read_latency: READ_LATENCY,
            ..AxiMemoryConfig::pcie_like(cfg.data_bytes as usize)
        };
        Rig::on_host(built, cfg, vis, host)
    }

    /// The same on a host model of its own.
    pub fn on_host(built: &BuiltModel, cfg: EngineConfig, vis: u32, host: AxiMemoryConfig) -> Rig {
        let model = built.load().expect("load the engine");
        let mem = SharedMemory::new(SparseMemory::new());
        let mut bench =
            EngineBench::new(model, mem.clone(), host, MemStorage::new(64 << 20)).expect("engine ports");
        let mut sc = Scenario::new(cfg, 42);
        sc.init(&mut bench);
        let mut m = mem.clone();
        let process = sc.new_process(&mut m, 1).expect("a process");
        let vis = (0..vis.min(cfg.vi_count))
            .map(|vi| sc.open_vi(&mut bench, &mut m, vi, process.pd, 0, 8).expect("a VI"))
            .collect();
        Rig { bench, sc, mem, process, vis, cfg, wall: std::time::Duration::ZERO, timed_cycles: 0 }
    }

    /// Map and register `len` bytes at `va` on pages of `size`, with shortcuts at `level`.
    pub fn region(&mut self, va: u64, len: u64, size: PageSize, level: Level) -> Region {
        let mut m = self.mem.clone();
        self.sc.map(&mut m, &self.process, VirtAddr(va), len, size, flags::WRITABLE).expect("map");
        let opts = RegisterOptions { level, ..Default::default() };
        self.sc.register(&mut self.bench, &mut m, &self.process, VirtAddr(va), len, opts).expect("register")
    }

    pub fn counter(&mut self, c: Counter) -> u64 {
        let lo = self.bench.read32(regs::counter_offset(c.index()));
        let hi = self.bench.read32(regs::counter_offset(c.index()) + 4);
        u64::from(hi) << 32 | u64::from(lo)
    }

    pub fn invalidate(&mut self) {
        self.bench.write32(global::INVALIDATE, global::INVALIDATE::ALL.put(1));
    }

    /// Caches on or off (the scheduler runs).
    pub fn caches(&mut self, iotlb: bool, lines: bool) {
        self.bench.write32(global::CONTROL, 1 | u32::from(iotlb) << 1 | u32::from(lines) << 2);
    }

    /// Post `descs` on VI `vi` (at most a queue's worth), ring, and run until every one has
    /// completed; returns the cycles from the doorbell to the last completion and the
    /// completions.
    pub fn time(&mut self, vi: usize, descs: &[Descriptor]) -> (u64, Vec<viaduct_abi::Completion>) {
        let mut h = self.vis[vi];
        for d in descs {
            self.sc.post(&mut self.bench, &mut h, d);
        }
        let start = self.bench.cycle;
        let started = Instant::now();
        self.sc.ring(&mut self.bench, &h);
        let mem = self.mem.clone();
        let n = descs.len();
        let mut got = Vec::new();
        while got.len() < n {
            let ok = self.bench.run_until(2_000_000, |_| ready(&mem, &h) > 0).expect("step");
            assert!(ok, "the engine did not complete within 2M cycles");
            got.extend(self.sc.completions(&mut self.bench, &mem, &mut h));
        }
        self.wall += started.elapsed();
        self.timed_cycles += self.bench.cycle - start;
        self.vis[vi] = h;
        (self.bench.cycle - start, got)
    }
}

/// Completions waiting in a VI's ring.
fn ready(mem: &dyn Memory, h: &ViHandle) -> usize {
    let slot = u64::from(h.cq_head) % (1 << h.cq_log2);
    let mut b = [0u8; 32];
    if mem.read(viaduct_abi::PhysAddr(h.cq_base.0 + slot * 32), &mut b).is_err() {
        return 0;
    }
    usize::from(viaduct_abi::Completion::phase_of(&b) == Ok((u32::from(h.cq_head) >> h.cq_log2) & 1 == 0))
}

#[derive(Serialize, Clone, Debug)]
pub struct TranslationCost {
    /// The shortcut's level: `Pt` leaf table, `Pd` upper level, `Pml4` root (the full
    /// 4-level walk an IOMMU does).
    pub level: String,
    /// `random` (64 scattered pages, 64 B each) or `sequential` (one transfer).
    pub access: String,
    /// IOTLB and PTE-line cache enabled (emptied before each case: cold).
    pub iotlb: bool,
    pub bytes: u64,
    pub pages: u64,
    pub table_reads: u64,
    pub reads_per_page: f64,
}

/// Host table reads per 4 KiB data page for shortcuts at each level, cold (every cache
/// emptied before each case), with the IOTLB and PTE-line cache on and off: 64 scattered pages
/// of a 1 GiB region, and sequential transfers of `sequential` bytes (caches off: the first
/// only).
pub fn translation_cost(built: &BuiltModel, cfg: EngineConfig, sequential: &[u64]) -> Vec<TranslationCost> {
    let mut out = Vec::new();
    let pages: Vec<u64> = (0..64u64).map(|i| ((i * 37 % 64) << 24) | ((i * 77 % 512) << 12)).collect();
    for level in [Level::Pt, Level::Pd, Level::Pml4] {
        let mut rig = Rig::new(built, cfg, 1);
        let r = rig.region(VA, 1 << 30, PageSize::Size4K, level);
        for iotlb in [false, true] {
            rig.caches(iotlb, iotlb);
            rig.invalidate();
            let before = rig.counter(Counter::TableReads);
            for chunk in pages.chunks(rig.cfg.queue_depth as usize) {
                let d: Vec<Descriptor> = chunk
                    .iter()
                    .map(|off| Descriptor::new(Operation::NetSend { src: r.buffer(*off), len: 64 }, 0))
                    .collect();
                rig.time(0, &d);
            }
            let reads = rig.counter(Counter::TableReads) - before;
            out.push(TranslationCost {
                level: format!("{level:?}"),
                access: "random".into(),
                iotlb,
                bytes: 64 * pages.len() as u64,
                pages: pages.len() as u64,
                table_reads: reads,
                reads_per_page: reads as f64 / pages.len() as f64,
            });
            for &len in sequential {
                // Without caches every page walks: the first size says it, longer ones only cost time.
                if !iotlb && len > sequential[0] {
                    continue;
                }
                rig.invalidate();
                let before = rig.counter(Counter::TableReads);
                // A descriptor stays within one leaf table's 2 MiB: longer transfers are several.
                let chunk = len.min(2 << 20);
                let d: Vec<Descriptor> = (0..len / chunk)
                    .map(|i| {
                        Descriptor::new(Operation::NetSend { src: r.buffer(i * chunk), len: chunk as u32 }, i)
                    })
                    .collect();
                let (_, c) = rig.time(0, &d);
                assert!(c.iter().all(|c| c.status == Status::Ok), "{level:?} sequential {len}");
                let reads = rig.counter(Counter::TableReads) - before;
                out.push(TranslationCost {
                    level: format!("{level:?}"),
                    access: "sequential".into(),
                    iotlb,
                    bytes: len,
                    pages: len / 4096,
                    table_reads: reads,
                    reads_per_page: reads as f64 * 4096.0 / len as f64,
                });
            }
            rig.bench.net_tx.frames.clear();
        }
    }
    out
}

#[derive(Serialize, Clone, Debug)]
pub struct Throughput {
    pub opcode: String,
    pub bytes: u64,
    pub cycles: u64,
    /// Bytes per cycle over the data path's bytes per cycle.
    pub fraction_of_peak: f64,
    pub gbytes_per_s: f64,
}

/// One descriptor of each size and opcode, cold translations (caches emptied before each),
/// 1 µs read latency: bytes moved per cycle against the data path's width.
pub fn throughput(built: &BuiltModel, cfg: EngineConfig, sizes: &[u64]) -> Vec<Throughput> {
    let mut rig = Rig::new(built, cfg, 1);
    let max = *sizes.iter().max().unwrap_or(&4096);
    let src = rig.region(VA, max.max(2 << 20), PageSize::Size4K, Level::Pt);
    let dst = rig.region(VA + (1 << 30), max.max(2 << 20), PageSize::Size4K, Level::Pt);
    let mut out = Vec::new();
    for op in ["copy", "net_send", "net_recv", "store", "load"] {
        for &n in sizes {
            let len = n as u32;
            let d = match op {
                "copy" => Operation::Copy { src: src.buffer(0), dst: dst.buffer(0), len },
                "net_send" => Operation::NetSend { src: src.buffer(0), len },
                "net_recv" => {
                    rig.bench.net_rx.push(vec![0x5a; n as usize]);
                    Operation::NetRecv { dst: dst.buffer(0), len }
                }
                "store" => Operation::Store { src: src.buffer(0), offset: 0, len },
                _ => Operation::Load { dst: dst.buffer(0), offset: 0, len },
            };
            rig.invalidate();
            let (cycles, c) = rig.time(0, &[Descriptor::new(d, 0)]);
            assert_eq!(c[0].status, Status::Ok, "{op} {n}");
            let per_cycle = n as f64 / cycles as f64;
            out.push(Throughput {
                opcode: op.into(),
                bytes: n,
                cycles,
                fraction_of_peak: per_cycle / f64::from(cfg.data_bytes),
                gbytes_per_s: per_cycle * CLOCK_MHZ * 1e6 / 1e9,
            });
        }
    }
    out
}

#[derive(Serialize, Clone, Debug)]
pub struct DescriptorRate {
    pub vis: u32,
    pub descriptors: u64,
    pub cycles: u64,
    pub cycles_per_descriptor: f64,
}

/// 64-byte copies, a queue's worth on each of `vis` VIs, posted with the scheduler stopped
/// and then run: cycles per descriptor in aggregate.
pub fn descriptor_rate(built: &BuiltModel, cfg: EngineConfig, vis_list: &[u32]) -> Vec<DescriptorRate> {
    let mut out = Vec::new();
    for &vis in vis_list {
        let mut rig = Rig::new(built, cfg, vis);
        let r = rig.region(VA, 1 << 20, PageSize::Size4K, Level::Pt);
        let depth = rig.cfg.queue_depth as u64;
        // Warm the translations: the rate is the engine's, not the host's.
        rig.time(
            0,
            &[Descriptor::new(Operation::Copy { src: r.buffer(0), dst: r.buffer(4096), len: 64 }, 0)],
        );
        rig.bench.write32(global::CONTROL, 0b110);
        for vi in 0..rig.vis.len() {
            let mut h = rig.vis[vi];
            for i in 0..depth {
                let off = (vi as u64 * depth + i) * 64 % 4096;
                let d = Descriptor::new(
                    Operation::Copy { src: r.buffer(off), dst: r.buffer(4096 + off), len: 64 },
                    i,
                );
                rig.sc.post(&mut rig.bench, &mut h, &d);
            }
            rig.sc.ring(&mut rig.bench, &h);
            rig.vis[vi] = h;
        }
        let mem = rig.mem.clone();
        let handles = rig.vis.clone();
        let start = rig.bench.cycle;
        rig.bench.write32(global::CONTROL, 0b111);
        let all = |b: &EngineBench| {
            let _ = b;
            handles.iter().all(|h| count_ready(&mem, h) as u64 >= depth)
        };
        assert!(rig.bench.run_until(5_000_000, all).expect("step"), "descriptors did not all complete");
        let cycles = rig.bench.cycle - start;
        let n = depth * vis as u64;
        out.push(DescriptorRate {
            vis,
            descriptors: n,
            cycles,
            cycles_per_descriptor: cycles as f64 / n as f64,
        });
    }
    out
}

fn count_ready(mem: &dyn Memory, h: &ViHandle) -> usize {
    let mut n = 0;
    let mut head = h.cq_head;
    loop {
        let slot = u64::from(head) % (1 << h.cq_log2);
        let mut b = [0u8; 32];
        if mem.read(viaduct_abi::PhysAddr(h.cq_base.0 + slot * 32), &mut b).is_err()
            || viaduct_abi::Completion::phase_of(&b) != Ok((u32::from(head) >> h.cq_log2) & 1 == 0)
        {
            return n;
        }
        n += 1;
        head = head.wrapping_add(1);
        if n >= 1 << h.cq_log2 {
            return n;
        }
    }
}

#[derive(Serialize, Clone, Debug)]
pub struct Latency {
    pub case: String,
    pub cycles: u64,
    pub host_round_trips: f64,
    pub nanoseconds: f64,
}

/// Doorbell to completion for a 64-byte copy with the translations cached (IOTLB hit) and
/// with every cache emptied (miss).
pub fn latency(built: &BuiltModel, cfg: EngineConfig) -> Vec<Latency> {
    let mut rig = Rig::new(built, cfg, 1);
    let r = rig.region(VA, 1 << 20, PageSize::Size4K, Level::Pt);
    let copy = Descriptor::new(Operation::Copy { src: r.buffer(0), dst: r.buffer(8192), len: 64 }, 0);
    let mut out = Vec::new();
    rig.invalidate();
    let (miss, _) = rig.time(0, &[copy]);
    let (hit, _) = rig.time(0, &[copy]);
    for (case, cycles) in [("64 B copy, IOTLB hit", hit), ("64 B copy, IOTLB miss (cold)", miss)] {
        out.push(Latency {
            case: case.into(),
            cycles,
            host_round_trips: cycles as f64 / READ_LATENCY as f64,
            nanoseconds: cycles as f64 * 1000.0 / CLOCK_MHZ,
        });
    }
    out
}

/// Engine cycles per second of wall time, with the host model in the loop, over `rig`'s
/// timed runs (busy: descriptors in flight).
pub fn sim_speed(rig: &Rig) -> f64 {
    rig.timed_cycles as f64 / rig.wall.as_secs_f64().max(1e-9)
}

/// Engine cycles per second of wall time on an idle engine (enabled, no descriptor), the host
/// model stepped with it: the same measurement as rust-hdl's simulator gets in `viaduct bench`.
pub fn idle_speed(built: &BuiltModel, cfg: EngineConfig, cycles: u64) -> f64 {
    let mut rig = Rig::new(built, cfg, 1);
    let started = Instant::now();
    for _ in 0..cycles {
        rig.bench.step().expect("step");
    }
    cycles as f64 / started.elapsed().as_secs_f64().max(1e-9)
}
