//! Unsealer (R2, R4): SPECK 128/128 decryption of a shortcut under a key slot's final
//! key-schedule state, running the schedule backwards alongside the block.
//!
//! Iterative, one round per cycle (32 cycles per shortcut), rather than a 32-stage pipeline:
//! the unit unseals once per buffer per descriptor (admission), never per page, so a
//! pipeline's throughput would sit idle while costing 32 copies of the round (a 64-bit adder,
//! two rotations and two XORs each, for block and schedule). One round per cycle keeps the
//! datapath to one block round and one inverse schedule round.
//!
//! In front of it, a cache of the last unsealed shortcuts (4 entries, direct-mapped on the
//! low bits of the sealed block XOR the key slot, tagged with the key slot and the whole
//! sealed block) answers a shortcut used again, as a ring of descriptors on one buffer does,
//! in 3 cycles (read, compare, answer). A plaintext depends only on the key and the sealed
//! block, so an entry stays exact while its slot's key is unchanged: `flush` (on every key
//! commit and soft reset) empties the cache. The checks after unsealing (generation, domain, block, rights) run on
//! every admission, cached or not.

use crate::key_store::KEY_SLOT_W;
use rust_hdl::prelude::*;
use viaduct_abi::speck::{ALPHA, BETA, ROUNDS};

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum UnsealerState {
    Idle,
    /// The cache's answer for the started shortcut is read.
    Lookup,
    /// Its tag, compared part by part the cycle before, decides: hit or run.
    Compare,
    Run,
}

/// log2 of the entries of the cache of unsealed shortcuts.
pub const CACHE_LOG2: usize = 2;
/// A cache entry: `{key slot, sealed block, plaintext}` (the valid bits are flip-flops).
pub const CACHE_ENTRY_W: usize = KEY_SLOT_W + 128 + 128;

