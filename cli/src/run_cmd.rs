//! `viaduct run WORKLOAD.yaml`: processes, buffers, registrations and descriptors described in
//! YAML, run on a board through the agent and the application library, each descriptor's
//! outcome checked against the reference model's prediction (the same workload run on the
//! model first) and against the outcome the file expects.

use crate::common::{EXIT_BAD_INPUT, Failure};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use viaduct_abi::{
    BufferRef, Descriptor, EngineConfig, Level, Operation, Rights, Shortcut, Status, VirtAddr,
};
use viaduct_host::{
    Agent, AgentConfig, App, BoardDevice, Buffer, Device, KeyPolicy, LocalLink, Region, Registration, Vi,
};
use viaduct_model::{MemStorage, PageSize};
use viaduct_sim::{Board, EngineCore, ModelCore, PhysHandle, PhysMemory, engine_core};

/// A byte count: a number, or a string such as "64KiB", "4MiB", "1GiB".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Size(pub u64);

impl<'de> Deserialize<'de> for Size {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Size, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            N(u64),
            S(String),
        }
        match Raw::deserialize(d)? {
            Raw::N(n) => Ok(Size(n)),
            Raw::S(s) => {
                parse_size(&s).map(Size).ok_or_else(|| serde::de::Error::custom(format!("not a size: {s:?}")))
            }
        }
    }
}

fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: u64 = num.parse().ok()?;
    let mult = match unit.trim() {
        "" | "B" => 1,
        "KiB" => 1 << 10,
        "MiB" => 1 << 20,
        "GiB" => 1 << 30,
        _ => return None,
    };
    n.checked_mul(mult)
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Workload {
    #[serde(default)]
    pub description: String,
    /// "small" or "default" engine configuration.
    #[serde(default = "default_config")]
    pub config: String,
    /// "vi" or "process".
    #[serde(default = "default_keys")]
    pub key_policy: String,
    pub processes: Vec<ProcessSpec>,
    /// Each step is a map with one key: `register`, `deregister`, `post`, `rotate_keys`, `check`.
    #[serde(with = "serde_yaml::with::singleton_map_recursive")]
    pub steps: Vec<StepSpec>,
}

