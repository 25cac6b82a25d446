//! The IOTLB (`hw/src/iotlb.rs`) alone under Verilator: hits and misses against the model's
//! IOTLB (`TranslationUnit::translate` with its IotlbHits / IotlbMisses counters) on seeded
//! random streams over several slots, generations and page tables; the index (4 KiB VA page
//! XOR slot) and the tag ({slot, slot generation, VA page}) bit by bit; replacement;
//! invalidation by slot and all; and the power-up clear.
//!
//! Seeds: `VIADUCT_SEED=<n>` replays one stream. Traces: `VIADUCT_TRACE=<dir>`.

mod common;

use common::{Rng, SeedGuard, build, port, seeds, wait_idle};
use std::collections::HashMap;
use viaduct_abi::pagetable::{PAGE_SHIFT, PTE_ADDR_MASK, PageTableEntry, flags};
use viaduct_abi::{
    Access, Counter, EngineConfig, Level, PhysAddr, ProtectionDomain, Rights, ShortcutFields, VirtAddr,
};
use viaduct_hw::fields::shortcut::{SLOT_GENERATION_W, SLOT_W};
use viaduct_hw::fields::{PA_PAGE_W, VA_PAGE_W};
use viaduct_hw::iotlb::{IOTLB_ENTRY_W, Iotlb};
use viaduct_hw::verilog::verilog_of;
use viaduct_model::{
    AddressSpace, Counters, FrameAllocator, Memory, PageSize, SparseMemory, TranslationUnit, walk,
};
use viaduct_testbench::verilator::{Model, PortId};

/// log2 of the entries: `EngineConfig::small()`, so the model's IOTLB has the same size.
const I: usize = 4;
const ENTRIES: u64 = 1 << I;
/// Cycles `busy` stays high for an invalidation: one per entry, plus the pipeline's two.
const SCAN_CYCLES: u64 = ENTRIES + 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
struct Tag {
    va_page: u64,
    slot: u64,
    generation: u64,
}

impl Tag {
    fn index(&self) -> u64 {
        (self.va_page ^ self.slot) % ENTRIES
    }
}

#[derive(Clone, Copy, Debug)]
struct Fill {
    tag: Tag,
    pa_page: u64,
    writable: bool,
}

#[derive(Clone, Copy, Debug)]
enum Inv {
    All,
    Slot(u64),
}

/// The IOTLB's answer after a cycle (to the lookup of the cycle before), and `busy` as the
/// inputs were sampled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Looked {
    busy: bool,
    hit: bool,
    pa_page: u64,
    writable: bool,
}

struct Tlb {
    m: Model,
    lookup: [PortId; 3],
    hit: PortId,
    pa_page: PortId,
    writable: PortId,
    fill: PortId,
    fill_tag: [PortId; 3],
    fill_pa_page: PortId,
    fill_writable: PortId,
    inv_all: PortId,
    inv_slot_valid: PortId,
    inv_slot: PortId,
    busy: PortId,
}

impl Tlb {
    fn new(name: &str, verilog: String) -> Tlb {
        let m = build("iotlb", name, verilog);
        let p = |n: &str| port(&m, n);
        Tlb {
            lookup: [p("lookup_va_page"), p("lookup_slot"), p("lookup_generation")],
            hit: p("hit"),
            pa_page: p("pa_page"),
            writable: p("writable"),
            fill: p("fill"),
            fill_tag: [p("fill_va_page"), p("fill_slot"), p("fill_generation")],
            fill_pa_page: p("fill_pa_page"),
            fill_writable: p("fill_writable"),
            inv_all: p("inv_all"),
            inv_slot_valid: p("inv_slot_valid"),
            inv_slot: p("inv_slot"),
            busy: p("busy"),
            m,
        }
    }

    fn verilog() -> String {
        verilog_of(&mut Iotlb::<I>::default())
    }

    fn set_tag(&mut self, ports: [PortId; 3], t: Tag) {
        self.m.set(ports[0], t.va_page).unwrap();
        self.m.set(ports[1], t.slot).unwrap();
        self.m.set(ports[2], t.generation).unwrap();
    }

