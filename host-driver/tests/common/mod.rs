//! A board, an agent and applications in one process.
#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use viaduct_abi::EngineConfig;
use viaduct_host::{Agent, AgentConfig, App, BoardDevice, Device, LocalLink};
use viaduct_model::MemStorage;
use viaduct_sim::{Board, PhysHandle, PhysMemory, engine_core};

pub struct World {
    pub agent: Arc<Mutex<Agent>>,
    pub device: Arc<dyn Device>,
}

/// The reference model on an in-process board.
pub fn model_world(cfg: EngineConfig, acfg: AgentConfig) -> World {
    world("model", cfg, acfg)
}

/// The Verilated RTL on an in-process board.
pub fn rtl_world(cfg: EngineConfig, acfg: AgentConfig) -> World {
    world("verilator", cfg, acfg)
}

/// An in-process board with the engine `kind` ("model" or "verilator").
pub fn world(kind: &str, cfg: EngineConfig, acfg: AgentConfig) -> World {
    let mem = PhysMemory::new();
    let storage = Box::new(MemStorage::new(64 << 20));
    let core = engine_core(kind, cfg, PhysHandle(mem.clone()), storage).unwrap_or_else(|e| panic!("{e}"));
    let board = Board::start(core, mem).unwrap();
    let device: Arc<dyn Device> = Arc::new(BoardDevice { board: Arc::new(board) });
    let agent = Arc::new(Mutex::new(Agent::new(device.clone(), acfg).unwrap()));
    World { agent, device }
}

/// The same test body on the reference model and on the Verilated RTL:
/// `on_both_engines!(name, |world_for| body)` makes `name::model` and `name::verilator`.
#[macro_export]
macro_rules! on_both_engines {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;
            #[test]
            fn model() {
                ($body)(|c: EngineConfig, a: AgentConfig| model_world(c, a))
            }
            #[test]
            fn verilator() {
                ($body)(|c: EngineConfig, a: AgentConfig| rtl_world(c, a))
            }
        }
    };
}

impl World {
    pub fn app(&self, pid: i32) -> (App, Arc<LocalLink>) {
        let link = LocalLink::attach(&self.agent, pid).unwrap();
        (App::new(link.clone()), link)
    }
    pub fn pinned(&self) -> u64 {
        self.agent.lock().unwrap().pinned_pages()
    }
}
