//! The viaduct engine (R3-R9): BAR0 with the VI queues, the round-robin scheduler, the
//! translation unit, the data mover, the completion writer and the interrupt moderation,
//! on one AXI4 host port, two stream ports and an interrupt port.
//!
//! The sequencer runs one descriptor at a time, in the reference model's order
//! (`viaduct_model::Engine::step`): take the head descriptor of the next eligible VI, check
//! its own fields, admit its buffers (source first) through the translation unit, let the data
//! mover move it, then post its completion — a disabled VI's descriptors complete as
//! `Flushed` without being looked at. The completion is written while the next descriptor
//! starts; the completion writer keeps each VI's entries in order and raises the interrupt once
//! the entry is in host memory.
//!
//! Top-level ports (rust-hdl names `<interface>$<signal>`, what `EngineBench` binds):
//! `clock`; `s_axil$*` (AXI4-Lite subordinate, BAR0, 32-bit data, 21 address bits);
//! `m_axi$*` (AXI4 manager to host memory, all five channels, 64-bit addresses, data as wide
//! as the data path, 6-bit IDs: the top bit names the data mover side); `m_axis_net$*`
//! (network out: tdata, tkeep, tlast, tuser = abort, tid = VI) and `s_axis_net$*` (network
//! in); `m_axis_sto$*` (storage commands, as the network out) and `s_axis_sto$*` (storage
//! responses); `irq$valid` and `irq$vector` (one cycle per interrupt).

use crate::axi::{
    Axi4Master, Axi4ReadMaster, Axi4WriteMaster, AxiLiteSlave, AxisFrameMaster, AxisSlave, IrqMaster,
};
use crate::bar0::{BAR0_ADDR_W, Bar0};
use crate::block::constant;
use crate::completer::{Completer, ENTRY_W};
use crate::counters::CounterBank;
use crate::desc_check::DescCheck;
use crate::fields::completion as cf;
use crate::hdl_block;
use crate::mem_reader::MOVER_ID_W;
use crate::mover::Mover;
use crate::read_join::{HOST_ID_W, ReadJoin};
use crate::scheduler::Scheduler;
use crate::translate_unit::TranslateUnit;
use crate::vi_table::ViTable;
use crate::write_join::WriteJoin;
use rust_hdl::prelude::*;
use viaduct_abi::descriptor::desc_flags;
use viaduct_abi::{EngineConfig, Status};

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum SeqState {
    Idle,
    /// The head descriptor is being read.
    Fetch,
    /// Its own fields are checked (the check's registers load).
    Check,
    /// The check's verdict and the descriptor's roles decide what follows.
    Decode,
    AdmitSrc,
    AdmitSrcWait,
    AdmitDst,
    AdmitDstWait,
    Move,
    MoveWait,
    Complete,
}

fn pos(f: viaduct_abi::layout::LayoutField) -> Constant<Bits<16>> {
    constant(cf::pos(f) as u64)
}

fn code(s: Status) -> Constant<Bits<8>> {
    constant(u64::from(s.code()))
}