#[derive(LogicBlock)]
pub struct Unsealer {
    pub clock: Signal<In, Clock>,
    /// Start decrypting `sealed` with `key_l`/`key_k`, the key of `key_slot`; accepted while
    /// `busy` is low.
    pub start: Signal<In, Bit>,
    /// The sealed shortcut as the application holds it: `lo` (y) in bits 63:0, `hi` (x) in 127:64.
    pub sealed: Signal<In, Bits<128>>,
    pub key_slot: Signal<In, Bits<KEY_SLOT_W>>,
    /// Empty the cache (a key changed); while `busy` is low.
    pub flush: Signal<In, Bit>,
    /// One-cycle pulse with `done` when the answer came from the cache (for tests and counters).
    pub cache_hit: Signal<Out, Bit>,
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
    hit_q: DFF<Bit>,
    sealed_q: DFF<Bits<128>>,
    slot_q: DFF<Bits<KEY_SLOT_W>>,
    index_q: DFF<Bits<CACHE_LOG2>>,
    // The entry's tag against the started shortcut's, in five parts (four quarters of the
    // sealed block and the key slot) registered apart: a 260-bit compare is too slow for a cycle.
    tag_eq_q: DFF<Bits<5>>,
    valid: DFF<Bits<{ 1 << CACHE_LOG2 }>>,
    cache: RAM<Bits<CACHE_ENTRY_W>, CACHE_LOG2>,
    index: Signal<Local, Bits<CACHE_LOG2>>,
    tag: Signal<Local, Bits<CACHE_ENTRY_W>>,
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
            key_slot: Default::default(),
            flush: Default::default(),
            cache_hit: Default::default(),
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
            hit_q: Default::default(),
            sealed_q: Default::default(),
            slot_q: Default::default(),
            index_q: Default::default(),
            tag_eq_q: Default::default(),
            valid: Default::default(),
            cache: Default::default(),
            index: Default::default(),
            tag: Default::default(),
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
        dff_setup!(
            self, clock, state, x, y, l, k, round, done_q, hit_q, sealed_q, slot_q, index_q, tag_eq_q, valid
        );
        self.cache.read_clock.next = self.clock.val();
        self.cache.write_clock.next = self.clock.val();
        self.index.next = bit_cast::<CACHE_LOG2, 128>(self.sealed.val())
            ^ bit_cast::<CACHE_LOG2, KEY_SLOT_W>(self.key_slot.val());
        self.cache.read_address.next = self.index.val();
        // The tag bits of an entry: {key slot, sealed block} above the plaintext.
        self.tag.next = (bit_cast::<CACHE_ENTRY_W, KEY_SLOT_W>(self.slot_q.q.val()) << 256)
            | (bit_cast::<CACHE_ENTRY_W, 128>(self.sealed_q.q.val()) << 128);
        self.tag_eq_q.d.next = bit_cast::<5, 1>(
            (self.cache.read_data.val().get_bits::<KEY_SLOT_W>(256)
                == self.tag.val().get_bits::<KEY_SLOT_W>(256))
            .into(),
        ) << 4
            | bit_cast::<5, 1>(
                (self.cache.read_data.val().get_bits::<32>(224) == self.tag.val().get_bits::<32>(224)).into(),
            ) << 3
            | bit_cast::<5, 1>(
                (self.cache.read_data.val().get_bits::<32>(192) == self.tag.val().get_bits::<32>(192)).into(),
            ) << 2
            | bit_cast::<5, 1>(
                (self.cache.read_data.val().get_bits::<32>(160) == self.tag.val().get_bits::<32>(160)).into(),
            ) << 1
            | bit_cast::<5, 1>(
                (self.cache.read_data.val().get_bits::<32>(128) == self.tag.val().get_bits::<32>(128)).into(),
            );
        self.cache.write_address.next = self.index_q.q.val();
        self.cache.write_enable.next = false;
        self.cache_hit.next = self.hit_q.q.val();
        self.hit_q.d.next = false;
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
        self.cache.write_data.next = self.tag.val()
            | (bit_cast::<CACHE_ENTRY_W, 64>(self.block_x.val()) << 64)
            | bit_cast::<CACHE_ENTRY_W, 64>(self.block_y.val());
        self.busy.next = self.state.q.val() != UnsealerState::Idle;
        self.done.next = self.done_q.q.val();
        self.done_q.d.next = false;
        self.plain.next = (bit_cast::<128, 64>(self.x.q.val()) << 64) | bit_cast::<128, 64>(self.y.q.val());
        match self.state.q.val() {
            UnsealerState::Idle => {
                if self.flush.val() {
                    self.valid.d.next = 0.into();
                } else if self.start.val() {
                    self.x.d.next = self.sealed.val().get_bits::<64>(64);
                    self.y.d.next = self.sealed.val().get_bits::<64>(0);
                    self.l.d.next = self.key_l.val();
                    self.k.d.next = self.key_k.val();
                    self.round.d.next = self.last_round.val();
                    self.sealed_q.d.next = self.sealed.val();
                    self.slot_q.d.next = self.key_slot.val();
                    self.index_q.d.next = self.index.val();
                    self.state.d.next = UnsealerState::Lookup;
                }
            }
            UnsealerState::Lookup => {
                self.state.d.next = UnsealerState::Compare;
            }
            UnsealerState::Compare => {
                // The RAM's answer stands: same address, and nothing is written before Run.
                if self.valid.q.val().get_bit(self.index_q.q.val().index()) & self.tag_eq_q.q.val().all() {
                    self.x.d.next = self.cache.read_data.val().get_bits::<64>(64);
                    self.y.d.next = self.cache.read_data.val().get_bits::<64>(0);
                    self.done_q.d.next = true;
                    self.hit_q.d.next = true;
                    self.state.d.next = UnsealerState::Idle;
                } else {
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
                    self.cache.write_enable.next = true;
                    self.valid.d.next = self.valid.q.val().replace_bit(self.index_q.q.val().index(), true);
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
