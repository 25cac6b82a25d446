//! Stream packer (R7, R8): joins strobed beats into packed AXI4-Stream beats. The bytes of a
//! frame arrive in order, each input beat holding the lanes that follow the previous one's
//! (a chunk that ended inside a beat is continued in the same beat by the next chunk), and
//! leave as full beats with TKEEP all ones, except the frame's last beat. `close` ends the
//! frame early with TUSER set (an abort) — also when no byte is pending, as a beat with
//! TKEEP zero, so the receiver sees TLAST.

use crate::hdl_block;
use rust_hdl::prelude::*;

fn lane_masks<const D: usize, const S: usize>() -> [Constant<Bits<D>>; S] {
    std::array::from_fn(|lane| {
        let mut words = vec![0u64; D.div_ceil(64)];
        words[lane * 8 / 64] = 0xff << (lane * 8 % 64);
        crate::block::wide_constant(&words)
    })
}

hdl_block! {
    /// `D` data bits, `S = D / 8` lanes.
    pub struct StreamPacker<const D: usize, const S: usize> {
        pub clock: Signal<In, Clock>,
        pub in_valid: Signal<In, Bit>,
        pub in_ready: Signal<Out, Bit>,
        pub in_data: Signal<In, Bits<D>>,
        pub in_strb: Signal<In, Bits<S>>,
        /// The beat holds the frame's last byte.
        pub in_last: Signal<In, Bit>,
        /// End the frame now as aborted; taken in a cycle with `in_ready` high (offer no input
        /// then).
        pub close: Signal<In, Bit>,
        pub tvalid: Signal<Out, Bit>,
        pub tready: Signal<In, Bit>,
        pub tdata: Signal<Out, Bits<D>>,
        pub tkeep: Signal<Out, Bits<S>>,
        pub tlast: Signal<Out, Bit>,
        pub tuser: Signal<Out, Bit>,
        /// Nothing pending.
        pub idle: Signal<Out, Bit>,
        data: DFF<Bits<D>>,
        keep: DFF<Bits<S>>,
        last: DFF<Bit>,
        abort: DFF<Bit>,
        complete: Signal<Local, Bit>,
        accept: Signal<Local, Bit>,
        base_data: Signal<Local, Bits<D>>,
        base_keep: Signal<Local, Bits<S>>,
        byte_mask: Signal<Local, Bits<D>>,
        /// Lane i's eight bits set: the mask is an OR of constants, not a chain of wide
        /// shifts (which Verilator evaluates bit-field by bit-field, every cycle).
        lane_masks: [Constant<Bits<D>>; S] = lane_masks::<D, S>(),
        top_lane: Constant<Bits<8>> = crate::block::constant(S as u64 - 1),
    }
}

impl<const D: usize, const S: usize> Logic for StreamPacker<D, S> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, data, keep, last, abort);
        // Outputs: from registers, and `in_ready` from TREADY (standalone statements, so the
        // handshake never looks circular to a simulator ordering logic by blocks).
        self.tvalid.next = self.keep.q.val().get_bit(self.top_lane.val().index()) | self.last.q.val();
        self.tdata.next = self.data.q.val();
        self.tkeep.next = self.keep.q.val();
        self.tlast.next = self.last.q.val();
        self.tuser.next = self.abort.q.val();
        self.in_ready.next =
            !(self.keep.q.val().get_bit(self.top_lane.val().index()) | self.last.q.val()) | self.tready.val();
        self.idle.next = !self.keep.q.val().any() & !self.last.q.val();
        // A beat leaves when its top lane is filled or it ends the frame.
        self.complete.next = self.keep.q.val().get_bit(self.top_lane.val().index()) | self.last.q.val();
        self.accept.next = !self.complete.val() | self.tready.val();
        // What the next beat starts from: empty if the current one leaves now.
        self.base_data.next = self.data.q.val();
        self.base_keep.next = self.keep.q.val();
        if self.complete.val() & self.tready.val() {
            self.base_data.next = 0.into();
            self.base_keep.next = 0.into();
            self.last.d.next = false;
            self.abort.d.next = false;
        }
        self.byte_mask.next = 0.into();
        for i in 0..S {
            if self.in_strb.val().get_bit(i) {
                self.byte_mask.next = self.byte_mask.val() | self.lane_masks[i].val();
            }
        }
        self.data.d.next = self.base_data.val();
        self.keep.d.next = self.base_keep.val();
        if self.in_valid.val() & self.accept.val() {
            self.data.d.next =
                (self.base_data.val() & !self.byte_mask.val()) | (self.in_data.val() & self.byte_mask.val());
            self.keep.d.next = self.base_keep.val() | self.in_strb.val();
            self.last.d.next = self.in_last.val();
        } else if self.close.val() & self.accept.val() {
            self.last.d.next = true;
            self.abort.d.next = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packer_signs_off() {
        crate::verilog::sign_off("packer", &mut StreamPacker::<64, 8>::default()).unwrap();
    }
}
