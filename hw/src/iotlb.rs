//! IOTLB (R4, R10): recent translations, with the model's policy (`TranslationUnit`):
//! direct-mapped, indexed by the 4 KiB VA page number XOR the protection slot (so the source
//! and destination of a copy between equally aligned buffers do not evict each other),
//! tagged with the protection slot, the slot's
//! generation and the VA page; holds the 4 KiB physical page and whether it is writable.
//! Invalidation by slot or all walks the entries one per cycle (by slot: read, compare, clear,
//! pipelined), while `busy` keeps requests out. Clears itself at power-up.

use crate::fields::shortcut::{SLOT_GENERATION_W, SLOT_W};
use crate::fields::{PA_PAGE_W, VA_PAGE_W};
use rust_hdl::prelude::*;

/// A stored entry: `{valid, slot, slot_generation, va_page, pa_page, writable}`.
pub const IOTLB_ENTRY_W: usize = 1 + SLOT_W + SLOT_GENERATION_W + VA_PAGE_W + PA_PAGE_W + 1;
const PA_LSB: u64 = 1;
const VA_LSB: u64 = PA_LSB + PA_PAGE_W as u64;
const GEN_LSB: u64 = VA_LSB + VA_PAGE_W as u64;
const SLOT_LSB: u64 = GEN_LSB + SLOT_GENERATION_W as u64;
const VALID_LSB: u64 = SLOT_LSB + SLOT_W as u64;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum IotlbState {
    /// Walking the entries to invalidate (power-up starts here, dropping all).
    Scan,
    Idle,
}

/// `2^I` entries.
#[derive(LogicBlock)]
pub struct Iotlb<const I: usize> {
    pub clock: Signal<In, Clock>,
    /// Lookup: `hit`, `pa_page` and `writable` are valid two cycles after the key is presented
    /// (held that long): the RAM read, then the tag compare, each in a cycle of its own.
    pub lookup_va_page: Signal<In, Bits<VA_PAGE_W>>,
    pub lookup_slot: Signal<In, Bits<SLOT_W>>,
    pub lookup_generation: Signal<In, Bits<SLOT_GENERATION_W>>,
    pub hit: Signal<Out, Bit>,
    pub pa_page: Signal<Out, Bits<PA_PAGE_W>>,
    pub writable: Signal<Out, Bit>,
    /// Store a translation (replacing whatever its index held).
    pub fill: Signal<In, Bit>,
    pub fill_va_page: Signal<In, Bits<VA_PAGE_W>>,
    pub fill_slot: Signal<In, Bits<SLOT_W>>,
    pub fill_generation: Signal<In, Bits<SLOT_GENERATION_W>>,
    pub fill_pa_page: Signal<In, Bits<PA_PAGE_W>>,
    pub fill_writable: Signal<In, Bit>,
    /// Drop every entry, or (`inv_slot_valid`) the entries of `inv_slot`; while `busy` is low.
    pub inv_all: Signal<In, Bit>,
    pub inv_slot_valid: Signal<In, Bit>,
    pub inv_slot: Signal<In, Bits<SLOT_W>>,
    pub busy: Signal<Out, Bit>,
    ram: RAM<Bits<IOTLB_ENTRY_W>, I>,
    state: DFF<IotlbState>,
    key_va_page: DFF<Bits<VA_PAGE_W>>,
    key_slot: DFF<Bits<SLOT_W>>,
    key_generation: DFF<Bits<SLOT_GENERATION_W>>,
    /// The scan drops only `scan_slot`'s entries. Low at power-up, so that the power-up
    /// scan drops every entry whatever the RAM holds.
    scan_one_slot: DFF<Bit>,
    scan_slot: DFF<Bits<SLOT_W>>,
    counter: DFF<Bits<17>>,
    prev: DFF<Bits<17>>,
    prev_valid: DFF<Bit>,
    hit_q: DFF<Bit>,
    pa_page_q: DFF<Bits<PA_PAGE_W>>,
    writable_q: DFF<Bit>,
    entry: Signal<Local, Bits<IOTLB_ENTRY_W>>,
    entry_valid: Signal<Local, Bit>,
    entry_slot: Signal<Local, Bits<SLOT_W>>,
    entries: Constant<Bits<17>>,
    valid_bit: Constant<Bits<8>>,
    slot_lsb: Constant<Bits<8>>,
    gen_lsb: Constant<Bits<8>>,
    va_lsb: Constant<Bits<8>>,
    pa_lsb: Constant<Bits<8>>,
    valid_mask: Constant<Bits<IOTLB_ENTRY_W>>,
}

