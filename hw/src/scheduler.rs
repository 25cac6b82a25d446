//! Round-robin scheduler (R3): among the VIs with work, the first at or after the one
//! following the last VI served, as the reference model's `Engine::step` picks them. The
//! choice is registered: `pick_*` reflect `eligible` of the previous cycle.

use crate::hdl_block;
use rust_hdl::prelude::*;

/// Width of a VI number.
pub const VI_W: usize = 8;

hdl_block! {
    /// `V` VIs (at most 256).
    pub struct Scheduler<const V: usize> {
        pub clock: Signal<In, Clock>,
        /// One bit per VI: it has a descriptor that can run now.
        pub eligible: Signal<In, Bits<V>>,
        pub pick_valid: Signal<Out, Bit>,
        pub pick_vi: Signal<Out, Bits<VI_W>>,
        /// VI `served_vi` was served: the search starts after it from now on.
        pub served: Signal<In, Bit>,
        pub served_vi: Signal<In, Bits<VI_W>>,
        /// Start the search at VI 0 again (soft reset).
        pub reset: Signal<In, Bit>,
        next: DFF<Bits<VI_W>>,
        valid_q: DFF<Bit>,
        vi_q: DFF<Bits<VI_W>>,
        // The search as a carry chain and an OR tree rather than a chain of V muxes: the
        // eligible VIs at or after `next` if any, else all of them; the lowest one of those.
        at_or_after: Signal<Local, Bits<V>>,
        candidates: Signal<Local, Bits<V>>,
        lowest: Signal<Local, Bits<V>>,
        index: Signal<Local, Bits<VI_W>>,
        // Counts along with `i`: the loop variable names a position, not a value.
        pos: Signal<Local, Bits<VI_W>>,
        ones: Constant<Bits<V>> = Constant::new(Bits::<V>::mask()),
        one: Constant<Bits<V>> = crate::block::constant(1),
        last: Constant<Bits<VI_W>> = crate::block::constant(V as u64 - 1),
    }
}

impl<const V: usize> Logic for Scheduler<V> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, next, valid_q, vi_q);
        self.at_or_after.next = self.eligible.val() & (self.ones.val() << self.next.q.val());
        self.candidates.next = self.eligible.val();
        if self.at_or_after.val().any() {
            self.candidates.next = self.at_or_after.val();
        }
        // Two's complement keeps the lowest set bit only.
        self.lowest.next = self.candidates.val() & (!self.candidates.val() + self.one.val());
        self.index.next = 0.into();
        self.pos.next = 0.into();
        for i in 0..V {
            if self.lowest.val().get_bit(i) {
                self.index.next = self.index.val() | self.pos.val();
            }
            self.pos.next = self.pos.val() + 1;
        }
        self.valid_q.d.next = self.eligible.val().any();
        self.vi_q.d.next = self.index.val();
        self.pick_valid.next = self.valid_q.q.val();
        self.pick_vi.next = self.vi_q.q.val();
        if self.served.val() {
            self.next.d.next = self.served_vi.val() + 1;
            if self.served_vi.val() == self.last.val() {
                self.next.d.next = 0.into();
            }
        }
        if self.reset.val() {
            self.next.d.next = 0.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheduler_signs_off() {
        crate::verilog::sign_off("scheduler", &mut Scheduler::<64>::default()).unwrap();
        crate::verilog::sign_off("scheduler_odd", &mut Scheduler::<5>::default()).unwrap();
    }
}
