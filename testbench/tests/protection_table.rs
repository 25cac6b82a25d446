//! The protection table (`hw/src/protection_table.rs`) alone under Verilator: commits and
//! lookups against the model's table (a `Vec<ProtectionEntry>` that ignores commits past its
//! end, as `Engine` keeps it), clearing, and the cycle interleavings of a lookup with a commit
//! that the block's header relies on for "no stale allow", judged by the model's `admit()`.
//!
//! Seeds: `VIADUCT_SEED=<n>` replays one stream. Traces: `VIADUCT_TRACE=<dir>`.

mod common;

use common::{Rng, SeedGuard, build, port, seeds, u128_of, wait_idle, words128};
use viaduct_abi::{
    Access, BufferRef, Key, Level, PhysAddr, ProtectionDomain, ProtectionEntry, Rights, ShortcutFields,
    Status, VirtAddr,
};
use viaduct_hw::protection_table::ProtectionTable;
use viaduct_hw::verilog::verilog_of;
use viaduct_model::admission::{AdmissionContext, admit};
use viaduct_testbench::verilator::{Model, PortId};

const P: usize = 4;
const ENTRIES: u64 = 1 << P;

struct Table {
    m: Model,
    commit: PortId,
    commit_slot: PortId,
    commit_entry: PortId,
    clear: PortId,
    busy: PortId,
    lookup_slot: PortId,
    lookup_entry: PortId,
    lookup_in_range: PortId,
}

/// What one cycle drives.
#[derive(Clone, Copy, Default)]
struct Drive {
    commit: Option<(u64, ProtectionEntry)>,
    clear: bool,
    lookup: u64,
}

/// What the lookup presented in that cycle returned (`None`: not in range), and whether
/// `busy` was high when the inputs were sampled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Looked {
    busy: bool,
    entry: Option<[u64; 2]>,
}

fn words_of(e: &ProtectionEntry) -> [u32; 4] {
    let [a, b] = e.words();
    words128(u128::from(b) << 64 | u128::from(a))
}

impl Table {
    fn new(trace: &str) -> Table {
        let m = build("protection_table", trace, verilog_of(&mut ProtectionTable::<P>::default()));
        Table {
            commit: port(&m, "commit"),
            commit_slot: port(&m, "commit_slot"),
            commit_entry: port(&m, "commit_entry"),
            clear: port(&m, "clear"),
            busy: port(&m, "busy"),
            lookup_slot: port(&m, "lookup_slot"),
            lookup_entry: port(&m, "lookup_entry"),
            lookup_in_range: port(&m, "lookup_in_range"),
            m,
        }
    }

    /// One clock cycle: drive, take the edge, read the lookup's answer.
    fn cycle(&mut self, d: Drive) -> Looked {
        let m = &mut self.m;
        m.set(self.commit, d.commit.is_some().into()).unwrap();
        if let Some((slot, e)) = d.commit {
            m.set(self.commit_slot, slot).unwrap();
            m.set_wide(self.commit_entry, &words_of(&e)).unwrap();
        }
        m.set(self.clear, d.clear.into()).unwrap();
        m.set(self.lookup_slot, d.lookup).unwrap();
        m.eval();
        let busy = m.get(self.busy).unwrap() == 1;
        m.tick().unwrap();
        m.set(self.commit, 0).unwrap();
        m.set(self.clear, 0).unwrap();
        let w = u128_of(&m.get_wide(self.lookup_entry).unwrap());
        let in_range = m.get(self.lookup_in_range).unwrap() == 1;
        Looked { busy, entry: in_range.then_some([w as u64, (w >> 64) as u64]) }
    }

    fn lookup(&mut self, slot: u64) -> Option<[u64; 2]> {
        self.cycle(Drive { lookup: slot, ..Drive::default() }).entry
    }