    /// One clock cycle: present `lookup`, maybe a fill and an invalidation strobe.
    fn cycle(&mut self, lookup: Tag, fill: Option<Fill>, inv: Option<Inv>) -> Looked {
        self.set_tag(self.lookup, lookup);
        self.m.set(self.fill, fill.is_some().into()).unwrap();
        if let Some(f) = fill {
            self.set_tag(self.fill_tag, f.tag);
            self.m.set(self.fill_pa_page, f.pa_page).unwrap();
            self.m.set(self.fill_writable, f.writable.into()).unwrap();
        }
        self.m.set(self.inv_all, matches!(inv, Some(Inv::All)).into()).unwrap();
        self.m.set(self.inv_slot_valid, matches!(inv, Some(Inv::Slot(_))).into()).unwrap();
        if let Some(Inv::Slot(s)) = inv {
            self.m.set(self.inv_slot, s).unwrap();
        }
        self.m.eval();
        let busy = self.m.get(self.busy).unwrap() == 1;
        self.m.tick().unwrap();
        for p in [self.fill, self.inv_all, self.inv_slot_valid] {
            self.m.set(p, 0).unwrap();
        }
        Looked {
            busy,
            hit: self.m.get(self.hit).unwrap() == 1,
            pa_page: self.m.get(self.pa_page).unwrap(),
            writable: self.m.get(self.writable).unwrap() == 1,
        }
    }

    /// The answer to the lookup presented in the cycle before: one more cycle, the lookup
    /// held and nothing else presented (the answer comes two cycles after the key).
    fn answer(&mut self, held: Tag) -> Looked {
        self.cycle(held, None, None)
    }

    fn lookup(&mut self, t: Tag) -> Option<(u64, bool)> {
        let l = self.cycle(t, None, None);
        assert!(!l.busy, "lookup while busy");
        let l = self.answer(t);
        l.hit.then_some((l.pa_page, l.writable))
    }

    fn fill(&mut self, f: Fill) {
        let l = self.cycle(Tag::default(), Some(f), None);
        assert!(!l.busy, "fill while busy");
    }

    /// Strobes an invalidation and runs it to the end, offering `during` (a fill, which must
    /// be ignored) in every busy cycle; returns the busy cycles.
    fn invalidate(&mut self, inv: Inv, during: Option<Fill>) -> u64 {
        let l = self.cycle(Tag::default(), None, Some(inv));
        assert!(!l.busy, "invalidation strobed while busy");
        let mut n = 0;
        while self.m.get(self.busy).unwrap() == 1 {
            assert!(self.cycle(Tag::default(), during, None).busy);
            n += 1;
            assert!(n <= 4 * ENTRIES, "invalidation does not end");
        }
        n
    }
}

/// A process's table with the pages one slot translates; `vas` lists mapped and unmapped VAs.
struct SlotSpace {
    slot: u16,
    generation: u8,
    space: AddressSpace,
    vas: Vec<u64>,
}

impl SlotSpace {
    fn fields(&self, generation: u8) -> ShortcutFields {
        ShortcutFields {
            table: self.space.root(),
            level: Level::Pml4,
            rights: Rights::READ_WRITE,
            slot: self.slot,
            va_block: 0,
            pd: ProtectionDomain::ZERO,
            key_generation: 0,
            slot_generation: generation,
        }
    }
}

/// Slots whose low bits collide and differ, up to the widest slot number.
const SLOTS: [u16; 6] = [0, 1, 6, 0x11, 0x7f3, 0xfff];

fn build_spaces(mem: &mut SparseMemory, rng: &mut Rng) -> Vec<SlotSpace> {
    let mut frames = FrameAllocator::new(PhysAddr(0x10_0000), PhysAddr(1 << 40));
    let mut spaces = Vec::new();
    for slot in SLOTS {
        let space = AddressSpace::new(mem, &mut frames).unwrap();
        let mut vas = Vec::new();
        // Eight 4 KiB pages, and four more whose page numbers differ only above the index
        // bits (same IOTLB index, different tag).
        for k in 0..8u64 {
            vas.push(0x0000_7f00_0000_0000 + (k << PAGE_SHIFT));
        }
        for k in 0..4u64 {
            vas.push(0x0000_3f00_0000_0000 + (k << PAGE_SHIFT));
        }
        for &va in &vas {
            let pa = frames.alloc(PageSize::Size4K).unwrap();
            let mut f = 0;
            if rng.chance(85) {
                f |= flags::PINNED;
            }
            if rng.chance(60) {
                f |= flags::WRITABLE;
            }
            space.map(mem, &mut frames, VirtAddr(va), pa, PageSize::Size4K, f).unwrap();
        }
        // A 2 MiB page: the IOTLB caches its 4 KiB pieces.
        let big = 0x0000_5000_0020_0000u64;
        let pa = frames.alloc(PageSize::Size2M).unwrap();
        space
            .map(mem, &mut frames, VirtAddr(big), pa, PageSize::Size2M, flags::PINNED | flags::WRITABLE)
            .unwrap();
        for j in [0u64, 1, 17, 511] {
            vas.push(big + (j << PAGE_SHIFT));
        }
        // Unmapped pages: walks fail, nothing is cached.
        for k in 0..2u64 {
            vas.push(0x0000_6000_0000_0000 + (k << PAGE_SHIFT));
        }
        spaces.push(SlotSpace { slot, generation: 1, space, vas });
    }
    spaces
}

