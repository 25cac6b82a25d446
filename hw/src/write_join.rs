//! Write join: the data mover's and the completion writer's AXI4 write ports on the engine's
//! one host port. Address requests are registered, then granted one at a time (the completion writer first);
//! the order of the grants, kept in a small queue, is the order in which their data bursts
//! follow on W (AXI4 has no write interleaving). W leaves through a register slice, so the
//! host's WREADY reaches no further than the slice. Responses go back by the top ID bit
//! (0 data mover, 1 completion writer).

use crate::axi::{self, Axi4WriteMaster, Axi4WriteSlave};
use crate::hdl_block;
use crate::read_join::{HOST_ID_W, MOVER_ID_W};
use crate::reg_slice::RegSlice;
use rust_hdl::prelude::*;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum WriteGrant {
    None,
    Mover,
    Completer,
}

/// Depth of the queue of granted bursts waiting for their data.
pub const ORDER_DEPTH: usize = 4;

hdl_block! {
    /// `D` data bits, `S = D / 8` strobes.
    pub struct WriteJoin<const D: usize, const S: usize> {
        pub clock: Signal<In, Clock>,
        pub mover: Axi4WriteSlave<{ axi::ADDR_W }, D, S, MOVER_ID_W>,
        pub completer: Axi4WriteSlave<{ axi::ADDR_W }, D, S, MOVER_ID_W>,
        pub m_axi: Axi4WriteMaster<{ axi::ADDR_W }, D, S, HOST_ID_W>,
        // Each requester's address request, registered (its AWREADY is "the slot is empty").
        m_valid: DFF<Bit>,
        m_addr: DFF<Bits<64>>,
        m_len: DFF<Bits<8>>,
        m_size: DFF<Bits<3>>,
        m_burst: DFF<Bits<2>>,
        m_id: DFF<Bits<HOST_ID_W>>,
        c_valid: DFF<Bit>,
        c_addr: DFF<Bits<64>>,
        c_len: DFF<Bits<8>>,
        c_size: DFF<Bits<3>>,
        c_burst: DFF<Bits<2>>,
        c_id: DFF<Bits<HOST_ID_W>>,
        hold: DFF<WriteGrant>,
        grant: Signal<Local, WriteGrant>,
        /// Granted bursts, oldest first: 1 = completer, 0 = mover.
        order: [DFF<Bit>; ORDER_DEPTH] = crate::block::array(),
        wr: DFF<Bits<3>>,
        rd: DFF<Bits<3>>,
        head_out: Signal<Local, Bit>,
        head_ready: Signal<Local, Bit>,
        head: Signal<Local, Bit>,
        w_fire: Signal<Local, Bit>,
        w_slice: RegSlice<D, S>,
        depth: Constant<Bits<3>> = crate::block::constant(ORDER_DEPTH as u64),
        completer_bit: Constant<Bits<HOST_ID_W>> = crate::block::constant(1 << MOVER_ID_W),
        completer_bit_index: Constant<Bits<8>> = crate::block::constant(MOVER_ID_W as u64),
        index_mask: Constant<Bits<3>> = crate::block::constant(ORDER_DEPTH as u64 - 1),
    }
}

