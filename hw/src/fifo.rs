//! Read buffer of the data mover: host read data (and stream input) waits here until its
//! whole chunk has arrived, so a chunk whose read fails moves nothing (R6). A FIFO of one
//! block RAM whose producers work in three steps, so host reads with one ID per burst can be
//! answered in any order: *reserve* room for a burst (the entries from `alloc` on are its),
//! *write* each beat at its own entry as it arrives, *commit* bursts in the order they were
//! reserved once they are complete. The consumer sees committed entries only: `valid`/`data`
//! show the oldest, `pop` takes it. A stream producer does all three steps for a beat in one
//! cycle. `flush` empties the buffer.
//!
//! Committed entries move from the RAM into a two-entry output queue as it has room, so the
//! consumer sees registers only and its `pop` never reaches the RAM's address: an entry is
//! shown three cycles after its commit, and a beat a cycle leaves at full rate.

use crate::hdl_block;
use rust_hdl::prelude::*;

hdl_block! {
    /// `2^N` entries of `D` bits; `N1 = N + 1` (pointers carry a wrap bit).
    pub struct ReadBuffer<const D: usize, const N: usize, const N1: usize> {
        pub clock: Signal<In, Clock>,
        /// Entries neither popped nor reserved.
        pub free: Signal<Out, Bits<N1>>,
        /// The first entry the next reservation gets.
        pub alloc: Signal<Out, Bits<N1>>,
        /// Reserve `reserve_beats` entries (at most `free`).
        pub reserve: Signal<In, Bit>,
        pub reserve_beats: Signal<In, Bits<N1>>,
        pub write: Signal<In, Bit>,
        pub write_at: Signal<In, Bits<N1>>,
        pub write_data: Signal<In, Bits<D>>,
        /// Show `commit_beats` more entries (written no later than this cycle).
        pub commit: Signal<In, Bit>,
        pub commit_beats: Signal<In, Bits<N1>>,
        pub valid: Signal<Out, Bit>,
        pub data: Signal<Out, Bits<D>>,
        /// Take the entry shown (only while `valid`).
        pub pop: Signal<In, Bit>,
        /// Empty the buffer (other requests in the same cycle are ignored).
        pub flush: Signal<In, Bit>,
        ram: RAM<Bits<D>, N>,
        alloc_q: DFF<Bits<N1>>,
        committed: DFF<Bits<N1>>,
        /// The RAM holds a committed entry at `rd` (commits of the previous cycle count: the
        /// RAM's read port can show them), worked out a cycle ahead.
        avail: DFF<Bit>,
        rd: DFF<Bits<N1>>,
        /// `rd + 1`, kept beside it so no adder sits before the RAM's read address.
        rd_inc: DFFWithInit<Bits<N1>> = DFFWithInit::new(1u64.to_bits()),
        rd_next: Signal<Local, Bits<N1>>,
        /// The output queue: two entries, their write and read slots, how many are held.
        out: [DFF<Bits<D>>; 2] = crate::block::array(),
        out_wr: DFF<Bit>,
        out_rd: DFF<Bit>,
        out_count: DFF<Bits<2>>,
        /// Entries neither popped nor reserved, kept as a count (not worked out from the
        /// pointers) so that `free` comes from a register.
        free_q: DFFWithInit<Bits<N1>> = DFFWithInit::new((1u64 << N).to_bits()),
        load: Signal<Local, Bit>,
        take: Signal<Local, Bit>,
        size: Constant<Bits<N1>> = crate::block::constant(1 << N),
    }
}

impl<const D: usize, const N: usize, const N1: usize> Logic for ReadBuffer<D, N, N1> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, alloc_q, committed, avail, rd, rd_inc, out_wr, out_rd, out_count, free_q);
        self.ram.read_clock.next = self.clock.val();
        self.ram.write_clock.next = self.clock.val();
        // The RAM shows entry `rd`; it moves to the output queue while the queue has room.
        self.load.next = self.avail.q.val() & (self.out_count.q.val() != 2);
        self.take.next = self.pop.val() & self.out_count.q.val().any();
        self.rd_next.next = self.rd.q.val();
        self.avail.d.next = self.rd.q.val() != self.committed.q.val();
        if self.load.val() {
            self.rd_next.next = self.rd_inc.q.val();
            self.rd_inc.d.next = self.rd_inc.q.val() + 1;
            self.avail.d.next = self.rd_inc.q.val() != self.committed.q.val();
        }
        for i in 0..2 {
            self.out[i].clock.next = self.clock.val();
            self.out[i].d.next = self.out[i].q.val();
            if self.load.val() & (self.out_wr.q.val() == (i == 1)) {
                self.out[i].d.next = self.ram.read_data.val();
            }
        }
        if self.load.val() {
            self.out_wr.d.next = !self.out_wr.q.val();
        }
        if self.take.val() {
            self.out_rd.d.next = !self.out_rd.q.val();
        }
        self.out_count.d.next = self.out_count.q.val();
        if self.load.val() & !self.take.val() {
            self.out_count.d.next = self.out_count.q.val() + 1;
        }
        if !self.load.val() & self.take.val() {
            self.out_count.d.next = self.out_count.q.val() - 1;
        }
        self.ram.read_address.next = bit_cast::<N, N1>(self.rd_next.val());
        self.ram.write_address.next = bit_cast::<N, N1>(self.write_at.val());
        self.ram.write_data.next = self.write_data.val();
        self.ram.write_enable.next = self.write.val() & !self.flush.val();
        // A reservation takes entries; a pop gives one back (one in the output queue still
        // counts as taken, until popped).
        self.free_q.d.next = self.free_q.q.val();
        if self.take.val() {
            self.free_q.d.next = self.free_q.q.val() + 1;
        }
        if self.reserve.val() {
            self.alloc_q.d.next = self.alloc_q.q.val() + self.reserve_beats.val();
            self.free_q.d.next = self.free_q.q.val() - self.reserve_beats.val();
            if self.take.val() {
                self.free_q.d.next = self.free_q.q.val() + 1 - self.reserve_beats.val();
            }
        }
        if self.commit.val() {
            self.committed.d.next = self.committed.q.val() + self.commit_beats.val();
        }
        self.rd.d.next = self.rd_next.val();
        if self.flush.val() {
            self.alloc_q.d.next = 0.into();
            self.committed.d.next = 0.into();
            self.avail.d.next = false;
            self.rd.d.next = 0.into();
            self.rd_inc.d.next = 1.into();
            self.out_wr.d.next = false;
            self.out_rd.d.next = false;
            self.out_count.d.next = 0.into();
            self.free_q.d.next = self.size.val();
        }
        self.valid.next = self.out_count.q.val().any();
        self.data.next = self.out[0].q.val();
        if self.out_rd.q.val() {
            self.data.next = self.out[1].q.val();
        }
        self.alloc.next = self.alloc_q.q.val();
        self.free.next = self.free_q.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_buffer_signs_off() {
        crate::verilog::sign_off("read_buffer", &mut ReadBuffer::<64, 4, 5>::default()).unwrap();
    }
}
