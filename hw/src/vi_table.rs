//! VI table (R3, R9): per VI its configuration block, its queue indexes and status, and the
//! descriptor slots written through its page's window, with the reference model's register
//! semantics — doorbells of a disabled VI are counted and ignored, a doorbell claiming more
//! descriptors than the queue holds sets OVERFLOW and is ignored, VI_RESET only while the VI is
//! disabled. It tells the scheduler which VIs can run a descriptor now (posted work, room in
//! the completion queue, and for a NET_RECV at the head of an enabled VI a waiting frame),
//! gives the engine the head descriptor of a VI it takes and the completion slot of a VI it
//! completes, and moderates interrupts (a count, or a timer from the first pending one).
//!
//! Descriptor slots are 16 RAM banks, one per 32-bit word, so a whole descriptor is read in
//! one cycle.

use crate::block::constant;
use crate::hdl_block;
use crate::key_store::KEY_SLOT_W;
use rust_hdl::prelude::*;
use viaduct_abi::regs::{Field, vi_cfg, vi_page};

/// Width of the protection domain of a VI.
pub const PD_W: usize = vi_cfg::VI_PD::PD.width as usize;
/// Width of log2 of the completion-queue size.
pub const CQ_LOG2_W: usize = vi_cfg::VI_CQ_SIZE::LOG2.width as usize;
/// Queue indexes are free-running 16-bit counters.
pub const INDEX_W: usize = vi_page::SQ_TAIL::INDEX.width as usize;
/// Completion queues have at most 2^15 entries, so the phase follows from a 16-bit index.
pub const CQ_LOG2_MAX: u64 = INDEX_W as u64 - 1;
/// Width of an interrupt vector.
pub const VEC_W: usize = crate::axi::VECTOR_W;
/// Dwords of a descriptor.
pub const DWORDS: usize = viaduct_abi::descriptor::DESCRIPTOR_SIZE / 4;

fn lsb(f: Field) -> Constant<Bits<8>> {
    constant(u64::from(f.lsb))
}

fn off(reg: u32) -> Constant<Bits<12>> {
    constant(u64::from(reg))
}

/// The configuration registers a write sets and a read answers, in the order of the low bits
/// of `wr_at` and `rd_at`.
const CONFIG_REGS: [u32; 8] = [
    vi_cfg::VI_CTRL,
    vi_cfg::VI_PD,
    vi_cfg::VI_KEY_SLOT,
    vi_cfg::VI_CQ_SIZE,
    vi_cfg::VI_CQ_BASE_LO,
    vi_cfg::VI_CQ_BASE_HI,
    vi_cfg::VI_IRQ_MODERATION,
    vi_cfg::VI_IRQ_VECTOR,
];

/// The page registers a read answers, in the order of `rd_at`'s bits after the configuration
/// registers'.
const PAGE_REGS: [u32; 7] = [
    vi_page::SQ_TAIL,
    vi_page::SQ_HEAD,
    vi_page::CQ_HEAD,
    vi_page::CQ_TAIL,
    vi_page::STATUS,
    vi_page::PD,
    vi_page::QUEUE_INFO,
];

