//! Page walker (R4, R5): from the table page and level a shortcut unsealed to, walks the
//! remaining level(s) of the x86-64 table down to the leaf for a VA, as `viaduct_model::walk`
//! does: every visited entry must be present; PS at PML4 or a misaligned 2 MiB / 1 GiB frame is
//! `BadTableEntry`; rights and pinning come from the leaf alone (`NotPinned`, `ReadOnly`).
//!
//! Every entry read goes through the PTE-line cache (see [`crate::line_cache`] for its
//! placement policy) when it is enabled: a miss reads the whole
//! 512-byte line as one AXI4 INCR burst of 64 eight-byte beats; with the cache disabled each
//! entry is one single-beat read. A read answered with SLVERR or DECERR on any beat, or a
//! burst whose RLAST does not come with its last beat, ends the walk with `HostReadError`; no answer within `watchdog` cycles (counted from the last progress on the
//! bus) ends it with `HostTimeout`. The walker never hangs on the bus: `rready` is always high
//! and beats whose ID is not the current read's are dropped, so a late answer to a timed-out
//! read (its ID is retired) cannot be mistaken for a new one.
//!
//! One walk at a time, one read outstanding. The port is ready for several walks in flight:
//! each read carries an AXI ID and answers are matched by ID, so walkers can share the host
//! port behind an ID-routing arbiter without change.

use crate::axi::{self, WalkerReadMaster};
use crate::fields::{LINE_ADDR_W, LINE_ENTRIES_LOG2, LINE_SHIFT, STATUS_W, pte, shortcut::LEVEL_W};
use crate::line_cache::LineCache;
use crate::watchdog::Watchdog;
use rust_hdl::prelude::*;
use viaduct_abi::Status;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum WalkerState {
    Idle,
    /// Compute the entry address of the current level; look its line up.
    Entry,
    /// Line-cache tag answer, registered.
    TagWait,
    /// Act on it: read the entry from the line, or the line from the host.
    TagCheck,
    /// Line-cache data answer.
    DataWait,
    IssueAr,
    WaitR,
    Decode,
    Done,
}

#[derive(LogicBlock)]
pub struct Walker<const LT: usize, const LD: usize> {
    pub clock: Signal<In, Clock>,
    /// Start a walk; accepted while `busy` is low.
    pub start: Signal<In, Bit>,
    /// Physical address of the table page to start from (4 KiB aligned).
    pub table_pa: Signal<In, Bits<64>>,
    /// Level of that table minus one (the shortcut's `level` field: 0 PT .. 3 PML4).
    pub level: Signal<In, Bits<LEVEL_W>>,
    pub va: Signal<In, Bits<64>>,
    pub write: Signal<In, Bit>,
    pub line_cache_enable: Signal<In, Bit>,
    /// Cycles without bus progress before `HostTimeout`.
    pub watchdog: Signal<In, Bits<32>>,
    /// Empty the line cache; accepted while `busy` is low.
    pub inv_all: Signal<In, Bit>,
    pub busy: Signal<Out, Bit>,
    /// One-cycle pulse at the end of a walk; `status`, `pa`, `writable` hold until the next.
    pub done: Signal<Out, Bit>,
    pub status: Signal<Out, Bits<STATUS_W>>,
    pub pa: Signal<Out, Bits<64>>,
    pub writable: Signal<Out, Bit>,
    /// One-cycle pulses for the TableReads and LineHits counters.
    pub table_read: Signal<Out, Bit>,
    pub line_hit: Signal<Out, Bit>,
    pub m_axi: WalkerReadMaster,
    cache: LineCache<LT, LD>,
    state: DFF<WalkerState>,
    table_q: DFF<Bits<64>>,
    level_q: DFF<Bits<LEVEL_W>>,
    va_q: DFF<Bits<64>>,
    write_q: DFF<Bit>,
    lce_q: DFF<Bit>,
    ea_q: DFF<Bits<64>>,
    entry_q: DFF<Bits<64>>,
    bank_q: DFF<Bit>,
    /// The tag lookup hit (taken in TagWait, acted on in TagCheck).
    tag_hit_q: DFF<Bit>,
    beat_q: DFF<Bits<8>>,
    err_q: DFF<Bit>,
    /// Cycles waited for the table read's address or data to be taken.
    wd: Watchdog,
    /// A beat of this walk's read was taken in the cycle before: the watchdog hears of the
    /// progress from this register (`after_progress`), not from the read port, whose answer
    /// comes through the read join, often placed far away.
    beat_seen_q: DFF<Bit>,
    id_q: DFF<Bits<{ axi::ID_W }>>,
    status_q: DFF<Bits<STATUS_W>>,
    pa_q: DFF<Bits<64>>,
    writable_q: DFF<Bit>,
    shift: Signal<Local, Bits<8>>,
    ea: Signal<Local, Bits<64>>,
    frame: Signal<Local, Bits<64>>,
    offset_mask: Signal<Local, Bits<64>>,
    entry_index: Signal<Local, Bits<LINE_ENTRIES_LOG2>>,
    one: Constant<Bits<64>>,
    page_shift: Constant<Bits<8>>,
    line_shift: Constant<Bits<8>>,
    addr_mask: Constant<Bits<64>>,
    line_mask: Constant<Bits<64>>,
    line_len: Constant<Bits<8>>,
    beat_size: Constant<Bits<3>>,
    burst_incr: Constant<Bits<2>>,
    /// SLVERR; DECERR is above it, OKAY and EXOKAY below.
    resp_slverr: Constant<Bits<2>>,
    present_bit: Constant<Bits<8>>,
    writable_bit: Constant<Bits<8>>,
    huge_bit: Constant<Bits<8>>,
    pinned_bit: Constant<Bits<8>>,
    ok: Constant<Bits<STATUS_W>>,
    not_present: Constant<Bits<STATUS_W>>,
    not_pinned: Constant<Bits<STATUS_W>>,
    read_only: Constant<Bits<STATUS_W>>,
    bad_entry: Constant<Bits<STATUS_W>>,
    host_read_error: Constant<Bits<STATUS_W>>,
    host_timeout: Constant<Bits<STATUS_W>>,
}

