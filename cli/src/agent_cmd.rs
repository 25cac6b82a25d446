//! `viaduct agent`: the privileged agent as a process of its own.

use crate::common::{Failure, block_signals, wait_for_signal};
use std::path::Path;
use std::sync::{Arc, Mutex};
use viaduct_host::remote::{RemoteDevice, serve_agent};
use viaduct_host::{Agent, AgentConfig, Device, KeyPolicy, wire};

pub fn run(dir: &Path, key_policy: KeyPolicy) -> Result<(), Failure> {
    let signals = block_signals();
    let board_sock = dir.join("board.sock");
    let device: Arc<dyn Device> =
        Arc::new(RemoteDevice::connect(&board_sock, "agent").map_err(|e| {
            Failure::new(1, format!("attaching to the board at {}: {e}", board_sock.display()))
        })?);
    let described = device.describe();
    let agent = Arc::new(Mutex::new(Agent::new(device, AgentConfig { key_policy, ..Default::default() })?));
    let sock_path = dir.join("agent.sock");
    let listener = wire::listen_at(&sock_path)?;
    let a = agent.clone();
    std::thread::spawn(move || serve_agent(a, listener));
    println!(
        "viaduct agent: ready pid={} device=\"{described}\" socket={}",
        std::process::id(),
        sock_path.display()
    );
    wait_for_signal(&signals);
    let _ = std::fs::remove_file(&sock_path);
    Ok(())
}