impl<const I: usize> Default for Iotlb<I> {
    fn default() -> Self {
        assert!(I <= 16, "Iotlb: at most 2^16 entries");
        Self {
            clock: Default::default(),
            lookup_va_page: Default::default(),
            lookup_slot: Default::default(),
            lookup_generation: Default::default(),
            hit: Default::default(),
            pa_page: Default::default(),
            writable: Default::default(),
            fill: Default::default(),
            fill_va_page: Default::default(),
            fill_slot: Default::default(),
            fill_generation: Default::default(),
            fill_pa_page: Default::default(),
            fill_writable: Default::default(),
            inv_all: Default::default(),
            inv_slot_valid: Default::default(),
            inv_slot: Default::default(),
            busy: Default::default(),
            ram: Default::default(),
            state: Default::default(),
            key_va_page: Default::default(),
            key_slot: Default::default(),
            key_generation: Default::default(),
            scan_one_slot: DFF::default(),
            scan_slot: Default::default(),
            counter: Default::default(),
            prev: Default::default(),
            prev_valid: Default::default(),
            hit_q: Default::default(),
            pa_page_q: Default::default(),
            writable_q: Default::default(),
            entry: Default::default(),
            entry_valid: Default::default(),
            entry_slot: Default::default(),
            entries: Constant::new((1u64 << I).to_bits()),
            valid_bit: Constant::new(VALID_LSB.to_bits()),
            slot_lsb: Constant::new(SLOT_LSB.to_bits()),
            gen_lsb: Constant::new(GEN_LSB.to_bits()),
            va_lsb: Constant::new(VA_LSB.to_bits()),
            pa_lsb: Constant::new(PA_LSB.to_bits()),
            valid_mask: Constant::new(Bits::<IOTLB_ENTRY_W>::default().replace_bit(VALID_LSB as usize, true)),
        }
    }
}

impl<const I: usize> Logic for Iotlb<I> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            state,
            key_va_page,
            key_slot,
            key_generation,
            scan_one_slot,
            scan_slot,
            counter,
            prev,
            prev_valid,
            hit_q,
            pa_page_q,
            writable_q
        );
        self.ram.read_clock.next = self.clock.val();
        self.ram.write_clock.next = self.clock.val();
        self.ram.read_address.next = bit_cast::<I, VA_PAGE_W>(
            self.lookup_va_page.val() ^ bit_cast::<VA_PAGE_W, SLOT_W>(self.lookup_slot.val()),
        );
        self.key_va_page.d.next = self.lookup_va_page.val();
        self.key_slot.d.next = self.lookup_slot.val();
        self.key_generation.d.next = self.lookup_generation.val();
        self.entry.next = self.ram.read_data.val();
        self.entry_valid.next = self.entry.val().get_bit(self.valid_bit.val().index());
        self.entry_slot.next = self.entry.val().get_bits::<SLOT_W>(self.slot_lsb.val().index());
        self.hit.next = self.hit_q.q.val();
        self.pa_page.next = self.pa_page_q.q.val();
        self.writable.next = self.writable_q.q.val();
        self.hit_q.d.next = self.entry_valid.val()
            & (self.entry_slot.val() == self.key_slot.q.val())
            & (self.entry.val().get_bits::<SLOT_GENERATION_W>(self.gen_lsb.val().index())
                == self.key_generation.q.val())
            & (self.entry.val().get_bits::<VA_PAGE_W>(self.va_lsb.val().index()) == self.key_va_page.q.val());
        self.pa_page_q.d.next = self.entry.val().get_bits::<PA_PAGE_W>(self.pa_lsb.val().index());
        self.writable_q.d.next = self.entry.val().get_bit(0);
        self.ram.write_address.next = bit_cast::<I, VA_PAGE_W>(
            self.fill_va_page.val() ^ bit_cast::<VA_PAGE_W, SLOT_W>(self.fill_slot.val()),
        );
        self.ram.write_data.next = self.valid_mask.val()
            | (bit_cast::<IOTLB_ENTRY_W, SLOT_W>(self.fill_slot.val()) << self.slot_lsb.val())
            | (bit_cast::<IOTLB_ENTRY_W, SLOT_GENERATION_W>(self.fill_generation.val())
                << self.gen_lsb.val())
            | (bit_cast::<IOTLB_ENTRY_W, VA_PAGE_W>(self.fill_va_page.val()) << self.va_lsb.val())
            | (bit_cast::<IOTLB_ENTRY_W, PA_PAGE_W>(self.fill_pa_page.val()) << self.pa_lsb.val())
            | bit_cast::<IOTLB_ENTRY_W, 1>(self.fill_writable.val().into());
        self.ram.write_enable.next = false;
        self.busy.next = self.state.q.val() != IotlbState::Idle;
        match self.state.q.val() {
            IotlbState::Scan => {
                // Entry `prev` is on the read port now; `counter` is being read.
                self.ram.read_address.next = bit_cast::<I, 17>(self.counter.q.val());
                self.ram.write_address.next = bit_cast::<I, 17>(self.prev.q.val());
                self.ram.write_data.next = 0.into();
                if self.prev_valid.q.val()
                    & (!self.scan_one_slot.q.val() | (self.entry_slot.val() == self.scan_slot.q.val()))
                {
                    self.ram.write_enable.next = true;
                }
                if self.counter.q.val() == self.entries.val() {
                    self.prev_valid.d.next = false;
                    if !self.prev_valid.q.val() {
                        self.state.d.next = IotlbState::Idle;
                    }
                } else {
                    self.prev.d.next = self.counter.q.val();
                    self.prev_valid.d.next = true;
                    self.counter.d.next = self.counter.q.val() + 1;
                }
            }
            IotlbState::Idle => {
                self.counter.d.next = 0.into();
                self.prev_valid.d.next = false;
                if self.inv_all.val() | self.inv_slot_valid.val() {
                    self.scan_one_slot.d.next = !self.inv_all.val();
                    self.scan_slot.d.next = self.inv_slot.val();
                    self.state.d.next = IotlbState::Scan;
                } else if self.fill.val() {
                    self.ram.write_enable.next = true;
                }
            }
            _ => {
                self.state.d.next = IotlbState::Scan;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iotlb_signs_off() {
        crate::verilog::sign_off("iotlb", &mut Iotlb::<4>::default()).unwrap();
    }
}
