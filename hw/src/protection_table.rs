//! Protection table (R5, R10): the engine's on-chip record of which protection domain and
//! which VIs may use each registered region, with which rights; written only through the
//! commit port (PROT_DATA0..3 + PROT_COMMIT), entries in the `PROTECTION_ENTRY_LAYOUT` format.
//!
//! No stale allow: the translation unit takes a commit only between requests (never while
//! one is in flight), and the same command that writes the entry starts dropping the slot's
//! cached translations and the line cache; no request is taken until that is done. So a
//! request sees either the old entry and old translations, or the new entry and none of the
//! old ones. Cached translations are also tagged with the slot generation, so a re-registered
//! slot cannot match an old translation in any case.
//!
//! Commits to slots past the table's size are ignored and such slots look up as invalid
//! (`RegionInvalid`), as in the model. The table clears itself at power-up and on `clear`.

use crate::fields::shortcut::SLOT_W;
use rust_hdl::prelude::*;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum ProtectionState {
    Clear,
    Idle,
}

/// `2^P` entries of 128 bits.
#[derive(LogicBlock)]
pub struct ProtectionTable<const P: usize> {
    pub clock: Signal<In, Clock>,
    /// Store `commit_entry` at `commit_slot`; accepted while `busy` is low.
    pub commit: Signal<In, Bit>,
    pub commit_slot: Signal<In, Bits<SLOT_W>>,
    pub commit_entry: Signal<In, Bits<128>>,
    /// Invalidate every entry (soft reset); accepted while `busy` is low.
    pub clear: Signal<In, Bit>,
    pub busy: Signal<Out, Bit>,
    /// Lookup: `lookup_entry` and `lookup_in_range` are valid the cycle after `lookup_slot`.
    pub lookup_slot: Signal<In, Bits<SLOT_W>>,
    pub lookup_entry: Signal<Out, Bits<128>>,
    pub lookup_in_range: Signal<Out, Bit>,
    ram: RAM<Bits<128>, P>,
    state: DFF<ProtectionState>,
    counter: DFF<Bits<13>>,
    in_range: DFF<Bit>,
    entries: Constant<Bits<13>>,
}

impl<const P: usize> Default for ProtectionTable<P> {
    fn default() -> Self {
        assert!(P <= SLOT_W, "ProtectionTable: 2^{P} entries do not fit the {SLOT_W}-bit slot number");
        Self {
            clock: Default::default(),
            commit: Default::default(),
            commit_slot: Default::default(),
            commit_entry: Default::default(),
            clear: Default::default(),
            busy: Default::default(),
            lookup_slot: Default::default(),
            lookup_entry: Default::default(),
            lookup_in_range: Default::default(),
            ram: Default::default(),
            state: Default::default(),
            counter: Default::default(),
            in_range: Default::default(),
            entries: Constant::new((1u64 << P).to_bits()),
        }
    }
}

impl<const P: usize> Logic for ProtectionTable<P> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, counter, in_range);
        self.ram.read_clock.next = self.clock.val();
        self.ram.write_clock.next = self.clock.val();
        self.ram.read_address.next = bit_cast::<P, SLOT_W>(self.lookup_slot.val());
        self.in_range.d.next = bit_cast::<13, SLOT_W>(self.lookup_slot.val()) < self.entries.val();
        self.lookup_entry.next = self.ram.read_data.val();
        self.lookup_in_range.next = self.in_range.q.val();
        self.ram.write_address.next = bit_cast::<P, 13>(self.counter.q.val());
        self.ram.write_data.next = 0.into();
        self.ram.write_enable.next = false;
        self.busy.next = self.state.q.val() != ProtectionState::Idle;
        match self.state.q.val() {
            ProtectionState::Clear => {
                self.ram.write_enable.next = true;
                self.counter.d.next = self.counter.q.val() + 1;
                if (self.counter.q.val() + 1) == self.entries.val() {
                    self.state.d.next = ProtectionState::Idle;
                }
            }
            ProtectionState::Idle => {
                self.counter.d.next = 0.into();
                if self.clear.val() {
                    self.state.d.next = ProtectionState::Clear;
                } else if self.commit.val()
                    & (bit_cast::<13, SLOT_W>(self.commit_slot.val()) < self.entries.val())
                {
                    self.ram.write_address.next = bit_cast::<P, SLOT_W>(self.commit_slot.val());
                    self.ram.write_data.next = self.commit_entry.val();
                    self.ram.write_enable.next = true;
                }
            }
            _ => {
                self.state.d.next = ProtectionState::Clear;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protection_table_signs_off() {
        crate::verilog::sign_off("protection_table", &mut ProtectionTable::<4>::default()).unwrap();
    }
}
