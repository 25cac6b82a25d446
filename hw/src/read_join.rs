//! Read join: the page walker's and the data mover's AXI4 read ports on the engine's one host
//! port, routed back by ID (the top ID bit names the requester: 0 walker, 1 data mover).
//!
//! The walker reads with 64-bit beats. Its table-line reads (64 beats, 512-byte aligned)
//! leave as full-width bursts of `512 / (D / 8)` beats, and each wide beat returns to the
//! walker as `D / 64` beats, one per cycle (R is held meanwhile; the walker always takes
//! them). Its single-entry reads (line cache off) leave unchanged as one narrow 8-byte beat,
//! whose data comes back in the lanes of its address. Address requests are granted one at a
//! time, the walker first; a request, once shown, stays until taken. R enters through a
//! register slice, so the requesters' RREADY reaches no further than the slice.

use crate::axi::{self, Axi4ReadMaster, Axi4ReadSlave};
use crate::hdl_block;
use crate::reg_slice::RegSlice;
use rust_hdl::prelude::*;

/// ID width of the data mover's side.
pub const MOVER_ID_W: usize = crate::mem_reader::MOVER_ID_W;
/// Host-port ID width: the requester bit above the data mover's IDs (the walker's 4-bit IDs
/// are zero-extended).
pub const HOST_ID_W: usize = MOVER_ID_W + 1;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum Grant {
    None,
    Walker,
    Mover,
}

hdl_block! {
    /// `D` data bits of the host port; `L = log2(D / 8)`.
    pub struct ReadJoin<const D: usize, const L: usize> {
        pub clock: Signal<In, Clock>,
        /// The walker's port (its manager side is the walker).
        pub walker: Axi4ReadSlave<{ axi::ADDR_W }, { axi::DATA_W }, { axi::ID_W }>,
        pub mover: Axi4ReadSlave<{ axi::ADDR_W }, D, MOVER_ID_W>,
        pub m_axi: Axi4ReadMaster<{ axi::ADDR_W }, D, HOST_ID_W>,
        // Each requester's address request, registered (its ARREADY is "the slot is empty").
        w_valid: DFF<Bit>,
        w_addr: DFF<Bits<64>>,
        w_len: DFF<Bits<8>>,
        w_size: DFF<Bits<3>>,
        w_burst: DFF<Bits<2>>,
        w_id: DFF<Bits<HOST_ID_W>>,
        w_line: DFF<Bit>,
        m_valid: DFF<Bit>,
        m_addr: DFF<Bits<64>>,
        m_len: DFF<Bits<8>>,
        m_size: DFF<Bits<3>>,
        m_burst: DFF<Bits<2>>,
        m_id: DFF<Bits<HOST_ID_W>>,
        hold: DFF<Grant>,
        /// The walker's current read is a line read, and the 64-bit lane of a single read.
        line: DFF<Bit>,
        lane: DFF<Bits<8>>,
        /// A wide beat being handed to the walker 64 bits at a time.
        split: DFF<Bit>,
        sub: DFF<Bits<8>>,
        wide_beat: DFF<Bits<D>>,
        beat_last: DFF<Bit>,
        beat_resp: DFF<Bits<2>>,
        beat_id: DFF<Bits<{ axi::ID_W }>>,
        grant: Signal<Local, Grant>,
        /// The host's R channel, registered: ID and response as the side bits.
        r_slice: RegSlice<D, { HOST_ID_W + 2 }>,
        r_valid: Signal<Local, Bit>,
        r_id: Signal<Local, Bits<HOST_ID_W>>,
        r_data: Signal<Local, Bits<D>>,
        r_resp: Signal<Local, Bits<2>>,
        r_last: Signal<Local, Bit>,
        beat_shift: Constant<Bits<3>> = crate::block::constant(L as u64),
        last_sub: Constant<Bits<8>> = crate::block::constant((1u64 << (L - 3)) - 1),
        lane_mask: Constant<Bits<64>> = crate::block::constant((1u64 << (L - 3)) - 1),
        mover_bit: Constant<Bits<HOST_ID_W>> = crate::block::constant(1 << MOVER_ID_W),
        mover_bit_index: Constant<Bits<8>> = crate::block::constant(MOVER_ID_W as u64),
    }
}

