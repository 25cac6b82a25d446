//! Engine parameters: shared by the RTL generator (top-level parameters), the reference model
//! and the driver (which reads them back from the CAPS registers).

use crate::error::AbiError;
use crate::regs::{MAX_QUEUE_DEPTH, MAX_VIS, global};

/// Table entries fetched by one walk read: a 512-byte line of the table page (64 PTEs), so a
/// sequential transfer reads a leaf table once per 256 KiB.
pub const PTE_LINE_ENTRIES: u32 = 64;
pub const PTE_LINE_BYTES: u64 = PTE_LINE_ENTRIES as u64 * crate::pagetable::PTE_SIZE;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EngineConfig {
    /// Virtual interfaces (1..=256).
    pub vi_count: u32,
    /// Descriptor slots per VI (power of two, 1..=32).
    pub queue_depth: u32,
    /// Data path width in bytes (8, 16, 32 or 64).
    pub data_bytes: u32,
    /// IOTLB entries (power of two): direct-mapped on the 4 KiB VA page number.
    pub iotlb_entries: u32,
    /// PTE-line cache lines (power of two): direct-mapped on the line's physical address.
    pub line_cache_lines: u32,
    /// Protection-table entries (power of two, at most 4096).
    pub prot_entries: u32,
    /// Key slots (power of two, at most 256).
    pub key_slots: u32,
    /// Host reads the data mover keeps in flight.
    pub reads_in_flight: u32,
}

impl Default for EngineConfig {
    fn default() -> Self {
        EngineConfig {
            vi_count: 64,
            queue_depth: 32,
            data_bytes: 32,
            iotlb_entries: 64,
            line_cache_lines: 16,
            prot_entries: 256,
            key_slots: 64,
            reads_in_flight: 16,
        }
    }
}

fn check(ok: bool, what: impl FnOnce() -> String) -> Result<(), AbiError> {
    if ok { Ok(()) } else { Err(AbiError::BadConfig(what())) }
}

impl EngineConfig {
    /// A small configuration for quick tests and synthesis in CI.
    pub fn small() -> Self {
        EngineConfig {
            vi_count: 4,
            queue_depth: 8,
            data_bytes: 8,
            iotlb_entries: 16,
            line_cache_lines: 4,
            prot_entries: 16,
            key_slots: 4,
            reads_in_flight: 4,
        }
    }

    pub fn validate(&self) -> Result<Self, AbiError> {
        let pow2 = |v: u32| v.is_power_of_two();
        check((1..=MAX_VIS).contains(&self.vi_count), || {
            format!("vi_count {} not in 1..={MAX_VIS}", self.vi_count)
        })?;
        check(pow2(self.queue_depth) && self.queue_depth <= MAX_QUEUE_DEPTH, || {
            format!("queue_depth {} must be a power of two <= {MAX_QUEUE_DEPTH}", self.queue_depth)
        })?;
        check([8, 16, 32, 64].contains(&self.data_bytes), || {
            format!("data_bytes {} must be 8, 16, 32 or 64", self.data_bytes)
        })?;
        check(pow2(self.iotlb_entries) && self.iotlb_entries <= 1 << 16, || {
            format!("iotlb_entries {} must be a power of two <= 65536", self.iotlb_entries)
        })?;
        check(pow2(self.line_cache_lines) && self.line_cache_lines <= 1 << 12, || {
            format!("line_cache_lines {} must be a power of two <= 4096", self.line_cache_lines)
        })?;
        check(pow2(self.prot_entries) && self.prot_entries <= 1 << crate::shortcut::SLOT_BITS, || {
            format!("prot_entries {} must be a power of two <= 4096", self.prot_entries)
        })?;
        check(pow2(self.key_slots) && self.key_slots <= 256, || {
            format!("key_slots {} must be a power of two <= 256", self.key_slots)
        })?;
        check((1..=255).contains(&self.reads_in_flight), || {
            format!("reads_in_flight {} not in 1..=255", self.reads_in_flight)
        })?;
        Ok(*self)
    }

    /// CAPS0..CAPS2 register values.
    pub fn caps(&self) -> [u32; 3] {
        use global::{CAPS0, CAPS1, CAPS2};
        let log2 = |v: u32| v.trailing_zeros();
        [
            CAPS0::VI_COUNT.put(self.vi_count) | CAPS0::QUEUE_DEPTH.put(self.queue_depth),
            CAPS1::DATA_BYTES.put(self.data_bytes)
                | CAPS1::IOTLB_LOG2.put(log2(self.iotlb_entries))
                | CAPS1::PROT_LOG2.put(log2(self.prot_entries))
                | CAPS1::KEY_SLOTS_LOG2.put(log2(self.key_slots)),
            CAPS2::READS_IN_FLIGHT.put(self.reads_in_flight)
                | CAPS2::LINE_CACHE_LOG2.put(log2(self.line_cache_lines))
                | CAPS2::PTE_LINE_LOG2.put(log2(PTE_LINE_ENTRIES))
                | CAPS2::COUNTERS.put(crate::counters::COUNTER_COUNT as u32),
        ]
    }

    /// Read the configuration back from CAPS0..CAPS2.
    pub fn from_caps(caps: [u32; 3]) -> Result<Self, AbiError> {
        use global::{CAPS0, CAPS1, CAPS2};
        let pow = |v: u32| {
            if v < 32 { Ok(1u32 << v) } else { Err(AbiError::BadConfig(format!("log2 {v}"))) }
        };
        EngineConfig {
            vi_count: CAPS0::VI_COUNT.get(caps[0]),
            queue_depth: CAPS0::QUEUE_DEPTH.get(caps[0]),
            data_bytes: CAPS1::DATA_BYTES.get(caps[1]),
            iotlb_entries: pow(CAPS1::IOTLB_LOG2.get(caps[1]))?,
            prot_entries: pow(CAPS1::PROT_LOG2.get(caps[1]))?,
            key_slots: pow(CAPS1::KEY_SLOTS_LOG2.get(caps[1]))?,
            reads_in_flight: CAPS2::READS_IN_FLIGHT.get(caps[2]),
            line_cache_lines: pow(CAPS2::LINE_CACHE_LOG2.get(caps[2]))?,
        }
        .validate()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_round_trip() {
        for c in [EngineConfig::default(), EngineConfig::small()] {
            assert_eq!(EngineConfig::from_caps(c.validate().unwrap().caps()).unwrap(), c);
        }
        let bad = EngineConfig { queue_depth: 64, ..EngineConfig::default() };
        assert!(bad.validate().is_err());
        assert!(EngineConfig::from_caps([0, 0, 0]).is_err());
    }
}
