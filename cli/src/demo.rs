//! The demo: an agent registers buffers of two processes, minting shortcuts; the processes
//! post descriptors to their VIs; the engine moves data between the two processes, to a TCP
//! client and to a storage target, and refuses a forged shortcut and a cross-process
//! attempt. Every byte is checked.
//!
//! This version runs the three actors in one process on the reference model; the simulated
//! board runs them as separate processes around the Verilated engine.

use serde::Serialize;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::thread;
use viaduct_abi::*;
use viaduct_model::scenario::{Process, Region, RegisterOptions, Scenario, ViHandle};
use viaduct_model::{Engine, PageSize, SparseMemory};

const VA_A: u64 = 0x7f10_0010_0000; // 1 MiB into a 2 MiB block: the buffer spans four blocks
const VA_B: u64 = 0x7f20_0000_0000;
const BIG: u64 = 6 << 20;

#[derive(Serialize)]
pub struct Step {
    pub name: String,
    pub ok: bool,
    pub detail: String,
}

#[derive(Serialize)]
pub struct Report {
    pub ok: bool,
    pub engine: &'static str,
    pub steps: Vec<Step>,
    pub counters: Vec<(String, u64)>,
}

impl Report {
    pub fn table(&self) -> String {
        let mut s = format!("viaduct demo (engine: {})\n\n", self.engine);
        s += &format!("{:<40} {:<6} {}\n", "step", "result", "detail");
        for st in &self.steps {
            s += &format!("{:<40} {:<6} {}\n", st.name, if st.ok { "ok" } else { "FAIL" }, st.detail);
        }
        s += "\ncounters\n";
        for (name, v) in &self.counters {
            s += &format!("  {name:<28} {v}\n");
        }
        s += &format!("\n{}\n", if self.ok { "all checks passed" } else { "SOME CHECKS FAILED" });
        s
    }
}

struct World {
    engine: Engine,
    mem: SparseMemory,
    sc: Scenario,
}

impl World {
    fn submit(&mut self, h: &mut ViHandle, descs: &[Descriptor]) -> Vec<Completion> {
        let mut out = Vec::new();
        for batch in descs.chunks(self.sc.cfg.queue_depth as usize) {
            for d in batch {
                self.sc.post(&mut self.engine, h, d);
            }
            self.sc.ring(&mut self.engine, h);
            self.engine.run(&mut self.mem);
            out.extend(self.sc.completions(&mut self.engine, &self.mem, h));
        }
        out
    }
    fn read(&self, p: &Process, va: u64, len: u64) -> Result<Vec<u8>, String> {
        self.sc.read_va(&self.mem, p, VirtAddr(va), len as usize).map_err(|e| e.to_string())
    }
}

/// Descriptors that copy `len` bytes, cut wherever either buffer crosses a shortcut block.
fn block_copies(src: &Region, src_off: u64, dst: &Region, dst_off: u64, len: u64) -> Vec<Descriptor> {
    let (ss, ds) = (1u64 << src.level.block_shift(), 1u64 << dst.level.block_shift());
    let mut out = Vec::new();
    let mut done = 0;
    while done < len {
        let (s, d) = (src.va.0 + src_off + done, dst.va.0 + dst_off + done);
        let n = (ss - s % ss).min(ds - d % ds).min(len - done);
        out.push(Descriptor::new(
            Operation::Copy {
                src: src.buffer(src_off + done),
                dst: dst.buffer(dst_off + done),
                len: n as u32,
            },
            out.len() as u64,
        ));
        done += n;
    }
    out
}

fn pattern(len: u64, seed: u8) -> Vec<u8> {
    (0..len).map(|i| (i as u8).wrapping_mul(131).wrapping_add(seed) ^ (i >> 12) as u8).collect()
}

fn all_ok(cs: &[Completion]) -> bool {
    cs.iter().all(|c| c.status == Status::Ok)
}

