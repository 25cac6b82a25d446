//! The two application processes of the demo (`viaduct demo-app a|b`). They talk to the
//! agent through its shared queue, to the engine through their VI pages, and to the demo
//! through JSON lines on stdin and stdout.
//!
//! - **b** owns a 6 MiB buffer on 2 MiB pages and shares its first 4 MiB with process a;
//!   later it checks that exactly those bytes arrived and the rest is untouched.
//! - **a** owns a 6 MiB buffer on 4 KiB pages (three 2 MiB blocks, three shortcuts), copies
//!   4 MiB of it into b's buffer, sends 256 KiB to the network client, stores 1 MiB on the
//!   storage target and loads it back, and tries two attacks that must move nothing.

use crate::common::Failure;
use serde_json::{Value, json};
use std::io::{BufRead, Write};
use std::path::Path;
use std::time::Duration;
use viaduct_abi::{BufferRef, Descriptor, Level, Operation, Shortcut, Status, VirtAddr};
use viaduct_host::agent::RegistrationGrant;
use viaduct_host::remote::RemoteLink;
use viaduct_host::{App, Registration, completion_result};
use viaduct_model::PageSize;

pub const BUFFER: u64 = 6 << 20;
pub const SHARED: u64 = 4 << 20;
pub const SENT: u64 = 256 << 10;
pub const STORED: u64 = 1 << 20;
pub const STORE_OFFSET: u64 = 3 << 20;
const WAIT: Duration = Duration::from_secs(120);

/// The bytes process a's buffer holds.
pub fn pattern(len: u64) -> Vec<u8> {
    (0..len).map(|i| (i as u8).wrapping_mul(167) ^ (i >> 9) as u8 ^ 0x5a).collect()
}

/// What process b's buffer holds before the copy.
const B_FILL: u8 = 0xbb;

fn say(v: Value) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{v}");
    let _ = out.flush();
}

fn step(name: &str, ok: bool, detail: String) {
    say(json!({ "step": name, "ok": ok, "detail": detail }));
}

fn read_line() -> Result<Value, Failure> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    serde_json::from_str(&line).map_err(|e| Failure::new(1, format!("bad message {line:?}: {e}")))
}

fn grant_json(g: &RegistrationGrant) -> Value {
    json!({
        "id": g.id, "va": g.va.0, "len": g.len, "level": g.level.number(),
        "shortcuts": g.shortcuts.iter().map(|(va, s)| json!([va.0, s.lo, s.hi])).collect::<Vec<_>>(),
    })
}

fn grant_from(v: &Value) -> Option<RegistrationGrant> {
    Some(RegistrationGrant {
        id: v["id"].as_u64()? as u32,
        va: VirtAddr(v["va"].as_u64()?),
        len: v["len"].as_u64()?,
        level: Level::new(v["level"].as_u64()? as u8).ok()?,
        shortcuts: v["shortcuts"]
            .as_array()?
            .iter()
            .map(|s| Some((VirtAddr(s[0].as_u64()?), Shortcut { lo: s[1].as_u64()?, hi: s[2].as_u64()? })))
            .collect::<Option<Vec<_>>>()?,
    })
}

pub fn run(role: &str, dir: &Path, peer: Option<i32>) -> Result<(), Failure> {
    let link = RemoteLink::connect(&dir.join("agent.sock"))?;
    let app = App::new(link.clone());
    say(json!({ "pid": std::process::id(), "domain": link.domain }));
    match role {
        "b" => role_b(&app, peer.ok_or_else(|| Failure::new(2, "process b needs --peer"))?),
        "a" => role_a(&app, &link),
        "load" => role_load(&app),
        "worker" => role_worker(&app),
        other => Err(Failure::new(2, format!("unknown role {other:?}"))),
    }
}

fn role_b(app: &App, peer: i32) -> Result<(), Failure> {
    let _vi = app.open_vi()?;
    let buf = app.alloc(BUFFER, PageSize::Size2M)?;
    buf.write(0, &vec![B_FILL; BUFFER as usize])?;
    let grant = app.share(&buf, 0, SHARED, peer, Registration { level: Level::Pd, ..Default::default() })?;
    say(json!({ "grant": grant_json(&grant) }));
    let _ = read_line()?; // "check"
    let got = buf.to_vec(0, BUFFER as usize)?;
    let expect = pattern(SHARED);
    let copied = got[..SHARED as usize] == expect[..];
    let untouched = got[SHARED as usize..].iter().all(|b| *b == B_FILL);
    step(
        "process b sees the copy in its own mapping",
        copied && untouched,
        format!(
            "{} bytes as sent; the {} bytes not shared are untouched: {untouched}",
            SHARED,
            BUFFER - SHARED
        ),
    );
    Ok(())
}

