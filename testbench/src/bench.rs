//! The whole engine under Verilator with the host around it: BAR0 through an AXI4-Lite
//! manager, host memory through an AXI4 subordinate, the network port to a sink and from a
//! source, the storage port to a [`StorageResponder`], interrupts captured. It implements the
//! model's [`Bar`], so a [`viaduct_model::scenario::Scenario`] drives the RTL with exactly the
//! register writes it gives the reference model.
//!
//! Top-level ports the engine provides (rust-hdl names, `<interface>$<signal>`):
//! `clock`; `s_axil$*` (AXI4-Lite subordinate, BAR0, 32-bit data); `m_axi$*` (AXI4 manager to
//! host memory, all five channels, with IDs); `m_axis_net$*` (network out: tdata, tkeep, tlast,
//! tuser = abort, tid = VI) and `s_axis_net$*` (network in); `m_axis_sto$*` (storage commands)
//! and `s_axis_sto$*` (storage responses); `irq$valid` and `irq$vector` (one-cycle pulse per
//! interrupt, like an MSI-X message).

use crate::host::pins::{AxiLitePins, AxiMemoryPins, StreamPins};
use crate::host::{
    AxiLiteMaster, AxiMemory, AxiMemoryConfig, SharedMemory, StorageResponder, StreamSink, StreamSource,
};
use crate::verilator::{Model, PortId, Result};
use viaduct_model::scenario::Bar;
use viaduct_model::{MemStorage, Memory, StorageTarget};

/// Cycles a register access may take before the bench declares the engine hung.
pub const REGISTER_TIMEOUT: u64 = 100_000;

struct Pins {
    lite: AxiLitePins,
    host: AxiMemoryPins,
    net_tx: StreamPins,
    net_rx: StreamPins,
    sto_cmd: StreamPins,
    sto_rsp: StreamPins,
    irq_valid: PortId,
    irq_vector: PortId,
}

/// The bench: host memory of type `M` (shared with set-up code in tests, the board's physical
/// memory on the simulated board), a storage target of type `S`.
pub struct EngineBench<M: Memory = SharedMemory, S: StorageTarget = MemStorage> {
    pub model: Model,
    pins: Pins,
    pub lite: AxiLiteMaster,
    pub host: AxiMemory<M>,
    pub net_tx: StreamSink,
    pub net_rx: StreamSource,
    pub sto_cmd: StreamSink,
    pub sto_rsp: StreamSource,
    pub storage: StorageResponder<S>,
    /// (cycle, vector) of every interrupt.
    pub interrupts: Vec<(u64, u32)>,
    pub cycle: u64,
}

impl EngineBench {
    pub fn new(
        model: Model,
        mem: SharedMemory,
        mem_cfg: AxiMemoryConfig,
        storage: MemStorage,
    ) -> Result<Self> {
        Self::with(model, mem, mem_cfg, storage)
    }
}

impl<M: Memory, S: StorageTarget> EngineBench<M, S> {
    pub fn with(model: Model, mem: M, mem_cfg: AxiMemoryConfig, storage: S) -> Result<Self> {
        let pins = Pins {
            lite: AxiLitePins::find(&model, "s_axil$")?,
            host: AxiMemoryPins::find(&model, "m_axi$")?,
            net_tx: StreamPins::find(&model, "m_axis_net$")?,
            net_rx: StreamPins::find(&model, "s_axis_net$")?,
            sto_cmd: StreamPins::find(&model, "m_axis_sto$")?,
            sto_rsp: StreamPins::find(&model, "s_axis_sto$")?,
            irq_valid: model.port("irq$valid")?,
            irq_vector: model.port("irq$vector")?,
        };
        let db = pins.host.data_bytes();
        Ok(EngineBench {
            model,
            pins,
            lite: AxiLiteMaster::new(),
            host: AxiMemory::new(mem, AxiMemoryConfig { data_bytes: db, ..mem_cfg }),
            net_tx: StreamSink::new(),
            net_rx: StreamSource::new(db),
            sto_cmd: StreamSink::new(),
            sto_rsp: StreamSource::new(db),
            storage: StorageResponder::new(storage, 20),
            interrupts: Vec::new(),
            cycle: 0,
        })
    }

    /// One clock cycle of the engine and everything around it.
    pub fn step(&mut self) -> Result<()> {
        let p = &self.pins;
        let m = &mut self.model;
        // Two evals per cycle: the falling edge settles with this cycle's inputs.
        m.clock_low()?;
        let lite_out = self.lite.outputs();
        p.lite.drive(m, &lite_out)?;
        let mem_out = self.host.outputs();
        p.host.drive(m, &mem_out)?;
        let rx_beat = self.net_rx.output();
        p.net_rx.drive_beat(m, rx_beat.as_ref())?;
        let rsp_beat = self.sto_rsp.output();
        p.sto_rsp.drive_beat(m, rsp_beat.as_ref())?;
        p.net_tx.drive_ready(m, self.net_tx.ready())?;
        p.sto_cmd.drive_ready(m, self.sto_cmd.ready())?;
        m.eval();

        let lite_in = p.lite.sample(m)?;
        let mem_in = p.host.sample(m)?;
        let tx = p.net_tx.sample_beat(m)?;
        let cmd = p.sto_cmd.sample_beat(m)?;
        let rx_ready = p.net_rx.sample_ready(m)?;
        let rsp_ready = p.sto_rsp.sample_ready(m)?;
        if m.get(p.irq_valid)? != 0 {
            self.interrupts.push((self.cycle, m.get(p.irq_vector)? as u32));
        }

        self.lite.clock(&lite_in);
        self.host.clock(&mem_in);
        self.net_tx.clock(tx.as_ref());
        let before = self.sto_cmd.frames.len();
        self.sto_cmd.clock(cmd.as_ref());
        for frame in self.sto_cmd.frames.drain(before..) {
            self.storage.command(frame, self.cycle);
        }
        self.net_rx.clock(rx_ready);
        self.sto_rsp.clock(rsp_ready);
        self.storage.clock(self.cycle, &mut self.sto_rsp);
        self.model.clock_high()?;
        self.cycle += 1;
        Ok(())
    }

    /// Step until `done` holds or `max_cycles` pass; returns whether `done` held.
    pub fn run_until(&mut self, max_cycles: u64, mut done: impl FnMut(&Self) -> bool) -> Result<bool> {
        for _ in 0..max_cycles {
            if done(self) {
                return Ok(true);
            }
            self.step()?;
        }
        Ok(done(self))
    }

    fn finish_register_access(&mut self) -> u32 {
        let finished = self.run_until(REGISTER_TIMEOUT, |b| b.lite.idle()).expect("simulation step");
        assert!(finished, "engine did not answer a BAR0 access within {REGISTER_TIMEOUT} cycles");
        let r = self.lite.results.pop_back().expect("a result");
        assert_eq!(r.resp, 0, "BAR0 access {:?} answered with response {}", r.op, r.resp);
        r.data
    }
}

impl<M: Memory, S: StorageTarget> Bar for EngineBench<M, S> {
    fn write32(&mut self, offset: u32, value: u32) {
        self.lite.write(offset, value);
        self.finish_register_access();
    }
    fn read32(&mut self, offset: u32) -> u32 {
        self.lite.read(offset);
        self.finish_register_access()
    }
}
