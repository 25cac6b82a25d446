//! `viaduct bench`: the figures that tell whether viaduct beats what a user would pick
//! instead, each with its baseline measured in the same run, as a table or as JSON. The RTL
//! figures run on the Verilated engine with the testbench's host model (1 µs read latency);
//! the plots go to SVG files.

use crate::common::Failure;
use plotters::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use viaduct_abi::{EngineConfig, Level};
use viaduct_host::bench::{IBV_REG_MR_US_PER_PAGE, registration};
use viaduct_testbench::engines::build_engine;
use viaduct_testbench::perf::{self, Rig};

/// A goal with its measured value.
#[derive(Serialize, Clone, Debug)]
pub struct Goal {
    pub name: String,
    pub value: f64,
    pub target: String,
    pub met: bool,
}

/// How much to measure.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Size {
    /// The small 64-bit engine and the fewest points (the test suite's run).
    Tiny,
    /// 4 VIs, 256-bit data path: under two minutes once the engine is built.
    Quick,
    /// The default engine (64 VIs, depth 32, 256-bit): every figure's full range.
    Full,
}

pub struct Options {
    pub size: Size,
    pub json: bool,
    pub plots: Option<PathBuf>,
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg").map(|s| s.trim().to_string()).unwrap_or_default()
}

fn goal(goals: &mut Vec<Goal>, name: &str, value: f64, target: String, met: bool) {
    goals.push(Goal { name: name.into(), value, target, met });
}

