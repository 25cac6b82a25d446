//! The whole engine under Verilator against the reference model: BAR0 register behaviour,
//! then seeded random workloads (every opcode, 4 KiB / 2 MiB / 1 GiB pages, shortcuts at every
//! level, deliberate errors, lifecycle events; and an adversarial mix with host faults and
//! flushes) whose outcomes — host memory, completions, network frames, storage commands and
//! image, counters — must equal the model's, with no host access left unauthorized.
//!
//! Replay one seed: `VIADUCT_SEED=<n> cargo test -p viaduct-testbench --test engine_differential`;
//! more seeds: `VIADUCT_SEEDS=<n>`; traces: `VIADUCT_TRACE=<dir>`.

use std::sync::OnceLock;
use viaduct_abi::EngineConfig;
use viaduct_abi::regs::{self, global, vi_cfg, vi_page};
use viaduct_model::scenario::Bar;
use viaduct_model::{MemStorage, SparseMemory};
use viaduct_testbench::bench::EngineBench;
use viaduct_testbench::engines::build_engine;
use viaduct_testbench::host::{AxiMemoryConfig, SharedMemory};
use viaduct_testbench::targets::ModelTarget;
use viaduct_testbench::verilator::BuiltModel;
use viaduct_testbench::workload::{self, STORAGE_BYTES, WorkloadConfig};

fn build(cfg: &EngineConfig) -> BuiltModel {
    let b = build_engine(cfg).unwrap_or_else(|e| panic!("{e}"));
    println!("engine build: {:?} (from cache: {})", b.elapsed, b.from_cache);
    b
}

fn small() -> &'static BuiltModel {
    static B: OnceLock<BuiltModel> = OnceLock::new();
    B.get_or_init(|| build(&EngineConfig::small()))
}

/// Host memory as the tests use it: a modest read latency, several reads in flight.
fn host(data_bytes: usize) -> AxiMemoryConfig {
    AxiMemoryConfig {
        data_bytes,
        read_latency: 40,
        write_latency: 12,
        reads_in_flight: 8,
        writes_in_flight: 8,
        writes_land_at_response: false,
    }
}

fn bench(b: &BuiltModel, trace: &str) -> EngineBench {
    let mut model = b.load().unwrap();
    model.trace_if_requested(trace).unwrap();
    EngineBench::new(model, SharedMemory::new(SparseMemory::new()), host(8), MemStorage::new(STORAGE_BYTES))
        .expect("engine ports found by prefix")
}

fn seeds(default: u64) -> Vec<u64> {
    if let Ok(s) = std::env::var("VIADUCT_SEED") {
        return vec![s.parse().expect("VIADUCT_SEED is a number")];
    }
    let n = std::env::var("VIADUCT_SEEDS").ok().and_then(|s| s.parse().ok()).unwrap_or(default);
    (0..n).collect()
}

/// Every register of BAR0 the model defines, for each VI of the configuration.
fn register_offsets(cfg: &EngineConfig) -> Vec<u32> {
    let mut out = Vec::new();
    for r in regs::REGISTERS {
        match r.scope {
            regs::Scope::Global => out.push(r.offset),
            regs::Scope::ViConfig => out.extend((0..cfg.vi_count).map(|vi| regs::vi_config(vi, r.offset))),
            regs::Scope::ViPage => out.extend((0..cfg.vi_count).map(|vi| regs::vi_page(vi, r.offset))),
        }
    }
    for i in 0..viaduct_abi::counters::COUNTER_COUNT {
        out.push(regs::counter_offset(i));
        out.push(regs::counter_offset(i) + 4);
    }
    out
}

#[test]
fn registers_read_like_the_models_after_reset_and_writes() {
    let cfg = EngineConfig::small();
    let mut rtl = bench(small(), "engine_registers");
    let mut model = ModelTarget::new(cfg);
    let offsets = register_offsets(&cfg);
    let compare = |rtl: &mut EngineBench, model: &mut ModelTarget, when: &str| {
        for &off in &offsets {
            // STATUS.IDLE is 1 in the model at all times; the engine is idle here too.
            assert_eq!(rtl.read32(off), model.read32(off), "{when}: register {off:#x}");
        }
    };
    compare(&mut rtl, &mut model, "after reset");
    // Writes to every register (also unmapped and misaligned offsets), as both see them.
    let mut state = 0x1234_5678_9abc_def0u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..3 {
        for &off in &offsets {
            let v = next() as u32;
            // Keep the engine stopped and leave out the soft reset (tested below).
            let v = match off {
                global::CONTROL => v & !global::CONTROL::ENABLE.mask(),
                global::SOFT_RESET => 0,
                _ => v,
            };
            rtl.write32(off, v);
            model.write32(off, v);
        }
        for extra in [3u32, 0x0ffe, regs::vi_config(cfg.vi_count, 0), regs::vi_page(cfg.vi_count, 0)] {
            rtl.write32(extra, 7);
            model.write32(extra, 7);
            assert_eq!(rtl.read32(extra), model.read32(extra), "unmapped {extra:#x}");
        }
        compare(&mut rtl, &mut model, &format!("after writes, round {round}"));
    }
    // Doorbells: ignored while disabled, overflow past the depth, accepted otherwise.
    for (vi, ctrl, tail) in [(0, 0, 3), (1, 1, 9), (1, 1, 8), (2, 1, 2)] {
        for b in [&mut rtl as &mut dyn Bar, &mut model] {
            b.write32(regs::vi_config(vi, vi_cfg::VI_CTRL), ctrl);
            b.write32(regs::vi_config(vi, vi_cfg::VI_RESET), 1);
            b.write32(regs::vi_page(vi, vi_page::SQ_TAIL), tail);
        }
    }
    compare(&mut rtl, &mut model, "after doorbells");
    // Soft reset returns everything to its reset value.
    rtl.write32(global::SOFT_RESET, 1);
    model.write32(global::SOFT_RESET, 1);
    compare(&mut rtl, &mut model, "after soft reset");
}

