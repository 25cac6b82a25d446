//! Key store (R2): write-only key slots. A commit installs a 128-bit SPECK key and its
//! generation in a slot; the store runs the key schedule forwards once (31 rounds, one per
//! cycle) and keeps only the *final* schedule state `(l31, k31)`, from which the unsealer runs
//! the schedule backwards. No port reads a key back: the lookup port gives the final
//! schedule state to the unsealer, inside the chip only, and the register window exposes only
//! the generation and valid bit (KEY_STATE).
//!
//! Slots beyond `key_slots` ignore commits and look up as not installed, as in the model.
//! The store clears itself at power-up and on `clear` (soft reset), one slot per cycle.

use crate::fields::shortcut::KEY_GENERATION_W;
use rust_hdl::prelude::*;
use viaduct_abi::speck::{ALPHA, BETA, ROUNDS};

/// Width of a key-slot number on the register map (KEY_SELECT.SLOT, VI_KEY_SLOT.SLOT).
pub const KEY_SLOT_W: usize = viaduct_abi::regs::global::KEY_SELECT::SLOT.width as usize;
/// A stored slot: `{valid, generation, l31, k31}`.
pub const KEY_ENTRY_W: usize = 1 + KEY_GENERATION_W + 128;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum KeyStoreState {
    /// Writing empty slots (power-up starts here).
    Clear,
    Idle,
    /// Running the key schedule of a committed key.
    Schedule,
}

/// Key slots of `2^K` entries.
#[derive(LogicBlock)]
pub struct KeyStore<const K: usize> {
    pub clock: Signal<In, Clock>,
    /// Install `commit_key` (k0 in bits 63:0, l0 in 127:64) in `commit_slot`; accepted only
    /// while `busy` is low.
    pub commit: Signal<In, Bit>,
    pub commit_slot: Signal<In, Bits<KEY_SLOT_W>>,
    pub commit_key: Signal<In, Bits<128>>,
    pub commit_generation: Signal<In, Bits<KEY_GENERATION_W>>,
    /// Empty every slot (soft reset); accepted only while `busy` is low.
    pub clear: Signal<In, Bit>,
    pub busy: Signal<Out, Bit>,
    /// Lookup: outputs are valid the cycle after `lookup_slot` is presented.
    pub lookup_slot: Signal<In, Bits<KEY_SLOT_W>>,
    pub lookup_valid: Signal<Out, Bit>,
    pub lookup_generation: Signal<Out, Bits<KEY_GENERATION_W>>,
    /// Final key-schedule state (l31, k31) of the slot.
    pub lookup_l: Signal<Out, Bits<64>>,
    pub lookup_k: Signal<Out, Bits<64>>,
    ram: RAM<Bits<KEY_ENTRY_W>, K>,
    state: DFF<KeyStoreState>,
    l: DFF<Bits<64>>,
    k: DFF<Bits<64>>,
    round: DFF<Bits<6>>,
    slot: DFF<Bits<KEY_SLOT_W>>,
    generation: DFF<Bits<KEY_GENERATION_W>>,
    counter: DFF<Bits<9>>,
    lookup_in_range: DFF<Bit>,
    next_l: Signal<Local, Bits<64>>,
    next_k: Signal<Local, Bits<64>>,
    /// Number of slots.
    slots: Constant<Bits<9>>,
    valid_bit: Constant<Bits<8>>,
    valid_mask: Constant<Bits<KEY_ENTRY_W>>,
    /// Index of the last schedule round run at commit (ROUNDS - 2: the state then holds k31).
    last_round: Constant<Bits<6>>,
    alpha: Constant<Bits<8>>,
    alpha_c: Constant<Bits<8>>,
    beta: Constant<Bits<8>>,
    beta_c: Constant<Bits<8>>,
}

