//! Unsealer (R2, R4): SPECK 128/128 decryption of a shortcut under a key slot's final
//! key-schedule state, running the schedule backwards alongside the block.
//!
//! Iterative, one round per cycle (32 cycles per shortcut), rather than a 32-stage pipeline:
//! the unit unseals once per buffer per descriptor (admission), never per page, so a
//! pipeline's throughput would sit idle while costing 32 copies of the round (a 64-bit adder,
//! two rotations and two XORs each, for block and schedule). One round per cycle keeps the
//! datapath to one block round and one inverse schedule round.

use rust_hdl::prelude::*;
use viaduct_abi::speck::{ALPHA, BETA, ROUNDS};

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum UnsealerState {
    Idle,
    Run,
}

#[derive(LogicBlock)]
pub struct Unsealer {
    pub clock: Signal<In, Clock>,
    /// Start decrypting `sealed` with `key_l`/`key_k`; accepted while `busy` is low.
    pub start: Signal<In, Bit>,
    /// The sealed shortcut as the application holds it: `lo` (y) in bits 63:0, `hi` (x) in 127:64.
    pub sealed: Signal<In, Bits<128>>,
    /// Final key-schedule state `(l31, k31)` of the key slot.
    pub key_l: Signal<In, Bits<64>>,
    pub key_k: Signal<In, Bits<64>>,
    pub busy: Signal<Out, Bit>,
    /// One-cycle pulse: `plain` holds the plaintext (target word in 63:0, bind word in 127:64)
    /// from this cycle until the next start.
    pub done: Signal<Out, Bit>,
    pub plain: Signal<Out, Bits<128>>,
    state: DFF<UnsealerState>,
    x: DFF<Bits<64>>,
    y: DFF<Bits<64>>,
    l: DFF<Bits<64>>,
    k: DFF<Bits<64>>,
    round: DFF<Bits<6>>,
    done_q: DFF<Bit>,
    block_t: Signal<Local, Bits<64>>,
    block_y: Signal<Local, Bits<64>>,
    block_s: Signal<Local, Bits<64>>,
    block_x: Signal<Local, Bits<64>>,
    sched_t: Signal<Local, Bits<64>>,
    sched_k: Signal<Local, Bits<64>>,
    sched_s: Signal<Local, Bits<64>>,
    sched_l: Signal<Local, Bits<64>>,
    last_round: Constant<Bits<6>>,
    alpha: Constant<Bits<8>>,
    alpha_c: Constant<Bits<8>>,
    beta: Constant<Bits<8>>,
    beta_c: Constant<Bits<8>>,
}

impl Default for Unsealer {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            start: Default::default(),
            sealed: Default::default(),
            key_l: Default::default(),
            key_k: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            plain: Default::default(),
            state: Default::default(),
            x: Default::default(),
            y: Default::default(),
            l: Default::default(),
            k: Default::default(),
            round: Default::default(),
            done_q: Default::default(),
            block_t: Default::default(),
            block_y: Default::default(),
            block_s: Default::default(),
            block_x: Default::default(),
            sched_t: Default::default(),
            sched_k: Default::default(),
            sched_s: Default::default(),
            sched_l: Default::default(),
            last_round: Constant::new(((ROUNDS - 1) as u64).to_bits()),
            alpha: Constant::new(u64::from(ALPHA).to_bits()),
            alpha_c: Constant::new(u64::from(64 - ALPHA).to_bits()),
            beta: Constant::new(u64::from(BETA).to_bits()),
            beta_c: Constant::new(u64::from(64 - BETA).to_bits()),
        }
    }
}

impl Logic for Unsealer {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, x, y, l, k, round, done_q);
        // Inverse block round with round key k: y' = (y ^ x) >>> beta; x' = ((x ^ k) - y') <<< alpha.
        self.block_t.next = self.y.q.val() ^ self.x.q.val();
        self.block_y.next =
            (self.block_t.val() >> self.beta.val()) | (self.block_t.val() << self.beta_c.val());
        self.block_s.next = (self.x.q.val() ^ self.k.q.val()) - self.block_y.val();
        self.block_x.next =
            (self.block_s.val() << self.alpha.val()) | (self.block_s.val() >> self.alpha_c.val());
        // Inverse schedule round i = round - 1 on (l, k): the previous round key.
        self.sched_t.next = self.k.q.val() ^ self.l.q.val();
        self.sched_k.next =
            (self.sched_t.val() >> self.beta.val()) | (self.sched_t.val() << self.beta_c.val());
        self.sched_s.next = (self.l.q.val() ^ bit_cast::<64, 6>(self.round.q.val() - 1)) - self.sched_k.val();
        self.sched_l.next =
            (self.sched_s.val() << self.alpha.val()) | (self.sched_s.val() >> self.alpha_c.val());
        self.busy.next = self.state.q.val() == UnsealerState::Run;
        self.done.next = self.done_q.q.val();
        self.done_q.d.next = false;
        self.plain.next = (bit_cast::<128, 64>(self.x.q.val()) << 64) | bit_cast::<128, 64>(self.y.q.val());
        match self.state.q.val() {
            UnsealerState::Idle => {
                if self.start.val() {
                    self.x.d.next = self.sealed.val().get_bits::<64>(64);
                    self.y.d.next = self.sealed.val().get_bits::<64>(0);
                    self.l.d.next = self.key_l.val();
                    self.k.d.next = self.key_k.val();
                    self.round.d.next = self.last_round.val();
                    self.state.d.next = UnsealerState::Run;
                }
            }
            UnsealerState::Run => {
                self.x.d.next = self.block_x.val();
                self.y.d.next = self.block_y.val();
                self.l.d.next = self.sched_l.val();
                self.k.d.next = self.sched_k.val();
                self.round.d.next = self.round.q.val() - 1;
                if self.round.q.val() == 0 {
                    self.done_q.d.next = true;
                    self.state.d.next = UnsealerState::Idle;
                }
            }
            _ => {
                self.state.d.next = UnsealerState::Idle;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsealer_signs_off() {
        crate::verilog::sign_off("unsealer", &mut Unsealer::default()).unwrap();
    }
}
