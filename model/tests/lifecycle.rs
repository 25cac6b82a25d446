//! R10: deregistration and key rotation make old shortcuts fail, and no stale translation
//! survives in any cache. Plus the cost of translation per 4 KiB page for shortcuts at each
//! level, cold and warm (R1: the level is a choice whose cost can be measured).

mod common;
use common::*;
use viaduct_abi::pagetable::flags;
use viaduct_abi::*;
use viaduct_model::{Memory, PageSize, Translation};

fn pa_of(rig: &Rig, p: &viaduct_model::scenario::Process, va: u64) -> PhysAddr {
    match p.space.translate(&rig.mem.inner, VirtAddr(va)).unwrap() {
        Translation::Mapped { pa, .. } => pa,
        other => panic!("{other:?}"),
    }
}

/// Remap the page at `va` to a fresh frame, as the OS may do once a page is unpinned.
fn remap(rig: &mut Rig, p: &viaduct_model::scenario::Process, va: u64) -> PhysAddr {
    p.space.unmap(&mut rig.mem.inner, VirtAddr(va)).unwrap();
    let fresh = rig.sc.frames.alloc(PageSize::Size4K).unwrap();
    p.space
        .map(&mut rig.mem.inner, &mut rig.sc.frames, VirtAddr(va), fresh, PageSize::Size4K, flags::WRITABLE)
        .unwrap();
    fresh
}

#[test]
fn deregistration_leaves_no_usable_translation() {
    let mut rig = Rig::small();
    let a = rig.process(1);
    let h = &mut rig.open_vi(0, &a, 0);
    let src = rig.buffer(&a, VA_A, 4096, PageSize::Size4K, opts(Level::Pt));
    let dst = rig.buffer(&a, VA_A + 0x10_0000, 4096, PageSize::Size4K, opts(Level::Pt));
    assert_eq!(rig.submit_one(h, copy(src.buffer(0), dst.buffer(0), 4096, 1)).status, Status::Ok);
    assert!(rig.engine.translation().iotlb_occupancy() >= 2, "translations are cached");
    let old_frame = pa_of(&rig, &a, VA_A + 0x10_0000);

    rig.sc.deregister(&mut rig.engine, &mut rig.mem.inner, &a, &dst).unwrap();
    assert_eq!(rig.engine.translation().iotlb_occupancy(), 1, "only the source's entry is left");
    let stale = rig.submit_one(h, copy(src.buffer(0), dst.buffer(0), 4096, 2));
    assert_eq!((stale.status, stale.bytes_done), (Status::RegionInvalid, 0));

    // The OS moves the page; the range is registered again with new shortcuts.
    let new_frame = remap(&mut rig, &a, VA_A + 0x10_0000);
    let again =
        rig.sc.register(&mut rig.engine, &mut rig.mem.inner, &a, dst.va, dst.len, opts(Level::Pt)).unwrap();
    rig.fill(&a, VA_A, 4096);
    let before_old = {
        let mut b = vec![0u8; 4096];
        rig.mem.inner.read(old_frame, &mut b).unwrap();
        b
    };
    assert_eq!(rig.submit_one(h, copy(src.buffer(0), again.buffer(0), 4096, 3)).status, Status::Ok);
    let mut landed = vec![0u8; 4096];
    rig.mem.inner.read(new_frame, &mut landed).unwrap();
    assert_eq!(landed, rig.read(&a, VA_A, 4096), "data lands in the page mapped now");
    let mut old = vec![0u8; 4096];
    rig.mem.inner.read(old_frame, &mut old).unwrap();
    assert_eq!(old, before_old, "the old frame is never written again");
    // And the first generation's shortcut stays dead.
    assert_eq!(rig.submit_one(h, copy(src.buffer(0), dst.buffer(0), 4096, 4)).status, Status::RegionStale);
}