pub fn run() -> Result<Report, String> {
    let e = |err: viaduct_model::MapError| err.to_string();
    let cfg = EngineConfig::default();
    let mut w = World {
        engine: Engine::new(cfg).map_err(|e| e.to_string())?,
        mem: SparseMemory::new(),
        sc: Scenario::new(cfg, 0xd3e0),
    };
    w.sc.init(&mut w.engine);
    let mut steps = Vec::new();

    // Agent: two processes, a VI each with its own key slot.
    let a = w.sc.new_process(&mut w.mem, 1).map_err(e)?;
    let b = w.sc.new_process(&mut w.mem, 2).map_err(e)?;
    let mut va_ = w.sc.open_vi(&mut w.engine, &mut w.mem, 0, a.pd, 0, 8).map_err(e)?;
    let mut vb = w.sc.open_vi(&mut w.engine, &mut w.mem, 1, b.pd, 1, 8).map_err(e)?;
    for (p, va) in [(&a, VA_A), (&b, VA_B)] {
        w.sc.map(&mut w.mem, p, VirtAddr(va), BIG, PageSize::Size4K, pagetable::flags::WRITABLE)
            .map_err(e)?;
    }
    let data = pattern(BIG, 7);
    w.sc.write_va(&mut w.mem, &a, VirtAddr(VA_A), &data).map_err(e)?;
    let src =
        w.sc.register(&mut w.engine, &mut w.mem, &a, VirtAddr(VA_A), BIG, RegisterOptions::default())
            .map_err(e)?;
    steps.push(Step {
        name: "register 6 MiB of process A".into(),
        ok: src.shortcuts.len() == 4,
        detail: format!(
            "{} pages pinned, {} leaf-table shortcuts (one per 2 MiB block)",
            BIG / 4096,
            src.shortcuts.len()
        ),
    });

    // B shares its buffer with A: sealed for A's key and domain, walked in B's table.
    let shared = RegisterOptions { user_pd: Some(a.pd), key_slot: 0, ..Default::default() };
    let dst = w.sc.register(&mut w.engine, &mut w.mem, &b, VirtAddr(VA_B), BIG, shared).map_err(e)?;
    let copies = block_copies(&src, 0, &dst, 0, BIG);
    let cs = w.submit(&mut va_, &copies);
    let landed = w.read(&b, VA_B, BIG)?;
    steps.push(Step {
        name: "copy A -> B (two address spaces)".into(),
        ok: all_ok(&cs) && cs.len() == copies.len() && landed == data,
        detail: format!("{} descriptors, {} bytes verified in B", copies.len(), BIG),
    });

    // Send 256 KiB to a client on loopback.
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let client = thread::spawn(move || -> std::io::Result<Vec<u8>> {
        let mut s = TcpStream::connect(addr)?;
        let mut got = Vec::new();
        s.read_to_end(&mut got)?;
        Ok(got)
    });
    let (mut conn, _) = listener.accept().map_err(|e| e.to_string())?;
    let sends: Vec<Descriptor> = (0..4u64)
        .map(|i| Descriptor::new(Operation::NetSend { src: src.buffer(i * 65536), len: 65536 }, i))
        .collect();
    let cs = w.submit(&mut va_, &sends);
    for frame in w.engine.network.tx.drain(..).filter(|f| !f.aborted) {
        conn.write_all(&frame.data).map_err(|e| e.to_string())?;
    }
    drop(conn);
    let received =
        client.join().map_err(|_| "client thread panicked".to_string())?.map_err(|e| e.to_string())?;
    steps.push(Step {
        name: "send to a TCP client on loopback".into(),
        ok: all_ok(&cs) && received == data[..256 << 10],
        detail: format!("{} bytes received by the client", received.len()),
    });

    // Store 1 MiB to the storage target, load it back into a second buffer of A.
    let back_va = VA_A + (64 << 20);
    w.sc.map(&mut w.mem, &a, VirtAddr(back_va), 1 << 20, PageSize::Size2M, pagetable::flags::WRITABLE)
        .map_err(e)?;
    let back =
        w.sc.register(
            &mut w.engine,
            &mut w.mem,
            &a,
            VirtAddr(back_va),
            1 << 20,
            RegisterOptions { level: Level::Pd, ..Default::default() },
        )
        .map_err(e)?;
    let store =
        Descriptor::new(Operation::Store { src: src.buffer(1 << 20), offset: 3 << 20, len: 1 << 20 }, 1);
    let load = Descriptor::new(Operation::Load { dst: back.buffer(0), offset: 3 << 20, len: 1 << 20 }, 2);
    let cs = w.submit(&mut va_, &[store, load]);
    let mut image = vec![0u8; 1 << 20];
    w.engine.storage().read(3 << 20, &mut image).map_err(|c| format!("storage status {c}"))?;
    let loaded = w.read(&a, back_va, 1 << 20)?;
    let expect = &data[1 << 20..2 << 20];
    steps.push(Step {
        name: "store to storage, load back (2 MiB page)".into(),
        ok: all_ok(&cs) && image == expect && loaded == expect,
        detail: format!(
            "{} storage commands, image and buffer verified",
            w.engine.storage_log.commands.len()
        ),
    });

    // A forged shortcut, and B trying A's shortcut: refused, nothing moves.
    let before = w.read(&b, VA_B, 4096)?;
    let forged =
        BufferRef { va: VirtAddr(VA_B), shortcut: Shortcut { lo: 0x5eed_1234, hi: 0xdead_beef_0000_0001 } };
    let c = w.submit(
        &mut va_,
        &[Descriptor::new(Operation::Copy { src: src.buffer(0), dst: forged, len: 4096 }, 9)],
    );
    steps.push(Step {
        name: "forged shortcut refused".into(),
        ok: c.len() == 1
            && c[0].status == Status::ShortcutInvalid
            && c[0].bytes_done == 0
            && w.read(&b, VA_B, 4096)? == before,
        detail: format!("status {}, {} bytes moved", c[0].status.name(), c[0].bytes_done),
    });
    let b_own =
        w.sc.register(
            &mut w.engine,
            &mut w.mem,
            &b,
            VirtAddr(VA_B),
            4096,
            RegisterOptions { key_slot: 1, ..Default::default() },
        )
        .map_err(e)?;
    let c = w.submit(
        &mut vb,
        &[Descriptor::new(Operation::Copy { src: src.buffer(0), dst: b_own.buffer(0), len: 4096 }, 10)],
    );
    steps.push(Step {
        name: "process B using A's shortcut refused".into(),
        ok: c.len() == 1
            && c[0].status == Status::ShortcutInvalid
            && c[0].bytes_done == 0
            && w.read(&b, VA_B, 4096)? == before,
        detail: format!("status {}, {} bytes moved", c[0].status.name(), c[0].bytes_done),
    });

    let counters = Counter::all().map(|c| (c.name(), w.engine.counter(c))).filter(|(_, v)| *v != 0).collect();
    Ok(Report { ok: steps.iter().all(|s| s.ok), engine: "reference model (in-process)", steps, counters })
}
