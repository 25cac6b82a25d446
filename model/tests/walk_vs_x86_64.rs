//! The engine's page walk agrees with an independent implementation, the `x86_64` crate's
//! `MappedPageTable::translate`, on random tables with 4 KiB, 2 MiB and 1 GiB mappings,
//! non-present entries and holes, and gives the same answer from every shortcut level.

use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use std::collections::HashMap;
use viaduct_abi::pagetable::{PageTableEntry, flags};
use viaduct_abi::{Access, Level, PhysAddr, Status, VirtAddr};
use viaduct_model::{AddressSpace, FrameAllocator, MapError, Memory, PageSize, SparseMemory, walk};
use x86_64::structures::paging::mapper::{
    MappedFrame, MappedPageTable, PageTableFrameMapping, Translate, TranslateResult,
};
use x86_64::structures::paging::{PageTable, PageTableFlags, PhysFrame};

const MAPPINGS: usize = 12_000;
const QUERIES: usize = 40_000;

/// Table frames of a `SparseMemory`, for the `x86_64` crate to walk in place.
struct Frames(HashMap<u64, *mut PageTable>);

// SAFETY: every pointer is to a live, 4096-aligned frame of the memory, which is not touched
// while the `x86_64` walker reads through these pointers.
unsafe impl PageTableFrameMapping for Frames {
    fn frame_to_pointer(&self, frame: PhysFrame) -> *mut PageTable {
        self.0[&frame.start_address().as_u64()]
    }
}

/// What the engine's walk must say, from the `x86_64` crate's translation.
fn expected(result: TranslateResult, access: Access) -> Result<(u64, u32), Status> {
    let (pa, shift, flags) = match result {
        TranslateResult::Mapped { frame, offset, flags } => {
            let (start, shift) = match frame {
                MappedFrame::Size4KiB(f) => (f.start_address().as_u64(), 12),
                MappedFrame::Size2MiB(f) => (f.start_address().as_u64(), 21),
                MappedFrame::Size1GiB(f) => (f.start_address().as_u64(), 30),
            };
            (start + offset, shift, flags)
        }
        TranslateResult::NotMapped => return Err(Status::NotPresent),
        TranslateResult::InvalidFrameAddress(_) => return Err(Status::BadTableEntry),
    };
    // The crate reports a non-zero PT entry as mapped even without PRESENT.
    if !flags.contains(PageTableFlags::PRESENT) {
        return Err(Status::NotPresent);
    }
    if !flags.contains(PageTableFlags::BIT_9) {
        return Err(Status::NotPinned);
    }
    if access == Access::Write && !flags.contains(PageTableFlags::WRITABLE) {
        return Err(Status::ReadOnly);
    }
    Ok((pa, shift))
}

fn random_user_va(rng: &mut SmallRng) -> u64 {
    // Cluster most mappings in a few 512 GiB slots so tables are shared, spread the rest.
    let slot = if rng.gen_bool(0.8) { rng.gen_range(0..4u64) } else { rng.gen_range(0..256u64) };
    (slot << 39) | rng.gen_range(0..1u64 << 39)
}

#[test]
fn walk_agrees_with_the_x86_64_crate() {
    let seed: u64 = std::env::var("VIADUCT_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(64);
    let mut rng = SmallRng::seed_from_u64(seed);
    let mut mem = SparseMemory::new();
    let mut frames = FrameAllocator::new(PhysAddr(1 << 24), PhysAddr(1 << 50));
    let space = AddressSpace::new(&mut mem, &mut frames).unwrap();

    let mut mapped = Vec::new();
    let mut counts = HashMap::new();
    while mapped.len() < MAPPINGS {
        let size = match rng.gen_range(0..10) {
            0 => PageSize::Size1G,
            1..=3 => PageSize::Size2M,
            _ => PageSize::Size4K,
        };
        let va = random_user_va(&mut rng) & !(size.bytes() - 1);
        let pa = frames.alloc(size).unwrap();
        let mut leaf = flags::USER;
        if rng.gen_bool(0.8) {
            leaf |= flags::PINNED;
        }
        if rng.gen_bool(0.7) {
            leaf |= flags::WRITABLE;
        }
        if size == PageSize::Size4K && rng.gen_bool(0.2) {
            leaf |= flags::HUGE; // PAT at PT level: ignored by both walks
        }
        match space.map(&mut mem, &mut frames, VirtAddr(va), pa, size, leaf) {
            Ok(()) => {}
            Err(MapError::AlreadyMapped(_) | MapError::InsideLargePage(_)) => continue,
            Err(e) => panic!("{e}"),
        }
        // Some leaves are left non-present but not empty (a page the OS swapped out).
        if rng.gen_bool(0.05) {
            space.update_leaf(&mut mem, VirtAddr(va), 0, flags::PRESENT).unwrap_or_else(|_| {
                let (slot, e, _) = space.leaf(&mem, VirtAddr(va)).unwrap();
                mem.write_u64(slot, e.with_flags(0, flags::PRESENT).raw()).unwrap();
            });
        }
        *counts.entry(size).or_insert(0usize) += 1;
        mapped.push((va, size));
    }

    let table_frames = Frames(
        mem.frame_numbers()
            .into_iter()
            .map(|n| {
                (n * 4096, &mut mem.frame_mut(PhysAddr(n * 4096)).0 as *mut [u8; 4096] as *mut PageTable)
            })
            .collect(),
    );
    // SAFETY: the root is a live frame of `mem`; see `Frames`.
    let root = unsafe {
        &mut *table_frames
            .frame_to_pointer(PhysFrame::containing_address(x86_64::PhysAddr::new(space.root().0)))
    };
    let reference = unsafe { MappedPageTable::new(root, &table_frames) };

    let mut outcomes: HashMap<String, usize> = HashMap::new();
    for q in 0..QUERIES {
        let va = if q % 4 == 3 {
            random_user_va(&mut rng) // mostly holes
        } else {
            let (base, size) = mapped[rng.gen_range(0..mapped.len())];
            base + rng.gen_range(0..size.bytes())
        };
        let access = if rng.gen_bool(0.5) { Access::Read } else { Access::Write };
        let want = expected(reference.translate(x86_64::VirtAddr::new(va)), access);
        let mut read = |a: PhysAddr, _| Ok(PageTableEntry(mem.read_u64(a).unwrap()));
        let got =
            walk(&mut read, space.root(), Level::Pml4, VirtAddr(va), access).map(|t| (t.pa.0, t.page_shift));
        assert_eq!(got, want, "va {va:#x} {access:?} (replay with VIADUCT_SEED={seed})");
        // Starting lower, from the table a shortcut would name, gives the same answer.
        for level in [Level::Pdpt, Level::Pd, Level::Pt] {
            if let Ok(table) = space.table_for(&mem, VirtAddr(va), level) {
                let from_shortcut =
                    walk(&mut read, table, level, VirtAddr(va), access).map(|t| (t.pa.0, t.page_shift));
                assert_eq!(from_shortcut, want, "va {va:#x} from {level:?}");
            }
        }
        *outcomes.entry(format!("{:?}", want.map(|(_, s)| s))).or_default() += 1;
    }
    println!(
        "x86_64 walk: seed {seed}, {} mappings {counts:?}, {QUERIES} queries: {outcomes:?}",
        mapped.len()
    );
    assert!(outcomes.len() >= 6, "the queries cover mapped sizes and every failure kind");
}
