//! R5: every check before a byte moves. Each test breaks one check and shows that the
//! descriptor completes with that check's own status, that no byte moved (memory, network and
//! storage are unchanged but for the completion entry), and that the engine still serves
//! another VI right after.

mod common;
use common::*;
use viaduct_abi::pagetable::flags;
use viaduct_abi::*;
use viaduct_model::scenario::{Process, Region, RegisterOptions, ViHandle};
use viaduct_model::{HostFault, Memory, PageSize};

struct Fixture {
    rig: Rig,
    a: Process,
    b: Process,
    /// VI 0: process A, key slot 0. VI 1: B, slot 1. VI 2: A, slot 0. VI 3: B, slot 0.
    vis: Vec<ViHandle>,
    src: Region,
    dst: Region,
    b_src: Region,
    b_dst: Region,
}

fn fixture() -> Fixture {
    let mut rig = Rig::small();
    let a = rig.process(1);
    let b = rig.process(2);
    let vis =
        vec![rig.open_vi(0, &a, 0), rig.open_vi(1, &b, 1), rig.open_vi(2, &a, 0), rig.open_vi(3, &b, 0)];
    let src = rig.buffer(&a, VA_A, 3 * 4096, PageSize::Size4K, opts(Level::Pt));
    let dst = rig.buffer(&a, VA_A + 0x10_0000, 3 * 4096, PageSize::Size4K, opts(Level::Pt));
    let b_opts = RegisterOptions { key_slot: 1, ..opts(Level::Pt) };
    let b_src = rig.buffer(&b, VA_B, 4096, PageSize::Size4K, b_opts);
    let b_dst = rig.buffer(&b, VA_B + 0x10_0000, 4096, PageSize::Size4K, b_opts);
    Fixture { rig, a, b, vis, src, dst, b_src, b_dst }
}

impl Fixture {
    /// Submit `d` on VI `vi` and check the completion; nothing may move but the completion.
    fn expect_refused(&mut self, vi: usize, d: &RawDescriptor, status: Status, fault_va: u64, on_dst: bool) {
        let before = self.rig.mem.inner.clone();
        let errors_before = self.rig.engine.counter(Counter::Errors(status));
        let h = &mut self.vis[vi];
        let cq = (h.cq_base, 32u64 << h.cq_log2);
        self.rig.sc.post_raw(&mut self.rig.engine, h, d);
        self.rig.sc.ring(&mut self.rig.engine, h);
        self.rig.engine.run(&mut self.rig.mem);
        let c = self.rig.sc.completions(&mut self.rig.engine, &self.rig.mem.inner, h);
        assert_eq!(c.len(), 1, "one completion");
        assert_eq!(c[0].status, status);
        assert_eq!(c[0].bytes_done, 0, "{status:?} moved bytes");
        assert_eq!(c[0].fault_va, VirtAddr(fault_va), "{status:?} fault address");
        assert_eq!(c[0].fault_on_dst, on_dst, "{status:?} fault side");
        assert_same_except(&before, &self.rig.mem.inner, cq.0, cq.1);
        assert!(self.rig.engine.network.tx.is_empty());
        assert!(self.rig.engine.storage_log.commands.is_empty());
        assert_eq!(self.rig.engine.counter(Counter::Errors(status)), errors_before + 1);
        self.other_vi_still_served();
    }

    /// A good copy on VI 1 (process B) right after.
    fn other_vi_still_served(&mut self) {
        let (s, d) = (self.b_src.buffer(0), self.b_dst.buffer(0));
        self.rig.fill(&self.b.clone(), VA_B, 64);
        let h = &mut self.vis[1];
        let c = self.rig.submit_one(h, copy(s, d, 64, 0));
        assert_eq!(c.status, Status::Ok, "VI 1 is still served");
        assert_eq!(self.rig.read(&self.b, VA_B + 0x10_0000, 64), self.rig.read(&self.b, VA_B, 64));
    }

