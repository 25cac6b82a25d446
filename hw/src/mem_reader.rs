//! Host reads of the data mover (R6): each chunk (at most one 4 KiB page of the source) is
//! read in bursts that cross no `2^MB`-byte boundary, several bursts in flight. Each burst has
//! its own ID and its own room in the read buffer, reserved when it is issued, so answers may
//! come in any order; bursts are committed to the buffer in the order they were issued, and a
//! chunk is reported done (with an error if any of its beats answered SLVERR or DECERR, or a
//! burst broke its length) when its last burst is committed.
//!
//! Bursts are issued while fewer than `reads_in_flight` (at most 16) are outstanding and the
//! buffer has room for all their beats, so the read-data channel is never held; one at most
//! every third cycle, each planned from registers the cycle before and its room in the buffer
//! checked then (a 64-beat burst takes 64 cycles on the data channel). Without
//! progress on the bus for `watchdog` cycles `timeout` pulses; `abandon` then forgets every
//! outstanding read: the top ID bit (an epoch) flips, so late answers are dropped.

use crate::block::constant;
use crate::hdl_block;
use crate::watchdog::Watchdog;
use rust_hdl::prelude::*;

/// ID width of the data mover's reads and writes: an epoch bit and one of 16 burst slots.
pub const MOVER_ID_W: usize = 5;
/// Bursts in flight at most (one per ID slot).
pub const SLOTS: usize = 16;
/// Width of a burst's beat count.
pub const BEATS_W: usize = 9;

hdl_block! {
    /// `D` data bits, `L = log2(D / 8)`, bursts of at most `2^MB` bytes, a read buffer of
    /// `2^(N1 - 1)` entries.
    pub struct MemReader<const D: usize, const L: usize, const MB: usize, const N1: usize> {
        pub clock: Signal<In, Clock>,
        /// The chunk to read next (the data mover's issue pointer).
        pub chunk_valid: Signal<In, Bit>,
        pub chunk_pa: Signal<In, Bits<64>>,
        pub chunk_len: Signal<In, Bits<16>>,
        /// Its last burst has been issued: the next chunk follows.
        pub chunk_issued: Signal<Out, Bit>,
        /// The oldest chunk not yet reported is in the buffer (pulse).
        pub chunk_done: Signal<Out, Bit>,
        pub chunk_error: Signal<Out, Bit>,
        pub timeout: Signal<Out, Bit>,
        pub abandon: Signal<In, Bit>,
        pub idle: Signal<Out, Bit>,
        pub watchdog: Signal<In, Bits<32>>,
        pub reads_in_flight: Signal<In, Bits<8>>,
        // The read buffer.
        pub buf_free: Signal<In, Bits<N1>>,
        pub buf_alloc: Signal<In, Bits<N1>>,
        pub reserve: Signal<Out, Bit>,
        pub reserve_beats: Signal<Out, Bits<N1>>,
        pub write: Signal<Out, Bit>,
        pub write_at: Signal<Out, Bits<N1>>,
        pub write_data: Signal<Out, Bits<D>>,
        pub commit: Signal<Out, Bit>,
        pub commit_beats: Signal<Out, Bits<N1>>,
        pub m_axi: crate::axi::Axi4ReadMaster<64, D, MOVER_ID_W>,
        // Where the chunk's next burst starts and the bytes left from there, once `mid_chunk`
        // (a burst of the chunk was issued); before, the chunk's own address and length.
        mid_chunk: DFF<Bit>,
        next_addr: DFF<Bits<64>>,
        left: DFF<Bits<16>>,
        // The next burst, worked out a cycle ahead (`nb_fresh`: from the values still current),
        // so issuing waits on no address arithmetic.
        nb_fresh: DFF<Bit>,
        // The read buffer has room for the planned burst, as of a cycle ago: set only while
        // the plan stays (fresh, nothing issued), and the room only grows but by an issue.
        room_ok_q: DFF<Bit>,
        nb_addr: DFF<Bits<64>>,
        nb_left: DFF<Bits<16>>,
        nb_bytes: DFF<Bits<16>>,
        nb_beats: DFF<Bits<16>>,
        nb_last: DFF<Bit>,
        ar_pending: DFF<Bit>,
        ar_addr: DFF<Bits<64>>,
        ar_len: DFF<Bits<8>>,
        ar_id: DFF<Bits<MOVER_ID_W>>,
        epoch: DFF<Bit>,
        iseq: DFF<Bits<5>>,
        rseq: DFF<Bits<5>>,
        base: [DFF<Bits<N1>>; SLOTS] = crate::block::array(),
        beats: [DFF<Bits<BEATS_W>>; SLOTS] = crate::block::array(),
        cnt: [DFF<Bits<BEATS_W>>; SLOTS] = crate::block::array(),
        active: DFF<Bits<SLOTS>>,
        done: DFF<Bits<SLOTS>>,
        err: DFF<Bits<SLOTS>>,
        ends_chunk: DFF<Bits<SLOTS>>,
        /// Per slot, from its counts a cycle ahead: a beat is still due (`cnt < beats`), and
        /// the next beat is the burst's last (`cnt + 1 == beats`). An R beat picks a bit.
        due: DFF<Bits<SLOTS>>,
        due_last: DFF<Bits<SLOTS>>,
        chunk_err: DFF<Bit>,
        wd: Watchdog,
        // Fewer than `limit` bursts outstanding, as of a cycle ago: never optimistic, as no burst
        // is issued two cycles running and retiring only makes room.
        slot_free_q: DFF<Bit>,
        addr: Signal<Local, Bits<64>>,
        rem: Signal<Local, Bits<16>>,
        room: Signal<Local, Bits<16>>,
        room_short: Signal<Local, Bit>,
        outstanding: Signal<Local, Bits<5>>,
        limit: Signal<Local, Bits<5>>,
        issue: Signal<Local, Bit>,
        r_slot: Signal<Local, Bits<4>>,
        r_ok: Signal<Local, Bit>,
        r_base: Signal<Local, Bits<N1>>,
        r_cnt: Signal<Local, Bits<BEATS_W>>,
        r_take: Signal<Local, Bit>,
        r_end: Signal<Local, Bit>,
        head: Signal<Local, Bits<4>>,
        head_beats_out: Signal<Local, Bits<BEATS_W>>,
        retire: Signal<Local, Bit>,
        progress: Signal<Local, Bit>,
        i_slot: Signal<Local, Bits<4>>,
        active_n: Signal<Local, Bits<SLOTS>>,
        done_n: Signal<Local, Bits<SLOTS>>,
        err_n: Signal<Local, Bits<SLOTS>>,
        due_n: Signal<Local, Bits<SLOTS>>,
        due_last_n: Signal<Local, Bits<SLOTS>>,
        burst_bytes: Constant<Bits<16>> = constant(1 << MB),
        burst_mask: Constant<Bits<64>> = constant((1 << MB) - 1),
        lane_mask: Constant<Bits<64>> = constant((1 << L) - 1),
        lanes_minus_one: Constant<Bits<16>> = constant((1 << L) - 1),
        beat_shift: Constant<Bits<8>> = constant(L as u64),
        size: Constant<Bits<3>> = constant(L as u64),
        incr: Constant<Bits<2>> = constant(crate::axi::BURST_INCR),
        slots: Constant<Bits<5>> = constant(SLOTS as u64),
        slresp: Constant<Bits<2>> = constant(crate::axi::RESP_SLVERR),
        epoch_bit: Constant<Bits<8>> = constant(MOVER_ID_W as u64 - 1),
    }
}