hdl_block! {
    /// Sizes as const parameters (see [`engine_verilog`] for the supported configurations):
    /// `V` VIs, `Q = 2^QL` slots, descriptor RAM `DA = VB + QL` bits; data path `D` bits,
    /// `S = D / 8`, `L = log2 S`, `D2 = 2 D`; read buffer `2^N` beats (`N1 = N + 1`); bursts
    /// of `2^MB` bytes; translation unit `I`, `LT`, `LD`, `PL` (log2 protection entries `PC`),
    /// `KL` (log2 key slots `KC`); `SC = S + 8` bits for a received beat's keep bits and count.
    pub struct Engine<
        const V: usize, const Q: usize, const QL: usize, const VB: usize, const DA: usize,
        const D: usize, const S: usize, const L: usize, const D2: usize, const N: usize, const N1: usize,
        const MB: usize, const I: usize, const LT: usize, const LD: usize, const PL: usize, const PC: usize,
        const KL: usize, const KC: usize, const SC: usize,
    > {
        pub clock: Signal<In, Clock>,
        pub s_axil: AxiLiteSlave<BAR0_ADDR_W>,
        pub m_axi: Axi4Master<64, D, S, HOST_ID_W>,
        pub m_axis_net: AxisFrameMaster<D, S>,
        pub s_axis_net: AxisSlave<D, S>,
        pub m_axis_sto: AxisFrameMaster<D, S>,
        pub s_axis_sto: AxisSlave<D, S>,
        pub irq: IrqMaster,
        /// Admissions whose shortcut the unsealer's cache answered (free-running; a
        /// measurement, not in the register map).
        pub unseal_hits: Signal<Out, Bits<64>>,
        bar0: Bar0<V, Q, KC, PC, PL>,
        vis: ViTable<V, Q, QL, VB, DA>,
        sched: Scheduler<V>,
        counters: CounterBank,
        check: DescCheck,
        tu: TranslateUnit<I, LT, LD, PL, KL>,
        mover: Mover<D, S, L, D2, MB, N, N1, SC>,
        completer: Completer<D, S, L>,
        rjoin: ReadJoin<D, L>,
        wjoin: WriteJoin<D, S>,
        seq: DFF<SeqState>,
        settle: DFF<Bits<2>>,
        cur_vi: DFF<Bits<8>>,
        desc: DFF<Bits<512>>,
        d_enabled: DFF<Bit>,
        d_pd: DFF<Bits<{ crate::vi_table::PD_W }>>,
        d_key_slot: DFF<Bits<{ crate::key_store::KEY_SLOT_W }>>,
        d_sq_index: DFF<Bits<16>>,
        r_status: DFF<Bits<8>>,
        r_bytes: DFF<Bits<32>>,
        r_va: DFF<Bits<64>>,
        r_on_dst: DFF<Bit>,
        src_ticket: DFF<Bits<128>>,
        dst_ticket: DFF<Bits<128>>,
        entry: Signal<Local, Bits<ENTRY_W>>,
        reads_in_flight: Constant<Bits<8>> = constant(0),
        p_tag: Constant<Bits<16>> = pos(cf::TAG),
        p_fault_va: Constant<Bits<16>> = pos(cf::FAULT_VA),
        p_bytes: Constant<Bits<16>> = pos(cf::BYTES_DONE),
        p_status: Constant<Bits<16>> = pos(cf::STATUS),
        p_opcode: Constant<Bits<16>> = pos(cf::OPCODE),
        p_sq_index: Constant<Bits<16>> = pos(cf::SQ_INDEX),
        p_vi: Constant<Bits<16>> = pos(cf::VI),
        p_on_dst: Constant<Bits<16>> = pos(cf::FAULT_ON_DST),
        p_phase: Constant<Bits<16>> = pos(cf::PHASE),
        irq_flag: Constant<Bits<8>> = constant(u64::from(desc_flags::INTERRUPT)),
        one: Constant<Bits<ENTRY_W>> = constant(1),
        ok: Constant<Bits<8>> = code(Status::Ok),
        flushed: Constant<Bits<8>> = code(Status::Flushed),
    }
}

impl<
    const V: usize,
    const Q: usize,
    const QL: usize,
    const VB: usize,
    const DA: usize,
    const D: usize,
    const S: usize,
    const L: usize,
    const D2: usize,
    const N: usize,
    const N1: usize,
    const MB: usize,
    const I: usize,
    const LT: usize,
    const LD: usize,
    const PL: usize,
    const PC: usize,
    const KL: usize,
    const KC: usize,
    const SC: usize,
