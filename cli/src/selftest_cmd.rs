//! `viaduct selftest`: is this engine alive and moving data? Identity, a register read and
//! write, and a DMA loopback of a registered buffer (a copy between its halves, every byte
//! checked), through the same agent and application library every program uses. On a card
//! over VFIO, or on a simulated board in this process.

use crate::common::{EXIT_BAD_INPUT, Failure};
use serde::Serialize;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use viaduct_abi::EngineConfig;
use viaduct_abi::regs::{self, global};
use viaduct_host::{
    Agent, AgentConfig, App, BoardDevice, Device, LocalLink, Registration, completion_result,
};
use viaduct_model::{MemStorage, PageSize};
use viaduct_sim::{Board, PhysHandle, PhysMemory, engine_core};

#[derive(Serialize)]
pub struct Check {
    pub name: String,
    pub ok: bool,
    pub detail: String,
}

#[derive(Serialize)]
pub struct SelftestReport {
    pub device: String,
    pub ok: bool,
    pub checks: Vec<Check>,
}

/// Where the selftest runs.
pub enum Target<'a> {
    Vfio(&'a std::path::Path),
    Board { engine: &'a str, config: EngineConfig },
}

fn check(checks: &mut Vec<Check>, name: &str, r: Result<String, String>) -> bool {
    let ok = r.is_ok();
    checks.push(Check { name: name.into(), ok, detail: r.unwrap_or_else(|e| e) });
    ok
}

/// Identity and capabilities.
fn identity(dev: &dyn Device) -> Result<String, String> {
    let id = dev.read32(global::ID).map_err(|e| e.to_string())?;
    if id != regs::ID_VALUE {
        return Err(format!("ID reads {id:#010x}, not a viaduct engine ({:#010x})", regs::ID_VALUE));
    }
    let version = dev.read32(global::VERSION).map_err(|e| e.to_string())?;
    let caps = [global::CAPS0, global::CAPS1, global::CAPS2].map(|r| dev.read32(r).unwrap_or(0));
    let cfg = EngineConfig::from_caps(caps).map_err(|e| format!("capabilities do not decode: {e}"))?;
    Ok(format!(
        "VDCT {}.{}, {} VIs x {}, {}-bit data path",
        version >> 16,
        version & 0xffff,
        cfg.vi_count,
        cfg.queue_depth,
        cfg.data_bytes * 8
    ))
}

/// A read-write register holds what is written (two patterns), and is restored after.
fn register_rw(dev: &dyn Device) -> Result<String, String> {
    let e = |e: viaduct_host::DriverError| e.to_string();
    let saved = dev.read32(global::WATCHDOG).map_err(e)?;
    let mut result = Ok("WATCHDOG holds 0x0000a5a5 and 0x00005a5a".to_string());
    for pattern in [0x0000_a5a5u32, 0x0000_5a5a] {
        dev.write32(global::WATCHDOG, pattern).map_err(e)?;
        let got = dev.read32(global::WATCHDOG).map_err(e)?;
        if got != pattern {
            result = Err(format!("WATCHDOG: wrote {pattern:#010x}, read {got:#010x}"));
            break;
        }
    }
    dev.write32(global::WATCHDOG, saved).map_err(e)?;
    result
}

/// Register a 64 KiB buffer, copy its first half onto its second, check every byte.
fn dma_loopback(dev: Arc<dyn Device>) -> Result<String, String> {
    let e = |e: viaduct_host::DriverError| e.to_string();
    let agent = Arc::new(Mutex::new(Agent::new(dev, AgentConfig::default()).map_err(e)?));
    let link = LocalLink::attach(&agent, std::process::id() as i32).map_err(e)?;
    let app = App::new(link);
    let mut vi = app.open_vi().map_err(e)?;
    let half = 32u64 << 10;
    let buf = app.alloc(2 * half, PageSize::Size4K).map_err(e)?;
    let pattern: Vec<u8> = (0..half).map(|i| (i as u8).wrapping_mul(31) ^ (i >> 9) as u8).collect();
    buf.write(0, &pattern).map_err(e)?;
    buf.write(half, &vec![0u8; half as usize]).map_err(e)?;
    let r = app.register(&buf, 0, 2 * half, Registration::default()).map_err(e)?;
    let started = Instant::now();
    let n = vi.copy(&r, 0, &r, half, half, 1).map_err(e)?;
    let done = vi.complete_all(Duration::from_secs(120)).map_err(e)?;
    let took = started.elapsed();
    if done.len() != n {
        return Err(format!("{} completions for {n} descriptors", done.len()));
    }
    if let Some(c) = done.iter().find(|c| completion_result(c).is_err()) {
        return Err(format!("completion {:?} with {} bytes", c.status, c.bytes_done));
    }
    let got = buf.to_vec(half, half as usize).map_err(e)?;
    match got.iter().zip(&pattern).position(|(a, b)| a != b) {
        Some(at) => Err(format!("byte {at} of the copy differs")),
        None => Ok(format!("{half} bytes copied and verified in {n} descriptor(s), {took:.2?}")),
    }
}

pub fn run(target: Target<'_>, json_out: bool) -> Result<bool, Failure> {
    let dev: Arc<dyn Device> = match target {
        Target::Vfio(path) => Arc::new(viaduct_host::backend::vfio::VfioDevice::open(path)?),
        Target::Board { engine, config } => {
            let mem = PhysMemory::new();
            let core =
                engine_core(engine, config, PhysHandle(mem.clone()), Box::new(MemStorage::new(16 << 20)))
                    .map_err(|e| Failure::new(EXIT_BAD_INPUT, format!("engine: {e}")))?;
            Arc::new(BoardDevice { board: Arc::new(Board::start(core, mem)?) })
        }
    };
    let mut checks = Vec::new();
    let mut ok = check(&mut checks, "identity", identity(dev.as_ref()));
    ok &= ok && check(&mut checks, "register read/write", register_rw(dev.as_ref()));
    ok &= ok && check(&mut checks, "DMA loopback of a registered buffer", dma_loopback(dev.clone()));
    let report = SelftestReport { device: dev.describe(), ok, checks };
    if json_out {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!("selftest of {}", report.device);
        for c in &report.checks {
            println!("  {:<4} {:<38} {}", if c.ok { "ok" } else { "FAIL" }, c.name, c.detail);
        }
        println!("{}", if report.ok { "all checks passed" } else { "selftest failed" });
    }
    Ok(report.ok)
}
