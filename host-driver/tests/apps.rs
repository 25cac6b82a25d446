//! Applications on the simulated board through the agent: buffers at their virtual
//! addresses, registration, a copy between two processes, every opcode, and bad input that
//! gets a clear error and leaves nothing pinned.

mod common;
use common::*;
use std::time::Duration;
use viaduct_abi::{EngineConfig, Level, Operation, Rights, Status, VirtAddr};
use viaduct_host::{AgentConfig, DriverError, Registration, completion_result};
use viaduct_model::PageSize;

/// A hang detector only: the Verilated engine moves a few MB per minute on a loaded machine.
const WAIT: Duration = Duration::from_secs(600);

fn pattern(len: usize, seed: u8) -> Vec<u8> {
    (0..len).map(|i| (i as u8).wrapping_mul(13).wrapping_add(seed) ^ (i >> 12) as u8).collect()
}

on_both_engines!(two_processes_copy_through_their_own_vis, |world: fn(
    EngineConfig,
    AgentConfig,
) -> World| {
    let w = world(EngineConfig::small(), AgentConfig::default());
    let (a, _) = w.app(1001);
    let (b, _) = w.app(1002);
    let mut vi_a = a.open_vi().unwrap();
    let _vi_b = b.open_vi().unwrap();
    let len = 5 << 20;
    let src = a.alloc(len, PageSize::Size4K).unwrap();
    let data = pattern(len as usize, 3);
    src.write(0, &data).unwrap();
    let src_r = a.register(&src, 0, len, Registration::default()).unwrap();
    assert_eq!(src_r.grant().shortcuts.len(), 3, "5 MiB from a 2 MiB boundary: three leaf-table blocks");
    let dst = b.alloc(len, PageSize::Size2M).unwrap();
    let grant = b
        .share(
            &dst,
            0,
            len,
            1001,
            Registration { level: Level::Pd, vi: Some(vi_a.number()), ..Default::default() },
        )
        .unwrap();
    let dst_r = a.accept(grant);
    let n = vi_a.copy(&src_r, 0, &dst_r, 0, len, 7).unwrap();
    let done = vi_a.complete_all(WAIT).unwrap();
    assert_eq!(done.len(), n);
    assert!(done.iter().all(|c| completion_result(c).is_ok()), "{done:?}");
    assert_eq!(dst.to_vec(0, len as usize).unwrap(), data, "B sees A's bytes in its own mapping");
    assert!(w.pinned() >= 2 * (len / 4096));
});

on_both_engines!(inline_send_store_and_load, |world: fn(EngineConfig, AgentConfig) -> World| {
    let w = world(EngineConfig::small(), AgentConfig::default());
    let (a, _) = w.app(2001);
    let mut vi = a.open_vi().unwrap();
    let buf = a.alloc(64 << 10, PageSize::Size4K).unwrap();
    buf.write(0, &pattern(64 << 10, 9)).unwrap();
    let r = a.register(&buf, 0, 64 << 10, Registration::default()).unwrap();
    let inline = viaduct_abi::Descriptor::write_inline(r.at(4090, 12).unwrap(), b"hello engine", 1).unwrap();
    vi.post(&inline, &[&r]).unwrap();
    vi.each_block(&r, 0, 32 << 10, 2, |src, done, len| Operation::Store { src, offset: done, len }).unwrap();
    vi.each_block(&r, 32 << 10, 32 << 10, 3, |dst, done, len| Operation::Load { dst, offset: done, len })
        .unwrap();
    let c = vi.complete_all(WAIT).unwrap();
    assert!(c.iter().all(|c| c.status == Status::Ok), "{c:?}");
    assert_eq!(buf.to_vec(4090, 12).unwrap(), b"hello engine");
    assert_eq!(buf.to_vec(32 << 10, 32 << 10).unwrap(), buf.to_vec(0, 32 << 10).unwrap());
});