impl<const K: usize> Default for KeyStore<K> {
    fn default() -> Self {
        assert!(K <= KEY_SLOT_W, "KeyStore: 2^{K} slots do not fit the {KEY_SLOT_W}-bit slot number");
        Self {
            clock: Default::default(),
            commit: Default::default(),
            commit_slot: Default::default(),
            commit_key: Default::default(),
            commit_generation: Default::default(),
            clear: Default::default(),
            busy: Default::default(),
            lookup_slot: Default::default(),
            lookup_valid: Default::default(),
            lookup_generation: Default::default(),
            lookup_l: Default::default(),
            lookup_k: Default::default(),
            ram: Default::default(),
            state: Default::default(),
            l: Default::default(),
            k: Default::default(),
            round: Default::default(),
            slot: Default::default(),
            generation: Default::default(),
            counter: Default::default(),
            lookup_in_range: Default::default(),
            next_l: Default::default(),
            next_k: Default::default(),
            slots: Constant::new((1u64 << K).to_bits()),
            valid_bit: Constant::new(((KEY_ENTRY_W - 1) as u64).to_bits()),
            valid_mask: Constant::new(Bits::<KEY_ENTRY_W>::default().replace_bit(KEY_ENTRY_W - 1, true)),
            last_round: Constant::new(((ROUNDS - 2) as u64).to_bits()),
            alpha: Constant::new(u64::from(ALPHA).to_bits()),
            alpha_c: Constant::new(u64::from(64 - ALPHA).to_bits()),
            beta: Constant::new(u64::from(BETA).to_bits()),
            beta_c: Constant::new(u64::from(64 - BETA).to_bits()),
        }
    }
}

impl<const K: usize> Logic for KeyStore<K> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, l, k, round, slot, generation, counter, lookup_in_range);
        self.ram.read_clock.next = self.clock.val();
        self.ram.write_clock.next = self.clock.val();
        self.ram.read_address.next = bit_cast::<K, KEY_SLOT_W>(self.lookup_slot.val());
        self.ram.write_address.next = bit_cast::<K, 9>(self.counter.q.val());
        self.ram.write_data.next = 0.into();
        self.ram.write_enable.next = false;
        self.lookup_in_range.d.next = bit_cast::<9, KEY_SLOT_W>(self.lookup_slot.val()) < self.slots.val();
        self.lookup_valid.next =
            self.lookup_in_range.q.val() & self.ram.read_data.val().get_bit(self.valid_bit.val().index());
        self.lookup_generation.next = self.ram.read_data.val().get_bits::<KEY_GENERATION_W>(128);
        self.lookup_l.next = self.ram.read_data.val().get_bits::<64>(64);
        self.lookup_k.next = self.ram.read_data.val().get_bits::<64>(0);
        // One SPECK round of the key schedule: l' = (l >>> alpha) + k ^ i; k' = (k <<< beta) ^ l'.
        self.next_l.next = (((self.l.q.val() >> self.alpha.val()) | (self.l.q.val() << self.alpha_c.val()))
            + self.k.q.val())
            ^ bit_cast::<64, 6>(self.round.q.val());
        self.next_k.next =
            ((self.k.q.val() << self.beta.val()) | (self.k.q.val() >> self.beta_c.val())) ^ self.next_l.val();
        self.busy.next = self.state.q.val() != KeyStoreState::Idle;
        match self.state.q.val() {
            KeyStoreState::Clear => {
                self.ram.write_enable.next = true;
                self.counter.d.next = self.counter.q.val() + 1;
                if (self.counter.q.val() + 1) == self.slots.val() {
                    self.state.d.next = KeyStoreState::Idle;
                }
            }
            KeyStoreState::Idle => {
                self.counter.d.next = 0.into();
                if self.clear.val() {
                    self.state.d.next = KeyStoreState::Clear;
                } else if self.commit.val()
                    & (bit_cast::<9, KEY_SLOT_W>(self.commit_slot.val()) < self.slots.val())
                {
                    self.l.d.next = self.commit_key.val().get_bits::<64>(64);
                    self.k.d.next = self.commit_key.val().get_bits::<64>(0);
                    self.round.d.next = 0.into();
                    self.slot.d.next = self.commit_slot.val();
                    self.generation.d.next = self.commit_generation.val();
                    self.state.d.next = KeyStoreState::Schedule;
                }
            }
            KeyStoreState::Schedule => {
                self.l.d.next = self.next_l.val();
                self.k.d.next = self.next_k.val();
                self.round.d.next = self.round.q.val() + 1;
                if self.round.q.val() == self.last_round.val() {
                    self.ram.write_address.next = bit_cast::<K, KEY_SLOT_W>(self.slot.q.val());
                    self.ram.write_data.next = self.valid_mask.val()
                        | (bit_cast::<KEY_ENTRY_W, KEY_GENERATION_W>(self.generation.q.val()) << 128)
                        | (bit_cast::<KEY_ENTRY_W, 64>(self.next_l.val()) << 64)
                        | bit_cast::<KEY_ENTRY_W, 64>(self.next_k.val());
                    self.ram.write_enable.next = true;
                    self.state.d.next = KeyStoreState::Idle;
                }
            }
            _ => {
                self.state.d.next = KeyStoreState::Clear;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_store_signs_off() {
        crate::verilog::sign_off("key_store", &mut KeyStore::<2>::default()).unwrap();
    }
}