impl<const D: usize, const L: usize> Logic for ReadJoin<D, L> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, w_valid, w_addr, w_len, w_size, w_burst, w_id, w_line, m_valid, m_addr, m_len,
            m_size, m_burst, m_id, hold, line, lane, split, sub, wide_beat, beat_last, beat_resp, beat_id
        );
        // Address channel. Outputs from registers only: the requesters' ARREADY is "my slot is
        // empty", the host's AR is the granted slot.
        self.walker.arready.next = !self.w_valid.q.val();
        self.mover.arready.next = !self.m_valid.q.val();
        self.m_axi.arvalid.next = (self.hold.q.val() != Grant::None)
            | ((self.hold.q.val() == Grant::None) & (self.w_valid.q.val() | self.m_valid.q.val()));
        self.m_axi.arid.next = self.m_id.q.val();
        self.m_axi.araddr.next = self.m_addr.q.val();
        self.m_axi.arlen.next = self.m_len.q.val();
        self.m_axi.arsize.next = self.m_size.q.val();
        self.m_axi.arburst.next = self.m_burst.q.val();
        if (self.hold.q.val() == Grant::Walker) | ((self.hold.q.val() == Grant::None) & self.w_valid.q.val())
        {
            self.m_axi.arid.next = self.w_id.q.val();
            self.m_axi.araddr.next = self.w_addr.q.val();
            self.m_axi.arlen.next = self.w_len.q.val();
            self.m_axi.arsize.next = self.w_size.q.val();
            self.m_axi.arburst.next = self.w_burst.q.val();
        }
        // Requests into the slots; a walker line read becomes full-width beats.
        if self.walker.arvalid.val() & !self.w_valid.q.val() {
            self.w_valid.d.next = true;
            self.w_addr.d.next = self.walker.araddr.val();
            self.w_len.d.next = self.walker.arlen.val();
            self.w_size.d.next = self.walker.arsize.val();
            self.w_burst.d.next = self.walker.arburst.val();
            self.w_id.d.next = bit_cast::<HOST_ID_W, { axi::ID_W }>(self.walker.arid.val());
            self.w_line.d.next = self.walker.arlen.val().any();
            if self.walker.arlen.val().any() {
                self.w_len.d.next = bit_cast::<8, 16>(
                    ((bit_cast::<16, 8>(self.walker.arlen.val()) + 1) << 3) >> self.beat_shift.val(),
                ) - 1;
                self.w_size.d.next = self.beat_shift.val();
            }
        }
        if self.mover.arvalid.val() & !self.m_valid.q.val() {
            self.m_valid.d.next = true;
            self.m_addr.d.next = self.mover.araddr.val();
            self.m_len.d.next = self.mover.arlen.val();
            self.m_size.d.next = self.mover.arsize.val();
            self.m_burst.d.next = self.mover.arburst.val();
            self.m_id.d.next =
                bit_cast::<HOST_ID_W, MOVER_ID_W>(self.mover.arid.val()) | self.mover_bit.val();
        }
        // The walker first; a request shown stays until taken.
        self.grant.next = self.hold.q.val();
        if self.hold.q.val() == Grant::None {
            if self.w_valid.q.val() {
                self.grant.next = Grant::Walker;
            } else if self.m_valid.q.val() {
                self.grant.next = Grant::Mover;
            }
        }
        self.hold.d.next = self.grant.val();
        if self.m_axi.arready.val() {
            self.hold.d.next = Grant::None;
            if self.grant.val() == Grant::Walker {
                self.w_valid.d.next = false;
                self.line.d.next = self.w_line.q.val();
                self.lane.d.next = bit_cast::<8, 64>((self.w_addr.q.val() >> 3) & self.lane_mask.val());
            }
            if self.grant.val() == Grant::Mover {
                self.m_valid.d.next = false;
            }
        }

        // The host's R channel through the register slice.
        self.r_slice.clock.next = self.clock.val();
        self.r_slice.flush.next = false;
        self.r_slice.in_valid.next = self.m_axi.rvalid.val();
        self.m_axi.rready.next = self.r_slice.in_ready.val();
        self.r_slice.in_data.next = self.m_axi.rdata.val();
        self.r_slice.in_side.next = (bit_cast::<{ HOST_ID_W + 2 }, HOST_ID_W>(self.m_axi.rid.val()) << 2)
            | bit_cast::<{ HOST_ID_W + 2 }, 2>(self.m_axi.rresp.val());
        self.r_slice.in_last.next = self.m_axi.rlast.val();
        self.r_valid.next = self.r_slice.out_valid.val();
        self.r_id.next = bit_cast::<HOST_ID_W, { HOST_ID_W + 2 }>(self.r_slice.out_side.val() >> 2);
        self.r_data.next = self.r_slice.out_data.val();
        self.r_resp.next = bit_cast::<2, { HOST_ID_W + 2 }>(self.r_slice.out_side.val());
        self.r_last.next = self.r_slice.out_last.val();

        // Read data: by the requester bit of the ID (outputs from the slice and registers only).
        self.mover.rvalid.next =
            self.r_valid.val() & self.r_id.val().get_bit(self.mover_bit_index.val().index());
        self.mover.rid.next = bit_cast::<MOVER_ID_W, HOST_ID_W>(self.r_id.val());
        self.mover.rdata.next = self.r_data.val();
        self.mover.rresp.next = self.r_resp.val();
        self.mover.rlast.next = self.r_last.val();
        self.walker.rvalid.next = self.split.q.val()
            | (!self.line.q.val()
                & self.r_valid.val()
                & !self.r_id.val().get_bit(self.mover_bit_index.val().index()));
        self.walker.rdata.next =
            bit_cast::<{ axi::DATA_W }, D>(self.r_data.val() >> (bit_cast::<16, 8>(self.lane.q.val()) << 6));
        if self.split.q.val() {
            self.walker.rdata.next = bit_cast::<{ axi::DATA_W }, D>(
                self.wide_beat.q.val() >> (bit_cast::<16, 8>(self.sub.q.val()) << 6),
            );
        }
        self.walker.rid.next = bit_cast::<{ axi::ID_W }, HOST_ID_W>(self.r_id.val());
        if self.split.q.val() {
            self.walker.rid.next = self.beat_id.q.val();
        }
        self.walker.rresp.next = self.r_resp.val();
        if self.split.q.val() {
            self.walker.rresp.next = self.beat_resp.q.val();
        }
        self.walker.rlast.next = self.r_last.val();
        if self.split.q.val() {
            self.walker.rlast.next = self.beat_last.q.val() & (self.sub.q.val() == self.last_sub.val());
        }
        self.r_slice.out_ready.next = self.walker.rready.val();
        if self.r_id.val().get_bit(self.mover_bit_index.val().index()) {
            self.r_slice.out_ready.next = self.mover.rready.val();
        } else if self.line.q.val() {
            // A wide beat is taken only when the previous one has been handed over.
            self.r_slice.out_ready.next = !self.split.q.val();
        }
        if self.r_valid.val()
            & !self.r_id.val().get_bit(self.mover_bit_index.val().index())
            & self.line.q.val()
            & !self.split.q.val()
        {
            self.split.d.next = true;
            self.sub.d.next = 0.into();
            self.wide_beat.d.next = self.r_data.val();
            self.beat_last.d.next = self.r_last.val();
            self.beat_resp.d.next = self.r_resp.val();
            self.beat_id.d.next = bit_cast::<{ axi::ID_W }, HOST_ID_W>(self.r_id.val());
        }
        if self.split.q.val() & self.walker.rready.val() {
            self.sub.d.next = self.sub.q.val() + 1;
            if self.sub.q.val() == self.last_sub.val() {
                self.split.d.next = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_join_signs_off() {
        crate::verilog::sign_off("read_join64", &mut ReadJoin::<64, 3>::default()).unwrap();
        crate::verilog::sign_off("read_join256", &mut ReadJoin::<256, 5>::default()).unwrap();
    }
}