on_both_engines!(bad_input_is_refused_and_nothing_stays_pinned, |world: fn(
    EngineConfig,
    AgentConfig,
) -> World| {
    let w = world(EngineConfig::small(), AgentConfig::default());
    let (a, link_a) = w.app(3001);
    let (b, _) = w.app(3002);
    let _vi = a.open_vi().unwrap();
    let buf = a.alloc(16384, PageSize::Size4K).unwrap();
    let before = w.pinned();
    // Empty, past the end, overflowing.
    assert!(matches!(a.register(&buf, 0, 0, Registration::default()), Err(DriverError::BadRange { .. })));
    assert!(matches!(
        a.register(&buf, 16000, 1000, Registration::default()),
        Err(DriverError::BadRange { .. })
    ));
    use viaduct_host::app::AgentLink;
    assert!(matches!(
        link_a.register(VirtAddr(u64::MAX - 10), 100, Registration::default()),
        Err(DriverError::BadRange { .. })
    ));
    // Memory this process does not own (unmapped, or another process's buffer).
    assert!(matches!(
        link_a.register(VirtAddr(0x1000), 4096, Registration::default()),
        Err(DriverError::NotOwned { .. })
    ));
    let theirs = b.alloc(4096, PageSize::Size4K).unwrap();
    assert!(matches!(
        link_a.register(theirs.va(), 4096, Registration::default()),
        Err(DriverError::NotOwned { .. })
    ));
    // A leaf-table shortcut cannot describe 2 MiB pages.
    let big = a.alloc(2 << 20, PageSize::Size2M).unwrap();
    assert!(matches!(a.register(&big, 0, 4096, Registration::default()), Err(DriverError::Misaligned(..))));
    // An unknown VI.
    assert!(matches!(
        a.register(&buf, 0, 10, Registration { vi: Some(99), ..Default::default() }),
        Err(DriverError::UnknownVi(99))
    ));
    assert!(matches!(link_a.close_vi(3), Err(DriverError::UnknownVi(3))));
    assert_eq!(w.pinned(), before, "nothing pinned by refused requests");

    let r = a.register(&buf, 100, 5000, Registration { rights: Rights::READ, ..Default::default() }).unwrap();
    assert_eq!(w.pinned(), before + 2);
    let id = r.id();
    drop(r);
    assert_eq!(w.pinned(), before, "dropping the registration unpins");
    assert!(
        matches!(link_a.deregister(id), Err(DriverError::UnknownRegistration(_))),
        "double deregistration"
    );
    // A buffer with a registration cannot be freed under it.
    let r2 = a.register(&buf, 0, 4096, Registration::default()).unwrap();
    assert!(matches!(link_a.free_buffer(buf.va()), Err(DriverError::Busy(_))));
    drop(r2);
    assert_eq!(w.pinned(), before);
});

on_both_engines!(a_forged_shortcut_and_another_process_s_region_move_nothing, |world: fn(
    EngineConfig,
    AgentConfig,
) -> World| {
    let w = world(EngineConfig::small(), AgentConfig::default());
    let (a, _) = w.app(4001);
    let (b, _) = w.app(4002);
    let mut vi_a = a.open_vi().unwrap();
    let _vi_b = b.open_vi().unwrap();
    let mine = a.alloc(8192, PageSize::Size4K).unwrap();
    let mine_r = a.register(&mine, 0, 8192, Registration::default()).unwrap();
    let theirs = b.alloc(8192, PageSize::Size4K).unwrap();
    theirs.write(0, &[0x55; 8192]).unwrap();
    let theirs_r = b.register(&theirs, 0, 8192, Registration::default()).unwrap();
    // A posts a copy into B's region with B's own shortcut: sealed for another key.
    let op =
        Operation::Copy { src: mine_r.at(0, 4096).unwrap(), dst: theirs_r.at(0, 4096).unwrap(), len: 4096 };
    vi_a.post(&viaduct_abi::Descriptor::new(op, 1), &[&mine_r]).unwrap();
    let c = vi_a.complete_all(WAIT).unwrap();
    assert_eq!((c[0].status, c[0].bytes_done), (Status::ShortcutInvalid, 0));
    assert_eq!(theirs.to_vec(0, 8192).unwrap(), vec![0x55; 8192]);
});

on_both_engines!(overlapping_registrations_keep_shared_pages_pinned, |world: fn(
    EngineConfig,
    AgentConfig,
) -> World| {
    let w = world(EngineConfig::small(), AgentConfig::default());
    let (a, _) = w.app(5001);
    let mut vi = a.open_vi().unwrap();
    let buf = a.alloc(16384, PageSize::Size4K).unwrap();
    let before = w.pinned();
    let first = a.register(&buf, 0, 8192, Registration::default()).unwrap();
    let second = a.register(&buf, 4096, 8192, Registration::default()).unwrap();
    assert_eq!(w.pinned(), before + 3);
    drop(first);
    assert_eq!(w.pinned(), before + 2, "the page only the first covered is unpinned");
    // The page both covered is still pinned: the engine moves data through it.
    buf.write(4096, &[9u8; 4096]).unwrap();
    vi.copy(&second, 0, &second, 4096, 4096, 1).unwrap();
    let c = vi.complete_all(WAIT).unwrap();
    assert_eq!(c[0].status, Status::Ok);
    assert_eq!(buf.to_vec(8192, 4096).unwrap(), vec![9u8; 4096]);
    drop(second);
    assert_eq!(w.pinned(), before);
});

#[test]
fn device_memory_stays_below_the_device_limit() {
    // A bridge that reaches only the low 4 GiB of host addresses.
    let w = model_world(EngineConfig::small(), AgentConfig { device_limit: 4 << 30, ..Default::default() });
    let (a, _) = w.app(6001);
    let _vi = a.open_vi().unwrap();
    let fits = a.alloc(2 << 30, PageSize::Size2M).unwrap();
    assert!(
        matches!(a.alloc(2 << 30, PageSize::Size2M), Err(DriverError::Exhausted(_))),
        "1 GiB to 4 GiB is full"
    );
    drop(fits);
    assert!(a.alloc(2 << 30, PageSize::Size2M).is_ok(), "freed space is reused");
}