/// Whether the leaf mapping `va` in `s` is writable (the fill's `writable`), by a plain walk.
fn leaf_writable(mem: &SparseMemory, s: &SlotSpace, va: u64) -> bool {
    walk(
        &mut |pa, _| Ok(PageTableEntry(mem.read_u64(pa).unwrap())),
        s.space.root(),
        Level::Pml4,
        VirtAddr(va),
        Access::Read,
    )
    .expect("called after a successful walk")
    .writable
}

/// Seeded random streams: every lookup hits exactly when the model's `translate` counts an
/// IOTLB hit, with the model's physical page; a miss is filled (as the translation unit does)
/// exactly when the model's walk succeeded. Slots, generations (a re-registration without
/// invalidation must miss), remapped pages (stale until invalidated, in both), invalidation by
/// slot and all, and fills offered while an invalidation runs (ignored) are mixed in.
#[test]
fn iotlb_hits_and_misses_match_the_model_on_random_streams() {
    let mut tlb = Tlb::new("iotlb_stream", Tlb::verilog());
    assert_eq!(wait_idle(&mut tlb.m, tlb.busy, 100, "iotlb power-up"), SCAN_CYCLES);
    let cfg = EngineConfig::small();
    assert_eq!(u64::from(cfg.iotlb_entries), ENTRIES);
    for seed in seeds(&[1, 2, 3]) {
        let _guard = SeedGuard::new(seed, "iotlb", "iotlb_hits_and_misses_match_the_model");
        let mut rng = Rng::new(seed);
        let mut mem = SparseMemory::new();
        let mut spaces = build_spaces(&mut mem, &mut rng);
        let mut frames = FrameAllocator::new(PhysAddr(1 << 41), PhysAddr(1 << 42));
        let mut model = TranslationUnit::new(&cfg);
        let mut counters = Counters::default();
        tlb.invalidate(Inv::All, None);
        // What the RTL was filled with, per tag.
        let mut filled: HashMap<Tag, (u64, bool)> = HashMap::new();
        let (mut hits, mut misses, mut fills, mut scans) = (0u64, 0u64, 0u64, 0u64);
        let mut recent: Vec<(usize, u64)> = Vec::new();
        for step in 0..3000 {
            let action = rng.below(100);
            if action < 90 {
                // Some locality: half the time a page used recently.
                let (si, page) = if !recent.is_empty() && rng.chance(50) {
                    *rng.pick(&recent)
                } else {
                    let si = rng.below(spaces.len() as u64) as usize;
                    (si, *rng.pick(&spaces[si].vas))
                };
                if recent.len() == 6 {
                    recent.remove(0);
                }
                recent.push((si, page));
                let s = &spaces[si];
                let generation = if rng.chance(8) { s.generation.wrapping_sub(1) } else { s.generation };
                let va = page + rng.below(1 << PAGE_SHIFT);
                let access = if rng.chance(50) { Access::Write } else { Access::Read };
                let before = counters.get(Counter::IotlbHits);
                let expect =
                    model.translate(&mut mem, &mut counters, &s.fields(generation), VirtAddr(va), access);
                let model_hit = counters.get(Counter::IotlbHits) > before;
                let tag =
                    Tag { va_page: va >> PAGE_SHIFT, slot: s.slot.into(), generation: generation.into() };
                let got = tlb.lookup(tag);
                let what =
                    format!("step {step}: {tag:x?} (index {}) {access:?} model {expect:x?}", tag.index());
                assert_eq!(got.is_some(), model_hit, "{what}: RTL hit {got:x?}");
                match got {
                    Some((pa_page, writable)) => {
                        hits += 1;
                        assert_eq!(
                            Some(&(pa_page, writable)),
                            filled.get(&tag),
                            "{what}: not what was filled"
                        );
                        match expect {
                            Ok(pa) => assert_eq!(pa_page, pa.0 >> PAGE_SHIFT, "{what}"),
                            Err(viaduct_abi::Status::ReadOnly) => assert!(!writable, "{what}"),
                            Err(e) => panic!("{what}: the model failed a hit with {e:?}"),
                        }
                        if access == Access::Write {
                            assert_eq!(writable, expect.is_ok(), "{what}");
                        }
                    }
                    None => {
                        misses += 1;
                        if let Ok(pa) = expect {
                            let f = Fill {
                                tag,
                                pa_page: pa.0 >> PAGE_SHIFT,
                                writable: leaf_writable(&mem, s, va),
                            };
                            tlb.fill(f);
                            filled.insert(tag, (f.pa_page, f.writable));
                            fills += 1;
                        }
                    }
                }
                assert_eq!(
                    (hits, misses),
                    (counters.get(Counter::IotlbHits), counters.get(Counter::IotlbMisses)),
                    "{what}: counters"
                );
            } else if action < 93 {
                // Invalidate one slot (sometimes one with no entries, or whose low bits alias
                // a used slot), with a fill offered in every busy cycle.
                let slot = if rng.chance(75) { *rng.pick(&SLOTS) } else { rng.below(1 << SLOT_W) as u16 };
                model.invalidate_slot(slot);
                let during = Fill {
                    tag: Tag { va_page: rng.next() >> 12, slot: u64::from(*rng.pick(&SLOTS)), generation: 1 },
                    pa_page: rng.below(1 << PA_PAGE_W),
                    writable: true,
                };
                assert_eq!(tlb.invalidate(Inv::Slot(slot.into()), Some(during)), SCAN_CYCLES, "step {step}");
                scans += 1;
            } else if action < 94 {
                model.invalidate_all();
                assert_eq!(tlb.invalidate(Inv::All, None), SCAN_CYCLES, "step {step}");
                scans += 1;
            } else if action < 97 {
                // Re-registration of a slot: its generation moves on, nothing is invalidated.
                let s = &mut spaces[rng.below(SLOTS.len() as u64) as usize];
                s.generation = s.generation.wrapping_add(1);
            } else {
                // Point a 4 KiB page at another frame without telling anyone: both keep the
                // cached translation until an invalidation.
                let s = &spaces[rng.below(SLOTS.len() as u64) as usize];
                let va = s.vas[rng.below(12) as usize];
                let (slot, e, _) = s.space.leaf(&mem, VirtAddr(va)).unwrap();
                let frame = frames.alloc(PageSize::Size4K).unwrap();
                mem.write_u64(slot, (e.raw() & !PTE_ADDR_MASK) | frame.0).unwrap();
            }
        }
        println!("seed {seed}: {hits} hits, {misses} misses, {fills} fills, {scans} invalidations");
        assert!(hits > 300 && misses > 300, "the stream exercises both");
    }
}

