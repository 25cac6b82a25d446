//! Host writes of the data mover (R6): a chunk's destination range is written in bursts that
//! cross no `2^MB`-byte boundary, their addresses issued from the chunk's start on (each burst
//! planned the cycle before), its beats coming from the realigner through a register slice.
//! Each burst has its own ID; responses are retired in issue order, and the first failing one
//! (SLVERR or DECERR) is reported with its chunk's offset. Without progress on the bus for
//! `watchdog` cycles while writes are outstanding, the oldest is reported as timed out and
//! every outstanding write is forgotten (the ID epoch flips, so late responses are dropped).

use crate::block::constant;
use crate::hdl_block;
use crate::mem_reader::{MOVER_ID_W, SLOTS};
use crate::reg_slice::RegSlice;
use crate::watchdog::Watchdog;
use rust_hdl::prelude::*;

hdl_block! {
    /// `D` data bits, `S = D / 8` strobes, `L = log2 S`, bursts of at most `2^MB` bytes.
    pub struct MemWriter<const D: usize, const S: usize, const L: usize, const MB: usize> {
        pub clock: Signal<In, Clock>,
        /// Start writing a chunk (taken while `issuing` is low).
        pub start: Signal<In, Bit>,
        pub chunk_pa: Signal<In, Bits<64>>,
        pub chunk_len: Signal<In, Bits<16>>,
        pub chunk_off: Signal<In, Bits<32>>,
        /// Addresses of the current chunk are still being issued.
        pub issuing: Signal<Out, Bit>,
        /// The chunk's beats, lanes as the destination address has them.
        pub in_valid: Signal<In, Bit>,
        pub in_ready: Signal<Out, Bit>,
        pub in_data: Signal<In, Bits<D>>,
        pub in_strb: Signal<In, Bits<S>>,
        pub in_last: Signal<In, Bit>,
        /// A write failed (pulse, a cycle after its response): the offset of its chunk, and
        /// whether it timed out.
        pub fail: Signal<Out, Bit>,
        pub fail_off: Signal<Out, Bits<32>>,
        pub fail_timeout: Signal<Out, Bit>,
        /// Every write of the oldest chunk not yet reported has been answered (pulse, a cycle
        /// after the response; also when one of them failed).
        pub chunk_acked: Signal<Out, Bit>,
        /// No address to issue and no response outstanding.
        pub idle: Signal<Out, Bit>,
        pub watchdog: Signal<In, Bits<32>>,
        pub m_axi: crate::axi::Axi4WriteMaster<64, D, S, MOVER_ID_W>,
        active_chunk: DFF<Bit>,
        c_off: DFF<Bits<32>>,
        /// Beats after the entering one before the next 2^MB boundary: zero marks a burst's
        /// last beat (set from the chunk's address at its start, counted down per beat).
        burst_left: DFF<Bits<16>>,
        // Where the next burst starts and how many bytes of the chunk are left from there.
        next_addr: DFF<Bits<64>>,
        left: DFF<Bits<16>>,
        // The next burst, worked out a cycle ahead from `next_addr` and `left`.
        plan_valid: DFF<Bit>,
        plan_bytes: DFF<Bits<16>>,
        plan_len: DFF<Bits<8>>,
        plan_last: DFF<Bit>,
        aw_pending: DFF<Bit>,
        aw_addr: DFF<Bits<64>>,
        aw_len: DFF<Bits<8>>,
        aw_id: DFF<Bits<MOVER_ID_W>>,
        epoch: DFF<Bit>,
        iseq: DFF<Bits<5>>,
        rseq: DFF<Bits<5>>,
        offs: [DFF<Bits<32>>; SLOTS] = crate::block::array(),
        active: DFF<Bits<SLOTS>>,
        done: DFF<Bits<SLOTS>>,
        err: DFF<Bits<SLOTS>>,
        wd: Watchdog,
        // Fewer than SLOTS bursts outstanding, as of a cycle ago: never optimistic, as no burst
        // is issued two cycles running and retiring only makes room.
        slot_free_q: DFF<Bit>,
        room: Signal<Local, Bits<16>>,
        room_short: Signal<Local, Bit>,
        outstanding: Signal<Local, Bits<5>>,
        issue: Signal<Local, Bit>,
        i_slot: Signal<Local, Bits<4>>,
        b_slot: Signal<Local, Bits<4>>,
        b_ok: Signal<Local, Bit>,
        head: Signal<Local, Bits<4>>,
        head_off: Signal<Local, Bits<32>>,
        retire: Signal<Local, Bit>,
        fail_q: DFF<Bit>,
        acked_q: DFF<Bit>,
        ends_chunk: DFF<Bits<SLOTS>>,
        fail_off_q: DFF<Bits<32>>,
        fail_timeout_q: DFF<Bit>,
        progress: Signal<Local, Bit>,
        timeout: Signal<Local, Bit>,
        active_n: Signal<Local, Bits<SLOTS>>,
        done_n: Signal<Local, Bits<SLOTS>>,
        err_n: Signal<Local, Bits<SLOTS>>,
        // The beats leave through a register slice: the host port's WREADY stops there.
        w_slice: RegSlice<D, S>,
        burst_bytes: Constant<Bits<16>> = constant(1 << MB),
        burst_mask: Constant<Bits<64>> = constant((1 << MB) - 1),
        lane_mask: Constant<Bits<64>> = constant((1 << L) - 1),
        burst_beats_minus_one: Constant<Bits<16>> = constant((1 << (MB - L)) - 1),
        lanes_minus_one: Constant<Bits<16>> = constant((1 << L) - 1),
        beat_shift: Constant<Bits<8>> = constant(L as u64),
        size: Constant<Bits<3>> = constant(L as u64),
        incr: Constant<Bits<2>> = constant(crate::axi::BURST_INCR),
        slots: Constant<Bits<5>> = constant(SLOTS as u64),
        slresp: Constant<Bits<2>> = constant(crate::axi::RESP_SLVERR),
        epoch_bit: Constant<Bits<8>> = constant(MOVER_ID_W as u64 - 1),
    }
}