    fn commit(&mut self, slot: u64, e: ProtectionEntry) {
        let l = self.cycle(Drive { commit: Some((slot, e)), ..Drive::default() });
        assert!(!l.busy, "commit while busy");
        assert_eq!(self.m.get(self.busy).unwrap(), 0, "a commit does not make the table busy");
    }

    fn wait_idle(&mut self) -> u64 {
        wait_idle(&mut self.m, self.busy, 10 * ENTRIES, "protection table")
    }
}

/// A slot number to look up or commit: mostly in range, sometimes past the table, including
/// numbers whose low bits alias an in-range slot.
fn any_slot(rng: &mut Rng) -> u64 {
    match rng.below(10) {
        0 => ENTRIES + rng.below(ENTRIES),
        1 => 0xfff - rng.below(ENTRIES),
        2 => rng.below(1 << 12),
        _ => rng.below(ENTRIES),
    }
}

/// Every 128-bit pattern is a well-formed entry; mostly random ones, sometimes realistic.
fn any_entry(rng: &mut Rng) -> ProtectionEntry {
    if rng.chance(70) {
        ProtectionEntry::from_words([rng.next(), rng.next()])
    } else {
        let start = rng.below(1 << 46) & !0xfff;
        ProtectionEntry::new(
            VirtAddr(start),
            VirtAddr(start + 1 + rng.below(1 << 30)),
            ProtectionDomain::new(rng.below(1 << 12) as u16).unwrap(),
            Rights::from_bits(rng.below(4)),
            rng.chance(50).then(|| rng.below(256) as u8),
            rng.below(256) as u8,
        )
        .unwrap()
    }
}

#[test]
fn protection_table_commits_and_lookups_match_the_model_table() {
    let mut t = Table::new("protection_table_stream");
    let powerup = t.wait_idle();
    assert_eq!(powerup, ENTRIES, "power-up clear takes one cycle per entry");
    for seed in seeds(&[1, 2, 3]) {
        let _guard = SeedGuard::new(seed, "protection_table", "protection_table_commits_and_lookups");
        let mut rng = Rng::new(seed);
        // The model's table: power-up leaves every entry invalid (all-zero words).
        let mut model = vec![ProtectionEntry::INVALID; ENTRIES as usize];
        // Start every seed from the cleared state.
        t.cycle(Drive { clear: true, ..Drive::default() });
        t.wait_idle();
        let (mut lookups, mut commits, mut ignored) = (0, 0, 0);
        for step in 0..4000 {
            let d = Drive {
                commit: rng.chance(35).then(|| (any_slot(&mut rng), any_entry(&mut rng))),
                clear: rng.chance(1),
                lookup: any_slot(&mut rng),
            };
            let l = t.cycle(d);
            assert!(!l.busy, "step {step}: busy outside a clear");
            // The lookup reads the table as it was before this cycle's commit.
            let expect = model.get(d.lookup as usize).map(|e| e.words());
            assert_eq!(l.entry, expect, "step {step}: lookup of slot {:#x}", d.lookup);
            if let Some(w) = l.entry {
                assert_eq!(ProtectionEntry::from_words(w), model[d.lookup as usize]);
            }
            lookups += 1;
            if d.clear {
                // Clear wins over a commit in the same cycle; commits while busy are ignored.
                let mut cycles = 0;
                loop {
                    let c = (any_slot(&mut rng), any_entry(&mut rng));
                    let l =
                        t.cycle(Drive { commit: Some(c), lookup: any_slot(&mut rng), ..Drive::default() });
                    if !l.busy {
                        // This cycle's commit was taken.
                        model.fill(ProtectionEntry::INVALID);
                        if let Some(e) = model.get_mut(c.0 as usize) {
                            *e = c.1;
                        }
                        break;
                    }
                    ignored += 1;
                    cycles += 1;
                    assert!(cycles <= ENTRIES, "step {step}: clear takes more than {ENTRIES} cycles");
                }
                assert_eq!(cycles, ENTRIES, "step {step}: clear takes one cycle per entry");
            } else if let Some((slot, e)) = d.commit {
                // Commits past the table are ignored, as the model ignores them.
                if let Some(m) = model.get_mut(slot as usize) {
                    *m = e;
                }
                commits += 1;
            }
        }
        // Read everything back.
        for slot in 0..ENTRIES + 4 {
            assert_eq!(t.lookup(slot), model.get(slot as usize).map(|e| e.words()), "final slot {slot}");
        }
        println!(
            "seed {seed}: {lookups} lookups, {commits} commits, {ignored} commits ignored while clearing"
        );
    }
}

