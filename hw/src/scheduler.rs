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
        found_after: Signal<Local, Bit>,
        found_any: Signal<Local, Bit>,
        after: Signal<Local, Bits<VI_W>>,
        any: Signal<Local, Bits<VI_W>>,
        index: Signal<Local, Bits<VI_W>>,
        last: Constant<Bits<VI_W>> = crate::block::constant(V as u64 - 1),
    }
}

impl<const V: usize> Logic for Scheduler<V> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, next, valid_q, vi_q);
        self.found_after.next = false;
        self.found_any.next = false;
        self.after.next = 0.into();
        self.any.next = 0.into();
        // `index` counts along with `i`: the loop variable names a position, not a value.
        self.index.next = 0.into();
        for i in 0..V {
            if self.eligible.val().get_bit(i) {
                if !self.found_any.val() {
                    self.any.next = self.index.val();
                }
                self.found_any.next = true;
                if !self.found_after.val() & (self.next.q.val().index() <= i) {
                    self.after.next = self.index.val();
                    self.found_after.next = true;
                }
            }
            self.index.next = self.index.val() + 1;
        }
        self.valid_q.d.next = self.found_any.val();
        self.vi_q.d.next = self.any.val();
        if self.found_after.val() {
            self.vi_q.d.next = self.after.val();
        }
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