fn default_config() -> String {
    "small".into()
}
fn default_keys() -> String {
    "vi".into()
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct ProcessSpec {
    pub name: String,
    #[serde(default)]
    pub buffers: Vec<BufferSpec>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct BufferSpec {
    pub name: String,
    pub size: Size,
    /// "4KiB", "2MiB" or "1GiB".
    #[serde(default = "default_page")]
    pub page_size: String,
    /// "zero", "pattern", or a byte value.
    #[serde(default = "default_fill")]
    pub fill: String,
}

fn default_page() -> String {
    "4KiB".into()
}
fn default_fill() -> String {
    "pattern".into()
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RegisterSpec {
    /// Name of the new region.
    pub name: String,
    /// "process.buffer" of the owner.
    pub buffer: String,
    #[serde(default)]
    pub offset: Size,
    /// Default: to the end of the buffer.
    pub len: Option<Size>,
    /// "pt", "pd", "pdpt" or "pml4".
    #[serde(default = "default_level")]
    pub level: String,
    /// "r", "w" or "rw".
    #[serde(default = "default_rights")]
    pub rights: String,
    /// Another process that may use it (a shared region).
    pub for_process: Option<String>,
}

fn default_level() -> String {
    "pt".into()
}
fn default_rights() -> String {
    "rw".into()
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct OpSpec {
    /// copy, write_inline, send, recv, store, load, nop.
    pub op: String,
    pub src: Option<String>,
    #[serde(default)]
    pub src_offset: Size,
    pub dst: Option<String>,
    #[serde(default)]
    pub dst_offset: Size,
    #[serde(default)]
    pub len: Size,
    /// Byte offset on the storage target (store, load).
    #[serde(default)]
    pub storage_offset: Size,
    /// Bytes of a write_inline, or of the frame a recv gets.
    pub data: Option<String>,
    /// "genuine" (default), "forged" or "flipped": what shortcut the first buffer carries.
    #[serde(default = "default_shortcut")]
    pub shortcut: String,
    /// The status this descriptor must end with (a status name such as Ok or NotPinned).
    pub expect: Option<String>,
}

fn default_shortcut() -> String {
    "genuine".into()
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub enum StepSpec {
    Register(RegisterSpec),
    Deregister {
        region: String,
    },
    /// Post these descriptors on the process's VI, ring once, wait for them.
    Post {
        process: String,
        ops: Vec<OpSpec>,
    },
    RotateKeys {
        process: String,
    },
    /// Compare bytes of two buffers ("process.buffer").
    Check {
        buffer: String,
        #[serde(default)]
        offset: Size,
        len: Size,
        equals: String,
        #[serde(default)]
        equals_offset: Size,
    },
}

/// What one descriptor did.
#[derive(Serialize, Clone, Debug)]
pub struct OpResult {
    pub step: usize,
    pub process: String,
    pub op: String,
    pub predicted: String,
    pub actual: String,
    pub expected: Option<String>,
    pub bytes_done: u32,
    pub ok: bool,
}

#[derive(Serialize)]
pub struct RunReport {
    pub workload: String,
    pub engine: String,
    pub ok: bool,
    pub ops: Vec<OpResult>,
    pub checks: Vec<(String, bool)>,
}

pub fn load(path: &std::path::Path) -> Result<Workload, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::new(EXIT_BAD_INPUT, format!("{}: {e}", path.display())))?;
    parse(&text).map_err(|m| Failure::new(EXIT_BAD_INPUT, format!("{}: {m}", path.display())))
}

/// Parse and check a workload: a message naming the problem, never a panic.
pub fn parse(text: &str) -> Result<Workload, String> {
    let w: Workload = serde_yaml::from_str(text).map_err(|e| e.to_string())?;
    validate(&w)?;
    Ok(w)
}

fn validate(w: &Workload) -> Result<(), String> {
    config_of(&w.config)?;
    key_policy_of(&w.key_policy)?;
    let names: Vec<&str> = w.processes.iter().map(|p| p.name.as_str()).collect();
    for p in &w.processes {
        for b in &p.buffers {
            page_size_of(&b.page_size)?;
            fill_of(&b.fill)?;
            if b.size.0 == 0 {
                return Err(format!("buffer {}.{} has size 0", p.name, b.name));
            }
        }
    }
    for (i, s) in w.steps.iter().enumerate() {
        let check_process = |p: &str| {
            if names.contains(&p) { Ok(()) } else { Err(format!("step {}: unknown process {p:?}", i + 1)) }
        };
        match s {
            StepSpec::Register(r) => {
                level_of(&r.level)?;
                rights_of(&r.rights)?;
                if let Some(p) = &r.for_process {
                    check_process(p)?;
                }
            }
            StepSpec::Post { process, ops } => {
                check_process(process)?;
                for o in ops {
                    if !["copy", "write_inline", "send", "recv", "store", "load", "nop"]
                        .contains(&o.op.as_str())
                    {
                        return Err(format!("step {}: unknown op {:?}", i + 1, o.op));
                    }
                    if !["genuine", "forged", "flipped"].contains(&o.shortcut.as_str()) {
                        return Err(format!("step {}: shortcut must be genuine, forged or flipped", i + 1));
                    }
                    if let Some(e) = &o.expect {
                        status_of(e)?;
                    }
                }
            }
            StepSpec::RotateKeys { process } => check_process(process)?,
            _ => {}
        }
    }
    Ok(())
}

fn config_of(s: &str) -> Result<EngineConfig, String> {
    match s {
        "small" => Ok(EngineConfig::small()),
        "default" => Ok(EngineConfig::default()),
        o => Err(format!("config must be small or default, not {o:?}")),
    }
}
fn key_policy_of(s: &str) -> Result<KeyPolicy, String> {
    match s {
        "vi" => Ok(KeyPolicy::PerVi),
        "process" => Ok(KeyPolicy::PerProcess),
        o => Err(format!("key_policy must be vi or process, not {o:?}")),
    }
}
fn page_size_of(s: &str) -> Result<PageSize, String> {
    match s {
        "4KiB" => Ok(PageSize::Size4K),
        "2MiB" => Ok(PageSize::Size2M),
        "1GiB" => Ok(PageSize::Size1G),
        o => Err(format!("page_size must be 4KiB, 2MiB or 1GiB, not {o:?}")),
    }
}
fn level_of(s: &str) -> Result<Level, String> {
    match s {
        "pt" => Ok(Level::Pt),
        "pd" => Ok(Level::Pd),
        "pdpt" => Ok(Level::Pdpt),
        "pml4" => Ok(Level::Pml4),
        o => Err(format!("level must be pt, pd, pdpt or pml4, not {o:?}")),
    }
}
fn rights_of(s: &str) -> Result<Rights, String> {
    match s {
        "r" => Ok(Rights::READ),
        "w" => Ok(Rights::WRITE),
        "rw" => Ok(Rights::READ_WRITE),
        o => Err(format!("rights must be r, w or rw, not {o:?}")),
    }
}
fn fill_of(s: &str) -> Result<Option<u8>, String> {
    match s {
        "pattern" => Ok(None),
        "zero" => Ok(Some(0)),
        o => parse_size(o)
            .filter(|v| *v < 256)
            .map(|v| Some(v as u8))
            .ok_or_else(|| format!("fill must be pattern, zero or a byte, not {o:?}")),
    }
}
fn status_of(s: &str) -> Result<Status, String> {
    Status::ALL.iter().copied().find(|st| st.name() == s).ok_or_else(|| format!("unknown status {s:?}"))
}

/// One engine, agent and set of processes running a workload.
struct Runner {
    _device: Arc<dyn Device>,
    board_kind: String,
    apps: BTreeMap<String, (App, Arc<LocalLink>, Vi)>,
    buffers: BTreeMap<String, Buffer>,
    regions: BTreeMap<String, (Region, String)>,
    board: Arc<Board>,
}

fn pattern(len: u64, salt: u64) -> Vec<u8> {
    (0..len).map(|i| ((i + salt) as u8).wrapping_mul(151) ^ ((i + salt) >> 11) as u8).collect()
}

impl Runner {
    fn start(
        w: &Workload,
        core: impl FnOnce(EngineConfig, PhysHandle) -> Result<Box<dyn EngineCore>, Failure>,
    ) -> Result<Runner, Failure> {
        let cfg = config_of(&w.config).map_err(|m| Failure::new(EXIT_BAD_INPUT, m))?;
        let mem = PhysMemory::new();
        let core = core(cfg, PhysHandle(mem.clone()))?;
        let board = Arc::new(Board::start(core, mem)?);
        let board_kind = board.engine_kind().to_string();
        let device: Arc<dyn Device> = Arc::new(BoardDevice { board: board.clone() });
        let acfg = AgentConfig {
            key_policy: key_policy_of(&w.key_policy).map_err(|m| Failure::new(EXIT_BAD_INPUT, m))?,
            ..Default::default()
        };
        let agent = Arc::new(Mutex::new(Agent::new(device.clone(), acfg)?));
        let mut r = Runner {
            _device: device,
            board_kind,
            apps: BTreeMap::new(),
            buffers: BTreeMap::new(),
            regions: BTreeMap::new(),
            board,
        };
        for (i, p) in w.processes.iter().enumerate() {
            let link = LocalLink::attach(&agent, 10_000 + i as i32)?;
            let app = App::new(link.clone());
            let vi = app.open_vi()?;
            for b in &p.buffers {
                let size = page_size_of(&b.page_size).map_err(|m| Failure::new(EXIT_BAD_INPUT, m))?;
                let buf = app.alloc(b.size.0, size)?;
                let data = match fill_of(&b.fill).map_err(|m| Failure::new(EXIT_BAD_INPUT, m))? {
                    Some(byte) => vec![byte; b.size.0 as usize],
                    None => pattern(b.size.0, r.buffers.len() as u64 * 7919),
                };
                buf.write(0, &data)?;
                r.buffers.insert(format!("{}.{}", p.name, b.name), buf);
            }
            r.apps.insert(p.name.clone(), (app, link, vi));
        }
        Ok(r)
    }
}

#[derive(Default)]
struct Outcomes {
    statuses: Vec<(usize, String, String, Status, u32)>,
    checks: Vec<(String, bool)>,
}

fn region_ref(
    regions: &BTreeMap<String, (Region, String)>,
    name: &Option<String>,
    what: &str,
    step: usize,
) -> Result<Region, Failure> {
    let n = name
        .as_ref()
        .ok_or_else(|| Failure::new(EXIT_BAD_INPUT, format!("step {step}: {what} is missing")))?;
    regions
        .get(n)
        .map(|(r, _)| r.clone())
        .ok_or_else(|| Failure::new(EXIT_BAD_INPUT, format!("step {step}: unknown region {n:?}")))
}

/// The operand at `off` of `r`. Ranges the library would refuse (past the region, across a
/// block) still go to the engine, with the shortcut of the block holding `off`, so that the
/// engine's own checks are what a workload sees.
fn operand(r: &Region, off: u64, shortcut: &str) -> BufferRef {
    let va = VirtAddr(r.va().0 + off);
    let shift = r.grant().level.block_shift();
    let found = r.grant().shortcuts.iter().find(|(start, _)| start.0 >> shift == va.0 >> shift);
    let mut b =
        BufferRef { va, shortcut: found.or(r.grant().shortcuts.first()).map_or(Shortcut::NONE, |(_, s)| *s) };
    match shortcut {
        "forged" => b.shortcut = Shortcut { lo: 0x0bad_5eed_0bad_5eed, hi: 0x1234_5678_9abc_def0 },
        "flipped" => b.shortcut.hi ^= 1 << 17,
        _ => {}
    }
    b
}

fn run_on(w: &Workload, runner: &mut Runner, progress: &mut dyn FnMut(usize)) -> Result<Outcomes, Failure> {
    let mut out = Outcomes::default();
    for (i, step) in w.steps.iter().enumerate() {
        let n = i + 1;
        progress(n);
        match step {
            StepSpec::Register(spec) => {
                let (owner, _) = spec.buffer.split_once('.').ok_or_else(|| {
                    Failure::new(EXIT_BAD_INPUT, format!("step {n}: buffer must be process.buffer"))
                })?;
                let buf = runner.buffers.get(&spec.buffer).cloned().ok_or_else(|| {
                    Failure::new(EXIT_BAD_INPUT, format!("step {n}: unknown buffer {:?}", spec.buffer))
                })?;
                let len = spec.len.map_or(buf.len().saturating_sub(spec.offset.0), |l| l.0);
                let opts = Registration {
                    rights: rights_of(&spec.rights).expect("validated"),
                    level: level_of(&spec.level).expect("validated"),
                    vi: None,
                };
                let (app, _, _) = runner.apps.get(owner).ok_or_else(|| {
                    Failure::new(EXIT_BAD_INPUT, format!("step {n}: unknown process {owner:?}"))
                })?;
                let (region, user) = match &spec.for_process {
                    None => (app.register(&buf, spec.offset.0, len, opts)?, owner.to_string()),
                    Some(user) => {
                        let pid = 10_000
                            + w.processes.iter().position(|p| &p.name == user).expect("validated") as i32;
                        let grant = app.share(&buf, spec.offset.0, len, pid, opts)?;
                        let user_app = &runner.apps.get(user).expect("validated").0;
                        (user_app.accept(grant), user.clone())
                    }
                };
                runner.regions.insert(spec.name.clone(), (region, user));
            }
            StepSpec::Deregister { region } => {
                runner.regions.remove(region).ok_or_else(|| {
                    Failure::new(EXIT_BAD_INPUT, format!("step {n}: unknown region {region:?}"))
                })?;
            }
            StepSpec::RotateKeys { process } => {
                runner.apps.get(process).expect("validated").0.rotate_keys()?
            }
            StepSpec::Check { buffer, offset, len, equals, equals_offset } => {
                let get = |name: &String, off: u64| -> Result<Vec<u8>, Failure> {
                    let b = runner.buffers.get(name).ok_or_else(|| {
                        Failure::new(EXIT_BAD_INPUT, format!("step {n}: unknown buffer {name:?}"))
                    })?;
                    Ok(b.to_vec(off, len.0 as usize)?)
                };
                let ok = get(buffer, offset.0)? == get(equals, equals_offset.0)?;
                out.checks
                    .push((format!("step {n}: {buffer}+{} == {equals}+{}", offset.0, equals_offset.0), ok));
            }
            StepSpec::Post { process, ops } => {
                let mut posted = Vec::new();
                for o in ops {
                    let desc = match o.op.as_str() {
                        "nop" => (Descriptor::new(Operation::Nop, 0), vec![]),
                        "copy" => {
                            let (s, d) = (
                                region_ref(&runner.regions, &o.src, "src", n)?,
                                region_ref(&runner.regions, &o.dst, "dst", n)?,
                            );
                            let op = Operation::Copy {
                                src: operand(&s, o.src_offset.0, &o.shortcut),
                                dst: operand(&d, o.dst_offset.0, "genuine"),
                                len: o.len.0 as u32,
                            };
                            (Descriptor::new(op, 0), vec![s, d])
                        }
                        "write_inline" => {
                            let d = region_ref(&runner.regions, &o.dst, "dst", n)?;
                            let data = o.data.clone().unwrap_or_default();
                            let b = operand(&d, o.dst_offset.0, &o.shortcut);
                            (
                                Descriptor::write_inline(b, data.as_bytes(), 0)
                                    .map_err(|e| Failure::new(EXIT_BAD_INPUT, format!("step {n}: {e}")))?,
                                vec![d],
                            )
                        }
                        "send" | "store" => {
                            let s = region_ref(&runner.regions, &o.src, "src", n)?;
                            let src = operand(&s, o.src_offset.0, &o.shortcut);
                            let len = o.len.0 as u32;
                            let op = if o.op == "send" {
                                Operation::NetSend { src, len }
                            } else {
                                Operation::Store { src, offset: o.storage_offset.0, len }
                            };
                            (Descriptor::new(op, 0), vec![s])
                        }
                        "recv" | "load" => {
                            let d = region_ref(&runner.regions, &o.dst, "dst", n)?;
                            let dst = operand(&d, o.dst_offset.0, &o.shortcut);
                            let len = o.len.0 as u32;
                            let op = if o.op == "recv" {
                                runner.board.push_rx_frame(o.data.clone().unwrap_or_default().into_bytes());
                                Operation::NetRecv { dst, len }
                            } else {
                                Operation::Load { dst, offset: o.storage_offset.0, len }
                            };
                            (Descriptor::new(op, 0), vec![d])
                        }
                        other => {
                            return Err(Failure::new(
                                EXIT_BAD_INPUT,
                                format!("step {n}: unknown op {other:?}"),
                            ));
                        }
                    };
                    posted.push((o.op.clone(), desc));
                }
                let vi = &mut runner.apps.get_mut(process).expect("validated").2;
                // In order, a queue's worth at a time.
                for batch in posted.chunks(vi.depth() as usize) {
                    for (_, (d, regions)) in batch {
                        let refs: Vec<&Region> = regions.iter().collect();
                        vi.post(&d.with_interrupt(), &refs)?;
                    }
                    let done = vi.complete_all(Duration::from_secs(600))?;
                    for ((op, _), c) in batch.iter().zip(done) {
                        out.statuses.push((n, process.clone(), op.clone(), c.status, c.bytes_done));
                    }
                }
            }
        }
    }
    Ok(out)
}

pub fn run(path: &std::path::Path, engine: &str, json: bool) -> Result<bool, Failure> {
    let w = load(path)?;
    // The prediction: the same workload on the reference model.
    let mut model = Runner::start(&w, |cfg, mem| Ok(Box::new(ModelCore::with_memory_storage(cfg, mem)?)))?;
    let predicted = run_on(&w, &mut model, &mut |_| {})?;
    drop(model);
    let mut actual_runner = Runner::start(&w, |cfg, mem| {
        engine_core(engine, cfg, mem, Box::new(MemStorage::new(64 << 20)))
            .map_err(|e| Failure::new(EXIT_BAD_INPUT, format!("engine: {e}")))
    })?;
    let started = Instant::now();
    let total = w.steps.len();
    let tty = std::io::stderr().is_terminal();
    let mut progress = |n: usize| {
        if tty && started.elapsed() > Duration::from_secs(2) {
            let width = 30;
            let filled = n * width / total.max(1);
            eprint!("\r[{}{}] step {n}/{total}", "#".repeat(filled), " ".repeat(width - filled));
        }
    };
    let actual = run_on(&w, &mut actual_runner, &mut progress)?;
    if tty && started.elapsed() > Duration::from_secs(2) {
        eprintln!();
    }
    let ops: Vec<OpResult> = predicted
        .statuses
        .iter()
        .zip(&actual.statuses)
        .zip(w.steps.iter().flat_map(|s| match s {
            StepSpec::Post { ops, .. } => ops.iter().map(|o| o.expect.clone()).collect::<Vec<_>>(),
            _ => vec![],
        }))
        .map(|((p, a), expected)| {
            let ok = p.3 == a.3 && p.4 == a.4 && expected.as_ref().is_none_or(|e| e == a.3.name());
            OpResult {
                step: a.0,
                process: a.1.clone(),
                op: a.2.clone(),
                predicted: p.3.name().into(),
                actual: a.3.name().into(),
                expected,
                bytes_done: a.4,
                ok,
            }
        })
        .collect();
    let checks = actual.checks.clone();
    let ok = ops.len() == predicted.statuses.len() && ops.iter().all(|o| o.ok) && checks.iter().all(|c| c.1);
    let report = RunReport {
        workload: path.display().to_string(),
        engine: actual_runner.board_kind.clone(),
        ok,
        ops,
        checks,
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!("{} on the {} engine: {}\n", report.workload, report.engine, w.description.trim());
        println!(
            "{:<5} {:<8} {:<13} {:<16} {:<16} {:<16} {:>10}",
            "step", "process", "op", "predicted", "actual", "expected", "bytes"
        );
        for o in &report.ops {
            println!(
                "{:<5} {:<8} {:<13} {:<16} {:<16} {:<16} {:>10} {}",
                o.step,
                o.process,
                o.op,
                o.predicted,
                o.actual,
                o.expected.as_deref().unwrap_or("-"),
                o.bytes_done,
                if o.ok { "" } else { "MISMATCH" }
            );
        }
        for (what, good) in &report.checks {
            println!("check {what}: {}", if *good { "ok" } else { "MISMATCH" });
        }
        println!("\n{}", if report.ok { "all outcomes as predicted" } else { "SOME OUTCOMES DIFFER" });
    }
    Ok(report.ok)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::SmallRng;
    use rand::{Rng, SeedableRng};

    /// Mutated example workloads (bytes flipped, lines dropped or swapped, cut short) parse
    /// to a workload or an error, never a panic; those that still parse also run on the
    /// model without a panic.
    #[test]
    fn mutated_workloads_never_panic() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../sim/workloads");
        let examples: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        let mut rng = SmallRng::seed_from_u64(5);
        let (mut parsed, mut ran) = (0, 0);
        for i in 0..3000 {
            let mut text = examples[i % examples.len()].clone().into_bytes();
            match rng.gen_range(0..4) {
                0 => {
                    for _ in 0..rng.gen_range(1..4) {
                        let at = rng.gen_range(0..text.len());
                        text[at] = rng.r#gen();
                    }
                }
                1 => text.truncate(rng.gen_range(0..text.len())),
                2 => {
                    let mut lines: Vec<&[u8]> = text.split(|b| *b == b'\n').collect();
                    let k = rng.gen_range(0..lines.len());
                    lines.remove(k);
                    text = lines.join(&b'\n');
                }
                _ => {
                    let mut lines: Vec<Vec<u8>> = text.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
                    let (a, b) = (rng.gen_range(0..lines.len()), rng.gen_range(0..lines.len()));
                    lines.swap(a, b);
                    text = lines.join(&b'\n');
                }
            }
            let Ok(w) = parse(&String::from_utf8_lossy(&text)) else { continue };
            parsed += 1;
            let small = w.processes.iter().flat_map(|p| &p.buffers).all(|b| b.size.0 <= 64 << 20);
            if i % 10 == 0
                && small
                && let Ok(mut r) =
                    Runner::start(&w, |cfg, mem| Ok(Box::new(ModelCore::with_memory_storage(cfg, mem)?)))
            {
                let _ = run_on(&w, &mut r, &mut |_| {});
                ran += 1;
            }
        }
        assert!(parsed > 100 && ran > 10, "parsed {parsed}, ran {ran}");
    }
}
