//! The BAR0 register map (R3): a privileged global page, a privileged configuration block per
//! VI, and one 4 KiB page per VI that the agent maps into exactly one application. Registers
//! are 32 bits wide (AXI4-Lite); 64-bit counters are read low word first, and reading the low
//! word latches the high word.
//!
//! The user page carries no physical address, key or configuration that could widen access:
//! everything that does (domain, key slot, completion-queue base, enable) is in the VI
//! configuration block, which only the agent maps.

/// A bit field of a register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub lsb: u32,
    pub width: u32,
    pub doc: &'static str,
}

impl Field {
    pub const fn mask(self) -> u32 {
        if self.width == 32 { u32::MAX } else { ((1u32 << self.width) - 1) << self.lsb }
    }
    pub const fn get(self, reg: u32) -> u32 {
        (reg & self.mask()) >> self.lsb
    }
    /// `value` placed in this field (truncated to its width).
    pub const fn put(self, value: u32) -> u32 {
        (value << self.lsb) & self.mask()
    }
}

/// Which part of BAR0 a register lives in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Page 0: privileged, mapped by the agent only.
    Global,
    /// `VI_CONFIG_BASE + vi * VI_CONFIG_STRIDE`: privileged, per VI.
    ViConfig,
    /// `VI_PAGE_BASE + vi * VI_PAGE_STRIDE`: the VI's own page, mapped into one application.
    ViPage,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegAccess {
    ReadOnly,
    /// Write-only: reads return zero (keys, commands).
    WriteOnly,
    ReadWrite,
}

#[derive(Clone, Copy, Debug)]
pub struct Register {
    pub name: &'static str,
    pub scope: Scope,
    pub offset: u32,
    pub access: RegAccess,
    pub doc: &'static str,
    pub fields: &'static [Field],
}

pub const BAR0_SIZE: u64 = 2 << 20;
pub const VI_CONFIG_BASE: u32 = 0x1000;
pub const VI_CONFIG_STRIDE: u32 = 0x40;
pub const VI_PAGE_BASE: u32 = 0x10000;
pub const VI_PAGE_STRIDE: u32 = 0x1000;
/// Most VIs the map has room for (configuration blocks 0x1000..0x5000, pages to 0x110000).
pub const MAX_VIS: u32 = 256;
/// Descriptor window in a VI page: slot `i` at `DESC_WINDOW + 64 * i`.
pub const DESC_WINDOW: u32 = 0x800;
/// Deepest queue the window holds.
pub const MAX_QUEUE_DEPTH: u32 = (VI_PAGE_STRIDE - DESC_WINDOW) / crate::descriptor::DESCRIPTOR_SIZE as u32;
/// Counter `i` occupies `COUNTERS_BASE + 8 * i` (low) and `+ 4` (high).
pub const COUNTERS_BASE: u32 = 0x100;
/// Value of the ID register: "VDCT".
pub const ID_VALUE: u32 = 0x5644_4354;
/// VERSION: major in bits 31:16, minor in 15:0.
pub const VERSION_VALUE: u32 = 0x0001_0000;

pub const fn vi_config(vi: u32, reg: u32) -> u32 {
    VI_CONFIG_BASE + vi * VI_CONFIG_STRIDE + reg
}
pub const fn vi_page(vi: u32, reg: u32) -> u32 {
    VI_PAGE_BASE + vi * VI_PAGE_STRIDE + reg
}
pub const fn desc_slot(vi: u32, slot: u32) -> u32 {
    vi_page(vi, DESC_WINDOW + slot * crate::descriptor::DESCRIPTOR_SIZE as u32)
}
pub const fn counter_offset(index: usize) -> u32 {
    COUNTERS_BASE + 8 * index as u32
}

/// Where a BAR0 offset lands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decoded {
    Global(u32),
    Counter {
        index: usize,
        high: bool,
    },
    ViConfig {
        vi: u32,
        reg: u32,
    },
    ViPage {
        vi: u32,
        reg: u32,
    },
    /// Descriptor window: slot and dword (0..16) within the slot.
    DescWindow {
        vi: u32,
        slot: u32,
        dword: u32,
    },
    Unmapped,
}

