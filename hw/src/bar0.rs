//! BAR0 (R2, R3, R10): the AXI4-Lite subordinate, the address decode of
//! `viaduct_abi::regs::decode`, and the global page — control, watchdog, key staging and
//! commit (keys are write-only: no read returns them), protection-table staging, commit and
//! read-back, invalidation, counters with the low-word latch, soft reset. VI-scope accesses
//! (configuration block, VI page, descriptor window) go to the VI table; key, protection and
//! invalidation commands go to the translation unit, each taken only while it is between
//! requests, and the access is answered once the command is taken.
//!
//! Accesses are 32-bit (a write with any strobe low is ignored); one is served at a time (writes before reads when both wait); every
//! access is answered OKAY, unmapped ones read zero and ignore writes, as in the model.
//!
//! Soft reset: new descriptors stop, the descriptor in progress finishes, then the translation
//! unit, the VI table, the counters and this page return to their reset values; the write is
//! answered when all of that is done.

use crate::block::constant;
use crate::fields::shortcut::SLOT_W;
use crate::hdl_block;
use crate::key_store::KEY_SLOT_W;
use rust_hdl::prelude::*;
use viaduct_abi::regs::{self, global};

/// BAR0 address bits (2 MiB).
pub const BAR0_ADDR_W: usize = viaduct_abi::regs::BAR0_SIZE.trailing_zeros() as usize;