/// The index is the VA page XOR the slot, and every bit of the tag counts: a key that shares
/// the index but differs in the slot (also above the index bits), the generation or the VA
/// page (also far above the index bits) misses; a fill of such a key replaces the entry.
/// Source and destination of a copy between equally aligned buffers (same pages, slots
/// differing in the low bits) sit side by side. 16 keys with 16 distinct indexes all stay.
#[test]
fn iotlb_index_and_tag() {
    let mut tlb = Tlb::new("iotlb_index_tag", Tlb::verilog());
    wait_idle(&mut tlb.m, tlb.busy, 100, "iotlb power-up");
    let a = Tag { va_page: 0x7_f000_0123, slot: 0x5a5, generation: 0x3c };
    let fa = Fill { tag: a, pa_page: 0xab_cdef_0123, writable: true };
    assert_eq!(tlb.lookup(a), None, "empty after power-up");
    tlb.fill(fa);
    assert_eq!(tlb.lookup(a), Some((fa.pa_page, true)));
    let same_index = [
        ("VA page and slot both flipped in bit 0", Tag { va_page: a.va_page ^ 1, slot: a.slot ^ 1, ..a }),
        ("slot differs above the index bits", Tag { slot: a.slot ^ 0x800, ..a }),
        ("generation", Tag { generation: a.generation ^ 0x80, ..a }),
        ("generation + 1", Tag { generation: a.generation + 1, ..a }),
        ("VA page bit 35", Tag { va_page: a.va_page ^ 1 << 35, ..a }),
        ("VA page bit 51", Tag { va_page: a.va_page ^ 1 << 51, ..a }),
        ("VA page bit 4", Tag { va_page: a.va_page ^ 1 << I, ..a }),
    ];
    for (what, t) in same_index {
        assert_eq!(t.index(), a.index());
        assert_eq!(tlb.lookup(t), None, "{what}: must miss");
        assert_eq!(tlb.lookup(a), Some((fa.pa_page, true)), "{what}: a lookup evicts nothing");
    }
    for (what, t) in same_index {
        // Replacement: a fill at the same index takes the entry.
        tlb.fill(Fill { tag: t, pa_page: 0x42, writable: false });
        assert_eq!(tlb.lookup(t), Some((0x42, false)), "{what}");
        assert_eq!(tlb.lookup(a), None, "{what}: replaced");
        tlb.fill(fa);
        assert_eq!(tlb.lookup(t), None, "{what}: replaced back");
    }
    // A copy's source and destination: same page, slots 1 and 2 (indexes differ).
    let src = Tag { va_page: 0x7f00_0000, slot: 1, generation: 1 };
    let dst = Tag { slot: 2, ..src };
    tlb.fill(Fill { tag: src, pa_page: 0x100, writable: false });
    tlb.fill(Fill { tag: dst, pa_page: 0x200, writable: true });
    assert_eq!(tlb.lookup(src), Some((0x100, false)), "the destination's fill kept the source");
    assert_eq!(tlb.lookup(dst), Some((0x200, true)));
    // Sixteen keys, sixteen indexes, all kept; the slot's low bits move the index.
    tlb.invalidate(Inv::All, None);
    let keys: Vec<Tag> = (0..ENTRIES)
        .map(|k| {
            let low = k * 5 % ENTRIES;
            Tag { va_page: 0x1000 | (k ^ low), slot: 0x300 | low, generation: k }
        })
        .collect();
    let mut indexes: Vec<u64> = keys.iter().map(Tag::index).collect();
    indexes.sort();
    indexes.dedup();
    assert_eq!(indexes.len(), ENTRIES as usize);
    for (k, t) in keys.iter().enumerate() {
        tlb.fill(Fill { tag: *t, pa_page: 0x9000 + k as u64, writable: k % 2 == 0 });
    }
    for (k, t) in keys.iter().enumerate() {
        assert_eq!(tlb.lookup(*t), Some((0x9000 + k as u64, k % 2 == 0)), "key {k}");
    }
    // Widest fields round-trip.
    let wide = Tag {
        va_page: (1 << VA_PAGE_W) - 1,
        slot: (1 << SLOT_W) - 1,
        generation: (1 << SLOT_GENERATION_W) - 1,
    };
    tlb.fill(Fill { tag: wide, pa_page: (1 << PA_PAGE_W) - 1, writable: true });
    assert_eq!(tlb.lookup(wide), Some(((1 << PA_PAGE_W) - 1, true)));
}

