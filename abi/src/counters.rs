//! The engine's 64-bit counters, at `COUNTERS_BASE + 8 * index` of BAR0.
//!
//! Architectural counters follow from the descriptors alone and match the reference model in
//! every run. Cache counters (table reads, IOTLB and line-cache hits) follow the documented
//! cache policy and match the model when descriptors run one at a time.

use crate::status::Status;

macro_rules! counters {
    ($( $(#[doc = $doc:literal])* $name:ident = $idx:literal, $snake:literal; )*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Counter {
            $( $(#[doc = $doc])* $name, )*
            /// Descriptors that ended with this (non-OK) status.
            Errors(Status),
        }
        impl Counter {
            const NAMED: &'static [(Counter, usize, &'static str, &'static str)] =
                &[$( (Counter::$name, $idx, $snake, concat!($($doc),*)) ),*];
        }
    };
}

counters! {
    /// Descriptors completed, with any status.
    Completions = 0, "completions";
    /// Descriptors completed with a status other than OK.
    Failures = 1, "failures";
    /// Bytes moved (sum of bytes done).
    Bytes = 2, "bytes";
    /// Doorbell writes accepted.
    Doorbells = 3, "doorbells";
    /// Doorbells of disabled or unconfigured VIs, counted and ignored.
    DoorbellsIgnored = 4, "doorbells_ignored";
    /// Doorbells that claimed more descriptors than the queue holds.
    QueueOverflows = 5, "queue_overflows";
    /// Host reads of page-table memory (walk reads).
    TableReads = 6, "table_reads";
    /// Translations found in the IOTLB.
    IotlbHits = 7, "iotlb_hits";
    /// Translations that needed a walk.
    IotlbMisses = 8, "iotlb_misses";
    /// Table entries found in the PTE-line cache.
    LineHits = 9, "line_hits";
    /// Interrupts raised.
    Interrupts = 10, "interrupts";
    /// Frames sent on the network port.
    FramesSent = 11, "frames_sent";
    /// Frames taken from the network port.
    FramesReceived = 12, "frames_received";
    /// Commands sent to the storage port.
    StorageCommands = 13, "storage_commands";
    /// Keys installed.
    KeyCommits = 14, "key_commits";
    /// Invalidation commands (register writes and key commits).
    Invalidations = 15, "invalidations";
}

/// Index of the first per-status error counter.
pub const ERROR_COUNTER_BASE: usize = 16;
/// Number of counters: the named ones plus one per non-OK status.
pub const COUNTER_COUNT: usize = ERROR_COUNTER_BASE + STATUS_ERRORS;
const STATUS_ERRORS: usize = 25;

impl Counter {
    /// Every counter in index order.
    pub fn all() -> impl Iterator<Item = Counter> {
        (0..COUNTER_COUNT).map(|i| Counter::from_index(i).expect("index in range"))
    }
    pub fn index(self) -> usize {
        match self {
            Counter::Errors(s) => ERROR_COUNTER_BASE + s.ordinal() - 1,
            named => Counter::NAMED.iter().find(|(c, ..)| *c == named).expect("named counter").1,
        }
    }
    pub fn from_index(index: usize) -> Option<Counter> {
        if index >= COUNTER_COUNT {
            return None;
        }
        if index >= ERROR_COUNTER_BASE {
            return Some(Counter::Errors(Status::ALL[index - ERROR_COUNTER_BASE + 1]));
        }
        Counter::NAMED.iter().find(|(_, i, ..)| *i == index).map(|(c, ..)| *c)
    }
    /// snake_case name used in JSON and tables.
    pub fn name(self) -> String {
        match self {
            Counter::Errors(s) => format!("errors_{}", to_snake(s.name())),
            named => Counter::NAMED.iter().find(|(c, ..)| *c == named).expect("named").2.to_string(),
        }
    }
    pub fn describe(self) -> String {
        match self {
            Counter::Errors(s) => format!("descriptors that ended with {}", s.name()),
            named => Counter::NAMED.iter().find(|(c, ..)| *c == named).expect("named").3.to_string(),
        }
    }
    /// Whether the value depends on cache policy and timing, not only on the descriptors.
    pub fn is_cache_counter(self) -> bool {
        matches!(self, Counter::TableReads | Counter::IotlbHits | Counter::IotlbMisses | Counter::LineHits)
    }
}

fn to_snake(camel: &str) -> String {
    let mut out = String::new();
    for (i, ch) in camel.chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(ch.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_are_dense_and_unique() {
        assert_eq!(STATUS_ERRORS, Status::ALL.len() - 1, "one error counter per non-OK status");
        for (i, c) in Counter::all().enumerate() {
            assert_eq!(c.index(), i, "{c:?}");
        }
        assert_eq!(Counter::Errors(Status::NotPinned).name(), "errors_not_pinned");
        assert!(Counter::from_index(COUNTER_COUNT).is_none());
    }
}
