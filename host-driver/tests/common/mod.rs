//! A board, an agent and applications in one process.
#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use viaduct_abi::EngineConfig;
use viaduct_host::{Agent, AgentConfig, App, BoardDevice, Device, LocalLink};
use viaduct_sim::{Board, ModelCore, PhysHandle, PhysMemory};

pub struct World {
    pub agent: Arc<Mutex<Agent>>,
    pub device: Arc<dyn Device>,
}

/// The reference model on an in-process board.
pub fn model_world(cfg: EngineConfig, acfg: AgentConfig) -> World {
    let mem = PhysMemory::new();
    let core = ModelCore::with_memory_storage(cfg, PhysHandle(mem.clone())).unwrap();
    let board = Board::start(Box::new(core), mem).unwrap();
    let device: Arc<dyn Device> = Arc::new(BoardDevice { board: Arc::new(board) });
    let agent = Arc::new(Mutex::new(Agent::new(device.clone(), acfg).unwrap()));
    World { agent, device }
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