/// A lookup and a fill of the same index in one cycle: the lookup reads the entry as it was;
/// from the next cycle on it reads the fill.
#[test]
fn iotlb_lookup_in_the_cycle_of_a_fill_reads_the_old_entry() {
    let mut tlb = Tlb::new("iotlb_same_cycle", Tlb::verilog());
    wait_idle(&mut tlb.m, tlb.busy, 100, "iotlb power-up");
    let a = Tag { va_page: 0x1234, slot: 3, generation: 9 };
    let b = Tag { va_page: 0x1234 ^ 0x10, slot: 3 ^ 0x10, ..a };
    tlb.fill(Fill { tag: a, pa_page: 0x11, writable: true });
    tlb.cycle(a, Some(Fill { tag: b, pa_page: 0x22, writable: false }), None);
    let l = tlb.answer(a);
    assert!(l.hit && l.pa_page == 0x11, "same cycle: the old entry {l:?}");
    assert_eq!(tlb.lookup(a), None);
    assert_eq!(tlb.lookup(b), Some((0x22, false)));
}

/// Invalidation by slot drops exactly that slot's entries (not those of a slot with the same
/// low bits), invalidation of all drops every entry; each runs `SCAN_CYCLES` with `busy` high
/// and ignores fills meanwhile.
#[test]
fn iotlb_invalidates_by_slot_and_all() {
    let mut tlb = Tlb::new("iotlb_invalidate", Tlb::verilog());
    wait_idle(&mut tlb.m, tlb.busy, 100, "iotlb power-up");
    // Slots 3 and 0x13 share their low bits; slot 7 is another.
    let slots = [3u64, 0x13, 7];
    let mut keys = Vec::new();
    for (n, k) in (0..ENTRIES).enumerate() {
        let slot = slots[n % 3];
        // Distinct indexes: va_page = k ^ slot puts key k at index k.
        let t = Tag { va_page: 0x4_0000 | (k ^ (slot % ENTRIES)), slot, generation: 2 };
        assert_eq!(t.index(), k);
        tlb.fill(Fill { tag: t, pa_page: 0x500 + k, writable: true });
        keys.push(t);
    }
    let during = Fill { tag: Tag { va_page: 0x77, slot: 9, generation: 1 }, pa_page: 0x1, writable: true };
    let n = tlb.invalidate(Inv::Slot(3), Some(during));
    assert_eq!(n, SCAN_CYCLES);
    for t in &keys {
        let expect = (t.slot != 3).then_some((0x500 + t.index(), true));
        assert_eq!(tlb.lookup(*t), expect, "after invalidating slot 3: {t:x?}");
    }
    assert_eq!(tlb.lookup(during.tag), None, "a fill offered while busy is ignored");
    assert_eq!(tlb.invalidate(Inv::Slot(0x13), None), SCAN_CYCLES);
    for t in &keys {
        assert_eq!(tlb.lookup(*t).is_some(), t.slot == 7, "after invalidating slot 0x13: {t:x?}");
    }
    assert_eq!(tlb.invalidate(Inv::All, None), SCAN_CYCLES);
    for t in &keys {
        assert_eq!(tlb.lookup(*t), None, "after invalidating all: {t:x?}");
    }
}

