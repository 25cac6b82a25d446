//! The memory monitor tells authorized accesses from escapes: it allows reads of table
//! pages, writes of completion rings and accesses to pinned pages of live registrations with
//! the registration's rights, and nothing else.

use viaduct_abi::pagetable::flags;
use viaduct_abi::{EngineConfig, Level, PhysAddr, Rights, VirtAddr};
use viaduct_model::scenario::{RegisterOptions, Scenario};
use viaduct_model::{Engine, PageSize, SparseMemory, Translation};
use viaduct_testbench::host::AccessKind;
use viaduct_testbench::monitor::{Authorization, Grant, Seen};

fn seen(kind: AccessKind, addr: u64, len: u64) -> Seen {
    Seen { kind, addr, len }
}

#[test]
fn the_monitor_allows_what_was_granted_and_nothing_else() {
    let cfg = EngineConfig::small();
    let mut engine = Engine::new(cfg).unwrap();
    let mut mem = SparseMemory::new();
    let mut sc = Scenario::new(cfg, 1);
    sc.init(&mut engine);
    let p = sc.new_process(&mut mem, 1).unwrap();
    let va = VirtAddr(0x10_0000_0000);
    sc.map(&mut mem, &p, va, 3 * 4096, PageSize::Size4K, flags::WRITABLE).unwrap();
    let rw = RegisterOptions { level: Level::Pt, ..Default::default() };
    sc.register(&mut engine, &mut mem, &p, va, 2 * 4096, rw).unwrap();
    let ro = RegisterOptions { rights: Rights::READ, ..rw };
    sc.register(&mut engine, &mut mem, &p, VirtAddr(va.0 + 2 * 4096), 4096, ro).unwrap();
    sc.set_pinned(&mut mem, &p, VirtAddr(va.0 + 4096), 1, false).unwrap();
    let pa = |off: u64| match p.space.translate(&mem, VirtAddr(va.0 + off)).unwrap() {
        Translation::Mapped { pa, .. } => pa.0,
        other => panic!("{other:?}"),
    };
    let grants = [
        Grant { owner: &p, va, len: 2 * 4096, rights: Rights::READ_WRITE },
        Grant { owner: &p, va: VirtAddr(va.0 + 2 * 4096), len: 4096, rights: Rights::READ },
    ];
    let ring = (PhysAddr(0x4000_0000), 4096);
    let a = Authorization::snapshot(&mem, &[p], &[ring], &grants);
    let table = p.space.table_for(&mem, va, Level::Pt).unwrap().0;

    assert!(a.allows(&seen(AccessKind::Read, pa(0) + 100, 3000)), "a pinned page of a live registration");
    assert!(a.allows(&seen(AccessKind::Write, pa(0), 4096)));
    assert!(!a.allows(&seen(AccessKind::Read, pa(4096), 8)), "an unpinned page");
    assert!(a.allows(&seen(AccessKind::Read, pa(8192), 64)), "reading a read-only registration");
    assert!(!a.allows(&seen(AccessKind::Write, pa(8192), 64)), "writing it");
    assert!(a.allows(&seen(AccessKind::Read, table, 512)), "a table line");
    assert!(a.allows(&seen(AccessKind::Read, p.space.root().0, 8)), "the root");
    assert!(!a.allows(&seen(AccessKind::Write, table, 8)), "writing a table");
    assert!(a.allows(&seen(AccessKind::Write, 0x4000_0000 + 32, 32)), "a completion");
    assert!(!a.allows(&seen(AccessKind::Read, 0x4000_0000, 32)), "reading the ring");
    assert!(!a.allows(&seen(AccessKind::Read, 0x7_0000_0000, 8)), "memory nobody registered");
}