    fn copy_raw(&self, src: BufferRef, dst: BufferRef, len: u32) -> RawDescriptor {
        copy(src, dst, len, 0xc0de).encode()
    }

    /// A shortcut sealed with `slot`'s key for a region of this fixture, fields altered by `edit`.
    fn forge(&self, key_slot: u32, region: &Region, edit: impl FnOnce(&mut ShortcutFields)) -> Shortcut {
        let (key, key_gen) = self.rig.sc.key(key_slot).unwrap();
        let (bind, target) = region.shortcuts[0].1.unseal(self.rig.sc.key(0).unwrap().0);
        let mut f = ShortcutFields::from_plaintext(bind, target)
            .or_else(|_| {
                let (bind, target) = region.shortcuts[0].1.unseal(self.rig.sc.key(1).unwrap().0);
                ShortcutFields::from_plaintext(bind, target)
            })
            .unwrap();
        f.key_generation = key_gen;
        edit(&mut f);
        f.seal(key)
    }
}

fn with_shortcut(b: BufferRef, shortcut: Shortcut) -> BufferRef {
    BufferRef { shortcut, ..b }
}

#[test]
fn descriptor_fields() {
    let mut f = fixture();
    let good = f.copy_raw(f.src.buffer(0), f.dst.buffer(0), 100);
    let mut d = good;
    d.words[0] = (d.words[0] & !0xff) | 0x7f;
    f.expect_refused(0, &d, Status::BadOpcode, 0, false);
    let mut d = good;
    d.words[0] |= 1 << 17;
    f.expect_refused(0, &d, Status::BadDescriptor, 0, false);
    let mut d = good;
    d.words[0] &= 0xffff_ffff;
    f.expect_refused(0, &d, Status::BadLength, 0, false);
    let mut d = good;
    d.words[5] = (1 << 47) - 10;
    f.expect_refused(0, &d, Status::BadLength, 0, false);
}

#[test]
fn forged_and_altered_shortcuts() {
    let mut f = fixture();
    let random = Shortcut { lo: 0x0123_4567_89ab_cdef, hi: 0xfedc_ba98_7654_3210 };
    let d = f.copy_raw(with_shortcut(f.src.buffer(0), random), f.dst.buffer(0), 100);
    f.expect_refused(0, &d, Status::ShortcutInvalid, VA_A, false);
    let mut flipped = f.dst.shortcuts[0].1;
    flipped.hi ^= 1 << 40;
    let d = f.copy_raw(f.src.buffer(0), with_shortcut(f.dst.buffer(0), flipped), 100);
    f.expect_refused(0, &d, Status::ShortcutInvalid, VA_A + 0x10_0000, true);
    // B's shortcut, sealed with B's key, posted by A.
    let d = f.copy_raw(f.b_src.buffer(0), f.dst.buffer(0), 100);
    f.expect_refused(0, &d, Status::ShortcutInvalid, VA_B, false);
}

#[test]
fn stale_key_generation() {
    let mut f = fixture();
    let (key, generation) = f.rig.sc.key(0).unwrap();
    f.rig.sc.install_key(&mut f.rig.engine, 0, key, generation + 1);
    let d = f.copy_raw(f.src.buffer(0), f.dst.buffer(0), 100);
    f.expect_refused(0, &d, Status::ShortcutStale, VA_A, false);
}

#[test]
fn rotated_key() {
    let mut f = fixture();
    f.rig.sc.rotate_key(&mut f.rig.engine, 0);
    let d = f.copy_raw(f.src.buffer(0), f.dst.buffer(0), 100);
    f.expect_refused(0, &d, Status::ShortcutInvalid, VA_A, false);
}

#[test]
fn shortcut_of_another_domain() {
    let mut f = fixture();
    // VI 3 belongs to B but shares key slot 0 with A: A's shortcut unseals, its domain is wrong.
    let d = f.copy_raw(f.src.buffer(0), f.dst.buffer(0), 100);
    f.expect_refused(3, &d, Status::ShortcutDomain, VA_A, false);
}