/// Decode a BAR0 offset for an engine with `vi_count` VIs and queues `queue_depth` deep.
pub const fn decode(offset: u32, vi_count: u32, queue_depth: u32) -> Decoded {
    if offset & 3 != 0 {
        return Decoded::Unmapped;
    }
    if offset < VI_CONFIG_BASE {
        if offset >= COUNTERS_BASE && offset < counter_offset(crate::counters::COUNTER_COUNT) {
            let rel = offset - COUNTERS_BASE;
            return Decoded::Counter { index: (rel / 8) as usize, high: rel & 4 != 0 };
        }
        return Decoded::Global(offset);
    }
    if offset < VI_CONFIG_BASE + MAX_VIS * VI_CONFIG_STRIDE {
        let vi = (offset - VI_CONFIG_BASE) / VI_CONFIG_STRIDE;
        if vi >= vi_count {
            return Decoded::Unmapped;
        }
        return Decoded::ViConfig { vi, reg: (offset - VI_CONFIG_BASE) % VI_CONFIG_STRIDE };
    }
    if offset >= VI_PAGE_BASE && offset < VI_PAGE_BASE + MAX_VIS * VI_PAGE_STRIDE {
        let vi = (offset - VI_PAGE_BASE) / VI_PAGE_STRIDE;
        if vi >= vi_count {
            return Decoded::Unmapped;
        }
        let reg = (offset - VI_PAGE_BASE) % VI_PAGE_STRIDE;
        if reg >= DESC_WINDOW {
            let rel = reg - DESC_WINDOW;
            let slot = rel / crate::descriptor::DESCRIPTOR_SIZE as u32;
            if slot >= queue_depth {
                return Decoded::Unmapped;
            }
            return Decoded::DescWindow { vi, slot, dword: (rel % 64) / 4 };
        }
        return Decoded::ViPage { vi, reg };
    }
    Decoded::Unmapped
}

