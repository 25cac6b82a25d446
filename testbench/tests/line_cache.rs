//! The PTE-line cache (`hw/src/line_cache.rs`) alone under Verilator, driven as the walker
//! drives it (look the tag up; on a hit read the entry from the line's bank; on a miss write
//! the 64 entries of the new line into the other bank and commit with the last one): PT
//! lines direct-mapped over `2^L` lines, one line each for PD, PDPT and PML4, a failed or
//! abandoned fill leaves the old line valid and intact, and invalidation empties every line.
//! The placement policy is the model's (`TranslationUnit::read_entry`), mirrored here.
//!
//! Seeds: `VIADUCT_SEED=<n>` replays one stream. Traces: `VIADUCT_TRACE=<dir>`.

mod common;

use common::{Rng, SeedGuard, build, port, seeds, wait_idle};
use viaduct_abi::EngineConfig;
use viaduct_hw::fields::LINE_ADDR_W;
use viaduct_hw::line_cache::LineCache;
use viaduct_hw::verilog::verilog_of;
use viaduct_testbench::verilator::{Model, PortId};

/// `EngineConfig::small()`: 4 PT lines (`LT = log2(4) + 1`).
const LT: usize = 3;
const LD: usize = LT + 1 + 6;
const PT_LINES: u64 = 1 << (LT - 1);
/// Tag entries: the `busy` time of a clear.
const TAGS: u64 = 1 << LT;
const LINE_ENTRIES: usize = 64;

type Line = [u64; LINE_ENTRIES];

struct Cache {
    m: Model,
    level: PortId,
    lookup_line: PortId,
    hit: PortId,
    bank: PortId,
    read_line: PortId,
    read_bank: PortId,
    read_entry: PortId,
    data: PortId,
    write: PortId,
    write_line: PortId,
    write_bank: PortId,
    write_entry: PortId,
    write_data: PortId,
    commit: PortId,
    inv_all: PortId,
    busy: PortId,
}

/// One cycle's inputs; `level` applies to every port of the cycle.
#[derive(Clone, Copy, Default)]
struct Drive {
    level: u64,
    lookup_line: u64,
    read: Option<(u64, bool, usize)>,
    write: Option<(usize, u64)>,
    write_line: u64,
    write_bank: bool,
    commit: bool,
    inv_all: bool,
}

#[derive(Clone, Copy, Debug)]
struct Out {
    busy: bool,
    hit: bool,
    bank: bool,
    data: u64,
}

impl Cache {
    fn new(name: &str) -> Cache {
        let m = build("line_cache", name, verilog_of(&mut LineCache::<LT, LD>::default()));
        let p = |n: &str| port(&m, n);
        Cache {
            level: p("level"),
            lookup_line: p("lookup_line"),
            hit: p("hit"),
            bank: p("bank"),
            read_line: p("read_line"),
            read_bank: p("read_bank"),
            read_entry: p("read_entry"),
            data: p("data"),
            write: p("write"),
            write_line: p("write_line"),
            write_bank: p("write_bank"),
            write_entry: p("write_entry"),
            write_data: p("write_data"),
            commit: p("commit"),
            inv_all: p("inv_all"),
            busy: p("busy"),
            m,
        }
    }

    fn cycle(&mut self, d: Drive) -> Out {
        let m = &mut self.m;
        m.set(self.level, d.level).unwrap();
        m.set(self.lookup_line, d.lookup_line).unwrap();
        if let Some((line, bank, entry)) = d.read {
            m.set(self.read_line, line).unwrap();
            m.set(self.read_bank, bank.into()).unwrap();
            m.set(self.read_entry, entry as u64).unwrap();
        }
        m.set(self.write, d.write.is_some().into()).unwrap();
        if let Some((entry, data)) = d.write {
            m.set(self.write_entry, entry as u64).unwrap();
            m.set(self.write_data, data).unwrap();
        }
        m.set(self.write_line, d.write_line).unwrap();
        m.set(self.write_bank, d.write_bank.into()).unwrap();
        m.set(self.commit, d.commit.into()).unwrap();
        m.set(self.inv_all, d.inv_all.into()).unwrap();
        m.eval();
        let busy = m.get(self.busy).unwrap() == 1;
        m.tick().unwrap();
        for p in [self.write, self.commit, self.inv_all] {
            m.set(p, 0).unwrap();
        }
        Out {
            busy,
            hit: m.get(self.hit).unwrap() == 1,
            bank: m.get(self.bank).unwrap() == 1,
            data: m.get(self.data).unwrap(),
        }
    }