pub fn run(opts: Options) -> Result<bool, Failure> {
    let started = Instant::now();
    let load_start = load_average();
    let size = opts.size;
    let (cfg, cfg_name) = match size {
        Size::Tiny => (EngineConfig::small(), "small (4 VIs, depth 8, 64-bit)"),
        Size::Quick => (
            EngineConfig { data_bytes: 32, ..EngineConfig::small() },
            "small 256-bit (4 VIs, depth 8, 256-bit)",
        ),
        Size::Full => (EngineConfig::default(), "default (64 VIs, depth 32, 256-bit)"),
    };
    let mut figures = serde_json::Map::new();
    let mut goals = Vec::new();
    let say = |s: &str| {
        if !opts.json {
            println!("{s}");
        }
    };

    // 5 and 6: registration and device memory (host-side; the device keeps keys, not tables).
    let sizes: &[u64] = if size == Size::Full { &[1, 16, 64] } else { &[1, 4] };
    let mut rows = Vec::new();
    for &gib in sizes {
        let f = registration(gib, Level::Pt)?;
        rows.push(f.clone());
        figures.insert(format!("registration_{gib}gib"), serde_json::to_value(&f)?);
    }
    let worst = rows.iter().map(|f| f.mint_us_per_page).fold(0.0, f64::max);
    goal(
        &mut goals,
        "registration: minting and table work per 4 KiB page (µs)",
        worst,
        format!("< {IBV_REG_MR_US_PER_PAGE} (ibv_reg_mr)"),
        worst < IBV_REG_MR_US_PER_PAGE,
    );
    let device: Vec<Value> = rows
        .iter()
        .map(|f| {
            json!({"gib": f.gib, "device_bytes": f.device_bytes,
                   "device_bytes_per_gib": f.device_bytes as f64 / f.gib as f64,
                   "per_page_table_bytes": f.per_page_table_bytes,
                   "per_page_table_bytes_per_gib": f.per_page_table_bytes as f64 / f.gib as f64})
        })
        .collect();
    figures.insert("device_memory".into(), json!(device));
    let device_bytes: Vec<u64> = rows.iter().map(|f| f.device_bytes).collect();
    goal(
        &mut goals,
        "device memory for translation per region (bytes), independent of its size",
        device_bytes[0] as f64,
        "same for every size (per-page table: 2 MiB per GiB)".into(),
        device_bytes.windows(2).all(|w| w[0] == w[1]),
    );
    if !opts.json {
        println!("registration (4 KiB pages, leaf-table shortcuts; per-page table = an RDMA NIC's MTT)\n");
        println!(
            "{:>5} {:>10} {:>10} {:>12} {:>12} {:>12} {:>14} {:>14} {:>9}",
            "GiB", "pages", "shortcuts", "mint s", "pin s", "per-page s", "device B", "per-page B", "speedup"
        );
        for f in &rows {
            println!(
                "{:>5} {:>10} {:>10} {:>12.6} {:>12.4} {:>12.4} {:>14} {:>14} {:>8.0}x",
                f.gib,
                f.pages,
                f.shortcuts,
                f.mint_seconds,
                f.pin_seconds,
                f.per_page_table_seconds,
                f.device_bytes,
                f.per_page_table_bytes,
                f.speedup
            );
        }
    }

    // The RTL figures.
    let t = Instant::now();
    let built = build_engine(&cfg).map_err(|e| Failure::new(1, e))?;
    let build_seconds = t.elapsed().as_secs_f64();
    say(&format!(
        "\nengine: {cfg_name}, Verilated ({build_seconds:.1} s to build or load); host reads answered after \
         {} cycles (1 µs at {} MHz)",
        perf::READ_LATENCY,
        perf::CLOCK_MHZ
    ));
    figures.insert("engine".into(), json!({"config": cfg_name, "settings": format!("{cfg:?}")}));

    // 1: translation cost.
    let seq: &[u64] = if size == Size::Full { &[2 << 20, 8 << 20] } else { &[2 << 20] };
    let tc = perf::translation_cost(&built, cfg, seq);
    figures.insert("translation_cost".into(), serde_json::to_value(&tc)?);
    let find = |level: &str, access: &str, iotlb: bool, bytes: Option<u64>| {
        tc.iter()
            .find(|c| {
                c.level == level
                    && c.access == access
                    && c.iotlb == iotlb
                    && bytes.is_none_or(|b| b == c.bytes)
            })
            .map(|c| c.reads_per_page)
            .unwrap_or(f64::NAN)
    };
    let ratio_off = find("Pml4", "random", false, None) / find("Pt", "random", false, None);
    let ratio_on = find("Pml4", "random", true, None) / find("Pt", "random", true, None);
    goal(
        &mut goals,
        "translation: full walk / leaf shortcut, reads per page, random cold, caches off",
        ratio_off,
        ">= 4".into(),
        ratio_off >= 4.0,
    );
    goal(
        &mut goals,
        "translation: full walk / leaf shortcut, reads per page, random cold, caches on",
        ratio_on,
        ">= 4".into(),
        ratio_on >= 4.0,
    );
    let seq_worst = tc
        .iter()
        .filter(|c| c.level == "Pt" && c.access == "sequential" && c.iotlb)
        .map(|c| c.reads_per_page)
        .fold(0.0, f64::max);
    goal(
        &mut goals,
        "translation: reads per page, leaf shortcut, sequential >= 2 MiB, cold, caches on",
        seq_worst,
        format!("<= {:.4} (1/64)", 1.0 / 64.0),
        seq_worst <= 1.0 / 64.0 + 1e-12,
    );
    if !opts.json {
        println!(
            "\n1. translation cost: host table reads per 4 KiB page (Pml4 = root shortcut = the full walk)\n"
        );
        println!(
            "{:>6} {:>11} {:>10} {:>10} {:>8} {:>8} {:>12}",
            "level", "access", "caches", "bytes", "pages", "reads", "reads/page"
        );
        for c in &tc {
            println!(
                "{:>6} {:>11} {:>10} {:>10} {:>8} {:>8} {:>12.4}",
                c.level,
                c.access,
                if c.iotlb { "on" } else { "off" },
                c.bytes,
                c.pages,
                c.table_reads,
                c.reads_per_page
            );
        }
    }

    // 2: throughput.
    let tsizes: Vec<u64> = match size {
        Size::Tiny => vec![64, 4096, 64 << 10],
        Size::Quick => vec![64, 1 << 10, 16 << 10, 64 << 10, 256 << 10],
        Size::Full => (0..8).map(|i| 64u64 << (2 * i)).collect(),
    };
    let tp = perf::throughput(&built, cfg, &tsizes);
    figures.insert("throughput".into(), serde_json::to_value(&tp)?);
    let big =
        tp.iter().filter(|t| t.bytes >= 64 << 10).map(|t| t.fraction_of_peak).fold(f64::INFINITY, f64::min);
    goal(
        &mut goals,
        "throughput: fraction of peak, worst opcode, transfers of 64 KiB and up",
        big,
        ">= 0.95".into(),
        big >= 0.95,
    );
    if !opts.json {
        println!(
            "\n2. throughput, one descriptor, cold translations: bytes per cycle / {} B data path\n",
            cfg.data_bytes
        );
        print!("{:>10}", "bytes");
        let ops: Vec<&str> = dedup(tp.iter().map(|t| t.opcode.as_str()));
        for op in &ops {
            print!(" {op:>10}");
        }
        println!();
        for &n in &tsizes {
            print!("{n:>10}");
            for op in &ops {
                let t = tp.iter().find(|t| t.bytes == n && t.opcode == *op).unwrap();
                print!(" {:>9.1}%", t.fraction_of_peak * 100.0);
            }
            println!();
        }
    }

    // 3: descriptor rate.
    let vis: Vec<u32> = (0..7).map(|i| 1u32 << i).filter(|v| *v <= cfg.vi_count).collect();
    let dr = perf::descriptor_rate(&built, cfg, &vis);
    figures.insert("descriptor_rate".into(), serde_json::to_value(&dr)?);
    let dr_worst = dr.iter().filter(|d| d.vis >= 4).map(|d| d.cycles_per_descriptor).fold(0.0, f64::max);
    goal(
        &mut goals,
        "descriptor rate: cycles per 64 B descriptor in aggregate, 4 VIs and more (worst)",
        dr_worst,
        "<= 5".into(),
        dr_worst <= 5.0,
    );
    if !opts.json {
        println!("\n3. descriptor rate, 64 B copies, a queue's worth per VI, translations warm\n");
        println!("{:>5} {:>12} {:>10} {:>12}", "VIs", "descriptors", "cycles", "cycles/desc");
        for d in &dr {
            println!("{:>5} {:>12} {:>10} {:>12.2}", d.vis, d.descriptors, d.cycles, d.cycles_per_descriptor);
        }
    }

    // 4: latency.
    let lat = perf::latency(&built, cfg);
    figures.insert("latency".into(), serde_json::to_value(&lat)?);
    if !opts.json {
        println!("\n4. latency, doorbell to completion write, 64 B copy\n");
        println!("{:<32} {:>8} {:>12} {:>10}", "case", "cycles", "round trips", "ns");
        for l in &lat {
            println!("{:<32} {:>8} {:>12.2} {:>10.0}", l.case, l.cycles, l.host_round_trips, l.nanoseconds);
        }
    }

    // 7: simulation speed, busy and idle under Verilator, idle under rust-hdl's simulator.
    let mut rig = Rig::new(&built, cfg, 1);
    let busy_sizes: &[u64] = if size == Size::Tiny { &[16 << 10] } else { &[256 << 10] };
    let _ = rig_busy(&mut rig, busy_sizes);
    let busy = perf::sim_speed(&rig);
    let idle_cycles = if size == Size::Full { 300_000 } else { 100_000 };
    let idle = perf::idle_speed(&built, cfg, idle_cycles);
    let (hdl_cycles, hdl_budget) = match size {
        Size::Tiny => (50, Duration::from_secs(10)),
        Size::Quick => (500, Duration::from_secs(10)),
        Size::Full => (2000, Duration::from_secs(60)),
    };
    let hdl = rust_hdl_speed(cfg, hdl_cycles, hdl_budget).map_err(|e| Failure::new(1, e))?;
    let ratio = idle / hdl.cycles_per_second;
    figures.insert(
        "sim_speed".into(),
        json!({
            "verilator_busy_cycles_per_second": busy,
            "verilator_busy_cycles": rig.timed_cycles,
            "verilator_idle_cycles_per_second": idle,
            "verilator_idle_cycles": idle_cycles,
            "rust_hdl_idle_cycles_per_second": hdl.cycles_per_second,
            "rust_hdl_idle_cycles": hdl.cycles,
            "rust_hdl_setup_seconds": hdl.setup_seconds,
            "idle_ratio": ratio,
            "note": "busy = descriptors in flight with the host model; idle = engine enabled, no descriptor, \
                     host model stepped (Verilator) / clock only (rust-hdl)",
        }),
    );
    goal(
        &mut goals,
        "simulation: Verilator idle / rust-hdl idle (cycles/s)",
        ratio,
        ">= 100".into(),
        ratio >= 100.0,
    );
    goal(
        &mut goals,
        "simulation: Verilator with the host model, busy (cycles/s)",
        busy,
        ">= 1000000".into(),
        busy >= 1e6,
    );
    if !opts.json {
        println!("\n7. simulation speed (engine cycles per second of wall time)\n");
        println!("  Verilator + host model, busy {busy:>12.0}  ({} cycles)", rig.timed_cycles);
        println!("  Verilator + host model, idle {idle:>12.0}  ({idle_cycles} cycles)");
        println!(
            "  rust-hdl Simulation, idle    {:>12.1}  ({} cycles; {:.1} s to build and connect)",
            hdl.cycles_per_second, hdl.cycles, hdl.setup_seconds
        );
    }

    let mut plots = Vec::new();
    if let Some(dir) = &opts.plots {
        std::fs::create_dir_all(dir)?;
        plots.push(plot_throughput(dir, &tp, cfg_name)?);
        plots.push(plot_descriptor_rate(dir, &dr, cfg_name)?);
        plots.push(plot_translation(dir, &tc)?);
    }

    let all_met = goals.iter().all(|g| g.met);
    let load_end = load_average();
    let seconds = started.elapsed().as_secs_f64();
    if opts.json {
        let mut out = Value::Object(figures);
        out["goals"] = serde_json::to_value(&goals)?;
        out["quick"] = json!(size != Size::Full);
        out["run"] = json!({
            "size": format!("{size:?}").to_lowercase(),
            "seconds": seconds,
            "load_average_start": load_start,
            "load_average_end": load_end,
            "cpus": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            "plots": plots.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        println!("\ngoals");
        for g in &goals {
            println!(
                "  {:<6} {:<92} {:>12.4}  target {}",
                if g.met { "pass" } else { "short" },
                g.name,
                g.value,
                g.target
            );
        }
        for p in &plots {
            println!("plot: {}", p.display());
        }
        println!("\n{seconds:.0} s; load average {load_start} at the start, {load_end} at the end");
    }
    Ok(all_met)
}

fn dedup<'a>(it: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut v: Vec<&str> = Vec::new();
    for s in it {
        if !v.contains(&s) {
            v.push(s);
        }
    }
    v
}

/// Copies of `sizes` on `rig`, timed: the busy simulation speed.
fn rig_busy(rig: &mut Rig, sizes: &[u64]) -> u64 {
    use viaduct_abi::{Descriptor, Operation};
    use viaduct_model::PageSize;
    let max = sizes.iter().copied().max().unwrap_or(4096).max(2 << 20);
    let src = rig.region(0x20_0000_0000, max, PageSize::Size4K, Level::Pt);
    let dst = rig.region(0x20_4000_0000, max, PageSize::Size4K, Level::Pt);
    let mut cycles = 0;
    for &n in sizes {
        let d = Descriptor::new(Operation::Copy { src: src.buffer(0), dst: dst.buffer(0), len: n as u32 }, 0);
        cycles += rig.time(0, &[d]).0;
    }
    cycles
}

struct HdlSpeed {
    cycles: u64,
    cycles_per_second: f64,
    setup_seconds: f64,
}

/// The same engine in rust-hdl's own simulator, idle (clock only, inputs at their initial
/// values), for `cycles` cycles or `budget` of wall time, whichever comes first.
fn rust_hdl_speed(cfg: EngineConfig, cycles: u64, budget: Duration) -> Result<HdlSpeed, String> {
    std::thread::Builder::new()
        .name("rust-hdl-sim".into())
        .stack_size(512 << 20)
        .spawn(move || rust_hdl_speed_on_this_thread(&cfg, cycles, budget))
        .map_err(|e| format!("starting rust-hdl's simulation: {e}"))?
        .join()
        .map_err(|_| "rust-hdl's simulation panicked".to_string())?
}

fn rust_hdl_speed_on_this_thread(
    cfg: &EngineConfig,
    cycles: u64,
    budget: Duration,
) -> Result<HdlSpeed, String> {
    use rust_hdl::prelude::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};
    use viaduct_hw::engine::Engine;
    macro_rules! measure {
        ($($p:literal),*) => {{
            type E = Engine<$($p),*>;
            let setup = Instant::now();
            let mut uut = E::new(cfg);
            uut.connect_all();
            let mut sim: Simulation<E> = Simulation::new();
            sim.add_clock(5, |x: &mut Box<E>| x.clock.next = !x.clock.val());
            let counted = Arc::new(AtomicU64::new(0));
            let first = Arc::new(std::sync::Mutex::new(None::<Instant>));
            let (c2, f2) = (counted.clone(), first.clone());
            sim.add_testbench(move |mut sim: Sim<E>| {
                let mut x = sim.init()?;
                let start = Instant::now();
                *f2.lock().unwrap() = Some(start);
                for _ in 0..cycles {
                    wait_clock_cycle!(sim, clock, x);
                    c2.fetch_add(1, Ordering::Relaxed);
                    if start.elapsed() > budget {
                        break;
                    }
                }
                sim.done(x)
            });
            let setup_seconds = setup.elapsed().as_secs_f64();
            sim.run(Box::new(uut), u64::MAX / 4).map_err(|e| format!("rust-hdl simulation: {e:?}"))?;
            let ran = first.lock().unwrap().map(|t| t.elapsed().as_secs_f64()).unwrap_or(0.0);
            let n = counted.load(Ordering::Relaxed);
            Ok(HdlSpeed { cycles: n, cycles_per_second: n as f64 / ran.max(1e-9), setup_seconds })
        }};
    }
    let log2 = |v: u32| v.trailing_zeros();
    let key = (
        cfg.vi_count,
        cfg.queue_depth,
        cfg.data_bytes,
        log2(cfg.iotlb_entries),
        log2(cfg.line_cache_lines),
        log2(cfg.prot_entries),
        log2(cfg.key_slots),
    );
    // The instances of `viaduct_hw::engine::engine_verilog`.
    match key {
        (4, 8, 8, 4, 2, 4, 2) => measure!(4, 8, 3, 2, 5, 64, 8, 3, 128, 10, 11, 9, 4, 3, 10, 4, 16, 2, 4, 16),
        (4, 8, 32, 4, 2, 4, 2) => {
            measure!(4, 8, 3, 2, 5, 256, 32, 5, 512, 9, 10, 9, 4, 3, 10, 4, 16, 2, 4, 40)
        }
        (64, 32, 32, 6, 4, 8, 6) => {
            measure!(64, 32, 5, 6, 11, 256, 32, 5, 512, 9, 10, 9, 6, 5, 12, 8, 256, 6, 64, 40)
        }
        other => Err(format!("no rust-hdl engine instance for {other:?}")),
    }
}

