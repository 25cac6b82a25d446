//! Register slice of a valid/ready channel (an AXI4 W or R channel): `D` data bits, `B` side
//! bits and a last flag pass through two registers, so neither the data nor the ready signal
//! goes through combinationally. The producer's `in_ready` is "the skid register is empty", the
//! consumer's `out_*` come from the output register; one beat a cycle at full rate, and a beat
//! that meets a stalled output waits in the skid register. `flush` drops both.

use crate::hdl_block;
use rust_hdl::prelude::*;

hdl_block! {
    pub struct RegSlice<const D: usize, const B: usize> {
        pub clock: Signal<In, Clock>,
        pub in_valid: Signal<In, Bit>,
        pub in_ready: Signal<Out, Bit>,
        pub in_data: Signal<In, Bits<D>>,
        pub in_side: Signal<In, Bits<B>>,
        pub in_last: Signal<In, Bit>,
        pub out_valid: Signal<Out, Bit>,
        pub out_ready: Signal<In, Bit>,
        pub out_data: Signal<Out, Bits<D>>,
        pub out_side: Signal<Out, Bits<B>>,
        pub out_last: Signal<Out, Bit>,
        pub flush: Signal<In, Bit>,
        o_valid: DFF<Bit>,
        o_data: DFF<Bits<D>>,
        o_side: DFF<Bits<B>>,
        o_last: DFF<Bit>,
        s_valid: DFF<Bit>,
        s_data: DFF<Bits<D>>,
        s_side: DFF<Bits<B>>,
        s_last: DFF<Bit>,
    }
}

impl<const D: usize, const B: usize> Logic for RegSlice<D, B> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, o_valid, o_data, o_side, o_last, s_valid, s_data, s_side, s_last);
        self.in_ready.next = !self.s_valid.q.val();
        self.out_valid.next = self.o_valid.q.val();
        self.out_data.next = self.o_data.q.val();
        self.out_side.next = self.o_side.q.val();
        self.out_last.next = self.o_last.q.val();
        if !self.o_valid.q.val() | self.out_ready.val() {
            // The output register is free this cycle: the skid beat first, else the new one.
            self.o_valid.d.next = self.s_valid.q.val() | self.in_valid.val();
            self.s_valid.d.next = false;
            if self.s_valid.q.val() {
                self.o_data.d.next = self.s_data.q.val();
                self.o_side.d.next = self.s_side.q.val();
                self.o_last.d.next = self.s_last.q.val();
            } else {
                self.o_data.d.next = self.in_data.val();
                self.o_side.d.next = self.in_side.val();
                self.o_last.d.next = self.in_last.val();
            }
        } else if self.in_valid.val() & !self.s_valid.q.val() {
            // The output is stalled: the beat taken this cycle waits in the skid register.
            self.s_valid.d.next = true;
        }
        // An empty skid register follows the input, so only its valid flag waits for the
        // consumer's ready (whose path then drives one flip-flop, not the whole beat).
        if !self.s_valid.q.val() {
            self.s_data.d.next = self.in_data.val();
            self.s_side.d.next = self.in_side.val();
            self.s_last.d.next = self.in_last.val();
        }
        if self.flush.val() {
            self.o_valid.d.next = false;
            self.s_valid.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reg_slice_signs_off() {
        crate::verilog::sign_off("reg_slice", &mut RegSlice::<64, 8>::default()).unwrap();
    }
}