/// Power-up: the table is cleared whatever the RAM held. The Verilog's RAM is given initial
/// contents (valid entries of several slots, as a RAM not zeroed by configuration would hold)
/// and every one of them must miss once `busy` falls.
#[test]
fn iotlb_power_up_drops_every_entry_whatever_the_ram_held() {
    let slot_lsb = 1 + PA_PAGE_W + VA_PAGE_W + SLOT_GENERATION_W;
    let valid = slot_lsb + SLOT_W;
    assert_eq!(valid + 1, IOTLB_ENTRY_W);
    let keys: Vec<Tag> =
        (0..ENTRIES).map(|k| Tag { va_page: 0x2000 | (k ^ (k % 5)), slot: k % 5, generation: 4 }).collect();
    let init: String = keys
        .iter()
        .map(|t| {
            let e: u128 = 1 << valid
                | u128::from(t.slot) << slot_lsb
                | u128::from(t.generation) << (1 + PA_PAGE_W + VA_PAGE_W)
                | u128::from(t.va_page) << (1 + PA_PAGE_W)
                | 0x77 << 1
                | 1;
            format!("   mem[{}] = {IOTLB_ENTRY_W}'h{e:x};\n", t.index())
        })
        .collect();
    let decl = format!("reg[{}:0] mem[{}:0];", IOTLB_ENTRY_W - 1, ENTRIES - 1);
    let v = Tlb::verilog();
    assert_eq!(v.matches(&decl).count(), 1, "the IOTLB's RAM is where the test expects it");
    let v = v.replace(&decl, &format!("{decl}\ninitial begin\n{init}end\n"));
    let mut tlb = Tlb::new("iotlb_power_up", v);
    assert_eq!(wait_idle(&mut tlb.m, tlb.busy, 100, "iotlb power-up"), SCAN_CYCLES);
    let survivors: Vec<Tag> = keys.iter().copied().filter(|t| tlb.lookup(*t).is_some()).collect();
    assert!(survivors.is_empty(), "entries left from before power-up: {survivors:x?}");
}
