//! Watchdog of a wait on the host: counts the cycles without progress and says, from a
//! register, when they reach the limit (BAR0's WATCHDOG). Whether the count has reached the
//! limit is worked out a cycle ahead from the next count, so `expired` drives the timeout
//! logic from a flip-flop, not from a 32-bit compare; a changed limit shows a cycle late.
//!
//! Progress can also be told a cycle late (`after_progress`, from a register of the user's):
//! the count and `expired` are then what a `restart` in the cycle before would have left, so
//! the bound stays exact while the restart no longer hangs on the bus signals of the cycle.

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
        /// Progress was made in the cycle before and `restart` was not raised for it: this
        /// cycle is the first without progress.
        pub after_progress: Signal<In, Bit>,
        /// The count has reached the limit.
        pub expired: Signal<Out, Bit>,
        cycles: DFF<Bits<32>>,
        reached: DFF<Bit>,
        /// The limit is zero (every cycle without progress is one too many).
        limit_zero: DFF<Bit>,
    }
}

impl Logic for Watchdog {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, cycles, reached, limit_zero);
        self.limit_zero.d.next = self.limit.val() == 0;
        self.expired.next = self.reached.q.val();
        self.reached.d.next = self.cycles.q.val() >= self.limit.val();
        if self.after_progress.val() {
            // As after a restart in the cycle before: a count of zero, expired if the limit is.
            self.expired.next = self.limit_zero.q.val();
            self.cycles.d.next = 0.into();
            self.reached.d.next = self.limit.val() == 0;
        }
        if self.count.val() {
            self.cycles.d.next = self.cycles.q.val() + 1;
            // 33 bits: a count of 2^32 - 1 reaches any limit.
            self.reached.d.next =
                (bit_cast::<33, 32>(self.cycles.q.val()) + 1) >= bit_cast::<33, 32>(self.limit.val());
            if self.after_progress.val() {
                self.cycles.d.next = 1.into();
                self.reached.d.next = self.limit.val() < 2;
            }
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
