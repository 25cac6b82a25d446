//! Watchdog of a wait on the host: counts the cycles without progress and says, from a
//! register, when they reach the limit (BAR0's WATCHDOG). Whether the count has reached the
//! limit is worked out a cycle ahead from the next count, so `expired` drives the timeout
//! logic from a flip-flop, not from a 32-bit compare; a changed limit shows a cycle late.

use crate::hdl_block;
use rust_hdl::prelude::*;

hdl_block! {
    pub struct Watchdog {
        pub clock: Signal<In, Clock>,
        pub limit: Signal<In, Bits<32>>,
        /// Count this cycle; otherwise the count holds.
        pub count: Signal<In, Bit>,
        /// Start again from zero (progress, nothing waited for, or the timeout handled);
        /// takes precedence over `count`.
        pub restart: Signal<In, Bit>,
        /// The count has reached the limit.
        pub expired: Signal<Out, Bit>,
        cycles: DFF<Bits<32>>,
        reached: DFF<Bit>,
    }
}

impl Logic for Watchdog {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, cycles, reached);
        self.expired.next = self.reached.q.val();
        self.reached.d.next = self.cycles.q.val() >= self.limit.val();
        if self.count.val() {
            self.cycles.d.next = self.cycles.q.val() + 1;
            // 33 bits: a count of 2^32 - 1 reaches any limit.
            self.reached.d.next =
                (bit_cast::<33, 32>(self.cycles.q.val()) + 1) >= bit_cast::<33, 32>(self.limit.val());
        }
        if self.restart.val() {
            self.cycles.d.next = 0.into();
            self.reached.d.next = self.limit.val() == 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn watchdog_signs_off() {
        crate::verilog::sign_off("watchdog", &mut Watchdog::default()).unwrap();
    }
}