fn plot_err<E: std::fmt::Debug>(e: E) -> Failure {
    Failure::new(1, format!("plot: {e:?}"))
}

const COLORS: [RGBColor; 7] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
    RGBColor(227, 119, 194),
];

/// Fraction of peak against transfer size (log scale), one line per opcode.
fn plot_throughput(dir: &Path, tp: &[perf::Throughput], cfg_name: &str) -> Result<PathBuf, Failure> {
    let path = dir.join("throughput.svg");
    let root = SVGBackend::new(path.as_path(), (720, 440)).into_drawing_area();
    root.fill(&WHITE).map_err(plot_err)?;
    let lo = tp.iter().map(|t| t.bytes).min().unwrap_or(64) as f64;
    let hi = tp.iter().map(|t| t.bytes).max().unwrap_or(1 << 20) as f64;
    let mut chart = ChartBuilder::on(&root)
        .caption(format!("throughput / peak, cold, 1 µs reads ({cfg_name})"), ("sans-serif", 16))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(50)
        .build_cartesian_2d((lo..hi).log_scale(), 0.0..1.0)
        .map_err(plot_err)?;
    chart
        .configure_mesh()
        .x_desc("transfer bytes")
        .y_desc("fraction of peak")
        .x_label_formatter(&|x| human(*x))
        .draw()
        .map_err(plot_err)?;
    chart
        .draw_series(LineSeries::new([(lo, 0.95), (hi, 0.95)], BLACK.mix(0.4)))
        .map_err(plot_err)?
        .label("goal 0.95")
        .legend(|(x, y)| PathElement::new([(x, y), (x + 16, y)], BLACK.mix(0.4)));
    for (i, op) in dedup(tp.iter().map(|t| t.opcode.as_str())).into_iter().enumerate() {
        let c = COLORS[i % COLORS.len()];
        let pts: Vec<(f64, f64)> =
            tp.iter().filter(|t| t.opcode == op).map(|t| (t.bytes as f64, t.fraction_of_peak)).collect();
        chart
            .draw_series(LineSeries::new(pts.clone(), c.stroke_width(2)))
            .map_err(plot_err)?
            .label(op)
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 16, y)], c.stroke_width(2)));
        chart.draw_series(pts.iter().map(|p| Circle::new(*p, 3, c.filled()))).map_err(plot_err)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(plot_err)?;
    root.present().map_err(plot_err)?;
    drop(chart);
    drop(root);
    Ok(path)
}

