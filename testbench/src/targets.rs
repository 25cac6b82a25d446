//! The two engines a workload runs on: the reference model, and the Verilated RTL in its
//! bench.

use crate::bench::EngineBench;
use crate::host::AccessKind;
use crate::host::SharedMemory;
use crate::monitor::Seen;
use crate::workload::{EngineUnderTest, HostFaultKind, STORAGE_BYTES};
use viaduct_abi::stream::{NetFrame, StorageCommand};
use viaduct_abi::{EngineConfig, PhysAddr};
use viaduct_model::scenario::Bar;
use viaduct_model::{DmaPort, Engine, FaultyMemory, HostFault, MemStorage, Memory, SparseMemory};

/// The reference model with its memory.
pub struct ModelTarget {
    pub engine: Engine,
    pub mem: SharedMemory,
    faults: Vec<(PhysAddr, u64, HostFaultKind)>,
    accesses: Vec<Seen>,
}

/// The model's DMA port, recording every access for the memory monitor.
struct Recording<'a, P> {
    inner: P,
    seen: &'a mut Vec<Seen>,
}

impl<P: DmaPort> DmaPort for Recording<'_, P> {
    fn dma_read(&mut self, pa: PhysAddr, buf: &mut [u8]) -> Result<(), HostFault> {
        self.seen.push(Seen { kind: AccessKind::Read, addr: pa.0, len: buf.len() as u64 });
        self.inner.dma_read(pa, buf)
    }
    fn dma_write(&mut self, pa: PhysAddr, data: &[u8]) -> Result<(), HostFault> {
        self.seen.push(Seen { kind: AccessKind::Write, addr: pa.0, len: data.len() as u64 });
        self.inner.dma_write(pa, data)
    }
}

impl ModelTarget {
    pub fn new(cfg: EngineConfig) -> Self {
        let engine =
            Engine::with_storage(cfg, Box::new(MemStorage::new(STORAGE_BYTES))).expect("valid config");
        ModelTarget {
            engine,
            mem: SharedMemory::new(SparseMemory::new()),
            faults: Vec::new(),
            accesses: Vec::new(),
        }
    }
}

impl Bar for ModelTarget {
    fn write32(&mut self, offset: u32, value: u32) {
        self.engine.mmio_write(offset, value);
    }
    fn read32(&mut self, offset: u32) -> u32 {
        self.engine.mmio_read(offset)
    }
}

impl EngineUnderTest for ModelTarget {
    fn memory(&self) -> SharedMemory {
        self.mem.clone()
    }
    fn push_rx_frame(&mut self, frame: Vec<u8>) {
        self.engine.network.rx.push_back(frame);
    }
    fn settle(&mut self, done: &dyn Fn(&dyn Memory) -> bool) -> Result<(), String> {
        let mut mem = FaultyMemory::new(self.mem.clone());
        for (pa, len, kind) in &self.faults {
            match kind {
                HostFaultKind::ReadError => mem.fail_reads(*pa, *len, HostFault::Error),
                HostFaultKind::WriteError => mem.fail_writes(*pa, *len, HostFault::Error),
                HostFaultKind::ReadTimeout => mem.fail_reads(*pa, *len, HostFault::NoResponse),
                HostFaultKind::WriteTimeout => mem.fail_writes(*pa, *len, HostFault::NoResponse),
            }
        }
        self.engine.run(&mut Recording { inner: mem, seen: &mut self.accesses });
        if done(&self.mem) {
            Ok(())
        } else {
            Err("the model stopped before every descriptor completed".into())
        }
    }
    fn tx_frames(&self) -> Vec<NetFrame> {
        self.engine.network.tx.clone()
    }
    fn storage_commands(&self) -> Vec<StorageCommand> {
        self.engine.storage_log.commands.clone()
    }
    fn storage_image(&mut self) -> Vec<u8> {
        let mut image = vec![0u8; STORAGE_BYTES];
        self.engine.storage().read(0, &mut image).expect("in range");
        image
    }
    fn inject_fault(&mut self, pa: PhysAddr, len: u64, fault: HostFaultKind) {
        self.faults.push((pa, len, fault));
    }
    fn clear_faults(&mut self) {
        self.faults.clear();
    }
    fn take_accesses(&mut self) -> Vec<Seen> {
        std::mem::take(&mut self.accesses)
    }
}

/// Cycles an RTL batch may take before it counts as a hang.
pub const SETTLE_BUDGET: u64 = 20_000_000;

impl EngineUnderTest for EngineBench {
    fn memory(&self) -> SharedMemory {
        self.host.mem.clone()
    }
    fn push_rx_frame(&mut self, frame: Vec<u8>) {
        self.net_rx.push(frame);
    }
    fn settle(&mut self, done: &dyn Fn(&dyn Memory) -> bool) -> Result<(), String> {
        let mem = self.host.mem.clone();
        let start = self.cycle;
        while !done(&mem) {
            if self.cycle - start > SETTLE_BUDGET {
                return Err(format!("hang: not every descriptor completed within {SETTLE_BUDGET} cycles"));
            }
            for _ in 0..64 {
                self.step().map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    }
    fn tx_frames(&self) -> Vec<NetFrame> {
        self.net_tx
            .frames
            .iter()
            .map(|f| NetFrame { vi: f.id as u16, data: f.data.clone(), aborted: f.aborted })
            .collect()
    }
    fn storage_commands(&self) -> Vec<StorageCommand> {
        self.storage.commands.clone()
    }
    fn storage_image(&mut self) -> Vec<u8> {
        self.storage.target.image.clone()
    }
    fn inject_fault(&mut self, pa: PhysAddr, len: u64, fault: HostFaultKind) {
        use crate::host::{AccessKind, Fault, axi_memory::RESP_SLVERR};
        let (kind, f) = match fault {
            HostFaultKind::ReadError => (AccessKind::Read, Fault::Respond(RESP_SLVERR)),
            HostFaultKind::WriteError => (AccessKind::Write, Fault::Respond(RESP_SLVERR)),
            HostFaultKind::ReadTimeout => (AccessKind::Read, Fault::NoResponse),
            HostFaultKind::WriteTimeout => (AccessKind::Write, Fault::NoResponse),
        };
        self.host.inject(pa.0, len, kind, f);
    }
    fn clear_faults(&mut self) {
        self.host.clear_faults();
    }
    fn take_accesses(&mut self) -> Vec<Seen> {
        self.host.log.drain(..).map(|a| Seen { kind: a.kind, addr: a.addr, len: a.bytes }).collect()
    }
}
