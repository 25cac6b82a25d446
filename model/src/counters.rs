//! The engine's counter bank.

use viaduct_abi::Counter;
use viaduct_abi::counters::COUNTER_COUNT;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Counters(pub [u64; COUNTER_COUNT]);

impl Default for Counters {
    fn default() -> Self {
        Counters([0; COUNTER_COUNT])
    }
}

impl Counters {
    pub fn add(&mut self, c: Counter, n: u64) {
        self.0[c.index()] = self.0[c.index()].wrapping_add(n);
    }
    pub fn bump(&mut self, c: Counter) {
        self.add(c, 1);
    }
    pub fn get(&self, c: Counter) -> u64 {
        self.0[c.index()]
    }
    /// Counters that differ between two banks: (counter, self, other).
    pub fn diff(&self, other: &Counters, include_cache: bool) -> Vec<(Counter, u64, u64)> {
        Counter::all()
            .filter(|c| include_cache || !c.is_cache_counter())
            .filter(|c| self.get(*c) != other.get(*c))
            .map(|c| (c, self.get(c), other.get(c)))
            .collect()
    }
}