    /// The tag lookup: the bank holding `line` if it is cached at `level`.
    fn lookup(&mut self, level: u64, line: u64) -> Result<bool, bool> {
        let o = self.cycle(Drive { level, lookup_line: line, ..Drive::default() });
        assert!(!o.busy, "lookup while busy");
        if o.hit { Ok(o.bank) } else { Err(o.bank) }
    }

    fn read(&mut self, level: u64, line: u64, bank: bool, entry: usize) -> u64 {
        self.cycle(Drive { level, read: Some((line, bank, entry)), ..Drive::default() }).data
    }

    fn read_line(&mut self, level: u64, line: u64, bank: bool) -> Line {
        let mut out = [0; LINE_ENTRIES];
        for (i, o) in out.iter_mut().enumerate() {
            *o = self.read(level, line, bank, i);
        }
        out
    }

    /// Writes the first `beats` entries of `data` into `bank` as a fill of `line`; commits
    /// with the last beat if `commit` (only a complete fill commits).
    fn fill(&mut self, level: u64, line: u64, bank: bool, data: &Line, beats: usize, commit: bool) {
        for (i, &d) in data.iter().enumerate().take(beats) {
            let o = self.cycle(Drive {
                level,
                write: Some((i, d)),
                write_line: line,
                write_bank: bank,
                commit: commit && i + 1 == LINE_ENTRIES,
                ..Drive::default()
            });
            assert!(!o.busy, "fill while busy");
        }
    }

    /// What the walker does on a miss: fill the bank the index is not using.
    fn install(&mut self, level: u64, line: u64, data: &Line) -> bool {
        let bank = match self.lookup(level, line) {
            Ok(_) => panic!("line {line:#x} at level {level} is already cached"),
            Err(b) => !b,
        };
        self.fill(level, line, bank, data, LINE_ENTRIES, true);
        bank
    }

    /// Strobes `inv_all` and runs the clear, offering a commit of `during` in every busy
    /// cycle (it must be ignored); returns the busy cycles.
    fn invalidate(&mut self, during: (u64, u64)) -> u64 {
        let o = self.cycle(Drive { inv_all: true, ..Drive::default() });
        assert!(!o.busy);
        let mut n = 0;
        while self.m.get(self.busy).unwrap() == 1 {
            let d = Drive { level: during.0, write_line: during.1, commit: true, ..Drive::default() };
            assert!(self.cycle(d).busy);
            n += 1;
            assert!(n <= 4 * TAGS, "clear does not end");
        }
        n
    }
}

/// The placement policy: `2^L` direct-mapped PT lines, one line per upper level.
#[derive(Default)]
struct Mirror {
    pt: [Option<(u64, Line)>; PT_LINES as usize],
    upper: [Option<(u64, Line)>; 3],
}

impl Mirror {
    fn place(&mut self, level: u64, line: u64) -> &mut Option<(u64, Line)> {
        if level == 0 {
            &mut self.pt[(line % PT_LINES) as usize]
        } else {
            &mut self.upper[level as usize - 1]
        }
    }
    fn get(&mut self, level: u64, line: u64) -> Option<Line> {
        self.place(level, line).filter(|(l, _)| *l == line).map(|(_, d)| d)
    }
}

fn random_line(rng: &mut Rng) -> Line {
    std::array::from_fn(|_| rng.next())
}

/// Line addresses: mostly a few that collide on the PT index (two of them differ only in the
/// top bit: the whole line address is the tag), sometimes any.
fn any_line(rng: &mut Rng) -> u64 {
    const POOL: [u64; 8] = [0, 1, 4, 5, 6, 9, 1 << (LINE_ADDR_W - 1), 1 << (LINE_ADDR_W - 1) | 5];
    if rng.chance(90) { *rng.pick(&POOL) } else { rng.below(1 << LINE_ADDR_W) }
}