impl<const D: usize, const S: usize> Logic for WriteJoin<D, S> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, m_valid, m_addr, m_len, m_size, m_burst, m_id, c_valid, c_addr, c_len, c_size,
            c_burst, c_id, hold, wr, rd
        );
        // Address channel (outputs from registers only): the completion writer first, while
        // the order queue has room; a request shown stays until taken.
        self.mover.awready.next = !self.m_valid.q.val();
        self.completer.awready.next = !self.c_valid.q.val();
        self.m_axi.awvalid.next = (self.hold.q.val() != WriteGrant::None)
            | ((self.hold.q.val() == WriteGrant::None)
                & ((self.wr.q.val() - self.rd.q.val()) != self.depth.val())
                & (self.c_valid.q.val() | self.m_valid.q.val()));
        self.m_axi.awid.next = self.m_id.q.val();
        self.m_axi.awaddr.next = self.m_addr.q.val();
        self.m_axi.awlen.next = self.m_len.q.val();
        self.m_axi.awsize.next = self.m_size.q.val();
        self.m_axi.awburst.next = self.m_burst.q.val();
        if (self.hold.q.val() == WriteGrant::Completer)
            | ((self.hold.q.val() == WriteGrant::None) & self.c_valid.q.val())
        {
            self.m_axi.awid.next = self.c_id.q.val();
            self.m_axi.awaddr.next = self.c_addr.q.val();
            self.m_axi.awlen.next = self.c_len.q.val();
            self.m_axi.awsize.next = self.c_size.q.val();
            self.m_axi.awburst.next = self.c_burst.q.val();
        }
        if self.mover.awvalid.val() & !self.m_valid.q.val() {
            self.m_valid.d.next = true;
            self.m_addr.d.next = self.mover.awaddr.val();
            self.m_len.d.next = self.mover.awlen.val();
            self.m_size.d.next = self.mover.awsize.val();
            self.m_burst.d.next = self.mover.awburst.val();
            self.m_id.d.next = bit_cast::<HOST_ID_W, MOVER_ID_W>(self.mover.awid.val());
        }
        if self.completer.awvalid.val() & !self.c_valid.q.val() {
            self.c_valid.d.next = true;
            self.c_addr.d.next = self.completer.awaddr.val();
            self.c_len.d.next = self.completer.awlen.val();
            self.c_size.d.next = self.completer.awsize.val();
            self.c_burst.d.next = self.completer.awburst.val();
            self.c_id.d.next =
                bit_cast::<HOST_ID_W, MOVER_ID_W>(self.completer.awid.val()) | self.completer_bit.val();
        }
        self.grant.next = self.hold.q.val();
        if (self.hold.q.val() == WriteGrant::None) & ((self.wr.q.val() - self.rd.q.val()) != self.depth.val())
        {
            if self.c_valid.q.val() {
                self.grant.next = WriteGrant::Completer;
            } else if self.m_valid.q.val() {
                self.grant.next = WriteGrant::Mover;
            }
        }
        self.hold.d.next = self.grant.val();
        if (self.grant.val() != WriteGrant::None) & self.m_axi.awready.val() {
            self.hold.d.next = WriteGrant::None;
            self.wr.d.next = self.wr.q.val() + 1;
            if self.grant.val() == WriteGrant::Completer {
                self.c_valid.d.next = false;
            } else {
                self.m_valid.d.next = false;
            }
        }
        for i in 0..ORDER_DEPTH {
            self.order[i].clock.next = self.clock.val();
            self.order[i].d.next = self.order[i].q.val();
            if (self.grant.val() != WriteGrant::None)
                & self.m_axi.awready.val()
                & ((self.wr.q.val() & self.index_mask.val()).index() == i)
            {
                self.order[i].d.next = self.grant.val() == WriteGrant::Completer;
            }
        }

        // Data channel: the bursts in grant order, into the register slice.
        self.head_out.next = false;
        self.head_ready.next = false;
        self.head.next = false;
        for i in 0..ORDER_DEPTH {
            if (self.rd.q.val() & self.index_mask.val()).index() == i {
                self.head_out.next = self.order[i].q.val();
                self.head_ready.next = self.order[i].q.val();
                self.head.next = self.order[i].q.val();
            }
        }
        self.w_slice.clock.next = self.clock.val();
        self.w_slice.flush.next = false;
        self.w_slice.in_valid.next = (self.wr.q.val() != self.rd.q.val())
            & ((self.head_out.val() & self.completer.wvalid.val())
                | (!self.head_out.val() & self.mover.wvalid.val()));
        self.w_slice.in_data.next = self.mover.wdata.val();
        self.w_slice.in_side.next = self.mover.wstrb.val();
        self.w_slice.in_last.next = self.mover.wlast.val();
        if self.head_out.val() {
            self.w_slice.in_data.next = self.completer.wdata.val();
            self.w_slice.in_side.next = self.completer.wstrb.val();
            self.w_slice.in_last.next = self.completer.wlast.val();
        }
        self.mover.wready.next =
            (self.wr.q.val() != self.rd.q.val()) & !self.head_ready.val() & self.w_slice.in_ready.val();
        self.completer.wready.next =
            (self.wr.q.val() != self.rd.q.val()) & self.head_ready.val() & self.w_slice.in_ready.val();
        self.w_fire.next = (self.wr.q.val() != self.rd.q.val())
            & self.w_slice.in_ready.val()
            & ((self.head.val() & self.completer.wvalid.val() & self.completer.wlast.val())
                | (!self.head.val() & self.mover.wvalid.val() & self.mover.wlast.val()));
        self.m_axi.wvalid.next = self.w_slice.out_valid.val();
        self.m_axi.wdata.next = self.w_slice.out_data.val();
        self.m_axi.wstrb.next = self.w_slice.out_side.val();
        self.m_axi.wlast.next = self.w_slice.out_last.val();
        self.w_slice.out_ready.next = self.m_axi.wready.val();
        if self.w_fire.val() {
            self.rd.d.next = self.rd.q.val() + 1;
        }

        // Responses by the top ID bit.
        self.mover.bvalid.next =
            self.m_axi.bvalid.val() & !self.m_axi.bid.val().get_bit(self.completer_bit_index.val().index());
        self.completer.bvalid.next =
            self.m_axi.bvalid.val() & self.m_axi.bid.val().get_bit(self.completer_bit_index.val().index());
        self.mover.bid.next = bit_cast::<MOVER_ID_W, HOST_ID_W>(self.m_axi.bid.val());
        self.completer.bid.next = bit_cast::<MOVER_ID_W, HOST_ID_W>(self.m_axi.bid.val());
        self.mover.bresp.next = self.m_axi.bresp.val();
        self.completer.bresp.next = self.m_axi.bresp.val();
        self.m_axi.bready.next = self.mover.bready.val();
        if self.m_axi.bid.val().get_bit(self.completer_bit_index.val().index()) {
            self.m_axi.bready.next = self.completer.bready.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_join_signs_off() {
        crate::verilog::sign_off("write_join", &mut WriteJoin::<64, 8>::default()).unwrap();
    }
}