fn role_a(app: &App, link: &RemoteLink) -> Result<(), Failure> {
    let mut vi = app.open_vi()?;
    let src = app.alloc(BUFFER, PageSize::Size4K)?;
    let data = pattern(BUFFER);
    src.write(0, &data)?;
    let src_r = app.register(&src, 0, BUFFER, Registration::default())?;
    step(
        "register 6 MiB of process a",
        src_r.grant().shortcuts.len() >= 3,
        format!(
            "{} pages pinned, {} leaf-table shortcuts (one per 2 MiB block)",
            BUFFER / 4096,
            src_r.grant().shortcuts.len()
        ),
    );
    let grant = grant_from(&read_line()?["grant"]).ok_or_else(|| Failure::new(1, "malformed grant"))?;
    let dst = app.accept(grant);

    let n = vi.copy(&src_r, 0, &dst, 0, SHARED, 1)?;
    let done = vi.complete_all(WAIT)?;
    let ok = done.len() == n && done.iter().all(|c| completion_result(c).is_ok());
    step("copy a -> b (two address spaces)", ok, format!("{n} descriptors, {SHARED} bytes"));

    let sends = vi.each_block(&src_r, 0, SENT, 2, |src, _, len| Operation::NetSend { src, len })?;
    let done = vi.complete_all(WAIT)?;
    let ok = done.len() == sends && done.iter().all(|c| c.status == Status::Ok);
    step("send to the network client", ok, format!("{SENT} bytes in {sends} frames"));

    let back = app.alloc(STORED, PageSize::Size2M)?;
    let back_r = app.register(&back, 0, STORED, Registration { level: Level::Pd, ..Default::default() })?;
    vi.each_block(&src_r, STORED, STORED, 3, |src, done, len| Operation::Store {
        src,
        offset: STORE_OFFSET + done,
        len,
    })?;
    let stored = vi.complete_all(WAIT)?;
    vi.each_block(&back_r, 0, STORED, 4, |dst, done, len| Operation::Load {
        dst,
        offset: STORE_OFFSET + done,
        len,
    })?;
    let loaded = vi.complete_all(WAIT)?;
    let ok = stored.iter().chain(&loaded).all(|c| c.status == Status::Ok)
        && back.to_vec(0, STORED as usize)? == data[STORED as usize..2 * STORED as usize];
    step("store to the NBD target, load back (2 MiB page)", ok, format!("{STORED} bytes each way, verified"));

    // A forged shortcut into b's buffer: refused by the engine, nothing moves.
    let forged = BufferRef {
        va: dst.va(),
        shortcut: Shortcut { lo: 0x0123_4567_89ab_cdef, hi: 0x0fed_cba9_8765_4321 },
    };
    vi.post(
        &Descriptor::new(Operation::Copy { src: src_r.at(0, 4096)?, dst: forged, len: 4096 }, 5),
        &[&src_r],
    )?;
    let c = vi.complete_all(WAIT)?;
    step(
        "forged shortcut refused",
        c.len() == 1 && c[0].status == Status::ShortcutInvalid && c[0].bytes_done == 0,
        format!("status {}, {} bytes moved", c[0].status.name(), c[0].bytes_done),
    );
    // Past the end of what b shared, with b's genuine shortcut for that block.
    let beyond = BufferRef { va: VirtAddr(dst.va().0 + SHARED), shortcut: dst.grant().shortcuts[0].1 };
    vi.post(
        &Descriptor::new(Operation::Copy { src: src_r.at(0, 4096)?, dst: beyond, len: 4096 }, 6),
        &[&src_r],
    )?;
    let c = vi.complete_all(WAIT)?;
    step(
        "write past what b shared refused",
        c.len() == 1 && c[0].status == Status::OutOfRegion && c[0].bytes_done == 0,
        format!("status {}, {} bytes moved", c[0].status.name(), c[0].bytes_done),
    );
    // Asking the agent to register b's memory as its own.
    use viaduct_host::app::AgentLink;
    let refused = link.register(dst.va(), 4096, Registration::default());
    step(
        "registering another process's memory refused",
        matches!(refused, Err(viaduct_host::DriverError::NotOwned { .. })),
        match refused {
            Err(e) => format!("agent: {e}"),
            Ok(_) => "the agent accepted it".into(),
        },
    );
    say(json!({ "done": true }));
    let _ = read_line(); // wait until the demo has checked everything
    Ok(())
}

/// Copies inside one registered buffer, forever (until killed): the load that is cut off
/// mid-transfer in the lifecycle tests.
fn role_load(app: &App) -> Result<(), Failure> {
    let mut vi = app.open_vi()?;
    let buf = app.alloc(4 << 20, PageSize::Size4K)?;
    let r = app.register(&buf, 0, 4 << 20, Registration::default())?;
    say(json!({ "ready": true }));
    loop {
        vi.copy(&r, 0, &r, 2 << 20, 2 << 20, 0)?;
        vi.complete_all(WAIT)?;
    }
}

/// On each "go": copy 512 KiB between two halves of a buffer and check it.
fn role_worker(app: &App) -> Result<(), Failure> {
    let mut vi = app.open_vi()?;
    let buf = app.alloc(1 << 20, PageSize::Size4K)?;
    let r = app.register(&buf, 0, 1 << 20, Registration::default())?;
    say(json!({ "ready": true }));
    let mut round = 0u8;
    while read_line().is_ok() {
        round = round.wrapping_add(1);
        let data: Vec<u8> = (0..512 << 10).map(|i: u32| (i as u8) ^ round).collect();
        buf.write(0, &data)?;
        vi.copy(&r, 0, &r, 512 << 10, 512 << 10, u64::from(round))?;
        let done = vi.complete_all(Duration::from_secs(30));
        let ok = done.is_ok_and(|c| c.iter().all(|c| c.status == Status::Ok))
            && buf.to_vec(512 << 10, 512 << 10)? == data;
        say(json!({ "ok": ok }));
    }
    Ok(())
}
