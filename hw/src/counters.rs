//! Counter bank: the engine's 64-bit counters of `viaduct_abi::counters` (descriptors, bytes,
//! doorbells, interrupts, frames, storage commands, key commits, invalidations and one per
//! failing status), read by index for BAR0. The translation unit keeps its cache counters
//! itself; they come in here only to be read.
//!
//! The counters that count one event at a time live in a LUT RAM with one shared adder, not
//! in 64-bit registers with an adder each. Each such counter has a small pending count that
//! its events increment; a walk visits one entry per cycle and writes RAM word plus pending
//! count back. The walk takes an entry's pending count a cycle ahead, with the RAM read, so
//! the add into the RAM sees registers only. A read of such a counter waits for the walk to
//! reach it (at most `COUNTER_COUNT + 1` cycles) and is answered from a register a cycle later.
//! The event inputs and the clear are registered as they come in, so the bank counts a cycle
//! behind: an answer is the exact count of two cycles before it. The translation unit's cache
//! counters come in as counts, passed through with the answer; that unit registers its events
//! the same way, so they too are the counts of two cycles before. Clearing drops the valid bit of every entry,
//! so no RAM sweep is needed.

use crate::block::clog2;
use crate::hdl_block;
use crate::lutram::LutRam;
use rust_hdl::prelude::*;
use viaduct_abi::Counter;
use viaduct_abi::counters::{COUNTER_COUNT, ERROR_COUNTER_BASE};
use viaduct_abi::status::Status;

/// Number of per-status error counters.
pub const ERROR_COUNTERS: usize = COUNTER_COUNT - ERROR_COUNTER_BASE;
/// Width of a counter index into the RAM.
const ENTRY_W: usize = clog2(COUNTER_COUNT);
/// Width of a pending count. The walk comes back to an entry every `COUNTER_COUNT` cycles and
/// a counter counts at most one event per cycle, so a pending count never exceeds that.
const PENDING_W: usize = clog2(COUNTER_COUNT + 1);
const _: () = assert!(COUNTER_COUNT < 1 << PENDING_W && COUNTER_COUNT <= 64);

fn index(c: Counter) -> Constant<Bits<8>> {
    crate::block::constant(c.index() as u64)
}

/// The status code of each error counter, eight bits each in counter order.
fn error_codes() -> Constant<Bits<{ 8 * ERROR_COUNTERS }>> {
    let mut words = vec![0u64; ERROR_COUNTERS.div_ceil(8)];
    for k in 0..ERROR_COUNTERS {
        let Some(Counter::Errors(s)) = Counter::from_index(ERROR_COUNTER_BASE + k) else {
            panic!("counter {} is not an error counter", ERROR_COUNTER_BASE + k)
        };
        assert_ne!(s, Status::Ok);
        words[k / 8] |= u64::from(s.code()) << (8 * (k % 8));
    }
    crate::block::wide_constant(&words)
}