#[test]
fn shortcut_for_another_block() {
    let mut f = fixture();
    let a = f.a;
    let far = f.rig.buffer(&a, VA_A + (4 << 20), 4096, PageSize::Size4K, opts(Level::Pt));
    let d = f.copy_raw(with_shortcut(far.buffer(0), f.src.shortcuts[0].1), f.dst.buffer(0), 100);
    f.expect_refused(0, &d, Status::ShortcutBlock, VA_A + (4 << 20), false);
}

#[test]
fn range_crossing_the_block() {
    let mut f = fixture();
    let a = f.a;
    let start = VA_A + (2 << 20) - 4096;
    let straddle = f.rig.buffer(&a, start, 8192, PageSize::Size4K, opts(Level::Pt));
    assert_eq!(straddle.shortcuts.len(), 2, "one shortcut per 2 MiB block");
    let d = f.copy_raw(f.src.buffer(0), straddle.buffer(4000), 200);
    f.expect_refused(0, &d, Status::CrossesBlock, VA_A + (2 << 20), true);
}

#[test]
fn rights_of_the_shortcut_and_of_the_region() {
    let mut f = fixture();
    let a = f.a;
    let ro = f.rig.buffer(
        &a,
        VA_A + 0x20_0000 * 3,
        4096,
        PageSize::Size4K,
        RegisterOptions { rights: Rights::READ, ..opts(Level::Pt) },
    );
    let d = f.copy_raw(f.src.buffer(0), ro.buffer(0), 100);
    f.expect_refused(0, &d, Status::ShortcutRights, ro.va.0, true);
    // A shortcut that claims write on a read-only region.
    let forged = f.forge(0, &ro, |s| s.rights = Rights::READ_WRITE);
    let d = f.copy_raw(f.src.buffer(0), with_shortcut(ro.buffer(0), forged), 100);
    f.expect_refused(0, &d, Status::RegionRights, ro.va.0, true);
}

#[test]
fn deregistered_and_reused_slots() {
    let mut f = fixture();
    let a = f.a;
    let old = f.dst.clone();
    f.rig.sc.deregister(&mut f.rig.engine, &mut f.rig.mem.inner, &a, &old).unwrap();
    let d = f.copy_raw(f.src.buffer(0), old.buffer(0), 100);
    f.expect_refused(0, &d, Status::RegionInvalid, old.va.0, true);
    // The slot is reused by a new registration of the same range: a new generation.
    let again = f
        .rig
        .sc
        .register(&mut f.rig.engine, &mut f.rig.mem.inner, &a, old.va, old.len, opts(Level::Pt))
        .unwrap();
    assert_eq!(again.slot, old.slot);
    f.expect_refused(0, &d, Status::RegionStale, old.va.0, true);
}

#[test]
fn region_of_another_domain() {
    let mut f = fixture();
    // Sealed for A's domain and key, naming the slot of B's region.
    let forged = f.forge(0, &f.b_dst.clone(), |s| s.pd = ProtectionDomain::new(1).unwrap());
    let d = f.copy_raw(f.src.buffer(0), with_shortcut(f.b_dst.buffer(0), forged), 100);
    f.expect_refused(0, &d, Status::RegionDomain, VA_B + 0x10_0000, true);
}

#[test]
fn region_of_another_vi() {
    let mut f = fixture();
    let a = f.a;
    let only_vi0 = f.rig.buffer(
        &a,
        VA_A + 0x20_0000 * 5,
        4096,
        PageSize::Size4K,
        RegisterOptions { vi: Some(0), ..opts(Level::Pt) },
    );
    // VI 2 is A's too and shares the key, but the region names VI 0 alone.
    let d = f.copy_raw(f.src.buffer(0), only_vi0.buffer(0), 100);
    f.expect_refused(2, &d, Status::RegionVi, only_vi0.va.0, true);
}

