//! Counter bank: the engine's 64-bit counters of `viaduct_abi::counters` (descriptors, bytes,
//! doorbells, interrupts, frames, storage commands, key commits, invalidations and one per
//! failing status), read by index for BAR0. The translation unit keeps its cache counters
//! itself; they come in here only to be read.

use crate::hdl_block;
use rust_hdl::prelude::*;
use viaduct_abi::Counter;
use viaduct_abi::counters::{COUNTER_COUNT, ERROR_COUNTER_BASE};
use viaduct_abi::status::Status;

/// Number of per-status error counters.
pub const ERROR_COUNTERS: usize = COUNTER_COUNT - ERROR_COUNTER_BASE;

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
        /// Counter `read_index` (zero past the last).
        pub read_index: Signal<In, Bits<8>>,
        pub read_value: Signal<Out, Bits<64>>,
        c_completions: DFF<Bits<64>>,
        c_failures: DFF<Bits<64>>,
        c_bytes: DFF<Bits<64>>,
        c_doorbells: DFF<Bits<64>>,
        c_doorbells_ignored: DFF<Bits<64>>,
        c_queue_overflows: DFF<Bits<64>>,
        c_interrupts: DFF<Bits<64>>,
        c_frames_sent: DFF<Bits<64>>,
        c_frames_received: DFF<Bits<64>>,
        c_storage_commands: DFF<Bits<64>>,
        c_key_commits: DFF<Bits<64>>,
        c_invalidations: DFF<Bits<64>>,
        errors: [DFF<Bits<64>>; ERROR_COUNTERS] = crate::block::array(),
        error_sum: Signal<Local, Bits<64>>,
        ix: Signal<Local, Bits<8>>,
        codes: Constant<Bits<{ 8 * ERROR_COUNTERS }>> = error_codes(),
        error_base: Constant<Bits<8>> = crate::block::constant(ERROR_COUNTER_BASE as u64),
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
            c_completions,
            c_failures,
            c_bytes,
            c_doorbells,
            c_doorbells_ignored,
            c_queue_overflows,
            c_interrupts,
            c_frames_sent,
            c_frames_received,
            c_storage_commands,
            c_key_commits,
            c_invalidations
        );
        if self.completions.val() {
            self.c_completions.d.next = self.c_completions.q.val() + 1;
        }
        if self.failures.val() {
            self.c_failures.d.next = self.c_failures.q.val() + 1;
        }
        self.c_bytes.d.next = self.c_bytes.q.val() + bit_cast::<64, 32>(self.bytes_add.val());
        if self.doorbells.val() {
            self.c_doorbells.d.next = self.c_doorbells.q.val() + 1;
        }
        if self.doorbells_ignored.val() {
            self.c_doorbells_ignored.d.next = self.c_doorbells_ignored.q.val() + 1;
        }
        if self.queue_overflows.val() {
            self.c_queue_overflows.d.next = self.c_queue_overflows.q.val() + 1;
        }
        if self.interrupts.val() {
            self.c_interrupts.d.next = self.c_interrupts.q.val() + 1;
        }
        if self.frames_sent.val() {
            self.c_frames_sent.d.next = self.c_frames_sent.q.val() + 1;
        }
        if self.frames_received.val() {
            self.c_frames_received.d.next = self.c_frames_received.q.val() + 1;
        }
        if self.storage_commands.val() {
            self.c_storage_commands.d.next = self.c_storage_commands.q.val() + 1;
        }
        if self.key_commits.val() {
            self.c_key_commits.d.next = self.c_key_commits.q.val() + 1;
        }
        if self.invalidations.val() {
            self.c_invalidations.d.next = self.c_invalidations.q.val() + 1;
        }
        // Error counters share one incrementer: at most one descriptor ends per cycle.
        self.error_sum.next = 0.into();
        for k in 0..ERROR_COUNTERS {
            self.errors[k].clock.next = self.clock.val();
            self.errors[k].d.next = self.errors[k].q.val();
            if self.error_status.val() == self.codes.val().get_bits::<8>(k * 8) {
                self.error_sum.next = self.errors[k].q.val() + 1;
            }
        }
        for k in 0..ERROR_COUNTERS {
            if self.error.val() & (self.error_status.val() == self.codes.val().get_bits::<8>(k * 8)) {
                self.errors[k].d.next = self.error_sum.val();
            }
            if self.clear.val() {
                self.errors[k].d.next = 0.into();
            }
        }
        if self.clear.val() {
            self.c_completions.d.next = 0.into();
            self.c_failures.d.next = 0.into();
            self.c_bytes.d.next = 0.into();
            self.c_doorbells.d.next = 0.into();
            self.c_doorbells_ignored.d.next = 0.into();
            self.c_queue_overflows.d.next = 0.into();
            self.c_interrupts.d.next = 0.into();
            self.c_frames_sent.d.next = 0.into();
            self.c_frames_received.d.next = 0.into();
            self.c_storage_commands.d.next = 0.into();
            self.c_key_commits.d.next = 0.into();
            self.c_invalidations.d.next = 0.into();
        }

        // Read port.
        self.read_value.next = 0.into();
        if self.read_index.val() == self.i_completions.val() {
            self.read_value.next = self.c_completions.q.val();
        }
        if self.read_index.val() == self.i_failures.val() {
            self.read_value.next = self.c_failures.q.val();
        }
        if self.read_index.val() == self.i_bytes.val() {
            self.read_value.next = self.c_bytes.q.val();
        }
        if self.read_index.val() == self.i_doorbells.val() {
            self.read_value.next = self.c_doorbells.q.val();
        }
        if self.read_index.val() == self.i_doorbells_ignored.val() {
            self.read_value.next = self.c_doorbells_ignored.q.val();
        }
        if self.read_index.val() == self.i_queue_overflows.val() {
            self.read_value.next = self.c_queue_overflows.q.val();
        }
        if self.read_index.val() == self.i_table_reads.val() {
            self.read_value.next = self.table_reads.val();
        }
        if self.read_index.val() == self.i_iotlb_hits.val() {
            self.read_value.next = self.iotlb_hits.val();
        }
        if self.read_index.val() == self.i_iotlb_misses.val() {
            self.read_value.next = self.iotlb_misses.val();
        }
        if self.read_index.val() == self.i_line_hits.val() {
            self.read_value.next = self.line_hits.val();
        }
        if self.read_index.val() == self.i_interrupts.val() {
            self.read_value.next = self.c_interrupts.q.val();
        }
        if self.read_index.val() == self.i_frames_sent.val() {
            self.read_value.next = self.c_frames_sent.q.val();
        }
        if self.read_index.val() == self.i_frames_received.val() {
            self.read_value.next = self.c_frames_received.q.val();
        }
        if self.read_index.val() == self.i_storage_commands.val() {
            self.read_value.next = self.c_storage_commands.q.val();
        }
        if self.read_index.val() == self.i_key_commits.val() {
            self.read_value.next = self.c_key_commits.q.val();
        }
        if self.read_index.val() == self.i_invalidations.val() {
            self.read_value.next = self.c_invalidations.q.val();
        }
        self.ix.next = self.error_base.val();
        for k in 0..ERROR_COUNTERS {
            if self.read_index.val() == self.ix.val() {
                self.read_value.next = self.errors[k].q.val();
            }
            self.ix.next = self.ix.val() + 1;
        }
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
