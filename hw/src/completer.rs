//! Completion writer (R9): writes each completion entry (32 bytes) to its slot of the VI's
//! completion queue in host memory, in the order the engine finished the descriptors, while
//! the engine goes on with the next descriptor. When the write is answered it reports a
//! failed write (the VI's CQ_WRITE_ERROR) and, for an interrupt-flagged descriptor, the event
//! the VI's interrupt moderation counts — so an interrupt never overtakes its entry. A write
//! not answered within `watchdog` cycles counts as failed (the ID epoch flips, so a late
//! response is dropped).

use crate::block::constant;
use crate::hdl_block;
use crate::mem_reader::MOVER_ID_W;
use crate::watchdog::Watchdog;
use rust_hdl::prelude::*;
use viaduct_abi::completion::COMPLETION_SIZE;

/// Completions waiting or in flight at most.
pub const CPL_DEPTH: usize = 4;
/// Bits of a completion entry.
pub const ENTRY_W: usize = COMPLETION_SIZE * 8;

hdl_block! {
    /// `D` data bits, `S = D / 8` strobes, `L = log2 S`.
    pub struct Completer<const D: usize, const S: usize, const L: usize> {
        pub clock: Signal<In, Clock>,
        pub push: Signal<In, Bit>,
        pub push_ready: Signal<Out, Bit>,
        pub push_vi: Signal<In, Bits<8>>,
        pub push_addr: Signal<In, Bits<64>>,
        pub push_entry: Signal<In, Bits<ENTRY_W>>,
        pub push_irq: Signal<In, Bit>,
        pub m_axi: crate::axi::Axi4WriteMaster<64, D, S, MOVER_ID_W>,
        pub watchdog: Signal<In, Bits<32>>,
        /// One cycle per answered completion: `cq_error` if it failed, `irq_event` if flagged.
        pub cq_error: Signal<Out, Bit>,
        pub irq_event: Signal<Out, Bit>,
        pub event_vi: Signal<Out, Bits<8>>,
        pub idle: Signal<Out, Bit>,
        q_vi: [DFF<Bits<8>>; CPL_DEPTH] = crate::block::array(),
        q_addr: [DFF<Bits<64>>; CPL_DEPTH] = crate::block::array(),
        q_entry: [DFF<Bits<ENTRY_W>>; CPL_DEPTH] = crate::block::array(),
        q_irq: DFF<Bits<CPL_DEPTH>>,
        done: DFF<Bits<CPL_DEPTH>>,
        err: DFF<Bits<CPL_DEPTH>>,
        wr: DFF<Bits<3>>,
        iss: DFF<Bits<3>>,
        ret: DFF<Bits<3>>,
        aw_sent: DFF<Bit>,
        beat: DFF<Bits<8>>,
        epoch: DFF<Bit>,
        wd: Watchdog,
        iss_slot: Signal<Local, Bits<2>>,
        ret_slot: Signal<Local, Bits<2>>,
        wr_slot: Signal<Local, Bits<2>>,
        cur_addr: Signal<Local, Bits<64>>,
        cur_entry: Signal<Local, Bits<ENTRY_W>>,
        head_vi: Signal<Local, Bits<8>>,
        lane: Signal<Local, Bits<64>>,
        placed: Signal<Local, Bits<1024>>,
        strobes: Signal<Local, Bits<128>>,
        b_ok: Signal<Local, Bit>,
        b_slot: Signal<Local, Bits<2>>,
        done_n: Signal<Local, Bits<CPL_DEPTH>>,
        err_n: Signal<Local, Bits<CPL_DEPTH>>,
        issuing: Signal<Local, Bit>,
        can_push: Signal<Local, Bit>,
        /// Beats of an entry minus one: 32 bytes over `S`-byte beats, at least one.
        last_beat: Constant<Bits<8>> = constant((COMPLETION_SIZE as u64 >> L).max(1) - 1),
        lane_mask: Constant<Bits<64>> = constant(((1u64 << L) - 1) & !(COMPLETION_SIZE as u64 - 1)),
        entry_ones: Constant<Bits<128>> = constant(u64::MAX >> (64 - COMPLETION_SIZE)),
        data_shift: Constant<Bits<8>> = constant(L as u64 + 3),
        depth: Constant<Bits<3>> = constant(CPL_DEPTH as u64),
        size: Constant<Bits<3>> = constant(L as u64),
        incr: Constant<Bits<2>> = constant(crate::axi::BURST_INCR),
        slresp: Constant<Bits<2>> = constant(crate::axi::RESP_SLVERR),
        epoch_bit: Constant<Bits<8>> = constant(MOVER_ID_W as u64 - 1),
    }
}