#[test]
fn line_cache_matches_the_placement_policy_on_random_streams() {
    assert_eq!(u64::from(EngineConfig::small().line_cache_lines), PT_LINES);
    let mut c = Cache::new("line_cache_stream");
    assert_eq!(wait_idle(&mut c.m, c.busy, 100, "line cache power-up"), TAGS);
    for seed in seeds(&[1, 2, 3]) {
        let _guard = SeedGuard::new(seed, "line_cache", "line_cache_matches_the_placement_policy");
        let mut rng = Rng::new(seed);
        let mut mirror = Mirror::default();
        c.invalidate((0, 0));
        let (mut hits, mut fills, mut failed) = (0, 0, 0);
        for step in 0..1500 {
            let level = rng.below(4);
            let line = any_line(&mut rng);
            let what = format!("step {step}: level {level} line {line:#x}");
            if rng.chance(3) {
                let during = (rng.below(4), any_line(&mut rng));
                assert_eq!(c.invalidate(during), TAGS, "{what}: one cycle per tag");
                mirror = Mirror::default();
                continue;
            }
            match (c.lookup(level, line), mirror.get(level, line)) {
                (Ok(bank), Some(data)) => {
                    hits += 1;
                    for _ in 0..3 {
                        let e = rng.below(LINE_ENTRIES as u64) as usize;
                        assert_eq!(c.read(level, line, bank, e), data[e], "{what}: entry {e}");
                    }
                }
                (Err(bank), None) => {
                    let new = random_line(&mut rng);
                    let old = mirror.place(level, line).to_owned();
                    match rng.below(10) {
                        0 | 1 => {
                            // The host failed part-way (error, broken burst, timeout), or on
                            // the last beat: no commit. The old line stays, whole.
                            let beats = if rng.chance(50) { LINE_ENTRIES } else { rng.below(64) as usize };
                            c.fill(level, line, !bank, &new, beats, false);
                            failed += 1;
                            if let Some((old_line, old_data)) = old {
                                let b = c
                                    .lookup(level, old_line)
                                    .unwrap_or_else(|_| panic!("{what}: old line lost"));
                                assert_eq!(b, bank, "{what}: old line moved");
                                assert_eq!(
                                    c.read_line(level, old_line, b),
                                    old_data,
                                    "{what}: old line damaged"
                                );
                            }
                            assert!(c.lookup(level, line).is_err(), "{what}: failed fill became valid");
                        }
                        _ => {
                            c.fill(level, line, !bank, &new, LINE_ENTRIES, true);
                            *mirror.place(level, line) = Some((line, new));
                            fills += 1;
                            assert_eq!(c.lookup(level, line), Ok(!bank), "{what}: after the fill");
                        }
                    }
                }
                (got, expect) => {
                    panic!("{what}: RTL {got:?}, policy {}", if expect.is_some() { "hit" } else { "miss" })
                }
            }
        }
        println!("seed {seed}: {hits} hits, {fills} fills, {failed} failed fills");
    }
}

