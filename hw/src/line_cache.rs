//! PTE-line cache (R4): the 512-byte lines of table pages that walks read, with the model's
//! policy: every table read goes through it and one host read fills a whole line of 64
//! entries; leaf-table (PT) lines are direct-mapped on the line address over `2^L` lines,
//! and PD, PDPT and PML4 entries each have one line of their own (the last line read at that
//! level), so a walk's upper levels never evict its leaves. Any invalidation empties it.
//!
//! Storage is one tag array of `2^(L+1)` entries (PT lines in the lower half, the three
//! upper-level lines at the start of the upper half) and one data array behind it.
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

/// `2^L` PT lines with `LT = L + 1` tag-address bits (`L >= 2`) and `LD = LT + 1 +
/// LINE_ENTRIES_LOG2` data-address bits (two banks per line).
#[derive(LogicBlock)]
pub struct LineCache<const LT: usize, const LD: usize> {
    pub clock: Signal<In, Clock>,
    /// Table level (minus one) of every line addressed below: 0 selects the direct-mapped
    /// PT lines, 1..3 the one line of PD, PDPT, PML4.
    pub level: Signal<In, Bits<2>>,
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
    tags: RAM<Bits<TAG_W>, LT>,
    lines: RAM<Bits<64>, LD>,
    state: DFF<LineCacheState>,
    key_line: DFF<Bits<LINE_ADDR_W>>,
    counter: DFF<Bits<14>>,
    lookup_index: Signal<Local, Bits<LT>>,
    read_index: Signal<Local, Bits<LT>>,
    write_index: Signal<Local, Bits<LT>>,
    /// Tag entries: `2^LT`.
    entries: Constant<Bits<14>>,
    /// Mask of a PT line's index (`2^L - 1`) and the first upper-level index (`2^L - 1`, PD
    /// at level field 1 lands on `2^L`).
    pt_mask: Constant<Bits<LT>>,
    upper_base: Constant<Bits<LT>>,
    valid_bit: Constant<Bits<8>>,
    bank_bit: Constant<Bits<8>>,
    valid_mask: Constant<Bits<TAG_W>>,
    bank_shift: Constant<Bits<8>>,
    index_shift: Constant<Bits<8>>,
}

impl<const LT: usize, const LD: usize> Default for LineCache<LT, LD> {
    fn default() -> Self {
        assert_eq!(LD, LT + 1 + LINE_ENTRIES_LOG2, "LineCache: LD must be LT + 1 + log2(entries per line)");
        assert!((3..=13).contains(&LT), "LineCache: 4 to 4096 PT lines (LT = log2(lines) + 1)");
        let pt_lines = 1u64 << (LT - 1);
        Self {
            clock: Default::default(),
            level: Default::default(),
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
            lookup_index: Default::default(),
            read_index: Default::default(),
            write_index: Default::default(),
            entries: Constant::new((1u64 << LT).to_bits()),
            pt_mask: Constant::new((pt_lines - 1).to_bits()),
            upper_base: Constant::new((pt_lines - 1).to_bits()),
            valid_bit: Constant::new(((TAG_W - 1) as u64).to_bits()),
            bank_bit: Constant::new(((TAG_W - 2) as u64).to_bits()),
            valid_mask: Constant::new(Bits::<TAG_W>::default().replace_bit(TAG_W - 1, true)),
            bank_shift: Constant::new((LINE_ENTRIES_LOG2 as u64).to_bits()),
            index_shift: Constant::new((LINE_ENTRIES_LOG2 as u64 + 1).to_bits()),
        }
    }
}

impl<const LT: usize, const LD: usize> Logic for LineCache<LT, LD> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, key_line, counter);
        self.tags.read_clock.next = self.clock.val();
        self.tags.write_clock.next = self.clock.val();
        self.lines.read_clock.next = self.clock.val();
        self.lines.write_clock.next = self.clock.val();
        // Tag index: the PT line's low bits, or the level's own line.
        self.lookup_index.next = bit_cast::<LT, LINE_ADDR_W>(self.lookup_line.val()) & self.pt_mask.val();
        self.read_index.next = bit_cast::<LT, LINE_ADDR_W>(self.read_line.val()) & self.pt_mask.val();
        self.write_index.next = bit_cast::<LT, LINE_ADDR_W>(self.write_line.val()) & self.pt_mask.val();
        if self.level.val() != 0 {
            self.lookup_index.next = self.upper_base.val() + bit_cast::<LT, 2>(self.level.val());
            self.read_index.next = self.upper_base.val() + bit_cast::<LT, 2>(self.level.val());
            self.write_index.next = self.upper_base.val() + bit_cast::<LT, 2>(self.level.val());
        }
        self.tags.read_address.next = self.lookup_index.val();
        self.key_line.d.next = self.lookup_line.val();
        self.hit.next = self.tags.read_data.val().get_bit(self.valid_bit.val().index())
            & (self.tags.read_data.val().get_bits::<LINE_ADDR_W>(0) == self.key_line.q.val());
        self.bank.next = self.tags.read_data.val().get_bit(self.bank_bit.val().index());
        self.lines.read_address.next = (bit_cast::<LD, LT>(self.read_index.val()) << self.index_shift.val())
            | (bit_cast::<LD, 1>(self.read_bank.val().into()) << self.bank_shift.val())
            | bit_cast::<LD, LINE_ENTRIES_LOG2>(self.read_entry.val());
        self.data.next = self.lines.read_data.val();
        self.lines.write_address.next = (bit_cast::<LD, LT>(self.write_index.val())
            << self.index_shift.val())
            | (bit_cast::<LD, 1>(self.write_bank.val().into()) << self.bank_shift.val())
            | bit_cast::<LD, LINE_ENTRIES_LOG2>(self.write_entry.val());
        self.lines.write_data.next = self.write_data.val();
        self.lines.write_enable.next = self.write.val();
        self.tags.write_address.next = self.write_index.val();
        self.tags.write_data.next = self.valid_mask.val()
            | (bit_cast::<TAG_W, 1>(self.write_bank.val().into()) << self.bank_bit.val())
            | bit_cast::<TAG_W, LINE_ADDR_W>(self.write_line.val());
        self.tags.write_enable.next = false;
        self.busy.next = self.state.q.val() != LineCacheState::Idle;
        match self.state.q.val() {
            LineCacheState::Clear => {
                self.tags.write_address.next = bit_cast::<LT, 14>(self.counter.q.val());
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
        crate::verilog::sign_off("line_cache", &mut LineCache::<3, 10>::default()).unwrap();
    }
}