hdl_block! {
    pub struct CounterBank {
        pub clock: Signal<In, Clock>,
        /// Zero every counter (soft reset).
        pub clear: Signal<In, Bit>,
        /// One-cycle increments.
        pub completions: Signal<In, Bit>,
        pub failures: Signal<In, Bit>,
        pub doorbells: Signal<In, Bit>,
        pub doorbells_ignored: Signal<In, Bit>,
        pub queue_overflows: Signal<In, Bit>,
        pub interrupts: Signal<In, Bit>,
        pub frames_sent: Signal<In, Bit>,
        pub frames_received: Signal<In, Bit>,
        pub storage_commands: Signal<In, Bit>,
        pub key_commits: Signal<In, Bit>,
        pub invalidations: Signal<In, Bit>,
        /// Added to Bytes every cycle (zero when nothing completes).
        pub bytes_add: Signal<In, Bits<32>>,
        /// Count one descriptor that ended with `error_status`.
        pub error: Signal<In, Bit>,
        pub error_status: Signal<In, Bits<8>>,
        /// The translation unit's cache counters.
        pub table_reads: Signal<In, Bits<64>>,
        pub iotlb_hits: Signal<In, Bits<64>>,
        pub iotlb_misses: Signal<In, Bits<64>>,
        pub line_hits: Signal<In, Bits<64>>,
        /// A read of counter `read_index` (zero past the last one), taken on `read_request`
        /// unless one is in progress; answered by a one-cycle `read_valid` with `read_value`
        /// (both registers), the count of two cycles before.
        pub read_request: Signal<In, Bit>,
        pub read_index: Signal<In, Bits<8>>,
        pub read_valid: Signal<Out, Bit>,
        pub read_value: Signal<Out, Bits<64>>,
        /// The inputs, a cycle old: each event, Bytes' addend and the clear.
        events_q: DFF<Bits<64>>,
        bytes_q: DFF<Bits<32>>,
        clear_q: DFF<Bit>,
        /// Bytes may grow by 2^32 a cycle, too fast for a pending count: a register of its own.
        c_bytes: DFF<Bits<64>>,
        /// Every other counter of this bank: RAM word plus pending count, by counter index.
        ram: LutRam<Bits<64>, ENTRY_W>,
        pending: [DFF<Bits<PENDING_W>>; COUNTER_COUNT] = crate::block::array(),
        /// Bit i: RAM word i has been written since the last clear (else it reads as zero).
        valid: DFF<Bits<64>>,
        /// The walk: the entry whose word is read this cycle, and the entry whose word arrived
        /// and is written back with its pending count added; that count and the entry's valid
        /// bit, taken with the read.
        walk: DFF<Bits<ENTRY_W>>,
        adding: DFF<Bits<ENTRY_W>>,
        adding_pending: DFF<Bits<PENDING_W>>,
        adding_valid: DFF<Bit>,
        /// The read in progress, and whether its counter is a register or an input (answered at
        /// once) rather than a RAM word.
        reading: DFF<Bit>,
        index: DFF<Bits<8>>,
        direct: DFF<Bit>,
        /// The answer.
        answer_valid: DFF<Bit>,
        answer: DFF<Bits<64>>,
        answer_now: Signal<Local, Bit>,
        answer_value: Signal<Local, Bits<64>>,
        /// Bit i: counter i counts one this cycle.
        events: Signal<Local, Bits<64>>,
        error_events: Signal<Local, Bits<ERROR_COUNTERS>>,
        walk_base: Signal<Local, Bits<64>>,
        walk_count: Signal<Local, Bits<64>>,
        ix: Signal<Local, Bits<8>>,
        codes: Constant<Bits<{ 8 * ERROR_COUNTERS }>> = error_codes(),
        error_base: Constant<Bits<8>> = crate::block::constant(ERROR_COUNTER_BASE as u64),
        count: Constant<Bits<8>> = crate::block::constant(COUNTER_COUNT as u64),
        last_entry: Constant<Bits<ENTRY_W>> = crate::block::constant(COUNTER_COUNT as u64 - 1),
        i_completions: Constant<Bits<8>> = index(Counter::Completions),
        i_failures: Constant<Bits<8>> = index(Counter::Failures),
        i_bytes: Constant<Bits<8>> = index(Counter::Bytes),
        i_doorbells: Constant<Bits<8>> = index(Counter::Doorbells),
        i_doorbells_ignored: Constant<Bits<8>> = index(Counter::DoorbellsIgnored),
        i_queue_overflows: Constant<Bits<8>> = index(Counter::QueueOverflows),
        i_table_reads: Constant<Bits<8>> = index(Counter::TableReads),
        i_iotlb_hits: Constant<Bits<8>> = index(Counter::IotlbHits),
        i_iotlb_misses: Constant<Bits<8>> = index(Counter::IotlbMisses),
        i_line_hits: Constant<Bits<8>> = index(Counter::LineHits),
        i_interrupts: Constant<Bits<8>> = index(Counter::Interrupts),
        i_frames_sent: Constant<Bits<8>> = index(Counter::FramesSent),
        i_frames_received: Constant<Bits<8>> = index(Counter::FramesReceived),
        i_storage_commands: Constant<Bits<8>> = index(Counter::StorageCommands),
        i_key_commits: Constant<Bits<8>> = index(Counter::KeyCommits),
        i_invalidations: Constant<Bits<8>> = index(Counter::Invalidations),
    }
}