hdl_block! {
    /// `V` VIs with `Q = 2^QL` slots; descriptor RAM address `DA = VB + QL` bits, `VB` bits
    /// of VI number.
    pub struct ViTable<const V: usize, const Q: usize, const QL: usize, const VB: usize, const DA: usize> {
        pub clock: Signal<In, Clock>,
        // Register access from BAR0: read data the cycle after `reg_req`; a configuration or
        // CQ_HEAD write is applied the cycle after it, a doorbell checked then, descriptor
        // words written at once.
        pub reg_req: Signal<In, Bit>,
        pub reg_write: Signal<In, Bit>,
        pub reg_space: Signal<In, Bits<2>>,
        pub reg_vi: Signal<In, Bits<8>>,
        pub reg_off: Signal<In, Bits<12>>,
        pub reg_slot: Signal<In, Bits<8>>,
        pub reg_dword: Signal<In, Bits<4>>,
        pub reg_data: Signal<In, Bits<32>>,
        pub reg_rdata: Signal<Out, Bits<32>>,
        // Counter pulses.
        /// Two cycles after the doorbell write.
        pub doorbell: Signal<Out, Bit>,
        pub doorbell_ignored: Signal<Out, Bit>,
        pub overflow: Signal<Out, Bit>,
        // Scheduling.
        /// A frame waits on the network input.
        pub rx_avail: Signal<In, Bit>,
        pub eligible: Signal<Out, Bits<V>>,
        // Taking the head descriptor of `take_vi`: its words the cycle after.
        pub take: Signal<In, Bit>,
        pub take_vi: Signal<In, Bits<8>>,
        pub take_desc: Signal<Out, Bits<512>>,
        pub take_enabled: Signal<Out, Bit>,
        pub take_pd: Signal<Out, Bits<PD_W>>,
        pub take_key_slot: Signal<Out, Bits<KEY_SLOT_W>>,
        pub take_sq_index: Signal<Out, Bits<INDEX_W>>,
        // Completing a descriptor of `cpl_vi`: where its entry goes, and (strobe) the slot used.
        // The address and phase are registered: they follow `cpl_vi` and the queue a cycle late.
        pub cpl_vi: Signal<In, Bits<8>>,
        pub cpl_addr: Signal<Out, Bits<64>>,
        pub cpl_phase: Signal<Out, Bit>,
        pub cpl: Signal<In, Bit>,
        /// A completion write of `event_vi` failed.
        pub cq_error: Signal<In, Bit>,
        /// An interrupt-flagged completion of `event_vi` is in host memory.
        pub irq_event: Signal<In, Bit>,
        pub event_vi: Signal<In, Bits<8>>,
        pub irq_valid: Signal<Out, Bit>,
        pub irq_vector: Signal<Out, Bits<VEC_W>>,
        /// Return every VI to its reset state and zero the descriptor slots.
        pub clear: Signal<In, Bit>,
        pub busy: Signal<Out, Bit>,
        ctrl: [DFF<Bits<2>>; V] = crate::block::array(),
        pd: [DFF<Bits<PD_W>>; V] = crate::block::array(),
        key_slot: [DFF<Bits<KEY_SLOT_W>>; V] = crate::block::array(),
        cq_log2: [DFF<Bits<CQ_LOG2_W>>; V] = crate::block::array(),
        cq_base: [DFF<Bits<64>>; V] = crate::block::array(),
        irq_mod: [DFF<Bits<32>>; V] = crate::block::array(),
        irq_vec: [DFF<Bits<VEC_W>>; V] = crate::block::array(),
        sq_head: [DFF<Bits<INDEX_W>>; V] = crate::block::array(),
        sq_tail: [DFF<Bits<INDEX_W>>; V] = crate::block::array(),
        cq_head: [DFF<Bits<INDEX_W>>; V] = crate::block::array(),
        cq_tail: [DFF<Bits<INDEX_W>>; V] = crate::block::array(),
        /// {cq_write_error, overflow}
        sticky: [DFF<Bits<2>>; V] = crate::block::array(),
        irq_pending: [DFF<Bits<16>>; V] = crate::block::array(),
        irq_timer: [DFF<Bits<16>>; V] = crate::block::array(),
        /// Per slot: the opcode written to it is NET_RECV.
        recv: [DFF<Bits<Q>>; V] = crate::block::array(),
        desc: [RAM<Bits<32>, DA>; DWORDS] = crate::block::array(),
        irq_req: DFF<Bits<V>>,
        rdata: DFF<Bits<32>>,
        cpl_addr_q: DFF<Bits<64>>,
        /// The addressed VI's queue-full and phase flags, a cycle old for register reads (BAR0
        /// holds the address a cycle before it reads); the full flag is picked from
        /// `cq_full_q`, so it is two cycles old.
        s_full_q: DFF<Bit>,
        /// Per VI, its completion queue has room, a cycle old: a register write (at its strobe
        /// and as it is applied) or a clear makes it zero for that cycle, so no write leaves a
        /// stale answer (a completion's is covered by the sequencer's settle).
        cq_room: DFF<Bits<V>>,
        // The eligibility, registered (the scheduler's pick is then two cycles old; the engine's
        // settle count covers it), and zeroed like `cq_room` by any register write.
        elig_q: DFF<Bits<V>>,
        // The completer's event of the cycle before, per VI (a failed completion write; an
        // interrupt-flagged completion of a VI with interrupts enabled): registered where it
        // arrives, so the moderation counters' logic starts from flip-flops. A VI reset in the
        // cycle it is applied drops it, as it would have cleared it a cycle later.
        ev_err_q: DFF<Bits<V>>,
        ev_irq_q: DFF<Bits<V>>,
        ev_err: Signal<Local, Bits<V>>,
        ev_irq: Signal<Local, Bits<V>>,
        resetting: Signal<Local, Bits<V>>,
        cq_room_now: Signal<Local, Bits<V>>,
        s_phase_q: DFF<Bit>,
        cpl_phase_q: DFF<Bit>,
        take_enabled_q: DFF<Bit>,
        take_pd_q: DFF<Bits<PD_W>>,
        take_key_slot_q: DFF<Bits<KEY_SLOT_W>>,
        take_sq_index_q: DFF<Bits<INDEX_W>>,
        clearing: DFF<Bit>,
        clear_addr: DFF<Bits<DA>>,
        // The state of the VI addressed by BAR0, registered for register reads like
        // `s_full_q` (BAR0 holds the address from ReadPrep on and reads in Read).
        s_ctrl: DFF<Bits<2>>,
        s_pd: DFF<Bits<PD_W>>,
        s_key_slot: DFF<Bits<KEY_SLOT_W>>,
        s_cq_log2: DFF<Bits<CQ_LOG2_W>>,
        s_cq_base: DFF<Bits<64>>,
        s_irq_mod: DFF<Bits<32>>,
        s_irq_vec: DFF<Bits<VEC_W>>,
        s_sq_head: DFF<Bits<INDEX_W>>,
        s_sq_tail: DFF<Bits<INDEX_W>>,
        s_cq_head: DFF<Bits<INDEX_W>>,
        s_cq_tail: DFF<Bits<INDEX_W>>,
        s_sticky: DFF<Bits<2>>,
        s_full: Signal<Local, Bit>,
        read_word: Signal<Local, Bits<32>>,
        rd_at: Signal<Local, Bits<15>>,
        rd_at_q: DFF<Bits<15>>,
        s_phase: Signal<Local, Bit>,
        take_head: Signal<Local, Bits<INDEX_W>>,
        c_shift: Signal<Local, Bits<CQ_LOG2_W>>,
        c_base: Signal<Local, Bits<64>>,
        c_tail: Signal<Local, Bits<INDEX_W>>,
        e_shift: Signal<Local, Bits<CQ_LOG2_W>>,
        o_irq_found: Signal<Local, Bit>,
        doorbell_q: DFF<Bit>,
        /// A doorbell write, registered a cycle before it takes effect: its VI and tail,
        /// whether the VI was disabled, and the VI's head then. It takes effect unless the VI
        /// was disabled or the tail claims more than the queue holds (`db_over`).
        db_q: DFF<Bit>,
        db_vi_q: DFF<Bits<8>>,
        db_tail_q: DFF<Bits<INDEX_W>>,
        db_head_q: DFF<Bits<INDEX_W>>,
        db_disabled_q: DFF<Bit>,
        db_over: Signal<Local, Bit>,
        ignored_q: DFF<Bit>,
        overflow_q: DFF<Bit>,
        shift: Signal<Local, Bits<CQ_LOG2_W>>,
        /// Per VI, its completion queue is full (`cq_room`'s complement, never zeroed).
        cq_full_q: DFF<Bits<V>>,
        elig: Signal<Local, Bits<V>>,
        irq_found: Signal<Local, Bit>,
        irq_next: Signal<Local, Bits<V>>,
        doorbell_tail: Signal<Local, Bits<INDEX_W>>,
        write_cfg: Signal<Local, Bit>,
        /// A configuration or CQ-head write, applied the cycle after BAR0's strobe from
        /// registers: which register (one-hot, in the order of `wr_at`'s terms), to which VI
        /// (one-hot) and the word. The per-VI logic then starts from flip-flops, not from the
        /// address compares; BAR0's next access comes cycles later.
        wr_at: Signal<Local, Bits<10>>,
        wr_at_q: DFF<Bits<10>>,
        wr_vi: Signal<Local, Bits<V>>,
        wr_vi_q: DFF<Bits<V>>,
        wr_data_q: DFF<Bits<32>>,
        write_page: Signal<Local, Bit>,
        write_window: Signal<Local, Bit>,
        word_pos: Signal<Local, Bits<16>>,
        word: Signal<Local, Bits<32>>,
        space_config: Constant<Bits<2>> = constant(crate::bar0::SPACE_CONFIG),
        space_page: Constant<Bits<2>> = constant(crate::bar0::SPACE_PAGE),
        space_window: Constant<Bits<2>> = constant(crate::bar0::SPACE_WINDOW),
        depth: Constant<Bits<8>> = constant(Q as u64),
        slot_bits: Constant<Bits<8>> = constant(QL as u64),
        index_ones: Constant<Bits<INDEX_W>> = Constant::new(Bits::<INDEX_W>::mask()),
        one32: Constant<Bits<32>> = constant(1),
        low_half: Constant<Bits<64>> = constant(0xffff_ffff),
        high_half: Constant<Bits<64>> = constant(0xffff_ffff_0000_0000),
        depth16: Constant<Bits<INDEX_W>> = constant(Q as u64),
        slot_mask: Constant<Bits<INDEX_W>> = constant(Q as u64 - 1),
        cq_log2_max: Constant<Bits<CQ_LOG2_W>> = constant(CQ_LOG2_MAX),
        entry_shift: Constant<Bits<8>> = constant(viaduct_abi::completion::COMPLETION_SIZE.trailing_zeros() as u64),
        net_recv: Constant<Bits<8>> = constant(u64::from(viaduct_abi::Opcode::NetRecv.code())),
        opcode_dword: Constant<Bits<4>> = constant((crate::fields::descriptor::pos(crate::fields::descriptor::OPCODE) / 32) as u64),
        opcode_lsb: Constant<Bits<8>> = constant((crate::fields::descriptor::pos(crate::fields::descriptor::OPCODE) % 32) as u64),
        config_regs: [Constant<Bits<12>>; 8] = CONFIG_REGS.map(off),
        page_regs: [Constant<Bits<12>>; 7] = PAGE_REGS.map(off),
        r_reset: Constant<Bits<12>> = off(vi_cfg::VI_RESET),
        r_sq_tail: Constant<Bits<12>> = off(vi_page::SQ_TAIL),
        r_cq_head: Constant<Bits<12>> = off(vi_page::CQ_HEAD),
        f_enable: Constant<Bits<8>> = lsb(vi_cfg::VI_CTRL::ENABLE),
        f_irq_enable: Constant<Bits<8>> = lsb(vi_cfg::VI_CTRL::IRQ_ENABLE),
        f_pd: Constant<Bits<8>> = lsb(vi_cfg::VI_PD::PD),
        f_key_slot: Constant<Bits<8>> = lsb(vi_cfg::VI_KEY_SLOT::SLOT),
        f_cq_log2: Constant<Bits<8>> = lsb(vi_cfg::VI_CQ_SIZE::LOG2),
        f_count: Constant<Bits<8>> = lsb(vi_cfg::VI_IRQ_MODERATION::COUNT),
        f_timer: Constant<Bits<8>> = lsb(vi_cfg::VI_IRQ_MODERATION::TIMER),
        f_vector: Constant<Bits<8>> = lsb(vi_cfg::VI_IRQ_VECTOR::VECTOR),
        f_reset: Constant<Bits<8>> = lsb(vi_cfg::VI_RESET::RESET),
        f_index: Constant<Bits<8>> = lsb(vi_page::SQ_TAIL::INDEX),
        f_cq_index: Constant<Bits<8>> = lsb(vi_page::CQ_HEAD::INDEX),
        f_phase: Constant<Bits<8>> = lsb(vi_page::CQ_TAIL::PHASE),
        f_enabled: Constant<Bits<8>> = lsb(vi_page::STATUS::ENABLED),
        f_overflow: Constant<Bits<8>> = lsb(vi_page::STATUS::OVERFLOW),
        f_cq_full: Constant<Bits<8>> = lsb(vi_page::STATUS::CQ_FULL),
        f_cq_error: Constant<Bits<8>> = lsb(vi_page::STATUS::CQ_WRITE_ERROR),
        f_sq_depth: Constant<Bits<8>> = lsb(vi_page::QUEUE_INFO::SQ_DEPTH),
        f_info_log2: Constant<Bits<8>> = lsb(vi_page::QUEUE_INFO::CQ_LOG2),
        f_page_pd: Constant<Bits<8>> = lsb(vi_page::PD::PD),
        ram_last: Constant<Bits<DA>> = Constant::new(Bits::<DA>::mask()),
    }
}