> Engine<V, Q, QL, VB, DA, D, S, L, D2, N, N1, MB, I, LT, LD, PL, PC, KL, KC, SC>
{
    /// The engine of `cfg`, whose sizes must be this type's parameters.
    pub fn new(cfg: &EngineConfig) -> Self {
        let cfg = cfg.validate().expect("a valid configuration");
        assert_eq!(cfg.vi_count as usize, V, "Engine: vi_count");
        assert_eq!(cfg.queue_depth as usize, Q, "Engine: queue_depth");
        assert_eq!(cfg.data_bytes as usize, S, "Engine: data_bytes");
        assert_eq!(cfg.iotlb_entries, 1 << I, "Engine: iotlb_entries");
        assert_eq!(cfg.line_cache_lines, 1 << (LT - 1), "Engine: line_cache_lines");
        assert_eq!(cfg.prot_entries as usize, PC, "Engine: prot_entries");
        assert_eq!(1 << PL, PC, "Engine: PC = 2^PL");
        assert_eq!(cfg.key_slots as usize, KC, "Engine: key_slots");
        assert_eq!(1 << KL, KC, "Engine: KC = 2^KL");
        Engine {
            bar0: Bar0::new(cfg.caps()),
            vis: ViTable::new(),
            mover: Mover::new(),
            reads_in_flight: constant(u64::from(cfg.reads_in_flight)),
            ..Default::default()
        }
    }
}

impl<
    const V: usize,
    const Q: usize,
    const QL: usize,
    const VB: usize,
    const DA: usize,
    const D: usize,
    const S: usize,
    const L: usize,
    const D2: usize,
    const N: usize,
    const N1: usize,
    const MB: usize,
    const I: usize,
    const LT: usize,
    const LD: usize,
    const PL: usize,
    const PC: usize,
    const KL: usize,
    const KC: usize,
    const SC: usize,