impl Logic for CounterBank {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            events_q,
            bytes_q,
            clear_q,
            c_bytes,
            valid,
            walk,
            adding,
            adding_pending,
            adding_valid,
            reading,
            index,
            direct,
            answer_valid,
            answer
        );
        self.ram.clock.next = self.clock.val();
        self.bytes_q.d.next = self.bytes_add.val();
        self.clear_q.d.next = self.clear.val();
        self.c_bytes.d.next = self.c_bytes.q.val() + bit_cast::<64, 32>(self.bytes_q.q.val());

        // This cycle's events, one bit per counter index.
        self.error_events.next = 0.into();
        for k in 0..ERROR_COUNTERS {
            self.error_events.next = self.error_events.val().replace_bit(
                k,
                self.error.val() & (self.error_status.val() == self.codes.val().get_bits::<8>(k * 8)),
            );
        }
        self.events.next = bit_cast::<64, ERROR_COUNTERS>(self.error_events.val()) << self.error_base.val();
        self.events.next =
            self.events.val().replace_bit(self.i_completions.val().index(), self.completions.val());
        self.events.next = self.events.val().replace_bit(self.i_failures.val().index(), self.failures.val());
        self.events.next =
            self.events.val().replace_bit(self.i_doorbells.val().index(), self.doorbells.val());
        self.events.next = self
            .events
            .val()
            .replace_bit(self.i_doorbells_ignored.val().index(), self.doorbells_ignored.val());
        self.events.next =
            self.events.val().replace_bit(self.i_queue_overflows.val().index(), self.queue_overflows.val());
        self.events.next =
            self.events.val().replace_bit(self.i_interrupts.val().index(), self.interrupts.val());
        self.events.next =
            self.events.val().replace_bit(self.i_frames_sent.val().index(), self.frames_sent.val());
        self.events.next =
            self.events.val().replace_bit(self.i_frames_received.val().index(), self.frames_received.val());
        self.events.next =
            self.events.val().replace_bit(self.i_storage_commands.val().index(), self.storage_commands.val());
        self.events.next =
            self.events.val().replace_bit(self.i_key_commits.val().index(), self.key_commits.val());
        self.events.next =
            self.events.val().replace_bit(self.i_invalidations.val().index(), self.invalidations.val());

        self.events_q.d.next = self.events.val();

        // Pending counts: the walked entry hands its count, its registered event included, to the
        // add of the next cycle and starts again from zero; the others add theirs.
        self.adding_pending.d.next = 0.into();
        self.ix.next = 0.into();
        for k in 0..COUNTER_COUNT {
            self.pending[k].clock.next = self.clock.val();
            self.pending[k].d.next = self.pending[k].q.val();
            if self.events_q.q.val().get_bit(k) {
                self.pending[k].d.next = self.pending[k].q.val() + 1;
            }
            if bit_cast::<8, ENTRY_W>(self.walk.q.val()) == self.ix.val() {
                self.adding_pending.d.next = self.pending[k].q.val();
                if self.events_q.q.val().get_bit(k) {
                    self.adding_pending.d.next = self.pending[k].q.val() + 1;
                }
                self.pending[k].d.next = 0.into();
            }
            if self.clear_q.q.val() {
                self.pending[k].d.next = 0.into();
            }
            self.ix.next = self.ix.val() + 1;
        }

        // The walk: one RAM word a cycle takes its pending count. It reads an entry's word in
        // one cycle and writes it back in the next, so the word read includes the last write.
        self.ram.read_address.next = self.walk.q.val();
        self.adding_valid.d.next = self.valid.q.val().get_bit(self.walk.q.val().index());
        self.walk_base.next = 0.into();
        if self.adding_valid.q.val() {
            self.walk_base.next = self.ram.read_data.val();
        }
        self.walk_count.next = self.walk_base.val() + bit_cast::<64, PENDING_W>(self.adding_pending.q.val());
        self.ram.write_enable.next = true;
        self.ram.write_address.next = self.adding.q.val();
        self.ram.write_data.next = self.walk_count.val();
        self.valid.d.next = self.valid.q.val().replace_bit(self.adding.q.val().index(), true);
        self.adding.d.next = self.walk.q.val();
        self.walk.d.next = self.walk.q.val() + 1;
        if self.walk.q.val() == self.last_entry.val() {
            self.walk.d.next = 0.into();
        }
        if self.clear_q.q.val() {
            self.c_bytes.d.next = 0.into();
            self.valid.d.next = 0.into();
            self.adding_pending.d.next = 0.into();
            self.adding_valid.d.next = false;
        }

        // Read port: a RAM counter is answered when the walk writes it back, the others at once,
        // through the answer registers.
        self.answer_now.next = self.reading.q.val()
            & (self.direct.q.val() | (bit_cast::<8, ENTRY_W>(self.adding.q.val()) == self.index.q.val()));
        self.answer_valid.d.next = self.answer_now.val();
        self.read_valid.next = self.answer_valid.q.val();
        self.read_value.next = self.answer.q.val();
        if self.answer_now.val() {
            self.reading.d.next = false;
        }
        if self.read_request.val() & !self.reading.q.val() {
            self.reading.d.next = true;
            self.index.d.next = self.read_index.val();
            self.direct.d.next = (self.read_index.val() == self.i_bytes.val())
                | (self.read_index.val() == self.i_table_reads.val())
                | (self.read_index.val() == self.i_iotlb_hits.val())
                | (self.read_index.val() == self.i_iotlb_misses.val())
                | (self.read_index.val() == self.i_line_hits.val())
                | (self.read_index.val() >= self.count.val());
        }
        self.answer_value.next = self.walk_count.val();
        if self.index.q.val() == self.i_bytes.val() {
            self.answer_value.next = self.c_bytes.q.val();
        }
        if self.index.q.val() == self.i_table_reads.val() {
            self.answer_value.next = self.table_reads.val();
        }
        if self.index.q.val() == self.i_iotlb_hits.val() {
            self.answer_value.next = self.iotlb_hits.val();
        }
        if self.index.q.val() == self.i_iotlb_misses.val() {
            self.answer_value.next = self.iotlb_misses.val();
        }
        if self.index.q.val() == self.i_line_hits.val() {
            self.answer_value.next = self.line_hits.val();
        }
        if self.index.q.val() >= self.count.val() {
            self.answer_value.next = 0.into();
        }
        self.answer.d.next = self.answer_value.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_counter_has_a_place() {
        // The named counters below plus the error counters are all the counters there are.
        let named = 16;
        assert_eq!(named + ERROR_COUNTERS, COUNTER_COUNT);
        assert_eq!(ERROR_COUNTER_BASE, named);
    }

    #[test]
    fn counter_bank_signs_off() {
        crate::verilog::sign_off("counters", &mut CounterBank::default()).unwrap();
    }
}