impl<const D: usize, const S: usize, const L: usize> Logic for Completer<D, S, L> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, q_irq, done, err, wr, iss, ret, aw_sent, beat, epoch);
        self.wr_slot.next = bit_cast::<2, 3>(self.wr.q.val());
        self.iss_slot.next = bit_cast::<2, 3>(self.iss.q.val());
        self.ret_slot.next = bit_cast::<2, 3>(self.ret.q.val());
        self.push_ready.next = (self.wr.q.val() - self.ret.q.val()) != self.depth.val();
        self.can_push.next = (self.wr.q.val() - self.ret.q.val()) != self.depth.val();
        self.cur_addr.next = 0.into();
        self.cur_entry.next = 0.into();
        self.head_vi.next = 0.into();
        for i in 0..CPL_DEPTH {
            self.q_vi[i].clock.next = self.clock.val();
            self.q_addr[i].clock.next = self.clock.val();
            self.q_entry[i].clock.next = self.clock.val();
            self.q_vi[i].d.next = self.q_vi[i].q.val();
            self.q_addr[i].d.next = self.q_addr[i].q.val();
            self.q_entry[i].d.next = self.q_entry[i].q.val();
            if self.push.val() & self.can_push.val() & (self.wr_slot.val().index() == i) {
                self.q_vi[i].d.next = self.push_vi.val();
                self.q_addr[i].d.next = self.push_addr.val();
                self.q_entry[i].d.next = self.push_entry.val();
            }
            if self.iss_slot.val().index() == i {
                self.cur_addr.next = self.q_addr[i].q.val();
                self.cur_entry.next = self.q_entry[i].q.val();
            }
            if self.ret_slot.val().index() == i {
                self.head_vi.next = self.q_vi[i].q.val();
            }
        }
        self.done_n.next = self.done.q.val();
        self.err_n.next = self.err.q.val();
        if self.push.val() & self.can_push.val() {
            self.wr.d.next = self.wr.q.val() + 1;
            self.q_irq.d.next =
                self.q_irq.q.val().replace_bit(self.wr_slot.val().index(), self.push_irq.val());
            self.done_n.next = self.done_n.val().replace_bit(self.wr_slot.val().index(), false);
            self.err_n.next = self.err_n.val().replace_bit(self.wr_slot.val().index(), false);
        }

        // The oldest entry not yet written: one burst, the entry in the lanes of its address.
        self.issuing.next = self.iss.q.val() != self.wr.q.val();
        self.lane.next = self.cur_addr.val() & self.lane_mask.val();
        self.placed.next = (bit_cast::<1024, ENTRY_W>(self.cur_entry.val()) << (self.lane.val() << 3))
            >> (bit_cast::<16, 8>(self.beat.q.val()) << self.data_shift.val());
        self.strobes.next = (self.entry_ones.val() << self.lane.val())
            >> (bit_cast::<16, 8>(self.beat.q.val()) << self.size.val());
        self.m_axi.awvalid.next = (self.iss.q.val() != self.wr.q.val()) & !self.aw_sent.q.val();
        self.m_axi.awaddr.next = self.cur_addr.val();
        self.m_axi.awlen.next = self.last_beat.val();
        self.m_axi.awsize.next = self.size.val();
        self.m_axi.awburst.next = self.incr.val();
        self.m_axi.awid.next = bit_cast::<MOVER_ID_W, 2>(self.iss_slot.val())
            | (bit_cast::<MOVER_ID_W, 1>(self.epoch.q.val().into()) << 4);
        if self.issuing.val() & !self.aw_sent.q.val() & self.m_axi.awready.val() {
            self.aw_sent.d.next = true;
        }
        self.m_axi.wvalid.next = (self.iss.q.val() != self.wr.q.val()) & self.aw_sent.q.val();
        self.m_axi.wdata.next = bit_cast::<D, 1024>(self.placed.val());
        self.m_axi.wstrb.next = bit_cast::<S, 128>(self.strobes.val());
        self.m_axi.wlast.next = self.beat.q.val() == self.last_beat.val();
        if self.issuing.val() & self.aw_sent.q.val() & self.m_axi.wready.val() {
            self.beat.d.next = self.beat.q.val() + 1;
            if self.beat.q.val() == self.last_beat.val() {
                self.beat.d.next = 0.into();
                self.aw_sent.d.next = false;
                self.iss.d.next = self.iss.q.val() + 1;
            }
        }

        // Responses, reported in order.
        self.m_axi.bready.next = true;
        self.b_slot.next = bit_cast::<2, MOVER_ID_W>(self.m_axi.bid.val());
        self.b_ok.next = self.m_axi.bvalid.val()
            & (self.m_axi.bid.val().get_bit(self.epoch_bit.val().index()) == self.epoch.q.val());
        if self.b_ok.val() {
            self.done_n.next = self.done_n.val().replace_bit(self.b_slot.val().index(), true);
            self.err_n.next = self
                .err_n
                .val()
                .replace_bit(self.b_slot.val().index(), self.m_axi.bresp.val() >= self.slresp.val());
        }
        // Events of the oldest answered entry (outputs from registers only).
        self.cq_error.next = (self.ret.q.val() != self.iss.q.val())
            & self.done.q.val().get_bit(bit_cast::<2, 3>(self.ret.q.val()).index())
            & self.err.q.val().get_bit(bit_cast::<2, 3>(self.ret.q.val()).index());
        self.irq_event.next = (self.ret.q.val() != self.iss.q.val())
            & self.done.q.val().get_bit(bit_cast::<2, 3>(self.ret.q.val()).index())
            & self.q_irq.q.val().get_bit(bit_cast::<2, 3>(self.ret.q.val()).index());
        self.event_vi.next = self.head_vi.val();
        if (self.ret.q.val() != self.iss.q.val()) & self.done.q.val().get_bit(self.ret_slot.val().index()) {
            self.ret.d.next = self.ret.q.val() + 1;
        }
        // Watchdog: the oldest written entry not answered in time fails; the epoch flips, so the
        // others in flight time out in turn unless answered.
        self.wd.clock.next = self.clock.val();
        self.wd.limit.next = self.watchdog.val();
        self.wd.after_progress.next = false;
        self.wd.count.next = true;
        self.wd.restart.next =
            self.b_ok.val() | (self.ret.q.val() == self.iss.q.val()) | self.wd.expired.val();
        if self.wd.expired.val() {
            self.epoch.d.next = !self.epoch.q.val();
            self.done_n.next = self.done_n.val().replace_bit(self.ret_slot.val().index(), true);
            self.err_n.next = self.err_n.val().replace_bit(self.ret_slot.val().index(), true);
        }
        self.done.d.next = self.done_n.val();
        self.err.d.next = self.err_n.val();
        self.idle.next = self.wr.q.val() == self.ret.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completer_signs_off() {
        crate::verilog::sign_off("completer64", &mut Completer::<64, 8, 3>::default()).unwrap();
        crate::verilog::sign_off("completer512", &mut Completer::<512, 64, 6>::default()).unwrap();
    }
}
