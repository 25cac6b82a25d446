//! The engine inside a board, behind one interface: the reference model, or the Verilated
//! RTL. The board talks to it only through BAR0 register accesses, its stream ports and its
//! interrupt line, as a host talks to a card.

use crate::physmem::PhysHandle;
use viaduct_abi::EngineConfig;
use viaduct_abi::stream::NetFrame;
use viaduct_model::{Engine, MemStorage, StorageTarget};

pub trait EngineCore: Send {
    /// "model" or "verilator".
    fn kind(&self) -> &'static str;
    fn config(&self) -> EngineConfig;
    fn write32(&mut self, offset: u32, value: u32);
    fn read32(&mut self, offset: u32) -> u32;
    /// Let the engine work for a while; returns whether it may still be busy.
    fn advance(&mut self) -> bool;
    fn push_rx_frame(&mut self, frame: Vec<u8>);
    fn take_tx_frames(&mut self) -> Vec<NetFrame>;
    /// Interrupt vectors raised since the last call.
    fn take_interrupts(&mut self) -> Vec<u32>;
}

/// The reference model as the board's engine: it runs each batch of doorbells to completion.
pub struct ModelCore {
    engine: Engine,
    mem: PhysHandle,
}

impl ModelCore {
    pub fn new(
        cfg: EngineConfig,
        mem: PhysHandle,
        storage: Box<dyn StorageTarget + Send>,
    ) -> Result<Self, viaduct_abi::AbiError> {
        Ok(ModelCore { engine: Engine::with_storage(cfg, storage)?, mem })
    }
    pub fn with_memory_storage(cfg: EngineConfig, mem: PhysHandle) -> Result<Self, viaduct_abi::AbiError> {
        Self::new(cfg, mem, Box::new(MemStorage::new(64 << 20)))
    }
    pub fn engine(&mut self) -> &mut Engine {
        &mut self.engine
    }
}

impl EngineCore for ModelCore {
    fn kind(&self) -> &'static str {
        "model"
    }
    fn config(&self) -> EngineConfig {
        *self.engine.config()
    }
    fn write32(&mut self, offset: u32, value: u32) {
        self.engine.mmio_write(offset, value);
    }
    fn read32(&mut self, offset: u32) -> u32 {
        self.engine.mmio_read(offset)
    }
    fn advance(&mut self) -> bool {
        let mut mem = self.mem.clone();
        self.engine.run(&mut mem);
        false
    }
    fn push_rx_frame(&mut self, frame: Vec<u8>) {
        self.engine.network.rx.push_back(frame);
    }
    fn take_tx_frames(&mut self) -> Vec<NetFrame> {
        std::mem::take(&mut self.engine.network.tx)
    }
    fn take_interrupts(&mut self) -> Vec<u32> {
        self.engine.interrupts.drain(..).map(|i| i.vector).collect()
    }
}

/// The board's engine by name: `"model"` (the reference model) or `"verilator"` (the RTL).
pub fn engine_core(
    kind: &str,
    cfg: EngineConfig,
    mem: PhysHandle,
    storage: Box<dyn StorageTarget + Send>,
) -> Result<Box<dyn EngineCore>, String> {
    match kind {
        "model" => Ok(Box::new(ModelCore::new(cfg, mem, storage).map_err(|e| e.to_string())?)),
        "verilator" => Ok(Box::new(crate::rtl::RtlCore::new(cfg, mem, storage)?)),
        other => Err(format!("unknown engine {other:?} (model or verilator)")),
    }
}