> Logic for Engine<V, Q, QL, VB, DA, D, S, L, D2, N, N1, MB, I, LT, LD, PL, PC, KL, KC, SC>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, seq, settle, cur_vi, desc, d_enabled, d_pd, d_key_slot, d_sq_index, r_status,
            r_bytes, r_va, r_on_dst, src_ticket, dst_ticket
        );
        self.bar0.clock.next = self.clock.val();
        self.vis.clock.next = self.clock.val();
        self.sched.clock.next = self.clock.val();
        self.counters.clock.next = self.clock.val();
        self.tu.clock.next = self.clock.val();
        self.mover.clock.next = self.clock.val();
        self.completer.clock.next = self.clock.val();
        self.rjoin.clock.next = self.clock.val();
        self.check.clock.next = self.clock.val();
        self.wjoin.clock.next = self.clock.val();

        // ---- Ports.
        AxiLiteSlave::<BAR0_ADDR_W>::link(&mut self.s_axil, &mut self.bar0.s_axil);
        AxisFrameMaster::<D, S>::link(&mut self.m_axis_net, &mut self.mover.net_tx);
        AxisSlave::<D, S>::link(&mut self.s_axis_net, &mut self.mover.net_rx);
        AxisFrameMaster::<D, S>::link(&mut self.m_axis_sto, &mut self.mover.sto_tx);
        AxisSlave::<D, S>::link(&mut self.s_axis_sto, &mut self.mover.sto_rx);
        Axi4ReadMaster::<{ crate::axi::ADDR_W }, { crate::axi::DATA_W }, { crate::axi::ID_W }>::join(
            &mut self.tu.m_axi,
            &mut self.rjoin.walker,
        );
        Axi4ReadMaster::<64, D, MOVER_ID_W>::join(&mut self.mover.m_rd, &mut self.rjoin.mover);
        Axi4WriteMaster::<64, D, S, MOVER_ID_W>::join(&mut self.mover.m_wr, &mut self.wjoin.mover);
        Axi4WriteMaster::<64, D, S, MOVER_ID_W>::join(&mut self.completer.m_axi, &mut self.wjoin.completer);
        self.m_axi.arvalid.next = self.rjoin.m_axi.arvalid.val();
        self.rjoin.m_axi.arready.next = self.m_axi.arready.val();
        self.m_axi.arid.next = self.rjoin.m_axi.arid.val();
        self.m_axi.araddr.next = self.rjoin.m_axi.araddr.val();
        self.m_axi.arlen.next = self.rjoin.m_axi.arlen.val();
        self.m_axi.arsize.next = self.rjoin.m_axi.arsize.val();
        self.m_axi.arburst.next = self.rjoin.m_axi.arburst.val();
        self.rjoin.m_axi.rvalid.next = self.m_axi.rvalid.val();
        self.m_axi.rready.next = self.rjoin.m_axi.rready.val();
        self.rjoin.m_axi.rid.next = self.m_axi.rid.val();
        self.rjoin.m_axi.rdata.next = self.m_axi.rdata.val();
        self.rjoin.m_axi.rresp.next = self.m_axi.rresp.val();
        self.rjoin.m_axi.rlast.next = self.m_axi.rlast.val();
        self.m_axi.awvalid.next = self.wjoin.m_axi.awvalid.val();
        self.wjoin.m_axi.awready.next = self.m_axi.awready.val();
        self.m_axi.awid.next = self.wjoin.m_axi.awid.val();
        self.m_axi.awaddr.next = self.wjoin.m_axi.awaddr.val();
        self.m_axi.awlen.next = self.wjoin.m_axi.awlen.val();
        self.m_axi.awsize.next = self.wjoin.m_axi.awsize.val();
        self.m_axi.awburst.next = self.wjoin.m_axi.awburst.val();
        self.m_axi.wvalid.next = self.wjoin.m_axi.wvalid.val();
        self.wjoin.m_axi.wready.next = self.m_axi.wready.val();
        self.m_axi.wdata.next = self.wjoin.m_axi.wdata.val();
        self.m_axi.wstrb.next = self.wjoin.m_axi.wstrb.val();
        self.m_axi.wlast.next = self.wjoin.m_axi.wlast.val();
        self.wjoin.m_axi.bvalid.next = self.m_axi.bvalid.val();
        self.m_axi.bready.next = self.wjoin.m_axi.bready.val();
        self.wjoin.m_axi.bid.next = self.m_axi.bid.val();
        self.wjoin.m_axi.bresp.next = self.m_axi.bresp.val();
        self.irq.valid.next = self.vis.irq_valid.val();
        self.irq.vector.next = self.vis.irq_vector.val();
        self.unseal_hits.next = self.tu.cnt_unseal_hits.val();

        // ---- BAR0, the VI table, counters and the translation unit's commands.
        self.vis.reg_req.next = self.bar0.vi_req.val();
        self.vis.reg_write.next = self.bar0.vi_write.val();
        self.vis.reg_space.next = self.bar0.vi_space.val();
        self.vis.reg_vi.next = self.bar0.vi_vi.val();
        self.vis.reg_off.next = self.bar0.vi_reg.val();
        self.vis.reg_slot.next = self.bar0.vi_slot.val();
        self.vis.reg_dword.next = self.bar0.vi_dword.val();
        self.vis.reg_data.next = self.bar0.vi_data.val();
        self.bar0.vi_rdata.next = self.vis.reg_rdata.val();
        self.bar0.cnt_value.next = self.counters.read_value.val();
        self.counters.read_request.next = self.bar0.cnt_request.val();
        self.counters.read_index.next = self.bar0.cnt_index.val();
        self.bar0.cnt_valid.next = self.counters.read_valid.val();
        self.counters.key_commits.next = self.bar0.cnt_key_commit.val();
        self.counters.invalidations.next = self.bar0.cnt_invalidate.val();
        self.counters.doorbells.next = self.vis.doorbell.val();
        self.counters.doorbells_ignored.next = self.vis.doorbell_ignored.val();
        self.counters.queue_overflows.next = self.vis.overflow.val();
        self.counters.interrupts.next = self.vis.irq_valid.val();
        self.counters.frames_sent.next = self.mover.frames_sent.val();
        self.counters.storage_commands.next = self.mover.storage_command.val();
        self.counters.table_reads.next = self.tu.cnt_table_reads.val();
        self.counters.iotlb_hits.next = self.tu.cnt_iotlb_hits.val();
        self.counters.iotlb_misses.next = self.tu.cnt_iotlb_misses.val();
        self.counters.line_hits.next = self.tu.cnt_line_hits.val();
        self.counters.clear.next = self.bar0.clear.val();
        self.vis.clear.next = self.bar0.clear.val();
        self.sched.reset.next = self.bar0.clear.val();
        self.bar0.clear_busy.next = self.vis.busy.val();
        self.bar0.engine_idle.next =
            (self.seq.q.val() == SeqState::Idle) & !self.mover.busy.val() & self.completer.idle.val();
        self.bar0.tu_cmd_ready.next = self.tu.cmd_ready.val();
        self.tu.iotlb_enable.next = self.bar0.iotlb_enable.val();
        self.tu.line_cache_enable.next = self.bar0.line_cache_enable.val();
        self.tu.watchdog.next = self.bar0.watchdog.val();
        self.tu.key_commit.next = self.bar0.key_commit.val();
        self.tu.key_slot.next = self.bar0.key_slot.val();
        self.tu.key_data.next = self.bar0.key_data.val();
        self.tu.key_generation.next = self.bar0.key_generation.val();
        self.tu.prot_commit.next = self.bar0.prot_commit.val();
        self.tu.prot_slot.next = self.bar0.prot_slot.val();
        self.tu.prot_entry.next = self.bar0.prot_entry.val();
        self.tu.inv_valid.next = self.bar0.inv_valid.val();
        self.tu.inv_all.next = self.bar0.inv_all.val();
        self.tu.inv_slot.next = self.bar0.inv_slot.val();
        self.tu.soft_reset.next = self.bar0.tu_soft_reset.val();

        // ---- Scheduling.
        self.vis.rx_avail.next = self.mover.rx_avail.val();
        self.sched.eligible.next = self.vis.eligible.val();
        self.sched.served.next = false;
        self.sched.served_vi.next = self.sched.pick_vi.val();
        self.vis.take.next = false;
        self.vis.take_vi.next = self.sched.pick_vi.val();
        self.vis.cpl_vi.next = self.cur_vi.q.val();
        self.vis.cpl.next = false;
        self.vis.cq_error.next = self.completer.cq_error.val();
        self.vis.irq_event.next = self.completer.irq_event.val();
        self.vis.event_vi.next = self.completer.event_vi.val();

        // ---- The descriptor's fields, checked.
        self.check.desc.next = self.desc.q.val();

        // ---- Translation unit: admissions here, chunk translations from the data mover. Each
        // input a statement of its own, from registers and the mover's registered requests.
        self.tu.req_valid.next = self.mover.tu_req_valid.val()
            | (self.seq.q.val() == SeqState::AdmitSrc)
            | (self.seq.q.val() == SeqState::AdmitDst);
        self.tu.req_admit.next =
            (self.seq.q.val() == SeqState::AdmitSrc) | (self.seq.q.val() == SeqState::AdmitDst);
        self.tu.req_vi.next = self.cur_vi.q.val();
        self.tu.req_pd.next = self.d_pd.q.val();
        self.tu.req_key_slot.next = self.d_key_slot.q.val();
        self.tu.req_va.next = self.mover.tu_req_va.val();
        if self.seq.q.val() == SeqState::AdmitSrc {
            self.tu.req_va.next = self.check.src_va.val();
        }
        if self.seq.q.val() == SeqState::AdmitDst {
            self.tu.req_va.next = self.check.dst_va.val();
        }
        self.tu.req_len.next = self.check.len.val();
        self.tu.req_write.next = (self.seq.q.val() == SeqState::AdmitDst)
            | ((self.seq.q.val() != SeqState::AdmitSrc) & self.mover.tu_req_write.val());
        self.tu.req_shortcut.next = self.mover.tu_req_ticket.val();
        if self.seq.q.val() == SeqState::AdmitSrc {
            self.tu.req_shortcut.next = self.check.src_shortcut.val();
        }
        if self.seq.q.val() == SeqState::AdmitDst {
            self.tu.req_shortcut.next = self.check.dst_shortcut.val();
        }
        self.tu.rsp_ready.next = self.mover.tu_rsp_ready.val()
            | (self.seq.q.val() == SeqState::AdmitSrcWait)
            | (self.seq.q.val() == SeqState::AdmitDstWait);
        self.mover.tu_req_ready.next = self.tu.req_ready.val();
        self.mover.tu_rsp_valid.next = self.tu.rsp_valid.val();
        self.mover.tu_rsp_status.next = self.tu.rsp_status.val();
        self.mover.tu_rsp_pa.next = self.tu.rsp_pa.val();
        self.mover.tu_rsp_bytes.next = self.tu.rsp_bytes.val();

        // ---- Data mover.
        self.mover.start.next = false;
        self.mover.src_mem.next = self.check.src_mem.val();
        self.mover.dst_mem.next = self.check.dst_mem.val();
        self.mover.src_inline.next = self.check.src_inline.val();
        self.mover.src_net.next = self.check.src_net.val();
        self.mover.src_storage.next = self.check.src_storage.val();
        self.mover.dst_net.next = self.check.dst_net.val();
        self.mover.dst_storage.next = self.check.dst_storage.val();
        self.mover.pipelined.next = self.check.pipelined.val();
        self.mover.vi.next = self.cur_vi.q.val();
        self.mover.src_va.next = self.check.src_va.val();
        self.mover.dst_va.next = self.check.dst_va.val();
        self.mover.src_ticket.next = self.src_ticket.q.val();
        self.mover.dst_ticket.next = self.dst_ticket.q.val();
        self.mover.len.next = self.check.len.val();
        self.mover.storage_offset.next = self.check.storage_offset.val();
        self.mover.inline_data.next = self.check.inline_data.val();
        self.mover.watchdog.next = self.bar0.watchdog.val();
        self.mover.reads_in_flight.next = self.reads_in_flight.val();
        self.completer.watchdog.next = self.bar0.watchdog.val();

        // ---- Completion entry of the current descriptor.
        self.entry.next = (bit_cast::<ENTRY_W, 64>(self.check.tag.val()) << self.p_tag.val())
            | (bit_cast::<ENTRY_W, 64>(self.r_va.q.val()) << self.p_fault_va.val())
            | (bit_cast::<ENTRY_W, 32>(self.r_bytes.q.val()) << self.p_bytes.val())
            | (bit_cast::<ENTRY_W, 8>(self.r_status.q.val()) << self.p_status.val())
            | (bit_cast::<ENTRY_W, 8>(self.check.opcode.val()) << self.p_opcode.val())
            | (bit_cast::<ENTRY_W, 16>(self.d_sq_index.q.val()) << self.p_sq_index.val())
            | (bit_cast::<ENTRY_W, 8>(self.cur_vi.q.val()) << self.p_vi.val());
        if self.r_on_dst.q.val() {
            self.entry.next = self.entry.val() | (self.one.val() << self.p_on_dst.val());
        }
        if self.vis.cpl_phase.val() {
            self.entry.next = self.entry.val() | (self.one.val() << self.p_phase.val());
        }
        self.completer.push.next = false;
        self.completer.push_vi.next = self.cur_vi.q.val();
        self.completer.push_addr.next = self.vis.cpl_addr.val();
        self.completer.push_entry.next = self.entry.val();
        self.completer.push_irq.next = (self.check.flags.val() & self.irq_flag.val()).any();
        self.counters.completions.next = false;
        self.counters.failures.next = false;
        self.counters.bytes_add.next = 0.into();
        self.counters.error.next = false;
        self.counters.error_status.next = self.r_status.q.val();
        self.counters.frames_received.next = false;

        // ---- Sequencer: one descriptor at a time.
        if self.settle.q.val().any() {
            self.settle.d.next = self.settle.q.val() - 1;
        }
        match self.seq.q.val() {
            SeqState::Idle => {
                // The pick is registered from the eligibility register, which holds that of
                // the cycle before, whose CQ-room part is a cycle older still: `settle` waits
                // until the pick reflects the last descriptor's completion (it does from the
                // fourth cycle after it, the first that `settle` lets through).
                if self.bar0.enable.val()
                    & !self.bar0.reset_hold.val()
                    & self.sched.pick_valid.val()
                    & !self.settle.q.val().any()
                {
                    self.vis.take.next = true;
                    self.sched.served.next = true;
                    self.cur_vi.d.next = self.sched.pick_vi.val();
                    self.seq.d.next = SeqState::Fetch;
                }
            }
            SeqState::Fetch => {
                self.desc.d.next = self.vis.take_desc.val();
                self.d_enabled.d.next = self.vis.take_enabled.val();
                self.d_pd.d.next = self.vis.take_pd.val();
                self.d_key_slot.d.next = self.vis.take_key_slot.val();
                self.d_sq_index.d.next = self.vis.take_sq_index.val();
                self.seq.d.next = SeqState::Check;
            }
            SeqState::Check => {
                self.seq.d.next = SeqState::Decode;
            }
            SeqState::Decode => {
                self.r_bytes.d.next = 0.into();
                self.r_va.d.next = 0.into();
                self.r_on_dst.d.next = false;
                self.r_status.d.next = self.check.status.val();
                if !self.d_enabled.q.val() {
                    self.r_status.d.next = self.flushed.val();
                    self.seq.d.next = SeqState::Complete;
                } else if self.check.failed.val() | self.check.nop.val() {
                    self.seq.d.next = SeqState::Complete;
                } else if self.check.src_mem.val() {
                    self.seq.d.next = SeqState::AdmitSrc;
                } else if self.check.dst_mem.val() {
                    self.seq.d.next = SeqState::AdmitDst;
                } else {
                    self.seq.d.next = SeqState::Move;
                }
            }
            SeqState::AdmitSrc => {
                if self.tu.req_ready.val() {
                    self.seq.d.next = SeqState::AdmitSrcWait;
                }
            }
            SeqState::AdmitSrcWait => {
                if self.tu.rsp_valid.val() {
                    self.src_ticket.d.next = self.tu.rsp_ticket.val();
                    if self.tu.rsp_status.val() != self.ok.val() {
                        self.r_status.d.next = self.tu.rsp_status.val();
                        self.r_va.d.next = self.tu.rsp_fault_va.val();
                        self.seq.d.next = SeqState::Complete;
                    } else if self.check.dst_mem.val() {
                        self.seq.d.next = SeqState::AdmitDst;
                    } else {
                        self.seq.d.next = SeqState::Move;
                    }
                }
            }
            SeqState::AdmitDst => {
                if self.tu.req_ready.val() {
                    self.seq.d.next = SeqState::AdmitDstWait;
                }
            }
            SeqState::AdmitDstWait => {
                if self.tu.rsp_valid.val() {
                    self.dst_ticket.d.next = self.tu.rsp_ticket.val();
                    if self.tu.rsp_status.val() != self.ok.val() {
                        self.r_status.d.next = self.tu.rsp_status.val();
                        self.r_va.d.next = self.tu.rsp_fault_va.val();
                        self.r_on_dst.d.next = true;
                        self.seq.d.next = SeqState::Complete;
                    } else {
                        self.seq.d.next = SeqState::Move;
                    }
                }
            }
            SeqState::Move => {
                self.mover.start.next = true;
                // A receive takes its frame from here on.
                self.counters.frames_received.next = self.check.src_net.val();
                self.seq.d.next = SeqState::MoveWait;
            }
            SeqState::MoveWait => {
                if self.mover.done.val() {
                    self.r_status.d.next = self.mover.status.val();
                    self.r_bytes.d.next = self.mover.bytes.val();
                    self.r_va.d.next = self.mover.fault_va.val();
                    self.r_on_dst.d.next = self.mover.fault_on_dst.val();
                    self.seq.d.next = SeqState::Complete;
                }
            }
            SeqState::Complete => {
                if self.completer.push_ready.val() {
                    self.completer.push.next = true;
                    self.vis.cpl.next = true;
                    self.counters.completions.next = true;
                    self.counters.bytes_add.next = self.r_bytes.q.val();
                    self.counters.failures.next = self.r_status.q.val() != self.ok.val();
                    self.counters.error.next = self.r_status.q.val() != self.ok.val();
                    self.settle.d.next = 3.into();
                    self.seq.d.next = SeqState::Idle;
                }
            }
            _ => {
                self.seq.d.next = SeqState::Idle;
            }
        }
    }
}

