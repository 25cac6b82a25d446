//! `viaduct board`: the simulated board as a process of its own.

use crate::common::{Failure, block_signals, wait_for_signal};
use std::path::Path;
use std::sync::Arc;
use viaduct_abi::EngineConfig;
use viaduct_host::remote::serve_board;
use viaduct_host::wire;
use viaduct_model::{MemStorage, StorageTarget};
use viaduct_sim::{Board, NbdClient, NetBridge, PhysHandle, PhysMemory, engine_core};

pub struct BoardOptions<'a> {
    pub dir: &'a Path,
    pub engine: &'a str,
    pub config: EngineConfig,
    pub net_port: u16,
    pub nbd: Option<&'a str>,
}

pub fn run(o: BoardOptions<'_>) -> Result<(), Failure> {
    let signals = block_signals();
    std::fs::create_dir_all(o.dir)?;
    let mem = PhysMemory::new();
    let storage: Box<dyn StorageTarget + Send> = match o.nbd {
        Some(addr) => Box::new(
            NbdClient::connect(addr, "")
                .map_err(|e| Failure::new(1, format!("storage target {addr}: {e}")))?,
        ),
        None => Box::new(MemStorage::new(64 << 20)),
    };
    if o.engine == "verilator" {
        eprintln!(
            "viaduct board: Verilating the engine (once per engine version, cached in {})",
            viaduct_sim::rtl::cache_dir().display()
        );
    }
    let core = engine_core(o.engine, o.config, PhysHandle(mem.clone()), storage)
        .map_err(|e| Failure::new(crate::common::EXIT_BAD_INPUT, format!("engine: {e}")))?;
    let board = Arc::new(Board::start(core, mem)?);
    let rx_board = board.clone();
    let net = NetBridge::start(o.net_port, move |frame| rx_board.push_rx_frame(frame))?;
    let tx = net.clone();
    board.set_tx_sink(Box::new(move |frame| tx.send(&frame)));
    let sock_path = o.dir.join("board.sock");
    let listener = wire::listen_at(&sock_path)?;
    let b = board.clone();
    std::thread::spawn(move || serve_board(b, listener));
    println!(
        "viaduct board: ready pid={} engine={} socket={} net={}",
        std::process::id(),
        o.engine,
        sock_path.display(),
        net.addr
    );
    wait_for_signal(&signals);
    net.close_clients();
    let _ = std::fs::remove_file(&sock_path);
    Ok(())
}
