//! The functional coverage plan of the differential tests: which kinds of behaviour a run
//! must have shown (opcode × outcome, page crossings, page size × shortcut level, IOTLB hits
//! and misses, VI contention, injected host faults, every status). A suite fails if a bin
//! stays empty.

use crate::workload::{HostFaultKind, Outcome};
use std::collections::BTreeMap;
use viaduct_abi::{Level, Opcode, Status};
use viaduct_model::PageSize;

/// The plan's bins, by name, with how often each was hit.
#[derive(Clone, Debug)]
pub struct Coverage {
    bins: BTreeMap<String, u64>,
}

fn sizes_and_levels() -> Vec<(PageSize, Level)> {
    let mut v = Vec::new();
    for size in [PageSize::Size4K, PageSize::Size2M, PageSize::Size1G] {
        for level in Level::ALL {
            if level >= size.leaf_level() {
                v.push((size, level));
            }
        }
    }
    v
}

const FAULTS: [HostFaultKind; 4] = [
    HostFaultKind::ReadError,
    HostFaultKind::WriteError,
    HostFaultKind::ReadTimeout,
    HostFaultKind::WriteTimeout,
];

impl Default for Coverage {
    fn default() -> Self {
        Self::plan()
    }
}

impl Coverage {
    /// Every bin of the plan, empty.
    pub fn plan() -> Self {
        let mut bins = BTreeMap::new();
        for op in Opcode::ALL {
            bins.insert(format!("opcode {} ok", op.name()), 0);
            if *op != Opcode::Nop {
                bins.insert(format!("opcode {} within a page", op.name()), 0);
                bins.insert(format!("opcode {} across pages", op.name()), 0);
            }
        }
        for s in Status::ALL {
            bins.insert(format!("status {}", s.name()), 0);
        }
        for (size, level) in sizes_and_levels() {
            bins.insert(format!("{size:?} pages via {level:?} shortcut ok"), 0);
        }
        bins.insert("batch with IOTLB hits".into(), 0);
        bins.insert("batch with IOTLB misses".into(), 0);
        bins.insert("batch with one VI active".into(), 0);
        bins.insert("batch with several VIs contending".into(), 0);
        for f in FAULTS {
            bins.insert(format!("host fault {f:?} injected"), 0);
        }
        Coverage { bins }
    }

    fn hit(&mut self, bin: String) {
        if let Some(n) = self.bins.get_mut(&bin) {
            *n += 1;
        }
    }

    /// Count what `o` shows.
    pub fn sample(&mut self, o: &Outcome) {
        for info in &o.info {
            let Some(c) = o.completions.get(info.vi).and_then(|v| v.get(info.index)) else { continue };
            self.hit(format!("status {}", c.status.name()));
            let Ok(op) = Opcode::from_code(info.opcode) else { continue };
            if c.status == Status::Ok {
                self.hit(format!("opcode {} ok", op.name()));
                if let (Some(size), Some(level)) = (info.page_size, info.level) {
                    self.hit(format!("{size:?} pages via {level:?} shortcut ok"));
                }
            }
            if op != Opcode::Nop && c.status == Status::Ok {
                let shape = if info.crosses_page { "across pages" } else { "within a page" };
                self.hit(format!("opcode {} {shape}", op.name()));
            }
        }
        for b in &o.batches {
            if b.iotlb_hits > 0 {
                self.hit("batch with IOTLB hits".into());
            }
            if b.iotlb_misses > 0 {
                self.hit("batch with IOTLB misses".into());
            }
            match b.active_vis {
                1 => self.hit("batch with one VI active".into()),
                n if n > 1 => self.hit("batch with several VIs contending".into()),
                _ => {}
            }
            for f in &b.faults {
                self.hit(format!("host fault {f:?} injected"));
            }
        }
    }

    pub fn total(&self) -> usize {
        self.bins.len()
    }
    pub fn hit_count(&self) -> usize {
        self.bins.values().filter(|n| **n > 0).count()
    }
    /// Bins never hit.
    pub fn missing(&self) -> Vec<&str> {
        self.bins.iter().filter(|(_, n)| **n == 0).map(|(k, _)| k.as_str()).collect()
    }

    /// The plan as a table, with hits per bin.
    pub fn table(&self) -> String {
        let mut s = String::new();
        for (bin, n) in &self.bins {
            s += &format!("  {:<52} {:>8}{}\n", bin, n, if *n == 0 { "  EMPTY" } else { "" });
        }
        s += &format!("coverage: {}/{} bins\n", self.hit_count(), self.total());
        s
    }
}
