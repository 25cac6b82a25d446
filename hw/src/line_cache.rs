//! PTE-line cache (R4): the 512-byte lines of table pages that walks read, with the model's
//! policy: direct-mapped on the line address, one host read fills a whole line of 64 entries,
//! every table read goes through it, and any invalidation empties it.
//!
//! Each index has two data banks. A fill writes its beats into the bank the index is *not*
//! using and switches the tag only when the whole line arrived without error, so a failed or
//! abandoned fill leaves the old line valid and intact, exactly as the model keeps it.
//! Clears itself at power-up and on `inv_all`, one index per cycle.

use crate::fields::{LINE_ADDR_W, LINE_ENTRIES_LOG2};
use rust_hdl::prelude::*;

/// A tag: `{valid, bank, line address}`.
pub const TAG_W: usize = 2 + LINE_ADDR_W;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum LineCacheState {
    Clear,
    Idle,
}

/// `2^L` lines; `LD` must be `L + 1 + LINE_ENTRIES_LOG2` (address bits of the data banks).
#[derive(LogicBlock)]
pub struct LineCache<const L: usize, const LD: usize> {
    pub clock: Signal<In, Clock>,
    /// Tag lookup: `hit` and `bank` (the bank holding the index's line) the next cycle.
    pub lookup_line: Signal<In, Bits<LINE_ADDR_W>>,
    pub hit: Signal<Out, Bit>,
    pub bank: Signal<Out, Bit>,
    /// Entry read: `data` the next cycle.
    pub read_line: Signal<In, Bits<LINE_ADDR_W>>,
    pub read_bank: Signal<In, Bit>,
    pub read_entry: Signal<In, Bits<LINE_ENTRIES_LOG2>>,
    pub data: Signal<Out, Bits<64>>,
    /// Write one entry of a line being filled.
    pub write: Signal<In, Bit>,
    pub write_line: Signal<In, Bits<LINE_ADDR_W>>,
    pub write_bank: Signal<In, Bit>,
    pub write_entry: Signal<In, Bits<LINE_ENTRIES_LOG2>>,
    pub write_data: Signal<In, Bits<64>>,
    /// Make `write_line` (in `write_bank`) the valid line of its index.
    pub commit: Signal<In, Bit>,
    /// Empty every line; accepted while `busy` is low.
    pub inv_all: Signal<In, Bit>,
    pub busy: Signal<Out, Bit>,
    tags: RAM<Bits<TAG_W>, L>,
    lines: RAM<Bits<64>, LD>,
    state: DFF<LineCacheState>,
    key_line: DFF<Bits<LINE_ADDR_W>>,
    counter: DFF<Bits<13>>,
    entries: Constant<Bits<13>>,
    valid_bit: Constant<Bits<8>>,
    bank_bit: Constant<Bits<8>>,
    valid_mask: Constant<Bits<TAG_W>>,
    bank_shift: Constant<Bits<8>>,
    index_shift: Constant<Bits<8>>,
}

impl<const L: usize, const LD: usize> Default for LineCache<L, LD> {
    fn default() -> Self {
        assert_eq!(LD, L + 1 + LINE_ENTRIES_LOG2, "LineCache: LD must be L + 1 + log2(entries per line)");
        assert!(L <= 12, "LineCache: at most 2^12 lines");
        Self {
            clock: Default::default(),
            lookup_line: Default::default(),
            hit: Default::default(),
            bank: Default::default(),
            read_line: Default::default(),
            read_bank: Default::default(),
            read_entry: Default::default(),
            data: Default::default(),
            write: Default::default(),
            write_line: Default::default(),
            write_bank: Default::default(),
            write_entry: Default::default(),
            write_data: Default::default(),
            commit: Default::default(),
            inv_all: Default::default(),
            busy: Default::default(),
            tags: Default::default(),
            lines: Default::default(),
            state: Default::default(),
            key_line: Default::default(),
            counter: Default::default(),
            entries: Constant::new((1u64 << L).to_bits()),
            valid_bit: Constant::new(((TAG_W - 1) as u64).to_bits()),
            bank_bit: Constant::new(((TAG_W - 2) as u64).to_bits()),
            valid_mask: Constant::new(Bits::<TAG_W>::default().replace_bit(TAG_W - 1, true)),
            bank_shift: Constant::new((LINE_ENTRIES_LOG2 as u64).to_bits()),
            index_shift: Constant::new((LINE_ENTRIES_LOG2 as u64 + 1).to_bits()),
        }
    }
}

impl<const L: usize, const LD: usize> Logic for LineCache<L, LD> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, key_line, counter);
        self.tags.read_clock.next = self.clock.val();
        self.tags.write_clock.next = self.clock.val();
        self.lines.read_clock.next = self.clock.val();
        self.lines.write_clock.next = self.clock.val();
        self.tags.read_address.next = bit_cast::<L, LINE_ADDR_W>(self.lookup_line.val());
        self.key_line.d.next = self.lookup_line.val();
        self.hit.next = self.tags.read_data.val().get_bit(self.valid_bit.val().index())
            & (self.tags.read_data.val().get_bits::<LINE_ADDR_W>(0) == self.key_line.q.val());
        self.bank.next = self.tags.read_data.val().get_bit(self.bank_bit.val().index());
        self.lines.read_address.next = (bit_cast::<LD, L>(bit_cast::<L, LINE_ADDR_W>(self.read_line.val()))
            << self.index_shift.val())
            | (bit_cast::<LD, 1>(self.read_bank.val().into()) << self.bank_shift.val())
            | bit_cast::<LD, LINE_ENTRIES_LOG2>(self.read_entry.val());
        self.data.next = self.lines.read_data.val();
        self.lines.write_address.next =
            (bit_cast::<LD, L>(bit_cast::<L, LINE_ADDR_W>(self.write_line.val())) << self.index_shift.val())
                | (bit_cast::<LD, 1>(self.write_bank.val().into()) << self.bank_shift.val())
                | bit_cast::<LD, LINE_ENTRIES_LOG2>(self.write_entry.val());
        self.lines.write_data.next = self.write_data.val();
        self.lines.write_enable.next = self.write.val();
        self.tags.write_address.next = bit_cast::<L, LINE_ADDR_W>(self.write_line.val());
        self.tags.write_data.next = self.valid_mask.val()
            | (bit_cast::<TAG_W, 1>(self.write_bank.val().into()) << self.bank_bit.val())
            | bit_cast::<TAG_W, LINE_ADDR_W>(self.write_line.val());
        self.tags.write_enable.next = false;
        self.busy.next = self.state.q.val() != LineCacheState::Idle;
        match self.state.q.val() {
            LineCacheState::Clear => {
                self.tags.write_address.next = bit_cast::<L, 13>(self.counter.q.val());
                self.tags.write_data.next = 0.into();
                self.tags.write_enable.next = true;
                self.counter.d.next = self.counter.q.val() + 1;
                if (self.counter.q.val() + 1) == self.entries.val() {
                    self.state.d.next = LineCacheState::Idle;
                }
            }
            LineCacheState::Idle => {
                self.counter.d.next = 0.into();
                if self.inv_all.val() {
                    self.state.d.next = LineCacheState::Clear;
                } else if self.commit.val() {
                    self.tags.write_enable.next = true;
                }
            }
            _ => {
                self.state.d.next = LineCacheState::Clear;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_cache_signs_off() {
        crate::verilog::sign_off("line_cache", &mut LineCache::<2, 9>::default()).unwrap();
    }
}