impl<const D: usize, const S: usize, const L: usize, const MB: usize> Logic for MemWriter<D, S, L, MB> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            active_chunk,
            burst_left,
            c_off,
            next_addr,
            left,
            plan_valid,
            plan_bytes,
            plan_len,
            plan_last,
            aw_pending,
            aw_addr,
            aw_len,
            aw_id,
            epoch,
            iseq,
            rseq,
            active,
            done,
            err,
            slot_free_q,
            fail_q,
            fail_off_q,
            fail_timeout_q,
            acked_q,
            ends_chunk
        );
        // The next burst runs to the next 2^MB boundary or to the end of the chunk, whichever
        // comes first. It is planned from registers a cycle before it is issued (an address is
        // never issued two cycles running, so no burst waits for its plan): the room to the
        // boundary takes one short subtraction, and the two candidate lengths need no adder,
        // `(!addr & burst_mask) >> L` beats after the first when the burst fills the room.
        self.room.next =
            self.burst_bytes.val() - bit_cast::<16, 64>(self.next_addr.q.val() & self.burst_mask.val());
        self.room_short.next = self.room.val() < self.left.q.val();
        self.plan_valid.d.next = self.active_chunk.q.val();
        self.plan_bytes.d.next = self.left.q.val();
        self.plan_len.d.next = bit_cast::<8, 16>(
            (bit_cast::<16, 64>(self.next_addr.q.val() & self.lane_mask.val()) + self.left.q.val() - 1)
                >> self.beat_shift.val(),
        );
        self.plan_last.d.next = !self.room_short.val();
        if self.room_short.val() {
            self.plan_bytes.d.next = self.room.val();
            self.plan_len.d.next =
                bit_cast::<8, 64>((!self.next_addr.q.val() & self.burst_mask.val()) >> self.beat_shift.val());
        }
        self.outstanding.next = self.iseq.q.val() - self.rseq.q.val();
        self.slot_free_q.d.next = self.outstanding.val() < self.slots.val();
        self.issue.next = self.active_chunk.q.val()
            & self.plan_valid.q.val()
            & !self.aw_pending.q.val()
            & self.slot_free_q.q.val();
        self.i_slot.next = bit_cast::<4, 5>(self.iseq.q.val());
        if self.issue.val() {
            self.aw_pending.d.next = true;
            self.aw_addr.d.next = self.next_addr.q.val();
            self.aw_len.d.next = self.plan_len.q.val();
            self.aw_id.d.next = bit_cast::<MOVER_ID_W, 4>(self.i_slot.val())
                | (bit_cast::<MOVER_ID_W, 1>(self.epoch.q.val().into()) << 4);
            self.iseq.d.next = self.iseq.q.val() + 1;
            self.next_addr.d.next = self.next_addr.q.val() + bit_cast::<64, 16>(self.plan_bytes.q.val());
            self.left.d.next = self.left.q.val() - self.plan_bytes.q.val();
            self.plan_valid.d.next = false;
            if self.plan_last.q.val() {
                self.active_chunk.d.next = false;
            }
        }
        if self.start.val() & !self.active_chunk.q.val() {
            self.active_chunk.d.next = true;
            self.c_off.d.next = self.chunk_off.val();
            self.burst_left.d.next =
                bit_cast::<16, 64>((!self.chunk_pa.val() & self.burst_mask.val()) >> self.beat_shift.val());
            self.next_addr.d.next = self.chunk_pa.val();
            self.left.d.next = self.chunk_len.val();
            self.plan_valid.d.next = false;
        }
        self.issuing.next = self.active_chunk.q.val();
        self.m_axi.awvalid.next = self.aw_pending.q.val();
        self.m_axi.awaddr.next = self.aw_addr.q.val();
        self.m_axi.awlen.next = self.aw_len.q.val();
        self.m_axi.awid.next = self.aw_id.q.val();
        self.m_axi.awsize.next = self.size.val();
        self.m_axi.awburst.next = self.incr.val();
        if self.aw_pending.q.val() & self.m_axi.awready.val() {
            self.aw_pending.d.next = false;
        }

        // Data, through the slice: a burst ends at each 2^MB boundary and with the chunk (the
        // sink starts a chunk only after every beat of the one before has entered).
        self.w_slice.clock.next = self.clock.val();
        self.w_slice.flush.next = false;
        self.w_slice.in_valid.next = self.in_valid.val();
        self.w_slice.in_data.next = self.in_data.val();
        self.w_slice.in_side.next = self.in_strb.val();
        self.w_slice.in_last.next = self.in_last.val() | !self.burst_left.q.val().any();
        if self.in_valid.val() & self.w_slice.in_ready.val() {
            self.burst_left.d.next = self.burst_left.q.val() - 1;
            if !self.burst_left.q.val().any() {
                self.burst_left.d.next = self.burst_beats_minus_one.val();
            }
        }
        self.in_ready.next = self.w_slice.in_ready.val();
        self.m_axi.wvalid.next = self.w_slice.out_valid.val();
        self.m_axi.wdata.next = self.w_slice.out_data.val();
        self.m_axi.wstrb.next = self.w_slice.out_side.val();
        self.m_axi.wlast.next = self.w_slice.out_last.val();
        self.w_slice.out_ready.next = self.m_axi.wready.val();
        self.fail.next = self.fail_q.q.val();
        self.chunk_acked.next = self.acked_q.q.val();
        self.fail_off.next = self.fail_off_q.q.val();
        self.fail_timeout.next = self.fail_timeout_q.q.val();
        self.idle.next =
            (self.iseq.q.val() == self.rseq.q.val()) & !self.aw_pending.q.val() & !self.active_chunk.q.val();

        // Responses, retired in issue order.
        self.m_axi.bready.next = true;
        self.b_slot.next = bit_cast::<4, MOVER_ID_W>(self.m_axi.bid.val());
        self.b_ok.next = self.m_axi.bvalid.val()
            & (self.m_axi.bid.val().get_bit(self.epoch_bit.val().index()) == self.epoch.q.val())
            & self.active.q.val().get_bit(self.b_slot.val().index());
        self.head.next = bit_cast::<4, 5>(self.rseq.q.val());
        self.head_off.next = 0.into();
        for i in 0..SLOTS {
            self.offs[i].clock.next = self.clock.val();
            self.offs[i].d.next = self.offs[i].q.val();
            if self.issue.val() & (self.i_slot.val().index() == i) {
                self.offs[i].d.next = self.c_off.q.val();
            }
            if self.head.val().index() == i {
                self.head_off.next = self.offs[i].q.val();
            }
        }
        self.active_n.next = self.active.q.val();
        self.done_n.next = self.done.q.val();
        self.err_n.next = self.err.q.val();
        if self.b_ok.val() {
            self.done_n.next = self.done_n.val().replace_bit(self.b_slot.val().index(), true);
            self.err_n.next = self
                .err_n
                .val()
                .replace_bit(self.b_slot.val().index(), self.m_axi.bresp.val() >= self.slresp.val());
        }
        self.retire.next = (self.outstanding.val() != 0) & self.done.q.val().get_bit(self.head.val().index());
        self.fail_q.d.next = false;
        self.acked_q.d.next = false;
        self.fail_off_q.d.next = self.head_off.val();
        self.fail_timeout_q.d.next = false;
        if self.retire.val() {
            self.rseq.d.next = self.rseq.q.val() + 1;
            self.active_n.next = self.active_n.val().replace_bit(self.head.val().index(), false);
            self.fail_q.d.next = self.err.q.val().get_bit(self.head.val().index());
            self.acked_q.d.next = self.ends_chunk.q.val().get_bit(self.head.val().index());
        }
        if self.issue.val() {
            self.ends_chunk.d.next =
                self.ends_chunk.q.val().replace_bit(self.i_slot.val().index(), self.plan_last.q.val());
            self.active_n.next = self.active_n.val().replace_bit(self.i_slot.val().index(), true);
            self.done_n.next = self.done_n.val().replace_bit(self.i_slot.val().index(), false);
            self.err_n.next = self.err_n.val().replace_bit(self.i_slot.val().index(), false);
        }
        self.active.d.next = self.active_n.val();
        self.done.d.next = self.done_n.val();
        self.err.d.next = self.err_n.val();

        // Watchdog: no address, beat or response taken while writes are outstanding.
        self.progress.next = (self.aw_pending.q.val() & self.m_axi.awready.val())
            | (self.w_slice.out_valid.val() & self.m_axi.wready.val())
            | self.b_ok.val();
        self.wd.clock.next = self.clock.val();
        self.wd.limit.next = self.watchdog.val();
        self.wd.after_progress.next = false;
        self.wd.count.next = true;
        self.wd.restart.next = self.progress.val()
            | ((self.outstanding.val() == 0) & !self.aw_pending.q.val())
            | self.wd.expired.val();
        self.timeout.next = self.wd.expired.val();
        if self.timeout.val() {
            // The oldest outstanding write, or the chunk whose address was not taken.
            self.fail_q.d.next = true;
            self.fail_timeout_q.d.next = true;
            if self.outstanding.val() == 0 {
                self.fail_off_q.d.next = self.c_off.q.val();
            }
            self.epoch.d.next = !self.epoch.q.val();
            self.rseq.d.next = self.iseq.q.val();
            self.active.d.next = 0.into();
            self.aw_pending.d.next = false;
            self.active_chunk.d.next = false;
            self.plan_valid.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mem_writer_signs_off() {
        crate::verilog::sign_off("mem_writer", &mut MemWriter::<64, 8, 3, 9>::default()).unwrap();
    }
}