fn run_seed(seed: u64, b: &BuiltModel) {
    run_workload(WorkloadConfig::small(seed), "workloads_equal_the_model", b);
}

fn run_workload(cfg: WorkloadConfig, test: &str, b: &BuiltModel) {
    let seed = cfg.seed;
    let replay = format!(
        "replay: VIADUCT_SEED={seed} cargo test -p viaduct-testbench --test engine_differential {test}"
    );
    let expected = workload::run(cfg, &mut ModelTarget::new(cfg.engine))
        .unwrap_or_else(|e| panic!("seed {seed}: the model failed: {e}"));
    let mut rtl = bench(b, &format!("{test}_seed_{seed}"));
    let got = workload::run(cfg, &mut rtl).unwrap_or_else(|e| panic!("seed {seed}: {e}\n{replay}"));
    if let Some(d) = got.difference(&expected, true) {
        panic!("seed {seed}: the engine differs from the model: {d}\n{replay}");
    }
    assert!(
        got.escapes.is_empty(),
        "seed {seed}: host accesses nothing authorized: {:?}\n{replay}",
        got.escapes
    );
    let descriptors: usize = got.completions.iter().map(Vec::len).sum();
    println!("seed {seed}: {descriptors} descriptors, {} cycles, equal to the model", rtl.cycle);
}

#[test]
fn workloads_equal_the_model() {
    for seed in seeds(8) {
        run_seed(seed, small());
    }
}

/// The adversarial mix: half the descriptors broken, host faults (error and no answer, on
/// reads and writes) in most batches, VIs disabled with work posted. Outcomes, cache counters
/// included, must equal the model's, and every host access must be authorized.
#[test]
fn adversarial_workloads_equal_the_model() {
    for seed in seeds(12) {
        run_workload(WorkloadConfig::adversarial(seed), "adversarial_workloads_equal_the_model", small());
    }
}

/// Overlapping copies move their bytes chunk by chunk, as the model does: no chunk's source
/// is read before the writes of an earlier chunk that overlap it are acknowledged (host reads
/// answered after 250 cycles, writes after 60 and their bytes visible only then). Forward
/// copies by a few bytes, by one beat and by more than a page, and a backward one.
#[test]
fn overlapping_copies_read_what_earlier_chunks_wrote() {
    use viaduct_abi::transfer::chunks;
    use viaduct_abi::{Descriptor, Level, Operation, Status, VirtAddr};
    use viaduct_model::PageSize;
    use viaduct_testbench::perf::Rig;
    const BASE: u64 = 0x20_0000_0000;
    const BYTES: usize = 8 * 4096;
    use viaduct_testbench::host::AxiMemoryConfig;
    // Writes land only with their responses, the latest AXI allows: a read of the next chunk
    // issued before them would see the old bytes.
    let host =
        AxiMemoryConfig { read_latency: 250, writes_land_at_response: true, ..AxiMemoryConfig::pcie_like(8) };
    let mut rig = Rig::on_host(small(), EngineConfig::small(), 1, host);
    let region = rig.region(BASE, BYTES as u64, PageSize::Size4K, Level::Pt);
    for (case, (src_off, dst_off, len)) in
        [(0u64, 100u64, 3 * 4096u32), (0, 8, 5000), (16, 4096 + 40, 2 * 4096 + 100), (300, 20, 3 * 4096)]
            .into_iter()
            .enumerate()
    {
        let image: Vec<u8> = (0..BYTES).map(|i| (i * 7 + i / 251 + case) as u8).collect();
        let mut m = rig.mem.clone();
        rig.sc.write_va(&mut m, &rig.process, VirtAddr(BASE), &image).expect("fill the region");
        // What the model's chunk-by-chunk move leaves.
        let mut want = image.clone();
        for (off, n) in chunks(&[BASE + src_off, BASE + dst_off], u64::from(len)) {
            let (s, d, n) = ((src_off + off) as usize, (dst_off + off) as usize, n as usize);
            let piece = want[s..s + n].to_vec();
            want[d..d + n].copy_from_slice(&piece);
        }
        let copy = Descriptor::new(
            Operation::Copy { src: region.buffer(src_off), dst: region.buffer(dst_off), len },
            case as u64,
        );
        let (_, done) = rig.time(0, &[copy]);
        assert_eq!(done[0].status, Status::Ok, "case {case}");
        let got = rig.sc.read_va(&rig.mem, &rig.process, VirtAddr(BASE), BYTES).expect("read back");
        if let Some(at) = (0..BYTES).find(|&i| got[i] != want[i]) {
            panic!(
                "case {case} (copy {len} bytes from +{src_off} to +{dst_off}): byte +{at} is {:#04x}, the \
                 model's chunk-by-chunk move leaves {:#04x}",
                got[at], want[at]
            );
        }
    }
}