/// Cycles per descriptor against VIs, with the goal line.
fn plot_descriptor_rate(dir: &Path, dr: &[perf::DescriptorRate], cfg_name: &str) -> Result<PathBuf, Failure> {
    let path = dir.join("descriptor_rate.svg");
    let root = SVGBackend::new(path.as_path(), (720, 440)).into_drawing_area();
    root.fill(&WHITE).map_err(plot_err)?;
    let hi_v = dr.iter().map(|d| d.vis).max().unwrap_or(1).max(2) as f64;
    let hi_c = dr.iter().map(|d| d.cycles_per_descriptor).fold(6.0, f64::max) * 1.1;
    let mut chart = ChartBuilder::on(&root)
        .caption(format!("64 B descriptors: cycles per descriptor ({cfg_name})"), ("sans-serif", 16))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(50)
        .build_cartesian_2d((1.0..hi_v).log_scale(), 0.0..hi_c)
        .map_err(plot_err)?;
    chart
        .configure_mesh()
        .x_desc("VIs")
        .y_desc("cycles per descriptor")
        .x_label_formatter(&|x| format!("{x:.0}"))
        .draw()
        .map_err(plot_err)?;
    chart
        .draw_series(LineSeries::new([(1.0, 5.0), (hi_v, 5.0)], BLACK.mix(0.4)))
        .map_err(plot_err)?
        .label("goal 5 (4+ VIs)")
        .legend(|(x, y)| PathElement::new([(x, y), (x + 16, y)], BLACK.mix(0.4)));
    let pts: Vec<(f64, f64)> = dr.iter().map(|d| (d.vis as f64, d.cycles_per_descriptor)).collect();
    let c = COLORS[0];
    chart
        .draw_series(LineSeries::new(pts.clone(), c.stroke_width(2)))
        .map_err(plot_err)?
        .label("measured")
        .legend(move |(x, y)| PathElement::new([(x, y), (x + 16, y)], c.stroke_width(2)));
    chart.draw_series(pts.iter().map(|p| Circle::new(*p, 3, c.filled()))).map_err(plot_err)?;
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(plot_err)?;
    root.present().map_err(plot_err)?;
    drop(chart);
    drop(root);
    Ok(path)
}