impl<const V: usize, const Q: usize, const QL: usize, const VB: usize, const DA: usize>
    ViTable<V, Q, QL, VB, DA>
{
    /// Checks the relations between the parameters.
    pub fn new() -> Self {
        assert_eq!(1 << QL, Q, "ViTable: Q = 2^QL");
        assert_eq!(VB + QL, DA, "ViTable: DA = VB + QL");
        assert!(V <= 1 << VB, "ViTable: V fits VB bits");
        assert!(V <= 256 && Q <= 256);
        Self::default()
    }
}

impl<const V: usize, const Q: usize, const QL: usize, const VB: usize, const DA: usize> Logic
    for ViTable<V, Q, QL, VB, DA>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            irq_req,
            rdata,
            rd_at_q,
            wr_at_q,
            wr_vi_q,
            wr_data_q,
            cq_room,
            cq_full_q,
            elig_q,
            ev_err_q,
            ev_irq_q,
            cpl_addr_q,
            s_full_q,
            s_phase_q,
            s_ctrl,
            s_pd,
            s_key_slot,
            s_cq_log2,
            s_cq_base,
            s_irq_mod,
            s_irq_vec,
            s_sq_head,
            s_sq_tail,
            s_cq_head,
            s_cq_tail,
            s_sticky,
            cpl_phase_q,
            take_enabled_q,
            take_pd_q,
            take_key_slot_q,
            take_sq_index_q,
            clearing,
            clear_addr,
            doorbell_q,
            db_q,
            db_vi_q,
            db_tail_q,
            db_disabled_q,
            db_head_q,
            ignored_q,
            overflow_q
        );
        self.write_cfg.next =
            self.reg_req.val() & self.reg_write.val() & (self.reg_space.val() == self.space_config.val());
        self.write_page.next =
            self.reg_req.val() & self.reg_write.val() & (self.reg_space.val() == self.space_page.val());
        self.write_window.next = self.reg_req.val()
            & self.reg_write.val()
            & (self.reg_space.val() == self.space_window.val())
            & (self.reg_slot.val() < self.depth.val());
        self.doorbell_tail.next = self.reg_data.val().get_bits::<INDEX_W>(self.f_index.val().index());
        // The register a write names, one-hot: the configuration registers of `CONFIG_REGS`,
        // RESET (with its bit set), then CQ_HEAD.
        self.wr_at.next = 0.into();
        for r in 0..8 {
            if self.write_cfg.val() & (self.reg_off.val() == self.config_regs[r].val()) {
                self.wr_at.next = self.wr_at.val().replace_bit(r, true);
            }
        }
        if self.write_cfg.val()
            & (self.reg_off.val() == self.r_reset.val())
            & self.reg_data.val().get_bit(self.f_reset.val().index())
        {
            self.wr_at.next = self.wr_at.val().replace_bit(8, true);
        }
        if self.write_page.val() & (self.reg_off.val() == self.r_cq_head.val()) {
            self.wr_at.next = self.wr_at.val().replace_bit(9, true);
        }
        self.wr_at_q.d.next = self.wr_at.val();
        self.wr_data_q.d.next = self.reg_data.val();
        // Outputs, each from registers (or the inputs it passes on) in statements of its own.
        self.doorbell.next = self.doorbell_q.q.val();
        self.doorbell_ignored.next = self.ignored_q.q.val();
        self.overflow.next = self.overflow_q.q.val();
        self.reg_rdata.next = self.rdata.q.val();
        self.take_enabled.next = self.take_enabled_q.q.val();
        self.take_pd.next = self.take_pd_q.q.val();
        self.take_key_slot.next = self.take_key_slot_q.q.val();
        self.take_sq_index.next = self.take_sq_index_q.q.val();
        self.busy.next = self.clearing.q.val();
        self.doorbell_q.d.next = false;
        self.db_q.d.next = false;
        self.db_vi_q.d.next = self.reg_vi.val();
        self.db_tail_q.d.next = self.doorbell_tail.val();
        self.db_head_q.d.next = 0.into();
        self.db_over.next = (self.db_tail_q.q.val() - self.db_head_q.q.val()) > self.depth16.val();
        self.ignored_q.d.next = false;
        self.overflow_q.d.next = false;

        // The state of the VI addressed by BAR0, the one taken and the one completed.
        self.s_ctrl.d.next = 0.into();
        self.s_pd.d.next = 0.into();
        self.s_key_slot.d.next = 0.into();
        self.s_cq_log2.d.next = 0.into();
        self.s_cq_base.d.next = 0.into();
        self.s_irq_mod.d.next = 0.into();
        self.s_irq_vec.d.next = 0.into();
        self.s_sq_head.d.next = 0.into();
        self.s_sq_tail.d.next = 0.into();
        self.s_cq_head.d.next = 0.into();
        self.s_cq_tail.d.next = 0.into();
        self.s_sticky.d.next = 0.into();
        self.s_full.next = false;
        self.s_phase.next = false;
        self.take_head.next = 0.into();
        self.irq_next.next = self.irq_req.q.val();
        self.ev_err.next = 0.into();
        self.ev_irq.next = 0.into();
        self.resetting.next = 0.into();
        self.wr_vi.next = 0.into();
        for i in 0..V {
            self.ctrl[i].clock.next = self.clock.val();
            self.pd[i].clock.next = self.clock.val();
            self.key_slot[i].clock.next = self.clock.val();
            self.cq_log2[i].clock.next = self.clock.val();
            self.cq_base[i].clock.next = self.clock.val();
            self.irq_mod[i].clock.next = self.clock.val();
            self.irq_vec[i].clock.next = self.clock.val();
            self.sq_head[i].clock.next = self.clock.val();
            self.sq_tail[i].clock.next = self.clock.val();
            self.cq_head[i].clock.next = self.clock.val();
            self.cq_tail[i].clock.next = self.clock.val();
            self.sticky[i].clock.next = self.clock.val();
            self.irq_pending[i].clock.next = self.clock.val();
            self.irq_timer[i].clock.next = self.clock.val();
            self.recv[i].clock.next = self.clock.val();
            self.ctrl[i].d.next = self.ctrl[i].q.val();
            self.pd[i].d.next = self.pd[i].q.val();
            self.key_slot[i].d.next = self.key_slot[i].q.val();
            self.cq_log2[i].d.next = self.cq_log2[i].q.val();
            self.cq_base[i].d.next = self.cq_base[i].q.val();
            self.irq_mod[i].d.next = self.irq_mod[i].q.val();
            self.irq_vec[i].d.next = self.irq_vec[i].q.val();
            self.sq_head[i].d.next = self.sq_head[i].q.val();
            self.sq_tail[i].d.next = self.sq_tail[i].q.val();
            self.cq_head[i].d.next = self.cq_head[i].q.val();
            self.cq_tail[i].d.next = self.cq_tail[i].q.val();
            self.sticky[i].d.next = self.sticky[i].q.val();
            self.irq_pending[i].d.next = self.irq_pending[i].q.val();
            self.irq_timer[i].d.next = self.irq_timer[i].q.val();
            self.recv[i].d.next = self.recv[i].q.val();

            // The completion queue's size: 2^min(log2, 15) entries.
            self.shift.next = self.cq_log2[i].q.val();
            if self.shift.val() > self.cq_log2_max.val() {
                self.shift.next = self.cq_log2_max.val();
            }

            if self.reg_vi.val().index() == i {
                self.wr_vi.next = self.wr_vi.val().replace_bit(i, true);
                self.s_ctrl.d.next = self.ctrl[i].q.val();
                self.s_pd.d.next = self.pd[i].q.val();
                self.s_key_slot.d.next = self.key_slot[i].q.val();
                self.s_cq_log2.d.next = self.cq_log2[i].q.val();
                self.s_cq_base.d.next = self.cq_base[i].q.val();
                self.s_irq_mod.d.next = self.irq_mod[i].q.val();
                self.s_irq_vec.d.next = self.irq_vec[i].q.val();
                self.s_sq_head.d.next = self.sq_head[i].q.val();
                self.db_head_q.d.next = self.sq_head[i].q.val();
                self.s_sq_tail.d.next = self.sq_tail[i].q.val();
                self.s_cq_head.d.next = self.cq_head[i].q.val();
                self.s_cq_tail.d.next = self.cq_tail[i].q.val();
                self.s_sticky.d.next = self.sticky[i].q.val();
                self.s_full.next = self.cq_full_q.q.val().get_bit(i);
                self.s_phase.next = !((self.cq_tail[i].q.val() >> self.shift.val()) & 1).any();

                // Register writes, a cycle after the strobe (`wr_at`).
                if self.wr_vi_q.q.val().get_bit(i) {
                    if self.wr_at_q.q.val().get_bit(0) {
                        self.ctrl[i].d.next = (bit_cast::<2, 1>(
                            self.wr_data_q.q.val().get_bits::<1>(self.f_enable.val().index()),
                        )) | (bit_cast::<2, 1>(
                            self.wr_data_q.q.val().get_bits::<1>(self.f_irq_enable.val().index()),
                        ) << 1);
                    }
                    if self.wr_at_q.q.val().get_bit(1) {
                        self.pd[i].d.next = self.wr_data_q.q.val().get_bits::<PD_W>(self.f_pd.val().index());
                    }
                    if self.wr_at_q.q.val().get_bit(2) {
                        self.key_slot[i].d.next =
                            self.wr_data_q.q.val().get_bits::<KEY_SLOT_W>(self.f_key_slot.val().index());
                    }
                    if self.wr_at_q.q.val().get_bit(3) {
                        self.cq_log2[i].d.next =
                            self.wr_data_q.q.val().get_bits::<CQ_LOG2_W>(self.f_cq_log2.val().index());
                    }
                    if self.wr_at_q.q.val().get_bit(4) {
                        self.cq_base[i].d.next = (self.cq_base[i].q.val() & self.high_half.val())
                            | bit_cast::<64, 32>(self.wr_data_q.q.val());
                    }
                    if self.wr_at_q.q.val().get_bit(5) {
                        self.cq_base[i].d.next = (self.cq_base[i].q.val() & self.low_half.val())
                            | (bit_cast::<64, 32>(self.wr_data_q.q.val()) << 32);
                    }
                    if self.wr_at_q.q.val().get_bit(6) {
                        self.irq_mod[i].d.next = self.wr_data_q.q.val();
                    }
                    if self.wr_at_q.q.val().get_bit(7) {
                        self.irq_vec[i].d.next =
                            self.wr_data_q.q.val().get_bits::<VEC_W>(self.f_vector.val().index());
                    }
                    // RESET with its bit set, taken only while the VI is disabled.
                    if self.wr_at_q.q.val().get_bit(8)
                        & !self.ctrl[i].q.val().get_bit(self.f_enable.val().index())
                    {
                        self.sq_head[i].d.next = 0.into();
                        self.sq_tail[i].d.next = 0.into();
                        self.cq_head[i].d.next = 0.into();
                        self.cq_tail[i].d.next = 0.into();
                        self.sticky[i].d.next = 0.into();
                        self.irq_pending[i].d.next = 0.into();
                        self.irq_timer[i].d.next = 0.into();
                        self.resetting.next = self.resetting.val().replace_bit(i, true);
                    }
                    if self.wr_at_q.q.val().get_bit(9) {
                        self.cq_head[i].d.next =
                            self.wr_data_q.q.val().get_bits::<INDEX_W>(self.f_cq_index.val().index());
                    }
                }
                if self.write_page.val() & (self.reg_off.val() == self.r_sq_tail.val()) {
                    self.db_q.d.next = true;
                    self.db_disabled_q.d.next = !self.ctrl[i].q.val().get_bit(self.f_enable.val().index());
                }
                if self.write_window.val() & (self.reg_dword.val() == self.opcode_dword.val()) {
                    self.recv[i].d.next = self.recv[i].q.val().replace_bit(
                        self.reg_slot.val().index(),
                        self.reg_data.val().get_bits::<8>(self.opcode_lsb.val().index())
                            == self.net_recv.val(),
                    );
                }
            }

            // The doorbell checked the cycle before.
            if self.db_q.q.val() & (self.db_vi_q.q.val().index() == i) {
                if self.db_disabled_q.q.val() {
                    self.ignored_q.d.next = true;
                } else if self.db_over.val() {
                    self.sticky[i].d.next = self.sticky[i].q.val() | 1;
                    self.overflow_q.d.next = true;
                } else {
                    self.sq_tail[i].d.next = self.db_tail_q.q.val();
                    self.doorbell_q.d.next = true;
                }
            }

            // Taking the head descriptor.
            if self.take_vi.val().index() == i {
                self.take_head.next = self.sq_head[i].q.val();
                if self.take.val() {
                    self.sq_head[i].d.next = self.sq_head[i].q.val() + 1;
                    self.take_enabled_q.d.next = self.ctrl[i].q.val().get_bit(self.f_enable.val().index());
                    self.take_pd_q.d.next = self.pd[i].q.val();
                    self.take_key_slot_q.d.next = self.key_slot[i].q.val();
                    self.take_sq_index_q.d.next = self.sq_head[i].q.val();
                }
            }

            // Completing one.
            if self.cpl.val() & (self.cpl_vi.val().index() == i) {
                self.cq_tail[i].d.next = self.cq_tail[i].q.val() + 1;
            }

            // Completion-write failures and interrupt moderation.
            if self.irq_timer[i].q.val().any() {
                self.irq_timer[i].d.next = self.irq_timer[i].q.val() - 1;
                if self.irq_timer[i].q.val() == 1 {
                    self.irq_pending[i].d.next = 0.into();
                    if self.irq_pending[i].q.val().any() {
                        self.irq_next.next = self.irq_next.val().replace_bit(i, true);
                    }
                }
            }
            if self.event_vi.val().index() == i {
                self.ev_err.next = self.ev_err.val().replace_bit(i, self.cq_error.val());
                self.ev_irq.next = self.ev_irq.val().replace_bit(
                    i,
                    self.irq_event.val() & self.ctrl[i].q.val().get_bit(self.f_irq_enable.val().index()),
                );
            }
            if self.ev_err_q.q.val().get_bit(i) & !self.resetting.val().get_bit(i) {
                // On top of a doorbell's overflow bit set this same cycle.
                self.sticky[i].d.next = self.sticky[i].d.val() | 2;
            }
            if self.ev_irq_q.q.val().get_bit(i) & !self.resetting.val().get_bit(i) {
                if (self.irq_pending[i].q.val() + 1)
                    >= self.irq_mod[i].q.val().get_bits::<16>(self.f_count.val().index())
                {
                    // COUNT 0 or 1: every one.
                    self.irq_pending[i].d.next = 0.into();
                    self.irq_timer[i].d.next = 0.into();
                    self.irq_next.next = self.irq_next.val().replace_bit(i, true);
                } else {
                    self.irq_pending[i].d.next = self.irq_pending[i].q.val() + 1;
                    if !self.irq_pending[i].q.val().any() {
                        self.irq_timer[i].d.next =
                            self.irq_mod[i].q.val().get_bits::<16>(self.f_timer.val().index());
                    }
                }
            }
        }
        self.ev_err_q.d.next = self.ev_err.val();
        self.wr_vi_q.d.next = self.wr_vi.val();
        self.ev_irq_q.d.next = self.ev_irq.val();
        // One interrupt message per cycle, lowest VI first: the output from registers, the
        // request it serves cleared.
        self.irq_found.next = false;
        for i in 0..V {
            if self.irq_req.q.val().get_bit(i) & !self.irq_found.val() {
                self.irq_found.next = true;
                self.irq_next.next = self.irq_next.val().replace_bit(i, false);
            }
        }
        self.irq_req.d.next = self.irq_next.val();
        self.o_irq_found.next = false;
        self.irq_valid.next = self.irq_req.q.val().any();
        self.irq_vector.next = 0.into();
        for i in 0..V {
            if self.irq_req.q.val().get_bit(i) & !self.o_irq_found.val() {
                self.o_irq_found.next = true;
                self.irq_vector.next = self.irq_vec[i].q.val();
            }
        }
        // Eligible: posted work, room for its completion, and a frame for a NET_RECV at the
        // head of an enabled VI.
        self.elig.next = 0.into();
        self.cq_room_now.next = 0.into();
        for i in 0..V {
            self.e_shift.next = self.cq_log2[i].q.val();
            if self.cq_log2[i].q.val() > self.cq_log2_max.val() {
                self.e_shift.next = self.cq_log2_max.val();
            }
            self.cq_room_now.next = self.cq_room_now.val().replace_bit(
                i,
                !((self.cq_tail[i].q.val() - self.cq_head[i].q.val()) >> self.e_shift.val()).any(),
            );
            self.elig.next = self.elig.val().replace_bit(
                i,
                (self.sq_tail[i].q.val() != self.sq_head[i].q.val())
                    & self.cq_room.q.val().get_bit(i)
                    & !(self.ctrl[i].q.val().get_bit(self.f_enable.val().index())
                        & self.recv[i]
                            .q
                            .val()
                            .get_bit((self.sq_head[i].q.val() & self.slot_mask.val()).index())
                        & !self.rx_avail.val()),
            );
        }
        self.eligible.next = self.elig_q.q.val();
        self.elig_q.d.next = self.elig.val();
        self.cq_room.d.next = self.cq_room_now.val();
        self.cq_full_q.d.next = !self.cq_room_now.val();
        if (self.reg_req.val() & self.reg_write.val()) | self.wr_at_q.q.val().any() | self.clear.val() {
            self.cq_room.d.next = 0.into();
            self.elig_q.d.next = 0.into();
        }
        // Where the completion of `cpl_vi` goes.
        self.c_shift.next = 0.into();
        self.c_base.next = 0.into();
        self.c_tail.next = 0.into();
        for i in 0..V {
            if self.cpl_vi.val().index() == i {
                self.c_shift.next = self.cq_log2[i].q.val();
                if self.cq_log2[i].q.val() > self.cq_log2_max.val() {
                    self.c_shift.next = self.cq_log2_max.val();
                }
                self.c_base.next = self.cq_base[i].q.val();
                self.c_tail.next = self.cq_tail[i].q.val();
            }
        }
        self.cpl_addr.next = self.cpl_addr_q.q.val();
        self.cpl_phase.next = self.cpl_phase_q.q.val();
        self.cpl_addr_q.d.next = self.c_base.val()
            + (bit_cast::<64, INDEX_W>(self.c_tail.val() & !(self.index_ones.val() << self.c_shift.val()))
                << self.entry_shift.val());
        self.cpl_phase_q.d.next = !((self.c_tail.val() >> self.c_shift.val()) & 1).any();

        // Register reads (answered the next cycle).
        self.s_full_q.d.next = self.s_full.val();
        self.s_phase_q.d.next = self.s_phase.val();
        // Which register a read names, decoded a cycle ahead (bar0 holds the address from
        // ReadPrep on and takes the word the cycle after Read), one-hot: the configuration
        // registers of `CONFIG_REGS`, then the page registers of `PAGE_REGS`.
        self.rd_at.next = 0.into();
        for r in 0..8 {
            if (self.reg_space.val() == self.space_config.val())
                & (self.reg_off.val() == self.config_regs[r].val())
            {
                self.rd_at.next = self.rd_at.val().replace_bit(r, true);
            }
        }
        for r in 0..7 {
            if (self.reg_space.val() == self.space_page.val())
                & (self.reg_off.val() == self.page_regs[r].val())
            {
                self.rd_at.next = self.rd_at.val().replace_bit(r + 8, true);
            }
        }
        self.rd_at_q.d.next = self.rd_at.val();
        // The registers sit at distinct offsets, so at most one term is not zero: an OR of
        // them, not a chain of priorities.
        self.read_word.next = 0.into();
        if self.rd_at_q.q.val().get_bit(0) {
            self.read_word.next = self.read_word.val()
                | ((bit_cast::<32, 1>(self.s_ctrl.q.val().get_bits::<1>(0)) << self.f_enable.val())
                    | (bit_cast::<32, 1>(self.s_ctrl.q.val().get_bits::<1>(1)) << self.f_irq_enable.val()));
        }
        if self.rd_at_q.q.val().get_bit(1) {
            self.read_word.next =
                self.read_word.val() | (bit_cast::<32, PD_W>(self.s_pd.q.val()) << self.f_pd.val());
        }
        if self.rd_at_q.q.val().get_bit(2) {
            self.read_word.next = self.read_word.val()
                | (bit_cast::<32, KEY_SLOT_W>(self.s_key_slot.q.val()) << self.f_key_slot.val());
        }
        if self.rd_at_q.q.val().get_bit(3) {
            self.read_word.next = self.read_word.val()
                | (bit_cast::<32, CQ_LOG2_W>(self.s_cq_log2.q.val()) << self.f_cq_log2.val());
        }
        if self.rd_at_q.q.val().get_bit(4) {
            self.read_word.next = self.read_word.val() | (bit_cast::<32, 64>(self.s_cq_base.q.val()));
        }
        if self.rd_at_q.q.val().get_bit(5) {
            self.read_word.next = self.read_word.val() | (bit_cast::<32, 64>(self.s_cq_base.q.val() >> 32));
        }
        if self.rd_at_q.q.val().get_bit(6) {
            self.read_word.next = self.read_word.val() | (self.s_irq_mod.q.val());
        }
        if self.rd_at_q.q.val().get_bit(7) {
            self.read_word.next =
                self.read_word.val() | (bit_cast::<32, VEC_W>(self.s_irq_vec.q.val()) << self.f_vector.val());
        }
        if self.rd_at_q.q.val().get_bit(8) {
            self.read_word.next = self.read_word.val()
                | (bit_cast::<32, INDEX_W>(self.s_sq_tail.q.val()) << self.f_index.val());
        }
        if self.rd_at_q.q.val().get_bit(9) {
            self.read_word.next = self.read_word.val()
                | (bit_cast::<32, INDEX_W>(self.s_sq_head.q.val()) << self.f_index.val());
        }
        if self.rd_at_q.q.val().get_bit(10) {
            self.read_word.next = self.read_word.val()
                | (bit_cast::<32, INDEX_W>(self.s_cq_head.q.val()) << self.f_cq_index.val());
        }
        if self.rd_at_q.q.val().get_bit(11) {
            self.read_word.next = self.read_word.val()
                | (bit_cast::<32, INDEX_W>(self.s_cq_tail.q.val()) << self.f_cq_index.val());
            if self.s_phase_q.q.val() {
                self.read_word.next = self.read_word.val() | (self.one32.val() << self.f_phase.val());
            }
        }
        if self.rd_at_q.q.val().get_bit(12) {
            self.read_word.next = self.read_word.val()
                | ((bit_cast::<32, 1>(self.s_ctrl.q.val().get_bits::<1>(0)) << self.f_enabled.val())
                    | (bit_cast::<32, 1>(self.s_sticky.q.val().get_bits::<1>(0)) << self.f_overflow.val())
                    | (bit_cast::<32, 1>(self.s_sticky.q.val().get_bits::<1>(1)) << self.f_cq_error.val()));
            if self.s_full_q.q.val() {
                self.read_word.next = self.read_word.val() | (self.one32.val() << self.f_cq_full.val());
            }
        }
        if self.rd_at_q.q.val().get_bit(13) {
            self.read_word.next =
                self.read_word.val() | (bit_cast::<32, PD_W>(self.s_pd.q.val()) << self.f_page_pd.val());
        }
        if self.rd_at_q.q.val().get_bit(14) {
            self.read_word.next = self.read_word.val()
                | ((bit_cast::<32, INDEX_W>(self.depth16.val()) << self.f_sq_depth.val())
                    | (bit_cast::<32, CQ_LOG2_W>(self.s_cq_log2.q.val()) << self.f_info_log2.val()));
        }
        self.rdata.d.next = self.read_word.val();

        // Descriptor RAM: written through the window, read when a descriptor is taken.
        self.take_desc.next = 0.into();
        self.word_pos.next = 0.into();
        for w in 0..DWORDS {
            self.desc[w].read_clock.next = self.clock.val();
            self.desc[w].write_clock.next = self.clock.val();
            self.desc[w].read_address.next = (bit_cast::<DA, 8>(self.take_vi.val()) << self.slot_bits.val())
                | bit_cast::<DA, INDEX_W>(self.take_head.val() & self.slot_mask.val());
            self.desc[w].write_address.next = (bit_cast::<DA, 8>(self.reg_vi.val()) << self.slot_bits.val())
                | bit_cast::<DA, 8>(self.reg_slot.val());
            self.desc[w].write_data.next = self.reg_data.val();
            self.desc[w].write_enable.next = self.write_window.val() & (self.reg_dword.val().index() == w);
            if self.clearing.q.val() {
                self.desc[w].write_address.next = self.clear_addr.q.val();
                self.desc[w].write_data.next = 0.into();
                self.desc[w].write_enable.next = true;
            }
            self.word.next = self.desc[w].read_data.val();
            self.take_desc.next =
                self.take_desc.val() | (bit_cast::<512, 32>(self.word.val()) << self.word_pos.val());
            self.word_pos.next = self.word_pos.val() + 32;
        }

        // Soft reset: every VI to its reset state now, the descriptor slots over 2^DA cycles.
        if self.clear.val() {
            self.clearing.d.next = true;
            self.clear_addr.d.next = 0.into();
            self.irq_req.d.next = 0.into();
            for i in 0..V {
                self.ctrl[i].d.next = 0.into();
                self.pd[i].d.next = 0.into();
                self.key_slot[i].d.next = 0.into();
                self.cq_log2[i].d.next = 0.into();
                self.cq_base[i].d.next = 0.into();
                self.irq_mod[i].d.next = 0.into();
                self.irq_vec[i].d.next = 0.into();
                self.sq_head[i].d.next = 0.into();
                self.sq_tail[i].d.next = 0.into();
                self.cq_head[i].d.next = 0.into();
                self.cq_tail[i].d.next = 0.into();
                self.sticky[i].d.next = 0.into();
                self.irq_pending[i].d.next = 0.into();
                self.irq_timer[i].d.next = 0.into();
                self.recv[i].d.next = 0.into();
            }
        }
        if self.clearing.q.val() {
            self.clear_addr.d.next = self.clear_addr.q.val() + 1;
            if self.clear_addr.q.val() == self.ram_last.val() {
                self.clearing.d.next = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vi_table_signs_off() {
        crate::verilog::sign_off("vi_table", &mut ViTable::<4, 8, 3, 2, 5>::new()).unwrap();
        crate::verilog::sign_off("vi_table_odd", &mut ViTable::<3, 2, 1, 2, 3>::new()).unwrap();
    }
}