impl<const D: usize, const L: usize, const MB: usize, const N1: usize> Logic for MemReader<D, L, MB, N1> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            mid_chunk,
            next_addr,
            left,
            nb_fresh,
            room_ok_q,
            nb_addr,
            nb_left,
            nb_bytes,
            nb_beats,
            nb_last,
            ar_pending,
            ar_addr,
            ar_len,
            ar_id,
            epoch,
            iseq,
            rseq,
            active,
            done,
            err,
            ends_chunk,
            due,
            due_last,
            chunk_err,
            slot_free_q
        );
        // The next burst of the chunk runs to the next 2^MB boundary or to the chunk's end,
        // whichever comes first. Both candidate beat counts are worked out beside the room
        // compare, which only picks one: `(!addr & burst_mask) >> L` beats after the first
        // when the burst fills the room to the boundary.
        self.addr.next = self.chunk_pa.val();
        self.rem.next = self.chunk_len.val();
        if self.mid_chunk.q.val() {
            self.addr.next = self.next_addr.q.val();
            self.rem.next = self.left.q.val();
        }
        self.room.next = self.burst_bytes.val() - bit_cast::<16, 64>(self.addr.val() & self.burst_mask.val());
        self.room_short.next = self.room.val() < self.rem.val();
        self.nb_bytes.d.next = self.rem.val();
        self.nb_beats.d.next = (bit_cast::<16, 64>(self.addr.val() & self.lane_mask.val())
            + self.rem.val()
            + self.lanes_minus_one.val())
            >> self.beat_shift.val();
        if self.room_short.val() {
            self.nb_bytes.d.next = self.room.val();
            self.nb_beats.d.next =
                bit_cast::<16, 64>((!self.addr.val() & self.burst_mask.val()) >> self.beat_shift.val()) + 1;
        }
        self.nb_last.d.next = !self.room_short.val();
        self.outstanding.next = self.iseq.q.val() - self.rseq.q.val();
        self.limit.next = self.slots.val();
        if bit_cast::<8, 5>(self.slots.val()) > self.reads_in_flight.val() {
            self.limit.next = bit_cast::<5, 8>(self.reads_in_flight.val());
        }
        self.slot_free_q.d.next = self.outstanding.val() < self.limit.val();
        self.nb_addr.d.next = self.addr.val();
        self.nb_left.d.next = self.rem.val();
        self.issue.next = self.chunk_valid.val()
            & self.nb_fresh.q.val()
            & !self.ar_pending.q.val()
            & !self.abandon.val()
            & self.slot_free_q.q.val()
            & self.room_ok_q.q.val();
        self.nb_fresh.d.next = self.chunk_valid.val() & !self.issue.val();
        self.room_ok_q.d.next = self.chunk_valid.val()
            & self.nb_fresh.q.val()
            & !self.issue.val()
            & (bit_cast::<16, N1>(self.buf_free.val()) >= self.nb_beats.q.val());
        self.i_slot.next = bit_cast::<4, 5>(self.iseq.q.val());
        self.reserve.next = self.issue.val();
        self.reserve_beats.next = bit_cast::<N1, 16>(self.nb_beats.q.val());
        self.chunk_issued.next = false;
        if self.issue.val() {
            self.ar_pending.d.next = true;
            self.ar_addr.d.next = self.nb_addr.q.val();
            self.ar_len.d.next = bit_cast::<8, 16>(self.nb_beats.q.val() - 1);
            self.ar_id.d.next = bit_cast::<MOVER_ID_W, 4>(self.i_slot.val())
                | (bit_cast::<MOVER_ID_W, 1>(self.epoch.q.val().into()) << 4);
            self.iseq.d.next = self.iseq.q.val() + 1;
            self.next_addr.d.next = self.nb_addr.q.val() + bit_cast::<64, 16>(self.nb_bytes.q.val());
            self.left.d.next = self.nb_left.q.val() - self.nb_bytes.q.val();
            self.mid_chunk.d.next = !self.nb_last.q.val();
            self.chunk_issued.next = self.nb_last.q.val();
        }
        self.m_axi.arvalid.next = self.ar_pending.q.val();
        self.m_axi.araddr.next = self.ar_addr.q.val();
        self.m_axi.arlen.next = self.ar_len.q.val();
        self.m_axi.arid.next = self.ar_id.q.val();
        self.m_axi.arsize.next = self.size.val();
        self.m_axi.arburst.next = self.incr.val();
        if self.ar_pending.q.val() & self.m_axi.arready.val() {
            self.ar_pending.d.next = false;
        }

        // Read data: by ID into the burst's room; answers of an old epoch are dropped.
        self.m_axi.rready.next = true;
        self.r_slot.next = bit_cast::<4, MOVER_ID_W>(self.m_axi.rid.val());
        self.r_ok.next = self.m_axi.rvalid.val()
            & (self.m_axi.rid.val().get_bit(self.epoch_bit.val().index()) == self.epoch.q.val())
            & self.active.q.val().get_bit(self.r_slot.val().index());
        self.r_base.next = 0.into();
        self.r_cnt.next = 0.into();
        self.head.next = bit_cast::<4, 5>(self.rseq.q.val());
        self.head_beats_out.next = 0.into();
        for i in 0..SLOTS {
            self.base[i].clock.next = self.clock.val();
            self.beats[i].clock.next = self.clock.val();
            self.cnt[i].clock.next = self.clock.val();
            self.base[i].d.next = self.base[i].q.val();
            self.beats[i].d.next = self.beats[i].q.val();
            self.cnt[i].d.next = self.cnt[i].q.val();
            if self.r_slot.val().index() == i {
                self.r_base.next = self.base[i].q.val();
                self.r_cnt.next = self.cnt[i].q.val();
            }
            if bit_cast::<4, 5>(self.rseq.q.val()).index() == i {
                self.head_beats_out.next = self.beats[i].q.val();
            }
        }
        self.r_take.next = self.r_ok.val() & self.due.q.val().get_bit(self.r_slot.val().index());
        self.r_end.next = self.due_last.q.val().get_bit(self.r_slot.val().index());
        self.write.next = self.r_take.val();
        self.write_at.next = self.r_base.val() + bit_cast::<N1, BEATS_W>(self.r_cnt.val());
        self.write_data.next = self.m_axi.rdata.val();
        self.due_n.next = self.due.q.val();
        self.due_last_n.next = self.due_last.q.val();
        for i in 0..SLOTS {
            if self.r_take.val() & (self.r_slot.val().index() == i) {
                self.cnt[i].d.next = self.cnt[i].q.val() + 1;
                self.due_n.next =
                    self.due_n.val().replace_bit(i, (self.cnt[i].q.val() + 1) < self.beats[i].q.val());
                self.due_last_n.next =
                    self.due_last_n.val().replace_bit(i, (self.cnt[i].q.val() + 2) == self.beats[i].q.val());
            }
            if self.issue.val() & (self.i_slot.val().index() == i) {
                self.base[i].d.next = self.buf_alloc.val();
                self.beats[i].d.next = bit_cast::<BEATS_W, 16>(self.nb_beats.q.val());
                self.cnt[i].d.next = 0.into();
                self.due_n.next =
                    self.due_n.val().replace_bit(i, bit_cast::<BEATS_W, 16>(self.nb_beats.q.val()).any());
                self.due_last_n.next =
                    self.due_last_n.val().replace_bit(i, bit_cast::<BEATS_W, 16>(self.nb_beats.q.val()) == 1);
            }
        }
        self.due.d.next = self.due_n.val();
        self.due_last.d.next = self.due_last_n.val();
        self.active_n.next = self.active.q.val();
        self.done_n.next = self.done.q.val();
        self.err_n.next = self.err.q.val();
        if self.r_take.val() {
            // SLVERR or DECERR, or RLAST early or missing (a broken burst): an error.
            if (self.m_axi.rresp.val() >= self.slresp.val()) | (self.m_axi.rlast.val() != self.r_end.val()) {
                self.err_n.next = self.err_n.val().replace_bit(self.r_slot.val().index(), true);
            }
            if self.m_axi.rlast.val() | self.r_end.val() {
                self.done_n.next = self.done_n.val().replace_bit(self.r_slot.val().index(), true);
            }
        }

        // Retire the oldest burst once complete; a chunk is done with its last burst. (Outputs
        // from registers only, in statements of their own.)
        self.commit.next = (self.iseq.q.val() != self.rseq.q.val())
            & self.done.q.val().get_bit(bit_cast::<4, 5>(self.rseq.q.val()).index());
        self.commit_beats.next = bit_cast::<N1, BEATS_W>(self.head_beats_out.val());
        self.chunk_done.next = (self.iseq.q.val() != self.rseq.q.val())
            & self.done.q.val().get_bit(bit_cast::<4, 5>(self.rseq.q.val()).index())
            & self.ends_chunk.q.val().get_bit(bit_cast::<4, 5>(self.rseq.q.val()).index());
        self.chunk_error.next =
            self.chunk_err.q.val() | self.err.q.val().get_bit(bit_cast::<4, 5>(self.rseq.q.val()).index());
        self.timeout.next = self.wd.expired.val();
        self.idle.next = (self.iseq.q.val() == self.rseq.q.val()) & !self.ar_pending.q.val();
        self.retire.next = (self.outstanding.val() != 0) & self.done.q.val().get_bit(self.head.val().index());
        if self.retire.val() {
            self.rseq.d.next = self.rseq.q.val() + 1;
            self.chunk_err.d.next =
                self.chunk_err.q.val() | self.err.q.val().get_bit(self.head.val().index());
            self.active_n.next = self.active_n.val().replace_bit(self.head.val().index(), false);
            if self.ends_chunk.q.val().get_bit(self.head.val().index()) {
                self.chunk_err.d.next = false;
            }
        }
        if self.issue.val() {
            self.active_n.next = self.active_n.val().replace_bit(self.i_slot.val().index(), true);
            self.done_n.next = self.done_n.val().replace_bit(self.i_slot.val().index(), false);
            self.err_n.next = self.err_n.val().replace_bit(self.i_slot.val().index(), false);
            self.ends_chunk.d.next =
                self.ends_chunk.q.val().replace_bit(self.i_slot.val().index(), self.nb_last.q.val());
        }
        self.active.d.next = self.active_n.val();
        self.done.d.next = self.done_n.val();
        self.err.d.next = self.err_n.val();

        // Watchdog: cycles without a beat or an address taken while reads are outstanding.
        self.progress.next = self.r_take.val() | (self.ar_pending.q.val() & self.m_axi.arready.val());
        self.wd.clock.next = self.clock.val();
        self.wd.limit.next = self.watchdog.val();
        self.wd.after_progress.next = false;
        self.wd.count.next = true;
        self.wd.restart.next = self.progress.val()
            | ((self.outstanding.val() == 0) & !self.ar_pending.q.val())
            | self.wd.expired.val()
            | self.abandon.val();
        if self.abandon.val() {
            self.epoch.d.next = !self.epoch.q.val();
            self.rseq.d.next = self.iseq.q.val();
            self.active.d.next = 0.into();
            self.ar_pending.d.next = false;
            self.mid_chunk.d.next = false;
            self.nb_fresh.d.next = false;
            self.room_ok_q.d.next = false;
            self.chunk_err.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mem_reader_signs_off() {
        crate::verilog::sign_off("mem_reader", &mut MemReader::<64, 3, 9, 11>::default()).unwrap();
    }
}