fn status(s: Status) -> Constant<Bits<STATUS_W>> {
    Constant::new(u64::from(s.code()).to_bits())
}

fn bit(f: viaduct_abi::layout::LayoutField) -> Constant<Bits<8>> {
    assert_eq!(f.width, 1);
    Constant::new(u64::from(f.lsb).to_bits())
}

impl<const LT: usize, const LD: usize> Default for Walker<LT, LD> {
    fn default() -> Self {
        let line_entries = 1u64 << LINE_ENTRIES_LOG2;
        Self {
            clock: Default::default(),
            start: Default::default(),
            table_pa: Default::default(),
            level: Default::default(),
            va: Default::default(),
            write: Default::default(),
            line_cache_enable: Default::default(),
            watchdog: Default::default(),
            inv_all: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            status: Default::default(),
            pa: Default::default(),
            writable: Default::default(),
            table_read: Default::default(),
            line_hit: Default::default(),
            m_axi: Default::default(),
            cache: Default::default(),
            state: Default::default(),
            table_q: Default::default(),
            level_q: Default::default(),
            va_q: Default::default(),
            write_q: Default::default(),
            lce_q: Default::default(),
            ea_q: Default::default(),
            entry_q: Default::default(),
            bank_q: Default::default(),
            tag_hit_q: Default::default(),
            beat_q: Default::default(),
            err_q: Default::default(),
            wd: Default::default(),
            beat_seen_q: Default::default(),
            id_q: Default::default(),
            status_q: Default::default(),
            pa_q: Default::default(),
            writable_q: Default::default(),
            shift: Default::default(),
            ea: Default::default(),
            frame: Default::default(),
            offset_mask: Default::default(),
            entry_index: Default::default(),
            one: Constant::new(1u64.to_bits()),
            page_shift: Constant::new(u64::from(viaduct_abi::pagetable::PAGE_SHIFT).to_bits()),
            line_shift: Constant::new((LINE_SHIFT as u64).to_bits()),
            addr_mask: Constant::new(viaduct_abi::pagetable::PTE_ADDR_MASK.to_bits()),
            line_mask: Constant::new((!(viaduct_abi::config::PTE_LINE_BYTES - 1)).to_bits()),
            line_len: Constant::new((line_entries - 1).to_bits()),
            beat_size: Constant::new(u64::from(viaduct_abi::pagetable::PTE_SIZE.trailing_zeros()).to_bits()),
            burst_incr: Constant::new(axi::BURST_INCR.to_bits()),
            resp_slverr: Constant::new(axi::RESP_SLVERR.to_bits()),
            present_bit: bit(pte::PRESENT),
            writable_bit: bit(pte::WRITABLE),
            huge_bit: bit(pte::HUGE),
            pinned_bit: bit(pte::PINNED),
            ok: status(Status::Ok),
            not_present: status(Status::NotPresent),
            not_pinned: status(Status::NotPinned),
            read_only: status(Status::ReadOnly),
            bad_entry: status(Status::BadTableEntry),
            host_read_error: status(Status::HostReadError),
            host_timeout: status(Status::HostTimeout),
        }
    }
}