#[test]
fn range_outside_the_region() {
    let mut f = fixture();
    let a = f.a;
    let small = f.rig.buffer(&a, VA_A + 0x20_0000 * 7 + 0x2000, 5000, PageSize::Size4K, opts(Level::Pt));
    let d = f.copy_raw(f.src.buffer(0), small.buffer(4000), 1001);
    f.expect_refused(0, &d, Status::OutOfRegion, small.va.0 + 4000, true);
    let d = f.copy_raw(f.src.buffer(0), with_shortcut(small.buffer(0), small.shortcuts[0].1), 1);
    let mut before = d;
    before.words[5] -= 1;
    f.expect_refused(0, &before, Status::OutOfRegion, small.va.0 - 1, true);
}

/// Transfer-phase checks: bytes before the faulting 4 KiB chunk move, the rest do not.
fn expect_partial(f: &mut Fixture, status: Status, fault_page: u64, on_dst: bool) {
    // The destination pages that are still mapped, before and after.
    let mapped = |f: &Fixture| -> Vec<Vec<u8>> {
        (0..3)
            .filter_map(|i| {
                f.rig.sc.read_va(&f.rig.mem.inner, &f.a, VirtAddr(VA_A + 0x10_0000 + i * 4096), 4096).ok()
            })
            .collect()
    };
    let dst_before = mapped(f).concat();
    let h = &mut f.vis[0];
    let c = f.rig.submit_one(h, copy(f.src.buffer(0), f.dst.buffer(0), 3 * 4096, 5));
    assert_eq!(c.status, status);
    assert_eq!(c.bytes_done as u64, fault_page * 4096, "{status:?}");
    let base = if on_dst { VA_A + 0x10_0000 } else { VA_A };
    assert_eq!(c.fault_va, VirtAddr(base + fault_page * 4096));
    assert_eq!(c.fault_on_dst, on_dst);
    let n = (fault_page * 4096) as usize;
    let dst_after = mapped(f).concat();
    assert_eq!(dst_after[..n], f.rig.read(&f.a, VA_A, n)[..], "bytes before the fault moved");
    assert_eq!(dst_after[n..], dst_before[n..], "no byte from the faulting chunk on");
    f.other_vi_still_served();
}

#[test]
fn unpinned_page_mid_transfer() {
    let mut f = fixture();
    let a = f.a;
    f.rig.sc.set_pinned(&mut f.rig.mem.inner, &a, VirtAddr(VA_A + 4096), 1, false).unwrap();
    f.rig.engine.mmio_write(regs::global::INVALIDATE, regs::global::INVALIDATE::ALL.put(1));
    expect_partial(&mut f, Status::NotPinned, 1, false);
}

#[test]
fn read_only_page_mid_transfer() {
    let mut f = fixture();
    let a = f.a;
    a.space.update_leaf(&mut f.rig.mem.inner, VirtAddr(VA_A + 0x10_0000 + 8192), 0, flags::WRITABLE).unwrap();
    expect_partial(&mut f, Status::ReadOnly, 2, true);
}

#[test]
fn non_present_page_mid_transfer() {
    let mut f = fixture();
    let a = f.a;
    let (pa, _) = a.space.unmap(&mut f.rig.mem.inner, VirtAddr(VA_A + 0x10_0000 + 4096)).unwrap();
    let untouched = f.rig.mem.inner.clone();
    expect_partial(&mut f, Status::NotPresent, 1, true);
    let mut page = [0u8; 4096];
    let mut was = [0u8; 4096];
    f.rig.mem.inner.read(pa, &mut page).unwrap();
    untouched.read(pa, &mut was).unwrap();
    assert_eq!(page, was, "the unmapped frame was not written");
}