macro_rules! registers {
    ($( $scope:ident mod $module:ident { $( $(#[doc = $doc:literal])* $name:ident = $off:literal, $acc:ident $( { $( $fname:ident [$msb:literal : $lsb:literal] $fdoc:literal ),* $(,)? } )? ; )* } )*) => {
        $(
            pub mod $module {
                #![allow(non_snake_case)]
                $(
                    $(#[doc = $doc])*
                    pub const $name: u32 = $off;
                    $(
                        /// Fields of the register of the same name.
                        pub mod $name {
                            use super::super::Field;
                            $( pub const $fname: Field = Field { name: stringify!($fname), lsb: $lsb, width: $msb - $lsb + 1, doc: $fdoc }; )*
                            pub const FIELDS: &[Field] = &[$($fname),*];
                        }
                    )?
                )*
            }
        )*

        /// Every register of the map, for docs, decoders and tests.
        pub const REGISTERS: &[Register] = &[
            $( $(
                Register {
                    name: stringify!($name),
                    scope: Scope::$scope,
                    offset: $off,
                    access: RegAccess::$acc,
                    doc: concat!($($doc),*),
                    fields: &[ $( $( Field { name: stringify!($fname), lsb: $lsb, width: $msb - $lsb + 1, doc: $fdoc } ),* )? ],
                },
            )* )*
        ];
    };
}

registers! {
    Global mod global {
        /// Identity: reads "VDCT" (0x56444354).
        ID = 0x000, ReadOnly;
        /// Register-map version: major in 31:16, minor in 15:0.
        VERSION = 0x004, ReadOnly;
        /// Capabilities: queues.
        CAPS0 = 0x008, ReadOnly {
            VI_COUNT[15:0] "number of VIs",
            QUEUE_DEPTH[31:16] "descriptor slots per VI",
        };
        /// Capabilities: data path and tables.
        CAPS1 = 0x00c, ReadOnly {
            DATA_BYTES[7:0] "data path width in bytes",
            IOTLB_LOG2[15:8] "log2 of IOTLB entries",
            PROT_LOG2[23:16] "log2 of protection-table entries",
            KEY_SLOTS_LOG2[31:24] "log2 of key slots",
        };
        /// Capabilities: memory system.
        CAPS2 = 0x010, ReadOnly {
            READS_IN_FLIGHT[7:0] "host reads the data mover keeps in flight",
            LINE_CACHE_LOG2[15:8] "log2 of PTE-line cache lines",
            PTE_LINE_LOG2[23:16] "log2 of table entries fetched per walk read",
            COUNTERS[31:24] "number of 64-bit counters",
        };
        /// Engine control.
        CONTROL = 0x014, ReadWrite {
            ENABLE[0:0] "the scheduler starts descriptors",
            IOTLB_ENABLE[1:1] "use the IOTLB",
            LINE_CACHE_ENABLE[2:2] "use the PTE-line cache",
        };
        /// Write 1 to return every register, queue, table and cache to its reset value (keys are cleared too).
        SOFT_RESET = 0x018, WriteOnly {
            RESET[0:0] "reset the engine",
        };
        /// Engine status.
        STATUS = 0x01c, ReadOnly {
            IDLE[0:0] "no descriptor is in progress",
        };
        /// Key slot addressed by KEY_DATA*, KEY_COMMIT and KEY_STATE.
        KEY_SELECT = 0x020, ReadWrite {
            SLOT[7:0] "key slot",
        };
        /// Staged key bits 31:0 (write-only; reads zero).
        KEY_DATA0 = 0x024, WriteOnly;
        /// Staged key bits 63:32.
        KEY_DATA1 = 0x028, WriteOnly;
        /// Staged key bits 95:64.
        KEY_DATA2 = 0x02c, WriteOnly;
        /// Staged key bits 127:96.
        KEY_DATA3 = 0x030, WriteOnly;
        /// Install the staged key in the selected slot with this generation; clears the staging registers and invalidates every cached translation.
        KEY_COMMIT = 0x034, WriteOnly {
            GENERATION[7:0] "generation sealed into new shortcuts",
        };
        /// State of the selected key slot (never the key).
        KEY_STATE = 0x038, ReadOnly {
            GENERATION[7:0] "current generation",
            VALID[31:31] "a key is installed",
        };
        /// Protection-table slot addressed by PROT_DATA* and PROT_COMMIT.
        PROT_INDEX = 0x040, ReadWrite {
            SLOT[11:0] "protection-table slot",
        };
        /// Staged protection entry, bits 31:0.
        PROT_DATA0 = 0x044, ReadWrite;
        /// Staged protection entry, bits 63:32.
        PROT_DATA1 = 0x048, ReadWrite;
        /// Staged protection entry, bits 95:64.
        PROT_DATA2 = 0x04c, ReadWrite;
        /// Staged protection entry, bits 127:96.
        PROT_DATA3 = 0x050, ReadWrite;
        /// Protection-table command.
        PROT_COMMIT = 0x054, WriteOnly {
            WRITE[0:0] "store the staged entry at PROT_INDEX",
            READ[1:1] "load the entry at PROT_INDEX into PROT_DATA*",
        };
        /// Invalidate cached translations (IOTLB and PTE-line cache).
        INVALIDATE = 0x058, WriteOnly {
            SLOT[11:0] "protection-table slot whose translations are dropped",
            ALL[31:31] "drop every cached translation",
        };
        /// Cycles to wait for a host response before ending the descriptor with HostTimeout.
        WATCHDOG = 0x05c, ReadWrite;
    }
    ViConfig mod vi_cfg {
        /// VI control.
        VI_CTRL = 0x00, ReadWrite {
            ENABLE[0:0] "accept doorbells and run descriptors; clearing it flushes queued descriptors",
            IRQ_ENABLE[1:1] "raise the VI's interrupt vector",
        };
        /// Protection domain of the process that owns the VI.
        VI_PD = 0x04, ReadWrite {
            PD[11:0] "protection domain",
        };
        /// Key slot that unseals this VI's shortcuts (a slot per VI, or one shared by a process's VIs).
        VI_KEY_SLOT = 0x08, ReadWrite {
            SLOT[7:0] "key slot",
        };
        /// Completion-queue size.
        VI_CQ_SIZE = 0x0c, ReadWrite {
            LOG2[4:0] "log2 of completion entries (at least log2 of the queue depth)",
        };
        /// Completion-queue base (physical, 32-byte aligned), bits 31:0.
        VI_CQ_BASE_LO = 0x10, ReadWrite;
        /// Completion-queue base, bits 63:32.
        VI_CQ_BASE_HI = 0x14, ReadWrite;
        /// Interrupt moderation.
        VI_IRQ_MODERATION = 0x18, ReadWrite {
            COUNT[15:0] "interrupt after this many interrupt-flagged completions (0 or 1: every one)",
            TIMER[31:16] "or this many cycles after the first pending one (0: no timer)",
        };
        /// MSI-X vector of the VI.
        VI_IRQ_VECTOR = 0x1c, ReadWrite {
            VECTOR[10:0] "vector number",
        };
        /// Write 1 (with the VI disabled) to zero its queue indexes and clear its error bits.
        VI_RESET = 0x20, WriteOnly {
            RESET[0:0] "reset the VI's queues",
        };
    }
    ViPage mod vi_page {
        /// Doorbell: the producer index of the descriptor queue (free-running, 16 bits).
        SQ_TAIL = 0x000, ReadWrite {
            INDEX[15:0] "index one past the last posted descriptor",
        };
        /// Consumer index: descriptors before it have been taken by the engine.
        SQ_HEAD = 0x004, ReadOnly {
            INDEX[15:0] "index of the next descriptor the engine takes",
        };
        /// Completion-queue doorbell: entries before this index have been consumed by software.
        CQ_HEAD = 0x008, ReadWrite {
            INDEX[15:0] "completion consumer index",
        };
        /// Completion producer index and phase.
        CQ_TAIL = 0x00c, ReadOnly {
            INDEX[15:0] "index of the next completion the engine writes",
            PHASE[16:16] "phase bit of that next completion",
        };
        /// VI status.
        STATUS = 0x010, ReadOnly {
            ENABLED[0:0] "the VI is enabled",
            OVERFLOW[1:1] "a doorbell claimed more descriptors than the queue holds (sticky; the doorbell was ignored)",
            CQ_FULL[2:2] "the completion queue is full; the VI waits for CQ_HEAD",
            CQ_WRITE_ERROR[3:3] "a completion write failed on the host bus (sticky until VI_RESET)",
        };
        /// The VI's protection domain (read-only copy).
        PD = 0x014, ReadOnly {
            PD[11:0] "protection domain",
        };
        /// Queue geometry.
        QUEUE_INFO = 0x018, ReadOnly {
            SQ_DEPTH[15:0] "descriptor slots",
            CQ_LOG2[20:16] "log2 of completion entries",
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registers_do_not_overlap_and_fields_fit() {
        for (i, a) in REGISTERS.iter().enumerate() {
            assert_eq!(a.offset % 4, 0, "{}", a.name);
            for b in &REGISTERS[i + 1..] {
                assert!(a.scope != b.scope || a.offset != b.offset, "{} and {} overlap", a.name, b.name);
            }
            let mut used = 0u32;
            for f in a.fields {
                assert!(f.lsb + f.width <= 32, "{}.{}", a.name, f.name);
                assert_eq!(used & f.mask(), 0, "{}.{} overlaps", a.name, f.name);
                used |= f.mask();
            }
            let limit = match a.scope {
                Scope::Global => COUNTERS_BASE,
                Scope::ViConfig => VI_CONFIG_STRIDE,
                Scope::ViPage => DESC_WINDOW,
            };
            assert!(a.offset < limit, "{} is outside its block", a.name);
        }
    }

    #[test]
    fn decode_finds_every_block() {
        assert_eq!(decode(global::CONTROL, 64, 32), Decoded::Global(global::CONTROL));
        assert_eq!(decode(counter_offset(3) + 4, 64, 32), Decoded::Counter { index: 3, high: true });
        assert_eq!(
            decode(vi_config(5, vi_cfg::VI_PD), 64, 32),
            Decoded::ViConfig { vi: 5, reg: vi_cfg::VI_PD }
        );
        assert_eq!(decode(vi_config(64, 0), 64, 32), Decoded::Unmapped);
        assert_eq!(decode(vi_page(63, vi_page::SQ_TAIL), 64, 32), Decoded::ViPage { vi: 63, reg: 0 });
        assert_eq!(decode(desc_slot(2, 31) + 60, 64, 32), Decoded::DescWindow { vi: 2, slot: 31, dword: 15 });
        assert_eq!(decode(desc_slot(2, 16), 64, 16), Decoded::Unmapped);
        assert_eq!(decode(3, 64, 32), Decoded::Unmapped);
        assert_eq!(MAX_QUEUE_DEPTH, 32);
        assert!(u64::from(vi_page(MAX_VIS, 0)) <= BAR0_SIZE);
    }

    #[test]
    fn field_helpers() {
        let f = global::CONTROL::IOTLB_ENABLE;
        assert_eq!(f.put(1), 2);
        assert_eq!(f.get(0xffff_fffd), 0);
        assert_eq!(vi_page::CQ_TAIL::PHASE.put(1), 1 << 16);
    }
}