impl<const LT: usize, const LD: usize> Logic for Walker<LT, LD> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            state,
            table_q,
            level_q,
            va_q,
            write_q,
            lce_q,
            ea_q,
            entry_q,
            bank_q,
            tag_hit_q,
            beat_q,
            err_q,
            beat_seen_q,
            id_q,
            status_q,
            pa_q,
            writable_q
        );
        self.beat_seen_q.d.next = false;
        self.cache.clock.next = self.clock.val();
        self.cache.level.next = self.level_q.q.val();
        // Entry shift of the current level: 12 + 9 * (level - 1); also the leaf page shift.
        self.shift.next = (bit_cast::<8, LEVEL_W>(self.level_q.q.val()) << 3)
            + bit_cast::<8, LEVEL_W>(self.level_q.q.val())
            + self.page_shift.val();
        self.ea.next = self.table_q.q.val()
            + (bit_cast::<64, 9>(bit_cast::<9, 64>(self.va_q.q.val() >> self.shift.val())) << 3);
        self.frame.next = self.entry_q.q.val() & self.addr_mask.val();
        self.offset_mask.next = (self.one.val() << self.shift.val()) - 1;
        self.entry_index.next = bit_cast::<LINE_ENTRIES_LOG2, 64>(self.ea_q.q.val() >> 3);
        // Line cache: lookups follow the entry address, writes follow the fill.
        self.cache.lookup_line.next = bit_cast::<LINE_ADDR_W, 64>(self.ea.val() >> self.line_shift.val());
        self.cache.read_line.next = bit_cast::<LINE_ADDR_W, 64>(self.ea_q.q.val() >> self.line_shift.val());
        self.cache.read_bank.next = self.cache.bank.val();
        self.cache.read_entry.next = self.entry_index.val();
        self.cache.write.next = false;
        self.cache.write_line.next = bit_cast::<LINE_ADDR_W, 64>(self.ea_q.q.val() >> self.line_shift.val());
        self.cache.write_bank.next = self.bank_q.q.val();
        self.cache.write_entry.next = bit_cast::<LINE_ENTRIES_LOG2, 8>(self.beat_q.q.val());
        self.cache.write_data.next = self.m_axi.rdata.val();
        self.cache.commit.next = false;
        self.cache.inv_all.next = self.inv_all.val() & (self.state.q.val() == WalkerState::Idle);
        // Host read port.
        self.m_axi.arvalid.next = false;
        self.m_axi.arid.next = self.id_q.q.val();
        self.m_axi.araddr.next = self.ea_q.q.val();
        self.m_axi.arlen.next = 0.into();
        self.m_axi.arsize.next = self.beat_size.val();
        self.m_axi.arburst.next = self.burst_incr.val();
        self.m_axi.rready.next = true;
        if self.lce_q.q.val() {
            self.m_axi.araddr.next = self.ea_q.q.val() & self.line_mask.val();
            self.m_axi.arlen.next = self.line_len.val();
        }
        self.busy.next = (self.state.q.val() != WalkerState::Idle) | self.cache.busy.val();
        self.done.next = false;
        self.status.next = self.status_q.q.val();
        self.pa.next = self.pa_q.q.val();
        self.writable.next = self.writable_q.q.val();
        self.table_read.next = false;
        self.line_hit.next = false;
        self.wd.clock.next = self.clock.val();
        self.wd.limit.next = self.watchdog.val();
        self.wd.count.next = false;
        self.wd.restart.next = false;
        self.wd.after_progress.next = false;
        match self.state.q.val() {
            WalkerState::Idle => {
                if self.start.val() & !self.cache.busy.val() {
                    self.table_q.d.next = self.table_pa.val();
                    self.level_q.d.next = self.level.val();
                    self.va_q.d.next = self.va.val();
                    self.write_q.d.next = self.write.val();
                    self.lce_q.d.next = self.line_cache_enable.val();
                    self.state.d.next = WalkerState::Entry;
                }
            }
            WalkerState::Entry => {
                self.ea_q.d.next = self.ea.val();
                self.wd.restart.next = true;
                self.beat_q.d.next = 0.into();
                self.err_q.d.next = false;
                if self.lce_q.q.val() {
                    self.state.d.next = WalkerState::TagWait;
                } else {
                    self.table_read.next = true;
                    self.state.d.next = WalkerState::IssueAr;
                }
            }
            WalkerState::TagWait => {
                // The tag RAM keeps showing the line's tag: the data read in TagCheck takes
                // its bank; a fill goes to the other bank.
                self.tag_hit_q.d.next = self.cache.hit.val();
                self.bank_q.d.next = !self.cache.bank.val();
                self.state.d.next = WalkerState::TagCheck;
            }
            WalkerState::TagCheck => {
                if self.tag_hit_q.q.val() {
                    self.line_hit.next = true;
                    self.state.d.next = WalkerState::DataWait;
                } else {
                    self.table_read.next = true;
                    self.state.d.next = WalkerState::IssueAr;
                }
            }
            WalkerState::DataWait => {
                self.entry_q.d.next = self.cache.data.val();
                self.state.d.next = WalkerState::Decode;
            }
            WalkerState::IssueAr => {
                self.m_axi.arvalid.next = true;
                self.wd.count.next = true;
                if self.m_axi.arready.val() {
                    self.wd.restart.next = true;
                    self.state.d.next = WalkerState::WaitR;
                } else if self.wd.expired.val() {
                    self.id_q.d.next = self.id_q.q.val() + 1;
                    self.status_q.d.next = self.host_timeout.val();
                    self.state.d.next = WalkerState::Done;
                }
            }
            WalkerState::WaitR => {
                self.wd.count.next = true;
                self.wd.after_progress.next = self.beat_seen_q.q.val();
                if self.m_axi.rvalid.val() & (self.m_axi.rid.val() == self.id_q.q.val()) {
                    self.beat_seen_q.d.next = true;
                    self.beat_q.d.next = self.beat_q.q.val() + 1;
                    self.cache.write.next = self.lce_q.q.val();
                    if !self.lce_q.q.val()
                        | (bit_cast::<LINE_ENTRIES_LOG2, 8>(self.beat_q.q.val()) == self.entry_index.val())
                    {
                        self.entry_q.d.next = self.m_axi.rdata.val();
                    }
                    if self.m_axi.rresp.val() >= self.resp_slverr.val() {
                        self.err_q.d.next = true;
                    }
                    if self.m_axi.rlast.val() != (self.beat_q.q.val() == self.m_axi.arlen.val()) {
                        // RLAST early, late or missing: a broken burst. Retire its ID, so the
                        // rest of it is dropped, and report a read error.
                        self.id_q.d.next = self.id_q.q.val() + 1;
                        self.status_q.d.next = self.host_read_error.val();
                        self.state.d.next = WalkerState::Done;
                    } else if self.m_axi.rlast.val() {
                        if self.err_q.q.val() | (self.m_axi.rresp.val() >= self.resp_slverr.val()) {
                            self.status_q.d.next = self.host_read_error.val();
                            self.state.d.next = WalkerState::Done;
                        } else {
                            self.cache.commit.next = self.lce_q.q.val();
                            self.state.d.next = WalkerState::Decode;
                        }
                    }
                } else if self.wd.expired.val() {
                    self.id_q.d.next = self.id_q.q.val() + 1;
                    self.status_q.d.next = self.host_timeout.val();
                    self.state.d.next = WalkerState::Done;
                }
            }
            WalkerState::Decode => {
                self.state.d.next = WalkerState::Done;
                if !self.entry_q.q.val().get_bit(self.present_bit.val().index()) {
                    self.status_q.d.next = self.not_present.val();
                } else if (self.level_q.q.val() == 3)
                    & self.entry_q.q.val().get_bit(self.huge_bit.val().index())
                {
                    self.status_q.d.next = self.bad_entry.val();
                } else if (self.level_q.q.val() == 0)
                    | self.entry_q.q.val().get_bit(self.huge_bit.val().index())
                {
                    // A leaf: a 4 KiB page at PT, or a 2 MiB / 1 GiB page at PD / PDPT.
                    if (self.frame.val() & self.offset_mask.val()) != 0 {
                        self.status_q.d.next = self.bad_entry.val();
                    } else if !self.entry_q.q.val().get_bit(self.pinned_bit.val().index()) {
                        self.status_q.d.next = self.not_pinned.val();
                    } else if self.write_q.q.val()
                        & !self.entry_q.q.val().get_bit(self.writable_bit.val().index())
                    {
                        self.status_q.d.next = self.read_only.val();
                    } else {
                        self.status_q.d.next = self.ok.val();
                        self.pa_q.d.next = self.frame.val() + (self.va_q.q.val() & self.offset_mask.val());
                        self.writable_q.d.next =
                            self.entry_q.q.val().get_bit(self.writable_bit.val().index());
                    }
                } else {
                    self.table_q.d.next = self.frame.val();
                    self.level_q.d.next = self.level_q.q.val() - 1;
                    self.state.d.next = WalkerState::Entry;
                }
            }
            WalkerState::Done => {
                self.done.next = true;
                self.state.d.next = WalkerState::Idle;
            }
            _ => {
                self.state.d.next = WalkerState::Idle;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walker_signs_off() {
        crate::verilog::sign_off("walker", &mut Walker::<3, 10>::default()).unwrap();
    }
}