/// Four PT lines and the PD, PDPT and PML4 lines are all held at once; a PT line evicts only
/// the PT line of its index, a new PD line only the PD line; the level, not only the line
/// address, selects the line.
#[test]
fn line_cache_holds_pt_lines_direct_mapped_and_one_line_per_upper_level() {
    let mut c = Cache::new("line_cache_levels");
    assert_eq!(wait_idle(&mut c.m, c.busy, 100, "line cache power-up"), TAGS);
    let mut rng = Rng::new(7);
    let mut held: Vec<(u64, u64, Line)> = Vec::new();
    for i in 0..PT_LINES {
        held.push((0, 0x100 + i, random_line(&mut rng)));
    }
    for level in 1..=3 {
        held.push((level, 0x100 * (level + 1), random_line(&mut rng)));
    }
    for (level, line, _) in &held {
        assert!(c.lookup(*level, *line).is_err(), "empty after power-up");
    }
    for (level, line, data) in &held {
        c.install(*level, *line, data);
    }
    let check = |c: &mut Cache, held: &[(u64, u64, Line)]| {
        for (level, line, data) in held {
            let bank =
                c.lookup(*level, *line).unwrap_or_else(|_| panic!("level {level} line {line:#x} lost"));
            assert_eq!(&c.read_line(*level, *line, bank), data, "level {level} line {line:#x}");
        }
    };
    check(&mut c, &held);
    // The level selects the line: the PDPT's line number looked up as a PD or PT line misses.
    assert!(c.lookup(1, 0x300).is_err());
    assert!(c.lookup(0, 0x300).is_err());
    // A PT line of index 0 evicts PT line 0x100 only.
    let pt = (0, 0x104 | 1 << 40, random_line(&mut rng));
    c.install(pt.0, pt.1, &pt.2);
    assert!(c.lookup(0, 0x100).is_err());
    held[0] = pt;
    check(&mut c, &held);
    // Another PD line evicts the PD line only.
    let pd = (1, 0x201, random_line(&mut rng));
    c.install(pd.0, pd.1, &pd.2);
    assert!(c.lookup(1, 0x200).is_err());
    held[PT_LINES as usize] = pd;
    check(&mut c, &held);
}

/// A fill that stops part-way, or writes every entry but is not committed (an error on the
/// last beat), leaves the old line of its index valid, in its bank, with its data; a later
/// complete fill replaces it. The same at an upper level.
#[test]
fn line_cache_failed_fill_leaves_the_old_line_intact() {
    let mut c = Cache::new("line_cache_failed_fill");
    wait_idle(&mut c.m, c.busy, 100, "line cache power-up");
    let mut rng = Rng::new(8);
    for (level, old, new) in [(0u64, 0x101u64, 0x105u64), (2, 0x77, 0x78)] {
        let old_data = random_line(&mut rng);
        let bank = c.install(level, old, &old_data);
        for beats in [0, 1, 10, 63, 64] {
            let junk = random_line(&mut rng);
            let free = c.lookup(level, new).expect_err("new line is not cached");
            assert_eq!(free, bank, "the lookup names the old line's bank");
            c.fill(level, new, !free, &junk, beats, false);
            assert_eq!(c.lookup(level, old), Ok(bank), "{beats} beats: old line still valid");
            assert_eq!(c.read_line(level, old, bank), old_data, "{beats} beats: old line intact");
            assert!(c.lookup(level, new).is_err(), "{beats} beats: the failed line is not valid");
        }
        let new_data = random_line(&mut rng);
        let new_bank = c.install(level, new, &new_data);
        assert_eq!(new_bank, !bank);
        assert!(c.lookup(level, old).is_err());
        assert_eq!(c.read_line(level, new, new_bank), new_data);
        // The next fill of this index goes back to the first bank.
        let third = random_line(&mut rng);
        assert_eq!(c.install(level, old, &third), bank);
        assert_eq!(c.read_line(level, old, bank), third);
    }
}

/// `inv_all` empties every line, PT and upper, in one cycle per tag; a commit offered while
/// it runs is ignored.
#[test]
fn line_cache_invalidation_empties_every_line() {
    let mut c = Cache::new("line_cache_invalidate");
    wait_idle(&mut c.m, c.busy, 100, "line cache power-up");
    let mut rng = Rng::new(9);
    let lines: Vec<(u64, u64)> =
        (0..PT_LINES).map(|i| (0, 0x40 + i)).chain((1..=3).map(|l| (l, 0x80 + l))).collect();
    for &(level, line) in &lines {
        c.install(level, line, &random_line(&mut rng));
    }
    for &(level, line) in &lines {
        assert!(c.lookup(level, line).is_ok());
    }
    // Offer a commit of the PD line 0x99 in every busy cycle.
    assert_eq!(c.invalidate((1, 0x99)), TAGS);
    for &(level, line) in lines.iter().chain([(1, 0x99)].iter()) {
        assert!(c.lookup(level, line).is_err(), "level {level} line {line:#x} survived");
    }
}