/// An engine for the sizes of `cfg` as Verilog with top module `top`. Sizes are type
/// parameters, so each supported configuration is listed here; others are reported.
pub fn engine_verilog(cfg: &EngineConfig) -> Result<String, String> {
    // rust-hdl builds and prints the design recursively: more stack than a test thread has.
    let cfg = cfg.validate().map_err(|e| e.to_string())?;
    std::thread::Builder::new()
        .name("engine-verilog".into())
        .stack_size(512 << 20)
        .spawn(move || engine_verilog_on_this_thread(&cfg))
        .map_err(|e| format!("starting the Verilog generator: {e}"))?
        .join()
        .map_err(|_| "the Verilog generator panicked".to_string())?
}

fn engine_verilog_on_this_thread(cfg: &EngineConfig) -> Result<String, String> {
    macro_rules! engine {
        ($($p:literal),*) => {
            crate::verilog::verilog_of(&mut Engine::<$($p),*>::new(cfg))
        };
    }
    let log2 = |v: u32| v.trailing_zeros();
    let key = (
        cfg.vi_count,
        cfg.queue_depth,
        cfg.data_bytes,
        log2(cfg.iotlb_entries),
        log2(cfg.line_cache_lines),
        log2(cfg.prot_entries),
        log2(cfg.key_slots),
    );
    //                        V   Q QL VB DA    D  S L   D2  N N1 MB I LT LD PL PC KL KC SC
    Ok(match key {
        (4, 8, 8, 4, 2, 4, 2) => engine!(4, 8, 3, 2, 5, 64, 8, 3, 128, 10, 11, 9, 4, 3, 10, 4, 16, 2, 4, 16),
        (4, 8, 32, 4, 2, 4, 2) => {
            engine!(4, 8, 3, 2, 5, 256, 32, 5, 512, 9, 10, 9, 4, 3, 10, 4, 16, 2, 4, 40)
        }
        (16, 32, 8, 6, 4, 8, 6) => {
            engine!(16, 32, 5, 4, 9, 64, 8, 3, 128, 10, 11, 9, 6, 5, 12, 8, 256, 6, 64, 16)
        }
        (64, 32, 32, 6, 4, 8, 6) => {
            engine!(64, 32, 5, 6, 11, 256, 32, 5, 512, 9, 10, 9, 6, 5, 12, 8, 256, 6, 64, 40)
        }
        other => {
            return Err(format!(
                "no engine instance for (VIs, depth, data bytes, log2 iotlb, lines, protection, keys) = {other:?}; \
                 add one to engine_verilog"
            ));
        }
    })
}