/// The model's admission of one buffer against a table whose slot `SLOT` holds `entry` (the
/// RTL's answer): `Ok` is an allow.
struct Probe {
    key: Key,
    buf: BufferRef,
    len: u64,
    access: Access,
    pd: ProtectionDomain,
    vi: u32,
}

const SLOT: u64 = 5;
const GENERATION: u8 = 3;

impl Probe {
    fn new() -> Probe {
        let key = Key { k0: 0x0123_4567_89ab_cdef, l0: 0xfedc_ba98_7654_3210 };
        let pd = ProtectionDomain::new(7).unwrap();
        let va = VirtAddr(0x0000_7f00_0000_2000);
        let f = ShortcutFields::for_va(
            PhysAddr(0x40_0000),
            Level::Pt,
            va,
            Rights::READ_WRITE,
            SLOT as u16,
            pd,
            1,
            GENERATION,
        )
        .unwrap();
        Probe {
            key,
            buf: BufferRef { va, shortcut: f.seal(key) },
            len: 0x1000,
            access: Access::Write,
            pd,
            vi: 2,
        }
    }

    fn admit(&self, looked: Option<[u64; 2]>) -> Result<(), Status> {
        let mut table = vec![ProtectionEntry::INVALID; ENTRIES as usize];
        if let Some(w) = looked {
            table[SLOT as usize] = ProtectionEntry::from_words(w);
        }
        let ctx = AdmissionContext { key: Some((self.key, 1)), pd: self.pd, vi: self.vi, protection: &table };
        admit(&ctx, self.buf, self.len, self.access).map(|_| ()).map_err(|(s, _)| s)
    }

    /// The entry that allows the probe.
    fn allowing(&self) -> ProtectionEntry {
        let start = self.buf.va;
        ProtectionEntry::new(start, VirtAddr(start.0 + 0x4000), self.pd, Rights::READ_WRITE, None, GENERATION)
            .unwrap()
    }
}