/// Scopes of a VI-table access (`vi_space`).
pub const SPACE_CONFIG: u64 = 0;
pub const SPACE_PAGE: u64 = 1;
pub const SPACE_WINDOW: u64 = 2;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum Bar0State {
    Idle,
    /// The captured address is decoded.
    Decode,
    Write,
    /// A read waits a cycle: the VI table's and this page's read data are registered a cycle
    /// after the decoded address.
    ReadPrep,
    Read,
    /// A VI-table read: its data arrives a cycle later.
    ReadVi,
    /// A counter read (low word): waiting for the counter bank's answer.
    ReadCounter,
    /// A translation-unit command is offered until taken.
    Command,
    /// PROT_COMMIT read: the shadow entry arrives a cycle later.
    ProtRead,
    /// Soft reset: waiting for the engine to finish its descriptor.
    ResetDrain,
    ResetCommand,
    ResetClear,
    ResetWait,
    WriteResp,
    ReadResp,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum Command {
    None,
    Key,
    Prot,
    Invalidate,
}

fn reg(offset: u32) -> Constant<Bits<BAR0_ADDR_W>> {
    constant(u64::from(offset))
}

hdl_block! {
    /// `V` VIs, `Q` descriptor slots each, `K` key slots, `P` protection entries
    /// (`PL = log2 P`).
    pub struct Bar0<const V: usize, const Q: usize, const K: usize, const P: usize, const PL: usize> {
        pub clock: Signal<In, Clock>,
        pub s_axil: crate::axi::AxiLiteSlave<BAR0_ADDR_W>,
        // VI table.
        pub vi_req: Signal<Out, Bit>,
        pub vi_write: Signal<Out, Bit>,
        pub vi_space: Signal<Out, Bits<2>>,
        pub vi_vi: Signal<Out, Bits<8>>,
        pub vi_reg: Signal<Out, Bits<12>>,
        pub vi_slot: Signal<Out, Bits<8>>,
        pub vi_dword: Signal<Out, Bits<4>>,
        pub vi_data: Signal<Out, Bits<32>>,
        /// Read data, the cycle after `vi_req`.
        pub vi_rdata: Signal<In, Bits<32>>,
        // Counters: a read of counter `cnt_index` on `cnt_request`, answered with `cnt_valid`.
        pub cnt_request: Signal<Out, Bit>,
        pub cnt_index: Signal<Out, Bits<8>>,
        pub cnt_valid: Signal<In, Bit>,
        pub cnt_value: Signal<In, Bits<64>>,
        pub cnt_key_commit: Signal<Out, Bit>,
        pub cnt_invalidate: Signal<Out, Bit>,
        // Engine control.
        pub enable: Signal<Out, Bit>,
        pub iotlb_enable: Signal<Out, Bit>,
        pub line_cache_enable: Signal<Out, Bit>,
        pub watchdog: Signal<Out, Bits<32>>,
        // Translation-unit commands.
        pub tu_cmd_ready: Signal<In, Bit>,
        pub key_commit: Signal<Out, Bit>,
        pub key_slot: Signal<Out, Bits<KEY_SLOT_W>>,
        pub key_data: Signal<Out, Bits<128>>,
        pub key_generation: Signal<Out, Bits<8>>,
        pub prot_commit: Signal<Out, Bit>,
        pub prot_slot: Signal<Out, Bits<SLOT_W>>,
        pub prot_entry: Signal<Out, Bits<128>>,
        pub inv_valid: Signal<Out, Bit>,
        pub inv_all: Signal<Out, Bit>,
        pub inv_slot: Signal<Out, Bits<SLOT_W>>,
        pub tu_soft_reset: Signal<Out, Bit>,
        // Soft reset.
        /// No descriptor in progress and no completion pending.
        pub engine_idle: Signal<In, Bit>,
        /// Start no new descriptor.
        pub reset_hold: Signal<Out, Bit>,
        /// One-cycle pulse: return the VI table, counters and scheduler to reset values.
        pub clear: Signal<Out, Bit>,
        pub clear_busy: Signal<In, Bit>,
        state: DFF<Bar0State>,
        is_write: DFF<Bit>,
        d_is_counter: DFF<Bit>,
        d_is_global: DFF<Bit>,
        d_is_vi: DFF<Bit>,
        d_space: DFF<Bits<2>>,
        d_vi: DFF<Bits<8>>,
        d_reg: DFF<Bits<12>>,
        d_slot: DFF<Bits<8>>,
        d_dword: DFF<Bits<4>>,
        command: DFF<Command>,
        addr: DFF<Bits<BAR0_ADDR_W>>,
        wdata: DFF<Bits<32>>,
        whole: DFF<Bit>,
        have_aw: DFF<Bit>,
        have_w: DFF<Bit>,
        rdata: DFF<Bits<32>>,
        control: DFFWithInit<Bits<3>> = DFFWithInit::new(control_reset()),
        watchdog_q: DFFWithInit<Bits<32>> = DFFWithInit::new(WATCHDOG_RESET.to_bits()),
        key_select: DFF<Bits<KEY_SLOT_W>>,
        key_staging: DFF<Bits<128>>,
        prot_index: DFF<Bits<SLOT_W>>,
        prot_staging: DFF<Bits<128>>,
        prot_read_after: DFF<Bit>,
        latch: DFF<Bits<32>>,
        /// Which global register `addr` names, one bit each (see `at`), taken in `Decode`, so
        /// writes and reads pick among flags rather than compare the whole address.
        at_q: DFF<Bits<17>>,
        /// The global register at `addr`, read from `at_q` in `ReadPrep` for `Read`.
        global_q: DFF<Bits<32>>,
        /// Per key slot: {valid, generation} as KEY_STATE shows it.
        key_state: [DFF<Bits<9>>; K] = crate::block::array(),
        prot_shadow: RAM<Bits<128>, PL>,
        prot_valid: DFF<Bits<P>>,
        // Decode.
        a: Signal<Local, Bits<BAR0_ADDR_W>>,
        is_counter: Signal<Local, Bit>,
        is_global: Signal<Local, Bit>,
        is_vi: Signal<Local, Bit>,
        space: Signal<Local, Bits<2>>,
        vi: Signal<Local, Bits<BAR0_ADDR_W>>,
        page_reg: Signal<Local, Bits<BAR0_ADDR_W>>,
        slot: Signal<Local, Bits<BAR0_ADDR_W>>,
        key_in_range: Signal<Local, Bit>,
        prot_in_range: Signal<Local, Bit>,
        key_state_now: Signal<Local, Bits<9>>,
        global_read: Signal<Local, Bits<32>>,
        /// Bit 0 ID, 1 VERSION, 2 CAPS0, 3 CAPS1, 4 CAPS2, 5 CONTROL, 6 SOFT_RESET, 7 STATUS,
        /// 8 KEY_SELECT, 9 KEY_DATA0-3, 10 KEY_COMMIT, 11 KEY_STATE, 12 PROT_INDEX,
        /// 13 PROT_DATA0-3, 14 PROT_COMMIT, 15 INVALIDATE, 16 WATCHDOG.
        at: Signal<Local, Bits<17>>,
        // The 32-bit word of KEY_DATA* or PROT_DATA* addressed, as a shift (0, 32, 64 or 96):
        // the address's word offset, so the shifters have two stages.
        key_word: Signal<Local, Bits<2>>,
        prot_word: Signal<Local, Bits<2>>,
        key_lane: Signal<Local, Bits<8>>,
        word_lane: Signal<Local, Bits<8>>,
        // Constants of the map.
        vi_count: Constant<Bits<BAR0_ADDR_W>> = constant(V as u64),
        queue_depth: Constant<Bits<BAR0_ADDR_W>> = constant(Q as u64),
        key_slots: Constant<Bits<9>> = constant(K as u64),
        prot_entries: Constant<Bits<13>> = constant(P as u64),
        counters_base: Constant<Bits<BAR0_ADDR_W>> = reg(regs::COUNTERS_BASE),
        counters_end: Constant<Bits<BAR0_ADDR_W>> = reg(regs::counter_offset(viaduct_abi::counters::COUNTER_COUNT)),
        config_base: Constant<Bits<BAR0_ADDR_W>> = reg(regs::VI_CONFIG_BASE),
        config_end: Constant<Bits<BAR0_ADDR_W>> = reg(regs::VI_CONFIG_BASE + regs::MAX_VIS * regs::VI_CONFIG_STRIDE),
        config_shift: Constant<Bits<8>> = constant(u64::from(regs::VI_CONFIG_STRIDE.trailing_zeros())),
        config_mask: Constant<Bits<BAR0_ADDR_W>> = reg(regs::VI_CONFIG_STRIDE - 1),
        page_base: Constant<Bits<BAR0_ADDR_W>> = reg(regs::VI_PAGE_BASE),
        page_end: Constant<Bits<BAR0_ADDR_W>> = reg(regs::VI_PAGE_BASE + regs::MAX_VIS * regs::VI_PAGE_STRIDE),
        page_shift: Constant<Bits<8>> = constant(u64::from(regs::VI_PAGE_STRIDE.trailing_zeros())),
        page_mask: Constant<Bits<BAR0_ADDR_W>> = reg(regs::VI_PAGE_STRIDE - 1),
        window: Constant<Bits<BAR0_ADDR_W>> = reg(regs::DESC_WINDOW),
        slot_shift: Constant<Bits<8>> = constant(viaduct_abi::descriptor::DESCRIPTOR_SIZE.trailing_zeros() as u64),
        dword_mask: Constant<Bits<BAR0_ADDR_W>> = reg(viaduct_abi::descriptor::DESCRIPTOR_SIZE as u32 / 4 - 1),
        r_id: Constant<Bits<BAR0_ADDR_W>> = reg(global::ID),
        r_version: Constant<Bits<BAR0_ADDR_W>> = reg(global::VERSION),
        r_caps0: Constant<Bits<BAR0_ADDR_W>> = reg(global::CAPS0),
        r_caps1: Constant<Bits<BAR0_ADDR_W>> = reg(global::CAPS1),
        r_caps2: Constant<Bits<BAR0_ADDR_W>> = reg(global::CAPS2),
        r_control: Constant<Bits<BAR0_ADDR_W>> = reg(global::CONTROL),
        r_soft_reset: Constant<Bits<BAR0_ADDR_W>> = reg(global::SOFT_RESET),
        r_status: Constant<Bits<BAR0_ADDR_W>> = reg(global::STATUS),
        r_key_select: Constant<Bits<BAR0_ADDR_W>> = reg(global::KEY_SELECT),
        r_key_data0: Constant<Bits<BAR0_ADDR_W>> = reg(global::KEY_DATA0),
        r_key_data3: Constant<Bits<BAR0_ADDR_W>> = reg(global::KEY_DATA3),
        r_key_commit: Constant<Bits<BAR0_ADDR_W>> = reg(global::KEY_COMMIT),
        r_key_state: Constant<Bits<BAR0_ADDR_W>> = reg(global::KEY_STATE),
        r_prot_index: Constant<Bits<BAR0_ADDR_W>> = reg(global::PROT_INDEX),
        r_prot_data0: Constant<Bits<BAR0_ADDR_W>> = reg(global::PROT_DATA0),
        r_prot_data3: Constant<Bits<BAR0_ADDR_W>> = reg(global::PROT_DATA3),
        r_prot_commit: Constant<Bits<BAR0_ADDR_W>> = reg(global::PROT_COMMIT),
        r_invalidate: Constant<Bits<BAR0_ADDR_W>> = reg(global::INVALIDATE),
        r_watchdog: Constant<Bits<BAR0_ADDR_W>> = reg(global::WATCHDOG),
        id_value: Constant<Bits<32>> = constant(u64::from(regs::ID_VALUE)),
        version_value: Constant<Bits<32>> = constant(u64::from(regs::VERSION_VALUE)),
        caps0: Constant<Bits<32>> = constant(0),
        caps1: Constant<Bits<32>> = constant(0),
        caps2: Constant<Bits<32>> = constant(0),
        control_mask: Constant<Bits<32>> = constant(u64::from(
            global::CONTROL::ENABLE.mask() | global::CONTROL::IOTLB_ENABLE.mask() | global::CONTROL::LINE_CACHE_ENABLE.mask(),
        )),
        control_reset: Constant<Bits<3>> = Constant::new(control_reset()),
        watchdog_reset: Constant<Bits<32>> = constant(WATCHDOG_RESET),
        word_ones: Constant<Bits<128>> = constant(0xffff_ffff),
        word_shift: Constant<Bits<8>> = constant(5),
        key_valid_flag: Constant<Bits<9>> = constant(0x100),
        idle_value: Constant<Bits<32>> = constant(u64::from(global::STATUS::IDLE.put(1))),
        space_config: Constant<Bits<2>> = constant(SPACE_CONFIG),
        space_page: Constant<Bits<2>> = constant(SPACE_PAGE),
        space_window: Constant<Bits<2>> = constant(SPACE_WINDOW),
        enable_bit: Constant<Bits<8>> = constant(u64::from(global::CONTROL::ENABLE.lsb)),
        iotlb_bit: Constant<Bits<8>> = constant(u64::from(global::CONTROL::IOTLB_ENABLE.lsb)),
        line_bit: Constant<Bits<8>> = constant(u64::from(global::CONTROL::LINE_CACHE_ENABLE.lsb)),
        reset_bit: Constant<Bits<8>> = constant(u64::from(global::SOFT_RESET::RESET.lsb)),
        key_valid_bit: Constant<Bits<8>> = constant(u64::from(global::KEY_STATE::VALID.lsb)),
        key_gen_lsb: Constant<Bits<8>> = constant(u64::from(global::KEY_STATE::GENERATION.lsb)),
        commit_gen_lsb: Constant<Bits<8>> = constant(u64::from(global::KEY_COMMIT::GENERATION.lsb)),
        key_select_lsb: Constant<Bits<8>> = constant(u64::from(global::KEY_SELECT::SLOT.lsb)),
        prot_index_lsb: Constant<Bits<8>> = constant(u64::from(global::PROT_INDEX::SLOT.lsb)),
        prot_write_bit: Constant<Bits<8>> = constant(u64::from(global::PROT_COMMIT::WRITE.lsb)),
        prot_read_bit: Constant<Bits<8>> = constant(u64::from(global::PROT_COMMIT::READ.lsb)),
        inv_all_bit: Constant<Bits<8>> = constant(u64::from(global::INVALIDATE::ALL.lsb)),
        inv_slot_lsb: Constant<Bits<8>> = constant(u64::from(global::INVALIDATE::SLOT.lsb)),
    }
}

/// WATCHDOG after reset (cycles). The reference model keeps its reset values private; the
/// register tests compare every register after reset with the model's.
pub const WATCHDOG_RESET: u64 = 1 << 16;

/// CONTROL after reset: both caches on, the scheduler stopped.
fn control_reset() -> Bits<3> {
    u64::from(global::CONTROL::IOTLB_ENABLE.mask() | global::CONTROL::LINE_CACHE_ENABLE.mask()).to_bits()
}

impl<const V: usize, const Q: usize, const K: usize, const P: usize, const PL: usize> Bar0<V, Q, K, P, PL> {
    /// A BAR0 whose CAPS registers read `caps` (`EngineConfig::caps`).
    pub fn new(caps: [u32; 3]) -> Self {
        assert_eq!(1 << PL, P, "Bar0: P = 2^PL");
        const { assert!(global::KEY_STATE::GENERATION.lsb == 0 && global::KEY_STATE::GENERATION.width == 8) };
        Bar0 {
            caps0: constant(u64::from(caps[0])),
            caps1: constant(u64::from(caps[1])),
            caps2: constant(u64::from(caps[2])),
            ..Default::default()
        }
    }
}

impl<const V: usize, const Q: usize, const K: usize, const P: usize, const PL: usize> Logic
    for Bar0<V, Q, K, P, PL>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            state,
            is_write,
            d_is_counter,
            d_is_global,
            d_is_vi,
            d_space,
            d_vi,
            d_reg,
            d_slot,
            d_dword,
            command,
            addr,
            wdata,
            whole,
            have_aw,
            have_w,
            rdata,
            control,
            watchdog_q,
            key_select,
            key_staging,
            prot_index,
            prot_staging,
            prot_read_after,
            latch,
            at_q,
            global_q,
            prot_valid
        );
        self.prot_shadow.read_clock.next = self.clock.val();
        self.prot_shadow.write_clock.next = self.clock.val();
        self.prot_shadow.read_address.next = bit_cast::<PL, SLOT_W>(self.prot_index.q.val());
        self.prot_shadow.write_address.next = bit_cast::<PL, SLOT_W>(self.prot_index.q.val());
        self.prot_shadow.write_data.next = self.prot_staging.q.val();
        self.prot_shadow.write_enable.next = false;

        // Decode of the captured address (regs::decode).
        self.a.next = self.addr.q.val();
        self.is_counter.next = false;
        self.is_global.next = false;
        self.is_vi.next = false;
        self.space.next = 0.into();
        self.vi.next = 0.into();
        self.page_reg.next = 0.into();
        self.slot.next = 0.into();
        if (self.a.val() & 3).any() {
            // Unmapped.
        } else if self.a.val() < self.config_base.val() {
            if (self.a.val() >= self.counters_base.val()) & (self.a.val() < self.counters_end.val()) {
                self.is_counter.next = true;
            } else {
                self.is_global.next = true;
            }
        } else if self.a.val() < self.config_end.val() {
            self.vi.next = (self.a.val() - self.config_base.val()) >> self.config_shift.val();
            self.page_reg.next = self.a.val() & self.config_mask.val();
            self.space.next = self.space_config.val();
            self.is_vi.next = self.vi.val() < self.vi_count.val();
        } else if (self.a.val() >= self.page_base.val()) & (self.a.val() < self.page_end.val()) {
            self.vi.next = (self.a.val() - self.page_base.val()) >> self.page_shift.val();
            self.page_reg.next = self.a.val() & self.page_mask.val();
            self.is_vi.next = self.vi.val() < self.vi_count.val();
            self.space.next = self.space_page.val();
            if self.page_reg.val() >= self.window.val() {
                self.space.next = self.space_window.val();
                self.slot.next = (self.page_reg.val() - self.window.val()) >> self.slot_shift.val();
                if self.slot.val() >= self.queue_depth.val() {
                    self.is_vi.next = false;
                }
            }
        }
        // Outputs to the VI table and the counters, from the decode registers (each output a
        // statement of its own, reading registers only).
        self.vi_req.next =
            ((self.state.q.val() == Bar0State::Write) & self.d_is_vi.q.val() & self.whole.q.val())
                | ((self.state.q.val() == Bar0State::Read) & self.d_is_vi.q.val());
        self.vi_write.next = self.state.q.val() == Bar0State::Write;
        self.vi_space.next = self.d_space.q.val();
        self.vi_vi.next = self.d_vi.q.val();
        self.vi_reg.next = self.d_reg.q.val();
        self.vi_slot.next = self.d_slot.q.val();
        self.vi_dword.next = self.d_dword.q.val();
        self.vi_data.next = self.wdata.q.val();
        self.cnt_request.next = (self.state.q.val() == Bar0State::Read)
            & self.d_is_counter.q.val()
            & !self.addr.q.val().get_bit(2);
        self.cnt_index.next = bit_cast::<8, BAR0_ADDR_W>((self.addr.q.val() - self.counters_base.val()) >> 3);
        self.cnt_key_commit.next = (self.state.q.val() == Bar0State::Command)
            & (self.command.q.val() == Command::Key)
            & self.tu_cmd_ready.val();
        self.cnt_invalidate.next = (self.state.q.val() == Bar0State::Command)
            & ((self.command.q.val() == Command::Key) | (self.command.q.val() == Command::Invalidate))
            & self.tu_cmd_ready.val();

        // Global reads.
        self.key_in_range.next = bit_cast::<9, KEY_SLOT_W>(self.key_select.q.val()) < self.key_slots.val();
        self.prot_in_range.next = bit_cast::<13, SLOT_W>(self.prot_index.q.val()) < self.prot_entries.val();
        self.key_state_now.next = 0.into();
        for i in 0..K {
            self.key_state[i].clock.next = self.clock.val();
            self.key_state[i].d.next = self.key_state[i].q.val();
            if self.key_select.q.val().index() == i {
                self.key_state_now.next = self.key_state[i].q.val();
            }
        }
        self.key_word.next = bit_cast::<2, BAR0_ADDR_W>((self.a.val() - self.r_key_data0.val()) >> 2);
        self.prot_word.next = bit_cast::<2, BAR0_ADDR_W>((self.a.val() - self.r_prot_data0.val()) >> 2);
        self.key_lane.next = bit_cast::<8, 2>(self.key_word.val()) << self.word_shift.val();
        self.word_lane.next = bit_cast::<8, 2>(self.prot_word.val()) << self.word_shift.val();
        self.at.next = 0.into();
        self.at.next = self.at.val().replace_bit(0, self.a.val() == self.r_id.val());
        self.at.next = self.at.val().replace_bit(1, self.a.val() == self.r_version.val());
        self.at.next = self.at.val().replace_bit(2, self.a.val() == self.r_caps0.val());
        self.at.next = self.at.val().replace_bit(3, self.a.val() == self.r_caps1.val());
        self.at.next = self.at.val().replace_bit(4, self.a.val() == self.r_caps2.val());
        self.at.next = self.at.val().replace_bit(5, self.a.val() == self.r_control.val());
        self.at.next = self.at.val().replace_bit(6, self.a.val() == self.r_soft_reset.val());
        self.at.next = self.at.val().replace_bit(7, self.a.val() == self.r_status.val());
        self.at.next = self.at.val().replace_bit(8, self.a.val() == self.r_key_select.val());
        self.at.next = self.at.val().replace_bit(
            9,
            (self.a.val() >= self.r_key_data0.val()) & (self.a.val() <= self.r_key_data3.val()),
        );
        self.at.next = self.at.val().replace_bit(10, self.a.val() == self.r_key_commit.val());
        self.at.next = self.at.val().replace_bit(11, self.a.val() == self.r_key_state.val());
        self.at.next = self.at.val().replace_bit(12, self.a.val() == self.r_prot_index.val());
        self.at.next = self.at.val().replace_bit(
            13,
            (self.a.val() >= self.r_prot_data0.val()) & (self.a.val() <= self.r_prot_data3.val()),
        );
        self.at.next = self.at.val().replace_bit(14, self.a.val() == self.r_prot_commit.val());
        self.at.next = self.at.val().replace_bit(15, self.a.val() == self.r_invalidate.val());
        self.at.next = self.at.val().replace_bit(16, self.a.val() == self.r_watchdog.val());
        self.at_q.d.next = self.at.val();
        // The registers are at distinct addresses, so at most one term is not zero: an OR of
        // them, not a chain of priorities.
        self.global_read.next = 0.into();
        if self.at_q.q.val().get_bit(0) {
            self.global_read.next = self.global_read.val() | self.id_value.val();
        }
        if self.at_q.q.val().get_bit(1) {
            self.global_read.next = self.global_read.val() | self.version_value.val();
        }
        if self.at_q.q.val().get_bit(2) {
            self.global_read.next = self.global_read.val() | self.caps0.val();
        }
        if self.at_q.q.val().get_bit(3) {
            self.global_read.next = self.global_read.val() | self.caps1.val();
        }
        if self.at_q.q.val().get_bit(4) {
            self.global_read.next = self.global_read.val() | self.caps2.val();
        }
        if self.at_q.q.val().get_bit(5) {
            self.global_read.next = self.global_read.val() | bit_cast::<32, 3>(self.control.q.val());
        }
        if self.at_q.q.val().get_bit(7) & self.engine_idle.val() {
            self.global_read.next = self.global_read.val() | self.idle_value.val();
        }
        if self.at_q.q.val().get_bit(8) {
            self.global_read.next = self.global_read.val()
                | (bit_cast::<32, KEY_SLOT_W>(self.key_select.q.val()) << self.key_select_lsb.val());
        }
        if self.at_q.q.val().get_bit(11) & self.key_in_range.val() {
            self.global_read.next = self.global_read.val()
                | (bit_cast::<32, 8>(self.key_state_now.val().get_bits::<8>(0)) << self.key_gen_lsb.val())
                | (bit_cast::<32, 1>(self.key_state_now.val().get_bits::<1>(8)) << self.key_valid_bit.val());
        }
        if self.at_q.q.val().get_bit(12) {
            self.global_read.next = self.global_read.val()
                | (bit_cast::<32, SLOT_W>(self.prot_index.q.val()) << self.prot_index_lsb.val());
        }
        if self.at_q.q.val().get_bit(13) {
            self.global_read.next = self.global_read.val()
                | bit_cast::<32, 128>(self.prot_staging.q.val() >> self.word_lane.val());
        }
        if self.at_q.q.val().get_bit(16) {
            self.global_read.next = self.global_read.val() | self.watchdog_q.q.val();
        }
        self.global_q.d.next = self.global_read.val();

        // Outputs of the page.
        self.enable.next = self.control.q.val().get_bit(self.enable_bit.val().index());
        self.iotlb_enable.next = self.control.q.val().get_bit(self.iotlb_bit.val().index());
        self.line_cache_enable.next = self.control.q.val().get_bit(self.line_bit.val().index());
        self.watchdog.next = self.watchdog_q.q.val();
        self.key_commit.next =
            (self.state.q.val() == Bar0State::Command) & (self.command.q.val() == Command::Key);
        self.key_slot.next = self.key_select.q.val();
        self.key_data.next = self.key_staging.q.val();
        self.key_generation.next = self.wdata.q.val().get_bits::<8>(self.commit_gen_lsb.val().index());
        self.prot_commit.next =
            (self.state.q.val() == Bar0State::Command) & (self.command.q.val() == Command::Prot);
        self.prot_slot.next = self.prot_index.q.val();
        self.prot_entry.next = self.prot_staging.q.val();
        self.inv_valid.next =
            (self.state.q.val() == Bar0State::Command) & (self.command.q.val() == Command::Invalidate);
        self.inv_all.next = self.wdata.q.val().get_bit(self.inv_all_bit.val().index());
        self.inv_slot.next = self.wdata.q.val().get_bits::<SLOT_W>(self.inv_slot_lsb.val().index());
        self.tu_soft_reset.next = self.state.q.val() == Bar0State::ResetCommand;
        self.reset_hold.next = (self.state.q.val() == Bar0State::ResetDrain)
            | (self.state.q.val() == Bar0State::ResetCommand)
            | (self.state.q.val() == Bar0State::ResetClear)
            | (self.state.q.val() == Bar0State::ResetWait);
        self.clear.next = self.state.q.val() == Bar0State::ResetClear;

        // AXI4-Lite.
        self.s_axil.awready.next = (self.state.q.val() == Bar0State::Idle) & !self.have_aw.q.val();
        self.s_axil.wready.next = (self.state.q.val() == Bar0State::Idle) & !self.have_w.q.val();
        self.s_axil.arready.next =
            (self.state.q.val() == Bar0State::Idle) & !self.have_aw.q.val() & !self.have_w.q.val();
        self.s_axil.bvalid.next = self.state.q.val() == Bar0State::WriteResp;
        self.s_axil.bresp.next = 0.into();
        self.s_axil.rvalid.next = self.state.q.val() == Bar0State::ReadResp;
        self.s_axil.rdata.next = self.rdata.q.val();
        self.s_axil.rresp.next = 0.into();

        match self.state.q.val() {
            Bar0State::Idle => {
                if self.s_axil.awvalid.val() & !self.have_aw.q.val() {
                    self.have_aw.d.next = true;
                    self.addr.d.next = self.s_axil.awaddr.val();
                }
                if self.s_axil.wvalid.val() & !self.have_w.q.val() {
                    self.have_w.d.next = true;
                    self.wdata.d.next = self.s_axil.wdata.val();
                    self.whole.d.next = self.s_axil.wstrb.val().all();
                }
                if self.have_aw.q.val() & self.have_w.q.val() {
                    self.have_aw.d.next = false;
                    self.have_w.d.next = false;
                    self.is_write.d.next = true;
                    self.state.d.next = Bar0State::Decode;
                } else if self.s_axil.arvalid.val() & !self.have_aw.q.val() & !self.have_w.q.val() {
                    self.addr.d.next = self.s_axil.araddr.val();
                    self.is_write.d.next = false;
                    self.state.d.next = Bar0State::Decode;
                }
            }
            Bar0State::Decode => {
                self.d_is_counter.d.next = self.is_counter.val();
                self.d_is_global.d.next = self.is_global.val();
                self.d_is_vi.d.next = self.is_vi.val();
                self.d_space.d.next = self.space.val();
                self.d_vi.d.next = bit_cast::<8, BAR0_ADDR_W>(self.vi.val());
                self.d_reg.d.next = bit_cast::<12, BAR0_ADDR_W>(self.page_reg.val());
                self.d_slot.d.next = bit_cast::<8, BAR0_ADDR_W>(self.slot.val());
                self.d_dword.d.next =
                    bit_cast::<4, BAR0_ADDR_W>((self.page_reg.val() >> 2) & self.dword_mask.val());
                self.state.d.next = Bar0State::ReadPrep;
                if self.is_write.q.val() {
                    self.state.d.next = Bar0State::Write;
                }
            }
            Bar0State::Write => {
                self.state.d.next = Bar0State::WriteResp;
                // Registers are written whole: a narrower write is answered and ignored.
                if self.d_is_global.q.val() & self.whole.q.val() {
                    if self.at_q.q.val().get_bit(5) {
                        self.control.d.next = bit_cast::<3, 32>(self.wdata.q.val() & self.control_mask.val());
                    }
                    if self.at_q.q.val().get_bit(6) & self.wdata.q.val().get_bit(self.reset_bit.val().index())
                    {
                        self.state.d.next = Bar0State::ResetDrain;
                    }
                    if self.at_q.q.val().get_bit(8) {
                        self.key_select.d.next =
                            self.wdata.q.val().get_bits::<KEY_SLOT_W>(self.key_select_lsb.val().index());
                    }
                    if self.at_q.q.val().get_bit(9) {
                        self.key_staging.d.next = (self.key_staging.q.val()
                            & !(self.word_ones.val() << self.key_lane.val()))
                            | (bit_cast::<128, 32>(self.wdata.q.val()) << self.key_lane.val());
                    }
                    if self.at_q.q.val().get_bit(10) {
                        if self.key_in_range.val() {
                            self.command.d.next = Command::Key;
                            self.state.d.next = Bar0State::Command;
                        } else {
                            self.key_staging.d.next = 0.into();
                        }
                    }
                    if self.at_q.q.val().get_bit(12) {
                        self.prot_index.d.next =
                            self.wdata.q.val().get_bits::<SLOT_W>(self.prot_index_lsb.val().index());
                    }
                    if self.at_q.q.val().get_bit(13) {
                        self.prot_staging.d.next = (self.prot_staging.q.val()
                            & !(self.word_ones.val() << self.word_lane.val()))
                            | (bit_cast::<128, 32>(self.wdata.q.val()) << self.word_lane.val());
                    }
                    if self.at_q.q.val().get_bit(14) & self.prot_in_range.val() {
                        self.prot_read_after.d.next =
                            self.wdata.q.val().get_bit(self.prot_read_bit.val().index());
                        if self.wdata.q.val().get_bit(self.prot_write_bit.val().index()) {
                            self.command.d.next = Command::Prot;
                            self.state.d.next = Bar0State::Command;
                        } else if self.wdata.q.val().get_bit(self.prot_read_bit.val().index()) {
                            self.state.d.next = Bar0State::ProtRead;
                        }
                    }
                    if self.at_q.q.val().get_bit(15) {
                        self.command.d.next = Command::Invalidate;
                        self.state.d.next = Bar0State::Command;
                    }
                    if self.at_q.q.val().get_bit(16) {
                        self.watchdog_q.d.next = self.wdata.q.val();
                    }
                }
            }
            Bar0State::Command => {
                // The strobe is up in this state; it is taken in a cycle with cmd_ready.
                if self.tu_cmd_ready.val() {
                    self.state.d.next = Bar0State::WriteResp;
                    if self.command.q.val() == Command::Key {
                        self.key_staging.d.next = 0.into();
                        for i in 0..K {
                            if self.key_select.q.val().index() == i {
                                self.key_state[i].d.next =
                                    bit_cast::<9, 8>(self.key_generation.val()) | self.key_valid_flag.val();
                            }
                        }
                    }
                    if self.command.q.val() == Command::Prot {
                        self.prot_shadow.write_enable.next = true;
                        self.prot_valid.d.next =
                            self.prot_valid.q.val().replace_bit(self.prot_index.q.val().index(), true);
                        if self.prot_read_after.q.val() {
                            self.state.d.next = Bar0State::ProtRead;
                        }
                    }
                }
            }
            Bar0State::ProtRead => {
                // The read port has held PROT_INDEX's entry since the previous cycle.
                self.prot_staging.d.next = 0.into();
                if self.prot_valid.q.val().get_bit(self.prot_index.q.val().index()) {
                    self.prot_staging.d.next = self.prot_shadow.read_data.val();
                }
                self.state.d.next = Bar0State::WriteResp;
            }
            Bar0State::ReadPrep => {
                self.state.d.next = Bar0State::Read;
            }
            Bar0State::Read => {
                self.state.d.next = Bar0State::ReadResp;
                self.rdata.d.next = 0.into();
                if self.d_is_global.q.val() {
                    self.rdata.d.next = self.global_q.q.val();
                }
                // Counters: the low word waits for the bank and latches the high word, which
                // a read of the high word returns.
                if self.d_is_counter.q.val() {
                    self.rdata.d.next = self.latch.q.val();
                    if !self.a.val().get_bit(2) {
                        self.state.d.next = Bar0State::ReadCounter;
                    }
                }
                if self.d_is_vi.q.val() {
                    self.state.d.next = Bar0State::ReadVi;
                }
            }
            Bar0State::ReadCounter => {
                if self.cnt_valid.val() {
                    self.rdata.d.next = bit_cast::<32, 64>(self.cnt_value.val());
                    self.latch.d.next = bit_cast::<32, 64>(self.cnt_value.val() >> 32);
                    self.state.d.next = Bar0State::ReadResp;
                }
            }
            Bar0State::ReadVi => {
                self.rdata.d.next = self.vi_rdata.val();
                self.state.d.next = Bar0State::ReadResp;
            }
            Bar0State::ResetDrain => {
                if self.engine_idle.val() {
                    self.state.d.next = Bar0State::ResetCommand;
                }
            }
            Bar0State::ResetCommand => {
                if self.tu_cmd_ready.val() {
                    self.state.d.next = Bar0State::ResetClear;
                }
            }
            Bar0State::ResetClear => {
                self.control.d.next = self.control_reset.val();
                self.watchdog_q.d.next = self.watchdog_reset.val();
                self.key_select.d.next = 0.into();
                self.key_staging.d.next = 0.into();
                self.prot_index.d.next = 0.into();
                self.prot_staging.d.next = 0.into();
                self.latch.d.next = 0.into();
                self.prot_valid.d.next = 0.into();
                for i in 0..K {
                    self.key_state[i].d.next = 0.into();
                }
                self.state.d.next = Bar0State::ResetWait;
            }
            Bar0State::ResetWait => {
                if !self.clear_busy.val() & self.tu_cmd_ready.val() {
                    self.state.d.next = Bar0State::WriteResp;
                }
            }
            Bar0State::WriteResp => {
                if self.s_axil.bready.val() {
                    self.state.d.next = Bar0State::Idle;
                }
            }
            Bar0State::ReadResp => {
                if self.s_axil.rready.val() {
                    self.state.d.next = Bar0State::Idle;
                }
            }
            _ => {
                self.state.d.next = Bar0State::Idle;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar0_signs_off() {
        let caps = viaduct_abi::EngineConfig::small().caps();
        crate::verilog::sign_off("bar0", &mut Bar0::<4, 8, 4, 16, 4>::new(caps)).unwrap();
    }
}