/// The checked-in Verilog of the default engine: module `viaduct_engine`.
pub const GENERATED_PATH: &str = "generated/viaduct_engine.v";
pub const TOP_MODULE: &str = "viaduct_engine";

/// `verilog` (top module `top`) with its modules renamed under `name`.
pub fn rename_top(verilog: &str, name: &str) -> String {
    let mut out = String::with_capacity(verilog.len() + 1024);
    for line in verilog.lines() {
        let trimmed = line.trim_start();
        let renamed = if let Some(rest) = trimmed.strip_prefix("module top") {
            format!("{}module {name}{rest}", &line[..line.len() - trimmed.len()])
        } else if let Some(rest) = trimmed.strip_prefix("endmodule // top") {
            format!("{}endmodule // {name}{rest}", &line[..line.len() - trimmed.len()])
        } else if let Some(rest) = trimmed.strip_prefix("top$") {
            format!("{}{name}${rest}", &line[..line.len() - trimmed.len()])
        } else {
            line.to_string()
        };
        out.push_str(&renamed);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renaming_keeps_every_module_apart() {
        let v = "module top(a);\nendmodule // top\n\nmodule top$x(b);\n    top$x$y y(.b(b));\nendmodule // top$x\n";
        let r = rename_top(v, "viaduct_engine");
        assert!(r.contains("module viaduct_engine(a);"));
        assert!(r.contains("module viaduct_engine$x(b);"));
        assert!(r.contains("viaduct_engine$x$y y(.b(b));"));
        assert!(!r.contains("top$"));
    }

    #[test]
    fn small_engine_signs_off() {
        let v = engine_verilog(&EngineConfig::small()).unwrap();
        yosys_validate("engine_small", &v).unwrap();
        crate::verilog::combinational_loop_check("engine_small", &v).unwrap();
        crate::verilog::verilator_lint("engine_small", &v).unwrap();
    }
}