/// No stale allow, cycle by cycle. The slot is looked up in every cycle around a commit that
/// revokes it (taken at the edge of cycle 0): lookups presented up to and including cycle 0
/// read the old entry (the RAM reads before it writes), every lookup from cycle 1 on reads the
/// new one, never a mixture of the two and never the old one again. The translation unit
/// relies on exactly this: it takes a commit only while no request is in flight, so a request
/// either completed its lookup before the commit or presents it after.
#[test]
fn protection_table_lookup_racing_a_commit_never_returns_a_stale_allow() {
    let mut t = Table::new("protection_table_race");
    t.wait_idle();
    let probe = Probe::new();
    let old = probe.allowing();
    assert_eq!(probe.admit(Some(old.words())), Ok(()), "the probe is allowed by the old entry");
    let revocations: Vec<(&str, ProtectionEntry, Status)> = vec![
        ("deregistered", ProtectionEntry::INVALID, Status::RegionInvalid),
        ("re-registered", ProtectionEntry { generation: GENERATION + 1, ..old }, Status::RegionStale),
        (
            "another domain",
            ProtectionEntry { pd: ProtectionDomain::new(8).unwrap(), ..old },
            Status::RegionDomain,
        ),
        ("one other VI", ProtectionEntry { any_vi: false, vi: 3, ..old }, Status::RegionVi),
        ("read-only", ProtectionEntry { rights: Rights::READ, ..old }, Status::RegionRights),
        ("shrunk", ProtectionEntry { end: VirtAddr(old.start.0 + 0x800), ..old }, Status::OutOfRegion),
    ];
    for (what, new, status) in revocations {
        assert_eq!(probe.admit(Some(new.words())), Err(status), "{what}: the new entry denies");
        // The revocation, then (a commit in the very next cycle) a grant again.
        for back_to_back in [false, true] {
            t.commit(SLOT, old);
            let mut answers = Vec::new();
            for cycle in -3i32..=4 {
                let commit = match cycle {
                    0 => Some((SLOT, new)),
                    1 if back_to_back => Some((SLOT, old)),
                    _ => None,
                };
                let l = t.cycle(Drive { commit, lookup: SLOT, ..Drive::default() });
                answers.push((cycle, l.entry));
                let expect = match cycle {
                    ..=0 => old,
                    1 => new,
                    _ if back_to_back => old,
                    _ => new,
                };
                assert_eq!(
                    l.entry,
                    Some(expect.words()),
                    "{what}: lookup presented in cycle {cycle} of a commit at cycle 0 (then {back_to_back:?})"
                );
                let verdict = probe.admit(l.entry);
                if cycle >= 1 && !(back_to_back && cycle >= 2) {
                    assert_eq!(verdict, Err(status), "{what}: allowed after the commit, cycle {cycle}");
                }
            }
        }
        // The same commit to another slot, or to a slot past the table whose low bits alias
        // this one, leaves the slot as it was.
        t.commit(SLOT, old);
        for other in [SLOT + 1, SLOT - 1, SLOT + ENTRIES, SLOT + 0xff * ENTRIES] {
            for cycle in 0..3 {
                let commit = (cycle == 0).then_some((other, new));
                let l = t.cycle(Drive { commit, lookup: SLOT, ..Drive::default() });
                assert_eq!(
                    l.entry,
                    Some(old.words()),
                    "{what}: a commit to slot {other:#x} changed slot {SLOT}"
                );
            }
        }
        assert_eq!(t.lookup(SLOT + ENTRIES), None, "slots past the table look up as not in range");
    }
}

/// Clear at power-up and on `clear`: `busy` for one cycle per entry, then every entry
/// invalid. A commit in the same cycle as `clear`, or while busy, is ignored; one held until
/// `busy` falls is taken in the first idle cycle.
#[test]
fn protection_table_clear_drops_every_entry_and_ignores_commits_meanwhile() {
    let mut t = Table::new("protection_table_clear");
    let probe = Probe::new();
    let powerup = t.wait_idle();
    assert_eq!(powerup, ENTRIES);
    for slot in 0..ENTRIES {
        assert_eq!(t.lookup(slot), Some([0, 0]), "slot {slot} after power-up");
    }
    assert_eq!(probe.admit(t.lookup(SLOT)), Err(Status::RegionInvalid));
    let old = probe.allowing();
    for slot in 0..ENTRIES {
        t.commit(slot, ProtectionEntry { generation: slot as u8, ..old });
    }
    // Clear and a commit in the same cycle: the clear wins.
    let l = t.cycle(Drive { clear: true, commit: Some((SLOT, old)), lookup: SLOT });
    assert!(!l.busy);
    // Hold a commit of the old entry all through the clear.
    let mut busy_cycles = 0;
    loop {
        let l = t.cycle(Drive { commit: Some((SLOT, old)), lookup: SLOT, ..Drive::default() });
        if !l.busy {
            break;
        }
        busy_cycles += 1;
        assert!(busy_cycles <= ENTRIES, "clear does not end");
    }
    assert_eq!(busy_cycles, ENTRIES, "one cycle per entry");
    // The commit of the first idle cycle was taken; nothing else survived the clear.
    for slot in 0..ENTRIES {
        let expect = if slot == SLOT { old.words() } else { [0, 0] };
        assert_eq!(t.lookup(slot), Some(expect), "slot {slot} after the clear");
    }
    assert_eq!(probe.admit(t.lookup(SLOT)), Ok(()));
}