/// Reads per page by shortcut level, one line per (access, caches) case.
fn plot_translation(dir: &Path, tc: &[perf::TranslationCost]) -> Result<PathBuf, Failure> {
    let path = dir.join("translation.svg");
    let root = SVGBackend::new(path.as_path(), (720, 440)).into_drawing_area();
    root.fill(&WHITE).map_err(plot_err)?;
    let levels = ["Pt", "Pd", "Pml4"];
    let hi = tc.iter().map(|c| c.reads_per_page).fold(1.0, f64::max) * 1.15;
    let mut chart = ChartBuilder::on(&root)
        .caption("host table reads per 4 KiB page, cold, by shortcut level", ("sans-serif", 16))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(50)
        .build_cartesian_2d(-0.2f64..2.2f64, 0.0..hi)
        .map_err(plot_err)?;
    chart
        .configure_mesh()
        .x_labels(3)
        .x_desc("shortcut level (Pml4 = root = the full walk)")
        .y_desc("reads per page")
        .x_label_formatter(&|x| {
            let i = x.round();
            if (x - i).abs() < 0.05 && (0.0..3.0).contains(&i) {
                ["leaf (Pt)", "upper (Pd)", "root (Pml4)"][i as usize].to_string()
            } else {
                String::new()
            }
        })
        .draw()
        .map_err(plot_err)?;
    let mut cases: Vec<(String, bool, u64)> = Vec::new();
    for c in tc {
        let key = (c.access.clone(), c.iotlb, if c.access == "random" { 0 } else { c.bytes });
        if !cases.contains(&key) {
            cases.push(key);
        }
    }
    for (i, (access, iotlb, bytes)) in cases.into_iter().enumerate() {
        let col = COLORS[i % COLORS.len()];
        let pts: Vec<(f64, f64)> = levels
            .iter()
            .enumerate()
            .filter_map(|(x, l)| {
                tc.iter()
                    .find(|c| {
                        c.level == *l
                            && c.access == access
                            && c.iotlb == iotlb
                            && (bytes == 0 || c.bytes == bytes)
                    })
                    .map(|c| (x as f64, c.reads_per_page))
            })
            .collect();
        let name = format!(
            "{access}{}, caches {}",
            if bytes > 0 { format!(" {}", human(bytes as f64)) } else { String::new() },
            if iotlb { "on" } else { "off" }
        );
        chart
            .draw_series(LineSeries::new(pts.clone(), col.stroke_width(2)))
            .map_err(plot_err)?
            .label(name)
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 16, y)], col.stroke_width(2)));
        chart.draw_series(pts.iter().map(|p| Circle::new(*p, 3, col.filled()))).map_err(plot_err)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(plot_err)?;
    root.present().map_err(plot_err)?;
    drop(chart);
    drop(root);
    Ok(path)
}

fn human(x: f64) -> String {
    if x >= (1 << 20) as f64 {
        format!("{:.0}M", x / (1 << 20) as f64)
    } else if x >= 1024.0 {
        format!("{:.0}K", x / 1024.0)
    } else {
        format!("{x:.0}")
    }
}