#[test]
fn reserved_table_entry() {
    let mut f = fixture();
    let a = f.a;
    let root = f.rig.buffer(&a, VA_A + 0x20_0000 * 9, 4096, PageSize::Size4K, opts(Level::Pml4));
    let pml4e = viaduct_abi::pagetable::entry_address(a.space.root(), Level::Pml4, root.va);
    let e = f.rig.mem.inner.read_u64(pml4e).unwrap();
    f.rig.mem.inner.write_u64(pml4e, e | flags::HUGE).unwrap();
    let h = &mut f.vis[0];
    let c = f.rig.submit_one(h, copy(f.src.buffer(0), root.buffer(0), 10, 1));
    assert_eq!((c.status, c.bytes_done, c.fault_on_dst), (Status::BadTableEntry, 0, true));
    f.rig.mem.inner.write_u64(pml4e, e).unwrap();
}

#[test]
fn host_errors_on_data_and_table_reads() {
    let mut f = fixture();
    let a = f.a;
    let Ok(viaduct_model::Translation::Mapped { pa, .. }) =
        a.space.translate(&f.rig.mem.inner, VirtAddr(VA_A + 4096))
    else {
        panic!("mapped")
    };
    f.rig.mem.fail_reads(pa, 4096, HostFault::Error);
    expect_partial(&mut f, Status::HostReadError, 1, false);
    f.rig.mem.clear_faults();

    let Ok(viaduct_model::Translation::Mapped { pa, .. }) =
        a.space.translate(&f.rig.mem.inner, VirtAddr(VA_A + 0x10_0000 + 8192))
    else {
        panic!("mapped")
    };
    f.rig.mem.fail_writes(pa, 1, HostFault::Error);
    expect_partial(&mut f, Status::HostWriteError, 2, true);
    f.rig.mem.clear_faults();

    // A table read that never gets an answer: cold caches, the walk times out.
    let table = a.space.table_for(&f.rig.mem.inner, VirtAddr(VA_A), Level::Pt).unwrap();
    f.rig.engine.mmio_write(regs::global::INVALIDATE, regs::global::INVALIDATE::ALL.put(1));
    f.rig.mem.fail_reads(table, 4096, HostFault::NoResponse);
    let h = &mut f.vis[0];
    let c = f.rig.submit_one(h, copy(f.src.buffer(0), f.dst.buffer(0), 10, 1));
    assert_eq!((c.status, c.bytes_done, c.fault_va), (Status::HostTimeout, 0, VirtAddr(VA_A)));
    f.rig.mem.clear_faults();
    f.other_vi_still_served();
}

#[test]
fn disabled_vi_flushes_what_was_posted() {
    let mut f = fixture();
    f.rig.engine.mmio_write(regs::global::CONTROL, 0b110);
    let d = copy(f.src.buffer(0), f.dst.buffer(0), 100, 77);
    let before = f.rig.mem.inner.clone();
    let h = &mut f.vis[0];
    f.rig.sc.post(&mut f.rig.engine, h, &d);
    f.rig.sc.post(&mut f.rig.engine, h, &d);
    f.rig.sc.ring(&mut f.rig.engine, h);
    f.rig.engine.mmio_write(regs::vi_config(0, regs::vi_cfg::VI_CTRL), 0);
    // A doorbell on a disabled VI is counted and ignored.
    f.rig.sc.post(&mut f.rig.engine, h, &d);
    f.rig.sc.ring(&mut f.rig.engine, h);
    assert_eq!(f.rig.engine.counter(Counter::DoorbellsIgnored), 1);
    f.rig.engine.mmio_write(regs::global::CONTROL, 0b111);
    f.rig.engine.run(&mut f.rig.mem);
    let (cq, cq_len) = (h.cq_base, 32u64 << h.cq_log2);
    let c = f.rig.sc.completions(&mut f.rig.engine, &f.rig.mem.inner, h);
    assert_eq!(c.iter().map(|c| (c.status, c.tag)).collect::<Vec<_>>(), vec![(Status::Flushed, 77); 2]);
    assert_same_except(&before, &f.rig.mem.inner, cq, cq_len);
    f.other_vi_still_served();
}
