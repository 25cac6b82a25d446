//! Data FIFO of the data mover: host read data (and stream input) waits here until its whole
//! chunk has arrived, so a chunk whose read fails moves nothing (R6). One block RAM, show-ahead
//! output (`valid`/`data` of the oldest entry, `pop` takes it), `count` of every entry pushed
//! and not popped (what the read credits are computed from), `flush` empties it in one cycle.
//!
//! The RAM's read port is registered, so an entry becomes visible two cycles after its push.

use crate::hdl_block;
use rust_hdl::prelude::*;

hdl_block! {
    /// `2^N` entries of `D` bits; `N1 = N + 1`.
    pub struct DataFifo<const D: usize, const N: usize, const N1: usize> {
        pub clock: Signal<In, Clock>,
        /// Add `push_data` (the caller checks `count` for room).
        pub push: Signal<In, Bit>,
        pub push_data: Signal<In, Bits<D>>,
        pub valid: Signal<Out, Bit>,
        pub data: Signal<Out, Bits<D>>,
        /// Take the entry shown (only while `valid`).
        pub pop: Signal<In, Bit>,
        pub count: Signal<Out, Bits<N1>>,
        /// Empty the FIFO (pushes and pops in the same cycle are ignored).
        pub flush: Signal<In, Bit>,
        ram: RAM<Bits<D>, N>,
        wr: DFF<Bits<N1>>,
        rd: DFF<Bits<N1>>,
        wr_seen: DFF<Bits<N1>>,
        rd_next: Signal<Local, Bits<N1>>,
    }
}

impl<const D: usize, const N: usize, const N1: usize> Logic for DataFifo<D, N, N1> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, wr, rd, wr_seen);
        self.ram.read_clock.next = self.clock.val();
        self.ram.write_clock.next = self.clock.val();
        self.rd_next.next = self.rd.q.val();
        if self.pop.val() & (self.rd.q.val() != self.wr_seen.q.val()) {
            self.rd_next.next = self.rd.q.val() + 1;
        }
        self.ram.read_address.next = bit_cast::<N, N1>(self.rd_next.val());
        self.ram.write_address.next = bit_cast::<N, N1>(self.wr.q.val());
        self.ram.write_data.next = self.push_data.val();
        self.ram.write_enable.next = self.push.val() & !self.flush.val();
        if self.push.val() {
            self.wr.d.next = self.wr.q.val() + 1;
        }
        // The write pointer as the RAM's read port sees it: one cycle late.
        self.wr_seen.d.next = self.wr.q.val();
        self.rd.d.next = self.rd_next.val();
        if self.flush.val() {
            self.wr.d.next = 0.into();
            self.rd.d.next = 0.into();
            self.wr_seen.d.next = 0.into();
        }
        self.valid.next = self.rd.q.val() != self.wr_seen.q.val();
        self.data.next = self.ram.read_data.val();
        self.count.next = self.wr.q.val() - self.rd.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifo_signs_off() {
        crate::verilog::sign_off("data_fifo", &mut DataFifo::<64, 4, 5>::default()).unwrap();
    }
}