#[test]
fn key_rotation_kills_old_shortcuts_and_flushes_caches() {
    let mut rig = Rig::small();
    let a = rig.process(1);
    let h = &mut rig.open_vi(0, &a, 0);
    let src = rig.buffer(&a, VA_A, 8192, PageSize::Size4K, opts(Level::Pt));
    let dst = rig.buffer(&a, VA_A + 0x10_0000, 8192, PageSize::Size4K, opts(Level::Pt));
    assert_eq!(rig.submit_one(h, copy(src.buffer(0), dst.buffer(0), 8192, 1)).status, Status::Ok);
    assert!(rig.engine.translation().iotlb_occupancy() > 0);
    rig.sc.rotate_key(&mut rig.engine, 0);
    assert_eq!(rig.engine.translation().iotlb_occupancy(), 0, "a key commit empties the IOTLB");
    let c = rig.submit_one(h, copy(src.buffer(0), dst.buffer(0), 8192, 2));
    assert_eq!((c.status, c.bytes_done), (Status::ShortcutInvalid, 0));
    // Shortcuts minted under the new key work.
    let src2 =
        rig.sc.register(&mut rig.engine, &mut rig.mem.inner, &a, src.va, src.len, opts(Level::Pt)).unwrap();
    let dst2 =
        rig.sc.register(&mut rig.engine, &mut rig.mem.inner, &a, dst.va, dst.len, opts(Level::Pt)).unwrap();
    assert_eq!(rig.submit_one(h, copy(src2.buffer(0), dst2.buffer(0), 8192, 3)).status, Status::Ok);
}

/// Host table reads for one NET_SEND of `len` bytes from a fresh region.
fn table_reads(
    level: Level,
    len: u64,
    iotlb: bool,
    lines: bool,
    repeat: bool,
    scattered: bool,
) -> (u64, u64) {
    let mut rig = Rig::new(EngineConfig::default());
    rig.engine.mmio_write(regs::global::CONTROL, 1 | (iotlb as u32) << 1 | (lines as u32) << 2);
    let a = rig.process(1);
    let h = &mut rig.open_vi(0, &a, 0);
    let region_len = if scattered { 1 << 30 } else { len };
    let buf = rig.buffer(&a, VA_A, region_len, PageSize::Size4K, opts(level));
    let pages: Vec<u64> = if scattered {
        // 64 pages far apart: no two share a 512-byte line of any table.
        (0..64).map(|i| (i * 37 % 64) * (16 << 20) + i * 4096 * 77 % (2 << 20)).map(|o| o & !0xfff).collect()
    } else {
        vec![0]
    };
    let mut reads = 0;
    for round in 0..(1 + repeat as usize) {
        let before = rig.engine.counter(Counter::TableReads);
        for &off in &pages {
            let n = if scattered { 4096 } else { len as u32 };
            let c =
                rig.submit_one(h, Descriptor::new(Operation::NetSend { src: buf.buffer(off), len: n }, 0));
            assert_eq!(c.status, Status::Ok);
        }
        if round == repeat as usize {
            reads = rig.engine.counter(Counter::TableReads) - before;
        }
    }
    let pages = if scattered { 64 } else { len / 4096 };
    (reads, pages)
}

#[test]
fn translation_cost_per_page_by_shortcut_level() {
    println!("{:<26} {:>8} {:>8} {:>10}", "case", "reads", "pages", "reads/page");
    let row = |name: &str, (reads, pages): (u64, u64)| {
        println!("{name:<26} {reads:>8} {pages:>8} {:>10.4}", reads as f64 / pages as f64);
        reads as f64 / pages as f64
    };
    // Cold and random: every page needs its own walk, caches off.
    let leaf = row("random cold, leaf (PT)", table_reads(Level::Pt, 0, false, false, false, true));
    let pd = row("random cold, PD", table_reads(Level::Pd, 0, false, false, false, true));
    let root = row("random cold, root (PML4)", table_reads(Level::Pml4, 0, false, false, false, true));
    assert_eq!((leaf, pd, root), (1.0, 2.0, 4.0));
    // Sequential 2 MiB with the PTE-line cache: one read per 64 pages with a leaf shortcut.
    let seq_leaf = row("sequential 2 MiB, leaf", table_reads(Level::Pt, 2 << 20, true, true, false, false));
    let seq_root = row("sequential 2 MiB, root", table_reads(Level::Pml4, 2 << 20, true, true, false, false));
    assert!(seq_leaf <= 1.0 / 64.0, "{seq_leaf}");
    assert_eq!(seq_root * 512.0, 11.0, "3 upper lines + 8 leaf lines");
    let seq_pd = row("sequential 2 MiB, PD", table_reads(Level::Pd, 2 << 20, true, true, false, false));
    assert_eq!(seq_pd * 512.0, 9.0, "1 PD line + 8 leaf lines");
    // Warm: the same 2 MiB again; its 8 leaf lines fit the default 16-line cache.
    let warm = row("sequential 2 MiB, leaf, warm", table_reads(Level::Pt, 2 << 20, true, true, true, false));
    assert_eq!(warm, 0.0);
}
